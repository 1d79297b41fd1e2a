"""Diff many pairs, or many articles' histories, across processes.

For a corpus on one machine: :func:`diff_pairs` diffs pairs of revisions and
:func:`diff_histories` diffs every consecutive step of many articles, spread
over worker processes, yielding one result per input item **in input order**.
A bad item never stops the run: its result carries a :class:`BatchError` (the
item's index, the exception's type name and message) instead of a diff.

Each revision in an item may be given as

* a :class:`~newsdiff.Revision` (already parsed; only the diff runs);
* a ``str``: raw article text, parsed in the worker with
  :func:`~newsdiff.parse_text` (and ``parse_options``), which is where most
  of the time goes, so parsing in the workers is what spreads the load;
  a ``str`` or ``bytes`` that is an HTML page (it opens with ``<!DOCTYPE
  html>``, ``<html>``, ``<head>`` or ``<body>``, or opens with a tag and
  closes a ``</p>``, ``</div>``... early on) is read with
  :func:`~newsdiff.parse_html` instead (the ``html`` extra);
  ``parse_options={"format": "html"}`` or ``"text"`` says which, for every
  side, instead of guessing;
* a mapping from :meth:`Revision.to_dict() <newsdiff.Revision.to_dict>`
  (validated by :meth:`Revision.from_dict <newsdiff.Revision.from_dict>`).

Results hold :class:`~newsdiff.Diff` objects; ``result.to_dict()`` gives
JSON-ready data for a JSON-lines file. For engines other than
``concurrent.futures`` (Dask, Spark, Ray, a job queue) the same work is offered
record by record, as plain JSON-ready dicts in and out: :func:`diff_record`
and :func:`history_record` (see :mod:`newsdiff.dask` for Dask bags).

>>> from newsdiff.batch import diff_pairs
>>> pairs = [
...     ("Rebels took Hama. About 12,300 fled.", "Rebels took Hama. About 14,000 fled."),
...     (1, 2),
... ]
>>> for result in diff_pairs(pairs, processes=1):
...     print(
...         result.index,
...         result.ok,
...         [c.op.name for c in result.diff.changes] if result.ok else result.error.type,
...     )
0 True ['EDITED']
1 False InvalidTypeError

A progress bar is shown with ``progress=True`` (needs ``tqdm``, installed by
the ``newsdiff[progress]`` extra); by default one is shown only for long runs
(more than 1,000 items of known number) on an interactive terminal when tqdm is
installed.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import importlib
import itertools
import os
import re
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import attrs

from newsdiff._compare._diff import diff
from newsdiff._compare._difftype import Diff
from newsdiff._history._article import Article
from newsdiff._model._changes import DiffOptions
from newsdiff._reading._parse import parse_text
from newsdiff._revision._revision import Revision
from newsdiff.exceptions import InvalidTypeError, ValidationError

__all__ = [
    "BatchError",
    "HistoryResult",
    "PairResult",
    "WarcHistoryResult",
    "WorkerDiedError",
    "diff_histories",
    "diff_pairs",
    "diff_record",
    "diff_warc",
    "history_record",
    "revision_of",
    "warc_records",
]

_AUTO_PROGRESS_ITEMS = 1_000
_MAX_CHUNK = 64

T = TypeVar("T")
R = TypeVar("R")


@attrs.frozen(kw_only=True)
class BatchError:
    """Why one item of a batch failed: its position, the exception's type name and message.

    Kept as data (not the exception object) so it pickles, serialises to JSON,
    and reads the same in every process.
    """

    index: int
    type: str
    message: str

    @classmethod
    def of(cls, index: int, error: BaseException) -> BatchError:
        """The record of *error* raised while working on item *index*."""
        return cls(index=index, **_error_data(error))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``{"index", "type", "message"}``."""
        return {"index": self.index, "type": self.type, "message": self.message}


