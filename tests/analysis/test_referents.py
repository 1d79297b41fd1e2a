"""Tests for pronoun resolution in newsdiff._analysis._referents."""

from __future__ import annotations

import pytest

from newsdiff._analysis._referents import REACH, Referents, gender_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Ann Lee", "f"),
        ("Mr. Tom Hill", "m"),
        ("the spokeswoman Ann Lee", "f"),
        ("Tom Hill, her husband,", "m"),
        ("Ann Lee", None),
        ("the mother and father", None),
    ],
)
def test_gender_of_reads_titles_and_roles_only(text: str, expected: str | None) -> None:
    """Courtesy titles and gendered roles tell the gender; bare names and mixes do not."""
    assert gender_of(text) == expected


def test_he_and_she_take_the_latest_compatible_speaker() -> None:
    """A pronoun skips speakers of the other gender and learns unknown genders."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True, context="the mayor, Ann Lee, a mother of two")
    found.speaker(1, "Tom Hill", named=True)
    assert found.resolve(1, "he") == "Tom Hill"
    assert found.resolve(1, "she") == "Ann Lee"


def test_pronouns_do_not_reach_beyond_the_limit() -> None:
    """A speaker more than REACH paragraphs back is not what a pronoun stands for."""
    found = Referents()
    found.speaker(0, "Tom Hill", named=True)
    assert found.resolve(REACH, "he") == "Tom Hill"
    assert found.resolve(REACH + 1, "he") is None


def test_a_run_of_pronouns_paragraph_after_paragraph_keeps_its_speaker() -> None:
    """A "..., she said" in each paragraph keeps the speaker in reach past the limit."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True)
    for paragraph in range(1, 2 * REACH):
        assert found.resolve(paragraph, "she", run=True) == "Ann Lee"


def test_a_speaker_kept_by_a_run_is_in_reach_of_any_pronoun_near_its_last() -> None:
    """Past the name's limit, a pronoun near the run's last ("In 2010, he warned") reaches it."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True)
    for paragraph in range(1, REACH + 2):
        found.resolve(paragraph, "she", run=True)
    assert found.resolve(REACH + 2, "she") == "Ann Lee"
    assert found.resolve(2 * REACH + 2, "she") is None


def test_pronouns_in_narration_keep_no_speaker_in_reach() -> None:
    """A pronoun whose words do not open their sentence keeps nobody in reach past the limit."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True)
    for paragraph in range(1, REACH + 1):
        assert found.resolve(paragraph, "she") == "Ann Lee"
    assert found.resolve(REACH + 1, "she", run=True) is None


def test_a_run_broken_by_a_few_paragraphs_without_the_pronoun_goes_on() -> None:
    """A run's pronoun keeps its speaker in reach for as many paragraphs as a name does."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True)
    assert found.resolve(2, "she", run=True) == "Ann Lee"
    assert found.resolve(2 + REACH, "she") == "Ann Lee"
    assert found.resolve(3 + 2 * REACH, "she", run=True) is None


def test_a_subject_narrated_after_a_speaker_kept_by_pronouns_wins() -> None:
    """Past the limit, any subject narrated since the speaker's name outranks the speaker."""
    found = Referents()
    found.speaker(0, "Calderon", named=True)
    for paragraph in range(1, REACH + 2):
        found.resolve(paragraph, "he", run=True)
    found.narration(REACH + 2, "Trump also took swipes at Bush.")
    assert found.resolve(REACH + 3, "he", run=True) == "Trump"


def test_plural_and_neuter_pronouns_prefer_collective_sources() -> None:
    """“they” and “it” go to a collective source; “it” never to a person."""
    found = Referents()
    assert found.resolve(0, "it") is None
    found.speaker(0, "Tom Hill", named=True)
    assert found.resolve(0, "they") == "Tom Hill"
    assert found.resolve(0, "it") is None
    found.speaker(1, "the ministry", named=False)
    found.speaker(1, "Ann Lee", named=True)
    assert found.resolve(1, "they") == "the ministry"
    assert found.resolve(1, "it") == "the ministry"


def test_narration_names_are_a_fallback() -> None:
    """A named subject of narration serves when no quoted speaker fits."""
    found = Referents()
    found.narration(0, "The rally ended early.")
    assert found.resolve(0, "he") is None
    found.narration(0, "Tom Hill went on to explain his plan.")
    assert found.resolve(0, "he") == "Tom Hill"
    found.speaker(1, "Ann Lee", named=True, context="Ms. Ann Lee")
    assert found.resolve(1, "he") == "Tom Hill"
    assert found.resolve(1, "she") == "Ann Lee"


