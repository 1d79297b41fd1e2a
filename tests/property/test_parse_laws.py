"""Hypothesis laws for newsdiff.parse_text: nothing lost, line endings, notes at the ends."""

from collections import Counter
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsdiff import Revision, parse_text
from newsdiff._reading._notes import is_boilerplate

SEED_LINES = [
    line
    for line in (Path(__file__).parent.parent / "fixtures" / "seed.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]
SEED_BODY = SEED_LINES[:12]
NOTE_LINES = [
    "Updated 12/06/24, 10:35 PM: This article has been updated with additional information.",
    "Correction: An earlier version of this article misstated the number of troops.",
    "Correction: Dec. 7, 2024",
    "*Correction*",
    "This article was amended on 7 December 2024 to correct the spelling of a name.",
    "Clarification: The report was published by Reuters.",
    "Editor’s Note: This story contains graphic descriptions.",
    "UPDATE (Dec. 8, 2024, 9:14 a.m. EST): Officials confirmed the evacuation.",
    "[Updated at 3:15 p.m. ET on Dec. 6]",
    "This story has been updated with additional reporting.",
    "Updated 13/45/24, 10:35 PM: impossible date.",
    "We regret the error.",
    "An earlier version of this story gave the wrong date.",
]
BOILERPLATE_LINES = [
    "more",
    "Read more",
    "Advertisement",
    "Sign up for our newsletter",
    "Share this article",
    "Related: Rebels take Aleppo",
    "Skip advertisement",
    "Image",
]
ODD_CHARACTERS = "\u200b\u200d\u202e\u2066\u2069\ufeff\x00\x07\x1b\u00ad\u00a0\t"
LINE_ENDINGS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n"]

lines = st.one_of(
    st.sampled_from(SEED_LINES),
    st.sampled_from(NOTE_LINES),
    st.sampled_from(BOILERPLATE_LINES),
    st.text(max_size=120),
    st.text(alphabet=st.sampled_from(ODD_CHARACTERS + "ab .:"), max_size=20),
    st.just(""),
)


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """Texts made of seed, note, furniture and arbitrary lines with mixed endings."""
    chosen = draw(st.lists(lines, max_size=25))
    endings = draw(
        st.lists(st.sampled_from(LINE_ENDINGS), min_size=len(chosen), max_size=len(chosen))
    )
    return "".join(line + end for line, end in zip(chosen, endings, strict=True))


def _visible(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def _accounted(revision: Revision) -> Counter[str]:
    pieces = [p.text for p in revision.paragraphs]
    pieces += [n.text for n in revision.notes]
    pieces += list(revision.boilerplate)
    return _visible("".join(pieces))


@given(article_texts())
def test_nothing_is_lost_or_duplicated(text: str):
    """Every non-whitespace character of the input is in exactly one paragraph, note or boilerplate line."""  # noqa: E501
    assert _accounted(parse_text(text)) == _visible(text)


@given(st.text())
def test_nothing_is_lost_from_arbitrary_unicode(text: str):
    """Arbitrary Unicode parses without error and keeps every non-whitespace character."""
    assert _accounted(parse_text(text)) == _visible(text)


@given(article_texts())
def test_line_ending_style_does_not_matter(text: str):
    """Writing the same text with \\r\\n or \\r line endings gives an equal revision."""
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = parse_text(unix)
    assert parse_text(unix.replace("\n", "\r\n")) == expected
    assert parse_text(unix.replace("\n", "\r")) == expected


@given(article_texts(), st.sampled_from([None, "America/New_York", "UTC"]), st.booleans())
def test_parsing_is_deterministic(text: str, tz: str | None, dayfirst: bool):
    """The same text and options always give the same revision id."""
    published = datetime(2024, 12, 6, 8)
    first = parse_text(text, tz=tz, dayfirst=dayfirst, published_at=published)
    second = parse_text(text, tz=tz, dayfirst=dayfirst, published_at=published)
    assert first.id == second.id


@given(article_texts())
def test_furniture_never_stays_in_the_body(text: str):
    """No body paragraph is a whole line of page furniture."""
    revision = parse_text(text)
    assert not any(is_boilerplate(p.text) for p in revision.paragraphs)


@given(st.lists(st.sampled_from(SEED_BODY), min_size=1, max_size=12), st.sampled_from(NOTE_LINES))
def test_a_note_line_between_body_lines_is_body(body: list[str], note: str):
    """A note-shaped line with body before it and two paragraphs after it is body.

    (One paragraph after a closing heading such as "Correction: Dec. 7, 2024"
    is read as the correction's text, so the law needs two.)
    """
    text = "\n".join([body[0], note, *body, body[0]])
    revision = parse_text(text)
    assert not any(note in n.text for n in revision.notes)
