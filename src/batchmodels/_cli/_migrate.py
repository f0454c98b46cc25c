"""``migrate``: name what azure-batch 14 code must change, and rewrite the sure renames."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from typing import Iterator, List

from .._migrate import Finding, apply, default_facts, read_source, scan
from ._output import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, Unusable, plural, visible

__all__ = ["cmd_migrate", "python_files"]


def python_files(paths: List[str]) -> Iterator[str]:
    """Each path given, and the ``*.py`` files below each directory given, sorted (hidden
    directories and ``__pycache__`` skipped)."""
    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
            yield from (os.path.join(root, f) for f in sorted(files) if f.endswith(".py"))


def _migrate_file(path: str, write: bool, keep_imports: bool) -> List[Finding]:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise Unusable(path, exc.strerror or str(exc)) from None
    try:
        source = read_source(data)
        found = scan(source.text, default_facts(), to_batchmodels=not keep_imports)
    except SyntaxError as exc:
        raise Unusable(path, f"not Python: line {exc.lineno}: {exc.msg}") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise Unusable(path, f"not Python: {exc}") from None
    if write and any(f.sure for f in found):
        _replace(path, apply(source.text, found).encode(source.encoding))
    return found


def _replace(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a new file renamed over it, keeping its mode."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".batchmodels-", suffix=".py")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(temp, os.stat(path).st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def cmd_migrate(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    files = renames = by_hand = changed = unusable = 0
    for path in python_files(args.paths):
        files += 1
        try:
            found = _migrate_file(path, args.write, args.keep_imports)
        except Unusable as exc:
            unusable += 1
            err.write(visible(f"batchmodels: {exc}") + "\n")
            continue
        for f in found:
            out.write(visible(f"{path}:{f.line}: {f.text()}") + "\n")
        sure = sum(1 for f in found if f.sure)
        renames += sure
        by_hand += len(found) - sure
        changed += sure > 0
    if not args.quiet:
        done = "rewrote" if args.write else "found"
        summary = f"{done} {plural(renames, 'rename')} in {plural(changed, 'file')}"
        summary += f", {by_hand} to do by hand; read {plural(files, 'file')}"
        if unusable:
            summary += f", {unusable} unusable"
        err.write(summary + "\n")
    if unusable:
        return EXIT_UNUSABLE
    left = by_hand + (0 if args.write else renames)
    return EXIT_PROBLEMS if left else EXIT_OK
