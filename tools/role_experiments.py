"""Rerun the sentence-role experiments that ``docs/quotes-and-roles.md`` reports.

Usage: ``python tools/role_experiments.py NEWSDISCOURSE_DIR [--only NAME ...] [--list]``

Each experiment is scored as ``tools/train_roles.py --cv`` scores the shipped
model: 4-fold cross-validation on the NewsDiscourse ``train`` split, documents
dealt to folds in turn, no per-role offsets. The table gives each experiment's
macro-F1 and ``FACT`` F1 over all out-of-fold sentences, both on each of
the four folds, and the other roles' F1; ``baseline`` (the shipped model's
learner and features) is always run first, in the same run. ``--list`` names
the experiments; ``--only`` runs some of them.

The experiments, none of which the shipped model uses:

- ``transitions`` and ``ratio``: Viterbi decoding of each article with
  role-to-role transition scores counted on the training folds
  (log-probabilities, or log-ratios to each role's frequency), added at
  several weights to the model's log-probabilities; rule-given roles are held
  fixed (the model's raw scores decode alike: they differ from
  log-probabilities by one constant a sentence);
- ``crf-margin``, ``crf``, ``crf-own``: a linear-chain CRF that learns
  feature weights and transitions together, with a class-weighted softmax
  margin, without one, and without the neighbours' features;
- ``softmax-margin``: the same learner without transitions;
- ``hinge``: an averaged multiclass hinge loss with class-weighted margins;
- ``tense``, ``tense-near-far``, ``lead-verb``, ``weekday``,
  ``document-source``, ``central-bucket``, ``central-rank``, ``paragraph``,
  ``lead-verb+document-source``: one more feature of the sentence (see each
  function's docstring) added to the shipped features;
- ``main-event``: a second model that ranks an article's sentences by how
  likely each is its main event, ``beta`` times the log of its probability
  times the article's length added to ``FACT``'s score;
- ``misses``: what the shipped learner calls the ``FACT`` sentences it misses.

Runtime: about five minutes on one core for everything (a 2-core machine
shared with other work); each CRF variant takes about 40 seconds, the
baseline, each feature experiment and each hinge margin 15 to 20 seconds.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from newsdiff._analysis._rolefeatures import MAY_BE_META
from newsdiff._analysis._roles import ROLE_ORDER, choose
from newsdiff._base._kinds import Role

# The trainer owns the features, the folds, the learner and the scoring.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_roles import (
    FOLDS,
    MIN_COUNT,
    Annotated,
    Example,
    Scored,
    _order,
    _scores,
    articles,
    out_of_fold,
    role_f1,
    train,
)

K = len(ROLE_ORDER)
FACT = ROLE_ORDER.index(Role.FACT)
QUOTE = ROLE_ORDER.index(Role.QUOTE)
BACKGROUND = ROLE_ORDER.index(Role.BACKGROUND)
META = ROLE_ORDER.index(Role.META)
ZERO = [0.0] * K
# A score no path can take.
NEVER = -1e9

Document = list[Annotated]
# Each document's scores for each of its sentences, by the model trained without its fold.
Emissions = list[list[list[float]]]


class Outcome(NamedTuple):
    """An experiment's cross-validated F1: overall per role, and macro-F1 and FACT F1 per fold."""

    name: str
    per_role: list[float]
    fold_macro: list[float]
    fold_fact: list[float]


def _in_fold(docs: Sequence[Document], fold: int) -> list[tuple[int, Document]]:
    return [(i, doc) for i, doc in enumerate(docs) if i % FOLDS == fold]


def _training(docs: Sequence[Document], fold: int) -> list[Document]:
    return [doc for i, doc in enumerate(docs) if i % FOLDS != fold]


def _mapped(docs: Iterable[Document]) -> list[Example]:
    return [(s.feats, s.gold, s.fixed) for doc in docs for s in doc if s.gold is not None]


def decided(doc: Document, roles: Sequence[int]) -> Scored:
    """Return *doc*'s mapped sentences with their decided *roles*, as the trainer scores them.

    A decided role is passed as the rule's role, which the trainer's scoring takes as it is.
    """
    return [
        (ZERO, (s.feats, s.gold, role))
        for s, role in zip(doc, roles, strict=True)
        if s.gold is not None
    ]


