"""Model as a MutableMapping over wire JSON: construction, the mapping API, copy, eq, repr."""

import collections.abc
import copy
import datetime as dt
import json
import pickle
import types
from typing import Any, Dict, Iterator, List, Optional

import pytest

from batchmodels import InvalidTypeError, Model, dumps, fields, rest_field
from helpers.strategies import Cat, Everything, Part, Puppy

UTC = dt.timezone.utc


class Box(Model):
    """A small model with a scalar, a datetime, a dict, a nested model and a list of models."""

    label: Optional[str] = rest_field()
    when: Optional[dt.datetime] = rest_field()
    tags: Optional[Dict[str, str]] = rest_field()
    part: Optional[Part] = rest_field()
    parts: Optional[List[Part]] = rest_field()


class ReadOnlyMapping(collections.abc.Mapping):  # type: ignore[type-arg]
    def __init__(self, data: Dict[str, Any]) -> None:
        self._d = data

    def __getitem__(self, key: str) -> Any:
        return self._d[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)


def sample() -> Dict[str, Any]:
    return {
        "label": "a",
        "when": "2016-11-19T00:05:25.3119150Z",
        "tags": {"k": "v"},
        "part": {"name": "p", "labels": {"x": "y"}},
        "parts": [{"name": "q"}],
        "unknownKey": {"nested": [1, 2]},
    }


# --- construction ---------------------------------------------------------------------------


def test_construct_from_one_mapping_of_wire_json() -> None:
    box = Box(sample())
    assert box.label == "a"
    assert box["when"] == "2016-11-19T00:05:25.3119150Z"
    assert box.when == dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC)
    assert box["unknownKey"] == {"nested": [1, 2]}
    assert list(box) == list(sample())


@pytest.mark.parametrize(
    "make", [ReadOnlyMapping, types.MappingProxyType, lambda d: Box(d)], ids=str
)
def test_construct_from_any_mapping(make: Any) -> None:
    box = Box(make(sample()))
    assert box == sample()
    assert type(box) is Box


def test_construct_from_keywords_with_python_values() -> None:
    when = dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    box = Box(label="x", when=when, tags={"a": "b"}, part=Part(name="p"), parts=[Part(size=1)])
    assert box.as_dict() == {
        "label": "x",
        "when": "2020-01-02T03:04:05Z",
        "tags": {"a": "b"},
        "part": {"name": "p"},
        "parts": [{"size": 1}],
    }
    assert box.when == when


def test_keywords_may_give_mappings_for_models() -> None:
    box = Box(part={"name": "p"}, parts=[{"name": "q"}, Part(name="r")])
    assert isinstance(box.part, Part) and box.part.name == "p"
    assert [p.name for p in box.parts] == ["q", "r"]


def test_keyword_none_means_not_set() -> None:
    box = Box(label=None, part=None)
    assert box.as_dict() == {}
    assert len(box) == 0


def test_empty_construction() -> None:
    assert Box().as_dict() == {}
    assert Box({}).as_dict() == {}


def test_construction_never_aliases_the_callers_mapping() -> None:
    data = sample()
    box = Box(data)
    data["label"] = "changed"
    data["tags"]["k"] = "changed"
    data["part"]["labels"]["x"] = "changed"
    data["parts"].append({"name": "new"})
    data["unknownKey"]["nested"].append(3)
    assert box.as_dict() == sample()


def test_construction_never_mutates_the_callers_mapping() -> None:
    data = sample()
    box = Box(data)
    box.label = "b"
    box.tags["k"] = "w"
    box.part.labels["x"] = "z"
    box.parts.append(Part(name="r"))
    box["unknownKey"]["nested"].append(3)
    box.when = dt.datetime(2000, 1, 1, tzinfo=UTC)
    assert box.as_dict() != sample()
    assert data == sample()


