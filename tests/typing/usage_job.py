"""A full BatchJob built by keywords and read back as typed Python, as a user would.

mypy --strict and pyright check this file; ``assert_type`` makes them confirm each
attribute's declared type. ``build_job()`` and ``read_job()`` also run under pytest.
"""

from __future__ import annotations

import datetime as dt
from typing import Dict, List, Optional, Union

from typing_extensions import assert_type

import batchmodels
from batchmodels import (
    AutoUserScope,
    AutoUserSpecification,
    AzureBlobFileSystemConfiguration,
    BatchAllTasksCompleteMode,
    BatchApplicationPackageReference,
    BatchAutoPoolSpecification,
    BatchContainerConfiguration,
    BatchJob,
    BatchJobConstraints,
    BatchJobManagerTask,
    BatchJobState,
    BatchMetadataItem,
    BatchNodeFillType,
    BatchNodeIdentityReference,
    BatchPoolInfo,
    BatchPoolLifetimeOption,
    BatchPoolSpecification,
    BatchPublicIpAddressConfiguration,
    BatchStartTask,
    BatchTaskConstraints,
    BatchTaskContainerSettings,
    BatchTaskSchedulingPolicy,
    BatchVmImageReference,
    CachingType,
    ContainerRegistryReference,
    ContainerType,
    DataDisk,
    DiskEncryptionConfiguration,
    DiskEncryptionTarget,
    ElevationLevel,
    EnvironmentSetting,
    IpAddressProvisioningType,
    IPFamily,
    ManagedDisk,
    MountConfiguration,
    NetworkConfiguration,
    OutputFile,
    OutputFileBlobContainerDestination,
    OutputFileDestination,
    OutputFileUploadCondition,
    OutputFileUploadConfiguration,
    ResourceFile,
    StorageAccountType,
    UpgradeMode,
    UpgradePolicy,
    UserAccount,
    UserIdentity,
    VirtualMachineConfiguration,
    VMExtension,
)


def build_job() -> BatchJob:
    """A job with an auto pool, built only from keyword arguments."""
    image = BatchVmImageReference(
        publisher="canonical",
        offer="0001-com-ubuntu-server-jammy",
        sku="22_04-lts",
        version="latest",
    )
    vm = VirtualMachineConfiguration(
        image_reference=image,
        node_agent_sku_id="batch.node.ubuntu 22.04",
        data_disks=[
            DataDisk(
                logical_unit_number=0,
                disk_size_gb=256,
                caching=CachingType.READ_WRITE,
                managed_disk=ManagedDisk(storage_account_type=StorageAccountType.PREMIUM_LRS),
            )
        ],
        container_configuration=BatchContainerConfiguration(
            type=ContainerType.DOCKER_COMPATIBLE,
            container_image_names=["contoso.azurecr.io/etl:2"],
            container_registries=[
                ContainerRegistryReference(
                    registry_server="contoso.azurecr.io",
                    identity_reference=BatchNodeIdentityReference(resource_id="/identities/pull"),
                )
            ],
        ),
        disk_encryption_configuration=DiskEncryptionConfiguration(
            targets=[DiskEncryptionTarget.OS_DISK, "temporarydisk"]
        ),
        extensions=[
            VMExtension(
                name="monitor",
                publisher="Microsoft.Azure.Monitor",
                type="AzureMonitorLinuxAgent",
                settings={"workspace": "etl"},
            )
        ],
    )
    start_task = BatchStartTask(
        command_line="/bin/sh -c 'pip3 install -r requirements.txt'",
        resource_files=[ResourceFile(http_url="https://example.com/r.txt", file_path="r.txt")],
        user_identity=UserIdentity(
            auto_user=AutoUserSpecification(scope=AutoUserScope.POOL, elevation_level="admin")
        ),
        max_task_retry_count=1,
        wait_for_success=True,
    )
    pool = BatchPoolSpecification(
        vm_size="standard_d4s_v5",
        virtual_machine_configuration=vm,
        task_slots_per_node=2,
        task_scheduling_policy=BatchTaskSchedulingPolicy(node_fill_type=BatchNodeFillType.SPREAD),
        resize_timeout=dt.timedelta(minutes=15),
        target_dedicated_nodes=4,
        network_configuration=NetworkConfiguration(
            subnet_id="/subnets/etl",
            public_ip_address_configuration=BatchPublicIpAddressConfiguration(
                ip_address_provisioning_type=IpAddressProvisioningType.BATCH_MANAGED,
                ip_families=[IPFamily.IPV4],
            ),
        ),
        start_task=start_task,
        application_package_references=[BatchApplicationPackageReference(application_id="etl")],
        user_accounts=[
            UserAccount(name="etl", password="not-a-secret", elevation_level=ElevationLevel.ADMIN)
        ],
        metadata=[BatchMetadataItem(name="team", value="data")],
        mount_configuration=[
            MountConfiguration(
                azure_blob_file_system_configuration=AzureBlobFileSystemConfiguration(
                    account_name="store",
                    container_name="input",
                    relative_mount_path="input",
                    sas_key="sv=fake",
                )
            )
        ],
        upgrade_policy=UpgradePolicy(mode=UpgradeMode.MANUAL),
    )
    job = BatchJob(
        pool_info=BatchPoolInfo(
            auto_pool_specification=BatchAutoPoolSpecification(
                pool_lifetime_option=BatchPoolLifetimeOption.JOB,
                auto_pool_id_prefix="etl",
                keep_alive=False,
                pool=pool,
            )
        ),
        priority=100,
        allow_task_preemption=False,
        max_parallel_tasks=-1,
        constraints=BatchJobConstraints(
            max_wall_clock_time=dt.timedelta(hours=6), max_task_retry_count=2
        ),
        all_tasks_complete_mode=BatchAllTasksCompleteMode.TERMINATE_JOB,
        metadata=[BatchMetadataItem(name="pipeline", value="nightly")],
    )
    # Read-only fields are not keywords of the typed constructor, but may be assigned.
    job.job_manager_task = BatchJobManagerTask(
        id="manager",
        command_line="python3 manager.py",
        container_settings=BatchTaskContainerSettings(image_name="contoso.azurecr.io/etl:2"),
        environment_settings=[EnvironmentSetting(name="STAGE", value="prod")],
        constraints=BatchTaskConstraints(retention_time=dt.timedelta(days=7)),
        output_files=[
            OutputFile(
                file_pattern="../std*.txt",
                destination=OutputFileDestination(
                    container=OutputFileBlobContainerDestination(container_url="https://x/logs")
                ),
                upload_options=OutputFileUploadConfiguration(
                    upload_condition=OutputFileUploadCondition.TASK_COMPLETION
                ),
            )
        ],
        kill_job_on_completion=True,
    )
    return job