def outcome(name: str, folds: Sequence[Scored]) -> Outcome:
    """Score each fold's decided sentences and all of them together."""
    per_fold = [role_f1(fold, ZERO) for fold in folds]
    return Outcome(
        name=name,
        per_role=role_f1([s for fold in folds for s in fold], ZERO),
        fold_macro=[sum(f) / K for f in per_fold],
        fold_fact=[f[FACT] for f in per_fold],
    )


def greedy(doc: Document, scores: Sequence[Sequence[float]]) -> list[int]:
    """Return each sentence's role as the analysis decides it: the rules, else the best score."""
    return [
        s.fixed if s.fixed is not None else choose(list(total), s.feats)
        for s, total in zip(doc, scores, strict=True)
    ]


class Context:
    """The dataset's documents, and the shipped learner's out-of-fold scores once computed."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs
        self._emissions: Emissions | None = None

    def emissions(self) -> Emissions:
        """Return every sentence's scores by the shipped learner trained on the other folds."""
        if self._emissions is None:
            result: Emissions = [[] for _ in self.docs]
            for fold in range(FOLDS):
                weights = train(_mapped(_training(self.docs, fold)))
                for i, doc in _in_fold(self.docs, fold):
                    result[i] = [_scores(weights, s.feats) for s in doc]
            self._emissions = result
        return self._emissions


def with_features(docs: Sequence[Document], extra: Sequence[list[list[str]]]) -> list[Document]:
    """Return *docs* with *extra*'s features added to each sentence of each document."""
    return [
        [s._replace(feats=[*s.feats, *more]) for s, more in zip(doc, added, strict=True)]
        for doc, added in zip(docs, extra, strict=True)
    ]


def feature_outcome(name: str, docs: Sequence[Document]) -> Outcome:
    """Cross-validate the shipped learner on *docs*' features, as ``train_roles.py --cv`` does."""
    examples = [[(s.feats, s.gold, s.fixed) for s in doc if s.gold is not None] for doc in docs]
    return outcome(name, out_of_fold(examples))


# Sequence decoding.


def _log_softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    norm = top + math.log(sum(math.exp(x - top) for x in scores))
    return [x - norm for x in scores]


def _emission(s: Annotated, scores: Sequence[float]) -> list[float]:
    if s.fixed is not None:
        return [0.0 if c == s.fixed else NEVER for c in range(K)]
    result = list(scores)
    if MAY_BE_META.isdisjoint(s.feats):
        result[META] = NEVER
    return result


def _best_before(delta: Sequence[float], transitions: Sequence[Sequence[float]], c: int) -> int:
    # The first of the best previous roles.
    scores = [delta[p] + transitions[p][c] for p in range(K)]
    return scores.index(max(scores))


def viterbi(
    doc: Document,
    emissions: Sequence[Sequence[float]],
    transitions: Sequence[Sequence[float]],
    start: Sequence[float],
) -> list[int]:
    """Return the best sequence of roles for *doc*, the rules' roles held fixed.

    A sentence the rules leave to the model then goes through :func:`choose` as if the
    decoded role were its only score, so a recent past perfect is ``FACT`` as in use.
    """
    if not doc:
        return []
    rows = [_emission(s, e) for s, e in zip(doc, emissions, strict=True)]
    delta = [start[c] + rows[0][c] for c in range(K)]
    back: list[list[int]] = []
    for row in rows[1:]:
        step = [_best_before(delta, transitions, c) for c in range(K)]
        delta = [delta[step[c]] + transitions[step[c]][c] + row[c] for c in range(K)]
        back.append(step)
    path = [max(range(K), key=lambda c: delta[c])]
    for step in reversed(back):
        path.append(step[path[-1]])
    path.reverse()
    return [
        role if s.fixed is not None else choose([float(c == role) for c in range(K)], s.feats)
        for s, role in zip(doc, path, strict=True)
    ]


def transition_counts(
    docs: Iterable[Document], *, ratio: bool
) -> tuple[list[list[float]], list[float]]:
    """Return log transition and start scores from the gold roles (add-one smoothed).

    With *ratio*, each is divided by the next role's frequency first. Unmapped
    sentences are skipped: their neighbours count as adjacent.
    """
    pairs = [[1.0] * K for _ in range(K)]
    starts = [1.0] * K
    totals = [1.0] * K
    for doc in docs:
        roles = [s.gold for s in doc if s.gold is not None]
        if not roles:
            continue
        starts[roles[0]] += 1
        for role in roles:
            totals[role] += 1
        for a, b in itertools.pairwise(roles):
            pairs[a][b] += 1
    share = [t / sum(totals) for t in totals] if ratio else [1.0] * K
    transitions = [
        [math.log(pairs[a][b] / sum(pairs[a]) / share[b]) for b in range(K)] for a in range(K)
    ]
    start = [math.log(starts[c] / sum(starts) / share[c]) for c in range(K)]
    return transitions, start