def test_keyword_construction_copies_containers_and_shares_models() -> None:
    tags = {"k": "v"}
    part = Part(name="p", labels={"x": "y"})
    parts = [Part(name="q")]
    box = Box(tags=tags, part=part, parts=parts)
    tags["k"] = "changed"  # a dict is copied at its own level
    parts.append(Part(name="new"))  # so is a list
    part.name = "changed"  # a model becomes part of the box, as the same object
    parts[0].name = "changed"  # also inside a list
    assert box.part is part and box.parts[0] is parts[0]
    assert box.as_dict() == {
        "tags": {"k": "v"},
        "part": {"name": "changed", "labels": {"x": "y"}},
        "parts": [{"name": "changed"}],
    }


def test_construction_from_another_model_is_a_deep_copy() -> None:
    first = Box(sample())
    second = Box(first)
    second.part.name = "changed"
    second["unknownKey"]["nested"].append(3)
    assert first == sample()


def test_non_json_values_in_a_mapping_are_written_as_wire_values() -> None:
    when = dt.datetime(2020, 1, 1, tzinfo=UTC)
    box = Box({"when": when, "part": Part(name="p"), "other": (1, 2)})
    assert box.as_dict() == {"when": "2020-01-01T00:00:00Z", "part": {"name": "p"}, "other": [1, 2]}
    assert json.dumps(box.as_dict())


def test_unknown_keyword_is_a_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match="'colour'"):
        Box(label="x", colour="red")
    with pytest.raises(TypeError, match="'displayName'"):
        Box(displayName="wire names are not keywords")


def test_two_positional_arguments_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="at most one positional argument"):
        Box({}, {})  # type: ignore[call-arg]


def test_a_mapping_and_keywords_together_are_a_type_error() -> None:
    with pytest.raises(TypeError):
        Box({"label": "a"}, label="b")


@pytest.mark.parametrize("bad", [[("label", "a")], "label", 5, None])
def test_a_positional_non_mapping_is_a_type_error(bad: Any) -> None:
    with pytest.raises(TypeError):
        Box(bad)
    with pytest.raises(InvalidTypeError, match="expected a mapping"):
        Box(bad)


# --- the mapping API --------------------------------------------------------------------------


def test_is_a_mutable_mapping() -> None:
    box = Box(sample())
    assert isinstance(box, collections.abc.MutableMapping)
    assert isinstance(box, collections.abc.Mapping)


def test_getitem_setitem_delitem() -> None:
    box = Box(sample())
    assert box["label"] == "a"
    with pytest.raises(KeyError):
        box["missing"]
    box["label"] = "b"
    assert box.label == "b"
    nested = {"name": "new"}
    box["part"] = nested
    nested["name"] = "changed"  # the stored value is a copy
    assert box["part"] == {"name": "new"}
    assert box.part.name == "new"
    del box["label"]
    assert "label" not in box
    assert box.label is None
    with pytest.raises(KeyError):
        del box["label"]


def test_contains_iter_len_keep_wire_order() -> None:
    box = Box(sample())
    assert "label" in box and "unknownKey" in box
    assert "missing" not in box and "display_name" not in box
    assert list(box) == ["label", "when", "tags", "part", "parts", "unknownKey"]
    assert len(box) == 6
    box["zzz"] = 1
    box["aaa"] = 2
    assert list(box)[-2:] == ["zzz", "aaa"]


def test_keys_values_items() -> None:
    box = Box(sample())
    assert list(box.keys()) == list(sample().keys())
    assert list(box.values()) == list(sample().values())
    assert list(box.items()) == list(sample().items())
    assert isinstance(box.keys(), collections.abc.KeysView)


def test_get() -> None:
    box = Box(sample())
    assert box.get("label") == "a"
    assert box.get("missing") is None
    assert box.get("missing", 5) == 5
    assert box.get("when") == "2016-11-19T00:05:25.3119150Z"


def test_pop() -> None:
    box = Box(sample())
    assert box.label == "a"
    assert box.pop("label") == "a"
    assert box.label is None
    assert box.pop("label", "dflt") == "dflt"
    assert box.pop("label", None) is None
    with pytest.raises(KeyError):
        box.pop("label")


