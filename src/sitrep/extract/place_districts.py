"""Districts named after their cue: "the northwestern district of Bajaur".

The small model often tags such a name as an organisation, and a small district is not important
enough to be taken from an organisation's name on its own. The cue says it is a district, county
or raion, so the name is taken, but only as a unit of that kind: a town that merely shares the
name, in another country, is no reading of "the district of X".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import ADMIN2_CUES
from sitrep.extract.place_names import lookup, mention_of, span_text, strip_article

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.place_candidates import Mention
    from sitrep.gazetteer import Gazetteer

DISTRICT_LEVELS = frozenset({"ADM2", "ADM3"})
# Unit words that follow a unit's own name: "Nduga regency", "Zvecan municipality".
UNIT_WORDS_AFTER = frozenset({"regency", "district", "county", "municipality", "prefecture"})


def named_district(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The entity as a district when "district of" (or "county of") comes before it, or as a unit
    the gazetteer may lack when a unit word follows it ("in Nduga regency")."""
    doc, tokens = ent.doc, strip_article(ent)
    if _unit_word_follows(ent) and not lookup(gazetteer, span_text(tokens)):
        yield mention_of(tokens, ())  # unknown, placed at the locality
        return
    if not tokens or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return
    if doc[ent.start - 2].lower_ not in ADMIN2_CUES:
        return
    entries = tuple(e for e in lookup(gazetteer, span_text(tokens)) if e.level in DISTRICT_LEVELS)
    if entries:
        yield mention_of(tokens, entries)


def unit_word_after(text: str, end: int) -> bool:
    """ "Nduga regency": a unit word right after the name that ends at `end`."""
    word = text[end : end + 16].split(maxsplit=1)
    return text[end : end + 1] == " " and bool(word) and word[0].rstrip(".,;:") in UNIT_WORDS_AFTER


def _unit_word_follows(ent: SpacySpan) -> bool:
    """A name of capitalised words followed by a lower-case unit word that ends the phrase ("in
    Nduga regency", not "the Apple district manager")."""
    doc, tokens = ent.doc, strip_article(ent)
    return (
        bool(tokens)
        and ent.end < len(doc)
        and doc[ent.end].text in UNIT_WORDS_AFTER
        and doc[ent.end].dep_ != "compound"
        and all(t.text[:1].isupper() for t in tokens)
    )
