"""Counted plurals of parties ("both countries", "the three nations", "the two neighbours") stand for the last
list of that many countries named, else the last that many; "fighting between" them, read as a gerund, is
fought by both; a vow to retaliate is a threat of force; a clause of its own time ("as ...", "while ...") hung
under a claim is the reporter's own telling; what the sides talk about is no third party, even when one of
them owns it ("did not discuss Y's troops").

Our own sentences, parsed with the real model; actor mentions are built by hand.
"""

import datetime

from eventcoder.pipeline import analyze
from eventcoder.records import Document
from support import coded_events

ACTORS = {
    "Chile": ("CHL", None), "Peru": ("PER", None), "Bolivia": ("BOL", None), "Ecuador": ("ECU", None),
    "Armenia": ("ARM", None), "Azerbaijan": ("AZE", None), "Azerbaijani troops": ("AZE", "MIL"),
    "the Tuareg rebels": ("MLI", "REB"), "Mali": ("MLI", None), "Niger": ("NER", None), "Morocco": ("MAR", None),
}


def events(text):
    return coded_events(text, ACTORS)


def test_a_vow_to_retaliate_against_both_countries_threatens_each():
    found = events("Chile and Peru bombed rebel camps near Mali on Sunday, and the Tuareg rebels vowed to "
                   "retaliate against both countries.")
    assert ("138", "MLI", "CHL", "asserted") in found
    assert ("138", "MLI", "PER", "asserted") in found


def test_the_three_countries_are_the_last_list_of_three():
    found = events("Bolivia, Chile and Peru signed a trade pact, and Ecuador later condemned the three countries.")
    assert {e[2] for e in found if e[0][:2] == "11" and e[1] == "ECU"} == {"BOL", "CHL", "PER"}


def test_fighting_between_the_two_neighbours_is_fought_by_both():
    found = events("Armenia accused Azerbaijani troops of shelling its villages, as fighting between the two "
                   "neighbours spread to the north.")
    assert ("190", "ARM", "AZE", "asserted") in found
    assert ("190", "AZE", "ARM", "asserted") in found


def test_a_while_clause_under_a_claim_is_told_by_the_reporter():
    found = events("Peru blamed Chile for the blast, while Bolivia said Ecuador had shelled the town.")
    assert any(e[0][:2] == "11" and e[1:3] == ("BOL", "ECU") for e in found)


def test_listed_sides_keep_each_country_s_state_level_actor():
    text = ("The Chilean foreign minister met the Peruvian foreign minister in Lima on Monday. Chile and Peru have "
            "long disputed their maritime border. The two sides agreed to resume talks next month.")
    [analysis] = analyze([Document(id="sides", text=text, date=datetime.date(2024, 5, 2))])
    told = [e for e in analysis.events if e.sentence == 2]
    assert told and {e.source.code for e in told} == {"CHLGOV", "PERGOV"}  # the ministers, not the bare names


def test_a_topic_owned_by_one_of_the_sides_is_no_third_party():
    found = coded_events("Armenia's foreign minister met Azerbaijan's foreign minister in Geneva. The two sides "
                         "did not discuss Azerbaijan's troops near the border.",
                         {**ACTORS, "Armenia's foreign minister": ("ARM", "GOV"),
                          "Azerbaijan's foreign minister": ("AZE", "GOV")})
    discussed = {e[1:3] for e in found if e[0] == "040" and e[3] == "negated"}
    assert discussed == {("ARM", "AZE"), ("AZE", "ARM")}  # not the minister discussing with his own country
