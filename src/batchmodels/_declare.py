"""What a field declaration says: visibility, naming, rule types, the ``NULL`` and ``MISSING``
markers, wire names, and ``Field``, the public record of a resolved field."""

from __future__ import annotations

import dataclasses
import datetime
import re
from typing import Any, Callable, Literal, Optional, Tuple, Union

__all__ = [
    "NULL",
    "MISSING",
    "READ_ONLY",
    "ALL_OPERATIONS",
    "Visibility",
    "Naming",
    "Bound",
    "Check",
    "Format",
    "Field",
    "to_camel",
    "wire_name",
]


Visibility = Literal["read", "create", "update", "delete", "query"]
"""Operations in which a field takes part; a field visible only in ``read`` is read-only."""


Naming = Literal["camel", "verbatim"]
"""How a class derives wire names from attribute names."""


Bound = Union[int, float, datetime.timedelta]
"""A range limit in a field declaration (``ge=``/``le=``), compared with the Python value."""


Check = Callable[[Any], Optional[str]]
"""A rule in a field declaration: takes the Python value, returns what is wrong or ``None``."""


Format = Literal[
    "rfc3339",
    "rfc7231",
    "unix-timestamp",
    "base64",
    "base64url",
    "str",
    "csv",
    "pipes",
    "ssv",
    "newline",
    "commaDelimited",
    "pipeDelimited",
    "spaceDelimited",
    "newlineDelimited",
]
"""Wire formats a field may declare; ``None`` means the type's default form."""


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
