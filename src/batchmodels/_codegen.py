"""Compiling the per-class functions that other modules generate from field tables.

The only place the package runs generated code. Sources are built from class declarations
alone (attribute and wire names enter as ``repr()`` literals, every object through the
namespace), never from data being read or written.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List

__all__ = ["compile_function"]


def compile_function(name: str, lines: List[str], namespace: Dict[str, Any], label: str) -> Any:
    """Compile ``lines`` (the source of one ``def name(...)``) in ``namespace``; return it.

    ``label`` names the source in tracebacks and profiles (``<batchmodels fill BatchJob>``).
    """
    code = compile("\n".join(lines) + "\n", f"<batchmodels {label}>", "exec")
    exec(code, namespace)
    function: Callable[..., Any] = namespace[name]
    return function
