"""What the attribution stages share: the `Found` record under assembly and span helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.extract.attribution_adverb_names import is_name_read_as_adverb
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma
from sitrep.extract.datelines import dateline_length
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.sources import (
    is_media_name,
    span_text,
)
from sitrep.extract.token_positions import doc_text, token_end
from sitrep.model import SourceKind, Via
from sitrep.quote_marks import CLOSING_QUOTES as CLOSING_QUOTES  # for the claim stages
from sitrep.quote_marks import DOUBLE_CLOSING, OPENING_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON", "PART", "CCONJ", "ADP", "PUNCT"})
NP_PUNCT = frozenset({",", "-", "–", "'s", "’s", "’", "'", ".", "(", ")"})
TAIL_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PART", "PUNCT", "CCONJ"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "reporters"})
# Flags a desk puts before a headline ("EXCLUSIVE: ...", "BREAKING — ..."): no part of any
# claim, nor of a speaker named after them ("EXCLUSIVE – Ana Ruiz: ...").
FLAGS = frozenset({"exclusive", "breaking", "developing", "analysis", "explainer", "factbox"})
FLAG_LEAD = re.compile(rf"(?:{'|'.join(sorted(FLAGS))})(?::|\s*[–—]|\s+-)\s*", re.I)
# Words that move the story on to another matter ("In other news, floods ...", "Separately,
# ..."): the writer's, not the speaker's, so no part of the claim that follows them.
TRANSITIONS = ("in other news", "meanwhile", "separately", "elsewhere", "in a separate development")
TRANSITION_LEAD = re.compile(rf"(?:{'|'.join(TRANSITIONS)})\s*,\s*", re.I)


@dataclass
class Found:
    """An attribution being assembled; turned into a frozen `Attribution` at the end."""

    claim: tuple[int, int]
    source: list[Token]
    cue: tuple[int, int, str] | None
    verb_class: str | None
    via: list[Via] = field(default_factory=list)
    scope: bool = False  # a trailing reporter or "according to": the outer link of a chain
    answers: bool = False  # ", a charge Kabul denies": a reply to the statement, not its container
    sentence: int = 0
    name: str | None = None
    kind: SourceKind | None = None
    cue_token: Token | None = None


def cue_from(token: Token) -> tuple[int, int, str]:
    """A cue word as `Found.cue` records it: where it starts and ends, and its text."""
    return token.idx, token_end(token), token.text


# Marks that end a speaker's name on its left: a comma, a bracket, a colon, a quote mark.
NAME_STOPS = frozenset({",", "(", ")", ":", ";"}) | OPENING_QUOTES | DOUBLE_CLOSING
# Verbs of a clause that only pleads for anonymity ("who asked not to be named").
ANONYMITY_PLEAS = frozenset(
    {"asked", "asking", "requested", "spoke", "speaking", "declined", "insisted", "demanded"}
)
FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "SPACE", "SYM"})
# "about half of voters", "both the Times and the Journal": words that open a noun phrase.
NP_OPENING_DEPS = frozenset({"advmod", "quantmod", "preconj"})
# "Both the mayor and ...", "Neither side ...": the parser may tag these as conjunctions.
NP_OPENING_WORDS = frozenset({"both", "either", "neither"})
RELATIVE_ENDS = frozenset({"who", "that", "which"})
# Entity labels that make a lone capitalised word a speaker's name, whatever its tag.
NAMED_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NOT_SOURCES = frozenset(
    {"that", "which", "there", "this", "these", "those", "what", "whom", "here", "'s", "’s"}
)


def plausible_source(tokens: list[Token]) -> bool:
    """A source is a noun phrase: it never opens with a preposition ("to as North Koreans"), is
    not a bare function word, never ends in a relative pronoun (a clause the parser cut in two:
    "the stories that"), and holds a noun, a name, a pronoun or a number. A degree word on a
    number ("about half of voters") or a "both" before a pair opens a noun phrase. A one-word
    name the tagger takes for a verb ("Trump openly admires") is still a name when the entity
    recogniser says so, and so is one read as an adverb after its reporting verb ("said
    Hartly, explaining", `attribution_adverb_names`)."""
    if not tokens:
        return True
    first = tokens[0]
    opens_phrase = first.dep_ in NP_OPENING_DEPS or first.lower_ in NP_OPENING_WORDS
    if (first.pos_ in {"ADP", "CCONJ", "SCONJ"} and not opens_phrase) or first.lower_ in {
        "to",
        "as",
        "by",
        "of",
        "with",
        "than",
        "if",
    }:
        return False
    if len(tokens) == 1 and is_name_read_as_adverb(first):
        return True
    if len(tokens) == 1 and (first.pos_ in FUNCTION_POS or first.lower_ in NOT_SOURCES):
        return False
    if len(tokens) > 1 and tokens[-1].lower_ in RELATIVE_ENDS:
        return False
    if len(tokens) == 1 and first.is_title and first.ent_type_ in NAMED_SPEAKER_TYPES:
        return True
    return any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"} for t in tokens)


DASHES = frozenset({"—", "–", "-", "--"})


def without_dangling_conjunction(source: list[Token]) -> list[Token]:
    """ "Mills, Samuelson and Bentel and disclosed them": the parser may leave the "and" that
    joins the next verb at the end of the noun phrase before it; no source ends in one."""
    while source and source[-1].pos_ == "CCONJ":
        source = trim(source[:-1])
    return source


def without_relative_clause(source: list[Token]) -> list[Token]:
    """ "A local official, who asked not to be named, told AFP", "The ELN, which has about 6,000
    fighters, said": a relative clause set off by a comma, or one asking anonymity, says more
    about the speaker; it is no part of the name a reader looks up."""
    ids = {t.i for t in source}
    for token in source:
        opening = token.left_edge.i - 1
        if token.dep_ != "relcl" or token.head.i not in ids:
            continue
        set_off = token.doc[opening].text == ","
        if set_off or _asks_not_to_be_named(token):
            cut = opening if set_off else token.left_edge.i
            kept = trim([t for t in source if t.i < cut])
            return kept or source
    return source


def _asks_not_to_be_named(clause: Token) -> bool:
    """ "a spokesman who asked not to be named because he was not authorised to speak", "an
    aide who spoke on condition of anonymity": even unset off by a comma, the terms of speaking
    say how the speaker may be cited, not who the speaker is."""
    if clause.lower_ not in ANONYMITY_PLEAS or any(c.dep_ == "conj" for c in clause.children):
        return False  # "who attended and spoke on condition of anonymity" tells who it is
    return any(
        t.lower_ in {"anonymity", "anonymous"}
        or (t.lower_ in {"named", "identified"} and any(c.dep_ == "neg" for c in t.children))
        for t in clause.subtree
    )


def without_description(source: list[Token]) -> list[Token]:
    """ "A leader of the Civilian Joint Task Force, a militia that fights alongside the army,":
    a description of the speaker's group, set after a comma and opening with "a" or "an", says
    what the group is; it is no part of who speaks. One on the speaker itself ("Jo Doe, a
    spokesman for the army") tells the speaker's role and stays; so does a name ("the company,
    Gold Apollo")."""
    ids = {t.i for t in source}
    for token in source:
        opening = token.left_edge
        if (
            token.dep_ == "appos"
            and token.pos_ == "NOUN"
            and token.head.i in ids
            and token.head.dep_ == "pobj"
            and opening.lower_ in {"a", "an"}
            and opening.i > source[0].i
            and token.doc[opening.i - 1].text == ","
        ):
            return trim([t for t in source if t.i < opening.i - 1]) or source
    return source


def past_dateline(source: list[Token]) -> list[Token]:
    """A dateline ("WASHINGTON (AP) — The senator said ...") is never the speaker, though the
    small parser often makes it the subject of the first verb: the speaker is the noun phrase
    after its dash. The time stamp of a live blog's item ("13:05 GMT — The ministry said") is
    a dateline too."""
    source = _past_leading_stamp(source)
    if not source or "(" not in {t.text for t in source}:
        return source
    inside = [
        k for k, t in enumerate(source[1:], 1) if t.text in DASHES and source[k - 1].text == ")"
    ]
    if inside:  # the whole dateline and the speaker after it ("BEIRUT (AP) — The army")
        return trim(source[inside[0] + 1 :]) or source
    doc = source[0].doc
    after = source[-1].i + (0 if source[-1].text == ")" else 1)
    if after + 1 >= len(doc) or doc[after].text != ")" or doc[after + 1].text not in DASHES:
        return source
    phrase: list[Token] = []
    for token in doc[after + 2 :]:
        if token.pos_ in {"VERB", "AUX"} or token.is_sent_end:
            break
        phrase.append(token)
    return trim(phrase) or source


def _past_leading_stamp(source: list[Token]) -> list[Token]:
    """The words after a dateline or time stamp that opens both the sentence and the source."""
    if not source or not source[0].is_sent_start:
        return source
    start = source[0].idx
    stamp_end = start + dateline_length(doc_text(source[0].doc)[start : source[-1].idx + 80])
    if stamp_end == start:
        return source
    return trim([t for t in source if t.idx >= stamp_end]) or source


# Verbs by which a party puts out (or writes, signs, delivers or airs) a statement, letter,
# speech or ad that then "says" something (inflected forms: the pipeline has no lemmatizer).
ISSUING_VERBS = frozenset(
    {
        "issue",
        "issues",
        "issued",
        "issuing",
        "release",
        "releases",
        "released",
        "releasing",
        "file",
        "files",
        "filed",
        "filing",
        "publish",
        "publishes",
        "published",
        "publishing",
        "post",
        "posts",
        "posted",
        "posting",
        "unveil",
        "unveils",
        "unveiled",
        "unveiling",
        "send",
        "sends",
        "sent",
        "sending",
        "unleash",
        "unleashes",
        "unleashed",
        "unleashing",
        "write",
        "writes",
        "wrote",
        "written",
        "writing",
        "draft",
        "drafts",
        "drafted",
        "drafting",
        "pen",
        "pens",
        "penned",
        "penning",
        "deliver",
        "delivers",
        "delivered",
        "delivering",
        "give",
        "gives",
        "gave",
        "given",
        "giving",
        "sign",
        "signs",
        "signed",
        "signing",
        "air",
        "airs",
        "aired",
        "airing",
        "run",
        "runs",
        "ran",
        "running",
        "launch",
        "launches",
        "launched",
        "launching",
        "author",
        "authors",
        "authored",
        "authoring",
        "co-author",
        "co-authors",
        "co-authored",
        "co-authoring",
        "submit",
        "submits",
        "submitted",
        "submitting",
        # signs and banners that "say" something speak for those who hold them
        "hold",
        "holds",
        "held",
        "holding",
    }
)


def body_start(sentence: SpacySpan) -> int:
    """Where the sentence's own words begin: after leading space, a dateline ("KYIV, Ukraine
    —", "BEIRUT (AP) —"), which says where the story was filed, a desk's flag ("BREAKING:") and
    a transition to another matter ("Separately,"), none of them part of any claim."""
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]  # not `Span.text`,
    lead = len(text) - len(text.lstrip())  # which rebuilds the sentence from its tokens
    lead += dateline_length(text[lead:])
    flag = FLAG_LEAD.match(text, lead)
    lead = flag.end() if flag else lead
    transition = TRANSITION_LEAD.match(text, lead)
    return sentence.start_char + (transition.end() if transition else lead)


