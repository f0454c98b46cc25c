"""Hypothesis strategies for wire JSON of the whole BatchJob tree, built from ``fields()``.

``wire_json(BatchJob)`` draws a JSON object a Batch service could send: every field of every
nested model may appear, with values in their wire form (RFC 3339 text with 0-9 fractional
digits and any offset, ISO 8601 day-time durations, integers as strings where the format says
so, enum values in any case or unknown to this version), plus keys this version does not know.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
import types
import typing
from typing import Any, Dict, List, Optional, Tuple

from hypothesis import strategies as st

from batchmodels import BatchJob, Model, fields

__all__ = [
    "duration_text",
    "enum_text",
    "int_text",
    "job_json",
    "json_value",
    "rfc3339_text",
    "wire_json",
]

_UNIONS: Tuple[Any, ...] = (typing.Union,)
if sys.version_info >= (3, 10):
    _UNIONS += (types.UnionType,)

Strategy = st.SearchStrategy[Any]


# --- scalar wire forms ---------------------------------------------------------------------


def _offset(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


@st.composite
def rfc3339_text(draw: Any) -> str:
    """RFC 3339 date-time text: 0-9 fractional digits, ``Z`` or a numeric offset."""
    when = draw(
        st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30, 23))
    )
    digits = draw(st.integers(0, 9))
    fraction = "." + draw(st.text("0123456789", min_size=digits, max_size=digits)) if digits else ""
    zone = draw(st.one_of(st.just(0), st.integers(-18 * 60, 18 * 60)))
    stamp = (
        f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
        f"T{when.hour:02d}:{when.minute:02d}:{when.second:02d}"
    )
    return stamp + fraction + _offset(zone)


@st.composite
def duration_text(draw: Any) -> str:
    """An ISO 8601 day-time duration (no years or months), optionally negative."""
    special = draw(st.integers(0, 9))
    if special == 0:
        return draw(st.sampled_from(["P10675199DT2H48M5.4775807S", "PT0S", "P0D", "P1W"]))
    parts: List[str] = []
    days = draw(st.one_of(st.none(), st.integers(0, 10675199)))
    hours = draw(st.one_of(st.none(), st.integers(0, 23), st.integers(0, 10000)))
    minutes = draw(st.one_of(st.none(), st.integers(0, 59)))
    seconds = draw(st.one_of(st.none(), st.integers(0, 59)))
    if days is not None:
        parts.append(f"{days}D")
    clock = ""
    if hours is not None:
        clock += f"{hours}H"
    if minutes is not None:
        clock += f"{minutes}M"
    if seconds is not None:
        fraction = draw(st.text("0123456789", min_size=0, max_size=7))
        clock += f"{seconds}.{fraction}S" if fraction else f"{seconds}S"
    if clock:
        parts.append("T" + clock)
    if not parts:
        parts.append("T0S")
    sign = "-" if draw(st.integers(0, 7)) == 0 else ""
    return sign + "P" + "".join(parts)


@st.composite
def int_text(draw: Any) -> str:
    """An integer written as a JSON string (format ``str``)."""
    value = draw(st.integers(-(2**63), 2**63 - 1))
    form = draw(st.integers(0, 9))
    if form == 0 and value >= 0:
        return f"+{value}"
    if form == 1 and value >= 0:
        return f"00{value}"
    return str(value)


def enum_text(enum_cls: Any, variants: bool = True) -> Strategy:
    """Wire values of ``enum_cls``: its own, and (with ``variants``) other cases and unknowns."""
    values = [str(m.value) for m in enum_cls]
    known = st.sampled_from(values)
    if not variants:
        return known
    return st.one_of(
        known,
        known,
        known,
        known.map(str.upper),
        known.map(str.swapcase),
        st.sampled_from(["futureValue", "unknown", ""]),
    )


def json_value(max_leaves: int = 4) -> Strategy:
    """Any small JSON value (for keys this API version does not know)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=8),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=2), st.dictionaries(st.text(max_size=6), inner, max_size=2)
        ),
        max_leaves=max_leaves,
    )


