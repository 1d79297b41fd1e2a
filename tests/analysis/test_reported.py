"""Tests for reported speech in newsdiff._analysis._reported."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsdiff._analysis._reported import (
    _PLEDGING,
    _REPORTING_CUES,
    _REPORTING_OR_PLEDGING,
    _WORD,
    TAIL_AFTER_CUE,
    _head_cues,
    _head_report,
    _next_to,
    _places,
    cue_words,
    reported_speech,
)
from newsdiff._analysis._speakers import WINDOW, attribution_before


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "cue"),
    [
        (
            "According to the ministry, 20 people died.",
            "20 people died.",
            "the ministry",
            "according to",
        ),
        (
            "Twenty people died, the ministry said on Friday.",
            "Twenty people died",
            "the ministry",
            "said",
        ),
        ("Ann Lee said that the talks had failed.", "the talks had failed.", "Ann Lee", "said"),
        (
            "Tom Hill was quoted as saying the plan was dead.",
            "the plan was dead.",
            "Tom Hill",
            "quoted as saying",
        ),
    ],
)
def test_reported_speech_gives_content_and_attribution(
    sentence: str, content: str, speaker: str, cue: str
) -> None:
    """Each pattern of reported speech gives its content, speaker and cue."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker, found[1].cue) == (content, speaker, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator called for a new inquiry into the bank.",
        "The two sides agreed to resume talks in the new year.",
        "Rebels took the city after the army withdrew.",
        # A request for anonymity, as "asked to".
        "The sources asked not to be identified because the matter is confidential.",
    ],
)
def test_sentences_without_reported_content_give_none(sentence: str) -> None:
    """Verbs that report no content and plain narration give None."""
    assert reported_speech(sentence) is None


def test_a_long_tail_after_the_cue_is_not_an_attribution() -> None:
    """More than TAIL_AFTER_CUE words after a final cue make it a new clause."""
    tail = " ".join(["again"] * (TAIL_AFTER_CUE + 1))
    found = reported_speech(f"The vote was close, he said {tail}.")
    assert found is None or found[0] != "The vote was close"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            (
                "It is the first time a candidate has made it an issue, said Ann Lee, "
                "executive director of the association."
            ),
            "It is the first time a candidate has made it an issue",
            "Ann Lee",
        ),
        (
            (
                "The approach is made possible by its resources, said the firm's chief "
                "executive, Tom Hill."
            ),
            "The approach is made possible by its resources",
            # The name the apposition gives is the source, not its description.
            "Tom Hill",
        ),
        (
            (
                "Victims would be considered a distinct group for asylum, Tom Hill said, "
                "a policy that could help them."
            ),
            "Victims would be considered a distinct group for asylum",
            "Tom Hill",
        ),
    ],
)
def test_an_attribution_after_an_earlier_comma_keeps_content_and_source_apart(
    sentence: str, content: str, speaker: str
) -> None:
    """A cue and source after an earlier comma, then an apposition, attribute what went before."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


def test_a_clause_after_an_earlier_comma_is_no_inverted_source() -> None:
    """“Ann Lee, who ..., says she identifies as ...”: the clause after the cue is content."""
    found = reported_speech(
        "Ann Lee, who has been active in politics for years, says she identifies as an "
        "independent, although she is registered as a Democrat."
    )
    assert found is not None
    assert found[1].speaker == "Ann Lee"


def test_a_subject_with_long_appositions_reports_what_follows_its_cue() -> None:
    """A named subject, a long apposition and its cue report the clause after the cue."""
    found = reported_speech(
        "Ann Lee, who took over as head of communications after the previous director quit "
        "because of her distaste for the plan, said voters care about more than one issue."
    )
    assert found is not None
    assert (found[0], found[1].speaker) == ("voters care about more than one issue.", "Ann Lee")


@pytest.mark.parametrize(
    ("head", "speaker", "near"),
    [
        ("Ann Lee, who took over as head of communications last spring, ", "Ann Lee", True),
        ("After the long meeting in the hall, Ann Lee then ", "Ann Lee", True),
        ("Ann Lee met voters in the hall for hours before the man ", "Ann Lee", False),
    ],
)
def test_a_long_head_needs_its_subject_next_to_the_cue(head: str, speaker: str, near: bool) -> None:
    """The subject of a far cue must stand by it or end an apposition before it."""
    assert _next_to(head, speaker) is near


@pytest.mark.parametrize(
    "sentence",
    [
        "He is a politician who will say whatever makes the most sense at the time.",
        "Ann Lee would say that the plan is dead if anyone asked her.",
    ],
)
def test_a_cue_after_a_modal_or_to_reports_nothing(sentence: str) -> None:
    """“will say”, “would say”: no speech act happened, so no reported speech."""
    assert reported_speech(sentence) is None


def test_a_name_inside_a_long_subject_is_not_read_as_its_source() -> None:
    """“the backers of The Big Plan say ...” deep in a sentence: the backers speak, not “Plan”."""
    found = reported_speech(
        "It is a calm and rational piece that raises a few points, exactly the kind of "
        "thing the backers of The Big Plan say we need more of in such cases."
    )
    assert found is not None
    assert found[1].speaker == "the backers of The Big Plan"


@pytest.mark.parametrize(
    "sentence",
    [
        "Security forces have responded violently to protests and disturbances.",
        "On 10 October, Hamas and Israel agreed to a ceasefire.",
        "There have been cases of sexual assault, including rape, reported to the British Embassy.",
        "Roads outside the main towns are poorly maintained and often only accessible by jeep.",
        "Monitor local weather reports and expect difficulties when travelling.",
    ],
)
def test_acts_and_passives_report_no_speech(sentence: str) -> None:
    """A verb with a preposition, a passive or a noun of news reports no speech."""
    assert reported_speech(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Late on Tuesday, the county board said it would appeal.", "it would appeal.",
         "the county board"),
        ("Nell Rivas, a farmer near the dam, said she would plant again.",
         "she would plant again.", "Nell Rivas"),
    ],
)  # fmt: skip
def test_a_clause_after_the_cue_is_the_content_not_the_attribution(
    sentence: str, content: str, speaker: str
) -> None:
    """'Late on Tuesday, the board said it would appeal.': the report follows "said"."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


