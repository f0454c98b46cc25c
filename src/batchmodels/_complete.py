"""``complete``: the one step that builds a model class's record when the class is created."""

from __future__ import annotations

from typing import Any, Dict, Optional, Set

from ._declare import Naming
from ._fields import FieldDescriptor
from ._record import ClassRecord, class_lock
from ._walk import all_subtypes, note_secret_names

__all__ = ["complete"]

_ATTR = "__batchmodels__"
# What a class without a model base declares: the defaults its subclasses inherit.
_ROOT = frozenset(("naming", "discriminator", "discriminator_values"))


def complete(
    cls: type, naming: Optional[Naming] = None, discriminator: Optional[str] = None
) -> None:
    """Build ``cls``'s :class:`ClassRecord` and store it as ``cls.__batchmodels__``.

    Binds the fields ``cls`` declares, builds the attribute and wire maps, registers ``cls``
    as the subtype that ``discriminator`` selects and notes a discriminator ``cls`` declares.
    """
    if naming is not None and naming not in ("camel", "verbatim"):
        raise ValueError(f"naming must be 'camel' or 'verbatim', not {naming!r}")
    with class_lock:
        record = ClassRecord(cls)
        root = not any(_ATTR in vars(base) for base in cls.__mro__[1:])
        declared: Set[str] = set(_ROOT) if root else set()
        record.naming = naming or _inherited(cls, "naming", "camel")
        if naming is not None:
            declared.add("naming")
        record.discriminator = _inherited(cls, "discriminator", None)
        record.discriminator_values = _inherited(cls, "discriminator_values", {})
        setattr(cls, _ATTR, record)
        for attr, value in list(vars(cls).items()):
            if isinstance(value, FieldDescriptor) and value.owner is None:
                value.bind(cls, attr, record.naming)
        _build_field_table(cls, record)
        note_secret_names(f.wire for f in record.fields if f.secret)
        if discriminator is not None:
            _register_subtype(cls, record, discriminator)
            declared.add("discriminator_values")
        inherited = {
            f.wire for base in cls.__mro__[1:] for f in _own_fields(base) if f.discriminator
        }
        # A redeclared inherited discriminator (``kind: Literal["shark"]``) is not a new one.
        own = [
            f
            for f in record.fields
            if f.owner is cls and f.discriminator and f.wire not in inherited
        ]
        if len(own) > 1:
            raise TypeError(f"{cls.__name__} declares more than one discriminator")
        if own:
            record.discriminator = own[0]
            record.subtypes = {}
            declared.add("discriminator")
        record.declared = frozenset(declared)


def _inherited(cls: type, name: str, default: Any) -> Any:
    """``name`` of the record of the first base along the MRO that declares it."""
    for base in cls.__mro__[1:]:
        record = vars(base).get(_ATTR)
        if record is not None and name in record.declared:
            return getattr(record, name)
    return default


def _own_fields(cls: type) -> Any:
    record = vars(cls).get(_ATTR)
    return record.fields if record is not None else ()


def _build_field_table(cls: type, record: ClassRecord) -> None:
    by_attr: Dict[str, FieldDescriptor] = {}
    for klass in reversed(cls.__mro__):
        for attr, value in vars(klass).items():
            # ``value.attr == attr`` skips a field object also bound to a second name.
            if isinstance(value, FieldDescriptor) and value.owner is klass and value.attr == attr:
                by_attr.pop(attr, None)  # a redeclaration moves to its new place
                by_attr[value.attr] = value  # the plain str that ``bind`` made
            elif attr in by_attr and klass is not object:
                del by_attr[attr]  # a plain attribute in a subclass hides the field
    by_wire: Dict[str, FieldDescriptor] = {}
    for field in by_attr.values():
        if field.wire in by_wire:
            raise TypeError(
                f"{cls.__name__}: fields {by_wire[field.wire].attr!r} and {field.attr!r}"
                f" share the wire name {field.wire!r}"
            )
        by_wire[field.wire] = field
    record.by_attr = by_attr
    record.by_wire = by_wire
    record.fields = tuple(by_attr.values())


def _register_subtype(cls: type, record: ClassRecord, value: str) -> None:
    field = record.discriminator
    if field is None:
        raise TypeError(f"{cls.__name__}: no base class declares a discriminator field")
    subtypes: Dict[str, type] = getattr(field.owner, _ATTR).subtypes
    if value in subtypes and subtypes[value] is not cls:
        raise TypeError(f"discriminator value {value!r} is already taken by {subtypes[value]}")
    subtypes[value] = cls
    record.discriminator_values = {**record.discriminator_values, field.wire: value}
    # The prune/mask walk of any class may reach ``field.owner`` through its children, and
    # is the only plan that depends on subtypes: drop those.
    root = [k for k in cls.__mro__ if _ATTR in vars(k)][-1]
    for klass in all_subtypes(root):
        own = vars(klass).get(_ATTR)
        if own is not None:
            own.walk = None
