"""Features of a sentence for the role model of :mod:`newsdiff._analysis._roles`.

A sentence is read on its own: its words and first word; its quotes (direct,
partial, indirect) and speech verbs; tense and aspect (``had`` + participle,
``has been``, ``was``/``is``); time expressions relative to the story
(weekdays and ``on Friday``, ``last year``, ``years ago``, ``in 2011``,
``since``, ``earlier this month``, ``will``/``is expected to``, years before
the article's year when it is known); modals and hedges; figures
(percentages, sums, tolls); its shape (length, capitals, final punctuation, a
dateline, the marks of a photo caption or of a credit line); and whether it
sits in the lead (the paragraph :func:`newsdiff._analysis._roles.lead_paragraph`
finds). :func:`with_context` adds the non-word features of the
previous and next sentence; :func:`in_article` those of its place in the
article (position from the lead, the day it names against the lead's).

Features are named strings (``"t:past_perfect"``, ``"w:ally"``,
``"first:iran"``); :func:`read` returns them in three parts so the model can
look words up without building their names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Final, TypeAlias

from newsdiff._analysis._speakers import SPEECH_VERBS
from newsdiff._base._kinds import QuoteKind
from newsdiff._model._parts import Quote

__all__ = [
    "MAY_BE_META",
    "OWN_ONLY",
    "Marks",
    "Parts",
    "features",
    "in_article",
    "marks",
    "placed",
    "read",
    "with_context",
    "year_read",
]

#: Features that let the model call a line META: photo captions and credit,
#: source and byline lines. Headings (in capitals or not), bullet points and
#: other lines without them are never the model's META.
MAY_BE_META: Final = frozenset({"shape:caption", "shape:credit"})
#: Prefixes of the features that stay with their own sentence: a neighbour's
#: words add noise, its shape, tense and quotes add context.
OWN_ONLY: Final = ("w:", "first:")

#: What :func:`read` returns: the sentence's distinct lower-case words in
#: reading order, its first word (or None), and its other features.
Parts: TypeAlias = tuple[tuple[str, ...], str | None, frozenset[str]]

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
# The marks of a photo caption, each with the text one of which it needs
# (case-sensitive): a sentence searches only for the marks whose text it
# holds, rather than for all of them in one slow alternation.
_CAPTION_MARKS: Final = tuple(
    (hints, re.compile(pattern))
    for hints, pattern in (
        (("seen", "pictured", "shown"), r"\b(?:is|are) (?:seen|pictured|shown)\b"),
        (("pose",), r"\bposes?\b"),
        (("(",), r"\((?:L|R|C|left|right|centre|center)\)|^\s*\(.{0,200}\)\s*$"),
        (("in this ",), r"\bin this (?:file |handout |undated )?(?:photo|picture|image|still)"),
        (("Slideshow",), r"\bSlideshow\b"),
        (("via REUTERS",), r"\bvia REUTERS\b"),
        (("/Handout",), r"/Handout\b"),
        (("FILE PHOTO",), r"\bFILE PHOTO\b"),
        (("Related Coverage",), r"\bRelated Coverage\b"),
    )
)

# A line that credits or sources the article or its pictures: an agency's
# picture credit ("REUTERS/Jane Doe"), a "Source: ... | Editor: ..." line, a
# link that ends the line, an e-mail address, a byline alone on its line, an
# end-of-story mark.
# Only lines not ending like a sentence, or holding an e-mail address.
_CREDIT: Final = re.compile(
    r"^\s*\(?[A-Z][A-Za-z]{1,20}/[A-Z]|/via [A-Z]"
    r"|\bEditor:\s?\S|^\s*Source:[^|]{0,60}\|"
    r"|(?:\bhttps?://|\bwww\.|\b[a-z]{2,12}\.[a-z]{2,4}/)\S{1,200}\s*$"
    r"|\b[\w.-]{1,40}@[\w-]{1,40}\.[a-z]"
    r"|^\s*[Bb]y(?: [\w.’'-]{1,20}){0,4} [A-Z][\w.’'-]{0,20}\s*$"
    r"|^\s*(?:Enditem|End of story|###|-30-)\s*$"
)
_CREDIT_HINTS: Final = ("/", "Editor:", "Source:", "www.", "y ", "@", "End", "#", "-30-")


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
# The cues without a pattern are their trigger words alone: each word's name.
_WORD_CUES: Final = {
    word: name for name, trigger, pattern in _CUES if pattern is None for word in trigger
}


def _triggered(skip: AbstractSet[str]) -> dict[str, tuple[int, ...]]:
    """Each trigger word's entries in _CUES that have a pattern, but those named in *skip*."""
    kept = [
        (i, trigger)
        for i, (name, trigger, pattern) in enumerate(_CUES)
        if pattern is not None and name not in skip
    ]
    return {
        word: tuple(i for i, trigger in kept if word in trigger)
        for word in frozenset[str]().union(*(trigger for _, trigger in kept))
    }