def test_first_person_is_the_writer_and_resolves_to_nobody() -> None:
    """An "I asked him" outside a quotation is the writer: never the last person named."""
    found = Referents()
    found.speaker(0, "Tom Hill", named=True, context="Tom Hill")
    found.narration(0, "Ann Lee went on to explain her plan.")
    assert found.resolve(0, "I") is None
    assert found.resolve(0, "me") is None
    assert found.resolve(0, "he") == "Tom Hill"


def test_first_person_plural_is_the_newsroom_and_resolves_to_nobody() -> None:
    """A "we asked" outside a quotation is the newsroom: not the last body named."""
    found = Referents()
    found.speaker(0, "the ministry", named=False, context="the ministry")
    found.speaker(0, "Tom Hill", named=True, context="Tom Hill")
    assert found.resolve(0, "We") is None
    assert found.resolve(0, "us") is None
    assert found.resolve(0, "they") == "the ministry"


def test_a_number_opening_a_sentence_is_no_narrated_name() -> None:
    """A sentence opening "Nine months ago" gives no name for a later "he" to stand for."""
    found = Referents()
    found.narration(0, "Nine months ago, the president seemed a spent force.")
    assert found.resolve(0, "he") is None


@pytest.mark.parametrize(
    "sentence", ["But Rivas isn’t interested.", "Still Rivas didn't answer the call."]
)
def test_a_name_after_a_conjunction_or_with_a_negated_verb_is_narrated(sentence: str) -> None:
    """'But Rivas isn’t interested.' then '“...,” she said': she is Rivas."""
    found = Referents()
    found.narration(0, sentence)
    assert found.resolve(1, "she") == "Rivas"


def test_a_possessive_opening_a_sentence_is_no_narrated_name() -> None:
    """'Brandt's aides say ...': the aides are the subject, not a person called "Brandt's"."""
    found = Referents()
    found.narration(0, "Brandt's aides say the count is wrong.")
    assert found.resolve(1, "he") is None


@pytest.mark.parametrize(
    ("sentence", "name", "after_speaker"),
    [
        # One word never seen as part of a full name may be no person: the
        # speaker before it stays.
        ("Fetter, for her part, continued to program at the college.", "Fetter", "Mission Control"),
        ("Later, Sarah studied oceanography as a graduate student.", "Sarah", "Mission Control"),
        # A full name narrated after the speaker is the more recent person.
        (
            "As a student in the 1980s, Sarah Gille took a class on chaos.",
            "Sarah Gille",
            "Sarah Gille",
        ),
    ],
)
def test_a_name_after_an_opening_phrase_or_before_an_aside_is_narrated(
    sentence: str, name: str, after_speaker: str
) -> None:
    """'Later, Sarah studied ...' then '“...,” she said': she is Sarah."""
    found = Referents()
    found.speaker(0, "Mission Control", named=True)
    found.narration(1, sentence)
    assert found.resolve(2, "she") == after_speaker
    found = Referents()
    found.narration(0, "Mission Control had to choose.")
    found.narration(1, sentence)
    assert found.resolve(2, "she") == name


@pytest.mark.parametrize(
    "sentence",
    ["Rivas kept the letters for years.", "Rivas will travel to the capital on Monday."],
)
def test_a_name_before_an_irregular_past_or_a_modal_is_narrated(sentence: str) -> None:
    """'Rivas kept ...' or 'Rivas will travel ...' then '“...,” she said': she is Rivas."""
    found = Referents()
    found.narration(0, sentence)
    assert found.resolve(1, "she") == "Rivas"


@pytest.mark.parametrize(
    "sentence",
    [
        "As supporters waited in the hall, Pia Lund took to the stage.",
        "In a brief interview on Friday, Pia Lund rejected the idea.",
        "Days after the vote, Pia Lund resigned.",
    ],
)
def test_the_subject_after_an_opening_phrase_is_narrated(sentence: str) -> None:
    """A name after an opening phrase or clause is the sentence's subject, for "she said"."""
    found = Referents()
    found.narration(0, sentence)
    assert found.resolve(0, "she") == "Pia Lund"


def test_a_titled_narrated_subject_is_the_person() -> None:
    """In "Culture Minister Pia Lund also spoke" the narrated subject is Pia Lund, not the title."""
    found = Referents()
    found.narration(1, "French Culture Minister Pia Lund also spoke against the plan.")
    assert found.resolve(1, "she") == "Pia Lund"


