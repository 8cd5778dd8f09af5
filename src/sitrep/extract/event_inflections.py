"""Verb inflections: the surface forms a verb base takes, since the pipeline has no lemmatizer.

Every trigger and cue table is keyed by surface form, so each verb base is expanded here to its
inflections, regular ones generated and irregular ones listed ("struck", "overran"). Kept apart
from `sitrep.extract.event_lexicon`, whose tables all use it, so the word tables and the
morphology grow on their own.
"""

from __future__ import annotations


def split_words(words: str) -> tuple[str, ...]:
    """A word list written as one space-separated string (keeps the tables compact)."""
    return tuple(words.split())


IRREGULAR: dict[str, tuple[str, ...]] = {
    "strike": ("struck", "stricken"),
    "cancel": ("cancelled", "cancelling", "canceled", "canceling"),
    "expel": ("expelled", "expelling"),
    "shoot": ("shot",),
    "fight": ("fought",),
    "flee": ("fled",),
    "take": ("took", "taken"),
    "retake": ("retook", "retaken"),
    "overrun": ("overran",),
    "send": ("sent",),
    "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"),
    "hit": ("hitting",),
    "kidnap": ("kidnapped", "kidnapping"),
    "gun": ("gunned",),
    "nab": ("nabbed",),
    "burn": ("burnt",),
    "free": ("freed",),
    "abandon": ("abandoned",),
    "stab": ("stabbed",),
    "rally": ("rallied", "rallies", "rallying"),
    "supply": ("supplied", "supplies"),
    "occupy": ("occupied", "occupies"),
    "blow": ("blew", "blown"),
    "drop": ("dropped", "dropping"),
    "go": ("went", "gone", "goes", "going"),
    "lob": ("lobbed", "lobbing"),
    "set": ("setting",),
    "pull": ("pulled",),
    "claw": ("clawed",),
    "open": ("opened",),
    "drive": ("drove", "driven"),
    "hold": ("held",),
    "say": ("said",),
    "tell": ("told",),
    "meet": ("met",),
    "find": ("found",),
    "seek": ("sought",),
    "freeze": ("froze", "frozen"),
}


def verb_forms(base: str) -> set[str]:
    """Inflections of a verb base; over-generation is harmless because the tag is checked too."""
    stem = base[:-1]
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        forms |= {stem + "ing"}
    if base.endswith("y"):
        forms |= {stem + "ies", stem + "ied"}
    if len(base) <= 4 and base[-1] not in "aeiouwy":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms | set(IRREGULAR.get(base, ()))


def forms(bases: str) -> frozenset[str]:
    """The inflections of every verb base in a space-separated list."""
    return frozenset().union(*(verb_forms(b) for b in split_words(bases)))
