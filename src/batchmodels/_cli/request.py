"""``batchmodels request``: the PUT body of a job, or the PATCH body between two."""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any, Dict, Tuple

from .._errors import format_path
from .._requests import LeftOutReason, update_body
from ..models import BatchJob, BatchJobUpdateOptions
from ._input import EXIT_OK, Unusable, inputs, json_kind, load_jobs, write_json

__all__ = ["cmd_request", "patch_body"]


def _one_job(path: str) -> Tuple[str, Dict[str, Any]]:
    label, jobs = load_jobs(path)
    if len(jobs) != 1:
        raise Unusable(label, f"holds {len(jobs)} jobs; give a file with one job")
    loc, body = jobs[0]
    if type(body) is not dict:
        raise Unusable(label, f"{format_path(loc)}: expected a job object, got {json_kind(body)}")
    return label, body


def cmd_request(args: argparse.Namespace) -> int:
    if args.patch:
        if args.example or len(args.files) != 2:
            raise Unusable("request", "--patch needs two files: OLD NEW")
        _, old = _one_job(args.files[0])
        _, new = _one_job(args.files[1])
        write_json(sys.stdout, patch_body(old, new, sys.stderr), args.compact)
        return EXIT_OK
    paths = inputs(args.files, args.example, "request")
    if len(paths) != 1:
        raise Unusable("request", "give one FILE (or --patch OLD NEW)")
    _, body = _one_job(paths[0])
    write_json(sys.stdout, BatchJob(body).as_dict(exclude_readonly=True), args.compact)
    return EXIT_OK


def patch_body(old: Dict[str, Any], new: Dict[str, Any], notes: IO[str]) -> Dict[str, Any]:
    """The PATCH body that turns job ``old`` into ``new`` (both wire dicts): see
    :func:`batchmodels.update_body`. What it leaves out is reported on ``notes``."""
    result = update_body(BatchJob(old), BatchJob(new), BatchJobUpdateOptions)
    for item in result.left_out:
        path = item.path[2:] if item.path.startswith("$.") else item.path
        notes.write(f"note: {path} {_LEFT_OUT_NOTES[item.reason]}\n")
    return result.body.as_dict()


_LEFT_OUT_NOTES: Dict[LeftOutReason, str] = {
    "read-only": "is read-only; its change is not part of a PATCH",
    "not updatable": "cannot be updated; its change is not part of a PATCH",
    "not declared": "is not a field this version knows; change left out",
}
