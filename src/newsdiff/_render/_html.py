"""HTML rendering of a diff: one self-contained, accessible page.

The page has inline CSS and nothing else: no script, no font, image or
stylesheet to fetch, and a Content-Security-Policy that forbids them anyway.
Every piece of article text (sentences, quotes, speakers, notes, headline,
fields) goes through :func:`html.escape` with ``quote=True``, so text like
``<script>`` or ``onerror=`` shows as text. Colour is never the only signal:
``<del>`` and ``<ins>`` carry visually hidden "deleted"/"inserted" words for
screen readers, strike-through and underline for sight, and every change has
a written label (Added, Removed, Moved, ¶5 sentence 1 -> ¶2 sentence 3...).
"""

from __future__ import annotations

import html as _html

from newsdiff._base._kinds import Op
from newsdiff._compare._difftype import Diff
from newsdiff._model._changes import Change, FieldChange
from newsdiff._model._parts import Note, Quote, Sentence
from newsdiff._render._common import (
    ROLE_HEADINGS,
    Kind,
    Segment,
    by_role,
    change_label,
    field_label,
    format_time,
    format_value,
    note_label,
    one_line,
    quote_detail,
    quote_label,
    segments,
    shown_op,
    significance_label,
)
from newsdiff._render._style import CSS
from newsdiff._render._whole import Block, Changed, Fold, Kept, MovedAway

__all__ = ["render_html"]

# Belt and braces: even if something slipped through escaping, the browser
# would refuse to run or fetch it.
_CSP = (
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
)
_OP_MARKS = {
    Op.ADDED: "+",
    Op.REMOVED: "−",
    Op.EDITED: "~",
    Op.MOVED: "↕",
    Op.SPLIT: "⇉",
    Op.MERGED: "⇇",
}


def esc(text: object) -> str:
    """Escape text for element content and quoted attribute values."""
    return _html.escape(str(text), quote=True)


def render_html(
    diff: Diff,
    *,
    side_by_side: bool,
    title: str | None,
    blocks: tuple[Block | Fold, ...] | None = None,
) -> str:
    """The page of :func:`newsdiff.render.html`; with *blocks*, the whole article in place."""
    heading = one_line(title) if title and title.strip() else _default_title(diff)
    sig = diff.significance
    badges = [f'<span class="badge sig-{esc(sig.value)}">{esc(significance_label(sig))}</span>']
    if diff.is_correction:
        badges.append('<span class="badge correction">Correction</span>')
    if diff.unacknowledged:
        badges.append('<span class="badge unacknowledged">Unacknowledged: no note added</span>')
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<meta name="referrer" content="no-referrer">',
        _CSP,
        '<meta name="generator" content="newsdiff">',
        f"<title>{esc(heading)} · newsdiff</title>",
        f"<style>{CSS}</style>",
        "</head>",
        f'<body class="{"sbs" if side_by_side and blocks is None else "inline"}">',
        '<header class="top">',
        '<p class="kicker">newsdiff · what changed</p>',
        f"<h1>{esc(heading)}</h1>",
        f'<p class="meta">{" ".join(badges)} {_ids(diff)}</p>',
        "</header>",
        "<main>",
    ]
    body = [*_summary(diff)]
    if blocks is not None:
        body += _whole(blocks)
    for role, changes in by_role(diff.changes) if blocks is None else ():
        body += _role_section(ROLE_HEADINGS[role], role.value, changes, diff, side_by_side)
    body += _notes(diff)
    body += _fields([f for f in diff.metadata if f.field != "notes"])
    tail = ["</main>", "</body>", "</html>"]
    return "\n".join([*head, *body, *tail]) + "\n"


def _ids(diff: Diff) -> str:
    old, new = esc(diff.old_id[:12]), esc(diff.new_id[:12])
    return f'<span class="ids">Revision <code>{old}</code> → <code>{new}</code></span>'


