"""Deeds referred back to and parties found from the setting: a pronoun or a show-of-force noun under a censure
stands for the act told before it, at home too when the speaker is on the other side of the state line; a censured
strike whose doer is named on it is coded as well; mass killings with their doer in "by" are news even under "an
inquiry into"; a trip noun framing a clause is its subject's visit; an envoy sent is a visit; talks sat down for
name their party; a protest naming no party is against the country where it is held; a refusal to resign answers
the crowds that protested.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Pakistan": ("PAK", None), "India": ("IND", None), "Iran": ("IRN", None), "Bahrain": ("BHR", None),
    "Lebanon": ("LBN", None), "Jordan": ("JOR", None), "Nigerian soldiers": ("NGA", "MIL"),
    "the Nigerian opposition": ("NGA", "OPP"), "Nigeria": ("NGA", None), "the Nigerian government": ("NGA", "GOV"),
    "Chad": ("TCD", None), "Boko Haram": ("NGA", "REB"), "Japan": ("JPN", None), "Manila": ("PHL", None),
    "Mexico": ("MEX", None), "Colombia": ("COL", None), "Cairo": ("EGY", None), "Sofia": ("BGR", None),
    "Peru": ("PER", None), "the president": ("PER", "GOV"), "Ghana": ("GHA", None), "teachers": (None, "EDU"),
    "The African Union": ("IGO", None),
    "crowds": (None, "CVL"), "people": (None, "CVL"), "villagers": (None, "CVL"), "Mexico's minister": ("MEX", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_censured_pronoun_stands_for_the_act_told_before():
    found = events("Pakistan tested a cruise missile on Friday, and India condemned it as reckless.")
    assert ("111", "IND", "PAK", "asserted") in found


def test_a_censured_show_of_force_noun_is_aimed_at_its_doer():
    found = events("Iran held naval drills near Bahrain on Sunday. Bahrain denounced the manoeuvres.")
    assert any(e[:3] == ("111", "BHR", "IRN") for e in found)


def test_a_censure_at_home_is_aimed_at_the_other_side_of_the_state_line():
    found = events("Boko Haram attacked Nigerian soldiers on Monday, and the Nigerian government condemned the attack.")
    assert ("111", "NGA", "NGA", "asserted") in found
    found = events("Nigerian soldiers attacked Boko Haram on Monday, and the Nigerian opposition condemned the attack.")
    assert ("111", "NGA", "NGA", "asserted") in found
    found = events("Nigerian soldiers attacked Boko Haram on Monday, and the Nigerian government condemned the attack.")
    assert not any(e[0][:2] == "11" for e in found)  # the state's own attack, censured by the state: no anaphor


def test_a_censured_strike_with_its_doer_named_on_it_is_coded_too():
    found = events("Jordan condemned Iran's strike on Lebanon on Monday.")
    assert ("111", "JOR", "IRN", "asserted") in found
    assert any(e[0][:2] == "19" and e[1:3] == ("IRN", "LBN") for e in found)


def test_a_labour_strike_names_no_party_struck():
    assert not any(e[0][:2] == "19" for e in events("Japan's dockworkers began a strike on Monday."))


def test_mass_killings_by_a_named_doer_are_news_under_an_inquiry():
    found = events("The African Union ordered an urgent investigation on Friday into mass killings of civilians by "
                   "Boko Haram in the town of Baga.")
    assert any(e[0] == "202" and e[1] == "NGA" for e in found)
    assert not any(e[0][:2] == "20" for e in events("The African Union ordered an urgent investigation on Friday "
                                                      "into mass killings of civilians in the town of Baga."))


def test_a_trip_noun_framing_a_clause_is_the_subjects_visit():
    found = events("Mexico will buy more wheat, Mexico's minister said on Tuesday during a visit to Colombia.")
    assert any(e[0] == "042" and e[1:3] == ("MEX", "COL") for e in found)


def test_an_envoy_sent_to_a_country_is_a_visit():
    found = events("Chad dispatched a special envoy to Nigeria on Monday.")
    assert ("042", "TCD", "NGA", "asserted") in found


def test_talks_sat_down_for_name_their_party():
    found = events("Pakistan said it would never sit down for talks with India.")
    assert ("046", "PAK", "IND", "negated") in found


def test_a_protest_naming_no_party_is_against_the_country_where_it_is_held():
    found = events("Hundreds of teachers protested at a school in Manila on Friday.")
    assert any(e[0][:2] == "14" and e[1:] == ("PHL", "PHL", "asserted") for e in found)


def test_a_march_on_parliament_is_a_protest():
    found = events("Police in Sofia used water cannon against crowds marching on parliament.")
    assert any(e[0] == "141" and e[1:3] == ("BGR", "BGR") for e in found)


def test_a_refusal_to_resign_answers_the_crowds_that_protested():
    found = events("Thousands of people protested against the president in Peru, but the president said he would "
                   "not resign.")
    assert any(e[0][:2] == "08" and e[1:] == ("PER", "PER", "negated") for e in found)