def test_an_inserted_attribution_keeps_the_main_clause_as_content() -> None:
    """'Within a week, Nell Rivas said, the river had risen a metre.': the report goes on."""
    found = reported_speech("Within a week, Nell Rivas said, the river had risen a metre.")
    assert found is not None
    assert (found[0], found[1].speaker) == ("the river had risen a metre.", "Nell Rivas")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The dam leaks at night, according to a county report on Wednesday.",
         "a county report"),
        ("The dam leaks at night, according to a state survey out Monday.", "a state survey"),
        ("According to the engineer in charge that night, the dam held.",
         "the engineer in charge"),
        ("Nell Rivas, though, said she would plant again next spring.", "Nell Rivas"),
    ],
)  # fmt: skip
def test_when_a_source_spoke_is_not_the_source(sentence: str, speaker: str) -> None:
    """'according to a report on Wednesday': the report is the source, not "Wednesday"."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Nell Rivas rejected the plan on Monday, saying the dam would not hold.",
         "the dam would not hold.", "Nell Rivas"),
        ("Ivo Brandt ended his campaign, arguing that the race was lost.",
         "the race was lost.", "Ivo Brandt"),
        ("Dairy farmers and their unions met the board, saying the rules were unfair.",
         "the rules were unfair.", None),
        ("The mayor praised Ivo Brandt, saying he had kept the town dry.",
         "he had kept the town dry.", "The mayor"),
        ("Brandt dismissed Mayor Nell Rivas as weak, arguing that the town had flooded.",
         "the town had flooded.", "Brandt"),
    ],
)  # fmt: skip
def test_a_participle_of_saying_after_a_clause_reports_speech(
    sentence: str, content: str, speaker: str
) -> None:
    """'X rejected the plan, saying ...': X reports; a name not opening its clause does not."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Ortiz maintains a comfortable lead over her two rivals in the latest polls.",
        "The mayor wrote a short history of the harbour in 2009.",
        "Ann Lee wrote a second, more detailed guide, Harbour Walks.",
        "Tom Hill wrote on Friday the foreword to the new edition.",
        "The maker added a 3.5mm headphone jack to the new model.",
    ],
)
def test_writing_or_keeping_a_thing_reports_no_speech(sentence: str) -> None:
    """A verb like "wrote" or "maintains" with a thing as object reports no speech."""
    assert reported_speech(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor wrote he would not run again.", "he would not run again."),
        ("Ann Lee wrote in 2009 that the harbour needed dredging.", "the harbour needed"),
        ("Tom Hill wrote the council’s plan favours developers.", "plan favours developers."),
    ],
)
def test_writing_or_maintaining_a_clause_reports_it(sentence: str, content: str) -> None:
    """The same verbs before a clause report its content."""
    found = reported_speech(sentence)
    assert found is not None
    assert content in found[0]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("The plan, she said, was never going to work.", "she", "said"),
        ("The harbour deal, say economists, marks a turn for the town.", "economists", "say"),
        ("The harbour deal, said Ann Lee, was signed too early.", "Ann Lee", "said"),
    ],
)
def test_an_attribution_set_between_commas_reports_the_whole_sentence(
    sentence: str, speaker: str, cue: str
) -> None:
    """An attribution between commas reports the whole sentence around it."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == sentence
    assert (found[1].speaker, found[1].cue) == (speaker, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Brandt won the county vote, adding to his wins in the north.",
        "Ivo Brandt won the county vote, claiming 41 percent of the ballots.",
        "Nell Rivas smiled while saying goodbye to the last of the guests.",
    ],
)
def test_participles_that_report_nothing_are_no_speech(sentence: str) -> None:
    """'adding to his wins', 'claiming 41 percent', 'saying goodbye': no speech is reported."""
    assert reported_speech(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Asked whether the dam would hold, Nell Rivas said it had held for forty years.",
         "it had held for forty years.", "Nell Rivas"),
        ("Ivo Brandt said Thursday that the town had been warned twice.",
         "the town had been warned twice.", "Ivo Brandt"),
        ("Ivo Brandt says, however, that the town had been warned twice.",
         "the town had been warned twice.", "Ivo Brandt"),
        (
            (
                "Nell Rivas, after the flood waters reached the old market square in early "
                "March, initially said that the dam was sound."
            ),
            "the dam was sound.",
            "Nell Rivas",
        ),
        ("Nell Rivas now says the dam was never sound.", "the dam was never sound.",
         "Nell Rivas"),
    ],
)  # fmt: skip
def test_what_stands_around_the_cue_does_not_hide_the_report(
    sentence: str, content: str, speaker: str
) -> None:
    """'Asked ..., X said', 'said Thursday that', 'X, after ..., said': the report is read."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


def test_words_said_to_oneself_are_no_report() -> None:
    """'Then he said to himself, ...': a thought, not reported speech."""
    assert reported_speech("Then he said to himself, buttoning up his coat to the collar.") is None


def test_a_relative_clause_after_a_comma_is_no_aside() -> None:
    """'..., in which he said': the pronoun is the named subject; the noun before is no source."""
    found = attribution_before("Ivo Brandt was asked about the flood in a talk, in which he said")
    assert found is not None
    assert found.speaker == "Ivo Brandt"


def test_only_a_verb_that_inverts_has_its_source_after_it() -> None:
    """'X, which ..., denied the report, saying ...': the report is denied, it is no source."""
    found = reported_speech(
        "The mill, which does not publish its accounts, denied the report, saying its sales "
        "had grown."
    )
    assert found is not None
    assert found[1].speaker == "The mill"


@pytest.mark.parametrize(
    "sentence",
    [
        "Then, late on Sunday, Ivo Brandt called.",
        "Nell Rivas maintained her lead over the other candidates in the county.",
        "The old clerk insisted upon his afternoon walk along the river.",
        "Nell Rivas warned against a rush to rebuild the dam.",
    ],
)
def test_verbs_of_saying_in_other_senses_report_nothing(sentence: str) -> None:
    """'X called.' (a call), 'maintained her lead', 'insisted upon', 'warned against': no report."""
    assert reported_speech(sentence) is None


