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

Actors: a target without a country takes the country of the place in the event's clause (a visit
to a named site with no host named visits that site's country); an event with no target at all, other
than a statement, appeal, intent, meeting, demand or threat, takes that country as its target
("demonstrated in Kirkuk" → IRQ, "imposed a curfew in Algiers" → DZA).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from eventcoder.events.codes import lookup
from eventcoder.records import Actor, Event, EventMatch, Place, TimeValue

VISIT = "042"  # CAMEO "make a visit"
#: roots whose events without a named target do not take the country of their site as target
UNSITED_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")

#: an upper-case place, an optional ", date" and "(agency)", then a dash: "KYIV, March 3 (AP) -"
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}(?:,[^\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-—–:]")


@dataclass(frozen=True, slots=True)
class Context:
    """What resolve knows about a document besides its events."""

    text: str
    times: Sequence[TimeValue]
    places: Sequence[Place]
    pub_date: date | None = None
    #: the pairs of countries of each sentence's events (filled by resolve)
    dyads: Mapping[int, frozenset[frozenset[str | None]]] = field(default_factory=dict)


def resolve(doc_id: str, matches: Sequence[EventMatch], *, context: Context) -> list[Event]:
    """Turn the events stage's matches into full :class:`Event` records."""
    dateline = _dateline_place(context)
    dyads: dict[int, set[frozenset[str | None]]] = {}
    for m in matches:
        dyads.setdefault(m.sentence, set()).add(_dyad(m))
    context = replace(context, dyads={n: frozenset(d) for n, d in dyads.items()})
    return [_event(doc_id, m, context, dateline) for m in matches]


def _event(doc_id: str, m: EventMatch, ctx: Context, dateline: Place | None) -> Event:
    info = lookup(m.cameo)
    when = _event_time(m, ctx)
    where = _clause_place(m, ctx)
    target = _located_target(m, where) if where else m.target
    return Event(
        doc_id=doc_id, sentence=m.sentence, evidence=m.evidence, span=m.span,
        source=m.source, target=target, cameo=m.cameo, cameo_root=info.root, quad=info.quad,
        goldstein=info.goldstein, plover=info.plover, factuality=m.factuality, rule=m.rule,
        date=when.value if when else None, date_text=when.text if when else None,
        attribution=m.attribution, location=where or _fallback_place(m, ctx, dateline, when),
        confidence=m.confidence, cue=m.cue,
    )


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
        if (m.cameo == VISIT and foreign) or (m.cameo[:2] not in UNSITED_ROOTS and source is not None):
            return Actor(text=where.text, name=where.name, country=where.country)
        return None
    if not target.country and target.agent:
        return replace(target, country=where.country)
    return target


def _inside(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _nearest(items: Sequence[TimeValue] | Sequence[Place], pivot: int):
    return min(items, key=lambda x: abs(x.start - pivot)) if items else None


def _event_time(m: EventMatch, ctx: Context) -> TimeValue | None:
    dated = [t for t in ctx.times if t.value and t.value[:4].isdigit()]  # not PRESENT_REF
    in_clause = [t for t in dated if _inside(t.start, t.end, m.clause)]
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
    in_clause = [p for p in _sited(ctx.places) if _inside(p.start, p.end, m.clause)]
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
