"""Codecs: one small function pair per (type, format), turning wire values into Python values.

A codec's ``decode(raw, loc)`` takes a JSON value and its location and returns the Python
value; ``encode(value)`` does the reverse. Decoders raise errors from ``_errors`` without a
path; the caller that knows the location adds it.
"""

from __future__ import annotations

import base64
import binascii
import collections.abc
import datetime as dt
import decimal
import enum
import math
import re
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, TypeVar

import isodate  # type: ignore[import-untyped]

from . import _isotime
from ._enums import decode_enum_value, enum_lookup, member_or_value
from ._errors import (
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Location,
    json_type_name,
    not_a_container,
)
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
    "to_wire",
    "is_foreign_null",
    "Codec",
    "Format",
    "codec_for",
    "codec_of",
    "failing_codec",
    "copy_json",
    "equal_json",
    "repr_json",
]

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

_T = TypeVar("_T")
Decoder = Callable[[Any, Location], Any]
Encoder = Callable[[Any], Any]


class Codec:
    """How one declared type crosses between wire JSON and Python.

    ``identity``: a valid wire value is itself the Python value (so the two are shared).
    ``live``: the Python value is a mutable object distinct from the wire value; the model
    keeps it and writes it back to the wire before every export.
    ``canonical(value)``: whether an assigned value is what ``decode`` would produce, so the
    model may keep that very object.
    ``adopt(value)``: for codecs of models and of lists and dicts of models, the wire form
    of a canonical value sharing the models' own wire dicts (their pending in-place edits
    are written later, by the model that keeps them), or ``None`` if not canonical.
    """

    __slots__ = (
        "adopt",
        "canonical",
        "decode",
        "encode",
        "identity",
        "item",
        "label",
        "live",
        "lookup",
        "model",
        "needs_loc",
        "plain",
        "shape",
    )

    def __init__(
        self,
        decode: Decoder,
        encode: Encoder,
        *,
        label: str,
        identity: bool = False,
        live: bool = False,
        canonical: Optional[Callable[[Any], bool]] = None,
        needs_loc: bool = False,
        model: Optional[type] = None,
        item: Optional[Codec] = None,
        shape: Optional[str] = None,
    ) -> None:
        self.decode = decode
        self.encode = encode
        self.label = label
        self.identity = identity
        self.live = live
        self.canonical = canonical or _never
        self.adopt: Optional[Callable[[Any], Any]] = None
        self.needs_loc = needs_loc
        # For walking nested models (repr masking, read-only pruning): the model class of a
        # model codec; the element codec and its container shape ("list"/"dict") otherwise.
        self.model = model
        self.item = item
        self.shape = shape
        # For enums: wire value (exact, then lower-cased) -> member, for fast bulk decoding.
        self.lookup: Optional[Dict[str, Any]] = None
        # For str, int and bool: the one JSON type kept as the Python value unchanged.
        self.plain: Optional[type] = None

    def __repr__(self) -> str:
        return f"<Codec {self.label}>"


def _never(value: Any) -> bool:
    return False


def _expected(what: str, raw: Any) -> InvalidTypeError:
    return InvalidTypeError(f"expected {what}, got {json_type_name(raw)}", raw)


# --- scalars -------------------------------------------------------------------------------


def _dec_str(raw: Any, loc: Location) -> str:
    if type(raw) is str:
        return raw
    raise _expected("a string", raw)


def _enc_str(value: Any) -> str:
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise _expected("a string", value)


def _dec_int(raw: Any, loc: Location) -> int:
    if type(raw) is int:
        return raw
    raise _expected("an integer", raw)


def _enc_int(value: Any) -> int:
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise _expected("an integer", value)


def _dec_float(raw: Any, loc: Location) -> float:
    if type(raw) is float:
        if math.isfinite(raw):
            return raw
        raise InvalidValueError("not a finite number", raw)
    if type(raw) is int:
        try:
            return float(raw)
        except OverflowError:
            raise InvalidValueError("number too large", raw) from None
    raise _expected("a number", raw)


