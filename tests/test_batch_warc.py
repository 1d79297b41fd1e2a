"""Tests of newsdiff.batch.diff_warc and warc_records: WARC files in, one result per page."""

from __future__ import annotations

import io
import json
import pickle
import sys
from pathlib import Path

import pytest

from newsdiff import Article
from newsdiff.batch import (
    BatchError,
    HistoryResult,
    WarcHistoryResult,
    WorkerDiedError,
    _file_names,
    _warc_failed,
    _WarcJob,
    diff_warc,
    warc_records,
)
from newsdiff.exceptions import InvalidTypeError, ValidationError
from newsdiff.warc import read_warc
from tests.test_warc import FIRST, SECOND, URL, Archive, page

OTHER = "https://example.com/world/talks-resume"
HAMA = "https://example.com/news/rebels-take-hama"
TALKS = (
    "Talks between the two sides resume in Geneva on Monday, the envoy said.",
    "Neither delegation has confirmed who will attend.",
)


def _write(path: Path, archive: Archive) -> Path:
    path.write_bytes(archive.buffer.getvalue())
    return path


@pytest.fixture
def crawl(tmp_path: Path) -> list[Path]:
    """Three WARC files: two pages; one page alone; an image and a page, both skipped."""
    first = Archive()
    first.response(OTHER, "2024-12-06T11:00:00Z", page(*TALKS, headline="Talks resume"))
    first.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    first.response(URL, "2024-12-06T12:00:00Z", page(*SECOND))
    second = Archive(gzipped=False)
    second.response(OTHER, "2024-12-07T09:00:00Z", page(*TALKS[:1], headline="Talks resume"))
    third = Archive()
    third.response(
        "https://example.com/logo.png", "2024-12-06T09:00:00Z", b"\x89PNG", media="image/png"
    )
    third.response(URL, "2024-12-06T13:00:00Z", page(*SECOND), status="404 Not Found")
    return [
        _write(tmp_path / "a.warc.gz", first),
        _write(tmp_path / "b.warc", second),
        _write(tmp_path / "c.warc.gz", third),
    ]


def test_one_result_per_page_in_a_stable_order_across_processes(crawl: list[Path]):
    """Files in the order given, pages by first capture, then the records each file skipped."""
    results = list(diff_warc(crawl, processes=2, progress=False))
    assert [(r.index, r.url, r.ok) for r in results] == [
        (0, HAMA, True),
        (0, OTHER, True),
        (1, OTHER, True),
        (2, "https://example.com/logo.png", False),  # normalised, as pages are
        (2, HAMA, False),
    ]
    assert [r.source for r in results] == [
        str(p) for p in (crawl[0], crawl[0], crawl[1], crawl[2], crawl[2])
    ]
    assert all(isinstance(r, HistoryResult) for r in results)


def test_the_diffs_are_those_of_the_article_read_from_the_file(crawl: list[Path]):
    """A page's diffs are its Article's consecutive diffs, the same with one process or two."""
    (article,) = read_warc(crawl[0], url=URL)
    expected = tuple(article.diffs())
    one = [r for r in diff_warc(crawl, processes=1) if r.url == HAMA]
    two = [r for r in diff_warc(crawl, processes=2) if r.url == HAMA]
    assert len(expected) == 1
    assert one[0].diffs == expected
    assert two[0].diffs == expected
    assert one[0].unacknowledged == (0,)


def test_a_record_skipped_is_an_error_naming_the_file_offset_and_url(crawl: list[Path]):
    """The image and the 404 are reported as WarcProblem errors; nothing is silently dropped."""
    image, missing = [r for r in diff_warc(crawl, processes=1) if r.index == 2]
    assert image.error is not None
    assert image.error.type == "WarcProblem"
    assert image.error.index == 2
    assert str(crawl[2]) in image.error.message
    assert "at byte 0" in image.error.message
    assert "image/png" in image.error.message
    assert missing.error is not None
    assert "HTTP status 404" in missing.error.message
    assert missing.diffs == ()


def test_bad_files_are_reported_and_the_run_goes_on(tmp_path: Path, crawl: list[Path]):
    """A missing file, a file of garbage and a cut-off file each give errors; later files run."""
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is not a WARC file at all\n" * 4)
    whole = crawl[0].read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) - 40])
    files = [tmp_path / "absent.warc.gz", garbage, cut, crawl[1]]
    results = list(diff_warc(files, processes=2))
    by_file = {str(p): [r for r in results if r.source == str(p)] for p in files}
    (absent,) = by_file[str(files[0])]
    assert absent.error is not None
    assert str(files[0]) in absent.error.message
    assert all(
        not r.ok and str(garbage) in r.error.message for r in by_file[str(garbage)] if r.error
    )
    assert by_file[str(garbage)]
    assert any(not r.ok and "truncated" in r.error.message for r in by_file[str(cut)] if r.error)
    assert [r.ok for r in by_file[str(crawl[1])]] == [True]
    assert results[-1].index == 3


