"""Participle clauses beside a negating verb, deals declared void, conditions on an infinitive, and open questions
("whether ...") that a negation above does not reach.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"), "Peru": ("PER", "GOV"), "Chile": ("CHL", "GOV"),
    "Bolivia's": ("BOL", None), "Mercosur": ("IGO", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_participle_after_a_comma_is_outside_the_negation_above_it():
    found = events("Ghana suspended its talks with Togo on Monday, accusing Togo of arming smugglers.")
    assert ("112", "GHA", "TGO", "asserted") in found
    found = events("Ghana did not attend the summit in Lome, accusing Togo of bad faith.")
    assert ("112", "GHA", "TGO", "asserted") in found


def test_a_complement_still_takes_the_negation_of_its_verb():
    found = events("Ghana refused to accuse Togo of arming smugglers.")
    assert not any(e[0] == "112" and e[3] == "asserted" for e in found)


def test_a_deal_declared_void_is_rejected():
    assert ("120", "CHL", "BOL", "asserted") in events("Chile invalidated Bolivia's mining contract.")
    assert ("120", "PER", "BOL", "asserted") in events("Peru voided Bolivia's gas deal with a private firm.")


def test_an_if_clause_on_the_infinitive_makes_a_reported_request_hypothetical():
    found = events("Peru would ask Mercosur to intervene if Chile closes the border, the minister said.")
    assert any(e[0][:2] == "02" and e[1:] == ("PER", "IGO", "hypothetical") for e in found)
    found = events("Peru said it would ask Mercosur to mediate.")
    assert any(e[0][:2] == "02" and e[1:3] == ("PER", "IGO") and e[3] != "hypothetical" for e in found)


def test_an_open_question_under_a_negation_is_hypothetical_not_negated():
    found = events("Peru did not say whether it would attend the talks with Chile.")
    assert ("046", "PER", "CHL", "hypothetical") in found
    assert not any(e[3] == "negated" or e[0][:2] == "12" for e in found)  # no refusal either


def test_an_undecided_sanction_is_hypothetical():
    found = events("Ghana has not decided whether to impose sanctions on Togo.")
    assert ("163", "GHA", "TGO", "hypothetical") in found


def test_a_plain_negation_still_negates():
    found = events("Ghana has not imposed sanctions on Togo.")
    assert ("163", "GHA", "TGO", "negated") in found
