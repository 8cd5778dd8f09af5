"""A denial or a confirmation of what was said before: "Witnesses said soldiers fired on the
crowd. The military denied that." The object "that" ("it", "this") stands for a statement before
it, so the claim denied or confirmed is that statement. "denied that it had fired", with a clause
of its own, is no demonstrative; a statement that was quoted stays "that", for the words quoted
are not the denier's.

Which statement: a confirmation takes the one just before it (the claim the sentence before
held, else that whole sentence). A denial answers the charge against the denier, which need not
be the last thing said: in "Witnesses said soldiers fired on the crowd. Three people died, doctors
said. The military denied that." the military denies the firing, not the doctors' toll. So a
denial takes the latest claim of the two sentences before that names the denier or its side
("soldiers" for the military, "Russian troops" for Moscow); else the statement just before
when it holds no toll, or when the toll is the only claim within reach and so all there is to
deny ("The ministry said 40 people were killed in the strike. The army denied that."); else it
stays "that", for a reader cannot tell what was denied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.extract.actors import normalize_actor
from sitrep.extract.attribution_common import Found
from sitrep.extract.event_tolls import TOLL_MEASURES
from sitrep.extract.quantity_types import CASUALTY_WORDS
from sitrep.extract.quotes import Quote, quoted_share

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

DEMONSTRATIVES = frozenset({"that", "this", "it"})
# Verb classes whose object is a statement: deny, refute, dispute; confirm, acknowledge, admit.
ANSWERING_CLASSES = frozenset({"deny", "confirm"})
SENTENCE_END = " \t\n.!?"
# How far back a denial looks for the charge it answers: the sentence before and the one before it.
CHARGE_REACH = 2
# A state's armed men: a denial by one ("the army") answers a charge against another ("soldiers"),
# never one against rebels or militants, whom the state does not speak for.
STATE_FORCES = frozenset({"forces", "troops", "soldiers", "army", "military", "navy"})
NAMING_POS = frozenset({"NOUN", "PROPN"})


def point_demonstratives(
    text: str, sentences: Sequence[SpacySpan], found: list[Found], quotes: list[Quote]
) -> None:
    """Give a denied or confirmed "that" the statement it answers as its claim."""
    for item in found:
        if not _answers_demonstratively(text, item) or item.sentence < 1:
            continue
        if item.verb_class == "deny":
            statement = _charge_denied(text, sentences, found, item)
        else:
            statement = _statement_in(text, sentences[item.sentence - 1], found)
        if statement is not None and not quoted_share(quotes, *statement, text):
            item.claim = statement


def _answers_demonstratively(text: str, item: Found) -> bool:
    token = item.cue_token
    claim = text[item.claim[0] : item.claim[1]]
    return (
        item.verb_class in ANSWERING_CLASSES
        and token is not None
        and claim.lower() in DEMONSTRATIVES
        and any(c.dep_ == "dobj" and c.lower_ == claim.lower() for c in token.children)
    )


def _charge_denied(
    text: str, sentences: Sequence[SpacySpan], found: list[Found], denial: Found
) -> tuple[int, int] | None:
    """The charge a denial answers: the latest recent claim naming the denier or its side, else
    the statement just before when it counts no dead or wounded or is the only claim within
    reach, else None."""
    doc = sentences[0].doc
    recent = {
        f.claim
        for f in found
        if denial.sentence - CHARGE_REACH <= f.sentence < denial.sentence and f is not denial
    }
    naming = [c for c in recent if _names_the_denier(denial.source, _tokens(doc, c))]
    if naming:
        return max(naming, key=lambda claim: (claim[1], claim[1] - claim[0]))
    statement = _statement_in(text, sentences[denial.sentence - 1], found)
    if statement is None:
        return None
    if _counts_casualties(_tokens(doc, statement)) and recent != {statement}:
        return None
    return statement


def _tokens(doc: Doc, span: tuple[int, int]) -> list[Token]:
    return list(doc.char_span(*span, alignment_mode="expand") or ())


def _names_the_denier(denier: Sequence[Token], claim: Sequence[Token]) -> bool:
    """The claim names the denier ("the ministry ... the ministry's troops"), its state ("Moscow"
    and "Russian troops") or, for a state's force, its other armed men ("the army" and
    "soldiers")."""
    names = {t.lower_ for t in denier if t.pos_ in NAMING_POS}
    if names & {t.lower_ for t in claim}:
        return True
    if names & STATE_FORCES and any(t.lower_ in STATE_FORCES for t in claim):
        return True
    actor = normalize_actor(" ".join(t.text for t in denier))
    return actor is not None and actor == normalize_actor(" ".join(t.text for t in claim))


def _counts_casualties(tokens: Sequence[Token]) -> bool:
    """ "Three people died": a number with a word of the dead or wounded is a toll, no charge."""
    return any(t.like_num for t in tokens) and any(
        CASUALTY_WORDS.get(t.lower_) in TOLL_MEASURES for t in tokens
    )


def _statement_in(text: str, sentence: SpacySpan, found: list[Found]) -> tuple[int, int] | None:
    """The last claim reported in the sentence, else the sentence less its final stop."""
    start, end = sentence.start_char, sentence.end_char
    held = [f.claim for f in found if start <= f.claim[0] and f.claim[1] <= end]
    if held:
        return max(held, key=lambda claim: (claim[1], claim[1] - claim[0]))
    while end > start and text[end - 1] in SENTENCE_END:
        end -= 1
    return (start, end) if end > start else None
