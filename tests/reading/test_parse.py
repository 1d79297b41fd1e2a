"""Tests for newsdiff._reading._parse: paragraphs, notes and boilerplate from raw text."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from newsdiff import NoteKind, Revision, parse_text
from newsdiff._reading._parse import split_paragraphs
from newsdiff.exceptions import InvalidTypeError, UnknownTimezoneError

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
SEED_NOTE = (
    "Updated 12/06/24, 10:35 PM: This article has been updated with additional "
    "information and background."
)


def _texts(revision: Revision) -> list[str]:
    return [p.text for p in revision.paragraphs]


def _fixture(name: str) -> str:
    with (FIXTURES / "notes" / name).open(encoding="utf-8", newline="") as handle:
        return handle.read()


# The seed article -----------------------------------------------------------


def test_seed_has_twelve_paragraphs():
    """The seed parses into its 12 single-line paragraphs, in order, as written."""
    revision = parse_text(SEED)
    assert len(revision.paragraphs) == 12
    assert [p.text for p in revision.paragraphs] == SEED.splitlines()[:12]
    assert revision.paragraphs[0].text.startswith("The New York Times reports")
    assert revision.paragraphs[-1].text.startswith("He added:")


def test_seed_note_naive_without_tz():
    """The seed's closing line is one UPDATE note at 2024-12-06 22:35, naive without tz."""
    revision = parse_text(SEED)
    assert len(revision.notes) == 1
    note = revision.notes[0]
    assert note.kind is NoteKind.UPDATE
    assert note.text == SEED_NOTE
    assert note.at == datetime(2024, 12, 6, 22, 35)
    assert note.at is not None
    assert note.at.tzinfo is None
    assert revision.updated_at == note.at


def test_seed_note_in_new_york():
    """With tz='America/New_York' the seed's note is at 22:35-05:00 in that ZoneInfo."""
    revision = parse_text(SEED, tz="America/New_York")
    at = revision.notes[0].at
    assert at is not None
    assert at.isoformat() == "2024-12-06T22:35:00-05:00"
    assert isinstance(at.tzinfo, ZoneInfo)
    assert at.tzinfo.key == "America/New_York"


def test_seed_boilerplate_and_clean_body():
    """'more' is boilerplate, and nothing of the note or 'more' is in the body."""
    revision = parse_text(SEED)
    assert revision.boilerplate == ("more",)
    assert "Updated 12/06/24" not in revision.text
    assert "additional information and background" not in revision.text
    assert not any(p.text == "more" for p in revision.paragraphs)


def test_seed_with_crlf_and_cr_is_the_same():
    """The seed with \\r\\n or \\r line endings parses exactly as with \\n."""
    expected = parse_text(SEED)
    assert parse_text(SEED.replace("\n", "\r\n")) == expected
    assert parse_text(SEED.replace("\n", "\r")) == expected


# Paragraphs -----------------------------------------------------------------


def test_lines_are_paragraphs_and_stripped():
    """Each line is a paragraph, stripped of surrounding whitespace but otherwise as written."""
    text = "  First  paragraph,\u00a0kept.  \n\tSecond “quoted” one.\n\n\n Third.\n"
    assert split_paragraphs(text) == [
        "First  paragraph,\u00a0kept.",
        "Second “quoted” one.",
        "Third.",
    ]


def test_mixed_line_endings():
    """\\n, \\r\\n and \\r may be mixed in one text."""
    text = "One is here.\r\nTwo is here.\rThree is here.\n\r\nFour is here."
    assert split_paragraphs(text) == [
        "One is here.",
        "Two is here.",
        "Three is here.",
        "Four is here.",
    ]


def test_hard_wrapped_blocks_are_joined():
    """Hard-wrapped prose in blank-line blocks joins into one paragraph per block."""
    text = (
        "The harbour bridge in Port Ellery reopened to traffic on Thursday\n"
        "after eleven days of repairs, the city's transport office said, ending\n"
        "a closure that had doubled commuting times.\n"
        "\n"
        "Engineers replaced two expansion joints and resurfaced the eastern\n"
        "approach, the office said.\n"
    )
    assert split_paragraphs(text) == [
        (
            "The harbour bridge in Port Ellery reopened to traffic on Thursday after eleven days "
            "of repairs, the city's transport office said, ending a closure that had doubled "
            "commuting times."
        ),
        (
            "Engineers replaced two expansion joints and resurfaced the eastern approach, the "
            "office said."
        ),
    ]


