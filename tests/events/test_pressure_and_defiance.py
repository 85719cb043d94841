"""Pressing a party to act is a demand on it, and a refusal told "despite" someone's pressure answers whoever
applied it.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Beijing": ("CHN", "GOV"), "Nepal": ("NPL", None), "Washington": ("USA", "GOV"), "Seoul": ("KOR", "GOV"),
    "The Bolivian interior minister": ("BOL", "GOV"), "the opposition": ("BOL", "OPP"), "Belgrade": ("SRB", "GOV"),
    "Moscow": ("RUS", "GOV"), "Ankara": ("TUR", "GOV"), "the European Union": ("IGO", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_pressing_a_party_to_act_is_a_demand_on_it():
    found = events("Beijing has been pressuring Nepal to hand over the activists.")
    assert any(e[0][:2] == "10" and e[1:3] == ("CHN", "NPL") for e in found)
    assert not any(e[0][:2] == "17" for e in found)


def test_pressure_without_an_act_asked_stays_coercion():
    found = events("Washington pressured Seoul over its trade surplus.")
    assert any(e[0] == "170" and e[1:3] == ("USA", "KOR") for e in found)


def test_a_refusal_despite_pressure_answers_whoever_applied_it():
    found = events("The Bolivian interior minister declined to resign despite mounting pressure from the opposition.")
    assert any(e[0][:2] == "12" and e[1:3] == ("BOL", "BOL") for e in found)
    found = events("Belgrade refused to pull back its troops despite Moscow's appeal.")
    assert any(e[0][:2] == "12" and e[1:3] == ("SRB", "RUS") for e in found)
    found = events("Ankara rejected the proposal despite repeated calls by the European Union.")
    assert any(e[0][:2] == "12" and e[1:3] == ("TUR", "IGO") for e in found)


def test_a_despite_phrase_without_a_party_names_no_target():
    found = events("Belgrade refused to pull back its troops despite its own doubts.")
    assert any(e[0][:2] == "12" and e[1] == "SRB" for e in found)
    assert not any(e[0][:2] == "12" and e[2] not in (None, "SRB") for e in found)
