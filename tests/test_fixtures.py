"""The job fixtures: the full one covers the whole tree, and both survive every round trip."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import sys
import types
import typing
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

import batchmodels
from batchmodels import BatchJob, Field, Model, fields
from batchmodels.models import (
    BatchAllTasksCompleteMode,
    BatchJobState,
    BatchVmImageReference,
    ElevationLevel,
)
from helpers.fixtures import (
    JOB_FIXTURES,
    check_decoded,
    fixture_text,
    full_job,
    load_fixture,
    pruned_by_spec,
    readonly_paths,
    typical_job,
)

_UNIONS: Tuple[Any, ...] = (typing.Union,)
if sys.version_info >= (3, 10):
    _UNIONS += (types.UnionType,)


def model_in(tp: Any) -> Optional[Tuple[str, type]]:
    """``("one", M)`` or ``("list", M)`` when a field type holds model class ``M``."""
    if typing.get_origin(tp) in _UNIONS:
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return model_in(members[0]) if len(members) == 1 else None
    if typing.get_origin(tp) is list:
        inner = model_in(typing.get_args(tp)[0])
        return ("list", inner[1]) if inner and inner[0] == "one" else None
    if isinstance(tp, type) and issubclass(tp, Model):
        return ("one", tp)
    return None


def reachable(root: type) -> List[type]:
    """Model classes reachable from ``root`` through its field types (``root`` first)."""
    seen: List[type] = [root]
    for cls in seen:
        for f in fields(cls):
            found = model_in(f.type)
            if found and found[1] not in seen:
                seen.append(found[1])
    return seen


def walk(cls: type, data: Dict[str, Any], path: str = "$") -> Iterator[Tuple[str, Field, Any]]:
    """``(path, field, wire value)`` for every field set in ``data``, at every depth."""
    for f in fields(cls):
        if data.get(f.wire) is None:
            continue
        value = data[f.wire]
        here = f"{path}.{f.wire}"
        yield here, f, value
        found = model_in(f.type)
        if found is None:
            continue
        if found[0] == "one":
            yield from walk(found[1], value, here)
        else:
            for i, item in enumerate(value):
                yield from walk(found[1], item, f"{here}[{i}]")


def every_model(model: Model) -> Iterator[Model]:
    """``model`` and every nested model reachable through its attributes."""
    yield model
    for f in fields(model):
        value = getattr(model, f.attr)
        if isinstance(value, Model):
            yield from every_model(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Model):
                    yield from every_model(item)


# --- coverage of the full fixture -----------------------------------------------------


def test_the_tree_has_every_model() -> None:
    names = sorted(cls.__name__ for cls in reachable(BatchJob))
    assert len(names) == 68
    assert set(names) <= {
        n for n in batchmodels.models.__all__ if issubclass(getattr(batchmodels, n), Model)
    }


def test_full_job_sets_every_field_of_every_model() -> None:
    wanted = {(cls.__name__, f.attr) for cls in reachable(BatchJob) for f in fields(cls)}
    present = {(f.owner.__name__, f.attr) for _, f, _ in walk(BatchJob, full_job())}
    assert sorted(wanted - present) == []


def test_typical_job_is_a_plausible_job_get_response() -> None:
    present = {path for path, _, _ in walk(BatchJob, typical_job())}
    for path in ("$.id", "$.url", "$.eTag", "$.state", "$.creationTime", "$.executionInfo"):
        assert path in present
    assert "$.stats" not in present  # only with $expand=stats
    assert len(present) > 60


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_fixture_has_the_awkward_values(name: str) -> None:
    text = fixture_text(name)
    assert "P10675199DT2H48M5.4775807S" in text
    assert any(f".{digits}Z" in text for digits in ("4729103", "1234567"))
    secrets = [(p, v) for p, f, v in walk(BatchJob, load_fixture(name)) if f.secret]
    assert secrets
    assert all("fake" in json.dumps(v) or "ZmFrZ" in json.dumps(v) for _, v in secrets)


# --- round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_fields_read_as_declared_types(name: str) -> None:
    body = load_fixture(name)
    assert check_decoded("BatchJob", BatchJob(body), body) == []


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_json_text_round_trip_is_exact(name: str) -> None:
    text = fixture_text(name)
    job = batchmodels.loads(text, BatchJob)
    assert batchmodels.dumps(job, indent=2) + "\n" == text
    check_decoded("BatchJob", job, load_fixture(name))
    assert batchmodels.dumps(job, indent=2) + "\n" == text


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_as_dict_round_trip_is_exact(name: str) -> None:
    body = load_fixture(name)
    job = BatchJob(body)
    assert json.dumps(job.as_dict()) == json.dumps(body)
    again = BatchJob(job.as_dict())
    assert again == job
    assert again == body
    assert json.dumps(again.as_dict()) == json.dumps(body)


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_assigning_every_value_back_changes_nothing(name: str) -> None:
    body = load_fixture(name)
    job = BatchJob(body)
    for model in list(every_model(job)):
        for f in fields(model):
            setattr(model, f.attr, getattr(model, f.attr))
    assert json.dumps(job.as_dict()) == json.dumps(body)


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_exclude_readonly_matches_the_spec(name: str) -> None:
    body = load_fixture(name)
    job = BatchJob(body)
    expected = pruned_by_spec("BatchJob", body)
    assert json.dumps(job.as_dict(exclude_readonly=True)) == json.dumps(expected)
    check_decoded("BatchJob", job, body)
    assert json.dumps(job.as_dict(exclude_readonly=True)) == json.dumps(expected)
    assert batchmodels.dumps(job, exclude_readonly=True) == json.dumps(expected)


def test_exclude_readonly_reaches_nested_models() -> None:
    deep = "$.poolInfo.autoPoolSpecification.pool.virtualMachineConfiguration.imageReference"
    for name in JOB_FIXTURES:
        assert f"{deep}.exactVersion" in set(readonly_paths("BatchJob", load_fixture(name)))
        replace = BatchJob(load_fixture(name)).as_dict(exclude_readonly=True)
        image = replace["poolInfo"]["autoPoolSpecification"]["pool"]
        image = image["virtualMachineConfiguration"]["imageReference"]
        assert "exactVersion" not in image
        assert "publisher" in image


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_copies_and_pickles_are_equal(name: str) -> None:
    job = BatchJob(load_fixture(name))
    job.pool_info.auto_pool_specification.pool.vm_size  # noqa: B018 - decode some values
    for other in (copy.deepcopy(job), pickle.loads(pickle.dumps(job)), job.copy()):
        assert type(other) is BatchJob
        assert other == job
        assert json.dumps(other.as_dict()) == fixture_json(name)


def fixture_json(name: str) -> str:
    return json.dumps(load_fixture(name))


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_repr_masks_every_secret(name: str) -> None:
    job = BatchJob(load_fixture(name))
    text = repr(job)
    assert text.startswith("BatchJob(")
    secrets = [v for _, f, v in walk(BatchJob, load_fixture(name)) if f.secret]
    for value in secrets:
        for piece in value.values() if isinstance(value, dict) else [value]:
            assert piece not in text
    assert "***" in text


def test_full_job_secret_fields_are_all_set() -> None:
    secret = {
        (cls.__name__, f.attr) for cls in reachable(BatchJob) for f in fields(cls) if f.secret
    }
    assert len(secret) >= 7
    present = {(f.owner.__name__, f.attr) for _, f, _ in walk(BatchJob, full_job()) if f.secret}
    assert present == secret


# --- typed values of the typical job --------------------------------------------------


def test_typical_job_reads_as_python_values() -> None:
    job = BatchJob(typical_job())
    assert job.id == "nightly-etl-20250714"
    assert job.state is BatchJobState.ACTIVE
    assert job.previous_state is None
    assert job.creation_time == dt.datetime(2025, 7, 14, 1, 0, 2, 881625, tzinfo=dt.timezone.utc)
    assert job.constraints is not None
    unlimited = dt.timedelta(days=10675199, seconds=10085, microseconds=477581)
    assert job.constraints.max_wall_clock_time == unlimited
    assert job.all_tasks_complete_mode is BatchAllTasksCompleteMode.TERMINATE_JOB
    assert job.job_manager_task is not None
    assert job.job_manager_task.constraints is not None
    assert job.job_manager_task.constraints.retention_time == dt.timedelta(days=7)
    pool = job.pool_info.auto_pool_specification
    assert pool is not None and pool.pool is not None
    assert pool.pool.user_accounts is not None
    assert pool.pool.user_accounts[0].elevation_level is ElevationLevel.NON_ADMIN
    vm = pool.pool.virtual_machine_configuration
    assert vm is not None
    assert type(vm.image_reference) is BatchVmImageReference
    assert vm.image_reference.exact_version == "22.04.202507010"
    assert job.metadata is not None and job.metadata[0].value == "nightly-etl"


def test_full_job_statistics_read_as_numbers() -> None:
    job = BatchJob(full_job())
    stats = job.job_statistics
    assert stats is not None
    assert (stats.read_iops, stats.write_iops) == (8812345, 120034)
    assert stats.succeeded_tasks_count + stats.failed_tasks_count == 1000
    assert stats.kernel_cpu_time == dt.timedelta(minutes=11)  # 0.0000001 s rounds away
    assert stats["readIOps"] == "8812345"


def test_a_change_shows_in_the_replace_body() -> None:
    body = typical_job()
    job = BatchJob(body)
    job.priority = 500
    assert job.constraints is not None
    job.constraints.max_task_retry_count = 5
    replace = job.as_dict(exclude_readonly=True)
    expected: Dict[str, Any] = pruned_by_spec("BatchJob", body)
    expected["priority"] = 500
    expected["constraints"]["maxTaskRetryCount"] = 5
    assert json.dumps(replace) == json.dumps(expected)
