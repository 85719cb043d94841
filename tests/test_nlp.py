from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.nlp import (
    cache_sentences,
    entities,
    get_nlp,
    load_lemma_repairs,
    parse_batches,
    sentence_numbers,
    shipped_lemma_repairs,
)


def _lemmas(text: str) -> dict[str, str]:
    return {t.text: t.lemma_ for t in get_nlp()(text)}


def test_repair_runs_right_after_the_lemmatizer():
    names = get_nlp().pipe_names
    assert names.index("lemma_repair") == names.index("lemmatizer") + 1


@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("The navy staged drills off the coast.", "staged", "stage"),
    ("Farmers hoped for rain.", "hoped", "hope"),
    ("Militia fighters retook the hill.", "retook", "retake"),
])
def test_known_lemmatizer_mistakes_are_repaired(text: str, form: str, lemma: str):
    assert _lemmas(text)[form] == lemma


def test_other_lemmas_are_lower_cased():
    lemmas = _lemmas("Police closed the Harbour Bridge.")
    assert lemmas["Police"] == "police" and lemmas["Bridge"] == "bridge" and lemmas["closed"] == "close"


def test_shipped_table_keys_are_lower_case_forms_with_a_pos():
    assert all(form.islower() and pos.isupper() for form, pos in shipped_lemma_repairs())


@pytest.mark.parametrize(("row", "message"), [
    ("staged\tverb\tstage", "unknown part of speech"),
    ("Staged\tVERB\tstage", "lower-case"),
])
def test_bad_repair_rows_name_file_and_line(tmp_path: Path, row: str, message: str):
    path = tmp_path / "lemmas.tsv"
    path.write_text(f"# test\nform\tpos\tlemma\n{row}\n")
    with pytest.raises(DataFileError, match=message) as err:
        load_lemma_repairs(path)
    assert str(err.value).startswith(f"{path}:3:")


def test_duplicate_repair_is_an_error(tmp_path: Path):
    path = tmp_path / "lemmas.tsv"
    path.write_text("form\tpos\tlemma\nhoped\tVERB\thope\nhoped\tVERB\thop\n")
    with pytest.raises(DataFileError, match="duplicate"):
        load_lemma_repairs(path)


SENTENCES = "Officials met in Paris. They talked for hours!  Nothing was signed, an aide said."


def test_sentence_numbers_follow_doc_sents():
    doc = get_nlp()(SENTENCES)
    numbers = sentence_numbers(doc)
    assert len(numbers) == len(doc) and numbers[0] == 0 and numbers[-1] == len(list(doc.sents)) - 1
    assert all(numbers[t.i] == n for n, sent in enumerate(doc.sents) for t in sent)


def test_cached_sentences_are_the_same_spans():
    plain, cached = get_nlp()(SENTENCES), cache_sentences(get_nlp()(SENTENCES))
    assert "sents" in cached.user_hooks and "sent" in cached.user_token_hooks
    assert [(s.start, s.end) for s in cached.sents] == [(s.start, s.end) for s in plain.sents]
    assert [(t.sent.start, t.sent.end) for t in cached] == [(t.sent.start, t.sent.end) for t in plain]
    assert [(s.sent.start, s.sent.end) for s in cached.ents] == [(s.sent.start, s.sent.end) for s in plain.ents]


def test_parsed_batches_come_with_cached_sentences():
    (doc, context), = list(parse_batches([(SENTENCES, "ctx")]))
    assert context == "ctx" and "sents" in doc.user_hooks


def test_entities_are_the_doc_ents_read_once():
    doc = get_nlp()("Angela Merkel met officials of the European Union in Brussels on Tuesday.")
    found = entities(doc)
    assert [(e.start, e.end, e.label_) for e in found] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert found and entities(doc) is found
