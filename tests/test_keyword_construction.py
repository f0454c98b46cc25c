"""Building models by keyword arguments: what each kind of value becomes on the wire.

Keyword construction has its own fast paths per field kind (plain values, enum members,
times, models, lists of models); every test here pins a behaviour those paths must keep
identical to assigning the same value to the attribute.
"""

import copy
import datetime as dt
import json
import pickle
from typing import Any, Dict, List, Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batchmodels import (
    NULL,
    InvalidTypeError,
    InvalidValueError,
    Model,
    StrEnum,
    dumps,
    rest_field,
    validate,
)
from batchmodels.models import (
    AutoUserScope,
    AutoUserSpecification,
    BatchJob,
    BatchMetadataItem,
    BatchPoolInfo,
    ElevationLevel,
    UserAccount,
)
from helpers import scaled
from helpers.strategies import Cat, Color, Dog, Everything, Part, Puppy, offsets

UTC = dt.timezone.utc


class SubPart(Part):
    """A plain subclass of the field's model class (no discriminator)."""

    extra: Optional[str] = rest_field()


class Shade(StrEnum):
    """Another enum sharing a value with ``Color``."""

    RED = "red"


class Holder(Model):
    part: Optional[Part] = rest_field()
    parts: Optional[List[Part]] = rest_field()
    pet: Optional[Dog] = rest_field()
    color: Optional[Color] = rest_field()
    timeout: Optional[dt.timedelta] = rest_field()
    when: Optional[dt.datetime] = rest_field()
    count: Optional[int] = rest_field()
    flag: Optional[bool] = rest_field()
    text: Optional[str] = rest_field()


def by_attribute(cls: type, **values: Any) -> Any:
    """The model that assigning each value to its attribute, in order, makes."""
    obj = cls()
    for name, value in values.items():
        setattr(obj, name, value)
    return obj


# --- wire keys -----------------------------------------------------------------------------------


def test_wire_keys_follow_the_keyword_order() -> None:
    holder = Holder(
        timeout=dt.timedelta(seconds=1),
        parts=[Part(name="a")],
        text="t",
        color=Color.RED,
        part=Part(name="b"),
        when=dt.datetime(2020, 1, 1, tzinfo=UTC),
        flag=True,
        count=1,
    )
    assert list(holder) == ["timeout", "parts", "text", "color", "part", "when", "flag", "count"]


def test_discriminator_values_come_first_then_keyword_order() -> None:
    puppy = Puppy(toys=[Part(name="t")], age_weeks=3, name="rex")
    assert list(puppy) == ["kind", "toys", "ageWeeks", "name"]
    assert puppy["kind"] == "puppy"


def test_an_unknown_keyword_names_the_class_and_the_keyword() -> None:
    with pytest.raises(TypeError, match=r"Holder\(\) got an unexpected keyword argument 'colour'"):
        Holder(text="x", colour="red")
    with pytest.raises(TypeError, match="BatchJob"):
        BatchJob(id="j", poolInfo={})


# --- plain values --------------------------------------------------------------------------------


def test_plain_values_are_stored_as_given() -> None:
    holder = Holder(text="t", count=3, flag=False)
    assert holder.as_dict() == {"text": "t", "count": 3, "flag": False}
    assert (holder.text, holder.count, holder.flag) == ("t", 3, False)


def test_str_and_int_subclasses_are_stored_as_plain_values() -> None:
    holder = Holder(text=Color.RED)
    assert type(holder["text"]) is str and holder["text"] == "red"
    assert Holder(text=Color.GREEN).as_dict() == by_attribute(Holder, text=Color.GREEN).as_dict()


