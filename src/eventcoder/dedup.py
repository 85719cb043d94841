"""One event from many reports.

Within a document, a sentence may yield the same event twice (two patterns, or a compound phrase
matched twice): events sharing an ``event_id`` (same sentence, dyad and code) collapse into the
one with the highest confidence. Cross-document deduplication builds on the same key.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventcoder.records import Event


def dedup_document(events: Iterable[Event]) -> list[Event]:
    """Keep one event per ``event_id``, the most confident, in first-seen order."""
    best: dict[str, Event] = {}
    for event in events:
        kept = best.get(event.event_id)
        if kept is None or event.confidence > kept.confidence:
            best[event.event_id] = event
    return list(best.values())
