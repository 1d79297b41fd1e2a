"""A plain-English account of a diff, and the quote views it shares with :class:`Diff`.

The summary is deterministic (same diff, same text) and puts what matters most
first: notes added, then the headline, then counts of sentences by role and op
(naming speakers), then the word edits that change facts (figures, names,
negations, quoted words), then the fields outside the body.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from newsdiff._analysis._quotes import group_quotations
from newsdiff._analysis._speechwords import PREPOSITIONS
from newsdiff._base._kinds import EditCategory, Op, Role, Significance
from newsdiff._base._text import normalise, truncate
from newsdiff._compare._words import figures_in, names_in, unit_after, without_links
from newsdiff._model._changes import Change, QuoteChange
from newsdiff._model._parts import Note, Quote, Sentence

if TYPE_CHECKING:
    from newsdiff._compare._difftype import Diff

__all__ = ["quote_changes", "summarise"]

_ROLE_NOUNS = {
    Role.QUOTE: ("quote sentence", "quote sentences"),
    Role.FACT: ("fact", "facts"),
    Role.BACKGROUND: ("background sentence", "background sentences"),
    Role.ANALYSIS: ("analysis sentence", "analysis sentences"),
    Role.META: ("line about the article", "lines about the article"),
}
_OP_VERBS = {
    Op.ADDED: "added",
    Op.REMOVED: "removed",
    Op.EDITED: "edited",
    Op.MOVED: "moved",
    Op.SPLIT: "split",
    Op.MERGED: "merged",
}
_EDIT_NOUNS = {
    EditCategory.QUOTE_TEXT: ("quoted passage", "quoted passages"),
    EditCategory.NEGATION: ("negation", "negations"),
    EditCategory.NUMBER: ("figure", "figures"),
    EditCategory.NAME: ("name", "names"),
}
_MAX_EXAMPLES = 3
_QUOTE_LIKENESS = 50.0


def _plural(count: int, nouns: tuple[str, str]) -> str:
    return f"{count} {nouns[0] if count == 1 else nouns[1]}"


def _note_line(verb: str, note: Note) -> str:
    kind = note.kind.value.replace("_", " ").capitalize().replace("Editors note", "Editor's note")
    when = "" if note.at is None else f" ({note.at.isoformat(sep=' ', timespec='minutes')})"
    # A heading note's text spans lines ("Correction: Dec. 7\nAn article ..."):
    # the summary gives one fact per line.
    return f"{kind} {verb}{when}: {truncate(' '.join(note.text.split()), 120)}"


def _speakers(changes: list[Change], *, new: bool) -> str:
    counts: Counter[str] = Counter()
    for change in changes:
        for sentence in change.new if new else change.old:
            # A sentence counts once per speaker, so the counts add up to sentences.
            speakers = dict.fromkeys(q.speaker or "unattributed" for q in sentence.quotes)
            for speaker in speakers:
                counts[speaker] += 1
    return _speaker_list(counts)


def _quotations(diff: Diff, changes: list[Change], *, new: bool) -> tuple[int, str]:
    """Count the quotations (not sentences) in added or removed sentences, with their speakers.

    A quotation is a run of :class:`Quote` values that belong together; a
    sentence the role model calls a quote but in which no quotation or
    reported speech was found holds none.

    A quotation cut by sentence ends, interrupted by its attribution or ending
    in an unbalanced tail spans several sentences but is one quotation
    (:func:`~newsdiff._analysis._quotes.group_quotations`), so sentences are grouped into
    runs of neighbours in one paragraph first.
    """
    shape = diff.new_shape if new else diff.old_shape
    # First sentence index of each paragraph: a paragraph is found by bisection,
    # so the cost follows the number of changes, not the article's length.
    starts = list(itertools.accumulate(shape, initial=0))[:-1]

    def paragraph_of(index: int) -> int:
        return bisect.bisect_right(starts, index) - 1

    placed = sorted(
        (index, sentence)
        for change in changes
        for index, sentence in zip(
            change.new_indices if new else change.old_indices,
            change.new if new else change.old,
            strict=True,
        )
    )
    runs: list[list[Sentence]] = []
    previous = None
    for index, sentence in placed:
        if (
            previous is None
            or index != previous + 1
            or paragraph_of(index) != paragraph_of(previous)
        ):
            runs.append([])
        runs[-1].append(sentence)
        previous = index
    counts: Counter[str] = Counter()
    for run in runs:
        for group in group_quotations(run):
            i, j = group[0]
            counts[run[i].quotes[j].speaker or "unattributed"] += 1
    return sum(counts.values()), _speaker_list(counts)


def _speaker_list(counts: Counter[str]) -> str:
    if not counts:
        return ""
    parts = [
        name if n == 1 else f"{name} x{n}"
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return f" ({', '.join(parts)})"


def _body_lines(diff: Diff) -> list[str]:
    lines = []
    for op in Op:
        for role, nouns in _ROLE_NOUNS.items():
            picked = [c for c in diff.changes if c.op is op and c.role is role]
            if not picked:
                continue
            if role is Role.QUOTE and op in (Op.ADDED, Op.REMOVED):
                # Sentences are counted as for every role (so the count agrees with
                # the renderers' sections); the quotations in them are named apart.
                sentences = sum(len(c.new if op is Op.ADDED else c.old) for c in picked)
                count, speakers = _quotations(diff, picked, new=op is Op.ADDED)
                line = f"{_plural(sentences, nouns)} {_OP_VERBS[op]}"
                if count:
                    line += f": {_plural(count, ('quotation', 'quotations'))}{speakers}"
                lines.append(line)
                continue
            count = sum(len(c.old if op is Op.REMOVED else c.new) for c in picked)
            if op in (Op.SPLIT, Op.MERGED):
                count = len(picked)
            line = f"{_plural(count, nouns)} {_OP_VERBS[op]}"
            if role is Role.QUOTE or any(s.quotes for c in picked for s in (*c.old, *c.new)):
                line += _speakers(picked, new=op is not Op.REMOVED)
            lines.append(line)
    return lines


_SHORT_WORDS = 3


_SIDE_CHARS = 40
_CONTEXT_WORDS = 2


def _side(text: str) -> str:
    return repr(truncate(" ".join(text.split()), _SIDE_CHARS)) if text.strip() else "nothing"


def _sides(old: str, new: str) -> tuple[str, str]:
    """Both sides of a change, cut so that the words that differ show.

    Long sides that share their opening words would read the same once cut
    to length ("'A1077 to be temporarily closed for Sout…'" twice), so the
    shared opening is elided up to two words before the first difference.

    >>> _sides(
    ...     "Council approves the new budget after a long debate on Friday night",
    ...     "Council approves the new budget after a long debate on Thursday night",
    ... )
    ("'…debate on Friday night'", "'…debate on Thursday night'")
    """
    a, b = " ".join(old.split()), " ".join(new.split())
    if not a or not b or (len(a) <= _SIDE_CHARS and len(b) <= _SIDE_CHARS):
        return _side(a), _side(b)
    words_a, words_b = a.split(" "), b.split(" ")
    shared = 0
    for word_a, word_b in zip(words_a, words_b, strict=False):
        if word_a != word_b:
            break
        shared += 1
    start = shared - _CONTEXT_WORDS
    if start <= 0 or len(" ".join(words_a[:shared])) < _SIDE_CHARS // 2:
        return _side(a), _side(b)
    return (
        repr(truncate("…" + " ".join(words_a[start:]), _SIDE_CHARS)),
        repr(truncate("…" + " ".join(words_b[start:]), _SIDE_CHARS)),
    )


# Marks at the ends of an edit that separate it from its neighbours in a list.
_LIST_MARKS = " ,;"
# Dashes standing apart at either end ("Piracy Report -") separate list items;
# the minus of "-8:00" touches its figure.
_DASHES = "-–—"


def _shown(text: str) -> str:
    """An edit's side as a summary shows it: links reduced to their text, spaces collapsed."""
    shown = " ".join(without_links(text).split())
    end = shown.rstrip(_DASHES)
    if end != shown and (not end or end.endswith(" ")):
        shown = end.rstrip()
    start = shown.lstrip(_DASHES)
    if start != shown and (not start or start.startswith(" ")):
        shown = start.lstrip()
    return shown


