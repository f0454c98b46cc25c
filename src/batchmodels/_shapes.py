"""Shapes: the one reading of ``typing`` annotations, as small typed descriptions.

:func:`shape_of` turns a field's resolved annotation and wire format into a :data:`Shape`
tree once per field. Everything else (codecs, validation, JSON Schema, pruning, masking,
renaming, the command line) walks shapes and never looks at ``typing`` itself.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import decimal
import enum
import functools
import sys
import types
import typing
from typing import Any, Dict, Optional, Tuple, Union

import typing_extensions

from ._base import Structured

__all__ = [
    "DELIMITERS",
    "Structured",
    "AnyShape",
    "NullShape",
    "ScalarShape",
    "EnumShape",
    "ModelShape",
    "ListShape",
    "TupleShape",
    "DictShape",
    "UnionShape",
    "LiteralShape",
    "DelimitedShape",
    "ConvertShape",
    "UnsupportedShape",
    "is_converter",
    "Shape",
    "shape_of",
    "field_shape",
    "is_optional",
]

DELIMITERS: Dict[str, str] = {
    "csv": ",",
    "commaDelimited": ",",
    "pipes": "|",
    "pipeDelimited": "|",
    "ssv": " ",
    "spaceDelimited": " ",
    "newline": "\n",
    "newlineDelimited": "\n",
}
"""Delimited list formats (Swagger names and their TypeSpec aliases) and their separators."""

SCALAR_TYPES = frozenset(
    (str, int, float, bool, decimal.Decimal, dt.datetime, dt.date, dt.time, dt.timedelta, bytes)
)


class _Node:
    __slots__ = ()

    def __repr__(self) -> str:
        names: Tuple[str, ...] = self.__slots__
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in names)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other: object) -> bool:
        names: Tuple[str, ...] = self.__slots__
        return type(other) is type(self) and all(
            getattr(self, k) == getattr(other, k) for k in names
        )

    def __hash__(self) -> int:
        names: Tuple[str, ...] = self.__slots__
        return hash((type(self), *(getattr(self, k) for k in names)))


class AnyShape(_Node):
    """Any JSON value, kept as it is."""

    __slots__ = ()


class NullShape(_Node):
    """Only JSON ``null``."""

    __slots__ = ()


class ScalarShape(_Node):
    """A scalar type (``str``, ``int``, ``datetime``...) in a wire format (``None``: default)."""

    __slots__ = ("format", "type")

    def __init__(self, tp: type, fmt: Optional[str]) -> None:
        self.type = tp
        self.format = fmt


class EnumShape(_Node):
    """An enum; a string the enum lacks reads as plain ``str``."""

    __slots__ = ("cls",)

    def __init__(self, cls: type[enum.Enum]) -> None:
        self.cls = cls


class ModelShape(_Node):
    """A model class (or a subclass its discriminator selects)."""

    __slots__ = ("cls",)

    def __init__(self, cls: type) -> None:
        self.cls = cls


class ListShape(_Node):
    """A JSON array read as ``list``, ``set``, ``frozenset`` or ``tuple`` (of any length)."""

    __slots__ = ("item", "kind")

    def __init__(self, item: Shape, kind: type = list) -> None:
        self.item = item
        self.kind = kind


class TupleShape(_Node):
    """A JSON array of a fixed length, one shape per position."""

    __slots__ = ("items",)

    def __init__(self, items: Tuple[Shape, ...]) -> None:
        self.items = items


class DictShape(_Node):
    """A JSON object with arbitrary string keys, every value of one shape."""

    __slots__ = ("value",)

    def __init__(self, value: Shape) -> None:
        self.value = value


class UnionShape(_Node):
    """One of several shapes, tried in order; ``nullable``: JSON ``null`` is allowed too.

    ``Optional[X]`` is a union of one member that is nullable.
    """

    __slots__ = ("members", "nullable")

    def __init__(self, members: Tuple[Shape, ...], nullable: bool) -> None:
        self.members = members
        self.nullable = nullable


class LiteralShape(_Node):
    """One of the given JSON values."""

    __slots__ = ("options",)

    def __init__(self, options: Tuple[Any, ...]) -> None:
        self.options = options


class DelimitedShape(_Node):
    """A list of strings sent as one string, items joined by ``separator``."""

    __slots__ = ("format", "separator")

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.separator = DELIMITERS[fmt]


class ConvertShape(_Node):
    """A field declared with ``type=`` a function: it turns the wire value into the Python
    value; the Python value is written back as JSON data."""

    __slots__ = ("convert",)

    def __init__(self, convert: Any) -> None:
        self.convert = convert


class UnsupportedShape(_Node):
    """An annotation this library cannot carry: reading or writing the field fails."""

    __slots__ = ("annotation", "reason")

    def __init__(self, annotation: Any, reason: str) -> None:
        self.annotation = annotation
        self.reason = reason


Shape = Union[
    AnyShape,
    NullShape,
    ScalarShape,
    EnumShape,
    ModelShape,
    ListShape,
    TupleShape,
    DictShape,
    UnionShape,
    LiteralShape,
    DelimitedShape,
    ConvertShape,
    UnsupportedShape,
]

_UNION_TYPES: Tuple[Any, ...] = (typing.Union,)
if sys.version_info >= (3, 10):
    _UNION_TYPES += (types.UnionType,)
_LISTS = (list, collections.abc.Sequence, collections.abc.MutableSequence)
_DICTS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)


def _origin(tp: Any) -> Any:
    if sys.version_info >= (3, 10) and isinstance(tp, types.UnionType):
        return typing.Union
    return typing.get_origin(tp)


_CONVERTERS = (
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    functools.partial,
)


def is_converter(declared: Any) -> bool:
    """Whether a field's ``type=`` is a function that decodes the wire value (not a type)."""
    return isinstance(declared, _CONVERTERS)


