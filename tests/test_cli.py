"""The ``batchmodels`` command line: in process through ``main(argv)``, and a few runs of the
installed program (entry point, ``python -m``, exit codes) in a subprocess."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import batchmodels
from batchmodels import BatchJob, BatchJobCreateOptions, convert
from batchmodels._cli import main
from helpers.fixtures import EXAMPLES_DIR

SECRET = "hunter2-do-not-print"
EXAMPLE_SECRET = "Zq8!wR2pLx-example-only"


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    def json(self) -> Any:
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"<exit {self.code}\nstdout:\n{self.out}\nstderr:\n{self.err}>"


@contextlib.contextmanager
def time_zone(tz: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = tz
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def run(*args: str, stdin: Optional[str] = None, tz: str = "UTC") -> Run:
    """``batchmodels ARGS`` in process, with stdin, stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    saved = sys.stdin
    sys.stdin = fake_stdin
    try:
        with time_zone(tz), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: usage errors, --help, --version
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = saved
    return Run(code, out.getvalue(), err.getvalue())


def run_process(*args: str, stdin: Optional[str] = None) -> Run:
    """``python -m batchmodels ARGS`` in a subprocess."""
    env = {**os.environ, "TZ": "UTC", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "batchmodels", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


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


@pytest.mark.parametrize(
    ("args", "code", "stream", "text"),
    [
        (("--version",), 0, "out", f"batchmodels {batchmodels.__version__}"),
        (("check", "--example"), 0, "err", "checked 1 job in 1 file: no problems"),
        (("check", "-"), 1, "out", "<stdin>: $.priority: "),
        (("show", "-"), 2, "err", "batchmodels: <stdin>: no job found"),
        (("frobnicate",), 2, "err", "usage: batchmodels"),
    ],
    ids=["version", "ok", "problems", "unusable", "usage"],
)
def test_python_m_exit_codes(args: tuple[str, ...], code: int, stream: str, text: str) -> None:
    stdin = json.dumps(job(priority=5000)) if args[-1] == "-" and args[0] == "check" else "{}"
    r = run_process(*args, stdin=stdin)
    assert r.code == code, r
    assert text in (r.out if stream == "out" else r.err), r
    assert "Traceback" not in r.err


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
            "jobSchedule": {"jobSpecification": {"poolInfo": {"poolId": "p"}}},
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
    # no operation is named: each body is taken as a job, and a schedule is none
    assert (
        f"{path}: $.parameters.jobSchedule: jobSpecification is a field of BatchJobSchedule" in out
    )
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
    assert "1 input unusable" in r.err


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
    assert f"{path}: $.value[2]: not used: expected a job object, got a string" in r.err


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


# --- what the CLI is looking at: models, --type, no body found -----------------------------


def schedule(**changes: Any) -> Dict[str, Any]:
    """A job schedule as a JobSchedule-get returns it."""
    body: Dict[str, Any] = {
        "id": "nightly",
        "url": "https://account.region.batch.azure.com/jobschedules/nightly",
        "eTag": "0x8D40FFD2E848323",
        "lastModified": "2016-11-18T21:52:24.7661347Z",
        "creationTime": "2016-11-18T21:52:22.5431125Z",
        "state": "active",
        "stateTransitionTime": "2016-11-18T21:52:24.8371778Z",
        "schedule": {"recurrenceInterval": "P1D", "doNotRunUntil": "2016-11-19T00:00:00Z"},
        "jobSpecification": {"priority": 7, "poolInfo": {"poolId": "pool-9"}},
        "executionInfo": {"nextRunTime": "2016-11-19T00:00:00Z", "recentJob": {"id": "nightly:1"}},
    }
    body.update(changes)
    return body


JOB_STATISTICS = {
    "url": "https://account.region.batch.azure.com/jobs/job-1",
    "startTime": "2016-11-19T00:05:25.311915Z",
    "lastUpdateTime": "2016-11-19T00:05:25.311915Z",
    "userCPUTime": "PT0S",
    "kernelCPUTime": "PT0S",
    "wallClockTime": "PT0S",
    "readIOps": "0",
    "writeIOps": "0",
    "readIOGiB": 0.0,
    "writeIOGiB": 0.0,
    "numSucceededTasks": "0",
    "numFailedTasks": "0",
    "numTaskRetries": "0",
    "waitTime": "PT0S",
}
TASK = {
    "id": "task-1",
    "url": "https://account.region.batch.azure.com/jobs/job-1/tasks/task-1",
    "eTag": "0x8D4125FD1A825A4",
    "creationTime": "2016-11-21T22:43:31.4733476Z",
    "state": "completed",
    "commandLine": "cmd /c echo hello",
    "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S"},
}


