"""Train the sentence-role model shipped as ``src/newsdiff/_role_weights.json``.

Usage: ``python tools/train_roles.py NEWSDISCOURSE_DIR [--out PATH]``

``NEWSDISCOURSE_DIR`` holds ``sentences.jsonl`` from NewsDiscourse (Choubey et
al., ACL 2020; github.com/prafulla77/Discourse_Profiling). Only the ``train``
split is used. Labels are mapped to roles as follows: a sentence flagged as
speech is ``QUOTE``; otherwise Main and Main_Consequence are ``FACT``;
Cause_Specific, Cause_General and Distant_Historical are ``BACKGROUND``;
Distant_Evaluation and Distant_Expectations_Consequences are ``ANALYSIS``; NA
is ``META``; Distant_Anecdotal is left out. The "first paragraph" feature is
given to the first paragraph that is not wholly NA (page furniture before the
article's lead).

The model is a multinomial logistic regression over the features of
:func:`newsdiff._roles.features`, fitted by AdaGrad with L2 regularisation and
class weights: the square root (BALANCE) of the inverse role frequency, half-way
between plain accuracy and fully balanced roles, which scored best for
macro-F1 in 4-fold cross-validation on train. Training is
deterministic: examples are visited in an order fixed by a seeded linear
congruential generator, so the same data gives the same weights byte for byte.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsdiff._model import Role
from newsdiff._quotes import find_quotes
from newsdiff._roles import ROLE_ORDER, features, with_context

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
EPOCHS = 10
RATE = 0.03
L2 = 3e-3
MIN_COUNT = 8
SEED = 20240612
BALANCE = 0.5


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


def examples(path: Path, split: str) -> list[tuple[list[str], int]]:
    """Return (features, role index) for every mapped sentence of *split*."""
    result: list[tuple[list[str], int]] = []
    for paragraphs in documents(path, split):
        texts = [[row["text"] for row in para] for para in paragraphs]
        quotes = find_quotes(texts)
        rows = [row for para in paragraphs for row in para]
        # Some documents open with page furniture labelled NA (a source line,
        # "Video Player Close"); the article's lead is the first paragraph
        # after it, as it is in text that parse_text or parse_html gives.
        lead = next(
            (p for p, para in enumerate(paragraphs) if any(r["label"] != "NA" for r in para)), 0
        )
        own = [
            features(row["text"], found, lead=p == lead)
            for p, para in enumerate(paragraphs)
            for row, found in zip(para, quotes[p], strict=True)
        ]
        for row, feats in zip(rows, with_context(own), strict=True):
            role = gold_role(row)
            if role is not None:
                result.append((feats, ROLE_ORDER.index(role)))
    return result


def _order(n: int, epoch: int) -> list[int]:
    state = SEED + epoch
    keys = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        keys.append((state, i))
    return [i for _, i in sorted(keys)]


def train(data: Sequence[tuple[list[str], int]]) -> dict[str, list[float]]:
    """Fit the weights on *data* and return them by feature name."""
    k = len(ROLE_ORDER)
    counts = Counter(name for feats, _ in data for name in feats)
    vocab = sorted(name for name, c in counts.items() if c >= MIN_COUNT)
    index = {name: i for i, name in enumerate(vocab)}
    per_class = Counter(label for _, label in data)
    class_weight = [
        (len(data) / (k * per_class[c])) ** BALANCE if per_class[c] else 0.0 for c in range(k)
    ]
    weights = [[0.0] * k for _ in vocab]
    grad_sq = [[1e-8] * k for _ in vocab]
    for epoch in range(EPOCHS):
        for n in _order(len(data), epoch):
            feats, label = data[n]
            rows = [index[f] for f in feats if f in index]
            logits = [sum(weights[r][c] for r in rows) for c in range(k)]
            top = max(logits)
            exps = [math.exp(x - top) for x in logits]
            norm = sum(exps)
            scale = class_weight[label]
            for c in range(k):
                g = scale * (exps[c] / norm - (1.0 if c == label else 0.0))
                for r in rows:
                    grad = g + L2 * weights[r][c]
                    grad_sq[r][c] += grad * grad
                    weights[r][c] -= RATE * grad / math.sqrt(grad_sq[r][c])
    return {
        name: [round(w, 4) for w in weights[i]]
        for name, i in index.items()
        if any(abs(w) >= 1e-4 for w in weights[i])
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Train on the dataset named on the command line and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path)
    default = Path(__file__).resolve().parent.parent / "src" / "newsdiff" / "_role_weights.json"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    data = examples(args.dataset, "train")
    weights = train(data)
    payload = {
        "about": "Sentence-role weights for newsdiff; trained by tools/train_roles.py "
        "on the NewsDiscourse train split. Rows follow 'roles'.",
        "roles": [role.value for role in ROLE_ORDER],
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(payload, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"trained on {len(data)} sentences; {len(weights)} features -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
