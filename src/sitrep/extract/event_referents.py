"""Which earlier event a later mention of a bombing or an attack is: referents beyond the latest.

`event_merge` links "the attack" to the latest attack told. Two mentions need more than that.

A blast told again. "A car bomb tore through a market in Kismayo on Monday, killing 12 ...
The explosion ripped through the stalls shortly after dawn. Witnesses said the car blew up near a
bus stop." The later sentences name the same blast ("the explosion", "the car exploded") with no
new town and no day of their own (a time of day is no day: it is the bombing's morning), so they
are the latest bombing told again, however many sentences lie between. A blast named as new
("another explosion", "a second blast") or with an indefinite subject ("a bomb exploded") is
another bombing, and so is one placed in another town or dated to another day. The blast told
again is that of the latest attack or explosion, never one told before it: a shell or a missile
that "exploded" after a shelling is the shelling's, "the explosion" after a fuel depot blew up is
the depot's; a latest attack no blast can be (a shooting) leaves it to the other rules, and a
blast naming its weapon ("the shell exploded") is only an act with that kind of weapon.

A scene named. "The governor condemned the attack on the mosque" after a bombing of a mosque and
a shooting elsewhere points to the bombing, whose sentence names the mosque, not to the latest
attack: the nouns the mention names as what was hit pick the earlier event whose sentence tells
them, when the latest attack lies in another place or on another day (two events, the scene
telling which); with nothing setting them apart, they may be one occasion and the latest is kept.
"The blast at the market" picks its bombing among the blasts the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.event_explosions import BLAST_NOUNS, EXPLODED
from sitrep.extract.event_lexicon import split_words
from sitrep.extract.event_place_match import same_places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Event, TimeExpr

# Words that make a blast another one: "another explosion", "a second blast", "twin blasts".
NEW_ONES = frozenset(
    split_words("another second third fresh new further other separate twin later earlier")
)
DEFINITE = frozenset(split_words("the this that its"))
# The weapons of a bombing: what "the blast" or "the explosion" can be.
EXPLOSIVES = frozenset({"bomb", "IED", "landmine", "grenade"})
# Weapons of a strike that blow up where they land: "the missile exploded near a school".
STRIKE_WEAPONS = frozenset({"missile", "artillery", "drone", "rocket", "mortar", "aircraft"})
STRIKE_KINDS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
# The words that name a bombing by its act: "the bombing", "the car bomb", "a blast".
BOMBING_TRIGGERS = BLAST_NOUNS | EXPLODED | frozenset(split_words("bombing bombings bomb bombs"))
# Prepositions by which a mention names what was hit: "the attack on the market".
SCENE_PREPOSITIONS = frozenset(split_words("on at in near against"))


def retold_blast(head: Token) -> bool:
    """ "The blast hit the market", "the vehicle exploded near the shops": one blast, named as
    known (the blast or the exploding thing with "the"), not as another one."""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.lower_ in BLAST_NOUNS and head.tag_ == "NN":
        return _definite(head)
    if head.lower_ in EXPLODED or (subjects and subjects[0].lower_ in BLAST_NOUNS):
        return bool(subjects) and subjects[0].tag_ == "NN" and _definite(subjects[0])
    return False


def _definite(noun: Token) -> bool:
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "poss", "nummod")}
    return bool(words & DEFINITE) and not words & NEW_ONES


def has_own_day(times: Sequence[TimeExpr]) -> bool:
    """A sentence names a day, month or year of its own; "shortly before noon" names none."""
    return any(t.kind == "date" for t in times)


def bombing(event: Event) -> bool:
    """An attack with explosives, or one told by its blast."""
    return event.type == "attack" and (
        bool(EXPLOSIVES & set(event.weapon)) or (event.trigger or "").lower() in BOMBING_TRIGGERS
    )


def strike(event: Event) -> bool:
    """An attack by arms that explode where they land: a shelling, a missile or drone strike."""
    return event.type == "attack" and (
        event.acled in STRIKE_KINDS or bool(STRIKE_WEAPONS & set(event.weapon))
    )


def blast_candidates(events: Sequence[Event], passed: set[int]) -> list[int]:
    """The events a retold blast may be, latest first: the bombings, strikes and explosions,
    when the latest attack or explosion (leaving out those `passed`) is one of them."""
    acts = [
        i
        for i in reversed(range(len(events)))
        if i not in passed and (events[i].type == "attack" or _exploded(events[i]))
    ]
    blasts = [i for i in acts if bombing(events[i]) or strike(events[i]) or _exploded(events[i])]
    return blasts if blasts and blasts[0] == acts[0] else []


def _exploded(event: Event) -> bool:
    return event.type == "other" and (event.trigger or "").lower() in EXPLODED


def blast_fits(earlier: Event, retold: Event) -> bool:
    """A blast naming its weapon is an act with that kind of weapon: "the shell exploded" is a
    shelling's, no car bomb's and no fuel depot's; "the explosion" may be any blast's."""
    named = set(retold.weapon)
    if named & EXPLOSIVES:
        return bombing(earlier)
    if named & STRIKE_WEAPONS:
        return strike(earlier)
    return True


def named_scene(head: Token) -> frozenset[str]:
    """ "the attack on the market": the common nouns a mention names as what was hit."""
    return frozenset(
        _singular(o.lower_)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in SCENE_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    )


def sentence_nouns(head: Token) -> frozenset[str]:
    """The common nouns of the sentence an event is told in, each in the singular."""
    return frozenset(_singular(t.lower_) for t in head.sent if t.pos_ == "NOUN")


def _singular(noun: str) -> str:
    """ "markets" and "market" name one kind of place (the pipeline has no lemmatizer)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else noun


def scene_referent(
    candidates: Sequence[int], named: frozenset[str], told: Sequence[frozenset[str]]
) -> int | None:
    """The latest candidate whose sentences tell every noun the mention names as what was hit."""
    if not named:
        return None
    return next((i for i in candidates if named <= told[i]), None)


def scene_or(
    latest: int,
    events: list[Event],
    candidates: list[int],
    named: frozenset[str],
    nouns: list[frozenset[str]],
) -> int:
    """The candidate whose sentence tells the scene a mention names ("the attack on the market")
    when a place or a day sets it apart from the `latest`; else the latest."""
    scene = scene_referent(candidates, named, nouns)
    if scene is None:
        return latest
    a, b = events[scene], events[latest]
    apart = (
        same_places(a.place, b.place) is False
        or same_if_known(day_of(a.date), day_of(b.date)) is False
    )
    return scene if apart else latest


def same_if_known(a: str | None, b: str | None) -> bool | None:
    """True or False when both are known, None when either is missing."""
    if a is None or b is None:
        return None
    return a == b


def day_of(date: str | None) -> str | None:
    """The day a date names without its hour or part of the day: "when the blast struck at about
    10 a.m." is the bombing of that morning told again."""
    return date[:10] if date and date[10:11] == "T" else date  # "2025-01-06T10:00", "...TNI"
