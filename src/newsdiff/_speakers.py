"""Attribution words and speakers: find a speech cue and the source it names.

Everything here works on a bounded window of text next to a quotation (at most
:data:`WINDOW` characters), so the cost per quote is constant and an article's
analysis stays linear however hostile its text.

A *speaker* is returned exactly as written, cut down to the name:

* a proper name keeps its capitalised words and drops titles and descriptions
  before it (``Iranian analyst Mehdi Rahmati`` -> ``Mehdi Rahmati``,
  ``President Joe Biden`` -> ``Joe Biden``) and appositions after it
  (``Brian Carter, Middle East portfolio manager for ...,`` -> ``Brian Carter``);
* an anonymous or collective source whose head word is lower case is kept as
  written (``unnamed Iranian officials``, ``a senior U.S. official``,
  ``sources familiar with the matter``, ``the ministry``);
* a pronoun (``he``, ``she``, ``they``) is reported as such and resolved by the
  caller to the most recent named speaker.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from newsdiff._speechwords import (
    APPOSITION_OPENERS,
    BE_FORMS,
    BETWEEN,
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
    POSTMODIFIERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_OPENERS,
    RELATIVES,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLES,
    WH_WORDS,
)

__all__ = [
    "EVALUATIVE_VERBS",
    "PARTICIPLES",
    "PRONOUNS",
    "SPEECH_VERBS",
    "WINDOW",
    "Attribution",
    "attribution_after",
    "attribution_before",
    "cue_from",
    "is_named",
]

#: How far (in characters) attribution is looked for on either side of a quote.
WINDOW: Final = 200
#: How many words after a quote may hold its attribution.
_AFTER_TOKENS: Final = 40


# Things that follow a speech verb and belong to the cue.
_CUE_TAIL: Final = re.compile(
    r"\s{1,3}(?:in|on|during|via)\s(?:an?|the|his|her|their|its)?\s?"
    r"(?:written\s|joint\s|televised\s|brief\s)?"
    r"(?:statement|interview|tweet|post|email|e-mail|letter|speech|press\sconference|"
    r"news\sconference|briefing|video|message|op-ed|memo|report)\b"
    # "in an interview with CNN", "in a letter to the Senate".
    r"(?:\s(?:with|to)\s(?:the\s)?[A-Z][\w.’'&-]{0,30}(?:\s[A-Z][\w.’'&-]{0,30}){0,3})?"
    r"|\s{1,3}(?:on|in)\s(?:Twitter|X|Facebook|Instagram|Truth\sSocial|CNN|Fox\sNews|"
    r"television|TV|radio)\b"
)
# "was quoted as saying": one cue.
_QUOTED_AS: Final = re.compile(r"\s{1,3}as\s{1,3}saying\b")
_DASH_NAME: Final = re.compile(
    r"\s{0,3}[—―–]\s{0,3}([A-Z][^\s,.;:—―–“”\"]{0,30}(?:\s[A-Z][^\s,.;:—―–“”\"]{0,30}){0,3})"
)
# The end of a noun phrase after an inverted verb; "Mr. Burman" is not cut.
_CLAUSE_END: Final = re.compile(
    r"[,;(]\s|(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Dr)(?<!Sen)(?<!Rep)(?<!Gov)(?<!Gen)(?<!St)"
    r"(?<!\b[A-Z])\.\s"
)
_SENTENCE_END: Final = re.compile(r"(?<=[a-z0-9][.!?])\s(?=[A-Z])")
_PARTY: Final = re.compile(r"[RDI]-[A-Z][\w. ]{0,20}")
_PAREN: Final = re.compile(r"\([^()]{0,40}\)")
_TOKEN: Final = re.compile(r"[^\s,;:()\[\]“”\"‘«»]{1,60}")
_EDGE_PUNCT: Final = ".,;:!?…'’\"“”‘)("
_POSSESSIVE: Final = re.compile(r"[’']s?$")
_CONTRACTION: Final = re.compile(r"(?<=^he|^it)[’']s$|(?<=^she)[’']s$|(?<=^they)[’']re$")
_INITIAL: Final = re.compile(r"(?:[A-Z]\.){1,3}")


@attrs.frozen(kw_only=True)
class Attribution:
    """A speech cue and the speaker it names, as found next to a quote."""

    speaker: str | None
    cue: str
    pronoun: bool = False


def _tokens(text: str) -> list[tuple[int, int, str]]:
    # A bracketed aside ("(D-Wis.)", "(R)") is no part of a name.
    masked = _PAREN.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(masked)]


def _bare(token: str) -> str:
    word = token.strip(_EDGE_PUNCT).lower()
    # "He’s claiming": the pronoun of a contraction.
    return _CONTRACTION.sub("", word) if "’" in word or "'" in word else word


def _is_cap(token: str) -> bool:
    word = token.lstrip(_EDGE_PUNCT)
    return bool(word) and word[0].isupper()


def is_named(speaker: str | None) -> bool:
    """Tell whether *speaker* is a proper name (its last word is capitalised).

    >>> is_named("Brian Carter"), is_named("unnamed Iranian officials"), is_named("he")
    (True, False, False)
    """
    if not speaker:
        return False
    words = speaker.split()
    return bool(words) and _is_cap(words[-1]) and _bare(words[-1]) not in PRONOUNS


def _name_run(text: str, tokens: list[tuple[int, int, str]], end: int) -> str | None:
    """Return the capitalised name ending at token *end*, titles stripped."""
    start = end
    while start > 0:
        prev = tokens[start - 1][2]
        if (
            _is_cap(prev)
            or _INITIAL.fullmatch(prev)
            or (prev in CONNECTORS and start - 2 >= 0 and _is_cap(tokens[start - 2][2]))
        ):
            start -= 1
        else:
            break
    while start < end and (
        _bare(tokens[start][2]) in TITLES or _bare(tokens[start][2]) in LEADING_NOISE
    ):
        start += 1
    if start > end:
        return None
    return _trim_name(text[tokens[start][0] : tokens[end][1]]) or None


def _trim_name(name: str) -> str:
    """Drop sentence punctuation and a possessive from the end of a name."""
    name = name.rstrip(",;:!?)”’\"'")
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and len(last) > 3 and last.count(".") == 1:
        name = name[:-1]
    return _POSSESSIVE.sub("", name) if name.endswith(("’s", "'s")) else name


def speaker_of(text: str) -> tuple[str | None, bool]:
    """Return the speaker named by the noun phrase *text* and whether it is a pronoun.

    *text* is the subject of a speech verb (or what follows ``according to``).

    >>> speaker_of("Iranian analyst Mehdi Rahmati")
    ('Mehdi Rahmati', False)
    >>> speaker_of("In a report on Friday, unnamed Iranian officials")
    ('unnamed Iranian officials', False)
    >>> speaker_of("he")
    ('he', True)
    """
    chunks = text.rstrip(" ,").split(",")
    while len(chunks) > 1 and _is_adverbial(chunks[-1]):
        # "Hillary Clinton, at a later press gaggle, said": skip the aside.
        chunks.pop()
    subject = chunks[-1]
    named = _name_before_appositions(chunks)
    if named is not None:
        # "Brian Carter, a fund manager, said", "Scott Pruitt, the attorney
        # general, one of the plaintiffs, said": the name, not its descriptions.
        subject = named
    tokens = _subject_tokens(subject)
    if not tokens and len(chunks) >= 3:
        # "Brian Carter, portfolio manager for ..., said": the name comes before
        # the apposition.
        subject = chunks[-3]
        tokens = _subject_tokens(subject)
    if not tokens:
        return None, False
    # Cut at the last clause joiner before a new subject: "and the ministry".
    for i in range(len(tokens) - 1, 0, -1):
        if _bare(tokens[i - 1][2]) in JOINERS and (_bare(tokens[i][2]) in DETERMINERS | PRONOUNS):
            tokens = tokens[i:]
            break
    for i in range(len(tokens) - 1, -1, -1):
        if _bare(tokens[i][2]) in SPEECH_VERBS:
            tokens = tokens[i + 1 :]
            break
    if not tokens:
        return None, False
    # "officials cited in the report", "a man who asked", "protesters marching
    # through the streets": the head comes first.
    for i, token in enumerate(tokens):
        word = _bare(token[2])
        if i and (
            word in POSTMODIFIERS
            or (
                word.endswith("ing")
                and token[2].islower()
                and i + 1 < len(tokens)
                and _bare(tokens[i + 1][2]) in PREPOSITIONS
            )
        ):
            tokens = tokens[:i]
            break
    head = tokens[-1][2]
    if _bare(head) in PRONOUNS:
        return subject[tokens[-1][0] : tokens[-1][1]], True
    if _is_cap(head) or _INITIAL.fullmatch(head):
        # A name after a preposition ("of Tehran University") describes, unless
        # nothing else is named.
        end = len(tokens) - 1
        j = len(tokens) - 1
        while j >= 0:
            if not (_is_cap(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2])):
                j -= 1
                continue
            i = j
            while i > 0 and (
                _is_cap(tokens[i - 1][2])
                or _INITIAL.fullmatch(tokens[i - 1][2])
                or tokens[i - 1][2] in CONNECTORS
            ):
                i -= 1
            if (
                i == 0
                or _bare(tokens[i - 1][2]) not in PREPOSITIONS
                or (i >= 2 and _bare(tokens[i - 2][2]) in TITLES)
            ):
                end = j
                break
            j = i - 1
        return _name_run(subject, tokens, end), False
    tokens = tokens[-7:]
    for i in range(len(tokens) - 2, 0, -1):
        if _bare(tokens[i][2]) in DETERMINERS and _bare(tokens[i - 1][2]) not in PREPOSITIONS:
            tokens = tokens[i:]
            break
    while tokens and _bare(tokens[0][2]) in LEADING_NOISE | PREPOSITIONS:
        tokens = tokens[1:]
    if not tokens:
        return None, False
    return subject[tokens[0][0] : tokens[-1][1]].strip(_EDGE_PUNCT), False


def _is_verb(tokens: list[tuple[int, int, str]], i: int, *, evaluative: bool = False) -> bool:
    """Tell whether token *i* is a speech verb ("put" only in "put it", "quoted" in "quoted as").

    With *evaluative*, verbs of judging ("described ... as") count too.
    """
    word = _bare(tokens[i][2])
    following = _bare(tokens[i + 1][2]) if i + 1 < len(tokens) else ""
    if word == "put":
        return following == "it"
    if word == "quoted":
        return i + 1 == len(tokens) or following == "as"
    return word in SPEECH_VERBS or (evaluative and word in EVALUATIVE_VERBS)


def _is_adverbial(chunk: str) -> bool:
    """Tell whether *chunk* is an aside between a subject and its verb."""
    words = chunk.split()
    return (
        not words
        or (words[0] in PREPOSITIONS and len(words) <= 8)
        or all(_bare(w) in BETWEEN or _bare(w) in TIME_WORDS for w in words)
    )


def _is_apposition(chunk: str) -> bool:
    """Tell whether *chunk* describes a person named before it.

    ``a fund manager``, ``the director of ...``, ``one of the plaintiffs``,
    ``who lost the primary``, ``R-Wis.``, ``45``, ``director at the centre``.
    """
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    if _PARTY.fullmatch(chunk.strip()) or first.isdigit() or first in APPOSITION_OPENERS:
        return True
    lowered = [w for w in words if w[:1].islower() and w not in CONNECTORS]
    # "director of the centrist Tax Policy Center", "Middle East portfolio
    # manager for ...": a role with its organisation.
    return bool(lowered) and any(w in PREPOSITIONS for w in lowered)


def _name_before_appositions(chunks: list[str]) -> str | None:
    """Return the name chunk that the last chunks of *chunks* describe, if any."""
    j = len(chunks) - 1
    while j > 0 and (_is_apposition(chunks[j]) or not _subject_tokens(chunks[j])):
        j -= 1
    if j == len(chunks) - 1:
        return None
    relative = all(
        (chunk.split() or [""])[0].lower() in RELATIVE_OPENERS for chunk in chunks[j + 1 :]
    )
    if not (_is_name_chunk(chunks[j]) or (relative and _subject_tokens(chunks[j]))):
        # "The ministry, which runs the border, said": a relative clause
        # describes whatever comes before it.
        return None
    if _bare(chunks[j].split()[-1]) in TIME_WORDS:
        return None
    return chunks[j]


def _is_name_chunk(chunk: str) -> bool:
    words = chunk.split()
    return (
        1 <= len(words) <= 5
        and all(_is_cap(w) or w in CONNECTORS for w in words)
        and (_bare(words[0]) not in PREPOSITIONS | LEADING_NOISE | DETERMINERS)
    )


def _subject_tokens(subject: str) -> list[tuple[int, int, str]]:
    tokens = _tokens(subject)
    while tokens and (
        _bare(tokens[-1][2]) in BETWEEN
        or (tokens[-1][2].endswith("ly") and tokens[-1][2].islower())
    ):
        tokens.pop()
    return tokens


def _main_subject(text: str, *, strict: bool = False) -> tuple[str | None, bool]:
    """Return the subject of the clause in *text* (for "..., saying").

    With *strict*, only a name or pronoun directly followed by its verb counts.
    """
    tokens = _tokens(text)
    if tokens and _bare(tokens[0][2]) in PRONOUNS:
        return text[tokens[0][0] : tokens[0][1]], True
    chunks = text.split(",")
    if len(chunks) >= 3 and _is_name_chunk(chunks[0]) and _is_apposition(chunks[1]):
        # "Dean, a former party chairman, poked at Trump, tweeting": the
        # described name opens the clause.
        named = _name_run(chunks[0], _tokens(chunks[0]), len(_tokens(chunks[0])) - 1)
        if named and _bare(named) not in TIME_WORDS:
            return named, False
    # First choice: a name or pronoun directly followed by its verb ("Trump
    # attacked", "where he appeared").
    for i in range(len(tokens) - 1):
        nxt = tokens[i + 1][2]
        verb = nxt.islower() and (
            nxt.endswith(("ed", "s")) or nxt in SPEECH_VERBS or nxt in PAST_FORMS
        )
        if tokens[i][2] in SUBJECT_PRONOUNS and verb:
            return tokens[i][2], True
        if (
            _is_cap(tokens[i][2])
            and verb
            and _bare(tokens[i][2]) not in PREPOSITIONS | LEADING_NOISE | PRONOUNS | TIME_WORDS
        ):
            name = _name_run(text, tokens, i)
            if name:
                return name, False
    if strict:
        return None, False
    best: str | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i][2]
        if (
            _is_cap(tok)
            and (i == 0 or _bare(tokens[i - 1][2]) not in PREPOSITIONS)
            and _bare(tok) not in PREPOSITIONS | TIME_WORDS
        ):
            j = i
            while j + 1 < len(tokens) and (
                _is_cap(tokens[j + 1][2]) or _INITIAL.fullmatch(tokens[j + 1][2])
            ):
                j += 1
            name = _name_run(text, tokens, j)
            if name and len(name.split()) >= 2:
                return name, False
            if name and best is None and _bare(name) not in PRONOUNS:
                best = name
            i = j + 1
        else:
            i += 1
    if best is not None:
        return best, False
    return speaker_of(text.split(",", maxsplit=1)[0])


def _spaced(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether only white space separates token *i* from the next one."""
    return not text[tokens[i][1] : tokens[i + 1][0]].strip()


