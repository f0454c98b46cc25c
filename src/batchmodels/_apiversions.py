"""Older Batch API versions: their rules (package data from ``tools/apiversions.py``), which
of their models is which model today, and a check of wire JSON against one version's rules.

The data describes the models azure-batch 12.0.0 to 14.2.0 declared, by their names there
(``PoolAddParameter``...); ``renames.json`` maps those names to today's.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Dict, Iterator, List, Literal, Optional, Tuple

from ._errors import Location, format_path, show_value

__all__ = [
    "CURRENT",
    "OLD_VERSIONS",
    "check_version",
    "known_versions",
    "names",
    "old_model",
    "require_version",
    "version_data",
]

CURRENT = "2025-06-01"
"""The API version of the models this package declares."""

OLD_VERSIONS: Tuple[str, ...] = (
    "2022-01-01.15.0",
    "2022-10-01.16.0",
    "2023-05-01.17.0",
    "2023-11-01.18.0",
    "2024-02-01.19.0",
)
"""The older API versions described by package data, oldest first."""

Found = Tuple[str, str, Literal["error", "warning"]]
"""One problem: ``(path, message, severity)``."""


def known_versions() -> Tuple[str, ...]:
    return (*OLD_VERSIONS, CURRENT)


def require_version(api_version: str) -> str:
    """``api_version`` if this package knows it; a ``ValueError`` naming the known ones."""
    if api_version not in OLD_VERSIONS and api_version != CURRENT:
        known = ", ".join(known_versions())
        raise ValueError(f"unknown API version {api_version!r}; known versions: {known}")
    return api_version


def _read(name: str) -> Dict[str, Any]:
    # Imported here: importlib.resources pulls in pathlib, tempfile and urllib, which
    # `import batchmodels` does not otherwise need.
    from importlib import resources

    text = resources.files("batchmodels._versions").joinpath(name).read_text(encoding="utf-8")
    data: Dict[str, Any] = json.loads(text)
    return data


@functools.cache
def version_data(api_version: str) -> Dict[str, Any]:
    """The description of one older version: ``models`` (fields by old class name) and
    ``enums`` (member name to value)."""
    if api_version not in OLD_VERSIONS:
        require_version(api_version)
        raise ValueError(f"{api_version} is described by the models themselves")
    return _read(f"{api_version}.json")


@functools.cache
def names() -> Dict[str, Any]:
    """Old model and enum names to today's, with removed fields and their reasons."""
    return _read("renames.json")


@functools.cache
def _fields_by_wire(api_version: str, old: str) -> Dict[str, Dict[str, Any]]:
    entry = version_data(api_version)["models"][old]
    return {f["wire"]: f for f in entry["fields"]}


def old_model(today: str, api_version: str) -> Optional[str]:
    """The model of ``api_version`` that today's model ``today`` was, if any.

    A model that several old ones became (``BatchJob``: ``CloudJob`` and the update body
    ``JobUpdateParameter``) is taken as the one matched by name or shape, not by hand.
    """
    models = version_data(api_version)["models"]
    found = [
        (item.get("by") == "hand", old)
        for old, item in names()["models"].items()
        if item["new"] == today and old in models
    ]
    return min(found)[1] if found else None


# --- checking wire JSON against an old version -----------------------------------------------

_SCALAR_TYPES: Dict[str, Tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "datetime": (str,),
    "timedelta": (str,),
    "bytes": (str,),
}
_JSON_NAMES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}


def _json_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return _JSON_NAMES.get(type(value), type(value).__name__)


def check_version(
    raw: Any, old: str, api_version: str, loc: Location = None, partial: bool = False
) -> List[Found]:
    """Every problem of wire JSON ``raw`` as a body of the old model ``old`` of
    ``api_version``: fields the version does not have, required fields missing, values of
    the wrong JSON type, enum values it does not know, broken ranges (errors); read-only
    fields present (warnings). Values are shown only for enums and ranges. ``partial``: an
    update body, whose own fields are not required."""
    found: List[Found] = []
    data = version_data(api_version)
    if partial and type(raw) is dict:
        first: Iterator[Tuple[str, Any, Location]] = _model_entries(
            api_version, old, raw, loc, found, partial=True
        )
    else:
        first = iter(((old, raw, loc),))
    stack: List[Iterator[Tuple[str, Any, Location]]] = [first]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        children = _check(data, api_version, *entry, found)
        if children is not None:
            stack.append(children)
    return found


def _check(
    data: Dict[str, Any],
    api_version: str,
    tp: str,
    raw: Any,
    loc: Location,
    found: List[Found],
) -> Optional[Iterator[Tuple[str, Any, Location]]]:
    where = format_path(loc)
    if tp.startswith("list["):
        if type(raw) is not list:
            found.append((where, f"expected an array, got {_json_name(raw)}", "error"))
            return None
        return ((tp[5:-1], item, (loc, i)) for i, item in enumerate(raw))
    if tp.startswith("dict[str, "):
        if type(raw) is not dict:
            found.append((where, f"expected an object, got {_json_name(raw)}", "error"))
            return None
        return ((tp[10:-1], value, (loc, key)) for key, value in raw.items())
    if tp == "object":
        return None
    if tp in _SCALAR_TYPES:
        ok = isinstance(raw, _SCALAR_TYPES[tp]) and (tp == "bool" or type(raw) is not bool)
        if not ok:
            found.append((where, f"expected {_scalar_name(tp)}, got {_json_name(raw)}", "error"))
        return None
    if tp in data["enums"]:
        values = data["enums"][tp].values()
        if type(raw) is not str:
            found.append((where, f"expected a string, got {_json_name(raw)}", "error"))
        elif raw.lower() not in {v.lower() for v in values}:
            known = ", ".join(values)
            message = f"not a {tp} value API {api_version} knows ({known}): {show_value(raw)}"
            found.append((where, message, "error"))
        return None
    if type(raw) is not dict:
        found.append((where, f"expected an object, got {_json_name(raw)}", "error"))
        return None
    return _model_entries(api_version, tp, raw, loc, found)


def _scalar_name(tp: str) -> str:
    return {
        "str": "a string",
        "int": "an integer",
        "float": "a number",
        "bool": "a boolean",
        "datetime": "a date-time string",
        "timedelta": "a duration string",
        "bytes": "a base64 string",
    }[tp]


def _model_entries(
    api_version: str,
    old: str,
    raw: Dict[str, Any],
    loc: Location,
    found: List[Found],
    partial: bool = False,
) -> Iterator[Tuple[str, Any, Location]]:
    by_wire = _fields_by_wire(api_version, old)
    for wire, spec in by_wire.items():
        if (
            not partial
            and spec.get("required")
            and not spec.get("readonly")
            and raw.get(wire) is None
        ):
            found.append((format_path((loc, wire)), "required field missing", "error"))
    for key, value in list(raw.items()):
        here = (loc, key)
        field = by_wire.get(key)
        if field is None:
            message = f"not a field of {old} in API {api_version}"
            found.append((format_path(here), message, "error"))
            continue
        if value is None:
            continue
        if field.get("readonly"):
            message = f"read-only in API {api_version}: set by the service"
            found.append((format_path(here), message, "warning"))
        broken = _broken(field, value)
        if broken:
            found.append((format_path(here), broken, "error"))
            continue
        yield field["type"], value, here


def _broken(field: Dict[str, Any], value: Any) -> Optional[str]:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    low, high = field.get("minimum"), field.get("maximum")
    if number and ((low is not None and value < low) or (high is not None and value > high)):
        return f"must be between {low} and {high}: {value}"
    return None
