"""Real histories through several WARC files and newsdiff.batch.diff_warc.

Usage::

    python benchmarks/warc_batch.py DATASET/versions-real [--files 8] [--limit N]

The histories of the folder are dealt round-robin into ``--files`` gzipped
WARC files (each history whole in one file, as ``benchmarks/warc_histories.py``
writes them) in a temporary folder, plus one file cut short and one missing
path, so bad files are in the run. Then:

* :func:`newsdiff.batch.diff_warc` with one process and with two: the results
  must be the same, in the same order; every page's diffs must be those of the
  article :func:`newsdiff.warc.read_warc` reads from its file;
* the bad files must give error results naming them, and the run must reach
  the files after them.

Times: reading and diffing every file with one process and with two, per capture
(on a shared machine the ratio says more than the times).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from warc_histories import histories, write_warc

from newsdiff import clear_caches
from newsdiff.batch import WarcHistoryResult, diff_warc
from newsdiff.warc import read_warc


def _run(files: list[Path], processes: int) -> tuple[list[WarcHistoryResult], float]:
    clear_caches()
    t0 = time.perf_counter()
    results = list(diff_warc(files, processes=processes, progress=False))
    return results, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    """Write the WARC files, diff them in batch, check and time; print a short report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="the versions-real folder")
    parser.add_argument("--files", type=int, default=8, help="WARC files to deal histories into")
    parser.add_argument("--limit", type=int, default=0, help="only the first N histories")
    args = parser.parse_args(argv)
    items = list(histories(args.dataset))
    if args.limit:
        items = items[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = [folder / f"part-{k:02}.warc.gz" for k in range(args.files)]
        records = sum(
            write_warc(path, items[k :: args.files], gzip=True) for k, path in enumerate(files)
        )
        whole = files[0].read_bytes()
        cut = folder / "cut.warc.gz"
        cut.write_bytes(whole[: len(whole) // 2])
        missing = folder / "missing.warc.gz"
        run = [files[0], cut, missing, *files[1:]]
        one, t_one = _run(run, 1)
        two, t_two = _run(run, 2)
        expected = {
            (str(path), a.revisions[0].url): tuple(a.diffs())
            for path in files
            for a in read_warc(path, on_problem=lambda _: None)
        }
    pages = [r for r in one if r.ok]
    errors = [r for r in one if not r.ok]
    same_diffs = sum(expected.get((r.source, r.url)) == r.diffs for r in pages)
    bad_named = all(r.error is not None and r.source in r.error.message for r in errors)
    print(f"histories: {len(items)} in {args.files} WARC files, captures written: {records}")
    print(f"results: {len(one)} ({len(pages)} pages, {len(errors)} errors)")
    print(f"pages whose diffs are read_warc's: {same_diffs}/{len(expected)}")
    print(f"one process and two give the same results in order: {one == two}")
    print(
        f"errors: cut file {sum(r.source == str(cut) for r in errors)}, "
        f"missing file {sum(r.source == str(missing) for r in errors)}; "
        f"every error names its file: {bad_named}"
    )
    print(f"files after the bad ones reached: {one[-1].index == len(run) - 1}")
    per = 1000 / max(records, 1)
    print(f"diff_warc, 1 process:  {t_one * per:6.2f} ms per capture")
    print(f"diff_warc, 2 processes: {t_two * per:6.2f} ms per capture ({t_one / t_two:.2f}x)")
    ok = same_diffs == len(expected) == len(pages) - sum(r.source == str(cut) for r in pages)
    return 0 if ok and one == two and bad_named else 1


if __name__ == "__main__":
    sys.exit(main())