def _cue_at(text: str, tokens: list[tuple[int, int, str]], i: int) -> tuple[str, int]:
    """Return the cue starting at token *i* and the offset where it ends."""
    start, end = tokens[i][0], tokens[i][1]
    word = _bare(tokens[i][2])
    if word == "put" and i + 1 < len(tokens):
        end = tokens[i + 1][1]
    if word == "quoted" and (quoted := _QUOTED_AS.match(text, end)) is not None:
        end = quoted.end()
    if word in OBJECT_VERBS and i + 1 < len(tokens) and _spaced(text, tokens, i):
        obj = tokens[i + 1][2]
        if _is_cap(obj) or _bare(obj) in {"reporters", "journalists", "me", "us", "them"}:
            j = i + 1
            while j + 1 < len(tokens) and _is_cap(tokens[j + 1][2]) and _spaced(text, tokens, j):
                j += 1
            end = tokens[j][1]
    tail = _CUE_TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    return text[start:end].rstrip(_EDGE_PUNCT), end


def cue_from(text: str, start: int) -> tuple[str, int]:
    """Return the cue whose verb starts at offset *start* of *text*, and where it ends.

    >>> cue_from("The ministry said in a statement that it wept.", 13)
    ('said in a statement', 32)
    """
    tokens = _tokens(text[start : start + WINDOW])
    if not tokens:
        return "", start
    cue, end = _cue_at(text[start : start + WINDOW], tokens, 0)
    return cue, start + end


