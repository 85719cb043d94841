"""find_places on our own sentences, parsed by the real model."""

from eventcoder.nlp import get_nlp
from eventcoder.places import find_places
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


def test_a_place_name_counts_everywhere_in_the_document() -> None:
    text = "Heavy rain fell in Winnipeg and Regina on Monday. The Winnipeg Jets said the Winnipeg game would go ahead."
    found = [(p.text, p.start) for p in places(text) if p.name == "Winnipeg"]
    assert [start for _, start in found] == [19, 77]  # not inside the team's name


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
