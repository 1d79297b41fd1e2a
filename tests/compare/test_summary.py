"""summary(): deterministic plain English, most important first."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsdiff import (
    Note,
    NoteKind,
    Paragraph,
    Quote,
    QuoteKind,
    Revision,
    Role,
    Sentence,
    Significance,
    diff,
)


def rev(*paragraphs: list[str], **fields: object) -> Revision:
    """A revision of FACT sentences (no analysis, so roles are fixed by the test)."""
    body = [Paragraph(sentences=tuple(Sentence(text=t) for t in p)) for p in paragraphs]
    return Revision(paragraphs=tuple(body), **fields)  # type: ignore[arg-type]


def quote(text: str, speaker: str | None) -> Sentence:
    """A QUOTE sentence carrying one direct quote by *speaker*."""
    return Sentence(
        text=f"“{text}” {speaker or 'officials'} said.",
        role=Role.QUOTE,
        quotes=(Quote(text=text, speaker=speaker, cue="said"),),
    )


def test_empty_diff() -> None:
    """A self-diff says there are no changes."""
    a = rev(["Rebels took Hama."])
    assert diff(a, a).summary() == "No changes."


def test_typography_only_in_one_line() -> None:
    """A typography-only diff is one line saying so."""
    a = rev(["“We stay,” he said."])
    b = rev(['"We stay," he said.'])
    assert diff(a, b).summary() == (
        "Typographic changes only (whitespace, quotation marks, dashes, punctuation)."
    )


def test_note_first_then_counts_then_figures() -> None:
    """The note and its time lead, then counts by role naming speakers, then figures."""
    base = Sentence(text="About 12,300 people fled the city on Thursday.")
    a = Revision(paragraphs=(Paragraph(sentences=(base,)),))
    when = datetime(2024, 12, 6, 22, 35, tzinfo=UTC)
    b = Revision(
        paragraphs=(
            Paragraph(sentences=(Sentence(text="About 14,000 people fled the city on Thursday."),)),
            Paragraph(
                sentences=(
                    quote("We cannot fight.", "Brian Carter"),
                    quote("We will go on.", "Brian Carter"),
                    quote("Troops are leaving.", "unnamed Iranian officials"),
                )
            ),
        ),
        notes=(Note(kind=NoteKind.UPDATE, at=when, text="Updated with background."),),
    )
    lines = diff(a, b).summary().splitlines()
    assert lines == [
        "Update added (2024-12-06 22:35+00:00): Updated with background.",
        "3 quote sentences added: 3 quotations (Brian Carter x2, unnamed Iranian officials)",
        "1 fact edited",
        "1 figure changed: 12,300 people -> 14,000 people",
        "Paragraphs: 1 -> 2",
    ]


def test_headline_and_other_fields() -> None:
    """A headline change is named; other field changes are listed last."""
    a = rev(["Body text."], headline="Rebels take Hama")
    b = rev(["Body text."], headline="Rebels take Homs", url="https://news.example/a")
    assert diff(a, b).summary().splitlines() == [
        "Unacknowledged: a substantive change with no update or correction note",
        "Headline changed: 'Rebels take Hama' -> 'Rebels take Homs'",
        "Other fields changed: url",
    ]


def test_long_headline_change_shows_the_words_that_differ() -> None:
    """Long headlines that share their opening show the differing words, not two equal cuts."""
    old = "A1077 to be temporarily closed for South Ferriby flood defence works"
    a = rev(["Body text."], headline=old)
    b = rev(["Body text."], headline=old.removesuffix("s"))
    lines = diff(a, b).summary().splitlines()
    assert lines == ["Headline changed: '…flood defence works' -> '…flood defence work'"]


def test_a_note_of_several_lines_is_one_summary_line() -> None:
    """A heading note whose text spans lines is summarised on one line."""
    a = rev(["Rebels took Hama on Friday."])
    b = rev(
        ["Rebels took Hama on Friday."],
        notes=(
            Note(
                kind=NoteKind.UPDATE,
                at=None,
                text="Updated: 11 April 2025\nLatest update: Added new figures.",
            ),
        ),
    )
    assert diff(a, b).summary().splitlines() == [
        "Update added: Updated: 11 April 2025 Latest update: Added new figures."
    ]


def test_removed_moved_and_negation() -> None:
    """Removals, moves and negations are each reported."""
    a = rev(["Iran will withdraw.", "Troops crossed into Lebanon.", "Talks ended.", "Aid came."])
    b = rev(["Aid came.", "Iran will not withdraw.", "Talks ended."])
    assert diff(a, b).summary().splitlines() == [
        "Unacknowledged: a substantive change with no update or correction note",
        "1 fact removed",
        "1 fact edited",
        "1 fact moved",
        "1 negation changed: added 'not'",
    ]


def test_summary_is_deterministic() -> None:
    """The same diff always gives the same text."""
    a = rev(["Iran will withdraw.", "Talks ended."])
    b = rev(["Talks ended.", "Iran will not withdraw soon."])
    assert diff(a, b).summary() == diff(a, b).summary()
    assert diff(a, b).summary() == diff(a, b).invert().invert().summary()


def test_seed_update_names_the_new_place() -> None:
    """The seed update's clause about Deir Ezzor is summarised by the name it adds."""
    root = Path(__file__).resolve().parents[2] / "src/newsdiff/_examples"
    lines = {
        name: [
            line
            for line in (root / f"seed-{name}-update.txt").read_text(encoding="utf-8").splitlines()
            if len(line.split()) > 3 and not line.startswith("Updated")
        ]
        for name in ("before", "after")
    }
    a = rev(*[[line] for line in lines["before"]])
    b = rev(*[[line] for line in lines["after"]])
    summary = diff(a, b).summary().splitlines()
    assert summary[:2] == [
        "Unacknowledged: a substantive change with no update or correction note",
        "5 facts added",
    ]
    (names,) = [line for line in summary if line.startswith("2 names changed: ")]
    assert "added 'Deir Ezzor'" in names


