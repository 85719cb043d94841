"""Allegations and charges: what a party alleges another did is its accusation, while the act itself is not
asserted; acts named as the grounds of a punishment are the charge, not deeds of the one who punishes.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"), "Peruvian troops": ("PER", "MIL"),
          "Chilean court": ("CHL", "JUD"), "Peruvian officer": ("PER", "MIL")}


def events(text):
    return coded_events(text, ACTORS)


def test_an_allegation_of_an_attack_accuses_the_attacker():
    found = events("Chile alleged that Peruvian troops had shelled Bolivia.")
    assert [e[:4] for e in found if e[0][:2] == "11"] == [("1123", "CHL", "PER", "asserted")]
    assert not any(e[0][:2] == "19" and e[3] == "asserted" for e in found)


def test_an_allegation_not_made_accuses_nobody():
    assert not [e for e in events("Chile did not allege that Peru had attacked Bolivia.") if e[3] == "asserted"]


def test_what_a_party_is_jailed_for_is_the_charge_not_the_jailers_act():
    found = events("A Chilean court jailed a Peruvian officer for helping rebels attack Bolivia.")
    assert ("173", "CHL", "PER", "asserted") in [e[:4] for e in found]
    assert not any(e[0][:2] in ("07", "19") and e[3] == "asserted" for e in found)


def test_a_party_praised_or_blamed_for_an_act_did_it():
    found = events("Chile praised Peru for sending aid to Bolivia.")
    assert ("070", "PER", "BOL", "asserted") in found and not any(e[0][:2] == "07" and e[1] == "CHL" for e in found)
    assert ("190", "PER", "BOL", "asserted") in events("Chile criticised Peru for attacking Bolivia.")
