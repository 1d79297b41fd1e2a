"""Strategies shared by the test suite.

The general ones are the public :mod:`newsdiff.strategies`; this module adds the
few that only our own laws need.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from newsdiff import Revision
from newsdiff.strategies import (
    NAMES,
    PLACES,
    _rebuild,
    articles,
    bump_figure,
    edit_body,
    edited_pairs,
    notes,
    paragraphs,
    plain_sentences,
    quote_sentences,
    restyle_quotes,
    revisions,
    sentences,
    typographic_pairs,
)

__all__ = [
    "NAMES",
    "PLACES",
    "articles",
    "bump_figure",
    "edit_body",
    "edited_pairs",
    "notes",
    "paragraphs",
    "permuted_pairs",
    "plain_sentences",
    "quote_sentences",
    "restyle_quotes",
    "revisions",
    "sentences",
    "typographic_pairs",
]


@st.composite
def permuted_pairs(draw: st.DrawFn) -> tuple[Revision, Revision]:
    """A revision with distinct sentences and the same paragraphs in another order."""
    old = draw(revisions())
    texts = [s.text for s in old.sentences]
    if len(set(texts)) != len(texts):
        old = _rebuild(old, [[s] for s in dict.fromkeys(old.sentences)])
    order = draw(st.permutations(range(len(old.paragraphs))))
    new = attrs.evolve(old, paragraphs=tuple(old.paragraphs[k] for k in order))
    return old, new
