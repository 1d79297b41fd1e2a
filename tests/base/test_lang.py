"""Telling German, where every noun is capitalised."""

from __future__ import annotations

import pytest

from newsdiff._base._lang import capitalises_nouns


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
