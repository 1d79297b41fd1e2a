"""Word-level edits and their categories."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff import Edit, EditCategory, EditKind
from newsdiff._compare._words import (
    categorise,
    changes_facts,
    figures_in,
    names_in,
    quoted_spans,
    tokenize,
    word_edits,
)


def test_tokens_keep_figures_and_contractions_whole() -> None:
    """Figures with separators and words with apostrophes are single tokens."""
    assert tokenize("Iran’s 12,300 troops can't stay.") == [
        "Iran’s", " ", "12,300", " ", "troops", " ", "can't", " ", "stay", ".",
    ]  # fmt: skip


def test_tokens_cover_the_text_exactly() -> None:
    """Joining the tokens gives back the text, whitespace included."""
    text = "He said:  “No — never.”\tThen\u00a0left…"
    assert "".join(tokenize(text)) == text


def test_equal_texts_have_no_edits() -> None:
    """Identical sentences yield no edits and no category."""
    assert word_edits("Same text.", "Same text.") == ((), None)


def test_edit_offsets_point_into_both_texts() -> None:
    """Each edit's old and new text sit at their stated offsets."""
    old, new = "Rebels took Hama on Thursday.", "Rebels seized Hama late on Friday."
    edits, _ = word_edits(old, new)
    for e in edits:
        assert old[e.old_start : e.old_start + len(e.old)] == e.old
        assert new[e.new_start : e.new_start + len(e.new)] == e.new


def test_insert_and_delete_kinds() -> None:
    """Pure insertions and deletions are told apart from replacements."""
    inserted, _ = word_edits("Rebels took Hama.", "Rebels took central Hama.")
    deleted, _ = word_edits("Rebels took central Hama.", "Rebels took Hama.")
    assert [e.kind for e in inserted] == [EditKind.INSERT]
    assert [e.kind for e in deleted] == [EditKind.DELETE]


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("“We stay,” he said.", '"We stay," he said.', EditCategory.TYPOGRAPHY),
        ("A long — war.", "A long - war.", EditCategory.TYPOGRAPHY),
        ("It is  over.", "It is over.", EditCategory.TYPOGRAPHY),
        ("Assad’s regime.", "Assad's regime.", EditCategory.TYPOGRAPHY),
        ("About 12,300 fled.", "About 12300 fled.", EditCategory.TYPOGRAPHY),
        ("About 12,300 fled.", "About 14,000 fled.", EditCategory.NUMBER),
        ("About 1.5 million fled.", "About 15 million fled.", EditCategory.NUMBER),
        ("It happened on Thursday.", "It happened on Friday.", EditCategory.NUMBER),
        ("Three people died.", "Four people died.", EditCategory.NUMBER),
        ("The plan was backed by Smith.", "The plan was backed by Jones.", EditCategory.NAME),
        ("The army will fight.", "The army will not fight.", EditCategory.NEGATION),
        ("The army can fight.", "The army can't fight.", EditCategory.NEGATION),
        ("He said “we will win” today.", "He said “we will lose” today.", EditCategory.QUOTE_TEXT),
        ("Rebels took the city.", "Rebels seized the city.", EditCategory.WORDING),
        ("Rebels took the city.", "rebels took the city.", EditCategory.WORDING),
    ],
)
def test_categories(old: str, new: str, category: EditCategory) -> None:
    """Each kind of change gets its documented category."""
    assert word_edits(old, new)[1] is category


def test_precedence_quote_over_number() -> None:
    """A figure changed inside quotation marks is QUOTE_TEXT, the higher category."""
    _, category = word_edits("He said “12 died” today.", "He said “14 died” today.")
    assert category is EditCategory.QUOTE_TEXT


def test_sentence_takes_highest_edit_category() -> None:
    """A sentence with a wording edit and a figure edit is NUMBER."""
    edits, category = word_edits(
        "Rebels took the town and 12 villages.", "Rebels seized the town and 14 villages."
    )
    assert {e.category for e in edits} == {EditCategory.WORDING, EditCategory.NUMBER}
    assert category is EditCategory.NUMBER


