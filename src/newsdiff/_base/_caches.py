"""Bounded caches, registered in one place so that one call empties them all.

Successive captures of an article share most of their paragraphs, so the
readings that repeat (a paragraph's sentence spans, what a line is, a
sentence's quotes) are remembered in bounded LRU caches. Results never depend
on them. Each layer registers its own caches here, so emptying them needs no
import of the layers above.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar

__all__ = ["BoundedStore", "bounded", "clear_caches"]

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class _Clearable(Protocol):
    def cache_clear(self) -> None: ...


_REGISTRY: list[_Clearable] = []


def bounded(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """Cache a pure function in a bounded LRU cache that :func:`clear_caches` empties."""

    def wrap(func: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(func)
        _REGISTRY.append(cached)
        return cached

    return wrap


class BoundedStore(Generic[K, T]):
    """A bounded mapping that :func:`clear_caches` empties; past its bound the oldest entry goes.

    For a reading that is cheapest to compute in place (a step of a pass that
    carries state) and so cannot be a cached function: look it up with
    :attr:`get`, and :meth:`put` it after computing it. Looking up is one
    dictionary look-up, with no bookkeeping: what is dropped first is what was
    kept first, not what was used least recently.
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._entries: dict[K, T] = {}
        #: The value kept under a key, or None.
        self.get: Callable[[K], T | None] = self._entries.get
        # Finding the oldest entry and dropping it are two steps another
        # thread's put may fall between.
        self._lock = threading.Lock()
        _REGISTRY.append(self)

    def put(self, key: K, value: T) -> None:
        """Keep *value* under *key*, dropping the oldest entry past the bound."""
        with self._lock:
            self._entries[key] = value
            if len(self._entries) > self.maxsize:
                del self._entries[next(iter(self._entries))]

    def __len__(self) -> int:
        return len(self._entries)

    def cache_clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()


def clear_caches() -> None:
    """Empty the bounded caches of parsing and analysis; results never depend on them.

    Both sides of a pair, and successive captures of an article, share most
    paragraphs and sentences, so a paragraph's sentence boundaries, a
    sentence's reading and its folded form for alignment, a paragraph's
    quotes, what a line is (furniture, a note, the opening of the story), a
    page line's mojibake repair and a note's date are remembered (at most
    1,024 entries per cache; 4,096 folds, 512 paragraphs' quotes, 256 dates,
    256 openings). Call
    this to give the memory back in a long-running process, or between
    repeats to time the work cold.

    >>> import newsdiff
    >>> newsdiff.clear_caches()
    """
    for cached in _REGISTRY:
        cached.cache_clear()
