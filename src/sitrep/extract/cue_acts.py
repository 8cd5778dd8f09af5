"""Cue verbs used for an act, not a statement. "Iraq recalled its ambassador" summons a diplomat
home, "Washington responded with air strikes" answers by force and "Turkey, which backs the
rebel factions" arms a side, "the U.N. called an emergency meeting" convenes one, and
"Stepanakert, which Azerbaijan calls Khankendi" gives a place its name, "Obama called both
candidates" telephones them, "offered towns $2 million"
pays, "focused its resources on Ohio" spends and "the seat was decided by a recount" is settled
by a vote: none of them says or holds anything, though "recalled the meeting", "responded with a
statement", "backs the bill", "called the meeting a farce", "offered no details", "focused her
attention on taxes" and "decided to run" do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Whom a government recalls: its envoys come home, nobody remembers anything.
DIPLOMATS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul"}
    | {"emissary", "emissaries", "delegation", "delegations", "negotiators", "chargé"}
)
# Answers given by force or by measures: "responded with air strikes", "with sanctions" ("with
# attacks" is left out: a candidate responds with attacks on a rival).
FORCEFUL_ANSWERS = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "force", "fire", "gunfire", "shelling"}
    | {"bombing", "bombings", "raid", "raids", "missiles", "rockets", "drones", "sanctions"}
    | {"tariffs", "arrests", "crackdown", "troops", "counterattack", "counteroffensive"}
)
# Gatherings one convenes: "called an emergency meeting" ("called the meeting a farce" is a
# verdict, and "called snap elections" announces a vote).
GATHERINGS = frozenset({"meeting", "meetings", "session", "sessions", "summit", "conference"})
# Particles that make a call an act: "called off the talks", "called up reservists", "called
# in the army", "called back its envoy".
CALL_ACT_PARTICLES = frozenset({"off", "up", "in", "back"})
# Complements that pass a verdict on the one called: "called him a liar", "called it unfair",
# "called them to account" is left as an act.
VERDICT_DEPS = frozenset({"oprd", "attr", "acomp", "ccomp", "dobj", "appos"})
PARTY_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
# Words that count the people called: "both candidates", "several donors", "half a dozen".
COUNTING_WORDS = frozenset({"both", "several", "dozen", "all", "each", "some", "many", "few"})
# Events and activities, whose focus is a topic, not a stance: "the debate focused on taxes",
# "his work has focused on reform" ("the senator focused on taxes" takes a stance).
ACTIVITIES = frozenset(
    {"debate", "debates", "discussion", "discussions", "coverage", "race", "work", "talks"}
    | {"meeting", "meetings", "hearing", "hearings", "session", "conference", "summit", "trial"}
)
# What one puts into a place or a cause, not a topic one speaks on: "focused resources on Ohio".
SPENT_MEANS = frozenset(
    {"resources", "money", "funds", "funding", "spending", "cash", "troops", "forces", "ads"}
)
# Votes that settle a race: "was decided by a recount".
DECIDING_VOTES = frozenset(
    {"runoff", "runoffs", "vote", "votes", "election", "elections", "ballot", "primary"}
    | {"caucus", "caucuses", "recount", "referendum", "margin", "lottery", "delegates"}
)
# Words that make a noun phrase a sum of money: "$30 billion", "billions of dollars".
MONEY_WORDS = frozenset({"$", "dollars", "dollar", "euros", "pounds", "cents"})
# What candidates run for: "is challenging the governor for her seat" contests an election.
OFFICES = frozenset({"nomination", "seat", "presidency", "office", "post", "leadership", "title"})
# Armed sides a state backs with arms, not words: "backs the rebels", "backed militias". An
# army is left out: "backs our troops" is a politician's stance.
IRREGULAR_FIGHTERS = frozenset(
    {"rebels", "militants", "insurgents", "jihadists", "gunmen", "fighters", "militia"}
    | {"militias", "paramilitaries", "proxies", "insurgency"}
)
# What makes a faction or a group an armed one: "the rebel factions", "armed groups".
ARMED_MODIFIERS = frozenset({"rebel", "armed", "militant", "jihadist", "insurgent", "paramilitary"})


def is_act(verb: Token, lemma: str) -> bool:
    """A recall of envoys, an answer by force, backing for an armed side, a meeting called, a
    run for office, an appearance, the topic of an event, means spent, money offered or a race
    a vote decides."""
    if lemma == "recall":
        return any(o.lower_ in DIPLOMATS for o in _objects(verb))
    if lemma == "respond":
        return any(answer.lower_ in FORCEFUL_ANSWERS for answer in _prep_objects(verb, "with"))
    if lemma == "back":
        return any(_is_armed_side(side) for side in _objects(verb))
    if lemma == "call":
        return _convenes(verb) or _names(verb) or _phones(verb)
    if lemma == "challenge":
        holders = [verb, *_objects(verb)]  # "for" hangs on the verb or on the rival
        return any(post.lower_ in OFFICES for h in holders for post in _prep_objects(h, "for"))
    if lemma == "show":  # "showed up at the rally", "showed off the new plane"
        return any(c.dep_ == "prt" and c.lower_ in {"up", "off"} for c in verb.children)
    if lemma == "focus":
        subjects = _with_parts(verb, {"nsubj", "nsubjpass"})
        return any(s.lower_ in ACTIVITIES for s in subjects) or _spends_means(verb)
    if lemma == "offer":
        return _offers_money(verb)
    if lemma == "decide":
        return _is_passive(verb) and any(v.lower_ in DECIDING_VOTES for v in _agents(verb))
    return False


def _spends_means(verb: Token) -> bool:
    """ "focused its money on northern towns": means put into a place or cause."""
    return any(o.lower_ in SPENT_MEANS for o in _objects(verb))


def _offers_money(verb: Token) -> bool:
    """ "offering $30 billion", "offered towns millions of euros": the object, or the whole a
    counted object is of, is a sum ("an account of the $9 million gap" is words)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    counted = [o for o in objects if o.like_num or o.ent_type_ in {"MONEY", "CARDINAL"}]
    wholes = [w for o in counted for w in _prep_objects(o, "of")]
    return any(_is_money(thing) for thing in [*objects, *wholes])


