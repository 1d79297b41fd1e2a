"""How much a diff matters: the documented rules behind :attr:`Diff.significance`.

Each change is rated on its own and the diff takes the highest rating:

* Body sentences. Adding or removing a sentence is ``SUBSTANTIVE`` (a
  ``META`` sentence, such as a comment request or credit line: ``COPYEDIT``).
  A revised sentence (edited, moved with edits, split, merged) is rated by its
  :class:`EditCategory`: ``TYPOGRAPHY`` → ``TYPOGRAPHIC``; ``WORDING`` →
  ``COPYEDIT``; ``NUMBER``, ``NAME``, ``NEGATION``, ``QUOTE_TEXT`` →
  ``SUBSTANTIVE`` (``COPYEDIT`` in a ``META`` sentence). A move without edits
  is ``COPYEDIT`` (the story's emphasis changed, not its content). A change of
  paragraph breaks alone is ``TYPOGRAPHIC``. Sentences only re-analysed (same
  text, role or quotes read differently) count for nothing.
* Headline: a change of wording is ``SUBSTANTIVE``; of capitalisation only,
  or a slip of the keyboard in one word (``works`` -> ``work``, a stray
  letter; a name, figure or negation excepted), ``COPYEDIT``; of typography
  only, ``TYPOGRAPHIC``. Byline: ``COPYEDIT``
  (typography only: ``TYPOGRAPHIC``).
* Notes: a correction or clarification added or removed is ``SUBSTANTIVE``;
  any other note added, removed or reworded is ``COPYEDIT``; a note changed
  in typography only is ``TYPOGRAPHIC``.
* URL, timestamps, boilerplate and metadata keys: ``NONE`` (they change
  between captures of the same text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from newsdiff._base._kinds import EditCategory, NoteKind, Op, Role, Significance
from newsdiff._base._lang import capitalises_nouns
from newsdiff._base._text import normalise
from newsdiff._compare._words import changes_facts, word_edits
from newsdiff._model._changes import Change, FieldChange, notes_in
from newsdiff._model._parts import Note

if TYPE_CHECKING:
    from newsdiff._compare._difftype import Diff

__all__ = ["change_significance", "field_significance", "significance"]

_CATEGORY = {
    EditCategory.TYPOGRAPHY: Significance.TYPOGRAPHIC,
    EditCategory.WORDING: Significance.COPYEDIT,
    EditCategory.NAME: Significance.SUBSTANTIVE,
    EditCategory.NUMBER: Significance.SUBSTANTIVE,
    EditCategory.NEGATION: Significance.SUBSTANTIVE,
    EditCategory.QUOTE_TEXT: Significance.SUBSTANTIVE,
}
_SERIOUS_NOTES = (NoteKind.CORRECTION, NoteKind.CLARIFICATION)


def change_significance(change: Change) -> Significance:
    """The significance of one body change."""
    meta = all(s.role is Role.META for s in (*change.old, *change.new))
    if change.op in (Op.ADDED, Op.REMOVED):
        rating = Significance.SUBSTANTIVE
    elif change.category is None:
        rating = Significance.COPYEDIT if change.op is Op.MOVED else Significance.NONE
    else:
        rating = _CATEGORY[change.category]
        # Rewording that brings in or drops a figure, date or name changes what
        # the article reports, though no figure turned into another.
        if rating is Significance.COPYEDIT:
            # German is told from each side's text, as the word edits were.
            noun_case = capitalises_nouns(change.old_text) or capitalises_nouns(change.new_text)
            if any(
                e.category is EditCategory.WORDING
                and changes_facts(e.old, e.new, noun_case=noun_case)
                for e in change.edits
            ):
                rating = Significance.SUBSTANTIVE
    if meta:
        return min(rating, Significance.COPYEDIT)
    return rating


def field_significance(change: FieldChange) -> Significance:
    """The significance of one change outside the body."""
    if change.field == "headline":
        before, after = normalise(str(change.old or "")), normalise(str(change.new or ""))
        if before == after:
            return Significance.TYPOGRAPHIC
        if before.casefold() == after.casefold():
            # "... plan for covid" -> "... plan for Covid": house style, rated as
            # a case change in the body is (a WORDING edit).
            return Significance.COPYEDIT
        edits, category = word_edits(before, after)
        if category is EditCategory.TYPOGRAPHY:
            return Significance.TYPOGRAPHIC
        if category is EditCategory.WORDING and all(
            e.category is EditCategory.TYPOGRAPHY or _slip(e.old, e.new, after) for e in edits
        ):
            # "xStärkung der ..." -> "Stärkung der ...": a typo fixed, not a
            # headline rewritten.
            return Significance.COPYEDIT
        return Significance.SUBSTANTIVE
    if change.field == "byline":
        if _folded(change.old) == _folded(change.new):
            return Significance.TYPOGRAPHIC
        return Significance.COPYEDIT
    if change.field == "notes":
        old, new = notes_in(change.old), notes_in(change.new)
        if [(n.kind, normalise(n.text)) for n in old] == [(n.kind, normalise(n.text)) for n in new]:
            return Significance.TYPOGRAPHIC
        kinds_old = sorted(n.kind.value for n in old if _serious(n))
        kinds_new = sorted(n.kind.value for n in new if _serious(n))
        added = [n for n in new if n not in old and _serious(n)]
        removed = [n for n in old if n not in new and _serious(n)]
        if kinds_old != kinds_new or added or removed:
            return Significance.SUBSTANTIVE
        return Significance.COPYEDIT
    return Significance.NONE


def _slip(old: str, new: str, headline: str) -> bool:
    """Tell whether one word became another by a slip of the keyboard.

    One letter in a word of four or more ("works" -> "work"), two in one of
    seven or more; "ban" -> "bar" is a new word. A word next to another
    capitalised word in the new *headline* is part of a name, and a name
    respelled ("Nadia Braun Binder" -> "Nadja Braun Binder") is corrected,
    not slipped.
    """
    if not old or not new or " " in old or " " in new:
        return False
    if new[:1].isupper() and re.search(
        rf"(?:\b[^\W\d_]*[A-ZÀ-Þ][\w.’'-]*\s+{re.escape(new)}\b|\b{re.escape(new)}\s+[A-ZÀ-Þ])",
        headline,
    ):
        return False
    shorter = min(len(old), len(new))
    distance = Levenshtein.distance(old, new)
    return (distance == 1 and shorter >= 4) or (distance == 2 and shorter >= 7)


# "Fixed minor typo", "Corrected a spelling mistake", "formatting changes": a
# correction of form. The body change it comes with is rated on its own.
_FORM_ONLY = re.compile(
    r"\b(?:typo(?:s|graphical)?|spelling|misspel\w*|grammar|grammatical|punctuation|"
    r"formatting|broken links?|minor (?:edits?|changes?|amendments?))\b",
    re.IGNORECASE,
)
_OF_SUBSTANCE = re.compile(
    r"\b(?:incorrect(?:ly)?|wrong(?:ly)?|inaccura\w*|misstat\w*|error|mistaken(?:ly)?|"
    r"figures?|name[ds]?|dates?|misquot\w*|false(?:ly)?)\b",
    re.IGNORECASE,
)


def _serious(note: Note) -> bool:
    """A correction or clarification, unless its own words say it fixed only form.

    A note such as "Fixed minor typo" is still a correction (its kind says
    so), but it does not make the diff SUBSTANTIVE by itself; one that also
    names an error of substance ("a typo in a figure", "the wrong date") does.
    """
    if note.kind not in _SERIOUS_NOTES:
        return False
    return not (_FORM_ONLY.search(note.text) and not _OF_SUBSTANCE.search(note.text))


def _folded(value: object) -> list[str]:
    items: Iterable[object] = value if isinstance(value, tuple) else ()
    return [normalise(str(item)) for item in items]


def significance(diff: Diff) -> Significance:
    """The highest significance among a diff's changes; ``NONE`` for an empty diff."""
    rating = Significance.NONE
    for change in diff.changes:
        rating = max(rating, change_significance(change))
    for field in diff.metadata:
        rating = max(rating, field_significance(field))
    if diff.old_shape != diff.new_shape:
        rating = max(rating, Significance.TYPOGRAPHIC)
    return rating
