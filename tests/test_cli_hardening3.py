"""The command line, hardening round 3 (issue 20): streamed input of any encoding and size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, Tuple

import pytest

from test_cli import run


def job(**wire: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {"id": "job-1", "poolInfo": {"poolId": "pool-1"}}
    data.update(wire)
    return data


@pytest.fixture
def stream_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every file item by item (as files of 16 MB and more are), in small chunks."""
    from batchmodels._cli import _input

    monkeypatch.setattr(_input, "STREAM_BYTES", 1)
    monkeypatch.setattr(_input, "_CHUNK", 7)


@pytest.mark.usefixtures("stream_everything")
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_streamed_list_files_of_any_json_encoding_are_checked(
    encoding: str, tmp_path: Path
) -> None:
    path = tmp_path / "list.json"
    doc = {"value": [job(), job(priority=5000)]}
    path.write_bytes(json.dumps(doc, ensure_ascii=False).encode(encoding))
    r = run("check", "--json", str(path))
    assert r.code == 1, r
    assert r.json()["bodies"] == 2
    assert [p["path"] for p in r.json()["problems"]] == ["$.value[1].priority"]


@pytest.mark.usefixtures("stream_everything")
def test_the_progress_line_escapes_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[2J\x1b]0;title\x07.json"
    path.write_text(json.dumps({"value": [job()]}))
    r = run("check", str(path))
    assert r.code == 0, r
    assert r.err.count("read ") >= 1
    assert "\x1b" not in r.err and "\x07" not in r.err


_PEAK = """
import os, resource, sys
from batchmodels._cli import _input
_input.STREAM_BYTES = 1  # streamed, as files of 16 MB and more are
from batchmodels._cli import main
sys.stdout = open(os.devnull, "w")
try:
    main(["check", sys.argv[1]])
except SystemExit:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def _peak_kib(path: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)], capture_output=True, text=True, timeout=300
    )
    assert " errors\n" in done.stderr, done.stderr
    return int(done.stderr.split()[-1])


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX only")
def test_check_keeps_memory_bounded_whatever_the_number_of_problems(tmp_path: Path) -> None:
    # One job, then objects that are no body: each is one problem, printed as it is found.
    peaks = []
    for count in (20_000, 400_000):
        path = tmp_path / f"{count}.json"
        path.write_text("[" + json.dumps(job()) + ",{}" * count + "]")
        peaks.append(_peak_kib(path))
    assert peaks[1] - peaks[0] < 12 * 1024, peaks  # when kept, 380,000 more took ~55 MB


# The peak resident memory of ``python -m batchmodels ARGS``, run as the only child of a fresh
# interpreter (RUSAGE_CHILDREN of this process would count every earlier child too).
_CHILD_PEAK = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "batchmodels", *sys.argv[1:]],
                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(done.stderr[-300:])
"""


def _cli_peak_kib(*args: str) -> Tuple[int, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD_PEAK, *args], capture_output=True, text=True, timeout=300
    )
    code, peak = done.stdout.split("\n", 1)[0].split()
    return int(code), int(peak), done.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX only")
def test_the_cli_checks_a_streamed_list_of_320000_problems_in_the_memory_of_a_clean_one(
    tmp_path: Path,
) -> None:
    # Files of 16 MB and more are streamed: the same size, full of problems or clean.
    first = json.dumps(job())
    bad = "[" + first + (", {}" + " " * 49) * 320_000 + "]"
    clean = "[" + first + " " * (len(bad) - len(first) - 2) + "]"
    (tmp_path / "bad.json").write_text(bad)
    (tmp_path / "clean.json").write_text(clean)
    code, bad_peak, out = _cli_peak_kib("check", str(tmp_path / "bad.json"))
    assert code == 1 and "320000 errors" in out, out
    code, clean_peak, out = _cli_peak_kib("check", str(tmp_path / "clean.json"))
    assert code == 0 and "no problems" in out, out
    # Measured: 22.8 against 22.7 MiB; keeping every problem took ~90 MB more.
    assert bad_peak - clean_peak < 24 * 1024, (bad_peak, clean_peak)
