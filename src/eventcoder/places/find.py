"""Toponym recognition and resolution: spaCy GPE/LOC/FAC entities plus the supplement's names.

Recognition takes the model's GPE, LOC and FAC entities and, for what the model misses or labels
as an organisation (facilities, calqued names such as "Eastern Cosmodrome"), a PhraseMatcher over
the supplement table's names and aliases; the phrase matches win over entities they overlap.
Demonyms (NORP) are never places. Resolution ranks a name's gazetteer candidates by feature
(country > region or facility > capital > first-level division > other city), population, and
whether the candidate's country is named elsewhere in the document.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventcoder.nlp import get_nlp
from eventcoder.places.gazetteer import Candidate, Entry, get_gazetteer, load_supplement
from eventcoder.records import Place
from eventcoder.tables import data_path, read_table

NOT_PLACES = "places/not_places.tsv"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: base score of a candidate by feature; population adds log10(population), context adds CONTEXT_BONUS
TIER = {"PCLI": 40.0, "CONT": 36.0, "PPLC": 30.0, "ADM1": 28.0, "ADM2": 22.0, "PPLA": 22.0, "PPL": 20.0}
OTHER_TIER = 35.0  # supplement regions, seas, facilities
CONTEXT_BONUS = 15.0
ALIAS_PENALTY = 5.0
_LEADING = ("the ", "The ")
_TRAILING = ("'s", "\u2019s", "'", "\u2019")


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    text: str  # the name as looked up (leading "the" and possessive stripped)
    start: int
    end: int
    rule: str


def load_not_places(path: str | Path | None = None) -> frozenset[str]:
    """Read the table of words that mark an entity as a non-place (the shipped one by default)."""
    path = data_path(NOT_PLACES) if path is None else path
    words = set()
    for row in read_table(path, required=("word", "kind")):
        word = row["word"]
        if not word or word != word.lower() or " " in word:
            raise row.error(f"word {word!r} must be one lower-case word")
        if row["kind"] not in ("org", "other"):
            raise row.error(f"kind {row['kind']!r} must be org or other")
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return load_not_places()


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over the supplement names: case-insensitive, and exact case for acronyms."""
    nlp = get_nlp()
    lower, exact = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    for row in load_supplement():
        for name in (row.name, *row.aliases):
            acronym = len(name) <= 3 or name.replace(".", "").isupper()
            (exact if acronym else lower).add(f"supplement:{row.line}", [nlp.make_doc(name)])
    return lower, exact


def _clean(span: Span) -> tuple[str, int, int]:
    """The span's text without a leading "the" or a possessive ending, with its character offsets."""
    text, start = span.text, span.start_char
    for lead in _LEADING:
        if text.startswith(lead) and len(text) > len(lead):
            text, start = text[len(lead):], start + len(lead)
    for tail in _TRAILING:
        if text.endswith(tail) and len(text) > len(tail):
            text = text[: -len(tail)]
    text = text.rstrip(" .,;:")
    return text, start, start + len(text)


def _phrase_spans(doc: Doc) -> list[Span]:
    lower, exact = _matchers()
    spans = [doc[s:e] for _, s, e in exact(doc)]
    for _, s, e in lower(doc):
        span = doc[s:e]
        if span[0].is_title or span[0].is_upper or not span[0].is_alpha:
            spans.append(span)
    return spans


def recognize(doc: Doc) -> list[_Mention]:
    """Place mentions in the document, in text order, without overlaps."""
    persons = [e for e in doc.ents if e.label_ in ("PERSON", "NORP")]
    phrases = [s for s in _phrase_spans(doc) if not any(_inside(s, p) for p in persons)]
    ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not any(_overlap(e, p) for p in phrases)]
    mentions = []
    for span in filter_spans(phrases) + ents:
        text, start, end = _clean(span)
        if text:
            rule = "phrase:supplement" if span.label_ not in PLACE_LABELS else f"ner:{span.label_}"
            mentions.append(_Mention(span, text, start, end, rule))
    return sorted(mentions, key=lambda m: m.start)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end


def _score(cand: Candidate, context: Counter[str]) -> float:
    e = cand.entry
    score = TIER.get(e.feature, OTHER_TIER) + math.log10(e.population + 1)
    if e.country and context.get(e.country) and e.feature != "PCLI":
        score += CONTEXT_BONUS
    return score - (ALIAS_PENALTY if cand.alias else 0.0)


def _best(cands: list[Candidate], context: Counter[str]) -> Candidate | None:
    return max(cands, key=lambda c: _score(c, context), default=None)


def _candidates(text: str) -> list[Candidate]:
    gaz = get_gazetteer()
    cands = gaz.lookup(text)
    if not cands and text.lower().endswith(" city"):
        cands = gaz.lookup(text[:-5])
    return cands


def _named_countries(mentions: list[tuple[_Mention, list[Candidate]]]) -> list[tuple[str, str]]:
    """(mention text, country) for each mention that names a country or an unambiguous place."""
    named = []
    for mention, cands in mentions:
        best = _best(cands, Counter())
        if best and best.entry.country and (best.entry.feature == "PCLI" or len(cands) == 1):
            named.append((mention.text.lower(), best.entry.country))
    return named


def _context(named: list[tuple[str, str]], exclude: str) -> Counter[str]:
    """Countries named in the document by mentions other than ``exclude``."""
    return Counter(country for text, country in named if text != exclude.lower())


def _is_non_place(mention: _Mention, person_texts: set[str]) -> bool:
    words = mention.text.lower().split()
    return bool(words) and (words[-1] in _not_places() or mention.text in person_texts)


def find_places(doc: Doc) -> list[Place]:
    """Recognise and resolve the place names of a parsed document."""
    sent_starts = [s.start_char for s in doc.sents]
    person_texts = {e.text for e in doc.ents if e.label_ in ("PERSON", "ORG")}
    mentions = [(m, _candidates(m.text)) for m in recognize(doc)]
    named = _named_countries(mentions)
    places = []
    for mention, cands in mentions:
        if not cands and (mention.span.label_ != "GPE" or _is_non_place(mention, person_texts)):
            continue
        if cands and mention.rule.startswith("ner") and _is_non_place(mention, set()):
            continue
        best = _best(cands, _context(named, mention.text))
        sentence = bisect.bisect_right(sent_starts, mention.start) - 1
        places.append(_place(mention, best.entry if best else None, max(sentence, 0)))
    return places


def _place(mention: _Mention, entry: Entry | None, sentence: int) -> Place:
    text = mention.span.doc.text[mention.start:mention.end]
    if entry is None:
        return Place(text, mention.start, mention.end, sentence, rule=f"{mention.rule}:unresolved")
    return Place(text, mention.start, mention.end, sentence, name=entry.name, country=entry.country,
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 feature=entry.feature, rule=f"{mention.rule}:{entry.source}")