def _find_according(text: str) -> int:
    return text.lower().rfind("according to")


def attribution_before(text: str, *, evaluative: bool = False) -> Attribution | None:
    """Find the attribution in *text*, the words just before a quote.

    The cue nearest the quote wins; its subject is the speaker. With
    *evaluative* (for a quote after "as"), verbs of judging are cues too.

    >>> attribution_before("Brian Carter, portfolio manager for AEI, recently told Newsweek: ")
    Attribution(speaker='Brian Carter', cue='told Newsweek', pronoun=False)
    >>> attribution_before("He added: ")
    Attribution(speaker='He', cue='added', pronoun=True)
    """
    return _attribution_before(text, evaluative)


# Both sides of a pair share most sentences; the answer depends on the
# arguments alone and is immutable, so it is kept (bounded).
@functools.lru_cache(maxsize=1024)
def _attribution_before(text: str, evaluative: bool) -> Attribution | None:
    text = text[-WINDOW:]
    lowered = text.lower()
    according = _find_according(text)
    tokens = _tokens(text)
    for i in range(len(tokens) - 1, -1, -1):
        word = _bare(tokens[i][2])
        if not _is_verb(tokens, i, evaluative=evaluative) or (
            according >= 0 and tokens[i][0] < according
        ):
            continue
        previous = _bare(tokens[i - 1][2]) if i else ""
        if previous in RELATIVES or previous in NOUN_MARKERS:
            # "a man who said", "a call for", "his reply": no speech act here.
            continue
        if previous in BE_FORMS and word != "quoted" and not word.endswith("ing"):
            # Passive: "has been called a charlatan", "was told" (not "is
            # telling"): the subject is spoken to or about, not speaking.
            continue
        cue, _ = _cue_at(text, tokens, i)
        if (
            word in PARTICIPLES
            and i
            and _is_cap(tokens[i - 1][2])
            and not text[tokens[i - 1][1] : tokens[i][0]].strip()
            and previous not in PRONOUNS | TIME_WORDS
        ):
            # "footage of Trump saying": the name right before the participle.
            speaker, pronoun = _name_run(text, tokens, i - 1), False
        elif word in PARTICIPLES or previous in {"and", "then", "but"}:
            speaker, pronoun = _main_subject(text[: tokens[i][0]])
            if speaker is None:
                # "..., the mayor said, adding ...": the subject went before;
                # let the caller resolve it like a pronoun.
                return Attribution(speaker=None, cue=cue, pronoun=True)
        else:
            speaker, pronoun = speaker_of(text[: tokens[i][0]])
            if pronoun and i >= 3 and _bare(tokens[i - 2][2]) in WH_WORDS:
                # "Ban Ki-moon condemned what he called ...": the pronoun's
                # antecedent is the clause's named subject.
                named, _ = _main_subject(text[: tokens[i - 2][0]], strict=True)
                if named is not None and is_named(named):
                    speaker, pronoun = named, False
            if speaker is None:
                # Inverted order: "said Smith: ...".
                after = text[_cue_at(text, tokens, i)[1] :].split(",")[0]
                speaker, pronoun = speaker_of(after)
        return Attribution(speaker=speaker, cue=cue, pronoun=pronoun)
    if according >= 0:
        source = text[according + len("according to") :].split(",")[0]
        speaker, pronoun = speaker_of(source)
        if speaker is not None:
            return Attribution(speaker=speaker, cue="according to", pronoun=pronoun)
    stripped = text.rstrip()
    if stripped.endswith(":"):
        # A colon introduction: "Trump:", "Caddell continued:", "Sen. Claire
        # McCaskill scolded him:". The clause's subject is the speaker.
        head = _SENTENCE_END.split(stripped[:-1])[-1]
        if len(head.split()) <= 12:
            speaker, pronoun = _main_subject(head)
            if speaker is not None and (pronoun or is_named(speaker)):
                return Attribution(speaker=speaker, cue=":", pronoun=pronoun)
    del lowered
    return None


