"""Fidelity checks run before timing: does text -> models -> text give the input back?"""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, List, Optional, Tuple

from impls import Impl, first_error
from inputs import UNLIMITED, Templates
from schema import TREE, slots_by_wire

__all__ = ["PROBES", "check_fidelity", "first_difference"]

FRACTION = "2016-11-19T00:05:27.5391608Z"
_JOB = TREE[-1]


def _ordered(value: Any) -> Any:
    """A form of JSON data whose ``==`` also compares key order."""
    if type(value) is dict:
        return [(k, _ordered(v)) for k, v in value.items()]
    if type(value) is list:
        return [_ordered(v) for v in value]
    return value


def first_difference(a: Any, b: Any, path: str = "$") -> str:
    """The JSON path of the first place where ``a`` and ``b`` differ (list indexes as [])."""
    if type(a) is dict and type(b) is dict:
        for key in list(a) + [k for k in b if k not in a]:
            if key not in a or key not in b:
                return f"{path}.{key} ({'dropped' if key in a else 'added'})"
            if a[key] != b[key]:
                return first_difference(a[key], b[key], f"{path}.{key}")
        return path + " (order)"
    if type(a) is list and type(b) is list:
        if len(a) != len(b):
            return f"{path} (length)"
        for x, y in zip(a, b):
            if x != y:
                return first_difference(x, y, path + "[]")
    return f"{path}: {json.dumps(a)[:40]} -> {json.dumps(b)[:40]}"


_TIME_KINDS = ("datetime", "duration")


def time_only_differences(a: Any, b: Any, cls: type) -> Optional[List[str]]:
    """Paths where job data ``a`` and ``b`` differ, if every one is a datetime or duration
    field (so only the text of a time changed); ``None`` if anything else differs."""
    out: List[str] = []

    def walk(x: Any, y: Any, model: type, path: str) -> bool:
        if type(x) is not dict or type(y) is not dict or set(x) != set(y):
            return False
        table = slots_by_wire(model)
        for key in x:
            u, v = x[key], y[key]
            if u == v:
                continue
            slot = table.get(key)
            if slot is None:
                return False
            kind = slot.kind
            if kind.item in _TIME_KINDS and type(u) is str and type(v) is str:
                out.append(f"{path}.{key}")
                continue
            if kind.item != "model" or kind.cls is None:
                return False
            if kind.shape == "one":
                if not walk(u, v, kind.cls, f"{path}.{key}"):
                    return False
            elif type(u) is list and type(v) is list and len(u) == len(v):
                for p, q in zip(u, v):
                    if not walk(p, q, kind.cls, f"{path}.{key}[]"):
                        return False
            else:
                return False
        return True

    return out if walk(a, b, cls, "$") else None


def compare_jobs(expected: List[Any], got: List[Any]) -> Dict[str, Any]:
    """Counts of equal jobs, jobs equal up to time text, and where the others differ."""
    equal = ordered = time_only = 0
    places: Dict[str, int] = {}
    time_places: Dict[str, int] = {}
    for a, b in zip(expected, got):
        if a == b:
            equal += 1
            ordered += _ordered(a) == _ordered(b)
            continue
        times = time_only_differences(a, b, _JOB)
        if times is not None:
            time_only += 1
            for where in times:
                time_places[where] = time_places.get(where, 0) + 1
            continue
        where = first_difference(a, b).split(":")[0]
        places[where] = places.get(where, 0) + 1
    return {
        "jobs": len(expected),
        "equal": equal,
        "equal_with_key_order": ordered,
        "time_text_only": time_only,
        "time_fields": _top(time_places),
        "differences": _top(places),
    }


def _top(counts: Dict[str, int]) -> List[str]:
    return [f"{p} (x{n})" for p, n in sorted(counts.items(), key=lambda kv: -kv[1])[:4]]


def _round_trip(impl: Impl, text: str, read_first: bool) -> Dict[str, Any]:
    source = json.loads(text)["value"]
    jobs = impl.parse(text)
    if read_first:
        impl.read(jobs)
    return compare_jobs(source, [json.loads(t) for t in impl.dump_each(jobs)])


def _agreement(impl: Impl, reference: Impl, text: str) -> Dict[str, Dict[str, Any]]:
    """Whether W4 bodies and W5 jobs equal those of the plain-JSON reference."""
    out: Dict[str, Dict[str, Any]] = {}
    want = reference.replace_input(reference.parse(text))
    got = impl.dump_replace_each(impl.replace_input(impl.parse(text)))
    out["W4"] = compare_jobs(want, [json.loads(t) for t in got])
    want = reference.build(reference.build_inputs(20, 7))
    built = impl.build(impl.build_inputs(20, 7))
    got = built if impl is reference else [json.loads(t) for t in impl.dump_each(built)]
    out["W5"] = compare_jobs(want, got)
    return out


def _probe_text(job: Dict[str, Any]) -> str:
    return json.dumps({"value": [job]})


def _probe(impl: Impl, job: Dict[str, Any], pick: Any, expect: Any) -> str:
    """``kept``, ``changed to <value>`` or ``error (<what was raised>)``."""
    result: List[Any] = []

    def run() -> None:
        jobs = impl.parse(_probe_text(job))
        result.append(json.loads(impl.dump_each(jobs)[0]))

    error = first_error(run)
    if error is not None:
        return f"error ({error})"
    got = pick(result[0])
    return "kept" if got == expect else f"changed to {json.dumps(got)}"


def _probes(base: Dict[str, Any]) -> List[Tuple[str, Dict[str, Any], Any, Any]]:
    fraction = copy.deepcopy(base)
    fraction["lastModified"] = FRACTION
    unlimited = copy.deepcopy(base)
    unlimited["constraints"] = {"maxWallClockTime": UNLIMITED, "maxTaskRetryCount": 0}
    unknown_field = copy.deepcopy(base)
    unknown_field["newerApiField"] = {"added": ["in", "a", "newer", "API"]}
    unknown_enum = copy.deepcopy(base)
    unknown_enum["state"] = "suspended"
    return [
        ("7-digit fraction verbatim", fraction, lambda d: d.get("lastModified"), FRACTION),
        (
            "P10675199DT2H48M5.4775807S verbatim",
            unlimited,
            lambda d: (d.get("constraints") or {}).get("maxWallClockTime"),
            UNLIMITED,
        ),
        (
            "unknown field kept",
            unknown_field,
            lambda d: d.get("newerApiField"),
            unknown_field["newerApiField"],
        ),
        ("unknown enum value kept", unknown_enum, lambda d: d.get("state"), "suspended"),
    ]


PROBES = [name for name, *_ in _probes({})]


def check_fidelity(impls: Dict[str, Impl], text: str, templates: Templates) -> Dict[str, Any]:
    """Round trips of ``text`` (as parsed, and after reading every field) and the probes."""
    report: Dict[str, Any] = {}
    for name, impl in impls.items():
        entry: Dict[str, Any] = {}
        for key, read_first in (("round_trip", False), ("round_trip_after_read", True)):
            outcome: Dict[str, Any] = {}
            error = first_error(lambda: outcome.update(_round_trip(impl, text, read_first)))  # noqa: B023
            entry[key] = outcome if error is None else {"error": error}
        reference = impls.get("json")
        if reference is not None:
            agreement: Dict[str, Any] = {}
            error = first_error(lambda: agreement.update(_agreement(impl, reference, text)))  # noqa: B023
            entry["agreement"] = agreement if error is None else {"error": error}
        entry["probes"] = {
            label: _probe(impl, job, pick, expect)
            for label, job, pick, expect in _probes(templates.typical)
        }
        report[name] = entry
    return report