def decoded(ctx: Context, name: str, weight: float, *, ratio: bool) -> Outcome:
    """Viterbi-decode every fold with counted transitions at *weight*."""
    emissions = ctx.emissions()
    folds: list[Scored] = []
    for fold in range(FOLDS):
        transitions, start = transition_counts(_training(ctx.docs, fold), ratio=ratio)
        transitions = [[weight * x for x in row] for row in transitions]
        start = [weight * x for x in start]
        scored: Scored = []
        for i, doc in _in_fold(ctx.docs, fold):
            rows = [_log_softmax(e) for e in emissions[i]]
            scored += decided(doc, viterbi(doc, rows, transitions, start))
        folds.append(scored)
    return outcome(name, folds)


# A linear-chain CRF fitted as the shipped learner is (AdaGrad, L2, feature cut-off).


def _logsumexp(values: Iterable[float]) -> float:
    xs = list(values)
    top = max(xs)
    if top <= NEVER / 2:
        return NEVER
    return top + math.log(sum(math.exp(x - top) for x in xs))


def forward_backward(
    emissions: Sequence[Sequence[float]],
    transitions: Sequence[Sequence[float]],
    start: Sequence[float],
    allowed: Sequence[Sequence[int]],
) -> tuple[list[list[float]], list[list[float]], float]:
    """Return the forward and backward log scores and the log partition over *allowed* paths."""
    n = len(emissions)
    alpha = [[NEVER] * K for _ in range(n)]
    beta = [[NEVER] * K for _ in range(n)]
    for c in allowed[0]:
        alpha[0][c] = start[c] + emissions[0][c]
    for t in range(1, n):
        for c in allowed[t]:
            alpha[t][c] = emissions[t][c] + _logsumexp(
                alpha[t - 1][p] + transitions[p][c] for p in allowed[t - 1]
            )
    for c in allowed[n - 1]:
        beta[n - 1][c] = 0.0
    for t in range(n - 2, -1, -1):
        for c in allowed[t]:
            beta[t][c] = _logsumexp(
                transitions[c][q] + emissions[t + 1][q] + beta[t + 1][q] for q in allowed[t + 1]
            )
    return alpha, beta, _logsumexp(alpha[n - 1][c] for c in allowed[n - 1])


def _probability(x: float) -> float:
    return math.exp(x) if x > -700 else 0.0


def _marginal(forward: float, backward: float, z: float) -> float:
    # A role no allowed path takes has probability zero.
    return math.exp(forward + backward - z) if forward > NEVER / 2 and backward > NEVER / 2 else 0.0


class Crf(NamedTuple):
    """A fitted linear-chain CRF: feature weights per role, transitions and start scores."""

    weights: dict[str, list[float]]
    transitions: list[list[float]]
    start: list[float]


