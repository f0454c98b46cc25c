"""Request bodies derived from models: a minimal update (PATCH) body, a body of another class."""

from __future__ import annotations

import dataclasses
import functools
from typing import (
    Any,
    Dict,
    FrozenSet,
    Generic,
    Iterator,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
)

from ._declare import Field
from ._errors import Location, format_path
from ._jsonvalue import copy_json, equal_json
from ._model import Model, fields
from ._modelpaths import ModelPath, object_pairs, objects_at
from ._operations import OPERATIONS
from ._resolve import pick as _pick
from ._walk import walk_plan as _plan

__all__ = ["LeftOut", "LeftOutReason", "BodyResult", "update_body", "convert"]

_M = TypeVar("_M", bound=Model)

LeftOutReason = Literal["read-only", "not updatable", "not declared"]
"""Why a value is not in a derived body: set by the service; declared by the target class
but not as updatable; not a field of the target class (nor known as read-only)."""

_ABSENT: Any = object()


@dataclasses.dataclass(frozen=True)
class LeftOut:
    """A value (or change) a derived body does not carry, by JSON path in the source."""

    __slots__ = ("path", "reason")

    path: str
    """JSON path of the value in the source data, such as ``$.executionInfo``."""
    reason: LeftOutReason
    """Why it was left out."""

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __reduce__(self) -> Any:  # frozen slots: pickle must go through __init__
        return (LeftOut, (self.path, self.reason))


@dataclasses.dataclass(frozen=True)
class BodyResult(Generic[_M]):
    """A derived request body and what it leaves out of its source."""

    __slots__ = ("body", "left_out")

    body: _M
    """The request body, a model of the class asked for."""
    left_out: Tuple[LeftOut, ...]
    """Values (or changes) of the source the body cannot carry, in source order."""

    def __reduce__(self) -> Any:
        return (BodyResult, (self.body, self.left_out))


def update_body(old: Mapping[str, Any], new: Mapping[str, Any], cls: type[_M]) -> BodyResult[_M]:
    """The minimal update (PATCH) body of class ``cls`` that turns ``old`` into ``new``.

    ``old`` and ``new`` are models (of any class, e.g. two versions of a ``BatchJob``) or
    mappings of wire JSON. The body holds only the fields that changed and that ``cls``
    declares as updatable (visibility includes ``"update"``, not read-only). A field removed
    (absent or ``null`` in ``new``) becomes an explicit ``null``. A changed nested object or
    list is carried whole, without its read-only fields at any depth. Changes the body
    cannot carry (read-only, not updatable or undeclared fields, and changes only to
    read-only fields inside a nested object) are listed in ``left_out``. Models of different
    families (a pool and a job: see :func:`family`) raise ``TypeError``.
    """
    _check_families(old, new, cls)
    old_data, new_data = _wire(old), _wire(new)
    source = _source_fields(new) or _source_fields(old)
    cls, target = _target(cls, new_data)
    candidates: Dict[str, Any] = {}
    left_out: List[LeftOut] = []
    for key in [*new_data, *(k for k in old_data if k not in new_data)]:
        before = old_data.get(key, _ABSENT)
        after = new_data.get(key, _ABSENT)
        if (_absent(before) and _absent(after)) or _same_json(before, after):
            continue
        field = target.get(key)
        if field is None or field.readonly or "update" not in field.visibility:
            left_out.append(LeftOut(_path(None, key), _reason(field, source.get(key))))
        else:
            candidates[key] = (before, after)
    body: Dict[str, Any] = {}
    for key, (before, after) in candidates.items():
        if _absent(after):
            body[key] = None
            continue
        left_out.extend(_readonly_changes(_child(cls, key), before, after, (None, key)))
        pruned = _pruned(cls, key, after)
        # a change only to read-only values inside it is nothing an update can send
        if _absent(before) or not _same_json(_pruned(cls, key, before), pruned):
            body[key] = pruned
    return BodyResult(cls._wrap(body), tuple(left_out))


def convert(source: Mapping[str, Any], cls: type[_M]) -> BodyResult[_M]:
    """``source`` as a model of class ``cls``: for example a create body from a GET response.

    ``source`` is a model or a mapping of wire JSON. Only the fields ``cls`` declares and
    does not mark read-only are kept, each without its read-only fields at any depth
    (judged by ``cls``'s nested classes); unknown keys inside kept values are kept. The
    fields and nested values dropped are listed in ``left_out``. A model of another family
    than ``cls`` (a job for a pool body: see :func:`family`) raises ``TypeError``.
    """
    _check_families(source, cls)
    data = _wire(source)
    source_fields = _source_fields(source)
    cls, target = _target(cls, data)
    kept: Dict[str, Any] = {}
    left_out: List[LeftOut] = []
    for key, value in data.items():
        field = target.get(key)
        if field is None or field.readonly:
            if value is not None:
                left_out.append(LeftOut(_path(None, key), _reason(field, source_fields.get(key))))
            continue
        kept[key] = value
        child = _child(cls, key)
        if child is not None and value is not None:
            left_out.extend(
                LeftOut(path, "read-only") for path in _readonly_paths(child, value, (None, key))
            )
    body = _plan(cls).prune(kept, copy=False)
    return BodyResult(cls._wrap(body), tuple(left_out))


# --- families ------------------------------------------------------------------------------


