"""Inheritance: fields merge over several levels and several bases, in MRO order."""

import datetime as dt
from typing import Dict, List, Optional

import pytest

from batchmodels import InvalidTypeError, Model, fields, rest_field
from helpers.strategies import Part

UTC = dt.timezone.utc


class Base(Model):
    base_name: Optional[str] = rest_field()
    created: Optional[dt.datetime] = rest_field(visibility=["read"])


class Middle(Base):
    middle_count: Optional[int] = rest_field()


class Leaf(Middle):
    leaf_parts: Optional[List[Part]] = rest_field()


class Left(Model):
    shared: Optional[str] = rest_field()
    left_only: Optional[int] = rest_field()


class Right(Model, naming="verbatim"):
    right_only: Optional[int] = rest_field()
    shared: Optional[int] = rest_field(name="sharedRight")


class Both(Left, Right):
    both_own: Optional[bool] = rest_field()


class DiamondLeft(Base):
    left_value: Optional[int] = rest_field()


class DiamondRight(Base):
    right_value: Optional[int] = rest_field()


class Diamond(DiamondLeft, DiamondRight):
    own: Optional[int] = rest_field()


class Redeclared(Middle):
    middle_count: Optional[str] = rest_field(name="count")  # type: ignore[assignment]


class Hidden(Middle):
    middle_count = 5  # type: ignore[assignment]  # a plain attribute hides the inherited field


class Greeter:
    """A plain mixin."""

    def greet(self) -> str:
        return f"hello {getattr(self, 'base_name', None)}"


class Mixed(Greeter, Base):
    extra: Optional[Dict[str, str]] = rest_field()


def attrs(cls: type) -> List[str]:
    return [f.attr for f in fields(cls)]


def test_multi_level_inheritance_merges_base_fields_first() -> None:
    assert attrs(Middle) == ["base_name", "created", "middle_count"]
    assert attrs(Leaf) == ["base_name", "created", "middle_count", "leaf_parts"]
    owners = {f.attr: f.owner for f in fields(Leaf)}
    assert owners == {
        "base_name": Base,
        "created": Base,
        "middle_count": Middle,
        "leaf_parts": Leaf,
    }


def test_every_level_works_on_a_leaf_instance() -> None:
    leaf = Leaf(
        base_name="b",
        created=dt.datetime(2020, 1, 1, tzinfo=UTC),
        middle_count=2,
        leaf_parts=[Part(name="p")],
    )
    assert leaf.as_dict() == {
        "baseName": "b",
        "created": "2020-01-01T00:00:00Z",
        "middleCount": 2,
        "leafParts": [{"name": "p"}],
    }
    again = Leaf(leaf.as_dict())
    assert again.created == dt.datetime(2020, 1, 1, tzinfo=UTC)
    assert again.leaf_parts[0].name == "p"
    assert leaf.as_dict(exclude_readonly=True) == {
        "baseName": "b",
        "middleCount": 2,
        "leafParts": [{"name": "p"}],
    }
    assert isinstance(leaf, Middle) and isinstance(leaf, Base)


def test_base_classes_do_not_see_subclass_fields() -> None:
    assert attrs(Base) == ["base_name", "created"]
    with pytest.raises(TypeError, match="middle_count"):
        Base(middle_count=1)


def test_multiple_inheritance_merges_in_mro_order() -> None:
    assert [c.__name__ for c in Both.__mro__[:3]] == ["Both", "Left", "Right"]
    # the base furthest along the MRO comes first; a field both bases declare is Left's
    assert attrs(Both) == ["right_only", "shared", "left_only", "both_own"]
    by_attr = {f.attr: f for f in fields(Both)}
    assert by_attr["shared"].owner is Left
    assert by_attr["shared"].wire == "shared"
    assert by_attr["shared"].type == Optional[str]
    # each field keeps the naming of the class that declares it...
    assert by_attr["right_only"].wire == "right_only"
    assert by_attr["left_only"].wire == "leftOnly"
    # ...and the naming policy of a new class is found along the MRO, like any class attribute:
    # Left does not set one, Right sets "verbatim"
    assert by_attr["both_own"].wire == "both_own"
    both = Both(shared="s", right_only=1, left_only=2, both_own=True)
    assert both.as_dict() == {"right_only": 1, "shared": "s", "leftOnly": 2, "both_own": True}


def test_a_diamond_lists_the_common_base_once() -> None:
    assert attrs(Diamond) == ["base_name", "created", "right_value", "left_value", "own"]
    diamond = Diamond({"baseName": "b", "rightValue": 1, "leftValue": 2, "own": 3})
    assert (diamond.base_name, diamond.right_value, diamond.left_value, diamond.own) == (
        "b",
        1,
        2,
        3,
    )


def test_a_redeclared_field_uses_the_subclass_declaration() -> None:
    by_attr = {f.attr: f for f in fields(Redeclared)}
    assert by_attr["middle_count"].wire == "count"
    assert by_attr["middle_count"].type == Optional[str]
    assert by_attr["middle_count"].owner is Redeclared
    assert set(attrs(Redeclared)) == {"base_name", "created", "middle_count"}
    assert Redeclared(middle_count="x").as_dict() == {"count": "x"}
    assert Middle(middle_count=1).as_dict() == {"middleCount": 1}  # the base is untouched
    with pytest.raises(InvalidTypeError):
        Redeclared(middle_count=1)


def test_a_plain_attribute_in_a_subclass_hides_the_field() -> None:
    assert attrs(Hidden) == ["base_name", "created"]
    assert Hidden().middle_count == 5
    with pytest.raises(TypeError, match="middle_count"):
        Hidden(middle_count=1)
    assert Hidden({"middleCount": 1})["middleCount"] == 1  # now an unknown key, kept


def test_a_plain_mixin_contributes_methods_only() -> None:
    assert attrs(Mixed) == ["base_name", "created", "extra"]
    mixed = Mixed(base_name="bob", extra={"a": "b"})
    assert mixed.greet() == "hello bob"
    assert mixed.as_dict() == {"baseName": "bob", "extra": {"a": "b"}}


def test_a_subclass_instance_fits_a_field_of_the_base_type() -> None:
    class Holder(Model):
        item: Optional[Base] = rest_field()
        items: Optional[List[Base]] = rest_field()

    first = Leaf(middle_count=1)
    holder = Holder(item=first, items=[Middle(middle_count=2)])
    assert holder.as_dict() == {"item": {"middleCount": 1}, "items": [{"middleCount": 2}]}
    assert holder.item is first  # a model given by keyword is kept, as the same object
    # decoding gives the declared type: without a discriminator nothing on the wire
    # names the subclass
    assert type(Holder(holder.as_dict()).item) is Base
    leaf = Leaf(middle_count=3)
    holder.item = leaf
    assert holder.item is leaf  # an assigned object is kept
    with pytest.raises(InvalidTypeError, match="expected Base"):
        holder.item = Part()  # type: ignore[assignment]
