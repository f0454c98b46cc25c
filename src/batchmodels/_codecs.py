"""Codecs: one small function pair per (type, format), turning wire values into Python values.

A codec's ``decode(raw, loc)`` takes a JSON value and its location and returns the Python
value; ``encode(value)`` does the reverse. Decoders raise errors from ``_errors`` without a
path; the caller that knows the location adds it.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Dict, List, Optional, Tuple

from ._codecbase import Codec
from ._enums import decode_enum_value, enum_lookup, member_or_value
from ._errors import (
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Location,
    expected_type,
    not_a_container,
)
from ._jsonvalue import copy_json
from ._scalars import PLAIN_TYPES, SCALARS
from ._shapes import (
    AnyShape,
    ConvertShape,
    DelimitedShape,
    DictShape,
    EnumShape,
    ListShape,
    LiteralShape,
    ModelShape,
    NullShape,
    ScalarShape,
    Shape,
    TupleShape,
    UnionShape,
    shape_of,
)

__all__ = [
    "Codec",
    "codec_for",
    "codec_of",
    "failing_codec",
    "use_model_codec",
]


# --- building codecs from shapes ------------------------------------------------------------


def codec_for(tp: Any, fmt: Optional[str] = None) -> Codec:
    """Build the codec for a resolved type annotation and wire format.

    Raises ``TypeError`` for a type or format this library cannot carry.
    """
    return codec_of(shape_of(tp, fmt))


def codec_of(shape: Shape) -> Codec:
    """The codec of a shape; ``TypeError`` for an :class:`UnsupportedShape`.

    Codecs never change once built: one shape has one codec, shared by every field of that
    shape. Shapes that hold models are not kept here (a model class keeps its own codec), so
    this cache keeps no model class alive.
    """
    try:
        codec = _MEMO.get(shape)
    except TypeError:  # an unhashable part (a converter object, say): built each time
        return _build(shape)
    if codec is None:
        codec = _build(shape)
        if not _holds_model(shape):
            codec = _MEMO.setdefault(shape, codec)
    return codec


_MEMO: Dict[Shape, Codec] = {}


def _holds_model(shape: Shape) -> bool:
    if isinstance(shape, ModelShape):
        return True
    if isinstance(shape, ListShape):
        return _holds_model(shape.item)
    if isinstance(shape, DictShape):
        return _holds_model(shape.value)
    if isinstance(shape, UnionShape):
        return any(_holds_model(m) for m in shape.members)
    if isinstance(shape, TupleShape):
        return any(_holds_model(s) for s in shape.items)
    return False


def _build(shape: Shape) -> Codec:
    if isinstance(shape, AnyShape):
        return Codec(_dec_any, _enc_any, label="Any", identity=True)
    if isinstance(shape, NullShape):
        return Codec(_dec_none, _enc_none, label="None", identity=True)
    if isinstance(shape, ScalarShape):
        pair = SCALARS.get((shape.type, shape.format))
        if pair is None:
            raise TypeError(f"no codec for type {shape.type!r} with format {shape.format!r}")
        decode, encode = pair
        plain = PLAIN_TYPES.get(decode)
        codec = Codec(
            decode, encode, label=_label(shape.type, shape.format), identity=plain is not None
        )
        codec.plain = plain
        return codec
    if isinstance(shape, EnumShape):
        return _enum_codec(shape.cls)
    if isinstance(shape, ModelShape):
        if _model_codec is None:
            raise TypeError(f"no codec for model class {shape.cls!r} (no model layer loaded)")
        return _model_codec(shape.cls)
    if isinstance(shape, ListShape):
        item = codec_of(shape.item)
        if shape.kind is list:
            return _list_codec(item)
        if shape.kind is tuple:
            return _tuple_codec(item)
        return _set_codec(item, shape.kind)
    if isinstance(shape, TupleShape):
        return _fixed_tuple_codec([codec_of(s) for s in shape.items])
    if isinstance(shape, DictShape):
        return _dict_codec(codec_of(shape.value))
    if isinstance(shape, UnionShape):
        return _union_codec([codec_of(m) for m in shape.members], shape.nullable)
    if isinstance(shape, LiteralShape):
        return _literal_codec(shape.options)
    if isinstance(shape, DelimitedShape):
        return _delimited_codec(shape.separator)
    if isinstance(shape, ConvertShape):
        return _convert_codec(shape.convert)
    raise TypeError(shape.reason)


# How to build the codec of a model class: set once by the model layer, which sits above.
_model_codec: Optional[Callable[[type], Codec]] = None


def use_model_codec(build: Callable[[type], Codec]) -> None:
    """Make ``codec_of`` build the codec of a :class:`ModelShape` with ``build(cls)``."""
    global _model_codec
    _model_codec = build


def failing_codec(message: str) -> Codec:
    """The codec of a field whose type cannot be carried: every read and write raises
    ``TypeError(message)``, while the other fields of the class work."""

    def fail(*args: Any) -> Any:
        raise TypeError(message)

    return Codec(fail, fail, label="unsupported")


def _convert_codec(convert: Callable[[Any], Any]) -> Codec:
    def decode(raw: Any, loc: Location) -> Any:
        try:
            return convert(raw)
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise InvalidValueError(f"cannot convert ({exc})", raw) from None

    def encode(value: Any) -> Any:
        return copy_json(value)

    return Codec(decode, encode, label=getattr(convert, "__name__", "converter"))


def _label(tp: Any, fmt: Optional[str]) -> str:
    name = getattr(tp, "__name__", repr(tp))
    return f"{name}:{fmt}" if fmt else name


def _dec_any(raw: Any, loc: Location) -> Any:
    return raw


def _enc_any(value: Any) -> Any:
    return value


def _dec_none(raw: Any, loc: Location) -> None:
    if raw is None:
        return None
    raise expected_type("null", raw)


def _enc_none(value: Any) -> None:
    if value is None:
        return None
    raise expected_type("None", value)


def _enum_codec(enum_cls: type[enum.Enum]) -> Codec:
    values = {m.value for m in enum_cls}
    kind = "a string" if all(isinstance(v, str) for v in values) else "an enum value"

    table = enum_lookup(enum_cls)

    def decode(raw: Any, loc: Location) -> Any:
        if type(raw) is str:
            return member_or_value(table, raw)
        if type(raw) in (int, float) and raw in values:
            return enum_cls(raw)
        raise expected_type(kind, raw)

    def encode(value: Any) -> Any:
        if isinstance(value, enum_cls):
            return value.value
        if type(value) is str:
            member = decode_enum_value(enum_cls, value)
            return member.value if isinstance(member, enum.Enum) else value
        if isinstance(value, enum.Enum) and isinstance(value.value, str):
            raise InvalidValueError(f"not a member of {enum_cls.__name__}", value)
        raise expected_type(kind, value)

    codec = Codec(decode, encode, label=enum_cls.__name__)
    codec.lookup = table
    return codec


def _union_codec(codecs: List[Codec], nullable: bool) -> Codec:
    if len(codecs) == 1 and not nullable:
        return codecs[0]
    label = " | ".join(c.label for c in codecs) + (" | None" if nullable else "")

    def decode(raw: Any, loc: Location) -> Any:
        if raw is None and nullable:
            return None
        first: Optional[BatchModelError] = None
        for codec in codecs:
            try:
                return codec.decode(raw, loc)
            except BatchModelError as exc:
                first = first or exc
        raise InvalidTypeError(f"expected {label}", raw) if len(codecs) > 1 else first  # type: ignore[misc]

    def encode(value: Any) -> Any:
        if value is None and nullable:
            return None
        for codec in codecs:
            try:
                return codec.encode(value)
            except BatchModelError:
                continue
        raise InvalidTypeError(f"expected {label}", value)

    only = codecs[0]
    return (
        Codec(
            decode,
            encode,
            label=label,
            identity=all(c.identity for c in codecs),
            live=any(c.live for c in codecs),
            canonical=lambda v: any(c.canonical(v) for c in codecs),
            needs_loc=any(c.needs_loc for c in codecs),
        )
        if len(codecs) > 1 or nullable
        else only
    )


def _literal_codec(options: Tuple[Any, ...]) -> Codec:
    allowed = [(type(o), o) for o in options]

    def check(value: Any) -> Any:
        if (type(value), value) in allowed:
            return value
        if isinstance(value, enum.Enum) and (type(value.value), value.value) in allowed:
            return value.value
        raise InvalidValueError(f"expected one of {list(options)!r}", value)

    return Codec(
        lambda raw, loc: check(raw), check, label=f"Literal{list(options)!r}", identity=True
    )


def _located(exc: BatchModelError, loc: Location, key: Any) -> BatchModelError:
    return exc if exc.located else exc.at((loc, key))


def _list_codec(item: Codec) -> Codec:
    item_decode, item_encode = item.decode, item.encode
    label = f"list[{item.label}]"

    if item.identity:

        def decode(raw: Any, loc: Location) -> Any:
            if type(raw) is not list:
                raise not_a_container("an array", raw)
            for i, x in enumerate(raw):
                try:
                    item_decode(x, None)
                except BatchModelError as exc:
                    raise _located(exc, loc, i) from None
            return raw

        def encode(value: Any) -> Any:
            if type(value) is not list:
                if isinstance(value, (list, tuple)):
                    value = list(value)
                else:
                    raise not_a_container("a list", value)
            for i, x in enumerate(value):
                try:
                    item_encode(x)
                except BatchModelError as exc:
                    raise exc.at((None, i)) from None
            return value

        # needs_loc: errors in items are located below the field (``$.field[3]``).
        return Codec(decode, encode, label=label, identity=True, needs_loc=True)

    def decode_live(raw: Any, loc: Location) -> List[Any]:
        if type(raw) is not list:
            raise not_a_container("an array", raw)
        try:
            if item.needs_loc:
                return [item_decode(x, (loc, i)) for i, x in enumerate(raw)]
            return [item_decode(x, None) for x in raw]
        except BatchModelError:
            pass  # the comprehension keeps no index: find the bad item below
        out = []
        for i, x in enumerate(raw):
            try:
                out.append(item_decode(x, (loc, i) if item.needs_loc else None))
            except BatchModelError as exc:
                raise _located(exc, loc, i) from None
        return out

    def encode_live(value: Any) -> List[Any]:
        if not isinstance(value, (list, tuple)):
            raise not_a_container("a list", value)
        try:
            return [item_encode(x) for x in value]
        except BatchModelError:
            pass  # the comprehension keeps no index: find the bad item below
        out = []
        for i, x in enumerate(value):
            try:
                out.append(item_encode(x))
            except BatchModelError as exc:
                raise exc.at((None, i)) from None
        return out

    def canonical(value: Any) -> bool:
        return type(value) is list and all(item.canonical(x) for x in value)

    codec = Codec(
        decode_live,
        encode_live,
        label=label,
        live=True,
        canonical=canonical,
        needs_loc=True,
        item=item,
        container=list,
    )
    item_adopt = item.adopt
    if item_adopt is not None:

        def adopt(value: Any) -> Any:
            if type(value) is not list:
                return None
            out = []
            for x in value:
                wire = item_adopt(x)
                if wire is None:
                    return None
                out.append(wire)
            return out

        codec.adopt = adopt
    return codec


def _set_codec(item: Codec, kind: Any) -> Codec:
    list_codec = _list_codec(item)

    def decode(raw: Any, loc: Location) -> Any:
        values = list_codec.decode(raw, loc)
        try:
            return kind(values)
        except TypeError:
            raise InvalidValueError("array items cannot form a set", raw) from None

    def encode(value: Any) -> Any:
        if not isinstance(value, (set, frozenset)):
            raise not_a_container("a set", value)
        return list_codec.encode(list(value))

    return Codec(
        decode, encode, label=f"{kind.__name__}[{item.label}]", live=kind is set, needs_loc=True
    )


def _tuple_codec(item: Codec) -> Codec:
    list_codec = _list_codec(item)

    def decode(raw: Any, loc: Location) -> Any:
        return tuple(list_codec.decode(raw, loc))

    def encode(value: Any) -> Any:
        if not isinstance(value, tuple):
            raise not_a_container("a tuple", value)
        return list(list_codec.encode(list(value)))

    return Codec(
        decode,
        encode,
        label=f"tuple[{item.label}, ...]",
        live=item.live,  # models inside may be changed in place
        needs_loc=True,
        item=item,
        container=list,
    )


def _fixed_tuple_codec(items: List[Codec]) -> Codec:
    def decode_fixed(raw: Any, loc: Location) -> Any:
        if type(raw) is not list:
            raise not_a_container("an array", raw)
        if len(raw) != len(items):
            raise InvalidValueError(f"expected an array of {len(items)} items", raw)
        out = []
        for i, (codec, x) in enumerate(zip(items, raw)):
            try:
                out.append(codec.decode(x, (loc, i)))
            except BatchModelError as exc:
                raise _located(exc, loc, i) from None
        return tuple(out)

    def encode_fixed(value: Any) -> Any:
        if not isinstance(value, tuple) or len(value) != len(items):
            raise not_a_container(f"a tuple of {len(items)} items", value)
        return [codec.encode(x) for codec, x in zip(items, value)]

    return Codec(
        decode_fixed,
        encode_fixed,
        label="tuple",
        live=any(c.live for c in items),
        needs_loc=True,
    )


def _dict_codec(value_codec: Codec) -> Codec:
    vdecode, vencode = value_codec.decode, value_codec.encode
    label = f"dict[str, {value_codec.label}]"

    def check_keys(raw: Any) -> None:
        for k in raw:
            if type(k) is not str:
                raise InvalidTypeError("object keys must be strings", k)

    if value_codec.identity:

        def decode(raw: Any, loc: Location) -> Any:
            if type(raw) is not dict:
                raise not_a_container("an object", raw)
            for k, v in dict(raw).items():  # a snapshot: another thread may add keys
                try:
                    vdecode(v, None)
                except BatchModelError as exc:
                    raise _located(exc, loc, k) from None
            return raw

        def encode(value: Any) -> Any:
            if type(value) is not dict:
                raise not_a_container("a dict", value)
            check_keys(value)
            for k, v in dict(value).items():
                try:
                    vencode(v)
                except BatchModelError as exc:
                    raise exc.at((None, k)) from None
            return value

        # needs_loc: errors in items are located below the field (``$.field[3]``).
        return Codec(decode, encode, label=label, identity=True, needs_loc=True)

    def decode_live(raw: Any, loc: Location) -> Dict[str, Any]:
        if type(raw) is not dict:
            raise not_a_container("an object", raw)
        out = {}
        for k, v in dict(raw).items():  # a snapshot: another thread may add keys
            try:
                out[k] = vdecode(v, (loc, k))
            except BatchModelError as exc:
                raise _located(exc, loc, k) from None
        return out

    def encode_live(value: Any) -> Dict[str, Any]:
        if not isinstance(value, dict):
            raise not_a_container("a dict", value)
        check_keys(value)
        return {k: vencode(v) for k, v in dict(value).items()}

    def canonical(value: Any) -> bool:
        values = list(value.values())
        return type(value) is dict and all(value_codec.canonical(v) for v in values)

    codec = Codec(
        decode_live,
        encode_live,
        label=label,
        live=True,
        canonical=canonical,
        needs_loc=True,
        item=value_codec,
        container=dict,
    )
    value_adopt = value_codec.adopt
    if value_adopt is not None:

        def adopt(value: Any) -> Any:
            if type(value) is not dict:
                return None
            out = {}
            for k, v in value.items():
                wire = value_adopt(v)
                if wire is None or type(k) is not str:
                    return None
                out[k] = wire
            return out

        codec.adopt = adopt
    return codec


_ENCODE_STR = SCALARS[(str, None)][1]


def _delimited_codec(sep: str) -> Codec:
    def decode(raw: Any, loc: Location) -> List[str]:
        if type(raw) is not str:
            raise expected_type("a delimited string", raw)
        return raw.split(sep) if raw else []

    def encode(value: Any) -> str:
        if not isinstance(value, (list, tuple)):
            raise not_a_container("a list", value)
        parts = [_ENCODE_STR(v) for v in value]
        for part in parts:
            if sep in part:
                raise InvalidValueError(f"item contains the delimiter {sep!r}", part)
        return sep.join(parts)

    return Codec(decode, encode, label=f"list[str] ({sep!r}-delimited)", live=True)
