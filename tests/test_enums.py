"""Extensible string enums: case-insensitive, unknown values kept as plain ``str``."""

import enum
import json
import pickle
from typing import Optional, Union

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batchmodels import (
    CaseInsensitiveEnumMeta,
    InvalidTypeError,
    InvalidValueError,
    Model,
    StrEnum,
    dumps,
    rest_field,
)
from batchmodels._codecs import codec_for
from batchmodels._enums import decode_enum_value, enum_lookup
from helpers import scaled
from helpers.strategies import Color, Everything


class Mode(StrEnum):
    """Values whose case differs from their names, and one value sharing a name's spelling."""

    FAST = "fast"
    SLOW_START = "slowStart"
    AUTO = "AUTO"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Settings(Model):
    mode: Optional[Union[str, Mode]] = rest_field()
    strict_mode: Optional[Mode] = rest_field()
    level: Optional[Level] = rest_field()


def test_members_are_str() -> None:
    assert isinstance(Mode.FAST, str)
    assert Mode.FAST == "fast"
    assert str(Mode.SLOW_START) == "slowStart"
    assert f"{Mode.SLOW_START}" == "slowStart"
    assert json.dumps(Mode.FAST) == '"fast"'
    assert type(Mode).__name__ == "CaseInsensitiveEnumMeta"
    assert isinstance(Mode, CaseInsensitiveEnumMeta)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("fast", Mode.FAST),
        ("FAST", Mode.FAST),
        ("Fast", Mode.FAST),
        ("slowStart", Mode.SLOW_START),
        ("slowstart", Mode.SLOW_START),
        ("SLOWSTART", Mode.SLOW_START),
        ("auto", Mode.AUTO),
        ("AUTO", Mode.AUTO),
    ],
)
def test_lookup_by_value_ignores_case(text: str, member: Mode) -> None:
    assert Mode(text) is member
    assert decode_enum_value(Mode, text) is member


@pytest.mark.parametrize(
    ("name", "member"),
    [("FAST", Mode.FAST), ("fast", Mode.FAST), ("slow_start", Mode.SLOW_START)],
)
def test_lookup_by_name_ignores_case(name: str, member: Mode) -> None:
    assert Mode[name] is member


@pytest.mark.parametrize("name", ["SLOW_START", "slow_start", "Slow_Start", "sLOW_sTART"])
def test_member_attributes_found_by_any_case_of_their_name(name: str) -> None:
    # As azure-batch's enum metaclass does: ``BatchJobState.active`` is ``BatchJobState.ACTIVE``.
    assert getattr(Mode, name) is Mode.SLOW_START
    assert Mode[name] is Mode.SLOW_START


def test_real_enums_answer_to_any_case() -> None:
    from batchmodels.models import BatchJobState

    assert BatchJobState.active is BatchJobState.Active is BatchJobState.ACTIVE  # type: ignore[attr-defined]
    assert BatchJobState["active"] is BatchJobState.ACTIVE
    assert BatchJobState.active.value == "active"  # type: ignore[attr-defined]
    assert BatchJobState.active.name == "ACTIVE"  # type: ignore[attr-defined]
    assert BatchJobState("ACTIVE") is BatchJobState.ACTIVE  # the value side, unchanged
    again = pickle.loads(pickle.dumps(BatchJobState.terminating))  # type: ignore[attr-defined]
    assert again is BatchJobState.TERMINATING
    assert len(BatchJobState) == len(BatchJobState.__members__)  # no extra members
    assert "active" not in dir(BatchJobState)  # only the canonical names are listed


def test_names_any_case_do_not_reach_private_or_unknown_attributes() -> None:
    with pytest.raises(AttributeError):
        Mode.turbo  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError):
        Mode._MEMBER_MAP_  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError):
        Mode.__Fast__  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(Mode, "fast_")


def test_unknown_lookups_still_fail_on_the_class() -> None:
    with pytest.raises(ValueError):
        Mode("turbo")
    with pytest.raises(KeyError):
        Mode["turbo"]


