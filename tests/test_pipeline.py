"""The composed pipeline, with the real model."""

from datetime import date

import pytest

import eventcoder
from eventcoder import nlp, pipeline
from eventcoder.actors.recognize import recognizer
from eventcoder.errors import InputError, UsageError
from eventcoder.records import Document
from support import fail_events_on


def test_code_text_returns_explained_events():
    events = eventcoder.code_text("Chinese President Xi Jinping visited Kazakhstan on Tuesday.",
                                  date=date(2024, 7, 4))
    visit = next(e for e in events if e.cameo == "042")
    assert visit.source.code == "CHNGOV" and visit.target.country == "KAZ"
    assert visit.date == "2024-07-02" and visit.factuality == "asserted"
    assert visit.evidence.startswith("Chinese President") and visit.rule
    start, end = visit.span
    assert "visited" in visit.evidence and end > start


def test_code_text_takes_an_iso_date_string_and_rejects_another():
    [visit] = [e for e in eventcoder.code_text("Ghana's president visited Togo on Monday.", date="2024-07-04")
               if e.cameo == "042"]
    assert visit.date == "2024-07-01"
    with pytest.raises(UsageError, match="expected YYYY-MM-DD"):
        eventcoder.code_text("Ghana praised Togo.", date="4 July")
    with pytest.raises(TypeError, match=r"date must be a datetime\.date"):
        Document(id="x", text="Ghana praised Togo.", date="2024-07-04")  # type: ignore[arg-type]


def test_code_documents_streams_in_document_order():
    docs = [Document(id=f"d{i}", text=text, date=date(2024, 1, 10)) for i, text in enumerate(
        ["Egypt condemned Israel for the raid.", "It rained.", "Turkey will host talks between Sudan and Ethiopia."])]
    ids = [e.doc_id for e in eventcoder.code_documents(docs)]
    assert ids == sorted(ids) and "d1" not in ids and {"d0", "d2"} <= set(ids)


def test_a_failing_document_is_reported_and_the_batch_goes_on(monkeypatch):
    fail_events_on(monkeypatch, "boom")
    errors: list[InputError] = []
    docs = [Document(id="a", text="Egypt condemned Israel."), Document(id="b", text="boom", origin="x.jsonl:2"),
            Document(id="c", text="Ghana praised Togo.")]
    analyses = list(pipeline.analyze(docs, on_error=errors.append))
    assert [a.document.id for a in analyses] == ["a", "c"]
    assert len(errors) == 1 and str(errors[0]).startswith("x.jsonl:2: document 'b' could not be coded")
    with pytest.raises(InputError):
        list(pipeline.analyze(docs))


def test_analysis_keeps_the_offset_map_to_the_original_text():
    (analysis,) = pipeline.analyze([Document(id="n", text="Kim Jong -un met Putin.Then he left.")])
    norm = analysis.normalized
    assert norm.text.startswith("Kim Jong-un met Putin. Then")
    kim = next(a for a in analysis.actors if a.actor.country == "PRK")
    start, end = norm.span_to_original(kim.start, kim.end)
    assert norm.original[start:end] == "Kim Jong -un"


def test_public_api_is_exactly_all():
    for name in eventcoder.__all__:
        assert getattr(eventcoder, name) is not None
    with pytest.raises(AttributeError):
        eventcoder.not_a_name  # noqa: B018


def test_a_document_error_names_file_line_and_document():
    error = pipeline.document_error(Document(id="b", text="x", origin="feeds/a.jsonl:12"), "ValueError: no")
    assert (error.path, error.line, error.doc_id) == ("feeds/a.jsonl", 12, "b")
    assert str(error) == "feeds/a.jsonl:12: document 'b' could not be coded: ValueError: no"
    plain = pipeline.document_error(Document(id="memo", text="x", origin="notes/memo.txt"), "boom")
    assert (plain.path, plain.line) == ("notes/memo.txt", None)


def test_evidence_is_the_sentence_without_surrounding_blank_lines():
    text = "Ghana praised Togo for its help.\n\nKenya hosted Somalia for talks."
    (analysis,) = pipeline.analyze([Document(id="p", text=text)])
    for event in analysis.events:
        start, end = event.span
        assert event.evidence == analysis.normalized.text[start:end] == event.evidence.strip()


def test_a_named_body_is_not_taken_for_a_place_of_the_same_spelling():
    events = eventcoder.code_text("Israel exchanged prisoners with Hamas on Sunday.", date="2024-06-03")
    assert events and all("DEU" not in (e.location and e.location.country, e.target and e.target.country)
                          for e in events)


def test_user_dictionaries_keep_working_after_the_first_batch(tmp_path):
    # their matchers are built once; labels made inside a batch's memory zone would be gone in the next batch
    actors = tmp_path / "mine.actors"
    actors.write_text("ZEMBLA  [ZEM]\nRURITANIA  [RUR]\n", encoding="utf-8")
    text = "The foreign minister of Zembla praised the president of Ruritania on Monday."
    docs = [Document(id=f"d{i}", text=text, date=date(2024, 7, 4)) for i in range(3)]
    coded = list(pipeline.analyze(docs, batch_size=1, dictionaries=[actors]))
    assert all(("ZEM", "RUR") in {(e.source.country, e.target.country) for e in a.events} for a in coded)
    knowledge, _ = pipeline._user_knowledge((str(actors),))
    strings = nlp.get_nlp().vocab.strings
    assert all(label in strings for label in recognizer(knowledge).entries)
