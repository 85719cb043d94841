"""Eighth-batch rules: a partnership is a text that is signed; "affirmed" reports what follows it; a body set up
to investigate is an investigation done, not planned; one party's share told in a "with" clause of a joint act goes
to the other parties; "Y is obliged to do X", said by another, is a demand on Y; ships driven out are expelled
people (174), not a cut in relations."""

from eventcoder.events import find_events
from eventcoder.events.attribution import attribution
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Lima": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"),
          "The tribunal": ("IGO", "JUD")}


def events(text: str) -> set[tuple[str, str | None, str, str]]:
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.source.country, e.target.country if e.target else None, e.cameo, e.factuality) for e in found}


def test_a_signed_partnership_is_an_agreement():
    found = events("Chile and Peru signed a trade partnership in Santiago on Monday.")
    assert {("CHL", "PER", "057", "asserted"), ("PER", "CHL", "057", "asserted")} <= found


def test_affirm_reports_the_clause_under_it():
    doc = get_nlp()("The foreign minister affirmed that troops had shelled the border town.")
    shelled = next(t for t in doc if t.lemma_ == "shell")
    assert attribution(shelled)[0] == "The foreign minister"


def test_a_body_set_up_to_investigate_is_an_investigation_done():
    found = events("Chile set up a commission on Friday to investigate the attack by Bolivia on its border post.")
    assert any(code[:2] == "09" and fact == "asserted" for _, _, code, fact in found)
    assert not any(code[:2] == "03" for _, _, code, _ in found)


def test_a_plan_set_to_come_stays_future():
    found = events("Chile is set to investigate the attack by Bolivia on its border post.")
    assert not any(code[:2] == "09" and fact == "asserted" for _, _, code, fact in found)


def test_a_share_told_in_a_with_clause_goes_to_the_partner():
    found = events("Chile and Peru signed a border accord on Monday, with Lima promising loans for new roads.")
    shares = {(src, tgt) for src, tgt, code, _ in found if code.startswith("03")}
    assert shares == {("PER", "CHL")}


def test_a_with_clause_of_one_doer_names_no_partner():
    found = events("Chile signed a border accord on Monday, with Lima promising loans for new roads.")
    assert not any(code.startswith("033") and target == "CHL" for _, target, code, _ in found)


def test_obliged_to_act_is_a_demand_of_the_speaker():
    found = events("The tribunal said that Peru is obliged to release the Chilean fishermen.")
    assert any(src == "IGO" and tgt == "PER" and code[:2] == "10" for src, tgt, code, _ in found)


def test_obliged_without_a_speaker_is_no_demand():
    found = events("Peru is obliged to release the fishermen.")
    assert not any(code[:2] == "10" for _, _, code, _ in found)


def test_ships_driven_out_are_expelled_people():
    found = events("Peru expelled the Chilean fishing boats from its waters on Sunday.")
    assert any(src == "PER" and code == "174" for src, _, code, _ in found)
    assert not any(code == "166" for _, _, code, _ in found)
