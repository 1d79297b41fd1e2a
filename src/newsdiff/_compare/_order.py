"""Reading order of a diff's changes, and the unchanged pairs it leaves implicit."""

from __future__ import annotations

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
    changes: tuple[Change, ...], reanalysed: tuple[Change, ...], n_old: int, n_new: int
) -> tuple[Change, ...]:
    """Sort changes into reading order of the new revision.

    A removed sentence sits just after where its old predecessor ended up.
    """
    where: dict[int, int] = dict(unlisted(changes, reanalysed, n_old, n_new))
    for c in (*changes, *reanalysed):
        for o in c.old_indices:
            if c.new_indices:
                where[o] = c.new_indices[0]

    # Removed sentences need the position of their nearest survivor before them;
    # compute it once by a running maximum instead of per change.
    running: dict[int, int] = {}
    best = -1
    for o in range(n_old):
        running[o] = best
        if o in where:
            best = max(best, where[o])

    def key(c: Change) -> tuple[float, int]:
        if c.new_indices:
            return (float(c.new_indices[0]), c.old_indices[0] if c.old_indices else -1)
        o = c.old_indices[0]
        return (running[o] + 0.5, o)

    return tuple(sorted(changes, key=key))
