"""Actor knowledge: the country, organisation, people and role tables, read and validated.

Each table of ``data/actors/`` has one loader here that turns its rows into typed records and
raises :class:`~eventcoder.errors.DataFileError` (file and line) on a bad row. :func:`load_knowledge`
gathers the shipped tables, plus any user tables, into one :class:`ActorKnowledge`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from eventcoder.errors import DataFileError
from eventcoder.tables import Row, data_path, read_table

#: country codes that are not states: international bodies, NGOs, international militarised groups
SPECIAL_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})

COUNTRY_COLUMNS = ("code", "name", "names", "adjectives", "capitals", "seats")
ORGANIZATION_COLUMNS = ("id", "name", "aliases", "country", "agent", "from", "to")
PEOPLE_COLUMNS = ("name", "aliases", "coref", "country", "agent", "office", "from", "to")
ROLE_COLUMNS = ("forms", "agent", "weak")  # optional: person
ANAPHOR_COLUMNS = ("forms", "refers")
ANAPHOR_KINDS = ("person", "thing", "group", "country", "land", "body", "bloc")
AGENT_TYPE_COLUMNS = ("code", "meaning")

_CODE3 = re.compile(r"[A-Z]{3}")
_BODY_CODE = re.compile(r"[A-Z0-9]{2,15}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Country:
    """A country or territory and the words that name it."""

    code: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    residents: bool = False  # the plural demonym names residents of any origin ("Turkish Cypriots" -> CYP)
    peoples: tuple[str, ...] = ()  # peoples living in this state alone, named like demonyms ("Yoruba" -> NGA)


@dataclass(frozen=True, slots=True)
class Tenure:
    """One coding of a person or organisation over a period (dates inclusive, None = open)."""

    country: str
    agent: str | None
    office: str = ""
    start: date | None = None
    end: date | None = None
    key: str = ""  # the organisation row id, empty for people

    def valid_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def distance(self, on: date) -> int:
        """Days from ``on`` to the nearest day of this period (0 inside it)."""
        if self.start is not None and on < self.start:
            return (self.start - on).days
        if self.end is not None and on > self.end:
            return (on - self.end).days
        return 0


def pick_tenure(tenures: Sequence[Tenure], on: date | None) -> Tenure:
    """The tenure valid on ``on`` (the first listed if several); the latest one if ``on`` is None;
    the nearest in time if none is valid."""
    if on is None:
        return max(tenures, key=lambda t: (t.end is None, t.start or date.min, t.end or date.max))
    valid = [t for t in tenures if t.valid_on(on)]
    if valid:
        return valid[0]
    return min(tenures, key=lambda t: t.distance(on))


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with the offices held over time."""

    name: str
    aliases: tuple[str, ...]
    coref: tuple[str, ...]
    tenures: tuple[Tenure, ...]
    user: bool = False  # from a user's file: wins over shipped entries of the same words

    def tenure_on(self, on: date | None) -> Tenure:
        return pick_tenure(self.tenures, on)


@dataclass(frozen=True, slots=True)
class Organization:
    """A named organisation (IGO, NGO, armed group, state body) with its codings over time."""

    name: str
    aliases: tuple[str, ...]
    tenures: tuple[Tenure, ...]
    user: bool = False

    def tenure_on(self, on: date | None) -> Tenure:
        return pick_tenure(self.tenures, on)


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun or phrase and the agent type it gives."""

    form: str
    agent: str
    weak: bool = False
    person: bool = False  # the form names one person ("minister"), not a body ("ministry")
    user: bool = False


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A pronoun or definite noun that refers back to an actor named earlier ("he", "the country")."""

    form: str
    refers: str  # person, thing, group, country, land, body or bloc


@dataclass(frozen=True, eq=False)
class ActorKnowledge:
    """Everything the recognizer knows; compared and hashed by identity (used as a cache key)."""

    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    people: tuple[Person, ...]
    roles: tuple[Role, ...]
    agent_types: frozenset[str]
    by_code: dict[str, Country] = field(default_factory=dict)
    anaphors: tuple[Anaphor, ...] = ()

    def __post_init__(self) -> None:
        self.by_code.update({c.code: c for c in self.countries})


# ---------------------------------------------------------------- field checks


def _date(row: Row, column: str) -> date | None:
    text = row[column]
    if not text:
        return None
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise row.error(f"column {column!r}: {text!r} is not a date; expected YYYY-MM-DD or empty") from None


def _required(row: Row, column: str) -> str:
    value = row[column]
    if not value:
        raise row.error(f"column {column!r} is empty; every row needs one")
    return value


