"""Claims and their sources: who said what, through whom, when, and how firmly.

News attributes almost every claim: "officials told The New York Times", "according to
officials", a paragraph closed by ", The Times reported." For each reported statement we record
the claim span, the cue and its class, the source (span, normalised name, kind), the chain of
intermediaries (nearest first), whether the claim is quoted, its certainty and its date.

Stages, per sentence and then across the article:
1. trailing and parenthetical reporters (", The Journal reported.") by token pattern, because the
   small parser often attaches them to the wrong word;
2. "according to X";
3. reporting verbs with a subject and a complement or an adjacent quote, from the parse;
4. quotes that continue an attributed quote in the next sentence;
5. scope: a paragraph-final reporter covers its paragraph and becomes the outer link of the
   chains inside it;
6. coreference of "he", "the official", a surname to the earlier source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from sitrep.extract.quotes import Quote, find_quotes, quote_at, quoted_share
from sitrep.extract.sources import (
    classify_source,
    has_title,
    head_lemma,
    is_media_name,
    is_pronoun,
    media_names,
    normalise_media,
    span_text,
)
from sitrep.model import Attribution, Certainty, Cue, Offsets, Source, SourceKind, TimeExpr, Via

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from sitrep.extract.context import DocContext

VERB_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        [
            "say",
            "add",
            "note",
            "explain",
            "state",
            "write",
            "tweet",
            "post",
            "remark",
            "comment",
            "reply",
            "respond",
            "answer",
            "continue",
            "call",
            "describe",
            "recall",
            "stress",
            "emphasize",
            "emphasise",
            "declare",
            "announce",
            "testify",
            "ask",
            "mention",
            "speak",
            "quote",
            "hear",
            "urge",
            "promise",
            "vow",
            "pledge",
            "complain",
            "criticize",
            "criticise",
            "praise",
            "insist",
            "argue",
            "assert",
            "maintain",
            "contend",
            "boast",
            "joke",
            "suggest",
            "propose",
            "point",
            "observe",
            "recount",
            "characterize",
            "label",
            "describe",
            "reiterate",
            "repeat",
            "concede",
        ],
        "say",
    ),
    **dict.fromkeys(["tell", "inform", "brief"], "tell"),
    **dict.fromkeys(["report", "disclose", "publish"], "report"),
    **dict.fromkeys(["warn", "caution", "threaten", "alert"], "warn"),
    **dict.fromkeys(
        ["estimate", "predict", "forecast", "project", "expect", "calculate", "anticipate"],
        "estimate",
    ),
    **dict.fromkeys(
        [
            "claim",
            "allege",
            "accuse",
            "charge",
            "believe",
            "think",
            "feel",
            "fear",
            "hope",
            "worry",
            "know",
            "doubt",
            "suspect",
            "want",
            "wish",
            "understand",
            "assume",
            "consider",
        ],
        "claim",
    ),
    **dict.fromkeys(["deny", "reject", "dismiss", "refute", "dispute", "rebut"], "deny"),
    **dict.fromkeys(["confirm", "acknowledge", "admit", "verify", "agree"], "confirm"),
    **dict.fromkeys(
        ["show", "reveal", "indicate", "depict", "demonstrate", "find", "suggest"], "show"
    ),
    **dict.fromkeys(["cite"], "citing"),
}
IRREGULAR_FORMS = {
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


def _inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb: say/says/said is irregular, the rest follow the rules."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


VERB_FORMS: dict[str, str] = {
    **{form: lemma for lemma in VERB_CLASSES for form in _inflections(lemma)},
    **IRREGULAR_FORMS,
}
# Classes whose noun-phrase object is the claim ("confirmed the strike", "showed men ...").
OBJECT_CONTENT = frozenset({"report", "show", "deny", "confirm", "estimate", "claim"})
# Verbs whose infinitive complement is a stance, not an action ("agreed to deliver" is not).
XCOMP_CLAIMS = frozenset(
    [
        "want",
        "wish",
        "hope",
        "expect",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "claim",
        "deny",
        "urge",
        "ask",
        "tell",
        "warn",
        "predict",
        "estimate",
        "call",
        "appear",
        "seem",
        "refuse",
    ]
)
# Verbs whose passive subject is the speaker ("a man's voice is heard").
PASSIVE_SPEAKER = frozenset({"hear", "quote"})
NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON", "PART", "CCONJ", "ADP", "PUNCT"})
NP_PUNCT = frozenset({",", "-", "–", "'s", "’s", "’", "'", ".", "(", ")"})
TAIL_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PART", "PUNCT", "CCONJ"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "reporters"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
HEDGES = re.compile(
    r"\b(?:could|may|might|would|possibly|perhaps|likely|unlikely|probably|reportedly|"
    r"expected to|believed to|appears? to|appeared to|seems? to|it (?:was|is) unclear|unclear|"
    r"not clear|allegedly|apparently|estimated|suspected)\b",
    re.I,
)
PERSONAL = frozenset({"named_person", "named_official", "anonymous_official", "anonymous_person"})
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
TIME_PATH_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "npadvmod",
        "compound",
        "nmod",
        "appos",
        "advmod",
        "amod",
        "nummod",
        "det",
        "poss",
        "case",
    }
)


@dataclass
class Found:
    """An attribution being assembled; turned into a frozen `Attribution` at the end."""

    claim: tuple[int, int]
    source: list[Token]
    cue: tuple[int, int, str] | None
    verb_class: str | None
    via: list[Via] = field(default_factory=list)
    scope: bool = False  # a trailing reporter or "according to": the outer link of a chain
    sentence: int = 0
    name: str | None = None
    kind: SourceKind | None = None
    cue_token: Token | None = None


def extract_attributions(ctx: DocContext, times: Sequence[TimeExpr] = ()) -> list[Attribution]:
    """Every reported statement of the article, with its source, chain, cue, certainty and date."""
    quotes = find_quotes(ctx.text)
    media = media_names(ctx.doc)
    sentences = [s for s in ctx.sentences() if s.text.strip()]
    found: list[Found] = []
    for index, sentence in enumerate(sentences):
        found += _sentence_attributions(ctx, sentence, index, quotes, media)
    found += _continued_quotes(ctx, sentences, found, quotes)
    found.sort(key=lambda f: (f.claim[0], f.cue[0] if f.cue else 0))
    _name_sources(found, media)
    _apply_scope(ctx.text, sentences, found)
    _resolve_coreference(found)
    return [_build(ctx, f, quotes, times) for f in found if _usable(ctx, f)]


# --- per sentence -----------------------------------------------------------------------------


def _sentence_attributions(
    ctx: DocContext, sentence: SpacySpan, index: int, quotes: list[Quote], media: dict[str, str]
) -> list[Found]:
    found = _reporter_clauses(sentence, quotes)
    found += _according_to(sentence, quotes)
    used = {f.cue_token.i for f in found if f.cue_token is not None}
    for token in sentence:
        if token.i not in used and _is_cue_verb(token) and quote_at(quotes, token.idx) is None:
            verbal = _verbal(token, sentence, quotes, media)
            if verbal is not None:
                found.append(verbal)
    for item in found:
        item.sentence = index
        item.claim = _widen_to_quotes(item.claim, quotes)
    return [f for f in found if f.claim[1] > f.claim[0]]


def _is_cue_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.tag_ != "MD" and _lemma(token) in VERB_CLASSES


def _lemma(token: Token) -> str:
    """The verb's lemma from our own form table (the pipeline runs without a lemmatizer)."""
    return VERB_FORMS.get(token.lower_, token.lemma_.lower())


