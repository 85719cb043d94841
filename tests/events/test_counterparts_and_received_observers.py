"""An agreement or concession naming no party is aimed at the other side of the talks or quarrel told in its own
phrase; receiving foreign observers or monitors lets outsiders in (086), the sender named on the group noun; a halted
protest "against" a party eases pressure on it; what an agreement provides for is its terms, not a deed done; a
preposition left hanging before "and" shares the object of the phrase after it; an investigation completed was
carried out, and one a passive names no doer of is the country's where it is held.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "The dockers' union": ("KEN", "LAB"), "the ports authority": ("KEN", "GOV"), "Peru": ("PER", None),
    "Ecuador": ("ECU", None), "Ghana": ("GHA", None), "the African Union": ("IGO", "AFRAFU"),
    "Farmers": ("FRA", "AGR"), "the French government": ("FRA", "GOV"), "Japan": ("JPN", None),
    "the United States": ("USA", None), "Chile": ("CHL", None), "Argentina": ("ARG", None),
    "Sudan": ("SDN", None), "Chad": ("TCD", None), "Norway": ("NOR", None), "Hanoi": ("VNM", None),
    "Indian police": ("IND", "COP"), "Nepalese workers": ("NPL", "LAB"), "A Kenyan businessman": ("KEN", "BUS"),
    "Uganda": ("UGA", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_strike_called_off_after_talks_answers_the_other_side():
    found = events("The dockers' union called off its strike after talks with the ports authority on Friday.")
    assert any(e[:3] == ("082", "KEN", "KEN") for e in found)


def test_a_plan_accepted_to_end_a_dispute_answers_the_other_party():
    found = events("Peru accepted a plan to settle its long border dispute with Ecuador.")
    assert any(e[:3] == ("030", "PER", "ECU") for e in found)


def test_a_named_target_wins_over_the_counterpart_of_a_quarrel():
    found = events("Chile agreed to help Argentina after a row with the United States.")
    assert any(e[1:3] == ("CHL", "ARG") for e in found)
    assert not any(e[1:3] == ("CHL", "USA") for e in found)


def test_received_monitors_from_a_body_are_international_involvement():
    found = events("Ghana welcomed a team of monitors from the African Union on Monday.")
    assert ("086", "GHA", "IGO", "asserted") in found
    assert not any(e[0] == "043" for e in found)


def test_received_observers_sent_by_a_body_named_on_the_mission():
    found = events("Ghana received a mission of observers from the African Union.")
    assert ("086", "GHA", "IGO", "asserted") in found


def test_a_suspended_protest_against_a_party_eases_pressure_on_it():
    found = events("Farmers suspended their protest against the French government.")
    assert ("082", "FRA", "FRA", "asserted") in found


def test_the_terms_of_a_signed_deal_are_not_done():
    found = events("Sudan and Chad signed a deal on Sunday to withdraw troops from the border.")
    assert any(e[:3] == ("057", "SDN", "TCD") for e in found)
    assert not any(e[0].startswith("08") for e in found)


def test_a_hanging_preposition_shares_the_object_after_the_and():
    found = events("Norway restored diplomatic ties with and reopened its embassy in Hanoi.")
    assert any(e[:3] == ("050", "NOR", "VNM") for e in found)
    assert not any(e[1] == "NOR" and e[2] is None for e in found)


def test_a_completed_inquiry_is_an_investigation():
    found = events("Indian police concluded their inquiry into the deaths of Nepalese workers.")
    assert ("090", "IND", "NPL", "asserted") in found


def test_an_investigation_with_no_doer_named_is_the_host_countrys():
    found = events("A Kenyan businessman was placed under surveillance in Uganda over his links to smugglers.")
    assert ("090", "UGA", "KEN", "asserted") in found
