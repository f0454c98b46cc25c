"""Compute nodes: the node, its users, agent, endpoints, errors, extensions and log uploads."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import (
    BatchNodeDeallocationOption,
    BatchNodeDisableSchedulingOption,
    BatchNodeState,
    BatchStartTaskState,
    BatchTaskExecutionResult,
    BatchTaskState,
    InboundEndpointProtocol,
    SchedulingState,
    StatusLevelTypes,
)
from ._pool_settings import BatchVmImageReference, VMExtension
from ._service_errors import NameValuePair
from ._storage import BatchNodeIdentityReference
from ._tasks import (
    BatchStartTask,
    BatchTaskContainerExecutionInfo,
    BatchTaskExecutionInfo,
    BatchTaskFailureInfo,
)

__all__ = [
    "BatchNode",
    "BatchNodeAgentInfo",
    "BatchNodeDisableSchedulingOptions",
    "BatchNodeEndpointConfiguration",
    "BatchNodeError",
    "BatchNodeRemoteLoginSettings",
    "BatchNodeUserCreateOptions",
    "BatchNodeUserReplaceOptions",
    "BatchNodeVMExtension",
    "BatchStartTaskInfo",
    "BatchTaskInfo",
    "InboundEndpoint",
    "InstanceViewStatus",
    "UploadBatchServiceLogsOptions",
    "UploadBatchServiceLogsResult",
    "VMExtensionInstanceView",
    "VirtualMachineInfo",
    "BatchNodeRebootOptions",
    "BatchNodeReimageOptions",
    "BatchNodeDeallocateOptions",
]


class BatchNode(Model):
    """A compute node (virtual machine) in a pool. Read-only: set by the service."""

    id: str = rest_field(visibility=["read"])
    """ID of the node, unique within the account's pools."""
    url: str = rest_field(visibility=["read"])
    """URL of the node."""
    state: Union[str, BatchNodeState] = rest_field(visibility=["read"])
    """Current state of the node."""
    scheduling_state: Optional[Union[str, SchedulingState]] = rest_field(visibility=["read"])
    """Whether the node accepts new tasks: enabled or disabled."""
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the node entered its current state, RFC 3339 UTC."""
    last_boot_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the node last started, RFC 3339 UTC; absent if the node is unusable."""
    allocation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the node was allocated to the pool, RFC 3339 UTC."""
    ip_address: str = rest_field(visibility=["read"])
    """IP address other nodes use to reach this node."""
    ipv6_address: str = rest_field(visibility=["read"])
    """IPv6 address of the node, if the pool has IPv6 enabled."""
    affinity_id: str = rest_field(visibility=["read"])
    """Locality hint for sending a task to this node; not guaranteed."""
    vm_size: str = rest_field(visibility=["read"])
    """Size of the node's virtual machine, e.g. 'standard_d2s_v3'."""
    total_tasks_run: int = rest_field(visibility=["read"], ge=0)
    """Number of job tasks completed on the node; start tasks not counted."""
    running_tasks_count: Optional[int] = rest_field(visibility=["read"], ge=0)
    """Number of job tasks currently running on the node."""
    running_task_slots_count: Optional[int] = rest_field(visibility=["read"], ge=0)
    """Number of task slots used by job tasks running on the node."""
    total_tasks_succeeded: Optional[int] = rest_field(visibility=["read"], ge=0)
    """Number of job tasks that completed successfully on the node."""
    recent_tasks: Optional[List[BatchTaskInfo]] = rest_field(visibility=["read"])
    """Tasks whose state changed recently on the node."""
    start_task: Optional[BatchStartTask] = rest_field(visibility=["read"])
    """Task run on the node as it joins the pool or restarts."""
    start_task_info: Optional[BatchStartTaskInfo] = rest_field(visibility=["read"])
    """Run information of the start task on the node."""
    errors: Optional[List[BatchNodeError]] = rest_field(visibility=["read"])
    """Errors met by the node, if any."""
    is_dedicated: Optional[bool] = rest_field(visibility=["read"])
    """Whether the node is dedicated; false for Spot/low-priority nodes."""
    endpoint_configuration: Optional[BatchNodeEndpointConfiguration] = rest_field(
        visibility=["read"]
    )
    """Inbound endpoints through which the node is reachable."""
    node_agent_info: Optional[BatchNodeAgentInfo] = rest_field(visibility=["read"])
    """Version and update time of the Batch node agent."""
    virtual_machine_info: VirtualMachineInfo = rest_field(visibility=["read"])
    """Information about the node's virtual machine."""

    if TYPE_CHECKING:

        @overload
        def __init__(self) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeAgentInfo(Model):
    """The Batch node agent on a compute node."""

    version: str = rest_field()
    """Version of the Batch node agent on the node."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the node agent was last updated, RFC 3339 UTC."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            version: str,
            last_update_time: datetime.datetime,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeDisableSchedulingOptions(Model):
    """Request body for disabling task scheduling on a node."""

    node_disable_scheduling_option: Optional[Union[str, BatchNodeDisableSchedulingOption]] = (
        rest_field()
    )
    """What to do with the node's running tasks; default requeue."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_disable_scheduling_option: Optional[
                Union[str, BatchNodeDisableSchedulingOption]
            ] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeEndpointConfiguration(Model):
    """Inbound endpoints of a compute node."""

    inbound_endpoints: List[InboundEndpoint] = rest_field()
    """Endpoints through which the node can be reached from outside."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            inbound_endpoints: List[InboundEndpoint],
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeError(Model):
    """An error met by a compute node."""

    code: Optional[str] = rest_field()
    """Identifier of the error; codes are invariant and usable by programs."""
    message: Optional[str] = rest_field()
    """Human-readable description of the error."""
    error_details: Optional[List[NameValuePair]] = rest_field()
    """Extra name-value details about the error."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            code: Optional[str] = None,
            message: Optional[str] = None,
            error_details: Optional[List[NameValuePair]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeRemoteLoginSettings(Model):
    """Address and port for logging in to a compute node remotely."""

    ipv6_remote_login_ip_address: Optional[str] = rest_field(name="ipv6RemoteLoginIPAddress")
    """IPv6 address for remote login to the node."""
    ipv6_remote_login_port: Optional[int] = rest_field()
    """Port for remote login over IPv6."""
    remote_login_ip_address: str = rest_field(name="remoteLoginIPAddress")
    """IP address for remote login to the node."""
    remote_login_port: int = rest_field()
    """Port for remote login to the node."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            remote_login_ip_address: str,
            remote_login_port: int,
            ipv6_remote_login_ip_address: Optional[str] = None,
            ipv6_remote_login_port: Optional[int] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeUserCreateOptions(Model):
    """Request body for creating a user account on a compute node."""

    name: str = rest_field()
    """User name of the account."""
    is_admin: Optional[bool] = rest_field()
    """Whether the account is an administrator on the node; default false."""
    expiry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the account expires, RFC 3339 UTC; default 1 day after creation."""
    password: Optional[str] = rest_field(secret=True)
    """Password of the account; a secret sent only in requests."""
    ssh_public_key: Optional[str] = rest_field()
    """SSH public key for logging in remotely; Linux nodes only."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            is_admin: Optional[bool] = None,
            expiry_time: Optional[datetime.datetime] = None,
            password: Optional[str] = None,
            ssh_public_key: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeUserReplaceOptions(Model):
    """Request body for updating a user account on a compute node."""

    password: Optional[str] = rest_field(secret=True)
    """New password of the account; a secret sent only in requests."""
    expiry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """New expiry time of the account, RFC 3339 UTC; default 1 day from now."""
    ssh_public_key: Optional[str] = rest_field()
    """New SSH public key for remote login; Linux nodes only."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            password: Optional[str] = None,
            expiry_time: Optional[datetime.datetime] = None,
            ssh_public_key: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeVMExtension(Model):
    """A VM extension on a compute node and its state."""

    provisioning_state: Optional[str] = rest_field()
    """Provisioning state of the extension."""
    vm_extension: Optional[VMExtension] = rest_field()
    """Settings of the extension."""
    instance_view: Optional[VMExtensionInstanceView] = rest_field()
    """Current status of the extension on the node."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            provisioning_state: Optional[str] = None,
            vm_extension: Optional[VMExtension] = None,
            instance_view: Optional[VMExtensionInstanceView] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchStartTaskInfo(Model):
    """Run information of the start task on a compute node."""

    state: Union[str, BatchStartTaskState] = rest_field()
    """State of the start task on the node: running or completed."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the start task started running, RFC 3339 UTC; the latest start after a retry."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time the start task completed, RFC 3339 UTC; set only when it is completed."""
    exit_code: Optional[int] = rest_field()
    """Exit code of the start task's command line; set only when it is completed."""
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
            state: Union[str, BatchStartTaskState],
            start_time: datetime.datetime,
            retry_count: int,
            end_time: Optional[datetime.datetime] = None,
            exit_code: Optional[int] = None,
            container_info: Optional[BatchTaskContainerExecutionInfo] = None,
            failure_info: Optional[BatchTaskFailureInfo] = None,
            last_retry_time: Optional[datetime.datetime] = None,
            result: Optional[Union[str, BatchTaskExecutionResult]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskInfo(Model):
    """A task that ran recently on a compute node."""

    task_url: Optional[str] = rest_field()
    """URL of the task."""
    job_id: Optional[str] = rest_field()
    """ID of the job the task belongs to."""
    task_id: Optional[str] = rest_field()
    """ID of the task."""
    subtask_id: Optional[int] = rest_field()
    """ID of the subtask, for a multi-instance task."""
    task_state: Union[str, BatchTaskState] = rest_field()
    """Current state of the task."""
    execution_info: Optional[BatchTaskExecutionInfo] = rest_field()
    """Execution information of the task."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            task_state: Union[str, BatchTaskState],
            task_url: Optional[str] = None,
            job_id: Optional[str] = None,
            task_id: Optional[str] = None,
            subtask_id: Optional[int] = None,
            execution_info: Optional[BatchTaskExecutionInfo] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class InboundEndpoint(Model):
    """An inbound endpoint of a compute node."""

    name: str = rest_field()
    """Name of the endpoint."""
    protocol: Union[str, InboundEndpointProtocol] = rest_field()
    """Protocol of the endpoint: tcp or udp."""
    public_ip_address: str = rest_field(name="publicIPAddress")
    """Public IP address of the endpoint."""
    public_fqdn: str = rest_field(name="publicFQDN")
    """Public fully qualified domain name of the endpoint."""
    frontend_port: int = rest_field()
    """Public port number of the endpoint."""
    backend_port: int = rest_field()
    """Port number on the node that the endpoint forwards to."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            protocol: Union[str, InboundEndpointProtocol],
            public_ip_address: str,
            public_fqdn: str,
            frontend_port: int,
            backend_port: int,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class InstanceViewStatus(Model):
    """A status entry of a VM extension instance view."""

    code: Optional[str] = rest_field()
    """Status code."""
    display_status: Optional[str] = rest_field()
    """Short localizable label for the status."""
    level: Optional[Union[str, StatusLevelTypes]] = rest_field()
    """Severity of the status: Error, Info or Warning."""
    message: Optional[str] = rest_field()
    """Detailed status message."""
    time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time of the status, RFC 3339 UTC."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            code: Optional[str] = None,
            display_status: Optional[str] = None,
            level: Optional[Union[str, StatusLevelTypes]] = None,
            message: Optional[str] = None,
            time: Optional[datetime.datetime] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class UploadBatchServiceLogsOptions(Model):
    """Request body for uploading Batch service log files from a node."""

    container_url: str = rest_field()
    """URL of the blob container to upload to, with write access via SAS or identity."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the time range of logs to upload, RFC 3339 UTC."""
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """End of the time range of logs to upload, RFC 3339 UTC; default the request time."""
    identity_reference: Optional[BatchNodeIdentityReference] = rest_field()
    """Managed identity used to write to the container."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            container_url: str,
            start_time: datetime.datetime,
            end_time: Optional[datetime.datetime] = None,
            identity_reference: Optional[BatchNodeIdentityReference] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class UploadBatchServiceLogsResult(Model):
    """Result of uploading Batch service log files from a node."""

    virtual_directory_name: str = rest_field()
    """Virtual directory in the container the logs are uploaded to."""
    number_of_files_uploaded: int = rest_field(ge=0)
    """Number of log files that will be uploaded."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            virtual_directory_name: str,
            number_of_files_uploaded: int,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class VMExtensionInstanceView(Model):
    """Instance view of a VM extension on a compute node."""

    name: Optional[str] = rest_field()
    """Name of the extension."""
    statuses: Optional[List[InstanceViewStatus]] = rest_field()
    """Status entries of the extension."""
    sub_statuses: Optional[List[InstanceViewStatus]] = rest_field()
    """Sub-status entries of the extension."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: Optional[str] = None,
            statuses: Optional[List[InstanceViewStatus]] = None,
            sub_statuses: Optional[List[InstanceViewStatus]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class VirtualMachineInfo(Model):
    """Information about the virtual machine of a compute node."""

    image_reference: Optional[BatchVmImageReference] = rest_field()
    """Image the node was created from."""
    scale_set_vm_resource_id: Optional[str] = rest_field()
    """ARM resource ID of the node's VM scale set instance, if any."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            image_reference: Optional[BatchVmImageReference] = None,
            scale_set_vm_resource_id: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeRebootOptions(Model):
    """Request body for rebooting a node (azure-batch 15.1.0's model; not in the schema)."""

    node_reboot_kind: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field(
        name="nodeRebootOption"
    )
    """What to do with the node's running tasks; default requeue."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_reboot_kind: Optional[Union[str, BatchNodeDeallocationOption]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeReimageOptions(Model):
    """Request body for reimaging a node (azure-batch 15.1.0's model; not in the schema)."""

    node_reimage_option: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field()
    """What to do with the node's running tasks; default requeue."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_reimage_option: Optional[Union[str, BatchNodeDeallocationOption]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeDeallocateOptions(Model):
    """Request body for deallocating a node (azure-batch 15.1.0's model; not in the schema)."""

    node_deallocate_option: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field()
    """What to do with the node's running tasks; default requeue."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_deallocate_option: Optional[Union[str, BatchNodeDeallocationOption]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
