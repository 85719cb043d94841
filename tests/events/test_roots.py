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
    ("05", "Chile is expected to sign the treaty with Peru.", "future"),
    ("07", "Ghana refused to send food to Togo.", "negated"),
    ("07", "Ghana may send food to Togo.", "hypothetical"),
    ("08", "Ghana will release prisoners to Togo.", "future"),
    ("11", "Nepal did not condemn Kenya.", "negated"),
    ("16", "Laos did not sever diplomatic ties with Bhutan.", "negated"),
    ("16", "Laos might sever diplomatic ties with Bhutan.", "hypothetical"),
    ("17", "Laos plans to arrest Bhutan's envoy.", "future"),
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


def test_future_act_is_also_an_intent():
    found = coded("Ghana will send food to Togo.")
    assert has(found, "07", "Ghana", "Togo", "future") and has(found, "033", "Ghana", "Togo", "asserted")


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
