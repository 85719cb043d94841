"""Times: time expressions and their resolution against the publication date.

Entry point: :func:`find_times` (a parsed ``Doc`` in, :class:`~eventcoder.records.TimeValue` records out).
Values are ISO at their granularity ("2023-09-13", "2023-W37", "2023-09", "2023"), ``PRESENT_REF`` for
"now"/"currently", a TIMEX3 duration ("P4Y5M", never an event's date), or ``None`` for a date-like phrase
that could not be resolved; ages are not returned at all.
"""

from eventcoder.times.find import find_times
from eventcoder.times.rules import PRESENT_REF

__all__ = ["PRESENT_REF", "find_times"]