def test_them_of_a_partitive_is_a_group_not_the_last_person() -> None:
    """'Many of them said ...' goes to a collective source, never to the last person named."""
    found = Referents()
    found.speaker(0, "Kim Lee", named=True)
    assert found.resolve(1, "them") is None
    found.speaker(1, "opposition lawmakers", named=False)
    assert found.resolve(2, "them") == "opposition lawmakers"


def test_a_known_person_opening_the_words_reported_leaves_a_rival_reading_open() -> None:
    """In "Moss has backed the bill ..., she said" Moss or the last speaker may speak: None."""
    found = Referents()
    found.speaker(0, "Ella Moss", named=True, context="Ms. Ella Moss")
    found.speaker(1, "Ann Lee", named=True, context="the spokeswoman Ann Lee")
    before = "Moss has backed the bill since May"
    assert found.resolve(1, "she", avoid=before, before=before) is None
    assert found.resolve(1, "she") == "Ann Lee"


def test_a_new_full_name_opening_the_words_reported_leaves_the_pronoun_open() -> None:
    """A pronoun after "Ella Moss grew up in Ohio" with Moss new is no one for sure."""
    found = Referents()
    found.speaker(0, "Tom Ruiz", named=True)
    before = "Ella Moss grew up in Ohio"
    assert found.resolve(0, "she", avoid=before, before=before) is None


def test_a_person_of_the_other_gender_opening_the_words_does_not_block() -> None:
    """In "Mr. Hill is wrong, she said" he is spoken of; the last woman speaks."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True, context="Ms. Ann Lee")
    before = "Mr. Tom Hill is wrong about the plan"
    assert found.resolve(0, "she", avoid=before, before=before) == "Ann Lee"


def test_a_place_only_narrated_is_not_taken_for_the_pronoun() -> None:
    """A one-word name seen only in narration ("Ohio is ...") may be a place."""
    found = Referents()
    found.speaker(0, "Tom Ruiz", named=True)
    found.narration(0, "Ohio is also at the court.")
    before = "Ohio was only doing what others do"
    assert found.resolve(1, "he", avoid=before, before=before) == "Tom Ruiz"


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Ines Valdo, a harbour commissioner who warned of the deficit’s dangers in the past,"
            " nevertheless played down that threat."
        ),
        "Ines Valdo, a harbour commissioner, played down that threat.",
    ],
)
def test_a_full_name_before_a_long_apposition_is_narrated(sentence: str) -> None:
    """'Ines Valdo, a commissioner who warned ..., nevertheless played down ...': she is Valdo."""
    found = Referents()
    found.speaker(0, "Tom Reyes", named=True)
    found.narration(1, sentence)
    assert found.resolve(2, "she") == "Ines Valdo"


@pytest.mark.parametrize(
    "sentence",
    [
        "John A. Hill, the chairman of the Harbour Fund, was one investor who voted against it.",
        (
            "Gina Moss, who took the harbour board to court in her long battle to secure a"
            " public vote on the sale of the port, described the day as extraordinary."
        ),
        "Joseph R. Marsh Jr., a lawyer in Leeds, later came out against the plan.",
    ],
)
def test_a_name_with_initials_or_a_long_aside_is_narrated(sentence: str) -> None:
    """'John A. Hill, the chairman ..., was': initials and a long aside keep the subject."""
    found = Referents()
    found.speaker(0, "Ivo Brandt", named=True)
    found.narration(1, sentence)
    assert found.resolve(1, "she" if "Gina" in sentence else "he") not in {None, "Ivo Brandt"}


def test_a_body_named_by_initials_is_no_he_or_she() -> None:
    """'CPJ said ...', then '“...,” he said': initials name a body, not a man."""
    found = Referents()
    found.speaker(0, "Ivo Brandt", named=True)
    found.speaker(1, "CPJ", named=True)
    assert found.resolve(1, "he") == "Ivo Brandt"
    assert found.resolve(1, "they") == "CPJ"


def test_a_particle_left_out_of_a_surname_still_names_the_person() -> None:
    """'Mohammad al-Otaibi', then 'Otaibi walked ...': the same person, so 'he' is Otaibi."""
    found = Referents()
    found.speaker(0, "Mohammad al-Otaibi", named=True)
    found.speaker(1, "the ministry", named=False)
    found.speaker(1, "Ann Lee", named=True, context="Ms. Ann Lee")
    found.speaker(1, "Ivo Brandt", named=True)
    found.narration(2, "Opening the cupboards, Otaibi walked through the building.")
    assert found.resolve(2, "he") == "Otaibi"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A 29-year-old Leeds woman, meanwhile, received a fine in July.",
            "A 29-year-old Leeds woman",
        ),
        ("At the Moss home, the doctor's widow rocked her baby and wept.", "the doctor's widow"),
        # Guards: what befell the one described; not one gender.
        ("A woman was arrested in Leeds on Friday.", "Ann Lee"),
        ("The harbour workers walked out on Friday.", "Ann Lee"),
    ],
)
def test_a_person_described_by_a_gendered_noun_is_narrated(sentence: str, expected: str) -> None:
    """'A 29-year-old Leeds woman received ...', then 'she wrote': the woman described."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True, context="Ms. Ann Lee")
    found.narration(1, sentence)
    assert found.resolve(1, "she") == expected


