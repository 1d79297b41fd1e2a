"""Attribution words and speakers: find a speech cue and the source it names.

Everything here works on a bounded window of text next to a quotation (at most
:data:`WINDOW` characters), so the cost per quote is constant and an article's
analysis stays linear however hostile its text.

The speaker is the noun phrase the cue names, cut down to its name by
:mod:`newsdiff._analysis._speakernames` (titles, appositions and descriptions dropped;
anonymous and collective sources kept as written; pronouns reported as such).
"""

from __future__ import annotations

import itertools
import re
import sys
from typing import Final

import attrs

from newsdiff._analysis._speakernames import (
    EDGE_PUNCT,
    apposed_name,
    bare,
    is_apposition,
    is_cap,
    is_described,
    is_label,
    is_name_chunk,
    is_named,
    main_subject,
    name_before_appositions,
    name_run,
    opens_clause,
    plausible_speaker,
    region_after_place,
    speaker_of,
    word_spans,
)
from newsdiff._analysis._speechwords import (
    BASE_SAYING,
    BE_FORMS,
    BETWEEN,
    CLAUSE_RELATIVES,
    CONNECTORS,
    COORDINATORS,
    DETERMINERS,
    EVALUATIVE_VERBS,
    JOINERS,
    LEADING_NOISE,
    NOUN_MARKERS,
    OBJECT_VERBS,
    PARTICIPLES,
    PAST_FORMS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_VERBS,
    RELATIVES,
    SPEECH_VERBS,
    THAT_VERBS,
    TIME_WORDS,
    TITLES,
    WH_WORDS,
)
from newsdiff._base._caches import bounded_by_digest

__all__ = [
    "EVALUATIVE_VERBS",
    "PARTICIPLES",
    "PRONOUNS",
    "SPEECH_VERBS",
    "WINDOW",
    "Attribution",
    "attribution_after",
    "attribution_before",
    "attribution_by_noun",
    "attribution_unlisted",
    "cue_from",
    "is_named",
    "joined_subject",
    "last_words",
    "may_hold_cue",
    "speaker_of",
    "word_places",
]

#: How far (in characters) attribution is looked for on either side of a quote.
WINDOW: Final = 200
#: How many words after a quote may hold its attribution.
_AFTER_TOKENS: Final = 40
# Every word a cue can hold; anything else is turned away before a window
# is tokenised.
# (Verbs that report speech only before "that" attribute quotations, never
# reported speech: the sentence reader does not look for them.)
_CUE_WORDS: Final = SPEECH_VERBS | EVALUATIVE_VERBS | BASE_SAYING | {"put", "quoted", "according"}
_CLOSING_MARKS: Final = frozenset('”"»')
# Verb forms that are nouns after a lower-case noun: "news reports".
_NOUN_VERBS: Final = frozenset(["reports", "report", "posts", "post", "statements"])
_NOUN_BEFORE: Final = frozenset(["news", "weather", "media", "traffic", "travel", "blog"])
# Adverbs that may stand between a form of "be" and a participle: "is usually
# told", "are poorly maintained", "was widely reported".
_PASSIVE_ADVERBS: Final = frozenset(["better", "well", "worse", "not", "never", "also", "still"])
# Words that open the clause after "shared that": "the forum", "it", "there".
_CLAUSE_OPENERS: Final = DETERMINERS | PRONOUNS | {"there", "we", "i", "you"}
# The particle of a verb in THAT_VERBS that takes one: "pointed out that".
_PARTICLE: Final = {"pointed": "out", "points": "out"}
# Verbs that speak only with their particle: "shot back", "cut in".
_PHRASAL: Final = {"shot": "back", "fired": "back", "hit": "back", "snapped": "back", "cut": "in"}
# Every byte but a lower-case ASCII letter becomes a space: see letter_runs.
_LETTERS_ONLY: Final = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
#: Runs of letters longer than this may be cut into several words by the readers.
_LONGEST_WORD: Final = 40
# A possessive and a noun of speech before a clause: "Trump’s claim that",
# "his remarks about", "the senator’s promise of".
_SPEECH_NOUN: Final = re.compile(
    r"(?:\b(?P<name>[A-Z][\w.’'-]{0,30}(?:\s[A-Z][\w.’'-]{0,30}){0,3})[’'](?:s\b)?"
    r"|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s(?:[a-z]{1,20}\s)?"
    r"(?P<noun>claims?|statements?|assertions?|remarks?|comments?|contention|insistence|"
    r"arguments?|warnings?|promises?|pledges?|suggestions?|allegations?|accusations?|"
    r"boasts?|vows?|words|descriptions?|predictions?|declarations?|announcements?)"
    r"\s(?:that|about|of)\b"
)
# What ends the clause a speech noun opens: a sentence end or a semicolon.
_CLAUSE_BREAK: Final = re.compile(r"[.!?;]\s")
_RELATIVE_SUBJECTS: Final = frozenset(["who", "which", "that"])
# "There are people who say": the antecedent is what is there.
_THERE_IS: Final = re.compile(r"\b[Tt]here\s(?:is|are|was|were)\s")
# With those of time: "“...,” after Brian Fallon expressed his support" opens
# a clause with its own subject and verb.
_SUBORDINATORS: Final = frozenset(
    [
        *("while", "whereas", "although", "though", "because", "unless", "if", "whether"),
        *("after", "before", "when", "until"),
    ]
)
_COORDINATING: Final = frozenset(["and", "then", "but"])
_SUBJECT_OF: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: How many words after its verb a cue is first read in (most cues are short).
_CUE_TOKENS: Final = 6
_NEW_CLAUSE: Final = re.compile(r",\s(?:and|but|while|whereas)\s")
#: How many words a colon introduction ("Sen. Jane Roe scolded him:") may have.
_COLON_HEAD: Final = 12
#: How many words it may have when a verb of the past ends it.
_LONG_COLON_HEAD: Final = 24
#: How many words such a head may have when a name opens it, next to its verb.
_OPENED_COLON_HEAD: Final = 40
_ENDS_VERB: Final = re.compile(r"\b(?:and|then)\s[a-z]{2,20}ed$")
#: How many words a subject without appositions may have after a quote.
_BARE_SUBJECT: Final = 7


# Things that follow a speech verb and belong to the cue.
_CUE_TAIL: Final = re.compile(
    r"\s{1,3}(?:in|on|during|via)\s(?:an?|the|his|her|their|its)?\s?"
    r"(?:written\s|joint\s|televised\s|brief\s|press\s|separate\s|emailed\s|recorded\s|"
    r"radio\s|television\s|phone\s|telephone\s|blog\s|court\s)?"
    r"(?:statement|interview|tweet|post|email|e-mail|letter|speech|press\sconference|"
    r"news\sconference|briefing|video|message|op-ed|memo|report|release|filing)\b"
    # "in a video posted on Facebook", "in a statement published by the agency".
    r"(?:\s(?:posted|published|released|broadcast|aired)\s(?:on|by)\s(?:the\s)?"
    r"[A-Z][\w.’'&-]{0,30}(?:\s[A-Z][\w.’'&-]{0,30}){0,3})?"
    # "in an interview with CNN", "in a letter to the Senate", "in a letter to
    # Neiman Marcus Group Ltd LLC", "in an interview with Denver 7".
    r"(?:\s(?:with|to)\s(?:the\s)?[A-Z][\w.’'&-]{0,30}(?:\s(?:[A-Z][\w.’'&-]{0,30}|\d{1,3}\b)){0,5})?"
    r"|\s{1,3}(?:on|in)\s(?:Twitter|X|Facebook|Instagram|Truth\sSocial|CNN|Fox\sNews|"
    r"television|TV|radio)\b"
)
# Verbs whose object is what they name or judge, never their subject: "called
# the Saudis “free riders”", "described the plan as".
_NAMING_VERBS: Final = EVALUATIVE_VERBS | frozenset(
    ["called", "calling", "dubbed", "termed", "branded", "labeled", "labelled", "referred"]
)
# Participles of promising that take a quotation as their object.
_PROMISING: Final = frozenset(["promising", "vowing", "pledging"])
# "was quoted as saying": one cue.
# "quoted as saying", "quoted by Bloomberg as saying": the medium that quoted
# the words is no speaker of them.
_QUOTED_AS: Final = re.compile(r"(?:\s{1,3}by\s[^,;:.“”\"]{1,60}?)?\s{1,3}as\s{1,3}saying\b")
#: The most words between "quoted by" and "as saying".
_QUOTED_BY_WORDS: Final = 8
#: The most words of the medium that ends "was quoted by ...".
_QUOTED_BY_MEDIUM: Final = 4
_DASH_NAME: Final = re.compile(
    r"\s{0,3}[—―–]\s{0,3}([A-Z][^\s,.;:—―–“”\"]{0,30}(?:\s[A-Z][^\s,.;:—―–“”\"]{0,30}){0,3})"
)
# The end of a noun phrase after an inverted verb; "Mr. Burman" is not cut.
_CLAUSE_END: Final = re.compile(
    r"[,;(]\s|(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)(?<!Sen)(?<!Rep)(?<!Gov)(?<!Gen)(?<!St)"
    # Ranks written short: "said Col. Jon Siepmann", "Lt. Col. Ann Lee", "Sgt.".
    r"(?<!Col)(?<!Lt)(?<!Sgt)(?<!Maj)(?<!Capt)(?<!Adm)(?<!Cmdr)(?<!Cpl)(?<!Pvt)(?<!Brig)"
    r"(?<!Prof)(?<!Rev)(?<!Supt)(?<!Det)"
    r"(?<!\b[A-Z])\.\s"
)
_SENTENCE_END: Final = re.compile(r"(?<=[a-z0-9][.!?])\s(?=[A-Z])")


# A name and where its bearer works, without commas: "Jeffrey Lewis of the James
# Martin Center for Nonproliferation Studies" (a subject longer than a bare one).
_NAME_OF_PLACE: Final = re.compile(
    r"[A-Z][\w.’'-]{0,30}(?:\s[A-Z][\w.’'-]{0,30}){1,3}\s(?:of|at|from)\s(?:the\s)?"
    r"[A-Z][\w.’'&-]{0,30}(?:\s(?:[A-Z][\w.’'&-]{0,30}|of|for|and|on|the)){0,10}"
)
# A phrase that says where, when or how a named speaker spoke: "said Jane Doe
# in a statement", "said Carly Fiorina during the debate", "on Friday".
_CIRCUMSTANCE: Final = re.compile(
    r"(?<=[A-Za-z.])\s(?:in|during|on|at|after|before|while|when|as|from|via|outside|last|this)"
    r"\s(?=\S)"
)


# Finite verbs, subject pronouns and "that": the words after "said" that hold them
# (before any relative word) are a clause of reported content, not who said it.
_CLAUSE_WORDS: Final = BE_FORMS - {"be", "been", "being"} | {
    *("has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must"),
    *("he", "she", "it", "they", "we", "i", "you", "that"),
}
_RELATIVE_WORDS: Final = frozenset(["who", "whose", "which", "whom"])
#: Words that open a clause going on from a quotation ("“...” that Sanders can win").
_COMPLEMENT_OPENERS: Final = frozenset(["that", "whether", "because", "which", "if"])


# Spaces of web pages that are no plain space: no-break, narrow no-break, thin.
_ODD_SPACES: Final = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def last_words(text: str, size: int = WINDOW) -> str:
    """Return the last *size* characters of *text*, and the rest of a word they cut.

    >>> last_words("Federal prosecutors described", 20)
    'prosecutors described'
    """
    if len(text) <= size:
        return text
    cut = len(text) - size
    if not (text[cut - 1].isalnum() and text[cut].isalnum()):
        return text[cut:]
    # A word is short: its start is looked for a few characters back only, so a
    # text without spaces costs no more than one with them.
    start = max(0, cut - _LONGEST_WORD)
    space = text.rfind(" ", start, cut)
    if space >= 0 or start == 0:
        return text[space + 1 :]
    space = text.find(" ", cut)
    return text[space + 1 :] if space >= 0 else ""


