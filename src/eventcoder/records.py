"""Typed records shared by all stages.

Records are plain frozen dataclasses: they leave the NLP stages (``actors``, ``events``,
``places``, ``times``) in place of spaCy objects, and everything downstream (``resolve``,
``dedup``, ``store``, ``server``, ``engines``) sees only them.

Character offsets (``start``/``end``, end exclusive) always refer to the *normalised*
document text unless a field says otherwise; :class:`eventcoder.normalize.Normalized`
maps them back to the original text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Factuality = Literal["asserted", "negated", "future", "hypothetical"]
FACTUALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical")
#: CAMEO's country code for an actor whose country the text does not give ("---REB": rebels of unknown side)
UNKNOWN_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its id, raw text and optional publication date."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # where it came from: "path" or "path:line"

    def __post_init__(self) -> None:
        if self.date is not None and not isinstance(self.date, date):
            raise TypeError(f"Document {self.id!r}: date must be a datetime.date or None, got {self.date!r}; "
                            "pass date.fromisoformat('YYYY-MM-DD')")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the parse, as plain data (for ``explain`` and debugging)."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Actor:
    """Who: a coded actor (CAMEO country + agent type)."""

    text: str  # the words in the text ("Putin", "the Kremlin")
    name: str | None = None  # the canonical name ("Vladimir Putin", "Russia")
    country: str | None = None  # CAMEO/ISO-3 country code or IGO code ("RUS", "IGO")
    agent: str | None = None  # CAMEO agent type ("GOV", "MIL", ...)

    @property
    def known_country(self) -> str | None:
        """The country as written in records: CAMEO's ``---`` for an agent of unknown country ("rebels")."""
        return self.country or (UNKNOWN_COUNTRY if self.agent else None)

    @property
    def code(self) -> str:
        """The CAMEO actor code: country followed by agent type (``RUSGOV``, ``---REB``)."""
        return f"{self.known_country or ''}{self.agent or ''}"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.known_country,
                "agent": self.agent, "code": self.code or None}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in the text, with where and why."""

    actor: Actor
    start: int
    end: int
    sentence: int
    rule: str  # which entry / rule recognised it ("country:RUS:demonym", "person:putin")
    head: int = -1  # token index (in the spaCy doc) of the mention's head, -1 if unknown


@dataclass(frozen=True, slots=True)
class Place:
    """Where: a resolved place name."""

    text: str
    start: int
    end: int
    sentence: int
    name: str | None = None
    country: str | None = None  # the actor tables' country code (ISO 3166 alpha-3; Kosovo KSV)
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # GeoNames feature class/code or our own ("PCLI", "PPLC", "FAC")
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "admin1": self.admin1,
                "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid, "feature": self.feature}


@dataclass(frozen=True, slots=True)
class TimeValue:
    """When: a time expression resolved against the publication date."""

    text: str
    start: int
    end: int
    sentence: int
    value: str | None  # ISO value at its granularity: "2023-09-13", "2023-10", "2023"; None if unresolvable
    rule: str = ""


@dataclass(frozen=True, slots=True)
class EventMatch:
    """What the events stage found in one clause, before date and place are resolved.

    ``clause`` lists the character ranges of the clause the event lives in (its
    predicate's subtree without nested clauses that carry events of their own);
    the resolve stage takes the event's date and place from mentions inside them.
    """

    sentence: int
    evidence: str
    span: tuple[int, int]
    trigger: tuple[int, int]  # character span of the predicate word(s)
    source: Actor | None
    target: Actor | None
    cameo: str
    factuality: Factuality
    rule: str
    cue: str | None = None  # the word that set the factuality ("not", "will")
    attribution: str | None = None
    confidence: float = 0.5
    clause: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: the contract between stages, tools and users (see docs/record.md)."""

    doc_id: str
    sentence: int
    evidence: str
    span: tuple[int, int]
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    quad: int
    goldstein: float
    plover: str | None
    factuality: Factuality
    rule: str
    date: str | None = None
    date_text: str | None = None
    attribution: str | None = None
    location: Place | None = None
    confidence: float = 0.5
    cue: str | None = None
    event_id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.event_id:
            object.__setattr__(self, "event_id", event_id(self))

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of DESIGN.md: nested ``source``/``target``/``location``."""
        d = asdict(self)
        d["span"] = list(self.span)
        d["source"] = self.source.to_dict() if self.source else None
        d["target"] = self.target.to_dict() if self.target else None
        d["location"] = self.location.to_dict() if self.location else None
        order = ["event_id", "doc_id", "sentence", "evidence", "span", "date", "date_text", "source",
                 "target", "cameo", "cameo_root", "quad", "goldstein", "plover", "factuality", "cue",
                 "attribution", "location", "confidence", "rule"]
        return {k: d[k] for k in order}

    def to_flat(self) -> dict[str, Any]:
        """The same record with nested fields flattened (``source_country``, ``location_lat``...)."""
        flat: dict[str, Any] = {}
        for key, value in self.to_dict().items():
            if key in ("source", "target", "location"):
                keys = (ROLE_KEYS if key != "location" else PLACE_KEYS)
                for sub in keys:
                    flat[f"{key}_{sub}"] = value.get(sub) if value else None
            elif key == "span":
                flat["span_start"], flat["span_end"] = value
            else:
                flat[key] = value
        return flat


ROLE_KEYS = ("text", "name", "country", "agent", "code")
PLACE_KEYS = ("text", "name", "country", "admin1", "lat", "lon", "geonameid", "feature")


def event_id(ev: Event) -> str:
    """Stable hash of (doc_id, sentence, source code, target code, cameo)."""
    key = "\x1f".join([ev.doc_id, str(ev.sentence), ev.source.code if ev.source else "",
                       ev.target.code if ev.target else "", ev.cameo])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
