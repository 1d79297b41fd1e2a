"""Tests for newsdiff._reading._notes: note shapes, note dates, page furniture."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsdiff import NoteKind
from newsdiff._reading._notes import is_boilerplate, is_regret_line, match_note, note_shape
from newsdiff.exceptions import InvalidTypeError, UnknownTimezoneError

U, C, CL, E = NoteKind.UPDATE, NoteKind.CORRECTION, NoteKind.CLARIFICATION, NoteKind.EDITORS_NOTE
PUBLISHED = datetime(2024, 12, 6, 9, 0)

NOTE_FORMS = [
    (
        (
            "Updated 12/06/24, 10:35 PM: This article has been updated with additional "
            "information and background."
        ),
        U,
        datetime(2024, 12, 6, 22, 35),
    ),
    ("Correction: An earlier version of this article misstated the number of troops.", C, None),
    ("Correction: Dec. 7, 2024", C, datetime(2024, 12, 7)),
    (
        "This article was amended on 7 December 2024 to correct the name of the city.",
        C,
        datetime(2024, 12, 7),
    ),
    ("This article was amended on 7 December 2024 to add a comment.", U, datetime(2024, 12, 7)),
    ("Clarification: The report cited was published by Reuters, not the AP.", CL, None),
    ("Editor's note: This story contains graphic descriptions.", E, None),
    ("Editor’s Note: This story contains graphic descriptions.", E, None),
    ("EDITOR'S NOTE: This story contains graphic descriptions.", E, None),
    ("editor’s note: this story contains graphic descriptions.", E, None),
    ("Editors’ Note: An earlier headline overstated the withdrawal.", E, None),
    ("UPDATE (Dec. 8, 2024, 9:14 a.m. EST): Officials confirmed the evacuation.", U, None),
    ("[Updated at 3:15 p.m. ET on Dec. 6]", U, None),
    ("This story has been updated with additional reporting.", U, None),
    ("Update, Dec. 7: Rebels reached Homs.", U, datetime(2024, 12, 7)),
    (
        "CORRECTION (Dec. 7): The rebels took Hama on Thursday, not Friday.",
        C,
        datetime(2024, 12, 7),
    ),
    ("*Correction*", C, None),
    ("This article has been corrected to reflect the date of the withdrawal.", C, None),
    ("An earlier version of this story misstated when Hama fell.", C, None),
    ("A previous version of this article misidentified the analyst.", C, None),
    ("Updated: Dec. 7, 2024, 10:02 a.m.", U, datetime(2024, 12, 7, 10, 2)),
    ("Updated Dec. 6 with comments from the ministry.", U, datetime(2024, 12, 6)),
    ("Correction appended", C, None),
    ("Corrections & Clarifications: The map showed the wrong border.", C, None),
    ("UPDATE: Russia's foreign ministry responded on Saturday.", U, None),
    ("• This article was amended on 8 December 2024.", U, datetime(2024, 12, 8)),
    ("Clarified 12/07/2024: The embassy staff left by road.", CL, datetime(2024, 12, 7)),
    ("Last updated: Dec. 7, 2024, 10:02 a.m.", U, datetime(2024, 12, 7, 10, 2)),
]


@pytest.mark.parametrize(("text", "kind", "at"), NOTE_FORMS)
def test_note_forms(text: str, kind: NoteKind, at: datetime | None):
    """Each printed note form is recognised with its kind, its time and its text as written."""
    note = match_note(text, published_at=PUBLISHED)
    assert note is not None
    assert note.kind is kind
    assert note.text == text
    if at is not None:
        assert note.at == at


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "UPDATE (Dec. 8, 2024, 9:14 a.m. EST): Officials confirmed it.",
            "2024-12-08T09:14:00-05:00",
        ),
        ("[Updated at 3:15 p.m. ET on Dec. 6]", "2024-12-06T15:15:00-05:00"),
        ("[Updated at 3:15 p.m. ET on July 6, 2024]", "2024-07-06T15:15:00-04:00"),
        ("Updated July 6, 2024, 10 a.m. EST: More detail.", "2024-07-06T10:00:00-04:00"),
        ("Updated 12/06/24, 10:35 PM: More.", "2024-12-06T22:35:00-05:00"),
        ("Updated 07/06/24, 10:35 PM: More.", "2024-07-06T22:35:00-04:00"),
    ],
)
def test_note_times_with_zones(text: str, iso: str):
    """Note times carry the zone printed, or tz, with the DST offset of the date."""
    note = match_note(text, tz="America/New_York", published_at=PUBLISHED)
    assert note is not None
    assert note.at is not None
    assert note.at.isoformat() == iso
    assert isinstance(note.at.tzinfo, ZoneInfo)


def test_note_time_dayfirst():
    """Dayfirst reads a day-first note date as such."""
    note = match_note("Updated 07/12/24, 10:35: Added reaction.", dayfirst=True)
    assert note is not None
    assert note.at == datetime(2024, 12, 7, 10, 35)


def test_note_missing_year_needs_published_at():
    """A yearless note date uses published_at's year, and is None without it."""
    with_year = match_note("Update, Dec. 7: More.", published_at=PUBLISHED)
    without = match_note("Update, Dec. 7: More.")
    assert with_year is not None
    assert with_year.at == datetime(2024, 12, 7)
    assert without is not None
    assert without.at is None


