"""Attack verbs that describe a habit, a policy, a running total or a series, not one event.

"The military says it targets only militants" or "a militia that fights alongside the army" states
how a side fights, and "4,300 civilians have been killed since the coup" sums many attacks over
years; neither is an incident for the ledger (the number stays a quantity). Both are told with a
verb that also reports single events, so the tense and its modifiers decide. "Attacked 11 times" and
"48 assaults" are kept as one ledger entry for a series; a single attack told later is not that
series told again. A past perfect describing a noun ("fighters who had signed the 2016 peace deal")
is that noun's history, and gangs that "are fighting over routes" tell a rivalry, not a clash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_ideals import IDEALS
from sitrep.extract.event_lexicon import split_words
from sitrep.extract.numbers import VAGUE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PERFECT_AUX = frozenset({"has", "have"})
# Verbs that count victims; "have arrested 200 since Wednesday" is still a crackdown told as news.
TOLL_VERBS = frozenset({"killed", "wounded", "injured", "slain", "maimed"})
PERIOD_NOUNS = frozenset({"period", "years", "months", "weeks", "decade", "decades", "year"})


def policy_present(token: Token) -> bool:
    """ "it targets only armed groups", "the army only attacks military sites": a simple present
    narrowed by "only" says what a side does as a rule, not what it did."""
    if token.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    narrowed = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(c.dep_ == "advmod" and c.lower_ == "only" for t in narrowed for c in t.children)


# Adverbs that make a verb a recurring act ("shelled almost daily", "regularly shell"); the
# clause-level habit cues of `time_habits` ("has been", "would") are too wide for one verb.
RECURRING_ADVERBS = frozenset(
    split_words("daily nightly weekly regularly routinely constantly habitually")
)
RECURRING_NOUNS = frozenset(split_words("day night week morning evening"))  # "every night"


def recurring(token: Token) -> bool:
    """ "It has been shelled almost daily since", "drones attack the city every night": a verb
    told with how often it recurs is a habit, no single event (a "daily shelling" as well)."""
    if token.tag_.startswith("NN"):
        return any(c.dep_ == "amod" and c.lower_ in RECURRING_ADVERBS for c in token.children)
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in RECURRING_ADVERBS:
            return True
        if (
            child.dep_ == "npadvmod"
            and child.lower_ in RECURRING_NOUNS
            and any(d.lower_ in ("every", "each") for d in child.children)
        ):
            return True
    return False


def described_habit(token: Token) -> bool:
    """ "a militia that fights alongside the army": a simple present in a relative clause says
    what a group is or does as a rule, not what it did."""
    return (
        token.dep_ == "relcl"
        and token.tag_ in PRESENT_TAGS
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def running_toll(token: Token) -> bool:
    """ "civilians have been killed by the security forces since then", "29 Israelis have been
    killed in Palestinian attacks over the same period": a present perfect counted from a
    starting point or over a period sums every attack since, and is none of them."""
    verb = _toll_verb_of(token)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children):
        return False
    return any(c.dep_ == "prep" and _counted_from(c) for c in verb.children)


def _toll_verb_of(token: Token) -> Token | None:
    """The toll verb itself, or the one an attack noun tells the deaths of ("killed in attacks")."""
    if token.lower_ in TOLL_VERBS:
        return token
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.lower_ in TOLL_VERBS:
        return prep.head
    return None


def _counted_from(prep: Token) -> bool:
    """ "since then", "over the same period", "in the past year": a span of time, not a day."""
    if prep.lower_ == "since":
        return True
    periods = {g.lower_ for g in prep.children if g.dep_ == "pobj"}
    return prep.lower_ in ("over", "in", "during") and bool(periods & PERIOD_NOUNS)


# Words that date a starting point to a day: "have clashed since Sunday" is this week's news.
DAY_WORDS = frozenset(
    split_words(
        "monday tuesday wednesday thursday friday saturday sunday yesterday today overnight dawn "
        "morning afternoon evening night hours days january february march april may june july "
        "august september october november december"
    )
)


def state_since(token: Token) -> bool:
    """ "Armed groups have fought for the trade since 2016", "since the FARC disarmed": a present
    perfect counted from a year or a past event tells a state that has lasted, not one event; from
    a day ("since Sunday", "since the truce collapsed on Monday") it is still news."""
    if token.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in token.children
    ):
        return False
    starts = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "since"]
    starts += [
        c
        for c in token.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
    ]
    return any(not {t.lower_ for t in start.subtree} & DAY_WORDS for start in starts)


LONG_SPANS = frozenset({"years", "decades", "months", "generations"})


def scene_for_years(token: Token) -> bool:
    """ "The region has for years been the scene of attacks": acts named under a present perfect
    that has lasted for years tell what a place has been through, not one event."""
    if not token.tag_.startswith("NN"):
        return False
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children):
        return False
    spans = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(g.lower_ in LONG_SPANS for span in spans for g in span.children)


def background_pluperfect(token: Token) -> bool:
    """ "combatants who had signed the 2016 peace deal", "the town, which rebels had seized in
    2023": a past perfect in a relative clause tells who or what a noun is by its past, not the
    news; dated to a day ("who had stormed the town on Sunday") it is still this week's event, and
    so is harm done to people ("farmers who had been killed by gunmen"). An act noun it governs
    ("who had signed the truce") is that same past."""
    verb = token.head if token.tag_.startswith("NN") and token.dep_ == "dobj" else token
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or verb.lower_ in TOLL_VERBS:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" not in auxiliaries or "been" in auxiliaries:
        return False
    return not {t.lower_ for t in verb.subtree} & DAY_WORDS


def counted_series(token: Token) -> bool:
    """ "attacked 11 times", "repelled 48 assaults", "carried out hundreds of strikes": a count
    of attacks, many incidents in one."""
    if token.tag_ == "NNS":
        return any(c.dep_ == "nummod" for c in token.children) or _vaguely_counted(token)
    return any(
        c.lower_ == "times" and any(n.dep_ == "nummod" for n in c.children)
        for c in token.children
        if c.dep_ in ("npadvmod", "advmod", "dobj")
    )


def told_as_series(words: list[Token], main: Token, dated: bool) -> bool:
    """Many acts in one mention: a counted series, or an undated plural told as a kind of act
    ("a response to Russian attacks on the power grid"), which a dated strike told later ("fired
    missiles at Kharkiv on Friday, killing seven") does not restate."""
    return any(counted_series(w) for w in words) or (not dated and _generic_plural(main))


def _generic_plural(token: Token) -> bool:
    """ "attacks on the grid" after a preposition, with no article, possessor or number: the kind
    of act, not acts on a day ("the attacks", "its strikes", "three raids" point to some). Not
    the acts a toll was taken in ("five were killed in airstrikes on the city"): those are the
    day's strikes, told again with their target."""
    return (
        token.tag_ == "NNS"
        and token.dep_ == "pobj"
        and _toll_verb_of(token) is None
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    )


def _vaguely_counted(token: Token) -> bool:
    """ "hundreds of strikes", "dozens of raids": acts counted by a vague amount."""
    holder = token.head
    return token.dep_ == "pobj" and holder.lower_ == "of" and holder.head.lower_ in VAGUE_WORDS


FIGHT_FORMS = frozenset(split_words("fight fights fighting fought"))


def fights_for_a_cause(token: Token) -> bool:
    """ "the group, which is fighting for the independence of the province": fighting for an ideal
    is a cause a side pursues, not a battle ("fought for control of the town" is one)."""
    if token.lower_ not in FIGHT_FORMS:
        return False
    goals = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
    ]
    return any(g.dep_ == "pobj" and g.lower_ in IDEALS for g in goals)


# What rival groups fight over for years: "gangs are fighting over smuggling routes".
STAKES = frozenset(split_words("routes route turf markets rackets resources revenue trade mines"))
PRESENT_AUX = frozenset({"is", "are"})


def rivalry_over_stakes(token: Token) -> bool:
    """ "Gangs linked to cartels are fighting over routes to export cocaine": a present rivalry
    over a trade is the state of affairs behind the news, not a clash on a day and at a place."""
    if token.lower_ not in FIGHT_FORMS or token.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PRESENT_AUX for c in token.children):
        return False
    stakes = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "over" for g in c.children
    ]
    return any(g.dep_ == "pobj" and g.lower_ in STAKES for g in stakes)


def trend_over_period(token: Token) -> bool:
    """ "has stepped up attacks on security forces over the past year": attacks a present perfect
    tells over a span of time are a trend, not one incident; since a day it is still news."""
    if token.tag_ != "NNS" or token.dep_ != "dobj" or counted_series(token):
        return False
    verb = token.head
    if not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children):
        return False
    spans = [c for c in (*token.children, *verb.children) if c.dep_ == "prep" and _counted_from(c)]
    return any(not {t.lower_ for t in span.subtree} & DAY_WORDS for span in spans)
