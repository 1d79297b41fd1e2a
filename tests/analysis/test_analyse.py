"""Tests for newsdiff._analysis._analyse on the seed article and small fixtures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from newsdiff import Quote, QuoteKind, Role, Sentence
from newsdiff._analysis._analyse import _Flat, analyse
from newsdiff._analysis._segment import split_sentences

SEED = Path(__file__).parents[1] / "fixtures" / "seed.txt"


@pytest.fixture(scope="module")
def seed() -> list[tuple[Sentence, ...]]:
    """The seed article analysed paragraph by paragraph."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return analyse([split_sentences(line) for line in lines])


def _quotes(paragraph: Sequence[Sentence]) -> list[Quote]:
    return [q for sentence in paragraph for q in sentence.quotes]


def test_seed_rahmati_quote_has_his_name_and_cue(seed: list[tuple[Sentence, ...]]) -> None:
    """Paragraph 4: “Iranian analyst Mehdi Rahmati ..., saying” gives Mehdi Rahmati twice."""
    found = _quotes(seed[3])
    assert [(q.speaker, q.kind) for q in found] == [
        ("Mehdi Rahmati", QuoteKind.DIRECT),
        ("Mehdi Rahmati", QuoteKind.DIRECT),
    ]
    assert found[0].cue == "saying"
    assert found[0].text.startswith("If the Syrian army itself")
    assert all(s.role is Role.QUOTE for s in seed[3])


def test_seed_officials_partial_quote_and_its_unbalanced_tail(
    seed: list[tuple[Sentence, ...]],
) -> None:
    """Paragraph 7: a partial quote by unnamed Iranian officials, then an unbalanced one."""
    found = _quotes(seed[6])
    assert [(q.speaker, q.kind, q.balanced) for q in found] == [
        ("unnamed Iranian officials", QuoteKind.PARTIAL, True),
        ("unnamed Iranian officials", QuoteKind.DIRECT, False),
    ]
    assert found[0].text.startswith("increasing the number of Syrian military advisers")
    assert found[1].text == "We are taking all necessary measures to achieve this."


def test_seed_carter_quotes_including_he_added(seed: list[tuple[Sentence, ...]]) -> None:
    """Paragraphs 11 and 12: Brian Carter twice, the second through “He added:”."""
    first, second = _quotes(seed[10]), _quotes(seed[11])
    assert [(q.speaker, q.cue, q.balanced) for q in first] == [
        ("Brian Carter", "told Newsweek", False)
    ]
    assert [(q.speaker, q.cue, q.balanced) for q in second] == [("Brian Carter", "added", True)]
    assert second[0].text.startswith("Syria’s best bet")


def test_seed_comment_request_is_meta(seed: list[tuple[Sentence, ...]]) -> None:
    """“Newsweek requested comment from ...” is META."""
    assert seed[7][0].text.startswith("Newsweek requested comment")
    assert seed[7][0].role is Role.META


def test_seed_roles_for_history_and_analysis(seed: list[tuple[Sentence, ...]]) -> None:
    """The “close ally throughout the war” sentence is BACKGROUND; “could be brought” ANALYSIS."""
    assert seed[4][0].role is Role.BACKGROUND
    assert seed[9][0].role is Role.ANALYSIS


def test_texts_and_shape_are_kept() -> None:
    """Analyse returns one Sentence per input string, text unchanged, in order."""
    paragraphs = [["One sentence.", "“Two,” he said."], ["Three."]]
    result = analyse(paragraphs)
    assert [[s.text for s in row] for row in result] == paragraphs


def test_empty_article_gives_empty_result() -> None:
    """No paragraphs give no analysed paragraphs."""
    assert analyse([]) == []


def test_soft_hyphens_do_not_hide_cues_or_speakers() -> None:
    """A soft hyphen inside the cue or the name changes neither the speaker nor the quote span."""
    plain = "“We cannot fight,” Mehdi Rahmati said."
    hyphenated = "“We can\u00adnot fight,” Mehdi Rah\u00admati sai\u00add."
    [[before]] = analyse([[plain]])
    [[after]] = analyse([[hyphenated]])
    assert [(q.speaker, q.cue, q.kind) for q in after.quotes] == [
        (q.speaker, q.cue, q.kind) for q in before.quotes
    ]
    assert after.quotes[0].speaker == "Mehdi Rahmati"
    assert after.quotes[0].text in hyphenated
    assert after.quotes[0].text.replace("\u00ad", "") == before.quotes[0].text


def test_every_quote_text_is_a_substring_of_its_sentence(
    seed: list[tuple[Sentence, ...]],
) -> None:
    """Quote.text is the words as written in its sentence, found there verbatim."""
    quotes = [(s.text, q.text) for row in seed for s in row for q in s.quotes]
    assert len(quotes) >= 5
    assert all(text and text in sentence for sentence, text in quotes)


def test_the_sentences_roles_read_are_listed_in_order() -> None:
    """The view roles() reads lists every sentence once, in order, the lead flagged."""
    rows = [("One.", "Two."), ("Three.",)]
    found: list[list[tuple[Quote, ...]]] = [[(), ()], [()]]
    flat = _Flat(rows, found, 1)
    expected = [("One.", (), False), ("Two.", (), False), ("Three.", (), True)]
    assert len(flat) == 3
    assert list(flat) == expected
    assert flat[2] == expected[2]
    assert flat[:2] == expected[:2]
