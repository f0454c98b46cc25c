"""Field declarations: ``rest_field``, the per-class field table and the public records."""

from __future__ import annotations

import dataclasses
import datetime
import re
import sys
import threading
import types
import typing
from typing import Any, Callable, Dict, List, Literal, Optional, Sequence, Tuple, TypeVar, Union

from ._base import Structured
from ._codecs import Codec, Format, codec_of, copy_json, failing_codec, is_foreign_null
from ._codegen import compile_function
from ._errors import BatchModelError
from ._shapes import (
    ConvertShape,
    ListShape,
    ScalarShape,
    Shape,
    field_shape,
    is_converter,
    is_optional,
)

__all__ = [
    "NULL",
    "MISSING",
    "is_foreign_null",
    "READ_ONLY",
    "Visibility",
    "Naming",
    "Bound",
    "Check",
    "Field",
    "FieldDescriptor",
    "rest_field",
    "rest_discriminator",
    "to_camel",
    "wire_name",
    "resolve_fields",
    "register_model_name",
    "fill",
    "untrack",
    "wrap",
    "class_info",
    "fields",
    "pick",
    "expose",
    "expose_within",
    "models_within",
    "copy_containers",
]

_CONTAINERS = frozenset((dict, list))

Visibility = Literal["read", "create", "update", "delete", "query"]
"""Operations in which a field takes part; a field visible only in ``read`` is read-only."""

Naming = Literal["camel", "verbatim"]
"""How a class derives wire names from attribute names."""

Bound = Union[int, float, datetime.timedelta]
"""A range limit in a field declaration (``ge=``/``le=``), compared with the Python value."""

Check = Callable[[Any], Optional[str]]
"""A rule in a field declaration: takes the Python value, returns what is wrong or ``None``."""

READ_ONLY: Tuple[Visibility, ...] = ("read",)
ALL_OPERATIONS: Tuple[Visibility, ...] = ("read", "create", "update", "delete", "query")


class _Sentinel:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name

    def __reduce__(self) -> str:
        return self._name

    def __copy__(self) -> _Sentinel:
        return self

    def __deepcopy__(self, memo: Any) -> _Sentinel:
        return self


class _NullSentinel(_Sentinel):
    __slots__ = ()

    def __batchmodels_wire__(self) -> None:
        return None  # how ``to_wire`` writes it wherever it is found in caller data


NULL: Any = _NullSentinel("NULL")
"""Assign to a field, or put in a mapping, to send an explicit JSON ``null`` (as PATCH
bodies need)."""

MISSING: Any = _Sentinel("MISSING")
"""Marks "no default" in a field declaration."""


_CAMEL_PART = re.compile(r"_+([a-z0-9])")


def to_camel(name: str) -> str:
    """``display_name`` -> ``displayName``; a name without underscores is kept."""
    head = name.lstrip("_")
    lead = name[: len(name) - len(head)]
    return lead + _CAMEL_PART.sub(lambda m: m.group(1).upper(), head)


def wire_name(attr: str, naming: Naming) -> str:
    """The wire name a class with naming policy ``naming`` gives attribute ``attr``."""
    return to_camel(attr) if naming == "camel" else attr


@dataclasses.dataclass(frozen=True)
class Field:
    """A resolved field of a model class, as returned by :func:`batchmodels.fields`."""

    __slots__ = (
        "attr",
        "check",
        "default",
        "discriminator",
        "format",
        "ge",
        "le",
        "owner",
        "readonly",
        "required",
        "secret",
        "type",
        "visibility",
        "wire",
    )

    attr: str
    wire: str
    type: Any
    format: Optional[str]
    visibility: Tuple[Visibility, ...]
    readonly: bool
    required: bool
    secret: bool
    default: Any
    discriminator: bool
    owner: type
    ge: Optional[Bound]
    le: Optional[Bound]
    check: Optional[Check]

    def __reduce__(self) -> Any:  # frozen slots: pickle must go through __init__
        return (Field, tuple(getattr(self, f.name) for f in dataclasses.fields(self)))