@attrs.frozen(kw_only=True)
class PairResult:
    """The outcome of one pair: its diff, or the error that stopped it (exactly one of them)."""

    index: int
    diff: Diff | None = None
    error: BatchError | None = None

    def __attrs_post_init__(self) -> None:
        if (self.diff is None) == (self.error is None):
            raise ValidationError.for_field(
                "PairResult", (self.diff, self.error), "holds a diff or an error, exactly one"
            )

    @property
    def ok(self) -> bool:
        """Whether the pair was diffed (``error`` is ``None``)."""
        return self.error is None

    @property
    def unacknowledged(self) -> bool:
        """Whether the pair's diff is a substantive change without a note (see ``Diff``)."""
        return self.diff is not None and self.diff.unacknowledged

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``{"index", "ok", "diff", "error"}`` (one of the last two is null)."""
        return {
            "index": self.index,
            "ok": self.ok,
            "diff": None if self.diff is None else self.diff.to_dict(),
            "error": None if self.error is None else self.error.to_dict(),
        }


@attrs.frozen(kw_only=True)
class HistoryResult:
    """The outcome of one article: the diffs between its consecutive revisions, or an error.

    ``diffs`` holds one diff per consecutive step (see :func:`diff_histories`); an article
    of one revision has none.
    """

    index: int
    diffs: tuple[Diff, ...] = ()
    error: BatchError | None = None

    def __attrs_post_init__(self) -> None:
        if self.error is not None and self.diffs:
            raise ValidationError.for_field(
                "HistoryResult.diffs", len(self.diffs), "a failed article has no diffs"
            )

    @property
    def ok(self) -> bool:
        """Whether the article was diffed (``error`` is ``None``)."""
        return self.error is None

    @property
    def unacknowledged(self) -> tuple[int, ...]:
        """The steps whose diff is a substantive change without a note (see ``Diff``)."""
        return tuple(k for k, d in enumerate(self.diffs) if d.unacknowledged)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``{"index", "ok", "diffs", "error"}``."""
        return {
            "index": self.index,
            "ok": self.ok,
            "diffs": [d.to_dict() for d in self.diffs],
            "error": None if self.error is None else self.error.to_dict(),
        }


