"""Dates and times as typed: understood exactly, or refused with a reason; shown in Norwegian time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from lpj_desktop.domain.when import (
    OSLO,
    DateInputError,
    fmt_date,
    fmt_datetime,
    parse_date,
    parse_datetime,
    parse_time,
)

ON = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, 9, 41, tzinfo=UTC)  # 10:41 in Oslo


@pytest.mark.parametrize(("text", "expected"), [
    ("15.3", date(2026, 3, 15)), ("15.3.", date(2026, 3, 15)), ("15.03.26", date(2026, 3, 15)),
    ("15.03.2026", date(2026, 3, 15)), ("2026-03-15", date(2026, 3, 15)), ("1/2", date(2026, 2, 1)),
    ("i dag", ON), ("I DAG", ON), ("idag", ON), ("i går", date(2026, 12, 3)), ("igår", date(2026, 12, 3)),
    ("i morgen", date(2026, 12, 5)), ("  29.2.2028 ", date(2028, 2, 29)),
])
def test_dates_people_type(text: str, expected: date) -> None:
    assert parse_date(text, on=ON) == expected


@pytest.mark.parametrize(("text", "key"), [
    ("31.02.2026", "day_invalid"), ("29.2.2026", "day_invalid"), ("15.13.2026", "month_invalid"),
    ("0.1.2026", "day_invalid"), ("mandagen", "date_unreadable"), ("neste uke", "date_unreadable"),
    ("", "date_missing"),
    ("15.03.2026x", "date_unreadable"),
])
def test_impossible_dates_are_refused_not_rolled_over(text: str, key: str) -> None:
    with pytest.raises(DateInputError) as e:
        parse_date(text, on=ON)
    assert e.value.key == key


# ON, 4 December 2026, is a Friday.
@pytest.mark.parametrize(("text", "ahead", "expected"), [
    ("fredag", False, ON), ("Fredag", True, date(2026, 12, 11)), ("torsdag", False, date(2026, 12, 3)),
    ("tors", False, date(2026, 12, 3)), ("lør.", False, date(2026, 11, 28)),
    ("mandag", True, date(2026, 12, 7)), ("mandag", False, date(2026, 11, 30)),
    ("forrige fredag", False, date(2026, 11, 27)), ("forrige fredag", True, date(2026, 11, 27)),
    ("neste fredag", False, date(2026, 12, 11)), ("på tirsdag", False, date(2026, 12, 8)),
    ("søndag", False, date(2026, 11, 29)), ("sondag", True, date(2026, 12, 6)),
    ("last Friday", True, date(2026, 11, 27)), ("tuesday", True, date(2026, 12, 8)),
])
def test_day_names_back_for_what_happened_ahead_for_what_is_to_come(
        text: str, ahead: bool, expected: date) -> None:
    assert parse_date(text, on=ON, ahead=ahead) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("10", time(10)), ("10:30", time(10, 30)), ("10.30", time(10, 30)), ("kl. 10", time(10)),
    ("kl 7.05", time(7, 5)), ("23:59", time(23, 59)),
])
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:99", "24", "10:60", "kl. 99"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(DateInputError) as e:
        parse_time(text)
    assert e.value.key == "time_invalid"


@pytest.mark.parametrize(("text", "expected", "given"), [
    ("15.03.2026 10:30", datetime(2026, 3, 15, 10, 30, tzinfo=OSLO), True),
    ("15.3 kl. 10", datetime(2026, 3, 15, 10, 0, tzinfo=OSLO), True),
    ("i går kl 14", datetime(2026, 12, 3, 14, 0, tzinfo=OSLO), True),
    ("i går 14:15", datetime(2026, 12, 3, 14, 15, tzinfo=OSLO), True),
    ("kl. 8", datetime(2026, 12, 4, 8, 0, tzinfo=OSLO), True),
    ("10.45", datetime(2026, 12, 4, 10, 45, tzinfo=OSLO), True),
    ("i dag", datetime(2026, 12, 4, 10, 41, tzinfo=OSLO), False),
    ("15.03.2026", datetime(2026, 3, 15, 12, 0, tzinfo=OSLO), False),
    ("onsdag 14:30", datetime(2026, 12, 2, 14, 30, tzinfo=OSLO), True),
    ("onsdag kl. 9", datetime(2026, 12, 2, 9, 0, tzinfo=OSLO), True),
    ("forrige fredag 10", datetime(2026, 11, 27, 10, 0, tzinfo=OSLO), True),
    ("fredag", datetime(2026, 12, 4, 10, 41, tzinfo=OSLO), False),
])
def test_date_and_time_together(text: str, expected: datetime, given: bool) -> None:
    parsed = parse_datetime(text, now=NOW)
    assert parsed.value == expected and parsed.value.utcoffset() == expected.utcoffset()
    assert parsed.time_given is given


@pytest.mark.parametrize("text", ["31.02.2026 25:99", "31.02.2026 10:00", "15.03.2026 25:00"])
def test_the_reported_typos_are_refused(text: str) -> None:
    with pytest.raises(DateInputError):
        parse_datetime(text, now=NOW)


@pytest.mark.parametrize("text", ["32.13", "45.20"])
def test_neither_a_date_nor_a_time_says_so(text: str) -> None:
    with pytest.raises(DateInputError) as e:
        parse_datetime(text, now=NOW)
    assert e.value.key == "neither_date_nor_time"


def test_the_refusal_quotes_what_was_typed() -> None:
    with pytest.raises(DateInputError) as e:
        parse_datetime("Fredag 10 Elektrikerfaget", now=NOW)
    assert e.value.key == "date_unreadable" and e.value.params["text"] == "Fredag 10 Elektrikerfaget"


def test_an_impossible_time_after_a_date_is_a_time_problem() -> None:
    with pytest.raises(DateInputError) as e:
        parse_datetime("15.3 25:00", now=NOW)
    assert e.value.key == "time_invalid"


def test_shown_in_norwegian_time_whatever_the_clock_zone() -> None:
    summer = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)
    assert fmt_datetime(summer) == "01.07.2026 00:30"
    assert fmt_date(summer) == "01.07.2026"
    assert fmt_date(date(2026, 3, 5)) == "05.03.2026"
    assert fmt_datetime(None) == fmt_date(None) == ""
