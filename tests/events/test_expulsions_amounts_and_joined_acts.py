"""Envoys ordered out, amounts pledged "in" aid, and hostile acts that share the target of the act joined to them.

"X ordered Y's ambassador to leave" is an expulsion (166) of Y's envoy, not a demand, and the envoy's leaving is not
coded again; "pledged 40 million euros in aid for Y" reaches the aid through the amount even when the parser hangs
"in" on the verb; "would cut trade with Y and could take military action" aims the second act at Y too. Our own
sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Bolivia": ("BOL", "GOV"), "Peruvian": ("PER", None),
    "Lima": ("PER", None), "Santiago": ("CHL", None), "Bolivian": ("BOL", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_an_envoy_ordered_to_leave_is_expelled():
    found = events("Chile ordered the Peruvian ambassador to leave Santiago within three days.")
    assert any(e[0][:3] == "166" and e[1:] == ("CHL", "PER", "asserted") for e in found)
    assert not any(e[0][:2] == "10" for e in found)
    assert not any(e[0] == "0874" for e in found)


def test_a_person_ordered_to_leave_is_still_a_demand():
    found = events("Chile ordered the Bolivian miners to leave the disputed border zone.")
    assert not any(e[0][:3] == "166" for e in found)


def test_an_amount_in_aid_is_pledged_to_the_party_named_on_the_aid():
    found = events("Chile pledged 40 million euros in humanitarian aid for Peru on Monday.")
    assert any(e[0][:2] == "03" and e[1:] == ("CHL", "PER", "asserted") for e in found)


def test_a_hostile_act_joined_to_another_shares_its_target():
    found = events("Chile said it would cut off all aid to Peru and could take military action if the raids went on.")
    assert any(e[0][:2] == "19" and e[1] == "CHL" and e[2] == "PER" for e in found)


def test_a_joined_act_with_its_own_doer_takes_no_target_from_the_other():
    found = events("Chile cut off all aid to Peru, and Bolivia took military action.")
    assert not any(e[0][:2] == "19" and e[1] == "BOL" and e[2] == "PER" for e in found)
