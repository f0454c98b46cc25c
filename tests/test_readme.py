"""The README's examples run as written; its two commands are the ones CI runs."""

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def test_readme_examples_run() -> None:
    result = doctest.testfile(
        str(README), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted >= 10
    assert result.failed == 0


def test_readme_gives_two_commands_and_tests_what_ci_runs() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n(.*?)```", text, re.S)
    commands = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert len(commands) == 2, commands
    try_it, test = commands
    assert try_it.endswith("batchmodels show --example")
    assert test.startswith(
        "python3 -m venv .venv && .venv/bin/pip install nox && .venv/bin/nox -s "
    )
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    sessions = test.split(" -s ", 1)[1]
    assert re.findall(r"^nox -s (.*)$", ci, re.M) == [sessions]
