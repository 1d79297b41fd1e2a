"""Time zones and the dates printed in update and correction notes.

Newsrooms print times in many shapes ("12/06/24, 10:35 PM", "Dec. 8, 2024,
9:14 a.m. EST", "3:15 p.m. ET on Dec. 6", "7 December 2024"). This module
reads them with :mod:`dateutil.parser` (never fuzzy: the caller hands over the
date substring) and makes the result deterministic:

- **Zones.** Abbreviations are mapped to IANA regions, not fixed offsets, so
  daylight saving time follows the date: "ET", "EST" and "EDT" all mean
  ``America/New_York`` (newsrooms write "EST" all year), so "ET" in December is
  ``-05:00`` and in July ``-04:00``. The same holds for the other pairs (see
  :data:`ZONE_ABBREVIATIONS`). "UTC+3" and "GMT-5" mean three hours ahead of and
  five behind UTC (not dateutil's POSIX reading, which inverts the sign).
  An unknown abbreviation after a time ("3 p.m. XYZ") is ignored and the
  time read as zone-less; anywhere else it makes the date unreadable.
- **Zone-less times** are read in the caller's ``tz`` when given, else left naive.
- **Two-digit years** take the century that puts the year nearest the
  reference year (the year of ``published_at``) when there is one, else the
  POSIX rule (69-99 -> 1900s, 00-68 -> 2000s). Never the current clock.
- **A missing year** is taken from the reference date: its year, or the next
  one when that would put the date more than 31 days before the reference
  (notes follow publication; "Jan. 2" on a story of Dec. 30 is the new year).
  Without a reference the date is unreadable (``None``): guessing the current
  year would make parsing depend on when it runs.
- **A missing date** (a time only, "3:15 p.m. ET") takes the reference's
  calendar date; without a reference it is unreadable. **A missing day**
  ("December 2024") is unreadable. **A missing time** is midnight.
- **Day first** (``dayfirst``) decides only ambiguous dates ("07/12/24"). A date
  that opens with a four-digit year ("2021-11-03", "2021/11/03", "20211103") is
  year-month-day in every convention; ISO 8601 times, which pages give in
  ``<time datetime>`` and JSON-LD, are read by the standard library.
- Impossible dates ("13/45/24", "Feb. 30") are unreadable: ``None``, never an
  exception.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import parser as du_parser

from newsdiff._base._caches import bounded
from newsdiff.exceptions import InvalidTypeError, UnknownTimezoneError

__all__ = ["ZONE_ABBREVIATIONS", "known_zone", "read_datetime", "resolve_tz"]

#: Zone abbreviations newsrooms print, mapped to the IANA zone they stand for.
#: Standard and daylight spellings map to the same region, so the offset is
#: the one in force on the date (newsrooms mislabel "EST" in summer).
#: Ambiguous ones take the reading most common in English-language news:
#: "IST" is India, "AST" is Atlantic, "CST" is US Central.
ZONE_ABBREVIATIONS: Final[dict[str, str]] = {
    **dict.fromkeys(("ET", "EST", "EDT", "EASTERN"), "America/New_York"),
    **dict.fromkeys(("CT", "CST", "CDT", "CENTRAL"), "America/Chicago"),
    **dict.fromkeys(("MT", "MST", "MDT", "MOUNTAIN"), "America/Denver"),
    **dict.fromkeys(("PT", "PST", "PDT", "PACIFIC"), "America/Los_Angeles"),
    **dict.fromkeys(("AKT", "AKST", "AKDT"), "America/Anchorage"),
    **dict.fromkeys(("HT", "HST", "HDT"), "Pacific/Honolulu"),
    # Not "AT": it is the word "at" in capitals ("UPDATED AT 3 PM").
    **dict.fromkeys(("AST", "ADT"), "America/Halifax"),
    **dict.fromkeys(("NT", "NST", "NDT"), "America/St_Johns"),
    **dict.fromkeys(("UTC", "GMT", "UT", "Z"), "UTC"),
    **dict.fromkeys(("BST",), "Europe/London"),
    **dict.fromkeys(("IST",), "Asia/Kolkata"),
    **dict.fromkeys(("WET", "WEST"), "Europe/Lisbon"),
    **dict.fromkeys(("CET", "CEST", "MEZ", "MESZ"), "Europe/Berlin"),
    **dict.fromkeys(("EET", "EEST"), "Europe/Athens"),
    **dict.fromkeys(("MSK",), "Europe/Moscow"),
    **dict.fromkeys(("WAT",), "Africa/Lagos"),
    **dict.fromkeys(("CAT",), "Africa/Maputo"),
    **dict.fromkeys(("EAT",), "Africa/Nairobi"),
    **dict.fromkeys(("SAST",), "Africa/Johannesburg"),
    **dict.fromkeys(("PKT",), "Asia/Karachi"),
    **dict.fromkeys(("ICT",), "Asia/Bangkok"),
    **dict.fromkeys(("WIB",), "Asia/Jakarta"),
    **dict.fromkeys(("SGT",), "Asia/Singapore"),
    **dict.fromkeys(("HKT",), "Asia/Hong_Kong"),
    **dict.fromkeys(("PHT",), "Asia/Manila"),
    **dict.fromkeys(("JST",), "Asia/Tokyo"),
    **dict.fromkeys(("KST",), "Asia/Seoul"),
    **dict.fromkeys(("AWST",), "Australia/Perth"),
    **dict.fromkeys(("ACST", "ACDT"), "Australia/Adelaide"),
    **dict.fromkeys(("AET", "AEST", "AEDT"), "Australia/Sydney"),
    **dict.fromkeys(("NZT", "NZST", "NZDT"), "Pacific/Auckland"),
}

_MAX_DATE_CHARS = 200
_LATE_SLACK = timedelta(days=31)
_DEFAULT_A = datetime(2000, 1, 1)  # a fill-in value, never a time
_DEFAULT_B = datetime(2004, 2, 2)  # both leap years: "Feb. 29" reads

_AMPM = re.compile(r"\b([aApP])\.?\s?[mM]\b\.?")
_FILLER = re.compile(r"\b(?:on|at|of|the)\b", re.IGNORECASE)
_NOON = re.compile(r"\bnoon\b", re.IGNORECASE)
_MIDNIGHT = re.compile(r"\bmidnight\b", re.IGNORECASE)
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s?([+\-−])\s?(\d{1,2})(?::?(\d{2}))?\b")
_WORD = re.compile(r"\b[A-Za-z]{1,7}\b")
_SPACES = re.compile(r"\s+")
# Old BBC stamps give the time twice: "10:12 GMT 11:12 UK"; the second is UK
# local time (the "UK" may be cut off), which the GMT time already states.
_DUAL_CLOCK = re.compile(r"(\d{1,2}[:.]\d{2}\s?(?:GMT|UTC))[\s,]+\d{1,2}[:.]\d{2}(?:\s?UK\b|\s*\Z)")
# "Z" is a zone only inside an ISO timestamp, where dateutil reads it itself.
_ISO_ONLY = frozenset({"Z"})


def resolve_tz(tz: str | tzinfo | None) -> tzinfo | None:
    """Turn an IANA zone name (or a tzinfo, or ``None``) into a tzinfo.

    Names are IANA keys ("America/New_York", "UTC"); the abbreviations in
    :data:`ZONE_ABBREVIATIONS` ("ET", "CET") are accepted too and mean their
    region. A tzinfo is returned as is.

    >>> resolve_tz("America/New_York")
    zoneinfo.ZoneInfo(key='America/New_York')
    >>> resolve_tz("ET")
    zoneinfo.ZoneInfo(key='America/New_York')
    >>> resolve_tz(None) is None
    True

    Raises:
        UnknownTimezoneError: *tz* names no zone (``field="tz"``).
        InvalidTypeError: *tz* is neither a string, a tzinfo nor ``None``.
    """
    if tz is None or isinstance(tz, tzinfo):
        return tz
    if not isinstance(tz, str):
        raise InvalidTypeError.for_field("tz", tz, "an IANA zone name (str), a tzinfo, or None")
    alias = ZONE_ABBREVIATIONS.get(tz.strip().upper())
    if alias is not None:
        return _zone(alias)
    try:
        return _zone(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as err:
        # ZoneInfo raises ValueError for malformed keys ("../x", "") and
        # OSError subclasses for directories in the zone database.
        raise UnknownTimezoneError(
            f"tz: unknown time zone {tz!r} (expected an IANA name such as 'America/New_York')",
            field="tz",
            value=tz,
        ) from err


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@functools.lru_cache(maxsize=256)
def _zone(key: str) -> ZoneInfo:
    # A key is checked against the zone database's own list before it is
    # looked up: ZoneInfo would otherwise try to import a module named after
    # any dotted or slashed string found in the data ("Mars/Base").
    if key not in _known_zones():
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
    return ZoneInfo(key)


def known_zone(key: str) -> ZoneInfo | None:
    """The IANA zone named *key*, or ``None`` when the zone database has no such name."""
    try:
        return _zone(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


class _Info(du_parser.parserinfo):
    """dateutil's parser vocabulary with a deterministic two-digit-year rule."""

    def __init__(self, pivot: int | None) -> None:
        super().__init__()
        self._pivot = pivot

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year >= 100 or century_specified:
            return year
        if self._pivot is None:
            return year + (1900 if year >= 69 else 2000)
        pivot = self._pivot
        century = pivot // 100 * 100
        candidates = (century - 100 + year, century + year, century + 100 + year)
        return min(candidates, key=lambda y: abs(y - pivot))


