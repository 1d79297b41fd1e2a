"""The longest increasing subsequence, shared by the sentence aligner and the word diff."""

from __future__ import annotations

import bisect

__all__ = ["longest_increasing"]


def longest_increasing(pairs: list[tuple[int, int]]) -> set[int]:
    """Positions in *pairs* (sorted by first item) forming a longest run increasing in the second.

    Patience sorting: O(n log n).

    >>> sorted(longest_increasing([(0, 3), (1, 0), (2, 1), (3, 2)]))
    [1, 2, 3]
    """
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, n) in enumerate(pairs):
        pos = bisect.bisect_left(tails, n)
        if pos == len(tails):
            tails.append(n)
            tail_at.append(k)
        else:
            tails[pos] = n
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        keep.add(k)
        k = back[k]
    return keep
