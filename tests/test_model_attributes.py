"""Attribute semantics: wire vs Python values, decode once, live mutation, losslessness."""

import copy
import datetime as dt
import json
import pickle
from typing import Any, Dict

import pytest

from batchmodels import NULL, InvalidTypeError, InvalidValueError, dumps, fields
from helpers.strategies import Cat, Color, ElectricCar, Everything, Part, Puppy, read_all

UTC = dt.timezone.utc
P10675199 = "P10675199DT2H48M5.4775807S"

# Wire JSON for every field of Everything in unusual-but-valid spellings, plus unknown keys.
ODD_WIRE: Dict[str, Any] = {
    "zUnknownFirst": {"keep": ["me", 1, None]},
    "text": "t",
    "count": 1,
    "ratio": 2,
    "flag": True,
    "created": "2016-11-19T00:05:25.3119150Z",
    "modified": "2016-11-19t02:05:25.99999999+02:00",
    "expires": "Fri, 17 Feb 2017 00:00:00 GMT",
    "epoch": 1.5,
    "day": "2020-02-29",
    "clock": "10:11:12.1234567+02:00",
    "timeout": P10675199,
    "payload": "AAE=",
    "payload64": "AAE=",
    "token": "_-8=",
    "amount": 1.10,
    "bigId": "+0012",
    "csvItems": "a,,b",
    "pipeItems": "a|b",
    "spaceItems": "a  b",
    "lineItems": "a\nb\n",
    "color": "DARKBLUE",
    "strictColor": "mauve",
    "mode": "slow",
    "either": "7",
    "numbers": [1, 2],
    "matrix": [[1, 2.5]],
    "labels": {"b": "2", "a": "1"},
    "tags": ["x", "x", "y"],
    "pair": [1, "a"],
    "stamps": ["2016-11-19T00:05:25.3119150Z", "2016-11-19T00:05:25+00:00"],
    "timeouts": {"a": P10675199, "b": "PT60S"},
    "history": ["2016-11-19T00:05:25.3119150Z"],
    "windows": {"w": ["PT1.50S", "P1DT0H"]},
    "part": {"url": "u", "when": "2016-11-19T00:05:25.3119150Z", "zz": 1, "name": "p"},
    "parts": [{"timeout": "PT0.0000001S", "children": [{"url": "c", "secretKey": "s"}]}],
    "partMap": {"k": {"url": "u", "size": 1}},
    "partGrid": [[{"url": "u"}], []],
    "partTuple": [{"url": "u", "children": []}],
    "pet": {"lives": 9, "kind": "cat", "licenseId": "L", "born": "2016-11-19T00:05:25.3119150Z"},
    "pets": [
        {"kind": "puppy", "toys": [{"url": "u"}]},
        {"kind": "lizard", "born": "2016-11-19T00:05:25.3119150Z"},
    ],
    "vehicle": {"engine": "electric", "type": "car", "vin": "V", "rangeKm": 10},
    "anything": {"deep": [{"x": None}]},
    "password": "pw",
    "eTag": "0x8D",
    "stateTime": "2016-11-19T00:05:25.3119150Z",
    "zUnknownLast": None,
}


def odd() -> Everything:
    return Everything(ODD_WIRE)


def test_the_odd_wire_sample_covers_every_field() -> None:
    assert {f.wire for f in fields(Everything)} <= set(ODD_WIRE)


# --- wire side and Python side --------------------------------------------------------------


def test_item_is_the_wire_value_and_attribute_the_python_value() -> None:
    model = odd()
    assert model["created"] == "2016-11-19T00:05:25.3119150Z"
    assert model.created == dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC)
    assert model["timeout"] == P10675199
    assert model.timeout == dt.timedelta(days=10675199, seconds=10085, microseconds=477581)
    assert model["color"] == "DARKBLUE" and model.color is Color.DARK_BLUE
    assert model["part"] == ODD_WIRE["part"] and isinstance(model.part, Part)
    assert isinstance(model.pet, Cat) and model["pet"] == ODD_WIRE["pet"]


