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
from collections import OrderedDict
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
    """A bounded LRU mapping that :func:`clear_caches` empties.

    For a reading that is cheapest to compute in place (a step of a pass that
    carries state) and so cannot be a cached function: look it up with
    :meth:`get`, and :meth:`put` it after computing it.
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._entries: OrderedDict[K, T] = OrderedDict()
        # A look-up and its move to the end are two steps another thread's
        # eviction may fall between.
        self._lock = threading.Lock()
        _REGISTRY.append(self)

    def get(self, key: K) -> T | None:
        """Return the value kept under *key*, or None."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: K, value: T) -> None:
        """Keep *value* under *key*, dropping the least recently used entry past the bound."""
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            if len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)

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
    1,024 entries per cache; 4,096 folds, 256 dates, 256 openings). Call
    this to give the memory back in a long-running process, or between
    repeats to time the work cold.

    >>> import newsdiff
    >>> newsdiff.clear_caches()
    """
    for cached in _REGISTRY:
        cached.cache_clear()
