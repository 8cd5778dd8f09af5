"""Infrastructure sabotaged: "rebels severed an undersea cable", "saboteurs cut a gas pipeline".

"Severed ties" is a sanction (`event_senses`), and "cut" alone is no act of force ("cut taxes",
"cut aid"), so neither verb is an attack in the lexicon. With a cable, a pipeline or a power line
as its object the act is the destruction of property ACLED codes "Looting/property destruction"
(PLOVER COERCE): someone damaged what others rely on, with no one shot at. "Sabotage" takes the
same objects: "sabotaged the peace talks" is politics, and the bare noun is more often weighed
("ruled out sabotage", "in what officials called sabotage") than told. A cable cut by a ship's
anchor or a storm is an accident, and one cut by its operator for repairs is upkeep: no one's act
of force. A cable word that only names another thing ("a cable car", "its cable news channel") is
no cable: cutting a cable car service or sabotaging a cable car disables no line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_ailments import doers
from sitrep.extract.event_inflections import split_words, verb_forms
from sitrep.extract.natural_hazards import DISASTERS
from sitrep.extract.verb_objects import object_words

if TYPE_CHECKING:
    from spacy.tokens import Token

PROPERTY_DESTRUCTION = "Looting/property destruction"
SABOTAGE_FORMS = frozenset(verb_forms("sabotage"))
SABOTAGE_NOUNS = frozenset({"sabotage", "sabotages"})
CUTTING_BASES = {form: base for base in ("sever", "cut", "slice") for form in verb_forms(base)}
# What a population relies on that a cut disables.
INFRASTRUCTURE = frozenset(
    split_words(
        "cable cables pipeline pipelines powerline powerlines grid grids substation substations "
        "railway railways railroad railroads interconnector interconnectors"
    )
)
# "power lines", "rail tracks", "fibre-optic line": a line that carries something. Tracks alone
# may be a record's ("cut two tracks from the album").
LINES = frozenset(split_words("line lines track tracks"))
# Things a cable word names that are no line: "a cable car", "cable news", "a cable operator".
OTHER_THINGS = frozenset(
    split_words(
        "car cars news channel channels television tv operator operators company companies "
        "provider providers subscription subscriptions show shows"
    )
)
CARRYING = frozenset(split_words("power rail railway train transmission telephone fibre fiber gas"))
# Doers that cut a cable by accident: ships, their anchors, the weather.
VESSELS = frozenset(
    split_words(
        "ship ships vessel vessels freighter freighters tanker tankers trawler trawlers boat "
        "boats anchor anchors"
    )
)
ACCIDENTAL_DOERS = VESSELS | DISASTERS
# Those who run the lines and cut them to mend them: no sabotage.
OPERATORS = frozenset(
    split_words(
        "utility utilities company companies operator operators engineers engineer crews crew "
        "technicians"
    )
)
UPKEEP = frozenset(split_words("repair repairs repairing maintenance upgrade upgrades inspection"))
# Verbs that weigh the word "sabotage" rather than tell of one: "ruled out sabotage", "denied
# any sabotage", "called it sabotage", "accused its rival of sabotage", "suspected sabotage".
WEIGHING = frozenset(
    form
    for base in split_words(
        "rule deny dismiss reject call label term brand accuse suspect blame allege investigate "
        "probe describe"
    )
    for form in verb_forms(base)
)
_SABOTAGE = ("attack", "sabotage", PROPERTY_DESTRUCTION)


def sabotage_trigger(token: Token) -> tuple[str, str, str | None] | None:
    """("attack", base, ACLED sub-type) for a verb or a noun that sabotages infrastructure, else
    None. "Sabotaged the peace talks" and "sabotage" with no object are no attack."""
    low = token.lower_
    if low in SABOTAGE_NOUNS:
        named = _infrastructure_object(token) or _infrastructure_named(token)
        return _SABOTAGE if named and not _weighed(token) else None
    if low in SABOTAGE_FORMS and _deliberate_cut(token):
        return _SABOTAGE
    if low in CUTTING_BASES and _deliberate_cut(token):
        return "attack", CUTTING_BASES[low], PROPERTY_DESTRUCTION
    return None


def _deliberate_cut(verb: Token) -> bool:
    """The verb disables infrastructure, and neither an accident nor upkeep explains it."""
    return _infrastructure_object(verb) and not _by_accident(verb) and not _for_upkeep(verb)


def _infrastructure_object(verb: Token) -> bool:
    """ "an undersea cable", "the gas pipeline", "power lines": the verb's object carries power,
    data or fuel."""
    return _carries(object_words(verb, keep=_kept))


def _kept(word: Token) -> bool:
    """All object words but a cable word that only names another thing (`_names_another_thing`)."""
    return not _names_another_thing(word)


def _names_another_thing(word: Token) -> bool:
    """ "cable" in "a cable car", "cable news": a modifier of a noun that is no line. Only the
    things a cable word is known to name count: "cable infrastructure" is still a cable."""
    if word.dep_ != "compound" or word.lower_ not in INFRASTRUCTURE:
        return False
    return word.head.lower_ in OTHER_THINGS


def _infrastructure_named(noun: Token) -> bool:
    """ "pipeline sabotage": the noun's compound names what was sabotaged."""
    return _carries({c.lower_ for c in noun.children if c.dep_ == "compound"})


def _carries(words: set[str]) -> bool:
    return bool(words & INFRASTRUCTURE) or (bool(words & CARRYING) and bool(words & LINES))


def _weighed(noun: Token) -> bool:
    """ "Police ruled out sabotage", "accused its rival of sabotage of the pipeline": the noun is the
    object of a verb that judges whether sabotage took place."""
    head = noun.head
    while head.dep_ in ("prep", "agent") and head.head is not head:
        head = head.head
    return head.lower_ in WEIGHING


def _by_accident(verb: Token) -> bool:
    """ "A freighter dragged its anchor, severing a data cable": the cut's doer, or when it names
    none, the doer or the object of the clause it tells the outcome of, is a ship or the weather."""
    found = doers(verb)
    if not found and verb.dep_ in ("advcl", "conj", "xcomp"):
        found = doers(verb.head)
        if verb.dep_ == "advcl":
            found += [c for c in verb.head.children if c.dep_ == "dobj"]
    words = {t.lower_ for d in found for t in d.subtree}
    return bool(words & ACCIDENTAL_DOERS)


def _for_upkeep(verb: Token) -> bool:
    """ "The utility cut power lines to let crews repair them": the operator cuts its own lines,
    or the cut is for repair or maintenance."""
    if {d.lower_ for d in doers(verb)} & OPERATORS:
        return True
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "prep")]
    return bool({t.lower_ for p in purposes for t in p.subtree} & UPKEEP)
