"""Job schedules: the schedule, its create and update bodies, execution info and statistics."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import BatchJobScheduleState
from ._job import BatchJobSpecification
from ._tasks import BatchMetadataItem

__all__ = [
    "BatchJobSchedule",
    "BatchJobScheduleConfiguration",
    "BatchJobScheduleCreateOptions",
    "BatchJobScheduleExecutionInfo",
    "BatchJobScheduleStatistics",
    "BatchJobScheduleUpdateOptions",
    "RecentBatchJob",
]

_1_MINUTE = datetime.timedelta(minutes=1)
"""The least ``startWindow`` and ``recurrenceInterval`` of a job schedule."""


class BatchJobSchedule(Model):
    """A job schedule: creates jobs from a template on a recurring schedule."""

    id: str = rest_field(visibility=["read"])
    """Unique ID of the schedule within the account; up to 64 chars, case-preserving."""
    display_name: Optional[str] = rest_field(visibility=["read"])
    """Display name of the schedule; up to 1024 Unicode characters."""
    url: str = rest_field(visibility=["read"])
    """URL of the job schedule resource. Read-only: set by the service."""
    etag: str = rest_field(name="eTag", visibility=["read"])
    """ETag of the schedule, for optimistic concurrency. Read-only: set by the service."""
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the schedule was last changed, RFC 3339 UTC. Read-only."""
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the schedule was created, RFC 3339 UTC. Read-only."""
    state: Union[str, BatchJobScheduleState] = rest_field(visibility=["read"])
    """Current state of the schedule. Read-only: set by the service."""
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the schedule entered its current state, RFC 3339 UTC. Read-only."""
    previous_state: Optional[Union[str, BatchJobScheduleState]] = rest_field(visibility=["read"])
    """State the schedule was in before the current one; absent if still initial."""
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    """Time the schedule entered its previous state, RFC 3339 UTC."""
    schedule: Optional[BatchJobScheduleConfiguration] = rest_field()
    """When jobs are created."""
    job_specification: BatchJobSpecification = rest_field()
    """Template of the jobs the schedule creates."""
    execution_info: BatchJobScheduleExecutionInfo = rest_field(visibility=["read"])
    """Run information of the schedule. Read-only: set by the service."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the schedule; not interpreted by the service."""
    job_schedule_statistics: Optional[BatchJobScheduleStatistics] = rest_field(
        name="stats", visibility=["read"]
    )
    """Resource usage statistics for the schedule's lifetime. Read-only."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            job_specification: BatchJobSpecification,
            schedule: Optional[BatchJobScheduleConfiguration] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobScheduleConfiguration(Model):
    """When and how often a job schedule creates jobs."""

    do_not_run_until: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Earliest time a job may be created, RFC 3339 UTC; default now."""
    do_not_run_after: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time after which no job is created, RFC 3339 UTC; the schedule then completes."""
    start_window: Optional[datetime.timedelta] = rest_field(ge=_1_MINUTE)
    """How long after its due time a job may still be created, ISO 8601; min 1 min."""
    recurrence_interval: Optional[datetime.timedelta] = rest_field(ge=_1_MINUTE)
    """Time between job creations, ISO 8601; min 1 min; absent creates one job."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            do_not_run_until: Optional[datetime.datetime] = None,
            do_not_run_after: Optional[datetime.datetime] = None,
            start_window: Optional[datetime.timedelta] = None,
            recurrence_interval: Optional[datetime.timedelta] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobScheduleCreateOptions(Model):
    """Request body for adding a job schedule to an account."""

    id: str = rest_field()
    """Unique ID of the schedule within the account; up to 64 chars, case-preserving."""
    display_name: Optional[str] = rest_field()
    """Display name of the schedule; up to 1024 Unicode characters."""
    schedule: BatchJobScheduleConfiguration = rest_field()
    """When jobs are created."""
    job_specification: BatchJobSpecification = rest_field()
    """Template of the jobs the schedule creates."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the schedule; not interpreted by the service."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
            schedule: BatchJobScheduleConfiguration,
            job_specification: BatchJobSpecification,
            display_name: Optional[str] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobScheduleExecutionInfo(Model):
    """Run information of a job schedule."""

    next_run_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Next time a job will be created, RFC 3339 UTC; absent when not active."""
    recent_job: Optional[RecentBatchJob] = rest_field()
    """The most recent job created by the schedule."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the schedule completed, RFC 3339 UTC; set only when it is completed."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            next_run_time: Optional[datetime.datetime] = None,
            recent_job: Optional[RecentBatchJob] = None,
            end_time: Optional[datetime.datetime] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobScheduleStatistics(Model):
    """Resource usage statistics for a job schedule."""

    url: str = rest_field()
    """URL of the statistics."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the period the statistics cover, RFC 3339 UTC."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the statistics were last updated, RFC 3339 UTC."""
    user_cpu_time: datetime.timedelta = rest_field(name="userCPUTime")
    """Total user-mode CPU time of all tasks in the schedule's jobs, ISO 8601."""
    kernel_cpu_time: datetime.timedelta = rest_field(name="kernelCPUTime")
    """Total kernel-mode CPU time of all tasks in the schedule's jobs, ISO 8601."""
    wall_clock_time: datetime.timedelta = rest_field()
    """Total wall-clock time of all tasks in the schedule's jobs, ISO 8601."""
    read_iops: int = rest_field(name="readIOps", format="str", ge=0)
    """Total disk read operations by all tasks; a string on the wire."""
    write_iops: int = rest_field(name="writeIOps", format="str", ge=0)
    """Total disk write operations by all tasks; a string on the wire."""
    read_io_gib: float = rest_field(name="readIOGiB", ge=0)
    """Total data read from disk by all tasks, in GiB."""
    write_io_gib: float = rest_field(name="writeIOGiB", ge=0)
    """Total data written to disk by all tasks, in GiB."""
    succeeded_tasks_count: int = rest_field(name="numSucceededTasks", format="str", ge=0)
    """Number of tasks that succeeded in the period; a string on the wire."""
    failed_tasks_count: int = rest_field(name="numFailedTasks", format="str", ge=0)
    """Number of tasks that failed after max retries; a string on the wire."""
    task_retries_count: int = rest_field(name="numTaskRetries", format="str", ge=0)
    """Total retries of all tasks in the period; a string on the wire."""
    wait_time: datetime.timedelta = rest_field()
    """Total time tasks waited to start, as an ISO 8601 duration."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            url: str,
            start_time: datetime.datetime,
            last_update_time: datetime.datetime,
            user_cpu_time: datetime.timedelta,
            kernel_cpu_time: datetime.timedelta,
            wall_clock_time: datetime.timedelta,
            read_iops: int,
            write_iops: int,
            read_io_gib: float,
            write_io_gib: float,
            succeeded_tasks_count: int,
            failed_tasks_count: int,
            task_retries_count: int,
            wait_time: datetime.timedelta,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobScheduleUpdateOptions(Model):
    """Request body for updating (patching) a job schedule; absent fields stay unchanged."""

    schedule: Optional[BatchJobScheduleConfiguration] = rest_field()
    """When jobs are created."""
    job_specification: Optional[BatchJobSpecification] = rest_field()
    """Template of the jobs the schedule creates."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the schedule; not interpreted by the service."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            schedule: Optional[BatchJobScheduleConfiguration] = None,
            job_specification: Optional[BatchJobSpecification] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class RecentBatchJob(Model):
    """The most recent job created by a job schedule."""

    id: Optional[str] = rest_field()
    """ID of the job."""
    url: Optional[str] = rest_field()
    """URL of the job."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: Optional[str] = None,
            url: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
