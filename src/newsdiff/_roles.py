"""The role of a sentence: fact, quote, background, analysis or meta.

Two layers decide it.

1. **Rules** for what is certainly about the article rather than the story:
   a request for comment (``Newsweek requested comment from ...``, ``did not
   respond to a request for comment``, unless the sentence goes on to report
   what someone said), credits (``contributed reporting``, ``Reporting by``,
   ``Editing by``, photo credits), ``This story has been updated`` and reader
   prompts (``Click here``, ``Sign up``) are ``META``; a direct or partial
   quotation is ``QUOTE``.
2. A small **linear model** (multinomial logistic regression) scores the other
   roles from features of the sentence alone plus light context: its words
   and first word; its quotes (direct, partial, indirect) and speech verbs;
   tense and aspect (``had`` + participle, ``has been``, ``was``/``is``);
   time expressions relative to the story (weekdays and ``on Friday``,
   ``last year``, ``years ago``, ``in 2011``, ``since``, ``earlier this
   month``, ``will``/``is expected to``, years before the article's year when
   ``published_at`` is known); modals and hedges; figures (percentages, sums,
   tolls); its shape (length, capitals, final punctuation, a dateline, the
   marks of a photo caption); whether it sits in the article's first
   paragraph; and the same non-word features of the previous and next
   sentence. No feature depends on a sentence's absolute position beyond the
   first paragraph, so inserting a paragraph near the top does not change the
   roles of the sentences below it.

The model's META is only taken for lines that do not read as prose
(headings, captions, credits), and a past perfect tied to
the story's days (``By Friday, rebels had taken ...``) is FACT rather than
BACKGROUND; see :func:`choose`.

The weights ship as plain JSON (``_role_weights.json``) and are trained by
``tools/train_roles.py NEWSDISCOURSE_DIR``; they are read once, lazily.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import resources
from typing import Final

import attrs

from newsdiff._model import Quote, QuoteKind, Role
from newsdiff._speakers import SPEECH_VERBS

__all__ = [
    "ROLE_ORDER",
    "choose",
    "classify",
    "features",
    "meta_rule",
    "roles",
    "scores",
    "with_context",
]

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
# Words one of which each rule's every alternative needs (lower case); the
# "prompt" rule is anchored at the start and cheap as it is.
_META_HINTS: Final = {
    "comment": ("comment", "respond", "reply", "return"),
    "credit": (
        *("contributed", "reporting", "writing", "editing", "compiled"),
        *("photo", "image", "video", "getty", "/"),
    ),
    "updated": ("update", "corrected", "amended", "correction", "editor"),
}
# The characters outside ASCII that IGNORECASE matches to an ASCII letter
# (İ ı ſ and the Kelvin sign), where str.lower() would not.
_ODD_CASE: Final = frozenset("\u0130\u0131\u017f\u212a")
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
_DATELINE: Final = re.compile(
    r"^(?:[A-Z][A-Z .,’'-]{1,40}(?:,[^()]{0,40})?\s?)?\([A-Z][^)]{1,30}\)\s?[-—–]"
)
_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A photo caption ends on its date ("..., Lima, Peru, March 23, 2018.").
_CAPTION_DATE: Final = re.compile(r"\b" + _MONTH + r"\s\d{1,2},?\s(?:19|20)\d\d\.?\s*$")
_CAPTION_MARK: Final = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\bposes?\b|\((?:L|R|C|left|right|centre|center)\)"
    r"|\bin this (?:file |handout |undated )?(?:photo|picture|image|still)|\bSlideshow\b"
    r"|\bvia REUTERS\b|/Handout\b|\bFILE PHOTO\b|^\s*\(.{0,200}\)\s*$|\bRelated Coverage\b",
)

# Text one of which every alternative of _CAPTION_MARK needs (case-sensitive).
_CAPTION_HINTS: Final = (
    *("seen", "pictured", "shown", "pose", "(", "in this ", "Slideshow"),
    *("via REUTERS", "/Handout", "FILE PHOTO", "Related Coverage"),
)


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CAPTION_WORDS: Final = _word_set(
    "seen pictured shown pose poses photo picture image still slideshow reuters "
    "handout related l r c left right centre center"
)
_MONTH_WORDS: Final = _word_set(
    "jan january feb february mar march apr april may jun june jul july aug august "
    "sep sept september oct october nov november dec december"
)
_CURRENCY: Final = frozenset("$€£¥")
# Named expressions of time, tense, hedging and figures. Each pattern runs
# only when one of its trigger words (lower case) is in the sentence, which
# keeps the cost per sentence low.
_CUES: Final = (
    (
        "t:last",
        frozenset({"last", "past", "previous"}),
        re.compile(
            r"\b(?:last|past|previous) (?:year|month|week|decade|summer|winter|"
            r"spring|autumn|fall|century|season|quarter)s?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "t:ago",
        frozenset({"ago"}),
        re.compile(r"\b(?:years?|months?|weeks?|decades?|days?) ago\b", re.IGNORECASE),
    ),
    (
        "t:in_year",
        frozenset({"in", "since", "until", "by", "from", "between"}),
        re.compile(
            r"\b(?:in|since|until|by|from|between) (?:early |late |mid-)?(?:1[89]|20)\d\d\b",
            re.IGNORECASE,
        ),
    ),
    ("t:since", frozenset({"since", "throughout"}), None),
    (
        "t:since",
        frozenset({"years", "decades", "months"}),
        re.compile(r"\bfor (?:years|decades|months)\b", re.IGNORECASE),
    ),
    (
        "t:earlier",
        frozenset({"earlier", "this"}),
        re.compile(
            r"\bearlier (?:this|in the) (?:year|month|week)\b|\bthis (?:year|month)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "t:on_day",
        frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
        re.compile(
            r"\b(?:on|late|early|since|by|from|until) (?:Monday|Tuesday|Wednesday|"
            r"Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("t:month_day", _MONTH_WORDS, re.compile(r"\b" + _MONTH + r"\s\d{1,2}\b")),
    ("t:future", frozenset({"will", "won’t", "won't"}), None),
    (
        "t:future",
        frozenset({"set", "due", "expected", "scheduled", "likely", "next"}),
        re.compile(
            r"\b(?:is|are) (?:set|due|expected|scheduled|likely) to\b"
            r"|\bnext (?:year|month|week)\b",
            re.IGNORECASE,
        ),
    ),
    ("t:cond", frozenset({"would", "could", "might", "may"}), None),
    ("t:was", frozenset({"was", "were"}), None),
    ("t:is", frozenset({"is", "are", "remain", "remains", "seem", "seems"}), None),
    ("n:percent", frozenset({"percent", "percentage"}), None),
    ("n:percent", frozenset({"cent"}), re.compile(r"\bper cent\b")),
    ("n:money", frozenset({"million", "billion", "trillion"}), None),
    (
        "n:toll",
        frozenset({"killed", "dead", "died", "injured", "wounded", "missing", "evacuated", "toll"}),
        None,
    ),
)
_FACT_INDEX: Final = 0
_BACKGROUND_INDEX: Final = 2
_META_INDEX: Final = 4
# Features that let a sentence ending like prose still be META: headings in
# capitals and photo captions.
_MAY_BE_META: Final = frozenset({"shape:caps", "shape:caption"})
_SAYS: Final = re.compile(r"\b(?:said|says|told|tells|added|adds|argued|argues)\b")
# Words stay with their own sentence: a neighbour's words add noise, its
# shape, tense and quotes add context.
_OWN_ONLY: Final = ("w:", "first:")
_DIGIT: Final = re.compile(r"\d")
_ENDS: Final = tuple(".!?”\"’'…)")
# Words that lean a sentence towards a role: hedges towards analysis, words of
# the past towards background, of the future and of the day towards their own.
_LEXICON: Final = {
    **dict.fromkeys(
        _word_set(
            "could may might would likely unlikely probably perhaps possibly potentially "
            "expected expects expect appears seems seem suggest suggests analysts experts "
            "should must risk risks fear fears hope hopes"
        ),
        "hedge",
    ),
    **dict.fromkeys(
        _word_set(
            "ago since former formerly previously earlier history historically decade decades "
            "century once originally founded established began long-running years"
        ),
        "past",
    ),
    **dict.fromkeys(
        _word_set(
            "will next upcoming plans plan planned scheduled forecast forecasts outlook future"
        ),
        "future",
    ),
    **dict.fromkeys(
        _word_set(
            "today tonight yesterday monday tuesday wednesday thursday friday saturday sunday "
            "announced killed died arrested won lost launched reported confirmed"
        ),
        "now",
    ),
}


def meta_rule(text: str) -> str | None:
    """Return the name of the META rule *text* matches, or None.

    >>> meta_rule("Newsweek requested comment from Iran’s Foreign Ministry via email.")
    'comment'
    >>> meta_rule("Iran began withdrawing its troops.") is None
    True
    >>> meta_rule("Asked to comment, the minister said talks would go on.") is None
    True
    """
    head = text[:400]
    # Each rule needs one of its hint words; looking for them first skips
    # most regex searches. Lower-casing stands in for the rules' IGNORECASE
    # only when no character folds onto an ASCII letter differently.
    lower = head.lower() if _ODD_CASE.isdisjoint(head) else None
    for name, pattern in _META:
        hints = _META_HINTS.get(name)
        if lower is not None and hints is not None and not any(h in lower for h in hints):
            continue
        match = pattern.search(head)
        if match is None:
            continue
        if name == "comment" and _SAYS.search(head, match.end()):
            # "X, who could not be reached for comment, has said that ..."
            # carries speech about the story: not a line about the article.
            continue
        return name
    return None


def _length_bucket(n: int) -> str:
    for limit in (5, 12, 25, 40):
        if n <= limit:
            return f"len:{limit}"
    return "len:long"


def _shape(text: str, head: str, present: set[str], *, digit: bool) -> list[str]:
    """Return the shape features: capitals, final punctuation, dateline, caption."""
    found = []
    # Common lower-case letters making up more than 30% of the text rule out
    # capitals on 70% of its letters: prose skips the two counts below.
    common = sum(map(head.count, "etaoinsrhl"))
    if 10 * common <= 3 * len(head):
        letters = sum(map(str.isalpha, head))
        if letters and sum(map(str.isupper, head)) > 0.7 * letters:
            found.append("shape:caps")
    if text.rstrip().endswith(_ENDS):
        found.append("shape:end")
    if (head[:1].isupper() or head[:1] == "(") and _DATELINE.match(head):
        found.append("shape:dateline")
    if (digit and _CAPTION_DATE.search(head[-40:])) or (
        (head.lstrip().startswith("(") or not present.isdisjoint(_CAPTION_WORDS))
        and any(hint in head for hint in _CAPTION_HINTS)
        and _CAPTION_MARK.search(head)
    ):
        found.append("shape:caption")
    return found


def features(
    text: str,
    quotes: Sequence[Quote],
    *,
    lead: bool,
    published_at: datetime | None = None,
) -> list[str]:
    """Return the sorted, distinct features of one sentence on its own.

    >>> features("He had left in 2011.", (), lead=False)[:4]
    ['bias', 'd:year', 'first:he', 'len:5']
    """
    marks = tuple((q.kind, q.speaker is not None) for q in quotes)
    year = None if published_at is None else published_at.year
    return sorted(_features(text, marks, lead=lead, year=year))


def _features(
    text: str, quotes: Sequence[tuple[QuoteKind, bool]], *, lead: bool, year: int | None
) -> set[str]:
    """The features of :func:`features`, from each quote's kind and whether it has a speaker."""
    head = text[:1000]
    words = [w.lower() for w in _WORD.findall(head)]
    found = {"bias", _length_bucket(len(words))}
    found.update(f"w:{w}" for w in words)
    found.update(f"lex:{_LEXICON[w]}" for w in words if w in _LEXICON)
    if not SPEECH_VERBS.isdisjoint(words):
        found.add("cue:speech")
    if "according to" in head.lower():
        found.add("cue:according")
    for kind, named in quotes:
        found.add(f"q:{kind.value}")
        if named:
            found.add("q:speaker")
    if quotes:
        found.add("q:any")
    if lead:
        found.add("p:lead")
    present = set(words)
    recent = "d:recent" if _WEEKDAY.search(head) else None
    if recent:
        found.add(recent)
    if "had" in present and _PAST_PERFECT.search(head):
        # "By Friday, rebels had taken ..." anchors the past perfect to the
        # days of the story: news of the day, not history.
        found.add("t:recent_perfect" if recent else "t:past_perfect")
    if not present.isdisjoint(("has", "have")) and _PRESENT_PERFECT.search(head):
        found.add("t:present_perfect")
    digit = _DIGIT.search(head) is not None
    if digit:
        found.add("shape:digit")
        for match in _YEAR.finditer(head):
            found.add("d:year")
            if year is not None:
                found.add("d:year_before" if int(match.group(1)) < year else "d:year_now")
        if "%" in head:
            found.add("n:percent")
        if not _CURRENCY.isdisjoint(head):
            found.add("n:money")
    found.update(_shape(text, head, present, digit=digit))
    if words:
        found.add(f"first:{words[0]}")
        if words[0] in {"if", "unless"}:
            found.add("t:cond")
    for name, trigger, pattern in _CUES:
        if name in found or present.isdisjoint(trigger):
            continue
        if pattern is None or pattern.search(head):
            found.add(name)
    return found


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
            extra.update("P" + f for f in own[j - 1] if not f.startswith(_OWN_ONLY))
        if j + 1 < len(own):
            extra.update("N" + f for f in own[j + 1] if not f.startswith(_OWN_ONLY))
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
    return ROLE_ORDER[choose(scores(feats), feats)]