def family(cls: type[Model]) -> FrozenSet[str]:
    """The resources (``Jobs``, ``Pools``...) whose REST operations send or return a body of
    ``cls``, from the operations table; empty for a model no operation carries whole."""
    names = {klass.__name__ for klass in cls.__mro__ if klass is not Model}
    return frozenset(g for name in names for g in _families().get(name, ()))


@functools.lru_cache(maxsize=1)
def _families() -> Dict[str, FrozenSet[str]]:
    """Model name -> the resource part of the operations (``Jobs`` of ``Jobs_GetJob``) that
    send or return it."""
    found: Dict[str, set[str]] = {}
    for name, op in OPERATIONS.items():
        for model in (op.request, op.response):
            if model is not None:
                found.setdefault(model, set()).add(name.split("_", 1)[0])
    return {model: frozenset(groups) for model, groups in found.items()}


def mixed_families(*classes: type[Model]) -> Optional[str]:
    """Why models of ``classes`` cannot make a body one of another, or None: two of them
    belong to resources with no operation in common."""
    for i, first in enumerate(classes):
        for second in classes[i + 1 :]:
            a, b = family(first), family(second)
            if a and b and not a & b:
                return (
                    f"{first.__name__} and {second.__name__} belong to different resources"
                    f" ({', '.join(sorted(a))}; {', '.join(sorted(b))})"
                )
    return None


def _check_families(*values: Any) -> None:
    classes = [v if isinstance(v, type) else type(v) for v in values]
    problem = mixed_families(*(c for c in classes if issubclass(c, Model)))
    if problem is not None:
        raise TypeError(problem)


# --- helpers -------------------------------------------------------------------------------


def _wire(value: Mapping[str, Any]) -> Dict[str, Any]:
    """A copy of the wire data of a model or mapping."""
    if isinstance(value, Model):
        return value.as_dict()
    if not isinstance(value, Mapping):
        raise TypeError(f"expected a model or a mapping, not {type(value).__name__}")
    return copy_json({k: value[k] for k in value})


def _source_fields(value: Any) -> Dict[str, Field]:
    return {f.wire: f for f in fields(value)} if isinstance(value, Model) else {}


def _target(cls: type[_M], data: Dict[str, Any]) -> Tuple[type[_M], Dict[str, Field]]:
    """The class of the body (for a polymorphic ``cls``, the subclass ``data`` names) and
    its fields by wire name."""
    if not (isinstance(cls, type) and issubclass(cls, Model)):
        raise TypeError(f"expected a model class, not {cls!r}")
    cls = _pick(cls, data)
    return cls, {f.wire: f for f in fields(cls)}


def _reason(target: Optional[Field], source: Optional[Field]) -> LeftOutReason:
    if target is not None:
        return "read-only" if target.readonly else "not updatable"
    return "read-only" if source is not None and source.readonly else "not declared"


def _absent(value: Any) -> bool:
    return value is _ABSENT or value is None


def _path(loc: Location, key: Any) -> str:
    return format_path((loc, key))


def _same_json(a: Any, b: Any) -> bool:
    """Equality of JSON values that tells ``true`` from ``1`` and ``1`` from ``1.0``."""
    return equal_json(a, b, exact=True)


def _child(cls: type[Model], key: str) -> Optional[ModelPath]:
    """``(shape, model class)`` of field ``key`` of ``cls`` if it holds models."""
    return _plan(cls).children.get(key)


def _pruned(cls: type[Model], key: str, value: Any) -> Any:
    """``value`` of field ``key`` of ``cls`` without read-only fields at any depth."""
    return _plan(cls).prune({key: value}, copy=True)[key]


def _models_in(
    child: ModelPath, value: Any, loc: Location
) -> Iterator[Tuple[type[Model], Dict[str, Any], Location]]:
    """Each model object in ``value`` (at ``child``), its class and its location."""
    containers, model = child
    for data, here in objects_at(containers, value, loc):
        yield _pick(model, data), data, here


def _readonly_paths(child: ModelPath, value: Any, loc: Location) -> Iterator[str]:
    """Paths of the read-only values set anywhere in ``value``."""
    for cls, data, here in _models_in(child, value, loc):
        plan = _plan(cls)
        for key, item in data.items():
            if key in plan.readonly:
                if item is not None:
                    yield _path(here, key)
            elif key in plan.children and item is not None:
                yield from _readonly_paths(plan.children[key], item, (here, key))


def _readonly_changes(
    child: Optional[ModelPath], old: Any, new: Any, loc: Location
) -> Iterator[LeftOut]:
    """Changes to read-only values inside ``old`` -> ``new``, matched object by object
    (lists by index, when their lengths agree); all of them if ``old`` is absent."""
    if child is None:
        return
    if _absent(old):
        yield from (LeftOut(path, "read-only") for path in _readonly_paths(child, new, loc))
        return
    for cls, before, after, here in _pairs(child, old, new, loc):
        plan = _plan(cls)
        for key in [*after, *(k for k in before if k not in after)]:
            a, b = before.get(key, _ABSENT), after.get(key, _ABSENT)
            if (_absent(a) and _absent(b)) or _same_json(a, b):
                continue
            if key in plan.readonly:
                yield LeftOut(_path(here, key), "read-only")
            elif key in plan.children and not _absent(b):
                yield from _readonly_changes(plan.children[key], a, b, (here, key))


def _pairs(
    child: ModelPath, old: Any, new: Any, loc: Location
) -> Iterator[Tuple[type[Model], Dict[str, Any], Dict[str, Any], Location]]:
    containers, model = child
    for before, after, here in object_pairs(containers, old, new, loc):
        yield _pick(model, after), before, after, here
