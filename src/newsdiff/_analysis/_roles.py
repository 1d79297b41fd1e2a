"""The role of a sentence: fact, quote, background, analysis or meta.

Two layers decide it.

1. **Rules** for what is certainly about the article rather than the story:
   a request for comment (``Newsweek requested comment from ...``, ``did not
   respond to a request for comment``, unless the sentence goes on to report
   what someone said), credits (``contributed reporting``, ``Reporting by``,
   ``Editing by``, photo credits), ``This story has been updated`` and reader
   prompts (``Click here``, ``Sign up``) are ``META``; a sentence with a
   whole (``DIRECT``) quotation is ``QUOTE``. One whose only quotation is
   partial is left to the model, which weighs it (on NewsDiscourse a third of
   such sentences are the writer's facts, background or analysis).
2. A small **linear model** (multinomial logistic regression) scores the other
   roles from the features of :mod:`newsdiff._analysis._rolefeatures`: the sentence's
   own words, tense, time expressions, hedges, figures, quotes and shape,
   whether it is in the lead (:func:`lead_paragraph`), and the non-word features of the
   previous and next sentence, and the sentence's place in the article
   (:func:`newsdiff._analysis._rolefeatures.in_article`: its position counted from the
   lead, and whether it names the lead's weekday or another). A per-role
   offset is added to every sentence's scores; the trainer ships non-zero
   offsets only when nested cross-validation on the training data shows
   they raise macro-F1. A paragraph inserted above a sentence may change its
   role while its text stays the same; the diff reports such a sentence in
   ``Diff.reanalysed``, which counts for nothing in the summary and the
   significance.

The model's META is only taken for photo captions and credit, source and
byline lines (not for headings, bullet points or career lines), and a past
perfect tied to
the story's days (``By Friday, rebels had taken ...``) is FACT rather than
BACKGROUND; see :func:`choose`.

The weights ship as plain JSON (``_role_weights.json``) and are trained by
``tools/train_roles.py NEWSDISCOURSE_DIR``; they are read once, lazily, as
integers (ten-thousandths), so a sentence's scores are exact sums that do not
depend on the order they are added in.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import resources
from typing import Final, NamedTuple

import attrs

from newsdiff._analysis._rolefeatures import (
    MAY_BE_META,
    Marks,
    marks,
    placed,
    read,
    year_read,
)
from newsdiff._base._caches import bounded
from newsdiff._base._kinds import QuoteKind, Role
from newsdiff._model._parts import Quote

__all__ = [
    "ROLE_ORDER",
    "choose",
    "classify",
    "lead_paragraph",
    "meta_rule",
    "roles",
    "rule_role",
    "scores",
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
            r"^\s*(?:(?:click here|sign up|subscribe|read more|read the rest|follow (?:us|\w+ \w+)"
            r" on|related coverage|see also|video player|play video)\b|(?:watch|listen|related):)",
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
# Every hint, to rule out all hinted rules at once: most sentences have none.
_ANY_HINT: Final = tuple(hint for hints in _META_HINTS.values() for hint in hints)
# The characters outside ASCII that IGNORECASE matches to an ASCII letter
# (İ ı ſ and the Kelvin sign), where str.lower() would not.
_ODD_CASE: Final = frozenset("\u0130\u0131\u017f\u212a")
_FACT_INDEX: Final = 0
_BACKGROUND_INDEX: Final = 2
_META_INDEX: Final = 4
_SAYS: Final = re.compile(r"\b(?:said|says|told|tells|added|adds|argued|argues)\b")
# Weights are kept as integer ten-thousandths (the file rounds them so).
_SCALE: Final = 10_000


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
    lower = head.lower() if head.isascii() or _ODD_CASE.isdisjoint(head) else None
    hinted = lower is None or any(map(lower.__contains__, _ANY_HINT))
    for name, pattern in _META:
        hints = _META_HINTS.get(name)
        if (
            hints is not None
            and lower is not None
            and (not hinted or not any(map(lower.__contains__, hints)))
        ):
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


# The fewest distinct words of a sentence that can open the story: short
# prose ("Rebels took Hama.") is the lead; only furniture is skipped.
_LEAD_WORDS: Final = 3


def lead_paragraph(paragraphs: Sequence[Sequence[str]]) -> int:
    """Return the index of the article's lead: its first paragraph that opens the story.

    A paragraph opens the story when one of its sentences reads as prose (at
    least three distinct words, ending like a sentence, matching no META rule)
    and none is a photo caption or a credit line. Page furniture above the
    story (a source and editor line, a video player's controls, a photo
    caption and its credit, a byline) is thus skipped. Failing that, the lead
    is the first paragraph with such a sentence, and failing that the first.

    >>> lead_paragraph([["Video Player Close"], ["Rebels took the city of Hama on Friday."]])
    1
    >>> lead_paragraph([["Short."], ["Shorter."]])
    0
    """
    fallback = None
    for p, sentences in enumerate(paragraphs):
        found = [_opens_story(text) for text in sentences]
        if True in found:
            # A photo caption ends on its credit line: its paragraph is
            # furniture unless no later paragraph opens the story.
            if None not in found:
                return p
            fallback = p if fallback is None else fallback
    return 0 if fallback is None else fallback


# Both sides of a pair mostly share their opening lines: whether each opens
# the story is kept (a few lines per article are asked).
@bounded(256)
def _opens_story(text: str) -> bool | None:
    """Whether *text* reads as prose that can open a story; None for a caption or heading."""
    words, _, others = read(text, (), lead=False, year=None)
    if not MAY_BE_META.isdisjoint(others):
        return None
    return len(words) >= _LEAD_WORDS and "shape:end" in others and meta_rule(text) is None


def rule_role(text: str, quotes: Sequence[Quote]) -> Role | None:
    """Return the role the rules give a sentence (META, then QUOTE), or None.

    >>> rule_role("Jane Doe contributed reporting.", ())
    <Role.META: 'meta'>
    >>> rule_role("Rebels took the city.", ()) is None
    True
    """
    return _rule_role(text, tuple(q.kind for q in quotes))


def _rule_role(text: str, kinds: Sequence[QuoteKind]) -> Role | None:
    if meta_rule(text) is not None:
        return Role.META
    if kinds and any(kind is QuoteKind.DIRECT for kind in kinds):
        return Role.QUOTE
    return None


Vector = tuple[int, int, int, int, int]

# A vector of five integers is packed into one Python integer, field k
# shifted by k * _FIELD bits, so that adding up a sentence's weights is one
# sum() of integers rather than five sums over many small tuples. Packing is
# linear (fields may be negative), so the sum of packed rows is the packed
# sum of the rows, exact as long as every field of a sum stays within
# +-2**(_FIELD - 2): _tables checks that the largest weight times the most
# rows a sentence can add (_MOST_ROWS) stays inside that (the largest weight
# is about 13,000 ten-thousandths, far inside).
_FIELD: Final = 48
_FIELD_MASK: Final = (1 << _FIELD) - 1
_FIELD_HALF: Final = 1 << (_FIELD - 1)
# Far more rows than a sentence adds up: its distinct words (of at most
# 1,000 characters), its first word, its other features, its place and its
# two neighbours' context.
_MOST_ROWS: Final = 10_000


def _pack(vector: Sequence[int]) -> int:
    """Pack five integers into one (see _FIELD)."""
    packed = 0
    for value in reversed(vector):
        packed = (packed << _FIELD) + value
    return packed


# A feature's three vectors (as the sentence's own, as the next sentence's
# previous, as the previous sentence's next) packed side by side in one
# integer, _VECTOR bits apart, so one look-up and one sum serve all three.
_VECTOR: Final = _FIELD * len(ROLE_ORDER)
_VECTOR_MASK: Final = (1 << _VECTOR) - 1
_VECTOR_HALF: Final = 1 << (_VECTOR - 1)


def _split(packed: int) -> tuple[int, int]:
    """The low packed vector of *packed* (signed) and the rest, shifted down to it."""
    low = ((packed + _VECTOR_HALF) & _VECTOR_MASK) - _VECTOR_HALF
    return low, (packed - low) >> _VECTOR


def _unpack(packed: int) -> list[int]:
    """The five integers whose packing is *packed*."""
    values = []
    for _ in range(len(ROLE_ORDER)):
        # The low field read as a signed number; what is left is exact to shift.
        value = ((packed + _FIELD_HALF) & _FIELD_MASK) - _FIELD_HALF
        values.append(value)
        packed = (packed - value) >> _FIELD
    return values


@attrs.frozen(kw_only=True)
class _Tables:
    """The shipped weights, split by kind of feature, as integer ten-thousandths.

    Every row and the offsets are packed (:func:`_pack`); a row of
    ``features`` holds three packed vectors (see _VECTOR).
    """

    by_name: Mapping[str, Vector]
    words: Mapping[str, int]
    firsts: Mapping[str, int]
    features: Mapping[str, int]
    placed: Mapping[str, int]
    offsets: int


def _vector(row: Sequence[float]) -> Vector:
    a, b, c, d, e = (round(float(x) * _SCALE) for x in row)
    return (a, b, c, d, e)


@functools.cache
def _tables() -> _Tables:
    raw = resources.files("newsdiff").joinpath("_analysis", "_role_weights.json").read_text("utf-8")
    data = json.loads(raw)
    by_name = {name: _vector(row) for name, row in data["weights"].items()}
    offsets = _vector(data.get("offsets", _NOTHING))
    largest = max(abs(value) for row in [*by_name.values(), offsets] for value in row)
    # A quarter of a field's range, so that three packed vectors side by side
    # (see _VECTOR) also split back exactly.
    if largest * _MOST_ROWS >= _FIELD_HALF >> 1:
        msg = f"role weights too large to pack: {largest / _SCALE}"
        raise ValueError(msg)
    words, firsts, own, previous, following, placed = {}, {}, {}, {}, {}, {}
    for name, row in by_name.items():
        packed = _pack(row)
        if name.startswith("a:"):
            placed[name] = packed
        elif name.startswith("w:"):
            words[name[2:]] = packed
        elif name.startswith("first:"):
            firsts[name[6:]] = packed
        elif name.startswith("P"):
            previous[name[1:]] = packed
        elif name.startswith("N"):
            following[name[1:]] = packed
        else:
            own[name] = packed
    features = {
        name: own.get(name, 0)
        + (previous.get(name, 0) << _VECTOR)
        + (following.get(name, 0) << (2 * _VECTOR))
        for name in own.keys() | previous.keys() | following.keys()
    }
    return _Tables(
        by_name=by_name,
        words=words,
        firsts=firsts,
        features=features,
        placed=placed,
        offsets=_pack(offsets),
    )


def scores(feats: Sequence[str]) -> list[float]:
    """Return the model's score for each role of :data:`ROLE_ORDER`, offsets included.

    *feats* are named as :func:`newsdiff._analysis._rolefeatures.features` and
    :func:`newsdiff._analysis._rolefeatures.with_context` name them; unknown ones weigh
    nothing.
    """
    tables = _tables()
    rows = [_pack(tables.by_name[f]) for f in feats if f in tables.by_name]
    return [value / _SCALE for value in _unpack(sum(rows, tables.offsets))]


def classify(text: str, quotes: Sequence[Quote], feats: Sequence[str]) -> Role:
    """Return the role of one sentence from its text, quotes and features.

    *feats* come from :func:`newsdiff._analysis._rolefeatures.features` (and
    :func:`newsdiff._analysis._rolefeatures.with_context`).

    >>> classify("Newsweek requested comment from the ministry.", (), ["bias"])
    <Role.META: 'meta'>
    >>> q = Quote(text="We will fight.", speaker="Smith", cue="said")
    >>> classify("“We will fight,” Smith said.", (q,), ["bias"])
    <Role.QUOTE: 'quote'>
    """
    fixed = rule_role(text, quotes)
    if fixed is not None:
        return fixed
    return ROLE_ORDER[choose(scores(feats), feats)]


def choose(total: Sequence[float], feats: Sequence[str]) -> int:
    """Return the index in :data:`ROLE_ORDER` of the best of the model's scores.

    The model's META is taken only for photo captions and credit, source
    and byline lines (:data:`~newsdiff._analysis._rolefeatures.MAY_BE_META`): prose,
    headings, bullet points and career lines are never the model's META;
    only the rules of :func:`meta_rule` make such lines META. A past perfect tied
    to the story's days ("By Friday, rebels had taken ...") with no modal is
    news of the day: FACT where the model would say BACKGROUND.

    >>> choose([0.0, 0.0, 0.0, 0.0, 5.0], ["shape:end"])
    0
    >>> choose([0.0, 0.0, 0.0, 0.0, 5.0], ["shape:caps"])
    0
    >>> choose([0.0, 0.0, 0.0, 0.0, 5.0], ["shape:caption", "shape:end"])
    4
    >>> choose([0.0, 0.0, 1.0, 0.0, 0.0], ["t:recent_perfect"])
    0
    """
    allowed = not MAY_BE_META.isdisjoint(feats)
    return _best(total, range(len(total)) if allowed else range(_META_INDEX), _recent(feats))


def _recent(feats: Sequence[str] | frozenset[str]) -> bool:
    return "t:recent_perfect" in feats and "t:cond" not in feats


def _best(total: Sequence[float], candidates: range, recent_perfect: bool) -> int:
    # The first of the highest scores among the candidates (a prefix of the roles).
    allowed = total[: len(candidates)]
    best = allowed.index(max(allowed))
    if best == _BACKGROUND_INDEX and recent_perfect:
        return _FACT_INDEX
    return best


# The kinds of a sentence's quotes, and whether each has a speaker, are part
# of the key of every kept reading of a sentence with quotes; the same few
# recur, so each is kept once (up to this many different ones).
_KINDS_KEPT: Final = 256
_KINDS: Final[dict[tuple[tuple[QuoteKind, bool], ...], tuple[tuple[QuoteKind, bool], ...]]] = {}


def _kinds(quotes: Sequence[Quote]) -> tuple[tuple[QuoteKind, bool], ...]:
    """The kinds of *quotes* and whether each has a speaker, one shared tuple for each."""
    kinds = tuple([(q.kind, q.speaker is not None) for q in quotes])
    kept = _KINDS.get(kinds)
    if kept is None:
        if len(_KINDS) < _KINDS_KEPT:
            _KINDS[kinds] = kinds
        return kinds
    return kept


def roles(
    sentences: Sequence[tuple[str, Sequence[Quote], bool]],
    *,
    published_at: datetime | None = None,
) -> list[Role]:
    """Return the role of each ``(text, quotes, in_first_paragraph)`` in article order.

    The same as :func:`classify` over
    :func:`~newsdiff._analysis._rolefeatures.with_context` of
    :func:`~newsdiff._analysis._rolefeatures.features`, computed without building the
    context lists: the model is linear, so a sentence's scores are its own
    features' weights plus its neighbours' context weights (see
    :func:`_reading`).

    >>> roles([("Smith was arrested on Friday.", (), True)])
    [<Role.FACT: 'fact'>]
    """
    year = None if published_at is None else published_at.year

    def read_one(text: str, quotes: Sequence[Quote], lead: bool) -> _Reading:
        # Most sentences have no quotes: they skip building the tuple of them
        # (the loop below does the same inline, a call fewer per sentence).
        kinds = _kinds(quotes) if quotes else ()
        # Keyed on the year only where the text names one: captures with
        # and without a date share the rest.
        return _reading(text, kinds, lead, year if year is None else year_read(text, year))

    # The place features need the lead's weekdays and where it starts before
    # any sentence is scored; the rest is read in one pass holding only a
    # sentence and its two neighbours, not a reading of every sentence.
    leads = {j: read_one(*item) for j, item in enumerate(sentences) if item[2]}
    lead_days = frozenset().union(*(reading.marks for reading in leads.values()))
    start = min(leads, default=0)
    placed_get = _tables().placed.get
    result: list[Role] = []
    previous: _Reading | None = None
    current: _Reading | None = None
    in_lead = False
    # Sentence k is read, then sentence k - 1 is scored with it as its next;
    # a None after the last sentence scores the last.
    for k, item in enumerate(itertools.chain(sentences, (None,))):
        following = None
        if item is not None:
            following = leads.get(k)
            if following is None:
                text, quotes, lead = item
                kinds = _kinds(quotes) if quotes else ()
                following = _reading(
                    text, kinds, lead, year if year is None else year_read(text, year)
                )
        if current is not None:
            if current.fixed is not None:
                result.append(current.fixed)
            else:
                here = placed(k - 1 - start, current.marks, in_lead, lead_days)
                total = current.own + sum(map(placed_get, here, _ZEROS))
                if following is not None:
                    total += following.as_next
                if previous is not None:
                    total += previous.as_previous
                best = _best(_unpack(total), current.candidates, current.recent_perfect)
                result.append(ROLE_ORDER[best])
        previous, current, in_lead = current, following, item is not None and item[2]
    return result


# A named tuple rather than an attrs class: one is built for every sentence
# read, and a tuple is the cheapest record to build.
class _Reading(NamedTuple):
    """What the model needs of one sentence: its packed weight sums and rule outcomes."""

    own: int
    as_previous: int
    as_next: int
    fixed: Role | None
    candidates: range
    recent_perfect: bool
    marks: Marks


_NOTHING: Final = (0, 0, 0, 0, 0)
_ALL: Final = range(len(ROLE_ORDER))
_NOT_META: Final = range(_META_INDEX)
# The default of every look-up of a packed row: an unknown feature weighs nothing.
_ZEROS: Final = itertools.repeat(0)


# Both sides of a pair, and successive captures of an article, share most
# sentences: their readings are kept, keyed on all they depend on. The bound
# holds one long article's sentences while keeping memory small (under a
# megabyte).
_CACHE_SIZE: Final = 1024


@bounded(_CACHE_SIZE)
def _reading(
    text: str,
    quotes: tuple[tuple[QuoteKind, bool], ...],
    lead: bool,
    year: int | None,
) -> _Reading:
    """Read one sentence: the weight sums of its features and what the rules decide.

    Only the kinds of its quotes and whether each has a speaker matter, and of
    ``published_at`` only its year. Words and the first word are looked up by
    the word itself; the other features serve both as the sentence's own and
    as its neighbours' context (words stay with their own sentence).
    """
    words, first, others = read(text, quotes, lead=lead, year=year)
    tables = _tables()
    # Words and the first word weigh only as the sentence's own: they add to
    # the low vector of the features' sum.
    total = tables.offsets + sum(map(tables.features.get, others, _ZEROS))
    total += sum(map(tables.words.get, words, _ZEROS))
    if first is not None:
        total += tables.firsts.get(first, 0)
    own, rest = _split(total)
    as_previous, as_next = _split(rest)
    allowed = not MAY_BE_META.isdisjoint(others)
    return _Reading(
        own=own,
        as_previous=as_previous,
        as_next=as_next,
        fixed=_rule_role(text, [kind for kind, _ in quotes]),
        candidates=_ALL if allowed else _NOT_META,
        recent_perfect=_recent(others),
        marks=marks(words),
    )
