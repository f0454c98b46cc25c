"""The ``batchmodels`` command: check, request, show and schema for Batch API JSON.

One module per command (``_check``, ``_request``, ``_show``, ``_schema``), input reading
(``_input``), table text (``_table``), shared output (``_output``) and the parser.
"""

from __future__ import annotations

import os
import sys
from typing import Optional, Sequence

from ._output import EXIT_PROBLEMS, EXIT_UNUSABLE, Unusable, visible
from ._parser import build_parser

__all__ = ["main"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except Unusable as exc:
        sys.stderr.write(visible(f"batchmodels: {exc}") + "\n")
        return EXIT_UNUSABLE
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    return code
