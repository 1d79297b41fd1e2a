"""Measure quote, speaker and reported-speech extraction against PolNeAR.

Usage: ``python evals/quotes.py POLNEAR_DIR`` where ``POLNEAR_DIR`` holds
``polnear_dev.jsonl`` (PolNeAR, Newell, Margolin & Ruths, LREC 2018, dev split:
84 articles, github.com/networkdynamics/PolNeAR).

Each article's text is split into paragraphs at line breaks and into sentences
by :func:`newsdiff._segment.sentence_spans`, then analysed by
:func:`newsdiff._analyse.analyse`. A predicted quote is placed back in the
article by finding its text inside its sentence.

Matching. A predicted quote and a gold attribution *match* when their
character spans overlap by at least half of the shorter of the two (the gold
span is each content span of the attribution in turn).

* Direct and partial quotes: gold are the attributions whose content touches a
  quotation mark (``content_near_quote_mark``, or a double mark or ``''``
  within two characters of it); predicted are the ``DIRECT`` and
  ``PARTIAL`` quotes. Precision counts predicted quotes that match some gold
  one; recall counts gold attributions matched by some predicted quote.
* Speaker accuracy, on matched gold attributions with a source: the predicted
  quote overlapping most is correct when the *head* of its speaker (last word,
  lower-cased, possessive and punctuation dropped) equals the gold source's
  head (that of the whole source, or of its part before the first comma or
  bracket, so an apposition does not count against a bare name), or one
  speaker contains the other. Gold sources that are pronouns
  (``he``, ``she``, ...) are scored apart: correct when the predicted speaker
  is a name that occurs in the article before the quote (resolution is not
  annotated in PolNeAR, so this checks only that a name was found).
* Reported speech: gold are the attributions away from quotation marks whose
  cue's first word is a speech verb (list below); predicted are ``INDIRECT``
  quotes.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsdiff._analyse import analyse
from newsdiff._model import QuoteKind
from newsdiff._segment import sentence_spans

SPEECH_CUES = frozenset(
    [
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tell",
        "tells",
        "according",
        "noted",
        "notes",
        "wrote",
        "writes",
        "added",
        "adds",
        "stated",
        "states",
        "announced",
        "announces",
        "explained",
        "explains",
        "argued",
        "argues",
        "claimed",
        "claims",
        "warned",
        "warns",
        "insisted",
        "insists",
        "reported",
        "reports",
        "asked",
        "asks",
        "replied",
        "responded",
        "acknowledged",
        "admitted",
        "suggested",
        "suggests",
        "confirmed",
        "denied",
        "predicted",
        "urged",
        "declared",
        "stressed",
        "tweeted",
        "testified",
        "recalled",
        "promised",
        "vowed",
        "complained",
        "countered",
        "continued",
    ]
)
PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we", "him", "her", "them"])

Span = tuple[int, int]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        if line.strip():
            yield at, line
        at += len(line) + 1


def predicted(text: str) -> list[tuple[Span, QuoteKind, str | None]]:
    """Return every predicted quote of *text* as (span, kind, speaker)."""
    offsets: list[list[int]] = []
    paragraphs: list[list[str]] = []
    for at, line in _paragraphs(text):
        spans = sentence_spans(line)
        if not spans:
            continue
        offsets.append([at + s for s, _ in spans])
        paragraphs.append([line[s:e] for s, e in spans])
    result: list[tuple[Span, QuoteKind, str | None]] = []
    for p, sentences in enumerate(analyse(paragraphs)):
        for i, sentence in enumerate(sentences):
            for quote in sentence.quotes:
                where = sentence.text.find(quote.text)
                start = offsets[p][i] + max(where, 0)
                result.append(((start, start + len(quote.text)), quote.kind, quote.speaker))
    return result


def near_mark(text: str, spans: Sequence[Span]) -> bool:
    """Tell whether a content span touches a double quotation mark, ``''`` included.

    PolNeAR's own ``content_near_quote_mark`` flag misses the two-apostrophe
    marks of older wire copy, so those are added here.
    """
    return any(
        '"' in (window := text[max(0, a - 2) : b + 2])
        or "''" in window
        or any(m in window for m in "“”«»")
        for a, b in spans
    )


def overlaps(a: Span, b: Span) -> int:
    """Return how many characters *a* and *b* share, if at least half the shorter."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shortest = min(a[1] - a[0], b[1] - b[0])
    return shared if shared > 0 and shortest > 0 and 2 * shared >= shortest else 0


