"""Read-only queries: event filters, dyad series, documents, the Python API."""

import datetime

import pytest

from eventcoder.errors import UsageError
from eventcoder.store.query import EventFilter, EventStore, highlights


@pytest.fixture
def store(store_path):
    with EventStore(store_path) as opened:
        yield opened


@pytest.mark.parametrize(("conditions", "docs"), [
    ({"actor": "NOR"}, ["d3", "d3"]),
    ({"actor": "VNMCOP"}, ["d1"]),
    ({"country": "VNM", "quad": 4}, ["d1"]),
    ({"code": "04"}, ["d1", "d2"]),
    ({"root": "05", "factuality": "negated"}, ["d3"]),
    ({"start": datetime.date(2024, 3, 6), "end": datetime.date(2024, 3, 31)}, ["d2"]),
    ({"bbox": (100.0, 10.0, 110.0, 30.0)}, ["d1", "d2"]),
    ({"text": "fisheries"}, ["d3"]),
    ({"text": "100%_"}, []),
])
def test_event_filters(store, conditions, docs):
    assert sorted(store.events(**conditions).column("doc_id").to_pylist()) == docs


def test_filter_values_are_checked():
    with pytest.raises(UsageError, match="quad"):
        EventFilter(quad=5)
    with pytest.raises(UsageError, match="actor"):
        EventFilter(actor="RUS' OR 1=1 --")


def test_dyad_counts_merged_events_both_ways(store):
    rows = store.dyad("VNM", "LAO", by="month", factuality=None).to_pylist()
    assert [(r["period"], r["events"], r["quad1"], r["quad4"], r["reports"]) for r in rows] == [
        ("2024-03", 2, 1, 1, 3)]
    assert rows[0]["goldstein"] == pytest.approx((1.9 - 10.0) / 2, abs=0.01)
    assert rows[0]["top_codes"] == "042 x1, 190 x1"
    assert store.dyad("VNM", "LAO", directed=True).num_rows == 1  # the clash only goes VNM -> LAO
    assert store.dyad("NOR", "VNM").num_rows == 0  # the only NOR-VNM event is negated


def test_dyad_periods(store):
    weeks = store.dyad("LAO", "VNM", by="week", factuality="asserted").column("period").to_pylist()
    assert weeks == ["2024-W10"]
    with pytest.raises(UsageError, match="by: expected"):
        store.dyad("LAO", "VNM", by="year")


def test_document_with_its_highlighted_spans(store):
    found = store.document("d1")
    assert found["document"]["text"].startswith("Laos sent")
    assert [(h["start"], h["end"]) for h in found["highlights"]] == [(0, 42), (43, 88)]
    assert store.document("nope") is None


def test_overlapping_spans_merge_into_one_highlight():
    rows = [{"span_start": 0, "span_end": 10, "event_id": "a"}, {"span_start": 5, "span_end": 20, "event_id": "b"}]
    assert highlights(rows) == [{"start": 0, "end": 20, "event_ids": ["a", "b"]}]


def test_python_api_returns_arrow_and_sql(store):
    table = store.query("SELECT count(*) AS n FROM merged_events")
    assert table.to_pylist() == [{"n": 4}]
    with pytest.raises(UsageError, match="query failed"):
        store.query("DROP TABLE events")
