"""Resolve each event's date and location from the mentions around it, and attach its code facts.

Date, in order: a time expression inside the event's clause; the only dated expression of its
sentence; for an asserted event, the last day-precise date told earlier in the same paragraph
(news narrates a dated scene and keeps to it); else ``None``.

Location, in order: a place inside the event's clause; the dateline place (``MOSCOW, Sept. 13 -``);
for a domestic event (one country on both sides, or no target), a mention of that country in the
document; else ``None`` rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from eventcoder.events.codes import lookup
from eventcoder.records import Event, EventMatch, Place, TimeValue

#: an upper-case place, an optional ", date" and "(agency)", then a dash: "KYIV, March 3 (AP) -"
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}(?:,[^\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-—–:]")


@dataclass(frozen=True, slots=True)
class Context:
    """What resolve knows about a document besides its events."""

    text: str
    times: Sequence[TimeValue]
    places: Sequence[Place]
    pub_date: date | None = None


def resolve(doc_id: str, matches: Sequence[EventMatch], *, context: Context) -> list[Event]:
    """Turn the events stage's matches into full :class:`Event` records."""
    dateline = _dateline_place(context)
    return [_event(doc_id, m, context, dateline) for m in matches]


def _event(doc_id: str, m: EventMatch, ctx: Context, dateline: Place | None) -> Event:
    info = lookup(m.cameo)
    when = _event_time(m, ctx)
    return Event(
        doc_id=doc_id, sentence=m.sentence, evidence=m.evidence, span=m.span,
        source=m.source, target=m.target, cameo=m.cameo, cameo_root=info.root, quad=info.quad,
        goldstein=info.goldstein, plover=info.plover, factuality=m.factuality, rule=m.rule,
        date=when.value if when else None, date_text=when.text if when else None,
        attribution=m.attribution, location=_event_place(m, ctx, dateline), confidence=m.confidence,
        cue=m.cue,
    )


def _inside(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _nearest(items: Sequence[TimeValue] | Sequence[Place], pivot: int):
    return min(items, key=lambda x: abs(x.start - pivot)) if items else None


def _event_time(m: EventMatch, ctx: Context) -> TimeValue | None:
    dated = [t for t in ctx.times if t.value]
    in_clause = [t for t in dated if _inside(t.start, t.end, m.clause)]
    if in_clause:
        return _nearest(in_clause, m.trigger[0])
    in_sentence = [t for t in dated if t.sentence == m.sentence]
    if len(in_sentence) == 1 and m.factuality != "future":
        return in_sentence[0]
    if m.factuality != "asserted":
        return None
    paragraph_start = ctx.text.rfind("\n", 0, m.span[0]) + 1
    earlier = [t for t in dated if paragraph_start <= t.start < m.span[0] and len(t.value or "") == 10]
    return earlier[-1] if earlier else None


def _event_place(m: EventMatch, ctx: Context, dateline: Place | None) -> Place | None:
    located = [p for p in ctx.places if p.lat is not None]
    in_clause = [p for p in located if _inside(p.start, p.end, m.clause)]
    if in_clause:
        return _nearest(in_clause, m.trigger[0])
    if dateline is not None:
        return dateline
    countries = {a.country for a in (m.source, m.target) if a is not None and a.country}
    if len(countries) == 1:
        (country,) = countries
        named = [p for p in located if p.country == country and (p.feature or "").startswith("PCL")]
        return named[0] if named else None
    return None


def _dateline_place(ctx: Context) -> Place | None:
    """The place of a dateline opening the text (``KYIV, March 3 (AP) -``), if any."""
    found = _DATELINE.match(ctx.text)
    if not found:
        return None
    return next((p for p in ctx.places if p.end <= found.end() and p.lat is not None), None)
