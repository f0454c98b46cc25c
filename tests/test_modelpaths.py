"""Where shapes hold models (``models_in``) and the walkers over wire values along it."""

from __future__ import annotations

from typing import Dict, List, Optional

from batchmodels._errors import format_path
from batchmodels._modelpaths import map_objects, models_in, object_pairs, objects_at
from batchmodels._shapes import shape_of
from helpers.strategies import Part


def test_models_in_names_the_containers_from_the_outside_in() -> None:
    assert models_in(shape_of(Part, None)) == ((), Part)
    assert models_in(shape_of(Optional[List[Part]], None)) == ((list,), Part)
    assert models_in(shape_of(Dict[str, List[Part]], None)) == ((dict, list), Part)
    assert models_in(shape_of(List[str], None)) is None


def test_objects_at_finds_the_objects_where_the_path_says_and_skips_other_shapes() -> None:
    value = {"a": [{"name": "x"}, "not an object", {"name": "y"}], "b": "not a list"}
    found = [(obj["name"], format_path(loc)) for obj, loc in objects_at((dict, list), value, None)]
    assert found == [("x", "$.a[0]"), ("y", "$.a[2]")]
    assert list(objects_at((list,), {"name": "x"}, None)) == []


def test_map_objects_rebuilds_the_value() -> None:
    value = [{"name": "x"}, 3, [{"name": "nested too deep"}]]
    out = map_objects((list,), value, lambda obj: obj["name"], lambda other: ("other", other))
    assert out == ["x", ("other", 3), ("other", [{"name": "nested too deep"}])]


def test_object_pairs_match_lists_by_index_only_when_the_lengths_agree() -> None:
    old, new = [{"n": 1}, {"n": 2}], [{"n": 3}, {"n": 4}]
    pairs = [
        (a["n"], b["n"], format_path(loc)) for a, b, loc in object_pairs((list,), old, new, None)
    ]
    assert pairs == [(1, 3, "$[0]"), (2, 4, "$[1]")]
    assert list(object_pairs((list,), old, new[:1], None)) == []
    both = list(object_pairs((dict,), {"k": {"n": 1}, "x": {}}, {"k": {"n": 2}}, None))
    assert [(a, b) for a, b, _ in both] == [({"n": 1}, {"n": 2})]
