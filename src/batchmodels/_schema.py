"""A JSON Schema (draft 2020-12) of a model, built from its field tables."""

from __future__ import annotations

import ast
import collections.abc
import datetime as dt
import decimal
import enum
import inspect
import sys
import textwrap
import types
import typing
from typing import Any, Dict, List, Optional

from ._fields import MISSING
from ._model import Model, fields

__all__ = ["API_VERSION", "json_schema"]

API_VERSION = "2025-06-01"
"""The Batch REST API version the models follow."""

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_INT_TEXT = "^[+-]?[0-9]+$"
_DELIMITED = {"csv", "pipes", "ssv", "newline"}


def json_schema(cls: Optional[type[Model]] = None) -> Dict[str, Any]:
    """The JSON Schema of ``cls`` (``BatchJob`` if not given) and every model it holds.

    Each model is one entry of ``$defs`` with its wire names as properties, read-only
    fields marked ``readOnly``, secrets ``writeOnly`` and numeric ranges declared on the
    fields as ``minimum``/``maximum``. ``required`` lists the required
    fields a request carries; read-only fields are never required, so one schema
    validates both what the service returns and request bodies. Unknown properties are
    allowed (newer API versions add fields). Enums list the values this version knows.
    """
    if cls is None:
        from .models import BatchJob

        cls = BatchJob
    defs: Dict[str, Any] = {}
    _add_model(cls, defs)
    return {
        "$schema": DIALECT,
        "$id": f"urn:batchmodels:{API_VERSION}:{cls.__name__}",
        "title": cls.__name__,
        "description": f"{_summary(cls)} (Azure Batch REST API {API_VERSION})",
        "$ref": f"#/$defs/{cls.__name__}",
        "$defs": dict(sorted(defs.items())),
    }


def _add_model(cls: type[Model], defs: Dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # placeholder: stops recursion through self-referencing models
    docs = _field_docs(cls)
    properties: Dict[str, Any] = {}
    required: List[str] = []
    for field in fields(cls):
        prop = _type_schema(field.type, field.format, defs)
        doc = docs.get(field.attr)
        if doc:
            prop["description"] = doc
        if field.default is not MISSING and field.default is not None:
            prop["default"] = _json_default(field.default)
        _add_bounds(prop, field.ge, field.le)
        if field.readonly:
            prop["readOnly"] = True
        if field.secret:
            prop["writeOnly"] = True
        properties[field.wire] = prop
        if field.required and not field.readonly:
            required.append(field.wire)
    schema: Dict[str, Any] = {"type": "object", "title": name}
    summary = _summary(cls)
    if summary:
        schema["description"] = summary
    schema["properties"] = properties
    if required:
        schema["required"] = required
    defs[name] = schema


def _add_bounds(prop: Dict[str, Any], ge: Any, le: Any) -> None:
    """Numeric ``ge``/``le`` rules of a field as ``minimum``/``maximum``."""
    if "integer" not in _types(prop) and "number" not in _types(prop):
        return
    for key, bound in (("minimum", ge), ("maximum", le)):
        if isinstance(bound, (int, float)) and not isinstance(bound, bool):
            prop[key] = bound


def _types(prop: Dict[str, Any]) -> List[str]:
    kind = prop.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def _type_schema(tp: Any, fmt: Optional[str], defs: Dict[str, Any]) -> Dict[str, Any]:
    """The schema of one declared type with its wire format."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if _is_union(tp, origin):
        members = [a for a in args if a is not type(None)]
        enums = [a for a in members if _is_enum(a)]
        if enums and all(a is str or _is_enum(a) for a in members):
            return _enum_schema(enums)  # an extensible enum: Union[str, SomeEnum]
        if len(members) == 1:
            return _type_schema(members[0], fmt, defs)
        return {"anyOf": [_type_schema(a, fmt, defs) for a in members]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (list, collections.abc.Sequence, set, frozenset):
        if fmt in _DELIMITED:
            return {"type": "string"}
        out: Dict[str, Any] = {
            "type": "array",
            "items": _type_schema(args[0] if args else Any, fmt, defs),
        }
        if origin in (set, frozenset):
            out["uniqueItems"] = True
        return out
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], fmt, defs)}
        items = [_type_schema(a, fmt, defs) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "items": False}
    if origin in (dict, collections.abc.Mapping):
        value = args[1] if len(args) == 2 else Any
        return {"type": "object", "additionalProperties": _type_schema(value, fmt, defs)}
    if isinstance(tp, type):
        if issubclass(tp, Model):
            _add_model(tp, defs)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        if _is_enum(tp):
            return _enum_schema([tp])
        return _scalar_schema(tp, fmt)
    return {}  # Any: every JSON value


def _scalar_schema(tp: type, fmt: Optional[str]) -> Dict[str, Any]:
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        if fmt == "str":
            return {"type": ["string", "integer"], "pattern": _INT_TEXT}
        return {"type": "integer"}
    if tp in (float, decimal.Decimal):
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is dt.datetime:
        if fmt == "unix-timestamp":
            return {"type": "integer"}
        if fmt == "rfc7231":
            return {"type": "string"}
        return {"type": "string", "format": "date-time"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if tp is dt.time:
        return {"type": "string", "format": "time"}
    if tp is dt.timedelta:
        return {"type": "string", "format": "duration"}
    if tp is bytes:
        return {"type": "string", "contentEncoding": fmt or "base64"}
    return {}


def _enum_schema(enums: List[Any]) -> Dict[str, Any]:
    values: List[Any] = []
    for enum_cls in enums:
        values.extend(m.value for m in enum_cls if m.value not in values)
    out: Dict[str, Any] = {}
    if all(isinstance(v, str) for v in values):
        out["type"] = "string"
    out["enum"] = values
    return out


def _is_union(tp: Any, origin: Any) -> bool:
    if origin is typing.Union:
        return True
    return sys.version_info >= (3, 10) and isinstance(tp, types.UnionType)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _summary(cls: type) -> str:
    doc = cls.__dict__.get("__doc__") or ""
    return inspect.cleandoc(doc).split("\n\n")[0].replace("\n", " ").strip()


_DOC_CACHE: Dict[type, Dict[str, str]] = {}


def _field_docs(cls: type) -> Dict[str, str]:
    """Attribute docstrings (a string right after a field line) of ``cls`` and its bases."""
    out: Dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if isinstance(klass, type) and issubclass(klass, Model) and klass is not Model:
            out.update(_own_field_docs(klass))
    return out


def _own_field_docs(cls: type) -> Dict[str, str]:
    cached = _DOC_CACHE.get(cls)
    if cached is not None:
        return cached
    docs: Dict[str, str] = {}
    try:
        source = textwrap.dedent(inspect.getsource(cls))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError):  # no source shipped: no descriptions
        tree = None
    if tree is not None and tree.body and isinstance(tree.body[0], ast.ClassDef):
        body = tree.body[0].body
        for stmt, nxt in zip(body, body[1:]):
            name = _assigned_name(stmt)
            text = _string_of(nxt)
            if name is not None and text is not None:
                docs[name] = " ".join(inspect.cleandoc(text).split())
    _DOC_CACHE[cls] = docs
    return docs


def _assigned_name(stmt: ast.stmt) -> Optional[str]:
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        return stmt.target.id
    if (
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
    ):
        return stmt.targets[0].id
    return None


def _string_of(stmt: ast.stmt) -> Optional[str]:
    if (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    ):
        return stmt.value.value
    return None
