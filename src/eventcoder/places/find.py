"""Toponym recognition and resolution: spaCy GPE/LOC/FAC entities plus the supplement's names.

Recognition, each rule named in the place's ``rule``:

- ``phrase``: a PhraseMatcher over the supplement table's names and aliases, for what the model misses or
  labels as an organisation (facilities, calqued names such as "Eastern Cosmodrome"); it wins over the
  entities it overlaps, unless the entity is itself a known name ("Western Australia" over "Australia").
- ``ner``: the model's GPE, LOC and FAC entities. One without a gazetteer name is replaced by its longest
  known ending ("Far North Queensland" -> "Queensland"; ``inner``).
- ``inner``: telling place names (a country, region, first-level division or city of 100,000) inside
  the names of organisations and events and inside proper names the model left untagged ("the
  Queensland Police Service", "Seoul Central District Court"), as geoparsing corpora mark them.
- ``cued``: town names the model missed or took for an organisation or person, where the words around
  them say "place": "of/in/at/from ... Edmonton", "Holliday, Missouri", "the Cairns suburbs", a list
  after a place ("Zilina, Nitra and Presov"), "Kent-based", a county closing an address ("New Quay,
  Ceredigion."); without such words only a telling name counts. A supplement name the model took for a
  person counts where so cued ("on Oahu").
- ``demonym``: a country's demonym ("Turkish", from the actors' country table) or a region's
  ("European", "Kurdish", data/places/demonyms.tsv); such places are never an event's location.
- ``propagated``: a name the model tagged as a place, or a telling one found above, counts wherever
  else it occurs in the document; ``dateline``: an upper-case dateline opening the text ("BERLIN -").

The words of the document's people ("Steele" of "Christopher Steele") and generic words alone
(data/places/generic.tsv: "Central", "North") are never taken by the inner, cued or propagated rules,
nor are short acronyms ("NATO").

Resolution ranks a name's gazetteer candidates by feature (country > supplement region or facility >
capital > first-level division or city of a million > other city), population, and whether the
candidate's country or first-level division is named elsewhere in the document, or right after it
("Oxford, N.C."). A division gains right after a town of its own ("Tacoma, Washington") and when several
other divisions of its country are named. A country beats its own division of the same name ("Mexico"),
a city of a million beats the division named after it ("New York"), and an acronym keeps to the
supplement's acronyms ("EU" is not the French town of Eu) and is no place after a number ("300 BC").
"St." reads as "Saint" for big cities; a name GeoNames files under the Arabic article is found without
it ("Qamishli").
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from eventcoder.actors.knowledge import load_countries
from eventcoder.actors.recognize import demonym_forms
from eventcoder.docview import DocView, string_id, view
from eventcoder.nlp import entities, get_nlp
from eventcoder.places.gazetteer import Candidate, Entry, get_gazetteer, load_supplement
from eventcoder.records import Place
from eventcoder.tables import Row, data_path, read_table

NOT_PLACES = "places/not_places.tsv"
GENERIC = "places/generic.tsv"
REGION_DEMONYMS = "places/demonyms.tsv"
COUNTRIES = "actors/countries.tsv"  # the one country table: names, demonyms
COUNTRY_CODES = "places/country_codes.tsv"  # gazetteer codes the country table writes otherwise
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: entities whose names may hold a place name ("the Queensland Police", "CTV Edmonton", "Dubai World Cup")
HOST_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
#: labels the model gives to town names that are used as places ("in Edmonton" as ORG, "Aleppo" as NORP)
LOOSE_LABELS = frozenset({"ORG", "PERSON", "NORP", "LANGUAGE", "PRODUCT"})
#: a populated place this big is a place even inside another name or where the model saw an organisation
TELLING_CITY = 100_000
TELLING_COUNTY = 500_000
#: words before a name that make it the place something is in, at, from or towards ("of Edmonton", "in Qamishli")
PLACE_CUES = frozenset({"in", "at", "near", "from", "to", "of", "outside", "into", "toward", "towards", "across",
                        "around", "throughout", "via", "inside", "between"})
#: base score of a candidate by feature; population adds log10(population), context adds CONTEXT_BONUS
TIER = {"PCLI": 40.0, "CONT": 36.0, "PPLC": 30.0, "ADM1": 26.0, "ADM2": 22.0, "PPLA": 22.0, "PPL": 20.0}
#: a populated place this big ranks with the capitals' neighbours (New York the city over the state)
MAJOR_CITY = 1_000_000
MAJOR_CITY_TIER = 27.0
OTHER_TIER = 45.0  # supplement regions, seas, facilities: above a same-name town even in its country
CONTEXT_BONUS = 15.0
TELLING_POPULATION = 50_000
ADMIN_BONUS = 8.0  # the candidate's first-level division is named in the document
PARENT_BONUS = 20.0  # ... or right after it ("Oxford, N.C.", "Moscow, Idaho")
DIVISION_LIST = 4  # other first-level divisions of one country named: a namesake division is one of them
ALIAS_PENALTY = 10.0
#: the Arabic article as GeoNames romanises it before a place name ("Al Qamishli", "Ar Raqqah", "As Suwayda")
ARABIC_ARTICLES = ("Al", "Ar", "As", "Ad", "An", "Ash", "At", "Az", "El")
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
        word = _one_lower_word(row)
        if row["kind"] not in ("org", "other"):
            raise row.error(f"kind {row['kind']!r} must be org or other")
        words.add(word)
    return frozenset(words)


def _one_lower_word(row: Row) -> str:
    """The row's ``word`` field, which must be one lower-case word."""
    word = row["word"]
    if not word or word != word.lower() or " " in word:
        raise row.error(f"word {word!r} must be one lower-case word")
    return word


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return load_not_places()


