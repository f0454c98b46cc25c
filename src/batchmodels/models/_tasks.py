"""Tasks: the job manager, preparation, release and start tasks and their parts."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import AutoUserScope, ContainerHostDataPath, ContainerWorkingDirectory, ElevationLevel
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
