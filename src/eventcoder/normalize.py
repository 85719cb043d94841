"""Machine-translation repair with an exact offset map back to the original text.

:func:`normalize` rewrites a text in one left-to-right pass of a single compiled regular
expression whose alternatives are the repairs below (tried in this order at each position);
everything the expression does not match is copied unchanged.

Repairs
    - ``Kim Jong -un`` -> ``Kim Jong-un``: spaces between a word and a hyphen glued to the next
      *letter* are dropped (``large -scale``, ``one -on -one``). A hyphen before a digit keeps its
      space (``fell to -5``), so ``COVID -19`` is left alone.
    - ``reporter- "Whether`` -> ``reporter - "Whether``: a hyphen glued to the end of a word and
      followed by spaces and a quote is a dash; it gets a space before it. A spaced dash
      (`` - ``) is kept. En and em dashes (``–``, ``—``) are kept as they are (spaCy splits them);
      non-breaking hyphens (U+2010, U+2011) become ``-``.
    - ``talks.However`` -> ``talks. However``: sentence-final ``.``, ``!``, ``?`` (optionally with a
      closing quote) glued to a capital letter or an opening quote gets a space after it
      (``consensus."However`` -> ``consensus." However``); ``talks .However`` also loses the space
      before the full stop.
    - ``word ,`` -> ``word,``: spaces before ``, . ; : ! ?`` are dropped (when the mark is not glued
      to a following lowercase letter or digit, so ``the .com era`` and ``version .5`` stay).
    - ``China ’s`` / ``Korea’ s`` -> ``China's`` / ``Korea's``: spaces around an apostrophe before a
      contraction ending (``s t re ve ll d m``) are dropped.
    - ``the“ best ”in`` -> ``the "best" in``: spaces inside curly double quotes are dropped and
      missing ones outside are added (only curly quotes: straight ones do not say which side they
      open).
    - curly quotes become straight (``“ ” „ ‟`` -> ``"``, ``‘ ’ ‚ ‛`` -> ``'``; primes and guillemets are
      kept); tabs, non-breaking and other odd spaces become a space; runs of spaces collapse to
      one; zero-width characters and soft hyphens are removed. Newlines are kept as they are:
      paragraph breaks matter.

Protected (copied verbatim, never repaired inside)
    URLs (``http://x.com/a.B``, ``www.x.org/A.B``, ``x.com/path``), e-mail addresses, numbers with
    separators (``3.5``, ``1,000``, ``10:30``, ``12/09/2023``), and initialisms written with full
    stops (``U.S.``, ``U.N``, ``J.R.R.``, ``e.g.``, ``a.m.``, ``Ph.D.``). An initialism glued to a capitalised
    word gets a space (``U.S.Army`` -> ``U.S. Army``). Single abbreviations are *not* protected: a
    title glued to a name is repaired like any glued sentence end (``Mr.Smith`` -> ``Mr. Smith``,
    ``Dr.Kim`` -> ``Dr. Kim``), which is the correct spelling either way; ``St. Petersburg`` and
    ``Dr. Kim`` (already spaced) are untouched. Known damage: ``ASP.NET`` becomes ``ASP. NET``.

Offsets
    Every output character either comes from one original character (copied, or substituted
    one for one: quotes, spaces, hyphens) or was inserted (a repaired space). The map is
    run-length encoded: one segment per stretch of contiguously copied characters, one per
    insertion. :meth:`Normalized.to_original` maps an output offset to the original one (an
    inserted character maps to the position it was inserted at); :meth:`Normalized.span_to_original`
    maps an end-exclusive span to the smallest original span covering its characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

#: horizontal spaces: plain, tab, no-break, the Unicode space block, narrow/medium/ideographic
_SPC = "[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
#: characters removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen
_ZW = "[\u200b\u200c\u200d\u2060\ufeff\u00ad]"
_SP = f"(?:{_SPC}|{_ZW})"  # one space-like character
_CAP = "[A-ZÀ-ÖØ-Þ]"
_END = "[.!?]+"
_CLOSE = "[\"”’']"

#: one-for-one character substitutions applied to everything the repairs output
_SUBST = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "\u2010": "-", "\u2011": "-", "\t": " ", "\u00a0": " ", "\u1680": " ", "\u202f": " ",
    "\u205f": " ", "\u3000": " ", **{chr(c): " " for c in range(0x2000, 0x200B)},
})

# (name, pattern) in priority order; each name has a handler in _HANDLERS
_RULES: tuple[tuple[str, str], ...] = (
    ("url", r"(?:https?|ftp)://[^\s<>\"“”]+|www\.[^\s<>\"“”]+"
            r"|(?<![\w@.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[^\s<>\"“”]*"),
    ("email", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("initialism_glued", rf"(?<![\w.])(?:[A-Z][a-z]\.(?:[A-Za-z]\.)+|(?:[A-Za-z]\.){{2,}})(?={_CAP}[a-z])"),
    ("initialism", r"(?<![\w.])(?:[A-Z][a-z]\.)?(?:[A-Za-z]\.)+[A-Za-z]?(?![\w])"),
    ("number", r"\d+(?:[.,:/]\d+)+"),
    ("space_hyphen", rf"(?<=\w){_SP}+(?=-[^\W\d_])"),
    ("glued_dash", rf"(?<=\w)-(?={_SP}+[\"“‘'])"),
    ("spaced_glued_end", rf"(?<=[^\W_]){_SP}+{_END}{_CLOSE}?(?=[“‘\"]?{_CAP})"),
    ("glued_end", rf"(?:(?<=[^\W_])|(?<=[)\]%])){_END}{_CLOSE}?(?=[“‘\"]?{_CAP})"),
    ("apostrophe", rf"(?<=[^\W_])(?:{_SP}+['’]{_SP}*|['’]{_SP}+)(?=(?:s|t|re|ve|ll|d|m)\b)"),
    ("space_before_mark", rf"(?<=\S){_SP}+(?=[,.;:!?](?![a-z0-9]))"),
    ("open_quote_glued", rf"(?<=\w)“{_SP}*"),
    ("open_quote_spaced", rf"“{_SP}+(?=\w)"),
    ("close_quote_spaced", rf"(?<=[\w.!?,]){_SP}+”"),
    ("close_quote_glued", r"”(?=\w)"),
    ("quote", "[“”„‟‘’‚‛\u2010\u2011]"),
    ("spaces", rf"(?! (?!{_SP})){_SP}+"),
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A repaired text and the map from its offsets back to the original text.

    ``segments`` holds ``(output start, original start, inserted)`` triples sorted by output
    start: a copied segment maps output offset ``o`` to ``original start + (o - output start)``;
    an inserted one maps all its characters to ``original start`` (the insertion point).
    """

    original: str
    text: str
    segments: tuple[tuple[int, int, bool], ...]

    def _segment(self, offset: int) -> tuple[int, int, bool]:
        return self.segments[bisect_right(self.segments, offset, key=lambda s: s[0]) - 1]

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside the normalised text (0..{len(self.text)})")

    def inserted(self, offset: int) -> bool:
        """Whether the output character at ``offset`` was inserted by a repair (has no origin)."""
        self._check(offset)
        return offset < len(self.text) and self._segment(offset)[2]

    def to_original(self, offset: int) -> int:
        """The original offset of output offset ``offset`` (``len(text)`` maps to ``len(original)``)."""
        self._check(offset)
        if offset == len(self.text):
            return len(self.original)
        out, src, ins = self._segment(offset)
        return src if ins else src + offset - out

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest original span covering the output span ``[start, end)``."""
        self._check(start)
        self._check(end)
        if start > end:
            raise ValueError(f"span start {start} after its end {end}")
        if start == end:
            point = self.to_original(start)
            return point, point
        out, src, ins = self._segment(end - 1)
        stop = src if ins else src + end - out
        return min(self.to_original(start), stop), stop


class _Builder:
    """Collects output pieces and the run-length offset map while the pass walks the text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, bool]] = []
        self.length = 0
        self._next_src = -1  # original offset that would continue the last copied segment

    def copy(self, text: str, src: int) -> None:
        """Output ``text`` standing one for one for the original characters at ``src``."""
        if not text:
            return
        if src != self._next_src:
            self.segments.append((self.length, src, False))
        self.parts.append(text)
        self.length += len(text)
        self._next_src = src + len(text)

    def insert(self, text: str, at: int) -> None:
        """Output ``text`` that has no original characters; it sits before original offset ``at``."""
        self.segments.append((self.length, at, True))
        self.parts.append(text)
        self.length += len(text)
        self._next_src = -1


