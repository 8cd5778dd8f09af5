"""A unit's name that the tagger cut before its type word and labelled as something else.

The small model often tags the first word of "Nineveh Governorate" or "Tunis Governorate" as a
person, a nationality or a language and leaves the type word out. Read so, the name is dropped
as a person's or read as the town; but the name with the capitalised type word right after it
is a known first- or second-level unit, and that whole name is the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import ADMIN1_CUES, ADMIN2_CUES, Mention
from sitrep.extract.place_names import capitalised, lookup, mention_of, span_text, strip_article

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.gazetteer import Gazetteer

UNIT_TYPE_WORDS = ADMIN1_CUES | ADMIN2_CUES
UNIT_LEVELS = frozenset({"ADM1", "ADM2"})


def unit_with_its_type_word(ent: SpacySpan, gazetteer: Gazetteer) -> Mention | None:
    """ "Velnia" (tagged a person) + "Governorate": the known unit of that whole name."""
    doc, tokens = ent.doc, strip_article(ent)
    if not tokens or ent.end >= len(doc):
        return None
    word = doc[ent.end]
    if word.ent_type_ or not capitalised(word) or word.lower_ not in UNIT_TYPE_WORDS:
        return None
    whole = [*tokens, word]
    entries = tuple(e for e in lookup(gazetteer, span_text(whole)) if e.level in UNIT_LEVELS)
    return mention_of(whole, entries) if entries else None
