"""Find the article in a page's DOM: cut furniture, read note boxes, flatten the body.

Helpers of :func:`newsdiff.parse_html`, pure functions over :mod:`lxml` trees
(the ones that cut elements change the tree they are given, which
``parse_html`` owns).
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, tzinfo
from typing import Any, Final, NamedTuple

import attrs

from newsdiff._base._caches import bounded
from newsdiff._base._dates import read_datetime
from newsdiff._base._kinds import NoteKind
from newsdiff._base._text import normalise
from newsdiff._model._parts import Note
from newsdiff._reading._htmlmeta import names_history, repair_text
from newsdiff._reading._notes import MAX_NOTE_CHARS, note_shape
from newsdiff._reading._parse import parse_text

__all__ = [
    "History",
    "flatten_body",
    "prune",
    "split_lead",
    "take_boxes",
    "take_history",
    "wrap_loose_text",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements whose class, id, role or data attributes carry one of these words
# are page furniture, not article text. Attribute values are split into words
# at camelCase, "-", "_" and spaces, and also read with "-" and "_" removed
# ("most-popular" is "mostpopular" too).
_CLUTTER_WORDS: Final = _words(
    """
    share sharing sharebar sharetools social newsletter newsletters subscribe subscription
    signup related recommended recommendations recirculation recirc outbrain taboola
    gallery galleries slideshow slideshows carousel lightbox legends credits
    account accounts login logout signin userbar usermenu survey surveys competition
    competitions jobs jobsboard tags taglist topics
    cookie cookies consent gdpr onetrust cmp caption captions figcaption credit promo promos
    advert adverts advertisement advertising ad ads adslot adunit dfp sponsored breadcrumb
    breadcrumbs nav navigation menu footer comments comment disqus paywall trending
    mostread mostpopular toolbar instagrammedia tiktokembed embed
    """
)
_GALLERY_WORDS: Final = _words(
    "gallery galleries fullgallery slideshow slideshows carousel lightbox legends"
)
_CLUTTER_ROLES: Final = _words("navigation banner contentinfo complementary search dialog")
_CLUTTER_TAGS: Final = _words("figure figcaption picture nav form button noscript template svg")
_NOTE_WORDS: Final = {
    "correction": NoteKind.CORRECTION,
    "corrections": NoteKind.CORRECTION,
    "clarification": NoteKind.CLARIFICATION,
    "clarifications": NoteKind.CLARIFICATION,
    "editorsnote": NoteKind.EDITORS_NOTE,
    "editornote": NoteKind.EDITORS_NOTE,
}
# Update boxes share their class with timestamp labels ("Updated 3:15 PM"),
# so these only count when the box text itself has a note's shape.
_UPDATE_WORDS: Final = _words("update updates updatenote storyupdate")
_MAX_HISTORY_CHARS: Final = 40 * MAX_NOTE_CHARS
_CORRECTIVE_CHANGE = re.compile(
    r"(?i)\bcorrect|\berror|\bmistak|\bmisstat|\bmisspel|\btypo|\bwrong|\binaccura"
    r"|\bfix(?:ed|es)?\b"
)
# Where a "Corrections" link is navigation, never a note box.
_NAV_TAGS: Final = _words("nav")
_PAGE_TAGS: Final = _words("html body main article")
_NAV_WORDS: Final = _words("nav navigation menu masthead sitemap breadcrumb")
_INLINE_TAGS: Final = _words("a b i em strong span br small sup sub u font abbr cite q mark")
_TAXONOMY: Final = ("tag-", "tag_", "category-", "category_", "format-", "post_tag")
_ATTRS: Final = ("class", "id", "role", "data-component", "data-testid", "data-qa")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BY_LINE = re.compile(r"(?i)^by\s+\S")
# "By Thursday, rebels had taken the city." is prose, not a byline: a sentence
# ends in a lower-case word and a full stop; a credit ("By Jo Reyes") does not.
_PROSE_END = re.compile(r"[a-z]{2}[.!?][\"'”’)]?\Z")
# Prose, not a credit, also when a sentence ends inside the line ("By Thursday,
# rebels had taken the city. They ...") or when "By" opens a time ("By
# Thursday", "By March", "By 2030"): a byline names people.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
_BY_TIME = re.compile(
    r"(?i)^by\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|febr)uary\b|march\b"
    r"|april\b|may\b|june?\b|july\b|august\b|(?:sept|nov|dec)ember\b|october\b"
    r"|(?:then|now|noon|midnight|dawn|dusk|morning|evening|night|tonight|tomorrow|today)\b)"
)
_MAX_BOX_CHARS: Final = 3 * MAX_NOTE_CHARS
# An element holding this share of the page's paragraph text is the article,
# whatever its class says.
_PROTECT_SHARE: Final = 0.4
# trafilatura's output elements that end a paragraph.
_BLOCKS: Final = _words("p head item quote code list table row")
# HTML elements that start a new line in a note box.
_LINE_TAGS: Final = _words("p div li h1 h2 h3 h4 h5 h6 blockquote br section aside")
_SKIP_TAGS: Final = _words("html body head script style")
_MAX_LABEL_CHARS: Final = 80
_LEAD_MAX: Final = 5
_TAIL_MAX: Final = 2
# A dotted date ("08.04.2015") holds no time: its day and month are left alone.
_DOTTED_TIME = re.compile(r"(?<!\d\.)\b(\d{1,2})\.(\d{2})\b(?!\.\d)")
# "This article is more than 4 years old", "Published more than 5 years ago".
_AGE_BANNER = re.compile(
    r"(?i)(?:this\s(?:article|story|content|piece|page)\s(?:is|was\spublished)\s"
    r"|published\s)?(?:more|over)\sthan\s\w+\s(?:years?|months?|weeks?|days?)\s(?:old|ago)\W*\Z"
)
_POSTED_BY = re.compile(r"(?i)(?:posted|written)\sby\s+\w")
_WEEKDAY = re.compile(
    r"(?i)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s)?"
)
_BY_AFTER = re.compile(r",?\s(?:[—–|-]\s)?[Bb]y\s+[^\W\d]")
_WHOLE_DATE = re.compile(
    r"(?i)\b\d{4}-\d\d-\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s\d{1,2},?\s\d{4}\b|\b\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?,?\s\d{4}\b"
)
# Labels before a bare page timestamp; "(Last) Updated" is left to the note reader.
_DATE_LABEL = re.compile(
    r"(?i)\A(?:first\s|originally\s)?(?:published|posted|last\smodified|modified)"
    r"(?:\s(?:on|at))?[\s:]*"
)


def _tokens(el: Any) -> frozenset[str]:
    """The words in an element's class, id, role and data attributes."""
    attrib = el.attrib
    # Most elements carry no attribute at all: one length check skips them.
    if not attrib:
        return _NO_WORDS
    values = tuple(map(attrib.get, _ATTRS))
    if not any(values):
        return _NO_WORDS
    return _attribute_words(values)


