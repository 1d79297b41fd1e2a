"""Laws of speakers: every speaker the analysis reports is a speaker or None."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._speakernames import clean_speaker, plausible_speaker
from newsdiff._analysis._speakers import letter_runs


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Pieces of real-looking news and press-release text: names, titles, sources,
# speech verbs in their speech and non-speech senses, times, numbers,
# statistics, change notes, list intros, quotation marks.
_PIECES = st.sampled_from(
    [
        "“", "”", '"', ",", ".", ":", "said", "said:", "told", "added", "announced",
        "confirmed", "has today announced", "Updated to include", "Edited to add",
        "There are currently 4 cases", "the total number", "Last", "today", "Elsewhere",
        "In", "As", "35", "this month", "Mo.", "on Friday", "Anna Field", "Tom Reyes",
        "The Minister for Schools", "Chief Secretary to the Treasury", "a senior U.S. official",
        "the union", "he", "she", "they", "the ministry", "funding", "new case",
        "The Government", "according to", "said the analyst Mark Owens", "We will",
        "build", "schools", "in Leeds", "of the", "percent", "When", "While", "Some",
        "the changes", "were", "is", "to", "more", "Dr.", "No.", "U.S.",
        # German text, read by German cues only.
        "«", "»", "sagte", "erklärte der", "fügte hinzu:", "so", "Bundesrat", "die Schweiz",
        "für", "und", "der Vorsteher des EDA", "Am 24.", "Mai",
    ]
)  # fmt: skip
_SENTENCE = st.lists(_PIECES, min_size=1, max_size=20).map(" ".join)
_ARTICLE = st.lists(st.lists(_SENTENCE, min_size=1, max_size=3), min_size=1, max_size=5)
_TIME = re.compile(
    r"(?i)^(?:today|yesterday|tonight|now|then|last|this (?:week|month|year)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)$"
)
_FUNCTION = _words("in as on at of to for by with and but or if there")
_ARTICLES = _words("the a an")


def _speakers(paragraphs: list[list[str]]) -> list[str]:
    return [
        q.speaker
        for row in analyse(paragraphs)
        for sentence in row
        for q in sentence.quotes
        if q.speaker is not None
    ]


@given(_ARTICLE)
def test_every_speaker_passes_the_documented_check(paragraphs: list[list[str]]) -> None:
    """Every Quote.speaker is None or passes plausible_speaker."""
    for speaker in _speakers(paragraphs):
        assert plausible_speaker(speaker), speaker


@given(_ARTICLE)
@example(  # FINDING: a stamp run into a change note, "Leeds 35 Updated"
    [["“"], ["in Leeds 35 Updated to include : “ said"]]
)
@example([["“"], ["in Leeds 35 Mo. : “ said"]])  # FINDING: a figure before an abbreviation
def test_no_speaker_is_a_number_a_time_or_a_function_word(paragraphs: list[list[str]]) -> None:
    """No speaker is digits only, a time expression, or starts or ends with a function word."""
    for speaker in _speakers(paragraphs):
        words = speaker.split()
        # A figure inside a name is allowed ("Channel 4 News"), as the check documents.
        assert not any(
            re.fullmatch(r"[\d.,%]+", w)
            and not (
                0 < i < len(words) - 1
                and words[i - 1][:1].isupper()
                and words[i + 1][:1].isupper()
                and not words[i + 1].endswith(".")
            )
            for i, w in enumerate(words)
        ), speaker
        assert not _TIME.match(speaker), speaker
        assert words[0].lower() not in _FUNCTION, speaker
        assert words[-1].lower().strip(".,") not in _FUNCTION | _ARTICLES, speaker


@given(_ARTICLE)
def test_every_speaker_is_written_in_the_article(paragraphs: list[list[str]]) -> None:
    """A speaker is taken from the text: its words appear in the article as written."""
    article = " ".join(" ".join(p) for p in paragraphs)
    for speaker in _speakers(paragraphs):
        assert all(word in article for word in speaker.split()), speaker


@given(st.text(max_size=80))
def test_the_check_never_fails_on_any_text(text: str) -> None:
    """plausible_speaker and clean_speaker take any text; cleaning keeps it a substring."""
    assert plausible_speaker(text) in {True, False}
    cleaned = clean_speaker(text)
    assert all(word in text for word in cleaned.split())


@given(st.text())
@example(text="“No,” SAID the mayor’s aide.")
@example(text="caf\u00e9 na\u00efve \ud800x \u212a")
def test_letter_runs_are_those_the_regex_finds(text: str) -> None:
    """letter_runs finds the runs of a-z that re.findall("[a-z]+") finds."""
    assert letter_runs(text) == re.findall("[a-z]+", text)
