"""Where a field's shape holds models, and walking wire values along it.

A :data:`ModelPath` is ``(containers, cls)``: the JSON containers to open, from the outside
in (``list`` for an array, ``dict`` for an object of arbitrary keys), then an object of
model class ``cls``. ``((), Pool)`` is one model, ``((dict, list), Task)`` an object of
arrays of tasks. The walkers below visit the model objects at that place in a wire value;
parts of another shape are skipped (or handed to ``other``), never decoded.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from ._errors import Location
from ._shapes import DictShape, ListShape, ModelShape, Shape, UnionShape

__all__ = ["ModelPath", "models_in", "map_objects", "objects_at", "object_pairs"]

Containers = Tuple[type, ...]
ModelPath = Tuple[Containers, type]


def models_in(shape: Shape) -> Optional[ModelPath]:
    """Where ``shape`` holds models; ``None`` if it holds no model (or several kinds, as a
    union of models may)."""
    containers: List[type] = []
    while True:
        if isinstance(shape, ModelShape):
            return (tuple(containers), shape.cls)
        if isinstance(shape, UnionShape) and len(shape.members) == 1:
            shape = shape.members[0]
        elif isinstance(shape, ListShape):
            containers.append(list)
            shape = shape.item
        elif isinstance(shape, DictShape):
            containers.append(dict)
            shape = shape.value
        else:
            return None


def _items(container: type, value: Any) -> Any:
    """The ``(key, item)`` pairs of ``value`` if it is a ``container``, else ``None``."""
    if container is list and type(value) is list:
        return enumerate(list(value))
    if container is dict and type(value) is dict:
        return dict(value).items()  # a snapshot: another thread may add keys
    return None


def objects_at(
    containers: Containers, value: Any, loc: Location
) -> Iterator[Tuple[Dict[str, Any], Location]]:
    """Each model object (a JSON object) in ``value`` at ``containers``, with its location."""
    if not containers:
        if type(value) is dict:
            yield value, loc
        return
    items = _items(containers[0], value)
    for key, item in items or ():
        yield from objects_at(containers[1:], item, (loc, key))


def map_objects(
    containers: Containers,
    value: Any,
    visit: Callable[[Dict[str, Any]], Any],
    other: Callable[[Any], Any],
) -> Any:
    """``value`` rebuilt with ``visit(obj)`` for each model object at ``containers`` and
    ``other(part)`` for each part of another shape."""
    if not containers:
        return visit(value) if type(value) is dict else other(value)
    inner = containers[1:]
    if containers[0] is list and type(value) is list:
        return [map_objects(inner, v, visit, other) for v in value]
    if containers[0] is dict and type(value) is dict:
        items = dict(value).items()  # a snapshot: another thread may add keys
        return {k: map_objects(inner, v, visit, other) for k, v in items}
    return other(value)


def object_pairs(
    containers: Containers, old: Any, new: Any, loc: Location
) -> Iterator[Tuple[Dict[str, Any], Dict[str, Any], Location]]:
    """The model objects of ``old`` and ``new`` at ``containers`` at the same place: lists
    matched by index when their lengths agree, objects by the keys both have."""
    if not containers:
        if type(old) is dict and type(new) is dict:
            yield old, new, loc
        return
    inner = containers[1:]
    if containers[0] is list and type(old) is list and type(new) is list:
        if len(old) == len(new):
            for i, (a, b) in enumerate(zip(old, new)):
                yield from object_pairs(inner, a, b, (loc, i))
    elif containers[0] is dict and type(old) is dict and type(new) is dict:
        for key in new.keys() & old.keys():
            yield from object_pairs(inner, old[key], new[key], (loc, key))
