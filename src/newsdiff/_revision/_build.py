"""Turn paragraphs given as text into analysed :class:`Paragraph` values.

Shared by :meth:`Revision.from_paragraphs` and the parsers, so every way of
making a revision segments and analyses text the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._segment import split_sentences
from newsdiff._base._text import normalise
from newsdiff._model._parts import Paragraph
from newsdiff.exceptions import InvalidTypeError, ValidationError


def build_paragraphs(
    paragraphs: Iterable[Any],
    *,
    published_at: datetime | None = None,
    blockquote_texts: Collection[str] = (),
) -> tuple[Paragraph, ...]:
    """Segment and analyse *paragraphs* (strings, sequences of strings, or Paragraphs).

    *blockquote_texts* holds the normalised texts of the paragraphs the page
    set in a quotation block (the page reader passes them): those paragraphs
    are analysed as block quotations.
    """
    if isinstance(paragraphs, str | bytes) or not isinstance(paragraphs, Iterable):
        raise InvalidTypeError.for_field(
            "paragraphs", paragraphs, "an iterable of paragraphs (str, sequence of str, Paragraph)"
        )
    # Each paragraph's sentences as a tuple: held until the analysis ends, a
    # tuple takes less room than the list it is made from.
    texts: list[tuple[str, ...]] = []
    given: list[Paragraph | None] = []
    for i, item in enumerate(paragraphs):
        if isinstance(item, Paragraph):
            texts.append(tuple([s.text for s in item.sentences]))
            given.append(item)
            continue
        if isinstance(item, str):
            sentences = split_sentences(item)
            if not sentences:
                raise ValidationError.for_field(
                    f"paragraphs[{i}]", item, "a paragraph must contain non-whitespace text"
                )
        elif isinstance(item, Sequence) and not isinstance(item, bytes | bytearray):
            sentences = list(item)
            if not sentences:
                raise ValidationError.for_field(
                    f"paragraphs[{i}]", item, "a paragraph needs at least one sentence"
                )
            for j, sentence in enumerate(sentences):
                if not isinstance(sentence, str):
                    raise InvalidTypeError.for_field(f"paragraphs[{i}][{j}]", sentence, "str")
                if not sentence.strip():
                    raise ValidationError.for_field(
                        f"paragraphs[{i}][{j}]", sentence, "must contain non-whitespace text"
                    )
        else:
            raise InvalidTypeError.for_field(
                f"paragraphs[{i}]", item, "str, a sequence of str, or Paragraph"
            )
        texts.append(tuple(sentences))
        given.append(None)
    blocks = [
        i
        for i, sentences in enumerate(texts)
        if blockquote_texts and normalise(" ".join(sentences)) in blockquote_texts
    ]
    analysed = analyse(texts, published_at=published_at, blockquotes=blocks)
    # The texts are in the sentences now: they go before the paragraphs are made.
    del texts
    return tuple(
        kept if kept is not None else Paragraph(sentences=tuple(sentences))
        for kept, sentences in zip(given, analysed, strict=True)
    )
