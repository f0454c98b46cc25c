"""The documented Batch ranges declared on model fields, one table row per rule.

Each row names a model, a valid wire body for it and the wire path of a field with a rule;
``validate`` must accept the values just inside the range and report each value just
outside it, at that path and only there. A last test checks that the table covers every
field of every model that declares a rule.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any, Dict, List, Optional, Set, Tuple, Union

import pytest

from batchmodels import Model, fields, validate
from batchmodels import models as m

Path = Tuple[Union[str, int], ...]


@dataclasses.dataclass(frozen=True)
class Rule:
    """Wire values just inside and just outside a range, and the message for the latter."""

    good: Tuple[Any, ...]
    bad: Tuple[Any, ...]
    message: str


AT_LEAST_0 = Rule((0, 7), (-1,), "must be at least 0")
AT_LEAST_0_TEXT = Rule(("0", "7"), ("-1",), "must be at least 0")  # int64 sent as a string
AT_LEAST_0_GIB = Rule((0.0, 2.5), (-0.5,), "must be at least 0")
AT_LEAST_1 = Rule((1, 4), (0,), "must be at least 1")
AT_LEAST_MINUS_1 = Rule((-1, 0, 3), (-2,), "must be at least -1")
PRIORITY = Rule((-1000, 0, 1000), (-1001, 1001), "must be between -1000 and 1000")
PARALLEL_TASKS = Rule((-1, 1, 500), (0, -2), "must be -1 or greater than 0")
SLOTS = Rule((1, 256), (0, 257), "must be between 1 and 256")
RESIZE_TIMEOUT = Rule(("PT5M", "PT1H"), ("PT4M59S",), "must be at least PT5M")
AUTOSCALE_INTERVAL = Rule(
    ("PT5M", "P7D", "PT168H"), ("PT4M59S", "P7DT1S"), "must be between PT5M and P7D"
)
SCHEDULE_INTERVAL = Rule(("PT1M", "P1D"), ("PT59S", "PT0S"), "must be at least PT1M")

T = "2025-06-01T10:00:00Z"
STATS = {
    "url": "https://a.b/stats",
    "startTime": T,
    "lastUpdateTime": T,
    "userCPUTime": "PT1S",
    "kernelCPUTime": "PT1S",
    "wallClockTime": "PT1S",
    "readIOps": "0",
    "writeIOps": "0",
    "readIOGiB": 0.0,
    "writeIOGiB": 0.0,
    "numSucceededTasks": "0",
    "numFailedTasks": "0",
    "numTaskRetries": "0",
    "waitTime": "PT1S",
}
TASK_STATS = {k: v for k, v in STATS.items() if not k.startswith("num")}
TASK_COUNTS = dict.fromkeys(["active", "running", "completed", "succeeded", "failed"], 0)
NODE_COUNTS = dict.fromkeys(
    [
        "creating",
        "idle",
        "offline",
        "preempted",
        "rebooting",
        "reimaging",
        "running",
        "starting",
        "startTaskFailed",
        "leavingPool",
        "unknown",
        "unusable",
        "waitingForStartTask",
        "deallocated",
        "deallocating",
        "total",
        "upgradingOS",
    ],
    0,
)
POOL_RESOURCE_STATS: Dict[str, Any] = {
    "startTime": T,
    "lastUpdateTime": T,
    "avgCPUPercentage": 0.0,
    "avgMemoryGiB": 0.0,
    "peakMemoryGiB": 0.0,
    "avgDiskGiB": 0.0,
    "peakDiskGiB": 0.0,
    "diskReadIOps": "0",
    "diskWriteIOps": "0",
    "diskReadGiB": 0.0,
    "diskWriteGiB": 0.0,
    "networkReadGiB": 0.0,
    "networkWriteGiB": 0.0,
}
RESOURCE = {"url": "https://a.b/r", "eTag": "0x1", "lastModified": T, "creationTime": T}
JOB = {
    "id": "job-1",
    **RESOURCE,
    "state": "active",
    "stateTransitionTime": T,
    "poolInfo": {"poolId": "pool-1"},
    "constraints": {},
    "jobManagerTask": {"id": "jm", "commandLine": "c", "constraints": {}},
    "stats": STATS,
}
JOB_SPEC = {"poolInfo": {"poolId": "pool-1"}, "constraints": {}}
SCHEDULE_CREATE = {"id": "s", "schedule": {}, "jobSpecification": JOB_SPEC}
SCHEDULE = {
    "id": "s",
    **RESOURCE,
    "state": "active",
    "stateTransitionTime": T,
    "jobSpecification": JOB_SPEC,
    "executionInfo": {},
    "stats": STATS,
}
POOL = {
    "id": "pool-1",
    **RESOURCE,
    "state": "active",
    "stateTransitionTime": T,
    "vmSize": "standard_d2s_v3",
    "currentDedicatedNodes": 0,
    "currentLowPriorityNodes": 0,
    "stats": {"url": "https://a.b/s", "startTime": T, "lastUpdateTime": T},
}
NODE = {
    "id": "node-1",
    "url": "https://a.b/n",
    "state": "idle",
    "stateTransitionTime": T,
    "lastBootTime": T,
    "allocationTime": T,
    "ipAddress": "10.0.0.4",
    "ipv6Address": "::1",
    "affinityId": "a",
    "vmSize": "standard_d2s_v3",
    "totalTasksRun": 0,
    "virtualMachineInfo": {},
    "startTaskInfo": {"state": "completed", "startTime": T, "retryCount": 0},
}
TASK_CREATE = {"id": "t", "commandLine": "c", "constraints": {}}
TASK = {
    **TASK_CREATE,
    **RESOURCE,
    "state": "active",
    "stateTransitionTime": T,
    "executionInfo": {"retryCount": 0, "requeueCount": 0},
    "multiInstanceSettings": {"coordinationCommandLine": "c"},
    "stats": TASK_STATS,
}
NAT_POOL = {
    "name": "ssh",
    "protocol": "tcp",
    "backendPort": 22,
    "frontendPortRangeStart": 15000,
    "frontendPortRangeEnd": 15100,
    "networkSecurityGroupRules": [
        {"priority": 150, "access": "allow", "sourceAddressPrefix": "*"},
    ],
}
PREP_INFO = {"startTime": T, "state": "completed", "retryCount": 0}

Case = Tuple[type, Dict[str, Any], Path, Rule]

CASES: List[Case] = [
    # jobs, job schedules and their templates
    (m.BatchJob, JOB, ("priority",), PRIORITY),
    (m.BatchJob, JOB, ("maxParallelTasks",), PARALLEL_TASKS),
    (m.BatchJob, JOB, ("constraints", "maxTaskRetryCount"), AT_LEAST_MINUS_1),
    (m.BatchJob, JOB, ("jobManagerTask", "requiredSlots"), AT_LEAST_1),
    (m.BatchJob, JOB, ("jobManagerTask", "constraints", "maxTaskRetryCount"), AT_LEAST_MINUS_1),
    (m.BatchJobCreateOptions, JOB_SPEC | {"id": "j"}, ("priority",), PRIORITY),
    (m.BatchJobCreateOptions, JOB_SPEC | {"id": "j"}, ("maxParallelTasks",), PARALLEL_TASKS),
    (m.BatchJobUpdateOptions, {}, ("priority",), PRIORITY),
    (m.BatchJobUpdateOptions, {}, ("maxParallelTasks",), PARALLEL_TASKS),
    (m.BatchJobScheduleCreateOptions, SCHEDULE_CREATE, ("jobSpecification", "priority"), PRIORITY),
    (
        m.BatchJobScheduleCreateOptions,
        SCHEDULE_CREATE,
        ("jobSpecification", "maxParallelTasks"),
        PARALLEL_TASKS,
    ),
    (
        m.BatchJobScheduleCreateOptions,
        SCHEDULE_CREATE,
        ("schedule", "recurrenceInterval"),
        SCHEDULE_INTERVAL,
    ),
    (
        m.BatchJobScheduleUpdateOptions,
        {"schedule": {}},
        ("schedule", "startWindow"),
        SCHEDULE_INTERVAL,
    ),
    (
        m.BatchJobPreparationAndReleaseTaskStatus,
        {"jobPreparationTaskExecutionInfo": PREP_INFO},
        ("jobPreparationTaskExecutionInfo", "retryCount"),
        AT_LEAST_0,
    ),
    # pools and their requests
    (m.BatchPoolSpecification, {"vmSize": "x"}, ("taskSlotsPerNode",), SLOTS),
    (m.BatchPoolSpecification, {"vmSize": "x"}, ("resizeTimeout",), RESIZE_TIMEOUT),
    (m.BatchPoolSpecification, {"vmSize": "x"}, ("targetDedicatedNodes",), AT_LEAST_0),
    (m.BatchPoolSpecification, {"vmSize": "x"}, ("targetLowPriorityNodes",), AT_LEAST_0),
    (
        m.BatchPoolSpecification,
        {"vmSize": "x"},
        ("autoScaleEvaluationInterval",),
        AUTOSCALE_INTERVAL,
    ),
    (m.BatchPool, POOL, ("resizeTimeout",), RESIZE_TIMEOUT),
    (m.BatchPool, POOL, ("currentDedicatedNodes",), AT_LEAST_0),
    (m.BatchPool, POOL, ("currentLowPriorityNodes",), AT_LEAST_0),
    (m.BatchPool, POOL, ("targetDedicatedNodes",), AT_LEAST_0),
    (m.BatchPool, POOL, ("targetLowPriorityNodes",), AT_LEAST_0),
    (m.BatchPool, POOL, ("autoScaleEvaluationInterval",), AUTOSCALE_INTERVAL),
    (m.BatchPool, POOL, ("taskSlotsPerNode",), SLOTS),
    (m.BatchPoolCreateOptions, {"id": "p", "vmSize": "x"}, ("resizeTimeout",), RESIZE_TIMEOUT),
    (m.BatchPoolCreateOptions, {"id": "p", "vmSize": "x"}, ("targetDedicatedNodes",), AT_LEAST_0),
    (m.BatchPoolCreateOptions, {"id": "p", "vmSize": "x"}, ("targetLowPriorityNodes",), AT_LEAST_0),
    (
        m.BatchPoolCreateOptions,
        {"id": "p", "vmSize": "x"},
        ("autoScaleEvaluationInterval",),
        AUTOSCALE_INTERVAL,
    ),
    (m.BatchPoolCreateOptions, {"id": "p", "vmSize": "x"}, ("taskSlotsPerNode",), SLOTS),
    (m.BatchPoolUpdateOptions, {}, ("taskSlotsPerNode",), SLOTS),
    (m.BatchPoolEnableAutoScaleOptions, {}, ("autoScaleEvaluationInterval",), AUTOSCALE_INTERVAL),
    (m.BatchPoolResizeOptions, {}, ("targetDedicatedNodes",), AT_LEAST_0),
    (m.BatchPoolResizeOptions, {}, ("targetLowPriorityNodes",), AT_LEAST_0),
    (m.BatchPoolResizeOptions, {}, ("resizeTimeout",), RESIZE_TIMEOUT),
    (m.BatchNodeRemoveOptions, {"nodeList": ["n"]}, ("resizeTimeout",), RESIZE_TIMEOUT),
    (
        m.BatchPoolUsageMetrics,
        {"poolId": "p", "startTime": T, "endTime": T, "vmSize": "x", "totalCoreHours": 0.0},
        ("totalCoreHours",),
        AT_LEAST_0_GIB,
    ),
    (
        m.DataDisk,
        {"lun": 0, "diskSizeGB": 10},
        ("lun",),
        Rule((0, 63), (-1, 64), "must be between 0 and 63"),
    ),
    (
        m.RollingUpgradePolicy,
        {},
        ("maxBatchInstancePercent",),
        Rule((5, 100), (4, 101), "must be between 5 and 100"),
    ),
    (
        m.RollingUpgradePolicy,
        {},
        ("maxUnhealthyInstancePercent",),
        Rule((5, 100), (4, 101), "must be between 5 and 100"),
    ),
    (
        m.RollingUpgradePolicy,
        {},
        ("maxUnhealthyUpgradedInstancePercent",),
        Rule((0, 100), (-1, 101), "must be between 0 and 100"),
    ),
    (
        m.BatchInboundNatPool,
        NAT_POOL,
        ("backendPort",),
        Rule((1, 65535), (0, 65536), "must be between 1 and 65535"),
    ),
    (
        m.BatchInboundNatPool,
        NAT_POOL,
        ("frontendPortRangeStart",),
        Rule((1, 65534), (0, 65535), "must be between 1 and 65534"),
    ),
    (
        m.BatchInboundNatPool,
        NAT_POOL,
        ("frontendPortRangeEnd",),
        Rule((1, 65534), (0, 65535), "must be between 1 and 65534"),
    ),
    (
        m.BatchInboundNatPool,
        NAT_POOL,
        ("networkSecurityGroupRules", 0, "priority"),
        Rule((150, 4096), (149, 4097), "must be between 150 and 4096"),
    ),
    # nodes and their files
    (m.BatchNode, NODE, ("totalTasksRun",), AT_LEAST_0),
    (m.BatchNode, NODE, ("runningTasksCount",), AT_LEAST_0),
    (m.BatchNode, NODE, ("runningTaskSlotsCount",), AT_LEAST_0),
    (m.BatchNode, NODE, ("totalTasksSucceeded",), AT_LEAST_0),
    (m.BatchNode, NODE, ("startTaskInfo", "retryCount"), AT_LEAST_0),
    (m.BatchStartTask, {"commandLine": "c"}, ("maxTaskRetryCount",), AT_LEAST_MINUS_1),
    (
        m.UploadBatchServiceLogsResult,
        {"virtualDirectoryName": "d", "numberOfFilesUploaded": 0},
        ("numberOfFilesUploaded",),
        AT_LEAST_0,
    ),
    (
        m.BatchNodeFile,
        {"properties": {"lastModified": T, "contentLength": "0"}},
        ("properties", "contentLength"),
        AT_LEAST_0_TEXT,
    ),
    # tasks
    (m.BatchTask, TASK, ("requiredSlots",), AT_LEAST_1),
    (m.BatchTask, TASK, ("constraints", "maxTaskRetryCount"), AT_LEAST_MINUS_1),
    (m.BatchTask, TASK, ("executionInfo", "retryCount"), AT_LEAST_0),
    (m.BatchTask, TASK, ("executionInfo", "requeueCount"), AT_LEAST_0),
    (m.BatchTask, TASK, ("multiInstanceSettings", "numberOfInstances"), AT_LEAST_1),
    (
        m.BatchTaskGroup,
        {"value": [TASK_CREATE, TASK_CREATE]},
        ("value", 1, "requiredSlots"),
        AT_LEAST_1,
    ),
]
# Counters: every one of them, in the model that holds it.
CASES += [
    (
        m.BatchTaskCountsResult,
        {"taskCounts": TASK_COUNTS, "taskSlotCounts": TASK_COUNTS},
        (part, key),
        AT_LEAST_0,
    )
    for part in ("taskCounts", "taskSlotCounts")
    for key in TASK_COUNTS
]
CASES += [
    (
        m.BatchPoolNodeCounts,
        {"poolId": "p", "dedicated": NODE_COUNTS, "lowPriority": NODE_COUNTS},
        (part, key),
        AT_LEAST_0,
    )
    for part in ("dedicated", "lowPriority")
    for key in NODE_COUNTS
]
CASES += [
    (model, base, ("stats", key), AT_LEAST_0_GIB if key.endswith("GiB") else AT_LEAST_0_TEXT)
    for model, base in ((m.BatchJob, JOB), (m.BatchJobSchedule, SCHEDULE))
    for key in (
        *("readIOps", "writeIOps", "readIOGiB", "writeIOGiB"),
        *("numSucceededTasks", "numFailedTasks", "numTaskRetries"),
    )
]
CASES += [
    (m.BatchTask, TASK, ("stats", key), AT_LEAST_0_GIB if key.endswith("GiB") else AT_LEAST_0_TEXT)
    for key in ("readIOps", "writeIOps", "readIOGiB", "writeIOGiB")
]
CASES += [
    (
        m.BatchPool,
        dict(POOL, stats=dict(POOL["stats"], resourceStats=POOL_RESOURCE_STATS)),
        ("stats", "resourceStats", key),
        AT_LEAST_0_TEXT if key.endswith("IOps") else AT_LEAST_0_GIB,
    )
    for key in POOL_RESOURCE_STATS
    if key not in ("startTime", "lastUpdateTime")
]


def with_value(base: Dict[str, Any], path: Path, value: Any) -> Dict[str, Any]:
    """A copy of ``base`` with the value at ``path`` replaced.

    Copied through JSON, not ``deepcopy``: a body may hold one dict in two places.
    """
    body: Dict[str, Any] = json.loads(json.dumps(base))
    node: Any = body
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return body


def json_path(path: Path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def case_id(case: Case) -> str:
    return f"{case[0].__name__}{json_path(case[2])[1:]}"


@pytest.mark.parametrize(("model", "base", "path", "rule"), CASES, ids=[case_id(c) for c in CASES])
def test_rule_at_its_path(model: Any, base: Dict[str, Any], path: Path, rule: Rule) -> None:
    assert validate(model(base)) == []
    for value in rule.good:
        assert validate(model(with_value(base, path, value))) == [], value
    for value in rule.bad:
        found = {
            p.path: (p.message, p.severity) for p in validate(model(with_value(base, path, value)))
        }
        assert found == {json_path(path): (f"{rule.message}: {value!r}", "error")}


def _model_in(tp: Any) -> Optional[type]:
    """The model class inside an annotation such as ``Optional[List[X]]``, if any."""
    if isinstance(tp, type) and issubclass(tp, Model):
        return tp
    for arg in typing.get_args(tp):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _field_at(model: type, path: Path) -> Tuple[str, str]:
    """(class name, attribute) of the field that ``path`` ends at, walking from ``model``."""
    owner: Optional[type] = model
    found = ("", "")
    for part in path:
        if isinstance(part, int):  # an item of a list field
            continue
        assert owner is not None, path
        field = {f.wire: f for f in fields(owner)}[part]
        found = (owner.__name__, field.attr)
        owner = _model_in(field.type)
    return found


def test_every_declared_rule_has_a_row() -> None:
    declared: Set[Tuple[str, str]] = set()
    for name in m.__all__:
        cls = getattr(m, name)
        if isinstance(cls, type) and issubclass(cls, Model):
            declared |= {
                (name, f.attr)
                for f in fields(cls)
                if f.ge is not None or f.le is not None or f.check is not None
            }
    covered = {_field_at(model, path) for model, _, path, _ in CASES}
    assert declared - covered == set()
    assert covered - declared == set()