def _short(old: str, new: str) -> bool:
    """Whether both sides are short phrases (three words or fewer)."""
    return len(old.split()) <= _SHORT_WORDS and len(new.split()) <= _SHORT_WORDS


# Words that tie a phrase into its clause: a side holding one is a piece of
# the sentence ("at any time", "is rare"), not a phrase that stands for a name.
_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "has", "have", "had"])
_CLAUSE_WORDS = PREPOSITIONS | _AUXILIARIES
# Words that join the parts of a name ("Search and Rescue") but, at a side's
# edge, are what joined it to the list it stood in ("and Salmonella").
_JOINERS = frozenset(("and", "or"))


def _phrase(text: str) -> bool:
    """Whether *text* stands on its own as a noun phrase: words, none tying it into a clause.

    "the country", "foreign nationals" and "Search and Rescue" do; "at any
    time", "is rare", "exit Iran on", "and Salmonella" and "." do not.
    """
    words = [w.strip('.,;:()[]!?"“”‘’').lower() for w in text.split()]
    if not any(words) or words[0] in _JOINERS or words[-1] in _JOINERS:
        return False
    return all(w and w not in _CLAUSE_WORDS for w in words)


def _focus(old: str, new: str, category: EditCategory) -> tuple[str, str]:
    """What a "figures/names changed" item shows of each side of an edit.

    When both sides are short phrases they show as written ("the country ->
    Italy"). Otherwise a side shows only its figures (or names), or as
    written if it is a short phrase holding one, and a side holding none
    shows as nothing, so the item reads "removed 'Belarus'" rather than
    "Belarus -> also denies" (words that are not a name listed as one), and
    "added 'Sweden'" rather than "is rare -> in Sweden". When that leaves
    the same on both sides, the passages show as written.
    """
    names = category is not EditCategory.NUMBER
    if _short(old, new) and (not names or (_phrase(old) and _phrase(new))):
        return old, new
    pick = names_in if names else figures_in

    def side(text: str) -> str:
        found = pick(text)
        if not found:
            return ""
        short = len(text.split()) <= _SHORT_WORDS and (not names or _phrase(text))
        return text if short else ", ".join(found)

    focused = side(old), side(new)
    if focused[0] == focused[1]:
        return old, new
    return focused


