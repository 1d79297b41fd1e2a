"""Decoding web pages and reading their metadata, for :func:`newsdiff.parse_html`.

Two jobs, both pure functions over an :mod:`lxml` tree or raw bytes:

- **Decoding.** Bytes are decoded with the charset the document declares (a
  byte-order mark, then ``<meta charset>`` or ``http-equiv`` in the first
  kilobytes), else UTF-8, else Windows-1252 (what browsers assume for
  "ISO-8859-1"). Text is repaired with :mod:`ftfy`'s encoding fixes only
  (mojibake such as "â€œ" and "Ã±", HTML entities left escaped twice); quote
  styles, widths, ligatures and the Unicode normal form are left as written.
- **Metadata.** Structured data first: JSON-LD ``NewsArticle`` (and its kin,
  inside ``@graph`` arrays too), then OpenGraph and ``article:*`` meta tags
  and other common ``<meta>`` names, then ``<time datetime>`` elements. The
  caller falls back to trafilatura's own reading for what is still missing.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import Any, Final

import attrs

from newsdiff._base._caches import bounded
from newsdiff._base._dates import read_datetime

__all__ = [
    "PageMeta",
    "decode_html",
    "names_history",
    "read_page_meta",
    "repair_text",
]

_SNIFF_BYTES: Final = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})["']""")
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG encoding rules: pages labelled Latin-1 or ASCII are read as cp1252,
# whose extra characters (curly quotes, dashes) such pages do contain.
_LABEL_ALIASES: Final = {
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
}

_ARTICLE_TYPES: Final = (
    # Most specific first: a page with an Article and a NewsArticle means the latter.
    frozenset(
        {
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "backgroundnewsarticle",
            "reviewnewsarticle",
            "askpublicnewsarticle",
        }
    ),
    frozenset({"article", "report", "liveblogposting", "blogposting", "socialmediaposting"}),
)
_MAX_JSON_CHARS: Final = 2_000_000
_MAX_JSON_NODES: Final = 20_000
_TITLE_SEP = re.compile(r"(\s+[|\-–—]\s+)")
_BY_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SUFFIX = re.compile(r"(?i)^(?:jr|sr|ii|iii|iv|phd|md)\.?$")
# Compact stamps some CMSes print in <meta>: 20140112, 201401120035, 20140112003551.
_COMPACT: Final = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}


def _ftfy_config() -> Any:
    import ftfy  # noqa: PLC0415 (optional extra, imported by parse_html first)

    return ftfy.TextFixerConfig(
        unescape_html=True,
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        # C0 controls are dealt with before parsing; what ftfy would still drop
        # (a byte-order mark or format character inside a word) is article text.
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def repair_text(text: str) -> str:
    """Repair mojibake and leftover entities in *text*, leaving its style alone.

    >>> repair_text("Franceâ€™s DieudonnÃ© &amp; co")
    'France’s Dieudonné & co'
    """
    if text.isascii() and "&" not in text:
        return text
    return _repaired(text)


# Successive captures of a page share most lines: a line's repair is kept.
@bounded(1024)
def _repaired(text: str) -> str:
    import ftfy  # noqa: PLC0415 (optional extra)

    return str(ftfy.fix_text(text, config=_ftfy_config()))


def _declared_charset(head: bytes) -> str | None:
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page cannot really be UTF-16 if its <meta> was readable as ASCII.
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return _LABEL_ALIASES.get(name, name)


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when *head* reads as markup in UTF-16 without a byte-order mark.

    HTML is mostly ASCII, so in UTF-16 every other byte is zero: on the odd
    bytes for little-endian, on the even ones for big-endian.
    """
    if len(head) < 16 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other):
            return name
    return None


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode page bytes; return the text and the encoding used.

    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9 \\x93hi\\x94')
    ('<meta charset="iso-8859-1"><p>café “hi”', 'cp1252')
    >>> decode_html("<p>café</p>".encode())
    ('<p>café</p>', 'utf-8')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    wide = _utf16_without_bom(data[:_SNIFF_BYTES])
    if wide is not None:
        return data.decode(wide, errors="replace"), wide
    declared = _declared_charset(data[:_SNIFF_BYTES])
    candidates = [declared] if declared else []
    for name in [*candidates, "utf-8", "cp1252"]:
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
    return data.decode("latin-1"), "latin-1"


@attrs.frozen(kw_only=True)
class PageMeta:
    """What a page says about its article, each field from the best source found."""

    headline: str | None = None
    byline: tuple[str, ...] = ()
    published_at: datetime | None = None
    modified_at: datetime | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    titles: tuple[str, ...] = ()


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", repair_text(value)).strip()
    return text or None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.rsplit("/", 1)[-1].lower() for n in names if isinstance(n, str)}


def _json_nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in *data*, breadth-first, up to a fixed budget."""
    queue: list[Any] = [data]
    seen = 0
    while queue and seen < _MAX_JSON_NODES:
        item = queue.pop(0)
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, list | dict))