def train_crf(docs: Sequence[Document], *, margin: float, own_only: bool, chain: bool) -> Crf:
    """Fit a CRF on *docs*' gold roles (unmapped sentences left free).

    *margin* times the gold role's class weight is added to every other
    role's score in the partition function (a softmax margin); *own_only*
    drops the neighbours' features; without *chain* the transitions stay zero,
    which leaves a per-sentence logistic regression.
    """
    rate, l2, balance = 0.03, 3e-3, 0.5

    def kept(name: str) -> bool:
        return not own_only or not (name[0] in "PN" and len(name) > 1)

    counts = Counter(
        f for doc in docs for s in doc if s.gold is not None for f in s.feats if kept(f)
    )
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    weights = [[0.0] * K for _ in vocab]
    grad_sq = [[1e-8] * K for _ in vocab]
    transitions = [[0.0] * K for _ in range(K)]
    transitions_sq = [[1e-8] * K for _ in range(K)]
    start = [0.0] * K
    start_sq = [1e-8] * K
    per_class = Counter(s.gold for doc in docs for s in doc if s.gold is not None)
    total = sum(per_class.values())
    class_weight = [(total / (K * per_class[c])) ** balance for c in range(K)]
    sequences = [
        ([[vocab[f] for f in s.feats if f in vocab] for s in doc], [s.gold for s in doc])
        for doc in docs
    ]
    for epoch in range(10):
        for n in _order(len(sequences), epoch):
            rows, gold = sequences[n]
            if not rows:
                continue
            plain = [[sum(weights[r][c] for r in row) for c in range(K)] for row in rows]
            costed = [
                [
                    e[c] + (margin * class_weight[g] if g is not None and c != g else 0.0)
                    for c in range(K)
                ]
                for e, g in zip(plain, gold, strict=True)
            ]
            free = [range(K)] * len(rows)
            alpha, beta, z = forward_backward(costed, transitions, start, free)
            paths = [range(K) if g is None else (g,) for g in gold]
            alpha_g, beta_g, z_g = forward_backward(plain, transitions, start, paths)

            for t, row in enumerate(rows):
                grad = [
                    _marginal(alpha[t][c], beta[t][c], z)
                    - _marginal(alpha_g[t][c], beta_g[t][c], z_g)
                    for c in range(K)
                ]
                for r in row:
                    w, sq = weights[r], grad_sq[r]
                    for c in range(K):
                        g = grad[c] + l2 * w[c]
                        sq[c] += g * g
                        w[c] -= rate * g / math.sqrt(sq[c])
            if not chain:
                continue
            pair_grad = [[0.0] * K for _ in range(K)]
            for t in range(1, len(rows)):
                for p in range(K):
                    for c in range(K):
                        pair_grad[p][c] += _probability(
                            alpha[t - 1][p] + transitions[p][c] + costed[t][c] + beta[t][c] - z
                        ) - _probability(
                            alpha_g[t - 1][p] + transitions[p][c] + plain[t][c] + beta_g[t][c] - z_g
                        )
            start_grad = [
                _marginal(alpha[0][c], beta[0][c], z) - _marginal(alpha_g[0][c], beta_g[0][c], z_g)
                for c in range(K)
            ]
            for p in range(K):
                for c in range(K):
                    g = pair_grad[p][c]
                    transitions_sq[p][c] += g * g
                    transitions[p][c] -= rate * g / math.sqrt(transitions_sq[p][c])
                g = start_grad[p]
                start_sq[p] += g * g
                start[p] -= rate * g / math.sqrt(start_sq[p])
    return Crf(
        weights={f: weights[i] for f, i in vocab.items()}, transitions=transitions, start=start
    )


def crf_outcome(ctx: Context, name: str, *, margin: float, own_only: bool, chain: bool) -> Outcome:
    """Cross-validate the CRF, decoding each held-out article with Viterbi."""
    folds: list[Scored] = []
    for fold in range(FOLDS):
        model = train_crf(_training(ctx.docs, fold), margin=margin, own_only=own_only, chain=chain)
        scored: Scored = []
        for _, doc in _in_fold(ctx.docs, fold):
            rows = [_scores(model.weights, s.feats) for s in doc]
            scored += decided(doc, viterbi(doc, rows, model.transitions, model.start))
        folds.append(scored)
    return outcome(name, folds)


# An averaged multiclass hinge loss.


