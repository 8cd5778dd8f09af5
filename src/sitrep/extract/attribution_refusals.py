"""A refusal to comment is no claim: "The ministry declined to comment", "refused to discuss
the raid", "declined comment" say that the source kept silent (and "declined to be named" how it
may be cited), and a ledger of claims has nothing to record from them. A refusal to confirm or
to say a statement ("declined to confirm that two generals were dismissed") keeps that statement
as the claim, left open (`attribution_certainty` makes it hedged): the source was put the
statement and would not stand by it. So does a refusal to rule something out ("refused to
rule out new strikes"): the strikes are the claim, left possible."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.claim_spans import subtree_span
from sitrep.extract.cues import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

REFUSAL_VERBS = frozenset({"decline", "refuse"})
# What a source declines to do when it keeps silent: "to comment", "to elaborate", "to discuss
# the raid", "to say whether", "to identify the victims", "to address the report".
SILENT_ANSWERS = frozenset(
    {"comment", "respond", "reply", "answer", "elaborate", "discuss", "speculate", "talk"}
    | {"say", "specify", "disclose", "confirm", "verify", "identify", "detail", "address"}
    | {"explain", "reveal", "provide", "give", "offer", "name"}
)
# Answers whose object is a statement put to the source: "declined to confirm the sinking",
# "refused to say the words" (words of its own the source would not use).
OBJECT_STATEMENTS = frozenset({"confirm", "verify", "say"})
# Being named in print: "declined to be named", "refused to be identified".
BEING_NAMED = frozenset({"named", "identified", "quoted"})
# Nouns for the comment declined: "declined comment", "refused comment".
COMMENT_NOUNS = frozenset({"comment", "comments"})
# Words that open a question rather than a statement: "declined to say whether ...".
QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "who", "what", "when", "where", "which"})


def refuses_comment(token: Token) -> bool:
    """A refusal verb whose answer withheld carries no statement of its own."""
    if cue_lemma(token) not in REFUSAL_VERBS:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in COMMENT_NOUNS for c in token.children):
        return True
    answers = [c for c in token.children if c.dep_ == "xcomp" and c.i > token.i]
    return bool(answers) and all(_silent(a) for a in answers)


def _silent(answer: Token) -> bool:
    """An answer withheld with no statement in it, or a name withheld ("a trader who declined
    to be named": how the source may be cited, as with "asked not to be named")."""
    if answer.lower_ in BEING_NAMED:  # not "refused to be named as a witness"
        deps = {(c.dep_, c.lower_) for c in answer.children}
        return ("auxpass", "be") in deps and ("prep", "as") not in deps
    return cue_lemma(answer) in SILENT_ANSWERS and _statement_withheld(answer) is None


def refused_statement(token: Token) -> tuple[int, int] | None:
    """ "declined to confirm that two generals were dismissed": the statement the source would
    not confirm or say, as the refusal's claim."""
    if cue_lemma(token) not in REFUSAL_VERBS:
        return None
    for answer in (c for c in token.children if c.dep_ == "xcomp" and c.i > token.i):
        possibility = possibility_kept_open(answer)
        if possibility is not None:
            return subtree_span(possibility)
        if cue_lemma(answer) in SILENT_ANSWERS:
            statement = _statement_withheld(answer)
            if statement is not None:
                return subtree_span(statement)
    return None


def possibility_kept_open(answer: Token) -> Token | None:
    """ "refused to rule out new strikes", "declined to exclude a deal": what the source would
    not rule out is left possible, the claim (hedged), not the ruling out."""
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in answer.children)
    ruling_out = answer.lower_ == "exclude" or (answer.lower_ == "rule" and out)
    objects = [c for c in answer.children if c.dep_ == "dobj"]
    return objects[0] if ruling_out and objects else None


def _statement_withheld(answer: Token) -> Token | None:
    """The clause a withheld answer would have stated ("to say the army would withdraw"), not
    a question left open ("to say whether the army would withdraw"), or the statement named
    by the object of a confirmation ("to confirm the sinking")."""
    for child in answer.children:
        if child.i < answer.i or child.left_edge.lower_ in QUESTION_WORDS:
            continue
        if child.dep_ == "ccomp" or (
            child.dep_ == "dobj" and cue_lemma(answer) in OBJECT_STATEMENTS
        ):
            return child
    return None
