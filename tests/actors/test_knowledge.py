"""The actor tables load, and a bad row is reported with its file and line."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventcoder.actors.knowledge import (
    Person,
    Tenure,
    load_countries,
    load_knowledge,
    load_people,
    load_roles,
    table_kind,
)
from eventcoder.errors import DataFileError
from eventcoder.tables import data_path, read_table

TYPES = frozenset({"GOV", "MIL", "OPP"})
PEOPLE_HEADER = "name\taliases\tcoref\tcountry\tagent\toffice\tfrom\tto\n"


def write(tmp_path: Path, text: str, name: str = "table.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_country_codes_are_unique_and_three_letters() -> None:
    codes = [row["code"] for row in read_table(data_path("actors/countries.tsv"))]
    assert len(codes) > 190
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert len(codes) == len(set(codes))


def test_shipped_tables_load() -> None:
    knowledge = load_knowledge()
    assert {"RUS", "PRK", "KOR", "PSE", "TWN", "KSV", "HKG", "ESH"} <= set(knowledge.by_code)
    assert len(knowledge.people) >= 120
    assert len(knowledge.roles) >= 150
    assert load_knowledge() is knowledge  # cached


@pytest.mark.parametrize(("row", "message"), [
    ("Ann Example\t\t\tXXX\tGOV\tpresident\t2020-01-01\t\n", "country 'XXX'"),
    ("Ann Example\t\t\tRUS\tGOV\tpresident\t2020-13-01\t\n", "not a date"),
    ("Ann Example\t\t\tRUS\tFOO\tpresident\t\t\n", "agent 'FOO'"),
    ("\t\t\tRUS\tGOV\tpresident\t\t\n", "column 'name' is empty"),
    ("Ann Example\t\t\tRUS\tGOV\tpresident\t2020-01-01\t2019-01-01\n", "before"),
])
def test_bad_people_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, "# a comment\n" + PEOPLE_HEADER + "Bo Example\t\t\tRUS\tGOV\tminister\t\t\n" + row)
    with pytest.raises(DataFileError, match=re.escape(message)) as info:
        load_people(path, countries=["RUS"], agent_types=TYPES)
    assert info.value.line == 4
    assert str(info.value).startswith(f"{path}:4:")


def test_bad_country_code_and_duplicate(tmp_path: Path) -> None:
    header = "code\tname\tnames\tadjectives\tcapitals\tseats\n"
    with pytest.raises(DataFileError, match="three capital letters") as info:
        load_countries(write(tmp_path, header + "Rus\tRussia\n"))
    assert info.value.line == 2
    with pytest.raises(DataFileError, match="appears twice"):
        load_countries(write(tmp_path, header + "RUS\tRussia\nRUS\tRussia again\n"))


def test_role_agent_must_be_known(tmp_path: Path) -> None:
    path = write(tmp_path, "forms\tagent\tweak\nsoldier|soldiers\tMIL\n\ncook\tCHF\n")
    with pytest.raises(DataFileError, match="agent 'CHF'") as info:
        load_roles(path, agent_types=TYPES)
    assert info.value.line == 4


def test_office_depends_on_date() -> None:
    person = Person("Ann Example", (), (), (
        Tenure("RUS", "OPP", "opposition leader", date(2015, 1, 1), date(2019, 12, 31)),
        Tenure("RUS", "GOV", "president", date(2020, 1, 1), None),
    ))
    assert person.tenure_on(date(2016, 5, 1)).agent == "OPP"
    assert person.tenure_on(date(2021, 5, 1)).agent == "GOV"
    assert person.tenure_on(None).office == "president"  # the latest
    assert person.tenure_on(date(2010, 1, 1)).office == "opposition leader"  # the nearest


def test_people_rows_of_one_name_are_pooled(tmp_path: Path) -> None:
    path = write(tmp_path, PEOPLE_HEADER + "Ann Example\tExample\t\tRUS\tOPP\tleader\t\t2019-12-31\n"
                 "Ann Example\t\tAnn\tRUS\tGOV\tpresident\t2020-01-01\t\n")
    [person] = load_people(path, countries=["RUS"], agent_types=TYPES)
    assert person.aliases == ("Example",) and person.coref == ("Ann",)
    assert [t.agent for t in person.tenures] == ["OPP", "GOV"]


def test_extra_user_table_is_added(tmp_path: Path) -> None:
    path = write(tmp_path, PEOPLE_HEADER + "Zed Imaginary\tImaginary\t\tFRA\tGOV\tmayor\t\t\n")
    assert table_kind(path) == "people"
    knowledge = load_knowledge(extra=[path])
    assert "Zed Imaginary" in {p.name for p in knowledge.people}
    assert knowledge is not load_knowledge()


def test_unknown_table_kind(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not an actor table"):
        load_knowledge(extra=[write(tmp_path, "a\tb\n1\t2\n")])


def test_builtin_knowledge_sizes() -> None:
    knowledge = load_knowledge()
    assert len({r.form.lower() for r in knowledge.roles}) >= 200
    assert len(knowledge.people) >= 600
    assert sum(any(t.start for t in p.tenures) for p in knowledge.people) >= 600  # with terms of office
    assert {a.refers for a in knowledge.anaphors} == {"person", "thing", "group", "country", "land", "body", "bloc"}
    person = {r.form: r.person for r in knowledge.roles}
    assert person["minister"] and not person["ministry"]


def test_without_builtin_tables_only_user_entries_are_known(tmp_path: Path) -> None:
    path = write(tmp_path, PEOPLE_HEADER + "Zed Imaginary\t\t\tFRA\tGOV\tmayor\t\t\n")
    knowledge = load_knowledge(extra=[path], builtin=False)
    assert [p.name for p in knowledge.people] == ["Zed Imaginary"] and knowledge.people[0].user
    assert not knowledge.countries and not knowledge.roles


def test_bad_role_flag_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "forms\tagent\tweak\tperson\nsheriff\tGOV\t\tperhaps\n")
    with pytest.raises(DataFileError, match=r"table\.tsv:2: column 'person'"):
        load_roles(path, agent_types=TYPES)


def test_regions_column_is_optional(tmp_path: Path) -> None:
    header = "code\tname\tnames\tadjectives\tcapitals\tseats\tregions\n"
    [first, second] = load_countries(write(tmp_path, header + "SDN\tSudan\t\tSudanese\tKhartoum\t\tDarfur|Kordofan\n"
                                                              "CHL\tChile\n"))
    assert first.regions == ("Darfur", "Kordofan") and second.regions == ()
    assert not first.residents and not second.residents


def test_residents_flag_is_read_and_checked(tmp_path: Path) -> None:
    header = "code\tname\tnames\tadjectives\tcapitals\tseats\tregions\tresidents\n"
    [cyprus] = load_countries(write(tmp_path, header + "CYP\tCyprus\t\tCypriot\tNicosia\t\t\tyes\n"))
    assert cyprus.residents
    with pytest.raises(DataFileError, match=r"table\.tsv:2: column 'residents'"):
        load_countries(write(tmp_path, header + "CYP\tCyprus\t\tCypriot\tNicosia\t\t\tmaybe\n"))
