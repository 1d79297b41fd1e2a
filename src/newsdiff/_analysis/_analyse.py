"""Sentence analysis: the quotes and the role of every sentence.

Quotes are found over the whole article in order (a quotation may run over
several paragraphs and a pronoun is resolved to the speaker named before it),
a paragraph at a time so that unchanged paragraphs are read once
(:mod:`newsdiff._analysis._quotesteps`); then each sentence gets its role
from its own text and quotes, its neighbours, and its place relative to the
lead (the first paragraph that opens the story, see
:func:`newsdiff._analysis._roles.lead_paragraph`).
See :mod:`newsdiff._analysis._quotes` and :mod:`newsdiff._analysis._roles` for the rules.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from typing import overload

import attrs

from newsdiff._analysis._quotesteps import quotes_by_paragraph
from newsdiff._analysis._roles import lead_paragraph, roles
from newsdiff._base._text import ANY_INVISIBLE, INVISIBLE_CHARS
from newsdiff._model._parts import Quote, Sentence

__all__ = ["analyse"]

_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))


def _visible(text: str) -> str:
    """*text* without invisible formatting characters."""
    if ANY_INVISIBLE.search(text) is None:
        return text
    return text.translate(_DROP_INVISIBLE)


def _restore(text: str, seen: str, found: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Map quotes found in *seen* (text without invisible characters) back onto *text*.

    ``Quote.text`` stays an exact substring of the sentence as written; speaker
    and cue keep the visible spelling (a name is a name, soft hyphen or not).
    """
    if seen == text or not found:
        return found
    # where[i] is the position in *text* of the i-th character of *seen*.
    where = [i for i, ch in enumerate(text) if ord(ch) not in _DROP_INVISIBLE]
    where.append(len(text))
    restored = []
    start = 0
    for quote in found:
        at = seen.find(quote.text, start)
        if at < 0 or not quote.text:
            restored.append(quote)
            continue
        end = at + len(quote.text)
        restored.append(attrs.evolve(quote, text=text[where[at] : where[end - 1] + 1]))
        start = end
    return tuple(restored)


def analyse(
    paragraphs: Sequence[Sequence[str]],
    *,
    published_at: datetime | None = None,
    blockquotes: Collection[int] = (),
) -> list[tuple[Sentence, ...]]:
    """Give every sentence of every paragraph its role and quotes.

    Texts are kept exactly as given; the result has the same shape as
    *paragraphs*. *blockquotes* holds the indices of the paragraphs that came
    from a ``<blockquote>`` (for the page reader to pass): after a line like
    ``Anna Field said:``, a quotation without quotation marks goes on over
    every following paragraph of the block, not only the first (see
    :func:`newsdiff._analysis._quotes.find_quotes`).

    >>> [[s] for [s] in analyse([["Brian Carter told Newsweek: “It is over.”"]])]
    [[Sentence(text='Brian Carter told Newsweek: “It is over.”', role=<Role.QUOTE: 'quote'>, quotes=(Quote(text='It is over.', speaker='Brian Carter', cue='told Newsweek', kind=<QuoteKind.DIRECT: 'direct'>, balanced=True),))]]
    """  # noqa: E501
    # Soft hyphens, zero-width and bidi marks split words ("sai\u00add") without
    # changing them, so the rules read a copy without them; quotes found there
    # are mapped back onto the text as written. A paragraph without such marks
    # (nearly all) is read as given: no copy of it, nor of its quotes, is made.
    visible = [_visible_row(sentences) for sentences in paragraphs]
    quotes = quotes_by_paragraph(visible, blockquotes=blockquotes)
    for p, (sentences, seen_row) in enumerate(zip(paragraphs, visible, strict=True)):
        if seen_row is not sentences:
            quotes[p] = [
                _restore(text, seen, row_quotes)
                for text, seen, row_quotes in zip(sentences, seen_row, quotes[p], strict=True)
            ]
    flat = _Flat(visible, quotes, lead_paragraph(visible))
    assigned = iter(roles(flat, published_at=published_at))
    # The sentences are built last, when the revision is nearly whole: what
    # roles read goes first, and each paragraph's row of quotes once used.
    del flat, visible
    quotes.reverse()
    result = []
    for sentences in paragraphs:
        row = quotes.pop()
        result.append(
            tuple(
                [
                    Sentence(text=text, role=next(assigned), quotes=found)
                    for text, found in zip(sentences, row, strict=False)
                ]
            )
        )
    return result


class _Flat(Sequence[tuple[str, Sequence[Quote], bool]]):
    """Every sentence in order as ``(text, quotes, in the lead paragraph)``, made when read.

    What :func:`~newsdiff._analysis._roles.roles` reads, without a list of a
    tuple per sentence held while it runs (some 80 bytes a sentence).
    """

    def __init__(
        self, rows: Sequence[Sequence[str]], quotes: Sequence[Sequence[Sequence[Quote]]], lead: int
    ) -> None:
        self._rows = rows
        self._quotes = quotes
        self._lead = lead
        self._len = sum(map(len, rows))

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[tuple[str, Sequence[Quote], bool]]:
        for p, (row, found) in enumerate(zip(self._rows, self._quotes, strict=True)):
            lead = p == self._lead
            for text, quotes in zip(row, found, strict=True):
                yield text, quotes, lead

    @overload
    def __getitem__(self, index: int) -> tuple[str, Sequence[Quote], bool]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, Sequence[Quote], bool]]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[str, Sequence[Quote], bool] | list[tuple[str, Sequence[Quote], bool]]:
        # Not on the hot path: roles() only iterates.
        return list(self)[index]


def _visible_row(sentences: Sequence[str]) -> Sequence[str]:
    """*sentences* without invisible characters: the same sequence when none has any."""
    for text in sentences:
        if ANY_INVISIBLE.search(text) is not None:
            return [_visible(text) for text in sentences]
    return sentences
