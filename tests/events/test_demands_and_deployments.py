"""Demands told without a demand verb, and peacekeepers sent: an obligation on the act a party must be ready to
do, a that-clause in the subjunctive (asked for, never told as done), pressure to act (the act not done), and the
deployment of peacekeepers (074, not the show of force 154).

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "The Chilean foreign minister": ("CHL", "GOV"), "Peru": ("PER", None), "Bolivia": ("BOL", None),
    "Russian officials": ("RUS", "GOV"), "Ukraine": ("UKR", None), "the rebels": ("UKR", "REB"),
    "The Kenyan opposition leader": ("KEN", "OPP"), "the government": ("KEN", "GOV"),
    "The World Bank": ("IGO", None), "Egypt": ("EGY", None), "Israel": ("ISR", None),
    "Washington": ("USA", "GOV"), "Kenyan peacekeepers": ("KEN", "MIL"), "Haiti": ("HTI", None),
    "AU peacekeeping troops": ("IGO", "MIL"), "Somalia": ("SOM", None), "Russian troops": ("RUS", "MIL"),
    "Belarus": ("BLR", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_must_be_ready_to_act_is_a_demand_on_that_act_not_an_intent():
    found = events("The Chilean foreign minister said on Monday that Peru must be ready to negotiate with Bolivia.")
    assert [e for e in found if e[1] == "CHL"] == [("108", "CHL", "PER", "asserted")]
    assert not any(e[1] == "PER" for e in found)  # no intent of Peru's own


def test_should_continue_to_act_is_a_demand_on_that_act():
    found = events("Russian officials said Monday that Ukraine should continue to negotiate with the rebels.")
    assert found == [("108", "RUS", "UKR", "asserted")]


def test_a_subjunctive_clause_is_asked_for_not_told():
    found = events("The Kenyan opposition leader insisted on Monday that the government release the detained "
                   "journalists.")
    assert any(e[0][:2] == "10" and e[1:] == ("KEN", "KEN", "asserted") for e in found)
    assert not any(e[0] == "0841" for e in found)
    assert not any(e[1] == "ISR" for e in events("The World Bank repeated its call today that Israel lift the "
                                                 "restrictions on Gaza."))


def test_an_inflected_verb_in_a_that_clause_is_still_reported():
    found = events("The World Bank said that Israel lifts the restrictions on Gaza every spring.")
    assert any(e[1] == "ISR" and e[3] == "asserted" for e in found)


def test_the_act_a_party_is_pressured_to_do_is_not_done():
    found = events("Washington has been pressuring Egypt to release the jailed activists.")
    assert any(e[0][:2] == "10" and e[1:3] == ("USA", "EGY") for e in found)  # a demand to act, not coercion
    assert not any(e[1] == "EGY" for e in found)


def test_a_deployment_of_peacekeepers_is_military_protection():
    assert ("074", "KEN", "HTI", "asserted") in events("The deployment of Kenyan peacekeepers to Haiti began on "
                                                       "Tuesday.")
    assert ("074", "IGO", "SOM", "asserted") in events("The first deployment of AU peacekeeping troops to Somalia "
                                                       "began on Monday.")
    found = events("The deployment of Russian troops to Belarus began on Monday.")
    assert ("154", "RUS", "BLR", "asserted") in found
