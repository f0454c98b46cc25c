"""RFC 3339 / RFC 7231 datetimes and ISO 8601 durations (batchmodels._isotime)."""

import datetime as dt
import subprocess
import sys
from typing import Any, Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batchmodels._isotime import (
    format_duration,
    format_rfc3339,
    format_rfc7231,
    parse_duration,
    parse_rfc3339,
    parse_rfc3339_strict,
    parse_rfc7231,
)
from helpers import scaled
from helpers.strategies import aware_datetimes, durations_text, rfc3339_text, whole_second_datetimes

UTC = dt.timezone.utc


def tz(hours: int, minutes: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


# --- RFC 3339 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-11-19T00:05:25Z", dt.datetime(2016, 11, 19, 0, 5, 25, tzinfo=UTC)),
        ("2016-11-19t00:05:25z", dt.datetime(2016, 11, 19, 0, 5, 25, tzinfo=UTC)),
        ("2016-11-19 00:05:25Z", dt.datetime(2016, 11, 19, 0, 5, 25, tzinfo=UTC)),
        ("2016-11-19T00:05:25.5Z", dt.datetime(2016, 11, 19, 0, 5, 25, 500000, tzinfo=UTC)),
        ("2016-11-19T00:05:25.123456Z", dt.datetime(2016, 11, 19, 0, 5, 25, 123456, tzinfo=UTC)),
        # 7 and more digits: extra digits are cut, not rounded
        ("2016-11-19T00:05:25.3119159Z", dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC)),
        (
            "2016-11-19T00:05:25.999999999999Z",
            dt.datetime(2016, 11, 19, 0, 5, 25, 999999, tzinfo=UTC),
        ),
        ("2016-11-19T02:05:25+02:00", dt.datetime(2016, 11, 19, 2, 5, 25, tzinfo=tz(2))),
        ("2016-11-19T02:05:25-05:30", dt.datetime(2016, 11, 19, 2, 5, 25, tzinfo=tz(-5, -30))),
        ("2016-11-19T02:05:25+23:59", dt.datetime(2016, 11, 19, 2, 5, 25, tzinfo=tz(23, 59))),
        ("2016-11-19T00:05:25+00:00", dt.datetime(2016, 11, 19, 0, 5, 25, tzinfo=UTC)),
        ("0001-01-01T00:00:00Z", dt.datetime(1, 1, 1, tzinfo=UTC)),
        ("9999-12-31T23:59:59.999999Z", dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ],
)
def test_parse_rfc3339(text: str, expected: dt.datetime) -> None:
    value = parse_rfc3339(text)
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


def test_parse_rfc3339_zero_offset_is_utc() -> None:
    assert parse_rfc3339("2016-11-19T00:05:25+00:00").tzinfo is UTC
    assert parse_rfc3339("2016-11-19T00:05:25Z").tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2016-11-19",
        "2016-11-19T00:05:25",  # no zone
        "2016-11-19T00:05Z",
        "2016-11-19T00:05:25.Z",
        "2016-11-19T00:05:25+0200",
        "2016-11-19T00:05:25+2:00",
        "16-11-19T00:05:25Z",
        "0000-01-01T00:00:00Z",  # year 0
        "2016-13-01T00:00:00Z",
        "2016-02-30T00:00:00Z",
        "2016-11-19T24:00:00Z",
        "2016-11-19T23:60:00Z",
        "2016-12-31T23:59:60Z",  # leap second
        "2016-11-19T00:05:25+24:00",
        "2016-11-19T00:05:25+01:60",
        "2016-11-19T00:05:25Z ",
        " 2016-11-19T00:05:25Z",
        "\uff12\uff10\uff11\uff16-11-19T00:05:25Z",  # non-ASCII (full-width) digits
    ],
)
def test_parse_rfc3339_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rfc3339(text)


def _parsed(text: str) -> object:
    """What ``parse_rfc3339_strict`` makes of ``text``: the value and its offset, or an error."""
    try:
        value = parse_rfc3339_strict(text)
    except ValueError:
        return "error"
    return (value, value.utcoffset())


def _fast(text: str) -> object:
    try:
        value = parse_rfc3339(text)
    except ValueError:
        return "error"
    return (value, value.utcoffset())


_NEAR = st.text(alphabet="0123456789-:.TtZz+ W,", max_size=3)