# --- models --------------------------------------------------------------------------------


class _Options(typing.NamedTuple):
    extra_keys: bool
    nulls: bool
    enum_variants: bool
    shuffle: bool
    max_list: int


_CACHE: Dict[Tuple[type, _Options], Strategy] = {}


def _strip_optional(tp: Any) -> Any:
    if typing.get_origin(tp) in _UNIONS:
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) == 1:
            return members[0]
        return typing.Union[tuple(members)]
    return tp


def _value(tp: Any, fmt: Optional[str], opts: _Options) -> Strategy:
    tp = _strip_optional(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in _UNIONS:
        enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
        if len(enums) == 1 and str in args and len(args) == 2:
            return enum_text(enums[0], opts.enum_variants)
        return st.one_of(*[_value(a, fmt, opts) for a in args])
    if origin is list:
        return st.lists(_value(args[0], None, opts), max_size=opts.max_list)
    if origin is dict:
        return st.dictionaries(st.text(max_size=8), _value(args[1], None, opts), max_size=3)
    if isinstance(tp, type) and issubclass(tp, Model):
        return wire_json(tp, **opts._asdict())
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return enum_text(tp, opts.enum_variants)
    if tp is dt.datetime:
        return rfc3339_text()
    if tp is dt.timedelta:
        return duration_text()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return int_text() if fmt == "str" else st.integers(-(2**63), 2**63 - 1)
    if tp is float:
        return st.one_of(
            st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**9), 10**9)
        )
    if tp is str:
        return st.text(max_size=12)
    raise TypeError(f"no wire strategy for {tp!r} (format {fmt!r})")


@st.composite
def _assemble(
    draw: Any,
    required: Dict[str, Strategy],
    optional: Dict[str, Strategy],
    known: Tuple[str, ...],
    opts: _Options,
) -> Dict[str, Any]:
    data: Dict[str, Any] = {key: draw(strategy) for key, strategy in required.items()}
    for key, strategy in optional.items():
        if not draw(st.booleans()):
            continue
        if opts.nulls and draw(st.integers(0, 7)) == 0:
            data[key] = None
        else:
            data[key] = draw(strategy)
    if opts.extra_keys and draw(st.integers(0, 5)) == 0:
        extra = draw(
            st.dictionaries(
                st.text(min_size=1, max_size=10).filter(lambda k: k not in known),
                json_value(),
                min_size=1,
                max_size=2,
            )
        )
        data.update(extra)
    if opts.shuffle and len(data) > 1:
        order = draw(st.permutations(list(data)))
        data = {key: data[key] for key in order}
    return data


def wire_json(
    cls: type = BatchJob,
    *,
    extra_keys: bool = True,
    nulls: bool = False,
    enum_variants: bool = True,
    shuffle: bool = True,
    max_list: int = 2,
) -> Strategy:
    """Wire JSON objects for model class ``cls`` and everything nested in it.

    Required fields are always present; each optional field may be. ``extra_keys`` adds keys
    unknown to this version, ``nulls`` lets optional fields be JSON ``null``,
    ``enum_variants`` draws enum values in other cases and unknown values, ``shuffle`` varies
    key order, ``max_list`` bounds arrays.
    """
    opts = _Options(extra_keys, nulls, enum_variants, shuffle, max_list)
    key = (cls, opts)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached

    def build() -> Strategy:
        required: Dict[str, Strategy] = {}
        optional: Dict[str, Strategy] = {}
        flds = fields(cls)
        for f in flds:
            strategy = _value(f.type, f.format, opts)
            (required if f.required else optional)[f.wire] = strategy
        known = tuple(f.wire for f in flds)
        return _assemble(required, optional, known, opts)

    strategy = st.deferred(build)
    _CACHE[key] = strategy
    return strategy


def job_json(**options: Any) -> Strategy:
    """Wire JSON of a whole ``BatchJob`` (see :func:`wire_json` for the options)."""
    return wire_json(BatchJob, **options)
