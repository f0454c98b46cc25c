"""Bodies of older API versions as bodies of API 2025-06-01, with a list of what changed."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Dict, Generic, List, Literal, Mapping, Optional, Tuple, TypeVar

from ._apiversions import CURRENT, names, old_model, require_version, version_data
from ._declare import Field
from ._errors import Location, format_path
from ._jsontext import parse_json
from ._jsonvalue import copy_json
from ._model import Model, fields
from ._modelpaths import ModelPath, objects_at
from ._resolve import pick as _pick
from ._shapes import DictShape, UnionShape, shape_of
from ._walk import walk_plan as _plan

__all__ = ["Change", "ChangeKind", "UpgradeResult", "upgrade"]

_M = TypeVar("_M", bound=Model)

ChangeKind = Literal["converted", "renamed", "removed", "unknown"]
"""``converted``: a value rewritten in today's form (JSON text of an object -> the object);
``renamed``: a model known today under another name; ``removed``: a field today's API does
not have (left out of the body); ``unknown``: a key neither version declares (kept)."""


@dataclasses.dataclass(frozen=True)
class Change:
    """One thing :func:`upgrade` changed or noticed, by JSON path in the source."""

    __slots__ = ("detail", "kind", "path")

    path: str
    """JSON path in the source data, such as ``$.cloudServiceConfiguration``."""
    kind: ChangeKind
    """What happened."""
    detail: str
    """A sentence saying what and why; never a field's value."""

    def __str__(self) -> str:
        return f"{self.path}: {self.kind}: {self.detail}"

    def __reduce__(self) -> Any:  # frozen slots: pickle must go through __init__
        return (Change, (self.path, self.kind, self.detail))


@dataclasses.dataclass(frozen=True)
class UpgradeResult(Generic[_M]):
    """A body for API 2025-06-01 and what :func:`upgrade` changed to get it."""

    __slots__ = ("body", "changes")

    body: _M
    """The body, a model of the class asked for."""
    changes: Tuple[Change, ...]
    """What changed, in source order."""

    def __reduce__(self) -> Any:
        return (UpgradeResult, (self.body, self.changes))


def upgrade(data: Mapping[str, Any], cls: type[_M], *, api_version: str) -> UpgradeResult[_M]:
    """``data``, a body of ``api_version``, as a ``cls`` body of API 2025-06-01.

    ``data`` is a mapping of wire JSON (or a model). Fields the newer API no longer has
    (``cloudServiceConfiguration``, ``certificateReferences``...) are left out; an object
    written as JSON text where today's API takes an object (a VM extension's ``settings``
    and ``protectedSettings`` in 2022 and 2023 bodies) becomes the object. Everything else
    stays as it was, value for value and key for key. ``changes`` lists each of these,
    keys neither version declares (kept) and, at ``$``, a model known today under another
    name. ``api_version`` may be 2025-06-01 itself (only the conversions apply then).
    """
    require_version(api_version)
    if not (isinstance(cls, type) and issubclass(cls, Model)):
        raise TypeError(f"expected a model class, not {cls!r}")
    if isinstance(data, Model):
        source: Dict[str, Any] = data.as_dict()
    elif isinstance(data, Mapping):
        source = copy_json({k: data[k] for k in data})
    else:
        raise TypeError(f"expected a model or a mapping, not {type(data).__name__}")
    walk = _Walk(api_version)
    old = None if api_version == CURRENT else old_model(cls.__name__, api_version)
    if old is not None and old != cls.__name__:
        detail = f"{old} of API {api_version} is {cls.__name__} in API {CURRENT}"
        walk.changes.append(Change("$", "renamed", detail))
    walk.model(source, cls, old, None)
    return UpgradeResult(cls._wrap(source), tuple(walk.changes))


_INNER = re.compile(r"^(?:list\[|dict\[str, )*(\w+)\]*$")


class _Walk:
    """One upgrade: the old version's rules and the changes found so far."""

    def __init__(self, api_version: str) -> None:
        self.api_version = api_version
        self.old_models: Dict[str, Any] = (
            {} if api_version == CURRENT else version_data(api_version)["models"]
        )
        self.changes: List[Change] = []

    def model(self, raw: Any, cls: type[Model], old: Optional[str], loc: Location) -> None:
        """Upgrade the object ``raw`` (in place) from old model ``old`` to ``cls``."""
        if type(raw) is not dict:
            return
        cls = _pick(cls, raw)
        today = {f.wire: f for f in fields(cls)}
        children = _plan(cls).children
        before = {f["wire"]: f for f in self.old_models[old]["fields"]} if old else {}
        for key in list(raw):
            value = raw[key]
            here = (loc, key)
            field = today.get(key)
            if field is None:
                if key in before:
                    del raw[key]
                    self.changes.append(Change(format_path(here), "removed", self._gone(old, key)))
                else:
                    self.changes.append(
                        Change(format_path(here), "unknown", self._unknown(cls, old))
                    )
                continue
            if value is None:
                continue
            if type(value) is str and _takes_object(field):
                parsed = _object_in(value)
                if parsed is not None:
                    raw[key] = parsed
                    detail = f"JSON text of an object, as API {self.api_version} took it -> object"
                    self.changes.append(Change(format_path(here), "converted", detail))
            elif key in children:
                old_type = before[key]["type"] if key in before else None
                self.child(children[key], value, _old_class(old_type, self.old_models), here)

    def child(self, child: ModelPath, value: Any, old: Optional[str], loc: Location) -> None:
        containers, cls = child
        for data, here in objects_at(containers, value, loc):
            self.model(data, cls, old, here)

    def _gone(self, old: Optional[str], key: str) -> str:
        entry = names()["models"].get(old or "", {}).get("removed_fields", {}).get(key)
        since = entry["removed_in"] if entry else CURRENT
        reason = f": {entry['reason']}" if entry and entry.get("reason") else ""
        return f"{old}.{key} of API {self.api_version} is gone from API {since}{reason}"

    def _unknown(self, cls: type[Model], old: Optional[str]) -> str:
        if old is None:
            return f"not a field of {cls.__name__} (kept as it is)"
        return (
            f"not a field of {old} in API {self.api_version} nor of {cls.__name__} in API "
            f"{CURRENT} (kept as it is)"
        )


def _old_class(old_type: Optional[str], old_models: Dict[str, Any]) -> Optional[str]:
    match = _INNER.match(old_type or "")
    name = match.group(1) if match else None
    return name if name in old_models else None


def _takes_object(field: Field) -> bool:
    """Whether today's field holds a JSON object of arbitrary keys."""
    shape = shape_of(field.type, field.format)
    if isinstance(shape, UnionShape) and len(shape.members) == 1:
        shape = shape.members[0]
    return isinstance(shape, DictShape)


def _object_in(text: str) -> Optional[Dict[str, Any]]:
    """The object that ``text`` is the JSON text of, if it is one."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        parsed = parse_json(text)
    except (ValueError, RecursionError):
        return None
    return parsed if type(parsed) is dict else None