def _enc_float(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int beyond the float range
            raise InvalidValueError("number too large", value) from None
        if finite:
            return value
        raise InvalidValueError("not a finite number", value)
    raise _expected("a number", value)


def _dec_bool(raw: Any, loc: Location) -> bool:
    if raw is True or raw is False:
        return raw
    raise _expected("a boolean", raw)


def _enc_bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise _expected("a boolean", value)


def _dec_any(raw: Any, loc: Location) -> Any:
    return raw


def _enc_any(value: Any) -> Any:
    return value


_INT_TEXT = re.compile(r"[+-]?\d+\Z", re.ASCII)


def _dec_int_str(raw: Any, loc: Location) -> int:
    if type(raw) is str:
        if _INT_TEXT.match(raw) and len(raw) <= 4300:
            return int(raw)
        raise InvalidValueError("not an integer string", raw)
    if type(raw) is int:
        return raw
    raise _expected("an integer string", raw)


def _enc_int_str(value: Any) -> str:
    number = _enc_int(value)
    try:
        return str(number)
    except ValueError:  # more digits than str() may convert (Python 3.11+)
        raise InvalidValueError("integer too long to write", value) from None


def _dec_decimal(raw: Any, loc: Location) -> decimal.Decimal:
    if type(raw) in (int, float, str):
        try:
            value = decimal.Decimal(str(raw))
        except (decimal.InvalidOperation, ValueError):  # ValueError: int too long for str()
            raise InvalidValueError("not a decimal number", raw) from None
        if value.is_finite():
            return value
        raise InvalidValueError("not a finite number", raw)
    raise _expected("a number", raw)


def _enc_decimal(value: Any) -> float:
    if isinstance(value, decimal.Decimal) and value.is_finite():
        return _enc_float(float(value))  # type: ignore[no-any-return]  # beyond float: error
    return _enc_float(value)  # type: ignore[no-any-return]


# --- times ---------------------------------------------------------------------------------


_format_rfc3339 = _isotime.format_rfc3339


def _dec_rfc3339(raw: Any, loc: Location) -> dt.datetime:
    if type(raw) is not str:
        raise _expected("an RFC 3339 datetime string", raw)
    try:
        return _isotime.parse_rfc3339(raw)
    except ValueError as exc:
        reason = str(exc)
        if reason != "not an RFC 3339 datetime":  # say why a well-formed text is invalid
            reason = f"not an RFC 3339 datetime ({reason})"
        raise InvalidValueError(reason, raw) from None


def _checked_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    raise _expected("a datetime", value)


def _enc_rfc3339(value: Any) -> str:
    if type(value) is str:  # wire text given for a datetime: checked, then kept as written
        _dec_rfc3339(value, None)
        return value
    if not isinstance(value, dt.datetime):
        raise _expected("a datetime", value)
    try:
        return _format_rfc3339(value)
    except OverflowError:
        raise InvalidValueError("datetime out of range in UTC", value) from None


def _dec_rfc7231(raw: Any, loc: Location) -> dt.datetime:
    if type(raw) is not str:
        raise _expected("an RFC 7231 date string", raw)
    try:
        return _isotime.parse_rfc7231(raw)
    except (ValueError, OverflowError) as exc:
        raise InvalidValueError(f"not an RFC 7231 date ({exc})", raw) from None


def _enc_rfc7231(value: Any) -> str:
    if type(value) is str:
        _dec_rfc7231(value, None)
        return value
    try:
        return _isotime.format_rfc7231(_checked_datetime(value))
    except OverflowError:
        raise InvalidValueError("datetime out of range in UTC", value) from None


def _dec_unix(raw: Any, loc: Location) -> dt.datetime:
    if type(raw) not in (int, float):
        raise _expected("a unix timestamp", raw)
    try:
        return dt.datetime.fromtimestamp(raw, dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise InvalidValueError("unix timestamp out of range", raw) from None


def _enc_unix(value: Any) -> int:
    value = _checked_datetime(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return int(value.timestamp())


def _dec_date(raw: Any, loc: Location) -> dt.date:
    if type(raw) is not str:
        raise _expected("an ISO 8601 date string", raw)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InvalidValueError("not an ISO 8601 date", raw) from None


def _enc_date(value: Any) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise _expected("a date", value)


def _dec_time(raw: Any, loc: Location) -> dt.time:
    if type(raw) is not str:
        raise _expected("an ISO 8601 time string", raw)
    try:
        value = isodate.parse_time(raw)
    except (ValueError, isodate.ISO8601Error, ArithmeticError):
        raise InvalidValueError("not an ISO 8601 time", raw) from None
    if not isinstance(value, dt.time):
        raise InvalidValueError("not an ISO 8601 time", raw)
    return value


def _enc_time(value: Any) -> str:
    if isinstance(value, dt.time):
        return value.isoformat()
    raise _expected("a time", value)


def _dec_duration(raw: Any, loc: Location) -> dt.timedelta:
    if type(raw) is not str:
        raise _expected("an ISO 8601 duration string", raw)
    try:
        return _isotime.parse_duration(raw)
    except ValueError as exc:
        reason = str(exc)
        if reason == "not an ISO 8601 duration":
            raise InvalidValueError(reason, raw) from None
        raise InvalidValueError(f"not an ISO 8601 duration ({reason})", raw) from None


def _enc_duration(value: Any) -> str:
    if type(value) is str:  # wire text given for a timedelta: checked, then kept as written
        _dec_duration(value, None)
        return value
    if isinstance(value, dt.timedelta):
        try:
            return _isotime.service_duration(value)
        except ValueError as exc:  # beyond TimeSpan's range: never written
            raise InvalidValueError(str(exc), value) from None
    raise _expected("a timedelta", value)


# --- bytes ---------------------------------------------------------------------------------


def _dec_base64(raw: Any, loc: Location) -> bytes:
    if type(raw) is not str:
        raise _expected("a base64 string", raw)
    try:
        return base64.b64decode(raw.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise InvalidValueError("not valid base64", raw) from None


def _enc_base64(value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    raise _expected("bytes", value)


_BASE64URL = re.compile(r"[A-Za-z0-9_-]*\Z", re.ASCII)


def _dec_base64url(raw: Any, loc: Location) -> bytes:
    if type(raw) is not str:
        raise _expected("a base64url string", raw)
    text = raw.rstrip("=")
    if not _BASE64URL.match(text) or len(text) % 4 == 1:
        raise InvalidValueError("not valid base64url", raw)
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _enc_base64url(value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        return base64.urlsafe_b64encode(value).decode("ascii").rstrip("=")
    raise _expected("bytes", value)


# The table: (type, format) -> (decode, encode). ``None`` is the type's default format.
_SCALARS: Dict[Tuple[Any, Optional[str]], Tuple[Decoder, Encoder]] = {
    (str, None): (_dec_str, _enc_str),
    (int, None): (_dec_int, _enc_int),
    (int, "str"): (_dec_int_str, _enc_int_str),
    (float, None): (_dec_float, _enc_float),
    (bool, None): (_dec_bool, _enc_bool),
    (decimal.Decimal, None): (_dec_decimal, _enc_decimal),
    (dt.datetime, None): (_dec_rfc3339, _enc_rfc3339),
    (dt.datetime, "rfc3339"): (_dec_rfc3339, _enc_rfc3339),
    (dt.datetime, "rfc7231"): (_dec_rfc7231, _enc_rfc7231),
    (dt.datetime, "unix-timestamp"): (_dec_unix, _enc_unix),
    (dt.date, None): (_dec_date, _enc_date),
    (dt.time, None): (_dec_time, _enc_time),
    (dt.timedelta, None): (_dec_duration, _enc_duration),
    (bytes, None): (_dec_base64, _enc_base64),
    (bytes, "base64"): (_dec_base64, _enc_base64),
    (bytes, "base64url"): (_dec_base64url, _enc_base64url),
}
# Decoders that accept exactly one JSON type and return the value unchanged.
_PLAIN_TYPES: Dict[Decoder, type] = {_dec_str: str, _dec_int: int, _dec_bool: bool}


# --- building codecs from shapes ------------------------------------------------------------


def codec_for(tp: Any, fmt: Optional[str] = None) -> Codec:
    """Build the codec for a resolved type annotation and wire format.

    Raises ``TypeError`` for a type or format this library cannot carry.
    """
    return codec_of(shape_of(tp, fmt))


def codec_of(shape: Shape) -> Codec:
    """Build the codec of a shape; ``TypeError`` for an :class:`UnsupportedShape`."""
    if isinstance(shape, AnyShape):
        return Codec(_dec_any, _enc_any, label="Any", identity=True)
    if isinstance(shape, NullShape):
        return Codec(_dec_none, _enc_none, label="None", identity=True)
    if isinstance(shape, ScalarShape):
        pair = _SCALARS.get((shape.type, shape.format))
        if pair is None:
            raise TypeError(f"no codec for type {shape.type!r} with format {shape.format!r}")
        decode, encode = pair
        plain = _PLAIN_TYPES.get(decode)
        codec = Codec(
            decode, encode, label=_label(shape.type, shape.format), identity=plain is not None
        )
        codec.plain = plain
        return codec
    if isinstance(shape, EnumShape):
        return _enum_codec(shape.cls)
    if isinstance(shape, ModelShape):
        return shape.cls._make_codec()  # type: ignore[attr-defined,no-any-return]
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


def _dec_none(raw: Any, loc: Location) -> None:
    if raw is None:
        return None
    raise _expected("null", raw)


def _enc_none(value: Any) -> None:
    if value is None:
        return None
    raise _expected("None", value)


def _enum_codec(enum_cls: type[enum.Enum]) -> Codec:
    values = {m.value for m in enum_cls}
    kind = "a string" if all(isinstance(v, str) for v in values) else "an enum value"

    table = enum_lookup(enum_cls)

    def decode(raw: Any, loc: Location) -> Any:
        if type(raw) is str:
            return member_or_value(table, raw)
        if type(raw) in (int, float) and raw in values:
            return enum_cls(raw)
        raise _expected(kind, raw)

    def encode(value: Any) -> Any:
        if isinstance(value, enum_cls):
            return value.value
        if type(value) is str:
            member = decode_enum_value(enum_cls, value)
            return member.value if isinstance(member, enum.Enum) else value
        if isinstance(value, enum.Enum) and isinstance(value.value, str):
            raise InvalidValueError(f"not a member of {enum_cls.__name__}", value)
        raise _expected(kind, value)

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
        shape="list",
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
        shape="list",
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
            for k, v in raw.items():
                try:
                    vdecode(v, None)
                except BatchModelError as exc:
                    raise _located(exc, loc, k) from None
            return raw

        def encode(value: Any) -> Any:
            if type(value) is not dict:
                raise not_a_container("a dict", value)
            check_keys(value)
            for k, v in value.items():
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
        for k, v in raw.items():
            try:
                out[k] = vdecode(v, (loc, k))
            except BatchModelError as exc:
                raise _located(exc, loc, k) from None
        return out

    def encode_live(value: Any) -> Dict[str, Any]:
        if not isinstance(value, dict):
            raise not_a_container("a dict", value)
        check_keys(value)
        return {k: vencode(v) for k, v in value.items()}

    def canonical(value: Any) -> bool:
        return type(value) is dict and all(value_codec.canonical(v) for v in value.values())

    codec = Codec(
        decode_live,
        encode_live,
        label=label,
        live=True,
        canonical=canonical,
        needs_loc=True,
        item=value_codec,
        shape="dict",
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


def _delimited_codec(sep: str) -> Codec:
    def decode(raw: Any, loc: Location) -> List[str]:
        if type(raw) is not str:
            raise _expected("a delimited string", raw)
        return raw.split(sep) if raw else []

    def encode(value: Any) -> str:
        if not isinstance(value, (list, tuple)):
            raise not_a_container("a list", value)
        parts = [_enc_str(v) for v in value]
        for part in parts:
            if sep in part:
                raise InvalidValueError(f"item contains the delimiter {sep!r}", part)
        return sep.join(parts)

    return Codec(decode, encode, label=f"list[str] ({sep!r}-delimited)", live=True)


# --- copying JSON --------------------------------------------------------------------------


def copy_json(value: _T) -> _T:
    """Copy nested dicts and lists (a structural deep copy of JSON data).

    Python values inside become their wire form (see :func:`to_wire`). Raises a located
    :class:`InvalidTypeError` for a key that is not a string or a value that is not JSON,
    and :class:`InvalidValueError` for a container that contains itself. Deep nesting that
    exhausts the interpreter stack is copied without recursion.
    """
    try:
        return _copy(value)  # type: ignore[no-any-return]
    except (RecursionError, BatchModelError):
        pass  # nested too deeply, a cycle, or bad data: the walk below copies or locates it
    return _copy_iterative(value)  # type: ignore[no-any-return]


def _copy(value: Any) -> Any:
    t = type(value)
    if t is dict:
        return {
            k if type(k) is str else _key(k): v if type(v) in _PLAIN else _copy(v)
            for k, v in value.items()
        }
    if t is list:
        return [v if type(v) in _PLAIN else _copy(v) for v in value]
    if t in _PLAIN:
        return value
    return _copy(to_wire(value))


def _key(key: Any) -> str:
    if isinstance(key, str):
        return str.__str__(key)  # a str subclass (numpy.str_...) becomes a plain str
    raise InvalidTypeError(f"object keys must be strings, not {type(key).__name__}", key)


_CONTAINERS = frozenset((dict, list))
_PLAIN = frozenset((str, int, float, bool, type(None)))


_FOREIGN_NULL = ("azure.core.serialization", "_Null")


def is_foreign_null(value: Any) -> bool:
    """Whether ``value`` is azure-core's ``NULL`` (found by its class, without importing
    azure-core), which means JSON ``null`` as this library's ``NULL`` does."""
    t = type(value)
    return t.__name__ == "_Null" and (t.__module__, t.__name__) == _FOREIGN_NULL


def to_wire(value: Any) -> Any:
    """Turn a non-JSON Python value found inside caller data into its wire form.

    Models give their wire dict, ``NULL`` (batchmodels' or azure-core's) ``None``, mappings
    become dicts, tuples lists, enums their value, subclasses of str, int and float plain
    values, datetimes RFC 3339 and timedeltas ISO 8601 durations; anything else is a type
    error (naming the type, never showing the value, which may be a secret).
    """
    wire = getattr(value, "__batchmodels_wire__", None)
    if wire is not None:
        return wire()  # a model's wire dict; None for ``NULL``
    if is_foreign_null(value):
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, collections.abc.Mapping):
        return {k if type(k) is str else _key(k): v for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return list(value)
    if isinstance(value, dt.datetime):
        return _enc_rfc3339(value)
    if isinstance(value, dt.timedelta):
        return _enc_duration(value)
    raise InvalidTypeError(f"not JSON data: {type(value).__name__}")


_LEAVE: Any = object()  # a stack entry that closes a container in _copy_iterative


def _copy_iterative(value: Any) -> Any:
    """:func:`_copy` without recursion; it also finds where bad data is, and cycles."""
    source_id = id(value)
    if type(value) not in _CONTAINERS:
        value = to_wire(value)
        if type(value) not in _CONTAINERS:
            return value
    root: Any = {} if type(value) is dict else []
    open_ids: set[int] = set()  # the containers (as the caller gave them) being copied
    stack: List[Tuple[Any, Any, Location, int]] = [(value, root, None, source_id)]
    while stack:
        source, target, loc, source_id = stack.pop()
        if target is _LEAVE:
            open_ids.discard(source_id)
            continue
        if source_id in open_ids:
            raise InvalidValueError("a container that contains itself").at(loc)
        open_ids.add(source_id)
        stack.append((None, _LEAVE, None, source_id))
        items = source.items() if type(source) is dict else enumerate(source)
        for key, item in items:
            item_id = id(item)
            if type(target) is dict and type(key) is not str:
                try:
                    key = _key(key)
                except BatchModelError as exc:
                    raise exc.at(loc) from None  # a key is no step of a JSON path
            if type(item) not in _PLAIN and type(item) not in _CONTAINERS:
                try:
                    item = to_wire(item)
                except BatchModelError as exc:
                    raise exc.at((loc, key)) from None
            if type(item) in _CONTAINERS:
                child: Any = {} if type(item) is dict else []
                stack.append((item, child, (loc, key), item_id))
                item = child
            if isinstance(target, list):
                target.append(item)
            else:
                target[key] = item
    return root


def equal_json(a: Any, b: Any, *, exact: bool = False) -> bool:
    """Equality of JSON data: like ``==``, except that ``true`` is not ``1`` (JSON types
    differ), and with ``exact=True`` neither is ``1`` equal to ``1.0``; walks without
    recursion, so any depth works."""
    try:
        if a != b:
            return False
    except RecursionError:
        pass
    pairs: List[Tuple[Any, Any]] = [(a, b)]
    while pairs:
        x, y = pairs.pop()
        if x is y:
            continue
        tx, ty = type(x), type(y)
        if tx is dict and ty is dict:
            if x.keys() != y.keys():
                return False
            pairs.extend((v, y[k]) for k, v in x.items())
        elif tx is list and ty is list:
            if len(x) != len(y):
                return False
            pairs.extend(zip(x, y))
        elif (
            tx is bool
            or ty is bool
            or tx in _CONTAINERS
            or ty in _CONTAINERS
            or x != y
            or (exact and tx is not ty)
        ):
            return False
    return True


def repr_json(value: Any) -> str:
    """``repr`` of JSON data that needs no recursion and shows ints too long for ``str()``."""
    parts: List[str] = []
    # Each open container: (its remaining items, closing bracket, shows keys, first item).
    stack: List[List[Any]] = [[iter([(None, value)]), "", False, True]]
    while stack:
        top = stack[-1]
        entry = next(top[0], None)
        if entry is None:
            parts.append(stack.pop()[1])
            continue
        key, item = entry
        if not top[3]:
            parts.append(", ")
        top[3] = False
        if top[2]:
            parts.append(f"{_repr_scalar(key)}: ")
        if type(item) is dict:
            parts.append("{")
            stack.append([iter(item.items()), "}", True, True])
        elif type(item) is list:
            parts.append("[")
            stack.append([iter([(None, x) for x in item]), "]", False, True])
        else:
            parts.append(_repr_scalar(item))
    return "".join(parts)


def _repr_scalar(value: Any) -> str:
    try:
        return repr(value)
    except ValueError:  # an int with more digits than str() may convert
        return f"<int of {value.bit_length()} bits>"
