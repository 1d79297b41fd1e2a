"""Tests for newsdiff.dask: bags of revision records in, JSON-ready results out."""

import json
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import pytest

import newsdiff.dask
from newsdiff import Article, Diff, DiffOptions, Revision, diff, parse_text
from newsdiff.batch import diff_record, diff_warc
from newsdiff.dask import diff_bag, from_records, history_bag, warc_bag
from newsdiff.exceptions import InvalidTypeError, ValidationError
from tests.test_warc import FIRST, SECOND, URL, Archive, page

OLD = "Rebels took Hama on Thursday.\n\nAbout 12,300 people fled, the UN said."
NEW = "Rebels took Hama on Thursday.\n\nAbout 14,000 people fled, the UN said.\n\nTalks resume."


def _records(n: int) -> list[dict[str, object]]:
    return [
        {
            "key": f"doc-{i}",
            "old": parse_text(f"Officials counted {i} boats.").to_dict(),
            "new": f"Officials counted {i + 2} boats at dawn.",
        }
        for i in range(n)
    ]


def _run(bag: Any, scheduler: str = "synchronous", **kw: Any) -> Any:
    # Dask's API is untyped; results are plain lists.
    return bag.compute(scheduler=scheduler, **kw)


def test_diff_bag_maps_every_record_in_order_on_the_local_scheduler():
    """On the synchronous scheduler each result is diff_record of its record, in order."""
    records = _records(7)
    results = _run(diff_bag(from_records(records, partitions=3)))
    assert results == [diff_record(r) for r in records]
    assert [r["key"] for r in results] == [f"doc-{i}" for i in range(7)]


def test_diff_bag_on_local_processes_matches_one_process():
    """Dask's multiprocessing scheduler gives the same results as the synchronous one."""
    bag = diff_bag(from_records(_records(4), partitions=2))
    assert _run(bag, "processes", num_workers=2) == _run(bag)


def test_results_are_json_ready_and_rebuild_the_diff():
    """Each result survives json.dumps, and its diff data rebuilds the real Diff."""
    bag: Any = diff_bag(from_records([{"key": 1, "old": OLD, "new": NEW}]))
    text = _run(bag.map(json.dumps))[0]
    assert Diff.from_dict(json.loads(text)["diff"]) == diff(parse_text(OLD), parse_text(NEW))


def test_bad_records_become_error_rows():
    """A bad record yields ok=False with the error's type; the other records still diff."""
    records = [{"key": "a", "old": OLD, "new": NEW}, {"key": "b", "old": OLD}, "junk"]
    results = _run(diff_bag(from_records(records)))
    assert [(r["key"], r["ok"]) for r in results] == [("a", True), ("b", False), (None, False)]
    assert [r["error"]["type"] for r in results[1:]] == ["ValidationError", "InvalidTypeError"]


def test_options_reach_every_record():
    """DiffOptions given to diff_bag are the ones each record's diff uses."""
    strict = DiffOptions(match_cutoff=0.99)
    record = {
        "old": "Officials counted the boats in the harbour at dawn. Rain fell.",
        "new": "Officials counted the ships in a port at noon. Rain fell.",
    }
    (result,) = _run(diff_bag(from_records([record]), options=strict))
    assert result == diff_record(record, options=strict)
    assert result != diff_record(record)


def test_history_bag_diffs_articles_and_flattens_to_steps():
    """history_bag diffs every step of each article; flatten gives one row per step."""
    late = Revision.from_paragraphs(["Hama fell on Friday."], captured_at=datetime(2024, 12, 6))
    early = Revision.from_paragraphs(["Hama fell."], captured_at=datetime(2024, 12, 5))
    records = [
        {"key": "x", **Article(revisions=[late, early]).to_dict()},
        {"key": "y", "revisions": [OLD, NEW, NEW + "\n\nMore."]},
    ]
    bag: Any = history_bag(from_records(records, partitions=2))
    results = _run(bag)
    assert [(r["key"], r["ok"], len(r["diffs"])) for r in results] == [
        ("x", True, 1),
        ("y", True, 2),
    ]
    assert Diff.from_dict(results[0]["diffs"][0]) == diff(early, late)
    steps = _run(bag.map(lambda r: r["diffs"]).flatten())
    assert len(steps) == 3


def test_bags_from_json_lines_files(tmp_path):
    """A corpus on disk as JSON lines reads, diffs and writes back as JSON lines."""
    source = tmp_path / "pairs.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in _records(3)), encoding="utf-8")
    read: Any = db.read_text
    records = read(str(source)).map(json.loads)
    out: Any = diff_bag(records)
    with dask.config.set(scheduler="synchronous"):
        out.map(json.dumps).to_textfiles(str(tmp_path / "out-*.jsonl"))
    written = sorted(tmp_path.glob("out-*.jsonl"))
    rows = [json.loads(line) for path in written for line in path.read_text().splitlines()]
    assert [r["key"] for r in rows] == ["doc-0", "doc-1", "doc-2"]
    assert all(r["ok"] for r in rows)


