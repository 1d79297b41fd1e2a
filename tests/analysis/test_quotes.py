"""Tests for quotation finding, kinds, speakers and cues in newsdiff._analysis._quotes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

import newsdiff
from newsdiff import Quote, QuoteKind, Sentence
from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._quotes import find_quotes, group_quotations
from newsdiff._analysis._referents import REACH
from newsdiff._analysis._segment import split_sentences
from newsdiff._analysis._speakernames import clean_speaker, main_subject, plausible_speaker
from newsdiff._analysis._speakers import (
    attribution_after,
    attribution_before,
    cue_from,
    speaker_of,
)

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
        "Weiner wrote under the pseudonym “Carlos Danger,” but it did him no good.",
        "Voters pull the lever for “R,” or “D,” according to their instinctive preference.",
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
        (
            [
                (
                    "“It is an invasion,” Jane Roe, the attorney general of the state, one of "
                    "the plaintiffs, said at an event."
                )
            ],
            "Jane Roe",
            "said",
        ),
        (
            [
                (
                    "“It is a good plan,” Tom Hill, director of the centrist Policy Center and a "
                    "professor at the School of Public Affairs of the State University, said."
                )
            ],
            "Tom Hill",
            "said",
        ),
        (["Jane Roe, at a later news conference, said, “We are ready.”"], "Jane Roe", "said"),
        (
            ["The footage shows Tom Hill saying, “That makes me smart,” at the debate."],
            "Tom Hill",
            "saying",
        ),
        (["“Our support is not abstract,” the letter reads."], "the letter", "reads"),
        (
            ["Tom Hill, a former party chairman, poked fun at the rival, tweeting, “Who cares?”"],
            "Tom Hill",
            "tweeting",
        ),
        (["On July 6, Jane Roe made the following comment: “We will fight.”"], "Jane Roe", ":"),
        (
            ["“We will not back down,” Tom Hill was quoted as saying."],
            "Tom Hill",
            "quoted as saying",
        ),
        (
            ["The ministry, which runs the border, said in a statement: “It is closed.”"],
            "The ministry",
            "said in a statement",
        ),
        (
            ["Tom Hill, who has led the party since 2019, said: “We will win.”"],
            "Tom Hill",
            "said",
        ),
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
        (
            "Ann Lee said in an interview with the Daily Planet that the plan was dead.",
            ("the plan was dead.", "Ann Lee", "said in an interview with the Daily Planet"),
        ),
        (
            "Tom Hill was quoted as saying the talks had failed.",
            ("the talks had failed.", "Tom Hill", "quoted as saying"),
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
        ("Protesters marching through the streets", "Protesters"),
        ("the ruling party", "the ruling party"),
    ],
)
def test_speaker_of_keeps_names_and_anonymous_sources_as_written(
    phrase: str, expected: str
) -> None:
    """Titles are dropped from names; anonymous and collective sources stay as written."""
    assert speaker_of(phrase) == (expected, False)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "France and Harbourland said they would cut tariffs on steel.",
            "France and Harbourland",
        ),
        (
            "The US and Harbourland said on 17 June that the talks would resume.",
            "The US and Harbourland",
        ),
        ("Ann Lee and Tom Reyes said the deal was bad.", "Ann Lee and Tom Reyes"),
        (
            "David and Jeanne Heidler wrote that the party had a tin ear.",
            "David and Jeanne Heidler",
        ),
        # Guards: one person's title with a department's "and", a clause
        # before a name, a person's offices, and a list's last two.
        ("Health and Harbours Secretary Ann Lee said the deal was bad.", "Ann Lee"),
        ("The company cut jobs and Ann Lee said it was a mistake.", "Ann Lee"),
        ("Minister for Women and Harbours Ann Lee said the plan was good.", "Ann Lee"),
        ("Senator Tom Reyes and Ann Lee said the deal was bad.", "Ann Lee"),
    ],
)
def test_two_names_joined_by_and_are_both_the_source(paragraph: str, speaker: str) -> None:
    """A subject of two names joined by "and" is the source as written, not its last name."""
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Voters in Alabama, Harbourland and Virginia said they felt betrayed.",
        "Rules will ease this month, the officers from England, Harbourland and Wales announced.",
    ],
)
def test_the_last_two_of_a_list_are_no_pair_of_sources(paragraph: str) -> None:
    """The "and" that ends a list of places joins no two sources."""
    speakers = [q.speaker for q in quotes_of(paragraph)]
    assert not any(" and " in (s or "") for s in speakers)


def test_two_sources_are_they_not_he() -> None:
    """After two joined sources, "they" stands for both and "he" for neither."""
    found = quotes_of(
        "Ann Lee and Tom Reyes said the deal was bad.", "“It is,” they added.", "“No,” he said."
    )
    assert [q.speaker for q in found] == ["Ann Lee and Tom Reyes", "Ann Lee and Tom Reyes", None]


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


def test_named_colon_introduction_wins_over_a_pronoun_after_the_quote() -> None:
    """“Sen. Jane Roe scolded him: “...,” she said.” is Jane Roe, not an earlier name."""
    found = quotes_of(
        "Tom Hill said: “It works.”",
        "Sen. Jane Roe (D-Mo.) scolded him: “The science is against you,” she said.",
    )
    assert [q.speaker for q in found] == ["Tom Hill", "Jane Roe"]


def test_colon_introduction_may_end_the_previous_paragraph() -> None:
    """“The Daily Planet reports:” then a quoted paragraph attributes that paragraph."""
    found = quotes_of("Ann Lee continued:", "“The health issue is a partisan issue.”")
    assert [(q.speaker, q.cue, q.kind) for q in found] == [("Ann Lee", ":", D)]


def test_transcript_labels_inside_quotation_marks_name_the_speakers() -> None:
    """Paragraphs of a quoted transcript ("ROE: ...") each take their label's speaker."""
    found = quotes_of(
        "Partial transcript as follows:",
        '"ROE: Why did he do that? Will she be there?',
        '"(CROSSTALK.)',
        '"HILL: She will not attend. That was a joke."',
    )
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("Why did he do that?", "ROE", ":"),
        ("Will she be there?", "ROE", ":"),
        ("She will not attend.", "HILL", ":"),
        ("That was a joke.", "HILL", ":"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    ["“RIGS: Mechanized Combat League” ($50)", "“HALO: Reach” goes on sale on Friday."],
)
def test_a_title_with_a_colon_in_quotation_marks_is_no_transcript(paragraph: str) -> None:
    """A quoted game or book title "NAME: Subtitle" names no speaker by its capitals."""
    assert all(q.speaker is None for q in quotes_of(paragraph))


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Ann Lee told the network’s “Morning Roundup” on Friday that she was fine."],
        ["On an episode of “The Evening Show,” the senator spoke about taxes."],
        ["Rep. Robert C. “Bobby” Hill opened his yard to the public."],
        ["The town held its vote.", "‘A Town Divided.’", "The count took hours."],
    ],
)
def test_titles_subheadings_and_nicknames_are_not_quotes(paragraphs: list[str]) -> None:
    """A title-case name of a show or book, a quoted subheading and a nickname are not speech."""
    assert [q for q in quotes_of(*paragraphs) if q.kind is not IND] == []


def test_quote_after_a_title_keeps_the_attribution_before_the_title() -> None:
    """“Ann Lee told the network’s “Morning Roundup” that “...”” is still Ann Lee’s."""
    found = quotes_of("Ann Lee told the network’s “Morning Roundup” that “nobody knows” yet.")
    assert [(q.text, q.speaker) for q in found] == [("nobody knows", "Ann Lee")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            (
                "Another critic, Tom Hill, likened the rules to “burning the charter” - a charge "
                "that stung."
            ),
            ("burning the charter", "Tom Hill", "likened", P, True),
        ),
        (
            "Ann Lee accused the mayor of “gross negligence” and left.",
            ("gross negligence", "Ann Lee", "accused", P, True),
        ),
    ],
)
def test_short_quote_completing_a_verb_of_judging_is_partial(
    paragraph: str, expected: tuple[str, str, str, QuoteKind, bool]
) -> None:
    """A short quote that completes "likened ... to", "accused ... of" is attributed."""
    assert brief(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The senator called for a new inquiry into the collapse of the bank.",
        "The scandal was first reported by a local paper in the spring.",
        "The two sides agreed to resume talks in the new year.",
    ],
)
def test_verbs_that_do_not_report_content_give_no_indirect_quote(paragraph: str) -> None:
    """“called for”, “reported by”, “agreed to” report no speech content."""
    assert quotes_of(paragraph) == []


def test_a_clause_after_the_cue_is_not_a_sentence_final_attribution() -> None:
    """“And in recent months, he said he backed the idea” reports what follows the cue."""
    found = brief(
        "Tom Hill spoke.", "And in recent months, he said he backed the idea of a new law."
    )
    assert found == [("he backed the idea of a new law.", "Tom Hill", "said", IND, True)]


def test_pronouns_skip_speakers_of_the_other_gender() -> None:
    """“she said” goes to the last speaker known to be a woman, not the last speaker."""
    found = quotes_of(
        "Ms. Ann Lee, the mayor, said: “We are ready.”",
        "Mr. Tom Hill said: “We are not.”",
        "“We will see,” she said.",
    )
    assert [q.speaker for q in found] == ["Ms. Ann Lee", "Mr. Tom Hill", "Ms. Ann Lee"]


def test_pronoun_falls_back_to_a_name_in_the_narration() -> None:
    """With no quoted speaker before it, “he said” goes to the named subject of the narration."""
    found = quotes_of(
        "Tom Hill went on to explain his plan for the port.", "“It will work,” he said."
    )
    assert [q.speaker for q in found] == ["Tom Hill"]


def test_they_resolves_to_a_collective_source() -> None:
    """“they said” goes to the last collective source, not to a person."""
    found = quotes_of(
        "The ministry said: “The border is closed.”",
        "Ann Lee said: “It is open.”",
        "“It stays closed,” they said.",
    )
    assert [q.speaker for q in found] == ["The ministry", "Ann Lee", "The ministry"]


def test_contracted_pronoun_is_a_pronoun() -> None:
    """“He’s claiming “...”” resolves like “he”, not as a name “He’s”."""
    found = quotes_of(
        "Tom Hill spoke first.", "He’s claiming the vote was “rigged from the start.”"
    )
    assert [q.speaker for q in found] == ["Tom Hill"]


SEED = Path(__file__).parents[1] / "fixtures" / "seed.txt"


def _quotations(paragraph: Sequence[Sentence]) -> list[tuple[str | None, int]]:
    """Return (speaker, number of parts) of every quotation of *paragraph*."""
    return [
        (paragraph[group[0][0]].quotes[group[0][1]].speaker, len(group))
        for group in group_quotations(paragraph)
    ]


def test_group_quotations_on_the_seed_counts_one_quotation_per_speech_act() -> None:
    """The seed's officials quote and its unbalanced tail are one quotation; Carter's are two."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    article = analyse([split_sentences(line) for line in lines])
    direct = [
        speaker
        for paragraph in article
        for group in group_quotations(paragraph)
        if (quote := paragraph[group[0][0]].quotes[group[0][1]]).kind is not IND
        for speaker in [quote.speaker]
    ]
    assert direct == ["Mehdi Rahmati", "unnamed Iranian officials", "Brian Carter", "Brian Carter"]
    officials = next(p for p in article if any("increasing" in s.text for s in p))
    assert _quotations(officials) == [("unnamed Iranian officials", 2)]


def _sentence(text: str, *quotes: Quote) -> Sentence:
    return Sentence(text=text, quotes=quotes)


def test_group_quotations_splits_on_speaker_cue_gap_and_reported_speech() -> None:
    """A new speaker, a new cue, a sentence without quotes or reported speech starts a group."""
    a = Quote(text="One.", speaker="Ann Lee", cue="said")
    a_again = Quote(text="Two.", speaker="Ann Lee")
    a_added = Quote(text="Three.", speaker="Ann Lee", cue="added")
    b = Quote(text="Four.", speaker="Tom Hill", cue="said")
    reported = Quote(text="it was late.", speaker="Tom Hill", cue="said", kind=IND)
    b_again = Quote(text="Five.", speaker="Tom Hill")
    sentences = [
        _sentence("“One,” Ann Lee said.", a),
        _sentence("“Two.”", a_again),
        _sentence("She added: “Three.”", a_added),
        _sentence("Tom Hill said: “Four.”", b),
        _sentence("Hill said it was late.", reported),
        _sentence("“Five.”", b_again),
        _sentence("Nothing was said."),
        _sentence("“Five.”", b_again),
    ]
    assert group_quotations(sentences) == [
        [(0, 0), (1, 0)],
        [(2, 0)],
        [(3, 0)],
        [(4, 0)],
        [(5, 0)],
        [(7, 0)],
    ]


def test_group_quotations_joins_fragments_of_one_sentence() -> None:
    """Two quoted fragments of one clause by one speaker are one quotation."""
    sentence = _sentence(
        "Ann Lee called him a “liar” and a “bully.”",
        Quote(text="liar", speaker="Ann Lee", cue="called", kind=P),
        Quote(text="bully.", speaker="Ann Lee", kind=P),
    )
    assert group_quotations([sentence]) == [[(0, 0), (0, 1)]]
    assert group_quotations([]) == []


def test_passive_speech_verbs_do_not_make_their_subject_the_speaker() -> None:
    """“has been called ... for promoting “quack” cures” attributes nothing to its subject."""
    assert quotes_of("He has been called a charlatan by peers for promoting “quack” cures.") == []


def test_a_coordinated_verb_after_a_quote_names_no_speaker() -> None:
    """“...” sponsored by the network and said": the verb's subject is not after the quote."""
    assert attribution_after(" sponsored by the network and said she was ready.") is None
    assert attribution_after(" the network said on Friday.") is not None


def test_a_speech_noun_attributes_the_quote_to_its_owner() -> None:
    """'Ann Lee’s claim that ... “...”' gives Ann Lee a partial quote, cue 'claim'."""
    found = brief(
        "Inspectors rejected Ann Lee’s claim that the plant was “perfectly safe” last year."
    )
    assert found == [("perfectly safe", "Ann Lee", "claim", P, True)]


def test_a_possessive_pronoun_before_a_speech_noun_resolves_to_the_speaker() -> None:
    """'his promise of “...”' goes to the man named as speaker before it."""
    found = brief(
        "“We will open the bridge in May,” Tom Reyes, the mayor, said.",
        "Residents still remember his promise of “a bridge for everyone” during the storm.",
    )
    assert found[1][:3] == ("a bridge for everyone", "Tom Reyes", "promise")


def test_a_relative_clause_cue_attributes_the_quote_to_its_antecedent() -> None:
    """'the county office, which reported “...”' is the county office's quote."""
    found = brief("Figures came from the county office, which reported “a sharp rise in thefts”.")
    assert found == [("a sharp rise in thefts", "the county office", "reported", P, True)]


def test_a_relative_clause_cue_reports_no_speech_without_marks() -> None:
    """'Voters who said they were undecided ...' is narration, not reported speech."""
    assert brief("Voters who said they were undecided got a second call from the campaign.") == []


def test_a_name_after_a_preposition_does_not_speak_for_a_coordinated_verb() -> None:
    """'sponsored by Acme Radio and said: “...”' is not Acme Radio's quote."""
    found = brief(
        "“The port will reopen,” Dana Wu said on Monday.",
        "She spoke at a forum sponsored by Acme Radio and said: “Trade comes first.”",
    )
    assert [speaker for _, speaker, *_ in found] == ["Dana Wu", "Dana Wu"]


def test_a_verb_joined_by_and_takes_the_clause_subject() -> None:
    """'She urged him to leave and repeatedly said, “...”' is her quote."""
    found = attribution_before("She then urged him to leave the car and repeatedly said, ")
    assert found is not None
    assert (found.speaker, found.pronoun) == ("She", True)


def test_a_subordinate_clause_after_a_quote_is_not_its_attribution() -> None:
    """'“...,” while most residents said the opposite' names no speaker for the quote."""
    assert attribution_after(" while most residents said the opposite.") is None


def test_a_demonstrative_makes_a_verb_form_a_noun() -> None:
    """'dismissed those reports as “...”': 'reports' is a noun, not the speech verb."""
    found = attribution_before("Later she dismissed those reports as ", evaluative=True)
    assert found is not None
    assert found.speaker == "she"


def test_a_capitalised_determiner_is_not_a_speaker() -> None:
    """'The gap is shown by this finding: “...”' is not attributed to 'The'."""
    found = attribution_before("The gap is shown by this finding: ")
    assert found is None or found.speaker != "The"


def test_a_long_object_of_told_is_read_past_the_first_words() -> None:
    """A cue whose object runs on ("told Fox ... Edition") is read whole."""
    text = "He told Fox News Sunday Morning Futures Weekend Live Edition that taxes rise."
    assert cue_from(text, 3)[0] == "told Fox News Sunday Morning Futures Weekend Live Edition"


@pytest.mark.parametrize(
    "speaker",
    [
        "Anna Field",
        "Theresa May",
        "the union",
        "a senior U.S. official",
        "people close to him",
        "sources close to the president",
        "one of the signatories",
        "police",
        "he",
        "10 South Carolina Republican primary voters",
    ],
)
def test_plausible_speaker_accepts_names_and_sources(speaker: str) -> None:
    """Names, organisations, anonymous and collective sources pass the speaker check."""
    assert plausible_speaker(speaker)


@pytest.mark.parametrize(
    "speaker",
    [
        "There are currently 4",
        "the total number",
        "Last",
        "today",
        "Elsewhere",
        "In",
        "As",
        "35",
        "sity",
        "Mo.",
        "this month",
        "The Government has today",
        "Updated to confirm new",
        "the changes",
        "",
    ],
)
def test_plausible_speaker_rejects_junk(speaker: str) -> None:
    """Clause fragments, times, numbers, function words and things fail the speaker check."""
    assert not plausible_speaker(speaker)


@pytest.mark.parametrize(
    ("speaker", "cleaned"),
    [
        ("When Mr. Trump", "Mr. Trump"),
        ("On Friday, Mr. Carson", "Mr. Carson"),
        ("The New York Times at the time", "The New York Times"),
        ("The Harbour Courier in 2014", "The Harbour Courier"),
        ("Cruz himself", "Cruz"),
        ("a senior official", "a senior official"),
    ],
)
def test_clean_speaker_cuts_clause_openers_and_asides(speaker: str, cleaned: str) -> None:
    """Words that open the clause or follow the name as an aside are cut from a speaker."""
    assert clean_speaker(speaker) == cleaned


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government has today announced funding of 5 million pounds for schools.",
        "There are currently 4 cases, added the latest update.",
        "Edited to add new cases confirmed in the county.",
        "The changes announced last week will apply from May.",
    ],
)
def test_non_speech_senses_of_speech_verbs_are_no_quotes(sentence: str) -> None:
    """A speech-like verb whose subject is no source reports no speech."""
    assert quotes_of(sentence) == []


def test_a_quote_with_a_junk_subject_has_no_speaker() -> None:
    """A quotation whose attribution names no source keeps the quote with speaker None."""
    found = quotes_of("This month said: “Prices will fall sharply next year.”")
    assert [q.speaker for q in found] == [None]