def test_an_item_that_is_not_a_path_fails_alone(crawl: list[Path]):
    """A non-path item gives an error result naming its position; the other files are read."""
    files: list[object] = [crawl[1], 42, crawl[1]]
    results = list(diff_warc(files, processes=1))  # type: ignore[arg-type]
    assert [(r.index, r.ok) for r in results] == [(0, True), (1, False), (2, True)]
    assert results[1].error is not None
    assert results[1].error.type == "InvalidTypeError"
    assert "files[1]" in results[1].error.message


def test_url_reads_one_page_and_only_its_problems(crawl: list[Path]):
    """With url, other pages and the records skipped for other pages are left out."""
    results = list(diff_warc(crawl, processes=1, url="example.com/news/rebels-take-hama/"))
    assert [(r.index, r.url, r.ok) for r in results] == [(0, HAMA, True), (2, HAMA, False)]


def test_a_page_captured_in_two_files_gives_two_results(crawl: list[Path]):
    """Captures are joined within a file only, as documented: one task per file."""
    talks = [r for r in diff_warc(crawl, processes=1) if r.url == OTHER]
    assert [(r.index, len(r.diffs)) for r in talks] == [(0, 0), (1, 0)]


def test_a_single_path_is_refused_at_the_call(crawl: list[Path]):
    """A str or path (not a list of them) is an InvalidTypeError naming files."""
    with pytest.raises(InvalidTypeError, match="files"):
        diff_warc(str(crawl[0]))
    with pytest.raises(InvalidTypeError, match="files"):
        diff_warc(crawl[0])  # type: ignore[arg-type]


def test_progress_bar_counts_files(monkeypatch: pytest.MonkeyPatch, crawl: list[Path]):
    """progress=True draws a bar over the files, not the pages."""
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr("tqdm.std.tqdm.monitor_interval", 0)
    assert len(list(diff_warc(crawl, processes=1, progress=True))) == 5
    assert "3/3" in stream.getvalue()
    assert "files" in stream.getvalue()


def test_results_serialise_and_pickle(crawl: list[Path]):
    """to_dict is JSON-ready and names source and url; results pickle across processes."""
    results = list(diff_warc(crawl, processes=1))
    data = json.loads(json.dumps([r.to_dict() for r in results]))
    assert [(d["source"], d["url"], d["ok"]) for d in data] == [
        (r.source, r.url, r.ok) for r in results
    ]
    assert data[0]["diffs"][0]["changes"]
    assert pickle.loads(pickle.dumps(results)) == results


def test_warc_records_is_one_task_as_json(crawl: list[Path]):
    """warc_records gives diff_warc's results of one file as dicts, with the index given."""
    records = warc_records(crawl[0], index=7)
    expected = [r.to_dict() for r in diff_warc([crawl[0]], processes=1)]
    assert [r["index"] for r in records] == [7, 7]
    assert [{**r, "index": 0} for r in records] == [
        {**e, "error": None if e["error"] is None else {**e["error"], "index": 0}} for e in expected
    ]


def test_a_warc_result_holds_diffs_or_an_error(crawl: list[Path]):
    """A failed page has no diffs, as for any history result."""
    (ok,) = [r for r in diff_warc([crawl[0]], processes=1) if r.url == HAMA]
    error = BatchError(index=0, type="WarcProblem", message="x")
    with pytest.raises(ValidationError, match="no diffs"):
        WarcHistoryResult(index=0, source="x", url=None, diffs=ok.diffs, error=error)


def test_a_url_that_is_not_a_string_is_refused_at_the_call(crawl: list[Path]):
    """A url that is not a str is an InvalidTypeError naming url."""
    with pytest.raises(InvalidTypeError, match="url"):
        diff_warc(crawl, url=42)  # type: ignore[arg-type]


def test_article_of_one_file_matches_read_warc(crawl: list[Path]):
    """The pages found are exactly read_warc's, in its order."""
    urls = [a.revisions[0].url for a in read_warc(crawl[0])]
    assert [r.url for r in diff_warc([crawl[0]], processes=1)] == urls
    assert all(isinstance(a, Article) for a in read_warc(crawl[0]))


def test_a_file_whose_worker_died_is_named_by_its_path(crawl: list[Path]):
    """The result made for a dead worker's file names the file, not only its position."""
    names = _file_names([crawl[0], 42])
    job = _WarcJob(options=None, url=None, tz=None, dayfirst=False)
    (died,) = _warc_failed(job, names, 0, WorkerDiedError(RuntimeError("SIGKILL")))
    assert (died.index, died.source, died.url, died.ok) == (0, str(crawl[0]), None, False)
    assert died.error is not None
    assert died.error.type == "WorkerDiedError"
    assert died.error.message.startswith(f"{crawl[0]}: the worker process")
    assert _warc_failed(job, names, 1, WorkerDiedError(RuntimeError("x")))[0].source == "files[1]"
