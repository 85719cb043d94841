"""Our rule layer for time expressions, applied before dateparser.

:func:`resolve` takes the words of one DATE/TIME expression and returns a :class:`Resolution`:
a value at its granularity ("2023-09-13", "2023-W37", "2023-09", "2023"), a TIMEX3 duration ("P4Y5M",
"PT3H", "PXM" for "several months") for a length of time, ``None`` for a date-like phrase that cannot be
pinned down ("recent years", "the same day"), or :data:`SKIP` for what is no time at all (ages, bare
numbers).

Choices: durations carry their TIMEX3 value but are never dates (a value that does not start with a
year is never an event's date); ages are skipped; "now"/"currently" give the TimeML token
``PRESENT_REF`` (never a date); relative expressions need the publication date and give ``None``
without one. Past is the default reading; ``future=True`` (the clause says "will", "next"...) turns
weekday names, bare months and day numbers towards the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventcoder.times.words import time_words

PRESENT_REF = "PRESENT_REF"
PAST_REF = "PAST_REF"
#: a month-day without a year is put in the previous year when it would lie further ahead than this
FUTURE_SLACK_DAYS = 62

_WORDS = time_words()
_MONTHS = _WORDS.months
_WEEKDAYS = _WORDS.weekdays
_NUMBERS = _WORDS.numbers

MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
UNIT_NAMES = "|".join(sorted(_WORDS.units, key=len, reverse=True))
UNIT = rf"(?:{UNIT_NAMES}|centuries)s?"
COUNT = (r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
         + r"|more than \w+|nearly \w+|almost \w+|about \w+|over \w+)")
PART = (r"(?:early|earlier|late|later|mid|middle|(?:the )?(?:middle|beginning|start|end|first half"
        r"|second half|rest|remainder|turn) of)")
TIME_OF_DAY = r"(?:" + "|".join(_WORDS.dayparts) + r"|noon|midnight|dawn|dusk)"

_AGE = re.compile(rf"\b\d+[- ](?:year|month|week|day)s?[- ]old\b|^aged? \d+|\b{COUNT}[- ]years?[- ]old\b")
_DURATION = re.compile(rf"^(?:(?:the )?(?:past|last|next|first|coming|previous|following|final) )?"
                       rf"(?:{COUNT}(?:[- ](?:or|to) {COUNT})?[- ](?:more |full |long )?{UNIT}"
                       rf"(?:,? and (?:a half|{COUNT}[- ]{UNIT}))*"
                       rf"|a {UNIT} and a half|half an? {UNIT})(?: long| running| straight| in a row)?$"
                       rf"|^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$")
_VAGUE = re.compile(r"\b(?:recent|past|coming|future|former|previous|same|that|those|these|following|"
                    r"ensuing|prior|era|period|time|times|season|day|days|anniversary)\b")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving one expression: its value (or None) and the rule that gave it."""

    value: str | None
    rule: str


SKIP = Resolution(None, "skip")


def day(d: date) -> str:
    return d.isoformat()


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


