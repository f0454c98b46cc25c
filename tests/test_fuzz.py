"""Hypothesis fuzzing: arbitrary JSON, and mutated job payloads, fed to ``BatchJob``.

For every input: construct (from the mapping and from JSON text), validate, read every
attribute at every depth, ``as_dict``, ``copy``, ``deepcopy``, ``==``, ``repr`` and ``dumps``
(see ``test_bad_input.exercise``). Only the ``BatchModelError`` family may be raised, an
untouched model's ``as_dict()`` always equals the input, and no secret planted in the input
shows in ``repr`` or in any error message or validation problem.
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
from typing import Any, Callable, Dict, List, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from batchmodels import (
    BatchJob,
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Model,
    ValidationError,
    dumps,
    fields,
    loads,
)
from batchmodels._json import parse_json
from helpers import scaled
from helpers.fixtures import example_files, full_job, job_bodies, typical_job
from helpers.strategies_tree import job_json
from test_bad_input import exercise

MARK = "SeCrEt-"
FUZZ = settings(
    max_examples=scaled(300),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- arbitrary JSON --------------------------------------------------------------------------

# Text at the ends of the ranges of timedelta and datetime (durations beyond -999,999,999
# days; datetimes whose UTC date is beyond years 1-9999 once the offset is applied).
durations_near_the_limits = st.builds(
    lambda sign, days, seconds, frac: f"{sign}P{days}DT{seconds}{frac}S",
    st.sampled_from(["", "-", "+"]),
    st.sampled_from([999_999_999, 1_000_000_000, 10_675_199]) | st.integers(999_999_990, 10**9),
    st.integers(0, 86_401),
    st.sampled_from(["", ".5", ".999999", ".9999999", ".0000001"]),
)
datetimes_near_the_limits = st.builds(
    lambda date, sign, hours, minutes: f"{date}{sign}{hours:02d}:{minutes:02d}",
    st.sampled_from(
        [
            "9999-12-31T23:59:59",
            "9999-12-31T23:00:00.9999999",
            "0001-01-01T00:00:00",
            "0001-01-01T01:59:59.5",
        ]
    ),
    st.sampled_from(["+", "-"]),
    st.integers(0, 23),
    st.sampled_from([0, 1, 30, 59]),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**30, -(10**30), 2**63, 2**31, -(2**63) - 1, 0]),
    st.floats(),  # NaN and the infinities included
    st.text(max_size=20),
    st.sampled_from(["PT1H", "P1Y", "2024-05-01T10:00:00Z", "0000-01-01T00:00:00Z", "-1", "1e3"]),
    durations_near_the_limits,
    datetimes_near_the_limits,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
JOB_KEYS = [f.wire for f in fields(BatchJob)]
job_like = st.dictionaries(
    st.one_of(st.sampled_from(JOB_KEYS), st.text(max_size=8)), json_values, max_size=8
)


def run(wire: Any) -> None:
    """Everything a user may do with ``wire``, from the mapping and from JSON text."""
    if not isinstance(wire, dict):
        with pytest.raises(InvalidTypeError) as info:
            BatchJob(wire)
        assert info.value.path == "$"
        with pytest.raises(BatchModelError):
            loads(json.dumps(wire), BatchJob)
        return
    outcome = exercise(BatchJob(wire), wire)
    assert_no_secret_shown(BatchJob(wire), outcome.read_errors.values(), outcome.problems)
    text = json.dumps(wire)  # writes NaN and Infinity, which are not JSON
    if not all_finite(wire):
        with pytest.raises(InvalidValueError, match="numbers must be finite"):
            loads(text, BatchJob)
        return
    exercise(loads(text, BatchJob), json.loads(text))


def all_finite(value: Any) -> bool:
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, float) and not math.isfinite(current):
            return False
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return True


def assert_no_secret_shown(model: Model, errors: Any, problems: Any) -> None:
    assert MARK not in repr(model)
    for error in errors:
        assert MARK not in str(error)
    for problem in problems:
        assert MARK not in str(problem)


@FUZZ
@given(json_values)
def test_arbitrary_json(wire: Any) -> None:
    run(wire)


@FUZZ
@given(job_like)
def test_arbitrary_json_under_job_keys(wire: Dict[str, Any]) -> None:
    run(wire)


@FUZZ
@given(durations_near_the_limits, datetimes_near_the_limits)
def test_times_near_the_ends_of_their_range(duration: str, when: str) -> None:
    constraints = {"maxWallClockTime": duration, "maxTaskRetryCount": 1}
    run({"id": "j", "poolInfo": {"poolId": "p"}, "constraints": constraints, "creationTime": when})


# Number literals as JSON text may write them: huge exponents parse to infinity in Python.
number_literals = st.one_of(
    st.builds(
        lambda sign, digits, exp: f"{sign}{digits}e{exp}",
        st.sampled_from(["", "-"]),
        st.sampled_from(["1", "9.99", "0.1", "17976931348623157"]),
        st.integers(280, 420).map(str) | st.sampled_from(["+400", "-400", "308", "-330"]),
    ),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1E400", "-0.0", "1e-400"]),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)


@settings(FUZZ, max_examples=scaled(100))  # the parser's hooks are simple: fewer examples suffice
@given(job_like, st.lists(number_literals, min_size=1, max_size=3), st.data())
def test_json_text_with_extreme_numbers(
    wire: Dict[str, Any], literals: List[str], data: Any
) -> None:
    """Text holding number literals anywhere: a model with finite numbers only, or a located
    InvalidValueError; never a float that is not finite."""
    for i in range(len(literals)):
        marker = f"@number{i}@"
        places = [p for p in _locations(wire) if p]
        if places and data.draw(st.booleans()):
            path = data.draw(st.sampled_from(places))
            _get(wire, path[:-1])[path[-1]] = marker
        else:
            wire[f"n{i}"] = marker
    text = json.dumps(wire)
    for i, literal in enumerate(literals):
        text = text.replace(json.dumps(f"@number{i}@"), literal)
    try:
        model = loads(text, BatchJob)
    except InvalidValueError as exc:
        assert "numbers must be finite" in exc.reason
        assert exc.path.startswith("$") and str(exc).startswith(exc.path)
        with pytest.raises(ValidationError):
            BatchJob.from_json(text, strict=True)
        return
    assert all_finite(model.as_dict())
    for encoded in (dumps(model), dumps(model, indent=1)):
        assert all_finite(parse_json(encoded))  # no NaN or Infinity token either


# --- mutated payloads ------------------------------------------------------------------------


def _models_in(value: Any) -> List[Model]:
    if isinstance(value, Model):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, Model)]
    return []


def plant_secrets(wire: Dict[str, Any], cls: type[Model] = BatchJob) -> Dict[str, Any]:
    """``wire`` (a ``cls`` body) with every secret field that is set holding a marker."""
    job = cls(copy.deepcopy(wire))
    stack: List[Model] = [job]
    count = 0
    while stack:
        current = stack.pop()
        for field in fields(current):
            if field.secret and current._data.get(field.wire) is not None:
                count += 1
                marker = f"{MARK}{count}"
                value = {"k": marker} if field.attr == "protected_settings" else marker
                current[field.wire] = value
                continue
            with contextlib.suppress(BatchModelError):
                stack.extend(_models_in(getattr(current, field.attr)))
    return job.as_dict()


def _locations(value: Any) -> List[Tuple[Any, ...]]:
    """Every path (tuple of keys) into ``value``, the root included."""
    out: List[Tuple[Any, ...]] = []
    stack: List[Tuple[Tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, current = stack.pop()
        out.append(path)
        if isinstance(current, dict):
            stack.extend(((*path, k), v) for k, v in current.items())
        elif isinstance(current, list):
            stack.extend(((*path, i), v) for i, v in enumerate(current))
    return out


def _get(value: Any, path: Tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def _text_of_scalar(value: Any) -> str:
    # Containers become a fixed text: their JSON could carry a secret out of its field.
    return "{}" if isinstance(value, (dict, list)) else json.dumps(value)


def _unwrap(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


# Mutations move no value from one key to another, so a planted secret stays under a secret
# field (or inside a value of the wrong shape at its place).
MUTATIONS: Dict[str, Callable[[Any, Any], Any]] = {
    "replace": lambda old, new: new,
    "null": lambda old, new: None,
    "wrap-in-array": lambda old, new: [old],
    "unwrap-array": lambda old, new: _unwrap(old),
    "repeat-in-array": lambda old, new: [old] * 3 if isinstance(old, dict) else old,
    "to-string": lambda old, new: old if isinstance(old, str) else _text_of_scalar(old),
    "to-number": lambda old, new: 1 if isinstance(old, str) else old,
    "delete": lambda old, new: MUTATIONS,  # marker: remove the key
}


@st.composite
def mutated(draw: Any, base: st.SearchStrategy[Dict[str, Any]]) -> Dict[str, Any]:
    """A payload from ``base`` with secrets planted and one to three mutations applied."""
    return mutate(draw, plant_secrets(draw(base)))


def mutate(draw: Any, wire: Dict[str, Any]) -> Dict[str, Any]:
    """``wire`` with one to three mutations applied in place (``draw`` as in a composite)."""
    for _ in range(draw(st.integers(1, 3))):
        locations = [p for p in _locations(wire) if p]
        if not locations:
            break
        path = draw(st.sampled_from(locations))
        how = draw(st.sampled_from([*sorted(MUTATIONS), "near-the-limit"]))
        parent = _get(wire, path[:-1])
        old = parent[path[-1]]
        if how == "near-the-limit":  # a duration or a datetime at the end of its range
            durations = isinstance(old, str) and old.lstrip("+-").startswith("P")
            new = draw(durations_near_the_limits if durations else datetimes_near_the_limits)
        else:
            new = MUTATIONS[how](old, draw(json_values))
        if new is MUTATIONS:
            if isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent.pop(path[-1])
        else:
            parent[path[-1]] = new
    return wire


@settings(FUZZ, max_examples=scaled(200))  # drawing whole job trees is the slow part
@given(mutated(job_json(nulls=True)))
def test_mutated_generated_jobs(wire: Dict[str, Any]) -> None:
    run(wire)


EXAMPLE_BODIES = [
    body
    for path in example_files()
    for _, body in job_bodies(json.loads(path.read_text(encoding="utf-8")))
]


@FUZZ
@given(mutated(st.sampled_from(EXAMPLE_BODIES).map(copy.deepcopy)))
def test_mutated_example_payloads(wire: Dict[str, Any]) -> None:
    run(wire)


@FUZZ
@given(mutated(st.sampled_from([typical_job(), full_job()]).map(copy.deepcopy)))
def test_mutated_fixture_jobs(wire: Dict[str, Any]) -> None:
    run(wire)


def test_plant_secrets_reaches_every_secret_field() -> None:
    planted = json.dumps(plant_secrets(full_job()))
    assert planted.count(MARK) >= 8
    assert MARK not in repr(BatchJob(json.loads(planted)))
