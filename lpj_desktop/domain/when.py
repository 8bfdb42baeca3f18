"""Dates and times as Norwegians write and read them: one zone, one format, one parser.

Every time is shown in Norwegian time (Europe/Oslo), whatever zone the laptop's clock is set to,
and written as 15.03.2026 10:30 in both languages, so a visit reads the same on every screen, in
every export and on every laptop. The parser takes what people type (15.3, 15.03.26,
15.03.2026 10:30, i dag, i går, fredag, kl. 10) and either understands it exactly or refuses it
with a reason: it never rolls 31.02 over into March or 25:99 into the next day.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    OSLO: tzinfo = ZoneInfo("Europe/Oslo")
except ZoneInfoNotFoundError:  # tzdata is a dependency; a broken install still shows times
    logging.getLogger(__name__).warning("no time-zone data for Europe/Oslo: showing UTC")
    OSLO = UTC

DATE_FORMAT = "%d.%m.%Y"
DATETIME_FORMAT = "%d.%m.%Y %H:%M"


def local(value: datetime) -> datetime:
    """`value` in Norwegian time (a naive value is taken as UTC, as the store keeps it)."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(OSLO)


def today() -> date:
    """Today's date in Norway."""
    return datetime.now(OSLO).date()


def fmt_date(value: date | datetime | None) -> str:
    """15.03.2026; a datetime gives its Norwegian day. Empty for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return value.strftime(DATE_FORMAT)


def fmt_datetime(value: datetime | None) -> str:
    """15.03.2026 10:30 in Norwegian time. Empty for None."""
    return "" if value is None else local(value).strftime(DATETIME_FORMAT)


def fmt_time(value: datetime) -> str:
    """10:30 in Norwegian time."""
    return local(value).strftime("%H:%M")


def file_stamp(value: datetime | None = None) -> str:
    """2026-12-05 11.30.12 in Norwegian time (now by default): for names of files the app makes,
    sorting as they were made and valid on every file system (no colons)."""
    return local(value or datetime.now(UTC)).strftime("%Y-%m-%d %H.%M.%S")


class DateInputError(ValueError):
    """What was typed is no date or time; `key` names the reason, `params` fill its sentence."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


# Words for days, lower case, with and without their space and ring.
_DAY_WORDS = {
    "i dag": 0, "idag": 0, "today": 0,
    "i går": -1, "igår": -1, "i gar": -1, "igar": -1, "yesterday": -1,
    "i forgårs": -2, "i forgars": -2,
    "i morgen": 1, "imorgen": 1, "tomorrow": 1,
}
# Day names, with the short forms a calendar shows (man, tir., ons …), Monday first; the English
# names too, as "today" and "yesterday" are, for those who run the app in English.
_WEEKDAY_WORDS = {
    name: index
    for index, names in enumerate((
        ("mandag", "man", "monday"), ("tirsdag", "tir", "tirs", "tuesday"), ("onsdag", "ons", "wednesday"),
        ("torsdag", "tor", "tors", "thursday"), ("fredag", "fre", "friday"),
        ("lørdag", "lør", "lordag", "lor", "saturday"), ("søndag", "søn", "sondag", "son", "sunday"),
    ))
    for name in names
}
# "forrige fredag" is the one before today, "neste"/"på fredag" the one after, whatever the field.
_BACK_WORDS = ("forrige", "sist", "siste", "last")
_AHEAD_WORDS = ("neste", "kommende", "på", "pa", "next", "on")
_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?$")


def parse_date(text: str, *, on: date | None = None, ahead: bool = False) -> date:
    """The date in `text`: 15.3, 15.3., 15.03.26, 15.03.2026, 2026-03-15, i dag, i går, i morgen,
    fredag, forrige fredag, neste fredag.

    A date without a year is in the year of `on` (today in Norway). A bare day name is the last
    such day up to today (what happened: a visit, a filter), or with `ahead` the next one after
    today (what is to come: a follow-up). Raises DateInputError.
    """
    on = on or today()
    words = " ".join(text.strip().lower().split())
    if not words:
        raise DateInputError("date_missing")
    if words in _DAY_WORDS:
        return on + timedelta(days=_DAY_WORDS[words])
    named = _weekday(words, on, ahead)
    if named is not None:
        return named
    iso = _ISO.match(words)
    if iso:
        return _make_date(int(iso.group(3)), int(iso.group(2)), int(iso.group(1)), text)
    m = _DATE.match(words)
    if not m:
        raise DateInputError("date_unreadable", text=text.strip())
    day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
    if year_text is None:
        year = on.year
    elif len(year_text) == 2:
        year = 2000 + int(year_text)
    else:
        year = int(year_text)
    return _make_date(day, month, year, text)