def test_maintained_that_still_reports() -> None:
    """'Nell Rivas maintained that the dam was sound.' reports what she maintained."""
    found = reported_speech("Nell Rivas maintained that the dam was sound.")
    assert found is not None
    assert (found[0], found[1].speaker) == ("the dam was sound.", "Nell Rivas")


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour, the old town, and the castle draw visitors all year.",
        "In the end, she said nothing at all.",
        "The mayor, Ann Lee, opened the new bridge on Friday.",
    ],
)
def test_commas_without_an_inset_cue_report_nothing_of_their_own(sentence: str) -> None:
    """A list or an apposition between commas is no inset attribution."""
    found = reported_speech(sentence)
    assert found is None or found[0] != sentence


def test_a_participle_phrase_between_commas_is_no_inset_attribution() -> None:
    """A participle phrase between commas ("with tremors reported") names no source."""
    sentence = "There was a strong quake, with tremors reported across the region, on Sunday."
    found = reported_speech(sentence)
    assert found is None or found[1].speaker != "tremors"


def test_told_her_before_a_clause_keeps_her_in_the_cue() -> None:
    """A "told her" before a clause keeps "her" in the cue and out of the content."""
    found = reported_speech("Ann Lee told her they would not sell the harbour.")
    assert found is not None
    assert (found[0], found[1].cue) == ("they would not sell the harbour.", "told her")


def test_all_told_reports_nothing() -> None:
    """All in all ("All told, it is a neat story"): nobody told anyone."""
    assert reported_speech("All told, it is a neat story and a good one.") is None


def test_the_one_told_before_that_is_part_of_the_cue() -> None:
    """“X told the network that ...” reports what follows “that”; the one told joins the cue."""
    found = reported_speech("Ann Lee told the local paper that the bridge would reopen in May.")
    assert found is not None
    content, attribution = found
    assert (content, attribution.cue) == (
        "the bridge would reopen in May.",
        "told the local paper",
    )


def test_a_clause_before_that_is_not_the_one_told() -> None:
    """“X told him the plan was good and that ...”: the words before “that” are content too."""
    found = reported_speech("Ann Lee told him the plan was good and that it would pass.")
    assert found is not None
    assert found[1].cue == "told him"


@pytest.mark.parametrize(
    "sentence",
    [
        "The chart shows how one or two variables — say, the height of the tide — change.",
        "Pick a number, say, seven, and double it.",
    ],
)
def test_say_set_off_by_commas_means_for_example(sentence: str) -> None:
    """“— say, the height of the tide —” gives an example; nobody speaks."""
    assert reported_speech(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "cue"),
    [
        (
            "At the same time, the council has acknowledged delays to the scheme.",
            "delays to the scheme.",
            "the council",
            "acknowledged",
        ),
        (
            (
                "She met the band for the first time in 1999 at a festival in Leeds, and Rhodes "
                "said it’s one of his favourite photos."
            ),
            "it’s one of his favourite photos.",
            "Rhodes",
            "said",
        ),
        (
            "Reviewers soon noted that the figures had been rounded twice.",
            "the figures had been rounded twice.",
            "Reviewers",
            "noted",
        ),
        (
            "Farmers have long argued that the levy falls hardest on small holdings.",
            "the levy falls hardest on small holdings.",
            "Farmers",
            "argued",
        ),
        (
            "When asked about the delay, Mara Venn said the parts had not arrived.",
            "the parts had not arrived.",
            "Mara Venn",
            "said",
        ),
        (
            "Otto Ruhl, who said he had voted twice, said the queue was too long.",
            "the queue was too long.",
            "Otto Ruhl",
            "said",
        ),
        (
            "Dina Kwan, who said the plan was rushed, left the meeting early.",
            "the plan was rushed",
            "Dina Kwan",
            "said",
        ),
        (
            (
                "Ann Lee met the families of the victims at the town hall on Friday evening and "
                "said the city would rebuild."
            ),
            "the city would rebuild.",
            None,
            "said",
        ),
        (
            "But Ryder lined up with Priebus, who has said he doesn’t support the new rules.",
            "he doesn’t support the new rules.",
            "Priebus",
            "said",
        ),
        (
            "The minister vowed to close the loophole before the summer.",
            "to close the loophole before the summer.",
            "The minister",
            "vowed",
        ),
    ],
)
def test_more_report_shapes(sentence: str, content: str, speaker: str | None, cue: str) -> None:
    """Opening phrases, joined clauses, adverbs, relatives and pledges report their speech."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content
    assert (found[1].speaker, found[1].cue) == (speaker, cue)


def test_according_to_a_non_speaker_reports_without_a_source() -> None:
    """A report "according to the results" is found; the caller turns the source to None."""
    found = reported_speech("Rents rose by a tenth, according to the results.")
    assert found is not None
    assert found[0] == "Rents rose by a tenth"
    assert found[1].cue == "according to"


@pytest.mark.parametrize(
    "sentence",
    [
        "According to my mood I opened the doors, or closed them.",
        "Inspections are ongoing into the first reported cases in the county.",
        "The clerk replies in a hurried tone.",
        "The agency promised funding for three new clinics.",
        "The city raised most of the money it pledged to help pay for the games.",
        "Critics have not commented on the new timetable at all.",
    ],
)
def test_no_report(sentence: str) -> None:
    """A clause after "according to", a participle, a manner and a pledged thing report nothing."""
    found = reported_speech(sentence)
    assert found is None or found[1].speaker not in {"these doors", "Inspections", "The clerk"}, (
        found
    )
    assert found is None or found[1].cue not in {"promised", "pledged", "according to"}, found
    assert found is None or found[1].speaker != "Critics", found


def test_pledge_gives_way_to_a_verb_of_saying() -> None:
    """A verb of saying later in the sentence wins over a pledge before it."""
    found = reported_speech(
        "He vowed to keep trying, but the editor Jon Marr said the plan did not sound likely."
    )
    assert found is not None
    assert found[1].cue == "said"
    assert found[0] == "the plan did not sound likely."


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The mill has cut 40 jobs this year, according to a union count, but more cuts loom.",
            "The mill has cut 40 jobs this year, according to a union count, but more cuts loom.",
            "a union count",
        ),
        (
            (
                "About 90 percent of the seats were filled, according to stewards who were posted "
                "at every door of the hall from the start of the show on Saturday night."
            ),
            "About 90 percent of the seats were filled",
            "stewards",
        ),
    ],
)
def test_according_to_inside_a_sentence(sentence: str, content: str, speaker: str) -> None:
    """A ", according to X" phrase set inside or after a long clause reports it."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content
    assert found[1].cue == "according to"
    assert speaker.endswith(found[1].speaker or "?")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fares are calculated according to the number of zones crossed on the way.",
        "The risk varies according to the region and the season of travel.",
    ],
)
def test_according_to_of_manner_reports_nothing(sentence: str) -> None:
    """Without a comma before it, "according to" says how, not who said so."""
    assert reported_speech(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "content", "speaker", "cue"),
    [
        (
            "As reported by the Harbour Gazette, the pier will close for two months.",
            "the pier will close for two months.",
            "the Harbour Gazette",
            "reported",
        ),
        (
            "As the company announced last week, it will close two of its plants.",
            "it will close two of its plants.",
            "the company",
            "announced",
        ),
        (
            "Her brother was safe and would soon be coming home, the consul told her.",
            "Her brother was safe and would soon be coming home",
            "the consul",
            "told",
        ),
    ],
)
def test_as_reported_and_told_her(sentence: str, content: str, speaker: str, cue: str) -> None:
    """An opening "As X reported," and a closing "X told her." attribute the clause."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker, found[1].cue) == (content, speaker, cue)


def test_as_without_a_cue_reports_nothing() -> None:
    """An opening "As expected," holds no cue and reports nothing."""
    assert reported_speech("As expected, the vote went ahead on Friday.") is None


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "That said, farmers say they expect a smaller harvest this autumn.",
            "they expect a smaller harvest this autumn.",
            "farmers",
        ),
        (
            "The engineer who drew the plans for the new bridge says it will open in May.",
            "it will open in May.",
            "The engineer",
        ),
    ],
)
def test_idiom_and_relative_before_the_main_verb(sentence: str, content: str, speaker: str) -> None:
    """Opening "That said," or a relative clause in the subject leave the main verb its report."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content
    assert (found[1].speaker or None) == speaker