def _default_title(diff: Diff) -> str:
    for field in diff.metadata:
        if field.field == "headline" and isinstance(field.new, str) and field.new.strip():
            return one_line(field.new)
    return "Changes between two revisions" if diff else "No changes between two revisions"


def _summary(diff: Diff) -> list[str]:
    lines = [line.strip() for line in diff.summary().splitlines() if line.strip()]
    out = ['<section class="summary" aria-labelledby="h-summary">']
    out.append('<h2 id="h-summary">Summary</h2>')
    out.append("<ul>")
    out += [f"<li>{esc(line)}</li>" for line in lines]
    out.append("</ul>")
    out.append("</section>")
    return out


def _role_section(
    name: str, key: str, changes: tuple[Change, ...], diff: Diff, side_by_side: bool
) -> list[str]:
    noun = "change" if len(changes) == 1 else "changes"
    out = [
        f'<section class="role role-{esc(key)}" aria-labelledby="h-{esc(key)}">',
        f'<h2 id="h-{esc(key)}">{esc(name)} <span class="count">{len(changes)} {noun}</span></h2>',
    ]
    if side_by_side:
        out.append(
            '<div class="cols" aria-hidden="true"><span>Before</span><span>After</span></div>'
        )
    out.append('<ol class="changes">')
    for change in changes:
        out += _change(change, diff, side_by_side)
    out += ["</ol>", "</section>"]
    return out


def _change(change: Change, diff: Diff, side_by_side: bool) -> list[str]:
    shown = shown_op(change, diff)
    op = shown.value
    mark = _OP_MARKS[shown]
    out = [
        f'<li class="change op-{esc(op)}">',
        _label(mark, change_label(change, diff)),
    ]
    parts = segments(change)
    if side_by_side:
        old = [p for p in parts if p.kind is not Kind.INSERT]
        new = [p for p in parts if p.kind is not Kind.DELETE]
        out.append('<div class="pair">')
        out.append(
            '<div class="side old"><span class="side-name">Before</span>'
            f"{_side(old, change.old)}</div>"
        )
        out.append(
            '<div class="side new"><span class="side-name">After</span>'
            f"{_side(new, change.new)}</div>"
        )
        out.append("</div>")
    else:
        out.append(f'<p class="text">{_inline(parts)}</p>')
    out += _speakers(change)
    out.append("</li>")
    return out


def _label(mark: str, text: str) -> str:
    return (
        f'<p class="label"><span class="op" aria-hidden="true">{esc(mark)}</span> {esc(text)}</p>'
    )


def _side(parts: list[Segment], sentences: tuple[Sentence, ...]) -> str:
    if not sentences:
        return '<p class="text absent">(not in this revision)</p>'
    return f'<p class="text">{_inline(parts)}</p>'


def _inline(parts: tuple[Segment, ...] | list[Segment]) -> str:
    out = []
    for part in parts:
        text = esc(part.text)
        if part.kind is Kind.EQUAL:
            out.append(text)
            continue
        # Spaces at the edges of an edit stay outside the mark: the text reads
        # the same, and highlights do not start or end with a blank.
        core = text.strip()
        if not core:
            core = text
        start = text.index(core)
        tag, word = ("del", "deleted") if part.kind is Kind.DELETE else ("ins", "inserted")
        out.append(text[:start] + _marked(tag, word, core) + text[start + len(core) :])
    return "".join(out)


def _marked(tag: str, word: str, escaped: str) -> str:
    """``<del>``/``<ins>`` with the word a screen reader says: "[deleted: ...]"."""
    return f'<{tag}><span class="vh">[{word}: </span>{escaped}<span class="vh">]</span></{tag}>'


def _whole(blocks: tuple[Block | Fold, ...]) -> list[str]:
    out = [
        '<section class="article" aria-labelledby="h-article">',
        '<h2 id="h-article">The article, changes in place</h2>',
    ]
    for block in blocks:
        if isinstance(block, Fold):
            out.append(f'<p class="fold">{esc(block.label)}</p>')
            continue
        state = "para changed gone" if block.gone else "para changed" if block.changed else "para"
        words = [_whole_item(item) for item in block.items]
        out.append(
            f'<p class="{state}"><span class="pn">{esc(block.label)}</span> '
            + " ".join(w for w in words if w)
            + "</p>"
        )
    out.append("</section>")
    return out


