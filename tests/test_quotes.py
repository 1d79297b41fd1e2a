"""Tests for quotation finding, kinds, speakers and cues in newsdiff._quotes."""

from __future__ import annotations

import pytest

from newsdiff._model import Quote, QuoteKind
from newsdiff._quotes import find_quotes
from newsdiff._segment import split_sentences
from newsdiff._speakers import attribution_after, attribution_before, speaker_of

D, P, IND = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT


def quotes_of(*paragraphs: str) -> list[Quote]:
    """Return every quote of the article made of *paragraphs*, in order."""
    split = [split_sentences(p) for p in paragraphs]
    return [q for para in find_quotes(split) for sentence in para for q in sentence]


def brief(*paragraphs: str) -> list[tuple[str, str | None, str | None, QuoteKind, bool]]:
    """Return (text, speaker, cue, kind, balanced) of every quote, in order."""
    return [(q.text, q.speaker, q.cue, q.kind, q.balanced) for q in quotes_of(*paragraphs)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Smith said: “We will win.”",
        'Smith said: "We will win."',
        "Smith said: ''We will win.''",
        "Smith said: «We will win.»",
        "Smith said: ‘We will win.’",
        "Smith said: 'We will win.'",
        "Smith said: ``We will win.''",
    ],
)
def test_every_quotation_mark_style_gives_the_same_direct_quote(paragraph: str) -> None:
    """Curly, straight, two-apostrophe, guillemet and single marks all delimit a quote."""
    assert brief(paragraph) == [("We will win.", "Smith", "said", D, True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Assad’s regime doesn’t like rock ’n’ roll from the ’90s or the officials’ plans.",
        "Assad's regime doesn't like rock 'n' roll from the '90s.",
        "The 6'2\" guard didn't play.",
        "They gave ’em what they wanted in the ‘90s.",
    ],
)
def test_apostrophes_are_not_quotation_marks(paragraph: str) -> None:
    """Apostrophes inside words, before decades and in ’n’ open no quotation."""
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Einhorn criticised its “despondent” chief executive.",
        "The so-called “peace plan” failed.",
        "The film “Gone With the Wind” was shown again.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(paragraph: str) -> None:
    """A short phrase in marks with no speech act is not reported as a quote."""
    assert quotes_of(paragraph) == []


def test_short_phrase_with_a_speech_cue_is_a_partial_quote() -> None:
    """A short quoted phrase attributed by a speech verb is a PARTIAL quote."""
    assert brief("Smith called the plan “a disaster.”") == [
        ("a disaster.", "Smith", "called", P, True)
    ]


def test_short_phrase_after_as_with_a_verb_of_judging_is_partial() -> None:
    """“described X as ‘...’” attributes the short quote to the describer."""
    assert brief("Christie described Clinton as a “disgrace.”") == [
        ("disgrace.", "Christie", "described", P, True)
    ]


def test_quoted_fragment_inside_reported_speech_is_partial() -> None:
    """A lower-case fragment inside a clause is PARTIAL, attributed to the clause's subject."""
    found = brief(
        "In a report on Friday, unnamed Iranian officials said Tehran is "
        "“increasing the number of advisers and sending troops.”"
    )
    assert found == [
        (
            "increasing the number of advisers and sending troops.",
            "unnamed Iranian officials",
            "said",
            P,
            True,
        )
    ]


def test_nested_single_quotes_stay_inside_the_double_quote() -> None:
    """Single marks inside a double quotation are part of its text, not new quotes."""
    assert brief("Smith said: “He told me ‘never’ and then he left.”") == [
        ("He told me ‘never’ and then he left.", "Smith", "said", D, True)
    ]


def test_quote_running_over_paragraphs_is_balanced_and_keeps_its_speaker() -> None:
    """An opening mark on each paragraph and a closing one only at the end is balanced."""
    assert brief("Smith said: “We will win.", "“We will fight on.”") == [
        ("We will win.", "Smith", "said", D, True),
        ("We will fight on.", "Smith", "said", D, True),
    ]


def test_quote_never_closed_is_unbalanced() -> None:
    """A quotation open at a paragraph end with no continuation is kept, balanced=False."""
    assert brief("Smith said: “We will win.", "The vote is on Monday.") == [
        ("We will win.", "Smith", "said", D, False)
    ]


def test_orphan_closing_mark_quotes_from_the_sentence_start() -> None:
    """A closing mark with no opening one quotes its sentence, balanced=False."""
    found = brief(
        "Officials said Tehran is “sending troops to support Assad.” "
        "We are taking all necessary measures.”"
    )
    assert found[-1] == ("We are taking all necessary measures.", "Officials", None, D, False)


def test_stray_second_opening_mark_keeps_one_unbalanced_quote() -> None:
    """A second opening mark before the closing one continues the quote, unbalanced."""
    found = brief("Brian Carter told Newsweek: “Russia can offer little; “It will not help.”")
    assert len(found) == 1
    assert found[0][1:] == ("Brian Carter", "told Newsweek", D, False)
    assert found[0][0].startswith("Russia can offer little;")