def test_semicolon_ends_the_content_of_a_cue_before_it() -> None:
    """A cue before a semicolon reports the clause before it, not the one after."""
    found = reported_speech(
        "To win the seat, a candidate needs about 40 percent of the rural vote, analysts say; "
        "in 2012, the last one won 27 percent."
    )
    assert found is not None
    assert found[0] == "To win the seat, a candidate needs about 40 percent of the rural vote"
    assert found[1].speaker == "analysts"


@pytest.mark.parametrize(
    "sentence",
    [
        "Travellers have been arrested for things they have said on social media.",
        "Here are nine odd things the mayor has said about the harbour.",
        "Protests were held in the centre, with some reported incidents of violence.",
        "The country also denies entry to cars registered abroad, with some exemptions.",
        "THE LONG TIDE by Ann Lee (Tell me the Story Ltd, Tom Hill)",
        "Our research uses RAF Combat Reports, logbooks and casualty files.",
        "Neither the harbour nor the town gets any say on the way the rules are imposed.",
        "Residents of the harbour district had no say in the plans for the new pier.",
        "In his remarks, the Harbour Commissioner Tom Reyes said",
        "At the opening of the pier, the mayor said.",
    ],
)
def test_words_of_saying_that_report_nothing(sentence: str) -> None:
    """Topic after a cue, an adjective, 'denies entry', 'any say', an opening phrase: no report."""
    assert reported_speech(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harbour Plan Will Go Ahead, Former Mayor Says.", "Former Mayor"),
        ("Ann Lee Tells #Harbour Voters They Need To Turn Out.", "Ann Lee"),
        (
            "The deal was worth a reported $1.2 million, the Harbour Gazette reported.",
            "Harbour Gazette",
        ),
    ],
)
def test_headlines_and_a_cue_that_stands_twice_still_report(sentence: str, speaker: str) -> None:
    """A capitalised cue in a title-case headline reports; so does a cue after an adjective use."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


_PIECES = st.text(alphabet="sad_1 .,é’", max_size=5)


@given(st.lists(_PIECES, max_size=8), _PIECES.filter(bool))
def test_a_cue_word_stands_where_the_boundary_pattern_finds_it(pieces, word) -> None:
    """The places of a cue word are those a \\bword\\b search finds, whatever its edges."""
    sentence = word.join(pieces)
    expected = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", sentence)]
    assert _places(sentence, word) == expected


# Cue words in any case, letters that lower-case to two ("İ") or to ASCII (the
# Kelvin sign), a Greek capital sigma, and what joins or parts words.
_CASED = st.lists(
    st.sampled_from(["said", "SAID", "Told", "vowed", "İ", "\u212a", "Σ", "ΟΣ", "’", "'", "-"])
    | st.text(alphabet="sSaid_1é .,", max_size=4),
    max_size=14,
).map("".join)


@given(_CASED, st.booleans())
@example(text="İsaid", pledges=False)
def test_cue_words_are_the_words_lowered_one_by_one(text: str, pledges: bool) -> None:
    """cue_words finds the words at the places a word-by-word lower-casing finds them."""
    words = _REPORTING_OR_PLEDGING if pledges else _REPORTING_CUES
    expected = [m.span() for m in _WORD.finditer(text) if m.group().lower() in words]
    found = cue_words(text, words)
    assert [m.span() for m in found] == expected
    assert [m.group().lower() for m in found] == [text[a:b].lower() for a, b in expected]


@given(_CASED, st.sampled_from([_REPORTING_CUES, _PLEDGING, _REPORTING_OR_PLEDGING]))
@example(text="İsaid vowed", words=_PLEDGING)
def test_head_cues_filtered_are_the_cue_words(text: str, words: frozenset[str]) -> None:
    """_head_cues, kept to the words asked for, finds what cue_words finds, word for word."""
    found = cue_words(text, words)
    kept = [(m, word) for m, word in _head_cues(text) if word in words]
    assert [m.span() for m, _ in kept] == [m.span() for m in found]
    assert [word for _, word in kept] == [m.group().lower() for m in found]


_HEADS = st.lists(
    st.sampled_from(
        ["Ann Lee", "said", "vowed", "told", "reporters", "that", "the plan", "was", "dead",
         "to", "promises", "He", "reported", "killed", ",", "who", "asked", "funding", "."]
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


@given(_HEADS)
@example("Ann Lee said that the plan was dead")
def test_without_a_pledge_word_the_pledge_reading_is_the_plain_one(sentence: str) -> None:
    """Where no verb of pledging stands, reading with pledges gives what reading without does."""
    if not cue_words(sentence[:WINDOW], _PLEDGING):
        assert _head_report(sentence, pledges=True) == _head_report(sentence)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Many say the harbour plan will fail.", "the harbour plan will fail.", "Many"),
        (
            "Some analysts say the harbour plan will fail.",
            "the harbour plan will fail.",
            "Some analysts",
        ),
        (
            "In the end the harbour plan failed, she said.",
            "In the end the harbour plan failed",
            "she",
        ),
        (
            "To win the seat, a candidate needs about 40 percent of the vote, analysts say.",
            "To win the seat, a candidate needs about 40 percent of the vote",
            "analysts",
        ),
    ],
)
def test_say_after_a_subject_and_content_after_an_opening_phrase_still_report(
    sentence: str, content: str, speaker: str
) -> None:
    """'Many say' is a verb and its subject; an opening phrase and a clause after it: content."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The Harbour Office announced an additional £60 million for the coastguard.", False),
        ("On 29 October, Harbourland announced the closure of its border until June.", False),
        ("The Harbour Office announced that it would add £60 million for the coastguard.", True),
        ("The Harbour Office announced it would add £60 million for the coastguard.", True),
    ],
)
def test_announcing_a_thing_is_no_report(sentence: str, reported: bool) -> None:
    """'announced an additional £60 million': an act, not words; 'announced that ...' reports."""
    assert (reported_speech(sentence) is not None) is reported


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Critics argue that the harbour plan will fail within a year.", "Critics"),
        ("Officials warn that the storm could reach the coast on Friday.", "Officials"),
        ("Residents complain that the buses are always late.", "Residents"),
        # Guards: a base form without "that" may be an imperative or take a thing.
        ("Don’t admit visitors to your room after dark.", None),
        ("Critics argue the harbour plan will fail within a year.", None),
        ("Officials warn residents about the storm every winter.", None),
    ],
)
def test_a_base_form_of_saying_reports_before_that(sentence: str, speaker: str | None) -> None:
    """'Critics argue that ...' reports; 'Don’t admit visitors' and a thing after it do not."""
    found = reported_speech(sentence)
    assert (found[1].speaker if found is not None else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("But the many retellings of the story say little to nothing about the programs.", False),
        ("First, let’s say what the harbour sale is not.", False),
        ("The council has effectively admitted as much by agreeing to a review.", False),
        ("The harbour board might have suggested that it would recruit volunteers.", False),
        ("The mayor said nothing about the plan to close the harbour.", False),
        # Guards: the same words opening the content are its subject.
        ("The mayor said little had changed since the storm.", True),
        ("The mayor said much of the harbour would reopen in May.", True),
        ("The mayor said nothing would change before May.", True),
    ],
)
def test_how_much_was_said_and_what_was_not_said_are_no_report(
    sentence: str, reported: bool
) -> None:
    """'say little about', 'admitted as much', 'let’s say', 'might have suggested': no content."""
    assert (reported_speech(sentence) is not None) is reported


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The family told the kidnappers they did not have the money, the nephew said.",
            "the nephew",
        ),
        ("Neither airline has publicly confirmed the merger talks with the harbour board.", None),
        ("Nobody said that the harbour plan would fail within a year.", None),
        ("Noel Smith said that the harbour plan would fail within a year.", "Noel Smith"),
    ],
)
def test_relatives_speak_and_denying_subjects_do_not(sentence: str, speaker: str | None) -> None:
    """'the nephew said' names the nephew; 'Neither airline has confirmed' reports nothing."""
    found = reported_speech(sentence)
    assert (found[1].speaker if found is not None else None) == speaker


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The harbour board did not say whether the port would reopen in May.", False),
        ("The harbour board would not say how the port would be repaired.", False),
        ("The harbour board never said that the port would reopen in May.", False),
        ("The harbour board didn't say whether the port would reopen in May.", False),
        # Guard: the same sentence without the negation reports.
        ("The harbour board did say that the port would reopen in May.", True),
        ("The harbour board said whether the port would reopen was unclear.", True),
    ],
)
def test_a_negated_cue_reports_nothing(sentence: str, reported: bool) -> None:
    """'did not say whether ...', 'never said that ...': what was not said is no report."""
    assert (reported_speech(sentence) is not None) is reported


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The doctor wrote prescriptions for two doses of the vaccine, to be given orally.", False),
        ("The Home Office announced further restrictions at the border with Wales.", False),
        ("The company added further details about the merger on its website.", False),
        # Guards: a clause after the same cues.
        ("The doctor wrote prescriptions would be needed for two doses of the vaccine.", True),
        ("The senator wrote officials were wrong about the harbour.", True),
    ],
)
def test_a_bare_noun_after_an_object_cue_is_its_object(sentence: str, reported: bool) -> None:
    """'wrote prescriptions for ...', 'announced further restrictions': a thing, not speech."""
    assert (reported_speech(sentence) is not None) is reported


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            (
                "Six in ten voters said the harbour plan was sound, and three-quarters said the"
                " same of the bridge."
            ),
            "the harbour plan was sound",
        ),
        (
            (
                "The port is still on track to reopen, the board said, and Ann Lee, its chair,"
                " said she was preparing plans for the winter."
            ),
            "The port is still on track to reopen",
        ),
        (
            "Most voters said they back the harbour plan; 37 percent disagree.",
            "they back the harbour plan",
        ),
        (
            (
                "The mayor has vowed to consult the council before the vote, and he began that"
                " process on Friday with a dinner."
            ),
            "to consult the council before the vote",
        ),
        (
            # Guards: the sentence ends with its tag; the same source goes on; a list; an
            # apposition of a place.
            (
                "Leeds was the first city to charge for the harbour, Ann Lee said, a practice"
                " that has also been adopted by York."
            ),
            "Leeds was the first city to charge for the harbour",
        ),
        (
            (
                "The board first said the harbour would close, but in a later statement said it"
                " would stay open."
            ),
            "the harbour would close, but in a later statement said it would stay open.",
        ),
        (
            (
                "Two officials said the mayor was ready to go, and disputed claims that she"
                " had said she was forced out."
            ),
            "the mayor was ready to go, and disputed claims that she had said she was forced out.",
        ),
        (
            (
                "Harbour voters favoured Ann Lee in 2020, and Ivo Brandt in 2016, according to"
                " polling by the Harbour Trust."
            ),
            "Harbour voters favoured Ann Lee in 2020, and Ivo Brandt in 2016",
        ),
        (
            (
                "The board said the harbour was paid $2,000; the bridge was paid $3,000; and the"
                " tunnel $4,000."
            ),
            "the harbour was paid $2,000; the bridge was paid $3,000; and the tunnel $4,000.",
        ),
        (
            "Ann Lee said the harbour moves to York, a city that she hoped to win, next year.",
            "the harbour moves to York, a city that she hoped to win, next year.",
        ),
    ],
)
def test_a_report_ends_where_another_source_begins(sentence: str, content: str) -> None:
    """'..., and three-quarters said ...', '...; 37 percent disagree': each source its own."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "Ann Lee disputed what Ivo Brandt had said and insisted that the harbour plan was"
                " sound."
            ),
            "Ann Lee",
        ),
        ("What the board said was that the harbour plan would be delayed.", None),
        # Guard: "what" far from the cue.
        ("What the harbour needs is money, the board said on Friday.", "the board"),
    ],
)
def test_what_was_said_as_an_object_is_no_report(sentence: str, speaker: str | None) -> None:
    """'disputed what Ivo Brandt had said and insisted ...': Lee insists; Brandt reports nothing."""
    found = reported_speech(sentence)
    assert (found[1].speaker if found is not None else None) == speaker


def test_a_report_of_a_report_gives_the_one_quoted() -> None:
    """'He also said ... was a crime, Al Jazeera said': the words are his; the outlet reports."""
    found = reported_speech(
        "He also said what happened to the ferry was a crime and those responsible must be"
        " tried, Harbour Radio said."
    )
    assert found is not None
    assert found[0] == "what happened to the ferry was a crime and those responsible must be tried"
    assert (found[1].speaker, found[1].pronoun) == ("He", True)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The harbour stayed closed after the storm but officials said they would reopen it.",
            "officials",
        ),
        (
            (
                "Three men were charged with the attack, though police have said they suspect it"
                " was ordered by someone else."
            ),
            "police",
        ),
        (
            (
                "In many ways the harbour board has been slow to change, experts say, doing so only"
                " when forced to by the courts."
            ),
            "experts",
        ),
        (
            (
                "The Harbour Lights Trust, a charity named after a lost trawler, said storms had"
                " damaged the pier."
            ),
            "Harbour Lights Trust",
        ),
        (
            (
                "LEEDS (Reuters) - A Yorkshire magistrate on Wednesday refused bail to three men,"
                " saying they could flee."
            ),
            "A Yorkshire magistrate",
        ),
        # The head before a relative clause, not a name inside it.
        (
            "Respondents whose organisations are using the harbour app said it saved time.",
            "Respondents",
        ),
    ],
)
def test_a_bare_plural_after_a_joiner_is_the_subject(sentence: str, speaker: str) -> None:
    """'..., but officials said', '..., experts say,': a clause of its own names its source."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[1].speaker or "") == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Knight, wearing an orange uniform, said little during the hearing on Thursday.",
        "He said a prayer at the harbour; in an interview, he declined to say more.",
        "The mayor said goodbye to the crew at the harbour.",
    ],
)
def test_how_much_or_a_formula_said_is_no_report(sentence: str) -> None:
    """'said little during the hearing', 'said a prayer', 'said goodbye': nothing reported."""
    assert reported_speech(sentence) is None