def _moved_within(items: list[str]) -> list[str]:
    """Fold "removed X" and "added X" of one sentence into "X moved within its sentence".

    A name or figure taken out in one place and put back in another of the
    same sentence did not change; it moved ("The Home Office is announcing
    that from 4am ..." -> "From 4am ..., the Home Office is implementing ...").
    """
    out = list(items)
    for item in items:
        shown = item.removeprefix("removed ")
        if shown != item and item in out and f"added {shown}" in out:
            out.remove(f"added {shown}")
            out[out.index(item)] = f"{shown} moved within its sentence"
    return out


_FIGURE_CHARS = frozenset("0123456789,.:")


def _bare_figure(text: str) -> bool:
    return bool(text) and any(c.isdigit() for c in text) and set(text) <= _FIGURE_CHARS


def _with_unit(change: Change, old: str, new: str, edit_end: tuple[int, int]) -> tuple[str, str]:
    """Bare figures with the word they count, when both sides share it.

    "13 -> 20" says nothing of what changed; "13 March -> 20 March" and
    "380 cases -> 405 cases" do. Only what follows both figures unchanged
    is added (see :func:`~newsdiff._compare._words.unit_after`).
    """
    if not (_bare_figure(old) and _bare_figure(new)):
        return old, new
    unit = unit_after(" ".join(s.text for s in change.old), edit_end[0])
    if not unit or unit != unit_after(" ".join(s.text for s in change.new), edit_end[1]):
        return old, new
    return f"{old} {unit}", f"{new} {unit}"


