"""Sentence analysis: the quotes and the role of every sentence.

Quotes are found over the whole article at once (a quotation may run over
several paragraphs and a pronoun is resolved to the speaker named before it);
then each sentence gets its role from its own text, its quotes, whether it is
in the first paragraph and whether the sentence before it carried a quote.
See :mod:`newsdiff._quotes` and :mod:`newsdiff._roles` for the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsdiff._model import Sentence
from newsdiff._quotes import find_quotes
from newsdiff._roles import roles

__all__ = ["analyse"]


def analyse(
    paragraphs: Sequence[Sequence[str]], *, published_at: datetime | None = None
) -> list[list[Sentence]]:
    """Give every sentence of every paragraph its role and quotes.

    Texts are kept exactly as given; the result has the same shape as
    *paragraphs*.

    >>> [[s] for [s] in analyse([["Brian Carter told Newsweek: “It is over.”"]])]
    [[Sentence(text='Brian Carter told Newsweek: “It is over.”', role=<Role.QUOTE: 'quote'>, quotes=(Quote(text='It is over.', speaker='Brian Carter', cue='told Newsweek', kind=<QuoteKind.DIRECT: 'direct'>, balanced=True),))]]
    """  # noqa: E501
    quotes = find_quotes(paragraphs)
    flat = [
        (text, found, p == 0)
        for p, (sentences, row) in enumerate(zip(paragraphs, quotes, strict=True))
        for text, found in zip(sentences, row, strict=True)
    ]
    assigned = iter(roles(flat, published_at=published_at))
    return [
        [
            Sentence(text=text, role=next(assigned), quotes=found)
            for text, found in zip(s, row, strict=False)
        ]
        for s, row in zip(paragraphs, quotes, strict=True)
    ]