@pytest.mark.parametrize(
    ("doc", "reason"),
    [
        (
            JOB_STATISTICS,
            "no job found: startTime is a field of BatchJobStatistics, not of BatchJob",
        ),
        (TASK, "no job found: commandLine is a field of BatchTask, not of BatchJob"),
        ({"foo": 1}, "no job found: none of its keys is a field of BatchJob"),
        ({}, "no job found: an empty object"),
        (schedule(), "no job found: schedule is a field of BatchJobSchedule, not of BatchJob"),
        ([TASK, TASK], "no job found: $[0]: commandLine is a field of BatchTask"),
        ({"value": [JOB_STATISTICS]}, "no job found: $.value[0]: startTime is a field of"),
    ],
    ids=["statistics", "task", "foo", "empty", "schedule", "tasks", "statistics-list"],
)
@pytest.mark.parametrize(
    "command", ["check", "check --json", "request", "show", "show --attributes"]
)
def test_json_that_is_no_job_exits_2(command: str, doc: Any, reason: str, tmp_path: Path) -> None:
    r = run(*command.split(), write(tmp_path, "x.json", doc))
    assert r.code == 2, r
    if command == "check --json":
        assert reason in r.json()["unusable"][0]["message"]
        assert r.json()["problems"] == []
    else:
        assert reason in r.err, r
        assert r.out == ""


def test_a_list_with_some_jobs_reports_the_others(tmp_path: Path) -> None:
    path = write(tmp_path, "l.json", {"value": [job(), TASK]})
    r = run("check", path)
    assert r.code == 1, r
    assert f"{path}: $.value[1]: commandLine is a field of BatchTask, not of BatchJob" in r.out


@pytest.mark.parametrize("command", ["check", "request", "show"])
def test_an_empty_list_response_has_no_bodies(command: str, tmp_path: Path) -> None:
    r = run(command, write(tmp_path, "l.json", {"value": [], "odata.nextLink": "x"}))
    if command == "check":
        assert r.code == 0 and r.err == "checked 0 jobs in 1 file: no problems\n", r
    elif command == "request":
        assert r.code == 2 and "holds 0 jobs" in r.err, r
    else:
        assert r.code == 0 and r.out == "", r


def test_value_beside_other_fields_is_no_list_response(tmp_path: Path) -> None:
    path = write(tmp_path, "j.json", {"priority": 5000, "value": [{"priority": 1}]})
    r = run("request", path)
    assert r.code == 0, r
    assert r.json() == {"priority": 5000, "value": [{"priority": 1}]}
    c = run("check", path)
    assert c.code == 1, c
    assert f"{path}: $.priority: must be between -1000 and 1000: 5000" in lines(c.out)
    assert "$.value" not in c.out
    assert "checked 1 job in 1 file" in c.err
    s = run("show", path)
    assert table(s.out) == {"priority": ["5000"]}


def test_a_list_response_may_carry_odata_keys(tmp_path: Path) -> None:
    doc = {"odata.metadata": "m", "value": [job(priority=5000)], "odata.nextLink": "n"}
    r = run("check", write(tmp_path, "l.json", doc))
    assert r.code == 1, r
    assert "$.value[0].priority" in r.out


def test_type_reads_any_model(tmp_path: Path) -> None:
    pool = {"id": "p", "vmSize": "standard_d2s_v3", "targetDedicatedNodes": "3"}
    path = write(tmp_path, "pool.json", pool)
    r = run("check", "--type", "BatchPool", path)
    assert r.code == 1, r
    assert f"{path}: $.targetDedicatedNodes: " in r.out
    assert "checked 1 body in 1 file" in r.err
    s = run("show", "--type", "BatchPool", path)
    assert s.code == 0, s
    assert table(s.out) == {
        "id": ["p"],
        "vm size": ["standard_d2s_v3"],
        "target dedicated nodes": [
            "(invalid: $.targetDedicatedNodes: expected an integer, got string: '3')"
        ],
    }
    assert run("check", path).code == 2  # taken as a job, it is none


