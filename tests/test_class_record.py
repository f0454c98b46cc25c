"""One record per model class: ``cls.__batchmodels__``, built when the class is created."""

from __future__ import annotations

import gc
import weakref
from typing import List, Optional

from batchmodels import Model, fields, rest_discriminator, rest_field
from batchmodels._record import PLANS, ClassRecord


class Part(Model):
    name: Optional[str] = rest_field()
    secret_key: Optional[str] = rest_field(secret=True)


class Holder(Model):
    parts: Optional[List[Part]] = rest_field()
    label: Optional[str] = rest_field(visibility=["read"])


class Base(Model):
    kind: str = rest_discriminator()


def test_the_record_is_the_only_class_state_besides_the_fields() -> None:
    own = {k for k in vars(Holder) if not (k.startswith("__") and k.endswith("__"))}
    assert own == {"parts", "label"}
    record = vars(Holder)["__batchmodels__"]
    assert type(record) is ClassRecord
    assert record.cls is Holder
    assert [f.attr for f in record.fields] == ["parts", "label"]
    assert set(record.by_wire) == {"parts", "label"}
    assert record.by_attr["parts"] is vars(Holder)["parts"]


def test_every_class_has_its_own_record() -> None:
    class Child(Holder):
        extra: Optional[int] = rest_field()

    assert Child.__batchmodels__ is not Holder.__batchmodels__
    assert [f.attr for f in Child.__batchmodels__.fields] == ["parts", "label", "extra"]
    assert [f.attr for f in Holder.__batchmodels__.fields] == ["parts", "label"]


def test_fields_returns_the_stored_tuple() -> None:
    assert fields(Holder) is fields(Holder)
    assert fields(Holder) is Holder.__batchmodels__.records


def test_a_subtype_drops_only_the_plans_that_depend_on_subtypes() -> None:
    holder = Holder(parts=[Part(name="a")])
    holder.as_dict(exclude_readonly=True)  # the walk plan
    repr(holder)
    assert Holder({"label": "x"}).label == "x"  # the bulk read
    record = Holder.__batchmodels__
    built = {slot: getattr(record, slot) for slot in PLANS}
    assert built["walk"] is not None and built["fill"] is not None and built["init"] is not None

    class Sub(Base, discriminator="sub"):
        pass

    assert Base.__batchmodels__.subtypes == {"sub": Sub}
    assert Sub.__batchmodels__.discriminator_values == {"kind": "sub"}
    assert record.walk is None
    for slot in PLANS:
        if slot != "walk":
            assert getattr(record, slot) is built[slot], slot
    assert holder.as_dict(exclude_readonly=True) == {"parts": [{"name": "a"}]}


def test_naming_and_discriminator_are_inherited_from_the_record_that_declares_them() -> None:
    class Verbatim(Model, naming="verbatim"):
        some_name: Optional[str] = rest_field()

    class Later(Verbatim):
        other_name: Optional[str] = rest_field()

    assert Later.__batchmodels__.naming == "verbatim"
    assert [f.wire for f in fields(Later)] == ["some_name", "other_name"]

    class Mid(Base, discriminator="mid"):
        pass

    class Leaf(Mid):
        pass

    assert Leaf.__batchmodels__.discriminator is vars(Base)["kind"]
    assert Leaf.__batchmodels__.discriminator_values == {"kind": "mid"}
    assert Leaf().kind == "mid"


def test_no_registry_keeps_a_model_class_alive() -> None:
    def make() -> weakref.ref[type]:
        class Ephemeral(Model):
            x: Optional[int] = rest_field()
            later: Optional[LaterPart] = rest_field()

        assert Ephemeral({"later": {"y": 1}}).later.y == 1  # found by name, alive
        return weakref.ref(Ephemeral)

    ref = make()
    gc.collect()
    assert ref() is None


class LaterPart(Model):
    y: Optional[int] = rest_field()


def test_fields_of_one_shape_share_one_codec() -> None:
    class Two(Model):
        first: Optional[Part] = rest_field()
        second: Optional[Part] = rest_field()
        one_name: Optional[str] = rest_field()

    fields(Two)
    descriptors = vars(Two)
    assert descriptors["first"].codec is descriptors["second"].codec is Part.__batchmodels__.codec
    assert descriptors["one_name"].codec is vars(Part)["name"].codec
