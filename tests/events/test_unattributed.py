"""Violence whose doer is named only by its weapon, or not at all (our own sentences, mentions by hand)."""

from eventcoder.events import find_events
from eventcoder.events.match import UNAFFILIATED, UNATTRIBUTED
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {
    "Peruvian soldiers": ("PER", "MIL", "group"), "Chilean": ("CHL", None, "country"),
    "Chile": ("CHL", None, "country"), "Bolivian rebels": ("BOL", "REB", "group"),
}


def events(text):
    doc = get_nlp()(text)
    return [(e.source.text, e.source.country, e.source.agent, e.target.text if e.target else None,
             e.rule.endswith(UNATTRIBUTED)) for e in find_events(doc, hand_mentions(doc, ACTORS))
            if e.cameo[:2] in ("18", "19", "20")]


def test_a_weapon_as_subject_is_an_unidentified_armed_force():
    found = events("A car bomb near the market killed two Peruvian soldiers on Monday.")
    assert ("A car bomb", None, UNAFFILIATED, "Peruvian soldiers", True) in found


def test_a_passive_killing_by_a_weapon_is_unattributed():
    found = events("Two Peruvian soldiers were killed by a roadside mine.")
    assert [(s, c, a, t) for s, c, a, t, u in found if u] == [("a roadside mine", None, UNAFFILIATED,
                                                               "Peruvian soldiers")]


def test_a_country_named_on_the_weapon_is_the_doer():
    found = events("Two Peruvian soldiers were killed in Chilean artillery fire.")
    assert ("Chilean", "CHL", None, "Peruvian soldiers", False) in found
    assert not any(u for *_, u in found)


def test_the_user_named_in_the_weapon_s_words_is_the_doer():
    found = events("Two Peruvian soldiers were killed by a rocket fired by Bolivian rebels.")
    assert ("Bolivian rebels", "BOL", "REB", "Peruvian soldiers", False) in found


def test_an_existential_report_of_deaths_is_unattributed():
    found = events("There were five Peruvian soldiers killed in Chile yesterday.")
    assert [(s, a, t) for s, c, a, t, u in found if u] == [("killed", UNAFFILIATED, "Peruvian soldiers")]


def test_no_unidentified_doer_for_a_named_one_or_a_relative_clause():
    assert events("Two Peruvian soldiers were killed by a man on a bicycle.") == []
    assert events("The town where two Peruvian soldiers were killed lies near the border.") == []
    assert events("Officials helped identify the Peruvian soldiers killed in the crash.") == []


def test_the_victims_make_the_event():
    assert events("A car bomb exploded near the market on Monday.") == []


def test_fire_from_a_country_is_by_an_armed_force_of_that_side():
    found = events("Two rockets were fired at Peruvian soldiers from Chile on Monday.")
    assert [(c, a, t, u) for s, c, a, t, u in found] == [("CHL", UNAFFILIATED, "Peruvian soldiers", False)]


def test_soldiers_killed_by_no_one_named_is_fighting_190():
    doc = get_nlp()("Eight Peruvian soldiers were killed near the border on Sunday.")
    found = [(e.cameo, e.target.text if e.target else None) for e in find_events(doc, hand_mentions(doc, ACTORS))]
    assert ("190", "Peruvian soldiers") in found and not any(c == "1823" for c, _ in found)


def test_property_destroyed_by_protesters_is_a_riot_145():
    actors = {"Bolivian protesters": ("BOL", "OPP", "group"), "Chilean": ("CHL", None, "country")}
    doc = get_nlp()("The Chilean building was demolished by Bolivian protesters.")
    assert [e.cameo for e in find_events(doc, hand_mentions(doc, actors))] == ["145"]


def test_a_doer_named_only_as_gunmen_waits_for_the_country_of_the_site():
    doc = get_nlp()("Gunmen shot dead two policemen near the border on Friday.")
    actors = hand_mentions(doc, {"Gunmen": (None, UNAFFILIATED, "agent"), "policemen": (None, "COP", "agent")})
    found = [(e.source.text, e.target.text, e.rule.endswith(UNATTRIBUTED)) for e in find_events(doc, actors)]
    assert found == [("Gunmen", "policemen", True)]
