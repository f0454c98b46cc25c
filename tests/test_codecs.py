"""Codecs: one (type, format) pair each, used directly and through the fields of a model."""

import base64
import datetime as dt
import decimal
import enum
import sys
from typing import (
    Any,
    Dict,
    FrozenSet,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    Union,
)

import pytest
from typing_extensions import Annotated

from batchmodels import InvalidTypeError, InvalidValueError, Model, rest_field
from batchmodels._codecs import Codec, codec_for
from batchmodels._errors import BatchModelError
from helpers.strategies import Color, Everything, Part

UTC = dt.timezone.utc
P10675199 = "P10675199DT2H48M5.4775807S"


def decode(tp: Any, raw: Any, fmt: Optional[str] = None) -> Any:
    return codec_for(tp, fmt).decode(raw, None)


def encode(tp: Any, value: Any, fmt: Optional[str] = None) -> Any:
    return codec_for(tp, fmt).encode(value)


# --- the table ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "fmt"),
    [
        (str, None),
        (int, None),
        (int, "str"),
        (float, None),
        (bool, None),
        (decimal.Decimal, None),
        (dt.datetime, None),
        (dt.datetime, "rfc3339"),
        (dt.datetime, "rfc7231"),
        (dt.datetime, "unix-timestamp"),
        (dt.date, None),
        (dt.time, None),
        (dt.timedelta, None),
        (bytes, None),
        (bytes, "base64"),
        (bytes, "base64url"),
        (List[str], "csv"),
        (List[str], "pipes"),
        (List[str], "ssv"),
        (List[str], "newline"),
    ],
)
def test_every_scalar_format_has_a_codec(tp: Any, fmt: Optional[str]) -> None:
    codec = codec_for(tp, fmt)
    assert isinstance(codec, Codec)
    assert callable(codec.decode) and callable(codec.encode)


@pytest.mark.parametrize(
    ("tp", "fmt"),
    [
        (complex, None),
        (str, "rfc3339"),
        (int, "base64"),
        (dt.datetime, "iso"),
        (bytes, "hex"),
        (List[int], "csv"),  # delimited formats carry strings only
        (Dict[int, str], None),  # JSON object keys are strings
        (Color, "str"),  # formats do not apply to enums...
        (Part, "rfc3339"),  # ...or to models
    ],
)
def test_unsupported_type_or_format_is_a_type_error(tp: Any, fmt: Optional[str]) -> None:
    with pytest.raises(TypeError):
        codec_for(tp, fmt)


def test_unsupported_field_type_fails_when_the_class_is_used() -> None:
    class Odd(Model):
        value: Optional[complex] = rest_field()

    with pytest.raises(TypeError, match="complex"):
        Odd(value=1j)


# --- scalars --------------------------------------------------------------------------------


def test_str() -> None:
    assert decode(str, "x") == "x"
    assert encode(str, "x") == "x"
    assert type(encode(str, Color.RED)) is str  # a str subclass is written as plain str
    with pytest.raises(InvalidTypeError, match="expected a string, got number"):
        decode(str, 1)
    with pytest.raises(InvalidTypeError):
        encode(str, 1)


def test_int_is_not_bool_or_float() -> None:
    assert decode(int, 5) == 5
    assert encode(int, -5) == -5
    for bad in (True, 1.0, "1", None):
        with pytest.raises(InvalidTypeError):
            decode(int, bad)
    for bad in (True, 1.5, "1"):
        with pytest.raises(InvalidTypeError):
            encode(int, bad)


def test_float_accepts_int_and_rejects_non_finite() -> None:
    assert decode(float, 2) == 2.0 and type(decode(float, 2)) is float
    assert decode(float, 2.5) == 2.5
    assert encode(float, 2.5) == 2.5
    assert encode(float, 2) == 2
    with pytest.raises(InvalidTypeError):
        decode(float, True)
    with pytest.raises(InvalidTypeError):
        encode(float, False)
    for bad in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(InvalidValueError, match="finite"):
            decode(float, bad)
        with pytest.raises(InvalidValueError, match="finite"):
            encode(float, bad)


