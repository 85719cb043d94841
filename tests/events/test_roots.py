"""One sentence of our own per CAMEO root and factuality, and one that must code nothing.

Actors are built by hand (every country name below is a GOV mention), so these tests check the
events stage alone: pattern, argument roles and factuality.
"""


import pytest

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

COUNTRIES = {"Chile": "CHL", "Peru": "PER", "Ghana": "GHA", "Togo": "TGO", "Nepal": "NPL", "Kenya": "KEN",
             "Laos": "LAO", "Bhutan": "BTN"}


def mentions(doc):
    return hand_mentions(doc, {name: (code, "GOV", "country") for name, code in COUNTRIES.items()})


def coded(text):
    doc = get_nlp()(text)
    return [(e.cameo, e.source.text, e.target.text if e.target else None, e.factuality)
            for e in find_events(doc, mentions(doc))]


def has(found, root, source, target, factuality):
    return any(c.startswith(root) and s == source and t == target and f == factuality for c, s, t, f in found)


# (root, positive sentence, source, target): the event told as fact
POSITIVE = [
    ("01", "Chile expressed concern over Peru's border policy.", "Chile", "Peru"),
    ("02", "Chile urged Peru to reopen the border.", "Chile", "Peru"),
    ("03", "Chile pledged support for Peru.", "Chile", "Peru"),
    ("04", "Chile held talks with Peru in Lima.", "Chile", "Peru"),
    ("05", "Chile signed a trade agreement with Peru.", "Chile", "Peru"),
    ("06", "Ghana shared intelligence with Togo.", "Ghana", "Togo"),
    ("07", "Ghana sent food to Togo.", "Ghana", "Togo"),
    ("08", "Ghana released prisoners to Togo.", "Ghana", "Togo"),
    ("09", "Nepal launched an investigation into Kenya's role.", "Nepal", "Kenya"),
    ("10", "Nepal demanded the withdrawal of Kenya's troops.", "Nepal", "Kenya"),
    ("11", "Nepal condemned Kenya.", "Nepal", "Kenya"),
    ("12", "Nepal rejected Kenya's proposal.", "Nepal", "Kenya"),
    ("13", "Nepal threatened to impose sanctions on Kenya.", "Nepal", "Kenya"),
    ("14", "Ghana held protests against Togo.", "Ghana", "Togo"),
    ("15", "Laos deployed troops near Bhutan.", "Laos", "Bhutan"),
    ("16", "Laos severed diplomatic ties with Bhutan.", "Laos", "Bhutan"),
    ("17", "Laos arrested Bhutan's envoy.", "Laos", "Bhutan"),
    ("18", "Laos abducted Bhutan's envoy.", "Laos", "Bhutan"),
    ("19", "Laos shelled Bhutan.", "Laos", "Bhutan"),
    ("20", "Laos used chemical weapons against Bhutan.", "Laos", "Bhutan"),
]

# (root, sentence, factuality): the same kinds of events, not told as fact
NOT_FACT = [
    ("04", "Chile did not meet Peru.", "negated"),
    ("04", "Chile will meet Peru next week.", "future"),
    ("04", "Chile could meet Peru.", "hypothetical"),
    ("05", "Chile never signed the treaty with Peru.", "negated"),
    ("04", "Chile is expected to visit Peru.", "future"),
    ("07", "Ghana refused to send food to Togo.", "negated"),
    ("07", "Ghana may send food to Togo.", "hypothetical"),
    ("11", "Nepal did not condemn Kenya.", "negated"),
    ("16", "Laos did not sever diplomatic ties with Bhutan.", "negated"),
    ("16", "Laos might sever diplomatic ties with Bhutan.", "hypothetical"),
    ("17", "Laos could arrest Bhutan's envoy.", "hypothetical"),
    ("19", "Laos did not shell Bhutan.", "negated"),
    ("19", "Laos would shell Bhutan if Bhutan crossed the river.", "hypothetical"),
]

NO_EVENT = [
    "Obviously not.",
    "The significance of the talks was well known.",
    "Analysts say relations have a long history.",
    "Chile is a long country.",
    "Peru has mountains and a coast.",
    "It is unclear what the talks mean for the region.",
]


