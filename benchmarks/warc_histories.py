"""Real histories through a WARC file and back, and every sentence's lineage.

Usage::

    python benchmarks/warc_histories.py DATASET/versions-real [--limit N] [--gzip | --no-gzip]

Every capture of every history in the folder (HTML pages as ``text/html``
responses, Markdown text as ``text/plain``) is written into one WARC file in a
temporary folder, at its URL and capture time; the file is then read back with
:func:`newsdiff.warc.read_warc`. Checked, per history:

* round trip: the articles read back are the histories, one each, with the same
  revisions as parsing each capture directly (``parse_html`` or ``parse_text``
  with the same URL and time) and collapsing consecutive captures that read the
  same, compared by revision id with the capture-times key set aside;
* lineage laws: ``Article.lineage().replay()`` rebuilds every revision's
  sentence texts; a sentence present unchanged in every revision has no events.

Times: writing the WARC, reading it back (records, parsing, grouping), and
parsing the same captures alone; per capture.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdiff import Article, Revision, clear_caches, parse_html, parse_text
from newsdiff._history._article import revision_time
from newsdiff._history._lineage import build_lineage
from newsdiff.warc import CAPTURES_KEY, WarcProblem, normalise_url, read_captures
from newsdiff.warc import read_warc as read_archive

_START = datetime(2000, 1, 1, tzinfo=UTC)


def histories(folder: Path) -> Iterator[dict[str, Any]]:
    """Every history file under *folder*, in path order."""
    for path in sorted(folder.rglob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


def urls(items: list[dict[str, Any]]) -> list[str]:
    """One URL per history: its own, made unique where the dataset files two under one URL.

    (Some travel-advice pages were scraped section by section into separate
    histories; in a web archive they would be one page.)
    """
    out: list[str] = []
    seen: set[str] = set()
    for n, history in enumerate(items):
        url = str(history.get("url") or f"https://example.org/history/{n}")
        if normalise_url(url) in seen:
            url = f"{url.rstrip('/')}/history-{n}"
        seen.add(normalise_url(url))
        out.append(url)
    return out


def _times(history: dict[str, Any]) -> list[datetime]:
    """Capture times: the scraper's, or made-up ones a minute apart where it gave none."""
    out = []
    for i, version in enumerate(history["versions"]):
        raw = version.get("captured_at")
        at = datetime.fromisoformat(raw) if raw else _START + timedelta(minutes=i)
        out.append(at if at.utcoffset() is not None else at.replace(tzinfo=UTC))
    return out


def write_warc(path: Path, items: list[dict[str, Any]], *, gzip: bool) -> int:
    """Write every capture of *items* as a response record; returns the number of records."""
    count = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for history, url in zip(items, urls(items), strict=True):
            for version, at in zip(history["versions"], _times(history), strict=True):
                media = "text/html" if version["format"] == "html" else "text/plain"
                body = version["content"].encode("utf-8")
                http = StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", f"{media}; charset=utf-8")],
                    protocol="HTTP/1.1",
                )
                record = writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": f"{at.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"},
                )
                writer.write_record(record)
                count += 1
    return count


def _parse(version: dict[str, Any], url: str, at: datetime) -> Revision:
    if version["format"] == "html":
        return parse_html(version["content"].encode("utf-8"), url=url, captured_at=at)
    return parse_text(version["content"], url=url, captured_at=at)


def _reads_the_same(a: Revision, b: Revision) -> bool:
    """The documented rule, written out here so that the check does not reuse the reader's."""
    body = [p.text for p in a.paragraphs], [p.text for p in b.paragraphs]
    return (a.headline, a.byline, a.notes, body[0]) == (b.headline, b.byline, b.notes, body[1])


def direct(items: list[dict[str, Any]]) -> dict[str, list[Revision]]:
    """Each history parsed capture by capture, collapsed by the same rule as the reader."""
    out: dict[str, list[Revision]] = {}
    for history, url in zip(items, urls(items), strict=True):
        key = normalise_url(url)
        runs: list[Revision] = []
        times = _times(history)
        order = sorted(range(len(times)), key=lambda i: times[i])
        for i in order:
            # WARC-Date is UTC to the second.
            at = times[i].astimezone(UTC).replace(microsecond=0)
            revision = _parse(history["versions"][i], key, at)
            if not revision.paragraphs:
                continue
            if runs and _reads_the_same(runs[-1], revision):
                continue
            runs.append(revision)
        out[key] = runs
    return out


