"""Tests for newsdiff._base._dates: zone resolution and reading note dates."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff._base._dates import ZONE_ABBREVIATIONS, _dateutil_twice, read_datetime, resolve_tz
from newsdiff.exceptions import InvalidTypeError, UnknownTimezoneError

NY = ZoneInfo("America/New_York")


def test_resolve_tz_accepts_names_tzinfos_and_none():
    """IANA names become ZoneInfo; a tzinfo is returned unchanged; None stays None."""
    assert resolve_tz("America/New_York") == NY
    assert resolve_tz(UTC) is UTC
    fixed = timezone(timedelta(hours=3))
    assert resolve_tz(fixed) is fixed
    assert resolve_tz(None) is None


@pytest.mark.parametrize(("abbr", "key"), [("ET", "America/New_York"), ("cet", "Europe/Berlin")])
def test_resolve_tz_accepts_abbreviations(abbr: str, key: str):
    """A newsroom abbreviation given as tz means its IANA region."""
    zone = resolve_tz(abbr)
    assert isinstance(zone, ZoneInfo)
    assert zone.key == key


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "America", "Nowhere\x00"])
def test_resolve_tz_rejects_unknown_zones_naming_them(name: str):
    """An unknown zone raises UnknownTimezoneError with field 'tz' and the name as value."""
    with pytest.raises(UnknownTimezoneError) as info:
        resolve_tz(name)
    assert info.value.field == "tz"
    assert info.value.value == name
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [5, b"UTC", 1.5, ["UTC"]])
def test_resolve_tz_rejects_wrong_types(value: object):
    """A tz that is neither str, tzinfo nor None raises InvalidTypeError naming the type."""
    with pytest.raises(InvalidTypeError, match=type(value).__name__):
        resolve_tz(value)  # type: ignore[arg-type]


def test_every_abbreviation_maps_to_a_real_zone():
    """Each entry of the abbreviation table names a zone the tz database has."""
    for key in set(ZONE_ABBREVIATIONS.values()):
        assert ZoneInfo(key).key == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/06/24, 10:35 PM", datetime(2024, 12, 6, 22, 35)),
        ("Dec. 8, 2024, 9:14 a.m.", datetime(2024, 12, 8, 9, 14)),
        ("Dec 8 2024 9:14 am", datetime(2024, 12, 8, 9, 14)),
        ("December 8, 2024, 9:14 A.M.", datetime(2024, 12, 8, 9, 14)),
        ("Dec. 8, 2024, 9:14 a.m", datetime(2024, 12, 8, 9, 14)),
        ("Dec. 8, 2024 at 9:14 p.m", datetime(2024, 12, 8, 21, 14)),
        ("7 December 2024", datetime(2024, 12, 7)),
        ("Sept. 3, 2024", datetime(2024, 9, 3)),
        ("Friday, Dec. 6, 2024, noon", datetime(2024, 12, 6, 12)),
        ("Dec. 6, 2024, midnight", datetime(2024, 12, 6, 0)),
        ("2024-12-06 22:35", datetime(2024, 12, 6, 22, 35)),
    ],
)
def test_read_datetime_spellings(text: str, expected: datetime):
    """Common newsroom spellings of dates and times read to the right naive datetime."""
    assert read_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Dec. 6, 2024, 3:15 p.m. ET", "-05:00"),
        ("July 4, 2024, 3:15 p.m. ET", "-04:00"),
        ("July 4, 2024, 3:15 p.m. EST", "-04:00"),
        ("Jan. 4, 2024, 3:15 p.m. EDT", "-05:00"),
        ("July 4, 2024, 3:15 p.m. PT", "-07:00"),
        ("Dec. 6, 2024, 3:15 p.m. CT", "-06:00"),
        ("July 4, 2024, 3:15 p.m. BST", "+01:00"),
        ("July 4, 2024, 15:15 CEST", "+02:00"),
        ("Dec. 6, 2024, 15:15 GMT", "+00:00"),
    ],
)
def test_zone_abbreviations_follow_daylight_saving(text: str, offset: str):
    """Abbreviations map to IANA regions, so the offset is the one in force on the date."""
    at = read_datetime(text)
    assert at is not None
    assert isinstance(at.tzinfo, ZoneInfo)
    assert at.isoformat().endswith(offset)


@pytest.mark.parametrize(
    ("text", "offset"),
    [("Dec. 6, 2024, 3 p.m. UTC+3", "+03:00"), ("Dec. 6, 2024, 3 p.m. GMT-5", "-05:00")],
)
def test_utc_offsets_keep_their_sign(text: str, offset: str):
    """'UTC+3' means three hours ahead of UTC, not dateutil's inverted POSIX reading."""
    at = read_datetime(text)
    assert at is not None
    assert at.isoformat().endswith(offset)


def test_iso_offsets_are_kept():
    """An ISO timestamp with an offset keeps that offset even when tz is given."""
    at = read_datetime("2024-12-06T22:35:00+01:00", tz=NY)
    assert at is not None
    assert at.isoformat() == "2024-12-06T22:35:00+01:00"


def test_zoneless_times_take_tz_else_stay_naive():
    """A time without a zone is read in tz when given, else returned naive."""
    naive = read_datetime("12/06/24, 10:35 PM")
    assert naive is not None
    assert naive.tzinfo is None
    aware = read_datetime("12/06/24, 10:35 PM", tz=NY)
    assert aware is not None
    assert aware.tzinfo is NY
    assert aware.isoformat() == "2024-12-06T22:35:00-05:00"


