"""Relative clauses around a claim: a reported clause whose subject carries one set off by
commas ("said the operation, which the army calls Iron Wall, aimed to ..."), where the small
parser often takes the subject for the verb's object and hangs the predicate inside the relative
clause; and one that says who the speaker is ("“...,” a woman who reached a shelter told
Reuters"). Kept apart from `claim_spans`, which reads the claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.token_positions import token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

FINITE_OR_PARTICIPLE = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})


def predicate_past_relative(obj: Token) -> tuple[int, int] | None:
    """The object, its relative clause and the predicate after the relative clause's closing
    comma, when the parser hung that predicate inside the relative clause; else None."""
    relatives = [c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i]
    if not relatives or not _set_off(obj, relatives[0]):
        return None
    relative = relatives[0]
    for token in relative.subtree:
        if _stranded_predicate(token, relative):
            end = max(t.i for t in obj.subtree)
            while obj.doc[end].is_punct and obj.doc[end].text not in {'"', "”", "’", "'"}:
                end -= 1
            return obj.left_edge.idx, token_end(obj.doc[end])
    return None


def _set_off(obj: Token, relative: Token) -> bool:
    """A comma opens the relative clause right after the object's words."""
    opener = relative.left_edge
    return opener.i > 0 and opener.nbor(-1).text == "," and opener.lower_ in RELATIVE_WORDS


def _stranded_predicate(token: Token, relative: Token) -> bool:
    """A verb after a comma, deep in the relative clause, that is neither the clause's own verb
    nor one coordinated with it nor opens a clause of its own: the reported clause's predicate."""
    return (
        token.i > relative.i
        and token.tag_ in FINITE_OR_PARTICIPLE
        and token.dep_ in {"acl", "advcl"}
        and token.head.i != relative.i
        and token.nbor(-1).text == ","
    )


def speaker_with_relatives(source: list[Token], verb: Token) -> set[int]:
    """The speaker's tokens and the relative clauses on them ("a woman who reached a shelter"),
    which may stand between a quote and its reporting verb (the verb's own relative clause,
    "“...,” which votes in June", is no description of a speaker)."""
    relatives = [
        c
        for t in source
        for c in t.children
        if c.dep_ == "relcl" and not c.left_edge.i <= verb.i <= c.right_edge.i
    ]
    return {t.i for t in source} | {t.i for r in relatives for t in r.subtree}
