"""The word edits and category a sentence change carries, from its own sentences."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff._base._kinds import EditCategory, Op, QuoteKind
from newsdiff._compare._words import word_edits
from newsdiff._model._changes import Edit
from newsdiff._model._parts import Sentence

__all__ = ["edits_for"]


def _quotations(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The character ranges of the sentences, joined by spaces, that are quotations.

    A quotation is a ``DIRECT`` or ``PARTIAL`` quote the analysis found: the
    words someone said, marked or not (a press release's quoted paragraph has
    no marks). A page's name, a title or a term in quotation marks
    ("the ‘Entry requirements’ page", "(“comprobante de denuncia”)") is not
    one, so rewording it is no "quoted passage changed". Reported speech is
    the writer's words, not the speaker's.
    """
    spans: list[tuple[int, int]] = []
    at = 0
    for sentence in sentences:
        for quote in sentence.quotes:
            if quote.kind is QuoteKind.INDIRECT:
                continue
            start = sentence.text.find(quote.text)
            if start >= 0:
                spans.append((at + start, at + start + len(quote.text)))
        at += len(sentence.text) + 1
    return sorted(spans)


def edits_for(
    op: Op, old: tuple[Sentence, ...], new: tuple[Sentence, ...]
) -> tuple[tuple[Edit, ...], EditCategory | None]:
    """The word edits and category of a change of *op* from sentences *old* to *new*.

    Added and removed sentences carry none; a split or merge compares the
    sentences joined, and re-cutting the same words is typography. An edit
    inside a quotation of either side (see :func:`_quotations`) is
    ``QUOTE_TEXT``. ``diff`` builds changes with this, and ``Diff.from_dict``
    recomputes them with it, so a diff read from JSON cannot carry edits its
    own text does not show.
    """
    if op in (Op.ADDED, Op.REMOVED):
        return (), None
    quoted = (_quotations(old), _quotations(new))
    if len(old) == len(new) == 1:
        return word_edits(old[0].text, new[0].text, quoted=quoted)
    edits, category = word_edits(
        " ".join(s.text for s in old), " ".join(s.text for s in new), quoted=quoted
    )
    return edits, category or EditCategory.TYPOGRAPHY
