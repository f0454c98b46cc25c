"""Keyword mistakes both type checkers must report: the lines with an error comment only."""

from __future__ import annotations

from batchmodels import (
    BatchJob,
    BatchJobConstraints,
    BatchJobCreateOptions,
    BatchJobUpdateOptions,
    BatchMetadataItem,
    BatchNodeUserCreateOptions,
    BatchPoolInfo,
)

pool = BatchPoolInfo(pool_id="pool-1")
fine = BatchJob(pool_info=pool, priority=1, max_parallel_tasks=-1)

BatchJob(pool_info=pool, priorty=1)  # error: misspelt keyword
BatchPoolInfo(pool_name="pool-1")  # error: keyword that is no field
BatchJob(pool_info=pool, poolInfo=pool)  # error: wire name used as a keyword
BatchJob(pool_info=pool, id="job-1")  # error: read-only field is not a keyword
BatchJob(priority=1)  # error: required keyword missing
BatchMetadataItem(name="owner")  # error: required keyword missing
BatchJobConstraints({"maxTaskRetryCount": 1}, max_task_retry_count=1)  # error: mapping and keywords

job_pool = BatchPoolInfo(pool_id="pool-1")
BatchJobCreateOptions(pool_info=job_pool)  # error: required keyword id missing
BatchJobCreateOptions(id="job-1")  # error: required keyword pool_info missing
BatchJobUpdateOptions(priority=1, id="job-1")  # error: an update cannot change the id
BatchNodeUserCreateOptions(password="x")  # error: required keyword name missing
