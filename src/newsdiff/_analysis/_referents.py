"""What a pronoun in an attribution stands for: the speakers named before it.

:class:`Referents` is fed the article in reading order: every speaker found
(:meth:`Referents.speaker`) and the named subject of every sentence of
narration (:meth:`Referents.narration`). A pronoun then resolves locally,
within :data:`REACH` paragraphs, and never to a guess from further away:

* ``he`` and ``she`` go to the most recent named speaker whose gender does not
  contradict the pronoun. Gender is known only from the text: a courtesy title
  (``Mr.``, ``Ms.``, ``Mrs.``), a gendered role next to the name
  (``spokeswoman``, ``congressman``, ``his wife``), or an earlier pronoun that
  resolved to the same name. When no speaker fits, the most recent named
  subject of the narration does (``Ham went on to explain ...`` then ``“...,”
  he said``; also ``Later, Sarah studied ...`` and ``Fetter, for her part,
  continued ...``). A narrated subject in a later paragraph than that speaker
  wins over it when it is a person (a full name, a known gender, or the
  last word of a full name seen before): ``Ann Lee spoke. ¶ Ivo Brandt took
  the stage. ¶ “...,” he said`` is Brandt. A person the narration describes
  by a noun of one gender (``A 29-year-old Berlin woman received ...``, ``the
  doctor's widow wept``) counts as a named subject, written as described. A
  body named by its initials (``CPJ``, ``NATO``) or a news outlet (``Reuters``,
  ``The Washington Post``) is never ``he`` or ``she``. When the last speaker is
  one person described, not named (``a Reuters witness``, ``A spokeswoman for
  the ministry``), in this paragraph or the one before, ``he`` or ``she`` is that
  source as written (a definite one, ``the official``, only when no person
  named spoke within reach: then the name tells more).
* Reach is counted from the last paragraph that spoke of a candidate: a
  ``he`` or ``she`` that stands for a speaker in the paragraph after the one
  that last did keeps the speaker in reach, so a run of ``“...,” she said``
  paragraphs keeps its speaker however long it is. Past :data:`REACH`
  paragraphs from the speaker's name, any subject narrated since the name
  wins over a speaker kept so (``Trump also took swipes at Bush`` and then
  ``“...,” he wrote`` is Trump, not the Calderon of a run before).
* ``he`` or ``she`` right after a phrase that opens the sentence and names
  one person (``In a memo that Mr. Reid issued, he wrote``) is that person; in
  narration, the person such a clause names (``When actress Marlee Matlin
  turned to ..., she was reminded``) is narrated for a later pronoun.
* ``they`` goes to the most recent collective source
  (``unnamed officials``, ``the ministry``, ``the Security Council``), else to
  the most recent named speaker.
* ``it`` goes to the most recent collective source.
* ``I``, ``me``, ``we`` and ``us`` (the writer or the newsroom, outside a
  quotation) resolve to nothing.

Every step looks at a bounded number of candidates, so the cost per pronoun
is constant.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from newsdiff._analysis._speakernames import (
    after_participle_opening,
    clean_speaker,
    plausible_speaker,
    region_after_place,
)
from newsdiff._analysis._speechwords import EVALUATIVE_VERBS, QUOTE_VERBS, SPEECH_VERBS, TITLES

__all__ = ["REACH", "Recent", "Referents", "gender_of"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: How many paragraphs back a pronoun may reach for what it stands for.
REACH: Final = 4
#: How many recent candidates are kept.
_KEPT: Final = 12

_FEMALE: Final = _words(
    "ms. ms mrs. mrs miss woman spokeswoman congresswoman chairwoman businesswoman "
    "councilwoman anchorwoman mother wife daughter sister grandmother aunt niece "
    "widow actress queen princess girl lady madam"
)
_MALE: Final = _words(
    "mr. mr man spokesman congressman chairman businessman councilman anchorman "
    "father husband son brother grandfather uncle nephew widower actor king prince "
    "boy sir"
)
_COLLECTIVE_HEADS: Final = _words(
    "ministry department agency office government administration council committee "
    "campaign party commission board company firm group organisation organization "
    "union court police army military embassy bank team network newspaper report "
    "statement study poll survey association coalition foundation institute center "
    "centre university council senate house congress parliament white faction front movement "
    "brigade brigades forces alliance league federation tribunal observatory bureau service"
)
# Titles of clergy and nobility that "the" may open: "the Rev. Al Sharpton".
_CLERGY: Final = _words("rev reverend archbishop bishop duke duchess cardinal")
# A body's initials: "ICO", "NHC", "UNHCR", "U.N." (not a Roman numeral after a
# name: "Joseph R. Murray II").
_INITIALS: Final = re.compile(r"(?![IVX]+$)[A-Z]{2,6}|(?:[A-Z]\.){2,4}")
# A described source is one person when its head noun is one of these: "a
# Reuters witness", "the spokeswoman for the ministry", "a senior official".
_ONE_PERSON: Final = _words(
    "spokesman spokeswoman spokesperson official source aide adviser advisor analyst expert "
    "economist lawyer attorney prosecutor officer researcher scientist doctor resident "
    "witness protester voter member leader chairman chairwoman director executive manager "
    "friend neighbour neighbor judge diplomat activist investigator mother father wife "
    "husband son daughter brother sister teacher student nurse patient victim survivor "
    "owner founder man woman farmer driver pilot professor lecturer consultant observer "
    "commander envoy ambassador nephew niece widow widower relative worker employee person"
)
_DESCRIBING: Final = _words("a an the one another")
_AFTER_HEAD: Final = _words("for of at with in from on to who")
# News outlets, which no "he" or "she" stands for: "Reuters", "The New York
# Times", "Fox News", "the Associated Press" (the name alone, or its last word).
_OUTLET_NAMES: Final = _words(
    "reuters xinhua bloomberg tass interfax yonhap kyodo bernama anadolu politico axios "
    # Not "Guardian", "Independent", "Observer": surnames too (Mayor Don Guardian).
    "telegraph spectator tribune chronicle gazette inquirer examiner"
)
_OUTLET_HEADS: Final = _words("times post journal news press television tv radio")


def _outlet(name: str) -> bool:
    words = [w.strip(".,’'").lower() for w in name.split()]
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(words) and (
        (len(words) == 1 and words[0] in _OUTLET_NAMES)
        or (len(words) > 1 and words[-1] in _OUTLET_HEADS)
        # "the Times-Picayune", "the Post-Gazette": an outlet's head and its
        # town's or second paper's name joined.
        or (
            "-" in words[-1]
            and any(part in _OUTLET_HEADS | _OUTLET_NAMES for part in words[-1].split("-"))
        )
    )


_WORD: Final = re.compile(r"[A-Za-z][A-Za-z.’'-]{0,30}")
# A capitalised word of the reported words, to tell a name the pronoun is not.
_NAME_WORD: Final = re.compile(r"\b[A-Z][\w’'-]{1,30}")
# A courtesy or political title before a surname: "Mr. ", "Sen. ".
_TITLE: Final = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s"
# A sentence that opens with a name and its verb: "Ham went on", "Mr. Obama said",
# "But Ayotte isn’t interested", also after an opening phrase ("Later, Sarah
# studied") or before an aside ("Fetter, for her part, continued").
_NARRATED: Final = re.compile(
    r"\s{0,3}(?:(?:But|And|Yet|Still|So)\s)?(?:[A-Z][^,.“”\"]{1,40},\s)?"
    rf"((?:{_TITLE})?[A-Z][\w’'-]{{1,30}}"
    r"(?:\s(?:[A-Z]\.|[A-Z][\w’'-]{1,30})){0,4}(?:,?\s(?:Jr|Sr)\.)?)"
    # An aside, which may end on a place and its state ("in Orlando, Fla.,").
    r"(?:,\s[^,.“”\"]{2,160}(?:,\s[A-Z][a-z]{1,4}\.)?,)?\s"
    r"(?:also\s|then\s|later\s|nevertheless\s"
    # "Massimo D'Alema strongly defended": an adverb before the verb (not a
    # noun in -ly: "the Trump rally drew").
    r"|(?!(?:family|rally|ally|supply|assembly|reply|tally|bully|anomaly|monopoly)\s)"
    r"[a-z]{3,20}ly\s)?"
    r"(?:[a-z]{2,20}ed|[a-z]{2,20}s|went|made|gave|took|said|told|wrote|spoke|began|"
    r"kept|sat|ran|stood|left|came|met|led|won|lost|held|got|found|became|knew|felt|saw|"
    r"thought|sent|spent|brought|built|taught|fought|sought|chose|rose|grew|drew|"
    # Past forms like the present: "Chuka Umunna also hit back at ...".
    r"hit|struck|shot|quit|cut|set|put|"
    r"has|had|was|is|does|did|will|would|can|could|should|may|might|must)(?:n[’']t)?\b"
)
# A verb right after the word read as the narrated subject's verb: that word
# was a plural noun ("Coal miners are ...").
_NOUN_NOT_VERB: Final = re.compile(
    r"\s(?:are|were|have|say|said|will|would|can|could|do|did|[a-z]{2,20}ed)\b"
)
#: How many commas into a sentence a full name that opens its main clause is looked for.
_OPENING_COMMAS: Final = 3
#: How far into a sentence those commas may stand.
_OPENING_REACH: Final = 160


# A subject pronoun or "that" before a comma: a clause, not an opening phrase.
_CLAUSE_BEFORE: Final = re.compile(r"\b(?:he|she|they|we|I|it|that|who|which)\b", re.IGNORECASE)


def _after_openings(sentence: str) -> re.Match[str] | None:
    """Return the narrated full name after the phrases that open *sentence*, if any.

    "FINALLY, if investors are really worried about the dollar, Michael Metz,
    the chief investment strategist at Oppenheimer, advises ...": after one
    of the first commas, a full name (two words or more) and its verb.
    """
    at = -1
    for _ in range(_OPENING_COMMAS):
        at = sentence.find(", ", at + 1, _OPENING_REACH)
        if at < 0:
            return None
        if _CLAUSE_BEFORE.search(sentence, 0, at):
            # "On Sunday, she disclosed that after the rape, Bill Clinton
            # called her": the name is inside a clause of another subject.
            return None
        match = _NARRATED.match(sentence, at + 2)
        if match is None and _DESCRIPTION.match(sentence, 0, at):
            # "The White House press secretary, Tony Snow, criticized ...": the
            # description before the name, the name set off by commas.
            match = _APPOSED_NAME.match(sentence, at + 2)
        if (
            match is not None
            and len(match.group(1).split()) >= 2
            and match.group(1).split()[0].lower() not in _NOT_NAMES
        ):
            return match
    return None


# A description that opens a sentence before the name it describes: "The White
# House press secretary", "A spokesman for the company".
_DESCRIPTION: Final = re.compile(
    # "HSBC’s European retail analyst, Andrew Porteous, welcomed ...": a
    # body's possessive opens a description too.
    r"\s{0,3}(?:The|A|An|Its|His|Her|Their|[A-Z][\w.&-]{0,30}[’']s)\s[^,;:“”\"]{2,80}(?:,|$)"
)
# A full name (a title may open it), an apposition between commas, then "who"
# and a verb in the past: "Lord Myners, the former minister, who negotiated".
_RELATIVE_PERSON: Final = re.compile(
    rf"(?P<name>(?:{_TITLE})?[A-Z][\w’'-]{{1,30}}(?:\s[A-Z][\w’'-]{{1,30}}){{1,3}})"
    r"(?:,\s(?:the|a|an)\s[^,.;:“”\"]{2,80})?,\swho\s(?:had\s)?[a-z]{2,20}ed\b"
)
_VERB_IN_APPOSITION: Final = re.compile(r"\s(?:was|were|is|are|has|have|had)\s(?!\w+ed\b)")
# A full name between commas, then its verb.
_APPOSED_NAME: Final = re.compile(
    rf"((?:{_TITLE})?[A-Z][\w’'-]{{1,30}}(?:\s(?:[A-Z]\.|[A-Z][\w’'-]{{1,30}})){{1,3}}),\s"
    r"(?:also\s|then\s|later\s)?"
    r"(?:[a-z]{2,20}ed|said|told|wrote|spoke|took|made|gave|went|hit|struck|shot)\b"
)


# A sentence that opens with a person described by a noun of one gender and
# an active verb: "A 29-year-old Berlin woman, meanwhile, received",
# "the doctor's widow rocked her baby". Not "A man was arrested": a verb of
# being or having tells what befell the one described, who does not speak.
_DESCRIBED_PERSON: Final = re.compile(
    r"\s{0,3}(?:(?:But|And|Yet|Still|So)\s)?(?:[A-Z][^,.“”\"]{1,40},\s)?"
    r"(?P<who>(?:[Aa]n?|[Tt]he)\s(?:[\w’'-]{1,30}\s){0,4}?"
    r"(?P<head>woman|man|widow|widower|mother|father|wife|husband|daughter|son|sister|"
    r"brother|grandmother|grandfather|girl|boy|aunt|uncle|niece|nephew|"
    # One person described by the post or part they have: "the Chinese envoy
    # thanked ...", "A police officer arrived".
    r"envoy|ambassador|official|spokesman|spokeswoman|spokesperson|minister|officer|"
    r"engineer|reporter|laborer|labourer|worker|doctor|nurse|lawyer|judge|witness|"
    r"resident|survivor|victim|teacher|student|farmer|driver|pilot|soldier|diplomat))"
    r"(?:,\s[^,.“”\"]{2,60},)?\s(?:also\s|then\s|later\s)?"
    r"(?!(?:was|were|is|are|has|had|have|been|being)\b)[a-z]{2,20}(?:ed|s)\b"
)
# A phrase that opens a sentence, up to its comma, and the pronoun subject
# after it: "In a memorandum that Mr. Reid issued Wednesday, he wrote".
_OPENING_NAMES: Final = re.compile(
    r"\s{0,3}(?P<opening>(?:In|At|During|After|Before|When|While|As|Since|Following)\s"
    r"[^,;:“”\"]{1,160}),\s(?P<pronoun>he|she)\s"
)
# An opening clause whose subject is a name, then the pronoun: "As O’Rourke
# comforted supporters in Des Moines on Friday evening, he".
_CLAUSE_SUBJECT: Final = re.compile(
    r"\s{0,3}(?P<opening>(?:When|While|As|After|Before|Since|Once|Until)\s"
    r"(?P<name>[A-Z][\w’'-]{1,30}(?:\s[A-Z][\w’'-]{1,30}){0,2})\s[a-z]{2,20}\b"
    r"[^,;:“”\"]{0,160}),\s(?P<pronoun>he|she)\s"
)
# A run of capitalised words ("Des Moines", "Clinton").
_CAPITALISED_RUN: Final = re.compile(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*")
_TITLED: Final = re.compile(_TITLE)
# A person's name in running text: a title and a surname, or two or more
# capitalised words (initials allowed) that do not open the text.
_PERSON_NAME: Final = re.compile(
    rf"{_TITLE}[A-Z][\w’'-]+"
    r"|(?<=\s)[A-Z][a-z][\w’'-]*(?:\s[A-Z]\.)?\s[A-Z][a-z][\w’'-]+"
)
# A phrase or clause of time, place or cause before a sentence's subject, up to
# its comma: "As a small gathering waited for her,", "In a statement on Friday,".
_OPENING: Final = re.compile(
    r"(?:As|When|While|After|Before|In|On|At|During|Since|Though|Although|Because|"
    r"Despite|Following|Earlier|Later|Last|Late|Shortly|Having|Being|"
    r"(?:Moments|Minutes|Hours|Days|Weeks|Months|Years)\s(?:after|before|later|earlier))"
    # Closed by an aside between dashes ("While he doesn’t buy halibut much
    # — he’s got a freezer full of it — Bassi ... keeps"), or by a comma.
    r"(?:\s[^,;:“”\"—–]{1,120}\s[—–]\s[^,;:“”\"—–]{1,80}\s[—–]\s"
    r"|(?:\s[^,;:“”\"]{1,120})?,\s)"
)
# A sentence that opens with a name and, within three words, a verb of saying:
# "On the trail, Ms. Lee regularly pledges to", "Berg said he has".
_SPEAKING_SUBJECT: Final = re.compile(
    r"\s{0,3}(?:(?:But|And|Yet|Still|So)\s)?(?:[A-Z][^,.“”\"]{1,40},\s)?"
    rf"((?:{_TITLE})?[A-Z][\w’'-]{{1,30}}(?:\s[A-Z][\w’'-]{{1,30}}){{0,4}})"
    r"((?:\s[a-z]{2,20}\b(?![’'-])){1,3})"
)
# A named subject, a predicate with no other name, then a clause it governs
# whose pronoun speaks: "Clinton caught flak from both sides when she said".
_GOVERNED: Final = re.compile(
    rf"\s{{0,3}}(?:[A-Z][^,.“”\"]{{1,40}},\s)?(?P<name>(?:{_TITLE})?[A-Z][\w’'-]{{1,30}}"
    r"(?:\s[A-Z][\w’'-]{1,30}){0,3})"
    # "Ryan Holliday, 40, who had traveled from Galveston, Tex., was hurt
    # because, he said, ...": the name's asides, closed by their commas.
    r"(?:,\s[^,;:!?“”\"]{1,60}){0,3}?,?"
    r"\s[a-z]{2,20}\b[^A-Z.;:!?“”\"]{0,160}?,?\s"
    r"(?:when|as|after|while|because|before|since|until|once),?\s"
    r"(?P<pronoun>he|she)\s(?:\w+ly\s)?(?P<verb>[a-z]{2,20})\b"
)
# Words that may stand between a subject and its verb: "Lee also said".
_BEFORE_VERB: Final = _words("also then later again never often once has had have")
# A later clause of a sentence whose named subject speaks: "..., while Mr.
# Obama spoke to reporters", "; Ann Lee told the crowd".
_SPEAKING_CLAUSE: Final = re.compile(
    r"(?:,\s(?:while|and|but|whereas)\s|;\s)"
    rf"(?P<name>(?:{_TITLE})?[A-Z][\w’'-]{{1,30}}(?:\s(?:[A-Z]\.|[A-Z][\w’'-]{{1,30}})){{0,3}})"
    r"\s(?:[a-z]+ly\s)?(?:spoke|talked|told|addressed|briefed|answered|replied|responded)\b"
)
_SAYING: Final = (
    SPEECH_VERBS | EVALUATIVE_VERBS | QUOTE_VERBS | _words("pledges pledged vows promises")
)
# What joins a clause of its own between a subject and a later speaker.
_JOINED_CLAUSE: Final = re.compile(r",\s(?:and|but|while)\s|;\s")
# One word that ends as nouns for things and acts do, not as names: "Construction",
# "Durability", "Development" (not "Ness" or "Clement": four letters at least
# before the ending).
_ABSTRACT: Final = re.compile(r"^[A-Z][a-z]{3,20}(?:tion|sion|ity|ment|ness|ism|ship|ology)s?$")
_NOT_NAMES: Final = _words(
    "the a an but and so yet this that these those it its he she they we i his her "
    "their there here then when while after before since if as in on at for from by "
    "with during monday tuesday wednesday thursday friday saturday sunday "
    # "Nine months ago, ..." opens with a number, not a name.
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions dozens several many some "
    "most few all both each every last next "
    # "Having announced that he would not, Judge Berman proceeded": a participle.
    "having being"
)


def gender_of(text: str) -> str | None:
    """Return ``"f"`` or ``"m"`` when *text* marks one gender only, else None.

    >>> gender_of("Ms. Jane Doe"), gender_of("the spokesman"), gender_of("Jane Doe")
    ('f', 'm', None)
    """
    words = {w.lower() for w in _WORD.findall(text)}
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    if female == male:
        return None
    return "f" if female else "m"


# A body named by its initials: "CPJ", "NATO", "FBI".
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")


# Members of a party, a faith or a people, whose plural names a group.
_GROUP_MEMBERS: Final = frozenset(
    [
        *("democrat", "republican", "conservative", "liberal", "socialist", "progressive"),
        *("libertarian", "tory", "moderate", "independent", "evangelical", "populist"),
        *("american", "russian", "israeli", "palestinian", "iranian", "iraqi", "syrian"),
        *("european", "african", "mexican", "canadian", "briton", "german", "italian"),
        *("ukrainian", "kurd", "muslim", "christian", "catholic", "arab", "saudi", "egyptian"),
        *("pakistani", "indian", "afghan", "venezuelan", "cuban", "korean", "latino"),
    ]
)
# Parties and movements named by one word that no "he" or "she" stands for.
_BODIES: Final = frozenset(
    ["labour", "likud", "hamas", "hezbollah", "fatah", "taliban", "fidesz", "syriza", "podemos"]
)
# Words that open a plural group: "Other Netizens", "Some Democrats".
_PLURAL_OPENERS: Final = frozenset(
    [
        *("other", "some", "many", "several", "both", "most", "few", "all", "these"),
        *("those", "various", "numerous", "two", "three", "four", "five", "dozens"),
    ]
)


def _is_collective(speaker: str) -> bool:
    words = speaker.split()
    if not words:
        return False
    head = words[-1].strip(".,’'").lower()
    if words[-1][:1].islower() and head in _ONE_PERSON and "and" not in words:
        # "the prosecutor said ... “...,” they said": one person, never "they".
        return False
    if words[-1][:1].islower() or "and" in words:
        # "Smith and Jones said ... “...,” they added": two who speak are "they".
        # "unnamed officials", "the ministry", "sources familiar with the matter".
        return True
    if len(words) == 1 and head in _BODIES:
        # "Labour said ..." then "“...,” she told ...": a party, never "she".
        return True
    if len(words) == 1 and head.endswith("s") and head[:-1] in _GROUP_MEMBERS:
        # "75 percent of Democrats said": a party or a people, never "he".
        return True
    if len(words) >= 2 and words[0].lower() in _PLURAL_OPENERS and head.endswith("s"):
        # "Other Netizens enjoyed ...", "Some Democrats said": a group,
        # never the "he" or "she" after it.
        return True
    if (
        len(words) == 1
        and head.endswith("s")
        and (head[:-1] in _ONE_PERSON or head == "authorities")
    ):
        # "Analysts said ...", "Organizers said ...": people in the plural
        # opening a sentence, never the "she" or "he" after them.
        return True
    if (
        len(words) >= 2
        and words[0] == "the"
        and words[1][:1].isupper()
        and words[1].strip(".").lower() not in TITLES | _CLERGY
    ):
        # "the Red Army Faction in Germany", "the Supreme Court": a body
        # named with its article, never "he" ("the Rev. Al Sharpton" is).
        return True
    if len(words) == 1 and _INITIALS.fullmatch(words[-1].rstrip(",’'")):
        # "..., the ICO said. It said ...": initials name a body, not a person.
        return True
    linked = next((k for k, w in enumerate(words) if w in {"of", "for", "at", "on"}), 0)
    if linked > 0:
        # "the Ministry of Defence" is a body, "a member of the New Democracy
        # Movement" one person: the head is the noun before the link.
        head = words[linked - 1].strip(".,’'").lower()
    return head in _COLLECTIVE_HEADS


#: A candidate as a plain value, its paragraphs given as distances back:
#: (distance, seen distance, name, named, collective, gender).
_Kept = tuple[int, int, str, bool, bool, str | None]
#: The candidates a paragraph may still reach: (speakers, narrated subjects).
Recent = tuple[tuple[_Kept, ...], tuple[_Kept, ...]]


@attrs.define
class _Candidate:
    # Where the candidate was last named or narrated: what the narration rule
    # compares ("Later Ivo Brandt took the stage" wins over a speaker named
    # before it).
    paragraph: int
    name: str
    named: bool
    collective: bool
    gender: str | None
    # Where the text last spoke of the candidate, by name or by a pronoun
    # that stood for them: what reach is counted from, so that a run of
    # "..., she said" paragraphs keeps its speaker.
    seen: int = attrs.field()

    @seen.default
    def _seen(self) -> int:
        return self.paragraph


@attrs.define
class Referents:
    """The recent speakers and narrated names of an article, in reading order."""

    _speakers: list[_Candidate] = attrs.field(factory=list)
    _narrated: list[_Candidate] = attrs.field(factory=list)

    def speaker(self, paragraph: int, name: str, *, named: bool, context: str = "") -> None:
        """Record a speaker found in *paragraph*; *context* is the text around it."""
        gender = gender_of(name) or (gender_of(context) if named else None)
        _push(
            self._speakers,
            _Candidate(
                paragraph=paragraph,
                name=name,
                named=named,
                collective=_is_collective(name),
                gender=gender,
            ),
        )

    def met(self, name: str, *, people: bool = False) -> bool:
        """Tell whether a speaker or narrated name ends with *name*'s last word.

        With *people*, only a person's name counts, not a body's.
        """
        last = name.rsplit(maxsplit=1)[-1]
        return any(
            c.named and not (people and c.collective) and c.name.split()[-1] == last
            for c in (*self._speakers, *self._narrated)
        )

    def narration(self, paragraph: int, sentence: str) -> None:
        """Record the named subject of a sentence of narration, if it has one.

        A later clause whose named subject speaks ("..., while Mr. Obama spoke
        to reporters") is recorded after it: a quotation that follows is
        more likely that speaker's.
        """
        self._narration(paragraph, sentence)
        second = _SPEAKING_CLAUSE.search(sentence)
        if second is not None:
            self._narrate(paragraph, clean_speaker(second.group("name")))

    def _narration(self, paragraph: int, sentence: str) -> None:
        """Record the named subject of the main clause of a sentence of narration."""
        after = after_participle_opening(sentence)
        if after:
            # "Opening cupboards, filing cabinets ..., Otaibi walked": the
            # subject after the participle phrase that opens the sentence.
            sentence = sentence[after:]
        match = _NARRATED.match(sentence)
        if match is None or match.group(1).split()[0].lower() in _NOT_NAMES:
            # "As supporters waited, Ann Lee took to Twitter": the subject
            # after a phrase or clause that opens the sentence.
            opening = _OPENING.match(sentence)
            if opening is not None:
                match = _NARRATED.match(sentence, opening.end())
        if match is None or (
            match.group(1).split()[0].lower() in _NOT_NAMES and _DESCRIPTION.match(sentence)
        ):
            # "The White House press secretary, Tony Snow, criticized": the
            # name after the description, not "The White House".
            match = _after_openings(sentence) or match
        if match is None and self._opening_person(paragraph, sentence):
            return
        if match is None:
            relative = _RELATIVE_PERSON.search(sentence)
            if (
                relative is not None
                and relative.group("name").split()[0].lower() not in _NOT_NAMES
                and not _VERB_IN_APPOSITION.search(relative.group(0))
            ):
                # "this argument appeared to be undermined by the intervention
                # of Lord Myners, the former minister, who negotiated the deal.":
                # no one is the main clause's subject; the person a relative
                # clause makes act is who the narration turned to.
                self._narrate(paragraph, clean_speaker(relative.group("name")))
                return
            described = _DESCRIBED_PERSON.match(sentence)
            if described is not None:
                # "A 29-year-old Berlin woman, meanwhile, received ...", then
                # "“...,” she wrote": the one described is who a pronoun of
                # that gender stands for, written as the text describes her.
                who = described.group("who")
                _push(
                    self._narrated,
                    _Candidate(
                        paragraph=paragraph,
                        name=who,
                        named=True,
                        collective=False,
                        gender=gender_of(described.group("head")),
                    ),
                )
            return
        verb = match.group(0).split()[-1]
        if (
            verb.endswith("s")
            and verb not in {"has", "was", "is", "does"}
            and (
                _NOUN_NOT_VERB.match(sentence, match.end())
                or (sentence[match.end() : match.end() + 1] == "," and verb not in _SAYING)
            )
        ):
            # "Coal miners are still smarting", "Tarot cards, never mainstream,
            # didn't ...": a plural noun after a modifier, then the verb; no
            # one is named.
            return
        # "French Prime Minister Manuel Valls also spoke": the person, not the title.
        name = clean_speaker(match.group(1))
        if name.split()[0].lower() in _NOT_NAMES or name.endswith(("’s", "'s")):
            # "Cruz's campaign says": the campaign is the subject, not Cruz.
            return
        if _ABSTRACT.search(name) or region_after_place(sentence, name):
            # "Construction started in 1946": a noun for a thing or an act;
            # "Officials in Kyiv, Ukraine rejected ...": where the place is.
            return
        following = sentence[match.end(1) :].split(maxsplit=1)[0]
        if (
            " " not in name
            and name.endswith("ing")
            and not sentence[: match.start(1)].strip()
            and following not in _SAYING
            and not following.endswith("ed")
        ):
            # "Opening the door, Otaibi walked": a participle opens the
            # sentence, not a name ("Fleming said", "Schilling appeared" are
            # names).
            return
        self._narrate(paragraph, name)

    def _narrate(self, paragraph: int, name: str) -> None:
        """Record *name*, read as a sentence's named subject in *paragraph*."""
        _push(
            self._narrated,
            _Candidate(
                paragraph=paragraph,
                name=name,
                named=True,
                collective=_is_collective(name),
                gender=gender_of(name),
            ),
        )

    def _opening_person(self, paragraph: int, sentence: str) -> bool:
        """Record the one person an opening clause names when a pronoun is the subject after it.

        "When actress Marlee Matlin turned to the internet ..., she was quickly
        reminded ...": Matlin is who the sentence is about, and who a later
        "she" stands for, if the gender the clause gives fits.
        """
        found = _opening_name(sentence)
        if found is None:
            return False
        named, pronoun, opening = found
        wanted = "f" if pronoun.lower() == "she" else "m"
        gender = gender_of(opening) or gender_of(named)
        if gender != wanted and not self._titled_or_met(named):
            # "In Sandy Hook, he ...": a place; only a titled name, a person
            # met before or one the clause gives a gender fits.
            return False
        if gender not in {None, wanted}:
            return False
        name = clean_speaker(named)
        _push(
            self._narrated,
            _Candidate(
                paragraph=paragraph,
                name=name,
                named=True,
                collective=False,
                gender=wanted,
            ),
        )
        return True

    def framing(self, paragraph: int, sentence: str, speaker: str | None) -> None:
        """Record the named subject of *sentence* when its reported *speaker* is another.

        In "Cole turned on the Herald, pointing out that its Mark Stein had
        reported ...", Stein's words are what Cole points out: Cole is the
        one the sentence is about, and the one a pronoun after it stands for.
        """
        # "Based on data ..., Kossin found ...": the subject after the phrase.
        sentence = sentence[after_participle_opening(sentence) :]
        match = _NARRATED.match(sentence)
        if match is None or speaker is None:
            return
        name = clean_speaker(match.group(1))
        first = name.split()[0] if name.split() else ""
        if (
            not first
            or first.lower() in _NOT_NAMES
            or name.endswith(("’s", "'s"))
            or name.split()[-1] in speaker.split()
        ):
            return
        at = sentence.find(speaker, match.end(1))
        if at < 0 or _JOINED_CLAUSE.search(sentence, match.end(1), at):
            # The speaker stands before the subject, or was not written as
            # read, or speaks in a clause of its own ("X has cut costs, and
            # finance chief Ann Lee said ...").
            return
        # Only a person the article has named before: "Like others ...,"
        # or "Fundraising, according to ..." opens no name.
        last = name.split()[-1]
        known = next(
            (
                c
                for c in reversed([*self._narrated, *self._speakers])
                if c.named and not c.collective and c.name.split()[-1] == last
            ),
            None,
        )
        spoke = any(c.name.split()[-1] == last for c in self._speakers)
        if known is not None and (spoke or known.gender is not None):
            # A person: one who spoke before or whose gender is known (not a
            # company only narrated, "Electrocomponents has been cutting").
            _push(self._speakers, attrs.evolve(known, paragraph=paragraph, seen=paragraph))

    def resolve(  # noqa: PLR0913 (keyword-only readings of the pronoun's sentence)
        self,
        paragraph: int,
        pronoun: str,
        *,
        avoid: str = "",
        before: str = "",
        head: str = "",
        run: bool = False,
    ) -> str | None:
        """Return the name *pronoun* (as written) stands for in *paragraph*, or None.

        A person named in *avoid*, the words the pronoun's clause governs, is
        not what the pronoun stands for: in "he denied knowing Ejime", "he" is
        not Ejime. *before* is reported speech written before the pronoun:
        when it opens with a person the pronoun may stand for ("Ella Moss
        grew up in Ohio, she says"), the text does not tell who speaks. *head* is the
        sentence up to the quotation: when it opens with a named subject and
        a verb of saying, the pronoun whose gender fits is that subject.
        *run* tells that the sentence is the pronoun's attribution and its
        words alone (``“...,” she said``, ``She said: “...”``): only such a
        pronoun keeps its speaker in reach past :data:`REACH` paragraphs from
        the name, counted from that pronoun on.

        >>> found = Referents()
        >>> found.speaker(0, "Jane Doe", named=True, context="the spokeswoman Jane Doe")
        >>> found.speaker(1, "John Roe", named=True, context="John Roe, her husband,")
        >>> found.resolve(2, "she"), found.resolve(2, "He"), found.resolve(9, "she")
        ('Jane Doe', 'John Roe', None)
        """
        # "said I." and "said she." end the sentence: the stop is no part of the word.
        word = pronoun.lower().rstrip(".,;:!?")
        if word in {"i", "me", "we", "us"}:
            # Outside a quotation, "I asked him" and "we asked" are the writer
            # or the newsroom, whom the text does not name: never the last
            # person or body named.
            return None
        recent = [c for c in self._speakers if _within(c, paragraph)]
        if word in {"they", "them", "it"}:
            collective = next((c for c in reversed(recent) if c.collective), None)
            if collective is not None:
                return collective.name
            if word != "they":
                # "it" is no person; "them" stands as a speaker only in "Many
                # of them said": some of a group, not the last person named.
                return None
        wanted = "f" if word in {"she", "her"} else "m" if word in {"he", "him"} else None
        avoided = frozenset(_NAME_WORD.findall(avoid)) if avoid else frozenset()
        speaking = self._speaking_subject(head, wanted) if head and wanted else None
        if speaking is not None:
            # "Ms. Lee pledges to “...,” as she put it": the subject who
            # speaks in the sentence, not the last speaker before it.
            return speaking
        if before and wanted and self._subject_of(before, wanted) is not None:
            # "Grayson has introduced a bill ..., he said": the named subject
            # of the words reported may speak of himself ("Fairley has tripled
            # his workforce, he said") or be spoken of by the last speaker
            # ("Bannon is raising funds, he added"): no one is sure.
            return None
        described = self._described_speaker(paragraph, wanted)
        if described is not None:
            # "..., a Reuters witness said. “...,” he said": the one the last
            # attribution describes, named by no name, as written.
            return described
        picks: list[_Candidate | None] = []
        # "they" with no collective source before it stands for the last named
        # speaker, never for a name only narrated ("Metroid Prime plotted its
        # revenge ... They told of a cauldron of evil").
        narrated_pool = (
            [] if word in {"they", "them"} else [c for c in self._narrated if _within(c, paragraph)]
        )
        for pool in (recent, narrated_pool):
            pick: _Candidate | None = None
            for candidate in reversed(pool):
                if not candidate.named or candidate.collective:
                    continue
                if avoided and candidate.name.split()[-1] in avoided:
                    pick = _AVOIDED
                    break
                if wanted and (
                    candidate.gender not in {None, wanted}
                    or _ACRONYM.fullmatch(candidate.name)
                    or _outlet(candidate.name)
                ):
                    # "CPJ said", "NATO said", "Reuters reported": a body named
                    # by its initials, or a news outlet, which no "he" or "she"
                    # stands for.
                    continue
                pick = candidate
                break
            picks.append(pick)
        speaker, narrated = picks
        chosen = speaker if speaker is not None else narrated
        if (
            wanted
            and speaker is not None
            and speaker is not _AVOIDED
            and narrated is not None
            and narrated is not _AVOIDED
            and narrated.paragraph > speaker.paragraph
            and (self._person(narrated) or paragraph - speaker.paragraph > REACH)
        ):
            # "Ann Lee spoke first. ¶ Later Ivo Brandt took the stage. “...,”
            # he said": the person the narration turned to since, not the
            # last one quoted. A speaker named out of reach, kept only by the
            # pronouns since, yields to any subject narrated after the name.
            chosen = narrated
        if chosen is None or chosen is _AVOIDED:
            return None
        if wanted and chosen.gender is None:
            # The pronoun tells the gender from now on.
            chosen.gender = wanted
        if run and wanted and paragraph - chosen.seen <= REACH:
            chosen.seen = paragraph
        return chosen.name

    def _described_speaker(self, paragraph: int, wanted: str | None) -> str | None:
        """Return the last speaker when one person described, not named, and a pronoun fits.

        The last speaker must be in *paragraph* or the one before, be no name
        ("a Reuters witness", "A spokeswoman for the ministry"), have a
        person's noun for its head, and no person be narrated in its paragraph
        or after it; a definite one ("the official") counts only when no
        person named spoke within reach.
        """
        if wanted is None or not self._speakers:
            return None
        last = self._speakers[-1]
        # (A lower-case head counts as collective for "they"; the head noun
        # below tells one person.)
        if last.named or paragraph - last.paragraph > 1:
            return None
        if last.gender not in {None, wanted}:
            return None
        words = last.name.split()
        if not words or words[0].lower() not in _DESCRIBING:
            return None
        if words[0].lower() == "the" and any(
            c.named and not c.collective and paragraph - c.paragraph <= REACH
            for c in self._speakers
        ):
            # "Ahmadu said ... “...,” the official said. He said ...": a
            # definite description after a name is that person again, and the
            # name tells more.
            return None
        head = words[1:]
        for k, word in enumerate(head):
            if word.lower() in _AFTER_HEAD:
                head = head[:k]
                break
        if not head or head[-1].lower() not in _ONE_PERSON:
            return None
        if any(c.paragraph >= last.paragraph for c in self._narrated):
            # "Clinton caused a stir when an Iowa voter asked ... “...,” she
            # replied": a person narrated as near may be the one.
            return None
        return last.name

    def _person(self, candidate: _Candidate) -> bool:
        """Tell whether the narrated *candidate* is a person ("Behind", "You", "Beijing" are not).

        Its gender is known, or it is a full name, or a full name seen
        before ends with it.
        """
        if not plausible_speaker(candidate.name):
            return False
        if candidate.gender is None and candidate.name.split()[0].lower() in _DESCRIBING:
            # "An engineer called to inspect it warned ...": one described by a
            # post, whom a pronoun stands for only when no speaker fits; a
            # named speaker before is as likely ("the former ambassador" is
            # Bolton again).
            return False
        if candidate.gender is not None or len(candidate.name.split()) >= 2:
            return True
        return any(
            len(c.name.split()) >= 2
            # "Mohammad al-Otaibi", then "Otaibi walked": the particle is left out.
            and (c.name.split()[-1] == candidate.name or c.name.endswith("-" + candidate.name))
            for c in (*self._speakers, *self._narrated)
        )

    def _speaking_subject(self, head: str, gender: str) -> str | None:
        """Return the named subject of *head* when a verb of saying follows it and *gender* fits."""
        match = _SPEAKING_SUBJECT.match(head)
        if match is None:
            return None
        for word in match.group(2).split():
            if word in _SAYING:
                break
            if not (word.endswith("ly") or word in _BEFORE_VERB):
                # "Recently she announced": the subject is no name.
                return None
        else:
            return None
        return self._named_subject(match.group(1), gender)

    def governing_subject(self, sentence: str, pronoun: str) -> str | None:
        """Return the named subject of *sentence* when *pronoun* speaks in a clause it governs.

        "Clinton caught flak from both sides when she said she could not
        support the deal": the clause after "when" has the main clause's
        subject as its pronoun, if no other name stands between them and the
        gender fits.

        >>> Referents().governing_subject("Lee caught flak when she said no.", "she")
        'Lee'
        >>> Referents().governing_subject("Lee met Ann Roe when she said no.", "she") is None
        True
        """
        word = pronoun.lower().rstrip(".,;:!?")
        gender = "f" if word == "she" else "m" if word == "he" else None
        match = _GOVERNED.match(sentence)
        if gender is None or match is None or match.group("pronoun").lower() != word:
            return None
        if match.group("verb").lower() not in _SAYING:
            return None
        return self._named_subject(match.group("name"), gender)

    def opening_subject(self, paragraph: int, sentence: str, pronoun: str) -> str | None:
        """Return the one person an opening phrase names when *pronoun* is the subject after it.

        "In a memorandum that Mr. Reid issued to fellow Democrats, he wrote":
        the phrase that opens the sentence names one person, and the pronoun
        right after its comma is that person, if the gender fits. Only a titled
        name or a person met before counts. The person is then the last
        speaker of *paragraph*, for a "he added" after it.

        >>> Referents().opening_subject(0, "In a memo Mr. Reid issued, he wrote", "he")
        'Mr. Reid'
        >>> Referents().opening_subject(0, "After Mr. Lee met Mr. Roe, he said", "he") is None
        True
        """
        word = pronoun.lower().rstrip(".,;:!?")
        gender = "f" if word == "she" else "m" if word == "he" else None
        opening = _opening_name(sentence)
        clause = _CLAUSE_SUBJECT.match(sentence)
        if (
            clause is not None
            and clause.group("pronoun").lower() == word
            and self._titled_or_met(clause.group("name"))
            and not any(
                self._titled_or_met(other)
                for other in _CAPITALISED_RUN.findall(
                    sentence, clause.end("name"), clause.end("opening")
                )
            )
        ):
            # "As O’Rourke comforted supporters in Des Moines ..., he
            # promised": the subject of the opening clause, a person met
            # before, when no other person met before is named in it ("When
            # Sanders accused Clinton of ..., she said" may be either).
            opening = (clause.group("name"), clause.group("pronoun"), clause.group("opening"))
        if gender is None or opening is None or opening[1].lower() != word:
            return None
        named = opening[0]
        if not self._titled_or_met(named):
            # "In New York, he said", "On Wall Street, he said": a place or a
            # thing; only a titled name or a person met before counts.
            return None
        found = self._named_subject(named, gender)
        if found is not None:
            # What "But, he added," after it stands for, too.
            self.speaker(paragraph, found, named=True, context=named)
        return found

    def _titled_or_met(self, name: str) -> bool:
        """Tell whether *name* has a courtesy title or names a person met before (by surname)."""
        return bool(_TITLED.match(name)) or self.met(name, people=True)

    def _named_subject(self, found: str, gender: str) -> str | None:
        """Return the person *found* names when a pronoun of *gender* may stand for them."""
        opening = found.split(maxsplit=1)[0].lower()
        name = clean_speaker(found)
        words = name.split()
        if (
            not words
            or opening in _NOT_NAMES
            or opening.endswith("ly")
            or words[0].lower() in _NOT_NAMES
            or name.endswith(("’s", "'s"))
        ):
            # "While Clinton has condemned ...": a subordinate clause.
            return None
        known = gender_of(name)
        for candidate in reversed([*self._speakers, *self._narrated]):
            if candidate.name.split()[-1] == words[-1]:
                if candidate.collective:
                    return None
                known = known or candidate.gender
                name = candidate.name
                break
        return name if known in {None, gender} else None

    def _subject_of(self, text: str, gender: str | None) -> str | None:
        """Return the person *text* opens with whom a pronoun of *gender* may stand for.

        A person the article named before (who spoke, or whose gender is
        known) is returned by name; a full name never seen before as an empty
        string. None when *text* opens with no such person: a place or a
        company only narrated ("China builds islands, he said"), or one whose
        known gender contradicts the pronoun ("Mr. Trump is wrong, she said").
        """
        match = _NARRATED.match(text)
        if match is None:
            return None
        name = clean_speaker(match.group(1))
        words = name.split()
        if not words or words[0].lower() in _NOT_NAMES or name.endswith(("’s", "'s")):
            return None
        spoke = {id(c) for c in self._speakers}
        for candidate in reversed([*self._speakers, *self._narrated]):
            if candidate.name.split()[-1] == words[-1]:
                known = gender_of(name) or candidate.gender
                if not candidate.named or candidate.collective or known not in {None, gender}:
                    return None
                # A name only narrated ("Michigan is also at the court") may
                # be a place: it counts once its gender is known.
                return candidate.name if id(candidate) in spoke or known else None
        if len(words) >= 2 and gender_of(name) in {None, gender}:
            # "Ella Moss grew up in Ohio, she says", Moss never named before:
            # she may speak of herself or be spoken of; no one is sure.
            return ""
        return None

    def recent(self, paragraph: int) -> Recent:
        """Forget what *paragraph* can no longer reach; return the rest as plain values.

        Nothing older than :data:`REACH` paragraphs back is ever resolved to
        again, so forgetting it changes no reading, and what is returned is all
        a reading from *paragraph* on depends on; with distances rather than
        indices it is the same wherever the paragraph stands in its article.
        """
        return (_kept(self._speakers, paragraph), _kept(self._narrated, paragraph))

    @classmethod
    def restored(cls, paragraph: int, recent: Recent) -> Referents:
        """Return referents that read from *paragraph* on as those :meth:`recent` gave."""
        speakers, narrated = recent
        return cls(speakers=_restored(speakers, paragraph), narrated=_restored(narrated, paragraph))


# What a pool gives when a name the pronoun's clause governs comes first: nothing resolves.
_AVOIDED: Final = _Candidate(paragraph=0, name="", named=False, collective=False, gender=None)


def _within(candidate: _Candidate, paragraph: int) -> bool:
    """Tell whether *candidate* is in reach of a pronoun in *paragraph*.

    In reach is a speaker named within :data:`REACH` paragraphs, or kept in
    reach by a pronoun of a sentence that is only its attribution and words
    ("“...,” he said", "He said: “...”") within as many. So paragraphs of
    one person's quotations keep that person, a narrative paragraph or two
    between them; a person narrated since still wins (see
    :meth:`Referents.resolve`), and a narrative pronoun ("In 2010, he warned
    ...") keeps no one in reach.
    """
    last = max(candidate.seen, candidate.paragraph)
    return paragraph - last <= REACH


def _opening_name(sentence: str) -> tuple[str, str, str] | None:
    """Return the one person a phrase opening *sentence* names, the pronoun after it, the phrase.

    None when no such phrase opens the sentence, or it names no person or two
    (two people the pronoun may stand for).
    """
    match = _OPENING_NAMES.match(sentence)
    if match is None:
        return None
    names = _PERSON_NAME.findall(match.group("opening"))
    if len(names) != 1:
        return None
    return names[0], match.group("pronoun"), match.group("opening")


def _kept(pool: list[_Candidate], paragraph: int) -> tuple[_Kept, ...]:
    oldest = paragraph - REACH
    if any(c.seen < oldest for c in pool):
        # A pronoun may have kept an older candidate in reach past a newer
        # one: what is out of reach need not lead.
        pool[:] = [c for c in pool if c.seen >= oldest]
    return tuple(
        [
            (paragraph - c.paragraph, paragraph - c.seen, c.name, c.named, c.collective, c.gender)
            for c in pool
        ]
    )


def _restored(kept: tuple[_Kept, ...], paragraph: int) -> list[_Candidate]:
    return [
        _Candidate(
            paragraph=paragraph - distance,
            seen=paragraph - seen,
            name=name,
            named=named,
            collective=collective,
            gender=gender,
        )
        for distance, seen, name, named, collective, gender in kept
    ]


def _push(pool: list[_Candidate], candidate: _Candidate) -> None:
    pool.append(candidate)
    if len(pool) > _KEPT:
        del pool[0]
