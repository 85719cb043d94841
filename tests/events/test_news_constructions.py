"""Everyday news constructions: agreements not reached, parties listed after "of", mediation on another act,
claimed deeds, light verbs with event nouns, reports by monitors, targets below a measure or a goods noun,
restrictions on investment, alert levels raised in answer to another party, refused deployments, talks abroad,
and obligations in a reminder's that-clause.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Nepal": ("NPL", None), "Bhutan": ("BHU", "GOV"), "Qatar": ("QAT", None), "Norwegian": ("NOR", None),
    "Malian army": ("MLI", "MIL"), "Tuareg rebels": ("MLI", "REB"), "Chad": ("TCD", None),
    "Front": ("TCD", "REB"), "Amnesty International": ("NGO", None), "Lima": ("PER", "GOV"),
    "Ghanaian troops": ("GHA", "MIL"), "Chilean": ("CHL", None), "Bolivia": ("BOL", None),
    "The agency": ("IGO", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_an_agreement_not_reached_is_a_settlement_not_made():
    found = events("Ghana and Togo did not reach a deal on the border crossings.")
    assert ("057", "GHA", "TGO", "negated") in found
    assert not any(e[0][:2] in ("03", "12") for e in found)
    assert ("030", "GHA", "TGO", "asserted") in events("Ghana and Togo reached an agreement on the border crossings.")


def test_parties_of_one_country_listed_after_of_each_act():
    found = events("Delegations of the Malian army and Tuareg rebels held talks in Algiers.")
    assert {(e[1], e[2]) for e in found if e[0][:2] == "04"} == {("MLI", "MLI")}
    assert sum(e[0][:2] == "04" for e in found) == 2


def test_a_mediation_noun_on_an_act_mediates_for_its_parties():
    found = events("Chile and Peru swapped detainees with the mediation of Qatar.")
    assert ("045", "QAT", "CHL", "asserted") in found
    found = events("Ghana and Togo held talks under Norwegian mediation.")
    assert ("045", "NOR", "GHA", "asserted") in found


def test_a_claimed_deed_is_the_claimant_s_act():
    found = events("The Front claimed responsibility for the attack on an army base in Chad.")
    assert ("015", "TCD", "TCD", "asserted") in found
    assert any(e[0][:2] in ("18", "19") and e[1:3] == ("TCD", "TCD") for e in found)


def test_a_claim_naming_no_deed_is_about_the_last_attack():
    found = events("A car bomb killed six soldiers in Chad on Sunday. The Front claimed responsibility.")
    assert ("015", "TCD", "TCD", "asserted") in found


def test_a_light_verb_with_killings_and_a_monitor_s_report_accuses():
    found = events("Ghanaian troops carried out mass killings of villagers in Togo, Amnesty International said.")
    assert any(e[0][:2] == "20" and e[1:] == ("GHA", "TGO", "asserted") for e in found)
    assert any(e[0][:2] == "11" and e[1:] == ("NGO", "GHA", "asserted") for e in found)
    found = events("Ghanaian troops shelled villages in Togo, Chile said.")
    assert not any(e[0][:2] == "11" for e in found)  # a state telling the news after it only attributes it


def test_the_target_below_a_measure_and_a_goods_noun():
    found = events("Chile threatened to impose tariffs of 40 percent on steel from Peru and Bolivia.")
    assert {e[2] for e in found if e[0][:2] == "13"} == {"PER", "BOL"}


def test_restricting_a_country_s_investment_is_an_economic_sanction():
    assert ("163", "PER", "CHL", "asserted") in events("Peru restricted Chilean investment in its ports.")


def test_an_alert_level_raised_after_another_party_s_act_is_aimed_at_it():
    found = events("Ghana raised its alert level after Togo moved tanks to the border.")
    assert ("152", "GHA", "TGO", "asserted") in found


def test_a_deployment_refused_is_a_rejection_and_a_negated_act():
    found = events("Ghana would not send combat troops to Togo.")
    assert ("120", "GHA", "TGO", "asserted") in found
    assert any(e[0][:2] == "15" and e[3] == "negated" for e in found)


def test_travel_for_talks_is_with_the_partner_named():
    found = events("Chile's foreign minister will travel to Lima for talks with Peru.")
    assert any(e[0][:2] == "04" and e[1:3] == ("CHL", "PER") for e in found)


def test_an_obligation_in_a_reminder_is_a_demand_of_its_issuer():
    found = events("The agency sent a reminder to Ghana that it must open its sites to inspectors.")
    assert any(e[0][:2] == "10" and e[1:3] == ("IGO", "GHA") for e in found)
