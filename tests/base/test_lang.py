"""Telling German, where every noun is capitalised."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsdiff._base._lang import GERMAN_WORDS, capitalises_nouns


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("Der Chef besucht den Generalstab der französischen Streitkräfte.", True),
        ("Neu soll es erlaubt sein, Fundsachen und Gegenstände zu verwerten.", True),
        ("Originaltext auf Französisch", True),
        ("Die Swisscom hat die Ziele des Bundesrates im Jahr 2023 erreicht.", True),
        ("Ursula von der Leyen said the deal was done on Monday.", False),
        ("Thomas Müller scored twice for the visitors.", False),
        ("The minister said the plan would go ahead.", False),
    ],
)
def test_german_is_told_by_its_function_words(text: str, german: bool) -> None:
    """German (every noun capitalised) is told by "der", "und", "auf" ..., not by a name."""
    assert capitalises_nouns(text) is german


_MIXED = st.lists(
    st.sampled_from(["der", "DER", "und", "Für", "ÜBER", "İ", "\u212a", "ΣΟΣ", "von der", " "])
    | st.text(alphabet="derunä ,.", max_size=5),
    max_size=16,
).map(" ".join)


@given(_MIXED)
@example("der und " + "İa" * 20)
def test_function_words_are_counted_as_if_lowered_one_by_one(text: str) -> None:
    """capitalises_nouns answers as the word-by-word lower-casing it replaces does."""
    words = [w.lower() for w in re.findall(r"\w+", re.sub(r"\b[Vv]on\s+der\b", " ", text))]
    hits = sum(1 for w in words if w in GERMAN_WORDS)
    expected = bool(hits and re.search("[äöüßÄÖÜ]", text)) or (
        hits >= 2 and hits * 10 >= len(words)
    )
    assert capitalises_nouns(text) is expected