def test_short_finished_lines_are_not_joined():
    """Short lines that each end a sentence stay separate paragraphs."""
    text = "Rebels took Hama on Thursday.\nIran began to withdraw.\nRussia said little."
    assert split_paragraphs(text) == [
        "Rebels took Hama on Thursday.",
        "Iran began to withdraw.",
        "Russia said little.",
    ]


def test_wrapped_block_keeps_paragraph_break_after_short_line():
    """Inside a wrapped block, a short line ending a sentence ends the paragraph."""
    text = (
        "The council voted on Tuesday to close the Mill Road library after a\n"
        "three-hour hearing.\n"
        "Residents said they would appeal the decision to the county, which has\n"
        "the final word on library closures.\n"
    )
    assert split_paragraphs(text) == [
        "The council voted on Tuesday to close the Mill Road library after a three-hour hearing.",
        (
            "Residents said they would appeal the decision to the county, which has the final "
            "word on library closures."
        ),
    ]


def test_two_full_lines_ending_sentences_stay_apart():
    """Two lines that each end a sentence are two paragraphs, however full the first is."""
    text = (
        "Update on the vaccine rollout: officials said 2 million doses arrived.\n"
        "The ministry expects more next week."
    )
    assert len(split_paragraphs(text)) == 2


def test_hyphen_cut_joins_without_space():
    """A wrapped line cut after a hyphen joins the next without a space."""
    text = (
        "The company said its European unit was an unrestricted, non-\n"
        "guarantor subsidiary that had never been part of the collateral pool\n"
        "held by its lenders, and that it would remain outside of it.\n"
    )
    (paragraph,) = split_paragraphs(text)
    assert "non-guarantor" in paragraph


def test_lowercase_line_continues_a_broken_sentence():
    """Outside wrapped prose, a lower-case line after an unfinished line continues it."""
    text = (
        "The mayor said the bridge would reopen on Thursday after eleven days of repairs to "
        "its expansion joints and\nits eastern approach, which cost about 4.2 million dollars.\n"
        "Traffic was light on the first morning."
    )
    assert split_paragraphs(text) == [
        (
            "The mayor said the bridge would reopen on Thursday after eleven days of repairs "
            "to its expansion joints and its eastern approach, which cost about 4.2 million "
            "dollars."
        ),
        "Traffic was light on the first morning.",
    ]


def test_wrapped_caption_is_not_cut_at_furniture_words():
    """A photo caption wrapped over lines stays one paragraph, not furniture fragments."""
    text = (
        "FILE PHOTO: A man walks past a branch of the Harbour Bank in central\n"
        "Port Ellery on February 7, 2024, days before the merger was announced.\n"
        "\n"
        "The bank said on Tuesday that the merger would close in the spring, and\n"
        "that no branches in the city would be closed as a result of it.\n"
    )
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("FILE PHOTO: A man walks past")
    assert paragraphs[0].endswith("was announced.")


def test_empty_and_blank_texts():
    """Empty or whitespace-only text gives a revision with nothing in it."""
    for text in ["", "   ", "\n\r\n\t\n"]:
        revision = parse_text(text)
        assert revision.paragraphs == ()
        assert revision.notes == ()
        assert revision.boilerplate == ()


# Notes in context -------------------------------------------------------------


def test_note_in_the_middle_is_body():
    """A note-shaped paragraph between body paragraphs stays in the body."""
    text = "Rebels took Hama.\nUpdate: officials said more troops left.\nIran said nothing."
    revision = parse_text(text)
    assert revision.notes == ()
    assert len(revision.paragraphs) == 3


