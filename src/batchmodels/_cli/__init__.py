"""The ``batchmodels`` command: check, request, show and schema for Batch job JSON.

One module per command; ``_input`` reads files and finds jobs, ``_table`` renders ``show``.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from .._version import __version__
from ._input import EXIT_PROBLEMS, EXIT_UNUSABLE, Unusable, find_jobs
from .check import cmd_check
from .request import cmd_request
from .schema import cmd_schema
from .show import cmd_show

__all__ = ["build_parser", "find_jobs", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``batchmodels`` command."""
    parser = argparse.ArgumentParser(
        prog="batchmodels",
        description="Check, show and turn Azure Batch job JSON into request bodies.",
        epilog="Exit status: 0 success, 1 problems found, 2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"batchmodels {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    check = sub.add_parser(
        "check",
        help="validate job JSON files",
        description=(
            "Validate jobs: a job object, a list response {'value': [...]}, or a REST example"
            " file with parameters/responses. Prints 'FILE: $.path: message' per problem."
        ),
    )
    check.add_argument("files", nargs="*", metavar="FILE", help="a JSON file, or - for stdin")
    check.add_argument("--example", action="store_true", help="also check the shipped example")
    check.add_argument("--json", action="store_true", help="print one JSON report on stdout")
    check.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    check.set_defaults(func=cmd_check)

    request = sub.add_parser(
        "request",
        help="print the PUT (or PATCH) request body of a job",
        description=(
            "Print the replace (PUT) body of a job: read-only fields removed, everything else"
            " as received. With --patch OLD NEW: the PATCH body that turns OLD into NEW."
        ),
    )
    request.add_argument("files", nargs="*", metavar="FILE", help="a JSON file, or - for stdin")
    request.add_argument("--patch", action="store_true", help="print the PATCH body of OLD NEW")
    request.add_argument("--example", action="store_true", help="use the shipped example")
    request.add_argument("--compact", action="store_true", help="no indentation")
    request.set_defaults(func=cmd_request)

    show = sub.add_parser(
        "show",
        help="print a summary table of a job",
        description="Print a job as an aligned table (secrets masked, times in UTC and local).",
    )
    show.add_argument("file", nargs="?", metavar="FILE", help="a JSON file, or - for stdin")
    show.add_argument("--example", action="store_true", help="show the shipped example")
    show.add_argument(
        "--attributes", action="store_true", help="print JSON keyed by attribute names"
    )
    show.set_defaults(func=cmd_show)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of BatchJob",
        description="Print a JSON Schema (draft 2020-12) of BatchJob built from the models.",
    )
    schema.add_argument("--compact", action="store_true", help="no indentation")
    schema.set_defaults(func=cmd_schema)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except Unusable as exc:
        sys.stderr.write(f"batchmodels: {exc}\n")
        return EXIT_UNUSABLE
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    return code