def _json_ld_article(tree: Any) -> dict[str, Any] | None:
    """The page's most specific JSON-LD article object, or ``None``."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    order = 0
    for script in tree.iter("script"):
        if (script.get("type") or "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(text.strip().rstrip(";"), strict=False)
        except (ValueError, RecursionError):
            # Broken or hostile JSON-LD is common; the page has other sources.
            continue
        for node in _json_nodes(data):
            kinds = _types(node)
            for rank, family in enumerate(_ARTICLE_TYPES):
                if kinds & family:
                    found.append((rank, order, node))
                    order += 1
                    break
    if not found:
        return None
    return min(found, key=lambda t: (t[0], t[1]))[2]


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value (string, object, or list of them)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = next((n for n in name if isinstance(n, str)), None)
        cleaned = _clean(name)
        if cleaned:
            names.extend(_split_names(cleaned))
    return names


def _split_names(text: str) -> list[str]:
    """Split "A and B", "A, B & C" into names, keeping suffixes such as "Jr." attached."""
    names: list[str] = []
    for piece in _AUTHOR_SPLIT.split(_BY_PREFIX.sub("", text)):
        part = piece.strip()
        if not part:
            continue
        if names and _SUFFIX.match(part):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return names


def _meta_tags(tree: Any) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop; the first one wins."""
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _read_time(value: Any, tz: tzinfo | None, dayfirst: bool) -> datetime | None:
    """A page timestamp: ISO 8601 with an offset stays aware; zone-less ones take *tz*."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        at = None
    if at is None:
        compact = _COMPACT.get(len(text)) if text.isdigit() else None
        if compact is None:
            return read_datetime(text, tz=tz, dayfirst=dayfirst)
        try:
            at = datetime.strptime(text, compact)  # noqa: DTZ007 (zone-less by design)
        except ValueError:
            return None
    if at.tzinfo is None and tz is not None:
        at = at.replace(tzinfo=tz)
    return at


# A page's own change history (GOV.UK "app-c-published-dates"), matched inside
# class and id values with "-" and "_" removed. Its times are those of the
# changes, so none of them is the page's publication time.
_HISTORY_WORDS: Final = (
    "publisheddates",
    "changehistory",
    "updatehistory",
    "revisionhistory",
    "changenotes",
)


_HISTORY_NAME: Final = re.compile("|".join(_HISTORY_WORDS))


def names_history(el: Any) -> bool:
    """Whether *el*'s class or id names a change history."""
    names = (el.get("class") or "") + (el.get("id") or "")
    if not names:
        return False
    names = names.lower().replace("-", "").replace("_", "")
    return _HISTORY_NAME.search(names) is not None


def _in_history(el: Any) -> bool:
    return any(names_history(a) for a in el.iterancestors())


def _time_element(tree: Any, kind: str) -> str | None:
    """``datetime`` of the first ``<time>`` marked as published or modified.

    Times inside a change history are left out: they date the changes.
    """
    for el in tree.iter("time"):
        value = str(el.get("datetime") or "")
        if not value or _in_history(el):
            continue
        marks = " ".join(
            (el.get("itemprop") or "", el.get("class") or "", el.get("data-testid") or "")
        ).lower()
        if kind == "published" and (
            "published" in marks or "pubdate" in el.attrib or "datepub" in marks
        ):
            return value
        if kind == "modified" and ("modified" in marks or "updated" in marks):
            return value
    if kind == "published":
        return next(
            (
                str(el.get("datetime"))
                for el in tree.iter("time")
                if el.get("datetime") and not _in_history(el)
            ),
            None,
        )
    return None


def _strip_site(title: str, site: str | None) -> str:
    """Drop a trailing " | Section | Site" (or " - Site") from a page title.

    >>> _strip_site("Dam holds | Local | The Daily", "The Daily")
    'Dam holds'
    >>> _strip_site("Floods - what we know - The Daily", "the daily")
    'Floods - what we know'
    >>> _strip_site("Dam holds | Daily", None)
    'Dam holds'
    >>> _strip_site("Floods - what we know", None)
    'Floods - what we know'
    """
    parts = _TITLE_SEP.split(title)
    texts, seps = parts[0::2], [sep.strip() for sep in parts[1::2]]
    folded = site.casefold() if site else None
    if folded and len(texts) > 1 and folded in texts[-1].casefold():
        texts.pop()
        seps.pop()
        while seps and seps[-1] == "|":
            texts.pop()
            seps.pop()
    elif "|" in seps:
        # Pipes separate sections and site names, almost never headline words.
        cut = seps.index("|")
        texts, seps = texts[: cut + 1], seps[:cut]
    out = texts[0]
    for sep, text in zip(seps, texts[1:], strict=True):
        out += f" {sep} {text}"
    return out


