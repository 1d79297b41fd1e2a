"""Tests of newsdiff.render: text, Markdown, HTML and JSON renderings of a diff."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html import escape as html_escape
from html.parser import HTMLParser
from typing import Any

import attrs
import jsonschema
import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsdiff import (
    Change,
    Diff,
    Edit,
    EditCategory,
    EditKind,
    Note,
    NoteKind,
    Op,
    Paragraph,
    Quote,
    QuoteKind,
    Revision,
    Role,
    Sentence,
    Significance,
    diff,
    render,
)
from newsdiff._render._common import Hunk, Kind, Segment, hunks, position, segments
from newsdiff.exceptions import BaseMismatchError, InvalidTypeError, ValidationError

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "'><iframe src=//evil.example>",
    '<a href="javascript:alert(1)">x</a>',
)
EVIL = " ".join(PAYLOADS)
# Everything the HTML renderer itself writes; anything else came from the article.
OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2",
    "p", "span", "code", "ol", "ul", "li", "del", "ins", "div", "cite", "blockquote", "time",
    "dl", "dt", "dd",
}  # fmt: skip
OWN_ATTRS = {"class", "id", "lang", "charset", "name", "content", "http-equiv", "aria-hidden",
             "aria-labelledby", "datetime"}  # fmt: skip


def sentence(text: str, role: Role = Role.FACT, *quotes: Quote) -> Sentence:
    """A sentence with a role and its quotes."""
    return Sentence(text=text, role=role, quotes=quotes)


def revision(*paragraphs: list[Sentence], **fields: Any) -> Revision:
    """A revision from paragraphs given as lists of sentences."""
    return Revision(paragraphs=[Paragraph(sentences=p) for p in paragraphs], **fields)


@pytest.fixture
def update_pair() -> tuple[Revision, Revision]:
    """Two revisions: an edit, an addition, a removal, a move, a quote, a note and a headline."""
    rahmati = Quote(text="We cannot fight.", speaker="Mehdi Rahmati", cue="said")
    old = revision(
        [sentence("Rebels took Hama on Thursday."), sentence("About 12,300 people fled.")],
        [sentence("The war began in 2011.", Role.BACKGROUND)],
        [sentence("Officials declined to comment.", Role.META)],
        [sentence("Syria's army has long relied on Iran and its allies.", Role.ANALYSIS)],
        headline="Rebels take Hama",
    )
    new = revision(
        [sentence("The war began in 2011.", Role.BACKGROUND)],
        [sentence("Rebels took Hama on Thursday."), sentence("About 14,000 people fled.")],
        [sentence("Syria's army has long relied on Iran and its allies.", Role.ANALYSIS)],
        [sentence("“We cannot fight,” Mehdi Rahmati said.", Role.QUOTE, rahmati)],
        headline="Rebels take Hama and Homs",
        notes=[Note(kind=NoteKind.UPDATE, at=datetime(2024, 12, 6, 22, 35, tzinfo=UTC),
                    text="Updated: this article has more information.")],
    )  # fmt: skip
    return old, new


@pytest.fixture
def update(update_pair: tuple[Revision, Revision]) -> Diff:
    """A diff with an edit, an addition, a removal, a move, a quote, a note and a headline."""
    return diff(*update_pair)


@pytest.fixture
def hostile() -> Diff:
    """A diff whose every article-supplied string carries markup and script payloads."""
    quote = Quote(text=EVIL, speaker=EVIL, cue=EVIL, kind=QuoteKind.PARTIAL, balanced=False)
    old = revision(
        [sentence(f"Old {EVIL} text."), sentence(f"Gone {EVIL}.", Role.META)],
        headline=EVIL,
        byline=[EVIL],
        url="javascript:alert(1)",
        metadata={"section": EVIL, EVIL: "x"},
    )
    new = revision(
        [sentence(f"New {EVIL} text <b>now</b>.", Role.QUOTE, quote)],
        [sentence(f"Added {EVIL}.", Role.QUOTE, quote)],
        headline=EVIL + " (updated)",
        byline=[EVIL, "x"],
        url="https://news.example/<script>",
        metadata={"section": EVIL + "!"},
        notes=[Note(kind=NoteKind.CORRECTION, at=None, text=EVIL)],
    )
    return diff(old, new)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def parse_html(page: str) -> _Collector:
    """Every start tag, attribute and text run of *page*, from the stdlib parser."""
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


# --- shared helpers ------------------------------------------------------------------


def test_segments_replay_edits_over_the_old_text() -> None:
    """segments() turns a change's edits into kept, deleted and inserted runs in order."""
    old = revision([sentence("About 12,300 people fled on Friday.")])
    new = revision([sentence("About 14,000 people fled on Friday.")])
    (change,) = diff(old, new).changes
    assert segments(change) == (
        Segment(Kind.EQUAL, "About "),
        Segment(Kind.DELETE, "12,300"),
        Segment(Kind.INSERT, "14,000"),
        Segment(Kind.EQUAL, " people fled on Friday."),
    )


