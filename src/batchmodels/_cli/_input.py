"""Reading input for every command: files, stdin or the packaged example, and the jobs in them."""

from __future__ import annotations

import json
import sys
from typing import IO, Any, Dict, List, Tuple

from .._errors import Location, json_type_name
from .._jsontext import parse_json
from .._operations import operation

__all__ = [
    "EXAMPLE_LABEL",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_UNUSABLE",
    "STDIN_LABEL",
    "Unusable",
    "find_jobs",
    "inputs",
    "json_kind",
    "load_jobs",
    "read_json",
    "write_json",
]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2

EXAMPLE_LABEL = "<example>"
STDIN_LABEL = "<stdin>"


class Unusable(Exception):
    """An input the command cannot use at all (unreadable, not JSON, no job in it)."""

    def __init__(self, label: str, message: str) -> None:
        super().__init__(f"{label}: {message}")
        self.label = label
        self.message = message


def read_json(path: str) -> Tuple[str, Any]:
    """Read and parse one input: a file name, ``-`` for stdin or the example's label."""
    if path == EXAMPLE_LABEL:
        from importlib import resources

        raw = resources.files("batchmodels").joinpath("example_job.json").read_bytes()
        label = EXAMPLE_LABEL
    elif path == "-":
        label = STDIN_LABEL
        raw = sys.stdin.buffer.read()
    else:
        label = path
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            raise Unusable(label, f"cannot read: {exc.strerror or exc}") from None
    try:
        return label, parse_json(raw)
    except RecursionError:
        raise Unusable(label, "not JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, NaN, huge integers
        raise Unusable(label, f"not JSON: {exc}") from None


def find_jobs(doc: Any) -> List[Tuple[Location, Any]]:
    """The job bodies in a parsed document, each with its location in the document.

    A document is a job object; a list response ``{"value": [...]}`` or a bare array; a
    job schedule (its ``jobSpecification``); or a REST example file with ``parameters``
    (a ``job`` or a schedule's ``jobSpecification``) and ``responses`` (2xx bodies).
    """
    if type(doc) is list:
        return [((None, i), item) for i, item in enumerate(doc)]
    if type(doc) is not dict:
        return []
    if "responses" in doc or ("parameters" in doc and type(doc["parameters"]) is dict):
        return _example_jobs(doc)
    return _body_jobs(doc, None)


def _body_jobs(body: Dict[str, Any], loc: Location) -> List[Tuple[Location, Any]]:
    value = body.get("value")
    if type(value) is list and not ("poolInfo" in body or "id" in body):
        out: List[Tuple[Location, Any]] = []
        for i, item in enumerate(value):
            item_loc = ((loc, "value"), i)
            spec = item.get("jobSpecification") if type(item) is dict else None
            if type(spec) is dict:
                out.append(((item_loc, "jobSpecification"), spec))
            else:
                out.append((item_loc, item))
        return out
    spec = body.get("jobSpecification")
    if type(spec) is dict:
        return [((loc, "jobSpecification"), spec)]
    return [(loc, body)]


# Models whose bodies hold a job (schedules: in their ``jobSpecification``).
_JOB_BODIES = {
    "BatchJob",
    "BatchJobCreateOptions",
    "BatchJobUpdateOptions",
    "BatchJobSchedule",
    "BatchJobScheduleCreateOptions",
    "BatchJobScheduleUpdateOptions",
}


def _example_jobs(doc: Dict[str, Any]) -> List[Tuple[Location, Any]]:
    out: List[Tuple[Location, Any]] = []
    name = doc.get("operationId")
    op = operation(name) if type(name) is str else None
    params = doc.get("parameters")
    if op is not None and op.request not in _JOB_BODIES:
        params = None  # the operation's request body is no job (a pool, a task...)
    responses = doc.get("responses")
    if op is not None and op.response not in _JOB_BODIES:
        responses = None
    if type(params) is dict:
        for key, value in params.items():
            if type(value) is not dict:
                continue
            loc: Location = ((None, "parameters"), key)
            if type(value.get("jobSpecification")) is dict:
                out.append(((loc, "jobSpecification"), value["jobSpecification"]))
            elif "job" in key.lower() and "schedule" not in key.lower():
                out.append((loc, value))
    if type(responses) is dict:
        for code, response in responses.items():
            if not str(code).startswith("2") or type(response) is not dict:
                continue
            body = response.get("body")
            if type(body) is dict and body:
                out.extend(_body_jobs(body, (((None, "responses"), code), "body")))
    return out


def json_kind(value: Any) -> str:
    """``an object``, ``a string``, ``null``...: the JSON type with its article."""
    name = json_type_name(value)
    if name == "null":
        return name
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def load_jobs(path: str) -> Tuple[str, List[Tuple[Location, Any]]]:
    label, doc = read_json(path)
    jobs = find_jobs(doc)
    if not jobs:
        raise Unusable(
            label,
            f"no job found in {json_kind(doc)}"
            " (expected a job object, a list response or a REST example file)",
        )
    return label, jobs


def write_json(out: IO[str], value: Any, compact: bool) -> None:
    """Write ``value`` as JSON text, as-is where the stream can encode it, else escaped."""
    layout: Dict[str, Any] = {"separators": (",", ":")} if compact else {"indent": 2}
    text = json.dumps(value, ensure_ascii=False, **layout)
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(value, ensure_ascii=True, **layout)
    out.write(text + "\n")


def inputs(files: List[str], example: bool, command: str) -> List[str]:
    paths = list(files)
    if example:
        paths.append(EXAMPLE_LABEL)
    if not paths:
        raise Unusable(command, "no input: give FILE, - for stdin, or --example")
    return paths
