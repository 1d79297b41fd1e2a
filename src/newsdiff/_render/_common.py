"""What every renderer shares: inline segments, positions, labels, grouping by role.

Renderers only read the diff. The functions here turn a :class:`Change` and
its word :class:`Edit` records into runs of kept, deleted and inserted text,
place sentences in paragraphs from the diff's shapes, and name things in
plain English. They never compare texts themselves, except to check that the
edits fit the texts they claim to describe (a diff rebuilt from hand-written
data may not), falling back to "all of the old out, all of the new in".
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
from collections.abc import Sequence
from datetime import datetime

import attrs

from newsdiff._base._kinds import EditCategory, NoteKind, Op, QuoteKind, Role, Significance
from newsdiff._compare._difftype import Diff
from newsdiff._model._changes import Change, FieldChange
from newsdiff._model._parts import Note, Quote, Sentence

__all__ = [
    "ROLE_HEADINGS",
    "Hunk",
    "Kind",
    "Segment",
    "by_role",
    "category_label",
    "change_label",
    "field_label",
    "format_time",
    "format_value",
    "hunks",
    "move_places",
    "note_label",
    "one_line",
    "op_label",
    "place",
    "position",
    "quote_detail",
    "quote_label",
    "segments",
    "shown_op",
    "significance_label",
    "speakers_line",
]

ROLE_HEADINGS = {
    Role.FACT: "Facts",
    Role.QUOTE: "Quote sentences",
    Role.BACKGROUND: "Background",
    Role.ANALYSIS: "Analysis",
    Role.META: "Meta",
}
_OP_LABELS = {
    Op.ADDED: "Added",
    Op.REMOVED: "Removed",
    Op.EDITED: "Edited",
    Op.MOVED: "Moved",
    Op.SPLIT: "Split",
    Op.MERGED: "Merged",
}
_CATEGORY_LABELS = {
    EditCategory.TYPOGRAPHY: "typography only",
    EditCategory.WORDING: "wording",
    EditCategory.NAME: "a name",
    EditCategory.NUMBER: "a figure or date",
    EditCategory.NEGATION: "a negation",
    EditCategory.QUOTE_TEXT: "quoted words",
}
_SIGNIFICANCE_LABELS = {
    Significance.NONE: "No change",
    Significance.TYPOGRAPHIC: "Typographic",
    Significance.COPYEDIT: "Copy edit",
    Significance.SUBSTANTIVE: "Substantive",
}
_NOTE_LABELS = {
    NoteKind.UPDATE: "Update",
    NoteKind.CORRECTION: "Correction",
    NoteKind.CLARIFICATION: "Clarification",
    NoteKind.EDITORS_NOTE: "Editor's note",
}
_QUOTE_KIND_LABELS = {
    QuoteKind.DIRECT: "direct quote",
    QuoteKind.PARTIAL: "partial quote",
    QuoteKind.INDIRECT: "reported speech",
}


class Kind(enum.Enum):
    """What a run of inline text is: kept, taken out, or put in."""

    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@attrs.frozen
class Segment:
    """A run of text that is kept, deleted or inserted."""

    kind: Kind
    text: str


@attrs.frozen
class Hunk:
    """Deleted and inserted text at one place, widened to whole words."""

    old: str
    new: str


def segments(change: Change) -> tuple[Segment, ...]:
    """The change's text as kept, deleted and inserted runs, in reading order.

    An addition is one inserted run and a removal one deleted run; other ops
    replay their word edits over the old text. Edits that do not fit the texts
    (hand-built diffs) fall back to the whole old text out, the whole new in.
    """
    old, new = change.old_text, change.new_text
    if change.op is Op.ADDED:
        return (Segment(Kind.INSERT, new),)
    if change.op is Op.REMOVED:
        return (Segment(Kind.DELETE, old),)
    out: list[Segment] = []
    at_old = at_new = 0
    for edit in sorted(change.edits, key=lambda e: (e.old_start, e.new_start)):
        end_old, end_new = edit.old_start + len(edit.old), edit.new_start + len(edit.new)
        kept = old[at_old : edit.old_start]
        fits = (
            edit.old_start >= at_old
            and edit.new_start >= at_new
            and old[edit.old_start : end_old] == edit.old
            and new[edit.new_start : end_new] == edit.new
            and new[at_new : edit.new_start] == kept
        )
        if not fits:
            return _wholesale(old, new)
        if kept:
            out.append(Segment(Kind.EQUAL, kept))
        if edit.old:
            out.append(Segment(Kind.DELETE, edit.old))
        if edit.new:
            out.append(Segment(Kind.INSERT, edit.new))
        at_old, at_new = end_old, end_new
    if old[at_old:] != new[at_new:]:
        return _wholesale(old, new)
    if old[at_old:]:
        out.append(Segment(Kind.EQUAL, old[at_old:]))
    return tuple(out)


def _wholesale(old: str, new: str) -> tuple[Segment, ...]:
    if old == new:
        return (Segment(Kind.EQUAL, old),)
    return tuple(
        Segment(kind, text) for kind, text in ((Kind.DELETE, old), (Kind.INSERT, new)) if text
    )


def hunks(parts: Sequence[Segment]) -> tuple[str | Hunk, ...]:
    """Group segments into kept text and hunks that start and end on word boundaries.

    When an edit begins or ends inside a word ("Hama" -> "Hama's"), the rest of
    that word joins both sides of the hunk, so track-changes markup surrounds
    whole words: ``~~Hama~~ **Hama's**`` rather than ``Hama**'s**``.
    """
    out: list[str | Hunk] = []
    for part in parts:
        last = out[-1] if out else None
        if part.kind is Kind.EQUAL:
            text = part.text
            if isinstance(last, Hunk) and _joins_left(last, text):
                word, text = _leading_word(text)
                out[-1] = Hunk(last.old + word, last.new + word)
            if text:
                out.append(text)
            continue
        hunk = Hunk(part.text, "") if part.kind is Kind.DELETE else Hunk("", part.text)
        if isinstance(last, str) and _joins_right(last, hunk):
            head, word = _trailing_word(last)
            out.pop()
            if head:
                out.append(head)
            hunk = Hunk(word + hunk.old, word + hunk.new)
        last = out[-1] if out else None
        if isinstance(last, Hunk):
            out[-1] = Hunk(last.old + hunk.old, last.new + hunk.new)
        else:
            out.append(hunk)
    return tuple(out)


def _joins_right(kept: str, hunk: Hunk) -> bool:
    """Whether kept text ends mid-word where the hunk begins."""
    sides = [s for s in (hunk.old, hunk.new) if s]
    return bool(kept) and not kept[-1].isspace() and any(not s[0].isspace() for s in sides)


def _joins_left(hunk: Hunk, kept: str) -> bool:
    """Whether kept text continues the word the hunk ends in."""
    sides = [s for s in (hunk.old, hunk.new) if s]
    return bool(kept) and not kept[0].isspace() and any(not s[-1].isspace() for s in sides)


def _leading_word(text: str) -> tuple[str, str]:
    cut = next((i for i, ch in enumerate(text) if ch.isspace()), len(text))
    return text[:cut], text[cut:]


def _trailing_word(text: str) -> tuple[str, str]:
    cut = next((i + 1 for i in range(len(text) - 1, -1, -1) if text[i].isspace()), 0)
    return text[:cut], text[cut:]


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return " ".join(text.split())


def position(indices: Sequence[int], shape: Sequence[int]) -> str | None:
    """Where sentences stand, as "¶3" or "¶3-4"; ``None`` when the shape says nothing.

    >>> position((4,), (2, 3)), position((1, 2), (2, 3)), position((9,), (2,)), position((0,), ())
    ('¶2', '¶1-2', None, None)
    """
    if not shape:
        return None
    starts = _starts(tuple(shape))
    end = starts[-1] + shape[-1]
    paragraphs = []
    for index in indices:
        if not 0 <= index < end:
            return None
        paragraphs.append(bisect.bisect_right(starts, index))
    if not paragraphs:
        return None
    low, high = min(paragraphs), max(paragraphs)
    return f"¶{low}" if low == high else f"¶{low}-{high}"


@functools.lru_cache(maxsize=8)
def _starts(shape: tuple[int, ...]) -> tuple[int, ...]:
    """The index of each paragraph's first sentence."""
    return tuple(itertools.accumulate(shape, initial=0))[:-1]


