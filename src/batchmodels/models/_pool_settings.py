"""Pool settings shared by pools and auto pools: virtual machines, disks, security, users, upgrades."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Union, overload

from .._fields import rest_field
from .._limits import FIVE_MINUTES, ONE_WEEK
from .._model import Model
from ._enums import (
    BatchJobDefaultOrder,
    BatchNodeFillType,
    BatchNodePlacementPolicyType,
    BatchPoolLifetimeOption,
    CachingType,
    ContainerType,
    DiffDiskPlacement,
    DiskEncryptionTarget,
    ElevationLevel,
    HostEndpointSettingsModeTypes,
    LoginMode,
    SecurityEncryptionTypes,
    SecurityTypes,
    StorageAccountType,
    UpgradeMode,
)
from ._network import NetworkConfiguration
from ._storage import MountConfiguration
from ._tasks import (
    BatchApplicationPackageReference,
    BatchMetadataItem,
    BatchStartTask,
    ContainerRegistryReference,
)

__all__ = [
    "BatchAutoPoolSpecification",
    "BatchPoolSpecification",
    "VirtualMachineConfiguration",
    "BatchVmImageReference",
    "WindowsConfiguration",
    "DataDisk",
    "ManagedDisk",
    "DiskEncryptionSetParameters",
    "BatchVmDiskSecurityProfile",
    "BatchOsDisk",
    "BatchDiffDiskSettings",
    "DiskEncryptionConfiguration",
    "DiskCustomerManagedKey",
    "BatchPoolIdentityReference",
    "BatchContainerConfiguration",
    "BatchNodePlacementConfiguration",
    "VMExtension",
    "SecurityProfile",
    "BatchUefiSettings",
    "ProxyAgentSettings",
    "HostEndpointSettings",
    "ServiceArtifactReference",
    "BatchTaskSchedulingPolicy",
    "UserAccount",
    "LinuxUserConfiguration",
    "WindowsUserConfiguration",
    "UpgradePolicy",
    "AutomaticOsUpgradePolicy",
    "RollingUpgradePolicy",
]


class BatchAutoPoolSpecification(Model):
    """Settings for a temporary pool the service creates for a job."""

    auto_pool_id_prefix: Optional[str] = rest_field()
    """Prefix (up to 20 chars) for the generated auto pool ID."""
    pool_lifetime_option: Union[str, BatchPoolLifetimeOption] = rest_field()
    """Whether the auto pool lives for one job or for the job schedule."""
    keep_alive: Optional[bool] = rest_field()
    """Whether to keep the auto pool after its lifetime ends; default false."""
    pool: Optional[BatchPoolSpecification] = rest_field()
    """Specification of the auto pool to create."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            pool_lifetime_option: Union[str, BatchPoolLifetimeOption],
            auto_pool_id_prefix: Optional[str] = None,
            keep_alive: Optional[bool] = None,
            pool: Optional[BatchPoolSpecification] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolSpecification(Model):
    """Specification for creating a new (auto) pool."""

    display_name: Optional[str] = rest_field()
    """Display name of the pool; up to 1024 Unicode characters."""
    vm_size: str = rest_field()
    """Size of the virtual machines in the pool, e.g. 'standard_d2s_v3'."""
    virtual_machine_configuration: Optional[VirtualMachineConfiguration] = rest_field()
    """VM configuration (image, node agent, disks) for the nodes."""
    task_slots_per_node: Optional[int] = rest_field(ge=1, le=256)
    """Task slots per node; at least 1, default 1, at most min(256, 4x VM cores)."""
    task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = rest_field()
    """How tasks are spread across nodes; default spread."""
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
            vm_size: str,
            display_name: Optional[str] = None,
            virtual_machine_configuration: Optional[VirtualMachineConfiguration] = None,
            task_slots_per_node: Optional[int] = None,
            task_scheduling_policy: Optional[BatchTaskSchedulingPolicy] = None,
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
            user_accounts: Optional[List[UserAccount]] = None,
            metadata: Optional[List[BatchMetadataItem]] = None,
            mount_configuration: Optional[List[MountConfiguration]] = None,
            upgrade_policy: Optional[UpgradePolicy] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class VirtualMachineConfiguration(Model):
    """Settings for pool nodes built on Azure Virtual Machines."""

    image_reference: BatchVmImageReference = rest_field()
    """Marketplace or custom image used to create the nodes."""
    node_agent_sku_id: str = rest_field(name="nodeAgentSKUId")
    """SKU of the Batch node agent matching the image, e.g. 'batch.node.ubuntu 22.04'."""
    windows_configuration: Optional[WindowsConfiguration] = rest_field()
    """Windows OS settings; must be absent for Linux images."""
    data_disks: Optional[List[DataDisk]] = rest_field()
    """Data disks attached to each node."""
    license_type: Optional[str] = rest_field()
    """On-premises license for Windows, 'Windows_Server' or 'Windows_Client'."""
    container_configuration: Optional[BatchContainerConfiguration] = rest_field()
    """Container settings; enables tasks to run in containers."""
    disk_encryption_configuration: Optional[DiskEncryptionConfiguration] = rest_field()
    """Disk encryption settings for the nodes."""
    node_placement_configuration: Optional[BatchNodePlacementConfiguration] = rest_field()
    """How nodes are placed, e.g. regional or zonal."""
    extensions: Optional[List[VMExtension]] = rest_field()
    """VM extensions installed on each node."""
    os_disk: Optional[BatchOsDisk] = rest_field()
    """Settings for the node operating system disk."""
    security_profile: Optional[SecurityProfile] = rest_field()
    """Security settings such as trusted launch and host encryption."""
    service_artifact_reference: Optional[ServiceArtifactReference] = rest_field()
    """Service artifact used to keep the same image version on all nodes."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            image_reference: BatchVmImageReference,
            node_agent_sku_id: str,
            windows_configuration: Optional[WindowsConfiguration] = None,
            data_disks: Optional[List[DataDisk]] = None,
            license_type: Optional[str] = None,
            container_configuration: Optional[BatchContainerConfiguration] = None,
            disk_encryption_configuration: Optional[DiskEncryptionConfiguration] = None,
            node_placement_configuration: Optional[BatchNodePlacementConfiguration] = None,
            extensions: Optional[List[VMExtension]] = None,
            os_disk: Optional[BatchOsDisk] = None,
            security_profile: Optional[SecurityProfile] = None,
            service_artifact_reference: Optional[ServiceArtifactReference] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchVmImageReference(Model):
    """Reference to a VM image: Marketplace, Compute Gallery or custom."""

    publisher: Optional[str] = rest_field()
    """Publisher of the Marketplace image, e.g. 'Canonical'."""
    offer: Optional[str] = rest_field()
    """Offer of the Marketplace image, e.g. 'ubuntu-24_04-lts'."""
    sku: Optional[str] = rest_field()
    """SKU of the Marketplace image, e.g. 'server'."""
    version: Optional[str] = rest_field()
    """Image version, or 'latest' (the default) for the newest one."""
    virtual_machine_image_id: Optional[str] = rest_field()
    """ARM ID of a Compute Gallery image; exclusive with other image fields."""
    exact_version: Optional[str] = rest_field(visibility=["read"])
    """Resolved image version when 'latest' was given. Read-only."""
    shared_gallery_image_id: Optional[str] = rest_field()
    """ID of a shared gallery image used for the nodes."""
    community_gallery_image_id: Optional[str] = rest_field()
    """ID of a community gallery image used for the nodes."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            publisher: Optional[str] = None,
            offer: Optional[str] = None,
            sku: Optional[str] = None,
            version: Optional[str] = None,
            virtual_machine_image_id: Optional[str] = None,
            shared_gallery_image_id: Optional[str] = None,
            community_gallery_image_id: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class WindowsConfiguration(Model):
    """Windows operating system settings for pool nodes."""

    enable_automatic_updates: Optional[bool] = rest_field()
    """Whether Windows Update is enabled on the nodes; true when absent."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            enable_automatic_updates: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class DataDisk(Model):
    """A data disk attached to each compute node of a pool."""

    logical_unit_number: int = rest_field(name="lun", ge=0, le=63)
    """Logical unit number (LUN) of the disk, unique per node, from 0 to 63."""
    caching: Optional[Union[str, CachingType]] = rest_field()
    """Host caching type for the disk; readwrite when absent."""
    disk_size_gb: int = rest_field(name="diskSizeGB")
    """Initial size of the data disk in GB."""
    managed_disk: Optional[ManagedDisk] = rest_field()
    """Managed disk options such as storage account type and encryption."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            logical_unit_number: int,
            disk_size_gb: int,
            caching: Optional[Union[str, CachingType]] = None,
            managed_disk: Optional[ManagedDisk] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ManagedDisk(Model):
    """Managed disk settings for a node OS or data disk."""

    disk_encryption_set: Optional[DiskEncryptionSetParameters] = rest_field()
    """Customer-managed disk encryption set used for the disk."""
    storage_account_type: Optional[Union[str, StorageAccountType]] = rest_field()
    """Storage account type of the disk, e.g. standard or premium LRS."""
    security_profile: Optional[BatchVmDiskSecurityProfile] = rest_field()
    """Security settings for the managed disk, e.g. for confidential VMs."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            disk_encryption_set: Optional[DiskEncryptionSetParameters] = None,
            storage_account_type: Optional[Union[str, StorageAccountType]] = None,
            security_profile: Optional[BatchVmDiskSecurityProfile] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class DiskEncryptionSetParameters(Model):
    """A reference to an Azure disk encryption set."""

    id: Optional[str] = rest_field()
    """ARM resource ID of the disk encryption set."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchVmDiskSecurityProfile(Model):
    """Security settings for a managed disk of a confidential VM."""

    security_encryption_type: Optional[Union[str, SecurityEncryptionTypes]] = rest_field()
    """Encryption type of the managed disk for confidential VMs."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            security_encryption_type: Optional[Union[str, SecurityEncryptionTypes]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchOsDisk(Model):
    """Settings for the OS disk of pool nodes."""

    ephemeral_os_disk_settings: Optional[BatchDiffDiskSettings] = rest_field(
        name="ephemeralOSDiskSettings"
    )
    """Ephemeral OS disk settings for the nodes."""
    caching: Optional[Union[str, CachingType]] = rest_field()
    """Host caching for the OS disk; default none (readonly for premium storage)."""
    disk_size_gb: Optional[int] = rest_field(name="diskSizeGB")
    """Initial OS disk size in GB when creating a new disk."""
    managed_disk: Optional[ManagedDisk] = rest_field()
    """Managed disk parameters for the OS disk."""
    write_accelerator_enabled: Optional[bool] = rest_field()
    """Whether Write Accelerator is enabled on the OS disk."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            ephemeral_os_disk_settings: Optional[BatchDiffDiskSettings] = None,
            caching: Optional[Union[str, CachingType]] = None,
            disk_size_gb: Optional[int] = None,
            managed_disk: Optional[ManagedDisk] = None,
            write_accelerator_enabled: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchDiffDiskSettings(Model):
    """Ephemeral (differencing) OS disk settings for pool nodes."""

    placement: Optional[Union[str, DiffDiskPlacement]] = rest_field()
    """Where the ephemeral OS disk is placed on the VM, e.g. the cache disk."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            placement: Optional[Union[str, DiffDiskPlacement]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class DiskEncryptionConfiguration(Model):
    """Disk encryption settings applied to the nodes of a pool."""

    customer_managed_key: Optional[DiskCustomerManagedKey] = rest_field()
    """Customer-managed key used for encryption instead of a platform key."""
    targets: Optional[List[Union[str, DiskEncryptionTarget]]] = rest_field()
    """Disks to encrypt on each node, such as the OS disk or temporary disk."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            customer_managed_key: Optional[DiskCustomerManagedKey] = None,
            targets: Optional[List[Union[str, DiskEncryptionTarget]]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class DiskCustomerManagedKey(Model):
    """A customer-managed Key Vault key used to encrypt node disks."""

    identity_reference: Optional[BatchPoolIdentityReference] = rest_field()
    """Pool user-assigned identity with access to the Key Vault key."""
    key_url: Optional[str] = rest_field()
    """Key Vault URL of the key, either versioned or versionless."""
    rotation_to_latest_key_version_enabled: Optional[bool] = rest_field()
    """Whether disks are re-encrypted when a newer key version appears."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            identity_reference: Optional[BatchPoolIdentityReference] = None,
            key_url: Optional[str] = None,
            rotation_to_latest_key_version_enabled: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchPoolIdentityReference(Model):
    """Reference to a user-assigned identity of the pool."""

    resource_id: Optional[str] = rest_field()
    """ARM resource ID of the user-assigned managed identity."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            resource_id: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchContainerConfiguration(Model):
    """Container support settings for a pool's nodes."""

    type: Union[str, ContainerType] = rest_field()
    """Container technology used on the nodes."""
    container_image_names: Optional[List[str]] = rest_field()
    """Container images to prefetch onto each node when it joins the pool."""
    container_registries: Optional[List[ContainerRegistryReference]] = rest_field()
    """Private registries from which container images can be pulled."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            type: Union[str, ContainerType],
            container_image_names: Optional[List[str]] = None,
            container_registries: Optional[List[ContainerRegistryReference]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchNodePlacementConfiguration(Model):
    """How pool nodes are placed across the region."""

    policy: Optional[Union[str, BatchNodePlacementPolicyType]] = rest_field()
    """Placement policy for nodes: regional or zonal; default regional."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            policy: Optional[Union[str, BatchNodePlacementPolicyType]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class VMExtension(Model):
    """A virtual machine extension installed on pool nodes."""

    name: str = rest_field()
    """Name of the extension."""
    publisher: str = rest_field()
    """Publisher of the extension handler."""
    type: str = rest_field()
    """Type of the extension."""
    type_handler_version: Optional[str] = rest_field()
    """Version of the extension script handler."""
    auto_upgrade_minor_version: Optional[bool] = rest_field()
    """Whether a newer minor version is used at deploy time when available."""
    enable_automatic_upgrade: Optional[bool] = rest_field()
    """Whether the platform upgrades the extension when a new version ships."""
    settings: Optional[Dict[str, str]] = rest_field()
    """Public settings for the extension, as a JSON object."""
    protected_settings: Optional[Dict[str, str]] = rest_field(secret=True)
    """Protected settings encrypted by the platform; secrets sent only in requests."""
    provision_after_extensions: Optional[List[str]] = rest_field()
    """Names of extensions that must be provisioned before this one."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            publisher: str,
            type: str,
            type_handler_version: Optional[str] = None,
            auto_upgrade_minor_version: Optional[bool] = None,
            enable_automatic_upgrade: Optional[bool] = None,
            settings: Optional[Dict[str, str]] = None,
            protected_settings: Optional[Dict[str, str]] = None,
            provision_after_extensions: Optional[List[str]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class SecurityProfile(Model):
    """Security settings for the virtual machines of a pool."""

    encryption_at_host: Optional[bool] = rest_field()
    """Whether host-based encryption covers all disks including temp disk."""
    proxy_agent_settings: Optional[ProxyAgentSettings] = rest_field()
    """Settings for the guest proxy agent on the nodes."""
    security_type: Optional[Union[str, SecurityTypes]] = rest_field()
    """VM security type, e.g. trustedLaunch or confidentialVM."""
    uefi_settings: Optional[BatchUefiSettings] = rest_field()
    """UEFI options such as secure boot and vTPM."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            encryption_at_host: Optional[bool] = None,
            proxy_agent_settings: Optional[ProxyAgentSettings] = None,
            security_type: Optional[Union[str, SecurityTypes]] = None,
            uefi_settings: Optional[BatchUefiSettings] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchUefiSettings(Model):
    """UEFI security settings for the nodes' virtual machines."""

    secure_boot_enabled: Optional[bool] = rest_field()
    """Whether secure boot is enabled on the VM."""
    vtpm_enabled: Optional[bool] = rest_field(name="vTpmEnabled")
    """Whether a virtual TPM is enabled on the VM."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            secure_boot_enabled: Optional[bool] = None,
            vtpm_enabled: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ProxyAgentSettings(Model):
    """Settings for the VM guest proxy agent on pool nodes."""

    enabled: Optional[bool] = rest_field()
    """Whether the proxy agent is enabled on the nodes."""
    imds: Optional[HostEndpointSettings] = rest_field()
    """Access settings for the Instance Metadata Service endpoint."""
    wire_server: Optional[HostEndpointSettings] = rest_field()
    """Access settings for the WireServer endpoint."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            enabled: Optional[bool] = None,
            imds: Optional[HostEndpointSettings] = None,
            wire_server: Optional[HostEndpointSettings] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class HostEndpointSettings(Model):
    """Access control settings for a host endpoint reached by the proxy agent."""

    in_vm_access_control_profile_reference_id: Optional[str] = rest_field(
        name="inVMAccessControlProfileReferenceId"
    )
    """ARM resource ID of the InVMAccessControlProfileVersion to apply."""
    mode: Optional[Union[str, HostEndpointSettingsModeTypes]] = rest_field()
    """Enforcement mode of access control, e.g. audit or enforce."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            in_vm_access_control_profile_reference_id: Optional[str] = None,
            mode: Optional[Union[str, HostEndpointSettingsModeTypes]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class ServiceArtifactReference(Model):
    """A reference to a service artifact used to pin image versions."""

    id: str = rest_field()
    """ARM resource ID of the service artifact reference."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            id: str,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class BatchTaskSchedulingPolicy(Model):
    """How tasks are distributed across nodes in a pool."""

    job_default_order: Optional[Union[str, BatchJobDefaultOrder]] = rest_field()
    """Order of tasks across jobs of equal priority; default none."""
    node_fill_type: Union[str, BatchNodeFillType] = rest_field()
    """Whether tasks are spread across nodes or packed onto each node."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            node_fill_type: Union[str, BatchNodeFillType],
            job_default_order: Optional[Union[str, BatchJobDefaultOrder]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class UserAccount(Model):
    """A user account created on each node of a pool."""

    name: str = rest_field()
    """Name of the user account, up to 20 characters."""
    password: str = rest_field(secret=True)
    """Password of the user account; a secret sent only in requests."""
    elevation_level: Optional[Union[str, ElevationLevel]] = rest_field()
    """Whether the account is admin or non-admin; nonAdmin when absent."""
    linux_user_configuration: Optional[LinuxUserConfiguration] = rest_field()
    """Linux-specific options; ignored on Windows pools."""
    windows_user_configuration: Optional[WindowsUserConfiguration] = rest_field()
    """Windows-specific options; ignored on Linux pools."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            name: str,
            password: str,
            elevation_level: Optional[Union[str, ElevationLevel]] = None,
            linux_user_configuration: Optional[LinuxUserConfiguration] = None,
            windows_user_configuration: Optional[WindowsUserConfiguration] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class LinuxUserConfiguration(Model):
    """Linux-specific settings for a user account on pool nodes."""

    uid: Optional[int] = rest_field()
    """Numeric user ID; set together with gid, or chosen by the OS when absent."""
    gid: Optional[int] = rest_field()
    """Numeric group ID; set together with uid, or chosen by the OS when absent."""
    ssh_private_key: Optional[str] = rest_field(secret=True)
    """Unprotected SSH private key for passwordless SSH between nodes; a secret."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            uid: Optional[int] = None,
            gid: Optional[int] = None,
            ssh_private_key: Optional[str] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class WindowsUserConfiguration(Model):
    """Windows-specific settings for a user account on pool nodes."""

    login_mode: Optional[Union[str, LoginMode]] = rest_field()
    """Login mode of the account, batch or interactive."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            login_mode: Optional[Union[str, LoginMode]] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class UpgradePolicy(Model):
    """How OS and model upgrades are applied to the nodes of a pool."""

    mode: Union[str, UpgradeMode] = rest_field()
    """Upgrade mode: automatic, manual or rolling."""
    automatic_os_upgrade_policy: Optional[AutomaticOsUpgradePolicy] = rest_field(
        name="automaticOSUpgradePolicy"
    )
    """Settings for automatic OS image upgrades."""
    rolling_upgrade_policy: Optional[RollingUpgradePolicy] = rest_field()
    """Settings used when performing a rolling upgrade."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            mode: Union[str, UpgradeMode],
            automatic_os_upgrade_policy: Optional[AutomaticOsUpgradePolicy] = None,
            rolling_upgrade_policy: Optional[RollingUpgradePolicy] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class AutomaticOsUpgradePolicy(Model):
    """Settings for automatic OS image upgrades of pool nodes."""

    disable_automatic_rollback: Optional[bool] = rest_field()
    """Whether rollback of the OS image on failure is turned off."""
    enable_automatic_os_upgrade: Optional[bool] = rest_field(name="enableAutomaticOSUpgrade")
    """Whether newer OS image versions are applied to nodes automatically."""
    use_rolling_upgrade_policy: Optional[bool] = rest_field()
    """Whether automatic OS upgrades follow the rolling upgrade policy."""
    os_rolling_upgrade_deferral: Optional[bool] = rest_field()
    """Whether OS upgrades are deferred while the node is running tasks."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            disable_automatic_rollback: Optional[bool] = None,
            enable_automatic_os_upgrade: Optional[bool] = None,
            use_rolling_upgrade_policy: Optional[bool] = None,
            os_rolling_upgrade_deferral: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


class RollingUpgradePolicy(Model):
    """Settings for a rolling upgrade of pool nodes."""

    enable_cross_zone_upgrade: Optional[bool] = rest_field()
    """Whether upgrade batches may span availability zones."""
    max_batch_instance_percent: Optional[int] = rest_field(ge=5, le=100)
    """Max percent of instances upgraded in one batch, 5 to 100; default 20."""
    max_unhealthy_instance_percent: Optional[int] = rest_field(ge=5, le=100)
    """Max percent of unhealthy instances before aborting, 5 to 100; default 20."""
    max_unhealthy_upgraded_instance_percent: Optional[int] = rest_field(ge=0, le=100)
    """Max percent of upgraded instances unhealthy, 0 to 100; default 20."""
    pause_time_between_batches: Optional[datetime.timedelta] = rest_field()
    """Wait between upgrade batches as an ISO 8601 duration; none by default."""
    prioritize_unhealthy_instances: Optional[bool] = rest_field()
    """Whether unhealthy instances are upgraded before healthy ones."""
    rollback_failed_instances_on_policy_breach: Optional[bool] = rest_field()
    """Whether failed instances roll back to the previous model on breach."""

    if TYPE_CHECKING:

        @overload
        def __init__(
            self,
            *,
            enable_cross_zone_upgrade: Optional[bool] = None,
            max_batch_instance_percent: Optional[int] = None,
            max_unhealthy_instance_percent: Optional[int] = None,
            max_unhealthy_upgraded_instance_percent: Optional[int] = None,
            pause_time_between_batches: Optional[datetime.timedelta] = None,
            prioritize_unhealthy_instances: Optional[bool] = None,
            rollback_failed_instances_on_policy_breach: Optional[bool] = None,
        ) -> None: ...
        @overload
        def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