def test_false_positive_first_paragraph():
    """A story starting 'Update on the vaccine rollout: ...' has no note."""
    text = (
        "Update on the vaccine rollout: officials said 2 million doses arrived.\n"
        "The ministry expects more next week."
    )
    revision = parse_text(text)
    assert revision.notes == ()
    assert len(revision.paragraphs) == 2
    assert revision.updated_at is None


def test_top_notes_with_boilerplate_between():
    """Notes at the top are found even with furniture between them and the body."""
    text = (
        "Editor's note: This story contains graphic descriptions.\n"
        "Advertisement\n"
        "Rebels took Hama on Thursday.\n"
        "Iran began to withdraw."
    )
    revision = parse_text(text)
    assert [n.kind for n in revision.notes] == [NoteKind.EDITORS_NOTE]
    assert revision.boilerplate == ("Advertisement",)
    assert _texts(revision) == ["Rebels took Hama on Thursday.", "Iran began to withdraw."]


def test_top_note_under_headline_and_byline():
    """A dated note under a headline and byline is a note; those lines stay in the body."""
    text = (
        "Iran begins withdrawing forces from Syria\n"
        "By A. Reporter, Staff Writer\n"
        "Updated 10:35 PM EST, Fri December 6, 2024\n"
        "Rebels took Hama on Thursday.\n"
        "Iran began to withdraw."
    )
    revision = parse_text(text)
    assert [n.text for n in revision.notes] == ["Updated 10:35 PM EST, Fri December 6, 2024"]
    assert _texts(revision) == [
        "Iran begins withdrawing forces from Syria",
        "By A. Reporter, Staff Writer",
        "Rebels took Hama on Thursday.",
        "Iran began to withdraw.",
    ]


def test_note_after_a_first_sentence_is_body():
    """A note-shaped line after a finished first paragraph is not a top note."""
    text = (
        "Rebels took Hama on Thursday.\n"
        "Updated 10:35 PM EST, Fri December 6, 2024\n"
        "Iran began to withdraw.\n"
        "Russia said little."
    )
    assert parse_text(text).notes == ()


def test_heading_note_takes_next_line():
    """'Correction: Dec. 7, 2024' on its own line takes the next line as its text."""
    text = (
        "Rebels took Hama on Thursday.\n"
        "\n"
        "Correction: Dec. 7, 2024\n"
        "An earlier version of this article misstated the day Hama fell."
    )
    revision = parse_text(text)
    assert len(revision.notes) == 1
    note = revision.notes[0]
    assert note.kind is NoteKind.CORRECTION
    assert note.text == (
        "Correction: Dec. 7, 2024\nAn earlier version of this article misstated the day Hama fell."
    )
    assert note.at == datetime(2024, 12, 7)
    assert _texts(revision) == ["Rebels took Hama on Thursday."]


def test_update_heading_does_not_swallow_body():
    """A dated update line at the top is a note on its own; the body starts after it."""
    text = "Updated 10:35 PM EST, Fri December 6, 2024\nRebels took Hama.\nIran left."
    revision = parse_text(text)
    assert len(revision.notes) == 1
    assert revision.notes[0].text == "Updated 10:35 PM EST, Fri December 6, 2024"
    assert _texts(revision) == ["Rebels took Hama.", "Iran left."]


def test_wrapped_fixture_with_heading_at_top():
    """A hard-wrapped article opening with a correction heading parses into note and body."""
    revision = parse_text(_fixture("wrapped_heading_top.txt"), tz="America/New_York")
    assert len(revision.notes) == 1
    note = revision.notes[0]
    assert note.kind is NoteKind.CORRECTION
    assert note.text.startswith("Correction: Dec. 7, 2024\nAn earlier version")
    assert note.text.endswith("not Wednesday.")
    assert note.at is not None
    assert note.at.isoformat() == "2024-12-07T00:00:00-05:00"
    assert len(revision.paragraphs) == 3
    assert revision.paragraphs[0].text.startswith("The harbour bridge")
    assert revision.boilerplate == ("Advertisement", "Share this article")