def train_hinge(data: Sequence[Example], *, margin: float) -> dict[str, list[float]]:
    """Fit averaged perceptron-style weights with a margin scaled by the gold role's weight."""
    rate, balance = 0.1, 0.5
    counts = Counter(f for feats, *_ in data for f in feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    weights = [[0.0] * K for _ in vocab]
    # Each update times the step it was made at, to average the weights over all steps.
    stamped = [[0.0] * K for _ in vocab]
    per_class = Counter(label for _, label, _ in data)
    class_weight = [(len(data) / (K * per_class[c])) ** balance for c in range(K)]
    rows = [[vocab[f] for f in feats if f in vocab] for feats, *_ in data]
    step = 1
    for epoch in range(10):
        for n in _order(len(data), epoch):
            row, gold = rows[n], data[n][1]
            scores = [sum(weights[i][c] for i in row) for c in range(K)]
            costed = [
                scores[c] + (margin * class_weight[gold] if c != gold else 0.0) for c in range(K)
            ]
            guess = max(range(K), key=lambda c: costed[c])
            if guess != gold and costed[guess] > scores[gold]:
                change = rate * class_weight[gold]
                for i in row:
                    weights[i][gold] += change
                    weights[i][guess] -= change
                    stamped[i][gold] += step * change
                    stamped[i][guess] -= step * change
            step += 1
    return {f: [weights[i][c] - stamped[i][c] / step for c in range(K)] for f, i in vocab.items()}


def hinge_outcome(ctx: Context, name: str, *, margin: float) -> Outcome:
    """Cross-validate the hinge loss, roles decided as the analysis decides them."""
    folds: list[Scored] = []
    for fold in range(FOLDS):
        weights = train_hinge(_mapped(_training(ctx.docs, fold)), margin=margin)
        scored: Scored = []
        for _, doc in _in_fold(ctx.docs, fold):
            scored += decided(doc, greedy(doc, [_scores(weights, s.feats) for s in doc]))
        folds.append(scored)
    return outcome(name, folds)


# Sentence features.

WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Words that open a leading subordinate clause or phrase, read past up to its comma.
SUBORDINATE = frozenset(
    [
        "after",
        "before",
        "when",
        "while",
        "as",
        "although",
        "though",
        "since",
        "because",
        "if",
        "in",
        "on",
        "at",
        "during",
        "despite",
        "with",
        "by",
        "for",
        "following",
        "amid",
        "under",
        "over",
        "from",
        "until",
        "unless",
        "according",
    ]
)
PERFECT = {"had": "pastperf", "has": "presperf", "have": "presperf"}
MODALS = frozenset(["will", "would", "could", "may", "might", "should", "must", "can", "shall"])
PARTICIPLE = re.compile(r"^(?:been|\w{2,}(?:ed|en|wn|un|ught|ew|ne|de))$")
IRREGULAR_PAST = frozenset(
    [
        "said",
        "told",
        "took",
        "gave",
        "went",
        "came",
        "made",
        "found",
        "saw",
        "held",
        "won",
        "lost",
        "left",
        "led",
        "met",
        "fell",
        "rose",
        "got",
        "began",
        "became",
        "brought",
        "built",
        "bought",
        "caught",
        "chose",
        "cut",
        "drew",
        "drove",
        "ate",
        "fought",
        "flew",
        "forgot",
        "froze",
        "grew",
        "hit",
        "hung",
        "kept",
        "knew",
        "laid",
        "lay",
        "meant",
        "paid",
        "put",
        "quit",
        "ran",
        "rang",
        "read",
        "rode",
        "sent",
        "set",
        "shot",
        "shut",
        "sang",
        "sank",
        "sat",
        "slept",
        "sold",
        "spent",
        "spoke",
        "stood",
        "stole",
        "struck",
        "swore",
        "threw",
        "understood",
        "woke",
        "wore",
        "wrote",
    ]
)
SKIPPED = frozenset(
    ["not", "already", "also", "never", "long", "been", "previously", "just", "now"]
)
# A trailing attribution: "..., the minister said."
SAYS = re.compile(r",\s[^,]{0,60}\b(?:said|says|told|added|according)\b[^,]{0,60}[.]?$")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "this",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "be",
        "been",
        "will",
        "would",
        "said",
        "says",
        "its",
        "it",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "as",
        "or",
        "but",
        "not",
    ]
)
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DOCUMENT = re.compile(
    r"\b(?:the|a|its|their|this|that|new|latest)\s(?:\w+\s)?(?:white paper|report|statement|"
    r"data|survey|letter|filing|document|study|figures|release|notice|announcement|circular|"
    r"plan|guideline|guidelines|ruling|indictment|complaint|lawsuit|suit|order|paper|analysis|"
    r"poll)\s(?:said|says|showed|shows|stated|states|noted|notes|found|finds|added|adds)\b|"
    r"\b(?:according to|said in|says in)\s(?:a|the|its)\s(?:\w+\s)?(?:statement|report|"
    r"filing|letter|release|notice|document|study|survey|announcement)\b",
    re.IGNORECASE,
)


