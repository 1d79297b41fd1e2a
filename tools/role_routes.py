"""Measure three routes past the sentence-role model's linear learner, each against it.

Usage: ``python tools/role_routes.py NEWSDISCOURSE_DIR [--polnear PATH/TO/polnear_train.jsonl]
[--pages PATH/TO/readability-pages] [--only NAME ...] [--list] [--validation] [--mlp-seed N]``

A measurement tool: nothing here is shipped, and the library imports none of it.
Each route is scored as ``tools/role_experiments.py`` scores its experiments:
4-fold cross-validation on the NewsDiscourse ``train`` split, documents dealt
to folds in turn, roles decided as the analysis decides them (the rules
first, then :func:`~newsdiff._analysis._roles.choose` on the scores), no
per-role offsets. The table gives each route's macro-F1 and ``FACT`` F1 over
all out-of-fold sentences, both on each of the four folds, and the other
roles' F1; ``baseline`` (the shipped model's learner and features) is always
run first, in the same run. With ``--validation`` each route and the baseline
are also trained on all of ``train`` and scored on ``validation``; that
baseline is the shipped learner retrained here, not ``evals/roles.py``, which
runs the whole analysis on the shipped weights file (rounded, with offsets)
and may differ from it by 0.001. ``--list`` names the routes; ``--only`` runs
some of them.

The routes:

- ``seeds``: five copies of the shipped learner on the same documents,
  visiting the examples in the orders of seeds ``SEED + 7919 m`` (``m`` from 0,
  the shipped order, to 4); their raw scores are averaged, which is the same
  as averaging their weights, so it costs one model at inference;
- ``bootstrap``: five copies on the training documents drawn with replacement
  (``random.Random(m)``), in the shipped order, scores averaged;
- ``mlp32-tanh``, ``mlp64-tanh``, ``mlp64-relu``: one hidden layer of 32 or
  64 units over the sum of the shipped features' embeddings (features seen
  ``MIN_COUNT`` times in the training documents), class-weighted softmax
  cross-entropy as the trainer's, AdamW with batches of 32. The weight decay
  (from 1, 3, 10 for 32 units and 1, 2, 4 for 64; a grid of 0.01, 0.1, 1
  chose 1 on every fold) and the number of epochs (up to 15) are chosen for
  each fold by inner cross-validation on the other three folds (on all four
  for ``--validation``), by their mean macro-F1; the network is then refitted
  on all of them.
  ``--mlp-seed`` sets its initial weights and batches (0 by default);
- ``clusters-100``, ``clusters-250``, ``clusters-500``: each sentence also
  gets the clusters of its words (its own words, as the ``w:`` features),
  with k clusters of words learnt from unlabelled text: the ``train``
  sentences of NewsDiscourse (never ``validation``), PolNeAR's train
  articles (``--polnear``) and the text of the readability pages' reference
  readings (``--pages``). Words seen ``MIN_WORD`` times are embedded by their
  left and right neighbours (PPMI, truncated SVD) and clustered by spherical
  k-means; the ``STOP`` most frequent words get no cluster;
- ``clusters-50+250``: the clusters at k 50 and 250 together;
- ``clusters-250-no-nd``: k 250 learnt without the NewsDiscourse text.

Everything is seeded: two runs print the same table. NumPy's linear algebra
may round differently with several threads; the figures in the docs were
measured with ``OMP_NUM_THREADS=1``.

Runtime on one core (a 2-core machine shared with other work): the baseline
15 seconds, ``seeds`` and ``bootstrap`` a minute each, ``mlp32-tanh`` two
minutes and each 64-unit network four, each cluster route 20 seconds, and the
embedding of its text 5 more once a run; ``--validation`` took ``seeds`` from
60 to 90 seconds.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsdiff._analysis._rolefeatures import _WORD
from newsdiff._analysis._roles import ROLE_ORDER
from newsdiff._base._kinds import Role

# The trainer owns the features, the folds and the learner; role_experiments, the scoring.
sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_roles
from role_experiments import (
    FACT,
    Context,
    Document,
    Emissions,
    K,
    Outcome,
    _in_fold,
    _mapped,
    baseline,
    decided,
    greedy,
    outcome,
    row,
    with_features,
)
from train_roles import BALANCE, FOLDS, MIN_COUNT, _scores, articles, train

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Training documents with their index in the split, which deals them to inner folds.
Indexed = Sequence[tuple[int, Document]]
# A route: fitted on the training documents, it returns the held-out documents' scores
# and a note on what it chose ("" if nothing).
Fit = Callable[[Indexed, Sequence[Document]], tuple[Emissions, str]]

MEMBERS = 5
# The trainer seeds epoch e's order with SEED + e: members' seeds further apart than its
# epochs share no epoch's order.
SEED_STEP = 7919

MAX_EPOCHS = 15
RATE = 1e-3
BATCH = 32
# Adam's decay rates for the gradient's mean and square.
BETA_MEAN, BETA_SQUARE = 0.9, 0.999
# A sentence has about 43 features: its summed embeddings start with a spread near 0.5.
FEATURES_PER_SENTENCE = 43

MIN_WORD = 10
CONTEXTS = 1500
DIMENSIONS = 100
STOP = 100
KMEANS_ROUNDS = 30
SCRIPT = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.DOTALL)
# Block-level tags end a segment of a page's text: words do not neighbour across them.
BLOCK = re.compile(r"</?(?:p|div|h\d|li|br|blockquote)[^>]*>")
TAG = re.compile(r"<[^>]+>")
# The part of a sentence the shipped features read.
HEAD = 1000


def linear(train_docs: Sequence[Document], held: Sequence[Document]) -> Emissions:
    """Return *held*'s scores by the shipped learner fitted on *train_docs*."""
    weights = train(_mapped(train_docs))
    return [[_scores(weights, s.feats) for s in doc] for doc in held]