@functools.lru_cache(maxsize=64)
def _parser(pivot: int | None) -> du_parser.parser:
    return du_parser.parser(_Info(pivot))


def _offset_zone(match: re.Match[str]) -> tzinfo:
    sign = -1 if match.group(1) in "-−" else 1
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    return timezone(sign * timedelta(minutes=minutes))


def _explicit_zone(match: str, offset: int | None) -> tzinfo | None:
    """``tzinfos`` callback for zones dateutil finds itself (ISO offsets, "Z")."""
    if offset is not None:
        return timezone(timedelta(seconds=offset)) if offset else _zone("UTC")
    key = ZONE_ABBREVIATIONS.get(match.upper()) if match else None
    return _zone(key) if key else None


def _prepare(text: str) -> tuple[str, tzinfo | None]:
    """Normalise spellings dateutil misreads and take the zone out of *text*."""
    zone: tzinfo | None = None
    text = _DUAL_CLOCK.sub(r"\1", text)
    offset = _OFFSET.search(text)
    if offset is not None:
        zone = _offset_zone(offset)
        text = text[: offset.start()] + " " + text[offset.end() :]
    pieces: list[str] = []
    last = 0
    for word in _WORD.finditer(text):
        token = word.group()
        key = ZONE_ABBREVIATIONS.get(token) if token.isupper() else None
        if key is not None and token not in _ISO_ONLY:
            if zone is None:
                zone = _zone(key)
            pieces.append(text[last : word.start()])
            last = word.end()
    pieces.append(text[last:])
    text = " ".join(pieces)
    text = _NOON.sub("12:00 PM", text)
    text = _MIDNIGHT.sub("12:00 AM", text)
    text = _AMPM.sub(lambda m: " " + m.group(1).upper() + "M ", text)
    text = _FILLER.sub(" ", text)
    text = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    return _SPACES.sub(" ", text).strip(" ,;-–—"), zone


