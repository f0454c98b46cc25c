"""JSON text in and out: dumps, loads, loads_list and JSONEncoder."""

import datetime as dt
import json
import pickle
from typing import Any, Dict, List, Optional

import pytest

from batchmodels import (
    InvalidTypeError,
    InvalidValueError,
    JSONEncoder,
    Model,
    Page,
    dumps,
    loads,
    loads_list,
    loads_page,
    rest_field,
)
from helpers.strategies import Color, Everything, Part

UTC = dt.timezone.utc

WIRE: Dict[str, Any] = {
    "text": "é and \u2603",
    "created": "2016-11-19T00:05:25.3119150Z",
    "timeout": "P10675199DT2H48M5.4775807S",
    "color": "DARKBLUE",
    "part": {"name": "p", "url": "read-only", "unknown": [1, 2.5, None, True]},
    "parts": [{"url": "u"}, {"name": "q"}],
    "eTag": "0x1",
    "zUnknown": {"a": {"b": []}},
}
WIRE_WITHOUT_READONLY: Dict[str, Any] = {
    "text": "é and \u2603",
    "created": "2016-11-19T00:05:25.3119150Z",
    "timeout": "P10675199DT2H48M5.4775807S",
    "color": "DARKBLUE",
    "part": {"name": "p", "unknown": [1, 2.5, None, True]},
    "parts": [{}, {"name": "q"}],
    "zUnknown": {"a": {"b": []}},
}


class Holder(Model):
    items: Optional[List[Part]] = rest_field()


# --- dumps ----------------------------------------------------------------------------------


def test_dumps_writes_the_wire_json_like_json_dumps() -> None:
    model = Everything(WIRE)
    assert dumps(model) == json.dumps(WIRE)


def test_dumps_passes_options_to_json_dumps() -> None:
    model = Everything(WIRE)
    assert dumps(model, indent=2, sort_keys=True) == json.dumps(WIRE, indent=2, sort_keys=True)
    assert dumps(model, separators=(",", ":")) == json.dumps(WIRE, separators=(",", ":"))
    assert dumps(model, ensure_ascii=False) == json.dumps(WIRE, ensure_ascii=False)


def test_dumps_exclude_readonly() -> None:
    model = Everything(WIRE)
    assert dumps(model, exclude_readonly=True) == json.dumps(WIRE_WITHOUT_READONLY)
    assert dumps(model, exclude_readonly=True, indent=1) == json.dumps(
        WIRE_WITHOUT_READONLY, indent=1
    )
    assert dumps(model) == json.dumps(WIRE)  # the model keeps its read-only fields


def test_dumps_sees_changes_made_through_attributes() -> None:
    model = Everything(WIRE)
    model.parts.append(Part(name="new"))
    model.part.size = 3
    out = json.loads(dumps(model))
    assert out["parts"][-1] == {"name": "new"}
    assert out["part"]["size"] == 3
    assert json.loads(dumps(model, exclude_readonly=True))["parts"] == [
        {},
        {"name": "q"},
        {"name": "new"},
    ]


def test_dumps_of_plain_data_holding_models() -> None:
    data = {
        "models": [Part(name="a"), Everything(WIRE)],
        "when": dt.datetime(2020, 1, 1, tzinfo=UTC),
        "timeout": dt.timedelta(minutes=5),
        "color": Color.DARK_BLUE,
    }
    assert json.loads(dumps(data)) == {
        "models": [{"name": "a"}, WIRE],
        "when": "2020-01-01T00:00:00Z",
        "timeout": "PT5M",
        "color": "darkBlue",
    }
    assert json.loads(dumps([Everything(WIRE)], exclude_readonly=True)) == [WIRE_WITHOUT_READONLY]


def test_dumps_does_not_change_the_model() -> None:
    model = Everything(WIRE)
    dumps(model, exclude_readonly=True)
    dumps(model, indent=2)
    assert model.as_dict() == WIRE


def test_dumps_rejects_values_json_cannot_carry() -> None:
    model = Part({"unknown": float("nan")})
    with pytest.raises(InvalidValueError):
        dumps(model)
    with pytest.raises(TypeError):
        dumps({"x": object()})  # not data: a programming error, as with json.dumps


# --- JSONEncoder ------------------------------------------------------------------------------


def test_json_encoder_with_the_standard_library() -> None:
    model = Everything(WIRE)
    assert json.dumps(model, cls=JSONEncoder) == json.dumps(WIRE)
    assert json.dumps({"job": model}, cls=JSONEncoder) == json.dumps({"job": WIRE})
    assert json.dumps(model, cls=JSONEncoder, exclude_readonly=True) == json.dumps(
        WIRE_WITHOUT_READONLY
    )
    assert JSONEncoder(exclude_readonly=True).encode(model) == json.dumps(WIRE_WITHOUT_READONLY)


