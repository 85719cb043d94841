"""Talks named as where their subject did something: with no parties of their own, held by two or more joined subjects
("X and Y agreed to a truce during talks in Z"); with a party named by "with", held by the subject with it ("X signed
the accord after talks with Y"); as really as the act itself, though a negated act leaves the talks held."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV")}


def talks(text: str) -> set[tuple[str, str | None, str]]:
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.source.country, e.target.country if e.target else None, e.factuality) for e in found
            if e.cameo[:2] == "04"}


def test_joined_subjects_held_the_talks_their_deal_was_struck_at():
    assert talks("Chile and Peru signed a fisheries accord during talks in Lima on Monday.") \
        == {("CHL", "PER", "asserted"), ("PER", "CHL", "asserted")}


def test_talks_under_an_agreement_are_held_not_planned():
    found = talks("Chile and Peru agreed to a border truce at a summit in Quito.")
    assert ("CHL", "PER", "asserted") in found and not any(f == "future" for *_, f in found)


def test_one_subject_names_no_partner_for_the_talks():
    assert not talks("Chile signed a fisheries accord during talks in Lima on Monday.")


def test_joined_subjects_held_the_talks_their_deal_followed():
    assert talks("Chile and Peru agreed to a border truce on Sunday after talks in Quito.") \
        == {("CHL", "PER", "asserted"), ("PER", "CHL", "asserted")}


def test_talks_the_joined_subjects_held_are_not_negated_by_their_clause():
    assert talks("Chile and Peru did not sign the fisheries accord during talks in Lima.") \
        == {("CHL", "PER", "asserted"), ("PER", "CHL", "asserted")}


def test_talks_with_a_named_party_under_after_were_held_by_the_subject():
    assert talks("Bolivia signed the water accord after talks with Peru in La Paz.") \
        == {("BOL", "PER", "asserted"), ("PER", "BOL", "asserted")}


def test_an_act_not_done_after_talks_with_a_party_leaves_the_talks_held():
    assert ("BOL", "PER", "asserted") in talks("Bolivia did not sign the accord after talks with Peru on Friday.")


def test_talks_before_an_act_only_offered_were_still_held():
    assert ("BOL", "PER", "asserted") in talks("Bolivia said it was ready to sign the accord after talks with Peru.")
