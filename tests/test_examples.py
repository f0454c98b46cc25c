"""Conformance on the REST examples in ../shared/examples (skipped when that folder is absent).

Every job-shaped body (see ``fixtures.job_bodies``) must read with the spec's Python types at
every depth, write back byte for byte, and lose exactly the spec's read-only fields under
``as_dict(exclude_readonly=True)``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
from hypothesis import HealthCheck, given, settings

import batchmodels
from batchmodels import BatchJob
from helpers import scaled
from helpers.fixtures import (
    check_decoded,
    example_files,
    job_bodies,
    pruned_by_spec,
    readonly_paths,
    unknown_paths,
)
from helpers.strategies_tree import job_json

FILES = example_files()
CASES: List[Tuple[str, Dict[str, Any]]] = [
    (f"{path.stem}:{label}", body)
    for path in FILES
    for label, body in job_bodies(json.loads(path.read_text(encoding="utf-8")))
]

needs_examples = pytest.mark.skipif(not FILES, reason="../shared/examples is not present")
cases = pytest.mark.parametrize(
    "body",
    [pytest.param(body, id=label) for label, body in CASES]
    or [pytest.param({}, id="no-examples", marks=needs_examples)],
)


@needs_examples
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_example_file_holds_a_job(path: Path) -> None:
    assert job_bodies(json.loads(path.read_text(encoding="utf-8")))


@needs_examples
def test_examples_cover_requests_responses_lists_and_schedules() -> None:
    labels = [label for label, _ in CASES]
    assert any(label.endswith(":parameters.job") for label in labels)
    assert any("jobSpecification" in label and "parameters" in label for label in labels)
    assert any("body.value[" in label for label in labels)
    assert any(label.endswith("body") for label in labels)
    assert any("body.value[" in label and "jobSpecification" in label for label in labels)


@cases
def test_fields_read_as_declared_types(body: Dict[str, Any]) -> None:
    job = BatchJob(body)
    assert check_decoded("BatchJob", job, body) == []


@cases
def test_written_back_byte_for_byte(body: Dict[str, Any]) -> None:
    text = json.dumps(body)
    job = BatchJob(body)
    assert json.dumps(job.as_dict()) == text
    assert batchmodels.dumps(job) == text
    assert batchmodels.dumps(batchmodels.loads(text, BatchJob)) == text


@cases
def test_written_back_byte_for_byte_after_reading_everything(body: Dict[str, Any]) -> None:
    job = BatchJob(body)
    check_decoded("BatchJob", job, body)  # reads every field present, at every depth
    assert json.dumps(job.as_dict()) == json.dumps(body)


@cases
def test_construction_leaves_the_body_alone(body: Dict[str, Any]) -> None:
    before = copy.deepcopy(body)
    job = BatchJob(body)
    job.as_dict()
    job.as_dict(exclude_readonly=True)
    assert json.dumps(body) == json.dumps(before)


@cases
def test_exclude_readonly_drops_exactly_the_read_only_fields(body: Dict[str, Any]) -> None:
    expected = pruned_by_spec("BatchJob", body)
    job = BatchJob(body)
    assert json.dumps(job.as_dict(exclude_readonly=True)) == json.dumps(expected)
    assert batchmodels.dumps(job, exclude_readonly=True) == json.dumps(expected)
    check_decoded("BatchJob", job, body)
    assert json.dumps(job.as_dict(exclude_readonly=True)) == json.dumps(expected)


@needs_examples
def test_some_examples_have_read_only_fields_to_drop() -> None:
    dropped = [p for _, body in CASES for p in readonly_paths("BatchJob", body)]
    assert "$.state" in dropped
    assert "$.executionInfo" in dropped


@needs_examples
def test_examples_include_fields_unknown_to_this_api_version() -> None:
    """Older API fields (e.g. ``certificateReferences``) occur; the other tests keep them."""
    unknown = [p for _, body in CASES for p in unknown_paths("BatchJob", body)]
    assert "$.poolInfo.autoPoolSpecification.pool.certificateReferences" in unknown


# --- the same checks on generated wire JSON of the whole tree -------------------------------


@settings(
    max_examples=scaled(50),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(job_json(nulls=True))
def test_generated_jobs_conform(body: Dict[str, Any]) -> None:
    text = json.dumps(body)
    replace = json.dumps(pruned_by_spec("BatchJob", body))
    job = BatchJob(body)
    assert json.dumps(job.as_dict(exclude_readonly=True)) == replace
    assert check_decoded("BatchJob", job, body) == []
    assert json.dumps(job.as_dict()) == text
    assert json.dumps(job.as_dict(exclude_readonly=True)) == replace
    assert json.dumps(body) == text
