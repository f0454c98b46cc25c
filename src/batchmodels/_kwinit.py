"""Keyword construction: ``Model(display_name=...)`` through a per-class plan that stores
values of the expected exact type on a short path."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from typing import Any, Dict, List, Tuple

from ._base import set_data as _set_data
from ._base import set_live as _set_live
from ._base import set_loc as _set_loc
from ._base import set_views as _set_views
from ._declare import NULL
from ._errors import BatchModelError
from ._fields import FieldDescriptor
from ._jsonvalue import copy_json
from ._record import build_plan
from ._resolve import resolve_fields
from ._shapes import EnumShape, ListShape, ModelShape, ScalarShape

__all__ = ["init_from_kwargs"]

_PLAIN = frozenset((str, int, float, bool, type(None)))
_UTC = dt.timezone.utc
Model = Any  # a model instance or class (``_model``, above this module)


def init_from_kwargs(obj: Model, kwargs: Dict[str, Any]) -> None:
    """Set up ``obj`` from keyword arguments, wire keys in argument order (like azure-batch).

    Each value is stored as an attribute assignment stores it: models are kept as the same
    objects, lists and dicts copied at their own level. Values of the exact type a field's
    plan entry names take a short path; all others go through ``FieldDescriptor.set``.
    """
    cls = type(obj)
    record = cls.__batchmodels__
    plan = record.init
    if plan is None:
        plan = build_plan(cls, "init", _init_plan)
    first = record.discriminator_values
    data: Dict[str, Any] = dict(first) if first else {}
    _set_data(obj, data)
    _set_loc(obj, None)
    _set_live(obj, None)
    _set_views(obj, None)
    live: List[FieldDescriptor] = []  # nobody else sees obj yet: recorded once, at the end
    for name, value in kwargs.items():
        entry = plan.get(name)
        if entry is None:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {name!r}")
        kind, wire, exact, extra, field = entry
        if type(value) is exact:
            if kind == _AS_IS:
                data[wire] = value
                continue
            if kind == _MEMBER:
                member_value = extra.get(value)  # None for a member made up after the plan
                if member_value is not None:
                    data[wire] = member_value
                    continue
            elif kind == _LATER and value.tzinfo is _UTC:
                # Kept as given: Model._sync writes its text (FieldDescriptor.sync) before
                # anything reads the wire value, so building the model formats nothing.
                data[wire] = value
                obj.__dict__[field.attr] = value
                live.append(field)
                continue
            elif kind in (_ENCODED, _LATER):
                try:
                    data[wire] = extra(value)
                    continue
                except BatchModelError:
                    pass  # FieldDescriptor.set raises it again, located
            elif kind == _MODEL:
                if value._views is None:
                    data[wire] = value._data
                    obj.__dict__[field.attr] = value
                    live.append(field)
                    continue
            elif kind == _MODELS:
                wires = []
                for item in value:
                    if type(item) is not extra or item._views is not None:
                        break
                    wires.append(item._data)
                else:
                    data[wire] = wires
                    obj.__dict__[field.attr] = list(value)
                    live.append(field)
                    continue
        if value is None:
            continue
        codec = field.codec
        if codec is not None and codec.identity and value is not NULL and wire not in data:
            # Other values of a field that keeps JSON as it is (list[str], Any, Literal).
            try:
                encoded = codec.encode(value)
            except BatchModelError:
                field.set(obj, value)  # NULL-like values, or the error, located
                continue
            data[wire] = encoded if type(encoded) in _PLAIN else copy_json(encoded)
        else:
            field.set(obj, value)
    if live:
        tracked = obj._live  # fields the general path tracked
        _set_live(obj, (*tracked, *live) if tracked else tuple(live))


# Kinds of plan entries: how ``init_from_kwargs`` stores a value of the entry's exact type.
_AS_IS = 0  # str, int, bool: the value is its own wire value
_MEMBER = 1  # an enum member: its value, from the entry's member -> value table
_ENCODED = 2  # a datetime, timedelta, float...: the codec's encode
_MODEL = 3  # a model of the field's class: becomes part of the new model (its wire dict)
_MODELS = 4  # a list of models of the item class: a new list of the same models
_GENERAL = 5  # FieldDescriptor.set (exact is None, so no value takes a short path)
_LATER = 6  # an RFC 3339 datetime: a UTC one is kept as given, written as text on export


_InitEntry = Tuple[int, str, Any, Any, FieldDescriptor]


def _init_plan(cls: type[Model]) -> Dict[str, _InitEntry]:
    """Attribute name -> ``(kind, wire, exact type, extra, field)`` for every field of ``cls``."""
    plan: Dict[str, _InitEntry] = {}
    for field in cls.__batchmodels__.fields:
        if field.codec is None:
            # An annotation that cannot be resolved yet fails when its field is set.
            with contextlib.suppress(Exception):
                resolve_fields(field.owner)
        plan[field.attr] = _init_entry(cls, field)
    return plan


def _init_entry(cls: type[Model], field: FieldDescriptor) -> _InitEntry:
    codec, shape, wire = field.codec, field.shape, field.wire
    if codec is None or field.discriminator or wire in cls.__batchmodels__.discriminator_values:
        return (_GENERAL, wire, None, None, field)
    if codec.plain is not None:
        return (_AS_IS, wire, codec.plain, None, field)
    if field.secret or codec.identity:
        return (_GENERAL, wire, None, None, field)
    if isinstance(shape, EnumShape) and not issubclass(shape.cls, enum.Flag):
        return (_MEMBER, wire, shape.cls, {m: m.value for m in shape.cls}, field)
    if isinstance(shape, ScalarShape) and not codec.live:
        if shape.type is dt.datetime and field.format in (None, "rfc3339"):
            # RFC 3339 keeps every digit of a UTC datetime: its text decodes to an equal value.
            return (_LATER, wire, shape.type, codec.encode, field)
        return (_ENCODED, wire, shape.type, codec.encode, field)
    if codec.adopt is not None and isinstance(shape, ModelShape) and codec.model is shape.cls:
        return (_MODEL, wire, shape.cls, None, field)
    if (
        codec.adopt is not None
        and isinstance(shape, ListShape)
        and shape.kind is list
        and isinstance(shape.item, ModelShape)
    ):
        return (_MODELS, wire, list, shape.item.cls, field)
    return (_GENERAL, wire, None, None, field)