def load_country_codes(path: str | Path | None = None) -> dict[str, str]:
    """Read the table of gazetteer country codes and the country table's codes for them (the shipped one by
    default); each code must be three capital letters, and the country table must know the second."""
    known = set(_country_names())
    codes = {}
    for row in read_table(data_path(COUNTRY_CODES) if path is None else path, required=("gazetteer", "code")):
        gazetteer, code = row["gazetteer"], row["code"]
        if not all(len(c) == 3 and c.isalpha() and c.isupper() for c in (gazetteer, code)):
            raise row.error(f"codes {gazetteer!r} and {code!r}: expected three capital letters each")
        if code not in known:
            raise row.error(f"code {code!r} is not in {COUNTRIES}: add the country there first")
        codes[gazetteer] = code
    return codes


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return load_country_codes()


def _our_country(code: str | None) -> str | None:
    """The country table's code for a gazetteer country code."""
    return _country_codes().get(code, code) if code else code


def load_generic_words(path: str | Path | None = None) -> frozenset[str]:
    """Read the table of words that never name a place alone inside another name (the shipped one by default)."""
    path = data_path(GENERIC) if path is None else path
    words = set()
    for row in read_table(path, required=("word",)):
        word = _one_lower_word(row)
        words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return load_generic_words()


def load_region_demonyms(path: str | Path | None = None) -> dict[str, str]:
    """Read the table of region and continent adjectives: form -> the place's gazetteer name."""
    path = data_path(REGION_DEMONYMS) if path is None else path
    out = {}
    for row in read_table(path, required=("form", "place")):
        form, place = row["form"], row["place"]
        if not form or not form[0].isupper():
            raise row.error(f"form {form!r} must be written as in the text, with its capital")
        if not place:
            raise row.error("empty place; name the place as the gazetteer knows it")
        out[form] = place
    return out


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
    if len(span):  # read from the parse's columns: Span.text joins its tokens anew
        columns = view(span.doc)
        text, start = columns.span_text(span.start, span.end), columns.idx[span.start]
    else:
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
    spans = [doc[s:e] for _, s, e in exact(doc) if not _era(doc, s, e)]
    for _, s, e in lower(doc):
        span = doc[s:e]
        if span[0].is_title or span[0].is_upper or not span[0].is_alpha or (
                len(span) > 1 and span[0].text.title() in ARABIC_ARTICLES):  # "al-Tanf"
            spans.append(span)
    return spans


def _era(doc: Doc, start: int, end: int) -> bool:
    """An acronym that closes a number's phrase is an era or a unit, not a place ("300 BC"); one that
    modifies a noun still is ("1,000 EU workers", "a billion US dollars")."""
    after = doc[end] if end < len(doc) else None
    return start > 0 and doc[start - 1].like_num and (after is None or after.pos_ not in ("NOUN", "PROPN"))


@lru_cache(maxsize=1)
def _demonyms() -> tuple[PhraseMatcher, dict[str, str], dict[str, str]]:
    """A matcher over the demonyms (exact case), each country form's code and each region form's place name."""
    nlp = get_nlp()
    matcher, country_of, region_of = PhraseMatcher(nlp.vocab, attr="ORTH"), {}, {}
    for country in load_countries(data_path(COUNTRIES)):
        for adjective in country.adjectives:
            for form in demonym_forms(adjective):
                country_of.setdefault(form, country.code)
                matcher.add(form, [nlp.make_doc(form)])
    for adjective, place in load_region_demonyms().items():
        for form in demonym_forms(adjective):
            if form not in country_of:
                region_of.setdefault(form, place)
                matcher.add(form, [nlp.make_doc(form)])
    return matcher, country_of, region_of


