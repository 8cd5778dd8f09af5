"""A count right after a well-known place that the sentence tells of as a place: "Ibadan, 14,
was the worst hit" gives Ibadan's toll, not a person's age.

The age rule of `place_filters` reads "Name, 43, was ..." as a person of 43, and a person's name
is then no place anywhere in the article. A city of size whose clause tells of damage or of being
hit (not "hit by" something), and that no pronoun of a person follows in its sentence, is the place with its count; "Ibadan, 14, was
arrested" still reads as a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import important
from sitrep.extract.place_names import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.gazetteer import Gazetteer

# Words that say a place suffered: "was the worst hit", "was badly damaged", "was flooded".
# Words a person's feelings share ("devastated", "affected") are left out: "Paris, 25, was
# devastated by the news" is a woman.
DAMAGE_WORDS = frozenset({
    "flooded", "damaged", "destroyed", "ravaged", "inundated", "submerged", "shelled",
    "bombarded",
})  # fmt: skip
# ... and those that do so only after a degree word: "worst hit", "hardest struck".
HIT_WORDS = frozenset({"hit", "struck"})
DEGREE_WORDS = frozenset({"worst", "hardest", "most", "badly", "heavily", "severely"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def place_count(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether the number after `token` ("Ibadan, 14, was ...") counts something in a well-known
    place that its clause tells of as damaged or hit, with no person's pronoun after it."""
    clause = _clause_after(token)
    words = {t.lower_ for t in token.doc[token.i + 1 : token.sent.end]}
    if words & PERSON_PRONOUNS or not _tells_of_damage(clause):
        return False
    return any(important(e) and e.kind == 0 for e in lookup(gazetteer, token.text))


def _clause_after(token: Token) -> list[Token]:
    """The words of the sentence after "Name, 14,", up to the next comma or semicolon."""
    words = []
    for word in token.doc[token.i + 4 : token.sent.end]:
        if word.text in {",", ";"}:
            break
        words.append(word)
    return words


def _tells_of_damage(clause: list[Token]) -> bool:
    for i, word in enumerate(clause):
        if word.lower_ in DAMAGE_WORDS:
            return True
        before = clause[i - 2 : i] if i else []
        after = clause[i + 1] if i + 1 < len(clause) else None
        by_agent = after is not None and after.lower_ == "by"  # "badly hit by a car": a person
        if word.lower_ in HIT_WORDS and any(b.lower_ in DEGREE_WORDS for b in before):
            return not by_agent
    return False