# The entries of _CUES a sentence's words can start, so that it visits only
# those. A year after "in", "since"... can only match where _YEAR matches,
# and a month's day needs a digit: sentences without a year, or without a
# digit, never visit those cues ("in" alone would send most sentences there).
_TRIGGERED: Final = _triggered(frozenset())
_TRIGGERED_NO_YEAR: Final = _triggered(frozenset({"t:in_year"}))
_TRIGGERED_NO_DIGIT: Final = _triggered(frozenset({"t:in_year", "t:month_day"}))
_DIGIT: Final = re.compile(r"\d")
_ENDS: Final = tuple(".!?”\"’'…)")
# Words that lean a sentence towards a role: hedges towards analysis, words of
# the past towards background, of the future and of the day towards their own.
# Each word maps to its feature's whole name, built once here.
_LEXICON: Final = {
    **dict.fromkeys(
        _word_set(
            "could may might would likely unlikely probably perhaps possibly potentially "
            "expected expects expect appears seems seem suggest suggests analysts experts "
            "should must risk risks fear fears hope hopes"
        ),
        "lex:hedge",
    ),
    **dict.fromkeys(
        _word_set(
            "ago since former formerly previously earlier history historically decade decades "
            "century once originally founded established began long-running years"
        ),
        "lex:past",
    ),
    **dict.fromkeys(
        _word_set(
            "will next upcoming plans plan planned scheduled forecast forecasts outlook future"
        ),
        "lex:future",
    ),
    **dict.fromkeys(
        _word_set(
            "today tonight yesterday monday tuesday wednesday thursday friday saturday sunday "
            "announced killed died arrested won lost launched reported confirmed"
        ),
        "lex:now",
    ),
}


def _by_word() -> dict[str, tuple[str, ...]]:
    """The features a word brings by itself: its lexicon entry, its cue, speech."""
    named: dict[str, set[str]] = {}
    for table in (_LEXICON, _WORD_CUES):
        for word, name in table.items():
            named.setdefault(word, set()).add(name)
    for word in SPEECH_VERBS:
        named.setdefault(word, set()).add("cue:speech")
    return {word: tuple(sorted(names)) for word, names in named.items()}


# One look-up table for every feature a word brings alone, so a sentence's
# words are matched against one table rather than three.
_BY_WORD: Final = _by_word()


def _length_bucket(n: int) -> str:
    for limit in (5, 12, 25, 40):
        if n <= limit:
            return f"len:{limit}"
    return "len:long"


# The length feature of every count of words up to the last bucket's limit,
# named once here rather than per sentence.
_LENGTHS: Final = tuple(map(_length_bucket, range(41)))
_LONG: Final = _length_bucket(len(_LENGTHS))
# The feature of each kind of quote.
_QUOTE_KINDS: Final = {kind: f"q:{kind.value}" for kind in QuoteKind}
# The common lower-case letters the capitals test counts (see _shape).
_COMMON: Final = "etaoinsrhl"


