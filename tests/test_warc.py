"""Tests of newsdiff.warc: WARC files in, one Article per page out, bad records reported."""

from __future__ import annotations

import gzip
import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdiff import Article, Revision
from newsdiff._base._urls import normalise_url
from newsdiff._cli import main
from newsdiff.exceptions import InvalidTypeError
from newsdiff.warc import (
    CAPTURES_KEY,
    WarcProblem,
    WarcWarning,
    capture_times,
    read_captures,
    read_warc,
)

URL = "https://www.example.com/news/rebels-take-hama/"


def page(*paragraphs: str, headline: str = "Rebels take Hama") -> bytes:
    """A small news page in the shape of a real one: navigation, article, footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{headline}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{headline}</h1>{body}</article>"
        "<footer>© Example News</footer></body></html>"
    ).encode()


FIRST = (
    "Rebels took the central city of Hama on Thursday after government forces withdrew.",
    "About 12,300 people fled the city over the following two days, officials said.",
)
SECOND = (
    "Rebels took the central city of Hama on Thursday after government forces withdrew.",
    "About 14,000 people fled the city over the following two days, officials said.",
    "Residents described long queues at checkpoints on the roads out of the city.",
)


class Archive:
    """Writes WARC records into a buffer with warcio, as a crawler would."""

    def __init__(self, *, gzipped: bool = True) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzipped)

    def response(
        self,
        url: str,
        when: str,
        payload: bytes,
        *,
        media: str = "text/html; charset=utf-8",
        status: str = "200 OK",
    ) -> str:
        """Write a response record; returns its payload digest."""
        http = StatusAndHeaders(status, [("Content-Type", media)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            length=len(payload),
            http_headers=http,
            warc_headers_dict={"WARC-Date": when},
        )
        self.writer.write_record(record)
        return str(record.rec_headers.get_header("WARC-Payload-Digest"))

    def revisit(self, url: str, when: str, digest: str, refers_date: str) -> None:
        """Write a revisit record (identical payload) pointing at an earlier response."""
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = self.writer.create_revisit_record(
            url, digest=digest, refers_to_uri=url, refers_to_date=refers_date, http_headers=http
        )
        record.rec_headers.replace_header("WARC-Date", when)
        self.writer.write_record(record)

    def request(self, url: str, when: str) -> None:
        """Write a request record (never a capture, passed over silently)."""
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        record = self.writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=http,
            warc_headers_dict={"WARC-Date": when},
        )
        self.writer.write_record(record)

    def stream(self) -> io.BytesIO:
        """The archive so far, as a binary stream from its start."""
        return io.BytesIO(self.buffer.getvalue())


def read(source: Any, **kwargs: Any) -> tuple[list[Article], list[WarcProblem]]:
    """read_warc with problems collected."""
    problems: list[WarcProblem] = []
    articles = list(read_warc(source, on_problem=problems.append, **kwargs))
    return articles, problems


def test_captures_of_one_page_become_one_article_in_capture_order():
    """Three captures, the middle one unchanged, give two revisions in WARC-Date order."""
    archive = Archive()
    archive.response(URL, "2024-12-06T12:00:00Z", page(*SECOND))
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    archive.response(URL, "2024-12-06T10:30:00Z", page(*FIRST))
    [article], problems = read(archive.stream())
    assert problems == []
    assert [r.captured_at for r in article.revisions] == [
        datetime(2024, 12, 6, 9, tzinfo=UTC),
        datetime(2024, 12, 6, 12, tzinfo=UTC),
    ]
    assert [len(r.sentences) for r in article.revisions] == [2, 3]
    assert capture_times(article.revisions[0]) == (
        datetime(2024, 12, 6, 9, tzinfo=UTC),
        datetime(2024, 12, 6, 10, 30, tzinfo=UTC),
    )
    assert article.revisions[1].metadata[CAPTURES_KEY] == "2024-12-06T12:00:00+00:00"


def test_a_revert_is_not_collapsed_into_the_first_reading():
    """A, B, A again: the return is a revision of its own, not folded into the first A."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    archive.response(URL, "2024-12-06T10:00:00Z", page(*SECOND))
    archive.response(URL, "2024-12-06T11:00:00Z", page(*FIRST))
    [article], _ = read(archive.stream())
    assert [len(r.sentences) for r in article.revisions] == [2, 3, 2]