def past_quote_end(source: list[Token], quotes: list[Quote]) -> list[Token]:
    """ "“It is over,” Ruiz, 69, said": the parser may take the quote before a speaker for part
    of the speaker's phrase; the speaker starts after the quote's closing mark."""
    quote = quote_at(quotes, source[0].idx) if source else None
    if quote is None or quote.end > source[-1].idx:
        return source
    return trim([t for t in source if t.idx >= quote.end]) or source


def past_issued_document(source: list[Token]) -> list[Token]:
    """ "The council issued a statement calling the test a violation": the statement speaks for
    the party that issued it (or wrote it, or set out to issue it: "helped draft a memo
    instructing ..."), so the party is the source; so do the signs in "Holding signs calling him
    a loser, the protesters chanted", for the subject of the clause."""
    heads = [t for t in source if t.head not in source or t.head.i == t.i]
    head = heads[0] if len(heads) == 1 else None
    if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "unleashed a series of tweets calling ..."
    if head is None or head.dep_ != "dobj" or head.pos_ != "NOUN":
        return source
    verb = head.head
    if verb.lower_ not in ISSUING_VERBS:
        return source
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return trim([t for t in subject.subtree if t.i < verb.i]) or source
    if verb.dep_ in {"advcl", "xcomp"}:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return trim(list(subject.subtree)) if subject is not None else source


