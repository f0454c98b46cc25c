"""Text forms of times: RFC 3339 and RFC 7231 datetimes, ISO 8601 durations."""

from __future__ import annotations

import datetime as dt
import fractions
import re
import sys
from typing import Any, Dict

__all__ = [
    "parse_rfc3339",
    "parse_rfc3339_strict",
    "format_rfc3339",
    "parse_rfc7231",
    "format_rfc7231",
    "parse_duration",
    "format_duration",
]

_UTC = dt.timezone.utc

_RFC3339 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))\Z",
    re.ASCII,
)


_fromisoformat = dt.datetime.fromisoformat
_isoformat = dt.datetime.isoformat
# Python 3.11+ parses "Z" and any number of fractional digits in C; older versions cannot.
_FAST = sys.version_info >= (3, 11)
_SECOND_END = frozenset(".Z")  # what follows the seconds in the fast path's form


def parse_rfc3339(text: str) -> dt.datetime:
    """Parse an RFC 3339 timestamp; fractions beyond microseconds are truncated.

    Raises ``ValueError`` for text that is not RFC 3339 or names no real instant
    (year 0, hour 24, second 60, offsets of 24 hours or more).
    """
    if (
        _FAST
        and text[-1:] == "Z"
        and len(text) != 21
        and text[19:20] in _SECOND_END
        and text[4] == text[7] == "-"
        and text[10] == "T"
        and text[13] == text[16] == ":"
        and text[11:13] != "24"  # left to the checks below on every version
    ):
        # The service's usual form, parsed in C without the regex. With the separators in
        # place, ``fromisoformat`` takes only ASCII digits in the other places, as RFC 3339.
        try:
            return _fromisoformat(text)
        except ValueError:
            pass  # the regex path below says why
    return parse_rfc3339_strict(text)


def parse_rfc3339_strict(text: str) -> dt.datetime:
    """``parse_rfc3339`` through the regex alone (the reference its fast path must match)."""
    m = _RFC3339.match(text)
    if m is None:
        raise ValueError("not an RFC 3339 datetime")
    year, month, day, hour, minute, second, frac, zulu, sign, off_h, off_m = m.groups()
    micro = int(frac[:6].ljust(6, "0")) if frac else 0
    if zulu:
        tz = _UTC
    else:
        hours, minutes = int(off_h), int(off_m)
        if hours > 23 or minutes > 59:
            raise ValueError("UTC offset out of range")
        delta = dt.timedelta(hours=hours, minutes=minutes)
        tz = dt.timezone(-delta if sign == "-" else delta) if delta else _UTC
    return dt.datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz
    )


def format_rfc3339(value: dt.datetime) -> str:
    """Write a datetime as RFC 3339 in UTC with ``Z``; a naive datetime is taken as UTC.

    Fractions are written with trailing zeros dropped, and left out when zero. An instant
    whose UTC date is beyond year 1 to 9999 (``9999-12-31T23:59:59-01:00``) keeps its own
    offset.
    """
    if value.tzinfo is _UTC and type(value) is dt.datetime:  # the usual value, in one step
        text = _isoformat(value)[:-6]  # without "+00:00"
        return (text.rstrip("0") if value.microsecond else text) + "Z"
    suffix = "Z"
    offset = value.utcoffset()
    if offset:
        try:
            value = value.astimezone(_UTC)
        except OverflowError:
            suffix = _offset_text(offset)
    # The base class's isoformat (a subclass may override it) pads the year to four digits
    # and starts with "YYYY-MM-DDTHH:MM:SS[.ffffff]"; it is several times faster than strftime.
    text = _isoformat(value)
    if value.microsecond:
        return text[:26].rstrip("0") + suffix
    return text[:19] + suffix


def _offset_text(offset: dt.timedelta) -> str:
    """``+01:00`` for a UTC offset in whole minutes (RFC 3339 has no seconds in offsets)."""
    minutes, rest = divmod(int(offset.total_seconds()), 60)
    if rest or offset.microseconds:
        raise OverflowError("offset has seconds")
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


