"""Resolve each event's date and location from the mentions around it, and attach its code facts.

Date, in order: a time expression inside the event's clause; the only dated expression of its
sentence; for an asserted or negated event, the scene's date: the last calendar date told before the event,
when it names a day ("On September 13, at X, ..." sets the scene for what follows, across paragraphs,
until another date is told: news narrates a dated scene and keeps to it); for a future event, the only
date of the next sentence of its paragraph when that sentence looks ahead and codes no event of its own,
or only events between the same two countries ("... will be discussed by the ministers. They are
expected to meet in Y next month": the plan's elaboration); else ``None``.

Location, in order (demonyms never count as places here): a place inside the event's clause that is
not one of its parties; for an asserted event, the last such site named earlier in the paragraph (the
scene), else the site named with the scene's date when the event took that date ("On September 13,
at X"); for a future event dated by the next sentence, the site that sentence names ("meet in Y");
the dateline place (``MOSCOW, Sept. 13 -``); for a domestic event (one country on both sides, or no
target), a mention of that country in the document; else ``None`` rather than a guess.

Itinerary: a visit (made or hosted) whose clause names, after its predicate, places more than
:data:`NEAR_KM` apart is one visit per place ("will visit a plant in Komsomolsk and the fleet base in
Vladivostok"), and so is one followed, in its paragraph, by a sentence that only lists places
(``Context.place_lists``: machine translation breaks itineraries into such fragments): each further stop
is the same event at its own location, its object the place itself when the first stop's object was an
agent there ("the aircraft plant"), its evidence running to the fragment, its id keyed by the place too.

Actors: a target without a country takes the country of the place in the event's clause (a visit
to a named site with no host named visits that site's country); an event with no target at all, other
than a statement, appeal, intent, meeting, demand or threat, takes that country as its target
("demonstrated in Kirkuk" → IRQ, "imposed a curfew in Algiers" → DZA), a concession only from abroad
("lifted a curfew in Montenegro"; not "rebels surrendered in Soroti"). Unaffiliated armed forces (UAF) with no
country are of the country where they struck, their site preferring a place named after a preposition of place
("a bomb near Samarra killed ..." → IRQ UAF); violence the events stage found no doer for (``>unattributed``)
also gives that country to victims without one, and is dropped when its site has no known country. A denied act
with no target ("The military denied carrying out the strike") takes the target of the same act told shortly before
by the same side, which this stage may have just placed.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from eventcoder.events.codes import lookup
from eventcoder.events.match import UNAFFILIATED, UNATTRIBUTED
from eventcoder.records import Actor, Event, EventMatch, Place, TimeValue

VISIT = "042"  # CAMEO "make a visit"
VISITS = ("042", "043")  # make or host a visit: the codes whose stops are events of their own
NEAR_KM = 161.0  # places closer than this are one stop (the geoparsing field's tolerance)
#: feature codes of places too wide to be a stop: countries, divisions, regions, continents
WIDE_FEATURES = ("PCL", "ADM", "RGN", "CONT", "TERR", "ZN")
#: roots whose events without a named target do not take the country of their site as target
UNSITED_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")
#: roots whose events take the country of their site as target only from a foreign source: a party that yields
#: at home ("rebels surrendered in X", "declared a ceasefire in south Lebanon") yields to no place
FOREIGN_SITED_ROOTS = ("08",)
#: how many sentences back a denied act with no target looks for the same act told with one
DENIED_REACH = 2

#: an upper-case place, an optional ", date" and "(agency)", then a dash: "KYIV, March 3 (AP) -"
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}(?:,[^\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-—–:]")


@dataclass(frozen=True, slots=True)
class Context:
    """What resolve knows about a document besides its events."""

    text: str
    times: Sequence[TimeValue]
    places: Sequence[Place]
    pub_date: date | None = None
    #: the sentences that only list places, by index, with their character span (places.place_lists)
    place_lists: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    #: the pairs of countries of each sentence's events (filled by resolve)
    dyads: Mapping[int, frozenset[frozenset[str | None]]] = field(default_factory=dict)
    #: the places that can be a site (see :func:`_sited`) and the times with a date (filled by resolve)
    sited: Sequence[Place] = ()
    dated: Sequence[TimeValue] = ()


def resolve(doc_id: str, matches: Sequence[EventMatch], *, context: Context) -> list[Event]:
    """Turn the events stage's matches into full :class:`Event` records."""
    dateline = _dateline_place(context)
    dyads: dict[int, set[frozenset[str | None]]] = {}
    for m in matches:
        dyads.setdefault(m.sentence, set()).add(_dyad(m))
    context = replace(context, dyads={n: frozenset(d) for n, d in dyads.items()}, sited=_sited(context.places),
                      dated=[t for t in context.times if t.value and t.value[:4].isdigit()])  # not PRESENT_REF
    events = []
    for m in matches:
        event = _event(doc_id, m, context, dateline)
        if event is None:
            continue
        events.append(event)
        if m.cameo in VISITS:
            events.extend(_stop_event(event, stop, context.text[event.span[0]:max(end, event.span[1])])
                          for stop, end in _further_stops(m, event.location, context))
    return _denied_targets(events)


