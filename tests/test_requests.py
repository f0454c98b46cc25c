"""Derived request bodies: update_body (minimal PATCH) and convert (another class)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any, Dict, List, Optional, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from batchmodels import (
    NULL,
    BatchAllTasksCompleteMode,
    BatchJob,
    BatchJobCreateOptions,
    BatchJobSchedule,
    BatchJobScheduleCreateOptions,
    BatchJobScheduleUpdateOptions,
    BatchJobSpecification,
    BatchJobUpdateOptions,
    BatchMetadataItem,
    BatchNode,
    BatchNodeFile,
    BatchPool,
    BatchPoolCreateOptions,
    BatchPoolReplaceOptions,
    BatchPoolUpdateOptions,
    BatchTask,
    BodyResult,
    LeftOut,
    Model,
    convert,
    fields,
    rest_discriminator,
    rest_field,
    update_body,
    validate,
)
from batchmodels._errors import format_path
from batchmodels._requests import family, mixed_families
from helpers import scaled
from helpers.strategies_tree import wire_json

# --- a small family: a resource as read, its create body and its update body ----------------


class Image(Model):
    name: Optional[str] = rest_field()
    exact: Optional[str] = rest_field(visibility=["read"])


class Pool(Model):
    pool_id: Optional[str] = rest_field()
    image: Optional[Image] = rest_field()
    images: Optional[List[Image]] = rest_field()
    by_name: Optional[Dict[str, Image]] = rest_field()


class Shape(Model):
    kind: str = rest_discriminator()
    stamp: Optional[str] = rest_field(visibility=["read"])


class Square(Shape, discriminator="square"):
    side: Optional[int] = rest_field()
    colour: Optional[str] = rest_field(visibility=["read"])


class Resource(Model):
    id: str = rest_field(visibility=["read"])
    etag: Optional[str] = rest_field(name="eTag", visibility=["read"])
    priority: Optional[int] = rest_field()
    pool: Optional[Pool] = rest_field()
    manager: Optional[str] = rest_field(visibility=["read"])
    tags: Optional[List[str]] = rest_field()
    shape: Optional[Shape] = rest_field()


class ResourceCreate(Model):
    id: str = rest_field()
    priority: Optional[int] = rest_field()
    pool: Pool = rest_field()
    manager: Optional[str] = rest_field(visibility=["read", "create"])
    tags: Optional[List[str]] = rest_field()
    shape: Optional[Shape] = rest_field()


class ResourceUpdate(Model):
    priority: Optional[int] = rest_field()
    pool: Optional[Pool] = rest_field()
    manager: Optional[str] = rest_field(visibility=["read", "create"])
    tags: Optional[List[str]] = rest_field()
    shape: Optional[Shape] = rest_field()
    secret_stamp: Optional[str] = rest_field(visibility=["read"])


OLD: Dict[str, Any] = {
    "id": "r1",
    "eTag": "0x1",
    "priority": 1,
    "pool": {"poolId": "p", "image": {"name": "ubuntu", "exact": "1.2.3"}},
    "manager": "m",
    "tags": ["a", "b"],
    "future": 1,
}


def edited(**changes: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {**OLD}
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def body_and_reasons(result: BodyResult[Any]) -> Tuple[Dict[str, Any], List[str]]:
    return result.body.as_dict(), [str(x) for x in result.left_out]


# --- update_body -----------------------------------------------------------------------------


def test_nothing_changed_gives_an_empty_body() -> None:
    result = update_body(Resource(OLD), Resource(OLD), ResourceUpdate)
    assert type(result.body) is ResourceUpdate
    assert body_and_reasons(result) == ({}, [])


def test_only_changed_updatable_fields_are_carried() -> None:
    result = update_body(OLD, edited(priority=500), ResourceUpdate)
    assert body_and_reasons(result) == ({"priority": 500}, [])
    assert result.body.priority == 500


def test_a_removed_field_becomes_an_explicit_null() -> None:
    result = update_body(Resource(OLD), Resource(edited(tags=None)), ResourceUpdate)
    assert result.body.as_dict() == {"tags": None}
    assert "tags" in result.body and result.body.tags is None


def test_null_and_absent_are_the_same_before_and_after() -> None:
    assert update_body({"tags": None}, {}, ResourceUpdate).body.as_dict() == {}
    assert update_body({}, {"tags": None}, ResourceUpdate).body.as_dict() == {}


def test_a_nested_change_carries_the_whole_object_without_read_only_fields() -> None:
    new = edited(pool={"poolId": "q", "image": {"name": "ubuntu", "exact": "1.2.3"}})
    result = update_body(OLD, new, ResourceUpdate)
    assert body_and_reasons(result) == ({"pool": {"poolId": "q", "image": {"name": "ubuntu"}}}, [])


def test_read_only_fields_are_pruned_in_lists_dicts_and_subclasses() -> None:
    image = {"name": "x", "exact": "9"}
    new = edited(
        pool={"images": [image, image], "byName": {"k": image}},
        shape={"kind": "square", "side": 2, "colour": "red", "stamp": "s"},
    )
    result = update_body(OLD, new, ResourceUpdate)
    assert result.body.as_dict() == {
        "pool": {"images": [{"name": "x"}, {"name": "x"}], "byName": {"k": {"name": "x"}}},
        "shape": {"kind": "square", "side": 2},
    }
    assert isinstance(result.body.shape, Square)
    assert [str(x) for x in result.left_out] == [
        "$.pool.images[0].exact: read-only",
        "$.pool.images[1].exact: read-only",
        "$.pool.byName.k.exact: read-only",
        "$.shape.colour: read-only",
        "$.shape.stamp: read-only",
    ]


def test_a_change_only_to_read_only_nested_values_is_reported_not_sent() -> None:
    new = edited(pool={"poolId": "p", "image": {"name": "ubuntu", "exact": "1.2.4"}})
    result = update_body(OLD, new, ResourceUpdate)
    assert body_and_reasons(result) == ({}, ["$.pool.image.exact: read-only"])


def test_read_only_changes_next_to_an_updatable_change_are_reported() -> None:
    new = edited(pool={"poolId": "q", "image": {"name": "ubuntu", "exact": "1.2.4"}})
    result = update_body(OLD, new, ResourceUpdate)
    assert body_and_reasons(result) == (
        {"pool": {"poolId": "q", "image": {"name": "ubuntu"}}},
        ["$.pool.image.exact: read-only"],
    )


def test_changes_the_target_cannot_carry_are_reported_with_their_reason() -> None:
    new = edited(id="r2", eTag="0x2", manager="n", future=2, priority=2)
    result = update_body(Resource(OLD), Resource(new), ResourceUpdate)
    assert result.body.as_dict() == {"priority": 2}
    assert result.left_out == (
        LeftOut("$.id", "read-only"),  # not in the target; read-only in the source
        LeftOut("$.eTag", "read-only"),
        LeftOut("$.manager", "not updatable"),  # the target declares it for create only
        LeftOut("$.future", "not declared"),
    )


def test_a_field_read_only_in_the_target_is_reported() -> None:
    result = update_body({}, {"secretStamp": "x"}, ResourceUpdate)
    assert body_and_reasons(result) == ({}, ["$.secretStamp: read-only"])


def test_without_source_models_unknown_fields_are_not_declared() -> None:
    result = update_body(dict(OLD), edited(id="r2"), ResourceUpdate)
    assert result.left_out == (LeftOut("$.id", "not declared"),)


def test_a_removed_field_is_reported_when_not_updatable() -> None:
    result = update_body(OLD, edited(manager=None), ResourceUpdate)
    assert body_and_reasons(result) == ({}, ["$.manager: not updatable"])


def test_a_field_set_where_it_was_absent_reports_its_read_only_values() -> None:
    old = edited(pool=None)
    result = update_body(old, OLD, ResourceUpdate)
    assert body_and_reasons(result) == (
        {"pool": {"poolId": "p", "image": {"name": "ubuntu"}}},
        ["$.pool.image.exact: read-only"],
    )


def test_json_types_are_compared_exactly() -> None:
    assert update_body({"priority": 1}, {"priority": True}, ResourceUpdate).body.as_dict() == {
        "priority": True
    }


def test_edits_made_through_attributes_are_seen() -> None:
    old = Resource(OLD)
    new = Resource(OLD)
    assert new.pool is not None and new.pool.image is not None
    new.pool.image.name = "debian"
    new.tags = NULL
    result = update_body(old, new, ResourceUpdate)
    assert result.body.as_dict() == {
        "pool": {"poolId": "p", "image": {"name": "debian"}},
        "tags": None,
    }


def test_inputs_are_not_changed_or_shared() -> None:
    old, new = Resource(OLD), Resource(edited(pool={"poolId": "q"}))
    before = (old.as_dict(), new.as_dict())
    result = update_body(old, new, ResourceUpdate)
    assert result.body.pool is not None
    result.body.pool.pool_id = "changed"
    assert (old.as_dict(), new.as_dict()) == before


def test_bad_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError):
        update_body(OLD, OLD, dict)  # type: ignore[type-var]
    with pytest.raises(TypeError):
        update_body(OLD, [], ResourceUpdate)  # type: ignore[arg-type]


# --- convert ---------------------------------------------------------------------------------


def test_convert_keeps_declared_fields_and_reports_the_rest() -> None:
    result = convert(Resource(OLD), ResourceCreate)
    assert type(result.body) is ResourceCreate
    assert result.body.as_dict() == {
        "id": "r1",
        "priority": 1,
        "pool": {"poolId": "p", "image": {"name": "ubuntu"}},
        "manager": "m",  # read-only in the source, but the create body takes it
        "tags": ["a", "b"],
    }
    assert [str(x) for x in result.left_out] == [
        "$.eTag: read-only",
        "$.pool.image.exact: read-only",
        "$.future: not declared",
    ]


def test_convert_drops_fields_read_only_in_the_target() -> None:
    result = convert({"id": "x", "secretStamp": "s"}, ResourceUpdate)
    assert body_and_reasons(result) == ({}, ["$.id: not declared", "$.secretStamp: read-only"])


def test_convert_keeps_unknown_keys_inside_kept_values_and_nulls() -> None:
    result = convert({"pool": {"newKey": 1}, "tags": None}, ResourceCreate)
    assert body_and_reasons(result) == ({"pool": {"newKey": 1}, "tags": None}, [])


def test_convert_does_not_report_dropped_nulls() -> None:
    assert convert({"eTag": None}, ResourceCreate).left_out == ()


def test_convert_result_is_independent_of_the_source() -> None:
    source = Resource(OLD)
    result = convert(source, ResourceUpdate)
    result.body.tags = ["z"]
    assert source.tags == ["a", "b"]


def test_results_pickle() -> None:
    result = convert(Resource(OLD), ResourceCreate)
    again = pickle.loads(pickle.dumps(result))
    assert again == result and again.body == result.body


# --- the job and schedule models -------------------------------------------------------------

JOB_GET: Dict[str, Any] = {
    "id": "job-1",
    "url": "https://account.region.batch.azure.com/jobs/job-1",
    "eTag": "0x8D4100FC49F0278",
    "lastModified": "2016-11-19T00:05:27.5391608Z",
    "state": "active",
    "displayName": "Job one",
    "priority": 0,
    "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S", "maxTaskRetryCount": 0},
    "jobManagerTask": {"id": "manager", "commandLine": "run.sh"},
    "poolInfo": {
        "autoPoolSpecification": {
            "poolLifetimeOption": "job",
            "pool": {
                "vmSize": "standard_d2s_v3",
                "virtualMachineConfiguration": {
                    "imageReference": {
                        "publisher": "canonical",
                        "offer": "ubuntu",
                        "sku": "22_04-lts",
                        "exactVersion": "22.04.202507",
                    },
                    "nodeAgentSKUId": "batch.node.ubuntu 22.04",
                },
            },
        }
    },
    "onAllTasksComplete": "noaction",
    "executionInfo": {"startTime": "2016-11-19T00:05:25.3309105Z", "poolId": "p"},
}
EXACT = "$.poolInfo.autoPoolSpecification.pool.virtualMachineConfiguration.imageReference"


def test_a_job_patch_from_an_edited_get_response() -> None:
    old = BatchJob(JOB_GET)
    new = BatchJob(JOB_GET)
    new.priority = 100
    new.all_tasks_complete_mode = BatchAllTasksCompleteMode.TERMINATE_JOB
    new.metadata = [BatchMetadataItem(name="owner", value="me")]
    assert new.pool_info.auto_pool_specification is not None
    new.pool_info.auto_pool_specification.pool.vm_size = "standard_d4s_v3"  # type: ignore[union-attr]
    new.job_manager_task = None  # create-only: cannot be removed by an update
    result = update_body(old, new, BatchJobUpdateOptions)
    assert isinstance(result.body, BatchJobUpdateOptions)
    pool = JOB_GET["poolInfo"]["autoPoolSpecification"]["pool"]
    image = {k: v for k, v in pool["virtualMachineConfiguration"]["imageReference"].items()}
    del image["exactVersion"]
    assert result.body.as_dict() == {
        "priority": 100,
        "poolInfo": {
            "autoPoolSpecification": {
                "poolLifetimeOption": "job",
                "pool": {
                    "vmSize": "standard_d4s_v3",
                    "virtualMachineConfiguration": {
                        "imageReference": image,
                        "nodeAgentSKUId": "batch.node.ubuntu 22.04",
                    },
                },
            }
        },
        "onAllTasksComplete": "terminatejob",
        "metadata": [{"name": "owner", "value": "me"}],
    }
    assert [str(x) for x in result.left_out] == ["$.jobManagerTask: read-only"]
    assert validate(result.body) == []


def test_clone_a_job_under_a_new_id() -> None:
    result = convert(BatchJob(JOB_GET), BatchJobCreateOptions)
    body = result.body
    body.id = "job-2"
    assert body.job_manager_task is not None and body.job_manager_task.id == "manager"
    assert body.display_name == "Job one"
    wire = body.as_dict()
    assert wire["constraints"]["maxWallClockTime"] == "P10675199DT2H48M5.4775807S"
    assert "exactVersion" not in json.dumps(wire)
    assert [str(x) for x in result.left_out] == [
        "$.url: read-only",
        "$.eTag: read-only",
        "$.lastModified: read-only",
        "$.state: read-only",
        f"{EXACT}.exactVersion: read-only",
        "$.executionInfo: read-only",
    ]
    assert validate(body) == []


SCHEDULE_GET: Dict[str, Any] = {
    "id": "schedule-1",
    "url": "https://account.region.batch.azure.com/jobschedules/schedule-1",
    "eTag": "0x8D40FFD2E848323",
    "state": "active",
    "schedule": {"recurrenceInterval": "PT5M"},
    "jobSpecification": {
        "priority": 0,
        "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S"},
        "poolInfo": {"poolId": "pool-1"},
    },
    "executionInfo": {"recentJob": {"id": "schedule-1:job-1"}},
}


def test_a_schedule_patch_and_a_schedule_clone() -> None:
    old = BatchJobSchedule(SCHEDULE_GET)
    new = BatchJobSchedule(SCHEDULE_GET)
    assert new.schedule is not None
    new.schedule.recurrence_interval = dt.timedelta(hours=1)
    patch = update_body(old, new, BatchJobScheduleUpdateOptions)
    assert isinstance(patch.body, BatchJobScheduleUpdateOptions)
    assert patch.body.as_dict() == {"schedule": {"recurrenceInterval": "PT1H"}}
    assert patch.left_out == ()

    clone = convert(new, BatchJobScheduleCreateOptions)
    clone.body.id = "schedule-2"
    assert clone.body.as_dict() == {
        "id": "schedule-2",
        "schedule": {"recurrenceInterval": "PT1H"},
        "jobSpecification": SCHEDULE_GET["jobSpecification"],
    }
    assert [x.path for x in clone.left_out] == ["$.url", "$.eTag", "$.state", "$.executionInfo"]
    assert validate(clone.body) == []


# --- models of different families --------------------------------------------------------------

POOL_GET = {"id": "pool-1", "vmSize": "standard_d2s_v3", "metadata": [{"name": "a", "value": "1"}]}


@pytest.mark.parametrize(
    ("call", "names"),
    [
        (
            lambda: update_body(BatchJob(JOB_GET), BatchJob(JOB_GET), BatchPoolUpdateOptions),
            "BatchJob",
        ),
        (
            lambda: update_body(BatchPool(POOL_GET), BatchJob(JOB_GET), BatchJobUpdateOptions),
            "BatchPool",
        ),
        (
            lambda: update_body(BatchJob(JOB_GET), BatchPool(POOL_GET), BatchJobUpdateOptions),
            "BatchJob",
        ),
        (lambda: convert(BatchJob(JOB_GET), BatchPoolCreateOptions), "BatchJob"),
        (
            lambda: convert(BatchJobSchedule(SCHEDULE_GET), BatchJobCreateOptions),
            "BatchJobSchedule",
        ),
        (lambda: convert(BatchNode({"id": "n"}), BatchPoolReplaceOptions), "BatchNode"),
    ],
)
def test_models_of_different_families_are_a_type_error(call: Any, names: str) -> None:
    with pytest.raises(TypeError, match=f"^{names} and .* belong to different resources"):
        call()


def test_the_families_come_from_the_operations_table() -> None:
    job, pool = family(BatchJob), family(BatchPool)
    assert job == family(BatchJobCreateOptions) == family(BatchJobUpdateOptions) == {"Jobs"}
    assert pool == family(BatchPoolUpdateOptions) == family(BatchPoolReplaceOptions) == {"Pools"}
    assert family(BatchJobSchedule) == {"JobSchedules"}
    assert family(BatchNodeFile) == {"Nodes", "Tasks"}  # files of a node or of a task
    assert family(BatchJobSpecification) == frozenset()  # inside bodies only: no family
    assert mixed_families(BatchJob, BatchPool) is not None
    assert mixed_families(BatchNodeFile, BatchTask) is None


def test_mappings_and_models_no_operation_carries_whole_are_not_checked() -> None:
    assert convert(POOL_GET, BatchJobCreateOptions).body.as_dict() == {
        "id": "pool-1",
        "metadata": [{"name": "a", "value": "1"}],
    }
    spec = BatchJobSpecification({"priority": 3, "poolInfo": {"poolId": "p"}})
    assert convert(spec, BatchJobCreateOptions).body.as_dict() == spec.as_dict()
    assert "priority" in update_body(POOL_GET, JOB_GET, BatchJobUpdateOptions).body


# --- properties over generated jobs and schedules ---------------------------------------------

GENERATED = settings(
    max_examples=scaled(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FAMILIES = [(BatchJob, BatchJobUpdateOptions), (BatchJobSchedule, BatchJobScheduleUpdateOptions)]


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _patched(old: Dict[str, Any], body: Dict[str, Any]) -> Dict[str, Any]:
    """``old`` after the service applies update ``body`` (top-level merge, null clears)."""
    out = dict(old)
    for key, value in body.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


@GENERATED
@given(st.data())
def test_applying_the_update_body_gives_the_new_updatable_state(data: st.DataObject) -> None:
    source, target = data.draw(st.sampled_from(FAMILIES))
    wire = wire_json(source, max_list=1)
    old, new = data.draw(wire), data.draw(wire)
    if data.draw(st.booleans()):  # also edits of one document, not only unrelated ones
        new = {**old, **{k: v for k, v in new.items() if data.draw(st.booleans())}}
    result = update_body(source(old), source(new), target)
    body = result.body.as_dict()
    updatable = {f.wire for f in fields(target) if "update" in f.visibility and not f.readonly}
    assert set(body) <= updatable
    assert _text(body) == _text(result.body.as_dict(exclude_readonly=True))
    after = target(_patched(old, body)).as_dict(exclude_readonly=True)
    wanted = target(new).as_dict(exclude_readonly=True)
    for key in updatable:
        assert _text(after.get(key)) == _text(wanted.get(key)), key
    assert len({x.path for x in result.left_out}) == len(result.left_out)


@GENERATED
@given(st.data())
def test_no_change_gives_an_empty_body_and_convert_keeps_only_writable_fields(
    data: st.DataObject,
) -> None:
    source, target = data.draw(st.sampled_from(FAMILIES))
    wire = data.draw(wire_json(source, max_list=1))
    same = update_body(source(wire), json.loads(json.dumps(wire)), target)
    assert same.body.as_dict() == {} and same.left_out == ()
    converted = convert(source(wire), target)
    body = converted.body.as_dict()
    assert _text(body) == _text(converted.body.as_dict(exclude_readonly=True))
    assert set(body) <= {f.wire for f in fields(target)}
    dropped = {x.path for x in converted.left_out}
    for key, value in wire.items():
        if value is not None:  # a null may be kept or dropped without a word
            assert (key in body) != (format_path((None, key)) in dropped), key


def test_a_polymorphic_target_gives_the_subclass_the_body_names() -> None:
    result = convert({"kind": "square", "side": 3, "colour": "red"}, Shape)
    assert type(result.body) is Square
    assert body_and_reasons(result) == ({"kind": "square", "side": 3}, ["$.colour: read-only"])