def test_bool() -> None:
    assert decode(bool, True) is True
    assert encode(bool, False) is False
    for bad in (0, 1, "true", None):
        with pytest.raises(InvalidTypeError):
            decode(bool, bad)
        with pytest.raises(InvalidTypeError):
            encode(bool, bad)


def test_any_passes_values_through() -> None:
    value = {"a": [1, None]}
    assert decode(Any, value) is value
    assert encode(Any, value) is value
    assert codec_for(Any).identity


# --- int as string, Decimal -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [("0", 0), ("123", 123), ("-7", -7), ("+7", 7), ("007", 7), ("-0", 0), (42, 42)],
)
def test_int_as_string_decodes(raw: Any, value: int) -> None:
    assert decode(int, raw, "str") == value


@pytest.mark.parametrize("raw", ["", " 1", "1 ", "1.5", "1e3", "0x10", "١٢", "1_000", "9" * 4301])
def test_int_as_string_rejects_malformed_text(raw: str) -> None:
    with pytest.raises(InvalidValueError, match="not an integer string"):
        decode(int, raw, "str")


def test_int_as_string_types() -> None:
    for bad in (1.5, True, None, [1]):
        with pytest.raises(InvalidTypeError):
            decode(int, bad, "str")
    assert encode(int, 123, "str") == "123"
    assert encode(int, -(2**70), "str") == str(-(2**70))
    with pytest.raises(InvalidTypeError):
        encode(int, "123", "str")
    with pytest.raises(InvalidTypeError):
        encode(int, True, "str")


def test_decimal() -> None:
    assert decode(decimal.Decimal, 1) == decimal.Decimal(1)
    assert decode(decimal.Decimal, 0.1) == decimal.Decimal("0.1")  # via the float's repr
    assert decode(decimal.Decimal, "12.50") == decimal.Decimal("12.50")
    assert encode(decimal.Decimal, decimal.Decimal("12.5")) == 12.5
    assert encode(decimal.Decimal, 3) == 3
    for bad in ("abc", "NaN", "Infinity", float("inf")):
        with pytest.raises(InvalidValueError):
            decode(decimal.Decimal, bad)
    with pytest.raises(InvalidTypeError):
        decode(decimal.Decimal, True)
    for bad in (decimal.Decimal("NaN"), decimal.Decimal("Infinity")):
        with pytest.raises(BatchModelError):
            encode(decimal.Decimal, bad)


def test_decimal_beyond_float_range_is_an_error_not_infinity() -> None:
    with pytest.raises(InvalidValueError, match="finite"):
        encode(decimal.Decimal, decimal.Decimal("1e400"))


# --- datetimes ------------------------------------------------------------------------------


def test_rfc3339_is_the_default_datetime_format() -> None:
    raw = "2016-11-19T00:05:25.3119150Z"
    for fmt in (None, "rfc3339"):
        value = decode(dt.datetime, raw, fmt)
        assert value == dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC)
        assert encode(dt.datetime, value, fmt) == "2016-11-19T00:05:25.311915Z"
    assert decode(dt.datetime, "2016-11-19T02:05:25+02:00") == dt.datetime(
        2016, 11, 19, 0, 5, 25, tzinfo=UTC
    )
    assert (
        encode(dt.datetime, dt.datetime(2016, 11, 19, 2, tzinfo=dt.timezone(dt.timedelta(hours=2))))
        == "2016-11-19T00:00:00Z"
    )


