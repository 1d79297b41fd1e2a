"""Word lists for reading attributions: speech verbs, titles, pronouns, joiners.

Plain data, used by :mod:`newsdiff._analysis._speakers` and :mod:`newsdiff._analysis._reported`.
Every list is lower case unless it says otherwise.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "APPOSITION_OPENERS",
    "BASE_SAYING",
    "BETWEEN",
    "BE_FORMS",
    "CLAUSE_RELATIVES",
    "CONNECTORS",
    "COORDINATORS",
    "DETERMINERS",
    "EVALUATIVE_VERBS",
    "JOINERS",
    "LABEL_WORDS",
    "LEADING_NOISE",
    "NOUN_MARKERS",
    "OBJECT_VERBS",
    "PARTICIPLES",
    "PAST_FORMS",
    "POSTMODIFIERS",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUOTE_VERBS",
    "RELATIVES",
    "RELATIVE_OPENERS",
    "SPEECH_VERBS",
    "SUBJECT_PRONOUNS",
    "THAT_VERBS",
    "TIME_WORDS",
    "TITLES",
    "WH_WORDS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Finite and participle forms of verbs that report speech or writing.
SPEECH_VERBS: Final = _words(
    "said says say told tells tell added adds asked asks noted wrote writes written "
    "stated declared declares announced announces argued argues claimed "
    "insisted insists warned warns explained explains replied replies responded responds "
    "stressed stresses emphasized emphasised emphasizes emphasises acknowledged "
    "acknowledges admitted admits conceded concedes suggested suggests recalled recalls "
    "tweeted posted testified testifies observed observes remarked "
    "commented countered counters predicted predicts promised urged "
    "urges vowed confirmed confirms denied denies complained complains charged "
    "cautioned cautions answered pledged boasted demanded called described "
    "quipped joked mused contended contends maintained maintains asserted asserts "
    "reiterated reiterates announced concluded concludes agreed agrees disclosed "
    "reported reports wondered wonders shouted yelled chanted pleaded reads "
    "saying adding noting telling writing arguing explaining warning insisting "
    "claiming stating asking stressing calling tweeting posting shouting chanting "
    "declaring announcing replying responding "
    # The long tail: verbs of speaking that are rarer in news copy.
    "implored implores exclaimed exclaims chimed retorted retorts lamented "
    "scoffed scoffs whispered muttered reasoned elaborated "
    "elaborates affirmed affirms proclaimed proclaims interjected opined opines "
    "chimes pressed reacted remembered recounted gushed"
)
# Finite verbs of speaking, writing or thinking that attribute a quotation
# next to them but are not read as cues of reported speech: "Moore thanked
# him for “...”", "Billy Joel sings, “...”" ("worried" only before "that",
# with the verbs of THAT_VERBS).
# (Not "claims", "promises" or "thought", nouns as often as verbs; nor
# "alleged" or "proposed", adjectives as often: "his alleged “paramours”".)
QUOTE_VERBS: Final = _words(
    "thanked pondered ponders expressed assured assures chided chides imagined sang sings "
    "cracked confided confides exhorted lecturing interjecting "
    "retaliated jeered blared cried hollered screamed shrieked"
)
# Base forms of verbs of saying, for a plural subject: "Critics argue that
# ...", "Officials warn that ...". Only before "that": the base form is as
# often an imperative or an infinitive ("Don’t admit visitors", "I should
# explain “...”"). Not "suggest": "polls suggest", "the data suggests" is
# evidence, not words.
BASE_SAYING: Final = _words(
    "argue warn explain complain insist admit predict concede contend acknowledge "
    "emphasize emphasise reiterate testify"
)
# Verbs that report speech only before "that" ("shared that", "pointed out
# that"): "shared a photo", "highlighted the risks" report nothing.
THAT_VERBS: Final = BASE_SAYING | _words(
    "shared shares underlined underlines highlighted highlights underscored underscores "
    "pointed points outlined outlines worried worries"
)
# Words that head a line of page furniture before a colon ("Location:",
# "Venue:", "Photo credit:"): labels, not people, whatever follows them.
LABEL_WORDS: Final = _words(
    "location locations venue venues address date dates time times title subtitle theme "
    "subject topic topics where when source photo photos photograph picture image images "
    "credit credits caption note notes category categories tags tag keywords deadline "
    "registration register price prices cost fee fees tickets ticket duration format "
    "website web email e-mail telephone phone tel fax contact contacts summary background "
    "reference ref status type agenda venue's page section entry admission language "
    "languages level audience eligibility details more information info link links "
    "download attachment file document documents url opening hours open closing dress "
    "parking capacity map directions route destination country region area city town "
    "published updated update last change changes version edition issue volume "
    "example examples"
)
# Verbs of judging that attribute a short quote after "as": "described it as “a disgrace”".
EVALUATIVE_VERBS: Final = _words(
    "described describes describing rated rates labeled labelled labels branded brands "
    "characterized characterised referred refers dismissed dismisses denounced "
    "condemned criticized criticised praised mocked slammed blasted derided hailed "
    "portrayed painted cast call calls accused accuses likened likens compared "
    "proclaimed proclaims exhorted lauded lauds touted touts attacked attacks "
    "ridiculed scolded decried decries lamented laments rejected cited cites "
    # Base and progressive forms: "to accuse X of “...”", "is promising “...”".
    "describe label brand dismiss denounce condemn criticize criticise praise mock "
    "slam blast hail accuse liken compare proclaim laud tout attack ridicule decry "
    "cite accusing likening praising touting citing promising condemning criticizing "
    "criticising denouncing slamming blasting mocking labeling labelling dismissing hailing "
    "lauding decrying deriding ridiculing branding "
    # "defended his manager as a “very decent man”", "blamed the shootings on “sickos”".
    "defended defends defending blamed blames blaming"
)
# Participles whose subject is the subject of the main clause ("X responded, saying").
PARTICIPLES: Final = _words(
    "saying adding noting telling writing arguing explaining warning insisting claiming "
    "stating asking stressing calling tweeting posting shouting chanting declaring "
    "announcing replying responding"
)
# Verbs that take the hearer as object: "told Newsweek", "told reporters".
OBJECT_VERBS: Final = _words("told tells tell telling asked asks warned urged")
PRONOUNS: Final = _words("he she they it we i him her them")
# Irregular past forms that follow a subject: "Sanders made the following comment:".
PAST_FORMS: Final = _words(
    "made gave took wrote spoke went put had sent got came began knew thought felt "
    "held left kept brought sought"
)
WH_WORDS: Final = _words("what which as how whom")
SUBJECT_PRONOUNS: Final = _words("he she they He She They")
# Words that may sit between a subject and its verb: "has said", "also told".
BETWEEN: Final = _words(
    "also recently later previously then earlier once has had have would will was "
    "were is are reportedly repeatedly again further separately however simply "
    "quickly first last finally later publicly privately told still had though too now "
    # "has since said".
    "since"
)
TITLES: Final = _words(
    "president vice sen. senator rep. representative gov. governor mr. mrs. ms. dr. "
    "prof. professor prime minister secretary general gen. chief judge justice mayor "
    "foreign defense defence interior finance pope king queen prince princess rev. lt. "
    "col. sgt. capt. adm. maj. cmdr. attorney speaker leader chairman chairwoman "
    "chair ceo chancellor ambassador spokesman spokeswoman spokesperson director "
    "commissioner sheriff officer detective coach candidate nominee former "
    "supreme ayatollah sheikh emir deputy assistant acting minority majority house "
    "democratic republican democrat conservative labour tory state of the analyst lawyer "
    "attorney economist "
    "superintendent constable sergeant dr prof director-general secretary-general"
)
# Lower-case words that may join the parts of one name.
CONNECTORS: Final = _words("de da di del della van von der du la le al bin bint ibn y")
PREPOSITIONS: Final = _words(
    "of for at from with in by to on about into over under near via against than "
    "during after before since despite amid following throughout within through "
    "across outside inside around along alongside toward towards behind beyond among "
    "amongst beside besides upon"
)
LEADING_NOISE: Final = _words(
    "but and yet so also still however meanwhile and, but, then now instead "
    # "Having announced that ..., Judge Berman proceeded": a participle, no name.
    "having being"
)
DETERMINERS: Final = _words(
    "a an the some many several two three four five most other another one both all "
    "his her their its our this that these those such no"
)
APPOSITION_OPENERS: Final = _words(
    "a an the one who whose which another his her its their both also now then "
    "formerly once himself herself"
)
RELATIVE_OPENERS: Final = _words("who whose which whom")
# Words that open a relative clause with a subject of its own ("that he said",
# "which Trump had called").
CLAUSE_RELATIVES: Final = _words("that which whom")
TIME_WORDS: Final = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "january february march april may june july august september october november "
    "december earlier later meanwhile instead still yes no overall separately"
)
# Words before which a verb form is a noun: "a call", "the report", "his reply".
NOUN_MARKERS: Final = _words("a an the this that these those his her their its our my your")
JOINERS: Final = _words("and but while as because that when after since although though")
RELATIVES: Final = _words("who which that to whom whose anybody anyone")
POSTMODIFIERS: Final = _words("who whose which cited quoted speaking interviewed briefed involved")
# Forms of "be" before a participle make it passive: "was told", "been called".
BE_FORMS: Final = _words("was were been is are be being")
# Words that join a second verb to the first one's subject: "... and said".
COORDINATORS: Final = _words("and but then or")
# Lower-case heads of anonymous and collective sources: "a senior official",
# "the union", "people familiar with the plan". A lower-case head outside
# this list (and without a suffix of a person's noun) names no speaker.
SOURCE_NOUNS: Final = _words(
    "official spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen "
    "ministry department government agency union police force council authority "
    "office committee board commission campaign company firm group team "
    "source aide adviser advisor analyst expert economist lawyer attorney prosecutor "
    "officer minister secretary statement report survey poll study researcher "
    "scientist doctor people person resident witness protester voter member leader "
    "president chairman chairwoman chair chief director executive manager staff family "
    "friend neighbour neighbor bank regulator court judge organiser organizer charity "
    "association federation party administration military army navy website "
    "newspaper paper magazine network channel broadcaster employee worker user customer "
    "critic supporter opponent democrat republican diplomat activist investigator "
    "parent mother father wife husband son daughter brother sister uncle aunt cousin "
    "child kid teacher student pupil nurse patient victim survivor owner founder "
    "ceo cfo boss chairperson governor mayor senator lawmaker legislator congressman "
    "congresswoman representative candidate nominee rival ally partner colleague "
    "coach player fan veteran soldier commander general negotiator envoy ambassador "
    "delegate delegation mission embassy consulate regime ministry's police's "
    "inspector inspectorate watchdog ombudsman tribunal panel jury inquiry "
    "spokesperson's man woman men women guy folk folks citizen citizens public "
    "audience crowd consumer shopper passenger driver pilot farmer landlord tenant "
    "official's institute university college school hospital trust service "
    "operator provider publisher author writer editor reporter journalist columnist "
    "commentator historian professor academic lecturer scholar pollster strategist "
    "consultant adviser's insider observer monitor monitors estimate estimates "
    "document documents filing filings letter memo statement's survey's poll's "
    "study's data figures record records account accounts post tweet video ad ads "
    "release announcement notice guidance website's blog site platform app log changelog "
    "parliament congress senate house assembly cabinet legislature caucus "
    "industry sector coalition alliance movement network's organisation "
    "organization body bodies council's regulator's those anyone someone everyone "
    "others somebody nobody host narrator lawsuit suit complaint email e-mail tycoon "
    "actress actor moderator heavyweight front-runner frontrunner mogul advocate "
    "proponent boy girl contender foundation opinion ruling note review readout summary "
    "headline outlet news transcript memoir book article story editorial "
    "spokesperson presenter anchor interviewer caller listener viewer "
    "billionaire millionaire celebrity star singer rapper comedian operative surgeon "
    "neurosurgeon physician community chairmen signatory column petition footage "
    "tabloid playbook textbook head media conglomerate maker giant carrier airline "
    "automaker chain brand insurer lender startup utility exchange fund club league "
    "business businesses retailer manufacturer producer supplier developer lead "
    # "The bomb disposal squad said", "according to official statistics".
    "squad statistics "
    # Relatives and people close to someone: "the nephew said".
    "nephew niece grandson granddaughter grandmother grandfather grandparent widow "
    "widower relative fiancé fiancée girlfriend boyfriend stepfather stepmother sibling "
    # Bodies and papers named by their kind after a first mention: "the corps
    # said", "The center said", "The NOAA forecast also said", "an affidavit".
    "corps center centre forecast affidavit indictment memorandum observatory bureau "
    "secretariat registry museum institution coastguard prosecution defense defence "
    # People in a court or a prison: "A Maltese magistrate on Wednesday refused bail, saying".
    "magistrate coroner sheriff juror defendant plaintiff suspect inmate detainee prisoner "
    # Churches and their clergy, crowns: "the archdiocese said", "the bishop said".
    "diocese archdiocese parish church bishop archbishop priest pastor cardinal pope rabbi "
    "imam cleric vicar chaplain monk nun king queen prince princess emperor premier "
    "chancellor "
    # Places that speak for themselves and state media: "the zoo said on Twitter",
    # "Pakistan's state television said"; a court's finding: "according to a court verdict".
    "zoo aquarium library airport hotel restaurant store studio "
    "television tv radio station verdict "
    # People close to someone: "according to friends and associates".
    "associate associates "
    # Ranks of the forces: "a senior Chinese admiral has said".
    "admiral colonel captain lieutenant sergeant marshal"
)
