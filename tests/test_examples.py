"""Conformance on the REST examples in tests/data/examples.

Every request body and every response body (each item of a list response) is loaded into
the model its operation names (``batchmodels._operations``, no guessing by shape). It must
read with the spec's Python types at every depth, validate without errors, write back byte
for byte (key order included), and lose exactly the spec's read-only fields under
``as_dict(exclude_readonly=True)``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import batchmodels
import batchmodels.models
from batchmodels import Model
from batchmodels._operations import OPERATIONS, operation
from helpers import scaled
from helpers.fixtures import (
    check_decoded,
    example_bodies,
    example_files,
    load_spec,
    pruned_by_spec,
    readonly_paths,
    unknown_paths,
)
from helpers.strategies_tree import wire_json

FILES = example_files()
CASES: List[Tuple[str, str, Dict[str, Any]]] = [
    (f"{path.stem}:{label}", model, body)
    for path in FILES
    for label, model, body in example_bodies(path)
]

cases = pytest.mark.parametrize(
    ("model", "body"), [pytest.param(model, body, id=label) for label, model, body in CASES]
)


def model_class(name: str) -> type[Model]:
    cls = getattr(batchmodels.models, name)
    assert isinstance(cls, type) and issubclass(cls, Model)
    return cls


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_example_file_has_a_known_operation(path: Path) -> None:
    example_bodies(path)  # raises for an unknown operation or a body the table misses


def test_examples_cover_requests_responses_and_lists_of_every_area() -> None:
    models = {model for _, model, _ in CASES}
    for name in (
        "BatchJob",
        "BatchJobCreateOptions",
        "BatchJobUpdateOptions",
        "BatchJobSchedule",
        "BatchJobScheduleCreateOptions",
        "BatchPool",
        "BatchPoolCreateOptions",
        "BatchTask",
        "BatchTaskCreateOptions",
        "BatchNode",
        "BatchTaskCountsResult",
        "BatchJobPreparationAndReleaseTaskStatus",
    ):
        assert name in models
    assert any(".body.value[" in label for label, _, _ in CASES)
    assert len(CASES) >= 90


def test_the_operation_table_names_real_models() -> None:
    for name, op in OPERATIONS.items():
        for model in (op.request, op.response):
            if model is not None:
                assert model in load_spec()["models"], (name, model)
        assert not (op.unmodelled and (op.request or op.response)), name
    assert operation("Batch_GetJob") is OPERATIONS["Jobs_GetJob"]
    assert operation("NoSuchOperation") is None


@cases
def test_fields_read_as_declared_types(model: str, body: Dict[str, Any]) -> None:
    obj = model_class(model)(body)
    assert check_decoded(model, obj, body) == []


@cases
def test_validates_without_errors(model: str, body: Dict[str, Any]) -> None:
    obj = model_class(model)(body)
    assert [p for p in batchmodels.validate(obj) if p.severity == "error"] == []


@cases
def test_written_back_byte_for_byte(model: str, body: Dict[str, Any]) -> None:
    cls = model_class(model)
    text = json.dumps(body)
    obj = cls(body)
    assert json.dumps(obj.as_dict()) == text
    assert batchmodels.dumps(obj) == text
    assert batchmodels.dumps(batchmodels.loads(text, cls)) == text


@cases
def test_written_back_byte_for_byte_after_reading_everything(
    model: str, body: Dict[str, Any]
) -> None:
    obj = model_class(model)(body)
    check_decoded(model, obj, body)  # reads every field present, at every depth
    assert json.dumps(obj.as_dict()) == json.dumps(body)


@cases
def test_construction_leaves_the_body_alone(model: str, body: Dict[str, Any]) -> None:
    before = copy.deepcopy(body)
    obj = model_class(model)(body)
    obj.as_dict()
    obj.as_dict(exclude_readonly=True)
    assert json.dumps(body) == json.dumps(before)


@cases
def test_exclude_readonly_drops_exactly_the_read_only_fields(
    model: str, body: Dict[str, Any]
) -> None:
    expected = json.dumps(pruned_by_spec(model, body))
    obj = model_class(model)(body)
    assert json.dumps(obj.as_dict(exclude_readonly=True)) == expected
    assert batchmodels.dumps(obj, exclude_readonly=True) == expected
    check_decoded(model, obj, body)
    assert json.dumps(obj.as_dict(exclude_readonly=True)) == expected


def test_some_examples_have_read_only_fields_to_drop() -> None:
    dropped = [p for _, model, body in CASES for p in readonly_paths(model, body)]
    assert "$.state" in dropped
    assert "$.executionInfo" in dropped


def test_examples_include_fields_unknown_to_this_api_version() -> None:
    """Older API fields (e.g. ``certificateReferences``) occur; the other tests keep them."""
    unknown = [p for _, model, body in CASES for p in unknown_paths(model, body)]
    assert "$.jobSpecification.poolInfo.autoPoolSpecification.pool.certificateReferences" in unknown
    assert "$.odata.metadata" in unknown


# --- the same checks on generated wire JSON of every model --------------------------------

MODEL_NAMES = sorted(load_spec()["models"])


@settings(
    max_examples=scaled(len(MODEL_NAMES) * 2),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_generated_bodies_of_every_model_conform(data: st.DataObject) -> None:
    model = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    body = data.draw(wire_json(model_class(model), nulls=True), label="body")
    text = json.dumps(body)
    replace = json.dumps(pruned_by_spec(model, body))
    obj = model_class(model)(body)
    assert json.dumps(obj.as_dict(exclude_readonly=True)) == replace
    assert check_decoded(model, obj, body) == []
    assert json.dumps(obj.as_dict()) == text
    assert json.dumps(obj.as_dict(exclude_readonly=True)) == replace
    assert json.dumps(body) == text
