"""Permissions, mediation efforts and trips to talks: verb rows of verbs.tsv checked on our own sentences."""

import pytest

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"),
          "Chilean exiles": ("CHL", "REF"), "UN": ("IGO", None), "Peruvian": ("PER", None),
          "Bolivian": ("BOL", None)}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def test_allowing_a_party_to_return_is_giving_way():
    assert ("080", "CHL", "CHL", "asserted") in events("Chile allowed Chilean exiles to return home on Monday.")


def test_announcing_a_permission_is_an_intent_to_give_way():
    assert ("035", "CHL", "CHL", "asserted") in events("Chile will allow Chilean exiles to return home.")


def test_allowing_a_company_to_grow_is_no_event():
    assert not events("Chile allowed the company to grow.")


def test_allowing_the_return_of_inspectors_lets_outsiders_in():
    assert ("086", "PER", "IGO", "asserted") in events("Peru allowed the return of UN inspectors last week.")


@pytest.mark.parametrize("text", [
    "Chile launched a mediation effort between Peru and Bolivia.",
    "Chile began a mediation mission between Peru and Bolivia on Friday.",
])
def test_a_mediation_effort_between_two_parties_is_mediation(text):
    found = events(text)
    assert {("045", "CHL", "PER", "asserted"), ("045", "CHL", "BOL", "asserted")} <= found


def test_travelling_back_for_talks_is_a_meeting_for_each_side():
    found = events("Peruvian and Bolivian negotiators return to Geneva this week for talks on the border.")
    assert {("040", "PER", None, "asserted"), ("040", "BOL", None, "asserted")} <= found


def test_accepting_a_partys_involvement_lets_outsiders_in():
    assert ("086", "CHL", "PER", "asserted") in events("Chile accepted the involvement of Peru in the border talks.")


@pytest.mark.parametrize("text", [
    "Bolivia will not accept any intervention by Chile in its internal affairs.",
    "Bolivia would never tolerate Chile's interference in the election.",
])
def test_refusing_a_partys_interference_is_a_refusal(text):
    found = events(text)
    assert ("1245", "BOL", "CHL", "asserted") in found
    assert ("086", "BOL", "CHL", "asserted") not in found


def test_accepting_an_intervention_with_no_party_is_no_event():
    assert not events("Bolivia will not accept any intervention in its internal affairs.")
