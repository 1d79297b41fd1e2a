"""News-aware sentence segmentation of one paragraph.

A boundary can only fall in whitespace that follows sentence-final punctuation
(``.``, ``!``, ``?``, ``‽``, ``…``) and any closing marks after it (quotes,
``»``, ``)``, ``]``), or right after a Chinese or Japanese ``。！？`` or a
Devanagari ``।``/``॥`` (and their closing marks), which always end a sentence
since those scripts put no space after them. Every other such place is a
*candidate*; a few local rules decide whether it is a real boundary:

* Sentence punctuation inside quotation marks ends the sentence
  (``he said. “We will fight.” Then``). The closing quote or bracket after the
  punctuation stays with the sentence it closes (``.”``, ``.)``, ``!»``, a
  French ``. »``); an opening quote belongs to the next sentence.
* Never a boundary before a lower-case word (``“Is it over?” he asked``,
  ``the U.S. military``), a free-standing dash (``Conn.) -- funds``), ``,;:``
  or more sentence punctuation, nor after a title (``Mr.``, ``Sen.``,
  ``Lt. Gen.``, ``Dr.``, ``Rev.``) or ``e.g.``, ``i.e.``, ``vs.``, ``v.``,
  ``cf.``. A lower-case link (``bit.ly/x``) may start a sentence.
* After an abbreviation that can also end a sentence (``U.S.``, ``a.m.``,
  ``Inc.``, ``Jr.``, ``St.``, ``Jan.``, ``etc.``, state abbreviations, initials
  such as ``W.`` or ``J.K.``), a boundary only when the next word is a common
  sentence opener (a determiner, pronoun, conjunction, frequent preposition or
  ``Mr.``: ``The``, ``He``, ``But``, ``In``, ...) or comes after an opening
  quotation mark. So ``troops to the U.S. The move`` and ``at 10 a.m. The
  meeting`` split, while ``U.S. President Joe Biden``, ``George W. Bush`` and
  the dateline ``WILSON, N.C. (Reuters)`` do not.
* An ellipsis (``...``, ``…``, ``. . .``) ends a sentence under the same rule,
  or when a closing quote follows it and a capitalised word comes next:
  ``It ended… The next day`` splits, ``and then... he left`` and ``met ...
  Senator Smith`` do not. An ellipsis standing after a full stop (``urgency.
  ... We have``) opens the next sentence.
* ``?”`` or ``!”`` followed by a capitalised name and a speech verb
  (``…worth it?” Wallace asked.``) or by a name and an apposition (``“Yikes!”
  Jo Smith, a novelist, wrote``) is one sentence; ``?” He`` starts a new one.
* ``No. 2``, ``Fig. 3`` and a list number opening a sentence or following a
  colon (``Steps: 1. Open the box.``) do not end a sentence.
* In German, where a number with a full stop is an ordinal, ``am 24. Mai``,
  ``vom 18.–22. März`` and ``an der 67. Tagung`` do not end a sentence (a
  month name follows, or an article or preposition stands before the number
  and no sentence opener after it); nor do ``inkl.``, ``bzw.``, ``Stv.`` and
  ``Abs. 1``. German is told by the paragraph's function words
  (:func:`newsdiff._base._lang.capitalises_nouns`), read only where such a
  number stands, so English text is not affected.

Periods not followed by whitespace are never candidates, so decimals
(``$1.5``), versions (``1.2.3``), times (``10:35``), addresses
(``example.com``, ``a@b.org``) and inner dots of ``U.S.`` need no rule.

The cost is linear in the length of the text: one regular-expression scan for
candidates (no nested quantifiers, possessive repeats) and a bounded look at the
words either side of each one.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterable
from typing import Final

from newsdiff._base._caches import bounded
from newsdiff._base._lang import capitalises_nouns
from newsdiff._base._text import ANY_INVISIBLE, INVISIBLE_SEPARATORS
from newsdiff.exceptions import InvalidTypeError

__all__ = ["TITLES", "sentence_spans", "split_sentences"]

_TERMINALS: Final = ".!?‽…"
_CLOSERS: Final = "\"'”’»›“‘«‹)]}"
_CLOSING_QUOTES: Final = "\"'”’»›“‘«‹"
# Marks that may open a sentence before its first word.
_OPENERS: Final = "\"'“‘„«‹([{¿¡—–-*•"
_OPENING_QUOTES: Final = "\"'“‘„«‹"
_DASHES: Final = "—–-"
# A terminal, then possessively the closers after it (a French « … » may be
# spaced off), then whitespace. Starting only at a terminal whose closers are
# consumed possessively keeps a run of thousands of dots or quotes linear.
# Quotes that open in English (“ ‘ «) close in German or French when they touch
# the terminal.
_CANDIDATE: Final = re.compile(
    r"[.!?‽…][\"'”’»›“‘«‹)\]}]*+(?:[ \u00a0\u202f][»›][\"'”’»›)\]}]*+)?+(?=\s)"
)
# Chinese and Japanese full stops and marks, and the Devanagari danda, end a
# sentence wherever they stand: those scripts put no space after them.
_WIDE_END: Final = re.compile(r"[。！？।॥][」』”’）)\]】〕]*+")
_NON_SPACE: Final = re.compile(r"\S")
_WIDE_MARKS: Final = frozenset("。！？।॥")
_SEPARATORS_AS_SPACE: Final = dict.fromkeys(map(ord, INVISIBLE_SEPARATORS), " ")
_WORD: Final = re.compile(r"[^\W_]{1,40}")
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.){0,6}[^\W\d_]")
_LIST_NUMBER: Final = re.compile(r"[0-9]{1,3}|[ivxIVX]{1,4}")
# How far past an opening mark, and how many words, the look-ahead inspects.
_MAX_OPENERS: Final = 8
_ATTRIBUTION_WINDOW: Final = 120
_ATTRIBUTION_WORDS: Final = 7


def _words(text: str) -> frozenset[str]:
    """Return the space-separated words of *text* as a set."""
    return frozenset(text.split())


# Titles before a name: a period after them never ends a sentence.
_TITLES: Final = _words(
    "Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Sen Sens Rep Reps Gov Govs "
    "Lt Gen Gens Col Maj Capt Cpt Cmdr Cdr Adm Sgt Cpl Pvt Spc Brig Rev Revs Hon "
    "Pres Supt Det Insp Atty Amb Fr Msgr Rt Mt Ft Sta Ste Gov-elect Rep-elect"
)
#: Titles before a name ("Mr", "Dr", "Sen"), for other layers to share.
TITLES: Final = _TITLES
# Abbreviations that sit inside a sentence and never close one.
_NEVER_FINAL: Final = _words(
    "e.g i.e vs v cf viz approx ca "
    # German: including, excluding, respectively, compare, so-called, deputy
    "inkl exkl bzw vgl sog resp Stv stv ggf evtl"
)
# Abbreviations that, before a number, are part of a reference ("No. 2",
# German "Abs. 1" for a paragraph of a law, "Nr. 5", "Ziff. 3").
_BEFORE_NUMBER: Final = _words(
    "No Nos no nos Vol vol Fig fig Figs pp p Art Ch Sec Para Op Abs Nr Nrn Ziff Bst Kap Rz"
)
# A day or an ordinal as German writes it ("24", "18.–22", "20./21").
_ORDINAL: Final = re.compile(r"(?:[0-9]{1,3}\.?[–−/-])?[0-9]{1,3}")
# Months in German: after "24." a month name means a date ("am 24. Mai").
_GERMAN_MONTHS: Final = _words(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"
)
# Spellings no English sentence would open with after a number.
_GERMAN_ONLY_MONTHS: Final = _GERMAN_MONTHS - _words("April August September November")
# Before an ordinal: "der 67. Tagung", "bis zum 65. Altersjahr", "seit dem 1.".
_BEFORE_ORDINAL: Final = _words(
    "der die das den dem des am im vom zum zur beim bis seit ab per an ihr ihre ihrem ihrer "
    "sein seine seinem seiner ihren seinen"
)
# German words that open a sentence: after them a number did end one
# ("stieg auf 67. Der Bundesrat ...").
_GERMAN_STARTERS: Final = _words(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Er Sie Es Wir Ich Ihr Man Dies Diese Dieser "
    "Dieses Damit Dabei Dazu Zudem Ausserdem Außerdem Auch Aber Doch Und Oder So Zum Zur Im In "
    "Am Auf Mit Nach Bei Für Von Vom Seit Als Wenn Weil Da Dort Nun Heute Gestern Morgen Alle "
    "Jeder Jede Jedes Mehr Weitere Weiter"
)
# Abbreviations that may also end a sentence; decided by the next word.
_MAY_END: Final = _words(
    # companies, names, places
    "Inc Corp Corps Co Cos Ltd Bros Plc LLC Jr Sr Esq St Ave Blvd Rd Hwy Sq Pl Ph.D "
    "Dept Univ Assn Natl Intl Govt Dist "
    # months (AP style) and calendar
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat "
    # lower-case abbreviations
    "etc al est min max mins hrs hr yr yrs ft lb lbs oz pct mi sq bn mln "
    # German millions and billions ("1,5 Mrd. CHF")
    "Mio Mrd "
    # US states and Canadian provinces in AP style
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo W.Va Alta Ont Que Sask Man"
)
# Words that commonly open a sentence and rarely follow "U.S."-type
# abbreviations as part of a name. "May" is left out: after "U.S." or "Calif."
# it is far more often the month of a dateline or photo caption.
_STARTERS: Final = _words(
    "The A An This That These Those There Here It Its He She They We I You His Her Their Our "
    "My Your Him Them Us But And Or So Yet Still However Meanwhile Also In On At For After "
    "Before While When Whether If As Some Many Most All Both Each Every Other Another Such Now "
    "Then Last Earlier Later According Under With Without By From Since Despite Although "
    "Though What Why How Who Whom Whose Where Which Mr Mrs Ms Not Only Even Instead Moreover "
    "Furthermore Indeed Nevertheless Nonetheless Overall Asked To Is Are Was Were Do Does Did "
    "Has Have Had Can Could Will Would Should Might Must Just Because Once Until Unlike "
    "Like During Among Over Few Several No None Neither Nor Either Yes Today Tomorrow "
    "Yesterday"
)
# Verbs of attribution after a quoted question or exclamation.
_SPEECH_VERBS: Final = _words(
    "said says asked asks added adds told tells wrote writes replied replies responded "
    "responds shouted shouts yelled yells exclaimed wondered wonders continued continues "
    "recalled recalls explained explains insisted insists noted notes declared declares "
    "tweeted tweets posted posts cried cries joked jokes quipped quips answered answers "
    "argued argues warned warns demanded demands chanted chants screamed screams whispered "
    "whispers countered counters stated states remarked remarks pleaded pleads urged urges "
    "laughed laughs sighed sighs mused muses offered offers interjected interjects"
)

_LOWER, _UPPER, _DIGIT, _PUNCT, _OTHER, _ELLIPSIS = range(6)


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into its sentences, in order.

    Each sentence is a slice of *text* stripped of surrounding whitespace;
    together they hold every non-whitespace character of *text* in order.
    Whitespace-only text gives ``[]``. The rules are described in the module
    documentation of :mod:`newsdiff._analysis._segment`.

    >>> split_sentences("Sen. Smith arrived at 10 a.m. “We will fight.” Then he left.")
    ['Sen. Smith arrived at 10 a.m.', '“We will fight.”', 'Then he left.']
    >>> split_sentences("“Is it worth it?” Wallace asked. U.S. President Joe Biden agreed.")
    ['“Is it worth it?” Wallace asked.', 'U.S. President Joe Biden agreed.']

    Raises:
        InvalidTypeError: If *text* is not a ``str``.
    """
    if not isinstance(text, str):
        raise InvalidTypeError.for_field("text", text, "str")
    return [text[start:end] for start, end in _span_pairs(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each sentence of *text*.

    ``text[start:end]`` is the sentence without surrounding whitespace; the
    spans are in order and do not overlap.

    >>> sentence_spans("  He left.  She stayed. ")
    [(2, 10), (12, 23)]

    Raises:
        InvalidTypeError: If *text* is not a ``str``.
    """
    if not isinstance(text, str):
        raise InvalidTypeError.for_field("text", text, "str")
    return list(_span_pairs(text))


def _span_pairs(text: str) -> Iterable[tuple[int, int]]:
    """The spans of :func:`sentence_spans`, kept ones read pair by pair from the cache."""
    if len(text) <= _CACHED_CHARS:
        kept = _cached_bounds(text)
        if kept is None:
            return (_whole(text),)
        bounds = iter(kept)
        # A start and an end each: the count is even (a strict zip costs more).
        return zip(bounds, bounds, strict=False)
    return _spans(text)


# Successive captures of an article, and both sides of a pair, repeat most
# paragraphs. Only paragraph-sized texts are kept, so the cache stays under a
# few megabytes however large the input. The offsets are kept flat, start
# and end after each other, in half the room of a pair per sentence; most
# paragraphs are one sentence, and for those nothing is kept but None.
_CACHED_CHARS: Final = 2_000


@bounded(1024)
def _cached_bounds(text: str) -> tuple[int, ...] | None:
    spans = _spans(text)
    if len(spans) == 1 and spans[0] == _whole(text):
        return None
    return tuple(itertools.chain.from_iterable(spans))


def _whole(text: str) -> tuple[int, int]:
    """The span of a paragraph that is one sentence, as :func:`_spans` gives it."""
    first = _NON_SPACE.search(text)
    return (0 if first is None else first.start(), len(text.rstrip()))


def _spans(text: str) -> list[tuple[int, int]]:
    first = _NON_SPACE.search(text)
    if first is None:
        return []
    # Boundaries are decided on a same-length view in which invisible
    # separators (zero-width space, BOM, bidi marks) read as spaces, so
    # "said.\u200b “Next" still ends a sentence; spans still come from the text
    # itself, so those characters stay in a sentence and nothing is lost.
    view = text if ANY_INVISIBLE.search(text) is None else text.translate(_SEPARATORS_AS_SPACE)
    start = first.start()
    spans: list[tuple[int, int]] = []
    language = _Language(view)
    candidates = _CANDIDATE.finditer(view, start)
    if _WIDE_MARKS.intersection(view):
        wide = ((m, True) for m in _WIDE_END.finditer(view, start))
        found = heapq.merge(((m, False) for m in candidates), wide, key=lambda c: c[0].start())
    else:
        found = ((m, False) for m in candidates)
    for match, is_wide in found:
        if match.start() < start:
            continue
        following = _NON_SPACE.search(view, match.end())
        if following is None:
            break
        if is_wide or _is_boundary(
            view, (match.start(), match.end(), following.start(), start), language
        ):
            spans.append((start, match.end()))
            start = _first_kept(text, match.end())
    spans.append((start, len(text.rstrip())))
    return spans


def _first_kept(text: str, at: int) -> int:
    """The first non-whitespace character of *text* at or after *at*."""
    following = _NON_SPACE.search(text, at)
    return len(text) if following is None else following.start()


class _Language:
    """Whether a paragraph reads as German, told once and only when asked.

    A German ordinal can stand anywhere in a paragraph; reading the whole
    paragraph for each would make the cost grow with the square of its length.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: bool | None = None

    def german(self) -> bool:
        """Tell whether the paragraph reads as German."""
        if self.known is None:
            self.known = capitalises_nouns(self.text)
        return self.known


def _is_boundary(text: str, where: tuple[int, int, int, int], language: _Language) -> bool:
    """Decide whether a candidate closes a sentence.

    *where* holds *last*, the index of the final terminal character, *end*,
    where the candidate ends, *nxt*, the first non-space character after it,
    and *sentence_start*, the start of the sentence it would close.
    *language* tells whether the paragraph reads as German.
    """
    last, end, nxt, sentence_start = where
    # First letter or digit of the next sentence, past a bounded run of openers.
    word_at = nxt
    limit = min(len(text), nxt + _MAX_OPENERS)
    while word_at < limit and text[word_at] in _OPENERS:
        word_at += 1
    if text[nxt] in _DASHES and (nxt + 1 == len(text) or text[nxt + 1] in _DASHES + " "):
        # A free-standing dash continues the sentence ("Conn.) -- funds").
        return False
    # Only a quotation mark signals a new sentence; "(Reuters)" after
    # "N.C." in a dateline does not.
    opened = any(c in _OPENING_QUOTES for c in text[nxt:word_at])
    kind, word = _classify_next(text, word_at)
    if kind in (_LOWER, _PUNCT):
        return False

    run_start = last
    while run_start > sentence_start and text[run_start - 1] in _TERMINALS:
        run_start -= 1
    run = text[run_start : last + 1]
    closers = text[last + 1 : end]

    if "?" in run or "!" in run or "‽" in run:
        quoted = any(c in _CLOSING_QUOTES for c in closers)
        return not (quoted and kind == _UPPER and _attribution_follows(text, word_at))

    token_start = run_start
    while token_start > sentence_start and not text[token_start - 1].isspace():
        token_start -= 1
    token = text[token_start:run_start].lstrip(_OPENERS).rstrip(_CLOSERS)

    if "…" in run or len(run) > 1 or (not token and _dot_before(text, token_start, sentence_start)):
        if not token and token_start == sentence_start:
            # An ellipsis opening a sentence marks an elision in a quote.
            return False
        # An ellipsis ends a sentence only when the next one clearly begins.
        return _opens_sentence(text, word_at, word, opened=opened) or (
            bool(closers) and kind in (_UPPER, _DIGIT)
        )
    if kind == _ELLIPSIS:
        # "urgency. ... We have": the elision starts the next sentence.
        return not _is_abbreviation(_last_part(token), token)
    if kind == _DIGIT and _last_part(token) in _BEFORE_NUMBER:
        return False
    if _LIST_NUMBER.fullmatch(token) and _opens_list_item(text, token_start, sentence_start):
        return False
    if kind == _UPPER and not closers and _ORDINAL.fullmatch(token):
        return not _german_ordinal(text, token_start, word, language)
    if closers:
        # A period inside quotes or brackets closes what it ends ("U.S.”"),
        # unless only the quote's attribution follows (“... missing.” Trump
        # said.): the attribution stays with the words it attributes.
        quoted = any(c in _CLOSING_QUOTES for c in closers)
        return not (quoted and kind == _UPPER and _short_attribution(text, word_at))
    part = _last_part(token)
    if part in _TITLES or token in _TITLES or part in _NEVER_FINAL:
        return False
    if _is_abbreviation(part, token):
        return _opens_sentence(text, word_at, word, opened=opened)
    return True


def _german_ordinal(text: str, token_start: int, word: str, language: _Language) -> bool:
    """Tell whether the number before *token_start*, then *word*, is a German ordinal.

    "am 24. Mai" (a month follows) or "an der 67. Tagung" (an article or
    preposition before, no sentence opener after), in a German paragraph.
    """
    if word in _GERMAN_ONLY_MONTHS:
        return True
    if word in _GERMAN_STARTERS:
        return False
    before = text[max(0, token_start - _ATTRIBUTION_WINDOW) : token_start].split()[-1:]
    article = bool(before) and before[0].strip(_OPENERS).lower() in _BEFORE_ORDINAL
    if word in _GERMAN_MONTHS and article:
        # "am 27. April", "Ab 1. April": no English sentence ends so.
        return True
    return (article or word in _GERMAN_MONTHS) and language.german()


def _is_abbreviation(part: str, token: str) -> bool:
    """Tell whether *token* (its last hyphenated *part*) is an abbreviation or initials."""
    return (
        part in _TITLES
        or token in _TITLES
        or part in _NEVER_FINAL
        or part in _MAY_END
        or _INITIALS.fullmatch(part) is not None
    )


def _classify_next(text: str, at: int) -> tuple[int, str]:
    """Classify what starts at *at*: a lower/upper-case word, digit or punctuation."""
    if at >= len(text):
        return _PUNCT, ""
    char = text[at]
    if char == "…" or text.startswith("..", at):
        return _ELLIPSIS, ""
    if char in _TERMINALS or char in ",;:":
        return _PUNCT, ""
    match = _WORD.match(text, at)
    if match is None:
        return _OTHER, ""
    word = match.group()
    if char.isdigit():
        return _DIGIT, word
    if char.islower() and word == word.lower():
        after = text[match.end() : match.end() + 2]
        if after[:1] == "/" or (after[:1] == "." and after[1:].isalnum()):
            # A link such as "bit.ly/x" or "reut.rs/y" after a full stop.
            return _OTHER, word
        return _LOWER, word
    if char.isupper() or char.islower():
        return _UPPER, word
    return _OTHER, word


def _opens_sentence(text: str, at: int, word: str, *, opened: bool) -> bool:
    """Tell whether the word at *at* clearly begins a new sentence."""
    if not word or not word[0].isupper():
        return False
    if len(word) == 1 and text.startswith(".", at + 1):
        # "A." or "I." after another initial is a middle initial, not "A"/"I".
        return False
    return opened or word in _STARTERS or word in _GERMAN_STARTERS


def _attribution_follows(text: str, at: int) -> bool:
    """Tell whether a name and a speech verb follow (``” Wallace asked.``)."""
    words = text[at : at + _ATTRIBUTION_WINDOW].split()[:_ATTRIBUTION_WORDS]
    for index, raw in enumerate(words):
        core = raw.strip(_OPENERS + _CLOSERS + ",.;:")
        if core in _SPEECH_VERBS:
            return index > 0
        if index == 0 and core in _STARTERS:
            return False
        if not core or not (core[0].isupper() or raw.rstrip(".") in _TITLES):
            return False
        if raw.endswith(",") and index > 0:
            # "“Yikes!” Trish Milburn, a novelist, wrote": a name, then an apposition.
            return True
    return False


def _short_attribution(text: str, at: int) -> bool:
    """Tell whether a bare attribution sentence starts at *at* (``Trump said on Sunday.``).

    A name of one to four capitalised words (or a title), a speech verb, then at
    most four words that say when, where or to whom (``on Sunday``, ``in a
    statement``, ``told CNN``), the last ending the sentence. ``Trump said the
    plan was dead.`` is a sentence of its own.
    """
    words = text[at : at + _ATTRIBUTION_WINDOW].split()[: _ATTRIBUTION_WORDS + 5]
    for index, raw in enumerate(words):
        core = raw.strip(_OPENERS + _CLOSERS + ",.;:")
        if core in _SPEECH_VERBS and index > 0:
            if raw.endswith("."):
                return True
            tail = words[index + 1 : index + 5]
            first = tail[0].strip(_OPENERS + _CLOSERS + ",.;:") if tail else ""
            if not first or not (first[0].isupper() or first.lower() in _ATTRIBUTION_TAILS):
                return False
            for word in tail:
                if any(c in word for c in _OPENING_QUOTES) or word.endswith((",", ":", ";")):
                    return False
                if word.endswith(".") and word.rstrip(".") not in _TITLES:
                    return True
            return False
        if index == 0 and core in _STARTERS:
            return False
        if index >= 4 or not core or not (core[0].isupper() or raw.rstrip(".") in _TITLES):
            return False
    return False


# What may follow the verb of a bare attribution: when, where, to whom.
_ATTRIBUTION_TAILS: Final = _words(
    "on in at to during after before later earlier last this yesterday today tonight "
    "recently afterward afterwards then again"
)


def _opens_list_item(text: str, at: int, sentence_start: int) -> bool:
    """Tell whether a number at *at* is a list marker (``1. Check`` or ``steps: 1. Check``)."""
    # Tokens run from whitespace to whitespace, so a first token starts the sentence.
    return at == sentence_start or text[max(sentence_start, at - 4) : at].rstrip().endswith(":")


def _dot_before(text: str, at: int, sentence_start: int) -> bool:
    """Tell whether a spaced ellipsis (``. . .``) precedes position *at*."""
    before = text[max(sentence_start, at - 3) : at].rstrip()
    return before.endswith(".")


def _last_part(token: str) -> str:
    """Return the part of *token* after its last hyphen or slash (``D-Calif`` → ``Calif``)."""
    cut = max(token.rfind("-"), token.rfind("/"))
    return token[cut + 1 :] if cut >= 0 else token
