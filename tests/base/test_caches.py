"""Tests for the bounded caches in newsdiff._base._caches."""

from __future__ import annotations

import sys
from collections.abc import Callable

from newsdiff import clear_caches
from newsdiff._base._caches import BoundedStore, bounded_by_digest, digest

_Read = Callable[[str, bool, bool], tuple[str, bool, bool]]


def _counting(maxsize: int) -> tuple[list[str], _Read]:
    calls: list[str] = []

    @bounded_by_digest(maxsize)
    def read(text: str, first: bool, second: bool) -> tuple[str, bool, bool]:
        calls.append(text)
        return (text.upper(), first, second)

    return calls, read


def _ask(
    read: Callable[[str, bool, bool], object],
    text: str,
    *,
    first: bool = False,
    second: bool = False,
) -> object:
    return read(text, first, second)


def test_digest_separates_texts_and_flags() -> None:
    """Different texts, or the same text with other flags, get different digests."""
    keys = {digest("Ann said.", flags) for flags in range(8)} | {digest("Ann said!")}
    assert len(keys) == 9
    built = "ann said.".capitalize()
    assert built is not "Ann said."  # noqa: F632 (equal texts, two objects)
    assert digest(built) == digest("Ann said.")
    assert len(digest(built)) == 16


def test_digest_reads_lone_surrogates() -> None:
    """A text with a lone surrogate (bad decoding) has a digest of its own."""
    assert digest("a\udc80b") != digest("a\udc81b")


def test_a_digest_keyed_cache_answers_each_text_and_flags_apart() -> None:
    """Distinct lines and flags each get their own reading; a repeat is looked up."""
    calls, read = _counting(16)
    assert _ask(read, "He said.") == ("HE SAID.", False, False)
    assert _ask(read, "She said.") == ("SHE SAID.", False, False)
    assert _ask(read, "He said.", first=True) == ("HE SAID.", True, False)
    assert _ask(read, "He said.", second=True) == ("HE SAID.", False, True)
    assert _ask(read, "He said.") == ("HE SAID.", False, False)
    assert calls == ["He said.", "She said.", "He said.", "He said."]


def test_a_digest_keyed_cache_keeps_no_reference_to_the_text() -> None:
    """The cache holds the digest, not the text it was asked about."""

    @bounded_by_digest(16)
    def length(text: str, first: bool, second: bool) -> int:
        return len(text) + first + second

    text = "a window cut from a sentence, kept by nothing else.".capitalize()
    before = sys.getrefcount(text)
    assert _ask(length, text) == len(text)
    assert sys.getrefcount(text) == before


def test_a_digest_keyed_cache_drops_the_oldest_past_its_bound() -> None:
    """Past its bound the entry kept first goes; the others are still looked up."""
    calls, read = _counting(2)
    for text in ("one", "two", "one", "three", "two", "three"):
        _ask(read, text)
    assert calls == ["one", "two", "three"]
    _ask(read, "one")
    assert calls == ["one", "two", "three", "one"]


def test_clear_caches_empties_a_digest_keyed_cache() -> None:
    """After clear_caches every text is read again."""
    calls, read = _counting(16)
    _ask(read, "He said.")
    clear_caches()
    _ask(read, "He said.")
    assert calls == ["He said.", "He said."]


def test_a_store_keeps_the_newest_entries_in_order_through_many_puts() -> None:
    """After thousands of puts a store holds the last ones, oldest dropped first."""
    store: BoundedStore[int, str] = BoundedStore(64)
    for i in range(5_000):
        store.put(i, str(i))
    assert len(store) == 64
    assert store.get(4_935) is None
    assert [store.get(i) for i in (4_936, 4_999)] == ["4936", "4999"]
    assert store.lookup(4_935, "gone") == "gone"
    store.put(5_000, "5000")
    assert store.get(4_936) is None
    assert store.get(4_937) == "4937"


def test_a_full_store_stays_the_size_of_what_it_holds() -> None:
    """Entries dropped past the bound leave no room behind: the store never doubles."""
    store: BoundedStore[int, int] = BoundedStore(1_024)
    fresh = dict.fromkeys(range(1_024), 0)
    largest = 0
    for i in range(20_000):
        store.put(i, i)
        largest = max(largest, sys.getsizeof(store._entries))
    assert largest <= sys.getsizeof(fresh) * 1.2


def test_a_store_emptied_starts_counting_its_drops_again() -> None:
    """After clear_caches a store fills and drops as a new one does."""
    store: BoundedStore[str, int] = BoundedStore(2)
    for i, key in enumerate(("a", "b", "c")):
        store.put(key, i)
    clear_caches()
    assert len(store) == 0
    for i, key in enumerate(("d", "e", "f")):
        store.put(key, i)
    assert (store.get("d"), store.get("e"), store.get("f")) == (None, 1, 2)
