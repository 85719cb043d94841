"""Toponym recognition and resolution: spaCy GPE/LOC/FAC entities plus the supplement's names.

Recognition takes the model's GPE, LOC and FAC entities and, for what the model misses or labels
as an organisation (facilities, calqued names such as "Eastern Cosmodrome"), a PhraseMatcher over
the supplement table's names and aliases; the phrase matches win over entities they overlap. Then:
a country's demonym ("Turkish", "Russians", from the actors' country table) names that country
(rule ``demonym``; such places are never an event's location); a name the model tagged as a place
once counts as one wherever else it occurs in the document (even where it was tagged as an
organisation or person); and an upper-case dateline opening the text ("BERLIN -") is looked up.
Resolution ranks a name's gazetteer candidates by feature (country > region or facility > capital >
first-level division or city of a million > other city), population, and whether the candidate's
country or first-level division is named elsewhere in the document, or right after it ("Oxford, N.C.").
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventcoder.actors.knowledge import load_countries
from eventcoder.actors.recognize import demonym_forms
from eventcoder.nlp import get_nlp
from eventcoder.places.gazetteer import Candidate, Entry, get_gazetteer, load_supplement
from eventcoder.records import Place
from eventcoder.tables import data_path, read_table

NOT_PLACES = "places/not_places.tsv"
COUNTRIES = "actors/countries.tsv"  # the one country table: names, demonyms
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: base score of a candidate by feature; population adds log10(population), context adds CONTEXT_BONUS
TIER = {"PCLI": 40.0, "CONT": 36.0, "PPLC": 30.0, "ADM1": 26.0, "ADM2": 22.0, "PPLA": 22.0, "PPL": 20.0}
#: a populated place this big ranks with the capitals' neighbours (New York the city over the state)
MAJOR_CITY = 1_000_000
MAJOR_CITY_TIER = 27.0
OTHER_TIER = 35.0  # supplement regions, seas, facilities
CONTEXT_BONUS = 15.0
TELLING_POPULATION = 50_000
ADMIN_BONUS = 8.0  # the candidate's first-level division is named in the document
PARENT_BONUS = 20.0  # ... or right after it ("Oxford, N.C.", "Moscow, Idaho")
ALIAS_PENALTY = 10.0
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


@lru_cache(maxsize=1)
def _demonyms() -> tuple[PhraseMatcher, dict[str, str]]:
    """A matcher over the countries' demonyms (exact case) and each form's country code."""
    nlp = get_nlp()
    matcher, country_of = PhraseMatcher(nlp.vocab, attr="ORTH"), {}
    for country in load_countries(data_path(COUNTRIES)):
        for adjective in country.adjectives:
            for form in demonym_forms(adjective):
                country_of.setdefault(form, country.code)
                matcher.add(form, [nlp.make_doc(form)])
    return matcher, country_of


def recognize(doc: Doc) -> list[_Mention]:
    """Place mentions in the document, in text order, without overlaps."""
    persons = [e for e in doc.ents if e.label_ in ("PERSON", "NORP")]
    phrases = [s for s in _phrase_spans(doc) if not any(_inside(s, p) for p in persons)]
    ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not any(_overlap(e, p) for p in phrases)]
    taken = filter_spans(phrases) + ents
    extra = [(s, "demonym") for s in _demonym_spans(doc, taken)]
    taken += [s for s, _ in extra]
    extra += [(s, "propagated") for s in _propagated(doc, ents, taken)]
    extra += [(s, "dateline") for s in _dateline(doc, [s for s, _ in extra] + taken)]
    mentions = []
    for span in filter_spans(phrases) + ents:
        text, start, end = _clean(span)
        if text:
            rule = "phrase:supplement" if span.label_ not in PLACE_LABELS else f"ner:{span.label_}"
            mentions.append(_Mention(span, text, start, end, rule))
    for span, rule in extra:
        text, start, end = _clean(span)
        mentions.append(_Mention(span, text, start, end, rule))
    return sorted(mentions, key=lambda m: m.start)


def _demonym_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """Demonyms outside the place mentions already found ("Turkish" in "Turkish troops")."""
    matcher, _ = _demonyms()
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    return [s for s in filter_spans(spans) if not any(_overlap(s, t) for t in taken)]


def _propagated(doc: Doc, ents: list[Span], taken: list[Span]) -> list[Span]:
    """Other occurrences of a name the model tagged as a place somewhere in the document."""
    names = {_clean(e)[0] for e in ents if e.label_ in ("GPE", "LOC")}
    names = {n for n in names if n and n[0].isupper() and len(n) > 2 and n in get_gazetteer()}
    if not names:
        return []
    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for name in names:
        matcher.add("name", [nlp.make_doc(name)])
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    return [s for s in filter_spans(spans) if not any(_overlap(s, t) for t in taken) and _standalone(s)]


def _standalone(span: Span) -> bool:
    """Not part of a longer proper name ("Berlin" in "Air Berlin" still counts; "Paris Hilton" does not)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.pos_ != "PROPN" or after.ent_type_ in ("GPE", "LOC")


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})\s*(?:,|\(|\u2014|\u2013|-{1,2} )")


def _dateline(doc: Doc, taken: list[Span]) -> list[Span]:
    """The upper-case place that opens a news dateline ("BERLIN \u2014", "TORRINGTON, Conn.")."""
    found = _DATELINE.match(doc.text)
    if not found:
        return []
    span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
    if span is None or any(_overlap(span, t) for t in taken):
        return []
    return [span] if _candidates(found.group(1).title()) else []


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end


@dataclass(frozen=True, slots=True)
class _Context:
    """What the rest of the document says about where a mention's candidates should be."""

    countries: Counter[str]
    admins: frozenset[tuple[str, str]]  # (country, first-level division code) named in the document
    parent: tuple[str, str | None] | None = None  # the place right after ("Oxford, N.C.")


def _score(cand: Candidate, context: _Context) -> float:
    e = cand.entry
    tier = TIER.get(e.feature, OTHER_TIER)
    if e.feature.startswith("PPL") and e.population >= MAJOR_CITY:
        tier = max(tier, MAJOR_CITY_TIER)
    score = tier + math.log10(e.population + 1)
    if e.country and context.countries.get(e.country) and e.feature != "PCLI":
        score += CONTEXT_BONUS
    if e.country and e.admin1 and (e.country, e.admin1) in context.admins and not e.feature.startswith("ADM"):
        score += ADMIN_BONUS
    if context.parent and e.country == context.parent[0] and context.parent[1] in (None, e.admin1):
        score += PARENT_BONUS
    return score - (ALIAS_PENALTY if cand.alias else 0.0)


def _best(cands: list[Candidate], context: _Context) -> Candidate | None:
    return max(cands, key=lambda c: _score(c, context), default=None)


def _candidates(text: str) -> list[Candidate]:
    gaz = get_gazetteer()
    cands = gaz.lookup(text)
    if not cands and text.lower().endswith(" city"):
        cands = gaz.lookup(text[:-5])
    return cands


_EMPTY = _Context(Counter(), frozenset())


def _named(mentions: list[tuple[_Mention, list[Candidate]]]) -> list[tuple[str, Entry]]:
    """(mention text, entry) for each mention that names a country, a division or an unambiguous place."""
    named = []
    for mention, cands in mentions:
        best = _best(cands, _EMPTY)
        if best and best.entry.country and (best.entry.feature in ("PCLI", "ADM1") or _telling(cands)):
            named.append((mention.text.lower(), best.entry))
    return named


def _telling(cands: list[Candidate]) -> bool:
    """One candidate, named in full, and not a village (a hamlet's namesake says little about the document)."""
    return len(cands) == 1 and not cands[0].alias and cands[0].entry.population >= TELLING_POPULATION


def _context(named: list[tuple[str, Entry]], exclude: str, parent: Entry | None) -> _Context:
    """Countries and divisions named in the document by mentions other than ``exclude``."""
    others = [e for text, e in named if text != exclude.lower()]
    admins = frozenset((e.country, e.admin1) for e in others if e.feature == "ADM1" and e.country and e.admin1)
    up = None
    if parent is not None and parent.country:
        up = (parent.country, parent.admin1 if parent.feature == "ADM1" else None)
    return _Context(Counter(e.country for e in others if e.country), admins, up)


def _parent(doc: Doc, mention: _Mention, nxt: tuple[_Mention, list[Candidate]] | None) -> Entry | None:
    """The division or country named right after a mention, after a comma ("Oxford, N.C.")."""
    if nxt is None or doc.text[mention.end:nxt[0].start].strip() != ",":
        return None
    best = _best(nxt[1], _EMPTY)
    return best.entry if best and best.entry.feature in ("ADM1", "ADM2", "PCLI") else None


def _is_non_place(mention: _Mention, person_texts: set[str]) -> bool:
    words = mention.text.lower().split()
    return bool(words) and (words[-1] in _not_places() or mention.text in person_texts)


def find_places(doc: Doc) -> list[Place]:
    """Recognise and resolve the place names of a parsed document."""
    sent_starts = [s.start_char for s in doc.sents]
    person_texts = {e.text for e in doc.ents if e.label_ in ("PERSON", "ORG")}
    mentions = [(m, _demonym_candidates(m) if m.rule == "demonym" else _candidates(m.text)) for m in recognize(doc)]
    named = _named(mentions)
    places = []
    for i, (mention, cands) in enumerate(mentions):
        if not cands and (mention.span.label_ != "GPE" or _is_non_place(mention, person_texts)):
            continue
        if cands and mention.rule.startswith("ner") and _is_non_place(mention, set()):
            continue
        parent = _parent(doc, mention, mentions[i + 1] if i + 1 < len(mentions) else None)
        best = _best(cands, _context(named, mention.text, parent))
        sentence = bisect.bisect_right(sent_starts, mention.start) - 1
        places.append(_place(mention, best.entry if best else None, max(sentence, 0)))
    return places


def _demonym_candidates(mention: _Mention) -> list[Candidate]:
    """The country a demonym names, as the gazetteer knows it."""
    code = _demonyms()[1].get(mention.span.text)
    return [c for c in get_gazetteer().lookup(_country_names().get(code, "")) if c.entry.feature == "PCLI"
            and c.entry.country == code][:1]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {c.code: c.name for c in load_countries(data_path(COUNTRIES))}


def _place(mention: _Mention, entry: Entry | None, sentence: int) -> Place:
    text = mention.span.doc.text[mention.start:mention.end]
    if entry is None:
        return Place(text, mention.start, mention.end, sentence, rule=f"{mention.rule}:unresolved")
    return Place(text, mention.start, mention.end, sentence, name=entry.name, country=entry.country,
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 feature=entry.feature, rule=f"{mention.rule}:{entry.source}")