def _shift_months(d: date, n: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + n
    return total // 12, total % 12 + 1


def normalize(text: str) -> str:
    """Lower-case, single spaces, no possessive, no leading "on/in/at/by/since/until/the", no final dot."""
    t = " ".join(text.replace("\u2019", "'").lower().split())
    t = re.sub(r"'s?$", "", t).strip(" ,.;:")
    while True:
        stripped = re.sub(r"^(?:on|in|at|by|since|until|till|from|during|as of|as early as|the|of|just|only|"
                          r"about|around|roughly|nearly|almost|some|more than|less than|over|a mere|mere) ", "", t)
        if stripped == t:
            return t
        t = stripped


def resolve(text: str, *, pub: date | None, future: bool = False) -> Resolution | None:
    """Resolve one expression with our rules; ``None`` when no rule applies (try dateparser next)."""
    if " ".join(text.lower().split()) in _WORDS.past:
        return Resolution(PAST_REF, "past")
    t = normalize(text)
    if not t or _AGE.search(t):
        return SKIP
    if re.fullmatch(r"\d+", t) and not _YEAR.fullmatch(t):
        return SKIP
    if _DURATION.match(t):
        return Resolution(duration(t), "duration")
    for rule in _RULES:
        out = rule(t, pub, future)
        if out is not None:
            return out
    return None


_PIECE = re.compile(rf"(?:(?P<n>{COUNT})[- ](?:more |full |long )?)?(?P<unit>{UNIT_NAMES}|centurie)s?"
                    r"(?P<half> and a half)?")
_ORDER = ("CE", "DE", "Y", "Q", "M", "W", "WE", "D", "TH", "TM", "TS")


def duration(t: str) -> str:
    """The TIMEX3 value of a duration phrase: "four years and five months" -> "P4Y5M", "hours" -> "PTXH"."""
    parts: dict[str, str] = {}
    for m in _PIECE.finditer(t):
        letter, times = _WORDS.units[m["unit"].replace("centurie", "century")]
        clock = letter.startswith("T")
        letter = letter.removeprefix("T")
        amount = _amount(m["n"], plural=t[m.end("unit"):m.end("unit") + 1] == "s")
        if amount != "X":
            value = float(amount) * times + (0.5 * times if m["half"] else 0.0)
            amount = f"{value:g}"
        elif times != 1:
            letter = {10: "DE", 100: "CE"}.get(times, letter)
        parts[("T" if clock else "") + letter] = amount
    if t.startswith("half a"):
        parts = {k: f"{float(v) / 2:g}" if v != "X" else v for k, v in parts.items()}
    date_part = "".join(parts[k] + k for k in _ORDER if k in parts and not k.startswith("T"))
    time_part = "".join(parts[k] + k[1] for k in _ORDER if k in parts and k.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "") if parts else "PXD"


def _amount(word: str | None, *, plural: bool) -> str:
    """A count as a number string, or "X" when vague ("several", "dozens", bare plural "months")."""
    if word is None:
        return "X" if plural else "1"
    for lead in ("more than ", "nearly ", "almost ", "about ", "over "):
        word = word.removeprefix(lead)
    count = _count(word)
    if count is None:
        try:
            return f"{float(word):g}"
        except ValueError:
            return "X"
    return str(count)


# --- the rules, each (normalised text, pub date, future) -> Resolution | None ------------------

_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def _present(t: str, pub: date | None, future: bool) -> Resolution | None:
    return Resolution(PRESENT_REF, "present") if t in _WORDS.present else None


_DEICTIC = _WORDS.deictic


def _deictic(t: str, pub: date | None, future: bool) -> Resolution | None:
    if t in _DEICTIC or ("the " + t) in _DEICTIC:
        offset = _DEICTIC.get(t, _DEICTIC.get("the " + t, 0))
        part = _daypart(t.split()[-1]) if " " in t or t == "tonight" else ""
        return Resolution(day(pub + timedelta(days=offset)) + part if pub else None, "deictic")
    return None


_REL_UNIT = re.compile(rf"^(?:{PART} )?(?P<rel>this|next|last|previous|past|coming|current|the current|"
                       r"the coming|the next|the following|following) (?:fiscal |calendar )?(?P<unit>week|month|year)$")
_THE_UNIT = re.compile(rf"^(?:{PART} )(?:the )?(?P<unit>week|month|year)$")


def _relative_unit(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _REL_UNIT.match(t)
    rel = m["rel"].replace("the ", "") if m else "this"
    if m is None:
        m = _THE_UNIT.match(t)
        if m is None:
            return None
    if rel == "past" and not t.startswith(("early", "late", "mid", "the")):
        return None  # "past week" reads as a duration; leave it to the vague rule
    if pub is None:
        return Resolution(None, "relative-unit")
    step = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}.get(rel, -1)
    unit = m["unit"]
    if unit == "week":
        return Resolution(week(pub + timedelta(weeks=step)), "relative-unit")
    if unit == "month":
        return Resolution(month(*_shift_months(pub, step)), "relative-unit")
    return Resolution(f"{pub.year + step:04d}", "relative-unit")


_AGO = re.compile(rf"^(?P<n>{COUNT}) (?P<unit>day|week|month|year)s? "
                  r"(?P<dir>ago|earlier|before|from now|hence)$")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _ago(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _AGO.match(t)
    if m is None:
        return None
    n = _count(m["n"])
    if m["dir"] in ("earlier", "before"):  # counted from another event: only its length is known
        return Resolution(duration(t[: m.end("unit") + 1]), "ago")
    if n is None or pub is None:
        return Resolution(None, "ago")
    sign = -1 if m["dir"] == "ago" else 1
    unit = m["unit"]
    if unit == "day":
        return Resolution(day(pub + timedelta(days=sign * n)), "ago")
    if unit == "week":
        return Resolution(week(pub + timedelta(weeks=sign * n)), "ago")
    if unit == "month":
        return Resolution(month(*_shift_months(pub, sign * n)), "ago")
    return Resolution(f"{pub.year + sign * n:04d}", "ago")


_WEEKDAY = re.compile(rf"^(?:(?P<rel>last|next|this|this coming|coming|past) )?{WEEKDAY}"
                      rf"(?: (?P<part>{TIME_OF_DAY}))?(?:,? {MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?$")


def _weekday(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _WEEKDAY.match(t)
    if m is None or m["month"]:
        return None  # "Friday, March 22" is a calendar date: the month-day rule handles it
    if pub is None:
        return Resolution(None, "weekday")
    rel = m["rel"] or ""
    target = _WEEKDAYS[m["weekday"]]
    ahead = (target - pub.weekday()) % 7
    if rel in ("next", "coming", "this coming") or (future and rel not in ("last", "past")):
        if ahead == 0 and rel in ("next", "coming"):
            ahead = 7
        return Resolution(day(pub + timedelta(days=ahead)) + _daypart(m["part"]), "weekday")
    back = (pub.weekday() - target) % 7
    if rel in ("last", "past"):
        back = back or 7
    return Resolution(day(pub - timedelta(days=back)) + _daypart(m["part"]), "weekday")


def _daypart(words: str | None) -> str:
    """The TIMEX3 part-of-day suffix ("afternoon" -> "TAF"), empty when none is named."""
    code = _WORDS.dayparts.get(words or "")
    return f"T{code}" if code else ""


_MONTH_DAY = re.compile(rf"^(?:{WEEKDAY},? )?(?:{MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?|"
                        rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month2>{MONTH_NAMES})\.?)"
                        rf"(?:,? (?P<year>\d{{4}}))?(?: {TIME_OF_DAY})?$")


def _month_day(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _MONTH_DAY.match(t)
    if m is None:
        return None
    mon, dd = _MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
    year = int(m["year"]) if m["year"] else _year_for(mon, dd, pub, future)
    if year is None:
        return Resolution(None, "month-day")
    try:
        return Resolution(day(date(year, mon, dd)), "month-day")
    except ValueError:
        return Resolution(None, "month-day")


def _year_for(mon: int, dd: int, pub: date | None, future: bool) -> int | None:
    """The year of a month-day given without one: the publication year, unless that puts it too far
    ahead (past reading) or well behind (future reading)."""
    if pub is None:
        return None
    try:
        guess = date(pub.year, mon, min(dd, 28) if mon == 2 else dd)
    except ValueError:
        return pub.year
    if not future and (guess - pub).days > FUTURE_SLACK_DAYS:
        return pub.year - 1
    if future and (pub - guess).days > FUTURE_SLACK_DAYS:
        return pub.year + 1
    return pub.year


_DAY_ONLY = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)(?: of (?:this|the) month)?$")


def _day_only(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _DAY_ONLY.match(t)
    if m is None:
        return None
    dd = int(m["day"])
    if pub is None or not 1 <= dd <= 31:
        return Resolution(None, "day-of-month")
    step = 0
    if not future and dd > pub.day:
        step = -1
    elif future and dd < pub.day:
        step = 1
    year, mon = _shift_months(pub, step)
    try:
        return Resolution(day(date(year, mon, dd)), "day-of-month")
    except ValueError:
        return Resolution(None, "day-of-month")


_MONTH_ONLY = re.compile(rf"^(?:{PART}[- ]?)?(?:(?P<rel>last|next|this|this past|this coming|coming|past) )?"
                         rf"{MONTH}(?:,? (?:of )?(?P<year>\d{{4}}|this year|last year|next year))?$")


def _month_only(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _MONTH_ONLY.match(t)
    if m is None:
        return None
    mon, rel, yr = _MONTHS[m["month"]], m["rel"] or "", m["year"]
    if yr and yr[0].isdigit():
        return Resolution(month(int(yr), mon), "month")
    if pub is None:
        return Resolution(None, "month")
    if yr:
        return Resolution(month(pub.year + {"this": 0, "last": -1, "next": 1}[yr.split()[0]], mon), "month")
    if rel in ("next", "coming", "this coming") or (future and rel not in ("last", "past", "this past")):
        year = pub.year if mon > pub.month or (mon == pub.month and rel not in ("next",)) else pub.year + 1
    else:
        strict = rel in ("last", "past", "this past")
        year = pub.year if mon < pub.month or (mon == pub.month and not strict) else pub.year - 1
    return Resolution(month(year, mon), "month")


_YEAR_EXPR = re.compile(rf"^(?:{PART}[- ]?)?(?:the )?(?:year |fiscal |fiscal year |fy ?)?"
                        rf"(?P<year>{_YEAR.pattern})$")


def _year(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _YEAR_EXPR.match(t)
    return Resolution(m["year"], "year") if m else None


_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")


def _iso(t: str, pub: date | None, future: bool) -> Resolution | None:
    m = _ISO.match(t)
    if m is None:
        return None
    try:
        if m["d"]:
            return Resolution(day(date(int(m["y"]), int(m["m"]), int(m["d"]))), "iso")
        return Resolution(month(int(m["y"]), int(m["m"])), "iso") if 1 <= int(m["m"]) <= 12 else None
    except ValueError:
        return None


_CENTURY = re.compile(r"^(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century$")


def _century(t: str, pub: date | None, future: bool) -> Resolution | None:
    """ "the 20th century" -> "19" (TIMEX3 writes a century as its first two digits)."""
    m = _CENTURY.match(t)
    return Resolution(f"{int(m['n']) - 1:02d}", "century") if m else None


def _recurring(t: str, pub: date | None, future: bool) -> Resolution | None:
    """ "annually", "every morning": the TIMEX3 value of a set of times."""
    value = _WORDS.sets.get(t)
    return Resolution(value, "set") if value else None


_SEASON = re.compile(r"^(?:(?P<rel>last|this|next|past|coming|this past|this coming) )?(?P<season>"
                     + "|".join(_WORDS.seasons) + r")(?:,? (?:of )?(?P<year>\d{4}))?$")


def _season(t: str, pub: date | None, future: bool) -> Resolution | None:
    """ "last summer" -> "2012-SU": the season's year by its relative word, else the publication year."""
    m = _SEASON.match(t)
    if m is None:
        return None
    code = _WORDS.seasons[m["season"]]
    if m["year"]:
        return Resolution(f"{m['year']}-{code}", "season")
    if pub is None:
        return Resolution(None, "season")
    step = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(m["rel"] or "", 0)
    return Resolution(f"{pub.year + step:04d}-{code}", "season")


_SPELL = re.compile(r"^(?:recent|past|last|coming|next|following|previous) (?P<unit>day|week|month|year|decade)s?$")


def _spell(t: str, pub: date | None, future: bool) -> Resolution | None:
    """A stretch of unnamed length: "recent weeks" -> "PXW"; "the next decade" -> "P10Y" (a decade, counted
    as one)."""
    m = _SPELL.match(t)
    if m is None:
        return None
    if t.endswith("decade"):
        return Resolution("P10Y", "span") if not t.startswith("recent") else None
    if t.endswith("s"):
        return Resolution(duration(m["unit"] + "s"), "span")
    return None


def _vague(t: str, pub: date | None, future: bool) -> Resolution | None:
    """Date-like phrases that need more than the publication date ("recent years", "that day")."""
    if re.search(r"\d0s\b|\bcentury\b|\bdecades?\b", t) or _VAGUE.search(t):
        return Resolution(None, "vague")
    return None


_RULES = (_century, _present, _recurring, _deictic, _relative_unit, _ago, _weekday, _month_day, _day_only,
          _month_only, _year, _season, _spell, _iso, _vague)
