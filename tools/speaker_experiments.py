"""Measure a learned ranker of candidate speakers against the speaker rules.

Usage: ``python tools/speaker_experiments.py POLNEAR_DIR [--newsdiscourse-audit DIR ...]``

Issue 17 names a route: let the rules propose candidate speakers and let a
small model trained on PolNeAR train rank them. This script measures it on the
quotations the library finds, matched to PolNeAR's gold direct quotations the
way ``evals/quotes.py`` matches them.

Candidates of a quotation are the name-like runs of capitalised words and the
source nouns ("officials", "police") in its sentence, the two sentences before
it in its paragraph, the sentence after it, and the two paragraphs before,
outside quotation marks, plus the speaker the rules chose. Candidates with
the same last word are one candidate (the score of ``evals/quotes.py`` counts
a speaker right by its last word). A further candidate stands for "no
speaker". Each candidate is described by a handful of features (is it the
rules' choice, how far from the quotation, before or after it, next to a
speech verb, the subject of its sentence, how often named before, the
speaker of an earlier quotation, ...) and a softmax over the candidates of
each quotation is fitted by AdaGrad with L2 regularisation, deterministically.

It reports, on PolNeAR train (4 folds by article) and on dev (trained on all
of train): the speaker accuracy of the rules and of the ranker over the
quotations whose gold source is a name (pronoun sources are not annotated
with what they stand for and are left out), the share of quotations whose
gold speaker is among the candidates at all (the ceiling of any ranker), and
how the ranker's choice differs from the rules' (a ``None`` filled rightly or
wrongly, a right speaker lost, a wrong one mended). The ranker is measured
in two uses: choosing among all candidates, and only filling the quotations
the rules leave without a speaker, at several confidence thresholds (what
"precision before recall" would allow).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._quotes import group_quotations
from newsdiff._analysis._segment import sentence_spans
from newsdiff._analysis._speechwords import (
    CONNECTORS,
    DETERMINERS,
    LEADING_NOISE,
    PREPOSITIONS,
    TIME_WORDS,
    TITLES,
    WH_WORDS,
)
from newsdiff._analysis._speechwords import PRONOUNS as LIB_PRONOUNS
from newsdiff._base._kinds import QuoteKind

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "evals"))
from quotes import PRONOUNS, SPEECH_CUES, _paragraphs, gold_of, head, same_speaker, shared

FOLDS: Final = 4
EPOCHS: Final = 30
RATE: Final = 0.1
L2: Final = 1e-4
THRESHOLDS: Final = (0.5, 0.6, 0.7, 0.8, 0.9)

_TOKEN: Final = re.compile(r"[A-Za-z][\w.'’-]*")
# The library's own word lists: what joins a name's parts, and what opens no name.
_CONNECTORS: Final = CONNECTORS | {"of", "and", "for", "the"}
_STOP: Final = (
    DETERMINERS
    | LIB_PRONOUNS
    | PREPOSITIONS
    | LEADING_NOISE
    | TIME_WORDS
    | WH_WORDS
    | {"mr", "mrs", "ms", "dr", "if", "when", "while", "as", "so", "here", "there", "not"}
)
_SOURCE_NOUNS: Final = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|police|sources?|analysts?|experts?|"
    r"witnesses|residents|authorities|prosecutors|investigators|critics|lawmakers|aides?|"
    r"diplomats?|observers?|economists?|protesters|activists|officers?|statement|ministry|"
    r"government|campaign|agency|department|company|group|committee|court|report)\b"
)
_ORGS: Final = frozenset(
    [
        "department",
        "ministry",
        "party",
        "agency",
        "committee",
        "council",
        "office",
        "police",
        "university",
        "association",
        "union",
        "corp",
        "inc",
        "company",
        "group",
        "bank",
        "court",
        "commission",
        "house",
        "senate",
        "government",
        "army",
        "forces",
        "news",
        "times",
        "post",
        "press",
        "reuters",
    ]
)
_TITLES: Final = {title.rstrip(".") for title in TITLES}
_SPEECH: Final = SPEECH_CUES | {"according"}


# A candidate's features, sparse: (index, value) for each feature that is not zero.
Row = list[tuple[int, float]]


class Mention(NamedTuple):
    """One occurrence of a candidate near a quotation."""

    text: str
    sentence_distance: int  # sentences back from the quotation's sentence; -1 after
    paragraph_distance: int
    after_quote: bool
    speech_next: bool
    speech_before: bool
    subject: bool
    title_before: bool
    apposition: bool
    possessive: bool
    adjacent: bool = False
    cue_sentence: bool = False
    gap: int = 10_000


class Example(NamedTuple):
    """One quotation: its candidates' features, which are right, and the rules' choice."""

    article: str
    names: list[str]
    features: list[Row]  # one per candidate; the first is "no speaker"
    right: list[bool]
    rule: str | None
    rule_right: bool
    pronoun: bool
    rule_index: int = 0
    context: str = ""
    gold: str = ""


FEATURES: Final = [
    "none",
    "none&rule_none",
    "rule",
    "d0",
    "d1",
    "d2",
    "d3+",
    "after_sentence",
    "para1",
    "para2",
    "after_quote",
    "speech_next",
    "speech_before",
    "subject",
    "title_before",
    "apposition",
    "possessive",
    "one_word",
    "three_words",
    "org",
    "mentions",
    "prev_speaker",
    "earlier_speaker",
    "source_noun",
    "adjacent",
    "cue_sentence",
    "nearest_before",
]
# Every feature but the first two also counts once more when the rules chose no one, so
# the ranker can weigh the evidence differently where it would fill a gap.
WIDTH: Final = 2 + 2 * (len(FEATURES) - 2)


def _masked(text: str, quotes: Sequence[str]) -> str:
    """Blank every quoted passage of *text* (names inside quotations are not speakers)."""
    for quoted in quotes:
        at = text.find(quoted)
        if at >= 0:
            text = text[:at] + " " * len(quoted) + text[at + len(quoted) :]
    return re.sub(r"[“\"][^”\"]*[”\"]", lambda m: " " * len(m.group()), text)


def _runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, text) of every run of capitalised words in *text*."""
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        if not tokens[i].group()[0].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            gap = text[tokens[j].end() : tokens[j + 1].start()]
            nxt = tokens[j + 1].group()
            if gap != " ":
                break
            if nxt[0].isupper():
                j += 1
                continue
            if (
                nxt.lower() in _CONNECTORS
                and j + 2 < len(tokens)
                and tokens[j + 2].group()[0].isupper()
            ):
                j += 2
                continue
            break
        words = [t.group() for t in tokens[i : j + 1]]
        k = 0
        while k < len(words) and words[k].lower().strip(".’'") in _STOP:
            k += 1
        if k < len(words):
            start = tokens[i + k].start()
            yield start, tokens[j].end(), text[start : tokens[j].end()]
        i = j + 1