def _shape(text: str, head: str, present: AbstractSet[str], *, digit: bool) -> list[str]:
    """Return the shape features: capitals, final punctuation, credit, dateline, caption."""
    found = []
    # Common lower-case letters making up more than 30% of the text rule out
    # capitals on 70% of its letters: prose skips the two counts below.
    # Count letter by letter and stop as soon as prose is certain: most
    # sentences need only the first few letters counted.
    limit = 3 * len(head)
    common = 0
    for letter in _COMMON:
        common += head.count(letter)
        if 10 * common > limit:
            break
    if 10 * common <= limit:
        letters = sum(map(str.isalpha, head))
        if letters and sum(map(str.isupper, head)) > 0.7 * letters:
            found.append("shape:caps")
    # Only a text ending in white space needs the copy rstrip makes.
    ends = text.endswith(_ENDS) or text.rstrip().endswith(_ENDS)
    if ends:
        found.append("shape:end")
    if (
        (not ends or "@" in head)
        and any(hint in head for hint in _CREDIT_HINTS)
        and _CREDIT.search(head)
    ):
        found.append("shape:credit")
    if (head[:1].isupper() or head[:1] == "(") and _DATELINE.match(head):
        found.append("shape:dateline")
    if (digit and _CAPTION_DATE.search(head[-40:])) or (
        (head.lstrip().startswith("(") or not present.isdisjoint(_CAPTION_WORDS))
        and _caption_mark(head)
    ):
        found.append("shape:caption")
    return found


def _caption_mark(head: str) -> bool:
    """Whether *head* bears one of the marks of a photo caption."""
    return any(
        pattern.search(head) is not None
        for hints, pattern in _CAPTION_MARKS
        if any(map(head.__contains__, hints))
    )


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
    words, first, others = read(text, marks, lead=lead, year=year)
    named = {*others, *(f"w:{w}" for w in words)}
    if first is not None:
        named.add(f"first:{first}")
    return sorted(named)


#: How much of a sentence :func:`read` reads.
_HEAD: Final = 1000


def year_read(text: str, year: int | None) -> int | None:
    """Return *year* when :func:`read` of *text* depends on it, else None.

    Only a year named in the sentence is compared with the article's, so a
    sentence without one reads the same whatever the article's year (and a
    reading kept for it serves a capture with the date and one without).

    >>> year_read("Rebels took the city in 2011.", 2014), year_read("Rebels took it.", 2014)
    (2014, None)
    """
    if year is None or _YEAR.search(text, 0, _HEAD) is None:
        return None
    return year


def read(
    text: str, quotes: Sequence[tuple[QuoteKind, bool]], *, lead: bool, year: int | None
) -> Parts:
    """Return the features of :func:`features` in parts, from each quote's kind and speaker.

    *quotes* give each quote's kind and whether it has a speaker; *year* is
    the year the article was published, if known.

    >>> read("Rebels took the city.", (), lead=True, year=None)[:2]
    (('rebels', 'took', 'the', 'city'), 'rebels')
    """
    head = text[:_HEAD]
    lower = head.lower()
    every = _WORD.findall(lower)
    words = dict.fromkeys(every)
    present = words.keys()
    n = len(every)
    found = {"bias", _LENGTHS[n] if n < len(_LENGTHS) else _LONG}
    for word in present & _BY_WORD.keys():
        found.update(_BY_WORD[word])
    if "according to" in lower:
        found.add("cue:according")
    for kind, named in quotes:
        found.add(_QUOTE_KINDS[kind])
        if named:
            found.add("q:speaker")
    if quotes:
        found.add("q:any")
    if lead:
        found.add("p:lead")
    # _WEEKDAY is case-sensitive and needs one of these (every day's name ends
    # in "day"): most sentences skip the search.
    recent = ("day" in head or "tonight" in head or "this " in head) and (
        _WEEKDAY.search(head) is not None
    )
    if recent:
        found.add("d:recent")
    if "had" in present and _PAST_PERFECT.search(head):
        # "By Friday, rebels had taken ..." anchors the past perfect to the
        # days of the story: news of the day, not history.
        found.add("t:recent_perfect" if recent else "t:past_perfect")
    if ("has" in present or "have" in present) and _PRESENT_PERFECT.search(head):
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
        if "$" in head or "€" in head or "£" in head or "¥" in head:
            found.add("n:money")
    found.update(_shape(text, head, present, digit=digit))
    first = every[0] if every else None
    if first in {"if", "unless"}:
        found.add("t:cond")
    if not digit:
        triggered = _TRIGGERED_NO_DIGIT
    else:
        triggered = _TRIGGERED if "d:year" in found else _TRIGGERED_NO_YEAR
    for index in {i for w in present & triggered.keys() for i in triggered[w]}:
        name, _, pattern = _CUES[index]
        if name not in found and pattern is not None and pattern.search(head):
            found.add(name)
    return tuple(words), first, frozenset(found)


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
            extra.update("P" + f for f in own[j - 1] if not f.startswith(OWN_ONLY))
        if j + 1 < len(own):
            extra.update("N" + f for f in own[j + 1] if not f.startswith(OWN_ONLY))
        result.append(sorted(extra))
    return result


