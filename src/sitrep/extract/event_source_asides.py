"""Acts named in a relative clause on a report's source: the source's words, not an event.

"Russian troops took the town, according to British officials, who called the assault the
largest advance this year": "the assault" is the seizure the sentence tells, named again in what
the officials said of it. Read as an act of its own, the officials' country becomes its actor.
A noun pointing back ("the assault") inside a relative clause on the object of "according to",
or on the subject of a reporting verb ("officials, who called the assault a success, said ..."),
starts no event; what the source reports there ("according to the agency, which said a driver
was shot dead") is kept. The noun points back only where an act of its kind is told outside
the clause, earlier in the article or anywhere in its sentence: "officials, who called the strike
the deadliest this year, said nine people died" tells the strike nowhere else, and keeps it.
Nor does "The president condemned the strike": a noun that is only the object of a verb naming
no act (condemned, denounced, investigated) tells no act of its own, so the aside's strike, and
its dead, are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_inflections import split_words as _w
from sitrep.extract.event_inflections import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

BACK_POINTING = frozenset(_w("the this that these those its their his her"))
REPORTING = frozenset(
    form
    for base in _w("say tell report state add announce claim confirm")
    for form in verb_forms(base)
) | frozenset(_w("said told"))
# Acts of arms: an "assault" in the aside may name back a seizure told by its verb ("took").
ARMED = frozenset(("attack", "armed_clash", "seize_territory", "retake_territory"))


def said_of_by_source(token: Token) -> bool:
    """The trigger names an act again ("the assault") in a relative clause on the source of
    "according to" or a report; an act the source reports there ("which said a driver was shot")
    is news."""
    if not _named_again(token):
        return False
    word = token
    while word.head.i != word.i:
        if word.dep_ == "relcl":
            return _is_source(word.head) and _told_elsewhere(token, word)
        word = word.head
    return False


def _named_again(token: Token) -> bool:
    """ "the assault", "this offensive", "its raid": a noun pointing back at a told act."""
    return token.tag_.startswith("NN") and any(
        c.dep_ in ("det", "poss") and c.lower_ in BACK_POINTING for c in token.children
    )


def _is_source(noun: Token) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return noun.dep_ == "nsubj" and head.lower_ in REPORTING


def _told_elsewhere(token: Token, clause: Token) -> bool:
    """An act of the noun's kind told before the clause in the article, or in its sentence
    outside it."""
    kind = _kind(token)
    inside = {t.i for t in clause.subtree}
    end = token.sent.end
    return kind is not None and any(
        _kind(t) == kind and not _only_judged(t) for t in token.doc[:end] if t.i not in inside
    )


def _only_judged(noun: Token) -> bool:
    """ "condemned the strike": a noun named as the object of a verb that names no act."""
    head = noun.head
    return (
        noun.tag_.startswith("NN")
        and noun.dep_ == "dobj"
        and head.pos_ == "VERB"
        and _kind(head) is None
    )


def _kind(token: Token) -> str | None:
    """The act a word names, acts of arms taken as one kind."""
    low = token.lower_
    kind = lex.NOUNS.get(low) if token.tag_.startswith("NN") else None
    if kind is None and token.pos_ in ("VERB", "AUX"):
        kind = lex.VERB_INDEX.get(low, (None, ""))[0]
    return "armed" if kind in ARMED else kind
