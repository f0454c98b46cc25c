"""The command line, hardening round 3 (issue 20): streamed input of any encoding and size."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict

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
