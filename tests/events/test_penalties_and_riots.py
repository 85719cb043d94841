"""Impeachment, a frozen membership of a bloc, the end
of a peacekeeping mission voted by a council (the decision is the act), a past act told "days later", and a
building stormed by protesters (a riot, not armed force).

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Peru's Congress": ("PER", "LEG"), "President Boluarte": ("PER", "GOV"), "Belarus": ("BLR", None),
    "the Eurasian Economic Union": ("IGO", None), "The Security Council": ("IGO", None), "Haiti": ("HTI", None),
    "Chile": ("CHL", None), "Bolivia": ("BOL", None), "Bolivian protesters": ("BOL", "CVL"),
    "Chilean troops": ("CHL", "MIL"), "Chilean embassy": ("CHL", "GOV"), "Bolivian border post": ("BOL", "MIL"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_an_impeachment_is_an_administrative_penalty():
    assert ("172", "PER", "PER", "asserted") in events("Peru's Congress impeached President Boluarte on Friday.")


def test_a_vote_to_impeach_is_the_impeachment_itself():
    found = events("Peru's Congress voted on Friday to impeach President Boluarte.")
    assert ("172", "PER", "PER", "asserted") in found


def test_a_frozen_membership_reduces_relations_with_the_bloc():
    found = events("Belarus has suspended its membership in the Eurasian Economic Union.")
    assert ("160", "BLR", "IGO", "asserted") in found


def test_ending_a_peacekeeping_mission_withdraws_the_peacekeepers():
    found = events("The Security Council voted to end its peacekeeping mission in Haiti.")
    assert ("1661", "IGO", "HTI", "asserted") in found
    assert not any(code.startswith("04") for code, *_ in found)


def test_a_past_act_told_days_later_is_not_future():
    found = events("Bolivia closed its border, and two days later Chile recalled its ambassador from Bolivia.")
    assert ("161", "CHL", "BOL", "asserted") in found


def test_later_on_an_announced_act_is_still_future():
    found = events("Chile will recall its ambassador from Bolivia later this week.")
    assert not any(code == "161" and fact == "asserted" for code, _, _, fact in found)


def test_a_building_stormed_by_protesters_is_a_riot():
    found = events("Bolivian protesters stormed the Chilean embassy in La Paz.")
    assert ("145", "BOL", "CHL", "asserted") in found


def test_a_post_stormed_by_troops_stays_force():
    found = events("Chilean troops stormed a Bolivian border post.")
    assert ("190", "CHL", "BOL", "asserted") in found
