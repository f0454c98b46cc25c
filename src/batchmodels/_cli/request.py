"""``batchmodels request``: the PUT body of a job, or the PATCH body between two."""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any, Dict, Tuple

from .._codecs import equal_json
from .._errors import format_path
from .._model import fields
from ..models import BatchJob
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
    """The PATCH body that turns job ``old`` into ``new`` (both wire dicts).

    Only updatable (not read-only) top-level fields take part; a changed one is carried
    whole, a removed one as ``null``. Changes to read-only or unknown fields are reported
    on ``notes`` and left out.
    """
    body: Dict[str, Any] = {}
    known = set()
    for field in fields(BatchJob):
        key = field.wire
        known.add(key)
        if not _changed(old, new, key):
            continue
        if field.readonly:
            notes.write(f"note: {key} is read-only; its change is not part of a PATCH\n")
        elif key in new and new[key] is not None:
            body[key] = new[key]
        else:
            body[key] = None
    for key in [*old, *(k for k in new if k not in old)]:
        if key not in known and _changed(old, new, key):
            notes.write(f"note: {key} is not a field this version knows; change left out\n")
    return body


def _changed(old: Dict[str, Any], new: Dict[str, Any], key: str) -> bool:
    missing = object()
    a, b = old.get(key, missing), new.get(key, missing)
    if a is None:
        a = missing
    if b is None:
        b = missing
    if a is missing or b is missing:
        return a is not b
    return not equal_json(a, b)
