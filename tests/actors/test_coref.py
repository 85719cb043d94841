"""Actors read in context: pronouns, definite nouns, possessives, appositions, and "the two sides"."""

from __future__ import annotations

from datetime import date

from eventcoder.actors import find_actors
from eventcoder.nlp import get_nlp
from eventcoder.pipeline import code_text
from eventcoder.records import ActorMention

ON = date(2024, 6, 1)


def found(text: str, *, on: date | None = ON) -> dict[str, ActorMention]:
    return {m.actor.text: m for m in find_actors(get_nlp()(text), on=on)}


def test_pronoun_takes_the_nearest_person() -> None:
    m = found("Kenyan President William Ruto arrived in Addis Ababa. He said the talks were useful.")
    he = m["He"]
    assert (he.actor.country, he.actor.agent) == ("KEN", "GOV") and he.rule == "coref:he:William Ruto"
    assert he.sentence == 1


def test_person_role_word_is_an_antecedent_and_possessive_gives_its_country() -> None:
    m = found("The Iranian foreign minister flew to Muscat. His spokesman denied the report.")
    spokesman = m["His spokesman"]
    assert (spokesman.actor.country, spokesman.actor.agent) == ("IRN", "GOV")
    assert spokesman.rule.startswith("coref:his:")


def test_its_troops_and_the_ministry() -> None:
    m = found("Turkey said its troops would stay. The ministry gave no date.")
    assert (m["its troops"].actor.country, m["its troops"].actor.agent) == ("TUR", "MIL")
    ministry = m["ministry"]
    assert (ministry.actor.country, ministry.actor.agent) == ("TUR", "GOV")
    assert ministry.rule.startswith("coref:the ministry:")


def test_the_country_is_the_nearest_earlier_country() -> None:
    m = found("Floods hit Bangladesh last week. The country asked for help.")
    assert m["The country"].actor.country == "BGD" and m["The country"].actor.agent is None


def test_expletive_it_and_far_antecedents_stay_unresolved() -> None:
    assert "It" not in found("Chile signed the accord. It is likely that trade will grow.")
    text = "Peru protested. The weather was fine. Markets rose. Prices fell. He left."
    assert "He" not in found(text)


def test_apposition_and_repeated_surname_of_an_unknown_person() -> None:
    m = found("Arvid Lindqvist, the Swedish ambassador, met the minister. Lindqvist later flew home.")
    assert (m["Arvid Lindqvist"].actor.country, m["Arvid Lindqvist"].rule[:6]) == ("SWE", "appos:")
    assert m["Lindqvist"].actor.country == "SWE" and m["Lindqvist"].rule.startswith("coref:name:")


def test_two_sides_is_left_to_the_events_stage() -> None:
    text = ("Chinese President Xi Jinping received Vietnamese leader To Lam in Beijing on Monday. "
            "The two sides signed twelve agreements.")
    m = found(text)
    assert "two sides" not in " ".join(m)
    events = code_text(text, date=ON)
    parties = {frozenset((e.source.country, e.target.country)) for e in events
               if e.sentence == 1 and e.source and e.target}
    assert frozenset(("CHN", "VNM")) in parties


def test_seed_actors_in_our_own_sentences() -> None:
    on = date(2023, 9, 13)
    m = found("Putin welcomed Kim Jong-un at the launch site. Kremlin spokesman Peskov called the visit "
              "important. DPRK media praised the trip.", on=on)
    assert m["Putin"].actor.code == "RUSGOV" and m["Kim Jong-un"].actor.code == "PRKGOV"
    assert m["Kremlin spokesman Peskov"].actor.code == "RUSGOV" and m["DPRK media"].actor.code == "PRKMED"
    text = ("Putin hosted Kim Jong-un in the Russian Far East on Wednesday. The two sides discussed "
            "military cooperation.")
    second = [e for e in code_text(text, date=on) if e.sentence == 1 and e.source and e.target]
    assert {e.source.country for e in second} == {"RUS", "PRK"}
    assert {e.target.country for e in second} == {"RUS", "PRK"}


def test_a_titled_unknown_name_takes_the_one_country_of_its_context() -> None:
    m = found("President Arnaldo Vetrano pledged to revive the Paraguayan economy.")
    vetrano = m["President Arnaldo Vetrano"]
    assert vetrano.actor.code == "PRYGOV" and vetrano.rule.startswith("context:PRY+")


