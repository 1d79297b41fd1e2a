"""Laws of the renderers: they never fail, lose no text, and never emit article markup.

Revision pairs come from ``tests.strategies`` (realistic edited pairs); the
hostile variant prefixes every article-supplied string (sentences, speakers,
cues, notes, headline, byline, metadata) with the same payload on both sides,
so the edits between the two revisions keep their shape.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import attrs
import jsonschema
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsdiff import Revision, diff, render
from newsdiff._render._common import Kind, change_label, place, segments
from newsdiff._render._whole import Block, Changed, Kept, MovedAway, layout
from tests.strategies import edited_pairs, permuted_pairs
from tests.test_render import OWN_ATTRS, OWN_TAGS

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=//evil.example>",
    '<a href="javascript:alert(1)">x</a>',
    "[link](javascript:alert(1))",
    "![img](https://evil.example/x.png)",
    "**bold** _em_ ~~gone~~ `code`",
    "&lt;script&gt; &amp; &#60;",
    "-->",
    "<!--",
    "]]>",
)
PAYLOAD = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=12),
).filter(str.strip)
MD = MarkdownIt("commonmark").enable(["strikethrough", "table"])


def _poison(revision: Revision, payload: str) -> Revision:
    """Prefix every article string of *revision* with *payload*."""

    def text(value: str) -> str:
        return f"{payload} {value}"

    paragraphs = tuple(
        attrs.evolve(
            p,
            sentences=tuple(
                attrs.evolve(
                    s,
                    text=text(s.text),
                    quotes=tuple(
                        attrs.evolve(
                            q,
                            speaker=text(q.speaker or ""),
                            cue=q.cue and text(q.cue),
                        )
                        for q in s.quotes
                    ),
                )
                for s in p.sentences
            ),
        )
        for p in revision.paragraphs
    )
    return attrs.evolve(
        revision,
        paragraphs=paragraphs,
        headline=text(revision.headline or ""),
        byline=tuple(text(b) for b in revision.byline),
        notes=tuple(attrs.evolve(n, text=text(n.text)) for n in revision.notes),
        metadata={text(k): text(v) for k, v in revision.metadata.items()},
    )


@st.composite
def hostile_pairs(draw: st.DrawFn) -> tuple[Revision, Revision]:
    """An edited pair whose article strings all carry the same markup payload."""
    old, new = draw(edited_pairs())
    payload = draw(PAYLOAD)
    return _poison(old, payload), _poison(new, payload)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.styles = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        self.styles += tag == "style"


def _tokens(tokens: list[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(_tokens(token.children or []))
    return out


@given(edited_pairs())
def test_every_renderer_returns_text_ending_in_a_newline(pair: tuple[Revision, Revision]) -> None:
    """Text, Markdown, HTML (both layouts) and JSON render every diff to a str."""
    d = diff(*pair)
    outputs = [
        render.text(d, color=False),
        render.text(d, color=True),
        render.markdown(d),
        render.html(d),
        render.html(d, side_by_side=True),
        render.json(d),
    ]
    assert all(out.endswith("\n") for out in outputs)


@given(edited_pairs())
def test_segments_rebuild_both_sides_of_every_change(pair: tuple[Revision, Revision]) -> None:
    """Kept+deleted runs give a change's old text, kept+inserted runs its new text."""
    for change in diff(*pair).changes:
        parts = segments(change)
        old = "".join(p.text for p in parts if p.kind is not Kind.INSERT)
        new = "".join(p.text for p in parts if p.kind is not Kind.DELETE)
        assert (old, new) == (change.old_text, change.new_text)


@given(edited_pairs())
def test_colour_only_adds_escape_codes(pair: tuple[Revision, Revision]) -> None:
    """Stripping ANSI codes from the coloured text gives the plain text."""
    d = diff(*pair)
    assert ANSI.sub("", render.text(d, color=True)) == render.text(d, color=False)


@given(hostile_pairs(), st.booleans())
def test_html_never_contains_foreign_elements(pair: tuple[Revision, Revision], sbs: bool) -> None:
    """Whatever the article says, the page has only the renderer's own tags and attributes."""
    page = render.html(diff(*pair), side_by_side=sbs, title=pair[1].headline)
    collector = _Collector()
    collector.feed(page)
    collector.close()
    assert collector.tags <= OWN_TAGS
    assert collector.attrs <= OWN_ATTRS
    assert collector.styles == 1


@given(hostile_pairs())
def test_markdown_never_contains_links_images_or_html(pair: tuple[Revision, Revision]) -> None:
    """Whatever the article says, the Markdown parses to no link, image or raw HTML."""
    kinds = {t.type for t in _tokens(MD.parse(render.markdown(diff(*pair))))}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "fence", "code_block"}


PLACE = r"(¶\S+ sentences? \S+|¶\S+)"
MOVE_LABEL = re.compile(rf"^Moved(?: \([a-z ]+\))?, {PLACE} -> {PLACE}$")


@given(st.one_of(edited_pairs(), permuted_pairs()))
def test_a_move_label_always_names_two_different_places(pair: tuple[Revision, Revision]) -> None:
    """Every label saying 'Moved' names where from and where to, and they differ."""
    d = diff(*pair)
    for change in d.changes:
        label = change_label(change, d)
        if not label.startswith("Moved"):
            continue
        match = MOVE_LABEL.match(label)
        assert match is not None, label
        assert match.group(1) != match.group(2), label
        was = place(change.old_indices[0], d.old_shape)
        now = place(change.new_indices[0], d.new_shape)
        assert was is not None
        assert now is not None
        assert was != now


