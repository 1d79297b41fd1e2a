"""The role of a sentence: fact, quote, background, analysis or meta.

Two layers decide it.

1. **Rules** for what is certainly about the article rather than the story:
   a request for comment (``Newsweek requested comment from ...``, ``did not
   respond to a request for comment``), credits (``contributed reporting``,
   ``Reporting by``, ``Editing by``, photo credits), ``This story has been
   updated`` and reader prompts (``Click here``, ``Sign up``) are ``META``.
2. A small **linear model** (multinomial logistic regression) scores the other
   roles from features of the sentence alone plus light context: its words;
   its quotes (direct, partial, indirect) and speech verbs; tense and aspect
   (``had`` + participle, ``has been``); time expressions (weekdays, ``ago``,
   ``since``, years before the article's year when ``published_at`` is known);
   modals and hedges (through its words); its shape (length, capitals, final
   punctuation); whether it sits in the article's first paragraph; and whether
   the previous sentence carried a quote. No feature depends on a sentence's
   absolute position beyond the first paragraph, so inserting a paragraph near
   the top does not change the roles of the sentences below it.

The weights ship as plain JSON (``_role_weights.json``) and are trained by
``tools/train_roles.py NEWSDISCOURSE_DIR``; they are read once, lazily.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import resources
from typing import Final

from newsdiff._model import Quote, QuoteKind, Role
from newsdiff._speakers import SPEECH_VERBS

__all__ = ["ROLE_ORDER", "classify", "features", "meta_rule", "roles", "with_context"]

#: The roles in the order the weight vectors list them.
ROLE_ORDER: Final = (Role.FACT, Role.QUOTE, Role.BACKGROUND, Role.ANALYSIS, Role.META)

_META: Final = (
    (
        "comment",
        re.compile(
            r"\b(?:request(?:s|ed)?|reached out|contacted|asked)\b.{0,80}?\bcomment\b"
            r"|\b(?:did not|didn’t|didn't|has not|hasn’t|hasn't|could not|couldn’t|"
            r"couldn't)\s(?:immediately\s)?(?:respond|reply|return)\b.{0,40}?"
            r"\b(?:request|comment|inquir|call|email|message)"
            r"|\bcould not be reached for comment\b|\bdeclined to comment\b"
            r"|\bfor comment\b.{0,40}$",
            re.IGNORECASE,
        ),
    ),
    (
        "credit",
        re.compile(
            r"\bcontributed (?:to )?(?:this )?report(?:ing)?\b|^\s*\(?(?:Additional )?"
            r"(?:reporting|writing|editing|compiled) by\b|\bEditing by\b"
            r"|^\s*(?:photo|image|file photo|video)(?:\s?credit)?\s?:|\bGetty Images\b"
            r"|^\s*\(?(?:AP|AFP|Reuters|REUTERS)\s?(?:Photo|/)",
            re.IGNORECASE,
        ),
    ),
    (
        "updated",
        re.compile(
            r"\b(?:this|the) (?:story|article|post|report|piece) (?:has been|was|is being)"
            r" (?:updated|corrected|amended)\b|^\s*(?:update|updated|correction|editor’s note|"
            r"editor's note)\b.{0,40}:",
            re.IGNORECASE,
        ),
    ),
    (
        "prompt",
        re.compile(
            r"^\s*(?:click here|sign up|subscribe|read more|read the rest|follow (?:us|\w+ \w+)"
            r" on|watch:|listen:|related:|see also)\b",
            re.IGNORECASE,
        ),
    ),
)
_WORD: Final = re.compile(r"[^\W\d_][\w’'-]{0,24}")
_YEAR: Final = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_PAST_PERFECT: Final = re.compile(
    r"\bhad\s(?:not\s|already\s|long\s|previously\s|never\s|also\s){0,2}"
    r"(?:been|\w{2,20}(?:ed|en|wn|un|ught|ew))\b",
    re.IGNORECASE,
)
_PRESENT_PERFECT: Final = re.compile(
    r"\b(?:has|have)\s(?:not\s|already\s|long\s|never\s|also\s){0,2}"
    r"(?:been|\w{2,20}(?:ed|en|wn|un|ught|ew))\b",
    re.IGNORECASE,
)
_WEEKDAY: Final = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|"
    r"yesterday|this (?:week|morning|afternoon|evening))\b"
)
_DATELINE: Final = re.compile(r"^[A-Z][A-Z .,’'-]{1,40}(?:,[^()]{0,40})?\s?\([^)]{1,30}\)\s?[-—–]")
_META_INDEX: Final = 4
_DIGIT: Final = re.compile(r"\d")
_ENDS: Final = tuple(".!?”\"’'…)")
_LEXICON: Final = {
    **dict.fromkeys(
        [
            "could",
            "may",
            "might",
            "would",
            "likely",
            "unlikely",
            "probably",
            "perhaps",
            "possibly",
            "potentially",
            "expected",
            "expects",
            "expect",
            "appears",
            "seems",
            "seem",
            "suggest",
            "suggests",
            "analysts",
            "experts",
            "should",
            "must",
            "risk",
            "risks",
            "fear",
            "fears",
            "hope",
            "hopes",
        ],
        "hedge",
    ),
    **dict.fromkeys(
        [
            "ago",
            "since",
            "former",
            "formerly",
            "previously",
            "earlier",
            "history",
            "historically",
            "decade",
            "decades",
            "century",
            "once",
            "originally",
            "founded",
            "established",
            "began",
            "long-running",
            "years",
        ],
        "past",
    ),
    **dict.fromkeys(
        [
            "will",
            "next",
            "upcoming",
            "plans",
            "plan",
            "planned",
            "scheduled",
            "forecast",
            "forecasts",
            "outlook",
            "future",
        ],
        "future",
    ),
    **dict.fromkeys(
        [
            "today",
            "tonight",
            "yesterday",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "announced",
            "killed",
            "died",
            "arrested",
            "won",
            "lost",
            "launched",
            "reported",
            "confirmed",
        ],
        "now",
    ),
}


def meta_rule(text: str) -> str | None:
    """Return the name of the META rule *text* matches, or None.

    >>> meta_rule("Newsweek requested comment from Iran’s Foreign Ministry via email.")
    'comment'
    >>> meta_rule("Iran began withdrawing its troops.") is None
    True
    """
    head = text[:400]
    for name, pattern in _META:
        if pattern.search(head):
            return name
    return None


def _length_bucket(n: int) -> str:
    for limit in (5, 12, 25, 40):
        if n <= limit:
            return f"len:{limit}"
    return "len:long"


def features(
    text: str,
    quotes: Sequence[Quote],
    *,
    lead: bool,
    published_at: datetime | None = None,
) -> list[str]:
    """Return the sorted, distinct features of one sentence on its own.

    >>> features("He had left in 2011.", (), lead=False)[:4]
    ['bias', 'd:year', 'len:5', 'shape:digit']
    """
    head = text[:1000]
    words = [w.lower() for w in _WORD.findall(head)]
    found = {"bias", _length_bucket(len(words))}
    found.update(f"w:{w}" for w in words)
    found.update(f"lex:{_LEXICON[w]}" for w in words if w in _LEXICON)
    if any(w in SPEECH_VERBS for w in words):
        found.add("cue:speech")
    if "according to" in head.lower():
        found.add("cue:according")
    for quote in quotes:
        found.add(f"q:{quote.kind.value}")
        if quote.speaker is not None:
            found.add("q:speaker")
    if quotes:
        found.add("q:any")
    if lead:
        found.add("p:lead")
    if _PAST_PERFECT.search(head):
        found.add("t:past_perfect")
    if _PRESENT_PERFECT.search(head):
        found.add("t:present_perfect")
    if _WEEKDAY.search(head):
        found.add("d:recent")
    for match in _YEAR.finditer(head):
        found.add("d:year")
        if published_at is not None:
            year = int(match.group(1))
            found.add("d:year_before" if year < published_at.year else "d:year_now")
    letters = sum(map(str.isalpha, head))
    if letters and sum(map(str.isupper, head)) > 0.7 * letters:
        found.add("shape:caps")
    if text.rstrip().endswith(_ENDS):
        found.add("shape:end")
    if _DATELINE.match(head):
        found.add("shape:dateline")
    if _DIGIT.search(head):
        found.add("shape:digit")
    return sorted(found)


@functools.cache
def _weights() -> Mapping[str, tuple[float, ...]]:
    raw = resources.files("newsdiff").joinpath("_role_weights.json").read_text("utf-8")
    data = json.loads(raw)
    return {name: tuple(float(x) for x in row) for name, row in data["weights"].items()}


def scores(feats: Sequence[str]) -> list[float]:
    """Return the model's score for each role of :data:`ROLE_ORDER`."""
    weights = _weights()
    total = [0.0] * len(ROLE_ORDER)
    for name in feats:
        row = weights.get(name)
        if row is not None:
            for k, value in enumerate(row):
                total[k] += value
    return total