def _reporter_clauses(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ ", officials said." / ", The Times reported." / ", said Smith," after a comma or a quote."""
    found: list[Found] = []
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens[:-1]):
        following = tokens[position + 1]
        if (
            not _is_separator(token, tokens, position)
            or quote_at(quotes, following.idx) is not None
        ):
            continue
        match = _match_reporter(tokens, position + 1)
        if match is None:
            continue
        source, cue, stop = match
        claim = _claim_around(sentence, tokens, position, stop)
        found.append(_found_from(claim, source, cue, scope=True))
    return found


def _is_separator(token: Token, tokens: list[Token], position: int) -> bool:
    if token.text == ",":
        return True
    return token.text in CLOSING_QUOTES and position > 0 and tokens[position - 1].is_punct


def _match_reporter(tokens: list[Token], start: int) -> tuple[list[Token], Token, int] | None:
    """Source NP then cue verb then a verbless tail to a comma or the end; or cue then NP."""
    if start < len(tokens) and _is_cue_verb(tokens[start]) and tokens[start].tag_ in {"VBD", "VBZ"}:
        cue = tokens[start]
        stop = _tail_end(tokens, start + 1)
        source = _trim(
            [t for t in tokens[start + 1 : stop] if not t.is_punct or t.text in {"'s", "’s"}]
        )
        if stop is not None and source and any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in source):
            return source, cue, stop
        return None
    position = start
    while position < len(tokens) and position - start <= 15 and _np_token(tokens[position]):
        if _is_cue_verb(tokens[position]):
            break
        position += 1
    while (
        position < len(tokens)
        and tokens[position].pos_ in {"ADV", "AUX"}
        and not _is_cue_verb(tokens[position])
    ):
        position += 1
    if position >= len(tokens) or not _is_cue_verb(tokens[position]):
        return None
    source = _trim(tokens[start:position])
    while source and source[-1].pos_ in {"ADV", "AUX"}:
        source = source[:-1]
    if not source or not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in source):
        return None
    stop = _tail_end(tokens, position + 1)
    return (source, tokens[position], stop) if stop is not None else None


def _np_token(token: Token) -> bool:
    if token.pos_ == "PUNCT":
        return token.text in NP_PUNCT
    if token.pos_ == "ADP":
        return token.lower_ in {"of", "for", "at", "in", "from"}
    return token.pos_ in NP_POS or token.pos_ in {"ADV", "AUX"}


def _tail_end(tokens: list[Token], start: int) -> int | None:
    """Index after the tail of a reporter clause, or None when the tail holds a clause."""
    position = start
    while position < len(tokens):
        token = tokens[position]
        if token.text == "," and position + 1 < len(tokens) and not tokens[position + 1].is_punct:
            return position
        if token.pos_ not in TAIL_POS and token.lower_ not in OBJECT_PRONOUNS:
            return None
        position += 1
    return position


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _claim_around(
    sentence: SpacySpan, tokens: list[Token], separator: int, stop: int
) -> tuple[int, int]:
    """The sentence less the reporter clause: before it, or around it when parenthetical."""
    start = sentence.start_char
    before_end = tokens[separator].idx + (
        len(tokens[separator].text) if tokens[separator].text != "," else 0
    )
    rest = _trim(tokens[stop:])
    if rest and stop < len(tokens) and any(not t.is_punct for t in rest):
        return start, rest[-1].idx + len(rest[-1].text)
    return start, _strip_end(_doc_text(sentence.doc), start, before_end)


def _according_to(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "according to X": X is the source, the rest of the sentence the claim."""
    found: list[Found] = []
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens[:-1]):
        if token.lower_ != "according" or tokens[position + 1].lower_ != "to":
            continue
        end = _tail_end(tokens, position + 2)
        end = len(tokens) if end is None else end
        source = _trim(_noun_phrase(tokens, position + 2, end))
        if not source:
            continue
        claim = _claim_outside(sentence, tokens, position, position + 2 + len(source))
        cue = (token.idx, tokens[position + 1].idx + 2, "according to")
        found.append(Found(claim, source, cue, "according to", scope=True, cue_token=token))
    return found


