"""The JSON Schema of BatchJob: built from the field tables, and real job bodies validate."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any, Dict, List, Tuple

import pytest

import batchmodels
from batchmodels import BatchJob, fields
from batchmodels._schema import json_schema
from helpers.fixtures import example_bodies, example_files, spec_tree

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json_schema(BatchJob)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
_TREE = spec_tree("BatchJob")
MODELS = {name: getattr(batchmodels, name) for name in _TREE[0]}
ENUMS = {name: getattr(batchmodels, name) for name in _TREE[1]}


_JOBS = {"BatchJob", "BatchJobCreateOptions", "BatchJobUpdateOptions"}
_SCHEDULES = {"BatchJobSchedule", "BatchJobScheduleCreateOptions", "BatchJobScheduleUpdateOptions"}


def example_job_bodies() -> List[Tuple[str, Any]]:
    """Job bodies in the REST examples, each of the model its operation names (job requests,
    responses and list items), and the job specifications of schedules."""
    out = []
    for path in example_files():
        for label, model, body in example_bodies(path):
            if model in _JOBS:
                out.append((f"{path.name}:{label}", body))
            elif model in _SCHEDULES and isinstance(body.get("jobSpecification"), dict):
                out.append((f"{path.name}:{label}.jobSpecification", body["jobSpecification"]))
    return out


BODIES = example_job_bodies()
EVERY_BODY = [
    (f"{path.stem}:{label}", model, body)
    for path in example_files()
    for label, model, body in example_bodies(path)
]


def errors(body: Any, validator: Any = VALIDATOR) -> List[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(body)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$ref"] == "#/$defs/BatchJob"


def test_every_model_of_the_tree_is_defined() -> None:
    assert set(SCHEMA["$defs"]) == set(MODELS)
    assert len(SCHEMA["$defs"]) == 68


@pytest.mark.parametrize(
    ("model", "body"), [(m, b) for _, m, b in EVERY_BODY], ids=[w for w, _, _ in EVERY_BODY]
)
def test_every_example_body_validates_against_its_model_schema(model: str, body: Any) -> None:
    """Two mismatches are allowed, as the library reads both: enum values in another case
    (``Standard_LRS``), outside the schema's exact ``enum`` lists, and ``null`` for an
    optional field, which reads as absent."""
    schema = json_schema(getattr(batchmodels, model))
    validator = jsonschema.Draft202012Validator(schema)
    wrong = [
        e
        for e in validator.iter_errors(body)
        if not (
            e.validator == "enum"
            and isinstance(e.instance, str)
            and e.instance.lower() in [str(v).lower() for v in e.validator_value]
        )
        and not (e.validator == "type" and e.instance is None)
    ]
    assert [f"{e.json_path}: {e.message}" for e in wrong] == []


@pytest.mark.parametrize("name", sorted(MODELS))
def test_definition_follows_the_field_table(name: str) -> None:
    definition = SCHEMA["$defs"][name]
    flds = fields(MODELS[name])
    assert definition["type"] == "object"
    assert list(definition["properties"]) == [f.wire for f in flds]
    for f in flds:
        prop = definition["properties"][f.wire]
        assert prop.get("readOnly", False) is f.readonly, f.wire
        assert prop.get("writeOnly", False) is f.secret, f.wire
    required = [f.wire for f in flds if f.required and not f.readonly]
    assert definition.get("required", []) == required
    assert "additionalProperties" not in definition  # unknown fields are kept, so allowed


def test_every_enum_value_is_listed() -> None:
    listed = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            if "enum" in node:
                listed.add(tuple(node["enum"]))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(SCHEMA)
    for enum_cls in ENUMS.values():
        assert tuple(m.value for m in enum_cls) in listed, enum_cls


def test_types_and_formats() -> None:
    job = SCHEMA["$defs"]["BatchJob"]["properties"]
    assert job["priority"]["type"] == "integer"
    assert job["creationTime"] == {
        **job["creationTime"],
        "type": "string",
        "format": "date-time",
        "readOnly": True,
    }
    assert job["metadata"]["type"] == "array"
    assert job["metadata"]["items"] == {"$ref": "#/$defs/BatchMetadataItem"}
    assert job["stats"]["$ref"] == "#/$defs/BatchJobStatistics"
    assert "description" in job["priority"]
    assert (job["priority"]["minimum"], job["priority"]["maximum"]) == (-1000, 1000)
    stats_ops = SCHEMA["$defs"]["BatchJobStatistics"]["properties"]["readIOps"]
    assert stats_ops["minimum"] == 0
    pool = SCHEMA["$defs"]["BatchPoolSpecification"]["properties"]
    assert "minimum" not in pool["resizeTimeout"]  # a duration bound has no JSON Schema form
    constraints = SCHEMA["$defs"]["BatchJobConstraints"]["properties"]
    assert constraints["maxWallClockTime"]["format"] == "duration"
    stats = SCHEMA["$defs"]["BatchJobStatistics"]["properties"]
    assert stats["readIOps"]["pattern"] == "^[+-]?[0-9]+$"
    ext = SCHEMA["$defs"]["VMExtension"]["properties"]
    assert ext["protectedSettings"]["additionalProperties"] == {"type": "string"}


def test_packaged_example_validates() -> None:
    text = resources.files("batchmodels").joinpath("example_job.json").read_text("utf-8")
    assert errors(json.loads(text)) == []


@pytest.mark.parametrize(("where", "body"), BODIES, ids=[w for w, _ in BODIES])
def test_example_job_body_validates(where: str, body: Dict[str, Any]) -> None:
    assert errors(body) == []


def test_examples_hold_the_expected_kinds_of_body() -> None:
    wheres = [w for w, _ in BODIES]
    assert any("responses.200.body.value[0]" in w for w in wheres)
    assert any(w.endswith(":parameters.job") for w in wheres)
    assert any(w.endswith("jobSpecification") for w in wheres)
    assert len(BODIES) >= 20


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"priority": "high"}, "$.priority"),
        ({"priority": 1001}, "$.priority"),
        ({"constraints": {"maxTaskRetryCount": -2}}, "$.constraints.maxTaskRetryCount"),
        ({"state": "paused"}, "$.state"),
        ({"poolInfo": None}, "$"),
        ({"constraints": {"maxTaskRetryCount": 1.5}}, "$.constraints.maxTaskRetryCount"),
        ({"metadata": {"name": "x"}}, "$.metadata"),
        ({"stats": {"readIOps": "lots"}}, "$.stats.readIOps"),
        (
            {"poolInfo": {"autoPoolSpecification": {"pool": {"vmSize": "x"}}}},
            "$.poolInfo.autoPoolSpecification",
        ),
    ],
)
def test_schema_rejects_bad_bodies(change: Dict[str, Any], path: str) -> None:
    body = json.loads(
        resources.files("batchmodels").joinpath("example_job.json").read_text("utf-8")
    )
    for key, value in change.items():
        if value is None:
            del body[key]
        else:
            body[key] = value
    found = errors(body)
    assert found, change
    assert any(e.startswith(path) for e in found), found


def test_unknown_fields_are_allowed() -> None:
    body = {"poolInfo": {"poolId": "p", "newerSetting": {"x": 1}}, "futureField": [1]}
    assert errors(body) == []


def test_schema_does_not_change_with_a_second_build() -> None:
    first = copy.deepcopy(json_schema(BatchJob))
    assert json_schema(BatchJob) == first == json_schema()
