"""Who is speaking: the kind of a source, its normalised name, and the outlets an article names.

A source span ("Foreign Minister Jane Doe", "One senior European official", "The
Times") is classified from its words and the named entities inside it. Outlet names are
normalised across one article, so a later "The Times" reads as the "The New York Times" named
earlier and a chain of intermediaries can be compared between paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actors import country_of_word, is_armed_group, normalize_actor
from sitrep.extract.source_ages import named_as_a_person
from sitrep.extract.source_body_kinds import broadcasts, names_no_outlet, names_non_state_group
from sitrep.extract.source_group_names import is_group_name
from sitrep.extract.source_lexicon import (
    BODY_NOUNS,
    CIVIL_LEADER_MODIFIERS,
    COMPANY_WORDS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    INSTITUTION_NOUNS,
    INTERNATIONAL_ORGANIZATIONS,
    KNOWN_OUTLETS,
    MEDIA_NOUNS,
    MEDIA_WORDS,
    MILITARY_BODIES,
    NEWS_SITES,
    NEWS_WORDS,
    NON_STATE_WORDS,
    OFFICIAL_NOUNS,
    ORGANIZATION_NOUNS,
    PERSON_TITLES,
    RANKS,
    STATE_COUNT_NOUNS,
    SURVEYING_BODIES,
    TITLE_WORDS,
    VIDEO_NOUNS,
)
from sitrep.extract.source_misfiled_bodies import misfiled_body_kind
from sitrep.extract.source_named_bodies import named_body_kind
from sitrep.extract.source_office_holders import (
    is_field_office,
    office_holders,
    person_holders,
    public_office,
    titled_holder,
)
from sitrep.extract.source_outlets import is_described_outlet, outlet_named_at_head, piece_author
from sitrep.extract.source_staff_bodies import names_chiefs_of_staff
from sitrep.extract.source_titled_names import name_after_title, name_beside_title
from sitrep.extract.token_positions import doc_text, token_end
from sitrep.model import SourceKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "him", "her", "them"})
# Words that open a station's name: "Radio Okapi", "Television Suisse".
BROADCAST_LEADS = frozenset({"Radio", "Television"})
LEADING_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.I)
# Words joined to a holder that are part of the title: "attorney general", "general secretary".


def media_names(doc: Doc) -> dict[str, str]:
    """Map each outlet mention in the article to its fullest form ("The Times" -> "The New York Times").

    Full names are known outlets or ORG entities ending in a media word; a short form maps to the
    one full name sharing its last word.
    """
    mentions = {e.text.strip() for e in doc.ents if e.label_ == "ORG" and is_media_name(e.text)}
    text = doc_text(doc)
    mentions |= {name for name in KNOWN_OUTLETS if name in text and _mentioned(text, name)}
    full: dict[str, str] = {}
    for name in sorted(mentions, key=len, reverse=True):
        key = _last_word(name)
        longer = [m for m in mentions if _last_word(m) == key and len(m) > len(name)]
        full[name] = max(longer, key=len) if len(longer) and _is_short_form(name) else name
    return full


def _mentioned(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _last_word(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def _is_short_form(name: str) -> bool:
    """ "The Times", "Journal": a bare last word, possibly after "The"."""
    return len(LEADING_DETERMINERS.sub("", name).split()) == 1


def is_media_name(text: str) -> bool:
    """True for the name of a news outlet (known, or shaped like one: "Kyiv Post", "the Kyiv
    Post", not "a Facebook post"; an agency only as a news agency, for "The U.N. migration
    agency" is none)."""
    stripped = text.strip()
    if stripped in KNOWN_OUTLETS or LEADING_DETERMINERS.sub("", stripped) in KNOWN_OUTLETS:
        return True
    words = stripped.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if names_no_outlet(words):
        return False
    if len(words) >= 2 and words[0] in BROADCAST_LEADS and words[1][:1].isupper():
        return True  # "Radio Tamazuj", "Radio Free Europe"
    return len(words) >= 2 and words[-1].lower() in MEDIA_WORDS and words[0][:1].isupper()


def normalise_media(text: str, names: dict[str, str]) -> str:
    """The article-wide full name of an outlet mention, else the mention itself."""
    stripped = text.strip()
    if stripped in names:
        return names[stripped]
    bare = LEADING_DETERMINERS.sub("", stripped)
    for mention, full in names.items():
        if LEADING_DETERMINERS.sub("", mention) == bare:
            return full
    return stripped


def classify_source(tokens: Sequence[Token], media: dict[str, str]) -> tuple[SourceKind, str]:
    """The kind and normalised name of a source span."""
    text = span_text(tokens)
    if not tokens:
        return "anonymous_person", text
    body = misfiled_body_kind(tokens, source_head(tokens), lambda o: classify_source(o, media)[0])
    if body is not None:
        return body, _plain_name(text)
    if is_media_name(text) or text.strip() in media or is_described_outlet(tokens):
        return "media", normalise_media(text, media)
    author = piece_author(tokens) or outlet_named_at_head(tokens)
    if author is not None and (is_media_name(author) or author in media):
        return "media", normalise_media(author, media)
    head = source_head(tokens)
    person = _person_named_by(tokens, head)
    if person is not None:
        kind: SourceKind = "named_official" if has_title(tokens) else "named_person"
        return kind, person
    state = _counting_state(tokens, head)
    if state is not None:
        return "government", state
    kind = _kind_of_common(tokens, head)
    return kind, _appositive_name(tokens, head) if kind == "organization" else _plain_name(text)


def _counting_state(tokens: Sequence[Token], head: Token) -> str | None:
    """ "according to Israeli tallies", "Ukrainian figures": a state's own counts, named by its
    adjective alone, are its government's word; the state is the source."""
    if head.lower_ not in STATE_COUNT_NOUNS:
        return None
    modifiers = [t for t in tokens if t.i != head.i and t.dep_ != "det"]
    if len(modifiers) != 1 or modifiers[0].dep_ != "amod":
        return None
    return country_of_word(modifiers[0].text)


def _person_named_by(tokens: Sequence[Token], head: Token) -> str | None:
    """The name of the person a source span is about: the name at its head or set beside it.

    A person named only in a modifier ("Tuareg-led rebels") or a group named before its
    leader ("Gran Grif leader Luckson Elan") is not the speaker; a capital the tagger takes for
    a person ("Kyiv says") speaks for its state, and a known armed group for itself; a name
    set beside an organisation noun ("The company, Gold Apollo") names the organisation. A
    proper-noun head right after a title ("Governor Igor Rudenya") is a person even where the
    tagger finds no person.
    """
    person = head.ent_type_ == "PERSON" or named_as_a_person(head)
    names = [head] if person and not _named_group(head) else []
    beside = [t for t in tokens if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
    names += [t for t in beside if base_form(t.head) not in ORGANIZATION_NOUNS]
    if names:
        found = span_text(_entity_tokens(names[0]))
        group = normalize_actor(found)  # "Al-Shabaab said": a group the tagger took for a person
        named_group = is_armed_group(group) and str(group).lower() == found.lower()
        named_group = named_group or is_group_name(found)
        return None if country_of_word(found) is not None or named_group else found
    titled = name_after_title(head) or name_beside_title(head)
    return span_text(titled) if titled else None


def _named_group(head: Token) -> bool:
    """ "The Houthis said", "Poseidon Maritime said": a plural name after "the" (a people or a
    movement) or a firm's trade word, which the tagger may take for a person."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return (head.text.endswith("s") and the) or head.lower_ in COMPANY_WORDS


def _entity_tokens(token: Token) -> list[Token]:
    """The tokens of the named entity `token` lies in, less a rank the tagger took in ("Sgt.")."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while start < token.i and doc[start].lower_ in RANKS:
        start += 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _appositive_name(tokens: Sequence[Token], head: Token) -> str:
    """ "The company, Gold Apollo": an organisation goes by the name set beside its noun; "JNIM,
    an al Qaeda affiliate": by its name without the description set beside it."""
    appositions = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    for child in appositions:
        if head.tag_ in {"NN", "NNS"} and child.tag_ == "NNP":
            return span_text(list(child.subtree)).strip(" ,")
        if head.pos_ == "PROPN" and child.pos_ == "NOUN":
            return _plain_name(span_text([t for t in tokens if t.i < child.left_edge.i]))
    return _plain_name(span_text(tokens))


def _kind_of_common(tokens: Sequence[Token], head: Token) -> SourceKind:
    lemma = head.lower_ if head.lower_ in VIDEO_NOUNS | DOCUMENT_NOUNS else base_form(head)
    if names_chiefs_of_staff(head):
        lemma = "staff"
    labels = {t.ent_type_ for t in tokens if t.ent_type_}
    if lemma in VIDEO_NOUNS:
        return "video"
    if lemma in NEWS_SITES and _says_news(tokens):
        return "media"  # "the Al-Wasat news website"
    if lemma in DOCUMENT_NOUNS and not (lemma in SURVEYING_BODIES and _names_a_body(head)):
        return "document"
    if lemma in MEDIA_NOUNS and (lemma != "agency" or _says_news(tokens)) and broadcasts(head):
        return "media"
    body = _kind_of_body(tokens, head, lemma) or named_body_kind(tokens, head)
    if body is not None:
        return body
    if head.lower_ in PERSON_TITLES and any(c.lower_ == "of" for c in head.children):
        return "anonymous_official"  # "The President of Ukraine": one holder of an office
    if lemma in GOVERNMENT_NOUNS or _government_phrase(tokens) or _names_a_state(tokens, head):
        return "government"
    if _place_name(tokens, head) and (
        head.ent_type_ == "GPE" or (labels and labels <= {"GPE"} and head.pos_ == "PROPN")
    ):
        return "government"
    if (lemma in OFFICIAL_NOUNS or head.lower_ in OFFICIAL_NOUNS) and not _civil_leaders(head):
        return "anonymous_official"
    if head.ent_type_ in {"ORG", "NORP"} or _names_a_group(head, lemma) or _is_acronym(head):
        return "organization"
    if lemma in INSTITUTION_NOUNS or (head.text[:1].isupper() and is_group_name(span_text(tokens))):
        return "organization"
    if head.pos_ == "PROPN" and not _capitalised_by_position(head):
        return "organization"
    return "anonymous_person"


def _names_a_body(head: Token) -> bool:
    """ "the Geological Survey of Valdor", "the Valdor Geological Survey": a survey named as an
    organisation (tagged one, or a proper noun with a proper compound or "of" a named place) is
    a body; "the survey" and "a Gallup survey" of opinion are documents."""
    if head.ent_type_ == "ORG":
        return True
    if head.tag_ != "NNP":
        return False
    return any(c.dep_ == "compound" and c.tag_ == "NNP" for c in head.lefts) or any(
        c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children) for c in head.rights
    )


def _civil_leaders(head: Token) -> bool:
    """ "Business leaders", "community leaders": leaders of a trade or a people hold no public
    office."""
    return base_form(head) == "leader" and any(
        c.lower_ in CIVIL_LEADER_MODIFIERS for c in head.children if c.dep_ in {"compound", "amod"}
    )


def _is_acronym(head: Token) -> bool:
    """ "ISWAP said", "the ELN said": a name in capitals that is no state's is an organisation's
    (the tagger may take an unfamiliar one for a common noun)."""
    return len(head.text) > 1 and head.text.isupper() and country_of_word(head.text) is None


def _place_name(tokens: Sequence[Token], head: Token) -> bool:
    """A place's name has no "for" in it: "the Syrian Observatory for Human Rights", which the
    tagger may take for a place, is a body."""
    return not any(t.lower_ == "for" and t.ent_type_ == head.ent_type_ for t in tokens)


def _capitalised_by_position(head: Token) -> bool:
    """ "Protesters rallied ..., a rights group said": a plural opening the sentence, which the
    tagger takes for a name because of its capital, and no entity, is people, not a body."""
    return head.tag_ == "NNPS" and not head.ent_type_ and bool(head.is_sent_start)


def _says_news(tokens: Sequence[Token]) -> bool:
    """ "the state news agency": an agency is an outlet only when it says so."""
    return any(t.lower_ in NEWS_WORDS for t in tokens)


def _kind_of_body(tokens: Sequence[Token], head: Token, lemma: str) -> SourceKind | None:
    """An office, agency or armed force speaks for whoever it belongs to: an international
    organisation's ("the U.N. migration agency", "the United Nations human rights office") is
    an organization, a named one a state's government or else an organization ("the
    International Atomic Energy Agency"), an unnamed one a body of its own, an organization
    ("Ethiopia's human rights commission", "the camp's popular committee", "the bishop's
    office"), though a named person's office is the state's only when the article titles them
    with a public office (`source_office_holders`) and one owned by a pronoun is its holder's
    ("her office said"); a state's armed forces ("Sudan's army", "the U.S.
    Central Command", "the Air Force", "the military") are its government, unless marked as no
    state's ("rebel forces") or led by a people ("the Kurdish-led ... Forces"), an organization."""
    if lemma not in BODY_NOUNS | MILITARY_BODIES:
        return None
    owner = normalize_actor(span_text(tokens))
    if owner in INTERNATIONAL_ORGANIZATIONS or _led_by_a_people(tokens):
        return "organization"
    if names_non_state_group(owner) or any(t.lower_ in NON_STATE_WORDS for t in tokens):
        return "organization" if head.pos_ == "PROPN" else None
    state = owner is not None and country_of_word(owner) == owner
    if lemma in BODY_NOUNS:
        people = person_holders(head)
        if public_office(head) or any(titled_holder(h) for h in office_holders(head)):
            return "government"
        named = head.pos_ == "PROPN" or head.ent_type_ == "ORG"
        if named:
            return "government" if state else "organization"
        holders = office_holders(head) or is_field_office(head)
        return None if lemma == "office" and (people or not holders) else "organization"
    named = head.pos_ == "PROPN" or lemma in {"military", "army", "navy"}
    return "government" if state or named else None


def _led_by_a_people(tokens: Sequence[Token]) -> bool:
    """ "The Kurdish-led Syrian Democratic Forces": forces led by a people, not by a state
    ("the U.S.-led coalition"), are no state's army, whatever country their name invokes."""
    return any(
        t.lower_ == "led"
        and t.i >= 2
        and t.doc[t.i - 1].text == "-"
        and t.doc[t.i - 2].ent_type_ == "NORP"
        and country_of_word(t.doc[t.i - 2].text) is None
        for t in tokens
    )


def _names_a_state(tokens: Sequence[Token], head: Token) -> bool:
    """ "Washington said", "Moscow denied": a country or its capital by name speaks for its
    government (a people, "Russians said", is not a state)."""
    name = LEADING_DETERMINERS.sub("", span_text(tokens))
    if head.tag_ != "NNP" or head.ent_type_ == "NORP":
        return False
    return country_of_word(name) is not None or _lists_states(head)


def _lists_states(head: Token) -> bool:
    """ "Niger, Mali and Burkina Faso said": a list of states speaks for their governments."""
    names = [head, *head.conjuncts]
    return len(names) > 1 and all(
        country_of_word(span_text([*(t for t in n.lefts if t.dep_ == "compound"), n])) is not None
        for n in names
    )


def _names_a_group(head: Token, lemma: str) -> bool:
    """ "his party", "a rights group": an organisation, though not "a group of residents"."""
    return lemma in ORGANIZATION_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children
    )


