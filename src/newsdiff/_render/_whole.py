"""The whole article in reading order, with the diff's changes in their places.

A :class:`Diff` holds only the sentences that changed, so this view needs both
revisions: the new one gives the reading order and the unchanged sentences,
the diff says which sentences changed and how. Removed sentences, and the
old place of a moved one, stand just after the nearest sentence before them
that kept its place (as :meth:`Diff.changes` orders removals). Every item
is placed once, in one pass over the sentences: cost is linear in the article.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsdiff._base._kinds import Op
from newsdiff._compare._difftype import Diff
from newsdiff._compare._order import unlisted
from newsdiff._model._changes import Change
from newsdiff._render._common import move_places
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import BaseMismatchError, ValidationError

__all__ = ["Block", "Changed", "Fold", "Kept", "MovedAway", "check_whole", "layout"]


@attrs.frozen
class Kept:
    """An unchanged sentence of the new revision."""

    text: str


@attrs.frozen
class Changed:
    """A change at its place in the new revision (a removal: where it stood).

    ``moved_from`` names the old place of a sentence that really moved.
    """

    change: Change
    moved_from: str | None = None


@attrs.frozen
class MovedAway:
    """The old place of a moved sentence; ``moved_to`` names where it went."""

    change: Change
    moved_to: str


Item = Kept | Changed | MovedAway


@attrs.frozen
class Block:
    """One paragraph of the new revision (``number`` from 1) with its items.

    A *gone* block is a paragraph of the old revision none of whose sentences
    kept a place in the new one (all removed or moved away); ``number`` is
    then its number in the old revision.
    """

    number: int
    items: tuple[Item, ...]
    gone: bool = False

    @property
    def label(self) -> str:
        """The paragraph as shown: "¶3", or "was ¶2" for a paragraph that is gone."""
        return f"was ¶{self.number}" if self.gone else f"¶{self.number}"

    @property
    def changed(self) -> bool:
        """Whether anything in the paragraph changed."""
        return any(not isinstance(item, Kept) for item in self.items)


@attrs.frozen
class Fold:
    """A run of unchanged paragraphs, shown as their count."""

    count: int
    first: int
    last: int

    @property
    def label(self) -> str:
        """How the fold reads: "… 3 unchanged paragraphs (¶4-6) …"."""
        where = f"¶{self.first}" if self.first == self.last else f"¶{self.first}-{self.last}"
        noun = "paragraph" if self.count == 1 else "paragraphs"
        return f"… {self.count} unchanged {noun} ({where}) …"


def check_whole(
    diff: Diff, old: Revision | None, new: Revision | None, *, whole: bool, fold: bool
) -> None:
    """Refuse a whole-article request without both revisions, or with revisions of another diff."""
    if fold and not whole:
        raise ValidationError.for_field(
            "fold", fold, "folds the whole-article view: add whole=True"
        )
    if not whole:
        return
    for name, revision, expected in (("old", old, diff.old_id), ("new", new, diff.new_id)):
        if revision is None:
            raise ValidationError.for_field(
                name, revision, "the whole-article view needs both revisions (old= and new=)"
            )
        if revision.id != expected:
            raise BaseMismatchError(
                f"{name}: the diff's {name} revision is {expected[:12]}…, not {revision.id[:12]}…",
                field=name,
                value=(expected, revision.id),
            )


def layout(diff: Diff, new: Revision, *, fold: bool) -> tuple[Block | Fold, ...]:
    """The new revision's paragraphs with every change in its place, unchanged runs folded if asked.

    Removed sentences and the old places of moves stand after the nearest
    earlier sentence that kept its place; when none of their old paragraph's
    sentences kept a place, they form a paragraph of their own ("was ¶2") after
    the new paragraph holding that sentence.
    """
    news = new.sentences
    n_old, n_new = sum(diff.old_shape), len(news)
    first_new: dict[int, Change] = {}
    covered: set[int] = set()
    for listed in diff.changes:
        if listed.new_indices:
            first_new[listed.new_indices[0]] = listed
            covered.update(listed.new_indices)
    after, gone = _displaced(diff, n_old, n_new)
    blocks: list[Block] = list(gone.get(-1, ()))
    start = 0
    for number, count in enumerate(diff.new_shape, 1):
        items: list[Item] = list(after.get(-1, ())) if number == 1 else []
        following: list[Block] = []
        for j in range(start, start + count):
            change = first_new.get(j)
            if change is not None:
                moved = move_places(change, diff)
                items.append(Changed(change, moved[0] if moved else None))
            elif j not in covered:
                items.append(Kept(news[j].text))
            items += after.get(j, ())
            following += gone.get(j, ())
        blocks.append(Block(number, tuple(items)))
        blocks += following
        start += count
    return _folded(blocks) if fold else tuple(blocks)


def _displaced(
    diff: Diff, n_old: int, n_new: int
) -> tuple[dict[int, list[Item]], dict[int, list[Block]]]:
    """Removed sentences and old places of moves, keyed by the new index they follow (-1: first).

    Those whose old paragraph kept no sentence in place come second, as
    paragraphs of their own.
    """
    anchors = dict(unlisted(diff.changes, diff.reanalysed, n_old, n_new))
    for change in (*diff.changes, *diff.reanalysed):
        if change.new_indices and move_places(change, diff) is None:
            for o in change.old_indices:
                anchors[o] = change.new_indices[0]
    placed: list[tuple[int, Item]] = []
    for change in diff.changes:
        moved = move_places(change, diff)
        if change.op is Op.REMOVED:
            placed.append((change.old_indices[0], Changed(change)))
        elif moved is not None:
            placed.append((change.old_indices[0], MovedAway(change, moved[1])))
    if not placed:
        return {}, {}
    before = _running_anchor(anchors, n_old)
    paragraph_of = _paragraphs(diff.old_shape)
    kept_paragraphs = {paragraph_of[o] for o in anchors}
    after: dict[int, list[Item]] = {}
    gone: dict[int, list[Block]] = {}
    for o, item in sorted(placed, key=lambda pair: pair[0]):
        paragraph = paragraph_of[o]
        if paragraph in kept_paragraphs:
            after.setdefault(before[o], []).append(item)
            continue
        blocks = gone.setdefault(before[o], [])
        if blocks and blocks[-1].number == paragraph:
            blocks[-1] = Block(paragraph, (*blocks[-1].items, item), gone=True)
        else:
            blocks.append(Block(paragraph, (item,), gone=True))
    return after, gone


def _paragraphs(shape: Sequence[int]) -> list[int]:
    """The paragraph number (from 1) of every sentence index."""
    return [number for number, count in enumerate(shape, 1) for _ in range(count)]


def _running_anchor(anchors: dict[int, int], n_old: int) -> Sequence[int]:
    """For each old index, the furthest new index reached by an anchored sentence before it."""
    out = []
    best = -1
    for o in range(n_old):
        out.append(best)
        if o in anchors:
            best = max(best, anchors[o])
    return out


def _folded(blocks: list[Block]) -> tuple[Block | Fold, ...]:
    out: list[Block | Fold] = []
    for block in blocks:
        last = out[-1] if out else None
        if block.changed or block.gone:
            out.append(block)
        elif isinstance(last, Fold):
            out[-1] = Fold(last.count + 1, last.first, block.number)
        else:
            out.append(Fold(1, block.number, block.number))
    return tuple(out)
