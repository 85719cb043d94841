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


def test_a_demonym_naming_a_language_is_not_an_actor() -> None:
    found = mentions("The court lifted limits on the French language in schools, Spanish speakers said.")
    assert "French" not in found and "Spanish" not in found
    assert code(mentions("French officials said the talks went well.")["French officials"]) == ("FRA", "GOV")


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


# ---------------------------------------------------------------- second round: casing, people, shared roles


def test_lower_case_demonym_before_a_role_noun() -> None:
    found = mentions("Police dispersed egyptian protesters near the border.")
    assert code(found["egyptian protesters"]) == ("EGY", "OPP")
    assert mentions("He ate turkey and french fries from china plates.") == {}


def test_lower_case_name_after_a_capitalised_title_and_odd_casing() -> None:
    found = mentions("President biden signed the bill before the envoy returned from nIgeria.", on=date(2023, 5, 1))
    assert code(found["President biden"]) == ("USA", "GOV")
    assert found["nIgeria"].actor.country == "NGA"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Young Moroccans marched through the capital.", "Moroccans", ("MAR", "CVL")),
    ("Thousands of Kenyans queued to vote.", "Kenyans", ("KEN", "CVL")),
    ("The Hungarians of southern Slovakia protested.", "Hungarians", ("SVK", "CVL")),
    ("Hundreds of ethnic Uzbeks gathered in Kyrgyzstan.", "Uzbeks", ("KGZ", "CVL")),
    ("The Algerians said they would not attend.", "Algerians", ("DZA", None)),
    ("Militants ambushed a patrol in Niger on Sunday.", "Militants", ("NER", "REB")),
    ("Troops were deployed in Mali.", "Troops", (None, "MIL")),
    ("Some 5,000 Syrian Kurds crossed the border.", "Syrian Kurds", ("SYR", "CVL")),
    ("American border patrol agents detained the men.", "American border patrol agents", ("USA", "COP")),
    ("Lebanon's security chief warned the factions.", "Lebanon's security chief", ("LBN", "COP")),
    ("The ousted prime minister left the country.", "prime minister", (None, "ELI")),
])
def test_people_places_and_new_role_words(text: str, mention: str, expected: tuple) -> None:
    assert code(mentions(text)[mention]) == expected


def test_a_currency_is_not_a_country() -> None:
    assert "US" not in mentions("The fund lent US $50 million to Kenya.")


def test_coordinated_countries_share_the_role_noun() -> None:
    found = mentions("Senior Thai and Cambodian officials met at the border.")
    assert code(found["Thai"]) == ("THA", "GOV") and code(found["Cambodian"]) == ("KHM", "GOV")
    officials = found["officials"]
    assert code(officials) == (None, "GOV") and officials.rule.endswith("+coordinated")


def test_a_role_takes_the_country_of_the_actor_it_is_from() -> None:
    found = mentions("Diplomats from the Chilean embassy attended the ceremony.")
    assert code(found["Diplomats"]) == ("CHL", "GOV")
    found = mentions("The envoys of Norway, Sweden and Finland arrived on Monday.")
    assert code(found["envoys of Norway"]) == ("NOR", "GOV")
    assert code(found["Sweden"]) == ("SWE", "GOV") and code(found["Finland"]) == ("FIN", "GOV")


def test_a_from_phrase_on_an_owned_noun_is_where_the_act_came_from() -> None:
    found = mentions("Ecuador said shells were fired at its border guards from Peru.")
    assert code(found["its border guards"]) == ("ECU", "MIL")


def test_a_specific_title_before_a_known_name_wins_over_the_table() -> None:
    on = date(2025, 6, 1)  # the table has him as secretary of state by then
    assert code(mentions("Senator Marco Rubio criticised the plan.", on=on)["Senator Marco Rubio"]) == ("USA", "LEG")
    assert code(mentions("Marco Rubio criticised the plan.", on=on)["Marco Rubio"]) == ("USA", "GOV")
    found = mentions("Kremlin spokesman Dmitry Peskov said so.")  # a general title keeps the table's office
    assert code(found["Kremlin spokesman Dmitry Peskov"]) == ("RUS", "GOV")


def test_a_title_joins_the_proper_nouns_after_it() -> None:
    found = mentions("Vice-President Bongani Tsvangu has declined to resign.")
    assert code(found["Vice-President Bongani Tsvangu"]) == (None, "GOV")


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Gunmen in Darfur attacked a convoy.", "Gunmen", (None, "UAF")),  # attackers may come from anywhere
    ("The rebels in Darfur signed the text.", "rebels", ("SDN", "REB")),
    ("Chechnya's leader spoke on television.", "Chechnya's leader", ("RUS", "GOV")),
    ("The government of Sindh province ordered patrols.", "government", ("PAK", "GOV")),
    ("Forces loyal to Bashar al-Assad shelled the town.", "Forces", ("SYR", "MIL")),
    ("Miners affiliated with the Chilean union walked out.", "Miners", ("CHL", "LAB")),
    ("Gunmen aligned with the Malian army fired on the town.", "Gunmen", ("MLI", "UAF")),
    ("The extremist organization claimed the attack.", "extremist organization", (None, "REB")),
])
def test_regions_and_loyalties(text: str, mention: str, expected: tuple) -> None:
    assert code(mentions(text)[mention]) == expected


def test_a_general_role_word_takes_the_body_it_speaks_for() -> None:
    assert code(mentions("A spokesman for the Nigerian army denied it.")["spokesman"]) == ("NGA", "MIL")
    assert code(mentions("A spokesman for the rebels in Darfur spoke.")["spokesman"]) == ("SDN", "REB")
    assert code(mentions("Doctors from Canadian aid groups arrived.")["Doctors"]) == ("CAN", "HLH")  # specific: kept