@attrs.frozen(kw_only=True)
class WarcHistoryResult(HistoryResult):
    """The outcome of one page found in a WARC file (see :func:`diff_warc`), or of a problem.

    ``index`` is the WARC file's position among the files given, ``source`` its
    name, and ``url`` the page's normalised URL. A page read gives its
    ``diffs`` (one per consecutive revision; captures that read the same are
    one revision); a record skipped, a page whose captures do not form one
    article, or a file that cannot be read gives an ``error`` (its ``type`` is
    ``"WarcProblem"`` for a record skipped; the message names the file, the
    record's byte offset and its URL), ``url`` being ``None`` when unknown.
    """

    source: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``{"index", "source", "url", "ok", "diffs", "error"}``."""
        return {"index": self.index, "source": self.source, "url": self.url, **super().to_dict()}


# --- revisions from what users hold ----------------------------------------------------


def revision_of(
    item: Any, *, field: str = "revision", parse_options: Mapping[str, Any] | None = None
) -> Revision:
    """A :class:`~newsdiff.Revision` from a revision, raw text, or ``Revision.to_dict()`` data.

    Raw text is parsed with :func:`~newsdiff.parse_text` and *parse_options*
    (its keyword arguments: ``tz``, ``dayfirst``, ``url``...). Anything else is
    refused with :class:`~newsdiff.exceptions.InvalidTypeError` naming *field*.

    >>> revision_of("Rebels took Hama.").sentences[0].text
    'Rebels took Hama.'
    """
    if isinstance(item, Revision):
        return item
    if isinstance(item, Mapping):
        return Revision.from_dict(item)
    if not isinstance(item, str | bytes | bytearray):
        raise InvalidTypeError.for_field(
            field,
            item,
            "Revision, str (article text or HTML), bytes (an HTML page) "
            "or a mapping from Revision.to_dict()",
        )
    options = dict(parse_options or {})
    kind = options.pop("format", "auto")
    if kind not in _FORMATS:
        raise ValidationError.for_field(
            "parse_options['format']", kind, "one of 'auto', 'text', 'html'"
        )
    if kind == "html" or (kind == "auto" and _looks_like_html(item)):
        from newsdiff._reading._html import parse_html  # noqa: PLC0415 (optional extra)

        return parse_html(bytes(item) if isinstance(item, bytearray) else item, **options)
    if isinstance(item, bytes | bytearray):
        try:
            item = bytes(item).decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise ValidationError.for_field(
                field,
                item,
                f"bytes that are neither an HTML page nor UTF-8 text (byte {err.start})",
            ) from None
    return parse_text(item, **options)


_FORMATS = ("auto", "text", "html")
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|\?xml|head|body)\b", re.IGNORECASE
)
_HTML_TAGS = re.compile(rb"</(?:p|div|article|body|html|span|h[1-6]|li|section)\s*>", re.IGNORECASE)
_HTML_SNIFF = 4096


def _looks_like_html(item: str | bytes | bytearray) -> bool:
    """Whether *item* is an HTML page or fragment rather than article text.

    It is when it opens with ``<!DOCTYPE html>``, ``<html>``, ``<head>`` or
    ``<body>``, or opens with a tag and closes a paragraph-like element
    (``</p>``, ``</div>`` ...) within its first 4,096 characters.
    """
    head = item[:_HTML_SNIFF]
    raw = head.encode("utf-8", "replace") if isinstance(head, str) else bytes(head)
    if _HTML_START.match(raw):
        return True
    return raw.lstrip().startswith(b"<") and _HTML_TAGS.search(raw) is not None


def _pair(item: Any, index: int) -> tuple[Any, Any]:
    if isinstance(item, str | bytes | Mapping) or not isinstance(item, Sequence):
        raise InvalidTypeError.for_field(f"pairs[{index}]", item, "a pair (old, new)")
    if len(item) != 2:
        raise ValidationError.for_field(f"pairs[{index}]", item, "a pair has exactly two items")
    return item[0], item[1]


def _history(item: Any, where: str, parse_options: Mapping[str, Any] | None) -> list[Revision]:
    """The revisions of one article in the order they are diffed; errors name *where*.

    An :class:`Article` (or ``Article.to_dict()`` data, which is validated as
    one) keeps its time order; a plain sequence is taken in the order given,
    oldest first, since raw texts carry no time to sort them by.
    """
    if isinstance(item, Article):
        return list(item.revisions)
    if isinstance(item, Mapping):
        if "schema" in item:
            return list(Article.from_dict(item).revisions)
        item = item.get("revisions")
    if isinstance(item, str | bytes | Mapping) or not isinstance(item, Iterable):
        raise InvalidTypeError.for_field(
            where, item, "an Article, a sequence of revisions, or Article.to_dict()"
        )
    return [
        revision_of(r, field=f"{where}[{j}]", parse_options=parse_options)
        for j, r in enumerate(item)
    ]


def _history_diffs(revisions: Sequence[Revision], options: DiffOptions | None) -> tuple[Diff, ...]:
    return tuple(diff(old, new, options=options) for old, new in itertools.pairwise(revisions))


# --- the work one process does (module level, so it pickles) -------------------------


def _plain(parse_options: Mapping[str, Any] | None) -> dict[str, Any] | None:
    # A plain dict pickles everywhere (a read-only mapping type might not).
    return None if parse_options is None else dict(parse_options)


@attrs.frozen(kw_only=True)
class _Job:
    options: DiffOptions | None
    parse_options: dict[str, Any] | None = attrs.field(converter=_plain)

    def pair(self, index: int, item: Any) -> PairResult:
        try:
            old, new = _pair(item, index)
            result = diff(
                revision_of(old, field=f"pairs[{index}][0]", parse_options=self.parse_options),
                revision_of(new, field=f"pairs[{index}][1]", parse_options=self.parse_options),
                options=self.options,
            )
        except Exception as error:  # noqa: BLE001 (an item's failure is data, never fatal)
            return PairResult(index=index, error=BatchError.of(index, error))
        return PairResult(index=index, diff=result)

    def history(self, index: int, item: Any) -> HistoryResult:
        try:
            revisions = _history(item, f"articles[{index}]", self.parse_options)
            diffs = _history_diffs(revisions, self.options)
        except Exception as error:  # noqa: BLE001 (an item's failure is data, never fatal)
            return HistoryResult(index=index, error=BatchError.of(index, error))
        return HistoryResult(index=index, diffs=diffs)

    def pair_failed(self, index: int, error: BaseException) -> PairResult:
        return PairResult(index=index, error=BatchError.of(index, error))

    def history_failed(self, index: int, error: BaseException) -> HistoryResult:
        return HistoryResult(index=index, error=BatchError.of(index, error))


def _page_url(url: str | None) -> str | None:
    """A page URL as the ``newsdiff warc`` command takes it: without a scheme, https."""
    if url is None:
        return None
    if not isinstance(url, str):
        raise InvalidTypeError.for_field("url", url, "str or None")
    return url if "://" in url else f"https://{url}"


def _page_key(url: str) -> str:
    """*url* normalised as pages are grouped (as written when it does not normalise)."""
    from newsdiff.warc import normalise_url  # noqa: PLC0415 (the warc extra, needed here only)

    try:
        return str(normalise_url(url))
    except Exception:  # noqa: BLE001 (reported as it is written; the message keeps it too)
        return url


@attrs.frozen(kw_only=True)
class _WarcJob:
    options: DiffOptions | None
    url: str | None = attrs.field(converter=_page_url)
    tz: str | None
    dayfirst: bool

    def file(self, index: int, path: Any) -> list[WarcHistoryResult]:
        name = str(path)
        try:
            return self._read(index, path, name)
        except Exception as error:  # noqa: BLE001 (a file's failure is data, never fatal)
            return self.failed_file(index, name, error)

    def _read(self, index: int, path: Any, name: str) -> list[WarcHistoryResult]:
        if not isinstance(path, str | os.PathLike):
            raise InvalidTypeError.for_field(f"files[{index}]", path, "a path to a WARC file")
        from newsdiff.warc import read_warc  # noqa: PLC0415 (the warc extra, needed here only)

        problems: list[Any] = []
        results: list[WarcHistoryResult] = []
        for article in read_warc(
            path, url=self.url, on_problem=problems.append, tz=self.tz, dayfirst=self.dayfirst
        ):
            page = article.revisions[0].url
            try:
                diffs = _history_diffs(article.revisions, self.options)
            except Exception as error:  # noqa: BLE001 (a page's failure is data, never fatal)
                results.append(self._error(index, name, page, type(error).__name__, error))
                continue
            results.append(WarcHistoryResult(index=index, source=name, url=page, diffs=diffs))
        want = None if self.url is None else _page_key(self.url)
        for problem in problems:
            page = None if problem.url is None else _page_key(problem.url)
            if want is None or page is None or page == want:
                results.append(self._error(index, name, page, "WarcProblem", problem))
        return results

    @staticmethod
    def _error(
        index: int, name: str, url: str | None, kind: str, error: object
    ) -> WarcHistoryResult:
        return WarcHistoryResult(
            index=index,
            source=name,
            url=url,
            error=BatchError(index=index, type=kind, message=str(error)),
        )

    def failed_file(self, index: int, name: str, error: BaseException) -> list[WarcHistoryResult]:
        message = f"{name}: {error}"
        return [self._error(index, name, None, type(error).__name__, message)]


def _run_chunk(work: Callable[[int, Any], R], start: int, items: Sequence[Any]) -> list[R]:
    return [work(start + k, item) for k, item in enumerate(items)]


# --- fan-out -------------------------------------------------------------------------


class _Bar(Protocol):
    def update(self, n: int = 1) -> object: ...
    def close(self) -> object: ...


def _progress_bar(progress: bool | None, total: int | None, desc: str) -> Callable[[], _Bar] | None:
    """A maker of the progress bar to show, or ``None`` for none."""
    if progress is False:
        return None
    if progress is None:
        long_run = total is not None and total > _AUTO_PROGRESS_ITEMS
        if not (long_run and sys.stderr.isatty()):
            return None
    try:
        # Optional and untyped: imported by name, only when a bar is wanted.
        tqdm = importlib.import_module("tqdm.auto").tqdm
    except ImportError:
        if progress is None:
            return None
        msg = "progress=True needs tqdm: pip install 'newsdiff[progress]' (or tqdm)"
        raise ImportError(msg) from None
    return functools.partial(tqdm, total=total, desc=desc, unit=desc.rstrip("s"))


def _check_processes(processes: int | None) -> int:
    if processes is None:
        return os.cpu_count() or 1
    if isinstance(processes, bool) or not isinstance(processes, int):
        raise InvalidTypeError.for_field("processes", processes, "int or None")
    if processes < 1:
        raise ValidationError.for_field("processes", processes, "at least 1")
    return processes


def _check_chunksize(chunksize: int | None, total: int | None, processes: int) -> int:
    if chunksize is None:
        if total is None:
            return 16
        # About four chunks per process: enough to balance uneven items, few
        # enough that the cost of sending each chunk stays small.
        return max(1, min(_MAX_CHUNK, total // (processes * 4)))
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise InvalidTypeError.for_field("chunksize", chunksize, "int or None")
    if chunksize < 1:
        raise ValidationError.for_field("chunksize", chunksize, "at least 1")
    return chunksize


def _fan_out(  # noqa: PLR0913 (one private helper for both public entry points)
    work: Callable[[int, Any], R],
    failed: Callable[[int, BaseException], R],
    items: Iterable[Any],
    *,
    processes: int | None,
    chunksize: int | None,
    progress: bool | None,
    desc: str,
) -> Generator[R, None, None]:
    """Check the arguments now, and return the iterator of ``work(i, item)`` in input order."""
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise InvalidTypeError.for_field(desc, items, "an iterable of items")
    workers = _check_processes(processes)
    total = len(items) if isinstance(items, Sequence) else None
    size = _check_chunksize(chunksize, total, workers)
    make_bar = _progress_bar(progress, total, desc)
    return _results(work, failed, _chunks(items, size), workers, make_bar)


def _results(
    work: Callable[[int, Any], R],
    failed: Callable[[int, BaseException], R],
    chunks: Iterator[tuple[int, list[Any]]],
    workers: int,
    make_bar: Callable[[], _Bar] | None,
) -> Generator[R, None, None]:
    bar = None if make_bar is None else make_bar()
    try:
        if workers == 1:
            for start, chunk in chunks:
                yield from _run_chunk(work, start, chunk)
                if bar is not None:
                    bar.update(len(chunk))
            return
        yield from _pooled(work, failed, chunks, workers, bar)
    finally:
        if bar is not None:
            bar.close()


def _pooled(  # noqa: PLR0915 (the window and its two recovery paths read best together)
    work: Callable[[int, Any], R],
    failed: Callable[[int, BaseException], R],
    chunks: Iterator[tuple[int, list[Any]]],
    workers: int,
    bar: _Bar | None,
) -> Generator[R, None, None]:
    """Run chunks in a pool; a chunk the pool cannot run becomes results, never an exception."""
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)
    # Each entry is a chunk in input order: its future, or its results once known.
    pending: collections.deque[tuple[Any, int, list[Any]]] = collections.deque()
    unsent: collections.deque[tuple[int, list[Any]]] = collections.deque()

    def fill(count: int) -> bool:
        """Send up to *count* more chunks; ``False`` when the pool turned out broken."""
        for _ in range(count):
            if not unsent:
                unsent.extend(itertools.islice(chunks, 1))
            if not unsent:
                return True
            start, chunk = unsent[0]
            try:
                future = pool.submit(_run_chunk, work, start, chunk)
            except concurrent.futures.process.BrokenProcessPool:
                return False
            unsent.popleft()
            pending.append((future, start, chunk))
        return True

    def settle(error: BaseException) -> None:
        """The pool died: keep what finished, fail what it held, start a new pool."""
        nonlocal pool
        for k, (future, start, chunk) in enumerate(pending):
            if isinstance(future, list):
                continue
            if future.done() and not future.cancelled() and future.exception() is None:
                pending[k] = (future.result(), start, chunk)
            else:
                died = WorkerDiedError(error)
                pending[k] = ([failed(start + i, died) for i in range(len(chunk))], start, chunk)
        _stop(pool)
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)

    finished = False
    try:
        # A bounded window of chunks in flight keeps memory flat on corpora of
        # millions of items, and results come back in input order.
        if not fill(workers * 2):
            settle(concurrent.futures.process.BrokenProcessPool("the pool broke"))
        while pending:
            future, start, chunk = pending.popleft()
            if isinstance(future, list):
                done = future
            else:
                try:
                    done = future.result()
                except concurrent.futures.process.BrokenProcessPool as error:
                    # A worker died (the system's out-of-memory killer, a signal):
                    # the pool is gone with every chunk it held.
                    pending.appendleft((future, start, chunk))
                    settle(error)
                    done = pending.popleft()[0]
                except Exception:  # noqa: BLE001 (the chunk could not be sent or returned)
                    # An item that cannot be pickled (or nests too deep to be) never
                    # reached a worker; this process reads it instead, item by item,
                    # so it gets the same result as with processes=1.
                    done = _run_chunk(work, start, chunk)
            while not fill(max(0, workers * 2 - len(pending))):
                settle(concurrent.futures.process.BrokenProcessPool("the pool broke"))
            yield from done
            if bar is not None:
                bar.update(len(done))
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            # Ctrl-C, an error, or the caller stopped early: nobody waits for the
            # chunks still running.
            _stop(pool)


class WorkerDiedError(RuntimeError):
    """The worker process running an item died, so the item has no result.

    Reported (as ``BatchError.type == "WorkerDiedError"``) for every item of
    the chunks the pool held when one of its workers was killed; the run goes
    on in a new pool.
    """

    def __init__(self, cause: BaseException) -> None:
        super().__init__(
            "the worker process running this item died (killed by the system, or out of "
            f"memory) and took the items it held with it: {cause}"
        )


def _stop(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Shut *pool* down now: queued work dropped, running workers terminated."""
    # The executor offers no way to stop running work; its process table is the
    # only handle on the workers (a stdlib private attribute, read defensively).
    processes = list(getattr(pool, "_processes", None) or {})
    handles = [pool._processes[pid] for pid in processes] if processes else []  # noqa: SLF001
    pool.shutdown(wait=False, cancel_futures=True)
    for process in handles:
        if process.is_alive():
            process.terminate()
    for process in handles:
        process.join(timeout=5)


