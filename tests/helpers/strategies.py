"""Test models covering every wire format, and Hypothesis strategies for them.

The models here are shared by the engine tests. ``Everything`` has one field per supported
(type, format) pair; ``Part`` is a nested, self-referencing model; ``Animal`` and
``Vehicle`` are polymorphic families (one discriminator over three levels, and a
discriminator nested inside another). String annotations refer to models declared further
down, so forward references are exercised too.

Strategies come in two kinds: ``*_wire`` strategies draw JSON as the service could send it
(unusual but valid spellings, unknown keys, unknown enum and discriminator values, random
key order); ``*_values`` strategies draw Python values that survive encode/decode exactly.
"""

import base64
import datetime as dt
import decimal
import string
from typing import Any, Callable, Dict, List, Literal, Optional, Set, Tuple, Union

from hypothesis import strategies as st

from batchmodels import Model, StrEnum, fields, rest_discriminator, rest_field

# .NET's TimeSpan range, as written to the service (a longer timedelta is never written).
LONGEST_DURATION = dt.timedelta(microseconds=922_337_203_685_477_581)


def durations() -> st.SearchStrategy[dt.timedelta]:
    """Timedeltas within the range the service takes."""
    return st.timedeltas(min_value=-LONGEST_DURATION, max_value=LONGEST_DURATION)


UTC = dt.timezone.utc

# --- models ---------------------------------------------------------------------------------


class Color(StrEnum):
    """A small extensible enum; values differ from names in case and shape."""

    RED = "red"
    GREEN = "green"
    DARK_BLUE = "darkBlue"


class Everything(Model):
    """One field per supported (type, format) pair, plus read-only and secret fields."""

    text: Optional[str] = rest_field()
    count: Optional[int] = rest_field()
    ratio: Optional[float] = rest_field()
    flag: Optional[bool] = rest_field()
    created: Optional[dt.datetime] = rest_field()
    modified: Optional[dt.datetime] = rest_field(format="rfc3339")
    expires: Optional[dt.datetime] = rest_field(format="rfc7231")
    epoch: Optional[dt.datetime] = rest_field(format="unix-timestamp")
    day: Optional[dt.date] = rest_field()
    clock: Optional[dt.time] = rest_field()
    timeout: Optional[dt.timedelta] = rest_field()
    payload: Optional[bytes] = rest_field()
    payload64: Optional[bytes] = rest_field(format="base64")
    token: Optional[bytes] = rest_field(format="base64url")
    amount: Optional[decimal.Decimal] = rest_field()
    big_id: Optional[int] = rest_field(format="str")
    csv_items: Optional[List[str]] = rest_field(format="csv")
    pipe_items: Optional[List[str]] = rest_field(format="pipes")
    space_items: Optional[List[str]] = rest_field(format="ssv")
    line_items: Optional[List[str]] = rest_field(format="newline")
    color: Optional[Union[str, Color]] = rest_field()
    strict_color: Optional[Color] = rest_field()
    mode: Optional[Literal["fast", "slow"]] = rest_field()
    either: Optional[Union[int, str]] = rest_field()
    numbers: Optional[List[int]] = rest_field()
    matrix: Optional[List[List[float]]] = rest_field()
    labels: Optional[Dict[str, str]] = rest_field()
    tags: Optional[Set[str]] = rest_field()
    pair: Optional[Tuple[int, str]] = rest_field()
    stamps: Optional[List[dt.datetime]] = rest_field()
    timeouts: Optional[Dict[str, dt.timedelta]] = rest_field()
    history: Optional[Tuple[dt.datetime, ...]] = rest_field()
    windows: Optional[Dict[str, List[dt.timedelta]]] = rest_field()
    part: Optional["Part"] = rest_field()
    parts: Optional[List["Part"]] = rest_field()
    part_map: Optional[Dict[str, "Part"]] = rest_field()
    part_grid: Optional[List[List["Part"]]] = rest_field()
    part_tuple: Optional[Tuple["Part", ...]] = rest_field()
    pet: Optional["Animal"] = rest_field()
    pets: Optional[List["Animal"]] = rest_field()
    vehicle: Optional["Vehicle"] = rest_field()
    anything: Optional[Any] = rest_field()
    password: Optional[str] = rest_field(secret=True)
    etag: Optional[str] = rest_field(name="eTag", visibility=["read"])
    state_time: Optional[dt.datetime] = rest_field(visibility=["read"])


