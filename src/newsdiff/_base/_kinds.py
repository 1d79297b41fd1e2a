"""The kinds newsdiff names: roles, quote and note kinds, ops, edit kinds, significance.

``EditCategory`` and ``Significance`` are ordered by declaration, so ``max``
picks the category that takes precedence and the greater significance.
"""

from __future__ import annotations

import enum

__all__ = [
    "EditCategory",
    "EditKind",
    "NoteKind",
    "Op",
    "QuoteKind",
    "Role",
    "Significance",
]


class Role(enum.Enum):
    """What a sentence does in the story.

    ``FACT``: new reported information (events, figures, outcomes).
    ``QUOTE``: attributed speech, direct or reported.
    ``BACKGROUND``: earlier events, history, standing context.
    ``ANALYSIS``: evaluation, expectation, judgement that is not quoted.
    ``META``: text about the article rather than the story (comment requests,
    credits, "This story has been updated").
    """

    FACT = "fact"
    QUOTE = "quote"
    BACKGROUND = "background"
    ANALYSIS = "analysis"
    META = "meta"


class QuoteKind(enum.Enum):
    """How speech is reported.

    ``DIRECT``: a sentence or more in quotation marks. ``PARTIAL``: a quoted
    fragment inside reported speech. ``INDIRECT``: reported speech without marks.
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class NoteKind(enum.Enum):
    """The kind of note a newsroom appends to a revised article."""

    UPDATE = "update"
    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    EDITORS_NOTE = "editors_note"


class Op(enum.Enum):
    """What happened to a sentence (or a few) between two revisions.

    ``ADDED``/``REMOVED``: only on one side. ``EDITED``: the same sentence,
    revised, in its place. ``MOVED``: the same sentence out of the order the
    rest kept (it may also be edited). ``SPLIT``: one old sentence became two
    or more consecutive new ones. ``MERGED``: two or more consecutive old
    sentences became one.
    """

    ADDED = "added"
    REMOVED = "removed"
    EDITED = "edited"
    MOVED = "moved"
    SPLIT = "split"
    MERGED = "merged"


class _Ranked(enum.Enum):
    """An enum whose members are ordered by declaration."""

    @property
    def rank(self) -> int:
        """Position in declaration order: later members rank higher."""
        return list(type(self)).index(self)

    def _cmp(self, other: object) -> int | None:
        if type(other) is not type(self):
            return None
        assert isinstance(other, _Ranked)
        return self.rank - other.rank

    def __lt__(self, other: object) -> bool:
        d = self._cmp(other)
        return NotImplemented if d is None else d < 0

    def __le__(self, other: object) -> bool:
        d = self._cmp(other)
        return NotImplemented if d is None else d <= 0

    def __gt__(self, other: object) -> bool:
        d = self._cmp(other)
        return NotImplemented if d is None else d > 0

    def __ge__(self, other: object) -> bool:
        d = self._cmp(other)
        return NotImplemented if d is None else d >= 0


class EditCategory(_Ranked):
    """What kind of word-level change an edit (or a changed sentence) is.

    A sentence takes the highest category among its edits, in this precedence
    (highest first): ``QUOTE_TEXT`` (words of a direct or partial quote),
    ``NEGATION`` (not, no, never, n't ... added or removed), ``NUMBER`` (a
    figure, a number word, or a date word: weekday or month name),
    ``NAME`` (a capitalised proper name), ``WORDING`` (any other word), and
    ``TYPOGRAPHY`` (only whitespace, quotation-mark or dash style, other
    punctuation, Unicode form).

    >>> max([EditCategory.NAME, EditCategory.NUMBER])
    <EditCategory.NUMBER: 'number'>
    """

    TYPOGRAPHY = "typography"
    WORDING = "wording"
    NAME = "name"
    NUMBER = "number"
    NEGATION = "negation"
    QUOTE_TEXT = "quote_text"


class Significance(_Ranked):
    """How much a diff matters, ordered: ``NONE < TYPOGRAPHIC < COPYEDIT < SUBSTANTIVE``.

    >>> Significance.COPYEDIT > Significance.TYPOGRAPHIC
    True
    >>> max(Significance.NONE, Significance.SUBSTANTIVE).name
    'SUBSTANTIVE'
    """

    NONE = "none"
    TYPOGRAPHIC = "typographic"
    COPYEDIT = "copyedit"
    SUBSTANTIVE = "substantive"


class EditKind(enum.Enum):
    """A word-level edit: tokens inserted, deleted, or replaced."""

    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"
