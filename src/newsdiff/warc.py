"""Articles from web archives: read WARC files into :class:`newsdiff.Article` histories.

Needs the optional extra: ``pip install "newsdiff[warc]"`` (warcio), and the
``html`` extra to parse the pages.

>>> import io
>>> from warcio.warcwriter import WARCWriter
>>> from warcio.statusandheaders import StatusAndHeaders
>>> def capture(writer, when, body):
...     http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
...     page = f"<html><body><article><p>{body}</p></article></body></html>".encode()
...     record = writer.create_warc_record(
...         "http://www.example.com/story/",
...         "response",
...         payload=io.BytesIO(page),
...         length=len(page),
...         http_headers=http,
...         warc_headers_dict={"WARC-Date": when},
...     )
...     writer.write_record(record)
>>> buffer = io.BytesIO()
>>> writer = WARCWriter(buffer, gzip=True)
>>> capture(writer, "2024-12-06T09:00:00Z", "Rebels took the city of Hama on Thursday.")
>>> capture(writer, "2024-12-06T10:00:00Z", "Rebels took the city of Hama on Thursday.")
>>> capture(writer, "2024-12-06T12:00:00Z", "Rebels took the city of Homs on Friday.")
>>> _ = buffer.seek(0)
>>> [article] = read_warc(buffer)
>>> article.latest.url, len(article.revisions)
('https://example.com/story', 2)
>>> [t.isoformat() for t in capture_times(article.revisions[0])]
['2024-12-06T09:00:00+00:00', '2024-12-06T10:00:00+00:00']
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from os import PathLike
from pathlib import Path
from typing import IO, Any

import attrs

from newsdiff._base._urls import normalise_url
from newsdiff._history._article import Article
from newsdiff._reading._html import parse_html
from newsdiff._reading._parse import parse_text
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import ArticleError, InvalidTypeError, NewsdiffError

__all__ = [
    "CAPTURES_KEY",
    "Capture",
    "WarcProblem",
    "WarcWarning",
    "capture_times",
    "collapse",
    "normalise_url",
    "read_captures",
    "read_warc",
    "same_reading",
]

#: The :attr:`~newsdiff.Revision.metadata` key that lists every capture time of a revision
#: read from a WARC file: ISO 8601 times separated by single spaces, oldest first.
CAPTURES_KEY = "warc:captures"

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
# The record types of WARC 1.0 and 1.1, and of ARC files as warcio reads them.
_WARC_TYPES = frozenset(
    {
        "warcinfo",
        "response",
        "resource",
        "request",
        "metadata",
        "revisit",
        "conversion",
        "continuation",
        "arc_header",
    }
)

Source = str | PathLike[str] | IO[bytes]
_Seen = tuple[dict[str, Revision], dict[tuple[str, str], Revision]]


class WarcWarning(UserWarning):
    """A WARC record was skipped; issued when no ``on_problem`` callback is given."""


@attrs.frozen(kw_only=True)
class WarcProblem:
    """A record (or the rest of a file) that was skipped, and why.

    ``source`` names the file, ``offset`` is the record's byte offset in it
    (``None`` when unknown), ``url`` the record's ``WARC-Target-URI`` when it
    has one, ``reason`` one short sentence.
    """

    source: str
    offset: int | None
    url: str | None
    reason: str

    def __str__(self) -> str:
        at = f" at byte {self.offset}" if self.offset is not None else ""
        url = f" ({self.url})" if self.url else ""
        return f"{self.source}{at}{url}: {self.reason}"


@attrs.frozen(kw_only=True)
class Capture:
    """One usable capture found in a WARC file, before grouping.

    ``url`` is the record's ``WARC-Target-URI`` as written, ``key`` its
    :func:`normalise_url`; ``revision`` the page as parsed, with
    ``captured_at`` the ``WARC-Date`` and ``url`` the key.
    """

    url: str
    key: str
    captured_at: datetime
    revision: Revision
    source: str
    offset: int | None


def capture_times(revision: Revision) -> tuple[datetime, ...]:
    """Every capture time a revision read from a WARC file stands for, oldest first.

    Captures whose text did not change are one revision; this reads the times
    kept under :data:`CAPTURES_KEY`. A revision from elsewhere gives its
    ``captured_at`` alone (or nothing).
    """
    if not isinstance(revision, Revision):
        raise InvalidTypeError.for_field("revision", revision, "Revision")
    kept = revision.metadata.get(CAPTURES_KEY)
    if kept is None:
        return () if revision.captured_at is None else (revision.captured_at,)
    return tuple(datetime.fromisoformat(t) for t in kept.split())


def _name(source: Source) -> str:
    if isinstance(source, str | PathLike):
        return str(source)
    return str(getattr(source, "name", "<stream>"))


def _warn(problem: WarcProblem) -> None:
    warnings.warn(str(problem), WarcWarning, stacklevel=3)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        at = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return at if at.utcoffset() is not None else at.replace(tzinfo=UTC)


def _media_type(record: Any) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return (value or "").split(";", 1)[0].strip().lower()


def _sources(sources: Source | Iterable[Source]) -> list[Source]:
    if isinstance(sources, str | PathLike) or hasattr(sources, "read"):
        return [sources]  # type: ignore[list-item]
    given: object = sources
    if isinstance(given, bytes | bytearray) or not isinstance(given, Iterable):
        raise InvalidTypeError.for_field(
            "sources", sources, "a path, a binary stream, or an iterable of them"
        )
    return list(sources)


def read_captures(
    sources: Source | Iterable[Source],
    *,
    on_problem: Callable[[WarcProblem], None] | None = None,
    tz: str | None = None,
    dayfirst: bool = False,
) -> Iterator[Capture]:
    """Stream the usable captures of one or more WARC files, in file order.

    Each file (a path, or a binary stream), gzipped or not, is read record by
    record; nothing is loaded whole. ``response`` records with status 200 and
    an HTML media type (``text/html``, ``application/xhtml+xml``) are parsed
    with :func:`newsdiff.parse_html`; ``text/plain`` and ``text/markdown`` ones
    with :func:`newsdiff.parse_text`. A ``revisit`` record whose
    ``WARC-Payload-Digest`` (or ``WARC-Refers-To-Target-URI`` and
    ``WARC-Refers-To-Date``) names a response read earlier is that page
    captured again, at the revisit's ``WARC-Date``.

    Requests, metadata, ``warcinfo`` and other record types are passed over
    silently. Every other record that cannot give a capture (another media
    type, a status other than 200, no ``WARC-Date``, a page with no article, a
    revisit whose original was not read) is reported to *on_problem* as a
    :class:`WarcProblem` and skipped; so is the rest of a file whose records
    cannot be read (a truncated or corrupt gzip member, or bytes after the last
    whole record of a file or seekable stream): reading goes on with the next
    file. (A stream that cannot seek is read to its end but a record cut off at
    its very end is not noticed: warcio ends there quietly.) Without
    *on_problem*, each problem is issued as a :class:`WarcWarning`. *tz* and
    *dayfirst* are handed to the parsers for times on the page that give no zone.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415 (optional extra)
    except ImportError as err:
        raise ImportError(
            'newsdiff.warc needs the optional WARC extra: pip install "newsdiff[warc]" (warcio)'
        ) from err

    report = on_problem or _warn
    # Revisits name their original by payload digest or by URL and date, in any
    # file read before; keep each parsed page under both so a revisit costs no parse.
    seen: _Seen = ({}, {})
    for source in _sources(sources):
        name = _name(source)
        if isinstance(source, str | PathLike):
            try:
                stream: IO[bytes] = Path(source).open("rb")  # noqa: SIM115 (closed below)
            except OSError as err:
                report(WarcProblem(source=name, offset=None, url=None, reason=str(err)))
                continue
        else:
            stream = source
        try:
            yield from _captures(ArchiveIterator(stream), stream, name, seen, report, tz, dayfirst)
        finally:
            if stream is not source:
                stream.close()


