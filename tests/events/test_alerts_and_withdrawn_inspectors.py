"""Police alerts raised by patrols or tighter security (151), and inspectors called home (1662).

"X tightened security in Y" and "X mounted patrols along Y" are a raised police alert; "X withdrew its
inspectors from Y" is the withdrawal of inspectors (1662), and only announced ("will withdraw") it is a threat to
cut relations (13x). Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Chilean police": ("CHL", "COP"), "Santiago": ("CHL", None),
    "the border with Peru": ("PER", None), "Lima": ("PER", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_tightened_security_is_a_police_alert():
    found = events("Chilean police tightened security in Santiago after the riots.")
    assert any(e[0] == "151" and e[1] == "CHL" for e in found)


def test_mounted_patrols_are_a_police_alert():
    found = events("Chile mounted patrols along the border with Peru on Monday.")
    assert any(e[0] == "151" and e[1] == "CHL" for e in found)


def test_security_talks_are_no_alert():
    found = events("Chile discussed security with Peru in Lima.")
    assert not any(e[0][:2] == "15" for e in found)


def test_withdrawn_inspectors():
    found = events("Chile withdrew its weapons inspectors from Peru on Friday.")
    assert any(e[0] == "1662" and e[1:] == ("CHL", "PER", "asserted") for e in found)


def test_inspectors_to_be_withdrawn_are_a_threat():
    found = events("Chile announced that it will withdraw its inspectors from Peru.")
    assert any(e[0][:2] == "13" and e[1:3] == ("CHL", "PER") for e in found)
    assert not any(e[0] == "1662" for e in found)
