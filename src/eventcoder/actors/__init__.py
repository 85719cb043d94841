"""The actors stage: who is mentioned, coded as CAMEO country + agent type.

``find_actors(doc, *, on=None)`` returns :class:`~eventcoder.records.ActorMention` records; the
knowledge it uses lives in ``data/actors/`` and is read by :mod:`eventcoder.actors.knowledge`.
"""

from eventcoder.actors.knowledge import ActorKnowledge, load_knowledge
from eventcoder.actors.recognize import find_actors

__all__ = ["ActorKnowledge", "find_actors", "load_knowledge"]
