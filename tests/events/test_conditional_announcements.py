"""Acts announced with "will" on a condition, and legs of a trip announced together.

"X will strike Y if Z ..." is a possible act (hypothetical) besides the threat; "X will do Y unless Z ..." is an
ultimatum, coded as the threat alone; a trip's next leg in a time clause ("before going on to Y") is announced with
the trip. Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"), "Benin": ("BEN", "GOV"), "Lome": ("TGO", None),
    "Accra": ("GHA", None), "Cotonou": ("BEN", None), "President Mahama": ("GHA", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_conditional_will_tells_a_possible_act_besides_the_threat():
    found = events("Ghana will bomb Togo's border camps if the raids go on, the defence minister said.")
    assert any(e[0][:2] == "19" and e[1:] == ("GHA", "TGO", "hypothetical") for e in found)
    assert any(e[0][:2] == "13" and e[1:] == ("GHA", "TGO", "asserted") for e in found)
    assert not any(e[0][:2] == "19" and e[3] == "future" for e in found)


def test_a_conditional_will_on_a_friendly_act_is_hypothetical():
    found = events("Ghana will recognise Togo's new government if it holds an election, the minister said.")
    assert any(e[0][:2] == "05" and e[1:] == ("GHA", "TGO", "hypothetical") for e in found)
    assert not any(e[0][:2] == "05" and e[3] == "future" for e in found)


def test_an_ultimatum_stays_the_threat_alone():
    found = events("Ghana will cut off aid to Togo unless Lome frees the detained traders.")
    assert any(e[0][:2] == "13" and e[1:] == ("GHA", "TGO", "asserted") for e in found)
    assert not any(e[0][:2] == "16" for e in found)


def test_a_plain_will_stays_future():
    found = events("Ghana will send food aid to Togo next week.")
    assert not any(e[3] == "hypothetical" for e in found)


def test_the_next_leg_of_an_announced_trip_is_announced_too():
    found = events("President Mahama will travel to Lome on Monday before going on to Cotonou.")
    assert ("036", "GHA", "BEN", "asserted") in found
    assert ("036", "GHA", "TGO", "asserted") in found


def test_a_trip_only_timed_by_another_act_is_no_announcement():
    found = events("A day before President Mahama flies to Cotonou, Togo recalled its envoy from Accra.")
    assert not any(e[0] == "036" for e in found)


def test_a_condition_on_a_coordinated_verb_reaches_the_first_one():
    found = events("Ghana said it would cut off all aid to Togo and could take military action against Togo if the "
                   "raids continued.")
    assert ("162", "GHA", "TGO", "hypothetical") in found
    assert ("190", "GHA", "TGO", "hypothetical") in found


def test_military_action_taken_is_an_attack():
    assert ("190", "GHA", "TGO", "asserted") in events("Ghana took military action against Togo on Sunday.")
