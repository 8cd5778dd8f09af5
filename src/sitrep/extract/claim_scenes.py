"""What a picture shows: "Another video showed men, referred to as North Koreans, standing
around" shows men doing something, not just men. The small parser hangs the participles that
describe the people or things shown anywhere (a verb coordinated with "showed", a clause set off
by commas), so the claim of a depicting verb runs over them to the end of the scene."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object is a scene: what a video, a photo or footage shows.
DEPICTING_VERBS = frozenset({"show", "depict"})
# Participles ("referred to as", "wounded", "standing"); the tagger often reads a past
# participle after a comma as a past tense.
PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})
DESCRIBING_DEPS = frozenset({"acl", "advcl", "conj"})


def depicted_end(cue: Token, shown: Token, end: int) -> int:
    """Where the claim of a depicting cue whose object is `shown` ends: past what is said of the
    object (`_describes_the_object`, `_inside_the_description`), else at `end`."""
    if cue_lemma(cue) not in DEPICTING_VERBS:
        return end
    scene = [c for c in cue.children if c.i > shown.i and _describes_the_object(c, cue, shown)]
    scene += [t for t in shown.subtree if t.i > shown.i and _inside_the_description(t, shown)]
    if not scene:
        return end
    last = max(t.right_edge.i for t in scene)
    tokens = trim(list(cue.doc[shown.i : last + 1]))
    return max(end, token_end(tokens[-1])) if tokens else end


def _describes_the_object(clause: Token, cue: Token, shown: Token) -> bool:
    """A participle set off by a comma after the object, which the parser coordinated with the
    cue ("showed men, referred to as ...") or made a clause of its own ("showed soldiers, some of
    them wounded"): not a further verb of the picture ("showed X and drew outrage") nor a
    reporter ("showed X, officials said")."""
    edge = clause.left_edge
    comma = edge if edge.text == "," else edge.doc[edge.i - 1] if edge.i > 0 else None
    joined = any(c.dep_ == "cc" and shown.i < c.i < clause.i for c in cue.children)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return (
        clause.dep_ in {"conj", "parataxis"}
        and clause.pos_ == "VERB"
        and clause.tag_ in PARTICIPLE_TAGS
        and comma is not None
        and comma.text == ","
        and not joined
        and not is_cue_verb(clause)
        and (clause.dep_ == "parataxis" or not own_subject)
    )


def _inside_the_description(token: Token, shown: Token) -> bool:
    """A participle reached from the object through participles only ("a man, identified as a
    commander, firing a rifle"): what the man is shown doing, not the writer's comment."""
    while token.i != shown.i:
        if token.dep_ not in DESCRIBING_DEPS or token.tag_ not in PARTICIPLE_TAGS:
            return False
        if is_cue_verb(token):
            return False
        token = token.head
    return True