def _mentions(
    sentence: str, quotes: Sequence[str], distance: int, paragraph: int, quote_at: int | None
) -> Iterator[Mention]:
    masked = _masked(sentence, quotes)
    lower = masked.lower()
    found = [(s, e, t.rstrip(".,’'")) for s, e, t in _runs(masked)]
    found += [(m.start(), m.end(), m.group()) for m in _SOURCE_NOUNS.finditer(lower)]
    for start, end, name in found:
        before = lower[:start].split()[-2:]
        after = lower[end:].split()[:2]
        yield Mention(
            text=name,
            sentence_distance=distance,
            paragraph_distance=paragraph,
            after_quote=quote_at is not None and start > quote_at,
            speech_next=any(w.strip(".,;:") in _SPEECH for w in after),
            speech_before=any(w.strip(".,;:") in _SPEECH for w in before),
            subject=not masked[:start].strip(' “"')
            or lower[:start].strip() in {"the", "but", "and"},
            title_before=bool(before) and before[-1].strip(".,") in _TITLES,
            apposition=lower[end:].startswith((", a ", ", the ", ", who ", ", an ")),
            possessive=lower[end:].startswith(("’s", "'s")),
            adjacent=(bool(after) and after[0].strip(".,;:") in _SPEECH)
            or (bool(before) and before[-1].strip(".,;:") in _SPEECH),
            cue_sentence=any(w.strip(".,;:") in _SPEECH for w in lower.split()),
            gap=(quote_at - end) if quote_at is not None and start < quote_at else 10_000,
        )


