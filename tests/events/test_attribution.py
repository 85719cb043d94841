"""Claims and attributions: who reports an event, and when the report is an accusation of its own.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

import pytest

from eventcoder.events import find_events
from eventcoder.events.attribution import attribution, claimant
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"), "police": (None, "COP")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return [(e.cameo, e.source.country, e.target.country if e.target else None) for e in found]


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Chile said that Peru shelled the border town.", "shelled", "Chile"),
    ("Chile claimed Peruvian troops had attacked the border post.", "attacked", "Chile"),
    ("Peru shelled the border town, Chile said.", "shelled", None),
    ("Chile warned that Peru shelled the border town.", "shelled", None),
])
def test_only_a_claim_made_up_front_has_a_claimant(text, word, expected):
    doc = get_nlp()(text)
    found = claimant(_verb(doc, word))
    assert (found.text if found is not None else None) == expected


def test_a_hostile_act_claimed_by_another_party_is_also_an_accusation():
    found = events("Chile said that Peru shelled Bolivia on Monday.")
    assert ("1123", "CHL", "PER") in found
    assert any(code[:2] == "19" and source == "PER" for code, source, _ in found)


@pytest.mark.parametrize("text", [
    "Peru shelled Bolivia on Monday, Chile said.",  # the source of the news, not an accuser
    "Chile said that its troops shelled Bolivia on Monday.",  # its own act
    "Chile said that Peru would shell Bolivia.",  # not done: a warning, not an accusation
])
def test_no_accusation_without_a_claim_about_another_partys_act(text):
    assert not any(code[:2] == "11" for code, _, _ in events(text))


@pytest.mark.parametrize("text", [
    "Chile claimed that it had shelled Peru.",
    "Chile admitted that it had shelled Peru.",
])
def test_a_hostile_act_owned_by_its_claimant_is_a_claim_of_responsibility(text):
    found = events(text)
    assert ("015", "CHL", "PER") in found
    assert any(code[:2] == "19" and source == "CHL" for code, source, _ in found)
    assert not any(code[:2] == "11" for code, _, _ in found)


@pytest.mark.parametrize("text", [
    "Chile said that it had shelled Peru.",  # a report, not a claim of responsibility
    "Chile claimed that Peru had shelled Bolivia.",  # another party's act: an accusation
    "Chile admitted that it had helped Peru.",  # not a hostile act
])
def test_no_claim_of_responsibility_without_owning_a_hostile_act(text):
    assert not any(code == "015" for code, _, _ in events(text))


def test_an_announcer_given_a_country_at_home_still_announces_its_act():
    # the police have no country of their own until the act places them in Peru: still they make the threat
    assert ("137", "PER", "PER") in events("The police will arrest Peru's envoys unless Peru pays the fine.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister who arrived on Monday said that troops shelled the town.", "The minister"),
    ("The spokesman of the army said that troops shelled the town.", "The spokesman of the army"),
])
def test_the_speaker_phrase_leaves_out_a_relative_clause(text, expected):
    doc = get_nlp()(text)
    shelled = next(t for t in doc if t.lemma_ == "shell")
    assert attribution(shelled)[0] == expected