def recognize(doc: Doc, *, text: str | None = None) -> list[_Mention]:
    """Place mentions in the document, in text order, without overlaps (``text``: ``doc.text``, if at hand)."""
    person_at = {i: e for e in entities(doc) if e.label_ in ("PERSON", "NORP") for i in range(e.start, e.end)}
    phrases = [s for s in _phrase_spans(doc) if not _in_person(s, person_at)]
    place_ents = [e for e in entities(doc) if e.label_ in PLACE_LABELS]
    # a known name wins over the shorter phrase matches inside it ("Western Australia" over "Australia")
    whole = [e for e in place_ents if any(_inside(p, e) and len(p) < len(e) for p in phrases)
             and _candidates(_clean(e)[0])]
    phrases = [p for p in phrases if not any(_inside(p, e) for e in whole)]
    in_phrases = _token_set(phrases)
    ents = [e for e in place_ents if _clear(e, in_phrases)]
    people = _person_words(doc)
    found: list[tuple[Span, str]] = [(s, "phrase:supplement") for s in filter_spans(phrases)]
    for ent in ents:
        if _candidates(_clean(ent)[0]):
            found.append((ent, f"ner:{ent.label_}"))
            continue
        inner = _inner_names(ent, any_place=ent.label_ != "FAC", persons=people)
        found += [(s, "inner") for s in inner] or [(ent, f"ner:{ent.label_}")]
    taken = [s for s, _ in found]
    runs = _proper_runs(doc)  # once: both the hosted and the cued names read them
    found += [(s, "inner") for s in _hosted_names(doc, taken, people, runs=runs)]
    taken = [s for s, _ in found]
    found += [(s, "cued") for s in _cued_names(doc, taken, runs=runs) if s.text not in people]
    taken = [s for s, _ in found]
    found += [(s, "demonym") for s in _demonym_spans(doc, taken)]
    taken = [s for s, _ in found]
    names = [s for s, rule in found if rule.startswith("ner") or (rule in ("inner", "cued") and _telling_name(
        _full_or_big(_candidates(_clean(s)[0]))))]
    found += [(s, "propagated") for s in _propagated(doc, names, taken) if s.text not in people]
    taken = [s for s, _ in found]
    found += [(s, "dateline") for s in _dateline(doc, taken, doc.text if text is None else text)]
    mentions = []
    for span, rule in found:
        text, start, end = _clean(span)
        if text:
            mentions.append(_Mention(span, text, start, end, rule))
    return sorted(mentions, key=lambda m: m.start)


def _in_person(span: Span, person_at: dict[int, Span]) -> bool:
    """Inside a PERSON or NORP entity (``person_at``: the entity of each of their tokens) and not a known name
    cued as a place there; entities never overlap, so only the one holding the span's first word can hold it."""
    person = person_at.get(span.start)
    return person is not None and _inside(span, person) and not _cued_person(span, person)


def _cued_person(span: Span, person: Span) -> bool:
    """A known name the model took for a person where the words around it say "place" ("on Oahu", "an
    Oahu home")."""
    if (span.start, span.end) != (person.start, person.end):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ in PLACE_CUES | {"on"}) or _determined_modifier(span)


def _inner_names(host: Span, *, any_place: bool, known: frozenset[str] = frozenset(),
                 persons: frozenset[str] = frozenset()) -> list[Span]:
    """The place names inside a longer name ("Queensland" in "Far North Queensland" or "the Queensland Police
    Service"). Inside a place (``any_place``) the longest known ending names it (English puts the head last:
    "North London", "Upper Edmonton"); else, inside any name, the telling names (see :func:`_telling_name`)
    and those in ``known``, longest first; never a name of the document's people (``persons``)."""
    doc, columns = host.doc, view(host.doc)  # the words read from the parse's columns: no Span per try
    if any_place:
        for start in range(host.start + 1, host.end):
            if _name_like_at(columns, start, host.end) and columns.span_text(start, host.end) not in persons \
                    and any(not c.alias for c in _candidates(_clean(doc[start:host.end])[0])):
                return [doc[start:host.end]]
    found: list[tuple[int, int]] = []
    for size in range(len(host), 0, -1):
        for start in range(host.start, host.end - size + 1):
            end = start + size
            if any(start < e and s < end for s, e in found) or not _name_like_at(columns, start, end) \
                    or columns.span_text(start, end) in persons:
                continue
            text = _clean(doc[start:end])[0]
            cands = _full_or_big(_candidates(text))
            if cands and (text in known or _telling_name(cands)):
                found.append((start, end))
    return [doc[start:end] for start, end in sorted(found)]


