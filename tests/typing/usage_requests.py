"""A new user's three request tasks, written from the Requests page of the docs.

mypy --strict and pyright check this file (``assert_type`` pins what each step gives);
``tests/typing/test_usage_requests.py`` runs it.

1. Build a create body by keywords.
2. Filter a list response.
3. Produce a minimal PATCH body from an edited job.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import List, Optional, Tuple

from typing_extensions import assert_type

from batchmodels import (
    BatchJob,
    BatchJobConstraints,
    BatchJobCreateOptions,
    BatchJobManagerTask,
    BatchJobSchedule,
    BatchJobScheduleUpdateOptions,
    BatchJobState,
    BatchJobUpdateOptions,
    BatchPoolInfo,
    BodyResult,
    LeftOut,
    Page,
    Problem,
    convert,
    dumps,
    loads,
    loads_list,
    loads_page,
    update_body,
    validate,
)


def create_body() -> str:
    """Task 1: a create body, by keywords, as JSON text."""
    body = BatchJobCreateOptions(
        id="render-42",
        pool_info=BatchPoolInfo(pool_id="render-pool"),
        priority=100,
        constraints=BatchJobConstraints(max_wall_clock_time=dt.timedelta(hours=6)),
        job_manager_task=BatchJobManagerTask(id="manager", command_line="python render.py"),
    )
    problems: List[Problem] = validate(body)
    assert problems == []
    assert_type(body.id, str)
    assert_type(body.pool_info, BatchPoolInfo)
    return dumps(body)


LIST_RESPONSE = """{
  "odata.nextLink": "https://account.region.batch.azure.com/jobs?$skiptoken=2",
  "value": [
    {"id": "a", "state": "active", "priority": 10, "poolInfo": {"poolId": "p"}},
    {"id": "b", "state": "completed", "priority": 500, "poolInfo": {"poolId": "p"}},
    {"id": "c", "state": "active", "priority": 900, "poolInfo": {"poolId": "q"}}
  ]
}"""


def filter_list() -> Tuple[List[str], Optional[str]]:
    """Task 2: the active jobs of high priority in a list response, and the next page."""
    jobs = loads_list(LIST_RESPONSE, BatchJob)
    assert_type(jobs, List[BatchJob])
    urgent = [
        job.id for job in jobs if job.state == BatchJobState.ACTIVE and (job.priority or 0) >= 100
    ]
    page = loads_page(LIST_RESPONSE, BatchJob)
    assert_type(page, Page[BatchJob])
    assert_type(page.next_link, Optional[str])
    return urgent, page.next_link


JOB_GET = """{
  "id": "render-42", "eTag": "0x8D4100FC49F0278", "state": "active",
  "lastModified": "2016-11-19T00:05:27.5391608Z",
  "priority": 100,
  "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0},
  "poolInfo": {"poolId": "render-pool"},
  "metadata": [{"name": "owner", "value": "me"}]
}"""


def minimal_patch() -> Tuple[str, List[str]]:
    """Task 3: edit a job as read, then the PATCH body of the edit and what it left out."""
    old = loads(JOB_GET, BatchJob)
    new = copy.deepcopy(old)  # a shallow copy() would share nested objects with old
    assert_type(new, BatchJob)
    new.priority = 500
    assert new.constraints is not None
    new.constraints.max_task_retry_count = 3
    new.metadata = None  # removed: sent as null
    new.last_modified = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)  # read-only: left out
    result = update_body(old, new, BatchJobUpdateOptions)
    assert_type(result, BodyResult[BatchJobUpdateOptions])
    assert_type(result.left_out, Tuple[LeftOut, ...])
    assert validate(result.body, partial=True) == []
    return dumps(result.body), [str(item) for item in result.left_out]


def clone_and_schedule() -> Tuple[BatchJobCreateOptions, BatchJobScheduleUpdateOptions]:
    """Beyond the three tasks: clone a job under a new id; a schedule's PATCH body."""
    clone = convert(loads(JOB_GET, BatchJob), BatchJobCreateOptions).body
    clone.id = "render-43"
    schedule = BatchJobSchedule({"id": "s", "schedule": {"recurrenceInterval": "PT1H"}})
    edited = copy.deepcopy(schedule)
    edited.metadata = []
    patch = update_body(schedule, edited, BatchJobScheduleUpdateOptions).body
    assert_type(patch, BatchJobScheduleUpdateOptions)
    return clone, patch
