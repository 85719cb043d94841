"""Tests for reading input documents and reporting bad input without stopping the batch."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from eventcoder.errors import InputError
from eventcoder.ingest import read_documents, readers
from eventcoder.records import Document

PAGE = """<html><head><title>Ministers meet in Oslo | Example News</title>
<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Oslo</h1>
<p>The foreign ministers of Norway and Finland met in Oslo on Tuesday to discuss border security and
energy cooperation, officials from both governments said after the meeting ended.</p>
<p>They agreed to hold another round of talks next month in Helsinki, according to a joint statement
released by the two foreign ministries late in the evening.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def _read(inputs: list[str], **kwargs: object) -> tuple[list[Document], list[InputError]]:
    errors: list[InputError] = []
    docs = list(read_documents(inputs, on_error=errors.append, **kwargs))  # type: ignore[arg-type]
    return docs, errors


def _jsonl(path: Path, rows: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_text_file_is_one_document(tmp_path: Path) -> None:
    f = tmp_path / "talks.txt"
    f.write_text("Ministers met in Oslo.", encoding="utf-8")
    docs, errors = _read([str(f)], date=date(2024, 1, 2))
    assert errors == []
    assert docs == [Document(id="talks", text="Ministers met in Oslo.", date=date(2024, 1, 2), origin=str(f))]


def test_jsonl_records_dates_and_ids(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "a", "text": "One.", "date": "2023-09-13", "title": "T", "url": "http://x.org/1",
         "source": "S"},
        {"text": "Two.", "date": "2023-09-14T10:30:00+09:00"},
        "",
        {"id": 7, "text": "Three."},
    ])
    docs, errors = _read([str(f)], date=date(2020, 1, 1))
    assert errors == []
    assert [d.id for d in docs] == ["a", "feed:2", "7"]
    assert [d.date for d in docs] == [date(2023, 9, 13), date(2023, 9, 14), date(2020, 1, 1)]
    assert (docs[0].title, docs[0].url, docs[0].source) == ("T", "http://x.org/1", "S")
    assert docs[1].origin == f"{f}:2"


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Alone.", "pub_date": "2022-05-01"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "x", "text": "First."}, {"text": 5}, {"text": "Third."}]),
                    encoding="utf-8")
    docs, errors = _read([str(one), str(many)])
    assert [(d.id, d.date) for d in docs] == [("one", date(2022, 5, 1)), ("x", None), ("many:3", None)]
    assert len(errors) == 1
    assert errors[0].path == str(many) and "item 2" in errors[0].reason and "int" in errors[0].reason


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    docs, errors = _read([str(f)], date=date(2000, 1, 1))
    assert errors == []
    (doc,) = docs
    assert doc.id == "page"
    assert "foreign ministers of Norway and Finland" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text
    assert doc.title == "Ministers meet in Oslo"
    assert doc.date == date(2024, 3, 5)


