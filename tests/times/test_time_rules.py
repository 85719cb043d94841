"""Our time rules against a fixed publication date (Thursday 14 September 2023)."""

from datetime import date

import pytest

from eventcoder.times.rules import PRESENT_REF, SKIP, resolve

PUB = date(2023, 9, 14)


def value(text: str, *, future: bool = False, pub: date | None = PUB) -> str | None:
    res = resolve(text, pub=pub, future=future)
    assert res is not None and res is not SKIP, f"{text!r} was not resolved by a rule"
    return res.value


@pytest.mark.parametrize(("text", "expected"), [
    ("last week", "2023-W36"),
    ("this week", "2023-W37"),
    ("next week", "2023-W38"),
    ("last month", "2023-08"),
    ("next month", "2023-10"),
    ("this month", "2023-09"),
    ("earlier this month", "2023-09"),
    ("the beginning of next month", "2023-10"),
    ("the end of next month", "2023-10"),
    ("last year", "2022"),
    ("later this year", "2023"),
    ("next year", "2024"),
    ("the end of the year", "2023"),
    ("today", "2023-09-14"),
    ("yesterday", "2023-09-13"),
    ("tomorrow", "2023-09-15"),
    ("two days ago", "2023-09-12"),
    ("three weeks ago", "2023-W34"),
    ("a year ago", "2022"),
])
def test_relative_expressions(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(("text", "past", "future"), [
    ("Tuesday", "2023-09-12", "2023-09-19"),
    ("on Monday", "2023-09-11", "2023-09-18"),
    ("Thursday", "2023-09-14", "2023-09-14"),
    ("last Friday", "2023-09-08", "2023-09-08"),
    ("next Friday", "2023-09-15", "2023-09-15"),
    ("the 18th", "2023-08-18", "2023-09-18"),
    ("the 10th", "2023-09-10", "2023-10-10"),
    ("January", "2023-01", "2024-01"),
    ("in October", "2022-10", "2023-10"),
    ("September", "2023-09", "2023-09"),
    ("early March", "2023-03", "2024-03"),
])
def test_past_by_default_future_when_told(text: str, past: str, future: str) -> None:
    assert value(text) == past
    assert value(text, future=True) == future


@pytest.mark.parametrize(("text", "expected"), [
    ("September 13", "2023-09-13"),
    ("On September 13", "2023-09-13"),
    ("Oct. 7", "2023-10-07"),  # three weeks ahead: still this year
    ("Nov. 30", "2022-11-30"),  # more than two months ahead: last year's
    ("13 September 2021", "2021-09-13"),
    ("March 22, 2013", "2013-03-22"),
    ("Sept. 2012", "2012-09"),
    ("2019", "2019"),
    ("mid-2019", "2019"),
    ("the end of 2023", "2023"),
    ("2023-09-13", "2023-09-13"),
])
def test_calendar_expressions(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("four years and five months", "P4Y5M"), ("three months", "P3M"), ("the next two weeks", "P2W"),
    ("a decade", "P10Y"), ("10 days", "P10D"), ("years", "PXY"), ("several months", "PXM"),
    ("24 hours", "PT24H"), ("a day and a half", "P1.5D"), ("decades", "PXDE"), ("two months earlier", "P2M"),
])
def test_durations_carry_timex3_values_never_dates(text: str, expected: str) -> None:
    assert value(text) == expected


@pytest.mark.parametrize("text", ["45-year-old", "aged 30", "01"])
def test_ages_and_numbers_are_skipped(text: str) -> None:
    assert resolve(text, pub=PUB) is SKIP


@pytest.mark.parametrize("text", ["the past week", "the same day", "the 1990s", "that day"])
def test_vague_phrases_keep_no_value(text: str) -> None:
    res = resolve(text, pub=PUB)
    assert res is not None and res is not SKIP and res.value is None


def test_now_is_present_ref_not_a_date() -> None:
    assert value("now") == PRESENT_REF
    assert value("currently") == PRESENT_REF


def test_relative_without_pub_date_has_no_value() -> None:
    assert value("last week", pub=None) is None
    assert value("September 13", pub=None) is None
    assert value("September 13, 2023", pub=None) == "2023-09-13"


def test_iso_week_across_a_year_boundary() -> None:
    assert value("this week", pub=date(2021, 1, 2)) == "2020-W53"


@pytest.mark.parametrize(("text", "value"), [("recent years", "PXY"), ("recent weeks", "PXW"),
                                             ("the next decade", "P10Y"), ("a mere 24 hours", "PT24H")])
def test_stretches_without_a_count_are_durations(text: str, value: str) -> None:
    assert resolve(text, pub=PUB).value == value


@pytest.mark.parametrize(("text", "value"), [("annually", "XXXX"), ("every morning", "XXXX-XX-XXTMO"),
                                             ("each week", "XXXX-WXX"), ("daily", "XXXX-XX-XX")])
def test_recurring_times_are_sets(text: str, value: str) -> None:
    assert resolve(text, pub=PUB).value == value


def test_seasons_take_their_year_from_the_relative_word() -> None:
    assert resolve("last summer", pub=date(2013, 3, 22)).value == "2012-SU"
    assert resolve("next winter", pub=date(2013, 3, 22)).value == "2014-WI"
    assert resolve("summer 2010", pub=None).value == "2010-SU"


@pytest.mark.parametrize("text", ["the past", "at the time"])
def test_the_narrated_past_is_past_ref(text: str) -> None:
    assert resolve(text, pub=PUB).value == "PAST_REF"
