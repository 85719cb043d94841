"""Acts held by one side only, negation by "without", names that are only likenesses, "with" phrases that are no
partner, speakers of coordinated speech verbs, doers told by "engaged in", and acts done by several parties together.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Nepal": ("NPL", "GOV"), "Bhutan": ("BHU", "GOV"), "Cuba": ("CUB", "GOV"), "Angola": ("AGO", "GOV"),
    "Togolese rebels": ("TGO", "REB"), "Chilean": ("CHL", None), "Peruvian": ("PER", None),
    "Korea": ("KOR", None), "Ghanaian troops": ("GHA", "MIL"), "Togolese villagers": ("TGO", "CVL"),
    "Chilean warships": ("CHL", "MIL"), "Peruvian warships": ("PER", "MIL"), "Bolivia": ("BOL", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def pairs(found, root):
    return {(e[1], e[2]) for e in found if e[0][:2] == root}


def test_an_offer_to_negotiate_belongs_to_whoever_makes_it():
    found = events("Chile offered to negotiate with Peru over the maritime border.")
    assert ("036", "CHL", "PER", "asserted") in found
    assert ("PER", "CHL") not in pairs(found, "03")


def test_a_meeting_only_announced_is_coded_from_its_announcer():
    found = events("Chile said it would meet Peru next week.")
    assert ("CHL", "PER") in pairs(found, "04")
    assert ("PER", "CHL") not in pairs(found, "04")


def test_a_meeting_that_happened_or_a_joint_plan_is_coded_both_ways():
    assert pairs(events("Chile met Peru in Lima on Monday."), "04") >= {("CHL", "PER"), ("PER", "CHL")}
    assert pairs(events("Chile and Peru will hold talks next week."), "04") >= {("CHL", "PER"), ("PER", "CHL")}


def test_an_act_after_without_did_not_happen():
    found = events("Ghana agreed to withdraw its troops without returning to Togo.")
    assert all(e[3] == "negated" for e in found if e[0][:2] == "04")
    assert not any(e[0] == "036" and e[2] == "TGO" for e in found)  # no intent to return either


def test_a_verb_ruled_is_no_negation_without_out():
    assert ("060", "CHL", "PER", "asserted") in events("The court ruled that Chile has cooperated with Peru.")
    found = events("Ghana ruled out sending troops to Togo.")
    assert found and all(e[3] == "negated" for e in found if e[0][:2] == "15")


def test_a_name_hyphened_to_a_likeness_is_no_party():
    found = events("Ghana condemned the Cuba-style war in Togo.")
    assert ("111", "GHA", "TGO", "asserted") in found
    assert not any("CUB" in e for e in found)


def test_a_war_under_a_second_purpose_verb_is_background():
    found = events("Chile signed a deal to protect civilians and avoid a Peruvian invasion.")
    assert ("057", "CHL", None, "asserted") in found
    assert not any(e[0][:2] == "19" for e in found)


def test_with_the_help_of_a_party_names_no_partner():
    assert ("0841", "CHL", "PER", "asserted") in events("Chile exchanged prisoners with Peru on Friday.")
    assert ("046", "CHL", None, "asserted") in events("Chile held talks with the help of Peru.")
    assert not pairs(events("Chile signed a deal with the backing of Peru."), "05") & {("CHL", "PER"), ("PER", "CHL")}


def test_a_coordinated_speech_verb_speaks_for_the_first_verbs_subject():
    found = events("Togolese rebels rejected a Peruvian plan and said they would attack Chile.")
    assert ("TGO", "PER") in pairs(found, "12")
    assert ("1384", "TGO", "CHL", "asserted") in found
    assert not any(e[1] == "PER" for e in found if e[0][:2] in ("13", "19"))


def test_the_subject_of_engaged_in_is_the_doer():
    found = events("Ghanaian troops were engaged in ethnic cleansing against Togolese villagers.")
    assert ("203", "GHA", "TGO", "asserted") in found


def test_blocking_traffic_is_an_obstruction():
    assert any(e[0][:3] == "144" and e[1] == "TGO" for e in events("Togolese rebels blocked traffic into Togo."))


def test_exercises_held_together_are_military_cooperation():
    found = events("Chilean warships and Peruvian warships launched three days of war games off the coast.")
    assert pairs(found, "06") >= {("CHL", "PER"), ("PER", "CHL")}
    assert not pairs(found, "15")
    assert ("150", "CHL", None, "asserted") in events("Chile held military exercises near the border.")


def test_days_of_talks_are_talks():
    assert pairs(events("Chile and Peru held two days of talks in Santiago."), "04") >= {("CHL", "PER"),
                                                                                       ("PER", "CHL")}


def test_agreeing_to_a_plan_is_an_agreement():
    assert ("030", "AGO", None, "asserted") in events("Angola agreed to a new schedule for the elections.")
