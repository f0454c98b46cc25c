"""Per-class plans for walking nested wire data without decoding it: pruning read-only keys,
renaming to attribute names, and masking secrets."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from ._errors import MASK, mask_signature
from ._jsonvalue import copy_json
from ._modelpaths import Containers, ModelPath, map_objects, models_in
from ._record import build_plan
from ._resolve import fields
from ._resolve import pick as _pick

__all__ = ["all_subtypes", "masked_json", "note_secret_names", "raise_located", "walk_plan"]

_PLAIN = frozenset((str, int, float, bool, type(None)))
Model = Any  # a model class (``_model``, above this module)


def masked_json(cls: type[Model], data: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``cls`` wire data with the value of every secret field, at any depth,
    replaced by ``***`` (the masking ``repr`` shows)."""
    return _masked(cls, data)


def raise_located(data: Dict[str, Any]) -> None:
    """Raise the error :func:`copy_json` gives for ``data``, located from its root (the one
    error every export reports for a value that is not JSON); return if there is none."""
    copy_json(data)


class _Plan:
    """What a class needs to walk its wire data without decoding it; built once per class."""

    __slots__ = ("attr_names", "attr_set", "children", "cls", "prunes", "readonly", "secrets")

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls
        flds = fields(cls)
        self.readonly = frozenset(f.wire for f in flds if f.readonly)
        self.secrets = frozenset(f.wire for f in flds if f.secret)
        self.attr_names = {f.wire: f.attr for f in flds}
        self.attr_set = frozenset(self.attr_names.values())
        self.children: Dict[str, ModelPath] = {}
        for descriptor in cls.__batchmodels__.fields:
            child = models_in(descriptor.shape) if descriptor.shape else None
            if child is not None:
                self.children[descriptor.wire] = child
        self.prunes = True  # refined by _needs_pruning once all plans can be built

    def prune(self, data: Dict[str, Any], copy: bool) -> Dict[str, Any]:
        """``data`` without read-only keys at any depth; unchanged parts copied if ``copy``."""
        readonly, children = self.readonly, self.children
        out = {}
        for key, value in dict(data).items():  # a snapshot: another thread may add keys
            if key in readonly:
                continue
            child = children.get(key)
            if child is not None and walk_plan(child[1]).prunes:
                out[key] = _walk_shaped(
                    *child,
                    value,
                    lambda plan, v: plan.prune(v, copy),
                    copy_json if copy else _unchanged,
                )
            elif copy and type(value) not in _PLAIN:
                out[key] = copy_json(value)
            else:
                out[key] = value
        return out

    def by_attribute(self, data: Dict[str, Any], exclude_readonly: bool) -> Dict[str, Any]:
        """A copy of ``data`` keyed by attribute names, recursively."""
        out: Dict[str, Any] = {}
        for key, value in dict(data).items():  # a snapshot: another thread may add keys
            if exclude_readonly and key in self.readonly:
                continue
            name = self.attr_names.get(key)
            if name is None:
                name = key
                while name in self.attr_set:  # an unknown key spelt like a field's attribute
                    name += " (unknown)"
            child = self.children.get(key)
            if child is not None:
                out[name] = _walk_shaped(
                    *child, value, lambda plan, v: plan.by_attribute(v, exclude_readonly), copy_json
                )
            else:
                out[name] = value if type(value) in _PLAIN else copy_json(value)
        return out


def _walk_shaped(
    containers: Containers,
    model: type[Model],
    value: Any,
    visit: Callable[[_Plan, Dict[str, Any]], Any],
    wrong_shape: Callable[[Any], Any],
) -> Any:
    """Apply ``visit`` to each model object in ``value``, a child at ``containers`` (see
    ``_modelpaths``); parts of another shape go to ``wrong_shape``."""
    return map_objects(
        containers, value, lambda obj: visit(walk_plan(_pick(model, obj)), obj), wrong_shape
    )


def _unchanged(value: Any) -> Any:
    return value


def _masked(model: type[Model], data: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``data`` (an object of ``model``) with secrets masked, in one walk without
    recursion. Each object is read as the class that declares it; the objects inside an
    unknown key or a value of the wrong shape are read as the enclosing class. A key named
    like a secret field of any model is masked wherever no class declares it, and every
    string under a key ending in ``Url``/``Urls`` has its SAS signature masked."""
    holder: List[Any] = [None]
    # (container of the copy, key in it, value, class, the containers expected above a model
    # object or None, under a URL key)
    stack: List[Tuple[Any, Any, Any, type[Model], Optional[Containers], bool]] = [
        (holder, 0, data, model, (), False)
    ]
    pop, push = stack.pop, stack.append
    while stack:
        parent, key, value, cls, shape, url = pop()
        t = type(value)
        if t is str:
            parent[key] = mask_signature(value) if url else value
        elif t is list:
            inner = shape[1:] if shape and shape[0] is list else None
            items = list(value)  # a snapshot: another thread may resize the list
            out: Any = [None] * len(items)
            parent[key] = out
            for i, item in enumerate(items):
                push((out, i, item, cls, inner, url))
        elif t is dict and shape and shape[0] is dict:
            inner = shape[1:]
            out = parent[key] = {}
            for k, item in dict(value).items():  # a snapshot: another thread may add keys
                out[k] = None
                push((out, k, item, cls, inner, url))
        elif t is dict:
            plan = walk_plan(_pick(cls, value))
            secrets, children, known = plan.secrets, plan.children, plan.attr_names
            out = parent[key] = {}
            for k, item in dict(value).items():
                if item is None or type(k) is not str:
                    out[k] = item
                    continue
                name = k.lower()
                if k in secrets or (k not in known and name in _SECRET_NAMES):
                    out[k] = MASK
                    continue
                out[k] = None
                under_url = url or name.endswith(_URL_SUFFIXES)
                child = children.get(k)
                if child is not None:
                    push((out, k, item, child[1], child[0], under_url))
                else:
                    push((out, k, item, plan.cls, None, under_url))
        else:
            parent[key] = value
    return holder[0]  # type: ignore[no-any-return]


_URL_SUFFIXES = ("url", "urls")


# Lower-case wire names of the secret fields of every model class: masked under any key
# that the enclosing class does not declare (a newer API's field, another model's data).
_SECRET_NAMES: set[str] = set()


def note_secret_names(wires: Any) -> None:
    """Add the wire names of a new class's secret fields to those masked under any key."""
    _SECRET_NAMES.update(w.lower() for w in wires)


def walk_plan(cls: type[Model]) -> _Plan:
    plan = cls.__batchmodels__.walk  # the built plan, found without a call (once per model)
    return plan or build_plan(cls, "walk", _build_plan)  # type: ignore[no-any-return]


def _build_plan(cls: type[Model]) -> _Plan:
    plan = _Plan(cls)
    plan.prunes = _needs_pruning(cls, set())
    return plan


def _needs_pruning(cls: type[Model], seen: set[type]) -> bool:
    """Whether data of ``cls`` (or a subclass) can hold a read-only field at some depth."""
    if cls in seen:
        return False
    seen.add(cls)
    candidates: List[type[Model]] = [cls, *all_subtypes(cls)]
    for klass in candidates:
        flds = fields(klass)
        if any(f.readonly for f in flds):
            return True
        for descriptor in klass.__batchmodels__.fields:
            child = models_in(descriptor.shape) if descriptor.shape else None
            if child is not None and _needs_pruning(child[1], seen):
                return True
    return False


def all_subtypes(cls: type[Model]) -> List[type[Model]]:
    return [sub for sub in cls.__subclasses__() for sub in [sub, *all_subtypes(sub)]]
