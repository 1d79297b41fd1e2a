"""Reported speech: speech given without quotation marks, and who gave it.

A sentence reports speech when it opens with ``According to X,``, ends with
its attribution (``..., the ministry said on Friday.``, at most
:data:`TAIL_AFTER_CUE` words after the cue), or has a subject and a reporting
verb among its first words (``The ministry said in a statement that ...``,
``Tom Hill was quoted as saying ...``). Further down a sentence, a second verb
of its subject (``The mayor toured the site and said ...``), a relative clause
after a source (``Ann Lee, who said the plan was rushed, ...``) and a verb of
pledging before ``to`` or ``that`` (``vowed to block the plan``) report too.
Verbs that mostly mean something else there (``called for``, ``charged
with``, ``agreed to``, ``declared bankruptcy``, ``promised funding``) report
nothing. A source after ``according to`` that names no speaker (``according
to the results``) is kept for the caller, who reports the speech with no
speaker. The work is bounded per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from newsdiff._analysis._speakernames import (
    apposed_name,
    clean_speaker,
    is_apposition,
    is_name_chunk,
    is_source_noun,
    main_clause,
    main_subject,
    opens_clause,
    plausible_speaker,
)
from newsdiff._analysis._speakers import (
    WINDOW,
    Attribution,
    attribution_after,
    attribution_before,
    cue_from,
    is_named,
    joined_subject,
    may_hold_cue,
    word_places,
)
from newsdiff._analysis._speechwords import (
    BASE_SAYING,
    BETWEEN,
    CLAUSE_RELATIVES,
    DETERMINERS,
    PARTICIPLES,
    PAST_FORMS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_OPENERS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    THAT_VERBS,
    TITLES,
)
from newsdiff._base._caches import bounded

__all__ = ["TAIL_AFTER_CUE", "reported_speech"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD: Final = re.compile(r"[^\W_][\w’'-]{0,40}")
# Verbs that introduce reported content in "X said (that) ...". Verbs that
# mostly mean something else there ("called for", "charged with", "agreed
# to", "declared bankruptcy") are left out.
_REPORTING_CUES: Final = (SPEECH_VERBS - PARTICIPLES | {"quoted"}) - _words(
    "called described charged agreed urged urges demanded pleaded declared declares "
    "answered pledged promised vowed boasted posted shouted yelled chanted reads "
    "wondered wonders pressed reacted remembered gushed written"
) | BASE_SAYING
_RELATIVE: Final = _words("who which")
_RELATIVE_AUXILIARIES: Final = _words("has had have also later")
# Verbs of pledging: they report what was pledged only before "to" or "that"
# ("vowed to block the plan"), never a thing ("promised funding"). Not
# "pledged": as often money as words ("the $64 million it pledged to help pay").
_PLEDGING: Final = _words("vowed vows promised promises")
_REPORTING_OR_PLEDGING: Final = _REPORTING_CUES | _PLEDGING
# Verbs of saying that a preposition may follow: "said on Friday that ...".
_SAYING: Final = frozenset(["said", "says", "told", "tells", "wrote", "writes", "added", "adds"])
_NOT_REPORTING_AFTER: Final = frozenset(["for", "to", "by", "from", "with", "upon", "against"])
# Verbs whose subject may follow them in a report ("..., said Jane Doe"); a
# noun after any other ("..., denied the report") is its object.
_INVERTING: Final = _words(
    "said says say added adds wrote writes explained explains noted notes continued recalled "
    "asked argued according"
)
# Verbs that report only before a clause: "maintained that" (not "maintained
# his lead"), "called" never at a sentence's end ("Eric Trump called.").
_ONLY_BEFORE_THAT: Final = _words("maintained maintains") | BASE_SAYING
_NOT_AT_END: Final = _words("called calls")
#: How many words may follow a speech cue at the end of a sentence ("said on
#: Friday in a statement"): more means a new clause ("said he would ...").
TAIL_AFTER_CUE: Final = 6


_PASSIVE_BEFORE: Final = _words("was were is are been being be")
# Subjects that deny there is a speaker: "Neither airline has confirmed ...".
_DENYING_SUBJECTS: Final = _words("neither no none nobody")
#: How many words before a cue "what" may stand to make it the object of another verb.
_WHAT_REACH: Final = 4
# Words before a cue that deny it: "did not say", "never said".
_NEGATING: Final = _words("not never")
# Words before a cue that make the writer propose it: "let’s say", "let us say".
_SUGGESTING: Final = _words("let's us")
# Modals before "have" and a cue: "might have suggested" is what was not said.
_UNREAL: Final = _words("might could should would")
# What follows a cue when it says how much was said, not what.
_NO_CONTENT_AFTER: Final = re.compile(
    r"as\smuch\b|(?:very\s)?(?:little|nothing|much)(?:\s(?:to\snothing|about|on|regarding|"
    r"publicly|else|more|the\ssame|during|in|at|to)\b|\s*[,.;]|\s*$)"
    # "said a prayer at the site", "said goodbye": what is said is no report.
    r"|(?:a\s|his\s|her\s|their\s)?(?:prayer|prayers|goodbye|goodbyes|hello|farewell|"
    r"a\sfew\swords)\b(?!\s(?:was|were|is|are|had|has|would|will)\b)",
    re.IGNORECASE,
)
# Cues that may open a sentence as a participle, before its main clause: "Asked
# about it, the senator said ...".
_OPENING_CUES: Final = _words("asked told")
# Words that may stand before such a participle: "When asked about it, ...".
_OPENING_WORDS: Final = _words("when if once after while as")
#: How many words may stand before the cue of "X said (that) ...": a subject
#: with its appositions ("Jane Doe, who took over as head of ..., said").
_HEAD_WORDS: Final = 30
#: Beyond this many words before the cue, its subject must stand next to it.
_SHORT_HEAD: Final = 12
#: How many words (adverbs, auxiliaries) may stand between a subject and its cue.
_BETWEEN_WORDS: Final = 2
# Words before a cue that make it no report: modals and "to", and relative
# words two words before it (before its subject).
_HYPOTHETICAL: Final = _words("will would should could might may can must to shall")
# Cues in their base form, which a modal may govern ("May say").
_BASE_FORMS: Final = _words("say tell add write claim argue warn explain insist")
# Participles after a cue that make it a passive: "reported killed".
_PASSIVE_AFTER: Final = _words("killed injured dead missing wounded hurt arrested detained")
#: How many words the source after an inverted cue may have ("said former
#: Pennsylvania governor Ed Rendell").
_SOURCE_WORDS: Final = 8
# Words that make a clause of what follows a cue: "said the unit should ...".
_VERBISH: Final = _words(
    "is are was were be been has have had will would should could can may might must "
    "do does did not that"
)
#: How many of the last commas of a sentence may open its attribution.
_TAIL_COMMAS: Final = 3
#: How far from its end (in characters) a sentence's attribution may start.
_TAIL_REACH: Final = 160
#: How many words an attribution at the end of a sentence may have.
_TAIL_WORDS: Final = 24
#: How many words the attribution after a sentence's last comma may have.
# Why a source goes unnamed, ending an attribution: "who declined to be named
# because ...", "who spoke on condition of anonymity".
_UNNAMED_BECAUSE: Final = re.compile(
    r"\s(?:who|that)\s(?:asked|requested|declined|spoke|(?:was|were|is|are)\snot\s"
    r"authori[sz]ed)\b[^,;]*$"
)
_LAST_TAIL_WORDS: Final = 14


_ACCORDING_START: Final = re.compile(r"\W{0,3}according to ([^,]{1,120}),\s", re.IGNORECASE)
_DASHES: Final = ("—", "―", "–")


#: How many words of reported content may pass before its verb shows it is a clause.
_CLAUSE_REACH: Final = 25
# Words that make what follows a cue a clause of its own, not the verb's
# object: "wrote he ...", "wrote the plan was ...", "wrote in 2009 that ...".
_CLAUSE_WORDS: Final = (
    _words(
        "he she they we i you there that is are was were am be has have had will would "
        "should could can may might must do does did won’t can’t won't can't"
    )
    | PAST_FORMS
    | _words("ran won lost met cast saw went became led paid sold spent found")
)
# Words of _CLAUSE_WORDS that are no verb.
_CLAUSE_OPENERS: Final = PRONOUNS | _words("there you that")
# Words before a word in -ed or -s that make it no verb: "a more detailed
# book", "of games".
_NOT_BEFORE_VERB: Final = DETERMINERS | PREPOSITIONS | _words("more most very less well and or")
# Words after a word in -ed or -s that make it no verb: "in the latest polls and".
_NOT_AFTER_VERB: Final = PREPOSITIONS | _words("and or but")
# Cues that often take a thing as object: "wrote a letter", "added a
# headphone jack"; their content must be a clause. ("maintained" and
# "maintains" report only before "that": see _ONLY_BEFORE_THAT.)
_OBJECT_CUES: Final = _words(
    "wrote writes maintain added adds recounted recounts announced announces explains "
    "explained claimed claims confirmed confirms"
)
# Object cues whose clause shows itself early: "announced a package of measures
# to provide support to ensure the impact is minimised" announces a thing; "announced
# the plan would be delayed" reports. Their clause must show within
# _ANNOUNCED_REACH words.
_ANNOUNCING: Final = _words("announced announces claimed claims")
# Cues that report unless a sum is their object: "confirmed an additional £55
# billion" confirms a grant; "confirmed our arrangements remain sufficient" reports.
_CONFIRMING: Final = _words("confirmed confirms")
#: How many words at the head of the content a sum may stand in to be the object.
_SUM_REACH: Final = 3
_ANNOUNCED_REACH: Final = 8
_EXPLAINING: Final = _words("explains explained")
# What opens a sum: "£200 million", "$4 billion", "10,000 units".
_AMOUNT_OPENERS: Final = frozenset("£$€0123456789")
# Words that open an object of a cue rather than a clause: "announced a plan",
# "wrote on Friday the letter".
_OBJECT_OPENERS: Final = DETERMINERS | PREPOSITIONS | _words("my your")


def _object_clause(cue: str, content: str) -> bool:
    """Tell whether *content*, after the object cue *cue*, may be a clause (see :func:`_clause`).

    After "announced" or "claimed" the clause must show within
    :data:`_ANNOUNCED_REACH` words; after those and "explained", before an
    "and" or "but" that joins another clause ("explained the process and the
    council is considering it").
    """
    if cue in _CONFIRMING:
        return not any(w[:1] in "£$€" for w in content.split(maxsplit=_SUM_REACH)[:_SUM_REACH])
    if cue in _ANNOUNCING:
        return _clause(content, _ANNOUNCED_REACH, joined_ends=True)
    return _clause(content, joined_ends=cue in _EXPLAINING)


def _clause(content: str, reach: int = _CLAUSE_REACH, *, joined_ends: bool = False) -> bool:
    """Tell whether *content* (what follows a cue, without "that") may be a clause.

    "wrote a good primer in 2009", "added a headphone jack": the verb
    takes a thing as object, and no speech is reported. Content that
    opens with a determiner or a preposition is a clause only when a subject
    pronoun, "that", or a finite verb (an auxiliary, a common past form, a
    word in -ed or -s between a noun and its object, a word in -n't) stands among its first
    *reach* words (:data:`_CLAUSE_REACH` unless given); with *joined_ends*,
    no further than "and" or "but". Only the cues of :data:`_OBJECT_CUES` are
    checked. "announced an additional £60 million for police" announces an
    act, not words (PolNeAR counts "announced a plan" as reported speech;
    newsdiff does not).
    """
    if content[:1] in _AMOUNT_OPENERS:
        # "announced £200 million investment for projects": a sum is a thing.
        return False
    raws = content.split(maxsplit=reach)[: reach + 1]
    words = [raw.strip(",;:.!?()[]\"“”‘’'").lower().replace("’", "'") for raw in raws]
    if not words or words[0] in _CLAUSE_WORDS - _OBJECT_OPENERS:
        return True
    if words[0] not in _OBJECT_OPENERS and not (
        # "wrote prescriptions for ...": a bare noun in lower case opens an
        # object as a determiner does.
        content[:1].islower() and words[0].isalpha()
    ):
        return True
    for at in range(1, min(len(words), reach)):
        word = words[at]
        if joined_ends and word in {"and", "but"}:
            # "explained the process and the council is considering it": the
            # verb after "and" is another clause's; the object came first.
            return False
        stem, _, ending = word.partition("'")
        if (
            at > 1
            and word.endswith("ing")
            and raws[at][:1].islower()
            and at + 1 < len(words)
            and words[at + 1] in _WH_OPENERS
        ):
            # "wrote a letter to him explaining why he had ...": the verbs
            # after a participle are the object's own clause, not a report.
            return False
        if stem == "be" and words[at - 1] == "to":
            # "prescriptions ..., to be injected": an infinitive, no clause.
            continue
        if stem in _CLAUSE_WORDS or ending == "t" or (ending and stem in PRONOUNS):
            return True
        if (
            at > 1
            and len(word) > 3
            # "an England Species Reintroduction Taskforce": a capital is a name.
            and raws[at][:1].islower()
            and word.endswith(("ed", "s"))
            and not word.endswith("ss")
            and not ending
            and words[at - 1] not in _NOT_BEFORE_VERB
            # A verb here has something after it: "the plan favours developers".
            and at + 1 < len(words)
            and words[at + 1] not in _NOT_AFTER_VERB
        ):
            return True
    return False


def _may_report(sentence: str) -> bool:
    """Tell cheaply whether *sentence* may report speech at all.

    Most sentences of narration hold no cue word; they are turned away before
    any window is tokenised. Nothing that reports speech is turned away: see
    :func:`newsdiff._analysis._speakers.may_hold_cue`; the head window may cut a word
    at its edge, "accord" lets through an ``according`` spelt with a
    look-alike letter, and a dash may open a "― Jane Doe" attribution.
    """
    if "accord" in sentence.lower() or any(dash in sentence for dash in _DASHES):
        return True
    return may_hold_cue(sentence) or (
        len(sentence) > WINDOW and may_hold_cue(sentence[WINDOW // 2 : WINDOW])
    )


# Participles that tell of the document a cue names: "in a letter dated ...",
# "in a report seen by Reuters".
_DOCUMENT_PARTICIPLES: Final = _words(
    "dated seen obtained reviewed released published sent posted issued filed signed addressed "
    "circulated distributed"
)


# Cues whose content may be a gerund ("reported hearing shots", "denied taking
# the money"), and words in -ing that are prepositions ("said during a visit").
_GERUND_CUES: Final = _words(
    "reported reports report admitted admits denied denies recalled recalls described "
    "describes acknowledged acknowledges mentioned mentions recommended recommends"
)
_ING_PREPOSITIONS: Final = _words(
    "during following including regarding concerning according excluding pending quoting citing"
)


def _ends_attribution(tail: str, attribution: Attribution, content: str) -> bool:
    """Tell whether *tail* is all attribution: "he said on Friday", not "he said he ...".

    *content* is what stands before the tail: when it is an opening phrase
    with no verb of its own ("Shortly after the vote, Ann Lee announced her
    resignation"), or the tail is a clause of its own joined to it ("...,
    and Ann Lee said it was ..."), words after the cue are its content.
    """
    at = tail.find(attribution.cue)
    rest = tail[at + len(attribution.cue) :] if at >= 0 else tail
    speaker = attribution.speaker or ""
    if speaker and speaker in rest:
        rest = rest[rest.find(speaker) + len(speaker) :]
    words = [w.strip(".,;:!?").lower() for w in rest.split()]
    if speaker and words[:1] in (["who"], ["whose"]) and len(words) <= _TAIL_WORDS:
        # "..., said two colleagues who declined to be named.": a relative
        # clause describes the source; it is no content.
        return True
    if len(words) <= _TAIL_WORDS and words[:1] and words[0] in _DOCUMENT_PARTICIPLES:
        # "..., Marble Ridge said in the letter dated Sept. 18 and seen by
        # Reuters": what the letter was, not what it says.
        return True
    if (
        words[:1]
        and attribution.cue.split(maxsplit=1)[0].lower() in _GERUND_CUES
        and words[0].endswith("ing")
        and words[0] not in _ING_PREPOSITIONS
    ):
        # "Aircraft in and around Goma, North Kivu have reported experiencing
        # interference": the gerund after the cue is its content; the words
        # before the comma are the subject, not what was said.
        return False
    if words[:2] == ["according", "to"]:
        # "..., he said according to a transcript reviewed by Business
        # Insider": the source of the report, not its content.
        return True
    if words and attribution.cue.split(maxsplit=1)[0].lower() in _TELLING | _ASKING:
        # "..., the president told her.": the one told, not a clause.
        words = words[1:] if words[0] in _HEARERS else words
        if (
            words
            and words[0] in {"a", "an", "the"}
            and len(words) <= _TAIL_WORDS
            and _VERBISH.isdisjoint(words)
            and PRONOUNS.isdisjoint(words)
        ):
            # "..., Chuck Rubin told a Goldman Sachs Group Inc. retail
            # conference in New York on Sept. 5.": the hearers, where and when.
            return True
    if words and (
        words[0].replace("’", "'").split("'")[0] in PRONOUNS or not _VERBISH.isdisjoint(words)
    ):
        # "Later in the day, the FBI said it would cooperate.": the words after
        # the cue are a clause, its content, not the rest of an attribution.
        return False
    if len(words) >= _OWN_CONTENT and (
        tail.split(maxsplit=1)[0].lower() in _JOINING or _opening_phrase(content)
    ):
        return False
    named = rest.split()[2:3] if words[1:2] == ["the"] else rest.split()[1:2]
    if (
        speaker
        and words[:1] == ["of"]
        and named
        and named[0][:1].isupper()
        and attribution.cue.split(maxsplit=1)[0].lower() in _SAYING
        and len(words) <= _TAIL_WORDS
    ):
        # "..., said Chandra Bhushan of the Centre for Science and Environment
        # think tank.": where the source works, no clause (a verb was ruled out).
        return True
    return len(words) <= TAIL_AFTER_CUE


def _opening_phrase(text: str) -> bool:
    """Tell whether *text* is a phrase of time, place or manner that opens a sentence.

    "Shortly after the vote", "At the same time", "Addressing the crowd on
    Monday": a preposition, an adverb of time or a participle, and no finite
    verb after it.
    """
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    return (
        first in PREPOSITIONS
        or first in _OPENING_ADVERBS
        or (first.endswith("ing") and len(first) > 5)
    ) and _verbless(text)


# Adverbs that open a phrase of time or place: "Shortly after the vote".
_OPENING_ADVERBS: Final = _words("shortly soon back later earlier just right long")
# The one told or asked, as a pronoun: "the president told her".
_HEARERS: Final = _words("her him them me us you")
_ASKING: Final = _words("asked asks")
#: How many words after a cue make them its content when what precedes is no clause.
_OWN_CONTENT: Final = 2
# Words that join a clause to the one before it: "..., and Ann Lee said ...".
_JOINING: Final = _words("and but while whereas")


def _may_invert(tail: str, attribution: Attribution) -> bool:
    """Tell whether *tail* is in the usual order, or inverted after a verb that inverts.

    "..., said Jane Doe." names its source after the verb; "..., denied the
    report." names what was denied.
    """
    if not tail.strip().startswith(attribution.cue) or not attribution.cue:
        return True
    return attribution.cue.split()[0].lower() in _INVERTING


def _apposed(tail: str, attribution: Attribution) -> bool:
    """Tell whether *tail* is a cue and its source, then an apposition or the end.

    ``said Robert Egge, director of ...``, ``said former governor Ed Rendell,
    who ...``, ``said the company's chief executive, John Roe.``, ``Sanders
    said, a policy that ...``: the source is the words between the cue and
    the first comma (or before the cue, next to it), so no clause of its
    own is read as a source.
    """
    speaker = attribution.speaker
    if speaker is None or attribution.pronoun:
        return False
    words = tail.strip()
    if words.startswith(attribution.cue):
        parts = words[len(attribution.cue) :].split(",", 2)
        source = parts[0].strip().rstrip(".")
        # "said Ray Altieri Jr., the president ...": the name keeps its stop.
        speaker = speaker.rstrip(".")
        works_at = source.startswith((f"{speaker} of ", f"{speaker} at "))
        return (
            (
                source.endswith(speaker)
                # "said an army spokesman, Capt. Ahmad Sadeq Eisa.": the source
                # read as the name set after it.
                or (len(parts) > 1 and apposed_name(parts[1]) == speaker)
                # "said Chandra Bhushan of the Centre for Science and Environment
                # think tank.": the name, then where its bearer works.
                or works_at
            )
            and (len(source.split()) <= _SOURCE_WORDS or works_at)
            # "said Stephanie Malia Fullerton of the University of Washington
            # School of Medicine’s Department of ...": where the name's bearer
            # works may run longer than a speaker does.
            and plausible_speaker(speaker if works_at else source)
            and (
                source.split()[0].lower() not in PRONOUNS
                # "..., said her lawyer, Gooi Soon Seng.": a possessive before
                # a source's noun, not "said he ..." or "said her plan".
                or (
                    source.split()[0].lower() in _POSSESSIVES
                    and source.split()[-1].lower() in SOURCE_NOUNS
                )
            )
            and not any(w.lower() in _VERBISH for w in source.split())
        )
    if words.startswith(speaker) and is_named(speaker):
        rest = words[len(speaker) :].lstrip()
        if rest.startswith(attribution.cue) and rest[len(attribution.cue) :].startswith(","):
            return True
        # "..., Ann Lee, the director of the agency, said on Friday.": the
        # name, an apposition, then the cue and at most a short tail.
        aside = _APPOSITION.match(rest)
        # Not "Writing online, Monson, who ..., said he ran as an
        # independent": the words after the cue are a clause of their own.
        return (
            aside is not None
            and rest.startswith(attribution.cue, aside.end())
            and _ends_attribution(rest[aside.end() :], attribution, "")
        )
    return False


_POSSESSIVES: Final = _words("his her their its")
# Nouns of something said, after a "that" that points at them: "denied that assertion".
_THAT_THINGS: Final = _words(
    "assertion assertions claim claims report reports allegation allegations account "
    "accusation accusations charge charges notion idea suggestion characterization "
    "characterisation statement story version description"
)
#: The most words of such a noun phrase ("that assertion on Friday").
_THAT_THING_WORDS: Final = 6
# An apposition after a name, up to the cue: ", the director of the agency, ".
_APPOSITION: Final = re.compile(r",\s[^,;:“”\"()]{2,100},\s")


def _next_to(head: str, speaker: str) -> bool:
    """Tell whether *speaker* ends *head* (but for adverbs) or opens its last apposition."""
    at = head.rfind(speaker)
    if at < 0:
        return False
    after = head[at + len(speaker) :]
    between = after.split()
    if (
        len(between) > 1
        and between[0] in _RELATIVE_OPENERS
        # "whose organizations are", "who had been": not "hackers who U.S.
        # officials say", a relative clause with a subject of its own, whose
        # cue that is.
        and (
            (between[0] == "whose" and between[1].islower())
            or between[1] in _RELATIVE_VERBS
            or (between[1].islower() and between[1].endswith("ed"))
        )
        and not any(c in after for c in ",;:")
    ):
        # "respondents whose organizations are using AI said": a relative
        # clause between the subject and its cue.
        return True
    if after.startswith(",") and len(after.rsplit(",", 1)[-1].split()) <= _BETWEEN_WORDS:
        # "Clinton, after the scandal broke in March, initially said": an aside
        # between commas, then at most an adverb.
        return True
    return len(between) <= _BETWEEN_WORDS or head.rstrip().endswith(",")


def _inside(head: str, speaker: str, *, saying: bool = False) -> bool:
    """Tell whether *speaker* is read from inside a longer subject in *head*.

    ``the pushers of The Great Big Lie say``: a name after a preposition;
    ``respondents whose organizations are currently using AI said``: a
    clause. The speech is reported, its source is not read.
    """
    at = head.rfind(speaker)
    words = speaker.split()
    if at < 0 or not words:
        return False
    ahead = head[:at].split()
    # "that" is a determiner too: whether a relative word opens the clause is
    # read before determiners are passed over.
    relative = bool(ahead) and ahead[-1].lower() in _RELATIVE_OPENERS - {"whose"}
    while ahead and ahead[-1].lower() in DETERMINERS:
        ahead.pop()
    if (
        ahead
        and ahead[-1].lower() in _CLAUSE_OPENING
        and (words[0][:1].isupper() or saying)
        and not head[at + len(speaker) :].strip()
    ):
        # "denouncing the regime after Trump said", "resigned after city
        # officials said": "after" opens a clause whose subject speaks, not a
        # phrase the source is inside (a source noun only before a verb of
        # saying: "after the company announced a rescue plan" is an act).
        return False
    if (
        ahead
        and (
            ahead[-1].lower() in _CLAUSE_JOINERS
            or ahead[-1].endswith(",")
            # "the policy, which critics say has led to ...": the subject of a
            # relative clause whose object the relative word is.
            or relative
        )
        and all(w in _AUXILIARIES for w in head[at + len(speaker) :].strip(" ,").split())
    ):
        # "..., but officials said", "..., though police have said", "...,
        # experts say,": the subject of a clause of its own, right before its
        # cue.
        return False
    return (not words[0][:1].isupper() and words[0].lower() not in DETERMINERS | PRONOUNS) or (
        bool(ahead) and ahead[-1].lower() in PREPOSITIONS
    )


# Words between a subject and its cue: "police have said", "officials also said".
_AUXILIARIES: Final = _words("have has had also later then previously repeatedly")
# Words that open a relative clause after a subject.
_RELATIVE_OPENERS: Final = _words("who whose which that")

# Verbs that open a relative clause whose subject is the one before it.
_RELATIVE_VERBS: Final = _words("has had have is was are were will would can could")
# Words that join a clause of its own to the one before: "..., but officials said".
_CLAUSE_JOINERS: Final = _words("but and though although while whereas because so yet")
# Words that are prepositions or open a clause: "after the vote", "after Trump said".
_CLAUSE_OPENING: Final = _words("after before since until")


def _sound(attribution: Attribution) -> bool:
    """Tell whether the source read after a cue at the end of a sentence is one.

    "Dana Morris, a fellow at ..., said the agency's cyber unit should
    ...": read from the end, the clause after "said" looks like an inverted
    subject ("said the analyst Mark Owens"); it is no source when it fails
    the speaker check, and the sentence is read from its start instead.
    After "according to" any source is sound: "..., according to the
    results" reports what the results say, and the caller reports no
    speaker for it.
    """
    return (
        attribution.pronoun
        or attribution.cue == "according to"
        or plausible_speaker(clean_speaker(attribution.speaker or ""))
    )


def _plain_order(tail: str, attribution: Attribution) -> bool:
    """Tell whether *tail* is a source, then a verb of saying ("the admiral said").

    Read in that order the source cannot be a clause after the cue, so the
    report stands even when the source fails the speaker check; the caller
    reports no speaker for it.
    """
    words = tail.strip()
    verb = attribution.cue.split(maxsplit=1)[0].lower() if attribution.cue else ""
    return (
        verb in _PLAIN_SAYING
        and bool(attribution.speaker)
        and words.startswith(attribution.speaker or "")
        and words[len(attribution.speaker or "") :].lstrip().startswith(attribution.cue)
    )


# Verbs of saying whose source the caller keeps as None when it fails the check.
_PLAIN_SAYING: Final = _words("said says told tells")


def _acts(tail: str, cue: str) -> bool:
    """Tell whether *cue* in *tail* is a verb with a preposition ("agreed to"), not a report."""
    verb = cue.split(maxsplit=1)[0] if cue else ""
    if verb.lower() in _NOT_AT_END | _ONLY_BEFORE_THAT:
        # "Then, last week, Eric Trump called.": a call, not a report.
        return True
    if verb.lower() in THAT_VERBS:
        # "shared that ...": what follows is its content, not what went before.
        return True
    if not verb or verb.lower() in _SAYING or verb.lower() == "according":
        return False
    at = tail.find(verb)
    following = _WORD.match(tail, at + len(verb) + 1) if at >= 0 else None
    return following is not None and following.group().lower() in _NOT_REPORTING_AFTER


# Words that may stand inside a title in lower case: "Minister for Scotland",
# "Secretary of State for Health and Social Care".
_TITLE_LINKS: Final = _words("for of the and")


def _title_phrase(content: str) -> bool:
    """Tell whether *content* is an office in title case ("UK Government Minister for Scotland").

    Not a headline ("Harbour Plan Will Go Ahead"): an office's word must be
    among its words.
    """
    words = content.split()
    return (
        1 <= len(words) <= _TITLE_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_LINKS for w in words)
        and any(w.lower() in TITLES for w in words)
    )


#: The most words of an office before a name.
_TITLE_WORDS: Final = 10


def _tail_attribution(sentence: str) -> tuple[str, Attribution] | None:
    """Return the content and attribution of a sentence whose cue comes at its end.

    "Twenty people died, the ministry said.", "..., said Robert Egge,
    executive director of the association.": the attribution starts after
    one of the last :data:`_TAIL_COMMAS` commas, and after its speaker there
    is at most a short tail or an apposition.
    """
    end = len(sentence)
    floor = max(0, len(sentence) - _TAIL_REACH)
    for k in range(_TAIL_COMMAS):
        tail_at = sentence.rfind(",", floor, end)
        while tail_at > 0 and _bracketed(sentence, tail_at):
            # "UNESCO (UN Educational, Scientific and Cultural Organization)
            # said": a comma inside brackets opens no attribution.
            tail_at = sentence.rfind(",", floor, tail_at)
        if tail_at <= 0:
            return None
        end = tail_at
        tail = sentence[tail_at + 1 :]
        # "..., said an antitrust lawyer who declined to be named because of
        # the sensitivity of the issue.": why the source goes unnamed is no
        # part of how far the attribution runs.
        measured = _UNNAMED_BECAUSE.sub("", tail) if " who " in tail or " that " in tail else tail
        if len(measured.split()) > (_TAIL_WORDS if k else _LAST_TAIL_WORDS):
            return None
        # (Not "that": after a comma it may open a claim's content, "a claim,
        # first made on Monday, that he told ...".)
        if tail.split(maxsplit=1)[:1] and tail.split(maxsplit=1)[0] in RELATIVE_OPENERS:
            # "..., which he said runs the risk of ...": a relative clause
            # with a report inside it, not a source after the content; read
            # from an earlier comma ("..., said Ann Lee, who ...").
            continue
        attribution = attribution_after(tail)
        if attribution is not None and _acts(tail, attribution.cue):
            # "Hamas and Israel agreed to a ceasefire", "reported to the
            # embassy": a verb with a preposition reports no speech.
            return None
        content = sentence[:tail_at].strip()
        if attribution is not None and _object_of_cue(tail, attribution):
            # "..., Ann Lee, the director, wrote in a memo to the board.": the
            # one written to is no source; read from an earlier comma.
            continue
        if attribution is not None and _subject_before(content, tail, attribution):
            # "Decharut Sukkhumnoed, an agricultural economist ..., said the
            # agricultural sector, which ..., has been hard-hit": the name and
            # its apposition are the subject of "said", what follows its content.
            return None
        if (
            attribution is not None
            and " and " in (attribution.speaker or "")
            and content.split()[-1:]
            and content.split()[-1][:1].isupper()
        ):
            # "..., the officers from England, Scotland and Wales announced":
            # the end of a list, not two sources; read from an earlier comma.
            continue
        if (
            attribution is not None
            and tail.rstrip(" .:").endswith(attribution.cue)
            and "," not in content
            and (_opening_phrase(content) or _title_phrase(content))
        ):
            # "In his remarks, the High Commissioner said" and "UK Government
            # Minister for Scotland, Iain Stewart said" (the words follow in
            # the next paragraph): a phrase with no verb, or the office before
            # the name, is no content of the cue.
            return None
        if _names_only(content):
            # "Richard Collier-Keywood, Stuart Hobley, Helen Stephenson and
            # Peter Stewart have declared no activity.": a list of names, the
            # subject of the verb, not what was said.
            return None
        if _LONE_SUBORDINATE.match(content) and "," not in content:
            # "Not long after Berg said the plan was dead, a host asked him":
            # a clause of time before the main one is no content of its verb.
            return None
        if (
            attribution is not None
            and _may_invert(tail, attribution)
            and len(content.split()) >= 3
            and (
                _apposed(tail, attribution) if k else _ends_attribution(tail, attribution, content)
            )
            and (_sound(attribution) or _plain_order(tail, attribution))
        ):
            named = _named_after_source(tail, attribution) if k else None
            if named is not None:
                # "..., said her lawyer, Gooi Soon Seng.": the person the
                # described source is, for a "he added" after it too.
                attribution = attrs.evolve(attribution, speaker=named)
            inserted = _inserted(tail, attribution)
            if inserted is not None and len(inserted) > len(content):
                # "Within months, Forte said, Whole Foods was selling ...": the
                # report goes on after the inserted attribution; its main clause
                # is the longer part.
                content = inserted
            return content, attribution
    return None


#: The most words of one name in a list of names.
_LISTED_NAME_WORDS: Final = 4


def _names_only(content: str) -> bool:
    """Tell whether *content* is only names listed with commas ("Ann Lee, Bo Chan")."""
    pieces = [piece.strip() for piece in re.split(r",|\band\b", content)]
    return len(pieces) >= 2 and all(
        piece
        and len(piece.split()) <= _LISTED_NAME_WORDS
        and all(word[:1].isupper() for word in piece.split())
        for piece in pieces
    )


def _subject_before(content: str, tail: str, attribution: Attribution) -> bool:
    """Tell whether *content* is a name and its apposition, the subject of the cue after it.

    In "Ann Lee, an economist at the bank, said the sector, which ..., is
    weak", the words before the cue are no report: they name who speaks.
    """
    chunks = content.split(",")
    return (
        tail.lstrip().startswith(attribution.cue)
        and 2 <= len(chunks) <= 3
        and is_name_chunk(chunks[0].strip())
        and len(chunks[0].split()) >= 2
        and all(is_apposition(chunk.strip()) for chunk in chunks[1:])
        # (Names such as "Sukkhumnoed" end as verbs do: only the words in lower case count.)
        and _verbless(" ".join(w for w in content.split() if not w[:1].isupper()))
    )


def _named_after_source(tail: str, attribution: Attribution) -> str | None:
    """Return the full name set after an inverted source in lower case, if one is.

    ``said her lawyer, Gooi Soon Seng, who ...``: the apposition names the
    source. Only a source in lower case and a name of two words or more.
    """
    words = tail.strip()
    speaker = attribution.speaker or ""
    if not speaker[:1].islower() or not words.startswith(attribution.cue):
        return None
    parts = words[len(attribution.cue) :].split(",")
    if len(parts) < 2 or not parts[0].strip().endswith(speaker):
        return None
    return apposed_name(parts[1])


def _bracketed(sentence: str, at: int) -> bool:
    """Tell whether offset *at* of *sentence* stands inside round brackets."""
    opened = sentence.rfind("(", 0, at)
    before = sentence[:opened].split() if opened > 0 else []
    if not before or not before[-1][:1].isupper():
        # A gloss follows a name or initials ("UNESCO (UN Educational, ...)");
        # not a sentence set in brackets whole ("(The French are fans, Mr.
        # Madden said.)"), nor an aside after a word ("ratings (at one point
        # as low as 19%, Gutin says)").
        return False
    closed = sentence.find(")", at)
    return (
        sentence.find(")", opened, at) < 0
        and closed >= 0
        and bool(sentence[closed + 1 :].strip(" .)"))
    )


def _object_of_cue(tail: str, attribution: Attribution) -> bool:
    """Tell whether the source *tail* names after its cue is the object of a preposition."""
    words = tail.strip()
    speaker = attribution.speaker or ""
    if not speaker or not attribution.cue or not words.startswith(attribution.cue):
        return False
    at = words.find(speaker, len(attribution.cue))
    between = words[len(attribution.cue) : at].split() if at >= 0 else []
    # "according to figures published by the institute": "by" gives the agent.
    return bool(between) and between[-1].lower() in PREPOSITIONS - {"by"}


# A subordinate clause that opens a sentence, after words of a span of time:
# "Not long after Berg said ...", "Two days before ...", "When the mayor ...".
_LONE_SUBORDINATE: Final = re.compile(
    r"(?:(?:not|long|shortly|soon|just|right|even|only|a|an|one|two|three|several|few|\d+|"
    r"moments?|minutes?|hours?|days?|weeks?|months?|years?)\s+){0,3}"
    r"(?:after|before|when|since|until|because|although|though|while)\s",
    re.IGNORECASE,
)


#: How many of the first commas of a sentence may open an attribution set in it.
_INSET_COMMAS: Final = 4
#: How many words may follow the cue of an inset attribution ("she said on Friday").
_INSET_TAIL: Final = 3


def _verbless(text: str) -> bool:
    """Tell whether *text* has no word that reads as a finite verb ("The harbour deal")."""
    for raw in text.split():
        word = raw.strip(",;:.!?()[]\"“”‘’'").lower()
        if (word in _CLAUSE_WORDS and word not in _CLAUSE_OPENERS) or (
            word.endswith("ed") and len(word) > 4
        ):
            return False
    return True


def _inset_attribution(sentence: str, *, subject_first: bool) -> tuple[str, Attribution] | None:
    """Return the content and attribution of a sentence with its attribution set in it.

    "The plan, she said, was never going to work.", "The combination, say
    economists, marks a journey ...", "The plan, said Ann Lee, was ...": the
    attribution stands between two commas, a cue with its source (at most
    :data:`_SOURCE_WORDS` words, and a few more words after a source that
    comes first: "she said on Friday"), and the content is the sentence
    around it, reported whole (a quote's text is one stretch of its
    sentence). With *subject_first*, the words before the first comma must
    have no verb of their own: they are the subject of what follows the
    attribution, not a clause that the attribution ends ("Twenty people
    died, said Ann Lee, director of ...").
    """
    opening = -1
    for _ in range(_INSET_COMMAS):
        opening = sentence.find(",", opening + 1)
        closing = sentence.find(",", opening + 1) if opening >= 0 else -1
        if closing < 0:
            return None
        inset = sentence[opening + 1 : closing].strip()
        if not 2 <= len(inset.split()) <= _SOURCE_WORDS + 1:
            continue
        before = sentence[:opening]
        if (
            # "May, he said, could be ..." and "That, said Cowley, could
            # ...": one word is enough of a subject, when it is one.
            not before.strip()
            or len(sentence[closing + 1 :].split()) < 2
            or (subject_first and not _verbless(before))
            # "Within a week, Nell Rivas said, the river had risen": an
            # opening phrase, then a report after its attribution.
            or before.split()[0].lower() in PREPOSITIONS
            # "Mr. Brooks, the spokesman, said the inquiry took four years, a
            # result, he said, of ...": the sentence's own cue comes first.
            or (not subject_first and not _SAYING.isdisjoint(before.lower().split()))
        ):
            continue
        attribution = attribution_after(inset)
        if (
            attribution is None
            or attribution.cue.split(maxsplit=1)[0].lower() not in _REPORTING_CUES
            or not _sound(attribution)
        ):
            continue
        at = inset.find(attribution.cue)
        if at == 0 and _subject_before(before.strip(), inset, attribution):
            # "Decharut Sukkhumnoed, an economist ..., said the agricultural
            # sector, which ..., has been hit": no source after the verb.
            return None
        if at == 0:
            # "said Ann Lee", not "denied the report": only a verb that
            # inverts has its source after it.
            apt = attribution.cue.split()[0].lower() in _INVERTING and _apposed(inset, attribution)
        else:
            source = inset[:at].split()
            apt = (
                at > 0
                and len(inset[at + len(attribution.cue) :].split()) <= _INSET_TAIL
                # "with tremors reported across the region": no source.
                and source[0].lower() not in PREPOSITIONS
                and plausible_speaker(" ".join(source))
                and not any(w.lower() in _VERBISH for w in source)
            )
        if apt:
            if _JOINED_REPORT.match(sentence, closing):
                # "Prosecutors have begun an inquiry, officials said, and a
                # spokesman for the party said ...": the attribution ends its
                # report; another source's is joined after it.
                return before.strip(), attribution
            if not subject_first and _WRITERS_TAIL.match(sentence, closing + 1):
                # "Japan must find ways to ..., a government spokesman said on
                # Thursday, as intense heat ...", "..., said Francis Kalifat,
                # head of Crif, a body that ...": a whole clause, then its
                # attribution, then the writer's own words or an apposition:
                # what was said is the clause, not the sentence around the
                # attribution.
                return before.strip(), attribution
            return sentence.strip(), attribution
    return None


# The first word of an apposition that describes a source: "an Israeli channel",
# "head of Crif", "a body that ...".
_APPOSITION_HEADS: Final = "an?|head|chief|director|president|spokesman|spokeswoman|spokesperson"
# What opens the words after an attribution that ends a whole clause, when
# they are the writer's, not more of what was said: a conjunction or a clause
# of time or cause ("as intense heat ...", "but added that ..."), a participle
# ("yielding to pressure", "adding that ..."), an apposition ("an Israeli
# channel", "head of Crif"). Not a relative word: "It is Mr. Hassoun, the
# government said, who recruited Mr. Padilla" goes on.
_WRITERS_TAIL: Final = re.compile(
    r"\s*(?:(?:as|but|while|whereas|amid|after|before|despite|although|though|because|"
    rf"{_APPOSITION_HEADS})\b|[a-z]{{3,}}ing\b)"
)


def _inserted(tail: str, attribution: Attribution) -> str | None:
    """Return what follows an attribution inserted mid-sentence ("Forte said, ..."), if any."""
    words = tail.strip()
    speaker = attribution.speaker or ""
    if not speaker or not words.startswith(speaker):
        return None
    rest = words[len(speaker) :].lstrip()
    if not rest.startswith(attribution.cue + ","):
        return None
    after = rest[len(attribution.cue) + 1 :].strip()
    return after if len(after.split()) >= _INSERTED_WORDS else None


#: How many words the report after an inserted attribution must have.
_INSERTED_WORDS: Final = 3


def reported_speech(sentence: str) -> tuple[str, Attribution] | None:
    """Find reported speech in *sentence*: its content and attribution, or None.

    >>> content, found = reported_speech("Twenty people died, the ministry said.")
    >>> content, found.speaker, found.cue
    ('Twenty people died', 'the ministry', 'said')
    """
    return _reported_speech(sentence)


# Both sides of a pair, and successive captures, share most sentences; the
# answer depends on the sentence alone and is immutable, so it is kept.
@bounded(1024)
def _reported_speech(sentence: str) -> tuple[str, Attribution] | None:
    if not _may_report(sentence) or sentence.rstrip().endswith(":"):
        # A line ending in a colon introduces what follows ("Anna Field
        # said:"); the words before the cue are its speaker, not its content.
        return None
    found = _read(sentence)
    if found is not None and found[0].startswith(";") and "; " in sentence:
        # "..., analysts say; in 2012, Romney won 27 percent.": the clause
        # after the semicolon is no content of the cue before it; each
        # clause is read on its own, the first that reports wins.
        clauses = (_read(clause) for clause in sentence.split("; ") if clause.strip())
        return next((clause for clause in clauses if clause is not None), None)
    return found


def _read(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of *sentence* (see :func:`reported_speech`), read whole."""
    start = _ACCORDING_START.match(sentence)
    if start is not None and _source_phrase(start.group(1)):
        attribution = attribution_before(sentence[: start.end(1)])
        content = sentence[start.end() :].strip()
        if attribution is not None and content:
            return content, attribution
    found = _found(sentence)
    if found is None or not _reads_as_cue(sentence, found[1].cue):
        return None
    if _inverted_source(sentence, found[0], found[1].cue):
        # "..., an ethical quandary, said Stephanie Malia Fullerton of the
        # University of Washington ..., who ...": a source too long for the
        # end-of-sentence reading is still the source, never the words.
        return None
    claimed = found[0].split(maxsplit=1)[:1]
    if found[1].cue.split()[0].lower() in _CLAIMING and claimed and claimed[0] in _CLAIMED_THINGS:
        # "Hasm appeared in 2016 and claimed responsibility for attacks that
        # killed policemen": an act, whichever path read the cue.
        return None
    if _NO_CONTENT_AFTER.match(found[0]):
        # "Knight, sporting a graying beard, said little during the hearing":
        # how much was said, whatever the path that found the cue.
        return None
    if (
        _NESTED_HEAD.match(found[0])
        and found[0].strip() != sentence.strip()
        and sentence.startswith(found[0])
        and (inner := _head_report(found[0])) is not None
    ):
        # "He also said what happened was a crime ..., Al Jazeera said": the
        # outlet reports a report; the words are those of the one it quotes.
        found = inner
    content = _own_content(found[0], found[1].speaker)
    phrase = _PHRASE_THEN_SAYING.match(content) or _phrase_then_that(content)
    if phrase is not None and len(content[phrase.end() :].split()) >= _KEPT_WORDS:
        # "Opposition politicians have scoffed at the promise, saying Duque
        # will ...", "Van Dyke testified in his own defense, saying he ...":
        # the phrase is how the cue was said, the words come after "saying";
        # "said at a news conference on Monday that the talks ...": where and
        # when, then "that" and the words.
        content = content[phrase.end() :]
    dateline = _DATELINE.match(content)
    if dateline is not None and len(content[dateline.end() :].split()) >= _KEPT_WORDS:
        # "JAKARTA, Aug. 3 (Xinhua) -- A quake rocked ..., the agency said":
        # the dateline is the wire's, not the words reported.
        content = content[dateline.end() :]
    return content, _trimmed(found[1])


# A phrase after the cue, then a participle of saying that gives the words:
# "scoffed at the promise, saying ...", "testified in his own defense, saying".
_PHRASE_THEN_SAYING: Final = re.compile(
    r"(?:at|in|on|over|about|against|with|for|during|after|from|before|outside)\s"
    r"[^,;“”\"]{1,80},\s(?:saying|adding|arguing|insisting)\s(?:that\s)?"
)
# Where or when a cue was said, before the "that" of its words: "at a news
# conference on Monday", "in Port Harcourt, the state capital,", "before the storm".
_CIRCUMSTANCE_OPENER: Final = re.compile(
    r"(?:at|in|on|during|before|after|late|earlier|later|last|via|through|over)\s"
)
_THAT: Final = re.compile(r"\sthat\s")
# What opens a clause after "that" (not "the team that visited": a relative).
_CLAUSE_START: Final = re.compile(
    r"(?:(?:the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|I|there|some|"
    # A name opens a clause too: "said on Thursday evening that Nairobi is ...".
    r"no|neither|all|most|many|only)\b|[A-Z0-9])"
)
#: How far into the words a "that" after a circumstance is looked for.
_CIRCUMSTANCE_REACH: Final = 160


def _inverted_source(sentence: str, content: str, cue: str) -> bool:
    """Tell whether *content*, read after *cue*, is a name set after a comma and the cue.

    "..., said Ray Altieri Jr., the president of ...": after a comma, a verb
    of saying and a name are an inverted attribution; what the name said is
    before it.
    """
    at = sentence.find(content)
    before = sentence[:at].rstrip() if at > 0 else ""
    if not cue or not before.endswith(cue) or not before[: -len(cue)].rstrip().endswith(","):
        return False
    name = _LEADING_NAME.match(content)
    return name is not None and is_name_chunk(name.group(1))


# Two to five capitalised words, then the end, a comma, or where the bearer works.
_LEADING_NAME: Final = re.compile(
    r"((?:[A-Z][\w’'.-]*\s){1,4}[A-Z][\w’'.-]*)(?:\.?$|,|\s(?:of|at|who)\s)"
)


def _phrase_then_that(content: str) -> re.Match[str] | None:
    """Return the circumstance and its "that" when they open *content*, if they do.

    The first "that" must open a clause: in "on its website the inspection
    team that visited ..." it is a relative, and the words are all of it.
    """
    if _CIRCUMSTANCE_OPENER.match(content) is None:
        return None
    found = _THAT.search(content, 0, _CIRCUMSTANCE_REACH)
    if found is None or _CLAUSE_START.match(content, found.end()) is None:
        return None
    return found


# A wire dateline opening a sentence: "NEW YORK (Reuters) - ", "TOKYO, Sept. 9
# (Xinhua) -- ", "TORONTO/NEW YORK (Reuters) - ".
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z./’'-]+(?:\s[A-Z][A-Z./’'-]+){0,3}(?:,\s[^()]{1,40}?)?\s\([A-Z][^()]{0,30}\)"
    r"\s?(?:--|[-—–])\s*"
)


# A report that opens with its own short subject and cue: "He also said ...",
# "Ann Lee told reporters ...".
_NESTED_HEAD: Final = re.compile(
    r"(?:He|She|They|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s(?:also\s)?"
    r"(?:said|says|told|tells|added|adds)\b"
)
# Where the words reported end and a clause of another source's begins: a
# clause joined by "and", "but" or a concession that names a source of its own
# ("..., and a spokesman for the party said ...", "..., though officials said
# Iraq was not discussed", "..., although U.S. agencies have concluded ...").
_JOINED_REPORT: Final = re.compile(
    r",\s(?:and|but|though|although|even\sthough|whereas)\s"
    # The cue has a subject of its own: not "..., but in a later interview
    # said ...", "..., and said ...", "..., and disputed ...", where the first
    # subject goes on.
    r"(?!(?:in|at|on|during|after|before|later|then|also|said|says|told)\b|[a-z]{2,20}ed\b)"
    r"(?=[^;]{0,120}\b(?:said|says|told|tells|concluded|according\sto)\b(?!\s[A-Z]))"
)
# A clause after a semicolon that gives another count or source: "...; 26
# percent of Democrats say ...", "...; 37% disagree", "...; Wealth-X tallies".
_NEXT_COUNT: Final = re.compile(
    r";\s(?=\d|[^;]{0,60}\b(?:say|says|said|disagree|disagreed|agree|agreed|told|tallies)\b)"
)
# A summary of what was said, in the writer's words: "..., a stance that
# reflects division within the party".
_SUMMARY: Final = re.compile(
    r",\s(?:a|an)\s(?:stance|move|position|view|claim|assertion|step|decision|sentiment|"
    r"argument|charge|remark|comment|accusation|promise|pledge|practice|tactic|strategy)"
    r"\s(?:that|which)\s"
)
# A pledge ("vowed to consult leaders ...") ends where a clause with its own
# subject is joined to it: "..., and he began that process on Wednesday".
_JOINED_CLAUSE: Final = re.compile(r",\s(?:and|but)\s(?:he|she|they|it|we|I)\s")
#: The fewest words reported that a cut may leave.
_KEPT_WORDS: Final = 3


def _own_content(content: str, speaker: str | None) -> str:
    """Return *content* up to where a clause of another source's begins, if it does.

    "Clinton leads among women, and more than 4 in 10 said Trump would be
    best on the economy": what the first count of voters said is the first
    clause only. A clause that names *speaker*, the report's own source, is
    kept. The cut keeps at least :data:`_KEPT_WORDS` words, and what is kept
    is a stretch of the sentence, as every quote's text is.
    """
    found = [_SUMMARY.search(content), _JOINED_REPORT.search(content)]
    if content.count("; ") == 1:
        # One semicolon before another count or source ends what was said;
        # more make a list of it ("was paid $29,715; ... was paid $35,845").
        found.append(_NEXT_COUNT.search(content))
    if content.startswith("to "):
        found.append(_JOINED_CLAUSE.search(content))
    cuts = [
        m.start()
        for m in found
        if m is not None
        and len(content[: m.start()].split()) >= _KEPT_WORDS
        # "..., and John Kerry in 2004, by 20 points, according to polling
        # by the A.F.L.-C.I.O.": the source of the clause is the report's own.
        and not (speaker and speaker in content[m.start() :])
    ]
    return content[: min(cuts)] if cuts else content


def _reads_as_cue(sentence: str, cue: str) -> bool:
    """Tell whether *cue* stands in *sentence* as a verb of saying, somewhere.

    Not a participle after a determiner ("with some reported incidents of
    violence"), a word of a title ("THE LIFE UNDERGROUND (Tell me the Story
    SA)"), nor "deny" with a thing as object ("Lithuania denies entry to
    cars"): none of them reports speech. The cue word may stand more than
    once ("worth a reported $1.2 million ..., Politico reported"): one
    place where it reads as a verb is enough.
    """
    word = cue.split(maxsplit=1)[0] if cue else ""
    places = _places(sentence, word) if word else []
    return not places or any(_verb_at(sentence, word, at) for at in places)


def _places(sentence: str, word: str) -> list[int]:
    """Where *word* stands in *sentence* between word boundaries, as ``\\bword\\b`` finds it."""
    if word[0].isalnum() and word[-1].isalnum():
        # Between letters or digits a boundary is a character that is no
        # word character: found without compiling a pattern for each cue.
        return word_places(sentence, word)
    return [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", sentence)]


def _verb_at(sentence: str, word: str, at: int) -> bool:
    """Tell whether *word* at *at* in *sentence* reads as a verb (see :func:`_reads_as_cue`)."""
    if (
        word[:1].isupper()
        and sentence[:at].strip()
        and not _NEXT_CAPITAL.match(sentence, at + len(word))
        and not word.lower().startswith("tweet")
    ):
        # A capital inside the sentence, not in a headline's title case
        # ("Bernie Sanders Says He’s Ready").
        return False
    before = sentence[:at].split()
    if before and before[-1].lower() in _ARTICLES and word.lower().endswith("ed"):
        return False
    if before and word.lower() == "say" and before[-1].lower() in _SAY_AS_NOUN:
        # "gets any say on the way EU law is imposed", "have their say in":
        # the noun, a right to be heard, not a verb of saying.
        return False
    if _noun_after_preposition(sentence[:at], word.lower()):
        # "According to press pool reports, ...": a noun, not a verb.
        return False
    following = _WORD.match(sentence, at + len(word) + 1)
    return not (
        word.lower() in _DENYING
        and following is not None
        and following.group().lower() in _DENIED_THINGS
    )


# The next word of a headline in title case, or its end: "Says He’s", "Tells
# #NeverTrump", "..., Former White House Doctor Says."
_NEXT_CAPITAL: Final = re.compile(r"\s+[^\w\s]{0,2}[A-Z0-9]|[.!?]?[”\"’']?\s*$")
# Before a participle, these make it an adjective: "some reported incidents".
_ARTICLES: Final = _words("a an the some any no these those other such many several")
# Before "say", these make it a noun: "no say", "the final say", "their say".
# ("Many say", "Some say": there the word before is the subject.)
_SAY_AS_NOUN: Final = _words(
    "a an the any no final last more greater little real equal bigger direct "
    "their his her its our your my"
)
# "deny" with a thing as object reports nothing: "denies entry to cars".
_DENYING: Final = _words("deny denies denied denying")
_DENIED_THINGS: Final = _words(
    "entry access permission visas visa boarding admission bail service services"
)


def _found(sentence: str) -> tuple[str, Attribution] | None:
    return (
        _as_reported(sentence)
        or _inset_attribution(sentence, subject_first=True)
        or _tail_attribution(sentence)
        or _inset_attribution(sentence, subject_first=False)
        or _subordinate_report(sentence)
        or _head_report(sentence)
        or _participle_report(sentence)
        or _coordinated_report(sentence)
        or _relative_report(sentence)
        or _restrictive_report(sentence)
        or _according_inside(sentence)
        # "He vowed to keep trying, but Ann Lee said ...": a pledge counts
        # only when no verb of saying reports anything.
        or _pledge_report(sentence)
    )


def _pledge_report(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of *sentence* read with the verbs of pledging, where the plain one failed.

    For :func:`_found`, after ``_head_report(sentence)`` gave None. Where no
    verb of pledging stands in the head, the reading with them is the plain
    one (every other word is read alike), so it is None again, not read twice.
    """
    if all(word not in _PLEDGING for _, word in _head_cues(sentence[:WINDOW])):
        return None
    return _head_report(sentence, pledges=True)


# Words that may stand between a subject and its cue: "Fact-checkers soon
# noted", "the party has long argued", "Both men have also".
# Not a form of "be" ("Investigations are ongoing into the first reported
# cases": a participle, no report).
_AFTER_SUBJECT: Final = (BETWEEN - _PASSIVE_BEFORE - _words("told first last")) | _words(
    "long often both all soon since each ever"
)


def _trimmed(attribution: Attribution) -> Attribution:
    """Return *attribution* without the adverbs and auxiliaries read at the end of its source.

    "Critics have long argued that ...": the source is "Critics". Only a
    source that fails the speaker check is trimmed, and only when what is
    left passes it; a negation stays ("has not commented"), and the source
    is then left as it was, for the caller to turn away.
    """
    speaker = attribution.speaker
    if not speaker or attribution.pronoun or plausible_speaker(clean_speaker(speaker)):
        return attribution
    words = speaker.split()
    if len(words) > 2 and [w.lower() for w in words[-2:]] == ["in", "particular"]:
        del words[-2:]
    while len(words) > 1 and (
        words[-1].lower() in _AFTER_SUBJECT or (words[-1].endswith("ly") and words[-1].islower())
    ):
        words.pop()
    trimmed = " ".join(words)
    if trimmed == speaker or not plausible_speaker(clean_speaker(trimmed)):
        return attribution
    return attrs.evolve(attribution, speaker=trimmed)


def _no_content(word: str, following: str, *, pledge: bool) -> bool:
    """Tell whether the cue *word*, before the word *following*, reports nothing.

    "called for", "reported by", "agreed to": no reported content; a verb
    of pledging reports only before "to" or "that" ("vowed revenge",
    "promised funding": a thing, not a report).
    """
    if pledge:
        return following not in {"to", "that"}
    if word in _CLAIMING and following in _CLAIMED_THINGS:
        # "claimed responsibility for attacks that killed policemen": an act.
        return True
    if following == "on" and word in _INSISTING:
        # "insists on retaking the province": a demand for an act, no words.
        return True
    if following == "not" and word in _ASKING:
        # "The sources asked not to be identified": a request, as "asked to".
        return True
    return word not in _SAYING and following in _NOT_REPORTING_AFTER


_INSISTING: Final = _words("insist insists insisted insisting")
_CLAIMING: Final = _words("claim claims claimed claiming")
# What a participle of telling opens: "explaining why", "asking whether".
_WH_OPENERS: Final = _words("why how what whether")
_CLAIMED_THINGS: Final = _words("responsibility credit victory ownership")
_REPORTING: Final = _words("report reports reported reporting")
# A thing reported to someone: "the incident to the police", "it to the embassy".
_REPORTED_TO: Final = re.compile(
    r"(?:it|them|this|that|(?:the|a|an|any|this|that|their|his|her|its)"
    r"(?:\s[a-z-]{2,20}){1,3})\sto\s(?:the\s|a\s|your\s|their\s|local\s)?"
    r"(?:police|authorities|embassy|consulate|[A-Z])"
)
# What follows "on" when it gives the day of a report: "reported on Friday".
_DAYS_AND_DATES: Final = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december the its his her their this "
    "that wednesday's"
)

# What may follow "said so" when "so" stands for words reported before.
_AFTER_SO: Final = _DAYS_AND_DATES | _words(
    "in on at last this earlier yesterday today during before after publicly repeatedly "
    "again too himself herself themselves itself openly privately explicitly"
)


def _said_so(sentence: str, so: re.Match[str]) -> bool:
    """Tell whether the "so" matched by *so* ends the report: "said so", "said so in May"."""
    after = (
        _WORD.match(sentence, so.end() + 1) if sentence[so.end() : so.end() + 1] == " " else None
    )
    return after is None or after.group().lower() in _AFTER_SO


def _not_main(word: str, before: list[str]) -> bool:
    """Tell whether the cue *word*, after the words *before*, is not the main clause's verb.

    "Asked whether ..., Reid said he would not", "When asked about it,
    ...": the question opens the sentence. "Podesta, who said the project
    was vetted, said he was unaware": a clause inside the subject. The
    report is the main verb's.
    """
    if word in _OPENING_CUES and all(w.lower() in _OPENING_WORDS for w in before):
        return True
    if word == "said" and [w.lower() for w in before] == ["that"]:
        # "That said, Millennials say ...": "even so".
        return True
    words = [w.lower().strip(",;:") for w in before]
    if words and words[-1] in _RELATIVE_AUXILIARIES:
        # "Priebus, who has said ...".
        words = words[:-1]
    # "The Republican who wrote the speech says ...": the relative clause
    # describes the subject; the main verb comes after it.
    return len(words) >= 2 and words[-1] in _RELATIVE


def _manner(content: str) -> bool:
    """Tell whether *content*, after a cue, says how, where or about what, not what, was said.

    "replies in ill-tempered ones", "things they have said on social media",
    "what Trump said about Latinos": a preposition and no clause after it.
    """
    return content.split(maxsplit=1)[0].lower() in PREPOSITIONS - {"to"} and not _clause(content)


def _source_phrase(text: str) -> bool:
    """Tell whether *text*, after "According to", is a noun phrase and no clause of its own.

    "According to a poll released on Sunday" names a source; "According to
    my humour I threw open the doors" runs on into a clause.
    """
    words = [w.strip("()[]\"“”‘’'").lower() for w in text.split()]
    # "that" may be a determiner there: "the engineer in charge that night".
    return not any((w in _VERBISH and w != "that") or w in PRONOUNS for w in words[1:])


# Cues that are plural nouns too ("reports", "claims"), and what may stand
# before such a noun: "according to news reports", "citing media reports".
_PLURAL_NOUN_CUES: Final = _words("reports claims statements posts tweets")
_NOUN_OPENERS: Final = PREPOSITIONS | _words("citing according")
#: The most words between such a preposition and the noun it governs.
_NOUN_PHRASE_WORDS: Final = 4


def _noun_after_preposition(before: str, word: str) -> bool:
    """Tell whether the cue *word* ends a noun phrase that a preposition in *before* opens.

    Only the plural nouns of :data:`_PLURAL_NOUN_CUES`, and only when no
    punctuation stands between the preposition and the word.
    """
    if word not in _PLURAL_NOUN_CUES:
        return False
    words = before.split()[-_NOUN_PHRASE_WORDS - 2 :]
    for k in range(len(words) - 1, 0, -1):
        written = words[k]
        if written[-1:] in {",", ";", ":", ".", "—", "–"}:
            return False
        if written.lower() in _NOUN_OPENERS:
            # Not "Dana Rubinstein at POLITICO New York reports": a name's
            # affiliation, after which the verb is the person's.
            return not (
                written.lower() in _AFFILIATING
                and all(w[:1].isupper() or w == "the" for w in words[k + 1 :])
                and words[k - 1][:1].isupper()
            )
    return False


_AFFILIATING: Final = _words("at of for from with")


def _subordinate_report(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of a subordinate clause that opens *sentence*, read on its own.

    "Not long after Paul Berg said the plan was dead, a host asked him":
    Berg reports "the plan was dead"; the main clause after the comma is no
    part of it. A report of the main clause comes first ("While one firm
    says ..., another says there are 1,800").
    """
    opening = _LONE_SUBORDINATE.match(sentence)
    if opening is None:
        return None
    comma = sentence.find(",", opening.end())
    if comma < 0:
        return None
    return _found(sentence[comma + 1 :].strip()) or _head_report(sentence[opening.end() : comma])


def _head_report(sentence: str, *, pledges: bool = False) -> tuple[str, Attribution] | None:
    """Return the report of a sentence whose subject and cue open it ("X said (that) ...").

    With *pledges*, a verb of pledging before "to" or "that" is a cue too
    ("Ann Lee vowed to block the plan").
    """
    head = sentence[:WINDOW]
    cues = _REPORTING_OR_PLEDGING if pledges else _REPORTING_CUES
    for match, found in _head_cues(head):
        if found not in cues:
            continue
        word = match.group().lower()
        is_cue, following = _cue_and_following(sentence, match, pledges=pledges)
        if not is_cue:
            continue
        if following is not None and following.group().lower() in _PASSIVE_AFTER:
            # "with many civilians reported killed": a passive, no report.
            return None
        before = head[: match.start()].split()
        if _not_main(word, before):
            continue
        if not before or len(before) > _HEAD_WORDS:
            return None
        if before[-1].endswith(";"):
            # "Nippers ... was a very useful man to me; wrote a neat, swift
            # hand": a verb after a semicolon has the first clause's subject,
            # not the noun that ends it.
            return None
        previous = [w.lower().strip(",;:").replace("’", "'") for w in before[-2:]]
        if previous[-1] in _HYPOTHETICAL and not (
            # "Theresa May said", "May said": a name, not the modal, before
            # a past form.
            before[-1][:1].isupper() and word not in _BASE_FORMS
        ):
            # "who will say whatever ...", "to say", "an economy that he said
            # has failed", "what they say was ...": no speech act reported.
            return None
        if "what" in (w.lower() for w in before[-_WHAT_REACH:]):
            # "May disputed what Johnson had said and insisted ...": what was
            # said is the object of another verb, not reported here.
            continue
        if previous[-1] in _NEGATING or previous[-1].endswith("n't"):
            # "Tesla did not say whether ...", "would not say how": what was
            # not said; a later cue of the sentence may still report.
            continue
        if previous[-1] in _SUGGESTING or (previous[-1] == "have" and previous[0] in _UNREAL):
            # "First, let’s say what the sale is not" (the writer proposes),
            # "Uber might have suggested that ..." (what was not said).
            return None
        if following is not None and _NO_CONTENT_AFTER.match(sentence, following.start()):
            # "say little to nothing about", "admitted as much", "said much
            # the same": how much was said, not what.
            return None
        if word in BASE_SAYING:
            # "Critics argue that ...": the subject is read as that of "say",
            # the one base form the speaker readers know.
            attribution = attribution_before(sentence[: match.start()] + "say")
            if attribution is not None:
                attribution = attrs.evolve(attribution, cue=match.group())
        else:
            attribution = attribution_before(sentence[: match.end()])
        if previous[-1] in _PASSIVE_BEFORE and (attribution is None or attribution.speaker is None):
            # "Sanders was asked about it in an interview, in which he said
            # ...": the one asked reports nothing; a later cue may.
            continue
        if attribution is None or attribution.speaker is None:
            return None
        if (attribution.speaker.split() or [""])[0].lower() in _DENYING_SUBJECTS:
            # "Neither airline has publicly confirmed the merger talks",
            # "Nobody said ...": no one said it.
            return None
        return _head_content(sentence, match, attribution)
    return None


def cue_words(text: str, words: frozenset[str]) -> list[re.Match[str]]:
    """Return the words of *text*, as :data:`_WORD` finds them, whose lower case is in *words*.

    The matches are the same words at the same places as those of
    ``_WORD.finditer(text)`` that pass, but read from *text* lower-cased at
    once: lower-casing keeps every character but one ("İ") a single character
    of the same kind, so the words fall at the same places; a word lower-cased
    in place differs only by a Greek final sigma, which no listed word holds.
    *words* must be lower-case ASCII words. Most words of a text are no cue;
    this passes them over without a call per word.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        # A letter that lower-cases to two moves the places: read word by word.
        return [m for m in _WORD.finditer(text) if m.group().lower() in words]
    return [m for m in _WORD.finditer(lowered) if m.group() in words]


# The plain head reading, the one with pledges and the pledge check before it
# all scan the same head of a sentence, one after the other: it is scanned
# once. Four heads are kept, each a 200-character window and its matches: no
# other head is read between the first reading of a head and the pledge check.
@bounded(4)
def _head_cues(head: str) -> tuple[tuple[re.Match[str], str], ...]:
    """Return the words of *head* that :func:`cue_words` finds for any cue or pledge, each lowered.

    ``[m for m, w in _head_cues(head) if w in words]`` is ``cue_words(head,
    words)`` for any *words* of :data:`_REPORTING_OR_PLEDGING`.
    """
    lowered = head.lower()
    if len(lowered) != len(head):
        return tuple(
            (m, m.group().lower())
            for m in _WORD.finditer(head)
            if m.group().lower() in _REPORTING_OR_PLEDGING
        )
    return tuple(
        (m, m.group()) for m in _WORD.finditer(lowered) if m.group() in _REPORTING_OR_PLEDGING
    )


def _cue_and_following(
    sentence: str, match: re.Match[str], *, pledges: bool
) -> tuple[bool, re.Match[str] | None]:
    """Tell whether the word *match* of *sentence* may be a cue, and return the word after it.

    An adverb right after the cue is looked past: the word after it may show
    that the verb reports nothing ("responded violently to").
    """
    word = match.group().lower()
    if (
        word not in _REPORTING_CUES and not (pledges and word in _PLEDGING)
    ) or _noun_after_preposition(sentence[: match.start()], word):
        # Not a cue, or "According to press pool reports, ...": a noun.
        return False, None
    if (
        word == "say"
        and sentence[match.end() : match.end() + 1] == ","
        and sentence[: match.start()].rstrip()[-1:] in {",", "—", "–", "(", "-"}
    ):
        # "one or two variables — say, the latitude of ...": "for example".
        return False, None
    following = _WORD.match(sentence, match.end() + 1)
    if following is not None and following.group().endswith("ly"):
        # "responded violently to protests": the adverb is no content.
        adverb = following
        following = _WORD.match(sentence, adverb.end() + 1)
        if following is not None and following.group().lower() in _NOT_REPORTING_AFTER:
            return False, None
        following = adverb
    if _no_content(
        word,
        following.group().lower() if following else "",
        pledge=pledges and word in _PLEDGING,
    ):
        return False, None
    if word in _REPORTING and following is not None and following.group() == "on":
        subject = _WORD.match(sentence, following.end() + 1)
        if subject is not None and subject.group().lower() not in _DAYS_AND_DATES:
            # "He also reported on deals between ...": a journalist's subject,
            # no words ("reported on Friday that ...": a day).
            return False, None
    if (
        word in _REPORTING
        and following is not None
        and _REPORTED_TO.match(sentence, following.start())
    ):
        # "ask if they have reported the incident to the Consular Section",
        # "reported it to police": an act of telling, with no content.
        return False, None
    if (
        following is not None
        and following.group().lower() == "so"
        and _said_so(sentence, following)
    ):
        # "after 55 percent said so in December": "so" stands for words
        # reported before; the sentence reports none of its own.
        return False, None
    if word == "told" and sentence[: match.start()].strip().lower() == "all":
        # "All told, it’s a neat narrative": all in all, no report.
        return False, None
    if word in {"added", "adds"} and following is not None and following.group() == "to":
        # "a painkiller added to increase its weight": no report.
        return False, None
    return True, following


def _head_content(
    sentence: str, match: re.Match[str], attribution: Attribution
) -> tuple[str, Attribution] | None:
    """Return what the cue *match* of *sentence* reports, with its *attribution* completed."""
    word = match.group().lower()
    head = sentence[:WINDOW]
    before = head[: match.start()].split()
    speaker = attribution.speaker or ""
    if (
        len(before) > _SHORT_HEAD
        and not _next_to(head[: match.start()], speaker)
        # "Cruz praised Pence for ... - moves that he said improved ...": the
        # pronoun by the verb stood for the named subject the speaker is.
        and not (
            (attribution.pronoun or is_named(attribution.speaker))
            and len(before) >= 2
            and before[-2].lower() in CLAUSE_RELATIVES
            and before[-1].lower() in PRONOUNS
        )
    ):
        # A long head: its subject must stand by the verb ("..., Mr. Leenders
        # said") or end an apposition ("Jane Doe, who ..., said").
        return None
    if len(before) > _SHORT_HEAD and _inside(
        head[: match.start()], speaker, saying=word in _SAYING | {"say"}
    ):
        attribution = attrs.evolve(attribution, speaker="", pronoun=False)
    cue, cue_end = cue_from(sentence, match.start())
    attribution = attrs.evolve(attribution, cue=cue)
    rest = _LEADING_ASIDE.sub("", sentence[cue_end:].lstrip(" ,"))
    if _TO_ONESELF.match(rest):
        # "I now said to myself": a thought, not a report.
        return None
    introduced = rest.lower().startswith("that ")
    addressed = _ADDRESSEE.match(rest) if word in _TELLING and not introduced else None
    if addressed is not None and _addressee(addressed.group(1)):
        # "told the network’s “Morning Roundup” that ...": the one told is
        # part of the cue, what follows "that" the content.
        cue = f"{cue} {addressed.group(1)}"
        attribution = attrs.evolve(attribution, cue=cue)
        rest, introduced = rest[addressed.end(1) + 1 :], True
    if word in _ONLY_BEFORE_THAT and not introduced:
        # "Sanders maintained his double-digit lead": no report.
        return None
    if introduced:
        rest = rest[5:]
    content = rest.strip()
    if len(content.split(maxsplit=3)) < 3:
        return None
    if (
        introduced
        and content.split()[0] in _THAT_THINGS
        and len(content.split()) <= _THAT_THING_WORDS
        and _verbless(content)
    ):
        # "Brendan Daly denied that assertion on Friday": "that" points at
        # what was said, it opens no clause.
        return None
    if not introduced and (
        (word in _OBJECT_CUES and not _object_clause(word, content)) or _manner(content)
    ):
        # "wrote a letter", "maintains a wide lead": a thing, not speech;
        # "replies in ill-tempered ones": how it was said.
        return None
    return content, attribution


# Cues whose object is the one told, before "that" and the content.
_TELLING: Final = _words("told tells")
# The one told, up to "that": a few words, no clause ("the network’s “Morning
# Roundup”", "reporters on Friday").
_ADDRESSEE: Final = re.compile(r"([^\s,;:.][^,;:.]{0,60}?)\s(?=that\s)")


def _addressee(words: str) -> bool:
    """Tell whether *words*, between "told" and "that", name only the one told."""
    found = [w.strip("“”\"’'").lower() for w in words.split()]
    return (
        len(found) <= _SOURCE_WORDS
        and _CLAUSE_WORDS.isdisjoint(found)
        and not ({"and", "or", "but"} & set(found))
    )


_TO_ONESELF: Final = re.compile(r"to\s(?:myself|himself|herself|themselves|ourselves|oneself)\b")
# When, between a cue and what it reports: "on Thursday", "in April", "last week".
_WHEN_ASIDE: Final = (
    r"(?:(?:on|last|this|early|late|in)\s)?(?:(?:early|late|mid)[\s-])?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    r"week|month|year|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s\d{1,2})?\b"
)
# When or how, between a cue and its "that": "said Thursday that", "says,
# however, that"; or before a clause that opens with its subject: "said on
# Tuesday it moved", "said in April the money ...", "said later she regretted",
# "said in court they believed".
_LEADING_ASIDE: Final = re.compile(
    rf"^(?:{_WHEN_ASIDE}|however|earlier|later|again|afterwards?|[a-z]{{3,20}}ly|"
    r"in\s(?:court|parliament|public|private|person|writing))"
    r"(?:,\s|\s(?=that\s)|"
    r"\s(?=(?:it|he|she|they|we|I|there|the|its|his|her|their)\s))"
    # "said on Thursday investigators had interviewed ...": after a day, a
    # plural subject and its verb open what was said.
    rf"|^{_WHEN_ASIDE}\s(?=[a-z]{{3,20}}s\s(?:had|have|were|are|would|will|could|did)\s)"
)


# A participle of saying after a clause, and what it reports: "Fiorina attacked
# Trump, saying conservatives must unite", "by arguing that the system is rigged".
# Only "saying" reports without "that": "adding to his wins", "claiming 41
# percent of the vote" are no speech.
_PARTICIPLE: Final = re.compile(
    r"(?:,\s|\b(?:by|while|also)\s)(?:(?P<cue>saying)(?:\sthat)?|(?P<that>adding|noting|arguing|"
    r"insisting|claiming|stating|stressing|explaining)\sthat)\s(?=\S)"
)
_GREETINGS: Final = _words("goodbye good-bye hello grace thanks sorry farewell")
#: How many words the report after a participle must have.
_PARTICIPLE_CONTENT: Final = 3


def _participle_report(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report after a participle of saying that follows a clause, if any.

    The speaker is the clause's subject when it is read next to its verb (a
    name or a described source), else none: the speech is reported, its source
    is not guessed.
    """
    found = _PARTICIPLE.search(sentence, 0, WINDOW * 2)
    if found is None:
        return None
    content = sentence[found.end() :].strip()
    words = content.split(maxsplit=_PARTICIPLE_CONTENT)
    if len(words) < _PARTICIPLE_CONTENT or words[0].lower() in _GREETINGS:
        # "while saying goodbye to the guest": a greeting, no report.
        return None
    cue = found.group("cue") or found.group("that")
    # The clause the participle hangs on: after the last colon or semicolon,
    # or after ", and" when a name opens a clause there ("..., and Johnson,
    # the mayor, reacted by saying").
    clause = re.split(r"[;:]\s", sentence[: found.start()])[-1]
    joined = joined_subject(clause)
    clause = main_clause(clause if joined is None else clause[joined[0] :])
    speaker, pronoun = main_subject(clause, strict=True)
    named = _NAMED_IN_APPOSITION.match(clause)
    if speaker is None and named is not None:
        # "The chief, John Lee, has not banned the group yet, saying ...": the
        # name set after the described subject, then its verb.
        return content, Attribution(speaker=named.group("name"), cue=cue, pronoun=False)
    if speaker is not None and not pronoun and not opens_clause(clause, speaker):
        # Only a subject that opens the clause ("Mr. Obama revised his plans,
        # saying"): a name further on is as often its object ("Trump dismissed
        # Scott Walker, arguing") or a noun's modifier ("GOP moderates").
        speaker = None
    return content, Attribution(speaker=speaker, cue=cue, pronoun=pronoun)


# A described subject and the full name after it, then its verb: "The chief,
# John Lee, has not ...".
_NAMED_IN_APPOSITION: Final = re.compile(
    r"(?:The|A|An|Its|His|Her|Their)\s[a-z][a-z’' -]{1,40}?,\s"
    r"(?P<name>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){1,3}),\s"
    r"(?:has|had|was|is|did|does|also|then|[a-z]{2,20}ed)\b"
)


# A second verb of the subject, one of saying: "Obama met the families and
# said the country must act", "Carson admitted the error but said ...".
_COORDINATED: Final = re.compile(
    r"\s(?:and|but)\s(?:(?:also|then|later|again|instead)\s)?"
    r"(?P<cue>said|says|added|adds|argued|argues|insisted|insists|warned|warns|noted|"
    r"acknowledged|admitted|conceded|claimed|explained|stressed|suggested|predicted|"
    r"told|tells)\s(?:(?P<told>[^\s,;:.][^,;:.]{0,60}?)\s(?=that\s))?(?P<that>that\s)?(?=\S)"
)
#: How many words the report after a second verb must have.
_COORDINATED_CONTENT: Final = 3


def _coordinated_report(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of a verb of saying joined to an earlier verb of its subject, if any.

    The speaker is the clause's subject when it opens the clause and stands
    next to its verb (see :func:`_participle_report`), else none. "told"
    reports only with the one told and "that" after it ("and told reporters
    that ..."); "added" and "wrote" only a clause.
    """
    found = _COORDINATED.search(sentence)
    if found is None:
        return None
    cue = found.group("cue")
    told = found.group("told")
    if cue in _TELLING and (told is None or not _addressee(told)):
        return None
    if told is not None and cue not in _TELLING:
        # "and said Friday that": the words before "that" are when, not whom.
        told = None
    content = sentence[found.end() :].strip()
    if told is None and cue not in _TELLING:
        content = sentence[found.end("cue") :].strip()
        if content.lower().startswith("that "):
            content = content[5:].strip()
    words = content.split(maxsplit=_COORDINATED_CONTENT)
    if len(words) < _COORDINATED_CONTENT or words[0].lower() in _NOT_REPORTING_AFTER:
        return None
    if cue in _OBJECT_CUES and not _object_clause(cue, content):
        return None
    clause = main_clause(re.split(r"[;:]\s", sentence[: found.start()])[-1])
    speaker, pronoun = main_subject(clause, strict=True)
    if speaker is not None and not pronoun and not opens_clause(clause, speaker):
        speaker = None
    return content, Attribution(
        speaker=speaker, cue=f"{cue} {told}" if told else cue, pronoun=pronoun
    )


# A relative clause of saying after a name: "Juanita Broaddrick, who said
# Clinton lied, recounted ...", "..., said Tom Perez, who said he expects ...".
_RELATIVE_CUE: Final = re.compile(
    r"(?:^|,\s)(?P<source>[^,;:]{2,80}),\s(?:who|which)\s(?:(?:also|has|had|have|later)\s)?"
    r"(?P<cue>said|says|argued|argues|insisted|insists|claimed|claims|noted|warned|told\s[^,;:.]{1,40}?(?=\sthat\s))"
    r"\s(?:that\s)?(?P<content>[^,;]+)"
)
#: How many words the source of a relative clause of saying may have.
_RELATIVE_SOURCE: Final = 6


def _name_before_place(words: Sequence[str]) -> list[str] | None:
    """Return the name in *words* that ends in "NAME of PLACE", without the place.

    "by Sen. Dianne Feinstein of California" -> "Sen. Dianne Feinstein": a
    run of capitalised words, "of" or "from", and one or two more.
    """
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper():
        tail -= 1
    if not 0 < len(words) - tail <= _PLACE_WORDS or tail < 2:
        return None
    if words[tail - 1] not in {"of", "from"}:
        return None
    end = tail - 1
    start = end
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if end - start < _NAME_WORDS:
        return None
    return list(words[start:end])


#: The most words of a place after a name ("of New York"), and the fewest of the name.
_PLACE_WORDS: Final = 2
_NAME_WORDS: Final = 2


def _restrictive_report(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of a "who say" clause that tells a group by what it says.

    "the 30 percent of voters who said Wall Street does more to help the
    economy", "teachers unions who said NCLB punished them": the group's
    report, its content running to the next comma or the end. The group's
    head must be a plural source noun ("voters", "unions"), not "those".
    """
    found = _RESTRICTIVE_CUE.search(sentence[:WINDOW])
    if found is None or not is_source_noun(found.group("head").lower()):
        return None
    content = sentence[found.start("content") :].split(",", 1)[0].split(";", 1)[0].strip()
    words = content.split(maxsplit=_COORDINATED_CONTENT)
    if len(words) < _COORDINATED_CONTENT or _verbless(content):
        return None
    before = sentence[: found.start("source")].split()
    if not before or not before[-1][:1].islower():
        # "Voters who say the economy matters were divided": the group opens
        # the sentence, and what it says runs into the main clause's verb.
        return None
    words = found.group("source").split()
    while words and (words[0].endswith("ing") or words[0] in _NOT_IN_GROUP):
        # "echoing security experts who say", "including experts who said".
        words.pop(0)
    if len(words) > 3 and words[0] in {"the", "a"} and words[1] in _AMOUNTS and words[2] == "of":
        # "an increase in the number of respondents who said": the respondents.
        words = words[3:]
    source = " ".join(words)
    if not source or not plausible_speaker(source):
        return None
    return content, Attribution(speaker=source, cue=found.group("cue"), pronoun=False)


# Words for how many of a group: "the number of respondents who said".
_AMOUNTS: Final = frozenset(["number", "share", "percentage", "proportion", "majority"])
# Words before a group that are no part of it: "like experts who say".
_NOT_IN_GROUP: Final = frozenset(["like", "as", "among", "amid", "from", "of", "by", "to"])
# A group told by what it says: "voters who said", "teachers unions who say".
_RESTRICTIVE_CUE: Final = re.compile(
    r"(?P<source>(?:(?:the|some|many|most|other|\d{1,3}\s(?:percent|%)\sof)\s){0,2}"
    r"(?:[a-z-]{2,20}\s){0,2}(?P<head>[A-Za-z]{3,20}s))\swho\s(?:also\s)?"
    r"(?P<cue>said|say|says)\s(?:that\s)?(?P<content>\S)"
)


def _relative_report(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of a relative clause of saying set after its source, if any.

    The source is the words before ", who said" (a name or a source noun
    phrase of at most :data:`_RELATIVE_SOURCE` words); the content runs to
    the next comma or the end of the sentence.
    """
    found = _RELATIVE_CUE.search(sentence)
    if found is None:
        return None
    words = found.group("source").split()
    if found.start("source") > 0 and is_apposition(found.group("source")):
        # "Steven Livingston, a professor of political science at Middle
        # Tennessee State University, who said": the name the apposition describes.
        before = sentence[: found.start("source")].rstrip(", ").rsplit(",", 1)[-1].split()
        capitals = len(before)
        while capitals > 0 and before[capitals - 1][:1].isupper():
            capitals -= 1
        placed = _name_before_place(before)
        if placed is not None:
            # "Sen. Dianne Feinstein of California, the ranking Democrat ...,
            # who said": the name, not its place.
            words = placed
        elif capitals < len(before) and not (
            # A place after another preposition: the apposition as written.
            capitals > 0 and before[capitals - 1].lower() in PREPOSITIONS
        ):
            words = before[capitals:]
    placed = _name_before_place(words)
    if placed is not None:
        # "supported by Sen. Dianne Feinstein of California, who said": the
        # name, not its place.
        words = placed
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper():
        tail -= 1
    if 0 < tail < len(words) and words[tail - 1].lower() not in DETERMINERS:
        # "Trump was out-brutalizing Ted Cruz, who said ...": the name the
        # clause follows, not the clause before it.
        words = words[tail:]
    if len(words) > _RELATIVE_SOURCE:
        return None
    source = " ".join(words)
    content = found.group("content").strip()
    words = content.split(maxsplit=_COORDINATED_CONTENT)
    if len(words) < _COORDINATED_CONTENT or (
        words[0].lower() not in PRONOUNS and _verbless(content)
    ):
        # "ISIS, which claimed responsibility for the attacks": a thing, no report.
        return None
    speaker = clean_speaker(source)
    if not plausible_speaker(speaker) or speaker.split()[0].lower() in PRONOUNS:
        return None
    return content, Attribution(speaker=speaker, cue=found.group("cue"), pronoun=False)


# "according to X" inside a sentence, and the source phrase after it, up to a
# comma, bracket, dash or the end.
_ACCORDING_INSIDE: Final = re.compile(
    r",\saccording to\s(?P<source>[^,;()—–]{2,160}?)(?=,\s|;|\(|\)|\s[—–-]{1,2}\s|[.!?]?\s*$)",
    re.IGNORECASE,
)
_RELATIVE_WORD: Final = re.compile(r"\s(?:who|that|which|whose)\s")
# An apposition or relative clause after a source set between commas: "...,
# according to Ann Lee, head of ...", "..., a body that ...", "..., who ...".
_SOURCE_APPOSITION: Final = re.compile(rf"\s*(?:{_APPOSITION_HEADS}|professor|who|whose|which)\s")
#: How many words the report before or after an "according to" phrase must have.
_ACCORDING_CONTENT: Final = 3


def _according_inside(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of a sentence with ", according to X" inside or at its end.

    "Trump has won 758 delegates, according to a CNN tally, but his path is
    narrowing", "(93 percent were white, according to exit polls)": the
    report is the whole sentence when the phrase is set inside it between
    commas, else the words before the phrase. The source is read from the
    phrase (the caller reports no speaker for one that names none). Without
    a comma before it the phrase is one of manner ("priced according to the
    distance", "varies according to the region") and reports nothing.
    """
    found = _ACCORDING_INSIDE.search(sentence)
    if found is None or found.start() == 0:
        return None
    before = sentence[: found.start()].rstrip(" ,")
    before = before[before.rfind("(") + 1 :].strip()
    after = sentence[found.end() :].lstrip(" ,;)—–-").strip()
    long_before = len(before.split()) >= _ACCORDING_CONTENT
    long_after = len(after.split()) >= _ACCORDING_CONTENT and not after.startswith("(")
    if (
        long_after
        and sentence[found.end() :].startswith(", ")
        # "..., according to Pavel Zolotaryov, head of the ... section": an
        # apposition of the source, not more of the report.
        and not (long_before and _SOURCE_APPOSITION.match(sentence, found.end() + 1))
    ):
        content = sentence.strip()
    elif long_before:
        content = before
    else:
        return None
    end = found.end("source")
    relative = _RELATIVE_WORD.search(sentence, found.start("source"), end)
    if relative is not None:
        # "according to stewards who were posted at every door": the source
        # is the noun phrase before its relative clause.
        end = relative.start()
    attribution = attribution_before(sentence[:end])
    if attribution is None or attribution.cue != "according to":
        return None
    return content, attribution


# "As the Post reported on Friday, ...", "As reported by the Post, ...": the
# report is the main clause after the comma.
_AS_REPORTED: Final = re.compile(
    r"\W{0,3}As\s(?:(?P<source>[^,]{1,80}?)\s)?(?P<cue>reported|said|noted|wrote|explained|"
    r"announced|stated|argued|told\s[^,]{1,40}?)(?:\sby\s(?P<by>[^,]{2,80})|(?:\s[^,\s]+){0,3}),"
    r"\s(?=\S)"
)


def _as_reported(sentence: str) -> tuple[str, Attribution] | None:
    """Return the report of a sentence that opens with "As X reported," or "As reported by X,".

    The source is read before the cue or after its "by"; the content is
    the clause after the comma (at least :data:`_COORDINATED_CONTENT` words).
    """
    found = _AS_REPORTED.match(sentence)
    if found is None:
        return None
    content = sentence[found.end() :].strip()
    if len(content.split(maxsplit=_COORDINATED_CONTENT)) < _COORDINATED_CONTENT:
        return None
    cue = found.group("cue")
    if found.group("by") is not None and found.group("source") is None:
        source = found.group("by").strip()
        return content, Attribution(speaker=clean_speaker(source), cue=cue, pronoun=False)
    if found.group("source") is None:
        return None
    attribution = attribution_before(sentence[: found.end("cue")])
    if attribution is None or not attribution.speaker:
        return None
    return content, attrs.evolve(attribution, cue=cue)
