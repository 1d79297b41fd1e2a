"""Quotations in an article: their spans, kinds, speakers and cues.

The whole article is read at once (its paragraphs, each as its sentences) so a
quotation can run over several paragraphs and a pronoun can be resolved to the
speaker named before it. Each paragraph is read as its sentences joined by one
space, the same text as :attr:`newsdiff.Paragraph.text`.

Quotation marks and how they pair are :mod:`newsdiff._analysis._marks`; reported speech
without marks is :mod:`newsdiff._analysis._reported`; cues and speakers next to a quote
are :mod:`newsdiff._analysis._speakers`; pronouns are :mod:`newsdiff._analysis._referents`.

Kinds. A quotation of at most four words that does not end in punctuation is
a *scare quote* (``its “despondent” chief executive``) and is not reported,
unless a speech cue attributes it, or a verb of judging whose complement it is
(``likened the rules to “burning the Constitution”``); then it is
``PARTIAL``. A short title-case name of a work (``MSNBC’s “Morning Joe”``), a
quoted subheading, a nickname inside a name and a bracketed stage direction
(``(CROSSTALK)``) are not quotes. A longer quotation
that starts with a capital after the start of its sentence, a colon, a comma
or a dash is ``DIRECT``; one inside a clause is ``PARTIAL``. A sentence with
no quotation marks that reports speech (``X said (that) ...``, ``..., X
said.``, ``according to X, ...``) carries an ``INDIRECT`` quote whose text is
the reported content. A sentence that reports speech and quotes some of it
(``Ann Lee said the plan was “dead on arrival” and would go.``) keeps its
quotations only: where the cue is clear (see :meth:`_Reader.reported_around`)
those inside the reported content that name no speaker of their own are
``PARTIAL`` quotes of its source, with its cue (two quoted words there are the
source's, not a scare quote); the content is no ``INDIRECT`` quote beside
them, as the quotation stands for that speech act. Where the quotation has a
cue of its own that opens a second clause (``Ann Lee said the plan was dead,
and called it “a farce.”``, ``... but added, “...”``, ``..., adding: “...”``,
``..., whom she described as “...”``), the report before that clause is an
``INDIRECT`` quote of its own, in reading order before the quotation.

A quotation over several sentences gives each sentence a :class:`Quote` for
the part of it inside that sentence, with the same speaker, cue, kind and
balance. ``Quote.text`` is always an exact substring of its sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from typing import Final

import attrs

from newsdiff._analysis._german import german_cue_after, german_cue_before
from newsdiff._analysis._marks import Span, pair_paragraph
from newsdiff._analysis._referents import Referents
from newsdiff._analysis._reported import reported_speech
from newsdiff._analysis._speakernames import (
    bare,
    clean_speaker,
    is_label,
    is_link_heading,
    main_clause,
    main_subject,
    opens_clause,
    plausible_speaker,
    speaker_of,
    word_spans,
)
from newsdiff._analysis._speakers import (
    WINDOW,
    Attribution,
    as_opening,
    attribution_after,
    attribution_before,
    attribution_by_noun,
    attribution_unlisted,
    is_named,
    last_words,
    word_places,
)
from newsdiff._analysis._speechwords import (
    EVALUATIVE_VERBS,
    LABEL_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLES,
)
from newsdiff._base._kinds import QuoteKind
from newsdiff._base._lang import capitalises_nouns
from newsdiff._model._parts import Quote, Sentence

__all__ = ["find_quotes", "group_quotations"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TERMINAL: Final = tuple(".?!,…;:—")
_SCARE_BEFORE: Final = frozenset(
    ["so-called", "dubbed", "termed", "branded", "labeled", "labelled", "nicknamed", "titled"]
)
_WORD: Final = re.compile(r"[^\W_][\w’'-]{0,40}")
#: How many characters of white space may stand between a quotation and the
#: start of its sentence or paragraph (a subheading, a quote opening its
#: sentence); a bound keeps each check constant time.
_SUBHEAD_SLACK: Final = 8
#: The most words of a quotation that counts only when a cue attributes it.
_SHORT_QUOTE: Final = 4
#: The most words a title in quotation marks is taken to have.
_TITLE_WORDS: Final = 12
# Nouns next to which a short quoted phrase is the name of what they are: "the
# ‘Entry requirements’ page", "the report “Growing up poor”".
_WORK_NOUNS: Final = _words(
    "page pages section sections tab chapter heading report reports programme program "
    "scheme schemes campaign strategy guide guidance film movie book exhibition webinar "
    "series initiative project fund award awards prize festival conference competition "
    "podcast documentary leaflet booklet toolkit app website portal platform hashtag "
    "brand label logo slogan motto banner study studies paper research article theme "
    "subheading subheadings headline advice"
)
# Words that give a name to what they follow: "entitled", "known as", "referred to as".
_NAMED_AS: Final = re.compile(
    r"\b(?:entitled|titled|named|known\sas|referred\sto\sas|also\scalled"
    # "using the screen name “Sanjuro”", "the hashtag “#MeToo”": a label.
    r"|(?:the|a|his|her|their|its)\s(?:[a-z]+\s)?(?:name|username|handle|alias|hashtag|password)"
    # "A group, calling itself “the Giza Popular Resistance,” claimed ...".
    r"|(?:calling|calls|called)\s(?:itself|themselves)"
    # "(commonly called ‘miracle babies’)": what people call a thing, its name.
    r"|(?:commonly|often|sometimes|popularly|locally|colloquially|informally)\s"
    r"(?:called|known\sas|referred\sto\sas|named|dubbed|nicknamed))\s{1,3}$"
)
# The lower-case word right before a quotation mark: "the report “", also
# past "on" or "about": "guidance on “how to prepare for a crisis”".
_LAST_WORD: Final = re.compile(r"\b([a-z]{2,20})(?:\s(?:on|about))?\s{1,3}$")
# What a name in brackets does not hold: a comma or a speaker's "I", "we", "you".
_SPOKEN: Final = re.compile(r",|\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur)\b|\w[’']\w")
#: How far before a quotation a label before a colon may start.
_LABEL_REACH: Final = 60
# What ends the words before a label: sentence punctuation, brackets, bullets.
_LABEL_BREAK: Final = re.compile(r"[.;:!?()\[\]•|–—][”\"’]?\s")
# Words after which a title-case phrase in marks is a title: "episode of “...”".
_TITLE_BEFORE: Final = _words(
    "of on his her their its show program programme book film movie song album "
    "episode series anthem novel play musical documentary podcast column "
    "webinar seminar conference workshop exhibition campaign strategy report guide "
    "programme consultation titled entitled like including "
    # "wrote under the pseudonym “Carlos Danger”": a name someone goes by.
    "pseudonym alias nickname moniker codename hashtag"
)
# A closing mark, with "and" or "or", right before a quotation: it is listed
# after another one.
_AFTER_LISTED: Final = re.compile(r"[”\"’],?\s?(?:and|or)?$")
# Words that may follow a quoted complement without making it a modifier.
_CLAUSE_WORDS: Final = _words(
    "and or but as in of to for from at on by with while when after before because "
    "that which who if than during since until over against"
)
# What ends an entry of a reference list: when it was retrieved or archived.
# Both patterns below open every branch with one character, and look back for
# the word boundary after it ("R(?<!\wR)" is "\bR"): the regex engine then
# skips ahead to the next such character instead of trying every branch at
# every place of a paragraph, in a third of the time or less. They find what
# ``\b(?:Retrieved...|Archived from the original\b)`` and
# ``[{}]|\);|[\"']\s?:...|\b(?:var|function|const|let|return)\s|...`` find.
_CITATION: Final = re.compile(
    r"R(?<!\wR)etrieved(?:\son)?\s(?:\d{1,2}\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s\d{1,2},?)\s\d{4}"
    r"|A(?<!\wA)rchived from the original\b"
)
# Marks of program code that prose does not use: braces, a call closed before a
# semicolon, a JSON key and its value, a declaration.
_CODE: Final = re.compile(
    r"\{|\}|\);|\"\s?:\s?[\"'{\[\d]|'\s?:\s?[\"'{\[\d]"
    r"|v(?<!\wv)ar\s|f(?<!\wf)unction\s|c(?<!\wc)onst\s|l(?<!\wl)et\s|r(?<!\wr)eturn\s"
    r"|=>|\+\+|==|&&"
)
#: How many code marks make a paragraph code, and how far they are looked for.
_CODE_MARKS: Final = 4
_CODE_REACH: Final = 4000
# Verbs of naming that take the quoted words as their object.
_NAMING_BEFORE: Final = _words("called dubbed termed branded labeled labelled")
_AS_BEFORE: Final = re.compile(r"\bas(?:\sa|\san|\sthe|\sbeing)?\s{1,3}$")
#: The most characters of the last word before a quotation read as its cue.
_LONGEST_CUE: Final = 20
#: How many words a sentence may have to be read as the attribution of the
#: quotation that ends the sentence before it.
_SHORT_TAIL: Final = 12
#: How many paragraphs back an unattributed direct quote may inherit a speaker.
_INHERIT_REACH: Final = 1


@attrs.frozen(kw_only=True)
class _Found:
    """A quotation with its attribution settled, before it is cut per sentence."""

    span: Span
    kind: QuoteKind
    speaker: str | None
    cue: str | None


# Object pronouns a naming verb may take before the words: "calls her “...”".
_NAMED_OBJECTS: Final = _words("him her them it this that")
# Naming verbs that take an object before the name: "calls her “...”".
_NAMING_VERBS: Final = _NAMING_BEFORE | _words("calls call calling dubs dubbing labels brands")


def _names_before(before: str) -> bool:
    """Tell whether a naming verb ends *before*, with or without an object pronoun.

    "a clip that Judge Ann Lee called “distasteful”", "he calls her “an
    extremely intelligent woman”": the words are the verb's subject's.
    """
    words = before.split()
    if not words:
        return False
    if words[-1] in _NAMING_BEFORE:
        return True
    return len(words) >= 2 and words[-1] in _NAMED_OBJECTS and words[-2] in _NAMING_VERBS


def _previous_word(text: str, at: int) -> str:
    words = _WORD.findall(text[max(0, at - 40) : at])
    return words[-1].lower() if words else ""


def _kind(
    text: str, span: Span, sentence_start: int, attributed: bool, *, german: bool = False
) -> QuoteKind | None:
    """Return the kind of quotation *span* is, or None for a scare quote.

    In *german* text a quotation no cue attributes is a quote only when it is
    a whole sentence: there the words in quotation marks inside a sentence
    are mostly the names of motions, reports and programmes, and capitals
    cannot tell them from speech.
    """
    content = text[span.start : span.end].strip()
    if text[sentence_start : sentence_start + _SUBHEAD_SLACK].lstrip().startswith("^"):
        # A reference list entry: '^ a b "The future of ...". Retrieved ...'
        # cites a title.
        return None
    if _LINK_TITLE.search(text, max(0, span.mark_start - _LINK_REACH), span.mark_start):
        # '[robberies](/safety/theft "Theft and robbery")': the title of a
        # Markdown link, shown on hover, not speech.
        return None
    if content[:1] in "([" and content.rstrip('.”"')[-1:] in ")]":
        # A stage direction in a transcript: "(CROSSTALK)", "[inaudible]".
        return None
    if span.continues or span.orphan:
        return QuoteKind.DIRECT
    if not content or not any(c.isalnum() for c in content[:WINDOW]):
        return None
    if len(content.rstrip(".,;:")) == 1 and content[:1].isalpha():
        # "pull the lever for “R,” or “D,”": a letter is a label, not speech.
        return None
    if (
        _previous_word(text, span.mark_start) in _SCARE_BEFORE
        or _named_thing(text, span.mark_start)
        or _IMAGINED.search(text, max(0, span.mark_start - 30), span.mark_start) is not None
        or _is_title(text, span, content)
        or _names_work(text, span, content)
    ):
        return None
    if _after_label(text, span, sentence_start) and not content.endswith(_TERMINAL):
        # "Location: “Bezisten” Art Gallery": the value of a field, a name.
        return None
    if (
        text[max(0, span.mark_start - 1) : span.mark_start] in {"(", "["}
        and text[span.mark_end : span.mark_end + 1] in {")", "]"}
        and len(content.split(maxsplit=_SHORT_QUOTE)) <= _SHORT_QUOTE
    ):
        # A defined term: "Chief Security Officer (‘CSO’)".
        return None
    if not attributed and _title_case(content):
        # "a sign advertised “First of the Season Fresh Alaskan Halibut”": a
        # name, a sign or a headline that nobody is said to have spoken.
        return None
    before = text[max(sentence_start, span.mark_start - WINDOW) : span.mark_start].rstrip()
    first = next((c for c in content[:WINDOW] if c.isalpha()), "")
    opens = not before or before[-1] in ":,—–-([" or before[-1] in "”\"»'’"
    sentence_like = first.isupper() and opens
    if (
        sentence_like
        and not before
        and not attributed
        and not content.endswith(_TERMINAL)
        and "!" not in content
        and "?" not in content
        and len(content.split(maxsplit=_SHORT_QUOTE)) <= _SHORT_QUOTE
        and _used_as_subject(text, span.mark_end)
    ):
        # '"SRL" is essentially the Italian equivalent of "LLC"': a term the
        # sentence goes on to say something about, not words anyone spoke.
        return None
    if len(content.split(maxsplit=_SHORT_QUOTE)) <= _SHORT_QUOTE and not (
        sentence_like or attributed
    ):
        return None
    if german and not attributed and not (sentence_like and content.endswith(_TERMINAL)):
        return None
    return QuoteKind.DIRECT if sentence_like else QuoteKind.PARTIAL


#: The most words of a term in single quotation marks.
_TERM_WORDS: Final = 3
#: How many words before a term in single marks may hold the cue that makes it speech.
_TERM_CUE_REACH: Final = 3
# The determiners before a name: "the ‘red list’", "this ‘rad-waste’ challenge".
_TERM_DETERMINERS: Final = _words("the this that these those its their our")
# Words right before a short phrase in marks that make it someone's words.
_CUE_NEAR: Final = SPEECH_VERBS | EVALUATIVE_VERBS | _NAMING_BEFORE | {"as", "word", "words"}
# Speech in single curly marks: a sentence or clause of some length, closed by
# its punctuation inside the marks.
_SINGLE_SPEECH: Final = re.compile(r"‘[^‘’\n]{12,400}?[.!?,…]’")


def _used_as_subject(text: str, at: int) -> bool:
    """Tell whether the words after a closing mark at *at* go on as a predicate.

    A lower-case word follows after one space, and it is no verb of saying
    or pronoun (the "“No” he said" of a cue after the quotation), or a gloss
    in brackets does.
    """
    gloss = _GLOSS.match(text, at)
    word = _following_word(text, at)
    if gloss is None and not (
        word[:1].islower()
        and word.isalpha()
        and word not in SPEECH_VERBS
        and word not in PRONOUNS
        and word not in _CLAUSE_WORDS
    ):
        # A gloss in brackets right after the words ("‘Bush knives’
        # (machetes) and guns are ...") makes them a term whatever follows.
        return False
    # '"A big truck" plowed through the barriers, he said': a cue later in
    # the sentence makes the words someone's.
    rest = _SENTENCE_END.split(text[at : at + _SUBJECT_REACH], maxsplit=1)[0]
    return not any(w.lower() in SPEECH_VERBS for w in _WORD.findall(rest))


# A gloss in brackets after a closing mark: " (machetes)".
_GLOSS: Final = re.compile(r" \([^()\d]{1,40}\)")
# Where a sentence ends inside a paragraph: a stop, then a space.
_SENTENCE_END: Final = re.compile(r"[.!?][”\"’']?\s")
#: How far after a quoted term a cue is looked for.
_SUBJECT_REACH: Final = 300


def _title_case(content: str) -> bool:
    """Tell whether *content* is in title case: three or more long words, each capitalised."""
    if content.endswith(_TERMINAL) or "!" in content or "?" in content:
        return False
    long_words = _long_words(content.split())
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)


# Short words a title leaves in lower case: "Flip the Script with Liz Plank".
_MINOR_WORDS: Final = _words("with from into onto upon over than that versus")


def _long_words(words: list[str]) -> list[str]:
    """Return the *words* of four letters or more that a title capitalises.

    A short word of :data:`_MINOR_WORDS` is left out only between two or
    more capitalised ones: "I’m with her" is a slogan, not a title.
    """
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    major = [w for w in long_words if w not in _MINOR_WORDS]
    return major if len(major) >= 2 else long_words


def _headline_words(content: str) -> bool:
    """Tell whether *content* reads as a title: no sentence end, every long word capitalised.

    "Mechanized Combat League" and "Reach" are; "Well, look, we won." and
    "Wrong." are what someone said.
    """
    content = content.strip()
    if not content or content.endswith(_TERMINAL) or "!" in content or "?" in content:
        return False
    long_words = [w for w in content.split() if sum(c.isalpha() for c in w) >= 4]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)


def _after_label(text: str, span: Span, sentence_start: int) -> bool:
    """Tell whether the quotation at *span* is the value of a label (``Location: “...”``)."""
    floor = max(sentence_start, span.mark_start - _LABEL_REACH)
    before = text[floor : span.mark_start].rstrip()
    if not before.endswith(":"):
        return False
    pieces = _LABEL_BREAK.split(before[:-1])
    if len(pieces) == 1 and floor > sentence_start:
        # The words before the colon run on past the window: a clause, not a label.
        return False
    return is_label(pieces[-1].strip(" *•-"))


def _names_work(text: str, span: Span, content: str) -> bool:
    """Tell whether the quoted *content* names a page, a work or a scheme, not speech.

    A short phrase that starts with a capital and ends without punctuation,
    next to a noun that says what it names (``the ‘Entry requirements’
    page``, ``the report “Growing up poor”``, ``the “Safer Streets”
    scheme``), after a word that names (``a project entitled ‘...’``,
    ``known as ‘Com-Cov’``) or standing in brackets (``(‘Safety and
    security’ page)``).
    """
    words = content.split()
    if not words or len(words) > _TITLE_WORDS:
        return False
    if (
        not content.endswith(("!", "?", "…"))
        and content.rstrip(".,").strip()
        and not content.rstrip(".,").endswith(_TERMINAL)
        and ". " not in content
        and _NAMED_AS.search(text, max(0, span.mark_start - 40), span.mark_start)
    ):
        # "a project entitled ‘Estimating traffic ...’", "known as ‘Com-Cov’",
        # also with the sentence's own stop or comma set inside the marks
        # ("a warning system known as “EE-Alarm.”").
        return True
    if content.endswith(_TERMINAL):
        return False
    previous = _LAST_WORD.search(text, max(0, span.mark_start - 40), span.mark_start)
    if not content[:1].isupper():
        # "guidance on “how to prepare for a crisis”": a topic, in lower case
        # too, after a noun and "on" or "about".
        return (
            previous is not None
            and previous.group(1) in _WORK_NOUNS
            and previous.group().split()[-1] in {"on", "about"}
        )
    if _following_word(text, span.mark_end).lower() in _WORK_NOUNS:
        return True
    if previous is not None and previous.group(1) in _WORK_NOUNS:
        # "the report “Growing up poor”" (not "... Report. “And yet ...”").
        return True
    if _cross_reference(text, span.mark_start):
        return True
    listed = _LISTED_AFTER.match(text, span.mark_end)
    if listed is not None and _following_word(text, listed.end()).lower() in _WORK_NOUNS:
        # "(‘Warnings and insurance’, ‘Safety and security’ and ‘Regional
        # risks’ pages)": every name of the list is a page's.
        return True
    return text[max(0, span.mark_start - 1) : span.mark_start] in {"(", "["} and not _SPOKEN.search(
        content
    )


# The quotations listed after one: ", ‘Safety and security’ and ‘Regional risks’".
_LISTED_AFTER: Final = re.compile(
    r"(?:(?:,\s?(?:and\s|or\s)?|\s(?:and|or)\s)[‘'“\"][^‘’'“”\"]{1,80}[’'”\"]){1,8}"
)
# "See" that opens a sentence or a bracket: a cross-reference to a section.
_SEE: Final = re.compile(r"(?:^|[.!?(]\s?)(?:See|see)(?:\salso)?\s{1,3}$")


def _cross_reference(text: str, at: int) -> bool:
    """Tell whether a quotation opening at *at* follows a "See" that opens its sentence.

    "See ‘Extreme weather’ on the ‘Safety’ page", "(see ‘Entry
    requirements’)": the name of a section, not words said.
    """
    floor = max(0, at - 12)
    found = _SEE.search(text, floor, at)
    return found is not None and (
        found.start() > floor or found.group()[:1] in ".!?(" or floor == 0
    )


# "an app called “Ole Valmis!”": after a noun, these give a name, not words said.
_NAMING: Final = _words("called named")
# Words before a noun that make it an object: "on buses called", "of drinks named".
_OBJECT_BEFORE_NAMED: Final = _words("of on in into with by from about like use")
#: The fewest letters of a word in -ing before such a noun ("using", not "king").
_GERUND: Final = 4
#: How many words may stand between "a" and the noun it opens.
_NAMED_REACH: Final = 7
# Words before "called" that make it a verb of saying or judging: "has called", "also called".
_BEFORE_CALLED: Final = _words(
    "has have had is was were be been being also once then who which that and but or "
    "to not never he she they we i you it"
)


# Words a face or a gesture seems to say: "a flicker across his face as if to
# say “You think you got me?”" was never said.
_IMAGINED: Final = re.compile(r"\bas\sif\s(?:to\s(?:say|ask)|saying|asking)[\s,:]*$", re.IGNORECASE)


def _named_thing(text: str, at: int) -> bool:
    """Tell whether a quotation opening at *at* follows "a noun called" (a name, not speech).

    "a mobile app called “Ole Valmis!”", "a campaign named “Stop the Cuts”";
    not "He called the plan “a disgrace”", "Trump has called “...”", "the
    senator called “...”" nor "what lawmakers called “fraud”".
    """
    words = text[max(0, at - 60) : at].split()
    named = words[:-1] if words and words[-1] in {"the", "a", "an"} else words
    if len(named) >= 2 and named[-1] == "call" and named[-2] in {"I", "we"}:
        # "what I call the “surveillance economy”", "what we call
        # “infrastructure”": the writer's own term.
        return True
    if len(words) < 2 or words[-1].lower() not in _NAMING:
        return False
    noun = words[-2]
    if not (
        noun.isalpha() and noun.islower() and noun not in _BEFORE_CALLED and not noun.endswith("ly")
    ):
        return False
    before = words[-3].lower() if len(words) >= 3 else ""
    if before in _OBJECT_BEFORE_NAMED or (before.endswith("ing") and len(before) > _GERUND):
        # "avoid using minibuses called “kombis”", "travel on buses called
        # “Marshrutka”": the noun is an object, so nothing it names speaks.
        return True
    # The noun opens with "a" or "an" ("a short film called", "a 2002 psychology
    # class called"): "the senator called “...”" and "what lawmakers called
    # “fraud”" have a subject that speaks.
    for word in reversed(words[-2 - _NAMED_REACH : -2]):
        if word in {"a", "an"}:
            return True
        if word == "the":
            # "the technique called “mental chronometry”": a thing, which
            # says nothing; "the senator called it “...”": a source, who may.
            return not plausible_speaker(f"the {noun}")
        if not (word.islower() or word.isdigit()) or word in _BEFORE_CALLED - {"and", "or"}:
            return False
    return False


# "if" or "unless" opening the clause of a speaker, with no stop between them.
_CONDITION: Final = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s[^,;:.!?]{0,60}$")
_WHEN: Final = re.compile(r"\b(?:[Ww]hen|[Uu]ntil|[Oo]nce|[Bb]efore|[Ww]henever)\s[^,;:.!?]{0,60}$")
_PRESENT_CUES: Final = frozenset(["says", "say", "tells", "tell", "asks", "ask"])


def _conditional(sentence: str, attribution: Attribution) -> bool:
    """Tell whether the speech *attribution* reads stands in a condition ("if X asks").

    >>> caller = Attribution(speaker="the caller", cue="asks")
    >>> _conditional("If the caller asks who it is, hang up.", caller)
    True
    >>> _conditional("Later the caller asks who it is.", caller)
    False
    """
    if not attribution.speaker or not attribution.cue:
        return False
    verb = attribution.cue.split(maxsplit=1)[0]
    at = sentence.find(f"{attribution.speaker} {verb}")
    if at <= 0:
        return False
    if _CONDITION.search(sentence, max(0, at - 60), at) is not None:
        return True
    # "Only exit a vehicle when a guide says it’s safe": a time that may
    # come, in the present tense, is a condition too, when who speaks is
    # described, not named ("Sanders exaggerates when he says ...",
    # "That's when Reynolds says ..." report what they say).
    return (
        verb in _PRESENT_CUES
        and not attribution.pronoun
        and attribution.speaker.split()[0].islower()
        and _WHEN.search(sentence, max(0, at - 60), at) is not None
    )


def _following_word(text: str, at: int) -> str:
    """Return the word one space after a closing mark at *at*, or ``""``."""
    following = _WORD.match(text, at + 1) if text[at : at + 1] == " " else None
    return "" if following is None else following.group()


def _ends_clause(text: str, at: int) -> bool:
    """Tell whether the words after a closing mark at *at* start no noun phrase."""
    word = _following_word(text, at)
    return not word[:1].islower() or word in _CLAUSE_WORDS


def _is_title(text: str, span: Span, content: str) -> bool:
    """Tell whether the quoted *content* names a work or a nickname, not speech.

    A short title-case phrase after a possessive or a word that introduces a
    title (``MSNBC’s “Morning Joe”``, ``an episode of “Fox News Sunday,”``,
    ``his 2002 book, “Make Your Kid a Millionaire,”``), one that makes up a
    whole paragraph (a subheading), one that the sentence goes on from
    without a break (``“Super Mario Run” will launch``, ``a “Super Mario”
    game``), one that opens a line with only a bracketed aside after it (a
    list entry: ``“Thumper” ($20)``), and one capitalised word inside a name
    (``Robert C. “Bobby” Scott``).
    """
    words = content.rstrip(".,;:").split()
    if not words or len(words) > _TITLE_WORDS or content.endswith(("?", "!")):
        return False
    long_words = _long_words(words)
    if not all(w[:1].isupper() for w in long_words):
        return False
    edges = len(text) - (span.mark_end - span.mark_start)
    whole = (
        edges <= _SUBHEAD_SLACK and not (text[: span.mark_start] + text[span.mark_end :]).strip()
    )
    if whole and content.isupper() and not content.endswith(_TERMINAL):
        # "‘INIQUITOUS ACT’" alone on its line: a wire story's subheading,
        # not shouted speech.
        return True
    if content.isupper() and (
        not _ACRONYM.fullmatch(content) or _previous_word(text, span.mark_start) in SPEECH_VERBS
    ):
        # Shouted speech ("“NO WAY”"), or the word said ("Cruz said “CNN”
        # five times"), not a name.
        return False
    if len(words) <= _NICKNAME_WORDS and "," not in content and not content.endswith(_TERMINAL):
        # "James “Whitey” Bulger", "Stephen “The Rifleman” Flemmi": between a
        # first and a last name, a nickname.
        named_before = _NAME_BEFORE.search(text, max(0, span.mark_start - 40), span.mark_start)
        following = _following_word(text, span.mark_end)
        after = _following_word(text, span.mark_end + 1 + len(following))
        if (
            named_before is not None
            and following[:1].isupper()
            and following[1:2].islower()
            # Not a headline in title case: "... Felt “Invisible” As A Child".
            and not after[:1].isupper()
        ):
            return True
    if len(words) == 1:
        before = text[max(0, span.mark_start - 3) : span.mark_start].strip()
        after = text[span.mark_end : span.mark_end + 3].strip()
        if (before[-1:].isalpha() and before[-1:].isupper()) or before.endswith("."):
            return after[:1].isupper()
    if (
        (len(words) > 1 or content[:1].isupper())
        and not content.endswith(_TERMINAL)
        and (
            not _ends_clause(text, span.mark_end)
            # "a “Terms of Service” that no one reads": a relative after a name.
            or (len(long_words) > 1 and _following_word(text, span.mark_end) in _AFTER_NAME)
        )
        and not _SPOKEN.search(content)
        and "!" not in content
        and _following_word(text, span.mark_end) not in SPEECH_VERBS
    ):
        # A name that the sentence goes on from, as subject or modifier:
        # "“Super Mario Run” will launch on ...", "a “Super Mario” game",
        # "‘Freeze-thaws’ linked to ..." (not "“Enough” said the mayor").
        return True
    if len(long_words) > 1 and content.endswith(",") and _names_in_apposition(text, span):
        # "a separate company, “Smart Projects SRL,” that was founded by ...",
        # "by announcing “Super Mario Run,” the company's first game for phones".
        return True
    rest = text[span.mark_end :].strip().rstrip(".")
    if (
        not text[: span.mark_start].strip()
        and rest.startswith("(")
        and rest.endswith(")")
        and not content.endswith(("?", "!"))
    ):
        # A list entry: "“Thumper” ($20)", "“Harbour Lights” (2019)".
        return True
    if whole:
        # The quotation is the whole paragraph: a subheading.
        return True
    head = text[max(0, span.mark_start - 40) : span.mark_start].rstrip(" ,")
    previous = head.rsplit(None, 1)[-1] if head.split() else ""
    if _AFTER_LISTED.search(head) and "," not in content.rstrip(","):
        # "“Red Sorghum,” “Raise the Red Lantern” and “To Live”": the next
        # title of a list of them.
        return True
    return previous.endswith(("’s", "'s", "s’", "s'")) or previous.lower() in _TITLE_BEFORE


#: How far back the start of a word cut by the window before a quotation is looked for.
_LONGEST_WORD: Final = 40
#: The most words of a nickname set between a first and a last name.
_NICKNAME_WORDS: Final = 3
# A first name right before an opening mark: "James “", "Francis ‘".
_NAME_BEFORE: Final = re.compile(r"(?<![\w.’'])[A-Z][a-z]{2,20}\s$")
# A Markdown link's address before its title: '[text](/path "Title")'.
_LINK_TITLE: Final = re.compile(r"\]\([^\s()]+\s$")
_LINK_REACH: Final = 300
# An abbreviation in quotation marks: "“PII” isn't necessary" names a term.
_ACRONYM: Final = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# The writer, whom the text does not name ("If I were an editor, I'd start by
# asking “...”"): after cleaning, a speaker that is only this is none.
_WRITER: Final = _words("i we me us")
# A relative clause the quotation stands in: "the Likud party, which tried to
# rally support by saying that voters were “...”" (its subject is the party).
_IN_RELATIVE: Final = re.compile(r",\s(?:which|who|that)\s[^,;:.“”\"]*$")
# What a name set off by commas may be followed by: "“Smart Projects SRL,” that ...".
_AFTER_NAME: Final = _words("that which who whose")
# The end of the clause after a closing mark, where an attribution would stand.
_CLAUSE_END: Final = re.compile(r"[.!?;:]\s|[.!?]$|[“”\"]")


def _names_in_apposition(text: str, span: Span) -> bool:
    """Tell whether a title-case quotation ending in a comma is a name set off by commas.

    It is when the sentence goes on with a relative (``“Smart
    Projects SRL,” that was founded``), or with a noun phrase and no verb
    of speaking up to the end of the clause (``“Super Mario Run,” the
    company's first game``); ``“Make It Count,” the mayor said`` stays
    speech.
    """
    word = _following_word(text, span.mark_end)
    if word in _AFTER_NAME:
        return True
    if word not in {"the", "a", "an", "its", "their"}:
        return False
    stop = _CLAUSE_END.search(text, span.mark_end, span.mark_end + WINDOW)
    clause = text[span.mark_end : stop.start() if stop else span.mark_end + WINDOW]
    return not any(w in SPEECH_VERBS for w in _WORD.findall(clause))


def _tail_end(text: str, row: Sequence[int], span: Span, s_close: int) -> int:
    """Return where the words after *span* that may attribute it end.

    The end of the sentence where the quotation closes; past it when the
    segmenter may have cut the attribution off: before a dash ("...” ―
    Jane Doe"), or after a question, exclamation or trailing ellipsis when
    the next sentence is short ("“Can we win?” Mr. Manafort asked.", "“I'm
    going to look at a lot of people…” Clinton said.").
    """
    sentence_end = row[s_close + 1] - 1 if s_close + 1 < len(row) else len(text)
    if text[span.mark_end : span.mark_end + 3].lstrip()[:1] in {"—", "―", "–"}:
        return len(text)
    if s_close + 1 >= len(row) or text[span.mark_end : sentence_end].strip():
        return sentence_end
    following = row[s_close + 2] - 1 if s_close + 2 < len(row) else len(text)
    asks = text[span.start : span.end].rstrip().rstrip("’'”\"»")[-1:] in {"?", "!", "…"}
    short = len(text[sentence_end:following].split(maxsplit=_SHORT_TAIL)) <= _SHORT_TAIL
    if asks and (short or _opens_with_cue(text[sentence_end:following])):
        return following
    return sentence_end


def _cue_ends(before: str) -> bool:
    """Tell whether *before*, the words before a quotation, end with a verb of saying and a comma.

    "When someone in the audience shouted, “...”": the verb governs the words
    that follow it.
    """
    last = before.rstrip()[-_LONGEST_CUE:].rsplit(None, 1)[-1:]
    return bool(last) and last[0][-1:] in {",", ":"} and last[0][:-1].lower() in SPEECH_VERBS


def _opens_with_cue(sentence: str) -> bool:
    """Tell whether *sentence* opens with a name whose speech verb comes within a few words.

    "Murphy, the head of the group, tweeted on Friday with ...": the
    attribution of the question or exclamation before it, however long
    the sentence goes on. A pronoun or a lower-case word first does not count.
    """
    words = sentence.split(maxsplit=_SHORT_TAIL + 1)[:_SHORT_TAIL]
    if not words or not words[0][:1].isupper() or words[0].lower() in PRONOUNS:
        return False
    return any(w.strip(",.;:").lower() in SPEECH_VERBS for w in words[1:])


#: The most words of a quoted title that an attribution may be read over.
_SHORT_TITLE: Final = 3


def _past_short_title(text: str, spans: Sequence[Span], k: int, end: int) -> int:
    """Return where the words after span *k* end when a short span after it is read over.

    ``“...,” Ann Lee, wearing “Vote Lee” pins, said``: the words after the
    quotation run past the short title to the next mark (or *end*); past a
    long span they do not (0).
    """
    if k + 1 >= len(spans):
        return 0
    following = spans[k + 1]
    if len(text[following.start : following.end].split()) > _SHORT_TITLE:
        return 0
    return min(end, spans[k + 2].mark_start if k + 2 < len(spans) else len(text))


# What may join two quotations of one sentence: a comma, "and", "or".
_JOINER: Final = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?")
#: The most quotations joined after a first one that are read over.
_JOINED: Final = 3


def _after_joined(text: str, spans: Sequence[Span], k: int, end: int) -> str:
    """Return the words after the last quotation joined to span *k* ("" when none is).

    Quotations are joined when only a comma, "and" or "or" stands between them
    (``“a crisis” and “stunt growth,” Ann Lee said``); the last one must close
    before *end*, the end of the sentence, and the words run to it.
    """
    last = 0
    for j in range(k, min(k + _JOINED, len(spans) - 1)):
        gap = text[spans[j].mark_end : spans[j + 1].mark_start]
        if spans[j + 1].mark_end > end or _JOINER.fullmatch(gap) is None:
            break
        last = spans[j + 1].mark_end
    return text[last : min(end, last + WINDOW)] if last else ""


def _joined_attribution(text: str, spans: Sequence[Span], k: int, end: int) -> Attribution | None:
    """Return the attribution after the last quotation joined to span *k*, if any.

    "Guns are “a crisis” and “stunt growth,” Ann Lee said": the attribution
    after the last of quotations joined by "and" or a comma is the first's too.
    """
    words = _after_joined(text, spans, k, end)
    return attribution_after(words, inverted=False, quoting=True) if words else None


_FIRST_ONLY: Final = (0,)


class _Reader:
    """Walks an article's paragraphs in order, keeping the local speaker state."""

    def __init__(
        self, paragraphs: Sequence[Sequence[str]], blockquotes: Collection[int] = ()
    ) -> None:
        self.paragraphs = paragraphs
        self.blockquotes = frozenset(blockquotes)
        # The speech act of a paragraph that ends in "X said:", while the
        # quotation it introduces goes on: (speaker, cue).
        self.block: tuple[str | None, str] | None = None
        self.texts = [" ".join(sentences) for sentences in paragraphs]
        self.starts: list[tuple[int, ...]] = []
        for sentences in paragraphs:
            row, at = [], 0
            for sentence in sentences:
                row.append(at)
                at += len(sentence) + 1
            # Most paragraphs are one sentence: they share one row of starts.
            self.starts.append(tuple(row) if len(row) > 1 else _FIRST_ONLY)
        self.referents = Referents()
        # Whether each paragraph reads as German, or is a reference list entry,
        # for those that hold a quotation.
        self.languages: dict[int, bool] = {}
        self.citations: dict[int, bool] = {}
        # Whether the article quotes speech in single curly marks anywhere;
        # when it does not, a short phrase in them names a term (settled on
        # first use).
        self.single_speech: bool | None = None
        self.last: tuple[int, _Found] | None = None
        self.last_sentence: tuple[int, int] | None = None
        # Whether a quotation open at the end of the paragraph read last goes on.
        self.carried = False
        # The named source of reported speech read last in the paragraph being
        # read, and its sentence: (sentence, speaker).
        self.reported_last: tuple[int, str] | None = None

    def resolve(  # noqa: PLR0913 (keyword-only readings of the attribution's sentence)
        self,
        p: int,
        attribution: Attribution,
        context: str = "",
        *,
        reported: str = "",
        head: str = "",
        run: bool = False,
    ) -> str | None:
        """Return the speaker of *attribution*, pronouns resolved locally.

        *context* is the text around the attribution, read for the speaker's
        gender. *reported* is the content of reported speech, whose names a
        pronoun subject does not stand for ("he denied knowing Ejime": not
        Ejime). *head* is the sentence up to the quotation, whose subject may
        be the one who speaks; with *reported*, the whole sentence: when the
        reported words open it, a person they open with may be who the
        pronoun is. *run* tells that the words attributed open their sentence
        (``“...,” she said``), which a run of such paragraphs keeps its
        speaker by.
        """
        if not attribution.pronoun:
            if attribution.speaker is not None:
                attribution = attrs.evolve(attribution, speaker=clean_speaker(attribution.speaker))
            attribution = self.unstopped(attribution)
            if attribution.speaker is not None and (
                not plausible_speaker(attribution.speaker) or attribution.speaker.lower() in _WRITER
            ):
                # A clause fragment, a time or a number is no speaker: none
                # rather than junk.
                return None
            if attribution.speaker is not None:
                self.referents.speaker(
                    p, attribution.speaker, named=is_named(attribution.speaker), context=context
                )
            return attribution.speaker
        resolved = (
            self.referents.governing_subject(head, attribution.speaker or "")
            or self.referents.opening_subject(p, head, attribution.speaker or "")
        ) or self.referents.resolve(
            p,
            attribution.speaker or "",
            avoid=reported,
            before=reported if reported and _opens_with(head, reported) else "",
            head="" if reported else head,
            run=run,
        )
        return resolved if resolved is None or plausible_speaker(resolved) else None

    def attribute(
        self,
        p: int,
        spans: list[Span],
        k: int,
        after_quote: int,
        reported: _Reported | None = None,
    ) -> _Found | None:
        """Settle the kind, speaker and cue of the *k*-th span of paragraph *p*.

        *after_quote* is where the last quotation of the paragraph ended (0 for
        none): attribution before this span is not looked for behind it. A
        title or scare quote in between does not count. *reported* is the
        reported speech of the sentence, if any: a quotation inside its
        content with no cue of its own is the words of its source.
        """
        text, row, span = self.texts[p], self.starts[p], spans[k]
        if self.cites(p):
            # A reference list entry or program code: the words in marks are
            # titles, strings and keys, not speech.
            return None
        s_open = bisect.bisect_right(row, span.mark_start) - 1
        s_close = bisect.bisect_right(row, max(span.end - 1, span.start)) - 1
        next_mark = spans[k + 1].mark_start if k + 1 < len(spans) else len(text)
        tail_end = _tail_end(text, row, span, s_close)
        limit = min(tail_end, next_mark, span.mark_end + WINDOW)

        # Attribution may lie behind one title or scare quote ("told MSNBC’s
        # “Morning Joe” that “...”"), not behind more: the cost stays bounded.
        behind = spans[k - 2].mark_end if k >= 2 else 0
        floor = max(row[s_open], after_quote, behind, span.mark_start - WINDOW)
        if (
            floor == span.mark_start - WINDOW
            and floor > 0
            and text[floor - 1].isalnum()
            and text[floor].isalnum()
        ):
            # A window cut inside a word ("secutors described ...", "CO Florida
            # reported"): the window takes the whole word, no piece of it.
            start = max(0, floor - _LONGEST_WORD)
            space = text.rfind(" ", start, floor)
            floor = max(
                row[s_open], after_quote, behind, space + 1 if space >= 0 or start == 0 else floor
            )
        found: Attribution | None = None
        label = _LABEL.match(text, span.start)
        if (
            label is not None
            and label.group(1).lower() not in _NOT_SPEAKERS
            and plausible_speaker(label.group(1))
            and not _headline_words(text[label.end() : span.end])
        ):
            # A transcript inside quotation marks: "“PENCE: Well, look, ...”";
            # "“RIGS: Mechanized Combat League”" is a title, not a turn.
            return _Found(
                span=attrs.evolve(span, start=label.end()),
                kind=QuoteKind.DIRECT,
                speaker=label.group(1),
                cue=":",
            )
        after = text[span.mark_end : limit] if span.mark_end <= limit else ""
        before = text[floor : span.mark_start] if floor < span.mark_start else ""
        german = self.german(p)
        # English cues and capitals read German wrongly ("Der Bundesrat hat ...
        # erstellen lassen: “...”" names no speaker): there only German cues.
        found = (
            _german_attribution(before, after)
            if german
            else self.cue(p, spans, k, (before, after), tail_end)
        )
        if (
            span.continues
            and self.last is not None
            and (
                found is None
                or found.speaker is None
                or found.pronoun
                or found.speaker not in before + after
            )
        ):
            # A quotation left open at the end of the paragraph before goes on
            # here, unless this paragraph names its own speaker: then the mark
            # left open was a slip ("''family fortunes.'.')" before "''...,''
            # Mr. Friedman said").
            previous = self.last[1]
            kind = _kind(text, span, row[s_open], attributed=True)
            if kind is None:
                return None
            return _Found(span=span, kind=kind, speaker=previous.speaker, cue=previous.cue)
        within = (
            reported is not None
            and reported.start <= span.mark_start
            and span.mark_end <= reported.end
        )
        if self.single_term(text, span):
            return None
        # A quote in the same sentence as the previous one shares its speech act:
        # 'called him a “liar,” a “bully”'.
        same_sentence = self.last_sentence == (p, s_open)
        kind = _kind(
            text,
            span,
            row[s_open],
            attributed=found is not None or same_sentence or within,
            german=german,
        )
        if kind is None:
            return None
        self.last_sentence = (p, s_close)
        speaker = None
        if german and found is not None:
            # Written out by the German cue itself: no English clean-up, only
            # the check every speaker passes.
            speaker = (
                found.speaker
                if found.speaker is not None and plausible_speaker(found.speaker)
                else None
            )
        elif found is not None and not (
            found.pronoun and not found.speaker and _IN_RELATIVE.search(before)
        ):
            head = text[row[s_open] : span.mark_start]
            speaker = self.resolve(
                p,
                found,
                _around(before + " " + after, found.speaker),
                head=head,
                run=not head.strip(" “\"'‘") or _pronoun_intro(head, found),
            )
            if speaker is None and not found.cue:
                # The subject of the narration before was read but names no
                # one: the quotation is read as if it had no attribution.
                found = None
            elif (
                speaker is None
                and found.pronoun
                and found.speaker is None
                and same_sentence
                and self.last is not None
            ):
                # "The president said, ''...'' with no quid pro quos, adding,
                # ''...''": the participle's subject is the one who spoke
                # before in the sentence.
                speaker = self.last[1].speaker
        if speaker is None and within and reported is not None:
            # "Ann Lee said the plan was “dead on arrival” and would go": the
            # quoted words are part of what she is reported to have said (a
            # cue of their own whose source is not read, "a voice that said
            # “...”", names no one else).
            return _Found(span=span, kind=kind, speaker=reported.speaker, cue=reported.cue)
        if found is not None:
            return _Found(span=span, kind=kind, speaker=speaker, cue=found.cue or None)
        if _after_label(text, span, row[s_open]):
            # "Note: “...”": a field of the page says who spoke no more than
            # what was said before it.
            return _Found(span=span, kind=kind, speaker=None, cue=None)
        if (
            kind is QuoteKind.DIRECT
            and self.reported_last is not None
            and self.reported_last[0] == s_open - 1
            and span.mark_start == row[s_open]
            # A name or title in marks ("‘Stickerboy’ danced") goes on from no one.
            and len(_WORD.findall(text[span.start : span.end])) >= _GOES_ON_WORDS
        ):
            # "Or maybe the mayor, consultant Ann Lee says. “...”": a quotation
            # that opens the sentence after reported speech goes on from it,
            # not from a quotation read earlier.
            return _Found(span=span, kind=kind, speaker=self.reported_last[1], cue=None)
        if (
            self.last is not None
            and (
                same_sentence
                or (
                    kind is QuoteKind.DIRECT
                    and (
                        self.last[1].kind is not QuoteKind.INDIRECT
                        # After a report, only a quotation that opens the next
                        # paragraph goes on from it: not "Trump was asked, “...”".
                        or (
                            s_open == 0
                            and span.mark_start == row[0]
                            and len(_WORD.findall(text[span.start : span.end])) >= _GOES_ON_WORDS
                        )
                    )
                    and (
                        p - self.last[0] <= _INHERIT_REACH
                        or (
                            p - self.last[0] == _INHERIT_REACH + 1
                            and _caption_like(self.texts[p - 1])
                        )
                    )
                    and not _names_another(
                        text[max(row[s_open], span.mark_start - WINDOW) : span.mark_start],
                        self.last[1].speaker,
                    )
                    and not _THING_AFTER.match(text, span.mark_end)
                    and not _ONE_AFTER.match(text, span.mark_end)
                )
                or (kind is QuoteKind.PARTIAL and p == self.last[0])
            )
        ):
            return _Found(span=span, kind=kind, speaker=self.last[1].speaker, cue=None)
        # "Sanders credited her victory to “a closed primary”": the words
        # quoted in the predicate of a verb of saying or judging are its named
        # subject's.
        return _Found(
            span=span,
            kind=kind,
            speaker=(
                _judging_subject(text[row[s_open] : span.mark_start])
                if kind is QuoteKind.PARTIAL
                else None
            ),
            cue=None,
        )

    def cue(
        self, p: int, spans: list[Span], k: int, around: tuple[str, str], tail_end: int
    ) -> Attribution | None:
        """Return the attribution of the *k*-th span of English paragraph *p*, or None.

        *around* holds the words before and after it that may hold its cue;
        *tail_end* is where the words after the quotation that may attribute
        it end.
        """
        text, span = self.texts[p], spans[k]
        before, after = around
        next_mark = spans[k + 1].mark_start if k + 1 < len(spans) else len(text)
        limit = min(tail_end, next_mark, span.mark_end + WINDOW)
        content = text[span.start : span.end].strip().rstrip("’'”\"»›").rstrip()
        speechlike = content.endswith(_TERMINAL) or content[:1].isupper()
        evaluative = _AS_BEFORE.search(before[-12:]) is not None
        # "a clip that Judge Ann Lee called “distasteful,” Santilli said": the
        # words named by the verb right before them are its subject's.
        naming = _names_before(before)
        found: Attribution | None
        if naming:
            found = attribution_before(before, evaluative=True)
        elif speechlike and not evaluative:
            found = attribution_after(after, inverted=content.endswith(_TERMINAL), quoting=True)
            past = _past_short_title(text, spans, k, min(tail_end, span.mark_end + WINDOW))
            if found is None and past > limit:
                # "“...,” Ann Lee, wearing “Vote Lee” pins, said": a short
                # title inside the attribution does not end it.
                found = attribution_after(
                    text[span.mark_end : past], inverted=content.endswith(_TERMINAL), quoting=True
                )
            if (
                found is None
                or found.speaker is None
                or not plausible_speaker(clean_speaker(found.speaker))
            ) and (
                not before.strip() and (not content.endswith(_TERMINAL) or content.endswith(","))
            ):
                # "''...,'' expected in October or November, said Victor Shih":
                # a comma in the marks, the rest of the sentence (no source:
                # "November"), then who said it.
                found = _attribution_past_rest(after) or found
            if found is None or found.pronoun or _cue_ends(before):
                introduced = attribution_before(before, relative=True) if before else None
                if (
                    found is None
                    or (found.pronoun and introduced is not None and is_named(introduced.speaker))
                    or (
                        # "When someone shouted, “Cruz,” Beck joked": the
                        # verb right before the words is theirs; the one after
                        # them opens the next clause.
                        introduced is not None
                        and introduced.speaker
                        and not introduced.pronoun
                        and plausible_speaker(clean_speaker(introduced.speaker))
                        and before.rstrip(" ,:").endswith(introduced.cue)
                    )
                ):
                    # "Jane Doe scolded him: “...,” she said.": the name before
                    # the quote is what the pronoun after it stands for.
                    found = introduced or found
        elif evaluative:
            found = attribution_before(before, evaluative=True)
        else:
            found = (
                (attribution_before(before, relative=True) if before else None)
                or attribution_after(after, inverted=False, quoting=True)
                or _joined_attribution(text, spans, k, tail_end)
            )
        if found is None:
            found = _cited_after(after)
        if found is None:
            found = self.fallback(
                p, span, before, after, ends=speechlike and content.endswith(_TERMINAL)
            )
        return found

    def single_term(self, text: str, span: Span) -> bool:
        """Tell whether *span* is a term in single curly marks, in an article that quotes none.

        Style guides such as GOV.UK's put "unusual terms" in single marks and
        quotations in double marks or a blockquote: "countries on the ‘red
        list’", "this ‘rad-waste’ challenge". In such an article a phrase of
        at most :data:`_TERM_WORDS` words in single marks, without closing
        punctuation and with no cue right before it, names a term. Where the
        article quotes speech in single marks anywhere (British papers), it
        is read as any quotation.
        """
        if text[span.mark_start : span.mark_start + 1] != "‘":
            return False
        content = text[span.start : span.end].strip()
        if content.endswith(_TERMINAL) or len(content.split(maxsplit=_TERM_WORDS)) > _TERM_WORDS:
            return False
        before = text[max(0, span.mark_start - 40) : span.mark_start].rstrip()
        words = before.split()
        if not words or bare(words[-1]).lower() not in _TERM_DETERMINERS:
            # "a ‘toxic’ smell", "fires that were ‘frequent and
            # troublesome’": a description, the words of whoever described.
            return False
        near = [bare(w).lower() for w in words[-_TERM_CUE_REACH:]]
        if any(w in _CUE_NEAR and not (w == "added" and "to" in near) for w in near):
            # (Not "countries added to the ‘red list’": put on it, not said.)
            return False
        if self.single_speech is None:
            self.single_speech = any(_SINGLE_SPEECH.search(t) for t in self.texts)
        return not self.single_speech

    def cites(self, p: int) -> bool:
        """Tell whether paragraph *p* cites rather than quotes (read once per paragraph).

        An entry of a reference list ('^ Downes, Siobhan (2017). "World
        famous in New Zealand". Stuff. Retrieved 6 July 2017.') names works;
        program code ('fetch(url, { method: "POST" });') holds strings.
        """
        known = self.citations.get(p)
        if known is None:
            text = self.texts[p]
            known = self.citations[p] = (
                text.lstrip()[:1] == "^"
                or _CITATION.search(text) is not None
                or len(_CODE.findall(text, 0, _CODE_REACH)) >= _CODE_MARKS
            )
        return known

    def german(self, p: int) -> bool:
        """Tell whether paragraph *p* reads as German (read once per paragraph)."""
        known = self.languages.get(p)
        if known is None:
            known = self.languages[p] = capitalises_nouns(self.texts[p])
        return known

    def fallback(
        self, p: int, span: Span, before: str, after: str, *, ends: bool
    ) -> Attribution | None:
        """Return the attribution of a quotation with none next to it, or None.

        In order: the colon introduction ending the sentence before, a verb
        of judging whose complement the quotation is, a noun of saying, and
        (when the quotation *ends* with punctuation, like speech) a verb of
        speaking outside the list after it.
        """
        text, row = self.texts[p], self.starts[p]
        s_open = bisect.bisect_right(row, span.mark_start) - 1
        found = None
        if (
            span.mark_start - row[s_open] <= _SUBHEAD_SLACK
            and not text[row[s_open] : span.mark_start].strip()
        ):
            found = self.introduction(p, s_open)
        if found is None and before and _ends_clause(text, span.mark_end):
            # "likened the rules to “burning the Constitution”": a verb of
            # judging whose complement is the quote (not a scare quote
            # modifying a noun: "its “despondent” chief").
            found = attribution_before(before, evaluative=True, relative=True)
        if found is None and before:
            # "Trump’s claim that there were “thousands of shootings”": the
            # words of the one whose claim it is.
            found = attribution_by_noun(before)
        if found is None and before and before == text[row[s_open] : span.mark_start]:
            # "As The Post's Ruth Marcus puts it, Obama is trying to make
            # Republicans “...”": the aside that opens the sentence credits it.
            found = as_opening(before)
        if found is None and ends:
            # "“Go back,” Trump barked": a verb of speaking outside the list.
            found = attribution_unlisted(after)
        if (
            found is None
            and ends
            and p + 1 < len(self.texts)
            and not text[: span.mark_start].strip()
            and not text[span.mark_end :].strip()
        ):
            # A quotation that is its whole paragraph, signed on the next line:
            # "“...”" then "- Bernie Sanders."; or followed by one more
            # quoted paragraph whose attribution names its speaker.
            found = _signature(self.texts[p + 1]) or (
                None
                if text[: span.end].rstrip().endswith("?")
                else _quoted_on(self.texts[p + 1], self.texts[p - 1] if p else "")
            )
        if (
            found is None
            and s_open > 0
            and not text[row[s_open] : span.mark_start].strip()
            and not after.strip(" .,;:!?—–-")
            and not self.speaks_next(p, span)
        ):
            # "Dianne Bystrom agreed. “...”": a quotation opening its sentence
            # right after narration is the words of that sentence's subject.
            found = _narrated_subject(self.paragraphs[p][s_open - 1])
        if (
            found is None
            and ends
            and s_open == 0
            and p > 0
            and self.paragraphs[p - 1]
            and not text[row[0] : span.mark_start].strip()
            # The paragraph is all quotation: it ends on a closing mark, and
            # not on a question, which the one narrated may be asked.
            and text.rstrip(" .,;")[-1:] in "”\"»'"
            and not text.rstrip(" .,;”\"»'").endswith("?")
            and not after.strip(" .,;:!?—–-")
            and not self.speaks_next(p, span)
            and not _MARK_CHARS.search(self.texts[p - 1])
        ):
            # "However, he defended his decision to engage. ¶ “Well, they're
            # not ideal institutions.”": so too across a paragraph, after a
            # paragraph of narration only.
            found = _narrated_subject(self.paragraphs[p - 1][-1])
        return found

    def speaks_next(self, p: int, span: Span) -> bool:
        """Tell whether the sentence after the one where *span* closes opens with speech.

        "“What do you mean?” They said the plan ...": who asked is unsure.
        """
        row = self.starts[p]
        s_close = bisect.bisect_right(row, max(span.end - 1, span.start)) - 1
        if s_close + 1 >= len(self.paragraphs[p]):
            return False
        words = self.paragraphs[p][s_close + 1].split(maxsplit=_SHORT_TAIL)[:_SHORT_TAIL]
        return any(w.strip(",.;:").lower() in SPEECH_VERBS for w in words)

    def introduction(self, p: int, s: int) -> Attribution | None:
        """Return the colon introduction just before sentence *s* of paragraph *p*.

        It ends the previous sentence ("Smith said: “...”" split after the
        colon) or, for a quote opening its paragraph, the previous paragraph
        ("The report says:" then the quote as a block).
        """
        if s > 0:
            previous = self.paragraphs[p][s - 1]
        elif p > 0 and self.paragraphs[p - 1]:
            previous = self.paragraphs[p - 1][-1]
        else:
            return None
        if not previous.rstrip().endswith(":") and not (s == 0 and _is_cue_line(previous)):
            return None
        return attribution_before(last_words(previous))

    def turn(self, p: int) -> tuple[str, int] | None:
        """Return (speaker, where the words start) when paragraph *p* is a turn of a transcript.

        A turn opens with a name in capitals and a colon ("LEE: ...",
        "SEN. SANDERS: ..."); it counts only when a paragraph at most two
        away opens with another label, so a lone "NOTE:" or "WASHINGTON:" is
        none. "Q:" and "A:" turns name no one: they are read as before, as
        narration (PolNeAR annotates an interview's answers, if at all, as
        unmarked reports; reading them as direct quotations of no one cost
        its direct-quotation precision on train 0.964 -> 0.955).
        """
        own = _turn_label(self.texts[p])
        if own is None:
            return None
        label, start = own
        near = range(max(0, p - _TURN_REACH), min(len(self.texts), p + _TURN_REACH + 1))
        if not any(
            (other := _turn_label(self.texts[q])) is not None and other[0] != label
            for q in near
            if q != p
        ):
            return None
        if label in _ASKING_LABELS:
            return None
        speaker = clean_speaker(label)
        return (speaker, start) if plausible_speaker(speaker) else None

    def cue_line(self, p: int, sentence: str) -> tuple[str | None, str] | None:
        """Return (speaker, cue) when *sentence* is a line like "Anna Field said:".

        The line must end in a colon after a speech verb whose subject is a
        source (a name, an organisation, a pronoun resolved to a name); the
        paragraph after it is then a quotation of that speaker.
        """
        stripped = sentence.rstrip()
        if not _is_cue_line(stripped):
            return _label_line(stripped)
        found = attribution_before(stripped.rstrip(":,").rstrip() + " ")
        if found is None or found.cue == ":" or found.speaker is None:
            return None
        opening = _person_before_post(stripped, found.speaker)
        if opening is not None:
            return opening, found.cue
        speaker = self.resolve(p, found, _around(sentence, found.speaker))
        if speaker is None:
            return None
        return speaker, found.cue

    def indirect(self, p: int, sentence: str) -> Quote | None:
        """Return the reported speech of a sentence without quotation marks."""
        if is_link_heading(sentence):
            # "Related Coverage Saudi source denies ...": a link to another
            # story, its headline no words of this one.
            return None
        found = reported_speech(sentence)
        if found is None:
            return None
        content, attribution = found
        if _conditional(sentence, attribution):
            # "If the caller asks who is speaking, hang up": what someone might
            # say, not what anyone said.
            return None
        if not any(c.isalnum() for c in content[:WINDOW]) or content.startswith(("](", ")")):
            # "* [Piracy reports](https://...) issued by ...": the words of a
            # link, read as "Piracy" + "reports", and its address.
            return None
        if not attribution.pronoun:
            attribution = self.unstopped(attribution)
        if not attribution.pronoun and not plausible_speaker(
            clean_speaker(attribution.speaker or "")
        ):
            if not _SAYS.match(attribution.cue):
                # "There are currently 4 cases, added ...", "The Government has
                # today announced funding": no one speaks there.
                return None
            # "74 percent said ...", "When asked, ... said", "..., according
            # to the results": speech whose source was not read (or is no
            # speaker); newsdiff does not guess it.
            attribution = attrs.evolve(attribution, speaker=None, pronoun=False)
        speaker = self.resolve(
            p,
            attribution,
            _around(sentence, attribution.speaker),
            reported=content,
            head=sentence,
            run=_opens_with(sentence, content),
        )
        return Quote(
            text=content,
            speaker=speaker if speaker is None or plausible_speaker(speaker) else None,
            cue=attribution.cue,
            kind=QuoteKind.INDIRECT,
        )

    def unstopped(self, attribution: Attribution) -> Attribution:
        """Return *attribution* without the stop that ends a short name the article has met.

        "..., according to Xi.": the stop is the sentence's, as Xi was named
        before; not so "Mo.", an abbreviation no one was named by.
        """
        speaker = attribution.speaker
        if (
            speaker is not None
            and speaker.endswith(".")
            and not plausible_speaker(speaker)
            and self.referents.met(speaker[:-1])
        ):
            return attrs.evolve(attribution, speaker=speaker[:-1])
        return attribution

    def plain(self, p: int, sentence: str, quotes: list[Quote]) -> Quote | None:
        """Add to *quotes* the reported speech of a *sentence* of paragraph *p* without marks.

        Return the last report added, if any.
        """
        quote = self.indirect(p, sentence)
        if quote is None:
            self.referents.narration(p, sentence)
            return None
        quotes.append(quote)
        second = self.second_report(p, sentence, quote)
        if second is not None:
            quotes.append(second)
        if not _opens_with(sentence, quote.text):
            # Not "Cruz won the crowds, Stovall said": there Cruz is spoken
            # of, not the one the sentence frames.
            self.referents.framing(p, sentence, quote.speaker)
        return quote if second is None else second

    def second_report(self, p: int, sentence: str, first: Quote) -> Quote | None:
        """Return the report of a second clause of *sentence*, after the one *first* reports.

        ``Zuckoff said he had talked to the agency, but officials said the
        talks came later.``: a report ends where another source's clause
        begins; that clause, joined by "and", "but" or a semicolon, reports
        speech of its own. Its cue must come before its content (else the
        clause is the first report's tail).
        """
        at = sentence.find(first.text)
        if at < 0 or not first.cue or sentence.find(first.cue.split()[0]) > at:
            # "..., said Brian Wieser, an analyst at ...": the first report's
            # attribution follows it; what comes after is its tail.
            return None
        joined = _SECOND_CLAUSE.match(sentence, at + len(first.text))
        if joined is None:
            return None
        clause = sentence[joined.end() :]
        if len(clause.split()) < _SECOND_WORDS:
            return None
        quote = self.indirect(p, clause)
        if quote is None:
            return None
        cue_at = clause.find(quote.cue.split()[0]) if quote.cue else -1
        if cue_at <= 0 or clause.find(quote.text) < cue_at:
            return None
        subject = clause[:cue_at]
        if (
            quote.speaker is not None
            and quote.speaker not in subject
            and not any(word.lower() in PRONOUNS for word in _WORD.findall(subject))
        ):
            # The clause's source is not before its cue: no clause of its own.
            return None
        return quote

    def reported_around(self, p: int, i: int, spans: Sequence[Span]) -> _Reported | None:
        """Return the reported speech of sentence *i* of paragraph *p*, which holds quotations.

        ``Ann Lee said the plan was “dead on arrival” and would be
        withdrawn.``: the sentence reports speech and quotes some of its
        words. It counts only when its cue is clear: the cue and its source
        stand outside every quotation, the content cuts no quotation in two
        and holds at least :data:`_OUTSIDE_WORDS` words of its own outside
        the marks (else it is a quotation with its attribution, ``Ann Lee
        said “...”``, read as such), and the source is read (no ``None``).
        """
        sentence = self.paragraphs[p][i]
        found = reported_speech(sentence)
        if found is None:
            return None
        content, attribution = found
        at = sentence.find(content)
        if at < 0 or attribution.speaker is None or not any(c.isalnum() for c in content[:WINDOW]):
            return None
        sentence_start = self.starts[p][i]
        start = sentence_start + at
        end = start + len(content)
        sentence_end = sentence_start + len(sentence)
        if _MARK_CHARS.match(content):
            # "Ann Lee said, “...”", "“...,” Ann Lee, a fellow at ..., said of
            # it": the quotation is what was said, with its attribution.
            return None
        text = self.texts[p]
        follows = attribution.cue in sentence[:at]
        cue_at = sentence_start + (
            sentence.rfind(attribution.cue, 0, at)
            if follows
            else sentence.find(attribution.cue, at + len(content))
        )
        if cue_at < sentence_start:
            # The cue is set inside the content ("The plan, she said, was ...").
            cue_at = sentence_start + sentence.find(attribution.cue)
        if any(span.mark_start < cue_at < span.mark_end for span in spans):
            # "..., Kael wrote, “I’m often asked why ...”": a cue inside a
            # quotation is the quoted speaker's.
            return None
        if _MARK_CHARS.match(text[cue_at + len(attribution.cue) :].lstrip(" ,:")):
            # "Asked about it, Ann Lee said, “...”": the cue introduces a
            # quotation; the words before it are no report.
            return None
        pieces: list[str] = []
        at_word = start
        for span in spans:
            if span.mark_start < start < span.mark_end or (
                span.mark_start < end < span.mark_end and end < sentence_end
            ):
                # "“Trump said we would pay,” she said.": content that cuts a
                # quotation in two was read from a cue inside it.
                return None
            if follows and sentence_start < span.mark_end <= start:
                if _AND_THEN.search(text, span.mark_end, cue_at):
                    # "called the plan “crazy” and said the party would lose":
                    # a second verb of the subject, with a report of its own.
                    continue
                # "“...,” McCain said, citing low growth": the cue is the
                # quotation's; what follows it is no report.
                return None
            if span.mark_start < end and start < span.mark_end:
                before = text[at_word : span.mark_start]
                own = _OWN_CUE.search(before)
                if own is not None:
                    # "said it was too early but added, “...”": the report
                    # ends where the quotation's own speech act begins.
                    pieces.append(before[: own.start()])
                elif before.rstrip()[-1:] in {",", ":"}:
                    # "said on Friday on Twitter, “...”": the words before a
                    # quotation it introduces are the circumstances of the cue.
                    pieces.clear()
                else:
                    pieces.append(text[at_word : span.mark_start])
                at_word = min(span.mark_end, end)
        pieces.append(text[at_word:end])
        outside = " ".join(pieces)
        if len(_WORD.findall(outside)) < _OUTSIDE_WORDS:
            return None
        if not attribution.pronoun and not plausible_speaker(clean_speaker(attribution.speaker)):
            return None
        speaker = self.resolve(p, attribution, _around(sentence, attribution.speaker))
        if speaker is None or not plausible_speaker(speaker):
            return None
        return _Reported(start=start, end=end, speaker=speaker, cue=attribution.cue)

    def read(self, only: range | None = None) -> list[list[tuple[Quote, ...]]]:
        """Return the quotes of every sentence of every paragraph (or of those *only*)."""
        result: list[list[tuple[Quote, ...]]] = []
        for p in range(len(self.paragraphs)) if only is None else only:
            sentences, text, row = self.paragraphs[p], self.texts[p], self.starts[p]
            following_text = self.texts[p + 1] if p + 1 < len(self.texts) else ""
            spans, self.carried = pair_paragraph(
                text, row, carried=self.carried, following=following_text
            )
            per_sentence: list[list[Quote]] = [[] for _ in sentences]
            self.reported_last = None
            block = self.block
            self.block = None
            if (
                block is not None
                and sentences
                and (
                    all(span.orphan for span in spans)
                    or (p in self.blockquotes and text[: spans[0].mark_start].strip())
                )
            ):
                # The press-release form: "Anna Field, Minister for Schools,
                # said:" then the quotation without quotation marks. (A
                # closing mark left without its opening one, "... for many
                # users”.", is a slip in it, not a quotation of its own; in a
                # blockquote, words in marks inside a paragraph that opens
                # without one, "... will be to ‘get it done together’", are
                # quoted by the speaker.)
                result.append(_unmarked(sentences, block))
                following = self.paragraphs[p + 1] if p + 1 < len(self.paragraphs) else ()
                if _goes_on(p, following, self.blockquotes):
                    self.block = block
                continue
            if not spans and sentences:
                turn = self.turn(p)
                if turn is not None:
                    # "LEE: We will win this seat." between other turns: a
                    # transcript, each turn its label's words.
                    result.append(_turn_quotes(sentences, turn))
                    continue
                self.block = self.cue_line(p, sentences[-1])
            k = after_quote = 0
            for i, sentence in enumerate(sentences):
                # Quotations are settled in reading order, sentence by sentence,
                # so a pronoun sees every name written before it.
                ends = row[i] + len(sentence) if i + 1 < len(sentences) else len(text)
                marked = _DOUBLE_MARKS.search(sentence) is not None
                # Two apostrophes ('' in older wire copy) mark quotations too.
                quoting = marked or "''" in sentence or "``" in sentence
                reported = self.reported_around(p, i, spans) if quoting and spans else None
                report_end: int | None = None
                while k < len(spans) and spans[k].mark_start < ends:
                    settled = self.attribute(p, spans, k, after_quote, reported)
                    k += 1
                    if settled is not None:
                        if report_end is None and reported is not None:
                            report_end = _report_before(text, row[i], reported, settled)
                        self.last = (p, settled)
                        after_quote = settled.span.mark_end
                        _cut(text, row, sentences, settled, per_sentence)
                if (
                    report_end is None
                    and reported is not None
                    and all(
                        span.mark_end <= reported.start
                        for span in spans
                        if span.mark_end > row[i] and span.mark_start < ends
                    )
                ):
                    # The report follows every quotation of the sentence.
                    report_end = reported.end
                if report_end is not None and reported is not None:
                    report = Quote(
                        text=text[reported.start : report_end].strip().rstrip(",;").rstrip(),
                        speaker=reported.speaker,
                        cue=reported.cue,
                        kind=QuoteKind.INDIRECT,
                    )
                    _insert_report(sentence, reported.start - row[i], report, per_sentence[i])
                if per_sentence[i] or marked:
                    continue
                last = self.plain(p, sentence, per_sentence[i])
                if last is not None:
                    self.reported_last = (
                        (i, last.speaker)
                        if last.speaker is not None and is_named(last.speaker)
                        else None
                    )
            if self.reported_last is not None and self.reported_last[0] == len(sentences) - 1:
                # "Cowley said the vote would be close. ¶ “It would mean ...”":
                # a quotation with no attribution that opens the next
                # paragraph goes on from the report that ends this one, as
                # from a quotation.
                self.last = (
                    p,
                    _Found(
                        span=_NOWHERE,
                        kind=QuoteKind.INDIRECT,
                        speaker=self.reported_last[1],
                        cue=None,
                    ),
                )
            result.append([tuple(quotes) for quotes in per_sentence])
        return result


# Where a report that stands for the last quotation was: no quotation's span.
_NOWHERE: Final = Span(start=0, end=0, mark_start=0, mark_end=0, balanced=True)


# The rest of a quoted sentence after its quotation, up to the comma of its
# attribution: lower-case words, none of them a cue.
_REST: Final = re.compile(r"\s(?P<rest>[a-z][^,;:.!?“”\"«»()—–]{0,120}?),\s(?=\S)")
#: The most words of that rest.
_REST_WORDS: Final = 16
#: The most words of the attribution after it before its verb ("said Ann Lee",
#: "the group's leader Anders Ygeman told").
_REST_TAIL_WORDS: Final = 12


def _attribution_past_rest(after: str) -> Attribution | None:
    """Return the attribution that ends the sentence after the rest of a quoted sentence.

    "“Now it’s hard to see what could persuade the Palestinians” to hold up
    on their plans, Indyk said.": the quotation opens a sentence the writer
    finishes in their own words, then attributes. Only a quotation that opens
    its sentence, a short rest in lower case with no verb of saying in it,
    and a short attribution by a verb of saying that ends the sentence count.
    """
    found = _REST.match(after)
    if found is None:
        return None
    rest = found.group("rest")
    words = rest.split()
    if len(words) > _REST_WORDS or any(w.lower() in SPEECH_VERBS for w in words):
        return None
    tail = after[found.end("rest") :]
    if not _ENDS_SENTENCE.search(tail) or not any(
        bare(w) in SPEECH_VERBS for w in tail.split()[:_REST_TAIL_WORDS]
    ):
        # The attribution's verb comes within a few words ("the group's leader
        # Anders Ygeman told Swedish media on Monday as ...").
        return None
    attribution = attribution_after(tail, inverted=True, quoting=True)
    if (
        attribution is None
        or attribution.speaker is None
        or attribution.cue.split()[0].lower() not in SPEECH_VERBS
    ):
        return None
    return attribution


_ENDS_SENTENCE: Final = re.compile(r"[.!?]['’”\"]?\s*$")


# A source cited in brackets right after a quotation, closing its sentence:
# "“...” (Richard Burnett letter to CDL, 01/02/21)".
_CITED: Final = re.compile(
    r"\s?\((?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,3})(?=[\s,)])[^()“”\"]{0,80}\)[.;]?\s*$"
)


def _cited_after(after: str) -> Attribution | None:
    """Return the source a bracket right after a quotation cites, if it names one in full.

    "“...” (Richard Burnett letter to CDL, 01/02/21)": a first name and a
    surname (or a name of two words or more) open the bracket, which closes
    the sentence. One word alone ("(Reuters)", "(Photo)") is left out.
    """
    found = _CITED.match(after)
    if found is None:
        return None
    name = found.group("name")
    if not plausible_speaker(name) or bare(name.split()[0]) in LABEL_WORDS:
        return None
    return Attribution(speaker=name, cue="(")


#: The most words of a photo caption set between two paragraphs of a quotation.
_CAPTION_WORDS: Final = 40


def _caption_like(paragraph: str) -> bool:
    """Tell whether *paragraph* reads as a photo caption set inside the text.

    "Hori Parata at his Pātaua farm, the place where he was born and grew
    up": short, no quotation mark, and no full stop or other closing mark at
    its end. A quotation that goes on after it goes on from the speaker
    before it.
    """
    stripped = paragraph.rstrip()
    words = stripped.split()
    return (
        bool(stripped)
        and stripped[-1].isalnum()
        and _MARK_CHARS.search(stripped) is None
        and len(words) <= _CAPTION_WORDS
        # Not a subhead in title case ("When in Doubt, Leave it Out"): a
        # caption is written as a sentence.
        and sum(w[:1].isupper() for w in words) * 2 < len(words)
    )


def _opens_with(sentence: str, content: str) -> bool:
    """Tell whether the reported *content* opens *sentence* (its cue comes after it)."""
    return sentence.lstrip(" “\"'‘").startswith(content.lstrip(" “\"'‘")[:40])


# Verbs of saying, promising and judging (stems): their subject is the source of
# words quoted in their predicate.
_JUDGING_STEMS: Final = _words(
    "accuse pledge promise question claim welcome credit praise call demand vow insist "
    "urge argue allege deny dismiss warn describe label slam blast mock attack criticize "
    "criticise lament reject blame hail tout thank cite reference predict conclude note "
    "recall repeat echo concede acknowledge characterize characterise dub deride joke "
    "complain boast brag decry denounce condemn applaud assert suggest say tell ask add "
    "write tweet declare announce state explain reply respond stress emphasize emphasise "
    "admit contend maintain reiterate proclaim chant shout yell plead wonder scoff quip "
    "counter charge caution answer agree disclose report rail lash "
    "rip hit target defend endorse disavow reprise invoke pitch push tease"
)
_JUDGING_FORMS: Final = _words("found finds said says told wrote")
#: The most words of the subject phrase before the first comma ("Sanders
#: campaign manager Jeff Weaver").
_JUDGING_SUBJECT: Final = 7
#: The most words between the verb and the quotation.
_JUDGING_REACH: Final = 30
# Auxiliaries and adverbs between a subject and its verb: "is pledging", "has
# repeatedly called".
_AUXILIARIES: Final = _words("is are was were has have had also again repeatedly then later")


def _german_attribution(before: str, after: str) -> Attribution | None:
    """Return the German cue before or after a quotation as an attribution, or None."""
    cue = german_cue_before(before) or german_cue_after(after)
    return None if cue is None else Attribution(speaker=cue[0], cue=cue[1])


def _judging_verb(word: str) -> bool:
    """Tell whether *word* is a form of a verb of :data:`_JUDGING_STEMS`."""
    if word in _JUDGING_FORMS:
        return True
    for suffix in ("ing", "ed", "es", "s", "d", ""):
        if suffix and not word.endswith(suffix):
            continue
        base = word[: len(word) - len(suffix)] if suffix else word
        if base in _JUDGING_STEMS or base + "e" in _JUDGING_STEMS:
            return True
        if len(base) > 2 and base[-1] == base[-2] and base[:-1] in _JUDGING_STEMS:
            # "slammed", "dubbed".
            return True
    return False


def _judging_subject(before: str) -> str | None:
    """Return the named subject of a verb of saying or judging whose predicate *before* opens.

    *before* is the sentence up to a partial quotation: "Ted Nordhaus, co-founder of
    ..., welcomed ", "Bernie Sanders is pledging to ". The subject must open the
    main clause, be a name and name no one else before its verb, and the
    verb must come within :data:`_JUDGING_REACH` words of the quotation.
    """
    if ";" in before or ":" in before:
        return None
    clause = main_clause(before)
    tokens = word_spans(clause)
    for k, token in enumerate(tokens):
        word = token[2]
        if k == 0 or not word.islower() or not _judging_verb(bare(word)):
            continue
        if len(tokens) - k > _JUDGING_REACH:
            return None
        if any(bare(t[2]) in SPEECH_VERBS for t in tokens[k + 1 :]):
            # "Sanders is disavowing remarks by a surrogate who said voters
            # shouldn’t “...”": a verb of saying nearer the words is theirs.
            return None
        start = k
        while start > 0 and bare(tokens[start - 1][2]) in _AUXILIARIES:
            start -= 1
        subject_text = clause[: tokens[start][0]]
        head = subject_text.split(",", maxsplit=1)[0]
        if not head.strip() or len(head.split()) > _JUDGING_SUBJECT:
            return None
        speaker, pronoun = speaker_of(subject_text)
        first, _ = speaker_of(head)
        if (
            speaker is None
            or pronoun
            or speaker != first
            or not is_named(speaker)
            or not plausible_speaker(speaker)
            or not _subject_phrase(subject_text, head, speaker)
        ):
            return None
        return speaker
    return None


# Words that may open a subject before its name: "The Florida senator", "Sanders
# campaign manager Jeff Weaver" opens with the name itself.
_DETERMINED: Final = _words("the a an")


def _subject_phrase(subject_text: str, head: str, speaker: str) -> bool:
    """Tell whether *subject_text* is the subject *speaker* and nothing else.

    It opens with the name (or an article), and ends with it, with one noun
    after it at most ("A House committee report"), or with the comma that
    closes an apposition after it ("Ted Nordhaus, co-founder of ...,").
    """
    words = head.split()
    if (
        not words
        or not (
            words[0].startswith(speaker.split(maxsplit=1)[0])
            or bare(words[0]) in _DETERMINED
            # "Democratic presidential candidate Bernie Sanders": a description
            # before the name, which ends the subject's first part.
            or (
                words[0][:1].isupper()
                and head.rstrip(" ,").endswith(speaker)
                and all(bare(w) not in PREPOSITIONS for w in words)
            )
        )
    ):
        return False
    if "," in subject_text:
        return subject_text.rstrip().endswith(",") and head.rstrip().endswith(speaker)
    after = subject_text[subject_text.rfind(speaker) + len(speaker) :].split()
    return len(after) <= 1 and all(w.isalpha() and w.islower() for w in after)


#: How many words of its own, outside quotation marks, the content of reported
#: speech that holds a quotation must have.
_OUTSIDE_WORDS: Final = 3
#: The fewest words of a quotation that goes on from the reported speech before it.
_GOES_ON_WORDS: Final = 3


@attrs.frozen(kw_only=True)
class _Reported:
    """The reported speech of a sentence that holds quotations, where its content lies."""

    start: int
    end: int
    speaker: str
    cue: str


# Verbs that report speech and nothing else: a sentence with one of them
# reports speech even when its source was not read (not "tell": "please tell
# us" asks the reader).
_SAYS: Final = re.compile(r"(?:said|says|say|saying|told|tells|according to)\b", re.IGNORECASE)
_MARK_CHARS: Final = re.compile(r"[“”\"«»„]|''|``")
_DOUBLE_MARKS: Final = re.compile(r"[“”\"«»„]")
# A speaker's label in a transcript: "PENCE:", "SEN. JANE ROE:", "O’BRIEN:".
_LABEL: Final = re.compile(r"\s{0,3}([A-Z][A-Z.’'-]{1,30}(?:\s[A-Z][A-Z.’'-]{1,30}){0,3}):\s")
# Capitalised labels that head a paragraph but name no speaker.
_NOT_SPEAKERS: Final = (
    _words(
        "update updated correction clarification breaking note watch related photo "
        "video source sources warning advertisement listen more also live analysis"
    )
    | LABEL_WORDS
    | {"editor's note", "editor’s note", "read more", "see also"}
)


# A sentence that ends in its own attribution: "..., dos Santos says.".
_SAYS_LAST: Final = re.compile(r",\s[^,]{1,60}\s(?:says|said|adds|added|notes|noted)\.?\s*$")
#: The most words of a sentence of narration whose subject a quotation after it
#: may take.
_NARRATION_WORDS: Final = 30


def _narrated_subject(sentence: str) -> Attribution | None:
    """Return the subject of *sentence*, narration just before a quotation, as its speaker.

    ``Iowa State University's Dianne Bystrom agreed.``, ``Clinton touted her
    credentials.``, ``He then had a question for the crowd.``: a name (or a
    pronoun) that opens the clause, followed by its verb. The sentence must
    hold no quotation of its own and be short. The cue is empty: the text
    names none.
    """
    if (
        _MARK_CHARS.search(sentence)
        or "''" in sentence
        or len(sentence.split()) > _NARRATION_WORDS
        or _SAYS_LAST.search(sentence)
    ):
        # A sentence that quotes someone ("''...,'' Mr. Tribe said.") is no
        # narration; the quotation after it is read the usual way.
        return None
    speaker, pronoun = main_subject(sentence, strict=True)
    if speaker is None or not speaker[:1].isalpha():
        return None
    clause = _LINKING_ADVERB.sub("", main_clause(sentence), count=1)
    if pronoun:
        if bare(clause.split()[0]) != bare(speaker):
            return None
    elif not (is_named(speaker) and opens_clause(clause, speaker)):
        return None
    elif any(
        _words(other.group(1).lower()).isdisjoint(TITLES | _DESCRIBES)
        for other in _LISTED_PERSON.finditer(clause, clause.find(speaker) + len(speaker))
    ):
        # "Ismail Haniyeh, chief of Hamas, Ahmad Bahar, deputy speaker, ...
        # and thousands of people joined the funeral.": a list of people,
        # not one subject.
        return None
    return Attribution(speaker=speaker, cue="", pronoun=pronoun)


# An adverb that links a sentence to the one before: "However, he defended ...".
_LINKING_ADVERB: Final = re.compile(
    r"^\s*(?:However|Still|Yet|Instead|Nonetheless|Nevertheless|Meanwhile|Later|Then),?\s"
)
# A full name between commas after another: ", Ahmad Bahar,".
_LISTED_PERSON: Final = re.compile(r",\s((?:[A-Z][\w’'-]+\s){1,3}[A-Z][\w’'-]+),")


# A line that signs the quotation above it: "- Bernie Sanders.", "—Michelle
# Marks, Philadelphia.", "-President Obama, tweeting after the speech."
_SIGNATURE: Final = re.compile(
    r"\s{0,3}[-—–―]{1,2}\s?(?P<name>[A-Z][^,.;:!?“”\"()]{0,60}?)(?:,\s[^“”\"]{1,80})?\.?\s*$"
)
#: The most words of a signature line and of the name that opens it.
_SIGNATURE_WORDS: Final = 14
_SIGNATURE_NAME: Final = 5


# The end of a paragraph's first quotation and what follows it: “...,” Ann Lee notes.
_FIRST_CLOSE: Final = re.compile(r"^\s*(?:“|\"|'')[^“”\"]{1,2000}?[,!]\s?(?:”|\"|'')")


# A clause of its own after the closing mark, its subject a thing ("“Beto! Beto!”
# a chant began"): the writer gave the words to no one, not to the last speaker.
_THING_AFTER: Final = re.compile(
    r"[,!?.]?\s(?:a|an|the)\s(?:[a-z-]{2,20}\s){0,2}?(?:chant|chorus|cry|cries|shout|shouts|"
    r"voice|voices|sign|signs|banner|banners|placard|placards|message|slogan|song|refrain)"
    r"\s(?:[a-z]{2,20}ed|began|rose|went|rang|broke|read|reads|says|said)\b"
)


# "“...,” read one.", "“...,” was another.": one of several things or people
# named before, not the last speaker; the text does not say which.
_ONE_AFTER: Final = re.compile(r"[,!?.]?\s(?:read|reads|was|were|said|says)\s(?:one|another)\b")


def _pronoun_intro(head: str, found: Attribution) -> bool:
    """Tell whether *head*, the sentence up to a quotation, is a pronoun's attribution alone.

    "He said: “...”", "She told the paper: “...”": as in "“...,” he said",
    the sentence is the attribution and the words, nothing told besides, so
    the pronoun keeps its speaker in reach as such a run does.
    """
    words = head.strip().split()
    return (
        found.pronoun
        and head.rstrip().endswith(":")
        and 2 <= len(words) <= _INTRO_WORDS
        and words[0].lower() in {"he", "she"}
    )


#: The most words of a pronoun's attribution alone before a quotation.
_INTRO_WORDS: Final = 6


def _quoted_on(line: str, previous: str) -> Attribution | None:
    """Return the named attribution after the quotation that opens *line*, if any.

    "“...”" then "“...,” Viguerie notes.": the paragraph after a quoted one
    opens with more quotation and names who spoke. Only when that speaker is
    named in the paragraph *previous* to the quoted one too (the quotation
    goes on from them, not a reply in a dialogue); a pronoun ("he said")
    names no one here.
    """
    opening = _FIRST_CLOSE.match(line)
    if opening is None:
        return None
    words = line[opening.end() : opening.end() + WINDOW]
    found = attribution_after(words, inverted=True, quoting=True) or attribution_unlisted(words)
    if found is None or found.pronoun or not is_named(found.speaker):
        return None
    named = (found.speaker or "").split()[-1:]
    return found if named and word_places(previous, named[0]) else None


def _signature(line: str) -> Attribution | None:
    """Return the name that signs a quotation when *line* is a signature line only."""
    if len(line.split(maxsplit=_SIGNATURE_WORDS)) > _SIGNATURE_WORDS:
        return None
    found = _SIGNATURE.fullmatch(line)
    if found is None:
        return None
    name = clean_speaker(found.group("name").strip())
    if (
        len(name.split()) > _SIGNATURE_NAME
        or not is_named(name)
        or not plausible_speaker(name)
        or not all(w[:1].isupper() or w in _NAME_JOINS for w in name.split())
    ):
        return None
    return Attribution(speaker=name, cue=line.strip()[0])


# Lower-case words a signed name may hold: "Duke of York", "Jean de Gaulle".
_NAME_JOINS: Final = _words("of the de van von al bin")


def _names_another(before: str, speaker: str | None) -> bool:
    """Tell whether *before*, the sentence up to an unattributed quote, names someone else.

    A capitalised word that does not open the sentence and is no part of
    *speaker* ("Then Dianne Bystrom agreed: “...”") means another source may
    be speaking: the quote does not inherit the speaker of the one before it.
    """
    own = set((speaker or "").replace("’s", "").replace("'s", "").split())
    words = before.split()
    if own and any(word.strip(",.;:!?()“”\"‘’'").replace("’s", "") in own for word in words):
        # "In a tweet in which Emery links to Trump, Emery states": the
        # speaker is named again.
        return False
    for k, word in enumerate(words):
        plain = word.strip(",.;:!?()“”\"‘’'")
        opens = k == 0 or words[k - 1][-1:] in '.!?:”"' or words[k - 1].endswith(("”", '"'))
        if (
            plain[:1].isupper()
            and not opens
            and plain != "I"
            and plain.replace("’s", "").replace("'s", "") not in own
        ):
            return True
    return False


def _around(text: str, name: str | None) -> str:
    """Return the words next to *name* in *text* (for its gender), or nothing."""
    at = text.find(name) if name else -1
    if at < 0 or name is None:
        return ""
    start, end = max(0, at - 30), at + len(name) + 50
    # Whole words only: "a “mansion tax”" cut to "a “man" reads as a man.
    if start and text[start - 1 : start + 1].isalnum():
        start = text.find(" ", start, at) + 1 or at
    if end < len(text) and text[end - 1 : end + 1].isalnum():
        end = max(text.rfind(" ", at + len(name), end), at + len(name))
    return text[start:end]


# Where a clause with a speech act of its own begins: ", and called him",
# " but added,", ", telling reporters that", ", which he called".
_OWN_CLAUSE: Final = re.compile(
    r"(?:,\s*(?P<link>(?:and|but|while|though|which|whom|who)\s)?|\s[—–]\s*|\s(?P<joins>and|but)\s)"
    r"(?P<who>(?:(?:he|she|they|it|also|later|then)\s){0,2})$"
)


# What joins a second clause to a report: ", and", ", but", "; ", " while".
_SECOND_CLAUSE: Final = re.compile(r"(?:;\s*|,?\s+(?:and|but|while|whereas)\s+)(?=\S)")
#: The fewest words of such a clause: a source, a cue and a few words.
_SECOND_WORDS: Final = 5


# A verb joined to the one before it, right before the cue: "“crazy” and said".
_AND_THEN: Final = re.compile(r"\s(?:and|but)\s(?:(?:also|then|later|\w+ly)\s)?$")


# A clause of its own that introduces the quotation after it: "but added, “",
# ", adding: “", "and said, “".
_OWN_CUE: Final = re.compile(
    r"(?:,\s*(?:(?:and|but|then)\s)?|\s(?:and|but|then)\s)(?:(?:he|she|they|also|later|then)\s){0,2}"
    r"(?:added|adding|adds|said|saying|says|continued|noted|noting|told\s\S+|telling\s\S+)"
    r"\s*[,:]?\s*$"
)


def _report_before(text: str, start: int, reported: _Reported, found: _Found) -> int | None:
    """Return where the report of a sentence ends before a quotation with a cue of its own.

    ``Ann Lee said the plan was dead, and called it “a farce.”``: what she
    said is reported speech, up to the clause whose cue ("called") quotes
    her words. ``None`` when the quotation has no cue of its own after the
    report's start (then its words are part of the report) or lies outside it.
    """
    span = found.span
    if not found.cue or reported.cue.startswith("asked") or span.mark_start <= reported.start:
        # "Mahathir, asked whether he would ..., said: “...”": the question put
        # to a source is not what the source said.
        return None
    if text.rfind(reported.cue, start, reported.start) < 0:
        # "The plan, she said, was dead": the cue set inside the content.
        return None
    verb = found.cue.split()[0]
    at = text.rfind(verb, reported.start, span.mark_start)
    if at < 0:
        return None
    clause = _OWN_CLAUSE.search(text, reported.start, at)
    if clause is None:
        return None
    if not (clause.group("link") or clause.group("joins")) and not verb.endswith("ing"):
        # "said the president and his adviser, responded that ...", "said she
        # was pleased because, she said, ...": a verb after a bare comma is the
        # content's own or an inset attribution, not a second speech act.
        return None
    end = clause.start()
    if end > reported.end or _MARK_CHARS.search(text[reported.start : end]):
        # Quoted words before the clause: they are part of the report.
        return None
    if len(_WORD.findall(text[reported.start : end])) < _OUTSIDE_WORDS:
        return None
    alone = reported_speech(text[start:end] + ".")
    if alone is None or alone[1].cue != reported.cue:
        # "Clinton claimed victory in a tweet, saying: “...”": read without
        # the quotation, the sentence reports no speech ("claimed victory").
        return None
    return end


def _insert_report(sentence: str, at: int, report: Quote, quotes: list[Quote]) -> None:
    """Put *report*, which starts at *at* in *sentence*, among its quotes in reading order."""
    place = sum(1 for q in quotes if 0 <= sentence.find(q.text) < at)
    quotes.insert(place, report)


def _cut(
    text: str,
    row: Sequence[int],
    sentences: Sequence[str],
    found: _Found,
    out: list[list[Quote]],
) -> None:
    """Give every sentence the part of *found* that lies inside it."""
    span = found.span
    # Every speaker reported passes the documented check (None rather than junk).
    speaker = found.speaker if found.speaker is None or plausible_speaker(found.speaker) else None
    first = bisect.bisect_right(row, span.start) - 1
    for i in range(max(first, 0), len(sentences)):
        s_start = row[i]
        if s_start >= span.end:
            break
        s_end = s_start + len(sentences[i])
        part = text[max(span.start, s_start) : min(span.end, s_end)].strip()
        part = part.rstrip(",").rstrip()
        if not part or not any(c.isalnum() for c in part[:WINDOW]):
            continue
        out[i].append(
            Quote(
                text=part,
                speaker=speaker,
                cue=found.cue,
                kind=found.kind,
                balanced=span.balanced,
            )
        )


# A line that ends with its speech verb (or "will say") (and what belongs to the cue): "Anna
# Field said", "the minister told reporters", "He added in a statement".
_CUE_AT_END: Final = re.compile(
    r"\b(?:said|says|say|added|adds|told\s[\w .’'-]{1,40}|stated|explained|commented|"
    r"continued|concluded|noted|wrote|writes|announced|remarked|responded|replied|"
    r"warned|insisted|tweeted|posted)"
    r"(?:\s(?:in|on|at)\s[\w .’'-]{1,40})?\s?$",
    re.IGNORECASE,
)


def _is_cue_line(line: str) -> bool:
    """Tell whether *line* ends with a speech cue that introduces what follows.

    ``Anna Field said:``, and, as a paragraph of its own without a colon,
    ``Acting High Commissioner Javed Patel said``.
    """
    if len(line) > WINDOW:
        return False
    if line.endswith((":", ",")):
        return _spoken_at_end(line[:-1])
    return line[-1:].isalpha() and _spoken_at_end(line)


def _spoken_at_end(line: str) -> bool:
    """Tell whether *line* ends with its speech verb, written as a verb.

    A verb in capitals inside a line in lower case is a name's last word:
    "Port Said" (a city), "Edward Said".
    """
    found = _CUE_AT_END.search(line)
    return found is not None and (found.group()[0].islower() or line.isupper())


# A person's name, or two joined by "and", that opens a line, then a comma or
# a space: "Vicky Brock CEO and co-founder of ...", "Paul Simpson and Teresa
# Quail, co-National Executive Officers from BATOD".
_OPENING_PERSON: Final = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,2}"
    r"(?:\sand\s[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,2})?)(?:,\s|\s)"
)


def _person_before_post(line: str, speaker: str) -> str | None:
    """Return the person whose post a cue line's subject ends with, if its subject is the post.

    "Vicky Brock CEO and co-founder of Vistalworks said:" reads "Vistalworks"
    as the subject of "said"; the line opens with the person, then their post
    (a word of :data:`_DESCRIBES` between them), and the person speaks.
    """
    found = _OPENING_PERSON.match(line)
    if found is None:
        return None
    words = found.group("name").split()
    if words[0].lower().endswith(("ing", "ed")) or words[0].lower() in PREPOSITIONS:
        # "Congratulating Harbourworks, the High Commissioner said:": a phrase
        # that opens the line, not a person.
        return None
    while len(words) > 2 and words[-1].lower() in _DESCRIBES | TITLES:
        # "Vicky Brock CEO and co-founder": the post starts inside the capitals.
        words.pop()
    name = " ".join(words)
    at = line.find(speaker, len(name))
    if name == speaker or at < 0:
        return None
    if not _words(name.lower().replace(" and ", " ")).isdisjoint(_DESCRIBES | TITLES):
        # "Ofqual Chief Regulator Dr Jo Saxton said:": the office opens the line.
        return None
    post = line[len(name) : at + len(speaker)].lower().replace(",", " ")
    if _words(post).isdisjoint(_DESCRIBES) and not any(w in post for w in ("officer", "founder")):
        return None
    spoken = speaker.lower().split()
    if not (
        # "... co-founder of Vistalworks": the body the post is at, or
        # "... co-National Executive Officers": the post itself. Not
        # "International Trade Secretary Liz Truss", a person after the office.
        line[:at].split()[-1:] in (["of"], ["at"], ["from"], ["for"])
        or any(w in _DESCRIBES or w in TITLES or w.rstrip("s") in TITLES for w in spoken)
    ):
        return None
    return name if all(plausible_speaker(part) for part in name.split(" and ")) else None


# Words of page furniture that a label line may hold, and words that a
# person's description holds ("Chief Officer at X", "Chair of Y").
_FURNITURE: Final = (
    _words(
        "contact details notes editors information further press office media enquiries "
        "location date time address email telephone phone website update updates venue"
    )
    | LABEL_WORDS
)
_DESCRIBES: Final = (
    _words("at of for the and chief officer director chair chairman chairwoman head")
    | _words("minister secretary president executive manager founder lead leader")
    | _words("professor commissioner ceo adviser advisor spokesperson spokesman")
)


def _label_line(line: str) -> tuple[str | None, str] | None:
    """Return (speaker, ":") for a label line such as "Andy Topping, Chief Officer at X:".

    A name of two to five capitalised words, a comma, a description and a
    colon, and nothing else: the press-release way to head a quotation
    without a verb.
    """
    if not line.endswith(":") or len(line) > WINDOW or "," not in line:
        return None
    name, description = line[:-1].split(",", 1)
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    if _words(name.lower()) & _FURNITURE or not _words(description.lower()) & _DESCRIBES:
        # "Contact Details, Press Office:": page furniture, not a person.
        return None
    speaker = clean_speaker(name)
    return (speaker, ":") if plausible_speaker(speaker) and is_named(speaker) else None


# A turn's label: a name in capitals ("LEE:", "SEN. SANDERS:") or "Q:" and "A:".
_TURN: Final = re.compile(
    r"\s{0,3}([A-Z][A-Z.’'-]{1,30}(?:\s[A-Z][A-Z.’'-]{1,30}){0,3}|Q|A|Question|Answer):\s+"
    r"(?=[^\s“”\"'‘’])"
)
# Labels that head a paragraph in a transcript's place but name no turn.
_NOT_TURNS: Final = _words(
    "claim response fact facts verdict rating background context what why how when where who "
    "summary takeaway takeaways faq q&a tl;dr"
) | {"the facts", "bottom line", "key points", "the bottom line"}
# Labels of the questions and answers of an interview, who asks and answers unnamed.
_ASKING_LABELS: Final = frozenset(["Q", "A", "Question", "Answer"])
#: How many paragraphs away another turn must be for a labelled paragraph to be one.
_TURN_REACH: Final = 2


def _turn_label(text: str) -> tuple[str, int] | None:
    """Return the label that opens *text* as a transcript's turn, and where its words start."""
    found = _TURN.match(text)
    if found is None:
        return None
    label = found.group(1)
    if label.lower() in _NOT_SPEAKERS or label.lower() in _NOT_TURNS:
        return None
    return label, found.end()


def _turn_quotes(sentences: Sequence[str], turn: tuple[str, int]) -> list[tuple[Quote, ...]]:
    """Return the quotes of each sentence of a transcript's turn, its label left out."""
    speaker, start = turn
    quotes: list[tuple[Quote, ...]] = []
    for i, sentence in enumerate(sentences):
        text = (sentence[start:] if i == 0 else sentence).strip()
        quotes.append(
            (Quote(text=text, speaker=speaker, cue=":", kind=QuoteKind.DIRECT),)
            if any(c.isalnum() for c in text[:WINDOW])
            else ()
        )
    return quotes


def _goes_on(p: int, following: Sequence[str], blockquotes: frozenset[int]) -> bool:
    """Tell whether the quotation without marks in paragraph *p* goes on in the next one.

    In a ``<blockquote>`` the element says how far it runs: to its last
    paragraph, or to a cue line inside it that hands over to another
    speaker ("Gill Haigh, Cumbria Tourism’s Managing Director said:"). A
    plain paragraph after it is the release's own text, whatever its
    person. Without one, the first person carries it on (:func:`_speaks_on`).
    """
    if p in blockquotes:
        return p + 1 in blockquotes and bool(following) and not _is_cue_line(following[-1].rstrip())
    return _speaks_on(following)


def _speaks_on(sentences: Sequence[str]) -> bool:
    """Tell whether an unmarked paragraph goes on with the quotation before it.

    In plain text a quotation without marks goes on only while the speaker
    speaks in the first person: every sentence of the next paragraph says
    ``I``, ``we``, ``our`` ..., which narration does not, and the paragraph
    is no cue line of its own.
    """
    if not sentences or _is_cue_line(sentences[-1].rstrip()):
        return False
    return all(_FIRST_PERSON.search(sentence[:WINDOW]) for sentence in sentences)


# The first person: "I", "we", "our", "us", "my", "me", "I'm", "we're".
_FIRST_PERSON: Final = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b(?!\.)")


def _unmarked(sentences: Sequence[str], block: tuple[str | None, str]) -> list[tuple[Quote, ...]]:
    """Return the quotes of each sentence of a paragraph of quotation without marks."""
    speaker, cue = block
    return [
        (Quote(text=text, speaker=speaker, cue=cue, kind=QuoteKind.DIRECT),)
        if (text := sentence.strip()) and any(c.isalnum() for c in text[:WINDOW])
        else ()
        for sentence in sentences
    ]


def find_quotes(
    paragraphs: Sequence[Sequence[str]], *, blockquotes: Collection[int] = ()
) -> list[list[tuple[Quote, ...]]]:
    """Return the quotes of each sentence of each paragraph, in article order.

    A paragraph that ends in a speech cue and a colon (``Anna Field, Minister
    for Schools, said:``) introduces a quotation: the paragraph after it, when
    it has no quotation marks, is a ``DIRECT`` quote of that speaker, every
    sentence of it (the press-release form). The cue line itself is no
    quote. In plain text the quotation is that one paragraph (what follows
    may be narration again); *blockquotes*, the indices of paragraphs that
    came from one ``<blockquote>`` element, lets it go on over every
    following paragraph of the same block.

    >>> found = find_quotes(
    ...     [
    ...         ["Brian Carter told Newsweek: “Russia can offer little.”"],
    ...         ["He added: “Iran is the best bet.”"],
    ...     ]
    ... )
    >>> [(q.text, q.speaker, q.cue) for para in found for s in para for q in s]
    [('Russia can offer little.', 'Brian Carter', 'told Newsweek'), ('Iran is the best bet.', 'Brian Carter', 'added')]
    """  # noqa: E501
    return _Reader(paragraphs, blockquotes).read()


def group_quotations(sentences: Sequence[Sentence]) -> list[list[tuple[int, int]]]:
    """Group the quotes of one paragraph's sentences into quotations.

    *sentences* are the sentences of one paragraph, in order. The result
    partitions all their quotes: every ``(sentence index, quote index)`` pair
    appears in exactly one group, groups are in reading order and so are the
    pairs inside each group. Count quotations with ``len(result)``.

    A quote joins the quotation before it when all of these hold:

    * both are ``DIRECT`` or ``PARTIAL`` (reported speech is never joined);
    * it is in the same sentence or the next one (a sentence without quotes
      ends the quotation);
    * it has the same speaker (``None`` included);
    * it has no cue of its own or the same cue, and, when it is in the next
      sentence, that sentence does not print the cue outside the quoted words
      (``“...” Smith said. “...” Smith said.`` is two quotations).

    So a quotation cut by the sentence splitter (``“It is over. We lost.”``),
    one interrupted by its attribution (``“It is over,” she said. “We
    lost.”``), an unbalanced tail (``officials said Tehran is “increasing
    ...” We are taking measures.”``) and quoted fragments of one clause
    (``called him a “liar,” a “bully”``) each count once, while ``“...,”
    Smith said. “...,” Smith added.`` counts twice.

    >>> from newsdiff import Quote, QuoteKind, Sentence
    >>> said = Quote(text="It is over.", speaker="Ann Lee", cue="said")
    >>> tail = Quote(text="We lost.", speaker="Ann Lee", balanced=False)
    >>> added = Quote(text="We will be back.", speaker="Ann Lee", cue="added")
    >>> group_quotations(
    ...     [
    ...         Sentence(text="“It is over,” Ann Lee said.", quotes=[said]),
    ...         Sentence(text="We lost.”", quotes=[tail]),
    ...         Sentence(text="She added: “We will be back.”", quotes=[added]),
    ...     ]
    ... )
    [[(0, 0), (1, 0)], [(2, 0)]]
    """
    groups: list[list[tuple[int, int]]] = []
    last: tuple[int, Quote] | None = None
    for i, sentence in enumerate(sentences):
        for j, quote in enumerate(sentence.quotes):
            joins = last is not None and _continues(last[1], quote)
            if joins and last is not None and i != last[0]:
                # A part in the next sentence carries the cue it inherited from
                # the quotation's head; a sentence that prints its own
                # attribution ("..." Smith said.) opens a new quotation.
                joins = i - last[0] == 1 and not _attributed_outside(sentence.text, quote)
            if joins:
                groups[-1].append((i, j))
            else:
                groups.append([(i, j)])
            last = (i, quote)
    return groups


def _attributed_outside(text: str, quote: Quote) -> bool:
    """Tell whether *text* prints *quote*'s cue outside the quoted words."""
    if not quote.cue:
        return False
    start = text.find(quote.text)
    outside = text if start < 0 else text[:start] + " " + text[start + len(quote.text) :]
    return quote.cue.split()[0].lower() in _WORD.findall(outside.lower())


def _continues(before: Quote, quote: Quote) -> bool:
    """Tell whether *quote* goes on with the quotation of *before*."""
    return (
        QuoteKind.INDIRECT not in {before.kind, quote.kind}
        and quote.speaker == before.speaker
        and quote.cue in {None, before.cue}
    )