def test_captures_that_differ_in_markup_only_collapse_but_typography_does_not():
    """Page furniture around the same text folds; a changed apostrophe is a revision."""
    archive = Archive()
    quoted = "Rebels said they don't plan to stop at Hama, a commander told reporters."
    archive.response(URL, "2024-12-06T09:00:00Z", page(FIRST[0], quoted))
    redesigned = page(FIRST[0], quoted).replace(b"<footer>", b"<footer class='new'>Share")
    archive.response(URL, "2024-12-06T10:00:00Z", redesigned)
    archive.response(URL, "2024-12-06T11:00:00Z", page(FIRST[0], quoted.replace("'", "’")))
    [article], _ = read(archive.stream())
    assert [len(capture_times(r)) for r in article.revisions] == [2, 1]
    assert [d.significance.name for d in article.diffs()] == ["TYPOGRAPHIC"]


def test_urls_that_name_one_page_are_grouped_and_others_are_not():
    """Scheme, www., trailing slash and utm_ parameters do not split a page; the path does."""
    archive = Archive(gzipped=False)
    archive.response(
        "http://example.com/news/rebels-take-hama", "2024-12-06T09:00:00Z", page(*FIRST)
    )
    archive.response(
        "https://www.example.com/news/rebels-take-hama/?utm_source=feed",
        "2024-12-06T10:00:00Z",
        page(*SECOND),
    )
    archive.response("https://example.com/news/other", "2024-12-06T08:00:00Z", page(*FIRST))
    articles, problems = read(archive.stream())
    assert problems == []
    assert [a.latest.url for a in articles if a.latest] == [
        "https://example.com/news/other",
        "https://example.com/news/rebels-take-hama",
    ]
    assert [len(a.revisions) for a in articles] == [1, 2]


