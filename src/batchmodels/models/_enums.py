"""String enums of the Batch job tree; unknown service values read as plain ``str``."""

from __future__ import annotations

from .._enums import StrEnum

__all__ = [
    "AutoUserScope",
    "BatchAllTasksCompleteMode",
    "BatchErrorSourceCategory",
    "BatchJobDefaultOrder",
    "BatchJobState",
    "BatchNodeFillType",
    "BatchNodePlacementPolicyType",
    "BatchPoolLifetimeOption",
    "BatchTaskFailureMode",
    "CachingType",
    "ContainerHostDataPath",
    "ContainerType",
    "ContainerWorkingDirectory",
    "DiffDiskPlacement",
    "DiskEncryptionTarget",
    "DynamicVNetAssignmentScope",
    "ElevationLevel",
    "HostEndpointSettingsModeTypes",
    "IPFamily",
    "InboundEndpointProtocol",
    "IpAddressProvisioningType",
    "LoginMode",
    "NetworkSecurityGroupRuleAccess",
    "OutputFileUploadCondition",
    "SecurityEncryptionTypes",
    "SecurityTypes",
    "StorageAccountType",
    "UpgradeMode",
    "AllocationState",
    "BatchJobActionKind",
    "BatchJobPreparationTaskState",
    "BatchJobReleaseTaskState",
    "BatchJobScheduleState",
    "BatchNodeDeallocationOption",
    "BatchNodeDisableSchedulingOption",
    "BatchNodeState",
    "BatchPoolIdentityType",
    "BatchPoolState",
    "BatchStartTaskState",
    "BatchSubtaskState",
    "BatchTaskAddStatus",
    "BatchTaskExecutionResult",
    "BatchTaskState",
    "DependencyAction",
    "DisableBatchJobOption",
    "ImageVerificationType",
    "OSType",
    "SchedulingState",
    "StatusLevelTypes",
]


class AutoUserScope(StrEnum):
    """Scope of an auto-user: unique per task or shared across the pool."""

    TASK = "task"
    POOL = "pool"


class BatchAllTasksCompleteMode(StrEnum):
    """Action to take on a job when all of its tasks are complete."""

    NO_ACTION = "noaction"
    TERMINATE_JOB = "terminatejob"


class BatchErrorSourceCategory(StrEnum):
    """Category of an error: caused by the user or by the service."""

    USER_ERROR = "usererror"
    SERVER_ERROR = "servererror"


class BatchJobDefaultOrder(StrEnum):
    """Order in which tasks of equal-priority jobs are scheduled."""

    NONE = "none"
    CREATION_TIME = "creationtime"


class BatchJobState(StrEnum):
    """Lifecycle state of a job."""

    ACTIVE = "active"
    DISABLING = "disabling"
    DISABLED = "disabled"
    ENABLING = "enabling"
    TERMINATING = "terminating"
    COMPLETED = "completed"
    DELETING = "deleting"


class BatchNodeFillType(StrEnum):
    """How tasks are assigned to nodes: spread evenly or packed per node."""

    SPREAD = "spread"
    PACK = "pack"


class BatchNodePlacementPolicyType(StrEnum):
    """Placement policy for pool nodes: regional or zonal."""

    REGIONAL = "regional"
    ZONAL = "zonal"


class BatchPoolLifetimeOption(StrEnum):
    """Lifetime of an auto pool: tied to a job or to a job schedule."""

    JOB_SCHEDULE = "jobschedule"
    JOB = "job"


class BatchTaskFailureMode(StrEnum):
    """Action to take on a job when one of its tasks fails."""

    NO_ACTION = "noaction"
    PERFORM_EXIT_OPTIONS_JOB_ACTION = "performexitoptionsjobaction"


class CachingType(StrEnum):
    """Host caching mode of a disk."""

    NONE = "none"
    READ_ONLY = "readonly"
    READ_WRITE = "readwrite"


class ContainerHostDataPath(StrEnum):
    """Batch node host directory that can be mounted into a task container."""

    SHARED = "Shared"
    STARTUP = "Startup"
    VFS_MOUNTS = "VfsMounts"
    TASK = "Task"
    JOB_PREP = "JobPrep"
    APPLICATIONS = "Applications"