def _chunks(items: Iterable[T], size: int) -> Iterator[tuple[int, list[T]]]:
    iterator = iter(items)
    start = 0
    while chunk := list(itertools.islice(iterator, size)):
        yield start, chunk
        start += len(chunk)


def diff_pairs(  # noqa: PLR0913 (keyword-only knobs of one batch run)
    pairs: Iterable[Any],
    *,
    processes: int | None = None,
    options: DiffOptions | None = None,
    parse_options: Mapping[str, Any] | None = None,
    chunksize: int | None = None,
    progress: bool | None = None,
) -> Generator[PairResult, None, None]:
    """Diff every ``(old, new)`` pair, across processes, yielding results in input order.

    Args:
        pairs: ``(old, new)`` pairs; each side a :class:`~newsdiff.Revision`,
            raw article text, or ``Revision.to_dict()`` data. Consumed lazily:
            a generator over millions of pairs is fine.
        processes: Worker processes; ``None`` means one per CPU, ``1`` runs in
            this process (no pool; best for small batches and debugging).
        options: Aligner thresholds, as for :func:`newsdiff.diff`.
        parse_options: Keyword arguments for :func:`~newsdiff.parse_text`
            when a side is raw text (``tz``, ``dayfirst``...).
        chunksize: Items sent to a worker at once; ``None`` picks about four
            chunks per process (at most 64 items each).
        progress: ``True`` shows a tqdm bar, ``False`` never, ``None`` only on
            long runs on a terminal when tqdm is installed.

    Returns:
        An iterator of :class:`PairResult`, one per pair, ``result.index``
        being the pair's position. A pair that fails (bad type, invalid
        data, any exception in parse or diff) gives a result whose ``error``
        is a :class:`BatchError`; the run goes on. A worker process that
        dies (killed by the system) fails the items it held, with
        :class:`WorkerDiedError`, and the run goes on in a new pool. Closing
        the generator early (or Ctrl-C) terminates the workers at once.
    """
    job = _Job(options=_options(options), parse_options=parse_options)
    return _fan_out(
        job.pair,
        job.pair_failed,
        pairs,
        processes=processes,
        chunksize=chunksize,
        progress=progress,
        desc="pairs",
    )


