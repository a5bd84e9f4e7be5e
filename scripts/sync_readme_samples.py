"""Copy the samples' golden output into the README's "What the output looks like" section.

    .venv/bin/python scripts/sync_readme_samples.py

Run it after regenerating tests/golden/samples (UPDATE_GOLDEN=1); tests/test_samples.py fails
while the README shows output the tool no longer gives. The table excerpt is the header, the
first ten events, the first undated event, the first four sources and the summary line. The
`timeline explain` example in the CLI help (and so the README's CLI reference) names the event
reported by the most mentions.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GOLDEN = ROOT / "tests" / "golden" / "samples"
TABLE_HEADING = "`timeline build samples/` (the default table"
MARKDOWN_HEADING = "`timeline build samples/ --format markdown`"
CLI = ROOT / "timeline" / "cli.py"
EXPLAIN_EXAMPLE = re.compile(r"(timeline explain )e[0-9a-f]{12}")
EVENT_ID = re.compile(r"^\s+e[0-9a-f]{12}$")
SOURCE = re.compile(r"^\[\d+\]")
SHOWN_EVENTS = 10
SHOWN_SOURCES = 4


def _blocks(lines: list[str]) -> tuple[list[str], list[list[str]], list[list[str]], str]:
    """The table as (header, event blocks, source blocks, summary line)."""
    events: list[list[str]] = []
    sources: list[list[str]] = []
    current: list[str] = []
    for line in lines[2:]:
        if SOURCE.match(line):
            sources.append([line])
        elif sources:
            if line.startswith(" "):
                sources[-1].append(line)
        elif line:
            current.append(line)
            if EVENT_ID.match(line):
                events.append(current)
                current = []
    summary = next(line for line in reversed(lines) if line.strip())
    return lines[:2], events, sources, summary


def table_excerpt(table: str) -> list[str]:
    header, events, sources, summary = _blocks(table.rstrip("\n").split("\n"))
    undated = next((block for block in events if block[0].startswith(" undated")), None)
    excerpt = [*header, *(line for block in events[:SHOWN_EVENTS] for line in block), "[...]"]
    if undated is not None and undated not in events[:SHOWN_EVENTS]:
        excerpt += [*undated, "[...]"]
    excerpt += [line for block in sources[:SHOWN_SOURCES] for line in block]
    return [*excerpt, "[...]", "", summary]


def replace_block(readme: list[str], heading: str, body: list[str]) -> list[str]:
    """`readme` with the fenced block after the line starting with `heading` set to `body`."""
    start = next(i for i, line in enumerate(readme) if line.startswith(heading))
    opening = next(i for i in range(start, len(readme)) if readme[i].startswith("```"))
    closing = next(i for i in range(opening + 1, len(readme)) if readme[i].startswith("```"))
    return [*readme[: opening + 1], *body, *readme[closing:]]


def main() -> None:
    readme = README.read_text(encoding="utf-8").split("\n")
    table = (GOLDEN / "timeline.table.txt").read_text(encoding="utf-8")
    markdown = (GOLDEN / "timeline.md").read_text(encoding="utf-8").rstrip("\n").split("\n")
    readme = replace_block(readme, TABLE_HEADING, table_excerpt(table))
    readme = replace_block(readme, MARKDOWN_HEADING, markdown)
    README.write_text("\n".join(readme), encoding="utf-8")
    events = json.loads((GOLDEN / "timeline.json").read_text(encoding="utf-8"))["events"]
    example = max(events, key=lambda event: len(event["mentions"]))["id"]
    CLI.write_text(EXPLAIN_EXAMPLE.sub(rf"\g<1>{example}", CLI.read_text(encoding="utf-8")))
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "cli_reference.py"), "--write"], check=True
    )


if __name__ == "__main__":
    main()
