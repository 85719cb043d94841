"""One event from many reports.

Within a document, a sentence may yield the same event twice (two patterns, or a compound phrase
matched twice): events sharing an ``event_id`` (same sentence, dyad and code) collapse into the
one with the highest confidence.

Across documents, the same event reported by several articles (same dyad, CAMEO root and
factuality, dates within a day, same or no location) becomes one :class:`MergedEvent` that keeps
every report; :func:`cluster_reports` does the grouping on light :class:`Report` keys so the
store can run it over stored rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from eventcoder.records import Event


def dedup_document(events: Iterable[Event]) -> list[Event]:
    """Keep one event per ``event_id``, the most confident, in first-seen order."""
    best: dict[str, Event] = {}
    for event in events:
        kept = best.get(event.event_id)
        if kept is None or event.confidence > kept.confidence:
            best[event.event_id] = event
    return list(best.values())


@dataclass(frozen=True, slots=True)
class Report:
    """What cross-document dedup compares of one reported event (built from an Event or a stored row)."""

    event_id: str
    doc_id: str
    source: str  # CAMEO actor codes; "" when absent
    target: str
    root: str
    factuality: str
    date: str | None  # ISO date at its granularity
    place: str | None  # a key of the location (GeoNames id, else name and country); None when unlocated
    confidence: float = 0.5

    @classmethod
    def of(cls, event: Event) -> Report:
        """The report of one coded event."""
        loc = event.location
        place = None
        if loc is not None:
            place = str(loc.geonameid) if loc.geonameid else f"{loc.name or loc.text}|{loc.country or ''}"
        return cls(event.event_id, event.doc_id, event.source.code if event.source else "",
                   event.target.code if event.target else "", event.cameo_root, event.factuality, event.date,
                   place, event.confidence)


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One event with every report of it: the most confident report stands for it."""

    event: Event
    reports: tuple[Event, ...]

    @property
    def doc_ids(self) -> list[str]:
        """The documents that report it, in first-seen order."""
        return list(dict.fromkeys(r.doc_id for r in self.reports))


def cluster_reports(reports: Iterable[Report], *, max_days: int = 1) -> dict[str, str]:
    """Map each report's ``event_id`` to its cluster id (the event_id of the cluster's earliest report).

    Reports are one event when they share dyad (source and target codes), CAMEO root and factuality,
    their dates are within ``max_days`` days (day-precision dates; coarser dates must be equal; reports
    without a date are never merged), and their locations agree or at least one is unlocated.
    """
    groups: dict[tuple, list[Report]] = defaultdict(list)
    assigned: dict[str, str] = {}
    for report in reports:
        if report.date is None:
            assigned[report.event_id] = report.event_id
        else:
            groups[(report.source, report.target, report.root, report.factuality)].append(report)
    for members in groups.values():
        members.sort(key=lambda r: (_day(r.date) or date.max, r.date, r.event_id))
        clusters: list[_Cluster] = []
        for report in members:
            home = next((c for c in clusters if c.accepts(report, max_days=max_days)), None)
            if home is None:
                home = _Cluster(report)
                clusters.append(home)
            home.add(report)
            assigned[report.event_id] = home.id
    return assigned


def dedup_events(events: Iterable[Event], *, max_days: int = 1) -> list[MergedEvent]:
    """Merge the reports of the same event across documents; every report is kept on its merged event."""
    events = list(events)
    cluster = cluster_reports((Report.of(e) for e in events), max_days=max_days)
    members: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        members[cluster[event.event_id]].append(event)
    return [MergedEvent(max(group, key=lambda e: e.confidence), tuple(group)) for group in members.values()]


class _Cluster:
    """Reports merged so far: the first day, the last day, the place (first known one)."""

    def __init__(self, first: Report) -> None:
        self.id, self.first, self.last, self.place = first.event_id, first.date, first.date, None

    def accepts(self, report: Report, *, max_days: int) -> bool:
        if self.place and report.place and self.place != report.place:
            return False
        day, first, last = _day(report.date), _day(self.first), _day(self.last)
        if day is None or first is None:
            return report.date == self.first
        return last is not None and (day - first).days <= max_days and (day - last).days >= -max_days

    def add(self, report: Report) -> None:
        self.last = max(self.last or "", report.date or "") or None
        self.place = self.place or report.place


def _day(value: str | None) -> date | None:
    """A day-precision ISO date, or None for coarser or missing dates."""
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
