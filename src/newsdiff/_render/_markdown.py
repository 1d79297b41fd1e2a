"""Markdown rendering of a diff, in track-changes style.

Deleted words are ``~~struck through~~`` (GitHub-flavoured Markdown) and
inserted words ``**bold**``; changes are grouped by role under headings, then
notes and the other fields. Every ASCII character Markdown gives meaning to is
backslash-escaped in article text, so an article cannot add links, images,
raw HTML or emphasis of its own.
"""

from __future__ import annotations

import re

from newsdiff._compare._difftype import Diff
from newsdiff._model._changes import Change
from newsdiff._model._parts import Note
from newsdiff._render._common import (
    ROLE_HEADINGS,
    Hunk,
    by_role,
    change_label,
    field_label,
    format_time,
    format_value,
    hunks,
    note_label,
    one_line,
    segments,
    significance_label,
    speakers_line,
)
from newsdiff._render._whole import Block, Changed, Fold, Kept, MovedAway

__all__ = ["escape", "render_markdown"]

# Everything CommonMark and GFM give meaning to inside a line. Line-start
# syntax (#, >, -, +, digits with "." or ")") cannot arise: every line we
# write starts with our own markup, and article text never contains a newline.
_SPECIAL = re.compile(r"([\\`*_~\[\]<&|])")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    r"""Article text made inert in Markdown: one line, metacharacters escaped.

    Whitespace runs (newlines included) become single spaces, edges kept.

    >>> escape("[click](javascript:alert(1)) <b>*hi*</b>")
    '\\[click\\](javascript:alert(1)) \\<b>\\*hi\\*\\</b>'
    """
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))


def render_markdown(diff: Diff, blocks: tuple[Block | Fold, ...] | None = None) -> str:
    """The text of :func:`newsdiff.render.markdown`; with *blocks*, the whole article."""
    title = f"{significance_label(diff.significance)} change" if diff else "No changes"
    if diff.is_correction:
        title += " (correction)"
    if diff.unacknowledged:
        title += " (unacknowledged: no note added)"
    out = [f"# {title}", "", f"Revisions `{diff.old_id[:12]}` → `{diff.new_id[:12]}`"]
    out += ["", "## Summary", ""]
    out += [f"- {escape(line.strip())}" for line in diff.summary().splitlines() if line.strip()]
    if blocks is not None:
        out += ["", "## The article, changes in place"]
        out += _whole(blocks)
    for role, changes in by_role(diff.changes) if blocks is None else ():
        out += ["", f"## {ROLE_HEADINGS[role]} ({len(changes)})", ""]
        out += [_change(change, diff) for change in changes]
    if diff.notes_added or diff.notes_removed:
        out += ["", "## Notes", ""]
        out += [_note("Added", n) for n in diff.notes_added]
        out += [_note("Removed", n) for n in diff.notes_removed]
    fields = [f for f in diff.metadata if f.field != "notes"]
    if fields:
        out += ["", "## Other fields", ""]
        out += [
            f"- {escape(field_label(f))}: {_was(format_value(f.old))} → {_now(format_value(f.new))}"
            for f in fields
        ]
    return "\n".join(out) + "\n"


def _was(text: str) -> str:
    return "(none)" if text == "(none)" else f"~~{escape(text)}~~"


def _now(text: str) -> str:
    return "(none)" if text == "(none)" else f"**{escape(text)}**"


def _note(verb: str, note: Note) -> str:
    when = format_time(note.at) if note.at is not None else "no time given"
    text = f"{note_label(note)} ({when}): {one_line(note.text)}"
    body = f"**{escape(text)}**" if verb == "Added" else f"~~{escape(text)}~~"
    return f"- *{verb}:* {body}"


def _change(change: Change, diff: Diff) -> str:
    pieces = [escape(i) if isinstance(i, str) else _hunk(i) for i in hunks(segments(change))]
    line = f"- *{escape(change_label(change, diff))}:* {' '.join(''.join(pieces).split())}"
    speakers = speakers_line(change)
    if speakers:
        line += f" — quoted: {escape(speakers)}"
    return line


def _whole(blocks: tuple[Block | Fold, ...]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        out.append("")
        if isinstance(block, Fold):
            out.append(f"*{escape(block.label)}*")
            continue
        words = [_whole_item(item) for item in block.items]
        out.append(f"`{block.label}` " + " ".join(w for w in words if w))
    return out


def _whole_item(item: Kept | Changed | MovedAway) -> str:
    if isinstance(item, Kept):
        return escape(item.text).strip()
    if isinstance(item, MovedAway):
        return f"*(moved to {escape(item.moved_to)})*"
    pieces = [escape(i) if isinstance(i, str) else _hunk(i) for i in hunks(segments(item.change))]
    text = " ".join("".join(pieces).split())
    if item.moved_from is not None:
        text = f"*(moved here from old {escape(item.moved_from)})* {text}"
    return text


def _hunk(hunk: Hunk) -> str:
    old, new = hunk.old.strip(), hunk.new.strip()
    parts = [f"~~{escape(old)}~~" if old else "", f"**{escape(new)}**" if new else ""]
    body = " ".join(p for p in parts if p)
    sides = [s for s in (hunk.old, hunk.new) if s]
    lead = " " if any(s[0].isspace() for s in sides) else ""
    trail = " " if any(s[-1].isspace() for s in sides) else ""
    if not body:
        # Only whitespace changed: Markdown folds spacing, so nothing can show.
        return " " if lead or trail else ""
    return lead + body + trail
