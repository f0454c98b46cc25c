"""Which model each REST operation of the Batch API sends and returns (API 2025-06-01).

Keyed by ``operationId`` as the REST specification and its examples spell it. Models are
named, not imported, so that reading this table loads no model module.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, Mapping, Optional

__all__ = ["OLD_REQUESTS", "OPERATIONS", "Operation", "example_operation", "operation"]


@dataclasses.dataclass(frozen=True)
class Operation:
    """The bodies of one REST operation, by model name (``None``: no JSON body)."""

    request: Optional[str] = None
    """Model of the request body."""
    response: Optional[str] = None
    """Model of the response body, or of each item of ``value`` when ``paged``."""
    paged: bool = False
    """Whether the response is a list page: ``{"value": [...], "odata.nextLink": ...}``."""
    unmodelled: Optional[str] = None
    """Why a JSON body this operation has is not modelled (azure-batch 15.1.0 has no model)."""


_NO_CERTIFICATES = "certificates are not part of azure-batch 15.1.0"

OPERATIONS: Dict[str, Operation] = {
    "Applications_GetApplication": Operation(response="BatchApplication"),
    "Applications_ListApplications": Operation(response="BatchApplication", paged=True),
    "Certificates_CancelCertificateDeletion": Operation(),
    "Certificates_CreateCertificate": Operation(unmodelled=_NO_CERTIFICATES),
    "Certificates_DeleteCertificate": Operation(),
    "Certificates_GetCertificate": Operation(unmodelled=_NO_CERTIFICATES),
    "Certificates_ListCertificates": Operation(unmodelled=_NO_CERTIFICATES),
    "JobSchedules_CreateJobSchedule": Operation(request="BatchJobScheduleCreateOptions"),
    "JobSchedules_DeleteJobSchedule": Operation(),
    "JobSchedules_DisableJobSchedule": Operation(),
    "JobSchedules_EnableJobSchedule": Operation(),
    "JobSchedules_GetJobSchedule": Operation(response="BatchJobSchedule"),
    "JobSchedules_JobScheduleExists": Operation(),
    "JobSchedules_ListJobSchedules": Operation(response="BatchJobSchedule", paged=True),
    "JobSchedules_ReplaceJobSchedule": Operation(request="BatchJobSchedule"),
    "JobSchedules_TerminateJobSchedule": Operation(),
    "JobSchedules_UpdateJobSchedule": Operation(request="BatchJobScheduleUpdateOptions"),
    "Jobs_CreateJob": Operation(request="BatchJobCreateOptions"),
    "Jobs_DeleteJob": Operation(),
    "Jobs_DisableJob": Operation(request="BatchJobDisableOptions"),
    "Jobs_EnableJob": Operation(),
    "Jobs_GetJob": Operation(response="BatchJob"),
    "Jobs_GetJobTaskCounts": Operation(response="BatchTaskCountsResult"),
    "Jobs_ListJobPreparationAndReleaseTaskStatus": Operation(
        response="BatchJobPreparationAndReleaseTaskStatus", paged=True
    ),
    "Jobs_ListJobs": Operation(response="BatchJob", paged=True),
    "Jobs_ListJobsFromSchedule": Operation(response="BatchJob", paged=True),
    "Jobs_ReplaceJob": Operation(request="BatchJob"),
    "Jobs_TerminateJob": Operation(request="BatchJobTerminateOptions"),
    "Jobs_UpdateJob": Operation(request="BatchJobUpdateOptions"),
    "Nodes_CreateNodeUser": Operation(request="BatchNodeUserCreateOptions"),
    "Nodes_DeallocateNode": Operation(request="BatchNodeDeallocateOptions"),
    "Nodes_DeleteNodeFile": Operation(),
    "Nodes_DeleteNodeUser": Operation(),
    "Nodes_DisableNodeScheduling": Operation(request="BatchNodeDisableSchedulingOptions"),
    "Nodes_EnableNodeScheduling": Operation(),
    "Nodes_GetNode": Operation(response="BatchNode"),
    "Nodes_GetNodeExtension": Operation(response="BatchNodeVMExtension"),
    "Nodes_GetNodeFile": Operation(),
    "Nodes_GetNodeFileProperties": Operation(),
    "Nodes_GetNodeRemoteLoginSettings": Operation(response="BatchNodeRemoteLoginSettings"),
    "Nodes_ListNodeExtensions": Operation(response="BatchNodeVMExtension", paged=True),
    "Nodes_ListNodeFiles": Operation(response="BatchNodeFile", paged=True),
    "Nodes_ListNodes": Operation(response="BatchNode", paged=True),
    "Nodes_RebootNode": Operation(request="BatchNodeRebootOptions"),
    "Nodes_ReimageNode": Operation(request="BatchNodeReimageOptions"),
    "Nodes_ReplaceNodeUser": Operation(request="BatchNodeUserReplaceOptions"),
    "Nodes_StartNode": Operation(),
    "Nodes_UploadNodeLogs": Operation(
        request="UploadBatchServiceLogsOptions", response="UploadBatchServiceLogsResult"
    ),
    "Pools_CreatePool": Operation(request="BatchPoolCreateOptions"),
    "Pools_DeletePool": Operation(),
    "Pools_DisablePoolAutoScale": Operation(),
    "Pools_EnablePoolAutoScale": Operation(request="BatchPoolEnableAutoScaleOptions"),
    "Pools_EvaluatePoolAutoScale": Operation(
        request="BatchPoolEvaluateAutoScaleOptions", response="AutoScaleRun"
    ),
    "Pools_GetPool": Operation(response="BatchPool"),
    "Pools_ListPoolNodeCounts": Operation(response="BatchPoolNodeCounts", paged=True),
    "Pools_ListPoolUsageMetrics": Operation(response="BatchPoolUsageMetrics", paged=True),
    "Pools_ListPools": Operation(response="BatchPool", paged=True),
    "Pools_ListSupportedImages": Operation(response="BatchSupportedImage", paged=True),
    "Pools_PoolExists": Operation(),
    "Pools_RemoveNodes": Operation(request="BatchNodeRemoveOptions"),
    "Pools_ReplacePoolProperties": Operation(request="BatchPoolReplaceOptions"),
    "Pools_ResizePool": Operation(request="BatchPoolResizeOptions"),
    "Pools_StopPoolResize": Operation(),
    "Pools_UpdatePool": Operation(request="BatchPoolUpdateOptions"),
    "Tasks_CreateTask": Operation(request="BatchTaskCreateOptions"),
    "Tasks_CreateTaskCollection": Operation(
        request="BatchTaskGroup", response="BatchCreateTaskCollectionResult"
    ),
    "Tasks_DeleteTask": Operation(),
    "Tasks_DeleteTaskFile": Operation(),
    "Tasks_GetTask": Operation(response="BatchTask"),
    "Tasks_GetTaskFile": Operation(),
    "Tasks_GetTaskFileProperties": Operation(),
    "Tasks_ListSubTasks": Operation(response="BatchSubtask", paged=True),
    "Tasks_ListTaskFiles": Operation(response="BatchNodeFile", paged=True),
    "Tasks_ListTasks": Operation(response="BatchTask", paged=True),
    "Tasks_ReactivateTask": Operation(),
    "Tasks_ReplaceTask": Operation(request="BatchTask"),
    "Tasks_TerminateTask": Operation(),
}

# Operations only older API versions have (the lifetime statistics were retired).
_OLD_ONLY: Dict[str, Operation] = {
    "Jobs_GetJobLifetimeStatistics": Operation(response="BatchJobStatistics"),
    "Pools_GetPoolLifetimeStatistics": Operation(response="BatchPoolStatistics"),
    "Nodes_GetNodeRemoteDesktopFile": Operation(),
}

# Names older specifications gave operations (``operationId``: ``Pool_Add``...) and the
# names of their example files (``PoolAdd_Basic.json``: the part before the first ``_``).
_ALIASES: Dict[str, str] = {
    "Batch_GetJob": "Jobs_GetJob",
    "Batch_UpdateJob": "Jobs_UpdateJob",
    "Job_GetJob": "Jobs_GetJob",
}
_OLD_NAMES = {
    # today's operationId: (the operationId until 2024-02-01.19.0, the example file name)
    "Applications_GetApplication": ("Application_Get", "ApplicationGet"),
    "Applications_ListApplications": ("Application_List", "ApplicationList"),
    "Certificates_CancelCertificateDeletion": (
        "Certificate_CancelDeletion",
        "CertificateCancelDelete",
    ),
    "Certificates_CreateCertificate": ("Certificate_Add", "CertificateAdd"),
    "Certificates_DeleteCertificate": ("Certificate_Delete", "CertificateDelete"),
    "Certificates_GetCertificate": ("Certificate_Get", "CertificateGet"),
    "Certificates_ListCertificates": ("Certificate_List", "CertificateList"),
    "JobSchedules_CreateJobSchedule": ("JobSchedule_Add", "JobScheduleAdd"),
    "JobSchedules_DeleteJobSchedule": ("JobSchedule_Delete", "JobScheduleDelete"),
    "JobSchedules_DisableJobSchedule": ("JobSchedule_Disable", "JobScheduleDisable"),
    "JobSchedules_EnableJobSchedule": ("JobSchedule_Enable", "JobScheduleEnable"),
    "JobSchedules_GetJobSchedule": ("JobSchedule_Get", "JobScheduleGet"),
    "JobSchedules_JobScheduleExists": ("JobSchedule_Exists", "JobScheduleExists"),
    "JobSchedules_ListJobSchedules": ("JobSchedule_List", "JobScheduleList"),
    "JobSchedules_ReplaceJobSchedule": ("JobSchedule_Update", "JobScheduleUpdate"),
    "JobSchedules_TerminateJobSchedule": ("JobSchedule_Terminate", "JobScheduleTerminate"),
    "JobSchedules_UpdateJobSchedule": ("JobSchedule_Patch", "JobSchedulePatch"),
    "Jobs_CreateJob": ("Job_Add", "JobAdd"),
    "Jobs_DeleteJob": ("Job_Delete", "JobDelete"),
    "Jobs_DisableJob": ("Job_Disable", "JobDisable"),
    "Jobs_EnableJob": ("Job_Enable", "JobEnable"),
    "Jobs_GetJob": ("Job_Get", "JobGet"),
    "Jobs_GetJobLifetimeStatistics": ("Job_GetAllLifetimeStatistics", "JobGetLifetimeStatistics"),
    "Jobs_GetJobTaskCounts": ("Job_GetTaskCounts", "JobGetTaskCounts"),
    "Jobs_ListJobPreparationAndReleaseTaskStatus": (
        "Job_ListPreparationAndReleaseTaskStatus",
        "JobListPreparationAndReleaseTaskStatus",
    ),
    "Jobs_ListJobs": ("Job_List", "JobList"),
    "Jobs_ListJobsFromSchedule": ("Job_ListFromJobSchedule", "JobListFromJobSchedule"),
    "Jobs_ReplaceJob": ("Job_Update", "JobUpdate"),
    "Jobs_TerminateJob": ("Job_Terminate", "JobTerminate"),
    "Jobs_UpdateJob": ("Job_Patch", "JobPatch"),
    "Nodes_CreateNodeUser": ("ComputeNode_AddUser", "NodeAddUser"),
    "Nodes_DeleteNodeFile": ("File_DeleteFromComputeNode", "FileDeleteFromNode"),
    "Nodes_DeleteNodeUser": ("ComputeNode_DeleteUser", "NodeDeleteUser"),
    "Nodes_DisableNodeScheduling": ("ComputeNode_DisableScheduling", "NodeDisableScheduling"),
    "Nodes_EnableNodeScheduling": ("ComputeNode_EnableScheduling", "NodeEnableScheduling"),
    "Nodes_GetNode": ("ComputeNode_Get", "NodeGet"),
    "Nodes_GetNodeExtension": ("ComputeNodeExtension_Get", "ComputeNodeExtensionGet"),
    "Nodes_GetNodeFile": ("File_GetFromComputeNode", "FileGetFromNode"),
    "Nodes_GetNodeFileProperties": (
        "File_GetPropertiesFromComputeNode",
        "FileGetPropertiesFromNode",
    ),
    "Nodes_GetNodeRemoteDesktopFile": ("ComputeNode_GetRemoteDesktop", "NodeGetRemoteDesktop"),
    "Nodes_GetNodeRemoteLoginSettings": (
        "ComputeNode_GetRemoteLoginSettings",
        "NodeGetRemoteLoginSettings",
    ),
    "Nodes_ListNodeExtensions": ("ComputeNodeExtension_List", "ComputeNodeExtensionList"),
    "Nodes_ListNodeFiles": ("File_ListFromComputeNode", "FileListFromNode"),
    "Nodes_ListNodes": ("ComputeNode_List", "NodeList"),
    "Nodes_RebootNode": ("ComputeNode_Reboot", "NodeReboot"),
    "Nodes_ReimageNode": ("ComputeNode_Reimage", "NodeReimage"),
    "Nodes_ReplaceNodeUser": ("ComputeNode_UpdateUser", "NodeUpdateUser"),
    "Nodes_UploadNodeLogs": ("ComputeNode_UploadBatchServiceLogs", "NodeUploadBatchServiceLogs"),
    "Pools_CreatePool": ("Pool_Add", "PoolAdd"),
    "Pools_DeletePool": ("Pool_Delete", "PoolDelete"),
    "Pools_DisablePoolAutoScale": ("Pool_DisableAutoScale", "PoolDisableAutoScale"),
    "Pools_EnablePoolAutoScale": ("Pool_EnableAutoScale", "PoolEnableAutoscale"),
    "Pools_EvaluatePoolAutoScale": ("Pool_EvaluateAutoScale", "PoolEvaluateAutoscale"),
    "Pools_GetPool": ("Pool_Get", "PoolGet"),
    "Pools_GetPoolLifetimeStatistics": (
        "Pool_GetAllLifetimeStatistics",
        "PoolGetLifetimeStatistics",
    ),
    "Pools_ListPoolNodeCounts": ("Account_ListPoolNodeCounts", "AccountListPoolNodeCounts"),
    "Pools_ListPoolUsageMetrics": ("Pool_ListUsageMetrics", "PoolListUsageMetrics"),
    "Pools_ListPools": ("Pool_List", "PoolList"),
    "Pools_ListSupportedImages": ("Account_ListSupportedImages", "AccountListSupportedImages"),
    "Pools_PoolExists": ("Pool_Exists", "PoolExists"),
    "Pools_RemoveNodes": ("Pool_RemoveNodes", "PoolRemoveNodes"),
    "Pools_ReplacePoolProperties": ("Pool_UpdateProperties", "PoolUpdate"),
    "Pools_ResizePool": ("Pool_Resize", "PoolResize"),
    "Pools_StopPoolResize": ("Pool_StopResize", "PoolStopResize"),
    "Pools_UpdatePool": ("Pool_Patch", "PoolPatch"),
    "Tasks_CreateTask": ("Task_Add", "TaskAdd"),
    "Tasks_CreateTaskCollection": ("Task_AddCollection", "TaskAddCollection"),
    "Tasks_DeleteTask": ("Task_Delete", "TaskDelete"),
    "Tasks_DeleteTaskFile": ("File_DeleteFromTask", "FileDeleteFromTask"),
    "Tasks_GetTask": ("Task_Get", "TaskGet"),
    "Tasks_GetTaskFile": ("File_GetFromTask", "FileGetFromTask"),
    "Tasks_GetTaskFileProperties": ("File_GetPropertiesFromTask", "FileGetPropertiesFromTask"),
    "Tasks_ListSubTasks": ("Task_ListSubtasks", "TaskListSubtasks"),
    "Tasks_ListTaskFiles": ("File_ListFromTask", "FileListFromTask"),
    "Tasks_ListTasks": ("Task_List", "TaskList"),
    "Tasks_ReactivateTask": ("Task_Reactivate", "TaskReactivate"),
    "Tasks_ReplaceTask": ("Task_Update", "TaskUpdate"),
    "Tasks_TerminateTask": ("Task_Terminate", "TaskTerminate"),
}
for _today, _old in _OLD_NAMES.items():
    for _alias in _old:
        _ALIASES[_alias] = _today

OLD_REQUESTS: Dict[str, str] = {
    "Jobs_ReplaceJob": "JobUpdateParameter",
    "JobSchedules_ReplaceJobSchedule": "JobScheduleUpdateParameter",
    "Tasks_ReplaceTask": "TaskUpdateParameter",
}
"""The request model of azure-batch 14 and before (API 2024-02-01.19.0 and before) where
it is not the one today's request model was renamed from: the replace (PUT) bodies."""


def operation(name: str) -> Optional[Operation]:
    """The operation called ``name`` (an ``operationId`` or an older alias), if known."""
    name = _ALIASES.get(name, name)
    return OPERATIONS.get(name) or _OLD_ONLY.get(name)


def example_operation(example: Mapping[str, Any], file_name: str) -> Optional[str]:
    """The operation a REST example file shows: its ``operationId``, else its file name.

    File names look like ``2024-02-01.19.0__JobScheduleAdd_Complex.json``: the part after
    ``__``, whole or up to one of its ``_`` (the longest that is known), names the operation.
    """
    declared = example.get("operationId")
    if isinstance(declared, str) and operation(declared) is not None:
        return _ALIASES.get(declared, declared)
    stem = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    if stem.endswith(".json"):
        stem = stem[: -len(".json")]
    stem = stem.split("__", 1)[-1]
    parts = stem.split("_")
    for candidate in ["_".join(parts[:n]) for n in range(len(parts), 0, -1)]:
        if operation(candidate) is not None:
            return _ALIASES.get(candidate, candidate)
    return None