def test_negation_beats_number() -> None:
    """Adding a negation and changing a figure in one edit is NEGATION."""
    assert categorise("12 died", "no 14 died") is EditCategory.NEGATION


def test_sentence_opening_capital_is_not_a_name() -> None:
    """A changed capitalised common word at the start of a clause is not a NAME."""
    assert word_edits("The army left.", "This army left.")[1] is EditCategory.WORDING


def test_quoted_spans_curly_straight_and_continued() -> None:
    """Quoted spans are found for curly pairs, straight pairs and continued quotes."""
    text = '“Go,” he said. ‘Stay’ and "wait" now'
    assert [text[a:b] for a, b in quoted_spans(text)] == ["Go,", "Stay", "wait"]
    continued = "And we stay.” He left."
    assert [continued[a:b] for a, b in quoted_spans(continued)] == ["And we stay."]


def test_apostrophes_are_not_quotation_marks() -> None:
    """Possessive and contraction apostrophes open or close no quotation."""
    assert quoted_spans("Iran’s allies and the Joneses’ car can’t move.") == []


def test_unclosed_quote_runs_to_the_end() -> None:
    """An opening mark never closed quotes the rest of the sentence."""
    text = "He said: “We will stay"
    assert [text[a:b] for a, b in quoted_spans(text)] == ["We will stay"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "led by Azarc, IBM & Maersk and the Institute of Export and International Trade.",
            ["Azarc", "IBM & Maersk", "Institute of Export and International Trade"],
        ),
        ("Azarc and Chainvine met the Bank of England", ["Azarc", "Chainvine", "Bank of England"]),
        ("the Department of Health and Social Care said", ["Department of Health and Social Care"]),
        ("a list of names for Sale", ["Sale"]),
        ("open until 12:00 (GMT) or 13:00 BST", []),
        ("groups such as Al-Qaida in the Islamic Maghreb", ["Al-Qaida", "Islamic Maghreb"]),
        (
            "Travel advice (PDF, 416 KB, 12 pages) from the Foreign Office",
            ["Travel", "Foreign Office"],
        ),
    ],
)
def test_names_in_keeps_organisations_whole_and_skips_zones(text: str, names: list[str]) -> None:
    """Of, for and & join a name, and only inside one; time zones and file sizes are no names."""
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("at 10:00 GMT", "at 10:00 BST", EditCategory.NUMBER),
        ("", "at 12:00 (GMT)", EditCategory.WORDING),
        ("", "(PDF, 399 KB, 8 pages)", EditCategory.WORDING),
    ],
)
def test_time_zones_are_times_not_names(old: str, new: str, category: EditCategory) -> None:
    """A zone abbreviation or an attachment's size reads as no name changed."""
    assert categorise(old, new) is category


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("5 people", "five people", EditCategory.WORDING),
        ("twenty", "20", EditCategory.WORDING),
        ("five people", "six people", EditCategory.NUMBER),
        ("40 people", "forty-one people", EditCategory.NUMBER),
    ],
)
def test_a_spelled_out_figure_is_the_same(old: str, new: str, category: EditCategory) -> None:
    """A digit spelled out is house style; a different value is a NUMBER edit."""
    assert categorise(old, new) is category


def test_names_in_finds_runs_of_capitals() -> None:
    """names_in returns multi-word names and skips capitalised common words."""
    assert names_in("The city of Deir Ezzor and Homs fell") == ["Deir Ezzor", "Homs"]


def test_figures_in_finds_figures_and_date_words() -> None:
    """figures_in returns figures, number words and weekday or month names in order."""
    assert figures_in("On Friday three towns and 12,300 people") == ["Friday", "three", "12,300"]


def _replay(old: str, edits: tuple[Edit, ...]) -> str:
    """Apply edits (in order of position) to the old text."""
    out, at = [], 0
    for e in sorted(edits, key=lambda e: e.old_start):
        out.append(old[at : e.old_start])
        out.append(e.new)
        at = e.old_start + len(e.old)
    out.append(old[at:])
    return "".join(out)