def read_job(job: BatchJob) -> Dict[str, object]:
    """Typed reads of a job; the checkers verify every declared type."""
    assert_type(job.id, str)
    assert_type(job.priority, Optional[int])
    assert_type(job.state, Union[str, BatchJobState])
    assert_type(job.creation_time, dt.datetime)
    assert_type(job.previous_state_transition_time, Optional[dt.datetime])
    assert_type(job.pool_info, BatchPoolInfo)
    assert_type(job.metadata, Optional[List[BatchMetadataItem]])
    assert_type(job.all_tasks_complete_mode, Optional[Union[str, BatchAllTasksCompleteMode]])

    constraints = job.constraints
    wall_clock: Optional[dt.timedelta] = None
    if constraints is not None:
        wall_clock = constraints.max_wall_clock_time
        assert_type(wall_clock, Optional[dt.timedelta])

    vm_size = ""
    node_agent = ""
    disks: List[int] = []
    auto = job.pool_info.auto_pool_specification
    if auto is not None and auto.pool is not None:
        vm_size = auto.pool.vm_size
        assert_type(vm_size, str)
        vm = auto.pool.virtual_machine_configuration
        if vm is not None:
            node_agent = vm.node_agent_sku_id
            assert_type(vm.image_reference, BatchVmImageReference)
            assert_type(vm.image_reference.exact_version, Optional[str])
            disks = [d.disk_size_gb for d in vm.data_disks or []]
            for extension in vm.extensions or []:
                assert_type(extension.settings, Optional[Dict[str, str]])
            network = auto.pool.network_configuration
            if network is not None and network.public_ip_address_configuration is not None:
                families = network.public_ip_address_configuration.ip_families
                assert_type(families, Optional[List[Union[str, IPFamily]]])

    manager = job.job_manager_task
    retention: Optional[dt.timedelta] = None
    if manager is not None and manager.constraints is not None:
        retention = manager.constraints.retention_time

    names = [item.name for item in job.metadata or []]
    return {
        "priority": job.priority,
        "wall_clock": wall_clock,
        "vm_size": vm_size,
        "node_agent": node_agent,
        "disks": disks,
        "retention": retention,
        "metadata": names,
    }


def change_and_send(job: BatchJob) -> str:
    """Change fields through attributes and produce the replace (PUT) body."""
    job.priority = 500
    if job.constraints is not None:
        job.constraints.max_task_retry_count = 5
    job.metadata = [*(job.metadata or []), BatchMetadataItem(name="owner", value="ops")]
    job.display_name = None
    return batchmodels.dumps(job, exclude_readonly=True)


def from_wire(text: str) -> BatchJob:
    """Parse wire JSON text; the mapping constructor takes wire names."""
    job = batchmodels.loads(text, BatchJob)
    same = BatchJob(job.as_dict())
    assert_type(same, BatchJob)
    return job


def check_text(text: str) -> List[str]:
    """Validate wire JSON: strict parsing raises; validate() lists every problem."""
    try:
        job = BatchJob.from_json(text, strict=True)
        assert_type(job, BatchJob)
    except batchmodels.ValidationError as exc:
        return [str(problem) for problem in exc.problems]
    problems = batchmodels.validate(job)
    assert_type(problems, List[batchmodels.Problem])
    return [f"{p.severity}: {p.path}: {p.message}" for p in problems]
