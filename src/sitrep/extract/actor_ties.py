"""Unnamed men told by whom they are tied to: "hackers linked to Russian intelligence",
"militants backed by Iran", "gunmen with ties to the RSF".

The tie is read alike on every unnamed side's noun (`actor_unnamed.tied_men`), in the forms a
tie is told in: before the noun ("Iran-backed"), after it ("linked to", "connected with", "with
ties to"), or over it when the parser took the tie for the main verb ("Hackers/nsubj linked/ROOT
to Russia attacked/dep ..."). A group that is no state is the side itself: its men acted
("hackers linked to Hamas" -> Hamas). A state named in the tie did not itself act, so the men are
never named the state: hackers are named for the tie ("Russia-linked hackers", unnamed for
linking, `actor_unnamed.is_unnamed_side`), and armed men stay unnamed armed men
(`event_unnamed_doers`), as ACLED names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_unnamed import is_unnamed_side, tied_men
from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_unnamed_doers import unnamed_doer

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that tie a side to its patron ("linked to", "backed by"), in the forms a tie is told in.
TYING = frozenset(_w("linked tied backed affiliated connected sponsored"))
_TIE_NOUNS = frozenset(_w("ties links connections"))  # "with ties to China"
_TIE_PREPS = frozenset(_w("to by with"))


def tied_actor(subject: Token, act: Token) -> str | None:
    """The actor of unnamed men tied to a patron: the patron when it is no state ("hackers linked
    to Hamas" -> Hamas), "Russia-linked hackers", or unnamed armed men ("militants backed by
    Iran"); the subject's own reading (None) when it tells no tie."""
    men = tied_men(subject)
    patron = _patron(men) if men is not None else None
    if men is None or patron is None:
        return None
    if is_non_state(patron) and not is_unnamed_side(patron):
        return patron
    if men.lower_.startswith("hacker"):
        return f"{patron}-linked hackers"
    return unnamed_doer(subject, act)


def tells_a_tie(subject: Token) -> bool:
    """Whether the subject's unnamed men are told tied to a side the actor table knows."""
    men = tied_men(subject)
    return men is not None and _patron(men) is not None


def _patron(men: Token) -> str | None:
    """The first side named in the ties of `men`."""
    phrases = [p for tie in _ties(men) for p in _tie_phrases(tie)]
    return next((name for name in map(normalize_actor, phrases) if name is not None), None)


def _ties(men: Token) -> list[Token]:
    """The words that tie `men` to a patron: a tying verb on it or over it, or "with ties"."""
    ties = [c for c in men.children if c.dep_ in ("amod", "acl") and c.lower_ in TYING]
    if men.dep_ == "nsubj" and men.head.lower_ in TYING:
        ties.append(men.head)  # "Hackers/nsubj linked/ROOT to Russia attacked/dep"
    withs = [c for c in men.children if c.dep_ == "prep" and c.lower_ == "with"]
    ties += [o for w in withs for o in w.children if o.dep_ == "pobj" and o.lower_ in _TIE_NOUNS]
    return ties


def _tie_phrases(tie: Token) -> list[str]:
    """The patron's words of one tie: before it ("Iran-backed") and after it ("linked to X")."""
    before = [t for t in tie.subtree if t.i < tie.i and t.dep_ != "punct"]
    after = [
        o for p in tie.children if p.lower_ in _TIE_PREPS for o in p.children if o.dep_ == "pobj"
    ]
    phrases = [" ".join(t.text for t in before)] if before else []
    return phrases + [" ".join(t.text for t in o.subtree) for o in after]