def _edit_items(change: Change) -> dict[EditCategory, list[str]]:
    """The "figures/names/... changed" items of one change, by category."""
    found: dict[EditCategory, list[str]] = {c: [] for c in _EDIT_NOUNS}
    for edit in change.edits:
        if edit.category not in found:
            continue
        # A link's target is markup: "Piracy Report](http://...)" shows as
        # "Piracy Report".
        shown = old, new = _shown(edit.old), _shown(edit.new)
        if not old and not new:
            # Only a link's target went ("](https://...)"): nothing a reader sees.
            continue
        focused = edit.category in (EditCategory.NUMBER, EditCategory.NAME)
        if focused:
            # "added 'Palmyre Badinier'", not "added 'Palmyre Badinier,'": the
            # comma that set the name off in its list is not part of it.
            old, new = _focus(old.strip(_LIST_MARKS), new.strip(_LIST_MARKS), edit.category)
        if not old:
            found[edit.category].append(f"added {_side(new)}")
        elif not new:
            found[edit.category].append(f"removed {_side(old)}")
        elif focused and (_short(old, new) or (old, new) != shown):
            if edit.category is EditCategory.NUMBER and (old, new) == shown:
                ends = (edit.old_start + len(edit.old), edit.new_start + len(edit.new))
                old, new = _with_unit(change, old, new, ends)
            found[edit.category].append(f"{old} -> {new}")
        else:
            before, after = _sides(old, new)
            found[edit.category].append(f"{before} -> {after}")
    for category in (EditCategory.NUMBER, EditCategory.NAME):
        found[category] = _moved_within(found[category])
    return found


def _edit_lines(diff: Diff) -> list[str]:
    found: dict[EditCategory, list[str]] = {c: [] for c in _EDIT_NOUNS}
    for change in diff.changes:
        for category, items in _edit_items(change).items():
            found[category] += items
    lines = []
    for category, examples in found.items():
        if not examples:
            continue
        shown = "; ".join(examples[:_MAX_EXAMPLES])
        more = (
            f"; and {len(examples) - _MAX_EXAMPLES} more" if len(examples) > _MAX_EXAMPLES else ""
        )
        lines.append(f"{_plural(len(examples), _EDIT_NOUNS[category])} changed: {shown}{more}")
    return lines


def summarise(diff: Diff) -> str:
    """The text of :meth:`Diff.summary`."""
    if not diff:
        return "No changes."
    rating = diff.significance
    lines = [_note_line("added", n) for n in diff.notes_added]
    lines += [_note_line("removed", n) for n in diff.notes_removed]
    if rating is Significance.TYPOGRAPHIC and not lines:
        return "Typographic changes only (whitespace, quotation marks, dashes, punctuation)."
    for field in diff.metadata:
        if field.field == "headline":
            before, after = _sides(str(field.old or ""), str(field.new or ""))
            lines.append(f"Headline changed: {before} -> {after}")
    lines += _body_lines(diff)
    lines += _edit_lines(diff)
    if len(diff.old_shape) != len(diff.new_shape):
        lines.append(f"Paragraphs: {len(diff.old_shape)} -> {len(diff.new_shape)}")
    elif diff.old_shape != diff.new_shape and sum(diff.old_shape) == sum(diff.new_shape):
        lines.append("Paragraph breaks changed")
    others = [f.field for f in diff.metadata if f.field not in ("headline", "notes")]
    if others:
        lines.append(f"Other fields changed: {', '.join(others)}")
    if diff.unacknowledged:
        lines.insert(0, "Unacknowledged: a substantive change with no update or correction note")
    if not lines:
        lines.append("Analysis of unchanged sentences differs (roles or quotes).")
    return "\n".join(lines)


def _key(quote: Quote) -> tuple[str, str]:
    return (normalise(quote.speaker or ""), normalise(quote.text).lower())


def quote_changes(
    diff: Diff,
) -> tuple[tuple[Quote, ...], tuple[Quote, ...], tuple[QuoteChange, ...]]:
    """Quotes added, removed, and changed (same speaker, other words) by *diff*."""
    before = [q for c in diff.changes for s in c.old for q in s.quotes]
    after = [q for c in diff.changes for s in c.new for q in s.quotes]
    unmatched_old = list(before)
    added = []
    for quote in after:
        same = next((q for q in unmatched_old if _key(q) == _key(quote)), None)
        if same is not None:
            unmatched_old.remove(same)
        else:
            added.append(quote)
    changed = []
    still_added = []
    for quote in added:
        best, best_score = None, _QUOTE_LIKENESS
        for old in unmatched_old:
            if _key(old)[0] != _key(quote)[0]:
                continue
            score = fuzz.ratio(_key(old)[1], _key(quote)[1])
            if score >= best_score:
                best, best_score = old, score
        if best is None:
            still_added.append(quote)
        else:
            unmatched_old.remove(best)
            changed.append(QuoteChange(old=best, new=quote))
    return tuple(still_added), tuple(unmatched_old), tuple(changed)
