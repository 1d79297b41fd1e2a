"""Tests for the paragraph-at-a-time quote pass in newsdiff._analysis._quotesteps."""

from __future__ import annotations

import threading

from newsdiff import Quote, clear_caches
from newsdiff._analysis._quotes import _Reader, find_quotes
from newsdiff._analysis._quotesteps import _STEPS, _state, quotes_by_paragraph
from newsdiff._analysis._referents import REACH, Referents
from newsdiff._analysis._segment import split_sentences
from newsdiff._base._caches import BoundedStore


def _article(*paragraphs: str) -> list[list[str]]:
    return [split_sentences(p) for p in paragraphs]


def _speakers(found: list[list[tuple[Quote, ...]]]) -> list[str | None]:
    return [q.speaker for para in found for s in para for q in s]


# What the pass carries across paragraphs: a quotation over two paragraphs, a
# pronoun resolved to the speaker named earlier, an "X said:" line before a
# block quotation without marks, a speaker inherited by a bare quote.
_CARRIED = _article(
    "Ms. Jane Doe, the mayor, spoke on Friday.",
    "“We will rebuild the bridge,” Ms. Doe said. “It will take a year.",
    "“And we will pay for it ourselves.”",
    "The council met later that day.",
    "She added: “Nobody was hurt.”",
    "“The river has fallen.”",
    "Tom Field, Minister for Transport, said:",
    "I welcome the plan. We will fund it.",
    "We expect the work to start in May.",
    "Officials said the road would reopen on Monday.",
)


def test_the_paragraph_pass_equals_the_whole_article_pass() -> None:
    """Read a paragraph at a time, cold and then from the store, the quotes are the same."""
    clear_caches()
    expected = find_quotes(_CARRIED, blockquotes={7, 8})
    assert quotes_by_paragraph(_CARRIED, blockquotes={7, 8}) == expected
    assert quotes_by_paragraph(_CARRIED, blockquotes={7, 8}) == expected
    assert len(_STEPS) == len(_CARRIED)


def test_an_edited_article_reuses_unchanged_paragraphs_and_equals_the_whole_pass() -> None:
    """After an edit above them, the later paragraphs come from the store, results unchanged."""
    clear_caches()
    quotes_by_paragraph(_CARRIED)
    edited = [*_CARRIED[:3], ["The council met later that afternoon."], *_CARRIED[4:]]
    before = len(_STEPS)
    assert quotes_by_paragraph(edited) == find_quotes(edited)
    # The edited paragraph and the one after it (its last sentence changed) are
    # read again; the rest are looked up.
    assert len(_STEPS) - before < len(edited)


def test_a_kept_paragraph_is_not_reused_after_a_different_speaker() -> None:
    """The same paragraph after another named speaker is read again, not taken from the store."""
    clear_caches()
    tail = ["The count ended late.", "He added: “We will appeal.”"]
    first = _article("Mr. Tom Smith said the vote was rigged.", *tail)
    second = _article("Mr. Bob Jones said the vote was rigged.", *tail)
    assert _speakers(quotes_by_paragraph(first))[-1] == "Mr. Tom Smith"
    # Paragraphs 1 and 2 and their neighbours are the same in both articles:
    # only the state carried in (who "he" may be) tells them apart.
    assert _speakers(quotes_by_paragraph(second))[-1] == "Mr. Bob Jones"
    assert quotes_by_paragraph(second) == find_quotes(second)


def test_a_kept_paragraph_is_not_reused_when_a_quotation_runs_on_into_it() -> None:
    """A paragraph opening a quotation carried over is read again when the carry differs."""
    clear_caches()
    tail = ["“and the rest is work for next year.”"]
    closed = [["The bridge is safe.", "We are done."], tail]
    open_ = [["“The bridge is safe.", "We are done."], tail]
    assert quotes_by_paragraph(closed) == find_quotes(closed)
    assert quotes_by_paragraph(open_) == find_quotes(open_)
    assert quotes_by_paragraph(open_)[1] != quotes_by_paragraph(closed)[1]


def _states(rows: list[list[str]]) -> list[object]:
    reader = _Reader(rows)
    found: list[object] = []
    for p in range(len(rows)):
        found.append(_state(reader, p))
        reader.read(range(p, p + 1))
    return found


