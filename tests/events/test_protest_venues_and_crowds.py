"""A protest by people named by their nationality alone, held in a foreign city, is at their own country's affairs:
the host city is only its venue. Activists who travel to protest abroad, and protests at home, keep the place. A bare
number as a protest's subject ("thousands marched") is a crowd, of the country of the place it marched in."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from eventcoder.records import ActorMention, Place
from support import hand_mentions

ACTORS = {"Eritreans": ("ERI", "CVL"), "Chilean activists": ("CHL", "OPP"), "Peruvians": ("PER", "CVL"),
          "Stockholm": ("SWE", None), "Lima": ("PER", None), "Cusco": ("PER", None)}  # cities as bare places


def protests(text: str, *, place: str, country: str) -> set[tuple[str, str | None]]:
    doc = get_nlp()(text)
    mentions: list[ActorMention] = hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()})
    start = text.index(place)
    places = [Place(text=place, start=start, end=start + len(place), sentence=0, name=place, country=country)]
    return {(e.source.country, e.target.country if e.target else None) for e in find_events(doc, mentions,
                                                                                            places=places)
            if e.cameo[:2] == "14"}


def test_a_diaspora_marching_in_a_foreign_city_protests_at_home():
    assert protests("Thousands of Eritreans marched in Stockholm on Sunday.", place="Stockholm",
                    country="SWE") == {("ERI", "ERI")}


def test_activists_protesting_abroad_protest_at_their_hosts():
    assert protests("Chilean activists marched in Lima on Monday.", place="Lima",
                    country="PER") == {("CHL", "PER")}


def test_a_march_at_home_keeps_its_place():
    assert protests("Peruvians marched in Cusco on Friday.", place="Cusco", country="PER") == {("PER", "PER")}


def test_a_counted_crowd_marching_at_home_protests_there():
    found = protests("Police fired tear gas in Cusco after thousands marched against the new tax.", place="Cusco",
                     country="PER")
    assert ("PER", "PER") in found


def test_a_number_that_is_not_the_subject_of_a_protest_is_no_crowd():
    assert not protests("Peru raised the tax by thousands of soles in Cusco.", place="Cusco", country="PER")