class Part(Model):
    """A nested model that may hold itself; has a read-only and a secret field."""

    name: Optional[str] = rest_field()
    size: Optional[int] = rest_field()
    when: Optional[dt.datetime] = rest_field()
    timeout: Optional[dt.timedelta] = rest_field()
    labels: Optional[Dict[str, str]] = rest_field()
    children: Optional[List["Part"]] = rest_field()
    url: Optional[str] = rest_field(visibility=["read"])
    secret_key: Optional[str] = rest_field(secret=True)


class Animal(Model):
    """Polymorphic base: ``kind`` selects Dog, Puppy or Cat."""

    kind: str = rest_discriminator()
    name: Optional[str] = rest_field()
    born: Optional[dt.datetime] = rest_field(visibility=["read"])


class Dog(Animal, discriminator="dog"):
    """Second level."""

    good: Optional[bool] = rest_field()


class Puppy(Dog, discriminator="puppy"):
    """Third level, registered under the same discriminator as Dog."""

    age_weeks: Optional[int] = rest_field()
    toys: Optional[List[Part]] = rest_field()


class Cat(Animal, discriminator="cat"):
    """Second level with a read-only field of its own."""

    lives: Optional[int] = rest_field()
    license_id: Optional[str] = rest_field(visibility=["read"])


class Vehicle(Model):
    """Polymorphic base whose subclass Car declares a second discriminator."""

    vehicle_type: str = rest_discriminator(name="type")
    wheels: Optional[int] = rest_field()


class Car(Vehicle, discriminator="car"):
    """Selected by ``type``; ``engine`` then selects the kind of car."""

    engine: str = rest_discriminator()
    seats: Optional[int] = rest_field()


class ElectricCar(Car, discriminator="electric"):
    """Selected by ``type == "car"`` and ``engine == "electric"``."""

    range_km: Optional[int] = rest_field()
    vin: Optional[str] = rest_field(visibility=["read"])


class DieselCar(Car, discriminator="diesel"):
    """Selected by ``type == "car"`` and ``engine == "diesel"``."""

    tank_litres: Optional[float] = rest_field()


class Bike(Vehicle, discriminator="bike"):
    """Selected by ``type == "bike"``."""

    gears: Optional[int] = rest_field()


# --- helpers --------------------------------------------------------------------------------


def wire_names(cls: type) -> Set[str]:
    """Every wire name a class (and all its subclasses) may use."""
    names = {f.wire for f in fields(cls)}
    for sub in cls.__subclasses__():
        names |= wire_names(sub)
    return names


def read_all(value: Any) -> None:
    """Read every field of every model inside ``value``, recursively (decoding them all)."""
    if isinstance(value, Model):
        for f in fields(value):
            read_all(getattr(value, f.attr))
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            read_all(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_all(item)


# --- JSON and text pieces -------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)
json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(max_size=5), children, max_size=3),
    ),
    max_leaves=8,
)
"""Any JSON value (finite numbers only, as JSON has no NaN)."""

short_text = st.text(max_size=12)


def _shuffled(pairs: List[Tuple[str, Any]], draw: Callable[..., Any]) -> Dict[str, Any]:
    draw(st.randoms(use_true_random=False)).shuffle(pairs)
    return dict(pairs)