# RFC 1123 dates (RFC 7231's HTTP-date) are parsed and written here: ``email.utils`` would
# import ``socket`` and ``urllib``, a fifth of the package's import time.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RFC7231 = re.compile(
    rf"(?:{'|'.join(_DAYS)}), (\d\d) ({'|'.join(_MONTHS)})"
    r" (\d{4}) (\d\d):(\d\d):(\d\d) GMT\Z",
    re.ASCII,
)


def parse_rfc7231(text: str) -> dt.datetime:
    """Parse an HTTP date (``Fri, 17 Feb 2017 00:00:00 GMT``) to an aware UTC datetime.

    The four-digit year is taken as written (``0050`` is the year 50, not 2050).
    """
    m = _RFC7231.match(text)
    if m is None:
        raise ValueError("not an RFC 7231 date")
    day, month, year, hour, minute, second = m.groups()
    return dt.datetime(
        int(year), _MONTHS.index(month) + 1, int(day), int(hour), int(minute), int(second), 0, _UTC
    )


def format_rfc7231(value: dt.datetime) -> str:
    """Write an HTTP date; a naive datetime is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    value = value.astimezone(_UTC)
    return (
        f"{_DAYS[value.weekday()]}, {value.day:02d} {_MONTHS[value.month - 1]} {value.year:04d}"
        f" {value.hour:02d}:{value.minute:02d}:{value.second:02d} GMT"
    )


# Batch durations use days, hours, minutes and seconds; weeks are accepted as 7 days.
# Years and months have no fixed length, so they cannot become a timedelta.
_DURATION = re.compile(
    r"([+-])?P(?!\Z)(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+)(?:\.(\d+))?S)?)?\Z",
    re.ASCII,
)
_YEARS_OR_MONTHS = re.compile(r"[+-]?P(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?", re.ASCII)

_MAX_DURATION_CHARS = 100  # "P10675199DT2H48M5.4775807S", the longest usual value, has 26

_MICROS_PER = {"W": 604_800_000_000, "D": 86_400_000_000, "H": 3_600_000_000, "M": 60_000_000}


def _micros(number: str | None, unit: str) -> int:
    if not number:
        return 0
    whole, _, frac = number.partition(".")
    scale = _MICROS_PER[unit]
    total = int(whole) * scale
    if frac:
        total += _round_half_even(int(frac) * scale, 10 ** len(frac))
    return total


def _round_half_even(numerator: int, denominator: int) -> int:
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


_DURATION_CACHE: dict[str, dt.timedelta] = {}
_DURATION_CACHE_SIZE = 512


def _remember(cache: Dict[Any, Any], key: Any, value: Any) -> Any:
    """Store ``value`` under ``key`` in a duration cache (emptied when full); return it."""
    if len(cache) >= _DURATION_CACHE_SIZE:
        cache.clear()
    cache[key] = value
    return value


def parse_duration(text: str) -> dt.timedelta:
    """Parse an ISO 8601 duration; see :func:`_parse_duration`. Repeated texts are cached."""
    value = _DURATION_CACHE.get(text)
    if value is None:
        value = _remember(_DURATION_CACHE, text, _parse_duration(text))
    return value


def _parse_duration(text: str) -> dt.timedelta:
    """Parse an ISO 8601 duration (``P1DT2H3M4.5S``, ``-PT5M``, ``P2W``) to a timedelta.

    Sub-microsecond digits are rounded half to even. Raises ``ValueError`` for
    malformed text, for years or months, for values beyond ``timedelta``'s range and
    for text longer than 100 characters.
    """
    if len(text) > _MAX_DURATION_CHARS:
        raise ValueError("too long")  # also keeps int() away from megabytes of digits
    m = _DURATION.match(text)
    if m is None:
        y = _YEARS_OR_MONTHS.match(text)
        if y is not None and y.end() > text.index("P") + 1:
            raise ValueError("years and months have no fixed length")
        raise ValueError("not an ISO 8601 duration")
    sign, weeks, days, hours, minutes, seconds, frac = m.groups()
    total = _micros(weeks, "W") + _micros(days, "D") + _micros(hours, "H") + _micros(minutes, "M")
    if seconds:
        total += int(seconds) * 1_000_000
    if frac:
        total += _round_half_even(int(frac) * 1_000_000, 10 ** len(frac))
    try:  # the sign goes in first: timedelta's range is not symmetric around zero
        return dt.timedelta(microseconds=-total if sign == "-" else total)
    except OverflowError:
        raise ValueError("duration out of range") from None


_DURATION_TEXT_CACHE: dict[dt.timedelta, str] = {}


def format_duration(value: dt.timedelta) -> str:
    """Write a timedelta as an ISO 8601 duration (``P1DT2H``, ``PT0.5S``, ``-PT1M``, ``PT0S``).

    Repeated values (of type ``timedelta`` itself, not a subclass) are cached.
    """
    if type(value) is not dt.timedelta:
        return _format_duration(value)
    text = _DURATION_TEXT_CACHE.get(value)
    if text is None:
        text = _remember(_DURATION_TEXT_CACHE, value, _format_duration(value))
    return text


# .NET's TimeSpan.MaxValue / MinValue (the service's "unlimited"), in 100 ns ticks, and as text.
_MAX_TICKS = 2**63 - 1
MAX_DURATION_TEXT = "P10675199DT2H48M5.4775807S"
_MIN_DURATION_TEXT = "-P10675199DT2H48M5.4775808S"
# What those texts decode to (rounded to microseconds), written back as the texts themselves.
_MAX_MICROS = 922_337_203_685_477_581


def duration_above_max(text: str) -> bool:
    """Whether a duration text (already known to parse) is beyond TimeSpan's range."""
    m = _DURATION.match(text)
    if m is None:
        return False
    sign, weeks, days, hours, minutes, seconds, frac = m.groups()
    total = fractions.Fraction(0)
    for number, unit_seconds in ((weeks, 604_800), (days, 86_400), (hours, 3_600), (minutes, 60)):
        if number:
            total += fractions.Fraction(number) * unit_seconds
    if seconds:
        total += int(seconds)
    if frac:
        total += fractions.Fraction(int(frac), 10 ** len(frac))
    ticks = total * 10_000_000
    return ticks > _MAX_TICKS + (1 if sign == "-" else 0)


