"""Read a captured web page into a :class:`Revision` (the ``newsdiff[html]`` extra)."""

from __future__ import annotations

import itertools
import re
from datetime import datetime, tzinfo
from typing import Any, Final

import attrs

from newsdiff._base._dates import resolve_tz
from newsdiff._base._text import normalise, truncate
from newsdiff._base._validate import check_type
from newsdiff._model._parts import Note
from newsdiff._reading._htmlbody import (
    flatten_body,
    prune,
    quoted_texts,
    recover_leads,
    split_lead,
    take_boxes,
    take_history,
    wrap_loose_text,
)
from newsdiff._reading._htmlmeta import decode_html, read_page_meta
from newsdiff._reading._parse import read_text
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import NoArticleError

__all__ = ["MAX_BODY_CHARS", "MAX_ELEMENTS", "MAX_PARAGRAPHS", "parse_html"]

_INSTALL_HINT: Final = (
    'parse_html needs the optional HTML extra: pip install "newsdiff[html]" '
    "(trafilatura, ftfy and lxml)"
)

#: Extracted text beyond these sizes is not one article (a dump, a feed, junk).
MAX_PARAGRAPHS: Final = 5_000
MAX_BODY_CHARS: Final = 1_000_000
#: Pages with more elements are refused before extraction, which bounds its
#: cost; real article pages have a few thousand.
MAX_ELEMENTS: Final = 60_000
# Recall over precision: with the pruning above, it loses fewer opening
# paragraphs (drop caps, teaser blocks) and keeps no more furniture
# (measured by evals/html_template_pairs.py --compare).
_EXTRACTION: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "favor_recall": True,
    "favor_precision": False,
    "with_metadata": False,
    "deduplicate": False,
}
_MAX_BINARY_SHARE: Final = 0.02
# libxml2 refuses control characters in text it is handed (a form feed too,
# though HTML counts it as white space, so it becomes a space).
_DROPPED: Final = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f")
_CONTROLS: Final = {**dict.fromkeys(map(ord, _DROPPED)), ord("\f"): " "}
# str.translate walks a page character by character; a regex finds the rare
# control character far faster, so the translation runs only when one is there.
_ANY_CONTROL = re.compile(f"[{_DROPPED}\f]")
_BINARY = re.compile(f"[{_DROPPED}]")
_SNIFF_CHARS: Final = 65536


def _import_extra() -> tuple[Any, Any]:
    """Import the extra's libraries, or raise an ImportError that says how to get them."""
    try:
        import ftfy  # noqa: F401, PLC0415 (optional extra: imported on first use)
        import lxml.html  # noqa: PLC0415
        import trafilatura  # noqa: PLC0415
    except ImportError as err:
        raise ImportError(f"{_INSTALL_HINT} ({err})") from err
    return trafilatura, lxml.html


def _no_article(problem: str, value: object) -> NoArticleError:
    return NoArticleError(
        f"html: {problem}, got {truncate(repr(value), 80)}", field="html", value=value
    )


# libxml2 checks each attribute of a start tag against the ones before it, so a
# tag with 100,000 attributes costs minutes. No article needs more than a few
# dozen: past _MAX_ATTRIBUTES the rest of a tag's attributes are dropped before
# parsing. A long tag is one without "<" or ">" inside it for 2,000 characters;
# [^<>] keeps each scan from crossing into the next tag, so the pass is linear.
_MAX_ATTRIBUTES: Final = 256
_LONG_TAG = re.compile(r"<([A-Za-z][\w:.-]{0,40})(\s[^<>]{2000,})>")
_ATTRIBUTE = re.compile(r"""[^\s=<>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']*))?""")


def _bound_attributes(text: str) -> str:
    """*text* with every start tag cut to its first :data:`_MAX_ATTRIBUTES` attributes."""

    def cut(match: re.Match[str]) -> str:
        kept = [m.group() for m in itertools.islice(_ATTRIBUTE.finditer(match[2]), _MAX_ATTRIBUTES)]
        return f"<{match[1]} {' '.join(kept)}>" if kept else f"<{match[1]}>"

    return _LONG_TAG.sub(cut, text) if len(text) > 2000 else text


# libxml2 drops whatever lies deeper than 255 elements. Past _MAX_DEPTH open
# elements, wrapper tags (which carry no text of their own) are removed before
# parsing, so an article inside 1,000 nested <div>s is still read.
_MAX_DEPTH: Final = 200
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})(?=[\s/>])[^<>]{0,4000}>")
_WRAPPERS: Final = frozenset(["div", "span", "section", "font", "center", "b", "i", "em", "strong"])
_VOID: Final = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]
)
_CLOSE_SEARCH: Final = 64