def plausible_via(text: str) -> bool:
    """A link of a chain is itself a plausible source: a name or noun phrase, not a fragment."""
    words = text.split()
    return (
        bool(words)
        and words[0].lower() not in {"to", "as", "by", "of", "with", "than", "if"}
        and (
            len(words) > 1 or words[0].lower() not in NOT_SOURCES | {"a", "an", "the", "and", "or"}
        )
    )


def trim(tokens: list[Token]) -> list[Token]:
    """Less the punctuation and space at both ends, but not the bracket that closes one opened
    inside ("Rep. Jane Doe (D-Ohio)")."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes(tokens):
        tokens = tokens[:-1]
    return tokens


def _closes(tokens: list[Token]) -> bool:
    return tokens[-1].text == ")" and any(t.text == "(" for t in tokens)


def strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


def found_from(claim: tuple[int, int], source: list[Token], cue: Token, scope: bool) -> Found:
    return Found(
        claim,
        source,
        cue_from(cue),
        VERB_CLASSES[cue_lemma(cue)],
        via=_addressee_via(cue) + _prep_via(cue),
        scope=scope,
        cue_token=cue,
    )


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens starting in [start, end), found without scanning the whole document."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [t for t in span if start <= t.idx < end] if span is not None else []


def _addressee_via(cue: Token) -> list[Via]:
    """ "told The Times": an outlet told is the first link of the chain."""
    for child in cue.children:
        if child.dep_ in {"dobj", "dative", "iobj"} and child.i > cue.i:
            tokens = trim([t for t in child.subtree if t.i < child.i + 6])
            text = span_text(tokens)
            if tokens and is_media_name(text):
                return [Via(text, "media")]
    return []


def _prep_via(cue: Token) -> list[Via]:
    """ "in a clip shared by an outlet", "in an interview with CNN", "spoke with CNN": the outlet
    that carried it; a person or group the speaker agreed or met with carried nothing."""
    links: list[Via] = []
    for prep in (
        c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"in", "on", "to", "with"}
    ):
        for token in prep.subtree:
            if _in_stated_clause(token, prep):
                continue  # "in a statement that troops held land controlled by X": X relays nothing
            if (token.dep_ == "pobj" and token.head.dep_ == "agent") or (
                token.dep_ == "pobj" and token.head.lower_ == "with" and token.pos_ == "PROPN"
            ):
                name = span_text(
                    sorted(
                        [
                            token,
                            *(c for c in token.children if c.dep_ in {"compound", "det", "flat"}),
                        ],
                        key=lambda t: t.i,
                    )
                )
                media = is_media_name(name) or _has_media_appos(token)
                if token.head.i == prep.i and prep.lower_ == "with" and not media:
                    continue  # "agreed with Mr. Cruz", "met with Ms. Ruiz": no channel
                links.append(Via(name, "media" if media else "organization"))
    return links


def _in_stated_clause(token: Token, prep: Token) -> bool:
    """The token lies in a clause with a subject of its own under the phrase ("in a statement
    that soldiers returned from land controlled by X"): what was stated, not who carried it,
    where a bare participle ("in a clip shared by an outlet") names the carrier."""
    for ancestor in token.ancestors:
        if ancestor.i == prep.i:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in ancestor.children):
            return True
    return False


def _has_media_appos(token: Token) -> bool:
    return any(
        c.dep_ == "appos"
        and any(
            t.lower_ in {"media", "outlet", "newspaper", "channel", "agency"} for t in c.subtree
        )
        for c in token.children
    )
