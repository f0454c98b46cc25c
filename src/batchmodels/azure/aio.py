"""``batchmodels.azure.aio.BatchClient``: azure-batch's async client, with batchmodels models
out and in."""

# See batchmodels/azure/_client.py: the overrides change return types on purpose.
# mypy: disable-error-code="override"
# pyright: reportIncompatibleMethodOverride=false

from __future__ import annotations

from functools import partial
from typing import Any, Awaitable, Callable, List, Optional, Tuple, TypeVar, Union

from azure.batch import models as _az
from azure.batch.aio import BatchClient as _AzureBatchClient
from azure.batch.models import _models as _az_unexported  # four bodies it does not export
from azure.core.async_paging import AsyncItemPaged, AsyncList
from azure.core.credentials import AzureNamedKeyCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.pipeline import PipelineRequest, PipelineResponse
from azure.core.pipeline.policies import AsyncHTTPPolicy
from azure.core.polling import AsyncLROPoller

from .. import models as _bm
from .._json import loads, loads_page
from .._model import Model
from ._responses import STREAM_PAGES, keep_response, with_policy

__all__ = ["BatchClient"]

_M = TypeVar("_M", bound=Model)


class _StreamedBodies(AsyncHTTPPolicy):  # type: ignore[type-arg]
    """The async twin of the sync client's policy: list pages as a stream when asked, and
    the body of a failed streamed response read."""

    async def send(self, request: PipelineRequest[Any]) -> PipelineResponse[Any, Any]:
        options = request.context.options
        if options.pop(STREAM_PAGES, False):
            options["stream"] = True
        response = await self.next.send(request)
        if not 200 <= response.http_response.status_code < 300:
            await response.http_response.read()
        return response


async def _page(model: type[_M], pipeline_response: Any) -> Tuple[Optional[str], AsyncList[_M]]:
    page = loads_page(await pipeline_response.http_response.read(), model)
    return page.next_link or None, AsyncList(page.items)