def diff_histories(  # noqa: PLR0913 (keyword-only knobs of one batch run)
    articles: Iterable[Any],
    *,
    processes: int | None = None,
    options: DiffOptions | None = None,
    parse_options: Mapping[str, Any] | None = None,
    chunksize: int | None = None,
    progress: bool | None = None,
) -> Generator[HistoryResult, None, None]:
    """Diff every article's consecutive revisions, across processes, in input order.

    Each article is an :class:`~newsdiff.Article` or ``Article.to_dict()``
    data (diffed in the article's time order, as :meth:`newsdiff.Article.diffs`),
    or a sequence of revisions, each a :class:`~newsdiff.Revision`, raw text or
    ``Revision.to_dict()`` data, diffed **in the order given** (oldest first:
    raw texts carry no time to sort them by). Other arguments are as for :func:`diff_pairs`.
    One :class:`HistoryResult` per article; an article that fails carries a
    :class:`BatchError` and the run goes on.
    """
    job = _Job(options=_options(options), parse_options=parse_options)
    return _fan_out(
        job.history,
        job.history_failed,
        articles,
        processes=processes,
        chunksize=chunksize,
        progress=progress,
        desc="articles",
    )


def diff_warc(  # noqa: PLR0913 (keyword-only knobs of one batch run)
    files: Iterable[str | os.PathLike[str]],
    *,
    processes: int | None = None,
    url: str | None = None,
    options: DiffOptions | None = None,
    tz: str | None = None,
    dayfirst: bool = False,
    progress: bool | None = None,
) -> Generator[WarcHistoryResult, None, None]:
    """Diff the history of every page found in WARC files, one file per task, across processes.

    Each file is read by one worker with :func:`newsdiff.warc.read_warc` (the
    ``warc`` and ``html`` extras): its pages become articles, each diffed as
    :func:`diff_histories` does. Captures of one page are joined **within a
    file only**: a page captured in two files gives two results (read them
    together with :func:`~newsdiff.warc.read_warc` when it matters).

    Results come in a stable order: files in the order given; within a file,
    its pages in the order of their first capture, then the records it
    skipped, in file order. Each is a :class:`WarcHistoryResult` (a
    :class:`HistoryResult` that also names its ``source`` file and page
    ``url``; ``index`` is the file's position). A record skipped (see
    :func:`~newsdiff.warc.read_captures`), a page whose captures do not form
    one article, a file that cannot be opened or read, and a worker that dies
    each give a result with an ``error`` naming the file (and the record's
    offset and URL when known); the run goes on. With *url* only that page
    is read (and only the problems that concern it, or name no page, are
    reported; a *url* without a scheme is read as ``https://``). *tz* and
    *dayfirst* are for times on the pages that give no zone; *processes*,
    *options* and *progress* are as for :func:`diff_pairs` (the bar counts files).
    """
    job = _WarcJob(options=_options(options), url=url, tz=tz, dayfirst=dayfirst)
    given: object = files
    if isinstance(given, str | bytes | os.PathLike | Mapping) or not isinstance(given, Iterable):
        raise InvalidTypeError.for_field("files", files, "an iterable of WARC file paths")
    # A list of paths is small; held here, a dead worker's files are named by path.
    paths = list(files)
    per_file = _fan_out(
        job.file,
        functools.partial(_warc_failed, job, _file_names(paths)),
        paths,
        processes=processes,
        chunksize=1,
        progress=progress,
        desc="files",
    )
    return (result for results in per_file for result in results)


