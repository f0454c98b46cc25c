"""Older API versions: the package data and its tool, validate(api_version=...), upgrade()."""

from __future__ import annotations

import importlib.util
import json
import pickle
import sys
from pathlib import Path
from typing import Any, Dict

import pytest

import batchmodels
from batchmodels import BatchPoolCreateOptions, VMExtension, upgrade, validate
from batchmodels._apiversions import OLD_VERSIONS, names, old_model, version_data

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> Any:
    module = sys.modules.get("apiversions")
    if module is None:
        spec = importlib.util.spec_from_file_location(
            "apiversions", ROOT / "tools" / "apiversions.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["apiversions"] = module
        spec.loader.exec_module(module)
    return module


# --- the data and the tool -------------------------------------------------------------------


def test_package_data_and_docs_table_are_what_the_tool_derives() -> None:
    assert _tool().problems() == []


def test_the_tool_reads_msrest_sources_by_ast() -> None:
    tool = _tool()
    models_src = '''
class Model: pass
class PoolListOptions(Model):
    _attribute_map = {"filter": {"key": "", "type": "str"}}
class Thing(Model):
    """doc"""
    _validation = {"id": {"required": True}, "n": {"maximum": 9, "minimum": 1},
                   "v": {"readonly": True}}
    _attribute_map = {
        "id": {"key": "id", "type": "str"},
        "n": {"key": "nCount", "type": "long"},
        "v": {"key": "v", "type": "[Inner]"},
        "t": {"key": "t", "type": "iso-8601"},
        "s": {"key": "settings", "type": "object"},
        "st": {"key": "state", "type": "ThingState"},
    }
    def __init__(self, **kwargs): pass
'''
    enums_src = 'from enum import Enum\nclass ThingState(str, Enum):\n    done = "done"  #: x\n'
    client_src = "class C:\n    def __init__(self):\n        self.api_version = '2099-01-01.1.0'\n"
    text = tool.extract(models_src, enums_src, client_src, package="9.9.9", digest="ab")
    assert "PoolListOptions" not in text  # a parameter group, not a body
    described = tool.describe(text)
    assert described["api_version"] == "2099-01-01.1.0"
    assert described["package"] == "azure-batch 9.9.9"
    assert described["enums"] == {"ThingState": {"done": "done"}}
    assert described["models"]["Thing"]["fields"] == [
        {"attr": "id", "wire": "id", "type": "str", "required": True},
        {"attr": "n", "wire": "nCount", "type": "int", "maximum": 9, "minimum": 1},
        {"attr": "v", "wire": "v", "type": "list[Inner]", "readonly": True},
        {"attr": "t", "wire": "t", "type": "datetime", "format": "rfc3339"},
        {"attr": "s", "wire": "settings", "type": "object"},
        {"attr": "st", "wire": "state", "type": "ThingState"},
    ]


def test_a_changed_data_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _tool()
    data = tmp_path / "_versions"
    data.mkdir()
    for path in tool.DATA.glob("*.json"):
        (data / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    doc = tmp_path / "versions.md"
    doc.write_text(tool.DOC.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(tool, "DATA", data)
    monkeypatch.setattr(tool, "DOC", doc)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.problems() == []
    text = (data / "renames.json").read_text(encoding="utf-8")
    (data / "renames.json").write_text(text.replace("BatchPoolCreateOptions", "X"), "utf-8")
    assert tool.problems() == ["_versions/renames.json: differs from what the extracts give"]


COUNTS = {  # models, fields, enums
    "2022-01-01.15.0": (145, 763, 49),
    "2022-10-01.16.0": (145, 769, 50),
    "2023-05-01.17.0": (145, 771, 50),
    "2023-11-01.18.0": (149, 788, 51),
    "2024-02-01.19.0": (152, 806, 52),
}


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_per_version_counts(version: str) -> None:
    data = version_data(version)
    fields = sum(len(m["fields"]) for m in data["models"].values())
    assert (len(data["models"]), fields, len(data["enums"])) == COUNTS[version]


def test_versions_and_their_packages() -> None:
    assert [version_data(v)["package"] for v in OLD_VERSIONS] == [
        "azure-batch 12.0.0",
        "azure-batch 13.0.0",
        "azure-batch 14.0.0",
        "azure-batch 14.1.0",
        "azure-batch 14.2.0",
    ]


def _wires(version: str, model: str) -> set[str]:
    return {f["wire"] for f in version_data(version)["models"][model]["fields"]}


def test_fields_that_came_and_went() -> None:
    today = {f.wire for f in batchmodels.fields(BatchPoolCreateOptions)}
    for version in OLD_VERSIONS:
        pool = _wires(version, "PoolAddParameter")
        assert {"cloudServiceConfiguration", "certificateReferences", "applicationLicenses"} <= pool
    assert not {"cloudServiceConfiguration", "certificateReferences", "applicationLicenses"} & today
    assert "upgradePolicy" not in _wires("2022-01-01.15.0", "PoolAddParameter")
    assert "upgradePolicy" in _wires("2024-02-01.19.0", "PoolAddParameter")
    assert "upgradePolicy" in today


def test_old_enums_are_lowercase_and_map_to_todays_members() -> None:
    assert version_data("2022-01-01.15.0")["enums"]["TaskState"]["completed"] == "completed"
    task_state = names()["enums"]["TaskState"]
    assert task_state["new"] == "BatchTaskState"
    assert task_state["members"]["completed"] == "COMPLETED"
    assert batchmodels.BatchTaskState.COMPLETED.value == "completed"


def test_every_new_name_is_a_class_of_today() -> None:
    for kind in ("models", "enums"):
        for old, item in names()[kind].items():
            new = item["new"]
            if new is None:
                assert item["reason"], old
                continue
            cls = getattr(batchmodels.models, new)
            for old_attr, new_attr in item.get("attributes", {}).items():
                assert new_attr in {f.attr for f in batchmodels.fields(cls)}, (old, old_attr)
            for member in item.get("members", {}).values():
                assert member in cls.__members__, (old, member)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("PoolAddParameter", "BatchPoolCreateOptions"),
        ("JobAddParameter", "BatchJobCreateOptions"),
        ("TaskAddParameter", "BatchTaskCreateOptions"),
        ("PoolInformation", "BatchPoolInfo"),
        ("ImageReference", "BatchVmImageReference"),
        ("CloudJob", "BatchJob"),
        ("CloudJobSchedule", "BatchJobSchedule"),
        ("JobPatchParameter", "BatchJobUpdateOptions"),
        ("TaskUpdateParameter", "BatchTask"),
        ("TaskAddCollectionParameter", "BatchTaskGroup"),
    ],
)
def test_renamed_models(old: str, new: str) -> None:
    assert names()["models"][old]["new"] == new


def test_removed_models_say_why() -> None:
    entry = names()["models"]["CloudServiceConfiguration"]
    assert entry["new"] is None
    assert entry["replacement"] == "VirtualMachineConfiguration"
    assert entry["removed_in"] == "2025-06-01"
    assert "Cloud Services" in entry["reason"]
    removed = names()["models"]["PoolAddParameter"]["removed_fields"]
    assert removed["certificateReferences"]["reason"]
    assert names()["models"]["PublicIPAddressConfiguration"]["attributes"] == {
        "provision": "ip_address_provisioning_type"
    }


# --- validate(api_version=...) ---------------------------------------------------------------


def _problems(model: Any, version: str, **kwargs: Any) -> Dict[str, str]:
    return {
        p.path: f"{p.severity}: {p.message}" for p in validate(model, api_version=version, **kwargs)
    }


POOL: Dict[str, Any] = {
    "id": "pool",
    "vmSize": "standard_d2s_v3",
    "virtualMachineConfiguration": {
        "imageReference": {"publisher": "Canonical", "offer": "UbuntuServer", "sku": "18.04-LTS"},
        "nodeAgentSKUId": "batch.node.ubuntu 18.04",
    },
}


def test_a_field_the_version_lacks() -> None:
    pool = BatchPoolCreateOptions({**POOL, "upgradePolicy": {"mode": "manual"}})
    assert _problems(pool, "2022-01-01.15.0") == {
        "$.upgradePolicy": "error: not a field of PoolAddParameter in API 2022-01-01.15.0"
    }
    assert _problems(pool, "2024-02-01.19.0") == {}
    assert _problems(pool, "2025-06-01") == {}


def test_required_fields_enums_and_readonly_of_the_version() -> None:
    body = {
        "vmSize": "small",
        "cloudServiceConfiguration": {"osFamily": "5"},
        "taskSchedulingPolicy": {"nodeFillType": "sideways"},
        "virtualMachineConfiguration": {
            "imageReference": {"publisher": "a", "offer": "b", "sku": "c", "exactVersion": "1"},
            "nodeAgentSKUId": "n",
        },
    }
    found = _problems(BatchPoolCreateOptions(body), "2023-05-01.17.0")
    assert found == {
        "$.id": "error: required field missing",
        "$.taskSchedulingPolicy.nodeFillType": "error: not a ComputeNodeFillType value API "
        "2023-05-01.17.0 knows (spread, pack): 'sideways'",
        "$.virtualMachineConfiguration.imageReference.exactVersion": "warning: read-only in "
        "API 2023-05-01.17.0: set by the service",
    }
    # today's rules: cloudServiceConfiguration is unknown (kept), the enum value a warning
    today = _problems(BatchPoolCreateOptions(body), "2025-06-01")
    assert "$.cloudServiceConfiguration" not in today
    assert today["$.taskSchedulingPolicy.nodeFillType"].startswith("warning:")


def test_wrong_json_types_in_an_old_version_do_not_show_the_value() -> None:
    pool = BatchPoolCreateOptions({**POOL, "userAccounts": [{"name": "u", "password": 7}]})
    found = _problems(pool, "2022-01-01.15.0")
    assert found == {"$.userAccounts[0].password": "error: expected a string, got a number"}


def test_partial_update_bodies_need_no_fields() -> None:
    patch = batchmodels.BatchJobUpdateOptions({"priority": 1})
    assert _problems(patch, "2022-01-01.15.0", partial=True) == {}
    # JobPatchParameter has no required fields; a create body does
    assert "$.poolInfo" in _problems(batchmodels.BatchJobCreateOptions({}), "2022-01-01.15.0")


def test_unknown_version_names_the_known_ones() -> None:
    with pytest.raises(ValueError) as info:
        validate(BatchPoolCreateOptions(POOL), api_version="2021-06-01.14.0")
    message = str(info.value)
    assert "'2021-06-01.14.0'" in message
    for version in (*OLD_VERSIONS, "2025-06-01"):
        assert version in message


def test_todays_model_with_no_old_counterpart() -> None:
    found = validate(batchmodels.UpgradePolicy({"mode": "manual"}), api_version="2022-01-01.15.0")
    assert [str(p) for p in found] == ["$: UpgradePolicy has no counterpart in API 2022-01-01.15.0"]


def test_old_model_prefers_the_model_matched_by_name_or_shape() -> None:
    assert old_model("BatchJob", "2022-01-01.15.0") == "CloudJob"
    assert old_model("BatchPoolCreateOptions", "2022-01-01.15.0") == "PoolAddParameter"


# --- upgrade() -------------------------------------------------------------------------------

EXTENSION_POOL: Dict[str, Any] = {
    "id": "pool2",
    "vmSize": "standard_a1",
    "virtualMachineConfiguration": {
        "imageReference": {"publisher": "Canonical", "offer": "UbuntuServer", "sku": "18.04-LTS"},
        "nodeAgentSKUId": "batch.node.ubuntu 18.04",
        "extensions": [
            {
                "name": "batchextension1",
                "type": "KeyVaultForLinux",
                "publisher": "Microsoft.Azure.KeyVault",
                "typeHandlerVersion": "2.0",
                "settings": '{"secretsManagementSettingsKey": "value"}',
                "protectedSettings": '{"password": "hunter2"}',
            }
        ],
    },
    "targetDedicatedNodes": 1,
}


def test_extension_settings_as_json_text_upgrade_to_a_valid_body() -> None:
    with pytest.raises(batchmodels.InvalidTypeError):
        validate_strict(EXTENSION_POOL)
    result = upgrade(EXTENSION_POOL, BatchPoolCreateOptions, api_version="2022-01-01.15.0")
    assert validate(result.body) == []
    ext = result.body.virtual_machine_configuration.extensions[0]  # type: ignore[union-attr,index]
    assert ext.settings == {"secretsManagementSettingsKey": "value"}
    assert ext.protected_settings == {"password": "hunter2"}
    assert [(c.path, c.kind) for c in result.changes] == [
        ("$", "renamed"),
        ("$.virtualMachineConfiguration.extensions[0].settings", "converted"),
        ("$.virtualMachineConfiguration.extensions[0].protectedSettings", "converted"),
    ]
    shown = repr(result) + "".join(str(c) for c in result.changes)
    assert "hunter2" not in shown
    # the source is not changed
    assert isinstance(
        EXTENSION_POOL["virtualMachineConfiguration"]["extensions"][0]["settings"], str
    )


def validate_strict(body: Dict[str, Any]) -> None:
    pool = BatchPoolCreateOptions(body)
    _ = pool.virtual_machine_configuration.extensions[0].settings  # type: ignore[union-attr,index]


def test_reading_settings_given_as_json_text_says_to_upgrade() -> None:
    ext = VMExtension(
        {"name": "e", "publisher": "p", "type": "t", "protectedSettings": '{"k": "s3"}'}
    )
    with pytest.raises(batchmodels.InvalidTypeError) as info:
        _ = ext.protected_settings
    message = str(info.value)
    assert message.startswith("$.protectedSettings: expected an object, got JSON text")
    assert "batchmodels.upgrade" in message
    assert "s3" not in message


def test_cloud_service_pool_reports_the_removal() -> None:
    body = {
        "id": "old",
        "vmSize": "small",
        "cloudServiceConfiguration": {"osFamily": "5"},
        "certificateReferences": [{"thumbprint": "ab", "thumbprintAlgorithm": "sha1"}],
        "applicationLicenses": ["maya"],
        "targetDedicatedNodes": 3,
    }
    result = upgrade(body, BatchPoolCreateOptions, api_version="2022-01-01.15.0")
    removed = {c.path: c.detail for c in result.changes if c.kind == "removed"}
    assert set(removed) == {
        "$.cloudServiceConfiguration",
        "$.certificateReferences",
        "$.applicationLicenses",
    }
    assert "gone from API 2025-06-01" in removed["$.cloudServiceConfiguration"]
    assert "Cloud Services pools were retired" in removed["$.cloudServiceConfiguration"]
    assert result.body.as_dict() == {"id": "old", "vmSize": "small", "targetDedicatedNodes": 3}


def test_an_unchanged_body_stays_byte_identical() -> None:
    text = json.dumps(POOL | {"resizeTimeout": "PT15M", "metadata": [{"name": "a", "value": "é"}]})
    result = upgrade(json.loads(text), BatchPoolCreateOptions, api_version="2023-05-01.17.0")
    assert json.dumps(result.body.as_dict()) == text
    assert [c.kind for c in result.changes] == ["renamed"]
    same = upgrade(json.loads(text), BatchPoolCreateOptions, api_version="2025-06-01")
    assert json.dumps(same.body.as_dict()) == text
    assert same.changes == ()


def test_unknown_keys_are_kept_and_reported() -> None:
    result = upgrade(
        {**POOL, "colour": "blue"}, BatchPoolCreateOptions, api_version="2023-05-01.17.0"
    )
    assert result.body["colour"] == "blue"
    assert [str(c) for c in result.changes if c.kind == "unknown"] == [
        "$.colour: unknown: not a field of PoolAddParameter in API 2023-05-01.17.0 nor of "
        "BatchPoolCreateOptions in API 2025-06-01 (kept as it is)"
    ]


def test_a_nested_removed_field() -> None:
    job = {
        "id": "j",
        "poolInfo": {
            "autoPoolSpecification": {
                "poolLifetimeOption": "job",
                "pool": {"vmSize": "small", "certificateReferences": []},
            }
        },
    }
    result = upgrade(job, batchmodels.BatchJobCreateOptions, api_version="2023-11-01.18.0")
    assert [(c.path, c.kind) for c in result.changes] == [
        ("$", "renamed"),
        ("$.poolInfo.autoPoolSpecification.pool.certificateReferences", "removed"),
    ]
    assert "PoolSpecification.certificateReferences" in result.changes[1].detail


def test_results_pickle_and_errors() -> None:
    result = upgrade(POOL, BatchPoolCreateOptions, api_version="2022-01-01.15.0")
    again = pickle.loads(pickle.dumps(result))
    assert again.changes == result.changes
    assert again.body.as_dict() == result.body.as_dict()
    with pytest.raises(ValueError, match="known versions"):
        upgrade(POOL, BatchPoolCreateOptions, api_version="1999")
    with pytest.raises(TypeError):
        upgrade([], BatchPoolCreateOptions, api_version="2022-01-01.15.0")  # type: ignore[arg-type]
