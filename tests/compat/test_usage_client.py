"""Runs the typed client script of tests/typing/usage_client.py over fake transports."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path
from typing import Any, Dict

import pytest

pytest.importorskip("azure.batch")

from ._fake_service import sent_text
from ._fake_streams import async_models_client, models_client

_SCRIPT = Path(__file__).resolve().parents[1] / "typing" / "usage_client.py"
_SPEC = importlib.util.spec_from_file_location("usage_client", _SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
usage_client = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(usage_client)

JOB: Dict[str, Any] = {"id": "render-42", "state": "active", "priority": 10}


def test_submit_sends_batchmodels_bodies() -> None:
    client, transport = models_client((201, None), (201, None))
    usage_client.submit(client)
    assert [sent_text(r) for r in transport.requests] == [
        '{"id": "render-42", "poolInfo": {"poolId": "render-pool"},'
        ' "constraints": {"maxWallClockTime": "PT6H"}}',
        '{"id": "frame-1", "commandLine": "render 1"}',
    ]


def test_active_jobs_and_failed_tasks() -> None:
    page = {"value": [JOB, {**JOB, "id": "old", "state": "completed"}]}
    tasks = {
        "value": [
            {"id": "t1", "executionInfo": {"exitCode": 0}},
            {"id": "t2", "executionInfo": {"exitCode": 3}},
            {"id": "t3"},
        ]
    }
    client, _ = models_client((200, page), (200, tasks))
    assert usage_client.active_jobs(client) == [("render-42", None)]
    assert usage_client.failed_tasks(client, "render-42") == ["t2"]


def test_raise_priority_patches() -> None:
    client, transport = models_client((200, JOB), (200, None), (200, None))
    assert usage_client.raise_priority(client, "render-42") == 10
    assert [sent_text(r) for r in transport.requests[1:]] == [
        '{"priority": 110}',
        '{"maxParallelTasks": null}',
    ]


def test_error_code() -> None:
    error = {"code": "JobNotFound", "message": {"lang": "en-US", "value": "no such job"}}
    client, _ = models_client((404, error), (200, JOB))
    assert usage_client.error_code(client, "missing") == "JobNotFound"
    assert usage_client.error_code(client, "render-42") is None


def test_job_ids_async() -> None:
    client, _ = async_models_client((200, JOB), (200, {"value": [JOB, {"id": "b"}]}))
    assert asyncio.run(usage_client.job_ids_async(client)) == ["render-42", "b"]
