"""The shared lookups of argument finding: prepositional objects across several heads, and the per-token memo
of the actors a token names.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from eventcoder.events.arguments import Mentions, Resolver, prep_objects, prep_objects_across
from eventcoder.nlp import get_nlp
from support import hand_mentions


def test_objects_across_heads_come_word_by_word_then_head_by_head():
    doc = get_nlp()("The navy fired shells at the port from its ships and missiles at the airfield.")
    fired = next(t for t in doc if t.lower_ == "fired")
    shells = next(t for t in doc if t.lower_ == "shells")
    heads, words = (fired, None, shells), ("from", "at")
    expected = [t for word in words for head in heads for t in prep_objects(head, word)]
    assert expected  # the sentence must give objects for the comparison to mean anything
    assert prep_objects_across(heads, words) == expected


def test_the_actors_a_token_names_are_the_same_on_every_ask():
    doc = get_nlp()("Kenyan and Ugandan troops crossed the border.")
    mentions = hand_mentions(doc, {"Kenyan": ("KEN", None, "test"), "Ugandan": ("UGA", None, "test")})
    resolver = Resolver(doc, Mentions(doc, mentions))
    troops = next(t for t in doc if t.lower_ == "troops")
    first = resolver.all_direct(troops)
    first.clear()  # a caller changing its list leaves the remembered answer alone
    assert [a.country for a in resolver.all_direct(troops)] == ["KEN", "UGA"]
