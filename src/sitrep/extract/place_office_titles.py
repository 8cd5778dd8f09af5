"""A town's name before the title of one of its officials ("Bayford Mayor Ana Ruiz").

The small model often tags the town and the title as one person ("Bayford Mayor"), and words
inside a person's name are otherwise not searched ("Vladimir Putin" holds no place). A title
says whose office it is, as a local body's head word does ("Bayford Police"): the name before
it is the town, kept even when too small to be trusted alone, and read in context like any other
mention (GeoWebNews counts such embedded names as toponyms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import Mention, important
from sitrep.extract.place_names import MAX_NAME_TOKENS, acceptable, capitalised, mention_of
from sitrep.extract.place_sites import LOCAL_SEAT_POPULATION
from sitrep.extract.source_lexicon import PERSON_TITLES
from sitrep.gazetteer.build import NAME_MAIN

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.gazetteer import Entry, Gazetteer

# Titles of a town's, a diocese's or a county's own officials, besides the titles of persons
# the attribution code already reads ("mayor", "governor", "sheriff").
OFFICE_TITLES = PERSON_TITLES | frozenset(
    {
        "archbishop", "bishop", "cardinal", "councillor", "councilor", "councilman",
        "councilwoman", "alderman", "alderwoman", "coroner", "commissioner", "assemblyman",
        "assemblywoman", "mp", "mla", "imam", "rabbi", "chief",
    }
)  # fmt: skip


def holds_an_office(token: Token) -> bool:
    """Whether the word right after `token` is an official's title before the official's name
    ("Bayford" in "Bayford Mayor Ana Ruiz"): the name before it is the official's town, not part
    of a person's name. A title that ends the name is the surname ("Bayford King said")."""
    doc = token.doc
    return token.i + 2 < len(doc) and _title(doc[token.i + 1]) and _named(doc[token.i + 2])


def town_before_title(tokens: list[Token], gazetteer: Gazetteer) -> Mention | None:
    """The town opening a person's name before an official's title and the official's name:
    "Bayford" in "Bayford Mayor Ana Ruiz" (the tagger may end the name at the title), not in
    "Bayford Bishop said" (a surname). The town must be a `known_town`, so that a hamlet named
    like a common word ("House Speaker") is no place."""
    for size in range(1, min(MAX_NAME_TOKENS, len(tokens) - 1) + 1):
        if not (capitalised(tokens[size - 1]) and not _title(tokens[size - 1])):
            return None
        if holds_an_office(tokens[size - 1]):
            entries = acceptable(tokens[:size], gazetteer, strict=False)
            return mention_of(tokens[:size], entries) if any(map(known_town, entries)) else None
    return None


def _title(token: Token) -> bool:
    return token.lower_ in OFFICE_TITLES and capitalised(token)


def _named(token: Token) -> bool:
    """A capitalised word after a title: the official's name ("Mayor Ana")."""
    return token.is_alpha and capitalised(token)


def known_town(entry: Entry) -> bool:
    """A place that bears the name as its own and is important or a town of some thousands,
    not a hamlet whose name is also a common word or a first name."""
    return entry.kind == NAME_MAIN and (
        important(entry) or entry.population >= LOCAL_SEAT_POPULATION
    )
