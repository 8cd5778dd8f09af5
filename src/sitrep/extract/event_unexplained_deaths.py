"""People told killed with no cause named: a killing, whoever reports it.

"Kill" needs a sign of conflict in its sentence (`event_lexicon.WEAK_TRIGGERS`), because heat,
crashes and illness kill too. But "Six people were killed in Dorna on Friday" names no cause at
all, and then the sign must not come from the speaker: ", police said" and ", officials said"
report the same killing. So a passive killing of people with no agent, no clause of its own
telling how ("when a bus overturned") and no phrase naming a cause ("in a crash") is an attack;
places, days and times around it name no cause. After an article has told an attack, the
killing may be its toll, or another count of it (`event_tolls.with_following_toll`), so only a
killing told before any attack is an act of its own. The dead must be people by name ("people",
"villagers", "soldiers", a nationality), not any count ("Twenty cattle"). Accidents named anywhere
in the sentence are still no attack (`event_types.DISASTER`, checked after this), nor are those
named in the next sentence, which tells the cause. A count in the perfect ("have been killed")
is a running toll of whatever is going on, not an act of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_types import DISASTER

if TYPE_CHECKING:
    from spacy.tokens import Token

KILLED = frozenset(_w("killed slain murdered"))
PEOPLE = frozenset(
    _w(
        "people persons person civilians villagers residents men women children man woman boy "
        "girl boys girls farmers worshippers students teachers workers passengers pilgrims "
        "members family families soldiers troops servicemen policemen officers guards "
        "fighters militants gunmen rebels insurgents police"
    )
)  # no work that often kills by accident (miners, climbers) and no bare count ("Twenty cattle")
VIOLENT = frozenset({"attack", "armed_clash"})
RUNNING = frozenset(_w("has have had"))  # the perfect: the dead counted so far
SCENE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
SCENE_PREPS = frozenset(_w("in at on near outside inside across around during overnight"))


def unexplained_killing(verb: Token) -> bool:
    """ "Six people were killed in Dorna on Friday": people killed, no cause named."""
    if verb.lower_ not in KILLED or verb.tag_ != "VBN":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or not _people(subjects[0]):
        return False
    if any(c.dep_ in ("agent", "advcl") for c in verb.children):
        return False  # "killed by lightning", "killed when a bus overturned"
    if any(c.dep_ == "aux" and c.lower_ in RUNNING for c in verb.children):
        return False  # "50 people have been killed in Dorna": a running toll, not one act
    scene_only = all(_names_scene(c) for c in verb.children if c.dep_ == "prep")
    return scene_only and not _after_an_attack(verb) and not _accident_next(verb)


def _accident_next(verb: Token) -> bool:
    """The next sentence names an accident as the cause: "Seven workers were killed in Tarvik.
    A gas leak set off the blast." is no attack."""
    following = verb.doc[verb.sent.end : verb.sent.end + 1]
    return bool(following) and bool(DISASTER.search(following[0].sent.text))


def _after_an_attack(verb: Token) -> bool:
    """An earlier sentence tells an attack or a battle, whose toll (or another count of it)
    this sentence may give: "the ministry said seven people were killed" after "gunfire struck
    a convoy" is no second act."""
    return any(
        lex.NOUNS.get(t.lower_) in VIOLENT or lex.VERB_INDEX.get(t.lower_, ("",))[0] in VIOLENT
        for t in verb.doc[: verb.sent.start]
    )


def _people(subject: Token) -> bool:
    return subject.lower_ in PEOPLE or subject.ent_type_ in ("NORP", "PERSON")


def _names_scene(prep: Token) -> bool:
    """ "in Dorna", "on Friday": a place or a time, not a cause ("in a crash")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in SCENE_PREPS and all(
        o.ent_type_ in SCENE_LABELS or o.tag_ == "NNP" for o in objects
    )  # a town the tagger leaves unlabelled is still a proper name, not "a crash"
