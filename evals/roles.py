"""Measure sentence roles against NewsDiscourse.

Usage: ``python evals/roles.py NEWSDISCOURSE_DIR [--split validation]``

``NEWSDISCOURSE_DIR`` holds ``sentences.jsonl`` (NewsDiscourse, Choubey et al.,
ACL 2020; github.com/prafulla77/Discourse_Profiling). Each document is given
to :func:`newsdiff._analysis._analyse.analyse` as its paragraphs of sentences (the
dataset's own split), with no publication date, and the role of every
sentence is compared with the gold label mapped as follows: speech-flagged ->
QUOTE; Main, Main_Consequence -> FACT; Cause_Specific, Cause_General,
Distant_Historical -> BACKGROUND; Distant_Evaluation,
Distant_Expectations_Consequences -> ANALYSIS; NA -> META; Distant_Anecdotal
left out. The model is trained on ``train`` only (``tools/train_roles.py``,
which takes this mapping from here).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsdiff._analysis._analyse import analyse
from newsdiff._base._kinds import QuoteKind, Role
from newsdiff._model._parts import Sentence

LABELS = {
    "Main": Role.FACT,
    "Main_Consequence": Role.FACT,
    "Cause_Specific": Role.BACKGROUND,
    "Cause_General": Role.BACKGROUND,
    "Distant_Historical": Role.BACKGROUND,
    "Distant_Evaluation": Role.ANALYSIS,
    "Distant_Expectations_Consequences": Role.ANALYSIS,
    "NA": Role.META,
}
ROLES = (Role.FACT, Role.QUOTE, Role.BACKGROUND, Role.ANALYSIS, Role.META)


def gold_role(row: dict[str, Any]) -> Role | None:
    """Return the role a NewsDiscourse sentence maps to, or None if left out."""
    if row["label"] == "Distant_Anecdotal":
        return None
    if row["speech"]:
        return Role.QUOTE
    return LABELS.get(row["label"])


def documents(path: Path, split: str) -> Iterator[list[list[dict[str, Any]]]]:
    """Yield each document of *split* as its paragraphs of sentence rows, in order."""
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (path / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["split"] == split and row["text"].strip():
            docs[row["doc"]].append(row)
    for name in sorted(docs):
        rows = sorted(docs[name], key=lambda r: r["i"])
        paragraphs: list[list[dict[str, Any]]] = []
        for row in rows:
            if not paragraphs or paragraphs[-1][0]["para"] != row["para"]:
                paragraphs.append([])
            paragraphs[-1].append(row)
        yield paragraphs


def judged(path: Path, split: str) -> list[tuple[Role, Sentence]]:
    """Return the gold role and the analysed sentence for every mapped sentence of *split*."""
    result: list[tuple[Role, Sentence]] = []
    for paragraphs in documents(path, split):
        analysed = analyse([[r["text"] for r in para] for para in paragraphs])
        for para, sentences in zip(paragraphs, analysed, strict=True):
            for row, sentence in zip(para, sentences, strict=True):
                gold = gold_role(row)
                if gold is not None:
                    result.append((gold, sentence))
    return result


def pairs(path: Path, split: str) -> list[tuple[Role, Role]]:
    """Return (gold, predicted) roles for every mapped sentence of *split*."""
    return [(gold, sentence.role) for gold, sentence in judged(path, split)]


def quoted_but_not_speech(results: Sequence[tuple[Role, Sentence]]) -> int:
    """Count quoted sentences that gold labels FACT, BACKGROUND or ANALYSIS.

    A sentence holding a direct or partial quotation is QUOTE by rule; these are
    where the dataset's speech flag and its quotation marks disagree.
    """
    return sum(
        gold in (Role.FACT, Role.BACKGROUND, Role.ANALYSIS)
        and any(q.kind is not QuoteKind.INDIRECT for q in sentence.quotes)
        for gold, sentence in results
    )


def report(results: Sequence[tuple[Role, Role]]) -> str:
    """Return the per-role table, accuracy and macro-F1 as text."""
    tp: Counter[Role] = Counter()
    n_pred: Counter[Role] = Counter()
    n_gold: Counter[Role] = Counter()
    for gold, pred in results:
        n_gold[gold] += 1
        n_pred[pred] += 1
        tp[gold] += gold is pred
    lines = [f"{'role':12} {'prec':>6} {'recall':>6} {'f1':>6} {'gold':>6}"]
    f1s = []
    for role in ROLES:
        p = tp[role] / n_pred[role] if n_pred[role] else 0.0
        r = tp[role] / n_gold[role] if n_gold[role] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        lines.append(f"{role.value:12} {p:6.3f} {r:6.3f} {f:6.3f} {n_gold[role]:6d}")
    accuracy = sum(tp.values()) / len(results) if results else 0.0
    lines.append(f"sentences {len(results)}  accuracy {accuracy:.3f}  macro-F1 {sum(f1s) / 5:.3f}")
    confusion = Counter(results)
    lines.append("gold \\ predicted " + " ".join(f"{role.value:>10}" for role in ROLES))
    lines.extend(
        f"{gold.value:17} " + " ".join(f"{confusion[gold, pred]:10d}" for pred in ROLES)
        for gold in ROLES
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation on the dataset named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--split", default="validation", choices=["train", "validation"])
    args = parser.parse_args(argv)
    began = time.perf_counter()
    results = judged(args.dataset, args.split)
    sys.stdout.write(report([(gold, sentence.role) for gold, sentence in results]) + "\n")
    sys.stdout.write(
        f"quoted sentences labelled fact, background or analysis {quoted_but_not_speech(results)}\n"
    )
    sys.stdout.write(f"split {args.split}  seconds {time.perf_counter() - began:.1f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
