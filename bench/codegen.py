"""Generated Python for the workloads that walk the tree: W2 readers and W5 builders.

Generating straight-line code per model class (instead of a generic loop over field tables)
keeps the benchmark's own overhead small and identical for every implementation: the
readers are the code a user would write to touch every attribute, and the builders are
nested keyword-argument calls such as ``M.BatchJob(pool_info=M.BatchPoolInfo(...))``.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Tuple

from schema import TREE, slots

__all__ = [
    "FIVE_FIELDS",
    "builder_source",
    "compile_builder",
    "make_attr_reader",
    "make_dict_reader",
    "make_five_reader",
]

FIVE_FIELDS = ("id", "state", "creation_time", "pool_info.pool_id", "execution_info.start_time")
"""The fields W7 reads from every job: what list-processing code typically looks at."""


def _reader_source(by_attribute: bool) -> str:
    lines: List[str] = []
    for cls in TREE:
        lines.append(f"def read_{cls.__name__}(o):")
        body = []
        for slot in slots(cls):
            get = f"o.{slot.attr}" if by_attribute else f"o.get({slot.wire!r})"
            kind = slot.kind
            if kind.item != "model":
                body.append(f"    {get}")
                continue
            assert kind.cls is not None
            fn = f"read_{kind.cls.__name__}"
            body.append(f"    x = {get}")
            body.append("    if x is not None:")
            if kind.shape == "one":
                body.append(f"        {fn}(x)")
            elif kind.shape == "list":
                body.append(f"        for y in x: {fn}(y)")
            else:
                body.append(f"        for y in x.values(): {fn}(y)")
        lines.extend(body or ["    pass"])
        lines.append("")
    lines.append("def read_all(jobs):")
    lines.append("    for job in jobs:")
    lines.append(f"        read_{TREE[-1].__name__}(job)")
    return "\n".join(lines) + "\n"


def _compile_reader(by_attribute: bool) -> Callable[[Any], None]:
    namespace: Dict[str, Any] = {}
    mode = "attr" if by_attribute else "dict"
    exec(compile(_reader_source(by_attribute), f"<bench-reader-{mode}>", "exec"), namespace)
    return namespace["read_all"]  # type: ignore[no-any-return]


def make_attr_reader() -> Callable[[Any], None]:
    """``read_all(jobs)``: read every attribute of every job, recursing into models."""
    return _compile_reader(True)


def make_dict_reader() -> Callable[[Any], None]:
    """``read_all(dicts)``: the same walk over plain JSON dicts with ``.get(wire)``."""
    return _compile_reader(False)


def _five_source(by_attribute: bool) -> str:
    by_attr = {cls: {s.attr: s for s in slots(cls)} for cls in TREE}

    def get(obj: str, cls: type, attr: str) -> str:
        slot = by_attr[cls][attr]
        return f"{obj}.{attr}" if by_attribute else f"{obj}.get({slot.wire!r})"

    lines = ["def read_five(jobs):", "    for o in jobs:"]
    for path in FIVE_FIELDS:
        cls = TREE[-1]
        outer, _, inner = path.rpartition(".")
        if not outer:
            lines.append(f"        {get('o', cls, inner)}")
            continue
        sub = by_attr[cls][outer].kind.cls
        assert sub is not None
        lines.append(f"        x = {get('o', cls, outer)}")
        lines.append("        if x is not None:")
        lines.append(f"            {get('x', sub, inner)}")
    return "\n".join(lines) + "\n"


def make_five_reader(by_attribute: bool = True) -> Callable[[Any], None]:
    """``read_five(jobs)``: read :data:`FIVE_FIELDS` of every job (W7), by attribute or,
    for plain dicts, with ``.get(wire)``."""
    namespace: Dict[str, Any] = {}
    mode = "attr" if by_attribute else "dict"
    exec(compile(_five_source(by_attribute), f"<bench-five-{mode}>", "exec"), namespace)
    return namespace["read_five"]  # type: ignore[no-any-return]


def builder_source(body: Dict[str, Any], *, as_dicts: bool) -> Tuple[str, List[Any]]:
    """Source of ``build(M, v)`` that makes the job ``body`` by keywords, and its leaves.

    The code takes leaf ``i`` from ``v[i]``; the returned list holds ``(model class, slot,
    wire value)`` for each ``i``. With ``as_dicts`` the code builds plain dicts keyed by wire
    names instead of models.
    """
    leaves: List[Any] = []

    def expr(cls: type, data: Dict[str, Any]) -> str:
        parts = []
        for slot in slots(cls):
            if slot.wire not in data or data[slot.wire] is None:
                continue
            raw = data[slot.wire]
            kind = slot.kind
            if kind.item == "model":
                assert kind.cls is not None
                sub = kind.cls
                if kind.shape == "one":
                    code = expr(sub, raw)
                elif kind.shape == "list":
                    code = "[" + ", ".join(expr(sub, x) for x in raw) + "]"
                else:
                    code = "{" + ", ".join(f"{k!r}: {expr(sub, x)}" for k, x in raw.items()) + "}"
            else:
                code = f"v[{len(leaves)}]"
                leaves.append((cls, slot, raw))
            parts.append(f"{slot.wire!r}: {code}" if as_dicts else f"{slot.attr}={code}")
        if as_dicts:
            return "{" + ", ".join(parts) + "}"
        return f"M.{cls.__name__}(" + ", ".join(parts) + ")"

    source = "def build(M, v):\n    return " + expr(TREE[-1], body) + "\n"
    return source, leaves


def compile_builder(source: str) -> Callable[[Any, List[Any]], Any]:
    """Compile :func:`builder_source` output into ``build(M, v)``."""
    namespace: Dict[str, Any] = {}
    exec(compile(source, "<bench-builder>", "exec"), namespace)
    return namespace["build"]  # type: ignore[no-any-return]