def _denied_targets(events: list[Event]) -> list[Event]:
    """A denied act with no target is the act told before by the same side, with its target ("A strike hit a
    school ... The military denied carrying out the strike"): the latest earlier event of its root, within
    :data:`DENIED_REACH` sentences, whose source has the same country."""
    out: list[Event] = []
    for event in events:
        if event.factuality == "negated" and event.target is None and event.source and event.source.country:
            told = [e for e in out if e.cameo_root == event.cameo_root and e.factuality != "negated" and e.target
                    and e.target.country and e.source and e.source.country == event.source.country
                    and event.sentence - DENIED_REACH <= e.sentence <= event.sentence]
            if told:
                event = replace(event, target=told[-1].target, event_id="")
        out.append(event)
    return out


def _event(doc_id: str, m: EventMatch, ctx: Context, dateline: Place | None) -> Event | None:
    info = lookup(m.cameo)
    when = _event_time(m, ctx)
    armed = _unaffiliated(m.source)
    where = (_armed_site(m, ctx) if armed else None) or _clause_place(m, ctx)
    target = _located_target(m, where) if where else m.target
    location = where or _fallback_place(m, ctx, dateline, when)
    sides = _armed_sides(m, target, location) if armed else (m.source, target)
    if sides is None:
        return None
    return Event(
        doc_id=doc_id, sentence=m.sentence, evidence=m.evidence, span=m.span,
        source=sides[0], target=sides[1], cameo=m.cameo, cameo_root=info.root, quad=info.quad,
        goldstein=info.goldstein, plover=info.plover, factuality=m.factuality, rule=m.rule,
        date=when.value if when else None, date_text=when.text if when else None,
        attribution=m.attribution, location=location, confidence=m.confidence, cue=m.cue,
    )


def _unaffiliated(actor: Actor | None) -> bool:
    """Whether an actor is an armed force of no side and no country yet ("gunmen", an unattributed bombing)."""
    return actor is not None and not actor.country and actor.agent == UNAFFILIATED


#: a preposition of place before a name, within its noun phrase ("near the town of X", "outside the city of Y")
_PLACE_WORD = re.compile(r"\b(?:in|at|near|outside|inside|around|across|of)\b[^,;.]{0,50}\Z", re.IGNORECASE)


def _armed_site(m: EventMatch, ctx: Context) -> Place | None:
    """The site of violence by an unaffiliated force: the clause's place nearest its predicate among those named
    after a preposition of place (not "an anti-X journalist")."""
    in_clause = _within(_sites(m, ctx.places), m.clause)
    return _nearest([p for p in in_clause if _PLACE_WORD.search(ctx.text, max(0, p.start - 60), p.start)],
                    m.trigger[0])


def _armed_sides(m: EventMatch, target: Actor | None, location: Place | None
                 ) -> tuple[Actor | None, Actor | None] | None:
    """Source and target of violence by an unaffiliated force: the force is of the country where it struck (the
    CAMEO coders' practice), and so are the victims of an attack the text attributes to no one
    (:data:`UNATTRIBUTED`) when they have no country of their own; None for such an attack without a site in a
    known country (never a guess)."""
    country = location.country if location is not None else None
    unattributed = UNATTRIBUTED in m.rule
    if not country:
        return None if unattributed else (m.source, target)
    if unattributed and target is not None and not target.country:
        target = replace(target, country=country)
    return replace(m.source, country=country), target


