"""Recognition on our own sentences, parsed with the real model."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from eventcoder.actors import find_actors, load_knowledge
from eventcoder.nlp import get_nlp
from eventcoder.records import ActorMention


def mentions(text: str, *, on: date | None = date(2023, 9, 14)) -> dict[str, ActorMention]:
    doc = get_nlp()(text)
    found = find_actors(doc, on=on)
    spans = [(m.start, m.end) for m in found]
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans)), "overlapping mentions"
    for m in found:  # the head lies inside the mention, and its own head outside it
        head = doc[m.head]
        assert m.start <= head.idx < m.end
        assert head.head.i == head.i or not m.start <= head.head.idx < m.end
    return {m.actor.text: m for m in found}


def code(m: ActorMention) -> tuple[str | None, str | None]:
    return m.actor.country, m.actor.agent


def test_seed_leaders() -> None:
    found = mentions("Russian President Putin met North Korean leader Kim Jong-un at the launch site.")
    putin = found["Russian President Putin"]
    assert code(putin) == ("RUS", "GOV") and putin.actor.name == "Vladimir Putin"
    kim = found["North Korean leader Kim Jong-un"]
    assert code(kim) == ("PRK", "GOV") and kim.actor.name == "Kim Jong-un"


def test_seed_spokesman_and_media() -> None:
    found = mentions("Russian presidential spokesman Peskov said the deals will be implemented. "
                     "DPRK media said the talks were a success.")
    peskov = found["Russian presidential spokesman Peskov"]
    assert code(peskov) == ("RUS", "GOV") and peskov.actor.name == "Dmitry Peskov"
    assert peskov.sentence == 0
    media = found["DPRK media"]
    assert code(media) == ("PRK", "MED") and media.sentence == 1


def test_head_of_possessive_phrase() -> None:
    text = "Japan's defence ministry said the missile fell into the sea."
    doc = get_nlp()(text)
    [ministry] = [m for m in find_actors(doc) if m.actor.country == "JPN"]
    assert doc[ministry.head].text == "ministry" and ministry.actor.agent == "GOV"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Syrian rebels shelled the town on Monday.", "Syrian rebels", ("SYR", "REB")),
    ("Israeli troops entered the camp overnight.", "Israeli troops", ("ISR", "MIL")),
    ("The Iranian foreign minister arrived in Oman.", "Iranian foreign minister", ("IRN", "GOV")),
    ("The Kremlin said the meeting went well.", "Kremlin", ("RUS", "GOV")),
    ("Washington imposed new sanctions on Tehran.", "Washington", ("USA", "GOV")),
    ("NATO condemned the strike.", "NATO", ("IGO", "WSTNAT")),
    ("The United Nations called for a ceasefire.", "United Nations", ("IGO", "UNO")),
    ("Hezbollah fired rockets at the border.", "Hezbollah", ("LBN", "REB")),
    ("Islamic State claimed the bombing.", "Islamic State", ("IMG", "REB")),
    ("Protesters gathered outside the parliament.", "Protesters", (None, "OPP")),
    ("Police arrested two men.", "Police", (None, "COP")),
    ("Russia denied the report.", "Russia", ("RUS", None)),
    ("The US and China held talks.", "US", ("USA", None)),
    ("Ukrainian President Zelensky thanked the allies.", "Ukrainian President Zelensky", ("UKR", "GOV")),
])
def test_adjectives_metonyms_organisations_roles(text: str, mention: str, expected: tuple) -> None:
    found = mentions(text)
    assert mention in found, sorted(found)
    assert code(found[mention]) == expected


def test_lowercase_words_are_not_abbreviations() -> None:
    found = mentions("Let us know who will come; the press conference starts soon.")
    assert not any(m.actor.country in ("USA", "IGO") for m in found.values())
    assert "press" not in found  # a modifier of a non-actor noun


def test_modifier_of_other_noun_is_not_actor() -> None:
    assert "military" not in mentions("They agreed on closer military cooperation.")
    assert code(mentions("He went to the Beijing Olympics.")["Beijing"]) == ("CHN", None)


def test_unknown_person_needs_a_modifier() -> None:
    assert "Ivanov" not in mentions("Later Ivanov went home.")
    found = mentions("Russian spokesman Ivanov denied it. Later Ivanov went home.")
    assert code(found["Russian spokesman Ivanov"]) == ("RUS", "GOV")
    assert code(found["Ivanov"]) == ("RUS", "GOV") and found["Ivanov"].rule.startswith("coref:name:")


def test_surname_after_full_name() -> None:
    text = "Kim Jong-un arrived by train. Kim then met the governor."
    kims = [m for m in find_actors(get_nlp()(text)) if m.actor.name == "Kim Jong-un"]
    assert [m.rule for m in kims] == ["person:Kim Jong-un", "coref:Kim Jong-un"]
    assert kims[1].sentence == 1 and code(kims[1]) == ("PRK", "GOV")
    assert not any(m.actor.name for m in find_actors(get_nlp()("Kim then met the governor.")))


def test_spelling_variants_of_names() -> None:
    for text in ("Kim Jong Un spoke.", "Kim Jong-un spoke."):
        assert any(m.actor.name == "Kim Jong-un" for m in find_actors(get_nlp()(text)))


def test_office_on_date_changes_code() -> None:
    text = "Netanyahu criticised the plan."
    assert code(mentions(text, on=date(2022, 3, 1))["Netanyahu"]) == ("ISR", "OPP")
    assert code(mentions(text, on=date(2023, 3, 1))["Netanyahu"]) == ("ISR", "GOV")
    taliban = "The Taliban took control of the city."
    assert code(mentions(taliban, on=date(2020, 1, 1))["Taliban"]) == ("AFG", "REB")
    assert code(mentions(taliban, on=date(2022, 1, 1))["Taliban"]) == ("AFG", "GOV")


def test_user_people_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("name\taliases\tcoref\tcountry\tagent\toffice\tfrom\tto\n"
                    "Zed Imaginary\tImaginary\t\tFRA\tGOV\tmayor\t\t\n", encoding="utf-8")
    doc = get_nlp()("Zed Imaginary opened the bridge.")
    [m] = find_actors(doc, knowledge=load_knowledge(extra=[path]))
    assert m.actor.name == "Zed Imaginary" and code(m) == ("FRA", "GOV")


def test_same_surname_is_told_apart_by_date() -> None:
    text = "President Bush met the Saudi king."
    assert mentions(text, on=date(1990, 6, 1))["President Bush"].actor.name == "George H. W. Bush"
    assert mentions(text, on=date(2005, 6, 1))["President Bush"].actor.name == "George W. Bush"
    assert mentions("Assad spoke.", on=date(1995, 1, 1))["Assad"].actor.name == "Hafez al-Assad"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Former Finnish prime minister Aino Virtanen criticised the deal.",
     "Finnish prime minister Aino Virtanen", ("FIN", "ELI")),
    ("Security forces in Guinea detained dozens.", "Security forces", ("GIN", "COP")),
    ("Soldiers from Chad crossed the border.", "Soldiers", ("TCD", "MIL")),
    ("Hundreds of UN troops withdrew from the zone.", "UN troops", ("IGO", "UNOMIL")),
    ("Ethnic Albanians in southern Serbia held a rally.", "Albanians", ("SRB", "CVL")),
    ("Hundreds of young Iraqis blocked the road.", "Iraqis", ("IRQ", "CVL")),
    ("Opponents of the Peruvian congress marched.", "Opponents of the Peruvian congress", ("PER", "OPP")),
    ("Greece objected to the Former Yugoslav Republic of Macedonia.",
     "Former Yugoslav Republic of Macedonia", ("MKD", None)),
])
def test_context_rules(text: str, mention: str, expected: tuple) -> None:
    found = mentions(text)
    assert mention in found, sorted(found)
    assert code(found[mention]) == expected


def test_a_side_taken_is_not_the_country() -> None:
    found = mentions("Pro-Russia rebels shelled the airport.")
    assert not any(m.actor.country == "RUS" for m in found.values())
