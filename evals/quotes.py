"""Measure quote, speaker and reported-speech extraction against PolNeAR.

Usage: ``python evals/quotes.py POLNEAR_DIR [--split train|dev] [--show-errors N]
[--kind KIND] [--group]`` where ``POLNEAR_DIR`` holds ``polnear_train.jsonl`` and
``polnear_dev.jsonl`` (PolNeAR, Newell, Margolin & Ruths, LREC 2018,
github.com/networkdynamics/PolNeAR).
``--show-errors N`` prints up to N disagreements of each kind (``direct-fp``,
``direct-fn``, ``speaker``, ``pronoun``, ``reported-fp``, ``reported-fn``)
with their context, the largest kind first; ``--kind`` keeps only the kinds
named; ``--group`` splits the speaker and pronoun errors by a coarse cause
(see :func:`cause`). For tuning, read the errors of ``--split train`` only.

Each article's text is split into paragraphs at line breaks and into sentences
by :func:`newsdiff._analysis._segment.sentence_spans`, then analysed by
:func:`newsdiff._analysis._analyse.analyse`. A predicted quote is placed back in the
article by finding its text inside its sentence.

Units. A gold unit is one attribution. A predicted unit is one *quotation*:
the quotes that :func:`newsdiff._analysis._quotes.group_quotations` groups (the parts of
one quotation cut at sentence ends, or split by its "he said"), so a
five-sentence quotation counts once, as a gold attribution does. The figures
counting every per-sentence :class:`~newsdiff.Quote` apart are printed too
(``direct_parts_*``).

Matching. A predicted part and a gold content span *overlap* when they share at
least half of the shorter of the two; a quotation matches a gold attribution
when one of its parts overlaps one of the attribution's content spans.

* Direct and partial quotes: gold are the attributions whose content touches a
  quotation mark (``content_near_quote_mark``, or a double mark or ``''``
  within two characters of it); predicted are the ``DIRECT`` and
  ``PARTIAL`` quotations. Precision counts predicted quotations that match
  some gold one; recall counts gold attributions matched by some prediction.
* Speaker accuracy, on matched gold attributions with a source: the quotation
  overlapping most is correct when the *head* of its speaker (last word,
  lower-cased, possessive and punctuation dropped) equals the gold source's
  head (that of the whole source, or of its part before the first comma or
  bracket, so an apposition does not count against a bare name), or one
  speaker contains the other. Gold sources that are personal or relative
  pronouns (``he``, ``she``, ``who``, ``which``, ...) are scored apart:
  correct when the predicted speaker is a name that occurs in the article
  before the quote (resolution is not annotated in PolNeAR, so this checks only
  that a name was found). A gold source span holding only a speech verb
  (``said``: an annotation slip) is not scored.
* Reported speech: gold are the attributions away from quotation marks whose
  cue has a speech verb (list below); predicted are ``INDIRECT`` quotes.
* ``speaker_acc_either`` counts a speaker as right when it names the source of
  any gold attribution whose content holds the quotation, not only the one
  matched: PolNeAR sometimes annotates the outer source of a nested
  attribution ("X said ..., according to Y") and sometimes the inner one, and
  either level is a right answer.
* ``speaker_acc_sane`` and ``pronoun_named_sane`` count a speaker as right
  only when it is also not *suspect* (below): the head match above takes a
  junk speaker such as ``When Mr. Trump`` or ``Then`` (a word found earlier in
  the article) for a right one.
* Junk share: of all quotations (any kind) that name a speaker, the share
  whose speaker the stricter heuristic of ``evals/speakers.py`` (``suspect``)
  flags: an upper bound on speakers that are no speaker.

Splits: ``--split train`` (``polnear_train.jsonl``, 840 articles, for
tuning) and ``--split dev`` (``polnear_dev.jsonl``, 84 articles, for
checking); both by default.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speakers import suspect

from newsdiff._analysis._analyse import analyse
from newsdiff._analysis._quotes import group_quotations
from newsdiff._analysis._segment import sentence_spans
from newsdiff._base._kinds import QuoteKind

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
        # The same verbs in the present with a plural subject ("Critics argue
        # that ..."): the tense of the cue does not decide what was said.
        "argue",
        "warn",
        "insist",
        "explain",
        "claim",
        "state",
        "add",
        "report",
        "ask",
        "suggest",
        "admit",
        "acknowledge",
        "predict",
        "confirm",
        "deny",
        "complain",
        "urge",
        "stress",
        "testify",
        "recall",
        "note",
        "write",
        "announce",
    ]
)
# Personal and relative pronouns: PolNeAR does not annotate what they stand for.
PRONOUNS = frozenset(
    ["he", "she", "they", "it", "i", "we", "him", "her", "them", "who", "which", "that"]
)

Span = tuple[int, int]


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        if line.strip():
            yield at, line
        at += len(line) + 1


def predicted(text: str, *, parts: bool = False) -> list[tuple[list[Span], QuoteKind, str | None]]:
    """Return every predicted quotation of *text* as (part spans, kind, speaker).

    A quotation is a group of :func:`newsdiff._analysis._quotes.group_quotations`, with
    the span of each of its parts (one per sentence). With *parts*, every
    :class:`~newsdiff.Quote` counts as a quotation of its own instead.
    """
    offsets: list[list[int]] = []
    paragraphs: list[list[str]] = []
    for at, line in _paragraphs(text):
        spans = sentence_spans(line)
        if not spans:
            continue
        offsets.append([at + s for s, _ in spans])
        paragraphs.append([line[s:e] for s, e in spans])
    result: list[tuple[list[Span], QuoteKind, str | None]] = []
    for p, sentences in enumerate(analyse(paragraphs)):
        groups = (
            [[(i, j)] for i, s in enumerate(sentences) for j in range(len(s.quotes))]
            if parts
            else group_quotations(sentences)
        )
        for group in groups:
            where: list[Span] = []
            for i, j in group:
                sentence = sentences[i]
                quote = sentence.quotes[j]
                start = offsets[p][i] + locate(sentence.text, quote.text)
                where.append((start, start + len(quote.text)))
            first = sentences[group[0][0]].quotes[group[0][1]]
            result.append((where, first.kind, first.speaker))
    return result


def locate(sentence: str, quote: str) -> int:
    """Return where *quote* stands in *sentence*: the first place it is whole words.

    A short quotation ("no") also stands inside longer words before it
    ("nominee"); the place not inside a word is the quotation's.
    """
    at = sentence.find(quote)
    while at >= 0:
        before = sentence[at - 1 : at]
        after = sentence[at + len(quote) : at + len(quote) + 1]
        if not (before.isalnum() or after.isalnum()):
            return at
        at = sentence.find(quote, at + 1)
    return max(sentence.find(quote), 0)


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


def shared(parts: Sequence[Span], gold: Sequence[Span]) -> int:
    """Return how many characters the parts of a quotation share with a gold one.

    Each pair of spans counts only if it overlaps by half the shorter (see
    :func:`overlaps`), so one matching part is enough to match.
    """
    return sum(overlaps(a, g) for a in parts for g in gold)


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


@attrs.frozen
class Error:
    """One disagreement with the gold annotation, for ``--show-errors``."""

    kind: str
    article: str
    text: str
    detail: str


def _context(text: str, span: Span, width: int = 60) -> str:
    start, end = span
    return (
        text[max(0, start - width) : start] + "⟦" + text[start:end] + "⟧" + text[end : end + width]
    ).replace("\n", " ¶ ")


Counts = dict[str, int]
Gold = tuple[list[tuple[list[Span], str]], list[list[Span]]]


def gold_of(row: dict[str, Any]) -> Gold:
    """Return the gold direct (content spans, source) and reported (content spans) of *row*."""
    text = row["text"]
    direct: list[tuple[list[Span], str]] = []
    reported: list[list[Span]] = []
    for att in row["attributions"]:
        spans = [(c["start"], c["end"]) for c in att["content"]]
        source = " ".join(s["text"] for s in att["source"])
        if not spans:
            continue
        if att["content_near_quote_mark"] or near_mark(text, spans):
            direct.append((spans, source))
        else:
            cue = " ".join(x["text"] for x in att["cue"]).lower().split()
            if cue and any(word in SPEECH_CUES for word in cue):
                reported.append(spans)
    return direct, reported


def sources_of(row: dict[str, Any]) -> list[tuple[list[Span], str]]:
    """Return (content spans, source) of every attribution of *row*, of any kind."""
    found = []
    for att in row["attributions"]:
        spans = [(c["start"], c["end"]) for c in att["content"]]
        source = " ".join(s["text"] for s in att["source"]).strip()
        if spans and source:
            found.append((spans, source))
    return found


def _score_either_level(
    c: Counts, source: str, predicted_speaker: str | None, levels: Sequence[str]
) -> None:
    """Count one matched quotation's speaker, right at either level of a nested attribution.

    *levels* are the sources of every gold attribution whose content holds the
    predicted quotation: the annotated one, an outer one ("X said ...,
    according to Y") and an inner one. Scored on the quotations whose
    annotated source is neither a pronoun nor a bare cue, like
    ``speaker_accuracy``.
    """
    source = source.strip()
    if not source or source.lower() in SPEECH_CUES or source.lower() in PRONOUNS:
        return
    c["sp_any"] += any(
        same_speaker(predicted_speaker, level)
        for level in (source, *levels)
        if level.lower() not in PRONOUNS and level.lower() not in SPEECH_CUES
    )


def _score_speaker(
    c: Counts, text: str, where: Span, source: str, predicted_speaker: str | None
) -> str | None:
    """Count one matched gold quotation's speaker; return the error kind, if wrong."""
    source = source.strip()
    if not source or source.lower() in SPEECH_CUES:
        # No source, or a source span that holds only the cue ("said"): an
        # annotation slip, not scored.
        return None
    if source.lower() in PRONOUNS:
        c["pr_n"] += 1
        ok = bool(predicted_speaker) and str(predicted_speaker) in text[: where[0]]
        c["pr_ok"] += ok
        c["pr_sane"] += ok and predicted_speaker is not None and suspect(predicted_speaker) is None
        return None if ok else "pronoun"
    c["sp_n"] += 1
    ok = same_speaker(predicted_speaker, source)
    c["sp_ok"] += ok
    c["sp_sane"] += ok and predicted_speaker is not None and suspect(predicted_speaker) is None
    return None if ok else "speaker"


def _score_article(row: dict[str, Any], c: Counts, sink: list[Error]) -> None:
    """Add the counts of one article to *c* and its disagreements to *sink*."""
    text, name = row["text"], row.get("article", "")
    gold_direct, gold_reported = gold_of(row)
    preds = predicted(text)
    direct = [(s, sp) for s, k, sp in preds if k is not QuoteKind.INDIRECT]
    reported = [s for s, k, _ in preds if k is QuoteKind.INDIRECT]
    for parts, kind, _ in predicted(text, parts=True):
        if kind is not QuoteKind.INDIRECT:
            c["pp"] += 1
            c["pp_ok"] += any(shared(parts, spans) for spans, _ in gold_direct)
    for _, _, sp in preds:
        if sp is not None:
            c["sk_n"] += 1
            c["sk_junk"] += suspect(sp) is not None
    c["dp"] += len(direct)
    for s, sp in direct:
        if any(shared(s, spans) for spans, _ in gold_direct):
            c["dp_ok"] += 1
        else:
            sink.append(Error("direct-fp", name, _context(text, _hull(s)), f"speaker={sp!r}"))
    c["dg"] += len(gold_direct)
    levels = sources_of(row)
    for spans, source in gold_direct:
        overlap, speaker, parts = max(
            ((shared(s, spans), sp, s) for s, sp in direct),
            key=lambda triple: triple[0],
            default=(0, None, []),
        )
        where = _hull(spans)
        if not overlap:
            sink.append(Error("direct-fn", name, _context(text, where), f"source={source!r}"))
            continue
        c["dg_ok"] += 1
        _score_either_level(c, source, speaker, [src for sp, src in levels if shared(parts, sp)])
        wrong = _score_speaker(c, text, where, source, speaker)
        if wrong:
            detail = f"gold={source!r} predicted={speaker!r}"
            sink.append(Error(wrong, name, _context(text, where), detail))
    c["rp"] += len(reported)
    for s in reported:
        if any(shared(s, gs) for gs in gold_reported):
            c["rp_ok"] += 1
        else:
            sink.append(Error("reported-fp", name, _context(text, _hull(s)), ""))
    c["rg"] += len(gold_reported)
    for gs in gold_reported:
        if any(shared(s, gs) for s in reported):
            c["rg_ok"] += 1
        else:
            sink.append(Error("reported-fn", name, _context(text, _hull(gs)), ""))


def _hull(spans: Sequence[Span]) -> Span:
    return (min(a for a, _ in spans), max(b for _, b in spans))


def evaluate(
    rows: Sequence[dict[str, Any]], errors: list[Error] | None = None
) -> dict[str, float | int]:
    """Score every article of *rows* and return the figures.

    When *errors* is given, every disagreement is appended to it.
    """
    keys = (
        "dp dp_ok dg dg_ok rp rp_ok rg rg_ok sp_n sp_ok pr_n pr_ok pp pp_ok sk_n sk_junk "
        "sp_sane pr_sane sp_any"
    )
    c: Counts = dict.fromkeys(keys.split(), 0)
    sink: list[Error] = errors if errors is not None else []
    for row in rows:
        _score_article(row, c, sink)
    dp, dr, df = _scores(c["dp_ok"], c["dp"], c["dg_ok"], c["dg"])
    rp, rr, rf = _scores(c["rp_ok"], c["rp"], c["rg_ok"], c["rg"])
    return {
        "articles": len(rows),
        "direct_gold": c["dg"],
        "direct_predicted": c["dp"],
        "direct_precision": dp,
        "direct_recall": dr,
        "direct_f1": df,
        "direct_parts": c["pp"],
        "direct_parts_precision": c["pp_ok"] / c["pp"] if c["pp"] else 0.0,
        "direct_parts_f1": _scores(c["pp_ok"], c["pp"], c["dg_ok"], c["dg"])[2],
        "speaker_scored": c["sp_n"],
        "speaker_accuracy": c["sp_ok"] / c["sp_n"] if c["sp_n"] else 0.0,
        "speaker_acc_sane": c["sp_sane"] / c["sp_n"] if c["sp_n"] else 0.0,
        "speaker_acc_either": c["sp_any"] / c["sp_n"] if c["sp_n"] else 0.0,
        "pronoun_scored": c["pr_n"],
        "pronoun_named": c["pr_ok"] / c["pr_n"] if c["pr_n"] else 0.0,
        "pronoun_named_sane": c["pr_sane"] / c["pr_n"] if c["pr_n"] else 0.0,
        "reported_gold": c["rg"],
        "reported_predicted": c["rp"],
        "reported_precision": rp,
        "reported_recall": rr,
        "reported_f1": rf,
        "speakers_reported": c["sk_n"],
        "junk_share": c["sk_junk"] / c["sk_n"] if c["sk_n"] else 0.0,
    }


def main(argv: Sequence[str]) -> int:
    """Run the evaluation on the directory named in *argv*."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "polnear_dir", type=Path, help="folder holding polnear_train.jsonl and polnear_dev.jsonl"
    )
    parser.add_argument(
        "--show-errors",
        type=int,
        default=0,
        metavar="N",
        help="print up to N disagreements of each kind",
    )
    parser.add_argument(
        "--group",
        action="store_true",
        help="with --show-errors, group the speaker and pronoun errors by a coarse cause",
    )
    parser.add_argument(
        "--kind",
        action="append",
        default=None,
        help="with --show-errors, only this kind (direct-fp, direct-fn, speaker, "
        "pronoun, reported-fp, reported-fn); may be repeated",
    )
    parser.add_argument(
        "--split",
        action="append",
        choices=["train", "dev"],
        default=None,
        help="which split to score (polnear_<split>.jsonl); may be repeated; "
        "default: train and dev",
    )
    args = parser.parse_args(argv[1:])
    errors: list[Error] = []
    for split in args.split or ["train", "dev"]:
        path = args.polnear_dir / f"polnear_{split}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        began = time.perf_counter()
        figures = evaluate(rows, errors)
        sys.stdout.write(f"== {split} ({path.name}) ==\n")
        for name, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            sys.stdout.write(f"{name:20} {shown}\n")
        sys.stdout.write(f"{'seconds':20} {time.perf_counter() - began:.1f}\n")
    if args.show_errors:
        by_kind: dict[str, list[Error]] = {}
        for error in errors:
            key = f"{error.kind}: {cause(error)}" if args.group else error.kind
            by_kind.setdefault(key, []).append(error)
        for kind, found in sorted(by_kind.items(), key=lambda pair: -len(pair[1])):
            if args.kind and kind.split(":")[0] not in args.kind:
                continue
            sys.stdout.write(f"\n== {kind}: {len(found)} ==\n")
            for error in found[: args.show_errors]:
                sys.stdout.write(f"[{error.article}] {error.detail}\n    {error.text}\n")
    return 0


# Words after a quotation that name an outer source: PolNeAR then gives that
# source, the library the inner speaker (either level is a right answer).
_OUTER: Final = re.compile(r"^[^¶]{0,80}\b(?:according to|reported|reports|told [A-Z])")
_PARTICIPLE_BEFORE: Final = re.compile(r"\b[a-z]+ing,?\s*$")


def cause(error: Error) -> str:
    """Return a coarse guess at why a speaker (or pronoun) disagrees, for ``--group``.

    The guess reads only the context printed with the error: whether a
    speaker was predicted at all, whether an outer source ("according to",
    "reported") follows the quotation, whether a participle ("saying",
    "citing") or a colon introduces it, and whether the prediction holds a
    preposition (a circumstance read as part of a name).
    """
    if error.kind not in {"speaker", "pronoun"}:
        return "all"
    before, _, rest = error.text.partition("⟦")
    after = rest.partition("⟧")[2]
    none = "predicted=None" in error.detail
    predicted = error.detail.partition("predicted=")[2]
    if _OUTER.search(after):
        found = "outer source named after the quote"
    elif _PARTICIPLE_BEFORE.search(before):
        found = "participle before the quote"
    elif before.rstrip(" ¶").endswith(":"):
        found = "colon introduction"
    elif not none and any(f" {w} " in predicted for w in ("of", "in", "at", "during", "on")):
        found = "preposition inside the predicted name"
    else:
        found = "other"
    return f"{'no speaker' if none else 'other speaker'}, {found}"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