def test_explicit_zone_beats_tz():
    """A zone printed in the text wins over the caller's tz."""
    at = read_datetime("Dec. 6, 2024, 3 p.m. PT", tz=NY)
    assert at is not None
    assert at.tzinfo == ZoneInfo("America/Los_Angeles")


def test_dayfirst():
    """dayfirst=True reads '07/12/24' as 7 December; the default reads 12 July."""
    assert read_datetime("07/12/24") == datetime(2024, 7, 12)
    assert read_datetime("07/12/24", dayfirst=True) == datetime(2024, 12, 7)


@pytest.mark.parametrize("dayfirst", [False, True])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-11-03", "2021-11-03T00:00:00"),
        ("2021-11-03T15:29:00.000+00:00", "2021-11-03T15:29:00+00:00"),
        ("2021-03-04 10:00", "2021-03-04T10:00:00"),
        ("2021-03-04T10:00:00Z", "2021-03-04T10:00:00+00:00"),
        ("2021-11-03T15:29:00+0000", "2021-11-03T15:29:00+00:00"),
        ("2021/11/03 15:29", "2021-11-03T15:29:00"),
        ("20211103", "2021-11-03T00:00:00"),
    ],
)
def test_iso_dates_are_year_month_day_whatever_dayfirst(text: str, expected: str, dayfirst: bool):
    """ISO 8601 is always year-month-day: dayfirst (for "07/12/24") does not swap it."""
    at = read_datetime(text, dayfirst=dayfirst)
    assert at is not None
    assert at.isoformat() == expected


@given(
    st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31)),
    st.sampled_from(["", "Z", "+00:00", "+01:00", "-05:30", "+14:00", "+0000", "-0530", "+01"]),
    st.sampled_from(["T", " "]),
    st.integers(0, 2),
)
def test_iso_times_read_as_dateutil_reads_them(
    at: datetime, zone: str, sep: str, precision: int
) -> None:
    """The ISO fast path gives what dateutil gives (month first): same instant, zone, offset."""
    text = at.isoformat(sep=sep, timespec=("minutes", "seconds", "microseconds")[precision])
    text += zone
    fast = read_datetime(text)
    slow = _dateutil_twice(text, dayfirst=False, pivot=None)
    assert slow is not None
    assert fast == slow[0]
    assert fast is not None
    assert fast.isoformat() == slow[0].isoformat()
    assert type(fast.tzinfo) is type(slow[0].tzinfo)


@pytest.mark.parametrize(
    ("text", "reference", "year"),
    [
        ("12/06/24", None, 2024),
        ("12/06/68", None, 2068),
        ("12/06/69", None, 1969),
        ("12/06/99", datetime(2001, 1, 1), 1999),
        ("12/06/70", datetime(2024, 1, 1), 2070),
        ("12/06/24", datetime(1990, 1, 1), 2024),
        ("12/06/95", datetime(1990, 1, 1), 1995),
    ],
)
def test_two_digit_years_are_deterministic(text: str, reference: datetime | None, year: int):
    """Two-digit years use the century nearest the reference year, else the POSIX pivot."""
    at = read_datetime(text, default_year_from=reference)
    assert at is not None
    assert at.year == year


def test_missing_year_comes_from_reference():
    """A date without a year takes the year of default_year_from."""
    at = read_datetime("Dec. 7, 10 a.m.", default_year_from=datetime(2024, 12, 6, 9))
    assert at == datetime(2024, 12, 7, 10)


def test_missing_year_rolls_into_next_year():
    """A yearless date well before the reference belongs to the following year."""
    at = read_datetime("Jan. 2", default_year_from=datetime(2024, 12, 30))
    assert at == datetime(2025, 1, 2)


def test_missing_year_without_reference_is_unknown():
    """Without a reference a yearless date is None, never the current year."""
    assert read_datetime("Dec. 7, 10 a.m.") is None


def test_time_alone_takes_reference_date():
    """A bare time ('3:15 p.m. ET') belongs to the reference's calendar day, in its zone."""
    published = datetime(2024, 12, 6, 23, 0, tzinfo=UTC)  # 6 p.m. in New York
    at = read_datetime("3:15 p.m. ET", default_year_from=published)
    assert at is not None
    assert at.isoformat() == "2024-12-06T15:15:00-05:00"
    assert read_datetime("3:15 p.m. ET") is None


@pytest.mark.parametrize(
    "text",
    ["13/45/24", "Feb. 30, 2024", "December 2024", "2024", "yesterday", "", "99:99 PM", "1" * 300],
)
def test_unreadable_dates_are_none(text: str):
    """Impossible, partial or non-dates give None, never an exception."""
    assert read_datetime(text, default_year_from=datetime(2024, 12, 6)) is None


def test_leap_day_without_year():
    """'Feb. 29' without a year reads only when the reference year has one."""
    assert read_datetime("Feb. 29", default_year_from=datetime(2024, 2, 1)) == datetime(2024, 2, 29)
    assert read_datetime("Feb. 29", default_year_from=datetime(2025, 2, 1)) is None


def test_read_datetime_rejects_non_text():
    """A non-string date substring raises InvalidTypeError."""
    with pytest.raises(InvalidTypeError):
        read_datetime(20241206)  # type: ignore[arg-type]


def test_unknown_abbreviation_after_a_time_is_ignored():
    """An unknown zone after a time is read as zone-less (in tz), without a warning."""
    at = read_datetime("Dec. 6, 2024, 3 p.m. XYZ", tz=NY)
    assert at is not None
    assert at.isoformat() == "2024-12-06T15:00:00-05:00"
