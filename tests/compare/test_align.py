"""Sentence alignment: anchors, fuzzy matches, moves, splits, merges, duplicates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff import DiffOptions
from newsdiff._base._text import normalise
from newsdiff._compare._align import Link, align, fold


def _pairs(links: list[Link]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(link.old, link.new) for link in links}


def test_identical_lists_align_in_place() -> None:
    """Every sentence links to itself and nothing moves."""
    texts = ["One event happened.", "Another followed.", "A third closed it."]
    links = align(texts, texts)
    assert _pairs(links) == {((0,), (0,)), ((1,), (1,)), ((2,), (2,))}
    assert not any(link.moved for link in links)


def test_edited_sentence_links_in_its_gap() -> None:
    """A reworded sentence between unchanged neighbours links to its new version."""
    old = ["Rebels took Hama.", "About 12,300 people fled the city on Thursday.", "Iran left."]
    new = ["Rebels took Hama.", "Nearly 14,000 people fled the city by Friday.", "Iran left."]
    assert ((1,), (1,)) in _pairs(align(old, new))


def test_unrelated_sentences_stay_unlinked() -> None:
    """A replaced sentence with no words in common is removed and added, not linked."""
    old = ["Rebels took Hama.", "The weather was mild for December.", "Iran left."]
    new = ["Rebels took Hama.", "Diplomats were evacuated from Damascus overnight.", "Iran left."]
    assert _pairs(align(old, new)) == {((0,), (0,)), ((2,), (2,))}


def test_moved_sentence_is_flagged() -> None:
    """A sentence taken out of the kept order is a move."""
    old = ["First point made.", "Second point made.", "Third point made.", "Fourth point."]
    new = ["Fourth point.", "First point made.", "Second point made.", "Third point made."]
    moved = [link for link in align(old, new) if link.moved]
    assert [(m.old, m.new) for m in moved] == [((3,), (0,))]


def test_moved_and_edited_sentence_found_globally() -> None:
    """A sentence that moved far and changed a little is still linked, as a move."""
    filler = [f"Filler sentence number {w} stays put." for w in ("one", "two", "three", "four")]
    target = "The council approved the budget of the harbour district after a long debate."
    edited = "The council approved the harbour district budget after a long debate."
    links = align([target, *filler], [*filler, edited])
    assert any(link.old == (0,) and link.new == (4,) and link.moved for link in links)


def test_split_is_detected() -> None:
    """One old sentence that became two consecutive new ones is a split."""
    old = ["Rebels took Hama on Friday and the army fled north towards Homs."]
    new = ["Rebels took Hama on Friday.", "The army fled north towards Homs."]
    assert _pairs(align(old, new)) == {((0,), (0, 1))}


def test_merge_is_detected() -> None:
    """Two consecutive old sentences that became one are a merge."""
    old = ["Rebels took Hama on Friday.", "The army fled north towards Homs."]
    new = ["Rebels took Hama on Friday and the army fled north towards Homs."]
    assert _pairs(align(old, new)) == {((0, 1), (0,))}


def test_duplicates_pair_in_order() -> None:
    """Repeated sentences pair copy with copy in order; the extra copy is left over."""
    old = ["Read more.", "Story text here.", "Read more."]
    new = ["Read more.", "Story text here.", "Read more.", "Read more."]
    pairs = _pairs(align(old, new))
    assert {((0,), (0,)), ((1,), (1,))} < pairs
    assert len(pairs) == 3
    assert pairs & {((2,), (2,)), ((2,), (3,))}


def test_changed_middle_copy_is_edited_in_place() -> None:
    """Of three identical sentences, the middle one revised is an edit, not a move."""
    x = "The council met on Thursday with 12 members present."
    y = "The council met on Thursday with 14 members present."
    links = align([x, x, x], [x, y, x])
    assert _pairs(links) == {((0,), (0,)), ((1,), (1,)), ((2,), (2,))}
    assert not any(link.moved for link in links)


def test_typographic_variants_anchor() -> None:
    """Sentences equal after folding quote and dash styles link as anchors."""
    old = ["“We stay,” he said — again."]
    new = ['"We stay," he said - again.']
    assert _pairs(align(old, new)) == {((0,), (0,))}


def test_many_duplicates_stay_cheap() -> None:
    """Thousands of identical sentences align one to one without blowing up."""
    old = ["Same line."] * 3000
    new = ["Same line."] * 2999
    links = align(old, new)
    assert len(links) == 2999
    assert not any(link.moved for link in links)


def test_windowed_search_bounds_the_work() -> None:
    """With a tiny cell budget the global search still finds nearby edits."""
    old = [f"Item {w} reports that the river rose at station {w}." for w in "abcdefghij"]
    new = [t.replace("rose", "fell") for t in old]
    options = DiffOptions(max_cells=4, window=2)
    links = align(old, new, options)
    assert len(links) == 10


@pytest.mark.parametrize("texts", [[], ["Only one."]])
def test_empty_sides(texts: list[str]) -> None:
    """Aligning against an empty list links nothing."""
    assert align(texts, []) == []
    assert align([], texts) == []


@given(st.text(alphabet="ab ’‘“”—–-`'\"\u00a0\u00ad\u2009…″＂é\u0301\t\n", max_size=20))
def test_fold_equals_normalise(text: str) -> None:
    """The aligner's fast fold gives exactly the text normalise gives."""
    assert fold(text) == normalise(text)
