"""Whether a count suffered its clause's verb or did it.

"Two gunmen killed five people": the five were killed, the two killed. A count that is the
subject of an active verb with an object did the act ("helicopters evacuated dozens"), except
when the verb is a flight ("40,000 people fled their homes"), whose subject is the displaced.
A passive verb may name the harm after "for" ("12 people were treated for injuries"), and a
copula the group its subject is one of ("Among the dead were seven soldiers"), and a verb of
belief or report the fate it reports ("two sailors were believed to have been injured").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_types import CASUALTY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

FLIGHT_WORDS = frozenset({"flee", "fled", "fleeing", "flees", "escape", "escaped", "escaping"})


def did_it(token: Token) -> bool:
    """ "Two gunmen killed five people", "helicopters evacuated dozens": the subject of an
    active verb with an object did it, and suffered nothing; those who flee their homes are the
    displaced themselves."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.lower_ not in FLIGHT_WORDS
        and any(c.dep_ == "dobj" for c in head.children)
    )


def did_it_in_clause(clause: Token) -> bool:
    """ "one (strike) in Baghdad that killed a commander", "two gunmen who shot a guard": a
    relative clause whose pronoun is the subject of an active verb with an object tells what
    the count did, not what it suffered."""
    return (
        clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)
        and any(c.dep_ == "dobj" for c in clause.children)
    )


def injuries_treated(verb: Token) -> list[Token]:
    """The injury nouns a passive verb names after "for" ("treated for wounds")."""
    return [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for g in prep.children
        if g.dep_ == "pobj" and CASUALTY_WORDS.get(g.lower_) == "injured"
    ]


def listed_among(verb: Token) -> list[Token]:
    """The group a copula lists its subject among ("Among the dead were seven soldiers")."""
    return [
        g
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "among"
        for g in prep.children
        if g.dep_ == "pobj"
    ]


# Verbs that report a fate of their subject in their complement: "were believed to have been
# injured", "are feared to have died", "were reported killed".
REPORTING_VERBS = frozenset({
    "believed", "thought", "feared", "reported", "said", "presumed", "understood", "known",
    "confirmed", "assumed", "suspected",
})  # fmt: skip


def reported_fates(verb: Token) -> list[Token]:
    """The fate a passive verb of belief or report tells of its subject ("believed to have
    been injured", "reported killed")."""
    if verb.lower_ not in REPORTING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN"]