def _plain_spaces(text: str) -> str:
    """Return *text* with its no-break and thin spaces made plain (the same length).

    ``“...,”\u00a0added Gowdy.``: a page's ``&nbsp;`` between a quotation and
    its attribution is a space like any other to the readers.
    """
    # Most texts have none: looking for them costs less than translating.
    if "\u00a0" in text or "\u202f" in text or "\u2009" in text:
        return text.translate(_ODD_SPACES)
    return text


def _inside_phrase(phrase: str, speaker: str) -> bool:
    """Tell whether *speaker* lies in a phrase of place or time that opens *phrase*.

    "in Washington, D.C.", "on live TV": a preposition, then only lower-case
    words up to the speaker; such a phrase says where or when, not who
    ("on Tuesday night he said", "On Friday Ann Lee said" name a subject
    after it).
    """
    if bare(speaker) in PRONOUNS:
        return False
    last = _last_standing(phrase, speaker)
    if last < 0:
        return False
    words = phrase[:last].split()
    return (
        bool(words)
        and bare(words[0]) in PREPOSITIONS
        and all(w.isalpha() and w.islower() and bare(w) not in TIME_WORDS for w in words[1:])
    )


def _last_standing(text: str, words: str) -> int:
    """Where *words* last stand in *text* as words of their own; -1 if nowhere."""
    places = word_places(text, words)
    return places[-1] if places else -1


def word_places(text: str, words: str) -> list[int]:
    """Where *words* stand in *text* as words of their own (no word character by them), in order.

    As a regular expression of *words* between ``(?<!\\w)`` and ``(?!\\w)``
    would find them, left to right and not overlapping, without a pattern
    compiled (and kept in the ``re`` module's cache) for each name or word.

    >>> word_places("Ann Lee, Annabel Lee and Ann Lee", "Ann Lee")
    [0, 25]
    """
    places: list[int] = []
    at, size = text.find(words), len(words)
    while at >= 0:
        if not (at and _word_char(text[at - 1])) and not (
            at + size < len(text) and _word_char(text[at + size])
        ):
            places.append(at)
            at = text.find(words, at + max(size, 1))
        else:
            at = text.find(words, at + 1)
    return places


def _word_char(char: str) -> bool:
    """Tell whether *char* is a word character, as regular expressions of text read one."""
    return char.isalnum() or char == "_"


def _opens_clause(rest: str) -> bool:
    """Tell whether the words after an inverted cue are a clause ("he would welcome Cruz")."""
    for written in rest.split():
        word = bare(written)
        if word in _RELATIVE_WORDS or written.startswith(("(", "[")):
            # "said a man who was there", "said Mr. Burman (a view I share)".
            return False
        if word in _CLAUSE_WORDS and (written[:1].islower() or written == "I"):
            # Lower case only: "Will Doyle" is a name.
            return True
    return False


def _names_subject(before: str) -> bool:
    """Tell whether *before*, the words between a quote and its verb, name a subject.

    ``Jane Doe, the mayor,`` does; ``about the ruling,`` and ``for Clinton,``
    (a phrase that goes on from the quotation) do not.
    """
    last = before.rstrip(" ,").rsplit(",", 1)[-1].split()
    if last and bare(last[0]) in _COMPLEMENT_OPENERS:
        # "“... unlikely” that Sanders can catch Clinton, said Ann Lee": a
        # clause that goes on from the quotation, whose last name is no subject.
        return False
    if not last or bare(last[0]) in PREPOSITIONS:
        return (
            bool(last)
            and len(before.split(",")) > 2
            and _names_subject(before.rstrip(" ,").rsplit(",", 1)[0])
        )
    speaker, pronoun = speaker_of(before.strip(" ,—–-"))
    return pronoun or is_named(speaker) or is_described(speaker)


#: The most words of the subject of a clause that ends a sentence after a comma.
_LAST_SUBJECT: Final = 6


# Cues whose hearer follows them: "..., Ha Kim Ngoc, told the Vietnam News Agency.".
_TELLING_CUES: Final = frozenset(["told", "tells", "tell"])
#: The most words of a hearer after "told" that the end of the sentence may follow.
_HEARER_WORDS: Final = 6


def _past_hearer(rest: str) -> str:
    """Return *rest*, the words after "told", past the hearer they open with.

    "the Vietnam News Agency." and "reporters on Friday." end the sentence
    after the hearer (and a circumstance); anything longer, or with a comma or
    a verb of its own, is left as it is.
    """
    words = rest.split()
    for k, written in enumerate(words[: _HEARER_WORDS + 1]):
        if bare(written) in PREPOSITIONS | TIME_WORDS and k:
            return " " + " ".join(words[k:])
        if written.endswith(",") or (written.islower() and bare(written) in _NOT_IN_SUBJECT):
            return rest
        if written.endswith((".", "!", "?")) and k + 1 == len(words):
            return "."
    return rest


def _last_clause_subject(subject: str, rest: str) -> str | None:
    """Return the subject of a last clause "..., Name said." after a quote, if any.

    *subject* is the words between the quote and the verb, *rest* those
    after the verb's cue. Only a short name (titles allowed: "DFA spokesman
    Neil Sroka") or a described source after the last comma counts, and only
    when nothing but the sentence end or a circumstance ("in a filing")
    follows the verb.
    """
    if "," not in subject:
        return None
    words = rest.strip(" .;!?\n").split()
    if words and bare(words[0]) not in PREPOSITIONS | TIME_WORDS:
        return None
    if words and not rest.strip().endswith((".", "!", "?")):
        return None
    chunk = subject.rsplit(",", 1)[1].strip()
    tokens = chunk.split()
    if not tokens or len(tokens) > _LAST_SUBJECT or bare(tokens[0]) in _SUBJECT_OPENERS:
        return None
    speaker, pronoun = speaker_of(chunk)
    if speaker is None or pronoun or not plausible_speaker(speaker):
        return None
    if is_described(chunk) and speaker == chunk:
        return speaker
    if not (
        is_named(speaker) and is_cap(tokens[-1]) and is_cap(tokens[-2] if len(tokens) > 1 else "")
    ):
        return None
    if not all(
        is_cap(w) or (w.isalpha() and w.islower() and w not in _SUBJECT_OPENERS) for w in tokens
    ):
        return None
    return speaker


# Lower-case words that cannot stand in a noun phrase that is a subject: the
# joints of a clause, verbs of being and having, auxiliaries, pronouns.
_NOT_IN_SUBJECT: Final = (
    JOINERS
    | RELATIVES
    | WH_WORDS
    | BE_FORMS
    | PRONOUNS
    | COORDINATORS
    | frozenset(
        [
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "not",
            "did",
            "does",
            "do",
            "where",
            "if",
            "so",
            "than",
        ]
    )
)


# What opens a person's second post after "and": "leader and former minister".
_SECOND_POST: Final = frozenset(["former", "current", "longtime", "then"])


def _long_subject(subject: str, rest: str) -> str | None:
    """Return the speaker of a long subject right after a quote, if it is one.

    "“...,” a 2001 study by the Federal Bureau of Prisons concluded.", "“...,”
    the IMF's outgoing chief economist Maurice Obstfeld told reporters.": the
    words between the quote and the verb are one noun phrase (no comma, no
    word that joins or opens a clause, no verb of being or having), it names a
    source, and nothing but the sentence end or a circumstance follows the
    verb. A clause of the writer's ("“...” they need to win in Iowa and Trump
    said") fails on its joints.
    """
    words = subject.split()
    if not words or len(words) > _NAMED_SUBJECT or any(c in subject for c in ',;:()"“”'):
        return None
    qualified = _QUALIFIED_SOURCE.fullmatch(subject.strip())
    if (
        qualified is not None
        and is_described(qualified.group("source"))
        and not rest.strip(" .;!?\n").split()[:1]
    ):
        # "“...,” a company source with knowledge of the matter said.": a
        # described source and what qualifies it to speak, as written.
        return subject.strip()
    if not (
        is_cap(words[0])
        or bare(words[0]) in {"the", "a", "an"}
        # "public information officer Vance Chandler of ...": an office in
        # lower case right before the name.
        or _office_before_name(words)
    ):
        return None
    if any(
        w.islower()
        and bare(w) in _NOT_IN_SUBJECT
        # "Congress leader and former Kerala Chief Minister Oommen Chandy": two
        # posts of one person.
        and not (w == "and" and k + 1 < len(words) and words[k + 1] in _SECOND_POST)
        # "the Union of Greens and Farmers": "and" inside a body's name.
        and not (
            w == "and" and 0 < k < len(words) - 1 and is_cap(words[k - 1]) and is_cap(words[k + 1])
        )
        for k, w in enumerate(words)
    ):
        return None
    after = rest.strip(" .;!?\n").split()
    if after and bare(after[0]) not in PREPOSITIONS | TIME_WORDS:
        return None
    if after and not rest.strip().endswith("."):
        return None
    speaker, pronoun = speaker_of(subject)
    if speaker is None or pronoun or not plausible_speaker(speaker):
        return None
    return speaker if is_named(speaker) or is_described(speaker) else None


def _office_before_name(words: list[str]) -> bool:
    """Tell whether *words* open with lower-case words that end in an office before a name."""
    first_cap = next((k for k, w in enumerate(words) if is_cap(w)), 0)
    return (
        0 < first_cap <= _OFFICE_LEAD
        and all(w.isalpha() and w.islower() for w in words[:first_cap])
        and (
            bare(words[first_cap - 1]) in _LOWER_OFFICES
            # "current Prime Minister Maris Lee of ...": a time of the post
            # before its title.
            or all(bare(w) in _SECOND_POST | _POST_TIMES for w in words[:first_cap])
        )
    )


# Words that date a post before its title: "outgoing Prime Minister ...".
_POST_TIMES: Final = frozenset(["acting", "outgoing", "incoming", "interim", "newly", "elected"])
#: The most lower-case words of an office before a name.
_OFFICE_LEAD: Final = 4
# Offices written in lower case before a name: "information officer Vance Chandler".
_LOWER_OFFICES: Final = frozenset(
    [
        *("officer", "spokesman", "spokeswoman", "spokesperson", "director", "minister"),
        *("secretary", "chairman", "chairwoman", "chair", "president", "manager", "analyst"),
        *("economist", "strategist", "adviser", "advisor", "lawyer", "attorney", "professor"),
        *("researcher", "executive", "commissioner", "superintendent", "sheriff", "chief"),
    ]
)


# A described source and what qualifies it to speak: "a company source with
# knowledge of the matter", "two people familiar with the talks".
_QUALIFIED_SOURCE: Final = re.compile(
    r"(?P<source>(?:a|an|the|one|two|three|four|several|other)\s(?:[a-z-]+\s){0,3}?[a-z]+)\s"
    r"(?:with\s(?:direct\s)?knowledge\sof|familiar\swith|close\sto|briefed\son)\s"
    r"[a-z][a-z’' -]{1,40}"
)


# Words that open no subject of a last clause: "and the", "but he", "which".
_SUBJECT_OPENERS: Final = (
    PREPOSITIONS | LEADING_NOISE | RELATIVES | WH_WORDS | frozenset(["and", "or", "but", "if"])
)