@pytest.mark.parametrize(("root", "text", "source", "target"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_root_positive(root, text, source, target):
    found = coded(text)
    assert has(found, root, source, target, "asserted"), found


@pytest.mark.parametrize(("root", "text", "factuality"), NOT_FACT, ids=[f"{n[0]}-{n[2]}" for n in NOT_FACT])
def test_root_not_fact_keeps_its_code(root, text, factuality):
    found = coded(text)
    events = [f for f in found if f[0].startswith(root)]
    assert events and all(f[3] == factuality for f in events), found


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(text):
    assert coded(text) == []


@pytest.mark.parametrize(("text", "intent", "act"), [
    ("Ghana will send food to Togo.", "033", "07"),
    ("Ghana will release prisoners to Togo.", "0353", "08"),
    ("Chile agreed to lift sanctions on Peru.", "0354", "08"),
])
def test_announced_act_is_the_intent_alone(text, intent, act):
    found = coded(text)
    assert has(found, intent, found[0][1], found[0][2], "asserted"), found
    assert not [f for f in found if f[0].startswith(act)], found


def test_announced_visit_is_kept_as_future_besides_the_intent():
    found = coded("Chile will visit Peru next month.")
    assert has(found, "036", "Chile", "Peru", "asserted") and has(found, "04", "Chile", "Peru", "future")


def test_act_after_before_in_present_tense_is_future_and_no_intent():
    found = coded("The talks end a day before Chile heads to Peru.")
    assert has(found, "04", "Chile", "Peru", "future")
    assert not [f for f in found if f[0].startswith("03")], found
    assert has(coded("Laos arrested Bhutan's envoy before he leaves the country."), "17", "Laos", "Bhutan", "asserted")


def test_act_in_a_before_phrase_is_no_announced_intent():
    found = coded("Before leaving for Peru on Friday, Chile will sign a trade deal.")
    assert not [f for f in found if f[0] == "036"], found


def test_wanting_another_party_to_act_is_an_appeal_to_it():
    assert has(coded("Chile wants Peru to release the prisoners."), "0253", "Chile", "Peru", "asserted")
    found = coded("Chile wants to release the prisoners.")
    assert not [f for f in found if f[0].startswith("02")], found


def test_ratifying_an_agreement_is_coded_for_the_ratifier_only():
    found = coded("Chile ratified the trade agreement with Peru.")
    assert has(found, "057", "Chile", "Peru", "asserted") and not has(found, "057", "Peru", "Chile", "asserted")


def test_coercive_act_held_out_on_a_condition_is_a_threat():
    found = coded("Chile may impose sanctions on Peru unless it releases the prisoners.")
    assert has(found, "13", "Chile", "Peru", "asserted")
    assert has(found, "16", "Chile", "Peru", "hypothetical")  # the act held out stays, as merely possible
    assert not has(coded("Chile may impose sanctions on Peru."), "13", "Chile", "Peru", "asserted")
    assert not [f for f in coded("Chile may send aid to Peru if Peru asks.") if f[0][:2] == "13"]


def test_letting_refugees_in_is_granting_refuge():
    assert has(coded("Chile welcomed refugees from Peru."), "075", "Chile", "Peru", "asserted")
    assert has(coded("Chile will not accept refugees from Peru."), "122", "Chile", "Peru", "asserted")


def test_future_attack_is_also_a_threat():
    found = coded("Laos said it will shell Bhutan.")
    assert has(found, "13", "Laos", "Bhutan", "asserted")
    assert not has(found, "19", "Laos", "Bhutan", "asserted")


def test_refusal_is_coded_besides_the_negated_act():
    found = coded("Chile refused to sign the treaty with Peru.")
    assert has(found, "057", "Chile", "Peru", "negated") and has(found, "127", "Chile", "Peru", "asserted")
    assert not has(found, "127", "Peru", "Chile", "asserted")


def test_appeal_takes_its_code_from_the_act_asked_for():
    assert has(coded("Chile urged Peru to release the prisoners."), "0253", "Chile", "Peru", "asserted")


def test_accusation_codes_the_accused_only():
    found = coded("Ghana accused Togo of attacking Kenya.")
    assert has(found, "112", "Ghana", "Togo", "asserted")
    assert not [f for f in found if f[0].startswith("19")]


def test_denied_sending_weapons_is_no_transfer():
    found = coded("Laos denied sending weapons to Bhutan.")
    assert not [f for f in found if f[0][:2] in ("06", "07") and f[3] == "asserted"]


def test_reported_obligation_is_a_demand():
    found = coded("Nepal said Kenya must release the prisoners.")
    assert has(found, "1053", "Nepal", "Kenya", "asserted")


def test_quantity_of_aid_is_still_aid():
    assert has(coded("Ghana delivered ten tons of food to Togo."), "073", "Ghana", "Togo", "asserted")


def test_demand_a_protest_is_staged_for_is_told_by_the_protest():
    found = coded("Ghana blocked roads to demand the withdrawal of Togo's troops.")
    assert has(found, "14", "Ghana", found[0][2], "asserted"), found
    assert not [f for f in found if f[0][:2] == "10"], found


def test_event_noun_under_a_threat_is_background():
    found = coded("Nepal threatened to launch an offensive in its war with Kenya.")
    assert not [f for f in found if f[3] != "asserted"], found


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Laos set fire to Bhutan's embassy.", "17", "Laos", "Bhutan"),
    ("Laos retook the town from Bhutan's army.", "19", "Laos", None),
    ("Ghana presented evidence against Togo.", "11", "Ghana", "Togo"),
    ("Chile issued arrest warrants for Peru's envoy.", "17", "Chile", "Peru"),
    ("Chile reneged on its commitment to Peru.", "12", "Chile", None),
    ("Laos cancelled a planned visit to Bhutan.", "16", "Laos", "Bhutan"),
    ("Ghana suspended its aid program for Togo.", "16", "Ghana", "Togo"),
    ("Laos staged a protest against Bhutan.", "14", "Laos", "Bhutan"),
])
def test_new_phrasings(text, root, source, target):
    found = coded(text)
    assert any(c.startswith(root) and s == source and (target is None or t == target) for c, s, t, _ in found), found


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Laos held military exercises with Bhutan.", "062", "Bhutan"),  # with a partner: military cooperation
    ("Laos held military exercises near Bhutan.", "150", "Bhutan"),  # alone: a show of force
    ("Laos launched rockets at Bhutan.", "194", "Bhutan"),  # fired at a party: an attack
    ("Laos launched a missile over Bhutan.", "150", "Bhutan"),  # a test flight, no one aimed at
])
def test_exercises_and_missiles_by_what_they_are_aimed_at(text, code, target):
    found = coded(text)
    assert any(c == code and s == "Laos" and t == target for c, s, t, _ in found), found
    assert not any(c[:2] != code[:2] for c, *_ in found), found


