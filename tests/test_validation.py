"""``batchmodels.validate``, ``Problem``, the declared field rules and ``from_json(strict=)``."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import pickle
from typing import Any, Dict, List, Optional

import pytest

import batchmodels
from batchmodels import (
    BatchJob,
    BatchMetadataItem,
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Model,
    Problem,
    ValidationError,
    fields,
    rest_field,
    validate,
)
from helpers.fixtures import example_bodies, example_files, full_job, typical_job


def paths(problems: List[Problem]) -> List[str]:
    return [p.path for p in problems]


def by_path(problems: List[Problem]) -> Dict[str, Problem]:
    return {p.path: p for p in problems}


def job_with(**wire: Any) -> BatchJob:
    """A valid minimal job with extra wire keys (``None`` deletes one)."""
    data: Dict[str, Any] = {"id": "job-1", "poolInfo": {"poolId": "pool-1"}}
    data.update(wire)
    return BatchJob({k: v for k, v in data.items() if v is not None})


def pool_job(**pool: Any) -> BatchJob:
    """A job whose auto pool specification's pool has the given wire keys."""
    spec = {"vmSize": "standard_d2s_v3", **pool}
    return job_with(poolInfo={"autoPoolSpecification": {"poolLifetimeOption": "job", "pool": spec}})


POOL = "$.poolInfo.autoPoolSpecification.pool"


# --- Problem ---------------------------------------------------------------------------------


def test_problem_is_a_frozen_record_that_prints_as_path_colon_message() -> None:
    problem = Problem("$.priority", "must be between -1000 and 1000: 5000", "error")
    assert str(problem) == "$.priority: must be between -1000 and 1000: 5000"
    assert (problem.path, problem.severity) == ("$.priority", "error")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.path = "$"  # type: ignore[misc]
    assert problem == Problem("$.priority", "must be between -1000 and 1000: 5000", "error")
    assert pickle.loads(pickle.dumps(problem)) == problem
    assert copy.deepcopy(problem) == problem


def test_public_names() -> None:
    assert batchmodels.validate is validate
    assert {"validate", "Problem"} <= set(batchmodels.__all__)


def test_validate_rejects_what_is_not_a_model() -> None:
    with pytest.raises(TypeError):
        validate({"id": "x"})  # type: ignore[arg-type]


# --- clean input -----------------------------------------------------------------------------


@pytest.mark.parametrize("make", [typical_job, full_job], ids=["typical", "full"])
def test_fixture_jobs_have_no_problems(make: Any) -> None:
    assert validate(BatchJob(make())) == []


def test_every_rest_example_body_has_no_problems() -> None:
    for path in example_files():
        for label, model, body in example_bodies(path):
            assert validate(getattr(batchmodels, model)(body)) == [], f"{path.stem}:{label}"


def test_unknown_keys_are_allowed_at_any_depth() -> None:
    job = job_with(
        futureField={"anything": [1, None]},
        constraints={"maxTaskRetryCount": 1, "newLimit": "PT1H"},
        poolInfo={"poolId": "p", "futurePool": True},
    )
    assert validate(job) == []


def test_nulls_mean_not_set() -> None:
    assert validate(job_with(priority=None, constraints={"maxWallClockTime": None})) == []
    job = BatchJob({"id": "j", "poolInfo": {"poolId": "p"}, "priority": None})
    assert validate(job) == []


# --- required fields -------------------------------------------------------------------------


def test_required_field_missing_is_an_error_at_its_path() -> None:
    problems = validate(BatchJob({"id": "job-1"}))
    assert [(p.path, p.message, p.severity) for p in problems] == [
        ("$.poolInfo", "required field missing", "error")
    ]


def test_required_field_null_is_reported_as_null() -> None:
    problems = validate(BatchJob({"poolInfo": None}))
    assert [str(p) for p in problems] == ["$.poolInfo: required field is null"]


def test_required_fields_missing_in_nested_models_and_list_items() -> None:
    job = job_with(metadata=[{"name": "a", "value": "b"}, {"name": "c"}, {}])
    assert [str(p) for p in validate(job)] == [
        "$.metadata[1].value: required field missing",
        "$.metadata[2].name: required field missing",
        "$.metadata[2].value: required field missing",
    ]