def fit_linear(train_docs: Indexed, held: Sequence[Document]) -> tuple[Emissions, str]:
    """Fit the shipped learner: the baseline as a route."""
    return linear([doc for _, doc in train_docs], held), ""


def cross_validated(name: str, docs: Sequence[Document], fit: Fit) -> tuple[Outcome, list[str]]:
    """Score *fit* on each fold of *docs* trained on the others; return its notes by fold."""
    folds = []
    notes = []
    for fold in range(FOLDS):
        held = _in_fold(docs, fold)
        rest = [(i, doc) for i, doc in enumerate(docs) if i % FOLDS != fold]
        scores, note = fit(rest, [doc for _, doc in held])
        folds.append(
            [
                s
                for (_, doc), rows in zip(held, scores, strict=True)
                for s in decided(doc, greedy(doc, rows))
            ]
        )
        notes.append(note)
    return outcome(name, folds), notes


def validated(
    name: str, docs: Sequence[Document], validation: Sequence[Document], fit: Fit
) -> tuple[Outcome, str]:
    """Score *fit* on *validation* trained on all of *docs*, as one fold."""
    scores, note = fit(list(enumerate(docs)), validation)
    decisions = [
        s
        for doc, rows in zip(validation, scores, strict=True)
        for s in decided(doc, greedy(doc, rows))
    ]
    return outcome(name, [decisions]), note


# Ensembles of the shipped learner.


@contextmanager
def visiting_order(seed: int) -> Iterator[None]:
    """Have the trainer visit its examples in the order *seed* gives, within the block."""
    shipped = train_roles.SEED
    train_roles.SEED = seed
    try:
        yield
    finally:
        train_roles.SEED = shipped


def averaged(members: Sequence[Emissions]) -> Emissions:
    """Return the members' raw scores averaged, sentence by sentence."""
    return [
        [[sum(xs) / len(xs) for xs in zip(*rows, strict=True)] for rows in zip(*doc, strict=True)]
        for doc in zip(*members, strict=True)
    ]


