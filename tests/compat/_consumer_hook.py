"""A consumer's Azure Batch hook, written the way a workflow tool writes one (Apache Airflow's
Azure Batch hook is the model): request bodies built by keywords from ``azure.batch.models``,
sent with azure-batch's ``BatchClient``.

Nothing here knows about batchmodels. ``test_consumer_hook.py`` imports this module twice:
as it is, and with ``azure.batch.models`` swapped for ``batchmodels.models`` in
``sys.modules``, and checks that both send the same bytes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Optional

from azure.batch import BatchClient
from azure.batch.models import (
    AutoUserScope,
    AutoUserSpecification,
    BatchAllTasksCompleteMode,
    BatchJob,
    BatchJobConstraints,
    BatchJobCreateOptions,
    BatchJobManagerTask,
    BatchJobScheduleConfiguration,
    BatchJobScheduleCreateOptions,
    BatchJobSpecification,
    BatchJobUpdateOptions,
    BatchMetadataItem,
    BatchPoolCreateOptions,
    BatchPoolInfo,
    BatchStartTask,
    BatchTaskConstraints,
    BatchTaskContainerSettings,
    BatchTaskCreateOptions,
    BatchTaskGroup,
    BatchVmImageReference,
    ElevationLevel,
    EnvironmentSetting,
    OutputFile,
    OutputFileBlobContainerDestination,
    OutputFileDestination,
    OutputFileUploadCondition,
    OutputFileUploadConfiguration,
    ResourceFile,
    UserIdentity,
    VirtualMachineConfiguration,
)
from azure.core.serialization import NULL


class BatchHook:
    """Builds Batch bodies from a task's arguments and sends them."""

    def __init__(self, client: BatchClient) -> None:
        self.connection = client

    def configure_pool(
        self,
        pool_id: str,
        vm_size: str,
        vm_publisher: str,
        vm_offer: str,
        sku_starts_with: str,
        vm_node_agent_sku_id: str,
        display_name: Optional[str] = None,
        target_dedicated_nodes: Optional[int] = None,
        enable_auto_scale: bool = False,
        auto_scale_formula: Optional[str] = None,
        start_task_command: Optional[str] = None,
        **kwargs: Any,
    ) -> BatchPoolCreateOptions:
        start_task = None
        if start_task_command:
            start_task = BatchStartTask(
                command_line=start_task_command,
                wait_for_success=True,
                user_identity=UserIdentity(
                    auto_user=AutoUserSpecification(
                        scope=AutoUserScope.POOL, elevation_level=ElevationLevel.ADMIN
                    )
                ),
            )
        return BatchPoolCreateOptions(
            id=pool_id,
            vm_size=vm_size,
            display_name=display_name,
            virtual_machine_configuration=VirtualMachineConfiguration(
                image_reference=BatchVmImageReference(
                    publisher=vm_publisher, offer=vm_offer, sku=sku_starts_with, version="latest"
                ),
                node_agent_sku_id=vm_node_agent_sku_id,
            ),
            target_dedicated_nodes=None if enable_auto_scale else target_dedicated_nodes,
            enable_auto_scale=enable_auto_scale,
            auto_scale_formula=auto_scale_formula,
            start_task=start_task,
            **kwargs,
        )

    def create_pool(self, pool: BatchPoolCreateOptions) -> None:
        self.connection.create_pool(pool)

    def configure_job(
        self,
        job_id: str,
        pool_id: str,
        display_name: Optional[str] = None,
        job_manager_command: Optional[str] = None,
        max_wall_clock_time: Optional[dt.timedelta] = None,
        metadata: Optional[Dict[str, str]] = None,
        **kwargs: Any,
    ) -> BatchJobCreateOptions:
        manager = None
        if job_manager_command:
            manager = BatchJobManagerTask(
                id=f"{job_id}-manager",
                command_line=job_manager_command,
                kill_job_on_completion=True,
            )
        return BatchJobCreateOptions(
            id=job_id,
            pool_info=BatchPoolInfo(pool_id=pool_id),
            display_name=display_name,
            job_manager_task=manager,
            constraints=BatchJobConstraints(max_wall_clock_time=max_wall_clock_time),
            metadata=[BatchMetadataItem(name=k, value=v) for k, v in (metadata or {}).items()],
            **kwargs,
        )

    def create_job(self, job: BatchJobCreateOptions) -> None:
        self.connection.create_job(job)

    def configure_task(
        self,
        task_id: str,
        command_line: str,
        display_name: Optional[str] = None,
        container_image: Optional[str] = None,
        input_urls: Optional[List[str]] = None,
        output_container_url: Optional[str] = None,
        environment: Optional[Dict[str, str]] = None,
        retention_time: Optional[dt.timedelta] = None,
        **kwargs: Any,
    ) -> BatchTaskCreateOptions:
        outputs = None
        if output_container_url:
            outputs = [
                OutputFile(
                    file_pattern="output/**",
                    destination=OutputFileDestination(
                        container=OutputFileBlobContainerDestination(
                            container_url=output_container_url, path=task_id
                        )
                    ),
                    upload_options=OutputFileUploadConfiguration(
                        upload_condition=OutputFileUploadCondition.TASK_COMPLETION
                    ),
                )
            ]
        return BatchTaskCreateOptions(
            id=task_id,
            command_line=command_line,
            display_name=display_name,
            container_settings=(
                BatchTaskContainerSettings(image_name=container_image) if container_image else None
            ),
            resource_files=[ResourceFile(http_url=url) for url in input_urls or []] or None,
            output_files=outputs,
            environment_settings=[
                EnvironmentSetting(name=k, value=v) for k, v in (environment or {}).items()
            ]
            or None,
            constraints=BatchTaskConstraints(retention_time=retention_time, max_task_retry_count=2),
            **kwargs,
        )

    def add_single_task_to_job(self, job_id: str, task: BatchTaskCreateOptions) -> None:
        self.connection.create_task(job_id=job_id, task=task)

    def add_tasks_to_job(self, job_id: str, tasks: List[BatchTaskCreateOptions]) -> None:
        self.connection.create_task_collection(job_id, BatchTaskGroup(task_values=tasks))

    def configure_job_schedule(
        self,
        schedule_id: str,
        pool_id: str,
        recurrence_interval: dt.timedelta,
        do_not_run_until: Optional[dt.datetime] = None,
        priority: Optional[int] = None,
    ) -> BatchJobScheduleCreateOptions:
        return BatchJobScheduleCreateOptions(
            id=schedule_id,
            schedule=BatchJobScheduleConfiguration(
                recurrence_interval=recurrence_interval, do_not_run_until=do_not_run_until
            ),
            job_specification=BatchJobSpecification(
                pool_info=BatchPoolInfo(pool_id=pool_id),
                priority=priority,
                all_tasks_complete_mode=BatchAllTasksCompleteMode.TERMINATE_JOB,
            ),
        )

    def create_job_schedule(self, schedule: BatchJobScheduleCreateOptions) -> None:
        self.connection.create_job_schedule(schedule)

    def reprioritise_job(self, job_id: str, priority: int) -> None:
        """PATCH the priority; clear the parallel-task limit and the metadata."""
        update = BatchJobUpdateOptions(priority=priority, max_parallel_tasks=NULL)
        update["metadata"] = NULL
        self.connection.update_job(job_id, update)

    def replace_job(self, job_id: str, pool_id: str, priority: int) -> None:
        """PUT the job's updatable properties."""
        job = BatchJob(
            pool_info=BatchPoolInfo(pool_id=pool_id),
            priority=priority,
            constraints=BatchJobConstraints(max_task_retry_count=1),
            all_tasks_complete_mode=BatchAllTasksCompleteMode.NO_ACTION,
        )
        self.connection.replace_job(job_id, job)