def _government_phrase(tokens: Sequence[Token]) -> bool:
    lowered = span_text(tokens).lower()
    return "white house" in lowered or "foreign ministry" in lowered


def has_title(tokens: Iterable[Token]) -> bool:
    """True when a role word ("President", "spokesman", "Gen.") sits in the span."""
    return any(t.lower_ in TITLE_WORDS for t in tokens)


def source_head(tokens: Sequence[Token]) -> Token:
    """The word the rest of a source phrase hangs on ("office" in "the U.N. human rights
    office")."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else tokens[-1]


def _plain_name(text: str) -> str:
    return text.strip(" ,;:")


IRREGULAR_VERBS = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "knew": "know",
    "known": "know",
    "found": "find",
    "heard": "hear",
    "felt": "feel",
    "shown": "show",
    "spoke": "speak",
    "spoken": "speak",
    "understood": "understand",
}
NOUN_PLURALS = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "media": "media",
    "police": "police",
    "data": "data",
    "news": "news",
    "authorities": "authority",
    "ministries": "ministry",
}
IRREGULAR = {**IRREGULAR_VERBS, **NOUN_PLURALS}


def base_form(token: Token) -> str:
    """The lemma, from the pipeline when it has a lemmatizer, else by English inflection rules.

    sitrep drops spaCy's lemmatizer for speed, so a small suffix stripper stands in for the
    reporting verbs and role nouns we look up.
    """
    if token.lemma_ and token.lemma_ != token.text:
        return token.lemma_.lower()
    return base_of(token.lower_)


def base_of(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    if word.endswith("ing") and len(word) > 5:
        return _restore_e(word[:-3])
    if word.endswith("ed") and len(word) > 4:
        return _restore_e(word[:-2] if not word.endswith("eed") else word[:-1])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


DOUBLED = re.compile(r"([bdgkmnprt])\1$")


def _restore_e(stem: str) -> str:
    """A stem with a doubled final consonant undone ("admitt" -> "admit"); others as they are."""
    if DOUBLED.search(stem) and not stem.endswith(("ll", "ss")):
        return stem[:-1]
    return stem


def span_text(tokens: Sequence[Token]) -> str:
    """The text covered by the tokens, as written in the document: a slice of its cached text,
    as a `Span` builds a Token for every word it covers."""
    if not tokens:
        return ""
    first, last = tokens[0], tokens[-1]
    return doc_text(first.doc)[first.idx : token_end(last)]


def is_pronoun(tokens: Sequence[Token]) -> bool:
    return len(tokens) == 1 and tokens[0].lower_ in PRONOUNS


def head_lemma(tokens: Sequence[Token]) -> str:
    return base_form(source_head(tokens)) if tokens else ""


__all__ = [
    "DOCUMENT_NOUNS",
    "GOVERNMENT_NOUNS",
    "KNOWN_OUTLETS",
    "MEDIA_NOUNS",
    "MEDIA_WORDS",
    "OFFICIAL_NOUNS",
    "TITLE_WORDS",
    "VIDEO_NOUNS",
    "base_form",
    "base_of",
    "classify_source",
    "has_title",
    "head_lemma",
    "is_media_name",
    "is_pronoun",
    "media_names",
    "normalise_media",
    "source_head",
    "span_text",
]
