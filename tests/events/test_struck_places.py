"""An attack that names no party as its target takes the country of the place it hit (the place attacked itself,
or one it hit in), the attacker's own too; victims named with no country are of the foreign place struck."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from eventcoder.records import ActorMention, Place
from support import hand_mentions

ACTORS = {"Chilean rebels": ("CHL", "REB"), "Peruvian troops": ("PER", "MIL"), "Bolivian police": ("BOL", "COP"),
          "civilians": (None, "CVL")}


def attacks(text: str, *, place: str, country: str) -> set[tuple[str, str | None, str]]:
    doc = get_nlp()(text)
    mentions: list[ActorMention] = hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()})
    start = text.index(place)
    places = [Place(text=place, start=start, end=start + len(place), sentence=0, name=place, country=country)]
    found = find_events(doc, mentions, places=places)
    return {(e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in found
            if e.cameo[:2] in ("18", "19", "20")}


def test_bombs_set_off_in_a_home_city_strike_that_country():
    assert ("CHL", "CHL", "18") in attacks("Chilean rebels exploded a series of bombs in the port city of Valparaiso.",
                                          place="Valparaiso", country="CHL")


def test_shelling_near_a_foreign_town_strikes_its_country():
    assert ("PER", "BOL", "19") in attacks("Peruvian troops shelled positions near Oruro on Sunday.",
                                          place="Oruro", country="BOL")


def test_a_named_party_is_still_the_target():
    found = attacks("Peruvian troops attacked Bolivian police in Oruro.", place="Oruro", country="BOL")
    assert found == {("PER", "BOL", "19")}
    assert attacks("Peruvian troops attacked Chilean rebels in Oruro.", place="Oruro",
                   country="BOL") == {("PER", "CHL", "19")}


def test_a_town_shelled_or_bombed_itself_is_struck():
    assert ("PER", "BOL", "19") in attacks("Peruvian troops shelled Oruro on Sunday.", place="Oruro", country="BOL")
    assert ("PER", "BOL", "19") in attacks("Peruvian troops bombed the city of Oruro overnight.",
                                          place="Oruro", country="BOL")


def test_an_attack_on_a_foreign_town_told_with_its_toll_strikes_its_country():
    found = attacks("Peruvian troops shelled Oruro, killing three civilians.", place="Oruro", country="BOL")
    assert found == {("PER", "BOL", "19")}  # the toll ("killing three civilians") is no act of its own
