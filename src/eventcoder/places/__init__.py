"""Places: gazetteer index, toponym recognition and resolution.

Entry point: :func:`find_places` (a parsed ``Doc`` in, :class:`~eventcoder.records.Place` records out).
"""

from eventcoder.places.find import find_places
from eventcoder.places.gazetteer import get_gazetteer, load_supplement

__all__ = ["find_places", "get_gazetteer", "load_supplement"]