def _captures(  # noqa: PLR0913, PLR0917 (private: the file's name and the reading options)
    records: Any,
    stream: IO[bytes],
    name: str,
    seen: _Seen,
    report: Callable[[WarcProblem], None],
    tz: str | None,
    dayfirst: bool,
) -> Iterator[Capture]:
    by_digest, by_capture = seen
    iterator = iter(records)
    offset: int | None = None
    end = 0
    while True:
        # Only reading the file is guarded: a failure there ends this file; an
        # exception from a parser or from the caller's callback is not ours to hide.
        try:
            record = next(iterator, None)
            if record is None:
                _check_tail(stream, end, name, report)
                return
            kind = record.rec_type
            payload = (
                record.content_stream().read() if kind == "response" and _usable(record) else None
            )
            offset = records.get_record_offset()  # reads the record to its end
            end = offset + records.get_record_length()
            # Bytes the record declared but the file did not hold: cut off.
            missing = getattr(record.raw_stream, "limit", 0)
        except Exception as err:  # noqa: BLE001 (any read failure ends this file only)
            report(
                WarcProblem(
                    source=name,
                    offset=end,
                    url=None,
                    reason=f"truncated or malformed record ({type(err).__name__}: {err}); "
                    "the rest of this file is skipped",
                )
            )
            return
        if kind not in _WARC_TYPES or missing:
            url = record.rec_headers.get_header("WARC-Target-URI")
            reason = (
                f"truncated record: {missing} bytes of its declared length missing"
                if missing
                else f"truncated or malformed record: WARC-Type {kind!r}"
            )
            report(WarcProblem(source=name, offset=offset, url=url or None, reason=reason))
            continue
        if kind not in {"response", "revisit"}:
            continue
        capture = _capture(record, payload, name, offset, seen, report, tz, dayfirst)
        if capture is None:
            continue
        if payload is not None:
            headers = record.rec_headers
            digest = headers.get_header("WARC-Payload-Digest")
            if digest:
                by_digest[digest] = capture.revision
            by_capture[(capture.url, headers.get_header("WARC-Date") or "")] = capture.revision
        yield capture