def test_where_a_statement_is_made_is_not_whom_it_addresses():
    assert not any(t == "Bhutan" for _, _, t, _ in coded("Laos made remarks in Bhutan on the trade dispute."))


def test_goods_received_from_a_party_are_coded_from_the_giver():
    found = coded("Chile received weapons from Peru.")
    assert has(found, "072", "Peru", "Chile", "asserted") and not has(found, "07", "Chile", "Peru", "asserted")
    assert not coded("Chile received weapons.")  # nobody named as the giver: no event


def test_an_announced_meeting_is_the_intent_of_its_announcer_only():
    found = coded("Chile said it will meet Peru next month.")
    assert has(found, "036", "Chile", "Peru", "asserted") and not has(found, "036", "Peru", "Chile", "asserted")


def test_the_act_a_party_must_do_is_told_by_the_demand():
    found = coded("Chile said that Peru must release the prisoners.")
    assert has(found, "10", "Chile", "Peru", "asserted")
    assert not [f for f in found if f[3] == "hypothetical"]


def test_an_air_strike_is_no_labour_strike():
    assert has(coded("Chile launched an air strike against Peru."), "195", "Chile", "Peru", "asserted")
    assert not [f for f in coded("Chile launched an air strike against Peru.") if f[0].startswith("14")]


def test_condolence_over_a_country_s_dead_is_addressed_to_that_country():
    assert has(coded("Chile expressed sorrow over the deaths of Peru's miners."), "018", "Chile", "Peru", "asserted")
