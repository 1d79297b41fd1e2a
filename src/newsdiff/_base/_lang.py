"""Whether a text reads as German, where every noun is capitalised.

English rules that read a capital as the mark of a name (names in word
edits, titles in quotation marks) do not hold there; the layers above ask
:func:`capitalises_nouns` before applying them.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["GERMAN_WORDS", "capitalises_nouns"]

#: Function words of German that English does not use ("von" and "der" stay
#: out of the count when they stand together: "Ursula von der Leyen").
GERMAN_WORDS: Final = frozenset(
    re.findall(
        r"\S+",
        "der das den dem des und ist nicht mit zu für auf im ein eine einen einem einer "
        "eines sich wird werden wurde wurden sind auch nach bei aus über zum zur vom beim "
        "oder wie dass durch gegen ohne seit diese dieser dieses sowie",
    )
)
# How many function words a text without German letters needs.
_HITS: Final = 2
_WORD: Final = re.compile(r"\w+")
_LETTERS: Final = re.compile("[äöüßÄÖÜ]")
_NAME_PARTICLE: Final = re.compile(r"\b[Vv]on\s+der\b")


def capitalises_nouns(text: str) -> bool:
    """Whether *text* reads as German, where every noun is capitalised.

    Told by its function words ("der", "und", "nicht", "für" ...): two of
    them, making up a tenth of the words, or one where a letter such as "ä"
    or "ß" stands, which a short German line has ("Originaltext auf
    Französisch"). A German name in English ("Ursula von der Leyen said",
    "Thomas Müller scored") is not enough.

    >>> capitalises_nouns("Die Swisscom hat die Ziele des Bundesrates im Jahr erreicht.")
    True
    >>> capitalises_nouns("Originaltext auf Französisch")
    True
    >>> capitalises_nouns("Ursula von der Leyen said the deal was done.")
    False
    """
    plain = _NAME_PARTICLE.sub(" ", text)
    lowered = plain.lower()
    # Lower-casing keeps every character but one ("İ", which becomes two) a
    # single character of the same kind, so the words of the lowered text
    # are those of the text, lowered, found without a call per word (a Greek
    # final sigma may differ, and no function word holds one).
    words = _WORD.findall(lowered if len(lowered) == len(plain) else plain)
    if len(lowered) != len(plain):
        words = [w.lower() for w in words]
    hits = sum(1 for w in words if w in GERMAN_WORDS)
    if hits and _LETTERS.search(text):
        return True
    return hits >= _HITS and hits * 10 >= len(words)