def test_url_option_keeps_one_page():
    """url= picks one page, compared after normalisation."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    archive.response("https://example.com/news/other", "2024-12-06T08:00:00Z", page(*FIRST))
    articles, _ = read(archive.stream(), url="http://example.com/news/rebels-take-hama")
    assert [a.latest.url for a in articles if a.latest] == [
        "https://example.com/news/rebels-take-hama"
    ]


def test_a_revisit_is_the_page_captured_again():
    """A revisit record adds its WARC-Date to the revision it points to."""
    archive = Archive()
    digest = archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    archive.request(URL, "2024-12-06T11:00:00Z")
    archive.revisit(URL, "2024-12-06T11:00:00Z", digest, "2024-12-06T09:00:00Z")
    [article], problems = read(archive.stream())
    assert problems == []
    assert len(article.revisions) == 1
    assert capture_times(article.revisions[0]) == (
        datetime(2024, 12, 6, 9, tzinfo=UTC),
        datetime(2024, 12, 6, 11, tzinfo=UTC),
    )


def test_a_revisit_may_point_into_an_earlier_file(tmp_path: Path):
    """Files are read in the order given; a revisit may name a response of an earlier one."""
    first, second = Archive(), Archive()
    digest = first.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    second.revisit(URL, "2024-12-07T09:00:00Z", digest, "2024-12-06T09:00:00Z")
    second.response(URL, "2024-12-08T09:00:00Z", page(*SECOND))
    paths = [tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"]
    paths[0].write_bytes(first.buffer.getvalue())
    paths[1].write_bytes(second.buffer.getvalue())
    [article], problems = read(paths)
    assert problems == []
    assert [len(capture_times(r)) for r in article.revisions] == [2, 1]


def test_a_revisit_of_an_unknown_page_is_reported():
    """A revisit whose original was never read is reported and skipped."""
    archive = Archive()
    archive.revisit(URL, "2024-12-06T11:00:00Z", "sha1:AAAA", "2024-12-06T09:00:00Z")
    articles, problems = read(archive.stream())
    assert articles == []
    assert [p.reason for p in problems] == ["revisit of a page not read before"]
    assert problems[0].url == URL


def test_non_html_records_and_error_statuses_are_reported_and_skipped():
    """An image, a 404 and a page without article text are each reported; the page survives."""
    archive = Archive()
    archive.response(
        "https://example.com/logo.png", "2024-12-06T09:00:00Z", b"\x89PNG", media="image/png"
    )
    archive.response(URL, "2024-12-06T09:30:00Z", page(*FIRST))
    archive.response(
        "https://example.com/gone", "2024-12-06T09:40:00Z", b"", status="404 Not Found"
    )
    archive.response(
        "https://example.com/empty", "2024-12-06T09:50:00Z", b"<html><body></body></html>"
    )
    [article], problems = read(archive.stream())
    assert len(article.revisions) == 1
    reasons = {p.url: p.reason for p in problems}
    assert reasons["https://example.com/logo.png"] == "not a page: media type 'image/png'"
    assert reasons["https://example.com/gone"] == "HTTP status 404, not 200"
    assert reasons["https://example.com/empty"].startswith("no article")
    offsets = [p.offset for p in problems]
    assert offsets[0] == 0
    assert offsets == sorted({o for o in offsets if o is not None})


def test_a_truncated_gzip_member_is_reported_wherever_it_is_cut(tmp_path: Path):
    """Cut anywhere in the second member: one "truncated" problem, the rest is kept."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    good = len(archive.buffer.getvalue())
    archive.response(URL, "2024-12-06T10:00:00Z", page(*SECOND))
    data = archive.buffer.getvalue()
    later = Archive()
    later.response(URL, "2024-12-06T11:00:00Z", page(*SECOND, "A third paragraph came later."))
    other = tmp_path / "later.warc.gz"
    other.write_bytes(later.buffer.getvalue())
    broken = tmp_path / "broken.warc.gz"
    # The last bytes of a member are its CRC and the record's closing blank
    # lines: a page read whole before them is kept, so cuts stop short of them.
    for cut in range(good + 1, len(data) - 16, 5):
        broken.write_bytes(data[:cut])
        [article], problems = read([broken, other])
        assert [len(r.sentences) for r in article.revisions] == [2, 4], cut
        assert len(problems) == 1, (cut, problems)
        assert problems[0].source == str(broken)
        assert problems[0].offset == good
        assert "truncated" in problems[0].reason, (cut, problems[0].reason)


def test_an_uncompressed_warc_cut_short_is_reported(tmp_path: Path):
    """The same for a plain .warc file: the cut-off record is reported, never parsed in part."""
    archive = Archive(gzipped=False)
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    good = len(archive.buffer.getvalue())
    archive.response(URL, "2024-12-06T10:00:00Z", page(*SECOND))
    data = archive.buffer.getvalue()
    broken = tmp_path / "broken.warc"
    for cut in range(good + 1, len(data) - 4, 9):
        broken.write_bytes(data[:cut])
        articles, problems = read(broken)
        assert [len(r.sentences) for a in articles for r in a.revisions] == [2], cut
        assert len(problems) == 1, (cut, problems)
        assert "truncated" in problems[0].reason, (cut, problems[0].reason)


def test_a_plain_gzip_file_that_is_not_a_warc_is_reported(tmp_path: Path):
    """Not a WARC at all: one problem naming the file, nothing yielded, no exception."""
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"just some text, not a web archive\n"))
    articles, problems = read(path)
    assert articles == []
    assert [p.source for p in problems] == [str(path)]


