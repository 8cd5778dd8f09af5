"""Coreference of sources: "he", "the official", a surname, "the force", "the NUG", "they",
"the two countries" take the name, kind and chain of the source they stand for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.attribution_common import Found
from sitrep.extract.source_animacy import speaker_for_abstract
from sitrep.extract.source_conjunct_subjects import nearer_clause_subject
from sitrep.extract.source_counted_states import counted_states
from sitrep.extract.source_first_person import statement_issuer
from sitrep.extract.source_lexicon import GROUP_DESCRIPTIONS, INTERNATIONAL_ORGANIZATIONS
from sitrep.extract.source_named_groups import group_named_since
from sitrep.extract.source_person_offices import person_office_kind
from sitrep.extract.source_possessors import is_officials_office, owned_source_name
from sitrep.extract.source_roles import titled_name, titled_people
from sitrep.extract.source_sides import sides_as_parties
from sitrep.extract.source_subjects import subject_taken_up
from sitrep.extract.sources import (
    classify_source,
    head_lemma,
    is_pronoun,
    source_head,
    span_text,
)
from sitrep.model import SourceKind

if TYPE_CHECKING:
    from spacy.tokens import Token


def resolve_coreference(found: list[Found]) -> None:
    """ "he", "the official", a surname: take the name, kind and chain of the earlier source;
    "Its Defense Ministry" takes its owner's name, and a titled person's "his office" is the
    government (`source_possessors`); a "they" opening its sentence, the subject of the
    sentence before (`source_subjects`) unless that subject spoke; "the two countries", the
    states last named together (`source_counted_states`); a person the article gives a title
    speaks as an official under the full name (`source_roles`); a "we" in a statement the
    article reproduces, the group that issued it (`source_first_person`); "both sides", the
    parties of the story (`source_sides`). An abstract noun taken for the speaker gives way to
    the one who holds or does what the cue says (`source_animacy`), and the subject of a clause
    farther off to that of the nearer clause the cue goes on from (`source_conjunct_subjects`)."""
    seen: list[Found] = []
    doc = next((f.source[0].doc for f in found if f.source), None)
    people = titled_people(doc) if doc is not None else {}
    for item in found:
        speaker = nearer_clause_subject(item.source, item.cue_token) or speaker_for_abstract(
            item.source, item.cue_token
        )
        if speaker is not None:
            item.source = speaker
            item.kind, item.name = classify_source(speaker, {})
        owned = owned_source_name(item.source)
        item.name = owned or item.name
        if owned is not None and is_officials_office(item.source, owned, people):
            item.kind = "government"
        item.kind = person_office_kind(item.source, item.kind, owned, people) or item.kind
        titled = titled_name(item.source, people)
        if titled is not None:
            item.kind, item.name = "named_official", titled
        item.kind = _spelled_out_kind(item, seen) or item.kind
        antecedent = _antecedent(item, seen) or statement_issuer(item, seen)
        counted = counted_states(item.source)
        subject = subject_taken_up(item.source)
        if counted is not None:
            item.kind, item.name = "government", counted
        elif subject and not (
            antecedent and {t.i for t in subject} & {t.i for t in antecedent.source}
        ):
            item.kind, item.name = classify_source(subject, {})
        elif antecedent is not None:
            item.name, item.kind = antecedent.name, antecedent.kind
            for link in antecedent.via:
                if all(link.text != v.text for v in item.via):
                    item.via.append(link)
        seen.append(item)
    sides_as_parties(found)


def _antecedent(item: Found, seen: list[Found]) -> Found | None:
    tokens = item.source
    if not tokens or not seen:
        return None
    if is_pronoun(tokens):
        return _pronoun_antecedent(tokens[0].lower_, seen)
    if (
        tokens[0].lower_ == "the"
        and len(tokens) <= 3
        and item.kind != "media"
        and not _own_proper_name(tokens)
    ):
        lemma = head_lemma(tokens)
        same = (
            f
            for f in reversed(seen)
            if head_lemma(f.source) == lemma
            and f.source is not tokens
            and _no_more_specific(tokens, f.source)
        )
        earlier = next(same, None)
        if earlier is not None and lemma in GROUP_DESCRIPTIONS:
            return group_named_since(tokens, earlier.source[-1].idx) or earlier
        return earlier or _named_group(tokens, lemma, seen)
    surname = (
        len(tokens) == 1 and tokens[0].pos_ == "PROPN" and item.kind not in {"media", "government"}
    )
    if (
        (surname or item.kind in {"named_person", "named_official"})
        and item.name
        and " " not in item.name
    ):
        return next(
            (
                f
                for f in reversed(seen)
                if f.name
                and f.name != item.name
                and f.name.split()[-1] == item.name
                and f.kind in {"named_person", "named_official"}
            ),
            None,
        )
    return None


def _spelled_out_kind(item: Found, seen: list[Found]) -> SourceKind | None:
    """ "the shadow National Unity Government (NUG)" then "the NUG said": an acronym is the
    body it was introduced for and takes that body's kind."""
    acronyms = [t.text for t in item.source if t.is_upper and len(t.text) > 1 and t.is_alpha]
    if len(acronyms) != 1:
        return None
    introduced = (f for f in reversed(seen) if f"({acronyms[0]})" in span_text(f.source))
    return next((f.kind for f in introduced), None)


