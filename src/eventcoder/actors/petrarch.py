"""Readers for TABARI/PETRARCH dictionaries, so users keep the ``.actors`` and ``.agents`` files they have
(``.verbs`` files are read by :mod:`eventcoder.events.petrarch`; :func:`sniff` tells all three apart).

Both formats are line-based; ``#`` starts a comment and ``<!-- ... -->`` blocks are comments too.

``.actors``: an entry is a phrase (words joined by ``_`` or spaces), its code in brackets on the same
line or on the indented lines below, and its synonyms on following lines starting with ``+``::

    NORTH_KOREA  [PRK]
    +PYONGYANG
    SOME_PERSON
        [ABCMIL < 950601]          before 1 June 1995
        [ABCGOV 950601 - 990815]   between the two dates (inclusive)
        [ABCELI > 990815]          after the date
        [ABC]                      otherwise

A phrase that does not end in ``_`` matches words that *begin* with its last word (``ARGENTIN`` covers
Argentina, Argentine, Argentinian): we read that as the stem plus common English endings (see ``ENDINGS``;
stems under four letters match exactly). Each entry becomes an
:class:`~eventcoder.actors.knowledge.Organization` whose tenures are its codes: the first three letters are
the country, the rest the agent (``---`` is an unknown country).

``.agents``: ``PHRASE {PLURALS} [~AGENT]`` (``{}``: no plural; without braces a regular English plural
is made), ``[AGENT~]`` for agents that come first in PETRARCH codes (we keep just the agent), and
substitution sets ``!NAME! = WORD, WORD`` used inside phrases. Each form becomes a
:class:`~eventcoder.actors.knowledge.Role`.

Codes are taken as written: a user's dictionary defines its own code scheme, so they are not checked
against our country and agent tables. Of a code naming several actors (``ABC/DEF``) the first is kept.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import product
from pathlib import Path

from eventcoder.actors.knowledge import Organization, Role, Tenure
from eventcoder.errors import DataFileError

#: endings added to a stem entry (one not ending in "_") to cover the words that begin with it
ENDINGS = ("", "s", "es", "a", "as", "e", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ish",
           "ia", "ic", "y")
MIN_STEM = 4

_XML_COMMENT = re.compile(r"<!--.*?-->|<![^>]*>", re.S)
_CODE = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(r"^(\S+)\s*(?:(<|>)\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?$")
_VERB_BLOCK = re.compile(r"^---\s*\S+\s*\[[^\]]*\]\s*---$")  # "--- VERB [CODE] ---" opens a .verbs block
_SUBSTITUTION = re.compile(r"^(![A-Za-z0-9]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^([^{\[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Za-z0-9]+)\s*(~?)\s*\]$")


def sniff(path: str | Path) -> str | None:
    """``"actors"``, ``"agents"`` or ``"verbs"`` for a TABARI/PETRARCH dictionary (by name, else by content),
    else None."""
    name = Path(path).name.lower()
    for kind in ("actors", "agents", "verbs"):
        if name.endswith(f".{kind}") or f".{kind}." in name:
            return kind
    try:
        head = Path(path).read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError:
        return None
    lines = [line for line in _clean(head) if line[1].strip()]
    if not lines or "\t" in lines[0][1].strip():  # our tables start with a tab-separated header
        return None
    if any(_VERB_BLOCK.match(text.strip()) for _, text in lines):
        return "verbs"
    if any(re.search(r"\[\s*~|~\s*\]", text) for _, text in lines):
        return "agents"
    if any(_CODE.search(text) for _, text in lines):
        return "actors"
    return None


def _clean(text: str) -> list[tuple[int, str]]:
    """Numbered lines with comments removed (XML comment blocks keep their line count)."""
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return [(n, line.split("#", 1)[0].rstrip()) for n, line in enumerate(text.splitlines(), 1)]


def read_lines(path: str | Path) -> list[tuple[int, str]]:
    """The numbered, comment-free lines of a dictionary file (clear errors for a missing or non-UTF-8 file)."""
    try:
        return _clean(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(str(path), "no such file; expected a TABARI/PETRARCH dictionary") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


# ---------------------------------------------------------------- phrases


def phrase_forms(phrase: str) -> list[str]:
    """The word forms of a dictionary phrase: ``_`` joins words, a stem gets the common endings."""
    exact = phrase.endswith("_")
    words = [w for w in re.split(r"[_\s]+", phrase.strip("_ ")) if w]
    if not words:
        return []
    # a lone short word is an abbreviation matched in capitals ("UAE"); other words match in any case
    if not (len(words) == 1 and len(words[0]) <= 3):
        words = [w if "." in w else w.capitalize() for w in words]
    last = words[-1]
    endings = ENDINGS if not exact and len(last) >= MIN_STEM and last.isalpha() else ("",)
    return [" ".join([*words[:-1], (last + ending)]) for ending in endings]


def _date(text: str) -> date:
    if len(text) == 6:  # yymmdd: 30-99 are the 1900s
        text = ("19" if int(text[:2]) >= 30 else "20") + text
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code(text: str) -> tuple[str, date | None, date | None]:
    """A bracketed code with its optional date restriction: ``ABCGOV 950601 - 990815``."""
    match = _RESTRICTION.match(text.strip())
    if match is None:
        raise ValueError(text)
    code, sign, one, start, end = match.groups()
    code = code.split("/")[0]  # several actors in one code (ABC/DEF): we keep the first
    if sign == "<":
        return code.upper(), None, _date(one) - timedelta(days=1)
    if sign == ">":
        return code.upper(), _date(one) + timedelta(days=1), None
    return code.upper(), _date(start) if start else None, _date(end) if end else None


def _tenure(code: str, start: date | None, end: date | None) -> Tenure:
    return Tenure(code[:3], code[3:] or None, "", start, end, code)


# ---------------------------------------------------------------- .actors


def read_actors(path: str | Path) -> list[Organization]:
    """The entries of a ``.actors`` dictionary as organisations (one per entry, codes as tenures)."""
    entries: list[tuple[list[str], list[tuple[str, date | None, date | None]]]] = []
    for number, line in read_lines(path):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if not entries:
                raise DataFileError(str(path), "a synonym (+) before any entry", line=number)
            entries[-1][0].append(stripped[1:].strip())
            continue
        codes = _CODE.findall(stripped)
        name = _CODE.sub("", stripped).strip()
        if (name and not line[:1].isspace()) or not entries:
            if not name:
                raise DataFileError(str(path), f"a code without an entry: {stripped!r}", line=number)
            entries.append(([name], []))
        for code in codes:
            try:
                entries[-1][1].append(parse_code(code))
            except ValueError:
                raise DataFileError(str(path), f"code [{code}]: expected [CODE], [CODE < YYMMDD], "
                                    "[CODE > YYMMDD] or [CODE YYMMDD - YYMMDD]", line=number) from None
    return [org for names, codes in entries if (org := _organization(names, codes)) is not None]


def _organization(names: list[str], codes: list[tuple[str, date | None, date | None]]) -> Organization | None:
    if not codes:
        return None
    restricted = [_tenure(*c) for c in codes if c[1] or c[2]]
    default = [_tenure(*c) for c in codes if not (c[1] or c[2])]
    forms = [form for name in names for form in phrase_forms(name)]
    if not forms:
        return None
    return Organization(forms[0], tuple(dict.fromkeys(forms[1:])), tuple(restricted + default), user=True)


# ---------------------------------------------------------------- .agents


def read_agents(path: str | Path) -> list[Role]:
    """The role words of an ``.agents`` dictionary."""
    substitutions: dict[str, list[str]] = {}
    roles: list[Role] = []
    for number, line in read_lines(path):
        stripped = line.strip()
        if not stripped:
            continue
        if match := _SUBSTITUTION.match(stripped):
            substitutions[match.group(1)] = [w.strip() for w in match.group(2).split(",") if w.strip()]
            continue
        match = _AGENT.match(stripped)
        if match is None:
            raise DataFileError(str(path), f"expected PHRASE {{PLURALS}} [~AGENT], got {stripped!r}", line=number)
        phrase, plurals, _, agent, _ = match.groups()
        for noun in _expand(phrase, substitutions):
            forms = [noun] + (_plural_forms(plurals) if plurals is not None else [_plural(noun)])
            roles.extend(Role(" ".join(f.replace("_", " ").split()).lower(), agent.upper(), user=True)
                         for f in dict.fromkeys(forms) if f.strip("_ "))
    return roles


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    """A phrase with every ``!NAME!`` replaced by each of its words."""
    parts = re.split(r"(![A-Za-z0-9]+!)", phrase)
    choices = [substitutions.get(p, [p]) if p.startswith("!") else [p] for p in parts]
    return ["".join(combo) for combo in product(*choices)]


def _plural_forms(text: str) -> list[str]:
    return [w.strip() for w in re.split(r"[,\s]+", text) if w.strip()]


def _plural(noun: str) -> str:
    """The regular English plural of the last word of a phrase."""
    low = noun.lower()
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return noun[:-1] + "IES"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "ES"
    if low.endswith("man"):
        return noun[:-3] + "MEN"
    return noun + "S"