def _h1(tree: Any) -> str | None:
    """The first ``<h1>`` inside ``<article>`` or ``<main>``, else the page's first."""
    for path in (".//article//h1", ".//main//h1", ".//h1"):
        for el in tree.iterfind(path):
            text = _clean(el.text_content())
            if text:
                return text
    return None


def _meta_authors(tags: dict[str, str]) -> list[str]:
    for key in (
        "author",
        "byl",
        "dc.creator",
        "dcterms.creator",
        "parsely-author",
        "sailthru.author",
    ):
        raw = tags.get(key)
        if not raw or "://" in raw:
            continue
        cleaned = _clean(raw)
        return _split_names(cleaned) if cleaned else []
    return []


def _dedupe(names: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        bare = _BY_PREFIX.sub("", name).strip()
        if not bare or "://" in bare or bare.casefold() in seen:
            continue
        seen.add(bare.casefold())
        kept.append(bare)
    return tuple(kept)


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel:
            href = _http(link.get("href"))
            if href is not None:
                return href
    return None


def _http(value: str | None) -> str | None:
    """An absolute http(s) URL; a protocol-relative one ("//host/path") as https."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("//") and len(value) > 2 and value[2] not in "/\\":
        return "https:" + value
    return value if value.startswith(("http://", "https://")) else None


def _ld_url(node: dict[str, Any]) -> str | None:
    page = node.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    for value in (node.get("url"), page, node.get("@id")):
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value.strip()
    return None


def read_page_meta(tree: Any, *, tz: tzinfo | None, dayfirst: bool) -> PageMeta:
    """Read headline, authors, times, canonical URL, site name and language from *tree*."""
    node = _json_ld_article(tree) or {}
    tags = _meta_tags(tree)
    publisher = node.get("publisher")
    publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
    site = _clean(
        _first(
            tags.get("og:site_name"), publisher_name if isinstance(publisher_name, str) else None
        )
    )
    title_el = tree.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else None
    h1 = _h1(tree)
    variants = [
        _clean(v)
        for v in (
            node.get("headline") if isinstance(node.get("headline"), str) else None,
            tags.get("og:title"),
            tags.get("twitter:title"),
            tags.get("headline"),
            h1,
            title,
        )
    ]
    # Social titles carry the site's suffix on some sites and not on others.
    stripped = [_strip_site(v, site) for v in variants if v]
    titles = tuple(dict.fromkeys([*stripped, *(v for v in variants if v)]))
    headline = titles[0] if titles else None
    published = _first(
        node.get("datePublished") if isinstance(node.get("datePublished"), str) else None,
        tags.get("article:published_time"),
        tags.get("datepublished"),
        tags.get("parsely-pub-date"),
        tags.get("sailthru.date"),
        tags.get("dcterms.created"),
        tags.get("dc.date.issued"),
        tags.get("ptime"),
        tags.get("pdate"),
        tags.get("date"),
        _time_element(tree, "published"),
    )
    modified = _first(
        node.get("dateModified") if isinstance(node.get("dateModified"), str) else None,
        tags.get("article:modified_time"),
        tags.get("og:updated_time"),
        tags.get("datemodified"),
        tags.get("dcterms.modified"),
        tags.get("utime"),
        _time_element(tree, "modified"),
    )
    language = _clean(
        _first(
            node.get("inLanguage") if isinstance(node.get("inLanguage"), str) else None,
            tree.get("lang"),
            tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
            tags.get("content-language"),
            tags.get("inlanguage"),
            tags.get("og:locale"),
        )
    )
    return PageMeta(
        headline=headline,
        byline=_dedupe(_names(node.get("author")) or _meta_authors(tags)),
        published_at=_read_time(published, tz, dayfirst),
        modified_at=_read_time(modified, tz, dayfirst),
        canonical_url=_first(_canonical(tree), _http(tags.get("og:url")), _ld_url(node)),
        site_name=site,
        language=language.replace("_", "-") if language else None,
        titles=titles,
        description=_clean(
            _first(
                node.get("description") if isinstance(node.get("description"), str) else None,
                tags.get("og:description"),
                tags.get("description"),
            )
        ),
    )