def test_speaker_counts_are_per_sentence() -> None:
    """A sentence with two quotes by one speaker counts once for that speaker."""
    two = Sentence(
        text="“Go,” Carter said, “now.”",
        role=Role.QUOTE,
        quotes=(Quote(text="Go,", speaker="Carter"), Quote(text="now.", speaker="Carter")),
    )
    a = rev(["Opening."])
    b = Revision(paragraphs=(*a.paragraphs, Paragraph(sentences=(two,))))
    assert diff(a, b).summary().splitlines()[1] == "1 quote sentence added: 1 quotation (Carter)"


def test_quotations_not_sentences_are_counted():
    """A quote split over sentences, or ending in an unbalanced tail, counts once per speaker."""
    old = Revision(paragraphs=[Paragraph(sentences=[Sentence(text="Rebels took Hama.")])])
    officials = Quote(
        text="increasing troops.", speaker="officials", cue="said", kind=QuoteKind.PARTIAL
    )
    tail = Quote(text="We are ready.", speaker="officials", balanced=False)
    carter = Quote(text="Russia can offer little.", speaker="Brian Carter", cue="told Newsweek")
    added = Quote(text="Iran is the best bet.", speaker="Brian Carter", cue="added")
    new = Revision(
        paragraphs=[
            Paragraph(sentences=[Sentence(text="Rebels took Hama.")]),
            Paragraph(
                sentences=[
                    Sentence(
                        text="Officials said it is “increasing troops.”",
                        role=Role.QUOTE,
                        quotes=[officials],
                    ),
                    Sentence(text="We are ready.”", role=Role.QUOTE, quotes=[tail]),
                ]
            ),
            Paragraph(
                sentences=[
                    Sentence(
                        text="Carter told Newsweek: “Russia can offer little.”",
                        role=Role.QUOTE,
                        quotes=[carter],
                    )
                ]
            ),
            Paragraph(
                sentences=[
                    Sentence(
                        text="He added: “Iran is the best bet.”", role=Role.QUOTE, quotes=[added]
                    )
                ]
            ),
        ]
    )
    lines = diff(old, new).summary().splitlines()
    assert "4 quote sentences added: 3 quotations (Brian Carter x2, officials)" in lines
    removed = diff(new, old).summary().splitlines()
    assert "4 quote sentences removed: 3 quotations (Brian Carter x2, officials)" in removed


