"""``upgrade``: the bodies of one file of an older API version as 2025-06-01 bodies. The
body goes to stdout (a JSON array when the file holds several); each change is named on
stderr, one line each."""

from __future__ import annotations

import argparse
import sys
from typing import Any, List

from .._apiversions import CURRENT, require_version
from .._upgrade import upgrade
from ._input import load, model_named
from ._output import EXIT_OK, Unusable, visible, write_json

__all__ = ["cmd_upgrade"]


def cmd_upgrade(args: argparse.Namespace) -> int:
    label, found = load(args.file, model_named(args.type))
    bodies = [b for b in found if b.problem is None]
    out: List[Any] = []
    for body in bodies:
        version = args.api_version or body.api_version
        if version is None:
            raise Unusable(label, "give --api-version: the body names no API version")
        try:
            require_version(version)
        except ValueError as exc:
            raise Unusable(label, str(exc)) from None
        result = upgrade(body.value, body.model, api_version=version)
        for change in result.changes:
            path = body.where + change.path[1:]
            sys.stderr.write(visible(f"{label}: {path}: {change.kind}: {change.detail}") + "\n")
        out.append(result.body.as_dict())
    write_json(sys.stdout, out[0] if len(out) == 1 else out, args.compact)
    return EXIT_OK


HELP = f"print the {CURRENT} body of a body of an older API version"
