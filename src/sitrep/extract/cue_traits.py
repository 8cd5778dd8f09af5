""" "Show" that describes a thing's state rather than reporting: "Several of the wells showed
traces of oil", "the victims bore marks of beatings". Bodies, buildings and wells that show signs
of something are what was examined, not who speaks; a reporter around them ("..., the water board
said") is the one who speaks for the whole clause. Records, tests and images that show signs
("the autopsy showed signs of torture") still speak (`source_lexicon.DOCUMENT_NOUNS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cue_evidence import EVIDENCE_NOUNS
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.source_animacy import SPEAKER_NOUNS, SPEAKING_BODIES
from sitrep.extract.source_lexicon import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

TRAIT_VERBS = frozenset({"show", "display", "bear", "exhibit"})
# What a thing examined shows: signs, traces or marks of what befell it.
SIGNS = ("sign", "trace", "mark", "symptom", "bruise", "wound")
SIGN_NOUNS = frozenset(SIGNS) | {f"{w}s" for w in SIGNS} | {"evidence"}
# What examines and so may speak: "the autopsy showed", "scans showed", "footage showed".
EXAMINING_NOUNS = DOCUMENT_NOUNS | EVIDENCE_NOUNS
EXAMINING_NOUNS |= {"autopsy", "autopsies", "test", "tests", "scan", "scans", "x-ray", "x-rays"}
EXAMINING_NOUNS |= {"footage", "image", "images", "imagery", "video", "videos", "photo", "photos"}
EXAMINING_NOUNS |= {"examination", "examinations", "exam", "exams", "post-mortem", "results"}
# Endings of nouns for people ("backers", "investors", "activists", "politicians").
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# Things with those endings ("one of the piers showed signs of fire damage").
THINGS_LIKE_PEOPLE = frozenset(
    {"pier", "tower", "tanker", "bunker", "shelter", "border", "river", "water", "container"}
    | {"generator", "reactor", "transformer", "launcher", "helicopter", "trailer", "tractor"}
    | {"carrier", "floor", "door", "corridor", "harbor", "harbour", "computer", "motor"}
    | {"interior", "exterior", "plant", "hydrant", "pavement", "basement", "apartment"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CITING_FORMS = frozenset({"citing", "quoting"})


def shows_a_trait(verb: Token) -> bool:
    """Whether the verb, in a clause a reporter speaks for, says that a thing bears signs of
    something, with no examiner and no speaker as its subject."""
    if cue_lemma(verb) not in TRAIT_VERBS or not _reported(verb):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ in SIGN_NOUNS for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and _examined_thing(subjects[0])


def _examined_thing(subject: Token) -> bool:
    """A noun that is no examination and no speaker ("the bodies", "some of the wells"): not a
    pronoun, which may stand for a test or a person."""
    of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
    noun = objects[0] if objects and subject.pos_ != "NOUN" else subject
    if noun.pos_ != "NOUN":
        return False
    forms = {noun.lower_, noun.lower_.removesuffix("s")}
    single = noun.lower_.removesuffix("s")
    person = single.endswith(PERSON_ENDINGS) and single not in THINGS_LIKE_PEOPLE
    person = person or noun.ent_type_ != ""
    return not person and not forms & (EXAMINING_NOUNS | SPEAKER_NOUNS | SPEAKING_BODIES)


def _reported(verb: Token) -> bool:
    """A clause a reporter speaks for ("..., the water board said"): its subject is what was
    examined. Alone ("his backers showed no sign of relenting") it may be a stance. The parser
    may hang the clause on a citing set off before it ("said, citing imagery, that ...")."""
    return verb.dep_ == "ccomp" and (is_cue_verb(verb.head) or verb.head.lower_ in CITING_FORMS)
