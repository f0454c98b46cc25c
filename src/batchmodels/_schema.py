"""A JSON Schema (draft 2020-12) of a model, built from its field tables."""

from __future__ import annotations

import ast
import datetime as dt
import decimal
import enum
import inspect
import textwrap
from typing import Any, Dict, List, Optional

from ._declare import MISSING
from ._model import Model, fields
from ._record import build_plan
from ._shapes import (
    DelimitedShape,
    DictShape,
    EnumShape,
    ListShape,
    LiteralShape,
    ModelShape,
    NullShape,
    ScalarShape,
    Shape,
    TupleShape,
    UnionShape,
)

__all__ = ["API_VERSION", "json_schema"]

API_VERSION = "2025-06-01"
"""The Batch REST API version the models follow."""

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_INT_TEXT = "^[+-]?[0-9]+$"


def json_schema(cls: Optional[type[Model]] = None) -> Dict[str, Any]:
    """The JSON Schema of ``cls`` (``BatchJob`` if not given) and every model it holds.

    Each model is one entry of ``$defs`` with its wire names as properties, read-only
    fields marked ``readOnly``, secrets ``writeOnly`` and numeric ranges declared on the
    fields as ``minimum``/``maximum``. ``required`` lists the required
    fields a request carries; read-only fields are never required, so one schema
    validates both what the service returns and request bodies. Unknown properties are
    allowed (newer API versions add fields). As the library reads them, a field that is not
    required admits ``null`` (read as absent), and enum values match in any case; each enum
    lists the values this version knows.
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
    required_wires: List[str] = []
    flds = fields(cls)  # resolves the shapes first
    shapes = {d.attr: d.shape for d in cls.__batchmodels__.fields}
    for field in flds:
        shape = shapes[field.attr]
        assert shape is not None
        prop = _type_schema(shape, defs)
        _add_bounds(prop, field.ge, field.le)
        required = field.required and not field.readonly
        if not required:
            prop = _or_null(prop)
        doc = docs.get(field.attr)
        if doc:
            prop["description"] = doc
        if field.default is not MISSING and field.default is not None:
            prop["default"] = _json_default(field.default)
        if field.readonly:
            prop["readOnly"] = True
        if field.secret:
            prop["writeOnly"] = True
        properties[field.wire] = prop
        if required:
            required_wires.append(field.wire)
    schema: Dict[str, Any] = {"type": "object", "title": name}
    summary = _summary(cls)
    if summary:
        schema["description"] = summary
    schema["properties"] = properties
    if required_wires:
        schema["required"] = required_wires
    defs[name] = schema


def _add_bounds(prop: Dict[str, Any], ge: Any, le: Any) -> None:
    """Numeric ``ge``/``le`` rules of a field as ``minimum``/``maximum``."""
    if "integer" not in _types(prop) and "number" not in _types(prop):
        return
    for key, bound in (("minimum", ge), ("maximum", le)):
        if isinstance(bound, (int, float)) and not isinstance(bound, bool):
            prop[key] = bound


def _or_null(schema: Dict[str, Any]) -> Dict[str, Any]:
    """``schema`` that also admits ``null``."""
    if not schema:  # every JSON value already
        return schema
    if "type" in schema and "enum" not in schema:
        return {**schema, "type": [*_types(schema), "null"]}
    if list(schema) == ["anyOf"]:
        return {"anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _types(prop: Dict[str, Any]) -> List[str]:
    kind = prop.get("type")
    return [kind] if isinstance(kind, str) else list(kind or [])


def _type_schema(shape: Shape, defs: Dict[str, Any]) -> Dict[str, Any]:
    """The schema of one field shape."""
    if isinstance(shape, UnionShape):
        members = [_type_schema(m, defs) for m in shape.members]
        return members[0] if len(members) == 1 else {"anyOf": members}
    if isinstance(shape, LiteralShape):
        return {"enum": list(shape.options)}
    if isinstance(shape, DelimitedShape):
        return {"type": "string"}
    if isinstance(shape, ListShape):
        out: Dict[str, Any] = {"type": "array", "items": _type_schema(shape.item, defs)}
        if shape.kind in (set, frozenset):
            out["uniqueItems"] = True
        return out
    if isinstance(shape, TupleShape):
        items = [_type_schema(a, defs) for a in shape.items]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "items": False}
    if isinstance(shape, DictShape):
        return {"type": "object", "additionalProperties": _type_schema(shape.value, defs)}
    if isinstance(shape, ModelShape):
        _add_model(shape.cls, defs)
        return {"$ref": f"#/$defs/{shape.cls.__name__}"}
    if isinstance(shape, EnumShape):
        return _enum_schema([shape.cls])
    if isinstance(shape, ScalarShape):
        return _scalar_schema(shape.type, shape.format)
    if isinstance(shape, NullShape):
        return {"type": "null"}
    return {}  # Any (or a type this library cannot carry): every JSON value


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
    if not all(isinstance(v, str) for v in values):
        return {"enum": values}
    # the library reads enum values in any case: the exact list, then a case-blind pattern
    listed = {"type": "string", "enum": values}
    any_case = "|".join(_any_case(v) for v in values)
    return {"anyOf": [listed, {"type": "string", "pattern": f"^(?:{any_case})$"}]}


def _any_case(text: str) -> str:
    """A regular expression (ECMA-262 subset) matching ``text`` in any ASCII letter case."""
    out = []
    for char in text:
        if char.isascii() and char.lower() != char.upper():
            out.append(f"[{char.upper()}{char.lower()}]")
        elif char.isascii() and not char.isalnum() and char not in " _":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _summary(cls: type) -> str:
    doc = cls.__dict__.get("__doc__") or ""
    return inspect.cleandoc(doc).split("\n\n")[0].replace("\n", " ").strip()


def _field_docs(cls: type) -> Dict[str, str]:
    """Attribute docstrings (a string right after a field line) of ``cls`` and its bases."""
    out: Dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if isinstance(klass, type) and issubclass(klass, Model) and klass is not Model:
            out.update(_own_field_docs(klass))
    return out


def _own_field_docs(cls: type) -> Dict[str, str]:
    return build_plan(cls, "docs", _read_field_docs)  # type: ignore[no-any-return]


def _read_field_docs(cls: type) -> Dict[str, str]:
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