def test_a_capitalized_office_takes_the_one_country_of_its_context() -> None:
    m = found("The Deputy Minister for Energy allowed the strike, the Peruvian radio said.")
    assert m["Deputy Minister"].actor.code == "PERGOV" and m["Deputy Minister"].rule.startswith("context:PER+")
    m = found("The Deputy Minister for Energy met the Peruvian energy minister.")  # a counterpart's country
    assert m["Deputy Minister"].actor.country is None


def test_no_context_country_from_a_counterpart_or_for_armed_groups() -> None:
    m = found("President Arnaldo Vetrano welcomed Brazilian President Lula in the capital.")
    assert m["President Arnaldo Vetrano"].actor.country is None
    m = found("Israeli troops arrested militant leader Ahmad Sadiq.")
    assert m["militant leader Ahmad Sadiq"].actor.country is None


def test_their_troops_take_the_country_of_the_group_named_before() -> None:
    mentions = found("Sudanese rebels said their fighters had left the town.")
    assert (mentions["their fighters"].actor.country, mentions["their fighters"].actor.agent) == ("SDN", "REB")


def test_their_alone_is_left_to_the_events_stage() -> None:
    assert "their" not in found("Egypt and Jordan said their talks went well.")


def test_a_definite_group_noun_takes_an_earlier_body_of_its_kind_before_a_country() -> None:
    m = found("Islamic State fighters attacked a town near Kirkuk, and Iraq said the militant group lost ground.")
    group = m["militant group"]
    assert group.actor.country == "IMG" and group.rule.startswith("coref:the group:Islamic State")


def test_the_group_takes_the_nearest_earlier_non_state_body() -> None:
    m = found("Nigerian troops clashed with Boko Haram fighters near Maiduguri, and the army accused the group of "
              "kidnapping farmers.")
    group = m["the group"]
    assert group.rule.startswith("coref:the group:") and group.actor.agent not in ("MIL", "GOV")
    assert "the group" not in found("Nigeria's cabinet met on Monday. The group of seven said it was worried.")


def test_it_as_the_object_of_a_second_verb_is_the_first_verb_object() -> None:
    m = found("Rioters in Tehran stormed the Saudi embassy and set it on fire.")
    assert m["it"].actor.country == "SAU"
    codes = {(e.cameo, e.target.country if e.target else None) for e in code_text(
        "Rioters in Tehran stormed the Saudi embassy and set it on fire.", date=ON)}
    assert ("145", "IRN") not in codes


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb() -> None:
    m = found("Kenyan President William Ruto landed in Addis Ababa. Ethiopian Prime Minister Abiy Ahmed greeted him "
              "at the airport.")
    assert m["him"].actor.country == "KEN" and m["him"].rule == "coref:him:William Ruto"


def test_it_skips_a_plural_role_noun_for_the_body_before_it() -> None:
    m = found("The ELN raided a village where former FARC fighters had settled, and the army accused it of murder.")
    assert m["it"].actor.agent == "REB" and m["it"].rule.startswith("coref:it:National Liberation Army")


def test_the_group_with_a_lower_case_modifier_is_the_body_named_before() -> None:
    m = found("Colombia suspended talks with the ELN after the guerrilla group bombed a pipeline.")
    assert m["the guerrilla group"].actor.country == "COL" and m["the guerrilla group"].actor.agent == "REB"


def test_the_enclave_is_the_nearest_country_named_as_a_place() -> None:
    m = found("Israel said that aid trucks could enter Gaza. The army later shelled the north of the enclave.")
    assert m["the enclave"].actor.country == "PSE" and m["the enclave"].actor.agent is None


def test_the_bloc_is_the_nearest_intergovernmental_body() -> None:
    m = found("Serbia said it would deepen its ties with the European Union, and its president visited the bloc's "
              "headquarters. Belgrade may also join the bloc by 2030.")
    assert m["the bloc"].actor.country == "IGO" and m["the bloc"].rule.startswith("coref:the bloc:")
    assert "the bloc" not in found("Hungary said on Monday that the bloc would vote on Friday.")
