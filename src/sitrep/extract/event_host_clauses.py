"""Where a noun event's toll is told: the clause of the verb it hangs on ("an airstrike killed
40", "two soldiers were killed in fighting"), and the scene-setting clauses whose killing is
someone else's ("accused of killing dozens as fighting spreads"). Kept beside `event_clauses`,
which cuts a sentence into its acts' own clauses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_clauses import trigger_clause
from sitrep.extract.event_gerund_subjects import gerund_read_as_clause

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_host(token: Token) -> set[int]:
    """The clause of the verb a noun event is the subject of ("an airstrike killed ...")."""
    if token.tag_.startswith("NN") and token.dep_ in ("nsubj", "nsubjpass"):
        return trigger_clause(token.head) - {t.i for t in token.subtree}
    return set()


def host_clause(token: Token) -> set[int]:
    """For a noun event inside a verb's phrase ("two soldiers were killed in fighting"), the
    subject of a killing ("A drone strike killed 11") or of a gerund's verb ("Fighting around Goma
    ... killed 3,000"), that verb's clause, where the toll is told."""
    if token.dep_ == "csubj" or (token.dep_ == "nsubj" and token.head.lower_ in KILLING_FORMS):
        return trigger_clause(token.head)
    if not (token.tag_.startswith("NN") and token.dep_ == "pobj"):
        return set()
    verb = token.head.head
    if verb.tag_.startswith("NN") and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "killed 56 people in an assault": the phrase hangs on the victims
    return trigger_clause(verb) if verb.tag_.startswith("VB") else set()


KILLING_FORMS = lex.verb_forms("kill")
SCENE_MARKS = frozenset({"as", "while"})


def backdrop_to_killing(token: Token) -> bool:
    """ "accused of killing dozens in Darfur city as fighting spreads": an event told in a clause
    that sets the scene for someone's killing of others takes none of that killing's toll ("ten
    were killed as fighting raged" is the fighting's own toll)."""
    for _ in range(3):
        if token.dep_ == "advcl":
            return killing_someone(token.head) and not gerund_read_as_clause(token)
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in SCENE_MARKS:
            return killing_someone(token.head.head)  # "as fighting spreads" read as a prep
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def killing_someone(verb: Token) -> bool:
    return verb.lower_ in KILLING_FORMS and any(c.dep_ == "dobj" for c in verb.children)
