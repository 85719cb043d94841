"""Places: gazetteer index, toponym recognition and resolution.

Entry point: :func:`find_places` (a parsed ``Doc`` in, :class:`~eventcoder.records.Place` records out);
:func:`place_lists`: the sentences that only list places (an itinerary broken into fragments).
"""

from eventcoder.places.find import find_places, place_lists
from eventcoder.places.gazetteer import get_gazetteer, load_supplement

__all__ = ["find_places", "get_gazetteer", "load_supplement", "place_lists"]