def _noun_phrase(tokens: list[Token], start: int, end: int) -> list[Token]:
    phrase: list[Token] = []
    for token in tokens[start:end]:
        if token.text == "," and phrase:
            break
        phrase.append(token)
    return phrase


def _claim_outside(
    sentence: SpacySpan, tokens: list[Token], first: int, after: int
) -> tuple[int, int]:
    """The sentence less tokens[first:after]; when the phrase leads, what follows its comma."""
    text = _doc_text(sentence.doc)
    if first == 0 or all(t.is_punct for t in tokens[:first]):
        rest = _trim(tokens[after:])
        return (rest[0].idx, rest[-1].idx + len(rest[-1].text)) if rest else (0, 0)
    body = _trim(tokens)
    tail = _trim(tokens[after:])
    if tail and any(not t.is_punct for t in tail):
        return body[0].idx, body[-1].idx + len(body[-1].text)
    return body[0].idx, _strip_end(text, body[0].idx, tokens[first].idx)


def _doc_text(doc: Doc) -> str:
    """The document's text, cached: spaCy rebuilds `Doc.text` from the tokens on every access."""
    if "sitrep_text" not in doc.user_data:
        doc.user_data["sitrep_text"] = doc.text
    return str(doc.user_data["sitrep_text"])


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


