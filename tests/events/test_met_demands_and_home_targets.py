"""Demands met answer whoever made them, named or not; a target inferred as the doer's own country is named by that
country, never in the doer's own words; an embargo or boycott declared is imposed like one announced.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events, hand_mentions

ACTORS = {
    "The Peruvian government": ("PER", "GOV"), "miners": (None, "LAB"), "The Kenyan cabinet": ("KEN", "GOV"),
    "nurses": (None, "MED"), "Chilean truckers": ("CHL", "LAB"), "Chile": ("CHL", None), "Canada": ("CAN", None),
    "Iranian": ("IRN", None),
}


def events(text):
    return coded_events(text, ACTORS)


def found_events(text):
    from eventcoder.events import find_events
    from eventcoder.nlp import get_nlp

    doc = get_nlp()(text)
    return find_events(doc, hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()}))


def test_demands_accepted_from_a_group_answer_that_group():
    found = events("The Peruvian government on Monday accepted demands from striking miners that it raise wages.")
    assert ("083", "PER", "PER", "asserted") in found


def test_demands_met_of_a_group_answer_that_group():
    found = events("The Kenyan cabinet met the demands of nurses after a week-long strike.")
    assert any(e[:3] == ("083", "KEN", "KEN") for e in found)


def test_a_home_target_is_not_named_in_the_doers_own_words():
    found = found_events("Chilean truckers blocked the highway to the port for six hours.")
    blocked = [e for e in found if e.cameo.startswith("14")]
    assert blocked and all(e.target is not None and e.target.country == "CHL" for e in blocked)
    assert all(e.target.text != e.source.text for e in blocked)


def test_a_home_target_takes_the_words_of_a_bare_mention_of_the_country():
    found = found_events("Chilean truckers blocked the highway to the port, the police of Chile said.")
    blocked = [e for e in found if e.cameo.startswith("14")]
    assert blocked and blocked[0].target.text == "Chile"


def test_a_declared_embargo_is_imposed():
    found = events("Canada declared an embargo on Iranian oil on Tuesday.")
    assert any(e[:3] == ("163", "CAN", "IRN") for e in found)
