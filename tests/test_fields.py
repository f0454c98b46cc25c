"""rest_field: wire naming, field records, annotations and forward references.

This module uses ``from __future__ import annotations``: every annotation below is a string
that the engine resolves through the typing machinery.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from typing import Any, Dict, List, Optional, Union

import pytest

from batchmodels import Field, Model, fields, rest_discriminator, rest_field, to_camel
from batchmodels._fields import FieldDescriptor
from helpers import strategies
from helpers.strategies import Color


@pytest.mark.parametrize(
    ("attr", "wire"),
    [
        ("id", "id"),
        ("display_name", "displayName"),
        ("e_tag", "eTag"),
        ("max_wall_clock_time", "maxWallClockTime"),
        ("ip_v4_address", "ipV4Address"),
        ("os_disk", "osDisk"),
        ("x_1", "x1"),
        ("a__b", "aB"),
        ("_private_name", "_privateName"),
        ("alreadyCamel", "alreadyCamel"),
        ("trailing_", "trailing_"),
    ],
)
def test_to_camel(attr: str, wire: str) -> None:
    assert to_camel(attr) == wire


# --- naming ---------------------------------------------------------------------------------


class Named(Model):
    display_name: Optional[str] = rest_field()
    odata_type: Optional[str] = rest_field(name="@odata.type")
    url: Optional[str] = rest_field()


class Verbatim(Model, naming="verbatim"):
    display_name: Optional[str] = rest_field()
    odata_type: Optional[str] = rest_field(name="@odata.type")


class VerbatimChild(Verbatim):
    extra_field: Optional[int] = rest_field()


class CamelAgain(VerbatimChild, naming="camel"):
    last_field: Optional[int] = rest_field()


def wires(cls: type) -> Dict[str, str]:
    return {f.attr: f.wire for f in fields(cls)}


def test_camel_case_is_the_default_and_name_overrides() -> None:
    assert wires(Named) == {
        "display_name": "displayName",
        "odata_type": "@odata.type",
        "url": "url",
    }
    model = Named(display_name="a", odata_type="t")
    assert model.as_dict() == {"displayName": "a", "@odata.type": "t"}
    assert Named({"displayName": "b"}).display_name == "b"


def test_verbatim_naming_is_inherited_by_subclasses() -> None:
    assert wires(Verbatim) == {"display_name": "display_name", "odata_type": "@odata.type"}
    assert wires(VerbatimChild) == {**wires(Verbatim), "extra_field": "extra_field"}
    assert VerbatimChild(extra_field=1, display_name="x").as_dict() == {
        "display_name": "x",
        "extra_field": 1,
    }


def test_a_subclass_may_switch_naming_for_its_own_fields() -> None:
    assert wires(CamelAgain) == {**wires(VerbatimChild), "last_field": "lastField"}


def test_unknown_naming_policy_is_rejected() -> None:
    with pytest.raises(ValueError, match="naming"):

        class Bad(Model, naming="snake"):  # type: ignore[arg-type]
            pass


def test_two_fields_with_one_wire_name_are_rejected() -> None:
    with pytest.raises(TypeError, match="share the wire name 'displayName'"):

        class Clash(Model):
            display_name: Optional[str] = rest_field()
            other: Optional[str] = rest_field(name="displayName")


# --- field records --------------------------------------------------------------------------


class Recorded(Model):
    ident: str = rest_field(name="id", visibility=["read"])
    size: int = rest_field()
    note: Optional[str] = rest_field()
    retries: int = rest_field(default=3)
    created: Optional[dt.datetime] = rest_field(format="rfc7231", visibility=["read", "create"])
    secret: Optional[str] = rest_field(secret=True)
    untyped = rest_field(type=List[int])
    kind: str = rest_discriminator()


def test_fields_returns_frozen_records_in_declaration_order() -> None:
    records = fields(Recorded)
    assert isinstance(records, tuple)
    assert all(isinstance(r, Field) for r in records)
    assert [r.attr for r in records] == [
        "ident",
        "size",
        "note",
        "retries",
        "created",
        "secret",
        "untyped",
        "kind",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        records[0].wire = "x"  # type: ignore[misc]
    assert fields(Recorded) == records
    assert fields(Recorded(size=1)) == records  # an instance works too


def test_field_record_contents() -> None:
    by_attr = {r.attr: r for r in fields(Recorded)}
    ident = by_attr["ident"]
    assert (ident.wire, ident.type, ident.format) == ("id", str, None)
    assert ident.visibility == ("read",)
    assert ident.readonly and ident.required and not ident.secret
    assert ident.owner is Recorded
    assert not ident.discriminator
    assert by_attr["size"].required and not by_attr["size"].readonly
    assert by_attr["size"].visibility == ("read", "create", "update", "delete", "query")
    assert by_attr["note"].type == Optional[str]
    assert not by_attr["note"].required
    assert by_attr["retries"].default == 3 and not by_attr["retries"].required
    created = by_attr["created"]
    assert created.format == "rfc7231"
    assert created.type == Optional[dt.datetime]
    assert created.visibility == ("read", "create") and not created.readonly
    assert by_attr["secret"].secret
    assert by_attr["untyped"].type == List[int]
    assert by_attr["kind"].discriminator


def test_default_is_what_an_absent_field_reads() -> None:
    model = Recorded()
    assert model.retries == 3
    assert "retries" not in model
    assert model.as_dict() == {}
    model.retries = 5
    assert model["retries"] == 5
    del model.retries
    assert model.retries == 3


def test_fields_rejects_non_models() -> None:
    with pytest.raises(TypeError):
        fields(dict)
    with pytest.raises(TypeError):
        fields({"a": 1})
    assert fields(Model) == ()


def test_class_access_gives_the_descriptor() -> None:
    descriptor = Recorded.__dict__["note"]
    assert isinstance(descriptor, FieldDescriptor)
    assert getattr(Recorded, "note") is descriptor  # noqa: B009
    assert "note" in repr(descriptor) and "Recorded" in repr(descriptor)


def test_a_field_without_annotation_or_type_fails_on_first_use() -> None:
    class NoType(Model):
        value = rest_field()

    with pytest.raises(TypeError, match=r"NoType\.value: a field needs an annotation or type="):
        NoType(value=1)


# --- forward references ---------------------------------------------------------------------


class Tree(Model):
    """Refers to itself, to a model declared later here and to models of another module."""

    name: Optional[str] = rest_field()
    children: Optional[List[Tree]] = rest_field()
    leaf: Optional[Leaf] = rest_field()
    leaves: Optional[Dict[str, List[Leaf]]] = rest_field()
    part: Optional[strategies.Part] = rest_field()  # another module, by module attribute
    vehicle: Optional[Vehicle] = rest_field()  # noqa: F821  # another module, never imported here
    color: Optional[Union[str, Color]] = rest_field()


class Leaf(Model):
    """Declared after Tree, which refers to it."""

    weight: Optional[float] = rest_field()


def test_forward_references_resolve() -> None:
    by_attr = {r.attr: r.type for r in fields(Tree)}
    assert by_attr["children"] == Optional[List[Tree]]
    assert by_attr["leaf"] == Optional[Leaf]
    assert by_attr["leaves"] == Optional[Dict[str, List[Leaf]]]
    assert by_attr["part"] == Optional[strategies.Part]
    assert by_attr["vehicle"] == Optional[strategies.Vehicle]
    assert by_attr["color"] == Optional[Union[str, Color]]


def test_forward_referenced_models_decode() -> None:
    tree = Tree(
        {
            "children": [{"name": "kid", "leaf": {"weight": 2}}],
            "leaves": {"a": [{"weight": 1}]},
            "part": {"name": "p"},
            "vehicle": {"type": "car", "engine": "electric", "rangeKm": 5},
        }
    )
    assert isinstance(tree.children[0], Tree)
    assert isinstance(tree.children[0].leaf, Leaf)
    assert tree.children[0].leaf.weight == 2.0
    assert tree.leaves["a"][0].weight == 1.0
    assert isinstance(tree.part, strategies.Part)
    assert isinstance(tree.vehicle, strategies.ElectricCar)
    assert tree.vehicle.range_km == 5


def test_string_annotations_without_future_import_resolve() -> None:
    # strategies.py has no ``from __future__ import annotations``; it quotes later models.
    assert {r.attr: r.type for r in fields(strategies.Everything)}["parts"] == Optional[
        List[strategies.Part]
    ]


def test_an_unresolvable_annotation_fails_on_first_use() -> None:
    class Broken(Model):
        thing: Optional[NoSuchModel] = rest_field()  # noqa: F821

    with pytest.raises(TypeError, match="cannot resolve annotation"):
        Broken(thing={})


class Racy(Model):
    """Not touched by any other test: its fields are resolved by the threads below."""

    a: Optional[dt.datetime] = rest_field()
    b: Optional[List[RacyChild]] = rest_field()
    c: Optional[Dict[str, dt.timedelta]] = rest_field()


class RacyChild(Model):
    d: Optional[int] = rest_field()


def test_field_tables_resolve_once_under_concurrent_first_use() -> None:
    descriptors = [Racy.__dict__[name] for name in ("a", "b", "c")]
    assert all(d.codec is None for d in descriptors)  # still unresolved
    barrier = threading.Barrier(8)
    results: List[Any] = []
    errors: List[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            model = Racy({"a": "2020-01-01T00:00:00Z", "b": [{"d": 1}], "c": {"x": "PT1S"}})
            results.append((model.a, model.b[0].d, model.c, fields(Racy)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 8
    assert all(r == results[0] for r in results)
    codecs = [d.codec for d in descriptors]
    assert all(c is not None for c in codecs)
    fields(Racy)
    assert [d.codec for d in descriptors] == codecs  # built once, never rebuilt