def test_setting_the_attribute_is_visible_as_an_item() -> None:
    model = Everything()
    model.created = dt.datetime(2020, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert model["created"] == "2020-01-01T00:00:00Z"
    model.timeout = dt.timedelta(minutes=-90)
    assert model["timeout"] == "-PT1H30M"
    model.color = Color.GREEN
    assert model["color"] == "green"
    model.part = Part(name="p")
    assert model["part"] == {"name": "p"}
    model.text = "x"
    assert model["text"] == "x"


def test_setting_the_item_is_visible_as_the_attribute() -> None:
    model = odd()
    assert model.created.year == 2016
    assert model.part.name == "p"
    assert model.text == "t"
    model["created"] = "2021-05-06T07:08:09Z"
    model["part"] = {"name": "q"}
    model["text"] = "u"
    assert model.created == dt.datetime(2021, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert model.part.name == "q"
    assert model.text == "u"
    model.update({"count": 5})
    assert model.count == 5


def test_none_removes_the_key_and_absent_reads_none() -> None:
    model = odd()
    model.created = None
    model.part = None
    model.text = None
    assert "created" not in model and "part" not in model and "text" not in model
    assert model.created is None and model.part is None and model.text is None
    del model.count
    assert "count" not in model and model.count is None
    assert Everything().numbers is None


def test_null_writes_json_null() -> None:
    model = Everything(text=NULL, part=Part(name="p"))
    model.part = NULL
    model.created = NULL
    assert model.as_dict() == {"text": None, "part": None, "created": None}
    assert "text" in model and model["text"] is None
    assert model.text is None and model.part is None
    assert dumps(model) == '{"text": null, "part": null, "created": null}'
    model.text = None  # a field that reads None already is left as it is
    assert "text" in model and model["text"] is None
    del model.text  # "not set" is different from null
    assert "text" not in model


def test_null_is_a_singleton_that_survives_copies() -> None:
    assert repr(NULL) == "NULL"
    assert copy.copy(NULL) is NULL
    assert copy.deepcopy(NULL) is NULL
    assert pickle.loads(pickle.dumps(NULL)) is NULL


def test_json_null_on_the_wire_reads_none_and_is_kept() -> None:
    model = Everything({"text": None, "part": None})
    assert model.text is None and model.part is None
    assert model.as_dict() == {"text": None, "part": None}


def test_a_json_null_read_and_assigned_back_stays_null() -> None:
    # A wire null reads as None; reading a value and assigning it back changes nothing.
    model = Everything({"text": None})
    model.text = model.text
    assert model.as_dict() == {"text": None}
    model.text = "t"
    model.text = None  # a value: removed
    assert "text" not in model
    model.text = None  # absent: stays absent
    assert "text" not in model


def test_unknown_attributes_are_errors() -> None:
    model = odd()
    with pytest.raises(AttributeError):
        model.zUnknownFirst  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="no field 'colour'"):
        model.colour = "red"  # type: ignore[attr-defined]
    assert "colour" not in model


def test_a_bad_value_leaves_the_model_unchanged() -> None:
    model = odd()
    with pytest.raises(InvalidTypeError):
        model.created = 1577836800  # type: ignore[assignment]
    with pytest.raises(InvalidValueError):
        model.created = "2020-01-01"  # type: ignore[assignment]
    with pytest.raises(InvalidTypeError):
        model.part = 5  # type: ignore[assignment]
    assert model.as_dict() == ODD_WIRE


def test_read_only_fields_can_be_set_at_run_time() -> None:
    model = Everything(etag="e", state_time=dt.datetime(2020, 1, 1, tzinfo=UTC))
    assert model.as_dict() == {"eTag": "e", "stateTime": "2020-01-01T00:00:00Z"}
    model.etag = "f"
    assert model["eTag"] == "f"


# --- decode once ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attr",
    [
        *("created", "timeout", "clock", "payload", "csv_items", "labels", "tags", "stamps"),
        *("part", "parts", "part_map", "part_grid", "part_tuple", "pet", "pets", "vehicle"),
        "anything",
    ],
)
def test_a_second_read_gives_the_same_object(attr: str) -> None:
    model = odd()
    first = getattr(model, attr)
    assert getattr(model, attr) is first
    model.as_dict()
    repr(model)
    assert getattr(model, attr) is first  # exports do not drop the cache


def test_a_write_replaces_the_cached_value() -> None:
    model = odd()
    first = model.created
    model["created"] = "2020-01-01T00:00:00Z"
    assert model.created is not first
    assert model.created.year == 2020
    part = model.part
    model.part = Part(name="new")
    assert model.part is not part and model.part.name == "new"