def main_tense(text: str) -> str:
    """Return the tense of the main clause's first verb, past a leading clause and a "said"."""
    text = SAYS.sub(".", text)
    words = WORD.findall(text.lower())
    if not words:
        return "none"
    first = 0
    if words[0] in SUBORDINATE and "," in text[:150]:
        first = len(WORD.findall(text[: text.index(",")].lower()))
    words = words[first : first + 25]
    for j, word in enumerate(words):
        following = [x for x in words[j + 1 : j + 4] if x not in SKIPPED]
        if word in PERFECT:
            if (
                following and (PARTICIPLE.match(following[0]) or following[0] in IRREGULAR_PAST)
            ) or "been" in words[j + 1 : j + 3]:
                return PERFECT[word]
            return "past" if word == "had" else "pres"
        if word in MODALS:
            return "modal"
        if word in {"is", "are", "am"}:
            return "pres"
        if word in {"was", "were"}:
            return "past"
        if j > 0 and ((word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PAST):
            return "past"
    return "other"


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _lead_index(doc: Document) -> int:
    return next((j for j, s in enumerate(doc) if "p:lead" in s.feats), 0)


def tense(doc: Document) -> list[list[str]]:
    """The main clause's tense: present, past, present or past perfect, modal."""
    return [["mv:" + main_tense(s.text)] for s in doc]


def tense_near_far(doc: Document) -> list[list[str]]:
    """The main clause's tense crossed with within three sentences after the lead's or not."""
    lead = _lead_index(doc)
    return [
        ["mv:" + main_tense(s.text) + (":early" if j - lead <= 3 else ":late")]
        for j, s in enumerate(doc)
    ]


def lead_verb(doc: Document) -> list[list[str]]:
    """Whether a sentence repeats a past-tense verb of the lead's first sentence (stemmed)."""
    lead = _lead_index(doc)
    words = WORD.findall(SAYS.sub(".", doc[lead].text).lower()) if doc else []
    verbs = {
        _stem(w) for w in words[1:20] if (w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST
    } - {"sai", "said", "told"}
    return [
        ["ev:lead_verb"]
        if j != lead and verbs & {_stem(w) for w in WORD.findall(s.text.lower())}
        else []
        for j, s in enumerate(doc)
    ]


def weekday(doc: Document) -> list[list[str]]:
    """The weekday a sentence names against the lead's: the day before, after, or further back."""
    lead = {
        DAYS.index(w)
        for s in doc
        if "p:lead" in s.feats
        for w in WORD.findall(s.text.lower())
        if w in DAYS
    }
    result: list[list[str]] = []
    for s in doc:
        named = {DAYS.index(w) for w in WORD.findall(s.text.lower()) if w in DAYS}
        if not lead or "p:lead" in s.feats or not named or named & lead:
            result.append([])
            continue
        back = min((day - other) % 7 for day in lead for other in named)
        result.append(
            ["a:day_back1" if back == 1 else "a:day_fwd1" if back == 6 else "a:day_back_more"]
        )
    return result


def document_source(doc: Document) -> list[list[str]]:
    """A document as the source: "the white paper said", "according to a statement"."""
    return [["cue:document"] if DOCUMENT.search(s.text) else [] for s in doc]


def paragraph(doc: Document) -> list[list[str]]:
    """The paragraph's place counted from the lead's paragraph, bucketed."""
    order: dict[int, int] = {}
    for s in doc:
        order.setdefault(s.para, len(order))
    lead = order.get(doc[_lead_index(doc)].para, 0) if doc else 0
    result: list[list[str]] = []
    for s in doc:
        k = order[s.para] - lead
        bucket = (
            "pre"
            if k < 0
            else str(k)
            if k <= 3
            else "4-6"
            if k <= 6
            else "7-10"
            if k <= 10
            else "late"
        )
        result.append(["a:para" + bucket])
    return result


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if len(w) > 2 and w not in STOP]


def centrality(docs: Sequence[Document]) -> list[list[float]]:
    """Return each sentence's tf-idf cosine to the rest of its article (idf over *docs*)."""
    frequency: Counter[str] = Counter()
    for doc in docs:
        frequency.update({w for s in doc for w in _words(s.text)})
    n = len(docs)

    def vector(text: str) -> dict[str, float]:
        return {
            w: c * math.log((n + 1) / (frequency.get(w, 0) + 1))
            for w, c in Counter(_words(text)).items()
        }

    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(v * b.get(w, 0.0) for w, v in a.items())
        norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0

    result: list[list[float]] = []
    for doc in docs:
        vectors = [vector(s.text) for s in doc]
        whole: Counter[str] = Counter()
        for v in vectors:
            whole.update(v)
        result.append(
            [cosine(v, {w: x - v.get(w, 0.0) for w, x in whole.items()}) for v in vectors]
        )
    return result


def central_bucket(similarity: Sequence[float]) -> list[list[str]]:
    """The sentence's cosine to the rest of its article in four buckets."""
    return [
        ["c:sim" + ("0" if x < 0.1 else "1" if x < 0.2 else "2" if x < 0.3 else "3")]
        for x in similarity
    ]


def central_rank(similarity: Sequence[float]) -> list[list[str]]:
    """The sentence's rank in its article by that cosine, in four buckets."""
    order = sorted(range(len(similarity)), key=lambda j: -similarity[j])
    rank = {j: r for r, j in enumerate(order)}
    return [
        ["c:rank" + ("0" if r < 2 else "1" if r < 5 else "2" if r < 10 else "3")]
        for r in (rank[j] for j in range(len(similarity)))
    ]


# A second model for the article's main event.


def train_main_event(docs: Sequence[Document]) -> dict[str, float]:
    """Fit one weight per feature: a softmax over an article's sentences the rules leave open.

    The target spreads evenly over the article's gold ``FACT`` sentences; only
    articles with one and with two or more open sentences train it.
    """
    rate, l2 = 0.03, 3e-3
    counts = Counter(f for doc in docs for s in doc for f in s.feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    weights = [0.0] * len(vocab)
    grad_sq = [1e-8] * len(vocab)
    lists: list[tuple[list[list[int]], list[int]]] = []
    for doc in docs:
        open_ = [s for s in doc if s.fixed is None]
        gold = [j for j, s in enumerate(open_) if s.gold == FACT]
        if gold and len(open_) > 1:
            lists.append(([[vocab[f] for f in s.feats if f in vocab] for s in open_], gold))
    for epoch in range(10):
        for n in _order(len(lists), epoch):
            rows, gold = lists[n]
            scores = [sum(weights[r] for r in row) for row in rows]
            top = max(scores)
            exps = [math.exp(x - top) for x in scores]
            norm = sum(exps)
            target = [0.0] * len(rows)
            for j in gold:
                target[j] = 1 / len(gold)
            grads: dict[int, float] = {}
            for j, row in enumerate(rows):
                for r in row:
                    grads[r] = grads.get(r, 0.0) + exps[j] / norm - target[j]
            for r, loss in grads.items():
                g = loss + l2 * weights[r]
                grad_sq[r] += g * g
                weights[r] -= rate * g / math.sqrt(grad_sq[r])
    return {f: weights[i] for f, i in vocab.items()}


def main_event_outcomes(ctx: Context, betas: Sequence[float]) -> list[Outcome]:
    """Add *beta* times log(p * n) of the main-event model to FACT's out-of-fold score."""
    boost: list[dict[int, float]] = [{} for _ in ctx.docs]
    for fold in range(FOLDS):
        weights = train_main_event(_training(ctx.docs, fold))
        for i, doc in _in_fold(ctx.docs, fold):
            scores = {
                j: sum(weights.get(f, 0.0) for f in s.feats)
                for j, s in enumerate(doc)
                if s.fixed is None
            }
            if scores:
                top = max(scores.values())
                norm = math.log(sum(math.exp(x - top) for x in scores.values()))
                boost[i] = {j: x - top - norm + math.log(len(scores)) for j, x in scores.items()}
    emissions = ctx.emissions()
    result = []
    for beta in betas:
        folds: list[Scored] = []
        for fold in range(FOLDS):
            scored: Scored = []
            for i, doc in _in_fold(ctx.docs, fold):
                rows = [list(e) for e in emissions[i]]
                for j, x in boost[i].items():
                    rows[j][FACT] += beta * x
                scored += decided(doc, greedy(doc, rows))
            folds.append(scored)
        result.append(outcome(f"main-event beta {beta:g}", folds))
    return result


def misses(ctx: Context) -> str:
    """Count what the shipped learner calls the FACT sentences it misses, out of fold."""
    called: Counter[str] = Counter()
    emissions = ctx.emissions()
    for doc, rows in zip(ctx.docs, emissions, strict=True):
        for s, role in zip(doc, greedy(doc, rows), strict=True):
            if s.gold == FACT and role != FACT:
                called[ROLE_ORDER[role].value] += 1
                if role == QUOTE:
                    called["quote by rule" if s.fixed == QUOTE else "quote by the model"] += 1
    return "FACT sentences missed, called: " + ", ".join(
        f"{name} {n}" for name, n in sorted(called.items())
    )


def experiments(ctx: Context) -> dict[str, Callable[[], list[Outcome] | list[str]]]:
    """Return each experiment by name: a function that runs it."""
    docs = ctx.docs

    def features(name: str, *extras: Callable[[Document], list[list[str]]]) -> list[Outcome]:
        added: list[Document] = list(docs)
        for extra in extras:
            added = with_features(added, [extra(doc) for doc in added])
        return [feature_outcome(name, added)]

    def central(name: str, bucket: Callable[[Sequence[float]], list[list[str]]]) -> list[Outcome]:
        extra = [bucket(similarity) for similarity in centrality(docs)]
        return [feature_outcome(name, with_features(docs, extra))]

    return {
        "transitions": lambda: [
            decoded(ctx, f"transitions weight {w:g}", w, ratio=False)
            for w in (0.25, 0.5, 1.0, 1.5, 2.0)
        ],
        "ratio": lambda: [
            decoded(ctx, f"ratio weight {w:g}", w, ratio=True)
            for w in (0.1, 0.2, 0.3, 0.5, 0.75, 1.0)
        ],
        "crf-margin": lambda: [
            crf_outcome(ctx, "crf-margin", margin=1.0, own_only=False, chain=True)
        ],
        "crf": lambda: [crf_outcome(ctx, "crf", margin=0.0, own_only=False, chain=True)],
        "crf-own": lambda: [crf_outcome(ctx, "crf-own", margin=1.0, own_only=True, chain=True)],
        "softmax-margin": lambda: [
            crf_outcome(ctx, "softmax-margin", margin=1.0, own_only=False, chain=False)
        ],
        "hinge": lambda: [
            hinge_outcome(ctx, f"hinge margin {m:g}", margin=m) for m in (0.5, 1.0, 2.0)
        ],
        "tense": lambda: features("tense", tense),
        "tense-near-far": lambda: features("tense-near-far", tense_near_far),
        "lead-verb": lambda: features("lead-verb", lead_verb),
        "weekday": lambda: features("weekday", weekday),
        "document-source": lambda: features("document-source", document_source),
        "central-bucket": lambda: central("central-bucket", central_bucket),
        "central-rank": lambda: central("central-rank", central_rank),
        "paragraph": lambda: features("paragraph", paragraph),
        "lead-verb+document-source": lambda: features(
            "lead-verb+document-source", lead_verb, document_source
        ),
        "main-event": lambda: main_event_outcomes(ctx, (0.1, 0.2, 0.3, 0.5, 0.8)),
        "misses": lambda: [misses(ctx)],
    }


def row(result: Outcome) -> str:
    """Return one line of the table."""
    macro = sum(result.per_role) / K
    others = " ".join(f"{f:6.3f}" for c, f in enumerate(result.per_role) if c != FACT)
    folds = " ".join(f"{f:.3f}" for f in result.fold_macro)
    facts = " ".join(f"{f:.3f}" for f in result.fold_fact)
    return f"{result.name:26} {macro:6.3f} {result.per_role[FACT]:6.3f}  {folds}  {facts}  {others}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the experiments named on the command line (all by default) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", type=Path, nargs="?", help="the NewsDiscourse directory")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these experiments")
    parser.add_argument("--list", action="store_true", help="name the experiments and stop")
    args = parser.parse_args(argv)
    names = list(experiments(Context([])))
    if args.list:
        print("\n".join(names))
        return 0
    unknown = sorted(set(args.only or ()) - set(names))
    if unknown:
        parser.error(f"unknown experiments: {', '.join(unknown)} (--list names them)")
    if args.dataset is None:
        parser.error("the NewsDiscourse directory is required")
    ctx = Context(articles(args.dataset, "train"))
    table = experiments(ctx)
    roles = " ".join(f"{r.value[:6]:>6}" for r in ROLE_ORDER if r is not Role.FACT)
    print(f"{FOLDS}-fold CV on train (folds as in tools/train_roles.py --cv)")
    head = f"{'experiment':26} {'macro':>6} {'fact':>6}  {'macro-F1 by fold':23}"
    head += f"  {'FACT F1 by fold':23}"
    print(f"{head}  {roles}")
    print(row(baseline(ctx)), flush=True)
    for name in args.only or names:
        for result in table[name]():
            print(result if isinstance(result, str) else row(result), flush=True)
    return 0


def baseline(ctx: Context) -> Outcome:
    """Score the shipped learner and features, decided as the analysis decides roles."""
    emissions = ctx.emissions()
    return outcome(
        "baseline",
        [
            [
                s
                for i, doc in _in_fold(ctx.docs, fold)
                for s in decided(doc, greedy(doc, emissions[i]))
            ]
            for fold in range(FOLDS)
        ],
    )


if __name__ == "__main__":
    raise SystemExit(main())