def _naive(at: datetime) -> datetime:
    return at.replace(tzinfo=None)


def read_datetime(
    text: str,
    *,
    tz: tzinfo | None = None,
    dayfirst: bool = False,
    default_year_from: datetime | None = None,
) -> datetime | None:
    """Read the date and time in *text* (a date substring), or ``None``.

    *text* holds only the date ("Dec. 8, 2024, 9:14 a.m. EST"), as cut out of
    a note by :func:`newsdiff._reading._notes.match_note`; it is not searched for one.
    *tz* is the zone for zone-less times (a tzinfo: see :func:`resolve_tz`);
    *dayfirst* reads "07/12/24" as 7 December; *default_year_from* (usually
    ``published_at``) supplies a missing year, a missing date, and the
    century of two-digit years. The rules are in the module docstring.

    >>> read_datetime("12/06/24, 10:35 PM")
    datetime.datetime(2024, 12, 6, 22, 35)
    >>> read_datetime("July 4, 2024, 9 a.m. ET").isoformat()
    '2024-07-04T09:00:00-04:00'
    >>> read_datetime("07/12/24", dayfirst=True)
    datetime.datetime(2024, 12, 7, 0, 0)
    >>> read_datetime("Dec. 6") is None  # no year, and nothing to take one from
    True
    >>> read_datetime("Dec. 6", default_year_from=datetime(2024, 12, 5))
    datetime.datetime(2024, 12, 6, 0, 0)
    >>> read_datetime("13/45/24") is None
    True
    """
    given: object = text
    if not isinstance(given, str):
        raise InvalidTypeError.for_field("text", given, "str")
    if len(text) > _MAX_DATE_CHARS:
        return None
    cleaned, zone = _prepare(text)
    if not cleaned or not any(ch.isdigit() for ch in cleaned):
        return None
    pivot = default_year_from.year if default_year_from is not None else None
    parsed = _parse_twice(cleaned, dayfirst=dayfirst, pivot=pivot)
    if parsed is None:
        return None
    first, second = parsed
    aware_zone = first.tzinfo
    try:
        result = _complete(first, second, default_year_from, zone or aware_zone or tz)
    except (ValueError, OverflowError):
        return None
    if result is None:
        return None
    if result.tzinfo is None:
        chosen = zone or aware_zone or tz
        if chosen is not None:
            result = result.replace(tzinfo=chosen)
    return result


