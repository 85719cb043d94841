"""``code --db``, ``query``, ``dyad`` and ``export`` through the CLI (the coding test runs the model)."""

import json

import duckdb
from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()


def test_coding_into_a_store_twice_keeps_the_event_count(tmp_path):
    docs = tmp_path / "docs.jsonl"
    lines = [{"id": "a", "text": "Egypt condemned Israel on Monday.", "date": "2024-01-02"},
             {"id": "b", "text": "Kenya hosted Somalia for talks in Nairobi.", "date": "2024-01-03"}]
    docs.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    first = runner.invoke(app, ["code", str(docs), "-o", str(db)])
    assert first.exit_code == 0, first.output
    count = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchall()[0][0]
    assert count >= 2
    second = runner.invoke(app, ["code", str(docs), "--db", str(db)])
    assert second.exit_code == 0 and "2 document(s) already in" in second.output
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM events").fetchall()[0][0] == count


def test_query_dyad_and_export_commands(store_path, tmp_path):
    result = runner.invoke(app, ["query", "SELECT doc_id FROM documents ORDER BY doc_id", "--db", str(store_path),
                                 "--csv"])
    assert result.exit_code == 0 and result.stdout.split() == ['"doc_id"', '"d1"', '"d2"', '"d3"']
    result = runner.invoke(app, ["dyad", "lao", "VNM", "--db", str(store_path), "--csv", "--factuality", "any"])
    assert result.exit_code == 0 and '"2024-03",2,1,0,0,1' in result.stdout
    assert runner.invoke(app, ["query", "DELETE FROM events", "--db", str(store_path)]).exit_code == 2
    assert runner.invoke(app, ["dyad", "LAO", "VNM", "--db", str(store_path), "--by", "year"]).exit_code == 2
    out = tmp_path / "gdelt.tsv"
    assert runner.invoke(app, ["export", str(out), "--db", str(store_path)]).exit_code == 0
    assert len(out.read_text().splitlines()) == 4
