"""The local engine: the same events on one or two workers, in document order; failures as records."""

from datetime import date

from eventcoder.engines import Coded, Failure, code_local
from eventcoder.engines.local import chunks
from eventcoder.records import Document
from support import fail_events_on

TEXTS = ["Egypt condemned Israel for the raid on Tuesday.", "It rained all week.",
         "Turkey will host talks between Sudan and Ethiopia next month.", "Ghana praised Togo for the election.",
         "Chile and Peru signed a fisheries agreement in Lima."]


def _docs() -> list[Document]:
    return [Document(id=f"d{i}", text=text, date=date(2024, 1, 10)) for i, text in enumerate(TEXTS)]


def _flat(items) -> list[tuple[str, list[dict]]]:
    return [(item.document.id, [e.to_dict() for e in item.events]) for item in items]


def test_two_workers_code_the_same_events_in_document_order():
    one = list(code_local(_docs(), workers=1, chunk=2))
    two = list(code_local(_docs(), workers=2, chunk=2))
    assert [item.document.id for item in two] == ["d0", "d1", "d2", "d3", "d4"]
    assert all(isinstance(item, Coded) for item in two)
    assert _flat(two) == _flat(one)
    assert sum(len(item.events) for item in one) >= 3


def test_a_failing_document_becomes_a_failure_in_its_place(monkeypatch):
    fail_events_on(monkeypatch, "rained")
    docs = [*_docs()[:3]]
    docs[1] = Document(id="d1", text="It rained all week.", origin="news.jsonl:7")
    items = list(code_local(docs, workers=1))
    assert [type(item) for item in items] == [Coded, Failure, Coded]
    failure = items[1]
    assert failure.to_dict() == {"source": "news.jsonl", "line": 7, "doc_id": "d1",
                                 "error": "document 'd1' could not be coded: RuntimeError: broken stage"}
    assert str(failure.as_error()).startswith("news.jsonl:7: document 'd1'")


def test_chunks_keep_order_and_the_short_tail():
    assert [[d.id for d in c] for c in chunks(_docs(), 2)] == [["d0", "d1"], ["d2", "d3"], ["d4"]]
