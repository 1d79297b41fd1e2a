"""The quote pass a paragraph at a time, unchanged paragraphs looked up, not read again.

:func:`~newsdiff._analysis._quotes.find_quotes` reads an article in order,
and what it carries from one paragraph to the next is small: whether a
quotation was left open, the speech act of an ``X said:`` line waiting for
its quotation, the kind, speaker and cue of the last quotation (or of the
reported speech that ended a paragraph, which a quotation opening the next one
goes on from) and how many paragraphs back it was (up to two more than a
speaker is inherited over),
and the speakers and named subjects a pronoun may still reach
(:meth:`~newsdiff._analysis._referents.Referents.recent`). Everything else a
paragraph's quotes depend on is its own sentences, the last sentence of the
paragraph before it (a colon introduction), of the paragraph after it
whether it opens with a quotation mark (a quotation left open goes on) and,
while an ``X said:`` line waits for its quotation, its sentences, and which of the three came from a
``<blockquote>``.

:func:`quotes_by_paragraph` runs the same reader, and keeps each
paragraph's quotes and the state after it under all of that, in a bounded
store. Both sides of a pair and the captures of a history share most
paragraphs, and after an edit the state is soon the same again, so most
paragraphs of the second reading are looked up; the reader is set to the
state kept only when a paragraph must be read again. The state holds
distances, not paragraph numbers, so a paragraph moved down by an insertion
above it is still found. The result is the same as reading the whole article
at once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from newsdiff._analysis._marks import Span
from newsdiff._analysis._quotes import _INHERIT_REACH, _Found, _Reader
from newsdiff._analysis._referents import Recent, Referents
from newsdiff._base._caches import BoundedStore
from newsdiff._base._kinds import QuoteKind
from newsdiff._model._parts import Quote

__all__ = ["quotes_by_paragraph"]

#: The last quotation read: how many paragraphs back (capped), its kind,
#: speaker and cue.
_Last = tuple[int, QuoteKind, str | None, str | None]
#: What the reading carries into a paragraph: whether a quotation is still
#: open, the ``X said:`` speech act waiting for its quotation, the last
#: quotation, and the referents in reach.
_State = tuple[bool, tuple[str | None, str] | None, _Last | None, Recent]
#: A paragraph and what its reading depends on besides itself: the last
#: sentence before it, the paragraph after it, which of the three are
#: block quotations, and the state carried in.
_Key = tuple[
    str | None,
    Sequence[str],
    tuple[str, Sequence[str] | None] | None,
    int,
    _State,
]

# The reader reads of the last quotation only its speaker and cue (and its
# paragraph, kept as the distance): where it stood is no part of the state.
_ELSEWHERE: Final = Span(start=0, end=0, mark_start=0, mark_end=0, balanced=True)
# The reader tells a quotation one paragraph past the inherit reach (which
# goes on from it after a caption) from one further back (which does not):
# the distance kept must tell them apart too.
_FAR: Final = _INHERIT_REACH + 2

# Keyed on the sentences the revisions already hold (no copies); an entry is
# about a kilobyte, and two captures of a long article (some 130 paragraphs
# for 5,000 words) fit.
_STEPS: Final[BoundedStore[_Key, tuple[tuple[tuple[Quote, ...], ...], _State]]] = BoundedStore(512)


def quotes_by_paragraph(
    paragraphs: Sequence[Sequence[str]], *, blockquotes: Collection[int] = ()
) -> list[list[tuple[Quote, ...]]]:
    """Return what :func:`~newsdiff._analysis._quotes.find_quotes` returns, a paragraph at a time.

    >>> found = quotes_by_paragraph([["Ann Lee said: “It is over.”"], ["She added: “We lost.”"]])
    >>> [(q.text, q.speaker) for para in found for s in para for q in s]
    [('It is over.', 'Ann Lee'), ('We lost.', 'Ann Lee')]
    """
    rows = [tuple(sentences) for sentences in paragraphs]
    reader = _Reader(rows, blockquotes)
    # The state before the paragraph at hand; the reader is in it when in_step.
    state = _state(reader, 0)
    in_step = True
    result: list[list[tuple[Quote, ...]]] = []
    for p in range(len(rows)):
        key = _key(reader, p, state)
        kept = _STEPS.get(key)
        if kept is not None:
            found, state = kept
            in_step = False
        else:
            if not in_step:
                _restore(reader, p, state)
                in_step = True
            [read] = reader.read(range(p, p + 1))
            found = tuple(read)
            state = _state(reader, p + 1)
            _STEPS.put(key, (found, state))
        result.append(list(found))
    return result


def _key(reader: _Reader, p: int, state: _State) -> _Key:
    """Return all the reading of paragraph *p* depends on, *state* carried in."""
    rows, quoted = reader.paragraphs, reader.blockquotes
    following: tuple[str, Sequence[str] | None] | None = None
    if p + 1 < len(rows):
        # Of the next paragraph, the reader reads whether it opens with a
        # quotation mark (a quotation left open goes on) and, when an "X
        # said:" line waits for its quotation, the whole paragraph.
        waits = state[1] is not None
        following = (reader.texts[p + 1].lstrip()[:2], rows[p + 1] if waits else None)
    return (
        rows[p - 1][-1] if p > 0 and rows[p - 1] else None,
        rows[p],
        following,
        # Which of the three are block quotations, as bits (a small int, kept once).
        (p - 1 in quoted) | (p in quoted) << 1 | (p + 1 in quoted) << 2,
        state,
    )


def _state(reader: _Reader, p: int) -> _State:
    """Return the state *reader* carries into paragraph *p*."""
    last: _Last | None = None
    if reader.last is not None:
        at, found = reader.last
        last = (min(p - at, _FAR), found.kind, found.speaker, found.cue)
    return (reader.carried, reader.block, last, reader.referents.recent(p))


def _restore(reader: _Reader, p: int, state: _State) -> None:
    """Put *reader* in *state*, before paragraph *p*."""
    reader.carried, reader.block, last, recent = state
    reader.last = None
    if last is not None:
        distance, kind, speaker, cue = last
        reader.last = (p - distance, _Found(span=_ELSEWHERE, kind=kind, speaker=speaker, cue=cue))
    reader.last_sentence = None
    reader.referents = Referents.restored(p, recent)
