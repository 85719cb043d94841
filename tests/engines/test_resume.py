"""Resumable file outputs: a killed run, resumed, codes every document exactly once."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcoder.engines import Coded, Failure
from eventcoder.engines.resume import ResumableWriter, read_state, skip_done, state_path
from eventcoder.errors import UsageError
from eventcoder.records import Actor, Document, Event

EVENTCODER = str(Path(sys.executable).parent / "eventcoder")
DOCS = [Document(id=f"n{i}", text=f"Report number {i}.") for i in range(4)]


def _event(doc_id: str) -> Event:
    return Event(doc_id=doc_id, sentence=0, evidence="Ghana praised Togo.", span=(0, 19), source=Actor("Ghana"),
                 target=Actor("Togo"), cameo="051", cameo_root="05", quad=1, goldstein=3.4, plover="COOPERATE",
                 factuality="asserted", rule="test")


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["doc_id"] for line in path.read_text().splitlines()]


def test_resume_truncates_a_torn_tail_and_skips_what_is_recorded(tmp_path):
    out = tmp_path / "events.jsonl"
    with ResumableWriter(out, resume=False) as writer:
        writer.write(Coded(DOCS[0], (_event("n0"), _event("n0")), DOCS[0].text))
        writer.write(Failure("x.jsonl", 2, "n1", "broken", DOCS[1]))
    # a kill after half of n2's events were written, and halfway through its state line
    with out.open("a") as torn:
        torn.write(json.dumps(_event("n2").to_dict()) + "\n{\"doc_")
    with state_path(out).open("a") as torn:
        torn.write('{"hash": "abc", "id": "n2", "en')
    done, end = read_state(out)
    assert len(done) == 2 and end < out.stat().st_size
    counter: dict[str, int] = {}
    with ResumableWriter(out, resume=True) as writer:
        pending = list(skip_done(DOCS, writer.done, counter))
        assert [d.id for d in pending] == ["n2", "n3"] and counter["skipped"] == 2
        for doc in pending:
            writer.write(Coded(doc, (_event(doc.id),), doc.text))
    assert _ids(out) == ["n0", "n0", "n2", "n3"]


def test_csv_output_keeps_one_header_across_a_resume(tmp_path):
    out = tmp_path / "events.csv"
    with ResumableWriter(out, resume=False) as writer:
        writer.write(Coded(DOCS[0], (_event("n0"),), DOCS[0].text))
    with ResumableWriter(out, resume=True) as writer:
        writer.write(Coded(DOCS[1], (_event("n1"),), DOCS[1].text))
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and lines[0].startswith("event_id,doc_id") and "n1" in lines[2]


def test_resume_refuses_a_parquet_file(tmp_path):
    with pytest.raises(UsageError, match=r"--resume needs a \.jsonl or \.csv output"):
        ResumableWriter(tmp_path / "events.parquet", resume=True)


def test_a_killed_cli_run_resumes_and_codes_each_document_once(tmp_path):
    countries = ["Ghana", "Togo", "Chile", "Peru", "Egypt", "Jordan", "Kenya", "Uganda"]
    with (tmp_path / "docs.jsonl").open("w") as docs:
        for i in range(120):
            a, b = countries[i % 8], countries[(i + 3) % 8]
            docs.write(json.dumps({"id": f"k{i:03d}", "date": "2024-05-01",
                                   "text": f"{a} praised {b} for the talks on day {i}."}) + "\n")
    command = [EVENTCODER, "code", "docs.jsonl", "-o", "out.jsonl", "--workers", "1"]
    run = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    state = state_path(tmp_path / "out.jsonl")
    deadline = time.monotonic() + 120
    while run.poll() is None and time.monotonic() < deadline:
        if state.exists() and state.read_text().count("\n") >= 32:
            os.killpg(run.pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    run.wait()
    killed_at = state.read_text().count("\n")
    assert 32 <= killed_at < 120, "the run should be killed half-way"
    subprocess.run([*command, "--resume"], cwd=tmp_path, check=True, capture_output=True)
    recorded = [json.loads(line)["id"] for line in state.read_text().splitlines()]
    assert sorted(recorded) == [f"k{i:03d}" for i in range(120)]
    ids = _ids(tmp_path / "out.jsonl")
    assert ids == sorted(ids) and len(set(ids)) > 60
    subprocess.run([EVENTCODER, "code", "docs.jsonl", "-o", "whole.jsonl", "--workers", "1"], cwd=tmp_path,
                   check=True, capture_output=True)
    assert (tmp_path / "out.jsonl").read_text() == (tmp_path / "whole.jsonl").read_text()


def test_the_errors_file_lists_bad_documents_and_the_batch_goes_on(tmp_path):
    from typer.testing import CliRunner

    from eventcoder.cli import app

    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "a", "text": "Ghana praised Togo."}\nnot json\n{"id": "c", "text": ""}\n'
                    '{"id": "d", "text": "Chile thanked Peru."}\n')
    result = CliRunner().invoke(app, ["code", str(docs), "-o", str(tmp_path / "out.jsonl"), "--workers", "1",
                                      "--errors", str(tmp_path / "errors.jsonl")])
    assert result.exit_code == 0
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert [(e["source"], e["line"]) for e in errors] == [(str(docs), 2), (str(docs), 3)]
    assert set(_ids(tmp_path / "out.jsonl")) == {"a", "d"}
    assert [json.loads(line)["id"] for line in state_path(tmp_path / "out.jsonl").read_text().splitlines()] == \
        ["a", "d"]