def _vector(
    group: list[Mention],
    rule: str | None,
    counts: Counter[str],
    speakers: list[str],
    nearest: int,
) -> Row:
    name = group[0].text
    key = head(name)
    near = min(group, key=lambda m: (m.paragraph_distance, abs(m.sentence_distance)))
    words = name.split()
    values = {
        "rule": rule is not None and head(rule) == key,
        "d0": any(m.sentence_distance == 0 for m in group),
        "d1": any(m.sentence_distance == 1 for m in group),
        "d2": any(m.sentence_distance == 2 for m in group),
        "d3+": all(m.sentence_distance >= 3 for m in group),
        "after_sentence": any(m.sentence_distance == -1 for m in group),
        "para1": near.paragraph_distance == 1,
        "para2": near.paragraph_distance == 2,
        "after_quote": any(m.after_quote for m in group if m.sentence_distance == 0),
        "speech_next": any(m.speech_next for m in group),
        "speech_before": any(m.speech_before for m in group),
        "subject": any(m.subject for m in group),
        "title_before": any(m.title_before for m in group),
        "apposition": any(m.apposition for m in group),
        "possessive": all(m.possessive for m in group),
        "one_word": len(words) == 1,
        "three_words": len(words) >= 3,
        "org": any(w.lower().strip(".,") in _ORGS for w in words),
        "mentions": math.log1p(counts[key]) / 3,
        "prev_speaker": bool(speakers) and head(speakers[-1]) == key,
        "earlier_speaker": any(head(s) == key for s in speakers),
        "source_noun": name[:1].islower(),
        "adjacent": any(m.adjacent for m in group if m.paragraph_distance == 0),
        "cue_sentence": any(m.cue_sentence for m in group if m.sentence_distance in (0, -1)),
        "nearest_before": nearest < 10_000 and any(m.gap == nearest for m in group),
    }
    row: Row = []
    for i, feature in enumerate(FEATURES[2:]):
        value = float(values[feature])
        if value:
            row.append((2 + i, value))
            if rule is None:
                row.append((2 + len(FEATURES) - 2 + i, value))
    return row


def examples(row: dict[str, Any]) -> list[Example]:
    """Return one example per predicted direct quotation of *row* matched to a gold one."""
    text = row["text"]
    gold_direct, _ = gold_of(row)
    offsets: list[list[int]] = []
    paragraphs: list[list[str]] = []
    for at, line in _paragraphs(text):
        spans = sentence_spans(line)
        if spans:
            offsets.append([at + s for s, _ in spans])
            paragraphs.append([line[s:e] for s, e in spans])
    analysed = analyse(paragraphs)
    counts: Counter[str] = Counter()
    speakers: list[str] = []
    found: list[Example] = []
    for p, sentences in enumerate(analysed):
        quoted = [[q.text for q in s.quotes] for s in sentences]
        for group in group_quotations(sentences):
            i, j = group[0]
            quote = sentences[i].quotes[j]
            if quote.kind is QuoteKind.INDIRECT:
                continue
            where = []
            for gi, gj in group:
                q = sentences[gi].quotes[gj]
                start = offsets[p][gi] + max(sentences[gi].text.find(q.text), 0)
                where.append((start, start + len(q.text)))
            match = max(
                ((shared(where, spans), source) for spans, source in gold_direct), default=(0, "")
            )
            mentions: list[Mention] = []
            for back in (2, 1):
                if p - back >= 0:
                    for k, s in enumerate(analysed[p - back]):
                        mentions += _mentions(
                            s.text, quoted_of(analysed[p - back], k), 3, back, None
                        )
            for k in range(max(0, i - 2), min(len(sentences), i + 2)):
                quote_at = sentences[i].text.find(quote.text) if k == i else None
                mentions += _mentions(
                    sentences[k].text, quoted[k], i - k if k <= i else -1, 0, quote_at
                )
            groups: dict[str, list[Mention]] = {}
            for m in mentions:
                key = head(m.text)
                if key and key not in _STOP:
                    groups.setdefault(key, []).append(m)
            if quote.speaker is not None and head(quote.speaker) not in groups:
                groups[head(quote.speaker)] = [
                    Mention(
                        text=quote.speaker,
                        sentence_distance=0,
                        paragraph_distance=0,
                        after_quote=False,
                        speech_next=False,
                        speech_before=False,
                        subject=False,
                        title_before=False,
                        apposition=False,
                        possessive=False,
                    )
                ]
            names = ["(none)"] + [g[0].text for g in groups.values()]
            rows: list[Row] = [[(0, 1.0), (1, 1.0)] if quote.speaker is None else [(0, 1.0)]]
            nearest = min((m.gap for m in mentions), default=10_000)
            rows += [_vector(g, quote.speaker, counts, speakers, nearest) for g in groups.values()]
            source = match[1].strip()
            if match[0] and source and source.lower() not in SPEECH_CUES:
                pronoun = source.lower() in PRONOUNS
                right = [False] + [
                    (n in text[: where[0][0]]) if pronoun else same_speaker(n, source)
                    for n in names[1:]
                ]
                rule_right = (
                    (quote.speaker is not None and quote.speaker in text[: where[0][0]])
                    if pronoun
                    else same_speaker(quote.speaker, source)
                )
                keys = list(groups)
                rule_index = 1 + keys.index(head(quote.speaker)) if quote.speaker is not None else 0
                found.append(
                    Example(
                        row.get("article", ""),
                        names,
                        rows,
                        right,
                        quote.speaker,
                        rule_right,
                        pronoun,
                        rule_index,
                        text[max(0, where[0][0] - 300) : where[0][0] + 80].replace("\n", " ¶ "),
                        source,
                    )
                )
            if quote.speaker is not None:
                speakers.append(quote.speaker)
        for s in sentences:
            for _, _, name in _runs(_masked(s.text, [q.text for q in s.quotes])):
                counts[head(name)] += 1
    return found


