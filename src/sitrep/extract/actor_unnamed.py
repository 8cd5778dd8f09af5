"""Armed sides a report tells but does not name: gunmen, armed men, pirates, kidnappers, bandits.

"Gunmen killed nine farmers", "Unidentified assailants opened fire", "Rebels attacked army
positions": the doer is told, only unnamed. An empty actor hides the act from a reader filtering by
actor, and the country of the place would be wrong (the gunmen are not its state). So they take one
name the ledger can compare across articles (`actors.normalize_actor` keeps it): ACLED's
"Unidentified Armed Group", without ACLED's country in brackets, which is the place's, not the
side's. Pirates, kidnappers and bandits keep a name of their own: the noun tells a trade readers
follow by itself (piracy at sea, kidnapping for ransom, rural banditry), which one catch-all name
would lose. All of them are non-state sides.

A group noun with an article ("the militants", "a militia") points at a group the article names
elsewhere (`event_coreference`, `event_named_later`) and is left to them; only a bare plural, an
unnamed man ("a gunman", "armed men") or "the gunmen" after bare "gunmen" is named here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

UNIDENTIFIED = "Unidentified Armed Group"
# Members of a trade, by the name the side takes (a plural, as "Israeli settlers" are named).
_TRADES = {
    **{word: "Pirates" for word in _w("pirate pirates")},
    **{word: "Kidnappers" for word in _w("kidnapper kidnappers abductor abductors")},
    **{word: "Bandits" for word in _w("bandit bandits")},
}
UNNAMED_SIDES = frozenset({UNIDENTIFIED, *_TRADES.values()})
# The last word of sides named only by whom they are tied to ("Russia-linked hackers",
# `actor_ties`): unnamed for linking, as a trade is.
_TIED_UNNAMED = frozenset({"hackers"})
# Men named by a state they are tied to, as the tie's side (`actor_ties`); armed men so tied
# stay "Unidentified Armed Group", as ACLED names them.
_TIED_MEN = frozenset(_w("hacker hackers"))
# Canonical names by their lowercase spellings, for `normalize_actor`.
UNNAMED_BY_WORD = {**_TRADES, **{name.lower(): name for name in UNNAMED_SIDES}}
# Words for armed men of no named group: the one list of them, which `actors` and
# `event_territory_sides` read too, so that a side these words name is non-state everywhere.
ARMED_MEN = frozenset(
    _w(
        "gunman gunmen assailant assailants attacker attackers militant militants insurgent "
        "insurgents jihadist jihadists extremist extremists terrorist terrorists shooter shooters "
        "rebel rebels guerrilla guerrillas"
    )
)
# Armed men by their trade (`_TRADES`), and men who seized a plane or rose against their own
# officers: non-state sides too, though never "Unidentified Armed Group".
ARMED_TRADES = frozenset({*_TRADES, *_w("hijacker hijackers mutineer mutineers")})
# A state's word for its enemy ("terrorists shelled the city, the ministry said"): its foe may
# be another state's army, so said by a state the words name no unnamed group.
ENEMY_LABELS = frozenset(_w("terrorist terrorists extremist extremists"))
# People who are armed men only by a word before them ("armed men", "unknown attackers").
_PERSONS = frozenset(_w("man men people persons individuals youths group groups"))
_UNNAMING = frozenset(_w("armed unidentified unknown masked hooded suspected islamist jihadist"))
# Words that make fighters or forces armed men of no named group ("rebel fighters", "insurgent
# forces"); without one, "fighters" and "forces" may be any side's ("government forces").
_ARMED_KINDS = frozenset(_w("rebel insurgent militant guerrilla jihadist islamist extremist"))
_FIGHTERS = frozenset(_w("fighter fighters force forces unit units"))
_ACRONYM = re.compile(r"[A-Z]{2,6}|[A-Z]\d{1,3}")  # "RSF", "M23" (as `actors.ACRONYM`)
_FIRST_BARE = "sitrep_first_bare_unnamed"  # word -> its first unnamed mention, on the Doc
_PLACES = frozenset({"GPE", "LOC", "FAC"})  # "gunmen in the DRC" tells where, not whose
# Group nouns the coreference modules read back as a group named elsewhere.
_POINTING = frozenset(
    _w("group groups militants insurgent insurgents jihadists gunmen attackers rebels guerrillas")
)
# Rebels who vote, not fight: "rebels in the ruling party", "backbench rebels".
_POLITICAL_REBELS = frozenset(_w("rebel rebels"))
_POLITICS = frozenset(
    _w(
        "party parties parliament parliamentary backbench backbenchers lawmakers mps caucus "
        "congress senate coalition cabinet conservative labour tory"
    )
)
# "Dozens of gunmen", "a group of armed men": the members are the side.
_PARTITIVES = frozenset(_w("dozens hundreds scores group band gang number"))


def unnamed_side(token: Token) -> str | None:
    """The name of the unnamed armed side `token` (a subject, or the "by" of "an attack by
    gunmen") stands for, or None when it names someone else or points at a named group."""
    return _unnamed_side(_members(token), look_back=True)


def is_unnamed_side(name: str | None) -> bool:
    """Whether an actor name tells only that armed men did it ("Unidentified Armed Group",
    "Bandits", "Somali pirates"): for linking, the actor is unknown, so it fits any name and
    is never evidence that two reports tell one event."""
    if not name:
        return False
    last = name.rpartition(" ")[2].lower()
    return name in UNNAMED_SIDES or last in _TRADES or last in _TIED_UNNAMED


def _unnamed_side(noun: Token, *, look_back: bool) -> str | None:
    if noun.lower_ in _TRADES:
        return _TRADES[noun.lower_]
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    armed_kind = any(c.lower_ in _ARMED_KINDS for c in modifiers)
    unnaming = armed_kind or any(c.lower_ in _UNNAMING for c in modifiers)
    if any(c.text[:1].isupper() and c.lower_ not in _UNNAMING | _ARMED_KINDS for c in modifiers):
        return None  # "Hamas gunmen", "Syrian militants": a name the actor table did not read
    if not _armed_men_word(noun, unnaming=unnaming, armed_kind=armed_kind):
        return None
    if _names_its_group(noun):
        return None  # "gunmen from the Lakurawa group", "armed men linked to the RSF"
    if noun.lower_ in _POLITICAL_REBELS and any(t.lower_ in _POLITICS for t in noun.subtree):
        return None  # "rebels in the ruling party", "backbench rebels": dissenting lawmakers
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if determiners == {"the"} and look_back and _told_unnamed_before(noun):
        return UNIDENTIFIED  # "Gunmen ambushed a patrol ... The gunmen then ...": the same men
    if determiners - {"a", "an"} or (determiners and noun.lower_ in _POINTING):
        return None  # "the assailants", "a militia": someone the article names elsewhere
    return UNIDENTIFIED


def tied_men(token: Token) -> Token | None:
    """The unnamed men a tie may name (`actor_ties`): hackers or armed men of no group ("gunmen
    linked to the RSF", "militants backed by Iran", "dozens of gunmen with ties to ..."), or
    None."""
    noun = _members(token)
    if noun.lower_ in _TIED_MEN:
        return noun
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    armed_kind = any(c.lower_ in _ARMED_KINDS for c in modifiers)
    unnaming = armed_kind or any(c.lower_ in _UNNAMING for c in modifiers)
    return noun if _armed_men_word(noun, unnaming=unnaming, armed_kind=armed_kind) else None


def _armed_men_word(noun: Token, *, unnaming: bool, armed_kind: bool) -> bool:
    return (
        noun.lower_ in ARMED_MEN
        or (noun.lower_ in _PERSONS and unnaming)
        or (noun.lower_ in _FIGHTERS and armed_kind)  # "Rebel fighters attacked a post"
    )


def _told_unnamed_before(noun: Token) -> bool:
    """ "The gunmen" after bare "Gunmen" in an earlier sentence: the men the article left
    unnamed, not a group it named ("The Sahel Front seized the town. The gunmen then ...")."""
    firsts = noun.doc.user_data.setdefault(_FIRST_BARE, {})
    if noun.lower_ not in firsts:  # one pass per word and Doc: a bare mention never looks back
        firsts[noun.lower_] = next(
            (
                t.i
                for t in noun.doc
                if t.lower_ == noun.lower_ and _unnamed_side(t, look_back=False) == UNIDENTIFIED
            ),
            None,
        )
    first = firsts[noun.lower_]
    return first is not None and first < noun.sent.start


def _names_its_group(noun: Token) -> bool:
    """Whether the words after the men name their group: an organisation or an acronym."""
    return any(
        t.ent_type_ in ("ORG", "NORP")
        or (_ACRONYM.fullmatch(t.text) is not None and t.ent_type_ not in _PLACES)
        for t in noun.subtree
        if t.i > noun.i
    )


def _members(token: Token) -> Token:
    """The members a subject counts ("dozens of gunmen"), or the object of "by gunmen"."""
    if token.dep_ in ("prep", "agent"):
        token = next((c for c in token.children if c.dep_ == "pobj"), token)
    if token.lower_ in _PARTITIVES or token.tag_ == "CD":
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        members = [c for p in of for c in p.children if c.dep_ == "pobj"]
        return members[0] if members else token
    return token
