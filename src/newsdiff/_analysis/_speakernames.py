"""Speakers' names: the noun phrase before or after a speech cue, cut down to its name.

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

Used by :mod:`newsdiff._analysis._speakers`, which finds the cue. Every function reads a
bounded window, so its cost is constant per quote.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from newsdiff._analysis._speechwords import (
    APPOSITION_OPENERS,
    BE_FORMS,
    BETWEEN,
    CONNECTORS,
    DETERMINERS,
    JOINERS,
    LABEL_WORDS,
    LEADING_NOISE,
    PAST_FORMS,
    POSTMODIFIERS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_OPENERS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLES,
    WH_WORDS,
)
from newsdiff._base._caches import bounded

__all__ = [
    "EDGE_PUNCT",
    "bare",
    "clean_speaker",
    "is_adverbial",
    "is_apposition",
    "is_cap",
    "is_described",
    "is_label",
    "is_name_chunk",
    "is_named",
    "is_source_noun",
    "main_clause",
    "main_subject",
    "name_before_appositions",
    "name_run",
    "opens_clause",
    "plausible_speaker",
    "region_after_place",
    "speaker_of",
    "subject_tokens",
    "trim_name",
    "word_spans",
]

_PARTY: Final = re.compile(r"[RDI]-[A-Z][\w. ]{0,20}")
_PAREN: Final = re.compile(r"\([^()]{0,40}\)")
_TOKEN: Final = re.compile(r"[^\s,;:()\[\]“”\"‘«»]{1,60}")
EDGE_PUNCT: Final = ".,;:!?…'’\"“”‘)("
_POSSESSIVE: Final = re.compile(r"[’']s?$")
_CONTRACTION: Final = re.compile(r"(?<=^he|^it)[’']s$|(?<=^she)[’']s$|(?<=^they)[’']re$")
_INITIAL: Final = re.compile(r"(?:[A-Z]\.){1,3}")


#: How many subjects' readings are kept. The same subject is asked about
#: again by the readers of one sentence, soon after; the sentence-level caches
#: serve the second side of a pair. 32 keep every repeat in the ~5,000-word
#: article that 256 keep; 256 took the peak on 1 MB of news to 6.03 bytes per
#: byte, past the memory target of 6.
_SUBJECT_CACHE: Final = 32


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def word_spans(text: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """Return the words of *text* as ``(start, end, word)``, at most *limit* of them.

    Punctuation that ends a phrase (commas, brackets, quotation marks) is no
    part of a word; a bracketed aside (``(D-Wis.)``, ``(R)``) is skipped. The
    first *limit* words are the same as the first *limit* of all of them.

    >>> [word for _, _, word in word_spans("Jane Doe (D-Wis.), a senator, said")]
    ['Jane', 'Doe', 'a', 'senator', 'said']
    """
    masked = _PAREN.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    # Where each word starts is found by looking for it from the end of the
    # one before: what lies between two words holds no character a word may
    # hold, so the word cannot be found any earlier. Cheaper than a match
    # object per word.
    spans = []
    at = 0
    find = masked.find
    for word in itertools.islice(_TOKEN.findall(masked), limit):
        at = find(word, at)
        end = at + len(word)
        spans.append((at, end, word))
        at = end
    return spans


def bare(token: str) -> str:
    """Return *token* lower-cased without edge punctuation, a contraction cut to its pronoun.

    >>> bare("“Said,"), bare("He’s")
    ('said', 'he')
    """
    word = token.strip(EDGE_PUNCT).lower()
    # "He’s claiming": the pronoun of a contraction.
    return _CONTRACTION.sub("", word) if "’" in word or "'" in word else word


def is_cap(token: str) -> bool:
    word = token.lstrip(EDGE_PUNCT)
    # (The particle's hyphen is looked for first: most words have none, and
    # this runs on every word of every subject read.)
    return bool(word) and (
        word[0].isupper() or ("-" in word[:5] and _PARTICLE_NAME.match(word) is not None)
    )


# A name that opens with a particle written in lower case and a hyphen: "Ashraf
# al-Qedra", "Farid el-Deeb" (not "anti-Trump", "mid-March": no particle).
_PARTICLE_NAME: Final = re.compile(r"(?:al|el|ad|ash|bin|ibn|abu|bint)-[A-Z]")


#: The most words a label before a colon has ("Photo credit", "Date and time").
_LABEL_MAX: Final = 3
# Endings of abstract nouns: "Registration:", "Accessibility:", "Requirements:".
_NOUN_ENDING: Final = re.compile(r"[a-z]{4,}(?:tion|sion|ness|ity|ments?|ships?)$")


def is_label(head: str) -> bool:
    """Tell whether *head*, the words before a colon, is a label of page furniture.

    A label names a field, not a speaker: one to three words of a list of
    field names (``Location``, ``Venue``, ``Date and time``, ``Photo
    credit``), or one capitalised abstract noun (``Registration``,
    ``Accessibility``). What follows it is the field's value, not speech.

    >>> is_label("Location"), is_label("Date and time"), is_label("Registration")
    (True, True, True)
    >>> is_label("Trump"), is_label("Sen. Claire McCaskill")
    (False, False)
    """
    words = head.split()
    if not words or len(words) > _LABEL_MAX:
        return False
    bares = [bare(w) for w in words]
    if all(b in LABEL_WORDS or b in {"and", "&", "of"} for b in bares) and bares[0] in LABEL_WORDS:
        return True
    return len(words) == 1 and _NOUN_ENDING.fullmatch(words[0].lower()) is not None


def is_named(speaker: str | None) -> bool:
    """Tell whether *speaker* is a proper name (its last word is capitalised).

    >>> is_named("Brian Carter"), is_named("unnamed Iranian officials"), is_named("he")
    (True, False, False)
    """
    if not speaker:
        return False
    words = speaker.split()
    return bool(words) and is_cap(words[-1]) and bare(words[-1]) not in PRONOUNS


def is_described(speaker: str | None) -> bool:
    """Tell whether *speaker* is a source described by a noun ("Another respondent").

    Its first word is a determiner and its last a noun for a person, group
    or source.

    >>> is_described("Another respondent"), is_described("the plan")
    (True, False)
    """
    words = (speaker or "").split()
    return (
        len(words) >= 2
        and bare(words[0]) in _DESCRIBING
        and words[-1].islower()
        and _source_noun(bare(words[-1]))
    )


# An ordinal that may open a body's name: "The 7th Circuit".
_ORDINAL: Final = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# The heads of bodies, not of posts ("Office", "Court", not "Minister").
_BODY_NOUNS: Final = _words(
    "bank ministry department university institute office agency council committee "
    "commission board court chamber museum college school society federation academy "
    "bureau authority league association union fund centre center foundation tribunal "
    "corps service services government administration assembly directorate secretariat "
    "party alliance coalition trust network partnership organization organisation "
    "observatory"
)
# Heads of names that go on with "of" or "for": "Bank of England", "Ministry of
# Defence", "Department for Education", "University of Oxford", "Duke of York".
_OF_HEADS: Final = _words(
    "bank ministry department university institute office agency council committee "
    "commission board court chamber church museum college school society federation "
    "academy bureau authority league association union house secretary duke duchess "
    "prince princess earl bishop archbishop mayor governor minister friends fund centre duchy "
    "chancellor commissioner director president chair chairman chairwoman head executive officer "
    "director-general secretary-general "
    "center foundation tribunal corps service services state government voice "
    "diocese archdiocese observatory laboratory organization organisation institution "
    "alliance coalition forum conference network"
)


def _of_link(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether token *at* is an "of"/"for" (or the "the" after it) inside a name.

    "Bank of England", "Government of the Netherlands".
    """
    if 2 <= at < len(tokens) - 1 and tokens[at][2] == "the":
        at -= 1
        if not is_cap(tokens[at + 2][2]):
            return False
    elif not (
        1 <= at < len(tokens) - 1
        and (
            is_cap(tokens[at + 1][2])
            or (tokens[at + 1][2] == "the" and at + 2 < len(tokens) and is_cap(tokens[at + 2][2]))
        )
    ):
        return False
    head = bare(tokens[at - 1][2]).lower() if at >= 1 else ""
    return (
        at >= 1
        and (
            (tokens[at][2] in {"of", "for"} and head in _OF_HEADS)
            # "Office for (the) Coordination of Humanitarian Affairs": a second
            # "of" inside a body's name that a first link opened.
            or (tokens[at][2] == "of" and _second_of(tokens, at))
            # "High Commissioner to Bangladesh", "Chief Secretary to the Treasury".
            or (tokens[at][2] == "to" and head in _TO_HEADS)
            # "Council on Foreign Relations", "Convention on International
            # Trade": a body named for what it is on.
            or (tokens[at][2] == "on" and head in _ON_HEADS)
        )
        and is_cap(tokens[at - 1][2])
    )


def _second_of(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the "of" at token *at* follows a body's name opened by a first "of" or "for"."""
    link = at - 3 if at >= 4 and tokens[at - 2][2] == "the" else at - 2
    return (
        link >= 1
        and tokens[link][2] in {"of", "for"}
        and bare(tokens[link - 1][2]).lower() in _OF_HEADS
        and is_cap(tokens[link - 1][2])
    )


# Bodies whose name goes on with "on" and their subject.
_ON_HEADS: Final = _words("council committee convention commission panel conference subcommittee")
# Offices whose "to" phrase names where they serve; bodies whose name goes
# on with "to" and what they are for ("Committee to Protect Journalists",
# "Campaign to Stop Killer Robots").
_TO_HEADS: Final = _words(
    "ambassador commissioner envoy secretary "
    "committee campaign coalition alliance project movement initiative fund foundation "
    "council society"
)


# Offices that end a title run ("Chief Executive") without being titles themselves.
_OFFICES: Final = _words(
    "executive officer director chancellor commissioner spokesman spokeswoman spokesperson "
    "chair chairman chairwoman president minister secretary "
    # Posts of press-release officials: "Mark Chapman, SIA Criminal Investigations
    # Manager, said:", "Dr Phil Bryan, MHRA Vaccines Safety Lead said:".
    "manager lead adviser advisor coordinator"
)


# "Secretary of State for Health": offices run to two phrases; three is ample.
_OFFICE_LINKS: Final = 3


def _office_end(tokens: list[tuple[int, int, str]], start: int, last: int | None = None) -> int:
    """Where an office that opens at *start* ends: "Secretary of State (for Health)".

    Returns *start* when the title has no "of"/"for" phrase. At most
    :data:`_OFFICE_LINKS` phrases are followed, which keeps a run of names
    read in linear time whatever its length. With *last*, the department a
    phrase names may run on to token *last* at the most ("for Women and
    Equalities", "of Oil & Gas UK", "for Trade Policy"; see
    :func:`_department_end`).
    """
    k = start
    for _ in range(_OFFICE_LINKS):
        if not _of_link(tokens, k + 1):
            break
        k += 2
        if tokens[k][2] == "the":
            # "Chancellor of the Duchy of Lancaster".
            k += 1
        if last is not None:
            k = _department_end(tokens, k, last)
    return k


# Words that end a department's or a country's name rather than open a
# person's: "Trade Policy", "Health and Social Care", "the United States".
_DEPARTMENT_TAILS: Final = _words(
    "policy affairs states kingdom nations care sport strategy development security services "
    "relations industry trade health england scotland wales ireland "
    # "Director of National Intelligence Dan Coats", "Director of Public
    # Prosecutions Max Hill".
    "intelligence prosecutions justice defence defense education transport energy finance "
    "commerce labor labour agriculture interior environment housing communities culture"
)
_JOINING: Final = frozenset(["and", "&"])
_ACRONYM: Final = re.compile(r"[A-Z]{2,5}")


def _department_end(tokens: list[tuple[int, int, str]], k: int, last: int) -> int:
    """Where the department whose first word is token *k* ends, at token *last* at the most.

    After its first word a department runs on over "and" or "&" and the
    capitalised word after it, a capitalised word followed by one ("Defence
    People and Veterans"), an acronym ("Oil & Gas UK") and the words that end
    such names (:data:`_DEPARTMENT_TAILS`). What is left after *last* is the
    name of the one who holds the office, so the caller keeps two words for it.
    """
    k = _body_end(tokens, k, last)
    while k < last:
        following = tokens[k + 1][2]
        if following in _JOINING and k + 2 <= last and is_cap(tokens[k + 2][2]):
            k += 2
        elif (
            (
                is_cap(following)
                and k + 3 <= last
                and tokens[k + 2][2] in _JOINING
                and is_cap(tokens[k + 3][2])
            )
            or _ACRONYM.fullmatch(following)
            or bare(following) in _DEPARTMENT_TAILS
        ):
            k += 1
        else:
            break
    return k


# The head words of a body's name: "Florida Association of Community Health
# Centers", "Trust", "Alliance".
_BODY_HEADS: Final = _words(
    "association associations center centers centre centres council councils institute "
    "institutes foundation society federation alliance coalition trust network partnership "
    "organization organisation union league board commission committee agency bank group "
    "company corporation party services"
)
_BODY_NAME_LINKS: Final = _words("of for and & the")


def _body_end(tokens: list[tuple[int, int, str]], k: int, last: int) -> int:
    """Where the body named from token *k* ends, when it runs on up to token *last* at most.

    "President of Florida Association of Community Health Centers Andrew
    Behrman": the body's name runs on over capitalised words and the links
    between them to its last head word ("Centers"), not further; with no
    head word in reach, *k* is returned.
    """
    end = k
    for j in range(k, last + 1):
        word = tokens[j][2]
        if not (is_cap(word) or word in _BODY_NAME_LINKS):
            break
        if is_cap(word) and bare(word).lower() in _BODY_HEADS:
            end = j
    return end


def _region_at(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Tell whether token *at* opens a state or region written after a city ("Calif.")."""
    word = tokens[at][2].rstrip(".")
    pair = f"{word} {tokens[at + 1][2]}" if at + 1 < len(tokens) else ""
    return word in _REGIONS or pair in _REGIONS


# Initials, then what they stand for in brackets, ending a subject.
_SPELLED_OUT: Final = re.compile(r"\b(?P<initials>[A-Z]{2,8})\s\([A-Z][^()]{2,100}\)\s*$")
#: How many words after a title may lead to the office's head word ("Medical Officer").
_OFFICE_REST: Final = 2
# The words that end a party's or a body's name run into a person's after it.
_PARTY_HEADS: Final = _words(
    "democrats republicans party union front movement league alliance coalition congress "
    "council committee association institute university bank group company corporation "
    "ministry agency commission foundation"
)
# The words that end a company's name, and those after "General" in one.
_COMPANY_ENDS: Final = _words("co corp inc ltd llc plc group holdings company corporation")
_GENERAL_COMPANIES: Final = _words("electric motors mills dynamics atomics")


def _company_run(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Tell whether tokens *start* to *end* name a company ("General Electric Co")."""
    if bare(tokens[end][2]).lower().rstrip(".") in _COMPANY_ENDS:
        return True
    return (
        bare(tokens[start][2]).lower() == "general"
        and start < end
        and bare(tokens[start + 1][2]).lower() in _GENERAL_COMPANIES
    )


def name_run(text: str, tokens: list[tuple[int, int, str]], end: int) -> str | None:
    """Return the capitalised name ending at token *end*, titles stripped."""
    start = end
    while start > 0:
        prev = tokens[start - 1][2]
        if "," in text[tokens[start - 1][1] : tokens[start][0]] and not _region_at(tokens, start):
            # "The leader of Ennahda, Rachid Ghannouchi, condemned": a comma
            # ends the name before it; it does not join two ("San Bernardino,
            # Calif.", a place, stays whole).
            break
        if (
            is_cap(prev)
            or _INITIAL.fullmatch(prev)
            or (prev in CONNECTORS and start - 2 >= 0 and is_cap(tokens[start - 2][2]))
            or _of_link(tokens, start - 1)
            # "Channel 4 News": a number inside a name.
            or (prev.isdigit() and start - 2 >= 0 and is_cap(tokens[start - 2][2]))
            # "The 7th Circuit", "the 101st Airborne Division": an ordinal
            # that opens a body's name.
            or _ORDINAL.fullmatch(prev) is not None
            # "Minister for Women and Equalities Liz Truss": "and" inside the
            # department an office names, not between two people.
            or (prev in _JOINING and _in_department(tokens, start - 2))
            # "Oil & Gas UK", "Marks & Spencer": an ampersand between capitals
            # joins one name; news writes "and" between two people.
            or (prev == "&" and start - 2 >= 0 and is_cap(tokens[start - 2][2]))
        ):
            start -= 1
        else:
            break
    while start > 0 and tokens[start - 1][2] in _SURNAME_PARTICLES:
        # "de Blasio said", "said van der Berg": the particle that opens a
        # surname written without the first name is part of it.
        start -= 1
    for k in range(end - 2, start, -1):
        if (
            _POSSESSIVE.sub("", bare(tokens[k][2])).lower() in _PARTY_HEADS
            and is_cap(tokens[k][2])
            and all(
                is_cap(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2])
                for j in range(k + 1, end + 1)
            )
        ):
            # "Homeland Union-Lithuanian Christian Democrats Gabrielius
            # Landsbergis": a party's or a body's name, then the person's.
            start = k + 1
            break
    first = start
    whole_office = False
    while start < end and (
        (
            bare(tokens[start][2]) in _BEFORE_NAME
            # "the three Chief Veterinary Officers said": a plural office is no
            # title before a name; the office is the source, all of it.
            and not (
                bare(tokens[start][2]) in TITLES and bare(tokens[end][2]).lower() in _PLURAL_OFFICES
            )
            # "the Supreme Court said": the court, no title before a name;
            # "its General Statistics Office said": a body, all of it.
            and not (start + 1 == end and bare(tokens[end][2]).lower() in _OF_HEADS)
            and not (
                bare(tokens[end][2]).lower() in _BODY_NOUNS
                and bare(tokens[start][2]).lower() not in DETERMINERS | LEADING_NOISE
            )
            # "General Electric Co", "General Motors": a company, no general.
            and not (bare(tokens[start][2]) in TITLES and _company_run(tokens, start, end))
        )
        # "Chief Executive of Oil & Gas UK Deirdre Michie": an office with its
        # "of" phrase is a title too.
        or (bare(tokens[start][2]) in _OFFICES and _of_link(tokens, start + 1))
        # "Chief Executive Edward Lampert", "Chief Executive Officer Tim Cook":
        # an office after a title, with a name of two words or more after it.
        or (bare(tokens[start][2]) in _OFFICES and start > first and end - start >= 2)
    ):
        if _office_end(tokens, start, end) == end:
            # "the Mayor of London said", "the Chief Executive of Public Health
            # England said": the office is the source, all of it as written.
            lead = first
            while lead < start and bare(tokens[lead][2]) in DETERMINERS:
                lead += 1
            if all(bare(tokens[k][2]) in TITLES | _OFFICES for k in range(lead, start)):
                start = lead
            whole_office = True
            break
        office = _office_end(tokens, start, end - 2)
        start = office + 1 if office > start else start + 1
    if start > first and not whole_office:
        # "Chief Medical Officer Chris Whitty": the rest of the office after
        # its title, up to its head word, when a name of two words follows.
        for k in range(start, min(start + _OFFICE_REST, end - 1)):
            if bare(tokens[k][2]) in _OFFICES and end - k >= 2:
                start = k + 1
                break
    # "Missouri Secretary of State Jason Kander": an office inside the run
    # describes the person named after it.
    for k in range(end - 1, start, -1):
        if whole_office:
            # "the Secretary of State for Health and Social Care": the office
            # is all of the run, no title inside it describes a name after it.
            break
        if (
            bare(tokens[k][2]) in TITLES - _LINK_WORDS
            and k < (office := _office_end(tokens, k, end - 2)) < end
        ):
            start = office + 1
            break
        post = tokens[k][2].lower()
        if (
            is_cap(tokens[k][2])
            and (bare(post) in (TITLES | _OFFICES) or post in TITLES)
            and bare(post) not in _LINK_WORDS | DETERMINERS
            and end - k >= 2
            and all(
                is_cap(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2])
                for j in range(k + 1, end + 1)
            )
            # Not "Chemnitz State Prosecution Office", "House Intelligence
            # Committee": a body's name, whose head word ends the run.
            and bare(tokens[end][2]).lower() not in _OF_HEADS | _BODY_HEADS | _ORGANISATIONS
        ):
            # "Kerala Chief Minister Oommen Chandy", "Duke Energy Chief
            # Executive Lynn Good": a post inside the run, then the name.
            start = k + 1
            break
    if start > end:
        return None
    if (
        start == end > first
        and bare(tokens[end][2]) in _ORGANISATIONS
        and bare(tokens[end - 1][2]) not in DETERMINERS
    ):
        # "The State Department", "the Justice Department": the words before
        # an organisation's head name it, they are no title of a person.
        start = first + (bare(tokens[first][2]) in DETERMINERS)
    elif end > first and bare(tokens[end][2]) in _OFFICES and not tokens[end][2].isupper():
        # "the UK Chief Plant Health Officer": a run that ends in an office
        # names the office, held by no one named; it is the source as written,
        # with the first part of a department joined by "and" ("the Health
        # and Social Care Secretary").
        start = first
        if start >= 2 and tokens[start - 1][2] in _JOINING and is_cap(tokens[start - 2][2]):
            start -= 2
    elif (
        start == end > first
        and bare(tokens[end][2]) in TITLES | _OFFICES
        and all(bare(tokens[k][2]) in TITLES - DETERMINERS for k in range(first, end))
    ):
        # "the Prime Minister", "the Chief Executive": an office held by no one
        # named is the source as written, not its last word.
        start = first
    return trim_name(text[tokens[start][0] : tokens[end][1]]) or None