def _found_from(claim: tuple[int, int], source: list[Token], cue: Token, scope: bool) -> Found:
    return Found(
        claim,
        source,
        (cue.idx, cue.idx + len(cue.text), cue.text),
        VERB_CLASSES[_lemma(cue)],
        via=_addressee_via(cue) + _prep_via(cue),
        scope=scope,
        cue_token=cue,
    )


# --- reporting verbs from the parse -----------------------------------------------------------


def _verbal(
    token: Token, sentence: SpacySpan, quotes: list[Quote], media: dict[str, str]
) -> Found | None:
    """A reporting verb with a source (its subject) and a claim (complement or adjacent quote)."""
    verb_class = VERB_CLASSES[_lemma(token)]
    if verb_class == "citing" or _is_hedge_use(token):
        return None
    source = _subject(token, quotes)
    if not source:
        return None
    claim = _quote_before(token, source, sentence, quotes) or _complement(token, verb_class)
    claim = claim or _quote_after(token, source, sentence, quotes)
    if claim is None:
        return None
    found = _found_from(claim, source, token, scope=False)
    _apply_citing(found, token, media)
    return found


def _is_hedge_use(token: Token) -> bool:
    """ "are expected to assemble", "is believed to": a hedge on the sentence, not a statement."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    return passive and _lemma(token) not in PASSIVE_SPEAKER


def _subject(token: Token, quotes: list[Quote]) -> list[Token]:
    """The speaker: the verb's subject, or the subject of the reporting verb it continues."""
    current: Token | None = token
    for _ in range(4):
        if current is None:
            return []
        for child in current.children:
            if (
                child.dep_ == "nsubj"
                or (child.dep_ == "nsubjpass" and _lemma(current) in PASSIVE_SPEAKER)
            ) and quote_at(quotes, child.idx) is None:
                return _source_tokens(child)
        if (
            current.dep_ not in {"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp"}
            or current.head is current
        ):
            return []
        current = _reporting_ancestor(current)
    return []


def _reporting_ancestor(token: Token) -> Token | None:
    """For "warned X ... and called Y", the cue "called" continues: climb to the reporting verb."""
    head = token.head
    while (
        head.dep_ in {"conj", "ccomp", "xcomp"} and not _is_cue_verb(head) and head.head is not head
    ):
        head = head.head
    if token.dep_ in {"conj", "advcl", "acl", "pcomp"} or _is_cue_verb(head):
        return head
    return None


def _source_tokens(head: Token) -> list[Token]:
    """The subject's phrase, less trailing time phrases ("the minister on Friday") and relatives."""
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in {"relcl", "acl"} or (child.dep_ == "prep" and _is_time_phrase(child)):
            drop |= {t.i for t in child.subtree}
    tokens = [t for t in head.subtree if t.i not in drop]
    return _trim(_contiguous(tokens, head))


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    ids = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in ids:
        start -= 1
    while end + 1 in ids:
        end += 1
    return [t for t in tokens if start <= t.i <= end]


def _is_time_phrase(prep: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def _complement(token: Token, verb_class: str) -> tuple[int, int] | None:
    """The claim as the verb's clausal complement, or its object for confirm/deny/show verbs."""
    for child in token.children:
        if (
            child.dep_ == "ccomp" or (child.dep_ == "xcomp" and _lemma(token) in XCOMP_CLAIMS)
        ) and child.i > token.i:
            return _subtree_span(child, exclude_cue_conj=True)
    for child in token.children:
        if child.dep_ == "oprd":
            return _subtree_span(child)
    if verb_class in OBJECT_CONTENT:
        objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
        if objects:
            last = max(
                token.children,
                key=lambda c: c.i if c.dep_ in {"dobj", "advcl", "conj", "acl"} else -1,
            )
            start, _ = _subtree_span(objects[0])
            _, end = _subtree_span(last if last.i > objects[0].i else objects[0])
            return start, end
    return None


def _subtree_span(head: Token, exclude_cue_conj: bool = False) -> tuple[int, int]:
    tokens = list(head.subtree)
    if exclude_cue_conj:
        cut = [
            c for c in head.children if c.dep_ == "conj" and _is_cue_verb(c) and not _has_subject(c)
        ]
        if cut:
            stop = min(t.i for t in cut[0].subtree)
            tokens = [t for t in tokens if t.i < stop and not (t.i == stop - 1 and t.dep_ == "cc")]
    tokens = _trim([t for t in tokens if t.dep_ != "cc" or t is not tokens[-1]])
    while tokens and tokens[-1].dep_ == "cc":
        tokens = _trim(tokens[:-1])
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text) + _closing_quote(tokens[-1])