def test_a_kept_paragraph_is_not_reused_after_another_colon_introduction() -> None:
    """The same paragraph and state after another last sentence (a colon or not) is read again."""
    clear_caches()
    quote = ["“Prices will rise.”"]
    colon = [["“We won,” Ann Lee said.", "Then Tom Field told reporters:"], quote]
    stop = [["“We won,” Ann Lee said.", "Then Tom Field told reporters."], quote]
    # The state carried in is the same: only the sentence before tells them apart.
    assert _states(colon)[1] == _states(stop)[1]
    assert _speakers(quotes_by_paragraph(colon))[-1] == "Tom Field"
    assert _speakers(quotes_by_paragraph(stop))[-1] == "Ann Lee"
    assert quotes_by_paragraph(stop) == find_quotes(stop)


def test_a_kept_paragraph_is_not_reused_without_the_cue_line_before_it() -> None:
    """An unmarked paragraph after "X said:" is a quote; the same one without it is not."""
    clear_caches()
    tail = ["I welcome the plan. We will fund it."]
    cued = _article("Tom Field, Minister for Transport, said:", *tail)
    plain = _article("The minister spoke in Leeds.", *tail)
    assert [len(s) for s in quotes_by_paragraph(cued)[1]] == [1, 1]
    assert quotes_by_paragraph(plain) == find_quotes(plain)


def test_referents_restored_from_their_recent_values_resolve_alike() -> None:
    """Referents rebuilt from recent() resolve pronouns as the ones they came from."""
    live = Referents()
    live.speaker(0, "Jane Doe", named=True, context="the spokeswoman Jane Doe")
    live.speaker(3, "John Roe", named=True, context="John Roe, her husband,")
    live.narration(4, "Ann Lee went home.")
    restored = Referents.restored(10, live.recent(5))
    for pronoun in ("she", "he", "they", "it"):
        assert restored.resolve(10, pronoun) == live.resolve(5, pronoun)


def test_recent_forgets_what_is_out_of_reach() -> None:
    """Candidates more than REACH paragraphs back are left out, the rest by distance."""
    live = Referents()
    live.speaker(0, "Jane Doe", named=True)
    live.speaker(2, "John Roe", named=True)
    speakers, narrated = live.recent(6)
    assert [(d, name) for d, _, name, *_ in speakers] == [(4, "John Roe")]
    assert narrated == ()


def test_a_restored_reading_keeps_a_speaker_a_run_of_pronouns_kept_in_reach() -> None:
    """A speaker kept in reach by a pronoun in each paragraph stays in reach once restored."""
    live = Referents()
    live.speaker(0, "Jane Doe", named=True)
    for paragraph in range(1, REACH + 2):
        assert live.resolve(paragraph, "she", run=True) == "Jane Doe"
    restored = Referents.restored(20, live.recent(REACH + 2))
    assert restored.resolve(20, "she", run=True) == "Jane Doe"


def test_the_store_keeps_at_most_its_bound_and_drops_the_oldest() -> None:
    """A bounded store past its size drops the entry kept first."""
    store: BoundedStore[int, str] = BoundedStore(2)
    store.put(1, "a")
    store.put(2, "b")
    assert store.get(1) == "a"
    store.put(3, "c")
    assert (store.get(1), store.get(2), store.get(3)) == (None, "b", "c")
    assert len(store) == 2


def test_clear_caches_empties_the_store() -> None:
    """clear_caches() empties a bounded store."""
    store: BoundedStore[int, str] = BoundedStore(4)
    store.put(1, "a")
    clear_caches()
    assert store.get(1) is None


def test_the_store_is_safe_across_threads() -> None:
    """Eight threads getting and putting in a tiny store raise nothing and keep the bound."""
    store: BoundedStore[int, int] = BoundedStore(3)
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(seed: int) -> None:
        barrier.wait()
        try:
            for i in range(2000):
                key = (seed * 7 + i) % 5
                found = store.get(key)
                assert found is None or found == key
                store.put(key, key)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store) <= 3


def test_a_quotation_three_paragraphs_back_is_not_taken_for_one_two_back() -> None:
    """After an edit below it, a paragraph reads as in the whole article: no speaker inherited."""
    clear_caches()
    paragraphs = [
        ["Ann Lee said:", "“The bridge is safe."],
        ["Ann Lee said:"],
        ["told"],
        ["“The bridge is safe."],
    ]
    edited = [*paragraphs, ["Ann Lee said:"]]
    for article in (paragraphs, edited):
        assert quotes_by_paragraph(article) == find_quotes(article)