def test_a_missing_file_is_reported_and_the_others_read(tmp_path: Path):
    """A path that cannot be opened is a problem, not a crash."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    good = tmp_path / "good.warc.gz"
    good.write_bytes(archive.buffer.getvalue())
    articles, problems = read([tmp_path / "missing.warc.gz", good])
    assert len(articles) == 1
    assert problems[0].source == str(tmp_path / "missing.warc.gz")


def test_without_a_callback_problems_are_warnings():
    """No on_problem: each skipped record is a WarcWarning naming the URL and the reason."""
    archive = Archive()
    archive.response(
        "https://example.com/logo.png", "2024-12-06T09:00:00Z", b"\x89PNG", media="image/png"
    )
    with pytest.warns(WarcWarning, match=r"logo\.png.*image/png"):
        assert list(read_warc(archive.stream())) == []


def test_an_exception_from_the_callback_is_not_swallowed():
    """The reader guards reading the file, not the caller's own code."""
    archive = Archive()
    archive.response(
        "https://example.com/logo.png", "2024-12-06T09:00:00Z", b"\x89PNG", media="image/png"
    )

    def stop(problem: WarcProblem) -> None:
        raise RuntimeError(problem.reason)

    with pytest.raises(RuntimeError, match="image/png"):
        list(read_warc(archive.stream(), on_problem=stop))


def test_text_captures_are_read_as_text():
    """A text/plain capture is parsed with parse_text, paragraphs by blank lines."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", "\n\n".join(FIRST).encode(), media="text/plain")
    problems: list[WarcProblem] = []
    [capture] = read_captures(archive.stream(), on_problem=problems.append)
    assert problems == []
    assert [p.text for p in capture.revision.paragraphs] == list(FIRST)
    assert capture.url == URL
    assert capture.key == "https://example.com/news/rebels-take-hama"


def test_capture_times_of_a_revision_from_elsewhere():
    """Outside WARC reading, capture_times is captured_at alone, or nothing."""
    at = datetime(2024, 12, 6, 9, tzinfo=UTC)
    assert capture_times(Revision.from_paragraphs(["Hello there."], captured_at=at)) == (at,)
    assert capture_times(Revision.from_paragraphs(["Hello there."])) == ()
    with pytest.raises(InvalidTypeError, match="revision"):
        capture_times("not a revision")  # type: ignore[arg-type]


def test_sources_must_be_paths_or_streams():
    """Bytes are not a file name: a clear error naming the argument."""
    with pytest.raises(InvalidTypeError, match="sources"):
        list(read_warc(b"WARC/1.0"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://www.Example.com/a/b/", "https://example.com/a/b"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com:443/a?utm_medium=x&fbclid=1&id=3#c", "https://example.com/a?id=3"),
        ("https://example.com:8080/a", "https://example.com:8080/a"),
        ("https://example.com/a?page=2&b=1", "https://example.com/a?b=1&page=2"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("mailto:desk@example.com", "mailto:desk@example.com"),
        ("not a url", "not a url"),
        ("http://[2001:db8::1]:8080/a/", "https://[2001:db8::1]:8080/a"),
    ],
)
def test_normalise_url(url: str, key: str):
    """The grouping key: scheme, www., port, slash, fragment and tracking parameters folded."""
    assert normalise_url(url) == key


# --- the command line: newsdiff warc, newsdiff blame ---------------------------------


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    """A WARC file with two pages, an image, and a page captured three times."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    archive.response(URL, "2024-12-06T10:00:00Z", page(*FIRST))
    archive.response(URL, "2024-12-06T12:00:00Z", page(*SECOND))
    archive.response(
        "https://example.com/logo.png", "2024-12-06T09:00:00Z", b"\x89PNG", media="image/png"
    )
    archive.response("https://example.com/other", "2024-12-06T08:00:00Z", page(*SECOND[1:]))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(archive.buffer.getvalue())
    return path