def _check_tail(
    stream: IO[bytes], end: int, name: str, report: Callable[[WarcProblem], None]
) -> None:
    """Report bytes after the last whole record: warcio ends quietly at a cut-off member."""
    try:
        if not stream.seekable():
            return
        size = stream.seek(0, 2)
        stream.seek(end)
        while chunk := stream.read(1 << 16):
            if chunk.strip():
                report(
                    WarcProblem(
                        source=name,
                        offset=end,
                        url=None,
                        reason=f"truncated or unreadable record at the end of the file: "
                        f"{size - end} bytes from here skipped",
                    )
                )
                return
    except (OSError, ValueError, AttributeError):
        return


def _usable(record: Any) -> bool:
    headers = record.http_headers
    return (
        headers is not None
        and headers.get_statuscode() == "200"
        and _media_type(record) in _HTML_TYPES | _TEXT_TYPES
    )


def _capture(  # noqa: PLR0913, PLR0917 (private: one record with the reading options)
    record: Any,
    payload: bytes | None,
    name: str,
    offset: int | None,
    seen: _Seen,
    report: Callable[[WarcProblem], None],
    tz: str | None,
    dayfirst: bool,
) -> Capture | None:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    date = headers.get_header("WARC-Date")

    def problem(reason: str) -> None:
        report(WarcProblem(source=name, offset=offset, url=url or None, reason=reason))

    if not url:
        problem("truncated or malformed record: no WARC-Target-URI")
        return None
    at = _warc_date(date)
    if at is None:
        problem(
            "truncated or malformed record: no WARC-Date"
            if not date
            else f"WARC-Date {date!r} is not an ISO 8601 time"
        )
        return None
    key = normalise_url(url)
    if record.rec_type == "revisit":
        by_digest, by_capture = seen
        refers = (
            headers.get_header("WARC-Refers-To-Target-URI") or "",
            headers.get_header("WARC-Refers-To-Date") or "",
        )
        original = by_digest.get(headers.get_header("WARC-Payload-Digest") or "")
        original = original or by_capture.get(refers)
        if original is None:
            problem("revisit of a page not read before")
            return None
        revision = attrs.evolve(original, url=key, captured_at=at)
    elif payload is None:
        status = record.http_headers.get_statuscode() if record.http_headers else None
        if status is None:
            problem("no HTTP status line: a truncated or malformed record")
        elif status != "200":
            problem(f"HTTP status {status}, not 200")
        else:
            problem(f"not a page: media type {_media_type(record) or 'missing'!r}")
        return None
    else:
        parsed = _parse(payload, _media_type(record), key, at, tz, dayfirst, problem)
        if parsed is None:
            return None
        revision = parsed
    return Capture(url=url, key=key, captured_at=at, revision=revision, source=name, offset=offset)


