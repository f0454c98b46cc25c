"""Hypothesis properties of the engine, over the models and strategies of helpers.strategies."""

import copy
import datetime as dt
import decimal
import json
import pickle
from typing import Any, Dict, List, Literal, Optional, Set, Tuple, Union

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from batchmodels import Model, dumps, fields, loads
from batchmodels._codecs import codec_for
from helpers import scaled
from helpers.strategies import (
    EVERYTHING_VALUES,
    Color,
    Everything,
    Part,
    aware_datetimes,
    decimals,
    delimited_items,
    durations,
    everything_kwargs,
    everything_models,
    everything_wire,
    json_values,
    parts,
    read_all,
    short_text,
    times,
    whole_second_datetimes,
)

UTC = dt.timezone.utc
FAST = settings(
    max_examples=scaled(60), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
QUICK = settings(max_examples=scaled(40), deadline=None)


# --- each codec: decode(encode(x)) == x ------------------------------------------------------

CODEC_CASES: List[Tuple[str, Any, Optional[str], st.SearchStrategy[Any]]] = [
    ("str", str, None, st.text()),
    ("int", int, None, st.integers()),
    ("float", float, None, st.floats(allow_nan=False, allow_infinity=False)),
    ("bool", bool, None, st.booleans()),
    ("decimal", decimal.Decimal, None, decimals),
    ("int-as-str", int, "str", st.integers()),
    ("rfc3339-default", dt.datetime, None, aware_datetimes),
    ("rfc3339", dt.datetime, "rfc3339", aware_datetimes),
    ("rfc7231", dt.datetime, "rfc7231", whole_second_datetimes),
    ("unix-timestamp", dt.datetime, "unix-timestamp", whole_second_datetimes),
    ("date", dt.date, None, st.dates()),
    ("time", dt.time, None, times),
    ("timedelta", dt.timedelta, None, durations()),
    ("base64-default", bytes, None, st.binary()),
    ("base64", bytes, "base64", st.binary()),
    ("base64url", bytes, "base64url", st.binary()),
    ("csv", List[str], "csv", delimited_items(",")),
    ("pipes", List[str], "pipes", delimited_items("|")),
    ("ssv", List[str], "ssv", delimited_items(" ")),
    ("newline", List[str], "newline", delimited_items("\n")),
    ("enum", Color, None, st.sampled_from(Color)),
    ("enum-or-str", Union[str, Color], None, st.one_of(st.sampled_from(Color), short_text)),
    ("literal", Literal["fast", "slow"], None, st.sampled_from(["fast", "slow"])),
    ("optional", Optional[int], None, st.none() | st.integers()),
    ("union", Union[int, str], None, st.integers() | st.text()),
    ("any", Any, None, json_values),
    ("list", List[dt.datetime], None, st.lists(aware_datetimes, max_size=4)),
    (
        "nested",
        Dict[str, List[Dict[str, dt.timedelta]]],
        None,
        st.dictionaries(
            st.text(max_size=3),
            st.lists(st.dictionaries(st.text(max_size=3), durations(), max_size=2), max_size=2),
            max_size=2,
        ),
    ),
    ("set", Set[int], None, st.sets(st.integers())),
    ("tuple", Tuple[dt.timedelta, ...], None, st.lists(durations()).map(tuple)),
    ("pair", Tuple[int, dt.date], None, st.tuples(st.integers(), st.dates())),
    ("model", Part, None, parts()),
    ("models", List[Part], None, st.lists(parts(1), max_size=3)),
    ("model-map", Dict[str, Part], None, st.dictionaries(short_text, parts(0), max_size=3)),
    ("polymorphic", Everything, None, everything_kwargs().map(lambda kw: Everything(**kw))),
]


@pytest.mark.parametrize(
    ("tp", "fmt", "values"), [c[1:] for c in CODEC_CASES], ids=[c[0] for c in CODEC_CASES]
)
@QUICK
@given(data=st.data())
def test_each_codec_decodes_what_it_encodes(
    tp: Any, fmt: Optional[str], values: st.SearchStrategy[Any], data: st.DataObject
) -> None:
    value = data.draw(values)
    codec = codec_for(tp, fmt)
    wire = codec.encode(value)
    json.dumps(wire, allow_nan=False)  # the wire form is JSON
    back = codec.decode(json.loads(json.dumps(wire)), None)
    assert back == value
    assert type(back) is type(value) or isinstance(value, Color) or value is None


def test_codec_cases_cover_every_format() -> None:
    formats = {c[2] for c in CODEC_CASES}
    assert formats >= {"rfc3339", "rfc7231", "unix-timestamp", "base64", "base64url", "str"}
    assert formats >= {"csv", "pipes", "ssv", "newline"}


# --- models built from Python values -------------------------------------------------------


@FAST
@given(everything_kwargs())
def test_every_field_reads_back_what_was_written(kwargs: Dict[str, Any]) -> None:
    model = Everything(**kwargs)
    back = Everything(json.loads(dumps(model)))
    for attr, value in kwargs.items():
        got = getattr(back, attr)
        assert got == value, attr
        assert type(got) is type(value) or isinstance(value, (Color, Model)), attr
        if isinstance(value, Model):
            assert type(got) is type(value), attr


@FAST
@given(everything_models)
def test_model_from_its_as_dict_is_equal(model: Everything) -> None:
    again = Everything(model.as_dict())
    assert again == model
    assert type(again) is Everything
    assert again.as_dict() == model.as_dict()


@FAST
@given(everything_models)
def test_copies_are_equal_and_of_the_same_class(model: Everything) -> None:
    for dup in (model.copy(), copy.copy(model), copy.deepcopy(model)):
        assert dup == model and type(dup) is Everything
    back = pickle.loads(pickle.dumps(model))
    assert back == model and type(back) is Everything
    if model.pet is not None:
        assert type(back.pet) is type(model.pet)


# --- any wire JSON survives untouched, byte for byte ----------------------------------------


@FAST
@given(everything_wire)
def test_untouched_wire_json_is_written_back_byte_exact(wire: Dict[str, Any]) -> None:
    text = json.dumps(wire)
    assert json.dumps(Everything(wire).as_dict()) == text
    assert dumps(Everything(wire)) == text
    assert dumps(loads(text, Everything)) == text


@FAST
@given(everything_wire)
def test_reading_every_attribute_keeps_the_wire_json(wire: Dict[str, Any]) -> None:
    text = json.dumps(wire)
    model = Everything(wire)
    read_all(model)
    assert json.dumps(model.as_dict()) == text
    assert model == wire


@FAST
@given(everything_wire)
def test_assigning_back_every_read_value_keeps_the_wire_json(wire: Dict[str, Any]) -> None:
    text = json.dumps(wire)
    model = Everything(wire)
    for f in fields(Everything):
        if wire.get(f.wire, ...) is None:
            continue  # a JSON null reads as None, and setting None removes the key (by contract)
        setattr(model, f.attr, getattr(model, f.attr))
    assert dumps(model) == text


def reference_prune(model: Model) -> Dict[str, Any]:
    """Drop read-only fields at every depth, walking decoded values (independent of the plan)."""
    by_wire = {f.wire: f for f in fields(model)}
    out: Dict[str, Any] = {}
    for key, raw in model.items():
        field = by_wire.get(key)
        if field is None:
            out[key] = copy.deepcopy(raw)
        elif not field.readonly:
            out[key] = _prune_value(getattr(model, field.attr), raw)
    return out


def _prune_value(value: Any, raw: Any) -> Any:
    if isinstance(value, Model):
        return reference_prune(value)
    if isinstance(value, (list, tuple)) and type(raw) is list and len(value) == len(raw):
        return [_prune_value(v, r) for v, r in zip(value, raw)]
    if isinstance(value, dict) and type(raw) is dict:
        return {k: _prune_value(value[k], r) for k, r in raw.items()}
    return copy.deepcopy(raw)


@FAST
@given(everything_wire)
def test_exclude_readonly_matches_a_reference_walk(wire: Dict[str, Any]) -> None:
    model = Everything(wire)
    expected = reference_prune(Everything(wire))
    assert model.as_dict(exclude_readonly=True) == expected
    assert json.loads(dumps(model, exclude_readonly=True)) == expected
    assert model.as_dict() == wire


def _wire_names_in(value: Any) -> Set[str]:
    if isinstance(value, dict):
        return set(value).union(*(_wire_names_in(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_wire_names_in(v) for v in value))
    return set()


@FAST
@given(everything_kwargs())
def test_exclude_readonly_of_keyword_models_has_no_read_only_names(kw: Dict[str, Any]) -> None:
    kw.pop("anything", None)  # free-form JSON could use any name
    model = Everything(**kw)
    readonly = {"eTag", "stateTime", "url", "born", "licenseId", "vin"}
    assert not _wire_names_in(model.as_dict(exclude_readonly=True)) & readonly


@settings(max_examples=scaled(20), deadline=None)
@given(st.sampled_from(sorted(EVERYTHING_VALUES)), st.data())
def test_setting_an_attribute_is_visible_as_an_item(attr: str, data: st.DataObject) -> None:
    value = data.draw(EVERYTHING_VALUES[attr].filter(lambda v: v is not None))
    model = Everything()
    setattr(model, attr, value)
    wire = Everything.__dict__[attr].wire
    assert model[wire] == Everything(**{attr: value})[wire]
    assert getattr(Everything({wire: model[wire]}), attr) == value