def test_segments_fall_back_when_edits_do_not_fit_the_text() -> None:
    """A hand-built change whose edits contradict its texts renders as all-out, all-in."""
    bad = Edit(kind=EditKind.REPLACE, old="zzz", new="yyy", old_start=0, new_start=0,
               category=EditCategory.WORDING)  # fmt: skip
    change = Change(op=Op.EDITED, old_indices=(0,), new_indices=(0,),
                    old=(sentence("One two."),), new=(sentence("One three."),), edits=(bad,),
                    category=EditCategory.WORDING)  # fmt: skip
    assert segments(change) == (
        Segment(Kind.DELETE, "One two."),
        Segment(Kind.INSERT, "One three."),
    )


def test_hunks_widen_edits_inside_a_word_to_the_whole_word() -> None:
    """An edit that starts mid-word takes the whole word on both sides."""
    parts = [Segment(Kind.EQUAL, "Rebels took Hama"), Segment(Kind.INSERT, "’s"),
             Segment(Kind.EQUAL, " city.")]  # fmt: skip
    assert hunks(parts) == ("Rebels took ", Hunk("Hama", "Hama’s"), " city.")


def test_hunks_leave_edits_on_word_boundaries_alone() -> None:
    """An insertion that begins with a space does not pull in the word before it."""
    parts = [Segment(Kind.EQUAL, "rebels"), Segment(Kind.INSERT, " had taken Homs and"),
             Segment(Kind.EQUAL, " reached Hama.")]  # fmt: skip
    assert hunks(parts) == ("rebels", Hunk("", " had taken Homs and"), " reached Hama.")


def test_position_names_paragraphs_from_the_shape() -> None:
    """position() maps sentence indices to 1-based paragraph numbers, None out of range."""
    assert position((0,), (2, 1)) == "¶1"
    assert position((2,), (2, 1)) == "¶2"
    assert position((1, 2), (2, 1)) == "¶1-2"
    assert position((3,), (2, 1)) is None
    assert position((), (2, 1)) is None


# --- text ----------------------------------------------------------------------------


def test_text_marks_word_edits_wdiff_style(update: Diff) -> None:
    """Without colour, edited words read as [-old-]{+new+}."""
    out = render.text(update, color=False)
    assert "About [-12,300-]{+14,000+} people fled." in out


def test_text_marks_whole_sentences_with_plus_and_minus(update: Diff) -> None:
    """Added sentences start with '+ ', removed ones with '- '."""
    out = render.text(update, color=False)
    assert "    + “We cannot fight,” Mehdi Rahmati said." in out
    assert "    - Officials declined to comment." in out


def test_text_groups_changes_under_role_headings_in_role_order(update: Diff) -> None:
    """Role headings appear in the order Facts, Quotes, Background, Meta."""
    lines = render.text(update, color=False).splitlines()
    headings = [
        line.split(" (")[0]
        for line in lines
        if re.fullmatch(r"[A-Z][a-z]+( [a-z]+)? \(\d+\)", line)
    ]
    assert headings == ["Facts", "Quote sentences", "Background", "Meta"]