@st.composite
def _object(
    draw: Callable[..., Any],
    known: Dict[str, st.SearchStrategy[Any]],
    required: Dict[str, Any],
    reserved: Set[str],
    unknown: int = 1,
) -> Dict[str, Any]:
    """A JSON object: the required pairs, about a quarter of the known keys, up to ``unknown``
    keys this model does not declare, in random order."""
    pairs: List[Tuple[str, Any]] = list(required.items())
    full = (1 << len(known)) - 1
    mask = draw(st.integers(0, full)) & draw(st.integers(0, full)) if known else 0
    for i, (key, strategy) in enumerate(known.items()):
        if mask >> i & 1:
            pairs.append((key, draw(strategy)))
    if unknown:
        names = st.text(max_size=8).filter(lambda k: k not in reserved)
        pairs.extend(draw(st.dictionaries(names, json_values, max_size=unknown)).items())
    return _shuffled(pairs, draw)


# --- wire spellings of each format ----------------------------------------------------------


@st.composite
def rfc3339_text(draw: Callable[..., Any]) -> str:
    """Any valid RFC 3339 spelling: ``T``/``t``/space, 0-9 fraction digits, ``Z``/``z``/offset."""
    day = draw(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
    clock = draw(st.times())
    sep = draw(st.sampled_from("Tt "))
    digits = draw(st.text(alphabet=string.digits, max_size=9))
    frac = f".{digits}" if digits else ""
    zone = draw(
        st.one_of(
            st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
            st.builds(
                lambda sign, h, m: f"{sign}{h:02d}:{m:02d}",
                st.sampled_from("+-"),
                st.integers(0, 23),
                st.integers(0, 59),
            ),
        )
    )
    return (
        f"{day.year:04d}-{day.month:02d}-{day.day:02d}{sep}"
        f"{clock.hour:02d}:{clock.minute:02d}:{clock.second:02d}{frac}{zone}"
    )


def _rfc7231(value: dt.datetime) -> str:
    from email.utils import format_datetime

    return format_datetime(value, usegmt=True)


rfc7231_text = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(UTC)
).map(lambda d: _rfc7231(d.replace(microsecond=0)))
unix_numbers = st.one_of(
    st.integers(min_value=-2_000_000_000, max_value=7_000_000_000),
    st.floats(min_value=-2e9, max_value=7e9, allow_nan=False),
)
date_text = st.dates().map(dt.date.isoformat)


@st.composite
def time_text(draw: Callable[..., Any]) -> str:
    clock = draw(st.times())
    digits = draw(st.text(alphabet=string.digits, min_size=1, max_size=7))
    frac = f".{digits}" if draw(st.booleans()) else ""
    zone = draw(st.sampled_from(["", "Z", "+02:00", "-05:30"]))
    return f"{clock.hour:02d}:{clock.minute:02d}:{clock.second:02d}{frac}{zone}"


@st.composite
def duration_text(draw: Callable[..., Any]) -> str:
    """ISO 8601 durations as Batch uses them (days to fractional seconds), any spelling."""
    number = st.integers(min_value=0, max_value=10**5)
    parts = {}
    for unit in "DHMS":
        if draw(st.booleans()):
            whole = draw(number)
            frac = draw(st.text(alphabet=string.digits, min_size=1, max_size=9))
            parts[unit] = f"{whole}.{frac}" if draw(st.booleans()) else str(whole)
    if not parts:
        parts["S"] = str(draw(number))
    sign = draw(st.sampled_from(["", "", "-", "+"]))
    text = f"{sign}P" + (f"{parts['D']}D" if "D" in parts else "")
    clock = "".join(f"{parts[u]}{u}" for u in "HMS" if u in parts)
    return text + (f"T{clock}" if clock else "")