def choose(total: Sequence[float], feats: Sequence[str]) -> int:
    """Return the index in :data:`ROLE_ORDER` of the best of the model's scores.

    A sentence that reads as prose (it ends like a sentence, is not in
    capitals and not a caption) is never the model's META:
    only the rules of :func:`meta_rule` make prose META. A past perfect tied
    to the story's days ("By Friday, rebels had taken ...") with no modal is
    news of the day: FACT where the model would say BACKGROUND.

    >>> choose([0.0, 0.0, 0.0, 0.0, 5.0], ["shape:end"])
    0
    >>> choose([0.0, 0.0, 0.0, 0.0, 5.0], ["shape:caption", "shape:end"])
    4
    >>> choose([0.0, 0.0, 1.0, 0.0, 0.0], ["t:recent_perfect"])
    0
    """
    allowed = "shape:end" not in feats or not _MAY_BE_META.isdisjoint(feats)
    candidates = range(len(total)) if allowed else range(_META_INDEX)
    best = max(candidates, key=lambda k: (total[k], -k))
    if best == _BACKGROUND_INDEX and "t:recent_perfect" in feats and "t:cond" not in feats:
        return _FACT_INDEX
    return best


def roles(
    sentences: Sequence[tuple[str, Sequence[Quote], bool]],
    *,
    published_at: datetime | None = None,
) -> list[Role]:
    """Return the role of each ``(text, quotes, in_first_paragraph)`` in article order.

    The same as :func:`classify` over :func:`with_context` of :func:`features`,
    computed without building the context lists: the model is linear, so a
    sentence's scores are its own features' weights plus its neighbours'
    context weights (see :func:`_reading`).

    >>> roles([("Smith was arrested on Friday.", (), True)])
    [<Role.FACT: 'fact'>]
    """
    year = None if published_at is None else published_at.year

    readings = (
        _reading(text, tuple((q.kind, q.speaker is not None) for q in quotes), lead, year)
        for text, quotes, lead in sentences
    )
    # A window of three readings: memory stays flat however long the article.
    previous: _Reading | None = None
    current = next(readings, None)
    result = []
    while current is not None:
        following = next(readings, None)
        if current.fixed is not None:
            result.append(current.fixed)
        else:
            # The rows are added in the order :func:`scores` adds the sorted
            # context features ("N...", then "P...", then the sentence's own),
            # so the floating-point totals, and near ties, come out the same.
            total = following.as_next if following is not None else _NOTHING
            if previous is not None:
                total = _sum(previous.as_previous, total)
            total = _sum(current.own, total)
            best = max(current.candidates, key=lambda k: (total[k], -k))
            if best == _BACKGROUND_INDEX and current.recent_perfect:
                best = _FACT_INDEX
            result.append(ROLE_ORDER[best])
        previous, current = current, following
    return result