def test_json_encoder_writes_enums_datetimes_and_durations() -> None:
    encoder = JSONEncoder()
    assert encoder.encode([Color.RED]) == '["red"]'
    one_am_in_paris = dt.datetime(2020, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert encoder.encode(one_am_in_paris) == '"2020-01-01T00:00:00Z"'
    assert encoder.encode(dt.timedelta(days=1, seconds=0.5)) == '"P1DT0.5S"'
    with pytest.raises(TypeError):
        encoder.encode(object())


def test_json_encoder_can_be_subclassed() -> None:
    class Mine(JSONEncoder):
        def default(self, o: Any) -> Any:
            if isinstance(o, set):
                return sorted(o)
            return super().default(o)

    assert json.dumps({"s": {2, 1}, "p": Part(name="x")}, cls=Mine) == (
        '{"s": [1, 2], "p": {"name": "x"}}'
    )
    assert dumps({"p": Part(name="x", url="u")}, cls=Mine, exclude_readonly=True) == (
        '{"p": {"name": "x"}}'
    )


# --- loads ----------------------------------------------------------------------------------


def test_loads_parses_one_object_into_the_class() -> None:
    text = json.dumps(WIRE)
    model = loads(text, Everything)
    assert type(model) is Everything
    assert model.created == dt.datetime(2016, 11, 19, 0, 5, 25, 311915, tzinfo=UTC)
    assert model.parts[1].name == "q"
    assert dumps(model) == text
    assert loads(text.encode("utf-8"), Everything) == model
    assert loads(bytearray(text.encode("utf-16")), Everything) == model


@pytest.mark.parametrize("text", ["[]", '"x"', "1", "null", "true"])
def test_loads_needs_an_object(text: str) -> None:
    with pytest.raises(InvalidTypeError, match="expected an object"):
        loads(text, Everything)


@pytest.mark.parametrize("text", ["", "{", "{'a': 1}", "{}{}", "\xff", b"\xff\xfe\x00"])
def test_loads_rejects_text_that_is_not_json(text: Any) -> None:
    with pytest.raises(InvalidValueError, match="not valid JSON"):
        loads(text, Everything)


def test_loads_is_lazy_and_tolerant() -> None:
    model = loads('{"created": "not a date", "count": "x"}', Everything)
    assert model["created"] == "not a date"
    with pytest.raises(InvalidValueError) as info:
        model.created  # noqa: B018
    assert info.value.path == "$.created"


# --- loads_list -----------------------------------------------------------------------------


def test_loads_list_reads_a_list_response() -> None:
    text = json.dumps({"odata.metadata": "m", "value": [WIRE, {"name": "x"}]})
    models = loads_list(text, Everything)
    assert [type(m) for m in models] == [Everything, Everything]
    assert models[0] == WIRE
    assert models[1]["name"] == "x"


def test_loads_list_reads_a_bare_array_or_another_key() -> None:
    assert loads_list("[{}, {}]", Part) == [Part(), Part()]
    assert loads_list('{"items": [{"name": "a"}]}', Part, key="items")[0].name == "a"
    assert loads_list('{"value": []}', Part) == []


@pytest.mark.parametrize("text", ['{"odata.nextLink": "x"}', '{"values": [{}]}', "{}"])
def test_loads_list_without_the_value_array_is_a_located_type_error(text: str) -> None:
    with pytest.raises(
        InvalidTypeError, match='missing: a list response holds its items in a "value" array'
    ) as info:
        loads_list(text, Part)
    assert info.value.path == "$.value"
    with pytest.raises(InvalidTypeError, match='"items" array') as info:
        loads_list('{"value": []}', Part, key="items")
    assert info.value.path == "$.items"


def test_loads_list_locates_errors() -> None:
    with pytest.raises(InvalidTypeError, match="array of objects, got object") as info:
        loads_list('{"value": {}}', Part)
    assert info.value.path == "$.value"
    with pytest.raises(InvalidTypeError) as info2:
        loads_list('{"value": [{}, 5]}', Part)
    assert info2.value.path == "$.value[1]"
    with pytest.raises(InvalidTypeError) as info3:
        loads_list("[[]]", Part)
    assert info3.value.path == "$[0]"
    with pytest.raises(InvalidTypeError):
        loads_list('"x"', Part)
    with pytest.raises(InvalidValueError, match="not valid JSON"):
        loads_list('{"value": [', Part)


# --- loads_page -----------------------------------------------------------------------------


def test_loads_page_gives_the_items_and_the_next_link() -> None:
    link = "https://account.region.batch.azure.com/jobs?api-version=2025-06-01&$skiptoken=x"
    page = loads_page(json.dumps({"odata.nextLink": link, "value": [{"name": "a"}]}), Part)
    assert isinstance(page, Page)
    assert page.next_link == link
    assert [p.name for p in page.items] == ["a"]
    assert list(page) == page.items and len(page) == 1


def test_the_last_page_and_a_bare_array_have_no_next_link() -> None:
    assert loads_page('{"value": []}', Part) == Page([], None)
    assert loads_page("[{}]", Part) == Page([Part()], None)


def test_loads_page_errors() -> None:
    with pytest.raises(InvalidTypeError) as info:
        loads_page('{"odata.nextLink": 5, "value": []}', Part)
    assert info.value.path == "$['odata.nextLink']"
    with pytest.raises(InvalidTypeError) as info:
        loads_page('{"odata.nextLink": "x"}', Part)
    assert info.value.path == "$.value"


def test_a_page_pickles() -> None:
    page = loads_page('{"odata.nextLink": "n", "value": [{"name": "a"}]}', Part)
    assert pickle.loads(pickle.dumps(page)) == page


def test_errors_inside_listed_models_carry_the_list_path() -> None:
    models = loads_list('{"value": [{}, {"when": "bad"}]}', Part)
    with pytest.raises(InvalidValueError) as info:
        models[1].when  # noqa: B018
    assert info.value.path == "$.value[1].when"


def test_dumps_of_loads_list_round_trips() -> None:
    items = [WIRE, {"text": "x"}]
    models = loads_list(json.dumps({"value": items}), Everything)
    assert dumps({"value": models}) == json.dumps({"value": items})
    holder = Holder(items=[Part(name="a")])
    assert dumps(holder) == '{"items": [{"name": "a"}]}'