def test_an_assigned_model_is_kept_and_shared() -> None:
    model = Everything()
    part = Part(name="p")
    model.part = part
    assert model.part is part
    part.name = "changed"  # an assigned object is shared, as with any Python attribute
    assert model["part"] == {"name": "changed"}


# --- mutating what an attribute returned ------------------------------------------------------


def check_reflected(model: Everything, expected: Dict[str, Any]) -> None:
    for key, value in expected.items():
        assert model[key] == value
    assert {k: model.as_dict()[k] for k in expected} == expected
    assert model == {**ODD_WIRE, **expected}
    assert json.loads(dumps(model)) == {**ODD_WIRE, **expected}


def test_appending_to_a_list_of_models() -> None:
    model = odd()
    model.parts.append(Part(name="new"))
    check_reflected(model, {"parts": [*ODD_WIRE["parts"], {"name": "new"}]})


def test_setting_a_field_of_a_model_in_a_list() -> None:
    model = odd()
    model.parts[0].children[0].name = "kid"
    expected = copy.deepcopy(ODD_WIRE["parts"])
    expected[0]["children"][0]["name"] = "kid"
    check_reflected(model, {"parts": expected})


def test_setting_a_field_of_a_nested_model() -> None:
    model = odd()
    model.part.size = 3
    model.part.when = dt.datetime(2000, 1, 1, tzinfo=UTC)
    check_reflected(
        model, {"part": {**ODD_WIRE["part"], "size": 3, "when": "2000-01-01T00:00:00Z"}}
    )


def test_mutating_deeper_nested_containers() -> None:
    model = odd()
    model.part.labels = {}
    model.part.labels["a"] = "b"
    model.part_map["k"].children = [Part(name="c")]
    model.part_map["k"].children.append(Part(name="d"))
    model.part_grid[1].append(Part(size=2))
    model.part_tuple[0].children.append(Part(name="t"))
    model.pets[0].toys.append(Part(name="ball"))
    check_reflected(
        model,
        {
            "part": {**ODD_WIRE["part"], "labels": {"a": "b"}},
            "partMap": {"k": {"url": "u", "size": 1, "children": [{"name": "c"}, {"name": "d"}]}},
            "partGrid": [[{"url": "u"}], [{"size": 2}]],
            "partTuple": [{"url": "u", "children": [{"name": "t"}]}],
            "pets": [
                {"kind": "puppy", "toys": [{"url": "u"}, {"name": "ball"}]},
                {"kind": "lizard", "born": "2016-11-19T00:05:25.3119150Z"},
            ],
        },
    )


def test_editing_a_dict() -> None:
    model = odd()
    model.labels["c"] = "3"
    del model.labels["a"]
    check_reflected(model, {"labels": {"b": "2", "c": "3"}})


def test_mutating_lists_and_dicts_of_decoded_scalars() -> None:
    model = odd()
    model.stamps.append(dt.datetime(2020, 1, 1, tzinfo=UTC))
    model.timeouts["c"] = dt.timedelta(seconds=1)
    model.windows["w"].append(dt.timedelta(hours=1))
    model.csv_items.append("c")
    model.tags.add("z")
    model.numbers.append(3)
    model.matrix[0].append(4.0)
    exported = model.as_dict()
    assert exported["stamps"][-1] == "2020-01-01T00:00:00Z"
    assert exported["timeouts"]["c"] == "PT1S"
    assert exported["windows"]["w"][-1] == "PT1H"
    assert exported["csvItems"] == "a,,b,c"
    assert sorted(exported["tags"]) == ["x", "y", "z"]
    assert exported["numbers"] == [1, 2, 3]
    assert exported["matrix"] == [[1, 2.5, 4.0]]
    assert model["csvItems"] == "a,,b,c"
    assert Everything(exported).stamps[-1] == dt.datetime(2020, 1, 1, tzinfo=UTC)


def test_mutations_made_after_an_export_are_exported_next_time() -> None:
    model = odd()
    parts = model.parts
    assert model.as_dict() == ODD_WIRE
    parts.append(Part(name="late"))
    assert model["parts"][-1] == {"name": "late"}


def test_a_list_replaced_through_the_mapping_is_no_longer_tracked() -> None:
    model = odd()
    old = model.parts
    model["parts"] = []
    old.append(Part(name="stale"))
    assert model["parts"] == []
    assert model.parts == []


