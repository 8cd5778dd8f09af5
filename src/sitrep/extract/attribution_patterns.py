"""Token patterns within a sentence: trailing and parenthetical reporters (", officials said"),
which the small parser often attaches to the wrong word, and "according to X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import (
    CLOSING_QUOTES,
    NP_POS,
    NP_PUNCT,
    OBJECT_PRONOUNS,
    TAIL_POS,
    Found,
    doc_text,
    found_from,
    strip_end,
    trim,
)
from sitrep.extract.cues import is_cue_verb
from sitrep.extract.quotes import Quote, quote_at

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def reporter_clauses(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
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
        found.append(found_from(claim, source, cue, scope=True))
    return found


def _is_separator(token: Token, tokens: list[Token], position: int) -> bool:
    if token.text == ",":
        return True
    return token.text in CLOSING_QUOTES and position > 0 and tokens[position - 1].is_punct


def _match_reporter(tokens: list[Token], start: int) -> tuple[list[Token], Token, int] | None:
    """Source NP then cue verb then a verbless tail to a comma or the end; or cue then NP."""
    if start < len(tokens) and is_cue_verb(tokens[start]) and tokens[start].tag_ in {"VBD", "VBZ"}:
        cue = tokens[start]
        stop = _tail_end(tokens, start + 1)
        source = trim(
            [t for t in tokens[start + 1 : stop] if not t.is_punct or t.text in {"'s", "’s"}]
        )
        if stop is not None and source and any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in source):
            return source, cue, stop
        return None
    position = start
    while position < len(tokens) and position - start <= 15 and _np_token(tokens[position]):
        if is_cue_verb(tokens[position]):
            break
        position += 1
    while (
        position < len(tokens)
        and tokens[position].pos_ in {"ADV", "AUX"}
        and not is_cue_verb(tokens[position])
    ):
        position += 1
    if position >= len(tokens) or not is_cue_verb(tokens[position]):
        return None
    source = trim(tokens[start:position])
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


def _claim_around(
    sentence: SpacySpan, tokens: list[Token], separator: int, stop: int
) -> tuple[int, int]:
    """The sentence less the reporter clause: before it, or around it when parenthetical."""
    start = sentence.start_char
    before_end = tokens[separator].idx + (
        len(tokens[separator].text) if tokens[separator].text != "," else 0
    )
    rest = trim(tokens[stop:])
    if (
        rest
        and stop < len(tokens)
        and any(not t.is_punct for t in rest)
        and rest[0].tag_ != "VBG"
        and tokens[separator].text not in CLOSING_QUOTES
    ):
        return start, rest[-1].idx + len(rest[-1].text)
    return start, strip_end(doc_text(sentence.doc), start, before_end)


def according_to(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "according to X": X is the source, the rest of the sentence the claim."""
    found: list[Found] = []
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens[:-1]):
        if token.lower_ != "according" or tokens[position + 1].lower_ != "to":
            continue
        end = _tail_end(tokens, position + 2)
        end = len(tokens) if end is None else end
        source = trim(_noun_phrase(tokens, position + 2, end))
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
    text = doc_text(sentence.doc)
    if first == 0 or all(t.is_punct for t in tokens[:first]):
        rest = trim(tokens[after:])
        return (rest[0].idx, rest[-1].idx + len(rest[-1].text)) if rest else (0, 0)
    body = trim(tokens)
    tail = trim(tokens[after:])
    if tail and any(not t.is_punct for t in tail):
        return body[0].idx, body[-1].idx + len(body[-1].text)
    return body[0].idx, strip_end(text, body[0].idx, tokens[first].idx)


# Labels that open a line with a colon without anyone speaking ("Update: ...", "Photo: ...").
LABELS = frozenset(
    [
        "note",
        "update",
        "updated",
        "editor",
        "photo",
        "photos",
        "video",
        "watch",
        "related",
        "read",
        "see",
        "source",
        "sources",
        "correction",
        "clarification",
        "disclosure",
        "warning",
        "caption",
        "credit",
        "image",
        "images",
        "listen",
        "subscribe",
        "follow",
        "click",
        "share",
        "tags",
        "topics",
        "advertisement",
        "sponsored",
    ]
)


def colon_statements(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """A line opened by a short name and a colon, the headline convention "Speaker: what was
    said" ("Senator: The deal is dead", "Poll: Candidate leads in Iowa")."""
    tokens = [t for t in sentence if not t.is_space]
    text = doc_text(sentence.doc)
    if not tokens or text[: tokens[0].idx].rsplit("\n", 1)[-1].strip():
        return []
    colon = next((i for i, t in enumerate(tokens[:8]) if t.text == ":"), None)
    if colon is None or colon == 0 or quote_at(quotes, tokens[0].idx) is not None:
        return []
    source = tokens[:colon]
    rest = trim(tokens[colon + 1 :])
    if (
        len([t for t in rest if not t.is_punct]) < 3
        or any(t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text not in NP_PUNCT) for t in source)
        or not any(t.pos_ in {"PROPN", "NOUN"} for t in source)
        or any(t.lower_ in LABELS for t in source)
        or (not source[0].is_title and not source[0].is_upper)
    ):
        return []
    cue = tokens[colon]
    claim = (rest[0].idx, rest[-1].idx + len(rest[-1].text))
    return [Found(claim, source, (cue.idx, cue.idx + 1, ":"), "say", cue_token=cue)]
