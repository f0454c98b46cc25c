# A Batch quickstart written for azure-batch 14 ("track 1"): one Linux pool, one job, a task
# per input file, then wait until every task has completed. Test data of `batchmodels
# migrate`: tests/test_migrate.py rewrites a copy with --write and runs it against
# batchmodels, with FakeBatchClient (below) standing in for BatchServiceClient.
import datetime
import time

import azure.batch.models as batchmodels
from azure.batch.models import TaskState

POOL_ID = "PythonQuickstartPool"
JOB_ID = "PythonQuickstartJob"
POOL_NODE_COUNT = 2
POOL_VM_SIZE = "STANDARD_D2S_V3"
STORAGE_URL = "https://mystorage.blob.core.windows.net/input"


def create_pool(batch_client, pool_id):
    """Create a pool of Ubuntu nodes that run a start task as admin."""
    new_pool = batchmodels.PoolAddParameter(
        id=pool_id,
        virtual_machine_configuration=batchmodels.VirtualMachineConfiguration(
            image_reference=batchmodels.ImageReference(
                publisher="canonical",
                offer="0001-com-ubuntu-server-focal",
                sku="20_04-lts",
                version="latest",
            ),
            node_agent_sku_id="batch.node.ubuntu 20.04",
        ),
        vm_size=POOL_VM_SIZE,
        target_dedicated_nodes=POOL_NODE_COUNT,
        start_task=batchmodels.StartTask(
            command_line="/bin/bash -c 'echo ready'",
            wait_for_success=True,
            user_identity=batchmodels.UserIdentity(
                auto_user=batchmodels.AutoUserSpecification(
                    scope=batchmodels.AutoUserScope.pool,
                    elevation_level=batchmodels.ElevationLevel.admin,
                )
            ),
        ),
    )
    batch_client.pool.add(new_pool)
    return new_pool


def create_job(batch_client, job_id, pool_id):
    """Create a job on the pool, ended by the service when its tasks are done."""
    job = batchmodels.JobAddParameter(
        id=job_id,
        pool_info=batchmodels.PoolInformation(pool_id=pool_id),
        on_all_tasks_complete=batchmodels.OnAllTasksComplete.terminate_job,
    )
    batch_client.job.add(job)
    return job


def add_tasks(batch_client, job_id, input_files):
    """Add one task per input file; each prints its file."""
    tasks = []
    for idx, input_file in enumerate(input_files):
        command = f'/bin/bash -c "cat {input_file.file_path}"'  # the file, as downloaded
        tasks.append(
            batchmodels.TaskAddParameter(
                id=f"Task{idx}",
                command_line=command,
                resource_files=[input_file],
                constraints=batchmodels.TaskConstraints(max_task_retry_count=1),
            )
        )
    batch_client.task.add_collection(job_id, tasks)
    return tasks


def wait_for_tasks_to_complete(batch_client, job_id, timeout):
    """Poll the job's tasks until all have completed, or raise after ``timeout``."""
    deadline = datetime.datetime.now() + timeout
    while datetime.datetime.now() < deadline:
        tasks = batch_client.task.list(job_id)
        incomplete = [task for task in tasks if task.state != TaskState.completed]
        if not incomplete:
            return True
        time.sleep(1)
    raise RuntimeError(f"tasks of job {job_id} did not complete within {timeout}")


def print_batch_exception(batch_exception):
    """Print what the service said about a failed request."""
    print("-------------------------------------------")
    print("Exception encountered:")
    error = batch_exception.error
    if error and error.message and error.message.value:
        print(error.message.value)
        for detail in error.values or ():
            print(f"{detail.key}:\t{detail.value}")
    print("-------------------------------------------")


def run(batch_client):
    """Create the pool, the job and its tasks, and wait for them."""
    input_files = [
        batchmodels.ResourceFile(http_url=f"{STORAGE_URL}/{name}", file_path=name)
        for name in ("taskdata0.txt", "taskdata1.txt", "taskdata2.txt")
    ]
    try:
        pool = create_pool(batch_client, POOL_ID)
        job = create_job(batch_client, JOB_ID, POOL_ID)
        tasks = add_tasks(batch_client, JOB_ID, input_files)
        wait_for_tasks_to_complete(batch_client, JOB_ID, datetime.timedelta(minutes=30))
    except batchmodels.BatchErrorException as err:
        print_batch_exception(err)
        raise
    return pool, job, tasks


def main():
    from azure.batch import BatchServiceClient
    from azure.batch.batch_auth import SharedKeyCredentials

    credentials = SharedKeyCredentials("mybatchaccount", "<account key>")
    batch_client = BatchServiceClient(
        credentials, batch_url="https://mybatchaccount.westeurope.batch.azure.com"
    )
    run(batch_client)


class FakeBatchClient:
    """What run() needs of BatchServiceClient: it keeps the bodies it is given, and every
    task it was given is listed as completed."""

    class _Group:
        def __init__(self):
            self.added = []

        def add(self, body):
            self.added.append(body)

        def add_collection(self, job_id, bodies):
            self.added.extend(bodies)

        def list(self, job_id):
            return [
                batchmodels.CloudTask(id=task.id, state=TaskState.completed) for task in self.added
            ]

    def __init__(self):
        self.pool = self._Group()
        self.job = self._Group()
        self.task = self._Group()


if __name__ == "__main__":
    main()
