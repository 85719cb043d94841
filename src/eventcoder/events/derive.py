"""Events told through other events: appeals, demands, refusals, threats and statements of intent.

Two kinds of derivation, both driven by the table ``events/derived.tsv``:

- a *stance* verb (a pattern of root 02 appeal, 03 intent, 10 demand, 12 reject or 13 threaten) whose
  complement holds another event takes a more specific code from it: "urged Y to release the prisoners"
  is 0253 rather than 020, "threatened to shell the town" 1384 rather than 130;
- an event only *announced* ("X will send aid", "X agreed to lift sanctions", "X offered to mediate") did
  not happen yet, but the announcement did: besides the future event, an asserted intent (03x) is coded,
  or a threat (13x) when the announced act is coercive or violent, or a rejection (12x) when the
  announcement is negative ("X said it would not release them");
- a hostile act another party is *claimed* up front to have done ("X said Y shelled the town") is also an
  accusation (11x) by the claimant of the doer, the ``claim`` rows; one the claimant owns ("X claimed it had
  shelled the town") is a claim of responsibility (015), the ``avow`` rows.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from eventcoder.events.arguments import is_passive
from eventcoder.events.codes import is_code
from eventcoder.events.factuality import governors, subjunctive
from eventcoder.events.patterns import cue
from eventcoder.tables import data_path, read_table

DERIVED_FILE = "events/derived.tsv"
COLUMNS = ("stance", "embedded", "code")
STANCES = ("appeal", "intent", "demand", "refuse", "threat", "claim", "avow", "negated", "posture")
#: the stance a governing pattern takes from its CAMEO root
STANCE_OF_ROOT = {"02": "appeal", "03": "intent", "10": "demand", "12": "refuse", "13": "threat"}
#: dependency labels under which a stance verb holds the event it is about
COMPLEMENT_DEPS = ("xcomp", "ccomp")
_PREFIX = re.compile(r"^\d{2,4}$")
HYPHENS = ("-", "\u2010", "\u2011")
#: roots from which on (material conflict) an act held out on a condition is a threat
COERCIVE_ROOT = "14"

Table = dict[str, tuple[tuple[str, str], ...]]


def load_derived(path: str | Path) -> Table:
    """Read a derivation table: stance -> ((embedded code prefix, derived code), ...), longest prefix first."""
    rules: dict[str, dict[str, str]] = {s: {} for s in STANCES}
    for row in read_table(path, required=COLUMNS):
        stance, prefix, code = row["stance"], row["embedded"], row["code"]
        if stance not in STANCES:
            raise row.error(f"stance {stance!r}: expected one of {', '.join(STANCES)}")
        if not _PREFIX.match(prefix):
            raise row.error(f"embedded {prefix!r}: expected a CAMEO code prefix of 2 to 4 digits")
        if not is_code(code):
            raise row.error(f"unknown CAMEO code {code!r}: not in cameo_codes.tsv")
        if prefix in rules[stance]:
            raise row.error(f"duplicate rule for {stance} {prefix}")
        rules[stance][prefix] = code
    return {s: tuple(sorted(r.items(), key=lambda kv: -len(kv[0]))) for s, r in rules.items()}


@lru_cache(maxsize=1)
def shipped_derived() -> Table:
    """The shipped derivation table."""
    return load_derived(data_path(DERIVED_FILE))


def derive(stance: str, embedded: str, *, table: Table | None = None) -> str | None:
    """The code of a ``stance`` about an event coded ``embedded``; ``None`` if the table has no rule."""
    for prefix, code in (table or shipped_derived()).get(stance, ()):
        if embedded.startswith(prefix):
            return code
    return None


def stance_of(cameo: str) -> str | None:
    """The stance a pattern of this code takes towards the event in its complement, if any."""
    return STANCE_OF_ROOT.get(cameo[:2])


def complement(pred: Token) -> Token | None:
    """The verb a stance verb is about: its to-infinitive or that-clause ("urged Y *to leave*")."""
    for child in pred.children:
        if child.dep_ in COMPLEMENT_DEPS and child.pos_ in ("VERB", "AUX") and not _word_piece(child):
            return child
    if pred.lemma_.lower() in cue("STATIVE_PARTICIPLE_CUE"):  # "is committed *to opening* talks"
        return next((c for prep in pred.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    return None


def _word_piece(token: Token) -> bool:
    """Whether a token is a hyphen or a bare prefix cut off by one ("re" of "re-open", "co" of "co-host")."""
    if token.text in HYPHENS:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (after is not None and after.text in HYPHENS and not token.whitespace_
            and all(c.dep_ in ("aux", "punct") for c in token.children))


def offered(pred: Token) -> Token | None:
    """The governing word that makes the event an offer or readiness ("offered to", "is ready to")."""
    return next((g for g in governors(pred) if g.lemma_.lower() in cue("OFFER_CUE")), None)


def prepared(pred: Token) -> bool:
    """Whether a party actively readies itself for the act ("the army prepared to shell", "forces are gearing up
    to attack"; PREPARATION_CUE), not merely says it is willing ("is prepared to talks": an offer)."""
    return any(g.lemma_.lower() in cue("PREPARATION_CUE") and g.tag_ != "VBN" and g.pos_ == "VERB"
               for g in governors(pred))


def announced(pred: Token) -> bool:
    """Whether the event is told with a future or conditional auxiliary ("will", "would", "'ll")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cue("ANNOUNCE_AUX_CUE") for c in pred.children)


def obliged(pred: Token) -> Token | None:
    """The modal that makes the event an obligation put on its subject ("Y must withdraw"); for a mandative
    subjunctive ("insisted that Y withdraw", "that he be reinstated") the verb itself."""
    modal = next((c for c in pred.children if c.dep_ == "aux" and c.lower_ in cue("OBLIGATION_CUE")), None)
    if modal is None and pred.lemma_.lower() in cue("OBLIGED_CUE") and is_passive(pred) \
            and any(c.dep_ == "xcomp" for c in pred.children):
        return pred  # "Y is obliged to allow ...", "Y is required to withdraw"
    return modal if modal is not None or not subjunctive(pred) else pred


def refused(pred: Token) -> Token | None:
    """The governing verb that makes the event a refusal ("refused to sign", "declined to meet")."""
    return next((g for g in governors(pred) if g.lemma_.lower() in cue("REFUSAL_CUE")), None)


def ultimatum(pred: Token, *, marks: str = "ULTIMATUM_CUE") -> Token | None:
    """The "unless" clause that makes an announced act an ultimatum ("will withdraw unless Y holds elections");
    ``marks``: the class of the subordinators looked for."""
    for child in pred.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cue(marks) for m in child.children):
            return child
    return None


def warned(pred: Token, *, modals: str = "WARNING_AUX_CUE") -> bool:
    """Whether a possible act is held out on a condition ("may halt aid if Y ...", "could impose sanctions unless
    ..."): a modal of ``modals`` on the act, and an if/unless clause under it."""
    return (any(c.dep_ == "aux" and c.lower_ in cue(modals) for c in pred.children)
            and ultimatum(pred, marks="CONDITION_CUE") is not None)


def conditional(pred: Token, *, marks: str = "CONDITION_CUE") -> bool:
    """Whether an act is announced with "will" on a condition (``marks``: "will strike Y if Z rebuilds", "will
    withdraw unless Y ..."): the act is only possible, but the announcement is told as any other (an intent,
    threat or ultimatum)."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cue("FUTURE_AUX_CUE") for c in pred.children) \
        and ultimatum(pred, marks=marks) is not None


def timed(pred: Token) -> bool:
    """Whether the event is later only by a time clause ("a day before X heads to Y", "before leaving for Y"):
    nobody announces it, unless an announced act it follows does ("will visit X before going on to Y"; not "before
    leaving for Y, X will sign")."""
    if pred.dep_ == "pcomp" and pred.head.lower_ in cue("FUTURE_MARK_CUE"):
        return True
    return any(c.dep_ == "mark" and c.lower_ in cue("FUTURE_MARK_CUE") for c in pred.children)


def continued(pred: Token) -> bool:
    """Whether an act is told as going on under a verb of continuing ("keep protesting", "continue to fight";
    CONTINUATION_CUE)."""
    return any(g.lemma_.lower() in cue("CONTINUATION_CUE") for g in governors(pred))


def announcement_stance(factuality: str, pred: Token, *, cameo: str = "") -> str | None:
    """The stance of an announced event of code ``cameo``: threat (an ultimatum, or a coercive act held out on a
    condition), intent (future or offered), refuse (refused or announced negation)."""
    if factuality == "hypothetical" and conditional(pred):
        factuality = "future"  # announced on a condition: the stance is read as for any announcement
    if factuality == "future" and timed(pred) and not any(announced(g) and g.i < pred.i for g in governors(pred)):
        return None  # but "will travel to X before going on to Y" announces the next leg too
    if factuality == "future" and cameo[:2] >= COERCIVE_ROOT and continued(pred):
        return None  # "would keep protesting": a conflict going on, told as it will go on, not a new threat
    if factuality == "future" and ultimatum(pred) is not None:
        return "threat"
    if factuality == "hypothetical" and cameo[:2] >= COERCIVE_ROOT and cameo[:2] not in cue("PRECAUTION_ROOT_CUE") \
            and warned(pred, modals="THREAT_AUX_CUE"):
        return "threat"  # "may cut supplies if ...", but "could / would impose sanctions if ..." is a mere hypothesis
    if factuality == "future" and prepared(pred) and derive("posture", cameo) is not None:
        return "posture"
    if factuality == "future" or (factuality == "hypothetical" and offered(pred) is not None):
        return "intent"
    if factuality == "negated" and (announced(pred) or refused(pred) is not None):
        return "refuse"
    return None