def test_crlf_fixture_with_notes_at_both_ends():
    """Mixed line endings, notes at top and bottom, furniture throughout, a regret line."""
    revision = parse_text(
        _fixture("crlf_mixed_notes.txt"), published_at=datetime(2024, 12, 10, tzinfo=UTC)
    )
    assert [n.kind for n in revision.notes] == [
        NoteKind.EDITORS_NOTE,
        NoteKind.UPDATE,
        NoteKind.CORRECTION,
    ]
    assert revision.notes[2].text.endswith("\nWe regret the error.")
    assert revision.boilerplate == (
        "Skip advertisement",
        "Advertisement",
        "Sign up for our local newsletter",
    )
    assert len(revision.paragraphs) == 4
    assert revision.updated_at is not None
    assert revision.updated_at.isoformat() == "2024-12-11T09:14:00-05:00"


def test_heading_fixture_at_bottom():
    """An '*Correction*' heading at the bottom takes the sentence after it; later notes stay."""
    revision = parse_text(
        _fixture("heading_bottom.txt"), published_at=datetime(2024, 12, 5, 8), tz="US/Eastern"
    )
    assert [n.kind for n in revision.notes] == [NoteKind.CORRECTION, NoteKind.UPDATE]
    assert revision.notes[0].text == (
        "*Correction*\nA previous version of this article gave the wrong margin of the vote."
    )
    assert revision.notes[1].at is not None
    assert revision.notes[1].at.isoformat() == "2024-12-06T15:15:00-05:00"
    assert revision.boilerplate == ("Read more",)
    assert len(revision.paragraphs) == 2


def test_scraped_editors_note_broken_over_lines():
    """An editor's note at the end, broken mid-sentence over short lines, is one note."""
    text = (
        "The senator spoke for an hour at the rally in Ashford.\n\n"
        "Editor’s note: This newsletter is\n"
        "produced by\n"
        "the politics desk and\n"
        "appears every Friday."
    )
    revision = parse_text(text)
    assert [n.kind for n in revision.notes] == [NoteKind.EDITORS_NOTE]
    assert revision.notes[0].text == (
        "Editor’s note: This newsletter is produced by the politics desk and appears every Friday."
    )
    assert len(revision.paragraphs) == 1


def test_correction_with_full_date_and_no_colon():
    """'Correction:  January 9, 2007, Tuesday  An article ...' carries that date."""
    text = (
        "Rebels took Hama.\n"
        "Correction:  January 9, 2007, Tuesday  An article on Sunday misstated the day."
    )
    revision = parse_text(text)
    assert revision.notes[0].kind is NoteKind.CORRECTION
    assert revision.notes[0].at == datetime(2007, 1, 9)


def test_updated_at_is_latest_dated_note():
    """updated_at is the latest time among the notes, whatever their order."""
    text = (
        "Rebels took Hama.\n"
        "Updated Dec. 8, 2024, 9 a.m.: Added reaction.\n"
        "Correction: An earlier version misstated the day.\n"
        "Updated Dec. 7, 2024, 9 a.m.: Added background."
    )
    revision = parse_text(text)
    assert len(revision.notes) == 3
    assert revision.updated_at == datetime(2024, 12, 8, 9)


def test_updated_at_none_without_dated_notes():
    """Notes without dates leave updated_at None."""
    revision = parse_text("Rebels took Hama.\nThis story has been updated with more reporting.")
    assert len(revision.notes) == 1
    assert revision.updated_at is None


def test_missing_year_from_published_at():
    """A yearless note date takes the year of published_at."""
    text = "Rebels took Hama.\nUpdate, Dec. 7: Iran confirmed the withdrawal."
    published = datetime(2024, 12, 6, 8)
    assert parse_text(text).notes[0].at is None
    assert parse_text(text, published_at=published).notes[0].at == datetime(2024, 12, 7)


def test_dayfirst_applies_to_notes():
    """dayfirst=True reads note dates day first."""
    text = "Rebels took Hama.\nUpdated 07/12/24, 10:35: Added reaction."
    assert parse_text(text).notes[0].at == datetime(2024, 7, 12, 10, 35)
    assert parse_text(text, dayfirst=True).notes[0].at == datetime(2024, 12, 7, 10, 35)


