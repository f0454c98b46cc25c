"""Live values: the instance slots, which fields of a model hold a cached value that may change
in place (``_live``), the models inside a Python value, and writing such values back."""

from __future__ import annotations

import threading
from typing import Any, Dict, List, Tuple

from ._base import set_data as _set_data
from ._base import set_live as _set_live
from ._base import set_loc as _set_loc
from ._base import set_views as _set_views
from ._codecbase import Codec
from ._errors import BatchModelError, InvalidValueError
from ._record import ClassRecord

__all__ = [
    "copy_containers",
    "forget",
    "holds_models",
    "is_model",
    "keep_equal_items",
    "models_within",
    "new_instance",
    "swap_models",
    "sync",
    "sync_model_list",
    "track",
    "track_all",
    "untrack",
    "wrap",
]


def holds_models(codec: Codec) -> bool:
    """Whether values of ``codec`` are models or containers of models (which share text)."""
    return codec.model is not None or (codec.item is not None and codec.item.model is not None)


def keep_equal_items(codec: Codec, old: Any, new: Any, value: Any) -> Any:
    """``new`` with items whose value did not change taken from ``old``, keeping their text.

    Lists match by index, dicts by key; items whose codec cannot tell (or models) are kept new.
    """
    item = codec.item
    if item is None or item.model is not None or item.item is not None:
        return new
    decode = item.decode
    if codec.container is list and type(old) is list and type(new) is list:
        old = list(old)  # a snapshot: another thread may resize it
        for i in range(min(len(old), len(new), len(value))):
            try:
                if decode(old[i], None) == value[i]:
                    new[i] = old[i]
            except BatchModelError:
                pass
    elif codec.container is dict and type(old) is dict and type(new) is dict:
        old = dict(old)
        for key in new.keys() & old.keys():
            try:
                if decode(old[key], None) == value[key]:
                    new[key] = old[key]
            except BatchModelError:
                pass
    return new


new_instance = object.__new__


_live_lock = threading.Lock()


def track(obj: Any, field: Any) -> None:
    """Note that ``field``'s value on ``obj`` may change in place (written back on export).

    ``_live`` is a tuple, replaced (never changed) under a lock: threads that only read
    may decode two live fields of one model at once, and neither may be lost.
    """
    live = obj._live
    if live is not None and field in live:
        return
    with _live_lock:
        live = obj._live
        if live is None:
            _set_live(obj, (field,))
        elif field not in live:
            _set_live(obj, (*live, field))


def track_all(obj: Any, fields: Tuple[Any, ...]) -> None:
    """``track`` for several fields at once (``fields`` is kept as it is if it can be)."""
    with _live_lock:
        live = obj._live
        _set_live(obj, tuple(dict.fromkeys((*live, *fields))) if live else fields)


def untrack(obj: Any, field: Any) -> None:
    """Forget that ``field``'s value on ``obj`` may change in place."""
    live = obj._live
    if live and field in live:
        with _live_lock:
            live = obj._live
            if live and field in live:
                _set_live(obj, tuple(f for f in live if f is not field))


def is_model(value: Any) -> bool:
    return type(getattr(type(value), "__batchmodels__", None)) is ClassRecord and hasattr(
        value, "_data"
    )


def models_within(value: Any) -> List[Any]:
    """The models in a Python value (itself, or inside its lists, tuples, dicts, sets)."""
    out: List[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        t = type(item)
        if t in (list, tuple, set, frozenset):
            stack.extend(item)
        elif t is dict:
            stack.extend(item.values())
        elif is_model(item):
            out.append(item)
    return out


def swap_models(value: Any, known: Dict[int, Any]) -> Any:
    t = type(value)
    if t is list:
        return [swap_models(v, known) for v in value]
    if t is tuple:
        return tuple(swap_models(v, known) for v in value)
    if t is dict:
        return {k: swap_models(v, known) for k, v in value.items()}
    if is_model(value):
        return known.get(id(value._data), value)
    return value


def copy_containers(value: Any) -> Any:
    """``value`` with its lists and dicts copied at every level; models and scalars shared."""
    t = type(value)
    if t is list:
        return [copy_containers(v) for v in value]
    if t is dict:
        return {k: copy_containers(v) for k, v in value.items()}
    if t is set:
        return set(value)
    return value


def sync_model_list(value: Any, wire: Any, model: Any) -> bool:
    """Sync models in a list; True if the wire list already holds exactly their dicts."""
    if type(value) is not list or type(wire) is not list or len(value) != len(wire):
        return False
    for item, item_wire in zip(value, wire):
        if not isinstance(item, model) or item._data is not item_wire:
            return False
        if item._live:
            sync(item)
    return True


def wrap(cls: Any, data: Dict[str, Any], loc: Any) -> Any:
    """A model of exactly ``cls`` around ``data`` (not copied), at ``loc``, not yet read.

    Generated fill functions inline these steps for speed.
    """
    obj = new_instance(cls)
    _set_data(obj, data)
    _set_loc(obj, loc)
    _set_live(obj, None)
    _set_views(obj, None)
    return obj


def forget(obj: Any, field: Any) -> None:
    """Drop the cached value of ``field`` on ``obj`` (its wire value changed)."""
    obj.__dict__.pop(field.attr, None)
    untrack(obj, field)
    views = obj._views
    if views:
        views.pop(field.attr, None)


def sync(obj: Any) -> None:
    """Write attribute values that may have been mutated in place back to the wire dict."""
    live = obj._live
    if live:
        cache = obj.__dict__
        try:
            for field in live:
                # A nested model shares its wire dict with ours: only its own live
                # values can be out of date (``field.sync``, inlined for this case).
                model = field._model
                if model is not None and obj._views is None:
                    value = cache.get(field.attr)  # None: forgotten by another thread
                    if value is None:
                        continue
                    if isinstance(value, model):
                        if value._live:
                            sync(value)
                        continue
                field.sync(obj)
        except RecursionError:  # read models nested in models deeper than the stack
            raise InvalidValueError("models nested too deeply to write back").at(obj._loc) from None