def test_a_relative_clause_may_stand_between_a_subject_and_its_cue() -> None:
    """'respondents whose organizations are using AI said': the respondents report."""
    found = reported_speech(
        "Nearly three-quarters (74%) of respondents whose harbours use the app said they"
        " wanted fewer tools."
    )
    assert found is not None
    assert found[1].speaker == "Nearly three-quarters (74%) of respondents"


def test_a_relative_clause_with_its_own_cue_gives_no_speaker_before_it() -> None:
    """'hackers who harbour officials say is tied to ...': the hackers report nothing."""
    found = reported_speech(
        "They cited the case of Guccifer, a group of hackers who harbour officials say is tied"
        " to a spy agency."
    )
    assert found is None or found[1].speaker != "a group of hackers"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "Last year the government announced £200 million investment for harbours in Wales.",
            False,
        ),
        (
            (
                "The government announced a package of measures to provide support to ensure the"
                " impact of the storm is minimised."
            ),
            False,
        ),
        (
            (
                "The minister announced the establishment of a Harbour Species Reintroduction"
                " Taskforce, led by Natural Wales."
            ),
            False,
        ),
        ("The group claimed responsibility for the attack on the harbour in May.", False),
        ("The harbour board explained the process and the council is considering it.", False),
        # Guards: a clause after the same cues.
        (
            (
                "Yesterday the government announced people aged 12 to 15 in Wales will be offered a"
                " harbour pass."
            ),
            True,
        ),
        ("The minister claimed the harbour plan was a success for the town.", True),
        ("The board explained the delay was caused by the storm in May.", True),
    ],
)
def test_announcing_a_sum_or_a_thing_is_no_report(sentence: str, reported: bool) -> None:
    """'announced £200 million investment', 'claimed responsibility': an act, not words."""
    assert (reported_speech(sentence) is not None) is reported


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "JAKARTA, Aug. 3 (Xinhua) -- A quake rocked the harbour on Friday, the agency said.",
            "A quake rocked the harbour on Friday",
            "the agency",
        ),
        (
            "NEW YORK (Reuters) - Harbour Capital LP said the store may be in default on its debt.",
            "the store may be in default on its debt.",
            "Harbour Capital LP",
        ),
        # Guard: a sentence with no dateline keeps its opening words.
        (
            "NATO troops left the harbour on Friday, the agency said.",
            "NATO troops left the harbour on Friday",
            "the agency",
        ),
    ],
)
def test_a_wire_dateline_is_no_part_of_what_is_reported(
    sentence: str, content: str, speaker: str
) -> None:
    """'TOKYO, Sept. 9 (Xinhua) -- ...': the dateline is the wire's, not the words reported."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "Neiman Marcus said on Tuesday it moved the harbour business to an entity.",
            "it moved the harbour business to an entity.",
            "said",
        ),
        (
            "Robert Masese said in April that more money needed to be invested.",
            "more money needed to be invested.",
            "said",
        ),
        (
            "The authority also said in a press statement it had begun closing businesses.",
            "it had begun closing businesses.",
            "said in a press statement",
        ),
        (
            "Bond told shareholders he did not have enough support to continue.",
            "he did not have enough support to continue.",
            "told shareholders",
        ),
        (
            "The minister told the committee the harbour budget was balanced.",
            "the harbour budget was balanced.",
            "told the committee",
        ),
        # Guard: an aside before "that".
        ("Ann Lee said Thursday that the harbour was closed.", "the harbour was closed.", "said"),
    ],
)
def test_when_and_where_it_was_said_and_to_whom_are_no_content(
    sentence: str, content: str, cue: str
) -> None:
    """'said on Tuesday it moved', 'told shareholders he ...': the content is the clause."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].cue) == (content, cue)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            (
                "The transfer may have made the company insolvent, Marble Ridge said in the letter"
                " dated Sept. 18 and seen by Reuters."
            ),
            "The transfer may have made the company insolvent",
            "Marble Ridge",
        ),
        (
            "Twenty people died in the harbour, Ann Lee, the director of the agency, said.",
            "Twenty people died in the harbour",
            "Ann Lee",
        ),
        (
            (
                "Twenty people died in the harbour, Ann Lee, the director of the agency, wrote in a"
                " memo to the board."
            ),
            "Twenty people died in the harbour",
            "Ann Lee",
        ),
        # Guard: a clause after the cue is the content, not the end of an attribution.
        (
            (
                "Writing on social media, Monson, who has ties to the party, said he ran as an"
                " independent."
            ),
            "he ran as an independent.",
            "Monson",
        ),
    ],
)
def test_an_attribution_after_the_words_may_carry_an_apposition_or_a_document(
    sentence: str, content: str, speaker: str
) -> None:
    """'..., Ann Lee, the director, said.' and '..., X said in the letter dated ...': X speaks."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("May, he said, could be strengthened by the party's own rules.", "he"),
        ("That, said Cowley, could see the government collapsing.", "Cowley"),
        ("Investment, official says, helped the global economy after the crisis.", "official"),
    ],
)
def test_a_one_word_subject_before_an_inset_attribution_is_reported_whole(
    sentence: str, speaker: str
) -> None:
    """'That, said Cowley, could see ...': the sentence around the attribution is what he said."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (sentence, speaker)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Wells Fargo has since filed an appeal, saying the law has a five-year limit.",
            "Wells Fargo",
        ),
        ("Fico was quick to reject any shake-up, saying it would undermine the result.", "Fico"),
        # Guard: a plural noun after a name is no verb.
        ("Republican politicians filed an appeal, saying the law has a five-year limit.", None),
    ],
)
def test_the_subject_before_an_auxiliary_speaks_in_its_participle(
    sentence: str, speaker: str | None
) -> None:
    """'Wells Fargo has since filed an appeal, saying ...': Wells Fargo says it."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


def test_insisting_on_an_act_reports_no_words() -> None:
    """'insists on retaking the province' is a demand for an act, not reported speech."""
    assert (
        reported_speech(
            "The Yemeni government insists on retaking the harbour province where its forces"
            " have been engaged in battles."
        )
        is None
    )
    assert reported_speech("The government insists the province will be retaken.") is not None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "President Peter Mutharika has since said the harbour should have an honest debate.",
            "Peter Mutharika",
        ),
        (
            "The archdiocese said the priest had been removed from the harbour parish.",
            "The archdiocese",
        ),
    ],
)
def test_has_since_said_and_church_bodies_name_their_source(sentence: str, speaker: str) -> None:
    """'X has since said ...', 'The archdiocese said ...': the source is read."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Scholars push to end the harbour policy, which critics say has led to evictions.",
            "critics",
        ),
        (
            "The rule covers rebates to brokers that critics say contribute to harbour fees.",
            "critics",
        ),
        (
            "The harbour chief resigned after city officials said procedures had been violated.",
            "city officials",
        ),
    ],
)
def test_the_source_of_a_clause_inside_the_sentence_is_read(sentence: str, speaker: str) -> None:
    """'..., which critics say has led to ...', '... after city officials said ...': read."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


def test_a_company_announcing_a_thing_after_a_clause_opening_is_no_source() -> None:
    """'... after the company announced a rescue plan': an act, whose subject is not read."""
    found = reported_speech(
        "Shares in the harbour firm lost more than half their value on Monday after the company"
        " announced a rescue plan that envisaged converting much of its debt into new shares."
    )
    assert found is None or not found[1].speaker


def test_a_possessive_place_before_a_post_is_an_apposition() -> None:
    """'Freeman, Minneapolis’ top prosecutor, had delayed ..., saying ...': Freeman says it."""
    found = reported_speech(
        "Freeman, Minneapolis’ top prosecutor, had delayed his decision in December, saying his"
        " office needed more time."
    )
    assert found is not None
    assert found[1].speaker == "Freeman"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "But Mayor Thomas M. Menino’s administration was not ready to give up, saying the"
                " harbour neighborhood should get to vote."
            ),
            "Mayor Thomas M. Menino’s administration",
        ),
        (
            (
                "Loblaw’s executives played down antitrust concerns, saying their company controls"
                " about 5 percent of the harbour business."
            ),
            "Loblaw’s executives",
        ),
    ],
)
def test_a_source_a_name_owns_speaks_in_the_participle(sentence: str, speaker: str) -> None:
    """'Mayor Menino’s administration was not ready ..., saying ...': the administration says it."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            (
                "Over 40 countries will take part in a harbour drill, UNESCO (UN Educational,"
                " Scientific and Cultural Organization) said Thursday."
            ),
            "Over 40 countries will take part in a harbour drill",
            "UNESCO",
        ),
        # Guard: a sentence set in brackets whole keeps its attribution.
        (
            "(The French, it turns out, are big fans of the show, Mr. Madden said.)",
            "(The French, it turns out, are big fans of the show",
            "Mr. Madden",
        ),
    ],
)
def test_a_comma_inside_a_gloss_opens_no_attribution(
    sentence: str, content: str, speaker: str
) -> None:
    """'UNESCO (UN Educational, Scientific and Cultural Organization) said': UNESCO said it."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            (
                "Mr. Brooks, the F.B.I. spokesman, said the inquiry had taken four years, a result,"
                " he said, of the complexity of the harbour case."
            ),
            (
                "the inquiry had taken four years, a result, he said, of the complexity of the"
                " harbour case."
            ),
            "Mr. Brooks",
        ),
        (
            "Senior government officials have said publicly that the harbour was closed.",
            "the harbour was closed.",
            "Senior government officials",
        ),
    ],
)
def test_the_first_cue_of_a_sentence_reports_it(sentence: str, content: str, speaker: str) -> None:
    """'Mr. Brooks ... said ..., a result, he said, of ...': Brooks's report, not an inset "he"."""
    found = reported_speech(sentence)
    assert found is not None
    assert (found[0], found[1].speaker) == (content, speaker)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            (
                "Opposition politicians have scoffed at the promise, saying Duque will be"
                " obliged to make deals."
            ),
            "Duque will be obliged to make deals.",
        ),
        (
            "Van Dyke testified in his own defense, saying he feared for his safety.",
            "he feared for his safety.",
        ),
    ],
)
def test_a_phrase_after_the_cue_then_saying_gives_the_words_after_saying(
    sentence: str, content: str
) -> None:
    """In "scoffed at the promise, saying X", X is what was said, not the phrase before it."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Griffiths said at a news conference on Monday that the talks are focused on ports.",
            "the talks are focused on ports.",
        ),
        (
            "Officials warned before the storm that the rains could taint waterways.",
            "the rains could taint waterways.",
        ),
        # Guard: "that" after the circumstance is a relative, the words are all of it.
        (
            "The ministry said on its website the inspection team that visited Didi was large.",
            "on its website the inspection team that visited Didi was large.",
        ),
    ],
)
def test_where_and_when_a_cue_was_said_is_no_part_of_the_words(sentence: str, content: str) -> None:
    """A circumstance between the cue and its "that" ("said at a news conference that") is cut."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content


