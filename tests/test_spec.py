"""The models follow tests/data/batch-job-schema.json exactly (editing that file fails these).

For every model: the class exists under the same name, and its fields (from
``batchmodels.fields``) match the spec's in order, attribute and wire name, type, format,
visibility, read-only and required flags. For every enum: the same members and values in the
same order. No model or enum exists that the spec does not list.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
import types
import typing
from typing import Any, Dict, List

import pytest

import batchmodels
import batchmodels.models
from batchmodels import Model, StrEnum
from helpers.fixtures import SHARED_DIR, SPEC_PATH, fresh_spec, load_spec

_NONE = type(None)
_UNIONS: tuple[Any, ...] = (typing.Union,)
if sys.version_info >= (3, 10):
    _UNIONS += (types.UnionType,)
_MODELS_NS = vars(batchmodels.models)
_KEYS = ("attr", "wire", "type", "format", "visibility", "readonly", "required")


def type_name(tp: Any) -> str:
    """The spec's spelling of a field annotation.

    ``Optional`` is stripped, ``Union[str, E]`` is ``E``, ``List[X]`` is ``list[X]``,
    ``Dict[str, str]`` is ``dict[str, str]``, ``datetime.datetime`` is ``datetime``.
    Classes from batchmodels.models are named only if they are the exported class.
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in _UNIONS:
        members = [a for a in args if a is not _NONE]
        if len(members) == 1:
            return type_name(members[0])
        enums = [a for a in members if isinstance(a, type) and issubclass(a, enum.Enum)]
        if len(members) == 2 and str in members and len(enums) == 1:
            return type_name(enums[0])
        return "Union[" + ", ".join(type_name(a) for a in members) + "]"
    if origin is list:
        return f"list[{type_name(args[0])}]"
    if origin is dict:
        return f"dict[{type_name(args[0])}, {type_name(args[1])}]"
    if tp is dt.datetime:
        return "datetime"
    if tp is dt.timedelta:
        return "timedelta"
    if tp in (str, int, float, bool):
        return tp.__name__
    if isinstance(tp, type) and _MODELS_NS.get(tp.__name__) is tp:
        return tp.__name__
    return f"<unexpected {tp!r}>"


def model_problems(name: str, entry: Dict[str, Any]) -> List[str]:
    """How class ``name`` differs from its spec entry."""
    cls = _MODELS_NS.get(name)
    if not (isinstance(cls, type) and issubclass(cls, Model)):
        return [f"{name}: no model class of that name in batchmodels.models"]
    problems: List[str] = []
    actual = [
        {
            "attr": f.attr,
            "wire": f.wire,
            "type": type_name(f.type),
            "format": f.format,
            "visibility": list(f.visibility),
            "readonly": f.readonly,
            "required": f.required,
        }
        for f in batchmodels.fields(cls)
    ]
    expected = [{k: f[k] for k in _KEYS} for f in entry["fields"]]
    if [a["attr"] for a in actual] != [e["attr"] for e in expected]:
        problems.append(
            f"{name}: fields {[a['attr'] for a in actual]} != spec {[e['attr'] for e in expected]}"
        )
    for a, e in zip(actual, expected):
        for key in e:
            if a.get(key) != e[key]:
                problems.append(f"{name}.{e['attr']}: {key} is {a.get(key)!r}, spec {e[key]!r}")
    return problems


def enum_problems(name: str, entry: Dict[str, Any]) -> List[str]:
    """How enum ``name`` differs from its spec entry."""
    cls = _MODELS_NS.get(name)
    if not (isinstance(cls, type) and issubclass(cls, StrEnum)):
        return [f"{name}: no StrEnum of that name in batchmodels.models"]
    actual = [(m.name, m.value) for m in cls]
    expected = list(entry["values"].items())
    return [] if actual == expected else [f"{name}: members {actual} != spec {expected}"]


def exported(kind: type) -> Dict[str, type]:
    """Classes of ``kind`` that batchmodels.models exports (or defines), by name."""
    names = set(batchmodels.models.__all__) | {
        n
        for n, v in _MODELS_NS.items()
        if isinstance(v, type) and v.__module__.startswith("batchmodels.models")
    }
    return {
        n: _MODELS_NS[n]
        for n in names
        if isinstance(_MODELS_NS.get(n), type)
        and issubclass(_MODELS_NS[n], kind)
        and _MODELS_NS[n] is not kind
    }


def all_problems(spec: Dict[str, Any]) -> List[str]:
    """Every difference between the models and ``spec``."""
    problems: List[str] = []
    for name, entry in spec["models"].items():
        problems += model_problems(name, entry)
    for name, entry in spec["enums"].items():
        problems += enum_problems(name, entry)
    for name in sorted(set(exported(Model)) - set(spec["models"])):
        problems.append(f"{name}: model not in the spec")
    for name in sorted(set(exported(StrEnum)) - set(spec["enums"])):
        problems.append(f"{name}: enum not in the spec")
    return problems


SPEC = load_spec()


def test_spec_copy_is_readable_and_complete() -> None:
    assert SPEC["root"] == "BatchJob"
    assert SPEC["api_version"] == "2025-06-01"
    assert len(SPEC["models"]) == 68
    assert len(SPEC["enums"]) == 28


def test_spec_copy_matches_shared_spec() -> None:
    shared = SHARED_DIR / "spec" / SPEC_PATH.name
    if not shared.is_file():
        pytest.skip("../shared/spec is not present")
    assert SPEC_PATH.read_bytes() == shared.read_bytes()


@pytest.mark.parametrize("name", list(SPEC["models"]))
def test_model_matches_spec(name: str) -> None:
    assert model_problems(name, SPEC["models"][name]) == []


