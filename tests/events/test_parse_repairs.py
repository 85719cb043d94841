"""Parse errors of news text that the argument finder repairs: a subject the parser joins with "and" to the last
noun of a fronted phrase.

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

from support import coded_events

ACTORS = {"Chad": ("TCD", "GOV"), "Front": ("SDN", "REB")}


def test_a_subject_joined_to_a_fronted_phrase_does_the_act():
    found = coded_events("With the signing of a Declaration of Principles on Cessation of Hostilities, Chad and the "
                         "Front have agreed to exchange prisoners.", ACTORS)
    assert {(e[0][:2], e[1], e[2]) for e in found} == {("03", "TCD", "SDN"), ("03", "SDN", "TCD")}
