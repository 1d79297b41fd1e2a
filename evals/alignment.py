"""Sentence-alignment quality of ``newsdiff.diff`` against hand-aligned version pairs.

Usage::

    python evals/alignment.py DATASET_DIR [CASES_DIR ...] [--synthetic SENTENCES_JSONL]

Each directory holds JSON files in the alignment-real format (``old`` and
``new`` as paragraphs of sentences, ``links`` with ``old``/``new`` index lists
and a ``type``). Revisions are built from the sentences as given and diffed;
a link is a pair (old sentence, new sentence), so a split into two counts as
two links. The script prints link precision, recall and F1 over all links and
over the non-identical links alone (edited, moved, split, merged), micro-averaged
per directory, next to a greedy difflib word-ratio matcher whose threshold is
tuned on that same directory (an optimistic baseline).

``--synthetic`` takes NewsDiscourse's ``sentences.jsonl`` and makes edited
versions of its first ``--articles`` articles (seeded, so the figures
reproduce): words reworded, figures changed, clauses dropped, quotation marks
restyled, sentences deleted, inserted (from other articles), split and
merged, paragraphs moved. The edit log is the gold alignment. Nothing from the
dataset is written anywhere.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsdiff import Revision
from newsdiff._compare._diff import diff

Pair = tuple[int, int]


def load(directory: Path) -> list[dict[str, Any]]:
    """Every case (JSON file) in *directory*, by file name."""
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))
    ]


def flat(paragraphs: list[list[str]]) -> list[str]:
    """The sentences of *paragraphs*, in order."""
    return [s for p in paragraphs for s in p]


def gold(case: dict[str, Any]) -> tuple[set[Pair], set[Pair]]:
    """All gold link pairs, and the non-identical ones."""
    every: set[Pair] = set()
    changed: set[Pair] = set()
    for link in case["links"]:
        pairs = {(o, n) for o in link["old"] for n in link["new"]}
        every |= pairs
        if link["type"] != "unchanged":
            changed |= pairs
    return every, changed


def split_changed(pairs: Iterable[Pair], old: list[str], new: list[str]) -> set[Pair]:
    """The pairs whose texts differ (after whitespace folding)."""
    return {(o, n) for o, n in pairs if " ".join(old[o].split()) != " ".join(new[n].split())}


def newsdiff_pairs(case: dict[str, Any]) -> set[Pair]:
    """Link pairs found by ``newsdiff.diff``."""
    a = Revision.from_paragraphs(case["old"], headline=case.get("old_headline"))
    b = Revision.from_paragraphs(case["new"], headline=case.get("new_headline"))
    d = diff(a, b)
    pairs: set[Pair] = set()
    used_old: set[int] = set()
    used_new: set[int] = set()
    for change in (*d.changes, *d.reanalysed):
        used_old.update(change.old_indices)
        used_new.update(change.new_indices)
        pairs |= {(o, n) for o in change.old_indices for n in change.new_indices}
    free_old = [i for i in range(len(a.sentences)) if i not in used_old]
    free_new = [i for i in range(len(b.sentences)) if i not in used_new]
    pairs |= set(zip(free_old, free_new, strict=True))
    return pairs


def _ratio(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def difflib_scores(case: dict[str, Any]) -> list[tuple[float, int, int]]:
    """Word-ratio of every sentence pair, best first (the greedy baseline's input)."""
    old = [s.split() for s in flat(case["old"])]
    new = [s.split() for s in flat(case["new"])]
    scores = [(_ratio(a, b), i, j) for i, a in enumerate(old) for j, b in enumerate(new)]
    return sorted(scores, key=lambda t: (-t[0], t[1], t[2]))


def greedy(scores: list[tuple[float, int, int]], threshold: float) -> set[Pair]:
    """Pair best-first above *threshold*, each sentence once."""
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: set[Pair] = set()
    for score, i, j in scores:
        if score < threshold:
            break
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.add((i, j))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    cases: list[dict[str, Any]], predicted: list[set[Pair]]
) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """Micro-averaged P/R/F1 over all links and over non-identical links."""
    counts = [0] * 6
    for case, pred in zip(cases, predicted, strict=True):
        every, changed = gold(case)
        pred_changed = split_changed(pred, flat(case["old"]), flat(case["new"]))
        for k, value in enumerate(
            (
                len(pred & every),
                len(pred),
                len(every),
                len(pred_changed & changed),
                len(pred_changed),
                len(changed),
            )
        ):
            counts[k] += value
    return prf(*counts[:3]), prf(*counts[3:])


def _fmt(label: str, result: tuple[tuple[float, float, float], tuple[float, float, float]]) -> str:
    (p, r, f), (pc, rc, fc) = result
    return (
        f"  {label:<28} all: P {p:.3f} R {r:.3f} F1 {f:.3f}   "
        f"non-identical: P {pc:.3f} R {rc:.3f} F1 {fc:.3f}"
    )


def report_cases(label: str, cases: list[dict[str, Any]]) -> None:
    """Print newsdiff and the tuned baseline on *cases*."""
    n_links = sum(len(gold(c)[0]) for c in cases)
    n_changed = sum(len(gold(c)[1]) for c in cases)
    print(f"{label} ({len(cases)} pairs, {n_links} links, {n_changed} non-identical)")
    print(_fmt("newsdiff.diff", score(cases, [newsdiff_pairs(c) for c in cases])))
    all_scores = [difflib_scores(c) for c in cases]
    best: tuple[float, float] | None = None
    for step in range(20, 96):
        threshold = step / 100
        result = score(cases, [greedy(s, threshold) for s in all_scores])
        key = (result[0][2] + result[1][2], -threshold)
        if best is None or key > (best[0], -best[1]):
            best = (key[0], threshold)
    assert best is not None
    threshold = best[1]
    result = score(cases, [greedy(s, threshold) for s in all_scores])
    print(_fmt(f"difflib greedy (t={threshold:.2f})", result))


def main(argv: list[str]) -> int:
    """Entry point."""
    args = list(argv[1:])
    synthetic: Path | None = None
    articles = 100
    if "--articles" in args:
        k = args.index("--articles")
        articles = int(args[k + 1])
        del args[k : k + 2]
    if "--synthetic" in args:
        k = args.index("--synthetic")
        synthetic = Path(args[k + 1])
        del args[k : k + 2]
    if not args and synthetic is None:
        print(__doc__)
        return 2
    for name in args:
        report_cases(name, load(Path(name)))
    if synthetic is not None:
        from synthetic_edits import edited_cases

        label = f"{synthetic} (synthetic edits, first {articles} articles)"
        report_cases(label, edited_cases(synthetic, articles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