def _check_agent(row: Row, agent: str, country: str, agent_types: frozenset[str]) -> str | None:
    """An agent value: a chain of known 3-letter types, or (IGO/NGO) a body code."""
    if not agent:
        return None
    if country in ("IGO", "NGO"):
        if not _BODY_CODE.fullmatch(agent):
            raise row.error(f"agent {agent!r}: expected 2-15 capital letters or digits for an {country} body")
        return agent
    parts = [agent[i:i + 3] for i in range(0, len(agent), 3)]
    unknown = [p for p in parts if p not in agent_types]
    if len(agent) % 3 or unknown:
        raise row.error(f"agent {agent!r}: expected one or more agent types of agent_types.tsv "
                        f"(GOV, MIL, REB...), unknown {', '.join(unknown) or agent}")
    return agent


def _check_country(row: Row, code: str, known: Iterable[str]) -> str:
    if code not in SPECIAL_COUNTRIES and code not in known:
        specials = ", ".join(sorted(SPECIAL_COUNTRIES))
        raise row.error(f"country {code!r} is not in countries.tsv nor one of {specials}")
    return code


def _tenure(row: Row, countries: Iterable[str], agent_types: frozenset[str], *, office: str = "",
            key: str = "") -> Tenure:
    country = _check_country(row, _required(row, "country"), countries)
    agent = _check_agent(row, row["agent"], country, agent_types)
    start, end = _date(row, "from"), _date(row, "to")
    if start and end and end < start:
        raise row.error(f"'to' {end} is before 'from' {start}")
    return Tenure(country, agent, office, start, end, key)


# ---------------------------------------------------------------- loaders, one per table


def load_agent_types(path: str | Path) -> frozenset[str]:
    """The agent type codes of an ``agent_types.tsv`` table."""
    codes = set()
    for row in read_table(path, required=AGENT_TYPE_COLUMNS):
        code = _required(row, "code")
        if not _CODE3.fullmatch(code):
            raise row.error(f"agent type {code!r}: expected three capital letters")
        codes.add(code)
    return frozenset(codes)


def load_countries(path: str | Path, *, seen: Iterable[str] = ()) -> list[Country]:
    """Countries of a ``countries.tsv`` table; codes must be new (not in ``seen``) and unique."""
    taken = set(seen)
    countries = []
    for row in read_table(path, required=COUNTRY_COLUMNS):
        code = _required(row, "code")
        if not _CODE3.fullmatch(code):
            raise row.error(f"country code {code!r}: expected three capital letters (ISO 3166 alpha-3)")
        if code in taken:
            raise row.error(f"country code {code} appears twice")
        taken.add(code)
        countries.append(Country(code, _required(row, "name"), tuple(row.values("names")),
                                 tuple(row.values("adjectives")), tuple(row.values("capitals")),
                                 tuple(row.values("seats")), tuple(row.values("regions")),
                                 _yes_no(row, "residents"), tuple(row.values("peoples"))))
    return countries


def load_organizations(path: str | Path, *, countries: Iterable[str],
                       agent_types: frozenset[str], user: bool = False) -> list[Organization]:
    """Organisations of an ``organizations.tsv`` table, rows of one name pooled."""
    known = set(countries)
    grouped: dict[str, tuple[list[str], list[Tenure]]] = {}
    for row in read_table(path, required=ORGANIZATION_COLUMNS):
        key, name = _required(row, "id"), _required(row, "name")
        aliases, tenures = grouped.setdefault(name, ([], []))
        aliases.extend(a for a in row.values("aliases") if a not in aliases)
        tenures.append(_tenure(row, known, agent_types, key=key))
    return [Organization(name, tuple(a), tuple(t), user) for name, (a, t) in grouped.items()]


def load_people(path: str | Path, *, countries: Iterable[str], agent_types: frozenset[str],
                user: bool = False) -> list[Person]:
    """People of a ``people.tsv`` table, rows of one name pooled."""
    known = set(countries)
    grouped: dict[str, tuple[list[str], list[str], list[Tenure]]] = {}
    for row in read_table(path, required=PEOPLE_COLUMNS):
        name = _required(row, "name")
        aliases, coref, tenures = grouped.setdefault(name, ([], [], []))
        aliases.extend(a for a in row.values("aliases") if a not in aliases)
        coref.extend(c for c in row.values("coref") if c not in coref)
        tenures.append(_tenure(row, known, agent_types, office=row["office"]))
    return [Person(name, tuple(a), tuple(c), tuple(t), user) for name, (a, c, t) in grouped.items()]


def load_roles(path: str | Path, *, agent_types: frozenset[str], user: bool = False) -> list[Role]:
    """Role words of an ``agents.tsv`` table."""
    roles = []
    for row in read_table(path, required=ROLE_COLUMNS):
        forms = row.values("forms")
        if not forms:
            raise row.error("column 'forms' is empty; every row needs at least one word")
        agent = _required(row, "agent")
        if agent not in agent_types:
            raise row.error(f"agent {agent!r} is not an agent type of agent_types.tsv")
        weak, person = _yes_no(row, "weak"), _yes_no(row, "person")
        roles.extend(Role(form, agent, weak, person, user) for form in forms)
    return roles


