"""The bad-input corpus: each case gives a correct model or a located ``BatchModelError``.

Every case runs under a deadline (``signal.setitimer`` where the platform has it, else a
measured time) and goes through everything a user may do with what comes in: construct
(from a mapping and from JSON text), validate, read every attribute at every depth,
``as_dict``, ``as_attribute_dict``, ``copy``, ``deepcopy``, ``==``, ``repr``, ``dumps``.
Any exception outside the ``BatchModelError`` family fails the case.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import math
import re
import signal
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Type

import pytest

import batchmodels
from batchmodels import (
    BatchJob,
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Model,
    Problem,
    ValidationError,
    dumps,
    fields,
    loads,
    loads_list,
    rest_discriminator,
    rest_field,
    validate,
)

DEADLINE_SECONDS = 30.0  # generous for slow CI machines; a hang is what it catches
MB10 = 10 * 1024 * 1024
DEPTH = 10_000
LONG = 100_000


class CaseTimeout(BaseException):
    """Raised by the deadline; a BaseException so no ``except Exception`` can swallow it."""


@contextlib.contextmanager
def deadline(seconds: float = DEADLINE_SECONDS) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (POSIX); elsewhere, fail it if it took longer."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    start = time.monotonic()
    if not usable:
        yield
        assert time.monotonic() - start < seconds, f"took longer than {seconds}s"
        return

    def expire(signum: int, frame: Any) -> None:
        raise CaseTimeout(f"took longer than {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- exercising a model ----------------------------------------------------------------------


def _models_in(value: Any) -> List[Model]:
    if isinstance(value, Model):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, Model)]
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, Model)]
    return []


def read_everything(model: Model) -> Dict[str, BatchModelError]:
    """Read every field of ``model`` and of every model inside it; the errors by path."""
    errors: Dict[str, BatchModelError] = {}
    stack = [model]
    while stack:
        current = stack.pop()
        for field in fields(current):
            try:
                value = getattr(current, field.attr)
            except BatchModelError as exc:
                errors[exc.path] = exc
                continue
            stack.extend(_models_in(value))
    return errors


def assign_back_everything(model: Model) -> None:
    """Assign every readable field of ``model`` (at every depth) its own value, and the same
    value to that field of a new model of the class: neither may raise."""
    stack = [model]
    while stack:
        current = stack.pop()
        for field in fields(current):
            try:
                value = getattr(current, field.attr)
            except BatchModelError:
                continue
            setattr(current, field.attr, value)
            try:
                setattr(type(current)(), field.attr, value)  # what reads without error writes
            except InvalidValueError as exc:  # ...unless beyond TimeSpan (validate flags it)
                assert "longer than the longest duration" in str(exc)
            stack.extend(_models_in(value))


def same_json(a: Any, b: Any) -> bool:
    """Equality of JSON data that also holds for NaN and for nesting deeper than the stack."""
    pairs = [(a, b)]
    while pairs:
        x, y = pairs.pop()
        if type(x) is not type(y):
            return False
        if type(x) is dict:
            if list(x) != list(y):  # key order too: output must be lossless
                return False
            pairs.extend((x[k], y[k]) for k in x)
        elif type(x) is list:
            if len(x) != len(y):
                return False
            pairs.extend(zip(x, y))
        elif type(x) is float and math.isnan(x):
            if not math.isnan(y):
                return False
        elif x != y:
            return False
    return True


@dataclasses.dataclass
class Outcome:
    read_errors: Dict[str, BatchModelError]
    problems: List[Problem]


def exercise(model: Model, wire: Any) -> Outcome:
    """Do everything a user may do with ``model`` built from ``wire``; only the family may
    raise, and the output always equals the input."""
    assert same_json(model.as_dict(), wire)  # untouched: exactly what came in
    problems = validate(model)
    assert all(isinstance(p, Problem) for p in problems)
    assert not model.__dict__, "validate must not fill the attribute cache"
    errors = read_everything(model)
    assert all(isinstance(e, (InvalidTypeError, InvalidValueError)) for e in errors.values())
    assert all(e.path.startswith("$") and str(e).startswith(e.path) for e in errors.values())
    assert same_json(model.as_dict(), wire)  # reading changed nothing
    assign_back_everything(model)
    assert same_json(model.as_dict(), wire)  # assigning what was read changed nothing
    assert validate(model) == problems
    model.as_dict(exclude_readonly=True)
    model.as_attribute_dict()
    twin = model.copy()
    assert type(twin) is type(model)
    assert twin == model
    deep = copy.deepcopy(model)
    assert type(deep) is type(model) and same_json(deep.as_dict(), wire)
    assert repr(model).startswith(f"{type(model).__name__}(")
    assert str(model) == repr(model)
    try:
        text = dumps(model)
    except InvalidValueError:
        pass  # NaN, Infinity, nesting too deep for the encoder: documented
    else:
        assert same_json(json.loads(text), wire)
    return Outcome(errors, problems)


# --- test models for formats the Batch tree does not use -------------------------------------


class Blob(Model):
    """Byte fields (the Batch job tree has none)."""

    data: Optional[bytes] = rest_field()
    token: Optional[bytes] = rest_field(format="base64url")


class Node(Model):
    """A model that nests itself."""

    name: Optional[str] = rest_field()
    child: Optional[Node] = rest_field()
    children: Optional[List[Node]] = rest_field()


class Shape(Model):
    """Polymorphic: ``kind`` picks a registered subclass, nothing else."""

    kind: str = rest_discriminator()


class Circle(Shape, discriminator="circle"):
    radius: Optional[float] = rest_field()


class Drawing(Model):
    shapes: Optional[List[Shape]] = rest_field()


KINDS: List[Any] = [
    "os.system",
    "__import__('os').system('exit 1')",
    "builtins.eval",
    "Circle",
    "CIRCLE",
    "",
    "circle",
    [],
    {"a": 1},
]


# --- building inputs -------------------------------------------------------------------------


def job(**wire: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {"id": "job-1", "poolInfo": {"poolId": "pool-1"}}
    data.update(wire)
    return data


def pool(**wire: Any) -> Dict[str, Any]:
    spec = {"vmSize": "standard_d2s_v3", **wire}
    return job(poolInfo={"autoPoolSpecification": {"poolLifetimeOption": "job", "pool": spec}})


POOL = "$.poolInfo.autoPoolSpecification.pool"
IMAGES = f"{POOL}.virtualMachineConfiguration.containerConfiguration.containerImageNames"


def nested_dicts(depth: int, leaf: Any = 1) -> Dict[str, Any]:
    root: Dict[str, Any] = {}
    current = root
    for _ in range(depth - 1):
        inner: Dict[str, Any] = {}
        current["deeper"] = inner
        current = inner
    current["leaf"] = leaf
    return root


def nested_lists(depth: int) -> List[Any]:
    root: List[Any] = []
    current = root
    for _ in range(depth - 1):
        inner: List[Any] = []
        current.append(inner)
        current = inner
    return root


def nested_nodes(depth: int) -> Dict[str, Any]:
    root: Dict[str, Any] = {"name": "0"}
    current = root
    for i in range(1, depth):
        inner = {"name": str(i)}
        current["child"] = inner
        current = inner
    current["child"] = "not a node"
    return root


# --- the corpus: inputs that construct --------------------------------------------------------


@dataclasses.dataclass
class Case:
    """``build()`` gives wire data for ``cls``; reading it gives exactly ``read_errors`` (path:
    error type); ``problems`` (path: severity) must be among what validate reports."""

    id: str
    build: Callable[[], Any]
    read_errors: Dict[str, Type[BatchModelError]]
    problems: Dict[str, str] = dataclasses.field(default_factory=dict)
    cls: Type[Model] = BatchJob
    as_text: bool = True  # also parse it from JSON text


T, V = InvalidTypeError, InvalidValueError
E, W = "error", "warning"

DATETIMES = {
    "offset-24h": "2024-05-01T10:00:00+24:00",
    "offset-60min": "2024-05-01T10:00:00+05:60",
    "offset-one-digit": "2024-05-01T10:00:00+5:00",
    "offset-after-z": "2024-05-01T10:00:00Z+01:00",
    "no-offset": "2024-05-01T10:00:00",
    "year-0": "0000-01-01T00:00:00Z",
    "hour-24": "2024-05-01T24:00:00Z",
    "leap-second": "2016-12-31T23:59:60Z",
    "february-30": "2024-02-30T00:00:00Z",
    "month-13": "2024-13-01T00:00:00Z",
    "short-date": "2024-5-1T00:00:00Z",
    "date-only": "2024-05-01",
    "empty": "",
}

DURATIONS = {
    "years": "P1Y",
    "months": "P2M",
    "years-months-days": "P1Y2M3DT4H",
    "fractional-years": "P0.5Y",
    "negative-months": "-P1M",
    "hours-without-t": "P1H",
    "bare-p": "P",
    "bare-pt": "PT",
    "dangling-t": "P1DT",
    "no-p": "1D",
    "seconds-as-number": 30,
}

BASE64 = {
    "bad-characters": {"data": "!!!!"},
    "bad-padding": {"data": "abc"},
    "too-much-padding": {"data": "YQ===="},
    "not-ascii": {"data": "é"},
    "url-alphabet-in-base64": {"data": "-_-_"},
    "base64url-bad": {"token": "a+b/"},
    "base64url-one-char-left": {"token": "abcde"},
    "number": {"data": 12},
}

CASES: List[Case] = [
    # arrays where objects belong, and the reverse
    Case("array-for-poolInfo", lambda: job(poolInfo=[]), {"$.poolInfo": T}, {"$.poolInfo": E}),
    Case(
        "array-for-constraints",
        lambda: job(constraints=[{"maxTaskRetryCount": 1}]),
        {"$.constraints": T},
    ),
    Case(
        "array-for-nested-pool",
        lambda: job(poolInfo={"autoPoolSpecification": [{"pool": {}}]}),
        {"$.poolInfo.autoPoolSpecification": T},
    ),
    Case(
        "array-for-list-item",
        lambda: job(metadata=[{"name": "a", "value": "b"}, [{"name": "c"}]]),
        {"$.metadata[1]": T},
        {"$.metadata[1]": E},
    ),
    Case("object-for-metadata", lambda: job(metadata={}), {"$.metadata": T}, {"$.metadata": E}),
    Case(
        "object-for-user-accounts",
        lambda: pool(userAccounts={"name": "u", "password": "p"}),
        {f"{POOL}.userAccounts": T},
    ),
    Case(
        "object-for-string-list",
        lambda: pool(
            virtualMachineConfiguration={
                "imageReference": {},
                "nodeAgentSKUId": "n",
                "containerConfiguration": {"type": "dockerCompatible", "containerImageNames": {}},
            }
        ),
        {IMAGES: T},
    ),
    Case("array-for-string", lambda: job(displayName=["a"]), {"$.displayName": T}),
    Case("object-for-enum", lambda: job(state={"v": "active"}), {"$.state": T}),
    # strings where numbers belong, true where an int belongs
    Case("string-priority", lambda: job(priority="10"), {"$.priority": T}, {"$.priority": E}),
    Case(
        "string-retry-count",
        lambda: job(constraints={"maxTaskRetryCount": "3"}),
        {"$.constraints.maxTaskRetryCount": T},
    ),
    Case("string-float", lambda: job(stats={"readIOGiB": "1.5"}), {"$.stats.readIOGiB": T}),
    Case("true-priority", lambda: job(priority=True), {"$.priority": T}, {"$.priority": E}),
    Case("false-max-parallel", lambda: job(maxParallelTasks=False), {"$.maxParallelTasks": T}),
    Case(
        "true-required-slots",
        lambda: job(jobManagerTask={"id": "t", "commandLine": "c", "requiredSlots": True}),
        {"$.jobManagerTask.requiredSlots": T},
    ),
    Case("one-for-bool", lambda: job(allowTaskPreemption=1), {"$.allowTaskPreemption": T}),
    Case("float-for-int", lambda: job(priority=1.0), {"$.priority": T}),
    # NaN and Infinity
    # (a Python mapping may hold them; JSON text may not: see ERRORS)
    Case(
        "nan-priority",
        lambda: job(priority=math.nan),
        {"$.priority": T},
        {"$.priority": E},
        as_text=False,
    ),
    Case(
        "infinity-float",
        lambda: job(stats={"readIOGiB": math.inf, "writeIOGiB": -math.inf}),
        {"$.stats.readIOGiB": V, "$.stats.writeIOGiB": V},
        {"$.stats.readIOGiB": E, "$.stats.writeIOGiB": E},
        as_text=False,
    ),
    Case(
        "nan-in-unknown-field",
        lambda: job(future={"x": [math.nan, math.inf]}),
        {},
        as_text=False,
    ),
    # huge numbers
    Case("1e30-priority", lambda: job(priority=10**30), {}, {"$.priority": E}),
    Case(
        "1e30-int-string", lambda: job(stats={"readIOps": str(10**30)}), {}, {"$.stats.readIOps": E}
    ),
    Case("1e30-float-field", lambda: job(stats={"readIOGiB": 10**30}), {}),
    Case(
        "1e400-float-field",
        lambda: job(stats={"readIOGiB": 10**400}),
        {"$.stats.readIOGiB": V},
        {"$.stats.readIOGiB": E},
    ),
    Case(
        "5000-digit-int",
        lambda: job(priority=10**5000),
        {},
        {"$.priority": E},
        as_text=False,  # json.loads on Python 3.11+ refuses more than 4300 digits
    ),
    Case(
        "5000-digit-int-string",
        lambda: job(stats={"numTaskRetries": "9" * 5000}),
        {"$.stats.numTaskRetries": V},
    ),
    Case("negative-zero-float", lambda: job(stats={"readIOGiB": -0.0}), {}),
    # 10 MB strings
    Case("10mb-display-name", lambda: job(displayName="x" * MB10), {}),
    Case(
        "10mb-duration",
        lambda: job(constraints={"maxWallClockTime": "P" + "9" * MB10 + "D"}),
        {"$.constraints.maxWallClockTime": V},
    ),
    Case(
        "10mb-datetime-fraction",
        lambda: job(creationTime="2024-05-01T10:00:00." + "1" * MB10 + "Z"),
        {},
    ),
    Case("10mb-datetime-garbage", lambda: job(creationTime="2" * MB10), {"$.creationTime": V}),
    Case(
        "10mb-int-string",
        lambda: job(stats={"readIOps": "1" * MB10}),
        {"$.stats.readIOps": V},
    ),
    Case("10mb-enum", lambda: job(state="a" * MB10), {}, {"$.state": W}),
    Case("10mb-unknown-key", lambda: job(**{"k" * MB10: "v" * MB10}), {}),
    # datetimes
    *[
        Case(
            f"datetime-{name}",
            (lambda text=text: job(creationTime=text)),  # type: ignore[misc]
            {"$.creationTime": V},
            {"$.creationTime": E},
        )
        for name, text in DATETIMES.items()
    ],
    Case(
        "datetime-at-the-end-of-time-with-offset",
        lambda: job(creationTime="9999-12-31T23:59:59-01:00"),
        {},
    ),
    Case(
        "datetime-at-the-start-of-time-with-offset",
        lambda: job(creationTime="0001-01-01T00:00:00+01:00"),
        {},
    ),
    # durations
    *[
        Case(
            f"duration-{name}",
            (lambda text=text: job(constraints={"maxWallClockTime": text})),  # type: ignore[misc]
            {"$.constraints.maxWallClockTime": T if isinstance(text, int) else V},
            {"$.constraints.maxWallClockTime": E},
        )
        for name, text in DURATIONS.items()
    ],
    Case(
        "duration-beyond-timedelta",
        lambda: job(constraints={"maxWallClockTime": "P999999999999D"}),
        {"$.constraints.maxWallClockTime": V},
    ),
    Case(
        "duration-below-timedelta",
        lambda: job(constraints={"maxWallClockTime": "-P999999999DT1S"}),
        {"$.constraints.maxWallClockTime": V},
        {"$.constraints.maxWallClockTime": E},
    ),
    Case(
        "duration-timedelta-min",
        lambda: job(constraints={"maxWallClockTime": "-P999999999D"}),
        {},
        {"$.constraints.maxWallClockTime": E},  # beyond TimeSpan's range
    ),
    Case(
        "duration-unlimited",
        lambda: job(constraints={"maxWallClockTime": "P10675199DT2H48M5.4775807S"}),
        {},
    ),
    # base64
    *[
        Case(
            f"base64-{name}",
            (lambda wire=wire: dict(wire)),
            {f"$.{next(iter(wire))}": V if name != "number" else T},
            cls=Blob,
        )  # type: ignore[misc]
        for name, wire in BASE64.items()
    ],
    # deep nesting
    Case(
        f"unknown-fields-{DEPTH}-deep", lambda: job(future=nested_dicts(DEPTH)), {}, as_text=False
    ),
    Case(
        f"lists-{DEPTH}-deep-in-a-list-of-models",
        lambda: job(metadata=nested_lists(DEPTH)),
        {"$.metadata[0]": T},
        as_text=False,
    ),
    Case(
        f"objects-{DEPTH}-deep-in-protected-settings",
        lambda: pool(
            virtualMachineConfiguration={
                "imageReference": {},
                "nodeAgentSKUId": "n",
                "extensions": [
                    {
                        "name": "e",
                        "publisher": "p",
                        "type": "t",
                        "protectedSettings": nested_dicts(DEPTH),
                    }
                ],
            }
        ),
        {f"{POOL}.virtualMachineConfiguration.extensions[0].protectedSettings.deeper": T},
        as_text=False,
    ),
    # long lists
    Case(
        f"{LONG}-metadata-items",
        lambda: job(metadata=[{"name": f"n{i}", "value": "v"} for i in range(LONG)]),
        {},
    ),
    Case(
        f"{LONG}-bad-metadata-items",
        lambda: job(metadata=list(range(LONG))),
        {"$.metadata[0]": T},
    ),
    Case(f"{LONG}-unknown-items", lambda: job(future=[None] * LONG), {}),
    Case(
        f"{LONG}-image-names",
        lambda: pool(
            virtualMachineConfiguration={
                "imageReference": {},
                "nodeAgentSKUId": "n",
                "containerConfiguration": {
                    "type": "dockerCompatible",
                    "containerImageNames": [f"img{i}" for i in range(LONG)] + [LONG],
                },
            }
        ),
        {f"{IMAGES}[{LONG}]": T},
    ),
    Case(f"{LONG}-keys", lambda: job(**{f"k{i}": i for i in range(LONG)}), {}),
    # discriminators only pick registered subclasses
    *[
        Case(
            f"discriminator-{i}",
            (lambda kind=kind: {"shapes": [{"kind": kind, "radius": 1.0}]}),  # type: ignore[misc]
            {} if isinstance(kind, str) else {"$.shapes[0].kind": T},
            cls=Drawing,
        )
        for i, kind in enumerate(KINDS)
    ],
    # text JSON allows that Python strings do not like
    Case("lone-surrogate", lambda: job(displayName="\ud800", future="\udfff"), {}),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus_case(case: Case) -> None:
    with deadline():
        wire = case.build()
        model = case.cls(wire)
        outcome = exercise(model, wire)
        assert {path: type(e) for path, e in outcome.read_errors.items()} == case.read_errors
        found = {p.path: p.severity for p in outcome.problems}
        for path, severity in case.problems.items():
            assert found.get(path) == severity, outcome.problems
        for path in case.read_errors:
            assert path in found, f"validate missed {path}: {outcome.problems}"
    if case.as_text:
        with deadline():
            text = json.dumps(wire)
            parsed = loads(text, case.cls)
            outcome = exercise(parsed, json.loads(text))
            assert {path: type(e) for path, e in outcome.read_errors.items()} == case.read_errors


def test_messages_of_corpus_errors_name_the_path_and_the_problem() -> None:
    job_ = BatchJob(
        job(constraints={"maxWallClockTime": "P1Y"}, creationTime="2016-12-31T23:59:60Z")
    )
    with pytest.raises(InvalidValueError) as info:
        _ = job_.constraints.max_wall_clock_time  # type: ignore[union-attr]
    assert str(info.value) == (
        "$.constraints.maxWallClockTime: not an ISO 8601 duration"
        " (years and months have no fixed length): 'P1Y'"
    )
    assert (info.value.path, info.value.value) == ("$.constraints.maxWallClockTime", "P1Y")
    with pytest.raises(InvalidValueError, match=r"^\$\.creationTime: not an RFC 3339 datetime"):
        _ = job_.creation_time
    pooled = BatchJob(pool(resizeTimeout="abc"))
    with pytest.raises(InvalidValueError) as info:
        _ = pooled.pool_info.auto_pool_specification.pool.resize_timeout  # type: ignore[union-attr]
    assert str(info.value) == f"{POOL}.resizeTimeout: not an ISO 8601 duration: 'abc'"


def test_discriminator_values_never_run_or_import_anything() -> None:
    drawing = Drawing({"shapes": [{"kind": k} for k in KINDS]})
    assert drawing.shapes is not None
    picked = [type(shape) for shape in drawing.shapes]
    assert picked == [Circle if k == "circle" else Shape for k in KINDS]
    assert type(loads('{"kind": "circle"}', Shape)) is Circle
    assert type(loads('{"kind": "os.system"}', Shape)) is Shape
    assert type(Shape({"kind": "circle"})) is Shape  # a constructor makes its own class
    # No module of the package evaluates or imports by name, except the two that must.
    package = Path(__import__("batchmodels").__file__).parent
    forbidden = re.compile(r"\b(eval|exec|__import__|import_module|find_spec)\(")
    allowed = {
        package / "models" / "__init__.py": "import_module(",  # its own modules, by a table
        package / "_codegen.py": "exec(",  # per-class code made from declarations only
    }
    for source in package.rglob("*.py"):
        found = forbidden.search(source.read_text(encoding="utf-8"))
        if source in allowed:
            assert found is not None and found.group(0) == allowed[source]
            continue
        assert found is None, f"{source.name} calls {found.group(0) if found else ''}"
    import batchmodels.models

    for name in ("os", "sys", "NoSuchModel", "BatchJob.__class__"):
        with pytest.raises(AttributeError):
            getattr(batchmodels.models, name)


def test_models_nested_in_models_10000_deep() -> None:
    with deadline():
        wire = nested_nodes(DEPTH)
        node = Node(wire)
        problems = validate(node)
        assert [p.path for p in problems] == ["$" + ".child" * DEPTH]
        assert same_json(node.as_dict(), wire) and same_json(node.copy().as_dict(), wire)
        assert node == Node(nested_nodes(DEPTH))
        assert same_json(copy.deepcopy(node).as_dict(), wire)
        assert repr(node).startswith("Node(")
        current = node
        for _ in range(DEPTH - 1):
            assert current.child is not None
            current = current.child
        with pytest.raises(InvalidTypeError) as info:
            _ = current.child
        assert info.value.path == "$" + ".child" * DEPTH
        # Every level now holds a decoded child; writing them back needs a frame per level.
        try:
            out = node.as_dict()
        except InvalidValueError as exc:
            assert "nested too deeply" in str(exc)
        else:
            assert same_json(out, wire)
        assert repr(node).startswith("Node(")
        assert problems[0] in validate(node)


# --- the corpus: inputs that cannot make a model ---------------------------------------------

ERRORS: List[Tuple[str, Callable[[], Any], Type[BatchModelError], str]] = [
    ("list", lambda: BatchJob([1, 2]), T, "$"),  # type: ignore[call-overload]
    ("string", lambda: BatchJob("job"), T, "$"),  # type: ignore[call-overload]
    ("number", lambda: BatchJob(1), T, "$"),  # type: ignore[call-overload]
    ("none", lambda: BatchJob(None), T, "$"),  # type: ignore[call-overload]
    ("true", lambda: BatchJob(True), T, "$"),  # type: ignore[call-overload]
    ("text-array", lambda: loads("[]", BatchJob), T, "$"),
    ("text-array-of-jobs", lambda: loads('[{"id": "a"}]', BatchJob), T, "$"),
    ("text-string", lambda: loads('"job"', BatchJob), T, "$"),
    ("text-number", lambda: loads("1e99", BatchJob), T, "$"),
    ("text-1e999", lambda: loads("1e999", BatchJob), V, "$"),
    ("text-nan", lambda: loads('{"priority": NaN}', BatchJob), V, "$.priority"),
    (
        "text-infinity-in-unknown-field",
        lambda: loads('{"future": {"x": [1, -Infinity]}}', BatchJob),
        V,
        "$.future.x[1]",
    ),
    (
        "text-1e400-float",
        lambda: loads('{"stats": {"readIOGiB": 1e400}}', BatchJob),
        V,
        "$.stats.readIOGiB",
    ),
    (
        "text-1e400-list",
        lambda: loads_list('{"value": [{}, {"a": -1e400}]}', BatchJob),
        V,
        "$.value[1].a",
    ),
    ("text-from-json-nan", lambda: BatchJob.from_json('{"a": NaN}'), V, "$.a"),
    (
        "strict-nan",
        lambda: BatchJob.from_json('{"poolInfo": {"poolId": "p"}, "a": NaN}', strict=True),
        ValidationError,
        "$",
    ),
    (
        "strict-1e400",
        lambda: BatchJob.from_json('{"poolInfo": {"poolId": "p"}, "a": 1E+400}', strict=True),
        ValidationError,
        "$",
    ),
    ("text-null", lambda: loads("null", BatchJob), T, "$"),
    ("text-empty", lambda: loads("", BatchJob), V, "$"),
    ("text-broken", lambda: loads('{"id": ', BatchJob), V, "$"),
    ("text-trailing", lambda: loads('{"id": "a"} x', BatchJob), V, "$"),
    ("text-bad-utf8", lambda: loads(b'{"id": "\xff"}', BatchJob), V, "$"),
    ("text-deep", lambda: loads('{"a":' * DEPTH + "1" + "}" * DEPTH, BatchJob), V, "$"),
    ("text-deep-arrays", lambda: loads("[" * DEPTH + "]" * DEPTH, BatchJob), V, "$"),
    ("list-response-not-array", lambda: loads_list('{"value": 3}', BatchJob), T, "$.value"),
    ("list-response-no-array", lambda: loads_list('{"values": []}', BatchJob), T, "$.value"),
    ("list-response-item", lambda: loads_list('{"value": [{}, 2]}', BatchJob), T, "$.value[1]"),
    ("list-bare-item", lambda: loads_list("[[]]", BatchJob), T, "$[0]"),
    ("list-response-string", lambda: loads_list('"x"', BatchJob), T, "$"),
    (
        "strict-bad-value",
        lambda: BatchJob.from_json('{"priority": "x"}', strict=True),
        ValidationError,
        "$",
    ),
    ("strict-array", lambda: BatchJob.from_json("[]", strict=True), ValidationError, "$"),
    (
        "strict-duration-below-timedelta",
        lambda: BatchJob.from_json(
            json.dumps(job(constraints={"maxWallClockTime": "-P999999999DT1S"})), strict=True
        ),
        ValidationError,
        "$",
    ),
]


@pytest.mark.parametrize(
    ("make", "error", "path"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_corpus_error(make: Callable[[], Any], error: Type[BatchModelError], path: str) -> None:
    with deadline():
        with pytest.raises(BatchModelError) as info:
            make()
        assert type(info.value) is error
        assert info.value.path == path
        if isinstance(info.value, ValidationError):
            assert info.value.problems and all(str(p).startswith("$") for p in info.value.problems)
        else:
            assert str(info.value).startswith(path)


def test_a_list_response_of_100000_jobs() -> None:
    with deadline():
        items = [{"id": f"j{i}", "poolInfo": {"poolId": "p"}} for i in range(LONG)]
        jobs = loads_list(json.dumps({"value": items}), BatchJob)
        assert len(jobs) == LONG and jobs[-1].id == f"j{LONG - 1}"
        assert sum(len(validate(j)) for j in jobs[:1000]) == 0


def test_ten_megabytes_of_json_text() -> None:
    with deadline():
        text = json.dumps(job(displayName="é" * (MB10 // 2), future=["x" * 1000] * 5000))
        model = loads(text.encode("utf-8"), BatchJob)
        assert model.display_name is not None and len(model.display_name) == MB10 // 2
        assert dumps(model) == text


def test_bad_input_never_raises_other_exceptions_from_attribute_writes() -> None:
    model = BatchJob(job())
    for attr, value in [
        ("priority", "high"),
        ("priority", 1.5),
        ("constraints", [1]),
        ("metadata", {"a": 1}),
        ("metadata", [1]),
        ("creation_time", "2024-01-01"),
        ("state", 5),
    ]:
        with pytest.raises(BatchModelError) as info:
            setattr(model, attr, value)
        assert info.value.path.startswith("$.")
    assert model.as_dict() == job()


def test_integers_too_long_for_str_are_written_or_refused_in_the_family() -> None:
    try:
        stats = batchmodels.BatchJobStatistics(read_iops=10**5000)
    except InvalidValueError as exc:  # Python 3.11+ limits int -> str conversions
        assert exc.path == "$.readIOps"
    else:
        assert len(stats["readIOps"]) == 5001


def _cases_that(kinds: Sequence[str]) -> List[str]:
    return [c.id for c in CASES if any(k in c.id for k in kinds)]


def test_the_corpus_covers_the_issue() -> None:
    ids = " ".join(c.id for c in CASES) + " " + " ".join(e[0] for e in ERRORS)
    for needed in (
        "array-for",
        "object-for",
        "string-priority",
        "true-priority",
        "nan",
        "infinity",
        "1e30",
        "10mb",
        "datetime-offset",
        "datetime-year-0",
        "datetime-hour-24",
        "datetime-leap-second",
        "duration-years",
        "duration-months",
        "base64-bad",
        f"unknown-fields-{DEPTH}-deep",
        f"{LONG}-metadata-items",
        "text-array",
    ):
        assert needed in ids, needed
    assert len(_cases_that(["datetime-"])) >= 10


@pytest.mark.parametrize("text", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00"])
def test_datetimes_beyond_the_utc_range_move_between_models_unchanged(text: str) -> None:
    source = BatchJob(job(creationTime=text))
    target = BatchJob(job())
    target.creation_time = source.creation_time
    assert target["creationTime"] == text
    assert target.creation_time == source.creation_time
    assert validate(target) == []


class Hostile(Model):
    """Wire names that would be code if generated source pasted them unquoted."""

    quote: Optional[str] = rest_field(name='x"); import os; os.system("exit 3"); ("')
    newline: Optional[int] = rest_field(name="a\nraise SystemExit\n")
    brace: Optional[str] = rest_field(name="{__import__('os')}")


def test_generated_code_takes_wire_names_as_data() -> None:
    wire = {
        'x"); import os; os.system("exit 3"); ("': "q",
        "a\nraise SystemExit\n": 7,
        "{__import__('os')}": "b",
    }
    model = Hostile(wire)
    assert (model.quote, model.newline, model.brace) == ("q", 7, "b")
    assert Hostile(quote="q", newline=7, brace="b").as_dict() == wire
