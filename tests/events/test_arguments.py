"""Who is the target (or source) when the pattern's own roles name nobody: threat conditions, purpose clauses,
"against", a place named by an adjective, "between" on the object, misparsed prepositions, passive conjuncts.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV"),
    "Ghanaian": ("GHA", None), "Togolese soldiers": ("TGO", "MIL"), "Bolivia": ("BOL", None),
    "Bolivian envoy": ("BOL", "GOV"), "Peruvian minister": ("PER", "GOV"), "Chilean officials": ("CHL", "GOV"),
    "Andean Community": ("IGO", None), "its": ("CHL", "GOV"), "the court": ("IGO", "JUD"),
    "Chilean prime minister": ("CHL", "GOV"), "Peruvian": ("PER", None), "Barack Obama": ("USA", "GOV"),
    "Vladimir Putin": ("RUS", "GOV"),
}


def dyads(text: str, root: str) -> set[tuple[str | None, str | None]]:
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()}))
    return {(e.source.country, e.target.country if e.target else None) for e in found if e.cameo.startswith(root)}


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition():
    assert ("GHA", "TGO") in dyads("Ghana threatened to halt the talks if Togo moves its troops.", "13")
    assert ("GHA", "TGO") in dyads("Ghana threatened to launch an offensive unless Togo accepts its terms.", "13")


def test_a_threat_without_a_condition_keeps_no_target():
    assert dyads("Ghana threatened to halt the talks on Monday.", "13") == {("GHA", None)}


def test_a_purpose_clause_takes_the_party_of_the_act_it_serves():
    assert ("CHL", "PER") in dyads("Chile telephoned the Peruvian minister on Friday to discuss trade.", "04")


def test_against_names_the_target_whatever_the_pattern_lists():
    assert ("PER", "CHL") in dyads("Peru opened an investigation against Chilean officials.", "09")


def test_a_place_named_by_a_demonym_adjective_is_where_the_act_lands():
    assert ("TGO", "GHA") in dyads("Togo threatened to cut off electricity to the Ghanaian province.", "13")


def test_the_parties_of_between_on_the_object_are_targets():
    pairs = dyads("Chile offered to host a meeting between Bolivia and Peru.", "0")
    assert {("CHL", "BOL"), ("CHL", "PER")} <= pairs


def test_a_named_relative_wins_over_a_pronoun():
    assert ("CHL", "IGO") in dyads("Chile urged its Andean Community partners to reject the plan.", "02")


def test_an_active_conjunct_of_a_passive_verb_is_done_by_its_passive_subject():
    pairs = dyads("The Chilean prime minister was indicted by the court and resigned.", "")
    assert ("CHL", None) in pairs and ("IGO", None) not in pairs


def test_an_object_parsed_as_a_participle_subject_is_still_the_object_of_its_preposition():
    assert ("GHA", "TGO") in dyads("Ghana granted asylum to three Togolese soldiers holed up in a school.", "07")


def test_the_object_of_allow_misparsed_as_the_subject_of_the_infinitive_is_the_target():
    assert ("CHL", "PER") in dyads("Chile refused to allow Peruvian trucks to cross the border.", "12")


def test_the_host_of_a_meeting_between_two_parties_is_not_a_party():
    found = dyads("Ghana will host a meeting between Chile and Peru in May.", "04")
    assert ("GHA", "CHL") in found and ("GHA", "PER") in found
    assert ("CHL", "GHA") not in found and ("PER", "GHA") not in found


def test_they_after_a_plural_speaker_is_the_speaker():
    found = dyads("Togolese soldiers loyal to the Bolivian envoy said they attacked Ghana on Monday.", "1")
    assert ("TGO", "GHA") in found and ("BOL", "GHA") not in found


def test_a_text_speaks_for_the_party_that_issued_it():
    assert dyads("Chile issued a statement accusing Peru of violating the border.", "11") == {("CHL", "PER")}


def test_a_text_speaks_for_the_party_it_comes_from():
    assert dyads("Peru received a letter from Ghana accusing Togo of violating the border.", "11") == {("GHA", "TGO")}


def test_a_noun_carrying_a_demand_is_not_taken_for_its_captor():
    assert dyads("Chile arrested a man demanding that Peru release prisoners.", "10") == set()


def test_a_passive_conjunct_without_a_subject_of_its_own_acts_on_the_shared_subject():
    assert dyads("Togolese soldiers crossed into Ghana and were freed by Chile on Monday.", "08") == {("CHL", "TGO")}


def test_a_name_the_parser_split_still_carries_its_coordinated_party():
    assert dyads("Barack Obama and Vladimir Putin will meet in Geneva.", "04") >= {("USA", "RUS"), ("RUS", "USA")}


def test_seeking_to_act_together_is_a_mutual_intent():
    assert dyads("Chile and Peru are seeking to deepen their cooperation in energy.", "03") == {
        ("CHL", "PER"), ("PER", "CHL")}


def test_attending_a_ceremony_abroad_is_a_visit_to_its_host():
    assert dyads("The Bolivian envoy attended the inauguration of the Peruvian president.", "04") == {("BOL", "PER")}


def test_they_after_a_group_named_in_one_word_is_the_group():
    doc = get_nlp()("The Houthis fired a missile at Eilat and declared that they would impose a blockade on Israel.")
    mentions = hand_mentions(doc, {"Houthis": ("YEM", "REB", "test"), "Israel": ("ISR", None, "test"),
                                   "Eilat": ("ISR", None, "test")})
    found = {(e.source.code, e.target.country if e.target else None) for e in find_events(doc, mentions)
             if e.cameo.startswith(("19", "13"))}
    assert ("YEMREB", "ISR") in found and not any(source.startswith("ISR") for source, _ in found)