def test_historical_office_holders_and_the_table_date() -> None:
    found = mentions("Carlos Menem met Alberto Fujimori.", on=date(1995, 3, 1))
    assert code(found["Carlos Menem"]) == ("ARG", "GOV") and code(found["Alberto Fujimori"]) == ("PER", "GOV")
    assert code(mentions("Charles Taylor spoke to reporters.", on=date(1992, 1, 1))["Charles Taylor"]) == ("LBR", "REB")


def test_officials_meeting_abroad_keep_no_country() -> None:
    found = mentions("Both foreign ministers will meet in Oman next month.")
    assert found["foreign ministers"].actor.country is None


def test_a_state_of_emergency_is_not_an_actor() -> None:
    assert set(mentions("The army declared a state of emergency in Chad.")) == {"army", "Chad"}


def test_two_people_named_at_the_same_place_do_not_break_surname_coreference() -> None:
    from eventcoder.actors.knowledge import Person
    from eventcoder.actors.recognize import Entry, Piece, _resolve_coref

    elder, younger = (Person(name=n, aliases=(), coref=("Bush",), tenures=()) for n in ("G. Bush", "G. W. Bush"))
    pieces = [Piece(0, 2, Entry("person", elder)), Piece(0, 2, Entry("person", younger)),
              Piece(9, 10, Entry("coref", younger))]
    kept = _resolve_coref(pieces)
    assert [p.entry.ref.name for p in kept if p.kind == "coref"] == ["G. W. Bush"]


def test_a_parenthesised_alias_belongs_to_the_mention() -> None:
    found = mentions("Hizbollah (Party of God) said it would free the prisoners.")
    assert code(found["Hizbollah (Party of God)"]) == ("LBN", "REB")
    assert not any(text.startswith(("Party", "God")) for text in found)


def test_a_country_adjective_is_shared_by_a_coordinated_role() -> None:
    found = mentions("Turkish jets and tanks pounded positions near the border.")
    assert code(found["tanks"]) == ("TUR", "MIL")
    assert found["tanks"].rule.endswith("+conj:TUR")


def test_a_coordinated_role_with_its_own_modifier_keeps_it() -> None:
    found = mentions("Turkish jets and rebel fighters clashed near the border.")
    assert found["rebel fighters"].actor.country is None


def test_a_demonym_after_a_demonym_names_an_ethnic_group_of_the_first_country() -> None:
    assert code(mentions("Bosnian Croats blocked the road to Mostar.")["Bosnian Croats"]) == ("BIH", "CVL")
    assert code(mentions("Bosnian Croat police closed the road.")["Bosnian Croat police"]) == ("BIH", "COP")


def test_an_origin_before_a_demonym_of_residents_names_residents_of_the_second_country() -> None:
    found = mentions("Greek Cypriot negotiators met Turkish Cypriots in the buffer zone.")
    assert code(found["Greek Cypriot negotiators"]) == ("CYP", "GOV")
    assert code(found["Turkish Cypriots"]) == ("CYP", "CVL")
    assert code(mentions("Somali Kenyans queued to vote in Nairobi.")["Somali Kenyans"]) == ("KEN", "CVL")
    assert code(mentions("American Somalis gathered in Mogadishu.")["American Somalis"]) == ("USA", "CVL")


def test_two_demonyms_before_a_thing_stay_two_countries() -> None:
    found = mentions("The Afghan Pakistani border was closed by the army.")
    assert all(m.actor.agent != "CVL" for m in found.values())


def test_a_people_the_model_took_for_a_person_is_still_an_ethnic_group() -> None:
    found = mentions("Bosnian Croats said on Friday that the road to Mostar would stay closed.")
    assert code(found["Bosnian Croats"]) == ("BIH", "CVL")


def test_a_country_that_leads_a_force_is_its_country() -> None:
    assert code(mentions("Ethiopian-led troops entered the town on Sunday.")["Ethiopian-led troops"]) == ("ETH", "MIL")


def test_a_country_that_backs_a_group_is_not_the_group() -> None:
    found = mentions("The Ugandan-backed militia seized the airport.")
    assert not any(m.actor.country == "UGA" for m in found.values())


def test_armed_groups_and_rulers_of_their_time() -> None:
    found = mentions("Karen rebels clashed with the army while Prosper Avril resigned.", on=date(1990, 3, 10))
    assert code(found["Karen rebels"]) == ("MMR", "REB")
    assert code(found["Prosper Avril"]) == ("HTI", "GOV")
    assert code(mentions("Police arrested members of MASSOB in Enugu.")["MASSOB"]) == ("NGA", "OPP")


def test_jewish_settlers_are_israeli_settlers_wherever_they_live():
    found = mentions("Jewish settlers in the West Bank city of Hebron attacked a Palestinian village.")
    assert code(found["Jewish settlers"]) == ("ISR", "SET")


def test_myanmar_shadow_government_and_a_venezuelan_gang_are_known() -> None:
    found = mentions("The National Unity Government said members of the Tren de Aragua gang had fled.",
                     on=date(2024, 5, 2))
    assert code(found["National Unity Government"]) == ("MMR", "OPP")
    assert [code(m) for text, m in found.items() if "Tren de Aragua" in text] == [("VEN", "CRM")]


def test_an_alias_the_dictionary_writes_in_lower_case_matches_lower_case_text() -> None:
    found = mentions("The junta told the blue helmets to leave within a month.")
    assert found["blue helmets"].actor.country == "IGO"
    assert "hamas" not in {k.lower() for k in mentions("He bought hamas and bread.")}
