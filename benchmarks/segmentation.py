"""Sentence-boundary accuracy and speed of newsdiff's segmenter against syntok and pysbd.

Usage::

    python benchmarks/segmentation.py DATASET_DIR [--split validation] [--show-errors N]

DATASET_DIR is a NewsDiscourse folder holding ``sentences.jsonl`` (one
hand-segmented sentence a line with ``doc``, ``i``, ``para`` and ``split``).
Each paragraph's sentences are joined with one space and segmented again; a
boundary is the character offset where a sentence ends (the paragraph's own
end included, so one-sentence paragraphs count). Precision, recall and F1 are
micro-averaged over all paragraphs of the split; MB/s is UTF-8 megabytes of
paragraph text segmented per second (best of ``--repeat`` runs).

syntok and pysbd are imported here only; they are not dependencies of newsdiff.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from newsdiff._analysis._segment import sentence_spans

Ends = Callable[[str], set[int]]


def load_paragraphs(dataset: Path, split: str) -> list[tuple[str, set[int], int]]:
    """Return ``(text, gold end offsets, sentence count)`` for every paragraph of *split*."""
    grouped: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    with (dataset / "sentences.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if split not in ("all", row["split"]):
                continue
            grouped[row["doc"], row["para"]].append((row["i"], row["text"].strip()))
    paragraphs = []
    for key in sorted(grouped):
        sentences = [text for _, text in sorted(grouped[key]) if text]
        ends: set[int] = set()
        offset = 0
        for sentence in sentences:
            offset += len(sentence)
            ends.add(offset)
            offset += 1
        paragraphs.append((" ".join(sentences), ends, len(sentences)))
    return paragraphs


def newsdiff_ends(text: str) -> set[int]:
    """Sentence end offsets from newsdiff."""
    return {end for _, end in sentence_spans(text)}


def make_syntok() -> Ends:
    """Sentence end offsets from syntok."""
    from syntok import segmenter

    def ends(text: str) -> set[int]:
        found = set()
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                token = sentence[-1]
                found.add(token.offset + len(token.value))
        return found

    return ends


def make_pysbd() -> Ends:
    """Sentence end offsets from pysbd (char spans, trailing space removed)."""
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def ends(text: str) -> set[int]:
        return {span.start + len(span.sent.rstrip()) for span in seg.segment(text)}

    return ends


def score(
    paragraphs: list[tuple[str, set[int], int]], ends: Ends, repeat: int
) -> tuple[float, float, float, float, list[tuple[str, set[int], set[int]]]]:
    """Return P, R, F1, MB/s and the paragraphs with errors for one segmenter."""
    best = float("inf")
    predicted: list[set[int]] = []
    for _ in range(repeat):
        began = time.perf_counter()
        predicted = [ends(text) for text, _, _ in paragraphs]
        best = min(best, time.perf_counter() - began)
    true_pos = false_pos = false_neg = 0
    errors = []
    for (text, gold, _), got in zip(paragraphs, predicted, strict=True):
        true_pos += len(gold & got)
        false_pos += len(got - gold)
        false_neg += len(gold - got)
        if got != gold:
            errors.append((text, gold, got))
    precision = true_pos / max(1, true_pos + false_pos)
    recall = true_pos / max(1, true_pos + false_neg)
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    megabytes = sum(len(text.encode()) for text, _, _ in paragraphs) / 1e6
    return precision, recall, f1, megabytes / best, errors


def mark(text: str, gold: set[int], got: set[int]) -> str:
    """Show *text* with missed boundaries as ⟦+⟧ and spurious ones as ⟦-⟧."""
    out = []
    for index, char in enumerate(text):
        out.append(char)
        at = index + 1
        if at in gold and at not in got:
            out.append("⟦+⟧")
        elif at in got and at not in gold:
            out.append("⟦-⟧")
    return "".join(out)


def breakdown(errors: list[tuple[str, set[int], set[int]]]) -> dict[str, int]:
    """Sort wrong boundaries into kinds, to tell annotation noise from real mistakes."""
    kinds: dict[str, int] = defaultdict(int)
    for text, gold, got in errors:
        for at in gold - got:
            token = text[:at].rsplit(maxsplit=1)[-1]
            following = text[at:].lstrip()[:1]
            if following.islower():
                kind = "missed: gold splits before a lower-case word"
            elif token.endswith(".") and len(token.rstrip(".")) <= 4 and token[0].isupper():
                kind = "missed: gold splits after a short abbreviation (Mr., No., U.S., J.)"
            else:
                kind = "missed: other"
            kinds[kind] += 1
        for at in got - gold:
            if text[at - 1] in "\"”'’" and text[at - 2] in ".!?":
                kind = "extra: split after a closing quote, gold does not"
            else:
                kind = "extra: other"
            kinds[kind] += 1
    return dict(sorted(kinds.items()))


def report(
    split: str,
    paragraphs: list[tuple[str, set[int], int]],
    systems: Iterable[tuple[str, Ends]],
    args: argparse.Namespace,
) -> None:
    """Print one table for *split*, and newsdiff's errors when asked."""
    sentences = sum(count for _, _, count in paragraphs)
    print(f"\nsplit={split}: {len(paragraphs)} paragraphs, {sentences} sentences")
    print(f"{'segmenter':<10} {'F1':>7} {'P':>7} {'R':>7} {'MB/s':>8} {'paras wrong':>12}")
    for name, ends in systems:
        precision, recall, f1, speed, errors = score(paragraphs, ends, args.repeat)
        print(f"{name:<10} {f1:7.4f} {precision:7.4f} {recall:7.4f} {speed:8.2f} {len(errors):12d}")
        if name == "newsdiff" and args.breakdown:
            for kind, count in breakdown(errors).items():
                print(f"    {count:5d}  {kind}")
        if name == "newsdiff" and args.show_errors:
            for text, gold, got in errors[: args.show_errors]:
                print(f"    {mark(text, gold, got)}", file=sys.stderr)


def main() -> None:
    """Parse arguments and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="NewsDiscourse folder with sentences.jsonl")
    parser.add_argument(
        "--split",
        choices=["train", "validation", "all", "both"],
        default="both",
        help="which split to score; 'both' prints train and validation separately",
    )
    parser.add_argument(
        "--show-errors",
        type=int,
        default=0,
        metavar="N",
        help="print N paragraphs newsdiff gets wrong (to stderr)",
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="count newsdiff's wrong boundaries by kind"
    )
    parser.add_argument("--only-newsdiff", action="store_true", help="skip syntok and pysbd")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    args = parser.parse_args()

    systems: list[tuple[str, Ends]] = [("newsdiff", newsdiff_ends)]
    if not args.only_newsdiff:
        systems += [("syntok", make_syntok()), ("pysbd", make_pysbd())]
    splits = ["train", "validation"] if args.split == "both" else [args.split]
    for split in splits:
        report(split, load_paragraphs(args.dataset, split), systems, args)


if __name__ == "__main__":
    main()
