"""Who "they" is after a group that speaks, and who decides in "the decision of X to ...".

Our own sentences, coded with the real model and the whole pipeline.
"""

from datetime import date

from eventcoder.pipeline import code_text

ON = date(2024, 6, 1)


def _sources(text: str, sentence: int) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.source.agent, e.cameo[:2]) for e in code_text(text, date=ON)
            if e.sentence == sentence and e.source is not None}


def test_they_after_a_country_less_group_that_speaks_is_that_group_of_its_earlier_kin():
    found = _sources("Serbian police arrested opposition leader Petar Ilic in Belgrade on Monday. Opposition parties "
                     "said they would boycott the parliament.", 1)
    assert found and all(country == "SRB" and agent != "GOV" for country, agent, _ in found)


def test_they_after_both_delegations_stays_two_parties():
    found = _sources("Armenian and Azerbaijani delegations held talks in Almaty on Friday. Both delegations said "
                     "they would meet again next month.", 1)
    assert {country for country, _, _ in found} == {"ARM", "AZE"}


def test_the_decision_of_a_party_to_act_is_its_act_also_when_the_infinitive_hangs_on_the_verb():
    found = _sources("Moldova condemned the decision of the Russian government to expel two Moldovan diplomats.", 0)
    assert ("RUS", "GOV", "16") in found and ("MDA", None, "16") not in found