def test_equality_sees_nested_mutations() -> None:
    model, other = odd(), odd()
    assert model == other
    model.part.name = "x"
    assert model != other
    other.part.name = "x"
    assert model == other


# --- lossless ---------------------------------------------------------------------------------


def test_untouched_values_are_written_back_exactly() -> None:
    model = odd()
    assert model.as_dict() == ODD_WIRE
    assert list(model.as_dict()) == list(ODD_WIRE)
    assert dumps(model) == json.dumps(ODD_WIRE)


def test_reading_every_attribute_changes_nothing_on_the_wire() -> None:
    model = odd()
    read_all(model)
    assert dumps(model) == json.dumps(ODD_WIRE)
    assert list(model.as_dict()["part"]) == list(ODD_WIRE["part"])


def test_the_unlimited_duration_survives() -> None:
    model = Everything({"timeout": P10675199, "timeouts": {"a": P10675199}})
    assert model.timeout.days == 10675199
    assert model.as_dict() == {"timeout": P10675199, "timeouts": {"a": P10675199}}


@pytest.mark.parametrize("attr", [f.attr for f in fields(Everything)])
def test_assigning_back_a_read_value_keeps_the_wire_text(attr: str) -> None:
    model = odd()
    setattr(model, attr, getattr(model, attr))
    assert dumps(model) == json.dumps(ODD_WIRE)


def test_assigning_back_after_reading_everything_keeps_the_wire_text() -> None:
    model = odd()
    read_all(model)
    for f in fields(Everything):
        setattr(model, f.attr, getattr(model, f.attr))
    assert dumps(model) == json.dumps(ODD_WIRE)


def test_assigning_an_equal_fresh_value_keeps_the_wire_text() -> None:
    model = odd()
    model.created = dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC)
    model.timeout = dt.timedelta(days=10675199, seconds=10085, microseconds=477581)
    model.timeouts = {"a": model.timeout, "b": dt.timedelta(minutes=1)}
    assert dumps(model) == json.dumps(ODD_WIRE)
    model.timeout = dt.timedelta(days=1)
    assert model["timeout"] == "P1D"


def test_appending_to_a_list_keeps_the_other_items_text() -> None:
    model = Everything({"stamps": ["2016-11-19T00:05:25.3119150Z"]})
    model.stamps.append(dt.datetime(2020, 1, 1, tzinfo=UTC))
    assert model["stamps"] == ["2016-11-19T00:05:25.3119150Z", "2020-01-01T00:00:00Z"]


# --- exports --------------------------------------------------------------------------------

ODD_WITHOUT_READONLY: Dict[str, Any] = {
    k: v for k, v in ODD_WIRE.items() if k not in ("eTag", "stateTime")
}
ODD_WITHOUT_READONLY.update(
    {
        "part": {"when": "2016-11-19T00:05:25.3119150Z", "zz": 1, "name": "p"},
        "parts": [{"timeout": "PT0.0000001S", "children": [{"secretKey": "s"}]}],
        "partMap": {"k": {"size": 1}},
        "partGrid": [[{}], []],
        "partTuple": [{"children": []}],
        "pet": {"lives": 9, "kind": "cat"},
        "pets": [{"kind": "puppy", "toys": [{}]}, {"kind": "lizard"}],
        "vehicle": {"engine": "electric", "type": "car", "rangeKm": 10},
    }
)


def test_as_dict_exclude_readonly_drops_read_only_fields_at_every_depth() -> None:
    model = odd()
    assert model.as_dict(exclude_readonly=True) == ODD_WITHOUT_READONLY
    assert list(model.as_dict(exclude_readonly=True)) == list(ODD_WITHOUT_READONLY)
    assert model.as_dict() == ODD_WIRE  # the model itself keeps them
    out = model.as_dict(exclude_readonly=True)
    out["part"]["name"] = "changed"
    out["anything"]["deep"].append(1)
    assert model.as_dict() == ODD_WIRE  # and the export is a copy


def test_exclude_readonly_sees_attribute_changes() -> None:
    model = odd()
    model.parts.append(Part(name="n", url="dropped"))
    model.pet = Puppy(name="rex", born=dt.datetime(2020, 1, 1, tzinfo=UTC))
    out = model.as_dict(exclude_readonly=True)
    assert out["parts"][-1] == {"name": "n"}
    assert out["pet"] == {"kind": "puppy", "name": "rex"}