def test_a_report_in_a_relative_clause_is_the_named_subjects() -> None:
    """'Ann Lee praised Ivo Brandt for ... - moves that she said improved ...': Lee reports it."""
    found = reported_speech(
        "At a news conference before a town hall in the capital, Ann Lee praised Ivo Brandt for"
        " cutting taxes and paring rules - moves that she said improved the state's economy."
    )
    assert found is not None
    assert found[0] == "improved the state's economy."
    assert found[1].speaker == "Ann Lee"


def test_a_relative_clause_at_the_end_is_no_source_after_the_content() -> None:
    """'X has blasted the system, which he said runs ...': no '..., he said' at the end."""
    found = reported_speech(
        "Ann Lee has blasted the delegate system, which he said runs the risk of leaving voters"
        " out."
    )
    assert found is not None
    assert found[0] == "runs the risk of leaving voters out."


@pytest.mark.parametrize(
    "sentence",
    [
        "On top of these measures, the Budget confirms an additional £2.4 billion for them.",
        "Levelling Up Secretary confirms £53.9 billion funding package for councils",
    ],
)
def test_confirming_a_sum_is_an_act_not_a_report(sentence: str) -> None:
    """'the Budget confirms an additional £2.4 billion': a grant, not speech."""
    assert reported_speech(sentence) is None


