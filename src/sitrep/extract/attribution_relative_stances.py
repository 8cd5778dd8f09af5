"""A stance taken in a relative clause on its antecedent: "a deal she once backed", "the pact,
which the governor vehemently opposed", "stances that he has since disavowed".

The antecedent is what the stance verb is about (its object, moved out of the clause), and the
clause's own subject holds the stance, as in "she once backed a deal". Only verbs of stance
and denial: "the things he said" or "everything they wanted" tell of words or wishes without
saying what they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_WORDS = frozenset({"which", "whom", "that", "who"})
STANCE_CLASSES = frozenset({"stance", "deny"})
# Stance verbs that also act or go without an object: "the voters he is targeting", "the time
# they campaigned", "the nations whose delegates vote", "a case he pushed".
ACTING_VERBS = frozenset({"target", "campaign", "vote", "push"})
# Dependents that give the verb an object or a complement of its own.
OWN_OBJECTS = frozenset({"ccomp", "xcomp", "oprd", "dative", "attr", "acomp"})
# Nouns too empty to be a claim: "the things she backs" says nothing of what they are.
EMPTY_ANTECEDENTS = frozenset({"thing", "things", "one", "ones", "stuff"})


def antecedent_stance(verb: Token) -> tuple[int, int] | None:
    """The antecedent a stance verb in a relative clause takes as its moved object, or None.
    The claim runs up to the relative word, which stands for the antecedent in the clause."""
    lemma = cue_lemma(verb)
    if (
        verb.dep_ != "relcl"
        or VERB_CLASSES.get(lemma) not in STANCE_CLASSES
        or lemma in ACTING_VERBS
    ):
        return None
    antecedent = _dated_noun(verb.head)
    if (
        antecedent.pos_ not in {"NOUN", "PROPN"}
        or antecedent.lower_ in EMPTY_ANTECEDENTS
        or not _object_moved_out(verb)
    ):
        return None
    relative = [c for c in verb.children if c.i < verb.i and c.lower_ in RELATIVE_WORDS]
    end = relative[0].i if relative else antecedent.i
    tokens = trim(list(antecedent.doc[antecedent.left_edge.i : end + 1]))
    return run_bounds(tokens) if tokens else None


def _dated_noun(antecedent: Token) -> Token:
    """ "the attack on Sunday, which it blamed on the RSF": the parser hangs the clause on the
    day, but a day is no thing blamed or backed; the noun the day dates is."""
    prep = antecedent.head
    if (
        antecedent.ent_type_ in {"DATE", "TIME"}
        and antecedent.dep_ == "pobj"
        and prep.head.pos_ in {"NOUN", "PROPN"}
        and prep.head.i < prep.i
    ):
        return prep.head
    return antecedent


def _object_moved_out(verb: Token) -> bool:
    """The clause has a subject of its own and lacks its object: none follows the verb, nothing
    is left stranded ("the bill they voted for", "where voters back him") and the verb takes no
    clause."""
    children = list(verb.children)
    has_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in children)
    return (
        has_subject
        and not any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in children)
        and not any(c.dep_ in OWN_OBJECTS or c.dep_ == "nsubjpass" for c in children)
        and not any(c.tag_ == "WRB" for c in children)
        and not any(
            c.dep_ in {"prep", "prt"} and c.i > verb.i and not list(c.children) for c in children
        )
    )
