"""Parties of "between" on the verb that tells an event
noun, a cessation of hostilities as a ceasefire, sanctions reimposed, staple foods given free as aid, and sports
reports that name no assault.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chadian troops": ("TCD", "MIL"), "Libyan troops": ("LBY", "MIL"), "Libyan militias": ("LBY", "REB"),
    "Kenya": ("KEN", None), "Uganda": ("UGA", None), "Egypt": ("EGY", None), "Sudan": ("SDN", None),
    "Japan": ("JPN", None), "Nepal": ("NPL", None), "Canada": ("CAN", None), "Belarus": ("BLR", None),
    "Brazil": ("BRA", None), "Chile": ("CHL", None), "Peru": ("PER", None), "Bolivia": ("BOL", None),
    "Malian soldiers": ("MLI", "MIL"), "Chadian police": ("TCD", "COP"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_between_on_the_verb_telling_an_event_noun_names_its_parties():
    found = events("Fierce fighting erupted near the border on Tuesday between Chadian troops and Libyan militias.")
    assert ("190", "TCD", "LBY", "asserted") in found
    assert ("190", "LBY", "TCD", "asserted") in found
    found = events("Clashes broke out overnight between Chadian troops and Libyan troops.")
    assert {(e[1], e[2]) for e in found if e[0][:2] == "19"} == {("TCD", "LBY"), ("LBY", "TCD")}


def test_a_cessation_of_hostilities_is_a_ceasefire():
    found = events("Kenya and Uganda agreed to an immediate cessation of hostilities along their border.")
    assert ("0871", "KEN", "UGA", "asserted") in found


def test_reimposed_sanctions_are_sanctions():
    assert ("163", "CAN", "BLR", "asserted") in events("Canada reimposed sanctions on Belarus on Monday.")


def test_staple_foods_are_aid_only_when_given_free():
    assert ("073", "JPN", "NPL", "asserted") in events("Japan donated 3,000 tonnes of rice to Nepal.")
    assert ("073", "EGY", "SDN", "asserted") in events("Egypt shipped 10,000 tonnes of free wheat to Sudan.")
    assert not any(e[0][:2] == "07" for e in events("Egypt shipped 10,000 tonnes of wheat to Sudan last month."))


def test_a_win_in_a_sports_report_is_no_assault():
    assert events("Brazil beat Chile 3-1 in the Copa America final on Saturday.") == []
    assert events("Peru defeated Bolivia on penalties in the semi-final.") == []
    assert ("182", "MLI", "TCD", "asserted") in events("Malian soldiers beat Chadian police at a checkpoint.")
