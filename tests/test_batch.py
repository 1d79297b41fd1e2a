"""Tests for newsdiff.batch: many pairs and histories across processes, errors as data."""

import io
import itertools
import json
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from newsdiff import Article, Diff, DiffOptions, Revision, batch, diff, parse_text
from newsdiff.batch import (
    BatchError,
    HistoryResult,
    PairResult,
    diff_histories,
    diff_pairs,
    diff_record,
    history_record,
    revision_of,
)
from newsdiff.exceptions import InvalidTypeError, ValidationError

OLD = "Rebels took Hama on Thursday.\n\nAbout 12,300 people fled, the UN said."
NEW = "Rebels took Hama on Thursday.\n\nAbout 14,000 people fled, the UN said.\n\nTalks resume."


def _pair(i: int) -> tuple[str, str]:
    return f"Officials counted {i} boats.", f"Officials counted {i + 1} boats at dawn."


def _ids(result: PairResult) -> tuple[str, str]:
    assert result.diff is not None
    return result.diff.old_id, result.diff.new_id


def test_pairs_come_back_in_input_order_across_processes():
    """With two processes and one-item chunks, result i is the diff of pair i."""
    pairs = [_pair(i) for i in range(9)]
    results = list(diff_pairs(pairs, processes=2, chunksize=1, progress=False))
    assert [r.index for r in results] == list(range(9))
    assert [_ids(r) for r in results] == [(parse_text(a).id, parse_text(b).id) for a, b in pairs]


def test_processes_give_the_same_diffs_as_one_process():
    """Diffs made in worker processes equal those made in this process."""
    pairs = [_pair(i) for i in range(6)]
    here = [r.diff for r in diff_pairs(pairs, processes=1)]
    there = [r.diff for r in diff_pairs(pairs, processes=2, chunksize=2)]
    assert here == there
    assert all(isinstance(d, Diff) for d in here)


def test_revision_text_and_dict_sides_give_one_diff():
    """A side given as Revision, raw text or Revision.to_dict() data gives the same diff."""
    old, new = parse_text(OLD), parse_text(NEW)
    pairs = [(old, new), (OLD, NEW), (old.to_dict(), new.to_dict()), (OLD, new.to_dict())]
    diffs = [r.diff for r in diff_pairs(pairs, processes=1)]
    assert diffs == [diff(old, new)] * 4


def test_bad_items_are_collected_and_the_run_goes_on():
    """Each bad pair yields a BatchError naming its index and type; good pairs still diff."""
    pairs = [_pair(0), None, ("only one",), (OLD, 7), (OLD, {"schema": "nope"}), _pair(5)]
    results = list(diff_pairs(pairs, processes=2, chunksize=2))
    assert [r.ok for r in results] == [True, False, False, False, False, True]
    errors = [r.error for r in results if r.error is not None]
    assert [(e.index, e.type) for e in errors] == [
        (1, "InvalidTypeError"),
        (2, "ValidationError"),
        (3, "InvalidTypeError"),
        (4, "SchemaError"),
    ]
    assert "pairs[3][1]" in errors[2].message
    assert all(r.diff is None for r in results if not r.ok)


