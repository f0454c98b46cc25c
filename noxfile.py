"""Project tasks: ``nox -s tests lint typecheck`` is what CI runs."""

from __future__ import annotations

import shutil

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

ALL_PYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]
# Test on every supported Python that is installed here; CI machines have all of them.
PYTHONS = [v for v in ALL_PYTHONS if shutil.which(f"python{v}")] or ["3"]
TEST_DEPS = ["pytest>=7", "hypothesis>=6.80", "jsonschema>=4.18"]
TYPING_DEPS = ["mypy>=1.10", "pyright>=1.1.380", "pytest>=7"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install(".", *TEST_DEPS)
    session.run("pytest", "-q", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict and pyright on src/ and the typed usage examples."""
    session.install(".", *TYPING_DEPS)
    session.run("mypy", "--strict", "src", "tests/typing")
    session.run("pyright", "src", "tests/typing")
    session.run("pytest", "-q", "tests/typing", "-p", "no:cacheprovider")


@nox.session
def compat(session: nox.Session) -> None:
    """Compare batchmodels with azure-batch 15.1.0 on fixtures and generated job JSON."""
    session.install(".", "azure-batch==15.1.0", *TEST_DEPS)
    session.run("pytest", "-q", "tests/compat", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark against azure-batch, pydantic and msgspec (``-- --quick`` for a short run)."""
    session.install(".", "azure-batch==15.1.0", "pydantic>=2", "msgspec")
    session.run("python", "bench/run.py", *session.posargs)
