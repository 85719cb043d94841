"""Helpers shared by tests (on the test path through pytest's ``pythonpath`` setting)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventcoder.records import Actor, ActorMention

#: name in the text -> (country, agent, kind): the kind goes into the mention's rule ("person:Lula")
ActorTable = dict[str, tuple[str | None, str | None, str]]


def hand_mentions(doc: Doc, table: ActorTable) -> list[ActorMention]:
    """Actor mentions built by hand: every whole-word occurrence of a table name in the parsed text."""
    sents = list(doc.sents)
    out = []
    for name, (country, agent, kind) in table.items():
        for m in re.finditer(rf"\b{name}\b", doc.text):
            span = doc.char_span(m.start(), m.end())
            index = next(i for i, s in enumerate(sents) if s.start <= span.start < s.end)
            out.append(ActorMention(Actor(name, name, country, agent), m.start(), m.end(), index,
                                    f"{kind}:{name}", span.root.i))
    return out


def coded_events(text: str, actors: dict[str, tuple[str | None, str | None]]) -> list[tuple]:
    """``(cameo, source country, target country, factuality)`` of the events in ``text``, parsed with the real
    model, with hand-built mentions of ``actors`` (name -> (country, agent))."""
    from eventcoder.events import find_events
    from eventcoder.nlp import get_nlp

    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in actors.items()}))
    return [(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found]


def fail_events_on(monkeypatch, word: str) -> None:
    """Make the pipeline's events stage raise for every document whose text contains ``word``."""
    from eventcoder import pipeline

    real = pipeline.find_events

    def flaky(doc, actors, **options):
        if word in doc.text:
            raise RuntimeError("broken stage")
        return real(doc, actors, **options)

    monkeypatch.setattr(pipeline, "find_events", flaky)