def test_an_exception_outside_newsdiff_is_collected_too(monkeypatch):
    """Any exception raised while diffing one item becomes that item's BatchError."""

    def broken(*_args: object, **_kw: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("newsdiff.batch.diff", broken)
    (result,) = diff_pairs([_pair(1)], processes=1)
    assert result.error == BatchError(index=0, type="ZeroDivisionError", message="boom")


def test_pairs_are_consumed_lazily():
    """Only a bounded window of an endless input is read before results flow."""
    read = 0

    def endless() -> Iterator[tuple[str, str]]:
        nonlocal read
        for i in itertools.count():
            read += 1
            yield _pair(i % 3)

    results = diff_pairs(endless(), processes=2, chunksize=2)
    first = list(itertools.islice(results, 3))
    results.close()
    assert [r.index for r in first] == [0, 1, 2]
    assert read <= 2 * (2 * 2 + 2)


def test_options_reach_the_diff():
    """DiffOptions passed to the batch are the ones the diff uses."""
    old = "Officials counted the boats in the harbour at dawn. Rain fell."
    new = "Officials counted the ships in a port at noon. Rain fell."
    strict = DiffOptions(match_cutoff=0.99)
    (loose,) = diff_pairs([(old, new)], processes=1)
    (tight,) = diff_pairs([(old, new)], processes=1, options=strict)
    assert loose.diff == diff(parse_text(old), parse_text(new))
    assert tight.diff == diff(parse_text(old), parse_text(new), options=strict)
    assert tight.diff != loose.diff


def test_parse_options_reach_parse_text():
    """parse_options (here tz) are passed to parse_text for raw-text sides."""
    text = "Rebels took Hama.\n\nUpdated 12/06/24, 10:35 PM: This article has been updated."
    revision = revision_of(text, parse_options={"tz": "America/New_York"})
    assert revision.updated_at is not None
    assert revision.updated_at.utcoffset() is not None
    (result,) = diff_pairs([(text, text)], processes=1, parse_options={"tz": "UTC"})
    assert result.diff is not None
    assert result.diff.old_id == parse_text(text, tz="UTC").id


def test_revision_of_refuses_other_types():
    """revision_of names the field when given something that is not a revision."""
    with pytest.raises(InvalidTypeError, match="old"):
        revision_of(3.5, field="old")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"processes": 0}, ValidationError),
        ({"processes": "2"}, InvalidTypeError),
        ({"processes": True}, InvalidTypeError),
        ({"chunksize": 0}, ValidationError),
        ({"chunksize": 1.5}, InvalidTypeError),
        ({"options": {"match_cutoff": 0.5}}, InvalidTypeError),
    ],
)
def test_bad_arguments_fail_at_the_call(kwargs, error):
    """Bad batch arguments raise at the call, before any item is read."""
    with pytest.raises(error):
        diff_pairs([_pair(0)], **kwargs)


def test_a_string_is_not_taken_as_an_iterable_of_pairs():
    """Passing one text instead of a list of pairs is refused, not iterated by character."""
    with pytest.raises(InvalidTypeError, match="pairs"):
        diff_pairs(OLD)


def test_histories_diff_consecutive_revisions_in_the_order_given():
    """A sequence of texts is diffed step by step, oldest first, as given."""
    texts = ["Hama fell.", "Hama fell on Friday.", "Hama fell on Friday, the army said."]
    (result,) = diff_histories([texts], processes=1)
    assert isinstance(result, HistoryResult)
    parsed = [parse_text(t) for t in texts]
    assert result.diffs == (diff(parsed[0], parsed[1]), diff(parsed[1], parsed[2]))


def test_histories_keep_an_articles_time_order():
    """An Article, or its to_dict() data, is diffed in time order, not the order built."""
    late = Revision.from_paragraphs(["Hama fell on Friday."], captured_at=datetime(2024, 12, 6))
    early = Revision.from_paragraphs(["Hama fell."], captured_at=datetime(2024, 12, 5))
    article = Article(revisions=[late, early])
    results = list(diff_histories([article, article.to_dict()], processes=2, chunksize=1))
    assert [r.diffs for r in results] == [(diff(early, late),)] * 2


def test_histories_collect_errors_and_handle_single_revisions():
    """A bad article is a BatchError; an article of one revision has no diffs."""
    results = list(diff_histories([["Only one."], "not a list", [OLD, None]], processes=1))
    assert results[0].ok
    assert results[0].diffs == ()
    assert results[1].error is not None
    assert results[1].error.type == "InvalidTypeError"
    assert results[2].error is not None
    assert "articles[2][1]" in results[2].error.message


def test_results_serialise_to_json_and_back():
    """to_dict() of a result is JSON-ready and its diff data rebuilds the same Diff."""
    results = list(diff_pairs([(OLD, NEW), (OLD, None)], processes=1))
    data = json.loads(json.dumps([r.to_dict() for r in results]))
    assert Diff.from_dict(data[0]["diff"]) == results[0].diff
    assert data[1] == {
        "index": 1,
        "ok": False,
        "diff": None,
        "error": results[1].error.to_dict() if results[1].error else None,
    }
    (history,) = diff_histories([[OLD, NEW]], processes=1)
    assert Diff.from_dict(json.loads(json.dumps(history.to_dict()))["diffs"][0]) == history.diffs[0]


def test_results_pickle():
    """Results survive pickling, as they must to cross processes."""
    results = list(diff_pairs([(OLD, NEW), (OLD, None)], processes=1))
    assert pickle.loads(pickle.dumps(results)) == results


