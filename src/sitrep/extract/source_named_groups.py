"""The organisation that "the group" or "the movement" stands for when the article named it in
its story, not as a speaker: "The Northern Unity Movement freed 15 hostages, mediators said.
... The group said it controlled 300 square kilometres." The speaker is the movement, not
an unnamed "group"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.attribution_common import Found
from sitrep.extract.source_lexicon import GROUP_DESCRIPTIONS, INTERNATIONAL_ORGANIZATIONS
from sitrep.extract.sources import classify_source

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def group_named_since(description: list[Token], since: int) -> Found | None:
    """The organisation last named after character `since` and before the description, as a source
    would be: a name the parser marks an organisation that says it is one ("... Movement",
    "... Party", "... Group") or goes by its initials ("the RSF"), and is no body of states
    (the U.N.) nor an outlet (AFP)."""
    doc = description[0].doc
    named = [
        entity
        for entity in doc.ents
        if since < entity.start_char and entity.end <= description[0].i and _names_a_group(entity)
    ]
    if not named:
        return None
    kind, name = classify_source(list(named[-1]), {})
    if kind != "organization" or normalize_actor(name) in INTERNATIONAL_ORGANIZATIONS:
        return None
    return Found(
        (named[-1].start_char, named[-1].end_char),
        list(named[-1]),
        None,
        None,
        name=name,
        kind=kind,
    )


def _names_a_group(entity: SpacySpan) -> bool:
    """ "... Movement", "... Party", or a group known by its initials that acts in its clause
    ("The RSF did not respond", not the "RSF positions" of someone's claim)."""
    last = entity[-1]
    initials = last.is_upper and last.is_alpha and len(last.text) > 1
    initials = initials and entity.root.dep_ in {"nsubj", "nsubjpass"}
    return (
        entity.label_ == "ORG"
        and entity.root.pos_ == "PROPN"
        and (last.lower_ in GROUP_DESCRIPTIONS or initials)
    )
