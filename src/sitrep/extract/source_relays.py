"""A source named with whoever passed it on: "a local official cited by Radio Tamazuj", "an
aide quoted by the Journal". The official speaks and the outlet relays, as in "the Journal,
citing an aide, reported" (`attribution_citing`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import trim
from sitrep.extract.sources import classify_source
from sitrep.model import Via

if TYPE_CHECKING:
    from spacy.tokens import Token

RELAYING_PARTICIPLES = frozenset({"cited", "quoted"})


def split_relay(source: list[Token], media: dict[str, str]) -> tuple[list[Token], Via | None]:
    """The speaker before "cited by"/"quoted by" and the relay after it as a link of the chain;
    the source as it is, and None, when it names no relay."""
    ids = {t.i for t in source}
    for token in source:
        if token.lower_ in RELAYING_PARTICIPLES and token.dep_ == "acl" and token.head.i in ids:
            agents = [c for c in token.children if c.dep_ == "agent"]
            relay = [t for agent in agents for t in agent.subtree if t.i != agent.i]
            speaker = trim([t for t in source if t.i < token.i])
            if relay and speaker:
                kind, name = classify_source(relay, media)
                return speaker, Via(name, kind)
    return source, None
