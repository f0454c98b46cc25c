"""The models follow tests/data/batch-models-schema.json exactly (editing that file fails these).

The comparison is ``tools/apisync.py``'s (``check``): for every model the class exists under
the same name and its fields (from ``batchmodels.fields``) match the schema in order,
attribute and wire name, type, format, visibility, read-only, required and secret; every enum
has the same members in the same order; nothing beyond the schema is exported; and the
generated parts of the model modules (typed ``__init__`` overloads, ``__all__``, the lazy
export table) are what ``fields()`` gives.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

import batchmodels
import batchmodels.models
from batchmodels import Model
from helpers.fixtures import SPEC_PATH, apisync, fresh_spec, load_spec

_TOOL = apisync()
_MODELS = _TOOL._models_ns()


def type_name(tp: Any) -> str:
    return str(_TOOL.type_name(tp, _MODELS))


def model_problems(name: str, entry: Dict[str, Any]) -> List[str]:
    return list(_TOOL.model_problems(name, entry, _MODELS))


def enum_problems(name: str, entry: Dict[str, Any]) -> List[str]:
    return list(_TOOL.enum_problems(name, entry, _MODELS))


def all_problems(spec: Dict[str, Any]) -> List[str]:
    return list(_TOOL.all_problems(spec))


SPEC = load_spec()


def test_spec_copy_is_readable_and_complete() -> None:
    assert SPEC["root"] == "*"
    assert SPEC["api_version"] == "2025-06-01"
    assert len(SPEC["models"]) == 151  # 147 from the schema, 4 from the supplement
    assert len(SPEC["enums"]) == 49
    assert sum(len(m["fields"]) for m in SPEC["models"].values()) == 788
    shared = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    assert len(shared["models"]) == 147
    extra = json.loads(_TOOL.SUPPLEMENT_SCHEMA.read_text(encoding="utf-8"))
    assert sorted(extra["models"]) == [
        "BatchJobTerminateOptions",
        "BatchNodeDeallocateOptions",
        "BatchNodeRebootOptions",
        "BatchNodeReimageOptions",
    ]
    assert not set(extra["models"]) & set(shared["models"])


@pytest.mark.parametrize("name", list(SPEC["models"]))
def test_model_matches_spec(name: str) -> None:
    assert model_problems(name, SPEC["models"][name]) == []


@pytest.mark.parametrize("name", list(SPEC["enums"]))
def test_enum_matches_spec(name: str) -> None:
    assert enum_problems(name, SPEC["enums"][name]) == []


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
    spec["models"]["BatchJobTerminateOptions"] = {"fields": []}


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


# --- secrets, generated code and the command ----------------------------------------------


def test_secret_fields_are_the_credentials() -> None:
    secret = sorted(
        f"{name}.{f.attr}"
        for name, cls in _MODELS.items()
        if isinstance(cls, type) and issubclass(cls, Model)
        for f in batchmodels.fields(cls)
        if f.secret
    )
    assert secret == [
        "AzureBlobFileSystemConfiguration.account_key",
        "AzureBlobFileSystemConfiguration.sas_key",
        "AzureFileShareConfiguration.account_key",
        "BatchNodeUserCreateOptions.password",
        "BatchNodeUserReplaceOptions.password",
        "CifsMountConfiguration.password",
        "ContainerRegistryReference.password",
        "LinuxUserConfiguration.ssh_private_key",
        "UserAccount.password",
        "VMExtension.protected_settings",
    ]


def test_a_secret_declared_plain_or_a_plain_field_declared_secret_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = SPEC["models"]["BatchNodeUserCreateOptions"]
    monkeypatch.setattr(_TOOL, "SECRET_NAMES", _TOOL.re.compile(r"^$"))
    assert "BatchNodeUserCreateOptions.password: secret is True, schema False" in (
        model_problems("BatchNodeUserCreateOptions", entry)
    )
    monkeypatch.setattr(_TOOL, "SECRET_NAMES", _TOOL.re.compile(r"^(password|name)$"))
    assert "BatchNodeUserCreateOptions.name: secret is False, schema True" in (
        model_problems("BatchNodeUserCreateOptions", entry)
    )


def test_generated_parts_are_current() -> None:
    assert _TOOL.generated_problems(_MODELS) == []


@pytest.mark.parametrize(
    "edit",
    [
        ("            max_task_retry_count: Optional[int] = None,\n", ""),
        (
            "            pool_info: BatchPoolInfo,\n",
            "            pool_info: Optional[BatchPoolInfo] = None,\n",
        ),
        ('    "BatchJobConstraints",\n', ""),
    ],
    ids=["dropped keyword", "required made optional", "dropped export"],
)
def test_a_hand_edit_of_generated_code_is_reported(edit: Any) -> None:
    path = _TOOL.MODELS_DIR / "_job.py"
    text = path.read_text(encoding="utf-8")
    old, new = edit
    assert old in text
    expected = _TOOL.generated_files(_MODELS)[path]
    assert expected == text
    edited = text.replace(old, new, 1)
    regenerated = _TOOL._with_all(
        _TOOL.render_overloads(edited, _MODELS), _TOOL._public_classes(edited)
    )
    assert regenerated == text


def test_overloads_take_exactly_the_settable_fields() -> None:
    """The keyword overload of every model, read back from source, against ``fields()``."""
    import ast

    for path in sorted(_TOOL.MODELS_DIR.glob("_*.py")):
        for name, block in _TOOL._type_checking_blocks(ast.parse(path.read_text("utf-8"))):
            first = block.body[0]
            assert isinstance(first, ast.FunctionDef)
            keywords = [
                (a.arg, d is None) for a, d in zip(first.args.kwonlyargs, first.args.kw_defaults)
            ]
            settable = [f for f in batchmodels.fields(_MODELS[name]) if not f.readonly]
            assert sorted(keywords) == sorted((f.attr, f.required) for f in settable), name


@pytest.mark.parametrize("edit", ["none", "wire name"])
def test_the_check_command(tmp_path: Path, edit: str) -> None:
    spec = fresh_spec()
    if edit == "wire name":
        spec["models"]["BatchPool"]["fields"][0]["wire"] = "ID"
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(spec), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(_TOOL.__file__), "check", str(schema)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if edit == "none":
        assert result.returncode == 0, result.stdout + result.stderr
        assert "0 differences" in result.stderr
    else:
        assert result.returncode == 1
        assert "BatchPool.id: wire is 'id', schema 'ID'" in result.stdout
