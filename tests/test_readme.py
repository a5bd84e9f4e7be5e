"""README.md tells the truth: its CLI reference is the commands' --help, its set-up commands are
the ones CI runs."""

from __future__ import annotations

import importlib.util
import json
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


def json_blocks(markdown: str) -> list[str]:
    return re.findall(r"```json\n(.*?)\n```", markdown, flags=re.DOTALL)


def keys(document: object) -> object:
    """The shape of a JSON document: its keys, recursively, with the first element of lists."""
    if isinstance(document, dict):
        return {key: keys(value) for key, value in document.items()}
    if isinstance(document, list):
        return [keys(document[0])] if document else []
    return None


def test_the_documented_json_contracts_are_what_the_cli_writes(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from timeline import cli

    (tmp_path / "a.txt").write_text(
        "date 2023-05-05 Iron Lark to leave Brannik\n\n"
        "The army said on Friday that it would take over the positions.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Undated\n\nThe army said on Friday it was ready.\n")
    runner = CliRunner()
    built = runner.invoke(cli.app, ["build", str(tmp_path), "-f", "json"])
    tagged = runner.invoke(cli.app, ["tag", str(tmp_path / "a.txt"), "-f", "jsonl"])
    assert built.exit_code == 0 and tagged.exit_code == 0
    timeline_example, tag_example = json_blocks(README)
    assert keys(json.loads(timeline_example)) == keys(json.loads(built.stdout))
    assert keys(json.loads(tag_example)) == keys(json.loads(tagged.stdout.splitlines()[0]))