def test_rfc3339_errors() -> None:
    with pytest.raises(InvalidValueError, match="not an RFC 3339 datetime"):
        decode(dt.datetime, "2016-11-19")
    with pytest.raises(InvalidTypeError):
        decode(dt.datetime, 1479513925)
    with pytest.raises(InvalidValueError, match="not an RFC 3339 datetime"):
        encode(dt.datetime, "2016-11-19")
    with pytest.raises(InvalidTypeError):
        encode(dt.datetime, dt.date(2016, 11, 19))
    # an instant that falls outside years 1-9999 once moved to UTC keeps its offset
    east = dt.timezone(dt.timedelta(hours=5))
    assert encode(dt.datetime, dt.datetime(1, 1, 1, tzinfo=east)) == "0001-01-01T00:00:00+05:00"
    west = dt.timezone(-dt.timedelta(hours=1, minutes=30))
    late = dt.datetime(9999, 12, 31, 23, 59, 59, 500000, tzinfo=west)
    assert encode(dt.datetime, late) == "9999-12-31T23:59:59.5-01:30"
    assert decode(dt.datetime, encode(dt.datetime, late)) == late
    # ... unless the offset has seconds, which RFC 3339 cannot write
    odd = dt.timezone(dt.timedelta(hours=5, seconds=1))
    with pytest.raises(InvalidValueError, match="out of range"):
        encode(dt.datetime, dt.datetime(1, 1, 1, tzinfo=odd))


def test_rfc7231() -> None:
    value = decode(dt.datetime, "Fri, 17 Feb 2017 10:11:12 GMT", "rfc7231")
    assert value == dt.datetime(2017, 2, 17, 10, 11, 12, tzinfo=UTC)
    assert encode(dt.datetime, value, "rfc7231") == "Fri, 17 Feb 2017 10:11:12 GMT"
    with pytest.raises(InvalidValueError, match="RFC 7231"):
        decode(dt.datetime, "2017-02-17T10:11:12Z", "rfc7231")
    with pytest.raises(InvalidTypeError):
        decode(dt.datetime, 5, "rfc7231")


def test_unix_timestamp() -> None:
    assert decode(dt.datetime, 0, "unix-timestamp") == dt.datetime(1970, 1, 1, tzinfo=UTC)
    assert decode(dt.datetime, 1.5, "unix-timestamp") == dt.datetime(
        1970, 1, 1, 0, 0, 1, 500000, tzinfo=UTC
    )
    assert decode(dt.datetime, 1487326272, "unix-timestamp").tzinfo is not None
    assert encode(dt.datetime, dt.datetime(1970, 1, 2, tzinfo=UTC), "unix-timestamp") == 86400
    assert encode(dt.datetime, dt.datetime(1970, 1, 2), "unix-timestamp") == 86400  # naive: UTC
    with pytest.raises(InvalidTypeError):
        decode(dt.datetime, "0", "unix-timestamp")
    with pytest.raises(InvalidTypeError):
        decode(dt.datetime, True, "unix-timestamp")
    with pytest.raises(InvalidValueError, match="out of range"):
        decode(dt.datetime, 10**20, "unix-timestamp")


def test_date() -> None:
    assert decode(dt.date, "2020-02-29") == dt.date(2020, 2, 29)
    assert encode(dt.date, dt.date(2020, 2, 29)) == "2020-02-29"
    for bad in ("2020-02-30", "2020-2-1", "x"):
        with pytest.raises(InvalidValueError, match="not an ISO 8601 date"):
            decode(dt.date, bad)
    with pytest.raises(InvalidTypeError):
        encode(dt.date, dt.datetime(2020, 2, 29))  # a datetime is not a date here


def test_time() -> None:
    assert decode(dt.time, "10:11:12") == dt.time(10, 11, 12)
    assert decode(dt.time, "10:11:12.5") == dt.time(10, 11, 12, 500000)
    aware = decode(dt.time, "10:11:12+02:00")
    assert aware.utcoffset() == dt.timedelta(hours=2)
    assert decode(dt.time, "10:11:12Z").utcoffset() == dt.timedelta(0)
    assert encode(dt.time, dt.time(10, 11, 12, 500000)) == "10:11:12.500000"
    for bad in ("25:00:00", "10:61:00", "noon"):
        with pytest.raises(InvalidValueError, match="not an ISO 8601 time"):
            decode(dt.time, bad)
    with pytest.raises(InvalidTypeError):
        decode(dt.time, 36000)
    with pytest.raises(InvalidTypeError):
        encode(dt.time, "10:11:12")


