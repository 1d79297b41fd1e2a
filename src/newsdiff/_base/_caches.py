"""Bounded caches, registered in one place so that one call empties them all.

Successive captures of an article share most of their paragraphs, so the
readings that repeat (a paragraph's sentence spans, what a line is, a
sentence's quotes) are remembered in bounded LRU caches. Results never depend
on them. Each layer registers its own caches here, so emptying them needs no
import of the layers above.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["bounded", "clear_caches"]

T = TypeVar("T")

_REGISTRY: list[functools._lru_cache_wrapper[Any]] = []


def bounded(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """Cache a pure function in a bounded LRU cache that :func:`clear_caches` empties."""

    def wrap(func: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(func)
        _REGISTRY.append(cached)
        return cached

    return wrap


def clear_caches() -> None:
    """Empty the bounded caches of parsing and analysis; results never depend on them.

    Both sides of a pair, and successive captures of an article, share most
    paragraphs and sentences, so a paragraph's sentence boundaries, a
    sentence's reading and its folded form for alignment, what a line is
    (furniture, a note, the opening of the story) and a note's date are
    remembered (at most 1,024 entries per cache; 4,096 folds, 256 dates, 256
    openings). Call this to give the memory back in a
    long-running process, or between repeats to time the work cold.

    >>> import newsdiff
    >>> newsdiff.clear_caches()
    """
    for cached in _REGISTRY:
        cached.cache_clear()
