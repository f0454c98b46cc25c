"""Polymorphic models: a discriminator value selects a registered subclass, over levels."""

import json
from typing import Any, Dict, List, Optional

import pytest

from batchmodels import InvalidTypeError, Model, fields, loads, loads_list, rest_discriminator
from batchmodels import rest_field as field
from helpers.strategies import (
    Animal,
    Bike,
    Car,
    Cat,
    DieselCar,
    Dog,
    ElectricCar,
    Everything,
    Puppy,
    Vehicle,
)


class Zoo(Model):
    star: Optional[Animal] = field()
    animals: Optional[List[Animal]] = field()
    by_name: Optional[Dict[str, Animal]] = field()
    dogs: Optional[List[Dog]] = field()
    rides: Optional[List[Vehicle]] = field()


class Wolf(Dog):
    """A subclass without a discriminator value of its own."""

    howls: Optional[bool] = field()


@pytest.mark.parametrize(
    ("wire", "cls"),
    [
        ({"kind": "dog"}, Dog),
        ({"kind": "puppy"}, Puppy),  # third level, same discriminator
        ({"kind": "cat"}, Cat),
        ({"kind": "lizard"}, Animal),  # unknown value: the base class
        ({}, Animal),  # no discriminator
        ({"kind": None}, Animal),
        ({"kind": 5}, Animal),
        ({"kind": "DOG"}, Animal),  # values match exactly
        ({"kind": "Dog"}, Animal),  # a class name is not a value
        ({"kind": "__class__"}, Animal),
    ],
)
def test_the_discriminator_selects_the_subclass(wire: Dict[str, Any], cls: type) -> None:
    zoo = Zoo({"star": wire, "animals": [wire], "byName": {"x": wire}})
    assert type(zoo.star) is cls
    assert type(zoo.animals[0]) is cls
    assert type(zoo.by_name["x"]) is cls
    assert zoo.as_dict() == {"star": wire, "animals": [wire], "byName": {"x": wire}}


def test_subclass_fields_decode() -> None:
    zoo = Zoo(
        {
            "animals": [
                {"kind": "puppy", "name": "rex", "good": True, "ageWeeks": 8, "toys": [{}]},
                {"kind": "cat", "lives": 7},
            ]
        }
    )
    puppy, cat = zoo.animals
    assert isinstance(puppy, Puppy) and isinstance(puppy, Dog) and isinstance(puppy, Animal)
    assert (puppy.name, puppy.good, puppy.age_weeks, len(puppy.toys)) == ("rex", True, 8, 1)
    assert isinstance(cat, Cat) and cat.lives == 7


def test_a_field_typed_as_a_middle_class_selects_below_it() -> None:
    zoo = Zoo({"dogs": [{"kind": "dog"}, {"kind": "puppy"}, {"kind": "cat"}]})
    assert [type(d) for d in zoo.dogs] == [Dog, Puppy, Dog]


@pytest.mark.parametrize(
    ("wire", "cls"),
    [
        ({"type": "bike", "gears": 3}, Bike),
        ({"type": "car", "engine": "electric"}, ElectricCar),
        ({"type": "car", "engine": "diesel"}, DieselCar),
        ({"engine": "diesel", "type": "car"}, DieselCar),  # key order does not matter
        ({"type": "car", "engine": "steam"}, Car),
        ({"type": "car"}, Car),
        ({"engine": "electric"}, Vehicle),  # the outer discriminator decides first
        ({"type": "boat"}, Vehicle),
    ],
)
def test_a_discriminator_nested_in_another(wire: Dict[str, Any], cls: type) -> None:
    zoo = Zoo({"rides": [wire]})
    assert type(zoo.rides[0]) is cls
    assert zoo["rides"] == [wire]


def test_keyword_construction_writes_the_discriminator_values() -> None:
    assert Dog().as_dict() == {"kind": "dog"}
    assert Puppy(name="rex").as_dict() == {"kind": "puppy", "name": "rex"}
    assert Cat(lives=9).kind == "cat"
    assert ElectricCar(range_km=5).as_dict() == {"type": "car", "engine": "electric", "rangeKm": 5}
    assert Car().as_dict() == {"type": "car"}
    assert Bike().vehicle_type == "bike"
    assert Animal().as_dict() == {}
    assert Wolf(howls=True).as_dict() == {"kind": "dog", "howls": True}


def test_mapping_construction_takes_the_wire_as_given() -> None:
    assert Dog({}).as_dict() == {}
    assert Dog({"kind": "cat"}).kind == "cat"


def test_subclass_field_tables() -> None:
    assert [f.attr for f in fields(Puppy)] == ["kind", "name", "born", "good", "age_weeks", "toys"]
    assert [f.attr for f in fields(ElectricCar)] == [
        "vehicle_type",
        "wheels",
        "engine",
        "seats",
        "range_km",
        "vin",
    ]
    discriminators = [f.attr for f in fields(ElectricCar) if f.discriminator]
    assert discriminators == ["vehicle_type", "engine"]


def test_assigning_subclasses_and_mappings_to_a_base_typed_field() -> None:
    zoo = Zoo()
    zoo.star = Puppy(name="rex")
    assert zoo["star"] == {"kind": "puppy", "name": "rex"}
    zoo.star = {"kind": "cat", "lives": 3}  # type: ignore[assignment]
    assert type(zoo.star) is Cat and zoo.star.lives == 3
    zoo.animals = [Dog(), Cat()]
    zoo.animals.append(Puppy())
    assert zoo.as_dict()["animals"] == [{"kind": "dog"}, {"kind": "cat"}, {"kind": "puppy"}]
    assert [type(a) for a in Zoo(zoo.as_dict()).animals] == [Dog, Cat, Puppy]
    with pytest.raises(InvalidTypeError):
        zoo.star = Bike()  # type: ignore[assignment]


def test_loads_selects_the_subclass_at_the_top_level() -> None:
    pet = loads('{"kind": "puppy", "ageWeeks": 2}', Animal)
    assert type(pet) is Puppy and pet.age_weeks == 2
    pets = loads_list(json.dumps({"value": [{"kind": "cat"}, {"kind": "x"}]}), Animal)
    assert [type(p) for p in pets] == [Cat, Animal]
    ride = loads('{"type": "car", "engine": "diesel"}', Vehicle)
    assert type(ride) is DieselCar


def test_the_shared_test_model_decodes_polymorphic_fields() -> None:
    model = Everything(
        {"pet": {"kind": "puppy"}, "pets": [{"kind": "cat"}], "vehicle": {"type": "bike"}}
    )
    assert type(model.pet) is Puppy
    assert type(model.pets[0]) is Cat
    assert type(model.vehicle) is Bike


def test_registration_errors() -> None:
    with pytest.raises(TypeError, match="already taken"):

        class Dog2(Animal, discriminator="dog"):
            pass

    with pytest.raises(TypeError, match="no base class declares a discriminator"):

        class Orphan(Model, discriminator="x"):
            pass

    with pytest.raises(TypeError, match="more than one discriminator"):

        class Twice(Model):
            one: str = rest_discriminator()
            two: str = rest_discriminator()


def test_registration_does_not_leak_into_unrelated_families() -> None:
    class Shape(Model):
        kind: str = rest_discriminator()

    class Circle(Shape, discriminator="cat"):  # the same value as Cat, in another family
        radius: Optional[float] = field()

    class Drawing(Model):
        shape: Optional[Shape] = field()
        pet: Optional[Animal] = field()

    drawing = Drawing({"shape": {"kind": "cat"}, "pet": {"kind": "cat"}})
    assert type(drawing.shape) is Circle
    assert type(drawing.pet) is Cat
