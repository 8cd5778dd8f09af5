"""Outlets that cite: "The Times, citing officials, reported ...", "the talks failed, state
media reported, citing a local commander". The cited party is the source and the outlet the
first link of its chain, since the outlet only passes on what the officials said. So does a body
or an unnamed speaker who cites a speaker ("The U.N. said, citing local officials, ...", "...,
activists said, citing hospital sources"); a named person citing others speaks on the record,
and a reason or a record cited by one who is no outlet stays the citer's own word.
A cited party that cites in turn ("citing the ministry, which in turn cited the governor")
adds a link: the last one cited speaks. Whoever cites a speaker states nothing by the citing
itself: the speaker is a source, not a claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.sources import classify_source
from sitrep.model import Via

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.attribution_common import Found

CITING_FORMS = frozenset({"citing", "quoting"})
RELAYING_LEMMAS = frozenset({"cite", "quote"})
OFFICIALS = frozenset({"anonymous_official", "named_official"})
# Parties whose word a speaker who cites them passes on: "The UN said, citing local officials".
SPEAKER_KINDS = OFFICIALS | {"government", "media"}
# A named speaker who cites others still speaks on the record ("President Ilse Varga, citing
# intelligence sources, warned ..."): the source stays the named person.
NAMED = frozenset({"named_person", "named_official"})


def apply_citing(found: Found, verb: Token, media: dict[str, str]) -> None:
    """ "The Times, citing officials, reported": the officials speak, the outlet relays."""
    for child in [*verb.children, *_opening_the_clause(verb), *_on_the_subject(verb)]:
        if child.lower_ in CITING_FORMS:
            cited = [c for c in child.children if c.dep_ == "dobj"]
            kind, name = classify_source(found.source, media)
            if cited and _relays(kind, cited[0], media):
                found.via = [Via(name, kind), *found.via]
                found.source = source_tokens(_author(cited[0]) or cited[0])
                _follow_chain(found, cited[0], media)


def _follow_chain(found: Found, cited: Token, media: dict[str, str]) -> None:
    """ "citing the ministry, which in turn cited the governor": each party that passes on
    another's word is one more link, and the last one cited speaks."""
    onward = _cited_onward(cited)
    while onward is not None and classify_source(source_tokens(onward), media)[0] in SPEAKER_KINDS:
        kind, name = classify_source(found.source, media)
        found.via = [Via(name, kind), *found.via]
        found.source = source_tokens(onward)
        onward = _cited_onward(onward)


def _cited_onward(cited: Token) -> Token | None:
    """The party a relative clause on the cited one says it cited ("the ministry, which cited
    the governor", "an aide who quoted the minister"); None when it cites nobody."""
    for clause in cited.children:
        if clause.dep_ == "relcl" and _relative_citing(clause):
            return next(c for c in clause.children if c.dep_ == "dobj")
    return None


def _cited_in_turn(verb: Token) -> bool:
    """ "citing the ministry, which in turn cited the governor": the relative clause on a
    party cited, a link of the chain (`_follow_chain`), not a claim of its own."""
    cited = verb.head
    return (
        _relative_citing(verb)
        and cited.dep_ == "dobj"
        and (cited.head.lower_ in CITING_FORMS or _relative_citing(cited.head))
    )


def _relative_citing(verb: Token) -> bool:
    """ "which in turn cited the governor": a relative clause whose only deed is to cite."""
    return (
        verb.dep_ == "relcl"
        and cue_lemma(verb) in RELAYING_LEMMAS
        and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)  # "which did not cite a source"
    )


def _on_the_subject(verb: Token) -> list[Token]:
    """ "The agency IRNA, citing a statement from the navy, said ...": the parser may hang the
    participle on the subject it is set off after."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [c for s in subjects for c in s.children if c.dep_ == "acl" and c.i > s.i]


def _author(document: Token) -> Token | None:
    """ "citing a statement from the Guards' navy": the body the cited statement comes from
    speaks; the outlet passes its words on."""
    preps = [c for c in document.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
    authors = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    return authors[0] if authors and authors[0].pos_ in {"NOUN", "PROPN"} else None


def set_off_reporter(citing: Token) -> Token | None:
    """ "Medics treated 60 people, the report said, citing interviews": the parser may hang the
    participle on the claim's verb; the one who cites is the reporter set off before it."""
    return next(
        (
            c
            for c in citing.head.children
            if c.dep_ == "parataxis" and c.i < citing.i and is_cue_verb(c)
        ),
        None,
    )


def _relays(kind: str, cited: Token, media: dict[str, str]) -> bool:
    """An outlet relays whatever it cites; a body or an unnamed speaker relays a speaker it
    cites ("citing hospital sources", "citing the health ministry"), where "citing low growth"
    gives a reason and "citing her statement" a document."""
    if kind == "media":
        return True
    return kind not in NAMED and classify_source(source_tokens(cited), media)[0] in SPEAKER_KINDS


def _opening_the_clause(verb: Token) -> list[Token]:
    """ "The website reported, citing an officer, that ...": the parser may hang the participle
    on the reported clause, before its subject and its "that"."""
    found = []
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            opening = [c.i for c in clause.children if c.dep_ in {"mark", "nsubj", "nsubjpass"}]
            found += [c for c in clause.children if verb.i < c.i < min(opening, default=clause.i)]
    return found


def cites_only_a_speaker(item: Found, media: dict[str, str]) -> bool:
    """ "..., citing a senior military officer", "citing medical sources": the participle names
    the officials a statement comes from, which is no claim ("citing legal risks" gives a
    reason, "citing the many Americans who ..." an example, which are). So does an outlet's
    ", the daily reported, citing a statement read out on television", or anyone's "citing a
    report by the border guards": its source document; so do records cited in an aside."""
    verb = item.cue_token
    if verb is None or not (verb.lower_ in CITING_FORMS or _cited_in_turn(verb)):
        return False
    cited = [c for c in verb.children if c.dep_ == "dobj"]
    kind = classify_source(source_tokens(cited[0]), media)[0] if cited else None
    document = kind == "document" and (
        _outlet_reports(verb.head, media) or _authored(cited[0]) or _evidence(verb, cited[0])
    )
    return kind in SPEAKER_KINDS or document


def _evidence(verb: Token, document: Token) -> bool:
    """ "An officer, citing radar logs, told ...": records cited in an aside before the
    statement name the evidence it rests on. A citing that closes the sentence (", citing
    intelligence reports") stays PolNeAR's attribution of its own, marked "citing"; "citing the
    release of prisoners" (an event, a reason) and "quoting her statement" are claims."""
    return (
        verb.lower_ == "citing"
        and verb.i < verb.head.i
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in document.children)
    )


def _authored(document: Token) -> bool:
    """ "citing a report by the border guards", "a statement from the army": a document whose
    author is named is where the statement comes from, whoever cites it."""
    return any(c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in document.children)


def _outlet_reports(verb: Token, media: dict[str, str]) -> bool:
    """The participle hangs on a verb whose subject is an outlet (", the daily reported")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and classify_source(source_tokens(subjects[0]), media)[0] == "media"
