"""“According to X”: X is the source, the rest of the sentence the claim, less a description of X
set off by commas ("According to the institute, a Washington-based think tank, ..."); a name set
off after a description of X ("according to the ombudsman, Jan Novak") is part of the source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, strip_end, trim
from sitrep.extract.attribution_tails import tail_end
from sitrep.extract.cues import is_cue_verb
from sitrep.extract.token_positions import doc_text, run_bounds, tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.quotes import Quote

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words opening a clause set against the claim (`_contrary_report`).
CONTRASTS = frozenset({"though", "although", "but", "while", "whereas", "yet"})
# The phrase's first word, looked for before a sentence's tokens are built.
ACCORDING = frozenset({"according"})
# Words joining a clause of its own after the phrase (`_clause_of_its_own`).
CLAUSE_JOINERS = frozenset({"and", "but"})
# Words opening a relative clause on the source: "..., who spoke on condition of anonymity",
# "..., which cited a local news site".
RELATIVE_PRONOUNS = frozenset({"who", "whose", "which"})

# Marks that open a clause of its own after the source ("according to the Red Cross; the toll
# may rise"), which ends both the source and the statement it speaks for.
CLAUSE_MARKS = frozenset({";", ":", "—", "–", "--"})


def according_to(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "according to X": X is the source, the rest of the sentence the claim."""
    found: list[Found] = []
    if not tokens_among(sentence, ACCORDING):
        return found  # most sentences: no need to build their tokens
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens[:-1]):
        if token.lower_ != "according" or tokens[position + 1].lower_ != "to":
            continue
        end = tail_end(tokens, position + 2)
        end = len(tokens) if end is None else end
        source = trim(_noun_phrase(tokens, position + 2, end))
        if not source:
            continue
        source = _with_name(tokens, position + 2, source)
        after = _past_apposition(tokens, position + 2 + len(source))
        claim = _claim_outside(sentence, tokens, position, after)
        cue = (token.idx, tokens[position + 1].idx + 2, "according to")
        # Before a contrary report the phrase stands mid-sentence: it speaks for its own clause,
        # not for the paragraph that a sentence-final one may cover.
        closing = not _clause_of_its_own(tokens[after:])
        source = _less_trailing_date(source)
        found.append(Found(claim, source, cue, "according to", scope=closing, cue_token=token))
    return found


def _with_name(tokens: list[Token], start: int, source: list[Token]) -> list[Token]:
    """ "according to the regional ombudsman, Jan Novak": the name set off after a description
    is the same person, so it joins the source. It stands alone before a comma or the end; the
    parser may miss the apposition before the claim, so a full name set off by commas there
    will do, unless it is the claim's subject ("According to the report, Jan Novak lied")."""
    after = start + len(source)
    if after >= len(tokens) or tokens[after].text != "," or source[-1].pos_ != "NOUN":
        return source
    name: list[Token] = []
    for token in tokens[after + 1 :]:
        if token.pos_ != "PROPN":
            break
        name.append(token)
    end = after + 1 + len(name)
    if not name or (end < len(tokens) and not tokens[end].is_punct):
        return source
    appositive = name[-1].dep_ == "appos" and name[-1].head in source
    set_off = end < len(tokens) and tokens[end].text == "," and len(name) > 1
    subject = name[-1].dep_ in {"nsubj", "nsubjpass"}
    return tokens[start:end] if appositive or (set_off and not subject) else source


def _less_trailing_date(source: list[Token]) -> list[Token]:
    """ "a message posted on its site on Wednesday": the date it was posted is when the source
    spoke, no part of who spoke."""
    for cut in range(len(source) - 2, 0, -1):
        opener, rest = source[cut], source[cut + 1 :]
        dated = all(t.ent_type_ in {"DATE", "TIME"} for t in rest)
        if opener.dep_ == "prep" and opener.lower_ in {"on", "at"} and dated:
            return trim(source[:cut])
    return source


def _past_apposition(tokens: list[Token], after: int) -> int:
    """ "According to the institute, a Washington-based think tank, Russian forces ...": a
    description set off by commas right after the source belongs to the source, not the claim.
    It opens with a determiner or a possessive and holds no finite verb; a relative clause on
    the source (", who spoke on condition of anonymity because ...", ", which cited ...") is the
    source's too."""
    if after >= len(tokens) or tokens[after].text != ",":
        return after
    if after + 1 < len(tokens) and tokens[after + 1].lower_ in RELATIVE_PRONOUNS:
        return _past_relative_clause(tokens, after + 1)
    for position in range(after + 1, min(after + 14, len(tokens))):
        token = tokens[position]
        if token.text == ",":
            opener = tokens[after + 1]
            described = opener.pos_ == "DET" or opener.tag_ == "PRP$"
            return position + 1 if described and position > after + 2 else after
        if token.tag_ in FINITE_TAGS or token.is_sent_end:
            return after
    return after


def _past_relative_clause(tokens: list[Token], opener: int) -> int:
    """The position after the relative clause opened at tokens[opener] and its closing comma."""
    clause = tokens[opener].head
    if clause.dep_ != "relcl":
        return opener - 1
    last = clause.right_edge.i
    position = next((p for p, t in enumerate(tokens) if t.i == last), len(tokens) - 1) + 1
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
    return position


def _clause_of_its_own(rest: list[Token]) -> bool:
    """ "2,000 people have fled, according to U.N. figures, and 40 were killed": the phrase
    speaks for the clause it closes; a contrary report or a clause joined after it (by a
    conjunction, a semicolon, a colon or a dash) is another statement."""
    tail = trim(rest)
    marked = bool(rest) and rest[0].text in CLAUSE_MARKS
    joined = bool(tail) and (tail[0].lower_ in CLAUSE_JOINERS or marked)
    return _contrary_report(tail) or (joined and any(t.tag_ in FINITE_TAGS for t in tail))


def _contrary_report(tail: list[Token]) -> bool:
    """ ", though local doctors say the toll is far higher": a contrasting clause with a reporting
    verb of its own is another source's claim, set against this one."""
    return bool(tail) and tail[0].lower_ in CONTRASTS and any(is_cue_verb(t) for t in tail)


def _noun_phrase(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The source after "according to", up to the first mark that closes a phrase ("according
    to the port authority; a second ship ..."), though a description after a dash or a colon
    ("according to members of the caucus — strategists and activists") is still the source."""
    phrase: list[Token] = []
    for position in range(start, end):
        token = tokens[position]
        if phrase and (token.text == "," or _opens_clause(tokens, position)):
            break
        phrase.append(token)
    return phrase


def _opens_clause(tokens: list[Token], position: int) -> bool:
    """A semicolon, colon or dash followed by a finite verb before the next comma."""
    if tokens[position].text not in CLAUSE_MARKS:
        return False
    for token in tokens[position + 1 :]:
        if token.text == "," or token.is_sent_end:
            return False
        if token.tag_ in FINITE_TAGS:
            return True
    return False


def _claim_outside(
    sentence: SpacySpan, tokens: list[Token], first: int, after: int
) -> tuple[int, int]:
    """The sentence less tokens[first:after]; when the phrase leads, what follows its comma, and
    before a clause of its own, what comes before it."""
    text = doc_text(sentence.doc)
    if first == 0 or all(t.is_punct for t in tokens[:first]):
        rest = trim(tokens[after:])
        return run_bounds(rest) if rest else (0, 0)
    body = trim(tokens)
    tail = trim(tokens[after:])
    if any(not t.is_punct for t in tail) and not _clause_of_its_own(tokens[after:]):
        return run_bounds(body)
    return body[0].idx, strip_end(text, body[0].idx, tokens[first].idx)
