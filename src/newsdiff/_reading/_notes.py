"""Recognise update, correction and editor's notes, and page-furniture lines.

A *note* has a note shape, not just a note word, so an ordinary paragraph such
as "Update on the vaccine rollout: officials said ..." is never taken for one.
The shapes (labels in any case; straight or curly apostrophes):

- **Label, then colon or dash, then text**: "Correction: An earlier version of
  this article misstated ...", "Editor’s Note: ...", "Clarification — ...".
  A date may open the text when punctuation closes it: "Updated: Dec. 7, 2024: ...".
- **Label, then a date, then colon, bracket or end of line**: "Updated 12/06/24,
  10:35 PM: This article has been updated ...", "Update, Dec. 7: ...",
  "[Updated at 3:15 p.m. ET on Dec. 6]", "Updated Dec. 6 with comments from ...".
  The words between label and punctuation must all be date words (numbers,
  month and weekday names, a.m./p.m., zone abbreviations, "on", "at"), with
  at least one digit.
- **Label, then a date in brackets**: "UPDATE (Dec. 8, 2024, 9:14 a.m. EST): ...",
  "CORRECTION (Dec. 7):".
- **A heading**: the label alone or with a date ("Correction: Dec. 7, 2024",
  "*Correction*", "Updated Dec. 7, 2024"), the note's text (if any) on the
  following line(s); see :func:`match_note` and :func:`newsdiff.parse_text`.
- **Sentences newsrooms print**: "This article was amended on 7 December 2024
  to correct ...", "This story has been updated with additional reporting.",
  "This article has been corrected to ...", "An earlier version of this story
  ...", "A previous version of this article misstated ...", "Correction appended".

Labels: "Update(d)", "Last updated", "Latest update", "Correction(s)", "Corrected",
"Clarification(s)", "Clarified", "Editor's note" (also "Editors' note", "Editor note", "Ed. note"),
"Corrections and clarifications". A label must start with a capital letter
unless a colon follows it directly. Candidates longer than 600 characters are
never notes, which keeps recognition linear in the size of a text.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from typing import Final

import attrs

from newsdiff._base._dates import ZONE_ABBREVIATIONS, read_datetime, resolve_tz
from newsdiff._base._kinds import NoteKind
from newsdiff._model._parts import Note
from newsdiff.exceptions import InvalidTypeError

__all__ = [
    "MAX_NOTE_CHARS",
    "NoteShape",
    "is_boilerplate",
    "is_regret_line",
    "match_note",
    "note_from_shape",
    "note_shape",
]

#: Lines longer than this are never examined as notes.
MAX_NOTE_CHARS: Final = 600
_MAX_BOILERPLATE_CHARS = 120
_MAX_BRACKET_CHARS = 100

_APOS = "'’‘`´"
_LEAD = re.compile(r"[\s*_#>•·\[(\-–—]{0,6}")
_LABEL = re.compile(
    r"(?P<label>"
    r"corrections?\s(?:and|&)\s(?:clarifications?|amplifications?)"
    r"|(?:last\s|latest\s)?updated?s?|correct(?:ions?|ed)|clarifi(?:cations?|ed)"
    rf"|editors?[{_APOS}]?s?\s?note|ed\.?\s?note"
    r")(?![A-Za-z])",
    re.IGNORECASE,
)
_CLOSE_DECOR = re.compile(r"[*_]{0,3}")
_HEADING_END = re.compile(r"[\s:.*_\])]*\Z")
_PUNCT = re.compile(r"\s*(?:[:—–]|\s-\s)\s*")
_APPENDED = re.compile(r"\s+appended\b", re.IGNORECASE)
_AFTER_DATE = re.compile(
    r"\s*(?:[:—–.;]|\s-\s|[)\]]|\Z)|\s+(?:to|with|and|after|for|in)\b", re.IGNORECASE
)
_COLON_AFTER_DATE = re.compile(r"\s*(?:[:—–]|\s-\s)")

_NOUN = (
    r"(?:article|story|report|post|piece|column|item|headline|caption|video|graphic|page"
    r"|interview|essay|obituary|editorial|analysis|explainer|blog|feature|newsletter"
    r"|podcast|transcript|episode|photo\scaption|image\scaption)s?"
)
_SENTENCE_VERB = re.compile(
    rf"(?:(?:this|our)\s(?:[\w-]+\s){{0,2}}?|the\s){_NOUN}"
    r"(?:\sand\s(?:[\w-]+\s){0,2}?" + _NOUN + r")?"
    r"\s(?:has|have|had|was|were|is|are)\s(?:also\s|since\s|originally\s|now\s)?(?:been\s)?"
    r"(?P<verb>updated|corrected|amended|clarified|revised|changed|edited)\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"(?:an?|the)\s(?:earlier|previous|prior|original|older)\s"
    r"(?:(?:version|edition|draft)\sof\s(?:this|the)\s(?:[\w-]+\s){0,2}?" + _NOUN + r"\b"
    r"|(?:version|headline|caption|photo\scaption|summary)s?\s"
    r"(?:incorrectly|mistakenly|erroneously|wrongly|misstated|misidentified|misspelled"
    r"|misattributed|misquoted|misreported|mischaracterized|misstated|gave|said|stated"
    r"|referred|described|included|omitted|reported|identified|quoted|failed)\b)",
    re.IGNORECASE,
)
_CORRECTIVE = re.compile(
    r"correct|error|mistak|misstat|misident|misspel|misattribut|misquot|wrong|inaccura"
    r"|earlier version|previous version|\bfix(?:ed|es)?\b|\btypo"
    r"|\bremov(?:e|ed|es|ing)\s(?:an?\s|the\s)?(?:[\w-]+\s)?"
    r"(?:claims?|references?|statements?|suggestions?|assertions?|figures?|words?)\b",
    re.IGNORECASE,
)
# "This article was originally published on 4 May 2023 and has been updated
# with ...": the date sits between "published" and the verb.
_REPUBLISHED = re.compile(
    rf"(?:(?:this|our)\s(?:[\w-]+\s){{0,2}}?|the\s){_NOUN}\s(?:was|were)\s"
    r"(?:originally|first)\spublished\s",
    re.IGNORECASE,
)
_REPUBLISHED_VERB = re.compile(
    r"[\s,]*(?:and|but)\s(?:has|have|had)\s(?:since\s|now\s)?been\s"
    r"(?P<verb>updated|corrected|amended|revised)\b",
    re.IGNORECASE,
)
# A change-history entry (GOV.UK): "10:39am, 2 November 2021: First published."
# A clock time, a whole date, then a colon.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?(?![A-Za-z])", re.IGNORECASE)
_REGRET = re.compile(
    r"[\s*_(\[]{0,3}(?:[\w.&'’-]+\s){1,4}regrets?\s(?:the|this|these|any)\s"
    r"(?:errors?|mistakes?|omissions?|confusion)\b",
    re.IGNORECASE,
)

# Date words for the date scanner. Order matters: a.m./p.m. before words.
_DATE_TOKEN = re.compile(
    r"(?P<ampm>[ap]\.?\s?m\.?(?![A-Za-z]))"
    r"|(?P<offset>(?:utc|gmt)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)"
    r"|(?P<num>\d{1,4}(?:[/.\-:]\d{1,4}){0,3}(?:st|nd|rd|th)?"
    r"(?:T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:Z|[+\-]\d{2}:?\d{2})?)?)"
    r"|(?P<word>[A-Za-z]{1,9}\.?)",
    re.IGNORECASE,
)
_DATE_SEP = re.compile(r"[\s,]{0,4}")
_WORDS = re.compile(r"[A-Za-z]+\.?")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d)")
_MONTHS = frozenset(
    (
        *("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may"),
        *("jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september"),
        *("oct", "october", "nov", "november", "dec", "december"),
    )
)
_WEEKDAYS = frozenset(
    (
        *("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur"),
        *("thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"),
    )
)
_DATE_WORDS = _MONTHS | _WEEKDAYS | {"noon", "midnight", "am", "pm"}
_FILLERS = frozenset({"on", "at", "of", "the"})


@attrs.frozen(kw_only=True)
class NoteShape:
    """A line's note shape, before its date is read.

    ``date_text`` is the date substring (``None`` when the shape has none);
    ``heading`` is true when the line is a label (and date) with no text, so
    the note's text follows on the next line; ``sentence`` is true for the
    unlabelled sentence forms ("An earlier version of this story ...").
    """

    kind: NoteKind
    date_text: str | None
    heading: bool
    sentence: bool = False


def _date_run(text: str, pos: int) -> tuple[int, int, bool]:
    """Scan date words from *pos*: (start, end, has_digit); start == end if none."""
    start = end = -1
    has_digit = False
    while pos < len(text):
        sep = _DATE_SEP.match(text, pos)
        at = sep.end() if sep else pos
        token = _DATE_TOKEN.match(text, at)
        if token is None:
            break
        kind = token.lastgroup
        value = token.group()
        if kind == "word":
            lowered = value.rstrip(".").lower()
            if lowered in _FILLERS:
                pos = token.end()
                continue
            is_zone = value.isupper() and value.rstrip(".") in ZONE_ABBREVIATIONS
            if lowered not in _DATE_WORDS and not is_zone:
                break
        elif kind == "num":
            has_digit = True
        if start < 0:
            start = at
        end = pos = token.end()
    if start < 0:
        return pos, pos, False
    return start, end, has_digit


def _full_date(text: str) -> bool:
    """Whether a date run holds a whole date: month name and four-digit year, or d/m/y."""
    has_month = any(w.rstrip(".").lower() in _MONTHS for w in _WORDS.findall(text))
    return bool(_NUMERIC_DATE.search(text)) or (has_month and bool(_YEAR.search(text)))


def _label_kind(label: str) -> NoteKind:
    lowered = label.lower()
    if "update" in lowered:
        return NoteKind.UPDATE
    if lowered.startswith("clarif"):
        return NoteKind.CLARIFICATION
    if lowered.startswith("correct"):
        return NoteKind.CORRECTION
    return NoteKind.EDITORS_NOTE


def _label_shape(line: str, pos: int) -> NoteShape | None:
    label = _LABEL.match(line, pos)
    if label is None:
        return None
    kind = _label_kind(label.group("label"))
    strong_first = line[pos].isupper()
    rest_at = _CLOSE_DECOR.match(line, label.end())
    after = rest_at.end() if rest_at else label.end()
    rest = line[after:]
    if _HEADING_END.match(rest):
        return NoteShape(kind=kind, date_text=None, heading=True) if strong_first else None
    if _APPENDED.match(rest) and strong_first:
        return NoteShape(kind=kind, date_text=None, heading=False)
    punct = _PUNCT.match(line, after)
    if punct is not None:
        # "Label: text", possibly "Label: <date>" alone or "Label: <date>: text".
        start, end, digit = _date_run(line, punct.end())
        if digit and start == punct.end():
            if _HEADING_END.match(line, end):
                return NoteShape(kind=kind, date_text=line[start:end], heading=True)
            if _COLON_AFTER_DATE.match(line, end) or _full_date(line[start:end]):
                # "Correction: Jan. 9, 2007, Tuesday  An article ..." (a full
                # date needs no colon after it; "Correction: Dec. 7 storms"
                # is text, not a date).
                return NoteShape(kind=kind, date_text=line[start:end], heading=False)
        if _HEADING_END.match(line, punct.end()):
            return NoteShape(kind=kind, date_text=None, heading=True)
        return NoteShape(kind=kind, date_text=None, heading=False)
    if not strong_first:
        return None
    stripped = rest.lstrip()
    if stripped[:1] in "([":
        opening = after + len(rest) - len(stripped)
        closer = ")" if stripped[0] == "(" else "]"
        close = line.find(closer, opening + 1, opening + 1 + _MAX_BRACKET_CHARS)
        if close < 0:
            return None
        start, end, digit = _date_run(line, opening + 1)
        if not digit or line[end:close].strip(" ,"):
            return None
        tail = line[close + 1 :]
        return NoteShape(
            kind=kind, date_text=line[start:end], heading=bool(_HEADING_END.match(tail))
        )
    start, end, digit = _date_run(line, after)
    if not digit:
        return None
    if _AFTER_DATE.match(line, end) is None:
        return None
    return NoteShape(
        kind=kind, date_text=line[start:end], heading=bool(_HEADING_END.match(line, end))
    )


def _verb_kind(word: str, line: str) -> NoteKind:
    if word == "corrected":
        return NoteKind.CORRECTION
    if word == "clarified":
        return NoteKind.CLARIFICATION
    if word == "amended" and _CORRECTIVE.search(line):
        return NoteKind.CORRECTION
    return NoteKind.UPDATE


def _history_shape(line: str, pos: int) -> NoteShape | None:
    """A dated change-history entry: clock time, whole date, colon, text."""
    if _CLOCK.match(line, pos) is None:
        return None
    start, end, digit = _date_run(line, pos)
    date = line[start:end]
    if start != pos or not digit or not _full_date(date):
        return None
    colon = _COLON_AFTER_DATE.match(line, end)
    if colon is None or not line[colon.end() :].strip():
        return None
    kind = NoteKind.CORRECTION if _CORRECTIVE.search(line, colon.end()) else NoteKind.UPDATE
    return NoteShape(kind=kind, date_text=date, heading=False)


def _republished_shape(line: str, pos: int) -> NoteShape | None:
    """Read "This article was originally published on DATE and has been updated ..."."""
    opening = _REPUBLISHED.match(line, pos)
    if opening is None:
        return None
    start, end, digit = _date_run(line, opening.end())
    if not digit:
        return None
    verb = _REPUBLISHED_VERB.match(line, end)
    if verb is None:
        return None
    return NoteShape(
        kind=_verb_kind(verb.group("verb").lower(), line),
        date_text=line[start:end],
        heading=False,
        sentence=True,
    )


def _sentence_shape(line: str, pos: int) -> NoteShape | None:
    if not line[pos].isupper():
        return None
    republished = _republished_shape(line, pos)
    if republished is not None:
        return republished
    verb = _SENTENCE_VERB.match(line, pos)
    if verb is not None:
        kind = _verb_kind(verb.group("verb").lower(), line)
        start, end, digit = _date_run(line, verb.end())
        return NoteShape(
            kind=kind, date_text=line[start:end] if digit else None, heading=False, sentence=True
        )
    if _EARLIER.match(line, pos):
        return NoteShape(kind=NoteKind.CORRECTION, date_text=None, heading=False, sentence=True)
    return None


def note_shape(line: str) -> NoteShape | None:
    """The note shape of one stripped line, or ``None`` (no date is read).

    >>> note_shape("Correction: Dec. 7, 2024")
    NoteShape(kind=<NoteKind.CORRECTION: 'correction'>, date_text='Dec. 7, 2024', heading=True, sentence=False)
    >>> note_shape("Update on the vaccine rollout: officials said ...") is None
    True
    """  # noqa: E501
    if not line or len(line) > MAX_NOTE_CHARS:
        return None
    lead = _LEAD.match(line)
    pos = lead.end() if lead else 0
    if pos >= len(line):
        return None
    return _label_shape(line, pos) or _sentence_shape(line, pos) or _history_shape(line, pos)


def is_regret_line(line: str) -> bool:
    """Whether *line* is a closing line of a correction ("We regret the error.").

    Such a line continues the note above it rather than starting the body.

    >>> is_regret_line("The Times regrets the error.")
    True
    """
    return len(line) <= MAX_NOTE_CHARS and _REGRET.match(line) is not None


def match_note(
    text: str,
    *,
    tz: str | tzinfo | None = None,
    dayfirst: bool = False,
    published_at: datetime | None = None,
) -> Note | None:
    """Read *text* as an update, correction, clarification or editor's note.

    *text* is a note candidate: one line, or a heading line and the lines that
    follow it (as in a correction box on a web page). It is recognised by its
    first line (see the module docstring for the shapes); ``None`` if that
    line has no note shape. The returned note's ``text`` is *text* with the
    surrounding whitespace stripped; its time is read by
    :func:`newsdiff._base._dates.read_datetime` (zone-less times in *tz*; a missing
    year from *published_at*), and is ``None`` when there is none or it cannot
    be read.

    >>> note = match_note("Updated 12/06/24, 10:35 PM: This article has been updated.")
    >>> note.kind, note.at
    (<NoteKind.UPDATE: 'update'>, datetime.datetime(2024, 12, 6, 22, 35))
    >>> match_note("Correction: Dec. 7, 2024\\nAn earlier version misstated the toll.").text
    'Correction: Dec. 7, 2024\\nAn earlier version misstated the toll.'
    >>> match_note("Update on the vaccine rollout: officials said ...") is None
    True
    """
    if not isinstance(text, str):
        raise InvalidTypeError.for_field("text", text, "str")
    stripped = text.strip()
    first = stripped.split("\n", 1)[0].strip()
    shape = note_shape(first)
    if shape is None:
        return None
    return note_from_shape(
        shape, stripped, tz=resolve_tz(tz), dayfirst=dayfirst, published_at=published_at
    )


def note_from_shape(
    shape: NoteShape,
    text: str,
    *,
    tz: tzinfo | None,
    dayfirst: bool,
    published_at: datetime | None,
) -> Note:
    """Build the :class:`Note` for *shape*, reading its date."""
    at = None
    if shape.date_text:
        at = read_datetime(
            shape.date_text, tz=tz, dayfirst=dayfirst, default_year_from=published_at
        )
    return Note(kind=shape.kind, at=at, text=text)


# Page furniture. Whole lines only, compared lower-cased without trailing
# punctuation, and short: a sentence of the story never matches.
_FURNITURE_TEXT = """
    more|read more|see more|show more|load more|view more|advertisement|advertisements|ad
    |ads|sponsored|sponsored content|paid content|paid post|promoted|skip advertisement
    |skip ad|continue reading|continue reading below|keep reading|story continues below
    |story continues below advertisement|article continues below
    |article continues below advertisement|article continues after advertisement
    |content continues below|the story continues below|share|share this|share this article
    |share this story|share article|share story|share on facebook|share on twitter
    |share on x|share via email|share on linkedin|share on whatsapp|tweet|email|print
    |copy link|link copied|image|photo|video|audio|gallery|graphic|listen
    |listen to this article|listen to article|listen to this story|related|related articles
    |related stories|related content|related coverage|related links|recommended
    |recommended stories|recommended for you|most read|most popular|trending|trending now
    |you may also like|you might also like|more from|more stories|more on this story
    |comments|view comments|show comments|leave a comment|join the conversation|back to top
    |loading|close|menu|supported by|play|watch|enlarge this image|toggle caption
    |hide caption|caption|expand|newsletter|subscribe|sign up|log in|sign in
    |opens in new window|open in new window|what to read next|top stories|latest news
    |breaking news|editor's picks|editors' picks|skip to content|skip to main content
    |accessibility help|explore more|my account|account|logout|log out|sign out|register
    |log in or register|sign in or register|login|my profile|profile|settings
    |loading comments|load comments|please wait|please try again later
    |please enable javascript|javascript is disabled
