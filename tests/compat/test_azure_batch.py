"""batchmodels reads and writes every model as azure-batch 15.1.0 does.

Both export the same model and enum names. On the job fixtures, every body of the REST
examples (in the model its operation names) and generated wire JSON of every model:
``as_dict(exclude_readonly=e)`` is equal for both values of ``e``, and every attribute is
equal at every depth (enums by value, datetimes and durations by value). The deliberate
differences are named in ``Comparison`` and pinned down in test_differences.py.
"""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

azure_models = pytest.importorskip("azure.batch.models")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import batchmodels  # noqa: E402
import batchmodels.models  # noqa: E402
from batchmodels import fields  # noqa: E402
from helpers import scaled  # noqa: E402
from helpers.fixtures import (  # noqa: E402
    JOB_FIXTURES,
    example_bodies,
    example_files,
    load_fixture,
    load_spec,
)
from helpers.strategies_tree import job_json, wire_json  # noqa: E402

from ._compare import Comparison  # noqa: E402

SPEC = load_spec()
GENERATED = settings(
    max_examples=scaled(100),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_EVERY_OPERATION = ("read", "create", "update", "delete", "query")


def assert_same(
    body: Dict[str, Any], *, allow_enum_case: bool = False, model: str = "BatchJob"
) -> Comparison:
    """Both libraries agree on ``body``; returns the comparison (with allowed differences)."""
    before = json.dumps(body)
    theirs = azure_class(model)(body)
    ours = getattr(batchmodels, model)(body)
    for exclude in (False, True):
        assert ours.as_dict(exclude_readonly=exclude) == theirs.as_dict(exclude_readonly=exclude)
    comparison = Comparison(allow_enum_case=allow_enum_case)
    comparison.models(getattr(batchmodels, model), ours, theirs, body, "$")
    assert comparison.problems == []
    # Reading every attribute changes neither export.
    for exclude in (False, True):
        assert ours.as_dict(exclude_readonly=exclude) == theirs.as_dict(exclude_readonly=exclude)
    assert json.dumps(ours.as_dict()) == before
    assert json.dumps(body) == before
    return comparison


# --- declarations ----------------------------------------------------------------------

# Public names of azure.batch.models that are neither models nor enums of the REST API.
_NOT_MODELS = {"BatchFileProperties", "CreateTasksError", "TYPE_CHECKING"}


# Request bodies azure-batch defines in azure.batch.models._models (its client sends them)
# without exporting them from azure.batch.models; batchmodels exports them.
_UNEXPORTED = {
    "BatchJobTerminateOptions",
    "BatchNodeRebootOptions",
    "BatchNodeReimageOptions",
    "BatchNodeDeallocateOptions",
}


def azure_class(name: str) -> Any:
    if name in _UNEXPORTED:
        return getattr(azure_models._models, name)
    return getattr(azure_models, name)


def test_both_export_the_same_names_and_batchmodels_the_four_unexported_bodies() -> None:
    theirs = {n for n in dir(azure_models) if not n.startswith("_")} - _NOT_MODELS
    assert sorted(batchmodels.models.__all__) == sorted(theirs | _UNEXPORTED)
    assert len(theirs) == 196
    assert not _UNEXPORTED & theirs


@pytest.mark.parametrize("name", list(SPEC["models"]))
def test_model_declaration_matches_azure_batch(name: str) -> None:
    theirs_cls = azure_class(name)
    theirs_cls.__new__(theirs_cls)  # azure-batch builds its field table on first use
    theirs = [
        (attr, rf._rest_name, tuple(rf._visibility or _EVERY_OPERATION), rf._format)
        for attr, rf in theirs_cls._attr_to_rest_field.items()
    ]
    ours = [(f.attr, f.wire, f.visibility, f.format) for f in fields(getattr(batchmodels, name))]
    assert ours == theirs


@pytest.mark.parametrize("name", list(SPEC["enums"]))
def test_enum_matches_azure_batch(name: str) -> None:
    theirs = [(m.name, m.value) for m in getattr(azure_models, name)]
    ours = [(m.name, m.value) for m in getattr(batchmodels, name)]
    assert ours == theirs


# --- payloads -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", JOB_FIXTURES)
def test_fixture_matches_azure_batch(name: str) -> None:
    comparison = assert_same(load_fixture(name))
    assert comparison.allowed == []


EXAMPLES = [
    pytest.param(model, body, id=f"{path.stem}:{label}")
    for path in example_files()
    for label, model, body in example_bodies(path)
]


@pytest.mark.parametrize(("model", "body"), EXAMPLES)
def test_example_matches_azure_batch(model: str, body: Dict[str, Any]) -> None:
    assert_same(body, model=model, allow_enum_case=True)


MODEL_NAMES = sorted(SPEC["models"])


@settings(
    max_examples=len(MODEL_NAMES) * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_generated_bodies_of_every_model_match_azure_batch(data: st.DataObject) -> None:
    model = data.draw(st.sampled_from(MODEL_NAMES), label="model")
    body = data.draw(
        wire_json(getattr(batchmodels, model), enum_variants=False, nulls=True), label="body"
    )
    comparison = assert_same(body, model=model)
    assert all("sub-microsecond" in item for item in comparison.allowed)


@GENERATED
@given(job_json(enum_variants=False, nulls=True))
def test_generated_job_matches_azure_batch(body: Dict[str, Any]) -> None:
    comparison = assert_same(body)
    assert all("sub-microsecond" in item for item in comparison.allowed)


@GENERATED
@given(job_json(enum_variants=True))
def test_generated_job_with_enum_values_in_any_case(body: Dict[str, Any]) -> None:
    assert_same(body, allow_enum_case=True)
