"""Hardening (issue 12): limits of times, nulls kept, no secret leaked, threads, cycles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest

from batchmodels import BatchJob


def job(**wire: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {"id": "job-1", "poolInfo": {"poolId": "pool-1"}}
    data.update(wire)
    return data


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "batchmodels", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# --- times at the ends of their range ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("9999-12-31T23:59:59-01:00", "9999-12-31 23:59:59-01:00"),
        ("0001-01-01T00:00:00+01:00", "0001-01-01 00:00:00+01:00"),
    ],
)
def test_show_prints_a_datetime_beyond_the_utc_range(tmp_path: Path, text: str, shown: str) -> None:
    path = tmp_path / "job.json"
    path.write_text(json.dumps(job(creationTime=text)), encoding="utf-8")
    proc = cli("show", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert shown in proc.stdout


def test_check_and_show_report_a_duration_below_timedelta(tmp_path: Path) -> None:
    path = tmp_path / "job.json"
    path.write_text(
        json.dumps(job(constraints={"maxWallClockTime": "-P999999999DT1S"})), encoding="utf-8"
    )
    check = cli("check", str(path))
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "$.constraints.maxWallClockTime" in check.stdout + check.stderr
    show = cli("show", str(path))
    assert show.returncode == 0 and "Traceback" not in show.stderr
    assert "out of range" in show.stdout
    BatchJob(job())  # the helper builds valid jobs
