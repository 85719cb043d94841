"""find_places on our own sentences, parsed by the real model."""

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.nlp import get_nlp
from eventcoder.places import find_places
from eventcoder.places.find import _propagated, load_country_codes
from eventcoder.records import Place


def places(text: str) -> list[Place]:
    return find_places(get_nlp()(text))


def names(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.name, p.country) for p in places(text)]


def test_countries_and_cities() -> None:
    found = places("Officials in Berlin said Germany would send aid to Ukraine.")
    assert [(p.name, p.country, p.feature) for p in found] == [
        ("Berlin", "DEU", "PPLC"), ("Germany", "DEU", "PCLI"), ("Ukraine", "UKR", "PCLI")]
    assert all(p.lat is not None and p.geonameid for p in found)


def test_translated_facility_names_resolve() -> None:
    found = names("Putin met Kim at the Oriental Aerospace launcher, then showed him the Eastern launch site.")
    assert [n for _, n, _ in found if n != "Putin"] == ["Vostochny Cosmodrome", "Vostochny Cosmodrome"]
    p = places("The Zaporozhye nuclear power plant lost external power again.")[0]
    assert p.name == "Zaporizhzhia Nuclear Power Plant" and abs(p.lat - 47.5) < 0.1


def test_document_countries_pick_the_namesake() -> None:
    assert ("Moscow", "Moscow", "USA") in names("A storm hit Moscow, Idaho, on Sunday.")
    assert ("Moscow", "Moscow", "RUS") in names("Talks were held in Moscow on Sunday.")


def test_demonyms_name_their_country() -> None:
    found = places("Turkish and Iranian officials spoke about the talks.")
    assert [(p.text, p.country, p.feature) for p in found] == [("Turkish", "TUR", "PCLI"), ("Iranian", "IRN", "PCLI")]
    assert all(p.rule.startswith("demonym") for p in found)


def test_a_demonym_between_article_and_noun_is_not_a_town_of_that_name() -> None:
    [found] = places("Refugees waited for days at the Thai border.")
    assert (found.text, found.country) == ("Thai", "THA") and found.rule.startswith("demonym")


def test_a_place_name_counts_everywhere_in_the_document() -> None:
    text = "Heavy rain fell in Winnipeg and Regina on Monday. The Winnipeg Jets said the Winnipeg game would go ahead."
    found = {p.start: p.rule.split(":")[0] for p in places(text) if p.name == "Winnipeg"}
    # the team's name holds the city's name too (an embedded toponym, as geoparsing corpora mark it)
    assert list(found) == [19, 54, 77] and found[54] == "inner"


def test_city_state_and_upper_case_dateline() -> None:
    assert names("Students gathered in Oxford, N.C., on Friday.")[0] == ("Oxford", "Oxford", "USA")
    found = places("TORRINGTON \u2014 The town council met on Monday.")
    assert found and found[0].name == "Torrington"


def test_offsets_sentence_and_cleanup() -> None:
    doc = get_nlp()("The talks ended. Ships crossed the Strait of Hormuz and North Korea's coast.")
    found = find_places(doc)
    assert [doc.text[p.start:p.end] for p in found] == ["Strait of Hormuz", "North Korea"]
    assert [p.sentence for p in found] == [1, 1]
    assert found[0].feature == "STRT"


def test_aliases_garbled_by_translation() -> None:
    assert names("Shelling was reported in Kiev.") == [("Kiev", "Kyiv", "UKR")]
    assert names("He will visit Komsomolsk on the Amur.")[0][1] == "Komsomolsk-on-Amur"


def test_a_place_inside_an_organisation_s_name() -> None:
    found = places("The Queensland Police Service closed the road.")
    assert [(p.text, p.feature, p.country, p.rule.split(":")[0]) for p in found] == [
        ("Queensland", "ADM1", "AUS", "inner")]


def test_an_unknown_place_name_resolves_by_its_ending() -> None:
    found = places("Youth crime rose in Far North Queensland last year.")
    assert [(p.text, p.name) for p in found] == [("Queensland", "Queensland")]


def test_a_known_multi_word_division_wins_over_the_country_inside_it() -> None:
    found = places("Fires burned in Western Australia on Monday.")
    assert [(p.text, p.feature) for p in found] == [("Western Australia", "ADM1")]


def test_the_words_around_a_town_make_it_a_place() -> None:
    found = names("William Goble, 26, of Edmonton, was arrested. Mourners gathered in Aleppo.")
    assert ("Edmonton", "Edmonton", "CAN") in found and ("Aleppo", "Aleppo", "SYR") in found


def test_names_of_the_document_s_people_stay_people() -> None:
    found = names("Christopher Steele wrote the report. Officials said Steele met them in London.")
    assert [n for t, n, _ in found if t == "Steele"] == []


def test_generic_words_inside_names_are_no_places() -> None:
    assert names("The Central Bank raised rates.") == []


def test_division_names_without_their_type_word() -> None:
    found = places("Floods hit Hunan and Hubei provinces.")
    assert [(p.text, p.feature, p.country) for p in found] == [("Hunan", "ADM1", "CHN"), ("Hubei", "ADM1", "CHN")]


def test_the_city_of_a_million_over_its_namesake_division_and_the_country_over_its_division() -> None:
    assert ("New York", "New York City", "USA") in names("She moved to New York last year.")
    assert [(p.text, p.feature) for p in places("Exports from Mexico rose in May.")] == [("Mexico", "PCLI")]


def test_acronyms_and_region_adjectives() -> None:
    found = places("EU ministers met African and European envoys.")
    assert [(p.text, p.name) for p in found] == [("EU", "European Union"), ("African", "Africa"),
                                                 ("European", "Europe")]
    assert [p.rule.split(":")[0] for p in found][1:] == ["demonym", "demonym"]