def attribution_after(text: str, *, inverted: bool = True) -> Attribution | None:
    """Find the attribution in *text*, the words just after a quote.

    Both orders are read: ``he said``, ``Smith told reporters``, ``said Smith,
    a spokesman`` (unless *inverted* is false), ``according to the ministry``,
    and a dash before a name (``― Jane Doe``).

    >>> attribution_after(", said Ali Vaez, the Iran director.")
    Attribution(speaker='Ali Vaez', cue='said', pronoun=False)
    >>> attribution_after(" he said on Friday.")
    Attribution(speaker='he', cue='said', pronoun=True)
    """
    return _attribution_after(text, inverted)


# Both sides of a pair share most sentences; the answer depends on the
# arguments alone and is immutable, so it is kept (bounded).
@functools.lru_cache(maxsize=1024)
def _attribution_after(text: str, inverted: bool) -> Attribution | None:
    text = text[:WINDOW]
    dash = _DASH_NAME.match(text)
    if dash is not None:
        speaker, pronoun = speaker_of(dash.group(1))
        if speaker is not None and is_named(speaker):
            return Attribution(speaker=speaker, cue=dash.group(0).strip()[0], pronoun=pronoun)
    tokens = _tokens(text)[:_AFTER_TOKENS]
    for i, (start, _end, tok) in enumerate(tokens):
        word = _bare(tok)
        if word == "according" and i + 1 < len(tokens) and _bare(tokens[i + 1][2]) == "to":
            source = text[tokens[i + 1][1] :]
            speaker, pronoun = speaker_of(re.split(r"[,.;]", source, maxsplit=1)[0])
            if speaker is None:
                return None
            return Attribution(speaker=speaker, cue="according to", pronoun=pronoun)
        if not _is_verb(tokens, i) or word in PARTICIPLES:
            if i >= 4 and (tok.endswith(("?", "!")) or (tok.endswith(".") and tok.islower())):
                return None
            continue
        if i and _bare(tokens[i - 1][2]) in COORDINATORS:
            # "... sponsored by NBC and said": the subject of a coordinated
            # verb is not in the words after the quote.
            return None
        cue, cue_end = _cue_at(text, tokens, i)
        before = text[:start]
        subject = before.strip(" ,—–-")
        # A subject with appositions ("Jane Doe, the director of ..., one of
        # the plaintiffs, said") may be long; a bare one is short.
        longest = _AFTER_TOKENS if _name_before_appositions(subject.split(",")) else 7
        if len(_tokens(before)) > longest:
            return None
        if subject:
            speaker, pronoun = speaker_of(subject)
        elif not inverted:
            return None
        else:
            rest = _CLAUSE_END.split(text[cue_end:] + " ", maxsplit=1)[0]
            speaker, pronoun = speaker_of(rest)
            if pronoun and len(rest.split()) > 1:
                # "said he cannot comment": a new clause, not an inverted subject.
                return None
        if speaker is None:
            return None
        return Attribution(speaker=speaker, cue=cue, pronoun=pronoun)
    return None
