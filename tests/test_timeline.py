"""Tests of newsdiff.render.timeline: an article's history as one self-contained HTML page."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import attrs
import pytest

from newsdiff import Article, Revision, parse_text, render
from newsdiff.exceptions import InvalidTypeError

HAMA = "Rebels took the central city of Hama on Thursday after government forces withdrew."
FLED = "About 12,300 people fled the city over the following two days."
QUEUES = "Residents described long queues at checkpoints on the roads out of the city."


def at(hour: int) -> datetime:
    """6 December 2024 at *hour*, UTC."""
    return datetime(2024, 12, 6, hour, tzinfo=UTC)


def history() -> Article:
    """Three captures: a figure edited, then a sentence added with an update note."""
    return Article(
        revisions=[
            Revision.from_paragraphs([HAMA, FLED], captured_at=at(9), headline="Rebels take Hama"),
            Revision.from_paragraphs(
                [HAMA, FLED.replace("12,300", "14,000")],
                captured_at=at(10),
                headline="Rebels take Hama",
            ),
            attrs.evolve(
                parse_text(
                    f"{HAMA}\n\n{FLED.replace('12,300', '14,000')}\n\n{QUEUES}\n\n"
                    "Updated 6 December 2024, 11:00 AM UTC: <script>alert(1)</script> queues.",
                    captured_at=at(11),
                    tz="UTC",
                ),
                headline="Rebels take Hama",
            ),
        ]
    )


def rows(page: str) -> list[str]:
    """The table rows' text, tags stripped."""
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    return [re.sub(r"<[^>]+>", "", row) for row in body.split("<tr>")[1:]]


def test_one_row_per_revision_with_time_significance_and_counts_by_role():
    """Each step says what it added, removed and edited, by role."""
    article = history()
    fled, queues = article.revisions[1].sentences[1], article.revisions[2].sentences[2]
    lines = rows(render.timeline(article))
    assert len(lines) == 3
    assert lines[0].startswith("2024-12-06 09:00+00:00")
    assert "First revision: 2 sentence(s)" in lines[0]
    assert f"substantive: edited: 1 {fled.role.value}" in lines[1]
    assert f"added: 1 {queues.role.value}" in lines[2]
    assert "removed" not in lines[2]


def test_notes_are_shown_and_every_text_is_escaped():
    """A note with markup in it is shown as text; the page has no script and fetches nothing."""
    page = render.timeline(history())
    assert "update note: Updated 6 December 2024" in rows(page)[2]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page
    assert not re.search(r"(src|href)\s*=", page)
    assert "default-src 'none'" in page


def test_the_chart_has_a_bar_segment_per_kind_of_change():
    """Kept, edited, added and removed sentences each get their rectangles, with titles."""
    page = render.timeline(history())
    titles = re.findall(r"<title>(revision \d+: [^<]+)</title>", page)
    assert titles == [
        "revision 1: 2 kept",
        "revision 2: 1 kept",
        "revision 2: 1 edited",
        "revision 3: 2 kept",
        "revision 3: 1 added",
    ]


def test_removed_sentences_go_below_the_line():
    """A removal is drawn as a 'removed' rectangle for that revision."""
    article = Article(
        revisions=[
            Revision.from_paragraphs([HAMA, FLED], captured_at=at(9)),
            Revision.from_paragraphs([HAMA], captured_at=at(10)),
        ]
    )
    page = render.timeline(article)
    assert "<title>revision 2: 1 removed</title>" in page
    role = article.revisions[0].sentences[1].role.value
    assert f"removed: 1 {role}" in rows(page)[1]


def test_title_defaults_to_the_latest_headline_and_is_escaped():
    """The heading is the latest headline unless a title is given; both are escaped."""
    assert "<h1>Rebels take Hama</h1>" in render.timeline(history())
    page = render.timeline(history(), title="A <b>bold</b> title")
    assert "<h1>A &lt;b&gt;bold&lt;/b&gt; title</h1>" in page


def test_an_empty_article_gives_a_page_and_a_wrong_type_an_error():
    """No revisions: a page with no rows; not an Article: a clear error."""
    assert rows(render.timeline(Article(revisions=[]))) == []
    with pytest.raises(InvalidTypeError, match="article"):
        render.timeline("not an article")  # type: ignore[arg-type]