def seeds(train_docs: Indexed, held: Sequence[Document]) -> tuple[Emissions, str]:
    """Average the shipped learner fitted in MEMBERS visiting orders."""
    docs = [doc for _, doc in train_docs]
    members = []
    for m in range(MEMBERS):
        with visiting_order(train_roles.SEED + SEED_STEP * m):
            members.append(linear(docs, held))
    return averaged(members), ""


def bootstrap(train_docs: Indexed, held: Sequence[Document]) -> tuple[Emissions, str]:
    """Average the shipped learner fitted on MEMBERS samples of the documents."""
    docs = [doc for _, doc in train_docs]
    members = []
    for m in range(MEMBERS):
        # Seeded for repeatable samples, not for secrecy.
        rng = random.Random(m)  # noqa: S311
        sample = [docs[rng.randrange(len(docs))] for _ in docs]
        members.append(linear(sample, held))
    return averaged(members), ""


# A one-hidden-layer network over the shipped features.


class Shape(NamedTuple):
    """A network: its hidden units, their activation, and the seed of its weights and batches."""

    units: int
    activation: str
    seed: int


class Mlp:
    """Scores from one hidden layer over the sum of a sentence's feature embeddings."""

    def __init__(self, vocab: Sequence[str], shape: Shape) -> None:
        self.index = {name: i for i, name in enumerate(vocab)}
        self.relu = shape.activation == "relu"
        rng = np.random.default_rng(shape.seed)
        self.embed: FloatArray = rng.normal(
            0, 0.5 / math.sqrt(FEATURES_PER_SENTENCE), (len(vocab), shape.units)
        )
        self.bias: FloatArray = np.zeros(shape.units)
        self.out: FloatArray = rng.normal(0, 1 / math.sqrt(shape.units), (shape.units, K))
        self.out_bias: FloatArray = np.zeros(K)
        self.params = [self.embed, self.bias, self.out, self.out_bias]
        self.mean = [np.zeros_like(p) for p in self.params]
        self.square = [np.zeros_like(p) for p in self.params]
        self.steps = 0

    def encode(self, feats: Sequence[str]) -> IntArray:
        """Return the rows of *feats* in the vocabulary."""
        return np.array([self.index[f] for f in feats if f in self.index], dtype=np.int64)

    def _hidden(self, encoded: Sequence[IntArray]) -> tuple[FloatArray, IntArray, IntArray]:
        """Return the hidden layer of each sentence, the rows it sums and their counts."""
        lengths = np.array([len(e) for e in encoded], dtype=np.int64)
        rows = np.concatenate(encoded) if encoded else np.zeros(0, dtype=np.int64)
        starts = np.cumsum(lengths) - lengths
        pre = np.tile(self.bias, (len(encoded), 1))
        # reduceat would give a sentence without features the row at its start.
        filled = lengths > 0
        if filled.any():
            pre[filled] = np.add.reduceat(self.embed[rows], starts[filled], axis=0) + self.bias
        hidden = np.maximum(pre, 0.0) if self.relu else np.tanh(pre)
        return hidden, rows, lengths

    def scores(self, encoded: Sequence[IntArray]) -> FloatArray:
        """Return each encoded sentence's score for each role."""
        if not encoded:
            return np.zeros((0, K))
        hidden, _, _ = self._hidden(encoded)
        result: FloatArray = hidden @ self.out + self.out_bias
        return result

    def step(
        self, encoded: Sequence[IntArray], labels: IntArray, weights: FloatArray, decay: float
    ) -> None:
        """Take one AdamW step on a batch, with class *weights* and weight *decay*."""
        hidden, rows, lengths = self._hidden(encoded)
        logits = hidden @ self.out + self.out_bias
        logits -= logits.max(1, keepdims=True)
        grad = np.exp(logits)
        grad /= grad.sum(1, keepdims=True)
        size = len(labels)
        grad[np.arange(size), labels] -= 1.0
        grad *= (weights[labels] / size)[:, None]
        grad_out = hidden.T @ grad
        grad_out_bias = grad.sum(0)
        slope = (hidden > 0).astype(hidden.dtype) if self.relu else 1.0 - hidden * hidden
        grad_hidden = (grad @ self.out.T) * slope
        grad_bias = grad_hidden.sum(0)
        grad_embed = np.zeros_like(self.embed)
        np.add.at(grad_embed, rows, grad_hidden[np.repeat(np.arange(size), lengths)])
        self.steps += 1
        grads = (grad_embed, grad_bias, grad_out, grad_out_bias)
        for param, g, mean, square in zip(self.params, grads, self.mean, self.square, strict=True):
            mean[...] = BETA_MEAN * mean + (1 - BETA_MEAN) * g
            square[...] = BETA_SQUARE * square + (1 - BETA_SQUARE) * g * g
            unbiased_mean = mean / (1 - BETA_MEAN**self.steps)
            unbiased_square = square / (1 - BETA_SQUARE**self.steps)
            param[...] = param - RATE * unbiased_mean / (np.sqrt(unbiased_square) + 1e-8)
        # Decoupled weight decay (AdamW): the weights shrink, the biases do not.
        self.embed *= 1 - RATE * decay
        self.out *= 1 - RATE * decay