class ContainerType(StrEnum):
    """Container technology used on pool nodes."""

    DOCKER_COMPATIBLE = "dockerCompatible"
    CRI_COMPATIBLE = "criCompatible"


class ContainerWorkingDirectory(StrEnum):
    """Where a container task's working directory is located."""

    TASK_WORKING_DIRECTORY = "taskWorkingDirectory"
    CONTAINER_IMAGE_DEFAULT = "containerImageDefault"


class DiffDiskPlacement(StrEnum):
    """Placement of an ephemeral OS disk on the VM."""

    CACHE_DISK = "cachedisk"


class DiskEncryptionTarget(StrEnum):
    """Disk that can be encrypted on pool nodes."""

    OS_DISK = "osdisk"
    TEMPORARY_DISK = "temporarydisk"


class DynamicVNetAssignmentScope(StrEnum):
    """Scope of dynamic virtual network assignment for a pool."""

    NONE = "none"
    JOB = "job"


class ElevationLevel(StrEnum):
    """Elevation level of a user: admin or non-admin."""

    NON_ADMIN = "nonadmin"
    ADMIN = "admin"


class HostEndpointSettingsModeTypes(StrEnum):
    """Access control mode for a host endpoint: audit or enforce."""

    AUDIT = "Audit"
    ENFORCE = "Enforce"


class IPFamily(StrEnum):
    """IP address family: IPv4 or IPv6."""

    IPV4 = "IPv4"
    IPV6 = "IPv6"


class InboundEndpointProtocol(StrEnum):
    """Protocol of an inbound endpoint: TCP or UDP."""

    TCP = "tcp"
    UDP = "udp"


class IpAddressProvisioningType(StrEnum):
    """How public IP addresses are provisioned for a pool."""

    BATCH_MANAGED = "batchmanaged"
    USER_MANAGED = "usermanaged"
    NO_PUBLIC_IP_ADDRESSES = "nopublicipaddresses"


class LoginMode(StrEnum):
    """Login mode of a Windows user: batch or interactive."""

    BATCH = "batch"
    INTERACTIVE = "interactive"


class NetworkSecurityGroupRuleAccess(StrEnum):
    """Action of a network security group rule: allow or deny."""

    ALLOW = "allow"
    DENY = "deny"


class OutputFileUploadCondition(StrEnum):
    """Task outcome under which an output file is uploaded."""

    TASK_SUCCESS = "tasksuccess"
    TASK_FAILURE = "taskfailure"
    TASK_COMPLETION = "taskcompletion"


class SecurityEncryptionTypes(StrEnum):
    """Encryption type of managed disks on confidential VMs."""

    DISK_WITH_VM_GUEST_STATE = "DiskWithVMGuestState"
    NON_PERSISTED_TPM = "NonPersistedTPM"
    VM_GUEST_STATE_ONLY = "VMGuestStateOnly"


class SecurityTypes(StrEnum):
    """Security type of VMs: trusted launch or confidential VM."""

    TRUSTED_LAUNCH = "trustedLaunch"
    CONFIDENTIAL_VM = "confidentialvm"


class StorageAccountType(StrEnum):
    """Storage account type of a managed disk."""

    STANDARD_LRS = "standard_lrs"
    PREMIUM_LRS = "premium_lrs"
    STANDARD_SSDLRS = "standardssd_lrs"


class UpgradeMode(StrEnum):
    """Mode of OS image upgrades for pool nodes."""

    AUTOMATIC = "automatic"
    MANUAL = "manual"
    ROLLING = "rolling"


class AllocationState(StrEnum):
    """Whether a pool is resizing: steady, resizing or stopping a resize."""

    STEADY = "steady"
    RESIZING = "resizing"
    STOPPING = "stopping"


class BatchJobActionKind(StrEnum):
    """Action taken on a task's job when the task completes with a given exit condition."""

    NONE = "none"
    DISABLE = "disable"
    TERMINATE = "terminate"