def test_read_only_required_fields_are_not_required_in_a_body_being_built() -> None:
    # url, eTag, creationTime, state... are required in responses but set by the service.
    assert validate(BatchJob({"poolInfo": {"poolId": "p"}})) == []


# --- partial (update) bodies -----------------------------------------------------------------


def test_a_partial_body_has_no_required_fields() -> None:
    assert paths(validate(BatchJob({"priority": 500}))) == ["$.poolInfo"]
    assert validate(BatchJob({"priority": 500}), partial=True) == []
    assert validate(BatchJob({"poolInfo": None}), partial=True) == []


def test_a_partial_body_still_checks_values_and_nested_objects_whole() -> None:
    job = BatchJob({"priority": 5000, "metadata": [{"name": "a"}]})
    assert [str(p) for p in validate(job, partial=True)] == [
        "$.priority: must be between -1000 and 1000: 5000",
        "$.metadata[0].value: required field missing",
    ]


# --- unknown keys ----------------------------------------------------------------------------


def test_unknown_keys_are_warnings_when_asked_for() -> None:
    job = job_with(
        poolInfo={"pool_id": "p"},
        futureField=1,
        metadata=[{"name": "a", "value": "b", "vaule": "c"}],
    )
    assert validate(job) == []
    problems = validate(job, unknown_keys=True)
    assert [(str(p), p.severity) for p in problems] == [
        (
            "$.poolInfo.pool_id: not a field of BatchPoolInfo in this version"
            " (did you mean 'poolId'?)",
            "warning",
        ),
        ("$.futureField: not a field of BatchJob in this version", "warning"),
        (
            "$.metadata[0].vaule: not a field of BatchMetadataItem in this version"
            " (did you mean 'value'?)",
            "warning",
        ),
    ]


def test_unknown_keys_inside_values_of_no_model_are_not_reported() -> None:
    class Tagged(Model):
        tags: Optional[Dict[str, str]] = rest_field()
        extra: Optional[Any] = rest_field()

    assert validate(Tagged({"tags": {"x": "y"}, "extra": {"z": 1}}), unknown_keys=True) == []


def test_warnings_for_unknown_keys_do_not_fail_a_strict_parse() -> None:
    assert BatchJob.from_json('{"poolInfo": {"poolId": "p"}, "newField": 1}', strict=True)


# --- JSON types and formats ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "path", "message"),
    [
        ({"priority": "5"}, "$.priority", "expected an integer, got string: '5'"),
        ({"priority": True}, "$.priority", "expected an integer, got boolean: True"),
        ({"priority": 1.5}, "$.priority", "expected an integer, got number: 1.5"),
        ({"allowTaskPreemption": "yes"}, "$.allowTaskPreemption", "expected a boolean"),
        ({"poolInfo": []}, "$.poolInfo", "expected an object, got array: ***"),
        ({"poolInfo": "p"}, "$.poolInfo", "expected an object, got string: ***"),
        ({"metadata": {}}, "$.metadata", "expected an array, got object"),
        ({"metadata": [[]]}, "$.metadata[0]", "expected an object, got array"),
        ({"metadata": [None]}, "$.metadata[0]", "null is not allowed here"),
        ({"displayName": 7}, "$.displayName", "expected a string, got number: 7"),
        ({"state": 1}, "$.state", "expected a string, got number: 1"),
        (
            {"constraints": {"maxWallClockTime": "abc"}},
            "$.constraints.maxWallClockTime",
            "not an ISO 8601 duration: 'abc'",
        ),
        (
            {"constraints": {"maxWallClockTime": "P1Y"}},
            "$.constraints.maxWallClockTime",
            "not an ISO 8601 duration (years and months have no fixed length): 'P1Y'",
        ),
        (
            {"constraints": {"maxWallClockTime": 3600}},
            "$.constraints.maxWallClockTime",
            "expected an ISO 8601 duration string, got number: 3600",
        ),
        (
            {"creationTime": "2024-13-01T00:00:00Z"},
            "$.creationTime",
            "not an RFC 3339 datetime",
        ),
        ({"creationTime": "yesterday"}, "$.creationTime", "not an RFC 3339 datetime"),
        (
            {"stats": {"readIOps": "12a"}},
            "$.stats.readIOps",
            "not an integer string: '12a'",
        ),
        ({"stats": {"readIOGiB": "1.5"}}, "$.stats.readIOGiB", "expected a number"),
        (
            {"poolInfo": {"autoPoolSpecification": {"pool": {"vmSize": ["a"]}}}},
            "$.poolInfo.autoPoolSpecification.pool.vmSize",
            "expected a string, got array",
        ),
    ],
)
def test_wrong_types_and_malformed_values_are_errors_with_paths(
    wire: Dict[str, Any], path: str, message: str
) -> None:
    problems = [p for p in validate(job_with(**wire)) if p.path == path]
    assert len(problems) == 1, validate(job_with(**wire))
    assert problems[0].severity == "error"
    assert problems[0].message.startswith(message)