class FieldDescriptor:
    """The class attribute behind one field: reads decode the wire value once and cache it.

    It defines no ``__set__``, so a value cached in the instance ``__dict__`` is found by
    ordinary attribute lookup before this descriptor; writes go through ``Model.__setattr__``.
    """

    __slots__ = (
        "_decode",
        "_live",
        "_model",
        "_needs_loc",
        "_uncached",
        "attr",
        "codec",
        "declared_type",
        "default",
        "discriminator",
        "explicit_name",
        "format",
        "limits",
        "owner",
        "readonly",
        "record",
        "secret",
        "shape",
        "visibility",
        "wire",
    )

    def __init__(
        self,
        name: Optional[str],
        declared_type: Any,
        fmt: Optional[str],
        visibility: Optional[Sequence[Visibility]],
        default: Any,
        secret: bool,
        discriminator: bool,
    ) -> None:
        self.explicit_name = name
        self.declared_type = declared_type
        self.format = fmt
        self.visibility: Tuple[Visibility, ...] = (
            tuple(visibility) if visibility is not None else ALL_OPERATIONS
        )
        self.readonly = self.visibility == READ_ONLY
        self.default = default
        self.secret = secret
        self.discriminator = discriminator
        self.limits: Tuple[Optional[Bound], Optional[Bound], Optional[Check]] = (None, None, None)
        self.attr = ""
        self.wire = name or ""
        self.owner: Any = None
        self.codec: Optional[Codec] = None
        self.shape: Optional[Shape] = None
        self.record: Optional[Field] = None
        # Copies of the codec's hot attributes, set when the owner's fields are resolved.
        self._decode: Any = None
        self._live = False
        self._needs_loc = False
        self._model: Any = None  # the model class of a field holding one model
        self._uncached = secret  # kept out of the instance __dict__, which vars() shows

    def bind(self, owner: type, attr: str, naming: Naming) -> None:
        """Attach to the declaring class: fix the attribute and wire names."""
        self.owner = owner
        # Plain str (a subclass such as numpy's str_ may be given): generated code spells
        # names with repr(), which must be str's own.
        self.attr = attr = str.__str__(attr)
        if self.explicit_name is not None:
            self.explicit_name = str.__str__(self.explicit_name)
        self.wire = self.explicit_name or wire_name(attr, naming)

    def __repr__(self) -> str:
        owner = getattr(self.owner, "__name__", "?")
        return f"<field {owner}.{self.attr} wire={self.wire!r}>"

    # The read path: called only until the value is cached in the instance __dict__.
    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        if obj._views is not None:
            return read_exposed(obj, self)
        cache = obj.__dict__
        if not cache:
            # First read of any field on this instance: decode the whole model in one pass
            # (see ``fill``), so later reads skip this descriptor entirely.
            derived = type(obj)._derived
            bulk = derived.get("fill") if derived else None
            (bulk or fill)(obj, cache)
            value = cache.get(self.attr, MISSING)
            if value is not MISSING:
                return value
        raw = obj._data.get(self.wire, MISSING)
        if raw is MISSING or raw is None:
            value = None if raw is None or self.default is MISSING else self.default
            return cache.setdefault(self.attr, value)  # a writer's value, set meanwhile, wins
        if self.codec is None:
            resolve_fields(self.owner)
        try:  # decode_at, inlined: fields ``fill`` leaves (secrets, rare shapes, bad values)
            if self._needs_loc:
                value = self._decode(raw, (obj._loc, self.wire))
            else:
                value = self._decode(raw, None)
        except BatchModelError as exc:
            if self.secret:
                exc.hide()
            raise (
                exc if exc.located else exc.at((obj._loc, self.wire), secret=self.secret)
            ) from None
        if self._uncached:
            return value  # kept out of the instance __dict__, which vars() shows
        if self._live:
            # A value another thread cached meanwhile wins: every reader gets the same object.
            value = cache.setdefault(self.attr, value)
            _track(obj, self)
        else:
            cache[self.attr] = value
        return value

    def decode_at(self, obj: Any, raw: Any) -> Any:
        """The Python value of ``raw``, this field's wire value in ``obj``."""
        if self.codec is None:
            resolve_fields(self.owner)
        try:
            if self._needs_loc:
                return self._decode(raw, (obj._loc, self.wire))
            return self._decode(raw, None)
        except BatchModelError as exc:
            if self.secret:
                exc.hide()  # also the copy that ``at`` chains as its __context__
            raise (
                exc if exc.located else exc.at((obj._loc, self.wire), secret=self.secret)
            ) from None

    def set(self, obj: Any, value: Any) -> None:
        """Store ``value`` (a Python value) on ``obj``'s wire dict.

        ``None`` removes a value, but leaves a field that already reads ``None`` (absent, or
        a JSON ``null``) as it is: assigning what was read changes nothing.
        """
        data = obj._data
        if value is None:
            if data.get(self.wire) is not None:
                del data[self.wire]
            obj._forget(self)
            return
        if value is NULL or is_foreign_null(value):
            data[self.wire] = None
            obj._forget(self)
            return
        if self.codec is None:
            resolve_fields(self.owner)
        codec = self.codec
        assert codec is not None
        old = data.get(self.wire)
        if (
            old is not None
            and not codec.identity
            and not _holds_models(codec)
            and self._same(obj, old, value)
        ):
            # Keep the received text: it may hold digits a Python value cannot (this covers
            # lists and dicts of such values; models keep their own text anyway).
            return
        adopt = codec.adopt
        if adopt is not None:
            wire = adopt(value)
            if wire is not None:  # models, or lists and dicts of them: kept as they are
                data[self.wire] = wire
                own = copy_containers(value)
                if obj._views is None:
                    obj.__dict__[self.attr] = own
                else:
                    expose_within(own)
                    obj._views[self.attr] = _View(own, wire)
                _track(obj, self)
                return
        try:
            wire = codec.encode(value)
        except BatchModelError as exc:
            if not (self.discriminator and type(value) is str):
                raise exc.at((obj._loc, self.wire), secret=self.secret) from None
            # A parent __init__ may set its own value before the subclass sets its own.
            wire = value
        if codec.identity and type(wire) in _CONTAINERS:
            wire = copy_json(wire)  # a list or dict is copied at its own level
        data[self.wire] = wire
        kept: Any = MISSING
        if codec.live:
            if codec.canonical(value):
                kept = copy_containers(value)  # the same models, in containers of our own
            else:
                models = models_within(value)
                if models:  # mixed with wire JSON: decoded, with the given models kept
                    known = {id(m._data): m for m in models}
                    try:
                        kept = _swap_models(self.decode_at(obj, wire), known)
                    except BatchModelError:
                        expose_within(value)
        views = obj._views
        if views is not None:
            # Part of this model's data is held as plain JSON elsewhere: keep no cache,
            # only the live value to write back from.
            if kept is MISSING:
                obj._forget(self)
            else:
                expose_within(kept)
                views[self.attr] = _View(kept, wire)
                _track(obj, self)
        elif codec.identity and not self._uncached:
            obj.__dict__[self.attr] = wire
        elif kept is not MISSING:  # (a live secret must be cached too)
            obj.__dict__[self.attr] = kept
            _track(obj, self)
        else:
            obj._forget(self)

    def _same(self, obj: Any, old: Any, value: Any) -> bool:
        current = obj.__dict__.get(self.attr, MISSING)
        if current is MISSING:
            try:
                current = self._decode(old, None)
            except BatchModelError:
                return False
        return type(current) is type(value) and bool(current == value)

    def sync(self, obj: Any) -> None:
        """Write the cached live value back to the wire dict (before an export)."""
        if obj._views is not None:
            reconcile(obj, self)
            return
        value = obj.__dict__.get(self.attr)
        if value is None:
            return  # forgotten by a writer in another thread meanwhile: nothing to write back
        codec = self.codec
        assert codec is not None
        data = obj._data
        old = data.get(self.wire)
        if codec.model is not None:
            # A nested model shares its wire dict with ours: only its own live values can
            # be out of date.
            model_cls: Any = codec.model
            if isinstance(value, model_cls):
                if value._live:
                    value._sync()
                return
        elif codec.shape == "list" and codec.item is not None and codec.item.model is not None:
            if _sync_model_list(value, old, codec.item.model):
                return
        elif not codec.live:
            # A value that cannot change in place (a datetime given by keyword, kept as
            # given until the first export) is written once: any later change forgets it.
            if old is not value:
                return
        elif not _holds_models(codec) and old is not None:
            try:
                if codec.decode(old, None) == value:
                    return
            except BatchModelError:
                pass
        try:
            wire = codec.encode(value)
        except BatchModelError as exc:  # encoders locate errors below the value only
            raise exc.at((obj._loc, self.wire), secret=self.secret) from None
        data[self.wire] = _keep_equal_items(codec, old, wire, value)