def test_exclude_readonly_follows_the_discriminated_subclass() -> None:
    car = ElectricCar(vin="V", range_km=5)
    assert car.as_dict(exclude_readonly=True) == {"type": "car", "engine": "electric", "rangeKm": 5}
    cat = Cat({"kind": "cat", "licenseId": "L", "born": "x", "lives": 1})
    assert cat.as_dict(exclude_readonly=True) == {"kind": "cat", "lives": 1}


def test_as_attribute_dict_uses_attribute_names_at_every_depth() -> None:
    model = Everything(
        {
            "bigId": "12",
            "created": "2016-11-19T00:05:25.3119150Z",
            "partMap": {"k": {"secretKey": "s", "url": "u"}},
            "pets": [{"kind": "puppy", "ageWeeks": 3}],
            "eTag": "e",
            "unknownKey": {"innerKey": 1},
        }
    )
    assert model.as_attribute_dict() == {
        "big_id": "12",
        "created": "2016-11-19T00:05:25.3119150Z",
        "part_map": {"k": {"secret_key": "s", "url": "u"}},
        "pets": [{"kind": "puppy", "age_weeks": 3}],
        "etag": "e",
        "unknownKey": {"innerKey": 1},
    }
    assert model.as_attribute_dict(exclude_readonly=True) == {
        "big_id": "12",
        "created": "2016-11-19T00:05:25.3119150Z",
        "part_map": {"k": {"secret_key": "s"}},
        "pets": [{"kind": "puppy", "age_weeks": 3}],
        "unknownKey": {"innerKey": 1},
    }
    out = model.as_attribute_dict()
    out["unknownKey"]["innerKey"] = 2
    assert model["unknownKey"] == {"innerKey": 1}


# --- the bulk read: the first attribute read decodes what it can of the whole model ------


BAD_JOB = {
    "id": "j",
    "creationTime": "not a time",
    "poolInfo": 5,
    "metadata": [{"name": "a", "value": "b"}, 1],
    "state": 7,
    "priority": "high",
    "constraints": {"maxWallClockTime": "PT1H"},
}


def test_a_bad_value_fails_only_when_its_own_field_is_read() -> None:
    from batchmodels import BatchJob, BatchModelError

    job = BatchJob(BAD_JOB)
    assert job.id == "j"  # the first read decodes the rest of the job, quietly
    assert job.constraints is not None
    assert job.constraints.max_wall_clock_time == dt.timedelta(hours=1)
    for attr, path in [
        ("creation_time", "$.creationTime"),
        ("pool_info", "$.poolInfo"),
        ("metadata", "$.metadata[1]"),
        ("state", "$.state"),
        ("priority", "$.priority"),
    ]:
        with pytest.raises(BatchModelError) as info:
            getattr(job, attr)
        assert info.value.path == path, attr
    assert job.as_dict() == BAD_JOB


def test_the_bulk_read_keeps_nested_models_and_their_edits() -> None:
    from batchmodels import BatchJob

    job = BatchJob({"id": "j", "poolInfo": {"poolId": "p"}, "metadata": [{"name": "a"}]})
    assert job.id == "j"
    pool_info, metadata = job.pool_info, job.metadata
    assert pool_info is job.pool_info and metadata is job.metadata
    assert pool_info is not None and metadata is not None
    pool_info.pool_id = "q"
    metadata[0].value = "v"
    assert job.as_dict() == {
        "id": "j",
        "poolInfo": {"poolId": "q"},
        "metadata": [{"name": "a", "value": "v"}],
    }


def test_the_bulk_read_wraps_each_item_of_a_list_of_models_at_its_index() -> None:
    from batchmodels import BatchJob, BatchModelError

    job = BatchJob({"id": "j", "metadata": [{"name": "a", "value": "1"}, {"name": 5}]})
    assert job.id == "j"
    items = job.metadata
    assert items is not None and items is job.metadata
    first, second = items
    assert (first.name, first.value) == ("a", "1")
    assert first._data is job["metadata"][0]  # wrapped, not copied
    with pytest.raises(BatchModelError) as info:
        second.name  # noqa: B018
    assert info.value.path == "$.metadata[1].name"
