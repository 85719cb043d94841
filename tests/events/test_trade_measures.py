"""Raised tariffs: the verb row of verbs.tsv for a tariff increase, on our own sentences."""

import pytest

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", ""), "Peru": ("PER", ""), "Peruvian": ("PER", "")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


@pytest.mark.parametrize("text", [
    "Chile raised its tariffs on Peruvian copper to 30 percent on Monday.",
    "Chile has doubled the import duties on Peruvian wine.",
])
def test_a_raised_tariff_on_a_party_is_a_sanction(text):
    assert any(code == "163" and (src, tgt) == ("CHL", "PER") for code, src, tgt, _ in events(text))


def test_a_raised_price_is_no_sanction():
    assert not any(code == "163" for code, *_ in events("Chile raised fuel prices on Monday."))
