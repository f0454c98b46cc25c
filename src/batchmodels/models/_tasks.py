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
    affinity_id: str = rest_field()

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
    result_values: Optional[List[BatchTaskCreateResult]] = rest_field(name="value")

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
    id: Optional[int] = rest_field()
    node_info: Optional[BatchNodeInfo] = rest_field()
    start_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    exit_code: Optional[int] = rest_field()
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    state: Optional[Union[str, BatchSubtaskState]] = rest_field()
    state_transition_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    previous_state: Optional[Union[str, BatchSubtaskState]] = rest_field()
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()

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
    id: str = rest_field(visibility=["read"])
    display_name: Optional[str] = rest_field(visibility=["read"])
    url: str = rest_field(visibility=["read"])
    etag: str = rest_field(name="eTag", visibility=["read"])
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    exit_conditions: Optional[ExitConditions] = rest_field(visibility=["read"])
    state: Union[str, BatchTaskState] = rest_field(visibility=["read"])
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    previous_state: Optional[Union[str, BatchTaskState]] = rest_field(visibility=["read"])
    previous_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    command_line: str = rest_field(visibility=["read"])
    container_settings: Optional[BatchTaskContainerSettings] = rest_field(visibility=["read"])
    resource_files: Optional[List[ResourceFile]] = rest_field(visibility=["read"])
    output_files: Optional[List[OutputFile]] = rest_field(visibility=["read"])
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field(visibility=["read"])
    affinity_info: Optional[BatchAffinityInfo] = rest_field(visibility=["read"])
    constraints: Optional[BatchTaskConstraints] = rest_field()
    required_slots: Optional[int] = rest_field(visibility=["read"])
    user_identity: Optional[UserIdentity] = rest_field(visibility=["read"])
    execution_info: Optional[BatchTaskExecutionInfo] = rest_field(visibility=["read"])
    node_info: Optional[BatchNodeInfo] = rest_field(visibility=["read"])
    multi_instance_settings: Optional[MultiInstanceSettings] = rest_field(visibility=["read"])
    task_statistics: Optional[BatchTaskStatistics] = rest_field(name="stats", visibility=["read"])
    depends_on: Optional[BatchTaskDependencies] = rest_field(visibility=["read"])
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field(
        visibility=["read"]
    )

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
    container_id: Optional[str] = rest_field()
    state: Optional[str] = rest_field()
    error: Optional[str] = rest_field()

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
    id: str = rest_field()
    display_name: Optional[str] = rest_field()
    exit_conditions: Optional[ExitConditions] = rest_field()
    command_line: str = rest_field()
    container_settings: Optional[BatchTaskContainerSettings] = rest_field()
    resource_files: Optional[List[ResourceFile]] = rest_field()
    output_files: Optional[List[OutputFile]] = rest_field()
    environment_settings: Optional[List[EnvironmentSetting]] = rest_field()
    affinity_info: Optional[BatchAffinityInfo] = rest_field()
    constraints: Optional[BatchTaskConstraints] = rest_field()
    required_slots: Optional[int] = rest_field()
    user_identity: Optional[UserIdentity] = rest_field()
    multi_instance_settings: Optional[MultiInstanceSettings] = rest_field()
    depends_on: Optional[BatchTaskDependencies] = rest_field()
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()

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
    status: Union[str, BatchTaskAddStatus] = rest_field()
    task_id: str = rest_field()
    etag: Optional[str] = rest_field(name="eTag")
    last_modified: Optional[datetime.datetime] = rest_field(format="rfc3339")
    location: Optional[str] = rest_field()
    error: Optional[BatchError] = rest_field()

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
    task_ids: Optional[List[str]] = rest_field()
    task_id_ranges: Optional[List[BatchTaskIdRange]] = rest_field()

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
    start_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    exit_code: Optional[int] = rest_field()
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    retry_count: int = rest_field()
    last_retry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    requeue_count: int = rest_field()
    last_requeue_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()

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
    category: Union[str, BatchErrorSourceCategory] = rest_field()
    code: Optional[str] = rest_field()
    message: Optional[str] = rest_field()
    details: Optional[List[NameValuePair]] = rest_field()

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
    task_values: List[BatchTaskCreateOptions] = rest_field(name="value")

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
    start: int = rest_field()
    end: int = rest_field()

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
            wait_time: datetime.timedelta,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ExitCodeMapping(Model):
    code: int = rest_field()
    exit_options: ExitOptions = rest_field()

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
    start: int = rest_field()
    end: int = rest_field()
    exit_options: ExitOptions = rest_field()

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
    exit_codes: Optional[List[ExitCodeMapping]] = rest_field()
    exit_code_ranges: Optional[List[ExitCodeRangeMapping]] = rest_field()
    pre_processing_error: Optional[ExitOptions] = rest_field()
    file_upload_error: Optional[ExitOptions] = rest_field()
    default: Optional[ExitOptions] = rest_field()

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
    job_action: Optional[Union[str, BatchJobActionKind]] = rest_field()
    dependency_action: Optional[Union[str, DependencyAction]] = rest_field()

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
    number_of_instances: Optional[int] = rest_field()
    coordination_command_line: str = rest_field()
    common_resource_files: Optional[List[ResourceFile]] = rest_field()

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
    affinity_id: Optional[str] = rest_field()
    node_url: Optional[str] = rest_field()
    pool_id: Optional[str] = rest_field()
    node_id: Optional[str] = rest_field()
    task_root_directory: Optional[str] = rest_field()
    task_root_directory_url: Optional[str] = rest_field()

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