@st.composite
def _near_rfc3339(draw: Callable[..., Any]) -> str:
    """Valid RFC 3339 text with a few characters replaced, inserted or cut."""
    text = list(draw(rfc3339_text()))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 2))
        text[at : at + cut] = draw(_NEAR)
    return "".join(text)


@settings(max_examples=scaled(600))
@given(st.one_of(rfc3339_text(), _near_rfc3339()))
def test_parse_rfc3339_fast_path_agrees_with_the_regex(text: str) -> None:
    # Python 3.11+ parses the usual form with datetime.fromisoformat, which accepts more than
    # RFC 3339 (week dates, "24:00", a bare "."): it must accept and give exactly what the
    # regex path does.
    assert _fast(text) == _parsed(text)


@pytest.mark.parametrize(
    "text",
    [
        "2016-11-19T00:05:25.Z",
        "2016-11-19T24:00:00Z",
        "2016-W46-6T00:05:25Z",
        "2016-11-19T00:05:25,5Z",
        "2016-11-19T00:05:25.5+01:00Z",
        "2016-11-19T00:05:25ZZ",
        "2016-11-19T00:05:25.1.2Z",
        "2016-11-19T0005:25.12Z",
        "2016-11-19T00:05:2.512Z",
    ],
)
def test_parse_rfc3339_fast_path_rejects_what_the_regex_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rfc3339(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.datetime(2016, 11, 19, 0, 5, 25, tzinfo=UTC), "2016-11-19T00:05:25Z"),
        (dt.datetime(2016, 11, 19, 0, 5, 25, 500000, tzinfo=UTC), "2016-11-19T00:05:25.5Z"),
        (dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC), "2016-11-19T00:05:25.311915Z"),
        (dt.datetime(2016, 11, 19, 0, 5, 25, 10, tzinfo=UTC), "2016-11-19T00:05:25.00001Z"),
        (dt.datetime(2016, 11, 19, 2, 5, 25, tzinfo=tz(2)), "2016-11-19T00:05:25Z"),
        (dt.datetime(2016, 11, 18, 23, 0, tzinfo=tz(-5)), "2016-11-19T04:00:00Z"),
        (dt.datetime(2016, 11, 19, 0, 5, 25), "2016-11-19T00:05:25Z"),  # naive is UTC
        (dt.datetime(5, 1, 2, 3, 4, 5, tzinfo=UTC), "0005-01-02T03:04:05Z"),
        (dt.datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC), "0999-01-02T03:04:05Z"),
    ],
)
def test_format_rfc3339_writes_utc_with_z(value: dt.datetime, text: str) -> None:
    assert format_rfc3339(value) == text


@settings(max_examples=scaled(200))
@given(aware_datetimes)
def test_rfc3339_round_trip(value: dt.datetime) -> None:
    text = format_rfc3339(value)
    assert text.endswith("Z")
    assert parse_rfc3339(text) == value


def _strftime_formula(value: dt.datetime) -> str:
    """How format_rfc3339 wrote datetimes before it used isoformat (strftime, padded year)."""
    suffix = "Z"
    offset = value.utcoffset()
    if offset:
        try:
            value = value.astimezone(UTC)
        except OverflowError:
            minutes, rest = divmod(int(offset.total_seconds()), 60)
            if rest or offset.microseconds:
                raise
            sign = "-" if minutes < 0 else "+"
            suffix = "{}{:02d}:{:02d}".format(sign, *divmod(abs(minutes), 60))
    if value.year >= 1000:
        text = value.strftime("%Y-%m-%dT%H:%M:%S")
    else:
        text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}T" + value.strftime("%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + suffix


class _Stamp(dt.datetime):
    """A datetime subclass that writes itself differently (as pandas' Timestamp does)."""

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return "not the text"


_any_offset = st.builds(
    dt.timezone,
    st.timedeltas(
        min_value=dt.timedelta(hours=-23, minutes=-59), max_value=dt.timedelta(hours=23, minutes=59)
    ),
)


@settings(max_examples=scaled(500))
@given(
    st.datetimes(timezones=st.none() | st.just(UTC) | _any_offset),
    st.booleans(),
)
def test_format_rfc3339_writes_what_the_strftime_formula_wrote(
    value: dt.datetime, subclass: bool
) -> None:
    if subclass:
        value = _Stamp(*value.timetuple()[:6], value.microsecond, value.tzinfo)
    try:
        expected = _strftime_formula(value)
    except OverflowError:
        with pytest.raises(OverflowError):
            format_rfc3339(value)
        return
    assert format_rfc3339(value) == expected


