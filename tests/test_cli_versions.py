"""``batchmodels check`` on directories and on REST example files of older API versions;
``batchmodels upgrade``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Dict

from test_cli import run

DATA = Path(__file__).resolve().parent / "data"
OLD = DATA / "old-examples"
VENDORED = DATA / "examples"  # REST examples of 2025-06-01 and before, when vendored

POOL_2025: Dict[str, Any] = {
    "operationId": "Pools_CreatePool",
    "parameters": {
        "api-version": "2025-06-01",
        "pool": {
            "id": "pool",
            "vmSize": "standard_d2s_v3",
            "virtualMachineConfiguration": {
                "imageReference": {"publisher": "Canonical", "offer": "o", "sku": "s"},
                "nodeAgentSKUId": "batch.node.ubuntu 22.04",
            },
            "upgradePolicy": {"mode": "manual"},
        },
    },
    "responses": {"201": {}},
}


def _write(path: Path, doc: Any) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def _example(version: str, **params: Any) -> Dict[str, Any]:
    return {"parameters": {"api-version": version, **params}, "responses": {"200": {}}}


def test_check_a_directory_of_examples_of_three_versions(tmp_path: Path) -> None:
    shutil.copytree(OLD, tmp_path / "old")
    if VENDORED.is_dir():
        shutil.copytree(VENDORED, tmp_path / "vendored")
    _write(tmp_path / "new" / "2025-06-01__Pools_CreatePool.json", POOL_2025)
    _write(
        tmp_path / "new" / "deeper" / "2025-06-01__Pools_DeletePool.json", _example("2025-06-01")
    )
    r = run("check", "--json", str(tmp_path))
    assert r.code == 0, r
    report = r.json()
    assert report["unusable"] == []
    assert report["errors"] == 0
    files = sorted(tmp_path.rglob("*.json"))
    versions = {json.loads(f.read_text("utf-8"))["parameters"]["api-version"] for f in files}
    assert {"2022-01-01.15.0", "2023-05-01.17.0", "2025-06-01"} <= versions
    assert report["files"] == len(files)
    # the files without a body: PoolDelete (twice, and in 2025-06-01), FileDeleteFromNode and
    # CertificateAdd (a body no model describes)
    assert report["no_body"] >= 5
    text = run("check", str(tmp_path))
    assert text.code == 0
    assert "files without a body" in text.err.splitlines()[-1]


def test_every_old_example_with_a_body_is_recognised() -> None:
    for path in sorted(OLD.glob("*.json")):
        r = run("check", "--json", str(path))
        assert r.code == 0, (path.name, r)
        report = r.json()
        assert report["unusable"] == [], path.name
        assert report["bodies"] > 0 or report["no_body"] == 1, path.name


def test_an_old_example_is_checked_by_the_rules_of_its_version(tmp_path: Path) -> None:
    doc = json.loads((OLD / "2022-01-01.15.0__PoolAdd_CloudServiceConfiguration.json").read_text())
    doc["parameters"]["pool"]["upgradePolicy"] = {"mode": "manual"}
    path = _write(tmp_path / "2022-01-01.15.0__PoolAdd_Upgrade.json", doc)
    r = run("check", path)
    assert r.code == 1
    assert r.out == (
        f"{path}: $.parameters.pool.upgradePolicy: not a field of PoolAddParameter in API "
        "2022-01-01.15.0\n"
    )
    # the same body in 2024-02-01.19.0 has upgradePolicy, and still cloudServiceConfiguration
    doc["parameters"]["api-version"] = "2024-02-01.19.0"
    assert run("check", _write(tmp_path / "PoolAdd_Later.json", doc)).code == 0
    # and in 2025-06-01 cloudServiceConfiguration is an unknown key, which passes unless
    # required fields are missing: virtualMachineConfiguration is optional there too
    doc["parameters"]["api-version"] = "2025-06-01"
    assert run("check", _write(tmp_path / "PoolAdd_Now.json", doc)).code == 0


def test_a_task_update_is_not_read_as_a_job(tmp_path: Path) -> None:
    path = OLD / "2023-05-01.17.0__TaskUpdate.json"
    r = run("check", str(path))
    assert r.code == 0, r
    assert "poolInfo" not in r.out + r.err
    # its PUT body is TaskUpdateParameter's: only constraints
    doc = json.loads(path.read_text())
    doc["parameters"]["taskUpdateParameter"]["commandLine"] = "echo"
    bad = run("check", _write(tmp_path / "2023-05-01.17.0__TaskUpdate.json", doc))
    assert bad.code == 1
    assert "not a field of TaskUpdateParameter in API 2023-05-01.17.0" in bad.out


def test_files_without_a_body_do_not_fail_the_run(tmp_path: Path) -> None:
    path = _write(tmp_path / "PoolDelete.json", _example("2022-01-01.15.0", poolId="p"))
    r = run("check", path)
    assert r.code == 0, r
    assert r.err == "checked 0 jobs in 1 file: no problems, 1 file without a body\n"
    unknown = _write(tmp_path / "Frobnicate.json", _example("2022-01-01.15.0"))
    assert run("check", unknown).code == 2


def test_api_version_for_plain_bodies(tmp_path: Path) -> None:
    pool = _write(tmp_path / "pool.json", POOL_2025["parameters"]["pool"])
    assert run("check", "--type", "BatchPoolCreateOptions", pool).code == 0
    old = run("check", "--type", "BatchPoolCreateOptions", "--api-version", "2023-05-01.17.0", pool)
    assert old.code == 1
    assert "$.upgradePolicy: not a field of PoolAddParameter in API 2023-05-01.17.0" in old.out
    bad = run("check", "--api-version", "2021-06-01.14.0", pool)
    assert bad.code == 2
    assert "unknown API version '2021-06-01.14.0'; known versions: 2022-01-01.15.0" in bad.err


def test_a_directory_without_json_files_is_unusable(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    r = run("check", str(tmp_path))
    assert r.code == 2
    assert "a directory without .json or .jsonl files" in r.err


# --- upgrade ---------------------------------------------------------------------------------


def test_upgrade_a_cloud_service_pool_reports_the_removals() -> None:
    path = OLD / "2022-01-01.15.0__PoolAdd_CloudServiceConfiguration.json"
    r = run("upgrade", str(path))
    assert r.code == 0, r
    body = r.json()
    assert "cloudServiceConfiguration" not in body
    assert body["startTask"]["commandLine"] == "cmd /c echo hello"
    lines = r.err.splitlines()
    assert (
        f"{path}: $.parameters.pool: renamed: PoolAddParameter of API 2022-01-01.15.0 is "
        in (lines[0])
    )
    assert any(
        line.startswith(f"{path}: $.parameters.pool.cloudServiceConfiguration: removed: ")
        and "Cloud Services pools were retired" in line
        for line in lines
    )


def test_upgrade_turns_json_text_settings_into_objects_and_masks_nothing_it_prints() -> None:
    path = OLD / "2022-01-01.15.0__PoolAdd_VirtualMachineConfigurationWithExtensions.json"
    r = run("upgrade", str(path), "--compact")
    assert r.code == 0, r
    ext = r.json()["virtualMachineConfiguration"]["extensions"][0]
    assert ext["settings"]["authenticationSettingsKey"] == "authenticationSettingsValue"
    assert ext["protectedSettings"] == {"storageAccountKey": "s3cretKey=="}
    assert "s3cretKey" not in r.err
    assert r.err.count(": converted: JSON text of an object") == 2
    check = run("check", "--type", "BatchPoolCreateOptions", "-", stdin=r.out)
    assert check.code == 0, check


def test_upgrade_a_plain_body_needs_a_version(tmp_path: Path) -> None:
    body = {"id": "p", "vmSize": "s", "applicationLicenses": ["maya"]}
    path = _write(tmp_path / "pool.json", body)
    missing = run("upgrade", "--type", "BatchPoolCreateOptions", path)
    assert missing.code == 2
    assert "give --api-version" in missing.err
    r = run("upgrade", "--type", "BatchPoolCreateOptions", "--api-version", "2023-05-01.17.0", path)
    assert r.code == 0
    assert r.json() == {"id": "p", "vmSize": "s"}
    assert "$.applicationLicenses: removed: " in r.err
    unknown = run("upgrade", "--type", "BatchPoolCreateOptions", "--api-version", "1", path)
    assert unknown.code == 2
    assert "known versions" in unknown.err