UNACKNOWLEDGED = "Unacknowledged: a substantive change with no update or correction note"


def test_a_quote_sentence_without_a_quotation_claims_none() -> None:
    """A sentence the role model calls a quote, holding no Quote, adds a sentence, no quotation."""
    a = rev(["Opening."])
    bare = Sentence(text="The minister was clear about it.", role=Role.QUOTE)
    b = Revision(paragraphs=(*a.paragraphs, Paragraph(sentences=(bare,))))
    d = diff(a, b)
    assert "1 quote sentence added" in d.summary().splitlines()
    assert d.quotes_added == ()


def test_an_unacknowledged_change_is_flagged_and_a_note_acknowledges_it() -> None:
    """A substantive change without a note is flagged; the same change with a note is not."""
    a = rev(["Rebels took 12 towns."])
    b = rev(["Rebels took 14 towns."])
    d = diff(a, b)
    assert d.unacknowledged
    assert (
        d.summary().splitlines()[0]
        == "Unacknowledged: a substantive change with no update or correction note"
    )
    note = Note(kind=NoteKind.CORRECTION, at=None, text="Correction: 14 towns, not 12.")
    noted = diff(a, Revision(paragraphs=b.paragraphs, notes=(note,)))
    assert not noted.unacknowledged
    assert (
        "Unacknowledged: a substantive change with no update or correction note"
        not in noted.summary()
    )


def test_a_copyedit_is_never_unacknowledged() -> None:
    """Rewording that changes no fact is not flagged, note or not."""
    d = diff(rev(["Rebels seized the town."]), rev(["Rebels captured the town."]))
    assert d.significance is Significance.COPYEDIT
    assert not d.unacknowledged


def test_a_name_edited_away_reads_as_removed_not_as_the_new_words() -> None:
    """A long passage naming Belarus replaced by two words without a name: "removed 'Belarus'"."""
    long = (
        "Lithuania announced further restrictions at the border with Belarus to deny "
        "entry to cars registered in Belarus."
    )
    a = rev([long])
    b = rev(["Lithuania also denies entry to cars registered in Belarus."])
    (names,) = [line for line in diff(a, b).summary().splitlines() if "name" in line]
    assert names == "1 name changed: removed 'Belarus'"


def test_a_short_side_holding_a_name_shows_as_written() -> None:
    """A short named phrase against a long passage keeps its words; the long side shows names."""
    a = rev(["Travellers should visit Peru now, officials said."])
    b = rev(["Travellers should reconsider going to the coast near Lima now, officials said."])
    (names,) = [line for line in diff(a, b).summary().splitlines() if "name" in line]
    assert names == "1 name changed: visit Peru -> Lima"


def test_a_name_moved_within_its_sentence_is_not_removed_and_added() -> None:
    """A name taken out at one place of a sentence and put in at another "moved within"."""
    a = rev(["The Harbour Trust is announcing that from 4am, Saturday, boats will not dock."])
    b = rev(["From 4am, Saturday, the Harbour Trust is using powers meaning boats will not dock."])
    (names,) = [line for line in diff(a, b).summary().splitlines() if "name" in line]
    assert names == "1 name changed: 'Harbour Trust' moved within its sentence"


