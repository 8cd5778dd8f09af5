"""The subject a sentence-opening "they" takes up: "Niger, Mali and Burkina Faso formed an
alliance. They announced a joint force": a pronoun that opens a sentence most likely continues
the subject of the sentence before, even where an earlier source was plural too; so does a
"he" or "she" after a sentence whose subject is a person named. Kept apart from
`source_coreference`, which resolves pronouns against earlier sources only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim

if TYPE_CHECKING:
    from spacy.tokens import Token

# What hangs on a subject without being part of its name: "Niger, Mali and Burkina Faso, all
# ruled by juntas," / "the rebels, who ...".
SUBJECT_ASIDES = frozenset({"appos", "acl", "relcl", "punct", "prep", "advmod"})


def subject_taken_up(source: list[Token]) -> list[Token]:
    """The acting subject of the previous sentence, when `source` is a pronoun opening its
    sentence: a plural one for "they", a person named for "he" or "she" ("President Ana Ruiz
    declared an emergency. She said ..."); else none."""
    if len(source) != 1 or source[0].lower_ not in {"they", "he", "she"}:
        return []
    pronoun = source[0]
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0:
        return []
    before = pronoun.doc[sentence.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return []
    if pronoun.lower_ == "they":
        fits = _plural(subjects[0])
    else:
        fits = _person_named(subjects[0]) and _title_fits(subjects[0], pronoun.lower_)
    return trim(_without_asides(subjects[0])) if fits else []


def _person_named(head: Token) -> bool:
    return head.ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in head.children)


# Titles that tell which pronoun takes a person up ("Mr. Ruiz declared ... She said" is not his).
TITLES_OF = {
    "he": frozenset({"mr", "mr.", "sir", "lord", "king", "prince"}),
    "she": frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady", "queen"}),
}


def _title_fits(head: Token, pronoun: str) -> bool:
    other = TITLES_OF["she" if pronoun == "he" else "he"]
    return not any(t.lower_ in other for t in head.subtree)


def _plural(head: Token) -> bool:
    return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in head.children)


def _without_asides(head: Token) -> list[Token]:
    """The subject's own words: its name or names, less appositions and clauses on it."""
    dropped = {
        t.i
        for child in head.children
        if child.dep_ in SUBJECT_ASIDES and not (child.dep_ == "punct" and _inside_list(child))
        for t in child.subtree
    }
    return [t for t in head.subtree if t.i not in dropped]


def _inside_list(comma: Token) -> bool:
    """The comma between two names of a list ("Niger, Mali and ..."), not one opening an aside."""
    following = comma.nbor(1) if comma.i + 1 < len(comma.doc) else None
    return following is not None and following.dep_ == "conj"
