"""Outlets that cite: "The Times, citing officials, reported ...", "the talks failed, state
media reported, citing a local commander". The cited party is the source and the outlet the
first link of its chain, since the outlet only passes on what the officials said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens
from sitrep.extract.sources import classify_source
from sitrep.model import Via

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.attribution_common import Found

CITING_FORMS = frozenset({"citing", "quoting"})


def apply_citing(found: Found, verb: Token, media: dict[str, str]) -> None:
    """ "The Times, citing officials, reported": the officials speak, the outlet relays."""
    for child in verb.children:
        if child.lower_ in CITING_FORMS:
            cited = [c for c in child.children if c.dep_ == "dobj"]
            kind, name = classify_source(found.source, media)
            if cited and kind == "media":
                found.via = [Via(name, "media"), *found.via]
                found.source = source_tokens(cited[0])
