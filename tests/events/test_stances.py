"""Stances held by the subject of an adjectival passive, demands told through a noun, requests for asylum,
"and"-joined parties on an object, possessors of what an event noun is about, and acts in relative clauses.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from eventcoder.events.arguments import Mentions
from eventcoder.events.match import _described, best_hits
from eventcoder.nlp import get_nlp
from support import coded_events, hand_mentions

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Bolivia": ("BOL", "GOV"), "Chilean": ("CHL", None), "Peruvian": ("PER", None), "Nepal": ("NPL", "GOV"),
    "Bolivian government": ("BOL", "GOV"), "Togolese rebels": ("TGO", "REB"), "Ghanaian refugees": ("GHA", "CVL"),
    "Nepalese students": ("NPL", "EDU"), "Ghanaian police": ("GHA", "COP"), "militia": ("TGO", "REB"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_the_subject_of_an_adjectival_passive_holds_the_stance():
    found = events("Chile is opposed to Peruvian mediation in the border dispute.")
    assert ("110", "CHL", "PER", "asserted") in found
    assert not any(e[1] == "PER" for e in found)  # the mediation is what Chile opposes, not news of its own


def test_a_commitment_to_an_act_is_an_intent_refined_by_the_act():
    found = events("Ghana is committed to opening talks with Togo.")
    assert ("036", "GHA", "TGO", "asserted") in found
    assert ("030", "NPL", None, "asserted") in events("A minister said Nepal is committed to opening up its economy.")


def test_a_real_passive_keeps_its_agent_as_source():
    assert ("110", "PER", "CHL", "asserted") in events("Chile was opposed by Peru in the vote.")


def test_a_demand_told_through_its_noun_targets_whoever_must_act():
    found = events("Togolese rebels insisted on their demand that the Bolivian government free the prisoners.")
    assert [e[:3] for e in found] == [("100", "TGO", "BOL")]


def test_seeking_refuge_in_a_country_is_a_request_to_it():
    found = events("Thousands of Ghanaian refugees sought refuge in Togo last week.")
    assert found == [("100", "GHA", "TGO", "asserted")]


def test_every_and_joined_party_on_the_object_is_a_target():
    found = events("Bolivia agreed to send ten tons of aid for Chile and Peru.")
    assert {e[2] for e in found} == {"CHL", "PER"}


def test_parties_joined_inside_a_relative_clause_are_not_targets():
    found = events("Ghana sent ten tons of aid to the militia that controls parts of Chile and Peru.")
    assert not any(e[2] == "PER" for e in found)


def test_the_possessor_of_what_a_protest_is_about_does_not_protest():
    found = events("Nepalese students staged a sit-in in protest of the Bolivian government's refusal to meet them.")
    assert not any(e[1] == "BOL" for e in found)


def test_an_act_in_a_clause_describing_a_party_is_background():
    found = events("Chile condemned the militia, which has attacked Peru.")
    assert ("111", "CHL", "TGO", "asserted") in found
    assert not any(e[0].startswith("1") and e[1] == "TGO" for e in found)


def test_an_act_in_a_clause_on_an_event_noun_is_news():
    doc = get_nlp()("Ghanaian police launched a raid which wounded five Togolese rebels.")
    hits = best_hits(doc)
    wounded = next(h.pred for h in hits if h.pred.lemma_ == "wound")
    mentions = Mentions(doc, hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()}))
    assert not _described(wounded, {h.pred.i for h in hits}, mentions)
