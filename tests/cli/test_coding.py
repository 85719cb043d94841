"""The coding commands, end to end through the CLI with the real model."""

import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()

GOOD = "Ghana praised Togo for its mediation."


def code(*args):
    return runner.invoke(app, ["code", *map(str, args)])


@pytest.fixture
def batch(tmp_path):
    """A folder with good documents and every kind of bad one."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "latin.txt").write_bytes("S\xe3o Tom\xe9 praised Angola.".encode("latin-1"))
    lines = [json.dumps({"id": "j1", "text": "Egypt condemned Israel.", "date": "2024-01-02"}),
             "{not json",
             json.dumps({"id": "j3", "text": "Kenya hosted Somalia for talks.", "date": "2024-01-03"})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_bad_inputs_are_named_and_the_rest_is_coded(batch, tmp_path):
    out = tmp_path / "out.jsonl"
    result = code(batch, batch / "missing.txt", "-o", out)
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    for name in ("empty.txt", "binary.txt", "latin.txt", "docs.jsonl:2", "missing.txt"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    coded = {json.loads(line)["doc_id"] for line in out.read_text().splitlines()}
    assert {"good", "j1", "j3"} <= coded


def test_nothing_coded_is_a_failure(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = code(tmp_path / "empty.txt")
    assert result.exit_code == 1 and "empty.txt" in result.output


def test_every_record_carries_every_field(batch, tmp_path):
    out = tmp_path / "out.jsonl"
    code(batch / "docs.jsonl", "-o", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records
    fields = {"event_id", "doc_id", "sentence", "evidence", "span", "date", "date_text", "source", "target",
              "cameo", "cameo_root", "quad", "goldstein", "plover", "factuality", "attribution", "location",
              "confidence", "rule"}
    for record in records:
        assert fields <= set(record)
        assert record["evidence"] and record["rule"] and record["source"]["code"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_output_format_follows_the_extension(batch, tmp_path, suffix):
    out = tmp_path / f"out{suffix}"
    assert code(batch / "docs.jsonl", "-o", out).exit_code == 0
    if suffix == ".parquet":
        assert pq.read_table(out).num_rows >= 2
    else:
        assert out.read_text().splitlines()[0].startswith("event_id,doc_id")


def test_jsonl_on_stdout_when_piped_and_date_option(tmp_path):
    (tmp_path / "a.txt").write_text("Turkey will host talks between Sudan and Ethiopia next week.", encoding="utf-8")
    result = code(tmp_path / "a.txt", "--date", "2024-03-01")
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    hosted = [line for line in lines if line["cameo"] in ("043", "044")]  # besides the intent it states (036)
    assert hosted and all(line["factuality"] == "future" and line["date"] == "2024-W10" for line in hosted)
    assert code(tmp_path / "a.txt", "--date", "March").exit_code == 2


def test_stdin_is_read_with_a_dash():
    result = runner.invoke(app, ["code", "-"], input=GOOD)
    assert '"doc_id": "stdin"' in result.stdout


def test_explain_shows_the_reasoning():
    result = runner.invoke(app, ["explain", "Russia did not sign the treaty with Japan.", "--date", "2024-01-01"])
    assert result.exit_code == 0
    for part in ("tokens", "nsubj", "actors", "RUS", "patterns", "057", "negated", "cue 'not'", '"rule"'):
        assert part in result.stdout, part


def test_places_and_times_use_original_offsets(tmp_path):
    text = "Officials met in Hanoi on 3 May.Then  Vietnam ’s leader spoke."
    doc = tmp_path / "d.jsonl"
    doc.write_text(json.dumps({"id": "d", "text": text, "date": "2024-05-10"}) + "\n", encoding="utf-8")
    places = json.loads(runner.invoke(app, ["places", str(doc)]).stdout.splitlines()[0])
    times = json.loads(runner.invoke(app, ["times", str(doc)]).stdout.splitlines()[0])
    for row in places["places"] + times["times"]:
        assert text[row["start"]:row["end"]] == row["text"]
    assert {"Hanoi"} <= {p["text"] for p in places["places"]}
    assert [t["value"] for t in times["times"]] == ["2024-05-03"]


USER_VERBS = """\
--- FETE  [051] ---
FETE
- * WITH +  [043]
"""


def test_user_verb_dictionaries_add_patterns(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Ghana feted Togo at a state banquet.", encoding="utf-8")
    assert not [line for line in code(text).stdout.splitlines() if line.startswith("{")]
    (tmp_path / "mine.verbs").write_text(USER_VERBS, encoding="utf-8")
    table = tmp_path / "mine.tsv"
    table.write_text("id\tcameo\tkind\tlemma\tprep\tobject\tmod\tcomp\ttarget\tsym\trequire\n"
                     "mine.hobnob\t040\tverb\thobnob\twith\t\t\t\tprep:with\tyes\t\n", encoding="utf-8")
    text.write_text("Ghana feted Togo at a state banquet. Chile hobnobbed with Peru.", encoding="utf-8")
    result = code(text, "--verbs", tmp_path / "mine.verbs", "--verbs", table)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {(e["source"]["country"], e["target"]["country"], e["cameo"], e["rule"]) for e in events} >= {
        ("GHA", "TGO", "051", "user.fete.default"), ("CHL", "PER", "040", "mine.hobnob")}


def test_a_missing_or_clashing_verb_file_is_one_clear_error(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(GOOD, encoding="utf-8")
    result = code(text, "--verbs", tmp_path / "nowhere.verbs")
    message = " ".join(result.output.replace("│", " ").split())  # the usage error comes in a box
    assert result.exit_code == 2 and "no such file; expected an actor or verb dictionary" in message
    table = tmp_path / "clash.tsv"
    table.write_text("id\tcameo\tkind\tlemma\tprep\tobject\tmod\tcomp\ttarget\tsym\trequire\n"
                     "051.praise\t051\tverb\tlaud\t\t\t\t\tdobj\t\t\n", encoding="utf-8")
    result = code(text, "--verbs", table)
    assert result.exit_code == 2 and "clash.tsv:2: pattern id 051.praise is already used" in " ".join(
        result.output.split())