def test_timedelta() -> None:
    assert decode(dt.timedelta, "PT5M") == dt.timedelta(minutes=5)
    assert decode(dt.timedelta, P10675199) == dt.timedelta(
        days=10675199, hours=2, minutes=48, seconds=5, microseconds=477581
    )
    assert decode(dt.timedelta, "-PT1.5S") == -dt.timedelta(seconds=1.5)
    assert encode(dt.timedelta, dt.timedelta(days=1, seconds=1.25)) == "P1DT1.25S"
    assert encode(dt.timedelta, -dt.timedelta(minutes=1)) == "-PT1M"
    with pytest.raises(InvalidValueError, match=r"^\$: not an ISO 8601 duration: 'abc'$"):
        decode(dt.timedelta, "abc")
    with pytest.raises(InvalidValueError, match="years and months"):
        decode(dt.timedelta, "P1Y")
    with pytest.raises(InvalidTypeError):
        decode(dt.timedelta, 60)
    with pytest.raises(InvalidTypeError):
        encode(dt.timedelta, 60)


# --- bytes ----------------------------------------------------------------------------------


def test_base64_is_the_default_bytes_format() -> None:
    for fmt in (None, "base64"):
        assert decode(bytes, "aGk/Pz4+", fmt) == b"hi??>>"
        assert encode(bytes, b"hi??>>", fmt) == "aGk/Pz4+"
        assert encode(bytes, bytearray(b"\x00"), fmt) == "AA=="
        for bad in ("abc", "a b=", "aGk_Pz4-", "é==="):
            with pytest.raises(InvalidValueError, match="not valid base64"):
                decode(bytes, bad, fmt)
        with pytest.raises(InvalidTypeError):
            decode(bytes, 1, fmt)
        with pytest.raises(InvalidTypeError):
            encode(bytes, "text", fmt)


def test_base64url() -> None:
    data = b"hi??>>\xff"
    assert encode(bytes, data, "base64url") == "aGk_Pz4-_w"  # no padding
    assert decode(bytes, "aGk_Pz4-_w", "base64url") == data
    assert decode(bytes, "aGk_Pz4-_w==", "base64url") == data  # padding tolerated
    assert decode(bytes, "", "base64url") == b""
    for bad in ("aGk/Pz4+", "a", "abcde", "ab cd"):
        with pytest.raises(InvalidValueError, match="not valid base64url"):
            decode(bytes, bad, "base64url")
    assert base64.urlsafe_b64decode("aGk_Pz4-_w==") == data


# --- delimited lists --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "sep"), [("csv", ","), ("pipes", "|"), ("ssv", " "), ("newline", "\n")]
)
def test_delimited_lists(fmt: str, sep: str) -> None:
    raw = sep.join(["a", "b c" if sep != " " else "bc", ""])
    value = decode(List[str], raw, fmt)
    assert value == raw.split(sep)
    assert encode(List[str], value, fmt) == raw
    assert decode(List[str], "", fmt) == []
    assert encode(List[str], [], fmt) == ""
    assert encode(List[str], ("x", "y"), fmt) == f"x{sep}y"
    with pytest.raises(InvalidValueError, match="delimiter"):
        encode(List[str], [f"a{sep}b"], fmt)
    with pytest.raises(InvalidTypeError):
        encode(List[str], [1], fmt)
    with pytest.raises(InvalidTypeError):
        decode(List[str], ["a"], fmt)


# --- Literal, Optional, Union -------------------------------------------------------------------


def test_literal() -> None:
    tp = Literal["fast", "slow"]
    assert decode(tp, "fast") == "fast"
    assert encode(tp, "slow") == "slow"
    with pytest.raises(InvalidValueError, match="expected one of"):
        decode(tp, "FAST")
    with pytest.raises(InvalidValueError):
        encode(tp, "medium")

    class Speed(str, enum.Enum):
        FAST = "fast"

    assert encode(tp, Speed.FAST) == "fast"
    numbers = Literal[1, 2]
    assert decode(numbers, 1) == 1
    with pytest.raises(InvalidValueError):
        decode(numbers, True)  # True == 1, but it is not the literal 1
    with pytest.raises(InvalidValueError):
        decode(numbers, 1.0)


