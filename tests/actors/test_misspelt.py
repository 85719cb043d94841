"""Country names misspelt by one slip of typing are still recognised; real words and longer names are not."""

import pytest

from eventcoder.actors import find_actors
from eventcoder.actors.recognize import one_slip
from eventcoder.nlp import get_nlp


def codes(text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in find_actors(get_nlp()(text))}


@pytest.mark.parametrize(("word", "form", "slip"), [
    ("ethopia", "ethiopia", True),  # a letter dropped
    ("phillippines", "philippines", True),  # a letter doubled
    ("britian", "britain", True),  # two letters swapped
    ("columbia", "colombia", False),  # a letter replaced: another real name
    ("gemany", "germanyy", False),  # two slips
])
def test_one_slip(word: str, form: str, slip: bool) -> None:
    assert one_slip(word, form) is slip


def test_a_misspelt_country_is_the_country() -> None:
    assert codes("Mongolia rejected an offer from Afganistan on Monday.").get("Afganistan") == "AFG"
    assert codes("Ethopia has reopened its border crossings.").get("Ethopia") == "ETH"


def test_a_misspelt_country_before_an_agent_noun() -> None:
    assert "PHLMIL" in codes("The Phillippines military shelled the camp.").values()


def test_a_word_that_is_no_proper_noun_or_replaces_a_letter_is_no_country() -> None:
    assert not any(code[:3].isupper() and code[:3] != "---" for code in codes(
        "Hungry villagers walked to Columbia on Monday.").values())