class BatchClient(_AzureBatchClient):
    """azure-batch's async ``BatchClient`` whose ``get_*`` and ``list_*`` operations return
    batchmodels models, parsed from the response text, and whose operations that take a body
    accept batchmodels models.

    The constructor, keywords, paging, retries and errors are azure-batch's own.
    """

    def __init__(
        self,
        endpoint: str,
        credential: Union[AzureNamedKeyCredential, AsyncTokenCredential],
        **kwargs: Any,
    ) -> None:
        super().__init__(endpoint, credential, **with_policy(kwargs, _StreamedBodies()))

    async def _get(
        self, operation: Callable[..., Awaitable[Any]], model: type[_M], *args: Any, **kwargs: Any
    ) -> _M:
        # As a stream, azure reads no body and builds no model of its own.
        pipeline_response = await operation(*args, stream=True, cls=keep_response, **kwargs)
        return loads(await pipeline_response.http_response.read(), model)

    def _list(
        self,
        operation: Callable[..., AsyncItemPaged[Any]],
        model: type[_M],
        *args: Any,
        **kwargs: Any,
    ) -> AsyncItemPaged[_M]:
        paged = operation(*args, **{STREAM_PAGES: True}, **kwargs)
        # See the sync client: keep azure's get_next, replace how a page is read.
        get_next = paged._args[0]
        return AsyncItemPaged(get_next, partial(_page, model))

    # --- get_*: one model from the response text

    async def get_application(self, application_id: str, **kwargs: Any) -> _bm.BatchApplication:
        return await self._get(
            super().get_application, _bm.BatchApplication, application_id, **kwargs
        )

    async def get_job(self, job_id: str, **kwargs: Any) -> _bm.BatchJob:
        return await self._get(super().get_job, _bm.BatchJob, job_id, **kwargs)

    async def get_job_schedule(self, job_schedule_id: str, **kwargs: Any) -> _bm.BatchJobSchedule:
        return await self._get(
            super().get_job_schedule, _bm.BatchJobSchedule, job_schedule_id, **kwargs
        )

    async def get_job_task_counts(self, job_id: str, **kwargs: Any) -> _bm.BatchTaskCountsResult:
        return await self._get(
            super().get_job_task_counts, _bm.BatchTaskCountsResult, job_id, **kwargs
        )

    async def get_node(self, pool_id: str, node_id: str, **kwargs: Any) -> _bm.BatchNode:
        return await self._get(super().get_node, _bm.BatchNode, pool_id, node_id, **kwargs)

    async def get_node_extension(
        self, pool_id: str, node_id: str, extension_name: str, **kwargs: Any
    ) -> _bm.BatchNodeVMExtension:
        return await self._get(
            super().get_node_extension,
            _bm.BatchNodeVMExtension,
            pool_id,
            node_id,
            extension_name,
            **kwargs,
        )

    async def get_node_remote_login_settings(
        self, pool_id: str, node_id: str, **kwargs: Any
    ) -> _bm.BatchNodeRemoteLoginSettings:
        return await self._get(
            super().get_node_remote_login_settings,
            _bm.BatchNodeRemoteLoginSettings,
            pool_id,
            node_id,
            **kwargs,
        )

    async def get_pool(self, pool_id: str, **kwargs: Any) -> _bm.BatchPool:
        return await self._get(super().get_pool, _bm.BatchPool, pool_id, **kwargs)

    async def get_task(self, job_id: str, task_id: str, **kwargs: Any) -> _bm.BatchTask:
        return await self._get(super().get_task, _bm.BatchTask, job_id, task_id, **kwargs)

    # --- list_*: pages of models, fetched as they are iterated

    def list_applications(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchApplication]:
        return self._list(super().list_applications, _bm.BatchApplication, **kwargs)

    def list_job_preparation_and_release_task_status(
        self, job_id: str, **kwargs: Any
    ) -> AsyncItemPaged[_bm.BatchJobPreparationAndReleaseTaskStatus]:
        return self._list(
            super().list_job_preparation_and_release_task_status,
            _bm.BatchJobPreparationAndReleaseTaskStatus,
            job_id,
            **kwargs,
        )

    def list_job_schedules(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchJobSchedule]:
        return self._list(super().list_job_schedules, _bm.BatchJobSchedule, **kwargs)

    def list_jobs(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchJob]:
        return self._list(super().list_jobs, _bm.BatchJob, **kwargs)

    def list_jobs_from_schedule(
        self, job_schedule_id: str, **kwargs: Any
    ) -> AsyncItemPaged[_bm.BatchJob]:
        return self._list(super().list_jobs_from_schedule, _bm.BatchJob, job_schedule_id, **kwargs)

    def list_node_extensions(
        self, pool_id: str, node_id: str, **kwargs: Any
    ) -> AsyncItemPaged[_bm.BatchNodeVMExtension]:
        return self._list(
            super().list_node_extensions, _bm.BatchNodeVMExtension, pool_id, node_id, **kwargs
        )

    def list_node_files(
        self, pool_id: str, node_id: str, **kwargs: Any
    ) -> AsyncItemPaged[_bm.BatchNodeFile]:
        return self._list(super().list_node_files, _bm.BatchNodeFile, pool_id, node_id, **kwargs)

    def list_nodes(self, pool_id: str, **kwargs: Any) -> AsyncItemPaged[_bm.BatchNode]:
        return self._list(super().list_nodes, _bm.BatchNode, pool_id, **kwargs)

    def list_pool_node_counts(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchPoolNodeCounts]:
        return self._list(super().list_pool_node_counts, _bm.BatchPoolNodeCounts, **kwargs)

    def list_pool_usage_metrics(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchPoolUsageMetrics]:
        return self._list(super().list_pool_usage_metrics, _bm.BatchPoolUsageMetrics, **kwargs)

    def list_pools(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchPool]:
        return self._list(super().list_pools, _bm.BatchPool, **kwargs)

    def list_subtasks(
        self, job_id: str, task_id: str, **kwargs: Any
    ) -> AsyncItemPaged[_bm.BatchSubtask]:
        return self._list(super().list_subtasks, _bm.BatchSubtask, job_id, task_id, **kwargs)

    def list_supported_images(self, **kwargs: Any) -> AsyncItemPaged[_bm.BatchSupportedImage]:
        return self._list(super().list_supported_images, _bm.BatchSupportedImage, **kwargs)

    def list_task_files(
        self, job_id: str, task_id: str, **kwargs: Any
    ) -> AsyncItemPaged[_bm.BatchNodeFile]:
        return self._list(super().list_task_files, _bm.BatchNodeFile, job_id, task_id, **kwargs)

    def list_tasks(self, job_id: str, **kwargs: Any) -> AsyncItemPaged[_bm.BatchTask]:
        return self._list(super().list_tasks, _bm.BatchTask, job_id, **kwargs)

    # --- operations that take a body: batchmodels models accepted (azure's still are)

    async def begin_deallocate_node(
        self,
        pool_id: str,
        node_id: str,
        options: Optional[
            Union[_bm.BatchNodeDeallocateOptions, _az_unexported.BatchNodeDeallocateOptions]
        ] = None,
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_deallocate_node(pool_id, node_id, options, **kwargs)  # type: ignore[arg-type]

    async def begin_disable_job(
        self,
        job_id: str,
        disable_options: Union[_bm.BatchJobDisableOptions, _az.BatchJobDisableOptions],
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_disable_job(job_id, disable_options, **kwargs)  # type: ignore[arg-type]

    async def begin_reboot_node(
        self,
        pool_id: str,
        node_id: str,
        options: Optional[
            Union[_bm.BatchNodeRebootOptions, _az_unexported.BatchNodeRebootOptions]
        ] = None,
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_reboot_node(pool_id, node_id, options, **kwargs)  # type: ignore[arg-type]

    async def begin_reimage_node(
        self,
        pool_id: str,
        node_id: str,
        options: Optional[
            Union[_bm.BatchNodeReimageOptions, _az_unexported.BatchNodeReimageOptions]
        ] = None,
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_reimage_node(pool_id, node_id, options, **kwargs)  # type: ignore[arg-type]

    async def begin_remove_nodes(
        self,
        pool_id: str,
        remove_options: Union[_bm.BatchNodeRemoveOptions, _az.BatchNodeRemoveOptions],
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_remove_nodes(pool_id, remove_options, **kwargs)  # type: ignore[arg-type]

    async def begin_resize_pool(
        self,
        pool_id: str,
        resize_options: Union[_bm.BatchPoolResizeOptions, _az.BatchPoolResizeOptions],
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_resize_pool(pool_id, resize_options, **kwargs)  # type: ignore[arg-type]

    async def begin_terminate_job(
        self,
        job_id: str,
        options: Optional[
            Union[_bm.BatchJobTerminateOptions, _az_unexported.BatchJobTerminateOptions]
        ] = None,
        **kwargs: Any,
    ) -> AsyncLROPoller[None]:
        return await super().begin_terminate_job(job_id, options, **kwargs)  # type: ignore[arg-type]

    async def create_job(
        self, job: Union[_bm.BatchJobCreateOptions, _az.BatchJobCreateOptions], **kwargs: Any
    ) -> None:
        return await super().create_job(job, **kwargs)  # type: ignore[arg-type]

    async def create_job_schedule(
        self,
        job_schedule: Union[_bm.BatchJobScheduleCreateOptions, _az.BatchJobScheduleCreateOptions],
        **kwargs: Any,
    ) -> None:
        return await super().create_job_schedule(job_schedule, **kwargs)  # type: ignore[arg-type]

    async def create_node_user(
        self,
        pool_id: str,
        node_id: str,
        user: Union[_bm.BatchNodeUserCreateOptions, _az.BatchNodeUserCreateOptions],
        **kwargs: Any,
    ) -> None:
        return await super().create_node_user(pool_id, node_id, user, **kwargs)  # type: ignore[arg-type]

    async def create_pool(
        self, pool: Union[_bm.BatchPoolCreateOptions, _az.BatchPoolCreateOptions], **kwargs: Any
    ) -> None:
        return await super().create_pool(pool, **kwargs)  # type: ignore[arg-type]

    async def create_task(
        self,
        job_id: str,
        task: Union[_bm.BatchTaskCreateOptions, _az.BatchTaskCreateOptions],
        **kwargs: Any,
    ) -> None:
        return await super().create_task(job_id, task, **kwargs)  # type: ignore[arg-type]

    async def create_task_collection(
        self,
        job_id: str,
        task_collection: Union[_bm.BatchTaskGroup, _az.BatchTaskGroup],
        **kwargs: Any,
    ) -> _az.BatchCreateTaskCollectionResult:
        return await super().create_task_collection(job_id, task_collection, **kwargs)  # type: ignore[arg-type]

    async def create_tasks(
        self,
        job_id: str,
        task_collection: List[Union[_bm.BatchTaskCreateOptions, _az.BatchTaskCreateOptions]],
        **kwargs: Any,
    ) -> _az.BatchCreateTaskCollectionResult:
        return await super().create_tasks(job_id, task_collection, **kwargs)  # type: ignore[arg-type]

    async def disable_node_scheduling(
        self,
        pool_id: str,
        node_id: str,
        options: Optional[
            Union[_bm.BatchNodeDisableSchedulingOptions, _az.BatchNodeDisableSchedulingOptions]
        ] = None,
        **kwargs: Any,
    ) -> None:
        return await super().disable_node_scheduling(pool_id, node_id, options, **kwargs)  # type: ignore[arg-type]

    async def enable_pool_auto_scale(
        self,
        pool_id: str,
        enable_auto_scale_options: Union[
            _bm.BatchPoolEnableAutoScaleOptions, _az.BatchPoolEnableAutoScaleOptions
        ],
        **kwargs: Any,
    ) -> None:
        return await super().enable_pool_auto_scale(pool_id, enable_auto_scale_options, **kwargs)  # type: ignore[arg-type]

    async def evaluate_pool_auto_scale(
        self,
        pool_id: str,
        evaluate_auto_scale_options: Union[
            _bm.BatchPoolEvaluateAutoScaleOptions, _az.BatchPoolEvaluateAutoScaleOptions
        ],
        **kwargs: Any,
    ) -> _az.AutoScaleRun:
        return await super().evaluate_pool_auto_scale(
            pool_id,
            evaluate_auto_scale_options,  # type: ignore[arg-type]
            **kwargs,
        )

    async def replace_job(
        self, job_id: str, job: Union[_bm.BatchJob, _az.BatchJob], **kwargs: Any
    ) -> None:
        return await super().replace_job(job_id, job, **kwargs)  # type: ignore[arg-type]

    async def replace_job_schedule(
        self,
        job_schedule_id: str,
        job_schedule: Union[_bm.BatchJobSchedule, _az.BatchJobSchedule],
        **kwargs: Any,
    ) -> None:
        return await super().replace_job_schedule(job_schedule_id, job_schedule, **kwargs)  # type: ignore[arg-type]

    async def replace_node_user(
        self,
        pool_id: str,
        node_id: str,
        user_name: str,
        update_options: Union[_bm.BatchNodeUserReplaceOptions, _az.BatchNodeUserReplaceOptions],
        **kwargs: Any,
    ) -> None:
        return await super().replace_node_user(
            pool_id,
            node_id,
            user_name,
            update_options,  # type: ignore[arg-type]
            **kwargs,
        )

    async def replace_pool_properties(
        self,
        pool_id: str,
        pool: Union[_bm.BatchPoolReplaceOptions, _az.BatchPoolReplaceOptions],
        **kwargs: Any,
    ) -> None:
        return await super().replace_pool_properties(pool_id, pool, **kwargs)  # type: ignore[arg-type]

    async def replace_task(
        self, job_id: str, task_id: str, task: Union[_bm.BatchTask, _az.BatchTask], **kwargs: Any
    ) -> None:
        return await super().replace_task(job_id, task_id, task, **kwargs)  # type: ignore[arg-type]

    async def update_job(
        self,
        job_id: str,
        job: Union[_bm.BatchJobUpdateOptions, _az.BatchJobUpdateOptions],
        **kwargs: Any,
    ) -> None:
        return await super().update_job(job_id, job, **kwargs)  # type: ignore[arg-type]

    async def update_job_schedule(
        self,
        job_schedule_id: str,
        job_schedule: Union[_bm.BatchJobScheduleUpdateOptions, _az.BatchJobScheduleUpdateOptions],
        **kwargs: Any,
    ) -> None:
        return await super().update_job_schedule(job_schedule_id, job_schedule, **kwargs)  # type: ignore[arg-type]

    async def update_pool(
        self,
        pool_id: str,
        pool: Union[_bm.BatchPoolUpdateOptions, _az.BatchPoolUpdateOptions],
        **kwargs: Any,
    ) -> None:
        return await super().update_pool(pool_id, pool, **kwargs)  # type: ignore[arg-type]

    async def upload_node_logs(
        self,
        pool_id: str,
        node_id: str,
        upload_options: Union[_bm.UploadBatchServiceLogsOptions, _az.UploadBatchServiceLogsOptions],
        **kwargs: Any,
    ) -> _az.UploadBatchServiceLogsResult:
        return await super().upload_node_logs(pool_id, node_id, upload_options, **kwargs)  # type: ignore[arg-type]
