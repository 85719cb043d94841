"""The events stage: CAMEO code tables, verb patterns, matching, factuality and attribution.

``find_events(doc, actors)`` turns a parsed document and the actor mentions found in it into
:class:`~eventcoder.records.EventMatch` records; ``codes.lookup(cameo)`` describes a code.
"""

from eventcoder.events.match import find_events

__all__ = ["find_events"]
