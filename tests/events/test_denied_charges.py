"""A denial of a charge noun or of a share in an act: the act denied, its denier the doer, negated, beside the
denial itself. Our own sentences."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Lima": ("PER", "GOV"), "Ecuador": ("ECU", "GOV"),
          "Bolivia": ("BOL", "GOV")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def test_denying_the_charge_denies_the_act_charged_before():
    found = events("Chile accused Peru of arming Ecuador last year. Lima rejected the accusation on Monday.")
    assert ("07", "PER", "ECU", "negated") in found
    assert ("01", "PER", "CHL", "asserted") in found  # the denial itself stays, aimed at the accuser


def test_a_charge_against_another_country_is_not_the_one_denied():
    found = events("Chile accused Ecuador of arming Bolivia last year. Peru dismissed the allegations on Monday.")
    assert not any(fact == "negated" for *_, fact in found)


def test_denying_reports_with_no_charge_before_codes_no_act():
    found = events("Peru shipped grain to Bolivia. Lima denied the reports on Monday.")
    assert not any(fact == "negated" for *_, fact in found)


def test_denying_a_role_in_an_attack_on_a_named_party_denies_that_attack():
    assert ("19", "PER", "ECU", "negated") in events("Lima denied any role in the attack on Ecuador's embassy.")


def test_denying_a_role_in_the_attack_charged_takes_the_victim_of_the_charge():
    found = events("Chile accused Peru of attacking Ecuador on Sunday. Lima denied any role in the attack.")
    assert ("19", "PER", "ECU", "negated") in found


def test_a_share_in_something_that_is_no_act_codes_no_act():
    found = events("Lima denied any role in the decline of the currency of Ecuador.")
    assert not any(fact == "negated" for *_, fact in found)