def _name_like(span: Span) -> bool:
    """Capitalised proper-noun words, at least one of them not generic ("Central", "North")."""
    return _name_like_at(view(span.doc), span.start, span.end)


def _name_like_at(columns: DocView, start: int, end: int) -> bool:
    """:func:`_name_like` of the tokens ``[start, end)`` (not empty), read from the parse's columns."""
    punct = columns.punct
    words = [i for i in range(start, end) if not punct[i]]
    if not words or punct[start] or punct[end - 1] or not all(columns.title[i] or columns.upper[i] for i in words):
        return False
    if columns.lower[start] == string_id("the") or not any(columns.pos[i] == PROPN for i in words):
        return False
    if all(columns.upper[i] for i in words) and len(columns.span_text(start, end)) <= 5:  # an acronym ("NATO",
        return False  # "APC") is no town
    return any(columns.word(i).lower() not in _generic() for i in words)


def _telling_name(cands: list[Candidate]) -> bool:
    """A name that is a place wherever it stands: a country, a continent or region, a first-level division,
    or a city of :data:`TELLING_CITY` people."""
    best = _best(cands, _EMPTY)
    if best is None:
        return False
    e = best.entry
    if e.feature in ("PCLI", "CONT", "RGN", "ADM1"):
        return True
    if e.feature == "ADM2":  # a county of half a million ("Essex", "Suffolk County")
        return e.population >= TELLING_COUNTY
    return e.feature.startswith("PPL") and e.population >= TELLING_CITY


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the document's people's names of two words or more ("Steele" of "Christopher Steele"):
    elsewhere in the document they name that person, not a town of the same name."""
    return frozenset(t.text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1 and not _org_like(e)
                     for t in e if t.is_alpha)


def _org_like(ent: Span) -> bool:
    """An entity holding an organisation's word ("Abuja Chamber of Commerce", "Miami Herald"), whatever the
    model's label."""
    columns = view(ent.doc)  # the words from the parse's columns: no Token objects
    return any(columns.word(i).lower() in _not_places() for i in range(ent.start, ent.end))


def _hosted_names(doc: Doc, taken: list[Span], persons: frozenset[str], *, runs: list[Span]) -> list[Span]:
    """Telling place names inside the names of organisations and events and inside proper names the model
    left untagged, and names the model tagged as a place elsewhere in the document ("Edmonton" in "CTV
    Edmonton", "Seoul" in "Seoul Central District Court")."""
    ents = entities(doc)  # once per document: spaCy makes new spans on every access
    known = frozenset(_clean(e)[0] for e in ents if e.label_ in ("GPE", "LOC"))
    hosts = [e for e in ents if (e.label_ in HOST_LABELS and e.label_ != "FAC") or _org_like(e)]
    in_ents = _token_set(ents)
    hosts += [r for r in runs if _clear(r, in_ents)]  # names the model missed
    found = []
    in_taken = _token_set(taken)
    for host in hosts:
        if _clear(host, in_taken):
            found += _inner_names(host, any_place=False, known=known, persons=persons)
    return found


def _cued_names(doc: Doc, taken: list[Span], *, runs: list[Span]) -> list[Span]:
    """Place names the model missed or took for something else: any town where the words around it say
    "place" (a preposition of place before, "of Edmonton", "in Qamishli"; a division after, "Holliday,
    Missouri"; between an article and its noun, "the Cairns suburbs"), and without such words a telling
    one (see :func:`_telling_name`)."""
    found = []
    ent_at = {i: e for e in entities(doc) for i in range(e.start, e.end)}  # entities never overlap
    in_taken = _token_set(taken)
    _, country_of, region_of = _demonyms()
    for span in runs:
        if not _clear(span, in_taken) or not _name_like(span):
            continue
        if span.text in country_of or span.text in region_of:
            continue  # "the Thai border": a demonym (found as one later), not a town of that name
        ent = list(dict.fromkeys(ent_at[i] for i in range(span.start, span.end) if i in ent_at))
        if ent and (len(ent) > 1 or (ent[0].start, ent[0].end) != (span.start, span.end)
                    or ent[0].label_ not in LOOSE_LABELS):
            continue
        best = _best(_full_or_big(_candidates(_clean(span)[0])), _EMPTY)
        if best is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        cued = (before is not None and before.lower_ in PLACE_CUES) or _division_after(doc, span.end) or (
            _determined_modifier(span)) or _listed(span, taken + found) or _based(span) or (
            best.entry.feature in ("ADM1", "ADM2") and _division_of_name(span))
        if (cued and best.entry.feature.startswith(("PPL", "ADM", "PCL"))) or _telling_name([best]):
            found.append(span)
    return found


