"""Behaviours code written for the TypeSpec-generated Python model base relies on."""

from __future__ import annotations

import base64
import decimal
import json
import subprocess
import sys
from typing import Any, List, Literal, MutableMapping, Optional

import pytest

from batchmodels import JSONEncoder, Model, dumps, loads, rest_discriminator, rest_field

# --- a discriminator hierarchy with a middle layer ------------------------------------------


class Fish(Model):
    kind: str = rest_discriminator()
    age: Optional[int] = rest_field()


class Shark(Fish, discriminator="shark"):
    kind: Literal["shark"] = rest_discriminator()  # type: ignore[assignment]
    sharktype: str = rest_discriminator()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = "shark"


class SawShark(Shark, discriminator="saw"):
    sharktype: Literal["saw"] = rest_discriminator()  # type: ignore[assignment]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sharktype = "saw"


class GoblinShark(Shark, discriminator="goblin"):
    pass


class Salmon(Fish, discriminator="salmon"):
    friends: Optional[List[Fish]] = rest_field()


def test_a_middle_class_may_redeclare_the_discriminator_and_add_its_own() -> None:
    fish = loads('{"kind": "shark", "sharktype": "saw", "age": 3}', Fish)
    assert type(fish) is SawShark
    assert type(loads('{"kind": "shark", "sharktype": "goblin"}', Fish)) is GoblinShark
    assert type(loads('{"kind": "shark", "sharktype": "new"}', Fish)) is Shark
    assert type(loads('{"kind": "salmon"}', Fish)) is Salmon
    salmon = Salmon({"kind": "salmon", "friends": [{"kind": "shark", "sharktype": "saw"}]})
    assert salmon.friends is not None and type(salmon.friends[0]) is SawShark


def test_a_parent_init_may_set_the_discriminator_before_the_subclass_does() -> None:
    saw = SawShark(age=1)
    assert saw.as_dict() == {"kind": "shark", "sharktype": "saw", "age": 1}
    assert SawShark({"age": 2}).as_dict() == {"age": 2, "kind": "shark", "sharktype": "saw"}


# --- type= callables ----------------------------------------------------------------------------


def _upper(raw: Any) -> str:
    return str(raw).upper()


class Converted(Model):
    shout: Optional[str] = rest_field(type=_upper)
    plain: Optional[str] = rest_field()


def test_type_may_be_a_callable_that_decodes_the_wire_value() -> None:
    model = Converted({"shout": "hey", "plain": "x"})
    assert model.shout == "HEY"
    assert model["shout"] == "hey"
    model.shout = "new"
    assert model["shout"] == "new"
    assert model.shout == "NEW"


# --- one unsupported field does not break the class ---------------------------------------


class Odd(Model):
    blob: Optional[bytearray] = rest_field()
    extra: Optional[MutableMapping[str, Any]] = rest_field()
    name: Optional[str] = rest_field()


def test_an_unsupported_annotation_fails_only_its_own_field() -> None:
    odd = Odd({"blob": "AAE=", "extra": {"a": [1]}, "name": "n"})
    assert odd.name == "n"
    assert odd.extra == {"a": [1]}
    assert Odd(name="m").as_dict() == {"name": "m"}
    with pytest.raises(TypeError, match="bytearray"):
        odd.blob  # noqa: B018
    with pytest.raises(TypeError, match="bytearray"):
        odd.blob = bytearray(b"x")


# --- TypeSpec's names for delimited arrays ------------------------------------------------------


class Delimited(Model):
    comma: Optional[List[str]] = rest_field(format="commaDelimited")
    pipe: Optional[List[str]] = rest_field(format="pipeDelimited")
    space: Optional[List[str]] = rest_field(format="spaceDelimited")
    newline: Optional[List[str]] = rest_field(format="newlineDelimited")


def test_typespec_delimited_format_names() -> None:
    model = Delimited(comma=["a", "b"], pipe=["a", "b"], space=["a", "b"], newline=["a", "b"])
    assert model.as_dict() == {"comma": "a,b", "pipe": "a|b", "space": "a b", "newline": "a\nb"}
    assert Delimited(model.as_dict()).pipe == ["a", "b"]


# --- the JSON encoder -----------------------------------------------------------------------------


def test_the_json_encoder_writes_bytes_and_decimals() -> None:
    data = {"b": b"\x00\x01", "ba": bytearray(b"\xff"), "d": decimal.Decimal("1.5")}
    text = json.dumps(data, cls=JSONEncoder)
    assert json.loads(text) == {
        "b": base64.b64encode(b"\x00\x01").decode(),
        "ba": base64.b64encode(b"\xff").decode(),
        "d": 1.5,
    }
    assert json.loads(dumps([decimal.Decimal("2")])) == [2.0]


# --- deleting ----------------------------------------------------------------------------------


def test_deleting_an_absent_field_is_an_attribute_error() -> None:
    model = Converted({"plain": "x"})
    del model.plain
    assert "plain" not in model
    with pytest.raises(AttributeError, match="plain"):
        del model.plain
    with pytest.raises(AttributeError):
        del model.shout


# --- azure-core's NULL --------------------------------------------------------------------------


class _Null:
    """Stands in for ``azure.core.serialization.NULL`` (same module and class name)."""

    def __bool__(self) -> bool:
        return False


_Null.__module__ = "azure.core.serialization"
FOREIGN_NULL = _Null()


def test_azure_core_null_is_json_null() -> None:
    model = Converted(plain=FOREIGN_NULL)
    assert model.as_dict() == {"plain": None}
    model.shout = FOREIGN_NULL
    assert model.as_dict() == {"plain": None, "shout": None}
    assert json.loads(json.dumps({"a": FOREIGN_NULL}, cls=JSONEncoder)) == {"a": None}


def test_the_real_azure_core_null_if_installed() -> None:
    serialization = pytest.importorskip("azure.core.serialization")
    assert Converted(plain=serialization.NULL).as_dict() == {"plain": None}


def test_batchmodels_does_not_import_azure_core() -> None:
    code = "import sys, batchmodels, batchmodels.models; print('azure.core' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
