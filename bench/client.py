"""The official client, both ways round: azure-batch's ``BatchClient`` against
``batchmodels.azure.BatchClient``, over one in-process transport serving a canned reply.

C1 lists jobs and reads five fields of each, C2 does the same for tasks, C3 gets one job and
reads the same five fields. The clients, their pipelines and the transport are the real
ones; only the network is replaced (tests/compat/_fake_streams). Times are µs per listed
item (C1, C2) or per call (C3).
"""

from __future__ import annotations

import copy
import gc
import json
import statistics
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

from codegen import make_five_reader
from inputs import UNLIMITED, Templates, job_list_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

__all__ = ["CLIENTS", "CLIENT_WORKLOADS", "measure_clients", "task_list_text"]

CLIENT_WORKLOADS: Dict[str, str] = {
    "C1": "list_jobs through the client, read five fields of each job",
    "C2": "list_tasks through the client, read five fields of each task",
    "C3": "get_job through the client, read five fields (µs per call)",
}
CLIENTS = {"bm-client": "batchmodels.azure", "azure-client": "azure-batch client"}
GETS_PER_RUN = 200
"""C3 calls per timed run (the time reported is per call)."""

_TASK: Dict[str, Any] = {
    "id": "render-frame-0001",
    "url": "https://account.region.batch.azure.com/jobs/nightly/tasks/render-frame-0001",
    "eTag": "0x8D4125FD1A825A4",
    "creationTime": "2025-03-02T04:10:09.4733476Z",
    "lastModified": "2025-03-02T04:10:09.4733476Z",
    "state": "completed",
    "stateTransitionTime": "2025-03-02T04:12:41.1880389Z",
    "previousState": "running",
    "previousStateTransitionTime": "2025-03-02T04:10:12.6736345Z",
    "commandLine": "/bin/sh -c 'render --frame 1'",
    "resourceFiles": [{"storageContainerUrl": "https://store.blob.core.windows.net/scenes"}],
    "environmentSettings": [{"name": "FRAME", "value": "1"}],
    "userIdentity": {"autoUser": {"scope": "task", "elevationLevel": "nonadmin"}},
    "constraints": {
        "maxWallClockTime": UNLIMITED,
        "retentionTime": "P7D",
        "maxTaskRetryCount": 2,
    },
    "requiredSlots": 1,
    "executionInfo": {
        "startTime": "2025-03-02T04:10:12.6736345Z",
        "endTime": "2025-03-02T04:12:41.1880389Z",
        "exitCode": 0,
        "retryCount": 0,
        "requeueCount": 0,
        "result": "success",
    },
    "nodeInfo": {
        "affinityId": "TVM:tvm-1219235766_1-20161121t222440z",
        "nodeUrl": "https://account.region.batch.azure.com/pools/pool-1/nodes/tvm-1",
        "poolId": "pool-1",
        "nodeId": "tvm-1219235766_1-20161121t222440z",
        "taskRootDirectory": "workitems/nightly/job-1/render-frame-0001",
    },
}


def task_list_text(count: int, seed: int) -> str:
    """A list response of ``count`` completed tasks with unique ids and exit codes."""
    tasks = []
    for i in range(count):
        task = copy.deepcopy(_TASK)
        task["id"] = f"render-{seed}-{i}"
        task["executionInfo"]["exitCode"] = i % 3
        tasks.append(task)
    return json.dumps({"value": tasks})


def _read_five_tasks(tasks: Any) -> List[Any]:
    seen = []
    for t in tasks:
        run, node = t.execution_info, t.node_info
        seen.append((t.id, t.state, t.creation_time, run and run.exit_code, node and node.node_id))
    return seen


_read_five_jobs = make_five_reader()


def _clients() -> Dict[str, Tuple[Any, Any]]:
    from azure.batch import BatchClient

    import batchmodels.azure
    from compat._fake_service import ENDPOINT, FakeCredential
    from compat._fake_streams import StreamingTransport

    out = {}
    for name, cls in (("bm-client", batchmodels.azure.BatchClient), ("azure-client", BatchClient)):
        transport = StreamingTransport([])
        out[name] = (cls(ENDPOINT, FakeCredential(), transport=transport), transport)
    return out


def _list_jobs(client: Any) -> None:
    _read_five_jobs(client.list_jobs())


def _list_tasks(client: Any) -> None:
    _read_five_tasks(client.list_tasks("nightly"))


def _get_jobs(client: Any) -> None:
    get = client.get_job
    _read_five_jobs([get("nightly-render-0001") for _ in range(GETS_PER_RUN)])


def measure_clients(
    workloads: List[str], templates: Templates, count: int, repeats: int, clock: Callable[[], float]
) -> Dict[str, Dict[str, List[float]]]:
    """``{workload: {client: [µs per item for each repeat after the warm-up]}}``."""
    clients = _clients()
    results: Dict[str, Dict[str, List[float]]] = {}
    for workload in workloads:
        runs: Dict[str, List[float]] = {name: [] for name in clients}
        for rep in range(repeats + 1):  # repeat 0 is the warm-up
            seed = 2000 + rep
            if workload == "C1":
                body, op, per = job_list_text(templates, count, seed).encode(), _list_jobs, count
            elif workload == "C2":
                body, op, per = task_list_text(count, seed).encode(), _list_tasks, count
            else:
                body = json.dumps({**templates.typical, "id": f"job-{seed}"}).encode()
                op, per = _get_jobs, GETS_PER_RUN
            names = list(clients)
            order = names[rep % len(names) :] + names[: rep % len(names)]
            for name in order:
                client, transport = clients[name]
                transport.replies = [(200, body)] * (GETS_PER_RUN if workload == "C3" else 1)
                gc.collect()
                gc.disable()
                try:
                    start = clock()
                    op(client)
                    elapsed = clock() - start
                finally:
                    gc.enable()
                transport.requests.clear()
                if rep:
                    runs[name].append(elapsed / per * 1e6)
        results[workload] = runs
        line = "  ".join(f"{n}={statistics.median(v):.1f}" for n, v in runs.items())
        print(f"  {workload}: {line} µs/item", flush=True)
    return results


def client_targets(med: Dict[str, Dict[str, float]]) -> List[Dict[str, Any]]:
    """Issue 17's target: listing through batchmodels.azure takes at most 1/8 of the time
    azure-batch's client takes, in the same run."""
    rows = []
    for workload in ("C1", "C2"):
        got = med.get(workload, {})
        mine, theirs = got.get("bm-client"), got.get("azure-client")
        value = mine / theirs if mine and theirs else None
        rows.append(
            {
                "target": f"{workload} batchmodels.azure / azure-batch client <= 1/8",
                "value": value,
                "limit": 0.125,
                "met": None if value is None else value <= 0.125,
            }
        )
    return rows


def render_clients(
    med: Dict[str, Dict[str, float]],
    table: Callable[[List[str], List[List[str]]], str],
    fmt: Callable[[Any], str],
    ratio_fmt: Callable[[Any], str],
) -> List[str]:
    """The client table: µs per listed item (C1, C2) or per call (C3), and the ratio."""
    header = ["through the client", *CLIENTS.values(), "ratio"]
    rows = []
    for workload, text in CLIENT_WORKLOADS.items():
        got = med.get(workload)
        if not got:
            continue
        mine, theirs = got.get("bm-client"), got.get("azure-client")
        ratio = mine / theirs if mine and theirs else None
        rows.append([f"{workload} {text}", fmt(mine), fmt(theirs), ratio_fmt(ratio)])
    return [table(header, rows)] if rows else []
