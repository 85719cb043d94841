"""A subject the parser hangs on a
fronted phrase, acts done to one another, a "would" on any object yet to come, whose "its" an expulsion names,
and talks hosted between two other parties.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Kenya": ("KEN", None), "Uganda": ("UGA", None), "Egypt": ("EGY", None), "Sudan": ("SDN", None),
    "Japan": ("JPN", None), "Nepal": ("NPL", None), "Brazil": ("BRA", None), "Bolivia": ("BOL", None),
    "Bolivian diplomat": ("BOL", "GOV"),
    "Sudan's army": ("SDN", "MIL"), "RSF fighters": ("SDN", "REB"), "Chile": ("CHL", None), "Peru": ("PER", None),
    "Chadian troops": ("TCD", "MIL"), "Libyan troops": ("LBY", "MIL"),
    "Guinea's junta": ("GIN", "MIL"), "Malian envoys": ("MLI", "GOV"), "Ghana": ("GHA", None),
    "Togolese government": ("TGO", "GOV"), "Tuareg rebels": ("TGO", "REB"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_subject_hung_on_a_fronted_phrase_still_does_the_act():
    found = events("A year after the coup, Guinea's junta has still not released the Malian envoys.")
    assert ("0841", "GIN", "MLI", "negated") in found


def test_acts_done_to_one_another_are_coded_both_ways():
    found = events("Kenya and Uganda accused each other of arming the rebels.")
    assert {(e[1], e[2]) for e in found if e[0] == "112"} == {("KEN", "UGA"), ("UGA", "KEN")}
    found = events("Egypt and Sudan blamed one another for the collapse of the dam talks.")
    assert {(e[1], e[2]) for e in found if e[0] == "112"} == {("EGY", "SDN"), ("SDN", "EGY")}
    found = events("Chadian troops shelled Libyan troops near the oasis, with each side blaming the other for the "
                   "breach of the truce.")
    assert {(e[1], e[2]) for e in found if e[0] == "112"} == {("TCD", "LBY"), ("LBY", "TCD")}
    found = events("Clashes broke out between Sudan's army and RSF fighters, with each side blaming the other.")
    assert [e for e in found if e[0] == "112"] == [("112", "SDN", "SDN", "asserted")] * 2  # army and RSF, both ways


def test_the_other_with_no_parties_named_codes_nothing():
    assert not [e for e in events("The minister accused the other party of fraud.") if e[0] == "112"]


def test_a_reported_would_on_any_object_to_come_is_hypothetical():
    found = events("Japan would block any resolution against Nepal, its envoy said on Monday.")
    assert any(e[0][:2] == "12" and e[1] == "JPN" and e[3] == "hypothetical" for e in found)


def test_the_its_of_an_expulsion_is_the_other_country():
    found = events("Brazil expelled a Bolivian diplomat on Monday, days after Bolivia expelled one of its envoys.")
    assert ("166", "BRA", "BOL", "asserted") in found
    assert ("166", "BOL", "BRA", "asserted") in found
    assert not [e for e in found if e[1] == e[2]]


def test_talks_hosted_between_two_parties_are_coded_with_the_host():
    found = events("Egypt hosted talks between Chile and Peru in Cairo.")
    assert ("044", "EGY", "CHL", "asserted") in found and ("044", "EGY", "PER", "asserted") in found
    assert {(e[1], e[2]) for e in found if e[0] == "046"} == {("CHL", "PER"), ("PER", "CHL")}
    found = events("Ghana will host a second round of talks between the Togolese government and Tuareg rebels soon.")
    assert ("044", "GHA", "TGO", "future") in found  # the parser hangs "government" on "rebels"
