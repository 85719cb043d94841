"""The ``actors`` command and the ``--actors`` option, through the CLI with the real model."""

import json

from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()


def test_actors_lists_codes_and_why():
    result = runner.invoke(app, ["actors", "Kremlin spokesman Peskov said he was pleased.", "--date",
                                 "2023-09-13", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    by_text = {r["text"]: r for r in rows}
    assert by_text["Kremlin spokesman Peskov"]["code"] == "RUSGOV"
    assert "person:Dmitry Peskov" in by_text["Kremlin spokesman Peskov"]["rule"]
    assert by_text["he"]["rule"].startswith("coref:he:")


def test_actors_option_adds_a_user_dictionary(tmp_path):
    dictionary = tmp_path / "mine.actors"
    dictionary.write_text("ZORAVIA [ZRV]\n+ZORAVIAN\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "Zoravian troops crossed the river.", "--actors", str(dictionary)])
    assert result.exit_code == 0, result.output
    assert "ZRVMIL" in result.output
    coded = runner.invoke(app, ["code", "-", "--actors", str(dictionary)],
                          input="Zoravia condemned Chile for the arrests.\n")
    assert coded.exit_code == 0, coded.output
    assert '"country": "ZRV"' in coded.output


def test_bad_actor_file_is_one_line_error(tmp_path):
    bad = tmp_path / "bad.actors"
    bad.write_text("ZORAVIA [ZRV on Monday]\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "Zoravia spoke.", "--actors", str(bad)])
    assert result.exit_code == 2
    assert "bad.actors:1" in result.output