@pytest.mark.parametrize("name", list(SPEC["enums"]))
def test_enum_matches_spec(name: str) -> None:
    assert enum_problems(name, SPEC["enums"][name]) == []


def test_no_classes_beyond_the_spec() -> None:
    assert sorted(exported(Model)) == sorted(SPEC["models"])
    assert sorted(exported(StrEnum)) == sorted(SPEC["enums"])


def test_every_name_is_exported_from_both_packages() -> None:
    names = sorted([*SPEC["models"], *SPEC["enums"]])
    assert sorted(batchmodels.models.__all__) == names
    for name in names:
        assert getattr(batchmodels, name) is getattr(batchmodels.models, name)
        assert name in batchmodels.__all__


def test_field_types_name_spec_classes() -> None:
    """Every model or enum a field refers to is itself in the spec (a closed tree)."""
    known = {"str", "int", "float", "bool", "datetime", "timedelta"}
    known |= set(SPEC["models"]) | set(SPEC["enums"])
    for entry in SPEC["models"].values():
        for f in entry["fields"]:
            inner = f["type"]
            if inner.startswith("list["):
                inner = inner[5:-1]
            elif inner.startswith("dict[str, "):
                inner = inner[10:-1]
            assert inner in known, f


def test_the_whole_spec_agrees() -> None:
    assert all_problems(SPEC) == []


# --- the check must notice edits to the spec copy ---------------------------------------


def _field(spec: Dict[str, Any], model: str, attr: str) -> Dict[str, Any]:
    return next(f for f in spec["models"][model]["fields"] if f["attr"] == attr)


def _swap_first_two(spec: Dict[str, Any]) -> None:
    flds = spec["models"]["BatchJob"]["fields"]
    flds[0], flds[1] = flds[1], flds[0]


def _set(model: str, attr: str, key: str, value: Any) -> Any:
    def edit(spec: Dict[str, Any]) -> None:
        _field(spec, model, attr)[key] = value

    return edit


def _drop_field(spec: Dict[str, Any]) -> None:
    spec["models"]["BatchJobConstraints"]["fields"].pop()


def _add_field(spec: Dict[str, Any]) -> None:
    extra = dict(_field(spec, "NameValuePair", "value"), attr="comment", wire="comment")
    spec["models"]["NameValuePair"]["fields"].append(extra)


def _drop_model(spec: Dict[str, Any]) -> None:
    del spec["models"]["ManagedDisk"]


def _add_model(spec: Dict[str, Any]) -> None:
    spec["models"]["BatchJobScheduleStatistics"] = {"fields": []}


def _drop_enum(spec: Dict[str, Any]) -> None:
    del spec["enums"]["LoginMode"]


def _enum_value(spec: Dict[str, Any]) -> None:
    spec["enums"]["BatchJobState"]["values"]["ACTIVE"] = "Active"


def _enum_member_added(spec: Dict[str, Any]) -> None:
    spec["enums"]["ElevationLevel"]["values"]["SYSTEM"] = "system"


def _enum_reordered(spec: Dict[str, Any]) -> None:
    values = spec["enums"]["CachingType"]["values"]
    spec["enums"]["CachingType"]["values"] = dict(reversed(list(values.items())))


EDITS = {
    "field order": _swap_first_two,
    "wire name": _set("BatchJob", "etag", "wire", "etag"),
    "attribute name": _set("BatchJobStatistics", "read_iops", "attr", "read_i_ops"),
    "type": _set("BatchJobConstraints", "max_task_retry_count", "type", "str"),
    "list item type": _set("BatchJob", "metadata", "type", "list[NameValuePair]"),
    "enum type": _set("BatchJob", "state", "type", "BatchTaskFailureMode"),
    "format": _set("BatchJobStatistics", "read_iops", "format", None),
    "datetime format": _set("BatchJob", "creation_time", "format", "rfc7231"),
    "read-only flag": _set("BatchVmImageReference", "exact_version", "readonly", False),
    "required flag": _set("BatchJob", "pool_info", "required", False),
    "visibility": _set("BatchJob", "priority", "visibility", ["read", "create"]),
    "dropped field": _drop_field,
    "added field": _add_field,
    "dropped model": _drop_model,
    "added model": _add_model,
    "dropped enum": _drop_enum,
    "enum value": _enum_value,
    "added enum member": _enum_member_added,
    "enum order": _enum_reordered,
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_spec_is_reported(edit: str) -> None:
    spec = fresh_spec()
    EDITS[edit](spec)
    assert all_problems(spec) != []


def test_type_name_normalisation() -> None:
    from typing import Dict, List, Optional, Union

    from batchmodels.models import BatchJobState, BatchMetadataItem, IPFamily

    assert type_name(Optional[str]) == "str"
    assert type_name(Union[str, BatchJobState]) == "BatchJobState"
    assert type_name(Optional[Union[str, BatchJobState]]) == "BatchJobState"
    assert type_name(Optional[List[BatchMetadataItem]]) == "list[BatchMetadataItem]"
    assert type_name(List[Union[str, IPFamily]]) == "list[IPFamily]"
    assert type_name(Optional[Dict[str, str]]) == "dict[str, str]"
    assert type_name(dt.datetime) == "datetime"
    assert type_name(Optional[dt.timedelta]) == "timedelta"
    assert type_name(Union[int, str]) == "Union[int, str]"
    assert type_name(bytes).startswith("<unexpected")

    class BatchJob(Model):  # a look-alike that is not the exported class
        pass

    assert type_name(BatchJob).startswith("<unexpected")