def _bound_depth(text: str) -> str:
    """*text* without the wrapper tags nested deeper than :data:`_MAX_DEPTH`."""
    # A wrapper is cut only when it opens inside _MAX_DEPTH open elements, so
    # a page with no more start tags than that (any "<" not opening "</",
    # "<!" or "<?" counts as one) has nothing to cut.
    if text.count("<") - text.count("</") - text.count("<!") - text.count("<?") <= _MAX_DEPTH:
        return text
    stack: list[tuple[str, bool]] = []
    cut: list[tuple[int, int]] = []
    for match in _TAG.finditer(text):
        closing, name = match[1], match[2].lower()
        if name in _VOID or match[0].endswith("/>"):
            continue
        if not closing:
            drop = len(stack) >= _MAX_DEPTH and name in _WRAPPERS
            stack.append((name, drop))
            if drop:
                cut.append(match.span())
            continue
        # HTML forgives unclosed elements: close the nearest open one of this
        # name, looking only a bounded way down so the pass stays linear.
        for k in range(len(stack) - 1, max(-1, len(stack) - 1 - _CLOSE_SEARCH), -1):
            if stack[k][0] == name:
                if stack[k][1]:
                    cut.append(match.span())
                del stack[k:]
                break
    if not cut:
        return text
    pieces, at = [], 0
    for start, end in cut:
        pieces.append(text[at:start])
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _to_text(html: str | bytes | bytearray) -> str:
    text = decode_html(bytes(html))[0] if isinstance(html, bytes | bytearray) else html
    head = text[:_SNIFF_CHARS]
    if not head.strip():
        raise _no_article("the page is empty", html)
    controls = len(_BINARY.findall(head))
    if controls > _MAX_BINARY_SHARE * len(head):
        raise _no_article("not an HTML page (binary data)", html)
    if "<" not in head:
        raise _no_article("no HTML markup (use parse_text for plain text)", html)
    # libxml2 refuses control characters (NUL included) in text; browsers drop
    # them too. The whole page is cleaned, not only the sniffed head.
    if _ANY_CONTROL.search(text) is not None:
        text = text.translate(_CONTROLS)
    return _bound_depth(_bound_attributes(text))


def _extract_body(trafilatura: Any, tree: Any, html: object) -> tuple[list[str], frozenset[str]]:
    """Run trafilatura on the pruned tree; return the body's paragraphs and the quoted ones."""
    # Only the body's XML tree is read: "txt" leaves out the plain-text copy
    # of it that "python" would render and no one reads.
    doc = trafilatura.bare_extraction(tree, output_format="txt", **_EXTRACTION)
    body = getattr(doc, "body", None)
    paragraphs = flatten_body(body) if body is not None else []
    quoted = quoted_texts(body) if body is not None else frozenset()
    if len(paragraphs) > MAX_PARAGRAPHS or sum(map(len, paragraphs)) > MAX_BODY_CHARS:
        raise _no_article(
            f"the page's text ({len(paragraphs)} paragraphs) is far longer than an article "
            f"(at most {MAX_PARAGRAPHS} paragraphs and {MAX_BODY_CHARS} characters)",
            html,
        )
    return paragraphs, quoted


