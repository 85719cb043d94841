"""A named place seized is territory taken (192), not property (171); a rate
"left unchanged" is no departure; a sentence to prison is legal action (173), not a mere verdict.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {
    "Iraqi forces": ("IRQ", "MIL"), "Kuwait": ("KWT", None), "Kuwaiti": ("KWT", None),
    "Chile's central bank": ("CHL", "BUS"), "Peruvian troops": ("PER", "MIL"), "Ecuador": ("ECU", None),
    "A Bolivian court": ("BOL", "JUD"), "a Chilean journalist": ("CHL", "MED"),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_seized_country_is_territory_taken():
    found = events("Iraqi forces seized Kuwait in a matter of hours.")
    assert any(code == "192" and source == "IRQ" for code, source, *_ in found)
    assert not any(code.startswith("17") for code, *_ in found)


def test_seized_property_stays_a_seizure():
    found = events("Iraqi forces seized Kuwaiti tankers in the Gulf.")
    assert any(code.startswith("17") for code, *_ in found)


def test_a_rate_left_unchanged_is_no_withdrawal():
    assert events("Chile's central bank left its benchmark rate unchanged on Tuesday.") == []


def test_troops_leaving_a_country_still_withdraw():
    found = events("Peruvian troops left Ecuador on Tuesday.")
    assert any(code == "0874" and source == "PER" for code, source, *_ in found)


def test_a_prison_sentence_is_legal_action():
    found = events("A Bolivian court sentenced a Chilean journalist to six years in prison.")
    assert ("173", "BOL", "CHL", "asserted") in found


def test_a_passive_prison_sentence_by_a_court_is_legal_action():
    found = events("a Chilean journalist was sentenced to six years in jail by A Bolivian court on Monday.")
    assert ("173", "BOL", "CHL", "asserted") in found