def _own_proper_name(tokens: list[Token]) -> bool:
    """ "The African Union", "the Arab League": a body named by a proper name of two words or
    more is itself, never "the union" or "the league" that stands for an earlier source."""
    return sum(t.pos_ == "PROPN" for t in tokens[1:]) >= 2


def _no_more_specific(tokens: list[Token], earlier: list[Token]) -> bool:
    """ "Military says ..." then "The Israeli military said": a description that adds words the
    earlier mention lacks names its source better and keeps its own name."""
    return {t.lower_ for t in tokens[1:]} <= {t.lower_ for t in earlier}


def _named_group(tokens: list[Token], lemma: str, seen: list[Found]) -> Found | None:
    """ "The RSF denied it. ... the force said": "the group", "the militia", "the force" stand
    for the organisation last named by a proper name, when the last source so named is one
    (and not the U.N. or another body of states, which no one calls "the group"), or for a
    group named in the story since (`source_named_groups`)."""
    if lemma not in GROUP_DESCRIPTIONS:
        return None
    named = (f for f in reversed(seen) if f.source and source_head(f.source).pos_ == "PROPN")
    last = next(named, None)
    since = last.source[-1].idx if last is not None else -1
    mentioned = group_named_since(tokens, since)
    if mentioned is not None:
        return mentioned
    if last is None or last.kind != "organization" or not last.name:
        return None
    return None if normalize_actor(last.name) in INTERNATIONAL_ORGANIZATIONS else last


def _pronoun_antecedent(pronoun: str, seen: list[Found]) -> Found | None:
    if pronoun in {"he", "she", "him", "her"}:
        wanted = {"named_person", "named_official", "anonymous_official", "anonymous_person"}
        return next(
            (
                f
                for f in reversed(seen)
                if f.kind in wanted and not is_pronoun(f.source) and _singular(f)
            ),
            None,
        )
    if pronoun in {"they", "them"}:
        return next(
            (f for f in reversed(seen) if not is_pronoun(f.source) and not _singular(f)), None
        )
    if pronoun == "it":
        return next(
            (
                f
                for f in reversed(seen)
                if f.kind in {"government", "organization", "media", "document"}
            ),
            None,
        )
    return None


def _singular(item: Found) -> bool:
    head = item.source[-1] if item.source else None
    if head is None or item.kind in {"named_person", "named_official"}:
        return True
    return head.tag_ in {"NN", "NNP"} and " and " not in span_text(item.source)