Handler = Callable[[_Builder, re.Match[str]], None]


def _verbatim(b: _Builder, m: re.Match[str]) -> None:
    b.copy(m.group(), m.start())


def _delete(b: _Builder, m: re.Match[str]) -> None:
    """Drop the matched characters."""


def _substitute(b: _Builder, m: re.Match[str]) -> None:
    b.copy(m.group().translate(_SUBST), m.start())


def _space_after(b: _Builder, m: re.Match[str]) -> None:
    b.copy(m.group(), m.start())
    b.insert(" ", m.end())


def _space_after_substituted(b: _Builder, m: re.Match[str]) -> None:
    b.copy(m.group().translate(_SUBST), m.start())
    b.insert(" ", m.end())


def _space_before(b: _Builder, m: re.Match[str]) -> None:
    b.insert(" ", m.start())
    b.copy(m.group().translate(_SUBST), m.start())


def _marks_then_space(b: _Builder, m: re.Match[str]) -> None:
    """Keep the non-space characters (quotes straightened), drop the spaces, add one after."""
    _keep_marks(b, m)
    b.insert(" ", m.end())


def _space_then_marks(b: _Builder, m: re.Match[str]) -> None:
    """Add a space, then keep the non-space characters of the match."""
    b.insert(" ", m.start())
    _keep_marks(b, m)