def _holds_models(codec: Codec) -> bool:
    """Whether values of ``codec`` are models or containers of models (which share text)."""
    return codec.model is not None or (codec.item is not None and codec.item.model is not None)


def _keep_equal_items(codec: Codec, old: Any, new: Any, value: Any) -> Any:
    """``new`` with items whose value did not change taken from ``old``, keeping their text.

    Lists match by index, dicts by key; items whose codec cannot tell (or models) are kept new.
    """
    item = codec.item
    if item is None or item.model is not None or item.item is not None:
        return new
    decode = item.decode
    if codec.shape == "list" and type(old) is list and type(new) is list:
        for i in range(min(len(old), len(new), len(value))):
            try:
                if decode(old[i], None) == value[i]:
                    new[i] = old[i]
            except BatchModelError:
                pass
    elif codec.shape == "dict" and type(old) is dict and type(new) is dict:
        for key in new.keys() & old.keys():
            try:
                if decode(old[key], None) == value[key]:
                    new[key] = old[key]
            except BatchModelError:
                pass
    return new


_set_data = Structured.__dict__["_data"].__set__
_set_loc = Structured.__dict__["_loc"].__set__
_set_live = Structured.__dict__["_live"].__set__
_set_views = Structured.__dict__["_views"].__set__
_new = object.__new__
_live_lock = threading.Lock()


