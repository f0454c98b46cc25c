"""The BatchJob tree as the benchmark sees it, read from ``batchmodels.fields()``.

Every other bench module (twins, inputs, generated readers and builders) works from these
records, so no model is declared twice by hand.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

import batchmodels
from batchmodels import Model

__all__ = [
    "TREE",
    "Kind",
    "Slot",
    "kind_of",
    "model_classes",
    "readonly_paths",
    "slots",
    "slots_by_wire",
]


class Kind(NamedTuple):
    """What a field holds, with ``Optional`` removed.

    ``shape``: "one", "list" or "dict" (container around the item); ``item``: "model",
    "enum", "str", "int", "bool", "float", "datetime", "duration", "intstr" (int written as
    a JSON string) or "any"; ``cls``: the model or enum class of the item, if any.
    """

    shape: str
    item: str
    cls: Optional[type]


class Slot(NamedTuple):
    """One field of one model class."""

    attr: str
    wire: str
    kind: Kind
    readonly: bool


_SCALARS = {
    str: "str",
    int: "int",
    bool: "bool",
    float: "float",
    dt.datetime: "datetime",
    dt.timedelta: "duration",
}


def _strip_optional(tp: Any) -> Any:
    if typing.get_origin(tp) is typing.Union:
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        enums = [a for a in members if isinstance(a, type) and issubclass(a, enum.Enum)]
        if enums and set(members) <= {str, *enums}:
            return enums[0]  # Union[str, SomeEnum]: an extensible enum
        if len(members) == 1:
            return members[0]
        raise TypeError(f"unsupported union {tp!r}")
    return tp


def _item_kind(tp: Any, fmt: Optional[str]) -> Tuple[str, Optional[type]]:
    tp = _strip_optional(tp)
    if isinstance(tp, type) and issubclass(tp, Model):
        return "model", tp
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum", tp
    if tp is int and fmt == "str":
        return "intstr", None
    if tp in _SCALARS:
        return _SCALARS[tp], None
    if tp is Any:
        return "any", None
    raise TypeError(f"unsupported field type {tp!r}")


def kind_of(field: batchmodels.Field) -> Kind:
    """The :class:`Kind` of a resolved batchmodels field."""
    tp = _strip_optional(field.type)
    origin = typing.get_origin(tp)
    if origin in (list, List):
        item, cls = _item_kind(typing.get_args(tp)[0], field.format)
        return Kind("list", item, cls)
    if origin in (dict, Dict):
        item, cls = _item_kind(typing.get_args(tp)[1], field.format)
        return Kind("dict", item, cls)
    item, cls = _item_kind(tp, field.format)
    return Kind("one", item, cls)


_SLOTS: Dict[type, Tuple[Slot, ...]] = {}
_BY_WIRE: Dict[type, Dict[str, Slot]] = {}


def slots(cls: type) -> Tuple[Slot, ...]:
    """The fields of ``cls`` in declaration order."""
    found = _SLOTS.get(cls)
    if found is None:
        found = tuple(Slot(f.attr, f.wire, kind_of(f), f.readonly) for f in batchmodels.fields(cls))
        _SLOTS[cls] = found
    return found


def slots_by_wire(cls: type) -> Dict[str, Slot]:
    """The fields of ``cls`` keyed by wire name."""
    found = _BY_WIRE.get(cls)
    if found is None:
        found = _BY_WIRE[cls] = {s.wire: s for s in slots(cls)}
    return found


def model_classes(root: type = batchmodels.BatchJob) -> List[type]:
    """Every model class reachable from ``root``, dependencies before dependents."""
    order: List[type] = []
    seen: set[type] = set()

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for slot in slots(cls):
            if slot.kind.item == "model":
                assert slot.kind.cls is not None
                visit(slot.kind.cls)
        order.append(cls)

    visit(root)
    return order


def readonly_paths(cls: type) -> Dict[str, Any]:
    """Nested ``{attr: True | {...}}`` of the read-only fields under ``cls``.

    A nested dict is keyed by the attribute holding a model; list items share one dict.
    Only branches that contain read-only fields appear.
    """
    out: Dict[str, Any] = {}
    for slot in slots(cls):
        if slot.readonly:
            out[slot.attr] = True
        elif slot.kind.item == "model":
            assert slot.kind.cls is not None
            sub = readonly_paths(slot.kind.cls)
            if sub:
                out[slot.attr] = sub
    return out


TREE: List[type] = model_classes()
"""All 68 model classes of the BatchJob tree, leaves first."""