def mlp_scores(model: Mlp, docs: Sequence[Document]) -> Emissions:
    """Return each sentence's scores by *model*, document by document."""
    result: Emissions = []
    for doc in docs:
        rows: list[list[float]] = model.scores([model.encode(s.feats) for s in doc]).tolist()
        result.append(rows)
    return result


def macro_f1(docs: Sequence[Document], scores: Emissions) -> float:
    """Return the macro-F1 of the roles decided from *scores*."""
    decisions = [
        s for doc, rows in zip(docs, scores, strict=True) for s in decided(doc, greedy(doc, rows))
    ]
    return sum(outcome("", [decisions]).per_role) / K


def fit_mlp(
    docs: Sequence[Document],
    shape: Shape,
    decay: float,
    epochs: int,
    watched: Sequence[Document] = (),
) -> tuple[Mlp, list[float]]:
    """Fit a network of *shape*; return it and its macro-F1 on *watched* after each epoch."""
    data = _mapped(docs)
    counts = Counter(name for feats, *_ in data for name in feats)
    model = Mlp(sorted(f for f, c in counts.items() if c >= MIN_COUNT), shape)
    encoded = [model.encode(feats) for feats, *_ in data]
    labels = np.array([label for _, label, _ in data], dtype=np.int64)
    per_class = Counter(label for _, label, _ in data)
    weights = np.array(
        [(len(data) / (K * per_class[c])) ** BALANCE if per_class[c] else 0.0 for c in range(K)]
    )
    rng = np.random.default_rng(shape.seed + 1)
    curve = []
    for _ in range(epochs):
        order = rng.permutation(len(data))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            model.step([encoded[i] for i in batch], labels[batch], weights, decay)
        if watched:
            curve.append(macro_f1(watched, mlp_scores(model, watched)))
    return model, curve


def chosen(train_docs: Indexed, shape: Shape, decays: Sequence[float]) -> tuple[float, float, int]:
    """Return the best inner macro-F1, weight decay and epochs over folds of *train_docs*."""
    best = (-1.0, decays[0], 1)
    for decay in decays:
        curves = []
        for inner in sorted({i % FOLDS for i, _ in train_docs}):
            rest = [doc for i, doc in train_docs if i % FOLDS != inner]
            watched = [doc for i, doc in train_docs if i % FOLDS == inner]
            curves.append(fit_mlp(rest, shape, decay, MAX_EPOCHS, watched)[1])
        mean = np.mean(curves, 0)
        epoch = int(np.argmax(mean))
        curve = " ".join(f"{x:.3f}" for x in mean)
        print(f"    l2 {decay:g}: inner macro-F1 by epoch {curve}", file=sys.stderr, flush=True)
        # The first decay of the grid wins a tie.
        if mean[epoch] > best[0]:
            best = (float(mean[epoch]), decay, epoch + 1)
    return best


