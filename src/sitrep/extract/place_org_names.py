"""Place words that open or make up an organisation's name: an outlet named after its beat
("Gulf Desk"), a force after its theatre ("Africa Corps"), a firm named in the possessive
("Lloyd's List"), an agency's acronym that spells a small territory too ("an IOM
spokesperson", not the Isle of Man) and a name the gazetteer lacks that an appositive calls a
body ("Xelectra, the state-owned grid operator"), a continent or a sea closing a body's name ("the
Institute for Peace Studies in Asia") and a sea's word before states it groups ("the Gulf state").

Each comes through the gazetteer as a place and is dropped by the words around it. Kept apart
from `place_filters`, which is full, because these read the organisation's name rather than the
sentence's grammar.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import COUNTRY_LEVELS, Mention, important
from sitrep.extract.source_lexicon import ORGANIZATION_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext

# The last word of a news outlet's name: "Gulf Desk", "the Darfur Monitor", "the Kyiv Independent".
OUTLET_TITLES = (
    "Desk", "Post", "Monitor", "Wire", "Times", "News", "Herald", "Tribune", "Journal",
    "Gazette", "Telegraph", "Observer", "Chronicle", "Independent", "Dispatch", "Courier",
    "Bulletin", "Daily",
)  # fmt: skip
OUTLET_AFTER = re.compile(rf" (?:{'|'.join(OUTLET_TITLES)})\b(?! of\b)")
# A force named after the land it serves in: "Russia's Africa Corps", "the Marine Corps".
FORCE_AFTER = re.compile(r" (?:Corps|Legion)\b(?! of\b)")
# The people an organisation speaks through: "an IOM spokesperson", "UNHCR officials".
SPEAKER_WORDS = frozenset(
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
        "chief", "head", "director", "envoy", "representative", "representatives", "staff",
    }
)  # fmt: skip
SMALL_TERRITORY_POPULATION = 1_000_000
# Head nouns of an appositive that says a name is a body's: a firm, a utility, an agency.
BODY_NOUNS = ORGANIZATION_NOUNS | frozenset({
    "operator", "utility", "provider", "supplier", "producer", "manufacturer", "maker",
    "carrier", "airline", "lender", "bank", "insurer", "broadcaster", "agency", "conglomerate",
    "distributor", "exporter", "importer", "developer", "contractor", "subsidiary", "regulator",
})  # fmt: skip
# Words that end an appositive's noun phrase: "the operator that ...", "the firm in ...".
APPOSITIVE_ENDS = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "PRON", "DET"})
# Places that name a beat or a theatre rather than a home: seas, regions, continents.
BEAT_LEVELS = frozenset({"CONT", "region", "SEA", "OCN", "GULF"})
# Capitalised words that make a name a body's: "the Centre for Press Freedom", "the Press Council".
BODY_NAME_WORDS = ORGANIZATION_NOUNS | frozenset({
    "centre", "center", "council", "committee", "commission", "network", "forum", "office",
    "bureau", "agency", "institution", "observatory", "initiative", "project", "programme",
})  # fmt: skip
# Nouns for states grouped by the water or the area they share: "the Gulf states", "a Gulf ally".
STATE_GROUP_NOUNS = frozenset({
    "state", "states", "nation", "nations", "country", "countries", "monarchy", "monarchies",
    "ally", "allies", "neighbour", "neighbours", "neighbor", "neighbors", "ruler", "rulers",
    "kingdom", "kingdoms", "emirate", "emirates", "capital", "capitals", "mediator", "mediators",
})  # fmt: skip


def names_an_organisation(ctx: DocContext, mention: Mention) -> bool:
    """Whether the mention is a word of an outlet's, a force's or a firm's name, or an agency's
    acronym, rather than the place the gazetteer knows by it."""
    if mention.demonym:
        return False
    return (
        _opens_outlet_or_force(ctx, mention)
        or _firm_in_the_possessive(ctx, mention)
        or _agency_acronym(ctx, mention)
        or _described_as_an_organisation(ctx, mention)
        or _closes_a_bodys_name(ctx, mention)
        or _groups_states(ctx, mention)
    )


def _closes_a_bodys_name(ctx: DocContext, mention: Mention) -> bool:
    """ "the Centre for Human Dignity in Asia said": a continent, a region or a sea right after a
    body's capitalised name is the end of that name, its field of work, not where anything
    happened. A country or a town there ("the Red Cross office in Kabul") is still the place."""
    if not _names_a_beat(mention):
        return False
    token = _token_at(ctx, mention.start)
    if token is None or token.i < 2 or token.nbor(-1).lower_ not in ("in", "for"):
        return False
    before = token.nbor(-2)
    if before.ent_type_ != "ORG":
        return False
    opening = before.i
    while opening > 0 and ctx.doc[opening].ent_iob_ == "I":
        opening -= 1
    words = ctx.doc[opening : before.i + 1]
    return any(t.text[:1].isupper() and t.lower_ in BODY_NAME_WORDS for t in words)


def _groups_states(ctx: DocContext, mention: Mention) -> bool:
    """ "mediated by the Gulf state", "Gulf monarchies": the Gulf's word before states it groups
    names those states, not the gulf nor a province spelt the same."""
    if not _names_a_beat(mention) or not any(e.level == "GULF" for e in mention.entries):
        return False  # "Pacific nations", "mid-Atlantic states" keep their ocean
    end = _token_at(ctx, mention.end - 1)
    if end is None or end.i + 1 >= len(ctx.doc):
        return False
    following = end.nbor(1)
    return following.text.islower() and following.lower_ in STATE_GROUP_NOUNS


def _opens_outlet_or_force(ctx: DocContext, mention: Mention) -> bool:
    """ "told Gulf Desk", "the Darfur Monitor reported", "Africa Corps fighters": a sea's, a
    region's or a continent's name before an outlet's or a force's last word names its beat or
    its theatre ("the Gulf of Oman" aside). A town's or a country's name there is the outlet's
    home ("the Harbourton Post", "China Daily"), which GeoWebNews counts as a toponym."""
    if not _names_a_beat(mention):
        return False
    after = ctx.text[mention.end : mention.end + 16]
    return bool(OUTLET_AFTER.match(after) or FORCE_AFTER.match(after))


def _names_a_beat(mention: Mention) -> bool:
    """A sea, a region or a continent by that name, and no country or important town."""
    entries = mention.entries
    return any(e.level in BEAT_LEVELS for e in entries) and not any(
        e.level in COUNTRY_LEVELS or (e.level.startswith("PPL") and important(e)) for e in entries
    )


def _firm_in_the_possessive(ctx: DocContext, mention: Mention) -> bool:
    """ "Lloyd's List Intelligence": a name in the possessive that the tagger reads as one
    organisation with the capitalised words after it is a firm's, not a hamlet of that name; an
    important place keeps its reading ("Russia's Africa Corps" is still Russia)."""
    if any(important(e) for e in mention.entries):
        return False
    token = _token_at(ctx, mention.start)
    if token is None or token.ent_type_ != "ORG":
        return False
    doc = ctx.doc
    end = _token_at(ctx, mention.end - 1)
    at = end.i + 1 if end is not None else len(doc)
    return (
        at + 1 < len(doc)
        and doc[at].lower_ == "'s"
        and doc[at + 1].ent_type_ == "ORG"
        and doc[at + 1].ent_iob_ == "I"
        and doc[at + 1].text[:1].isupper()
    )


def _agency_acronym(ctx: DocContext, mention: Mention) -> bool:
    """ "An IOM spokesperson": an acronym before a speaker's word that spells only a small
    territory is the agency's ("UAE officials" and "PRC envoy" keep their country)."""
    text = ctx.text[mention.start : mention.end]
    if not (len(text) >= 3 and text.isalpha() and text.isupper()):
        return False
    after = ctx.text[mention.end : mention.end + 20].split()
    if not after or after[0].lower().strip(".,;:") not in SPEAKER_WORDS:
        return False
    return bool(mention.entries) and all(
        e.level in COUNTRY_LEVELS and e.population < SMALL_TERRITORY_POPULATION
        for e in mention.entries
    )


def _described_as_an_organisation(ctx: DocContext, mention: Mention) -> bool:
    """A name the gazetteer does not know, set off by an appositive whose head noun is a body's
    ("Xelectra, the state-owned grid operator", "Banca Nordica, the country's biggest lender"),
    names that body, not an unknown village."""
    if mention.entries or mention.inner:
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(ctx.doc):
        return False
    doc = ctx.doc
    if doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("a", "an", "the"):
        return False
    head = None
    for token in doc[span.end + 2 : span.end + 9]:
        if token.pos_ in APPOSITIVE_ENDS or (token.is_punct and token.text != "-"):
            break
        if token.pos_ == "NOUN":
            head = token.lower_
    return head in BODY_NOUNS


def _token_at(ctx: DocContext, char: int) -> Token | None:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return None if span is None else span[0]