def test_optional() -> None:
    tp = Optional[int]
    assert decode(tp, None) is None
    assert decode(tp, 3) == 3
    assert encode(tp, None) is None
    with pytest.raises(InvalidTypeError):
        decode(tp, "3")


def test_union_tries_members_in_order() -> None:
    tp = Union[int, str]
    assert decode(tp, 3) == 3
    assert decode(tp, "3") == "3"
    assert encode(tp, 3) == 3
    assert encode(tp, "x") == "x"
    with pytest.raises(InvalidTypeError, match=r"expected int \| str"):
        decode(tp, 1.5)
    with pytest.raises(InvalidTypeError, match=r"expected int \| str"):
        encode(tp, [1])
    when = Union[dt.datetime, dt.timedelta]
    assert decode(when, "PT1M") == dt.timedelta(minutes=1)
    assert decode(when, "2020-01-01T00:00:00Z") == dt.datetime(2020, 1, 1, tzinfo=UTC)


@pytest.mark.skipif(sys.version_info < (3, 10), reason="X | Y needs Python 3.10")
def test_pep604_union() -> None:
    tp = eval("int | str")
    assert decode(tp, "a") == "a"
    assert decode(eval("int | None"), None) is None


def test_union_of_str_and_enum_is_the_enum() -> None:
    tp = Union[str, Color]
    assert decode(tp, "RED") is Color.RED
    assert decode(tp, "purple") == "purple"
    assert encode(tp, "purple") == "purple"
    assert encode(tp, Color.DARK_BLUE) == "darkBlue"


def test_annotated_uses_the_inner_type() -> None:
    assert decode(Annotated[int, "meta"], 5) == 5
    with pytest.raises(InvalidTypeError):
        decode(Annotated[int, "meta"], "5")


# --- containers -------------------------------------------------------------------------------


def test_lists_at_any_depth() -> None:
    assert decode(List[int], [1, 2]) == [1, 2]
    nested = decode(List[List[dt.timedelta]], [["PT1S"], [], ["PT1M", "P1D"]])
    assert nested == [
        [dt.timedelta(seconds=1)],
        [],
        [dt.timedelta(minutes=1), dt.timedelta(days=1)],
    ]
    assert encode(List[List[dt.timedelta]], nested) == [["PT1S"], [], ["PT1M", "P1D"]]
    assert decode(Sequence[int], [1]) == [1]
    assert encode(List[int], (1, 2)) == [1, 2]
    with pytest.raises(InvalidTypeError, match="expected an array"):
        decode(List[int], {"a": 1})
    with pytest.raises(InvalidTypeError):
        encode(List[int], {1, 2})


def test_list_item_errors_are_located() -> None:
    with pytest.raises(InvalidValueError) as info:
        codec_for(List[dt.datetime]).decode(["2020-01-01T00:00:00Z", "bad"], (None, "when"))
    assert info.value.path == "$.when[1]"
    with pytest.raises(InvalidTypeError) as info2:
        codec_for(List[int]).decode([1, "2"], (None, "n"))
    assert info2.value.path == "$.n[1]"


def test_dicts_at_any_depth() -> None:
    raw = {"a": {"x": "PT1S"}, "b": {}}
    value = decode(Dict[str, Dict[str, dt.timedelta]], raw)
    assert value == {"a": {"x": dt.timedelta(seconds=1)}, "b": {}}
    assert encode(Dict[str, Dict[str, dt.timedelta]], value) == raw
    assert decode(Mapping[str, int], {"a": 1}) == {"a": 1}
    assert decode(Dict[str, List[int]], {"k": [1]}) == {"k": [1]}
    with pytest.raises(InvalidTypeError, match="expected an object"):
        decode(Dict[str, int], [1])
    with pytest.raises(InvalidTypeError, match="keys must be strings"):
        encode(Dict[str, int], {1: 1})
    with pytest.raises(InvalidTypeError) as info:
        codec_for(Dict[str, int]).decode({"a": 1, "b": "x"}, (None, "d"))
    assert info.value.path == "$.d.b"