"""
_FURNITURE_EXACT = frozenset(item.strip() for item in _FURNITURE_TEXT.split("|"))
_FURNITURE_PREFIX = re.compile(
    r"(?:read\smore|related|related\scoverage|related\sstories|see\salso|also\sread|read\salso"
    r"|more|watch|listen|recommended|most\sread|next\spage|previous\spage)\s?:"
    r"|(?:sign\sup|subscribe|register)\s(?:for|to|now|here|today|and)\b"
    r"|click\shere\b|tap\shere\b"
    # A widget's status line: "This feature is temporarily unavailable. Please ...".
    r"|this\s(?:feature|content|service|video)\sis\s(?:temporarily\s|currently\s)?unavailable\b"
    r"|follow\s(?:us|[\w.@-]{1,30}(?:\s[\w.@-]{1,30})?)\son\s"
    r"(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|mastodon|social)\b"
    r"|(?:download|get)\s(?:the|our)\s(?:[\w-]+\s){0,2}?app\b"
    r"|(?:©|copyright\s©?)"
    r"|(?:more\sabout|tags|topics|filed\sunder)\s?:"
    r"|pic\.twitter\.com/\w+\Z"
    r"|(?:this\s(?:article|story|piece)\s(?:is|was\spublished)\s|published\s)"
    r"more\sthan\s\w{1,8}\s(?:years?|months?|weeks?|days?)\s(?:old|ago)\b"
    r"|(?:photo|photograph|image|illustration|file\sphoto|video|picture)s?"
    r"\s?(?:by|credits?|courtesy(?:\sof)?|:)\s",
    re.IGNORECASE,
)
_CREDIT_END = re.compile(
    r"[/|]\s?(?:getty\simages|associated\spress|ap|ap\sphoto|afp|reuters|epa|epa-efe|shutterstock"
    r"|alamy|bloomberg|anadolu|sipa|xinhua|pool|nurphoto|zuma|imago|dpa|upi)"
    r"(?:\svia\sgetty\simages)?\)?\Z"
    r"|\bvia\sgetty\simages\)?\Z",
    re.IGNORECASE,
)
# "All rights reserved", and its Chinese forms ("版权所有", "未经授权，不得转载").
_RIGHTS = re.compile(r"all\srights\sreserved|版权所有|未经授权.{0,12}不得转载", re.IGNORECASE)
# The credit line under an embedded post: "— AGENCY (@agency) October 2, 2017".
_EMBED_CREDIT = re.compile(
    r"[—–-]\s?[^()\n]{1,60}\(@\w{1,30}\)\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}"
    r"|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})\Z"
)
# Publication stamps: "Published 2 November 2021", "Last updated 3 November
# 2021 — show all updates", "Posted", "Still current at: 12 April 2025",
# pieces joined by "/" or "|".
_STAMP_LABEL = re.compile(
    r"[\s/|,;·•]*(?:(?:first|originally|last)\s)?(?:published|posted|updated|modified"
    # Travel advice pages: "Still current at: 12 April 2025".
    r"|still\scurrent)"
    r"(?:\s(?:on|at))?[\s:]*",
    re.IGNORECASE,
)
_SHOW_ALL = ("show all updates", "hide all updates", "see all updates")
_SHOW_ALL_LEAD = " \t\xa0+-–—|"


def _stamp_line(line: str) -> bool:
    """Whether *line* is only publication stamps: labels, each with a date or none."""
    lowered = line.rstrip(" .").lower()
    show = next((t for t in _SHOW_ALL if lowered.endswith(t)), None)
    rest = line[: len(lowered) - len(show)].rstrip(_SHOW_ALL_LEAD) if show else line
    pos = 0
    # "Updated DATE" alone is an update note (see note_shape); it is a stamp
    # only beside a "Published" one, before "show all updates", or bare.
    stamp = show is not None
    while pos < len(rest):
        label = _STAMP_LABEL.match(rest, pos)
        if label is None or label.end() == pos:
            return False
        start, end, digit = _date_run(rest, label.end())
        if digit and start == label.end():
            pos = end
        elif label.end() == len(rest):
            pos = label.end()
            stamp = True
        else:
            return False
        stamp = stamp or "updated" not in label.group().lower()
    return stamp and pos > 0


_TRAILING = " \t.:!»›>→…|-–—"


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text.

    Conservative: the line must be short (at most 120 characters) and be
    entirely furniture: "more", "Read more", "Advertisement", "Skip
    advertisement", "Continue reading", "Share this article", "Image",
    "Related:", "Sign up for ...", "Subscribe to ...", "Click here ...",
    "Follow us on ...", "Download the app", copyright lines, age banners
    ("This article is more than 5 years old"), and photo credits
    ("Photo: ...", "Mohammed Al-Rifai/AFP via Getty Images") without a
    sentence in them.

    >>> is_boilerplate("Advertisement")
    True
    >>> is_boilerplate("Sign up for our morning newsletter")
    True
    >>> is_boilerplate("More than 200 people were evacuated.")
    False
    """
    if not isinstance(line, str):
        raise InvalidTypeError.for_field("line", line, "str")
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_BOILERPLATE_CHARS:
        return False
    bare = stripped.rstrip(_TRAILING).lstrip(" *_•·[(").rstrip(" *_])").lower()
    bare = bare.replace("’", "'")
    if bare in _FURNITURE_EXACT:
        return True
    if _FURNITURE_PREFIX.match(stripped.lstrip(" *_•·[(")):
        return True
    if _RIGHTS.search(stripped) and len(stripped) <= 80:
        return True
    if _stamp_line(stripped) or _EMBED_CREDIT.match(stripped):
        return True
    sentence_end = any(mark in stripped[:-1] for mark in (". ", "? ", "! "))
    return bool(_CREDIT_END.search(stripped)) and not sentence_end and len(stripped) <= 100