def test_survey_speech_without_a_readable_source_keeps_the_content() -> None:
    """'74 percent said ...' is reported speech whose source is not guessed."""
    found = quotes_of("In the poll, 74 percent said the economy was their first concern.")
    assert [(q.kind, q.speaker) for q in found] in ([(IND, None)], [])


def test_press_release_form_quotes_the_paragraph_after_the_cue_line() -> None:
    """After 'X said:', an unmarked paragraph is a DIRECT quote of X; the cue line is none."""
    found = find_quotes(
        [
            ["The Minister for Schools, Anna Field, said:"],
            ["This is good news for pupils.", "We will build more."],
            ["The scheme opens in May."],
        ]
    )
    assert found[0] == [()]
    assert [(q.text, q.speaker, q.cue, q.kind) for (q,) in found[1]] == [
        ("This is good news for pupils.", "Anna Field", "said", D),
        ("We will build more.", "Anna Field", "said", D),
    ]
    assert found[2] == [()]


def test_press_release_quotation_goes_on_over_a_blockquote() -> None:
    """Paragraphs marked as one blockquote after the cue line are all quotes of the speaker."""
    paragraphs = [
        ["Tom Reyes, chief executive of the port, said:"],
        ["Trade is growing."],
        ["The port is ready for it."],
        ["The port handles ships daily."],
    ]
    found = find_quotes(paragraphs, blockquotes={1, 2})
    assert [q.speaker for row in found[1:3] for (q,) in row] == ["Tom Reyes", "Tom Reyes"]
    assert found[3] == [()]
    assert find_quotes(paragraphs)[2] == [()]


def test_a_cue_line_without_a_colon_introduces_a_quoted_paragraph() -> None:
    """A paragraph that is only 'Javed Patel said' attributes the quotation after it."""
    found = quotes_of("Acting High Commissioner Javed Patel said", "“We are proud of them.”")
    assert [(q.text, q.kind) for q in found] == [("We are proud of them.", D)]
    assert found[0].speaker is not None
    assert found[0].speaker.endswith("Javed Patel")


def test_a_cue_line_is_not_reported_speech_of_its_own_subject() -> None:
    """'Anna Field, Minister for Schools, said:' alone is no quote whose text is the name."""
    assert quotes_of("Anna Field, Minister for Schools, said:") == []


def test_reported_speech_after_an_apposition_is_not_swapped() -> None:
    """'X, a fellow at Y, said the unit should ...': X speaks, the clause is the content."""
    found = quotes_of(
        "Dana Morris, a senior fellow at the Atlantic Council, said the agency's "
        "cyber unit should be expanded."
    )
    assert [(q.speaker, q.kind) for q in found] == [("Dana Morris", IND)]
    assert found[0].text.startswith("the agency's cyber unit")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The deal is off, Channel 4 News says.", "Channel 4 News"),
        ("Chief Secretary to the Treasury Tom Reyes said the plan would work.", "Tom Reyes"),
        ("The shop will close on Friday, said the analyst Mark Owens.", "Mark Owens"),
    ],
)
def test_names_are_read_whole_and_without_their_organisation(sentence: str, speaker: str) -> None:
    """A number inside a name is kept; an organisation ending a title is not the name."""
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_honours_after_a_name_are_dropped() -> None:
    """Post-nominal letters are no part of the speaker."""
    assert clean_speaker("Shireen Chambers MBE FICFor") == "Shireen Chambers"
    assert clean_speaker("the BBC") == "the BBC"


@pytest.mark.parametrize(
    ("speaker", "cleaned"),
    [
        ("Culture Secretary Nadine Dorries", "Nadine Dorries"),
        ("Fire Minister Lord Greenhalgh", "Lord Greenhalgh"),
        ("Queen Elizabeth II", "Queen Elizabeth II"),
        ("General Motors", "General Motors"),
    ],
)
def test_titles_before_a_full_name_are_dropped(speaker: str, cleaned: str) -> None:
    """A title before a name of two or more words is dropped; royal styles and names stay."""
    assert clean_speaker(speaker) == cleaned


@pytest.mark.parametrize(
    "sentence",
    [
        "Clarification added: part of the batch was not the authorised medicine.",
        "If you need the papers issued digitally please tell us in the covering letter.",
    ],
)
def test_notes_and_requests_to_the_reader_are_no_speech(sentence: str) -> None:
    """A page's change note and a request to the reader report no speech."""
    assert quotes_of(sentence) == []


def test_an_unmarked_quotation_goes_on_while_the_speaker_says_we() -> None:
    """In plain text, paragraphs in the first person after the quotation go on with it."""
    found = find_quotes(
        [
            ["Tom Reyes, chief executive of the port, said:"],
            ["Trade is growing."],
            ["We are ready for it.", "Our staff have trained for a year."],
            ["The port handles 40 ships a day."],
            ["We expect more."],
        ]
    )
    assert [q.speaker for row in found[1:3] for (q,) in row] == ["Tom Reyes"] * 3
    assert found[3] == [()]
    assert found[4] == [()]


@pytest.mark.parametrize(
    ("speaker", "cleaned"),
    [
        ("equipment maker Komatsu Ltd < 6301.T >", "equipment maker Komatsu Ltd"),
        ("AstraZeneca’s China head", "AstraZeneca’s China head"),
        ("the tech giant", "the tech giant"),
    ],
)
def test_companies_and_their_people_are_sources(speaker: str, cleaned: str) -> None:
    """A company's ticker is cut; companies and their heads pass the speaker check."""
    assert clean_speaker(speaker) == cleaned
    assert plausible_speaker(cleaned)


@pytest.mark.parametrize(
    ("cue_line", "speaker", "cue"),
    [
        ("Dr Nicky Armstrong, the agency’s technical lead, said:", "Nicky Armstrong", "said"),
        ("Andy Topping, Chief Scientific Officer at Acme Biotech:", "Andy Topping", ":"),
        ("William Suttie, the technical lead said,", "William Suttie", "said"),
        ("Health Secretary Matt Hancock will say:", "Matt Hancock", "say"),
    ],
)
def test_press_release_cue_lines(cue_line: str, speaker: str, cue: str) -> None:
    """Cue lines with an apposition, a verbless label, a comma or 'will say' name the speaker."""
    found = find_quotes([[cue_line], ["We are delighted with the partnership."]])
    assert found[0] == [()]
    assert [(q.speaker, q.cue) for (q,) in found[1]] == [(speaker, cue)]


def test_a_furniture_label_is_no_cue_line() -> None:
    """'Contact Details, Press Office:' introduces no quotation."""
    assert find_quotes([["Contact Details, Press Office:"], ["Call the line today."]])[1] == [()]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Two people were hurt, according to Superintendent Lisa Ortega.", "Lisa Ortega"),
        ("Dr Nicky Armstrong said the plan was sound.", "Nicky Armstrong"),
    ],
)
def test_police_ranks_and_undotted_titles_are_dropped(sentence: str, speaker: str) -> None:
    """A police rank or 'Dr' without its full stop is a title, not part of the name."""
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Join our webinar “Making Trade Work for Small Business Exporters in the North” on 5 May.",
        "The role of Chief Security Officer (‘CSO’) was created in 2019.",
        "Call greet(“Kate”) to say hello.",
    ],
)
def test_titles_and_defined_terms_are_no_quotes(sentence: str) -> None:
    """A long title after 'webinar' and a short term in brackets are not speech."""
    assert quotes_of(sentence) == []


@pytest.mark.parametrize(
    "speaker",
    [
        "Husted",
        "Ahmed",
        "His surrogates",
        "the 34-year-old mother of three",
        "Only 52 percent of registered voters",
    ],
)
def test_names_ending_in_ed_and_possessed_groups_are_speakers(speaker: str) -> None:
    """A surname ending in -ed, a possessed group and a counted share of voters may speak."""
    assert plausible_speaker(speaker)


@pytest.mark.parametrize("speaker", ["Updated", "Edited to add", "the changes", "There are 4"])
def test_change_note_verbs_and_things_are_not_speakers(speaker: str) -> None:
    """A change note's verb, a thing and a clause with a bare number never speak."""
    assert not plausible_speaker(speaker)


def test_question_cut_from_its_short_attribution_sentence_keeps_it() -> None:
    """“Can we win Ohio?” Mr. Hill asked. names Mr. Hill though the segmenter cut after “?”."""
    found = quotes_of("“Can we win Ohio?” Mr. Hill asked. “I do not know.”")
    assert [q.speaker for q in found] == ["Mr. Hill", "Mr. Hill"]


def test_an_unattributed_quote_after_another_name_in_its_sentence_inherits_no_speaker() -> None:
    """Another name before an unattributed quote in its sentence: no speaker is inherited."""
    found = quotes_of(
        "“We will win,” Ana Ruiz said.", "In the back row Tom Hale frowned — “Who pays for it?”"
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("We will win", "Ana Ruiz"),
        ("Who pays for it?", None),
    ]


def test_an_unattributed_quote_alone_or_after_the_speakers_name_inherits_the_speaker() -> None:
    """A bare quote, or one after the last speaker's own name, still inherits that speaker."""
    for second in (
        "“Who pays for it?”",
        "And Ruiz went on — “Who pays for it?”",
        "In a post in which Ruiz thanks Tom Hale, Ruiz states, “Who pays for it?”",
    ):
        found = quotes_of("“We will win,” Ana Ruiz said.", second)
        assert [q.speaker for q in found] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_short_title_inside_the_attribution_does_not_cut_it_off() -> None:
    """“...,” Ann Lee, wearing “Vote Lee” pins, said: the title is read over, Ann Lee speaks."""
    found = quotes_of(
        "“We will carry this county,” Ann Lee, wearing “Vote Lee” pins, said at noon."
    )
    assert found[0].speaker == "Ann Lee"


def test_a_long_quotation_after_a_quote_still_ends_the_words_read_for_it() -> None:
    """A long second quotation is not read over: its own attribution is not the first one's."""
    found = quotes_of(
        "“We will win.” Then a new voice: “Nobody here believes that at all, not one of us,” "
        "Tom Hale said."
    )
    assert found[0].speaker != "Tom Hale"


def test_exclamation_cut_from_a_long_sentence_that_opens_with_its_attribution_keeps_it() -> None:
    """A long sentence after “...!” that opens with a name and its speech verb attributes it."""
    paragraph = (
        "“We did it!” Ruiz, the head of the tenants’ group, tweeted on Friday with a "
        "photograph of the crowd outside the town hall and the new signs on the door."
    )
    assert quotes_of(paragraph)[0].speaker == "Ruiz"


def test_a_long_sentence_after_a_question_that_opens_with_a_pronoun_attributes_nothing() -> None:
    """A pronoun first is no attribution of the question before it in a long sentence."""
    paragraph = (
        "Ana Ruiz spoke first. “What do you mean?” They said the plan would cost far more "
        "than the council had promised in its budget for the coming three years."
    )
    assert quotes_of(paragraph)[0].speaker is None


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        ("“We will hold the line,” Okafor notes.", "Okafor", "notes"),
        ("“Not a single one,” Dana Vance answers in the interview.", "Dana Vance", "answers"),
        ("“Never again!” Lee cried out, and left.", "Lee", "cried"),
    ],
)
def test_a_present_or_past_verb_outside_the_list_that_ends_the_clause_attributes_the_quote(
    paragraph: str, speaker: str, cue: str
) -> None:
    """“...,” Okafor notes.: a name, then a verb outside the list that ends the clause."""
    assert [(q.speaker, q.cue) for q in quotes_of(paragraph)] == [(speaker, cue)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Not a verb that ends the clause: "signs rose".
        "“Build it,” Hale signs rose above the crowd.",
        # A described source that is no crowd nor document is left to the listed cues.
        "“No!” the tall man wheezed out.",
    ],
)
def test_a_noun_after_a_name_or_a_described_source_gets_no_unlisted_speaker(paragraph: str) -> None:
    """A noun after the name, or a source that is no name, gets no speaker from an unlisted verb."""
    assert all(q.speaker is None for q in quotes_of(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        ("“Go back to your seat,” Tom Hill barked and walked out.", "Tom Hill", "barked"),
        ("“This is fantastic!” beamed Ann Lee, who came early.", "Ann Lee", "beamed"),
    ],
)
def test_a_verb_outside_the_list_next_to_a_name_attributes_the_quote(
    paragraph: str, speaker: str, cue: str
) -> None:
    """A name and a past-tense verb right after a quote attribute it (“...,” Hill barked)."""
    assert [(q.speaker, q.cue) for q in quotes_of(paragraph)] == [(speaker, cue)]


def test_a_described_subject_speaks_for_a_coordinated_verb() -> None:
    """“The president noted ... and added: “...”” is the president's, not a clause fragment."""
    found = quotes_of("The president noted that he taught law, and added: “I know this.”")
    # What he noted is reported speech of its own, before the quotation.
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        (QuoteKind.INDIRECT, "The president", "noted"),
        (QuoteKind.DIRECT, "The president", "added"),
    ]


def test_a_long_colon_introduction_ending_in_its_verb_names_its_subject() -> None:
    """A long introduction ending in “and boomed:” names the clause's subject."""
    found = quotes_of(
        "Tom Hill gestured as if to stop the noise in the hall, then leaned in and boomed: "
        "“Let us win in November.”"
    )
    assert [q.speaker for q in found] == ["Tom Hill"]


def test_a_described_name_before_its_apposition_is_the_speaker() -> None:
    """“...,” the economist Ann Lee, a former adviser, said. names Ann Lee."""
    found = quotes_of("“Wages may be rising,” the economist Ann Lee, a former adviser, said.")
    assert [q.speaker for q in found] == ["Ann Lee"]


def test_a_name_after_an_inverted_verb_that_takes_a_hearer_is_the_speaker() -> None:
    """“...,” warned Clinton. is Clinton's: inverted, the name is no hearer."""
    found = quotes_of("“That means a loose cannon is within reach of the job,” warned Clinton.")
    assert [(q.speaker, q.cue) for q in found] == [("Clinton", "warned")]


def test_a_party_tag_and_a_time_phrase_after_an_inverted_name_are_dropped() -> None:
    """“...,” said Rep. Bobby Scott (D-Va.) at the time, names Rep. Bobby Scott."""
    found = quotes_of("“It is not new in Virginia,” said Rep. Bobby Scott (D-Va.) at the time.")
    assert [q.speaker for q in found] == ["Rep. Bobby Scott"]


def test_a_clause_joined_after_a_quote_does_not_attribute_it() -> None:
    """In “A said “x,” for instance, and B vowed ...” the first quote stays A's."""
    found = quotes_of(
        'Cruz said he would make sand "glow in the dark," for instance, and Trump vowed to '
        '"bomb the hell" out of them.'
    )
    assert [q.speaker for q in found] == ["Cruz", "Trump"]


@pytest.mark.parametrize(
    "line",
    [
        "Location: “Bezisten” Art Gallery (south entrance), 1 Osvobozhdenie Square, Yambol",
        "Venue: “The Old Library”, Main Street",
        "Theme: “Building Bridges Between Communities”",
        "Date and time: “Open Day”, 5 May",
        "Registration: “Early Bird” rate until Friday",
    ],
)
def test_the_value_of_a_label_before_a_colon_is_no_quote(line: str) -> None:
    """A field of page furniture ("Location: “...” Gallery") holds no speech."""
    assert quotes_of(line) == []


def test_a_name_before_a_colon_speaks_and_a_label_does_not() -> None:
    """“Caddell: “...”” keeps its speaker; “Venue: “...”” is no quote."""
    found = quotes_of("Caddell: “We will win this state.”", "Venue: “The Old Library”, Main Street")
    assert [(q.text, q.speaker) for q in found] == [("We will win this state.", "Caddell")]


def test_a_sentence_after_a_label_has_no_speaker() -> None:
    """“Note: “...”” is a quote of no one, not of the label or the last speaker."""
    found = quotes_of("Smith said: “It is over.”", "Note: “We will be back.”")
    assert [(q.text, q.speaker) for q in found] == [
        ("It is over.", "Smith"),
        ("We will be back.", None),
    ]


def test_a_quoted_key_before_a_colon_is_no_speaker() -> None:
    """In '{ "ETag": "DEADBEEF" }' the quoted key does not speak."""
    found = quotes_of('For instance: { "ETag": "DEADBEEFDEADBEEF", "Size": 12 }')
    assert [q.speaker for q in found if q.speaker is not None] == []


@pytest.mark.parametrize(
    "line",
    [
        "Update to information on the EU Entry/Exit System (‘Entry requirements’ page).",
        "Updated information on crime (‘Safety and security’ page).",
        "Watch a recording of the ‘Moving meat between Spain and GB’ webinar.",
        "‘Early bird’ schemes are provided by the house builder.",
        "The report ‘Growing up poor in Britain’ was published on Monday.",
        "See the ‘Social media and dating apps’ subheading for more advice.",
        "Read the guidance on ‘Staying safe in the heat’ before you travel.",
    ],
)
def test_a_quoted_name_of_a_page_or_work_is_no_quote(line: str) -> None:
    """A short quoted phrase next to "page", "webinar", "scheme", "report" names a thing."""
    assert quotes_of(line) == []


def test_a_bracketed_name_is_no_quote_and_bracketed_speech_is() -> None:
    """A bracketed quoted name is none; one with a comma or an "I" is speech."""
    found = quotes_of(
        "The team (“Investigation and Identification Team”, IIT) ranked voters from 1 "
        "(“Oh, I am voting for Eric”) to 6."
    )
    assert [q.text for q in found] == ["Oh, I am voting for Eric"]


def test_a_work_noun_ending_the_sentence_before_makes_no_title() -> None:
    """“... Cook Political Report. “And yet ...” because ...” is a quote; “(‘...’ page)” not."""
    found = quotes_of(
        "Ann Lee is an analyst at the Cook Political Report. “And yet it would seal the deal "
        "for Hillary Clinton” because she leads, he said.",
        "Read more (‘Election results’ page).",
    )
    assert [q.text for q in found] == ["And yet it would seal the deal for Hillary Clinton"]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "DIT Country Director Richard Colley shared that the forum “aims to help forge ties.”",
            "shared",
        ),
        (
            "Richard Colley pointed out that the plan “will save lives in every region.”",
            "pointed out",
        ),
        (
            "Richard Colley highlighted that it “has helped thousands of families this year.”",
            "highlighted",
        ),
        (
            "Richard Colley underlined that the scheme “has helped thousands of families.”",
            "underlined",
        ),
    ],
)
def test_a_verb_that_reports_speech_before_that_attributes_the_quote(
    sentence: str, cue: str
) -> None:
    """“X shared that the forum “...”” is X's: "shared that" is a speech cue."""
    found = quotes_of(sentence)
    assert [(q.speaker, q.cue) for q in found] == [("Richard Colley", cue)]


def test_shared_is_a_speech_cue_before_a_clause_only() -> None:
    """“shared that the forum” is a cue; “shares that perspective” is not."""
    found = attribution_before("Richard Colley shared that the forum ")
    assert found is not None
    assert found.speaker == "Richard Colley"
    assert attribution_after(" a majority across Northern Ireland shares that perspective.") is None


