"""Extensible string enums: case-insensitive lookup, unknown values kept as plain ``str``."""

from __future__ import annotations

from enum import Enum, EnumMeta
from typing import TYPE_CHECKING, Any, Dict, Optional, Union

__all__ = [
    "CaseInsensitiveEnumMeta",
    "StrEnum",
    "decode_enum_value",
    "enum_lookup",
    "member_or_value",
]


class CaseInsensitiveEnumMeta(EnumMeta):
    """Enum metaclass that finds members by any case of their name, as azure-batch's does:
    ``E["active"]``, ``E.active`` and ``E.Active`` are all ``E.ACTIVE``."""

    def __getitem__(cls, name: str) -> Any:
        try:
            return super().__getitem__(name)
        except KeyError:
            member = _member_named(cls, str(name))
            if member is None:
                raise
            return member

    if not TYPE_CHECKING:  # type checkers see the canonical names only

        def __getattr__(cls, name: str) -> Any:
            # Reached only when normal lookup fails (a member named in another case).
            if not name.startswith("_"):
                member = _member_named(cls, name)
                if member is not None:
                    return member
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


def _member_named(cls: EnumMeta, name: str) -> Optional[Enum]:
    members: Dict[str, Enum] = cls._member_map_
    member = members.get(name)
    if member is not None:
        return member
    folded = name.lower()
    for member_name, member in members.items():
        if member_name.lower() == folded:
            return member
    return None


class StrEnum(str, Enum, metaclass=CaseInsensitiveEnumMeta):
    """Base of batchmodels' string enums; ``E("ACTIVE")`` finds ``E.ACTIVE`` whatever the case."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            return enum_lookup(cls).get(value.lower())
        return None

    def __str__(self) -> str:
        return str.__str__(self)


def enum_lookup(enum_cls: type[Enum]) -> Dict[str, Any]:
    """A table from wire value (exact, then lower-cased) to member, built once per enum
    and kept on the enum class."""
    table: Any = vars(enum_cls).get("_batchmodels_lookup")
    if table is None:
        table = {}
        for member in enum_cls:
            table.setdefault(str(member.value).lower(), member)
        for member in enum_cls:
            table[str(member.value)] = member
        type.__setattr__(enum_cls, "_batchmodels_lookup", table)
    return table  # type: ignore[no-any-return]


def member_or_value(table: Dict[str, Any], value: str) -> Any:
    """The member ``value`` names in an :func:`enum_lookup` table (exact, then ignoring
    case), or ``value`` itself when this version does not know it."""
    member = table.get(value)
    return member if member is not None else table.get(value.lower(), value)


def decode_enum_value(enum_cls: type[Enum], value: str) -> Union[Enum, str]:
    """Map a wire string to its member, or return it unchanged when this version lacks it."""
    return member_or_value(enum_lookup(enum_cls), value)  # type: ignore[no-any-return]
