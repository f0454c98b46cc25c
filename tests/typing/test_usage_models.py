"""The azure-batch style snippets of usage_models.py run and build the expected bodies."""

from __future__ import annotations

import json

import usage_models

import batchmodels


def test_create_job_body() -> None:
    body = usage_models.create_job_body()
    assert json.loads(batchmodels.dumps(body)) == {
        "id": "nightly-render",
        "displayName": "Nightly render",
        "priority": 100,
        "constraints": {"maxWallClockTime": "PT6H", "maxTaskRetryCount": 3},
        "jobManagerTask": {
            "id": "manager",
            "commandLine": "/bin/bash -c 'python3 split.py'",
            "resourceFiles": [{"httpUrl": "https://example.com/split.py", "filePath": "split.py"}],
            "killJobOnCompletion": True,
        },
        "poolInfo": {"poolId": "render-pool"},
        "onAllTasksComplete": "terminatejob",
        "metadata": [{"name": "team", "value": "graphics"}],
    }
    assert batchmodels.validate(body) == []


def test_update_schedule_pool_and_task_bodies() -> None:
    assert usage_models.update_job_body().as_dict() == {"priority": 10}
    schedule = usage_models.schedule_body().as_dict()
    assert schedule["schedule"] == {"recurrenceInterval": "P1D"}
    pool = usage_models.pool_body()
    assert pool.as_dict()["userAccounts"][0]["password"] == "not-a-real-secret"
    assert "not-a-real-secret" not in repr(pool)
    task = usage_models.task_body().as_dict()
    assert task["dependsOn"] == {"taskIds": ["frame-5", "frame-6"]}
    assert task["exitConditions"] == {"default": {"jobAction": "none"}}


def test_read_task_counts() -> None:
    counts = {
        "taskCounts": {"active": 1, "running": 2, "completed": 3, "succeeded": 3, "failed": 0},
        "taskSlotCounts": {"active": 1, "running": 2, "completed": 3, "succeeded": 3, "failed": 0},
    }
    assert usage_models.read_task_counts(counts) == 2
