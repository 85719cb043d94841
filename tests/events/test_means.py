"""Attacks coded by their weapon (the means column of verbs.tsv) and decisions that perform what they decide."""

from pathlib import Path

import pytest

from eventcoder.events import find_events
from eventcoder.events.patterns import VERB_COLUMNS, load_patterns, node_names, pattern_variants
from eventcoder.nlp import get_nlp
from support import hand_mentions

ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV"), "Chilean": ("CHL", None), "Peruvian": ("PER", None),
          "Peruvian soldiers": ("PER", "MIL"), "Chilean rebels": ("CHL", "REB"), "Peruvian villagers": ("PER", "CVL")}


def events(text):
    doc = get_nlp()(text)
    found = find_events(doc, hand_mentions(doc, {k: (c, a, "test") for k, (c, a) in ACTORS.items()}))
    return {(e.cameo, e.source.country, e.target.country if e.target else None, e.factuality) for e in found}


def _codes(text):
    return {code for code, *_ in events(text)}


@pytest.mark.parametrize(("text", "code"), [
    ("Chilean rebels killed three Peruvian soldiers in an artillery barrage.", "194"),
    ("Three Peruvian soldiers were killed by Chilean tank fire near the border.", "194"),
    ("Chilean rebels killed two Peruvian villagers with a roadside bomb.", "1833"),
    ("Chilean rebels wounded two Peruvian soldiers with a car bomb.", "1832"),
    ("Chilean rebels killed nine Peruvian villagers in a suicide bombing.", "1831"),
    ("Chilean rebels killed four Peruvian villagers in a bomb attack.", "183"),
    ("Four Peruvian villagers were killed in a Chilean drone strike.", "195"),
    ("Chilean rebels killed two Peruvian villagers with knives.", "1823"),
])
def test_a_killing_takes_the_code_of_its_weapon(text, code):
    assert code in _codes(text)


def test_a_weapon_without_its_kind_leaves_the_plain_killing():
    assert _codes("Chilean rebels killed two Peruvian villagers in an attack.") == {"1823"}


def test_a_thing_blown_up_by_a_missile_is_an_aerial_attack_on_its_owner():
    assert ("195", "CHL", "PER", "asserted") in events("A Peruvian airliner was blown up by a Chilean missile.")


def test_a_means_row_outranks_the_same_row_without_it(tmp_path: Path):
    path = tmp_path / "verbs.tsv"
    rows = ["x.kill\t1823\tverb\tkill\t\t\t\t\tdobj\t\ttarget\t\t\t\t",
            "x.kill.shell\t194\tverb\tkill\t\t\ttank\t\tdobj\t\ttarget\t\t\t\tshelling|fire"]
    path.write_text("\t".join((*VERB_COLUMNS, "notes", "aim", "source", "means")) + "\n" + "\n".join(rows) + "\n")
    plain, shelled = load_patterns(path, {})
    assert shelled.means == {"shelling", "fire"} and shelled.specificity > plain.specificity
    by_size = {len(nodes): node_names(shelled, size=len(nodes)) for nodes in pattern_variants(shelled)}
    assert by_size == {3: ["pred", "means", "mod"], 4: ["pred", "via", "means", "mod"]}


def test_a_court_decision_to_allow_is_the_permission_itself():
    found = events("The Chilean supreme court decided to allow Peruvian villagers to return.")
    assert ("080", "CHL", "PER", "asserted") in found and not any(code.startswith("03") for code, *_ in found)


def test_a_decision_to_send_troops_is_still_to_come():
    found = events("Chile decided to send troops to Peru.")
    assert not any(f == "asserted" and code.startswith("15") for code, _, _, f in found)