@pytest.mark.parametrize(
    "speaker",
    ["+", "are usually better", "Monitor local weather", "most recent", "The weather"],
)
def test_plausible_speaker_rejects_bullets_verbs_and_adjectives(speaker: str) -> None:
    """A bullet, a verb phrase or an adjective ending like a person's noun is no speaker."""
    assert not plausible_speaker(speaker)


@pytest.mark.parametrize(
    "before",
    ["The story of chaos is usually told like this: ", "Luxury buses are usually better reported "],
)
def test_a_passive_cue_after_an_adverb_names_no_speaker(before: str) -> None:
    """“is usually told”, “are better reported”: the subject is spoken of, not speaking."""
    assert attribution_before(before) is None


@pytest.mark.parametrize("before", ["Monitor local weather reports ", "Follow news reports and "])
def test_a_speech_verb_after_a_noun_of_news_is_a_noun(before: str) -> None:
    """“Follow news reports” holds no cue; “Sky News reports that” does (a name speaks)."""
    assert attribution_before(before) is None
    found = attribution_before("Sky News reports that the talks ")
    assert found is not None
    assert found.speaker == "Sky News"


def test_a_bulleted_change_line_is_no_reported_speech() -> None:
    """“+ Added Prismarine blocks” reports nothing: a bullet does not speak."""
    assert quotes_of("+ Added Prismarine and Sea Lantern blocks") == []


@pytest.mark.parametrize(
    "line",
    [
        "The Campus won for a project entitled ‘Estimating pedestrian activity from cameras’ too.",
        "These are often referred to as ‘aluminium extrusions’ because of the process.",
        "There are staged fake births, commonly referred to as ‘miracle babies’, in some places.",
    ],
)
def test_a_quoted_phrase_after_a_word_that_names_is_no_quote(line: str) -> None:
    """“entitled ‘...’”, “referred to as ‘...’” give a name or a term, not speech."""
    assert quotes_of(line) == []


@pytest.mark.parametrize(
    "line",
    [
        '^ "The future of the Five Power Defence Arrangements". The Strategist.',
        '^ a b "2013 Census QuickStats about culture and identity – Religious affiliation".',
        "^ Film Review: ‘The Incident’",
    ],
)
def test_a_title_cited_in_a_reference_list_is_no_quote(line: str) -> None:
    """A reference entry ('^ a b "Title". Publisher.') cites a title, it quotes no one."""
    assert quotes_of(line) == []


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“We are ready,” said a spokesman for the Ministry of Defence.",
         "a spokesman for the Ministry of Defence"),
        ("The Department for Education said the scheme would close in March.",
         "Department for Education"),
        ("The fund is nearly empty, according to the Bank of England.", "Bank of England"),
        ("“We will rebuild,” the Mayor of London said.", "Mayor of London"),
        ("“We are ready,” the Secretary of State for Health said.",
         "Secretary of State for Health"),
        ("Missouri Secretary of State Jason Kander said the count would go on.", "Jason Kander"),
        ("“It is over,” Mehdi Rahmati of Tehran University said.", "Mehdi Rahmati"),
        ("“We are ready,” said the Prime Minister.", "Prime Minister"),
        ("“We are ready,” said the Chief Executive.", "Chief Executive"),
        ("“We are ready,” Prime Minister Boris Johnson said.", "Boris Johnson"),
        ("“We are ready,” the Government of the Netherlands said.",
         "Government of the Netherlands"),
        ("“We are ready,” Ann Lee of the Harbour Trust said.", "Ann Lee"),
        ("“We are ready,” Professor Ann Lee of the University of Leeds said.", "Ann Lee"),
    ],
)  # fmt: skip
def test_names_with_of_or_for_are_whole_speakers(line: str, speaker: str) -> None:
    """An organisation or office ("Bank of England", "Prime Minister") is a whole speaker."""
    [[sentence]] = analyse([[line]])
    assert [q.speaker for q in sentence.quotes] == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("“The bridge will hold,” said Mara Quist of the Institute of Civil Works.",
         "Mara Quist"),
        ("“The bridge will hold,” said engineer Mara Quist during the site visit.",
         "Mara Quist"),
        ("“The bridge will hold,” said Mara Quist in a statement.", "Mara Quist"),
        ("“The bridge will hold,” said Mara Quist on Friday.", "Mara Quist"),
    ],
)  # fmt: skip
def test_a_circumstance_after_an_inverted_speaker_is_not_the_speaker(
    line: str, speaker: str
) -> None:
    """'said Jane Doe of the Institute / in a statement / during the visit': the name speaks."""
    assert [q.speaker for q in quotes_of(line)] == [speaker]


def test_the_subject_after_a_colon_speaks() -> None:
    """'People who ... sounded unsure: Ivo Brandt called it “...”' is Ivo Brandt's."""
    line = (
        "Even people who backed the plan sounded unsure: Ivo Brandt called it “a tax on patience.”"
    )
    assert [q.speaker for q in quotes_of(line)] == ["Ivo Brandt"]


def test_the_object_of_a_verb_of_naming_is_not_its_speaker() -> None:
    """'was said to have called the Danes “free riders”': the Danes are called, not calling."""
    line = "The minister was said to have called the Danes “free riders” in private."
    assert [q.speaker for q in quotes_of(line)] != ["Danes"]
    assert all(q.speaker is None for q in quotes_of(line))


def test_an_opening_adverb_is_not_the_speaker() -> None:
    """'Shortly after ..., Brandt’s office sent a note saying “...”': "Shortly" is no one."""
    line = (
        "Shortly after the vote closed, Brandt’s office sent out a note saying the plan "
        "was “dead on arrival.”"
    )
    assert [q.speaker for q in quotes_of(line)] == ["Brandt"]


def test_an_opening_phrase_of_place_and_time_is_skipped_whole() -> None:
    """'At a fair in Ghent, Belgium, on Sunday, Ivo Brandt ..., saying “...”' is Brandt's."""
    line = (
        "At a fair in Ghent, Belgium, on Sunday, Ivo Brandt praised the farmers, saying "
        "they had “carried the region.”"
    )
    assert [q.speaker for q in quotes_of(line)] == ["Ivo Brandt"]


def test_the_object_of_a_clause_is_not_its_subject() -> None:
    """'His office put out a statement, saying': the statement is put out, it does not speak."""
    assert main_subject("His office put out a statement ") == ("His office", False)
    assert main_subject("The town put out a statement ") == (None, False)


@pytest.mark.parametrize(
    "after",
    [" said he would welcome Cruz.", " said one option he likes is the Ohio plan."],
)
def test_a_clause_after_the_verb_is_no_inverted_speaker(after: str) -> None:
    """'said he would welcome Cruz': the words after "said" are content, not a source."""
    assert attribution_after(after) is None


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (" said Will Dorn, a teacher.", "Will Dorn"),
        (" said Mr. Dorn (a view I share).", "Mr. Dorn"),
    ],
)
def test_names_and_asides_after_the_verb_are_still_inverted_speakers(
    after: str, speaker: str
) -> None:
    """'said Will Dorn': a capitalised "Will" is a name, and a bracketed aside is no clause."""
    found = attribution_after(after)
    assert found is not None
    assert found.speaker == speaker


def test_a_participle_of_judging_after_its_clause_has_the_clause_subject() -> None:
    """'Nell Rivas backed him, citing his “steady hand”': Nell Rivas cites, not "him"."""
    line = "On Monday, Nell Rivas backed him, citing his “steady hand” in the flood."
    assert [q.speaker for q in quotes_of(line)] == ["Nell Rivas"]


def test_a_name_and_its_institution_may_be_a_long_subject() -> None:
    """'“...,” Ivo Brandt of the National Center for ... said.': the name, however long."""
    line = "“The dam will hold,” Ivo Brandt of the National Center for Dam Safety Studies said."
    assert [q.speaker for q in quotes_of(line)] == ["Ivo Brandt"]


def test_the_name_after_which_is_the_speaker_of_its_clause() -> None:
    """'the levy, which Ivo Brandt called “a tax on rain”': Ivo Brandt called it so."""
    line = "The council raised the levy, which Ivo Brandt called “a tax on rain,” in March."
    assert [q.speaker for q in quotes_of(line)] == ["Ivo Brandt"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("FLOODS ARE NOT WHAT THEY WERE - Nell Rivas: “The river has changed its course.”",
         "Nell Rivas"),
        ("WHY THE DAM HELD - Nell Rivas and Ivo Brandt: “The river has changed its course.”",
         "Nell Rivas and Ivo Brandt"),
        ("More from Rivas: “The river has changed its course.”", "Rivas"),
    ],
)  # fmt: skip
def test_a_source_after_a_dash_or_from_heads_a_quoted_extract(paragraph: str, speaker: str) -> None:
    """'HEADLINE - Nell Rivas: “...”', 'More from Rivas: “...”': the source, not the headline."""
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("When a reporter asked whether the dam would hold, Ivo Brandt shot back: “It will.”",
         "Ivo Brandt"),
        ("The engineer said the dam was sound, to which Nell Rivas retorted: “It is not.”",
         "Nell Rivas"),
    ],
)  # fmt: skip
def test_the_short_clause_before_a_colon_names_the_speaker(paragraph: str, speaker: str) -> None:
    """'When a reporter asked ..., Ivo Brandt shot back: “...”': Brandt speaks, not the reporter."""
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


def test_a_cue_in_the_short_clause_is_still_read_the_usual_way() -> None:
    """'Then she added a caveat: “...”': "Then" is no name; "she" is resolved as ever."""
    found = attribution_before("Then she added a caveat: ")
    assert found is not None
    assert (found.speaker, found.pronoun) == ("she", True)


def test_a_colon_inside_a_title_does_not_cut_the_subject() -> None:
    """'Nell Rivas, who starred in River Song: A Flood Story, said:' is Nell Rivas's line."""
    found = attribution_before(
        "Nell Rivas, an actress who starred in River Song: A Flood Story, said: "
    )
    assert found is not None
    assert found.speaker == "Nell Rivas"


def test_an_office_after_of_the_is_not_a_person_described() -> None:
    """'Co-Chair of the River Board Ivo Brandt said': Ivo Brandt, not the office alone."""
    assert speaker_of("Co-Chair of the River Board Ivo Brandt") != ("Co-Chair", False)


def test_marks_alone_around_a_colon_give_no_speaker_and_no_error() -> None:
    """Quotation marks and a colon with no words ("“", "’ : “") are read without error."""
    assert quotes_of("“", "’ : “") == []


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("The Rt Hon Anna Field, Chancellor of the Duchy of Harbourshire, said:", "Anna Field"),
        ("Tom Reyes, Chair Ferriby Parish Council Flood Committee, said:", "Tom Reyes"),
        ("Ann Lee, Chief Executive, HLF said:", "Ann Lee"),
        ("Dr Ann Lee, HLF Chief Safety Officer, said:", "Ann Lee"),
        ("Minister for Harbours and Communities Lord Tom Reyes said:", "Lord Tom Reyes"),
        ("Chair of the National Institute for Harbours Baroness Ann Lee said:", "Baroness Ann Lee"),
        ("The UK Chief Harbour Safety Officer said:", "The UK Chief Harbour Safety Officer"),
        ("Chancellor of the Duchy of Harbourshire Anna Field said:", "Anna Field"),
        (
            "Tom Reyes, writer and director of Harbour Lights, Mr. Pier, Nets & Lines said:",
            "Tom Reyes",
        ),
        ("Congratulating Harbourworks, the High Commissioner said:", "High Commissioner"),
        ("In his remarks, British High Commissioner HE Tom Reyes said:", "Tom Reyes"),
        ("His Excellency Ann Lee, Ambassador to Harbourland, said:", "Ann Lee"),
        ("He Jiankui said:", "He Jiankui"),
    ],
)
def test_press_release_intros_name_the_person_not_the_office(intro: str, speaker: str) -> None:
    """In "Name, Office, Body said:" lines the person speaks; an office alone is whole."""
    paragraphs = analyse([[intro], ["We are pleased to see the harbour open again."]])
    assert [q.speaker for q in paragraphs[1][0].quotes] == [speaker]


@pytest.mark.parametrize(
    "line",
    [
        "“Harbour Lights Run” will launch on phones in December, the maker said.",
        "It is a plain side-scrolling “Harbour Lights” game with one twist.",
        "The “Keep the Pier” campaign has gathered 4,000 names.",
        "‘Tidewater’ linked to warmer winters can flood the harbour road",
        "Most pages with a “Share” button ask your browser to tell the network about it.",
        "Clicking through a “Terms of Service” that no one reads is no consent, critics say.",
        "It may sound like one of those games like “Harbour Run,” but it is not, reviewers say.",
    ],
)
def test_a_title_case_name_the_sentence_goes_on_from_is_no_quote(line: str) -> None:
    """A quoted name used as subject or modifier (“X” will launch, a “X” game) is no quote."""
    assert quotes_of(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "The crowd chanted “Keep Our Pier!” outside the town hall.",
        "He posted “Thank You Harbour” minutes after the count.",
    ],
)
def test_a_chant_or_a_message_in_title_case_is_still_a_quote(line: str) -> None:
    """Title case with “!” or a speaker's “you” stays speech."""
    assert len(quotes_of(line)) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Given how precise the tracking is, “PII” isn’t needed to find out who you are.",
        "At its best, “HARBOR” mixes a racing game with the fun of sailing.",
        "“NHS” is essentially the British name for the public health service.",
    ],
)
def test_a_quoted_abbreviation_the_sentence_goes_on_from_is_no_quote(line: str) -> None:
    """An abbreviation in quotation marks used as a subject or a name is a term, not speech."""
    assert quotes_of(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "In his answer, the senator said “CNN” five times.",
        "The crowd chanted “NO MORE CUTS” outside the town hall.",
    ],
)
def test_a_word_said_or_shouted_in_capitals_is_still_a_quote(line: str) -> None:
    """Capitals after a verb of speaking, or shouted words, stay speech."""
    assert len(quotes_of(line)) == 1


@pytest.mark.parametrize(
    "line",
    [
        "By the fish counter a sign advertised “First of the Season Fresh Harbour Crab” and more.",
        "Smith, J. “The Harbour Towns of the North Coast”, Journal of Ports, 2012.",
        "Its messages read like old film lines, with titles such as “You Held Me Like a Tide”.",
    ],
)
def test_a_title_case_phrase_nobody_is_said_to_speak_is_no_quote(line: str) -> None:
    """Three or more capitalised words without a speaker are a sign, a title or a name."""
    assert quotes_of(line) == []


def test_a_title_case_phrase_with_a_speaker_is_still_a_quote() -> None:
    """A capitalised slogan someone is said to have spoken stays speech."""
    [quote] = quotes_of("“Build Homes Now For Harbour Families,” the mayor told the crowd.")
    assert quote.speaker == "the mayor"


@pytest.mark.parametrize(
    "line",
    [
        "The boats were built by a second firm, “Harbour Works Ltd,” that was founded in 1990.",
        "The town surprised everyone by announcing “Harbour Lights Run,” its first festival.",
    ],
)
def test_a_title_case_name_set_off_by_commas_is_no_quote(line: str) -> None:
    """“Name,” followed by a relative or an apposition without a speech verb is a name."""
    assert quotes_of(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "“Make It Count,” the mayor said at the harbour.",
        "“Keep The Pier Open,” was another.",
    ],
)
def test_a_title_case_quotation_before_its_attribution_stays_a_quote(line: str) -> None:
    """“Make It Count,” the mayor said: a verb of speaking or a copula keeps the quote."""
    assert len(quotes_of(line)) == 1


def test_a_one_word_quote_before_a_speech_verb_stays_a_quote() -> None:
    """“Enough” said the mayor: a capitalised word before a verb of speaking is speech."""
    assert [q.text for q in quotes_of("“Enough” said the mayor, and walked out.")] == ["Enough"]


def test_a_list_ending_an_apposition_is_not_the_speaker() -> None:
    """In “Ann Lee, a collector of maps, old charts, and books says” Ann Lee speaks."""
    found = attribution_before("Ann Lee, a collector of maps, old charts, and books says ")
    assert found is not None
    assert found.speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("In fact, prosecutors in Leeds and York say ", "prosecutors in Leeds and York"),
        ("officials at the Harbour Trust said ", "officials at the Harbour Trust"),
    ],
)
def test_people_described_by_places_are_the_speaker_not_the_place(head: str, speaker: str) -> None:
    """“prosecutors in Leeds and York say” names the prosecutors, not “York”."""
    found = attribution_before(head)
    assert found is not None
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("In Dr. Ann Lee’s words, “the harbour is the town’s heart.”", "Ann Lee"),
        ("In the words of Tom Reyes: “We will not sell the pier.”", "Tom Reyes"),
    ],
)
def test_in_someones_words_attributes_the_quote(line: str, speaker: str) -> None:
    """“In X’s words, ...” and “In the words of X: ...” give X as the speaker."""
    [[sentence]] = analyse([[line]])
    assert [q.speaker for q in sentence.quotes] == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            (
                "Ann Lee, senior analyst at the harbour research firm Tidewise, shared her "
                "view on these findings: “There is a component of culture here.”"
            ),
            "Ann Lee",
        ),
        ("“The party is responsible” while it was in power, Tom Reyes said.", "Tom Reyes"),
        ("In the acknowledgments, Ann Lee had written, “Special thanks are due to Tom.”",
         "Ann Lee"),
    ],
)  # fmt: skip
def test_long_introductions_and_late_attributions_name_the_speaker(line: str, speaker: str) -> None:
    """A described name before a colon, a late “, X said.” and “had written,” attribute."""
    [[sentence]] = analyse([[line]])
    assert [q.speaker for q in sentence.quotes] == [speaker]


def test_a_clause_of_its_own_after_a_quote_is_no_attribution() -> None:
    """“...,” while 73 percent said the same: the clause's own speech act."""
    [[sentence]] = analyse([["“We will win,” while 73 percent said the same."]])
    assert [q.speaker for q in sentence.quotes] == [None]


@pytest.mark.parametrize("line", ["“Harbour Lights” ($20)", "“Nets and Lines” (2019)."])
def test_a_title_opening_a_list_entry_is_no_quote(line: str) -> None:
    """A list entry “Title” ($20) names a work; nobody speaks."""
    assert quotes_of(line) == []


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Another respondent highlighted the tools: “We need fewer.”", "Another respondent"),
        ("One survey respondent summed this up: “Creativity is the challenge.”",
         "One survey respondent"),
    ],
)  # fmt: skip
def test_a_described_source_before_a_colon_speaks(line: str, speaker: str) -> None:
    """“Another respondent highlighted ...:” gives the source as written."""
    [[sentence]] = analyse([[line]])
    assert [q.speaker for q in sentence.quotes] == [speaker]


def test_a_partial_quote_inside_reported_speech_is_its_sources_words() -> None:
    """The quoted words inside reported content are a PARTIAL quote of its source and cue."""
    assert brief("Ann Lee said the plan was “dead on arrival” and would be withdrawn in May.") == [
        ("dead on arrival", "Ann Lee", "said", P, True)
    ]


def test_a_short_quote_inside_reported_speech_is_the_sources_words() -> None:
    """Two quoted words inside reported content are the source's, not a scare quote."""
    assert brief("Tom Ward says the council planned a “fresh start” meeting for the spring.") == [
        ("fresh start", "Tom Ward", "says", P, True)
    ]


