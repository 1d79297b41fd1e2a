"""Throughput of parse_text and the sentence segmenter on ~1 MB of news text, vs syntok and pysbd.

Usage::

    python benchmarks/parse_speed.py [DATASET_DIR] [--size 1000000] [--repeat 5]

DATASET_DIR is a NewsDiscourse folder holding ``sentences.jsonl``: its
articles, one paragraph a line, make the text (real news; nothing is copied
into the repository). Without it the seed article's paragraphs are repeated
with varied figures. Printed in MB/s (UTF-8 bytes), medians of interleaved
repeats:

* ``parse_text`` on the whole text (paragraphs, notes, boilerplate, sentence
  segmentation, quotes, speakers, roles);
* the segmenter alone (``sentence_spans``) paragraph by paragraph, and syntok
  and pysbd on the same paragraphs (their adapters come from
  ``benchmarks/segmentation.py``). pysbd is slow, so it reads a 1/16 slice;
  MB/s is comparable because every segmenter here is linear.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _common import DEFAULT_DATASET, Row, Table, news_text, side_by_side
from segmentation import make_pysbd, make_syntok, newsdiff_ends

from newsdiff._reading._parse import parse_text


def run(table: Table, repeat: int, dataset: Path | None, size: int = 1_000_000) -> None:
    """Measure parse and segmentation speed and add the rows to *table*."""
    text, origin = news_text(size, dataset)
    megabytes = len(text.encode("utf-8")) / 1e6
    paragraphs = [line for line in text.splitlines() if line.strip()]
    slice_ = paragraphs[: max(1, len(paragraphs) // 16)]
    slice_mb = sum(len(p.encode("utf-8")) + 1 for p in slice_) / 1e6
    syntok, pysbd = make_syntok(), make_pysbd()

    def segment(ends: object, paras: list[str]) -> None:
        for paragraph in paras:
            ends(paragraph)  # type: ignore[operator]

    times = side_by_side(
        {
            "parse_text": lambda: parse_text(text),
            "newsdiff": lambda: segment(newsdiff_ends, paragraphs),
            "syntok": lambda: segment(syntok, paragraphs),
            "pysbd": lambda: segment(pysbd, slice_),
        },
        max(1, repeat // 2) if megabytes > 0.5 else repeat,
    )
    speed = {name: megabytes / t for name, t in times.items()}
    speed["pysbd"] = slice_mb / times["pysbd"]
    what = f"{megabytes:.1f} MB, {origin}"
    table.add(
        Row(
            "parse",
            f"parse_text, {what}",
            f"{speed['parse_text']:.2f} MB/s",
            f"syntok {speed['syntok']:.2f} MB/s",
            f"{speed['syntok'] / speed['parse_text']:.2f}x",
        )
    )
    for name in ("syntok", "pysbd"):
        table.add(
            Row(
                "segment",
                f"segmenter vs {name}, {what}",
                f"{speed['newsdiff']:.2f} MB/s",
                f"{name} {speed[name]:.2f} MB/s",
                f"{speed[name] / speed['newsdiff']:.3f}x",
            )
        )


def main() -> None:
    """Print the parse and segmentation rows of the results table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    run(Table(), args.repeat, args.dataset, args.size)


if __name__ == "__main__":
    main()