def test_exact_value_wins_over_a_case_insensitive_match() -> None:
    class Twins(StrEnum):
        LOWER = "abc"
        UPPER = "ABC"

    assert Twins("abc") is Twins.LOWER
    assert Twins("ABC") is Twins.UPPER
    assert Twins("Abc") is Twins.LOWER  # the first member declared wins
    assert set(enum_lookup(Twins)) == {"abc", "ABC"}


def test_unknown_wire_values_come_back_as_plain_str() -> None:
    value = decode_enum_value(Mode, "turbo")
    assert value == "turbo"
    assert type(value) is str
    model = Settings({"mode": "turbo", "strictMode": "Turbo"})
    assert model.mode == "turbo" and type(model.mode) is str
    assert model.strict_mode == "Turbo" and type(model.strict_mode) is str
    assert model.as_dict() == {"mode": "turbo", "strictMode": "Turbo"}


def test_model_reads_members_and_keeps_the_wire_spelling() -> None:
    model = Settings({"mode": "SLOWSTART", "strictMode": "Fast"})
    assert model.mode is Mode.SLOW_START
    assert model.strict_mode is Mode.FAST
    assert model["mode"] == "SLOWSTART"
    assert dumps(model) == '{"mode": "SLOWSTART", "strictMode": "Fast"}'


def test_assigning_the_read_member_back_keeps_the_wire_spelling() -> None:
    model = Settings({"mode": "SLOWSTART"})
    model.mode = model.mode
    assert model["mode"] == "SLOWSTART"
    model.mode = Mode.FAST
    assert model["mode"] == "fast"


def test_writing_members_and_strings() -> None:
    model = Settings(mode=Mode.SLOW_START)
    assert model["mode"] == "slowStart"
    assert type(model["mode"]) is str  # the wire holds plain JSON strings
    model.mode = "FAST"  # a known value in another case is written canonically
    assert model["mode"] == "fast"
    assert model.mode is Mode.FAST
    model.mode = "turbo"  # an unknown value is written as given
    assert model["mode"] == "turbo"
    assert model.mode == "turbo"
    model["mode"] = "Auto"
    assert model.mode is Mode.AUTO


def test_writing_a_member_of_another_enum_is_an_error() -> None:
    class Other(StrEnum):
        FAST = "fast"

    with pytest.raises(InvalidValueError, match="not a member of Mode"):
        Settings(mode=Other.FAST)
    with pytest.raises(InvalidTypeError):
        Settings(mode=5)


def test_non_string_wire_values_are_type_errors() -> None:
    model = Settings({"mode": 1})
    with pytest.raises(InvalidTypeError) as info:
        model.mode  # noqa: B018
    assert info.value.path == "$.mode"


def test_int_enums() -> None:
    model = Settings({"level": 2})
    assert model.level is Level.HIGH
    model.level = Level.LOW
    assert model["level"] == 1
    with pytest.raises(InvalidTypeError):
        Settings({"level": 3}).level  # noqa: B018
    codec = codec_for(Level)
    assert codec.decode(1, None) is Level.LOW
    assert codec.encode(Level.HIGH) == 2


def test_pickle_members() -> None:
    assert pickle.loads(pickle.dumps(Mode.SLOW_START)) is Mode.SLOW_START
    assert pickle.loads(pickle.dumps(Color.DARK_BLUE)) is Color.DARK_BLUE


def test_enum_fields_of_the_shared_test_model() -> None:
    model = Everything({"color": "DarkBlue", "strictColor": "nope"})
    assert model.color is Color.DARK_BLUE
    assert model.strict_color == "nope"


@settings(max_examples=scaled(100))
@given(st.sampled_from(list(Mode)), st.lists(st.booleans(), min_size=10, max_size=10))
def test_any_case_of_a_value_finds_its_member(member: Mode, flips: list) -> None:
    text = "".join(c.upper() if f else c.lower() for c, f in zip(member.value, flips))
    text += member.value[len(flips) :]
    assert Mode(text) is member
    assert Settings({"mode": text}).mode is member


@settings(max_examples=scaled(100))
@given(st.text(max_size=10))
def test_any_string_decodes_to_a_member_or_itself(text: str) -> None:
    value = Settings({"mode": text}).mode
    if isinstance(value, Mode):
        assert value.value.lower() == text.lower()
    else:
        assert type(value) is str and value == text