def test_sets() -> None:
    assert decode(Set[int], [1, 2, 2]) == {1, 2}
    assert decode(FrozenSet[str], ["a"]) == frozenset({"a"})
    assert sorted(encode(Set[int], {3, 1})) == [1, 3]
    with pytest.raises(InvalidValueError, match="cannot form a set"):
        decode(Set[Any], [[1]])
    with pytest.raises(InvalidTypeError):
        encode(Set[int], [1])


def test_tuples() -> None:
    assert decode(Tuple[int, ...], [1, 2]) == (1, 2)
    assert encode(Tuple[int, ...], (1, 2)) == [1, 2]
    assert decode(Tuple[int, str], [1, "a"]) == (1, "a")
    assert encode(Tuple[int, str], (1, "a")) == [1, "a"]
    assert decode(Tuple[dt.timedelta, ...], ["PT1S"]) == (dt.timedelta(seconds=1),)
    with pytest.raises(InvalidValueError, match="2 items"):
        decode(Tuple[int, str], [1])
    with pytest.raises(InvalidTypeError):
        decode(Tuple[int, str], [1, 2])
    with pytest.raises(InvalidTypeError):
        encode(Tuple[int, str], [1, "a"])
    with pytest.raises(InvalidTypeError):
        encode(Tuple[int, ...], [1])


def test_nested_models() -> None:
    raw = {"name": "p", "when": "2020-01-01T00:00:00.1234567Z"}
    part = decode(Part, raw)
    assert type(part) is Part and part.name == "p"
    assert part._data is raw  # a codec wraps what it is given; models copy on entry
    assert encode(Part, part) is part._data
    assert encode(Part, {"name": "q"}) == {"name": "q"}
    with pytest.raises(InvalidTypeError, match="expected an object"):
        decode(Part, [raw])
    with pytest.raises(InvalidTypeError, match="expected Part"):
        encode(Part, Everything())
    with pytest.raises(InvalidTypeError):
        encode(Part, 5)
    parts = decode(List[Part], [raw, {}])
    assert [type(p) for p in parts] == [Part, Part]
    assert encode(List[Part], parts) == [raw, {}]
    by_name = decode(Dict[str, List[Part]], {"k": [raw]})
    assert by_name["k"][0].name == "p"


# --- every field of a test model, both directions -------------------------------------------

