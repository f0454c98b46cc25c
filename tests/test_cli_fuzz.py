"""Hypothesis fuzz of the command line, in process: generated jobs (and jobs reshaped where
a model belongs) with secrets planted in every secret field, through ``check``,
``check --json``, ``show``, ``show --attributes``, ``request`` and ``request --create``.

Whatever the input: the exit status is 0, 1 or 2, nothing prints a traceback, and no
planted secret shows in any output, except in the body ``request`` prints on stdout, which
is meant to be sent and so keeps secrets where they were (the replace body is checked to be
exactly the input's, read-only fields left out).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import Any, Dict, List, Tuple

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from batchmodels import BatchJob, Model, fields, models
from batchmodels._cli import main
from helpers.fixtures import full_job, typical_job
from helpers.strategies_tree import job_json

MARK = "SeCrEt-"
FUZZ = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SECRET_KEYS = {
    f.wire
    for name in models.__all__
    if isinstance(getattr(models, name), type) and issubclass(getattr(models, name), Model)
    for f in fields(getattr(models, name))
    if f.secret
}
COMMANDS = [
    ["check"],
    ["check", "--json"],
    ["show"],
    ["show", "--attributes"],
    ["request"],
    ["request", "--create"],
]


def run(args: List[str], stdin: str) -> Tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


secret_values = st.one_of(
    st.text(max_size=5).map(lambda s: MARK + s),
    st.lists(st.text(max_size=3).map(lambda s: MARK + s), min_size=1, max_size=2),
    st.dictionaries(st.text(max_size=3), st.just(MARK + "d"), min_size=1, max_size=2),
)


@st.composite
def planted(draw: Any, tree: Any) -> Any:
    """``tree`` with every secret field holding a secret of some shape, and some objects
    (where a model may sit) wrapped in a list or a list of lists."""
    if isinstance(tree, dict):
        out: Dict[str, Any] = {}
        for key, value in tree.items():
            if key in SECRET_KEYS:
                out[key] = draw(secret_values)
            else:
                out[key] = draw(planted(value))
        wrap = draw(st.sampled_from(["", "", "", "", "list", "list.list"]))
        if wrap == "list":
            return [out]
        if wrap == "list.list":
            return [[out]]
        return out
    if isinstance(tree, list):
        return [draw(planted(item)) for item in tree]
    return tree


@st.composite
def inputs(draw: Any) -> Tuple[str, str]:
    """JSON text of a job with planted secrets (one body, a list response or an array), and
    its shape."""
    base = draw(st.one_of(job_json(nulls=True), st.sampled_from([full_job(), typical_job()])))
    job = draw(planted({k: v for k, v in base.items()}))
    if not isinstance(job, dict):  # the job itself wrapped in a list: an array of jobs
        return json.dumps(job), "array"
    shape = draw(st.sampled_from(["one", "list", "array"]))
    doc: Any = job if shape == "one" else {"value": [job]} if shape == "list" else [job]
    return json.dumps(doc), shape


def secrets_in(value: Any) -> List[str]:
    if isinstance(value, str):
        return [value] if MARK in value else []
    if isinstance(value, dict):
        return [s for v in value.values() for s in secrets_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in secrets_in(v)]
    return []


@FUZZ
@given(inputs())
def test_no_exit_but_0_1_2_no_traceback_no_secret(case: Tuple[str, str]) -> None:
    text, shape = case
    for args in COMMANDS:
        code, out, err = run([*args, "-"], text)
        assert code in (0, 1, 2), (args, code, err)
        assert "Traceback" not in out + err
        assert MARK not in err, (args, err)
        if args[0] != "request":
            assert MARK not in out, (args, out)
        elif code == 0 and shape == "one" and args == ["request"]:
            # the PUT body carries the input's own secrets, where they were, and nothing else
            body = json.loads(out)
            sent = BatchJob(json.loads(text)).as_dict(exclude_readonly=True)
            assert body == sent


PLANT_SITES = {
    "poolInfo": {"autoPoolSpecification": {"pool": {"userAccounts": [{"password": 1}]}}},
    "jobManagerTask": {"containerSettings": {"registry": {"password": "x"}}},
}


@settings(FUZZ, max_examples=5)
@given(planted(PLANT_SITES))
def test_planting_reaches_secret_fields(found: Any) -> None:
    assert len(secrets_in(found)) >= 2
