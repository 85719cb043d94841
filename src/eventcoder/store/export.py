"""Exports from a store: Parquet and CSV (the flat record of every report, with its cluster), and the
GDELT 2.0 event table (one row per merged event; tab-separated like GDELT's own files).

The GDELT columns and what fills them are listed in ``data/store/gdelt_columns.tsv``; GDELT writes FIPS
10-4 country codes in its geo fields, mapped from ISO-3 by ``data/store/fips_countries.tsv``.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from eventcoder.actors.knowledge import load_agent_types
from eventcoder.errors import UsageError
from eventcoder.records import UNKNOWN_COUNTRY
from eventcoder.store.files import SCHEMA
from eventcoder.tables import data_path, read_table

EXPORT_FORMATS = ("parquet", "csv", "gdelt")


@lru_cache(maxsize=1)
def _agent_types() -> frozenset[str]:
    return load_agent_types(data_path("actors/agent_types.tsv"))


@lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The GDELT 2.0 event table's columns, in file order."""
    rows = list(read_table(data_path("store/gdelt_columns.tsv"), required=("column", "fill")))
    names = tuple(row["column"] for row in rows)
    if len(set(names)) != len(names):
        raise rows[0].error("duplicate column names in the GDELT column list")
    return names


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 country code."""
    table: dict[str, str] = {}
    for row in read_table(data_path("store/fips_countries.tsv"), required=("iso3", "fips")):
        if len(row["iso3"]) != 3 or len(row["fips"]) != 2:
            raise row.error(f"expected a 3-letter and a 2-letter code, got {row['iso3']!r} {row['fips']!r}")
        table[row["iso3"]] = row["fips"]
    return table


def export(con: duckdb.DuckDBPyConnection, path: str | Path, *, fmt: str | None = None) -> int:
    """Write the store to ``path`` as ``fmt`` (default: from the extension); return the rows written."""
    path = Path(path)
    fmt = fmt or {".parquet": "parquet", ".csv": "csv", ".tsv": "gdelt"}.get(path.suffix.lower())
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"{path}: cannot tell the export format; name a .parquet, .csv or .tsv file or pass "
                         f"a format ({', '.join(EXPORT_FORMATS)})")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt":
        return write_gdelt(con, path)
    columns = ", ".join([*SCHEMA.names, "cluster_id", "num_reports"])
    table = con.sql(f"SELECT {columns} FROM reports ORDER BY doc_id, sentence, event_id").to_arrow_table()
    if fmt == "parquet":
        pq.write_table(table, path)
    else:
        pacsv.write_csv(table, path)
    return table.num_rows


def write_gdelt(con: duckdb.DuckDBPyConnection, path: Path, *, header: bool = False) -> int:
    """Write merged events in the GDELT 2.0 event table layout (tab-separated, no header unless asked)."""
    rows = con.sql("SELECT * FROM merged_events ORDER BY day, cluster_id").to_arrow_table().to_pylist()
    columns = gdelt_columns()
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if header:
            writer.writerow(columns)
        for row in rows:
            record = gdelt_row(row)
            writer.writerow([_cell(record.get(name)) for name in columns])
    return len(rows)


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """The GDELT fields of one merged-event row (columns not returned stay empty)."""
    day: date | None = row.get("day")
    out: dict[str, Any] = {
        "GLOBALEVENTID": int(row["cluster_id"][:15], 16),
        "IsRootEvent": int(row.get("first_sentence", row["sentence"]) == 0),
        "EventCode": row["cameo"], "EventBaseCode": row["cameo"][:3], "EventRootCode": row["cameo_root"],
        "QuadClass": row["quad"], "GoldsteinScale": row["goldstein"],
        "NumMentions": row.get("num_mentions", 1), "NumSources": row.get("num_sources", 1),
        "NumArticles": row.get("num_articles", 1),
        "DATEADDED": row["stored_at"].strftime("%Y%m%d%H%M%S") if isinstance(row.get("stored_at"), datetime) else None,
        "SOURCEURL": row.get("doc_url") or row["doc_id"],
    }
    if day is not None:
        out.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=round(day.year + (day.timetuple().tm_yday - 1) / 365, 4))
    for n, role in ((1, "source"), (2, "target")):
        out.update(_actor_fields(f"Actor{n}", row, role))
    out.update(_geo_fields("ActionGeo", row))
    return out


def _actor_fields(prefix: str, row: dict[str, Any], role: str) -> dict[str, Any]:
    code, country = row.get(f"{role}_code"), row.get(f"{role}_country")
    if not code:
        return {}
    name = row.get(f"{role}_name") or row.get(f"{role}_text")
    agent = row.get(f"{role}_agent") or ""
    fields = {f"{prefix}Code": code, f"{prefix}Name": name.upper() if name else None, f"{prefix}Type1Code": agent}
    if country == "IGO" or country == "NGO":  # the rest of the code is a body, then maybe a type: UNO + MIL
        kind = agent[-3:] if agent[-3:] in _agent_types() else None
        fields[f"{prefix}KnownGroupCode"] = agent[:3] if agent[:3] != kind else None
        fields[f"{prefix}Type1Code"] = kind
    elif country != UNKNOWN_COUNTRY:  # GDELT leaves an unknown country empty
        fields[f"{prefix}CountryCode"] = country
    return fields


def _geo_fields(prefix: str, row: dict[str, Any]) -> dict[str, Any]:
    lat, lon = row.get("location_lat"), row.get("location_lon")
    if lat is None or lon is None:
        return {f"{prefix}_Type": 0}
    iso3, feature, admin1 = row.get("location_country"), row.get("location_feature") or "", row.get("location_admin1")
    fips = fips_codes().get(iso3 or "")
    us = iso3 == "USA"
    if feature.startswith("PCL"):
        kind = 1
    elif feature.startswith("ADM1"):
        kind = 2 if us else 5
    else:
        kind = 3 if us else 4
    parts = [row.get("location_name") or row.get("location_text"), admin1 if kind != 1 else None, iso3]
    adm1 = fips + admin1 if fips and admin1 and kind != 1 else fips
    return {f"{prefix}_Type": kind, f"{prefix}_FullName": ", ".join(p for p in parts if p),
            f"{prefix}_CountryCode": fips, f"{prefix}_ADM1Code": adm1, f"{prefix}_Lat": lat, f"{prefix}_Long": lon,
            f"{prefix}_FeatureID": row.get("location_geonameid")}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ")

