"""mypy and pyright report the mistakes in negative_*.py, and nothing in the usage_*.py files.

Each line of a negative file that ends in ``# error: ...`` must draw at least one error from
each checker, and no other line may draw one. The files are checked as copies in a temporary
folder, since the project configuration excludes them from the normal typecheck run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

import pytest
import usage_job

import batchmodels
from batchmodels import BatchJob

HERE = Path(__file__).resolve().parent
NEGATIVE = sorted(HERE.glob("negative_*.py"))
CHECKED = [*NEGATIVE, HERE / "usage_job.py", HERE / "usage_models.py"]
_MARK = re.compile(r"\S  # error: ")
_MYPY_LINE = re.compile(r"^(?P<file>[^:]+\.py):(?P<line>\d+): error: (?P<message>.*)$")

Report = Dict[str, Dict[int, List[str]]]


def expected_lines(path: Path) -> Set[int]:
    """1-based numbers of the lines marked ``# error:``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {number for number, text in enumerate(lines, 1) if _MARK.search(text)}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("typing_cases")
    for path in CHECKED:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def mypy_report(workdir: Path) -> Report:
    pytest.importorskip("mypy")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        "",
        "--no-error-summary",
        "--show-error-codes",
        "--no-color-output",
        "--cache-dir",
        str(workdir / ".mypy_cache"),
        *[path.name for path in CHECKED],
    ]
    done = subprocess.run(command, cwd=workdir, capture_output=True, text=True, check=False)
    report: Report = {path.name: {} for path in CHECKED}
    for line in done.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match:
            name = Path(match["file"]).name
            report.setdefault(name, {}).setdefault(int(match["line"]), []).append(match["message"])
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return report


@pytest.fixture(scope="module")
def pyright_report(workdir: Path) -> Report:
    pytest.importorskip("pyright")
    command = [
        sys.executable,
        "-m",
        "pyright",
        "--outputjson",
        "--pythonpath",
        sys.executable,
        "--pythonversion",
        "3.9",
        *[path.name for path in CHECKED],
    ]
    done = subprocess.run(command, cwd=workdir, capture_output=True, text=True, check=False)
    try:
        output = json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright gave no JSON report:\n{done.stdout}\n{done.stderr}")
    assert output["summary"]["filesAnalyzed"] == len(CHECKED)
    report: Report = {path.name: {} for path in CHECKED}
    for diagnostic in output["generalDiagnostics"]:
        if diagnostic["severity"] != "error":
            continue
        name = Path(diagnostic["file"]).name
        line = int(diagnostic["range"]["start"]["line"]) + 1
        report.setdefault(name, {}).setdefault(line, []).append(diagnostic["message"])
    return report


def _check(report: Report, path: Path) -> None:
    found = report[path.name]
    expected = expected_lines(path)
    assert expected, f"{path.name} marks no lines"
    missing = sorted(expected - set(found))
    unexpected = {line: found[line] for line in sorted(set(found) - expected)}
    assert (missing, unexpected) == ([], {})


@pytest.mark.parametrize("path", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_mypy_reports_each_mistake(mypy_report: Report, path: Path) -> None:
    _check(mypy_report, path)


@pytest.mark.parametrize("path", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_pyright_reports_each_mistake(pyright_report: Report, path: Path) -> None:
    _check(pyright_report, path)


def test_usage_example_is_clean_for_mypy(mypy_report: Report) -> None:
    assert mypy_report["usage_job.py"] == {}
    assert mypy_report["usage_models.py"] == {}


def test_usage_example_is_clean_for_pyright(pyright_report: Report) -> None:
    assert pyright_report["usage_job.py"] == {}
    assert pyright_report["usage_models.py"] == {}


def test_negative_cases_exist() -> None:
    names = [path.stem for path in NEGATIVE]
    assert names == ["negative_keywords", "negative_names", "negative_types"]


# --- the usage example also runs ---------------------------------------------------------


def test_usage_example_builds_reads_and_sends_a_job() -> None:
    job = usage_job.build_job()
    values = usage_job.read_job(job)
    assert values == {
        "priority": 100,
        "wall_clock": dt.timedelta(hours=6),
        "vm_size": "standard_d4s_v5",
        "node_agent": "batch.node.ubuntu 22.04",
        "disks": [256],
        "retention": dt.timedelta(days=7),
        "metadata": ["pipeline"],
    }
    body = json.loads(usage_job.change_and_send(job))
    assert body["priority"] == 500
    assert body["constraints"] == {"maxWallClockTime": "PT6H", "maxTaskRetryCount": 5}
    assert body["metadata"][-1] == {"name": "owner", "value": "ops"}
    assert "jobManagerTask" not in body  # read-only: left out of a replace body
    pool = body["poolInfo"]["autoPoolSpecification"]["pool"]
    assert pool["virtualMachineConfiguration"]["dataDisks"][0]["lun"] == 0
    assert pool["networkConfiguration"]["publicIPAddressConfiguration"]["ipFamilies"] == ["IPv4"]
    again = usage_job.from_wire(batchmodels.dumps(job))
    assert type(again) is BatchJob
    assert again == job


def test_usage_example_validates_text() -> None:
    good = batchmodels.dumps(usage_job.build_job())
    assert usage_job.check_text(good) == []
    bad = json.dumps({"poolInfo": {"poolId": "p"}, "priority": 5000, "state": "sleeping"})
    problems = usage_job.check_text(bad)
    assert any(p.startswith("$.priority: ") for p in problems), problems