class BatchJobPreparationTaskState(StrEnum):
    """State of a Job Preparation task on a node: running or completed."""

    RUNNING = "running"
    COMPLETED = "completed"


class BatchJobReleaseTaskState(StrEnum):
    """State of a Job Release task on a node: running or completed."""

    RUNNING = "running"
    COMPLETED = "completed"


class BatchJobScheduleState(StrEnum):
    """Lifecycle state of a job schedule."""

    ACTIVE = "active"
    COMPLETED = "completed"
    DISABLED = "disabled"
    TERMINATING = "terminating"
    DELETING = "deleting"


class BatchNodeDeallocationOption(StrEnum):
    """What to do with a node's running tasks when it leaves the pool."""

    REQUEUE = "requeue"
    TERMINATE = "terminate"
    TASK_COMPLETION = "taskcompletion"
    RETAINED_DATA = "retaineddata"


class BatchNodeDisableSchedulingOption(StrEnum):
    """What to do with a node's running tasks when scheduling is disabled on it."""

    REQUEUE = "requeue"
    TERMINATE = "terminate"
    TASK_COMPLETION = "taskcompletion"


class BatchNodeState(StrEnum):
    """Current state of a compute node."""

    IDLE = "idle"
    REBOOTING = "rebooting"
    REIMAGING = "reimaging"
    RUNNING = "running"
    UNUSABLE = "unusable"
    CREATING = "creating"
    STARTING = "starting"
    WAITING_FOR_START_TASK = "waitingforstarttask"
    START_TASK_FAILED = "starttaskfailed"
    UNKNOWN = "unknown"
    LEAVING_POOL = "leavingpool"
    OFFLINE = "offline"
    PREEMPTED = "preempted"
    UPGRADING_OS = "upgradingos"
    DEALLOCATED = "deallocated"
    DEALLOCATING = "deallocating"


class BatchPoolIdentityType(StrEnum):
    """Kind of managed identity a pool has: user-assigned or none."""

    USER_ASSIGNED = "UserAssigned"
    NONE = "None"


class BatchPoolState(StrEnum):
    """Lifecycle state of a pool: active or deleting."""

    ACTIVE = "active"
    DELETING = "deleting"


class BatchStartTaskState(StrEnum):
    """State of the start task on a node: running or completed."""

    RUNNING = "running"
    COMPLETED = "completed"


class BatchSubtaskState(StrEnum):
    """State of a subtask of a multi-instance task."""

    PREPARING = "preparing"
    RUNNING = "running"
    COMPLETED = "completed"


class BatchTaskAddStatus(StrEnum):
    """Outcome of adding one task in a task collection request."""

    SUCCESS = "success"
    CLIENT_ERROR = "clienterror"
    SERVER_ERROR = "servererror"


class BatchTaskExecutionResult(StrEnum):
    """Outcome of a task run: success or failure."""

    SUCCESS = "success"
    FAILURE = "failure"


class BatchTaskState(StrEnum):
    """Lifecycle state of a task."""

    ACTIVE = "active"
    PREPARING = "preparing"
    RUNNING = "running"
    COMPLETED = "completed"


class DependencyAction(StrEnum):
    """Whether tasks that depend on a task are unblocked or stay blocked."""

    SATISFY = "satisfy"
    BLOCK = "block"


class DisableBatchJobOption(StrEnum):
    """What to do with a job's running tasks when the job is disabled."""

    REQUEUE = "requeue"
    TERMINATE = "terminate"
    WAIT = "wait"


class ImageVerificationType(StrEnum):
    """Whether an image is verified to work with the Batch service."""

    VERIFIED = "verified"
    UNVERIFIED = "unverified"


class OSType(StrEnum):
    """Operating system family of an image: linux or windows."""

    LINUX = "linux"
    WINDOWS = "windows"


class SchedulingState(StrEnum):
    """Whether new tasks may be scheduled on a node."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class StatusLevelTypes(StrEnum):
    """Severity level of an instance view status: Error, Info or Warning."""

    ERROR = "Error"
    INFO = "Info"
    WARNING = "Warning"
