"""A user's script against the official client through ``batchmodels.azure``.

mypy --strict and pyright check this file (``assert_type`` pins what each call gives) when
azure-batch is installed (the typecheck session installs it);
``tests/compat/test_usage_client.py`` runs it over a fake transport.
"""

from __future__ import annotations

import datetime as dt
from typing import List, Optional, Tuple

from azure.core.exceptions import HttpResponseError
from typing_extensions import assert_type

import batchmodels.azure.aio
from batchmodels import (
    NULL,
    BatchError,
    BatchJob,
    BatchJobConstraints,
    BatchJobCreateOptions,
    BatchJobState,
    BatchJobUpdateOptions,
    BatchPoolInfo,
    BatchTask,
    BatchTaskCreateOptions,
)
from batchmodels.azure import BatchClient, batch_error


def submit(client: BatchClient) -> None:
    """Create a job and one task from batchmodels bodies."""
    client.create_job(
        BatchJobCreateOptions(
            id="render-42",
            pool_info=BatchPoolInfo(pool_id="render-pool"),
            constraints=BatchJobConstraints(max_wall_clock_time=dt.timedelta(hours=6)),
        )
    )
    client.create_task("render-42", BatchTaskCreateOptions(id="frame-1", command_line="render 1"))


def active_jobs(client: BatchClient) -> List[Tuple[str, Optional[dt.datetime]]]:
    """The id and creation time of every active job, over all pages."""
    out: List[Tuple[str, Optional[dt.datetime]]] = []
    for job in client.list_jobs(filter="state eq 'active'"):
        assert_type(job, BatchJob)
        if job.state is BatchJobState.ACTIVE and job.id is not None:
            out.append((job.id, job.creation_time))
    return out


def failed_tasks(client: BatchClient, job_id: str) -> List[str]:
    """Ids of the tasks of ``job_id`` that exited with a non-zero code."""
    failed = []
    for task in client.list_tasks(job_id):
        assert_type(task, BatchTask)
        info = task.execution_info
        if task.id and info is not None and info.exit_code:
            failed.append(task.id)
    return failed


def raise_priority(client: BatchClient, job_id: str) -> Optional[int]:
    """Read a job, then PATCH its priority and clear its parallel-task limit."""
    job = client.get_job(job_id)
    assert_type(job, BatchJob)
    client.update_job(job_id, BatchJobUpdateOptions(priority=(job.priority or 0) + 100))
    client.update_job(job_id, BatchJobUpdateOptions({"maxParallelTasks": NULL}))
    return job.priority


def error_code(client: BatchClient, job_id: str) -> Optional[str]:
    """The service's error code for a job that cannot be read, else ``None``."""
    try:
        client.get_job(job_id)
    except HttpResponseError as exc:
        error = batch_error(exc)
        assert_type(error, Optional[BatchError])
        return None if error is None else error.code
    return None


async def job_ids_async(client: batchmodels.azure.aio.BatchClient) -> List[str]:
    """The same listing with the async client."""
    first = await client.get_job("render-42")
    assert_type(first, BatchJob)
    return [job.id async for job in client.list_jobs() if job.id is not None]
