"""A call for sanctions against a party (a verbal attack on it, 111), "insist" with a told clause (a statement, not
a demand), a preposition on the last item of a listed object (the whole list's), and an if-clause (the
condition's place, not the event's).

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events, hand_mentions

ACTORS = {
    "The bishop": ("ZAF", "REL"), "Zimbabwe": ("ZWE", None), "The opposition": ("GBR", "OPP"),
    "Belarus": ("BLR", None), "Ghana": ("GHA", None), "Togo": ("TGO", None), "Peru": ("PER", None),
    "Chile": ("CHL", None), "The army": ("MMR", "MIL"), "Karen": ("MMR", "REB"), "Jordan": ("JOR", None),
    "Syria": ("SYR", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_call_for_sanctions_against_a_party_is_a_verbal_attack_on_it():
    assert events("The bishop on Friday called for sanctions against Zimbabwe after the disputed vote.") == [
        ("111", "ZAF", "ZWE", "asserted")]
    assert events("The opposition urged tougher sanctions on Belarus.") == [("111", "GBR", "BLR", "asserted")]


def test_a_call_for_lifting_sanctions_is_still_an_appeal_to_ease_them():
    found = events("Ghana called on Togo to lift the sanctions on its traders.")
    assert found and all(e[0] != "111" for e in found)


def test_insisting_on_a_told_clause_is_a_statement_not_a_demand():
    assert not any(e[0][:2] == "10" for e in events("Ghana insisted that its border with Togo was open."))
    assert not any(e[0][:2] == "10" for e in events("Peru insisted Chile had never been attacked."))


def test_insisting_on_an_asked_clause_is_still_a_demand():
    assert any(e[0][:2] == "10" and e[1:3] == ("GHA", "TGO") for e in events("Ghana insisted that Togo reopen "
                                                                            "the border."))
    assert any(e[0][:2] == "10" and e[1:3] == ("PER", "CHL") for e in events("Peru insisted that Chile must "
                                                                            "withdraw its troops."))


def test_a_preposition_on_the_last_listed_object_aims_the_whole_list():
    found = events("The army launched artillery, mortar and rocket fire against Karen positions on Sunday.")
    assert ("194", "MMR", "MMR", "asserted") in found


def test_an_if_clause_is_left_out_of_the_event_clause():
    from eventcoder.events import find_events
    from eventcoder.nlp import get_nlp

    text = "Jordan will close its border if the situation worsens in Syria."
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()}))
    syria = text.index("Syria")
    assert found and all(not (a <= syria < b) for e in found for a, b in e.clause)
    assert all(any(a <= text.index("close") < b for a, b in e.clause) for e in found)