def test_impossible_note_date_leaves_at_none():
    """A note whose date cannot exist is still a note, with at=None."""
    note = match_note("Updated 13/45/24, 10:35 PM: This article has been updated.")
    assert note is not None
    assert note.kind is U
    assert note.at is None


def test_text_opening_with_a_partial_date_is_not_a_time():
    """'Correction: Dec. 7 storms killed 12' is a correction about Dec. 7, not dated Dec. 7."""
    note = match_note("Correction: Dec. 7 storms killed 12, not 10.", published_at=PUBLISHED)
    assert note is not None
    assert note.kind is C
    assert note.at is None


def test_heading_with_following_lines():
    """A heading followed by lines is one note whose text keeps the line break."""
    text = "Correction: Dec. 7, 2024\nAn earlier version misstated the toll."
    note = match_note(text, published_at=PUBLISHED)
    assert note is not None
    assert note.text == text
    assert note.at == datetime(2024, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Update on the vaccine rollout: officials said doses would arrive.",
        "Updated guidance from the ministry says troops will stay.",
        "Correction officers said the prison was calm.",
        "Corrections officials: no escapes were reported.",
        "Updated 5 things to know: the rebels advanced.",
        "The price list was updated on Friday.",
        "An earlier version of the bill passed the House.",
        "This was a story about Syria that has been updated by history.",
        "updated on Dec. 6 with new figures, the list grew.",
        "Clarifications were demanded by the opposition.",
        "Iran has been a close ally of Assad's regime.",
        "",
        "Updated " + "1 " * 400 + ": overlong",
    ],
)
def test_not_notes(text: str):
    """Ordinary sentences that merely mention an update are not notes."""
    assert match_note(text) is None


def test_note_shape_marks_headings():
    """Label-and-date lines are headings; labelled lines with text are not."""
    heading = note_shape("Correction: Dec. 7, 2024")
    assert heading is not None
    assert heading.heading
    assert heading.date_text == "Dec. 7, 2024"
    body = note_shape("Correction: An earlier version erred.")
    assert body is not None
    assert not body.heading
    sentence = note_shape("An earlier version of this story erred.")
    assert sentence is not None
    assert sentence.sentence


def test_match_note_checks_types():
    """match_note rejects non-text and unknown zones with the library's errors."""
    with pytest.raises(InvalidTypeError):
        match_note(None)  # type: ignore[arg-type]
    with pytest.raises(UnknownTimezoneError):
        match_note("Correction: x", tz="Mars/Olympus")


