"""``NULL`` (batchmodels' own, or azure-core's) means JSON ``null`` wherever a value goes in."""

from __future__ import annotations

import json
from typing import Any

import pytest

from batchmodels import NULL, BatchJob, BatchJobUpdateOptions, JSONEncoder, dumps


class _Null:
    """Stands for azure-core's ``NULL`` sentinel: recognised by its class's module and name."""


_Null.__module__ = "azure.core.serialization"
FOREIGN_NULL = _Null()


def _azure_null() -> Any:
    return pytest.importorskip("azure.core.serialization").NULL


@pytest.fixture(params=["batchmodels", "azure-core look-alike", "azure-core"])
def null(request: pytest.FixtureRequest) -> Any:
    if request.param == "batchmodels":
        return NULL
    if request.param == "azure-core":
        return _azure_null()
    return FOREIGN_NULL


def test_null_inside_a_mapping(null: Any) -> None:
    body = BatchJobUpdateOptions({"maxParallelTasks": null, "priority": 5})
    assert body["maxParallelTasks"] is None
    assert body.max_parallel_tasks is None
    assert body.as_dict() == {"maxParallelTasks": None, "priority": 5}
    assert dumps(body) == '{"maxParallelTasks": null, "priority": 5}'
    assert json.dumps(body, cls=JSONEncoder) == '{"maxParallelTasks": null, "priority": 5}'


def test_null_nested_inside_a_mapping(null: Any) -> None:
    body = BatchJobUpdateOptions({"constraints": {"maxWallClockTime": null}, "metadata": [null]})
    assert body.as_dict() == {"constraints": {"maxWallClockTime": None}, "metadata": [None]}


def test_null_by_item_assignment(null: Any) -> None:
    job = BatchJob({"metadata": [{"name": "a", "value": "b"}], "priority": 1})
    job["metadata"] = null
    job["priority"] = null
    job["futureField"] = null  # a key this version does not know
    assert job.metadata is None
    assert job.as_dict() == {"metadata": None, "priority": None, "futureField": None}
    assert dumps(job) == '{"metadata": null, "priority": null, "futureField": null}'


def test_null_by_update_and_setdefault(null: Any) -> None:
    job = BatchJob({"priority": 1})
    job.update({"priority": null}, maxParallelTasks=null)
    assert job.setdefault("displayName", null) is None
    assert job.as_dict() == {"priority": None, "maxParallelTasks": None, "displayName": None}


def test_a_class_merely_named_like_azure_cores_null_is_not_null() -> None:
    class Null:
        pass

    Null.__name__ = "_Null"
    with pytest.raises(TypeError):
        BatchJob({"priority": Null()})
