"""Denials answering an earlier charge, clauses set against an accusation, and judgements in a participle clause:
our own sentences."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Lima": ("PER", "GOV"), "Santiago": ("CHL", "GOV")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def test_a_denial_in_the_next_sentence_answers_the_accuser():
    found = events("Chile accused Peru of funding the smugglers. Lima denied that its officials had any role.")
    assert ("016", "PER", "CHL", "asserted") in found


def test_a_denial_set_against_the_charge_with_while_answers_the_accuser():
    found = events("Santiago accused Peru of shielding the smugglers, while Lima denied that it was behind the raid.")
    assert ("016", "PER", "CHL", "asserted") in found


def test_a_denial_with_no_charge_before_it_names_no_party():
    assert not any(code == "016" for code, *_ in events("Peru denied that the harvest had failed."))


def test_a_participle_judging_a_deed_as_a_wrong_act_criticizes_the_target_of_the_act():
    found = events("Chile closed its border with Peru on Friday, calling the dumping of waste a deeply selfish act.")
    assert ("111", "CHL", "PER", "asserted") in found


def test_calling_a_deed_a_plain_step_is_no_criticism():
    found = events("Chile closed its border with Peru on Friday, calling the closure a temporary step.")
    assert not any(code[:2] == "11" for code, *_ in found)
