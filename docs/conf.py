"""Sphinx configuration: ``nox -s docs`` builds HTML and runs the doctests, warnings as errors."""

from __future__ import annotations

from typing import Any, List

import batchmodels

project = "batchmodels"
author = "batchmodels developers"
copyright = "batchmodels developers"
release = batchmodels.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "undoc-members": True, "no-value": True}
autodoc_preserve_defaults = True
# Annotations such as ``type[Model]`` would otherwise match the many fields named ``type``.
suppress_warnings = ["ref.python"]

# Every doctest starts from the same place: local time is UTC, so times print the same.
doctest_global_setup = """
import json, os, time
os.environ["TZ"] = "UTC"
time.tzset()
import batchmodels
from batchmodels import BatchJob
"""

html_theme = "alabaster"
html_title = f"batchmodels {release}"


def _describe_field(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: List[str]
) -> None:
    """Add the wire name and the read-only/secret flags to each field's entry."""
    owner_name, _, attr = name.rpartition(".")
    owner = getattr(batchmodels, owner_name.rpartition(".")[2], None)
    if what != "attribute" or not (
        isinstance(owner, type) and issubclass(owner, batchmodels.Model)
    ):
        return
    for field in batchmodels.fields(owner):
        if field.attr == attr:
            flags = ", read-only" if field.readonly else ""
            flags += ", secret (masked in repr)" if field.secret else ""
            lines.extend(["", f"Wire name ``{field.wire}``{flags}."])


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", _describe_field)
