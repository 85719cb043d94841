"""Everyday constructions of requests, trips and reports: a refusal to comment answers whoever asked, a trip to a
city for a summit goes to that city's country, a delegation sent to a meeting goes to its host, and a report by
an international monitor told after the news accuses the doer.

Our own sentences, parsed with the real model; actor mentions (and places) are built by hand.
"""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from eventcoder.records import Place
from support import coded_events, hand_mentions

ACTORS = {
    "Norway": ("NOR", None), "Oslo": ("NOR", "GOV"), "Chile": ("CHL", None), "Santiago": ("CHL", "GOV"),
    "The Chilean foreign ministry": ("CHL", "GOV"), "Lula": ("BRA", "GOV"), "Brazil": ("BRA", None),
    "Hamas": ("PSE", "REB"), "Egypt": ("EGY", None), "Kenya": ("KEN", None), "ASEAN": ("IGO", None),
    "AU": ("IGO", None), "UN investigators": ("IGO", None), "rebels of the M23 movement": ("COD", "REB"),
}


def events(text):
    return coded_events(text, ACTORS)


def coded_with_place(text: str, place: str, country: str) -> list[tuple]:
    doc = get_nlp()(text)
    mentions = hand_mentions(doc, {n: (c, a, "test") for n, (c, a) in ACTORS.items()})
    start = text.index(place)
    places = [Place(text=place, start=start, end=start + len(place), sentence=0, name=place, country=country)]
    found = find_events(doc, mentions, places=places)
    return [(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found]


def test_a_refusal_to_comment_answers_whoever_asked():
    found = events("Norway asked Chile to hand over the two fugitives. Santiago declined to comment.")
    assert ("011", "CHL", "NOR", "asserted") in found
    found = events("Norway urged Chile to extradite the banker, but Santiago refused to comment on the request.")
    assert ("011", "CHL", "NOR", "asserted") in found


def test_a_refusal_to_comment_with_nobody_asking_has_no_target():
    assert ("011", "CHL", None, "asserted") in events("The Chilean foreign ministry declined to comment.")


def test_a_trip_to_a_city_for_a_summit_goes_to_the_host_country():
    found = coded_with_place("Lula travelled to Nairobi for the ASEAN summit.", "Nairobi", "KEN")
    assert any(e[0][:2] == "04" and e[1:] == ("BRA", "KEN", "asserted") for e in found)
    found = coded_with_place("Lula did not fly to Nairobi for the AU summit.", "Nairobi", "KEN")
    assert any(e[0][:2] == "04" and e[1:] == ("BRA", "KEN", "negated") for e in found)


def test_a_trip_for_talks_with_a_party_goes_to_that_party():
    found = coded_with_place("Lula travelled to Nairobi for talks with Hamas.", "Nairobi", "KEN")
    assert any(e[0][:2] == "04" and e[1:3] == ("BRA", "PSE") for e in found)


def test_a_delegation_sent_to_a_meeting_goes_to_its_host():
    found = events("Chile will not send a delegation to the AU-hosted conference on migration.")
    assert ("040", "CHL", "IGO", "negated") in found
    assert not any(e[1] == "IGO" for e in found)  # the host named on the meeting does not meet anybody
    assert ("040", "EGY", "PSE", "future") in events("Egypt will send a team to the talks with Hamas.")


def test_a_report_by_a_monitor_told_after_the_news_accuses_the_doer():
    found = events("The rebels of the M23 movement killed dozens of villagers in Rutshuru, according to a report by "
                   "UN investigators.")
    assert ("112", "IGO", "COD", "asserted") in found