def test_problem_message_matches_the_error_raised_when_the_field_is_read() -> None:
    job = job_with(constraints={"maxWallClockTime": "abc"})
    (problem,) = validate(job)
    with pytest.raises(InvalidValueError) as info:
        _ = job.constraints.max_wall_clock_time  # type: ignore[union-attr]
    assert str(info.value) == str(problem)
    assert info.value.path == problem.path


def test_non_finite_numbers() -> None:
    job = job_with(stats={"readIOGiB": float("nan"), "writeIOGiB": float("inf")})
    found = by_path(validate(job))
    assert found["$.stats.readIOGiB"].message == "not a finite number: nan"
    assert found["$.stats.writeIOGiB"].message == "not a finite number: inf"
    (nan_int,) = [p for p in validate(job_with(priority=float("nan"))) if p.path == "$.priority"]
    assert nan_int.message == "expected an integer, got number: nan"


def test_integers_beyond_int64_are_errors() -> None:
    found = by_path(
        validate(
            job_with(
                priority=2**63,
                stats={"readIOps": str(-(2**63) - 1), "writeIOps": str(2**63 - 1)},
            )
        )
    )
    assert found["$.priority"].message.startswith("integer beyond the int64 range")
    assert found["$.stats.readIOps"].message.startswith("integer beyond the int64 range")
    assert "$.stats.writeIOps" not in found


def test_number_too_large_for_a_float_field() -> None:
    job = job_with(stats={"readIOGiB": 10**400})
    (problem,) = [p for p in validate(job) if p.path == "$.stats.readIOGiB"]
    assert problem.message.startswith("number too large")


def test_keys_that_are_not_strings_are_errors() -> None:
    job = job_with()
    job._data[1] = "x"  # only Python code can build this; JSON keys are always strings
    assert [str(p) for p in validate(job)] == ["$[1]: object keys must be strings"]


# --- enums -----------------------------------------------------------------------------------


def test_unknown_enum_value_is_a_warning_naming_the_known_values() -> None:
    (problem,) = validate(job_with(onAllTasksComplete="explode"))
    assert problem.severity == "warning"
    assert problem.path == "$.onAllTasksComplete"
    assert "noaction, terminatejob" in problem.message
    assert problem.message.endswith(": 'explode'")


def test_known_enum_values_in_any_case_are_fine() -> None:
    assert validate(job_with(onAllTasksComplete="TerminateJob", state="ACTIVE")) == []


def test_unknown_enum_values_in_lists() -> None:
    job = pool_job(
        virtualMachineConfiguration={
            "imageReference": {},
            "nodeAgentSKUId": "x",
            "diskEncryptionConfiguration": {"targets": ["osdisk", "quantumdisk"]},
        }
    )
    (problem,) = validate(job)
    assert (
        problem.path == f"{POOL}.virtualMachineConfiguration.diskEncryptionConfiguration.targets[1]"
    )
    assert problem.severity == "warning"


# --- declared rules --------------------------------------------------------------------------