def test_text_labels_moves_with_their_places(update: Diff) -> None:
    """A moved sentence says where it moved from and to: paragraph and place in it."""
    assert "Moved, ¶2 sentence 1 -> ¶1 sentence 1" in render.text(update, color=False)


def test_text_shows_speakers_notes_and_fields(update: Diff) -> None:
    """Speakers, notes with their times and changed fields all appear in the text."""
    out = render.text(update, color=False)
    assert "Quoted: Mehdi Rahmati, direct quote (said)" in out
    assert "+ Update, 2024-12-06 22:35+00:00: Updated: this article has more information." in out
    assert "Headline: Rebels take Hama -> Rebels take Hama and Homs" in out


def test_text_colour_is_added_on_top_of_the_markers(update: Diff) -> None:
    """Removing the ANSI codes from coloured output gives the plain output exactly."""
    coloured = render.text(update, color=True)
    plain = render.text(update, color=False)
    assert "\x1b[" in coloured
    assert "\x1b[" not in plain
    assert ANSI.sub("", coloured) == plain


def test_text_colours_by_default_only_on_a_terminal(
    update: Diff, monkeypatch: pytest.MonkeyPatch
) -> None:
    """color=None colours when stdout is a terminal and NO_COLOR is unset."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert "\x1b[" in render.text(update)
    monkeypatch.setattr("sys.stdout.isatty", lambda: False)
    assert "\x1b[" not in render.text(update)


def test_text_no_color_turns_default_colour_off_but_not_an_explicit_request(
    update: Diff, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NO_COLOR disables colour for color=None; color=True still forces it."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert "\x1b[" not in render.text(update)
    assert "\x1b[" in render.text(update, color=True)


def test_text_keeps_each_sentence_on_one_line() -> None:
    """A newline inside article text does not start a new output line."""
    old = revision([sentence("One line.")])
    new = revision([sentence("One line."), sentence("Two\nlines.")])
    out = render.text(diff(old, new), color=False)
    assert "    + Two lines." in out.splitlines()


def test_text_of_an_empty_diff_says_no_changes() -> None:
    """Diffing a revision against itself renders as 'No changes'."""
    r = revision([sentence("Nothing happened.")])
    out = render.text(diff(r, r), color=False)
    assert out.startswith("No changes\n")
    assert "Facts" not in out


def test_renderers_refuse_what_is_not_a_diff() -> None:
    """Every renderer raises InvalidTypeError naming 'diff' for a non-Diff."""
    for function in (render.text, render.markdown, render.html, render.json):
        with pytest.raises(InvalidTypeError, match="diff"):
            function("not a diff")  # type: ignore[arg-type]


def test_text_refuses_a_non_bool_color(update: Diff) -> None:
    """The color argument must be a bool or None."""
    with pytest.raises(InvalidTypeError, match="color"):
        render.text(update, color="yes")  # type: ignore[arg-type]


# --- markdown ------------------------------------------------------------------------

MD = MarkdownIt("commonmark").enable(["strikethrough", "table"])


def _md_tokens(source: str) -> list[str]:
    def walk(tokens: list[Token]) -> list[Token]:
        out = []
        for token in tokens:
            out.append(token)
            out.extend(walk(token.children or []))
        return out

    return [t.type for t in walk(MD.parse(source))]


def test_markdown_strikes_deleted_words_and_bolds_inserted_ones(update: Diff) -> None:
    """Edited words appear as ~~old~~ **new**, and parse as strike-through and strong."""
    out = render.markdown(update)
    line = next(x for x in out.splitlines() if "~~12,300~~" in x)
    assert "About ~~12,300~~ **14,000** people fled." in line
    html = MD.render(line)
    assert "<s>12,300</s> <strong>14,000</strong>" in html


def test_markdown_groups_by_role_then_notes_and_fields(update: Diff) -> None:
    """Headings run Summary, role sections in role order, Notes, Other fields."""
    headings = [x for x in render.markdown(update).splitlines() if x.startswith("#")]
    assert [h.split(" (")[0] for h in headings] == [
        "# Substantive change", "## Summary", "## Facts", "## Quote sentences", "## Background",
        "## Meta", "## Notes", "## Other fields",
    ]  # fmt: skip


def test_markdown_widens_mid_word_edits_so_markup_closes() -> None:
    """A possessive added to a name shows as the old and new whole words."""
    old = revision([sentence("Rebels took Hama city.")])
    new = revision([sentence("Rebels took Hama’s city.")])
    out = render.markdown(diff(old, new))
    assert "~~Hama~~ **Hama’s** city." in out
    assert MD.render(out).count("<s>Hama</s>") == 1


def test_markdown_article_text_cannot_inject_markup(hostile: Diff) -> None:
    """Links, images, raw HTML and emphasis in article text stay literal text."""
    out = render.markdown(hostile)
    kinds = set(_md_tokens(out))
    assert not kinds & {"link_open", "image", "html_inline", "html_block"}
    assert _md_tokens(out).count("code_inline") == 2  # our own revision ids
    rendered = MD.render(out)
    assert "<script" not in rendered
    assert "<img" not in rendered
    assert "&lt;script&gt;" in rendered


def test_markdown_escapes_emphasis_characters() -> None:
    """Asterisks, underscores and tildes from the article do not format text."""
    old = revision([sentence("Plain text.")])
    new = revision(
        [sentence("Plain text."), sentence("A *starred* _under_ ~~struck~~ `code` line.")]
    )
    line = render.markdown(diff(old, new)).splitlines()[-1]
    html = MD.render(line)
    assert html.count("<em>") == 1  # our label, "Added, ¶1:"
    assert "<code>" not in html
    assert "<s>" not in html
    assert html.count("<strong>") == 1  # the whole added sentence, nothing inside it
    assert "*starred* _under_ ~~struck~~ `code`" in html


# --- html ----------------------------------------------------------------------------


def test_html_escapes_every_article_string(hostile: Diff) -> None:
    """Payloads in sentences, quotes, notes, headline, fields never become tags or attributes."""
    for side_by_side in (False, True):
        page = render.html(hostile, side_by_side=side_by_side, title=EVIL)
        parsed = parse_html(page)
        assert set(parsed.tags) <= OWN_TAGS
        assert {name for name, _ in parsed.attrs} <= OWN_ATTRS
        assert parsed.tags.count("style") == 1
        text = "".join(parsed.data)
        assert "<script>alert(1)</script>" in text  # shown, as text


def test_html_has_no_scripts_or_external_requests(update: Diff) -> None:
    """The page carries no script, link, image, font or URL of any kind."""
    page = render.html(update)
    parsed = parse_html(page)
    assert not set(parsed.tags) & {"script", "link", "img", "iframe", "object", "embed", "svg"}
    assert not any(name in {"href", "src", "srcset", "action"} for name, _ in parsed.attrs)
    assert "url(" not in page
    assert "@import" not in page
    assert "http://" not in page
    assert "default-src 'none'" in page


def test_html_is_a_semantic_responsive_page(update: Diff) -> None:
    """The page declares a language and viewport and uses header, main, sections and headings."""
    page = render.html(update)
    parsed = parse_html(page)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert ("name", "viewport") in parsed.attrs
    for tag in ("header", "main", "section", "h1", "h2", "del", "ins"):
        assert tag in parsed.tags
    assert "@media (max-width:" in page


def test_html_marks_edits_with_hidden_words_not_only_colour(update: Diff) -> None:
    """<del>/<ins> carry visually hidden 'deleted'/'inserted' words for screen readers."""
    page = render.html(update)
    assert '<del><span class="vh">[deleted: </span>12,300<span class="vh">]</span></del>' in page
    assert '<ins><span class="vh">[inserted: </span>14,000<span class="vh">]</span></ins>' in page


def test_html_sections_follow_roles_and_label_moves_in_words(update: Diff) -> None:
    """Role sections appear in role order, and a move is labelled 'Moved' with its places."""
    page = render.html(update)
    ids = re.findall(r'<h2 id="h-([a-z]+)"', page)
    assert ids == ["summary", "fact", "quote", "background", "meta", "notes", "fields"]
    assert "Moved, ¶2 sentence 1 -&gt; ¶1 sentence 1" in page


def test_html_shows_speakers_and_note_times(update: Diff) -> None:
    """Quotes name their speaker in <cite>; notes carry a machine-readable <time>."""
    page = render.html(update)
    assert "<cite>Mehdi Rahmati</cite>" in page
    assert '<time datetime="2024-12-06T22:35:00+00:00">2024-12-06 22:35+00:00</time>' in page


def test_html_summary_comes_first(update: Diff) -> None:
    """The summary section precedes every role section."""
    page = render.html(update)
    assert page.index('id="h-summary"') < page.index('id="h-fact"')
    for line in update.summary().splitlines():
        assert f"<li>{html_escape(line.strip())}</li>" in page


def test_html_side_by_side_splits_old_and_new(update: Diff) -> None:
    """Side by side, the old column has only deletions and the new column only insertions."""
    page = render.html(update, side_by_side=True)
    olds = re.findall(r'<div class="side old">(.*?)</div>', page)
    news = re.findall(r'<div class="side new">(.*?)</div>', page)
    assert olds
    assert len(olds) == len(news)
    assert all("<ins>" not in o for o in olds)
    assert all("<del>" not in n for n in news)
    assert any("12,300" in o for o in olds)
    assert any("14,000" in n for n in news)


def test_html_title_defaults_to_the_new_headline(update: Diff) -> None:
    """Without a title, the page heading is the new headline when the diff changed it."""
    assert "<h1>Rebels take Hama and Homs</h1>" in render.html(update)
    assert "<h1>My page</h1>" in render.html(update, title="My page")


# --- json ----------------------------------------------------------------------------


def test_json_is_the_diff_dict_with_sorted_keys(update: Diff) -> None:
    """render.json holds diff.to_dict() and reads back, keys sorted at every level."""
    out = render.json(update)
    data = json.loads(out)
    assert {k: data[k] for k in update.to_dict()} == update.to_dict()
    assert out == json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    assert Diff.from_dict(data) == update


def _dated(revision: Revision, hour: int) -> Revision:
    """The revision with a URL and a capture, update and publication time."""
    return attrs.evolve(
        revision,
        url="https://example.com/hama",
        captured_at=datetime(2024, 12, 6, hour, 5, tzinfo=UTC),
        updated_at=datetime(2024, 12, 6, hour, tzinfo=UTC),
        published_at=datetime(2024, 12, 5, 9, tzinfo=UTC),
    )


def test_json_with_both_revisions_carries_both_sides(
    update_pair: tuple[Revision, Revision],
) -> None:
    """Given the revisions, JSON holds headline, URL and times of both sides, changed or not."""
    old, new = _dated(update_pair[0], 10), _dated(update_pair[1], 22)
    d = diff(old, new)
    data = json.loads(render.json(d, old=old, new=new))
    assert data["old"] == {
        "id": old.id, "headline": "Rebels take Hama", "url": "https://example.com/hama",
        "captured_at": "2024-12-06T10:05:00+00:00", "updated_at": "2024-12-06T10:00:00+00:00",
        "published_at": "2024-12-05T09:00:00+00:00",
    }  # fmt: skip
    assert data["new"]["headline"] == "Rebels take Hama and Homs"
    assert data["new"]["captured_at"] == "2024-12-06T22:05:00+00:00"
    assert data["summary"] == d.summary().splitlines()
    assert (data["significance"], data["unacknowledged"], data["is_correction"]) == (
        "substantive", False, False,
    )  # fmt: skip
    assert Diff.from_dict(data) == d


def test_json_without_revisions_has_null_sides(update: Diff) -> None:
    """Without the revisions, the sides are null and the rest is the diff's data."""
    data = json.loads(render.json(update))
    assert data["old"] is None
    assert data["new"] is None
    assert {k: v for k, v in data.items() if k in update.to_dict()} == update.to_dict()