@settings(max_examples=scaled(200))
@given(rfc3339_text())
def test_any_rfc3339_spelling_parses_and_reformats_to_the_same_instant(text: str) -> None:
    value = parse_rfc3339(text)
    assert value.tzinfo is not None
    try:
        again = format_rfc3339(value)
    except OverflowError:  # the instant falls outside years 1-9999 in UTC
        return
    assert parse_rfc3339(again) == value


# --- RFC 7231 -------------------------------------------------------------------------------


def test_parse_rfc7231() -> None:
    value = parse_rfc7231("Fri, 17 Feb 2017 10:11:12 GMT")
    assert value == dt.datetime(2017, 2, 17, 10, 11, 12, tzinfo=UTC)
    assert value.tzinfo is not None and value.utcoffset() == dt.timedelta(0)


def test_parse_rfc7231_keeps_years_below_100() -> None:
    # email.utils would read a year below 100 as 19xx/20xx
    assert parse_rfc7231("Sun, 17 Feb 0050 00:00:00 GMT").year == 50
    assert parse_rfc7231("Sun, 17 Feb 0999 00:00:00 GMT").year == 999


@pytest.mark.parametrize(
    "text",
    [
        "",
        "17 Feb 2017 00:00:00 GMT",
        "Fri, 17 Feb 2017 00:00:00 UTC",
        "Fri, 17 Feb 2017 00:00:00 +0000",
        "Fri, 17 Feb 17 00:00:00 GMT",
        "Fri, 7 Feb 2017 00:00:00 GMT",
        "Fri, 17 feb 2017 00:00:00 GMT",
        "Friday, 17 Feb 2017 00:00:00 GMT",
        "Fri, 30 Feb 2017 00:00:00 GMT",
        "Fri, 17 Feb 2017 24:00:00 GMT",
        "Fri, 17 Feb 0000 00:00:00 GMT",
        "2017-02-17T00:00:00Z",
    ],
)
def test_parse_rfc7231_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rfc7231(text)


def test_format_rfc7231() -> None:
    assert format_rfc7231(dt.datetime(2017, 2, 17, tzinfo=UTC)) == "Fri, 17 Feb 2017 00:00:00 GMT"
    assert format_rfc7231(dt.datetime(2017, 2, 17)) == "Fri, 17 Feb 2017 00:00:00 GMT"
    assert format_rfc7231(dt.datetime(2017, 2, 17, 2, tzinfo=tz(2))) == (
        "Fri, 17 Feb 2017 00:00:00 GMT"
    )


@settings(max_examples=scaled(100))
@given(st.one_of(whole_second_datetimes, st.datetimes(min_value=dt.datetime(1, 1, 2))))
def test_rfc7231_round_trip(value: dt.datetime) -> None:
    value = value.replace(microsecond=0)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    assert parse_rfc7231(format_rfc7231(value)) == value


@settings(max_examples=scaled(200))
@given(st.one_of(aware_datetimes, st.datetimes(min_value=dt.datetime(1, 1, 2))))
def test_format_rfc7231_writes_what_email_utils_writes(value: dt.datetime) -> None:
    import email.utils  # the standard library's HTTP date, as the oracle

    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    try:
        utc = aware.astimezone(UTC)
    except OverflowError:
        return
    assert format_rfc7231(value) == email.utils.format_datetime(utc, usegmt=True)


