"""Diff corpora beyond one machine with Dask bags (the ``newsdiff[dask]`` extra).

Records in, records out, all plain JSON-ready dicts, so a bag can be read from
and written to JSON lines on any file system Dask knows (local, S3, GCS...):

* a **pair record** is ``{"old": ..., "new": ..., "key": ...}``, where ``old``
  and ``new`` are ``Revision.to_dict()`` data or raw article text, and ``key``
  (optional, any JSON value) ties the result to its input;
  :func:`diff_bag` maps it to ``{"key", "ok", "diff", "error"}``;
* a **history record** is ``{"revisions": [...], "key": ...}``
  (``Article.to_dict()`` output is one); :func:`history_bag` maps it to
  ``{"key", "ok", "diffs", "error"}``, one diff per consecutive step.

* a **WARC file** is one partition: :func:`warc_bag` reads each file given
  (one task per file, with :func:`newsdiff.batch.warc_records`) and gives one
  ``{"index", "source", "url", "ok", "diffs", "error"}`` result per page found,
  or per record skipped (needs the ``warc`` and ``html`` extras on every
  worker, and paths every worker can open).

A record that fails (invalid data, a parse error) gives ``"ok": false`` and an
``"error"`` of ``{"type", "message"}``; the job goes on. The per-record work is
:func:`newsdiff.batch.diff_record` / :func:`newsdiff.batch.history_record`,
which any other engine can map as well.

On one machine, with Dask's local scheduler (Dask's process workers import
the script, so the work sits under ``if __name__ == "__main__":``)::

    import json
    import dask.bag as db
    from newsdiff.dask import diff_bag

    if __name__ == "__main__":
        records = db.read_text("pairs-*.jsonl").map(json.loads)
        diff_bag(records).map(json.dumps).to_textfiles("diffs-*.jsonl")

WARC files, one partition each, the results flattened into one JSON-lines file
per partition::

    import glob
    import json
    from newsdiff.dask import warc_bag

    if __name__ == "__main__":
        results = warc_bag(sorted(glob.glob("crawl/*.warc.gz")))
        results.map(json.dumps).to_textfiles("histories-*.jsonl")

On a cluster, connect a :class:`dask.distributed.Client` first; the same code
then runs on its workers (each needs ``newsdiff`` installed)::

    from dask.distributed import Client

    if __name__ == "__main__":
        client = Client("tcp://scheduler:8786")
        records = db.read_text("s3://bucket/pairs-*.jsonl").map(json.loads)
        diff_bag(records).map(json.dumps).to_textfiles("s3://bucket/diffs-*.jsonl")
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from newsdiff._model._changes import DiffOptions
from newsdiff.batch import diff_record, history_record, warc_records
from newsdiff.exceptions import InvalidTypeError, ValidationError

if TYPE_CHECKING:
    import dask.bag

__all__ = ["diff_bag", "from_records", "history_bag", "warc_bag"]

_MISSING = "newsdiff.dask needs Dask: pip install 'newsdiff[dask]'"


def _bag_module() -> Any:
    try:
        import dask.bag  # noqa: PLC0415 (optional dependency, imported on first use)
    except ImportError as error:
        raise ImportError(_MISSING) from error
    return dask.bag


def _plain(parse_options: Mapping[str, Any] | None) -> dict[str, Any] | None:
    # Dask pickles the keyword arguments of a map: a plain dict pickles everywhere.
    return None if parse_options is None else dict(parse_options)


def _check_bag(bag: Any) -> None:
    if not isinstance(bag, _bag_module().Bag):
        raise InvalidTypeError.for_field("bag", bag, "a dask.bag.Bag of records")


def _check_options(options: Any) -> None:
    if options is not None and not isinstance(options, DiffOptions):
        raise InvalidTypeError.for_field("options", options, "DiffOptions or None")


def from_records(records: Iterable[Any], *, partitions: int = 8) -> dask.bag.Bag:
    """A bag of *records* held in memory, split into *partitions* (for tests and small runs).

    For corpora on disk, read them with ``dask.bag.read_text(...).map(json.loads)``.
    """
    if isinstance(partitions, bool) or not isinstance(partitions, int):
        raise InvalidTypeError.for_field("partitions", partitions, "a positive int")
    if partitions < 1:
        raise ValidationError.for_field("partitions", partitions, "at least 1")
    items = list(records)
    bag = _bag_module().from_sequence(items, npartitions=max(1, min(partitions, len(items))))
    return cast("dask.bag.Bag", bag)


def diff_bag(
    bag: dask.bag.Bag,
    *,
    options: DiffOptions | None = None,
    parse_options: Mapping[str, Any] | None = None,
) -> dask.bag.Bag:
    """A lazy bag of diff results, one per pair record of *bag*, in the same order.

    Each result is ``{"key", "ok", "diff", "error"}`` (``diff`` is
    ``Diff.to_dict()`` data); see :func:`newsdiff.batch.diff_record`.
    *options* are the aligner's thresholds; *parse_options* are keyword
    arguments for :func:`~newsdiff.parse_text` when a side is raw text.
    Nothing runs until the bag is computed or written.
    """
    _check_bag(bag)
    _check_options(options)
    mapped = bag.map(diff_record, options=options, parse_options=_plain(parse_options))  # type: ignore[no-untyped-call]
    return cast("dask.bag.Bag", mapped)


def history_bag(
    bag: dask.bag.Bag,
    *,
    options: DiffOptions | None = None,
    parse_options: Mapping[str, Any] | None = None,
) -> dask.bag.Bag:
    """A lazy bag of history results, one per article record of *bag*, in the same order.

    Each result is ``{"key", "ok", "diffs", "error"}``; see
    :func:`newsdiff.batch.history_record`. Flatten to one row per step with
    ``history_bag(bag).map(lambda r: r["diffs"]).flatten()``.
    """
    _check_bag(bag)
    _check_options(options)
    mapped = bag.map(history_record, options=options, parse_options=_plain(parse_options))  # type: ignore[no-untyped-call]
    return cast("dask.bag.Bag", mapped)


def warc_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    url: str | None = None,
    options: DiffOptions | None = None,
    tz: str | None = None,
    dayfirst: bool = False,
) -> dask.bag.Bag:
    """A lazy bag of history results from WARC files, one partition (and one task) per file.

    Each file is read as :func:`newsdiff.batch.diff_warc` reads it (captures of
    a page are joined within a file only); the bag holds
    ``WarcHistoryResult.to_dict()`` data, ``{"index", "source", "url", "ok",
    "diffs", "error"}``: one per page found, in the order of its first capture,
    then one per record skipped, files in the order given (``index`` is the
    file's position). A file that cannot be read gives a result with an
    ``error``; the job goes on. *url* reads that page only; *tz* and
    *dayfirst* are for times on the pages that give no zone.
    """
    if isinstance(paths, str | os.PathLike) or not isinstance(paths, Iterable):
        raise InvalidTypeError.for_field("paths", paths, "an iterable of WARC file paths")
    _check_options(options)
    names = [os.fspath(p) if isinstance(p, os.PathLike) else p for p in paths]
    for k, name in enumerate(names):
        if not isinstance(name, str):
            raise InvalidTypeError.for_field(f"paths[{k}]", name, "a path to a WARC file")
    if not names:
        raise ValidationError.for_field("paths", names, "at least one WARC file")
    files = _bag_module().from_sequence(list(enumerate(names)), npartitions=len(names))
    mapped = files.map(_warc_task, url=url, options=options, tz=tz, dayfirst=dayfirst).flatten()
    return cast("dask.bag.Bag", mapped)


def _warc_task(
    item: tuple[int, str],
    *,
    url: str | None,
    options: DiffOptions | None,
    tz: str | None,
    dayfirst: bool,
) -> list[dict[str, Any]]:
    index, path = item
    return warc_records(path, index=index, url=url, options=options, tz=tz, dayfirst=dayfirst)
