"""batchmodels bodies sent through azure-batch 15.1.0's ``BatchClient``, and its results read back.

The client is the real one; only the transport is fake (``_fake_service``): the tests see the
exact request text the client would put on the wire, and answer with JSON of their choosing.

A batchmodels model is a body the client sends as it is: its JSON encoder writes it exactly
as it writes azure-batch's own model (read-only fields left out at every depth). Wrapping in
the client's model class and sending ``as_dict()`` work too.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any, Dict, List

import pytest

azure_models = pytest.importorskip("azure.batch.models")

from batchmodels import (  # noqa: E402
    NULL,
    BatchJob,
    BatchJobConstraints,
    BatchJobCreateOptions,
    BatchJobDisableOptions,
    BatchJobSchedule,
    BatchJobScheduleUpdateOptions,
    BatchJobUpdateOptions,
    BatchPoolInfo,
    DisableBatchJobOption,
    convert,
    loads,
    update_body,
)

from ._fake_service import ENDPOINT, client_with, sent_text  # noqa: E402

UNLIMITED = "P10675199DT2H48M5.4775807S"
SEVEN_DIGITS = "2016-11-19T00:05:27.5391608Z"

JOB_GET: Dict[str, Any] = {
    "id": "job-1",
    "url": f"{ENDPOINT}/jobs/job-1",
    "eTag": "0x8D4100FC49F0278",
    "lastModified": SEVEN_DIGITS,
    "creationTime": "2016-11-19T00:05:25.311915Z",
    "state": "active",
    "stateTransitionTime": "2016-11-19T00:05:27.2137716Z",
    "priority": 0,
    "maxParallelTasks": -1,
    "constraints": {"maxWallClockTime": UNLIMITED, "maxTaskRetryCount": 0},
    "jobManagerTask": {"id": "manager", "commandLine": "run.sh"},
    "poolInfo": {"poolId": "pool-1"},
    "onAllTasksComplete": "noaction",
    "futureField": {"kept": [1, 2]},
    "executionInfo": {"startTime": "2016-11-19T00:05:25.3309105Z", "poolId": "pool-1"},
}

SCHEDULE_GET: Dict[str, Any] = {
    "id": "schedule-1",
    "url": f"{ENDPOINT}/jobschedules/schedule-1",
    "eTag": "0x8D40FFD2E848323",
    "lastModified": "2016-11-18T21:52:24.7661347Z",
    "state": "active",
    "schedule": {"doNotRunUntil": SEVEN_DIGITS, "recurrenceInterval": "PT5M"},
    "jobSpecification": {
        "constraints": {"maxWallClockTime": UNLIMITED},
        "poolInfo": {"poolId": "pool-1"},
    },
    "executionInfo": {"recentJob": {"id": "schedule-1:job-1"}},
}


def get_reply(body: Dict[str, Any]) -> Any:
    return (200, copy.deepcopy(body))


def request_line(transport: Any, index: int = -1) -> str:
    request = transport.requests[index]
    return f"{request.method} {request.url.split('?')[0]}"


# --- sending bodies --------------------------------------------------------------------------


def test_create_job_sends_the_create_body_as_built() -> None:
    client, transport = client_with((201, None))
    body = BatchJobCreateOptions(
        id="job-1",
        pool_info=BatchPoolInfo(pool_id="pool-1"),
        priority=100,
        constraints=BatchJobConstraints(max_wall_clock_time=dt.timedelta(hours=1)),
    )
    client.create_job(azure_models.BatchJobCreateOptions(body.as_dict()))
    assert request_line(transport) == f"POST {ENDPOINT}/jobs"
    assert sent_text(transport.requests[-1]) == (
        '{"id": "job-1", "poolInfo": {"poolId": "pool-1"}, "priority": 100,'
        ' "constraints": {"maxWallClockTime": "PT1H"}}'
    )


def test_update_job_sends_the_minimal_patch_with_explicit_nulls() -> None:
    client, transport = client_with(get_reply(JOB_GET), (200, None))
    old = BatchJob(client.get_job("job-1"))
    new = old.copy()
    new.priority = 500
    new.max_parallel_tasks = NULL  # clear it: sent as null
    new.constraints = BatchJobConstraints({"maxWallClockTime": UNLIMITED, "maxTaskRetryCount": 3})
    patch = update_body(old, new, BatchJobUpdateOptions)
    client.update_job("job-1", azure_models.BatchJobUpdateOptions(patch.body.as_dict()))
    assert request_line(transport) == f"PATCH {ENDPOINT}/jobs/job-1"
    assert sent_text(transport.requests[-1]) == (
        '{"priority": 500, "maxParallelTasks": null, "constraints":'
        ' {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 3}}'
    )


def test_a_removed_field_is_sent_as_null() -> None:
    client, transport = client_with((200, None), (200, None))
    old = BatchJob(JOB_GET)
    new = BatchJob({k: v for k, v in JOB_GET.items() if k != "maxParallelTasks"})
    patch = update_body(old, new, BatchJobUpdateOptions).body
    client.update_job("job-1", patch.as_dict())  # type: ignore[arg-type]
    assert sent_text(transport.requests[-1]) == '{"maxParallelTasks": null}'
    client.update_job("job-1", azure_models.BatchJobUpdateOptions(patch.as_dict()))
    assert sent_text(transport.requests[-1]) == '{"maxParallelTasks": null}'


def test_get_modify_replace_keeps_seven_digits_and_the_unlimited_duration() -> None:
    client, transport = client_with(get_reply(JOB_GET), (200, None))
    job = BatchJob(client.get_job("job-1"))
    assert job["lastModified"] == SEVEN_DIGITS
    job.priority = 10
    client.replace_job("job-1", job.as_dict(exclude_readonly=True))  # type: ignore[arg-type]
    assert request_line(transport) == f"PUT {ENDPOINT}/jobs/job-1"
    sent = sent_text(transport.requests[-1])
    assert sent == (
        '{"priority": 10, "maxParallelTasks": -1, "constraints": {"maxWallClockTime":'
        ' "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0}, "poolInfo": {"poolId": "pool-1"},'
        ' "onAllTasksComplete": "noaction", "futureField": {"kept": [1, 2]}}'
    )


def test_schedule_get_modify_replace_and_update_keep_every_digit() -> None:
    client, transport = client_with(get_reply(SCHEDULE_GET), (200, None), (200, None))
    old = BatchJobSchedule(client.get_job_schedule("schedule-1"))
    assert old.as_dict() == SCHEDULE_GET
    new = old.copy()
    new.schedule = old.schedule.copy()  # type: ignore[union-attr]
    new.schedule.recurrence_interval = dt.timedelta(minutes=10)
    client.replace_job_schedule(
        "schedule-1", azure_models.BatchJobSchedule(new.as_dict(exclude_readonly=True))
    )
    assert request_line(transport) == f"PUT {ENDPOINT}/jobschedules/schedule-1"
    assert sent_text(transport.requests[-1]) == (
        '{"schedule": {"doNotRunUntil": "2016-11-19T00:05:27.5391608Z",'
        ' "recurrenceInterval": "PT10M"}, "jobSpecification": {"constraints":'
        ' {"maxWallClockTime": "P10675199DT2H48M5.4775807S"}, "poolInfo": {"poolId": "pool-1"}}}'
    )
    patch = update_body(old, new, BatchJobScheduleUpdateOptions)
    client.update_job_schedule("schedule-1", patch.body.as_dict())  # type: ignore[arg-type]
    assert request_line(transport) == f"PATCH {ENDPOINT}/jobschedules/schedule-1"
    assert sent_text(transport.requests[-1]) == (
        '{"schedule": {"doNotRunUntil": "2016-11-19T00:05:27.5391608Z",'
        ' "recurrenceInterval": "PT10M"}}'
    )


def test_clone_a_job_through_the_client() -> None:
    client, transport = client_with(get_reply(JOB_GET), (201, None))
    clone = convert(BatchJob(client.get_job("job-1")), BatchJobCreateOptions)
    clone.body.id = "job-2"
    client.create_job(clone.body.as_dict())  # type: ignore[arg-type]
    assert json.loads(sent_text(transport.requests[-1])) == {
        "id": "job-2",
        "priority": 0,
        "maxParallelTasks": -1,
        "constraints": {"maxWallClockTime": UNLIMITED, "maxTaskRetryCount": 0},
        "jobManagerTask": {"id": "manager", "commandLine": "run.sh"},
        "poolInfo": {"poolId": "pool-1"},
        "onAllTasksComplete": "noaction",
    }
    assert [str(x) for x in clone.left_out][-2:] == [
        "$.futureField: not declared",
        "$.executionInfo: read-only",
    ]


def test_disable_job_sends_its_options_body() -> None:
    disabled = {**JOB_GET, "state": "disabled"}
    client, transport = client_with((202, None), get_reply(disabled))
    options = BatchJobDisableOptions(disable_tasks=DisableBatchJobOption.REQUEUE)
    poller = client.begin_disable_job("job-1", options.as_dict(), polling_interval=0)  # type: ignore[arg-type]
    poller.result()
    assert request_line(transport, 0) == f"POST {ENDPOINT}/jobs/job-1/disable"
    assert sent_text(transport.requests[0]) == '{"disableTasks": "requeue"}'
    assert request_line(transport, 1) == f"GET {ENDPOINT}/jobs/job-1"  # the poller's


# --- batchmodels bodies sent as they are: the same bytes as azure-batch's own models --------


def _image(m: Any) -> Any:
    return m.BatchVmImageReference(
        publisher="canonical", offer="ubuntu", sku="22_04-lts", exact_version="22.04.202501"
    )


def _pool_spec(m: Any) -> Any:
    return m.BatchPoolSpecification(
        vm_size="standard_d2s_v3",
        virtual_machine_configuration=m.VirtualMachineConfiguration(
            image_reference=_image(m), node_agent_sku_id="batch.node.ubuntu 22.04"
        ),
        target_dedicated_nodes=2,
    )


def _task(m: Any, task_id: str) -> Any:
    return m.BatchTaskCreateOptions(
        id=task_id,
        command_line="/bin/sh -c 'echo hi'",
        environment_settings=[m.EnvironmentSetting(name="A", value="1")],
        user_identity=m.UserIdentity(
            auto_user=m.AutoUserSpecification(scope="task", elevation_level="admin")
        ),
    )


def _job(m: Any) -> Any:
    return m.BatchJobCreateOptions(
        id="job-1",
        priority=100,
        pool_info=m.BatchPoolInfo(
            auto_pool_specification=m.BatchAutoPoolSpecification(
                pool_lifetime_option="job", pool=_pool_spec(m)
            )
        ),
        metadata=[m.BatchMetadataItem(name="owner", value="ops")],
    )


SENDS = {
    "create_job": lambda c, m: c.create_job(_job(m)),
    "create_pool": lambda c, m: c.create_pool(
        m.BatchPoolCreateOptions(
            id="pool-1",
            vm_size="standard_d2s_v3",
            virtual_machine_configuration=m.VirtualMachineConfiguration(
                image_reference=_image(m), node_agent_sku_id="batch.node.ubuntu 22.04"
            ),
            start_task=m.BatchStartTask(command_line="setup.sh", wait_for_success=True),
        )
    ),
    "create_task": lambda c, m: c.create_task("job-1", _task(m, "t1")),
    "create_task_collection": lambda c, m: c.create_task_collection(
        "job-1", m.BatchTaskGroup(task_values=[_task(m, "t1"), _task(m, "t2")])
    ),
    "create_job_schedule": lambda c, m: c.create_job_schedule(
        m.BatchJobScheduleCreateOptions(
            id="schedule-1",
            # as wire text: the two libraries write durations differently (test_differences)
            schedule=m.BatchJobScheduleConfiguration({"recurrenceInterval": "PT1H"}),
            job_specification=m.BatchJobSpecification(
                pool_info=m.BatchPoolInfo(pool_id="pool-1"), priority=5
            ),
        )
    ),
    "update_job": lambda c, m: c.update_job(
        "job-1", m.BatchJobUpdateOptions(priority=500, max_parallel_tasks=_null(m))
    ),
    "replace_job": lambda c, m: c.replace_job("job-1", m.BatchJob(JOB_GET)),
}


def _null(m: Any) -> Any:
    return NULL if m is not azure_models else pytest.importorskip("azure.core.serialization").NULL


REPLIES = {"update_job": (200, None), "replace_job": (200, None)}
REPLIES["create_task_collection"] = (200, {"value": []})


def sent_by(models: Any, operation: str) -> str:
    client, transport = client_with(REPLIES.get(operation, (201, None)))
    SENDS[operation](client, models)
    return sent_text(transport.requests[-1])


@pytest.mark.parametrize("operation", list(SENDS))
def test_batchmodels_bodies_are_sent_as_azure_batchs_own(operation: str) -> None:
    import batchmodels.models

    ours = sent_by(batchmodels.models, operation)
    assert ours == sent_by(azure_models, operation)
    assert "exactVersion" not in ours and '"url"' not in ours  # read-only, at any depth


def test_the_create_and_patch_requests_on_the_wire() -> None:
    import batchmodels.models

    client, transport = client_with((201, None), (200, None))
    SENDS["create_job"](client, batchmodels.models)
    SENDS["update_job"](client, batchmodels.models)
    create, patch = transport.requests
    assert request_line(transport, 0) == f"POST {ENDPOINT}/jobs"
    assert sent_text(create).encode("utf-8") == (
        b'{"id": "job-1", "priority": 100, "poolInfo": {"autoPoolSpecification":'
        b' {"poolLifetimeOption": "job", "pool": {"vmSize": "standard_d2s_v3",'
        b' "virtualMachineConfiguration": {"imageReference": {"publisher": "canonical",'
        b' "offer": "ubuntu", "sku": "22_04-lts"}, "nodeAgentSKUId": "batch.node.ubuntu 22.04"},'
        b' "targetDedicatedNodes": 2}}}, "metadata": [{"name": "owner", "value": "ops"}]}'
    )
    assert request_line(transport, 1) == f"PATCH {ENDPOINT}/jobs/job-1"
    assert sent_text(patch).encode("utf-8") == b'{"priority": 500, "maxParallelTasks": null}'


# --- reading results -------------------------------------------------------------------------


def test_get_job_results_become_batchmodels_jobs_unchanged() -> None:
    client, _ = client_with(get_reply(JOB_GET))
    job = BatchJob(client.get_job("job-1"))
    assert job.as_dict() == JOB_GET
    assert json.dumps(job.as_dict()) == json.dumps(JOB_GET)  # key order too
    assert job.constraints is not None
    assert job.constraints.max_wall_clock_time == dt.timedelta(
        days=10675199, hours=2, minutes=48, seconds=5, microseconds=477581
    )


def test_get_job_parsed_from_the_response_text() -> None:
    client, _ = client_with(get_reply(JOB_GET))
    job = client.get_job(
        "job-1",
        cls=lambda response, _model, _headers: loads(response.http_response.text(), BatchJob),
    )
    assert isinstance(job, BatchJob)
    assert job.as_dict() == JOB_GET


def test_list_jobs_pages_become_batchmodels_jobs() -> None:
    page_1 = {"value": [JOB_GET, {"id": "job-2"}], "odata.nextLink": f"{ENDPOINT}/jobs?page=2"}
    page_2 = {"value": [{"id": "job-3", "priority": 7}]}
    client, transport = client_with((200, page_1), (200, page_2))
    jobs = [BatchJob(j) for j in client.list_jobs()]
    assert [type(j) for j in jobs] == [BatchJob] * 3
    assert [j.id for j in jobs] == ["job-1", "job-2", "job-3"]
    assert jobs[0].as_dict() == JOB_GET
    assert len(transport.requests) == 2
    assert [j.id for j in jobs if (j.priority or 0) > 5] == ["job-3"]


def test_list_jobs_can_convert_each_page_as_it_arrives() -> None:
    client, _ = client_with((200, {"value": [JOB_GET]}))
    pages: Any = client.list_jobs(cls=lambda items: [BatchJob(j) for j in items])
    jobs: List[BatchJob] = list(pages)
    assert [type(j) for j in jobs] == [BatchJob]
    assert jobs[0].as_dict() == JOB_GET
