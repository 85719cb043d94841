"""Suspects sent abroad to stand trial are handed over (063); an appeal for the release of one's own national is
aimed at whoever holds them; a plural subject naming both sides makes a mutual act one within its country; a
mission stormed or broken into is property seized (171; by protesters, a riot); the possessive on what is stormed
or seized is another party's; a gerund's "by" names who does what the object noun names.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Peru": ("PER", None), "Spain": ("ESP", None), "Madrid": ("ESP", None), "Lima": ("PER", None),
    "Venezuelan police": ("VEN", "COP"), "Chile": ("CHL", None), "Protesters": (None, "OPP"),
    "Bolivia's parliament": ("BOL", "LEG"), "Yemen's two warring parties": ("YEM", None),
    "A Peruvian court": ("PER", "JUD"), "a Spanish engineer": ("ESP", "BUS"), "Argentina": ("ARG", None),
    "Argentine troops": ("ARG", "MIL"), "Uruguay": ("URY", None), "Brazilian officials": ("BRA", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_suspects_sent_to_another_state_are_handed_over():
    found = events("Peru sent four suspected gang leaders to Spain on Friday.")
    assert ("063", "PER", "ESP", "asserted") in found
    assert any(code == "063" for code, *_ in events("Peru flew the fugitive to Spain."))


def test_goods_sent_abroad_are_no_handover():
    assert not any(code == "063" for code, *_ in events("Peru sent medicine to Spain."))


def test_a_release_appeal_is_aimed_at_whoever_holds_ones_national():
    found = events("A Peruvian court jailed a Spanish engineer for five years, and Madrid urged his release.")
    assert ("0253", "ESP", "PER", "asserted") in found
    assert not any(code[:2] == "02" and target == "ESP" for code, _, target, _ in found)


def test_both_sides_of_one_country_hold_talks_with_each_other():
    found = events("Yemen's two warring parties held talks in Stockholm.")
    assert ("046", "YEM", "YEM", "asserted") in found


def test_a_single_party_holding_talks_keeps_its_partner():
    found = events("Chile held talks with Uruguay.")
    assert ("046", "CHL", "URY", "asserted") in found
    assert not any(source == target for _, source, target, _ in found)


def test_a_mission_stormed_by_police_is_property_seized_from_its_owner():
    found = events("Chile cut ties with Peru after Venezuelan police stormed its embassy in Caracas.")
    assert any(code == "171" and (source, target) == ("VEN", "PER") for code, source, target, _ in found)


def test_protesters_breaking_into_parliament_riot():
    found = events("Protesters broke into Bolivia's parliament on Tuesday.")
    assert any(code == "145" and target == "BOL" for code, _, target, _ in found)


def test_rifles_seized_belong_to_the_other_side():
    found = events("Uruguay said Argentine troops boarded its patrol boat and seized their rifles.")
    assert any(code == "171" and (source, target) == ("ARG", "URY") for code, source, target, _ in found)


def test_a_gerund_with_by_names_whom_the_opposition_is_aimed_at():
    found = events("Brazilian officials oppose the arms selling to Bolivia by Argentina.")
    assert any(code[:2] == "11" and (source, target) == ("BRA", "ARG") for code, source, target, _ in found)
