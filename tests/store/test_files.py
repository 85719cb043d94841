import csv
import json

import pyarrow.parquet as pq
import pytest

from eventcoder.errors import UsageError
from eventcoder.records import Actor, Event
from eventcoder.store import write_events
from eventcoder.store.files import SCHEMA


def events(n=3):
    return [Event(doc_id=f"d{i}", sentence=i, evidence="Chad thanked Niger.", span=(0, 19),
                  source=Actor(text="Chad", country="TCD"), target=None, cameo="018", cameo_root="01", quad=1,
                  goldstein=3.4, plover=None, factuality="asserted", rule="thank.v") for i in range(n)]


def test_jsonl_keeps_nested_records(tmp_path):
    path = tmp_path / "out.jsonl"
    assert write_events(events(), path) == 3
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert rows[1]["source"]["country"] == "TCD" and rows[1]["target"] is None


def test_csv_and_parquet_have_the_flat_schema(tmp_path):
    write_events(events(), tmp_path / "out.csv")
    with (tmp_path / "out.csv").open() as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == SCHEMA.names
        assert [r["doc_id"] for r in reader] == ["d0", "d1", "d2"]
    write_events(events(), tmp_path / "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.names == SCHEMA.names and table.num_rows == 3
    assert table.column("goldstein").to_pylist() == [3.4, 3.4, 3.4]


def test_empty_parquet_still_has_the_schema(tmp_path):
    write_events([], tmp_path / "none.parquet")
    assert pq.read_table(tmp_path / "none.parquet").schema.names == SCHEMA.names


def test_unknown_extension_says_what_is_expected(tmp_path):
    with pytest.raises(UsageError, match=r"expected a file name ending in \.jsonl"):
        write_events(events(), tmp_path / "out.xlsx")
