"""Who is quoted in German text: the few cue forms German news releases use.

The English rules read a capital as the mark of a name and a title; in German
every noun is capitalised, so they find speakers in headings ("Der Bundesrat")
and quotes in the names of motions and reports. For a quotation in German
text the analysis asks this module instead, which knows only the forms that
say plainly who spoke:

* the cue after the quotation, verb first: ``«...», sagte Bundesrat Cassis``,
  ``«...», erklärte der Vorsteher des EDA in seiner Rede``, ``«...», so Keller``;
* a name and a cue before a colon: ``Nando fügte hinzu: «...»``;
* a name standing as the label of its words: ``Bundesrätin Viola Amherd: «...»``.

Anything else names no speaker. Every look is bounded by the window the
caller passes, so the cost per quotation is constant.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["german_cue_after", "german_cue_before"]

# Finite forms of German verbs of saying, past and present.
_VERBS: Final = (
    "sagte|sagt|sagten|sagen|betonte|betont|betonten|erklärte|erklärt|erklärten|meinte|meint|"
    "bemerkte|bemerkt|fand|findet|ergänzte|ergänzt|unterstrich|unterstreicht|fügte|fügt|"
    "schrieb|schreibt|antwortete|antwortet|hielt|hält|führte|führt|warnte|warnt|"
    "forderte|fordert|versicherte|versichert|mahnte|mahnt|lobte|lobt|zeigte|zeigt"
)
# Words of a name or a title: a capital, then letters, an inner hyphen or
# apostrophe, or a dotted abbreviation ("Dr.", "Prof.").
_NAME_WORD: Final = r"[A-ZÄÖÜ][\w’'-]*\.?"
# A name: one to five such words ("Bundesrat Ignazio Cassis", "Ljuben").
_NAME: Final = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,4}}"
# A source as written: an article, a noun, an optional genitive ("der Vorsteher
# des EDA", "die Direktorin des BAK").
_SOURCE: Final = (
    rf"(?:der|die|das)\s{_NAME_WORD}(?:\s(?:des|der)\s{_NAME_WORD}(?:\s{_NAME_WORD})?)?"
)
# German sets the cue off from the quotation by a comma ("«...», sagte X");
# without one only "sagt" and "sagte" are cues ("«...» sagte X", a slip), so
# "In der Motion «...» fordert die Kommission" is no attribution.
_AFTER: Final = re.compile(
    rf"(?:\s?,\s?(?:(?P<verb>{_VERBS})|(?P<so>so))|\s?(?P<said>sagte|sagt))"
    rf"\s(?P<speaker>{_SOURCE}|{_NAME})(?=[\s,.;:!?)]|$)"
)
# "Nando fügte hinzu:", "Die Direktorin sagte:" at the end of the words before.
_BEFORE: Final = re.compile(
    rf"(?:^|[\s,(])(?P<speaker>{_SOURCE}|{_NAME})\s(?P<verb>{_VERBS})(?:\s(?:hinzu|fest|aus))?\s?:\s*$"
)
# A name standing alone as the label of its words at the start of the
# sentence: "Bundesrätin Viola Amherd: «...»" (two words at least, so a
# heading word such as "Zitat:" names no one).
_LABEL: Final = re.compile(rf"^\s*(?P<speaker>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,4}})\s?:\s*$")
# Capitalised words that open a clause rather than name someone.
_NOT_NAMES: Final = frozenset(
    re.findall(
        r"\S+",
        "Der Die Das Er Sie Es Wir Ich Man Dies Diese Dieser Dabei Damit Zudem Auch Und Aber "
        "Doch So Im In Am Auf Mit Nach Bei Für Zum Zur Vom Von Heute",
    )
)


# Offices written before a name, dropped as the English rules drop "Culture
# Secretary" before "Nadine Dorries": the person is the speaker.
_OFFICES: Final = frozenset(
    re.findall(
        r"\S+",
        "Bundesrat Bundesrätin Bundespräsident Bundespräsidentin Bundeskanzler Bundeskanzlerin "
        "Botschafter Botschafterin Staatssekretär Staatssekretärin Direktor Direktorin "
        "Vizedirektor Vizedirektorin Generalsekretär Generalsekretärin Präsident Präsidentin "
        "Minister Ministerin Regierungsrat Regierungsrätin Nationalrat Nationalrätin "
        "Ständerat Ständerätin Delegierter Delegierte Chefunterhändler Chefunterhändlerin",
    )
)


def _speaker(found: str) -> str | None:
    """Return the speaker as written, or None where it opens a clause.

    A source with its article ("der Vorsteher des EDA") is one; a capitalised
    word that opens a clause ("Dabei", "Die") is no name. An office before a
    name of two words or more is dropped ("Bundesrat Ignazio Cassis" gives
    "Ignazio Cassis"); before a surname alone it stays ("Bundesrat Cassis").
    """
    if not found.startswith(("der ", "die ", "das ")) and found.split(maxsplit=1)[0] in _NOT_NAMES:
        return None
    words = found.rstrip(".").split()
    while len(words) > 2 and words[0] in _OFFICES:
        words.pop(0)
    return " ".join(words)


def german_cue_after(after: str) -> tuple[str | None, str] | None:
    """Return ``(speaker, cue)`` for a German cue right after a quotation, or None.

    >>> german_cue_after(", sagte Bundesrat Ignazio Cassis bei der Eröffnung.")
    ('Ignazio Cassis', 'sagte')
    >>> german_cue_after(", erklärte der Vorsteher des EDA in seiner Rede.")
    ('der Vorsteher des EDA', 'erklärte')
    >>> german_cue_after(" fordert die Kommission, die Flughäfen ...") is None
    True
    """
    match = _AFTER.match(after)
    if match is None:
        return None
    named = _speaker(match.group("speaker"))
    return None if named is None else (named, match.group("verb") or match.group("said") or "so")


def german_cue_before(before: str) -> tuple[str, str] | None:
    """Return ``(speaker, cue)`` for a German cue or label just before a quotation.

    >>> german_cue_before("sagte Luana und Nando fügte hinzu: ")
    ('Nando', 'fügte')
    >>> german_cue_before("Bundesrätin Viola Amherd: ")
    ('Viola Amherd', ':')
    >>> german_cue_before("Der Bundesrat hat einen Bericht erstellen lassen: ") is None
    True
    """
    match = _BEFORE.search(before)
    if match is not None:
        named = _speaker(match.group("speaker"))
        return None if named is None else (named, match.group("verb"))
    label = _LABEL.match(before)
    if label is not None:
        named = _speaker(label.group("speaker"))
        return None if named is None else (named, ":")
    return None