@pytest.mark.parametrize(
    ("name", "bad"),
    [("text", 5), ("count", "5"), ("count", True), ("flag", 1), ("text", b"x")],
)
def test_a_plain_field_given_the_wrong_type_raises_a_located_error(name: str, bad: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Holder(**{name: bad})
    assert info.value.path == f"$.{name}"


# --- None and NULL -------------------------------------------------------------------------------


def test_none_leaves_every_kind_of_field_unset() -> None:
    holder = Holder(part=None, parts=None, color=None, timeout=None, text=None, count=None)
    assert holder.as_dict() == {}
    assert holder.part is None and holder.parts is None and holder.color is None


def test_null_writes_json_null_for_every_kind_of_field() -> None:
    holder = Holder(part=NULL, parts=NULL, color=NULL, timeout=NULL, text=NULL, count=NULL)
    assert holder.as_dict() == dict.fromkeys(["part", "parts", "color", "timeout", "text", "count"])
    assert holder.part is None and holder.parts is None and holder.timeout is None


def test_azure_core_null_writes_json_null() -> None:
    core = pytest.importorskip("azure.core.serialization")
    holder = Holder(part=core.NULL, color=core.NULL, timeout=core.NULL, text=core.NULL)
    assert holder.as_dict() == {"part": None, "color": None, "timeout": None, "text": None}


# --- enums ---------------------------------------------------------------------------------------


def test_enum_members_are_stored_as_their_values() -> None:
    spec = AutoUserSpecification(scope=AutoUserScope.POOL, elevation_level=ElevationLevel.ADMIN)
    assert spec.as_dict() == {"scope": "pool", "elevationLevel": "admin"}
    assert type(spec["scope"]) is str
    assert spec.scope is AutoUserScope.POOL
    assert Holder(color=Color.DARK_BLUE).as_dict() == {"color": "darkBlue"}


@pytest.mark.parametrize(
    ("given", "wire"),
    [("red", "red"), ("RED", "red"), ("DarkBlue", "darkBlue"), ("purple", "purple")],
)
def test_plain_strings_for_an_enum_field_are_matched_ignoring_case(given: str, wire: str) -> None:
    holder = Holder(color=given)
    assert holder["color"] == wire
    assert holder.as_dict() == by_attribute(Holder, color=given).as_dict()
    assert AutoUserSpecification(scope=given.upper()).as_dict() == {"scope": given.upper()}
    assert AutoUserSpecification(scope="POOL").as_dict() == {"scope": "pool"}


def test_a_member_of_another_enum_with_an_equal_value_is_rejected() -> None:
    assert Shade.RED == Color.RED  # equal as strings, hashing alike
    with pytest.raises(InvalidValueError, match="not a member of Color") as info:
        Holder(color=Shade.RED)
    assert info.value.path == "$.color"


@pytest.mark.parametrize("bad", [5, 1.5, b"red", ["red"]])
def test_an_enum_field_given_the_wrong_type_raises_a_located_error(bad: Any) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Holder(color=bad)
    assert info.value.path == "$.color"


# --- times ---------------------------------------------------------------------------------------


def test_durations_and_datetimes_are_written_as_wire_text() -> None:
    holder = Holder(
        timeout=dt.timedelta(days=1, seconds=2), when=dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    )
    assert holder.as_dict() == {"timeout": "P1DT2S", "when": "2020-01-02T03:04:05Z"}
    assert holder.timeout == dt.timedelta(days=1, seconds=2)


def test_time_subclasses_and_wire_text_are_accepted_as_by_attribute() -> None:
    class Stamp(dt.datetime):
        pass

    values: Dict[str, Any] = {
        "when": Stamp(2020, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        "timeout": "PT5M",
    }
    assert Holder(**values).as_dict() == by_attribute(Holder, **values).as_dict()
    assert Holder(**values).as_dict() == {"when": "2019-12-31T22:00:00Z", "timeout": "PT5M"}


# A UTC datetime given by keyword is kept as given and written as text on first export; every
# read of the wire side must see that text, as if it had been written at once.
_WHEN = dt.datetime(2020, 1, 2, 3, 4, 5, 600000, tzinfo=UTC)
_WHEN_TEXT = "2020-01-02T03:04:05.6Z"
_WIRE_READS: Dict[str, Any] = {
    "getitem": lambda m: m["when"],
    "get": lambda m: m.get("when"),
    "values": lambda m: next(iter(m.values())),
    "items": lambda m: dict(m.items())["when"],
    "pop": lambda m: m.pop("when"),
    "as_dict": lambda m: m.as_dict()["when"],
    "as_attribute_dict": lambda m: m.as_attribute_dict()["when"],
    "copy": lambda m: m.copy().as_dict()["when"],
    "deepcopy": lambda m: copy.deepcopy(m).as_dict()["when"],
    "pickle": lambda m: pickle.loads(pickle.dumps(m))["when"],
    "dumps": lambda m: json.loads(dumps(m))["when"],
    "json.dumps": lambda m: json.loads(json.dumps(m.as_dict()))["when"],
    "equality": lambda m: _WHEN_TEXT if m == {"when": _WHEN_TEXT} else "differs",
    "repr": lambda m: _WHEN_TEXT if repr(_WHEN_TEXT) in repr(m) else repr(m),
    "validate": lambda m: _WHEN_TEXT if not validate(m) else validate(m),
    "nested in a model": lambda m: BatchJobLike(holder=m).as_dict()["holder"]["when"],
}


class BatchJobLike(Model):
    holder: Optional[Holder] = rest_field()


@pytest.mark.parametrize("read", list(_WIRE_READS.values()), ids=list(_WIRE_READS))
def test_a_utc_datetime_given_by_keyword_is_text_on_every_wire_read(read: Any) -> None:
    holder = Holder(when=_WHEN)
    assert read(holder) == _WHEN_TEXT
    assert holder.get("when", _WHEN_TEXT) == _WHEN_TEXT  # also after the read above
    assert read(Holder(when=_WHEN)) == read(by_attribute(Holder, when=_WHEN))


def test_a_utc_datetime_given_by_keyword_reads_back_as_given_before_and_after_export() -> None:
    holder = Holder(when=_WHEN, count=1)
    assert holder.when is _WHEN
    assert holder.as_dict() == {"when": _WHEN_TEXT, "count": 1}
    assert holder.when == _WHEN
    holder.when = dt.datetime(2021, 1, 1, tzinfo=UTC)
    assert holder["when"] == "2021-01-01T00:00:00Z"
    del holder.when
    assert holder.as_dict() == {"count": 1}


@pytest.mark.parametrize("export_first", [False, True])
def test_a_datetime_given_by_keyword_then_changed_through_the_mapping(export_first: bool) -> None:
    holder = Holder(when=_WHEN, parts=[Part(name="p")])
    if export_first:
        holder.as_dict()
    holder["when"] = "2021-01-01T00:00:00.5Z"
    assert holder.when == dt.datetime(2021, 1, 1, 0, 0, 0, 500000, tzinfo=UTC)
    assert holder.as_dict()["when"] == "2021-01-01T00:00:00.5Z"
    exposed = Holder(when=_WHEN, parts=[Part(name="p")])
    exposed["parts"].append({"name": "q"})  # hands out a container: the model is exposed
    assert exposed.when == _WHEN
    assert exposed["when"] == _WHEN_TEXT
    exposed["when"] = "2022-01-01T00:00:00Z"
    assert exposed.when == dt.datetime(2022, 1, 1, tzinfo=UTC)
    assert json.loads(dumps(exposed)) == {
        "when": "2022-01-01T00:00:00Z",
        "parts": [{"name": "p"}, {"name": "q"}],
    }


@settings(max_examples=scaled(200))
@given(st.datetimes(timezones=st.none() | st.just(UTC) | offsets))
def test_any_datetime_by_keyword_gives_what_attribute_assignment_gives(value: dt.datetime) -> None:
    try:
        expected = by_attribute(Holder, when=value)
    except InvalidValueError:  # beyond years 1-9999 in UTC
        with pytest.raises(InvalidValueError):
            Holder(when=value)
        return
    built = Holder(when=value)
    assert built.when == expected.when
    assert built.as_dict() == expected.as_dict()
    assert built.when == expected.when


@pytest.mark.parametrize(
    ("name", "bad", "error"),
    [
        ("timeout", 5, InvalidTypeError),
        ("timeout", "five minutes", InvalidValueError),
        ("when", dt.date(2020, 1, 1), InvalidTypeError),
        ("when", "yesterday", InvalidValueError),
    ],
)
def test_a_time_field_given_a_bad_value_raises_a_located_error(
    name: str, bad: Any, error: type
) -> None:
    with pytest.raises(error) as info:  # type: ignore[var-annotated]
        Holder(**{name: bad})
    assert info.value.path == f"$.{name}"


# --- models --------------------------------------------------------------------------------------


def test_a_model_given_by_keyword_becomes_part_of_the_new_model() -> None:
    part = Part(name="p")
    holder = Holder(part=part)
    assert holder.part is part
    assert holder["part"] is Model.__batchmodels_wire__(part)  # its wire dict, not a copy
    part.name = "changed"
    part.timeout = dt.timedelta(minutes=1)
    assert holder.as_dict() == {"part": {"name": "changed", "timeout": "PT1M"}}


def test_edits_to_a_nested_models_live_values_reach_the_export() -> None:
    part = Part(name="p", children=[Part(name="c")])
    pool = BatchPoolInfo(pool_id="p")
    job = BatchJob(id="j", pool_info=pool, metadata=[BatchMetadataItem(name="a", value="1")])
    holder = Holder(part=part)
    part.children.append(Part(name="d"))  # a live value of the nested model, edited in place
    job.metadata[0].value = "2"
    job.metadata.append(BatchMetadataItem(name="b", value="3"))
    pool.pool_id = "q"
    assert holder.as_dict() == {"part": {"name": "p", "children": [{"name": "c"}, {"name": "d"}]}}
    assert job.as_dict() == {
        "id": "j",
        "poolInfo": {"poolId": "q"},
        "metadata": [{"name": "a", "value": "2"}, {"name": "b", "value": "3"}],
    }


def test_a_subclass_instance_of_the_field_class_is_kept_as_the_same_object() -> None:
    sub = SubPart(name="s", extra="e")
    holder = Holder(part=sub, parts=[sub])
    assert holder.part is sub and holder.parts[0] is sub
    sub.extra = "changed"
    assert holder.as_dict() == {
        "part": {"name": "s", "extra": "changed"},
        "parts": [{"name": "s", "extra": "changed"}],
    }


def test_a_registered_subclass_is_kept_for_a_field_typed_as_its_base() -> None:
    puppy = Puppy(name="rex")
    holder = Holder(pet=puppy)
    assert holder.pet is puppy
    assert holder.as_dict() == {"pet": {"kind": "puppy", "name": "rex"}}


def test_a_model_of_another_class_raises_a_located_error() -> None:
    with pytest.raises(InvalidTypeError, match="expected Part, got Cat") as info:
        Holder(part=Cat(lives=1))
    assert info.value.path == "$.part"
    with pytest.raises(InvalidTypeError, match="expected Dog, got Cat"):
        Holder(pet=Cat())


def test_a_mapping_for_a_model_field_is_copied_into_a_new_model() -> None:
    wire = {"name": "p", "labels": {"a": "b"}}
    holder = Holder(part=wire)
    wire["labels"]["a"] = "changed"
    assert isinstance(holder.part, Part)
    assert holder.as_dict() == {"part": {"name": "p", "labels": {"a": "b"}}}


def test_an_exposed_model_given_by_keyword_is_shared_as_by_attribute() -> None:
    part = Part(name="p", labels={"a": "b"})
    labels = part["labels"]  # handed out as plain JSON: the model is now exposed
    holder = Holder(part=part)
    assert holder.part is part
    labels["a"] = "through the mapping"
    part.labels["c"] = "through the attribute"
    expected = {
        "part": {"name": "p", "labels": {"a": "through the mapping", "c": "through the attribute"}}
    }
    assert holder.as_dict() == expected
    assert by_attribute(Holder, part=part).as_dict() == expected


# --- lists of models -----------------------------------------------------------------------------


def test_a_list_of_models_is_copied_at_its_own_level_and_shares_the_models() -> None:
    first, second = Part(name="a"), Part(name="b")
    given = [first, second]
    holder = Holder(parts=given)
    assert holder.parts == given and holder.parts is not given
    assert holder.parts[0] is first and holder.parts[1] is second
    given.append(Part(name="not kept"))
    second.name = "changed"
    holder.parts.append(Part(name="c"))
    assert holder.as_dict() == {"parts": [{"name": "a"}, {"name": "changed"}, {"name": "c"}]}
    assert len(given) == 3


def test_an_empty_list_of_models_is_kept() -> None:
    holder = Holder(parts=[])
    assert holder.as_dict() == {"parts": []}
    holder.parts.append(Part(name="a"))
    assert holder.as_dict() == {"parts": [{"name": "a"}]}


def test_a_list_mixing_models_and_mappings_keeps_the_models() -> None:
    first = Part(name="a")
    holder = Holder(parts=[first, {"name": "b"}])
    assert holder.parts[0] is first
    assert isinstance(holder.parts[1], Part) and holder.parts[1].name == "b"
    first.name = "changed"
    assert holder.as_dict() == {"parts": [{"name": "changed"}, {"name": "b"}]}


def test_a_tuple_of_models_for_a_list_field_is_accepted_as_by_attribute() -> None:
    parts = (Part(name="a"), Part(name="b"))
    assert Holder(parts=parts).as_dict() == by_attribute(Holder, parts=parts).as_dict()
    assert Holder(parts=parts).as_dict() == {"parts": [{"name": "a"}, {"name": "b"}]}


@pytest.mark.parametrize(
    ("bad", "path"),
    [([Part(), 5], "$.parts[1]"), ([Cat()], "$.parts[0]"), (Part(), "$.parts"), ("ab", "$.parts")],
)
def test_a_bad_list_of_models_raises_a_located_error(bad: Any, path: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Holder(parts=bad)
    assert info.value.path == path


# --- secrets and the whole job -------------------------------------------------------------------


def test_a_secret_given_by_keyword_is_on_the_wire_but_not_in_vars() -> None:
    account = UserAccount(name="u", password="hunter2", elevation_level=ElevationLevel.ADMIN)
    assert account.as_dict() == {"name": "u", "password": "hunter2", "elevationLevel": "admin"}
    assert "hunter2" not in repr(vars(account))
    assert account.password == "hunter2"
    assert "hunter2" not in repr(vars(account))


def test_every_kind_of_value_gives_what_attribute_assignment_gives() -> None:
    when = dt.datetime(2020, 1, 2, tzinfo=UTC)
    values: Dict[str, Any] = {
        "text": "t",
        "count": 4,
        "flag": True,
        "color": Color.GREEN,
        "timeout": dt.timedelta(hours=1),
        "when": when,
        "part": Part(name="p"),
        "parts": [Part(name="q")],
        "pet": Dog(good=True),
    }
    built = Holder(**values)
    assigned = by_attribute(Holder, **values)
    assert built.as_dict() == assigned.as_dict()
    assert list(built) == list(assigned)
    for name in values:
        assert getattr(built, name) == getattr(assigned, name), name
    for name in ("part", "pet"):
        assert getattr(built, name) is values[name]


def test_everything_model_by_keyword_matches_attribute_assignment() -> None:
    values: Dict[str, Any] = {
        "text": "t",
        "count": 1,
        "ratio": 0.5,
        "flag": False,
        "created": dt.datetime(2020, 1, 1, tzinfo=UTC),
        "expires": dt.datetime(2020, 1, 1, tzinfo=UTC),
        "epoch": dt.datetime(2020, 1, 1, tzinfo=UTC),
        "day": dt.date(2020, 1, 1),
        "clock": dt.time(1, 2, 3),
        "timeout": dt.timedelta(seconds=3),
        "payload": b"\x00\x01",
        "big_id": 12345678901234567890,
        "csv_items": ["a", "b"],
        "color": "GREEN",
        "strict_color": Color.RED,
        "mode": "fast",
        "either": 3,
        "numbers": [1, 2],
        "labels": {"a": "b"},
        "tags": {"x"},
        "pair": (1, "a"),
        "anything": {"free": [1]},
        "password": "s",
    }
    built = Everything(**values)
    assert built.as_dict() == by_attribute(Everything, **values).as_dict()
    assert list(built) == [Everything.__batchmodels__.by_attr[name].wire for name in values]
