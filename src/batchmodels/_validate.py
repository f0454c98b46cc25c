"""Validation: every problem in a model's wire data at once, located by JSON path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import enum
from typing import Any, Dict, Iterator, List, Literal, Optional, Tuple, TypeVar, Union

from ._apiversions import CURRENT, check_version, old_model, require_version
from ._base import Structured
from ._codecs import Codec, codec_of
from ._declare import Bound, Field, to_camel
from ._errors import (
    MASK,
    NO_VALUE,
    BatchModelError,
    Location,
    ValidationError,
    format_path,
    not_a_container,
    show_value,
)
from ._isotime import duration_above_max, format_duration
from ._jsontext import parse as parse_json
from ._model import Model, use_strict_loader
from ._record import build_plan
from ._resolve import fields
from ._resolve import pick as _pick
from ._shapes import (
    AnyShape,
    DictShape,
    EnumShape,
    ListShape,
    ModelShape,
    NullShape,
    ScalarShape,
    Shape,
    UnionShape,
    UnsupportedShape,
)

__all__ = ["Problem", "Severity", "validate", "strict_from_json"]

Severity = Literal["error", "warning"]
"""``"error"``: the service would reject the value; ``"warning"``: it may not (a newer value)."""

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

_M = TypeVar("_M", bound=Model)
ModelClass = type[Model]


@dataclasses.dataclass(frozen=True)
class Problem:
    """One problem found by :func:`validate`: where it is, what is wrong, how serious."""

    __slots__ = ("message", "path", "severity")

    path: str
    """JSON path of the value, such as ``$.constraints.maxWallClockTime``."""
    message: str
    """What is wrong; a secret field's value is shown as ``***``."""
    severity: Severity
    """``"error"`` or ``"warning"``."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __reduce__(self) -> Any:  # frozen slots: pickle must go through __init__
        return (Problem, (self.path, self.message, self.severity))


# --- what to check for each field, worked out once per class --------------------------------


class _Kind:
    """What a wire value should be, from its field's shape."""

    __slots__ = ()


class _AnyKind(_Kind):
    """Anything."""

    __slots__ = ()


class _ModelKind(_Kind):
    """An object holding a model of ``cls`` (or a subclass); ``partial``: its own fields
    are not required."""

    __slots__ = ("cls", "partial")

    def __init__(self, cls: Any, partial: bool) -> None:
        self.cls = cls
        self.partial = partial


class _ContainerKind(_Kind):
    """An array (``container`` is ``list``) or an object with arbitrary keys (``dict``) of
    ``item`` values; ``nullable``: items may be null."""

    __slots__ = ("container", "item", "nullable")

    def __init__(self, container: type, item: _Kind, nullable: bool) -> None:
        self.container = container
        self.item = item
        self.nullable = nullable


class _EnumKind(_Kind):
    """A string; values this version lacks give a warning."""

    __slots__ = ("cls", "codec")

    def __init__(self, cls: Any, codec: Codec) -> None:
        self.cls = cls
        self.codec = codec


class _ScalarKind(_Kind):
    """Anything ``codec`` decodes; ``is_int``: an int64 range check too."""

    __slots__ = ("codec", "is_int")

    def __init__(self, codec: Codec, is_int: bool) -> None:
        self.codec = codec
        self.is_int = is_int


_ANY = _AnyKind()


def _kind(shape: Shape) -> _Kind:
    if isinstance(shape, (AnyShape, UnsupportedShape)):
        return _ANY
    if isinstance(shape, UnionShape) and len(shape.members) == 1:
        return _kind(shape.members[0])
    if isinstance(shape, ListShape) and shape.kind is list:
        return _ContainerKind(list, _kind(_strip(shape.item)), _nullable(shape.item))
    if isinstance(shape, DictShape):
        return _ContainerKind(dict, _kind(_strip(shape.value)), _nullable(shape.value))
    if isinstance(shape, ModelShape):
        return _ModelKind(shape.cls, False)
    if isinstance(shape, EnumShape):
        return _EnumKind(shape.cls, codec_of(shape))
    is_int = isinstance(shape, ScalarShape) and shape.type is int
    return _ScalarKind(codec_of(shape), is_int)


def _strip(shape: Shape) -> Shape:
    """``shape`` without its ``null`` option."""
    if isinstance(shape, UnionShape) and shape.nullable:
        return shape.members[0] if len(shape.members) == 1 else UnionShape(shape.members, False)
    return shape


def _nullable(shape: Shape) -> bool:
    return isinstance(shape, (AnyShape, NullShape)) or (
        isinstance(shape, UnionShape) and shape.nullable
    )