def _marks_then_gap(b: _Builder, m: re.Match[str]) -> None:
    """Keep the non-space characters; add a space if a word follows right after."""
    _keep_marks(b, m)
    if m.string[m.end():m.end() + 1].isalnum():
        b.insert(" ", m.end())


def _keep_marks(b: _Builder, m: re.Match[str]) -> None:
    """Keep only the non-space characters of the match (quotes straightened)."""
    for found in re.finditer(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+", m.group()):
        b.copy(found.group().translate(_SUBST), m.start() + found.start())


def _one_space(b: _Builder, m: re.Match[str]) -> None:
    """A run of spaces (and zero-width characters) becomes its first space, or nothing."""
    first = re.search(_SPC, m.group())
    if first:
        b.copy(" ", m.start() + first.start())


_HANDLERS: dict[str, Handler] = {
    "url": _verbatim, "email": _verbatim, "initialism": _verbatim, "number": _verbatim,
    "initialism_glued": _space_after, "space_hyphen": _delete, "glued_dash": _space_before,
    "spaced_glued_end": _marks_then_space, "glued_end": _marks_then_space,
    "apostrophe": _keep_marks, "space_before_mark": _delete, "open_quote_glued": _space_then_marks,
    "open_quote_spaced": _keep_marks, "close_quote_spaced": _marks_then_gap,
    "close_quote_glued": _space_after_substituted,
    "quote": _substitute, "spaces": _one_space,
}


#: where a repair can start: a non-word character, the start of a word, or a letter of "http", "ftp", "www"
#: or a digit inside a word (a URL or a number glued to letters); the alternatives are tried only there,
#: which halves the time of the pass (most positions are inside words). A new rule must start at one of these.
_START = r"(?=\W|\b|[hfw\d])"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(_START + "(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in _RULES) + ")")


def normalize(text: str) -> Normalized:
    """Repair machine-translation artifacts in ``text``, keeping a map back to its offsets."""
    builder = _Builder()
    pos = 0
    for m in _pattern().finditer(text):
        builder.copy(text[pos:m.start()], pos)
        _HANDLERS[m.lastgroup or ""](builder, m)
        pos = m.end()
    builder.copy(text[pos:], pos)
    if not builder.segments:
        builder.segments.append((0, 0, False))
    return Normalized(original=text, text="".join(builder.parts), segments=tuple(builder.segments))