def quoted_of(sentences: Sequence[Any], k: int) -> list[str]:
    """Return the quoted texts of sentence *k*."""
    return [q.text for q in sentences[k].quotes]


def _probabilities(e: Example, weights: list[float]) -> list[float]:
    scores = [sum(weights[i] * v for i, v in row) for row in e.features]
    top = max(scores)
    exps = [math.exp(x - top) for x in scores]
    total = sum(exps)
    return [x / total for x in exps]


def train(data: Sequence[Example]) -> list[float]:
    """Fit the softmax ranker on the examples whose gold speaker is a name among the candidates."""
    weights = [0.0] * WIDTH
    squares = [1e-8] * WIDTH
    usable = [e for e in data if not e.pronoun and any(e.right)]
    state = 12345
    for _ in range(EPOCHS):
        order = list(range(len(usable)))
        for n in range(len(order) - 1, 0, -1):
            state = (state * 1103515245 + 12345) % 2**31
            m = state % (n + 1)
            order[n], order[m] = order[m], order[n]
        for index in order:
            e = usable[index]
            p = _probabilities(e, weights)
            rights = sum(e.right)
            grad: dict[int, float] = {}
            for row, prob, right in zip(e.features, p, e.right, strict=True):
                delta = prob - (1.0 / rights if right else 0.0)
                for i, v in row:
                    grad[i] = grad.get(i, 0.0) + delta * v
            for i, raw in grad.items():
                g = raw + L2 * weights[i]
                squares[i] += g * g
                weights[i] -= RATE * g / math.sqrt(squares[i])
    return weights


def choose(e: Example, weights: list[float]) -> tuple[int, float, float]:
    """Return the best candidate's index (0 for no speaker), its probability and the rules'."""
    p = _probabilities(e, weights)
    best = max(range(len(p)), key=p.__getitem__)
    return best, p[best], p[e.rule_index]


def report(
    name: str,
    data: Sequence[Example],
    chosen: Sequence[tuple[int, float, float]],
    show: float = 0.0,
) -> None:
    """Print the rules' and the ranker's figures over *data*."""
    named = [(e, c) for e, c in zip(data, chosen, strict=True) if not e.pronoun]
    n = len(named)
    rules = sum(e.rule_right for e, _ in named)
    ceiling = sum(e.rule_right or any(e.right) for e, _ in named)
    ranker = sum(e.right[c] for e, (c, _, _) in named)
    sys.stdout.write(f"== {name}: {n} quotations with a named gold source ==\n")
    sys.stdout.write(
        f"rules accuracy            {rules / n:.3f}  (wrong name {_wrong(named, None):.3f})\n"
    )
    sys.stdout.write(f"ceiling (in candidates)   {ceiling / n:.3f}\n")
    sys.stdout.write(
        f"ranker, all candidates    {ranker / n:.3f}  (wrong name {_wrong(named, 0.0):.3f})\n"
    )
    moves = Counter(_move(e, c) for e, (c, _, _) in named)
    sys.stdout.write(
        "   changes: " + ", ".join(f"{k} {v}" for k, v in sorted(moves.items()) if k) + "\n"
    )
    for t in THRESHOLDS:
        right = wrong = filled_right = filled_wrong = 0
        for e, (c, p, _) in named:
            if e.rule is None and c and p >= t:
                filled_right += e.right[c]
                filled_wrong += not e.right[c]
                right += e.right[c]
                wrong += not e.right[c]
            else:
                right += e.rule_right
                wrong += e.rule is not None and not e.rule_right
        sys.stdout.write(
            f"fill None at p>={t:.1f}        {right / n:.3f}  (wrong name {wrong / n:.3f}; "
            f"filled {filled_right} right, {filled_wrong} wrong)\n"
        )
    for t in (0.05, 0.1, 0.2, 0.3):
        lost = removed = 0
        for e, (_, _, q) in named:
            if e.rule is not None and q < t:
                lost += e.rule_right
                removed += not e.rule_right
        sys.stdout.write(
            f"veto rules' choice p<{t:.2f}   right speakers lost {lost}, "
            f"wrong ones removed {removed}\n"
        )
    if show:
        for e, (c, p, _) in named:
            if e.rule is None and c and p >= show:
                verdict = "RIGHT" if e.right[c] else "wrong"
                sys.stdout.write(
                    f"  [{verdict}] p={p:.2f} ranker={e.names[c]!r} gold={e.gold!r}\n"
                    f"      {e.context}\n"
                )
    pron = [(e, c) for e, c in zip(data, chosen, strict=True) if e.pronoun]
    if pron:
        sys.stdout.write(
            f"pronoun sources ({len(pron)}): "
            f"rules {sum(e.rule_right for e, _ in pron) / len(pron):.3f}, "
            f"ranker {sum(e.right[c] for e, (c, _, _) in pron) / len(pron):.3f}\n"
        )