def test_type_names_a_create_body(tmp_path: Path) -> None:
    body = {"id": "j", "poolInfo": {"poolId": "p"}, "priority": "high"}
    path = write(tmp_path, "create.json", body)
    r = run("check", "--type", "BatchJobCreateOptions", path)
    assert r.code == 1, r
    assert f"{path}: $.priority: " in r.out
    s = run("show", "--type", "BatchJobCreateOptions", path)
    assert s.code == 0, s
    rows = table(s.out)
    assert rows["id"] == ["j"] and rows["pool"] == ["pool p"]
    assert rows["priority"][0].startswith("(invalid: $.priority: ")


def test_an_update_body_needs_no_required_field(tmp_path: Path) -> None:
    path = write(tmp_path, "patch.json", {"priority": 10})
    r = run("check", "--type", "BatchJobUpdateOptions", path)
    assert r.code == 0, r
    empty = write(tmp_path, "empty.json", {})
    assert run("check", "--type", "BatchJobUpdateOptions", empty).code == 0
    assert run("check", "--type", "BatchJobCreateOptions", empty).code == 2
    assert run("check", "--type", "BatchJobCreateOptions", path).code == 1


@pytest.mark.parametrize("command", ["check", "request", "show", "schema"])
def test_unknown_type_exits_2(command: str, tmp_path: Path) -> None:
    args = [command, "--type", "BatchPol"]
    if command != "schema":
        args.append(write(tmp_path, "j.json", job()))
    r = run(*args)
    assert r.code == 2, r
    assert "no model named 'BatchPol'" in r.err and "BatchPool" in r.err


def test_schema_of_another_model() -> None:
    r = run("schema", "--type", "BatchPool")
    assert r.code == 0, r
    assert r.json()["$ref"] == "#/$defs/BatchPool"


def rest_example(operation_id: str, **parts: Any) -> Dict[str, Any]:
    return {"operationId": operation_id, "title": "t", **parts}


def test_rest_example_operation_gives_the_model(tmp_path: Path) -> None:
    create = {"id": "j", "poolInfo": {"poolId": "p"}, "jobManagerTask": {"id": "m"}}
    doc = rest_example(
        "Jobs_CreateJob",
        parameters={"jobId": "j", "job": create},
        responses={"201": {}},
    )
    path = write(tmp_path, "create.json", doc)
    r = run("check", path)
    assert r.code == 1, r
    # the create body's own rules: a job manager task needs a command line
    assert f"{path}: $.parameters.job.jobManagerTask.commandLine: " in r.out
    assert "checked 1 body in 1 file" in r.err
    s = run("show", path)
    assert s.code == 0, s
    assert table(s.out)["id"] == ["j"]


def test_type_does_not_change_what_an_operation_says(tmp_path: Path) -> None:
    doc = rest_example("Jobs_GetJob", responses={"200": {"body": job(priority=5000)}})
    r = run("check", "--type", "BatchPool", write(tmp_path, "get.json", doc))
    assert r.code == 1, r
    assert "$.responses['200'].body.priority: must be between" in r.out


def test_rest_example_file_name_gives_the_operation(tmp_path: Path) -> None:
    doc = {"parameters": {}, "responses": {"200": {"body": {"value": [{"id": "p"}]}}}}
    path = write(tmp_path, "2025-06-01.21.0__Pools_ListPools_Basic.json", doc)
    r = run("show", path)
    assert r.code == 0, r
    assert table(r.out) == {"id": ["p"]}


def test_rest_example_of_a_schedule(tmp_path: Path) -> None:
    doc = rest_example("JobSchedules_GetJobSchedule", responses={"200": {"body": schedule()}})
    r = run("show", write(tmp_path, "s.json", doc))
    assert r.code == 0, r
    rows = table(r.out)
    assert rows["id"] == ["nightly"]
    assert rows["schedule"] == ["every 1d, from 2016-11-19 00:00:00 UTC"]
    assert rows["execution"] == ["next run 2016-11-19 00:00:00 UTC", "recent job nightly:1"]
    assert rows["job pool"] == ["pool pool-9"]
    assert rows["job priority"] == ["7"]


