"""``batchmodels schema``: the JSON Schema of BatchJob."""

from __future__ import annotations

import argparse
import sys

from .._schema import json_schema
from ..models import BatchJob
from ._input import EXIT_OK, write_json

__all__ = ["cmd_schema"]


def cmd_schema(args: argparse.Namespace) -> int:
    write_json(sys.stdout, json_schema(BatchJob), args.compact)
    return EXIT_OK
