"""TABARI/PETRARCH dictionaries: our own small ones read by hand, and the validation suite when it is there."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventcoder.actors import find_actors, load_knowledge
from eventcoder.actors.knowledge import table_kind
from eventcoder.actors.petrarch import phrase_forms, read_actors, read_agents, sniff
from eventcoder.errors import DataFileError
from eventcoder.nlp import get_nlp

ACTORS = """<!-- a test dictionary
# with a comment block -->
VALDORIA  [VLD]  # a made-up state
+VALDORIAN
KESTREL_ISLANDS_ [KST]
ORLAN_MIRESCU  # a made-up person
\t[VLDMIL < 980101]
\t[VLDGOV 980101 - 20051231]
\t[VLDELI > 20051231]
NORTHERN_FRONT [VLDREB]
MIXED_CODE [AAA/BBB]
"""

AGENTS = """!WORKER! = MINER, DOCKER
HARBOUR_!WORKER! [~LAB]
ADMIRAL [~MIL]
TRUCE_PANEL {} [~GOV]
RELIEF_BODY {RELIEF_BODIES} [NGO~]
CITY [~GOV]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actors_entries_synonyms_and_dated_codes(tmp_path: Path) -> None:
    orgs = {o.name: o for o in read_actors(write(tmp_path, "mine.actors", ACTORS))}
    assert set(orgs) == {"Valdoria", "Kestrel Islands", "Orlan Mirescu", "Northern Front", "Mixed Code"}
    valdoria = orgs["Valdoria"]
    assert "Valdorian" in valdoria.aliases and "Valdorias" in valdoria.aliases  # stem endings
    assert [(t.country, t.agent) for t in valdoria.tenures] == [("VLD", None)]
    assert orgs["Kestrel Islands"].aliases == ()  # a trailing "_" matches exactly
    mirescu = orgs["Orlan Mirescu"]
    assert [(t.agent, t.start, t.end) for t in mirescu.tenures] == [
        ("MIL", None, date(1997, 12, 31)), ("GOV", date(1998, 1, 1), date(2005, 12, 31)),
        ("ELI", date(2006, 1, 1), None)]
    assert mirescu.tenure_on(date(2001, 5, 1)).agent == "GOV"
    assert (orgs["Northern Front"].tenures[0].country, orgs["Northern Front"].tenures[0].agent) == ("VLD", "REB")
    assert orgs["Mixed Code"].tenures[0].country == "AAA"
    assert all(o.user for o in orgs.values())


def test_agents_plurals_substitutions_and_positions(tmp_path: Path) -> None:
    roles = {r.form: r.agent for r in read_agents(write(tmp_path, "mine.agents", AGENTS))}
    assert roles["harbour miner"] == roles["harbour dockers"] == "LAB"
    assert roles["admirals"] == "MIL" and roles["cities"] == "GOV"
    assert "truce panel" in roles and "truce panels" not in roles  # {} means no plural
    assert roles["relief bodies"] == "NGO"


def test_phrase_forms() -> None:
    assert "Argentina" in phrase_forms("ARGENTIN") and "Argentinians" in phrase_forms("ARGENTIN")
    assert phrase_forms("UAE") == ["UAE"]
    assert phrase_forms("NEW_ZEALAND_") == ["New Zealand"]


def test_sniffing_and_kind(tmp_path: Path) -> None:
    plain = write(tmp_path, "dictionary.txt", ACTORS)
    assert sniff(plain) == "actors" and table_kind(plain) == "petrarch-actors"
    assert sniff(write(tmp_path, "roles.txt", AGENTS)) == "agents"
    assert sniff(write(tmp_path, "people.tsv", "name\taliases\nA\tB\n")) is None


def test_bad_code_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.actors", "VALDORIA [VLD]\nKESTREL [KST on 1999]\n")
    with pytest.raises(DataFileError, match=r"bad\.actors:2: code \[KST on 1999\]"):
        read_actors(path)


def test_dictionaries_code_text_and_win_over_shipped_words(tmp_path: Path) -> None:
    actors = write(tmp_path, "mine.actors", ACTORS + "JAPAN [JAP]\n")
    agents = write(tmp_path, "mine.agents", AGENTS)
    knowledge = load_knowledge(extra=[actors, agents])
    doc = get_nlp()("Valdorian admirals met Japan's trade minister. Orlan Mirescu spoke.")
    found = {m.actor.text: m.actor.code for m in find_actors(doc, on=date(2001, 5, 1), knowledge=knowledge)}
    assert found["Valdorian admirals"] == "VLDMIL"
    assert found["Japan's trade minister"] == "JAPGOV"  # the user's code for Japan, not the shipped JPN
    assert found["Orlan Mirescu"] == "VLDGOV"


EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
SUITE = EVAL / "petrarch-validation"
GOLD = EVAL / "dev" / "petr_unittest.gold.jsonl"


@pytest.mark.skipif(not (SUITE / "PETR.Validate.actors.txt").exists() or not GOLD.exists(),
                    reason="the PETRARCH validation suite is not in ../shared/eval")
def test_validation_dictionaries_reproduce_unit_test_actor_codes() -> None:
    """The actor codes of the unit-test records' named actors, coded with the suite's own dictionaries."""
    knowledge = load_knowledge(extra=[SUITE / "PETR.Validate.actors.txt", SUITE / "PETR.Validate.agents.txt"],
                               builtin=False)
    nlp = get_nlp()
    found = total = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        mentions = find_actors(nlp(case["text"]), on=date.fromisoformat(case["pub_date"]), knowledge=knowledge)
        codes = {(m.actor.country or "---") + (m.actor.agent or "") for m in mentions}
        for event in case["events"]:
            for role in ("source", "target"):
                code = (event.get(role) or "") + (event.get(f"{role}_agent") or "")
                if code and code != "---":
                    total += 1
                    found += code in codes
    rate = found / total
    print(f"PETRARCH unit-test actor codes reproduced: {found}/{total} = {rate:.3f}")
    assert total > 600 and rate >= 0.85