def _yes_no(row: Row, column: str) -> bool:
    value = row[column].lower()
    if value not in ("", "yes", "no"):
        raise row.error(f"column {column!r}: {row[column]!r}; expected yes, no or empty")
    return value == "yes"


def load_anaphors(path: str | Path) -> list[Anaphor]:
    """Pronouns and definite nouns of an ``anaphors.tsv`` table."""
    anaphors = []
    for row in read_table(path, required=ANAPHOR_COLUMNS):
        refers = _required(row, "refers")
        if refers not in ANAPHOR_KINDS:
            raise row.error(f"column 'refers': {refers!r}; expected one of {', '.join(ANAPHOR_KINDS)}")
        anaphors.extend(Anaphor(form.lower(), refers) for form in row.values("forms"))
    return anaphors


# ---------------------------------------------------------------- the registry


def table_kind(path: str | Path) -> str:
    """Which kind of actor file a path is: countries, organizations, people or agents (our tables, told by
    their header), or petrarch-actors / petrarch-agents (TABARI/PETRARCH dictionaries, told by the file
    name or their content)."""
    from eventcoder.actors import petrarch  # it builds this module's records

    dictionary = petrarch.sniff(path)
    if dictionary == "verbs":
        raise DataFileError(str(path), "a TABARI/PETRARCH .verbs dictionary, not an actor file; give it as a "
                            "verb pattern file (--verbs)")
    if dictionary is not None:
        return f"petrarch-{dictionary}"
    for row in read_table(path):
        columns = set(row.fields)
        break
    else:
        columns = set()
    kinds = {"countries": COUNTRY_COLUMNS, "organizations": ORGANIZATION_COLUMNS,
             "people": PEOPLE_COLUMNS, "agents": ROLE_COLUMNS}
    for kind, required in kinds.items():
        if columns and set(required) <= columns:
            return kind
    raise DataFileError(str(path), "not an actor table: the header must have the columns of countries.tsv, "
                        "organizations.tsv, people.tsv or agents.tsv (and at least one row)")


def load_knowledge(*, extra: Sequence[str | Path] = (), builtin: bool = True) -> ActorKnowledge:
    """The shipped actor tables plus ``extra`` user files: our tables (kind told by their header) or
    TABARI/PETRARCH ``.actors`` / ``.agents`` dictionaries. User entries win over shipped ones for the
    same words. ``builtin=False`` leaves out the shipped countries, organisations, people and roles.

    Without ``extra`` the result is cached for the process.
    """
    if not extra and builtin:
        return _default_knowledge()
    return _build(tuple(Path(p) for p in extra), builtin=builtin)


@lru_cache(maxsize=1)
def _default_knowledge() -> ActorKnowledge:
    return _build((), builtin=True)


def _build(extra: tuple[Path, ...], *, builtin: bool) -> ActorKnowledge:
    kinds = ("countries", "organizations", "people", "agents", "petrarch-actors", "petrarch-agents")
    by_kind: dict[str, list[Path]] = {kind: [] for kind in kinds}
    for path in extra:
        by_kind[table_kind(path)].append(path)
    from eventcoder.actors import petrarch

    agent_types = load_agent_types(data_path("actors/agent_types.tsv"))
    shipped = (lambda name: [data_path(f"actors/{name}.tsv")]) if builtin else (lambda name: [])
    # the shipped country codes are always known: other tables' rows are checked against them
    known = load_countries(data_path("actors/countries.tsv"))
    added: list[Country] = []
    for path in by_kind["countries"]:
        added.extend(load_countries(path, seen=[c.code for c in known + added]))
    countries = (known if builtin else []) + added
    codes = [c.code for c in known + added]
    organizations, people, roles = [], [], []
    for path in shipped("organizations") + by_kind["organizations"]:
        organizations.extend(load_organizations(path, countries=codes, agent_types=agent_types,
                                                user=path in extra))
    for path in by_kind["petrarch-actors"]:
        organizations.extend(petrarch.read_actors(path))
    for path in shipped("people") + by_kind["people"]:
        people.extend(load_people(path, countries=codes, agent_types=agent_types, user=path in extra))
    for path in shipped("agents") + by_kind["agents"]:
        roles.extend(load_roles(path, agent_types=agent_types, user=path in extra))
    for path in by_kind["petrarch-agents"]:
        roles.extend(petrarch.read_agents(path))
    anaphors = load_anaphors(data_path("actors/anaphors.tsv"))
    return ActorKnowledge(tuple(countries), tuple(organizations), tuple(people), tuple(roles), agent_types,
                          anaphors=tuple(anaphors))
