"""The shipped sample corpus loads cleanly through the ingest stage."""

from __future__ import annotations

from eventcoder.errors import InputError
from eventcoder.ingest import read_documents
from eventcoder.normalize import normalize
from eventcoder.tables import data_path

SAMPLES = data_path("samples/samples.jsonl")


def test_samples_load_without_errors() -> None:
    errors: list[InputError] = []
    docs = list(read_documents([str(SAMPLES)], on_error=errors.append))
    assert errors == []
    assert 14 <= len(docs) <= 18
    assert len({d.id for d in docs}) == len(docs)
    for doc in docs:
        assert doc.id and doc.text.strip() and doc.date is not None and doc.title
        assert 2022 <= doc.date.year <= 2025
        assert 80 <= len(doc.text.split()) <= 250


def test_three_samples_need_repair() -> None:
    docs = list(read_documents([str(SAMPLES)]))
    repaired = [d.id for d in docs if normalize(d.text).text != d.text]
    assert len(repaired) == 3