def test_a_partial_quote_whose_own_cue_names_no_one_is_credited_to_the_reported_source() -> None:
    """“a rule that said ‘...’” reads no speaker of its own: the reported source speaks."""
    found = brief("Ann Lee said the town kept a rule that said “no cars after dark” for years.")
    assert [(text, speaker, kind) for text, speaker, _, kind, _ in found] == [
        ("no cars after dark", "Ann Lee", P)
    ]


def test_reported_speech_with_a_partial_quote_resolves_its_pronoun() -> None:
    """“She said ... “...” ...” gives the quoted words the named subject."""
    found = brief("Ann Lee is the mayor.", "She said the plan was “dead on arrival” and would go.")
    assert [(speaker, kind) for _, speaker, _, kind, _ in found] == [("Ann Lee", P)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The content is the quotation: a direct quote and its attribution.
        "Ann Lee said, “We will win.”",
        "“We will win,” Ann Lee said on Friday.",
        # The words before the quotation are the circumstances of the cue.
        "Ann Lee said on Friday on Twitter, “We will win the vote.”",
        # The cue is the quotation's; what follows it reports nothing.
        "“We will win,” Ann Lee said, citing the polls in three states.",
        # The cue is inside the quotation: the quoted speaker's, not a report.
        "The critic wrote, “I’m often asked why I stopped writing.",
    ],
)
def test_a_sentence_with_a_quotation_and_its_attribution_has_no_reported_reading(
    paragraph: str,
) -> None:
    """Where the quotation is what was said, no INDIRECT quote is added beside it."""
    kinds = [kind for _, _, _, kind, _ in brief(paragraph)]
    assert kinds == [D]


@pytest.mark.parametrize(
    ("paragraph", "report", "quoted", "cue"),
    [
        (
            "Ann Lee said the tax plan would give money to landlords, and called it “a gift.”",
            "the tax plan would give money to landlords",
            "a gift.",
            "called",
        ),
        (
            "Ann Lee said it was too early to name the winners but added, “We know the result.”",
            "it was too early to name the winners",
            "We know the result.",
            "added",
        ),
        (
            "Ann Lee said there was no meeting planned with the mayor, adding: “We will see.”",
            "there was no meeting planned with the mayor",
            "We will see.",
            "adding",
        ),
        (
            "Ann Lee said observers were sent with the marchers, whom she described as “calm.”",
            "observers were sent with the marchers",
            "calm.",
            "described",
        ),
    ],
)
def test_reported_speech_before_a_quotation_with_its_own_cue_is_reported(
    paragraph: str, report: str, quoted: str, cue: str
) -> None:
    """“Ann Lee said X, and called it “...”” reports X and quotes the rest under its own cue."""
    found = [(text, speaker, c, kind) for text, speaker, c, kind, _ in brief(paragraph)]
    assert found[0] == (report, "Ann Lee", "said", QuoteKind.INDIRECT)
    assert [(text, speaker, c) for text, speaker, c, _ in found[1:]] == [(quoted, "Ann Lee", cue)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Read without the quotation, the sentence reports no speech.
        "Ann Lee claimed victory in a tweet, saying: “We just won the county!”",
        # The question put to a source is not what the source said.
        "Ann Lee, asked on Monday whether she would run again, said: “Not this time.”",
        # An inset attribution, not a second speech act.
        "Ann Lee said she was pleased with the vote because, she said, it was “a fair fight.”",
        # A verb after a bare comma belongs to the content's own subject.
        "Ann Lee said the mayor and his deputy, Tom Ward, responded that it was “too late.”",
    ],
)
def test_no_report_is_cut_where_the_quotations_cue_is_not_a_second_speech_act(
    paragraph: str,
) -> None:
    """A report is cut before a quotation only where its cue opens a clause of its own."""
    assert QuoteKind.INDIRECT not in [kind for _, _, _, kind, _ in brief(paragraph)]


@pytest.mark.parametrize(
    ("paragraph", "reports"),
    [
        (
            "Ann Lee said she had met the mayor twice, but officials said the talks came later.",
            [("she had met the mayor twice", "Ann Lee"), ("the talks came later.", "officials")],
        ),
        (
            "Six in 10 voters said the plan was fair; 46 percent said they were unsure about it.",
            [
                ("the plan was fair", "Six in 10 voters"),
                ("they were unsure about it.", None),
            ],
        ),
    ],
)
def test_a_second_clause_with_its_own_source_reports_speech_of_its_own(
    paragraph: str, reports: list[tuple[str, str | None]]
) -> None:
    """“X said A, but officials said B” gives two INDIRECT quotes, each with its source."""
    found = brief(paragraph)
    assert [(text, speaker) for text, speaker, _, _, _ in found] == reports
    assert {kind for _, _, _, kind, _ in found} == {QuoteKind.INDIRECT}


@pytest.mark.parametrize(
    "paragraph",
    [
        # The first report's attribution follows it: what comes after is its tail.
        "The plan is dead, said Tom Ward, an analyst at the bank, and the vote is off.",
        # One source, one report running over "and".
        "Ann Lee said the plan would fail and the council should vote it down.",
    ],
)
def test_no_second_report_without_a_clause_that_has_its_own_source_and_cue(
    paragraph: str,
) -> None:
    """Only a clause with its own source before its own cue is a second report."""
    assert len(brief(paragraph)) == 1


@pytest.mark.parametrize(
    ("paragraph", "report"),
    [
        (
            "Ann Lee called the plan “crazy” and said the council would vote it down in May.",
            "the council would vote it down in May.",
        ),
        (
            "Ann Lee praised the plan as “a fair deal” but also said the vote would be close.",
            "the vote would be close.",
        ),
    ],
)
def test_reported_speech_after_a_quotation_under_a_second_verb_is_reported(
    paragraph: str, report: str
) -> None:
    """“called the plan “crazy” and said ...” reports what follows the second verb."""
    found = [(text, speaker, kind) for text, speaker, _, kind, _ in brief(paragraph)]
    assert found[-1] == (report, "Ann Lee", QuoteKind.INDIRECT)
    assert [kind for _, _, kind in found[:-1]] == [P]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Lee said no meeting was planned with the mayor, adding: “We will see.”",
        "Ann Lee said no meeting was planned with the company, saying: “We will see.”",
    ],
)
def test_a_participle_after_a_comma_hangs_on_the_clause_not_on_the_phrase_after_with(
    paragraph: str,
) -> None:
    """“..., planned with the mayor, adding: “...”” is the subject's, not the mayor's."""
    assert [speaker for _, speaker, _, kind, _ in brief(paragraph) if kind is D] == ["Ann Lee"]


def test_a_quote_inside_reported_speech_whose_source_is_not_read_has_no_speaker() -> None:
    """Without a source read, the quoted words keep no speaker: the reported reading needs one."""
    found = brief("Some said the plan was “dead on arrival” and would go.")
    assert [(speaker, kind) for _, speaker, _, kind, _ in found] == [(None, P)]


def test_a_quote_in_a_relative_clause_is_not_credited_to_the_last_speaker() -> None:
    """'the party, which rallied voters by saying ... “...”' is not the previous speaker's."""
    found = quotes_of(
        "“The vote is close,” said Ann Lee, a fellow at the institute.",
        "The warning was about rhetoric from the ruling party, which tried to rally support by "
        "saying that its voters were “coming out in droves.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("The vote is close", "Ann Lee"),
        ("coming out in droves.", None),
    ]


def test_the_writer_in_the_first_person_is_no_speaker() -> None:
    """'If I were an editor, I'd start by asking “...”': the writer is not named, so None."""
    [quote] = quotes_of(
        "If I was an editor who wanted to rethink the desk, I’d start by asking “how do the "
        "pictures reach us?”"
    )
    assert quote.speaker is None


@pytest.mark.parametrize(
    "line",
    [
        'Crime includes [robberies](/safety/theft-robbery "Theft and robbery") in the city.',
        'Read about [kidnapping](/safety/kidnapping "Reducing the risk of kidnapping").',
        "* [Piracy reports](https://example.org/) issued by the maritime bureau.",
    ],
)
def test_a_markdown_link_gives_no_quote(line: str) -> None:
    """A link's title ('[text](/path "Title")') or its words and address are no quote."""
    assert quotes_of(line) == []


def test_according_to_figures_is_reported_speech_without_a_speaker() -> None:
    """A report "according to the results" is INDIRECT; results are no speaker, so None."""
    assert brief("Rents rose by a tenth, according to the results.") == [
        ("Rents rose by a tenth", None, "according to", IND, True)
    ]


def test_according_to_a_clause_is_no_quote() -> None:
    """A clause after "According to" ("my mood I opened the doors") reports nothing."""
    assert quotes_of("According to my mood I opened the doors, or closed them.") == []


def test_a_source_before_said_that_is_no_speaker_is_none() -> None:
    """A clause then "the tide said." reports it; a source the check refuses is None."""
    # (An admiral is a source since 5 December 2026: "a senior Chinese admiral has said".)
    assert brief("The two moves had the same goal, the tide said.") == [
        ("The two moves had the same goal", None, "said", IND, True)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "«Es war ein schönes Erlebnis für uns alle», fand Ljuben nach dem Besuch.",
            [("Es war ein schönes Erlebnis für uns alle", "Ljuben", "fand")],
        ),
        (
            (
                "«Ein offener Dialog ist eine Grundvoraussetzung für das Verständnis», erklärte "
                "der Vorsteher des EDA in seiner Rede."
            ),
            [
                (
                    "Ein offener Dialog ist eine Grundvoraussetzung für das Verständnis",
                    "der Vorsteher des EDA",
                    "erklärte",
                )
            ],
        ),
        (
            "«Mir hat es gefallen», sagte Luana und Nando fügte hinzu: «Das Büro ist riesig.»",
            [("Mir hat es gefallen", "Luana", "sagte"), ("Das Büro ist riesig.", "Nando", "fügte")],
        ),
        (
            "Bundesrätin Viola Amherd: «Ich gratuliere ihm herzlich zu seiner Karriere.»",
            [("Ich gratuliere ihm herzlich zu seiner Karriere.", "Viola Amherd", ":")],
        ),
        (
            "«Wir handeln für die Schweiz», betonte Bundesrat Ignazio Cassis in der Rede.",
            [("Wir handeln für die Schweiz", "Ignazio Cassis", "betonte")],
        ),
        (
            "«Wir handeln für die Schweiz», sagte Bundesrat Cassis in der Rede.",
            [("Wir handeln für die Schweiz", "Bundesrat Cassis", "sagte")],
        ),
    ],
)
def test_german_cues_name_the_speaker_as_written(paragraph, expected) -> None:
    """German quotations take their speaker from German cues; an office before a full name goes."""
    assert [(q.text, q.speaker, q.cue) for q in quotes_of(paragraph)] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "In der Motion «Sektorenmarkt der Flughäfen» fordert die Kommission, sie zu stärken.",
        "Der Bundesrat hat einen Bericht verfasst: «Adoptionen von Kindern in der Schweiz».",
        "Die Firma warnt vor den mit «FFP2», «KN95», «EN149 zertifiziert» deklarierten Masken.",
        "Die Skulptur erinnert an «einen Faden, der voneinander Entferntes verbindet».",
    ],
)
def test_german_titles_and_terms_in_marks_are_no_quotes(paragraph) -> None:
    """In German, unattributed words in marks inside a sentence are names, not quotes."""
    assert quotes_of(paragraph) == []


def test_a_german_quote_in_english_text_is_read_by_the_english_rules() -> None:
    """Only a paragraph that reads as German is read by the German cues."""
    found = brief("“Wir schaffen das,” Angela Merkel said in 2015.")
    assert [(text, speaker) for text, speaker, *_ in found] == [
        ("Wir schaffen das", "Angela Merkel")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "^ Downes, Siobhan (2017). “World famous in New Zealand”. Stuff. Retrieved 6 July 2017.",
        "Kenny, Glenn. “Review: Before I Fall”. The Times. Archived from the original in 2017.",
        "Smith, Ann. “How was Mozilla born”. The Register. Retrieved on March 5, 2014.",
    ],
)
def test_titles_in_a_reference_list_are_no_quotes(paragraph) -> None:
    """An entry of a reference list names works in quotation marks; nobody speaks."""
    assert quotes_of(paragraph) == []


def test_retrieved_as_a_word_does_not_make_a_reference_entry() -> None:
    """Only a retrieval date marks a reference entry, not the verb in a news sentence."""
    found = brief("“We retrieved the bodies,” the chief said. Retrieved items were returned.")
    assert [(text, speaker) for text, speaker, *_ in found] == [
        ("We retrieved the bodies", "the chief")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        'fetch(url, { method: "POST" }).then(function(r) { alert("Perfect!"); });',
        'For instance: { "@context": "http://example.org/x", "items": { "ETag": "DEAD" } }',
    ],
)
def test_strings_in_program_code_are_no_quotes(paragraph) -> None:
    """A paragraph of code holds strings and keys in quotation marks, not speech."""
    assert quotes_of(paragraph) == []


def test_a_brace_in_a_news_paragraph_does_not_make_it_code() -> None:
    """One or two code-like marks in prose leave its quotes alone."""
    found = brief("“We will not back down {sic},” the mayor said on Monday.")
    assert [speaker for _, speaker, *_ in found] == ["the mayor"]


def test_a_pronoun_does_not_stand_for_a_name_in_its_own_reported_words() -> None:
    """In "he denied knowing Ejime", he is not Ejime: with no other candidate, no speaker."""
    found = brief(
        "“I never took the money,” Christopher Ejime said.",
        "During the interview he denied knowing Christopher Ejime.",
    )
    assert [(kind, speaker) for _, speaker, _, kind, _ in found] == [
        (D, "Christopher Ejime"),
        (IND, None),
    ]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Mark Chapman, SIA Criminal Investigations Manager, said:", "Mark Chapman"),
        ("Dr Phil Bryan, MHRA Vaccines Safety Lead said:", "Phil Bryan"),
        ("Jen Mcara, DASA Associate Delivery Manager, added:", "Jen Mcara"),
    ],
)
def test_an_official_post_after_a_name_is_no_speaker(line: str, speaker: str) -> None:
    """A post ending in Manager or Lead describes the person named before it."""
    found = brief(line, "We will keep the public safe.")
    assert [s for _, s, *_ in found] == [speaker]


@pytest.mark.parametrize("speaker", ["Similar to the Australia swap arrangement", "Like", "Unlike"])
def test_a_comparison_is_no_speaker(speaker: str) -> None:
    """A phrase opening with a comparison ("Similar to ...", "Like") names no one."""
    assert not plausible_speaker(speaker)


def test_a_participle_after_a_comparison_reports_nothing() -> None:
    """A participle after a comparison ("Similar to the plan announced ...") reports nothing."""
    found = brief(
        "Similar to the Australia vaccine swap arrangement announced earlier this month, "
        "this new collaboration means the doses will be used."
    )
    assert [(kind, speaker) for _, speaker, _, kind, _ in found if speaker] == []


def test_words_in_two_apostrophes_inside_reported_speech_are_its_sources() -> None:
    """Older wire copy's ''...'' inside a long report, far from its cue, is its source's."""
    paragraph = (
        "Ann Lee, who ran the governor's 1992 campaign, said in an oral history of those "
        "years that voters in the north of the state particularly disliked the governor's "
        "wife, the first working mother to live in the residence and the first to keep an "
        "office in its west wing, because she ''seemed to be an affront to who they were.''"
    )
    assert [(q.speaker, q.cue) for q in quotes_of(paragraph)] == [("Ann Lee", "said")]


def test_quotations_joined_by_and_share_the_attribution_after_the_last() -> None:
    """In 'Guns are “a crisis” and “stunt growth,” Ann Lee said' both are Ann Lee's."""
    paragraph = "Guns are “the ultimate public health crisis” and “stunt growth,” Ann Lee said."
    assert [q.speaker for q in quotes_of(paragraph)] == ["Ann Lee", "Ann Lee"]


def test_quotations_apart_share_no_attribution() -> None:
    """A quotation followed by a clause of its own does not take a later one's speaker."""
    paragraph = "Guns are “a crisis,” the mayor wrote, while “stunt growth,” Ann Lee said."
    speakers = [q.speaker for q in quotes_of(paragraph)]
    assert speakers[-1] == "Ann Lee"
    assert speakers[0] != "Ann Lee"


def test_a_quoted_paragraph_goes_on_to_the_speaker_named_after_the_next() -> None:
    """'Lee sees ...' then '“A.”' then '“B,” Lee notes.': A is Lee's too."""
    speakers = [
        q.speaker
        for q in quotes_of(
            "Ann Lee is upbeat about the plan, in part because she sees it as fair.",
            "“Not only can it pass this year, it is the one with the best chance.”",
            "“It may be the only one that unites the party,” Ann Lee notes.",
        )
    ]
    assert speakers == ["Ann Lee", "Ann Lee"]


def test_a_quoted_paragraph_is_no_one_s_when_the_next_speaker_is_new() -> None:
    """A reply in a dialogue: the speaker after the next quotation was not on stage before."""
    speakers = [
        q.speaker
        for q in quotes_of(
            "That was an overly ambitious sentence.",
            "“He is drunk! He looks just like a drunk person.”",
            "“He is not drunk,” said Ann Lee, trying to hold him up.",
        )
    ]
    assert speakers == [None, None, "Ann Lee"]


def test_a_quoted_question_is_not_given_to_the_one_who_answers() -> None:
    """'“Is it negotiable?”' then '“Maybe,” Lee said.': who asked is not said."""
    speakers = [
        q.speaker
        for q in quotes_of(
            "Ann Lee was asked about it.",
            "“Would it be negotiable, then?”",
            "“Maybe, I would say,” Ann Lee said.",
        )
    ]
    assert speakers[0] is None


@pytest.mark.parametrize("verb", ["ripped", "pushed", "defended", "endorsed"])
def test_more_verbs_of_judging_give_their_named_subject_the_words_quoted(verb: str) -> None:
    """'Ann Lee, the former manager, ripped the director for acting as “the judge”' is Lee's."""
    paragraph = (
        f"Ann Lee, the campaign's former manager, {verb} the director for acting as "
        "“the judge and the jury” in the case."
    )
    assert [q.speaker for q in quotes_of(paragraph)] == ["Ann Lee"]


def test_a_verb_of_judging_reaches_a_partial_quote_25_words_on() -> None:
    """A long predicate ('notes that ... which means Kasich “can do damage”') keeps its subject."""
    paragraph = (
        "Gerry Olsen, a political consultant, notes that scoring 20 percent of the vote in a "
        "district is enough to qualify for a delegate in the state, which means the governor "
        "“can do a lot of damage” there."
    )
    assert [q.speaker for q in quotes_of(paragraph)] == ["Gerry Olsen"]


def test_the_name_after_a_dash_before_its_apposition_speaks() -> None:
    """A clause ended by a dash is not part of the name its apposition describes."""
    quotes = quotes_of(
        "It was no slip — Lars Moen, a spokesman for Haugen, told NRK that the minister "
        "had warned Berg in advance."
    )
    assert [(q.speaker, q.kind) for q in quotes] == [("Lars Moen", IND)]