@pytest.mark.parametrize("command", ["request", "show"])  # check: tests/test_cli_versions.py
def test_rest_example_without_a_body_exits_2(command: str, tmp_path: Path) -> None:
    doc = rest_example("Jobs_DeleteJob", parameters={"jobId": "j"}, responses={"202": {}})
    r = run(command, write(tmp_path, "d.json", doc))
    assert r.code == 2, r
    assert "no body found in this REST example (operation Jobs_DeleteJob)" in r.err


def test_show_schedule_with_type(tmp_path: Path) -> None:
    path = write(tmp_path, "s.json", schedule())
    r = run("show", "--type", "BatchJobSchedule", path)
    assert r.code == 0, r
    assert table(r.out)["state"] == ["active since 2016-11-18 21:52:24 UTC"]
    create = {"id": "n", "schedule": {}, "jobSpecification": {"poolInfo": {"poolId": "q"}}}
    c = run("show", "--type", "BatchJobScheduleCreateOptions", write(tmp_path, "c.json", create))
    assert c.code == 0, c
    assert table(c.out) == {"id": ["n"], "schedule": ["once"], "job pool": ["pool q"]}


# --- request: replace, create and patch bodies of any family -------------------------------


def test_request_names_every_read_only_field_it_leaves_out(tmp_path: Path) -> None:
    body = job(jobManagerTask={"id": "m", "commandLine": "run"})
    r = run("request", write(tmp_path, "j.json", body))
    assert r.code == 0, r
    assert "id" not in r.json() and "jobManagerTask" not in r.json()
    notes = r.err.splitlines()
    assert "note: id is read-only in BatchJob; left out of the replace (PUT) body" in notes
    assert (
        "note: jobManagerTask is read-only in BatchJob; left out of the replace (PUT) body" in notes
    )
    assert notes[-1] == "note: request --create gives the create body, which keeps them"


def test_request_create_from_a_job(tmp_path: Path) -> None:
    body = example()
    r = run("request", "--create", write(tmp_path, "j.json", body))
    assert r.code == 0, r
    created = convert(BatchJob(body), BatchJobCreateOptions)
    assert r.json() == created.body.as_dict()
    assert r.json()["id"] == body["id"]
    assert r.json()["jobManagerTask"]["id"] == "jobmanager"
    notes = r.err.splitlines()
    assert "note: state is read-only; left out of the create body" in notes
    assert len(notes) == len(created.left_out)
    assert EXAMPLE_SECRET in r.out  # a request body keeps its secrets; it is meant to be sent


def test_request_create_of_a_schedule(tmp_path: Path) -> None:
    r = run(
        "request", "--create", "--type", "BatchJobSchedule", write(tmp_path, "s.json", schedule())
    )
    assert r.code == 0, r
    assert r.json() == {
        "id": "nightly",
        "schedule": {"recurrenceInterval": "P1D", "doNotRunUntil": "2016-11-19T00:00:00Z"},
        "jobSpecification": {"priority": 7, "poolInfo": {"poolId": "pool-9"}},
    }


def test_request_create_of_a_model_without_one_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, "n.json", {"id": "node-1", "state": "idle"})
    r = run("request", "--create", "--type", "BatchNode", path)
    assert r.code == 2, r
    assert "BatchNode has no create body" in r.err


def test_request_patch_of_a_schedule(tmp_path: Path) -> None:
    old = write(tmp_path, "o.json", schedule())
    new = write(tmp_path, "n.json", schedule(schedule={"recurrenceInterval": "PT12H"}, state="x"))
    r = run("request", "--patch", "--type", "BatchJobSchedule", old, new)
    assert r.code == 0, r
    assert r.json() == {"schedule": {"recurrenceInterval": "PT12H"}}
    assert "note: state is read-only" in r.err


def test_request_patch_of_a_model_without_one_exits_2(tmp_path: Path) -> None:
    a = write(tmp_path, "n.json", {"id": "node-1", "state": "idle"})
    r = run("request", "--patch", "--type", "BatchNode", a, a)
    assert r.code == 2, r
    assert "BatchNode has no update (PATCH) body" in r.err


def test_request_of_a_model_without_a_replace_body_exits_2(tmp_path: Path) -> None:
    node = EXAMPLES_DIR / "2025-06-01__Nodes_GetNode.json"  # a node has no request body
    r = run("request", str(node))
    assert r.code == 2, r
    assert r.out == ""
    assert lines(r.err) == [
        f"batchmodels: {node}: BatchNode has no replace (PUT) body, nor any other request body"
    ]


