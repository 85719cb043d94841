"""Cleared sales, ratified bids, brokered swaps and suspended cooperation: verb rows of verbs.tsv on our own
sentences."""

import pytest

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"), "Lima": ("PER", "GOV"),
          "Peruvian fishermen": ("PER", "CVL")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


@pytest.mark.parametrize("text", [
    "Chile approved the sale of twelve patrol boats to Peru on Tuesday.",
    "Chile has authorized the sale of armored vehicles to Peru.",
])
def test_a_cleared_sale_to_a_government_is_military_cooperation(text):
    assert ("062", "CHL", "PER", "asserted") in events(text)


def test_a_sale_cleared_for_no_party_is_no_event():
    assert not any(code == "062" for code, *_ in events("Chile approved the sale of the old airport."))


def test_ratifying_a_bid_to_join_favours_the_applicant():
    assert ("050", "CHL", "BOL", "asserted") in events("Chile ratified Bolivia's bid to join the trade bloc.")


def test_a_completed_ratification_of_a_bid_favours_the_applicant():
    found = events("Lima finished its ratification of Bolivia's application on Monday.")
    assert ("050", "PER", "BOL", "asserted") in found


def test_a_swap_brokered_by_a_third_party_is_mediation_between_its_parties():
    found = events("Chile freed two Peruvian fishermen on Sunday in a swap brokered by Bolivia.")
    assert {("045", "BOL", "CHL", "asserted"), ("045", "BOL", "PER", "asserted")} <= found


def test_a_participle_on_a_stance_object_names_no_mediator():
    found = events("Chile agreed to a truce after long talks mediated by Bolivia.")
    assert not any(code == "045" and target is None for code, _, target, _ in found)


@pytest.mark.parametrize("text", [
    "Chile suspended its cooperation with Peru on Monday.",
    "Chile has halted all military cooperation with Peru.",
])
def test_suspending_cooperation_reduces_relations(text):
    assert ("160", "CHL", "PER", "asserted") in events(text)
