"""``batchmodels check``: validate job JSON files."""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any, Dict, Iterator, List, Tuple

from .._errors import BatchModelError, Location, format_path
from .._validate import validate
from ..models import BatchJob
from ._input import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_UNUSABLE,
    Unusable,
    inputs,
    json_kind,
    load_jobs,
    write_json,
)
from ._table import plural

__all__ = ["PROGRESS_FILES", "PROGRESS_JOBS", "cmd_check"]

PROGRESS_JOBS = 1000
"""Show progress on stderr when at least this many jobs are checked..."""
PROGRESS_FILES = 20
"""...or at least this many files are read."""


class _Progress:
    """``checked 1200/5000 jobs`` lines on stderr (rewritten in place on a terminal)."""

    def __init__(self, stream: IO[str], total: int, noun: str, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.noun = noun
        self.enabled = enabled and total > 0
        self.step = max(1, total // 20) if noun == "files" else 100 * max(1, -(-total // 2000))
        self.tty = _isatty(stream)
        self.verb = "read" if noun == "files" else "checked"

    def update(self, done: int) -> None:
        if self.enabled and (done % self.step == 0 or done == self.total):
            line = f"{self.verb} {done}/{self.total} {self.noun}"
            if self.tty:
                end = "\n" if done == self.total else ""
                self.stream.write(f"\r{line}{end}")
            else:
                self.stream.write(line + "\n")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def cmd_check(args: argparse.Namespace) -> int:
    paths = inputs(args.files, args.example, "check")
    err = sys.stderr
    show_progress = not args.quiet
    loaded: List[Tuple[str, List[Tuple[Location, Any]]]] = []
    unusable: List[Unusable] = []
    reading = _Progress(err, len(paths), "files", show_progress and len(paths) >= PROGRESS_FILES)
    for n, path in enumerate(paths, 1):
        try:
            loaded.append(load_jobs(path))
        except Unusable as exc:
            unusable.append(exc)
            if not args.json:
                err.write(f"{exc}\n")
        reading.update(n)

    total = sum(len(jobs) for _, jobs in loaded)
    checking = _Progress(
        err,
        total,
        "jobs",
        show_progress and (total >= PROGRESS_JOBS or len(paths) >= PROGRESS_FILES),
    )
    problems: List[Dict[str, str]] = []
    done = 0
    for label, jobs in loaded:
        for loc, body in jobs:
            for path, severity, message in _check_one(loc, body):
                problems.append(
                    {"file": label, "path": path, "severity": severity, "message": message}
                )
                if not args.json:
                    note = "warning: " if severity == "warning" else ""
                    sys.stdout.write(f"{label}: {path}: {note}{message}\n")
            done += 1
            checking.update(done)

    errors = sum(1 for p in problems if p["severity"] != "warning")
    warnings = len(problems) - errors
    failed = errors > 0 or (args.strict and warnings > 0)
    code = EXIT_UNUSABLE if unusable else EXIT_PROBLEMS if failed else EXIT_OK
    if args.json:
        report = {
            "ok": code == EXIT_OK,
            "files": len(paths),
            "jobs": total,
            "errors": errors,
            "warnings": warnings,
            "problems": problems,
            "unusable": [{"file": u.label, "message": u.message} for u in unusable],
        }
        write_json(sys.stdout, report, compact=False)
    elif not args.quiet:
        found = "no problems" if not problems else _counts(errors, warnings)
        skipped = f", {plural(len(unusable), 'file')} unusable" if unusable else ""
        err.write(
            f"checked {plural(total, 'job')} in {plural(len(paths), 'file')}: {found}{skipped}\n"
        )
    return code


def _counts(errors: int, warnings: int) -> str:
    parts = []
    if errors:
        parts.append(plural(errors, "error"))
    if warnings:
        parts.append(plural(warnings, "warning"))
    return ", ".join(parts)


def _check_one(loc: Location, body: Any) -> Iterator[Tuple[str, str, str]]:
    """``(path, severity, message)`` for each problem of one job body."""
    where = format_path(loc)
    if type(body) is not dict:
        yield where, "error", f"expected a job object, got {json_kind(body)}"
        return
    try:
        found = validate(BatchJob(body))
    except BatchModelError as exc:  # validation reports problems; this is a safety net
        yield where + exc.path[1:], "error", exc.reason
        return
    for problem in found:
        yield where + str(problem.path)[1:], str(problem.severity), str(problem.message)
