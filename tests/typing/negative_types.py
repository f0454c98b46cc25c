"""Type mistakes both type checkers must report: the lines with an error comment only."""

from __future__ import annotations

import datetime as dt

from batchmodels import (
    BatchAllTasksCompleteMode,
    BatchJob,
    BatchJobConstraints,
    BatchMetadataItem,
    BatchPoolInfo,
)

pool = BatchPoolInfo(pool_id="pool-1")
job = BatchJob(pool_info=pool, all_tasks_complete_mode=BatchAllTasksCompleteMode.NO_ACTION)

BatchJob(pool_info=pool, priority="high")  # error: str for an int field
BatchJob(pool_info=BatchJobConstraints())  # error: the wrong model
BatchJobConstraints(max_wall_clock_time="PT1H")  # error: wire text for a timedelta
BatchJob(pool_info=pool, all_tasks_complete_mode=1)  # error: int for an enum
BatchJob(pool_info=pool, metadata=BatchMetadataItem(name="a", value="b"))  # error: not a list
job.priority = "high"  # error: str assigned to an int field
job.creation_time = "2025-01-01T00:00:00Z"  # error: str assigned to a datetime field
count: int = job.priority  # error: Optional[int] read as int
when: str = job.creation_time  # error: a datetime read as str
job.constraints.max_task_retry_count = 1  # error: constraints may be None
_ = job.prority  # error: no such attribute
limit: dt.timedelta = BatchJobConstraints().max_wall_clock_time  # error: Optional[timedelta]
