"""Rules found with the sixth batch of our own cases: protests lodged as representations, ordered closures of
missions, drills around a place, verbs that name their object, and clauses that tell what led to a plan."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Chilean": ("CHL", None), "Peruvian": ("PER", None),
          "Lima": ("PER", "GOV"), "the Peruvian side": ("PER", None), "the Chilean side": ("CHL", None),
          "Chile's navy": ("CHL", "MIL"), "the Chilean president": ("CHL", "GOV")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def test_solemn_representations_lodged_with_a_side_are_a_complaint():
    assert ("114", "PER", "CHL", "asserted") in events(
        "The Peruvian side lodged stern representations with the Chilean side over the detention of its fishermen.")


def test_an_ordered_closure_of_a_consulate_reduces_relations_with_its_country():
    assert ("161", "PER", "CHL", "asserted") in events("Peru ordered the closure of the Chilean consulate in Cusco.")


def test_the_closure_of_a_road_is_not_reduced_relations():
    assert not {e for e in events("Peru ordered the closure of the coastal road after the floods.") if e[0] == "161"}


def test_drills_around_a_place_are_a_show_of_force_against_it():
    assert ("150", "CHL", "PER", "asserted") in events("Chile's navy began large-scale drills around Peruvian islands.")


def test_a_verb_that_names_its_object_is_not_a_call():
    found = events("Chile's navy held drills near Peruvian waters, calling them a firm message to Lima.")
    assert not {e for e in found if e[0].startswith("04")}


def test_a_past_clause_telling_what_led_to_a_plan_is_asserted():
    found = events("Peru agreed to reopen the border crossing after Chile threatened to impose tariffs on Peruvian "
                   "goods.")
    assert any(code.startswith("13") and (src, tgt, fact) == ("CHL", "PER", "asserted")
               for code, src, tgt, fact in found)


def test_a_threat_still_to_come_stays_future():
    found = events("Peru will reopen the border crossing if Chile threatens to impose tariffs on Peruvian goods.")
    assert not any(code.startswith("13") and fact == "asserted" for code, _, _, fact in found)


def test_a_member_suspended_from_a_body_has_relations_cut():
    assert ("160", "CHL", "PER", "asserted") in events("Chile suspended Peru from all activities of the alliance.")
