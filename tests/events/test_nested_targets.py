"""Targets found below the act: a place a few prepositions down, the act a deed is done for, a threat's condition.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from eventcoder.records import Actor, ActorMention, Place
from support import hand_mentions

ACTORS = {
    "Chile": ("CHL", None), "Chilean government": ("CHL", "GOV"), "Peru": ("PER", None),
    "Peruvian police": ("PER", "COP"), "students": (None, "OPP"), "Bolivia": ("BOL", None),
    "Bolivian rebels": ("BOL", "REB"), "Chilean farmers": ("CHL", "CVL"),
}


def dyads(text: str, root: str, *, capital: str | None = None) -> set[tuple[str | None, str | None]]:
    doc = get_nlp()(text)
    mentions = hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()})
    if capital is not None:  # a capital city, coded as the recognizer codes one: the government it stands for
        start = text.index(capital)
        index = next(i for i, s in enumerate(doc.sents) if s.start_char <= start < s.end_char)
        mentions.append(ActorMention(Actor(capital, "Chile", "CHL", "GOV"), start, start + len(capital), index,
                                     "country:CHL:capital", doc.char_span(start, start + len(capital)).root.i))
    found = find_events(doc, mentions)
    return {(e.source.country, e.target.country if e.target else None) for e in found if e.cameo.startswith(root)}


def test_a_place_two_prepositions_down_is_the_target():
    assert dyads("Bolivian rebels claimed responsibility for a bombing at a market in Peru.", "01") == {("BOL", "PER")}


def test_a_home_place_counts_only_through_what_the_act_is_about():
    assert ("CHL", "CHL") in dyads("The Chilean government expressed sorrow for the floods in Chile.", "01")


def test_a_capital_named_as_a_place_gives_its_country_without_the_government():
    assert dyads("Bolivian rebels claimed responsibility for a bombing at a hotel in Santiago.", "01",
                 capital="Santiago") == {("BOL", "CHL")}


def test_a_foreign_place_under_the_spot_of_a_riot_is_its_target():
    assert ("CHL", "PER") in dyads("Chilean farmers rioted at a market in Peru.", "14")


def test_a_deed_done_to_disperse_a_crowd_is_aimed_at_the_crowd():
    found = dyads("Peruvian police fired tear gas to disperse students.", "17")
    assert found == {("PER", "PER")}  # the students, taken to be at home with the police


def test_a_deed_done_to_show_disapproval_of_a_country_is_aimed_at_it():
    assert ("CHL", "PER") in dyads("Chilean farmers blocked a road to show their rejection of Peru's policies.", "14")


def test_a_threat_with_a_condition_is_aimed_at_who_must_meet_it_not_at_its_makers():
    assert ("CHL", "PER") in dyads("Chilean farmers threatened to hold a strike unless Peru lifts its tariffs.", "13")


def test_a_city_the_places_stage_resolved_gives_its_country() -> None:
    text = "The Chilean government expressed sorrow for the floods in Arequipa."
    doc = get_nlp()(text)
    mentions = hand_mentions(doc, {"Chilean government": ("CHL", "GOV", "test")})
    start = text.index("Arequipa")
    place = Place("Arequipa", start, start + len("Arequipa"), 0, name="Arequipa", country="PER")
    assert [e.target for e in find_events(doc, mentions)] == [None]
    assert [e.target.country for e in find_events(doc, mentions, places=[place])] == ["PER"]


def test_a_meeting_place_is_a_target_but_not_a_party_to_the_meeting() -> None:
    assert dyads("Chilean farmers will attend a conference in Peru.", "04") == {("CHL", "PER")}