# attr -> (wire value, Python value, wire value the Python value encodes to)
FIELD_CASES: Dict[str, Tuple[Any, Any, Any]] = {
    "text": ("a", "a", "a"),
    "count": (3, 3, 3),
    "ratio": (1, 1.0, 1.0),
    "flag": (False, False, False),
    "created": (
        "2016-11-19T02:05:25.3119150+02:00",
        dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC),
        "2016-11-19T00:05:25.311915Z",
    ),
    "modified": (
        "2016-11-19T00:05:25Z",
        dt.datetime(2016, 11, 19, 0, 5, 25, tzinfo=UTC),
        "2016-11-19T00:05:25Z",
    ),
    "expires": (
        "Fri, 17 Feb 2017 00:00:00 GMT",
        dt.datetime(2017, 2, 17, tzinfo=UTC),
        "Fri, 17 Feb 2017 00:00:00 GMT",
    ),
    "epoch": (86400, dt.datetime(1970, 1, 2, tzinfo=UTC), 86400),
    "day": ("2020-02-29", dt.date(2020, 2, 29), "2020-02-29"),
    "clock": ("10:11:12", dt.time(10, 11, 12), "10:11:12"),
    "timeout": (
        P10675199,
        dt.timedelta(days=10675199, seconds=10085, microseconds=477581),
        "P10675199DT2H48M5.4775807S",  # the longest text: never above it
    ),
    "payload": ("AAE=", b"\x00\x01", "AAE="),
    "payload64": ("AAE=", b"\x00\x01", "AAE="),
    "token": ("_-8", b"\xff\xef", "_-8"),
    "amount": (1.25, decimal.Decimal("1.25"), 1.25),
    "big_id": ("0012", 12, "12"),
    "csv_items": ("a,b", ["a", "b"], "a,b"),
    "pipe_items": ("a|b", ["a", "b"], "a|b"),
    "space_items": ("a b", ["a", "b"], "a b"),
    "line_items": ("a\nb", ["a", "b"], "a\nb"),
    "color": ("DARKBLUE", Color.DARK_BLUE, "darkBlue"),
    "strict_color": ("Red", Color.RED, "red"),
    "mode": ("fast", "fast", "fast"),
    "either": ("x", "x", "x"),
    "numbers": ([1, 2], [1, 2], [1, 2]),
    "matrix": ([[1, 2.5]], [[1.0, 2.5]], [[1.0, 2.5]]),
    "labels": ({"k": "v"}, {"k": "v"}, {"k": "v"}),
    "tags": (["a"], {"a"}, ["a"]),
    "pair": ([1, "a"], (1, "a"), [1, "a"]),
    "stamps": (
        ["2020-01-01T00:00:00.0000000Z"],
        [dt.datetime(2020, 1, 1, tzinfo=UTC)],
        ["2020-01-01T00:00:00Z"],
    ),
    "timeouts": ({"a": "PT60S"}, {"a": dt.timedelta(minutes=1)}, {"a": "PT1M"}),
    "history": (
        ["2020-01-01T00:00:00Z"],
        (dt.datetime(2020, 1, 1, tzinfo=UTC),),
        ["2020-01-01T00:00:00Z"],
    ),
    "windows": ({"a": ["PT1S"]}, {"a": [dt.timedelta(seconds=1)]}, {"a": ["PT1S"]}),
    "part": ({"name": "p"}, Part(name="p"), {"name": "p"}),
    "parts": ([{"name": "p"}], [Part(name="p")], [{"name": "p"}]),
    "part_map": ({"k": {"size": 1}}, {"k": Part(size=1)}, {"k": {"size": 1}}),
    "part_grid": ([[{"size": 1}]], [[Part(size=1)]], [[{"size": 1}]]),
    "part_tuple": ([{"size": 1}], (Part(size=1),), [{"size": 1}]),
    "anything": ([1, {"a": None}], [1, {"a": None}], [1, {"a": None}]),
    "password": ("pw", "pw", "pw"),
    "etag": ("0x1", "0x1", "0x1"),
    "state_time": (
        "2020-01-01T00:00:00Z",
        dt.datetime(2020, 1, 1, tzinfo=UTC),
        "2020-01-01T00:00:00Z",
    ),
}


def test_field_cases_cover_every_field_but_the_polymorphic_ones() -> None:
    from batchmodels import fields

    assert set(FIELD_CASES) == {f.attr for f in fields(Everything)} - {"pet", "pets", "vehicle"}


@pytest.mark.parametrize("attr", sorted(FIELD_CASES))
def test_every_field_decodes_its_wire_value(attr: str) -> None:
    raw, value, _ = FIELD_CASES[attr]
    wire = Everything.__dict__[attr].wire
    model = Everything({wire: raw})
    got = getattr(model, attr)
    assert got == value
    assert type(got) is type(value)
    assert model[wire] == raw  # reading never rewrites the wire value


@pytest.mark.parametrize("attr", sorted(FIELD_CASES))
def test_every_field_encodes_its_python_value(attr: str) -> None:
    _, value, written = FIELD_CASES[attr]
    wire = Everything.__dict__[attr].wire
    by_keyword = Everything(**{attr: value})
    assert by_keyword[wire] == written
    assert getattr(by_keyword, attr) == value
    by_attribute = Everything()
    setattr(by_attribute, attr, value)
    assert by_attribute[wire] == written
    assert by_attribute == by_keyword


