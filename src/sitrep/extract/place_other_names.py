"""A place the text gives a second name for: "Stepanakert, which Azerbaijan calls Khankendi".

Disputed towns, renamed cities and transliterations come with the other name in the same breath;
when the gazetteer knows only that other name, it says where the first one is, and every mention
of the first name is that place. A name the gazetteer knows keeps its own readings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import mention_key
from sitrep.extract.place_names import capitalised, lookup, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.context import DocContext
    from sitrep.extract.place_candidates import Mention
    from sitrep.gazetteer import Entry, Gazetteer

# ", which Azerbaijan calls ", ", the enclave's main city, which Baku calls ", ", also known as ";
# "called" only after a comma: "Mr. Jordan called Paris home" names nothing again.
OTHER_NAME_LINK = re.compile(
    r",(?: [^,.;]{1,60},)? (?:which|what) (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* )?"
    r"(?:calls|call|knows as|know as|refers to as|refer to as|renamed) "
    r"|(?:,(?: [^,.;]{1,60},)?)? (?:also |locally |now |formerly )?known as "
    r"|,(?: [^,.;]{1,60},)? (?:also |locally |now |formerly )?called "
)


def with_other_names(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a name the gazetteer lacks given the readings of its other name."""
    by_start = {m.start: m for m in mentions}
    borrowed: dict[str, tuple[Entry, ...]] = {}
    for mention in mentions:
        if mention.entries:
            continue
        link = OTHER_NAME_LINK.match(ctx.text, mention.end)
        other = by_start.get(link.end()) if link else None
        if other is not None and other.entries:
            borrowed.setdefault(mention_key(ctx, mention), other.entries)
    return [
        replace(m, entries=borrowed[mention_key(ctx, m)])
        if not m.entries and mention_key(ctx, m) in borrowed
        else m
        for m in mentions
    ]


def names_a_known_place_again(ent: SpacySpan, gazetteer: Gazetteer) -> bool:
    """Whether an entity is followed by another name of it that the gazetteer knows ("Stepanakert,
    which Azerbaijan calls Khankendi"): a name the tagger took for a person's is then a place's."""
    doc = ent.doc
    link = OTHER_NAME_LINK.match(doc.text, ent.end_char)
    after = doc.char_span(link.end(), link.end() + 1, alignment_mode="expand") if link else None
    if after is None or not capitalised(after[0]):
        return False
    name = [after[0]]
    while name[-1].i + 1 < len(doc) and capitalised(doc[name[-1].i + 1]):
        name.append(doc[name[-1].i + 1])
    return bool(lookup(gazetteer, span_text(name)))
