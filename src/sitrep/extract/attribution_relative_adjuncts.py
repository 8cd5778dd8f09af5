"""A participle set off after a relative clause: whose clause it goes on.

The parser hangs ", blaming ..." on the sentence's main verb even where the relative clause
right before the comma is the one it continues: "Reuters valued the firm at $3 billion, which
Harlow called an insult, blaming the bank" (Harlow blames, going on from his own words, unless
the main clause speaks or has a person for subject: "The minister rejected the report, which
critics called biased, saying ..." is the minister's), "The march began at the plaza, where
about 40 nurses had gathered, chanting ..." (a march chants nothing). After a speech whose
subject is the relative pronoun, the pronoun's noun goes on speaking: "The governor met the
mayor, who said the plan was unfair, adding ..." (the mayor adds). Kept apart from
`attribution_participles`, which it serves, as a rule of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma, is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "where", "when", "whose"})
# Relative pronouns that stand for a speaker ("the mayor, who said ...").
PERSON_RELATIVES = frozenset({"who", "that"})
# Speech classes whose relative clause the adjunct goes on speaking for.
SPEAKING = frozenset({"say", "tell"})
# Determiners and pronouns that open no one's name ("it", "this"), read as things.
THING_PRONOUNS = frozenset({"it", "this", "that", "which"})


def nearer_relative_clause(participle: Token) -> Token | None:
    """The verb of the relative clause that closes right before the participle's comma, when
    that clause speaks itself and the main clause has no speaker of its own, or when its
    subject may speak and the main clause's is a thing; None otherwise."""
    relative = _closing_relative_clause(participle)
    if relative is None:
        return None
    if _speaks_through_pronoun(relative):
        return relative
    subject = _own_subject(relative)
    if subject is None:
        return None
    main = _own_subject(participle.head)
    if is_cue_verb(relative) and VERB_CLASSES[cue_lemma(relative)] in SPEAKING:
        return None if _main_speaks(participle.head, main) else relative
    return relative if main is not None and _is_thing(main) and _may_speak(subject) else None


def _speaks_through_pronoun(relative: Token) -> bool:
    """ "..., who said the plan was unfair,": a speech whose subject is the relative pronoun,
    set off by a comma (after "the engineers who said ..." with none, the main clause's subject
    may go on as well)."""
    subjects = [c for c in relative.children if c.dep_ == "nsubj" and c.i < relative.i]
    return (
        bool(subjects)
        and subjects[0].lower_ in PERSON_RELATIVES
        and subjects[0].i > 0
        and subjects[0].nbor(-1).text == ","
        and is_cue_verb(relative)
        and VERB_CLASSES[cue_lemma(relative)] in SPEAKING
    )


def _main_speaks(verb: Token, main: Token | None) -> bool:
    """The main clause has a speaker the adjunct goes on for: its verb speaks itself ("The
    governor denied the charge, which the auditors repeated, calling it absurd") or its
    subject is a person ("Okafor signed the law, which unions described as cruel, arguing
    ..."). A firm or an agency doing a deed ("Bloomberg priced the bonds at $2 billion, which
    Vance called a steal, blaming ...") leaves the adjunct to the relative clause's speaker."""
    if main is None:
        return False
    if is_cue_verb(verb):
        return True
    if main.pos_ == "PRON":
        return main.lower_ not in THING_PRONOUNS
    # A name the recogniser leaves untyped ("Okafor") is most often a person's.
    return main.ent_type_ == "PERSON" or (main.tag_ == "NNP" and not main.ent_type_)


def _closing_relative_clause(participle: Token) -> Token | None:
    """The relative clause the word before the participle's comma ends, hung under the verb
    the participle hangs on; not one in brackets, an aside ("(where he works)")."""
    doc, verb = participle.doc, participle.head
    position = participle.i - 1
    while position > verb.i and (doc[position].is_punct or doc[position].dep_ == "advmod"):
        if doc[position].text == ")":
            return None
        position -= 1
    node = doc[position]
    for _ in range(8):
        if node.dep_ == "relcl":
            return node if node.i > verb.i else None
        if node.i == verb.i or node.head.i == node.i:
            return None
        node = node.head
    return None


def _own_subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if not subjects or subjects[0].lower_ in RELATIVE_WORDS:
        return None
    return subjects[0]


def _is_thing(noun: Token) -> bool:
    """A singular common noun naming no group or person the recogniser knows ("the march",
    "the second clash"), nor people it counts ("a group of doctors"), or a pronoun for a
    thing."""
    if noun.lower_ in THING_PRONOUNS:
        return True
    members = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    if any(_may_speak(m) for m in members):
        return False
    return noun.tag_ == "NN" and not noun.ent_type_


def _may_speak(noun: Token) -> bool:
    """A name, a personal pronoun or people counted as a plural ("about 40 nurses")."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in THING_PRONOUNS
    return noun.pos_ == "PROPN" or noun.tag_ == "NNS" or noun.ent_type_ in {"PERSON", "NORP", "ORG"}
