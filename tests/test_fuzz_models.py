"""The fuzz of test_fuzz.py over every model of the API, not only jobs.

Generated wire JSON of every model and every REST example body (in the model its operation
names) get secrets planted and are mutated; for every input only the ``BatchModelError``
family may be raised, an untouched model's ``as_dict()`` equals the input, and no planted
secret shows in ``repr``, errors or validation problems.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

from hypothesis import given, settings
from hypothesis import strategies as st

import batchmodels
from batchmodels import fields, loads
from helpers import scaled
from helpers.fixtures import example_bodies, example_files, load_spec
from helpers.strategies_tree import wire_json
from test_bad_input import exercise
from test_fuzz import FUZZ, MARK, mutate, plant_secrets

MODEL_NAMES = sorted(load_spec()["models"])
SECRET_MODELS = sorted(
    name for name in MODEL_NAMES if any(f.secret for f in fields(getattr(batchmodels, name)))
)


@st.composite
def mutated_body(draw: Any, names: List[str]) -> Tuple[str, Dict[str, Any]]:
    """A model name and a generated body of it, secrets planted, mutated one to three times."""
    name = draw(st.sampled_from(names))
    cls = getattr(batchmodels, name)
    wire = plant_secrets(draw(wire_json(cls, nulls=True)), cls)
    return name, mutate(draw, wire)


def run(name: str, wire: Any) -> None:
    """Everything a user may do with ``wire`` as a ``name``, from the mapping and from text."""
    cls = getattr(batchmodels, name)
    outcome = exercise(cls(wire), wire)
    model = cls(wire)
    assert MARK not in repr(model)
    for error in outcome.read_errors.values():
        assert MARK not in str(error)
    for problem in outcome.problems:
        assert MARK not in str(problem)
    try:
        text = json.dumps(wire, allow_nan=False)
    except ValueError:
        return  # NaN or Infinity drawn: no JSON text holds them (loads refuses them)
    exercise(loads(text, cls), json.loads(text))


@settings(FUZZ, max_examples=len(MODEL_NAMES))
@given(mutated_body(MODEL_NAMES))
def test_mutated_generated_bodies_of_every_model(case: Tuple[str, Dict[str, Any]]) -> None:
    run(*case)


@settings(FUZZ, max_examples=scaled(100))
@given(mutated_body(SECRET_MODELS))
def test_mutated_bodies_of_models_with_secrets(case: Tuple[str, Dict[str, Any]]) -> None:
    run(*case)


EXAMPLES = [(model, body) for path in example_files() for _, model, body in example_bodies(path)]


@settings(FUZZ, max_examples=scaled(200))
@given(st.data())
def test_mutated_example_bodies_of_every_operation(data: st.DataObject) -> None:
    name, body = data.draw(st.sampled_from(EXAMPLES))
    wire = plant_secrets(body, getattr(batchmodels, name))
    run(name, mutate(data.draw, wire))


def test_secret_models_cover_the_new_credentials() -> None:
    assert {"BatchNodeUserCreateOptions", "BatchNodeUserReplaceOptions"} <= set(SECRET_MODELS)
    body = plant_secrets({"name": "ops", "password": "x"}, batchmodels.BatchNodeUserCreateOptions)
    assert body["password"].startswith(MARK)
