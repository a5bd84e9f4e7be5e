"""README.md tells the truth: its CLI reference is the commands' --help, its set-up commands are
the ones CI runs."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

INSTALL_AND_RUN = (
    "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/timeline build samples/"
)
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"


def cli_reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "scripts" / "cli_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shell_blocks(markdown: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", markdown, flags=re.DOTALL)


def test_cli_reference_is_the_help_of_every_command() -> None:
    generator = cli_reference()
    _, section, _ = generator.split(README)
    assert section == generator.reference(), (
        "README.md's CLI reference is stale: run .venv/bin/python scripts/cli_reference.py --write"
    )
    for command in ("timeline --help", "timeline build --help", "timeline tag --help"):
        assert f"### `{command}`" in section


def test_the_two_set_up_commands_are_there_as_written() -> None:
    assert shell_blocks(README)[:2] == [INSTALL_AND_RUN, TEST]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # .ci/run takes the first README line that installs the test extras and runs it.
    assert "grep -m1 -F \"pip install -e '.[test]'\" README.md" in ci
    first = next(line for line in README.splitlines() if "pip install -e '.[test]'" in line)
    assert first == TEST

