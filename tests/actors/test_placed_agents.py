"""A local agent with no country of its own (police, gangs, protesters) takes the country of the capital or
country its act is placed in, also when the place hangs on the object of one of the act's prepositions."""

from eventcoder.actors import find_actors
from eventcoder.nlp import get_nlp


def countries(text: str) -> dict[str, str | None]:
    doc = get_nlp()(text)
    return {m.actor.text: m.actor.country for m in find_actors(doc)}


def test_the_place_of_whom_the_act_is_aimed_at_places_the_doer():
    assert countries("Police fired water cannon at students in Lima on Friday.").get("Police") == "PER"


def test_the_place_on_the_object_still_places_the_doer():
    assert countries("Police arrested ten students in Lima on Friday.").get("Police") == "PER"


def test_a_place_of_origin_does_not_place_the_doer():
    assert countries("Police fired water cannon at students from Lima on Friday.").get("Police") is None