def rule_problems(job: BatchJob) -> Dict[str, str]:
    return {p.path: p.message for p in validate(job)}


@pytest.mark.parametrize(
    ("good", "bad"),
    [((-1000, 0, 1000), (-1001, 1001, -(2**31)))],
)
def test_job_priority_range(good: Any, bad: Any) -> None:
    for value in good:
        assert validate(job_with(priority=value)) == []
    for value in bad:
        assert rule_problems(job_with(priority=value)) == {
            "$.priority": f"must be between -1000 and 1000: {value}"
        }


def test_max_parallel_tasks_is_minus_one_or_positive() -> None:
    for value in (-1, 1, 500):
        assert validate(job_with(maxParallelTasks=value)) == []
    for value in (0, -2, -100):
        assert rule_problems(job_with(maxParallelTasks=value)) == {
            "$.maxParallelTasks": f"must be -1 or greater than 0: {value}"
        }


def test_every_max_task_retry_count_is_at_least_minus_one() -> None:
    task = {"id": "t", "commandLine": "c", "constraints": {"maxTaskRetryCount": -2}}
    job = job_with(constraints={"maxTaskRetryCount": -2}, jobManagerTask=task)
    start = {"commandLine": "c", "maxTaskRetryCount": -5}
    job_pool = pool_job(startTask=start)
    found = {**rule_problems(job), **rule_problems(job_pool)}
    assert found == {
        "$.constraints.maxTaskRetryCount": "must be at least -1: -2",
        "$.jobManagerTask.constraints.maxTaskRetryCount": "must be at least -1: -2",
        f"{POOL}.startTask.maxTaskRetryCount": "must be at least -1: -5",
    }
    ok = job_with(constraints={"maxTaskRetryCount": -1})
    assert validate(ok) == []


def test_required_slots_and_task_slots_per_node() -> None:
    task = {"id": "t", "commandLine": "c", "requiredSlots": 0}
    assert rule_problems(job_with(jobManagerTask=task)) == {
        "$.jobManagerTask.requiredSlots": "must be at least 1: 0"
    }
    assert validate(pool_job(taskSlotsPerNode=1)) == []
    assert validate(pool_job(taskSlotsPerNode=256)) == []
    for value in (0, 257):
        assert rule_problems(pool_job(taskSlotsPerNode=value)) == {
            f"{POOL}.taskSlotsPerNode": f"must be between 1 and 256: {value}"
        }


def test_duration_limits_are_shown_as_durations() -> None:
    assert validate(pool_job(resizeTimeout="PT5M")) == []
    assert rule_problems(pool_job(resizeTimeout="PT4M59S")) == {
        f"{POOL}.resizeTimeout": "must be at least PT5M: 'PT4M59S'"
    }
    assert validate(pool_job(autoScaleEvaluationInterval="P7D")) == []
    assert rule_problems(pool_job(autoScaleEvaluationInterval="P7DT1S")) == {
        f"{POOL}.autoScaleEvaluationInterval": "must be between PT5M and P7D: 'P7DT1S'"
    }


def nat_pool(**wire: Any) -> Dict[str, Any]:
    base = {
        "name": "ssh",
        "protocol": "tcp",
        "backendPort": 22,
        "frontendPortRangeStart": 15000,
        "frontendPortRangeEnd": 15100,
    }
    base.update(wire)
    return base


def network_job(*pools: Dict[str, Any]) -> BatchJob:
    config = {"endpointConfiguration": {"inboundNATPools": list(pools)}}
    return pool_job(networkConfiguration=config)


