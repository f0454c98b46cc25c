"""The azure-batch 15 way of building request bodies, with only the import switched.

Type-checked by mypy --strict and pyright (no errors allowed) and run by test_usage_models.
"""

from __future__ import annotations

import datetime
from typing import Any, Mapping

from batchmodels import models


def create_job_body() -> models.BatchJobCreateOptions:
    """A job with a job manager task on an existing pool."""
    return models.BatchJobCreateOptions(
        id="nightly-render",
        display_name="Nightly render",
        priority=100,
        pool_info=models.BatchPoolInfo(pool_id="render-pool"),
        job_manager_task=models.BatchJobManagerTask(
            id="manager",
            command_line="/bin/bash -c 'python3 split.py'",
            resource_files=[
                models.ResourceFile(http_url="https://example.com/split.py", file_path="split.py")
            ],
            kill_job_on_completion=True,
        ),
        constraints=models.BatchJobConstraints(
            max_wall_clock_time=datetime.timedelta(hours=6), max_task_retry_count=3
        ),
        all_tasks_complete_mode=models.BatchAllTasksCompleteMode.TERMINATE_JOB,
        metadata=[models.BatchMetadataItem(name="team", value="graphics")],
    )


def update_job_body() -> models.BatchJobUpdateOptions:
    """A PATCH body: every field is optional."""
    return models.BatchJobUpdateOptions(priority=10)


def schedule_body() -> models.BatchJobScheduleCreateOptions:
    """A schedule that creates the job every day."""
    return models.BatchJobScheduleCreateOptions(
        id="daily",
        schedule=models.BatchJobScheduleConfiguration(
            recurrence_interval=datetime.timedelta(days=1)
        ),
        job_specification=models.BatchJobSpecification(
            pool_info=models.BatchPoolInfo(pool_id="render-pool")
        ),
    )


def pool_body() -> models.BatchPoolCreateOptions:
    """A small Linux pool."""
    return models.BatchPoolCreateOptions(
        id="render-pool",
        vm_size="standard_d2s_v3",
        virtual_machine_configuration=models.VirtualMachineConfiguration(
            image_reference=models.BatchVmImageReference(
                publisher="canonical", offer="ubuntu-24_04-lts", sku="server"
            ),
            node_agent_sku_id="batch.node.ubuntu 24.04",
        ),
        target_dedicated_nodes=2,
        user_accounts=[models.UserAccount(name="render", password="not-a-real-secret")],
    )


def task_body() -> models.BatchTaskCreateOptions:
    """A task that depends on two others."""
    return models.BatchTaskCreateOptions(
        id="frame-7",
        command_line="render --frame 7",
        depends_on=models.BatchTaskDependencies(task_ids=["frame-5", "frame-6"]),
        exit_conditions=models.ExitConditions(
            default=models.ExitOptions(job_action=models.BatchJobActionKind.NONE)
        ),
    )


def read_task_counts(body: Mapping[str, Any]) -> int:
    """How many tasks of a job are still running."""
    counts = models.BatchTaskCountsResult(body)
    return counts.task_counts.running
