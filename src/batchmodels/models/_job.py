"""Jobs: the job itself, its pool, constraints, execution information and statistics."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import (
    BatchAllTasksCompleteMode,
    BatchErrorSourceCategory,
    BatchJobPreparationTaskState,
    BatchJobReleaseTaskState,
    BatchJobState,
    BatchTaskExecutionResult,
    BatchTaskFailureMode,
    DisableBatchJobOption,
)
from ._network import BatchJobNetworkConfiguration
from ._pool_settings import BatchAutoPoolSpecification
from ._service_errors import NameValuePair
from ._tasks import (
    BatchJobManagerTask,
    BatchJobPreparationTask,
    BatchJobReleaseTask,
    BatchMetadataItem,
    BatchTaskContainerExecutionInfo,
    BatchTaskFailureInfo,
    EnvironmentSetting,
)

__all__ = [
    "BatchJob",
    "BatchPoolInfo",
    "BatchJobConstraints",
    "BatchJobExecutionInfo",
    "BatchJobSchedulingError",
    "BatchJobStatistics",
    "BatchJobCreateOptions",
    "BatchJobDisableOptions",
    "BatchJobPreparationAndReleaseTaskStatus",
    "BatchJobPreparationTaskExecutionInfo",
    "BatchJobReleaseTaskExecutionInfo",
    "BatchJobSpecification",
    "BatchJobUpdateOptions",
    "BatchTaskCounts",
    "BatchTaskCountsResult",
    "BatchTaskSlotCounts",
    "BatchJobTerminateOptions",
]


def _minus_one_or_positive(value: int) -> Optional[str]:
    """The rule of ``maxParallelTasks``: -1 (no limit) or a positive count."""
    return None if value == -1 or value > 0 else "must be -1 or greater than 0"


class BatchJob(Model):
    """A Batch job: a collection of tasks run on a pool."""

    id: str = rest_field(visibility=["read"])
    """Unique ID of the job within the account; up to 64 chars, case-preserving."""
    display_name: Optional[str] = rest_field(visibility=["read"])
    """Display name of the job; up to 1024 Unicode characters."""
    uses_task_dependencies: Optional[bool] = rest_field(visibility=["read"])
    """Whether tasks in the job can declare dependencies on other tasks."""
    url: str = rest_field(visibility=["read"])
    """URL of the job resource. Read-only: set by the service."""
    etag: str = rest_field(name="eTag", visibility=["read"])
    """ETag of the job, for optimistic concurrency. Read-only: set by the service."""
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the job was last changed, RFC 3339 UTC. Read-only."""
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the job was created, RFC 3339 UTC. Read-only."""
    state: Union[str, BatchJobState] = rest_field(visibility=["read"])
    """Current state of the job. Read-only: set by the service."""
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the job entered its current state, RFC 3339 UTC. Read-only."""
    previous_state: Optional[Union[str, BatchJobState]] = rest_field(visibility=["read"])
    """State the job was in before the current one; absent if still initial."""
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    """Time the job entered its previous state, RFC 3339 UTC."""
    priority: Optional[int] = rest_field(ge=-1000, le=1000)
    """Job priority, -1000 (lowest) to 1000 (highest); default 0."""
    allow_task_preemption: Optional[bool] = rest_field()
    """Whether tasks may be preempted by tasks from higher-priority jobs."""
    max_parallel_tasks: Optional[int] = rest_field(check=_minus_one_or_positive)
    """Max tasks run in parallel for the job; -1 (no limit, default) or > 0."""
    constraints: Optional[BatchJobConstraints] = rest_field()
    """Execution constraints for the job."""
    job_manager_task: Optional[BatchJobManagerTask] = rest_field(visibility=["read"])
    """Job Manager task launched when the job starts."""
    job_preparation_task: Optional[BatchJobPreparationTask] = rest_field(visibility=["read"])
    """Task run on each node before any task of the job runs there."""
    job_release_task: Optional[BatchJobReleaseTask] = rest_field(visibility=["read"])
    """Task run on each node that ran the job's tasks, when the job ends."""
    common_environment_settings: Optional[List[EnvironmentSetting]] = rest_field(
        visibility=["read"]
    )
    """Environment variables set for every task in the job."""
    pool_info: BatchPoolInfo = rest_field()
    """Pool on which the job's tasks run, existing or auto-created."""
    all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = rest_field(
        name="onAllTasksComplete"
    )
    """Action to take when all tasks in the job are complete; default noaction."""
    task_failure_mode: Optional[Union[str, BatchTaskFailureMode]] = rest_field(
        name="onTaskFailure", visibility=["read"]
    )
    """Action to take when a task in the job fails; default noaction."""
    network_configuration: Optional[BatchJobNetworkConfiguration] = rest_field(visibility=["read"])
    """Network configuration for the job."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the job; not interpreted by the service."""
    execution_info: Optional[BatchJobExecutionInfo] = rest_field(visibility=["read"])
    """Execution information for the job. Read-only: set by the service."""
    job_statistics: Optional[BatchJobStatistics] = rest_field(name="stats", visibility=["read"])
    """Resource usage statistics for the whole job lifetime. Read-only."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_info: BatchPoolInfo,
            priority: Optional[int] = None,
            allow_task_preemption: Optional[bool] = None,
            max_parallel_tasks: Optional[int] = None,
            constraints: Optional[BatchJobConstraints] = None,
            all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolInfo(Model):
    """Tells which pool a job runs on: an existing pool or an auto pool."""

    pool_id: Optional[str] = rest_field()
    """ID of an existing pool; exclusive with auto_pool_specification."""
    auto_pool_specification: Optional[BatchAutoPoolSpecification] = rest_field()
    """Settings for an auto pool the service creates; exclusive with pool_id."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_id: Optional[str] = None,
            auto_pool_specification: Optional[BatchAutoPoolSpecification] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobConstraints(Model):
    """Execution limits for a job."""

    max_wall_clock_time: Optional[datetime.timedelta] = rest_field()
    """Max elapsed time for the job as an ISO 8601 duration; unlimited if absent."""
    max_task_retry_count: Optional[int] = rest_field(ge=-1)
    """Max retries per task on failure; 0 means none, -1 retries without limit."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            max_wall_clock_time: Optional[datetime.timedelta] = None,
            max_task_retry_count: Optional[int] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobExecutionInfo(Model):
    """Execution information for a job."""

    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the job started, RFC 3339 UTC."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the job completed, RFC 3339 UTC; set only when the job is completed."""
    pool_id: Optional[str] = rest_field()
    """ID of the pool the job is assigned to."""
    scheduling_error: Optional[BatchJobSchedulingError] = rest_field()
    """Error met while starting the job, if any."""
    termination_reason: Optional[str] = rest_field(name="terminateReason")
    """Reason the job ended, e.g. 'MaxWallClockTimeExpiry' or a user reason."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start_time: datetime.datetime,
            end_time: Optional[datetime.datetime] = None,
            pool_id: Optional[str] = None,
            scheduling_error: Optional[BatchJobSchedulingError] = None,
            termination_reason: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobSchedulingError(Model):
    """An error met by the service while scheduling a job."""

    category: Union[str, BatchErrorSourceCategory] = rest_field()
    """Category of the error: user error or server error."""
    code: Optional[str] = rest_field()
    """Identifier of the error; codes are invariant and usable by programs."""
    message: Optional[str] = rest_field()
    """Human-readable description of the error."""
    details: Optional[List[NameValuePair]] = rest_field()
    """Extra name-value details about the error."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            category: Union[str, BatchErrorSourceCategory],
            code: Optional[str] = None,
            message: Optional[str] = None,
            details: Optional[List[NameValuePair]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobStatistics(Model):
    """Resource usage statistics for a job."""

    url: str = rest_field()
    """URL of the statistics."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the period the statistics cover, RFC 3339 UTC."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the statistics were last updated, RFC 3339 UTC."""
    user_cpu_time: datetime.timedelta = rest_field(name="userCPUTime")
    """Total user-mode CPU time of all tasks, as an ISO 8601 duration."""
    kernel_cpu_time: datetime.timedelta = rest_field(name="kernelCPUTime")
    """Total kernel-mode CPU time of all tasks, as an ISO 8601 duration."""
    wall_clock_time: datetime.timedelta = rest_field()
    """Total wall-clock time of all tasks, as an ISO 8601 duration."""
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


class BatchJobCreateOptions(Model):
    """Request body for adding a job to an account."""

    id: str = rest_field()
    """Unique ID of the job within the account; up to 64 chars, case-preserving."""
    display_name: Optional[str] = rest_field()
    """Display name of the job; up to 1024 Unicode characters."""
    uses_task_dependencies: Optional[bool] = rest_field()
    """Whether tasks in the job can declare dependencies on other tasks."""
    priority: Optional[int] = rest_field(ge=-1000, le=1000)
    """Job priority, -1000 (lowest) to 1000 (highest); default 0."""
    allow_task_preemption: Optional[bool] = rest_field()
    """Whether tasks may be preempted by tasks from higher-priority jobs."""
    max_parallel_tasks: Optional[int] = rest_field(check=_minus_one_or_positive)
    """Max tasks run in parallel for the job; -1 (no limit, default) or > 0."""
    constraints: Optional[BatchJobConstraints] = rest_field()
    """Execution constraints for the job."""
    job_manager_task: Optional[BatchJobManagerTask] = rest_field()
    """Job Manager task launched when the job starts."""
    job_preparation_task: Optional[BatchJobPreparationTask] = rest_field()
    """Task run on each node before any task of the job runs there."""
    job_release_task: Optional[BatchJobReleaseTask] = rest_field()
    """Task run on each node that ran the job's tasks, when the job ends."""
    common_environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for every task in the job."""
    pool_info: BatchPoolInfo = rest_field()
    """Pool on which the job's tasks run, existing or auto-created."""
    all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = rest_field(
        name="onAllTasksComplete"
    )
    """Action to take when all tasks in the job are complete; default noaction."""
    task_failure_mode: Optional[Union[str, BatchTaskFailureMode]] = rest_field(name="onTaskFailure")
    """Action to take when a task in the job fails; default noaction."""
    network_configuration: Optional[BatchJobNetworkConfiguration] = rest_field()
    """Network configuration for the job."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the job; not interpreted by the service."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
            pool_info: BatchPoolInfo,
            display_name: Optional[str] = None,
            uses_task_dependencies: Optional[bool] = None,
            priority: Optional[int] = None,
            allow_task_preemption: Optional[bool] = None,
            max_parallel_tasks: Optional[int] = None,
            constraints: Optional[BatchJobConstraints] = None,
            job_manager_task: Optional[BatchJobManagerTask] = None,
            job_preparation_task: Optional[BatchJobPreparationTask] = None,
            job_release_task: Optional[BatchJobReleaseTask] = None,
            common_environment_settings: Optional[List[EnvironmentSetting]] = None,
            all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = None,
            task_failure_mode: Optional[Union[str, BatchTaskFailureMode]] = None,
            network_configuration: Optional[BatchJobNetworkConfiguration] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobDisableOptions(Model):
    """Request body for disabling a job."""

    disable_tasks: Union[str, DisableBatchJobOption] = rest_field()
    """What to do with the job's active tasks: requeue, terminate or wait."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            disable_tasks: Union[str, DisableBatchJobOption],
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobPreparationAndReleaseTaskStatus(Model):
    """Status of a job's Preparation and Release tasks on one node."""

    pool_id: Optional[str] = rest_field()
    """ID of the pool that holds the node."""
    node_id: Optional[str] = rest_field()
    """ID of the node the status refers to."""
    node_url: Optional[str] = rest_field()
    """URL of the node."""
    job_preparation_task_execution_info: Optional[BatchJobPreparationTaskExecutionInfo] = (
        rest_field()
    )
    """Execution information of the Job Preparation task on the node."""
    job_release_task_execution_info: Optional[BatchJobReleaseTaskExecutionInfo] = rest_field()
    """Execution information of the Job Release task on the node."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_id: Optional[str] = None,
            node_id: Optional[str] = None,
            node_url: Optional[str] = None,
            job_preparation_task_execution_info: Optional[
                BatchJobPreparationTaskExecutionInfo
            ] = None,
            job_release_task_execution_info: Optional[BatchJobReleaseTaskExecutionInfo] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobPreparationTaskExecutionInfo(Model):
    """Execution information of a Job Preparation task on a node."""

    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the task started running, RFC 3339 UTC; the latest start after a retry."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the task completed, RFC 3339 UTC; set only when it is completed."""
    state: Union[str, BatchJobPreparationTaskState] = rest_field()
    """Current state of the task on the node: running or completed."""
    task_root_directory: Optional[str] = rest_field()
    """Root directory of the task on the node."""
    task_root_directory_url: Optional[str] = rest_field()
    """URL of the task's root directory on the node."""
    exit_code: Optional[int] = rest_field()
    """Exit code of the task's command line; set only when it is completed."""
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    """Container the task ran in; set only for tasks run in a container."""
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    """Why the task failed; set only when it failed."""
    retry_count: int = rest_field(ge=0)
    """Number of times the service retried the task."""
    last_retry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the last retry started, RFC 3339 UTC; set only after a retry."""
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()
    """Outcome of the task run; set only when it is completed."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start_time: datetime.datetime,
            state: Union[str, BatchJobPreparationTaskState],
            retry_count: int,
            end_time: Optional[datetime.datetime] = None,
            task_root_directory: Optional[str] = None,
            task_root_directory_url: Optional[str] = None,
            exit_code: Optional[int] = None,
            container_info: Optional[BatchTaskContainerExecutionInfo] = None,
            failure_info: Optional[BatchTaskFailureInfo] = None,
            last_retry_time: Optional[datetime.datetime] = None,
            result: Optional[Union[str, BatchTaskExecutionResult]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobReleaseTaskExecutionInfo(Model):
    """Execution information of a Job Release task on a node."""

    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the task started running, RFC 3339 UTC."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the task completed, RFC 3339 UTC; set only when it is completed."""
    state: Union[str, BatchJobReleaseTaskState] = rest_field()
    """Current state of the task on the node: running or completed."""
    task_root_directory: Optional[str] = rest_field()
    """Root directory of the task on the node."""
    task_root_directory_url: Optional[str] = rest_field()
    """URL of the task's root directory on the node."""
    exit_code: Optional[int] = rest_field()
    """Exit code of the task's command line; set only when it is completed."""
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    """Container the task ran in; set only for tasks run in a container."""
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    """Why the task failed; set only when it failed."""
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()
    """Outcome of the task run; set only when it is completed."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start_time: datetime.datetime,
            state: Union[str, BatchJobReleaseTaskState],
            end_time: Optional[datetime.datetime] = None,
            task_root_directory: Optional[str] = None,
            task_root_directory_url: Optional[str] = None,
            exit_code: Optional[int] = None,
            container_info: Optional[BatchTaskContainerExecutionInfo] = None,
            failure_info: Optional[BatchTaskFailureInfo] = None,
            result: Optional[Union[str, BatchTaskExecutionResult]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobSpecification(Model):
    """Template of the jobs a job schedule creates."""

    priority: Optional[int] = rest_field(ge=-1000, le=1000)
    """Job priority, -1000 (lowest) to 1000 (highest); default 0."""
    allow_task_preemption: Optional[bool] = rest_field()
    """Whether tasks may be preempted by tasks from higher-priority jobs."""
    max_parallel_tasks: Optional[int] = rest_field(check=_minus_one_or_positive)
    """Max tasks run in parallel for the job; -1 (no limit, default) or > 0."""
    display_name: Optional[str] = rest_field()
    """Display name of the created jobs; up to 1024 Unicode characters."""
    uses_task_dependencies: Optional[bool] = rest_field()
    """Whether tasks in the job can declare dependencies on other tasks."""
    all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = rest_field(
        name="onAllTasksComplete"
    )
    """Action to take when all tasks in the job are complete; default noaction."""
    task_failure_mode: Optional[Union[str, BatchTaskFailureMode]] = rest_field(name="onTaskFailure")
    """Action to take when a task in the job fails; default noaction."""
    network_configuration: Optional[BatchJobNetworkConfiguration] = rest_field()
    """Network configuration for the job."""
    constraints: Optional[BatchJobConstraints] = rest_field()
    """Execution constraints for the job."""
    job_manager_task: Optional[BatchJobManagerTask] = rest_field()
    """Job Manager task launched when the job starts."""
    job_preparation_task: Optional[BatchJobPreparationTask] = rest_field()
    """Task run on each node before any task of the job runs there."""
    job_release_task: Optional[BatchJobReleaseTask] = rest_field()
    """Task run on each node that ran the job's tasks, when the job ends."""
    common_environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for every task in the job."""
    pool_info: BatchPoolInfo = rest_field()
    """Pool on which the job's tasks run, existing or auto-created."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the job; not interpreted by the service."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_info: BatchPoolInfo,
            priority: Optional[int] = None,
            allow_task_preemption: Optional[bool] = None,
            max_parallel_tasks: Optional[int] = None,
            display_name: Optional[str] = None,
            uses_task_dependencies: Optional[bool] = None,
            all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = None,
            task_failure_mode: Optional[Union[str, BatchTaskFailureMode]] = None,
            network_configuration: Optional[BatchJobNetworkConfiguration] = None,
            constraints: Optional[BatchJobConstraints] = None,
            job_manager_task: Optional[BatchJobManagerTask] = None,
            job_preparation_task: Optional[BatchJobPreparationTask] = None,
            job_release_task: Optional[BatchJobReleaseTask] = None,
            common_environment_settings: Optional[List[EnvironmentSetting]] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobUpdateOptions(Model):
    """Request body for updating (patching) a job; absent fields stay unchanged."""

    priority: Optional[int] = rest_field(ge=-1000, le=1000)
    """Job priority, -1000 (lowest) to 1000 (highest); default 0."""
    allow_task_preemption: Optional[bool] = rest_field()
    """Whether tasks may be preempted by tasks from higher-priority jobs."""
    max_parallel_tasks: Optional[int] = rest_field(check=_minus_one_or_positive)
    """Max tasks run in parallel for the job; -1 (no limit, default) or > 0."""
    constraints: Optional[BatchJobConstraints] = rest_field()
    """Execution constraints for the job."""
    pool_info: Optional[BatchPoolInfo] = rest_field()
    """Pool on which the job's tasks run, existing or auto-created."""
    all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = rest_field(
        name="onAllTasksComplete"
    )
    """Action to take when all tasks in the job are complete; default noaction."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the job; not interpreted by the service."""
    network_configuration: Optional[BatchJobNetworkConfiguration] = rest_field()
    """Network configuration for the job."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            priority: Optional[int] = None,
            allow_task_preemption: Optional[bool] = None,
            max_parallel_tasks: Optional[int] = None,
            constraints: Optional[BatchJobConstraints] = None,
            pool_info: Optional[BatchPoolInfo] = None,
            all_tasks_complete_mode: Optional[Union[str, BatchAllTasksCompleteMode]] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
            network_configuration: Optional[BatchJobNetworkConfiguration] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskCounts(Model):
    """Number of tasks of a job in each state."""

    active: int = rest_field(ge=0)
    """Number of tasks in the active state."""
    running: int = rest_field(ge=0)
    """Number of tasks in the running or preparing state."""
    completed: int = rest_field(ge=0)
    """Number of tasks in the completed state."""
    succeeded: int = rest_field(ge=0)
    """Number of completed tasks whose result is success."""
    failed: int = rest_field(ge=0)
    """Number of completed tasks whose result is failure."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            active: int,
            running: int,
            completed: int,
            succeeded: int,
            failed: int,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskCountsResult(Model):
    """Task counts and task slot counts of a job."""

    task_counts: BatchTaskCounts = rest_field()
    """Number of tasks per state."""
    task_slot_counts: BatchTaskSlotCounts = rest_field()
    """Number of task slots used by tasks per state."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            task_counts: BatchTaskCounts,
            task_slot_counts: BatchTaskSlotCounts,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskSlotCounts(Model):
    """Number of task slots used by a job's tasks in each state."""

    active: int = rest_field(ge=0)
    """Slots needed by tasks in the active state."""
    running: int = rest_field(ge=0)
    """Slots used by tasks in the running or preparing state."""
    completed: int = rest_field(ge=0)
    """Slots used by tasks in the completed state."""
    succeeded: int = rest_field(ge=0)
    """Slots used by completed tasks whose result is success."""
    failed: int = rest_field(ge=0)
    """Slots used by completed tasks whose result is failure."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            active: int,
            running: int,
            completed: int,
            succeeded: int,
            failed: int,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobTerminateOptions(Model):
    """Request body for terminating a job (azure-batch 15.1.0's model; not in the schema)."""

    termination_reason: Optional[str] = rest_field(name="terminateReason")
    """Text to set as the job's terminate reason; default ``UserTerminate``."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            termination_reason: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
