"""Event nouns that frame a clause ("during X's visit", "at their summit"), sport results, lines shared with a
neighbour, doers told in a clause on the object, refused meetings, gerund complements, people driven across a
border and the owners of decisions.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Lula": ("BRA", "GOV"), "Ghanaian troops": ("GHA", "MIL"), "Nepal": ("NPL", "GOV"), "Bhutan": ("BTN", "GOV"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_an_owned_visit_under_during_is_a_visit():
    assert ("042", "BRA", "PER", "asserted") in events("Chile signed a fishing pact with Togo during Lula's visit "
                                                       "to Peru.")


def test_the_clause_s_negation_does_not_negate_the_framing_visit():
    found = events("Chile did not sign the fishing pact during Lula's visit to Peru.")
    assert ("042", "BRA", "PER", "asserted") in found
    assert not any(e[0][:2] == "04" and e[3] == "negated" for e in found)


def test_a_visit_after_which_something_happened_stays_background():
    assert not any(e[0][:2] == "04" for e in events("Fuel prices rose sharply after Lula's visit to Peru."))


def test_their_summit_belongs_to_the_coordinated_subject():
    found = events("Ghana and Togo failed to settle the dispute at their summit in Accra.")
    assert {(e[1], e[2]) for e in found if e[0] == "040" and e[3] == "asserted"} == {("GHA", "TGO"), ("TGO", "GHA")}


def test_a_game_result_is_no_attack():
    assert events("Ghana beat Togo 2-1 in the semifinal on Sunday.") == []
    assert ("182", "GHA", "TGO", "asserted") in events("Ghanaian troops beat Togo's envoys at the border post.")


def test_a_border_with_a_neighbour_names_the_neighbour():
    assert ("154", "CHL", "PER", "asserted") in events("Chile sent more troops to its border with Peru.")


def test_a_posture_held_out_on_a_condition_stays_a_possible_act():
    found = events("Chile could send more troops to its border with Peru if refugees keep arriving.")
    assert ("154", "CHL", "PER", "hypothetical") in found
    assert not any(e[0][:2] == "13" for e in found)


def test_the_agent_of_a_participle_on_the_object_is_the_target():
    assert ("111", "GHA", "TGO", "asserted") in events("Ghana condemned the new levies imposed by Togo.")
    helped = events("Chile and Peru signed a truce brokered by Ghana.")
    assert helped and all("GHA" not in (source, target) for _, source, target, _ in helped)


def test_the_subject_of_a_relative_clause_on_the_object_is_the_target():
    assert ("090", "CHL", "PER", "asserted") in events("Chile opened an inquiry into loans that Peru gives to "
                                                       "its fishing firms.")


def test_a_refused_meeting_is_a_meeting_not_held():
    found = events("Nepal declined a meeting between Nepal's foreign minister and Bhutan in Delhi.")
    assert ("125", "NPL", "BTN", "asserted") in found
    assert {(e[1], e[2]) for e in found if e[0] == "040" and e[3] == "negated"} == {("NPL", "BTN"), ("BTN", "NPL")}


def test_a_gerund_complement_refines_the_stance():
    assert ("036", "CHL", "PER", "asserted") in events("Chile proposed resuming border talks with Peru.")


def test_people_driven_across_a_border_are_expelled_from_home():
    found = events("Ghanaian troops drove thousands of herders into Togo.")
    assert ("174", "GHA", "GHA", "asserted") in found
    assert not any(e[2] == "TGO" for e in found)


def test_the_owner_of_a_decision_does_its_act():
    assert ("166", "CHL", "PER", "asserted") in events("Peru protested against Chile's decision to expel Peru's "
                                                       "ambassador.")