def test_port_and_security_rule_limits() -> None:
    at = f"{POOL}.networkConfiguration.endpointConfiguration.inboundNATPools[0]"
    assert validate(network_job(nat_pool())) == []
    cases = {
        "backendPort": {
            0: "must be between 1 and 65535",
            65536: "must be between 1 and 65535",
            29876: "ports 29876 and 29877 are reserved",
            29877: "ports 29876 and 29877 are reserved",
        },
        "frontendPortRangeStart": {
            0: "must be between 1 and 65534",
            50000: "ports 50000 to 55000 are reserved",
        },
        "frontendPortRangeEnd": {
            65535: "must be between 1 and 65534",
            55000: "ports 50000 to 55000 are reserved",
        },
    }
    for wire, values in cases.items():
        for value, message in values.items():
            assert rule_problems(network_job(nat_pool(**{wire: value}))) == {
                f"{at}.{wire}": f"{message}: {value}"
            }
    assert validate(network_job(nat_pool(frontendPortRangeStart=49999))) == []
    rule = {"priority": 150, "access": "allow", "sourceAddressPrefix": "*"}
    assert validate(network_job(nat_pool(networkSecurityGroupRules=[rule]))) == []
    for priority in (149, 4097):
        bad = dict(rule, priority=priority)
        assert rule_problems(network_job(nat_pool(networkSecurityGroupRules=[rule, bad]))) == {
            f"{at}.networkSecurityGroupRules[1].priority": (
                f"must be between 150 and 4096: {priority}"
            )
        }


def test_disk_lun_node_counts_and_upgrade_percentages() -> None:
    vm = {"imageReference": {}, "nodeAgentSKUId": "x"}
    disks = [{"lun": 0, "diskSizeGB": 10}, {"lun": 63, "diskSizeGB": 10}]
    assert validate(pool_job(virtualMachineConfiguration=dict(vm, dataDisks=disks))) == []
    disks = [{"lun": 64, "diskSizeGB": 10}, {"lun": -1, "diskSizeGB": 10}]
    at = f"{POOL}.virtualMachineConfiguration.dataDisks"
    assert rule_problems(pool_job(virtualMachineConfiguration=dict(vm, dataDisks=disks))) == {
        f"{at}[0].lun": "must be between 0 and 63: 64",
        f"{at}[1].lun": "must be between 0 and 63: -1",
    }
    assert rule_problems(pool_job(targetDedicatedNodes=-1, targetLowPriorityNodes=-2)) == {
        f"{POOL}.targetDedicatedNodes": "must be at least 0: -1",
        f"{POOL}.targetLowPriorityNodes": "must be at least 0: -2",
    }
    rolling = {
        "maxBatchInstancePercent": 4,
        "maxUnhealthyInstancePercent": 101,
        "maxUnhealthyUpgradedInstancePercent": 0,
    }
    policy = {"mode": "rolling", "rollingUpgradePolicy": rolling}
    at = f"{POOL}.upgradePolicy.rollingUpgradePolicy"
    assert rule_problems(pool_job(upgradePolicy=policy)) == {
        f"{at}.maxBatchInstancePercent": "must be between 5 and 100: 4",
        f"{at}.maxUnhealthyInstancePercent": "must be between 5 and 100: 101",
    }


def test_statistics_counts_are_not_negative() -> None:
    found = rule_problems(job_with(stats={"numFailedTasks": "-1", "readIOGiB": -0.5}))
    assert found["$.stats.numFailedTasks"] == "must be at least 0: '-1'"
    assert found["$.stats.readIOGiB"] == "must be at least 0: -0.5"


def test_rules_are_declared_on_the_fields() -> None:
    by_attr = {f.attr: f for f in fields(BatchJob)}
    assert (by_attr["priority"].ge, by_attr["priority"].le) == (-1000, 1000)
    assert by_attr["max_parallel_tasks"].check is not None
    assert by_attr["display_name"].ge is None and by_attr["display_name"].check is None
    pool = {f.attr: f for f in fields(batchmodels.BatchPoolSpecification)}
    assert pool["resize_timeout"].ge == dt.timedelta(minutes=5)