def _closing_quote(token: Token) -> int:
    """Keep a closing quote mark that the parser left outside the complement."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return len(following.text) if following is not None and following.text in CLOSING_QUOTES else 0


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _quote_before(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """A quote just before the source and cue: "“...,” he said"."""
    skip = {t.i for t in source}
    before = [q for q in quotes if q.end <= token.idx and q.end > sentence.start_char]
    if not before:
        return None
    quote = before[-1]
    between = [t for t in _tokens_between(token.doc, quote.end, token.idx) if t.i not in skip]
    if all(t.is_punct or t.is_space or t.pos_ in {"ADV", "AUX", "PART"} for t in between):
        return quote.start, quote.end
    return None


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens starting in [start, end), found without scanning the whole document."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [t for t in span if start <= t.idx < end] if span is not None else []


def _quote_after(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """A quote right after the cue ("said: “...”"), in the sentence or after a final colon."""
    skip = {t.i for t in source}
    ends_open = sentence.text.rstrip().endswith((":", ","))
    limit = sentence.end_char + (40 if ends_open else 0)
    after = [q for q in quotes if token.idx < q.start < limit]
    if not after:
        return None
    quote = after[0]
    between = [
        t
        for t in _tokens_between(token.doc, token.idx + len(token), quote.start)
        if t.i not in skip and not t.is_space
    ]
    if len(between) <= 6 and (not between or between[-1].is_punct):
        return quote.start, quote.end
    return None


def _addressee_via(cue: Token) -> list[Via]:
    """ "told The Times": an outlet told is the first link of the chain."""
    for child in cue.children:
        if child.dep_ in {"dobj", "dative", "iobj"} and child.i > cue.i:
            tokens = _trim([t for t in child.subtree if t.i < child.i + 6])
            text = span_text(tokens)
            if tokens and is_media_name(text):
                return [Via(text, "media")]
    return []


def _prep_via(cue: Token) -> list[Via]:
    """ "in a clip shared by an outlet", "in an interview with CNN": the outlet that carried it."""
    links: list[Via] = []
    for prep in (
        c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"in", "on", "to", "with"}
    ):
        for token in prep.subtree:
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
                kind: SourceKind = (
                    "media" if is_media_name(name) or _has_media_appos(token) else "organization"
                )
                links.append(Via(name, kind))
    return links


def _has_media_appos(token: Token) -> bool:
    return any(
        c.dep_ == "appos"
        and any(
            t.lower_ in {"media", "outlet", "newspaper", "channel", "agency"} for t in c.subtree
        )
        for c in token.children
    )


def _apply_citing(found: Found, verb: Token, media: dict[str, str]) -> None:
    """ "The Times, citing officials, reported": the officials speak, the outlet relays."""
    for child in verb.children:
        if child.lower_ in {"citing", "quoting"}:
            cited = [c for c in child.children if c.dep_ == "dobj"]
            kind, name = classify_source(found.source, media)
            if cited and kind == "media":
                found.via = [Via(name, "media"), *found.via]
                found.source = _source_tokens(cited[0])


# --- across sentences -------------------------------------------------------------------------


def _widen_to_quotes(claim: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """A claim that starts or ends inside a quote takes the whole quote."""
    start, end = claim
    first, last = quote_at(quotes, start), quote_at(quotes, max(start, end - 1))
    return (first.start if first else start, last.end if last else end)


def _continued_quotes(
    ctx: DocContext, sentences: list[SpacySpan], found: list[Found], quotes: list[Quote]
) -> list[Found]:
    """A quoted sentence without a cue right after an attributed one: the same speaker goes on."""
    extra: list[Found] = []
    by_sentence = {f.sentence: f for f in found}
    for index, sentence in enumerate(sentences):
        if index in by_sentence or index - 1 not in by_sentence:
            continue
        quote = quote_at(quotes, _first_char(sentence))
        previous = by_sentence[index - 1]
        if (
            quote is None
            or previous.claim[1] > quote.start
            or not _speaker_continues(ctx.text, previous, quote)
        ):
            continue
        if quoted_share(quotes, sentence.start_char, sentence.end_char, ctx.text) < 0.8:
            continue
        item = Found(
            (quote.start, quote.end),
            previous.source,
            previous.cue,
            previous.verb_class,
            list(previous.via),
            sentence=index,
            cue_token=previous.cue_token,
        )
        by_sentence[index] = item
        extra.append(item)
    return extra


def _first_char(sentence: SpacySpan) -> int:
    stripped = sentence.text.lstrip()
    return sentence.start_char + len(sentence.text) - len(stripped)


def _speaker_continues(text: str, previous: Found, quote: Quote) -> bool:
    """No other paragraph in between: at most one paragraph break since the previous claim."""
    return (
        text.count("\n\n", previous.claim[1], quote.start)
        + text.count("\n", previous.claim[1], quote.start)
        <= 3
    )


def _name_sources(found: list[Found], media: dict[str, str]) -> None:
    for item in found:
        if item.kind is None:
            item.kind, item.name = classify_source(item.source, media)
        item.via = [
            Via(normalise_media(v.text, media) if v.kind == "media" else v.text, v.kind)
            for v in item.via
        ]


def _apply_scope(text: str, sentences: list[SpacySpan], found: list[Found]) -> None:
    """Reporters cover their sentence (and, paragraph-final, their paragraph) and chain inward."""
    for outer in [f for f in found if f.scope]:
        inner = [f for f in found if f is not outer and _inside(f, outer)]
        for item in inner:
            _chain(item, outer)
        if (
            inner
            and all(_covers(i, outer) or _governs(i, outer) for i in inner)
            and all(i.kind not in {"video", "document"} for i in inner)
        ):
            outer.claim = (0, 0)
        elif not inner and _ends_paragraph(text, outer.claim[1]):
            outer.claim = _widen_to_paragraph(text, sentences, found, outer)
    found[:] = [f for f in found if f.claim[1] > f.claim[0]]


def _governs(item: Found, outer: Found) -> bool:
    """The outer cue hangs on the inner verb ("... is heard in a clip, according to The Times")."""
    return outer.cue_token is not None and item.cue_token is outer.cue_token.head


def _inside(item: Found, outer: Found) -> bool:
    return (
        item.cue is not None
        and outer.claim[0] <= item.cue[0] < outer.claim[1]
        and item.sentence == outer.sentence
    )


def _covers(item: Found, outer: Found) -> bool:
    """The inner attribution is most of the outer claim (so the outer is only a link)."""
    start = min([item.claim[0]] + [t.idx for t in item.source])
    end = max([item.claim[1]] + ([item.cue[1]] if item.cue else []))
    covered = max(0, min(end, outer.claim[1]) - max(start, outer.claim[0]))
    return covered >= 0.6 * (outer.claim[1] - outer.claim[0])


def _chain(item: Found, outer: Found) -> None:
    links = [] if outer.name == item.name else [Via(outer.name or "", outer.kind or "media")]
    for link in links + outer.via:
        if all(link.text != v.text for v in item.via) and link.text != item.name:
            item.via.append(link)


def _ends_paragraph(text: str, end: int) -> bool:
    rest = text[end : end + 40]
    return re.match(r"^[^\n]{0,40}?[.!?]?[”\"’]?[ \t\u00a0]*(?:\n|$)", rest) is not None


def _widen_to_paragraph(
    text: str, sentences: list[SpacySpan], found: list[Found], outer: Found
) -> tuple[int, int]:
    """Take in the preceding sentences of the paragraph that carry no attribution of their own."""
    start = outer.claim[0]
    attributed = {f.sentence for f in found}
    for index in range(outer.sentence - 1, -1, -1):
        sentence = sentences[index]
        if (
            index in attributed
            or "\n" in text[sentence.end_char - 1 : start]
            or "\n" in sentence.text.strip()
        ):
            break
        start = _first_char(sentence)
    return start, outer.claim[1]


def _resolve_coreference(found: list[Found]) -> None:
    """ "he", "the official", a surname: take the name, kind and chain of the earlier source."""
    seen: list[Found] = []
    for item in found:
        antecedent = _antecedent(item, seen)
        if antecedent is not None:
            item.name, item.kind = antecedent.name, antecedent.kind
            for link in antecedent.via:
                if all(link.text != v.text for v in item.via):
                    item.via.append(link)
        seen.append(item)


def _antecedent(item: Found, seen: list[Found]) -> Found | None:
    tokens = item.source
    if not tokens or not seen:
        return None
    if is_pronoun(tokens):
        return _pronoun_antecedent(tokens[0].lower_, seen)
    if tokens[0].lower_ == "the" and len(tokens) <= 3 and item.kind != "media":
        lemma = head_lemma(tokens)
        return next(
            (f for f in reversed(seen) if head_lemma(f.source) == lemma and f.source is not tokens),
            None,
        )
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


# --- output -----------------------------------------------------------------------------------


def _usable(ctx: DocContext, item: Found) -> bool:
    """Never from a credit, byline or boilerplate."""
    start, end = item.claim
    source_start = item.source[0].idx if item.source else start
    source_end = item.source[-1].idx + len(item.source[-1].text) if item.source else end
    return not ctx.is_silent(start, end) and not ctx.is_silent(source_start, source_end)


def _build(
    ctx: DocContext, item: Found, quotes: list[Quote], times: Sequence[TimeExpr]
) -> Attribution:
    start, end = item.claim
    source_text = span_text(item.source)
    source = Source(
        item.source[0].idx if item.source else None,
        item.source[-1].idx + len(item.source[-1].text) if item.source else None,
        source_text,
        item.kind or "anonymous_person",
        item.name or source_text,
    )
    cue = (
        Cue(item.cue[0], item.cue[1], ctx.text[item.cue[0] : item.cue[1]], item.verb_class)
        if item.cue
        else None
    )
    return Attribution(
        claim=Offsets(start, end),
        source=source,
        via=tuple(item.via),
        cue=cue,
        direct_quote=_direct(quotes, start, end, ctx.text),
        date=_statement_date(ctx, item, times),
        certainty=_certainty(ctx.text[start:end], item.verb_class, item.cue_token),
    )


def _direct(quotes: list[Quote], start: int, end: int, text: str) -> bool | Literal["mixed"]:
    share = quoted_share(quotes, start, end, text)
    if share >= 0.85:
        return True
    return "mixed" if share > 0.05 else False


def _certainty(claim: str, verb_class: str | None, cue: Token | None) -> Certainty:
    if verb_class == "deny" or (
        cue is not None
        and any(c.dep_ == "neg" for c in cue.children)
        and verb_class in {"confirm", "say"}
    ):
        return "denied"
    if HEDGES.search(claim) or (
        cue is not None
        and _lemma(cue) in {"suggest", "believe", "think", "estimate", "suspect", "predict"}
    ):
        return "hedged"
    return "asserted"


def _statement_date(ctx: DocContext, item: Found, times: Sequence[TimeExpr]) -> str | None:
    """A time phrase hanging on the cue or the source dates the statement; else publication."""
    owners = {t.i for t in item.source}
    if item.cue_token is not None:
        owners.add(item.cue_token.i)
        owners |= {t.i for t in _subject(item.cue_token, []) if item.source}
    for time in times:
        if time.value and ISO_DATE.match(time.value) and _attached(ctx, time, owners, item.claim):
            return ISO_DATE.match(time.value).group()[:10]  # type: ignore[union-attr]
    published = ctx.article.published
    return published.isoformat() if published else None


def _attached(ctx: DocContext, time: TimeExpr, owners: set[int], claim: tuple[int, int]) -> bool:
    if claim[0] <= time.start < claim[1]:
        return False
    span = ctx.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not owners:
        return False
    token = span.root
    for _ in range(6):
        if token.i in owners:
            return True
        if (
            token.dep_ not in TIME_PATH_DEPS and token.i not in {t.i for t in span}
        ) or token.head is token:
            return False
        token = token.head
    return token.i in owners


__all__ = ["VERB_CLASSES", "extract_attributions", "has_title"]
