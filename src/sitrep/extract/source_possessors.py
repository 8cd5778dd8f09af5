"""A source owned by a pronoun ("Its Defense Ministry said ...", "..., his lawyer said") takes
the name of its owner: the person, country or organisation that the reported clause or the
sentence before is about ("Russia did not comment on the strike. Its Defense Ministry said
...", "Anna Berg was detained, her lawyer said"). Readers resolve the pronoun at once; a ledger
that keeps "Its Defense Ministry" or "his party" as a speaker cannot tell whose spoke."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.source_office_holders import titled_in_office
from sitrep.extract.sources import span_text
from sitrep.extract.token_positions import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# What each possessive pronoun may stand for: a person for "his"/"her"; a state, a city
# standing for its government or an organisation for "its"/"their" (people are left alone).
OWNER_ENTITIES = {
    "his": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
    "its": frozenset({"GPE", "ORG"}),
    "their": frozenset({"GPE", "ORG"}),
}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# What speaks for the one who holds it: the office of a holder of public office is a
# government's word.
HOLDER_OFFICES = frozenset({"office", "cabinet", "administration", "government"})


def owned_source_name(source: list[Token]) -> str | None:
    """ "Russia's Defense Ministry" for "Its Defense Ministry" after a sentence whose subject is
    Russia, "Anna Berg's lawyer" for "her lawyer" closing "Anna Berg was detained, ..."; None
    when the source opens with no possessive pronoun or no owner of the right kind is found."""
    if len(source) < 2 or source[0].lower_ not in OWNER_ENTITIES or source[0].dep_ != "poss":
        return None
    wanted = OWNER_ENTITIES[source[0].lower_]
    owner = _owner_in_reported_clause(source, wanted) or _owner_before(source, wanted)
    return f"{owner}'s {span_text(source[1:])}" if owner else None


def _owner_in_reported_clause(source: list[Token], wanted: frozenset[str]) -> str | None:
    """ "Nika Melia was arrested, his party said": the subject of the clause the reporter
    closes."""
    verb = source[0].head.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < source[0].i]
    return _named_subject(clauses[0], wanted) if clauses else None


def _owner_before(source: list[Token], wanted: frozenset[str]) -> str | None:
    """The subject of the sentence before, when the pronoun opens its sentence (later in a
    sentence, "its" may point back into it: "X blamed its neighbour")."""
    sentence = source[0].sent
    if sentence.start == 0 or source[0].i != sentence.start:
        return None
    return _named_subject(source[0].doc[sentence.start - 1].sent.root, wanted)


def _named_subject(verb: Token, wanted: frozenset[str]) -> str | None:
    """The name of the verb's subject ("Russia", "Opposition leader Nika Melia" -> "Nika
    Melia", "The journalist Anna Berg" -> "Anna Berg") when it is of a wanted kind."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        named = [subject] + [c for c in subject.children if c.dep_ == "appos"]
        for token in named:
            if token.ent_type_ in wanted:
                return _entity_text(token)
    return None


def _entity_text(token: Token) -> str:
    """The named entity `token` lies in, without a leading "the"."""
    entity = entity_of(token)
    words = [t for t in entity if t.dep_ != "det"] if entity is not None else [token]
    return span_text(words)


def is_officials_office(source: list[Token], owned_name: str, people: dict[str, str]) -> bool:
    """ "President Lena Varga ... Her office said": an office owned by a person the article
    gives a title (`people`, from `source_roles.titled_people`) of public office
    (`source_office_holders`: president, minister, governor, mayor ...) speaks for the
    government; a rebel commander's or an opposition leader's office does not."""
    owner = owned_name.rsplit("'s ", 1)[0]
    return (
        source[-1].lower_ in HOLDER_OFFICES
        and owner in people
        and titled_in_office(source[0].doc, people[owner])
    )