def test_request_names_the_bodies_a_model_has(tmp_path: Path) -> None:
    task = write(tmp_path, "t.json", {"id": "t", "commandLine": "run"})
    r = run("request", "--patch", "--type", "BatchTask", task, task)
    assert r.code == 2, r
    assert lines(r.err) == [
        f"batchmodels: {task}: BatchTask has no update (PATCH) body; it has a replace (PUT)"
        " body (request FILE) and a create body (request --create)"
    ]


def test_request_of_a_pool_gives_its_replace_options_body(tmp_path: Path) -> None:
    pool = {"id": "p", "vmSize": "s", "metadata": [{"name": "a", "value": "b"}], "new": 1}
    r = run("request", "--type", "BatchPool", write(tmp_path, "p.json", pool))
    assert r.code == 0, r
    assert r.json() == {"metadata": [{"name": "a", "value": "b"}]}
    assert lines(r.err) == [
        "note: id is read-only; left out of the replace (PUT) body",
        "note: vmSize is read-only; left out of the replace (PUT) body",
        "note: new is not a field of BatchPoolReplaceOptions; left out of the replace (PUT) body",
    ]


def test_patch_of_a_pool_and_a_job_exits_2(tmp_path: Path) -> None:
    pool = str(EXAMPLES_DIR / "2025-06-01__Pools_GetPool_AcceleratedNetworking.json")
    a_job = write(tmp_path, "j.json", job())
    for old, new in ((pool, a_job), (a_job, pool)):
        r = run("request", "--patch", old, new)
        assert r.code == 2, r
        assert r.out == ""
        assert "OLD and NEW are of different kinds: " in r.err
        assert "belong to different resources (" in r.err


def test_request_create_and_patch_together_is_a_usage_error(tmp_path: Path) -> None:
    a = write(tmp_path, "a.json", job())
    r = run("request", "--create", "--patch", a, a)
    assert r.code == 2 and "not allowed with" in r.err, r


# --- no secret, no control character on a terminal -----------------------------------------


def wrong_shapes() -> List[Dict[str, Any]]:
    """Jobs whose secrets sit in values of the wrong shape."""
    account = {"name": "u", "password": SECRET}
    registry = {"registryServer": "r", "username": "u", "password": SECRET}

    def in_pool(**pool: Any) -> Dict[str, Any]:
        spec = {"vmSize": "s", **pool}
        return job(poolInfo={"autoPoolSpecification": {"poolLifetimeOption": "job", "pool": spec}})

    def manager(settings: Any) -> Dict[str, Any]:
        return job(jobManagerTask={"id": "m", "commandLine": "c", "containerSettings": settings})

    return [
        in_pool(userAccounts=account),
        in_pool(userAccounts=[[account]]),
        in_pool(userAccounts={"a": [account]}),
        in_pool(
            virtualMachineConfiguration={
                "containerConfiguration": {
                    "type": "dockerCompatible",
                    "containerRegistries": registry,
                }
            }
        ),
        manager({"imageName": "i", "registry": [registry]}),
        manager({"imageName": "i", "registry": {"value": registry}}),
        manager({"imageName": "i", "registry": {**registry, "password": {"p": SECRET}}}),
        manager([{"imageName": "i", "registry": registry}]),
    ]


SHAPE_CASES = [
    pytest.param(command, body, id=f"{command}-{n}")
    for command in ("check", "check --json", "show", "show --attributes")
    for n, body in enumerate(wrong_shapes())
]


@pytest.mark.parametrize(("command", "body"), SHAPE_CASES)
def test_no_secret_whatever_the_shape(command: str, body: Any, tmp_path: Path) -> None:
    r = run(*command.split(), write(tmp_path, "j.json", body))
    assert r.code in (0, 1), r
    assert SECRET not in r.out + r.err


CONTROL = "a\x1b[2J\x1b[H\r\nstate               completed\x00\x07\x9b1m\u202e\u2028z"