def mlp_route(shape: Shape, decays: Sequence[float]) -> Fit:
    """Return the route of a network of *shape*, its decay and epochs chosen by inner folds."""

    def fit(train_docs: Indexed, held: Sequence[Document]) -> tuple[Emissions, str]:
        inner, decay, epochs = chosen(train_docs, shape, decays)
        model, _ = fit_mlp([doc for _, doc in train_docs], shape, decay, epochs)
        return mlp_scores(model, held), f"l2 {decay:g} x{epochs} (inner {inner:.3f})"

    return fit


# Word clusters from unlabelled text.


def unlabelled(
    dataset: Path, polnear: Path, pages: Path, *, newsdiscourse: bool
) -> list[list[str]]:
    """Return the lower-case words of each segment of unlabelled text, in a fixed order."""
    texts: list[str] = []
    if newsdiscourse:
        for line in (dataset / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
            sentence = json.loads(line)
            if sentence["split"] == "train":
                texts.append(sentence["text"])
    for line in polnear.read_text(encoding="utf-8").splitlines():
        texts.extend(json.loads(line)["text"].split("\n"))
    for page in sorted(pages.glob("*/expected.html")):
        raw = SCRIPT.sub(" ", page.read_text(encoding="utf-8", errors="replace"))
        for block in BLOCK.split(raw):
            text = html.unescape(TAG.sub(" ", block)).strip()
            if text:
                texts.append(text)
    return [_WORD.findall(t.lower()) for t in texts if t.strip()]


def embedding(segments: Sequence[Sequence[str]]) -> tuple[list[str], FloatArray]:
    """Return the words seen MIN_WORD times, most frequent first, and their unit vectors."""
    counts = Counter(w for words in segments for w in words)
    vocab = [w for w, c in counts.most_common() if c >= MIN_WORD]
    ids = {w: i for i, w in enumerate(vocab)}
    contexts = min(CONTEXTS, len(vocab))
    print(
        f"[unlabelled text: {sum(map(len, segments))} words, {len(segments)} segments, "
        f"{len(vocab)} kept]",
        file=sys.stderr,
        flush=True,
    )
    # Left and right neighbours are separate contexts, the nearer counting double.
    counted = np.zeros((len(vocab), 2 * contexts))
    for words in segments:
        row_ids = [ids.get(w, -1) for w in words]
        n = len(row_ids)
        for i, a in enumerate(row_ids):
            if a < 0:
                continue
            for d, weight in ((1, 1.0), (2, 0.5)):
                if i - d >= 0 and 0 <= row_ids[i - d] < contexts:
                    counted[a, row_ids[i - d]] += weight
                if i + d < n and 0 <= row_ids[i + d] < contexts:
                    counted[a, contexts + row_ids[i + d]] += weight
    total = counted.sum()
    word_share = counted.sum(1, keepdims=True) / total
    # Smoothing the contexts' shares keeps rare contexts from dominating.
    context_share = counted.sum(0, keepdims=True) ** 0.75
    context_share /= context_share.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((counted / total) / (word_share * context_share))
    pmi[~np.isfinite(pmi)] = 0.0
    ppmi = np.maximum(pmi, 0.0)
    # A randomized truncated SVD: the full one of a vocabulary-wide matrix takes minutes.
    rng = np.random.default_rng(0)
    basis = ppmi @ rng.normal(size=(ppmi.shape[1], DIMENSIONS + 20))
    for _ in range(3):
        basis, _ = np.linalg.qr(basis)
        basis = ppmi @ (ppmi.T @ basis)
    basis, _ = np.linalg.qr(basis)
    left, values, _ = np.linalg.svd(basis.T @ ppmi, full_matrices=False)
    vectors = (basis @ left[:, :DIMENSIONS]) * np.sqrt(values[:DIMENSIONS])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    return vocab, vectors


def kmeans(vectors: FloatArray, k: int, seed: int = 0) -> IntArray:
    """Return each unit vector's cluster by spherical k-means (k-means++ start)."""
    rng = np.random.default_rng(seed)
    centres = [vectors[rng.integers(len(vectors))]]
    distance = 1 - vectors @ centres[0]
    for _ in range(1, k):
        weight = np.maximum(distance, 0) ** 2
        centre = vectors[rng.choice(len(vectors), p=weight / weight.sum())]
        centres.append(centre)
        distance = np.minimum(distance, 1 - vectors @ centre)
    stacked = np.array(centres)
    for _ in range(KMEANS_ROUNDS):
        labels = np.argmax(vectors @ stacked.T, 1)
        for j in range(k):
            members = vectors[labels == j]
            if len(members):
                total = members.sum(0)
                stacked[j] = total / (np.linalg.norm(total) + 1e-12)
    result: IntArray = np.argmax(vectors @ stacked.T, 1)
    return result


class Clusters:
    """Word clusters of the unlabelled text, each text embedded and each k clustered once."""

    def __init__(self, dataset: Path | None, polnear: Path | None, pages: Path | None) -> None:
        self.dataset = dataset
        self.polnear = polnear
        self.pages = pages
        self._embedded: dict[bool, tuple[list[str], FloatArray]] = {}
        self._tables: dict[tuple[bool, int], dict[str, int]] = {}

    def _embedding(self, newsdiscourse: bool) -> tuple[list[str], FloatArray]:
        """Return the words and vectors of the text, with NewsDiscourse's or without."""
        if newsdiscourse not in self._embedded:
            if self.dataset is None or self.polnear is None or self.pages is None:
                raise ValueError("the clusters routes need --polnear and --pages")
            segments = unlabelled(
                self.dataset, self.polnear, self.pages, newsdiscourse=newsdiscourse
            )
            self._embedded[newsdiscourse] = embedding(segments)
        return self._embedded[newsdiscourse]

    def stop(self, *, newsdiscourse: bool) -> frozenset[str]:
        """Return the STOP most frequent words of the text, which get no cluster."""
        return frozenset(self._embedding(newsdiscourse)[0][:STOP])

    def table(self, k: int, *, newsdiscourse: bool) -> dict[str, int]:
        """Return each word's cluster among *k*."""
        if (newsdiscourse, k) not in self._tables:
            vocab, vectors = self._embedding(newsdiscourse)
            labels = kmeans(vectors, k)
            self._tables[newsdiscourse, k] = {w: int(c) for w, c in zip(vocab, labels, strict=True)}
        return self._tables[newsdiscourse, k]


def cluster_features(
    doc: Document, tables: Sequence[tuple[str, dict[str, int]]], stop: frozenset[str]
) -> list[list[str]]:
    """Return each sentence's clusters of its words, one feature per cluster, in each table."""
    return [
        [
            feature
            for tag, table in tables
            for feature in sorted(
                {
                    f"{tag}:{table[w]}"
                    for w in _WORD.findall(s.text[:HEAD].lower())
                    if w in table and w not in stop
                }
            )
        ]
        for s in doc
    ]


def clusters_route(clusters: Clusters, ks: Sequence[int], *, newsdiscourse: bool = True) -> Fit:
    """Return the route that adds the clusters at each of *ks* to the shipped features."""

    def fit(train_docs: Indexed, held: Sequence[Document]) -> tuple[Emissions, str]:
        # One k keeps the plain "c:" prefix; several are told apart by theirs.
        tables = [
            ("c" if len(ks) == 1 else f"c{k}", clusters.table(k, newsdiscourse=newsdiscourse))
            for k in ks
        ]
        stop = clusters.stop(newsdiscourse=newsdiscourse)

        def added(docs: Sequence[Document]) -> list[Document]:
            return with_features(docs, [cluster_features(doc, tables, stop) for doc in docs])

        return linear(added([doc for _, doc in train_docs]), added(held)), ""

    return fit


def routes(clusters: Clusters, mlp_seed: int) -> dict[str, Fit]:
    """Return each route by name."""
    return {
        "seeds": seeds,
        "bootstrap": bootstrap,
        "mlp32-tanh": mlp_route(Shape(32, "tanh", mlp_seed), (1.0, 3.0, 10.0)),
        "mlp64-tanh": mlp_route(Shape(64, "tanh", mlp_seed), (1.0, 2.0, 4.0)),
        "mlp64-relu": mlp_route(Shape(64, "relu", mlp_seed), (1.0, 2.0, 4.0)),
        "clusters-100": clusters_route(clusters, (100,)),
        "clusters-250": clusters_route(clusters, (250,)),
        "clusters-500": clusters_route(clusters, (500,)),
        "clusters-50+250": clusters_route(clusters, (50, 250)),
        "clusters-250-no-nd": clusters_route(clusters, (250,), newsdiscourse=False),
    }


def validation_row(result: Outcome) -> str:
    """Return one line of the validation table."""
    macro = sum(result.per_role) / K
    others = " ".join(f"{f:6.3f}" for c, f in enumerate(result.per_role) if c != FACT)
    return f"{result.name:26} {macro:6.3f} {result.per_role[FACT]:6.3f}  {others}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the routes named on the command line (all by default) and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path, nargs="?", help="the NewsDiscourse directory")
    parser.add_argument("--polnear", type=Path, help="PolNeAR's polnear_train.jsonl (clusters)")
    parser.add_argument("--pages", type=Path, help="the readability-pages directory (clusters)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these routes")
    parser.add_argument("--list", action="store_true", help="name the routes and stop")
    parser.add_argument(
        "--validation", action="store_true", help="also train on all of train, score validation"
    )
    parser.add_argument(
        "--mlp-seed", type=int, default=0, help="the networks' initial weights and batches"
    )
    args = parser.parse_args(argv)
    clusters = Clusters(args.dataset, args.polnear, args.pages)
    table = routes(clusters, args.mlp_seed)
    if args.list:
        print("\n".join(table))
        return 0
    unknown = sorted(set(args.only or ()) - set(table))
    if unknown:
        parser.error(f"unknown routes: {', '.join(unknown)} (--list names them)")
    if args.dataset is None:
        parser.error("the NewsDiscourse directory is required")
    names = args.only or list(table)
    if any(name.startswith("clusters") for name in names) and (
        args.polnear is None or args.pages is None
    ):
        parser.error("the clusters routes need --polnear and --pages")
    docs = articles(args.dataset, "train")
    held_out = articles(args.dataset, "validation") if args.validation else []
    roles = " ".join(f"{r.value[:6]:>6}" for r in ROLE_ORDER if r is not Role.FACT)
    print(f"{FOLDS}-fold CV on train (folds as in tools/train_roles.py --cv)")
    head = f"{'route':26} {'macro':>6} {'fact':>6}  {'macro-F1 by fold':23}"
    print(f"{head}  {'FACT F1 by fold':23}  {roles}")
    start = time.perf_counter()
    print(row(baseline(Context(docs))), flush=True)
    validation: list[Outcome] = []
    if args.validation:
        validation.append(validated("baseline", docs, held_out, fit_linear)[0])
    print(f"[baseline: {time.perf_counter() - start:.0f}s]", file=sys.stderr, flush=True)
    for name in names:
        start = time.perf_counter()
        label = f"{name} seed{args.mlp_seed}" if name.startswith("mlp") and args.mlp_seed else name
        result, notes = cross_validated(label, docs, table[name])
        print(row(result), flush=True)
        if any(notes):
            print(f"  chosen by fold: {'; '.join(notes)}", flush=True)
        if args.validation:
            checked, note = validated(label, docs, held_out, table[name])
            validation.append(checked)
            if note:
                print(f"  chosen on all of train for validation: {note}", flush=True)
        print(f"[{name}: {time.perf_counter() - start:.0f}s]", file=sys.stderr, flush=True)
    if validation:
        print(f"\nvalidation ({len(held_out)} documents), trained on all of train")
        print(f"{'route':26} {'macro':>6} {'fact':>6}  {roles}")
        for result in validation:
            print(validation_row(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
