"""Parties reached through a leader noun, mediation "among" several parties, curfews threatened for a place,
and imagery handed over as intelligence.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import coded_events, hand_mentions

ACTORS = {
    "Norway": ("NOR", "GOV"), "Nepal": ("NPL", None), "Chilean government": ("CHL", "GOV"),
    "Lima": ("PER", "GOV"), "Ghana": ("GHA", "GOV"),
}


def sources(text: str, table: dict[str, tuple[str | None, str | None]]) -> list[tuple[str | None, str | None]]:
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in table.items()}))
    return [(e.source.country, e.source.agent) for e in found]


def test_leaders_of_a_named_body_are_that_body():
    table = {"Leaders": (None, "GOV"), "Freedom Bloc": ("AZE", "OPP")}
    assert sources("Leaders of the Freedom Bloc agreed to postpone the rally.", table) == [("AZE", "OPP")]


def test_a_leader_of_a_country_keeps_the_role():
    table = {"leaders": (None, "GOV"), "Ghana": ("GHA", None)}
    assert sources("The leaders of Ghana rejected the plan.", table) == [("GHA", "GOV")]


def test_mediation_among_parties_targets_them():
    found = coded_events("Norway halted its mediation efforts among Nepal's feuding parties.", ACTORS)
    assert [(e[1], e[2]) for e in found] == [("NOR", "NPL")]
    assert found[0][0].startswith("16")


def test_a_threatened_curfew_targets_its_place():
    found = coded_events("The Chilean government threatened to impose a curfew in Lima.", ACTORS)
    assert [(e[0], e[1], e[2]) for e in found] == [("1323", "CHL", "PER")]


def test_imagery_handed_over_is_shared_intelligence():
    found = coded_events("Norway is providing satellite imagery to Ghana.", ACTORS)
    assert [(e[0], e[1], e[2]) for e in found] == [("064", "NOR", "GHA")]