def op_label(op: Op) -> str:
    """The op as a word: "Added", "Moved"..."""
    return _OP_LABELS[op]


def category_label(category: EditCategory) -> str:
    """What an edit changed, in words: "a figure or date", "quoted words"..."""
    return _CATEGORY_LABELS[category]


def significance_label(significance: Significance) -> str:
    """The significance as a word: "Substantive", "Copy edit"..."""
    return _SIGNIFICANCE_LABELS[significance]


def note_label(note: Note) -> str:
    """The kind of note in words: "Update", "Editor's note"..."""
    return _NOTE_LABELS[note.kind]


def place(index: int, shape: Sequence[int]) -> tuple[int, int] | None:
    """Where one sentence stands: (paragraph, sentence in it), both from 1; ``None`` if unknown.

    >>> place(0, (2, 3)), place(4, (2, 3)), place(5, (2, 3))
    ((1, 1), (2, 3), None)
    """
    if not shape:
        return None
    starts = _starts(tuple(shape))
    if not 0 <= index < starts[-1] + shape[-1]:
        return None
    paragraph = bisect.bisect_right(starts, index)
    return paragraph, index - starts[paragraph - 1] + 1


def _place_label(indices: Sequence[int], shape: Sequence[int]) -> str | None:
    """Where sentences stand, "¶3 sentence 2" within one paragraph, else as :func:`position`."""
    places = [place(i, shape) for i in indices]
    if not places or any(p is None for p in places):
        return None
    paragraphs = {p[0] for p in places if p is not None}
    if len(paragraphs) != 1:
        return position(indices, shape)
    numbers = sorted(p[1] for p in places if p is not None)
    where = f"sentence {numbers[0]}"
    if numbers[-1] != numbers[0]:
        where = f"sentences {numbers[0]}-{numbers[-1]}"
    return f"¶{paragraphs.pop()} {where}"


