"""Which model each REST operation of the Batch API sends and returns (API 2025-06-01).

Keyed by ``operationId`` as the REST specification and its examples spell it. Models are
named, not imported, so that reading this table loads no model module.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, Mapping, Optional

__all__ = ["Operation", "OPERATIONS", "example_operation", "operation"]


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

# Names older specifications (and example file names without an operationId) used.
_ALIASES: Dict[str, str] = {
    "Batch_GetJob": "Jobs_GetJob",
    "Batch_UpdateJob": "Jobs_UpdateJob",
    "Job_GetJob": "Jobs_GetJob",
    "JobPatch": "Jobs_UpdateJob",
    "JobList": "Jobs_ListJobs",
    "JobListFromJobSchedule": "Jobs_ListJobsFromSchedule",
    "JobScheduleAdd": "JobSchedules_CreateJobSchedule",
}


def operation(name: str) -> Optional[Operation]:
    """The operation called ``name`` (an ``operationId`` or an older alias), if known."""
    return OPERATIONS.get(_ALIASES.get(name, name))


def example_operation(example: Mapping[str, Any], file_name: str) -> Optional[str]:
    """The operation a REST example file shows: its ``operationId``, else its file name.

    File names look like ``2024-02-01.19.0__JobScheduleAdd_Complex.json``: the part after
    ``__``, whole or up to its first ``_``, names the operation.
    """
    declared = example.get("operationId")
    if isinstance(declared, str) and operation(declared) is not None:
        return _ALIASES.get(declared, declared)
    stem = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    if stem.endswith(".json"):
        stem = stem[: -len(".json")]
    stem = stem.split("__", 1)[-1]
    for candidate in (stem, stem.split("_", 1)[0]):
        if operation(candidate) is not None:
            return _ALIASES.get(candidate, candidate)
    return None
