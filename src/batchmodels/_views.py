"""Exposed models.

Once the mapping side has handed out one of a model's containers (``job["poolInfo"]``), the
caller may edit that plain JSON at any time. Such a model is *exposed*: it caches nothing in
its ``__dict__`` (every attribute read decodes from the wire) and keeps, per live field, the
value it handed out together with snapshots of both sides. Before any read or export the two
sides are reconciled: whichever side changed since the last snapshot is written to the other,
the mapping side winning if both did. Exposure is permanent and spreads to every model inside.
"""

from __future__ import annotations

from typing import Any, Dict

from ._base import set_live as _set_live
from ._base import set_views as _set_views
from ._declare import MISSING
from ._errors import BatchModelError
from ._jsonvalue import copy_json
from ._live import forget, is_model, keep_equal_items, models_within, swap_models, sync, track

__all__ = ["View", "expose", "expose_within", "read_exposed", "reconcile"]


class View:
    """A live value of an exposed model and the wire container it was last equal to."""

    __slots__ = ("value", "value_snap", "wire", "wire_snap")

    def __init__(self, value: Any, wire: Any) -> None:
        self.reset(value, wire)

    def reset(self, value: Any, wire: Any) -> None:
        self.value = value
        self.value_snap = _snapshot(value)
        self.wire = wire
        # A nested model's own dict is edited through the model: only its identity counts.
        self.wire_snap = (wire, None) if is_model(value) else _snapshot(wire)


def _snapshot(value: Any) -> Any:
    """The identity of ``value`` and of every container item in it, stopping at models
    and at the dicts inside lists (the wire dicts of models, edited through them)."""
    t = type(value)
    if t is list:
        return (value, tuple(_snapshot(v) if type(v) is list else (v, None) for v in value))
    if t is dict:
        return (
            value,
            tuple(
                (k, _snapshot(v) if type(v) is list else (v, None))
                for k, v in dict(value).items()  # a snapshot: another thread may add keys
            ),
        )
    if t is set:
        return (value, tuple(value))
    return (value, None)


def _unchanged(value: Any, snap: Any) -> bool:
    obj, items = snap
    if value is not obj:
        return False
    if items is None:
        return True
    if len(value) != len(items):
        return False
    t = type(value)
    if t is list:
        return all(_unchanged(v, s) for v, s in zip(value, items))
    if t is dict:
        return all(_unchanged(value.get(k, MISSING), s) for k, s in items)
    return all(v in value for v in items)


def expose(obj: Any) -> None:
    """Turn ``obj`` (and every model its cached values hold) into an exposed model."""
    if obj._views is not None:
        return
    sync(obj)
    views: Dict[str, View] = {}
    _set_views(obj, views)
    cache = obj.__dict__
    kept = []
    for field in obj._live or ():
        value = cache.get(field.attr, MISSING)
        if value is not MISSING:
            views[field.attr] = View(value, obj._data.get(field.wire))
            kept.append(field)
    for field in type(obj).__batchmodels__.fields:
        cache.pop(field.attr, None)
    _set_live(obj, tuple(kept))
    for view in list(views.values()):
        expose_within(view.value)


def expose_within(value: Any) -> None:
    for model in models_within(value):
        expose(model)


def read_exposed(obj: Any, field: Any) -> Any:
    """An attribute read of an exposed model: decode from the wire, reconciled."""
    views = obj._views
    if field.attr in views:
        return reconcile(obj, field)
    raw = obj._data.get(field.wire, MISSING)
    if raw is MISSING or raw is None:
        return None if raw is None or field.default is MISSING else field.default
    value = field.decode_at(obj, raw)
    if field._live:
        expose_within(value)
        views[field.attr] = View(value, raw)
        track(obj, field)
    return value


def reconcile(obj: Any, field: Any) -> Any:
    """Bring the live value of ``field`` and the wire value into agreement; return it."""
    view: View = obj._views[field.attr]
    value = view.value
    for model in models_within(value):
        if model._live:
            sync(model)  # their own edits first: they live in shared dicts
    data = obj._data
    raw = data.get(field.wire, MISSING)
    if raw is not view.wire or not _unchanged(raw, view.wire_snap):
        # Edited through the mapping (if both sides were edited, the mapping side wins).
        if raw is MISSING or raw is None:
            forget(obj, field)
            return None if raw is None or field.default is MISSING else field.default
        new = _reuse(field.decode_at(obj, raw), value)
        expose_within(new)
        view.reset(new, raw)
        return new
    if not _unchanged(value, view.value_snap):
        codec = field.codec
        assert codec is not None
        try:
            wire = codec.encode(value)
        except BatchModelError as exc:
            raise exc.at((obj._loc, field.wire), secret=field.secret) from None
        wire = keep_equal_items(codec, copy_json(raw), wire, value)
        if type(raw) is list and type(wire) is list:
            raw[:] = wire  # in place: the caller may hold this list
        elif type(raw) is dict and type(wire) is dict:
            raw.clear()
            raw.update(wire)
        else:
            data[field.wire] = raw = wire
        expose_within(value)
        view.reset(value, raw)
    return value


def _reuse(new: Any, old: Any) -> Any:
    """``new`` with the model objects of ``old`` kept where they wrap the same wire dict,
    written into ``old`` itself when both are lists or both dicts (the caller may hold it)."""
    if is_model(new):
        return old if is_model(old) and old._data is new._data else new
    known = {id(m._data): m for m in models_within(old)}
    if known:
        new = swap_models(new, known)
    if type(old) is list and type(new) is list:
        old[:] = new
        return old
    if type(old) is dict and type(new) is dict:
        old.clear()
        old.update(new)
        return old
    return new
