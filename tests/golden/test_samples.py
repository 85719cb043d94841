"""Golden end-to-end cases: the bundled sample corpus coded with the real model.

Each expectation is what an analyst codes from our own invented articles; a change that loses one
is a regression to look at, not a number to update.
"""

import pytest

from eventcoder.ingest import read_documents
from eventcoder.pipeline import analyze
from eventcoder.tables import data_path


@pytest.fixture(scope="module")
def events():
    docs = read_documents([str(data_path("samples/samples.jsonl"))])
    return [e for a in analyze(docs) for e in a.events]


# doc, source country, target country, CAMEO code, factuality, date, place name
EXPECTED = [
    ("sample-01", "IDN", "JPN", "040", "asserted", "2023-12-17", "Tokyo"),
    ("sample-01", "IDN", "JPN", "036", "asserted", None, None),
    ("sample-04", "CHL", "ARG", "040", "future", "2024-03-11", None),
    ("sample-05", "GBR", "IRN", "163", "asserted", "2024-01-29", None),
    ("sample-12", "CHN", "PHL", "112", "asserted", "2024-06-18", "Second Thomas Shoal"),
    ("sample-13", "VEN", "GUY", "130", "asserted", "2023-12-06", None),
    ("sample-16", "KOR", "JPN", "036", "asserted", None, None),
]


def _find(events, doc, source, target, cameo):
    return [e for e in events if e.doc_id == doc and e.cameo == cameo and e.source and e.source.country == source
            and (e.target.country if e.target else None) == target]


@pytest.mark.parametrize(("doc", "source", "target", "cameo", "factuality", "date", "place"), EXPECTED)
def test_expected_event_is_coded(events, doc, source, target, cameo, factuality, date, place):
    found = _find(events, doc, source, target, cameo)
    assert found, f"{doc}: no {cameo} {source}->{target}"
    event = found[0]
    assert event.factuality == factuality
    if date:
        assert event.date == date
    if place:
        assert event.location is not None and event.location.name == place


def test_talks_that_ended_without_agreement_assert_no_signing(events):
    assert not [e for e in events if e.doc_id == "sample-03" and e.cameo == "057" and e.factuality == "asserted"]


def test_every_event_is_explained(events):
    assert len(events) >= 40
    for e in events:
        assert e.evidence and e.rule and e.source is not None
        assert e.factuality in ("asserted", "negated", "future", "hypothetical")
        assert e.quad in (1, 2, 3, 4) and -10 <= e.goldstein <= 10
