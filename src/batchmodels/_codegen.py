"""Compiling the per-class functions that other modules generate from field tables.

The only place the package runs generated code. Sources are built from class declarations
alone (attribute and wire names enter as ``repr()`` literals, every object through the
namespace), never from data being read or written. Each source is kept in ``linecache``
under its own file name, so ``inspect.getsource``, tracebacks and pdb show it.
"""

from __future__ import annotations

import itertools
import linecache
import threading
from typing import Any, Callable, Dict, List

__all__ = ["compile_function"]

_lock = threading.Lock()
_serial = itertools.count(2)


def _source_of(filename: str) -> Any:
    entry = linecache.cache.get(filename)
    return entry[2] if entry is not None and len(entry) == 4 else None


def compile_function(name: str, lines: List[str], namespace: Dict[str, Any], label: str) -> Any:
    """Compile ``lines`` (the source of one ``def name(...)``) in ``namespace``; return it.

    ``label`` names the source in tracebacks and profiles (``<batchmodels fill BatchJob>``);
    a label already used for other source (two classes of one name) gets a number.
    """
    text = "\n".join(lines) + "\n"
    source = text.splitlines(keepends=True)
    with _lock:
        filename = f"<batchmodels {label}>"
        while _source_of(filename) not in (None, source):
            filename = f"<batchmodels {label} #{next(_serial)}>"
        # No modification time: ``linecache.checkcache`` keeps the entry.
        linecache.cache[filename] = (len(text), None, source, filename)
    code = compile(text, filename, "exec")
    exec(code, namespace)
    function: Callable[..., Any] = namespace[name]
    return function