def _file_names(paths: Sequence[Any]) -> list[str]:
    return [
        os.fspath(p) if isinstance(p, str | os.PathLike) else f"files[{k}]"
        for k, p in enumerate(paths)
    ]


def _warc_failed(
    job: _WarcJob, names: Sequence[str], index: int, error: BaseException
) -> list[WarcHistoryResult]:
    """The result of a file whose worker died (called in this process, never pickled)."""
    return job.failed_file(index, str(names[index]), error)


def warc_records(  # noqa: PLR0913 (keyword-only knobs of one task)
    path: str | os.PathLike[str],
    *,
    index: int = 0,
    url: str | None = None,
    options: DiffOptions | None = None,
    tz: str | None = None,
    dayfirst: bool = False,
) -> list[dict[str, Any]]:
    """The history results of one WARC file as JSON-ready dicts; never raises for a bad file.

    What one task of :func:`diff_warc` does, for other engines (see
    :func:`newsdiff.dask.warc_bag`): a list of ``WarcHistoryResult.to_dict()``
    data, ``{"index", "source", "url", "ok", "diffs", "error"}``, *index*
    being the file's position in the caller's list.
    """
    job = _WarcJob(options=_options(options), url=url, tz=tz, dayfirst=dayfirst)
    return [result.to_dict() for result in job.file(index, path)]