_WORDS = st.sampled_from(["Rebels", "took", "Hama", "12,300", "“no”", "—", "not", "the", "city"])
_TEXTS = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)


@given(_TEXTS, _TEXTS)
def test_edits_replay_old_into_new(old: str, new: str) -> None:
    """Applying a sentence's edits to its old text gives the new text."""
    edits, category = word_edits(old, new)
    assert _replay(old, edits) == new
    assert (category is None) is (old == new)


@given(st.lists(_WORDS, min_size=300, max_size=400), st.data())
def test_long_text_edits_replay(words: list[str], data: st.DataObject) -> None:
    """Very long texts (the linear-memory path) still give edits that replay exactly."""
    old = " ".join(words)
    changed = list(words)
    for _ in range(data.draw(st.integers(1, 5))):
        changed[data.draw(st.integers(0, len(changed) - 1))] = data.draw(_WORDS)
    new = " ".join(changed)
    edits, _ = word_edits(old, new)
    assert _replay(old, edits) == new
    assert all(e.kind is not EditKind.REPLACE or (e.old and e.new) for e in edits)


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("Iran may withdraw.", "Iran might withdraw.", EditCategory.WORDING),
        ("Protesters march on the city.", "Protesters walk on the city.", EditCategory.WORDING),
        ("The vote is in May.", "The vote is in June.", EditCategory.NUMBER),
        ("It ended today.", "It ended yesterday.", EditCategory.NUMBER),
    ],
)
def test_month_words_count_only_capitalised(old: str, new: str, category: EditCategory) -> None:
    """Weekday and month names are dates only when capitalised; "may" is a verb."""
    assert word_edits(old, new)[1] is category


def test_a_rewritten_stretch_is_one_edit_framed_by_kept_words() -> None:
    """A rewrite reads as one deletion and one insertion, with "for the" kept between."""
    edits, _ = word_edits(
        "Clinton is expected to declare her run for the 2016 Democratic nomination on Sunday.",
        "Clinton entered the 2016 race for the White House on Sunday.",
    )
    assert [(e.old, e.new) for e in edits] == [
        ("is expected to declare her run", "entered the 2016 race"),
        ("2016 Democratic nomination", "White House"),
    ]


def test_one_stop_word_between_two_edits_is_absorbed() -> None:
    """Edits around a lone "the" are joined; a content word between edits is kept."""
    edits, _ = word_edits(
        "the mayor said the plan was bad", "the governor called the proposal good"
    )
    assert [(e.old, e.new) for e in edits] == [
        ("mayor said the plan was bad", "governor called the proposal good")
    ]
    edits, _ = word_edits("the mayor said budget plan", "the governor called budget proposal")
    assert [(e.old, e.new) for e in edits] == [
        ("mayor said", "governor called"),
        ("plan", "proposal"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("is expected to declare her run", "entered the 2016 race", EditCategory.WORDING),
        ("2016 Democratic nomination", "White House", EditCategory.NAME),
        ("pleased", "Monday 3", EditCategory.WORDING),
        ("12,300", "14,000", EditCategory.NUMBER),
        ("on Thursday", "on Friday", EditCategory.NUMBER),
    ],
)
def test_a_category_is_true_of_its_chunk(old: str, new: str, category: EditCategory) -> None:
    """NUMBER needs a figure or date on both sides; a figure brought in by rewording is WORDING."""
    assert categorise(old, new) is category


def test_rewording_that_brings_in_a_figure_still_changes_facts() -> None:
    """A figure or name added by a WORDING chunk is a change of facts for significance."""
    assert changes_facts("pleased", "pleased on Monday 3")
    assert changes_facts("said", "said Anna Field")
    assert not changes_facts("said", "told reporters")


