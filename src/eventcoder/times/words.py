"""The words of the time rules, read from ``data/times/words.tsv`` (months, weekdays, counts, units...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventcoder.tables import Row, data_path, read_table

WORDS = "times/words.tsv"
KINDS = ("month", "weekday", "number", "unit", "present", "deictic", "daypart", "season", "past", "set")
_UNIT = re.compile(r"(?P<times>\d+)?(?P<letter>Y|Q|M|W|WE|D|TH|TM|TS)")
_DAYPART = re.compile(r"MO|AF|EV|NI")
_SEASON = re.compile(r"SU|WI|SP|FA")
_SET = re.compile(r"XXXX(?:-XX(?:-XX)?|-WXX|-(?:SU|WI|SP|FA))?(?:T(?:MO|AF|EV|NI))?")


@dataclass(frozen=True, slots=True)
class TimeWords:
    """Each kind's words with their values."""

    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int | None] = field(default_factory=dict)  # None: a vague count ("several")
    units: dict[str, tuple[str, int]] = field(default_factory=dict)  # designator, multiple
    present: frozenset[str] = frozenset()
    deictic: dict[str, int] = field(default_factory=dict)
    dayparts: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    past: frozenset[str] = frozenset()
    sets: dict[str, str] = field(default_factory=dict)


def load_words(path: str | Path | None = None) -> TimeWords:
    """Read and validate the time-word table (the shipped one by default)."""
    words = TimeWords()
    present, past = set(), set()
    for row in read_table(data_path(WORDS) if path is None else path, required=("word", "kind", "value")):
        word, kind, value = row["word"], row["kind"], row["value"]
        if not word or word != word.lower():
            raise row.error(f"word {word!r} must be given in lower case")
        if kind not in KINDS:
            raise row.error(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
        if kind == "present":
            present.add(word)
        elif kind == "past":
            past.add(word)
        elif kind in ("season", "set"):
            pattern, table = (_SEASON, words.seasons) if kind == "season" else (_SET, words.sets)
            if not pattern.fullmatch(value):
                raise row.error(f"{kind} value {value!r} is not a TIMEX3 {kind} value")
            table[word] = value
        elif kind == "unit":
            words.units[word] = _unit(row, value)
        elif kind == "daypart":
            if not _DAYPART.fullmatch(value):
                raise row.error(f"daypart value {value!r}: expected MO, AF, EV or NI")
            words.dayparts[word] = value
        elif kind == "number":
            words.numbers[word] = None if value == "X" else _integer(row, value, 0, 10**6)
        else:
            limits = {"month": (1, 12), "weekday": (0, 6), "deictic": (-7, 7)}[kind]
            getattr(words, {"month": "months", "weekday": "weekdays", "deictic": "deictic"}[kind])[word] = (
                _integer(row, value, *limits))
    return TimeWords(words.months, words.weekdays, words.numbers, words.units, frozenset(present), words.deictic,
                     words.dayparts, words.seasons, frozenset(past), words.sets)


def _integer(row: Row, value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise row.error(f"value {value!r} is not a whole number") from None
    if not low <= number <= high:
        raise row.error(f"value {value!r} is out of range; expected {low} to {high}")
    return number


def _unit(row: Row, value: str) -> tuple[str, int]:
    found = _UNIT.fullmatch(value)
    if not found:
        raise row.error(f"unit value {value!r}: expected a TIMEX3 designator such as Y, 10Y, M, W, D, TH")
    return found["letter"], int(found["times"] or 1)


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    """The shipped table, read once per process."""
    return load_words()