def test_rules_on_a_model_of_ones_own() -> None:
    def even(value: int) -> Optional[str]:
        return None if value % 2 == 0 else "must be even"

    class Box(Model):
        size: Optional[int] = rest_field(ge=1, check=even)
        ratio: Optional[float] = rest_field(le=1.0)
        wait: Optional[dt.timedelta] = rest_field(le=dt.timedelta(hours=1))
        sizes: Optional[List[int]] = rest_field(ge=0)

    assert validate(Box({"size": 2, "ratio": 0.5, "wait": "PT1H", "sizes": [0, 3]})) == []
    found = rule_problems(Box({"size": 3, "ratio": 1.5, "wait": "PT1H1S", "sizes": [1, -1]}))  # type: ignore[arg-type]
    assert found == {
        "$.size": "must be even: 3",
        "$.ratio": "must be at most 1.0: 1.5",
        "$.wait": "must be at most PT1H: 'PT1H1S'",
        "$.sizes[1]": "must be at least 0: -1",
    }
    assert rule_problems(Box({"size": 0})) == {"$.size": "must be at least 1: 0"}  # type: ignore[arg-type]
    # Rules are for validation only: reads and writes do not enforce them.
    box = Box({"size": 3})
    assert box.size == 3
    box.size = -7
    assert box["size"] == -7


# --- everything at once, never raising, no side effects --------------------------------------


def test_every_problem_is_reported_in_document_order() -> None:
    job = BatchJob(
        {
            "priority": 5000,
            "poolInfo": {"autoPoolSpecification": {"pool": {"taskSlotsPerNode": 0}}},
            "constraints": {"maxWallClockTime": "forever", "maxTaskRetryCount": "3"},
            "onAllTasksComplete": "later",
            "metadata": [{"name": 1, "value": "x"}, 2],
        }
    )
    assert [(p.path, p.severity) for p in validate(job)] == [
        ("$.priority", "error"),
        ("$.poolInfo.autoPoolSpecification.poolLifetimeOption", "error"),
        ("$.poolInfo.autoPoolSpecification.pool.vmSize", "error"),
        ("$.poolInfo.autoPoolSpecification.pool.taskSlotsPerNode", "error"),
        ("$.constraints.maxWallClockTime", "error"),
        ("$.constraints.maxTaskRetryCount", "error"),
        ("$.onAllTasksComplete", "warning"),
        ("$.metadata[0].name", "error"),
        ("$.metadata[1]", "error"),
    ]


def test_validate_does_not_fill_the_attribute_cache_or_change_the_data() -> None:
    wire = {"poolInfo": {"poolId": "p"}, "priority": "high", "constraints": {"x": 1}}
    job = BatchJob(copy.deepcopy(wire))
    assert len(validate(job)) == 1
    assert not job.__dict__
    assert job.as_dict() == wire
    job.priority = 7
    assert validate(job) == []
    assert job.priority == 7


def test_validate_sees_values_changed_in_place() -> None:
    job = BatchJob({"poolInfo": {"poolId": "p"}, "metadata": []})
    assert job.metadata is not None
    job.metadata.append(BatchMetadataItem({"name": "only-name"}))
    job.pool_info["poolId"] = 5
    assert [str(p) for p in validate(job)] == [
        "$.poolInfo.poolId: expected a string, got number: 5",
        "$.metadata[0].value: required field missing",
    ]


def test_validate_reports_a_bad_value_stored_in_place_instead_of_raising() -> None:
    job = BatchJob({"poolInfo": {"poolId": "p"}, "metadata": []})
    assert job.metadata is not None
    job.metadata.append(42)  # type: ignore[arg-type]
    problems = validate(job)
    assert problems and all(isinstance(p, Problem) for p in problems)
    assert [str(p) for p in problems] == [
        "$.metadata[0]: expected BatchMetadataItem or a mapping, got number: ***"
    ]


def test_a_bad_value_stored_in_place_deep_down_is_located_exactly() -> None:
    job = BatchJob({"poolInfo": {"autoPoolSpecification": {"pool": {"userAccounts": []}}}})
    accounts = job.pool_info.auto_pool_specification.pool.user_accounts  # type: ignore[union-attr]
    assert accounts is not None
    accounts.append("admin")  # type: ignore[arg-type]
    at = "$.poolInfo.autoPoolSpecification.pool.userAccounts[0]"
    assert f"{at}: expected UserAccount or a mapping, got string: ***" in [
        str(p) for p in validate(job)
    ]
    with pytest.raises(InvalidTypeError) as info:
        job.as_dict()
    assert info.value.path == at


