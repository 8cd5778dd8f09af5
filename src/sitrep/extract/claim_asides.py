"""What the writer adds after a comma or a dash at the end of a claim: a non-restrictive
relative clause ("cited criticism of Lauer, who took heat for ..."), a participle ("video shows
X, contradicting the police"), a concessive or temporal clause with its own subject ("claimed X,
although he refused ..."), a description of a named person ("refused to endorse Smith, the
state's most vocal advocate for ..."), or a comparison of its figure with others ("..., a
higher figure than the police gave"). The reporter did not say these; the writer tells the reader
who or what is meant or how the figures compare. `claim_spans` ends the claim before them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that name a count, which the writer may compare with another source's.
FIGURE_NOUNS = frozenset({"figure", "toll", "number", "estimate", "tally", "count"})
# Subordinators that, after a comma, open the writer's comment on a claim, not its content.
NARRATOR_SUBORDINATORS = frozenset({"although", "though", "as", "while", "whereas"})


def is_narrator_clause(token: Token) -> bool:
    """The head of a clause or phrase that comments on the claim rather than carrying it."""
    if token.dep_ == "relcl" or (token.dep_ in {"advcl", "acl"} and token.tag_ == "VBG"):
        return True
    return describes_a_name(token) or compares_the_figure(token) or _narrator_subordinate(token)


def _narrator_subordinate(token: Token) -> bool:
    """ "said the road was open, though no one had checked": a clause of contrast or time with
    a subject of its own. Without one it qualifies the claim's own words ("expect fake
    information, though mixed with some truth") and is the speaker's."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return (
        token.dep_ == "advcl"
        and bool(NARRATOR_SUBORDINATORS & marks)
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)
    )


def describes_a_name(token: Token) -> bool:
    """ "Smith, the former mayor", "Acme, its main supplier": a common noun with an article or a
    possessive set beside a proper name identifies it for the reader; a list of names ("Smith, Jones
    and Brown") or a restatement of a common noun ("the plan, a tax cut") is not this."""
    return (
        token.dep_ == "appos"
        and token.pos_ == "NOUN"
        and token.head.pos_ == "PROPN"
        and any(c.dep_ in {"det", "poss"} for c in token.children)
    )


def compares_the_figure(token: Token) -> bool:
    """ "about 60 people were missing, a higher figure than the one given by police": a figure
    noun ranked against others ("a higher figure", "the highest toll") set after the claim is
    the writer's comparison of sources, whatever the parser hung it on."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in FIGURE_NOUNS
        and any(c.dep_ == "amod" and c.tag_ in {"JJR", "JJS"} for c in token.children)
    )