_NO_WORDS: Final[frozenset[str]] = frozenset()


# Templates repeat the same class strings on every page of a site (and every
# capture of a page), so their words are remembered.
@bounded(4096)
def _attribute_words(values: tuple[str | None, ...]) -> frozenset[str]:
    words: set[str] = set()
    for attr, given in zip(_ATTRS, values, strict=True):
        value = given
        if value and attr == "class":
            # Taxonomy classes ("tag-jobs", "category-gallery") describe the
            # story's subject, not the element's role on the page.
            value = " ".join(c for c in value.split() if not c.startswith(_TAXONOMY))
        if value:
            flat = _CAMEL.sub("-", value).lower()
            words.update(_TOKEN_SPLIT.split(flat))
            words.update(w.replace("-", "").replace("_", "") for w in flat.split())
    words.discard("")
    return frozenset(words)


def _p_text(tree: Any) -> int:
    return sum(len(p.text_content()) for p in tree.iter("p"))


def _element_lines(el: Any) -> list[str]:
    """The text of an HTML element as lines: one per paragraph-like element in it."""
    from lxml import etree  # noqa: PLC0415 (optional extra)

    lines: list[str] = [""]
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _LINE_TAGS and lines[-1]:
            lines.append("")
        if event == "start":
            lines[-1] += node.text or ""
        elif node is not el:
            lines[-1] += node.tail or ""
    return [t for t in (_ASCII_SPACE.sub(" ", line).strip() for line in lines) if t]


def _box_notes(
    el: Any, kind: NoteKind | None, *, tz: tzinfo | None, dayfirst: bool, published: datetime | None
) -> list[Note]:
    """Notes in a correction or update box; *kind* is what its class names, if sure."""
    lines = [repair_text(line) for line in _element_lines(el)]
    if not lines:
        return []
    parsed = parse_text("\n\n".join(lines), tz=tz, dayfirst=dayfirst, published_at=published)
    notes = list(parsed.notes)
    leftover = [p.text for p in parsed.paragraphs]
    if notes and leftover:
        # A box is all note: text after the labelled line continues it.
        last = notes[-1]
        notes[-1] = attrs.evolve(last, text="\n".join([last.text, *leftover]))
    elif not notes and kind is not None and not _bare_label(lines):
        notes = [Note(kind=kind, text="\n".join(lines))]
    return notes


def _bare_label(lines: list[str]) -> bool:
    """Whether a box says only its label ("Corrections"): a link or heading, no note."""
    if len(lines) != 1:
        return False
    shape = note_shape(lines[0])
    return shape is not None and shape.heading and shape.date_text is None