def _in_department(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the "and" after token *i* joins the department an office's "of" phrase names.

    "for Women and Equalities", "of Oil & Gas", "for Defence People and
    Veterans": the department opens at most two words before it, and
    :func:`_department_end` reads it on past the "and".
    """
    for j in range(i, max(i - _DEPARTMENT_WORDS + 1, 0) - 1, -1):
        if not is_cap(tokens[j][2]):
            return False
        link = j - 1 if j >= 1 and tokens[j - 1][2] != "the" else j - 2
        if link >= 1 and _of_link(tokens, link):
            return _department_end(tokens, j, len(tokens) - 1) > i + 1
    return False


#: How many capitalised words of a department may come before its "and".
_DEPARTMENT_WORDS: Final = 2
_LINK_WORDS: Final = _words("of the for to")


def trim_name(name: str) -> str:
    """Drop sentence punctuation and a possessive from the end of a name."""
    name = name.rstrip(",;:!?)”’\"'")
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and len(last) > 3 and last.count(".") == 1:
        name = name[:-1]
    return _POSSESSIVE.sub("", name) if name.endswith(("’s", "'s")) else name


# Ranks and forms of address that may open an apposed name, in lower case or
# short: "an army spokesman, captain Ahmad Sadeq Eisa", "..., Capt. Ann Lee".
_RANKS: Final = _words(
    "captain capt. lieutenant lt. colonel col. major maj. sergeant sgt. general gen. "
    "commander cmdr. admiral adm. corporal cpl. brigadier brig. inspector insp. "
    "superintendent supt. detective det. constable dr. dr prof. professor"
)


def apposed_name(chunk: str) -> str | None:
    """Return the full name that *chunk*, an apposition after a described source, is.

    ``Ahmad Sadeq Eisa``, ``captain Ahmad Sadeq Eisa`` and ``Capt. Ahmad
    Sadeq Eisa`` name one; a rank is left out, as titles are. A name of two
    words or more only; anything else is None.

    >>> apposed_name("captain Ahmad Sadeq Eisa"), apposed_name("who asked not to be named")
    ('Ahmad Sadeq Eisa', None)
    """
    words = chunk.strip().rstrip(".").split()
    while len(words) > 2 and words[0].lower() in _RANKS:
        words.pop(0)
    name = " ".join(words)
    return name if len(words) >= 2 and is_name_chunk(name) else None


_OBJECT_RELATIVES: Final = frozenset(["which", "whom", "what", "who"])
#: The most words of a plural source after a relative word ("many legal critics").
_RELATIVE_NOUN_WORDS: Final = 3
_QUANTIFIERS: Final = frozenset(["many", "some", "most", "other", "several", "few", "both"])
# A semicolon or colon between clauses (not a time "10:30"); a colon counts
# after a lower-case or time word ("on Friday: Republicans said"), not in a
# title ("Rogue One: A Star Wars Story").
_CLAUSE_STOP: Final = re.compile(r"(?<=\w)[:;]\s")


# When a source spoke, after its name: "a congressional report on Wednesday", "the
# officer in charge that night", "a poll out Monday" (at most two of them).
_TIME_NOUNS: Final = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    "(?:morning|afternoon|evening|night|week|weekend|month|year)"
)
_TRAILING_TIME: Final = re.compile(
    r"(?:\sout)?"
    rf"(?:\s(?:on|last|this|that|early|late|earlier|later|next)?\s?(?:{_TIME_NOUNS})\b){{1,2}}"
    r"[\s.,;:]*$"
)


# "less than two weeks ago", "a year ago": when, after the subject.
_AGO: Final = re.compile(
    r"\s(?:(?:less|more)\sthan\s|about\s|nearly\s|almost\s|just\s|only\s)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\sfew|\d{1,3})\s"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\sago[\s.,;:]*$"
)


def _after_clause_stop(text: str) -> str:
    """Return *text* after its last semicolon, or colon after a lower-case or time word."""
    at = 0
    for found in _CLAUSE_STOP.finditer(text):
        words = text[: found.start()].split()
        if text[found.start()] == ";" or (
            words and (words[-1].islower() or bare(words[-1]) in TIME_WORDS)
        ):
            at = found.end()
    return text[at:]


# States and regions written after a city, behind a comma: "in Columbus, Ohio",
# "in Washington, D.C.", "in San Bernardino, Calif." (AP abbreviations included).
_REGIONS: Final = _words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware "
    "Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana "
    "Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana "
    "Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
    "Vermont Virginia Washington Wisconsin Wyoming "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich "
    "Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo D.C "
    "N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va "
    "England Scotland Wales Ireland France Germany Italy Spain Canada Mexico "
    "Israel Australia"
) | frozenset(
    [
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    ]
)
#: The most words of a place name after a preposition ("in San Bernardino").
_PLACE_WORDS: Final = 4


def _joined_places(chunks: list[str]) -> list[str]:
    """Join "in Columbus" and "Ohio" back into one chunk: a city and its state.

    A comma inside a place ("Clinton, during a town hall in Columbus, Ohio,
    said") does not make its state a chunk of its own, to be read as the
    subject.
    """
    joined = chunks[:1]
    # Only a list that ends with "and" or "or" may be a list of places.
    ends_list = any(f" {w} " in chunks[-1] for w in ("and", "or"))
    for k, chunk in enumerate(chunks[1:], start=1):
        words = joined[-1].split()
        tail = words[-_PLACE_WORDS - 1 :]
        at = (
            next((i for i in range(len(words) - 1, 0, -1) if words[i] in PREPOSITIONS), 0)
            if ends_list
            else 0
        )
        listed = (
            at > 0
            # Sources in places ("Authorities in"), not "Speaking in Paris,
            # Macron and Merkel".
            and _source_noun(bare(words[at - 1]))
            and all(_PLACE_LIST.fullmatch(rest) is not None for rest in chunks[k:])
        )
        if (
            (chunk.strip().rstrip(".") in _REGIONS or listed)
            and words
            and is_cap(words[-1])
            and any(w in PREPOSITIONS for w in tail[:-1])
        ):
            # "Authorities in Australia, New Zealand and Hawaii": the places
            # listed after a preposition stay with it.
            joined[-1] = f"{joined[-1]},{chunk}"
        else:
            joined.append(chunk)
    return joined


# The rest of a list of places: " New Zealand and Hawaii", " Georgia".
_PLACE_LIST: Final = re.compile(
    r"\s?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}"
    r"(?:\s(?:and|or)\s[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})?"
)


# Adverbs that may open a participle aside: "also campaigning in Wisconsin".
_ASIDE_ADVERBS: Final = _words("also still now then again later earlier")


def _describes(chunk: str) -> bool:
    """Tell whether *chunk* is a participle or relative clause set off by commas.

    ``speaking on condition of anonymity``, ``also campaigning in Ohio``,
    ``who sits on the board``, ``who's thinking about running``.
    """
    words = chunk.split()
    while words and (bare(words[0]) in _ASIDE_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if len(words) < 2 or not words[0].islower():
        return False
    first, second = bare(words[0]), words[1]
    if _CONTRACTED_WHO.fullmatch(first):
        return True
    if first in {"both", "either"} and all(w.islower() for w in words):
        # "many people, both military and civilian, told her": a pair of
        # words that describe the subject before them.
        return any(w in {"and", "or"} for w in words[2:])
    if first in {"who", "which"}:
        # "who sits on the board"; not "whom he called", "which Ann Lee
        # said": a relative clause with a subject of its own.
        return (
            second.islower()
            and bare(second) not in PRONOUNS | DETERMINERS | _COUNTING
            and not bare(second).endswith("ly")
        )
    if first in _WRITING_PARTICIPLES:
        # "The document, dated Wednesday, said", "The service’s report, made
        # public Friday by Senate Democrats, said": what befell the writing.
        return True
    return first.isalpha() and first.endswith("ing") and first not in _NOT_PARTICIPLES


# Participles that tell what befell a writing, set off after it.
_WRITING_PARTICIPLES: Final = _words(
    "dated made released issued published filed obtained seen signed sent written posted "
    "leaked reviewed prepared commissioned"
)
_CONTRACTED_WHO: Final = re.compile(r"who[’']s")
#: The most words of a phrase set off by commas between a name and its verb.
_LONG_ASIDE: Final = 16


def _long_aside(chunk: str) -> bool:
    """Tell whether *chunk* is a long phrase that opens with a preposition and names no one.

    "Margaret Sullivan, in an attempt to draw attention to Clinton's lack
    of press conferences, wrote": the phrase says why, not who.
    """
    words = chunk.split()
    return (
        2 <= len(words) <= _LONG_ASIDE
        and words[0] in PREPOSITIONS
        and not _RELATIVE & {w.lower() for w in words}
    )


#: The fewest words of a main clause before a subordinate one ("Cole left the
#: hall after"); fewer open the sentence ("Not long after Trump tweeted ...,"),
#: whose reported words end at a comma this reading does not see.
_CLAUSE_BEFORE: Final = 3
# Spans of time before "after": "Years after", "two days after".
_SPANS: Final = _words("days weeks hours months years minutes moments long soon shortly just")
# Pronouns of someone unnamed: "When someone in the audience shouted".
_INDEFINITES: Final = _words("someone somebody anyone anybody everyone everybody nobody")
# Lower-case words that open a subordinate clause, whose subject may be a name.
_SUBORDINATORS: Final = _words("after before because since although though while when until")


def _relative_subject(chunks: list[str], last: list[str], *, closed: bool) -> str | None:
    """Return who speaks when a relative clause, whose words *last* end the subject, holds the verb.

    "Bloomberg pegged him at $2.9 billion, which Mr. Trump called": the
    name after the relative word is the subject of its clause. "Contrast
    that with Trump, who has called" (not closed by a comma): the name
    before "who" speaks (not "voters in Ohio, who": a place).
    """
    if len(last) >= 2 and last[0] in _OBJECT_RELATIVES and is_name_chunk(" ".join(last[1:])):
        relative_subject = " ".join(last[1:])
        tokens = word_spans(relative_subject)
        return name_run(relative_subject, tokens, len(tokens) - 1)
    relative = next(
        (
            k
            for k in range(len(last) - 2, max(len(last) - 2 - _RELATIVE_NOUN_WORDS, -1), -1)
            if last[k] in _OBJECT_RELATIVES | {"that"}
        ),
        -1,
    )
    if (
        relative >= 0
        and all(
            w.isalpha() and w.islower() and w not in DETERMINERS - _QUANTIFIERS
            for w in last[relative + 1 :]
        )
        and last[-1].endswith("s")
        and not last[-1].endswith("ss")
        and _source_noun(last[-1])
    ):
        # "the one-child policy, which critics say has led to ...", "a
        # constitution that many critics say enshrines ...": a plural source
        # after the relative word is the subject of its clause.
        return " ".join(last[relative + 1 :])
    if closed or len(chunks) < 2 or last[:1] != ["who"]:
        return None
    if not all(w in _RELATIVE_ADVERBS or w.endswith("ly") for w in last[1:]):
        return None
    before = chunks[-2]
    if len(chunks) >= 3 and is_apposition(before) and not is_name_chunk(before):
        # "Steven Livingston, a professor of political science at Middle
        # Tennessee State University, who said": the name the apposition describes.
        before = chunks[-3]
    antecedent = word_spans(before)
    if not antecedent or not is_cap(antecedent[-1][2]):
        return None
    named = name_run(before, antecedent, len(antecedent) - 1)
    if named is None or _after_place_word(before, named):
        return None
    return named


def _after_place_word(text: str, name: str) -> bool:
    """Tell whether *name*, which ends *text*, follows a preposition of place."""
    before = text[: text.rfind(name)].split()
    return bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS: Final = _words("in at from of near across outside inside around throughout")
# Words between "who" and its verb: "Trump, who has long called".
_RELATIVE_ADVERBS: Final = _words("has had have also later then once since")
# Lower-case words that open a clause of their own inside a subject's words.
_CLAUSE_WH: Final = _words("why how where whether what")


# A wire story's dateline: "WASHINGTON (AP) — ", "DECATUR, Ala. (AP) — ",
# "WASHINGTON, Aug. 24 (UPI) — ". A place and a date, never a speaker.
_DATELINE: Final = re.compile(
    r"^[ \t]{0,3}[A-Z]{2}[A-Z.'’]{0,22}(?:[ -][A-Z]{2}[A-Z.'’]{0,22}){0,3}"
    r"(?:, [A-Z][A-Za-z.]{1,10}(?: [A-Z][A-Za-z.]{1,10})?(?: \d{1,2})?)?"
    r" {0,2}(?:\([A-Za-z .&-]{2,25}\))? {0,2}[—–-]{1,2} {1,3}"
)


# The answer depends on the text alone and is immutable; the readers of one
# sentence ask about the same subject several times, so it is kept
# (bounded), as the speakers' names are.
#: The most words of a definite subject ("The father") that an indefinite
#: apposition after it describes.
_DEFINITE_WORDS: Final = 3
# An acronym in brackets after the name it shortens: "(NOAA)", "(U.N.)".
_ACRONYM_GLOSS: Final = re.compile(r"\s\([A-Z][A-Z.&]{1,9}\)(?=[\s,’']|$)")


def _unglossed(found: re.Match[str]) -> str:
    """Return what stands for an acronym in brackets after the name it shortens.

    Before a name it ends the body's name, as a comma would ("Co-Chair of
    the Africa Investors Group (AIG) Andrew Skipper": the person follows);
    inside a possessive ("the National Oceanic and Atmospheric
    Administration’s (NOAA) Climate Prediction Center") or before a
    lower-case word ("the Reserve Officers’ Training Corps (ROTC) program")
    it is left out.
    """
    before, after = found.string[: found.start()], found.string[found.end() :].lstrip()
    office = bare((after.split() or [""])[0].rstrip(","))
    if office in _OFFICES or office in _OFFICE_ACRONYMS or office in _OFFICE_HEADS:
        # "Kenya Tourism Board (KTB) CEO": the office the body's name opens.
        return ""
    return "," if after[:1].isupper() and not before.endswith(("’s", "'s")) else ""


# A title in quotation marks inside a subject: "author of “American Mafia”".
_QUOTED_TITLE: Final = re.compile(r"(?:''|“|\")[^'“”\"]{1,80}(?:''|”|\")")


# A full name and the body in lower case where its bearer works: "Jessica Sasich of
# the county’s emergency operations center", "Ann Lee at the city's health department".
_NAME_AT_BODY: Final = re.compile(
    r"(?P<name>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){1,3})\s(?:of|at)\s(?:the|a|an)\s"
    r"[a-z][\w’'-]*(?:\s[a-z][\w’'-]*){0,6}"
)


# A full name and its post with no comma between: "Claudio Scardovi a managing
# director at Alix Partners", "Ann Lee the head of the agency".
_NAME_THEN_POST: Final = re.compile(
    r"(?P<name>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){1,3})\s(?:a|an|the)\s"
    r"(?:[a-z][\w’'-]*\s){0,4}(?:at|of|for|with)\s[\w.’'&-]+(?:\s[\w.’'&-]+){0,6}"
)


def _works_at(text: str) -> str | None:
    """Return the full name *text* opens with, when a body where its bearer works follows.

    "Jessica Sasich of the county’s emergency operations center", "Chandra
    Bhushan of the Centre for Science and Environment think tank": the person,
    not where the person works.
    """
    stripped = text.strip(" ,.")
    works = _NAME_AT_BODY.fullmatch(stripped) or _NAME_THEN_POST.fullmatch(stripped)
    if works is not None and is_name_chunk(works.group("name")):
        return works.group("name")
    words = stripped.split()
    # Only a body with a kind after its name: a name in capitals to the end is read
    # where the subject's appositions are.
    return (
        _person_of_body(stripped)
        if "," not in stripped and words[-1:] and words[-1].islower()
        else None
    )


def _written_by(text: str) -> tuple[str | None, bool] | None:
    """Return who issued the writing *text* names, or the writing as written, if it names one.

    "a statement issued by the PM's information office": the office;
    "documents filed in court", with no one named as their author: the documents.
    """
    issued = _ISSUED_BY.match(text.strip(" ,")) if " by " in text else None
    if issued is not None:
        found = speaker_of(issued.group("source"))
        if found[0] is not None and not found[1]:
            return found
    writing = _WRITING_THEN_PARTICIPLE.fullmatch(text.strip(" ,")) if "ed " in text else None
    return (writing.group("writing"), False) if writing is not None else None


def _source_by_shape(text: str) -> tuple[str | None, bool] | None:
    """Return the source of a subject of a known shape, or None to read it on.

    Others named with the subject ("Rubio, as well as ..."), a writing and
    where it appeared, a time clause that opens on a name before the verb.
    """
    for needle, shape in _AS_WRITTEN:
        whole = shape.fullmatch(text.strip(" ,")) if needle in text else None
        if whole is not None:
            return whole.group(0), False
    holder = _FOR_OFFICE_HOLDER.fullmatch(text.strip()) if ", " in text else None
    if holder is not None:
        # "A spokesman for the district attorney, Kathleen Rice, said": the
        # name is the office holder's; the spokesman speaks.
        return holder.group("desc"), False
    if ", as well as " in text:
        # "Rubio, as well as Democratic Senators Chuck Schumer and Chris Van
        # Hollen, said": the subject, and the others who said it with it.
        return speaker_of(text.split(", as well as ", 1)[0])
    # (Not "... published in June by the ministry": the ministry issued it.)
    obtained = _OBTAINED_BY.fullmatch(text.strip(" ,")) if " by " in text else None
    if obtained is not None and plausible_speaker(obtained.group("writing")):
        # "a transcript of the conversation obtained by The New York Times":
        # the writing, not the outlet that got hold of it.
        return obtained.group("writing"), False
    venue = _PUBLISHED_IN.match(text.strip(" ,")) if " in " in text and " by " not in text else None
    if venue is not None:
        # "a paper published in June in the scientific journal Nature": the
        # writing, not where it appeared.
        return venue.group("writing"), False
    later = _NAMED_AFTER_SUBORDINATOR.search(text) if not text.rstrip().endswith(",") else None
    if later is not None:
        # "..., according to sworn statements, after Sergeant Girouard said":
        # the name the time clause opens with, right before the verb.
        found = speaker_of(later.group("rest"))
        if found[0] is not None and not found[1] and is_named(found[0]):
            return found
    return None


# People near someone a pronoun stands for: "Two people close to him".
_CLOSE_TO: Final = re.compile(
    r"(?<![\w-])(?:[\w-]+\s){0,3}(?:people|person|sources?|friends?|aides?|associates?|allies|ally)"
    r"\s(?:close|loyal|near)\sto\s(?:him|her|them)",
    re.IGNORECASE,
)
# One person's two offices: "the former culture minister and Stourbridge MP".
_OFFICE_NOUN: Final = (
    r"(?:minister|secretary|MP|MSP|senator|mayor|governor|leader|chairman|chairwoman|"
    r"president|chief|director|founder|co-founder|member|candidate|lawyer|councillor)"
)
_TWO_OFFICES: Final = re.compile(
    rf"(?:the|The)\s(?:[a-z-]+\s){{0,3}}{_OFFICE_NOUN}\sand\s"
    rf"(?:[A-Z][\w’'.-]*\s|[a-z-]+\s){{0,3}}{_OFFICE_NOUN}"
)
# A member and the seat it holds: "the MP for Stourbridge", "the Labour
# member for Leeds Central".
_MEMBER_FOR: Final = re.compile(
    r"(?:a|the|A|The)\s(?:[\w-]+\s){0,3}?(?:MPs?|MSPs?|AMs?|MLAs?|senators?|members?|"
    r"congress(?:man|woman)|council(?:lor|man|woman)s?|candidates?|envoys?)\sfor\s"
    r"(?:the\s)?[A-Z][\w’'.-]*(?:\s(?:[A-Z][\w’'.-]*|of|and|&|the)){0,6}"
)
# Subjects that are their own source as written, each with a word it must
# hold (looked for first, as most subjects hold none of them): "Two people
# close to him" (the people speak; the pronoun is whom they are close to),
# "The former culture minister and Stourbridge MP" (one person in two
# offices, not the second office alone), "the MP for the City of London and
# Westminster", "the senator for Ohio" (the member speaks, not the seat).
_AS_WRITTEN: Final = (
    (" to ", _CLOSE_TO),
    (" and ", _TWO_OFFICES),
    (" for ", _MEMBER_FOR),
)
# Someone who speaks for a person in office, then that person's name: "A
# spokesman for the district attorney, Kathleen Rice,".
_FOR_OFFICE_HOLDER: Final = re.compile(
    r"(?P<desc>(?:a|an|the|A|An|The)\s(?:[\w-]+\s){0,2}?(?:spokes(?:man|woman|person)|aide|"
    r"adviser|advisor|lawyer)\s(?:for|to)\s(?:the\s)?(?:[\w-]+\s){0,2}?(?:attorney|governor|"
    r"mayor|president|senator|minister|secretary|chancellor|chairman|chairwoman|commissioner|"
    r"prosecutor|judge|speaker|premier)),\s[A-Z][^,]{2,60},?"
)
# A writing and who got hold of it: "a transcript of the call obtained by The Times".
_OBTAINED_BY: Final = re.compile(
    r"(?P<writing>(?:a|an|the|A|An|The)\s(?:[\w-]{1,20}\s){0,2}?(?:transcripts?|documents?|"
    r"reports?|letters?|memos?|emails?|e-mails?|recordings?|videos?|copy|copies|records?|"
    r"statements?)(?:\sof\s[^,;:]{2,40}?)?)\s(?:obtained|seen|reviewed|viewed)\sby\s[^,;:]{2,80}"
)
# A writing and where it appeared: "a paper published in June in the journal Nature".
_PUBLISHED_IN: Final = re.compile(
    r"(?P<writing>(?:a|an|the|A|An|The)\s(?:[\w-]{1,20}\s){0,2}?(?:paper|study|article|"
    r"report|survey|analysis|review|editorial|column|op-ed))\s(?:published|released|"
    r"appearing|printed|posted)\s(?:[\w-]{1,20}\s){0,4}?in\s[^,;:]{2,80}"
)
# A time clause that opens on a name right before the verb: ", after Sergeant
# Girouard", ", when Mr. Lee".
_NAMED_AFTER_SUBORDINATOR: Final = re.compile(
    r"(?:^|,\s*|\sand\s)(?:after|before|when|while|until|once|since)\s"
    r"(?P<rest>(?:[A-Z][\w.’'-]*\s){1,4})\s*$"
)


# A body and what it answers for: "the Special Deterrent Force in charge of securing ...".
_IN_CHARGE: Final = re.compile(r"\s(?:in charge of|responsible for)\s")


def _before_charge(text: str) -> str:
    """Cut from *text* what a name is in charge of or responsible for, if a name is.

    "the Special Deterrent Force in charge of securing the airport": the body
    named, not what it is in charge of.
    """
    if " in charge of " not in text and " responsible for " not in text:
        return text
    charge = _IN_CHARGE.search(text)
    if charge is not None and is_cap((text[: charge.start()].split() or [""])[-1]):
        return text[: charge.start()]
    return text


@bounded(_SUBJECT_CACHE)
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
    # "Thomas Reppetto, author of ''American Mafia: A History ...,'' said":
    # a title in quotation marks is one word of the subject; its colon and
    # commas do not divide it.
    # "UNESCO (UN Educational, Scientific and Cultural Organization) said": the
    # initials, their spelling out in brackets left aside (its commas divide nothing).
    if text.rstrip().endswith(")"):
        # (Looked for only then: run on every subject, the substitution left
        # some 0.03 bytes per input byte alive on 1 MB of news, measured with
        # benchmarks/memory.py.)
        text = _SPELLED_OUT.sub(r"\g<initials>", text)
    # "But the Conservative Mark Field, ...": the conjunction is no part of it.
    text = _without_conjunction(
        _subject_clause(_ACRONYM_GLOSS.sub(_unglossed, _QUOTED_TITLE.sub("work", text)))
    )
    # "Earlier on Friday Russia’s Investigative Committee said": the day that
    # opens the clause, with no comma after it, is no part of the subject.
    # "a report by the World Bank released last week": nor is when a
    # document came out.
    text = _without_release_time(_DAY_OPENER.sub("", text, count=1))
    # "Prayuth, who led a coup that ousted the government, simply said": the
    # adverb after a relative clause's comma is no part of the subject, and
    # the comma closes the clause.
    if ", who " in text or ", which " in text:
        text = _ADVERB_AFTER_ASIDE.sub(",", text, count=1)
    clause = text.rstrip(" ,").rsplit(",", 1)[-1].split()
    if (
        len(clause) >= 2
        and clause[0].lower() in {"which", "whom", "that"}
        and clause[-1].lower() in {"he", "she"}
    ):
        # "parallels to Lehman, which he said “threatened short sellers”":
        # the pronoun is the subject of the relative clause, not its
        # antecedent. (Not after "whose": "Jesse Hernandez, whose execution
        # made headlines after he shouted" speaks of himself.)
        return clause[-1], True
    whole = _whole_source(text) or _source_by_shape(text)
    if whole is not None:
        return whole
    modified = _PARTICIPLE_MODIFIED.fullmatch(text.strip()) if "ing " in text else None
    if modified is not None and (
        is_described(modified.group("source"))
        or (modified.group("source")[:1].isupper() and _source_noun(bare(modified.group("source"))))
    ):
        # "the prosecutor overseeing the case told": the source, not the case.
        return modified.group("source"), False
    written = _written_by(text)
    if written is not None:
        return written
    works = (
        _works_at(text)
        if " of " in text or " at " in text or " for " in text or " with " in text
        else None
    )
    if works is not None:
        # The name as a subject of its own: "Senator German Varon" loses its title.
        as_subject = speaker_of(works)
        return (works, False) if as_subject[0] is None or as_subject[1] else as_subject
    text = _before_charge(text)
    if " such as " in text or ", including " in text:
        examples = _SUCH_AS.search(text)
        if examples is not None and examples.start() > 0:
            # "Producers such as U.S. Steel and Century Aluminum have said": the
            # source is the group, not the last of its examples.
            text = text[: examples.start()]
    later = _LATER_CLAUSE.search(text)
    if later is not None and not (
        # "Derek Mitchell, who served as U.S. ambassador ..., said", "a rival
        # Trump fired as campaign manager": a role, in an apposition or a
        # relative clause, not a clause with a subject of its own.
        later.group("link") == "as"
        and ("," in text[: later.start()] or len(later.group("rest").split()) > _AS_SUBJECT_WORDS)
    ):
        # "Jamee Harteau resigned after city officials said": the subject of
        # the clause the verb ends, after the clause before it.
        found = speaker_of(later.group("rest"))
        if found[0] is not None:
            return found
    others = _AND_OTHERS.fullmatch(text.strip(" ,")) if " and " in text else None
    if (
        others is not None
        and _source_noun(others.group("head"), listed_only=True)
        # A name, not a clause: not "BNP Paribas shares were up and some analysts".
        and all(is_cap(w) or w in _BODY_NAME_LINKS for w in others.group("name").split())
    ):
        # "The U.S. Chamber of Commerce and other powerful business groups",
        # "Ann Lee and other officials": all of them.
        return others.group("whole"), False
    joined = _JOINED_SOURCE.search(text) if " and " in text else None
    if (
        joined is not None
        and _source_noun(joined.group("head"), listed_only=True)
        # Not "polls conducted for The Associated Press and television
        # networks": a name before "and" is one of two sources.
        and text[: joined.start("source")].split()[-2][:1].islower()
    ):
        # "Funding markets have shut down for Italian banks and traders say":
        # the source of the clause "and" joins, not the clause before it.
        return joined.group("source"), False
    # (Not at the comma of a figure: "a town of 75,000 on the coast".)
    chunks = _joined_places(_CHUNK_COMMA.split(text.rstrip(" ,")))
    last = chunks[-1].split()
    if len(last) >= 3 and last[0] in PREPOSITIONS and last[1] in _OBJECT_RELATIVES:
        # "to which Nell Rivas retorted": the relative word opens the clause.
        last = last[1:]
    # An aside closed by its comma before the verb ("X, speaking to reporters,
    # said"), not the clause the verb belongs to ("..., jabbing a finger as
    # she said").
    closed = text.rstrip().endswith(",")
    posted = _posted_name(chunks)
    if posted is not None:
        return posted, False
    named = _relative_subject(chunks, last, closed=closed)
    if named is not None:
        return named, False
    subject, tokens = _subject_phrase(chunks, closed=closed)
    tokens = _head_tokens(tokens)
    if not tokens:
        return None, False
    before = chunks[-2].split() if len(chunks) > 1 and subject == chunks[-1] else []
    # "voters in Alabama, Georgia and Virginia": the last two of a list.
    listed = bool(before) and is_cap(before[-1])
    found = _speaker_in(subject, tokens, listed=listed)
    place = _PLACE_AFTER.search(subject) or _REGION_AFTER.search(subject)
    if (
        place is not None
        and found[0] is not None
        and not found[1]
        and place.group("place").endswith(found[0])
        and place.start() > 0
    ):
        # "a spokesman for the police in Manhattan", "the office of U.S.
        # Attorney Geoffrey Berman in Manhattan": where the source is, not
        # the source; read the words before the place.
        inner = speaker_of(subject[: place.start()])
        if inner[0] is not None and not inner[1] and inner[0].split()[-1].lower() not in _PUBLISHED:
            return inner
    return found


def _without_conjunction(text: str) -> str:
    """Cut from *text* a conjunction that opens the sentence before a noun phrase.

    "But the Conservative Mark Field, the MP for ...,": the conjunction is no
    part of the subject. (Not "But as often as not he ...": a clause.)
    """
    opener = _CONJUNCTION_OPENER.match(text)
    if opener is None:
        return text
    following = text[opener.end() :].split(maxsplit=1)[:1]
    if following and following[0].lower() in _NOT_NOUN_PHRASE:
        return text
    return text[opener.end() :]


# A conjunction that opens a sentence, before its subject.
_CONJUNCTION_OPENER: Final = re.compile(r"^\s*(?:But|And|Yet)\s+(?=\S)")
# Words after which no noun phrase opens.
_NOT_NOUN_PHRASE: Final = PREPOSITIONS | PRONOUNS | _SUBORDINATORS | {"as", "if"}


def _whole_source(text: str) -> tuple[str | None, bool] | None:
    """Return the source of a subject read whole, or None to read it word by word.

    A source gone unnamed for a reason given in a relative clause, a group
    described by a short "that" clause, people asked by someone, and people
    of two bodies.
    """
    anonymous = _ANONYMOUS_CLAUSE.search(text) if " who " in text or " that " in text else None
    if anonymous is not None and anonymous.start() > 0:
        # "A senior official from a leading bank who asked not to be
        # identified": the source, without the reason it goes unnamed.
        return speaker_of(text[: anonymous.start()])
    group = _GROUP_THAT.fullmatch(text.strip(" ,")) if " that " in text else None
    if (
        group is not None
        and _source_noun(bare(group.group("head")).lower(), listed_only=True)
        and len(group.group("clause").split()) <= _GROUP_CLAUSE_WORDS
        and plausible_speaker(group.group("whole"))
    ):
        # "Organizations that defend the press": the group as written, not
        # the object of its clause.
        return group.group("whole"), False
    questioned = _QUESTIONED_BY.fullmatch(text.strip(" ,")) if " by " in text else None
    if questioned is not None and _source_noun(bare(questioned.group("head"))):
        # "Two analysts polled by Reuters", "Area residents contacted by
        # Xinhua via cell phone": those asked speak, not who asked them.
        return questioned.group("source"), False
    both = _OF_TWO_BODIES.fullmatch(text.strip(" ,")) if " and " in text else None
    if both is not None and _source_noun(both.group("head"), listed_only=True):
        # "The new Democratic leaders of the Senate and the House": the
        # leaders of both, not the last body named.
        return both.group("whole"), False
    return None


# Why a source goes unnamed, in a relative clause that ends the subject: "who
# asked not to be identified", "who spoke on condition of anonymity".
_ANONYMOUS_CLAUSE: Final = re.compile(
    r",?\s(?:who|that)\s(?:asked|requested|spoke|declined|(?:was|were|is|are)\snot\s"
    r"authori[sz]ed)\b[^,;]*,?\s*$"
)
# A group described by a short relative clause: "Organizations that defend the
# press", "groups that represent farmers".
_GROUP_THAT: Final = re.compile(
    r"(?:(?:But|And|Yet|even|Even)\s)?(?P<whole>(?:(?:the|The|some|Some|many|Many|several|"
    r"Several)\s)?(?:[a-z-]{2,20}\s){0,2}(?P<head>[A-Za-z]{3,20}s)\sthat\s"
    r"(?P<clause>[a-z][a-z’' -]{2,60}?))"
)
#: The most words of that clause.
_GROUP_CLAUSE_WORDS: Final = 5
# People of two bodies named: "The new Democratic leaders of the Senate and the House".
_OF_TWO_BODIES: Final = re.compile(
    r"(?:(?:But|And|Yet)\s)?(?P<whole>(?:(?:the|The)\s)?(?:[\w-]+\s){0,3}?(?P<head>[a-z]{3,20}s)"
    r"\sof\s(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}\s(?:and|&)\s(?:the\s)?"
    r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})"
)


# A clause of time or cause after a verb in the past, up to the end of a
# subject: "resigned after city officials", "left because the doctors",
# "ended as lawmakers".
_LATER_CLAUSE: Final = re.compile(
    r"\b[a-z]{2,20}ed\s(?P<link>after|before|because|when|while|until|once|as)\s"
    r"(?P<rest>[^,;:]{2,80})$"
)
# A clause with its own verb, then "and" and a plural source that ends the
# subject: "markets have shut down for Italian banks and traders", "Prices
# fell and many analysts".
_JOINED_SOURCE: Final = re.compile(
    r"\b(?:[a-z]{2,20}ed|has|have|had|is|are|was|were|will|would|fell|rose|shut)\s"
    r"[^,;:]{0,120}?\sand\s"
    r"(?P<source>(?:(?:some|many|most|other|the)\s)?(?:[a-z-]{2,20}\s)?(?P<head>[a-z]{3,20}s))\s*$"
)
# A comma between chunks of a subject, not inside a figure ("75,000").
_CHUNK_COMMA: Final = re.compile(r",(?!\d)")
# People asked by someone: "Two analysts polled by Reuters", "Economists surveyed
# by Bloomberg", "Area residents contacted by Xinhua via cell phone".
_QUESTIONED_BY: Final = re.compile(
    r"(?P<source>(?:[A-Za-z-]{1,20}\s){0,3}?(?P<head>[A-Za-z]{3,20}s))\s"
    r"(?:contacted|interviewed|polled|surveyed|questioned|reached|asked)\sby\s[^,;:]{1,80}"
)
# A described source and a participle phrase after it: "the prosecutor overseeing
# the case", "an official handling the talks", "Senators attending those sessions".
_PARTICIPLE_MODIFIED: Final = re.compile(
    r"(?P<source>(?:the|a|an|A|An|The)\s(?:[A-Za-z-]+\s){0,3}?[a-z]+|[A-Z][a-z]{2,20}s)"
    r"\s[a-z]{3,}ing\s"
    r"(?:(?:the|a|an|his|her|their|its|those|these)\s[a-z’' -]{1,40}"
    # "A North Korean envoy visiting China": a place or a person named.
    r"|[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,3})"
)
# An adverb in -ly between an aside's closing comma and the verb.
_ADVERB_AFTER_ASIDE: Final = re.compile(
    r",\s(?!(?:family|ally|supply|assembly)\b)[a-z]{3,15}ly\s*$"
)
# A day that opens a clause with no comma after it, before a capitalised subject.
# A participle of publishing, and what may follow it, after a noun that ends a subject.
_RELEASE_PARTICIPLES: Final = (
    *("released", "published", "issued", "posted", "compiled"),
    *("unveiled", "presented", "filed", "seen"),
)
_RELEASED_WHEN: Final = re.compile(
    rf"(?<=\w)\s(?:{'|'.join(_RELEASE_PARTICIPLES)})(?P<when>(?:\s[\w’']+)*)\s*$"
)
# The words of when a document came out: "on Monday", "last week", "in July 2024".
_WHEN_WORDS: Final = TIME_WORDS | frozenset(
    [
        *("on", "in", "last", "this", "early", "late", "week", "month", "year", "the"),
        *("morning", "afternoon", "evening", "night", "weekend"),
    ]
)


def _without_release_time(text: str) -> str:
    """Return the subject *text* without when the document it names came out.

    "a report by the World Bank released last week", "data from the Bureau of
    Economic Analysis released in July": when it came out is no part of who
    speaks. Not a verb ("media organizations had published") nor a place or an
    agent after the participle ("posted on the website GunBroker.com",
    "released on Monday by the ministry").
    """
    # (Searched only when one of the participles is there: most subjects hold none.)
    released = _RELEASED_WHEN.search(text) if any(p in text for p in _RELEASE_PARTICIPLES) else None
    if released is None:
        return text
    words = released.group("when").split()
    if any(bare(w).lower() not in _WHEN_WORDS and not w.isdigit() for w in words):
        return text
    before = text[: released.start()].split()
    if not before or bare(before[-1]) in _FINITE:
        return text
    return text[: released.start()]


_DAY_OPENER: Final = re.compile(
    r"^\s*(?:(?:Earlier|Later|Late|Early)\s)?(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\s(?=[A-Z]|the\s[A-Z])"
)
# Named examples that end a subject: "... such as U.S. Steel and Century Aluminum".
_SUCH_AS: Final = re.compile(
    # (Or after a comma, "including": "officials in several states, including
    # Kentucky, Minnesota and Texas,".)
    r"(?:\ssuch\sas|,\sincluding)\s[A-Z][\w.&’'-]{0,30}(?:(?:,?\s(?:and\s|or\s)?)[A-Z][\w.&’'-]{0,30}){0,8}"
    # An auxiliary or an adverb before the verb: "... have", "... have also".
    r"(?:\s[a-z]{2,12}){0,2},?\s*$"
)
#: The most words of a subject after "as" ("ended as lawmakers told").
_AS_SUBJECT_WORDS: Final = 3
# A place that ends a subject: "... in Manhattan", "... in Concord, Mass.",
# "... in the German city of Dortmund".
_PLACE_AFTER: Final = re.compile(
    r"\sin\s(?:the\s)?(?:(?:[A-Z][\w’'-]*\s)?(?:city|town|village|state|province|region|"
    r"district|county|capital|port)\sof\s)?"
    r"(?P<place>[A-Z][\w.’'-]*(?:,?\s[A-Z][\w.’'-]*){0,3})\.?\s*$"
)
# A name and others like it: "The U.S. Chamber of Commerce and other business groups".
_AND_OTHERS: Final = re.compile(
    r"(?:The\s|the\s)?(?P<whole>(?P<name>[A-Z][^,;:()]{1,60}?)\sand\s(?:other|several|many|some)\s"
    r"(?:[a-z-]{2,20}\s){0,3}(?P<head>[a-z]{3,20}s|media))"
)
# A writing and who issued it: "a statement issued by the PM's information office".
_ISSUED_BY: Final = re.compile(
    r"(?:(?:a|an|the|A|An|The)\s)?(?:[\w-]{1,20}\s){0,2}?(?:statement|report|letter|memo|"
    r"release|notice|communique|communiqué|document)s?,?\s(?:issued|released|published|sent|"
    # "a statement released on Monday by the ministry".
    r"signed|filed)\s(?:\w{1,20}\s){0,3}?by\s(?P<source>[^,;:]{2,80})$"
)
# A writing and what befell it, with no one named as its author: "documents
# filed in court", "a report seen by" is read above.
_WRITING_THEN_PARTICIPLE: Final = re.compile(
    r"(?P<writing>(?:(?:a|an|the|A|An|The)\s)?(?:[\w-]{1,20}\s){0,2}?(?:documents?|"
    r"statements?|reports?|filings?|records?|letters?|memos?|emails?|e-mails?))"
    r"\s(?:filed|released|issued|published|obtained|seen|reviewed|posted|sent|signed|dated)"
    # Not "A statement posted on the website GunBroker.com": a name after it may speak.
    r"\s(?!.*\bby\s)[^,;:A-Z]{2,80}$"
)
# A region after "of", where a body sits: "the district court of southwest Finland".
_REGION_AFTER: Final = re.compile(
    r"\sof\s(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|upper|lower)"
    r"\s(?P<place>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\.?\s*$"
)
# Writings whose "in X" names where they appeared, the source: "a new article
# in Politico", "a report in the Des Moines Register".
_PUBLISHED: Final = _words(
    "article report story piece column op-ed editorial interview essay letter post profile "
    "survey poll study paper analysis review"
)


def _noun_after(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Tell whether lower-case words from token *k* lead to a source noun they modify.

    "newspapers", "rights activists": the first source noun of the run of
    lower-case words, before any preposition ("strategist close to" is one).
    """
    while k < len(tokens) and tokens[k][2].isalpha() and tokens[k][2].islower():
        if _source_noun(bare(tokens[k][2]), listed_only=True):
            return True
        if bare(tokens[k][2]) in PREPOSITIONS | DETERMINERS:
            # "strategist close to", "Daniel Kurnos an analyst": no modifier.
            return False
        k += 1
    return False


def _posted_name(chunks: list[str]) -> str | None:
    """Return the person of a press release's "Name, Post, Organisation" subject, if it is one.

    "Sinead Lynch, Chair, Shell UK said:": the post and the organisation
    after the name, each in title case, describe the person named first.
    """
    if len(chunks) != 3:
        return None
    name, post, organisation = (chunk.split() for chunk in chunks)
    if not (
        len(name) >= 2
        and all(is_cap(w) for w in name)
        and is_name_chunk(chunks[0])
        and is_named(chunks[0].strip())
    ):
        return None
    if not post or not all(is_cap(w) or w in _POST_LINKS for w in post):
        return None
    if not any(bare(w) in _OFFICES or bare(w) in TITLES for w in post if is_cap(w)):
        return None
    if not organisation or not all(is_cap(w) or w in _POST_LINKS for w in organisation):
        return None
    # The name as any subject's ("Dr Jane Roe" gives "Jane Roe").
    return speaker_of(chunks[0])[0]


# Lower-case words inside a post or an organisation's name: "Head of
# Policy", "Bank of England".
_POST_LINKS: Final = frozenset(["of", "for", "and", "the", "&"])


def _subject_clause(text: str) -> str:
    """Return the subject *text* without its dateline and time words.

    A subject after a colon or semicolon stands for the whole.
    """
    text = _DATELINE.sub("", text, count=1)
    timeless = _TRAILING_TIME.sub("", _AGO.sub("", text))
    if timeless.split()[-1:] and bare(timeless.split()[-1]) not in _FINITE:
        # Not "The Government has today": a clause, which stays one.
        text = timeless
    clause = _after_clause_stop(text)
    if subject_tokens(clause):
        # "Even its backers sounded equivocal: Jane Harman called it": the
        # subject of the clause after a colon or semicolon, not before it.
        text = clause
    return text


def _goes_on(chunk: str) -> bool:
    """Tell whether *chunk* is a place, "and" and a verb in the past ("Louisiana and took")."""
    words = chunk.split()
    joined = words.index("and") if "and" in words else 0
    return (
        0 < joined < len(words) - 1
        and all(is_cap(w) for w in words[:joined])
        and words[joined + 1].isalpha()
        and words[joined + 1].islower()
        and (words[joined + 1].endswith("ed") or words[joined + 1] in PAST_FORMS)
    )


def _subject_phrase(chunks: list[str], *, closed: bool) -> tuple[str, list[tuple[int, int, str]]]:
    """Return the comma-separated chunk of a subject that names the speaker, and its tokens.

    Asides and descriptions between the subject and its verb are skipped;
    *chunks* loses them.
    """
    while (
        len(chunks) > 1
        and (
            (
                is_adverbial(chunks[-1])
                # "On the last day of her visit, May said": a month that is also a
                # name, alone right before the verb, is the subject, no time.
                and (closed or chunks[-1].strip().lower() not in _MONTH_NAMES)
            )
            # "Several Republicans, including some former officials, said": the
            # ones the subject includes are not all who speak.
            or (chunks[-1].split()[:1] == ["including"] and subject_tokens(chunks[-2]))
            # "The father, a strapping man of 230 pounds, said": an indefinite
            # apposition describes the definite subject before it.
            or (
                closed
                and (
                    chunks[-1].split()[:1] in (["a"], ["an"])
                    # "The Muslim Brotherhood, Egypt’s largest Islamist party, said".
                    or (
                        (chunks[-1].split() or [""])[0].endswith(("’s", "'s"))
                        and is_apposition(chunks[-1])
                    )
                )
                and chunks[-2].split()[:1] in (["The"], ["the"])
                and (
                    len(chunks[-2].split()) <= _DEFINITE_WORDS
                    # "The Ben Kinsella Trust, an anti-knife crime charity, said".
                    or all(is_cap(w) for w in chunks[-2].split())
                )
                and subject_tokens(chunks[-2])
            )
            or (closed and _describes(chunks[-1]) and subject_tokens(chunks[-2]))
            # "Terry Hood, 34, an African-American who works at a store in Baton
            # Rouge, Louisiana and took this year’s poll, said": the apposition's
            # clause goes on after the place; it names no one.
            or (closed and _goes_on(chunks[-1]) and is_apposition(chunks[-2]))
            or (closed and _long_aside(chunks[-1]) and is_cap((chunks[-2].split() or [""])[-1]))
        )
    ):
        # "Hillary Clinton, at a later press gaggle, said": skip the aside;
        # "An Israeli official, speaking on condition of anonymity to discuss
        # the schedule, said", "Sanders, who sits at zero endorsements, said":
        # a participle or relative clause describes the subject before it.
        chunks.pop()
    subject = chunks[-1]
    named = name_before_appositions(chunks)
    if named is not None:
        # "Brian Carter, a fund manager, said", "Scott Pruitt, the attorney
        # general, one of the plaintiffs, said": the name, not its descriptions.
        subject = named
    tokens = subject_tokens(subject)
    if not tokens and len(chunks) >= 3:
        # "Brian Carter, portfolio manager for ..., said": the name comes before
        # the apposition.
        subject = chunks[-3]
        tokens = subject_tokens(subject)
    return subject, tokens


def _head_tokens(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return the *tokens* of the subject's own noun phrase.

    A clause before it and modifiers after its head are cut off.
    """
    if not tokens:
        return tokens
    # "Shinzo Abe who canceled his trip to Europe and the Middle East": no
    # joiner after a name's relative "who" opens a subject; the clause is the name's.
    relative = next(
        (k for k in range(1, len(tokens)) if tokens[k][2] == "who" and is_cap(tokens[k - 1][2])),
        len(tokens),
    )
    # Cut at the last clause joiner before a new subject: "and the ministry",
    # "That is why critics".
    for i in range(len(tokens) - 1, 0, -1):
        if (
            (
                bare(tokens[i - 1][2]) in JOINERS
                and (bare(tokens[i][2]) in DETERMINERS | PRONOUNS)
                and i - 1 < relative
            )
            # "... damaged in the quake but officials": a bare plural source
            # opens the clause after "but", "though", "while".
            or (
                bare(tokens[i - 1][2]) in JOINERS - {"and", "that", "as"}
                and tokens[i][2].islower()
                and _source_noun(bare(tokens[i][2]), listed_only=True)
            )
            or (tokens[i - 1][2] in _CLAUSE_WH and tokens[i][2][:1].isalpha())
            # "Dan Cole left the room after Mark Stein": the subordinate
            # clause has a subject of its own, the one that speaks.
            or (
                tokens[i - 1][2] in _SUBORDINATORS
                and i > _CLAUSE_BEFORE
                and bare(tokens[i - 2][2]) not in TIME_WORDS | _SPANS
                and is_cap(tokens[i][2])
            )
            # "When someone in the audience shouted, “...”": the clause
            # opens the subject; its own subject speaks.
            or (
                i == 1
                and is_cap(tokens[0][2])
                and bare(tokens[0][2]) in _SUBORDINATORS
                and (
                    bare(tokens[1][2]) in DETERMINERS | PRONOUNS | _INDEFINITES
                    or is_cap(tokens[1][2])
                )
            )
        ):
            tokens = tokens[i:]
            break
    for i in range(len(tokens) - 1, -1, -1):
        if bare(tokens[i][2]) in SPEECH_VERBS and not (i and is_cap(tokens[i][2])):
            # Not "the Pacific Tsunami Warning Center": a capital inside a name.
            tokens = tokens[i + 1 :]
            break
    # "officials cited in the report", "a man who asked", "protesters marching
    # through the streets": the head comes first.
    for i, token in enumerate(tokens):
        word = bare(token[2])
        if i and (
            word in POSTMODIFIERS
            or (
                word.endswith("ing")
                and token[2].islower()
                and i + 1 < len(tokens)
                and bare(tokens[i + 1][2]) in PREPOSITIONS
            )
        ):
            tokens = tokens[:i]
            break
    return tokens


def _speaker_in(
    subject: str, tokens: list[tuple[int, int, str]], *, listed: bool = False
) -> tuple[str | None, bool]:
    """Return whom the noun phrase *tokens* of *subject* names, and whether it is a pronoun.

    *listed* tells that a list of names ends with *subject*: its "and" then
    joins no pair of speakers.
    """
    head = tokens[-1][2]
    if bare(head) in PRONOUNS:
        return subject[tokens[-1][0] : tokens[-1][1]], True
    if len(tokens) == 1 and bare(head) in LEADING_NOISE:
        # "But, said Solovey,": a conjunction is no subject.
        return None, False
    if (is_cap(head) or _INITIAL.fullmatch(head)) and (end := _named_end(tokens)) >= 0:
        # "A spokesman for Hillary Clinton called": the spokesman speaks, for
        # the one named after him.
        return (
            _agent_phrase(subject, tokens)
            or _relation_phrase(subject, tokens, end)
            or _described_one(subject, tokens, end)
            or (None if listed else _coordinated(subject, tokens, end))
            or name_run(subject, tokens, end)
        ), False
    if bare(head) in JOINERS or bare(head) in LEADING_NOISE:
        # "sponsored by NBC News and": the subject went before the joiner.
        return None, False
    tokens = tokens[-7:]
    for i in range(len(tokens) - 2, 0, -1):
        word, previous = bare(tokens[i][2]), bare(tokens[i - 1][2])
        if word == "of" and previous in _PARTITIVES:
            if i >= 2 and bare(tokens[i - 2][2]) in PREPOSITIONS:
                # "a strategist for one of these candidates": not the head.
                continue
            # "one of the two Turkish officials": one speaks, not the two;
            # "A strong majority of voters": the phrase opens before "majority".
            opener = next(
                (
                    k
                    for k in range(i - 2, 0, -1)
                    if bare(tokens[k][2]) in DETERMINERS
                    and bare(tokens[k - 1][2]) not in PREPOSITIONS | DETERMINERS
                ),
                0,
            )
            tokens = tokens[opener:]
            break
        if word in DETERMINERS and previous not in PREPOSITIONS | DETERMINERS:
            tokens = tokens[i:]
            break
    while tokens and bare(tokens[0][2]) in LEADING_NOISE | PREPOSITIONS | {"least"}:
        # "At least half of voters": the count's "least" goes with its "at"
        # (or is left of it where the phrase was cut).
        tokens = tokens[2:] if len(tokens) > 2 and bare(tokens[1][2]) in _LEAST else tokens[1:]
    if not tokens:
        return None, False
    return subject[tokens[0][0] : tokens[-1][1]].strip(EDGE_PUNCT), False


# What makes "at" a count: "at least", "at most".
_LEAST: Final = frozenset(["least", "most"])
# Lower-case particles that open a surname: "de Blasio", "van der Berg".
_SURNAME_PARTICLES: Final = _words("de da di del della van von der den ter du al bin ibn")
#: The most words of the first of two names joined by "and" in a subject.
_FIRST_CONJUNCT: Final = 5


def _coordinated(subject: str, tokens: list[tuple[int, int, str]], end: int) -> str | None:
    """Return two names joined by "and" that make up the whole subject, as written.

    "The US and Iran announced", "France and Germany said", "Vice-President
    Šefčovič and Foreign Secretary Truss noted": both speak, so the source
    is both, not the last name alone. Only a subject that is nothing but
    the two names counts (a leading determiner or title included); "The
    company cut jobs and Ann Lee said" is a clause and a name.
    """
    joins = [i for i in range(1, end) if tokens[i][2] == "and"]
    if len(joins) != 1 or end != len(tokens) - 1:
        return None
    at = joins[0]
    first = 1 if bare(tokens[0][2]) in DETERMINERS else 0
    left = tokens[first:at]
    if not left or len(left) > _FIRST_CONJUNCT or not is_cap(left[-1][2]):
        return None
    if not all(w[:1].isupper() and (is_cap(w) or _INITIAL.fullmatch(w)) for _, _, w in left):
        # "Minister for Women and Equalities Liz Truss": an "and" inside the
        # name of a department, one person.
        return None
    if bare(left[0][2]) in LEADING_NOISE | _NOT_FIRST_CONJUNCT:
        return None
    right_words = [w for _, _, w in tokens[at + 1 : end + 1]]
    if not all(w[:1].isupper() and (is_cap(w) or _INITIAL.fullmatch(w)) for w in right_words):
        # "Vicky Brock CEO and co-founder of Vistalworks": one person's offices.
        return None
    if any(bare(w) in TITLES | _OFFICES for w in [*right_words, *(w for _, _, w in left)]):
        # "Health and Social Care Secretary Sajid Javid", "Business and Energy
        # Secretary": the "and" of a department in a title; and a title
        # beside a name is read by the name's own rules.
        return None
    right = name_run(subject, tokens, end)
    if right is None or not subject.rstrip().endswith(right):
        return None
    return trim_name(subject[tokens[0][0] : tokens[end][1]]) or None


# Capitalised words that open a subject without naming anyone: "Both Lee and Roe".
_NOT_FIRST_CONJUNCT: Final = _words("both either neither between")


# Capitalised words that say what someone belongs to, not who they are.
_AFFILIATIONS: Final = _words(
    "republican democrat catholic protestant evangelical muslim christian jew mormon "
    "conservative liberal socialist libertarian independent american briton texan"
)


def _described_one(subject: str, tokens: list[tuple[int, int, str]], end: int) -> str | None:
    """Return "a registered Republican" when a word of affiliation ends such a phrase.

    A party, faith or nationality after "a" or "an" and lower-case words
    describes someone unnamed: the phrase as written is the source, not the
    capitalised word.
    """
    if (
        end < 1
        or bare(tokens[end][2]) not in _AFFILIATIONS
        or is_cap(tokens[end - 1][2])
        or not tokens[end - 1][2].isalpha()
    ):
        # "an angry Hollande", "a defensive Obama": a name after all.
        return None
    for k in range(end - 1, max(end - 4, -1), -1):
        word = tokens[k][2]
        if word in {"a", "an", "A", "An"}:
            return subject[tokens[k][0] : tokens[end][1]].strip(EDGE_PUNCT)
        if not (word.isalpha() and word.islower()) or word in PREPOSITIONS:
            return None
    return None


#: The most capitalised words of the name after "of" in "a friend of NAME".
_RELATION_NAME_WORDS: Final = 3
# Lower-case nouns of a relation to someone, outside SOURCE_NOUNS.
_RELATIONS: Final = _words(
    "confidant confidante associate acquaintance relative nephew niece grandson "
    "granddaughter stepson stepdaughter widow widower fiancé fiancée ex-wife ex-husband"
)


def _relation_phrase(subject: str, tokens: list[tuple[int, int, str]], end: int) -> str | None:
    """Return "a longtime friend of NAME" when *subject* ends with such a phrase.

    The person named after "of" is the one the speaker is related to ("a
    friend of Trump", "the head of the FBI"): the phrase as written is the
    source, never that name. Only when the name ends the subject (token
    *end*) and a lower-case noun of a person heads the phrase.
    """
    if end != len(tokens) - 1:
        return None
    k = end
    while k >= 0 and (
        is_cap(tokens[k][2]) or _INITIAL.fullmatch(tokens[k][2]) or tokens[k][2] in CONNECTORS
    ):
        k -= 1
    if end - k > _RELATION_NAME_WORDS or k < 1:
        return None
    if tokens[k][2] == "the":
        k -= 1
    if k < 1 or tokens[k][2] != "of":
        return None
    noun = tokens[k - 1][2]
    if not (noun.isalpha() and noun.islower()) or not (
        _source_noun(noun) or noun in _RELATIONS or noun.rstrip("s") in _RELATIONS
    ):
        return None
    start = k - 1
    while (
        start > 0
        and k - start <= _AGENT_WORDS
        and (tokens[start - 1][2].islower() or bare(tokens[start - 1][2]) in DETERMINERS)
        and bare(tokens[start - 1][2]) not in PREPOSITIONS | JOINERS | SPEECH_VERBS | PRONOUNS
    ):
        start -= 1
        if bare(tokens[start][2]) in DETERMINERS:
            break
    if start > 0 and bare(tokens[start][2]) not in DETERMINERS:
        # "Dan met friends of Trump": no phrase of its own opens the noun.
        return None
    if (
        start >= 3
        and tokens[start - 1][2] == "of"
        and tokens[start - 2][2].isalpha()
        and tokens[start - 2][2].islower()
        and _source_noun(tokens[start - 2][2])
        and bare(tokens[start - 3][2]) in DETERMINERS
    ):
        # "The head of the field hospital of Tripoli": the head speaks, not
        # the hospital; the phrase runs from the first noun.
        start -= 3
    return subject[tokens[start][0] : tokens[end][1]].strip(EDGE_PUNCT)


_SPOKES: Final = frozenset(["spokesman", "spokeswoman", "spokesperson"])
# People who speak for someone else: "a spokesman for", "an adviser to".
_AGENTS: Final = _words(
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen aide aides "
    "adviser advisers advisor advisors lawyer lawyers attorney attorneys representative "
    "representatives staffer staffers"
)
#: The most lower-case words before the agent noun ("a senior campaign adviser").
_AGENT_WORDS: Final = 3


def _agent_phrase(subject: str, tokens: list[tuple[int, int, str]]) -> str | None:
    """Return the phrase "a spokesman for NAME" that ends *subject* (its *tokens*), if any."""
    agent = _agent_for(tokens)
    if agent < 0:
        return None
    return subject[tokens[agent][0] : tokens[-1][1]].strip(EDGE_PUNCT)


def _agent_for(tokens: list[tuple[int, int, str]]) -> int:
    """Return where a phrase "a spokesman for NAME" opens in *tokens*, or -1.

    The agent noun must be in lower case, right before "for" or "to", and a
    name (a capitalised last word) must follow; the phrase opens at the
    determiner or lower-case words just before the noun.
    """
    if len(tokens) < 3 or not is_cap(tokens[-1][2]):
        return -1
    for k in range(len(tokens) - 2, 0, -1):
        word = tokens[k][2]
        # "A source close to Waha Capital": the source, not the company.
        close = (
            word == "to"
            and k >= 2
            and tokens[k - 1][2] == "close"
            and (tokens[k - 2][2].islower() or k == 2)
            and _source_noun(bare(tokens[k - 2][2]))
        )
        if (
            (word in {"for", "to"} and tokens[k - 1][2] in _AGENTS)
            # "A spokesperson of China’s Ministry of Commerce said".
            or (word == "of" and tokens[k - 1][2] in _SPOKES)
            or close
        ):
            start = k - 2 if close else k - 1
            while (
                start > 0
                and k - 1 - start < _AGENT_WORDS
                and bare(tokens[start - 1][2]) not in PREPOSITIONS | JOINERS | SPEECH_VERBS
                and (tokens[start - 1][2].islower() or bare(tokens[start - 1][2]) in _ARTICLES)
            ):
                start -= 1
            return start
        if not (is_cap(word) or word in _BODY_WORDS_LINKS or word in CONNECTORS):
            return -1
    return -1


def _person_before(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Tell whether two capitalised words that are no titles end just before token *at*."""
    k, names = at - 1, 0
    while k >= 0 and is_cap(tokens[k][2]):
        names += bare(tokens[k][2]) not in TITLES | _OFFICES
        k -= 1
    return names >= 2


def _named_end(tokens: list[tuple[int, int, str]]) -> int:
    """The last token of the name a subject ends with, past names that only describe.

    A name after a preposition ("of Tehran University") describes the one
    before it, unless nothing else is named. Returns -1 when every name
    describes a lower-case noun that opens the subject ("prosecutors in
    San Francisco"): the head is that noun, not a name.
    """
    if _described_noun(tokens):
        # "His lawyer in New York", "The report on Brexit": the place or
        # topic after the noun is not who speaks.
        return -1
    end = len(tokens) - 1
    j = len(tokens) - 1
    while j >= 0:
        if not (is_cap(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2])):
            j -= 1
            continue
        i = j
        while i > 0 and (
            is_cap(tokens[i - 1][2])
            or _INITIAL.fullmatch(tokens[i - 1][2])
            or tokens[i - 1][2] in CONNECTORS
            or _of_link(tokens, i - 1)
            # "in San Francisco and Los Angeles": names joined in one phrase.
            or (tokens[i - 1][2] in _JOINING and i >= 2 and is_cap(tokens[i - 2][2]))
        ):
            i -= 1
        if all(bare(tokens[k][2]) in DETERMINERS for k in range(i, j + 1)):
            # "The head of ...": a capital that opens the sentence names no one.
            j = i - 1
            continue
        if j < len(tokens) - 1 and _COMPOUND_ADJECTIVE.fullmatch(tokens[j][2]):
            # "White House-era documents from Diane D. Blair": the names make
            # an adjective of the lower-case noun after them, the head.
            return -1
        before = i - 1
        if before >= 1 and tokens[before][2] == "the":
            # "Ann Lee of the Harbour Trust".
            before -= 1
        if (
            before >= 1
            and bare(tokens[before][2]) in _ARTICLES
            and _person_before(tokens, before - 1)
        ):
            # "Stephen Vladeck of the University of Texas": "of the" describes
            # a person named before it (not an office: "Co-Chair of the ...").
            before -= 1
        if (
            before < 0
            or bare(tokens[before][2]) not in PREPOSITIONS
            or (
                before >= 1
                and bare(tokens[before - 1][2]).rsplit("-", 1)[-1] in TITLES | _OFFICE_HEADS
            )
        ):
            if _noun_after(tokens, j + 1):
                # "Six Gannett newspapers in New Jersey", "Human rights
                # activists in Ivory Coast": the name makes an adjective of
                # the source noun after it, the head.
                return -1
            end = j
            break
        j = before
    else:
        if tokens[0][2][:1].islower() and _source_noun(bare(tokens[0][2]), listed_only=True):
            # "prosecutors in San Francisco and Los Angeles": every name
            # describes a noun before it; that noun is the head.
            return -1
    return end


# Prepositions after which a name says where or about what, never on whose behalf
# ("for"), whose ("of"), by whom ("by", "from") or when ("after Trump told").
_WHERE_OR_WHAT: Final = _words(
    "in on at about over near across inside outside around within against "
    "under into throughout beyond behind along amid toward towards"
)
# Determiners of a noun the reader already knows: "a speechwriter in X" is an
# apposition to a name before it, which it does not replace.
_DEFINITE: Final = _words("the his her their its our my your this that")
# How many lower-case words may stand between the determiner and the preposition.
_NOUN_WORDS: Final = 2


def _described_noun(tokens: list[tuple[int, int, str]]) -> bool:
    """Tell whether *tokens* are a definite noun, then a place or topic with the first name.

    "His lawyer in New York", "the report on Brexit": the first name comes
    after a preposition of place or topic; not "the justice sounded off on
    Trump" (a verb, not a noun, before the preposition).
    """
    if len(tokens) < 4 or bare(tokens[0][2]).lower() not in _DEFINITE:
        return False
    first = next((k for k, t in enumerate(tokens) if is_cap(t[2]) and k > 0), len(tokens))
    between = [t[2] for t in tokens[1 : first - 1]]
    return (
        1 <= len(between) <= _NOUN_WORDS
        and first < len(tokens)
        and bare(tokens[first - 1][2]) in _WHERE_OR_WHAT
        and all(w.isalpha() and w.islower() and not w.endswith("ed") for w in between)
        and not _PARTICLES & set(between)
        # The place or topic ends the subject: "The anxiety about Trump's ...
        # effect was underscored when House Speaker Paul Ryan" is a longer clause.
        and all(is_cap(t[2]) or t[2] in _PLACE_JOINS for t in tokens[first:])
    )


_PLACE_JOINS: Final = _words("of the and & de")

_PARTICLES: Final = _words("off up out down back away")


_RELATIVE: Final = frozenset(["which", "whom", "whose"])
# A name made an adjective by a lower-case word after a hyphen: "House-era", "Obama-style".
_COMPOUND_ADJECTIVE: Final = re.compile(r"[A-Z][\w.’']*-[a-z]+")


def is_adverbial(chunk: str) -> bool:
    """Tell whether *chunk* is an aside between a subject and its verb."""
    words = chunk.split()
    return (
        not words
        # Not "in which he": a relative clause with its own subject.
        or (words[0] in PREPOSITIONS and len(words) <= 8 and not _RELATIVE & set(words))
        or all(bare(w) in BETWEEN or bare(w) in TIME_WORDS for w in words)
    )


def is_apposition(chunk: str) -> bool:
    """Tell whether *chunk* describes a person named before it.

    ``a fund manager``, ``the director of ...``, ``one of the plaintiffs``,
    ``who lost the primary``, ``R-Wis.``, ``45``, ``director at the centre``.
    """
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    if words[0] in SUBJECT_PRONOUNS:
        # "Poignantly, she sent him messages on the evening ..., reading:": a
        # clause with its own subject, not a description of a name.
        return False
    described, _, more = chunk.partition(" and ")
    if more and more.split()[0].lower() in _ARTICLES and is_apposition(described):
        # "The Muslim Brotherhood, Egypt’s largest Islamist party and the
        # movement that brought Morsi to power, said": two descriptions.
        return True
    if _PARTY.fullmatch(chunk.strip()) or first.isdigit() or first in APPOSITION_OPENERS:
        return True
    if len(words) > 1 and first.endswith(("’s", "'s", "s’", "s'")) and words[-1].islower():
        # "Dstl’s technical lead", "the company’s chief executive", "Minneapolis’
        # top prosecutor".
        return True
    if (
        len(words) > 1
        and first.isalpha()
        and first.endswith("ing")
        and words[0].islower()
        and first not in _NOT_PARTICIPLES
    ):
        # "wearing a cowboy hat and campaign pins": a participle phrase
        # describes the person named before it.
        return True
    owner = next((k for k, w in enumerate(words) if w.endswith(("’s", "'s", "s’", "s'"))), -1)
    if (
        0 < owner < len(words) - 1
        and all(is_cap(w) for w in words[: owner + 1])
        and all(w.isalpha() and w.islower() for w in words[owner + 1 :])
    ):
        # "Mr. Obama's deputy national security adviser", "New York’s
        # attorney general": a post held under a name written in capitals.
        return True
    if all(bare(w) in _BARE_OFFICE_WORDS for w in words) and any(
        bare(w) not in {"and", "&"} for w in words
    ):
        # "Nigel Toon, CEO and co-founder, Graphcore said:", "Sarah Jones,
        # founder, The Bread Company, said:": an office alone.
        return True
    last = bare(words[-1])
    if len(words) > 1 and (
        (first in _OFFICE_HEADS and last in _OFFICE_ENDS)
        or (last in _OFFICES and not words[-1].isupper())
        or last in _OFFICE_ACRONYMS
    ):
        # "Chair South Ferriby Parish Council Flood Protection Committee",
        # "MHRA Chief Safety Officer": an office, ending in its body or in
        # the office.
        return True
    lowered = [w for w in words if w[:1].islower() and w not in CONNECTORS]
    # "director of the centrist Tax Policy Center", "Middle East portfolio
    # manager for ...": a role with its organisation.
    return bool(lowered) and any(w in PREPOSITIONS for w in lowered)


# Offices written as their initials: "Betty Radier, Kenya Tourism Board (KTB) CEO, said".
_OFFICE_ACRONYMS: Final = _words("ceo cfo coo cto")
# The words of an office written alone after a name ("CEO and co-founder").
_BARE_OFFICE_WORDS: Final = (
    _OFFICES
    | _OFFICE_ACRONYMS
    | _words("chief founder co-founder cofounder owner partner managing deputy and &")
)
# Words in -ing that open no participle phrase about a person.
_NOT_PARTICIPLES: Final = _words(
    "including according during following regarding concerning notwithstanding pending "
    "nothing something anything everything thing king spring morning evening string"
)
# Words that open an office written in capitals after a name.
_OFFICE_HEADS: Final = _words(
    "chair chairman chairwoman chief head director president minister secretary "
    "executive officer commissioner chancellor founder deputy managing senior"
)
# Words that end an office or the body that holds it.
_OFFICE_ENDS: Final = _OFFICES | _words(
    "committee council association authority agency department ministry office board "
    "trust service group company bank university college institute centre center "
    "foundation society federation commission union partnership network"
)
#: The most words of a body named after a name and its office ("Ben Roberts,
#: Chief Executive, BFI said").
_BODY_WORDS: Final = 4


def _titled(chunk: str) -> bool:
    """Tell whether *chunk* is a title in capitals ("Mr. Turner", "Secrets & Lies")."""
    words = chunk.split()
    return 1 <= len(words) <= _TITLE_CHUNK_WORDS and all(is_cap(w) or w == "&" for w in words)


#: The most words of a title listed after an apposition.
_TITLE_CHUNK_WORDS: Final = 6


#: The most words of an item in such a list ("rare tarot cards").
_LIST_ITEM_WORDS: Final = 4


def _listed(chunk: str, *, people: bool = False) -> bool:
    """Tell whether *chunk* is an item of a list in lower case ("rare cards", "and books").

    With *people*, an item naming people ("refugees") counts too.
    """
    words = chunk.split()
    return (
        1 <= len(words) <= _LIST_ITEM_WORDS
        and all(w[:1].islower() for w in words)
        # "and local residents" may speak; "and books" may not.
        and (
            people
            or (
                not bare(words[-1]).rstrip("s").endswith(_PERSON_SUFFIXES)
                and bare(words[-1]) not in _COLLECTIVES
            )
        )
    )


#: A dash set apart by spaces: what stands before it is a clause of its own.
_SPACED_DASHES: Final = (" — ", " – ", " -- ", " - ", " ― ")


def _after_dash(chunk: str) -> str:
    """Return the words of *chunk* after its last spaced dash (all of it when none).

    A conjunction that opens what is left goes too: "But Mr. Guerrero".
    """
    at = max(chunk.rfind(dash) + len(dash) if dash in chunk else -1 for dash in _SPACED_DASHES)
    rest = chunk if at < 0 else chunk[at:]
    first, _, others = rest.strip().partition(" ")
    return others if first in _OPENING_CONJUNCTIONS and others[:1].isupper() else rest


_OPENING_CONJUNCTIONS: Final = frozenset(["But", "And", "Yet", "So"])


def _described_name(chunk: str) -> str | None:
    """Return the full name that ends *chunk* after a description in lower case, if one does.

    "tattoo artist Ashley Matthias" gives "Ashley Matthias": one to three
    words in lower case that make a noun phrase (no preposition, no verb in
    the past), then a name of two words at least.
    """
    words = chunk.split()
    capitals = len(words)
    while capitals > 0 and is_cap(words[capitals - 1]):
        capitals -= 1
    described = words[:capitals]
    if (
        not 1 <= len(described) <= _DESCRIPTION_WORDS
        or len(words) - capitals < 2
        or not all(w.isalpha() and w.islower() for w in described)
        or any(w in PREPOSITIONS or w.endswith("ed") for w in described)
    ):
        return None
    name = " ".join(words[capitals:])
    return name if is_name_chunk(name) else None


#: The most words in lower case that describe a name before it ("tattoo artist").
_DESCRIPTION_WORDS: Final = 3


def name_before_appositions(chunks: list[str]) -> str | None:
    """Return the name chunk that the last chunks of *chunks* describe, if any."""
    last = chunks[-1].split() if chunks else []
    if (
        len(chunks) >= 3
        and last[:1] == ["and"]
        and last[1:2] in (["a"], ["an"])
        and is_apposition(chunks[-2])
    ):
        # "Ahmad Ban, expert with the Nile Center, and a Brotherhood dissident,
        # said": a second description of the same person, not a second source.
        chunks = [*chunks[:-1], " ".join(last[1:])]
    if len(chunks) >= 2 and is_apposition(chunks[1]):
        # "It was no accident — Lars Moen, a spokesman for Haugen, told":
        # the clause before the dash is the writer's; the name opens after it.
        chunks = [_after_dash(chunks[0]), *chunks[1:]]
    if (
        len(chunks) >= 3
        and 1 <= len(chunks[-1].split()) <= _BODY_WORDS
        and all(is_cap(w) for w in chunks[-1].split())
        and is_apposition(chunks[-2])
        and bare(chunks[-2].split()[0] if chunks[-2].split() else "") in _OFFICE_HEADS
    ):
        # "Ben Roberts, Chief Executive, BFI said": the body after the office
        # belongs to it.
        chunks = chunks[:-1]
    if (
        len(chunks) >= 3
        and is_name_chunk(chunks[0])
        and len(chunks[0].split()) >= 2
        # "Executive Director, Institute of ..., Shireen Chambers said": an
        # office first is no name.
        and bare(chunks[0].split()[-1]) not in _OFFICES
        # "Last September, when the hall was hit, Babar says": a time that
        # opens the sentence is no name.
        and bare(chunks[0].split()[0]) not in _TIME_OPENERS
        and not _opens_aside(chunks[0])
        and is_apposition(chunks[1])
        and all(_titled(chunk) or is_apposition(chunk) for chunk in chunks[2:])
    ):
        # "Mike Leigh, writer and director of Vera Drake, Mr. Turner, Secrets
        # & Lies said": the works listed after an apposition belong to it.
        return chunks[0]
    listed = len(chunks) - 1
    if ((chunks[-1].split() or [""])[0] in {"and", "or"} and _listed(chunks[-1])) or (
        # "..., who chairs the committee on financial crimes, tax evasion and tax
        # avoidance, told": the end of a list with no comma before "and".
        len(chunks) >= 3
        and " and " in chunks[-1]
        and all(_listed(part) for part in chunks[-1].split(" and "))
    ):
        # Only the last item may be a source ("and local residents"); the
        # items before it are any short words in lower case ("population,
        # refugees, and migration").
        listed -= 1
        while listed > 1 and _listed(chunks[listed], people=True):
            listed -= 1
    if listed < len(chunks) - 1 and is_apposition(chunks[listed]):
        # "Kaplan, also a collector of games, rare tarot cards, and books
        # says": the items after an apposition go on its list.
        chunks = chunks[: listed + 1]
    j = len(chunks) - 1
    while j > 0 and (is_apposition(chunks[j]) or not subject_tokens(chunks[j])):
        j -= 1
    if j == len(chunks) - 1:
        return None
    relative = all(
        (chunk.split() or [""])[0].lower() in RELATIVE_OPENERS for chunk in chunks[j + 1 :]
    )
    joined = chunks[j].rsplit(" and ", 1)
    if len(joined) < 2 and " but " in chunks[j]:
        # "The decision has angered some relatives but taxi driver Rudy Rahman,
        # 40, said": the same after "but".
        joined = chunks[j].rsplit(" but ", 1)
    if (
        len(joined) == 2
        and joined[0].strip()
        and len(joined[1].split()) >= 2
        and (
            is_name_chunk(joined[1])
            # "taxi driver Rudy Rahman", not "the United States".
            or (_titled_name_chunk(joined[1]) and bare(joined[1].split()[0]) not in DETERMINERS)
        )
        and not is_name_chunk(joined[0])
        # Not "In an interview with Joe Scarborough and Mika Brzezinski, the
        # candidate stated": a phrase, not a clause, before "and".
        and not _opens_aside(joined[0])
        and bare(joined[0].split()[0]) not in PREPOSITIONS
    ):
        # "Eich stepped down and Mitchell Baker, executive chairwoman of
        # Mozilla, posted": the apposition describes the name after "and",
        # the subject of a clause of its own.
        return joined[1]
    person = _person_of_body(chunks[j])
    if person is not None:
        # "Tim Morris of the UK Major Ports Group, the trade association
        # for ..., said": the person, not the body nor its description.
        return person
    described = _described_name(chunks[j])
    if described is not None:
        # "tattoo artist Ashley Matthias, 31, said": a description in lower
        # case, then the name the apposition is about.
        return described
    if not (
        is_name_chunk(chunks[j])
        or _titled_name_chunk(chunks[j])
        or (relative and subject_tokens(chunks[j]))
    ):
        # "The ministry, which runs the border, said": a relative clause
        # describes whatever comes before it.
        return None
    if bare(chunks[j].split()[-1]) in TIME_WORDS:
        return None
    if j == 0 and len(chunks[j].split()) == 1 and bare(chunks[j]).endswith(_ADVERB_ENDINGS):
        # "Specifically, the FSF asked": an adverb opens the sentence; what
        # follows its comma is the subject, no apposition of a name.
        return None
    return chunks[j]


# Endings of the adverbs that open a sentence ("Specifically", "Separately",
# "Notably", "Similarly"), and of few first or last names ("Kelly", "Emily",
# "Beverly" and "Connolly" keep their own endings).
_ADVERB_ENDINGS: Final = (
    "ally",
    "ately",
    "ively",
    "ously",
    "edly",
    "ingly",
    "fully",
    "ently",
    "antly",
    "ibly",
    "ably",
    "arly",
)
_ARTICLES: Final = frozenset(["the", "a", "an"])
_BODY_LINKS: Final = frozenset(["of", "at", "from"])
# Lower-case words inside the name of a body: "the Department for Work and Pensions".
_BODY_WORDS_LINKS: Final = frozenset(["of", "for", "and", "the", "on"])


#: The most lower-case words after a body's name that say what kind of body it is.
_BODY_KIND_WORDS: Final = 2


def _person_of_body(chunk: str) -> str | None:
    """Return the person's name in *chunk* when it is a name, then "of" and a named body.

    "Tim Morris of the UK Major Ports Group" gives "Tim Morris"; the name
    must have two words at least and be neither an office ("Prime Minister
    of Britain") nor a body ("Royal College of Nursing").
    """
    words = chunk.split()
    link = next((k for k, w in enumerate(words) if w in _BODY_LINKS), -1)
    if link < 2:
        return None
    name, body = words[:link], [w for w in words[link + 1 :] if w not in _ARTICLES]
    kind = 0
    while kind < _BODY_KIND_WORDS and len(body) > 1 and body[-1].isalpha() and body[-1].islower():
        # "Chandra Bhushan of the Centre for Science and Environment think
        # tank": what kind of body it is, after its name.
        body.pop()
        kind += 1
    joined = body.index("and") if "and" in body else len(body)
    if (
        not body
        # "Johnny Isakson of Georgia and John Boozman of Arkansas": two people.
        or any(w in _BODY_LINKS for w in body[joined:])
        or not all(is_cap(w) or w in CONNECTORS or w in _BODY_WORDS_LINKS or w == "&" for w in body)
        or not is_cap(body[-1])
        or not is_name_chunk(" ".join(name))
        # "Royal College of Nursing", "Prime Minister of Britain": a body or
        # an office, no person.
        or any(bare(w) in _OFFICES | _OF_HEADS for w in name)
        or bare(name[-1]) in TITLES
    ):
        return None
    return " ".join(name)


_NOT_FIRST: Final = PREPOSITIONS | LEADING_NOISE | JOINERS | WH_WORDS
#: The most words a described name may have: "the economist Jared Bernstein".
_TITLED_NAME_WORDS: Final = 7


def _titled_name_chunk(chunk: str) -> bool:
    """Tell whether *chunk* is a name after lower-case words that describe it.

    ``the economist Jared Bernstein``, ``Texas delegate Bill Eastland``: a
    determiner, title or description, then a name of two capitalised words
    or more, and nothing else.
    """
    words = chunk.split()
    if not 3 <= len(words) <= _TITLED_NAME_WORDS:
        return False
    k = len(words)
    while k > 0 and (is_cap(words[k - 1]) or words[k - 1] in CONNECTORS):
        k -= 1
    if len(words) - k < 2 or k == 0:
        return False
    if bare(words[0]) in _NOT_FIRST:
        return False
    if not (is_cap(words[0]) or words[0] in _ARTICLES) and not (
        # "constitutional expert Tim Bale, professor of politics at ...,
        # told": after a quotation the description opens in lower case; its
        # last word must then be a source's noun, and none a preposition.
        bare(words[k - 1]) in SOURCE_NOUNS and PREPOSITIONS.isdisjoint(words[:k])
    ):
        return False
    return all(w.isalpha() and w.islower() and w not in _NOT_FIRST for w in words[1:k])


def _without_style(words: list[str]) -> list[str]:
    """*words* without a leading style of address: "The Rt Hon Steve Barclay" -> "Steve Barclay".

    "HE Robert Chatterton Dickson" and "His Excellency Ann Lee" lose theirs too.
    """
    k = 0
    while k < len(words) - 2 and (bare(words[k]) in _STYLES or words[k] in _EXCELLENCY):
        k += 1
    if k < len(words) - 3 and words[k] in {"His", "Her"} and words[k + 1] == "Excellency":
        k += 2
    return words[k:] if k and bare(words[k - 1]) != "the" else words


# A style of address before a name: "The Rt Hon", "The Right Honourable".
_STYLES: Final = _words("the rt rt. right hon hon. honourable honorable")
# What may end a name: "Jr.", "Sr.", "III".
_SUFFIXES: Final = frozenset(["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"])
# "His/Her Excellency" as diplomats write it, in capitals only ("He Jiankui" is a name).
_EXCELLENCY: Final = _words("HE H.E.")
# Words that a name run drops from its start: "Chief Executive", "But", "Rt Hon".
_BEFORE_NAME: Final = TITLES | LEADING_NOISE | _STYLES


#: The fewest letters of a word in -ing that opens a phrase, not a name
#: ("Congratulating Solshare", "Commenting on").
_PARTICIPLE_LETTERS: Final = 10


def is_name_chunk(chunk: str) -> bool:
    words = _without_style(chunk.split())
    if len(words) > 1 and words[-1] in _SUFFIXES:
        # "State Senator Donald Betts Jr.": the suffix adds no word to the name.
        words = words[:-1]
    return (
        1 <= len(words) <= 5
        and not (words[0].endswith("ing") and len(words[0]) >= _PARTICIPLE_LETTERS)
        and all(is_cap(w) or w in CONNECTORS for w in words)
        and (bare(words[0]) not in PREPOSITIONS | LEADING_NOISE | DETERMINERS)
    )


# Adverbs in lower case that may end the words before a verb ("Trump has even
# claimed"); never part of a subject.
_BEFORE_VERB: Final = _words("even always never ever just")
# Modals that may stand before "have" and a verb ("Ed Lee may have said"); a
# modal before a bare verb ("they must tell you") reports no speech act.
_MODALS: Final = _words("may might must could should would")


def subject_tokens(subject: str) -> list[tuple[int, int, str]]:
    tokens = word_spans(subject)
    popped = ""
    while tokens and (
        bare(tokens[-1][2]) in BETWEEN
        or (tokens[-1][2].islower() and bare(tokens[-1][2]) in _BEFORE_VERB)
        or (tokens[-1][2].islower() and bare(tokens[-1][2]) in _MODALS and popped == "have")
        or (
            tokens[-1][2].endswith("ly")
            and tokens[-1][2].islower()
            and bare(tokens[-1][2]) not in _LY_NOUNS
            # "the family", "an ally": a determiner opens a noun, not an adverb.
            and not (len(tokens) >= 2 and bare(tokens[-2][2]) in DETERMINERS | PREPOSITIONS)
        )
    ):
        popped = bare(tokens.pop()[2])
    return tokens


# Nouns that end like adverbs: "a friend of the family", "a close ally".
_LY_NOUNS: Final = _words("family families ally assembly rally supply monopoly anomaly")


# Words that open a source described by a noun: "The president", "Another
# respondent", "One survey respondent".
_DESCRIBING: Final = _words("the another one a an")
#: How many words a described subject ("The retired neurosurgeon") may have.
_DESCRIBED_WORDS: Final = 4


def _described_subject(text: str, tokens: list[tuple[int, int, str]]) -> str | None:
    """Return a source described by a noun that opens *text* before its verb.

    ``The president noted ...``, ``The retired neurosurgeon addressed ...``,
    ``Another respondent highlighted ...``: "the" (or "a", "another", "one")
    and at most a few words whose last is a source noun (a person, group or
    source), then a verb of the past or present.
    """
    if not tokens:
        return None
    first = bare(tokens[0][2])
    start = 1
    if first in _MULTITUDES and len(tokens) > 2 and bare(tokens[1][2]) == "of":
        # "Hundreds of pro-Sanders demonstrators marched".
        first, start = "several", 2
    counted = first in _COUNTING
    owned = first in _OWNERS
    if first not in _DESCRIBING and not counted and not owned:
        return None
    for k in range(start, min(len(tokens) - 1, start + _DESCRIBED_WORDS)):
        word = tokens[k][2]
        if word.isalpha() and word[:1].isupper() and word[1:].islower() and k + 1 < len(tokens):
            # "The Russian space agency", "a White House official": a name
            # modifies the source noun; it is not the noun.
            continue
        if not (word.isalpha() and word.islower()) and not _COMPOUND.fullmatch(word):
            # "pro-Sanders demonstrators": a compound modifier may hold a name.
            return None
        j = k + 1
        if tokens[j][2].endswith("ly") and tokens[j][2].islower() and j + 1 < len(tokens):
            # "Her campaign quickly blasted out": an adverb before the verb.
            j += 1
        if (
            bare(tokens[j][2]) == "on"
            and j + 2 < len(tokens)
            and bare(tokens[j + 1][2]) in TIME_WORDS
        ):
            # "A Maltese magistrate on Wednesday refused": the day before the verb.
            j += 2
        nxt = tokens[j][2]
        verb = nxt.islower() and (
            nxt.endswith("ed") or nxt in SPEECH_VERBS or nxt in PAST_FORMS or nxt in _AUXILIARY
        )
        # "Several environmental groups granted ...": a counted source is plural;
        # "His office put out", "Her liberal friends mocked": an owned source
        # is a source noun (not "His remarks drew").
        if verb and _source_noun(word, listed_only=owned) and (not counted or word.endswith("s")):
            return text[tokens[0][0] : tokens[k][1]]
    return None


# Plural counts that open a source with "of": "Hundreds of demonstrators".
_MULTITUDES: Final = _words("hundreds thousands dozens scores millions tens")
# Possessive determiners that open a source someone has: "His office", "Her campaign".
_OWNERS: Final = _words("his her its their")
# Auxiliaries and modals that may stand for a described subject's verb: "The
# agency would not describe the malfunction, saying ...".
_AUXILIARY: Final = _words("would will could can did does has had have was were is are")
_COMPOUND: Final = re.compile(r"[a-z]+(?:-[A-Za-z]+)+")


# Words that count a plural source opening a clause: "Several environmental groups".
_COUNTING: Final = _words("several some many two three four five six seven eight nine ten")


# Prepositions that open a phrase before the main clause: "Shortly after the
# call ended,", "In separate interviews,". (A clause opened by "when" or
# "while" may hold commas and names of its own; it is not skipped.)
_ASIDE_OPENERS: Final = _words("after before despite amid following during in on at")


# Words that open a phrase of time before the main clause: "Late last month,",
# "Earlier this week,", "Last year,".
_TIME_OPENERS: Final = _words("late early earlier later last this next")
# Words that open a subordinate clause: with a participle after them ("While
# celebrating ...,") the clause has no subject of its own.
_SUBORDINATE_OPENERS: Final = _words("while when after before since")
# Words that open a clause of its own before a sentence's main clause.
_CLAUSE_OPENERS_BEFORE_SUBJECT: Final = _SUBORDINATE_OPENERS | _words(
    "as because although though if once until unless whereas"
)


# Past participles that open a passive clause after "when" or "if" ("When
# asked about it,", "If elected,").
_PASSIVE_OPENERS: Final = _words("asked pressed questioned told elected confronted challenged")


# Participles of questioning that open a sentence: "Asked by a journalist whether ...".
_ASKED_OPENERS: Final = _words("asked pressed questioned told")


def _opens_aside(chunk: str) -> bool:
    """Tell whether *chunk*, the words before a sentence's first comma, is no clause.

    A phrase of place or time ("In separate interviews", "Late last
    month"), a comparison ("Like Corker") or a clause whose verb is a
    participle ("While celebrating ... Tuesday night").
    """
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    if first.endswith("ly") and second in _ASIDE_OPENERS:
        # "Shortly after ...", "Moments before ...".
        return True
    if first in _TIME_OPENERS and len(words) <= _TIME_PHRASE and not _has_verb(words[1:]):
        # "Late last month", "Earlier this week" (not "Last year’s winner said").
        return all(w.islower() or bare(w) in TIME_WORDS for w in words[1:])
    if first in _ASKED_OPENERS and second in {"by", "about", "whether", "if", "why", "how", "what"}:
        # "Asked by a journalist whether Russia was still targeting ..., Trump
        # said": the question opens the sentence; its names are no subject.
        return True
    if first in {"like", "unlike"} and is_name_chunk(" ".join(words[1:])):
        # "Like Corker, Menendez also rejected ...": the compared name is no subject.
        return True
    if first in _SUBORDINATE_OPENERS and second.endswith("ing") and second.isalpha():
        return True
    if first in _SUBORDINATE_OPENERS | {"if", "once"} and second in _PASSIVE_OPENERS:
        # "When asked whom she supported, Ms. Sherry said": a passive clause
        # without a subject; a pronoun inside it is no subject of the sentence.
        return True
    return first in _ASIDE_OPENERS


#: The most words of a phrase of time that opens a sentence ("Early on Tuesday morning").
_TIME_PHRASE: Final = 4


def _has_verb(words: list[str]) -> bool:
    """Tell whether *words* hold a word that reads as a finite verb (a crude check)."""
    return any(bare(w) in _FINITE or bare(w) in SPEECH_VERBS for w in words)


def main_clause(text: str) -> str:
    """Return *text* without the phrase of place or time that opens it, if any.

    "After the Paris attacks, Trump released an ad": the subject follows the
    opening phrase, which names no speaker; nor do the place and time that
    may go on with it ("At a rally in Ames, Iowa, on Sunday,"). *text* itself
    is returned when nothing opens it.
    """
    chunks = text.split(",")
    if len(chunks) < 2 or not _opens_aside(chunks[0]):
        return text
    k = 1
    while k + 1 < len(chunks) and (
        is_adverbial(chunks[k])
        or (is_name_chunk(chunks[k]) and is_adverbial(chunks[k + 1]) and chunks[k + 1].strip())
    ):
        k += 1
    return ",".join(chunks[k:]).lstrip()


#: How many adverbs may stand between a subject and its verb ("also repeatedly").
_ADVERBS_BEFORE_VERB: Final = 2


def _verb_follows(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Tell whether token *k*, or the word after an adverb or two, is a finite verb.

    A lower-case word ending in "ed" or "s", a speech verb, an irregular past,
    a negated auxiliary ("didn’t") or "has" before a participle ("has said").
    """
    for _ in range(_ADVERBS_BEFORE_VERB + 1):
        if k >= len(tokens):
            return False
        word = tokens[k][2]
        if not word.islower():
            return False
        plain = bare(word).replace("’", "'")
        if plain.endswith("n't") and plain in _FINITE:
            # "Weaver didn’t seem": a negated auxiliary is a verb; a bare
            # "was" or "will" may open a clause of reported content.
            return True
        if plain in {"has", "had", "have"}:
            # "has said", "has consistently targeted"; not "had the air of".
            following = bare(tokens[k + 1][2]) if k + 1 < len(tokens) else ""
            if following == "since" and k + 2 < len(tokens):
                # "has since filed an appeal": "since" is an adverb there.
                third = tokens[k + 2][2]
                return third.islower() and (
                    third.endswith("ed") or third in PAST_FORMS or third in SPEECH_VERBS
                )
            return (
                following.isalpha()
                and tokens[k + 1][2].islower()
                and following not in DETERMINERS | PRONOUNS | PREPOSITIONS | {"no", "not"}
            )
        if word.endswith("ing"):
            return False
        if word in SPEECH_VERBS or word in PAST_FORMS:
            return True
        ending = word.rstrip(".,;:!?")
        if ending != word and (
            ending in SPEECH_VERBS or ending in PAST_FORMS or ending.endswith("ed")
        ):
            # A past verb may end the sentence or its clause ("Ann Lee
            # disagreed."); a word in "s" there is more often a plural noun
            # ("Washington politics.").
            return True
        if word.endswith(("ed", "s")):
            # Not "press" nor a noun for people after a name ("White House
            # press secretary", "Trump supporters"): nouns, not verbs.
            return not (
                _POSSESSIVE.search(word)
                or word.endswith("ss")
                or (word.endswith("s") and _source_noun(bare(word)))
            )
        if not (bare(word) in BETWEEN or word.endswith("ly")):
            return False
        k += 1
    return False


def _object_verb(word: str) -> bool:
    """Tell whether *word*, right before a name, is a verb whose object the name is."""
    plain = bare(word)
    return (
        word.islower()
        and word.isalpha()
        and (plain.endswith("ed") or plain in PAST_FORMS or plain in SPEECH_VERBS)
    )


def _second_of_two(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether the name ending at token *i* follows "and" or "or" ("Hale and Amy Ward")."""
    j = i
    while j > 0 and is_cap(tokens[j - 1][2]):
        j -= 1
    return j > 0 and bare(tokens[j - 1][2]) in {"and", "or"}


#: The most words of a last clause "Name said" before a participle.
_SAID_WORDS: Final = 5


def _said_last(text: str) -> str | None:
    """Return the name of a clause "Name said" that ends *text*, before a participle.

    "Mateen left early, Nefzi said, adding": the participle goes on from the
    last speech act, whose subject is the speaker.
    """
    last = text.rstrip(" ,").rsplit(",", 1)[-1]
    tokens = word_spans(last)
    if not 2 <= len(tokens) <= _SAID_WORDS or bare(tokens[-1][2]) not in SPEECH_VERBS:
        return None
    if not all(is_cap(t[2]) or t[2] in CONNECTORS for t in tokens[:-1]):
        return None
    name = name_run(last, tokens, len(tokens) - 2)
    return name if name and bare(name) not in PRONOUNS | TIME_WORDS else None


#: How many words may stand before a clause's subject ("But then the mayor").
_SUBJECT_REACH: Final = 3


def _after_opening_clause(
    text: str, tokens: list[tuple[int, int, str]], *, strict: bool, no_objects: bool
) -> tuple[str | None, bool] | None:
    """Return the subject after a clause that opens *text* with its own subject, if any.

    "When a brief postponement was granted, the doctor's widow, Helen, stood
    up and shouted": the opening clause has its own subject; the main
    clause's comes after its comma.
    """
    if not tokens or bare(tokens[0][2]) not in _CLAUSE_OPENERS_BEFORE_SUBJECT or "," not in text:
        return None
    after = main_subject(text.split(",", 1)[1], strict=strict, no_objects=no_objects)
    return after if after[0] is not None else None


def main_subject(
    text: str, *, strict: bool = False, no_objects: bool = False
) -> tuple[str | None, bool]:
    """Return the subject of the clause in *text* (for "..., saying").

    With *strict*, only a name or pronoun directly followed by its verb
    counts. With *no_objects*, a name right after a verb ("mocked Trump for
    calling") is its object and never taken for the subject.
    """
    # "Addressing MPs in a rowdy chamber, May disputed ...": the clause's
    # subject comes after the participle phrase that opens it.
    text = text[after_participle_opening(text) :]
    if "“" in text or '"' in text or "''" in text:
        # "About 50 people waved “Hong Kong independence” flags and": a name
        # inside quotation marks is quoted, no subject.
        text = _QUOTED_TITLE.sub("work", text)
    found = _main_subject(text, strict=strict, no_objects=no_objects)
    if found[0] is not None and not found[1]:
        opening = text.lstrip()
        comma = opening.find(",")
        if (
            comma > 0
            and bare(opening.split(maxsplit=1)[0]) in PREPOSITIONS
            and 0 <= opening.find(found[0]) < comma
        ):
            # "Alongside BLM calls for action, a top strategist said": a name
            # in the phrase that opens the sentence is no subject; the
            # clause's comes after the comma.
            past = main_subject(opening[comma + 1 :], strict=strict, no_objects=no_objects)
            found = past if past[0] is not None else found
    if found[0] is not None and not found[1] and " " not in found[0]:
        # "Local police have imposed a curfew ..., and said": the capital opens
        # a source noun in lower case; the source is both words.
        # (Matched from where the name ends, not with a pattern made of the
        # name: a pattern per name filled the regex cache, measured with
        # benchmarks/memory.py.)
        opening = text.lstrip()
        noun = (
            _LOWER_WORD_AFTER.match(opening, len(found[0]))
            if opening.startswith(found[0])
            else None
        )
        if noun is not None and _source_noun(noun.group(1), listed_only=True):
            return f"{found[0]} {noun.group(1)}", False
    if found[0] is None:
        owned = _owned_source(text, word_spans(text))
        if owned is not None:
            return owned, False
    if found[0] is None or (not found[1] and bare(found[0]) in _CLAUSE_OPENERS_BEFORE_SUBJECT):
        # No subject, or the word that opens a clause read as a name
        # ("When"): the subject may come after that clause.
        tokens = word_spans(text)
        after = _after_opening_clause(text, tokens, strict=strict, no_objects=no_objects)
        return after if after is not None else (None, False)
    return found


# A noun phrase that opens a clause and ends in a place before a comma:
# "Aircraft in and around Goma, ", "Officials in Kyiv, ".
_PLACE_BEFORE_COMMA: Final = re.compile(
    r"([A-Z][a-z]+)\s(?:[a-z]+\s){0,4}(?:in|near|around|at|outside|across|from)\s"
    r"(?:[A-Z][\w.’'-]*\s){0,2}[A-Z][\w.’'-]*,\s$"
)
# Words that open a sentence before a place and are no subject: "Back in Washington, ".
_NOT_OPENING_SUBJECTS: Final = TIME_WORDS | _words(
    "back also here there now then even once again elsewhere afterwards abroad home "
    "first finally last next right just shortly soon long but and or so yet however "
    # A clause of its own before the place: "As they met in Ottawa, Trump was ...".
    "as when while whilst after before since if although though because until unless"
)


def region_after_place(text: str, name: str) -> bool:
    """Tell whether *name* is the region of a place before it, not the clause's subject.

    "Aircraft in and around Goma, North Kivu have reported ...", "Officials
    in Kyiv, Ukraine said ...": the clause opens with a noun phrase that ends
    in a place, and the name after the comma says where that place is.
    """
    opening = text.lstrip(" *•-–")
    at = opening.find(name)
    if at <= 0 or not name[:1].isupper():
        return False
    found = _PLACE_BEFORE_COMMA.fullmatch(opening, 0, at)
    if found is None:
        return False
    first = found.group(1).lower()
    if bare(opening[:at].rstrip(", ").split()[-1]).lower() in TIME_WORDS:
        # "But in May, Bloomberg reported": a time, not a place.
        return False
    # Not an adverb or a participle: "Later in Paris, ", "Speaking in Paris, ".
    return (
        first not in _NOT_OPENING_SUBJECTS
        and first not in PREPOSITIONS
        and not first.endswith(("ly", "ing"))
    )


_WRITINGS: Final = _words("statement memo email e-mail note tweet release filing document")
# The lower-case word right after a name: "Local police".
_LOWER_WORD_AFTER: Final = re.compile(r"\s([a-z]+)\b")


def after_participle_opening(text: str) -> int:
    """Return where the clause of *text* goes on after a participle phrase that opens it (else 0).

    >>> text = "Opening cupboards and files, Otaibi walked through the building."
    >>> text[after_participle_opening(text) :]
    'Otaibi walked through the building.'
    """
    opening = _PARTICIPLE_OPENING.match(text)
    return 0 if opening is None else opening.end()


# A participle phrase that opens a clause, up to the comma before its subject:
# "Addressing MPs in a rowdy chamber, ", "Opening cupboards, filing cabinets
# and ..., " (not "Beijing has said": a verb after the word is no phrase of it).
_PARTICIPLE_OPENING: Final = re.compile(
    r"\s*(?:[A-Z][a-z]{2,}ing|Based|Asked|Born|Pressed|Questioned|Reached|Contacted)"
    r"\s(?!(?:has|have|had|is|was|are|were|will|would|could|should|"
    r"can|may|might|must|said|says|told|and|or)\b)[^;:“”\"]{0,160}?,\s"
    # The subject, then its verb ("Trump went"), not a place set off by commas
    # ("in Salem, New Hampshire, Trump went").
    r"(?=(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*\s[a-z]|(?:he|she|they|we)\s)"
)


def _owned_source(text: str, tokens: list[tuple[int, int, str]]) -> str | None:
    """Return a name's source that opens *text* before its verb: "Mayor Menino’s administration".

    "But Mayor Thomas M. Menino’s administration was not ready to give up,
    saying": the name with its possessive and the source noun it owns, as
    written (a determiner or "But" before it left out).
    """
    k = 0
    while k < len(tokens) and bare(tokens[k][2]) in LEADING_NOISE | DETERMINERS:
        k += 1
    start = k
    while k < len(tokens) and (is_cap(tokens[k][2]) or _INITIAL.fullmatch(tokens[k][2])):
        if _POSSESSIVE.search(tokens[k][2]):
            break
        k += 1
    if (
        k + 2 >= len(tokens)
        or not _POSSESSIVE.search(tokens[k][2])
        or not is_cap(tokens[k][2])
        or not tokens[k + 1][2].islower()
        or not _source_noun(bare(tokens[k + 1][2]), listed_only=True)
        # "Hoff’s letter makes a case": the writing, whose writer is named.
        or bare(tokens[k + 1][2]) in _PUBLISHED | _WRITINGS
        or not _verb_follows(tokens, k + 2)
    ):
        return None
    return text[tokens[start][0] : tokens[k + 1][1]]


# A party and state label after a name: "Ed Rendell (D),", "Ron Johnson (R-Wis.)".
_PARTY_LABEL: Final = re.compile(
    r"(?<=\w)\s\([DRI](?:-[A-Z][A-Za-z.]{0,8}(?:\s[A-Z][A-Za-z.]{0,4})?)?\)"
)


# Offices in the plural, the source when a title opens them.
_PLURAL_OFFICES: Final = _words(
    "officers ministers secretaries directors commissioners chiefs officials advisers advisors"
)


def _titled_name(chunk: str) -> str | None:
    """Return the name that ends *chunk* after a title in lower case ("Former governor Ed Rendell").

    None unless the words before the name are a title's: capitalised words
    and lower-case words of :data:`TITLES` or offices only.
    """
    speaker, pronoun = speaker_of(chunk)
    if speaker is None or pronoun or not is_named(speaker) or not chunk.rstrip().endswith(speaker):
        return None
    lead = chunk.rstrip()[: -len(speaker)].split()
    if not lead or any(w.islower() and bare(w) not in TITLES | _OFFICES for w in lead):
        return None
    return speaker


def _name_of_place(text: str, tokens: list[tuple[int, int, str]], i: int) -> str | None:
    """Return the name whose place token *i* is ("Senator Ann Lee of Ohio"), if any.

    The place is no subject: the name it belongs to is. None when no
    capitalised run stands before "of", when the run is a single word
    ("Members of Congress") or when a preposition opens it ("A spokesman for
    Mayor Ann Lee of Cleveland": the name is not the subject).
    """
    if i < 2 or tokens[i - 1][2] != "of" or not is_cap(tokens[i - 2][2]):
        return None
    j = i - 2
    while j > 0 and is_cap(tokens[j - 1][2]):
        j -= 1
    if j and bare(tokens[j - 1][2]) in PREPOSITIONS:
        return None
    whole, _ = speaker_of(text[tokens[j][0] : tokens[i][1]])
    return whole if whole is not None and " " in whole else None


def _main_subject(text: str, *, strict: bool, no_objects: bool) -> tuple[str | None, bool]:
    """Read the subject of the clause in *text*; see :func:`main_subject`."""
    text = _PARTY_LABEL.sub("", _DATELINE.sub("", text, count=1))
    tokens = word_spans(text)
    nearest = (_subordinate_subject(text) if no_objects else None) or (
        # "Her campaign quickly blasted out": the source she has, not she.
        _described_subject(text, tokens) if tokens and bare(tokens[0][2]) in _OWNERS else None
    )
    if nearest is not None:
        return nearest, False
    if tokens and bare(tokens[0][2]) in PRONOUNS:
        return text[tokens[0][0] : tokens[0][1]], True
    clause = main_clause(text)
    if clause is not text:
        return main_subject(clause, strict=strict, no_objects=no_objects)
    chunks = text.split(",")
    if len(chunks) >= 3 and is_apposition(chunks[1]):
        # "Dean, a former party chairman, poked at Trump, tweeting": the
        # described name opens the clause; "Former Pennsylvania governor Ed
        # Rendell, a Clinton supporter, praised": so does a titled one.
        named = (
            name_run(chunks[0], word_spans(chunks[0]), len(word_spans(chunks[0])) - 1)
            if is_name_chunk(chunks[0])
            else _titled_name(chunks[0])
        )
        if named and bare(named) not in TIME_WORDS:
            return named, False
    described = _described_subject(text, tokens)
    if described is not None:
        return described, False
    said = _said_last(text)
    if said is not None:
        return said, False
    # First choice: a name or pronoun followed by its verb ("Trump attacked",
    # "where he appeared", "Weaver didn’t seem", "Mr. Putin also veered").
    for i in range(len(tokens) - 1):
        verb = _verb_follows(tokens, i + 1)
        if tokens[i][2] in SUBJECT_PRONOUNS and verb:
            return tokens[i][2], True
        if (
            is_cap(tokens[i][2])
            and verb
            and bare(tokens[i][2]) not in PREPOSITIONS | LEADING_NOISE | PRONOUNS | TIME_WORDS
            # "There have been", "This has": no name.
            and bare(tokens[i][2]) not in _NOT_AT_EDGE | DETERMINERS
            # "Trump’s comments": a possessive owns the noun, it does not act.
            and not _POSSESSIVE.search(tokens[i][2])
            # "Cruz and Trump have": one of two subjects is none.
            and not _second_of_two(tokens, i)
        ):
            name = _name_of_place(text, tokens, i) or name_run(text, tokens, i)
            if name:
                return name, False
    if strict:
        return None, False
    for chunk in reversed(chunks[1:] if no_objects else []):
        # "On the first day, hundreds of demonstrators marched ..., chanting":
        # a described source opening a later clause of the sentence is the
        # subject, not a place before it.
        described = _described_subject(chunk.lstrip(), word_spans(chunk.lstrip()))
        if described is not None:
            return described, False
    best = _first_name_in(text, tokens, chunks, no_objects=no_objects)
    if best is not None:
        return best, False
    first = text.split(",", maxsplit=1)[0]
    speaker, pronoun = speaker_of(first)
    if not speaker or not speaker.strip() or pronoun:
        return (speaker or None) if pronoun else None, pronoun
    if bare(speaker) in DETERMINERS:
        # "a hearing at the Securities and Exchange Commission and": the
        # article that opens the phrase is no subject.
        return None, False
    opener = speaker.split()[0]
    if len(first[: first.find(speaker)].split()) > _SUBJECT_REACH or not (
        len(speaker.split()) == 1 or is_cap(opener) or bare(opener) in DETERMINERS
    ):
        # "His office put out a statement", "the justice sounded off on Trump":
        # the last noun phrase of the clause is its object, not its subject;
        # "familiarly drawing my chair" opens no noun phrase at all.
        return None, False
    return speaker, pronoun


def _first_name_in(
    text: str, tokens: list[tuple[int, int, str]], chunks: list[str], *, no_objects: bool
) -> str | None:
    """Return the first name of two words or more in *text* that may be its subject.

    Else the first one-word name; names after a preposition (with or without
    an article), a verb's objects (with *no_objects*) and names in an opening
    phrase set off by a comma are passed over.
    """
    best: str | None = None
    # "With the help of Flip the Script, the actor held ...": the phrase
    # that opens the sentence names no subject.
    opening = (
        len(chunks[0])
        if len(chunks) >= 2 and bare((chunks[0].split() or [""])[0]) in PREPOSITIONS
        else -1
    )
    i = 0
    while i < len(tokens):
        tok = tokens[i][2]
        if is_cap(tok) or _INITIAL.fullmatch(tok):
            j = i
            while j + 1 < len(tokens) and (
                is_cap(tokens[j + 1][2]) or _INITIAL.fullmatch(tokens[j + 1][2])
            ):
                j += 1
            # "in the United States": an article may stand between the
            # preposition and its object.
            before = i - 1 if i >= 2 and tokens[i - 1][2] in _ARTICLES else i
            if (
                not is_cap(tok)
                or tokens[i][0] < opening
                or (before and bare(tokens[before - 1][2]) in PREPOSITIONS)
                or (no_objects and i and _object_verb(tokens[i - 1][2]))
                or bare(tok) in PREPOSITIONS | TIME_WORDS
                or (i == j and bare(tok) in DETERMINERS)
            ):
                # A name after a preposition describes ("sponsored by NBC
                # News"), all of it; one after a verb is its object ("mocked
                # Trump for calling"); a capitalised "The" is no name. So is
                # the rest of a body's name past its "and" ("the Securities
                # and Exchange Commission").
                while (
                    j + 2 < len(tokens)
                    and tokens[j + 1][2] in _JOINING
                    and is_cap(tokens[j + 2][2])
                    and is_cap(tok)
                ):
                    j += 2
                    while j + 1 < len(tokens) and is_cap(tokens[j + 1][2]):
                        j += 1
                i = j + 1
                continue
            name = name_run(text, tokens, j)
            if name and len(name.split()) >= 2:
                return name
            if name and best is None and bare(name) not in PRONOUNS:
                best = name
            i = j + 1
        else:
            i += 1
    return best


# Where the verb stands after a subordinator and "the noun": "as the judge congratulated".
_DESCRIBED_AT: Final = 3


def _subordinate_subject(text: str) -> str | None:
    """Return the subject of a subordinate clause that ends *text*, before a participle.

    "It was a one-two punch, as Mrs. Clinton echoed the criticism, saying",
    "during a speech, when Sanders protesters interrupted her, shouting": the
    participle goes on from the clause next to it, whose subject (a name, or a
    name and a noun for people, right before its verb) is the speaker.
    """
    last = text.rstrip(" ,").rsplit(",", 1)[-1]
    tokens = word_spans(last)
    if len(tokens) < _SUBORDINATE_WORDS or bare(tokens[0][2]) not in _OPENERS:
        return None
    if (
        len(tokens) > _DESCRIBED_AT
        and bare(tokens[1][2]) == "the"
        and tokens[2][2].islower()
        and _source_noun(bare(tokens[2][2]), listed_only=True)
        and _verb_follows(tokens, _DESCRIBED_AT)
    ):
        # "As the judge congratulated the jurors, noting that ...": a source
        # described by its noun is the subject too.
        return last[tokens[1][0] : tokens[2][1]]
    j = 1
    while j < len(tokens) and (is_cap(tokens[j][2]) or _INITIAL.fullmatch(tokens[j][2])):
        j += 1
    if j == 1 or bare(tokens[j - 1][2]) in PRONOUNS | TIME_WORDS | _NOT_AT_EDGE:
        return None
    if _verb_follows(tokens, j):
        return name_run(last, tokens, j - 1)
    following = tokens[j][2] if j < len(tokens) else ""
    if (
        following.islower()
        and following.endswith("s")
        and _source_noun(bare(following))
        and _verb_follows(tokens, j + 1)
    ):
        # "when Sanders protesters interrupted": a name that modifies people.
        return last[tokens[1][0] : tokens[j][1]]
    return None


#: The fewest words of a subordinate clause read for its subject ("as Lee spoke").
_SUBORDINATE_WORDS: Final = 3


# Words that never stand at either edge of a speaker: function words, sentence
# adverbs, time words and finite verbs. "There are currently 4", "In",
# "Elsewhere", "this month", "The Government has today" are not speakers.
_MONTHS: Final = _words(
    "january february march april may june july august september october november december"
)
# Months that are names too ("May said", Theresa May; "June told"): alone, a
# speaker.
_MONTH_NAMES: Final = _words("april may june")
_NOT_AT_EDGE: Final = (
    PREPOSITIONS
    | JOINERS
    | LEADING_NOISE
    | (TIME_WORDS - _MONTHS)
    | _words(
        "there here elsewhere currently also as if so thus therefore hence however "
        "moreover furthermore additionally finally overall now then last next first "
        "what which whose whom where when why how "
        "week weeks month months year years day days morning afternoon evening night "
        "ago recently previously earlier later total number per cent percent "
        # "Similar to the Australia vaccine swap arrangement announced ...": a
        # comparison opens no subject.
        "similar like unlike compared "
        # "According to testimony ..., the boy stood up and announced": a
        # sentence adverb or the head of "according to" opens no subject.
        "according accordingly afterward afterwards nonetheless nevertheless "
        "otherwise besides likewise consequently meantime"
    )
)
# Words that are no speaker on their own: "Or", "Let", "My", "Few".
_NOT_ALONE: Final = _words(
    "or let my be few our your its their his her some any each every all both either "
    "neither none such here yes no not so very just only even ever never always too "
    "me us you i'm let's what who why how where "
    # Words that qualify a title, never a source alone: "Acting accordingly, I addressed him".
    "acting former interim deputy vice "
    # The heads of a fact check or a Q&A ("CLAIM:", "RESPONSE:", "Q:") name a part of
    # the page, not who speaks in it.
    "claim claims response responses reply question questions answer answers myth myths "
    "fact facts reality verdict "
    # A people's adjective alone ("Mexican", cut from "Mexican American journalists")
    # is no source; its plural ("Americans") is. (Not those that are also a people
    # with "the", "The British say", nor surnames and names: Mark Cuban, German Varon.)
    "american mexican russian israeli palestinian iranian iraqi syrian european african "
    "canadian italian korean ukrainian turkish saudi egyptian pakistani afghan venezuelan "
    "brazilian "
    # Evidence written as a bare mass noun ("Evidence suggests ...", "Data
    # show ...") is what someone found, no one who speaks.
    "evidence data research statistics findings experience history science modelling "
    "modeling"
)
_ADDRESSED: Final = _words("your you please")
_DOCUMENT_PARTS: Final = _words(
    "clarification clarifications footnote footnotes correction corrections update "
    "updates section sections link links annex table chart figure image photo picture "
    "map paragraph page attachment heading"
)
# Pronouns a source may end with after a preposition: "people close to him".
_OBJECT_PRONOUNS: Final = _words("him her them us me")
# Lower-case collective sources that are one word and no plural.
_COLLECTIVES: Final = _words(
    "police staff government management leadership parliament congress family"
)
# Words that make a phrase a clause, not a noun phrase: "cases are", "it has".
_FINITE: Final = BE_FORMS | _words(
    "am has have had do does did will would shall should can could may might must "
    "can't won't don't doesn't didn't isn't aren't wasn't weren't"
)
#: The most words a speaker may have ("the Department for Education's chief
#: scientific adviser" is long; a clause is longer).
SPEAKER_WORDS: Final = 10
_DIGITS: Final = re.compile(r"[\d.,:/%-]+")
# Verbs that headlines write with a capital ("X Slams Y"); no name holds one after
# its first word.
_HEADLINE_VERBS: Final = _words(
    "says tells warns urges praises blasts slams mocks rips knocks defends bashes lets let "
    "tell asks admits denies vows insists accuses attacks touts lauds hails condemns"
)
_MARKS: Final = frozenset('“”"«»„()[]{}<>|=@#')


# Words that open a clause before its subject: "When Mr. Trump", "As Politico".
_OPENERS: Final = _words(
    "when while as although though because if that but and then so whether since "
    "after before once whereas unless"
)


# Organisations a title ends with, before a person's name.
_ORGANISATIONS: Final = _words(
    "treasury department ministry office council agency commission committee cabinet "
    "exchequer parliament senate assembly government"
)


# Words of a title before a name ("Culture Secretary", "Chief Executive").
# Posts that open no organisation's or person's name: before a name of two
# words they are its title ("Investigator Matthew Snape", left of "Chief
# Investigator Matthew Snape").
_POSTS: Final = _words(
    "investigator regulator envoy commissioner ambassador inspector registrar meteorologist "
    # Swiss federal news in German: "Bundesrat Ignazio Cassis", "Botschafter Nicolas Bideau".
    "bundesrat bundesrätin botschafter botschafterin bundespräsident bundespräsidentin "
    "staatssekretär staatssekretärin"
)
_TITLE_WORDS: Final = (
    (TITLES | _ORGANISATIONS) - _words("of the state house")
    | _words(
        "officer executive manager investigator staff district chair chairman chairwoman "
        "president founder head"
    )
    | _POSTS
)
_ROYAL: Final = _words("king queen prince princess pope")
# Words that open a person's name as written: "Lord Stephen Greenhalgh", "Dr Jenny Harries".
_HONORIFICS: Final = _words(
    "lord lady baroness baron sir dame dr dr. professor prof prof. mr mr. mrs mrs. ms ms. rt hon"
)
# Lower-case words inside the name of an office or a body: "Chair of the ...".
_RUN_LINKS: Final = _words("of for the and to")
# Links inside a title before a name ("Bank of England Governor"); not "and",
# which joins two people ("Trump and Senator Bernie Sanders").
_TITLE_LINKS: Final = _RUN_LINKS - {"and"}
#: Entries kept by each of the speaker caches below.
_SPEAKER_CACHE: Final = 256
_WEEKDAYS: Final = _words("monday tuesday wednesday thursday friday saturday sunday")
# Words of a body's or a thing's name, never of a person's.
_NOT_PERSON_TAILS: Final = (
    _OF_HEADS
    | _BODY_HEADS
    | _ORGANISATIONS
    | _PARTY_HEADS
    | _words(
        "police service department agency administration authority commission institute "
        "column partnership dealer times post news journal network channel show"
    )
)
_TICKER: Final = re.compile(r"\s{0,3}<\s{0,3}[\w.:]{1,12}\s{0,3}>\s{0,3}$")
# Honours and post-nominal letters: "MBE", "OBE", "FRS", "FICFor", "PhD".
# Not a country's letters: "Cancer Research UK", "Oil & Gas UK" end in a place.
_HONOURS: Final = re.compile(
    r"(?![IVX]+\b)(?!(?:UK|US|USA|EU|UN|UAE)\b)"
    # All capitals ("MBE", "QC"), or three capitals or more ("FICFor",
    # "FMedSci"): not a surname with two ("McCain", "DeVos", "MacLeod").
    r"(?:[A-Z]{2,6}|(?=(?:[a-z]*[A-Z]){3})[A-Z][A-Za-z]{2,7}|PhD|DPhil|MSc|BSc),?"
)


# A link heading run into the sentence it introduces: "Related Coverage Putin warns".
_LINK_HEADING: Final = re.compile(r"^(?:Related\s(?:Coverage|Stories|Articles)|Read\smore)\s+")


def is_link_heading(text: str) -> bool:
    """Tell whether *text* opens with a news site's link heading ("Related Coverage ...").

    >>> is_link_heading("Related Coverage Saudi source denies the killing")
    True
    """
    return _LINK_HEADING.match(text) is not None


# The answer depends on the text alone; speakers repeat over an article and
# its revisions, so it is kept (bounded). A pair of real captures asks about
# a few dozen different speakers, so 256 leave room for long articles.
@bounded(_SPEAKER_CACHE)
def clean_speaker(speaker: str) -> str:
    """Cut from *speaker* the words before a name that open its clause.

    ``When Mr. Trump`` -> ``Mr. Trump``, ``On Friday, Mr. Carson`` -> ``Mr.
    Carson``, ``Thursday, Rep. Hakeem Jeffries`` -> ``Rep. Hakeem Jeffries``.
    Anything else is returned as it is.

    >>> clean_speaker("While President Obama"), clean_speaker("On Friday, Mr. Carson")
    ('President Obama', 'Mr. Carson')
    """
    # "Related Coverage Putin warns ...": a news site's link heading run into
    # the sentence it introduces.
    speaker = _LINK_HEADING.sub("", speaker)
    chunks = speaker.split(",")
    while len(chunks) > 1 and (
        (bool(chunks[0].split()) and bare(chunks[0].split()[0]) in PREPOSITIONS)
        or all(bare(w) in TIME_WORDS for w in chunks[0].split())
    ):
        chunks.pop(0)
    # "Komatsu Ltd <6301.T>": a ticker after the name.
    words = _TICKER.sub("", ",".join(chunks)).split()
    while len(words) > 1 and not words[-1].strip("-–—"):
        # "GOP front-runner Donald Trump -": a dash left from an aside.
        words.pop()
    if words and words[-1].endswith(("--", "—", "–")) and words[-1].rstrip("-–—"):
        # "said Ann Lee—“now.”": a dash glued to the name.
        words[-1] = words[-1].rstrip("-–—")
    while len(words) > 1 and bare(words[0]) in _OPENERS and is_cap(words[1]):
        words.pop(0)
    while len(words) > 2 and bare(words[0]).lower() in _WEEKDAYS and is_cap(words[1]):
        # "Earlier on Monday Prime Minister Theresa May’s spokeswoman said": the
        # day that opened the clause, with no comma after it.
        words.pop(0)
    # "The Post’s Ruth Marcus": the article of the body's name goes with it.
    lead = 1 if len(words) > 1 and words[0] in {"The", "the"} else 0
    if (
        len(words) - lead in {3, 4}
        and _POSSESSIVE.search(words[lead])
        and all(is_cap(w) and bare(w) not in TITLES | _OFFICES for w in words[lead + 1 :])
        # A person's name, not a body's ("India’s Meteorological Department")
        # nor a thing's ("Schlafly’s Final Column").
        and bare(words[-1]).lower() not in _NOT_PERSON_TAILS
        and not any(bare(w).lower() in _NOT_PERSON_TAILS for w in words[lead + 1 :])
    ):
        # "Labour’s Shami Chakrabarti", "Reuters’ Luciana Lopez": the person, of
        # the body before the name.
        del words[: lead + 1]
    if len(words) > 1 and bare(words[-1]) in {"himself", "herself", "themselves", "itself"}:
        # "Cruz himself".
        words.pop()
    if len(words) > 1 and words[-1] in {"here", "there"}:
        # "the weather agency here said": where the writer is, not the source.
        words.pop()
    # "Shireen Chambers MBE FICFor": the letters after the name (not a body
    # after a preposition: "a spokeswoman for YouTube", "a spokesman for the BBC";
    # not an office after a place: "the culture minister and Stourbridge MP").
    while (
        len(words) > 2
        and _HONOURS.fullmatch(words[-1])
        and is_cap(words[-2])
        and words[-2][1:].islower()
        and is_cap(words[-3])
    ):
        words.pop()
    while (
        len(words) > 2 and _HONOURS.fullmatch(words[-1]) and is_cap(words[-2]) and is_cap(words[-3])
    ):
        words.pop()
    if (
        (len(words) >= 4 or (len(words) == 3 and bare(words[0]) in _POSTS))
        # "Bank of England Governor Andrew Bailey": a body's "of" inside the title.
        and all(is_cap(w) or _INITIAL.fullmatch(w) or w in _TITLE_LINKS for w in words[1:])
        and is_cap(words[0])
        # "the UK Chief Plant Health Officer" is an office, not a titled name.
        and bare(words[-1]) not in _OFFICES
        # "Los Angeles County District Attorney’s Office": a body's name.
        and bare(words[-1]).lower() not in _NOT_PERSON_TAILS
    ):
        # "Culture Secretary Nadine Dorries", "Fire Minister Lord Greenhalgh":
        # the title before a name of two words or more is dropped.
        for i in range(len(words) - 3, -1, -1):
            if (
                bare(words[i]) in _TITLE_WORDS
                and bare(words[i]) not in _ROYAL
                # The name after the title has no "of": "Chancellor of the
                # Duchy of Lancaster" is an office, not a title and a name.
                and not _RUN_LINKS & set(words[i + 1 :])
            ):
                words = words[i + 1 :]
                break
    for i in range(1, len(words) - 1):
        if (
            bare(words[i]) in _HONORIFICS
            and is_cap(words[i + 1])
            and bare(words[i + 1]) not in TITLES | _OFFICES
            and all(is_cap(w) or w in _RUN_LINKS for w in words[:i])
            # "Mrs. Pelosi and Mr. Reid": two people, no office before one.
            and words[i - 1] != "and"
        ):
            # "Minister for Communities Lord Stephen Greenhalgh", "Chair of the
            # National Institute for Health Protection Baroness Dido Harding":
            # the office before a person's honorific describes the person.
            words = words[i:]
            break
    words = _without_style(words)
    words = _name_before_office(words)
    if len(words) >= 3 and bare(words[0]) in _ORGANISATIONS and all(is_cap(w) for w in words):
        # "Chief Secretary to the Treasury Tom Reyes" read as "Treasury Tom
        # Reyes": the organisation belongs to the title, the person speaks.
        words.pop(0)
    # "The New York Times at the time", "Turkey on this occasion": the name,
    # not the adverbial after it.
    for i in range(1, len(words) - 1):
        if (
            bare(words[i]) in PREPOSITIONS
            and is_cap(words[i - 1])
            # "One of the organizers of the march": a part of a group, no name.
            and bare(words[i - 1]) not in DETERMINERS
            # "A British judge in 2014": a year is a time too.
            and (words[-1].islower() or _YEAR_WORD.fullmatch(words[-1]) is not None)
            and all(w.islower() or _YEAR_WORD.fullmatch(w) is not None for w in words[i:])
            and not _source_noun(bare(words[-1]))
        ):
            words = words[:i]
            break
    # "Rep. Bobby Scott (D-Va.)": the party tag after a name.
    words = [w for w in words if not _PARTY_TAG.fullmatch(w)] or words
    return " ".join(words) if words else speaker


_YEAR_WORD: Final = re.compile(r"(?:1[89]|20)\d\d")
# What links an office to its body: "CEO of techUK", "Head of Policy at Ofcom".
_OFFICE_LINK: Final = _words("of for at")
# Words of an office a person holds (not a body's: "Bureau of Immigration").
_PERSON_OFFICES: Final = (TITLES | _OFFICES | {"head"}) - _RUN_LINKS - DETERMINERS


def _name_before_office(words: list[str]) -> list[str]:
    """*words* cut to the name when an office and its body follow it with no comma.

    "Julian David CEO of techUK", "Richard Ballantyne Chief Executive of the
    British Ports Association": a press release's speaker line. The name has
    two or three capitalised words, none a title; the office runs to an "of",
    "for" or "at" and a body after it.
    """
    for k in (2, 3):
        if k + 2 > len(words) or bare(words[k]) not in _PERSON_OFFICES:
            continue
        name = words[:k]
        if not all(
            (is_cap(w) or _INITIAL.fullmatch(w))
            and bare(w) not in TITLES | _OFFICES | _POSTS | _ORGANISATIONS | DETERMINERS
            for w in name
        ):
            return words
        end = k
        while end < len(words) and is_cap(words[end]) and bare(words[end]) in _PERSON_OFFICES:
            end += 1
        if end + 1 < len(words) and words[end] in _OFFICE_LINK:
            return name
        return words
    return words


_CONTRACTED: Final = re.compile(r"(\w+)[’'](?:d|ll|re|ve|m|s)")
_PARTY_TAG: Final = re.compile(r"\([RDI]-[\w.]{1,20}\)[,;:]?")


# Words of time that are surnames too, capitalised: "Tammy Weeks", "“...,” Weeks
# said", "Doris Day".
_TIME_SURNAMES: Final = frozenset(["Weeks", "Day", "Days"])


@bounded(_SPEAKER_CACHE)
def plausible_speaker(speaker: str) -> bool:
    """Tell whether *speaker* may name who spoke (the check every speaker passes).

    A speaker is a name as written (``Anna Field``), an organisation (``the
    Home Office``), an anonymous or collective source (``a senior U.S.
    official``, ``the union``) or a pronoun left unresolved. It fails when it:

    * is empty, longer than :data:`SPEAKER_WORDS` words, or holds a quotation
      mark, bracket or other markup character;
    * starts or ends with a function word, a time word or a sentence adverb
      (``In``, ``As``, ``Elsewhere``, ``today``, ``this month``, ``the total
      number``) -- a single word that is a pronoun is allowed;
    * has a word made only of digits (``35``, ``There are currently 4``) or
      no letter at all (``+``);
    * holds a finite verb (``The Government has today``, ``are usually
      better``) or ends with a speech verb;
    * holds an infinitive (``Updated to confirm new``);
    * has a lower-case head word that names no person, group or source
      (``the changes``, ``a case``, ``sity``, a word cut from ``University``,
      ``Monitor local weather``, ``most recent``):
      the heads allowed are a list of source nouns (``official``, ``union``,
      ``ministry``, ``witness``, ``survey`` ...) and nouns of people by their
      ending (``protesters``, ``economists``, ``physicians``);
    * is a single short abbreviation (``Mo.``), a single letter (``U``, cut
      from ``U.S.``) or a month alone (``March``; ``May``, ``April`` and
      ``June`` are names too, and pass);
    * holds a relative clause after a comma (``The kidnappers, whom his
      relatives``);
    * is a pronoun and its contracted verb (``I’d``, ``they’re``).

    The library reports ``None`` for a speaker that fails this check.

    >>> plausible_speaker("Anna Field"), plausible_speaker("a senior U.S. official")
    (True, True)
    >>> plausible_speaker("There are currently 4"), plausible_speaker("this month")
    (False, False)
    """
    # "a mother of three", "father of two": the count belongs to the noun before it.
    words = speaker.split()
    if (
        len(words) > 2
        and words[-2].lower() == "of"
        and (words[-1].lower() in _COUNTS or (words[-1].isdigit() and len(words[-1]) <= 2))
    ):
        words = words[:-2]
    if (
        not words
        or len(words) > SPEAKER_WORDS
        or any(c in _MARKS for c in speaker)
        or not any(c.isalpha() for c in speaker)
    ):
        # "+ Added ...": a bullet is no speaker.
        return False
    if ": " in speaker or (
        len(words) >= 3 and any(is_cap(w) and bare(w) in _HEADLINE_VERBS for w in words[1:])
    ):
        # A headline in title case: "The Latest: Sanders declares ...", "Donald
        # Trump Praises Breitbart's Editor Matthew Boyle: ‘...’", "Don’t Let The
        # Media And Marco Rubio Tell You": a verb with a capital is no name.
        return False
    contraction = _CONTRACTED.fullmatch(words[0].lower())
    if len(words) == 1 and contraction is not None and contraction.group(1) in PRONOUNS | {"you"}:
        # "I’d", "we’ll", "they’re": a pronoun and its verb, no name.
        return False
    bares = [bare(w) for w in words]
    if len(words) == 1 and bares[0] in PRONOUNS:
        return True
    counted = len(words) >= 3 and _source_noun(bares[-1]) and words[-1].islower()
    inside = range(1, len(words) - 1)
    if any(not b for b in bares) or (
        # "There are currently 4", "35"; not "10 Republican primary voters",
        # not "Channel 4 News".
        not counted
        and any(
            _DIGITS.fullmatch(w)
            and not (
                i in inside
                and is_cap(words[i - 1])
                and is_cap(words[i + 1])
                and not words[i + 1].endswith(".")
            )
            for i, w in enumerate(words)
        )
    ):
        return False
    if any(b in _RELATIVE_WORDS and words[k - 1].endswith(",") for k, b in enumerate(bares) if k):
        # "The kidnappers, whom his relatives": a relative clause, cut off.
        return False
    first, last = bares[0], bares[-1]
    if len(words) == 1 and (
        (first in _MONTHS and first not in _MONTH_NAMES) or first in _NOT_ALONE or len(first) == 1
    ):
        # "U" (cut from "U.S."), "A": one letter names no one.
        return False
    if first in _ADDRESSED or (
        last in _DOCUMENT_PARTS
        # "Bryce Link", "Larry Page": a surname, after a first name.
        and not (
            len(words) == 2
            and is_cap(words[0])
            and is_cap(words[1])
            and first not in _DOCUMENT_PARTS
        )
    ):
        # "your COCs" (the reader is addressed), "Clarification added:",
        # "Footnote added": a page's parts and notes do not speak.
        return False
    surname = words[-1] in _TIME_SURNAMES and (len(words) == 1 or is_cap(words[-2]))
    if (first in _NOT_AT_EDGE and not (surname and len(words) == 1)) or (
        last in _NOT_AT_EDGE | DETERMINERS and not surname
    ):
        return False
    if last in PRONOUNS and not (
        last in _OBJECT_PRONOUNS and len(words) > 2 and bares[-2] in PREPOSITIONS
    ):
        return False
    finite = any(b in _FINITE and w.islower() for w, b in zip(words, bares, strict=True))
    if finite or last in SPEECH_VERBS:
        return False
    if any(w in _CLAUSE_ADVERBS for w in words[1:-1]):
        # "records of previous arrests often lists aliases": an adverb before
        # a verb, a clause read after "said", no source.
        return False
    if _INFINITIVE.search(speaker):
        # "Updated to confirm new", "expected to take part": a clause.
        return False
    possessed_group = (
        len(words) == 2
        and bares[0] in _POSSESSIVES
        and bares[1].endswith("s")
        and words[1].islower()
    )
    if not possessed_group and not _source_head(words, bares):
        # "the changes", "a case", "the matter": a thing, not a source; but
        # "his surrogates", "their attorneys": people someone has.
        return False
    if len(words) == 1 and speaker.endswith(".") and len(last) <= 3 and "." not in last[:-1]:
        return False
    if last in _CHANGE_VERBS:
        # "Leeds 35 Updated": a page's stamp run into a change note.
        return False
    opener = words[0].strip(EDGE_PUNCT)
    # "Edited", "Updated to ...": a change note's verb, not a name ("Ahmed" is one).
    return not (opener.lower() in _CHANGE_VERBS and (len(words) == 1 or words[1].islower()))


# Adverbs that stand before a verb inside a clause, never inside a name or a
# source: "often", "rarely", "already".
_CLAUSE_ADVERBS: Final = frozenset(
    ["often", "rarely", "usually", "always", "never", "sometimes", "already", "seldom"]
)
# Words that open a relative clause after a comma.
_RELATIVE_WORDS: Final = frozenset(["who", "whom", "whose", "which"])
_INFINITIVE: Final = re.compile(
    r"\bto\s(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|"
    r"them|us|me|it)\b)[a-z]"
)
# Endings of nouns for people: "protesters", "economists", "physicians".
_PERSON_SUFFIXES: Final = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "ess")
# Nouns with those endings that are things, not people.
_NOT_PERSONS: Final = _words(
    "matter number letter other order border water center centre chapter computer "
    "quarter winter summer cancer power answer manner corner error factor sector floor "
    "door color colour honor honour labor labour favor favour rumor rumour humor humour "
    "mirror motor meter metre poster filter trigger wonder thunder dinner shelter "
    "disaster theater theatre super paper event moment element payment treatment "
    "investment development content extent percent incident accident talent agreement "
    "plant restaurant amount point tree degree decree fee committee process "
    "access success address business stress progress never ever however whatever "
    "rather further together either neither whether another over under after later "
    "earlier sooner faster whoever weather feather leather better bigger smaller greater "
    "higher lower larger longer stronger weaker cheaper deeper wider safer easier harder "
    "recent current different present silent urgent frequent efficient sufficient "
    "consistent significant relevant important constant distant pleasant brilliant "
    "vacant elegant abundant dominant prominent permanent apparent transparent"
)


# Words after which an anonymous source describes itself: "people close to
# him", "those familiar with the matter", "officials briefed on the talks".
_SOURCE_MODIFIERS: Final = _words("close familiar briefed with who")
_PARTITIVES: Final = _words(
    "one some many most several each all none two three few percent majority half third "
    "number handful couple minority "
    "hundreds thousands dozens scores millions tens"
)
_POSSESSIVES: Final = _words("his her their its our my your")
# Change notes open with these ("Updated to include ...", "Edited:"); names that end in
# "-ed" (Ahmed, Husted, Mohammed) are names.
_CHANGE_VERBS: Final = _words(
    "updated edited added amended corrected changed clarified removed published posted "
    "revised expanded replaced deleted fixed rewritten reworded"
)
_COUNTS: Final = _words("two three four five six seven eight nine ten")


def _source_head(words: list[str], bares: list[str]) -> bool:
    """Tell whether the head of the phrase *words* may name a source.

    A lower-case head (the last word, or the word before ``close to``,
    ``familiar with`` ...) must be a source noun; so must a lower-case last
    word after a preposition (``Turkey on this occasion``).
    """
    for i in range(1, len(bares)):
        if bares[i] == "of" and bares[i - 1] in _PARTITIVES:
            # "one of the signatories", "some of his aides": the head is after "of".
            continue
        if bares[i] == "close" and bares[i + 1 : i + 2] != ["to"]:
            # "a close friend of Ted Cruz": an adjective, not "close to".
            continue
        if bares[i] in _SOURCE_MODIFIERS or bares[i] in PREPOSITIONS:
            head = words[i - 1].strip(EDGE_PUNCT)
            return not head[:1].islower() or _source_noun(bares[i - 1], listed_only=i == 1)
    last = words[-1].strip(EDGE_PUNCT)
    return (
        is_cap(last)
        or not last[:1].islower()
        or _source_noun(bares[-1].rsplit("-", 1)[-1], listed_only=len(words) == 1)
    )


def is_source_noun(word: str) -> bool:
    """Tell whether the lower-case *word* is a listed noun for a source, or its plural.

    >>> is_source_noun("voters"), is_source_noun("changes")
    (True, False)
    """
    return _source_noun(word, listed_only=True)


def _source_noun(word: str, *, listed_only: bool = False) -> bool:
    """Tell whether the lower-case head *word* names a person, group or source.

    A word outside :data:`SOURCE_NOUNS` counts by its ending (``protesters``,
    ``the developer``) only in the plural or after another word; alone and
    singular (``sfoster``, ``deficient in ...``) it does not (*listed_only*).
    """
    word = _POSSESSIVE.sub("", word)
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if word.endswith("ies"):
        singular = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes")):
        # "witnesses", "coaches": the plural adds "es".
        singular = word[:-2]
    return (
        word in SOURCE_NOUNS
        or singular in SOURCE_NOUNS
        or word in _COLLECTIVES
        or (
            (not listed_only or singular != word)
            and singular.endswith(_PERSON_SUFFIXES)
            and len(singular) > 4
            and singular not in _NOT_PERSONS
            and not singular.endswith("ment")
        )
    )


#: How many words (titles, descriptions) may stand before a subject that opens
#: its clause: "Trump campaign manager Corey Lewandowski".
_BEFORE_SUBJECT: Final = 4


_SENTENCE_ADVERB: Final = re.compile(
    r"^\s*(?:[A-Z][a-z]{2,15}ly|Indeed|Meanwhile|However|Still|Separately|Instead|Earlier|"
    r"Later|Also|Now|Then|Thus|Yet|Nonetheless|Nevertheless|Moreover|Furthermore),\s"
)


def opens_clause(clause: str, speaker: str) -> bool:
    """Tell whether *speaker* opens *clause*, after at most a few words that describe it."""
    at = clause.find(speaker)
    if at < 0 or "," in speaker:
        return False
    before = clause[:at]
    # "Indeed, the White House has drawn a hard line, saying": a sentence
    # adverb and its comma open the clause before its subject.
    before = _SENTENCE_ADVERB.sub("", before, count=1)
    words = before.split()
    after = clause[at + len(speaker) :].split()[:2]
    if (
        after
        and after[0].islower()
        and after[0].endswith("s")
        # "Wells Fargo has since filed": an auxiliary, not a plural noun.
        and after[0] not in {"has", "was", "is", "does"}
        and (len(after) < 2 or after[1].lower() not in DETERMINERS | PRONOUNS)
    ):
        # "Republican politicians and their allies": a modifier of a noun.
        return False
    return (
        "," not in before
        and len(words) <= _BEFORE_SUBJECT
        and not any(w.islower() and (w.endswith("ed") or bare(w) in _FINITE) for w in words)
    )
