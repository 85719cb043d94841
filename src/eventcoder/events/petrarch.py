"""Reader for TABARI/PETRARCH ``.verbs`` dictionaries: users' verb patterns as our :class:`Pattern` records.

The format (comments: ``#`` and ``<!-- ... -->``)::

    &SANCTIONS                 a synset: a name and its words, one per + line (a word may name a synset)
    +EMBARGO
    +ECONOMIC SANCTIONS

    --- IMPOSE  [163] ---      a verb block: the verb and the code it has when no pattern below fits
    IMPOSE {IMPOSES IMPOSED}   the verb (irregular forms in braces; we match lemmas, so they are not needed)
    - * &SANCTIONS ON +  [163] a pattern: * is the verb, + the target, $ the source, % a compound actor
    - * CURFEW  [1724]

TABARI matches the words of a pattern in sentence order; we match dependency trees, so each pattern becomes
the dependency pattern that says the same thing about the verb's own phrase: a first word that is a
preposition or particle (``ON``, ``WITH``, ``DOWN``) becomes the pattern's ``prep``; the last remaining word
(or synset) its object, the word before that a modifier of the object; ``TO`` followed by one word becomes a
to-infinitive complement as well as a prepositional object ("agreed to withdraw" / "agreed to talks"). The
target is the actor where ``+`` stands (after the verb: its object; after the preposition: that preposition's
object), else the verb's object or the object of its preposition.

What cannot be said that way is skipped and counted, with the reason: words before the verb (``FAILED_TO_*``),
patterns longer than preposition + modifier + object, codes outside CAMEO (``[---]`` means "no event"; a
``032:033`` pair keeps its first code) and multi-word verbs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from eventcoder.actors.petrarch import read_lines
from eventcoder.errors import DataFileError
from eventcoder.events.codes import is_code
from eventcoder.events.patterns import Pattern

#: words that, first after the verb, are its preposition or particle
PREPOSITIONS = frozenset({
    "about", "across", "against", "along", "among", "around", "as", "at", "away", "back", "before", "behind", "beside",
    "between", "by", "down", "for", "from", "in", "into", "near", "of", "off", "on", "onto", "out", "over", "through",
    "to", "toward", "towards", "under", "until", "up", "upon", "with", "within", "without"})
#: words dropped from patterns: they carry no constraint a dependency pattern could test
SKIPPED_WORDS = frozenset({"a", "an", "the", "its", "their", "his", "her", "^"})
#: words that make a pattern about tense, mood or negation: what dependency patterns leave to factuality
CONTEXT_WORDS = frozenset({"be", "is", "are", "was", "were", "been", "has", "have", "had", "will", "would", "shall",
                           "should", "can", "could", "may", "might", "must", "not", "no", "never", "n't"})
#: target roles tried when a pattern has no + of its own
DEFAULT_TARGETS = ("dobj", "iobj")
_BLOCK = re.compile(r"^---\s*([A-Za-z][A-Za-z_'\-]*?)_?\s*\[([^\]]*)\]\s*---\s*$")
_PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$")
_SYNSET = re.compile(r"^&([A-Za-z0-9_]+)$")
_MARKERS = {"+", "$", "%"}


@dataclass(slots=True)
class VerbsReport:
    """What a reader made of a dictionary: the patterns and, by reason, how many entries were skipped."""

    patterns: list[Pattern] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def read_verbs(path: str | Path) -> VerbsReport:
    """The patterns of a ``.verbs`` dictionary, with the count of what could not be converted."""
    report = VerbsReport()
    synsets: dict[str, list[str]] = {}
    current_synset: str | None = None
    verb: str | None = None  # the current block's verb; "" in a block we cannot convert
    for number, line in read_lines(path):
        text = line.strip()
        if not text:
            continue
        where = f"{path}:{number}"
        if match := _SYNSET.match(text):
            current_synset = match.group(1).upper().rstrip("_")
            synsets[current_synset] = []
        elif text.startswith("+") and current_synset is not None:
            synsets[current_synset].append(text[1:].strip())
        elif match := _BLOCK.match(text):
            current_synset, verb = None, match.group(1).lower()
            if "_" in verb:
                report.skipped["multi-word verb"] += 1
                verb = ""
            elif (code := _cameo(match.group(2))) is not None:
                report.patterns.append(_pattern(f"{verb}.default", code, verb, where=where))
        elif match := _PATTERN.match(text):
            if verb is None:
                raise DataFileError(str(path), f"a pattern outside a verb block: {text!r}; expected a "
                                    "'--- VERB [CODE] ---' line before it", line=number)
            if verb:  # the patterns of a block we cannot convert were counted with it
                _add_pattern(report, verb, match.group(1), match.group(2), synsets, where=where)
        elif verb is None and current_synset is None:
            raise DataFileError(str(path), f"unexpected line {text!r}: expected &SYNSET, +WORD, "
                                "'--- VERB [CODE] ---' or '- PATTERN [CODE]'", line=number)
        else:
            current_synset = None  # the verb line and its forms, or a stray word inside a block
    return report


def _cameo(code: str) -> str | None:
    """The CAMEO code of a bracketed code (the first of a ``A:B`` pair), or None when it is not one."""
    first = code.split(":")[0].strip()
    return first if is_code(first) else None


def _add_pattern(report: VerbsReport, verb: str, body: str, code: str, synsets: dict[str, list[str]],
                 *, where: str) -> None:
    cameo = _cameo(code)
    if cameo is None:
        report.skipped["no-event pattern" if code.strip() == "---" else "not a CAMEO code"] += 1
        return
    words = [w for w in re.split(r"[\s_]+", body.replace("*", " * ")) if w and w.lower() not in SKIPPED_WORDS]
    if "*" not in words:
        report.skipped["no verb (*) in the pattern"] += 1
        return
    star = words.index("*")
    if any(w not in _MARKERS for w in words[:star]):
        report.skipped["words before the verb"] += 1
        return
    after = [w.lower() if w not in _MARKERS else w for w in words[star + 1:]]
    first = _words(after[0], synsets) if after and after[0].startswith("&") else frozenset()
    if first and first <= PREPOSITIONS:  # a synset of prepositions: one pattern per preposition
        for prep in sorted(first):
            _add_shape(report, verb, cameo, [prep, *after[1:]], synsets, where=where, suffix=f".{prep}")
    else:
        _add_shape(report, verb, cameo, after, synsets, where=where)


def _add_shape(report: VerbsReport, verb: str, cameo: str, after: list[str], synsets: dict[str, list[str]],
               *, where: str, suffix: str = "") -> None:
    if any(w in CONTEXT_WORDS for w in after):
        report.skipped["tense, mood or negation words after the verb"] += 1
        return
    shape = _shape(after)
    if shape is None:
        report.skipped["longer than preposition + modifier + object + preposition"] += 1
        return
    prep, content, targets = shape
    objects = _words(content[-1], synsets) if content else frozenset()
    mods = _words(content[0], synsets) if len(content) == 2 else frozenset()
    words = "_".join(w.lstrip("&") for w in after if w not in _MARKERS) or "verb"
    pid = f"{verb}.{words}.{where.rsplit(':', 1)[1]}{suffix}"
    report.patterns.append(_pattern(pid, cameo, verb, prep=prep, objects=objects, mods=mods, targets=targets,
                                    where=where))
    if prep == "to" and len(content) == 1:  # "TO WITHDRAW": also the to-infinitive reading
        report.patterns.append(_pattern(f"{pid}.comp", cameo, verb, comps=objects, where=where))


def _shape(after: list[str]) -> tuple[str | None, list[str], tuple[str, ...]] | None:
    """Preposition, [modifier,] object words and target roles of the words after the verb, or None.

    Accepted: ``[PREP] [+]`` and ``[PREP] [[MOD] OBJ] [PREP2 +]``; a ``$`` or ``%`` marker is ignored.
    """
    after = [w for w in after if w not in ("$", "%")]
    prep = after.pop(0) if after and after[0] in PREPOSITIONS else None
    if after == ["+"]:
        return prep, [], ((f"prep:{prep}",) if prep else ("dobj",))
    content: list[str] = []
    while after and after[0] != "+" and after[0] not in PREPOSITIONS:
        content.append(after.pop(0))
    if len(content) > 2:
        return None
    if not after:
        return prep, content, ((f"prep:{prep}",) if prep and not content else DEFAULT_TARGETS)
    if len(after) == 2 and after[1] == "+" and after[0] in PREPOSITIONS:
        return prep, content, ((f"obj.prep:{after[0]}",) if content else ()) + (f"prep:{after[0]}",)
    return None


def _words(word: str, synsets: dict[str, list[str]], *, seen: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lemmas a pattern word stands for: a synset's words (recursively), else the word's own forms."""
    if word.startswith("&"):
        name = word[1:].upper().rstrip("_")
        if name in seen or name not in synsets:
            return frozenset()
        heads = (re.split(r"[\s_]+", w.strip("_ "))[-1] for w in synsets[name])  # "TRADE SANCTIONS": sanctions
        return frozenset().union(*(_words(head, synsets, seen=seen | {name}) for head in heads if head))
    return lemma_forms(word.lower(), pos="NOUN")


@lru_cache(maxsize=4096)
def lemma_forms(word: str, *, pos: str) -> frozenset[str]:
    """The word and its lemma as a ``pos`` word: dictionary words are surface forms, patterns match lemmas."""
    from eventcoder.nlp import get_nlp

    nlp = get_nlp()
    token = Doc(nlp.vocab, words=[word], pos=[pos])[0]
    return frozenset({word, *nlp.get_pipe("lemmatizer").rule_lemmatize(token)})


def _pattern(pid: str, cameo: str, verb: str, *, prep: str | None = None, objects: frozenset[str] = frozenset(),
             mods: frozenset[str] = frozenset(), comps: frozenset[str] = frozenset(),
             targets: tuple[str, ...] = DEFAULT_TARGETS, where: str) -> Pattern:
    return Pattern(id=f"user.{pid}", cameo=cameo, kind="verb", lemmas=lemma_forms(verb, pos="VERB"), prep=prep,
                   objects=objects, mods=mods, comps=comps, targets=targets, symmetric=False, require_target=False,
                   where=where)