def test_folder_walk_sorted_recursive_and_colliding_ids(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "report.txt").write_text("B report.", encoding="utf-8")
    (tmp_path / "a" / "report.txt").write_text("A report.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not picked", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("not picked", encoding="utf-8")
    docs, errors = _read([str(tmp_path)])
    assert errors == []
    assert [d.id for d in docs] == ["a/report.txt", "b/report.txt", "c"]


def test_glob_and_file_named_twice(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    docs, errors = _read([str(tmp_path / "x*.txt"), str(tmp_path / "x1.txt")])
    assert errors == []
    assert [d.id for d in docs] == ["x1", "x2"]


def test_unknown_extension_named_directly_is_text(tmp_path: Path) -> None:
    f = tmp_path / "article"
    f.write_text("Plain text.", encoding="utf-8")
    docs, _ = _read([str(f)])
    assert [d.id for d in docs] == ["article"]


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Ministers met.\n"))
    docs, errors = _read(["-"], date=date(2023, 1, 1))
    assert errors == []
    assert [(d.id, d.text, d.date) for d in docs] == [("stdin", "Ministers met.\n", date(2023, 1, 1))]


def test_stdin_jsonl_with_a_bad_line(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO('\n  {"id": "a", "text": "One."}\n{oops\n{"text": "Three."}\n')
    monkeypatch.setattr("sys.stdin", stream)
    docs, errors = _read(["-"])
    assert [d.id for d in docs] == ["a", "stdin:4"]
    assert [(e.path, e.line) for e in errors] == [("<stdin>", 3)]


@pytest.mark.parametrize(("name", "content", "words"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n", "empty file"),
    ("binary.txt", b"abc\x00\x01\x02", "NUL byte at byte 3"),
    ("latin1.txt", "caf\u00e9 cr\u00e8me".encode("latin-1"), "not UTF-8 text at byte 3; convert it"),
    ("empty.jsonl", b"\n\n", "empty file"),
    ("binary.jsonl", b"\x00\x00{", "NUL byte"),
    ("bad.json", b'{"text": "a"}\n{"text": "b"}\n', "name it .jsonl"),
    ("soup.html", b"<html><body><script>var x = 1;</script></body></html>", "no main text"),
])
def test_bad_file_is_reported_and_batch_goes_on(tmp_path: Path, name: str, content: bytes,
                                                words: str) -> None:
    before, after = tmp_path / "a_before.txt", tmp_path / "z_after.txt"
    before.write_text("Before.", encoding="utf-8")
    after.write_text("After.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    docs, errors = _read([str(before), str(bad), str(after)])
    assert [d.text for d in docs] == ["Before.", "After."]
    assert len(errors) == 1
    assert errors[0].path == str(bad)
    assert words in str(errors[0])
    assert "\n" not in str(errors[0])


@pytest.mark.parametrize(("line", "words"), [
    ("{not json", "not a JSON object"),
    ('["a", "b"]', "a JSON list; expected an object"),
    ('{"id": "n"}', 'no "text" field'),
    ('{"id": "n", "text": ["a"]}', '"text" is a list'),
    ('{"id": "n", "text": "  "}', '"text" is empty'),
    ('{"id": "n", "text": "T.", "date": "13/09/2023"}', "bad date '13/09/2023'; expected YYYY-MM-DD"),
    ('{"id": "n", "text": "T.", "date": "2023-02-30"}', "bad date"),
    ('{"id": "n", "text": "T.", "title": {"a": 1}}', "field 'title' is a dict"),
])
def test_bad_jsonl_line_names_file_and_line(tmp_path: Path, line: str, words: str) -> None:
    f = _jsonl(tmp_path / "feed.jsonl", [{"id": "a", "text": "One."}, line, {"id": "c", "text": "Three."}])
    docs, errors = _read([str(f)])
    assert [d.id for d in docs] == ["a", "c"]
    assert [(e.path, e.line) for e in errors] == [(str(f), 2)]
    assert words in errors[0].reason
    assert str(errors[0]).startswith(f"{f}:2: ")


def test_non_utf8_jsonl_line_reports_file_byte_offset(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    first = b'{"id": "a", "text": "One."}\n'
    second = b'{"id": "b", "text": "caf\xe9"}\n'
    f.write_bytes(first + second + b'{"id": "c", "text": "Three."}\n')
    docs, errors = _read([str(f)])
    assert [d.id for d in docs] == ["a", "c"]
    assert errors[0].line == 2
    at = len(first) + second.index(b"\xe9")
    assert f"at byte {at}" in errors[0].reason


def test_gigantic_documents_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_text("word " * 50, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Small.", encoding="utf-8")
    feed = _jsonl(tmp_path / "feed.jsonl", [{"id": "a", "text": "x" * 200}, {"id": "b", "text": "ok"}])
    docs, errors = _read([str(big), str(small), str(feed)])
    assert [d.id for d in docs] == ["small", "b"]
    assert [(e.path, e.line) for e in errors] == [(str(big), None), (str(feed), 1)]
    assert all("split it into smaller documents" in e.reason for e in errors)


def test_missing_paths_empty_folder_and_unmatched_glob(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good.", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "image.png").write_bytes(b"\x89PNG")
    missing, pattern = tmp_path / "missing.txt", tmp_path / "nothing*.jsonl"
    docs, errors = _read([str(missing), str(empty), str(pattern), str(good)])
    assert [d.id for d in docs] == ["good"]
    assert [e.path for e in errors] == [str(missing), str(empty), str(pattern)]
    assert "no such file or folder" in errors[0].reason
    assert "no readable files" in errors[1].reason
    assert "matched no files" in errors[2].reason


def test_default_handler_prints_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good.", encoding="utf-8")
    docs = list(read_documents([str(tmp_path / "missing.txt"), str(good)]))
    assert [d.id for d in docs] == ["good"]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err


def test_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfHello.")
    docs, _ = _read([str(f)])
    assert docs[0].text == "Hello."