def test_a_nested_model_is_validated_at_its_own_path() -> None:
    job = job_with(constraints={"maxTaskRetryCount": -9})
    assert job.constraints is not None
    assert [str(p) for p in validate(job.constraints)] == [
        "$.constraints.maxTaskRetryCount: must be at least -1: -9"
    ]
    assert [str(p) for p in validate(batchmodels.BatchJobConstraints(max_task_retry_count=-9))] == [
        "$.maxTaskRetryCount: must be at least -1: -9"
    ]


@pytest.mark.parametrize(
    "wire",
    [
        {"poolInfo": [[[[]]]]},
        {"metadata": [{"name": [{"x": {}}]}] * 3},
        {"constraints": {"maxWallClockTime": {"P": "T"}}},
        {"jobManagerTask": {"resourceFiles": "all"}},
        {"stats": {"numTaskRetries": None, "readIOps": [], "userCPUTime": True}},
    ],
)
def test_validate_never_raises_on_odd_shapes(wire: Dict[str, Any]) -> None:
    problems = validate(BatchJob(wire))
    assert problems
    assert all(p.severity in ("error", "warning") and p.path.startswith("$") for p in problems)


# --- the strict entry point ------------------------------------------------------------------


def test_from_json_not_strict_accepts_bad_values_until_read() -> None:
    text = json.dumps({"poolInfo": {"poolId": "p"}, "priority": 99999, "state": "fresh"})
    job = BatchJob.from_json(text)
    assert type(job) is BatchJob
    assert job.priority == 99999


def test_from_json_strict_raises_one_error_listing_every_problem() -> None:
    text = json.dumps(
        {
            "priority": 99999,
            "constraints": {"maxWallClockTime": "abc"},
            "onAllTasksComplete": "later",
        }
    )
    with pytest.raises(ValidationError) as info:
        BatchJob.from_json(text, strict=True)
    err = info.value
    assert isinstance(err, ValueError) and isinstance(err, BatchModelError)
    assert [p.path for p in err.problems] == [
        "$.poolInfo",
        "$.priority",
        "$.constraints.maxWallClockTime",
        "$.onAllTasksComplete",
    ]
    assert [p.severity for p in err.problems].count("warning") == 1
    text_lines = str(err).splitlines()
    assert text_lines[0] == "4 problem(s):"
    assert "  $.constraints.maxWallClockTime: not an ISO 8601 duration: 'abc'" in text_lines
    assert err.path == "$"
    again = pickle.loads(pickle.dumps(err))
    assert again.problems == err.problems


def test_from_json_strict_passes_clean_input_and_warnings() -> None:
    text = json.dumps({"poolInfo": {"poolId": "p"}, "onAllTasksComplete": "later"})
    job = BatchJob.from_json(text, strict=True)
    assert job.all_tasks_complete_mode == "later"
    assert BatchJob.from_json(json.dumps(typical_job()), strict=True) == typical_job()
    assert BatchJob.from_json(json.dumps(full_job()).encode(), strict=True) == full_job()


@pytest.mark.parametrize(
    ("text", "error", "path"),
    [
        ("[1, 2]", InvalidTypeError, "$"),
        ('"job"', InvalidTypeError, "$"),
        ("{not json", InvalidValueError, "$"),
        (b"\xff\xfe\x00", InvalidValueError, "$"),
    ],
)
def test_from_json_on_text_that_is_not_a_job_object(text: Any, error: type, path: str) -> None:
    with pytest.raises(error) as info:
        BatchJob.from_json(text)
    assert info.value.path == path
    with pytest.raises(ValidationError) as strict:
        BatchJob.from_json(text, strict=True)
    assert [p.path for p in strict.value.problems] == [path]
    assert strict.value.problems[0].message == str(info.value)[len(f"{path}: ") :]


def test_from_json_picks_the_class_it_is_called_on() -> None:
    constraints = batchmodels.BatchJobConstraints.from_json('{"maxTaskRetryCount": 3}')
    assert type(constraints) is batchmodels.BatchJobConstraints
    with pytest.raises(ValidationError):
        batchmodels.BatchJobConstraints.from_json('{"maxTaskRetryCount": -3}', strict=True)