def _parse(  # noqa: PLR0913, PLR0917 (private: one payload with the reading options)
    payload: bytes,
    media: str,
    key: str,
    at: datetime,
    tz: str | None,
    dayfirst: bool,
    problem: Callable[[str], None],
) -> Revision | None:
    try:
        if media in _HTML_TYPES:
            revision = parse_html(payload, url=key, captured_at=at, tz=tz, dayfirst=dayfirst)
        else:
            text = payload.decode("utf-8", errors="replace")
            revision = parse_text(text, url=key, captured_at=at, tz=tz, dayfirst=dayfirst)
    except NewsdiffError as err:
        problem(f"no article: {err}")
        return None
    if not revision.paragraphs:
        problem("no article: the page has no body text")
        return None
    return revision


def read_warc(
    sources: Source | Iterable[Source],
    *,
    url: str | None = None,
    on_problem: Callable[[WarcProblem], None] | None = None,
    tz: str | None = None,
    dayfirst: bool = False,
) -> Iterator[Article]:
    """The articles held in one or more WARC files, one :class:`~newsdiff.Article` per page.

    Captures (see :func:`read_captures`, which reads the records and reports
    the ones skipped) are grouped by :func:`normalise_url` of their
    ``WARC-Target-URI``, which also becomes each revision's ``url``; only the
    page *url* (compared after the same normalisation) when it is given. Within
    a page, captures are taken in ``WARC-Date`` order (file order for equal
    times), and consecutive captures that read the same (the same headline,
    byline, body text and notes, character for character:
    :func:`same_reading`) are one revision: the earliest capture's, with every capture time under
    :data:`CAPTURES_KEY` (read them with :func:`capture_times`). Articles are
    yielded in the order of their first capture, after every file is read.

    A page whose captures cannot form one article (times on the page without a
    zone next to WARC times, which always have one: pass *tz*) is reported to
    *on_problem* and skipped.
    """
    report = on_problem or _warn
    want = None if url is None else normalise_url(url)
    groups: dict[str, list[Capture]] = {}
    for capture in read_captures(sources, on_problem=report, tz=tz, dayfirst=dayfirst):
        if want is None or capture.key == want:
            groups.setdefault(capture.key, []).append(capture)
    firsts = sorted(groups, key=lambda k: (min(c.captured_at for c in groups[k]), k))
    for key in firsts:
        captures = sorted(groups[key], key=lambda c: c.captured_at)
        revisions = collapse(captures)
        try:
            article = Article(revisions=revisions)
        except ArticleError as err:
            first = captures[0]
            report(
                WarcProblem(
                    source=first.source,
                    offset=first.offset,
                    url=key,
                    reason=f"captures do not form one article: {err}",
                )
            )
            continue
        yield article


def same_reading(a: Revision, b: Revision) -> bool:
    """Whether two captures read the same: headline, byline, body text and notes, exactly.

    Unlike :attr:`~newsdiff.Revision.fingerprint`, typography counts: a capture that only
    changed quotation-mark styles is a revision of its own (its diff says
    ``TYPOGRAPHIC``), so no change a reader could see is folded away.
    """
    return (
        a.headline == b.headline
        and a.byline == b.byline
        and a.notes == b.notes
        and [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]
    )


def collapse(captures: Iterable[Capture]) -> list[Revision]:
    """Consecutive captures that read the same (:func:`same_reading`) as one revision."""
    runs: list[tuple[Revision, list[datetime]]] = []
    for capture in captures:
        if runs and same_reading(runs[-1][0], capture.revision):
            runs[-1][1].append(capture.captured_at)
        else:
            runs.append((capture.revision, [capture.captured_at]))
    return [
        attrs.evolve(
            revision,
            metadata={
                **revision.metadata,
                CAPTURES_KEY: " ".join(t.isoformat() for t in times),
            },
        )
        for revision, times in runs
    ]
