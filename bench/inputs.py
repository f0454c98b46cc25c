"""Benchmark inputs: list responses of N jobs, 80% typical and 20% full, varied by seed.

The two templates come from ``tests/fixtures/typical_job.json`` and
``tests/fixtures/full_job.json`` when present; otherwise from the builders below (a
hand-picked typical job, and a full job with every field of every model set). Each seed
gives a fresh set of variants (leaf values changed by kind, lists resized) and a fresh
job order, so no two repeats see the same text.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from schema import TREE, Kind, slots, slots_by_wire

__all__ = [
    "UNLIMITED",
    "Templates",
    "build_full_job",
    "build_typical_job",
    "job_list_text",
    "load_templates",
    "response_job",
    "vary",
]

UNLIMITED = "P10675199DT2H48M5.4775807S"
"""The duration the service writes for "no limit" (TimeSpan.MaxValue)."""

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
LIST_METADATA = "https://account.region.batch.azure.com/$metadata#jobs"
_BY_NAME = {cls.__name__: cls for cls in TREE}
_JOB = _BY_NAME["BatchJob"]
_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)

# --- leaf values ---------------------------------------------------------------------------


def _timestamp(rng: random.Random) -> str:
    moment = _EPOCH + dt.timedelta(seconds=rng.randrange(400 * 86400))
    fraction = f"{rng.randrange(10**7):07d}".rstrip("0")  # the service trims trailing zeros
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + (f".{fraction}" if fraction else "") + "Z"


def _duration(rng: random.Random) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"PT{rng.randrange(1, 24)}H"
    if form == 1:
        return f"PT{rng.randrange(1, 60)}M{rng.randrange(60)}S"
    if form == 2:
        return f"P{rng.randrange(1, 30)}DT{rng.randrange(24)}H{rng.randrange(60)}M"
    return f"PT{rng.randrange(3600)}.{rng.randrange(10**7):07d}S"


def _text(attr: str, rng: random.Random) -> str:
    return f"{attr.replace('_', '-')}-{rng.randrange(10**6)}"


def _new_leaf(item: str, cls: Optional[type], attr: str, rng: random.Random) -> Any:
    if item == "str":
        return _text(attr, rng)
    if item == "enum":
        assert cls is not None
        return rng.choice([m.value for m in cls])  # type: ignore[attr-defined]
    if item == "int":
        return rng.randrange(1, 1000)
    if item == "intstr":
        return str(rng.randrange(10**7))
    if item == "bool":
        return rng.random() < 0.5
    if item == "float":
        return round(rng.uniform(0, 500), 6)
    if item == "datetime":
        return _timestamp(rng)
    if item == "duration":
        return _duration(rng)
    return {"note": _text(attr, rng)}


def _vary_leaf(item: str, cls: Optional[type], attr: str, old: Any, rng: random.Random) -> Any:
    if item == "str" and type(old) is str:
        return f"{old}-{rng.randrange(1000)}" if len(old) < 200 else old
    if item == "int" and type(old) is int:
        return old if old in (-1, 0) else rng.randrange(1, max(2, 2 * abs(old) + 10))
    if item == "duration" and old == UNLIMITED:
        return old
    if item == "enum" and type(old) is str:
        return _new_leaf(item, cls, attr, rng)
    if item in ("intstr", "bool", "float", "datetime", "duration"):
        return _new_leaf(item, cls, attr, rng)
    return old  # anything unexpected stays as the template has it


# --- building and varying jobs -------------------------------------------------------------


def _fill(cls: type, rng: random.Random) -> Dict[str, Any]:
    """Wire data for ``cls`` with every field set, recursively; lists hold two items."""
    out: Dict[str, Any] = {}
    for slot in slots(cls):
        out[slot.wire] = _full_value(slot.kind, slot.attr, rng)
    return out


def _full_value(kind: Kind, attr: str, rng: random.Random) -> Any:
    def one() -> Any:
        if kind.item == "model":
            assert kind.cls is not None
            return _fill(kind.cls, rng)
        return _new_leaf(kind.item, kind.cls, attr, rng)

    if kind.shape == "list":
        return [one(), one()]
    if kind.shape == "dict":
        return {"first": one(), "second": one()}
    return one()


def build_full_job(seed: int = 0) -> Dict[str, Any]:
    """A job with every field of every model in the tree set."""
    rng = random.Random(seed)
    job = _fill(_JOB, rng)
    job["constraints"]["maxWallClockTime"] = UNLIMITED
    job["lastModified"] = "2016-11-19T00:05:27.5391608Z"
    return job


def build_typical_job() -> Dict[str, Any]:
    """A job as a list call usually returns it: existing pool, a job manager task, metadata."""
    return {
        "id": "nightly-render-0001",
        "displayName": "Nightly render, shot 0001",
        "usesTaskDependencies": False,
        "url": "https://account.region.batch.azure.com/jobs/nightly-render-0001",
        "eTag": "0x8DD5F2C3A1B4E77",
        "lastModified": "2025-03-02T04:10:11.5391608Z",
        "creationTime": "2025-03-02T04:10:09.311915Z",
        "state": "active",
        "stateTransitionTime": "2025-03-02T04:10:11.5391608Z",
        "previousState": "disabled",
        "previousStateTransitionTime": "2025-03-02T04:10:10.2137716Z",
        "priority": 100,
        "allowTaskPreemption": False,
        "maxParallelTasks": -1,
        "constraints": {"maxWallClockTime": UNLIMITED, "maxTaskRetryCount": 3},
        "jobManagerTask": {
            "id": "manager",
            "displayName": "Split the shot into frames",
            "commandLine": "/bin/bash -c 'python3 split.py --frames 240'",
            "resourceFiles": [
                {
                    "httpUrl": "https://store.blob.core.windows.net/scripts/split.py",
                    "filePath": "split.py",
                },
                {
                    "storageContainerUrl": "https://store.blob.core.windows.net/scenes",
                    "blobPrefix": "shot-0001/",
                },
            ],
            "environmentSettings": [{"name": "RENDER_QUALITY", "value": "final"}],
            "constraints": {"maxWallClockTime": "PT2H", "retentionTime": "P7D"},
            "killJobOnCompletion": False,
            "userIdentity": {"autoUser": {"scope": "task", "elevationLevel": "nonadmin"}},
            "runExclusive": False,
            "allowLowPriorityNode": True,
        },
        "commonEnvironmentSettings": [
            {"name": "SCENE", "value": "shot-0001"},
            {"name": "OUTPUT", "value": "https://store.blob.core.windows.net/frames"},
        ],
        "poolInfo": {"poolId": "render-pool"},
        "onAllTasksComplete": "terminatejob",
        "onTaskFailure": "performexitoptionsjobaction",
        "metadata": [
            {"name": "project", "value": "orchard"},
            {"name": "owner", "value": "render-team"},
        ],
        "executionInfo": {
            "startTime": "2025-03-02T04:10:11.5391608Z",
            "poolId": "render-pool",
        },
    }


def vary(data: Dict[str, Any], cls: type, rng: random.Random) -> Dict[str, Any]:
    """A new job (or nested model) like ``data`` with leaf values changed by kind.

    Keys the schema does not know are copied unchanged; lists of models may grow or
    shrink by one item.
    """
    table = slots_by_wire(cls)
    out: Dict[str, Any] = {}
    for key, value in data.items():
        slot = table.get(key)
        if slot is None or value is None:
            out[key] = json.loads(json.dumps(value))
            continue
        kind = slot.kind
        if kind.shape == "one":
            if kind.item == "model":
                assert kind.cls is not None
                out[key] = vary(value, kind.cls, rng) if type(value) is dict else value
            else:
                out[key] = _vary_leaf(kind.item, kind.cls, slot.attr, value, rng)
        elif kind.shape == "list" and type(value) is list:
            items = value
            if kind.item == "model" and items and rng.random() < 0.5:
                size = max(1, len(items) + rng.choice((-1, 1)))
                items = [items[i % len(items)] for i in range(size)]
            if kind.item == "model":
                assert kind.cls is not None
                out[key] = [vary(v, kind.cls, rng) if type(v) is dict else v for v in items]
            else:
                out[key] = [_vary_leaf(kind.item, kind.cls, slot.attr, v, rng) for v in items]
        elif kind.shape == "dict" and type(value) is dict:
            out[key] = {
                k: vary(v, kind.cls, rng)
                if kind.item == "model" and kind.cls is not None and type(v) is dict
                else _vary_leaf(kind.item, kind.cls, slot.attr, v, rng)
                for k, v in value.items()
            }
        else:
            out[key] = value
    return out


# --- templates and list texts --------------------------------------------------------------


class Templates:
    """The typical and full job templates and where they came from."""

    def __init__(self, typical: Dict[str, Any], full: Dict[str, Any], source: str) -> None:
        self.typical = typical
        self.full = full
        self.source = source


def load_templates(use_fixtures: bool = True) -> Templates:
    """The fixture jobs when both exist and parse, else the built-in ones."""
    if use_fixtures:
        try:
            typical = json.loads((FIXTURES / "typical_job.json").read_text("utf-8"))
            full = json.loads((FIXTURES / "full_job.json").read_text("utf-8"))
        except (OSError, ValueError):
            pass
        else:
            if type(typical) is dict and type(full) is dict:
                return Templates(typical, full, "tests/fixtures/{typical,full}_job.json")
    return Templates(build_typical_job(), build_full_job(), "built-in (bench/inputs.py)")


def _job_texts(job: Dict[str, Any]) -> Tuple[str, str]:
    """The job's JSON text split around its ``id`` value, which every job puts first."""
    rest = {k: v for k, v in job.items() if k != "id"}
    body = json.dumps(rest)
    return '{"id": "', '", ' + body[1:] if len(body) > 2 else '"}'