def _weekday(words: str, on: date, ahead: bool) -> date | None:
    """The date a day name means (None when `words` is no day name)."""
    head, _, name = words.rpartition(" ")
    name = name.rstrip(".")
    if name not in _WEEKDAY_WORDS or head not in ("", *_BACK_WORDS, *_AHEAD_WORDS):
        return None
    if head in _AHEAD_WORDS or (not head and ahead):
        return on + timedelta(days=(_WEEKDAY_WORDS[name] - on.weekday() - 1) % 7 + 1)
    back = (on.weekday() - _WEEKDAY_WORDS[name]) % 7
    return on - timedelta(days=back or (7 if head else 0))


def _make_date(day: int, month: int, year: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise DateInputError("month_invalid", text=text.strip(), month=month)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError("day_invalid", text=text.strip(), day=day, month=month, year=year) from None


def parse_time(text: str) -> time:
    """The time in `text`: 10, 10:30, 10.30, kl. 10, kl 10.30. Raises DateInputError."""
    words = " ".join(text.strip().lower().split())
    m = _TIME.match(words)
    if not m:
        raise DateInputError("time_unreadable", text=text.strip())
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        raise DateInputError("time_invalid", text=text.strip())
    return time(hour, minute)


@dataclass(frozen=True, slots=True)
class ParsedWhen:
    """A date and time understood from typing; `time_given` is False when the time was filled in."""

    value: datetime  # aware, Norwegian time
    time_given: bool


def parse_datetime(text: str, *, now: datetime | None = None,
                   default_time: time | None = None, ahead: bool = False) -> ParsedWhen:
    """A date with an optional time: "15.03.2026 10:30", "15.3 kl. 10", "i går kl 14", "kl. 10"
    (today), "10:30" (today), "fredag 10" (as parse_date reads a day name, `ahead` too).
    Without a time: `default_time`, or the time now for today and 12:00 for another day. Raises
    DateInputError; never rolls an impossible value over.
    """
    now = local(now or datetime.now(UTC))
    words = " ".join(text.strip().lower().split())
    if not words:
        raise DateInputError("date_missing")
    date_part, time_part = _split(words)
    try:
        day = parse_date(date_part, on=now.date(), ahead=ahead) if date_part else now.date()
    except DateInputError as e:
        if "text" in e.params:
            e.params["text"] = text.strip()  # as typed, capitals and all (the parts are lower-cased)
        raise
    if time_part:
        try:
            at, given = parse_time(time_part), True
        except DateInputError as e:
            if not date_part and _DATE.match(words):
                # "32.13" alone: no time (hour 32) and no date (month 13); saying only "no time"
                # leaves someone who meant a date wondering.
                raise DateInputError("neither_date_nor_time", text=text.strip()) from e
            raise
    elif default_time is not None:
        at, given = default_time, False
    else:
        at, given = (time(now.hour, now.minute) if day == now.date() else time(12, 0)), False
    return ParsedWhen(datetime.combine(day, at, tzinfo=OSLO), given)


def _looks_like_a_date(words: str) -> bool:
    m = _DATE.match(words)
    return m is not None and (m.group(3) is not None or int(m.group(2)) <= 12)


def _split(words: str) -> tuple[str, str]:
    """(date part, time part) of lower-cased, single-spaced text."""
    if " kl" in f" {words}":
        head, _, tail = f" {words}".partition(" kl")
        return head.strip(), "kl" + tail
    if _TIME.match(words) and not _looks_like_a_date(words):
        return "", words  # "10:30", "10.45" or "14": a time today (a bare "15.3" stays a date)
    for word in sorted(_DAY_WORDS, key=len, reverse=True):
        if words.startswith(word + " "):
            return word, words[len(word):].strip()
    head, _, tail = words.rpartition(" ")
    if head and _TIME.match(tail):
        return head, tail
    return words, ""
