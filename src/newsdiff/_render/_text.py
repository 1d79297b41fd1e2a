"""Plain-text rendering of a diff, for terminals and e-mail.

Word edits are marked the way ``wdiff`` marks them, ``[-deleted-]{+inserted+}``,
so the output reads the same with or without colour; colour (ANSI SGR codes)
is added on top, never instead, and removing the codes gives the plain text
back exactly.
"""

from __future__ import annotations

import os
import sys

from newsdiff._base._kinds import Op
from newsdiff._compare._difftype import Diff
from newsdiff._model._changes import Change
from newsdiff._model._parts import Note
from newsdiff._render._common import (
    ROLE_HEADINGS,
    Kind,
    by_role,
    change_label,
    field_label,
    format_time,
    format_value,
    note_label,
    one_line,
    segments,
    significance_label,
    speakers_line,
)
from newsdiff._render._whole import Block, Changed, Fold, Kept, MovedAway

__all__ = ["render_text", "wants_color"]

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_RED = "\x1b[31m"
_GREEN = "\x1b[32m"
_CYAN = "\x1b[36m"
_INDENT = "  "


def wants_color(color: bool | None, *, isatty: bool | None = None) -> bool:
    """Decide whether to colour: an explicit choice wins, else a terminal without ``NO_COLOR``.

    ``NO_COLOR`` (https://no-color.org) set to any non-empty value turns the
    default off; ``color=True`` still forces colour, as a command-line flag
    would. *isatty* defaults to ``sys.stdout.isatty()``.
    """
    if color is not None:
        return bool(color)
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    if isatty is None:
        try:
            isatty = sys.stdout.isatty()
        except (AttributeError, ValueError):
            isatty = False
    return isatty


class _Paint:
    def __init__(self, *, color: bool) -> None:
        self.color = color

    def __call__(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color and text else text


def render_text(diff: Diff, *, color: bool, blocks: tuple[Block | Fold, ...] | None = None) -> str:
    """The text of :func:`newsdiff.render.text`, colour already decided.

    With *blocks* (the whole article, from :func:`~newsdiff._render._whole.layout`)
    the article is shown in reading order instead of the changes by role.
    """
    paint = _Paint(color=color)
    lines = [paint(_BOLD, _headline(diff)), f"Revisions {diff.old_id[:12]} -> {diff.new_id[:12]}"]
    lines += ["", paint(_BOLD, "Summary")]
    lines += [_INDENT + one_line(line) for line in diff.summary().splitlines() if line.strip()]
    if blocks is not None:
        lines += ["", paint(_BOLD, "The article, changes in place")]
        lines += _whole_lines(blocks, paint)
    else:
        for role, changes in by_role(diff.changes):
            lines += ["", paint(_BOLD, f"{ROLE_HEADINGS[role]} ({len(changes)})")]
            for change in changes:
                lines += _change_lines(change, diff, paint)
    if diff.notes_added or diff.notes_removed:
        lines += ["", paint(_BOLD, "Notes")]
        lines += [_note_line(n, paint(_GREEN, "+")) for n in diff.notes_added]
        lines += [_note_line(n, paint(_RED, "-")) for n in diff.notes_removed]
    fields = [f for f in diff.metadata if f.field != "notes"]
    if fields:
        lines += ["", paint(_BOLD, "Other fields")]
        lines += [
            f"{_INDENT}{field_label(f)}: {format_value(f.old)} -> {format_value(f.new)}"
            for f in fields
        ]
    return "\n".join(lines) + "\n"


def _headline(diff: Diff) -> str:
    if not diff:
        return "No changes"
    text = f"{significance_label(diff.significance)} change"
    if diff.is_correction:
        text += " - CORRECTION"
    if diff.unacknowledged:
        text += " - UNACKNOWLEDGED (no note added)"
    return text


def _note_line(note: Note, mark: str) -> str:
    when = format_time(note.at) if note.at is not None else "no time given"
    return f"{_INDENT}{mark} {note_label(note)}, {when}: {one_line(note.text)}"


def _change_lines(change: Change, diff: Diff, paint: _Paint) -> list[str]:
    lines = [_INDENT + paint(_CYAN, change_label(change, diff))]
    body = _INDENT * 2
    if change.op is Op.ADDED:
        body += paint(_GREEN, "+ " + one_line(change.new_text))
    elif change.op is Op.REMOVED:
        body += paint(_RED, "- " + one_line(change.old_text))
    else:
        body += _inline(change, paint)
    lines.append(body)
    speakers = speakers_line(change)
    if speakers:
        lines.append(f"{_INDENT * 2}Quoted: {speakers}")
    return lines


def _inline(change: Change, paint: _Paint) -> str:
    out = []
    for part in segments(change):
        text = _flatten(part.text)
        if part.kind is Kind.DELETE:
            out.append(paint(_RED, f"[-{text}-]"))
        elif part.kind is Kind.INSERT:
            out.append(paint(_GREEN, f"{{+{text}+}}"))
        else:
            out.append(text)
    return "".join(out)


def _whole_lines(blocks: tuple[Block | Fold, ...], paint: _Paint) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        lines.append("")
        if isinstance(block, Fold):
            lines.append(_INDENT + paint(_CYAN, block.label))
            continue
        words = [_whole_item(item, paint) for item in block.items]
        lines.append(f"{_INDENT}{block.label}  " + " ".join(w for w in words if w))
    return lines


def _whole_item(item: Kept | Changed | MovedAway, paint: _Paint) -> str:
    if isinstance(item, Kept):
        return _flatten(item.text)
    if isinstance(item, MovedAway):
        return paint(_CYAN, f"<<moved to {item.moved_to}<<")
    text = _inline(item.change, paint)
    if item.moved_from is not None:
        text = paint(_CYAN, f">>moved here from old {item.moved_from}>>") + " " + text
    return text


def _flatten(text: str) -> str:
    """Keep one sentence on one line without losing the spacing an edit is about."""
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