def test_confirming_a_clause_is_a_report() -> None:
    """'experts have confirmed our arrangements remain sufficient' reports what they said."""
    found = reported_speech(
        "Public health experts have confirmed our arrangements remain sufficient to deal with"
        " the new variants."
    )
    assert found is not None
    assert found[1].speaker == "Public health experts"


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "* Aircraft in and around Goma, North Kivu have reported experiencing "
            "interference with GPS flight systems."
        ),
        "Officials in Kyiv, Ukraine said the talks had failed.",
        "Pilots flying near Goma, North Kivu, have reported interference with GPS systems.",
    ],
)
def test_the_region_after_a_place_is_no_speaker(sentence: str) -> None:
    """'Officials in Kyiv, Ukraine said': Ukraine says where Kyiv is; it did not speak."""
    found = reported_speech(sentence)
    assert found is None or found[1].speaker not in {"North Kivu", "Ukraine"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Back in Washington, Obama said the talks had failed.", "Obama"),
        ("Speaking in Paris, Macron said the talks had failed.", "Macron"),
        ("But in May, Bloomberg reported that Qualcomm was exploring a sale.", "Bloomberg"),
        ("At a press conference in Chelsea, the mayor said that it was too early.", "the mayor"),
    ],
)
def test_a_name_after_an_opening_phrase_with_a_place_still_speaks(
    sentence: str, speaker: str
) -> None:
    """An adverb, participle, conjunction or preposition before the place keeps the subject."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[1].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            (
                "Aircraft in and around Goma, local pilots have reported experiencing "
                "interference with GPS systems."
            ),
            "experiencing interference with GPS systems.",
        ),
        ("Two children died, local media reported quoting hospital sources.", "Two children died"),
    ],
)
def test_a_gerund_after_reported_is_its_content(sentence: str, content: str) -> None:
    """'X have reported hearing explosions': the gerund is what was reported."""
    found = reported_speech(sentence)
    assert found is not None
    assert found[0] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Ask if they have reported the incident to the Consular Section in Lagos.",
        "She reported the assault to police in 2015.",
        "He reported it to the embassy the next day.",
    ],
)
def test_reporting_a_thing_to_someone_is_no_report_of_words(sentence: str) -> None:
    """'reported the incident to the police' tells of an act; no content is reported."""
    assert reported_speech(sentence) is None


def test_reported_with_a_clause_still_reports() -> None:
    """'He reported the company was losing money' reports its clause."""
    found = reported_speech("He reported the company was losing money.")
    assert found is not None
    assert found[0] == "the company was losing money."


def test_a_list_of_names_is_no_content() -> None:
    """'A, B, C and D have declared no activity': the names are the subject, not what was said."""
    found = reported_speech(
        "Richard Collier-Keywood, Stuart Hobley, Helen Stephenson and Peter Stewart have "
        "declared no activity."
    )
    assert found is None or not found[0].startswith("Richard")


def test_a_clause_before_a_tail_attribution_is_still_content() -> None:
    """'Ann Lee, Bo Chan and Li Wei won, officials said': a clause with a verb is content."""
    found = reported_speech("Ann Lee, Bo Chan and Li Wei won seats, officials said.")
    assert found is not None
    assert found[0] == "Ann Lee, Bo Chan and Li Wei won seats"