def test_popitem() -> None:
    box = Box({"label": "a", "tags": {"k": "v"}})
    assert box.tags == {"k": "v"}
    assert box.popitem() == ("tags", {"k": "v"})
    assert box.tags is None
    assert box.popitem() == ("label", "a")
    with pytest.raises(KeyError):
        box.popitem()


def test_clear() -> None:
    box = Box(sample())
    assert box.part is not None and box.label == "a"
    box.clear()
    assert len(box) == 0
    assert box.label is None and box.part is None and box.parts is None
    assert box.as_dict() == {}


def test_setdefault() -> None:
    box = Box({"label": "a"})
    assert box.setdefault("label", "b") == "a"
    assert box.setdefault("tags", {"k": "v"}) == {"k": "v"}
    assert box.tags == {"k": "v"}
    assert box.setdefault("other") is None
    assert "other" in box and box["other"] is None


def test_update() -> None:
    box = Box({"label": "a"})
    assert box.label == "a"
    box.update({"label": "b"})
    assert box.label == "b"
    box.update([("label", "c"), ("extra", 1)])
    assert box.label == "c" and box["extra"] == 1
    box.update(label="d", tags={"k": "v"})
    assert box.label == "d" and box.tags == {"k": "v"}
    box.update(Box(label="e"))
    assert box.label == "e"
    box.update(ReadOnlyMapping({"label": "f"}))
    assert box.label == "f"
    with pytest.raises(TypeError):
        box.update({}, {})
    source = {"part": {"name": "p"}}
    box.update(source)
    source["part"]["name"] = "changed"  # update copies what it stores
    assert box.part.name == "p"


def test_as_dict_is_a_new_deep_copy() -> None:
    box = Box(sample())
    out = box.as_dict()
    assert out == sample()
    assert type(out) is dict
    out["part"]["name"] = "changed"
    out["unknownKey"]["nested"].append(9)
    assert box.as_dict() == sample()


# --- equality and repr ------------------------------------------------------------------------


def test_equality_with_models_and_plain_mappings() -> None:
    box = Box(sample())
    assert box == Box(sample())
    assert box == sample()
    assert sample() == box
    assert box == ReadOnlyMapping(sample())
    assert box == types.MappingProxyType(sample())
    assert (box != Box(sample())) is False
    assert (box != sample()) is False
    other = sample()
    other["label"] = "b"
    assert box != other
    assert box != Box(other)
    assert (box == other) is False
    assert box != {}
    assert box != 1 and (box == 1) is False
    assert box != "label"
    assert box != [("label", "a")]


def test_equality_follows_attribute_changes() -> None:
    box, same = Box(sample()), Box(sample())
    box.parts.append(Part(name="r"))
    assert box != same
    same["parts"].append({"name": "r"})
    assert box == same
    box.part.name = "x"
    assert box != same


def test_models_are_unhashable() -> None:
    with pytest.raises(TypeError):
        hash(Box())


def test_repr_shows_class_name_and_wire_data() -> None:
    box = Box({"label": "a", "when": "2016-11-19T00:05:25.3119150Z"})
    assert repr(box) == "Box({'label': 'a', 'when': '2016-11-19T00:05:25.3119150Z'})"
    assert str(box) == repr(box)
    assert repr(Box()) == "Box({})"
    assert repr(Puppy(name="rex")).startswith("Puppy(")


def test_repr_masks_secrets_at_any_depth() -> None:
    model = Everything(
        {"password": "hunter2", "part": {"secretKey": "s3cr3t", "children": [{"secretKey": "k"}]}}
    )
    text = repr(model)
    assert "hunter2" not in text and "s3cr3t" not in text and "'k'" not in text
    assert "'password': '***'" in text and "'secretKey': '***'" in text
    assert model["password"] == "hunter2"  # the data itself is intact
    assert model.as_dict()["part"]["secretKey"] == "s3cr3t"


def test_repr_shows_mutations_made_through_attributes() -> None:
    box = Box({"parts": []})
    box.parts.append(Part(name="r"))
    assert repr(box) == "Box({'parts': [{'name': 'r'}]})"