def test_cli_warc_lists_pages_with_captures_revisions_and_times(
    archive_file: Path, capsys: pytest.CaptureFixture[str]
):
    """One line per page in order of first capture; the image is reported on stderr."""
    out = io.StringIO()
    assert main(["warc", str(archive_file)], stdout=out) == 0
    assert out.getvalue().splitlines() == [
        (
            "https://example.com/other  1 capture, 1 revision, "
            "2024-12-06 08:00+00:00 .. 2024-12-06 08:00+00:00"
        ),
        (
            "https://example.com/news/rebels-take-hama  3 captures, 2 revisions, "
            "2024-12-06 09:00+00:00 .. 2024-12-06 12:00+00:00"
        ),
    ]
    assert "logo.png" in capsys.readouterr().err


def test_cli_warc_url_picks_one_page(archive_file: Path):
    """--url keeps the page it names, scheme or not."""
    out = io.StringIO()
    assert main(["warc", str(archive_file), "--url", "example.com/other"], stdout=out) == 0
    assert out.getvalue().startswith("https://example.com/other  1 capture")
    assert "rebels" not in out.getvalue()


def test_cli_blame_shows_first_appearance_and_changes(archive_file: Path):
    """The latest revision, each sentence with the time it first appeared and its changes."""
    out = io.StringIO()
    argv = ["blame", str(archive_file), "--url", URL, "--removed"]
    assert main(argv, stdout=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["Rebels take Hama", "Revision 2 of 2, 2024-12-06 12:00+00:00"]
    body = [line for line in lines[2:] if line]
    assert body[0] == f"2024-12-06 09:00+00:00   0 changes  {SECOND[0]}"
    assert body[1] == f"2024-12-06 09:00+00:00    1 change  {SECOND[1]}"
    assert body[2] == f"2024-12-06 12:00+00:00   0 changes  {SECOND[2]}"
    assert body[3] == "Removed (0):"


def test_cli_blame_at_an_earlier_time(archive_file: Path):
    """--at gives the revision current then, with the story up to then."""
    out = io.StringIO()
    argv = ["blame", str(archive_file), "--url", URL, "--at", "2024-12-06T11:00"]
    assert main(argv, stdout=out) == 0
    lines = [line for line in out.getvalue().splitlines() if line]
    assert lines[1] == "Revision 1 of 2, 2024-12-06 09:00+00:00"
    assert lines[3] == f"2024-12-06 09:00+00:00   0 changes  {FIRST[1]}"
    assert len(lines) == 4


def test_cli_blame_needs_url_when_a_warc_holds_several_pages(
    archive_file: Path, capsys: pytest.CaptureFixture[str]
):
    """Two pages and no --url: exit 2, naming both pages."""
    assert main(["blame", str(archive_file)], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "--url" in err
    assert "https://example.com/other" in err


def test_cli_blame_of_text_files_and_removals(tmp_path: Path):
    """Text captures work too; a removed sentence is listed with when it went."""
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(
        f"Updated 6 December 2024, 9:00 UTC\n\n{FIRST[0]}\n\n{FIRST[1]}\n", encoding="utf-8"
    )
    second.write_text(
        f"Updated 6 December 2024, 11:00 UTC\n\n{FIRST[0]}\n\n{SECOND[2]}\n", encoding="utf-8"
    )
    out = io.StringIO()
    assert main(["blame", str(second), str(first), "--removed"], stdout=out) == 0
    text = out.getvalue()
    assert f"2024-12-06 11:00+00:00   0 changes  {SECOND[2]}" in text
    assert f"2024-12-06 11:00+00:00  (first seen 2024-12-06 09:00+00:00)  {FIRST[1]}" in text


def test_cli_blame_rejects_a_bad_time(archive_file: Path, capsys: pytest.CaptureFixture[str]):
    """--at that is not ISO 8601 is a one-line error with exit status 2."""
    assert main(["blame", str(archive_file), "--url", URL, "--at", "noon"]) == 2
    assert "--at" in capsys.readouterr().err


def test_without_warcio_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch):
    """A missing extra fails where it is used, naming the pip command."""
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(ImportError, match=r'pip install "newsdiff\[warc\]"'):
        list(read_warc(io.BytesIO(b"")))


def test_cli_without_warcio_says_what_to_install(
    archive_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """The warc command without the extra: exit 2 and the pip command on stderr."""
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    assert main(["warc", str(archive_file)], stdout=io.StringIO()) == 2
    assert 'pip install "newsdiff[warc]"' in capsys.readouterr().err


# --- newsdiff history with WARC files ---------------------------------------------------


def test_cli_history_reads_a_page_from_a_warc_file(archive_file: Path):
    """--url picks the page; its two revisions give one step, named by file and capture time."""
    out = io.StringIO()
    assert main(["history", str(archive_file), "--url", URL], stdout=out) == 1
    lines = out.getvalue().splitlines()
    name = str(archive_file)
    assert lines[0].startswith(
        f"1. {name}@2024-12-06T09:00:00+00:00 -> {name}@2024-12-06T12:00:00+00:00 "
        "(2024-12-06 12:00+00:00): "
    )
    assert "14,000" in out.getvalue()
    assert not any(line.startswith("2.") for line in lines)


def test_cli_history_lists_the_pages_when_a_warc_holds_several(
    archive_file: Path, capsys: pytest.CaptureFixture[str]
):
    """Two pages and no --url: exit 2, the error names --url and every page found."""
    out = io.StringIO()
    assert main(["history", str(archive_file)], stdout=out) == 2
    err = capsys.readouterr().err
    assert "2 pages" in err
    assert "--url" in err
    assert "https://example.com/other" in err
    assert "https://example.com/news/rebels-take-hama" in err
    assert out.getvalue() == ""


def test_cli_history_uses_the_only_page_of_a_warc_file(tmp_path: Path):
    """A WARC file of one page needs no --url; unchanged captures are one revision."""
    archive = Archive()
    archive.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    archive.response(URL, "2024-12-06T10:00:00Z", page(*FIRST))
    path = tmp_path / "one.warc"
    path.write_bytes(archive.buffer.getvalue())
    out = io.StringIO()
    assert main(["history", str(path)], stdout=out) == 0
    assert out.getvalue() == "Only one distinct capture: nothing to compare.\n"


def test_cli_history_names_the_warc_files_when_no_page_is_found(
    archive_file: Path, capsys: pytest.CaptureFixture[str]
):
    """A --url the files do not hold: exit 2, naming the file and the URL asked for."""
    argv = ["history", str(archive_file), "--url", "https://example.com/missing"]
    assert main(argv, stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert str(archive_file) in err
    assert "https://example.com/missing" in err


def test_cli_history_at_counts_only_the_files_that_are_not_warc(
    archive_file: Path, capsys: pytest.CaptureFixture[str]
):
    """--at gives times to page files only; one for a WARC file is refused, clearly."""
    argv = ["history", str(archive_file), "--url", URL, "--at", "2024-12-06T08:00Z"]
    assert main(argv, stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "WARC" in err
    assert "(0), got 1" in err


def test_cli_history_mixes_warc_captures_and_page_files(archive_file: Path, tmp_path: Path):
    """A later HTML capture (its --at time) follows the WARC page's revisions, in time order."""
    later = tmp_path / "later.html"
    later.write_bytes(page(*SECOND, "Talks between the two sides resume in Geneva on Monday."))
    out = io.StringIO()
    argv = ["history", str(later), str(archive_file), "--url", URL, "--at", "2024-12-07T09:00Z"]
    assert main(argv, stdout=out) == 1
    heads = [line for line in out.getvalue().splitlines() if line[:1].isdigit()]
    assert len(heads) == 2
    assert heads[0].startswith(f"1. {archive_file}@2024-12-06T09:00:00+00:00 -> ")
    assert heads[1].startswith(f"2. {archive_file}@2024-12-06T12:00:00+00:00 -> {later} ")
