"""A consumer's hook (``_consumer_hook``) run twice through azure-batch's real ``BatchClient``:
as written, and with ``azure.batch.models`` swapped for ``batchmodels.models`` in
``sys.modules`` before the hook is imported. Every request must carry the same bytes.

The one allowed difference is documented in docs/migration.md: a duration written from
Python (``PT1H`` from batchmodels, ``PT01H00M00S`` from azure-batch) — the same value.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, List, Tuple

import pytest

pytest.importorskip("azure.batch")

import batchmodels.models
from helpers.fixtures import parse_duration

from ._fake_service import client_with, sent_text

HOOK = Path(__file__).with_name("_consumer_hook.py")
CREATED = (201, None)
TASKS_ADDED = (200, {"value": [{"status": "success", "taskId": f"task-{i}"} for i in (2, 3, 4)]})
REPLIES = [CREATED, CREATED, CREATED, TASKS_ADDED, CREATED, (200, None), (200, None)]
Request = Tuple[str, str, str]


def load_hook(swap: bool) -> ModuleType:
    """A fresh copy of the hook module; with ``swap``, imported against batchmodels.models."""
    name = f"consumer_hook_{'batchmodels' if swap else 'azure'}"
    spec = importlib.util.spec_from_file_location(name, HOOK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    with pytest.MonkeyPatch.context() as patch:
        if swap:
            patch.setitem(sys.modules, "azure.batch.models", batchmodels.models)
        spec.loader.exec_module(module)
    return module


def drive(hook_module: ModuleType) -> List[Request]:
    """What a workflow does with the hook: pool, job, tasks, schedule, PATCH, PUT."""
    client, transport = client_with(*REPLIES)
    hook = hook_module.BatchHook(client)
    hook.create_pool(
        hook.configure_pool(
            "render-pool",
            "standard_d2s_v3",
            "canonical",
            "0001-com-ubuntu-server-jammy",
            "22_04-lts",
            "batch.node.ubuntu 22.04",
            display_name="Render pool",
            target_dedicated_nodes=2,
            start_task_command="/bin/sh -c 'apt-get install -y ffmpeg'",
            resize_timeout=dt.timedelta(minutes=15),
            task_slots_per_node=4,
        )
    )
    hook.create_job(
        hook.configure_job(
            "render-42",
            "render-pool",
            display_name="Nightly render",
            job_manager_command="python manage.py",
            max_wall_clock_time=dt.timedelta(hours=6, minutes=30),
            metadata={"owner": "render-team"},
            priority=100,
            uses_task_dependencies=False,
        )
    )
    hook.add_single_task_to_job(
        "render-42",
        hook.configure_task(
            "task-1",
            "/bin/sh -c 'render --frame 1'",
            display_name="Frame 1",
            container_image="ubuntu:22.04",
            input_urls=["https://store.blob.core.windows.net/scenes/shot1.blend"],
            output_container_url="https://store.blob.core.windows.net/frames?sv=2024&sig=abc",
            environment={"FRAME": "1", "QUALITY": "high"},
            retention_time=dt.timedelta(days=7),
            required_slots=2,
        ),
    )
    hook.add_tasks_to_job(
        "render-42", [hook.configure_task(f"task-{i}", f"render --frame {i}") for i in (2, 3, 4)]
    )
    hook.create_job_schedule(
        hook.configure_job_schedule(
            "nightly",
            "render-pool",
            dt.timedelta(days=1),
            do_not_run_until=dt.datetime(2026, 1, 1, 2, 30, tzinfo=dt.timezone.utc),
            priority=10,
        )
    )
    hook.reprioritise_job("render-42", 500)
    hook.replace_job("render-42", "render-pool-2", 50)
    assert transport.replies == []
    return [(r.method, r.url, sent_text(r)) for r in transport.requests]


def differences(ours: str, theirs: str) -> List[str]:
    """Where two JSON texts differ (key order counts): ``path: ours != theirs``."""
    found: List[str] = []

    def walk(a: Any, b: Any, path: str) -> None:
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            if all(isinstance(x, tuple) for x in a + b):  # an object, as its ordered pairs
                if [k for k, _ in a] != [k for k, _ in b]:
                    found.append(f"{path}: keys {[k for k, _ in a]} != {[k for k, _ in b]}")
                    return
                for (key, x), (_, y) in zip(a, b):
                    walk(x, y, f"{path}.{key}")
                return
            for i, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{path}[{i}]")
        elif type(a) is not type(b) or a != b:
            found.append(f"{path}: {a!r} != {b!r}")

    pairs = json.loads(ours, object_pairs_hook=list), json.loads(theirs, object_pairs_hook=list)
    walk(*pairs, "$")
    return found


def is_duration_text_only(difference: str) -> bool:
    """A difference in how one duration value is written (docs/migration.md)."""
    _, _, values = difference.partition(": ")
    ours, _, theirs = values.partition(" != ")
    try:
        return parse_duration(json.loads(ours.replace("'", '"'))) == parse_duration(
            json.loads(theirs.replace("'", '"'))
        )
    except ValueError:
        return False


@pytest.fixture(scope="module")
def sent() -> Tuple[List[Request], List[Request]]:
    return drive(load_hook(swap=True)), drive(load_hook(swap=False))


def test_the_swap_gives_the_hook_batchmodels_classes() -> None:
    swapped, plain = load_hook(swap=True), load_hook(swap=False)
    assert swapped.BatchJobCreateOptions is batchmodels.models.BatchJobCreateOptions
    assert plain.BatchJobCreateOptions.__module__.startswith("azure.batch.models")
    assert sys.modules["azure.batch.models"] is not batchmodels.models


def test_every_request_goes_to_the_same_place(sent: Tuple[List[Request], List[Request]]) -> None:
    ours, theirs = sent
    assert [(m, u) for m, u, _ in ours] == [(m, u) for m, u, _ in theirs]
    assert [m for m, _, _ in ours] == ["POST"] * 5 + ["PATCH", "PUT"]


def test_every_body_has_the_same_bytes_but_for_duration_text(
    sent: Tuple[List[Request], List[Request]],
) -> None:
    ours, theirs = sent
    allowed = []
    for (method, url, mine), (_, _, azure) in zip(ours, theirs):
        if mine == azure:
            continue
        found = differences(mine, azure)
        assert found, f"{method} {url}: same JSON, different bytes"
        assert [d for d in found if not is_duration_text_only(d)] == [], f"{method} {url}"
        allowed += found
    assert sorted(d.split(":")[0] for d in allowed) == [
        "$.constraints.maxWallClockTime",  # PT6H30M / PT06H30M00S
        "$.resizeTimeout",  # PT15M / PT15M00S (a whole number of days, P7D, is written alike)
    ]


def test_the_patch_and_put_bodies(sent: Tuple[List[Request], List[Request]]) -> None:
    ours, theirs = sent
    assert (
        ours[5][2]
        == theirs[5][2]
        == ('{"priority": 500, "maxParallelTasks": null, "metadata": null}')
    )
    assert ours[6][2] == theirs[6][2]
