"""Mutual pledges, background event nouns, merely possible acts in side clauses, and everyday phrasings of
yielding, restriction and alert.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""


from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Nepal": ("NPL", "GOV"), "Bolivia": ("BOL", "GOV"), "Chilean": ("CHL", None), "Peruvian": ("PER", None),
    "Nepalese troops": ("NPL", "MIL"), "Ghanaian rebels": ("GHA", "REB"), "Peruvian nationals": ("PER", "CVL"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_pledge_made_together_is_coded_both_ways():
    found = events("Chile and Peru agreed to allow aid convoys into the border region.")
    pairs = {(source, target) for _, source, target, _ in found}
    assert {("CHL", "PER"), ("PER", "CHL")} <= pairs


def test_a_pledge_made_to_a_third_party_stays_one_way():
    found = events("Chile and Peru urged Bolivia to release the detained fishermen.")
    assert {(source, target) for _, source, target, _ in found} == {("CHL", "BOL"), ("PER", "BOL")}


def test_an_event_noun_after_a_preposition_of_time_is_background():
    found = events("Ghana recalled its ambassador from Togo after last month's Peruvian invasion.")
    assert not any(cameo.startswith("19") for cameo, *_ in found)


def test_an_event_noun_as_a_topic_of_talks_is_background():
    found = events("Chile and Peru resumed negotiations on a Chilean troop withdrawal from Peru.")
    assert not any(cameo.startswith("087") for cameo, *_ in found)
    assert any(cameo.startswith("04") for cameo, *_ in found)


def test_an_event_noun_as_subject_stays_an_event():
    found = events("The meeting between Chile and Peru ended without a statement.")
    assert any(cameo.startswith("04") for cameo, *_ in found)


def test_a_possible_act_in_a_condition_clause_is_not_coded_of_its_own():
    found = events("Ghana will meet Togo if Peru sends aid to Nepal.")
    assert not any(source == "PER" for _, source, *_ in found)  # the condition's own act
    assert ("036", "GHA", "TGO", "asserted") in found  # the meeting itself is possible only (hypothetical)


def test_a_purpose_of_an_offer_is_not_coded_of_its_own():
    found = events("Chile offered its troops to Peru to help it defeat the rebels.")
    assert [cameo for cameo, *_ in found] == ["0334"]


def test_fighters_who_surrender_retreat():
    assert ("0874", "GHA", None, "asserted") in events("Two hundred Ghanaian rebels surrendered on Sunday.")


def test_closing_a_border_with_a_neighbour_is_an_administrative_sanction():
    assert ("172", "PER", "CHL", "asserted") in events("Peru closed its border with Chile on Monday.")


def test_forces_held_on_alert_raise_the_alert():
    assert any(cameo == "152" and source == "NPL" for cameo, source, *_ in
               events("Nepalese troops remained on alert along the frontier."))


def test_compensation_paid_is_economic_aid():
    assert ("071", "GHA", "PER", "asserted") in events("Ghana paid compensation to Peruvian nationals.")


def test_eased_emergency_measures_ease_restrictions():
    assert any(cameo == "081" and source == "NPL" for cameo, source, *_ in
               events("Nepal eased emergency measures in the southern districts."))


def test_offered_concessions_are_an_intent_to_yield():
    assert ("035", "CHL", "PER", "asserted") in events("Chile offered concessions to Peru.")


def test_barring_aid_stops_it():
    assert any(cameo.startswith("162") and target == "GHA" for cameo, _, target, _ in
               events("Nepal banned all aid to Ghanaian rebels."))