def test_a_base_form_after_a_singular_name_is_a_noun_not_a_verb_of_judging() -> None:
    """A noun like "the Elsa Dahl brand" before a quotation in a dashed aside is no cue."""
    quotes = quotes_of(
        "A representative for the Elsa Dahl brand - a small label pitched as “the home of "
        "slow fashion” - noted that it pays its staff well."
    )
    assert all(q.speaker != "A representative for the Elsa Dahl" for q in quotes)
    assert all(q.cue != "brand" for q in quotes)


def test_a_verb_of_judging_after_a_plural_name_still_cues() -> None:
    """The verb in "the Greens brand the plan" stays one: a plural takes the base form."""
    assert attribution_before("The Greens brand the plan ", evaluative=True) is not None


def test_the_subject_of_a_subordinate_clause_speaks_in_it() -> None:
    """In "X left after Y said ...", Y speaks, not the subject of the main clause."""
    quotes = quotes_of(
        "Dan Cole left the hall after Mark Stein said the campaign was failing.",
        "Dan Cole left the hall after Stein said the vote was lost.",
    )
    assert [q.speaker for q in quotes] == ["Mark Stein", "Stein"]


def test_a_pronoun_goes_to_the_subject_who_points_to_another_s_report() -> None:
    """A name inside what the subject points out is not what the next "he" stands for."""
    quotes = quotes_of(
        "“I trust my staff,” Dan Cole said on the radio.",
        "Cole turned the story back on the Herald, pointing out that the paper's Mark Stein "
        "had reported in June that the campaign was failing.",
        "“Apparently not,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Dan Cole", "Mark Stein", "Dan Cole"]


def test_a_subject_never_named_before_is_not_taken_for_a_pronoun() -> None:
    """An opening word read as a subject ("Like others ...") is no referent."""
    quotes = quotes_of(
        "“We will appeal,” Attorney General Ruth Moss said.",
        "Like others in the region, Moss said the judges had erred. "
        "The state only did what others do, she told the court.",
    )
    assert [q.speaker for q in quotes] == ["Ruth Moss", "Moss", "Moss"]


def test_she_says_after_a_new_named_subject_names_no_one() -> None:
    """After "Ella Moss grew up in Ohio, she says" with Moss new, not the last speaker."""
    quotes = quotes_of("Tom Ruiz said the plan was bad. Ella Moss grew up in Ohio, she says.")
    assert [q.speaker for q in quotes] == ["Tom Ruiz", None]


def test_he_said_after_a_known_subject_is_no_one_when_the_last_speaker_differs() -> None:
    """In "Grayson has filed a bill ..., he said" after Ruiz spoke, either may speak: None."""
    quotes = quotes_of(
        "“We will file it,” Rep. Alan Grayson said.",
        "Tom Ruiz said the plan was bad. Grayson has filed the bill in the House, he said.",
    )
    assert [q.speaker for q in quotes] == ["Rep. Alan Grayson", "Tom Ruiz", None]


def test_a_narrated_company_does_not_frame_a_speaker_in_a_joined_clause() -> None:
    """After "Ardent has cut costs, and finance chief Dan Egan said ...", "he" is Egan."""
    quotes = quotes_of(
        "Ardent makes cables in Ohio.",
        "Ardent has been cutting costs in Asia, and finance chief Dan Egan said it plans "
        "to invest in the region. “The focus is China,” he told Reuters.",
    )
    assert [q.speaker for q in quotes] == ["Dan Egan", "Dan Egan"]


def test_a_source_set_inside_a_sentence_about_someone_else_speaks() -> None:
    """In "Holden, a senior aide said, “is ...”" the aide speaks, not Holden."""
    quotes = quotes_of("Holden, a senior aide said, “is very sure of the vote” and will not yield.")
    assert [(q.speaker, q.kind) for q in quotes] == [("a senior aide", P)]


def test_an_apposition_closed_by_its_comma_still_describes_the_name() -> None:
    """In "Holden, a senior aide, said" the aide is Holden."""
    quotes = quotes_of("Holden, a senior aide, said: “We are sure of the vote.”")
    assert [q.speaker for q in quotes] == ["Holden"]


def test_a_coordinated_speech_act_after_a_quote_is_not_its_attribution() -> None:
    """In "A accuses B of “...” and C says he is “...”" the first quote is A's."""
    quotes = quotes_of(
        "Ann Lee accuses Ruiz of “hiding from voters” and Paul Berg says he is “out of ideas.”"
    )
    assert [q.speaker for q in quotes] == ["Ann Lee", "Paul Berg"]


def test_the_name_before_who_speaks_in_its_relative_clause() -> None:
    """In "Compare that with Holden, who has called it “...”" Holden speaks."""
    quotes = quotes_of(
        "Compare that with Holden, who has called the pact “a disaster,” and Berg, "
        "who says it is “a gift.”"
    )
    assert [q.speaker for q in quotes] == ["Holden", "Berg"]


def test_a_party_after_an_article_is_the_source_as_written() -> None:
    """A source described as "a registered Democrat" is not named "Democrat"."""
    quotes = quotes_of(
        "The nurse of ten years, a registered Democrat who spoke on the condition of "
        "anonymity, said she had quit in May."
    )
    assert [q.speaker for q in quotes] == ["a registered Democrat"]


def test_an_adjective_before_a_name_keeps_the_name() -> None:
    """An angry Holden is Holden: only words of affiliation make a description."""
    quotes = quotes_of("“We will fight on,” an angry Holden replied.")
    assert [q.speaker for q in quotes] == ["Holden"]


def test_the_subject_of_a_clause_after_a_late_after_speaks() -> None:
    """In "..., attacking the regime after Berg said ..." Berg speaks."""
    quotes = quotes_of(
        "Holden had a strong night in the debate's second hour, attacking the regime "
        "after Berg said he is open to a deal."
    )
    assert [(q.speaker, q.kind) for q in quotes] == [("Berg", IND)]


def test_a_clause_opening_with_after_does_not_report_the_main_clause() -> None:
    """In "Years after Lee claimed X, Berg won" Berg's win is not what Lee claimed."""
    quotes = quotes_of(
        "Years after Ann Lee claimed that the era of big plans was over, Berg won the nomination."
    )
    assert all("Berg won" not in q.text for q in quotes)


def test_a_person_spoken_of_before_the_cue_is_not_the_next_pronoun() -> None:
    """After "Holden won the crowds, Ruiz said", a "he said" is Ruiz, the speaker."""
    quotes = quotes_of(
        "Holden toured the state in May.",
        "“It was a long campaign,” Tom Ruiz said.",
        "Holden won over the small crowds with his speeches, Ruiz said.",
        "“He was very sharp,” he said.",
    )
    assert [q.speaker for q in quotes] == ["Tom Ruiz", "Ruiz", "Ruiz"]


def test_a_quotation_after_reported_speech_goes_on_from_its_source() -> None:
    """A quotation opening the sentence after "X says ..." is X's, not an earlier speaker's."""
    quotes = quotes_of(
        "“We are done,” Tom Ruiz said.",
        "Or maybe the mayor will run, consultant Ann Lee says. “Several polls point that way.”",
    )
    assert [q.speaker for q in quotes] == ["Tom Ruiz", "Ann Lee", "Ann Lee"]


def test_a_name_in_marks_after_reported_speech_is_no_one_s_words() -> None:
    """A one-word nickname in marks does not go on from the reported speech before it."""
    quotes = quotes_of(
        "The Herald reported that a student had sneaked in. ‘Stickerboy’ then danced on stage."
    )
    assert all(q.speaker != "Herald" for q in quotes if q.text.startswith("Stickerboy"))


def test_reports_after_a_preposition_is_a_noun_not_a_cue() -> None:
    """A sentence opening "According to press pool reports" names no such speaker."""
    quotes = quotes_of(
        "According to press pool reports, Holden said the city would rebuild.",
        "Prices use data from credit reports, so why not publish them?",
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Holden", "said")]


def test_reports_after_a_named_person_s_affiliation_is_a_cue() -> None:
    """The verb stays one in "Ann Lee at the Herald Tribune reports"."""
    quotes = quotes_of("The vote was delayed again, Ann Lee at the Herald Tribune reports.")
    assert [(q.speaker, q.cue) for q in quotes] == [("Ann Lee", "reports")]


def test_a_conjunction_before_a_name_and_its_apposition_is_dropped() -> None:
    """In "But Ann Lee, the group's deputy director, said ..." Ann Lee speaks."""
    quotes = quotes_of(
        "But Ann Lee, the group's deputy director, said that many members had left.",
        "And Sen. Rob Berg (R-Ohio), another vulnerable incumbent, said he had not decided.",
    )
    assert [q.speaker for q in quotes] == ["Ann Lee", "Sen. Rob Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "With the help of “Flip the Script with Liz Plank”, the actor held a fake audition.",
        "Ann Lee is now the host of “The Late Hour with Ivo Brandt.”",
    ],
)
def test_a_title_with_a_short_word_in_lower_case_is_no_quote(text: str) -> None:
    """'“Flip the Script with Liz Plank”': 'with' is a title's small word; no one speaks."""
    revision = newsdiff.parse_text(text)
    assert [q for p in revision.paragraphs for s in p.sentences for q in s.quotes] == []


def test_a_slogan_with_one_long_word_in_lower_case_stays_a_quote() -> None:
    """'chants of “I’m with her”': no title; the chant is quoted."""
    revision = newsdiff.parse_text(
        "Supporters responded with chants of “I’m with her” until the senator spoke up."
    )
    quotes = [q for p in revision.paragraphs for s in p.sentences for q in s.quotes]
    assert [q.text for q in quotes] == ["I’m with her"]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"SRL" is essentially the Italian equivalent of "LLC" in Harbourland.',
        "'Smash and grab' thefts from vehicles are common in the harbour district.",
        '"Top secret" is the highest level of classification.',
    ],
)
def test_a_quoted_term_that_opens_its_sentence_is_no_quote(paragraph: str) -> None:
    """A short quotation the sentence goes on to say something about is a term, not speech."""
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "opening"),
    [
        ('"A big truck" plowed through the barriers, Ann Lee said, and we ran.', "A big truck"),
        (
            "“Family values people” are “not out to bash gays,” Tom Reyes said.",
            "Family values people",
        ),
    ],
)
def test_a_quoted_opening_with_a_cue_later_is_still_speech(paragraph: str, opening: str) -> None:
    """A cue later in the sentence makes the quoted opening someone's words, a quote."""
    assert opening in [q.text for q in quotes_of(paragraph)]


def test_a_quotation_opening_the_paragraph_after_a_report_goes_on_from_it() -> None:
    """'Cowley said the vote was close. ¶ “It would mean ...”': the quotation is Cowley's."""
    found = quotes_of(
        "Cowley said the vote on the harbour would be close.",
        "“It would immediately mean that the attack would disappear.”",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        (QuoteKind.INDIRECT, "Cowley"),
        (QuoteKind.DIRECT, "Cowley"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A paragraph of narration between them.
        (
            "Cowley said the vote on the harbour would be close.",
            "The polls open at nine.",
            "“It would immediately mean that the attack would disappear.”",
        ),
        # A quotation inside the next paragraph's sentence, not opening it.
        (
            "Trump claimed that the harbour was more dangerous than Kabul.",
            "In an interview, Trump was asked, “What is the most dangerous place you have been?”",
        ),
    ],
)
def test_a_report_lends_its_speaker_only_to_the_quotation_that_opens_the_next_paragraph(
    paragraphs: tuple[str, ...],
) -> None:
    """A report is no quotation: only a quotation right after it goes on from it."""
    found = quotes_of(*paragraphs)
    assert [q.speaker for q in found if q.kind is QuoteKind.DIRECT] == [None]


def test_a_pronoun_never_stands_for_a_news_outlet() -> None:
    """'Reuters reported ...' then 'He also said ...': he is the minister, not Reuters."""
    found = quotes_of(
        "Lim Guan Eng, the finance minister, said the harbour fund would be audited.",
        "Reuters had reported last week that the ministry was considering a claim.",
        "He also said Malaysia will look at the conduct of other banks.",
    )
    assert [q.speaker for q in found] == ["Lim Guan Eng", "Reuters", "Lim Guan Eng"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Floods swept through the harbour town on Friday, a Reuters witness said.",
                "“The town looked like an island dotted with houses,” he said.",
            ),
            ["a Reuters witness", "a Reuters witness"],
        ),
        (
            (
                "Ann Lee, the mayor, spoke first.",
                "A spokeswoman for the ministry said the harbour roads were closed.",
                "“We are doing what we can,” she said.",
            ),
            ["A spokeswoman for the ministry", "A spokeswoman for the ministry"],
        ),
        # Guard: a definite description after a name is that person, and the name tells more.
        (
            (
                "Ahmadu said five camps had been set up for the harbour victims.",
                "“We will do our best to respond,” the official said.",
                "He said people living in flood-prone areas had been told to move.",
            ),
            ["Ahmadu", "the official", "Ahmadu"],
        ),
    ],
)
def test_a_pronoun_after_a_source_described_not_named_is_that_source(
    paragraphs: tuple[str, ...], speakers: list[str]
) -> None:
    """'..., a Reuters witness said. “...,” he said': he is the witness, not a name before."""
    assert [q.speaker for q in quotes_of(*paragraphs)] == speakers


def test_a_quoted_capitalised_line_alone_is_a_subheading() -> None:
    """'‘INIQUITOUS ACT’' alone in its paragraph is a wire story's subheading, not speech."""
    found = quotes_of(
        "The bishop said the decision on the harbour was wrong.",
        "‘INIQUITOUS ACT’",
        "“It is a disgrace,” the bishop said.",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        (QuoteKind.INDIRECT, "The bishop"),
        (QuoteKind.DIRECT, "the bishop"),
    ]


def test_titles_listed_after_another_are_no_quotes() -> None:
    """'including “Red Sorghum,” “Raise the Red Lantern” and “To Live”' lists films."""
    found = quotes_of(
        "Zhang made films popular at festivals, including “Red Sorghum,” “Raise the Red"
        " Lantern” and “To Live,” adaptations of literary works."
    )
    assert found == []