def test_only_notes():
    """A text that is only notes gives notes and no paragraphs."""
    revision = parse_text("Correction: An earlier version misstated the toll.")
    assert revision.paragraphs == ()
    assert len(revision.notes) == 1


# Fields and errors --------------------------------------------------------------


def test_fields_are_stored():
    """url, headline, published_at and captured_at are stored as given; tz may be a tzinfo."""
    published = datetime(2024, 12, 6, 20, tzinfo=UTC)
    captured = datetime(2024, 12, 7, 1, tzinfo=UTC)
    revision = parse_text(
        SEED,
        url="https://example.com/a",
        headline="Iran withdraws",
        published_at=published,
        captured_at=captured,
        tz=timezone(timedelta(hours=-5)),
    )
    assert revision.url == "https://example.com/a"
    assert revision.headline == "Iran withdraws"
    assert revision.published_at == published
    assert revision.captured_at == captured
    assert revision.notes[0].at is not None
    assert revision.notes[0].at.utcoffset() == timedelta(hours=-5)


def test_headline_is_not_searched_for():
    """A given headline is stored, not removed from the body."""
    revision = parse_text("Iran withdraws\nRebels took Hama.", headline="Iran withdraws")
    assert _texts(revision) == ["Iran withdraws", "Rebels took Hama."]