durations_text = st.one_of(
    duration_text(),
    st.sampled_from(["P10675199DT2H48M5.4775807S", "PT0S", "P0D", "-PT5M", "P2W", "PT1.5H"]),
)
base64_text = st.binary(max_size=20).map(lambda b: base64.b64encode(b).decode("ascii"))
base64url_text = st.one_of(
    st.binary(max_size=20).map(lambda b: base64.urlsafe_b64encode(b).decode("ascii")),
    st.binary(max_size=20).map(lambda b: base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")),
)
int_text = st.builds(
    lambda sign, zeros, n: f"{sign}{'0' * zeros}{n}",
    st.sampled_from(["", "-", "+"]),
    st.integers(0, 2),
    st.integers(min_value=0, max_value=2**70),
)


def delimited_text(sep: str) -> st.SearchStrategy[str]:
    alphabet = st.characters(blacklist_characters=sep, blacklist_categories=("Cs",))
    return st.lists(st.text(alphabet, max_size=6), max_size=4).map(sep.join)


def _random_case(text: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(text), max_size=len(text)).map(
        lambda flips: "".join(c.upper() if f else c.lower() for c, f in zip(text, flips))
    )


enum_text = st.one_of(
    st.sampled_from([c.value for c in Color]).flatmap(_random_case),
    short_text,  # mostly unknown values
)


def _part_wire(children: Optional[st.SearchStrategy[Any]]) -> st.SearchStrategy[Dict[str, Any]]:
    known: Dict[str, st.SearchStrategy[Any]] = {
        "name": short_text,
        "size": st.integers(),
        "when": rfc3339_text(),
        "timeout": durations_text,
        "labels": st.dictionaries(short_text, short_text, max_size=3),
        "url": short_text,
        "secretKey": short_text,
    }
    if children is not None:
        known["children"] = st.lists(children, max_size=2)
    return _object(known, {}, wire_names(Part))


part_wire: st.SearchStrategy[Dict[str, Any]] = st.recursive(
    _part_wire(None), _part_wire, max_leaves=3
)
"""Wire JSON of a ``Part``, possibly with children, unknown keys included."""

_ANIMAL_FIELDS: Dict[str, st.SearchStrategy[Any]] = {
    "name": short_text,
    "born": rfc3339_text(),
}
animal_reserved = wire_names(Animal)
animal_wire = st.one_of(
    _object({**_ANIMAL_FIELDS, "good": st.booleans()}, {"kind": "dog"}, animal_reserved),
    _object(
        {
            **_ANIMAL_FIELDS,
            "good": st.booleans(),
            "ageWeeks": st.integers(0, 52),
            "toys": st.lists(part_wire, max_size=2),
        },
        {"kind": "puppy"},
        animal_reserved,
    ),
    _object(
        {**_ANIMAL_FIELDS, "lives": st.integers(0, 9), "licenseId": short_text},
        {"kind": "cat"},
        animal_reserved,
    ),
    short_text.filter(lambda k: k not in ("dog", "puppy", "cat")).flatmap(
        lambda kind: _object(_ANIMAL_FIELDS, {"kind": kind}, animal_reserved)
    ),
)
"""Wire JSON of an ``Animal``: any subclass, or an unknown ``kind``."""

vehicle_reserved = wire_names(Vehicle)
_CAR_FIELDS: Dict[str, st.SearchStrategy[Any]] = {
    "wheels": st.integers(0, 8),
    "seats": st.integers(1, 9),
}
vehicle_wire = st.one_of(
    _object(
        {"wheels": st.integers(0, 8), "gears": st.integers(1, 30)},
        {"type": "bike"},
        vehicle_reserved,
    ),
    _object(
        {**_CAR_FIELDS, "rangeKm": st.integers(0, 1000), "vin": short_text},
        {"type": "car", "engine": "electric"},
        vehicle_reserved,
    ),
    _object(
        {**_CAR_FIELDS, "tankLitres": st.floats(0, 100)},
        {"type": "car", "engine": "diesel"},
        vehicle_reserved,
    ),
    short_text.flatmap(
        lambda engine: _object(_CAR_FIELDS, {"type": "car", "engine": engine}, vehicle_reserved)
    ),
    short_text.flatmap(
        lambda kind: _object({"wheels": st.integers(0, 8)}, {"type": kind}, vehicle_reserved)
    ),
)
"""Wire JSON of a ``Vehicle``: Bike, ElectricCar, DieselCar, an unknown engine or type."""

EVERYTHING_WIRE: Dict[str, st.SearchStrategy[Any]] = {
    "text": short_text,
    "count": st.integers(),
    "ratio": st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
    "flag": st.booleans(),
    "created": rfc3339_text(),
    "modified": rfc3339_text(),
    "expires": rfc7231_text,
    "epoch": unix_numbers,
    "day": date_text,
    "clock": time_text(),
    "timeout": durations_text,
    "payload": base64_text,
    "payload64": base64_text,
    "token": base64url_text,
    "amount": st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
    "bigId": st.one_of(int_text, st.integers()),
    "csvItems": delimited_text(","),
    "pipeItems": delimited_text("|"),
    "spaceItems": delimited_text(" "),
    "lineItems": delimited_text("\n"),
    "color": enum_text,
    "strictColor": enum_text,
    "mode": st.sampled_from(["fast", "slow"]),
    "either": st.one_of(st.integers(), short_text),
    "numbers": st.lists(st.integers(), max_size=4),
    "matrix": st.lists(
        st.lists(st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False))),
        max_size=3,
    ),
    "labels": st.dictionaries(short_text, short_text, max_size=3),
    "tags": st.lists(short_text, max_size=4),
    "pair": st.tuples(st.integers(), short_text).map(list),
    "stamps": st.lists(rfc3339_text(), max_size=3),
    "timeouts": st.dictionaries(short_text, durations_text, max_size=3),
    "history": st.lists(rfc3339_text(), max_size=3),
    "windows": st.dictionaries(short_text, st.lists(durations_text, max_size=2), max_size=2),
    "part": part_wire,
    "parts": st.lists(part_wire, max_size=2),
    "partMap": st.dictionaries(short_text, part_wire, max_size=2),
    "partGrid": st.lists(st.lists(part_wire, max_size=2), max_size=2),
    "partTuple": st.lists(part_wire, max_size=2),
    "pet": animal_wire,
    "pets": st.lists(animal_wire, max_size=3),
    "vehicle": vehicle_wire,
    "anything": json_values,
    "password": short_text,
    "eTag": short_text,
    "stateTime": rfc3339_text(),
}

