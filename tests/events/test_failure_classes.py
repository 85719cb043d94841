"""Constructions our own cases missed, as general rules: acts held out under a warning verb, halted shipments,
leaving a bloc, two titled people joined by "and", a passive agent hung on the object, news told in a comma-set
relative clause on a party, and joint activities announced with "will".

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Bolivia": ("BOL", "GOV"), "Ecuador": ("ECU", "GOV"), "Mercosur": ("IGO", None),
    "Chilean President Gabriel Boric": ("CHL", "GOV"), "Peruvian President Dina Boluarte": ("PER", "GOV"),
    "Ghanaian officials": ("GHA", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_an_act_held_out_under_a_warning_verb_is_coded_besides_the_threat():
    found = events("Ghana may suspend imports from Togo if Lome raises its tariffs again, Ghanaian officials warned.")
    assert ("163", "GHA", "TGO", "hypothetical") in found
    assert any(e[0][:2] == "13" and e[1:] == ("GHA", "TGO", "asserted") for e in found)


def test_a_could_act_under_a_warning_verb_stays_a_mere_hypothesis():
    found = events("Ghana could suspend imports from Togo if Lome raises its tariffs again, Ghanaian officials warned.")
    assert ("163", "GHA", "TGO", "hypothetical") in found


def test_an_act_only_announced_under_a_warning_verb_stays_the_threat_alone():
    found = events("Ghana warned it will suspend imports from Togo.")
    assert not any(e[0][:2] == "16" for e in found)


def test_halted_shipments_are_an_embargo():
    assert ("163", "CHL", "PER", "asserted") in events("Chile halted copper shipments to Peru on Monday.")


def test_leaving_a_bloc_reduces_relations_and_is_no_retreat():
    found = events("Bolivia left the Mercosur bloc in March.")
    assert ("160", "BOL", "IGO", "asserted") in found
    assert not any(e[0] == "0874" for e in found)


def test_two_titled_people_joined_by_and_are_both_subjects():
    found = events("Chilean President Gabriel Boric and Peruvian President Dina Boluarte will meet in Lima on Friday.")
    assert ("040", "CHL", "PER", "future") in found
    assert ("040", "PER", "CHL", "future") in found


def test_a_by_agent_hung_on_the_object_of_a_passive_is_its_doer():
    found = events("Fresh sanctions were imposed on Togo's mining companies by Ghana and Chile on Friday.")
    assert ("163", "GHA", "TGO", "asserted") in found
    assert ("163", "CHL", "TGO", "asserted") in found


def test_a_past_act_in_a_comma_set_relative_clause_on_a_party_is_news():
    found = events("Chile praised Ecuador, which had expelled the ambassador of Bolivia a week earlier.")
    assert ("166", "ECU", "BOL", "asserted") in found


def test_a_present_state_in_a_relative_clause_describes_the_party():
    found = events("Chile praised Ecuador, which has long opposed Bolivia's claims.")
    assert not any(e[1] == "ECU" for e in found)


def test_a_charge_against_a_party_in_its_relative_clause_is_news():
    found = events("Ghana left Mercosur, which Ghanaian officials accuse of ignoring its farmers.")
    assert ("112", "GHA", "IGO", "asserted") in found


def test_a_charge_in_a_relative_clause_by_no_named_party_is_not_coded():
    found = events("Ghana deported migrants from Togo, whom officials blame for the riots.")
    assert not any(e[0][:2] == "11" for e in found)


def test_a_joint_activity_announced_with_will_is_coded_as_to_come_besides_the_intent():
    found = events("Chile and Peru will hold joint naval exercises next month.")
    assert ("062", "CHL", "PER", "future") in found
    assert any(e[0][:2] == "03" and e[3] == "asserted" for e in found)


def test_an_announced_hand_over_stays_the_intent_alone():
    found = events("Chile will send fighter jets to Peru next year.")
    assert not any(e[0][:2] == "07" for e in found)
    assert any(e[0][:2] == "03" for e in found)