@pytest.mark.parametrize(
    ("kwargs", "field", "type_name"),
    [
        ({"text": None}, "text", "NoneType"),
        ({"text": b"Rebels took Hama."}, "text", "bytes"),
        ({"text": "x", "url": 5}, "url", "int"),
        ({"text": "x", "headline": b"h"}, "headline", "bytes"),
        ({"text": "x", "published_at": "2024-12-06"}, "published_at", "str"),
        ({"text": "x", "captured_at": 1733500000}, "captured_at", "int"),
        ({"text": "x", "tz": 5}, "tz", "int"),
        ({"text": "x", "dayfirst": 1}, "dayfirst", "int"),
        ({"text": "x", "dayfirst": "yes"}, "dayfirst", "str"),
    ],
)
def test_wrong_types(kwargs: dict[str, object], field: str, type_name: str):
    """A wrong type raises InvalidTypeError (a TypeError) naming the field and the type."""
    text = kwargs.pop("text")
    with pytest.raises(InvalidTypeError) as info:
        parse_text(text, **kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert info.value.field == field
    assert type_name in str(info.value)


def test_unknown_tz():
    """An unknown tz raises UnknownTimezoneError with field 'tz' and the name."""
    with pytest.raises(UnknownTimezoneError) as info:
        parse_text("Rebels took Hama.", tz="Mars/Olympus")
    assert info.value.field == "tz"
    assert info.value.value == "Mars/Olympus"
    assert "Mars/Olympus" in str(info.value)


# Hostile input -------------------------------------------------------------------


def test_many_note_lines():
    """5,000 note lines after a body all become notes."""
    body = "\n".join(SEED.splitlines()[:12])
    notes = "\n".join(
        f"Updated 12/{i % 28 + 1:02d}/24, 10:35 PM: Added detail." for i in range(5000)
    )
    revision = parse_text(body + "\n" + notes)
    assert len(revision.paragraphs) == 12
    assert len(revision.notes) == 5000
    assert revision.updated_at == datetime(2024, 12, 28, 22, 35)


def test_many_paragraphs():
    """10,000 one-line paragraphs all survive as paragraphs."""
    revision = parse_text("\n".join(f"Paragraph {i} reports a fact." for i in range(10_000)))
    assert len(revision.paragraphs) == 10_000


def test_control_bidi_and_zero_width_characters():
    """Control, bidi and zero-width characters are kept in the text, never a crash."""
    text = "\u202eRebels\u200b took Hama.\x00\nIran\u2066 left.\u2069\x07\n\u200d"
    revision = parse_text(text)
    joined = "".join(p.text for p in revision.paragraphs)
    for ch in "\u202e\u200b\x00\u2066\u2069\x07\u200d":
        assert ch in joined


def test_impossible_note_date_is_a_note_without_time():
    """A note with an impossible date is still a note, with at=None, and no crash."""
    revision = parse_text("Rebels took Hama.\nUpdated 13/45/24, 10:35 PM: Added detail.")
    assert len(revision.notes) == 1
    assert revision.notes[0].at is None
    assert revision.updated_at is None


def test_bare_labels_at_the_end_are_furniture_not_notes():
    """A lone "Corrections" or "Updated" line (a menu link, a stamp) is boilerplate."""
    rev = parse_text("The dam held overnight.\n\nCorrections\n\nUpdated")
    assert rev.notes == ()
    assert rev.boilerplate == ("Corrections", "Updated")
    assert [p.text for p in rev.paragraphs] == ["The dam held overnight."]


def test_plain_text_change_history_leaves_the_body():
    """GOV.UK's change history as text: dated lines are notes, the stamp line boilerplate."""
    rev = parse_text(
        "Small harbours can now bid for repair grants.\n\n"
        "Published 2 November 2021\nLast updated 3 November 2021 — show all updates\n\n"
        "10:39am, 2 November 2021: First published.\n"
        "3:29pm, 3 November 2021: Added a quote from the minister."
    )
    assert [p.text for p in rev.paragraphs] == ["Small harbours can now bid for repair grants."]
    assert [(n.kind, n.at) for n in rev.notes] == [
        (NoteKind.UPDATE, datetime(2021, 11, 2, 10, 39)),
        (NoteKind.UPDATE, datetime(2021, 11, 3, 15, 29)),
    ]
    assert "Published 2 November 2021" in rev.boilerplate


TRAVEL_ADVICE = """# Warnings and insurance

Still current at:
:   12 April 2025

Updated:
:   11 April 2025

Latest update:
:   Updated information on general risks you may face from terrorism.

## Before you travel

No travel can be guaranteed safe. Read all the advice in this guide.
"""


def test_definition_list_update_block_is_one_dated_note():
    """A Markdown definition list "Updated: DATE" over "Latest update: TEXT" is one dated note."""
    rev = parse_text(TRAVEL_ADVICE)
    assert [(n.kind, n.at) for n in rev.notes] == [(NoteKind.UPDATE, datetime(2025, 4, 11))]
    assert rev.notes[0].text == (
        "Updated: 11 April 2025\n"
        "Latest update: Updated information on general risks you may face from terrorism."
    )


def test_definition_list_stamp_and_markers_go_to_boilerplate():
    """A "Still current at: DATE" line is a page stamp; the ":" markers are kept as boilerplate."""
    rev = parse_text(TRAVEL_ADVICE)
    assert "Still current at: 12 April 2025" in rev.boilerplate
    assert rev.boilerplate.count(":") == 3
    assert [p.text for p in rev.paragraphs] == [
        "# Warnings and insurance",
        "## Before you travel",
        "No travel can be guaranteed safe. Read all the advice in this guide.",
    ]


def test_definition_list_in_the_body_joins_term_and_value():
    """A definition below the body's first lines reads "Term: value", in one paragraph."""
    rev = parse_text("Ferry fares rose again on Monday.\n\nTicket price:\n:   12 pounds\n")
    assert [p.text for p in rev.paragraphs] == [
        "Ferry fares rose again on Monday.",
        "Ticket price: 12 pounds",
    ]


def test_hard_wrap_is_measured_without_invisible_marks():
    """Soft hyphens take no room: lines wrapped at a printed width are still rejoined."""
    lines = [
        "The army withdrew from its positions around the city of",
        "Hama on Thursday after a week of heavy fighting with the",
        "Syrian rebels, who now hold the airport and the citadel,",
        "officials in Damascus said on Friday.",
    ]
    # The widest line carries a dozen soft hyphens: counted, they would make it
    # wider than the wrap, so that the other lines would look short.
    lines[2] = lines[2].replace("e", "e\u00ad").replace("i", "i\u00ad")
    rev = parse_text("\n".join(lines))
    assert [p.text for p in rev.paragraphs] == [" ".join(lines)]
