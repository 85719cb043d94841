"""General classes behind own cases that were missed: the other side of a fight a party suffered in, a truce
between two parties as the subject of its clause, setting fire to a building, and a state leaving an international
body (and "their" standing for the several countries of its clause's subject).

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from eventcoder.pipeline import code_text
from support import coded_events

ACTORS = {
    "Malian soldiers": ("MLI", "MIL"), "Algerian troops": ("DZA", "MIL"), "Kenyan police officers": ("KEN", "COP"),
    "Somali militants": ("SOM", "REB"), "Sudan": ("SDN", "GOV"), "Chad": ("TCD", "GOV"), "Russia": ("RUS", "GOV"),
    "Ukraine": ("UKR", "GOV"), "UN": ("IGO", "UNO"), "Rioters": ("IRQ", "OPP"), "Danish embassy": ("DNK", "GOV"),
    "Gabon": ("GAB", "GOV"), "the Commonwealth": ("IGO", None), "Guinea": ("GIN", "GOV"), "Cameroon": ("CMR", "GOV"),
    "France": ("FRA", "GOV"), "the African Union": ("IGO", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_the_other_side_of_a_clash_did_the_killing_and_fought_the_victims_side():
    found = events("Five Malian soldiers were killed in a clash with Algerian troops near the border.")
    assert any(e[0][:2] in ("18", "19") and e[1:] == ("DZA", "MLI", "asserted") for e in found)
    assert ("190", "MLI", "DZA", "asserted") in found


def test_the_other_side_of_a_firefight_wounded_the_police():
    found = events("Three Kenyan police officers were wounded in a firefight with Somali militants on Friday.")
    assert ("182", "SOM", "KEN", "asserted") in found


def test_a_truce_between_two_parties_that_took_effect_is_coded_both_ways():
    found = events("A truce between Sudan and Chad took effect at midnight.")
    assert ("0871", "SDN", "TCD", "asserted") in found
    assert ("0871", "TCD", "SDN", "asserted") in found


def test_a_truce_called_for_or_broken_is_no_truce_declared():
    assert not any(e[0] == "0871" for e in events("The UN called for a truce between Sudan and Chad."))
    assert not any(e[0] == "0871" for e in events("Fighting went on despite a truce between Sudan and Chad."))
    assert not any(e[0] == "0871" for e in events("Russia accused Ukraine of breaking the truce between them."))
    assert not any(e[0] == "0871" for e in events("The truce between Sudan and Chad collapsed on Friday."))
    assert not any(e[0] == "0871" for e in events("A truce between Sudan and Chad was rejected by the rebels."))


def test_setting_fire_to_a_building_is_destruction_and_by_rioters_a_riot():
    assert ("145", "IRQ", "DNK", "asserted") in events("Rioters set fire to the Danish embassy on Saturday.")


def test_setting_a_deadline_is_no_arson():
    assert not any(e[0][:2] in ("14", "17") for e in events("France set a deadline to Gabon for the talks."))


def test_a_state_leaving_an_international_body_breaks_relations_with_it():
    assert ("161", "GAB", "IGO", "asserted") in events("Gabon withdrew from the Commonwealth on Monday.")
    found = events("Cameroon announced its withdrawal from the African Union.")
    assert ("161", "CMR", "IGO", "asserted") in found
    assert not any(e[0] == "0874" for e in found)


def test_troops_withdrawn_from_a_country_stay_a_retreat():
    assert ("0874", "FRA", "GIN", "asserted") in events("France withdrew its troops from Guinea.")


def test_police_withdrawn_from_a_mission_of_a_body_stay_a_retreat():
    found = events("Gabon withdrew its police officers from the UN mission in Chad.")
    assert any(e[0] == "0874" and e[1] == "GAB" for e in found)
    assert not any(e[0][:2] == "16" for e in found)


def test_their_stands_for_the_countries_listed_in_the_subject():
    text = ("The military governments of Guinea, Sudan and Chad announced on Monday their withdrawal from the"
            " African Union.")
    found = {(e.cameo, e.source.country, e.target.country if e.target else None) for e in code_text(text)}
    assert {("161", "GIN", "IGO"), ("161", "SDN", "IGO"), ("161", "TCD", "IGO")} <= found
    assert not any(e[1] == "IGO" for e in found)  # "withdrawal from X": X is no doer
