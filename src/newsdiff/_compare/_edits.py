"""The word edits and category a sentence change carries, from its own sentences."""

from __future__ import annotations

from newsdiff._base._kinds import EditCategory, Op
from newsdiff._compare._words import word_edits
from newsdiff._model._changes import Edit
from newsdiff._model._parts import Sentence

__all__ = ["edits_for"]


def edits_for(
    op: Op, old: tuple[Sentence, ...], new: tuple[Sentence, ...]
) -> tuple[tuple[Edit, ...], EditCategory | None]:
    """The word edits and category of a change of *op* from sentences *old* to *new*.

    Added and removed sentences carry none; a split or merge compares the
    sentences joined, and re-cutting the same words is typography. ``diff``
    builds changes with this, and ``Diff.from_dict`` recomputes them with it,
    so a diff read from JSON cannot carry edits its own text does not show.
    """
    if op in (Op.ADDED, Op.REMOVED):
        return (), None
    if len(old) == len(new) == 1:
        return word_edits(old[0].text, new[0].text)
    edits, category = word_edits(" ".join(s.text for s in old), " ".join(s.text for s in new))
    return edits, category or EditCategory.TYPOGRAPHY