def _based(span: Span) -> bool:
    """A name before "-based" ("a Kent-based team")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def _listed(span: Span, taken: list[Span]) -> bool:
    """A name listed right after a place ("in Zilina, Nitra and Presov", "Hilversum and Almelo")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in (",", "and", "or"):
        return False
    prev = doc[span.start - 2]
    return any(t.start <= prev.i < t.end for t in taken)


def _division_of_name(span: Span) -> bool:
    """A division closing a comma after a proper name ("Donington Park, Leicestershire.", "New Quay,
    Ceredigion,"): the address form of a place and its county."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].pos_ != "PROPN":
        return False
    return span.end == len(doc) or doc[span.end].is_punct


def _full_or_big(cands: list[Candidate]) -> list[Candidate]:
    """The candidates named in full, and those reached by a variant that are telling by size ("Misrata" for
    Misratah)."""
    return [c for c in cands if not c.alias or _telling_name([c])]


def _determined_modifier(span: Span) -> bool:
    """A name between an article and the noun it modifies ("the Cairns suburbs", "an Edmonton woman"): a
    person's name does not stand there, a place's does."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    last = span[-1]
    return (before is not None and before.lower_ in ("the", "a", "an") and last.dep_ in ("compound", "nmod", "amod")
            and last.head.pos_ == "NOUN" and last.head.i >= span.end)


def _proper_runs(doc: Doc) -> list[Span]:
    """Maximal runs of capitalised proper nouns."""
    runs, start = [], None
    columns = view(doc)  # the attributes as columns: no Token object per word
    for i, (pos, title, upper, alpha) in enumerate(zip(columns.pos, columns.title, columns.upper, columns.alpha,
                                                       strict=True)):
        inside = pos == PROPN and (title or upper) and alpha
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            runs.append(doc[start:i])
            start = None
    if start is not None:
        runs.append(doc[start:len(doc)])
    return runs