def test_a_participle_opening_a_sentence_is_no_narrated_name() -> None:
    """'Opening cupboards, filing cabinets ..., Otaibi walked': 'Opening' is no one, Otaibi is."""
    found = Referents()
    found.speaker(0, "CPJ", named=True)
    found.narration(1, "Opening cupboards, filing cabinets and panels, Otaibi walked through.")
    assert found.resolve(1, "he") == "Otaibi"
    found = Referents()
    found.speaker(0, "CPJ", named=True)
    found.narration(1, "Opening the cupboards was hard work for the staff.")
    assert found.resolve(1, "he") is None
    found.narration(1, "Fleming said the harbour was closed.")
    assert found.resolve(1, "he") == "Fleming"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "expected"),
    [
        ("In a memo that Mr. Lee sent to the board, he wrote", "he", "Mr. Lee"),
        ("After Ms. Moss met the board, she said", "she", "Ms. Moss"),
        # Guards: two people; a place; a gender that does not fit; no title, never met.
        ("After Mr. Lee met Mr. Roe, he said", "he", None),
        ("In New York, he said", "he", None),
        ("After Ms. Moss met the board, he said", "he", None),
        ("After Ann Moss met the board, she said", "she", None),
    ],
)
def test_an_opening_phrase_naming_one_person_gives_the_pronoun_after_it(
    sentence: str, pronoun: str, expected: str | None
) -> None:
    """'In a memo that Mr. Lee sent ..., he wrote': he is Mr. Lee, and stays the last speaker."""
    found = Referents()
    found.speaker(0, "Ivo Brandt", named=True)
    assert found.opening_subject(1, sentence, pronoun) == expected
    if expected is not None:
        assert found.resolve(1, pronoun) == expected


def test_a_full_name_after_opening_phrases_is_narrated() -> None:
    """'FINALLY, if investors worry, Michael Metz, the strategist, advises ...': Metz."""
    found = Referents()
    found.speaker(0, "Mr. Mauro", named=True)
    found.narration(
        1,
        "FINALLY, if investors are worried about the dollar, Michael Metz, the chief"
        " strategist at the Harbour Fund, advises them to buy gold.",
    )
    assert found.resolve(1, "he") == "Michael Metz"


def test_a_name_inside_a_clause_of_another_subject_is_not_narrated() -> None:
    """'On Sunday, she disclosed that after the storm, Ivo Brandt called her': not Brandt."""
    found = Referents()
    found.speaker(0, "Ann Lee", named=True, context="Ms. Ann Lee")
    found.narration(1, "On Sunday, she disclosed that after the storm, Ivo Brandt called her.")
    assert found.resolve(1, "she") == "Ann Lee"


def test_they_never_stands_for_a_name_only_narrated() -> None:
    """'Metroid Prime plotted its revenge ... They told of a cauldron': not Metroid Prime."""
    found = Referents()
    found.narration(0, "In its solitude, Metroid Prime plotted its revenge against the universe.")
    assert found.resolve(0, "They") is None


@pytest.mark.parametrize(
    ("plural", "pronoun", "person", "name"),
    [
        (
            "Coal miners are still smarting from the remarks.",
            "she",
            "Ann Lee says she won.",
            "Ann Lee",
        ),
        (
            "Tarot cards, never mainstream, didn’t exactly disappear.",
            "he",
            "Smith says, however, that the harbour is safe.",
            "Smith",
        ),
    ],
)
def test_a_plural_noun_after_a_modifier_is_no_narrated_name(
    plural: str, pronoun: str, person: str, name: str
) -> None:
    """'Coal miners are ...', 'Tarot cards, never ...,' name no one; 'Smith says' does."""
    found = Referents()
    found.narration(0, plural)
    assert found.resolve(0, pronoun) is None
    found.narration(0, person)
    assert found.resolve(0, pronoun) == name


def test_a_newspaper_named_alone_is_never_he() -> None:
    """'According to the Telegraph, Javid wrote ...': a later "he" is no "Telegraph"."""
    found = Referents()
    found.speaker(0, "Javid", named=True)
    found.speaker(1, "Telegraph", named=True)
    assert found.resolve(1, "he") == "Javid"


