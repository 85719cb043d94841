"""Time expressions: spaCy DATE/TIME entities resolved against the publication date.

Each entity goes first through our rules (:mod:`eventcoder.times.rules`), then, when none applies,
through dateparser with the publication date as its base. Durations carry TIMEX3 values ("P4Y5M");
ages and bare numbers are skipped; date-like phrases that cannot be resolved are kept with ``value=None``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from eventcoder.docview import string_id, string_ids, view
from eventcoder.nlp import entities, get_nlp
from eventcoder.records import TimeValue
from eventcoder.times.rules import SKIP, Resolution, day, duration, month, resolve, week
from eventcoder.times.words import time_words

TIME_LABELS = frozenset({"DATE", "TIME"})
_WORDS = time_words()
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_WORDS = frozenset({"next", "upcoming", "coming", "tomorrow"})
_PLAN_VERBS = frozenset({"plan", "expect", "schedule", "intend", "set", "due", "aim", "hope", "go"})
#: only hand dateparser expressions that name a calendar unit: a digit, a month or a weekday
_DATEPARSER_OK = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri"
                            r"|sat|sun)", re.IGNORECASE)
_CLOCK_ONLY = re.compile(r"^(?:about |around |at |by |before |after )?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|"
                         r"o'clock|hours|gmt|utc|[a-z]st|[a-z]dt)?$|^(?:noon|midnight)$", re.IGNORECASE)


def find_times(doc: Doc, *, pub_date: date | None = None) -> list[TimeValue]:
    """The time expressions of a parsed document, resolved against ``pub_date`` where relative."""
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    out = []
    for ent in sorted(_expressions(doc), key=lambda span: span.start):
        for part, res in _ranged(ent) or [(ent, _resolve_entity(ent, pub_date))]:
            if res is SKIP:
                continue
            out.append(TimeValue(part.text, part.start_char, part.end_char, sent_index.get(ent.sent.start, 0),
                                 res.value, f"{ent.label_.lower()}:{res.rule}"))
    return out


#: "2009-2010", "1957-58": a range of two years, each its own expression
_YEAR_RANGE = re.compile(r"^(?P<a>(?:1[5-9]|20)\d\d)(?P<dash>\s*[-\u2013/]\s*)(?P<b>\d\d|(?:1[5-9]|20)\d\d)$")
#: "between 12 and 18 months", "two to three weeks": a range of two lengths of the same unit
_COUNT_RANGE = re.compile(r"^(?:between )?(?P<a>\d+)(?P<mid> (?:and|to|or) |\s*[-\u2013]\s*)(?P<b>\d+ \w+)$",
                          re.IGNORECASE)


def _ranged(ent: Span) -> list[tuple[Span, Resolution]]:
    """A range split into its two ends, each with its value (empty when ``ent`` is no range)."""
    text = ent.text
    m = _YEAR_RANGE.match(text)
    if m:
        second = m["b"] if len(m["b"]) == 4 else m["a"][:2] + m["b"]
        if int(second) <= int(m["a"]):
            return []
        values = (m["a"], second)
    else:
        m = _COUNT_RANGE.match(text)
        if m is None:
            return []
        unit = m["b"].split()[1]
        values = (duration(f"{m['a']} {unit}"), duration(m["b"].lower()))
        if values[1] in ("PXD",) or not values[0].startswith("P"):
            return []
    first = ent.doc.char_span(ent.start_char + m.start("a"), ent.start_char + m.end("a"), label=ent.label_)
    last = ent.doc.char_span(ent.start_char + m.start("b"), ent.start_char + m.end("b"), label=ent.label_)
    if first is None or last is None:
        return []
    return [(first, Resolution(values[0], "range")), (last, Resolution(values[1], "range"))]


def _expressions(doc: Doc) -> list[Span]:
    """The DATE/TIME entities, with "X and Y" pairs joined ("four years and five months"), and the
    words of the present tense ("now", "currently") the model does not mark."""
    ents = [e for e in entities(doc) if e.label_ in TIME_LABELS]
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and ent.start == prev.end + 1 and doc[prev.end].lower_ == "and":
            joined[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
        elif prev is not None and ent.start == prev.end and ent.label_ != prev.label_:
            joined[-1] = Span(doc, prev.start, ent.end, label="TIME")  # "Friday" + "afternoon"
        else:
            joined.append(ent)
    present = string_ids(*sorted(_WORDS.present))
    for i in [i for i, lower in enumerate(view(doc).lower) if lower in present]:  # no Token per word
        tok = doc[i]
        if not tok.ent_type_ and tok.pos_ == "ADV" and _not_counted_from(tok):
            joined.append(Span(doc, tok.i, tok.i + 1, label="DATE"))
    joined += [s for s in _past_phrases(doc) if not any(e.start < s.end and s.start < e.end for e in joined)]
    return joined


@lru_cache(maxsize=1)
def _past_matcher() -> PhraseMatcher:
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("past", [nlp.make_doc(words) for words in _WORDS.past])
    return matcher


def _past_phrases(doc: Doc) -> list[Span]:
    """ "the past", "at the time": the narrated past, which the model marks as no date. "The past week" names
    its unit, so a phrase followed by a noun, a number or an adjective is left out."""
    found = []
    for _, start, end in _past_matcher()(doc):
        after = doc[end] if end < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
            found.append(Span(doc, start, end, label="DATE"))
    return found


def _not_counted_from(tok: Token) -> bool:
    """ "now" in "two years from now" belongs to the expression before it."""
    return tok.i == 0 or tok.nbor(-1).lower_ not in ("from", "until", "till", "by")


def _resolve_entity(ent: Span, pub: date | None) -> Resolution:
    future = is_future(ent)
    res = resolve(ent.text, pub=pub, future=future)
    if res is not None:
        return res
    if ent.label_ == "TIME" and _CLOCK_ONLY.match(ent.text.strip()):
        return SKIP
    if not _DATEPARSER_OK.search(ent.text) or re.search(r"\d0'?s\b", ent.text):
        return Resolution(None, "unresolved")
    return _dateparse(ent.text, pub, future)


def is_future(ent: Span) -> bool:
    """Whether the expression points forward: its clause is future ("will", "plans to") or its sentence
    says "will"/"next" and its own verb is not in the past tense."""
    if any(t.lower_ in _FUTURE_WORDS for t in ent):
        return True
    verb = _governing_verb(ent.root)
    if verb is not None:
        if verb.tag_ in ("VBD",) or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
            return False
        if any(c.lower_ in _FUTURE_AUX for c in verb.children) or _planned(verb):
            return True
    sent, columns = ent.sent, view(ent.doc)  # the sentence's words from the parse's columns: no Token per word
    lower, tag, aux, modal = columns.lower, columns.tag, string_ids(*sorted(_FUTURE_AUX)), string_id("MD")
    return any(lower[i] in aux and tag[i] == modal for i in range(sent.start, sent.end)) or any(
        lower[i] == string_id("next") for i in range(sent.start, sent.end))


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (at most 8 steps up), or None at the sentence's root."""
    seen = 0
    while token.head.i != token.i and seen < 8:
        token = token.head
        seen += 1
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _planned(verb: Token) -> bool:
    """ "expected to meet", "plans to visit": an infinitive under a verb of planning."""
    head = verb.head
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and head.lemma_ in _PLAN_VERBS


@lru_cache(maxsize=4)
def _parser(base: date, future: bool) -> DateDataParser:
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    return DateDataParser(languages=["en"], settings=settings)


def _dateparse(text: str, pub: date | None, future: bool) -> Resolution:
    base = pub or date(2000, 1, 1)
    data = _parser(base, future).get_date_data(text)
    found = data.date_obj
    if found is None:
        return Resolution(None, "unresolved")
    period = data.period or "day"
    has_year = re.search(r"\b\d{4}\b|'\d\d\b", text) is not None
    if pub is None and not has_year:
        return Resolution(None, "dateparser")
    if period == "year":
        return Resolution(f"{found.year:04d}", "dateparser")
    if period == "month":
        return Resolution(month(found.year, found.month), "dateparser")
    if period == "week":
        return Resolution(week(found.date()), "dateparser")
    return Resolution(day(found.date()), "dateparser")
