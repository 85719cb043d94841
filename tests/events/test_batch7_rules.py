"""Rules found with the seventh batch of our own cases: ground taken back from whoever held it."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Armenian": ("ARM", None), "Azerbaijani": ("AZE", "MIL"), "Azerbaijani troops": ("AZE", "MIL"),
          "Armenian units": ("ARM", "MIL")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def test_ground_liberated_from_a_side_is_taken_from_it():
    assert ("192", "AZE", "ARM", "asserted") in events(
        "Azerbaijani troops liberated the district from Armenian units after three days of fighting.")


def test_ground_liberated_from_nobody_named_codes_no_seizure():
    assert not {e for e in events("Azerbaijani troops liberated the district after three days.") if e[0] == "192"}
