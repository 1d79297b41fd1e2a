"""Bounded caches, registered in one place so that one call empties them all.

Successive captures of an article share most of their paragraphs, so the
readings that repeat (a paragraph's sentence spans, what a line is, a
sentence's quotes) are remembered in bounded caches (least recently used, or
oldest, entries go first). Results never depend
on them. Each layer registers its own caches here, so emptying them needs no
import of the layers above.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections.abc import Callable, Hashable
from typing import Final, Generic, Protocol, TypeVar, cast

__all__ = ["BoundedStore", "bounded", "bounded_by_digest", "clear_caches", "digest"]

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


def digest(text: str, flags: int = 0) -> bytes:
    """A 16-byte BLAKE2b digest of *text* and of *flags*, a small int (0 to 7).

    A cache keyed by it holds 49 bytes a key rather than the text. A cache
    returns another text's reading only if the two texts' digests are equal:
    for one look-up in a cache of 1,024 entries the chance is 1,024 in
    2**128 (about 3 in 10**36), and over a trillion texts ever read, all
    pairs together, about 1 in 10**15, far below the chance of a hardware
    fault; making two texts collide on purpose takes some 2**64 BLAKE2b runs.
    Lone surrogates are encoded as themselves (``surrogatepass``), so every
    text has a digest and distinct texts are distinct bytes.
    """
    hasher = _HASHERS[flags].copy()
    hasher.update(text.encode("utf-8", "surrogatepass"))
    return hasher.digest()


# A different salt for each combination of flags, so the same text with other
# flags has an unrelated digest; a prepared hasher is copied, which costs less
# than setting one up.
_HASHERS: Final = tuple(
    hashlib.blake2b(digest_size=16, salt=flags.to_bytes(16, "little")) for flags in range(8)
)


def bounded_by_digest(
    maxsize: int,
) -> Callable[[Callable[[str, bool, bool], T]], Callable[[str, bool, bool], T]]:
    """Cache a pure function of a text and two flags, keyed by the :func:`digest` of them.

    For texts that nothing else keeps (a window cut from a sentence): the
    cache holds a 49-byte digest for each, not the text. Past *maxsize* the
    oldest entry goes, as in :class:`BoundedStore`; :func:`clear_caches`
    empties it.
    """

    def wrap(func: Callable[[str, bool, bool], T]) -> Callable[[str, bool, bool], T]:
        store: BoundedStore[bytes, T] = BoundedStore(maxsize)

        @functools.wraps(func)
        def cached(text: str, first: bool, second: bool) -> T:
            key = digest(text, first | second << 1)
            found = store.lookup(key, _MISSING)
            if found is _MISSING:
                value = func(text, first, second)
                store.put(key, value)
                return value
            return cast("T", found)

        cached.cache_clear = store.cache_clear  # type: ignore[attr-defined]
        return cached

    return wrap


#: What a look-up returns for a key not kept (None may be a value).
_MISSING: Final = object()


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
        self._dropped = 0
        #: The value kept under a key, or None.
        self.get: Callable[[K], T | None] = self._entries.get
        #: The value kept under a key, or the default given.
        self.lookup: Callable[[K, object], T | object] = self._entries.get
        # Finding the oldest entry and dropping it are two steps another
        # thread's put may fall between.
        self._lock = threading.Lock()
        _REGISTRY.append(self)

    def put(self, key: K, value: T) -> None:
        """Keep *value* under *key*, dropping the oldest entry past the bound."""
        with self._lock:
            entries = self._entries
            entries[key] = value
            if len(entries) > self.maxsize:
                del entries[next(iter(entries))]
                self._dropped += 1
                if self._dropped * 4 >= self.maxsize:
                    self._compact()

    def _compact(self) -> None:
        # A dict keeps the room of the entries dropped from it until it must
        # grow, and then doubles: a full store would hold twice its entries'
        # room, and finding the oldest entry would step over every dropped
        # one. Copied after a quarter of its entries have gone, it never grows.
        self._entries = dict(self._entries)
        self.get = self._entries.get
        self.lookup = self._entries.get
        self._dropped = 0

    def __len__(self) -> int:
        return len(self._entries)

    def cache_clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._entries.clear()
            self._dropped = 0


def clear_caches() -> None:
    """Empty the bounded caches of parsing and analysis; results never depend on them.

    Both sides of a pair, and successive captures of an article, share most
    paragraphs and sentences, so a paragraph's sentence boundaries, a
    sentence's reading and its folded form for alignment, a paragraph's
    quotes, what a line is (furniture, a note, the opening of the story), a
    page line's mojibake repair and a note's date are remembered (at most
    1,024 entries per cache; 4,096 folds, 512 paragraphs' quotes, 256 dates,
    256 openings, 256 speaker names). Call
    this to give the memory back in a long-running process, or between
    repeats to time the work cold.

    >>> import newsdiff
    >>> newsdiff.clear_caches()
    """
    for cached in _REGISTRY:
        cached.cache_clear()
