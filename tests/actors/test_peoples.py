"""Peoples of one state are coded with it ("Igbo leaders" -> NGA); peoples of several states are not.

Our own sentences, parsed with the real model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.actors import find_actors
from eventcoder.actors.knowledge import load_countries
from eventcoder.nlp import get_nlp


def _codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.actor.text: (m.actor.country, m.actor.agent) for m in find_actors(get_nlp()(text))}


def test_peoples_column_is_read_and_optional(tmp_path: Path) -> None:
    path = tmp_path / "countries.tsv"
    path.write_text("code\tname\tnames\tadjectives\tcapitals\tseats\tregions\tresidents\tpeoples\n"
                    "NGA\tNigeria\t\tNigerian\tAbuja\t\t\t\tYoruba|Igbo\nCHL\tChile\n", encoding="utf-8")
    nigeria, chile = load_countries(path)
    assert nigeria.peoples == ("Yoruba", "Igbo") and chile.peoples == ()


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Igbo leaders appealed for calm after the clashes.", "Igbo leaders", "NGA"),
    ("Chechen fighters ambushed a convoy in the mountains.", "Chechen fighters", "RUS"),
    ("Tibetan monks staged a sit-in outside the monastery.", "Tibetan monks", "CHN"),
    ("Amhara militias seized the disputed district.", "Amhara militias", "ETH"),
    ("Police arrested two Catalan politicians on Tuesday.", "Catalan politicians", "ESP"),
])
def test_a_people_of_one_state_takes_its_country(text: str, mention: str, expected: str) -> None:
    found = _codes(text)
    assert mention in found, sorted(found)
    assert found[mention][0] == expected


def test_peoples_of_several_states_keep_no_country() -> None:
    found = _codes("Kurds in the region demanded more autonomy.")
    assert found["Kurds"][0] is None