# --- copy, deepcopy, pickle -------------------------------------------------------------------


def test_copy_keeps_the_class_and_is_independent_at_the_top_level() -> None:
    box = Box(sample())
    dup = box.copy()
    assert type(dup) is Box
    assert dup == box and dup is not box
    dup["label"] = "changed"
    dup.when = None
    del dup["unknownKey"]
    assert box == sample()


def test_a_copy_shares_no_list_or_dict_with_the_original() -> None:
    box = Box(sample())
    dup = box.copy()
    assert dup["tags"] == box["tags"] and dup["tags"] is not box["tags"]
    assert dup["part"] == box["part"] and dup["part"] is not box["part"]
    dup["part"]["x"] = 1
    assert box == sample()


def test_copy_of_a_subclass_keeps_the_subclass() -> None:
    pet = Puppy(name="rex", age_weeks=3)
    assert type(pet.copy()) is Puppy
    assert type(copy.copy(pet)) is Puppy
    assert type(Cat(lives=9).copy()) is Cat


def test_copy_includes_changes_made_through_attributes() -> None:
    box = Box({"parts": [], "when": "2016-11-19T00:05:25.3119150Z"})
    box.parts.append(Part(name="r"))
    dup = box.copy()
    assert dup["parts"] == [{"name": "r"}]
    assert dup["when"] == "2016-11-19T00:05:25.3119150Z"


def test_copy_module_copy() -> None:
    box = Box(sample())
    dup = copy.copy(box)
    assert type(dup) is Box and dup == box
    dup["label"] = "x"
    assert box["label"] == "a"


def test_deepcopy_is_equal_same_class_and_independent() -> None:
    box = Box(sample())
    box.parts.append(Part(name="r"))
    dup = copy.deepcopy(box)
    assert type(dup) is Box and dup == box
    dup.part.name = "changed"
    dup["unknownKey"]["nested"].append(3)
    dup.parts[0].name = "changed"
    assert box.part.name == "p"
    assert box["unknownKey"] == {"nested": [1, 2]}
    assert box.parts[0].name == "q"
    inner = copy.deepcopy(box.part)
    assert type(inner) is Part and inner == box.part


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(protocol: int) -> None:
    box = Box(sample())
    box.parts.append(Part(name="r"))
    back = pickle.loads(pickle.dumps(box, protocol=protocol))
    assert type(back) is Box
    assert back == box
    assert back.when == box.when
    assert type(back.part) is Part and back.part.labels == {"x": "y"}
    pet = pickle.loads(pickle.dumps(Puppy({"kind": "puppy", "toys": [{"name": "ball"}]})))
    assert type(pet) is Puppy and pet.toys[0].name == "ball"


# --- fields named like mapping methods ------------------------------------------------------
#
# Decision: on an instance the attribute is the field (``m.keys`` is the field's value);
# the mapping method stays reachable through the class, ``Model.keys(m)``. Operators
# (``in``, ``[]``, iteration, ``len``, ``==``, ``del``) are unaffected, and so is every engine
# feature (as_dict, copy.copy, deepcopy, pickle, repr, JSON), since the engine never calls
# these methods through the instance. ``dict(m)`` and ``{**m}`` do call ``m.keys()``: use
# ``m.as_dict()`` (or ``dict(Model.items(m))``) on such a model. To keep both the method and
# the field on the instance, give the attribute another name and the wire name explicitly.


class Methods(Model):
    keys: Optional[str] = rest_field()  # type: ignore[assignment]
    values: Optional[List[int]] = rest_field()  # type: ignore[assignment]
    items: Optional[Dict[str, int]] = rest_field()  # type: ignore[assignment]
    get: Optional[int] = rest_field()  # type: ignore[assignment]
    copy: Optional[bool] = rest_field()  # type: ignore[assignment]
    update: Optional[dt.datetime] = rest_field()  # type: ignore[assignment]
    pop: Optional[Part] = rest_field()  # type: ignore[assignment]


class Renamed(Model):
    keys_: Optional[str] = rest_field(name="keys")
    get_count: Optional[int] = rest_field(name="get")


