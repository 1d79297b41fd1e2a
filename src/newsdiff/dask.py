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

On a cluster, connect a :class:`dask.distributed.Client` first; the same code
then runs on its workers (each needs ``newsdiff`` installed)::

    from dask.distributed import Client

    if __name__ == "__main__":
        client = Client("tcp://scheduler:8786")
        records = db.read_text("s3://bucket/pairs-*.jsonl").map(json.loads)
        diff_bag(records).map(json.dumps).to_textfiles("s3://bucket/diffs-*.jsonl")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from newsdiff._model._changes import DiffOptions
from newsdiff.batch import diff_record, history_record
from newsdiff.exceptions import InvalidTypeError, ValidationError

if TYPE_CHECKING:
    import dask.bag

__all__ = ["diff_bag", "from_records", "history_bag"]

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