def _named_after(text: str, cue_end: int, *, cut: bool) -> str | None:
    """Return the source named right after an inverted cue ending at *cue_end*, if any.

    Only a name or a source described by a noun counts (``said Ann Lee, a
    lawyer``, ``said a senior official``); not a pronoun, not a clause (``said
    Smith was wrong``) and not a time (``said Friday``). When *cut*, the
    text was cut at the window's end, and a phrase that runs to it is not read.
    """
    ended = _CLAUSE_END.split(text[cue_end:] + " ", maxsplit=1)
    if cut and len(ended) == 1:
        # The window ends inside the phrase: the name may be cut short.
        return None
    rest = _after_name(ended[0])
    first = rest.split()[:1]
    if not first or bare(first[0]) in PREPOSITIONS | TIME_WORDS:
        # "said of Cruz", "said in New York": a circumstance, not a source.
        return None
    speaker, pronoun = speaker_of(rest)
    if speaker is None or pronoun or _opens_clause(rest) or not plausible_speaker(speaker):
        return None
    return speaker if is_named(speaker) or is_described(speaker) else None


# A relative clause that goes on after an inverted subject.
_RELATIVE_AFTER: Final = re.compile(r"\s(?:who|whom|whose|which|that)\s(?=[a-z])")
# A participle that tells of a document after its noun: "a statement released on Monday".
_RELEASED_AFTER: Final = re.compile(
    r"\s(?:(?:released|issued|published|dated|obtained|sent|posted|signed|circulated"
    # "said a member of an alliance formed by Sara Duterte": who formed the
    # body the source belongs to is no part of the source.
    r"|formed|founded|created|led|backed|owned)\b"
    # "said one billionaire included in January on a Treasury list": where the
    # source was listed or named is no part of it either.
    r"|(?:included|listed|named|placed)\s(?:in|on|by|among)\b)"
)


def _after_name(rest: str) -> str:
    """Cut the words after an inverted verb at a circumstance that follows a name.

    ``said Jane Doe in a statement``: the speaker is the name, not the phrase
    after it. Only a capitalised word before the preposition ends the name
    ("a resident in Brooklyn" stays whole).
    """
    for found in _CIRCUMSTANCE.finditer(rest):
        before = rest[: found.start()].split()
        if before and is_cap(before[-1]):
            return rest[: found.start()]
    medium = _MEDIUM_AFTER.search(rest)
    if medium is not None and medium.start() > 0:
        # "said Guterres' press office in a statement": the medium, whatever
        # the word before it.
        return rest[: medium.start()]
    return rest


# The medium a source spoke in, after its name: "in a statement", "in an interview
# with ...", "on its website".
_MEDIUM_AFTER: Final = re.compile(
    r"\s(?:in|on)\s(?:a|an|the|its|his|her|their)\s(?:[\w-]{1,20}\s){0,2}?"
    r"(?:statement|interview|post|tweet|letter|email|e-mail|briefing|release|message|video|"
    r"speech|website|blog)\b"
)


@attrs.frozen(kw_only=True)
class Attribution:
    """A speech cue and the speaker it names, as found next to a quote."""

    speaker: str | None
    # A few dozen cues ("said", "according to") recur in every article: each
    # is kept once, not once per quote.
    cue: str = attrs.field(converter=sys.intern)
    pronoun: bool = False


def _is_verb(
    tokens: list[tuple[int, int, str]],
    i: int,
    word: str,
    *,
    evaluative: bool = False,
    quoting: bool = False,
) -> bool:
    """Tell whether token *i* (its bare *word*) is a speech verb.

    "put" counts only in "put it", "quoted" only in "quoted as" or last, a
    verb that reports speech only before "that" ("shared that", "pointed out
    that") only there. With
    *evaluative*, verbs of judging ("described ... as") count too; with
    *quoting* (a quotation is next to the verb), the verbs of
    :data:`QUOTE_VERBS` ("claims", "thanked") too.
    """
    if (
        word in {"added", "adds", "add"}
        and 0 < i < len(tokens) - 1
        and bare(tokens[i + 1][2]) == "to"
        and tokens[i - 1][2].islower()
        and bare(tokens[i - 1][2]) not in PRONOUNS
    ):
        # "countries added to the ‘red list’": put on, not said (not "he
        # added to loud applause").
        return False
    if word == "put":
        return i + 1 < len(tokens) and bare(tokens[i + 1][2]) == "it"
    if quoting and word in {"calls", "called"} and i + 1 < len(tokens):
        # "“...,” a city worker calls out to the crowd": shouted out (not
        # "called out Trump for ...", a rebuke, which takes an object).
        after = bare(tokens[i + 1][2])
        following = bare(tokens[i + 2][2]) if i + 2 < len(tokens) else ""
        if after == "out" and (not following or following in {"to", "from", "again"}):
            return True
    if word == "quoted":
        if i + 1 < len(tokens) and bare(tokens[i + 1][2]) == "by":
            by = [bare(t[2]) for t in tokens[i + 2 : i + 2 + _QUOTED_BY_WORDS]]
            if any(pair == ("as", "saying") for pair in itertools.pairwise(by)):
                return True
            # "“...,” Seehofer was quoted by DPA": the passive, its medium last.
            medium = tokens[i + 2 :]
            return (
                i > 0
                and bare(tokens[i - 1][2]) in {"was", "were", "is", "been"}
                and 1 <= len(medium) <= _QUOTED_BY_MEDIUM
                and all(is_cap(t[2]) for t in medium)
            )
        return i + 1 == len(tokens) or bare(tokens[i + 1][2]) == "as"
    if word in _PHRASAL:
        # "Hillary shot back, “...”", "her husband cut in": a cue only with
        # its particle, and only next to a quotation.
        return quoting and i + 1 < len(tokens) and bare(tokens[i + 1][2]) == _PHRASAL[word]
    if word in _NOUN_VERBS and i and tokens[i - 1][2] in _NOUN_BEFORE:
        # "Monitor local weather reports", "Follow news reports": a noun.
        return False
    if word in _NOUN_VERBS and _governed(tokens, i):
        # "According to press pool reports": a noun after a preposition.
        return False
    if (
        evaluative
        and word in EVALUATIVE_VERBS
        and word.endswith("s")
        and i
        and bare(tokens[i - 1][2]) in PREPOSITIONS | NOUN_MARKERS
    ):
        # "reports of attacks and robberies by persons posing as “guides”":
        # a plural noun after a preposition or a determiner, not a verb.
        return False
    if evaluative and word in _BASE_JUDGING and _after_singular_name(tokens, i):
        # "the Elsa Dahl brand", "the Ames Hall cast": a base form after a
        # singular name led by a determiner is a noun, not a verb of judging.
        return False
    if word in THAT_VERBS:
        # "shared that", "pointed out that"; not "shared a photo".
        # "that" opens a clause, not a noun phrase ("shares that view"):
        # a determiner, a pronoun, a name or nothing follows it.
        k = i + 1 + (word in _PARTICLE)
        if k >= len(tokens) or bare(tokens[k][2]) != "that":
            return False
        if word in _PARTICLE and bare(tokens[i + 1][2]) != _PARTICLE[word]:
            return False
        following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        return not following or is_cap(following) or bare(following) in _CLAUSE_OPENERS
    if quoting and _past_before_that(tokens, i, word):
        # "Hoover estimated that there are “...”", "The leader related that
        # ...": a verb in the past before a clause of content reports it.
        return True
    return (
        word in SPEECH_VERBS
        or (evaluative and word in EVALUATIVE_VERBS)
        or (quoting and word in QUOTE_VERBS)
    )


#: The most words between a preposition and the noun it governs.
_GOVERNED_WORDS: Final = 4