def _track(obj: Any, field: FieldDescriptor) -> None:
    """Note that ``field``'s value on ``obj`` may change in place (written back on export).

    ``_live`` is a tuple, replaced (never changed) under a lock: threads that only read
    may decode two live fields of one model at once, and neither may be lost.
    """
    live = obj._live
    if live is not None and field in live:
        return
    with _live_lock:
        live = obj._live
        if live is None:
            _set_live(obj, (field,))
        elif field not in live:
            _set_live(obj, (*live, field))


def _track_all(obj: Any, fields: Tuple[FieldDescriptor, ...]) -> None:
    """``_track`` for several fields at once (``fields`` is kept as it is if it can be)."""
    with _live_lock:
        live = obj._live
        _set_live(obj, tuple(dict.fromkeys((*live, *fields))) if live else fields)


def untrack(obj: Any, field: FieldDescriptor) -> None:
    """Forget that ``field``'s value on ``obj`` may change in place."""
    live = obj._live
    if live and field in live:
        with _live_lock:
            live = obj._live
            if live and field in live:
                _set_live(obj, tuple(f for f in live if f is not field))


# --- exposed models ------------------------------------------------------------------------
#
# Once the mapping side has handed out one of a model's containers (``job["poolInfo"]``), or
# its wire dict is shared with a shallow copy, the caller may edit that plain JSON at any
# time. Such a model is *exposed*: it caches nothing in its ``__dict__`` (every attribute
# read decodes from the wire) and keeps, per live field, the value it handed out together
# with snapshots of both sides. Before any read or export the two sides are reconciled:
# whichever side changed since the last snapshot is written to the other, the mapping side
# winning if both did. Exposure is permanent and spreads to every model inside.


class _View:
    """A live value of an exposed model and the wire container it was last equal to."""

    __slots__ = ("value", "value_snap", "wire", "wire_snap")

    def __init__(self, value: Any, wire: Any) -> None:
        self.reset(value, wire)

    def reset(self, value: Any, wire: Any) -> None:
        self.value = value
        self.value_snap = _snapshot(value)
        self.wire = wire
        # A nested model's own dict is edited through the model: only its identity counts.
        self.wire_snap = (wire, None) if _is_model(value) else _snapshot(wire)


def _is_model(value: Any) -> bool:
    return type(getattr(type(value), "_field_list", None)) is tuple and hasattr(value, "_data")


def _snapshot(value: Any) -> Any:
    """The identity of ``value`` and of every container item in it, stopping at models
    and at the dicts inside lists (the wire dicts of models, edited through them)."""
    t = type(value)
    if t is list:
        return (value, tuple(_snapshot(v) if type(v) is list else (v, None) for v in value))
    if t is dict:
        return (
            value,
            tuple((k, _snapshot(v) if type(v) is list else (v, None)) for k, v in value.items()),
        )
    if t is set:
        return (value, tuple(value))
    return (value, None)


def _unchanged(value: Any, snap: Any) -> bool:
    obj, items = snap
    if value is not obj:
        return False
    if items is None:
        return True
    if len(value) != len(items):
        return False
    t = type(value)
    if t is list:
        return all(_unchanged(v, s) for v, s in zip(value, items))
    if t is dict:
        return all(k in value and _unchanged(value[k], s) for k, s in items)
    return all(v in value for v in items)