# A whole ISO 8601 date, or date and time with an optional offset.
_ISO = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?"
)
# A date that opens with a four-digit year ("2021/11/03") is year-month-day in
# every convention; dateutil would swap its month and day under dayfirst.
_YEAR_FIRST = re.compile(r"\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\d{4})\b")


# Every capture of an article repeats its notes' dates; dateutil's parser is
# the costly part of reading one. Results are immutable, so they are shared.
@bounded(256)
def _parse_twice(
    cleaned: str, *, dayfirst: bool, pivot: int | None
) -> tuple[datetime, datetime] | None:
    """Parse *cleaned* against two different defaults, to see which parts it gave."""
    if _ISO.fullmatch(cleaned):
        # Pages give machine times (<time datetime>, JSON-LD) in ISO 8601, which
        # the standard library reads about thirty times faster than dateutil's
        # two parses (1.7 µs against 53 µs here); the zone is the one dateutil's
        # path gives (see _explicit_zone).
        try:
            at = datetime.fromisoformat(cleaned)
        except ValueError:
            pass
        else:
            offset = at.utcoffset()
            if offset is not None:
                at = at.replace(tzinfo=_explicit_zone("", int(offset.total_seconds())))
            return at, at
    year_first = _YEAR_FIRST.match(cleaned) is not None
    return _dateutil_twice(cleaned, dayfirst=dayfirst and not year_first, pivot=pivot)


def _dateutil_twice(
    cleaned: str, *, dayfirst: bool, pivot: int | None
) -> tuple[datetime, datetime] | None:
    parse = _parser(pivot).parse
    try:
        first = parse(
            cleaned, default=_DEFAULT_A, dayfirst=dayfirst, fuzzy=False, tzinfos=_explicit_zone
        )
        second = parse(
            cleaned, default=_DEFAULT_B, dayfirst=dayfirst, fuzzy=False, tzinfos=_explicit_zone
        )
    except (ValueError, OverflowError, TypeError):
        # dateutil's ParserError is a ValueError; huge numbers overflow.
        return None
    return first, second


def _complete(
    first: datetime, second: datetime, reference: datetime | None, zone: tzinfo | None
) -> datetime | None:
    """Fill the parts the text left out from *reference*, or give up."""
    has_day = first.day == second.day
    has_month = first.month == second.month
    has_year = first.year == second.year
    if has_year and has_month and has_day:
        return first
    if reference is None:
        return None
    if zone is not None and reference.tzinfo is not None:
        reference = reference.astimezone(zone)
    if not has_day and not has_month and not has_year:
        # A time alone: it belongs to the day the story was published.
        return first.replace(year=reference.year, month=reference.month, day=reference.day)
    if not (has_day and has_month):
        return None
    candidate = first.replace(year=reference.year)
    if _naive(candidate) < _naive(reference) - _LATE_SLACK:
        candidate = first.replace(year=reference.year + 1)
    return candidate
