"""Findings a document states with no verb of saying: "In a new poll, Clinton leads by five
points." The poll is the source as plainly as in "a new poll shows Clinton leading", so a
sentence opened by "In" and a poll, survey, study or report, then a comma, states the rest of
the sentence on the document's authority. Where the sentence has a reporting verb of its own
("In the poll, 60 percent said ...") that verb speaks, and the document is left alone. A named
poll after the clause credits it too ("Smith fell to 10 percent in the latest Gallup poll");
"rose in the polls", with no poll named, is the writer's own summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.cues import is_cue_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds, tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

FINDING_DOCUMENTS = frozenset(
    {"poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "audit"}
)
POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# Words that tell which poll a trailing phrase means: "a poll released Monday", "polls from
# Quinnipiac", "polls conducted by Gallup".
POLL_NAMING_PREPOSITIONS = frozenset({"from", "by", "of"})
# How far up from a trailing "in ... poll" phrase its verb may be ("finished ahead in
# matchups in recent polls").
PHRASE_CLIMB = 3


def document_findings(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """A finding credited to a poll or a study opening the sentence, or to a named poll
    closing a clause."""
    return _opening_document(sentence, quotes) + _standings_in_named_polls(sentence, quotes)


def _opening_document(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "In a poll released Monday, 50 percent chose Clinton": the poll says so."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.lower_ != "in":
        return []  # most sentences: no need to build their tokens
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) < 5 or quote_at(quotes, tokens[0].idx):
        return []
    documents = [c for c in tokens[0].children if c.dep_ == "pobj"]
    if not documents or documents[0].lower_ not in FINDING_DOCUMENTS:
        return []
    comma = next((t for t in tokens if t.i > documents[0].right_edge.i), None)
    if comma is None or comma.text != "," or is_cue_verb(sentence.root):
        return []
    source = trim([t for t in tokens if tokens[0].i < t.i < comma.i])
    claim = trim([t for t in tokens if t.i > comma.i])
    if not source or not claim:
        return []
    cue = tokens[0]
    return [Found(run_bounds(claim), source, cue_from(cue), "show", cue_token=cue)]


def _standings_in_named_polls(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "Cruz came in second in January polls", "she trails him in the RealClearPolitics
    average of polls": the main clause before the phrase is the poll's finding."""
    found: list[Found] = []
    for word in tokens_among(sentence, POLL_WORDS):
        noun = word
        if word.head.lower_ == "of" and word.head.head.dep_ == "pobj":
            noun = word.head.head  # "in one of the polls", "in an average of polls"
        elif not _names_a_poll(word):
            continue
        if noun.dep_ != "pobj" or noun.head.lower_ != "in" or quote_at(quotes, noun.idx):
            continue
        phrase = noun.head
        verb = _verb_of_phrase(phrase)
        if verb is None or not _main_clause_stating(verb) or phrase.i < verb.i:
            continue
        claim = trim([t for t in verb.subtree if t.i < phrase.i])
        source = trim([t for t in phrase.subtree if t.i > phrase.i])
        if claim and source:
            found.append(
                Found(run_bounds(claim), source, cue_from(phrase), "show", cue_token=phrase)
            )
    return found


def _names_a_poll(word: Token) -> bool:
    """ "the latest CNN poll", "January polls", "polls from Quinnipiac", "a poll released
    Monday": a word before the noun other than "the", or a phrase after it, picks one poll out."""
    before = [c for c in word.children if c.i < word.i and c.lower_ != "the"]
    after = [
        c
        for c in word.children
        if c.i > word.i
        and (c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in POLL_NAMING_PREPOSITIONS))
    ]
    return bool(before or after)


def _verb_of_phrase(phrase: Token) -> Token | None:
    """The verb an "in ... poll" phrase belongs to, through the nouns it may hang on ("has a
    lead in the latest poll")."""
    head = phrase.head
    for _ in range(PHRASE_CLIMB):
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.dep_ not in {"pobj", "prep", "dobj", "attr", "advmod", "npadvmod"}:
            return None
        head = head.head
    return None


def _main_clause_stating(verb: Token) -> bool:
    """A main clause with a subject and a tense, not itself a report ("60 percent said in the
    poll" is the respondents' word) nor a relative or adverbial clause, which the poll does not
    speak for ("Cruz, who leads in a Fox poll, said ...")."""
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" for c in verb.children)
    return main and subject and finite and not is_cue_verb(verb)
