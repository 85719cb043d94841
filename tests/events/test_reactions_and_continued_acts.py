"""Reactions told in a relative clause on the act noun that sums a sentence up, charges in a relative clause made
by the party it is on, acts seen as a threat, continued conflict acts, political prisoners freed at home, treaties
joined and aid let into a place.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Belarus": ("BLR", None), "Lithuania": ("LTU", None), "political prisoners": (None, "CVL"),
    "Serbia": ("SRB", None), "Croatian diplomats": ("HRV", "GOV"), "Zagreb": ("HRV", "GOV"),
    "Ethiopia's government": ("ETH", "GOV"), "Eritrea": ("ERI", None), "Beijing": ("CHN", "GOV"),
    "Japanese": ("JPN", None), "The opposition": ("ARM", "OPP"), "Egypt": ("EGY", None), "Sudan": ("SDN", None),
    "Ukraine": ("UKR", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_move_another_party_praises_in_a_relative_clause_is_its_praise_of_the_doer():
    found = events("Belarus pardoned 30 political prisoners on Friday, a move Lithuania called an important step.")
    assert ("051", "LTU", "BLR", "asserted") in found


def test_political_prisoners_freed_with_no_country_are_the_freeing_state_s_own():
    assert ("0841", "BLR", "BLR", "asserted") in events("Belarus pardoned 30 political prisoners on Friday.")


def test_a_step_another_party_calls_a_mistake_is_its_criticism_of_the_doer():
    found = events("Serbia expelled three Croatian diplomats on Monday, a move Zagreb called a mistake.")
    assert ("111", "HRV", "SRB", "asserted") in found


def test_a_charge_made_in_a_relative_clause_on_the_accuser_is_coded():
    found = events("Ethiopia's government, which accuses Eritrea of arming rebels, closed the border on Monday.")
    assert ("112", "ETH", "ERI", "asserted") in found


def test_a_present_state_in_a_relative_clause_stays_a_description():
    found = events("Ethiopia's government, which borders Eritrea, closed the border on Monday.")
    assert not any(e[0][:2] == "11" for e in found)


def test_seeing_an_act_as_a_threat_judges_its_doer_and_countermeasures_answer_it():
    found = events("Beijing regards the Japanese military buildup as a threat and will take countermeasures.")
    assert ("111", "CHN", "JPN", "asserted") in found
    assert any(e[0][:2] == "13" and e[1:3] == ("CHN", "JPN") for e in found)


def test_a_protest_told_as_going_on_is_a_future_protest_not_a_threat():
    found = events("The opposition said it would keep protesting until the president resigned.")
    assert any(e[0][:2] == "14" and e[3] == "future" for e in found)
    assert not any(e[0][:2] == "13" for e in found)


def test_a_protest_announced_afresh_stays_a_threat_of_protest():
    found = events("The opposition said it would protest on Friday.")
    assert any(e[0][:2] == "13" for e in found)


def test_joining_a_treaty_is_signing_it():
    assert ("057", "UKR", None, "asserted") in events("Ukraine joined the Rome Statute in 2024.")


def test_aid_let_into_a_place_is_humanitarian_access_to_it():
    assert ("0863", "EGY", "SDN", "asserted") in events("Egypt allowed 40 aid trucks into Sudan on Monday.")