@pytest.mark.parametrize("make", [diff_bag, history_bag])
def test_non_bags_and_bad_options_are_refused(make):
    """diff_bag and history_bag refuse a non-bag and options that are not DiffOptions."""
    with pytest.raises(InvalidTypeError, match="bag"):
        make([{"old": OLD, "new": NEW}])
    with pytest.raises(InvalidTypeError, match="options"):
        make(from_records([{"old": OLD, "new": NEW}]), options={"match_cutoff": 0.5})


def test_from_records_checks_partitions():
    """from_records refuses a partition count that is not a positive int."""
    with pytest.raises(ValidationError, match="partitions"):
        from_records([], partitions=0)
    with pytest.raises(InvalidTypeError, match="partitions"):
        from_records([], partitions="2")  # type: ignore[arg-type]


def test_missing_dask_names_the_extra(monkeypatch):
    """Without Dask installed, the error says which extra to install."""
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"newsdiff\[dask\]"):
        from_records([{"old": OLD, "new": NEW}])


# --- WARC files as partitions ------------------------------------------------------------


def _crawl(tmp_path: Path) -> list[Path]:
    """Two WARC files: a page captured twice, then a page once and an image skipped."""
    first = Archive()
    first.response(URL, "2024-12-06T09:00:00Z", page(*FIRST))
    first.response(URL, "2024-12-06T12:00:00Z", page(*SECOND))
    second = Archive()
    second.response("https://example.com/other", "2024-12-06T08:00:00Z", page(*SECOND[1:]))
    second.response(
        "https://example.com/a.png", "2024-12-06T08:00:00Z", b"\x89PNG", media="image/png"
    )
    folder = tmp_path / "crawl"
    folder.mkdir()
    paths = [folder / "0.warc.gz", folder / "1.warc.gz"]
    for path, archive in zip(paths, (first, second), strict=True):
        path.write_bytes(archive.buffer.getvalue())
    return paths


def test_warc_bag_gives_diff_warcs_results_one_partition_per_file(tmp_path: Path):
    """One partition per file; the rows are diff_warc's results as dicts, in the same order."""
    paths = _crawl(tmp_path)
    bag: Any = warc_bag(paths)
    assert bag.npartitions == 2
    rows = _run(bag)
    assert rows == [r.to_dict() for r in diff_warc(paths, processes=1)]
    assert [(r["index"], r["url"], r["ok"], len(r["diffs"])) for r in rows] == [
        (0, "https://example.com/news/rebels-take-hama", True, 1),
        (1, "https://example.com/other", True, 0),
        (1, "https://example.com/a.png", False, 0),
    ]
    assert rows[2]["error"]["type"] == "WarcProblem"
    assert str(paths[1]) in rows[2]["error"]["message"]


def test_warc_bag_on_local_processes_reports_a_missing_file(tmp_path: Path):
    """Dask's process scheduler: a missing file is an error row naming it; the others are read."""
    paths = [*_crawl(tmp_path), tmp_path / "absent.warc.gz"]
    rows = _run(warc_bag(paths, url="example.com/other"), "processes", num_workers=2)
    assert [(r["index"], r["url"], r["ok"]) for r in rows] == [
        (1, "https://example.com/other", True),
        (2, None, False),
    ]
    assert str(paths[2]) in rows[1]["error"]["message"]


def test_warc_bag_refuses_bad_arguments(tmp_path: Path):
    """A single path, an empty list, a non-path item or bad options are refused at the call."""
    (path, _) = _crawl(tmp_path)
    with pytest.raises(InvalidTypeError, match="paths"):
        warc_bag(path)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="paths"):
        warc_bag([])
    with pytest.raises(InvalidTypeError, match=r"paths\[1\]"):
        warc_bag([path, 3])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match="options"):
        warc_bag([path], options={"match_cutoff": 0.5})  # type: ignore[arg-type]


def test_the_documented_warc_bag_example_runs_on_the_local_scheduler(tmp_path: Path):
    """The module's WARC example, run as a script (Dask's default local scheduler), writes rows."""
    _crawl(tmp_path)
    doc = newsdiff.dask.__doc__ or ""
    start = doc.index("    import glob")
    block = doc[start : doc.index("\nOn a cluster", start)]
    script = tmp_path / "example.py"
    script.write_text(textwrap.dedent(block), encoding="utf-8")
    subprocess.run([sys.executable, str(script)], cwd=tmp_path, check=True, timeout=300)
    written = sorted(tmp_path.glob("histories-*.jsonl"))
    rows = [json.loads(line) for path in written for line in path.read_text().splitlines()]
    assert len(written) == 2
    assert [(r["url"], r["ok"]) for r in rows] == [
        ("https://example.com/news/rebels-take-hama", True),
        ("https://example.com/other", True),
        ("https://example.com/a.png", False),
    ]
