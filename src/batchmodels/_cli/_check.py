"""``check``: validate every body of every input, one file at a time."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from .._apiversions import CURRENT, OLD_VERSIONS, check_version, require_version
from .._errors import BatchModelError
from .._validate import validate
from ._input import (
    Body,
    NoBody,
    NotAList,
    expand_directories,
    inputs,
    iter_bodies,
    load,
    model_named,
    streams,
)
from ._output import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_UNUSABLE,
    Counter,
    Progress,
    Unusable,
    plural,
    visible,
    write_json,
)

__all__ = ["PROGRESS_BODIES", "PROGRESS_FILES", "cmd_check", "check_body"]

PROGRESS_BODIES = 1000
"""Show progress on stderr for a file of at least this many bodies..."""
PROGRESS_FILES = 20
"""...or when at least this many files are read."""

Problem = Dict[str, str]


def check_body(body: Body, api_version: str = CURRENT) -> Iterator[Tuple[str, str, str]]:
    """``(path, severity, message)`` for each problem of one body, by the rules of the API
    version its REST example names, else of ``api_version``. A version this package does
    not describe (2024-07-01.20.0...) is checked by today's rules."""
    where = body.where
    if body.problem is not None:
        yield where, "error", body.problem
        return
    version = body.api_version or api_version
    version = version if version in OLD_VERSIONS else CURRENT
    partial = body.model.__name__.endswith("UpdateOptions")
    if body.old_model is not None and version != CURRENT:
        for path, message, severity in check_version(body.value, body.old_model, version):
            yield where + path[1:], severity, message
        return
    try:
        found = validate(body.model(body.value), partial=partial, api_version=version)
    except BatchModelError as exc:  # validation reports problems; this is a safety net
        yield where + exc.path[1:], "error", exc.reason
        return
    for problem in found:
        yield where + str(problem.path)[1:], str(problem.severity), str(problem.message)


class _File:
    """The outcome of checking one input. Problems are counted and handed to ``emit`` as
    they are found (kept only for ``--json``), so memory stays bounded however many."""

    def __init__(self, emit: Optional[Callable[[Problem], None]]) -> None:
        self.bodies = 0
        self.errors = 0
        self.warnings = 0
        self.names: set[str] = set()
        self.emit = emit
        self.problems: List[Problem] = []
        self.unusable: List[Unusable] = []
        self.no_body = False

    def add(self, body: Body, api_version: str) -> None:
        self.bodies += 1
        self.names.add(body.model.__name__)
        for path, severity, message in check_body(body, api_version):
            if severity == "warning":
                self.warnings += 1
            else:
                self.errors += 1
            problem = {"file": body.label, "path": path, "severity": severity, "message": message}
            if self.emit is None:
                self.problems.append(problem)
            else:
                self.emit(problem)

    def restart(self) -> _File:
        return _File(self.emit)


def _check_file(
    path: str, args: argparse.Namespace, progress: bool, emit: Optional[Callable[[Problem], None]]
) -> _File:
    model = model_named(args.type)
    jsonl = args.jsonl or path.endswith(".jsonl")
    result = _File(emit)
    reading = Progress(sys.stderr, progress)
    shown = [0]

    def on_read(done: int, size: int) -> None:  # while a large file is parsed
        step = done * 20 // max(size, 1)
        if step > shown[0] or done >= size:
            shown[0] = step
            checked = plural(result.bodies, "body").replace("bodys", "bodies")
            mb = f"{done / 1e6:.0f}/{size / 1e6:.0f} MB"
            line = visible(f"read {mb} of {path}, checked {checked}")
            reading.line(line, last=done >= size)

    try:
        items: Iterable[Any] = iter_bodies(path, model, jsonl, on_read)
        try:
            version = args.api_version
            _add_all(result, items if streams(path, jsonl) else list(items), progress, version)
        except NotAList:  # a large file that is no list after all: read it whole
            result = result.restart()
            _add_all(result, load(path, model)[1], progress, args.api_version)
    except NoBody:
        result = result.restart()
        result.no_body = True
    except Unusable as exc:
        result = result.restart()
        result.unusable.append(exc)
    return result


def _add_all(result: _File, items: Iterable[Any], progress: bool, api_version: str) -> None:
    total = len(items) if isinstance(items, list) else 0
    jobs = total and all(isinstance(i, Body) and i.model.__name__ == "BatchJob" for i in items)
    noun = "jobs" if jobs else "bodies"
    counter = Counter(sys.stderr, "checked", noun, total, progress and total >= PROGRESS_BODIES)
    for item in items:
        if isinstance(item, Unusable):
            result.unusable.append(item)
            continue
        result.add(item, api_version)
        counter.update(result.bodies)


def cmd_check(args: argparse.Namespace) -> int:
    try:
        require_version(args.api_version)
    except ValueError as error:
        raise Unusable("--api-version", str(error)) from None
    paths = expand_directories(inputs(args.files, args.example, "check"))
    out, err = sys.stdout, sys.stderr
    many = len(paths) >= PROGRESS_FILES
    files = Counter(err, "read", "files", len(paths), not args.quiet and many)
    problems: List[Problem] = []  # kept for --json only
    unusable: List[Unusable] = []
    bodies = no_body = errors = warnings = 0
    names: set[str] = set()

    def show(p: Problem) -> None:
        note = "warning: " if p["severity"] == "warning" else ""
        out.write(visible(f"{p['file']}: {p['path']}: {note}{p['message']}") + "\n")

    for n, path in enumerate(paths, 1):
        result = _check_file(path, args, not args.quiet and not many, None if args.json else show)
        bodies += result.bodies
        no_body += result.no_body
        errors += result.errors
        warnings += result.warnings
        names |= result.names
        problems.extend(result.problems)
        unusable.extend(result.unusable)
        if not args.json:
            for exc in result.unusable:
                err.write(visible(str(exc)) + "\n")
        files.update(n)

    failed = errors > 0 or (args.strict and warnings > 0)
    code = EXIT_UNUSABLE if unusable else EXIT_PROBLEMS if failed else EXIT_OK
    noun = "job" if names <= {"BatchJob"} else "body"
    if args.json:
        report = {
            "ok": code == EXIT_OK,
            "files": len(paths),
            "bodies": bodies,
            "jobs": bodies,
            "errors": errors,
            "warnings": warnings,
            "problems": problems,
            "unusable": [{"file": u.label, "message": u.message} for u in unusable],
            "no_body": no_body,
        }
        write_json(out, report, compact=False)
    elif not args.quiet:
        found = "no problems" if not errors + warnings else _counts(errors, warnings)
        skipped = f", {plural(len(unusable), 'input')} unusable" if unusable else ""
        skipped += f", {plural(no_body, 'file')} without a body" if no_body else ""
        what = plural(bodies, noun).replace("bodys", "bodies")
        err.write(f"checked {what} in {plural(len(paths), 'file')}: {found}{skipped}\n")
    return code


def _counts(errors: int, warnings: int) -> str:
    parts = []
    if errors:
        parts.append(plural(errors, "error"))
    if warnings:
        parts.append(plural(warnings, "warning"))
    return ", ".join(parts)