SCHEMA = jsonschema.Draft202012Validator(render.json_schema())


@given(hostile_pairs(), st.booleans())
def test_json_output_always_fits_its_published_schema(
    pair: tuple[Revision, Revision], sides: bool
) -> None:
    """render.json of any diff, with or without its revisions, validates against the schema."""
    d = diff(*pair)
    out = render.json(d, old=pair[0], new=pair[1]) if sides else render.json(d)
    SCHEMA.validate(json.loads(out))


def _words(text: str) -> list[str]:
    return text.split()


@given(st.one_of(edited_pairs(), permuted_pairs()))
def test_whole_view_without_deletions_reads_as_the_new_article(
    pair: tuple[Revision, Revision],
) -> None:
    """The whole view, kept and inserted text only, is the new article, paragraph by paragraph.

    A sentence split (or merged) across a paragraph break is shown whole in the
    paragraph where it starts (documented), so paragraphs are compared one by
    one only where no change spans a break; the article as a whole always is.
    """
    old, new = pair
    d = diff(old, new)
    blocks = [b for b in layout(d, new, fold=False) if isinstance(b, Block) and not b.gone]
    assert [b.number for b in blocks] == list(range(1, len(new.paragraphs) + 1))
    paragraph_of = [p for p, para in enumerate(new.paragraphs) for _ in para.sentences]
    spans = any(len({paragraph_of[n] for n in c.new_indices}) > 1 for c in d.changes)
    everything: list[str] = []
    for block, paragraph in zip(blocks, new.paragraphs, strict=True):
        shown: list[str] = []
        for item in block.items:
            if isinstance(item, Kept):
                shown += _words(item.text)
            elif isinstance(item, Changed):
                kept = "".join(p.text for p in segments(item.change) if p.kind is not Kind.DELETE)
                shown += _words(kept)
        everything += shown
        if not spans:
            assert shown == _words(" ".join(s.text for s in paragraph.sentences))
    assert everything == _words(" ".join(s.text for s in new.sentences))


@given(st.one_of(edited_pairs(), permuted_pairs()))
def test_whole_view_shows_every_old_sentence_once_and_moves_at_both_ends(
    pair: tuple[Revision, Revision],
) -> None:
    """Every change appears once where it is; every move also once where it was."""
    old, new = pair
    d = diff(old, new)
    blocks = layout(d, new, fold=False)
    items = [item for block in blocks if isinstance(block, Block) for item in block.items]
    changed = [item.change for item in items if isinstance(item, Changed)]
    assert sorted(map(id, changed)) == sorted(map(id, d.changes))
    arrivals = [item.change for item in items if isinstance(item, Changed) and item.moved_from]
    departures = [item.change for item in items if isinstance(item, MovedAway)]
    assert sorted(map(id, arrivals)) == sorted(map(id, departures))
    kept = sum(isinstance(item, Kept) for item in items)
    listed_old = sum(len(c.old) for c in d.changes)
    assert kept + listed_old == len(old.sentences)


@given(st.one_of(edited_pairs(), permuted_pairs()))
def test_a_gone_paragraph_holds_only_what_left_it(pair: tuple[Revision, Revision]) -> None:
    """A 'was ¶n' paragraph holds only removals and departures, all from old paragraph n."""
    old, new = pair
    d = diff(old, new)
    for block in layout(d, new, fold=False):
        if not isinstance(block, Block) or not block.gone:
            continue
        for item in block.items:
            assert isinstance(item, MovedAway) or (
                isinstance(item, Changed) and not item.change.new_indices
            )
            was = place(item.change.old_indices[0], d.old_shape)
            assert was is not None
            assert was[0] == block.number


@given(hostile_pairs(), st.booleans())
def test_whole_html_never_contains_foreign_elements(
    pair: tuple[Revision, Revision], fold: bool
) -> None:
    """The whole-article page of a hostile article has only the renderer's own markup."""
    page = render.html(diff(*pair), old=pair[0], new=pair[1], whole=True, fold=fold)
    collector = _Collector()
    collector.feed(page)
    collector.close()
    assert collector.tags <= OWN_TAGS
    assert collector.attrs <= OWN_ATTRS
    assert collector.styles == 1


@given(hostile_pairs(), st.booleans())
def test_whole_markdown_never_contains_links_images_or_html(
    pair: tuple[Revision, Revision], fold: bool
) -> None:
    """The whole-article Markdown of a hostile article parses to no link, image or raw HTML."""
    out = render.markdown(diff(*pair), old=pair[0], new=pair[1], whole=True, fold=fold)
    kinds = {t.type for t in _tokens(MD.parse(out))}
    assert not kinds & {"link_open", "image", "html_inline", "html_block", "fence", "code_block"}


@given(st.one_of(edited_pairs(), permuted_pairs()))
def test_whole_text_colour_only_adds_escape_codes(pair: tuple[Revision, Revision]) -> None:
    """In the whole view too, stripping ANSI codes from coloured text gives the plain text."""
    old, new = pair
    d = diff(old, new)
    coloured = render.text(d, color=True, old=old, new=new, whole=True)
    assert ANSI.sub("", coloured) == render.text(d, color=False, old=old, new=new, whole=True)
