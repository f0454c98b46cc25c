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


class BatchJobSchedule(Model):
    id: str = rest_field(visibility=["read"])
    display_name: Optional[str] = rest_field(visibility=["read"])
    url: str = rest_field(visibility=["read"])
    etag: str = rest_field(name="eTag", visibility=["read"])
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    state: Union[str, BatchJobScheduleState] = rest_field(visibility=["read"])
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    previous_state: Optional[Union[str, BatchJobScheduleState]] = rest_field(visibility=["read"])
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    schedule: Optional[BatchJobScheduleConfiguration] = rest_field()
    job_specification: BatchJobSpecification = rest_field()
    execution_info: BatchJobScheduleExecutionInfo = rest_field(visibility=["read"])
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    job_schedule_statistics: Optional[BatchJobScheduleStatistics] = rest_field(
        name="stats", visibility=["read"]
    )

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
    do_not_run_until: Optional[datetime.datetime] = rest_field(format="rfc3339")
    do_not_run_after: Optional[datetime.datetime] = rest_field(format="rfc3339")
    start_window: Optional[datetime.timedelta] = rest_field()
    recurrence_interval: Optional[datetime.timedelta] = rest_field()

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
    id: str = rest_field()
    display_name: Optional[str] = rest_field()
    schedule: BatchJobScheduleConfiguration = rest_field()
    job_specification: BatchJobSpecification = rest_field()
    metadata: Optional[List[BatchMetadataItem]] = rest_field()

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
    next_run_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    recent_job: Optional[RecentBatchJob] = rest_field()
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")

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
    url: str = rest_field()
    start_time: datetime.datetime = rest_field(format="rfc3339")
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    user_cpu_time: datetime.timedelta = rest_field(name="userCPUTime")
    kernel_cpu_time: datetime.timedelta = rest_field(name="kernelCPUTime")
    wall_clock_time: datetime.timedelta = rest_field()
    read_iops: int = rest_field(name="readIOps", format="str")
    write_iops: int = rest_field(name="writeIOps", format="str")
    read_io_gib: float = rest_field(name="readIOGiB")
    write_io_gib: float = rest_field(name="writeIOGiB")
    succeeded_tasks_count: int = rest_field(name="numSucceededTasks", format="str")
    failed_tasks_count: int = rest_field(name="numFailedTasks", format="str")
    task_retries_count: int = rest_field(name="numTaskRetries", format="str")
    wait_time: datetime.timedelta = rest_field()

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
    schedule: Optional[BatchJobScheduleConfiguration] = rest_field()
    job_specification: Optional[BatchJobSpecification] = rest_field()
    metadata: Optional[List[BatchMetadataItem]] = rest_field()

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
    id: Optional[str] = rest_field()
    url: Optional[str] = rest_field()

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
