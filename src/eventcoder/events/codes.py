"""The CAMEO event code table: name, Goldstein weight, quad class, root and PLOVER type of every code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventcoder.errors import UsageError
from eventcoder.tables import Row, data_path, read_table

CODES_FILE = "events/cameo_codes.tsv"
COLUMNS = ("code", "root", "quad", "goldstein", "plover", "name")
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
                          "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
                          "ASSAULT"})
_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO event code and what it stands for."""

    code: str
    name: str
    goldstein: float
    quad: int
    root: str
    plover: str | None


def quad_of(root: str) -> int:
    """Quad class of a root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def _parse_row(row: Row) -> CodeInfo:
    code, root = row["code"], row["root"]
    if not _CODE.match(code) or not 1 <= int(code[:2]) <= 20:
        raise row.error(f"bad CAMEO code {code!r}: expected 2 to 4 digits with a root 01..20")
    if root != code[:2]:
        raise row.error(f"root {root!r} is not the first two digits of code {code}")
    try:
        quad, goldstein = int(row["quad"]), float(row["goldstein"])
    except ValueError:
        raise row.error(f"quad {row['quad']!r} / goldstein {row['goldstein']!r}: expected numbers") from None
    if quad != quad_of(root):
        raise row.error(f"quad {quad} does not fit root {root} (expected {quad_of(root)})")
    if not -10.0 <= goldstein <= 10.0:
        raise row.error(f"goldstein {goldstein} outside -10..10")
    plover = row["plover"] or None
    if plover is not None and plover not in PLOVER_TYPES:
        raise row.error(f"unknown PLOVER type {plover!r}; expected one of {', '.join(sorted(PLOVER_TYPES))}")
    if not row["name"]:
        raise row.error(f"code {code} has no name")
    return CodeInfo(code, row["name"], goldstein, quad, root, plover)


def load_codes(path: str | Path) -> dict[str, CodeInfo]:
    """Read and validate a code table; every code's root must be in it too."""
    codes: dict[str, CodeInfo] = {}
    rows: dict[str, Row] = {}
    for row in read_table(path, required=COLUMNS):
        info = _parse_row(row)
        if info.code in codes:
            raise row.error(f"duplicate code {info.code} (first on line {rows[info.code].line})")
        codes[info.code], rows[info.code] = info, row
    for code, row in rows.items():
        if code[:2] not in codes:
            raise row.error(f"code {code} has no root row {code[:2]}")
    return codes


@lru_cache(maxsize=1)
def _shipped() -> dict[str, CodeInfo]:
    return load_codes(data_path(CODES_FILE))


def lookup(cameo: str) -> CodeInfo:
    """The :class:`CodeInfo` of a CAMEO event code (``"042"``); UsageError if there is no such code."""
    try:
        return _shipped()[cameo]
    except KeyError:
        raise UsageError(f"unknown CAMEO event code {cameo!r}: expected one of the codes in "
                         f"{CODES_FILE} such as '042'") from None


def all_codes() -> list[CodeInfo]:
    """Every code of the shipped table, in table order."""
    return list(_shipped().values())


def is_code(cameo: str) -> bool:
    """Whether ``cameo`` is a known event code."""
    return cameo in _shipped()
