"""The ``batchmodels`` command line: run in-process through ``main(argv)`` (so coverage is
measured), and as a user would, in a subprocess, where the process itself matters."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

import batchmodels
from batchmodels import BatchJob
from batchmodels._cli import main

SECRET = "hunter2-do-not-print"
EXAMPLE_SECRET = "Zq8!wR2pLx-example-only"


class Run:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self) -> Any:
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"<exit {self.code}\nstdout:\n{self.out}\nstderr:\n{self.err}>"


def run(
    *args: str, stdin: Optional[str] = None, tz: str = "UTC", cwd: Optional[Path] = None
) -> Run:
    """Run ``main(args)`` in this process with its own stdin, stdout, stderr, TZ and cwd."""
    streams = sys.stdin, sys.stdout, sys.stderr
    old_tz, old_cwd = os.environ.get("TZ"), os.getcwd()
    stdin_bytes = (stdin or "").encode("utf-8", "surrogateescape")
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin_bytes), encoding="utf-8")
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    sys.stdout, sys.stderr = out, err
    os.environ["TZ"] = tz
    time.tzset()
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, --version, usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        out.flush()
        err.flush()
        proc = subprocess.CompletedProcess(
            list(args),
            code,
            out.buffer.getvalue().decode("utf-8"),  # type: ignore[attr-defined]
            err.buffer.getvalue().decode("utf-8"),  # type: ignore[attr-defined]
        )
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(old_cwd)
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()
    return Run(proc)


def run_process(
    *args: str, stdin: Optional[str] = None, tz: str = "UTC", cwd: Optional[Path] = None
) -> Run:
    """Run ``python -m batchmodels`` in a subprocess."""
    env = {**os.environ, "TZ": tz, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "batchmodels", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )
    return Run(proc)


def example() -> Dict[str, Any]:
    text = resources.files("batchmodels").joinpath("example_job.json").read_text("utf-8")
    data: Dict[str, Any] = json.loads(text)
    return data


def job(**changes: Any) -> Dict[str, Any]:
    """A small valid job as a Job-get returns it, with top-level ``changes`` applied."""
    body: Dict[str, Any] = {
        "id": "job-1",
        "url": "https://account.region.batch.azure.com/jobs/job-1",
        "eTag": "0x8D4100FC49F0278",
        "lastModified": "2016-11-19T00:05:27.5391608Z",
        "creationTime": "2016-11-19T00:05:25.311915Z",
        "state": "active",
        "stateTransitionTime": "2016-11-19T00:05:25.311915Z",
        "priority": 0,
        "maxParallelTasks": -1,
        "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0},
        "poolInfo": {"poolId": "pool-1"},
        "onAllTasksComplete": "noaction",
        "onTaskFailure": "noaction",
    }
    for key, value in changes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def write(tmp_path: Path, name: str, doc: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def lines(text: str) -> List[str]:
    return [line for line in text.splitlines() if line]


# --- the program ---------------------------------------------------------------------------


def test_version() -> None:
    r = run("--version")
    assert r.code == 0, r
    assert r.out.strip() == f"batchmodels {batchmodels.__version__}"


def test_help_lists_every_command() -> None:
    r = run("--help")
    assert r.code == 0, r
    for command in ("check", "request", "show", "schema"):
        assert command in r.out


@pytest.mark.parametrize("args", [(), ("frobnicate",), ("check", "--no-such-option")])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    r = run(*args)
    assert r.code == 2, r
    assert "usage: batchmodels" in r.err


@pytest.mark.parametrize("command", ["check", "request", "show"])
def test_no_input_exits_2(command: str) -> None:
    r = run(command)
    assert r.code == 2, r
    assert "no input" in r.err


@pytest.mark.parametrize("command", ["check", "request", "show"])
def test_missing_file_exits_2(command: str, tmp_path: Path) -> None:
    r = run(command, str(tmp_path / "nope.json"))
    assert r.code == 2, r
    assert "nope.json: cannot read" in r.err


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "not JSON"),
        ('{"priority": NaN, "poolInfo": {}}', "NaN is not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not JSON"),
        ("42", "no job found in a number"),
        ('"a job"', "no job found in a string"),
        ("\udcff", "not JSON"),
    ],
    ids=["broken", "nan", "deep", "number", "string", "not-utf8"],
)
@pytest.mark.parametrize("command", ["check", "request", "show"])
def test_unusable_input_exits_2(command: str, text: str, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    r = run(command, str(path))
    assert r.code == 2, r
    assert reason in r.err
    assert "Traceback" not in r.err


def test_console_script() -> None:
    script = Path(sys.executable).with_name("batchmodels")
    if not script.exists():
        pytest.skip("the batchmodels console script is not installed in this environment")
    proc = subprocess.run(
        [str(script), "show", "--example"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "render-scene42-20251104" in proc.stdout


# --- check ---------------------------------------------------------------------------------


def test_check_example_is_clean() -> None:
    r = run("check", "--example")
    assert r.code == 0, r
    assert r.out == ""
    assert r.err == "checked 1 job in 1 file: no problems\n"


def test_check_reports_each_problem_with_file_and_path(tmp_path: Path) -> None:
    body = job(priority=5000, constraints={"maxWallClockTime": "abc"})
    path = write(tmp_path, "job.json", body)
    r = run("check", path)
    assert r.code == 1, r
    out = lines(r.out)
    assert any(line.startswith(f"{path}: $.priority: ") for line in out), r
    assert any(
        line.startswith(f"{path}: $.constraints.maxWallClockTime: ") and "'abc'" in line
        for line in out
    ), r
    assert "2 errors" in r.err


def test_check_warning_alone_passes_unless_strict(tmp_path: Path) -> None:
    path = write(tmp_path, "job.json", job(state="hibernating"))
    r = run("check", path)
    assert r.code == 0, r
    assert lines(r.out) and all(": warning: " in line for line in lines(r.out)), r
    assert lines(r.out)[0].startswith(f"{path}: $.state: warning: ")
    assert "1 warning" in r.err
    strict = run("check", "--strict", path)
    assert strict.code == 1, strict


def test_check_list_response_locates_the_element(tmp_path: Path) -> None:
    path = write(tmp_path, "list.json", {"value": [job(), job(priority="high"), 7]})
    r = run("check", path)
    assert r.code == 1, r
    out = lines(r.out)
    assert any(line.startswith(f"{path}: $.value[1].priority: ") for line in out), r
    assert f"{path}: $.value[2]: expected a job object, got a number" in out
    assert "checked 3 jobs in 1 file" in r.err


def test_check_bare_array(tmp_path: Path) -> None:
    path = write(tmp_path, "jobs.json", [job(), job(maxParallelTasks=0)])
    r = run("check", path)
    assert r.code == 1, r
    assert lines(r.out)[0].startswith(f"{path}: $[1].maxParallelTasks: "), r


def test_check_rest_example_file(tmp_path: Path) -> None:
    doc = {
        "parameters": {
            "jobId": "job-1",
            "job": {"priority": -2000, "poolInfo": {"poolId": "p"}},
            "jobSchedule": {"jobSpecification": {"poolInfo": {"poolId": "p"}, "priority": 9999}},
        },
        "responses": {
            "200": {"body": job(constraints={"maxTaskRetryCount": -5})},
            "404": {"body": {"code": "JobNotFound"}},
        },
    }
    path = write(tmp_path, "example.json", doc)
    r = run("check", path)
    assert r.code == 1, r
    out = "\n".join(lines(r.out))
    assert f"{path}: $.parameters.job.priority: " in out
    assert f"{path}: $.parameters.jobSchedule.jobSpecification.priority: " in out
    assert f"{path}: $.responses['200'].body.constraints.maxTaskRetryCount: " in out
    assert "404" not in out
    assert "checked 3 jobs in 1 file" in r.err


def test_check_reads_stdin() -> None:
    r = run("check", "-", stdin=json.dumps(job(priority=1001)))
    assert r.code == 1, r
    assert lines(r.out)[0].startswith("<stdin>: $.priority: "), r


def test_check_many_files_reports_unusable_and_keeps_going(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", job())
    bad = write(tmp_path, "bad.json", job(priority=-1001))
    missing = str(tmp_path / "missing.json")
    r = run("check", good, missing, bad)
    assert r.code == 2, r
    assert f"{missing}: cannot read" in r.err
    assert lines(r.out)[0].startswith(f"{bad}: $.priority: "), r
    assert "1 file unusable" in r.err


def test_check_json_report(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.json", job(priority=1001, state="hibernating"))
    missing = str(tmp_path / "missing.json")
    r = run("check", "--json", bad, missing)
    assert r.code == 2, r
    report = r.json()
    assert report["ok"] is False
    assert (report["files"], report["jobs"]) == (2, 1)
    assert (report["errors"], report["warnings"]) == (1, 1)
    by_path = {p["path"]: p for p in report["problems"]}
    assert by_path["$.priority"]["severity"] == "error"
    assert by_path["$.priority"]["file"] == bad
    assert by_path["$.state"]["severity"] == "warning"
    assert report["unusable"] == [{"file": missing, "message": r.json()["unusable"][0]["message"]}]
    assert report["unusable"][0]["message"].startswith("cannot read")
    assert r.err == ""


def test_check_json_report_clean() -> None:
    r = run("check", "--json", "--example")
    assert r.code == 0, r
    report = r.json()
    assert report["ok"] is True
    assert report["problems"] == [] and report["unusable"] == []


def test_check_progress_on_a_large_input(tmp_path: Path) -> None:
    path = write(tmp_path, "big.json", {"value": [job() for _ in range(1000)]})
    r = run("check", path)
    assert r.code == 0, r
    progress = [line for line in r.err.splitlines() if line.startswith("checked ") and "/" in line]
    assert progress[0] == "checked 100/1000 jobs"
    assert progress[-1] == "checked 1000/1000 jobs"
    quiet = run("check", "-q", path)
    assert quiet.code == 0 and quiet.err == "" and quiet.out == "", quiet


def test_check_progress_on_many_files(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"job{i}.json", job()) for i in range(20)]
    r = run("check", *paths)
    assert r.code == 0, r
    assert "read 20/20 files" in r.err
    assert "checked 20/20 jobs" in r.err
    assert "checked 20 jobs in 20 files: no problems" in r.err


def test_check_small_input_has_no_progress(tmp_path: Path) -> None:
    r = run("check", write(tmp_path, "job.json", job()))
    assert r.err == "checked 1 job in 1 file: no problems\n", r


def test_check_never_prints_a_secret(tmp_path: Path) -> None:
    manager = {
        "id": "jm",
        "commandLine": "run",
        "containerSettings": {
            "imageName": "x",
            "registry": {"registryServer": 5, "username": "u", "password": [SECRET]},
        },
    }
    path = write(tmp_path, "job.json", job(jobManagerTask=manager))
    for args in (("check", path), ("check", "--json", path)):
        r = run(*args)
        assert r.code == 1, r
        assert SECRET not in r.out + r.err
        assert "registryServer" in r.out


# --- request -------------------------------------------------------------------------------


def test_request_removes_read_only_fields_and_keeps_the_rest(tmp_path: Path) -> None:
    body = example()
    body["futureField"] = {"b": 1, "a": [1.5, "x"]}
    path = write(tmp_path, "job.json", body)
    r = run("request", path)
    assert r.code == 0, r
    put = r.json()
    assert put == BatchJob(body).as_dict(exclude_readonly=True)
    assert list(put) == [
        "priority",
        "maxParallelTasks",
        "allowTaskPreemption",
        "constraints",
        "poolInfo",
        "onAllTasksComplete",
        "metadata",
        "futureField",
    ]
    image = put["poolInfo"]["autoPoolSpecification"]["pool"]["virtualMachineConfiguration"]
    assert "exactVersion" not in image["imageReference"]  # read-only at depth
    assert put["futureField"] == body["futureField"]
    assert r.out == json.dumps(put, indent=2, ensure_ascii=False) + "\n"


def test_request_keeps_wire_text_exactly(tmp_path: Path) -> None:
    body = job(constraints={"maxWallClockTime": "P10675199DT2H48M5.4775807S"})
    body["metadata"] = [{"name": "ünïcode", "value": "✓"}]
    r = run("request", "--compact", write(tmp_path, "job.json", body))
    assert r.code == 0, r
    assert '"maxWallClockTime":"P10675199DT2H48M5.4775807S"' in r.out
    assert '"name":"ünïcode","value":"✓"' in r.out
    assert len(lines(r.out)) == 1


def test_request_example_and_stdin() -> None:
    expected = BatchJob(example()).as_dict(exclude_readonly=True)
    assert run("request", "--example").json() == expected
    piped = run("request", "-", stdin=json.dumps(example()))
    assert piped.code == 0, piped
    assert piped.json() == expected


def test_request_of_a_rest_example_file_uses_its_one_job(tmp_path: Path) -> None:
    doc = {"parameters": {"jobId": "job-1"}, "responses": {"200": {"body": job()}}}
    r = run("request", write(tmp_path, "get.json", doc))
    assert r.code == 0, r
    assert r.json() == BatchJob(job()).as_dict(exclude_readonly=True)


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        ({"value": [{"poolInfo": {}}, {"poolInfo": {}}]}, "holds 2 jobs"),
        ({"value": [3]}, "$.value[0]: expected a job object, got a number"),
    ],
)
def test_request_needs_one_job_object(doc: Any, reason: str, tmp_path: Path) -> None:
    r = run("request", write(tmp_path, "x.json", doc))
    assert r.code == 2, r
    assert reason in r.err


def test_show_file_and_example_exits_2(tmp_path: Path) -> None:
    r = run("show", "--example", write(tmp_path, "a.json", job()))
    assert r.code == 2, r
    assert "give one FILE or --example" in r.err


def test_request_two_files_without_patch_exits_2(tmp_path: Path) -> None:
    a = write(tmp_path, "a.json", job())
    r = run("request", a, a)
    assert r.code == 2, r
    assert "give one FILE" in r.err


def test_patch_carries_changed_fields_whole_and_nulls_removed_ones(tmp_path: Path) -> None:
    old = job(metadata=[{"name": "a", "value": "1"}], allowTaskPreemption=False)
    new = job(
        priority=10,
        constraints={"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 3},
        allowTaskPreemption=None,
    )
    r = run(
        "request", "--patch", write(tmp_path, "old.json", old), write(tmp_path, "new.json", new)
    )
    assert r.code == 0, r
    assert r.json() == {
        "priority": 10,
        "allowTaskPreemption": None,
        "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 3},
        "metadata": None,
    }
    assert r.err == ""


def test_patch_of_identical_jobs_is_empty(tmp_path: Path) -> None:
    a = write(tmp_path, "a.json", job())
    b = write(tmp_path, "b.json", json.loads(json.dumps(job())))
    r = run("request", "--patch", "--compact", a, b)
    assert r.code == 0, r
    assert r.out == "{}\n"


def test_patch_tells_true_from_one_and_ignores_key_order(tmp_path: Path) -> None:
    old = job(priority=1, poolInfo={"poolId": "p", "x": 1})
    new = job(priority=True, poolInfo={"x": 1, "poolId": "p"})
    r = run("request", "--patch", write(tmp_path, "o.json", old), write(tmp_path, "n.json", new))
    assert r.json() == {"priority": True}, r


def test_patch_notes_read_only_and_unknown_changes(tmp_path: Path) -> None:
    old = job(futureField=1)
    new = job(id="job-2", state="disabled", futureField=2, priority=5)
    r = run("request", "--patch", write(tmp_path, "o.json", old), write(tmp_path, "n.json", new))
    assert r.code == 0, r
    assert r.json() == {"priority": 5}
    assert "note: id is read-only" in r.err
    assert "note: state is read-only" in r.err
    assert "note: futureField is not a field this version knows" in r.err


def test_patch_prunes_read_only_fields_inside_a_changed_object(tmp_path: Path) -> None:
    image = {"publisher": "p", "offer": "o", "sku": "s", "exactVersion": "1.0.0"}
    vm = {"imageReference": image, "nodeAgentSKUId": "batch.node.ubuntu 22.04"}

    def auto_pool(size: str, exact: str) -> Dict[str, Any]:
        config = {**vm, "imageReference": {**image, "exactVersion": exact}}
        pool = {"vmSize": size, "virtualMachineConfiguration": config}
        return {"autoPoolSpecification": {"poolLifetimeOption": "job", "pool": pool}}

    old = job(poolInfo=auto_pool("small", "1.0.0"))
    new = job(poolInfo=auto_pool("large", "1.0.1"))
    r = run("request", "--patch", write(tmp_path, "o.json", old), write(tmp_path, "n.json", new))
    assert r.code == 0, r
    assert "exactVersion" not in r.out
    assert r.json()["poolInfo"]["autoPoolSpecification"]["pool"]["vmSize"] == "large"
    assert (
        "note: poolInfo.autoPoolSpecification.pool.virtualMachineConfiguration.imageReference"
        ".exactVersion is read-only" in r.err
    )


@pytest.mark.parametrize("extra", [(), ("--example",)])
def test_patch_needs_two_files(extra: tuple[str, ...], tmp_path: Path) -> None:
    r = run("request", "--patch", *extra, write(tmp_path, "a.json", job()))
    assert r.code == 2, r
    assert "--patch needs two files" in r.err


# --- show ----------------------------------------------------------------------------------


def table(text: str) -> Dict[str, List[str]]:
    """Parse the aligned table back into ``label -> lines``."""
    rows: Dict[str, List[str]] = {}
    out = lines(text)
    width = len(out[0]) - len(out[0][out[0].index("  ") :].lstrip())
    label = ""
    for line in out:
        head, value = line[:width].strip(), line[width:]
        if head:
            label = head
            rows[label] = []
        rows[label].append(value)
    return rows


def test_show_example_table() -> None:
    r = run("show", "--example", tz="XYZ-3")
    assert r.code == 0, r
    rows = table(r.out)
    assert rows["id"] == ["render-scene42-20251104"]
    assert rows["state"] == ["active since 2025-11-04 08:00:13 UTC (2025-11-04 11:00:13 XYZ local)"]
    assert rows["priority"] == ["100"]
    assert rows["pool"][0] == "auto pool, prefix render, lifetime job, not kept alive"
    assert rows["pool"][1] == "standard_d4s_v5, 2 dedicated + 6 spot nodes, 2 task slots per node"
    assert rows["constraints"] == ["max wall clock 1d 2h, max 3 task retries"]
    for label in ("job manager task", "preparation task", "release task"):
        assert len(rows[label]) == 1
    assert rows["job manager task"][0].startswith("jobmanager: python3 /opt/render/manager.py")
    assert rows["release task"] == [
        "cleanup: /bin/sh -c 'rm -rf $AZ_BATCH_NODE_SHARED_DIR/frames' (max 10m, kept 1h)"
    ]
    assert rows["metadata"] == ["owner = render-team@contoso.example", "costCenter = CC-4711"]
    assert "password ***" in rows["registries"][0]
    assert EXAMPLE_SECRET not in r.out + r.err
    # every value starts in the same column
    starts = {line.index(line[20:].lstrip()[:1], 18) for line in lines(r.out)}
    assert len(starts) == 1


def test_show_in_utc_shows_each_time_once() -> None:
    r = run("show", "--example", tz="UTC")
    assert table(r.out)["created"] == ["2025-11-04 08:00:12 UTC"]


def test_show_pool_id_unlimited_and_previous_state(tmp_path: Path) -> None:
    body = job(state="completed", previousState="active")
    body["previousStateTransitionTime"] = "2016-11-19T00:05:27.2137716Z"
    body["executionInfo"] = {
        "startTime": "2016-11-19T00:05:25.3309105Z",
        "endTime": "2016-11-19T00:05:27.578581Z",
        "terminateReason": "UserTerminate",
    }
    r = run("show", write(tmp_path, "job.json", body))
    assert r.code == 0, r
    rows = table(r.out)
    assert rows["pool"] == ["pool pool-1"]
    assert rows["constraints"] == ["max wall clock unlimited, max 0 task retries"]
    assert rows["max parallel tasks"] == ["unlimited"]
    assert rows["previous state"] == ["active until 2016-11-19 00:05:27 UTC"]
    assert rows["execution"] == [
        "started 2016-11-19 00:05:25 UTC",
        "ended 2016-11-19 00:05:27 UTC",
        "reason UserTerminate",
    ]


def test_show_bad_value_shows_its_error_and_no_secret(tmp_path: Path) -> None:
    body = job(creationTime="yesterday", jobManagerTask=example()["jobManagerTask"])
    body["jobManagerTask"]["containerSettings"]["registry"]["password"] = SECRET
    r = run("show", write(tmp_path, "job.json", body))
    assert r.code == 0, r
    assert table(r.out)["created"][0].startswith("(invalid: $.creationTime: ")
    assert SECRET not in r.out + r.err


def test_show_list_response_shows_each_job(tmp_path: Path) -> None:
    path = write(tmp_path, "list.json", {"value": [job(), job(id="job-2"), "x"]})
    r = run("show", path)
    assert r.code == 1, r
    assert f"== {path}: $.value[0]" in r.out
    assert f"== {path}: $.value[1]" in r.out
    assert "job-2" in r.out
    assert f"{path}: $.value[2]: not a job object (a string)" in r.err


def test_show_attributes() -> None:
    r = run("show", "--attributes", "--example")
    assert r.code == 0, r
    doc = r.json()
    assert doc["display_name"] == "Nightly render of scene 42"
    assert doc["last_modified"] == "2025-11-04T08:12:03.1234567Z"
    registry = doc["job_manager_task"]["container_settings"]["registry"]
    assert registry == {
        "registry_server": "contosorender.azurecr.io",
        "username": "render-pull",
        "password": "***",
    }
    assert EXAMPLE_SECRET not in r.out


def test_show_attributes_of_a_list_is_an_array(tmp_path: Path) -> None:
    r = run("show", "--attributes", write(tmp_path, "l.json", {"value": [job(), job()]}))
    assert r.code == 0, r
    assert [d["pool_info"] for d in r.json()] == [{"pool_id": "pool-1"}] * 2


def test_show_reads_stdin() -> None:
    r = run("show", "-", stdin=json.dumps(job(displayName="from stdin")))
    assert r.code == 0, r
    assert table(r.out)["display name"] == ["from stdin"]


# --- schema --------------------------------------------------------------------------------


def test_schema_prints_the_json_schema() -> None:
    r = run("schema")
    assert r.code == 0, r
    schema = r.json()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$ref"] == "#/$defs/BatchJob"
    assert "ContainerRegistryReference" in schema["$defs"]
    compact = run("schema", "--compact")
    assert len(lines(compact.out)) == 1
    assert compact.json() == schema


def test_json_output_is_escaped_for_an_ascii_stream(tmp_path: Path) -> None:
    body = job(metadata=[{"name": "ünïcode", "value": "✓"}])
    path = write(tmp_path, "job.json", body)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run(
        [sys.executable, "-m", "batchmodels", "request", path],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode("ascii")
    assert "\\u00fcn\\u00efcode" in text
    assert json.loads(text)["metadata"] == body["metadata"]


@pytest.mark.parametrize("args", [("check", "--example"), ("show", "--example"), ("nope",)])
def test_the_module_entry_point_runs_the_same_command(args: Any) -> None:
    inside, outside = run(*args), run_process(*args)
    assert (inside.code, inside.out) == (outside.code, outside.out)
    assert "Traceback" not in outside.err
