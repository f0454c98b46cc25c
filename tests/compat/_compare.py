"""Attribute-by-attribute comparison of a batchmodels model with an azure-batch model."""

from __future__ import annotations

import datetime as dt
import enum
import sys
import types
import typing
from typing import Any, Dict, List, Tuple

from batchmodels import Model, fields
from helpers.fixtures import parse_duration

_UNIONS: Tuple[Any, ...] = (typing.Union,)
if sys.version_info >= (3, 10):
    _UNIONS += (types.UnionType,)
_MICROSECOND = dt.timedelta(microseconds=1)


def _strip_optional(tp: Any) -> Any:
    if typing.get_origin(tp) in _UNIONS:
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) == 1:
            return members[0]
        return typing.Union[tuple(members)]
    return tp


def _enum_of(tp: Any) -> Any:
    if typing.get_origin(tp) in _UNIONS:
        for arg in typing.get_args(tp):
            if isinstance(arg, type) and issubclass(arg, enum.Enum):
                return arg
    return None


# Node option fields azure-batch types with enums it does not export, through forward
# references it cannot resolve: it reads them as plain strings; batchmodels as
# ``BatchNodeDeallocationOption`` members (the same values).
_PRIVATE_ENUM_FIELDS = {"nodeRebootOption", "nodeReimageOption", "nodeDeallocateOption"}


class Comparison:
    """Collects differences; ``allow_enum_case`` accepts azure-batch's raw strings for enum
    values written in another case (batchmodels maps those to the member)."""

    def __init__(self, *, allow_enum_case: bool = False) -> None:
        self.allow_enum_case = allow_enum_case
        self.problems: List[str] = []
        self.allowed: List[str] = []

    def models(self, cls: type, ours: Any, theirs: Any, raw: Dict[str, Any], path: str) -> None:
        if type(ours) is not cls or type(theirs).__name__ != cls.__name__:
            self.problems.append(f"{path}: classes {type(ours)} / {type(theirs)}")
            return
        for f in fields(cls):
            value_ours = getattr(ours, f.attr)
            value_theirs = getattr(theirs, f.attr)
            self.value(f.type, value_ours, value_theirs, raw.get(f.wire), f"{path}.{f.wire}")

    def value(self, tp: Any, ours: Any, theirs: Any, raw: Any, path: str) -> None:
        if ours is None or theirs is None:
            if not (ours is None and theirs is None):
                self.problems.append(f"{path}: {ours!r} != {theirs!r}")
            return
        tp = _strip_optional(tp)
        enum_cls = _enum_of(tp)
        origin = typing.get_origin(tp)
        if enum_cls is not None:
            self.enum_value(enum_cls, ours, theirs, path)
        elif origin is list:
            if type(ours) is not list or type(theirs) is not list or len(ours) != len(theirs):
                self.problems.append(f"{path}: lists {ours!r} != {theirs!r}")
                return
            item = typing.get_args(tp)[0]
            for i, (a, b) in enumerate(zip(ours, theirs)):
                self.value(item, a, b, raw[i], f"{path}[{i}]")
        elif isinstance(tp, type) and issubclass(tp, Model):
            self.models(tp, ours, theirs, raw, path)
        elif tp is dt.timedelta:
            self.duration(ours, theirs, raw, path)
        elif tp is dt.datetime:
            same = type(ours) is type(theirs) and ours == theirs
            if not same or ours.utcoffset() != theirs.utcoffset():
                self.problems.append(f"{path}: {ours!r} != {theirs!r}")
        elif type(ours) is not type(theirs) or ours != theirs:
            self.problems.append(f"{path}: {ours!r} != {theirs!r}")

    def enum_value(self, enum_cls: Any, ours: Any, theirs: Any, path: str) -> None:
        if isinstance(ours, enum.Enum):
            if isinstance(theirs, enum.Enum):
                if type(theirs).__name__ == enum_cls.__name__ and theirs.value == ours.value:
                    return
            elif (
                self.allow_enum_case
                and type(theirs) is str
                and theirs != ours.value
                and theirs.lower() == str(ours.value).lower()
            ):
                self.allowed.append(f"{path}: enum case {theirs!r} -> {ours!r}")
                return
            elif path.rpartition(".")[2] in _PRIVATE_ENUM_FIELDS and theirs == ours.value:
                return  # azure-batch reads these as plain str (see _PRIVATE_ENUM_FIELDS)
        elif type(ours) is str and type(theirs) is str and ours == theirs:
            return  # a value this API version does not know: both keep the string
        self.problems.append(f"{path}: enum {ours!r} != {theirs!r}")

    def duration(self, ours: Any, theirs: Any, raw: Any, path: str) -> None:
        if type(ours) is dt.timedelta and type(theirs) is dt.timedelta and ours == theirs:
            return
        # azure-batch (through isodate) rounds sub-microsecond digits via binary floats;
        # batchmodels rounds the exact decimal half to even. Only a 7th digit can differ.
        fraction = raw.rpartition(".")[2] if isinstance(raw, str) and "." in raw else ""
        if (
            type(theirs) is dt.timedelta
            and len(fraction.rstrip("S")) > 6
            and abs(ours - theirs) <= _MICROSECOND
            and ours == parse_duration(raw)
        ):
            self.allowed.append(f"{path}: sub-microsecond rounding of {raw!r}")
            return
        self.problems.append(f"{path}: {ours!r} != {theirs!r} (wire {raw!r})")
