"""A broker named by "by" under a preposition of time, documents named by their "of" phrase, and a verb with an
object of its own that does not negate the clause told before it."""

from eventcoder.events import find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Hamas": ("PSE", "REB"), "Egypt": ("EGY", None), "Nigeria": ("NGA", None), "Nigerian": ("NGA", None),
          "Kenya": ("KEN", None),
          "Somalia": ("SOM", None), "Mogadishu": ("SOM", None), "The Indian oil firm": ("IND", "BUS")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo[:2], e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def test_mediation_by_a_named_broker_after_an_act_is_news():
    found = events("Hamas freed two Nigerian hostages on Sunday following mediation by Egypt.")
    assert ("04", "EGY", "PSE", "asserted") in found


def test_mediation_with_no_broker_under_a_time_preposition_stays_background():
    found = events("Hamas freed two Nigerian hostages on Sunday after weeks of mediation.")
    assert not {e for e in found if e[0] == "04"}


def test_memorandum_of_understanding_takes_its_party_from_the_of_noun():
    found = events("The Indian oil firm signed a memorandum of understanding with Nigeria on Monday.")
    assert ("05", "IND", "NGA", "asserted") in found


def test_declining_comment_does_not_negate_the_request_told_before():
    found = events("Kenya asks Somalia to hand over the suspects; Mogadishu acknowledges the note, declines further "
                   "comment.")
    assert ("02", "KEN", "SOM", "asserted") in found


def test_declining_to_ask_still_negates_the_request():
    found = events("Kenya declined to ask Somalia to hand over the suspects.")
    assert {e for e in found if e[0] == "02"} <= {("02", "KEN", "SOM", "negated")}
    assert ("02", "KEN", "SOM", "asserted") not in found
