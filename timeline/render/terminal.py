"""Render rich renderables to a string, with or without colour, at a fixed width."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, RenderableType


def to_string(renderables: list[RenderableType], *, color: bool, width: int) -> str:
    buffer = StringIO()
    # Markup, emoji codes and highlighting off: no article text is ever read as anything but text.
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
    )
    for renderable in renderables:
        console.print(renderable)
    output = buffer.getvalue()
    if color:
        return output
    # Without colour the padding rich adds to fill table cells is only trailing spaces.
    return "\n".join(line.rstrip() for line in output.split("\n"))


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
