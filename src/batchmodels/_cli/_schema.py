"""``schema``: the JSON Schema of a model (``BatchJob`` unless ``--type`` names another)."""

from __future__ import annotations

import argparse
import sys

from ._input import model_named
from ._output import EXIT_OK, write_json

__all__ = ["cmd_schema"]


def cmd_schema(args: argparse.Namespace) -> int:
    from .._schema import json_schema

    write_json(sys.stdout, json_schema(model_named(args.type)), args.compact)
    return EXIT_OK