def test_quote_over_two_sentences_gives_each_sentence_its_part() -> None:
    """Each sentence carries the part of a multi-sentence quote inside it."""
    split = [split_sentences("Smith said: “We will win. We always do.”")]
    assert len(split[0]) == 2
    parts = [[q.text for q in s] for s in find_quotes(split)[0]]
    assert parts == [["We will win."], ["We always do."]]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "cue"),
    [
        (
            ["“We will win,” said Ali Vaez, the Iran director at the Crisis Group."],
            "Ali Vaez",
            "said",
        ),
        (["“We will win,” Brian Carter, a fund manager, said."], "Brian Carter", "said"),
        (["“It is over,” a senior U.S. official said."], "a senior U.S. official", "said"),
        (
            ["“It is over,” the ministry said in a statement."],
            "the ministry",
            "said in a statement",
        ),
        (
            ["Iranian analyst Mehdi Rahmati responded, saying, “We cannot fight.”"],
            "Mehdi Rahmati",
            "saying",
        ),
        (
            [
                (
                    "Brian Carter, Middle East portfolio manager for the institute, recently told "
                    "Newsweek: “There is little Russia can offer.”"
                )
            ],
            "Brian Carter",
            "told Newsweek",
        ),
        (["President Joe Biden said: “We stand with our allies.”"], "Joe Biden", "said"),
        (["Trump: “We will win this thing.”"], "Trump", ":"),
        (["“He represents our greatest shame.” ― Jane Doe"], "Jane Doe", "―"),
        (["“There is no plan,” according to the ministry."], "the ministry", "according to"),
    ],
)
def test_speaker_and_cue_are_found_before_after_or_around_the_quote(
    paragraphs: list[str], speaker: str, cue: str
) -> None:
    """The speaker is the name without titles or descriptions; the cue is the speech words."""
    found = quotes_of(*paragraphs)
    assert [(q.speaker, q.cue) for q in found] == [(speaker, cue)]


def test_speaker_in_the_middle_covers_both_halves() -> None:
    """“...,” Smith said. “...” gives both halves Smith."""
    found = quotes_of("“We will win,” Smith said. “We always do.”")
    assert [(q.text, q.speaker) for q in found] == [
        ("We will win", "Smith"),
        ("We always do.", "Smith"),
    ]


def test_pronoun_resolves_to_the_most_recent_named_speaker() -> None:
    """“He added:” takes the speaker named just before."""
    found = quotes_of(
        "Brian Carter told Newsweek: “Russia can offer little.”",
        "He added: “Iran is the best bet.”",
    )
    assert [(q.speaker, q.cue) for q in found] == [
        ("Brian Carter", "told Newsweek"),
        ("Brian Carter", "added"),
    ]


def test_pronoun_without_a_named_speaker_stays_unresolved() -> None:
    """A pronoun with no named speaker before it gives speaker None, not a guess."""
    assert [q.speaker for q in quotes_of("“We will win,” she said.")] == [None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Sources familiar with the matter said the deal was close.",
            ("the deal was close.", "Sources familiar with the matter", "said"),
        ),
        (
            "The ministry said in a statement that 20 people had died.",
            ("20 people had died.", "The ministry", "said in a statement"),
        ),
        (
            "According to the ministry, 20 people died in the attack.",
            ("20 people died in the attack.", "the ministry", "according to"),
        ),
        (
            "Twenty people died in the attack, the ministry said.",
            ("Twenty people died in the attack", "the ministry", "said"),
        ),
        (
            "Smith told reporters that the talks had failed.",
            ("the talks had failed.", "Smith", "told reporters"),
        ),
    ],
)
def test_reported_speech_is_an_indirect_quote(
    paragraph: str, expected: tuple[str, str, str]
) -> None:
    """Speech reported without marks is INDIRECT; its text is the reported content."""
    assert brief(paragraph) == [(*expected, IND, True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rebels took control of the city after government forces withdrew on Thursday.",
        "The war, which has escalated due to continued attacks, goes on.",
    ],
)
def test_plain_narration_has_no_quotes(paragraph: str) -> None:
    """Sentences with no speech act and no marks carry no quotes."""
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Iranian analyst Mehdi Rahmati", "Mehdi Rahmati"),
        ("Secretary of State John Kerry", "John Kerry"),
        ("Mehdi Rahmati of Tehran University", "Mehdi Rahmati"),
        ("sources familiar with the matter", "sources familiar with the matter"),
        ("a spokesman for the company", "a spokesman for the company"),
        ("Clinton’s campaign", "Clinton’s campaign"),
    ],
)
def test_speaker_of_keeps_names_and_anonymous_sources_as_written(
    phrase: str, expected: str
) -> None:
    """Titles are dropped from names; anonymous and collective sources stay as written."""
    assert speaker_of(phrase) == (expected, False)


def test_attribution_helpers_read_nothing_from_plain_text() -> None:
    """Text without a speech cue gives no attribution on either side."""
    assert attribution_before("The rebels advanced on the city ") is None
    assert attribution_after(" and the rebels advanced.") is None


def test_every_quote_text_is_a_substring_of_its_sentence() -> None:
    """Quote text is an exact slice of the sentence that carries it."""
    paragraphs = [
        split_sentences("Smith said: “We will win. We always do,” and left."),
        split_sentences("“Yes,” she said, “we will.” The vote, Smith said, is close."),
    ]
    for sentences, found in zip(paragraphs, find_quotes(paragraphs), strict=True):
        for sentence, quotes in zip(sentences, found, strict=True):
            for quote in quotes:
                assert quote.text in sentence