def _plain(revision: Revision) -> str:
    metadata = {k: v for k, v in revision.metadata.items() if k != CAPTURES_KEY}
    return attrs.evolve(revision, metadata=metadata).id


def lineage_ok(article: Article) -> list[str]:
    """The lineage laws on one article: an empty list when both hold."""
    problems = []
    lineage = article.lineage()
    texts = tuple(tuple(s.text for s in r.sentences) for r in article.revisions)
    if lineage.replay() != texts:
        problems.append("replay does not rebuild the revisions")
    # A sentence found once in every revision and in no change of any diff was
    # there from the start and never touched: its story must be empty.
    touched = {s.text for d in article.diffs() for c in d.changes for s in (*c.old, *c.new)}
    for life in lineage.latest:
        if life.text in touched or any(t.count(life.text) != 1 for t in texts):
            continue
        if life.events or life.first_revision != 0:
            problems.append(f"untouched sentence has a story: {life.text[:60]!r}")
    return problems


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 (one report, top to bottom)
    """Run the round trip and the lineage laws; print a short report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="the versions-real folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N histories")
    parser.add_argument("--gzip", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    items = list(histories(args.dataset))
    if args.limit:
        items = items[: args.limit]
    problems: list[WarcProblem] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("histories.warc.gz" if args.gzip else "histories.warc")
        t0 = time.perf_counter()
        records = write_warc(path, items, gzip=args.gzip)
        t_write = time.perf_counter() - t0
        clear_caches()
        t0 = time.perf_counter()
        captures = sum(1 for _ in read_captures(path, on_problem=problems.append))
        t_read = time.perf_counter() - t0
        clear_caches()
        t0 = time.perf_counter()
        articles = list(read_archive(path, on_problem=problems.append))
        t_articles = time.perf_counter() - t0
    clear_caches()
    t0 = time.perf_counter()
    expected = direct(items)
    t_parse = time.perf_counter() - t0

    got = {a.revisions[0].url: a for a in articles if a.revisions}
    same = 0
    mismatched = []
    for key, parsed in expected.items():
        article = got.get(key)
        ids = [_plain(r) for r in article.revisions] if article else []
        want = [r.id for r in Article(revisions=parsed).revisions] if parsed else []
        if ids == want:
            same += 1
        else:
            mismatched.append(key)
    law_failures: dict[str, list[str]] = {}
    sentences = 0
    for article in articles:
        sentences += sum(len(r.sentences) for r in article.revisions)
        failed = lineage_ok(article)
        if failed:
            law_failures[article.revisions[0].url or "?"] = failed
    # Timed apart from the laws: the diffs, then the lineage built from them.
    t0 = time.perf_counter()
    all_diffs = [article.diffs() for article in articles]
    t_diffs = time.perf_counter() - t0
    t0 = time.perf_counter()
    for article, diffs in zip(articles, all_diffs, strict=True):
        times = [revision_time(r) for r in article.revisions]
        build_lineage(article.revisions, diffs, times)
    t_lineage = time.perf_counter() - t0

    print(f"histories: {len(items)}, records written: {records}, captures read: {captures}")
    print(f"problems reported while reading: {len(problems)}")
    for problem in problems[:10]:
        print(f"  {problem}")
    print(f"round trip: {same}/{len(expected)} histories give the same revisions")
    for key in mismatched[:10]:
        print(f"  differs: {key}")
    revisions = sum(len(a.revisions) for a in articles)
    print(f"lineage laws: hold on {len(articles) - len(law_failures)}/{len(articles)} articles")
    for key, failed in list(law_failures.items())[:10]:
        print(f"  {key}: {'; '.join(failed)}")
    per = 1000 / max(records, 1)
    print(f"revisions after collapsing unchanged captures: {revisions} (from {records} captures)")
    print(f"write WARC:            {t_write * per:7.2f} ms per capture")
    print(f"read captures (parse): {t_read * per:7.2f} ms per capture")
    print(f"read_warc (articles):  {t_articles * per:7.2f} ms per capture")
    print(f"parsing alone:         {t_parse * per:7.2f} ms per capture")
    per_revision = 1000 / max(revisions, 1)
    print(f"diffs between revisions: {t_diffs * per_revision:7.2f} ms per revision")
    print(
        f"lineage from the diffs:  {t_lineage * per_revision:7.2f} ms per revision "
        f"({sentences} sentences in all)"
    )
    return 0 if same == len(expected) and not law_failures else 1


if __name__ == "__main__":
    sys.exit(main())
