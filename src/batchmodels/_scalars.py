"""Scalar codecs: the decode/encode function pair of each (type, format) that maps one JSON
scalar to one Python value (str, numbers, times, durations, bytes), and their table."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import decimal
import math
import re
from typing import Any, Callable, Dict, Optional, Tuple

import isodate  # type: ignore[import-untyped]

from . import _isotime
from ._errors import InvalidValueError, Location
from ._errors import expected_type as _expected

__all__ = ["Decoder", "Encoder", "SCALARS", "PLAIN_TYPES"]

Decoder = Callable[[Any, Location], Any]
Encoder = Callable[[Any], Any]


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
SCALARS: Dict[Tuple[Any, Optional[str]], Tuple[Decoder, Encoder]] = {
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
PLAIN_TYPES: Dict[Decoder, type] = {_dec_str: str, _dec_int: int, _dec_bool: bool}