def _governed(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether a preposition opens the phrase that token *i* ends, with no punctuation between.

    "According to press pool reports", "data from credit reports": the word
    is a noun there.
    """
    for k in range(i - 1, max(i - 1 - _GOVERNED_WORDS, -1), -1):
        written = tokens[k][2]
        if not written[-1:].isalnum():
            return False
        if bare(written) in PREPOSITIONS or bare(written) in {"citing", "according"}:
            # Not "Dana Rubinstein at POLITICO New York reports": a name's
            # affiliation, after which the verb is the person's.
            return not (
                bare(written) in _AFFILIATING
                and all(is_cap(t[2]) or t[2] == "the" for t in tokens[k + 1 : i])
                and k > 0
                and is_cap(tokens[k - 1][2])
            )
    return False


_AFFILIATING: Final = frozenset(["at", "of", "for", "from", "with"])


# Base forms of the verbs of judging, which are nouns too ("the brand", "a label"),
# less "cast", also a past form.
_BASE_JUDGING: Final = frozenset(
    w for w in EVALUATIVE_VERBS if not w.endswith(("s", "ed", "ing")) and w != "cast"
)
# Words after which a base form is a verb: "who would label", "to brand".
_VERB_OPENERS: Final = (
    RELATIVES
    | PRONOUNS
    | frozenset(
        [
            "will",
            "would",
            "shall",
            "should",
            "can",
            "could",
            "may",
            "might",
            "must",
            "did",
            "do",
            "does",
            "not",
            "never",
        ]
    )
)
#: The most words between an article and the word it may qualify.
_NAME_WORDS_BEFORE: Final = 4


def _after_singular_name(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether token *i* closes a singular noun phrase opened by an article.

    "a small label", "the Elsa Dahl brand", "last week’s Paris attack": the
    words between the article (or possessive) and
    token *i* run on with no punctuation, and the one before it is not plural
    ("the Greens brand" keeps its verb).
    """
    for k in range(i - 1, max(i - 1 - _NAME_WORDS_BEFORE, -1), -1):
        word = tokens[k][2]
        if word.endswith(("’s", "'s")) and word[:-2].isalpha():
            # "last week’s Paris attack", "Obama's label": a possessive
            # determines a noun.
            before = tokens[i - 1][2]
            return k == i - 1 or is_cap(before) or not before.endswith("s")
        if (not word.isalpha() and not word.replace("-", "").isalpha()) or bare(
            word
        ) in _VERB_OPENERS:
            # "a man who would label": the base form has a subject of its own.
            return False
        if bare(word) in {"a", "an"}:
            return k < i - 1
        if bare(word) == "the":
            return k < i - 1 and not tokens[i - 1][2].endswith("s")
    return False


#: The fewest letters of a past form in "-ed" read as a verb before "that" ("estimated").
_PAST_LETTERS: Final = 5
# Past forms before "that" that do not report what someone said or thought:
# "ensured that", "so arranged that", "required that".
_NOT_REPORTING: Final = frozenset(
    [
        "ensured",
        "arranged",
        "required",
        "demanded",
        "provided",
        "ordered",
        "needed",
        "meant",
        "caused",
        "allowed",
        "decided",
        "determined",
        "ruled",
        "voted",
    ]
)


_PERFECT: Final = frozenset(["has", "have", "had"])


def _past_before_that(tokens: list[tuple[int, int, str]], i: int, word: str) -> bool:
    """Tell whether token *i* is a lower-case past form followed by "that" and a clause."""
    raw = tokens[i][2]
    if not raw.islower() or word in _NOT_REPORTING or i == 0:
        return False
    if not ((word.endswith("ed") and len(word) >= _PAST_LETTERS) or word in PAST_FORMS):
        return False
    if i + 2 >= len(tokens) or bare(tokens[i + 1][2]) != "that":
        return False
    before = tokens[i - 1][2]
    if before.islower() and bare(before) in DETERMINERS | PREPOSITIONS | BE_FORMS | _PERFECT:
        # "the detailed that", "was reported that": no verb of a subject;
        # "..., but have speculated that": the subject is too far back to trust.
        return False
    following = tokens[i + 2][2]
    return is_cap(following) or bare(following) in _CLAUSE_OPENERS


def may_hold_cue(text: str) -> bool:
    """Tell cheaply whether *text* may hold a speech cue's word (never False when it does).

    The cues counted are those of reported speech; a verb that reports speech
    only before "that" (``shared that``) attributes quotations alone.

    A word the readers see, lower-cased and without its edge punctuation, is
    a run of letters here too, unless it was cut out of a run longer than
    any word, which lets *text* through as well.

    >>> may_hold_cue("Prices rose again."), may_hold_cue("“No,” SAID the mayor.")
    (False, True)
    """
    runs = letter_runs(text.lower())
    # The runs are whole: one longer than any word is among them (no second
    # search of the text for it).
    return not _CUE_WORDS.isdisjoint(runs) or max(map(len, runs), default=0) > _LONGEST_WORD


def attribution_by_noun(text: str) -> Attribution | None:
    """Find a speech noun and its owner at the end of *text*, the words before a quote.

    ``Trump’s claim that ...``, ``the mayor’s remarks about ...``, ``his
    promise of ...``: the owner is the speaker (a possessive pronoun is
    reported as its subject form, for the caller to resolve); the noun is the
    cue. Only the last such phrase counts, and only when nothing but its
    clause stands between it and the quote.

    >>> attribution_by_noun("Officials rejected Donald Trump’s claim that there were ")
    Attribution(speaker='Donald Trump', cue='claim', pronoun=False)
    >>> attribution_by_noun("Contrary to his claim that people would ")
    Attribution(speaker='he', cue='claim', pronoun=True)
    """
    found = None
    text = last_words(_plain_spaces(text))
    for found in _SPEECH_NOUN.finditer(text):  # noqa: B007 (the last one is kept)
        pass
    if found is None or _CLAUSE_BREAK.search(text, found.end()):
        return None
    cue = found.group("noun")
    pronoun = found.group("pronoun")
    if pronoun is not None:
        return Attribution(speaker=_SUBJECT_OF[pronoun.lower()], cue=cue, pronoun=True)
    speaker, is_pronoun = speaker_of(found.group("name"))
    if speaker is None or is_pronoun:
        return None
    return Attribution(speaker=speaker, cue=cue, pronoun=False)


def _relative_attribution(
    text: str, tokens: list[tuple[int, int, str]], i: int, *, evaluative: bool = False
) -> Attribution | None:
    """Return the attribution of a relative clause whose cue at token *i* ends *text*.

    ``the police department, which reported “...”``, ``voters who told
    reporters “...”``: the speech act is the antecedent's when the quote
    follows the cue at once. A verb of judging (*evaluative*) may have a
    short object or clause between: ``Obama, who called the nominee “unfit
    to serve”``, ``Sanders, who said he intended to get “recharged”``.
    """
    cue, end = _cue_at(text, tokens, i)
    rest = text[end:].strip(" ,:")
    if rest and not (evaluative and _short_complement(rest)):
        return None
    head = _THERE_IS.sub("", text[: tokens[i - 1][0]].rstrip(" ,"))
    words = word_spans(head)
    for k in range(len(words) - 2, -1, -1):
        if bare(words[k][2]) in PREPOSITIONS:
            # "Figures came from the county office, which": the antecedent is
            # the last noun phrase.
            head = head[words[k][1] :]
            break
    antecedent, pronoun = speaker_of(head)
    if antecedent is None or pronoun:
        return None
    return Attribution(speaker=antecedent, cue=cue)


#: The most words between a verb of judging and the words it quotes, in a relative clause.
_COMPLEMENT_WORDS: Final = 6


def _short_complement(rest: str) -> bool:
    """Tell whether *rest* is a short object or clause: "the nominee", "the plan to", "he has"."""
    words = rest.split()
    return (
        len(words) <= _COMPLEMENT_WORDS
        and "," not in rest
        and bare(words[0]) in DETERMINERS | PRONOUNS
        and not any(bare(w) in SPEECH_VERBS for w in words)
    )


# What may stand between "NAME, who says" and the quoted words: "it's", "they are".
_SHORT_COPULAS: Final = frozenset(
    " ".join(pair)
    for pair in (
        *((p + "’s",) for p in ("it", "he", "she")),
        *((p + "'s",) for p in ("it", "he", "she")),
        ("they’re",),
        ("they're",),
        *((p, v) for p in ("it", "he", "she") for v in ("is", "was")),
        *(("they", v) for v in ("are", "were")),
    )
)


def _who_says_it_is(text: str, tokens: list[tuple[int, int, str]], i: int) -> Attribution | None:
    """Return the attribution of "NAME, who says it's “...”", whose cue is token *i*.

    The relative clause set off by a comma is the named antecedent's speech
    act, when only a short "it's" or "they are" stands between its verb and
    the quote.
    """
    if (
        i < 2
        or "," not in text[tokens[i - 2][1] : tokens[i - 1][0]]
        or " ".join(text[tokens[i][1] :].split()).lower() not in _SHORT_COPULAS
    ):
        return None
    speaker, pronoun = speaker_of(text[: tokens[i - 1][0]].rstrip(" ,"))
    if speaker is None or pronoun or not is_named(speaker):
        return None
    return Attribution(speaker=speaker, cue=tokens[i][2].rstrip(EDGE_PUNCT))


def _coordinated(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether the verb at token *i* is joined to an earlier one ("and repeatedly says").

    Its subject is then the clause's, before the first verb.
    """
    k = i - 1
    while k > 0 and (
        bare(tokens[k][2]) in BETWEEN or (tokens[k][2].endswith("ly") and tokens[k][2].islower())
    ):
        k -= 1
    # "But, said Solovey,": a conjunction set off by a comma joins no verb.
    return (
        k >= 0
        and bare(tokens[k][2]) in _COORDINATING
        and not (k == 0 and "," in text[tokens[0][1] : tokens[1][0]])
    )


# Words after "told her" that make "her" its object, not a possessive.
_AFTER_OBJECT: Final = frozenset(
    ["that", "he", "she", "they", "it", "we", "i", "you", "there", "to", "about", "of"]
)
# The ones told, after "told", that are part of the cue: "told shareholders
# he did not have enough support".
_HEARERS: Final = frozenset(
    [
        *("reporters", "journalists", "me", "us", "them", "him", "shareholders", "investors"),
        *("lawmakers", "legislators", "parliament", "delegates", "supporters", "students"),
        *("employees", "staff", "analysts", "senators", "congress", "voters", "residents"),
        "colleagues",
    ]
)
_HEARING_BODIES: Final = frozenset(
    [
        *("court", "jury", "committee", "panel", "crowd", "audience", "conference", "parliament"),
        *("senate", "house", "council", "assembly", "board", "hearing", "inquiry", "newspaper"),
        *("station", "channel", "broadcaster", "agency"),
    ]
)


#: The most words of a subject made of names only ("Professor Ann Lee of the
#: University of Leeds").
_NAMED_SUBJECT: Final = 16
# Lower-case words that may join the names of such a subject.
_NAME_LINKS: Final = frozenset(["of", "the", "for", "at", "from", "and"])


def _named_phrase(subject: str) -> bool:
    """Tell whether *subject* is names and the words that join them, nothing else."""
    words = subject.split()
    return len(words) <= _NAMED_SUBJECT and all(
        is_cap(w) or w in _NAME_LINKS or w in CONNECTORS for w in words
    )


def _spaced(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether only white space separates token *i* from the next one."""
    return not text[tokens[i][1] : tokens[i + 1][0]].strip()


def _cue_at(text: str, tokens: list[tuple[int, int, str]], i: int) -> tuple[str, int]:
    """Return the cue starting at token *i* and the offset where it ends."""
    start, end = tokens[i][0], tokens[i][1]
    word = bare(tokens[i][2])
    if i + 1 < len(tokens) and (
        word == "put"
        or word in _PARTICLE
        or word in _PHRASAL
        or (word in {"calls", "called"} and bare(tokens[i + 1][2]) == "out")
    ):
        end = tokens[i + 1][1]
    if word == "quoted" and (quoted := _QUOTED_AS.match(text, end)) is not None:
        end = quoted.end()
    if word in OBJECT_VERBS and i + 1 < len(tokens) and _spaced(text, tokens, i):
        obj = tokens[i + 1][2]
        after = bare(tokens[i + 2][2]) if i + 2 < len(tokens) else ""
        if (
            is_cap(obj)
            or bare(obj) in _HEARERS
            # "told the committee he ...", not "told the story".
            or (bare(obj) == "the" and after in _HEARING_BODIES)
            # "told her they ...", not "told her story".
            or (bare(obj) == "her" and after in _AFTER_OBJECT)
        ):
            j = i + 2 if bare(obj) == "the" and after in _HEARING_BODIES else i + 1
            while j + 1 < len(tokens) and is_cap(tokens[j + 1][2]) and _spaced(text, tokens, j):
                j += 1
            end = tokens[j][1]
    tail = _CUE_TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    return text[start:end].rstrip(EDGE_PUNCT), end


def cue_from(text: str, start: int) -> tuple[str, int]:
    """Return the cue whose verb starts at offset *start* of *text*, and where it ends.

    >>> cue_from("The ministry said in a statement that it wept.", 13)
    ('said in a statement', 32)
    """
    window = text[start : start + WINDOW]
    tokens = word_spans(window, _CUE_TOKENS)
    if not tokens:
        return "", start
    cue, end = _cue_at(window, tokens, 0)
    if len(tokens) == _CUE_TOKENS and end >= tokens[-1][1]:
        # The cue may run on past the words read ("told Fox News Sunday ..."):
        # read the whole window.
        cue, end = _cue_at(window, word_spans(window), 0)
    return cue, start + end


def letter_runs(text: str) -> list[str]:
    """Return the runs of lower-case ASCII letters of *text*, as ``re.findall("[a-z]+", text)``.

    Read by C string methods, not the regex engine: in about a quarter of the
    time on a sentence, and :func:`may_hold_cue` reads every sentence. A
    character outside ASCII becomes ``?`` and every other character no letter
    a space; the words between the spaces are the runs.

    >>> letter_runs("“No,” SAID the mayor’s aide.")
    ['o', 'the', 'mayor', 's', 'aide']
    """
    return text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split()


# A phrase that gives whose words follow, just before a quote: In Dr.
# Shadlen's words, In the words of Ann Lee.
_WORDS_OF: Final = re.compile(
    r"\b[Ii]n\s(?:([A-Z][\w.\s-]{0,40}?)[’']s?\s(?:own\s)?words|the\swords\sof\s([A-Z][\w.\s-]{0,40}?))"
    r"\s?[,:]?\s{0,3}$"
)


def _find_according(text: str) -> int:
    return text.lower().rfind("according to")


# Participles that name what comes before them: "The group, called Energy Control,".
_NAMING_PARTICIPLES: Final = frozenset(["called", "named", "dubbed", "nicknamed"])


def _naming_aside(text: str, tokens: list[tuple[int, int, str]], i: int, word: str) -> bool:
    """Tell whether token *i* opens an aside that names: ", called Energy Control,".

    "The group, called Energy Control, which runs “harm reduction”
    programs": the participle names the group and no one speaks; but in
    "Christie, hoping to win, called Obama a “petulant child”" no comma
    closes the name after it, and Christie speaks.
    """
    if word not in _NAMING_PARTICIPLES or not i or "," not in text[tokens[i - 1][1] : tokens[i][0]]:
        return False
    end = i + 1
    while end < len(tokens) and is_cap(tokens[end][2]):
        end += 1
    return end > i + 1 and text[tokens[end - 1][1] : tokens[end - 1][1] + 1] == ","


def attribution_before(
    text: str, *, evaluative: bool = False, relative: bool = False
) -> Attribution | None:
    """Find the attribution in *text*, the words just before a quote.

    The cue nearest the quote wins; its subject is the speaker. With
    *evaluative* (for a quote after "as"), verbs of judging are cues too.
    With *relative* (the quote follows *text* at once), a cue in a relative
    clause counts, and the antecedent speaks: ``the department, which
    reported “...”``. Without it, ``voters who said`` is no speech act (the
    reported content would be the main clause's).

    >>> attribution_before("Brian Carter, portfolio manager for AEI, recently told Newsweek: ")
    Attribution(speaker='Brian Carter', cue='told Newsweek', pronoun=False)
    >>> attribution_before("He added: ")
    Attribution(speaker='He', cue='added', pronoun=True)
    """
    return _attribution_before(_plain_spaces(text), evaluative, relative)


# Both sides of a pair share most sentences; the answer depends on the
# arguments alone and is immutable, so it is kept (bounded). The window is cut
# for the call and kept by nothing else: the cache holds its digest instead.
@bounded_by_digest(1024)
def _attribution_before(text: str, evaluative: bool, relative: bool) -> Attribution | None:
    text = last_words(text)
    words_of = _WORDS_OF.search(text)
    if words_of is not None:
        # "In Dr. Shadlen's words, “...”", "In the words of Ann Lee: “...”".
        speaker, pronoun = speaker_of(words_of.group(1) or words_of.group(2))
        if speaker is not None and not pronoun and is_named(speaker):
            return Attribution(speaker=speaker, cue=words_of.group(0).strip(" ,:"))
    short = (
        _short_colon_clause(text)
        or _issued_statement(text)
        or _as_aside(text)
        or _from_writer(text)
    )
    if short is not None:
        return short
    according = _find_according(text)
    tokens = word_spans(text)
    for i in range(len(tokens) - 1, -1, -1):
        word = bare(tokens[i][2])
        if (
            not _is_verb(tokens, i, word, evaluative=evaluative, quoting=True)
            or (according >= 0 and tokens[i][0] < according)
            or _asked_opener(text, tokens, i)
            or _naming_aside(text, tokens, i, word)
        ):
            continue
        previous = bare(tokens[i - 1][2]) if i else ""
        if (
            relative
            and previous in _RELATIVE_SUBJECTS
            and i >= 2
            and word not in PARTICIPLES
            and (found := _relative_attribution(text, tokens, i, evaluative=evaluative)) is not None
        ):
            return found
        after_comma = i > 0 and "," in text[tokens[i - 1][1] : tokens[i][0]]
        if (
            previous == "who"
            and word not in PARTICIPLES
            and (found := _who_says_it_is(text, tokens, i)) is not None
        ):
            return found
        if (
            (previous in RELATIVES or previous in NOUN_MARKERS)
            and not after_comma
            and _GO_ON_TO.search(text[: tokens[i][0]]) is None
        ):
            # "a man who said", "a call for", "his reply": no speech act here
            # (but "endorsed her, citing": a participle after its clause).
            continue
        k = i - 1
        while k > 0 and (
            bare(tokens[k][2]) in _PASSIVE_ADVERBS
            or (tokens[k][2].endswith("ly") and tokens[k][2].islower())
        ):
            k -= 1
        if k < i - 1 and k >= 0 and bare(tokens[k][2]) in BE_FORMS:
            # "is usually told like this", "are poorly maintained": a passive.
            previous = bare(tokens[k][2])
        if previous in BE_FORMS and word != "quoted" and not word.endswith("ing"):
            # Passive: "has been called a charlatan", "was told" (not "is
            # telling"): the subject is spoken to or about, not speaking.
            continue
        if after_comma and _passive_with_agent(tokens, i, word):
            continue
        cue, _ = _cue_at(text, tokens, i)
        # "with Cruz recently promising": an adverb may stand between.
        named_at = i - 2 if i >= 2 and tokens[i - 1][2].endswith("ly") else i - 1
        if (
            word in PARTICIPLES | _PROMISING
            and named_at >= 0
            and is_cap(tokens[named_at][2])
            and (named_at == i - 1 or tokens[i - 1][2].islower())
            and not text[tokens[named_at][1] : tokens[i][0]].strip(" ").count(",")
            and not text[tokens[named_at][1] : tokens[named_at + 1][0]].strip()
            and bare(tokens[named_at][2]) not in PRONOUNS | TIME_WORDS
            and not _where_said(tokens, named_at)
        ):
            # "footage of Trump saying": the name right before the participle.
            speaker, pronoun = name_run(text, tokens, named_at), False
        elif (word in PARTICIPLES or word.endswith("ing")) and (
            with_subject := _with_subject(text, tokens, i)
        ):
            # "with many marchers chanting": the participle's own subject.
            speaker, pronoun = with_subject, False
        elif word in PARTICIPLES or word.endswith("ing") or _coordinated(text, tokens, i):
            # "X responded, saying", "Gov. Jerry Brown endorsed her, citing":
            # the subject of the clause the participle hangs on.
            shared = _shared_subject(text, tokens, i, word)
            if shared is None:
                return None
            speaker, pronoun = shared
            if speaker is None:
                # "..., the mayor said, adding ...": the subject went before;
                # let the caller resolve it like a pronoun.
                return Attribution(speaker=None, cue=cue, pronoun=True)
        else:
            subject = _subject_before(text, tokens, i, word)
            if subject is None:
                continue
            speaker, pronoun = subject
            if speaker and not pronoun and region_after_place(text[: tokens[i][0]], speaker):
                speaker = None
        return Attribution(speaker=speaker, cue=cue, pronoun=pronoun)
    if according >= 0:
        source = text[according + len("according to") :].split(",")[0]
        speaker, pronoun = speaker_of(source)
        if speaker is not None:
            return Attribution(speaker=speaker, cue="according to", pronoun=pronoun)
    return _colon_introduction(text)


def _shared_subject(
    text: str, tokens: list[tuple[int, int, str]], i: int, word: str
) -> tuple[str | None, bool] | None:
    """Return the subject (speaker, pronoun) of the participle or joined verb at token *i*.

    ``(None, False)`` when the clause names none before the verb; None when the
    words read (*text*, a window that may open inside the sentence) cannot hold
    the subject: a name before a semicolon in a window cut inside the sentence.
    A name in a window that opens with a preposition, after an earlier
    quotation ("'' with no quid pro quos, adding,"), is none either.
    """
    # A name right after a verb is that verb's object ("mocked Trump for
    # calling"), not the subject of the participle (a verb joined by "and"
    # keeps the old reading).
    participle = word in PARTICIPLES or word.endswith("ing")
    before = text[: tokens[i][0]]
    if participle:
        # "The bank is 80% owned by the taxpayer, and Johnson, the mayor,
        # reacted by saying ...": the participle hangs on the last clause,
        # whose own subject is named after ", and".
        joined = joined_subject(before)
        if joined is not None:
            return joined[1], False
    speaker, pronoun = main_subject(before, no_objects=participle)
    if speaker is None or pronoun or not text.lstrip()[:1].islower():
        return speaker, pronoun
    if ";" in text[text.find(speaker) :]:
        # "... the iPhone used in San Bernardino, Calif.; clashed with ...;
        # and posted": the window opens inside the sentence, past its
        # subject; a name inside the window is no subject.
        return None
    if not participle and main_subject(text[: tokens[i][0]], strict=True)[0] is None:
        # "... the raid that killed Osama bin Laden during a forum sponsored by
        # NBC and said": in a window opened inside the sentence, only a name
        # with its own verb may be the subject of a verb joined by "and".
        return None
    if (
        len(tokens) > _AFTER_PREPOSITION
        and bare(tokens[0][2]) in PREPOSITIONS
        and text.find(speaker) <= tokens[_AFTER_PREPOSITION][0]
    ):
        # "'' with no quid pro quos, adding, ''...''": the object of the
        # preposition that opens the words after an earlier quotation.
        return None, False
    return speaker, pronoun


# A clause joined after a comma, its subject a name: ", and Johnson".
_NAMED_JOINED_CLAUSE: Final = re.compile(r",\s(?:and|but|while)\s(?=[A-Z])")


def joined_subject(text: str) -> tuple[int, str] | None:
    """Return where the last clause joined by ", and" opens in *text*, and its named subject.

    "The bank is 80% owned by the taxpayer, and Johnson, the mayor, reacted
    by": a participle after it hangs on that clause. None when no clause is
    joined so or no name is its subject next to its verb.

    >>> joined_subject("The bank is owned by the state, and Johnson reacted by ")
    (36, 'Johnson')
    """
    joined = [found.end() for found in _NAMED_JOINED_CLAUSE.finditer(text)]
    if not joined:
        return None
    speaker, pronoun = main_subject(text[joined[-1] :], strict=True)
    return None if speaker is None or pronoun else (joined[-1], speaker)


#: Where the object of a preposition that opens a window starts, at the latest
#: (after a determiner).
_AFTER_PREPOSITION: Final = 2


def _subject_before(
    text: str, tokens: list[tuple[int, int, str]], i: int, word: str
) -> tuple[str | None, bool] | None:
    """Return the subject (speaker, pronoun) of the finite cue at token *i* of *text*.

    None when the cue is to be passed over ("Trump joked ..., but went on to
    say": no subject right before the chain of verbs).
    """
    going_on = _GO_ON_TO.search(text[: tokens[i][0]]) is not None
    inset = _inset_source(text, tokens, i) or _listed_verb_subject(text, tokens, i)
    if inset is not None:
        return inset, False
    relative = _relative_clause_subject(text, tokens, i)
    if relative is not None:
        return relative
    speaker, pronoun = speaker_of(_GO_ON_TO.sub(" ", text[: tokens[i][0]]))
    if going_on and speaker is None:
        # "Trump joked ..., but went on to say": the subject is not
        # right before; read on as if the verb were not there.
        return None
    if pronoun and i >= 3 and bare(tokens[i - 2][2]) in WH_WORDS:
        # "Ban Ki-moon condemned what he called ...": the pronoun's
        # antecedent is the clause's named subject.
        named, _ = main_subject(text[: tokens[i - 2][0]], strict=True)
        if named is not None and is_named(named):
            speaker, pronoun = named, False
    if speaker is None and word not in _NAMING_VERBS:
        # Inverted order: "said Smith: ..." (not after a verb of judging:
        # "to have called the Saudis “free riders”" names whom it judges).
        after = text[_cue_at(text, tokens, i)[1] :].split(",", maxsplit=1)[0]
        speaker, pronoun = speaker_of(after)
        if speaker is not None and _inside_phrase(after, speaker):
            # "His assumption, stated on live TV, was": where it was
            # said, not who said it.
            speaker = None
    return speaker, pronoun


def _listed_verb_subject(text: str, tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """Return the subject of a verb listed after another verb and its object, if any.

    "The candidate has mocked a disabled reporter, referred to migrants as
    “rapists”": the verbs share the clause's subject; the object of the
    first one, before the comma, is no subject of the second.
    """
    if i < 2 or "," not in text[tokens[i - 1][1] : tokens[i][0]]:
        return None
    if not (tokens[i][2].islower() and bare(tokens[i][2]).endswith("ed")):
        return None
    # Back over the object (a determiner, modifiers, a noun) to the verb it follows.
    for j in range(i - 2, max(0, i - 1 - _LISTED_OBJECT_WORDS), -1):
        word = tokens[j][2]
        if not word.isalpha():
            return None
        if word.islower() and word.endswith("ed") and j > 0:
            if "," in text[tokens[j - 1][1] : tokens[j][0]]:
                # "his obituary, published in the Eagle, called him": a
                # participle set off by commas, no verb of the clause.
                return None
            subject, pronoun = main_subject(text[: tokens[j][0]])
            if subject is None or pronoun or not (is_named(subject) or is_described(subject)):
                return None
            return subject
    return None


#: The most words of the object between two listed verbs.
_LISTED_OBJECT_WORDS: Final = 6


# Words that may stand between the subject of a relative clause and its cue:
# "which Trump had once called".
_RELATIVE_GAP: Final = frozenset(
    ["had", "has", "have", "also", "once", "later", "previously", "repeatedly", "then"]
)
#: The most words of the subject of such a clause.
_RELATIVE_SUBJECT_WORDS: Final = 6


def _relative_clause_subject(
    text: str, tokens: list[tuple[int, int, str]], i: int
) -> tuple[str | None, bool] | None:
    """Return the subject of a relative clause whose cue is token *i* ("which Trump called").

    "the North American Free Trade Agreement, which Trump had called a
    “disaster”": the words are the clause's subject's, not its antecedent's.
    None when no relative word stands a few words before the cue.
    """
    k = i - 1
    while k >= 0 and (
        bare(tokens[k][2]) in _RELATIVE_GAP
        or (tokens[k][2].endswith("ly") and tokens[k][2].islower())
    ):
        k -= 1
    for j in range(k - 1, max(-1, k - 1 - _RELATIVE_SUBJECT_WORDS), -1):
        word = tokens[j][2]
        if bare(word) in CLAUSE_RELATIVES and word.islower():
            speaker, pronoun = speaker_of(text[tokens[j + 1][0] : tokens[k][1]])
            if pronoun:
                # "Trump has blasted the system, which he said ...": the
                # pronoun stands for the clause's named subject; with none
                # named, the clause is read as before.
                named, named_pronoun = main_subject(text[: tokens[j][0]], strict=True)
                if named is not None and named_pronoun:
                    # "He extolled the town halls, which he said ...": the
                    # same person, resolved as the clause's subject ("they"
                    # may be another group than the subject's).
                    return (named, True) if named.lower() in {"he", "she"} else None
                if named is None or not is_named(named):
                    return None
                return named, False
            if speaker is None or not (is_named(speaker) or is_described(speaker)):
                return None
            return speaker, pronoun
        if not word[:1].isupper() and bare(word) not in DETERMINERS:
            # "the plan, which would have been called": no subject between.
            return None
    return None


# What opens a source set between a sentence's subject and the rest of it:
# "Clinton, a top aide said, “is very sure”".
_INSET_OPENERS: Final = frozenset(["a", "an", "the", "one", "another", "two", "several"])
#: The most words of such a source.
_INSET_WORDS: Final = 6


def _inset_source(text: str, tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """Return the source of "X, a top aide said, " set inside a sentence about X, if any.

    With no comma between the phrase and the verb but one right after the
    verb, the phrase is not an apposition of X: it is the subject of an
    attribution inserted into a sentence whose subject is X. The phrase
    must open with a determiner and run in lower case.
    """
    if text[tokens[i][1] :].strip() != "," or i < 2 or "," in text[tokens[i - 1][1] : tokens[i][0]]:
        return None
    before = text[: tokens[i][0]].rstrip()
    head, comma, phrase = before.rpartition(",")
    words = phrase.split()
    if (
        not comma
        or not 2 <= len(words) <= _INSET_WORDS
        or words[0] not in _INSET_OPENERS
        or not all(w.isalpha() and w.islower() for w in words[1:])
        or not is_named(head.split(",")[-1].strip())
    ):
        return None
    return phrase.strip()


#: The most words between "with" and the participle whose subject they are.
_WITH_WORDS: Final = 8
_ONE_DESCRIBED: Final = frozenset(["one", "a", "an", "the"])
_COUNTED: Final = frozenset(
    ["many", "some", "several", "hundreds", "dozens", "thousands", "scores", "about", "other"]
)


def _with_subject(text: str, tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """Return the people between "with" and the participle at token *i*, if any.

    "..., with many marchers and spectators chanting “...”": the participle's
    subject is the plural noun phrase after "with", in lower case, naming
    people (not "with a sign reading").
    """
    for k in range(i - 1, max(i - 1 - _WITH_WORDS, -1), -1):
        if bare(tokens[k][2]) != "with":
            continue
        words = [bare(t[2]) for t in tokens[k + 1 : i]]
        phrase = text[tokens[k + 1][0] : tokens[i - 1][1]] if words else ""
        if words and "," in phrase:
            # "with the British foreign secretary, Margaret Beckett, saying":
            # a name set off after its description, and nothing more.
            described, _, named = phrase.strip(" ,").partition(",")
            if "," in named or bare(described.split()[0]) not in DETERMINERS:
                return None
            return apposed_name(named)
        if (
            words
            # "planned with the mayor, adding": the participle hangs on the
            # clause, not on the phrase after "with".
            and "," not in text[tokens[i - 1][1] : tokens[i][0]]
            and (
                all(t[2].islower() or t[2].isdigit() for t in tokens[k + 1 : i])
                # "with an LDP executive describing": capitals may modify the
                # lower-case noun of one person described.
                or (words[0] in _ONE_DESCRIBED and tokens[i - 1][2].islower())
            )
            and (
                ((words[0] in _COUNTED or words[0].isdigit()) and plausible_speaker(phrase))
                # "with one sailor saying": one person described.
                or (words[0] in _ONE_DESCRIBED and len(words) > 1 and is_described(phrase))
            )
        ):
            return phrase
        return None
    return None


def _passive_with_agent(tokens: list[tuple[int, int, str]], i: int, word: str) -> bool:
    """Tell whether the verb at token *i* is a passive participle before its agent.

    "its letter, written by Kenneth Cohen, that ...": no speech act of the
    clause (the caller checks the comma before it).
    """
    return word.endswith(("ed", "en")) and i + 1 < len(tokens) and bare(tokens[i + 1][2]) == "by"


# A verb that goes on to the speech verb: "Pence went on to say", "the email
# goes on to say", "Ann Lee was quick to add" (the subject is before it).
_GO_ON_TO: Final = re.compile(
    r"\s(?:(?:went|goes|go|going|has\sgone|had\sgone)\son|continued|continues|"
    r"(?:was|is|were|are)\squick)\sto\s*$"
)
# Words before a sentence-opening "asked" whose subject is the one asked.
_ASKED_OPENERS: Final = frozenset(["when", "if", "once", "after", "as", "and", "but"])
# A statement issued just before the quotation it gives: "Trump issued a
# statement:", "the ministry released the following statement,".
_ISSUED: Final = re.compile(
    r"\b(?P<cue>(?:issued|released|put\sout|sent\sout|posted|published)\s"
    r"(?:a|an|the|this|his|her|their|its)\s"
    r"(?:(?:following|brief|short|written|joint|terse|lengthy|separate|formal|new)\s){0,2}"
    r"(?:statement|message|tweet|note|response|reply|e-?mail|letter))"
    r"(?P<tail>\s[^,:;.!?“”\"]{1,40})?[:,]\s*$"
)


# Prepositions before a name that say where or to whom something was said:
# "posted to Twitter asking", "wrote on Facebook saying", "told in a letter to
# Wired explaining".
_WHERE_SAID: Final = frozenset(["to", "on", "in", "at", "via", "into", "onto", "through"])


def _where_said(tokens: list[tuple[int, int, str]], end: int) -> bool:
    """Tell whether the name ending at token *end* follows a preposition of place or address.

    ``Ann Lee posted to Twitter asking``: the platform or the hearer, not
    the one who asks.
    """
    start = end
    while start > 0 and is_cap(tokens[start - 1][2]):
        start -= 1
    return start > 0 and tokens[start - 1][2] in _WHERE_SAID


# An aside that credits the quotation after it: "As Ann Lee pointed out in
# December,", "As The Post’s Dana Milbank puts it,", "as he has noted,".
_AS_ASIDE: Final = re.compile(
    r"(?:^|[.;:!?]\s|,\s|—\s?)[Aa]s\s(?P<subject>[^,;:“”\"()]{2,80}?)\s"
    r"(?:(?:has|had|once|recently|later|also|repeatedly)\s){0,2}"
    r"(?P<cue>pointed\sout|points\sout|noted|notes|said|says|put\sit|puts\sit|wrote|writes|"
    r"observed|observes|explained|explains|argued|argues|remarked|remarks|warned|warns|"
    r"reminded\sus|quipped|quips|states|stated|concluded|concludes)"
    r"(?P<tail>\s[^,;:“”\"()]{1,40})?[,:]\s*$"
)


# The same aside opening the sentence, the quotation further on: "As The
# Post's Ruth Marcus puts it, Obama is trying to make Republicans “...”".
_AS_OPENING: Final = re.compile(
    r"\s*[Aa]s\s(?P<subject>[^,;:“”\"()]{2,80}?)\s"
    r"(?:(?:has|had|once|recently|later|also|repeatedly)\s){0,2}"
    r"(?P<cue>put\sit|puts\sit|has\sput\sit|wrote|writes|noted|notes|pointed\sout|points\sout|"
    r"observed|observes|argued|argues|said|says)"
    r"(?P<tail>\s[^,;:“”\"()]{1,40})?,\s"
)


def as_opening(head: str) -> Attribution | None:
    """Return the source an aside opening *head* credits with a quotation later in it.

    *head* is the sentence up to the quotation. The aside ("As Ann Lee puts
    it,", "As the report notes,") must open it, and nothing after the aside
    may hold a cue of its own ("As Lee noted, Moss said “...”" is Moss's).

    >>> as_opening("As the historian Ann Lee puts it, Obama is trying to make Republicans ")
    Attribution(speaker='Ann Lee', cue='puts it', pronoun=False)
    """
    found = _AS_OPENING.match(head)
    if found is None or may_hold_cue(head[found.end() :]):
        return None
    return _as_aside(head[: found.end()].rstrip() + " ")


# An excerpt's heading: "From Andrea Peyser writing at The New York Post:".
_FROM_WRITER: Final = re.compile(
    r"(?:^|\s)From\s(?P<name>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){1,3}),?\s"
    r"(?P<cue>writing|reporting)\s(?:at|for|in|on)\s[^:“”\"]{1,80}:\s*$"
)


def _from_writer(text: str) -> Attribution | None:
    """Return the writer an excerpt's heading names ("From Ann Lee writing at The Post:")."""
    found = _FROM_WRITER.search(text)
    if found is None:
        return None
    speaker, pronoun = speaker_of(found.group("name"))
    if speaker is None or pronoun or not is_named(speaker):
        return None
    return Attribution(speaker=speaker, cue=found.group("cue"))


def _as_aside(text: str) -> Attribution | None:
    """Return the source an aside "As X pointed out," credits with the quotation after it.

    The aside may end with a colon too: "As the report states: “...”".

    The subject must be a name, a described source or a pronoun; the words
    after the verb only a circumstance (``in December``, ``on Friday``).
    """
    found = _AS_ASIDE.search(text)
    if found is None:
        return None
    tail = (found.group("tail") or "").split()
    if tail and bare(tail[0]) not in PREPOSITIONS | TIME_WORDS:
        return None
    subject = found.group("subject")
    if bare(subject.split()[0]) in _NOT_AS_SUBJECTS:
        # "as much as anyone said", "as well as ...": no clause of crediting.
        return None
    speaker, pronoun = speaker_of(subject)
    if speaker is None or not (pronoun or is_named(speaker) or is_described(speaker)):
        return None
    if not pronoun and not opens_clause(subject, speaker):
        return None
    return Attribution(speaker=speaker, cue=found.group("cue"), pronoun=pronoun)


# Words after "as" that open no subject: "as much as", "as well as", "as long as".
_NOT_AS_SUBJECTS: Final = frozenset(
    ["much", "well", "long", "soon", "far", "many", "if", "though", "a", "an", "part", "such"]
)


def _asked_opener(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether token *i* is an "asked" that opens its sentence before a comma.

    "Asked which county was his favorite, he demurred:", "When asked about
    it, Ann Lee said": the one asked answers in the main clause, whose verb
    is the cue; "asked" is none.
    """
    if bare(tokens[i][2]) != "asked" or "," not in text[tokens[i][1] :]:
        return False
    return not i or bare(tokens[i - 1][2]) in _ASKED_OPENERS


def _issued_statement(text: str) -> Attribution | None:
    """Return the source of a statement issued just before a quote (``X issued a statement:``).

    The subject of the clause is the speaker when it is a name or a source
    described by a noun; the words after the noun (``on Friday``, ``to
    reporters``) must hold no verb of their own.
    """
    found = _ISSUED.search(text)
    if found is None:
        return None
    tail = (found.group("tail") or "").split()
    if any(bare(w) in SPEECH_VERBS or bare(w) in _CLAUSE_WORDS or w.endswith("ing") for w in tail):
        # "issued a statement that ...", "released a letter saying ...".
        return None
    speaker, pronoun = main_subject(text[: found.end("cue")], strict=True)
    if speaker is None or not (pronoun or is_named(speaker) or is_described(speaker)):
        return None
    if speaker_of(text[: found.start()]) != (speaker, pronoun):
        # The subject of the clause and the phrase right before the verb
        # differ ("The company, which Ann Lee founded, released", "Eich
        # stepped down and Ann Lee, head of X Corp, posted"): unsure, none.
        return None
    return Attribution(speaker=speaker, cue=found.group("cue"), pronoun=pronoun)


# Two names joined by "and" and nothing else: "John and Adriana", "Ann Lee and Bo Chan".
_NAMED_PAIR: Final = re.compile(
    r"(?:[A-Z][\w’'.-]+\s){0,2}[A-Z][\w’'.-]+\s(?:and|&)\s(?:[A-Z][\w’'.-]+\s){0,2}[A-Z][\w’'.-]+"
)


def _colon_introduction(text: str) -> Attribution | None:
    """Return the speaker of a colon introduction that ends *text*, if any."""
    stripped = text.rstrip()
    if stripped.endswith(":"):
        # A colon introduction: "Trump:", "Caddell continued:", "Sen. Claire
        # McCaskill scolded him:". The clause's subject is the speaker.
        head = _SENTENCE_END.split(stripped[:-1])[-1]
        words = len(head.split())
        if is_label(head) or head.rstrip()[-1:] in _CLOSING_MARKS:
            # "Location: “Bezisten” Art Gallery": a field and its value;
            # '"Content-Type": "text/plain"': a quoted term and its value.
            return None
        labelled = _labelled_source(head)
        if labelled is not None:
            return Attribution(speaker=labelled, cue=":")
        if _NAMED_PAIR.fullmatch(head.strip()) and plausible_speaker(head.strip()):
            # "John and Adriana: “We would really recommend ...”": both speak.
            return Attribution(speaker=head.strip(), cue=":")
        if head.split(maxsplit=1)[:1] and head.split(maxsplit=1)[0] in _COMPLEMENT_OPENERS:
            # "... with his “whole heart” that Trump wins the election:": the
            # end of a clause whose subject came before the quotation, not
            # the subject of the colon line.
            return None
        headline = _headline_subject(head)
        if headline is not None:
            # "Elizabeth Warren Hammers Wells Fargo CEO:": a headline in title
            # case, whose verb is capitalised like the names around it.
            return Attribution(speaker=headline or None, cue=":")
        if words <= _COLON_HEAD or (
            words <= _LONG_COLON_HEAD and (_ENDS_VERB.search(head) or _described_opening(head))
        ):
            # A long head counts when a verb ends it: "Trump gestured as if
            # to stop the ruckus, then leaned in and boomed:".
            speaker, pronoun = main_subject(head, strict=words > _COLON_HEAD)
            if speaker is not None and _imperative_opening(head, speaker):
                # The line introduces what follows, and names no one: not
                # the last speaker's either.
                return Attribution(speaker=None, cue=":")
            if speaker is not None and (pronoun or is_named(speaker) or is_described(speaker)):
                return Attribution(speaker=speaker, cue=":", pronoun=pronoun)
        elif words <= _OPENED_COLON_HEAD:
            # "Alverson summed up the journey from a wooden fishing boat in
            # the Bering Sea to the fish counter of ...:": a longer head
            # counts when a name (or a pronoun) opens it, next to its verb.
            speaker, pronoun = main_subject(head, strict=True)
            if (
                speaker is not None
                and (pronoun or is_named(speaker))
                and opens_clause(head, speaker)
            ):
                return Attribution(speaker=speaker, cue=":", pronoun=pronoun)
    return None


# Verbs of headlines, in the third person, beside those of speech and judging.
_HEADLINE_VERBS: Final = frozenset(
    [
        *("hammers", "rips", "knocks", "torches", "grills", "hits"),
        *("fires", "rails", "unloads", "slams", "blasts", "mocks"),
    ]
)


def _headline_subject(head: str) -> str | None:
    """Return the name before the verb of a colon line *head* in title case.

    "Elizabeth Warren Hammers Wells Fargo CEO:", "Ted Cruz Slams Trump Over
    Tax Plan:": every word is capitalised, so the verb ("Hammers") would run
    into the name; the name is what comes before it. ``""`` when no name
    comes before the verb, None when *head* is no such line.
    """
    words = head.split()
    if len(words) < _HEADLINE_WORDS or not all(
        w[:1].isupper() or not w[:1].isalpha() for w in words
    ):
        return None
    for k, word in enumerate(words[1:], start=1):
        plain = bare(word).lower()
        if plain.endswith("s") and (
            plain in SPEECH_VERBS or plain in EVALUATIVE_VERBS or plain in _HEADLINE_VERBS
        ):
            named = " ".join(words[:k])
            return named if is_named(named) and plausible_speaker(named) else ""
    return None


#: The fewest words of a colon line read as a headline: a name, a verb, an object.
_HEADLINE_WORDS: Final = 3


def _imperative_opening(head: str, speaker: str) -> bool:
    """Tell whether the one word *speaker* read from *head* is a verb that opens it.

    "Wait, it gets better:", "Read the latest updates below:": the writer
    speaks to the reader; the capitalised first word is no name.
    """
    words = head.split()
    if " " in speaker or not words or bare(words[0]) != bare(speaker):
        return False
    following = bare(words[1]) if len(words) > 1 else ""
    if words[0].endswith(","):
        # "Wait, it gets better" (not "Trump, the nominee, replied").
        return following in PRONOUNS or bare(speaker).lower() in _IMPERATIVES
    return following in DETERMINERS | PRONOUNS or bare(speaker).lower() in _IMPERATIVES


# Verbs a writer opens an address to the reader with: "See ...:", "Watch:".
_IMPERATIVES: Final = frozenset(
    [
        "see",
        "read",
        "watch",
        "look",
        "listen",
        "note",
        "wait",
        "consider",
        "remember",
        "imagine",
        "take",
        "click",
        "check",
    ]
)


def _described_opening(head: str) -> bool:
    """Tell whether *head* opens with a name, its apposition, then a verb in the past.

    "Rachel Stephens, senior analyst at RedMonk, shared her perspective on
    these findings": a long colon introduction whose subject is plain.
    """
    chunks = head.split(",")
    if len(chunks) < 3 or not is_name_chunk(chunks[0]) or not is_apposition(chunks[1]):
        return False
    verb = (chunks[2].split() or [""])[0]
    return verb.islower() and (verb.endswith("ed") or verb in PAST_FORMS or verb in SPEECH_VERBS)


# A headline and its source before a colon: "Media shares blame - HuffPollster:";
# a source read from: "More from the report:".
_DASHED_SOURCE: Final = re.compile(r"\s[-–—]\s?(?P<source>[^-–—]{2,80})$")
_READ_FROM: Final = re.compile(r"^(?:More\s)?[Ff]rom\s(?P<source>.{2,80})$")
# Words that came from someone: "a question came from a member of the audience:".
_CAME_FROM: Final = re.compile(
    r"\b(?:question|questions|call|response|reply|answer|message|comment|plea|retort)\s"
    r"(?:came|comes|arrived)\s(?:\w+\s)?from\s(?P<source>[^,;:]{2,80})$"
)
# The last clause before a colon, after a comma or "to which": "..., Mr. Smith
# shot back:", "to which O'Malley interjected:".
_LAST_CLAUSE: Final = re.compile(
    r"(?:^|[,;]\s)(?:(?:to\s)?which\s|and\s|but\s|then\s)?(?P<clause>[^,;]{3,80}):\s*$"
)
#: The most words of that last clause: a name, a verb and a particle or adverb.
_SHORT_CLAUSE: Final = 6


def _labelled_source(head: str) -> str | None:
    """Return the source a colon line names after a dash or "From", if any.

    ``WHY THE POLLS WERE EARLY - Mark Blumenthal and Jon Cohen:`` (a digest
    of quotations), ``More from Jones:``, ``From the report:``, ``a question
    came from a member of the audience:``.
    """
    found = _DASHED_SOURCE.search(head) or _READ_FROM.match(head.strip()) or _CAME_FROM.search(head)
    if found is None:
        return None
    source = found.group("source").strip()
    names = [part.strip() for part in re.split(r"\s(?:and|&)\s", source)]
    if all(is_name_chunk(part) and is_named(part) for part in names):
        return source
    speaker, pronoun = speaker_of(source)
    if found.re is not _DASHED_SOURCE and speaker is not None and not pronoun:
        return speaker
    return None


def _short_colon_clause(text: str) -> Attribution | None:
    """Return the speaker of a short clause that ends *text* with a colon, if any.

    ``When a reporter asked ..., Mr. Smith shot back:``, ``..., to which
    O'Malley interjected:``: a name and a verb outside the cue list, right
    before the colon; a cue further back (``asked``) belongs to another
    clause.
    """
    found = _LAST_CLAUSE.search(text)
    if found is None:
        return None
    clause = found.group("clause").strip()
    tokens = word_spans(clause)
    if not 2 <= len(tokens) <= _SHORT_CLAUSE:
        return None
    k = 0
    while k < len(tokens) and (is_cap(tokens[k][2]) or tokens[k][2] in CONNECTORS):
        k += 1
    rest = [t[2] for t in tokens[k:]]
    if not k or not rest or not all(w.islower() and w.isalpha() for w in rest):
        # A name, then lower-case words only: "Mr. Smith shot back".
        return None
    if rest[0] in _NOT_VERBS or rest[0] in PREPOSITIONS or rest[0] in DETERMINERS:
        return None
    if not _CUE_WORDS.isdisjoint(rest) or bare(tokens[0][2]) in _NOT_NAME_OPENERS:
        # "Then she added a caveat:", "Another person tweeted:": a listed cue,
        # read the usual way; "Then", "Another" open no name.
        return None
    speaker = name_run(clause, tokens, k - 1)
    if speaker is None or not is_named(speaker) or bare(speaker) in PRONOUNS | TIME_WORDS:
        return None
    return Attribution(speaker=speaker, cue=":")


_NOT_NAME_OPENERS: Final = (
    DETERMINERS | PRONOUNS | TIME_WORDS | LEADING_NOISE | WH_WORDS | PREPOSITIONS
)
# Words after a name that make no verb of its: "Smith and", "Ohio is".
_NOT_VERBS: Final = frozenset(["and", "or", "but", "is", "are", "was", "were", "has", "have"])


def attribution_after(
    text: str, *, inverted: bool = True, quoting: bool = False
) -> Attribution | None:
    """Find the attribution in *text*, the words just after a quote.

    Both orders are read: ``he said``, ``Smith told reporters``, ``said Smith,
    a spokesman`` (unless *inverted* is false), ``according to the ministry``,
    and a dash before a name (``― Jane Doe``). With *quoting* (*text*
    follows a quotation), the verbs of :data:`QUOTE_VERBS` are cues too.

    >>> attribution_after(", said Ali Vaez, the Iran director.")
    Attribution(speaker='Ali Vaez', cue='said', pronoun=False)
    >>> attribution_after(" he said on Friday.")
    Attribution(speaker='he', cue='said', pronoun=True)
    """
    return _attribution_after(_plain_spaces(text), inverted, quoting)


# Where the source after "according to" ends: a comma or semicolon, or a full
# stop that closes no initial or short title ("according to U.S. media.",
# "according to Mr. Lee.").
_SOURCE_END: Final = re.compile(r"[,;]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs)\.(?=\s|$)")


# Both sides of a pair share most sentences; the answer depends on the
# arguments alone and is immutable, so it is kept (bounded), keyed by a digest.
@bounded_by_digest(1024)
def _attribution_after(text: str, inverted: bool, quoting: bool) -> Attribution | None:
    cut = len(text) > WINDOW
    text = text[:WINDOW]
    dash = _DASH_NAME.match(text)
    if dash is not None:
        speaker, pronoun = speaker_of(dash.group(1))
        if speaker is not None and is_named(speaker):
            return Attribution(speaker=speaker, cue=dash.group(0).strip()[0], pronoun=pronoun)
    tokens = word_spans(text, _AFTER_TOKENS)
    for i, (start, _end, tok) in enumerate(tokens):
        word = bare(tok)
        if word == "according" and i + 1 < len(tokens) and bare(tokens[i + 1][2]) == "to":
            source = text[tokens[i + 1][1] :]
            speaker, pronoun = speaker_of(_SOURCE_END.split(source, maxsplit=1)[0])
            if speaker is None:
                return None
            return Attribution(speaker=speaker, cue="according to", pronoun=pronoun)
        if not _is_verb(tokens, i, word, quoting=quoting) or word in PARTICIPLES:
            if i >= 4 and (tok.endswith(("?", "!")) or (tok.endswith(".") and tok.islower())):
                return None
            continue
        if i and bare(tokens[i - 1][2]) in COORDINATORS:
            # "... sponsored by NBC and said": the subject of a coordinated
            # verb is not in the words after the quote.
            return None
        cue, cue_end = _cue_at(text, tokens, i)
        before = text[:start]
        if (
            i
            and word not in OBJECT_VERBS
            and "," in text[tokens[i - 1][1] : start]
            and not _names_subject(before)
        ):
            # "“...” about the ruling, said Ann Lee, a lawyer": a verb after a
            # comma opens the inverted order when no subject stands before it.
            named = _named_after(text, cue_end, cut=cut)
            if named is not None:
                return Attribution(speaker=named, cue=cue, pronoun=False)
        if i and bare(tokens[0][2]) in _SUBORDINATORS:
            # "“...,” while 73 percent said the same": a new clause with its
            # own speech act, not the quote's attribution; but "“...” while
            # they were in power, Azzouz said." ends on the quote's own.
            last = before.rsplit(",", 1)
            if len(last) < 2 or not is_name_chunk(last[1]) or text[cue_end:].strip(" ."):
                return None
            before = last[1]
        subject = before.strip(" ,—–-")
        if subject and word != "quoted" and bare(subject.split()[-1]) in BE_FORMS:
            # "“family home allowance” can be added to the threshold", "“...,”
            # she was told": a passive, whose subject speaks no words.
            return None
        if (
            i > 1
            and bare(tokens[0][2]) in _COORDINATING
            and (
                _opens_clause(" ".join(text[cue_end:].split()[:1]))
                # "“...” and Mr. Padilla said, “...”": the next quotation's
                # attribution, not this one's.
                or _NEXT_QUOTATION.match(text, cue_end) is not None
                or text[cue_end:].strip() in {",", ":"}
            )
        ):
            # "accuses Ruiz of “hiding” and Paul Berg says he is ...": a
            # speech act of its own, with its own content, not the quote's.
            return None
        if (
            _NEW_CLAUSE.search(subject)
            and name_before_appositions(subject.split(",")) != (subject.split(",")[0])
        ):
            # (Not a list inside an apposition: "Ann Lee, minister for
            # health, housing, and welfare, said".)
            # "“...,” for instance, and Trump vowed to ...": a clause of its
            # own, joined after the quote.
            return None
        # A subject with appositions ("Jane Doe, the director of ..., one of
        # the plaintiffs, said") may be long; a bare one is short.
        # The words before the verb are the first *i* words of *text*.
        if (
            i > _BARE_SUBJECT
            and (i > _AFTER_TOKENS or not name_before_appositions(subject.split(",")))
            and not _named_phrase(subject)
            and not _NAME_OF_PLACE.fullmatch(subject)
        ):
            # "“...” they need to win, DFA spokesman Neil Sroka said.": the
            # clause that ends the sentence may still name its own subject.
            rest = _past_hearer(text[cue_end:]) if word in _TELLING_CUES else text[cue_end:]
            closing = _last_clause_subject(subject, rest)
            if closing is None:
                closing = _long_subject(subject, rest)
            return None if closing is None else Attribution(speaker=closing, cue=cue)
        if subject:
            speaker, pronoun = speaker_of(subject)
            if speaker is not None and _inside_phrase(subject, speaker):
                # "“Smithsonian Museum” in Washington, D.C., had expressed":
                # the place the quoted name is in, no subject.
                return None
        elif not inverted:
            return None
        else:
            if word in OBJECT_VERBS and _ends_or_described(text[cue_end:]):
                # "“...,” warned Clinton.", "“...?” asked Dunn, now a partner
                # at ...": in the inverted order the name after the verb is
                # its subject, not its hearer.
                cue, cue_end = tok.rstrip(EDGE_PUNCT), tokens[i][1]
            rest = _CLAUSE_END.split(text[cue_end:] + " ", maxsplit=1)[0]
            # "said Sen. Jim Whelan who represents ... and served as its
            # mayor": the relative clause describes the name before it.
            rest = _after_name(_RELATIVE_AFTER.split(rest, maxsplit=1)[0])
            # "said a statement of the army released on Monday": what the
            # statement was, not part of the source.
            rest = _RELEASED_AFTER.split(rest, maxsplit=1)[0]
            speaker, pronoun = speaker_of(rest)
            if (pronoun or _opens_clause(rest)) and len(rest.split()) > 1:
                # "said he cannot comment", "said one candidate he likes is
                # Kasich": a new clause, not an inverted subject.
                return None
            if speaker is not None:
                speaker = _named_after_described(text[cue_end:], rest, speaker)
        if speaker is None:
            return None
        return Attribution(speaker=speaker, cue=cue, pronoun=pronoun)
    return None


def _named_after_described(after: str, source: str, speaker: str) -> str:
    """Return the name set after an inverted described *source*, else *speaker*.

    "said an army spokesman, Capt. Ahmad Sadeq Eisa.": the name set after the
    described source, up to the end, is who it is; so after an office held
    at a body ("said Bertelsmann’s chairman and CEO, Thomas Rabe.").
    """
    office = source.split()
    if not (
        (speaker[:1].islower() and is_described(speaker))
        or (len(office) > 1 and office[0].endswith(("’s", "'s")) and bare(office[-1]) in TITLES)
    ):
        return speaker
    parts = after.split(",")
    apposed = parts[1].strip() if len(parts) == 2 else ""
    return (apposed_name(apposed) or speaker) if apposed.endswith(".") else speaker


# A quotation that opens right after a cue: ", “God willing”", ": ''Yes''".
_NEXT_QUOTATION: Final = re.compile(r"\s{0,2}[,:]?\s{0,2}(?:[“\"«]|'')")


# Where a name works, right after it: " of Bulldog Investors", " at the Brookings Institution".
_AFFILIATION: Final = re.compile(
    r"\s(?:of|from|at|with)\s(?:the\s)?[A-Z][\w.&’'-]*(?:\s(?:[A-Z][\w.&’'-]*|of|for|and))*"
)


def _ends_or_described(rest: str) -> bool:
    """Tell whether *rest*, the words after "asked Dunn", end the clause or describe Dunn."""
    affiliation = _AFFILIATION.match(rest)
    if affiliation is not None:
        # "asked Philip Goldstein of Bulldog Investors, which runs ...": where
        # the one named works, then the end or an apposition.
        rest = rest[affiliation.end() :]
    if not rest.strip(" .,;"):
        return True
    if not rest.startswith(","):
        return False
    chunk = re.split(r"[,.;]", rest[1:], maxsplit=1)[0].strip()
    return is_apposition(chunk)


# "“...,” Trump barked", "“...!” beamed Donald Hartley, who ...": a name and a
# verb of the past outside the word list, right after a quotation.
_NAME: Final = r"[A-Z][\w.’'-]{0,30}(?:\s(?:[A-Z][\w.’'-]{0,30}|de|van|von|al|bin)){0,4}"
_PAST: Final = r"(?:[a-z]{2,20}ed|shot\sback|spoke|broke\sin|went\son)"
# A verb of the present ("notes", "quips") or the past outside the list, or
# "read", that ends the clause: "“...,” Viguerie notes.", "Hale cried out".
_TAIL_VERB: Final = (
    r"(?:[a-z]{2,20}(?:ed|s)|read)"
    r"(?=\s?[.,;!?]|\s?$|\s(?:out|back|on|in|at|to|from|during|after|as|of|with)\b)"
)
_NAME_VERB: Final = re.compile(rf"[\s,]{{0,3}}(?P<name>{_NAME})\s(?P<verb>{_PAST})\b")
_NAME_TAIL_VERB: Final = re.compile(rf"[\s,]{{0,3}}(?P<name>{_NAME})\s(?P<verb>{_TAIL_VERB})")
_VERB_NAME: Final = re.compile(
    rf"[\s,]{{0,3}}(?P<verb>{_PAST})\s(?P<name>{_NAME})(?=\s*(?:[,.;]|$|\s(?:of|who)\b))"
)


# "“...,” the email read.", "“Nooooo!” the crowd cried out", "“Mexico!” the
# audience screamed back": a document or a crowd, then a verb outside the
# list that ends the clause.
_COLLECTIVE_VERB: Final = re.compile(
    r"[\s,]{0,3}(?P<name>(?:[Tt]he|[Aa]n?|[Oo]ne)\s(?:[a-z-]{2,20}\s){0,2}"
    r"(?:crowd|crowds|audience|email|e-mail|statement|editorial|letter|message|sign|"
    r"placard|banner|post|tweet|caption|headline|memo|release|leaflet|flyer|poster|note))"
    r"\s(?P<verb>read|reads|[a-z]{2,20}ed(?:\s(?:out|back))?)(?=\s?[.,;!?]|\s?$)"
)


def attribution_unlisted(text: str) -> Attribution | None:
    """Find a name and a verb outside the word list at the start of *text*.

    *text* is what follows a quotation that ends in punctuation and that no
    listed cue attributes: ``“Go back,” Trump barked`` and ``“This is
    fantastic!” beamed Donald Hartley, who ...`` name their speaker with a
    verb of speaking from the long tail; ``“...,” Viguerie notes.`` with one
    in the present, which must then end the clause. The name must be one
    (capitalised, passing the speaker check), next to the quotation.

    >>> attribution_unlisted(" Trump barked and a guard escorted him out.")
    Attribution(speaker='Trump', cue='barked', pronoun=False)
    >>> attribution_unlisted(" beamed Donald Hartley of Madison, who had come early.")
    Attribution(speaker='Donald Hartley', cue='beamed', pronoun=False)
    >>> attribution_unlisted(" Viguerie notes.")
    Attribution(speaker='Viguerie', cue='notes', pronoun=False)
    >>> attribution_unlisted(" The bill passed.") is None
    True
    """
    text = _plain_spaces(text[:WINDOW])
    # "“...,” Viguerie notes.": a name, then a verb of the present that ends
    # the clause.
    found = _NAME_VERB.match(text) or _VERB_NAME.match(text) or _NAME_TAIL_VERB.match(text)
    if found is None:
        collective = _COLLECTIVE_VERB.match(text)
        if collective is None:
            return None
        return Attribution(speaker=collective.group("name"), cue=collective.group("verb"))
    name = found.group("name")
    if not name[-1:].isalnum():
        # "Nippers--": a name cut off by punctuation.
        return None
    speaker, pronoun = speaker_of(name)
    if speaker is None or pronoun or not is_named(speaker):
        return None
    return Attribution(speaker=speaker, cue=found.group("verb"), pronoun=False)