def test_progress_bar_is_drawn_when_asked(monkeypatch):
    """progress=True draws a tqdm bar counting the items."""
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    # No tqdm monitor thread left behind: later tests fork worker processes.
    monkeypatch.setattr("tqdm.std.tqdm.monitor_interval", 0)
    list(diff_pairs([_pair(i) for i in range(3)], processes=1, progress=True))
    assert "3/3" in stream.getvalue()


def test_progress_without_tqdm_names_the_extra(monkeypatch):
    """progress=True without tqdm installed raises ImportError naming the extra."""
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(ImportError, match=r"newsdiff\[progress\]"):
        diff_pairs([_pair(0)], progress=True)
    assert next(iter(diff_pairs([_pair(0)], processes=1, progress=None))).ok


def test_diff_record_returns_json_ready_data_with_the_key():
    """diff_record passes the key through and returns Diff.to_dict() data."""
    out = diff_record({"key": {"doc": 7}, "old": OLD, "new": parse_text(NEW).to_dict()})
    assert out["key"] == {"doc": 7}
    assert out["ok"]
    assert out["error"] is None
    assert Diff.from_dict(json.loads(json.dumps(out["diff"]))) == diff(
        parse_text(OLD), parse_text(NEW)
    )


@pytest.mark.parametrize(
    ("record", "kind"),
    [
        ({"key": 1, "old": OLD}, "ValidationError"),
        ({"key": 1, "old": OLD, "new": 5}, "InvalidTypeError"),
        ([OLD, NEW], "InvalidTypeError"),
    ],
)
def test_diff_record_never_raises_for_a_bad_record(record, kind):
    """A bad record gives ok=False and the error's type, never an exception."""
    out = diff_record(record)
    assert out["ok"] is False
    assert out["diff"] is None
    assert out["error"]["type"] == kind


def test_history_record_diffs_each_step_and_reports_bad_records():
    """history_record gives one diff per step, and an error record for a bad record."""
    out = history_record({"key": "a", "revisions": [OLD, NEW, NEW + "\n\nMore."]})
    assert [out["key"], out["ok"], len(out["diffs"])] == ["a", True, 2]
    bad = history_record({"key": "b"})
    assert [bad["key"], bad["ok"], bad["diffs"], bad["error"]["type"]] == [
        "b",
        False,
        [],
        "ValidationError",
    ]


def test_history_record_error_names_the_bad_revision():
    """A bad revision in a record is named by its place in the record, not by a batch index."""
    out = history_record({"key": "c", "revisions": [OLD, 7]})
    assert out["error"]["type"] == "InvalidTypeError"
    assert out["error"]["message"].startswith("record.revisions[1]:")


def test_diff_histories_error_names_the_article_and_revision():
    """A bad revision in the third article is named articles[2][1]."""
    results = list(diff_histories([[OLD, NEW], [OLD], [OLD, 7]], processes=1))
    assert [r.ok for r in results] == [True, True, False]
    assert results[2].error is not None
    assert results[2].error.message.startswith("articles[2][1]:")


def test_a_pair_result_holds_a_diff_or_an_error_never_both_or_neither():
    """PairResult refuses both a diff and an error, and neither."""
    d = diff(parse_text(OLD), parse_text(NEW))
    error = BatchError(index=0, type="ValueError", message="x")
    with pytest.raises(ValidationError, match="exactly one"):
        PairResult(index=0, diff=d, error=error)
    with pytest.raises(ValidationError, match="exactly one"):
        PairResult(index=0)


def test_a_failed_history_result_has_no_diffs():
    """HistoryResult refuses diffs next to an error."""
    d = diff(parse_text(OLD), parse_text(NEW))
    error = BatchError(index=0, type="ValueError", message="x")
    with pytest.raises(ValidationError, match="no diffs"):
        HistoryResult(index=0, diffs=(d,), error=error)


# --- a bad item or a dead worker never stops a multi-process run --------------------
# The two tests that patch the batch's diff rely on the workers inheriting the patch,
# as they do under the "fork" start method, Linux's default on every Python we support.

_KILL = "Kill this worker."


def _diff_or_die(old, new, **kwargs):
    """The batch's diff, except that it dies (as under the OOM killer) on one marked text."""
    if old.text == _KILL:
        os.kill(os.getpid(), signal.SIGKILL)
    return diff(old, new, **kwargs)