class _Plan:
    """A model class's fields by wire name with their kinds, and its required fields."""

    __slots__ = ("by_wire", "required")

    def __init__(self, cls: ModelClass) -> None:
        self.by_wire: Dict[str, Tuple[Field, _Kind]] = {}
        for field, descriptor in zip(fields(cls), cls.__batchmodels__.fields):
            assert descriptor.shape is not None
            self.by_wire[field.wire] = (field, _kind(descriptor.shape))
        # Read-only fields are set by the service: a body being built need not have them.
        self.required = tuple(f for f in fields(cls) if f.required and not f.readonly)


def _plan(cls: ModelClass) -> _Plan:
    return build_plan(cls, "validate", _Plan)  # type: ignore[no-any-return]


# --- the walk --------------------------------------------------------------------------------

# One entry per value still to check: (kind, wire value, location, field it belongs to).
_Entry = Tuple[_Kind, Any, Location, Optional[Field]]


def validate(
    model: Structured,
    *,
    partial: bool = False,
    unknown_keys: bool = False,
    api_version: str = CURRENT,
) -> List[Problem]:
    """Check ``model``'s wire data against its fields and return every problem found.

    Reported: required fields missing (read-only ones excepted), wrong JSON types,
    malformed values (datetimes, durations, integer strings, base64...), integers beyond
    int64, the ranges and rules declared on fields (``ge``/``le``/``check``) as errors;
    enum values this version does not know as warnings. Never raises for bad data and
    decodes nothing into the model's attribute cache.

    ``partial=True`` checks an update (PATCH) body: ``model``'s own fields are not required
    (a nested object it carries is still checked whole, as the service replaces it whole).
    Unknown keys are allowed; ``unknown_keys=True`` reports each as a warning (a misspelt
    key, or a field this API version does not have), naming the field it may stand for.

    ``api_version`` names an older API version (``"2023-05-01.17.0"``...) to check the wire
    data against that version's rules instead: fields it does not have and fields it
    requires, values of the wrong JSON type, enum values it does not know (errors) and
    fields read-only in it (warnings). An unknown version raises ``ValueError``.
    """
    if not isinstance(model, Structured):
        raise TypeError(f"validate() expects a model, not {type(model).__name__}")
    problems: List[Problem] = []
    _sync(model, problems)
    if require_version(api_version) != CURRENT:
        return problems + _validate_old(model, partial, api_version)
    root: _Entry = (_ModelKind(type(model), partial), model._data, model._loc, None)
    stack: List[Iterator[_Entry]] = [iter((root,))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        children = _check(entry, problems, unknown_keys)
        if children is not None:
            stack.append(children)
    return problems


def _validate_old(model: Structured, partial: bool, api_version: str) -> List[Problem]:
    name = type(model).__name__
    old = old_model(name, api_version)
    if old is None:
        return [Problem("$", f"{name} has no counterpart in API {api_version}", "error")]
    found = check_version(model._data, old, api_version, model._loc, partial)
    return [Problem(path, message, severity) for path, message, severity in found]


def _sync(model: Structured, problems: List[Problem]) -> None:
    """Write values changed in place back to the wire data; report those that cannot be."""
    live = model._live
    for field in list(live) if live else ():
        try:
            field.sync(model)
        except BatchModelError as exc:
            # Encoders locate errors below the value they encode ("$[2]"); nested models
            # locate them from the document root. Show either below this field.
            here = format_path((model._loc, field.wire))
            path = exc.path if exc.path.startswith(here) else here + exc.path[1:]
            problems.append(Problem(path, _reason(exc), "error"))


def _check(
    entry: _Entry, problems: List[Problem], unknown_keys: bool
) -> Optional[Iterator[_Entry]]:
    """Check one value; return the entries of the values inside it, if any."""
    kind, raw, loc, field = entry
    if type(kind) is _ModelKind:
        if type(raw) is not dict:
            problems.append(_not_a_container(loc, "an object", raw))
            return None
        cls = _pick(kind.cls, raw)
        plan = _plan(cls)
        for required in () if kind.partial else plan.required:
            if raw.get(required.wire) is None:
                what = "is null" if required.wire in raw else "missing"
                problems.append(
                    Problem(_path(loc, required.wire), f"required field {what}", "error")
                )
        return _model_entries(cls, plan, raw, loc, problems, unknown_keys)
    if type(kind) is _ContainerKind:
        if kind.container is list:
            if type(raw) is not list:
                problems.append(_not_a_container(loc, "an array", raw))
                return None
            return _item_entries(kind, enumerate(list(raw)), loc, field, problems)
        if type(raw) is not dict:
            problems.append(_not_a_container(loc, "an object", raw))
            return None
        return _item_entries(kind, dict(raw).items(), loc, field, problems)
    if type(kind) is _AnyKind:
        return None
    assert isinstance(kind, (_ScalarKind, _EnumKind))
    codec = kind.codec
    try:
        value = codec.decode(raw, loc)
    except BatchModelError as exc:
        path = exc.path if exc.located else format_path(loc)
        problems.append(Problem(path, _reason(exc, field), "error"))
        return None
    if type(kind) is _EnumKind:
        if not isinstance(value, enum.Enum):
            known = ", ".join(str(m.value) for m in kind.cls)
            message = f"not a {kind.cls.__name__} value this version knows ({known})"
            problems.append(Problem(format_path(loc), f"{message}: {show_value(raw)}", "warning"))
        return None
    if type(value) is dt.timedelta:
        if duration_above_max(raw):
            problems.append(_error(loc, "longer than the longest duration", raw, field))
            return None
    elif type(kind) is _ScalarKind and kind.is_int and not INT64_MIN <= value <= INT64_MAX:
        problems.append(_error(loc, "integer beyond the int64 range", raw, field))
        return None
    if field is not None:
        rule = _broken_rule(field, value)
        if rule is not None:
            problems.append(_error(loc, rule, raw, field))
    return None


def _model_entries(
    cls: ModelClass,
    plan: _Plan,
    raw: Dict[Any, Any],
    loc: Location,
    problems: List[Problem],
    unknown_keys: bool,
) -> Iterator[_Entry]:
    by_wire = plan.by_wire
    for key, value in dict(raw).items():  # a snapshot: another thread may add keys
        if type(key) is not str:
            problems.append(Problem(_path(loc, key), "object keys must be strings", "error"))
            continue
        known = by_wire.get(key)
        if known is None:
            # unknown keys may come from a newer service: reported only when asked for
            if unknown_keys:
                problems.append(_unknown_key(cls, plan, loc, key))
            continue
        if value is None:
            continue  # null means "not set"
        yield (known[1], value, (loc, key), known[0])


def _unknown_key(cls: ModelClass, plan: _Plan, loc: Location, key: str) -> Problem:
    message = f"not a field of {cls.__name__} in this version"
    guess = to_camel(key)
    if guess not in plan.by_wire:
        close = difflib.get_close_matches(key, list(plan.by_wire), n=1)
        guess = close[0] if close else ""
    if guess:
        message += f" (did you mean {guess!r}?)"
    return Problem(_path(loc, key), message, "warning")


def _item_entries(
    kind: _ContainerKind,
    items: Any,
    loc: Location,
    field: Optional[Field],
    problems: List[Problem],
) -> Iterator[_Entry]:
    item_kind, nullable = kind.item, kind.nullable
    for key, value in items:  # over a snapshot (see _check)
        if kind.container is dict and type(key) is not str:
            problems.append(Problem(_path(loc, key), "object keys must be strings", "error"))
            continue
        if value is None:
            if not nullable:
                problems.append(Problem(_path(loc, key), "null is not allowed here", "error"))
            continue
        yield (item_kind, value, (loc, key), field)


def _broken_rule(field: Field, value: Any) -> Optional[str]:
    """What ``value`` breaks among the field's declared rules, or ``None``."""
    ge, le = field.ge, field.le
    if (ge is not None and value < ge) or (le is not None and value > le):
        if ge is not None and le is not None:
            return f"must be between {_show_bound(ge)} and {_show_bound(le)}"
        if ge is not None:
            return f"must be at least {_show_bound(ge)}"
        return f"must be at most {_show_bound(le)}"
    if field.check is not None:
        return field.check(value)
    return None


def _show_bound(bound: Optional[Bound]) -> str:
    if isinstance(bound, dt.timedelta):
        return format_duration(bound)
    return str(bound)


# --- messages --------------------------------------------------------------------------------


def _path(loc: Location, key: Any) -> str:
    return format_path((loc, key))


def _not_a_container(loc: Location, what: str, raw: Any) -> Problem:
    return Problem(format_path(loc), _reason(not_a_container(what, raw)), "error")


def _error(loc: Location, reason: str, raw: Any, field: Optional[Field]) -> Problem:
    shown = MASK if field is not None and field.secret else show_value(raw)
    return Problem(format_path(loc), f"{reason}: {shown}", "error")


def _reason(exc: BatchModelError, field: Optional[Field] = None) -> str:
    """The message of ``exc`` without its path; the value masked for a secret field."""
    if exc.value is NO_VALUE:
        return exc.reason
    secret = exc.secret or (field is not None and field.secret)
    return f"{exc.reason}: {MASK if secret else show_value(exc.value)}"


# --- the strict entry point ------------------------------------------------------------------


def strict_from_json(cls: type[_M], text: Union[str, bytes, bytearray]) -> _M:
    """Parse ``text`` into a ``cls`` model (``Model.from_json(text, strict=True)``): errors
    in the text itself (not JSON, not an object) and every error-level problem from
    :func:`validate` raise one :class:`ValidationError` whose ``problems`` lists them all.
    """
    try:
        model = cls._from_owned(parse_json(text))
    except BatchModelError as exc:
        raise ValidationError([Problem(exc.path, _reason(exc), "error")]) from None
    problems = validate(model)
    if any(p.severity == "error" for p in problems):
        raise ValidationError(problems)
    return model


use_strict_loader(strict_from_json)
