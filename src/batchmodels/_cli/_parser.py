"""The argument parser of the ``batchmodels`` command."""

from __future__ import annotations

import argparse

from .._apiversions import CURRENT
from ._check import cmd_check
from ._input import DEFAULT_MODEL
from ._migrate import cmd_migrate
from ._request import cmd_request
from ._schema import cmd_schema
from ._show import cmd_show
from ._upgrade import cmd_upgrade

__all__ = ["build_parser"]

_TYPE_HELP = (
    "the model of a body that is not in a REST example file (default BatchJob), any model"
    " name such as BatchJobCreateOptions, BatchJobSchedule or BatchPool"
)


def _columns(value: str) -> int:
    """A ``--width``: a whole number of columns, 0 or more."""
    try:
        columns = int(value)
    except ValueError:
        columns = -1
    if columns < 0:
        raise argparse.ArgumentTypeError(f"not a number of columns: {value!r}")
    return columns


def _type_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--type", metavar="NAME", default=DEFAULT_MODEL, help=_TYPE_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``batchmodels`` command."""
    from .._version import __version__

    parser = argparse.ArgumentParser(
        prog="batchmodels",
        description="Check, show and turn Azure Batch JSON into request bodies.",
        epilog="Exit status: 0 success, 1 problems found, 2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"batchmodels {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    check = sub.add_parser(
        "check",
        help="validate JSON files",
        description=(
            "Validate bodies: a body object, a list response {'value': [...]}, a bare array,"
            " JSON Lines (one document per line), or a REST example file with"
            " parameters/responses. Prints 'FILE: $.path: message' per problem."
        ),
    )
    check.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a JSON file, a directory (its *.json and *.jsonl files at any depth), or - for stdin",
    )
    check.add_argument("--example", action="store_true", help="also check the shipped example")
    check.add_argument("--json", action="store_true", help="print one JSON report on stdout")
    check.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    check.add_argument(
        "--jsonl", action="store_true", help="read JSON Lines (implied by a .jsonl name)"
    )
    check.add_argument(
        "--api-version",
        metavar="V",
        default=CURRENT,
        help=f"the API version of bodies outside REST example files (default {CURRENT});"
        " a REST example file's own api-version parameter wins",
    )
    _type_option(check)
    check.set_defaults(func=cmd_check)

    request = sub.add_parser(
        "request",
        help="print the request body of a job (replace, create or PATCH)",
        description=(
            "Print the replace (PUT) body of a body: read-only fields removed (each named on"
            " stderr), everything else as received. --create: the create body (a job's"
            " BatchJobCreateOptions). --patch OLD NEW: the PATCH body that turns OLD into NEW."
        ),
    )
    request.add_argument("files", nargs="*", metavar="FILE", help="a JSON file, or - for stdin")
    mode = request.add_mutually_exclusive_group()
    mode.add_argument("--patch", action="store_true", help="print the PATCH body of OLD NEW")
    mode.add_argument("--create", action="store_true", help="print the create body")
    request.add_argument("--example", action="store_true", help="use the shipped example")
    request.add_argument("--compact", action="store_true", help="no indentation")
    _type_option(request)
    request.set_defaults(func=cmd_request)

    show = sub.add_parser(
        "show",
        help="print a summary table of a job, schedule or any body",
        description=(
            "Print a body as an aligned table: jobs, job schedules and their create bodies"
            " by topic, any other model field by field. Secrets are masked, control"
            " characters escaped, times in UTC and local."
        ),
    )
    show.add_argument("file", nargs="?", metavar="FILE", help="a JSON file, or - for stdin")
    show.add_argument("--example", action="store_true", help="show the shipped example")
    show.add_argument(
        "--attributes", action="store_true", help="print JSON keyed by attribute names"
    )
    show.add_argument(
        "--jsonl", action="store_true", help="read JSON Lines (implied by a .jsonl name)"
    )
    show.add_argument(
        "--width",
        type=_columns,
        metavar="N",
        help="wrap long values to N columns (default: the terminal's width; 0: never)",
    )
    _type_option(show)
    show.set_defaults(func=cmd_show)

    up = sub.add_parser(
        "upgrade",
        help=f"print the {CURRENT} body of an older API version's body",
        description=(
            f"Print FILE's body as a {CURRENT} body: fields the API no longer has left out,"
            " JSON-text VM extension settings turned into objects, everything else as it was."
            " Each change goes to stderr as 'FILE: $.path: kind: detail'. The version is the"
            " REST example file's api-version parameter, or --api-version."
        ),
    )
    up.add_argument("file", metavar="FILE", help="a JSON file, or - for stdin")
    up.add_argument(
        "--api-version",
        metavar="V",
        help="the API version of the body (2022-01-01.15.0 ... 2024-02-01.19.0); needed"
        " for a body outside a REST example file",
    )
    up.add_argument("--compact", action="store_true", help="no indentation")
    _type_option(up)
    up.set_defaults(func=cmd_upgrade)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of a model",
        description="Print a JSON Schema (draft 2020-12) of BatchJob or the --type model.",
    )
    schema.add_argument("--compact", action="store_true", help="no indentation")
    _type_option(schema)
    schema.set_defaults(func=cmd_schema)

    migrate = sub.add_parser(
        "migrate",
        help="name and rewrite azure-batch 14 (track 1) names in Python code",
        description=(
            "Read Python files (directories: every *.py below) that use azure-batch 14 or"
            " older and print 'FILE:LINE: Old → New' for each model, enum, member, keyword and"
            " attribute renamed since, each removed name and the client's exception."
            " Exit status: 0 nothing to change, 1 changes found (with --write: changes left"
            " to do by hand), 2 unusable input."
        ),
    )
    migrate.add_argument("paths", nargs="+", metavar="PATH", help="a .py file or a directory")
    migrate.add_argument("--write", action="store_true", help="rewrite the sure renames in place")
    migrate.add_argument(
        "--keep-imports",
        action="store_true",
        help="keep importing azure.batch.models (azure-batch 15) instead of batchmodels.models",
    )
    migrate.add_argument("-q", "--quiet", action="store_true", help="no summary")
    migrate.set_defaults(func=cmd_migrate)
    return parser
