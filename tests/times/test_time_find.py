"""find_times on sentences parsed by the real model."""

from datetime import date

from eventcoder.nlp import get_nlp
from eventcoder.times import find_times

PUB = date(2023, 9, 14)


def times(text: str, pub: date | None = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(get_nlp()(text), pub_date=pub)]


def test_tense_decides_the_weekday() -> None:
    assert times("Kim will travel to Moscow on Tuesday.") == [("Tuesday", "2023-09-19")]
    assert times("Kim travelled to Moscow on Tuesday.") == [("Tuesday", "2023-09-12")]


def test_durations_get_one_duration_value() -> None:
    found = times("On September 13, after a lapse of four years and five months, the two leaders met again.")
    assert found == [("September 13", "2023-09-13"), ("four years and five months", "P4Y5M")]


def test_now_is_found_outside_entities() -> None:
    assert ("now", "PRESENT_REF") in times("The two sides are now ready to talk, officials said.")


def test_offsets_and_sentences() -> None:
    doc = get_nlp()("The talks ended. The ministers will meet at the beginning of next month.")
    (tv,) = find_times(doc, pub_date=PUB)
    assert doc.text[tv.start:tv.end] == tv.text == "the beginning of next month"
    assert tv.sentence == 1 and tv.value == "2023-10"


def test_planned_month_goes_forward() -> None:
    assert times("The ministers are expected to meet in October.") == [("October", "2023-10")]
    assert times("The talks ended in October.") == [("October", "2022-10")]


def test_ranges_split_into_their_ends() -> None:
    found = times("The 2009-2010 season and the 1957-58 budget took between 12 and 18 months.")
    assert found == [("2009", "2009"), ("2010", "2010"), ("1957", "1957"), ("58", "1958"), ("12", "P12M"),
                     ("18 months", "P18M")]


def test_the_past_is_found_outside_entities() -> None:
    found = times("In the past, rules were looser. In the past week rules were tight.")
    assert found[0] == ("the past", "PAST_REF")
    assert all(text != "the past" for text, _ in found[1:])
