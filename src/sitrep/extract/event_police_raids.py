"""Whether a raid is a police search: the raid's own agent is the police.

A raid by police is a search (Justice), not an attack (`event_triggers`). Only the raid's own
agent counts: "gunmen attacked a police post before soldiers raided a camp" names police as a
thing hit, and the soldiers' raid is an attack. Kept in its own module because
`event_policy` is full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

POLICE_WORDS = frozenset({"police", "policemen", "officers", "detectives", "agents"})
PRONOUNS = frozenset({"they", "we", "he", "she", "it"})
RAID_CARRIERS = frozenset({"conducted", "carried", "launched", "led", "staged", "mounted"})


def police_raid(token: Token) -> bool:
    """A raid told with police as its agent ("Police raided a house", "a police raid", "raided
    by officers"). With no agent of its own, or only a pronoun ("they raided"), police named as
    a party of the sentence still make it theirs; police as a modifier of something else ("a
    police post") do not."""
    agents = [a for a in _agents(token) if a.lower_ not in PRONOUNS]
    if agents:
        return any(_is_police(a) for a in agents)
    return any(_is_police(t) and t.dep_ not in ("compound", "amod") for t in token.sent)


def _is_police(word: Token) -> bool:
    """The word or one of the words joined to it names the police ("police and soldiers")."""
    return any(w.lower_ in POLICE_WORDS for w in (word, *word.conjuncts))


def _agents(token: Token) -> Iterator[Token]:
    """Who does the raid: a verb's subject or "by" agent, a noun's modifier ("police raid"), its
    "by" phrase, or the subject of the verb that carries it out ("officers conducted a raid")."""
    verb = token
    while verb.dep_ == "conj" and not _subjects(verb):  # "arrived and raided": the first's
        verb = verb.head
    if token.tag_.startswith("VB"):
        yield from _subjects(verb)
    else:
        yield from (c for c in token.children if c.dep_ in ("compound", "amod", "poss"))
        if token.dep_ == "dobj" and token.head.lower_ in RAID_CARRIERS:
            yield from _subjects(token.head)
    for prep in token.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ == "by":
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]