def _in_navigation(el: Any) -> bool:
    """Whether *el* sits in a menu, or holds only link text."""
    for node in (el, *el.iterancestors()):
        if node.tag in _PAGE_TAGS:
            # A page-wide class ("has-header") says nothing about the box.
            continue
        if node.tag in _NAV_TAGS or _tokens(node) & _NAV_WORDS:
            return True
        if (node.get("role") or "").lower() in {"navigation", "menubar", "menu"}:
            return True
    return _link_only(el)


def _history_entry(
    item: Any, *, tz: tzinfo | None, dayfirst: bool, published: datetime | None
) -> tuple[Note, str] | None:
    """One dated line of a change history, and the change's text without its time."""
    stamp = next(item.iter("time"), None)
    if stamp is None:
        return None
    when = _ASCII_SPACE.sub(" ", stamp.text_content()).strip()
    lines = [repair_text(line) for line in _element_lines(item)]
    text = " ".join(line for line in lines if line != when).strip()
    if when and text.startswith(when):
        # Older templates run the change's text on after the <time>, on its line.
        text = text[len(when) :].lstrip(" :-–—")
    if not text:
        return None
    at = None
    for source in (stamp.get("datetime"), when):
        if source:
            at = read_datetime(
                source.strip(), tz=tz, dayfirst=dayfirst, default_year_from=published
            )
        if at is not None:
            break
    kind = NoteKind.CORRECTION if _CORRECTIVE_CHANGE.search(text) else NoteKind.UPDATE
    return Note(kind=kind, at=at, text=f"{when}: {text}" if when else text), text


class History(NamedTuple):
    """What a page's change history says: its notes, its stamp lines, when it began."""

    notes: list[Note]
    stamps: list[str]
    published_at: datetime | None


# The history's entry for the first version ("First published.") dates the
# publication; it is not a change.
_FIRST_PUBLISHED = re.compile(r"(?i)\A(?:first\s)?published\.?\Z")
# A stamp line "Published 28 January 2021" (GOV.UK prints it on every capture).
_PUBLISHED_STAMP = re.compile(r"(?i)\A(?:first\s)?published\s(?:on\s)?(.{6,40})\Z")


def take_history(
    tree: Any, *, tz: tzinfo | None, dayfirst: bool, published: datetime | None
) -> History:
    """Read a page's own change history and cut it out of *tree*.

    A change history is an element whose class names one (GOV.UK's
    ``app-c-published-dates``, ``change-history``, ``update-history`` ...):
    its dated entries (a ``<time>`` and the change's text, one per list
    item) become notes, except the entry for the first version ("First
    published."), which dates the publication; its lines and the "Published
    ... / Last updated ..." stamp lines are returned for ``boilerplate``.
    ``published_at`` is the first version's time; else, when *tz* is given,
    the date of a "Published 2 November 2021" stamp line, midnight in *tz*;
    else ``None`` (a stamp gives no zone: read naive, it would mix naive and
    aware times among the captures of one page).
    """
    found: list[Any] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or not el.attrib:
            continue
        if not names_history(el):
            continue
        if any(a in found for a in el.iterancestors()):
            continue
        if len(el.text_content()) > _MAX_HISTORY_CHARS:
            continue
        found.append(el)
    notes: list[Note] = []
    stamps: list[str] = []
    first: datetime | None = None
    for el in found:
        entries = [item for item in el.iter("li") if next(item.iter("time"), None) is not None]
        for item in entries:
            entry = _history_entry(item, tz=tz, dayfirst=dayfirst, published=published)
            if entry is not None:
                note, change = entry
                if _FIRST_PUBLISHED.match(change):
                    stamps.append(note.text)
                    first = first or note.at
                else:
                    notes.append(note)
            item.drop_tree()
        stamps.extend(repair_text(line) for line in _element_lines(el))
        el.drop_tree()
    if first is None and tz is not None:
        first = _stamp_date(stamps, tz=tz, dayfirst=dayfirst)
    return History(notes, stamps, first)


def _stamp_date(stamps: list[str], *, tz: tzinfo, dayfirst: bool) -> datetime | None:
    for line in stamps:
        match = _PUBLISHED_STAMP.match(line.strip())
        if match is not None:
            at = read_datetime(match.group(1).strip(), tz=tz, dayfirst=dayfirst)
            if at is not None:
                return at
    return None


# Every word of _NOTE_WORDS and _UPDATE_WORDS holds one of these.
_BOX_WORDS: Final = ("correction", "clarification", "editorsnote", "editornote", "update")


@functools.cache
def _visible_text() -> Any:
    """An XPath giving an element's text outside scripts and styles (an ad's code is no text)."""
    from lxml import etree  # noqa: PLC0415 (optional extra)

    return etree.XPath(
        ".//text()[not(ancestor::script) and not(ancestor::style)]", smart_strings=False
    )