def models_within(value: Any) -> List[Any]:
    """The models in a Python value (itself, or inside its lists, tuples, dicts, sets)."""
    out: List[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        t = type(item)
        if t in (list, tuple, set, frozenset):
            stack.extend(item)
        elif t is dict:
            stack.extend(item.values())
        elif _is_model(item):
            out.append(item)
    return out


def expose(obj: Any) -> None:
    """Turn ``obj`` (and every model its cached values hold) into an exposed model."""
    if obj._views is not None:
        return
    type(obj)._sync(obj)
    views: Dict[str, _View] = {}
    _set_views(obj, views)
    cache = obj.__dict__
    kept = []
    for field in obj._live or ():
        value = cache.get(field.attr, MISSING)
        if value is not MISSING:
            views[field.attr] = _View(value, obj._data.get(field.wire))
            kept.append(field)
    for field in type(obj)._field_list:
        cache.pop(field.attr, None)
    _set_live(obj, tuple(kept))
    for view in list(views.values()):
        expose_within(view.value)


def expose_within(value: Any) -> None:
    for model in models_within(value):
        expose(model)


def read_exposed(obj: Any, field: FieldDescriptor) -> Any:
    """An attribute read of an exposed model: decode from the wire, reconciled."""
    views = obj._views
    if field.attr in views:
        return reconcile(obj, field)
    raw = obj._data.get(field.wire, MISSING)
    if raw is MISSING or raw is None:
        return None if raw is None or field.default is MISSING else field.default
    value = field.decode_at(obj, raw)
    if field._live:
        expose_within(value)
        views[field.attr] = _View(value, raw)
        _track(obj, field)
    return value


def reconcile(obj: Any, field: FieldDescriptor) -> Any:
    """Bring the live value of ``field`` and the wire value into agreement; return it."""
    view: _View = obj._views[field.attr]
    value = view.value
    for model in models_within(value):
        if model._live:
            type(model)._sync(model)  # their own edits first: they live in shared dicts
    data = obj._data
    raw = data.get(field.wire, MISSING)
    if raw is not view.wire or not _unchanged(raw, view.wire_snap):
        # Edited through the mapping (if both sides were edited, the mapping side wins).
        if raw is MISSING or raw is None:
            obj._forget(field)
            return None if raw is None or field.default is MISSING else field.default
        new = _reuse(field.decode_at(obj, raw), value)
        expose_within(new)
        view.reset(new, raw)
        return new
    if not _unchanged(value, view.value_snap):
        codec = field.codec
        assert codec is not None
        try:
            wire = codec.encode(value)
        except BatchModelError as exc:
            raise exc.at((obj._loc, field.wire), secret=field.secret) from None
        wire = _keep_equal_items(codec, copy_json(raw), wire, value)
        if type(raw) is list and type(wire) is list:
            raw[:] = wire  # in place: the caller may hold this list
        elif type(raw) is dict and type(wire) is dict:
            raw.clear()
            raw.update(wire)
        else:
            data[field.wire] = raw = wire
        expose_within(value)
        view.reset(value, raw)
    return value


def _reuse(new: Any, old: Any) -> Any:
    """``new`` with the model objects of ``old`` kept where they wrap the same wire dict,
    written into ``old`` itself when both are lists or both dicts (the caller may hold it)."""
    if _is_model(new):
        return old if _is_model(old) and old._data is new._data else new
    known = {id(m._data): m for m in models_within(old)}
    if known:
        new = _swap_models(new, known)
    if type(old) is list and type(new) is list:
        old[:] = new
        return old
    if type(old) is dict and type(new) is dict:
        old.clear()
        old.update(new)
        return old
    return new


def _swap_models(value: Any, known: Dict[int, Any]) -> Any:
    t = type(value)
    if t is list:
        return [_swap_models(v, known) for v in value]
    if t is tuple:
        return tuple(_swap_models(v, known) for v in value)
    if t is dict:
        return {k: _swap_models(v, known) for k, v in value.items()}
    if _is_model(value):
        return known.get(id(value._data), value)
    return value


def copy_containers(value: Any) -> Any:
    """``value`` with its lists and dicts copied at every level; models and scalars shared."""
    t = type(value)
    if t is list:
        return [copy_containers(v) for v in value]
    if t is dict:
        return {k: copy_containers(v) for k, v in value.items()}
    if t is set:
        return set(value)
    return value


def _sync_model_list(value: Any, wire: Any, model: Any) -> bool:
    """Sync models in a list; True if the wire list already holds exactly their dicts."""
    if type(value) is not list or type(wire) is not list or len(value) != len(wire):
        return False
    for item, item_wire in zip(value, wire):
        if not isinstance(item, model) or item._data is not item_wire:
            return False
        if item._live:
            item._sync()
    return True


def class_info(cls: Any, key: str, build: Callable[[Any], Any]) -> Any:
    """Derived data of a model class, built by ``build(cls)`` once and kept on the class.

    Every model class has its own ``_derived`` dict; the model layer empties them all
    when a subtype registers, since plans may depend on the subtypes of any class.
    """
    derived = cls._derived
    if derived is None:
        derived = {}
        type.__setattr__(cls, "_derived", derived)
    info = derived.get(key)
    if info is None:
        with _resolve_lock:
            info = derived.get(key)
            if info is None:
                info = derived[key] = build(cls)
    return info


# --- the bulk read: one generated function per class --------------------------------------
#
# The first attribute read of a model decodes all of it in one call (``fill``): straight-line
# code generated once per class, the way dataclasses generate ``__init__``, costs far less
# than a descriptor call per field or a generic loop over a field table.


def fill(obj: Any, cache: Dict[str, Any]) -> None:
    """Cache the value of every field of ``obj`` that decodes cheaply and cannot fail.

    Absent fields, plain scalars, enums, durations and nested models (wrapped, filled on their
    own first read) are cached; datetimes, secrets, rare shapes and values that do not decode
    are left to their descriptors, which report errors with their location when read.
    """
    cls = type(obj)
    derived = cls._derived
    fn = derived.get("fill") if derived else None
    if fn is None:
        fn = class_info(cls, "fill", _fill_function)
    fn(obj, cache)


def _fill_function(cls: Any) -> Callable[[Any, Dict[str, Any]], None]:
    namespace: Dict[str, Any] = {
        "MISSING": MISSING,
        "new": _new,
        "set_data": _set_data,
        "set_loc": _set_loc,
        "set_live": _set_live,
        "set_views": _set_views,
        "pick": pick,
        "children": _children,
        "track_all": _track_all,
    }
    lines: List[str] = []
    live: List[FieldDescriptor] = []
    for i, field in enumerate(cls._field_list):
        if field.codec is None:
            resolve_fields(field.owner)
        lines.extend(_fill_lines(field, i, namespace, live))
    live_sets: Dict[int, Tuple[FieldDescriptor, ...]] = {}

    def live_set(mask: int) -> Tuple[FieldDescriptor, ...]:
        # One shared tuple per combination of live fields present (instances never change it).
        found = live_sets.get(mask)
        if found is None:
            found = live_sets[mask] = tuple(f for n, f in enumerate(live) if mask >> n & 1)
        return found

    namespace["live_set"] = live_set
    source = [
        "def fill(obj, cache):",
        "    data = obj._data",
        "    get = data.get",
        "    loc = obj._loc",
        "    mask = 0",
        "    values = cache",
        *lines,
        "    if mask:",
        "        track_all(obj, live_set(mask))",
    ]
    fn: Callable[[Any, Dict[str, Any]], None] = compile_function(
        "fill", source, namespace, f"fill {cls.__qualname__}"
    )
    return fn


def _fill_lines(
    field: FieldDescriptor, i: int, namespace: Dict[str, Any], live: List[FieldDescriptor]
) -> List[str]:
    """The code that fills one field: ``raw`` is its wire value, ``values`` the cache."""
    codec = field.codec
    assert codec is not None
    attr, wire = repr(field.attr), repr(field.wire)
    if field.default is MISSING:
        out = [f"    raw = get({wire})", "    if raw is None:", f"        values[{attr}] = None"]
    else:
        namespace[f"default{i}"] = field.default
        out = [f"    raw = get({wire}, MISSING)"]
        out.append("    if raw is MISSING:")
        out.append(f"        values[{attr}] = default{i}")
        out.append("    elif raw is None:")
        out.append(f"        values[{attr}] = None")
    if field._uncached:
        return out  # never cached (vars() would show it): left to its descriptor
    if codec.plain is not None:
        out.append(f"    elif type(raw) is {codec.plain.__name__}:")
        out.append(f"        values[{attr}] = raw")
    shape = field.shape
    if codec.lookup is not None:
        namespace[f"table{i}"] = codec.lookup
        out.append("    elif type(raw) is str:")
        out.append(f"        member = table{i}.get(raw)")
        out.append(
            f"        values[{attr}] = member if member is not None"
            f" else table{i}.get(raw.lower(), raw)"
        )
    elif codec.model is not None:
        model: Any = codec.model
        namespace[f"model{i}"] = model
        picked = f"pick(model{i}, raw)" if model._discriminator else f"model{i}"
        out.append("    elif type(raw) is dict:")
        out.append(f"        child = new({picked})")
        out.append("        set_data(child, raw)")
        out.append(f"        set_loc(child, (loc, {wire}))")
        out.append("        set_live(child, None)")
        out.append("        set_views(child, None)")
        out.append(f"        values.setdefault({attr}, child)")  # another thread's wins
        out.append(f"        mask |= {1 << len(live)}")
        live.append(field)
    elif (
        isinstance(shape, ListShape)
        and shape.kind is list
        and codec.item is not None
        and codec.item.model is not None
    ):
        namespace[f"model{i}"] = codec.item.model
        out.append("    elif type(raw) is list:")
        out.append(f"        items = children(model{i}, raw, (loc, {wire}))")
        out.append("        if items is not None:")
        out.append(f"            values.setdefault({attr}, items)")
        out.append(f"            mask |= {1 << len(live)}")
        live.append(field)
    elif (
        not codec.live
        and not isinstance(shape, ConvertShape)
        and not (isinstance(shape, ScalarShape) and shape.type is datetime.datetime)
    ):
        # durations, lists of strings...: immutable values, decoded now (a datetime is left
        # to its descriptor: parsing one costs more than reading a whole small model)
        namespace[f"decode{i}"] = codec.decode
        out.append("    else:")
        out.append("        try:")
        out.append(f"            values[{attr}] = decode{i}(raw, None)")
        out.append("        except Exception:  # (an unsupported type's TypeError too)")
        out.append("            pass  # raised, located, when the field is read")
    return out


def _children(cls: Any, raw: List[Any], loc: Any) -> Optional[List[Any]]:
    """Models around the objects of ``raw`` (not yet read), or ``None`` if an item is not
    an object."""
    out: List[Any] = []
    append = out.append
    polymorphic = cls._discriminator is not None
    for i, item in enumerate(raw):
        if type(item) is not dict:
            return None
        append(wrap(pick(cls, item) if polymorphic else cls, item, (loc, i)))
    return out


def wrap(cls: Any, data: Dict[str, Any], loc: Any) -> Any:
    """A model of exactly ``cls`` around ``data`` (not copied), at ``loc``, not yet read.

    Generated fill functions inline these steps for speed.
    """
    obj = _new(cls)
    _set_data(obj, data)
    _set_loc(obj, loc)
    _set_live(obj, None)
    _set_views(obj, None)
    return obj


def rest_field(
    name: Optional[str] = None,
    *,
    type: Any = None,
    visibility: Optional[Sequence[Visibility]] = None,
    default: Any = MISSING,
    format: Optional[Format] = None,
    secret: bool = False,
    ge: Optional[Bound] = None,
    le: Optional[Bound] = None,
    check: Optional[Check] = None,
) -> Any:
    """Declare a field of a model.

    ``name`` overrides the wire name (else the class's naming policy applies), ``type``
    stands in for a missing annotation, ``visibility=["read"]`` makes the field read-only,
    ``default`` is what reading an absent field gives, ``format`` selects the wire form
    (see :data:`Format`) and ``secret=True`` masks the value in ``repr`` and errors.
    ``ge``/``le`` (inclusive limits) and ``check`` (a :data:`Check`) are rules that
    :func:`batchmodels.validate` applies to the Python value; reads and writes ignore them.
    """
    field = FieldDescriptor(name, type, format, visibility, default, secret, False)
    if ge is not None or le is not None or check is not None:
        field.limits = (ge, le, check)
    return field


def rest_discriminator(
    name: Optional[str] = None,
    *,
    type: Any = None,
    visibility: Optional[Sequence[Visibility]] = None,
) -> Any:
    """Declare the field whose wire value selects the subclass of a polymorphic model."""
    return FieldDescriptor(name, type, None, visibility, MISSING, False, True)


# --- resolving annotations ----------------------------------------------------------------

_resolve_lock = threading.RLock()
_model_names: Dict[str, type] = {}


def register_model_name(cls: type) -> None:
    """Make a model class findable by name in string annotations of other modules."""
    _model_names.setdefault(cls.__name__, cls)


def _own_descriptors(cls: type) -> List[FieldDescriptor]:
    return [v for v in vars(cls).values() if isinstance(v, FieldDescriptor) and v.owner is cls]


def resolve_fields(cls: type) -> None:
    """Resolve the annotations of the fields ``cls`` declares and build their codecs.

    Runs once per class, under a lock; forward references are evaluated in the
    declaring module's namespace, with model classes known by name as a fallback.
    """
    with _resolve_lock:
        descriptors = [d for d in _own_descriptors(cls) if d.codec is None]
        if not descriptors:
            return
        annotations = vars(cls).get("__annotations__", {})
        module = sys.modules.get(cls.__module__)
        namespace: Dict[str, Any] = dict(_model_names)
        if module is not None:
            namespace.update(vars(module))
        namespace.setdefault(cls.__name__, cls)
        for descriptor in descriptors:
            declared = descriptor.declared_type
            convert = declared if is_converter(declared) else None
            if declared is None or convert is not None:
                declared = annotations.get(descriptor.attr, Any if convert else None)
            if declared is None:
                raise TypeError(
                    f"{cls.__name__}.{descriptor.attr}: a field needs an annotation or type="
                )
            resolved = _evaluate(declared, namespace, cls, descriptor.attr)
            shape = ConvertShape(convert) if convert else field_shape(resolved, descriptor.format)
            try:
                codec = codec_of(shape)
            except TypeError as exc:  # only this field fails, when it is used
                codec = failing_codec(f"{cls.__name__}.{descriptor.attr}: {exc}")
            descriptor.record = Field(
                attr=descriptor.attr,
                wire=descriptor.wire,
                type=resolved,
                format=descriptor.format,
                visibility=descriptor.visibility,
                readonly=descriptor.readonly,
                required=descriptor.default is MISSING and not is_optional(resolved),
                secret=descriptor.secret,
                default=descriptor.default,
                discriminator=descriptor.discriminator,
                owner=cls,
                ge=descriptor.limits[0],
                le=descriptor.limits[1],
                check=descriptor.limits[2],
            )
            descriptor.shape = shape
            descriptor._decode = codec.decode
            descriptor._live = codec.live
            descriptor._needs_loc = codec.needs_loc
            descriptor._model = codec.model
            # A URL may carry a SAS signature: like a secret, never in vars().
            descriptor._uncached = not codec.live and (
                descriptor.secret or descriptor.wire.lower().endswith(("url", "urls"))
            )
            descriptor.codec = codec


def _evaluate(annotation: Any, namespace: Dict[str, Any], cls: type, attr: str) -> Any:
    shim = types.SimpleNamespace(__annotations__={attr: annotation})
    try:
        return typing.get_type_hints(shim, globalns=namespace, include_extras=False)[attr]
    except NameError as exc:
        raise TypeError(f"{cls.__name__}.{attr}: cannot resolve annotation ({exc})") from None


def fields(cls_or_instance: Any) -> Tuple[Field, ...]:
    """The resolved fields of a model class (or instance), in declaration order."""
    cls = cls_or_instance if isinstance(cls_or_instance, type) else type(cls_or_instance)
    if not (isinstance(cls, type) and issubclass(cls, Structured)):
        raise TypeError(f"fields() expects a model class or instance, not {cls!r}")
    out = []
    for descriptor in cls._field_list:  # type: ignore[attr-defined]
        if descriptor.record is None:
            resolve_fields(descriptor.owner)
        assert descriptor.record is not None
        out.append(descriptor.record)
    return tuple(out)


_C = TypeVar("_C", bound=type)


def pick(cls: _C, data: Dict[str, Any]) -> _C:
    """The registered subclass that ``data``'s discriminator values select, else ``cls``."""
    while True:
        field = cls._discriminator  # type: ignore[attr-defined]  # a middle class selects below itself
        if field is None:
            return cls
        value = data.get(field.wire)
        sub = vars(field.owner)["_subtypes"].get(value) if type(value) is str else None
        if sub is None or sub is cls or not issubclass(sub, cls):
            return cls
        cls = sub