def head(name: str) -> str:
    """Return the last word of *name*, lower-cased, without possessive or punctuation."""
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1].strip(".,;:’'\"”“").lower() if words else ""


def same_speaker(pred: str | None, gold: str) -> bool:
    """Tell whether *pred* names the gold source *gold* (head match or containment)."""
    if not pred:
        return False
    p, g = pred.lower(), gold.lower()
    # A gold source may carry an apposition ("Scott Pruitt, the attorney
    # general of Oklahoma,"); the name before it counts as its head too.
    heads = {head(gold), head(gold.split(",", maxsplit=1)[0]), head(gold.split("(", maxsplit=1)[0])}
    return head(pred) in heads or (p in g or g in p)


def _scores(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(rows: Sequence[dict[str, Any]]) -> dict[str, float | int]:
    """Score every article of *rows* and return the figures."""
    c = dict.fromkeys(
        [
            "dp",
            "dp_ok",
            "dg",
            "dg_ok",
            "rp",
            "rp_ok",
            "rg",
            "rg_ok",
            "sp_n",
            "sp_ok",
            "pr_n",
            "pr_ok",
        ],
        0,
    )
    for row in rows:
        text = row["text"]
        preds = predicted(text)
        direct = [(s, sp) for s, k, sp in preds if k is not QuoteKind.INDIRECT]
        reported = [s for s, k, _ in preds if k is QuoteKind.INDIRECT]
        gold_direct, gold_reported = [], []
        for att in row["attributions"]:
            spans = [(c_["start"], c_["end"]) for c_ in att["content"]]
            source = " ".join(s["text"] for s in att["source"])
            if not spans:
                continue
            if att["content_near_quote_mark"] or near_mark(text, spans):
                gold_direct.append((spans, source))
            else:
                cue = " ".join(x["text"] for x in att["cue"]).lower().split()
                if cue and any(word in SPEECH_CUES for word in cue):
                    gold_reported.append(spans)
        c["dp"] += len(direct)
        c["dp_ok"] += sum(
            any(overlaps(s, g) for spans, _ in gold_direct for g in spans) for s, _ in direct
        )
        c["dg"] += len(gold_direct)
        for spans, source in gold_direct:
            best = max(
                ((sum(overlaps(s, g) for g in spans), sp) for s, sp in direct),
                key=lambda pair: pair[0],
                default=(0, None),
            )
            if not best[0]:
                continue
            c["dg_ok"] += 1
            if not source.strip():
                continue
            if source.strip().lower() in PRONOUNS:
                c["pr_n"] += 1
                first = min(g[0] for g in spans)
                c["pr_ok"] += bool(best[1]) and str(best[1]) in text[:first]
            else:
                c["sp_n"] += 1
                c["sp_ok"] += same_speaker(best[1], source)
        c["rp"] += len(reported)
        c["rp_ok"] += sum(any(overlaps(s, g) for gs in gold_reported for g in gs) for s in reported)
        c["rg"] += len(gold_reported)
        c["rg_ok"] += sum(any(overlaps(s, g) for s in reported for g in gs) for gs in gold_reported)
    dp, dr, df = _scores(c["dp_ok"], c["dp"], c["dg_ok"], c["dg"])
    rp, rr, rf = _scores(c["rp_ok"], c["rp"], c["rg_ok"], c["rg"])
    return {
        "articles": len(rows),
        "direct_gold": c["dg"],
        "direct_predicted": c["dp"],
        "direct_precision": dp,
        "direct_recall": dr,
        "direct_f1": df,
        "speaker_scored": c["sp_n"],
        "speaker_accuracy": c["sp_ok"] / c["sp_n"] if c["sp_n"] else 0.0,
        "pronoun_scored": c["pr_n"],
        "pronoun_named": c["pr_ok"] / c["pr_n"] if c["pr_n"] else 0.0,
        "reported_gold": c["rg"],
        "reported_predicted": c["rp"],
        "reported_precision": rp,
        "reported_recall": rr,
        "reported_f1": rf,
    }


def main(argv: Sequence[str]) -> int:
    """Run the evaluation on the directory named in *argv*."""
    if len(argv) != 2:
        sys.stderr.write("usage: python evals/quotes.py POLNEAR_DIR\n")
        return 2
    path = Path(argv[1]) / "polnear_dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    began = time.perf_counter()
    figures = evaluate(rows)
    for name, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        sys.stdout.write(f"{name:20} {shown}\n")
    sys.stdout.write(f"{'seconds':20} {time.perf_counter() - began:.1f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