def test_listed_words_of_speech_stay_quotes() -> None:
    """'called it “a disgrace,” “a scandal” and “a tragedy”': what was said, in a list."""
    found = quotes_of("She called it “a disgrace,” “a scandal” and “a tragedy for the town.”")
    assert [q.text for q in found] == ["a disgrace", "a scandal", "a tragedy for the town."]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                (
                    "Attorney General Eric H. Holder Jr., in a speech Tuesday at the convention in"
                    " Orlando, Fla., condemned the harbour law."
                ),
                "“It is time to question laws that expand self-defense,” he said.",
            ),
            "Eric H. Holder Jr.",
        ),
        (
            (
                (
                    "When Oscar-winning deaf actress Marlee Matlin turned to the internet to view a"
                    " video, she was quickly reminded that interpreters are edited out."
                ),
                "“There are 35 million deaf people,” she told Reuters.",
            ),
            "Marlee Matlin",
        ),
        # Guard: a place after an opening "In" is no person.
        (
            (
                "In Sandy Hook, he met the families of the harbour victims.",
                "“I hold myself accountable,” he said.",
            ),
            None,
        ),
    ],
)
def test_a_person_narrated_past_an_aside_or_in_an_opening_clause_is_he_or_she(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    """'Holder, in a speech ... in Orlando, Fla., condemned ...', 'When Matlin ..., she ...'."""
    assert [q.speaker for q in quotes_of(*paragraphs)] == [speaker]


def test_a_long_subject_after_a_quote_ends_on_the_person() -> None:
    """'the head of the party Homeland Union ... Gabrielius Landsbergis said' names the person."""
    found = quotes_of(
        "Opposition parties questioned the harbour probe.",
        "“The results leave an impression of selectiveness,” the head of the largest opposition"
        " party Homeland Union-Lithuanian Christian Democrats Gabrielius Landsbergis said on"
        " Thursday in a statement. He noted the probe did not look into the company.",
    )
    assert [q.speaker for q in found] == ["Gabrielius Landsbergis", "Gabrielius Landsbergis"]


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            (
                "The harbour must find ways to limit floods, a city spokesman said on Thursday, as"
                " heavy rain raised fears among residents."
            ),
            "The harbour must find ways to limit floods",
            "a city spokesman",
        ),
        (
            (
                "The harbour chief has agreed to step down by May, Mayor Ann Lee said on Tuesday,"
                " yielding to pressure from the council."
            ),
            "The harbour chief has agreed to step down by May",
            "Ann Lee",
        ),
        (
            (
                "Two men must answer for their role in the harbour fire, a judge said on Thursday,"
                " but added that the evidence did not prove arson."
            ),
            "Two men must answer for their role in the harbour fire",
            "a judge",
        ),
        (
            (
                "One of the suspects was a long-time neighbour, the victim's son Tom Hill told"
                " Radio Nord, a local channel."
            ),
            "One of the suspects was a long-time neighbour",
            "Tom Hill",
        ),
        (
            (
                "The mill had stood on the harbour - in the street where she lived and another"
                " nearby - for 60 years, said Ann Lee, head of the Harbour Trust, a body that"
                " represents the 400,000-strong community of traders."
            ),
            (
                "The mill had stood on the harbour - in the street where she lived and another"
                " nearby - for 60 years"
            ),
            "Ann Lee",
        ),
        (
            (
                "However, the council has little interest in these issues, according to Ann Lee,"
                " head of the Military and Political Research section of the Harbour-based"
                " Institute for Coastal and River Studies."
            ),
            "However, the council has little interest in these issues",
            "Ann Lee",
        ),
        # Guards: an attribution set inside what was said keeps the whole report.
        (
            "The plan, she said, was never going to work.",
            "The plan, she said, was never going to work.",
            None,
        ),
        (
            "It is Mr. Hill, the council said, who ordered the harbour closed.",
            "It is Mr. Hill, the council said, who ordered the harbour closed.",
            "the council",
        ),
    ],
)
def test_a_report_ends_where_its_attribution_and_the_writers_words_begin(
    sentence: str, content: str, speaker: str | None
) -> None:
    """'..., a spokesman said on Thursday, as heavy rain ...': the attribution is no content."""
    [quote] = quotes_of(sentence)
    assert (quote.text, quote.speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Senator Ann Lee said earlier the harbour vote would be held on Wednesday.",
            "the harbour vote would be held on Wednesday.",
        ),
        (
            "Ann Lee said later she regretted not closing the harbour.",
            "she regretted not closing the harbour.",
        ),
        # Guard: a word that opens what was said stays.
        (
            "Ann Lee said later elections would decide the harbour's fate.",
            "later elections would decide the harbour's fate.",
        ),
    ],
)
def test_earlier_and_later_after_a_cue_belong_to_the_cue(sentence: str, content: str) -> None:
    """'Ann Lee said earlier the vote would ...': 'earlier' is when she said it."""
    [quote] = quotes_of(sentence)
    assert (quote.text, quote.speaker) == (content, "Ann Lee")


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Ann Lee, the harbour minister, strongly defended the deal on Thursday.",
                "“We acted to keep the crews safe,” he said in a speech.",
            ),
            "Ann Lee",
        ),
        (
            (
                "The judge, Tom Reyes, said the case could go on.",
                (
                    "The owner was very disappointed, said her lawyer, Ann Lee, who expressed"
                    " surprise at the ruling. “We are still very confident,” she added."
                ),
            ),
            "Ann Lee",
        ),
        # Guard: a noun in -ly is no adverb before a verb.
        (
            (
                "The Hill family rally drew hundreds to the harbour.",
                "“We acted to keep the crews safe,” he said in a speech.",
            ),
            None,
        ),
    ],
)
def test_the_one_narrated_or_named_after_a_described_source_is_the_next_pronoun(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    """'X strongly defended ...' and 'said her lawyer, Ann Lee' name who 'he'/'she' is."""
    assert quotes_of(*paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "“The vote is close,” constitutional expert Tom Hill, professor of politics at"
                " Harbour University (HU), told the Courier."
            ),
            "Tom Hill",
        ),
        (
            "The meeting ended as lawmakers told reporters that they had heard nothing new.",
            "lawmakers",
        ),
        (
            (
                "Seven shops were attacked this month, according to the Harbour County District"
                " Attorney's Office."
            ),
            "Harbour County District Attorney's Office",
        ),
        (
            "A day earlier, the observatory said the harbour had flooded twice.",
            "the observatory",
        ),
        # Guards: a role after "as" in an apposition is no clause of its own.
        (
            "Tom Hill, who served as harbour master until this year, said the port was safe.",
            "Tom Hill",
        ),
        (
            (
                "Tom Hill, a rival the mayor fired as harbour master a few weeks ago, said the"
                " port was safe."
            ),
            "Tom Hill",
        ),
    ],
)
def test_sources_read_whole_after_descriptions_and_clauses(sentence: str, speaker: str) -> None:
    """'expert Tom Hill, professor of ...', 'ended as lawmakers told', whole bodies."""
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                (
                    "Ann Lee was serving six years in prison for her work as a lawyer. Analysts"
                    " said the release was part of a wider offensive."
                ),
                "In a telephone interview after her release, she said: “I am free.”",
            ),
            "Ann Lee",
        ),
        (
            (
                (
                    "The harbour failed to take the steps it should have, the ICO said. It said the"
                    " inquiry found many failures."
                ),
            ),
            "ICO",
        ),
        (
            (
                (
                    "The city's security chief said the police had advised a ban. The chief, Tom"
                    " Reyes, has not banned the group yet, saying he must first hear it. He said"
                    " the city still has freedom of association, but “that right has limits.”"
                ),
            ),
            "Tom Reyes",
        ),
        # Guard: a Roman numeral after a name is no body's initials.
        (
            (
                "Joseph R. Hill II, a lawyer in Ripley, later came out as gay.",
                "“The politics are just so blatant,” he said in an interview.",
            ),
            "Joseph R. Hill II",
        ),
    ],
)
def test_plural_sources_and_initials_are_no_he_or_she(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    """'Analysts said ...' is never the 'she' after it; 'the ICO said. It said' is the ICO."""
    assert quotes_of(*paragraphs)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            (
                "According to the regional court in the German city of Harbourg, the man set off"
                " three devices."
            ),
            "the regional court",
            "the man set off three devices.",
        ),
        (
            "Prosecutors said in court they believed the family was killed at home.",
            "Prosecutors",
            "they believed the family was killed at home.",
        ),
        (
            "Tom Hill said in an interview with Denver 7 on Tuesday he was torn up inside.",
            "Tom Hill",
            "he was torn up inside.",
        ),
        (
            (
                "Up to 30 militants have been killed in the province, said a statement of the"
                " army released on Monday."
            ),
            "a statement of the army",
            "Up to 30 militants have been killed in the province",
        ),
        (
            (
                "TORONTO/NEW YORK (Reuters) - The harbour firm has hired a bank to sell its"
                " business, people familiar with the situation told Reuters."
            ),
            "people familiar with the situation",
            "The harbour firm has hired a bank to sell its business",
        ),
        (
            "Separately, the coastguard said it had recovered three bodies.",
            "the coastguard",
            "it had recovered three bodies.",
        ),
        (
            ("Indeed, the White House has drawn a hard line, saying it will not accept the plan."),
            "White House",
            "it will not accept the plan.",
        ),
    ],
)
def test_reports_read_past_places_asides_and_documents(
    sentence: str, speaker: str, content: str
) -> None:
    """'the court in the city of X', 'said in court they', 'a statement released on Monday'."""
    [quote] = quotes_of(sentence)
    assert (quote.speaker, quote.text) == (speaker, content)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                (
                    "“Executives are trying to keep morale up,” a company source with knowledge of"
                    " the matter said."
                ),
            ),
            "a company source with knowledge of the matter",
        ),
        (
            (
                (
                    "Producers such as Harbour Steel and Century Mills have said they will add"
                    " several hundred jobs."
                ),
            ),
            "Producers",
        ),
        (
            (
                (
                    "“This person may have been present at the scene,” the prosecutor overseeing"
                    " the case told a news conference."
                ),
            ),
            "the prosecutor",
        ),
        (
            (
                (
                    "The UN Office for Coordination of Humanitarian Affairs (OCHA) said floods had"
                    " affected 800,000 people."
                ),
            ),
            "UN Office for Coordination of Humanitarian Affairs",
        ),
        (
            (
                (
                    "About 10,000 people were displaced, according to the U.N. Office for the"
                    " Coordination of Humanitarian Affairs."
                ),
            ),
            "U.N. Office for the Coordination of Humanitarian Affairs",
        ),
        (
            ("In a statement, the prosecution said Tom Reyes had long quarrelled with the board.",),
            "the prosecution",
        ),
        (
            (
                (
                    "Tom Hill said the firm had many parallels to the Harbour Trust, which he said"
                    " “threatened short sellers.”"
                ),
            ),
            "Tom Hill",
        ),
        (
            (
                "Tom Reyes defended the group in court.",
                "The bombings were the work of soldiers, the Red Army Faction said.",
                "“We were soldiers in a noble cause,” he said.",
            ),
            "Tom Reyes",
        ),
        (
            (
                "The inquiry had stalled, the prosecutor said.",
                "“We have doubts about the independence of the inquiry,” they said.",
            ),
            None,
        ),
        # Guard: a "he" in a clause about the one named before "whose" is that person.
        (
            (
                (
                    "Three cheered for their teams, including Jesse Hill, whose execution made"
                    " headlines after he shouted, “Go Cowboys!”"
                ),
            ),
            "Jesse Hill",
        ),
    ],
)
def test_sources_with_qualifiers_examples_and_relative_clauses(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    """'a source with knowledge of the matter', 'Producers such as X', 'which he said', bodies."""
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_a_relative_clause_after_an_inverted_source_describes_it() -> None:
    """'..., said two colleagues who declined to be named.' names the source, not the content."""
    [quote] = quotes_of(
        "His assailant stole his laptop, said two colleagues who declined to be named."
    )
    assert (quote.text, quote.speaker) == ("His assailant stole his laptop", "two colleagues")


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "Earlier on Friday Harbour’s Investigative Committee said it had opened an inquiry.",
            "Harbour’s Investigative Committee",
            "it had opened an inquiry.",
        ),
        (
            "Senators attending those sessions said that the mayor was careful.",
            "Senators",
            "the mayor was careful.",
        ),
        (
            "The harbour firm, Tidewell, has warned in early September that prices could rise.",
            "Tidewell",
            "prices could rise.",
        ),
    ],
)
def test_days_participles_and_months_around_a_source(
    sentence: str, speaker: str, content: str
) -> None:
    """'Earlier on Friday X said', 'Senators attending ... said', 'warned in early September'."""
    [quote] = quotes_of(sentence)
    assert (quote.speaker, quote.text) == (speaker, content)


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Interior Minister Ann Lee said on Thursday investigators had interviewed 200 people.",
            "said",
            "investigators had interviewed 200 people.",
        ),
        (
            (
                "Ann Lee, the harbour master, said in a video posted on Facebook that the couple"
                " were found."
            ),
            "said in a video posted on Facebook",
            "the couple were found.",
        ),
        # Guard: a part of the day is no subject of what was said.
        (
            "Ann Lee said on Thursday night the harbour would close.",
            "said",
            "on Thursday night the harbour would close.",
        ),
    ],
)
def test_when_and_where_it_was_said_stay_out_of_what_was_said(
    sentence: str, cue: str, content: str
) -> None:
    """'said on Thursday investigators had ...', 'said in a video posted on Facebook that'."""
    [quote] = quotes_of(sentence)
    assert (quote.cue, quote.text) == (cue, content)


def test_the_hearers_where_and_when_after_told_end_the_attribution() -> None:
    """'..., Ann Lee told a traders conference in New York on Sept. 5.' reports the clause."""
    [quote] = quotes_of(
        "Prices would rise by a fifth next year, Ann Lee told a harbour traders conference in"
        " New York on Sept. 5."
    )
    assert (quote.speaker, quote.text) == ("Ann Lee", "Prices would rise by a fifth next year")


def test_a_run_of_she_said_paragraphs_keeps_its_speaker_to_the_end() -> None:
    """Seven paragraphs of "“...,” she said" after the name are all the named speaker's."""
    run = [f"“Point number {n} matters,” she said." for n in range(1, 8)]
    found = quotes_of("“Tariffs are taxes,” spokeswoman Bethany Aronhalt told Xinhua.", *run)
    assert [q.speaker for q in found] == ["Bethany Aronhalt"] * 8


def test_a_run_broken_by_narration_of_another_person_turns_to_them() -> None:
    """A run of "he said" past the limit yields to the person the narration turned to."""
    run = [f"“Point number {n} matters,” he said." for n in range(1, 6)]
    found = quotes_of(
        "“Nobody will pay for it,” Calderon told CNBC.",
        *run,
        "Trump also took multiple swipes at fellow contender Jeb Bush.",
        "“A pathetic figure!” he wrote.",
    )
    assert found[-1].speaker == "Trump"


def test_a_pronoun_in_narration_past_the_limit_is_not_the_speaker_of_a_run() -> None:
    """Past the reach of a run's last pronoun, "In 2010, he warned ... “...”" names no one."""
    run = [f"“Point number {n} matters,” he said." for n in range(1, 6)]
    between = [f"The market fell for the {n}th day." for n in range(1, REACH + 1)]
    found = quotes_of(
        "“Nobody will pay for it,” Calderon told CNBC.",
        *run,
        *between,
        "In 2010, he warned the Fed against buying bonds, because he thought it “risks"
        " higher inflation” and more.",
    )
    assert found[-1].text.startswith("risks")
    assert found[-1].speaker is None


def test_paragraphs_of_one_persons_quotations_keep_the_person_past_the_limit() -> None:
    """Paragraphs of "He said: “...”" keep their speaker for a pronoun after them."""
    found = quotes_of(
        "Johnson said the delay was “painful” for families.",
        "Pressed on whether voters could trust him, he said: “Don’t forget the circumstances.”",
        "Parliament passed the Benn act earlier this autumn.",
        "The prime minister also suggested that the deal would hold.",
        "He said: “I don’t wish to cast any aspersions on the president.”",
        "On the transition period, he said he could see “no reason whatever” for a delay.",
    )
    assert found[-1].text == "no reason whatever"
    assert found[-1].speaker == "Johnson"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The plan was backed by Sen. Ann Lee of Ohio, who said the council would vote for it.",
        (
            "The plan was backed on Friday by Sen. Ann Lee of Ohio, the ranking Democrat on the "
            "Senate Intelligence Committee, who said the council would vote for it."
        ),
    ],
)
def test_a_relative_report_after_a_name_of_a_place_is_the_names(paragraph: str) -> None:
    """“..., Sen. Ann Lee of Ohio, who said ...” is the senator's report, not Ohio's."""
    assert brief(paragraph) == [
        ("the council would vote for it.", "Sen. Ann Lee", "said", QuoteKind.INDIRECT, True)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Clinton won among the 30 percent of voters who said Wall Street does more for jobs.",
            [("Wall Street does more for jobs.", "the 30 percent of voters")],
        ),
        (
            "The law was opposed by teachers unions who said the tests punished them, not others.",
            [("the tests punished them", "teachers unions")],
        ),
        # How many of the group: the group.
        (
            "We saw a rise in the number of respondents who said they are running apps online.",
            [("they are running apps online.", "respondents")],
        ),
        # The group opens the sentence: what it says runs into the main verb.
        ("Voters who say the economy matters most were evenly divided between them.", []),
        # No group named ("those").
        ("Among those who said they cared most about honesty, most backed Sanders.", []),
    ],
)
def test_a_group_told_by_what_it_says_reports_it(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    """“voters who said ...” after a verb or preposition is the group's report."""
    assert [(text, speaker) for text, speaker, _, _, _ in brief(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            (
                "''It could come at any time,'' expected in October or November, said Victor Shih, "
                "a banking specialist at Northwestern."
            ),
            "Victor Shih",
        ),
        (
            (
                "“If the agency finds more records, it intends to search them” for the requests, "
                "senior trial counsel Caroline Wolverton wrote in a court filing on Monday in "
                "Washington."
            ),
            "Caroline Wolverton",
        ),
    ],
)
def test_the_rest_of_a_quoted_sentence_before_its_attribution(paragraph: str, speaker: str) -> None:
    """A quotation, the writer's words finishing its sentence, then who said it."""
    assert [s for _, s, _, kind, _ in brief(paragraph) if kind is D] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            (
                "Since agencies have not been clear, it is tough to debate whether these talks"
                " are harmful or an ethical quandary, said Stephanie Malia Fullerton of the"
                " University of Washington School of Medicine’s Department of Bioethics and"
                " Humanities, who was not involved in the essay."
            ),
            (
                "Since agencies have not been clear, it is tough to debate whether these talks"
                " are harmful or an ethical quandary"
            ),
            "Stephanie Malia Fullerton",
        ),
        (
            (
                "Today there are more than 400, said Ray Altieri Jr., the president of Transco"
                " American Claims, a public adjuster firm in Tampa."
            ),
            "Today there are more than 400",
            "Ray Altieri Jr.",
        ),
    ],
)
def test_a_long_source_after_said_is_never_the_words(
    paragraph: str, words: str, speaker: str
) -> None:
    """“..., said NAME of a long workplace, who ...”: the words come before the name."""
    assert brief(paragraph) == [(words, speaker, "said", QuoteKind.INDIRECT, True)]


def test_a_name_after_a_comma_and_said_is_no_report_of_its_own() -> None:
    """No reading takes “said Ann Lee of the ..., who ...” for what was said."""
    found = quotes_of(
        "It is tough, in a field this young and with rules this loose, to debate whether these"
        " communications are harmful or an ethical quandary in the end, said Ann Marie Lee of the"
        " University of Washington School of Medicine’s Department of Bioethics and Humanities"
        " in Seattle, Washington, who was not involved in the essay, on Friday."
    )
    assert all(not q.text.startswith("Ann Marie Lee") for q in found)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            (
                "But the Conservative Mark Field, the MP for the City of London and"
                " Westminster, told BBC News it was “easy to kick” the bank."
            ),
            "Mark Field",
        ),
        (
            "The MP for Stourbridge told the paper there was a “conflict” of views.",
            "The MP for Stourbridge",
        ),
        (
            (
                "The former culture minister and Stourbridge MP told the paper there was a"
                " “conflict” of views."
            ),
            "The former culture minister and Stourbridge MP",
        ),
        (
            "Two people close to him said Friday that he would not run again.",
            "Two people close to him",
        ),
        ("Democrat Elijah Cummings said the inquiry was “a political stunt”.", "Elijah Cummings"),
    ],
)
def test_speakers_of_members_offices_and_parties(paragraph: str, speaker: str) -> None:
    """A party or a seat is no part of a name; an office held with another is no fragment."""
    found = quotes_of(paragraph)
    assert found
    assert {q.speaker for q in found} == {speaker}


def test_a_short_name_met_before_keeps_no_stop_at_the_end_of_a_sentence() -> None:
    """A short name the article met keeps no stop: "..., according to Xi." is Xi's."""
    found = quotes_of(
        "The system is “a new type of party system,” said Xi, also general secretary.",
        "The system is new, because it unites all parties toward a common goal, according to Xi.",
    )
    assert [q.speaker for q in found] == ["Xi", "Xi"]


def test_a_short_word_with_a_stop_met_nowhere_is_no_speaker() -> None:
    """A short word with a stop that names no one met ("according to Mo.") is no speaker."""
    found = quotes_of(
        "The system is new, because it unites all parties toward a common goal, according to Mo."
    )
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize("verb", ["cried", "cried out", "screamed"])
def test_a_cry_after_a_quotation_is_its_attribution(verb: str) -> None:
    """A cry after a quotation ("a supporter cried out") is its attribution."""
    found = quotes_of(
        "“They just lost Texas,” said Dumey.", f"“We’ll miss you!” a supporter {verb}."
    )
    assert found[-1].speaker == "a supporter"


def test_the_subject_of_an_opening_clause_is_the_pronoun_after_it() -> None:
    """In "As O’Rourke comforted supporters in Des Moines, he promised", he is O’Rourke."""
    found = quotes_of(
        "O’Rourke said he tried to follow his heart.",
        "He launched his campaign without a manager.",
        "He declared that climate change was his top issue, later shifting to guns.",
        "He merged moderate positions with bolder ones.",
        "The campaign ran out of money in the autumn.",
        "As O’Rourke comforted supporters in Des Moines on Friday, he promised to keep fighting.",
        "“This is a campaign that has prided itself on speaking honestly,” he told them.",
    )
    assert [q.speaker for q in found[-2:]] == ["O’Rourke", "O’Rourke"]


def test_an_opening_clause_naming_two_people_met_gives_no_subject() -> None:
    """In "When Sanders accused Clinton of ..., she said", the clause's subject is not taken."""
    found = quotes_of(
        "Sanders spoke first.",
        "“We won twice,” Clinton said.",
        "When Sanders accused Clinton of being too close to Wall Street, she said “I stood up to"
        " the banks” in 2008.",
    )
    assert found[-1].text == "I stood up to the banks"
    assert found[-1].speaker == "Clinton"


@pytest.mark.parametrize(
    "subject",
    [
        "Ryan Holliday",
        "Ryan Holliday, 40,",
        "Ryan Holliday, 40, who had traveled from Galveston, Tex.,",
    ],
)
def test_a_pronoun_inserted_after_because_is_the_sentences_subject(subject: str) -> None:
    """In "Ryan Holliday, 40, ..., was hurt because, he said, ...", Holliday speaks."""
    found = quotes_of(
        "“I saw him in Sioux Center,” said Tammy Growth, a 48-year-old pastor.",
        f"{subject} was hurt because, he said, O’Rourke did not plan his campaign for years.",
    )
    assert found[-1].speaker == "Ryan Holliday"


def test_a_chant_after_a_quotation_gives_it_to_no_one() -> None:
    """A chant ("“Beto! Beto!” a chant began") is not the last speaker's words."""
    found = quotes_of("“They just lost Texas,” said Dumey.", "“Beto! Beto! Beto!” a chant began.")
    assert [q.speaker for q in found[1:]] == [None, None, None]