def test_a_name_added_to_a_list_shows_without_its_comma() -> None:
    """A name added to a list reads "added 'Palmyre Badinier'", without the list's comma."""
    a = rev(["The film is by Juliana Fanjul, Philippe Coeytaux and Nicolas Wadimoff."])
    b = rev(
        ["The film is by Juliana Fanjul, Palmyre Badinier, Philippe Coeytaux and Nicolas Wadimoff."]
    )
    (names,) = [line for line in diff(a, b).summary().splitlines() if "name" in line]
    assert names == "1 name changed: added 'Palmyre Badinier'"


def test_a_changed_link_shows_its_text_not_its_target() -> None:
    """Figures in a link's path are not listed; a name in a link shows without its target."""
    a = rev(["See the [2023 report](/r/2023-08-17) by Acme Corp."])
    b = rev(["See the [2023 report](/r/2025-05-23) by Zenith Corp."])
    lines = diff(a, b).summary().splitlines()
    assert not any(line.startswith(("1 figure", "2 figures")) for line in lines)
    assert "1 name changed: Acme -> Zenith" in lines


def test_a_minus_sign_stays_with_its_figure() -> None:
    """A dash set apart is a separator and goes; a minus touching its figure stays."""
    a = rev(["The offset was -8:00 in winter."])
    b = rev(["The offset was 8 in winter."])
    assert "1 figure changed: -8:00 -> 8" in diff(a, b).summary().splitlines()


def test_a_link_target_dropped_inside_a_quote_lists_nothing() -> None:
    """Dropping only a link's target from quoted words is markup: no "added nothing" item."""

    def said(text: str) -> Sentence:
        words = text.removeprefix("NOAA predicts an “").removesuffix("” this year.")
        return Sentence(
            text=text,
            quotes=(Quote(text=words, speaker="NOAA", cue="predicts", kind=QuoteKind.PARTIAL),),
        )

    a = Revision(
        paragraphs=(
            Paragraph(
                sentences=(
                    said("NOAA predicts an “[above-normal season](https://noaa.gov/a)” this year."),
                )
            ),
        )
    )
    b = Revision(
        paragraphs=(
            Paragraph(sentences=(said("NOAA predicts an “above-normal season” this year."),)),
        )
    )
    summary = diff(a, b).summary()
    assert "nothing" not in summary
    assert "quoted passage" not in summary


def test_a_bare_figure_shows_with_what_it_counts() -> None:
    """A bare figure names what it counts when the same word follows both figures."""
    cases = diff(
        rev(["Officials counted 380 cases by Friday."]),
        rev(["Officials counted 405 cases by Friday."]),
    )
    assert "1 figure changed: 380 cases -> 405 cases" in cases.summary().splitlines()
    date = diff(
        rev(["Nominations close on 1 March at noon."]),
        rev(["Nominations close on 18 March at noon."]),
    )
    assert "1 figure changed: 1 March -> 18 March" in date.summary().splitlines()


def test_a_figure_before_a_word_that_counts_nothing_shows_bare() -> None:
    """A year before "there" or a figure before a verb shows as the figures alone."""
    year = diff(
        rev(["In 2025 there were fewer visits."]), rev(["In 2026 there were fewer visits."])
    )
    assert "1 figure changed: 2025 -> 2026" in year.summary().splitlines()
    verb = diff(rev(["Of the 40 invited, 26 declined."]), rev(["Of the 40 invited, 25 declined."]))
    assert "1 figure changed: 26 -> 25" in verb.summary().splitlines()


def test_a_name_item_shows_the_name_not_the_words_around_it() -> None:
    """A short side that is a piece of a clause ("is rare") shows only the name it holds."""
    a = rev(["Crime is rare and violent crime is rarer."])
    b = rev(["Crime in Sweden and violent crime is rarer."])
    assert "1 name changed: added 'Sweden'" in diff(a, b).summary().splitlines()


def test_a_short_noun_phrase_still_shows_as_written() -> None:
    """A phrase replaced by a name ("the country" -> "Italy") keeps both sides."""
    a = rev(["Protests are common in the country this month."])
    b = rev(["Protests are common in Italy this month."])
    assert "1 name changed: the country -> Italy" in diff(a, b).summary().splitlines()