def _is_money(thing: Token) -> bool:
    """ "offering $30 billion", "offered towns millions of euros", "a $8 million bounty": a sum
    paid, not words. Only the head and the words counting it are read: "an account of the $9
    million gap" and "relatives of the dollar brokers" are no sums."""
    counters = [c for c in thing.children if c.dep_ in {"nummod", "quantmod", "compound"}]
    return any(t.ent_type_ == "MONEY" or t.lower_ in MONEY_WORDS for t in [thing, *counters])


def _is_passive(verb: Token) -> bool:
    """ "the seat was decided by a recount", with no decision of its own ("decided by a 7-4
    vote to close the school" is the board's resolve)."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and not deps & {"ccomp", "xcomp"}


def _agents(verb: Token) -> list[Token]:
    """The passive's agent: "decided by a recount"."""
    return [
        pobj
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]


def _convenes(verb: Token) -> bool:
    """ "called an emergency meeting": a gathering as the only object, with no verdict on it."""
    objects = _objects(verb)
    verdict = any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children)
    return len(objects) == 1 and objects[0].lower_ in GATHERINGS and not verdict


def _phones(verb: Token) -> bool:
    """ "Obama called both candidates on Tuesday", "she called him to congratulate him", "called
    off the talks", "called up reservists": a telephone call, a summons or an act, with one
    party as the only complement and no verdict on it ("called him a liar", "called the plan
    “reckless”" judge)."""
    if any(c.dep_ == "prt" and c.lower_ in CALL_ACT_PARTICLES for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or not _is_party(objects[0]):
        return False
    rest = [c for c in [*verb.children, *objects[0].children] if c.i > objects[0].i]
    return not any(c.dep_ in VERDICT_DEPS or c.is_quote for c in rest) and not _quoted_after(
        objects[0]
    )


def _is_party(noun: Token) -> bool:
    """A person or a body one telephones or summons: a personal pronoun, a person's or a
    body's name, or people counted ("both candidates", "half a dozen directors")."""
    if noun.lower_ in PARTY_PRONOUNS:
        return True
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in {"PERSON", "ORG"}
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"nummod", "det", "predet", "quantmod"} and c.lower_ in COUNTING_WORDS
        for c in noun.children
    )


def _quoted_after(noun: Token) -> bool:
    """A quote right after the object is what it was called, however the parser hung it."""
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    return after is not None and after.is_quote


def _names(verb: Token) -> bool:
    """ "which Azerbaijan calls Khankendi", "what Kyiv calls the Donetsk People's Republic": a
    relative word stands for the thing and the one complement left is a capitalised proper name,
    its name in that speaker's usage ("what he called a disaster", "what it calls “reproductive
    healthcare”" are verdicts)."""
    complements = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    relative = [c for c in complements if c.tag_ in {"WDT", "WP"}]
    names = [c for c in complements if c not in relative]
    return (
        bool(relative)
        and len(names) == 1
        and names[0].pos_ == "PROPN"
        and names[0].text[:1].isupper()
    )


def _objects(verb: Token) -> list[Token]:
    return _with_parts(verb, {"dobj"})


def _with_parts(verb: Token, deps: set[str]) -> list[Token]:
    """The verb's dependents of `deps`, and the whole a part is taken of: "backs some of the
    rebel factions", "much of the coverage focused on"."""
    heads = [c for c in verb.children if c.dep_ in deps]
    return heads + [
        whole
        for part in heads
        for prep in part.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for whole in prep.children
        if whole.dep_ == "pobj"
    ]


def _prep_objects(head: Token, preposition: str) -> list[Token]:
    return [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _is_armed_side(side: Token) -> bool:
    """ "militias", "the rebel factions", "armed groups": armed by its head or its modifier
    ("groups" alone is any lobby)."""
    modifiers = {c.lower_ for c in side.children if c.dep_ in {"compound", "amod"}}
    return side.lower_ in IRREGULAR_FIGHTERS or bool(modifiers & ARMED_MODIFIERS)