@functools.cache
def _attribute_values() -> Any:
    """An XPath giving the value of every attribute :func:`_tokens` reads, on every element."""
    from lxml import etree  # noqa: PLC0415 (optional extra)

    paths = " | ".join(f"descendant-or-self::*/@{name}" for name in _ATTRS)
    return etree.XPath(paths, smart_strings=False)


def _may_name_box(tree: Any) -> bool:
    """Whether some element of *tree* may be a note box, by one look at all its attributes.

    Most pages have none, and one C-level pass over the attribute values
    spares them the walk over every element. Nothing is missed: a box's
    words come from its attribute values, lower-cased and split or stripped
    of "-" and "_", so each value, lower-cased and stripped the same way,
    holds one of :data:`_BOX_WORDS`; the values joined and folded at once
    then hold it too.
    """
    values = " ".join(_attribute_values()(tree)).lower().replace("-", "").replace("_", "")
    return any(word in values for word in _BOX_WORDS)


def take_boxes(
    tree: Any, *, tz: tzinfo | None, dayfirst: bool, published: datetime | None
) -> list[Note]:
    """Find correction and update boxes, turn them into notes, and cut them out of *tree*."""
    if not _may_name_box(tree):
        return []
    total = _p_text(tree)
    boxes: list[tuple[Any, NoteKind | None]] = []
    chosen: set[Any] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        words = _tokens(el)
        # The first note word in sorted order names the kind; most elements have none.
        kind = (
            None
            if words.isdisjoint(_NOTE_WORDS)
            else next(_NOTE_WORDS[w] for w in sorted(words) if w in _NOTE_WORDS)
        )
        if kind is None and not words & _UPDATE_WORDS:
            continue
        if any(a in chosen for a in el.iterancestors()) or _in_navigation(el):
            continue
        if len(el.text_content()) > _MAX_BOX_CHARS or (
            total and _p_text(el) > _PROTECT_SHARE * total
        ):
            continue
        boxes.append((el, kind))
        chosen.add(el)
    notes: list[Note] = []
    for el, kind in boxes:
        found = _box_notes(el, kind, tz=tz, dayfirst=dayfirst, published=published)
        if found:
            notes.extend(found)
            el.drop_tree()
    return notes


def prune(tree: Any) -> None:
    """Cut captions, share bars, newsletter boxes, related lists, banners and the like."""
    counts = _count_tree(tree)
    p_text = counts.p_text
    total = p_text.get(tree, 0)
    doomed: list[Any] = []
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in {"html", "body", "head", "main"}:
            continue
        if tag in _CLUTTER_TAGS:
            # ASP.NET pages wrap the whole page, article included, in a <form>.
            if not (tag == "form" and total and p_text.get(el, 0) > _PROTECT_SHARE * total):
                doomed.append(el)
            continue
        words = _tokens(el)
        if not (words & _CLUTTER_WORDS or (el.get("role") or "").lower() in _CLUTTER_ROLES):
            continue
        # A stray class on the article's own wrapper must not take the story with it.
        # A photo gallery may hold more text than the story (fifty captions), so
        # it is spared only when it wraps the article itself (its <article>,
        # <main> or <h1>).
        large = bool(total) and p_text.get(el, 0) > _PROTECT_SHARE * total
        if large and (not words & _GALLERY_WORDS or counts.wraps_article(el)):
            continue
        doomed.append(el)
    doomed.extend(_layout_link_cells(tree))
    doomed.extend(_licence_lines(tree))
    doomed.extend(_rights_blocks(tree))
    doomed.extend(_form_widgets(tree, counts, total))
    doomed.extend(_teaser_lists(counts, total))
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# Class names of a story's standfirst: the lead paragraph printed above the body
# ("lead", "article-lede", "standfirst", "intro", "dek"). Extractors often keep
# the body container only and drop it, losing the story's first paragraph.
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|standfirst|intro|dek|deck)(?:$|[\s_-])", re.IGNORECASE
)
_LEAD_MIN_WORDS = 8


def recover_leads(tree: Any, paragraphs: list[str]) -> list[str]:
    """*paragraphs* with the standfirst the extractor dropped put back in front.

    The page's one ``<p>`` or ``<div>`` whose class names a lead, holding a
    prose sentence (eight words or more, ending in sentence punctuation, no
    script) that is in none of *paragraphs*, is the story's own first
    paragraph (news.admin.ch and many CMSs print it above the body). Pages
    with several such elements hold teasers of other stories, not a lead:
    nothing is restored from them.
    """
    candidates = [
        el
        for el in tree.iter("p", "div")
        if _LEAD_CLASS.search(str(el.get("class") or ""))
        and not any(a.tag in ("nav", "aside", "footer", "header") for a in el.iterancestors())
    ]
    if len(candidates) != 1 or any(True for _ in candidates[0].iter("script", "style")):
        return paragraphs
    text = " ".join(str(candidates[0].text_content()).split())
    if (
        len(text.split()) < _LEAD_MIN_WORDS
        or not text.endswith((".", "!", "?", "”", '"', "»"))
        or _within(normalise(text), paragraphs)
    ):
        return paragraphs
    return [repair_text(text), *paragraphs]