def test_a_killed_worker_fails_its_items_and_the_run_goes_on(monkeypatch):
    """With a worker killed mid-run, every item still gets a result, in order."""
    monkeypatch.setattr(batch, "diff", _diff_or_die)
    pairs = [_pair(i) for i in range(6)] + [(_KILL, _KILL)] + [_pair(i) for i in range(6, 12)]
    results = list(diff_pairs(pairs, processes=2, chunksize=1))
    assert [r.index for r in results] == list(range(13))
    assert not results[6].ok
    assert results[6].error is not None
    assert results[6].error.type == "WorkerDiedError"
    # Items in flight with the dead worker fail with it; the rest are diffed.
    assert all(r.ok or r.error.type == "WorkerDiedError" for r in results if r.error)
    assert sum(r.ok for r in results) >= 8


def test_an_item_that_cannot_be_pickled_gets_an_error_like_with_one_process():
    """An unpicklable item fails alone across processes, as it does in one process."""
    bad = (lambda: None, "x")
    pairs = [_pair(0), bad, _pair(1)]
    many = list(diff_pairs(pairs, processes=2, chunksize=1))
    one = list(diff_pairs(pairs, processes=1))
    assert [r.ok for r in many] == [r.ok for r in one] == [True, False, True]
    assert many[1].error == one[1].error


def test_a_deeply_nested_item_gets_an_error_and_the_run_goes_on():
    """An item nested too deep to pickle fails alone across processes."""
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    results = list(diff_pairs([_pair(0), (nested, "x"), _pair(1)], processes=2, chunksize=1))
    assert [r.ok for r in results] == [True, False, True]


_SLEEP = "Sleep a long while."


def _diff_or_sleep(old, new, **kwargs):
    """The batch's diff, except that it hangs on one marked text (a stuck item)."""
    if old.text == _SLEEP:
        time.sleep(120)
    return diff(old, new, **kwargs)


def test_stopping_early_does_not_wait_for_running_items(monkeypatch):
    """Closing the results early (as Ctrl-C does) terminates workers instead of waiting."""
    monkeypatch.setattr(batch, "diff", _diff_or_sleep)
    before = {p.pid for p in multiprocessing.active_children()}
    pairs = [_pair(0), (_SLEEP, _SLEEP), *(_pair(i) for i in range(1, 20))]
    results = diff_pairs(pairs, processes=2, chunksize=1)
    assert next(results).ok
    closer = threading.Thread(target=results.close)
    closer.start()
    # The stuck item would hold close() for two minutes if it waited for it.
    closer.join(timeout=60)
    assert not closer.is_alive()
    # The run's own workers are gone (children of earlier tests may linger). A
    # terminated worker is reaped a moment later on a loaded machine, so wait
    # for that (bounded) rather than race it.
    deadline = time.monotonic() + 30
    while (
        left := [p for p in multiprocessing.active_children() if p.pid not in before]
    ) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert left == []


PAGE = (
    "<!DOCTYPE html><html><head><title>Budget passes</title></head><body><article>"
    "<p>The council approved a new budget on Tuesday after a six-hour debate, officials said.</p>"
    "<p>Spending on roads will rise by 8 percent, and two new schools will be built.</p>"
    "</article><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
)


def test_html_pages_are_read_as_html_not_text():
    """An HTML page given as str or bytes is parsed with parse_html: no markup changes."""
    edited = PAGE.replace("8 percent", "9 percent")
    for old, new in ((PAGE, edited), (PAGE.encode(), edited.encode())):
        (result,) = diff_pairs([(old, new)], processes=1)
        assert result.diff is not None
        changed = [s.text for c in result.diff.changes for s in (*c.old, *c.new)]
        assert changed
        assert not any("<" in text for text in changed)


def test_explicit_text_format_keeps_markup_as_text():
    """parse_options={'format': 'text'} reads even an HTML-looking string as text."""
    revision = revision_of(PAGE, parse_options={"format": "text"})
    assert "<article>" in " ".join(p.text for p in revision.paragraphs)


def test_unknown_format_and_undecodable_bytes_are_errors():
    """A bad format name, or bytes that are neither HTML nor UTF-8, fail naming the value."""
    with pytest.raises(ValidationError, match="'pdf'"):
        revision_of("Text.", parse_options={"format": "pdf"})
    with pytest.raises(ValidationError, match="neither an HTML page nor UTF-8"):
        revision_of(b"\xff\xfe\x00\x81")


def test_text_starting_with_a_bracket_is_still_text():
    """Article text that merely opens with '<' is not taken for HTML."""
    revision = revision_of("<3 was the reply. The dam held overnight, engineers said.")
    assert revision.paragraphs[0].text.startswith("<3 was the reply.")
