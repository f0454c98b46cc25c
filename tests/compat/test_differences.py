"""The deliberate differences from azure-batch 15.1.0, each shown on both libraries.

These back the migration notes: if azure-batch changes, or batchmodels drifts towards the
old behaviour, a test here fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

azure_models = pytest.importorskip("azure.batch.models")

from batchmodels import (  # noqa: E402
    BatchJob,
    BatchJobConstraints,
    BatchJobState,
    BatchModelError,
    BatchTaskConstraints,
    InvalidTypeError,
    InvalidValueError,
)
from helpers.fixtures import typical_job  # noqa: E402


def test_enum_values_in_another_case_become_members() -> None:
    body = {"state": "Completed"}
    assert azure_models.BatchJob(body).state == "Completed"
    assert type(azure_models.BatchJob(body).state) is str
    assert BatchJob(body).state is BatchJobState.COMPLETED
    assert BatchJob(body).as_dict() == azure_models.BatchJob(body).as_dict() == body


def test_unknown_enum_values_stay_strings_in_both() -> None:
    body = {"state": "archived"}
    assert azure_models.BatchJob(body).state == BatchJob(body).state == "archived"


def test_sub_microsecond_ties_round_half_to_even() -> None:
    # .5457765 s is exactly half-way between two microseconds; isodate goes through binary
    # floats and rounds up here, batchmodels rounds the exact decimal to even.
    body = {"maxWallClockTime": "PT10H3.5457765S"}
    ours = BatchJobConstraints(body).max_wall_clock_time
    theirs = azure_models.BatchJobConstraints(body).max_wall_clock_time
    assert ours == dt.timedelta(hours=10, seconds=3, microseconds=545776)
    assert theirs == dt.timedelta(hours=10, seconds=3, microseconds=545777)


def test_assigning_a_value_back_keeps_the_received_text() -> None:
    body = typical_job()
    ours, theirs = BatchJob(body), azure_models.BatchJob(body)
    for job in (ours, theirs):
        job.creation_time = job.creation_time
        job.constraints.max_wall_clock_time = job.constraints.max_wall_clock_time
    assert ours["creationTime"] == "2025-07-14T01:00:02.8816254Z"
    assert ours.constraints is not None
    assert ours.constraints["maxWallClockTime"] == "P10675199DT2H48M5.4775807S"
    assert theirs["creationTime"] == "2025-07-14T01:00:02.881625Z"  # 7th digit lost
    # azure-batch also loses 42 microseconds of the "unlimited" duration on the way.
    assert theirs.constraints["maxWallClockTime"] == "P10675199DT02H48M05.477539S"


@pytest.mark.parametrize(
    ("value", "ours", "theirs"),
    [
        (dt.timedelta(hours=1), "PT1H", "PT01H00M00S"),
        (dt.timedelta(0), "PT0S", "P"),  # "P" alone is not an ISO 8601 duration
        (dt.timedelta(microseconds=-1), "-PT0.000001S", "P-1DT23H59M59.999999S"),
        (
            dt.timedelta(days=10675199, seconds=10085, microseconds=477581),
            "P10675199DT2H48M5.4775807S",
            "P10675199DT02H48M05.477539S",
        ),
    ],
)
def test_durations_from_python_values_are_written_in_the_shortest_exact_form(
    value: dt.timedelta, ours: str, theirs: str
) -> None:
    assert BatchTaskConstraints(retention_time=value)["retentionTime"] == ours
    assert azure_models.BatchTaskConstraints(retention_time=value)["retentionTime"] == theirs
    assert BatchTaskConstraints({"retentionTime": ours}).retention_time == value


def test_durations_with_years_or_months_are_rejected() -> None:
    body = {"maxWallClockTime": "P1Y"}
    theirs = azure_models.BatchJobConstraints(body).max_wall_clock_time
    assert type(theirs).__name__ == "Duration"  # isodate.Duration, not a timedelta
    with pytest.raises(InvalidValueError) as info:
        _ = BatchJob({"constraints": body}).constraints.max_wall_clock_time  # type: ignore[union-attr]
    assert info.value.path == "$.constraints.maxWallClockTime"


@pytest.mark.parametrize(
    ("body", "read", "error"),
    [
        ({"priority": "high"}, lambda j: j.priority, InvalidTypeError),
        ({"creationTime": "yesterday"}, lambda j: j.creation_time, InvalidValueError),
        ({"usesTaskDependencies": "true"}, lambda j: j.uses_task_dependencies, InvalidTypeError),
        ({"stats": {"readIOps": "many"}}, lambda j: j.job_statistics.read_iops, InvalidValueError),
    ],
)
def test_wrongly_typed_wire_values_raise_instead_of_passing_through(
    body: dict, read: object, error: type
) -> None:
    theirs = read(azure_models.BatchJob(body))  # type: ignore[operator]
    assert theirs is not None  # azure-batch hands back the raw value or a coerced one
    with pytest.raises(error) as info:
        read(BatchJob(body))  # type: ignore[operator]
    assert isinstance(info.value, BatchModelError)
    assert info.value.path.startswith("$.")


def test_copy_keeps_the_class() -> None:
    body = typical_job()
    assert type(azure_models.BatchJob(body).copy()).__name__ == "Model"
    assert type(BatchJob(body).copy()) is BatchJob


def test_repr_masks_secrets() -> None:
    body = typical_job()
    assert "fake-password-for-tests" in repr(azure_models.BatchJob(body))
    assert "fake-password-for-tests" not in repr(BatchJob(body))


def test_text_for_times_is_checked_here_and_stored_unchecked_there() -> None:
    theirs = azure_models.BatchJobConstraints(max_wall_clock_time="PT1H")
    ours = BatchJobConstraints(max_wall_clock_time="PT1H")  # type: ignore[arg-type]
    assert theirs.as_dict() == ours.as_dict() == {"maxWallClockTime": "PT1H"}
    assert theirs.max_wall_clock_time == ours.max_wall_clock_time == dt.timedelta(hours=1)
    assert azure_models.BatchJobConstraints(max_wall_clock_time="6 hours").as_dict() == {
        "maxWallClockTime": "6 hours"
    }
    with pytest.raises(InvalidValueError) as info:
        BatchJobConstraints(max_wall_clock_time="6 hours")  # type: ignore[arg-type]
    assert info.value.path == "$.maxWallClockTime"
