"""Tasks: the job manager, preparation, release and start tasks and their parts."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import (
    AutoUserScope,
    BatchErrorSourceCategory,
    BatchJobActionKind,
    BatchSubtaskState,
    BatchTaskAddStatus,
    BatchTaskExecutionResult,
    BatchTaskState,
    ContainerHostDataPath,
    ContainerWorkingDirectory,
    DependencyAction,
    ElevationLevel,
)
from ._service_errors import BatchError, NameValuePair
from ._storage import BatchNodeIdentityReference, OutputFile, ResourceFile

__all__ = [
    "BatchJobManagerTask",
    "BatchJobPreparationTask",
    "BatchJobReleaseTask",
    "BatchStartTask",
    "BatchTaskConstraints",
    "BatchTaskContainerSettings",
    "ContainerRegistryReference",
    "ContainerHostBatchBindMountEntry",
    "UserIdentity",
    "AutoUserSpecification",
    "EnvironmentSetting",
    "BatchMetadataItem",
    "BatchApplicationPackageReference",
    "BatchAffinityInfo",
    "BatchCreateTaskCollectionResult",
    "BatchSubtask",
    "BatchTask",
    "BatchTaskContainerExecutionInfo",
    "BatchTaskCreateOptions",
    "BatchTaskCreateResult",
    "BatchTaskDependencies",
    "BatchTaskExecutionInfo",
    "BatchTaskFailureInfo",
    "BatchTaskGroup",
    "BatchTaskIdRange",
    "BatchTaskStatistics",
    "ExitCodeMapping",
    "ExitCodeRangeMapping",
    "ExitConditions",
    "ExitOptions",
    "MultiInstanceSettings",
    "BatchNodeInfo",
]


class BatchJobManagerTask(Model):
    """Specification of a Job Manager task that runs when a job starts."""

    id: str = rest_field()
    """ID of the Job Manager task, unique in the job; up to 64 chars."""
    display_name: Optional[str] = rest_field()
    """Display name of the task; up to 1024 Unicode characters."""
    command_line: str = rest_field()
    """Command line of the task; not run under a shell unless invoked explicitly."""
    container_settings: Optional[BatchTaskContainerSettings] = rest_field()
    """Container settings for running the task inside a container."""
    resource_files: Optional[List[ResourceFile]] = rest_field()
    """Files downloaded to the node before the command line runs."""
    output_files: Optional[List[OutputFile]] = rest_field()
    """Files uploaded from the node after the command line completes."""
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for the task."""
    constraints: Optional[BatchTaskConstraints] = rest_field()
    """Execution constraints for the task."""
    required_slots: Optional[int] = rest_field(ge=1)
    """Scheduling slots the task needs on a node; at least 1, default 1."""
    kill_job_on_completion: Optional[bool] = rest_field()
    """Whether the job is terminated when this task completes; default true."""
    user_identity: Optional[UserIdentity] = rest_field()
    """User identity the task runs as; default is a non-admin auto-user."""
    run_exclusive: Optional[bool] = rest_field()
    """Whether the task needs exclusive use of its node; default true."""
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()
    """Application packages deployed to the node before the task runs."""
    allow_low_priority_node: Optional[bool] = rest_field()
    """Whether the task may run on a Spot/low-priority node; default true."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
            command_line: str,
            display_name: Optional[str] = None,
            container_settings: Optional[BatchTaskContainerSettings] = None,
            resource_files: Optional[List[ResourceFile]] = None,
            output_files: Optional[List[OutputFile]] = None,
            environment_settings: Optional[List[EnvironmentSetting]] = None,
            constraints: Optional[BatchTaskConstraints] = None,
            required_slots: Optional[int] = None,
            kill_job_on_completion: Optional[bool] = None,
            user_identity: Optional[UserIdentity] = None,
            run_exclusive: Optional[bool] = None,
            application_package_references: Optional[List[BatchApplicationPackageReference]] = None,
            allow_low_priority_node: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobPreparationTask(Model):
    """A task run on a node before any of the job's tasks run there."""

    id: Optional[str] = rest_field()
    """ID of the task; defaults to 'jobpreparation' when absent."""
    command_line: str = rest_field()
    """Command line of the task; not run under a shell unless invoked explicitly."""
    container_settings: Optional[BatchTaskContainerSettings] = rest_field()
    """Container settings for running the task inside a container."""
    resource_files: Optional[List[ResourceFile]] = rest_field()
    """Files downloaded to the node before the command line runs."""
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for the task."""
    constraints: Optional[BatchTaskConstraints] = rest_field()
    """Execution constraints for the task."""
    wait_for_success: Optional[bool] = rest_field()
    """Whether job tasks wait for this task to succeed first; default true."""
    user_identity: Optional[UserIdentity] = rest_field()
    """User identity the task runs as; default is a non-admin auto-user."""
    rerun_on_node_reboot_after_success: Optional[bool] = rest_field()
    """Whether the task reruns after a node reboot; default true."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            command_line: str,
            id: Optional[str] = None,
            container_settings: Optional[BatchTaskContainerSettings] = None,
            resource_files: Optional[List[ResourceFile]] = None,
            environment_settings: Optional[List[EnvironmentSetting]] = None,
            constraints: Optional[BatchTaskConstraints] = None,
            wait_for_success: Optional[bool] = None,
            user_identity: Optional[UserIdentity] = None,
            rerun_on_node_reboot_after_success: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchJobReleaseTask(Model):
    """A task run on each node that ran job tasks when the job ends."""

    id: Optional[str] = rest_field()
    """ID of the task; defaults to 'jobrelease' when absent."""
    command_line: str = rest_field()
    """Command line of the task; not run under a shell unless invoked explicitly."""
    container_settings: Optional[BatchTaskContainerSettings] = rest_field()
    """Container settings for running the task inside a container."""
    resource_files: Optional[List[ResourceFile]] = rest_field()
    """Files downloaded to the node before the command line runs."""
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for the task."""
    max_wall_clock_time: Optional[datetime.timedelta] = rest_field()
    """Max run time as an ISO 8601 duration; default and maximum 15 minutes."""
    retention_time: Optional[datetime.timedelta] = rest_field()
    """How long the task directory is kept, ISO 8601 duration; default 7 days."""
    user_identity: Optional[UserIdentity] = rest_field()
    """User identity the task runs as; default is a non-admin auto-user."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            command_line: str,
            id: Optional[str] = None,
            container_settings: Optional[BatchTaskContainerSettings] = None,
            resource_files: Optional[List[ResourceFile]] = None,
            environment_settings: Optional[List[EnvironmentSetting]] = None,
            max_wall_clock_time: Optional[datetime.timedelta] = None,
            retention_time: Optional[datetime.timedelta] = None,
            user_identity: Optional[UserIdentity] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchStartTask(Model):
    """A task run on each node when it joins the pool or is restarted."""

    command_line: str = rest_field()
    """Command line of the task; not run under a shell unless invoked explicitly."""
    container_settings: Optional[BatchTaskContainerSettings] = rest_field()
    """Container settings for running the task inside a container."""
    resource_files: Optional[List[ResourceFile]] = rest_field()
    """Files downloaded to the node before the command line runs."""
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for the task."""
    user_identity: Optional[UserIdentity] = rest_field()
    """User identity the task runs as; default is a non-admin auto-user."""
    max_task_retry_count: Optional[int] = rest_field(ge=-1)
    """Max retries on failure; 0 means none, -1 retries without limit."""
    wait_for_success: Optional[bool] = rest_field()
    """Whether tasks wait for the start task to succeed first; default true."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            command_line: str,
            container_settings: Optional[BatchTaskContainerSettings] = None,
            resource_files: Optional[List[ResourceFile]] = None,
            environment_settings: Optional[List[EnvironmentSetting]] = None,
            user_identity: Optional[UserIdentity] = None,
            max_task_retry_count: Optional[int] = None,
            wait_for_success: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskConstraints(Model):
    """Execution limits for a task."""

    max_wall_clock_time: Optional[datetime.timedelta] = rest_field()
    """Max run time as an ISO 8601 duration; unlimited when absent."""
    retention_time: Optional[datetime.timedelta] = rest_field()
    """How long the task directory is kept, ISO 8601 duration; default 7 days."""
    max_task_retry_count: Optional[int] = rest_field(ge=-1)
    """Max retries on failure; 0 means none, -1 retries without limit."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            max_wall_clock_time: Optional[datetime.timedelta] = None,
            retention_time: Optional[datetime.timedelta] = None,
            max_task_retry_count: Optional[int] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskContainerSettings(Model):
    """Container settings for running a task."""

    container_run_options: Optional[str] = rest_field()
    """Extra options for the container create command."""
    image_name: str = rest_field()
    """Image used to create the task's container, e.g. 'ubuntu:22.04'."""
    registry: Optional[ContainerRegistryReference] = rest_field()
    """Private registry holding the image; omit if set at pool level."""
    working_directory: Optional[Union[str, ContainerWorkingDirectory]] = rest_field()
    """Working directory of the task in the container; default task directory."""
    container_host_batch_bind_mounts: Optional[List[ContainerHostBatchBindMountEntry]] = (
        rest_field()
    )
    """Batch host paths mounted into the container."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            image_name: str,
            container_run_options: Optional[str] = None,
            registry: Optional[ContainerRegistryReference] = None,
            working_directory: Optional[Union[str, ContainerWorkingDirectory]] = None,
            container_host_batch_bind_mounts: Optional[
                List[ContainerHostBatchBindMountEntry]
            ] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ContainerRegistryReference(Model):
    """A private container registry and the credentials used to access it."""

    username: Optional[str] = rest_field()
    """User name for logging in to the registry."""
    password: Optional[str] = rest_field(secret=True)
    """Password for the registry; a secret sent only in requests."""
    registry_server: Optional[str] = rest_field()
    """Registry server URL; defaults to docker.io when absent."""
    identity_reference: Optional[BatchNodeIdentityReference] = rest_field()
    """Managed identity used to pull from Azure Container Registry instead."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            username: Optional[str] = None,
            password: Optional[str] = None,
            registry_server: Optional[str] = None,
            identity_reference: Optional[BatchNodeIdentityReference] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ContainerHostBatchBindMountEntry(Model):
    """A host path bind-mounted into a task container."""

    source: Optional[Union[str, ContainerHostDataPath]] = rest_field()
    """Which Batch-managed host directory is mounted into the container."""
    is_read_only: Optional[bool] = rest_field()
    """Whether the path is mounted read-only; read/write when absent or false."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            source: Optional[Union[str, ContainerHostDataPath]] = None,
            is_read_only: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class UserIdentity(Model):
    """The identity a task runs as; set user name or auto-user, not both."""

    username: Optional[str] = rest_field()
    """Name of a pool user account to run the task as."""
    auto_user: Optional[AutoUserSpecification] = rest_field()
    """Auto-user settings; a non-admin task-scoped auto-user when both absent."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            username: Optional[str] = None,
            auto_user: Optional[AutoUserSpecification] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class AutoUserSpecification(Model):
    """Options for the auto-user account under which a Batch task runs."""

    scope: Optional[Union[str, AutoUserScope]] = rest_field()
    """Whether the auto-user is shared by the pool or unique to the task; default 'pool'."""
    elevation_level: Optional[Union[str, ElevationLevel]] = rest_field()
    """Elevation level of the auto-user; default is non-admin."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            scope: Optional[Union[str, AutoUserScope]] = None,
            elevation_level: Optional[Union[str, ElevationLevel]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class EnvironmentSetting(Model):
    """An environment variable set for a task process."""

    name: str = rest_field()
    """Name of the environment variable."""
    value: Optional[str] = rest_field()
    """Value of the environment variable; empty when absent."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            value: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchMetadataItem(Model):
    """A name-value pair attached to a Batch resource."""

    name: str = rest_field()
    """Name of the metadata item."""
    value: str = rest_field()
    """Value of the metadata item."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            value: str,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchApplicationPackageReference(Model):
    """A reference to an application package to deploy to nodes."""

    application_id: str = rest_field()
    """ID of the application whose package is deployed."""
    version: Optional[str] = rest_field()
    """Package version; the application's default version is used when absent."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            application_id: str,
            version: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchAffinityInfo(Model):
    """A locality hint for choosing the node a task starts on."""

    affinity_id: str = rest_field()
    """Affinity ID of a node or task; the task prefers to run on that node."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            affinity_id: str,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchCreateTaskCollectionResult(Model):
    """Result of adding a collection of tasks to a job."""

    result_values: Optional[List[BatchTaskCreateResult]] = rest_field(name="value")
    """Result of adding each task, one entry per task."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            result_values: Optional[List[BatchTaskCreateResult]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchSubtask(Model):
    """Information about one subtask (instance) of a multi-instance task."""

    id: Optional[int] = rest_field()
    """ID of the subtask."""
    node_info: Optional[BatchNodeInfo] = rest_field()
    """Node the subtask ran on."""
    start_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the subtask started running, RFC 3339 UTC."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the subtask completed, RFC 3339 UTC; set only when it is completed."""
    exit_code: Optional[int] = rest_field()
    """Exit code of the subtask's command line; set only when it is completed."""
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    """Container the subtask ran in; set only for tasks run in a container."""
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    """Why the subtask failed; set only when it failed."""
    state: Optional[Union[str, BatchSubtaskState]] = rest_field()
    """Current state of the subtask."""
    state_transition_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the subtask entered its current state, RFC 3339 UTC."""
    previous_state: Optional[Union[str, BatchSubtaskState]] = rest_field()
    """State the subtask was in before the current one; absent if still initial."""
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the subtask entered its previous state, RFC 3339 UTC."""
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()
    """Outcome of the subtask run; set only when it is completed."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: Optional[int] = None,
            node_info: Optional[BatchNodeInfo] = None,
            start_time: Optional[datetime.datetime] = None,
            end_time: Optional[datetime.datetime] = None,
            exit_code: Optional[int] = None,
            container_info: Optional[BatchTaskContainerExecutionInfo] = None,
            failure_info: Optional[BatchTaskFailureInfo] = None,
            state: Optional[Union[str, BatchSubtaskState]] = None,
            state_transition_time: Optional[datetime.datetime] = None,
            previous_state: Optional[Union[str, BatchSubtaskState]] = None,
            previous_state_transition_time: Optional[datetime.datetime] = None,
            result: Optional[Union[str, BatchTaskExecutionResult]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTask(Model):
    """A task: a command line run on a compute node as part of a job."""

    id: str = rest_field(visibility=["read"])
    """ID of the task, unique in the job; up to 64 chars."""
    display_name: Optional[str] = rest_field(visibility=["read"])
    """Display name of the task; up to 1024 Unicode characters."""
    url: str = rest_field(visibility=["read"])
    """URL of the task resource. Read-only: set by the service."""
    etag: str = rest_field(name="eTag", visibility=["read"])
    """ETag of the task, for optimistic concurrency. Read-only: set by the service."""
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the task was last changed, RFC 3339 UTC. Read-only."""
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the task was created, RFC 3339 UTC. Read-only."""
    exit_conditions: Optional[ExitConditions] = rest_field(visibility=["read"])
    """How the service reacts when the task completes."""
    state: Union[str, BatchTaskState] = rest_field(visibility=["read"])
    """Current state of the task. Read-only: set by the service."""
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the task entered its current state, RFC 3339 UTC. Read-only."""
    previous_state: Optional[Union[str, BatchTaskState]] = rest_field(visibility=["read"])
    """State the task was in before the current one; absent if still initial."""
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    """Time the task entered its previous state, RFC 3339 UTC."""
    command_line: str = rest_field(visibility=["read"])
    """Command line of the task; not run under a shell unless invoked explicitly."""
    container_settings: Optional[BatchTaskContainerSettings] = rest_field(visibility=["read"])
    """Container settings for running the task inside a container."""
    resource_files: Optional[List[ResourceFile]] = rest_field(visibility=["read"])
    """Files downloaded to the node before the command line runs."""
    output_files: Optional[List[OutputFile]] = rest_field(visibility=["read"])
    """Files uploaded from the node after the command line completes."""
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field(visibility=["read"])
    """Environment variables set for the task."""
    affinity_info: Optional[BatchAffinityInfo] = rest_field(visibility=["read"])
    """Locality hint for the node the task should start on."""
    constraints: Optional[BatchTaskConstraints] = rest_field()
    """Execution constraints for the task."""
    required_slots: Optional[int] = rest_field(visibility=["read"], ge=1)
    """Scheduling slots the task needs on a node; at least 1, default 1."""
    user_identity: Optional[UserIdentity] = rest_field(visibility=["read"])
    """User identity the task runs as; default is a non-admin auto-user."""
    execution_info: Optional[BatchTaskExecutionInfo] = rest_field(visibility=["read"])
    """Execution information for the task. Read-only: set by the service."""
    node_info: Optional[BatchNodeInfo] = rest_field(visibility=["read"])
    """Node the task ran on. Read-only: set by the service."""
    multi_instance_settings: Optional[MultiInstanceSettings] = rest_field(visibility=["read"])
    """Settings that make the task a multi-instance (MPI) task."""
    task_statistics: Optional[BatchTaskStatistics] = rest_field(name="stats", visibility=["read"])
    """Resource usage statistics of the task. Read-only."""
    depends_on: Optional[BatchTaskDependencies] = rest_field(visibility=["read"])
    """Tasks this task depends on; it starts only after they succeed."""
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field(
        visibility=["read"]
    )
    """Application packages deployed to the node before the task runs."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            constraints: Optional[BatchTaskConstraints] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskContainerExecutionInfo(Model):
    """The container a task ran in."""

    container_id: Optional[str] = rest_field()
    """ID of the container."""
    state: Optional[str] = rest_field()
    """State of the container as reported by Docker."""
    error: Optional[str] = rest_field()
    """Detailed error of the container as reported by Docker."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            container_id: Optional[str] = None,
            state: Optional[str] = None,
            error: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskCreateOptions(Model):
    """Request body for adding a task to a job."""

    id: str = rest_field()
    """ID of the task, unique in the job; up to 64 chars."""
    display_name: Optional[str] = rest_field()
    """Display name of the task; up to 1024 Unicode characters."""
    exit_conditions: Optional[ExitConditions] = rest_field()
    """How the service reacts when the task completes."""
    command_line: str = rest_field()
    """Command line of the task; not run under a shell unless invoked explicitly."""
    container_settings: Optional[BatchTaskContainerSettings] = rest_field()
    """Container settings for running the task inside a container."""
    resource_files: Optional[List[ResourceFile]] = rest_field()
    """Files downloaded to the node before the command line runs."""
    output_files: Optional[List[OutputFile]] = rest_field()
    """Files uploaded from the node after the command line completes."""
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    """Environment variables set for the task."""
    affinity_info: Optional[BatchAffinityInfo] = rest_field()
    """Locality hint for the node the task should start on."""
    constraints: Optional[BatchTaskConstraints] = rest_field()
    """Execution constraints for the task."""
    required_slots: Optional[int] = rest_field(ge=1)
    """Scheduling slots the task needs on a node; at least 1, default 1."""
    user_identity: Optional[UserIdentity] = rest_field()
    """User identity the task runs as; default is a non-admin auto-user."""
    multi_instance_settings: Optional[MultiInstanceSettings] = rest_field()
    """Settings that make the task a multi-instance (MPI) task."""
    depends_on: Optional[BatchTaskDependencies] = rest_field()
    """Tasks this task depends on; it starts only after they succeed."""
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()
    """Application packages deployed to the node before the task runs."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
            command_line: str,
            display_name: Optional[str] = None,
            exit_conditions: Optional[ExitConditions] = None,
            container_settings: Optional[BatchTaskContainerSettings] = None,
            resource_files: Optional[List[ResourceFile]] = None,
            output_files: Optional[List[OutputFile]] = None,
            environment_settings: Optional[List[EnvironmentSetting]] = None,
            affinity_info: Optional[BatchAffinityInfo] = None,
            constraints: Optional[BatchTaskConstraints] = None,
            required_slots: Optional[int] = None,
            user_identity: Optional[UserIdentity] = None,
            multi_instance_settings: Optional[MultiInstanceSettings] = None,
            depends_on: Optional[BatchTaskDependencies] = None,
            application_package_references: Optional[List[BatchApplicationPackageReference]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskCreateResult(Model):
    """Result of adding one task in a task collection request."""

    status: Union[str, BatchTaskAddStatus] = rest_field()
    """Whether the task was added, or failed with a client or server error."""
    task_id: str = rest_field()
    """ID of the task the result refers to."""
    etag: Optional[str] = rest_field(name="eTag")
    """ETag of the task, if it was added."""
    last_modified: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the task was last changed, RFC 3339 UTC."""
    location: Optional[str] = rest_field()
    """URL of the task, if it was added."""
    error: Optional[BatchError] = rest_field()
    """Error met while adding the task."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            status: Union[str, BatchTaskAddStatus],
            task_id: str,
            etag: Optional[str] = None,
            last_modified: Optional[datetime.datetime] = None,
            location: Optional[str] = None,
            error: Optional[BatchError] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskDependencies(Model):
    """Tasks a task depends on, by ID or by ID range."""

    task_ids: Optional[List[str]] = rest_field()
    """IDs of the tasks this task depends on; at most 64000 characters in total."""
    task_id_ranges: Optional[List[BatchTaskIdRange]] = rest_field()
    """Ranges of task IDs this task depends on."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            task_ids: Optional[List[str]] = None,
            task_id_ranges: Optional[List[BatchTaskIdRange]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskExecutionInfo(Model):
    """Execution information for a task."""

    start_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the task started running, RFC 3339 UTC; the latest start after a retry."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the task completed, RFC 3339 UTC; set only when it is completed."""
    exit_code: Optional[int] = rest_field()
    """Exit code of the task's command line; set only when it is completed."""
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    """Container the task ran in; set only for tasks run in a container."""
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    """Why the task failed; set only when it failed."""
    retry_count: int = rest_field(ge=0)
    """Number of times the service retried the task after a non-zero exit."""
    last_retry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the last retry started, RFC 3339 UTC; set only after a retry."""
    requeue_count: int = rest_field(ge=0)
    """Number of times the service requeued the task, e.g. for node removal."""
    last_requeue_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the task was last requeued, RFC 3339 UTC; set only after a requeue."""
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()
    """Outcome of the task run; set only when it is completed."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            retry_count: int,
            requeue_count: int,
            start_time: Optional[datetime.datetime] = None,
            end_time: Optional[datetime.datetime] = None,
            exit_code: Optional[int] = None,
            container_info: Optional[BatchTaskContainerExecutionInfo] = None,
            failure_info: Optional[BatchTaskFailureInfo] = None,
            last_retry_time: Optional[datetime.datetime] = None,
            last_requeue_time: Optional[datetime.datetime] = None,
            result: Optional[Union[str, BatchTaskExecutionResult]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskFailureInfo(Model):
    """Why a task failed."""

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


class BatchTaskGroup(Model):
    """Request body for adding a collection of tasks to a job."""

    task_values: List[BatchTaskCreateOptions] = rest_field(name="value")
    """Tasks to add; at most 100 per request."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            task_values: List[BatchTaskCreateOptions],
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskIdRange(Model):
    """An inclusive range of task IDs that a task depends on."""

    start: int = rest_field()
    """First task ID in the range."""
    end: int = rest_field()
    """Last task ID in the range."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start: int,
            end: int,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskStatistics(Model):
    """Resource usage statistics for a task."""

    url: str = rest_field()
    """URL of the statistics."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the period the statistics cover, RFC 3339 UTC."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the statistics were last updated, RFC 3339 UTC."""
    user_cpu_time: datetime.timedelta = rest_field(name="userCPUTime")
    """User-mode CPU time of the task, as an ISO 8601 duration."""
    kernel_cpu_time: datetime.timedelta = rest_field(name="kernelCPUTime")
    """Kernel-mode CPU time of the task, as an ISO 8601 duration."""
    wall_clock_time: datetime.timedelta = rest_field()
    """Wall-clock time of the task, as an ISO 8601 duration."""
    read_iops: int = rest_field(name="readIOps", format="str", ge=0)
    """Disk read operations by the task; a string on the wire."""
    write_iops: int = rest_field(name="writeIOps", format="str", ge=0)
    """Disk write operations by the task; a string on the wire."""
    read_io_gib: float = rest_field(name="readIOGiB", ge=0)
    """Data read from disk by the task, in GiB."""
    write_io_gib: float = rest_field(name="writeIOGiB", ge=0)
    """Data written to disk by the task, in GiB."""
    wait_time: datetime.timedelta = rest_field()
    """Time between the task's creation and its start, as an ISO 8601 duration."""

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
            wait_time: datetime.timedelta,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ExitCodeMapping(Model):
    """How the service reacts when a task exits with a given code."""

    code: int = rest_field()
    """Exit code of the task process."""
    exit_options: ExitOptions = rest_field()
    """What to do when the task exits with this code."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            code: int,
            exit_options: ExitOptions,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ExitCodeRangeMapping(Model):
    """How the service reacts when a task exits with a code in a range."""

    start: int = rest_field()
    """First exit code in the range."""
    end: int = rest_field()
    """Last exit code in the range."""
    exit_options: ExitOptions = rest_field()
    """What to do when the task exits with a code in the range."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start: int,
            end: int,
            exit_options: ExitOptions,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ExitConditions(Model):
    """How the service reacts when a task completes."""

    exit_codes: Optional[List[ExitCodeMapping]] = rest_field()
    """Reactions to single exit codes."""
    exit_code_ranges: Optional[List[ExitCodeRangeMapping]] = rest_field()
    """Reactions to ranges of exit codes."""
    pre_processing_error: Optional[ExitOptions] = rest_field()
    """Reaction when the task fails to start, e.g. a resource file failed."""
    file_upload_error: Optional[ExitOptions] = rest_field()
    """Reaction when uploading an output file fails; a matching exit code wins."""
    default: Optional[ExitOptions] = rest_field()
    """Reaction to any exit not matched by the other conditions."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            exit_codes: Optional[List[ExitCodeMapping]] = None,
            exit_code_ranges: Optional[List[ExitCodeRangeMapping]] = None,
            pre_processing_error: Optional[ExitOptions] = None,
            file_upload_error: Optional[ExitOptions] = None,
            default: Optional[ExitOptions] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ExitOptions(Model):
    """What the service does when a task exits in a given way."""

    job_action: Optional[Union[str, BatchJobActionKind]] = rest_field()
    """Action taken on the task's job when the task exits this way."""
    dependency_action: Optional[Union[str, DependencyAction]] = rest_field()
    """Whether tasks that depend on this task are unblocked (satisfy) or stay blocked."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            job_action: Optional[Union[str, BatchJobActionKind]] = None,
            dependency_action: Optional[Union[str, DependencyAction]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class MultiInstanceSettings(Model):
    """Settings for a multi-instance task, such as an MPI task."""

    number_of_instances: Optional[int] = rest_field(ge=1)
    """Number of nodes the task needs; default 1."""
    coordination_command_line: str = rest_field()
    """Command line run on every node to set up coordination before the main task."""
    common_resource_files: Optional[List[ResourceFile]] = rest_field()
    """Files downloaded to all nodes before the coordination command runs."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            coordination_command_line: str,
            number_of_instances: Optional[int] = None,
            common_resource_files: Optional[List[ResourceFile]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeInfo(Model):
    """The compute node a task ran on."""

    affinity_id: Optional[str] = rest_field()
    """Affinity ID of the node the task ran on."""
    node_url: Optional[str] = rest_field()
    """URL of the node."""
    pool_id: Optional[str] = rest_field()
    """ID of the pool the node belongs to."""
    node_id: Optional[str] = rest_field()
    """ID of the node."""
    task_root_directory: Optional[str] = rest_field()
    """Root directory of the task on the node."""
    task_root_directory_url: Optional[str] = rest_field()
    """URL of the task's root directory on the node."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            affinity_id: Optional[str] = None,
            node_url: Optional[str] = None,
            pool_id: Optional[str] = None,
            node_id: Optional[str] = None,
            task_root_directory: Optional[str] = None,
            task_root_directory_url: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