def job_list_text(templates: Templates, count: int, seed: int, *, full_share: float = 0.2) -> str:
    """A list response of ``count`` jobs: a pool of variants per seed, unique job ids.

    ``count * full_share`` jobs (rounded) are full jobs, the rest typical, shuffled.
    """
    rng = random.Random(seed)
    n_full = round(count * full_share)
    pools: Dict[bool, List[Tuple[str, str]]] = {}
    for is_full, template, size in (
        (False, templates.typical, min(200, max(1, count - n_full))),
        (True, templates.full, min(50, max(1, n_full))),
    ):
        pools[is_full] = [_job_texts(vary(template, _JOB, rng)) for _ in range(size)]
    kinds = [True] * n_full + [False] * (count - n_full)
    rng.shuffle(kinds)
    parts = []
    for i, is_full in enumerate(kinds):
        head, tail = rng.choice(pools[is_full])
        parts.append(f"{head}job-{seed}-{i}{tail}")
    return '{"odata.metadata": "' + LIST_METADATA + '", "value": [' + ", ".join(parts) + "]}"


def response_job() -> Dict[str, Any]:
    """The job W5 builds by keywords: shaped like a service response, as code that fakes
    or caches one writes it (issue 21): id, url, eTag, five datetimes, two states, priority
    and other scalars, constraints with a duration, pool info, execution info and three
    metadata items. Fractions have at most 6 digits, so ``datetime`` holds them exactly."""
    return {
        "id": "nightly-render-0001",
        "displayName": "Nightly render, shot 0001",
        "url": "https://account.region.batch.azure.com/jobs/nightly-render-0001",
        "eTag": "0x8DD5F2C3A1B4E77",
        "lastModified": "2025-03-02T04:10:11.5391Z",
        "creationTime": "2025-03-02T04:10:09.311915Z",
        "state": "active",
        "stateTransitionTime": "2025-03-02T04:10:11.53916Z",
        "previousState": "disabled",
        "previousStateTransitionTime": "2025-03-02T04:10:10Z",
        "priority": 100,
        "maxParallelTasks": -1,
        "allowTaskPreemption": False,
        "usesTaskDependencies": False,
        "constraints": {"maxWallClockTime": "PT2H", "maxTaskRetryCount": 3},
        "poolInfo": {"poolId": "render-pool"},
        "executionInfo": {"startTime": "2025-03-02T04:10:11.2137Z", "poolId": "render-pool"},
        "metadata": [
            {"name": "project", "value": "orchard"},
            {"name": "owner", "value": "render-team"},
            {"name": "shot", "value": "0001"},
        ],
    }
