"""Districts named after their cue: "the northwestern district of Bajaur".

The small model often tags such a name as an organisation, and a small district is not important
enough to be taken from an organisation's name on its own. The cue says it is a district, county
or raion, so the name is taken, but only as a unit of that kind: a town that merely shares the
name, in another country, is no reading of "the district of X".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import ADMIN2_CUES
from sitrep.extract.place_names import lookup, mention_of, span_text, strip_article, unit_after

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.place_candidates import Mention
    from sitrep.gazetteer import Gazetteer

DISTRICT_LEVELS = frozenset({"ADM2", "ADM3"})


def named_district(ent: SpacySpan, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The entity as a district when "district of" (or "county of") comes before it, or as a unit
    the gazetteer may lack when a unit word ends the phrase after it ("in Nduga regency")."""
    doc, tokens = ent.doc, strip_article(ent)
    if not tokens:
        return
    unit = mention_of(tokens, ())
    if unit_after(doc, unit) and _ends_the_phrase(ent) and not lookup(gazetteer, span_text(tokens)):
        yield unit  # unknown: resolution places a unit in the article's region
        return
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return
    if doc[ent.start - 2].lower_ not in ADMIN2_CUES:
        return
    entries = tuple(e for e in lookup(gazetteer, span_text(tokens)) if e.level in DISTRICT_LEVELS)
    if entries:
        yield mention_of(tokens, entries)


def _ends_the_phrase(ent: SpacySpan) -> bool:
    """A name of capitalised words whose unit word ends the phrase ("in Nduga regency", not
    "the Apple district manager"): enough to take a name the gazetteer lacks as a unit."""
    unit_word = ent.doc[ent.end]
    return unit_word.dep_ != "compound" and all(t.text[:1].isupper() for t in strip_article(ent))
