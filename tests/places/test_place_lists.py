"""place_lists: the sentences that only list places, on our own sentences parsed by the real model."""

from eventcoder.nlp import get_nlp
from eventcoder.places import find_places, place_lists


def lists(text: str) -> dict[int, tuple[int, int]]:
    doc = get_nlp()(text)
    return place_lists(doc, find_places(doc))


def test_a_verbless_fragment_of_place_names_is_a_list() -> None:
    text = "The premier will tour a steel mill in Magnitogorsk. Then Yekaterinburg and Novosibirsk."
    found = lists(text)
    assert list(found) == [1]
    start, end = found[1]
    assert text[start:end] == "Then Yekaterinburg and Novosibirsk."


def test_sentences_with_a_verb_or_without_a_place_are_not_lists() -> None:
    assert lists("The premier toured a mill. He then flew to Novosibirsk. Good weather and calm seas.") == {}


def test_the_opening_sentence_is_never_a_list() -> None:
    assert lists("Novosibirsk and Omsk.\nThe premier will tour a steel mill in Magnitogorsk.") == {}