def _division_after(doc: Doc, end: int) -> bool:
    """A comma and then a first-level division or a country ("Holliday, Missouri", "Bantam, Conn.")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for size in (3, 2, 1):
        span = doc[end + 1:min(end + 1 + size, len(doc))]
        if len(span) == size and all(t.is_title or t.is_upper or t.is_punct for t in span):
            best = _best(_candidates(_clean(span)[0]), _EMPTY)
            if best is not None and best.entry.feature in ("ADM1", "PCLI"):
                return True
    return False


def _demonym_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """Demonyms outside the place mentions already found ("Turkish" in "Turkish troops")."""
    matcher = _demonyms()[0]
    spans = [doc[s:e] for _, s, e in matcher(doc)]
    in_taken = _token_set(taken)
    return [s for s in filter_spans(spans) if _clear(s, in_taken)]


def _propagated(doc: Doc, spans: list[Span], taken: list[Span]) -> list[Span]:
    """Other occurrences of a name found as a place somewhere in the document (by the model, inside another
    name or by its cue words)."""
    names = {_clean(e)[0] for e in spans if e.label_ != "FAC"}
    names = {n for n in names if n and n[0].isupper() and len(n) > 2 and n in get_gazetteer()}
    if not names:
        return []
    by_first: dict[int, set[tuple[int, ...]]] = {}
    for name in names:
        words = _orths(name)
        if words:
            by_first.setdefault(words[0], set()).add(words)
    orths = view(doc).orth  # every occurrence of the names' words, as a PhraseMatcher on ORTH finds
    spans = [doc[i:i + len(words)] for i, orth in enumerate(orths) for words in by_first.get(orth, ())
             if tuple(orths[i:i + len(words)]) == words]
    in_taken = _token_set(taken)
    return [s for s in filter_spans(spans) if _clear(s, in_taken) and _standalone(s)]


@lru_cache(maxsize=8192)
def _orths(name: str) -> tuple[int, ...]:
    """The word ids (ORTH) of a name as the tokenizer splits it."""
    return tuple(t.orth for t in get_nlp().make_doc(name))


def _standalone(span: Span) -> bool:
    """Not part of a longer proper name ("Berlin" in "Air Berlin" still counts; "Paris Hilton" does not)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.pos_ != "PROPN" or after.ent_type_ in ("GPE", "LOC")


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})\s*(?:,|\(|\u2014|\u2013|-{1,2} )")


def _dateline(doc: Doc, taken: list[Span], text: str) -> list[Span]:
    """The upper-case place that opens a news dateline ("BERLIN \u2014", "TORRINGTON, Conn.")."""
    found = _DATELINE.match(text)
    if not found:
        return []
    span = doc.char_span(found.start(1), found.end(1), alignment_mode="contract")
    if span is None or any(_overlap(span, t) for t in taken):
        return []
    return [span] if _candidates(found.group(1).title()) else []


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _token_set(spans: list[Span]) -> set[int]:
    """The token indices the spans cover (for overlap tests against many spans at once)."""
    return {i for s in spans for i in range(s.start, s.end)}


def _clear(span: Span, covered: set[int]) -> bool:
    """No token of the (non-empty) span is in ``covered``: it overlaps none of the spans that made it."""
    return covered.isdisjoint(range(span.start, span.end))


def _inside(a: Span, b: Span) -> bool:
    return b.start <= a.start and a.end <= b.end


@dataclass(frozen=True, slots=True)
class _Context:
    """What the rest of the document says about where a mention's candidates should be."""

    countries: Counter[str]
    admins: frozenset[tuple[str, str]]  # (country, first-level division code) named in the document
    parent: tuple[str, str | None] | None = None  # the place right after ("Oxford, N.C.")
    child: tuple[str, str] | None = None  # (country, division) of a town right before and a comma ("Tacoma, Wash.")


def _score(cand: Candidate, context: _Context) -> float:
    e = cand.entry
    tier = TIER.get(e.feature, OTHER_TIER)
    if e.feature.startswith("PPL") and e.population >= MAJOR_CITY:
        tier = max(tier, MAJOR_CITY_TIER)
    score = tier + math.log10(e.population + 1)
    if e.country and context.countries.get(e.country):  # a country too, named otherwise ("Georgian")
        score += CONTEXT_BONUS
    if e.country and e.admin1 and (e.country, e.admin1) in context.admins and e.feature != "ADM1":
        score += ADMIN_BONUS
    if context.parent and e.country == context.parent[0] and context.parent[1] in (None, e.admin1):
        score += PARENT_BONUS
    if e.feature == "ADM1" and context.child == (e.country, e.admin1):
        score += PARENT_BONUS
    if e.feature == "ADM1" and sum(1 for a in context.admins if a[0] == e.country) >= DIVISION_LIST:
        score += ADMIN_BONUS  # one of several states named ("California, Idaho or Washington")
    return score - (ALIAS_PENALTY if cand.alias else 0.0)


def _best(cands: list[Candidate], context: _Context) -> Candidate | None:
    """The best-scoring candidate; a city of a million inside a division of its own name is preferred to
    the division ("New York" the city, "New York State" the state)."""
    best = max(cands, key=lambda c: _score(c, context), default=None)
    if best is not None and best.entry.feature.startswith("ADM"):
        country = [c for c in cands if c.entry.feature == "PCLI" and c.entry.country == best.entry.country]
        if country:  # "Mexico" the country, not its State of Mexico
            return country[0]
    if best is not None and best.entry.feature == "ADM1":
        e = best.entry
        city = [c for c in cands if c.entry.feature.startswith("PPL") and c.entry.population >= MAJOR_CITY
                and (c.entry.country, c.entry.admin1) == (e.country, e.admin1)]
        if city:
            return city[0]
    return _world_city_over(best, cands, context)


def _world_city_over(best: Candidate | None, cands: list[Candidate], context: _Context) -> Candidate | None:
    """A capital or a city of a million rather than a town (under :data:`TELLING_POPULATION`) whose one
    support is that its country is named elsewhere in the document ("London" of a story that names the
    United States is still London, England): the town needs its own division named, or to be told with it
    ("London, Ohio"). A namesake city of its own size keeps its country's support (London, Ontario)."""
    if best is None or _world_city(best) or not best.entry.feature.startswith("PPL") or (
            best.entry.population >= TELLING_POPULATION):
        return best
    if _score(best, replace(context, countries=Counter())) != _score(best, _EMPTY):
        return best  # its division is named: real support
    base = _score(best, _EMPTY)
    world = [c for c in cands if _world_city(c) and c.entry.country != best.entry.country]
    return max(world, key=lambda c: _score(c, context)) if any(_score(c, context) > base for c in world) else best


def _world_city(cand: Candidate) -> bool:
    e = cand.entry
    return not cand.alias and (e.feature == "PPLC" or (e.feature.startswith("PPL") and e.population >= MAJOR_CITY))


def _candidates(text: str) -> list[Candidate]:
    """The gazetteer's candidates for a name; an acronym ("EU") keeps to the supplement's acronyms when it
    has one (the French town of Eu is not the EU)."""
    gaz = get_gazetteer()
    cands = gaz.lookup(text)
    saint = _SAINT.match(text)
    if saint:  # "St. Petersburg" names Saint Petersburg in full, not by a minor variant
        full = [c for c in gaz.lookup(f"Saint {text[saint.end():]}") if c.entry.feature.startswith("PPL")
                and c.entry.population >= TELLING_CITY]
        cands = full + [c for c in cands if all(c.entry != f.entry for f in full)]
    if text.isupper() and len(text.replace(".", "")) <= 4:
        cands = [c for c in cands if c.entry.source == "supplement"] or cands
    if not cands and text.lower().endswith(" city"):
        cands = gaz.lookup(text[:-5])
    if not cands and text[:1].isupper() and " " not in text:
        cands = _with_article(text)
    return cands


def _with_article(text: str) -> list[Candidate]:
    """Places GeoNames files under the Arabic article that the news drops ("Qamishli" for Al Qamishli), as
    minor variants: only a telling one (see :func:`_telling_name`) is taken on its own."""
    gaz = get_gazetteer()
    for article in ARABIC_ARTICLES:
        found = [Candidate(c.entry, alias=True) for c in gaz.lookup(f"{article} {text}")
                 if c.entry.feature.startswith("PPL")]
        if found:
            return found
    return []


_EMPTY = _Context(Counter(), frozenset())
_SAINT = re.compile(r"St\.? ")


def _named(mentions: list[tuple[_Mention, list[Candidate]]]) -> list[tuple[str, Entry]]:
    """(mention text, entry) for each mention that names a country, a division or an unambiguous place."""
    named = []
    best_of: dict[tuple[str, str], Candidate | None] = {}  # a name said again has the same candidates
    for mention, cands in mentions:
        key = (mention.rule, mention.span.text) if mention.rule == "demonym" else ("", mention.text)
        if key not in best_of:
            best_of[key] = _best(cands, _EMPTY)
        best = best_of[key]
        if best and best.entry.country and (best.entry.feature in ("PCLI", "ADM1") or _telling(cands)):
            named.append((mention.text.lower(), best.entry))
    return named


def _telling(cands: list[Candidate]) -> bool:
    """One candidate, named in full, and not a village (a hamlet's namesake says little about the document)."""
    return len(cands) == 1 and not cands[0].alias and cands[0].entry.population >= TELLING_POPULATION


def _context(named: list[tuple[str, Entry]], exclude: str, parent: Entry | None, *,
             child: tuple[str, str] | None = None) -> _Context:
    """Countries and divisions named in the document by mentions other than ``exclude``."""
    others = [e for text, e in named if text != exclude.lower()]
    admins = frozenset((e.country, e.admin1) for e in others if e.feature == "ADM1" and e.country and e.admin1)
    up = None
    if parent is not None and parent.country:
        up = (parent.country, parent.admin1 if parent.feature == "ADM1" else None)
    return _Context(Counter(e.country for e in others if e.country), admins, up, child)


def _parent(text: str, mention: _Mention, nxt: tuple[_Mention, list[Candidate]] | None) -> Entry | None:
    """The division or country named right after a mention, after a comma ("Oxford, N.C.")."""
    if nxt is None or text[mention.end:nxt[0].start].strip() != ",":
        return None
    best = _best(nxt[1], _EMPTY)
    return best.entry if best and best.entry.feature in ("ADM1", "ADM2", "PCLI") else None


def _is_non_place(mention: _Mention, person_texts: set[str]) -> bool:
    words = mention.text.lower().split()
    return bool(words) and (words[-1] in _not_places() or mention.text in person_texts)


def find_places(doc: Doc, *, text: str | None = None) -> list[Place]:
    """Recognise and resolve the place names of a parsed document; ``text`` is ``doc.text`` where the caller
    has it (spaCy rebuilds it from every token on each read)."""
    sent_starts = [s.start_char for s in doc.sents]
    text = doc.text if text is None else text
    person_texts = {e.text for e in entities(doc) if e.label_ in ("PERSON", "ORG")}
    mentions = [(m, _demonym_candidates(m) if m.rule == "demonym" else _candidates(m.text))
                for m in recognize(doc, text=text)]
    named = _named(mentions)
    places: list[Place] = []
    chosen: dict[tuple, Candidate | None] = {}  # a name said again with the same neighbours resolves the same
    for i, (mention, cands) in enumerate(mentions):
        if not cands and (mention.span.label_ != "GPE" or _is_non_place(mention, person_texts)):
            continue
        if cands and mention.rule.startswith("ner") and _is_non_place(mention, set()):
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        within = _container(text, mention, nxt) if all(c.entry.feature.startswith("PPL") for c in cands) else None
        parent = _parent(text, mention, nxt) or within
        child = _child(text, mention, places)
        demonym = mention.span.text if mention.rule == "demonym" else None
        key = (mention.text, demonym, parent, child)
        if key not in chosen:
            chosen[key] = _best(cands, _context(named, mention.text, parent, child=child))
        best = chosen[key]
        sentence = bisect.bisect_right(sent_starts, mention.start) - 1
        if within is not None and within.country and (best is None or best.entry.country != within.country):
            places.append(_within(mention, within, max(sentence, 0), text=text))
            continue
        places.append(_place(mention, best.entry if best else None, max(sentence, 0), text=text))
    return places


#: the words between a place and the larger place it is said to lie in ("Zike in the Bassa area", "X in Y")
_IN = re.compile(r"\s+in(?:\s+the)?\s+")


def _container(text: str, mention: _Mention, nxt: tuple[_Mention, list[Candidate]] | None) -> Entry | None:
    """The division or country a town is said to lie in, named right after "in" ("the village of Zike in the
    Bassa area"): a namesake of the town elsewhere is not it (for towns only: "BC in Nelson" is an office)."""
    if nxt is None or not _IN.fullmatch(text[mention.end:nxt[0].start]):
        return None
    best = _best(nxt[1], _EMPTY)
    return best.entry if best and best.entry.feature in ("ADM1", "ADM2", "PCLI") else None


def _within(mention: _Mention, container: Entry, sentence: int, *, text: str) -> Place:
    """A place the gazetteer does not know in the country of the division it is said to lie in: its country only."""
    return Place(text[mention.start:mention.end], mention.start, mention.end, sentence,
                 country=_our_country(container.country), rule=f"{mention.rule}:within")


def _child(text: str, mention: _Mention, places: list[Place]) -> tuple[str, str] | None:
    """(country, division) of the town placed right before a mention and a comma: the mention may name
    its division ("Tacoma, Washington")."""
    prev = places[-1] if places else None
    if prev is None or not prev.country or not prev.admin1 or not (prev.feature or "").startswith("PPL"):
        return None
    return (prev.country, prev.admin1) if text[prev.end:mention.start].strip() == "," else None


def _demonym_candidates(mention: _Mention) -> list[Candidate]:
    """The country or region a demonym names, as the gazetteer knows it."""
    _, country_of, region_of = _demonyms()
    code = country_of.get(mention.span.text)
    if code is None:
        best = _best(get_gazetteer().lookup(region_of.get(mention.span.text, "")), _EMPTY)
        return [best] if best else []
    return [c for c in get_gazetteer().lookup(_country_names().get(code, "")) if c.entry.feature == "PCLI"
            and _our_country(c.entry.country) == code][:1]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {c.code: c.name for c in load_countries(data_path(COUNTRIES))}


def _place(mention: _Mention, entry: Entry | None, sentence: int, *, text: str) -> Place:
    """The place record of a mention (``text``: the document's text, read once: spaCy rebuilds ``doc.text`` and
    ``Span.text`` from every token on each call)."""
    text = text[mention.start:mention.end]
    if entry is None:
        return Place(text, mention.start, mention.end, sentence, rule=f"{mention.rule}:unresolved")
    return Place(text, mention.start, mention.end, sentence, name=entry.name, country=_our_country(entry.country),
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 feature=entry.feature, rule=f"{mention.rule}:{entry.source}")


#: the parts of speech a list of places may hold: names, their nouns and adjectives, the words joining them
LIST_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ", "ADP", "ADV", "PUNCT", "SPACE"})
LIST_WORDS = 20  # a longer run of words without a verb is a headline or a caption, not a list of stops


def place_lists(doc: Doc, places: list[Place]) -> dict[int, tuple[int, int]]:
    """The sentences that only list places (no verb, auxiliary, pronoun or number; at least one resolved
    place that is not a demonym), by index, with their character span.

    Machine translation often breaks an itinerary into such fragments ("... on the Amur River. Vladivostok,
    the Pacific Fleet base."); the document's first sentence (headline, dateline) never counts."""
    named = {p.sentence for p in places if p.lat is not None and not p.rule.startswith("demonym")}
    found = {}
    for n, sent in enumerate(doc.sents):
        if not n or n not in named or not all(t.pos_ in LIST_POS for t in sent):
            continue
        words = [t for t in sent if not t.is_space]
        if sum(not t.is_punct for t in words) <= LIST_WORDS:
            found[n] = (words[0].idx, words[-1].idx + len(words[-1]))
    return found