@attrs.frozen(kw_only=True)
class _Reading:
    """What the model needs of one sentence: its weight sums and rule outcomes."""

    own: tuple[tuple[float, ...], ...]
    as_previous: tuple[tuple[float, ...], ...]
    as_next: tuple[float, ...]
    fixed: Role | None
    candidates: range
    recent_perfect: bool


@functools.cache
def _split_weights() -> tuple[
    Mapping[str, tuple[float, ...]],
    Mapping[str, tuple[float, ...]],
    Mapping[str, tuple[float, ...]],
]:
    """The weights of own features, and those of the ``P`` and ``N`` context features by name."""
    weights = _weights()
    previous = {name[1:]: row for name, row in weights.items() if name.startswith("P")}
    following = {name[1:]: row for name, row in weights.items() if name.startswith("N")}
    return weights, previous, following


_NOTHING: Final = (0.0, 0.0, 0.0, 0.0, 0.0)


def _sum(
    rows: Sequence[tuple[float, ...]], start: tuple[float, ...] = _NOTHING
) -> tuple[float, ...]:
    """Add *rows* to *start* one by one, in order (as :func:`scores` does)."""
    a, b, c, d, e = start
    for row in rows:
        a += row[0]
        b += row[1]
        c += row[2]
        d += row[3]
        e += row[4]
    return (a, b, c, d, e)