def is_optional(tp: Any) -> bool:
    """Whether an annotation admits ``None`` (``Optional[X]``, ``X | None``)."""
    return _origin(tp) in _UNION_TYPES and type(None) in typing.get_args(tp)


def field_shape(tp: Any, fmt: Optional[str]) -> Shape:
    """The shape of a field's annotation. ``Optional`` is dropped (the model itself reads an
    absent key or JSON ``null`` as ``None``); ``ClassVar`` and ``Annotated`` are unwrapped."""
    if typing.get_origin(tp) is typing.ClassVar:
        tp = typing.get_args(tp)[0]
    shape = shape_of(tp, fmt)
    if isinstance(shape, UnionShape) and shape.nullable:
        if len(shape.members) == 1:
            return shape.members[0]
        return UnionShape(shape.members, False)
    return shape


def shape_of(tp: Any, fmt: Optional[str] = None) -> Shape:
    """The shape of a resolved annotation with a wire format; never raises.

    A type or format the library cannot carry gives an :class:`UnsupportedShape`.
    """
    try:
        return _shape(tp, fmt)
    except _Unsupported as exc:
        return UnsupportedShape(tp, str(exc))


class _Unsupported(Exception):
    pass


def _shape(tp: Any, fmt: Optional[str]) -> Shape:
    if tp is Any or tp is object:
        return AnyShape()
    if tp is None or tp is type(None):
        return NullShape()
    origin = _origin(tp)
    if origin is not None:
        return _generic(tp, origin, typing.get_args(tp), fmt)
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            if fmt is not None:
                raise _Unsupported(f"format {fmt!r} does not apply to enum {tp.__name__}")
            return EnumShape(tp)
        if issubclass(tp, Structured):
            if fmt is not None:
                raise _Unsupported(f"format {fmt!r} does not apply to model {tp.__name__}")
            return ModelShape(tp)
        if tp in SCALAR_TYPES:
            return ScalarShape(tp, fmt)
    raise _Unsupported(f"no codec for type {tp!r} with format {fmt!r}")


def _generic(tp: Any, origin: Any, args: Tuple[Any, ...], fmt: Optional[str]) -> Shape:
    if origin is typing.Union:
        members = [a for a in args if a is not type(None)]
        nullable = len(members) < len(args)
        if str in members and any(_is_enum(a) for a in members):
            members.remove(str)  # an extensible enum already gives str for unknown values
        shapes = tuple(_shape(a, fmt) for a in members)
        if len(shapes) == 1 and not nullable:
            return shapes[0]
        return UnionShape(shapes, nullable)
    if origin is typing.Literal or origin is typing_extensions.Literal:
        return LiteralShape(tuple(args))
    if origin is typing_extensions.Annotated:
        return _shape(args[0], fmt)
    if origin in _LISTS:
        item = args[0] if args else Any
        if fmt in DELIMITERS:
            if item is not str:
                raise _Unsupported("delimited formats apply to list[str] only")
            return DelimitedShape(fmt)
        return ListShape(_shape(item, fmt))
    if origin in (set, frozenset, collections.abc.Set, collections.abc.MutableSet):
        kind = frozenset if origin is frozenset else set
        return ListShape(_shape(args[0] if args else Any, fmt), kind)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return ListShape(_shape(args[0], fmt), tuple)
        return TupleShape(tuple(_shape(a, fmt) for a in args))
    if origin in _DICTS:
        key = args[0] if args else str
        if key is not str:
            raise _Unsupported(f"dict keys must be str, not {key!r}")
        return DictShape(_shape(args[1] if args else Any, fmt))
    raise _Unsupported(f"no codec for type {tp!r}")


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)