def test_a_verb_after_a_semicolon_takes_no_subject_from_the_clause_before() -> None:
    """A verb after a semicolon ("...; wrote a neat hand") has no subject of its own."""
    found = quotes_of(
        "Nippers, like his friend Turkey, was a very useful man to me; wrote a neat, swift hand;"
        " and was not deficient in deportment."
    )
    assert found == []


def test_a_change_log_is_a_source() -> None:
    """A writing such as a change log is the source after "according to"."""
    found = quotes_of(
        "The goal, according to the change log, is to provide a stable version for businesses."
    )
    assert [q.speaker for q in found] == ["the change log"]


def test_a_name_after_an_opening_clause_with_an_aside_between_dashes_is_narrated() -> None:
    """In "While he doesn’t buy it — he has plenty — Bassi keeps an eye", he is Bassi later."""
    found = quotes_of(
        "While he doesn’t buy halibut much — he’s got a freezer full of it — Bassi, 43 years a"
        " fisherman, keeps an eye on how it’s handled in the stores.",
        "“When you look at nice halibut, I mean it is pure white,” he said.",
    )
    assert [q.speaker for q in found] == ["Bassi"]


def test_a_description_before_the_name_of_a_judging_subject_is_part_of_it() -> None:
    """A judging subject may open with a description ("front-runner Donald Trump")."""
    found = quotes_of(
        "Republican presidential front-runner Donald Trump is questioning whether the president"
        " would have attended the funeral “if it were held in a mosque.”"
    )
    assert [q.speaker for q in found] == ["Donald Trump"]


def test_a_verb_of_saying_nearer_the_words_keeps_them_from_the_judging_subject() -> None:
    """In "X is disavowing remarks by a surrogate who said “...”", the words are not X's."""
    found = quotes_of(
        "Democratic presidential candidate Bernie Sanders is disavowing remarks made by a campaign"
        " surrogate who said voters shouldn’t “continue to elect corporate Democratic whores”."
    )
    assert all(q.speaker != "Bernie Sanders" for q in found)


@pytest.mark.parametrize("intro", ["Wait, it gets better:", "Read the latest updates below:"])
def test_a_line_that_speaks_to_the_reader_names_no_speaker(intro: str) -> None:
    """A colon line opened by a verb to the reader ("Wait, it gets better:") is no speaker's."""
    found = quotes_of(
        "“We won,” said Ann Lee.",
        intro,
        "“By law, the president every fiscal year sets the maximum number of refugees.”",
    )
    assert [q.speaker for q in found] == ["Ann Lee", None]


@pytest.mark.parametrize("intro", ["Trump, smiling:", "Clinton, the nominee:"])
def test_a_name_and_its_aside_before_a_colon_is_a_speaker(intro: str) -> None:
    """A name before a comma ("Trump, smiling:") is no verb to the reader."""
    found = quotes_of(intro, "“We will win.”")
    assert [q.speaker for q in found] == [intro.split(",", maxsplit=1)[0]]


def test_words_that_came_from_someone_before_a_colon_are_theirs() -> None:
    """In "a question came from a member of the audience: “...”", the member asks."""
    found = quotes_of(
        "After his talk, a question came from a member of the audience: “Did you change the"
        " initial condition just slightly?”"
    )
    assert [q.speaker for q in found] == ["a member of the audience"]


def test_a_quotation_that_trails_off_keeps_its_attribution_in_the_next_sentence() -> None:
    """In "“... people…” Lee said." the name after the ellipsis attributes the words."""
    found = quotes_of(
        "Moss asked, “Would you pick a running mate from the Senate?”",
        "“Well, yes. I will look at a lot of different people…” Lee said. “Senators?” Moss"
        " repeated.",
    )
    assert [q.speaker for q in found] == ["Moss", "Lee", "Lee", "Moss"]


def test_a_paragraph_that_names_its_own_speaker_does_not_go_on_from_a_mark_left_open() -> None:
    """A mark left open by a slip ("''fortunes.'.')") carries no speaker over a named one."""
    found = quotes_of(
        "(Forbes says it tracks an additional 500 ''family fortunes.'.')",
        "''The quality of these lists comes down to resources,'' Mr. Friedman said.",
    )
    assert [q.speaker for q in found][-1] == "Mr. Friedman"


def test_a_quotation_left_open_goes_on_into_the_next_paragraph() -> None:
    """The paragraph after an open quotation (no own speaker named) is still its speaker's."""
    found = quotes_of(
        "“We decided to act,” Ann Lee wrote. “Here is what we weighed:",
        "“Has the candidate a record of leadership?",
    )
    assert [q.speaker for q in found] == ["Ann Lee"] * 3


def test_a_name_inverted_after_a_clause_that_goes_on_from_the_quotation_is_the_speaker() -> None:
    """In '“...unlikely” that Hale can catch Moss, said Ivo Brandt, ...' Brandt speaks, not Moss."""
    found = quotes_of(
        "“He can assert it, but it seems extremely unlikely” that Hale can catch Moss, said"
        " Ivo Brandt, a former campaign manager for Dana Reyes."
    )
    assert [q.speaker for q in found] == ["Ivo Brandt"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "And the trade pact, which Ann Lee had called a “disaster” and promised to"
                " “rip up”? It was not mentioned."
            ),
            "Ann Lee",
        ),
        (
            "In a clip that Judge Ivo Brandt called “distasteful,” Cole expressed a wish.",
            "Ivo Brandt",
        ),
    ],
)
def test_words_named_in_a_relative_clause_are_its_subjects(sentence: str, speaker: str) -> None:
    """'the pact, which Ann Lee had called a “disaster”': Lee's words, not the pact's."""
    assert quotes_of(sentence)[0].speaker == speaker


def test_a_pronoun_in_a_relative_clause_stands_for_the_named_subject() -> None:
    """'Hale has blasted the system, which he said runs ...': Hale speaks, not the man before."""
    found = quotes_of(
        "Moss won in Ohio on Tuesday.",
        "Hale has blasted the delegate system, which he said runs the risk of leaving voters out."
        " “It’s a rigged system,” he said.",
    )
    assert [q.speaker for q in found] == ["Hale", "Hale"]


def test_a_name_and_its_place_open_a_clause_as_the_name() -> None:
    """In 'Senator Ann Lee of Ohio is airing an ad, in which she declares', Lee speaks, not Ohio."""
    assert main_subject("Senator Ann Lee of Ohio is airing a new ad,", strict=True) == (
        "Ann Lee",
        False,
    )
    assert main_subject("A spokesman for Mayor Ann Lee of Cleveland defended the route")[0] != (
        "Ann Lee"
    )


def test_a_colon_after_a_clause_that_goes_on_from_a_quotation_names_no_one_in_it() -> None:
    """'... with his “whole heart” that Moss wins the race: “...”': Moss is no speaker."""
    found = quotes_of(
        "Another said he hoped with his “whole heart” that Moss wins the race: “That way I can"
        " watch the comedy for several years.”"
    )
    assert found[-1].speaker != "Moss"


@pytest.mark.parametrize("verb", ["disagreed", "objected", "agreed"])
def test_a_short_narration_ending_in_a_past_verb_gives_the_next_quotation_its_subject(
    verb: str,
) -> None:
    """'Dana Reyes disagreed. “...”': the quotation is Reyes's, not the last speaker's."""
    found = quotes_of(
        "“It has become a two-person race,” said Ivo Brandt, an editor.",
        f"Dana Reyes {verb}. “Moderates are running out of time to find an alternative.”",
    )
    assert [q.speaker for q in found] == ["Ivo Brandt", "Dana Reyes"]


def test_a_group_opened_by_a_plural_word_is_no_he() -> None:
    """After 'Other bloggers enjoyed ...', a 'he says' does not stand for the bloggers."""
    found = quotes_of(
        "Other Bloggers enjoyed the show. “It is great fun,” one user wrote.",
        "It is surprising because Moss has not always been kind. Although he says he “loves"
        " China,” he also accuses it of cheating.",
    )
    assert all(q.speaker != "Other Bloggers" for q in found)


def test_the_verb_right_before_a_quotation_is_its_cue_though_a_name_follows() -> None:
    """'When someone in the audience shouted, “Cruz,” Lee joked, “...”': the shout is not Lee's."""
    found = quotes_of(
        "When someone in the audience shouted, “Moss,” Ann Lee joked, “Am I allowed to say that?”"
    )
    assert [q.speaker for q in found] == ["someone in the audience", "Ann Lee"]


def test_a_pronoun_right_before_a_quotation_gives_way_to_the_name_after_it() -> None:
    """'After Ann Lee accused him, he warned, “...,” Moss told NBC': the name after counts."""
    found = quotes_of(
        "Ivo Moss may be harder to ignore. After Ann Lee accused him of sexism, he warned,"
        " “That will be fair game,” Moss told NBC."
    )
    assert [q.speaker for q in found] == ["Moss"]


def test_a_place_inside_a_long_list_of_verbs_is_no_subject() -> None:
    """'Ann Lee suggested ... in San Bernardino, Calif.; clashed ...; and posted “...”'."""
    found = quotes_of(
        "Earlier in the primaries, Ann Lee suggested boycotting the company if it did not help"
        " the government unlock the phone used by one of the attackers in the shooting last year"
        " in San Bernardino, Calif.; clashed with Ivo Moss over immigration; and posted on"
        " Twitter that if the retailer ''ever had to pay fair taxes, its stock would crash.''"
    )
    assert all(not (q.speaker or "").startswith("San Bernardino") for q in found)


def test_a_verb_listed_after_another_verb_and_its_object_has_the_clauses_subject() -> None:
    """'The candidate has mocked a reporter, referred to migrants as “rapists”': no reporter's."""
    found = quotes_of(
        "The candidate has mocked a disabled newspaper reporter, referred to migrants as"
        " “rapists” and pointed to a man in the crowd."
    )
    assert [q.speaker for q in found] == ["The candidate"]


def test_a_participle_set_off_by_commas_lists_no_verb() -> None:
    """'his obituary, published in the Eagle, called him the author of “...”': not Waite's words."""
    found = quotes_of(
        "When Arthur Waite died in 1942, his obituary, published in the Brooklyn Daily Eagle,"
        " called him the author of “many books on occult phenomena.”"
    )
    assert all(q.speaker != "Arthur Waite" for q in found)


@pytest.mark.parametrize("label", ["(D)", "(R-Wis.)", "(D-N.Y.)"])
def test_a_party_label_after_a_name_keeps_the_name_the_subject(label: str) -> None:
    """'Ed Rendell (D), a Clinton supporter, praised ..., calling it “...”': Rendell speaks."""
    assert main_subject(
        f"Former Pennsylvania governor Ann Lee {label}, a Moss supporter, praised Hale for what"
        " he has accomplished,",
        no_objects=True,
    ) == ("Ann Lee", False)


def test_a_name_in_the_phrase_that_opens_a_sentence_is_no_subject() -> None:
    """'With a vote for Moss ruled out, Hale said': Hale is the subject, not Moss."""
    assert main_subject("With a vote for Moss ruled out, Ann Hale said he is left")[0] == (
        "Ann Hale"
    )


def test_a_transcript_line_glued_to_its_quotation_names_its_speaker() -> None:
    """'Rep. Ann Lee (R-S.C.):"..."' then 'Moss:"..."': each line is its label's."""
    found = quotes_of(
        'Rep. Ann Lee (R-S.C.):"I have not heard anyone cite that figure. Who told you that?"',
        'Former secretary of state Dana Moss:"We learned that from the department."',
    )
    assert [q.speaker for q in found] == ["Ann Lee", "Ann Lee", "Dana Moss"]


def test_an_as_aside_that_opens_the_sentence_credits_the_quotation_in_it() -> None:
    """'As the historian Ann Lee puts it, Moss is making them “an offer ...”': Lee's words."""
    found = quotes_of(
        "As the historian Ann Lee puts it, Moss is trying to make the party “an offer they"
        " can't afford to refuse.”"
    )
    assert [q.speaker for q in found] == ["Ann Lee"]


def test_an_as_aside_does_not_credit_a_quotation_with_a_cue_of_its_own() -> None:
    """'As Ann Lee noted, Moss said “...”': Moss speaks."""
    found = quotes_of("As Ann Lee noted, Ivo Moss said “we will win the seat.”")
    assert [q.speaker for q in found] == ["Ivo Moss"]


@pytest.mark.parametrize(
    "intro",
    [
        "Nigel Toon, CEO and co-founder, Graphcore said:",
        "Sarah Jones, founder, The Bread Company, said:",
        "Jane Smith, Chief Executive, Acme Ltd said:",
    ],
)
def test_a_press_release_intro_with_an_office_alone_names_the_person(intro: str) -> None:
    """'Nigel Toon, CEO and co-founder, Graphcore said:' introduces Toon, not the company."""
    found = quotes_of(intro, "We are delighted to join the council.")
    assert [q.speaker for q in found] == [intro.split(",", maxsplit=1)[0]]


def test_a_plural_office_keeps_its_title() -> None:
    """'Great Britain's three Chief Veterinary Officers said:' is no 'Veterinary Officers'."""
    found = quotes_of(
        "In a joint statement Great Britain’s three Chief Veterinary Officers said:",
        "This will be welcome news for poultry keepers across the country.",
    )
    assert [q.speaker for q in found] == ["Chief Veterinary Officers"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "“There have been advances in that area,” public information officer Ivo Brandt of"
                " the Oregon Department of Justice said in reference to the case."
            ),
            "Ivo Brandt",
        ),
        (
            (
                "“He was a friend of our country,” the country’s ambassador to the United States,"
                " Ha Kim Ngoc, told the state-run radio service."
            ),
            "Ha Kim Ngoc",
        ),
        (
            (
                "“The reaction is blocking any dialogue,” said one billionaire included in January"
                " on a Treasury list of people deemed too close to the Kremlin."
            ),
            "one billionaire",
        ),
    ],
)
def test_a_long_source_after_the_quotation_is_read(sentence: str, speaker: str) -> None:
    """An office in lower case before a name, a hearer after 'told', a list the source is on."""
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_a_participle_after_a_quotation_goes_on_with_the_sentences_speaker() -> None:
    """'The mayor said, “...” with no exceptions, adding, “...”': no 'no exceptions' and no None."""
    found = quotes_of(
        "Ann Lee spoke to reporters on Saturday. “It is a serious issue.”",
        "The mayor said, “They must give back the money” with no exceptions, adding, “I support"
        " the council's attempts to resolve this.”",
    )
    assert [q.speaker for q in found][-1] in {"The mayor", "Ann Lee"}
    assert found[-1].speaker is not None


def test_a_shout_after_a_quotation_is_its_cue() -> None:
    """'“...,” a city worker calls out to the crowd': the worker speaks."""
    found = quotes_of("“Talk to a building inspector first,” a city worker calls out to the crowd.")
    assert [(q.speaker, q.cue) for q in found] == [("a city worker", "calls out")]


def test_a_post_dated_before_its_title_and_a_body_with_and_keep_a_long_subject() -> None:
    """'current Prime Minister Ann Lee of the Union of Greens and Farmers said': Lee speaks."""
    found = quotes_of(
        "“Forming a new government will be very difficult,” current Prime Minister Ann Lee of"
        " the Union of Greens and Farmers said after the election."
    )
    assert [q.speaker for q in found] == ["Ann Lee"]


def test_words_read_by_one_of_several_things_are_no_earlier_speakers() -> None:
    """'“...,” read one. “...,” was another.': not the outlet that reported the planes."""
    found = quotes_of(
        "The Globe reported at least six skywriting planes filled the skies with messages.",
        "“Vote Lee!” read one. “Anybody but Moss,” was another.",
    )
    assert [q.speaker for q in found if q.kind is QuoteKind.DIRECT] == [None, None]


def test_a_party_in_the_plural_is_no_he() -> None:
    """After '75 percent of Democrats said yes', a 'he' is not the Democrats."""
    found = quotes_of(
        "Asked about the plan, 75 percent of Democrats said yes.",
        "Moss has pushed his promise of “free college” for months.",
    )
    assert all(q.speaker != "Democrats" for q in found[1:])


def test_the_turns_of_a_transcript_are_their_labels_words() -> None:
    """'LEE: ...' then 'MOSS: ...': each turn is a direct quote of its label, the label left out."""
    found = quotes_of(
        "Here is a partial transcript:",
        "LEE: We will win this seat.",
        "MOSS: You will not. Nobody thinks so.",
    )
    assert [(q.text, q.speaker, q.kind) for q in found] == [
        ("We will win this seat.", "LEE", QuoteKind.DIRECT),
        ("You will not.", "MOSS", QuoteKind.DIRECT),
        ("Nobody thinks so.", "MOSS", QuoteKind.DIRECT),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("NOTE: The figures are provisional.", "The council meets on Monday."),
        ("Q: Will you run again?", "A: I have not decided."),
    ],
)
def test_a_lone_label_or_an_unnamed_interview_is_no_transcript(paragraphs: tuple[str, ...]) -> None:
    """A lone 'NOTE:' line, and 'Q:' and 'A:' turns that name no one, give no quotes."""
    assert quotes_of(*paragraphs) == []


def test_a_name_inside_quotation_marks_is_no_subject() -> None:
    """'About 50 people waved “Hong Kong independence” flags and shouted: “...”': not Hong Kong."""
    found = quotes_of(
        "About 50 people waved “Hong Kong independence” flags and shouted: “We are Hong Kongers.”"
    )
    assert all(q.speaker != "Hong Kong" for q in found)
    assert main_subject("About 50 people waved “Hong Kong independence” flags and")[0] != (
        "Hong Kong"
    )


@pytest.mark.parametrize("adjective", ["Mexican", "American", "Iranian"])
def test_a_peoples_adjective_alone_is_no_speaker(adjective: str) -> None:
    """'Mexican' cut from 'Mexican American journalists' names no one; 'Americans' does."""
    assert not plausible_speaker(adjective)
    assert plausible_speaker(adjective + "s")


def test_a_surname_that_is_a_peoples_name_is_a_speaker() -> None:
    """'Cuban said' (Mark Cuban) and 'The British say' keep their speakers."""
    assert plausible_speaker("Cuban")
    assert plausible_speaker("British")


@pytest.mark.parametrize(
    "subject",
    ["Ann Lee a managing director at Alix Partners", "Ann Lee a spokeswoman for the ministry"],
)
def test_a_name_and_its_post_without_a_comma_is_the_name(subject: str) -> None:
    """'Ann Lee a managing director at Alix Partners said': Lee, not the firm."""
    assert speaker_of(subject) == ("Ann Lee", False)