def _located_target(m: EventMatch, where: Place) -> Actor | None:
    """Give a target without a country the country of the place the event happens at.

    A visit with no named host visits the country of the visited place ("visited the Vostochny
    Cosmodrome" → RUS); an agent-only target there belongs to it ("a plant in Komsomolsk" → RUS BUS).
    """
    target, source = m.target, m.source
    if not where.country:
        return target
    if target is None:
        foreign = source is not None and source.country != where.country
        if m.cameo[:2] in FOREIGN_SITED_ROOTS and not foreign:
            return None
        if (m.cameo == VISIT and foreign) or (m.cameo[:2] not in UNSITED_ROOTS and source is not None):
            return Actor(text=where.text, name=where.name, country=where.country)
        return None
    if not target.country and target.agent:
        return replace(target, country=where.country)
    return target


def _inside(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


_Spanned = TypeVar("_Spanned", Place, TimeValue)


def _within(items: Sequence[_Spanned], ranges: Sequence[tuple[int, int]]) -> list[_Spanned]:
    """The items that lie inside one of the character ranges."""
    if not ranges:
        return []
    low, high = min(a for a, _ in ranges), max(b for _, b in ranges)  # outside these bounds, inside none
    return [x for x in items if low <= x.start and x.end <= high and _inside(x.start, x.end, ranges)]


def _nearest(items: Sequence[TimeValue] | Sequence[Place], pivot: int):
    return min(items, key=lambda x: abs(x.start - pivot)) if items else None


def _event_time(m: EventMatch, ctx: Context) -> TimeValue | None:
    dated = ctx.dated
    in_clause = _within(dated, m.clause)
    if in_clause:
        return _nearest(in_clause, m.trigger[0])
    in_sentence = [t for t in dated if t.sentence == m.sentence]
    if len(in_sentence) == 1 and m.factuality != "future":
        return in_sentence[0]
    if m.factuality == "future":
        return _elaboration_time(m, ctx, dated)
    if m.factuality not in ("asserted", "negated"):  # what did not happen did not happen in the told scene
        return None
    earlier = [t for t in dated if t.start < m.span[0]]
    return earlier[-1] if earlier and _DAY.match(earlier[-1].value or "") else None


def _dyad(m: EventMatch) -> frozenset[str | None]:
    return frozenset(a.country if a else None for a in (m.source, m.target))


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _elaboration_time(m: EventMatch, ctx: Context, dated: Sequence[TimeValue]) -> TimeValue | None:
    """The date of a plan told in the next sentence of the paragraph, when that sentence codes no event of
    its own but between the same two countries, and its one date lies ahead of the publication date."""
    following = m.sentence + 1
    if ctx.dyads.get(following, frozenset()) - {_dyad(m)}:
        return None
    found = [t for t in dated if t.sentence == following]
    if len(found) != 1 or "\n" in ctx.text[m.span[1]:found[0].start]:
        return None
    value = found[0].value or ""
    if ctx.pub_date is not None and value < ctx.pub_date.isoformat()[:len(value)]:
        return None
    return found[0]


#: a preposition of place joining the predicate to a name makes it the site even when it also names a party
#: ("will meet in North Korea"), if the name follows the predicate within this many characters
_SITE_WORD = re.compile(r"\b(?:in|at|near|inside)\s+(?:the\s+)?\Z", re.IGNORECASE)
SITE_GAP = 12


def _clause_place(m: EventMatch, ctx: Context) -> Place | None:
    """The place named in the event's clause that is not one of its parties (a visit's host may be, and so
    may a party's country named as the site: "will meet in North Korea")."""
    in_clause = _within(ctx.sited, m.clause)
    named_site = [p for p in in_clause if 0 <= p.start - m.trigger[1] <= SITE_GAP
                  and _SITE_WORD.search(ctx.text, m.trigger[0], p.start)]
    return _nearest(_sites(m, in_clause) or named_site or (in_clause if m.cameo == VISIT else []), m.trigger[0])


def _sites(m: EventMatch, places: Sequence[Place]) -> list[Place]:
    """The places that are not the event's own parties ("Russia" in "Russia and China met")."""
    parties = [a.text for a in (m.source, m.target) if a is not None]
    return [p for p in _sited(places) if not any(p.text in text for text in parties)]


def _sited(places: Sequence[Place]) -> list[Place]:
    """Places that can be an event's site: resolved, and named as a place (a demonym such as "Russian
    troops" names a country but never where something happens)."""
    return [p for p in places if p.lat is not None and not p.rule.startswith("demonym")]


def _fallback_place(m: EventMatch, ctx: Context, dateline: Place | None, when: TimeValue | None) -> Place | None:
    """The scene of the paragraph or of the event's date, the site of its plan, the dateline, else the
    country of a domestic event."""
    if m.factuality == "asserted":
        paragraph_start = ctx.text.rfind("\n", 0, m.span[0]) + 1
        scene = _sites(m, [p for p in ctx.places if paragraph_start <= p.start < m.span[0]])
        if scene:
            return scene[-1]
        if when is not None and when.sentence < m.sentence:
            dated_scene = _sites(m, [p for p in ctx.places if p.sentence == when.sentence])
            if dated_scene:
                return dated_scene[0]
    if m.factuality == "future" and when is not None and when.sentence == m.sentence + 1:
        planned = [p for p in _sites(m, [p for p in ctx.places if p.sentence == when.sentence])
                   if _SITE_WORD.search(ctx.text, max(0, p.start - 12), p.start)]
        if planned:
            return planned[0]
    if dateline is not None:
        return dateline
    source, target = m.source, m.target
    if source is None or not source.country or (target is not None and target.country != source.country):
        return None
    named = [p for p in ctx.places if p.country == source.country and (p.feature or "").startswith("PCL")]
    return named[0] if named else None


def _dateline_place(ctx: Context) -> Place | None:
    """The place of a dateline opening the text (``KYIV, March 3 (AP) -``), if any."""
    found = _DATELINE.match(ctx.text)
    if not found:
        return None
    return next((p for p in ctx.places if p.end <= found.end() and p.lat is not None), None)


def _further_stops(m: EventMatch, first: Place | None, ctx: Context) -> list[tuple[Place, int]]:
    """The visit's other stops, each with the end of its evidence: the places after its predicate in its
    clause, then those of a place list right after its sentence in its paragraph, each over
    :data:`NEAR_KM` from the stops before it."""
    found = [(p, m.span[1]) for p in _listed_after(m, ctx)]
    listed = ctx.place_lists.get(m.sentence + 1)
    if listed and "\n" not in ctx.text[m.span[1]:listed[0]] and not ctx.dyads.get(m.sentence + 1):
        found += [(p, listed[1]) for p in _sites(m, ctx.places) if listed[0] <= p.start < listed[1]]
    stops: list[Place] = [first] if first is not None and first.lat is not None else []
    further = []
    for place, end in found:
        if not place.feature or place.feature.startswith(WIDE_FEATURES):
            continue
        if all(_km(place, s) > NEAR_KM for s in stops):
            stops.append(place)
            further.append((place, end))
    return further


def _listed_after(m: EventMatch, ctx: Context) -> list[Place]:
    """The places of the visit's clause listed after its predicate: the first with no clause opening
    between them, each next one joined to the one before ("... in Komsomolsk and the base in Vladivostok")."""
    found: list[Place] = []
    last = m.trigger[1]
    for p in _sites(m, ctx.places):
        if p.start < last or not _inside(p.start, p.end, m.clause):
            continue
        gap = ctx.text[last:p.start]
        if _CLAUSE.search(gap) or (found and not _JOINED.search(gap)):
            break
        found.append(p)
        last = p.end
    return found


#: words that open another clause or a journey's start between a visit and a place: not a stop of it
_CLAUSE = re.compile(r"\b(?:since|when|after|before|while|because|where|who|which|that|as|if|until|from|said|says"
                     r"|told|with|against)\b|[;:]", re.IGNORECASE)
_JOINED = re.compile(r"\b(?:and|then)\b|,", re.IGNORECASE)


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _stop_event(event: Event, stop: Place, evidence: str) -> Event:
    """The same visit at a further stop: the place is its object when the first stop's was an agent there."""
    target = event.target
    if target is not None and target.agent and target.agent != "GOV" and target.country == stop.country:
        target = Actor(text=stop.text, name=stop.name, country=stop.country)
    key = "\x1f".join([event.event_id, str(stop.geonameid or ""), stop.name or stop.text, stop.country or ""])
    return replace(event, target=target, location=stop, evidence=evidence, rule=f"{event.rule}>stop",
                   span=(event.span[0], event.span[0] + len(evidence)),
                   event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])