def _wrong(
    named: Sequence[tuple[Example, tuple[int, float, float]]], ranker: float | None
) -> float:
    if ranker is None:
        bad = sum(e.rule is not None and not e.rule_right for e, _ in named)
    else:
        bad = sum(c != 0 and not e.right[c] for e, (c, _, _) in named)
    return bad / len(named)


def _move(e: Example, c: int) -> str:
    new_right = e.right[c]
    if e.rule is None:
        if c == 0:
            return ""
        return "None->right" if new_right else "None->wrong"
    if e.rule_right == new_right:
        return (
            "" if e.rule_right or (c and head(e.names[c]) == head(e.rule)) else "wrong->other wrong"
        )
    return "wrong->right" if new_right else ("right->None" if c == 0 else "right->wrong")


# The features that tell the rules' choice: whether the rules chose anyone, and whom.
_RULE_FEATURES: Final = frozenset(
    [1, 2] + [2 + len(FEATURES) - 2 + i for i in range(len(FEATURES) - 2)]
)


def _blind(e: Example) -> Example:
    """Return *e* without the features that tell the rules' choice."""
    rows = [[(i, v) for i, v in row if i not in _RULE_FEATURES] for row in e.features]
    return e._replace(features=rows)


def main(argv: Sequence[str]) -> int:
    """Run the measurement on the PolNeAR folder named in *argv*."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("polnear_dir", type=Path)
    parser.add_argument("--weights", action="store_true", help="print the weights trained on train")
    parser.add_argument(
        "--without-rules",
        action="store_true",
        help="hide the rules' choice from the ranker (what the features alone reach)",
    )
    parser.add_argument(
        "--show",
        type=float,
        default=0.0,
        metavar="P",
        help="print every quotation the ranker would give a speaker the rules left out, at p >= P",
    )
    args = parser.parse_args(argv[1:])

    def load(split: str) -> list[dict[str, Any]]:
        path = args.polnear_dir / f"polnear_{split}.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]

    train_rows, dev_rows = load("train"), load("dev")
    by_article = [examples(row) for row in train_rows]
    if args.without_rules:
        by_article = [[_blind(e) for e in ex] for ex in by_article]
    chosen: list[tuple[int, float, float]] = []
    flat: list[Example] = []
    for fold in range(FOLDS):
        fitted = train([e for k, ex in enumerate(by_article) if k % FOLDS != fold for e in ex])
        for k, ex in enumerate(by_article):
            if k % FOLDS == fold:
                flat += ex
                chosen += [choose(e, fitted) for e in ex]
    report(f"train, {FOLDS}-fold by article", flat, chosen, args.show)
    weights = train([e for ex in by_article for e in ex])
    dev = [e for row in dev_rows for e in examples(row)]
    if args.without_rules:
        dev = [_blind(e) for e in dev]
    report("dev, trained on train", dev, [choose(e, weights) for e in dev], args.show)
    if args.weights:
        labels = FEATURES[:2] + FEATURES[2:] + [f"{f}|rule_none" for f in FEATURES[2:]]
        for label, w in zip(labels, weights, strict=True):
            sys.stdout.write(f"{label:28} {w:+.3f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
