"""The bulk read: one generated function per class.

The first attribute read of a model decodes all of it in one call (``fill``): straight-line
code generated once per class, the way dataclasses generate ``__init__``, costs far less
than a descriptor call per field or a generic loop over a field table.
"""

from __future__ import annotations

import datetime
from typing import Any, Callable, Dict, List, Optional, Tuple

from ._base import set_data as _set_data
from ._base import set_live as _set_live
from ._base import set_loc as _set_loc
from ._base import set_views as _set_views
from ._codegen import compile_function
from ._declare import MISSING
from ._live import new_instance as _new
from ._live import track_all
from ._record import build_plan
from ._resolve import pick, resolve_fields
from ._shapes import ConvertShape, ListShape, ScalarShape

__all__ = ["fill"]


def fill(obj: Any, cache: Dict[str, Any]) -> None:
    """Cache the value of every field of ``obj`` that decodes cheaply and cannot fail.

    Absent fields, plain scalars, enums, durations and nested models (wrapped, filled on their
    own first read) are cached; datetimes, secrets, rare shapes and values that do not decode
    are left to their descriptors, which report errors with their location when read.
    """
    cls = type(obj)
    fn = cls.__batchmodels__.fill or build_plan(cls, "fill", _fill_function)
    fn(obj, cache)


def _fill_function(cls: Any) -> Callable[[Any, Dict[str, Any]], None]:
    namespace: Dict[str, Any] = {
        "MISSING": MISSING,
        "new": _new,
        "set_data": _set_data,
        "set_loc": _set_loc,
        "set_live": _set_live,
        "set_views": _set_views,
        "pick": pick,
        "children": _children,
        "track_all": track_all,
    }
    lines: List[str] = []
    live: List[Any] = []
    for i, field in enumerate(cls.__batchmodels__.fields):
        if field.codec is None:
            resolve_fields(field.owner)
        lines.extend(_fill_lines(field, i, namespace, live))
    live_sets: Dict[int, Tuple[Any, ...]] = {}

    def live_set(mask: int) -> Tuple[Any, ...]:
        # One shared tuple per combination of live fields present (instances never change it).
        found = live_sets.get(mask)
        if found is None:
            found = live_sets[mask] = tuple(f for n, f in enumerate(live) if mask >> n & 1)
        return found

    namespace["live_set"] = live_set
    namespace["live_sets"] = live_sets
    source = [
        "def fill(obj, cache):",
        "    data = obj._data",
        "    get = data.get",
        "    loc = obj._loc",
        "    mask = 0",
        "    values = cache",
        *lines,
        "    if mask:",
        "        track_all(obj, live_sets.get(mask) or live_set(mask))",
    ]
    fn: Callable[[Any, Dict[str, Any]], None] = compile_function(
        "fill", source, namespace, f"fill {cls.__qualname__}"
    )
    return fn


def _fill_lines(field: Any, i: int, namespace: Dict[str, Any], live: List[Any]) -> List[str]:
    """The code that fills one field: ``raw`` is its wire value, ``values`` the cache."""
    codec = field.codec
    assert codec is not None
    attr, wire = repr(field.attr), repr(field.wire)
    if field.default is MISSING:
        out = [f"    raw = get({wire})", "    if raw is None:", f"        values[{attr}] = None"]
    else:
        namespace[f"default{i}"] = field.default
        out = [f"    raw = get({wire}, MISSING)"]
        out.append("    if raw is MISSING:")
        out.append(f"        values[{attr}] = default{i}")
        out.append("    elif raw is None:")
        out.append(f"        values[{attr}] = None")
    if field._uncached:
        return out  # never cached (vars() would show it): left to its descriptor
    if codec.plain is not None:
        out.append(f"    elif type(raw) is {codec.plain.__name__}:")
        out.append(f"        values[{attr}] = raw")
    shape = field.shape
    if codec.lookup is not None:
        namespace[f"table{i}"] = codec.lookup
        out.append("    elif type(raw) is str:")
        out.append(f"        member = table{i}.get(raw)")
        out.append(
            f"        values[{attr}] = member if member is not None"
            f" else table{i}.get(raw.lower(), raw)"
        )
    elif codec.model is not None:
        model: Any = codec.model
        namespace[f"model{i}"] = model
        picked = f"pick(model{i}, raw)" if model.__batchmodels__.discriminator else f"model{i}"
        out.append("    elif type(raw) is dict:")
        out.append(f"        child = new({picked})")
        out.append("        set_data(child, raw)")
        out.append(f"        set_loc(child, (loc, {wire}))")
        out.append("        set_live(child, None)")
        out.append("        set_views(child, None)")
        out.append(f"        values.setdefault({attr}, child)")  # another thread's wins
        out.append(f"        mask |= {1 << len(live)}")
        live.append(field)
    elif (
        isinstance(shape, ListShape)
        and shape.kind is list
        and codec.item is not None
        and codec.item.model is not None
    ):
        namespace[f"model{i}"] = codec.item.model
        out.append("    elif type(raw) is list:")
        out.append(f"        items = children(model{i}, raw, (loc, {wire}))")
        out.append("        if items is not None:")
        out.append(f"            values.setdefault({attr}, items)")
        out.append(f"            mask |= {1 << len(live)}")
        live.append(field)
    elif (
        not codec.live
        and not isinstance(shape, ConvertShape)
        and not (isinstance(shape, ScalarShape) and shape.type is datetime.datetime)
    ):
        # durations, lists of strings...: immutable values, decoded now (a datetime is left
        # to its descriptor: parsing one costs more than reading a whole small model)
        namespace[f"decode{i}"] = codec.decode
        out.append("    else:")
        out.append("        try:")
        out.append(f"            values[{attr}] = decode{i}(raw, None)")
        out.append("        except Exception:  # (an unsupported type's TypeError too)")
        out.append("            pass  # raised, located, when the field is read")
    return out


def _children(cls: Any, raw: List[Any], loc: Any) -> Optional[List[Any]]:
    """Models around the objects of ``raw`` (not yet read), or ``None`` if an item is not
    an object."""
    out: List[Any] = []
    append = out.append
    polymorphic = cls.__batchmodels__.discriminator is not None
    for i, item in enumerate(raw):
        if type(item) is not dict:
            return None
        child = _new(pick(cls, item) if polymorphic else cls)  # ``wrap``, inlined
        _set_data(child, item)
        _set_loc(child, (loc, i))
        _set_live(child, None)
        _set_views(child, None)
        append(child)
    return out
