"""The Dask engine on a small in-process LocalCluster: the same events as the local engine, resumable."""

from datetime import date

import pyarrow.dataset as ds
import pytest

from eventcoder.engines import Coded, code_local
from eventcoder.engines.cluster import code_dask
from eventcoder.records import Document

pytest.importorskip("distributed")

TEXTS = ["Egypt condemned Israel for the raid on Tuesday.", "It rained all week.",
         "Turkey will host talks between Sudan and Ethiopia next month.", "Ghana praised Togo for the election.",
         "Chile and Peru signed a fisheries agreement in Lima."]


def _docs(texts=TEXTS) -> list[Document]:
    return [Document(id=f"d{i}", text=text, date=date(2024, 1, 10)) for i, text in enumerate(texts)]


def _rows(folder) -> list[dict]:
    table = ds.dataset(str(folder), format="parquet").to_table()
    return sorted(table.to_pylist(), key=lambda r: (r["doc_id"], r["event_id"]))


def test_a_local_cluster_codes_the_same_events_as_the_local_engine(tmp_path):
    parts = list(code_dask(_docs(), tmp_path / "out", workers=1, partition=2, processes=False))
    assert [p.part for p in parts] == [0, 1, 2] and sum(p.documents for p in parts) == 5
    assert not any(p.failures for p in parts)
    local = [e.to_flat() for item in code_local(_docs(), workers=1) if isinstance(item, Coded) for e in item.events]
    assert _rows(tmp_path / "out") == sorted(local, key=lambda r: (r["doc_id"], r["event_id"]))
    assert sum(p.events for p in parts) == len(local) >= 3


def test_a_resumed_dataset_codes_only_new_documents(tmp_path):
    out = tmp_path / "out"
    list(code_dask(_docs()[:3], out, workers=1, partition=2, processes=False))
    (out / "part-000001.parquet").rename(out / "part-000009.parquet")  # an orphan: no state file names it
    (out / "_state" / "part-000001.json").unlink()
    parts = list(code_dask(_docs(), out, workers=1, partition=2, processes=False, resume=True))
    assert [p.part for p in parts] == [1, 2] and sum(p.documents for p in parts) == 3
    assert sorted(f.name for f in out.glob("part-*.parquet")) == ["part-000000.parquet", "part-000001.parquet",
                                                                   "part-000002.parquet"]
    assert _rows(out) == _rows_of_fresh_run(tmp_path / "fresh")


def _rows_of_fresh_run(folder) -> list[dict]:
    list(code_dask(_docs(), folder, workers=1, partition=5, processes=False))
    return _rows(folder)