@pytest.mark.parametrize(
    "line",
    [
        "more",
        "More",
        "Read more",
        "READ MORE »",
        "Advertisement",
        "Skip advertisement",
        "Sign up for our morning briefing",
        "Share this article",
        "Subscribe to our newsletter",
        "Click here to read the full report",
        "Follow us on Twitter",
        "Related: Rebels take Aleppo",
        "Continue reading",
        "Image",
        "Story continues below advertisement",
        "Photo: Mohammed Al-Rifai/AFP",
        "Mohammed Al-Rifai/AFP via Getty Images",
        "© 2024 Example News. All rights reserved.",
        "Listen to this article",
        "This article is more than 5 years old",
        "Published more than four years ago",
        "Loading Comments...",
        "Please wait...",
        "This feature is temporarily unavailable. Please try again later.",
        "Next page: Security>>",
        "【本文版权所有，未经授权，不得转载。】",
    ],
)
def test_boilerplate_lines(line: str):
    """Whole lines of page furniture are boilerplate."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "More than 200 people were evacuated from Hama on Friday.",
        "Read the full statement below, the ministry said.",
        "He added: “Syria’s best bet may be Iran.”",
        "Advertisement revenue fell by a third, the company said.",
        "Image of the city was broadcast on state television.",
        "Subscribers to the channel saw the footage first.",
        "Rebels entered the city. Photographs showed them at the square, AFP/Getty Images",
        "",
        "Share " + "x" * 200,
        "Please wait for the ferry before boarding at the pier.",
        "The service is unavailable until the bridge reopens.",
        "Next page for the council: a vote on the budget.",
    ],
)
def test_not_boilerplate(line: str):
    """Article sentences that start like furniture are not boilerplate."""
    assert not is_boilerplate(line)


def test_regret_lines():
    """'We regret the error.' and 'The Times regrets the error.' close a correction."""
    assert is_regret_line("We regret the error.")
    assert is_regret_line("The Daily Example regrets the error.")
    assert not is_regret_line("Iran regrets nothing, the minister said.")


@pytest.mark.parametrize(
    ("text", "kind", "at"),
    [
        (
            (
                "This article was amended on 7 December 2024 to remove a claim that the mayor "
                "had resigned."
            ),
            C,
            datetime(2024, 12, 7),
        ),
        ("This article was amended on 7 December 2024 to add a photograph.", U, None),
        (
            (
                "This article was originally published on 4 May 2023 and has been updated with "
                "new figures from the census."
            ),
            U,
            datetime(2023, 5, 4),
        ),
        ("10:39am, 2 November 2021: First published.", U, datetime(2021, 11, 2, 10, 39)),
        (
            "3:29pm, 3 November 2021: Corrected a typo in the minister's name.",
            C,
            datetime(2021, 11, 3, 15, 29),
        ),
    ],
)
def test_amendment_and_history_lines(text: str, kind: NoteKind, at: datetime | None):
    """Amendments that remove errors are corrections; republished and history lines are notes."""
    note = match_note(text)
    assert note is not None
    assert note.kind is kind
    if at is not None:
        assert note.at == at


@pytest.mark.parametrize(
    "text",
    [
        "10:39am, 2 November 2021 police arrived at the scene.",
        "10:39am: police arrived at the scene.",
        "The article was originally published in a local paper, which closed.",
    ],
)
def test_history_like_prose_is_not_a_note(text: str):
    """Timeline prose without a clock time, whole date and colon is not a history note."""
    assert match_note(text) is None


def test_old_bbc_stamp_reads_the_gmt_time():
    """'10:12 GMT 11:12 UK' is read as 10:12 UTC, not the UK local time as UTC."""
    note = match_note("Last Updated: Monday, 3 March 2008, 10:12 GMT 11:12 UK")
    assert note is not None
    assert note.at is not None
    assert (note.at.hour, note.at.minute, note.at.utcoffset()) == (10, 12, timedelta(0))


@pytest.mark.parametrize(
    "line",
    [
        "— Example News Agency (@examplenews) October 2, 2017",
        "pic.twitter.com/Ab12Cd34",
        "More about: Harbours, Fishing, Coastal towns",
        "My Account",
        "Logout",
        "Register",
        "Published 2 November 2021 / Last updated 3 November 2021 — show all updates",
        "Published",
        "Copyright 2017 Example Press. All rights reserved.",
    ],
)
def test_page_chrome_lines_are_boilerplate(line: str):
    """Embed credits, tag lists, account links and publication stamps are furniture."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "More about the harbour scheme will be published next week.",
        "The agency (@examplenews) said on October 2, 2017 that it had filed.",
        "Published figures show the fund is twice as large as last year.",
        "Updated: Dec. 7, 2024",
    ],
)
def test_sentences_like_chrome_are_not_boilerplate(line: str):
    """Sentences that start like page chrome stay article text (or notes)."""
    assert not is_boilerplate(line)
