"""Runs the typed request examples of usage_requests.py (mypy and pyright check them)."""

from __future__ import annotations

import json

import usage_requests


def test_create_body_by_keywords() -> None:
    assert json.loads(usage_requests.create_body()) == {
        "id": "render-42",
        "poolInfo": {"poolId": "render-pool"},
        "priority": 100,
        "constraints": {"maxWallClockTime": "PT6H"},
        "jobManagerTask": {"id": "manager", "commandLine": "python render.py"},
    }


def test_filter_a_list_response() -> None:
    urgent, next_link = usage_requests.filter_list()
    assert urgent == ["c"]
    assert next_link == "https://account.region.batch.azure.com/jobs?$skiptoken=2"


def test_minimal_patch_from_an_edited_job() -> None:
    body, left_out = usage_requests.minimal_patch()
    assert body == (
        '{"priority": 500, "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S",'
        ' "maxTaskRetryCount": 3}, "metadata": null}'
    )
    assert left_out == ["$.lastModified: read-only"]


def test_clone_and_schedule() -> None:
    clone, patch = usage_requests.clone_and_schedule()
    assert clone.as_dict() == {
        "id": "render-43",
        "priority": 100,
        "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0},
        "poolInfo": {"poolId": "render-pool"},
        "metadata": [{"name": "owner", "value": "me"}],
    }
    assert patch.as_dict() == {"metadata": []}
