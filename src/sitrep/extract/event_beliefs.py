"""Acts only taken for what they seemed: "People thought it was a bombing", "it sounded like a
shelling", "they mistook the blast for an air strike".

A witness's first impression names an act that the sentence does not report; often the story
goes on to say it was something else (a gas explosion, a transformer). So such a mention is no
ledger event (`sitrep.extract.event_policy` drops it); an act the article does report is told
elsewhere in its own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of a first impression: "thought it was", "assumed it was", "imagined it was".
IMPRESSION_VERBS = lex.forms("think assume imagine suppose") | frozenset({"thought"})
SEEMING_VERBS = lex.forms("sound look seem feel")  # "sounded like a bombing"
BE_FORMS = frozenset({"was", "were", "is", "are", "be", "been", "'s"})
MISTAKING = lex.forms("mistake") | frozenset({"mistook", "mistaken"})


def only_believed(token: Token) -> bool:
    """Whether the act at `token` (a noun) is only what someone took it for."""
    if not token.tag_.startswith("NN"):
        return False
    head = token.head
    if token.dep_ == "attr" and head.lower_ in BE_FORMS and head.dep_ in ("ccomp", "xcomp"):
        return head.head.lower_ in IMPRESSION_VERBS  # "thought it was a bombing"
    if token.dep_ == "pobj" and head.lower_ == "like":
        return head.head.lower_ in SEEMING_VERBS  # "it sounded like a bombing"
    if token.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lower_ in MISTAKING  # "mistook the blast for an air strike"
    return False
