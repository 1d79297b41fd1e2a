"""Reading order of a diff's changes, and the unchanged pairs it leaves implicit."""

from __future__ import annotations

import bisect
import itertools

from newsdiff._model._changes import Change

__all__ = ["order_changes", "unlisted"]


def unlisted(
    changes: tuple[Change, ...], reanalysed: tuple[Change, ...], n_old: int, n_new: int
) -> list[tuple[int, int]]:
    """The unchanged pairs a diff leaves implicit: free old and new indices, in order."""
    used_old = {i for c in (*changes, *reanalysed) for i in c.old_indices}
    used_new = {i for c in (*changes, *reanalysed) for i in c.new_indices}
    free_old = [i for i in range(n_old) if i not in used_old]
    free_new = [i for i in range(n_new) if i not in used_new]
    return list(zip(free_old, free_new, strict=False))


def order_changes(
    changes: tuple[Change, ...], reanalysed: tuple[Change, ...]
) -> tuple[Change, ...]:
    """Sort changes into reading order of the new revision.

    A removed sentence sits just after where its old predecessor ended up.
    The cost grows with the number of changes, not with the article's length,
    so validating a diff read from JSON stays cheap whatever sizes it claims.
    """
    everything = (*changes, *reanalysed)
    used_old = sorted({i for c in everything for i in c.old_indices})
    used_new = sorted({i for c in everything for i in c.new_indices})
    # Free (unchanged) new indices below each used one: the k-th unchanged old
    # sentence sits at the k-th free new index.
    free_below_used_new = [u - j for j, u in enumerate(used_new)]
    placed = sorted(
        (o, c.new_indices[0]) for c in everything if c.new_indices for o in c.old_indices
    )
    placed_old = [o for o, _ in placed]
    best_placed = list(itertools.accumulate((n for _, n in placed), max))

    def survivor_before(o: int) -> int:
        """Where the nearest old sentence before *o* that is still there ended up, or -1."""
        best = -1
        k = bisect.bisect_left(placed_old, o)
        if k:
            best = best_placed[k - 1]
        unchanged_before = o - bisect.bisect_left(used_old, o)
        if unchanged_before:
            rank = unchanged_before - 1
            best = max(best, rank + bisect.bisect_right(free_below_used_new, rank))
        return best

    def key(c: Change) -> tuple[float, int]:
        if c.new_indices:
            return (float(c.new_indices[0]), c.old_indices[0] if c.old_indices else -1)
        o = c.old_indices[0]
        return (survivor_before(o) + 0.5, o)

    return tuple(sorted(changes, key=key))