# What the article-level features need of a sentence: the weekdays it
# names, lower case.
Marks: TypeAlias = frozenset[str]

_DAYS: Final = _word_set("monday tuesday wednesday thursday friday saturday sunday")
_NO_DAYS: Final[Marks] = frozenset()
# Position buckets: the sentence's index from the lead up to these limits.
_POSITIONS: Final = (0, 1, 2, 3, 5, 8, 14)


def marks(words: Sequence[str]) -> Marks:
    """Return what the article-level features compare: the weekdays a sentence names.

    *words* are the sentence's lower-case words as :func:`read` gives them.

    >>> sorted(marks(("on", "friday", "rebels", "took", "hama")))
    ['friday']
    """
    found = _DAYS.intersection(words)
    # Most sentences name no weekday: they share one empty set (an empty
    # frozenset takes 200 bytes, and the readings cache holds a thousand).
    return found or _NO_DAYS


def _position(index: int) -> str:
    if index < 0:
        return "a:pre"
    for limit in _POSITIONS:
        if index <= limit:
            return f"a:pos{limit}"
    return "a:pos_late"


# The position feature of every index up to the last bucket's limit, named
# once here rather than per sentence (lines above the lead and late ones are
# few).
_PLACES: Final = tuple(map(_position, range(_POSITIONS[-1] + 1)))


def in_article(sentences: Sequence[tuple[Marks, bool]]) -> list[list[str]]:
    """Return each sentence's features from its place in the article and its lead.

    *sentences* give each sentence's :func:`marks` and whether it is in the
    lead. The features name the sentence's position (its index counted from
    the lead's first sentence, bucketed; ``a:pre`` for lines above the lead)
    and whether it names the weekday the lead names or another one (in the
    lead itself, that it names a day). A sentence's features depend on the
    lead and on how many sentences come before it, never on what follows it.

    >>> friday = frozenset({"friday"})
    >>> in_article([(friday, True), (friday, False), (frozenset(), False)])
    [['a:pos0', 'a:lead_day'], ['a:pos1', 'a:same_day'], ['a:pos2']]
    """
    days = frozenset().union(*(d for d, lead in sentences if lead))
    start = next((j for j, (_, lead) in enumerate(sentences) if lead), 0)
    return [placed(index, d, lead, days) for index, (d, lead) in enumerate(sentences, start=-start)]


def placed(index: int, days: Marks, lead: bool, lead_days: Marks) -> list[str]:
    """Return one sentence's :func:`in_article` features.

    *index* counts from the lead's first sentence (negative above it); *days*
    are the sentence's :func:`marks`, *lead_days* the union of the lead's.

    >>> placed(1, frozenset({"friday"}), False, frozenset({"friday"}))
    ['a:pos1', 'a:same_day']
    """
    feats = [_PLACES[index] if 0 <= index < len(_PLACES) else _position(index)]
    if days:
        if lead:
            feats.append("a:lead_day")
        else:
            feats.append("a:other_day" if lead_days.isdisjoint(days) else "a:same_day")
    return feats
