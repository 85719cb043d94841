"""False positives of our own cases, as general rules: the toll of a violent act told by a participle ("struck X,
killing nine civilians") is no second act, and an act that "could" or "would" be done on a condition is a mere
hypothesis, coded as the possible act alone, while "may ... if" still holds it out as a threat.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Lima": ("PER", "GOV"), "Chilean forces": ("CHL", "MIL"),
    "Peruvian civilians": ("PER", "CVL"), "civilians": ("PER", "CVL"), "the minister": ("CHL", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_killing_participle_after_a_strike_is_its_toll():
    found = events("Chilean forces carried out an air strike on a village in Peru on Tuesday, killing around 40 "
                   "civilians.")
    assert ("195", "CHL", "PER", "asserted") in found
    assert not any(e[0][:2] == "18" for e in found)


def test_a_killing_participle_after_an_attack_noun_is_its_toll():
    found = events("Chilean forces launched a massive missile attack on Lima on Monday, killing at least 30 Peruvian "
                   "civilians.")
    assert [e for e in found if e[0][:2] in ("18", "19", "20")] == [("190", "CHL", "PER", "asserted")]


def test_a_killing_after_a_non_violent_act_stays_an_act():
    found = events("Chilean forces entered Lima on Monday, killing 30 Peruvian civilians.")
    assert ("1823", "CHL", "PER", "asserted") in found


def test_a_killing_told_by_its_own_verb_stays():
    found = events("Chilean forces killed 30 Peruvian civilians in Lima on Monday.")
    assert ("1823", "CHL", "PER", "asserted") in found


def test_could_on_a_condition_is_the_possible_act_alone():
    found = events("Chile could suspend imports from Peru if Lima raises its tariffs, the minister said.")
    assert ("163", "CHL", "PER", "hypothetical") in found
    assert not any(e[0][:2] == "13" for e in found)


def test_a_reported_would_on_a_condition_is_the_possible_act_alone():
    found = events("Chile would bomb Peru if Lima does not sign the deal, the minister said.")
    assert ("195", "CHL", "PER", "hypothetical") in found
    assert not any(e[0][:2] == "13" for e in found)


def test_may_on_a_condition_is_a_threat_besides_the_possible_act():
    found = events("Chile may suspend imports from Peru if Lima raises its tariffs, the minister said.")
    assert ("163", "CHL", "PER", "hypothetical") in found
    assert any(e[0][:2] == "13" and e[1:] == ("CHL", "PER", "asserted") for e in found)
