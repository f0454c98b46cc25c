"""Project tasks: ``nox -s tests lint typecheck compat docs`` is what CI runs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

ALL_PYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]


def _installed_pythons() -> list[str]:
    """Versions from ALL_PYTHONS that can run here.

    pyenv puts shims for every version on PATH but only the global ones run; interpreters
    found under ~/.pyenv/versions are linked into a private folder put first on PATH.
    """
    links = Path(__file__).parent / ".nox" / "_interpreters"
    found = []
    for version in ALL_PYTHONS:
        name = f"python{version}"
        candidates = [shutil.which(name), *sorted(PYENV.glob(f"{version}.*/bin/{name}"))]
        for candidate in candidates:
            if candidate and _runs(str(candidate)):
                links.mkdir(parents=True, exist_ok=True)
                link = links / name
                if link.is_symlink() or link.exists():
                    link.unlink()
                link.symlink_to(Path(candidate).resolve())
                found.append(version)
                break
    if found:
        os.environ["PATH"] = f"{links}{os.pathsep}{os.environ.get('PATH', '')}"
    return found


def _runs(executable: str) -> bool:
    try:
        result = subprocess.run([executable, "-c", "pass"], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


PYENV = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
# Test on every supported Python that is installed here.
PYTHONS = _installed_pythons() or ["3"]
# Test dependencies are listed once, as the ``test`` extra in pyproject.toml.
TYPING_DEPS = ["mypy>=1.10", "pyright>=1.1.380"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install(".[test]")
    session.run("pytest", "-q", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict and pyright on src/ and the typed usage examples (batchmodels.azure and
    its usage example need azure-batch: it is installed here)."""
    session.install(".[test]", "azure-batch==15.1.0", *TYPING_DEPS)
    session.run("mypy", "--strict", "src", "tests/typing")
    session.run("pyright", "src", "tests/typing")
    session.run("pytest", "-q", "tests/typing", "-p", "no:cacheprovider")


@nox.session
def compat(session: nox.Session) -> None:
    """Compare batchmodels with azure-batch 15.1.0 on fixtures and generated job JSON, send
    batchmodels bodies through its BatchClient over a fake transport (no network), and run
    batchmodels.azure's clients and the consumer test the same way."""
    session.install(".[test]", "azure-batch==15.1.0")
    session.run("pytest", "-q", "tests/compat", *session.posargs)
    # The tests outside tests/compat that use azure-core (its NULL) skip without it elsewhere.
    with_azure = [
        "tests/test_null.py",
        "tests/test_typespec.py",
        "tests/test_keyword_construction.py",
    ]
    session.run("pytest", "-q", "-p", "no:cacheprovider", *with_azure)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark against azure-batch, pydantic and msgspec (``-- --quick`` for a short run)."""
    # orjson only serves the opt-in accelerator prototype (``--only ...,orjson``).
    session.install(".", "azure-batch==15.1.0", "pydantic>=2", "msgspec", "orjson")
    session.run("python", "bench/run.py", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs (warnings are errors) and run their code examples as doctests."""
    session.install(".", "sphinx>=7.2", "myst-parser>=2")
    build = ["sphinx-build", "-W", "--keep-going", "-q"]
    session.run(*build, "-b", "html", "docs", "docs/_build/html")
    session.run(*build, "-b", "doctest", "docs", "docs/_build/doctest")


@nox.session
def apisync(session: nox.Session) -> None:
    """Check the model declarations against the API schema (``-- write [SCHEMA]`` updates)."""
    session.install(".")
    session.run("python", "tools/apisync.py", *(session.posargs or ["check"]))


@nox.session
def apiversions(session: nox.Session) -> None:
    """Check the older-version data against the tool's extracts (``-- fetch --check``
    compares the extracts with the azure-batch wheels; ``-- write`` regenerates)."""
    session.install(".")
    session.run("python", "tools/apiversions.py", *(session.posargs or ["check"]))
