"""Compute nodes: the node, its users, agent, endpoints, errors, extensions and log uploads."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import (
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
]


class BatchNode(Model):
    id: str = rest_field(visibility=["read"])
    url: str = rest_field(visibility=["read"])
    state: Union[str, BatchNodeState] = rest_field(visibility=["read"])
    scheduling_state: Optional[Union[str, SchedulingState]] = rest_field(visibility=["read"])
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    last_boot_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    allocation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    ip_address: str = rest_field(visibility=["read"])
    ipv6_address: str = rest_field(visibility=["read"])
    affinity_id: str = rest_field(visibility=["read"])
    vm_size: str = rest_field(visibility=["read"])
    total_tasks_run: int = rest_field(visibility=["read"])
    running_tasks_count: Optional[int] = rest_field(visibility=["read"])
    running_task_slots_count: Optional[int] = rest_field(visibility=["read"])
    total_tasks_succeeded: Optional[int] = rest_field(visibility=["read"])
    recent_tasks: Optional[List[BatchTaskInfo]] = rest_field(visibility=["read"])
    start_task: Optional[BatchStartTask] = rest_field(visibility=["read"])
    start_task_info: Optional[BatchStartTaskInfo] = rest_field(visibility=["read"])
    errors: Optional[List[BatchNodeError]] = rest_field(visibility=["read"])
    is_dedicated: Optional[bool] = rest_field(visibility=["read"])
    endpoint_configuration: Optional[BatchNodeEndpointConfiguration] = rest_field(
        visibility=["read"]
    )
    node_agent_info: Optional[BatchNodeAgentInfo] = rest_field(visibility=["read"])
    virtual_machine_info: VirtualMachineInfo = rest_field(visibility=["read"])

    if TYPE_CHECKING:

        @overload
        def __init__(self) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeAgentInfo(Model):
    version: str = rest_field()
    last_update_time: datetime.datetime = rest_field(format="rfc3339")

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
    node_disable_scheduling_option: Optional[Union[str, BatchNodeDisableSchedulingOption]] = (
        rest_field()
    )

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
    inbound_endpoints: List[InboundEndpoint] = rest_field()

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
    code: Optional[str] = rest_field()
    message: Optional[str] = rest_field()
    error_details: Optional[List[NameValuePair]] = rest_field()

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
    ipv6_remote_login_ip_address: Optional[str] = rest_field(name="ipv6RemoteLoginIPAddress")
    ipv6_remote_login_port: Optional[int] = rest_field()
    remote_login_ip_address: str = rest_field(name="remoteLoginIPAddress")
    remote_login_port: int = rest_field()

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
    name: str = rest_field()
    is_admin: Optional[bool] = rest_field()
    expiry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    password: Optional[str] = rest_field(secret=True)
    ssh_public_key: Optional[str] = rest_field()

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
    password: Optional[str] = rest_field(secret=True)
    expiry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    ssh_public_key: Optional[str] = rest_field()

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
    provisioning_state: Optional[str] = rest_field()
    vm_extension: Optional[VMExtension] = rest_field()
    instance_view: Optional[VMExtensionInstanceView] = rest_field()

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
    state: Union[str, BatchStartTaskState] = rest_field()
    start_time: datetime.datetime = rest_field(format="rfc3339")
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    exit_code: Optional[int] = rest_field()
    container_info: Optional[BatchTaskContainerExecutionInfo] = rest_field()
    failure_info: Optional[BatchTaskFailureInfo] = rest_field()
    retry_count: int = rest_field()
    last_retry_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    result: Optional[Union[str, BatchTaskExecutionResult]] = rest_field()

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
    task_url: Optional[str] = rest_field()
    job_id: Optional[str] = rest_field()
    task_id: Optional[str] = rest_field()
    subtask_id: Optional[int] = rest_field()
    task_state: Union[str, BatchTaskState] = rest_field()
    execution_info: Optional[BatchTaskExecutionInfo] = rest_field()

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
    name: str = rest_field()
    protocol: Union[str, InboundEndpointProtocol] = rest_field()
    public_ip_address: str = rest_field(name="publicIPAddress")
    public_fqdn: str = rest_field(name="publicFQDN")
    frontend_port: int = rest_field()
    backend_port: int = rest_field()

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
    code: Optional[str] = rest_field()
    display_status: Optional[str] = rest_field()
    level: Optional[Union[str, StatusLevelTypes]] = rest_field()
    message: Optional[str] = rest_field()
    time: Optional[datetime.datetime] = rest_field(format="rfc3339")

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
    container_url: str = rest_field()
    start_time: datetime.datetime = rest_field(format="rfc3339")
    end_time: Optional[datetime.datetime] = rest_field(format="rfc3339")
    identity_reference: Optional[BatchNodeIdentityReference] = rest_field()

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
    virtual_directory_name: str = rest_field()
    number_of_files_uploaded: int = rest_field()

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
    name: Optional[str] = rest_field()
    statuses: Optional[List[InstanceViewStatus]] = rest_field()
    sub_statuses: Optional[List[InstanceViewStatus]] = rest_field()

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
    image_reference: Optional[BatchVmImageReference] = rest_field()
    scale_set_vm_resource_id: Optional[str] = rest_field()

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
