"""The copies in tests/data match their source, the project's ../shared folder, where it is
present: a new or changed example there fails here until it is copied.

Without ../shared (a fresh clone) there is nothing to compare, and no test is collected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict

from helpers.fixtures import EXAMPLES_DIR, SHARED_DIR, SPEC_PATH, example_files


def _json_files(folder: Path) -> Dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}


def test_the_vendored_examples_carry_their_license_and_source() -> None:
    assert "MIT License" in (EXAMPLES_DIR / "LICENSE").read_text(encoding="utf-8")
    notice = (EXAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    assert "https://github.com/Azure/azure-rest-api-specs" in notice
    assert "specification/batch" in notice
    assert len(example_files()) >= 100


SHARED_EXAMPLES = SHARED_DIR / "examples"
SHARED_SPEC = SHARED_DIR / "spec" / SPEC_PATH.name

if SHARED_EXAMPLES.is_dir():

    def test_vendored_examples_match_shared_examples() -> None:
        vendored, shared = _json_files(EXAMPLES_DIR), _json_files(SHARED_EXAMPLES)
        assert sorted(vendored) == sorted(shared), "copy new examples into tests/data/examples"
        changed = [name for name in shared if vendored[name] != shared[name]]
        assert changed == []


if SHARED_SPEC.is_file():

    def test_spec_copy_matches_shared_spec() -> None:
        assert SPEC_PATH.read_bytes() == SHARED_SPEC.read_bytes()
