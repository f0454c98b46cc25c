"""Pools as resources: the pool, its requests (create, update, replace, resize, autoscale), statistics and node counts."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._model import Model
from ._enums import (
    AllocationState,
    BatchNodeDeallocationOption,
    BatchPoolIdentityType,
    BatchPoolState,
    ImageVerificationType,
    OSType,
)
from ._network import NetworkConfiguration
from ._pool_settings import (
    BatchTaskSchedulingPolicy,
    BatchVmImageReference,
    UpgradePolicy,
    UserAccount,
    VirtualMachineConfiguration,
)
from ._service_errors import NameValuePair
from ._storage import MountConfiguration
from ._tasks import BatchApplicationPackageReference, BatchMetadataItem, BatchStartTask

__all__ = [
    "AutoScaleRun",
    "AutoScaleRunError",
    "BatchNodeCounts",
    "BatchNodeRemoveOptions",
    "BatchPool",
    "BatchPoolCreateOptions",
    "BatchPoolEnableAutoScaleOptions",
    "BatchPoolEvaluateAutoScaleOptions",
    "BatchPoolIdentity",
    "BatchPoolNodeCounts",
    "BatchPoolReplaceOptions",
    "BatchPoolResizeOptions",
    "BatchPoolResourceStatistics",
    "BatchPoolStatistics",
    "BatchPoolUpdateOptions",
    "BatchPoolUsageMetrics",
    "BatchPoolUsageStatistics",
    "BatchSupportedImage",
    "BatchUserAssignedIdentity",
    "ResizeError",
]


class AutoScaleRun(Model):
    timestamp: datetime.datetime = rest_field(format="rfc3339")
    results: Optional[str] = rest_field()
    error: Optional[AutoScaleRunError] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            timestamp: datetime.datetime,
            results: Optional[str] = None,
            error: Optional[AutoScaleRunError] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class AutoScaleRunError(Model):
    code: Optional[str] = rest_field()
    message: Optional[str] = rest_field()
    error_values: Optional[List[NameValuePair]] = rest_field(name="values")

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            code: Optional[str] = None,
            message: Optional[str] = None,
            error_values: Optional[List[NameValuePair]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeCounts(Model):
    creating: int = rest_field()
    idle: int = rest_field()
    offline: int = rest_field()
    preempted: int = rest_field()
    rebooting: int = rest_field()
    reimaging: int = rest_field()
    running: int = rest_field()
    starting: int = rest_field()
    start_task_failed: int = rest_field()
    leaving_pool: int = rest_field()
    unknown: int = rest_field()
    unusable: int = rest_field()
    waiting_for_start_task: int = rest_field()
    deallocated: int = rest_field()
    deallocating: int = rest_field()
    total: int = rest_field()
    upgrading_os: int = rest_field(name="upgradingOS")

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            creating: int,
            idle: int,
            offline: int,
            preempted: int,
            rebooting: int,
            reimaging: int,
            running: int,
            starting: int,
            start_task_failed: int,
            leaving_pool: int,
            unknown: int,
            unusable: int,
            waiting_for_start_task: int,
            deallocated: int,
            deallocating: int,
            total: int,
            upgrading_os: int,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodeRemoveOptions(Model):
    node_ids: List[str] = rest_field(name="nodeList")
    resize_timeout: Optional[datetime.timedelta] = rest_field()
    node_deallocation_option: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_ids: List[str],
            resize_timeout: Optional[datetime.timedelta] = None,
            node_deallocation_option: Optional[Union[str, BatchNodeDeallocationOption]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPool(Model):
    id: str = rest_field(visibility=["read"])
    display_name: Optional[str] = rest_field(visibility=["read"])
    url: str = rest_field(visibility=["read"])
    etag: str = rest_field(name="eTag", visibility=["read"])
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    state: Union[str, BatchPoolState] = rest_field(visibility=["read"])
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    allocation_state: Optional[Union[str, AllocationState]] = rest_field(visibility=["read"])
    allocation_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    vm_size: str = rest_field(visibility=["read"])
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field(
        visibility=["read"]
    )
    resize_timeout: Optional[datetime.timedelta] = rest_field(visibility=["read"])
    resize_errors: Optional[List[ResizeError]] = rest_field(visibility=["read"])
    current_dedicated_nodes: int = rest_field(visibility=["read"])
    current_low_priority_nodes: int = rest_field(visibility=["read"])
    target_dedicated_nodes: Optional[int] = rest_field(visibility=["read"])
    target_low_priority_nodes: Optional[int] = rest_field(visibility=["read"])
    enable_auto_scale: Optional[bool] = rest_field(visibility=["read"])
    auto_scale_formula: Optional[str] = rest_field(visibility=["read"])
    auto_scale_evaluation_interval: Optional[datetime.timedelta] = rest_field(visibility=["read"])
    auto_scale_run: Optional[AutoScaleRun] = rest_field(visibility=["read"])
    enable_inter_node_communication: Optional[bool] = rest_field(visibility=["read"])
    network_configuration: Optional[NetworkConfiguration] = rest_field(visibility=["read"])
    start_task: Optional[BatchStartTask] = rest_field()
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field(
        visibility=["read"]
    )
    task_slots_per_node: Optional[int] = rest_field(visibility=["read"])
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field(visibility=["read"])
    user_accounts: Optional[List[UserAccount]] = rest_field(visibility=["read"])
    metadata: Optional[List[BatchMetadataItem]] = rest_field(visibility=["read"])
    pool_statistics: Optional[BatchPoolStatistics] = rest_field(name="stats", visibility=["read"])
    mount_configuration: Optional[List[MountConfiguration]] = rest_field(visibility=["read"])
    identity: Optional[BatchPoolIdentity] = rest_field(visibility=["read"])
    upgrade_policy: Optional[UpgradePolicy] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start_task: Optional[BatchStartTask] = None,
            upgrade_policy: Optional[UpgradePolicy] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolCreateOptions(Model):
    id: str = rest_field()
    display_name: Optional[str] = rest_field()
    vm_size: str = rest_field()
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field()
    resize_timeout: Optional[datetime.timedelta] = rest_field()
    target_dedicated_nodes: Optional[int] = rest_field()
    target_low_priority_nodes: Optional[int] = rest_field()
    enable_auto_scale: Optional[bool] = rest_field()
    auto_scale_formula: Optional[str] = rest_field()
    auto_scale_evaluation_interval: Optional[datetime.timedelta] = rest_field()
    enable_inter_node_communication: Optional[bool] = rest_field()
    network_configuration: Optional[NetworkConfiguration] = rest_field()
    start_task: Optional[BatchStartTask] = rest_field()
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()
    task_slots_per_node: Optional[int] = rest_field()
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field()
    user_accounts: Optional[List[UserAccount]] = rest_field()
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    mount_configuration: Optional[List[MountConfiguration]] = rest_field()
    upgrade_policy: Optional[UpgradePolicy] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
            vm_size: str,
            display_name: Optional[str] = None,
            virtual_machine_configuration: Optional[VirtualMachineConfiguration] = None,
            resize_timeout: Optional[datetime.timedelta] = None,
            target_dedicated_nodes: Optional[int] = None,
            target_low_priority_nodes: Optional[int] = None,
            enable_auto_scale: Optional[bool] = None,
            auto_scale_formula: Optional[str] = None,
            auto_scale_evaluation_interval: Optional[datetime.timedelta] = None,
            enable_inter_node_communication: Optional[bool] = None,
            network_configuration: Optional[NetworkConfiguration] = None,
            start_task: Optional[BatchStartTask] = None,
            application_package_references: Optional[List[BatchApplicationPackageReference]] = None,
            task_slots_per_node: Optional[int] = None,
            task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = None,
            user_accounts: Optional[List[UserAccount]] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
            mount_configuration: Optional[List[MountConfiguration]] = None,
            upgrade_policy: Optional[UpgradePolicy] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolEnableAutoScaleOptions(Model):
    auto_scale_formula: Optional[str] = rest_field()
    auto_scale_evaluation_interval: Optional[datetime.timedelta] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            auto_scale_formula: Optional[str] = None,
            auto_scale_evaluation_interval: Optional[datetime.timedelta] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolEvaluateAutoScaleOptions(Model):
    auto_scale_formula: str = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            auto_scale_formula: str,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolIdentity(Model):
    type: Union[str, BatchPoolIdentityType] = rest_field()
    user_assigned_identities: Optional[List[BatchUserAssignedIdentity]] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            type: Union[str, BatchPoolIdentityType],
            user_assigned_identities: Optional[List[BatchUserAssignedIdentity]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolNodeCounts(Model):
    pool_id: str = rest_field()
    dedicated: Optional[BatchNodeCounts] = rest_field()
    low_priority: Optional[BatchNodeCounts] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_id: str,
            dedicated: Optional[BatchNodeCounts] = None,
            low_priority: Optional[BatchNodeCounts] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolReplaceOptions(Model):
    start_task: Optional[BatchStartTask] = rest_field()
    application_package_references: List[BatchApplicationPackageReference] = rest_field()
    metadata: List[BatchMetadataItem] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            application_package_references: List[BatchApplicationPackageReference],
            metadata: List[BatchMetadataItem],
            start_task: Optional[BatchStartTask] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolResizeOptions(Model):
    target_dedicated_nodes: Optional[int] = rest_field()
    target_low_priority_nodes: Optional[int] = rest_field()
    resize_timeout: Optional[datetime.timedelta] = rest_field()
    node_deallocation_option: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            target_dedicated_nodes: Optional[int] = None,
            target_low_priority_nodes: Optional[int] = None,
            resize_timeout: Optional[datetime.timedelta] = None,
            node_deallocation_option: Optional[Union[str, BatchNodeDeallocationOption]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolResourceStatistics(Model):
    start_time: datetime.datetime = rest_field(format="rfc3339")
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    avg_cpu_percentage: float = rest_field(name="avgCPUPercentage")
    avg_memory_gib: float = rest_field(name="avgMemoryGiB")
    peak_memory_gib: float = rest_field(name="peakMemoryGiB")
    avg_disk_gib: float = rest_field(name="avgDiskGiB")
    peak_disk_gib: float = rest_field(name="peakDiskGiB")
    disk_read_iops: int = rest_field(name="diskReadIOps", format="str")
    disk_write_iops: int = rest_field(name="diskWriteIOps", format="str")
    disk_read_gib: float = rest_field(name="diskReadGiB")
    disk_write_gib: float = rest_field(name="diskWriteGiB")
    network_read_gib: float = rest_field(name="networkReadGiB")
    network_write_gib: float = rest_field(name="networkWriteGiB")

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start_time: datetime.datetime,
            last_update_time: datetime.datetime,
            avg_cpu_percentage: float,
            avg_memory_gib: float,
            peak_memory_gib: float,
            avg_disk_gib: float,
            peak_disk_gib: float,
            disk_read_iops: int,
            disk_write_iops: int,
            disk_read_gib: float,
            disk_write_gib: float,
            network_read_gib: float,
            network_write_gib: float,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolStatistics(Model):
    url: str = rest_field()
    start_time: datetime.datetime = rest_field(format="rfc3339")
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    usage_statistics: Optional[BatchPoolUsageStatistics] = rest_field(name="usageStats")
    resource_statistics: Optional[BatchPoolResourceStatistics] = rest_field(name="resourceStats")

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            url: str,
            start_time: datetime.datetime,
            last_update_time: datetime.datetime,
            usage_statistics: Optional[BatchPoolUsageStatistics] = None,
            resource_statistics: Optional[BatchPoolResourceStatistics] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolUpdateOptions(Model):
    display_name: Optional[str] = rest_field()
    vm_size: Optional[str] = rest_field()
    enable_inter_node_communication: Optional[bool] = rest_field()
    start_task: Optional[BatchStartTask] = rest_field()
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field()
    task_slots_per_node: Optional[int] = rest_field()
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field()
    network_configuration: Optional[NetworkConfiguration] = rest_field()
    user_accounts: Optional[List[UserAccount]] = rest_field()
    mount_configuration: Optional[List[MountConfiguration]] = rest_field()
    upgrade_policy: Optional[UpgradePolicy] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            display_name: Optional[str] = None,
            vm_size: Optional[str] = None,
            enable_inter_node_communication: Optional[bool] = None,
            start_task: Optional[BatchStartTask] = None,
            application_package_references: Optional[List[BatchApplicationPackageReference]] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
            virtual_machine_configuration: Optional[VirtualMachineConfiguration] = None,
            task_slots_per_node: Optional[int] = None,
            task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = None,
            network_configuration: Optional[NetworkConfiguration] = None,
            user_accounts: Optional[List[UserAccount]] = None,
            mount_configuration: Optional[List[MountConfiguration]] = None,
            upgrade_policy: Optional[UpgradePolicy] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolUsageMetrics(Model):
    pool_id: str = rest_field()
    start_time: datetime.datetime = rest_field(format="rfc3339")
    end_time: datetime.datetime = rest_field(format="rfc3339")
    vm_size: str = rest_field()
    total_core_hours: float = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_id: str,
            start_time: datetime.datetime,
            end_time: datetime.datetime,
            vm_size: str,
            total_core_hours: float,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolUsageStatistics(Model):
    start_time: datetime.datetime = rest_field(format="rfc3339")
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    dedicated_core_time: datetime.timedelta = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            start_time: datetime.datetime,
            last_update_time: datetime.datetime,
            dedicated_core_time: datetime.timedelta,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchSupportedImage(Model):
    node_agent_sku_id: str = rest_field(name="nodeAgentSKUId")
    image_reference: BatchVmImageReference = rest_field()
    os_type: Union[str, OSType] = rest_field()
    capabilities: Optional[List[str]] = rest_field()
    batch_support_end_of_life: Optional[datetime.datetime] = rest_field(format="rfc3339")
    verification_type: Union[str, ImageVerificationType] = rest_field()

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_agent_sku_id: str,
            image_reference: BatchVmImageReference,
            os_type: Union[str, OSType],
            verification_type: Union[str, ImageVerificationType],
            capabilities: Optional[List[str]] = None,
            batch_support_end_of_life: Optional[datetime.datetime] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchUserAssignedIdentity(Model):
    resource_id: str = rest_field()
    client_id: Optional[str] = rest_field(visibility=["read"])
    principal_id: Optional[str] = rest_field(visibility=["read"])

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            resource_id: str,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ResizeError(Model):
    code: Optional[str] = rest_field()
    message: Optional[str] = rest_field()
    error_values: Optional[List[NameValuePair]] = rest_field(name="values")

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            code: Optional[str] = None,
            message: Optional[str] = None,
            error_values: Optional[List[NameValuePair]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
