"""Hardening (issue 12): limits of times, nulls kept, no secret leaked, threads, cycles."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest

from batchmodels import BatchJob, JSONEncoder, ValidationError, dumps


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


# --- NaN, Infinity and numbers beyond the float range ---------------------------------------


def test_strict_parsing_names_the_non_finite_number() -> None:
    with pytest.raises(ValidationError) as info:
        BatchJob.from_json(json.dumps(job())[:-1] + ', "stats": {"readIOGiB": 1e400}}', strict=True)
    assert [str(p) for p in info.value.problems] == [
        "$.stats.readIOGiB: not valid JSON (numbers must be finite): '1e400'"
    ]


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_encoders_never_write_infinity_or_nan(value: float) -> None:
    model = BatchJob(job(future=[value]))
    for write in (
        lambda: dumps(model),
        lambda: dumps(model, indent=2),
        lambda: dumps({"jobs": [model]}),
        lambda: json.dumps(model, cls=JSONEncoder),
        lambda: json.dumps({"jobs": [model]}, cls=JSONEncoder, allow_nan=True),
    ):
        with pytest.raises(ValueError, match="not JSON compliant"):
            write()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "j", "priority": NaN}', "$.priority: NaN is not valid JSON"),
        ('{"id": "j", "stats": {"readIOGiB": 1e400}}', "$.stats.readIOGiB: 1e400 is beyond"),
        ('{"value": [{"id": "j", "a": [-Infinity]}]}', "$.value[0].a[0]: -Infinity is not"),
    ],
)
@pytest.mark.parametrize("command", ["check", "request", "show"])
def test_the_cli_refuses_non_finite_numbers(
    tmp_path: Path, command: str, text: str, message: str
) -> None:
    path = tmp_path / "job.json"
    path.write_text(text, encoding="utf-8")
    proc = cli(command, str(path))
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Infinity" not in proc.stdout and "NaN" not in proc.stdout