def test_a_change_of_letter_case_only_is_wording_not_a_name() -> None:
    """A change of letter case only ("bangladesh" to "Bangladesh") is WORDING, no fact."""
    assert categorise("bangladesh", "Bangladesh") is EditCategory.WORDING
    assert not changes_facts("the Statement", "the statement")


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("Mr. Smith said it.", "Mr. Jones said it.", EditCategory.NAME),
        ("He met J. Smith.", "He met J. Brown.", EditCategory.NAME),
        ("They took North Kivu. Other towns fell.", "They took North Kivu and other towns fell.",
         EditCategory.WORDING),
        ("* Ensure that you carry ID.", "* Always keep your ID.", EditCategory.WORDING),
        ("#### Harbour", "#### Roads near the harbour", EditCategory.WORDING),
        ("## Ongoing closures", "### Closures", EditCategory.WORDING),
    ],
)  # fmt: skip
def test_sentence_openings_are_no_names(old: str, new: str, category: EditCategory) -> None:
    """A word capitalised because it opens a sentence, list item or heading is no name."""
    edits, overall = word_edits(old, new)
    assert [e.category for e in edits] == [category]
    assert overall is category


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        (
            "Neu sollen Fundsachen und konfiszierten Gegenständen verwertet werden.",
            "Neu sollen Fundsachen und konfiszierte Gegenstände verwertet werden.",
            EditCategory.WORDING,
        ),
        (
            "Mit dabei ist auch die Präsidentin der Stiftung.",
            "Mit dabei ist auch die Generalsekretärin der Stiftung.",
            EditCategory.WORDING,
        ),
        (
            "Am Panel nimmt auch Thomas Rothacher von der Armee teil.",
            "Am Panel nimmt auch Hansruedi Bircher von der Armee teil.",
            EditCategory.NAME,
        ),
        (
            "Die Studie wird von der Universität und dem SECO geleitet.",
            "Die Studie wird von der Universität und dem BAZG geleitet.",
            EditCategory.NAME,
        ),
    ],
)
def test_in_german_a_capital_alone_is_no_name(old: str, new: str, category: EditCategory) -> None:
    """German nouns are capitalised: only runs of capitals or acronyms count as names."""
    assert word_edits(old, new)[1] is category


def test_german_wording_that_adds_a_noun_changes_no_fact() -> None:
    """Adding a capitalised German noun is no new name; adding a person's name is."""
    assert not changes_facts("Die Preise", "Die neuen Preise für Briefe", noun_case=True)
    assert changes_facts("Die Preise", "Die Preise von Peter Guyer", noun_case=True)
    assert changes_facts("The prices", "The prices of Letters")


@pytest.mark.parametrize(
    ("old", "new", "category"),
    [
        ("in Sucumbios province", "in Sucumbíos province", EditCategory.WORDING),
        ("Bogota", "Bogotá", EditCategory.WORDING),
        ("Esmereldas", "Esmeraldas", EditCategory.NAME),
        ("Bogota", "Medellín", EditCategory.NAME),
    ],
)
def test_an_accent_put_right_is_no_new_name(old: str, new: str, category: EditCategory) -> None:
    """A name whose accents alone changed is the same name; a respelling is not."""
    assert categorise(old, new) is category
    assert changes_facts(old, new) is (category is EditCategory.NAME)


def test_a_link_target_is_markup_not_figures_or_quotes() -> None:
    """Dates in a link's path and its quoted title are no figures or quotations of the story."""
    old = "Read [the alert](https://x.se/news/2023-08-17-raised.html) today."
    new = "Read [the alert](https://x.se/news/2025-05-23-lowered.html) today."
    edits, category = word_edits(old, new)
    assert category is EditCategory.WORDING
    assert [(e.old, e.new) for e in edits] == [
        (
            "](https://x.se/news/2023-08-17-raised.html)",
            "](https://x.se/news/2025-05-23-lowered.html)",
        )
    ]
    _, titled = word_edits(
        "* [Scams](/safety/scams)",
        '* [Scams](/safety/scams) * [Parties](/safety/parties "Partying safely")',
    )
    assert titled is EditCategory.WORDING


def test_a_table_cell_opens_with_a_capital_by_grammar() -> None:
    """After a pipe between cells, a capitalised first word is no name."""
    _, category = word_edits(
        "Thursday 24 October | Eindhoven | Registration opening soon",
        "Thursday 24 October | Eindhoven | Register here",
    )
    assert category is EditCategory.WORDING
