"""The sources a Coder finds for a hit, worked out once per hit and speaker, and hits without a doer."""

from eventcoder.events.match import Coder, best_hits, find_events
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV", "country"), "Peru": ("PER", "GOV", "country")}


def _coder(text):
    doc = get_nlp()(text)
    hits = best_hits(doc)
    return Coder(doc, hand_mentions(doc, ACTORS), hits=hits), hits


def test_sources_are_the_same_each_time_and_a_fresh_list():
    coder, hits = _coder("Chile condemned Peru on Monday.")
    hit = next(h for h in hits if h.pred.lemma_ == "condemn")
    first = coder.sources(hit, None)
    assert [p.actor.country for p in first] == ["CHL"]
    first.clear()  # a caller's change to its list is not the next caller's answer
    assert [p.actor.country for p in coder.sources(hit, None)] == ["CHL"]


def test_a_hit_without_a_doer_yields_nothing_and_one_with_a_doer_is_coded():
    coder, hits = _coder("The visit ended early, and Chile condemned Peru.")
    by_lemma = {h.pred.lemma_: h for h in hits}
    preds = {h.pred.i for h in hits}
    assert coder.code(by_lemma["visit"], preds) == []  # nobody named visits
    assert [(e.cameo, e.source.country) for e in coder.code(by_lemma["condemn"], preds)] == [("111", "CHL")]


def test_announced_acts_keep_their_announcer():
    doc = get_nlp()("Chile will condemn Peru.")
    found = {(e.cameo, e.source.country, e.target.country if e.target else None)
             for e in find_events(doc, hand_mentions(doc, ACTORS))}
    assert ("111", "CHL", "PER") in found