everything_wire = _object(EVERYTHING_WIRE, {}, wire_names(Everything), unknown=3)
"""Wire JSON of ``Everything``: any subset of its fields, unknown keys, any key order."""


# --- Python values that survive encode then decode exactly -----------------------------------

offsets = st.builds(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)),
    st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59),
)
aware_datetimes = st.datetimes(
    min_value=dt.datetime(2, 1, 1),
    max_value=dt.datetime(9998, 12, 31),
    timezones=st.one_of(st.just(UTC), offsets),
)
"""Aware datetimes, kept a day away from the ends of the range so UTC conversion works."""

whole_second_datetimes = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
"""UTC datetimes without sub-seconds (rfc7231 and unix-timestamp carry whole seconds)."""

times = st.one_of(
    st.times(),
    st.times(
        timezones=st.sampled_from(
            [UTC, dt.timezone(dt.timedelta(hours=2)), dt.timezone(-dt.timedelta(hours=5))]
        )
    ),
)
"""Naive times and times with a fixed UTC offset."""

decimals = st.builds(
    lambda digits, exponent: decimal.Decimal(digits).scaleb(exponent),
    st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1),
    st.integers(min_value=-30, max_value=30),
)
"""Decimals of at most 15 significant digits: the ones a JSON (float) number carries exactly."""


def delimited_items(sep: str) -> st.SearchStrategy[List[str]]:
    """Lists of strings free of ``sep``; ``[""]`` is left out, as it is written like ``[]``."""
    alphabet = st.characters(blacklist_characters=sep, blacklist_categories=("Cs",))
    return st.lists(st.text(alphabet, max_size=6), max_size=4).filter(lambda v: v != [""])


def parts(max_depth: int = 2) -> st.SearchStrategy[Part]:
    """``Part`` models built from Python values by keyword."""
    children: st.SearchStrategy[Any] = (
        st.lists(st.deferred(lambda: parts(max_depth - 1)), max_size=2)
        if max_depth > 0
        else st.none()
    )
    return st.builds(
        Part,
        name=st.none() | short_text,
        size=st.none() | st.integers(),
        when=st.none() | aware_datetimes,
        timeout=st.none() | durations(),
        labels=st.none() | st.dictionaries(short_text, short_text, max_size=2),
        children=st.none() | children,
        url=st.none() | short_text,
        secret_key=st.none() | short_text,
    )


