import contextlib
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import trafilatura
from hypothesis import given
from hypothesis import strategies as st

from newsdiff import (
    NoteKind,
    QuoteKind,
    Revision,
    Significance,
    clear_caches,
    diff,
    parse_html,
    parse_text,
)
from newsdiff._reading._html import MAX_ELEMENTS
from newsdiff._reading._htmlbody import _BOX_WORDS, _NOTE_WORDS, _UPDATE_WORDS
from newsdiff._reading._htmlmeta import _repaired, decode_html, repair_text
from newsdiff.exceptions import (
    InvalidTypeError,
    NewsdiffError,
    NoArticleError,
    UnknownTimezoneError,
    ValidationError,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "html"


def page(name: str) -> bytes:
    """The bytes of a fixture page."""
    return (FIXTURES / name).read_bytes()


def texts(rev: Revision) -> list[str]:
    """The paragraphs of *rev* as strings."""
    return [p.text for p in rev.paragraphs]


def article(body: str, head: str = "") -> str:
    """A minimal page with *body* inside <article> and *head* inside <head>."""
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


STORY = (
    "<p>The council approved a new budget on Tuesday after a six-hour debate, officials said.</p>"
    "<p>Spending on roads will rise by 8 percent, and two new schools will be built.</p>"
    "<p>Opposition members said the plan relied on optimistic tax forecasts.</p>"
)

# --- Body -------------------------------------------------------------------


def test_paragraphs_are_kept_as_paragraphs():
    """Each <p> of the article becomes one paragraph, in order."""
    rev = parse_html(article(STORY))
    assert texts(rev) == [
        "The council approved a new budget on Tuesday after a six-hour debate, officials said.",
        "Spending on roads will rise by 8 percent, and two new schools will be built.",
        "Opposition members said the plan relied on optimistic tax forecasts.",
    ]


def test_clutter_is_left_out_of_the_body():
    """Captions, share bars, newsletter boxes, related lists, cookie banners stay out."""
    rev = parse_html(page("clutter.html"))
    body = rev.text
    for clutter in (
        "cookies",
        "Share on",
        "Photograph",
        "ferry terminal stood empty",
        "morning briefing",
        "inbox",
        "Island shops run short",
        "Coastal path closed",
        "All rights reserved",
        "Home",
    ):
        assert clutter not in body
    assert len(rev.paragraphs) == 5
    assert texts(rev)[2].startswith('"Islanders have been patient')


@pytest.mark.parametrize(
    "clutter",
    [
        (
            '<div data-component="newsletter-signup"><p>Get our free daily email with the stories'
            " you need to read before work.</p></div>"
        ),
        (
            '<div class="inline-promo"><p>Our reporters spent six months investigating the city'
            " budget. Read the full series here today.</p></div>"
        ),
        (
            '<p class="image-caption">Council members voted late on Tuesday night in the old'
            " chamber building.</p>"
        ),
        (
            '<div class="c-social-buttons"><p>Share this story with your friends on your favourite'
            " networks today.</p></div>"
        ),
        (
            '<div class="RelatedLinks"><p>Council rejected last year\'s budget after a similar'
            " debate in the chamber.</p></div>"
        ),
        (
            '<div class="wp-caption"><p>The old chamber building, where the council met on Tuesday'
            " night.</p></div>"
        ),
        (
            '<div class="subscribe-box"><p>Support independent journalism: become a member for less'
            " than the price of a coffee.</p></div>"
        ),
        (
            '<div role="complementary"><p>The council has 41 members elected for four years at a'
            " time.</p></div>"
        ),
        (
            '<ul class="hidden topics"><li>Politics &amp; Government</li>'
            "<li>Arts &amp; Entertainment</li><li>Local councils</li></ul>"
        ),
    ],
)
def test_clutter_inside_the_article_is_cut(clutter):
    """Furniture inside the article (by class, id, data attribute or role) is cut, story kept."""
    html = article(STORY.replace("</p>", "</p>" + clutter, 1))
    assert texts(parse_html(html)) == texts(parse_html(article(STORY)))


def _teasers(href: str) -> str:
    """A block titled "Other columns" of three linked headlines, each with its standfirst."""
    items = "".join(
        f'<div class="block"><h4><strong>Opinion</strong> <a href="{href}{n}">{title}</a></h4>'
        f"<p>{standfirst}</p></div>"
        for n, (title, standfirst) in enumerate(
            [
                ("A budget for the long run", "Our columnist weighs the council's six-year plan."),
                ("Roads before schools", "Why the spending rise goes to asphalt this time."),
                ("The forecast problem", "Tax forecasts have been wrong three years running."),
            ]
        )
    )
    return f'<div class="group"><h2>Other columns</h2><div class="items">{items}</div></div>'


def test_a_list_of_other_stories_is_left_out_whatever_its_class():
    """A block of headings that link to other pages, with standfirsts, is no part of the story."""
    story = f"<article><h1>Budget passes</h1>{STORY}</article>"
    html = f"<html><body>{story}{_teasers('/opinion/')}</body></html>"
    body = parse_html(html).text
    assert "Other columns" not in body
    assert "Roads before schools" not in body
    assert "asphalt" not in body
    assert "Opposition members said" in body


BLOG_POST = (
    "<h1>Budget passes</h1>The council approved a new budget on Tuesday after a long debate."
    "<br><br>Spending on roads will rise by 8 percent, and two new schools will be built."
    "<br><br>Opposition members said the plan relied on optimistic tax forecasts.<br>"
)


def _blog_table(side: str) -> str:
    """A blog page laid out in a table: the post in one cell, *side* in the cell beside it."""
    return (
        f"<html><body><table><tr><td>{BLOG_POST}</td>"
        f'<td class="sidebar">{side}</td></tr></table></body></html>'
    )


def test_a_side_column_of_links_beside_a_post_is_left_out():
    """A table cell of links under its own headings, beside the post's cell, is a menu."""
    side = (
        '<h2>Official links:</h2><a href="/shop">Merchandise</a><br>'
        '<a href="/bugs">Bug tracker</a><br><a href="/help">Account support</a><br>'
        '<a href="/twitter">Our team on Twitter</a><br><a href="/news">Newsroom archive</a><br>'
        "<b>Try our other games!</b><br><h2>Community:</h2>"
        '<a href="/forum">Player forums</a><br><a href="/live">Live streams of the game</a>'
    )
    body = parse_html(_blog_table(side)).text
    for furniture in ("Official links", "Bug tracker", "Try our other games", "forums"):
        assert furniture not in body
    assert "optimistic tax forecasts" in body


def test_side_boxes_of_links_with_their_own_paragraphs_are_left_out():
    """A side cell of link boxes, with header paragraphs and an ad's script, is a menu."""
    side = (
        "<script>var ad_channel = 'side-column-advertising-slot-for-the-weekly-edition';</script>"
        '<div class="SideBox"><p class="Header">Weekly Edition</p>'
        '<a href="/front">Front page</a><br><a href="/security">Security</a><br>'
        '<a href="/kernel">Kernel development</a><br><a href="/big">One big page</a></div>'
        '<div class="SideBox"><p class="Header">This page</p><a href="/prev">Previous week</a>'
        '<br><a href="/next">Following week</a></div>'
    )
    html = (
        f'<html><body><table><tr><td class="LeftColumn">{side}</td>'
        f"<td><h1>Budget passes</h1>{STORY}</td></tr></table></body></html>"
    )
    body = parse_html(html).text
    for furniture in ("Front page", "Kernel development", "Previous week", "This page"):
        assert furniture not in body
    assert "optimistic tax forecasts" in body


def test_a_post_of_links_keeps_its_own_cell():
    """A post whose paragraphs are mostly links, the longest cell of its row, is kept."""
    post = "".join(
        f'<p><a href="/s{n}">{title}</a> (via a reader)</p>'
        for n, title in enumerate(
            [
                "The council approved a new budget on Tuesday after a six-hour debate",
                "Spending on roads will rise by 8 percent, and two new schools will be built",
                "Opposition members said the plan relied on optimistic tax forecasts",
            ]
        )
    )
    html = (
        f"<html><body><table><tr><td><h1>Links of the week</h1>{post}</td>"
        '<td><p><a href="/about">About</a></p><p><a href="/archive">Archive</a></p></td>'
        "</tr></table></body></html>"
    )
    body = parse_html(html).text
    assert "optimistic tax forecasts" in body
    assert "two new schools" in body


def test_a_cell_of_prose_beside_a_post_is_kept():
    """A cell beside the post whose text is mostly not links is no menu: it stays."""
    side = (
        "Editor's aside: the vote was the closest in the council's history, "
        'decided by one member (<a href="/votes">the full roll call</a>).'
    )
    body = parse_html(_blog_table(side)).text
    assert "closest in the council's history" in body
    assert "optimistic tax forecasts" in body


def test_the_site_s_licence_line_is_left_out():
    """A short block with a rel="license" link is the site's licence, not the story."""
    licence = (
        '<p><a rel="license" href="https://creativecommons.org/licenses/by-sa/3.0/">'
        '<img alt="CC"></a> This website and all documents on it are licensed under a <a rel="'
        'license" href="https://creativecommons.org/licenses/by-sa/3.0/">Creative Commons'
        " Attribution-Share Alike License</a>.</p>"
    )
    body = parse_html(article(STORY + licence)).text
    assert "licensed under" not in body
    assert "optimistic tax forecasts" in body


def test_a_licence_named_in_the_story_is_kept():
    """Story prose that names and links a licence, without rel="license", stays."""
    prose = (
        '<p>The council released its budget tool under the <a href="https://www.gnu.org/'
        'licenses/gpl-3.0.html">GNU General Public License</a>, officials said.</p>'
    )
    body = parse_html(article(STORY + prose)).text
    assert "GNU General Public License" in body


def test_the_legal_lines_under_a_copyright_line_are_left_out():
    """Short lines set off by <br> under a "Copyright ©" line are the site's, not the story's."""
    footer = (
        "<p><font size='-2'>Copyright © 2024, Daily Ltd.<br>Comments are copyrighted by"
        " their authors.<br>Acme is a registered trademark of Acme Corp<br></font></p>"
    )
    rev = parse_html(f"<html><body><article>{STORY}</article>{footer}</body></html>")
    assert "trademark" not in rev.text
    assert "copyrighted" not in rev.text
    assert texts(rev) == texts(parse_html(article(STORY)))


def test_a_trademark_sentence_in_the_story_is_kept():
    """A trademark sentence in the story, or a story paragraph opening with a credit, stays."""
    story = (
        "<p>Acme is a registered trademark of Acme Corp, the court heard on Tuesday.</p>"
        "<p>© Provided by Daily Ltd The council approved a new budget after a long debate,"
        " and the mayor said<br>the vote was the closest in the council's history.</p>"
    )
    body = parse_html(article(STORY + story)).text
    assert "registered trademark of Acme Corp, the court heard" in body
    assert "closest in the council's history" in body


def test_the_states_of_a_sign_up_widget_are_left_out():
    """The panes beside an app sign-up form ("Thanks!", "Now check your email") are furniture."""
    widget = (
        '<div class="small"><div class="logo">Daily App</div>'
        '<div class="pane"><form action="#"><p>Send yourself a link to the app.</p>'
        '<input type="text" name="email"></form></div>'
        '<div class="pane busy"><p>Please wait...</p></div>'
        '<div class="pane done"><h3>Thanks!</h3><p>Now check your email account on your phone'
        " to download your new app.</p></div></div>"
    )
    rev = parse_html(f"<html><body><article><h1>Budget</h1>{STORY}</article>{widget}</body></html>")
    assert "Thanks!" not in rev.text
    assert "check your email" not in rev.text
    assert texts(rev) == texts(parse_html(article(STORY)))


def test_a_short_story_with_a_form_in_its_body_is_kept():
    """A story body holding a sign-up form keeps its paragraphs, however short the story."""
    form = '<form action="/signup"><input type="text" name="email"></form>'
    html = (
        f"<html><body><header><h1>Budget passes</h1></header>"
        f'<div class="story-body">{STORY}{form}</div></body></html>'
    )
    assert texts(parse_html(html)) == texts(parse_html(article(STORY)))


def test_headings_that_link_within_the_page_are_the_story_s_own():
    """Section headings linking to anchors on the same page stay with their paragraphs."""
    sections = "".join(
        f'<h3><a href="#s{n}">Part {n}</a></h3><p>{text}</p>'
        for n, text in enumerate(
            [
                "The council approved a new budget on Tuesday after a six-hour debate.",
                "Spending on roads will rise by 8 percent, and two new schools will be built.",
                "Opposition members said the plan relied on optimistic tax forecasts.",
            ]
        )
    )
    body = parse_html(
        f"<html><body><article><h1>Budget</h1>{sections}</article></body></html>"
    ).text
    assert "Part 1" in body
    assert "two new schools" in body


def test_clutter_class_on_the_article_wrapper_does_not_cut_the_story():
    """A furniture word in the class of the element holding the story does not remove it."""
    html = f"<html><body><div class='story share-enabled'>{STORY}</div></body></html>"
    assert texts(parse_html(html)) == texts(parse_html(article(STORY)))


def test_repeated_headline_goes_to_boilerplate():
    """An <h1> repeating the headline at the top of the body is boilerplate, not text."""
    rev = parse_html(page("clutter.html"))
    assert rev.headline == "Ferry service to resume after strike ends"
    assert rev.boilerplate[0] == "Ferry service to resume after strike ends"
    assert rev.headline not in texts(rev)


def test_byline_line_at_top_goes_to_boilerplate():
    """A "By <author>" line opening the extracted body is set aside."""
    html = article(
        "<h1>Budget passes</h1><p>By Ana Ruiz</p>" + STORY,
        head="<meta name='author' content='Ana Ruiz'>",
    )
    rev = parse_html(html)
    assert "By Ana Ruiz" in rev.boilerplate
    assert rev.byline == ("Ana Ruiz",)
    assert texts(rev)[0].startswith("The council approved")


@pytest.mark.parametrize(
    "lead",
    [
        "By Thursday, rebels had taken the city. The army withdrew south of Hama in 2021.",
        "By March 2021 the dam had been repaired twice",
        "By 9 p.m. the crowd had gone home, police said on Friday",
    ],
)
def test_prose_opening_with_by_stays_in_the_body(lead: str) -> None:
    """A first paragraph that opens with "By" but reads as prose is article text, not a byline."""
    rev = parse_html(f"<html><body><article><h1>Rebels</h1><p>{lead}</p></article></body></html>")
    assert texts(rev) == [lead]
    assert lead not in rev.boilerplate


def test_credit_without_a_known_author_still_goes_to_boilerplate() -> None:
    """A bare "By <name>" credit above the story is set aside when the page names no author."""
    rev = parse_html(article("<h1>Budget passes</h1><p>By Ana Ruiz and Li Wei</p>" + STORY))
    assert "By Ana Ruiz and Li Wei" in rev.boilerplate


def test_paragraphs_without_letters_go_to_boilerplate():
    """A "***" section break or a stray "." paragraph is boilerplate, not a sentence."""
    rev = parse_html(article(STORY.replace("</p>", "</p><p>* * *</p>", 1) + "<p>.</p>"))
    assert texts(rev) == texts(parse_html(article(STORY)))
    assert rev.boilerplate == ("* * *", ".")


def test_page_timestamps_and_age_banners_go_to_boilerplate():
    """Bare timestamps at the top or bottom and age banners anywhere are page labels."""
    body = (
        "<p>Published 6 December 2024</p><p>Fri 6 Dec 2024 10.35 GMT</p>"
        + STORY.replace("</p>", "</p><p>This article is more than 4 years old</p>", 1)
        + "<p>Last modified on Sat 7 Dec 2024 09.00 GMT</p>"
    )
    rev = parse_html(article(body))
    assert texts(rev) == texts(parse_html(article(STORY)))
    assert rev.boilerplate == (
        "Published 6 December 2024",
        "Fri 6 Dec 2024 10.35 GMT",
        "This article is more than 4 years old",
        "Last modified on Sat 7 Dec 2024 09.00 GMT",
    )


def test_a_dotted_day_month_year_timestamp_at_the_top_is_a_page_label():
    """A German-style stamp ("08.04.2015 12:46") above the story is a page label."""
    rev = parse_html(article("<p>08.04.2015 12:46</p>" + STORY))
    assert texts(rev) == texts(parse_html(article(STORY)))
    assert rev.boilerplate == ("08.04.2015 12:46",)


def test_dates_inside_the_body_stay():
    """A date heading between paragraphs (a timeline) is article text."""
    body = STORY.replace("</p>", "</p><p>March 3, 2025</p>", 1)
    assert "March 3, 2025" in texts(parse_html(article(body)))


def test_furniture_lines_go_to_boilerplate_as_in_parse_text():
    """Lines parse_text calls furniture ("Advertisement") are boilerplate here too."""
    rev = parse_html(
        article(STORY.replace("</p><p>Spending", "</p><p>Advertisement</p><p>Spending"))
    )
    assert "Advertisement" in rev.boilerplate
    assert "Advertisement" not in rev.text


def test_line_breaks_split_paragraphs():
    """A <br> inside a paragraph starts a new paragraph, as a line does in parse_text."""
    html = article(
        "<p>The storm reached the coast at dawn on Monday.<br>"
        "Power was cut to 20,000 homes across the region.</p>" + STORY
    )
    rev = parse_html(html)
    assert texts(rev)[:2] == [
        "The storm reached the coast at dawn on Monday.",
        "Power was cut to 20,000 homes across the region.",
    ]


def test_list_items_and_table_rows_are_paragraphs():
    """List items are paragraphs; table rows are paragraphs with cells joined by " | "."""
    html = article(
        STORY
        + "<ul><li>Roads: 8 percent more.</li><li>Schools: two new buildings.</li></ul>"
        + "<table><tr><td>Ward</td><td>Votes</td></tr><tr><td>North</td><td>1,204</td></tr></table>"
    )
    paragraphs = texts(parse_html(html))
    assert "Roads: 8 percent more." in paragraphs
    assert "Schools: two new buildings." in paragraphs
    assert "North | 1,204" in paragraphs


def test_whitespace_inside_paragraphs_is_collapsed():
    """Source line breaks and indentation inside a <p> become single spaces."""
    html = article(
        "<p>The   council\n      approved\tthe budget on Tuesday, officials said.</p>" + STORY
    )
    assert (
        texts(parse_html(html))[0] == "The council approved the budget on Tuesday, officials said."
    )


# --- Notes ------------------------------------------------------------------


def test_correction_box_becomes_a_note():
    """A <div class="correction"> outside the text trafilatura keeps becomes a CORRECTION note."""
    rev = parse_html(page("correction_box.html"))
    corrections = [n for n in rev.notes if n.kind is NoteKind.CORRECTION]
    assert len(corrections) == 1
    assert corrections[0].text.startswith("Correction: An earlier version of this article")
    assert "It was 40, not 14." in corrections[0].text
    assert "earlier version" not in rev.text


@pytest.mark.parametrize(
    "marker",
    ['class="Correction_Box"', 'data-component="articleCorrection"', 'id="CORRECTION-1"'],
)
def test_correction_box_is_found_whatever_the_case_and_separators_of_its_name(marker):
    """A box named in capitals, camelCase or with "_" in any attribute read is still a note."""
    box = f"<div {marker}>The river is the Orne, not the Odon.</div>"
    rev = parse_html(article(STORY).replace("</body>", box + "</body>"))
    assert [(n.kind, n.text) for n in rev.notes] == [
        (NoteKind.CORRECTION, "The river is the Orne, not the Odon.")
    ]
    assert "Orne" not in rev.text


def test_every_note_box_word_holds_a_word_the_page_is_first_searched_for():
    """The one-pass search of a page's attributes looks for a part of every note-box word."""
    for word in [*_NOTE_WORDS, *_UPDATE_WORDS]:
        assert any(part in word for part in _BOX_WORDS), word


def test_update_box_becomes_a_dated_note_and_sets_updated_at():
    """An <aside> update box is read as a note, its date in the page's zone rules."""
    rev = parse_html(page("correction_box.html"))
    updates = [n for n in rev.notes if n.kind is NoteKind.UPDATE]
    assert len(updates) == 1
    assert updates[0].at == datetime(2024, 12, 7, 9, 14, tzinfo=ZoneInfo("America/New_York"))
    assert rev.updated_at == updates[0].at
    assert "mayor's comments" not in rev.text


def test_box_class_without_note_text_is_still_a_correction():
    """A box whose class says "correction" is a note even when its text has no label."""
    html = article(STORY + "<div class='article-correction'>The mayor's name was misspelled.</div>")
    rev = parse_html(html)
    assert [(n.kind, n.text) for n in rev.notes] == [
        (NoteKind.CORRECTION, "The mayor's name was misspelled.")
    ]


def test_box_with_heading_and_nested_markup_is_one_note_in_reading_order():
    """A box with a heading, nested boxes and inline markup is one note, text in order."""
    html = article(
        STORY + "<section class='corrections'><h4>Correction</h4>"
        "<div class='correction-body'><p><span><b>Dec. 8:</b> The</span> vote count was"
        " 31, not 13.</p></div></section>"
    )
    notes = parse_html(html).notes
    assert len(notes) == 1
    assert notes[0].kind is NoteKind.CORRECTION
    assert notes[0].text == "Correction\nDec. 8: The vote count was 31, not 13."


def test_correction_class_on_the_article_wrapper_is_not_a_box():
    """A wrapper holding the story is never read as a note box, whatever its class."""
    html = f"<html><body><div class='story has-correction'>{STORY}</div></body></html>"
    rev = parse_html(html)
    assert rev.notes == ()
    assert len(rev.paragraphs) == 3


def test_update_class_on_a_timestamp_is_not_a_note():
    """An "updated" timestamp label is not a note: update boxes need a note's shape."""
    html = article("<div class='updated'>Dec. 7, 2024</div>" + STORY)
    assert parse_html(html).notes == ()


def test_notes_in_the_body_are_read_as_parse_text_reads_them():
    """A note paragraph at the end of the body becomes the same Note parse_text makes."""
    note = "Updated 12/06/24, 10:35 PM: This article has been updated with new figures."
    rev = parse_html(article(STORY + f"<p>{note}</p>"), tz="America/New_York")
    expected = parse_text(note, tz="America/New_York").notes
    assert rev.notes == expected
    assert rev.updated_at == expected[0].at
    assert note not in rev.text


def test_note_repeated_in_box_and_body_is_kept_once():
    """A correction both in a box and in the body text is one note, not two."""
    text = "Correction: An earlier version of this story misstated the budget's size."
    html = article(STORY + f"<p>{text}</p>").replace(
        "</article>", f"</article><div class='correction'>{text}</div>"
    )
    assert len(parse_html(html).notes) == 1


# --- Metadata ---------------------------------------------------------------


def test_json_ld_news_article_in_graph_wins():
    """JSON-LD NewsArticle (in @graph, among other nodes) beats OpenGraph and <meta>."""
    rev = parse_html(page("jsonld.html"))
    plus2 = timezone(timedelta(hours=2))
    assert rev.headline == "Wildfire forces evacuations in hill towns"
    assert rev.byline == ("Priya Raman", "Tom Okafor")
    assert rev.published_at == datetime(2024, 8, 14, 6, 30, tzinfo=plus2)
    assert rev.updated_at == datetime(2024, 8, 14, 18, 5, tzinfo=plus2)
    assert rev.url == "https://courier.example/2024/08/14/wildfire-evacuations"
    assert rev.metadata == {
        "canonical_url": "https://courier.example/2024/08/14/wildfire-evacuations",
        "site_name": "Valley Courier",
        "language": "en-GB",
    }


def test_json_ld_single_author_string_with_two_names_is_split():
    """An author given as "A and B" in one JSON-LD string is two names."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        ' "author": {"name": "By Ana Ruiz and Li Wei"}}</script>'
    )
    assert parse_html(article(STORY, head=ld)).byline == ("Ana Ruiz", "Li Wei")


def test_name_suffix_stays_with_its_name():
    """A suffix such as "Jr." stays with its name: one author, not two."""
    head = "<meta name='author' content='Martin Cole, Jr.'>"
    assert parse_html(article(STORY, head=head)).byline == ("Martin Cole, Jr.",)


def test_opengraph_only_page():
    """OpenGraph and article:* tags give headline, times, url, site name and locale."""
    rev = parse_html(page("opengraph.html"))
    assert rev.headline == "Library extends weekend hours"
    assert rev.published_at == datetime(2024, 3, 2, 10, 0)
    assert rev.updated_at == datetime(2024, 3, 2, 16, 30)
    assert rev.url == "https://northside.example/library-hours"
    assert rev.metadata["site_name"] == "Northside Weekly"
    assert rev.metadata["language"] == "en-CA"
    # article:author holds a profile URL, which is not a name.
    assert rev.byline == ()


def test_zone_less_page_times_are_read_in_tz():
    """Zone-less page times take tz when given (else stay naive, as above)."""
    rev = parse_html(page("opengraph.html"), tz="America/Toronto")
    assert rev.published_at == datetime(2024, 3, 2, 10, 0, tzinfo=ZoneInfo("America/Toronto"))


def test_times_with_offsets_stay_as_written_whatever_tz():
    """A page time with a UTC offset keeps it even when tz names another zone."""
    rev = parse_html(page("jsonld.html"), tz="Asia/Tokyo")
    assert rev.published_at is not None
    assert rev.published_at.utcoffset() == timedelta(hours=2)


def test_page_without_metadata():
    """A page with no title, meta tags or structured data gives empty metadata fields."""
    rev = parse_html(page("bare.html"))
    assert rev.headline is None
    assert rev.byline == ()
    assert rev.published_at is None
    assert rev.updated_at is None
    assert rev.url is None
    assert rev.metadata == {}
    assert len(rev.paragraphs) == 3


def test_url_argument_wins_over_canonical():
    """url= is stored as given; the page's canonical URL stays in metadata."""
    rev = parse_html(page("jsonld.html"), url="https://web.archive.example/2024/x")
    assert rev.url == "https://web.archive.example/2024/x"
    assert rev.metadata["canonical_url"].startswith("https://courier.example/")


def test_captured_at_is_stored():
    """captured_at is passed through unchanged."""
    when = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
    assert parse_html(page("bare.html"), captured_at=when).captured_at == when


def test_time_element_and_compact_meta_dates():
    """<time datetime> and compact "20140112" meta dates are read when nothing better exists."""
    rev = parse_html(article("<time datetime='2024-05-06T07:08:00Z'>6 May</time>" + STORY))
    assert rev.published_at == datetime(2024, 5, 6, 7, 8, tzinfo=UTC)
    rev = parse_html(article(STORY, head="<meta name='pdate' content='20140112'>"))
    assert rev.published_at == datetime(2014, 1, 12)


def test_headline_from_h1_when_no_meta_title():
    """Without structured titles, the article's <h1> is the headline, not the <title>."""
    html = article("<h1>Budget passes</h1>" + STORY, head="<title>Budget passes | Daily</title>")
    assert parse_html(html).headline == "Budget passes"


def test_title_site_suffix_is_stripped():
    """A <title> ending in " | Site" loses the suffix when the site name is known."""
    head = (
        "<title>Budget passes | Metro | The Daily</title>"
        "<meta property='og:site_name' content='The Daily'>"
    )
    assert parse_html(article(STORY, head=head)).headline == "Budget passes"


def test_broken_json_ld_is_ignored():
    """Malformed or deeply nested JSON-LD falls back to other sources without an error."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
        '<script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 + "</script>"
        "<meta property='og:title' content='Budget passes'>"
    )
    assert parse_html(article(STORY, head=head)).headline == "Budget passes"


# --- Encodings --------------------------------------------------------------


def test_mojibake_is_repaired():
    """UTF-8 read as cp1252, once or twice, is repaired; entities are decoded."""
    rev = parse_html(page("mojibake.html"))
    paragraphs = texts(rev)
    assert paragraphs[0] == (
        "“The river rose faster than anyone expected,” said Señor Muñoz, the town’s mayor."
    )
    assert paragraphs[1] == (
        "Crews from São Paulo arrived on Tuesday – two days after the flood – with pumps and boats."
    )
    assert paragraphs[3].endswith(
        "at least €2 million & take months to repair, & not before spring."
    )
    assert rev.headline == "Flood waters recede in riverside town – Noticias"


def test_undeclared_cp1252_bytes_are_decoded():
    """Bytes that are not UTF-8 and declare no charset are read as Windows-1252."""
    rev = parse_html(page("cp1252.html"))
    assert rev.headline == "Café owners protest new rules"
    assert "“unworkable”" in rev.text
    assert "spring – after" in rev.text


def test_str_and_bytes_give_the_same_revision():
    """A page passed as text or as its UTF-8 bytes parses to the same revision."""
    raw = page("jsonld.html")
    assert parse_html(raw) == parse_html(raw.decode("utf-8"))


def test_declared_charset_and_bom_are_honoured():
    """<meta charset> and a byte-order mark choose the decoding."""
    html = article("<p>Le café a rouvert ses portes lundi matin, a déclaré la mairie.</p>" + STORY)
    latin = html.replace("<head>", "<head><meta charset='iso-8859-1'>").encode("latin-1")
    utf16 = html.encode("utf-16")
    for data in (latin, utf16):
        assert texts(parse_html(data))[0].startswith("Le café a rouvert")


def test_decode_html_fallbacks():
    """decode_html: declared charset, then UTF-8, then cp1252; Latin-1 as the last resort."""
    assert decode_html("<p>é</p>".encode()) == ("<p>é</p>", "utf-8")
    assert decode_html(b"<p>\xe9 \x93x\x94</p>") == ("<p>é “x”</p>", "cp1252")
    assert decode_html(b"<p>\x81</p>") == ("<p>\x81</p>", "latin-1")
    assert decode_html(b'<meta charset="no-such-codec"><p>\xc3\xa9') == (
        '<meta charset="no-such-codec"><p>é',
        "utf-8",
    )


def test_a_repeated_line_is_repaired_once_with_the_same_result():
    """A line seen again (the next capture of the page) is looked up, not repaired again."""
    clear_caches()
    first = repair_text("Franceâ€™s DieudonnÃ© &amp; co")
    hits = _repaired.cache_info().hits
    assert repair_text("Franceâ€™s DieudonnÃ© &amp; co") == first == "France’s Dieudonné & co"
    assert _repaired.cache_info().hits == hits + 1


def test_repair_text_leaves_style_alone():
    """repair_text fixes encodings but keeps quote style, width and normal form."""
    assert repair_text("“Straight” ‘quotes’ stay curly; ﬁ and ＡＢ stay") == (
        "“Straight” ‘quotes’ stay curly; ﬁ and ＡＢ stay"
    )
    assert repair_text("DieudonnÃ© MâBala") == "Dieudonné MâBala"
    assert repair_text("AT&amp;T") == "AT&T"


# --- Template noise ---------------------------------------------------------


def test_template_change_is_not_an_article_change():
    """Two captures differing only around the body diff to at most TYPOGRAPHIC."""
    old = parse_html(page("template_a.html"))
    new = parse_html(page("template_b.html"))
    assert old.fingerprint == new.fingerprint
    result = diff(old, new)
    assert result.significance <= Significance.TYPOGRAPHIC
    assert not any(c.op.name in {"ADDED", "REMOVED"} for c in result.changes)


def test_labels_kept_by_the_extractor_are_not_article_changes():
    """A later capture with a timestamp line, age banner and suffixed titles is no change."""
    old = parse_html(page("template_a.html"))
    later = (
        page("template_b.html")
        .replace(
            b'<div class="dcr-body">',
            b'<div class="dcr-body"><p>This article is more than 2 years old</p>'
            b"<p>Mon 4 Oct 2021 07.00 BST</p>",
        )
        .replace(b"record apple harvest</title>", b"record apple harvest | Farming</title>")
        .replace(
            b'content="Orchard growers report record apple harvest"',
            b'content="Orchard growers report record apple harvest | Farm Gazette"',
        )
    )
    new = parse_html(later)
    assert new.headline == old.headline == "Orchard growers report record apple harvest"
    assert new.fingerprint == old.fingerprint
    assert diff(old, new).significance <= Significance.TYPOGRAPHIC


def test_real_body_change_between_templates_is_seen():
    """The template pair with one figure changed is a substantive diff: noise is not all hidden."""
    old = parse_html(page("template_a.html"))
    new = parse_html(page("template_b.html").replace(b"52,000 tonnes", b"25,000 tonnes"))
    assert diff(old, new).significance is Significance.SUBSTANTIVE


# --- Bad pages --------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        ("  \n\t ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        ("A plain text article with no markup at all.", "no HTML markup"),
        (page("no_article.html"), "no article text"),
        ("<html><body><script>var x = 1;</script></body></html>", "no article text"),
        ("<html><body>" + "<div>" * 5_000 + "</body></html>", "no article text"),
    ],
)
def test_bad_pages_raise_no_article_error(data, problem):
    """Empty, binary, non-HTML and article-less pages raise NoArticleError naming the field."""
    with pytest.raises(NoArticleError, match=problem) as info:
        parse_html(data)
    assert info.value.field == "html"
    assert isinstance(info.value, ValidationError)


def test_page_with_too_many_elements_is_refused():
    """A ~2 MB page of tiny elements is refused before extraction, with a clear error."""
    data = "<html><body>" + "<div><span>x</span></div>" * 80_000 + "</body></html>"
    assert len(data) > 1_900_000
    assert MAX_ELEMENTS < 2 * 80_000
    with pytest.raises(NoArticleError, match="elements"):
        parse_html(data)


def test_large_page_with_a_real_article_parses():
    """~2 MB of inline script and data around a short article still yields the article."""
    blob = '{"k": "' + "x" * 2_000_000 + '"}'
    html = article(STORY, head=f"<script>window.__DATA__ = {blob};</script>")
    assert len(parse_html(html).paragraphs) == 3


def test_control_characters_in_text_are_dropped():
    """Stray control characters (not NUL-heavy binary) are removed, not fatal."""
    html = article(STORY.replace("Tuesday", "Tues\x00day\x1b"))
    assert "Tuesday" in parse_html(html).text


@given(st.one_of(st.text(max_size=300), st.binary(max_size=300)))
def test_any_input_gives_a_revision_or_a_newsdiff_error(data):
    """Whatever str or bytes comes in, the result is a Revision or a NewsdiffError."""
    try:
        rev = parse_html(data)
    except NewsdiffError:
        return
    assert isinstance(rev, Revision)
    assert rev.paragraphs


@given(
    st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<br>", "a", " ", "&amp;", "é"]), max_size=80)
)
def test_tag_soup_gives_a_revision_or_no_article(pieces):
    """Tag soup never escapes as anything but NoArticleError."""
    with contextlib.suppress(NoArticleError):
        parse_html("<html><body>" + "".join(pieces))


# --- Arguments and the extra ------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"html": 42}, "html"),
        ({"html": ["<p>x</p>"]}, "html"),
        ({"html": "<p>x</p>", "url": 3}, "url"),
        ({"html": "<p>x</p>", "captured_at": "2024-01-01"}, "captured_at"),
        ({"html": "<p>x</p>", "dayfirst": "yes"}, "dayfirst"),
        ({"html": "<p>x</p>", "tz": 5}, "tz"),
    ],
)
def test_wrong_types_raise_invalid_type_error(kwargs, field):
    """Arguments of the wrong type raise InvalidTypeError naming the argument."""
    html = kwargs.pop("html")
    with pytest.raises(InvalidTypeError) as info:
        parse_html(html, **kwargs)
    assert info.value.field == field


def test_unknown_zone_raises():
    """An unknown tz name raises UnknownTimezoneError, as in parse_text."""
    with pytest.raises(UnknownTimezoneError):
        parse_html(article(STORY), tz="Mars/Olympus")


def test_missing_extra_raises_import_error_with_install_hint(monkeypatch):
    """Without trafilatura installed, the ImportError says how to install the extra."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r'pip install "newsdiff\[html\]"'):
        parse_html(article(STORY))


def test_nothing_is_fetched(monkeypatch):
    """parse_html never goes to the network, even for a page that names its URL."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(trafilatura, "fetch_url", refuse)
    monkeypatch.setattr(trafilatura, "fetch_response", refuse)
    assert parse_html(page("jsonld.html")).paragraphs


def test_govuk_change_history_becomes_timed_notes():
    """Each dated line of a GOV.UK change history is a Note with its time and kind."""
    rev = parse_html(page("govuk_change_history.html"))
    found = [(n.kind, n.at) for n in rev.notes]
    assert found == [(NoteKind.CORRECTION, datetime(2021, 11, 3, 15, 29, tzinfo=UTC))]
    assert rev.notes[0].text == "3 November 2021: Corrected the closing date of the fund."


@pytest.mark.parametrize(
    "marker",
    [
        'class="App-C-Published_Dates"',
        'class="changeHistory"',
        'id="update-history"',
        'class="revision" id="-history"',
    ],
)
def test_change_history_is_found_whatever_the_case_and_separators_of_its_name(marker):
    """A history's class or id is read in any case, with "-" and "_" anywhere, class then id."""
    history = (
        f"<div {marker}><ol><li><time datetime='2021-11-03T15:29:00Z'>3 November 2021</time>"
        " Corrected the closing date of the fund.</li></ol></div>"
    )
    rev = parse_html(article(STORY + history))
    assert [(n.kind, n.text) for n in rev.notes] == [
        (NoteKind.CORRECTION, "3 November 2021: Corrected the closing date of the fund.")
    ]
    assert "Corrected" not in rev.text


def test_history_entry_text_on_the_line_of_its_time_is_not_doubled():
    """An entry whose text runs on after its <time> reads "DATE: text", the date once."""
    html = page("govuk_change_history.html").decode()
    html = html.replace(
        '3 November 2021</time>\n            <p class="app-c-published-dates__change-note">'
        "Corrected the closing date of the fund.</p>",
        "3 November 2021</time> Corrected the closing date of the fund.",
    )
    assert "</time> Corrected" in html
    rev = parse_html(html)
    assert rev.notes[0].text == "3 November 2021: Corrected the closing date of the fund."


def test_first_published_entry_dates_the_page_and_is_no_note():
    """The history's "First published." entry gives published_at and goes to boilerplate."""
    rev = parse_html(page("govuk_change_history.html"))
    assert rev.published_at == datetime(2021, 11, 2, 10, 39, tzinfo=UTC)
    assert "2 November 2021: First published." in rev.boilerplate
    assert all("First published" not in n.text for n in rev.notes)


def test_history_times_are_not_the_publication_time():
    """Without the history's entry for the first version, no change time dates the page."""
    html = page("govuk_change_history.html").decode()
    item = '<li class="app-c-published-dates__change-item">'
    start = html.rindex(item, 0, html.index("First pub"))
    end = html.index("</li>", start) + len("</li>")
    rev = parse_html(html[:start] + html[end:])
    assert rev.published_at is None
    assert rev.updated_at == datetime(2021, 11, 3, 15, 29, tzinfo=UTC)
    london = ZoneInfo("Europe/London")
    stamped = parse_html(html[:start] + html[end:], tz=london)
    assert stamped.published_at == datetime(2021, 11, 2, tzinfo=london)


def test_change_history_times_are_year_month_day_with_dayfirst():
    """A British page read with dayfirst=True keeps its ISO history times (3 Nov, not 11 Mar)."""
    rev = parse_html(page("govuk_change_history.html"), dayfirst=True)
    assert [n.at for n in rev.notes] == [datetime(2021, 11, 3, 15, 29, tzinfo=UTC)]
    assert rev.published_at == datetime(2021, 11, 2, 10, 39, tzinfo=UTC)
    assert rev.updated_at == datetime(2021, 11, 3, 15, 29, tzinfo=UTC)


def test_govuk_change_history_leaves_the_body():
    """No line of the change history stays in the paragraphs; its stamps are boilerplate."""
    rev = parse_html(page("govuk_change_history.html"))
    body = " ".join(texts(rev))
    for gone in ("First published", "show all updates", "Last updated", "Corrected the"):
        assert gone not in body
    assert "Published 2 November 2021" in rev.boilerplate
    assert texts(rev)[-1].startswith("Grants will be paid")


def test_corrections_link_in_footer_is_not_a_note():
    """A footer or menu link named "Corrections" never becomes a correction."""
    rev = parse_html(page("govuk_change_history.html"))
    assert all("Corrections" not in n.text for n in rev.notes)
    menu = article(
        "<p>The dam held overnight, engineers said on Friday.</p>"
        "<p>Residents were allowed to return home on Saturday.</p>"
    ).replace(
        "</body>",
        "<div class='site-links'><span class='corrections'><a href='/c'>Corrections</a></span>"
        "</div></body>",
    )
    assert not parse_html(menu).notes


def test_history_pages_diff_without_note_edits():
    """A capture that adds a change-history line diffs with a new note, not a body edit."""
    old_page = page("govuk_change_history.html").decode()
    start = old_page.index('<li class="app-c-published-dates__change-item">')
    end = old_page.index("</li>", start) + len("</li>")
    old = parse_html(old_page[:start] + old_page[end:])
    new = parse_html(old_page)
    assert len(new.notes) == len(old.notes) + 1
    assert texts(old) == texts(new)
    assert not diff(old, new).changes


def test_layout_table_paragraphs_do_not_glue():
    """Separate <p> elements in one layout-table cell stay separate paragraphs."""
    rev = parse_html(page("bbc_stm_table.html"))
    body = texts(rev)
    assert "The operator said repairs to the slipway had finished ahead of the old column." in body
    assert "As far as the council is concerned, the route is safe again, a spokesman said." in body
    assert not any(".As far" in p for p in body)


def test_data_table_row_keeps_its_cells_on_one_line():
    """A data table row with one text per cell is still one paragraph, cells joined by " | "."""
    rev = parse_html(
        article(
            STORY + "<table><tr><th>Ward</th><th>Votes</th></tr>"
            "<tr><td>North</td><td>1,204</td></tr></table>"
        )
    )
    assert "North | 1,204" in texts(rev)


GALLERY = (
    "<div class='dnd-widget-wrapper type-gallery'><div class='full-gallery'>"
    "<ul class='legends'><li data-gallery-legend='1'><h2><span class='counter'>1/2</span>"
    " Harbour reopens</h2><p>Boats returned to the quay on a bright morning last week.</p>"
    "<p class='credits'>GETTY IMAGES</p></li><li data-gallery-legend='2'><h2>"
    "<span class='counter'>2/2</span> Market day</h2><p>Traders set out their stalls.</p>"
    "</li></ul></div></div>"
)


def test_photo_gallery_captions_are_not_article_text():
    """A "news in pictures" gallery's titles, captions and credits stay out of the body."""
    rev = parse_html(article(STORY + GALLERY))
    body = " ".join(texts(rev))
    for furniture in ("1/2", "Harbour reopens", "Boats returned", "GETTY IMAGES", "Traders"):
        assert furniture not in body
    assert texts(rev)[0].startswith("The council approved")


def test_account_links_are_not_article_text():
    """An account bar ("My Account", "Logout", "Register") stays out of the body."""
    bar = (
        "<div class='user-account'><a href='/me'>My Account</a> <a href='/out'>Logout</a>"
        " <a href='/reg'>Register</a></div>"
    )
    rev = parse_html(article(bar + STORY))
    assert not any("Logout" in p or "My Account" in p for p in texts(rev))


def test_taxonomy_classes_do_not_cut_the_article():
    """WordPress subject classes such as "tag-jobs" on the article keep its text."""
    page_html = (
        "<html><body><div class='site'><article class='post tag-jobs category-gallery'>"
        + STORY
        + "</article></div></body></html>"
    )
    assert texts(parse_html(page_html))[0].startswith("The council approved")


def test_old_bbc_page_stamp_is_a_gmt_note_and_menu_is_cut():
    """An old BBC table page: its "Last Updated" stamp is a note at the GMT time; no menu."""
    rev = parse_html(page("bbc_stm_table.html"))
    assert [(n.kind, n.at) for n in rev.notes] == [
        (NoteKind.UPDATE, datetime(2008, 3, 3, 10, 12, tzinfo=UTC))
    ]
    assert texts(rev)[0].startswith("A ferry link")
    assert "Ferry service to resume" in rev.boilerplate
    assert not any("News Front Page" in p for p in texts(rev))


def test_page_wrapped_in_one_form_keeps_its_article():
    """An ASP.NET page wrapped whole in <form> yields its article, not NoArticleError."""
    html = (
        "<html><body><form id='aspnetForm' method='post' action='story.aspx'>"
        "<div class='wrapper'><h1>Budget passes</h1>" + STORY + "</div>"
        "<input type='hidden' name='__VIEWSTATE' value='x'></form></body></html>"
    )
    assert texts(parse_html(html))[0].startswith("The council approved")


def test_text_directly_under_body_is_not_glued_to_the_heading():
    """Loose text under <body> after a heading is its own paragraphs, heading apart."""
    html = (
        "<html><body><h2>Budget passes</h2>"
        "The council approved a new budget on Tuesday after a six-hour debate."
        "<br><br>Spending on roads will rise by 8 percent, officials said on Wednesday."
        "<br><br>Opposition members said the plan relied on optimistic tax forecasts."
        "</body></html>"
    )
    body = texts(parse_html(html))
    assert "The council approved a new budget on Tuesday after a six-hour debate." in body
    assert "Spending on roads will rise by 8 percent, officials said on Wednesday." in body
    assert not any(p.startswith("Budget passes") and len(p) > 20 for p in body)


def test_dateline_lead_and_quotation_intro_are_kept():
    """A dateline lead, an <h4> that introduces a quotation and each quoted <p> are kept."""
    html = article(
        "<p>PARIS — For years, the city has tried to tame its traffic, and on Monday it "
        "went further.</p>" + STORY + "<h4>The mayor said:</h4><blockquote>"
        "<p>We kept our promise on roads.</p><p>Schools come next year.</p></blockquote>"
        "<p>The vote was 7 to 4.</p>"
    )
    body = texts(parse_html(html))
    assert body[0].startswith("PARIS — For years")
    intro = body.index("The mayor said:")
    assert body[intro + 1 : intro + 4] == [
        "We kept our promise on roads.",
        "Schools come next year.",
        "The vote was 7 to 4.",
    ]


def test_lone_mojibake_paragraph_is_not_article_text():
    """A paragraph that is only "Â" (a twice-decoded space) goes to boilerplate."""
    rev = parse_html(article(STORY + "<p>Â</p><p>The vote was 7 to 4.</p>"))
    assert "Â" not in texts(rev)
    assert "Â" in rev.boilerplate


def test_protocol_relative_canonical_link_is_read():
    """A canonical link written "//host/path" gives an https URL."""
    head = "<link rel='canonical' href='//www.example.gov/news/budget'>"
    rev = parse_html(article(STORY, head))
    assert rev.url == "https://www.example.gov/news/budget"


def test_gallery_longer_than_the_story_is_still_cut():
    """A gallery with more caption text than the story has is cut, the story kept."""
    captions = "".join(
        f"<li data-gallery-legend='{i}'><h2><span class='counter'>{i}/30</span> Item {i}</h2>"
        f"<p>Caption number {i} describes a photograph of the harbour at length, with the"
        " names of the boats and the weather on the day it was taken.</p></li>"
        for i in range(1, 31)
    )
    html = (
        "<html><body><article class='full-article'><h1>Budget passes</h1>" + STORY + "<div "
        "class='full-gallery'><ul class='legends'>" + captions + "</ul></div></article>"
        "</body></html>"
    )
    body = texts(parse_html(html))
    assert body[0].startswith("The council approved")
    assert not any("Caption number" in p for p in body)


def test_quoted_social_post_is_kept_and_its_credit_line_set_aside():
    """An embedded post the article quotes is article text; its credit line is boilerplate."""
    tweet = (
        "<blockquote class='twitter-tweet'><p lang='en'>Roads money is in the budget at last."
        " pic.twitter.com/Ab12Cd34</p>&mdash; Example Council (@examplecouncil) "
        "<a href='https://twitter.com/examplecouncil/status/1'>October 2, 2017</a></blockquote>"
    )
    rev = parse_html(article(STORY + tweet + "<p>The vote was 7 to 4.</p>"))
    assert any(p.startswith("Roads money is in the budget at last.") for p in texts(rev))
    assert "— Example Council (@examplecouncil) October 2, 2017" in rev.boilerplate
    assert texts(rev)[-1] == "The vote was 7 to 4."


def test_page_wide_header_class_does_not_hide_a_correction_box():
    """A correction box counts even when <body> has a class such as "has-header"."""
    html = (
        "<html><body class='has-header sticky-nav'><article>" + STORY + "</article>"
        "<div class='correction'>Correction: An earlier version of this article misstated the"
        " size of the budget.</div></body></html>"
    )
    assert [n.kind for n in parse_html(html).notes] == [NoteKind.CORRECTION]


def test_correction_box_in_an_article_footer_is_a_note_but_a_footer_link_is_not():
    """A correction in the article's footer is a note; a "Corrections" label there is not."""
    html = (
        "<html><body><article>" + STORY + "<footer class='article-footer'>"
        "<div class='correction'>An earlier version of this article misstated the size of the "
        "budget.</div></footer></article><footer><div class='corrections'>Corrections</div>"
        "</footer></body></html>"
    )
    notes = parse_html(html).notes
    assert [n.kind for n in notes] == [NoteKind.CORRECTION]
    assert notes[0].text.startswith("An earlier version")


def test_date_and_author_line_at_the_top_is_boilerplate():
    """A "Tuesday 15 October 2019 by Jo Reyes" line above the story leaves the body."""
    rev = parse_html(article("<p>Tuesday 15 October 2019 by Jo Reyes</p>" + STORY))
    assert texts(rev)[0].startswith("The council approved")
    assert "Tuesday 15 October 2019 by Jo Reyes" in rev.boilerplate


def test_dated_subheading_with_by_stays_in_the_body():
    """A top line where "by" is not an author ("Passed by 7 votes on ...") stays."""
    rev = parse_html(article("<p>Passed by 7 votes on 15 October 2019</p>" + STORY))
    assert texts(rev)[0] == "Passed by 7 votes on 15 October 2019"


PRESS_RELEASE = """<html><head><title>Funding for schools announced</title></head><body><main>
<article><h1>Funding for schools announced</h1>
<p>The government has today announced 40 million pounds of funding to repair school buildings
across the country, the department said in a statement.</p>
<p>The Minister for Schools, Anna Field, said:</p>
<blockquote><p>Every child deserves a safe and warm classroom.</p>
<p>The programme runs for three years and covers every region of the country.</p></blockquote>
<p>Applications open on 1 March and close at the end of April for all councils.</p>
</article></main></body></html>"""


def test_press_release_blockquote_paragraphs_are_direct_quotes_of_the_speaker() -> None:
    """Every paragraph of the block after "X said:" is a DIRECT quote of X; the cue line is not."""
    revision = parse_html(PRESS_RELEASE)
    by_text = {p.text: p for p in revision.paragraphs}
    cue = by_text["The Minister for Schools, Anna Field, said:"]
    assert all(not s.quotes for s in cue.sentences)
    for text in (
        "Every child deserves a safe and warm classroom.",
        "The programme runs for three years and covers every region of the country.",
    ):
        (sentence,) = by_text[text].sentences
        assert [(q.speaker, q.kind) for q in sentence.quotes] == [("Anna Field", QuoteKind.DIRECT)]
    after = by_text["Applications open on 1 March and close at the end of April for all councils."]
    assert all(q.kind is not QuoteKind.DIRECT for s in after.sentences for q in s.quotes)


def test_a_tag_with_thousands_of_attributes_is_cut_before_parsing() -> None:
    """A start tag's attributes past the 256th are dropped before libxml2 sees them."""
    from newsdiff._reading import _html  # noqa: PLC0415 (the bound is internal)

    attributes = " ".join(f'a{i}="x"' for i in range(5000))
    tag = f"<p {attributes}>"
    cut = _html._bound_attributes(tag + "Rebels took Hama.</p>")
    assert cut.startswith('<p a0="x" a1="x"')
    assert 'a255="x"' in cut
    assert 'a256="x"' not in cut
    assert cut.endswith(">Rebels took Hama.</p>")
    page = (
        f"<html><body><article>{tag}Rebels took the city of Hama on Thursday after a long"
        " fight, officials said.</p></article></body></html>"
    )
    assert parse_html(page).text.startswith("Rebels took the city of Hama")


PLAIN_STORY = "Rebels took the city of Hama on Thursday after a long fight, officials said."


@pytest.mark.parametrize("depth", [300, 5_000])
def test_an_article_nested_deeper_than_libxml2_reads_is_kept(depth: int) -> None:
    """An article inside thousands of nested <div>s is read (libxml2 drops past 255)."""
    page = (
        "<html><body>"
        + "<div>" * depth
        + f"<article><p>{PLAIN_STORY}</p></article>"
        + "</div>" * depth
        + "</body></html>"
    )
    assert parse_html(page).text == PLAIN_STORY


def test_byte_order_marks_and_joiners_inside_words_are_kept() -> None:
    """U+FEFF and U+200C inside a paragraph are article characters, kept as written."""
    story = PLAIN_STORY.replace("city", "ci\ufeffty").replace("Hama", "Ha\u200cma")
    page = f"<html><body><article><p>{story}</p></article></body></html>"
    assert parse_html(page).text == story


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(encoding: str) -> None:
    """A page in UTF-16 without a BOM is decoded, not refused as binary."""
    page = f"<html><body><article><p>{PLAIN_STORY}</p></article></body></html>"
    assert parse_html(page.encode(encoding)).text == PLAIN_STORY


def test_a_standfirst_the_extractor_drops_is_put_back_first() -> None:
    """A release's lead paragraph (class "lead") above the body text stays the first paragraph."""
    page = (
        "<h1>Minister visits Paris</h1>"
        '<p class="lead">The head of operations meets his French counterpart in Paris on 6 and'
        " 7 March for a working visit.</p>"
        '<div class="text"><p>During the bilateral visit the two commanders discuss joint'
        " training, air defence and the exchange of officers between both armed forces.</p>"
        "<p>The visit is part of a wider effort to strengthen cooperation with neighbouring"
        " countries on questions of security and defence.</p></div>"
    )
    revision = parse_html(page)
    assert revision.paragraphs[0].text.startswith("The head of operations meets his French")
    assert len(revision.paragraphs) == 3


def test_teasers_of_other_stories_are_not_taken_for_a_lead() -> None:
    """Several lead-classed teasers on one page are other stories: none is restored."""
    import lxml.html  # noqa: PLC0415 (the html extra, as parse_html imports it)

    from newsdiff._reading._htmlbody import recover_leads  # noqa: PLC0415 (unit internals)

    teasers = "".join(
        f'<div class="teaser-intro">Another story number {i} about a city that tried a new bus'
        " plan this year.</div>"
        for i in range(3)
    )
    one = '<p class="lead">The head of operations meets his French counterpart in Paris.</p>'
    body = [PLAIN_STORY]
    page = f"<html><body>{teasers}<article><p>{PLAIN_STORY}</p></article></body></html>"
    assert recover_leads(lxml.html.document_fromstring(page), body) == body
    page = f"<html><body>{one}<article><p>{PLAIN_STORY}</p></article></body></html>"
    assert recover_leads(lxml.html.document_fromstring(page), body)[0].startswith("The head")


def test_a_lead_already_in_the_body_is_found_in_one_paragraph_or_across_two() -> None:
    """A lead kept by the extractor, in one paragraph or run over two, is not put back."""
    import lxml.html  # noqa: PLC0415 (the html extra, as parse_html imports it)

    from newsdiff._reading._htmlbody import recover_leads  # noqa: PLC0415 (unit internals)

    lead = "The head of operations meets his French counterpart in Paris."
    page = f'<html><body><p class="lead">{lead}</p><article></article></body></html>'
    tree = lxml.html.document_fromstring(page)
    inside = [f"Earlier: {lead}\u00a0More to come.", PLAIN_STORY]
    across = ["The head of operations meets", "his French counterpart in Paris.", PLAIN_STORY]
    assert recover_leads(tree, inside) == inside
    assert recover_leads(tree, across) == across
    assert recover_leads(tree, [PLAIN_STORY]) == [lead, PLAIN_STORY]
