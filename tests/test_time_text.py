"""ISO 8601 / RFC 3339 text is accepted wherever a datetime or duration is set."""

from __future__ import annotations

import datetime as dt
from typing import Any, List, Optional

import pytest

from batchmodels import BatchJob, BatchJobConstraints, InvalidValueError, Model, rest_field

UTC = dt.timezone.utc
UNLIMITED = "P10675199DT2H48M5.4775807S"


class Timed(Model):
    when: Optional[dt.datetime] = rest_field()
    windows: Optional[List[dt.timedelta]] = rest_field()


def test_a_duration_passed_by_keyword_as_text() -> None:
    constraints = BatchJobConstraints(max_wall_clock_time="PT1H")  # type: ignore[arg-type]
    assert constraints["maxWallClockTime"] == "PT1H"
    assert constraints.max_wall_clock_time == dt.timedelta(hours=1)


def test_the_unlimited_duration_as_text_is_kept_to_the_last_digit() -> None:
    constraints = BatchJobConstraints(max_wall_clock_time=UNLIMITED)  # type: ignore[arg-type]
    assert constraints.as_dict() == {"maxWallClockTime": UNLIMITED}


def test_a_datetime_assigned_as_text() -> None:
    job = BatchJob({"id": "j"})
    job.last_modified = "2025-01-01T00:00:00.1234567Z"  # type: ignore[assignment]
    assert job["lastModified"] == "2025-01-01T00:00:00.1234567Z"
    assert job.last_modified == dt.datetime(2025, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)
    job.last_modified = dt.datetime(2025, 1, 2, tzinfo=UTC)
    assert job["lastModified"] == "2025-01-02T00:00:00Z"


def test_text_replaces_a_cached_value() -> None:
    job = BatchJob({"lastModified": "2024-01-01T00:00:00Z"})
    assert job.last_modified is not None and job.last_modified.year == 2024
    job.last_modified = "2025-06-01T00:00:00+02:00"  # type: ignore[assignment]
    assert job.last_modified == dt.datetime(2025, 5, 31, 22, tzinfo=UTC)
    assert job.as_dict() == {"lastModified": "2025-06-01T00:00:00+02:00"}


def test_text_inside_lists() -> None:
    timed = Timed(windows=["PT1S", dt.timedelta(minutes=1)])  # type: ignore[list-item]
    assert timed["windows"] == ["PT1S", "PT1M"]


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (lambda: BatchJobConstraints(max_wall_clock_time="1h"), "$.maxWallClockTime"),
        (lambda: Timed(windows=["PT1S", "soon"]), "$.windows[1]"),
        (lambda: setattr(BatchJob({}), "last_modified", "yesterday"), "$.lastModified"),
        (lambda: setattr(Timed(), "when", "2025-13-01T00:00:00Z"), "$.when"),
    ],
)
def test_invalid_text_is_a_located_value_error(build: Any, path: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()
    assert info.value.path == path


def test_invalid_text_leaves_the_model_unchanged() -> None:
    job = BatchJob({"lastModified": "2024-01-01T00:00:00Z"})
    with pytest.raises(InvalidValueError):
        job.last_modified = "not a time"  # type: ignore[assignment]
    assert job.as_dict() == {"lastModified": "2024-01-01T00:00:00Z"}
