"""Retaliations announced in answer to another party's act, requests told as "at the request of", complaints
"against" a party, investigations, proposals and threats that share the target of the act they are joined to, and
calls for an end to fighting.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Lithuania": ("LTU", None), "Vilnius": ("LTU", "GOV"), "Minsk": ("BLR", "GOV"), "Belarus": ("BLR", None),
    "Chad": ("TCD", None), "Niger": ("NER", None), "Niamey": ("NER", "GOV"), "Japan": ("JPN", None),
    "South Korea": ("KOR", None), "Seoul": ("KOR", "GOV"), "the WTO": ("IGO", None), "Peru": ("PER", None),
    "Ecuador": ("ECU", None), "President Noboa": ("ECU", "GOV"), "the rebels": ("ECU", "REB"),
    "the African Union": ("IGO", None), "Sudan": ("SDN", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_retaliation_in_kind_is_a_threat_to_whoever_acted_first():
    found = events("Minsk imposed sanctions on Lithuania on Monday. Vilnius said it would respond in kind.")
    assert any(e[0][:2] == "13" and e[1:] == ("LTU", "BLR", "asserted") for e in found)


def test_announced_countermeasures_are_a_threat_to_the_side_that_imposed_sanctions():
    for measures in ("countermeasures", "retaliatory measures"):
        found = events(f"Japan imposed tariffs on South Korea, and Seoul said it would take {measures}.")
        assert any(e[0][:2] == "13" and e[1:] == ("KOR", "JPN", "asserted") for e in found)
        assert not any(e[1] == "KOR" and e[2] in ("KOR", None) for e in found)


def test_a_request_told_as_at_the_request_of_asks_the_doer_of_the_act():
    found = events("Chad sent troops to Niger at the request of Niamey.")
    assert any(e[0][:2] == "02" and e[1:] == ("NER", "TCD", "asserted") for e in found)


def test_a_complaint_to_a_body_against_a_party_is_aimed_at_that_party():
    found = events("Peru filed a complaint to the WTO against Ecuador on Monday.")
    assert any(e[0][:2] == "11" and e[1:] == ("PER", "ECU", "asserted") for e in found)
    assert not any(e[2] == "IGO" for e in found)


def test_an_investigation_joined_to_a_condemnation_shares_its_target():
    found = events("President Noboa condemned the rebels and ordered an investigation.")
    assert ("090", "ECU", "ECU", "asserted") in found


def test_a_proposal_joined_to_an_act_with_a_party_shares_that_party():
    found = events("Lithuania ended its transit deal with Belarus and proposed new talks.")
    assert any(e[0][:2] in ("03", "04") and e[1:] == ("LTU", "BLR", "asserted") for e in found)


def test_a_threat_joined_to_a_criticism_is_aimed_at_the_criticised():
    found = events("Seoul criticised the sanctions imposed by Japan and vowed to take countermeasures.")
    assert any(e[0][:2] == "13" and e[1:] == ("KOR", "JPN", "asserted") for e in found)


def test_a_call_for_an_end_to_fighting_is_an_appeal_for_de_escalation_where_it_is_fought():
    found = events("On Monday the African Union appealed for an end to the fighting in Sudan.")
    assert found == [("0256", "IGO", "SDN", "asserted")]