_LONGEST = dt.timedelta(microseconds=_MAX_MICROS)


def service_duration(value: dt.timedelta) -> str:
    """:func:`format_duration` within TimeSpan's range: the value the longest text decodes
    to is written as that text; a longer one raises ``ValueError``."""
    if -_LONGEST < value < _LONGEST:
        return format_duration(value)
    if value == _LONGEST:
        return MAX_DURATION_TEXT
    if value == -_LONGEST:
        return _MIN_DURATION_TEXT
    raise ValueError(f"longer than the longest duration, {MAX_DURATION_TEXT}")


def _format_duration(value: dt.timedelta) -> str:
    micros = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    sign = "-" if micros < 0 else ""
    micros = abs(micros)
    days, micros = divmod(micros, 86_400_000_000)
    hours, micros = divmod(micros, 3_600_000_000)
    minutes, micros = divmod(micros, 60_000_000)
    seconds, micros = divmod(micros, 1_000_000)
    text = f"{sign}P{days}D" if days else f"{sign}P"
    clock = ""
    if hours:
        clock += f"{hours}H"
    if minutes:
        clock += f"{minutes}M"
    if seconds or micros:
        clock += f"{seconds}.{micros:06d}".rstrip("0") + "S" if micros else f"{seconds}S"
    if clock:
        text += "T" + clock
    elif not days:
        text += "T0S"
    return text
