"""Exports: Parquet and CSV of every report, the GDELT 2.0 event table of merged events."""

import csv

import pyarrow.parquet as pq
import pytest

from eventcoder.errors import UsageError
from eventcoder.store.db import open_read_only
from eventcoder.store.export import export, fips_codes, gdelt_columns
from eventcoder.store.files import SCHEMA


def gdelt_rows(path):
    with path.open(encoding="utf-8") as f:
        return [dict(zip(gdelt_columns(), line, strict=True)) for line in csv.reader(f, delimiter="\t")]


def test_gdelt_layout_has_its_61_columns_in_order():
    columns = gdelt_columns()
    assert len(columns) == 61
    assert columns[:3] == ("GLOBALEVENTID", "SQLDATE", "MonthYear") and columns[-2:] == ("DATEADDED", "SOURCEURL")
    assert columns.index("QuadClass") < columns.index("GoldsteinScale") < columns.index("NumMentions")


def test_gdelt_export_writes_one_row_per_merged_event(store_path, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(open_read_only(store_path), out) == 4
    rows = gdelt_rows(out)
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert visit["SQLDATE"] == "20240306" and visit["MonthYear"] == "202403" and visit["Year"] == "2024"
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == ("LAOGOV", "LAO", "GOV")
    assert (visit["Actor2Code"], visit["EventBaseCode"], visit["EventRootCode"]) == ("VNMGOV", "042", "04")
    assert (visit["NumMentions"], visit["NumArticles"], visit["NumSources"]) == ("2", "2", "2")
    assert visit["ActionGeo_CountryCode"] == "VM" and visit["ActionGeo_ADM1Code"] == "VM44"  # FIPS, not ISO
    assert visit["ActionGeo_Type"] == "4" and visit["ActionGeo_FeatureID"] == "1581130"
    assert float(visit["ActionGeo_Lat"]) == pytest.approx(21.02)
    clash = next(r for r in rows if r["EventCode"] == "190")
    assert clash["QuadClass"] == "4" and clash["GoldsteinScale"] == "-10.0"
    assert clash["SOURCEURL"] == "https://news.example/a" and clash["IsRootEvent"] == "0"
    assert clash["AvgTone"] == "" and clash["ActionGeo_FullName"] == ""
    assert all(r["GLOBALEVENTID"].isdigit() for r in rows)


def test_parquet_and_csv_hold_every_report_with_its_cluster(store_path, tmp_path):
    con = open_read_only(store_path)
    assert export(con, tmp_path / "e.parquet") == 5
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == [*SCHEMA.names, "cluster_id", "num_reports"]
    assert sorted(table.column("num_reports").to_pylist()) == [1, 1, 1, 2, 2]
    export(con, tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_text().splitlines()[0].startswith('"event_id","doc_id"')


def test_fips_table_maps_iso3_codes():
    fips = fips_codes()
    assert (fips["DEU"], fips["RUS"], fips["PRK"], fips["GBR"]) == ("GM", "RS", "KN", "UK")


def test_unknown_export_format_is_a_usage_error(store_path, tmp_path):
    with pytest.raises(UsageError, match="export format"):
        export(open_read_only(store_path), tmp_path / "out.xlsx")


def test_an_unknown_country_is_left_empty_in_gdelt():
    from eventcoder.store.export import _actor_fields

    row = {"source_code": "---REB", "source_country": "---", "source_agent": "REB", "source_text": "rebels"}
    fields = _actor_fields("Actor1", row, "source")
    assert fields["Actor1Code"] == "---REB" and "Actor1CountryCode" not in fields


@pytest.mark.parametrize(("agent", "group", "kind"), [("UNOMIL", "UNO", "MIL"), ("UNO", "UNO", None),
                                                      ("HRI", None, "HRI")])
def test_an_international_body_splits_into_known_group_and_type(agent, group, kind):
    from eventcoder.store.export import _actor_fields

    row = {"source_code": f"IGO{agent}", "source_country": "IGO", "source_agent": agent, "source_text": "UN troops"}
    fields = _actor_fields("Actor1", row, "source")
    assert (fields["Actor1KnownGroupCode"], fields["Actor1Type1Code"]) == (group, kind)
