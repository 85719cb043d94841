"""Complaints and protests aimed at the party behind what they are about, a time phrase that only looks like the
particle of "call on" / "agree on", agreement on a that-clause, and a violent act a party actively readies itself
for (a show of force, 150).

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"), "the OAS": ("IGO", None),
    "Peruvian": ("PER", "MIL"), "Chilean farmers": ("CHL", "AGR"), "Bolivian army": ("BOL", "MIL"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_complaint_targets_the_party_behind_the_acts_complained_of():
    found = events("Chile complained to the OAS on Friday over two Peruvian air raids near Arica.")
    assert ("114", "CHL", "PER", "asserted") in found
    assert not any(e[2] == "IGO" for e in found)


def test_a_complaint_about_no_party_targets_the_addressee():
    assert ("114", "CHL", "IGO", "asserted") in events("Chile complained to the OAS about the refugee situation.")


def test_a_protest_at_a_party_s_act_targets_that_party():
    found = events("Chilean farmers protested at the seizure of their land by Peruvian troops.")
    assert ("140", "CHL", "PER", "asserted") in found


def test_a_day_after_call_is_not_the_addressee_of_call_on():
    found = events("Chile called on Monday for talks with Peru.")
    assert not any(e[0] == "020" and e[2] is None for e in found)
    assert ("026", "CHL", "PER", "asserted") in found


def test_call_on_a_party_after_a_day_still_appeals_to_it():
    found = events("Chile called on Monday on Peru to withdraw its troops.")
    assert any(e[0][:2] == "02" and e[1:3] == ("CHL", "PER") for e in found)


def test_agreeing_on_a_day_that_parties_should_cooperate_is_an_agreement():
    found = events("Chile and Peru agreed on Tuesday that their countries should cooperate on fishing.")
    assert any(e[0][:2] == "03" and e[1:3] == ("CHL", "PER") for e in found)
    assert any(e[0][:2] == "03" and e[1:3] == ("PER", "CHL") for e in found)


def test_an_army_preparing_to_attack_shows_force():
    found = events("The Bolivian army prepared to shell Peruvian border towns.")
    assert ("150", "BOL", "PER", "asserted") in found
    assert not any(e[0][:2] in ("13", "19") for e in found)


def test_being_prepared_to_attack_stays_a_threat():
    found = events("Bolivia said it is prepared to attack Peru if provoked.")
    assert not any(e[0] == "150" for e in found)