def with_context(own: Sequence[Sequence[str]]) -> list[list[str]]:
    """Add to each sentence's features those of its neighbours, words excepted.

    The previous sentence's features are prefixed ``P``, the next one's ``N``:
    light context that keeps a role local to its sentence.

    >>> with_context([["bias", "q:any", "w:he"], ["bias"]])
    [['Nbias', 'bias', 'q:any', 'w:he'], ['Pbias', 'Pq:any', 'bias']]
    """
    result: list[list[str]] = []
    for j, feats in enumerate(own):
        extra = set(feats)
        if j > 0:
            extra.update("P" + f for f in own[j - 1] if not f.startswith("w:"))
        if j + 1 < len(own):
            extra.update("N" + f for f in own[j + 1] if not f.startswith("w:"))
        result.append(sorted(extra))
    return result


def classify(text: str, quotes: Sequence[Quote], feats: Sequence[str]) -> Role:
    """Return the role of one sentence from its text, quotes and features.

    *feats* come from :func:`features` (and :func:`with_context`).

    >>> classify("Newsweek requested comment from the ministry.", (), ["bias"])
    <Role.META: 'meta'>
    >>> q = Quote(text="We will fight.", speaker="Smith", cue="said")
    >>> classify("“We will fight,” Smith said.", (q,), ["bias"])
    <Role.QUOTE: 'quote'>
    """
    if meta_rule(text) is not None:
        return Role.META
    if any(q.kind is not QuoteKind.INDIRECT for q in quotes):
        return Role.QUOTE
    total = scores(feats)
    if "shape:end" in feats and "shape:caps" not in feats:
        # A sentence that reads as prose is about the story unless a rule says
        # otherwise; the model's META is kept for captions, credits, headings.
        total[_META_INDEX] = -math.inf
    best = max(range(len(total)), key=lambda k: (total[k], -k))
    return ROLE_ORDER[best]


def roles(
    sentences: Sequence[tuple[str, Sequence[Quote], bool]],
    *,
    published_at: datetime | None = None,
) -> list[Role]:
    """Return the role of each ``(text, quotes, in_first_paragraph)`` in article order.

    >>> roles([("Smith was arrested on Friday.", (), True)])
    [<Role.FACT: 'fact'>]
    """
    own = [
        features(text, quotes, lead=lead, published_at=published_at)
        for text, quotes, lead in sentences
    ]
    return [
        classify(text, quotes, feats)
        for (text, quotes, _), feats in zip(sentences, with_context(own), strict=True)
    ]