def test_an_era_after_a_number_is_no_place_but_an_acronym_before_a_noun_is() -> None:
    found = names("The wall dates from 300 BC, and a billion US dollars went to FrontCounter BC in Nelson.")
    assert [(t, c) for t, _, c in found] == [("US", "USA"), ("BC", "CAN"), ("Nelson", "CAN")]


def test_rivers_and_regions_of_the_news() -> None:
    assert ("Cauvery", "Kaveri", "IND") in names("The states quarrel over the Cauvery water every summer.")
    assert ("Eastern Ghouta", "Eastern Ghouta", "SYR") in names("Shelling hit Eastern Ghouta again on Monday.")


def test_saint_written_short_and_the_arabic_article_left_out() -> None:
    assert ("St. Petersburg", "Saint Petersburg", "RUS") in names(
        "Putin flew from Russia to St. Petersburg after the talks.")
    assert ("Qamishli", "Al Qāmishlī", "SYR") in names("Turkish guns fired on Qamishli near the border.")


def test_a_state_after_its_town_and_among_other_states() -> None:
    assert ("Washington", "Washington", "USA") in names("She runs a bakery in Tacoma, Washington, since 2010.")
    state = [p for p in places("Jobs left California, Idaho, Utah, Oregon or Washington for Texas.")
             if p.text == "Washington"]
    assert state and state[0].feature == "ADM1"
    capital = [p for p in places("Officials in Washington said the talks with Canada had ended.")
               if p.text == "Washington"]
    assert capital and capital[0].feature == "PPLC"


def test_a_country_named_by_its_demonym_beats_a_namesake_state() -> None:
    found = places("The Georgian parliament said Azerbaijan mined the border with Georgia, the US said.")
    assert [p.country for p in found if p.text == "Georgia"] == ["GEO"]


def test_names_in_lists_and_county_addresses() -> None:
    found = names("The chain sold its stores in Zilina, Nitra, Presov and Kosice last year.")
    assert {t for t, _, c in found if c == "SVK"} >= {"Nitra", "Kosice"}
    assert ("Ceredigion", "Ceredigion", "GBR") in names("A man was found on a path near New Quay, Ceredigion.")
    assert ("Kent", "Kent", "GBR") in [(t, n, c) for t, n, c in names("It was the Kent-based team again.")]


def test_a_place_the_model_takes_for_a_person_where_cued() -> None:
    assert ("Oahu", "Oahu", "USA") in names("On Oahu, home to Honolulu, the population declined.")
    assert ("Abuja", "Abuja", "NGA") in names("The Abuja Chamber of Commerce and Industry signed it.")


def test_chinese_calques_of_a_city_name_follow_the_document_countries() -> None:
    russian = names("Russia said the delegation would tour a shipyard in the Communist Qingcheng next week.")
    assert ("Communist Qingcheng", "Komsomolsk-on-Amur", "RUS") in russian
    chinese = names("China opened a new rail depot near the Communist Youth City in Jiangxi province.")
    assert ("Communist Youth City", "Gongqingcheng", "CHN") in chinese


def test_a_world_city_is_not_displaced_by_a_namesake_on_its_country_alone() -> None:
    assert ("London", "London", "GBR") in names("Officials in the United States said prices rose in London.")
    assert ("London", "London", "USA") in names("A barn burned down in London, Ohio, on Sunday.")
    assert ("Rome", "Rome", "ITA") in names("The United States sent its envoy to Rome.")


def test_the_gulf_alone_is_the_persian_gulf() -> None:
    found = names("Iranian boats harassed a tanker in the Gulf, officials in Bahrain said.")
    assert ("Gulf", "Persian Gulf", None) in found
    assert ("Gulf Coast", "Gulf of Mexico", None) in names("The storm reached the Gulf Coast on Monday.")
    assert not [n for n in names("The gulf between the two parties widened.") if n[1] == "Persian Gulf"]


def test_propagation_finds_every_standalone_occurrence_of_a_several_word_name() -> None:
    doc = get_nlp()("New York banned the march. Police in New York said New Yorkers and York residents stayed calm.")
    spans = _propagated(doc, [doc[0:2]], taken=[doc[0:2]])
    assert [(s.text, s.start_char) for s in spans] == [("New York", 37)]


def test_a_place_takes_the_country_table_s_code() -> None:
    found = names("Kosovar police raided a village in Kosovo. Officials in Pristina said two men were held.")
    assert [(text, country) for text, _, country in found] == [("Kosovar", "KSV"), ("Kosovo", "KSV"),
                                                                ("Pristina", "KSV")]


@pytest.mark.parametrize(("row", "message"), [
    ("XK\tKSV\t", "three capital letters"),
    ("XKX\tKOS\t", "not in actors/countries.tsv"),
])
def test_country_codes_loader_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "codes.tsv"
    path.write_text("# codes\ngazetteer\tcode\tnote\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_country_codes(path)
    assert err.value.line == 3 and str(path) in str(err.value) and message in str(err.value)
    assert load_country_codes() == {"XKX": "KSV"}


def test_a_place_said_to_lie_in_a_division_takes_that_division_s_country() -> None:
    text = "Bandits raided the village of Zike in the Kauru area of Kaduna state on Monday."
    found = {p.text: p for p in places(text)}
    assert found["Zike"].country == "NGA" and found["Zike"].lat is None  # not a German namesake
    assert names("Farmers protested in Paris in Texas.")[0] == ("Paris", "Paris", "USA")