def _within(folded: str, paragraphs: list[str]) -> bool:
    """Tell whether *folded* is in the normalised paragraphs joined by spaces."""
    seen = []
    for paragraph in paragraphs:
        # The lead is most often the first paragraph the extractor kept: a
        # match inside one paragraph is a match in the joined text, so the
        # rest need not be folded.
        seen.append(normalise(paragraph))
        if folded in seen[-1]:
            return True
    return folded in " ".join(seen)


def wrap_loose_text(tree: Any) -> None:
    """Put text that sits directly under ``<body>`` into ``<p>`` elements.

    Without this, the extractor glues such text to the heading above it.
    Each run of loose text and inline elements between two block elements
    becomes one ``<p>``; its ``<br>`` line breaks stay (and still start new
    paragraphs). Pages without loose text are left as they are.
    """
    from lxml import etree  # noqa: PLC0415 (optional extra)

    body = tree if tree.tag == "body" else tree.find("body")
    if body is None:
        return

    def is_block(node: Any) -> bool:
        return isinstance(node.tag, str) and node.tag not in _INLINE_TAGS

    def has_text(text: str | None) -> bool:
        return bool(text and text.strip())

    # (anchor, text, inline nodes): the run starts after *anchor* (None: at the top).
    runs: list[tuple[Any, str, list[Any]]] = []
    anchor: Any = None
    text = body.text or ""
    inline: list[Any] = []
    for child in list(body):
        if is_block(child):
            if has_text(text) or any(has_text(n.text_content()) for n in inline):
                runs.append((anchor, text, inline))
            anchor, text, inline = child, child.tail or "", []
        else:
            inline.append(child)
    if has_text(text) or any(has_text(n.text_content()) for n in inline):
        runs.append((anchor, text, inline))
    for anchor, lead, nodes in runs:
        p = etree.Element("p")
        p.text = lead
        if anchor is None:
            body.text = None
            body.insert(0, p)
        else:
            anchor.tail = None
            anchor.addnext(p)
        for node in nodes:
            p.append(node)  # moves the node, its tail with it


def _link_share(el: Any) -> tuple[int, int]:
    """The characters of *el*'s text and of its links' text, spaces and scripts left out."""
    text = _ASCII_SPACE.sub("", "".join(_visible_text()(el)))
    links = "".join(_ASCII_SPACE.sub("", a.text_content()) for a in el.iter("a"))
    return len(text), len(links)


def _link_only(el: Any) -> bool:
    text = _ASCII_SPACE.sub("", el.text_content())
    links = "".join(_ASCII_SPACE.sub("", a.text_content()) for a in el.iter("a"))
    return bool(text) and text == links


def _story_cell(td: Any) -> bool:
    """Whether a layout cell holds the story: two paragraphs, or the ``<h1>``.

    A blog template of tables (Tumblr's) sets its post's text off by ``<br>``.
    """
    return sum(1 for _ in td.iter("p")) >= 2 or td.find(".//h1") is not None


def _layout_link_cells(tree: Any) -> list[Any]:
    """Menu cells of layout tables: cells of links beside a cell holding the story.

    Old table-based pages (BBC ``.stm``) put the site menu in a cell next to
    the one with the article's paragraphs; a blog's side column lists its
    links under a few headings of its own ("Official links:"). A cell with no
    paragraph of its own whose text is at least two thirds link text is such
    a menu.
    """
    cells: list[Any] = []
    for row in tree.iter("tr"):
        tds = [c for c in row if c.tag == "td"]
        if len(tds) < 2 or not any(_story_cell(td) for td in tds):
            continue
        shares = [_link_share(td) for td in tds]
        longest = max(text for text, _ in shares)
        for td, (text, links) in zip(tds, shares, strict=True):
            # A cell with paragraphs of its own (LWN's side boxes) is a menu only
            # beside a longer cell: a post of links keeps its own cell.
            if td.find(".//p") is not None and text >= longest:
                continue
            if text and 3 * links >= _MENU_LINK_THIRDS * text:
                cells.append(td)
    return cells


# A menu cell's link text is at least this many thirds of its text.
_MENU_LINK_THIRDS: Final = 2


# The page's own licence line ("This website ... is licensed under a Creative
# Commons ... License") links its licence with rel="license"; story prose
# that names a licence does not mark the link so.
_LICENCE_LINK: Final = (
    '//a[contains(concat(" ", normalize-space(translate(@rel, "LICENSE", "license")), " "),'
    ' " license ")]'
)
_LICENCE_BLOCKS: Final = _words("p li div td footer")
_MAX_LICENCE_CHARS: Final = 400