METHODS_WIRE = {
    "keys": "k",
    "values": [1, 2],
    "items": {"a": 1},
    "get": 7,
    "copy": True,
    "update": "2020-01-01T00:00:00.1234567Z",
    "pop": {"name": "p"},
    "extra": 0,
}


def test_method_named_fields_read_as_fields() -> None:
    m = Methods(METHODS_WIRE)
    assert m.keys == "k"
    assert m.values == [1, 2]
    assert m.items == {"a": 1}
    assert m.get == 7
    assert m.copy is True
    assert m.update == dt.datetime(2020, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)
    assert isinstance(m.pop, Part)
    assert [f.wire for f in fields(Methods)] == list(METHODS_WIRE)[:-1]


def test_method_named_fields_write_as_fields() -> None:
    m = Methods(keys="a", values=[1], get=2, copy=False)
    assert m.as_dict() == {"keys": "a", "values": [1], "get": 2, "copy": False}
    m.keys = "b"
    m.values.append(3)
    assert m["keys"] == "b"
    assert m["values"] == [1, 3]
    del m.get
    assert "get" not in m


def test_mapping_methods_stay_reachable_through_the_class() -> None:
    m = Methods(METHODS_WIRE)
    assert list(Model.keys(m)) == list(METHODS_WIRE)
    assert list(Model.values(m)) == list(METHODS_WIRE.values())
    assert dict(Model.items(m)) == METHODS_WIRE
    assert Model.get(m, "get") == 7
    assert Model.get(m, "nope", 1) == 1
    dup = Model.copy(m)
    assert type(dup) is Methods and dup == m
    Model.update(m, {"get": 8})
    assert m.get == 8
    assert Model.pop(m, "extra") == 0
    assert Model.setdefault(m, "extra", 1) == 1
    assert collections.abc.Mapping.keys(m) == METHODS_WIRE.keys()


def test_operators_and_engine_features_are_unaffected() -> None:
    m = Methods(METHODS_WIRE)
    assert "keys" in m and len(m) == len(METHODS_WIRE) and list(m) == list(METHODS_WIRE)
    assert m["items"] == {"a": 1}
    assert m == METHODS_WIRE and m == Methods(METHODS_WIRE)
    assert m.as_dict() == METHODS_WIRE
    assert m.as_attribute_dict()["keys"] == "k"
    assert copy.copy(m) == m and type(copy.copy(m)) is Methods
    assert copy.deepcopy(m) == m
    assert pickle.loads(pickle.dumps(m)) == m
    assert repr(m).startswith("Methods({'keys': 'k'")
    assert json.loads(dumps(m)) == METHODS_WIRE
    assert Methods(m) == m
    other = Methods()
    Model.update(other, m)
    assert other == m
    del m["keys"]
    assert m.keys is None


def test_dict_of_a_model_with_a_keys_field_needs_as_dict() -> None:
    m = Methods(METHODS_WIRE)
    with pytest.raises(TypeError):
        dict(m)  # dict() calls m.keys(), which is the field here
    assert dict(Model.items(m)) == METHODS_WIRE == m.as_dict()


def test_renamed_attributes_keep_both_the_method_and_the_field() -> None:
    m = Renamed({"keys": "k", "get": 3})
    assert m.keys_ == "k" and m.get_count == 3
    assert list(m.keys()) == ["keys", "get"]
    assert m.get("keys") == "k"
    assert dict(m) == {"keys": "k", "get": 3}


def test_exports_copy_values_of_the_wrong_shape_too() -> None:
    from batchmodels import BatchJob

    job = BatchJob({"poolInfo": [{"poolId": "p"}], "constraints": "oops"})
    for export in (
        job.as_dict(exclude_readonly=True),
        job.as_attribute_dict(),
        job.as_attribute_dict(exclude_readonly=True),
    ):
        pool = export.get("poolInfo", export.get("pool_info"))
        assert pool == [{"poolId": "p"}]
        assert pool is not job["poolInfo"]
        assert pool[0] is not job["poolInfo"][0]