def test_show_escapes_control_characters(tmp_path: Path) -> None:
    body = job(displayName=CONTROL, metadata=[{"name": "k\tey", "value": "v\x1b]0;title\x07"}])
    r = run("show", write(tmp_path, "j.json", body))
    assert r.code == 0, r
    for char in "\x1b\r\x00\x07\x9b\u202e\u2028\t":
        assert char not in r.out
    rows = table(r.out)
    assert rows["display name"] == [
        "a\\x1b[2J\\x1b[H\\x0d\\x0astate               completed\\x00\\x07\\x9b1m\\u202e\\u2028z"
    ]
    assert rows["state"] == ["active since 2016-11-19 00:05:25 UTC"]  # no forged row
    assert rows["metadata"] == ["k\\x09ey = v\\x1b]0;title\\x07"]


def test_show_escapes_control_characters_in_any_model(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", {"id": "p\x1bc", "vmSize": "s\n"})
    r = run("show", "--type", "BatchPool", path)
    assert r.code == 0, r
    assert table(r.out) == {"id": ["p\\x1bc"], "vm size": ["s\\x0a"]}


def test_check_escapes_control_characters_in_messages(tmp_path: Path) -> None:
    path = write(tmp_path, "j.json", job(**{"state": "x\x1b[2J", "\x1b]key": 1}))
    r = run("check", "--strict", path)
    assert r.code == 1, r
    assert "\x1b" not in r.out + r.err


def test_json_output_escapes_what_json_leaves_raw(tmp_path: Path) -> None:
    body = job(displayName=CONTROL, metadata=[{"name": "n", "value": CONTROL}])
    for args in (("request",), ("show", "--attributes")):
        r = run(*args, write(tmp_path, "j.json", body))
        assert r.code == 0, r
        for char in "\x1b\r\x00\x07\x9b\u202e\u2028":
            assert char not in r.out
        assert "\\u009b" in r.out and "\\u202e" in r.out
        assert r.json()["metadata"] == [{"name": "n", "value": CONTROL}]


# --- big inputs: JSON Lines, list files read item by item ----------------------------------


def test_jsonl_checks_each_line(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    text = "\n".join(
        [
            json.dumps(job()),
            json.dumps(job(priority=5000)),
            "",
            "{not json",
            json.dumps({"foo": 1}),
            json.dumps({"value": [job(), job(maxParallelTasks=0)]}),
        ]
    )
    path.write_text(text + "\n", encoding="utf-8")
    r = run("check", str(path))
    assert r.code == 2, r
    out = lines(r.out)
    assert out[0].startswith(f"{path}:2: $.priority: "), r
    assert out[1].startswith(f"{path}:6: $.value[1].maxParallelTasks: "), r
    assert f"{path}:4: not JSON" in r.err
    assert f"{path}:5: no job found: none of its keys is a field of BatchJob" in r.err
    assert "checked 4 jobs in 1 file: 2 errors, 2 inputs unusable" in r.err


def test_jsonl_from_stdin() -> None:
    text = json.dumps(job()) + "\n" + json.dumps(job(priority=-5000)) + "\n"
    r = run("check", "--jsonl", "-", stdin=text)
    assert r.code == 1, r
    assert lines(r.out)[0].startswith("<stdin>:2: $.priority: "), r
    j = run("check", "--json", "--jsonl", "-", stdin=text)
    assert j.json()["problems"][0]["file"] == "<stdin>:2"


def test_show_jsonl_one_line_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "jobs.jsonl"
    body = job(jobManagerTask=example()["jobManagerTask"])
    text = "\n".join([json.dumps(body), json.dumps(TASK), "[", json.dumps(job(id="job-2"))])
    path.write_text(text, encoding="utf-8")
    r = run("show", str(path))
    assert r.code == 2, r
    assert f"== {path}:1: $" in r.out and f"== {path}:4: $" in r.out
    assert f"{path}:2: no job found: commandLine is a field of BatchTask" in r.err
    assert f"{path}:3: not JSON" in r.err
    a = run("show", "--attributes", str(path))
    assert [json.loads(line)["id"] for line in lines(a.out)] == ["job-1", "job-2"]
    assert EXAMPLE_SECRET not in r.out + a.out


@pytest.fixture
def stream_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every file item by item, in chunks small enough to split every token."""
    from batchmodels._cli import _input

    monkeypatch.setattr(_input, "STREAM_BYTES", 1)
    monkeypatch.setattr(_input, "_CHUNK", 7)


LIST_DOCS = [
    {"odata.metadata": "m", "value": [job(), job(priority=5000), 7, TASK], "odata.nextLink": "n"},
    [job(displayName='ü✓ \\" \u2028'), job(constraints={"maxTaskRetryCount": -5})],
    {"value": []},
    {"value": [job(priority=5000)], "priority": 5000},  # not a list response after all
    {"priority": 5000, "value": [job()]},
    job(priority=5000),
    {},
    {"odata.count": 1},
    {"odata.count": 1, "value": [job()]},
]


@pytest.mark.parametrize("doc", LIST_DOCS)
def test_streamed_check_says_what_a_whole_read_says(
    doc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "l.json", doc)
    whole = run("check", "--json", path)
    from batchmodels._cli import _input

    monkeypatch.setattr(_input, "STREAM_BYTES", 1)
    for chunk in (1, 7, 4096):
        monkeypatch.setattr(_input, "_CHUNK", chunk)
        streamed = run("check", "--json", path)
        assert (streamed.code, streamed.json()) == (whole.code, whole.json())


@pytest.mark.usefixtures("stream_everything")
def test_streamed_check_shows_progress_while_it_reads(tmp_path: Path) -> None:
    path = write(tmp_path, "l.json", {"value": [job(), job()]})
    r = run("check", path)
    assert r.code == 0, r
    progress = r.err.splitlines()[:-1]
    assert len(progress) > 2
    assert all(line.startswith("read ") and f"MB of {path}, checked " in line for line in progress)
    assert progress[-1].endswith("checked 2 bodies")
    assert r.err.splitlines()[-1] == "checked 2 jobs in 1 file: no problems"
    assert run("check", "-q", path).err == ""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"value": [{"id": 1}, {"id": ', "not JSON"),
        ('{"value": [{"id": 1} {"id": 2}]}', "not JSON: Expecting ',' delimiter"),
        ('[{"poolInfo": {}}] x', "not JSON: Extra data"),
        ('{"value": [{"poolInfo": {}}], 5: 1}', "not JSON: Expecting property name"),
        ('{"value": [{"poolInfo": {}}]] ', "not JSON: Expecting ',' delimiter"),
        ('{"value": [{"p": NaN}]}', "NaN is not valid JSON"),
        ('{"value": [{"p": 1e400}]}', "not JSON"),
        ("[" + json.dumps(TASK) + "]", "no job found: $[0]: commandLine is a field of BatchTask"),
    ],
)
@pytest.mark.usefixtures("stream_everything")
def test_streamed_unusable_input_exits_2(text: str, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    r = run("check", str(path))
    assert r.code == 2, r
    assert reason in r.err
    # problems are printed as they are found: those of items read before the break show
    assert all(line.startswith(f"{path}: $") for line in r.out.splitlines())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers()
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.text(),
            lambda inner: (
                st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3)
            ),
            max_leaves=8,
        ),
        max_size=5,
    ),
    chunk=st.integers(1, 64),
    indent=st.sampled_from([None, 1]),
    wrapped=st.booleans(),
)
def test_stream_parser_reads_what_json_reads(
    items: List[Any], chunk: int, indent: Optional[int], wrapped: bool
) -> None:
    from batchmodels._cli import _input

    doc: Any = {"odata.x": 1, "value": items} if wrapped else items
    raw = json.dumps(doc, indent=indent, ensure_ascii=False).encode("utf-8")
    stream = _input._ListStream(io.BytesIO(raw), len(raw), lambda done, size: None)
    saved = _input._CHUNK
    _input._CHUNK = chunk
    try:
        found = [item for _, item in stream.items()]
    finally:
        _input._CHUNK = saved
    assert found == items


def test_a_large_list_file_is_checked_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    from batchmodels._cli import _input

    path = write(tmp_path, "big.json", {"value": [example()] * 600})
    size = os.path.getsize(path)
    run("check", "-q", "--example")  # import and set up everything first
    monkeypatch.setattr(_input, "_CHUNK", 16 * 1024)
    peaks = {}
    for streamed in (False, True):
        monkeypatch.setattr(_input, "STREAM_BYTES", 1 if streamed else 1 << 40)
        tracemalloc.start()
        try:
            r = run("check", "-q", path)
            peaks[streamed] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert r.code == 0, r
    assert peaks[False] > size  # the whole document in memory at once
    assert peaks[True] < size / 2  # a window and one item at a time


def test_show_any_model_field_by_field(tmp_path: Path) -> None:
    user = {"name": "u", "isAdmin": True, "expiryTime": "2025-01-01T00:00:00Z", "password": SECRET}
    r = run("show", "--type", "BatchNodeUserCreateOptions", write(tmp_path, "u.json", user))
    assert r.code == 0, r
    assert table(r.out) == {
        "name": ["u"],
        "is admin": ["yes"],
        "expiry time": ["2025-01-01 00:00:00 UTC"],
        "password": ["***"],
    }
    pool = {
        "id": "p",
        "allocationState": "steady",
        "startTask": {"commandLine": "echo", "userIdentity": {"userName": "u"}},
        "userAccounts": [{"name": "a", "password": SECRET}],
        "futureField": [1, 2],
    }
    p = run("show", "--type", "BatchPool", write(tmp_path, "p.json", pool))
    assert p.code == 0, p
    assert table(p.out) == {
        "id": ["p"],
        "allocation state": ["steady"],
        "start task": ['{"commandLine":"echo","userIdentity":{"userName":"u"}}'],
        "user accounts": ['[{"name":"a","password":"***"}]'],
        "futureField": ["[1,2]"],
    }
    assert SECRET not in r.out + p.out


@pytest.mark.parametrize("args", [("check", "--example"), ("show", "--example"), ("nope",)])
def test_the_module_entry_point_runs_the_same_command(args: Any) -> None:
    inside, outside = run(*args), run_process(*args)
    assert (inside.code, inside.out) == (outside.code, outside.out)
    assert "Traceback" not in outside.err


# --- show: long values wrap, none is cut ----------------------------------------------------

LONG_POOL = {
    "id": "p",
    "virtualMachineConfiguration": {
        "imageReference": {"publisher": "Canonical", "offer": "ubuntu-24_04-lts", "sku": "s"},
        "nodeAgentSKUId": "batch.node.ubuntu 24.04",
        "dataDisks": [{"lun": n, "diskSizeGB": 100 * n, "caching": "readwrite"} for n in range(6)],
    },
    "startTask": {"commandLine": "/bin/sh -c 'x' " + "--flag-" * 30},
}


@pytest.mark.parametrize("width", [56, 80, 120])
def test_show_wraps_long_nested_values_to_the_width_without_cutting(
    width: int, tmp_path: Path
) -> None:
    r = run(
        "show", "--type", "BatchPool", "--width", str(width), write(tmp_path, "p.json", LONG_POOL)
    )
    assert r.code == 0, r
    assert all(len(line) <= width for line in lines(r.out)), r.out
    rows = table(r.out)
    config = "".join(line.strip() for line in rows["virtual machine configuration"])
    assert json.loads(config) == LONG_POOL["virtualMachineConfiguration"]
    assert len(rows["virtual machine configuration"]) > 1
    assert "..." not in r.out


def test_show_piped_without_width_keeps_each_value_on_one_line(tmp_path: Path) -> None:
    r = run("show", "--type", "BatchPool", write(tmp_path, "p.json", LONG_POOL))
    assert r.code == 0, r
    rows = table(r.out)
    assert [json.loads(v) for v in rows["virtual machine configuration"]] == [
        LONG_POOL["virtualMachineConfiguration"]
    ]
    path = write(tmp_path, "p.json", LONG_POOL)
    assert run("show", "--width", "0", "--type", "BatchPool", path).out == r.out


def test_show_job_command_lines_are_not_cut(tmp_path: Path) -> None:
    command = "python3 render.py " + " ".join(f"--frame {n}" for n in range(30))
    body = job(jobManagerTask={"id": "jm", "commandLine": command})
    r = run("show", "--width", "70", write(tmp_path, "j.json", body))
    assert r.code == 0, r
    assert "..." not in r.out
    manager = "".join(line.strip() + " " for line in table(r.out)["job manager task"])
    assert command.replace(" ", "") in manager.replace(" ", "")


def test_show_wraps_to_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    from batchmodels._cli import _show

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.setattr(_show.shutil, "get_terminal_size", lambda: os.terminal_size((57, 20)))
    assert _show.table_width(None) == 57
    assert _show.table_width(90) == 90
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert _show.table_width(None) == 0


@pytest.mark.parametrize("width", ["-1", "wide"])
def test_show_width_must_be_a_number_of_columns(width: str) -> None:
    r = run("show", "--example", "--width", width)
    assert r.code == 2, r
    assert "not a number of columns" in r.err