def move_places(change: Change, diff: Diff) -> tuple[str, str] | None:
    """Where a moved change was and is ("¶3 sentence 2", "¶5 sentence 1").

    ``None`` when the change is not a move, or when the diff's shapes cannot
    place it, or when both places read the same (it kept its paragraph and its
    place in it while the sentences around it were reordered): such a change
    is not labelled a move.
    """
    if change.op is not Op.MOVED:
        return None
    old_at = _place_label(change.old_indices, diff.old_shape)
    new_at = _place_label(change.new_indices, diff.new_shape)
    if old_at is None or new_at is None or old_at == new_at:
        return None
    return old_at, new_at


def shown_op(change: Change, diff: Diff) -> Op:
    """The op a reader is shown: a move that did not change place is an edit (or nothing).

    An unedited "move" whose paragraph and place in it are the same on both
    sides (and any move the shapes cannot place) shows as ``EDITED``.
    """
    if change.op is Op.MOVED and move_places(change, diff) is None:
        return Op.EDITED
    return change.op


def change_label(change: Change, diff: Diff) -> str:
    """A one-line account of a change: op, what kind of edit, and where.

    For example "Edited (a figure or date), ¶2" or "Moved, ¶5 sentence 1 -> ¶2
    sentence 3". A move always names two different places; a sentence the
    alignment calls moved but that stands at the same place in the same
    paragraph is labelled by what happened to its words ("Edited (wording),
    ¶3") or, with no words changed, "In place, the order around it changed".
    """
    moved = move_places(change, diff)
    if change.op is Op.MOVED and moved is None:
        new_at = position(change.new_indices, diff.new_shape)
        label = "Edited" if change.edits else "In place, the order around it changed"
        if change.category is not None:
            label += f" ({category_label(change.category)})"
        return f"{label}, {new_at}" if new_at else label
    label = op_label(change.op)
    old_at = position(change.old_indices, diff.old_shape)
    new_at = position(change.new_indices, diff.new_shape)
    if change.op is Op.SPLIT:
        label += f" into {len(change.new)} sentences"
    elif change.op is Op.MERGED:
        label += f" from {len(change.old)} sentences"
    if change.category is not None and change.op is not Op.ADDED:
        label += f" ({category_label(change.category)})"
    if moved is not None:
        label += f", {moved[0]} -> {moved[1]}"
    elif change.op is Op.REMOVED:
        if old_at:
            label += f", was {old_at}"
    elif new_at:
        label += f", {new_at}"
    return label


def quote_label(quote: Quote) -> str:
    """Who said it and how: "Mehdi Rahmati, direct quote (saying)"."""
    speaker = one_line(quote.speaker) if quote.speaker else "unattributed"
    return f"{speaker}, {quote_detail(quote)}"


def quote_detail(quote: Quote) -> str:
    """How it was said: "direct quote (told Newsweek)"."""
    label = _QUOTE_KIND_LABELS[quote.kind]
    if quote.cue:
        label += f" ({one_line(quote.cue)})"
    if not quote.balanced:
        label += ", quotation marks unbalanced"
    return label


def speakers_line(change: Change) -> str | None:
    """The speakers quoted in the change's sentences, noting a change of speaker.

    ``None`` when no sentence of the change carries a quote.
    """
    now = _speakers(change.new or change.old)
    before = _speakers(change.old) if change.new and change.old else now
    if not now and not before:
        return None
    text = "; ".join(now) if now else "no quote"
    if before != now:
        text += f" (was: {'; '.join(before) if before else 'no quote'})"
    return text


def _speakers(sentences: tuple[Sentence, ...]) -> list[str]:
    seen: list[str] = []
    for sentence in sentences:
        for quote in sentence.quotes:
            label = quote_label(quote)
            if label not in seen:
                seen.append(label)
    return seen


def by_role(changes: Sequence[Change]) -> tuple[tuple[Role, tuple[Change, ...]], ...]:
    """Changes grouped under their role, roles in the order of :class:`Role`, reading order kept."""
    return tuple(
        (role, picked) for role in Role if (picked := tuple(c for c in changes if c.role is role))
    )


def format_time(when: datetime) -> str:
    """A timestamp as "2024-12-06 22:35-05:00" (no offset when the time is naive)."""
    timespec = "minutes" if when.second == 0 and when.microsecond == 0 else "seconds"
    return when.isoformat(sep=" ", timespec=timespec)


def field_label(change: FieldChange) -> str:
    """The name of a changed field, for people: "Headline", "Metadata: section"."""
    if change.field.startswith("metadata."):
        return f"Metadata: {change.field.removeprefix('metadata.')}"
    return change.field.replace("_", " ").capitalize()


def format_value(value: object) -> str:
    """A field value as one line of text; "(none)" for a missing value."""
    if value is None or value == ():
        return "(none)"
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, tuple):
        return " | ".join(
            one_line(n.text) if isinstance(n, Note) else one_line(str(n)) for n in value
        )
    return one_line(str(value))