def _parse_tree(lxml_html: Any, text: str, html: object) -> Any:
    from lxml import etree  # noqa: PLC0415 (optional extra)

    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    # lxml.html's own parser picks each element's class in Python (form
    # fields get classes of their own, which nothing here uses), a call for
    # every element object the reading and the extractor make; this picks
    # lxml.html's classes in C.
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise _no_article(f"the page could not be parsed ({err})", html) from None
    for count, _ in enumerate(tree.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise _no_article(
                f"the page has more than {MAX_ELEMENTS} elements, far more than an article page",
                html,
            )
    return tree


def _latest(notes: list[Note]) -> datetime | None:
    times = [n.at for n in notes if n.at is not None]
    return max(times, key=lambda t: t.replace(tzinfo=None)) if times else None


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    captured_at: datetime | None = None,
    tz: str | tzinfo | None = None,
    dayfirst: bool = False,
) -> Revision:
    """Parse a captured news web page into a :class:`Revision`.

    Needs the optional extra: ``pip install "newsdiff[html]"`` (trafilatura,
    ftfy, lxml). Nothing is fetched: *html* is the page as captured, as
    ``bytes`` (decoded with the charset the page declares, else UTF-8, else
    Windows-1252) or ``str``.

    **Body.** The article text is extracted with trafilatura, one paragraph
    per paragraph, list item, block quote or table row (cells joined by
    ``" | "``; a table cell holding several paragraphs, as on old table-based
    pages, gives each its own); ``<br>`` line breaks start new paragraphs;
    text directly under ``<body>`` is never glued to the heading above it.
    Captions, photo galleries, share bars, newsletter and subscription boxes,
    account bars, related and "most read" lists, cookie banners, navigation,
    comments and Instagram and TikTok embeds are cut before extraction
    (embedded tweets are kept: the article quotes them). A page's own change
    history (GOV.UK's "Published ... / Last updated ..." and its dated
    entries) becomes one :class:`Note` per entry, with its time, and leaves
    the body; its "First published." entry dates the page instead (see the
    how-to on web captures). Page labels the extractor kept go to ``boilerplate``:
    a repeated headline, "By ..." line or bare timestamp at the top, a bare
    timestamp at the bottom, age banners ("This article is more than 4 years
    old") and paragraphs without a letter or digit. The text is then read by
    :func:`newsdiff.parse_text`, so update and correction notes at the top or
    bottom of the body become :class:`Note` values and furniture lines
    ("Advertisement", "Read more") go to ``boilerplate``, exactly as there.
    Correction, clarification, editor's-note and update *boxes* (elements
    whose class or id says so, such as ``<div class="correction">``) are read
    as notes wherever they sit on the page. Mojibake ("â€œ", "Ã±", double
    encodings) and entities left escaped twice are repaired with ftfy; quote
    styles and the Unicode normal form are left as written.

    **Metadata** comes from the page: JSON-LD ``NewsArticle`` (or
    ``Article`` and its kin, ``@graph`` included) first, then OpenGraph and
    ``article:*`` meta tags and common ``<meta>`` names, then ``<time
    datetime>`` elements (not those of a change history), ``<h1>`` and
    ``<title>``. ``headline``, ``byline`` (author names, "By" removed),
    ``published_at`` (else the change history's first entry); ``updated_at`` is the
    latest note time, else the page's modified time. Times with a UTC offset
    stay aware; zone-less ones are read in *tz* when given, else left naive.
    ``url`` is the *url* argument when given, else the page's canonical URL
    (``<link rel="canonical">``, then ``og:url``, then JSON-LD), so captures
    from different mirrors of one page share it. ``metadata`` holds
    ``"canonical_url"``, ``"site_name"`` and ``"language"`` when the page
    states them.

    >>> page = (
    ...     "<html lang='en'><head><title>Dam holds | Daily</title>"
    ...     "<meta property='article:published_time' content='2024-12-06T09:00:00-05:00'>"
    ...     "</head><body><article><h1>Dam holds</h1>"
    ...     "<p>The dam held overnight, engineers said on Friday.</p>"
    ...     "<figure><figcaption>The dam at dawn.</figcaption></figure>"
    ...     "<p>Residents were allowed to return home.</p></article>"
    ...     "<div class='correction'>Correction: An earlier version misstated the"
    ...     " river's name.</div></body></html>"
    ... )
    >>> rev = parse_html(page)
    >>> rev.headline, [p.text for p in rev.paragraphs]
    ('Dam holds', ['The dam held overnight, engineers said on Friday.', 'Residents were allowed to return home.'])
    >>> rev.notes[0].kind, rev.published_at.isoformat(), rev.metadata["language"]
    (<NoteKind.CORRECTION: 'correction'>, '2024-12-06T09:00:00-05:00', 'en')

    Raises:
        NoArticleError: the page is empty, binary data, not HTML, holds no
            article text, or is far bigger than an article page (more than
            60,000 elements, or more than 5,000 paragraphs or a million
            characters of extracted text). Never an empty revision.
        InvalidTypeError: an argument has the wrong type.
        UnknownTimezoneError: *tz* names no known zone.
        ImportError: the ``html`` extra is not installed.
    """  # noqa: E501
    check_type("html", html, (str, bytes, bytearray), "str or bytes")
    check_type("url", url, (str, type(None)), "str or None")
    check_type("captured_at", captured_at, (datetime, type(None)), "datetime or None")
    check_type("dayfirst", dayfirst, bool, "bool")
    zone = resolve_tz(tz)
    trafilatura, lxml_html = _import_extra()

    tree = _parse_tree(lxml_html, _to_text(html), html)
    meta = read_page_meta(tree, tz=zone, dayfirst=dayfirst)
    history = take_history(tree, tz=zone, dayfirst=dayfirst, published=meta.published_at)
    stamps = history.stamps
    # A page whose metadata gives no publication time (GOV.UK's <main>) still
    # dates it in its change history: "First published." or "Published ...".
    published_at = meta.published_at or history.published_at
    box_notes = history.notes + take_boxes(tree, tz=zone, dayfirst=dayfirst, published=published_at)
    prune(tree)
    wrap_loose_text(tree)
    body, quoted = _extract_body(trafilatura, tree, html)
    lead, paragraphs = split_lead(recover_leads(tree, body), meta.titles, meta.byline)
    revision = read_text(
        "\n\n".join(paragraphs),
        url=url if url is not None else meta.canonical_url,
        headline=meta.headline,
        published_at=published_at,
        captured_at=captured_at,
        zone=zone,
        dayfirst=dayfirst,
        # Paragraphs the page set in a quotation block, so that the analysis
        # (run once) reads a press release's "X said:" and the block after it.
        blockquote_texts={normalise(t) for t in quoted},
    )
    if not revision.paragraphs:
        raise _no_article("no article text was found on the page", html)
    seen = {normalise(n.text) for n in revision.notes}
    notes = [*revision.notes, *(n for n in box_notes if normalise(n.text) not in seen)]
    metadata = {
        key: value
        for key, value in (
            ("canonical_url", meta.canonical_url),
            ("site_name", meta.site_name),
            ("language", meta.language),
        )
        if value
    }
    return attrs.evolve(
        revision,
        byline=meta.byline,
        notes=tuple(notes),
        boilerplate=(*lead, *revision.boilerplate, *stamps),
        updated_at=_latest(notes) or meta.modified_at,
        metadata=metadata,
    )
