"""Camps named after the town they stand by: "the Nuseirat refugee camp", "Kakuma camp".

A refugee or displacement camp takes the name of its town, so the name before "camp" is a place
however the tagger labels it (an organisation, a person): it is read as the town, and resolved
as a landmark is (`place_landmarks`): where the story is, never at a far namesake that happens
to be the gazetteer's main bearer of the name. A person's name before a bare "camp" is a
faction ("the Harlow camp said"), so a person's needs the camp's kind word ("refugee").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

CAMP_WORDS = frozenset({"camp", "camps"})
# Lower-case words that say what a camp shelters: "refugee camp", "displacement camp".
CAMP_KINDS = frozenset(
    {"refugee", "refugees", "displacement", "displaced", "idp", "idps", "transit"}
)
# The same as a pattern, for the text-level checks of `place_landmarks`.
CAMP_KIND_PATTERN = "|".join(sorted(CAMP_KINDS))


def names_a_camp(doc: Doc, after: int, person: bool = False) -> bool:
    """Whether the words from token `after` on call the name just before them a camp: "camp",
    or a camp's kind word and "camp" ("refugee camp"); a person's name needs the kind word."""
    if after >= len(doc):
        return False
    word = doc[after].lower_
    if word in CAMP_WORDS:
        return not person
    return word in CAMP_KINDS and after + 1 < len(doc) and doc[after + 1].lower_ in CAMP_WORDS
