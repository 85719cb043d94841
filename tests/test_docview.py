"""The per-document columns of the events stage agree with what spaCy's tokens say. Our own sentences."""

from eventcoder.docview import string_ids, view
from eventcoder.nlp import get_nlp


def test_children_and_columns_match_the_tokens():
    doc = get_nlp()("The envoy from Quito met the ministers of two neighbours on Friday.\n\nNobody came.")
    columns = view(doc)
    assert columns.children == [[c.i for c in t.children] for t in doc]
    assert columns.dep == [t.dep for t in doc]
    assert [columns.text[i:i + n] for i, n in zip(columns.idx, columns.length, strict=True)] == [t.text for t in doc]
    assert sorted(columns.subtree(doc[3].i)) == [t.i for t in doc[3].subtree]
    assert view(doc) is columns  # made once per document


def test_question_is_read_from_the_rest_of_the_sentence():
    doc = get_nlp()("Will the army withdraw from the valley? The talks went on.")
    columns = view(doc)
    sent = next(iter(doc.sents))
    assert columns.in_question(doc[2].i, sent.start, sent.end)  # "army": a "?" closes its clause
    assert not columns.in_question(sent.end - 1, sent.start, sent.end)  # the "?" itself: nothing after it


def test_according_and_string_ids():
    doc = get_nlp()("According to the ministry, troops left. They stayed, according to witnesses.")
    assert [doc[i].lower_ for i in view(doc).according(doc)] == ["according", "according"]
    assert string_ids("nsubj") == frozenset({doc.vocab.strings["nsubj"]})


def test_lemma_and_norm_columns_and_a_sentence_without_a_question():
    doc = get_nlp()("The rebels were shelling the port. Did they stop?")
    columns = view(doc)
    assert columns.lemma == [t.lemma for t in doc]
    assert columns.norm == [t.norm for t in doc]
    first, second = list(doc.sents)[:2]
    assert not any(columns.in_question(i, first.start, first.end) for i in range(first.start, first.end))
    assert columns.in_question(second.start, second.start, second.end)


def test_coordinated_agrees_with_the_conjuncts_of_spacy():
    doc = get_nlp()("Envoys from Chile, Peru and Bolivia met in Lima, while the mayor stayed home.")
    columns = view(doc)
    assert [columns.coordinated(t.i) for t in doc] == [bool(t.conjuncts) for t in doc]
    assert any(columns.coordinated(t.i) for t in doc)  # "Chile, Peru and Bolivia": a list to find
