"""A town qualified only by the doer's own demonym is a spot at home, not a party aimed at; an act told inside
an allegation or accusation noun ("an allegation that X seized Y") is not asserted; victims with no country are
of the place or group the attack struck, at home too; country-less state members of a subject joined to a
national party are of its country (one delegation).

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Malian troops": ("MLI", "MIL"), "Malian": ("MLI", None), "Algerian": ("DZA", None),
    "Peru": ("PER", "GOV"), "Chilean troops": ("CHL", "MIL"), "the commission": (None, "GOV"),
}


def _dyads(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for code, s, t, _ in coded_events(text, ACTORS) if code.startswith(root)}


def test_withdrawal_from_a_home_town_names_no_target():
    found = _dyads("Malian troops completed their withdrawal from the northern Malian town of Kidal.", "08")
    assert found == {("MLI", None)}


def test_withdrawal_from_a_foreign_town_keeps_its_country():
    found = _dyads("Malian troops completed their withdrawal from the Algerian town of Tinzaouaten.", "08")
    assert found == {("MLI", "DZA")}


def test_act_inside_an_allegation_is_not_coded():
    text = ("The commission closed its inquiry into an allegation by Peru that Chilean troops had seized the "
            "border post.")
    assert not [e for e in coded_events(text, ACTORS) if e[1] == "CHL"]


def test_the_same_act_told_plainly_is_coded():
    text = "Chilean troops had seized the border post, the commission said."
    assert [e for e in coded_events(text, ACTORS) if e[1] == "CHL"]


VICTIMS = {"Chadian army": ("TCD", "MIL"), "Chadian rebels": ("TCD", "REB"), "Sudanese refugees": ("SDN", "REF"),
           "people": (None, "CVL"), "civilians": (None, "CVL"), "Chadian": ("TCD", None)}


def _killings(text: str) -> set[tuple[str | None, str | None]]:
    """The dyads of the violent acts (18-20): the attack, whose toll told by a participle is no act of its own."""
    return {(s, t) for code, s, t, _ in coded_events(text, VICTIMS) if code[:2] in ("18", "19", "20")}


def test_victims_of_an_attack_on_a_group_are_of_that_group():
    found = _killings("The Chadian army shelled a camp of Sudanese refugees, killing nine people.")
    assert found == {("TCD", "SDN")}


def test_victims_of_an_attack_at_home_are_of_the_home_country():
    found = _killings("Chadian rebels shelled the Chadian town of Abeche, killing nine civilians.")
    assert found == {("TCD", "TCD")}


MEETINGS = {"Peruvian minister": ("PER", "GOV"), "deputies": (None, "GOV"), "rebel leaders": (None, "REB"),
            "Chilean officials": ("CHL", "GOV")}


def _talks(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for code, s, t, _ in coded_events(text, MEETINGS) if code.startswith("04")}


def test_state_members_joined_to_a_national_party_share_its_country():
    found = _talks("The Peruvian minister and a group of deputies held talks with Chilean officials.")
    assert found == {("PER", "CHL"), ("CHL", "PER")}


def test_non_state_members_joined_to_a_national_party_keep_no_country():
    found = _talks("The Peruvian minister and rebel leaders held talks with Chilean officials.")
    assert (None, "CHL") in found or ("CHL", None) in found