def _licence_lines(tree: Any) -> list[Any]:
    """The short blocks holding a ``rel="license"`` link: the site's licence, not the story."""
    lines: list[Any] = []
    for link in tree.xpath(_LICENCE_LINK):
        block = next((a for a in link.iterancestors() if a.tag in _LICENCE_BLOCKS), None)
        if block is not None and len(block.text_content().strip()) <= _MAX_LICENCE_CHARS:
            lines.append(block)
    return lines


# A footer block of short lines set off by <br> that opens with a copyright
# line: "Copyright © 2015, Eklektix, Inc." / "Comments and public postings are
# copyrighted by their creators." / "Linux is a registered trademark of Linus
# Torvalds". The lines after the first are the site's legal lines too; a story
# paragraph that opens with a photo credit ("© Provided by ...") runs on
# without a break and is longer.
_RIGHTS_OPENING = re.compile(r"(?:©|copyright\s(?:©|\(c\)|\d{4}))", re.IGNORECASE)
# The copyright line itself is short and ends as a line of its own ("Inc.",
# "2015"); each line after it opens a sentence of its own.
_RIGHTS_LINE = re.compile(r".{1,80}[.\d]")
_RIGHTS_BLOCKS: Final = _words("p div td li footer small center")
_MAX_RIGHTS_LINE: Final = 120
_MAX_RIGHTS_LINES: Final = 4


def _rights_blocks(tree: Any) -> list[Any]:
    """Short blocks of ``<br>``-separated lines whose first line is a copyright line."""
    blocks: dict[Any, None] = {}
    # Each block is weighed once, however many <br> it holds: weighing it
    # again at each one would cost lines times size.
    weighed: set[Any] = set()
    for br in tree.iter("br"):
        block = next((a for a in br.iterancestors() if a.tag in _RIGHTS_BLOCKS), None)
        if block is None or block in weighed:
            continue
        weighed.add(block)
        first = next((t.strip() for t in block.itertext() if t.strip()), "")
        if not _RIGHTS_OPENING.match(first) or block.find(".//p") is not None:
            continue
        lines = _element_lines(block)
        if (
            2 <= len(lines) <= _MAX_RIGHTS_LINES
            and _RIGHTS_LINE.fullmatch(lines[0])
            and all(len(line) <= _MAX_RIGHTS_LINE and line[0].isupper() for line in lines[1:])
        ):
            blocks[block] = None
    return list(blocks)


# A widget built around a form (an app or newsletter sign-up) shows its other
# states beside it: "Please wait...", "Thanks!", "Now check your email ...".
# Its text, the form's left out, is at most this long.
_MAX_WIDGET_CHARS: Final = 250
_PAGE_WRAPPERS: Final = _words("html body main article")


def _form_widgets(tree: Any, counts: _TreeCounts, total: int) -> list[Any]:
    """The small blocks around each form: the form's labels and its states, not the story.

    Never one that holds the article's ``<h1>`` or a large share of the page's
    paragraphs: a short story's body with a sign-up form in it stays.
    """
    widgets: list[Any] = []
    # Each block is weighed once, however many forms it holds.
    seen: set[Any] = set()
    for form in tree.iter("form"):
        box = form
        while (parent := box.getparent()) is not None and len(parent) == 1:
            box = parent
        widget = box.getparent()
        if widget in seen:
            continue
        seen.add(widget)
        if (
            widget is None
            or widget.tag in _PAGE_WRAPPERS
            or counts.wraps_article(widget)
            or (total and counts.p_text.get(widget, 0) > _PROTECT_SHARE * total)
        ):
            continue
        text = len(_ASCII_SPACE.sub("", "".join(_visible_text()(widget))))
        own = len(_ASCII_SPACE.sub("", "".join(_visible_text()(form))))
        if text - own <= _MAX_WIDGET_CHARS:
            widgets.append(widget)
    return widgets


_HEADINGS: Final = ("h2", "h3", "h4", "h5", "h6")
_ARTICLE_MARKS: Final = ("article", "main", "h1")
# A list of other stories has at least this many headings that link away.
_TEASER_HEADINGS: Final = 3


def _links_away(heading: Any) -> bool:
    """Whether *heading* is mostly a link to another page (a teaser's title)."""
    text = len(_ASCII_SPACE.sub("", heading.text_content()))
    linked = sum(
        len(_ASCII_SPACE.sub("", a.text_content()))
        for a in heading.iter("a")
        if not str(a.get("href") or "#").startswith("#")
    )
    return bool(text) and 2 * linked > text


@attrs.frozen
class _TreeCounts:
    """Per-element sums over each element's subtree, made in one pass over the page."""

    p_text: dict[Any, int]  # characters of the paragraphs (<p>) in it, itself included
    linked: dict[Any, int]  # headings below it that link to another page
    plain: dict[Any, int]  # other headings below it
    marks: dict[Any, int]  # <article>, <main> and <h1> elements in it, itself included

    def wraps_article(self, el: Any) -> bool:
        """Whether *el* is or holds the article's ``<article>``, ``<main>`` or ``<h1>``."""
        return el in self.marks


