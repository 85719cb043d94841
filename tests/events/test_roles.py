"""Argument roles found by the events stage: adjective predicates, group nouns, lists, that-clauses, places.

Our own sentences, parsed with the real model; actor mentions are built by hand, some without a country
(agent words such as "warships") and some as demonyms ("Chilean").
"""


import pytest

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Nepal": ("NPL", "GOV"), "Vietnam": ("VNM", "GOV"), "Colombia": ("COL", None), "rebels": ("COL", "REB"),
    "Chilean": ("CHL", None), "Peruvian": ("PER", None), "warships": (None, "MIL"), "Ghanaian": ("GHA", None),
    "UK": ("GBR", None), "France": ("FRA", None), "Germany": ("DEU", None),
    "envoys of Chile": ("CHL", "GOV"), "riot police": ("NPL", "COP"), "protesters": (None, "OPP"),
    "junta": (None, "MIL"), "opposition": (None, "OPP"),
}


def events(text):
    return coded_events(text, ACTORS)


def dyads(text):
    return {(source, target) for _, source, target, _ in events(text)}


def test_an_adjective_predicate_passes_its_subject_to_the_verb_under_it():
    assert ("CHL", "PER") in dyads("Chile says it is willing to withdraw its troops from Peru.")


def test_a_group_noun_reaches_its_members_through_of():
    found = events("Thousands of Ghanaian teachers protested against the new law.")
    assert any(code.startswith("14") and source == "GHA" for code, source, _, _ in found)


def test_coordinated_demonyms_give_one_party_each_and_lend_their_country_to_an_agent_word():
    found = events("Chilean and Peruvian warships held joint exercises on Monday.")
    assert {("062", "CHL", "PER"), ("062", "PER", "CHL")} <= {e[:3] for e in found}


def test_a_comma_list_parsed_as_apposition_is_still_a_list():
    pairs = dyads("The UK, France, and Germany met yesterday.")
    assert {("GBR", "FRA"), ("GBR", "DEU"), ("FRA", "DEU")} <= pairs | {(t, s) for s, t in pairs}


def test_a_demand_targets_the_subject_of_its_that_clause():
    found = events("Ghana demanded that Togo change its constitution.")
    assert ("100", "GHA", "TGO", "asserted") in found


def test_the_noun_event_a_statement_is_about_is_not_coded_as_well():
    found = events("Chile praised the attack by the rebels.")
    assert found and not any(code[:2] in ("18", "19") for code, *_ in found)


def test_a_place_named_on_the_object_is_the_target_unless_it_is_the_source_home():
    assert ("CHL", "PER") in dyads("Chile will evacuate the settlers in Peru.")
    assert ("COL", "COL") not in dyads("The rebels declared a ceasefire in Colombia.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru put two Chilean officers under investigation.", ("090", "PER", "CHL", "asserted")),
    ("Nepal ordered Vietnam to close its embassy.", ("100", "NPL", "VNM", "asserted")),
    ("Chile declared a state of emergency in Peru.", ("1724", "CHL", "PER", "asserted")),
    ("Ghana has contributed troops to the force in Togo.", ("074", "GHA", "TGO", "asserted")),
    ("Vietnam completed the withdrawal of its troops from Nepal.", ("0874", "VNM", "NPL", "asserted")),
    ("Chile will share its expertise with Peru.", ("031", "CHL", "PER", "asserted")),
])
def test_second_round_phrasings(text, expected):
    assert expected in events(text)


def test_an_intent_to_attack_is_a_threat_and_determination_is_future():
    assert any(code.startswith("13") and (s, t) == ("GHA", "TGO") for code, s, t, _ in
               events("Ghana wants to bomb Togo."))
    assert ("030", "CHL", "PER", "asserted") in events("Chile is determined to sign the treaty with Peru.")


def test_every_country_of_an_of_list_inside_one_mention_is_a_party():
    found = events("Vietnam met the envoys of Chile, Peru and Ghana in Hanoi.")
    assert {(s, t) for _, s, t, _ in found if s == "VNM"} == {("VNM", "CHL"), ("VNM", "PER"), ("VNM", "GHA")}


def test_a_country_less_group_dealt_with_by_state_forces_is_at_home():
    assert ("175", "NPL", "NPL", "asserted") in events("The riot police dispersed the protesters in the capital.")
    assert any(s == t == "NPL" for _, s, t, _ in events("The protesters attacked the riot police with stones."))


def test_a_country_less_state_body_acting_on_state_forces_gets_no_country_from_them():
    found = [s for _, s, t, _ in events("The junta attacked the riot police.") if t == "NPL"]
    assert found and all(s is None for s in found)


def test_a_country_named_where_the_act_lands_is_the_target_before_a_party_with_no_country():
    assert ("131", "GHA", "FRA", "asserted") in events("Ghana threatened to cut off electricity to France.")
    assert ("120", "CHL", "FRA", "asserted") in events("Chile refused to deploy warships in France.")


def test_a_passive_state_act_with_no_named_doer_is_done_by_the_country_where_it_happened():
    assert ("173", "FRA", "CHL", "asserted") in events("A Chilean journalist was arrested in France on Monday.")


def test_a_passive_act_of_another_kind_takes_no_doer_from_the_place():
    assert not [e for e in events("Chilean warships were welcomed in France.") if e[1] == "FRA"]


def test_the_purpose_of_a_meeting_is_no_event_or_intent_of_its_own():
    found = events("Ghana will meet Togo in Accra to discuss trade.")
    assert ("036", "GHA", "TGO", "asserted") in found
    # the intent is Ghana's statement alone: Togo announced nothing
    assert [e for e in found if e[0] == "036"] == [("036", "GHA", "TGO", "asserted")]
    assert ("040", "GHA", None, "future") not in found


def test_a_pledge_of_a_mutual_act_is_mutual():
    found = events("Ghana and Togo agreed to hold joint military exercises.")
    assert {e[1:3] for e in found if e[0] == "0312"} == {("GHA", "TGO"), ("TGO", "GHA")}


@pytest.mark.parametrize(("text", "stance"), [
    ("Ghana threatened to shell Togo.", ("1384", "GHA", "TGO", "asserted")),
    ("Ghana offered to mediate between Chile and Peru.", ("039", "GHA", "CHL", "asserted")),
])
def test_an_act_only_threatened_or_offered_is_coded_as_the_stance_alone(text, stance):
    found = events(text)
    assert stance in found and not [e for e in found if e[3] == "hypothetical"], found


def test_an_act_refused_stays_besides_the_refusal_marked_negated():
    found = events("Ghana refused to send food to Togo.")
    assert any(e[0].startswith("12") for e in found) and ("07", "negated") in {(e[0][:2], e[3]) for e in found}


def test_an_object_counted_with_up_to_is_still_the_object():
    assert ("181", "COL", "FRA", "asserted") in events("The rebels have kidnapped up to 16 France citizens.")


def test_an_act_announced_unless_a_condition_is_met_is_a_threat_not_an_intent():
    found = events("Ghana announced that it will withdraw its troops from France unless France holds elections.")
    assert ("130", "GHA", "FRA", "asserted") in found
    assert not [e for e in found if e[0].startswith("03")], found


def test_a_country_less_group_protesting_against_a_country_is_from_there_but_not_when_criticising_it():
    found = events("The opposition protested against France.")
    assert any(e[0].startswith("14") and e[1:3] == ("FRA", "FRA") for e in found), found
    found = events("The opposition criticized France.")
    assert found and all(e[1] is None for e in found), found