animals = st.one_of(
    st.builds(Dog, name=st.none() | short_text, good=st.none() | st.booleans()),
    st.builds(
        Puppy,
        name=st.none() | short_text,
        age_weeks=st.none() | st.integers(0, 52),
        toys=st.none() | st.lists(parts(1), max_size=2),
    ),
    st.builds(Cat, lives=st.none() | st.integers(0, 9), license_id=st.none() | short_text),
)
vehicles = st.one_of(
    st.builds(Bike, gears=st.none() | st.integers(1, 30)),
    st.builds(
        ElectricCar, range_km=st.none() | st.integers(0, 900), seats=st.none() | st.integers()
    ),
    st.builds(DieselCar, tank_litres=st.none() | st.floats(0, 100)),
)

EVERYTHING_VALUES: Dict[str, st.SearchStrategy[Any]] = {
    "text": short_text,
    "count": st.integers(),
    "ratio": st.floats(allow_nan=False, allow_infinity=False),
    "flag": st.booleans(),
    "created": aware_datetimes,
    "modified": aware_datetimes,
    "expires": whole_second_datetimes,
    "epoch": whole_second_datetimes,
    "day": st.dates(),
    "clock": times,
    "timeout": durations(),
    "payload": st.binary(max_size=20),
    "payload64": st.binary(max_size=20),
    "token": st.binary(max_size=20),
    "amount": decimals,
    "big_id": st.integers(),
    "csv_items": delimited_items(","),
    "pipe_items": delimited_items("|"),
    "space_items": delimited_items(" "),
    "line_items": delimited_items("\n"),
    "color": st.one_of(
        st.sampled_from(Color),
        short_text.filter(lambda t: t.lower() not in {c.value.lower() for c in Color}),
    ),
    "strict_color": st.sampled_from(Color),
    "mode": st.sampled_from(["fast", "slow"]),
    "either": st.one_of(st.integers(), short_text),
    "numbers": st.lists(st.integers(), max_size=4),
    "matrix": st.lists(st.lists(st.floats(allow_nan=False, allow_infinity=False)), max_size=3),
    "labels": st.dictionaries(short_text, short_text, max_size=3),
    "tags": st.sets(short_text, max_size=4),
    "pair": st.tuples(st.integers(), short_text),
    "stamps": st.lists(aware_datetimes, max_size=3),
    "timeouts": st.dictionaries(short_text, durations(), max_size=3),
    "history": st.lists(aware_datetimes, max_size=3).map(tuple),
    "windows": st.dictionaries(short_text, st.lists(durations(), max_size=2), max_size=2),
    "part": parts(),
    "parts": st.lists(parts(1), max_size=2),
    "part_map": st.dictionaries(short_text, parts(1), max_size=2),
    "part_grid": st.lists(st.lists(parts(0), max_size=2), max_size=2),
    "part_tuple": st.lists(parts(0), max_size=2).map(tuple),
    "pet": animals,
    "pets": st.lists(animals, max_size=2),
    "vehicle": vehicles,
    "anything": json_values,
    "password": short_text,
    "etag": short_text,
    "state_time": aware_datetimes,
}
"""For each field of ``Everything``, Python values that encode and decode back to equals."""


@st.composite
def everything_kwargs(draw: Callable[..., Any]) -> Dict[str, Any]:
    """Keyword arguments for ``Everything``: any subset of its fields."""
    full = (1 << len(EVERYTHING_VALUES)) - 1
    mask = draw(st.integers(0, full)) & draw(st.integers(0, full))
    return {
        attr: draw(strategy)
        for i, (attr, strategy) in enumerate(EVERYTHING_VALUES.items())
        if mask >> i & 1
    }


everything_models = st.one_of(
    everything_kwargs().map(lambda kw: Everything(**kw)),
    everything_wire.map(Everything),
)
"""``Everything`` models, built by keyword or from wire JSON."""
