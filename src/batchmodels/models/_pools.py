"""Pools as resources: the pool, its requests (create, update, replace, resize, autoscale), statistics and node counts."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._limits import FIVE_MINUTES, ONE_WEEK
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
    """Result of one evaluation of a pool's autoscale formula."""

    timestamp: datetime.datetime = rest_field(format="rfc3339")
    """Time the formula was last evaluated, RFC 3339 UTC."""
    results: Optional[str] = rest_field()
    """Final values of the formula's variables, as 'name=value' pairs separated by ';'."""
    error: Optional[AutoScaleRunError] = rest_field()
    """Error met while evaluating the formula, if it failed."""

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
    """An error met while evaluating a pool's autoscale formula."""

    code: Optional[str] = rest_field()
    """Identifier of the error; codes are invariant and usable by programs."""
    message: Optional[str] = rest_field()
    """Human-readable description of the error."""
    error_values: Optional[List[NameValuePair]] = rest_field(name="values")
    """Extra name-value details about the error."""

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
    """Number of compute nodes of a pool in each state."""

    creating: int = rest_field(ge=0)
    """Number of nodes being created."""
    idle: int = rest_field(ge=0)
    """Number of idle nodes."""
    offline: int = rest_field(ge=0)
    """Number of offline nodes."""
    preempted: int = rest_field(ge=0)
    """Number of preempted nodes."""
    rebooting: int = rest_field(ge=0)
    """Number of rebooting nodes."""
    reimaging: int = rest_field(ge=0)
    """Number of reimaging nodes."""
    running: int = rest_field(ge=0)
    """Number of nodes running tasks."""
    starting: int = rest_field(ge=0)
    """Number of starting nodes."""
    start_task_failed: int = rest_field(ge=0)
    """Number of nodes whose start task failed."""
    leaving_pool: int = rest_field(ge=0)
    """Number of nodes leaving the pool."""
    unknown: int = rest_field(ge=0)
    """Number of nodes in an unknown state."""
    unusable: int = rest_field(ge=0)
    """Number of unusable nodes."""
    waiting_for_start_task: int = rest_field(ge=0)
    """Number of nodes waiting for their start task to finish."""
    deallocated: int = rest_field(ge=0)
    """Number of deallocated nodes."""
    deallocating: int = rest_field(ge=0)
    """Number of nodes being deallocated."""
    total: int = rest_field(ge=0)
    """Total number of nodes."""
    upgrading_os: int = rest_field(name="upgradingOS", ge=0)
    """Number of nodes upgrading their operating system."""

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
    """Request body for removing compute nodes from a pool."""

    node_ids: List[str] = rest_field(name="nodeList")
    """IDs of the nodes to remove; at most 100 per request."""
    resize_timeout: Optional[datetime.timedelta] = rest_field(ge=FIVE_MINUTES)
    """Timeout for removing the nodes, ISO 8601 duration; default 15 min, min 5 min."""
    node_deallocation_option: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field()
    """What to do with the nodes' running tasks; default requeue."""

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
    """A pool of compute nodes on which tasks run."""

    id: str = rest_field(visibility=["read"])
    """Unique ID of the pool within the account; up to 64 chars, case-preserving."""
    display_name: Optional[str] = rest_field(visibility=["read"])
    """Display name of the pool; up to 1024 Unicode characters."""
    url: str = rest_field(visibility=["read"])
    """URL of the pool resource."""
    etag: str = rest_field(name="eTag", visibility=["read"])
    """ETag of the pool, for optimistic concurrency."""
    last_modified: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the pool was last changed, RFC 3339 UTC."""
    creation_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the pool was created, RFC 3339 UTC."""
    state: Union[str, BatchPoolState] = rest_field(visibility=["read"])
    """Current state of the pool: active or deleting."""
    state_transition_time: datetime.datetime = rest_field(visibility=["read"], format="rfc3339")
    """Time the pool entered its current state, RFC 3339 UTC."""
    allocation_state: Optional[Union[str, AllocationState]] = rest_field(visibility=["read"])
    """Whether the pool is resizing: steady, resizing or stopping."""
    allocation_state_transition_time: Optional[datetime.datetime] = rest_field(
        visibility=["read"], format="rfc3339"
    )
    """Time the pool entered its current allocation state, RFC 3339 UTC."""
    vm_size: str = rest_field(visibility=["read"])
    """Size of the virtual machines in the pool, e.g. 'standard_d2s_v3'."""
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field(
        visibility=["read"]
    )
    """VM configuration (image, node agent, disks) for the nodes."""
    resize_timeout: Optional[datetime.timedelta] = rest_field(visibility=["read"], ge=FIVE_MINUTES)
    """Timeout for allocating nodes, ISO 8601 duration; default 15 min, min 5 min."""
    resize_errors: Optional[List[ResizeError]] = rest_field(visibility=["read"])
    """Errors met during the last resize; set only when the pool is steady."""
    current_dedicated_nodes: int = rest_field(visibility=["read"], ge=0)
    """Number of dedicated nodes currently in the pool."""
    current_low_priority_nodes: int = rest_field(visibility=["read"], ge=0)
    """Number of Spot/low-priority nodes currently in the pool."""
    target_dedicated_nodes: Optional[int] = rest_field(visibility=["read"], ge=0)
    """Desired number of dedicated nodes; not used with autoscale."""
    target_low_priority_nodes: Optional[int] = rest_field(visibility=["read"], ge=0)
    """Desired number of Spot/low-priority nodes; not used with autoscale."""
    enable_auto_scale: Optional[bool] = rest_field(visibility=["read"])
    """Whether pool size is adjusted automatically by a formula; default false."""
    auto_scale_formula: Optional[str] = rest_field(visibility=["read"])
    """Autoscale formula for the pool size; required when autoscale is on."""
    auto_scale_evaluation_interval: Optional[datetime.timedelta] = rest_field(
        visibility=["read"], ge=FIVE_MINUTES, le=ONE_WEEK
    )
    """Autoscale evaluation interval, ISO 8601; 5 min..168 h, default 15 min."""
    auto_scale_run: Optional[AutoScaleRun] = rest_field(visibility=["read"])
    """Result of the last autoscale formula evaluation; set only with autoscale."""
    enable_inter_node_communication: Optional[bool] = rest_field(visibility=["read"])
    """Whether nodes can talk directly to each other; default false."""
    network_configuration: Optional[NetworkConfiguration] = rest_field(visibility=["read"])
    """Network configuration for the pool."""
    start_task: Optional[BatchStartTask] = rest_field()
    """Task run on each node as it joins the pool or restarts."""
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field(
        visibility=["read"]
    )
    """Application packages installed on every node in the pool."""
    task_slots_per_node: Optional[int] = rest_field(visibility=["read"], ge=1, le=256)
    """Task slots per node; at least 1, default 1, at most min(256, 4x VM cores)."""
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field(visibility=["read"])
    """How tasks are spread across nodes; default spread."""
    user_accounts: Optional[List[UserAccount]] = rest_field(visibility=["read"])
    """User accounts created on every node in the pool."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field(visibility=["read"])
    """Name-value pairs attached to the pool; not interpreted by the service."""
    pool_statistics: Optional[BatchPoolStatistics] = rest_field(name="stats", visibility=["read"])
    """Usage and resource statistics for the pool's lifetime."""
    mount_configuration: Optional[List[MountConfiguration]] = rest_field(visibility=["read"])
    """File systems mounted on every node in the pool."""
    identity: Optional[BatchPoolIdentity] = rest_field(visibility=["read"])
    """Managed identities assigned to the pool."""
    upgrade_policy: Optional[UpgradePolicy] = rest_field()
    """Upgrade policy for the pool's OS images."""

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
    """Request body for adding a pool to an account."""

    id: str = rest_field()
    """Unique ID of the pool within the account; up to 64 chars, case-preserving."""
    display_name: Optional[str] = rest_field()
    """Display name of the pool; up to 1024 Unicode characters."""
    vm_size: str = rest_field()
    """Size of the virtual machines in the pool, e.g. 'standard_d2s_v3'."""
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field()
    """VM configuration (image, node agent, disks) for the nodes."""
    resize_timeout: Optional[datetime.timedelta] = rest_field(ge=FIVE_MINUTES)
    """Timeout for allocating nodes, ISO 8601 duration; default 15 min, min 5 min."""
    target_dedicated_nodes: Optional[int] = rest_field(ge=0)
    """Desired number of dedicated nodes; not used with autoscale."""
    target_low_priority_nodes: Optional[int] = rest_field(ge=0)
    """Desired number of Spot/low-priority nodes; not used with autoscale."""
    enable_auto_scale: Optional[bool] = rest_field()
    """Whether pool size is adjusted automatically by a formula; default false."""
    auto_scale_formula: Optional[str] = rest_field()
    """Autoscale formula for the pool size; required when autoscale is on."""
    auto_scale_evaluation_interval: Optional[datetime.timedelta] = rest_field(
        ge=FIVE_MINUTES, le=ONE_WEEK
    )
    """Autoscale evaluation interval, ISO 8601; 5 min..168 h, default 15 min."""
    enable_inter_node_communication: Optional[bool] = rest_field()
    """Whether nodes can talk directly to each other; default false."""
    network_configuration: Optional[NetworkConfiguration] = rest_field()
    """Network configuration for the pool."""
    start_task: Optional[BatchStartTask] = rest_field()
    """Task run on each node as it joins the pool or restarts."""
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()
    """Application packages installed on every node in the pool."""
    task_slots_per_node: Optional[int] = rest_field(ge=1, le=256)
    """Task slots per node; at least 1, default 1, at most min(256, 4x VM cores)."""
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field()
    """How tasks are spread across nodes; default spread."""
    user_accounts: Optional[List[UserAccount]] = rest_field()
    """User accounts created on every node in the pool."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the pool; not interpreted by the service."""
    mount_configuration: Optional[List[MountConfiguration]] = rest_field()
    """File systems mounted on every node in the pool."""
    upgrade_policy: Optional[UpgradePolicy] = rest_field()
    """Upgrade policy for the pool's OS images."""

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
    """Request body for enabling or changing autoscale on a pool."""

    auto_scale_formula: Optional[str] = rest_field()
    """Autoscale formula for the pool size; replaces the current formula."""
    auto_scale_evaluation_interval: Optional[datetime.timedelta] = rest_field(
        ge=FIVE_MINUTES, le=ONE_WEEK
    )
    """Autoscale evaluation interval, ISO 8601; 5 min..168 h, default 15 min."""

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
    """Request body for evaluating an autoscale formula without applying it."""

    auto_scale_formula: str = rest_field()
    """Autoscale formula to evaluate against the pool."""

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
    """Managed identities assigned to a pool."""

    type: Union[str, BatchPoolIdentityType] = rest_field()
    """Kind of identity: user-assigned, or none to remove all identities."""
    user_assigned_identities: Optional[List[BatchUserAssignedIdentity]] = rest_field()
    """User-assigned identities of the pool."""

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
    """Number of compute nodes in each state for one pool."""

    pool_id: str = rest_field()
    """ID of the pool."""
    dedicated: Optional[BatchNodeCounts] = rest_field()
    """Counts of dedicated nodes per state."""
    low_priority: Optional[BatchNodeCounts] = rest_field()
    """Counts of Spot/low-priority nodes per state."""

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
    """Request body for replacing a pool's updatable properties."""

    start_task: Optional[BatchStartTask] = rest_field()
    """Start task for new nodes; absent removes the current start task."""
    application_package_references: List[BatchApplicationPackageReference] = rest_field()
    """Packages for new nodes, replacing the current list; empty removes all."""
    metadata: List[BatchMetadataItem] = rest_field()
    """Metadata of the pool, replacing the current list; empty removes all."""

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
    """Request body for resizing a pool."""

    target_dedicated_nodes: Optional[int] = rest_field(ge=0)
    """Desired number of dedicated nodes."""
    target_low_priority_nodes: Optional[int] = rest_field(ge=0)
    """Desired number of Spot/low-priority nodes."""
    resize_timeout: Optional[datetime.timedelta] = rest_field(ge=FIVE_MINUTES)
    """Timeout for allocating nodes, ISO 8601 duration; default 15 min, min 5 min."""
    node_deallocation_option: Optional[Union[str, BatchNodeDeallocationOption]] = rest_field()
    """What to do with running tasks of removed nodes; default requeue."""

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
    """Resource usage statistics of a pool's nodes."""

    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the period the statistics cover, RFC 3339 UTC."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the statistics were last updated, RFC 3339 UTC."""
    avg_cpu_percentage: float = rest_field(name="avgCPUPercentage", ge=0)
    """Average CPU usage across the pool's nodes, in percent."""
    avg_memory_gib: float = rest_field(name="avgMemoryGiB", ge=0)
    """Average memory use across the pool's nodes, in GiB."""
    peak_memory_gib: float = rest_field(name="peakMemoryGiB", ge=0)
    """Peak memory use across the pool's nodes, in GiB."""
    avg_disk_gib: float = rest_field(name="avgDiskGiB", ge=0)
    """Average used disk space across the pool's nodes, in GiB."""
    peak_disk_gib: float = rest_field(name="peakDiskGiB", ge=0)
    """Peak used disk space across the pool's nodes, in GiB."""
    disk_read_iops: int = rest_field(name="diskReadIOps", format="str", ge=0)
    """Total disk read operations on the pool's nodes; a string on the wire."""
    disk_write_iops: int = rest_field(name="diskWriteIOps", format="str", ge=0)
    """Total disk write operations on the pool's nodes; a string on the wire."""
    disk_read_gib: float = rest_field(name="diskReadGiB", ge=0)
    """Total data read from disk on the pool's nodes, in GiB."""
    disk_write_gib: float = rest_field(name="diskWriteGiB", ge=0)
    """Total data written to disk on the pool's nodes, in GiB."""
    network_read_gib: float = rest_field(name="networkReadGiB", ge=0)
    """Total network data received by the pool's nodes, in GiB."""
    network_write_gib: float = rest_field(name="networkWriteGiB", ge=0)
    """Total network data sent by the pool's nodes, in GiB."""

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
    """Usage and resource statistics of a pool."""

    url: str = rest_field()
    """URL of the statistics."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the period the statistics cover, RFC 3339 UTC."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the statistics were last updated, RFC 3339 UTC."""
    usage_statistics: Optional[BatchPoolUsageStatistics] = rest_field(name="usageStats")
    """Core time used by the pool."""
    resource_statistics: Optional[BatchPoolResourceStatistics] = rest_field(name="resourceStats")
    """CPU, memory, disk and network use of the pool's nodes."""

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
    """Request body for updating (patching) a pool; absent fields stay unchanged."""

    display_name: Optional[str] = rest_field()
    """Display name of the pool; up to 1024 Unicode characters."""
    vm_size: Optional[str] = rest_field()
    """Size of the virtual machines in the pool, e.g. 'standard_d2s_v3'."""
    enable_inter_node_communication: Optional[bool] = rest_field()
    """Whether nodes can talk directly to each other; default false."""
    start_task: Optional[BatchStartTask] = rest_field()
    """Task run on each node as it joins the pool or restarts."""
    application_package_references: Optional[List[BatchApplicationPackageReference]] = rest_field()
    """Application packages installed on every node in the pool."""
    metadata: Optional[List[BatchMetadataItem]] = rest_field()
    """Name-value pairs attached to the pool; not interpreted by the service."""
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field()
    """VM configuration (image, node agent, disks) for the nodes."""
    task_slots_per_node: Optional[int] = rest_field(ge=1, le=256)
    """Task slots per node; at least 1, default 1, at most min(256, 4x VM cores)."""
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field()
    """How tasks are spread across nodes; default spread."""
    network_configuration: Optional[NetworkConfiguration] = rest_field()
    """Network configuration for the pool."""
    user_accounts: Optional[List[UserAccount]] = rest_field()
    """User accounts created on every node in the pool."""
    mount_configuration: Optional[List[MountConfiguration]] = rest_field()
    """File systems mounted on every node in the pool."""
    upgrade_policy: Optional[UpgradePolicy] = rest_field()
    """Upgrade policy for the pool's OS images."""

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
    """Usage of one pool over an aggregation interval."""

    pool_id: str = rest_field()
    """ID of the pool the metrics refer to."""
    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the aggregation interval, RFC 3339 UTC."""
    end_time: datetime.datetime = rest_field(format="rfc3339")
    """End of the aggregation interval, RFC 3339 UTC."""
    vm_size: str = rest_field()
    """Size of the virtual machines in the pool."""
    total_core_hours: float = rest_field(ge=0)
    """Total core hours used by the pool in the interval."""

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
    """Core time used by a pool."""

    start_time: datetime.datetime = rest_field(format="rfc3339")
    """Start of the period the statistics cover, RFC 3339 UTC."""
    last_update_time: datetime.datetime = rest_field(format="rfc3339")
    """Time the statistics were last updated, RFC 3339 UTC."""
    dedicated_core_time: datetime.timedelta = rest_field()
    """Total dedicated core time used, as an ISO 8601 duration."""

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
    """A Marketplace image the Batch service supports, with its node agent SKU."""

    node_agent_sku_id: str = rest_field(name="nodeAgentSKUId")
    """ID of the node agent SKU that supports the image."""
    image_reference: BatchVmImageReference = rest_field()
    """Reference to the Marketplace image."""
    os_type: Union[str, OSType] = rest_field()
    """Operating system family of the image: linux or windows."""
    capabilities: Optional[List[str]] = rest_field()
    """Capabilities or features the image supports."""
    batch_support_end_of_life: Optional[datetime.datetime] = rest_field(format="rfc3339")
    """Time Batch support for the image ends, RFC 3339 UTC."""
    verification_type: Union[str, ImageVerificationType] = rest_field()
    """Whether the image is verified to work with the Batch service."""

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
    """A user-assigned managed identity of a pool."""

    resource_id: str = rest_field()
    """ARM resource ID of the user-assigned managed identity."""
    client_id: Optional[str] = rest_field(visibility=["read"])
    """Client ID of the identity. Read-only: set by the service."""
    principal_id: Optional[str] = rest_field(visibility=["read"])
    """Principal ID of the identity. Read-only: set by the service."""

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
    """An error met while resizing a pool."""

    code: Optional[str] = rest_field()
    """Identifier of the error; codes are invariant and usable by programs."""
    message: Optional[str] = rest_field()
    """Human-readable description of the error."""
    error_values: Optional[List[NameValuePair]] = rest_field(name="values")
    """Extra name-value details about the error."""

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