def test_an_excerpts_heading_names_its_writer() -> None:
    """'From Ann Lee writing at The Post:' then the excerpt: Lee's words."""
    found = quotes_of(
        "From Ann Lee writing at The Post:",
        "“Rising to the top requires extreme cunning and good hair.”",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Ann Lee", "writing")]


@pytest.mark.parametrize(
    "line",
    ["* Port Said", "Port Said", "A lecture on Edward Said", "The road to Port Said:"],
)
def test_a_name_ending_in_said_is_no_cue_line(line: str) -> None:
    """'Port Said' (a city in a list) does not introduce the next line as a quotation."""
    assert quotes_of(line, "* Ismailia") == []
    assert quotes_of(line, "The road is closed to all traffic after dark.") == []


def test_a_cue_line_in_capitals_still_introduces_its_quotation() -> None:
    """'THE MINISTER SAID:' in capitals is a cue line like its lower-case form."""
    found = quotes_of("THE MINISTER SAID:", "We are proud of them.")
    assert [(q.text, q.speaker) for q in found] == [("We are proud of them.", "THE MINISTER")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "'Bush knives' (machetes) and guns are often used in assaults and robberies.",
        (
            "New information about landmines and land border crossings ('Warnings and "
            "insurance', 'Safety and security' and 'Regional risks' pages)."
        ),
        "See ‘Extreme weather and natural disasters’ on the ‘Safety and security’ page.",
        (
            "There have been staged fake births (commonly called ‘miracle babies’) where "
            "visitors are led to believe they have given birth."
        ),
        "This includes guidance on “how to prepare for a crisis” with suggestions.",
        (
            "There have been reports of attacks and robberies by persons representing "
            "themselves as “guides”, particularly on beaches."
        ),
    ],
)
def test_terms_and_names_of_pages_in_marks_are_no_quotes(paragraph: str) -> None:
    """A glossed term, listed page names, a cross-reference and a common name are not speech."""
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Get out” (in Pashto) was all the guard shouted.", None),
        ("Trump, in one of his attacks on Clinton, described her as “a disaster”.", "Trump"),
        ("The minister promised “Action on Rents” in her speech on Friday.", "The minister"),
    ],
)
def test_quoted_words_next_to_a_gloss_or_an_attack_still_count(
    paragraph: str, speaker: str | None
) -> None:
    """Words shouted before a bracket, or judged after a plural noun, are still quoted."""
    found = quotes_of(paragraph)
    assert len(found) == 1
    assert found[0].speaker == speaker


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Vicky Brock CEO and co-founder of Vistalworks said:", "Vicky Brock"),
        (
            "Paul Simpson and Teresa Quail, co-National Executive Officers from BATOD, said:",
            "Paul Simpson and Teresa Quail",
        ),
        ("International Trade Secretary Liz Truss said:", "Liz Truss"),
        ("Ofqual Chief Regulator Dr Jo Saxton said:", "Jo Saxton"),
        ("Nigel Toon, CEO and co-founder, Graphcore said:", "Nigel Toon"),
    ],
)
def test_a_cue_line_that_opens_with_a_person_and_their_post_names_the_person(
    line: str, speaker: str
) -> None:
    """'Vicky Brock CEO and co-founder of Vistalworks said:' is Vicky Brock's, not the firm's."""
    found = quotes_of(line, "We are proud of them.")
    assert [q.speaker for q in found] == [speaker]


def _release(*blocks: str) -> list[tuple[str, str | None]]:
    html = (
        "<html><body><article><h1>Coast path opens</h1>"
        + "".join(blocks)
        + "</article></body></html>"
    )
    revision = newsdiff.parse_html(html)
    return [(q.text, q.speaker) for s in revision.sentences for q in s.quotes]


def test_a_cue_line_inside_a_blockquote_hands_over_to_its_speaker() -> None:
    """A second 'X said:' inside one speaker's blockquote starts the second speaker's words."""
    found = _release(
        "<p>The path opened on Friday along the coast of Cumbria, officials confirmed.</p>",
        "<p>Minister for Rural Affairs, Lord Benyon, said:</p>",
        "<blockquote><p>The path is greatly improving access to our coastlines.</p>",
        "<p>Gill Haigh, Cumbria Tourism’s Managing Director said:</p>",
        "<p>Many visitors to our county miss out on the coast.</p></blockquote>",
    )
    assert ("Many visitors to our county miss out on the coast.", "Gill Haigh") in found
    assert all(text != "Gill Haigh, Cumbria Tourism’s Managing Director said:" for text, _ in found)


def test_a_plain_paragraph_after_a_blockquote_is_the_release_not_the_speaker() -> None:
    """Narration in 'our' voice after the blockquote ends is no quotation of the speaker above."""
    found = _release(
        "<p>The agency inspected twelve waste sites in Crawley this week.</p>",
        "<p>Matt Higginson, Environment Manager for the Environment Agency, said:</p>",
        "<blockquote><p>This should serve as a warning to those who flout the law.</p>",
        "</blockquote>",
        "<p>Anyone who suspects illegal waste activity should call our 24 hour hotline.</p>",
    )
    assert ("This should serve as a warning to those who flout the law.", "Matt Higginson") in found
    assert all(not text.startswith("Anyone who suspects") for text, _ in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Evidence suggests weight management services can help people lose weight.",
        "Research shows that most children walk to school.",
        "* Only exit a vehicle when a professional guide or warden says it’s safe to do so.",
        "Stay indoors until the police say the area is safe.",
    ],
)
def test_evidence_and_speech_that_may_come_are_no_reports(paragraph: str) -> None:
    """'Evidence suggests ...' and 'when a guide says it's safe' report no one's words."""
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Sanders exaggerates when he says he helped write the law.", "Sanders"),
        ("That's when Reynolds says the two met in an online group.", "Reynolds"),
        ("When Trump said the election was rigged, the crowd cheered.", "Trump"),
    ],
)
def test_what_someone_says_after_when_is_still_reported(paragraph: str, speaker: str) -> None:
    """A named or pronoun speaker after 'when' reports what they said or say."""
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


def test_a_stray_closing_mark_in_a_quoted_paragraph_keeps_the_cue_line_speaker() -> None:
    """'... for many users”.' after 'Mark Hesketh said:' is still Mark Hesketh's, every sentence."""
    found = quotes_of(
        "Mark Hesketh, Deputy Area Manager for Cumbria at Natural England said:",
        "It is with real pride that we open this section today. The new section vastly "
        "improves accessibility for many users”.",
    )
    assert [q.speaker for q in found] == ["Mark Hesketh", "Mark Hesketh"]


def test_words_in_marks_inside_a_blockquoted_paragraph_keep_the_speaker() -> None:
    """A blockquoted paragraph with 'get it done together' in marks is still the speaker's."""
    found = _release(
        "<p>The conference opens in London on Monday, the department said in a statement.</p>",
        "<h4>Co-Chair of the Africa Investors Group Andrew Skipper said:</h4>",
        "<blockquote><p>The formation of the group shows how business is at the centre.</p>",
        "<p>The focus of the event will be to ‘get it done together’ and we cannot wait.</p>",
        "</blockquote>",
        "<p>The department is prioritising trade in Africa.</p>",
    )
    assert (
        "The focus of the event will be to ‘get it done together’ and we cannot wait.",
        "Andrew Skipper",
    ) in found
    assert all(not text.startswith("The department is") for text, _ in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        (
            "The bank is more than 80% owned by the taxpayer, and Johnson, the Conservative mayor "
            'of London, reacted to the payout by saying the government "should step in and sort '
            'it out".'
        ),
        (
            "The bank is more than 80% owned by the taxpayer, and Johnson, the Conservative mayor "
            "of London, reacted to the payout by saying the government should step in."
        ),
    ],
)
def test_a_participle_after_a_joined_clause_is_its_subjects(paragraph: str) -> None:
    """'..., and Johnson, the mayor, reacted by saying ...': Johnson speaks, not the bank."""
    assert [q.speaker for q in quotes_of(paragraph)] == ["Johnson"]


def test_a_participle_after_one_clause_keeps_its_subject() -> None:
    """'Trump mocked the plan, saying it was “a disaster”': the one clause's subject speaks."""
    found = quotes_of("Trump mocked the plan, saying it was “a total disaster for the country.”")
    assert [q.speaker for q in found] == ["Trump"]


@pytest.mark.parametrize(
    "narration",
    [
        "The shadow business secretary, Chuka Umunna, also hit back at the government.",
        "Chuka Umunna also hit back at accusations from the government.",
        "Then Chuka Umunna cut into the minister's argument.",
    ],
)
def test_a_past_form_like_the_present_narrates_its_subject(narration: str) -> None:
    """'Chuka Umunna also hit back ...' then '“...,” he said': he is Umunna."""
    found = quotes_of(narration, "“The plan is simply untrue,” he said.")
    assert [q.speaker for q in found] == ["Chuka Umunna"]


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        (
            (
                "Ann Lee also admitted that some governments needed to improve their records. "
                "However, she defended her decision to visit them."
            ),
            "Ann Lee",
        ),
        ("Ann Lee snorted.", "Ann Lee"),
        ("Ann Lee, the chief executive, disagreed with the plan.", "Ann Lee"),
    ],
)
def test_a_quoted_paragraph_after_narration_is_the_narrated_subjects(
    narration: str, speaker: str
) -> None:
    """'However, he defended his decision.' ¶ '“Well, they're not ideal.”': the subject's words."""
    found = quotes_of(
        "“We will visit Kenya,” Ann Lee said.",
        "Reporters asked about the trip on Friday.",
        narration,
        "“Well, they’re not ideal institutions. But engagement works.”",
    )
    assert [q.speaker for q in found if q.kind is D][1:] == [speaker, speaker]


@pytest.mark.parametrize(
    ("narration", "quoted"),
    [
        (
            (
                "Ismail Haniyeh, chief of Hamas, Ahmad Bahar, deputy speaker of the council, and "
                "thousands of people joined the funeral."
            ),
            "“This crime is not strange for the occupation.”",
        ),
        ("Ann Lee wrote a paper on the topic.", "“Hermitian Matrices”."),
        ("Ann Lee spoke to the crowd.", "“We will win.” The crowd cheered and the band played."),
    ],
)
def test_a_quoted_paragraph_after_a_list_or_a_title_names_no_one(
    narration: str, quoted: str
) -> None:
    """A list of people, a title in marks, or a paragraph that goes on past the quotation: None."""
    found = quotes_of("The funeral was held in Gaza on Monday afternoon.", narration, quoted)
    assert all(q.speaker is None for q in found)


def test_a_word_cut_at_the_edge_of_the_context_tells_no_gender() -> None:
    """'a “mansion tax”' near a name is no 'man': the woman named is the 'she' after it."""
    found = quotes_of(
        "Labour said the Tories had promised such a move before and did not deliver.",
        "Deputy leader Harriet Harman contrasted the idea with Labour's plan for a "
        '"mansion tax", saying "people face a big choice".',
        '"It\'s becoming clearer and clearer as we get to the election," she told the BBC.',
    )
    assert [q.speaker for q in found] == ["Labour", "Harriet Harman", "Harriet Harman"]


@pytest.mark.parametrize("body", ["Labour", "Hamas", "Likud"])
def test_a_party_named_by_one_word_is_no_he_or_she(body: str) -> None:
    """'Labour said ...' then '“...,” she said': she is not the party."""
    found = quotes_of(
        f"{body} said the plan had failed before and would fail again.",
        "“We will not stand for it,” she said.",
    )
    assert found[-1].speaker is None


@pytest.mark.parametrize(
    "paragraph",
    [
        'The new "family home allowance" can be added to the existing inheritance tax threshold.',
        (
            "Mr. Padilla, accused of plotting a ''dirty bomb'' attack, was declared an enemy "
            "combatant."
        ),
    ],
)
def test_a_passive_after_a_term_in_marks_attributes_nothing(paragraph: str) -> None:
    """'“family home allowance” can be added to ...': a passive verb is no cue."""
    assert quotes_of(paragraph) == []


def test_quoted_as_saying_still_attributes() -> None:
    """'“We will win,” Ann Lee was quoted as saying.' is Ann Lee's, passive and all."""
    found = quotes_of("“We will win,” Ann Lee was quoted as saying.")
    assert [(q.speaker, q.cue) for q in found] == [("Ann Lee", "quoted as saying")]


@pytest.mark.parametrize(
    "paragraph",
    [
        (
            "The government is also announcing that flights will be permitted from countries on "
            "the ‘red list’ that were previously subject to flight bans."
        ),
        (
            "The competition asked companies to submit proposals to tackle this ‘rad-waste’ "
            "challenge."
        ),
        "The full list of additional countries added to the ‘red list’ includes Egypt.",
    ],
)
def test_a_term_in_single_marks_after_a_determiner_is_no_quote(paragraph: str) -> None:
    """'countries on the ‘red list’': where no speech is quoted in single marks, a name."""
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize(
    ("paragraphs", "quoted"),
    [
        (
            ("Officers described the smoke as black, with a ‘toxic’ smell.",),
            "toxic",
        ),
        (
            (
                "‘We will not be told what to do by anyone,’ the minister said on Friday.",
                "She said the plan would put Spain on the ‘red list’ within days.",
            ),
            "red list",
        ),
    ],
)
def test_single_marks_stay_quotes_where_they_quote(
    paragraphs: tuple[str, ...], quoted: str
) -> None:
    """A description after 'a', and an article quoting speech in single marks, keep the quote."""
    assert quoted in [q.text for q in quotes_of(*paragraphs)]


def test_added_to_applause_still_attributes() -> None:
    """'“We will win,” he added to loud applause.' keeps its cue."""
    found = quotes_of("“We will win,” he added to loud applause.")
    assert [q.cue for q in found] == ["added"]


def test_a_person_a_relative_clause_makes_act_is_who_a_pronoun_turns_to() -> None:
    """'... the intervention of Lord Myners, ..., who negotiated the deal.' then 'he said:'."""
    found = quotes_of(
        "Mark Field said the deal was unfair.",
        "No 10 has said its hands were tied on the bonus. However, this argument appeared to "
        "be undermined by the intervention of Lord Myners, the former financial services "
        "minister, who negotiated the RBS deal.",
        'Earlier on Friday, he said: "There is nothing in the contract which binds the company."',
    )
    assert found[-1].speaker == "Lord Myners"


def test_two_names_before_a_colon_both_speak() -> None:
    """'John and Adriana: “We would really recommend it.”' is both of theirs, not John's."""
    found = quotes_of("John and Adriana: “We would really recommend mutual mentoring schemes.”")
    assert [q.speaker for q in found] == ["John and Adriana"]


def test_the_region_after_a_place_is_no_narrated_subject() -> None:
    """'Officials in Kyiv, Ukraine rejected the plan.' then '“...,” he said': not Ukraine."""
    found = quotes_of("Officials in Kyiv, Ukraine rejected the plan.", "“It will fail,” he said.")
    assert [q.speaker for q in found] == [None]


def test_a_clause_before_a_place_keeps_the_narrated_subject() -> None:
    """'As they met in Ottawa, Trump was 340 miles away.' then '“...,” he said': Trump."""
    found = quotes_of(
        "As they met in Ottawa, Trump was 340 miles away in Bangor.",
        "“We will build the wall,” he said.",
    )
    assert [q.speaker for q in found] == ["Trump"]


def test_a_name_after_a_preposition_and_article_is_no_speaker() -> None:
    """'... families both in the United States ...,” he said' is Tom Hill's, not the country's."""
    found = quotes_of(
        "Tom Hill said the words “lump” the good farmers with the bad.",
        "” … what I learned from listening to these families both in the United States and "
        "overseas is that when you start calling these groups ‘rural extremists,’ the way it’s "
        "heard is wrong,” he said.",
    )
    assert "United States" not in [q.speaker for q in found]
    assert found[-1].speaker == "Tom Hill"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            (
                "The vote was close, with an LDP executive describing the outcome as “a revolt"
                " from the local regions.”"
            ),
            "an LDP executive",
        ),
        (
            "The talks ended, with a White House official saying they had been “productive.”",
            "a White House official",
        ),
    ],
)
def test_one_person_described_after_with_speaks_even_with_capitals(
    paragraph: str, speaker: str
) -> None:
    """'..., with an LDP executive describing ... as “...”' is the executive's, not 'LDP'."""
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


def test_a_body_named_after_a_preposition_and_article_is_no_subject() -> None:
    """'a hearing at the Securities and Exchange Commission and' names no subject at all."""
    assert main_subject(
        "a hearing at the Securities and Exchange Commission and ", no_objects=True
    ) == (
        None,
        False,
    )
    assert main_subject("talks in the United States and ", no_objects=True)[0] != "United States"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue"),
    [
        (
            "Trump defended his campaign manager as a “very decent man” on Tuesday.",
            "Trump",
            "defended",
        ),
        ("Cruz blamed the anti-fracking law on “knuckleheaded politicians.”", "Cruz", "blamed"),
        (
            (
                "The remarks drew a reaction from President Barack Obama, who called the"
                " Republican nominee “unfit to serve” as president."
            ),
            "Barack Obama",
            "called",
        ),
    ],
)
def test_words_a_verb_of_judging_quotes_are_its_subjects(
    paragraph: str, speaker: str, cue: str
) -> None:
    """'defended X as a “...”', 'blamed X on “...”' and 'Obama, who called X “...”' quote them."""
    found = quotes_of(paragraph)
    assert [(q.kind, q.speaker, q.cue) for q in found] == [(QuoteKind.PARTIAL, speaker, cue)]


def test_a_short_report_before_a_naming_clause_is_reported_speech() -> None:
    """'said he respects Clinton and calls her “...”': a report, then the words 'calls' quotes."""
    found = quotes_of("Tom Hill said he respects Clinton and calls her “an extremely smart woman.”")
    assert [(q.kind, q.text, q.cue) for q in found] == [
        (QuoteKind.INDIRECT, "he respects Clinton", "said"),
        (QuoteKind.PARTIAL, "an extremely smart woman.", "calls"),
    ]
    assert {q.speaker for q in found} == {"Tom Hill"}


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        (
            "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated.’",
            "Elizabeth Warren",
        ),
        ("Ted Cruz Slams Trump Over Tax Plan: ‘He Is Not Serious.’", "Ted Cruz"),
    ],
)
def test_the_verb_of_a_title_case_headline_ends_its_speaker(headline: str, speaker: str) -> None:
    """'Elizabeth Warren Hammers Wells Fargo CEO: ‘...’' is Warren's, not 'Warren Hammers ...'."""
    assert [q.speaker for q in quotes_of(headline)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            (
                "According to data from the U.S. Bureau of Economic Analysis released in July,"
                " net investment dropped."
            ),
            "the U.S. Bureau of Economic Analysis",
        ),
        (
            "According to a report by the World Bank released last week, growth slowed.",
            "World Bank",
        ),
        ("The report released on Monday said growth had slowed.", "The report"),
    ],
)
def test_when_a_document_came_out_is_no_part_of_its_source(paragraph: str, speaker: str) -> None:
    """'a report by the World Bank released last week' is the World Bank, not '... released'."""
    assert [q.speaker for q in quotes_of(paragraph)] == [speaker]


def test_a_count_opening_a_source_is_not_cut_inside() -> None:
    """'At least half of voters in each state say ... “about right”' gives no 'least half ...'."""
    found = quotes_of(
        "At least half of voters in each state say the two candidates’ positions on the issues"
        " are “about right,” though voters are more likely to think so of Sanders."
    )
    assert [q.speaker for q in found] == ["half of voters in each state"]


def test_said_so_reports_nothing_of_its_own() -> None:
    """'..., after 55 percent said so in December.': no report whose words are 'so in December'."""
    found = quotes_of("And 64 percent call him competent, after 55 percent said so in December.")
    assert [q.text for q in found if q.kind is QuoteKind.INDIRECT] == []
