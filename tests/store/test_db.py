"""The DuckDB store: migrations, idempotent re-coding, crash consistency, one writer."""

import os
import signal
import subprocess
import sys
import textwrap

import duckdb
import pytest

from eventcoder.errors import UsageError
from eventcoder.records import Document
from eventcoder.store.db import Store, event_day, open_read_only
from eventcoder.store.schema import LATEST, MIGRATIONS


def snapshot(path):
    """Everything stored except write times, in a stable order."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        events = con.execute("SELECT * EXCLUDE (stored_at) FROM events ORDER BY event_id").fetchall()
        docs = con.execute("SELECT * EXCLUDE (stored_at) FROM documents ORDER BY doc_id").fetchall()
        clusters = con.execute("SELECT * FROM clusters ORDER BY event_id").fetchall()
    finally:
        con.close()
    return events, docs, clusters


def test_migrations_are_recorded_in_order(store_path):
    con = open_read_only(store_path)
    rows = con.execute("SELECT version, description FROM schema_version ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [v for v, _, _ in MIGRATIONS] and rows[-1][0] == LATEST


def test_recoding_a_document_replaces_its_events(store_path, documents):
    before = snapshot(store_path)
    with Store(store_path) as store:
        for document, events in documents:
            store.write_document(document, events)
    assert snapshot(store_path) == before
    document, events = documents[0]
    with Store(store_path) as store:
        store.write_document(document, events[:1])
    assert len(snapshot(store_path)[0]) == len(before[0]) - 1


def test_unchanged_documents_are_recognised(store_path, documents):
    document = documents[0][0]
    with Store(store_path) as store:
        assert store.is_current(document)
        assert not store.is_current(Document(id=document.id, text=document.text + " More.", date=document.date))
        assert not store.is_current(Document(id="new", text="x"))


def test_clusters_merge_reports_across_documents(store_path):
    con = open_read_only(store_path)
    merged = con.execute("SELECT doc_id, num_mentions, num_articles, num_sources FROM merged_events "
                         "WHERE cameo = '042'").fetchall()
    assert merged == [("d2", 2, 2, 2)]  # the more confident report stands for the visit
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 5  # every report is kept


def test_read_only_connection_refuses_writes_and_missing_files(store_path, tmp_path):
    con = open_read_only(store_path)
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM events")
    with pytest.raises(UsageError, match="no such event store"):
        open_read_only(tmp_path / "missing.duckdb")


def test_event_day_falls_back_to_the_publication_date():
    import datetime
    pub = datetime.date(2024, 1, 9)
    assert event_day("2024-03-05", pub) == datetime.date(2024, 3, 5)
    assert event_day("2024-03", pub) == datetime.date(2024, 3, 1)
    assert event_day(None, pub) == pub


CHILD = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from conftest import sample_documents
    from eventcoder.store.db import Store

    store = Store(sys.argv[1])
    real_insert, calls = store._insert_events, []

    def insert_then_die(table):
        real_insert(table)
        calls.append(1)
        if sys.argv[2] == "kill" and len(calls) == 2:  # inside the second document's transaction
            os.kill(os.getpid(), signal.SIGKILL)

    store._insert_events = insert_then_die
    for document, events in sample_documents():
        if not store.is_current(document):
            store.write_document(document, events)
    store.close()
""")


def run_child(path, mode, tests_dir):
    code = CHILD.format(tests=str(tests_dir))
    return subprocess.run([sys.executable, "-c", code, str(path), mode], capture_output=True, text=True, timeout=120)


def test_kill_mid_batch_then_rerun_equals_an_uninterrupted_run(tmp_path):
    tests_dir = os.path.dirname(os.path.dirname(__file__))
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    assert run_child(clean, "run", tests_dir).returncode == 0
    killed = run_child(crashed, "kill", tests_dir)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    events, docs, _ = snapshot(crashed)
    assert [d[0] for d in docs] == ["d1"] and len(events) == 2  # only the committed document
    assert run_child(crashed, "run", tests_dir).returncode == 0
    assert snapshot(crashed) == snapshot(clean)
