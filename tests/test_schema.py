"""The JSON Schema of a model: built from the field tables; it accepts and refuses the REST
example bodies, as given and edited, as ``check`` does."""

from __future__ import annotations

import copy
import datetime as dt
import json
import typing
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

import batchmodels
from batchmodels import BatchJob, fields
from batchmodels._schema import json_schema
from batchmodels._walk import walk_plan
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
    """Each error, and for an ``anyOf`` (a nullable or enum field) the errors of its branches."""
    out: List[str] = []
    pending = list(validator.iter_errors(body))
    while pending:
        error = pending.pop(0)
        out.append(f"{error.json_path}: {error.message}")
        pending.extend(error.context or ())
    return out


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$ref"] == "#/$defs/BatchJob"


def test_every_model_of_the_tree_is_defined() -> None:
    assert set(SCHEMA["$defs"]) == set(MODELS)
    assert len(SCHEMA["$defs"]) == 68


_VALIDATORS: Dict[str, Any] = {}


def schema_errors(model: str, body: Any) -> List[str]:
    """Errors of ``body`` against the JSON Schema of model ``model`` (validators built once)."""
    if model not in _VALIDATORS:
        schema = json_schema(getattr(batchmodels, model))
        _VALIDATORS[model] = jsonschema.Draft202012Validator(schema)
    return errors(body, _VALIDATORS[model])


def check_errors(model: str, body: Any) -> List[str]:
    """What ``batchmodels check`` refuses ``body`` for: the errors of ``validate()``."""
    problems = batchmodels.validate(getattr(batchmodels, model)(body))
    return [str(p) for p in problems if p.severity == "error"]


@pytest.mark.parametrize(
    ("model", "body"), [(m, b) for _, m, b in EVERY_BODY], ids=[w for w, _, _ in EVERY_BODY]
)
def test_every_example_body_check_accepts_validates_against_its_model_schema(
    model: str, body: Any
) -> None:
    """Enum values in another case (``Standard_LRS``) and ``null`` for an optional field
    (``"vTpmEnabled": null``) are in the examples: the schema admits both, as check does."""
    assert check_errors(model, body) == []
    assert schema_errors(model, body) == []


_DROP: Any = object()


def _other_type(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return "many"
    if isinstance(value, str):
        return True
    return [1] if isinstance(value, dict) else {"a": 1}


def _mutations(body: Any, path: Tuple[Any, ...] = ()) -> Iterator[Tuple[Tuple[Any, ...], Any]]:
    """``(path, new value)`` for edits of one value at a time, at every depth: another JSON
    type, null, removed, other text, other case, numbers out of range or fractional."""
    items = body.items() if isinstance(body, dict) else enumerate(body[:2])
    for key, value in items:
        here = (*path, key)
        yield here, _other_type(value)
        yield here, None
        if isinstance(body, dict):
            yield here, _DROP
        if isinstance(value, str):
            yield here, "not " + value
            yield here, value.swapcase()
        if isinstance(value, int) and not isinstance(value, bool):
            yield here, value * 10**6 + 10**7
            yield here, -value - 10**7
            yield here, value + 0.5
        if isinstance(value, (dict, list)):
            yield from _mutations(value, here)


def _edited(body: Any, path: Tuple[Any, ...], value: Any) -> Any:
    out = copy.deepcopy(body)
    parent = out
    for key in path[:-1]:
        parent = parent[key]
    if value is _DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return out


def _field_at(model: str, path: Tuple[Any, ...]) -> Any:
    """The field a path names (list indexes skipped), or None for an undeclared key."""
    cls: Any = getattr(batchmodels, model)
    found = None
    for key in path:
        if isinstance(key, int):
            continue
        found = {f.wire: f for f in fields(cls)}.get(key)
        child = walk_plan(cls).children.get(key)
        if found is None:
            return None
        cls = child[1] if child else None
    return found


def _named_difference(model: str, path: Tuple[Any, ...], body: Any) -> Optional[str]:
    """Which difference docs/cli.md names explains check and the schema disagreeing on an edit
    at ``path``, or None."""
    field = _field_at(model, path)
    problems = batchmodels.validate(getattr(batchmodels, model)(body))
    if field is None:
        return None
    if problems and all(p.severity == "warning" for p in problems):
        return "enum value this version does not know: a warning from check"
    types = set(typing.get_args(field.type)) | {field.type}
    if types & {dt.datetime, dt.timedelta}:
        return "format (date-time, duration): checked by check, annotation in the schema"
    if field.check is not None:
        return "a field rule beyond a range: checked by check only"
    return None


@pytest.mark.parametrize("path", example_files(), ids=[p.stem for p in example_files()])
def test_check_and_the_schema_refuse_the_same_edited_example_bodies(path: Path) -> None:
    """Each example body edited at one place: check refuses it exactly when its model's JSON
    Schema does, but for the differences docs/cli.md names."""
    unexplained = []
    for label, model, body in example_bodies(path):
        for where, value in _mutations(body):
            edited = _edited(body, where, value)
            by_check = bool(check_errors(model, edited))
            by_schema = bool(schema_errors(model, edited))
            if by_check != by_schema and _named_difference(model, where, edited) is None:
                unexplained.append((label, where, value, by_check, by_schema))
    assert unexplained == []


def test_the_named_differences_are_in_the_cli_docs() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    for words in ("does not know", "`format`", "maxParallelTasks"):
        assert words in text


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
    assert job["priority"]["type"] == ["integer", "null"]  # not required: null reads as absent
    assert job["creationTime"] == {
        **job["creationTime"],
        "type": ["string", "null"],
        "format": "date-time",
        "readOnly": True,
    }
    assert job["metadata"]["type"] == ["array", "null"]
    assert job["metadata"]["items"] == {"$ref": "#/$defs/BatchMetadataItem"}
    assert job["stats"]["anyOf"] == [{"$ref": "#/$defs/BatchJobStatistics"}, {"type": "null"}]
    assert SCHEMA["$defs"]["BatchPoolInfo"]["properties"]["poolId"]["type"] == ["string", "null"]
    name = SCHEMA["$defs"]["BatchMetadataItem"]["properties"]["name"]
    assert name["type"] == "string"  # required: null is refused, as validate() refuses it
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