def _count_tree(tree: Any) -> _TreeCounts:
    """Each element's paragraph text and heading counts, carried from children to parents.

    One pass, children before their parent: walking each element's subtree
    (or each paragraph's ancestors) costs depth times size on a page of
    wrappers nested two hundred deep.
    """
    p_text: dict[Any, int] = {}
    linked: dict[Any, int] = {}
    plain: dict[Any, int] = {}
    marks: dict[Any, int] = {}
    # Reversed document order puts every element after all of its descendants.
    for el in reversed(list(tree.iter())):
        tag = el.tag
        if tag == "p":
            p_text[el] = p_text.get(el, 0) + len(el.text_content())
        elif tag in _ARTICLE_MARKS:
            marks[el] = marks.get(el, 0) + 1
        parent = el.getparent()
        if parent is None:
            continue
        for sums in (p_text, linked, plain, marks):
            if el in sums:
                sums[parent] = sums.get(parent, 0) + sums[el]
        if tag in _HEADINGS:
            counts = linked if _links_away(el) else plain
            counts[parent] = counts.get(parent, 0) + 1
    return _TreeCounts(p_text=p_text, linked=linked, plain=plain, marks=marks)


def _teaser_lists(counts: _TreeCounts, total: int) -> list[Any]:
    """Lists of other stories: blocks whose headings mostly link to other pages.

    "Other Opinion Columns" followed by five linked headlines, each with its
    standfirst, is no part of the story, whatever the template calls the
    block. The smallest such block is taken (with a wrapper that adds only
    its own title), never one that holds the article's ``<h1>`` or most of
    the page's paragraphs. Headings that link within the page (``#section``)
    are the story's own.
    """
    p_text, plain = counts.p_text, counts.plain
    found = {
        el for el, n in counts.linked.items() if n >= _TEASER_HEADINGS and n > plain.get(el, 0)
    }
    # Every ancestor of a found block is marked once: the walk up stops at
    # the first one already marked, so nested blocks cost their number.
    outer: set[Any] = set()
    for el in found:
        parent = el.getparent()
        while parent is not None and parent not in outer:
            outer.add(parent)
            parent = parent.getparent()
    inner = [el for el in found if el not in outer]
    lists: list[Any] = []
    for el in inner:
        block = el
        parent = block.getparent()
        while (
            parent is not None and parent in found and p_text.get(parent, 0) == p_text.get(block, 0)
        ):
            block, parent = parent, parent.getparent()
        if counts.wraps_article(block) or (total and p_text.get(block, 0) > _PROTECT_SHARE * total):
            continue
        lists.append(block)
    return lists


def _flush(out: list[str], current: list[str]) -> None:
    if not current:
        # Every block boundary flushes, most with nothing gathered since the last.
        return
    text = _ASCII_SPACE.sub(" ", "".join(current)).strip()
    current.clear()
    if text:
        out.append(text)


def _block_texts(el: Any, out: list[str], current: list[str]) -> None:
    """Append the paragraphs in trafilatura's output element *el* to *out*."""
    tag = el.tag
    if tag == "row":
        _flush(out, current)
        cells: list[list[str]] = []
        for cell in el:
            if cell.tag != "cell":
                continue
            # A cell's own blocks stay apart: a layout table (old BBC pages)
            # holds the whole story in one cell, one <p> per paragraph.
            parts: list[str] = []
            _block_texts(cell, parts, [])
            cells.append(parts)
        if any(len(parts) > 1 for parts in cells):
            out.extend(text for parts in cells for text in parts)
        else:
            out.append(" | ".join(parts[0] for parts in cells if parts))
        return
    if tag == "graphic":
        return
    if tag in _BLOCKS or tag == "lb":
        _flush(out, current)
    if tag != "lb" and el.text:
        current.append(el.text)
    for child in el:
        _block_texts(child, out, current)
        if child.tag in _BLOCKS:
            _flush(out, current)
        if child.tail:
            current.append(child.tail)
    if tag in _BLOCKS or tag == "cell":
        _flush(out, current)


def flatten_body(body: Any) -> list[str]:
    """The paragraphs of trafilatura's XML body, in reading order, encodings repaired.

    One paragraph per ``<p>``, heading, list item, quote or code block; a
    table row is one paragraph with its cells joined by " | "; a line break
    (``<lb/>``) starts a new paragraph. Whitespace runs become one space.
    """
    out: list[str] = []
    for child in body:
        current: list[str] = []
        _block_texts(child, out, current)
        _flush(out, current)
    return [t for t in (repair_text(p).strip() for p in out) if t]


