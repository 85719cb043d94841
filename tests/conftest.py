"""Shared fixtures: hand-built event records and a small DuckDB store made of them (no model needed)."""

import datetime

import pytest

from eventcoder.records import Actor, Document, Event, Place

HANOI = Place(text="Hanoi", start=0, end=5, sentence=0, name="Hanoi", country="VNM", admin1="44", lat=21.02,
              lon=105.84, geonameid=1581130, feature="PPLC")
OSLO = Place(text="Oslo", start=0, end=4, sentence=0, name="Oslo", country="NOR", admin1="12", lat=59.91, lon=10.75,
             geonameid=3143244, feature="PPLC")


def make_event(doc_id="d1", *, sentence=0, source=("LAO", "GOV"), target=("VNM", "GOV"), cameo="042", quad=1,
               goldstein=1.9, date="2024-03-05", factuality="asserted", location=None, confidence=0.6,
               evidence="Laos sent its foreign minister to Vietnam.", span=(0, 42)):
    """One coded event, built by hand."""
    def actor(pair):
        if pair is None:
            return None
        country, agent = pair
        return Actor(text=country.title(), name=country.title(), country=country, agent=agent)

    return Event(doc_id=doc_id, sentence=sentence, evidence=evidence, span=span, source=actor(source),
                 target=actor(target), cameo=cameo, cameo_root=cameo[:2], quad=quad, goldstein=goldstein,
                 plover="CONSULT", factuality=factuality, rule="test.rule", date=date, location=location,
                 confidence=confidence)


def sample_documents():
    """Documents with their events: two reports of one Laos-Vietnam visit, a clash, a negated deal, an aid."""
    text1 = "Laos sent its foreign minister to Vietnam. Vietnamese police clashed with Lao smugglers."
    text2 = "The Lao minister arrived in Hanoi on Tuesday for talks."
    text3 = "Norway did not sign the fisheries deal with Vietnam. Norway gave aid to Laos."
    return [
        (Document(id="d1", text=text1, date=datetime.date(2024, 3, 5), url="https://news.example/a", source="A"),
         [make_event("d1", location=HANOI),
          make_event("d1", sentence=1, source=("VNM", "COP"), target=("LAO", "CRM"), cameo="190", quad=4,
                     goldstein=-10.0, evidence="Vietnamese police clashed with Lao smugglers.", span=(43, 88))]),
        (Document(id="d2", text=text2, date=datetime.date(2024, 3, 6), source="B"),
         [make_event("d2", date="2024-03-06", location=HANOI, confidence=0.9,
                     evidence="The Lao minister arrived in Hanoi on Tuesday for talks.", span=(0, 55))]),
        (Document(id="d3", text=text3, date=datetime.date(2024, 4, 2), source="A"),
         [make_event("d3", source=("NOR", None), target=("VNM", None), cameo="057", goldstein=8.0, date="2024-04-02",
                     factuality="negated", evidence="Norway did not sign the fisheries deal with Vietnam.",
                     span=(0, 52), location=OSLO),
          make_event("d3", sentence=1, source=("NOR", None), target=("LAO", None), cameo="070", quad=2,
                     goldstein=7.0, date="2024-04-02", evidence="Norway gave aid to Laos.", span=(53, 77))]),
    ]


@pytest.fixture
def store_path(tmp_path):
    """A store file holding :func:`sample_documents`."""
    from eventcoder.store.db import Store

    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        for document, events in sample_documents():
            store.write_document(document, events)
    return path


@pytest.fixture
def new_event():
    """The :func:`make_event` factory."""
    return make_event


@pytest.fixture
def documents():
    """The :func:`sample_documents`."""
    return sample_documents()
