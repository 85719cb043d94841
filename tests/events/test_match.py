"""Events from our own sentences, parsed with the real model; actor mentions are built by hand."""

import pytest

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {
    "Chile": ("CHL", "GOV", "country"), "Peru": ("PER", "GOV", "country"), "Ghana": ("GHA", "GOV", "country"),
    "Togo": ("TGO", "GOV", "country"), "Nepal": ("NPL", "GOV", "country"), "Macron": ("FRA", "GOV", "person"),
    "Lula": ("BRA", "GOV", "person"), "Oslo": ("NOR", "GOV", "country"), "Vietnam": ("VNM", "GOV", "country"),
    "rebels": ("COL", "REB", "group"),
    "Colombia": ("COL", "GOV", "country"), "Sharma": ("IND", "GOV", "person"),
}


def mentions(doc):
    return hand_mentions(doc, ACTORS)


def events(text):
    doc = get_nlp()(text)
    return [(e.cameo, e.source.text, e.target.text if e.target else None, e.factuality)
            for e in find_events(doc, mentions(doc))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Macron visited Peru on Friday.", ("042", "Macron", "Peru", "asserted")),
    ("Macron will visit Peru next week.", ("042", "Macron", "Peru", "future")),
    ("Macron could visit Peru.", ("042", "Macron", "Peru", "hypothetical")),
    ("Macron did not visit Peru.", ("042", "Macron", "Peru", "negated")),
    ("Peru was visited by Macron.", ("042", "Macron", "Peru", "asserted")),
    ("Macron's visit to Peru drew crowds.", ("042", "Macron", "Peru", "asserted")),
    ("Lula received Macron in Brasilia.", ("043", "Lula", "Macron", "asserted")),
    ("Lula invited Macron to visit Brasilia.", ("036", "Lula", "Macron", "asserted")),
    ("Ghana condemned Togo.", ("111", "Ghana", "Togo", "asserted")),
    ("Ghana imposed sanctions on Togo.", ("163", "Ghana", "Togo", "asserted")),
    ("Colombia arrested rebels.", ("173", "Colombia", "rebels", "asserted")),
    ("Ghana refused to sign the deal with Togo.", ("057", "Ghana", "Togo", "negated")),
    ("Ghana plans to deploy troops to Togo.", ("138", "Ghana", "Togo", "asserted")),
])
def test_single_event(text, expected):
    assert expected in events(text)


def test_compound_subjects_hold_talks_both_ways():
    found = events("Chile and Peru held talks in Lima.")
    assert ("046", "Chile", "Peru", "asserted") in found and ("046", "Peru", "Chile", "asserted") in found


def test_talks_between_nominal():
    found = events("Talks between Ghana and Togo ended without result.")
    assert {("046", "Ghana", "Togo"), ("046", "Togo", "Ghana")} <= {f[:3] for f in found}


def test_did_not_sign_any_agreement_is_negated_057():
    found = events("Nepal and Vietnam did not sign any agreement after the talks.")
    signed = [f for f in found if f[0] != "046"]  # the talks the two held before are told as held
    assert signed and all(f[0] == "057" and f[3] == "negated" for f in signed)
    assert all(f[3] == "asserted" for f in found if f[0] == "046")


def test_invitation_accepted_targets_the_inviter():
    found = events("Lula invited Macron to Brasilia, and Macron accepted the invitation.")
    assert ("036", "Lula", "Macron", "asserted") in found
    assert ("036", "Macron", "Lula", "asserted") in found


def test_denied_arms_deals_asserts_no_transfer():
    found = events("Ghana denied arms deals with Togo.")
    assert not [f for f in found if f[0][:2] in ("06", "07") and f[3] == "asserted"]


def test_accusation_does_not_assert_the_attack():
    found = events("Ghana accused Togo of attacking its border posts.")
    assert [f[:3] for f in found] == [("1123", "Ghana", "Togo")]


def test_reported_speech_sets_attribution_and_pronoun_source():
    doc = get_nlp()("Sharma said that he would send weapons to Nepal.")
    found = find_events(doc, mentions(doc))
    assert [(e.cameo, e.factuality) for e in found] == [("0332", "asserted")]  # the announced act is the intent
    event = found[0]
    assert (event.cameo, event.source.text, event.target.text) == ("0332", "Sharma", "Nepal")
    assert all(e.attribution == "Sharma" for e in found)
    assert doc.text[event.trigger[0]:event.trigger[1]].startswith("send")
    assert event.clause and all(0 <= a < b <= len(doc.text) for a, b in event.clause)


def test_the_two_sides_are_the_last_two_countries():
    found = events("Chile sent a delegation to Peru. The two sides discussed fishing rights.")
    assert ("040", "Chile", "Peru", "asserted") in found and ("040", "Peru", "Chile", "asserted") in found


def test_coordinated_verbs_give_two_events():
    found = events("Ghana criticized Togo and expelled its ambassador.")
    assert ("111", "Ghana", "Togo", "asserted") in found
    assert any(f[0].startswith("166") for f in found)


def test_plain_say_and_questions_give_no_asserted_event():
    assert events("Ghana said the weather was fine.") == []
    assert all(f[3] == "hypothetical" for f in events("Will Ghana attack Togo?"))


def test_no_source_no_event():
    assert events("The talks were held in Oslo.") == []