def _options(options: Any) -> DiffOptions | None:
    if options is not None and not isinstance(options, DiffOptions):
        raise InvalidTypeError.for_field("options", options, "DiffOptions or None")
    return options


# --- record functions for any engine ---------------------------------------------------


def diff_record(
    record: Mapping[str, Any],
    *,
    options: DiffOptions | None = None,
    parse_options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Diff one JSON record ``{"old": ..., "new": ..., "key": ...}``; JSON-ready dict out.

    ``old`` and ``new`` are ``Revision.to_dict()`` data or raw text; ``key``
    (optional, any JSON value) is passed through to tie the result to its
    input. The result is ``{"key", "ok", "diff", "error"}`` where ``diff`` is
    ``Diff.to_dict()`` data, or ``None`` and ``error`` is ``{"type",
    "message"}``. Never raises for a bad record: for engines (Dask, Spark,
    Ray) where one failure must not kill the job.

    >>> out = diff_record({"key": "a1", "old": "Hama fell.", "new": "Hama fell on Friday."})
    >>> out["key"], out["ok"], [c["op"] for c in out["diff"]["changes"]]
    ('a1', True, ['edited'])
    """
    key = _key(record)
    try:
        _check_record(record, ("old", "new"))
        result = diff(
            revision_of(record["old"], field="record.old", parse_options=parse_options),
            revision_of(record["new"], field="record.new", parse_options=parse_options),
            options=_options(options),
        ).to_dict()
    except Exception as error:  # noqa: BLE001 (a record's failure is data, never fatal)
        return {"key": key, "ok": False, "diff": None, "error": _error_data(error)}
    return {"key": key, "ok": True, "diff": result, "error": None}


def history_record(
    record: Mapping[str, Any],
    *,
    options: DiffOptions | None = None,
    parse_options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Diff one article record ``{"revisions": [...], "key": ...}``; JSON-ready dict out.

    ``revisions`` holds ``Revision.to_dict()`` data or raw texts, diffed in
    the order given; ``Article.to_dict()`` output (with its ``"schema"`` key)
    is a valid record too, diffed in the article's time order. The result is
    ``{"key", "ok", "diffs", "error"}``, ``diffs`` being ``Diff.to_dict()``
    data for each consecutive step in time order. Never raises for a bad record.
    """
    key = _key(record)
    try:
        _check_record(record, ("revisions",))
        revisions = _history(record, "record.revisions", parse_options)
        diffs = [d.to_dict() for d in _history_diffs(revisions, _options(options))]
    except Exception as error:  # noqa: BLE001 (a record's failure is data, never fatal)
        return {"key": key, "ok": False, "diffs": [], "error": _error_data(error)}
    return {"key": key, "ok": True, "diffs": diffs, "error": None}


def _key(record: object) -> Any:
    return record.get("key") if isinstance(record, Mapping) else None


def _check_record(record: Any, needed: tuple[str, ...]) -> None:
    if not isinstance(record, Mapping):
        raise InvalidTypeError.for_field("record", record, f"a mapping with keys {list(needed)}")
    missing = [name for name in needed if name not in record]
    if missing:
        raise ValidationError.for_field("record", sorted(record), f"missing keys {missing}")


def _error_data(error: BaseException) -> dict[str, str]:
    return {"type": type(error).__name__, "message": str(error)}