def test_importing_the_models_loads_no_email_socket_or_urllib() -> None:
    probe = (
        "import sys, batchmodels.models, batchmodels._isotime\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('email', 'socket', 'urllib')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- ISO 8601 durations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PT0S", dt.timedelta(0)),
        ("P0D", dt.timedelta(0)),
        ("P1D", dt.timedelta(days=1)),
        ("PT1H", dt.timedelta(hours=1)),
        ("PT1M", dt.timedelta(minutes=1)),
        ("PT1S", dt.timedelta(seconds=1)),
        ("P1DT2H3M4S", dt.timedelta(days=1, hours=2, minutes=3, seconds=4)),
        ("PT36H", dt.timedelta(hours=36)),
        ("PT90M", dt.timedelta(minutes=90)),
        ("PT0.5S", dt.timedelta(microseconds=500000)),
        ("PT0.000001S", dt.timedelta(microseconds=1)),
        ("P1.5D", dt.timedelta(days=1, hours=12)),
        ("PT1.5H", dt.timedelta(minutes=90)),
        ("PT0.5M", dt.timedelta(seconds=30)),
        ("P2W", dt.timedelta(days=14)),
        ("P1W1D", dt.timedelta(days=8)),
        ("+P1D", dt.timedelta(days=1)),
        ("-PT5M", dt.timedelta(minutes=-5)),
        ("-P1DT1S", -dt.timedelta(days=1, seconds=1)),
        ("-PT0.5S", dt.timedelta(microseconds=-500000)),
        # the service's "unlimited": 7 fraction digits, rounded half to even
        (
            "P10675199DT2H48M5.4775807S",
            dt.timedelta(days=10675199, hours=2, minutes=48, seconds=5, microseconds=477581),
        ),
        ("PT1.0000005S", dt.timedelta(seconds=1)),  # half to even: down
        ("PT1.0000015S", dt.timedelta(seconds=1, microseconds=2)),  # half to even: up
        ("PT1.00000051S", dt.timedelta(seconds=1, microseconds=1)),
        ("P999999999D", dt.timedelta(days=999999999)),
    ],
)
def test_parse_duration(text: str, expected: dt.timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not an ISO 8601 duration"),
        ("P", "not an ISO 8601 duration"),
        ("PT", "not an ISO 8601 duration"),
        ("P1DT", "not an ISO 8601 duration"),
        ("1D", "not an ISO 8601 duration"),
        ("PT.5S", "not an ISO 8601 duration"),
        ("PT5", "not an ISO 8601 duration"),
        ("P1H", "not an ISO 8601 duration"),
        ("PT1D", "not an ISO 8601 duration"),
        ("P1S", "not an ISO 8601 duration"),
        ("pt1s", "not an ISO 8601 duration"),
        ("PT1S ", "not an ISO 8601 duration"),
        ("P-1D", "not an ISO 8601 duration"),
        ("P1Y", "years and months"),
        ("P1M", "years and months"),
        ("P1Y2M3D", "years and months"),
        ("-P2M", "years and months"),
        ("P1000000000D", "out of range"),
        ("P999999999DT24H", "out of range"),
        ("-P999999999DT1S", "out of range"),  # one second below timedelta.min
        ("-P1000000000D", "out of range"),
    ],
)
def test_parse_duration_rejects(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_duration(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.timedelta(0), "PT0S"),
        (dt.timedelta(days=1), "P1D"),
        (dt.timedelta(hours=2), "PT2H"),
        (dt.timedelta(days=1, hours=2, minutes=3, seconds=4), "P1DT2H3M4S"),
        (dt.timedelta(seconds=0.5), "PT0.5S"),
        (dt.timedelta(days=1, microseconds=500000), "P1DT0.5S"),
        (dt.timedelta(microseconds=1), "PT0.000001S"),
        (dt.timedelta(minutes=-1), "-PT1M"),
        (dt.timedelta(microseconds=-1), "-PT0.000001S"),
        (dt.timedelta.max, "P999999999DT23H59M59.999999S"),
        (dt.timedelta.min, "-P999999999D"),
    ],
)
def test_format_duration(value: dt.timedelta, text: str) -> None:
    assert format_duration(value) == text


def test_format_duration_gives_the_same_text_when_cached_and_after_the_cache_is_full() -> None:
    values = [dt.timedelta(seconds=s, microseconds=s % 7) for s in range(1500)]
    first = [format_duration(v) for v in values]
    assert first == [format_duration(v) for v in reversed(values)][::-1]
    assert first[61] == "PT1M1.000005S"
    assert format_duration(dt.timedelta(minutes=2)) == "PT2M"


def test_format_duration_of_a_timedelta_subclass() -> None:
    class Span(dt.timedelta):
        pass

    assert format_duration(Span(hours=1)) == "PT1H"
    assert format_duration(dt.timedelta(hours=1)) == "PT1H"


@settings(max_examples=scaled(300))
@given(st.timedeltas())
def test_duration_round_trip(value: dt.timedelta) -> None:
    assert parse_duration(format_duration(value)) == value


@settings(max_examples=scaled(200))
@given(durations_text)
def test_any_duration_spelling_parses_and_reformats_to_the_same_value(text: str) -> None:
    value = parse_duration(text)
    assert parse_duration(format_duration(value)) == value


def test_parse_duration_reaches_both_ends_of_timedelta() -> None:
    assert parse_duration("-P999999999D") == dt.timedelta.min
    assert parse_duration("P999999999DT23H59M59.999999S") == dt.timedelta.max