def quoted_texts(body: Any) -> frozenset[str]:
    """The paragraphs of *body* that sit in a quotation block (``<blockquote>``), as flattened.

    A press release prints a minister's words as one or more paragraphs in a
    block after "Anna Field said:", often without quotation marks; the
    analysis needs to know where the block ends.
    """
    found: set[str] = set()
    for quote in body.iter("quote"):
        parts: list[str] = []
        current: list[str] = []
        _block_texts(quote, parts, current)
        _flush(parts, current)
        found.update(t for t in (repair_text(p).strip() for p in parts) if t)
    return frozenset(found)


def split_lead(
    paragraphs: list[str], titles: tuple[str, ...], byline: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """Set aside page labels that trafilatura kept in the body.

    At the top: a repeated headline, "By ..." lines and bare timestamps
    ("Published 6 December 2024"); at the bottom: bare timestamps; anywhere:
    paragraphs without a letter or digit ("* * *") and age banners ("This
    article is more than 4 years old"). Dates inside the body (a timeline's
    headings) stay. Returns the set-aside lines (for ``boilerplate``) and
    the paragraphs left.
    """
    targets = {normalise(t).casefold() for t in titles}
    names = {normalise(n).casefold() for n in byline}
    lead: list[str] = []
    notes: list[str] = []
    for text in paragraphs[:_LEAD_MAX]:
        if note_shape(text) is not None:
            # A stamp such as "Last Updated: ..." above the headline is left
            # to the note reader; the labels after it are still set aside.
            notes.append(text)
            continue
        folded = normalise(text).casefold()
        is_byline = (
            bool(_BY_LINE.match(text))
            and len(text) <= 120
            and (any(n in folded for n in names) if names else not _reads_as_prose(text))
        )
        if not (
            folded in targets
            or is_byline
            or _is_page_label(text, dates=True)
            or _dated_byline(text)
        ):
            break
        lead.append(text)
    rest = notes + paragraphs[len(lead) + len(notes) :]
    tail = len(rest)
    while tail > 0 and len(rest) - tail < _TAIL_MAX and _is_page_label(rest[tail - 1], dates=True):
        tail -= 1
    kept: list[str] = []
    for text in rest[:tail]:
        (lead if _is_page_label(text, dates=False) else kept).append(text)
    return [*lead, *rest[tail:]], kept


def _reads_as_prose(text: str) -> bool:
    """Whether a line that opens with "By" is a sentence rather than a credit.

    >>> [_reads_as_prose(t) for t in ("By Jo Reyes", "By the Associated Press")]
    [False, False]
    >>> _reads_as_prose("By Thursday, rebels had taken the city near Hama in 2021.")
    True
    >>> _reads_as_prose("By Jo Reyes. Rebels took the city near Hama in 2021.")
    True
    """
    stripped = text.rstrip()
    return bool(
        _PROSE_END.search(stripped) or _SENTENCE_INSIDE.search(stripped) or _BY_TIME.match(text)
    )


def _dated_byline(text: str) -> bool:
    """A date-and-author line: "Tuesday 15 October 2019 by Jo Reyes", "Posted by jo on ...".

    Short, not a finished sentence, with a whole date (a year and a month
    name, or an ISO date): "Posted by" or "Written by" opens it, or the date
    does (after a weekday) and "by" and a name follow it.
    """
    if len(text) > _MAX_LABEL_CHARS or _PROSE_END.search(text.rstrip()):
        return False
    if not _WHOLE_DATE.search(text):
        return False
    if _POSTED_BY.match(text):
        return True
    # "Tuesday 15 October 2019 by Jo Reyes": the date opens the line, "by" follows it.
    weekday = _WEEKDAY.match(text)
    date = _WHOLE_DATE.match(text, weekday.end() if weekday else 0)
    return date is not None and _BY_AFTER.match(text, date.end()) is not None


def _is_page_label(text: str, *, dates: bool) -> bool:
    """Whether a paragraph is a mark, an age banner or (if *dates*) a bare timestamp.

    >>> [
    ...     _is_page_label(t, dates=True)
    ...     for t in ("* * *", "Published 6 December 2024", "Fri 6 Dec 2024 10.35 GMT")
    ... ]
    [True, True, True]
    >>> [
    ...     _is_page_label(t, dates=True)
    ...     for t in ("This article is more than 4 years old", "Dec. 6 was cold.")
    ... ]
    [True, False]
    """
    if not any(ch.isalnum() for ch in text.replace("Â", "")):
        # "Â" alone is a non-breaking space decoded twice, not text.
        return True
    if len(text) > _MAX_LABEL_CHARS:
        return False
    if _AGE_BANNER.match(text):
        return True
    if not dates:
        return False
    date = _DATE_LABEL.sub("", text, count=1).strip()
    # British style "15.41" is a time; dateutil reads it as a decimal.
    return bool(date) and read_datetime(_DOTTED_TIME.sub(r"\1:\2", date)) is not None