# Both sides of a pair, and successive captures of an article, share most
# sentences: their readings are kept, keyed on all they depend on. The bound
# holds one long article's sentences while keeping memory small (under a
# megabyte).
_CACHE_SIZE: Final = 1024


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _reading(
    text: str,
    quotes: tuple[tuple[QuoteKind, bool], ...],
    lead: bool,
    year: int | None,
) -> _Reading:
    """Read one sentence: the weight sums of its features and what the rules decide.

    Only the kinds of its quotes and whether each has a speaker matter, and of
    ``published_at`` only its year.
    """
    feats = sorted(_features(text, quotes, lead=lead, year=year))
    own, previous, following = _split_weights()
    fixed = None
    if meta_rule(text) is not None:
        fixed = Role.META
    elif any(kind is not QuoteKind.INDIRECT for kind, _ in quotes):
        fixed = Role.QUOTE
    allowed = "shape:end" not in feats or not _MAY_BE_META.isdisjoint(feats)
    context = [f for f in feats if not f.startswith(_OWN_ONLY)]
    return _Reading(
        own=tuple([own[f] for f in feats if f in own]),
        as_previous=tuple([previous[f] for f in context if f in previous]),
        as_next=_sum([following[f] for f in context if f in following]),
        fixed=fixed,
        candidates=range(len(ROLE_ORDER)) if allowed else range(_META_INDEX),
        recent_perfect="t:recent_perfect" in feats and "t:cond" not in feats,
    )