@pytest.mark.parametrize(
    ("wire", "raw", "error"),
    [
        ("text", 1, InvalidTypeError),
        ("count", "1", InvalidTypeError),
        ("created", "yesterday", InvalidValueError),
        ("expires", "2017-02-17", InvalidValueError),
        ("epoch", "0", InvalidTypeError),
        ("day", "2020-13-01", InvalidValueError),
        ("timeout", "P1M", InvalidValueError),
        ("payload", "???", InvalidValueError),
        ("bigId", "12a", InvalidValueError),
        ("csvItems", ["a"], InvalidTypeError),
        ("strictColor", 5, InvalidTypeError),
        ("mode", "medium", InvalidValueError),
        ("pair", [1], InvalidValueError),
        ("part", "p", InvalidTypeError),
    ],
)
def test_bad_wire_values_fail_on_read_with_their_path(wire: str, raw: Any, error: type) -> None:
    model = Everything({wire: raw})  # construction is lazy and tolerant
    attr = next(a for a, d in vars(Everything).items() if getattr(d, "wire", None) == wire)
    with pytest.raises(error) as info:
        getattr(model, attr)
    assert isinstance(info.value, BatchModelError)
    assert info.value.path == f"$.{wire}"
    # a value where an object or an array belongs is masked: it may be JSON text with secrets
    assert info.value.value == ("***" if wire == "part" else raw)
    assert str(info.value).startswith(f"$.{wire}: ")


def test_nested_errors_carry_the_full_path() -> None:
    model = Everything({"parts": [{}, {"children": [{"when": "nope"}]}]})
    with pytest.raises(InvalidValueError) as info:
        model.parts[1].children[0].when  # noqa: B018
    assert info.value.path == "$.parts[1].children[0].when"
    assert str(info.value).startswith("$.parts[1].children[0].when: not an RFC 3339 datetime")
    assert str(info.value).endswith(": 'nope'")


def test_bad_python_values_fail_on_write_with_their_path() -> None:
    with pytest.raises(InvalidTypeError) as info:
        Everything(created=20200101)
    assert info.value.path == "$.created"
    with pytest.raises(InvalidValueError) as value_info:  # text is taken, if it is a datetime
        Everything(created="2020-01-01")
    assert value_info.value.path == "$.created"
    model = Everything()
    with pytest.raises(InvalidTypeError) as info:
        model.timeout = 5
    assert info.value.path == "$.timeout"
    assert "timeout" not in model
    with pytest.raises(InvalidTypeError) as info:
        model.numbers = [1, "2"]
    assert info.value.path == "$.numbers[1]"


def test_secret_values_are_masked_in_errors() -> None:
    model = Everything({"password": 12345})
    with pytest.raises(InvalidTypeError) as info:
        model.password  # noqa: B018
    assert "12345" not in str(info.value)
    assert info.value.value == "***"
    with pytest.raises(InvalidTypeError) as info:
        Everything(password=987654)
    assert "987654" not in str(info.value)


# --- wire text given for times ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "fmt", "text"),
    [
        (dt.datetime, None, "2016-11-19T00:05:27.5391608Z"),
        (dt.datetime, "rfc3339", "2016-11-19T02:05:27+02:00"),
        (dt.datetime, "rfc7231", "Fri, 17 Feb 2017 10:11:12 GMT"),
        (dt.timedelta, None, "P10675199DT2H48M5.4775807S"),
        (dt.timedelta, None, "PT1H"),
    ],
)
def test_valid_wire_text_for_a_time_is_kept_verbatim(
    tp: Any, fmt: Optional[str], text: str
) -> None:
    assert encode(tp, text, fmt) == text


@pytest.mark.parametrize(
    ("tp", "fmt", "text", "reason"),
    [
        (dt.datetime, None, "2016-11-19", "not an RFC 3339 datetime"),
        (dt.datetime, "rfc7231", "2016-11-19T00:05:27Z", "not an RFC 7231 date"),
        (dt.timedelta, None, "1 hour", "not an ISO 8601 duration"),
        (dt.timedelta, None, "P1Y", "years and months"),
    ],
)
def test_invalid_wire_text_for_a_time_is_a_value_error(
    tp: Any, fmt: Optional[str], text: str, reason: str
) -> None:
    with pytest.raises(InvalidValueError, match=reason):
        encode(tp, text, fmt)


def test_unix_timestamps_and_dates_still_take_python_values_only() -> None:
    with pytest.raises(InvalidTypeError):
        encode(dt.datetime, "0", "unix-timestamp")
    with pytest.raises(InvalidTypeError):
        encode(dt.date, "2020-02-29")