def test_json_refuses_a_revision_that_is_not_the_diffs(
    update: Diff, update_pair: tuple[Revision, Revision]
) -> None:
    """Passing the new revision as old is an error naming the field 'old'."""
    with pytest.raises(BaseMismatchError) as error:
        render.json(update, old=update_pair[1])
    assert error.value.field == "old"
    assert error.value.expected == update.old_id


def test_json_validates_against_the_published_schema(
    update_pair: tuple[Revision, Revision], hostile: Diff
) -> None:
    """Outputs with and without sides validate; a document missing 'summary' does not."""
    schema = render.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    old, new = _dated(update_pair[0], 10), _dated(update_pair[1], 22)
    for out in (render.json(diff(old, new), old=old, new=new), render.json(hostile)):
        jsonschema.validate(json.loads(out), schema)
    broken = json.loads(render.json(hostile))
    del broken["summary"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_json_schema_names_every_enum_value_of_the_library() -> None:
    """The schema's enums are exactly the library's ops, roles, kinds and categories."""
    defs = render.json_schema()["$defs"]
    assert defs["change"]["properties"]["op"]["enum"] == [o.value for o in Op]
    assert defs["sentence"]["properties"]["role"]["enum"] == [r.value for r in Role]
    assert defs["quote"]["properties"]["kind"]["enum"] == [k.value for k in QuoteKind]
    assert defs["note"]["properties"]["kind"]["enum"] == [k.value for k in NoteKind]
    assert defs["edit"]["properties"]["kind"]["enum"] == [k.value for k in EditKind]
    assert defs["edit"]["properties"]["category"]["enum"] == [c.value for c in EditCategory]
    significance = render.json_schema()["properties"]["significance"]["enum"]
    assert significance == [s.value for s in Significance]


def test_json_keeps_non_ascii_text_readable(update: Diff) -> None:
    """Curly quotes and pilcrows stay as characters, not \\u escapes."""
    assert "“We cannot fight,”" in render.json(update)


def test_every_renderer_ends_with_one_newline(update: Diff) -> None:
    """All four renderings end in exactly one newline."""
    for out in (render.text(update, color=False), render.markdown(update), render.html(update),
                render.json(update)):  # fmt: skip
        assert out.endswith("\n")
        assert not out.endswith("\n\n")


def test_renderers_read_a_rebuilt_diff_the_same_way(update: Diff) -> None:
    """A diff rebuilt from its dict renders exactly as the original."""
    rebuilt = Diff.from_dict(update.to_dict())
    assert render.text(rebuilt, color=False) == render.text(update, color=False)
    assert render.html(attrs.evolve(rebuilt)) == render.html(update)


def _moved_diff(old_index: int, new_index: int, shape: tuple[int, ...], **edit: Any) -> Diff:
    """A hand-built diff of one sentence the alignment calls moved."""
    text = ["A.", "B.", "C.", "D."]
    old = [Sentence(text=t) for t in text[: sum(shape)]]
    new_text = edit.get("new", old[old_index].text)
    change = Change(
        op=Op.MOVED,
        old_indices=(old_index,),
        new_indices=(new_index,),
        old=(old[old_index],),
        new=(Sentence(text=new_text),),
        edits=edit.get("edits", ()),
        category=edit.get("category"),
    )
    return Diff(
        old_id="a" * 12, new_id="b" * 12, old_shape=shape, new_shape=shape, changes=(change,)
    )


def test_a_move_within_one_paragraph_names_both_places_in_it() -> None:
    """A move inside ¶1 names the sentence it was and the one it is, never '¶1 to ¶1'."""
    page = render.text(_moved_diff(2, 0, (3,)), color=False)
    assert "Moved, ¶1 sentence 3 -> ¶1 sentence 1" in page
    assert "to ¶1" not in page


def test_a_move_to_the_same_place_is_not_labelled_a_move() -> None:
    """A 'move' that kept its paragraph and place is labelled by what happened, everywhere."""
    d = _moved_diff(1, 1, (2, 2))
    assert "In place, the order around it changed, ¶1" in render.text(d, color=False)
    assert "Moved" not in render.text(d, color=False) + render.markdown(d) + render.html(d)
    assert 'class="change op-edited"' in render.html(d)


def test_an_edited_move_to_the_same_place_reads_as_an_edit() -> None:
    """An edited 'move' that kept its place is labelled Edited with its category."""
    edit = Edit(
        kind=EditKind.REPLACE, old="A", new="Z", old_start=0, new_start=0,
        category=EditCategory.WORDING,
    )  # fmt: skip
    d = _moved_diff(0, 0, (2,), new="Z.", edits=(edit,), category=EditCategory.WORDING)
    assert "Edited (wording), ¶1" in render.text(d, color=False)


@pytest.fixture
def stealth() -> Diff:
    """A substantive change (a figure) published with no note."""
    old = revision([sentence("About 12,300 people fled.")])
    new = revision([sentence("About 14,000 people fled.")])
    return diff(old, new)


def test_every_renderer_flags_an_unacknowledged_change_near_the_top(stealth: Diff) -> None:
    """Text, Markdown and HTML say 'unacknowledged' before the first section; JSON carries it."""
    assert stealth.unacknowledged
    text = render.text(stealth, color=False).splitlines()
    assert text[0] == "Substantive change - UNACKNOWLEDGED (no note added)"
    markdown = render.markdown(stealth).splitlines()
    assert markdown[0] == "# Substantive change (unacknowledged: no note added)"
    page = render.html(stealth)
    assert page.index('class="badge unacknowledged"') < page.index("<main>")
    assert json.loads(render.json(stealth))["unacknowledged"] is True


def test_an_acknowledged_change_is_not_flagged(update: Diff) -> None:
    """A substantive change that adds an update note carries no unacknowledged flag anywhere."""
    assert not update.unacknowledged
    outputs = render.text(update, color=False) + render.markdown(update)
    assert "unacknowledged" not in outputs.lower()
    assert 'class="badge unacknowledged"' not in render.html(update)
    assert json.loads(render.json(update))["unacknowledged"] is False


# --- the whole article -------------------------------------------------------------


def test_whole_text_shows_the_article_in_reading_order_with_changes_in_place(
    update_pair: tuple[Revision, Revision],
) -> None:
    """Unchanged text shows; edits, removals, additions and both ends of a move sit in place."""
    old, new = update_pair
    out = render.text(diff(old, new), color=False, old=old, new=new, whole=True)
    article = out.split("The article, changes in place\n", 1)[1].split("\nNotes\n", 1)[0]
    assert [line.strip() for line in article.splitlines() if line.strip()] == [
        "¶1  >>moved here from old ¶2 sentence 1>> The war began in 2011.",
        "¶2  Rebels took Hama on Thursday. About [-12,300-]{+14,000+} people fled.",
        "was ¶2  <<moved to ¶1 sentence 1<<",
        "was ¶3  [-Officials declined to comment.-]",
        "¶3  Syria's army has long relied on Iran and its allies.",
        "¶4  {+“We cannot fight,” Mehdi Rahmati said.+}",
    ]
    assert "Facts (" not in out


def test_whole_fold_replaces_unchanged_paragraphs_by_their_count(
    update_pair: tuple[Revision, Revision],
) -> None:
    """With fold, a run of unchanged paragraphs becomes one line naming how many and which."""
    old, new = update_pair
    out = render.text(diff(old, new), color=False, old=old, new=new, whole=True, fold=True)
    assert "  … 1 unchanged paragraph (¶3) …" in out.splitlines()
    assert "Syria's army" not in out


def test_whole_fold_counts_a_run_of_paragraphs() -> None:
    """Three unchanged paragraphs after a change fold into one count with their range."""
    same = [[sentence(f"Paragraph {n} stays.")] for n in range(2, 5)]
    old = revision([sentence("About 12,300 people fled.")], *same)
    new = revision([sentence("About 14,000 people fled.")], *same)
    out = render.markdown(diff(old, new), old=old, new=new, whole=True, fold=True)
    assert "*… 3 unchanged paragraphs (¶2-4) …*" in out.splitlines()


def test_whole_markdown_and_html_mark_moves_at_both_ends(
    update_pair: tuple[Revision, Revision],
) -> None:
    """Markdown and HTML name where a moved sentence came from and where it went."""
    old, new = update_pair
    d = diff(old, new)
    markdown = render.markdown(d, old=old, new=new, whole=True)
    assert "`¶1` *(moved here from old ¶2 sentence 1)* The war began in 2011." in markdown
    assert "`was ¶2` *(moved to ¶1 sentence 1)*" in markdown
    page = render.html(d, old=old, new=new, whole=True)
    assert '<span class="mv">moved here from old ¶2 sentence 1</span>' in page
    assert '<span class="mv away">moved to ¶1 sentence 1</span>' in page
    assert '<section class="role' not in page


def test_whole_view_needs_both_revisions(update_pair: tuple[Revision, Revision]) -> None:
    """whole=True without a revision is an error naming the missing one."""
    old, new = update_pair
    d = diff(old, new)
    with pytest.raises(ValidationError) as error:
        render.text(d, whole=True, new=new)
    assert error.value.field == "old"
    with pytest.raises(ValidationError) as error:
        render.markdown(d, whole=True, old=old)
    assert error.value.field == "new"


def test_whole_view_refuses_revisions_of_another_diff(
    update_pair: tuple[Revision, Revision],
) -> None:
    """Revisions swapped are not the diff's: BaseMismatchError naming 'old'."""
    old, new = update_pair
    with pytest.raises(BaseMismatchError) as error:
        render.html(diff(old, new), old=new, new=old, whole=True)
    assert error.value.field == "old"


def test_fold_without_whole_and_whole_side_by_side_are_refused(
    update_pair: tuple[Revision, Revision],
) -> None:
    """Fold needs whole; the whole view does not combine with side_by_side."""
    old, new = update_pair
    d = diff(old, new)
    with pytest.raises(ValidationError) as error:
        render.text(d, old=old, new=new, fold=True)
    assert error.value.field == "fold"
    with pytest.raises(ValidationError) as error:
        render.html(d, old=old, new=new, whole=True, side_by_side=True)
    assert error.value.field == "side_by_side"


def test_whole_view_of_an_emptied_article_shows_what_was_removed() -> None:
    """When the new revision has no body, the removed sentences still show, struck out."""
    old = revision([sentence("Rebels took Hama.")])
    new = Revision(paragraphs=[])
    out = render.text(diff(old, new), color=False, old=old, new=new, whole=True)
    assert out.splitlines()[-1] == "  was ¶1  [-Rebels took Hama.-]"


def test_a_removed_paragraph_stands_apart_where_it_was() -> None:
    """A paragraph removed whole shows as 'was ¶2' between the paragraphs it stood between."""
    old = revision(
        [sentence("Rebels took Hama.")],
        [sentence("Officials declined to comment.", Role.META)],
        [sentence("The war began in 2011.")],
    )
    new = revision([sentence("Rebels took Hama.")], [sentence("The war began in 2011.")])
    out = render.text(diff(old, new), color=False, old=old, new=new, whole=True)
    article = [line.strip() for line in out.split("changes in place\n")[1].splitlines()]
    assert [line for line in article if line] == [
        "¶1  Rebels took Hama.",
        "was ¶2  [-Officials declined to comment.-]",
        "¶2  The war began in 2011.",
    ]


def test_whole_html_escapes_unchanged_article_text() -> None:
    """Unchanged sentences in the whole view are escaped like changed ones."""
    same = sentence(f"Kept {EVIL}.")
    old = revision([same, sentence("About 12,300 people fled.")])
    new = revision([same, sentence("About 14,000 people fled.")])
    page = render.html(diff(old, new), old=old, new=new, whole=True)
    assert html_escape(f"Kept {EVIL}.", quote=True) in page
    assert "<script>" not in page