def _whole_item(item: Kept | Changed | MovedAway) -> str:
    if isinstance(item, Kept):
        return esc(item.text.strip())
    if isinstance(item, MovedAway):
        return f'<span class="mv away">moved to {esc(item.moved_to)}</span>'
    text = _inline(segments(item.change))
    if item.moved_from is not None:
        mark = f'<span class="mv">moved here from old {esc(item.moved_from)}</span>'
        return f'<span class="moved">{mark} {text}</span>'
    return text


def _quotes(sentences: tuple[Sentence, ...]) -> list[Quote]:
    seen: list[Quote] = []
    for sentence in sentences:
        for quote in sentence.quotes:
            if quote_label(quote) not in (quote_label(q) for q in seen):
                seen.append(quote)
    return seen


def _speakers(change: Change) -> list[str]:
    now = _quotes(change.new or change.old)
    before = _quotes(change.old) if change.new and change.old else now
    if not now and not before:
        return []
    labels_now = [quote_label(q) for q in now]
    labels_before = [quote_label(q) for q in before]
    items = [_quote_item(q) for q in now] or ['<li class="none">no quote now</li>']
    out = ['<div class="quotes"><span class="k">Quoted</span><ul>', *items, "</ul>"]
    if labels_before != labels_now:
        was = "; ".join(labels_before) if labels_before else "no quote"
        out.append(f'<p class="was">Before: {esc(was)}</p>')
    out.append("</div>")
    return out


def _quote_item(quote: Quote) -> str:
    speaker = (
        f"<cite>{esc(one_line(quote.speaker))}</cite>"
        if quote.speaker
        else '<span class="anon">unattributed</span>'
    )
    return f'<li>{speaker} <span class="qk">{esc(quote_detail(quote))}</span></li>'


def _notes(diff: Diff) -> list[str]:
    if not diff.notes_added and not diff.notes_removed:
        return []
    out = ['<section class="notes" aria-labelledby="h-notes">', '<h2 id="h-notes">Notes</h2>']
    out.append('<ul class="note-list">')
    out += [_note(n, added=True) for n in diff.notes_added]
    out += [_note(n, added=False) for n in diff.notes_removed]
    out += ["</ul>", "</section>"]
    return out


def _note(note: Note, *, added: bool) -> str:
    state = "added" if added else "removed"
    when = (
        f'<time datetime="{esc(note.at.isoformat())}">{esc(format_time(note.at))}</time>'
        if note.at is not None
        else '<span class="notime">no time given</span>'
    )
    text = esc(one_line(note.text))
    quoted = _marked("ins", "inserted", text) if added else _marked("del", "deleted", text)
    mark = "+" if added else "−"
    return (
        f'<li class="note {state}"><p class="label"><span class="op" aria-hidden="true">'
        f"{mark}</span> {esc(note_label(note))} {state}, {when}</p>"
        f"<blockquote>{quoted}</blockquote></li>"
    )


def _fields(fields: list[FieldChange]) -> list[str]:
    if not fields:
        return []
    rows = [
        f"<div><dt>{esc(field_label(field))}</dt>"
        f'<dd><span class="before">{_value(field.old, "del")}</span>'
        f' <span aria-hidden="true">→</span><span class="vh">changed to</span> '
        f'<span class="after">{_value(field.new, "ins")}</span></dd></div>'
        for field in fields
    ]
    return [
        '<section class="fields" aria-labelledby="h-fields">',
        '<h2 id="h-fields">Other fields</h2>',
        "<dl>",
        *rows,
        "</dl>",
        "</section>",
    ]


def _value(value: object, tag: str) -> str:
    text = format_value(value)
    if text == "(none)":
        return '<span class="absent">(none)</span>'
    return f"<{tag}>{esc(text)}</{tag}>"