@pytest.mark.parametrize(
    ("speaker", "pronoun", "resolved"),
    [
        # A body named with its article is never "he"; initials are "it".
        ("the Harbour Front", "he", None),
        ("ICO", "it", "ICO"),
        ("Analysts", "she", None),
        # One person described by a noun is never "they"; a member of a body is one person.
        ("the prosecutor", "they", None),
        ("a member of the New Harbour Movement", "he", "a member of the New Harbour Movement"),
        # Guard: a clergyman's title after "the" names a person.
        ("the Rev. Tom Hill", "he", "the Rev. Tom Hill"),
    ],
)
def test_bodies_groups_and_persons_take_their_own_pronouns(
    speaker: str, pronoun: str, resolved: str | None
) -> None:
    """'the Harbour Front' is no 'he', 'ICO' is 'it', 'the prosecutor' is no 'they'."""
    found = Referents()
    found.speaker(0, speaker, named=any(word[:1].isupper() for word in speaker.split()))
    assert found.resolve(0, pronoun) == resolved


def test_a_noun_for_a_thing_opening_narration_is_no_person() -> None:
    """A thing's noun ("Construction started in 1946") names no one a later "he" stands for."""
    found = Referents()
    found.narration(0, "Construction started in 1946.")
    assert found.resolve(1, "he") is None
    found.narration(1, "Tom Ness went on to explain his plan.")
    assert found.resolve(1, "he") == "Tom Ness"


def test_a_name_before_a_long_description_is_narrated() -> None:
    """A name, an aside of up to 160 characters, then its verb: the narrated person."""
    found = Referents()
    found.narration(
        0,
        "Riyadh Yosif, a day laborer who walked across the bridge to look for work in the"
        " industrial area on the other side of the river each morning, described his shock.",
    )
    assert found.resolve(1, "he") == "Riyadh Yosif"


def test_a_hyphenated_newspaper_is_never_he() -> None:
    """An outlet ("the Times-Picayune reported") is no one a later "he" stands for."""
    found = Referents()
    found.speaker(0, "Times-Picayune", named=True)
    assert found.resolve(0, "he") is None
    found.speaker(0, "Paul Pastorek", named=True)
    found.speaker(0, "Chicago Sun-Times", named=True)
    assert found.resolve(0, "he") == "Paul Pastorek"


def test_a_name_set_off_after_a_description_is_narrated() -> None:
    """In "The White House press secretary, Tony Snow, criticized ..." Snow is narrated."""
    found = Referents()
    found.speaker(0, "Mitch McConnell", named=True)
    found.narration(1, "The White House press secretary, Tony Snow, criticized the plans.")
    assert found.resolve(2, "he") == "Tony Snow"


def test_one_person_described_by_a_post_is_narrated_as_a_fallback() -> None:
    """After "the Chinese envoy thanked ...", a "he" with no speaker before is the envoy."""
    found = Referents()
    found.narration(0, "On his part, the Chinese envoy thanked all the partners.")
    assert found.resolve(1, "he") == "the Chinese envoy"


def test_one_described_by_a_post_does_not_outrank_a_named_speaker() -> None:
    """A named speaker before "An engineer called to inspect it warned" keeps a later "he"."""
    found = Referents()
    found.speaker(0, "Main Uddin Khandaker", named=True)
    found.narration(1, "An engineer called to inspect the structure warned that it was unsafe.")
    assert found.resolve(2, "he") == "Main Uddin Khandaker"


def test_a_body_named_on_a_subject_is_never_he() -> None:
    """The "Commission on Presidential Debates" is a body: a later "he" skips it."""
    found = Referents()
    found.speaker(0, "Donald Trump", named=True)
    found.speaker(1, "Commission on Presidential Debates", named=True)
    assert found.resolve(1, "he") == "Donald Trump"


def test_a_relative_clause_narrates_the_person_it_makes_act() -> None:
    """'... the intervention of Lord Myners, the former minister, who negotiated ...': Myners."""
    found = Referents()
    found.narration(
        0,
        "However, this argument appeared to be undermined by the intervention of Lord Myners, "
        "the former minister, who negotiated the RBS deal.",
    )
    assert found.met("Myners")


def test_a_relative_clause_after_a_phrase_of_time_narrates_no_time() -> None:
    """'In September, the home of a man was raided by police, who confiscated ...': no one."""
    found = Referents()
    found.narration(
        0,
        "In September, the home of a 26-year-old Berlin man was raided by police, who "
        "confiscated his computer.",
    )
    assert not found.met("September")
