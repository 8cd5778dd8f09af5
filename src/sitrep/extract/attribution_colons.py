"""A line opened by a speaker and a colon: the headline convention "Speaker: what was said"
and a transcript's turns ("PENCE: Well, ..."). Kept apart from the reporter patterns
(`attribution_patterns`) because it reads the shape of a line, not a clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import FLAGS, NP_PUNCT, Found, strip_end, trim
from sitrep.extract.attribution_label_words import LEAD_IN_NOUNS, LINE_LABELS, TITLE_NOUNS
from sitrep.extract.attribution_patterns import OPENING_QUOTES
from sitrep.extract.attribution_piece_labels import is_piece_kind
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import doc_text, line_start, token_end

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Classes of the verbs that credit a statement to whoever is named before them.
CREDITING_CLASSES = frozenset({"say", "report", "tell", "confirm", "deny"})
# Verbs of the "claim" class that credit a statement too ("Baku claimed ..."); the class's
# verbs of belief ("Bill: Hillary thinks ...") leave the label its speaker.
CLAIMING_VERBS = frozenset({"claim", "allege"})
# Speakers of a transcript's turn who report in their own voice ("PENCE: I think ...").
FIRST_AND_SECOND_PERSON = frozenset({"i", "we", "you"})
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
# Entities that make a line's label a speaker rather than a section's title.
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Words that open an explainer's title after a colon ("...: what each side claims").
QUESTION_WORDS = frozenset({"what", "how", "why", "who", "where", "when", "which"})


def colon_statements(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """A line opened by a short name and a colon, the headline convention "Speaker: what was
    said" ("Senator: The deal is dead", "Poll: Candidate leads in Iowa"), and a transcript's
    turn, which may be quoted whole ('"WALLACE: Let's start ...')."""
    text = doc_text(sentence.doc)
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or text[line_start(text, first.idx) : first.idx].strip():
        return []  # the line's start is looked for back from the word, not across the article
    tokens = [t for t in sentence if not t.is_space]
    quoted_turn = tokens[0].text in OPENING_QUOTES
    if quoted_turn:
        tokens = tokens[1:]
    colon = next((i for i, t in enumerate(tokens[:8]) if t.text == ":"), None)
    if (
        colon is None
        or colon == 0
        or (not quoted_turn and quote_at(quotes, tokens[0].idx) is not None)
    ):
        return []
    source = tokens[:colon]
    rest = trim(tokens[colon + 1 :])
    if (
        not rest
        or len(text[rest[0].idx : _paragraph_end(text, rest[-1].idx)].split()) < 3
        or any(t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text not in NP_PUNCT) for t in source)
        or not any(_names(t) for t in source)
        or any(t.lower_ in LINE_LABELS for t in source)
        or is_piece_kind([t.text for t in source if t.text.isalpha()])
        or all(t.lower_ in FLAGS for t in source)
        or not source[0].text[:1].isupper()
        or _credited_after(source, rest)
        or _is_roster(rest)
        or _is_document_title(rest, quotes)
        or _is_subhead(source)
        or _titles_a_guide(source, rest)
        or _is_lead_in(source)
    ):
        return []
    cue = tokens[colon]
    claim = (rest[0].idx, _paragraph_end(text, token_end(rest[-1])))
    return [Found(claim, source, (cue.idx, cue.idx + 1, ":"), "say", cue_token=cue)]


def _names(token: Token) -> bool:
    """A noun, or a name the tagger reads as another word ("Issa: ..." tagged an adjective but
    found as a person)."""
    return token.pos_ in {"PROPN", "NOUN"} or token.ent_type_ in NAMED_ENTITIES


def _credited_after(label: list[Token], rest: list[Token]) -> bool:
    """ "Frustration with police: Civil rights activists say officers ...", "Casualties: The
    ministry claimed ...": the line after the colon opens with its own speaker and reporting
    verb, so what stands before the colon is a section's topic, not a speaker. A transcript's speaker in capitals keeps the turn, whoever
    it quotes."""
    if all(t.is_upper or not t.is_alpha for t in label):
        return False
    words = {t.i for t in rest}
    verb = rest[0]
    while verb.head.i in words and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in words]
    return (
        bool(subjects)
        and subjects[0].left_edge.i == rest[0].i
        and subjects[0].lower_ not in FIRST_AND_SECOND_PERSON
        and verb.tag_ in FINITE_TAGS
        and is_cue_verb(verb)
        and (
            VERB_CLASSES.get(cue_lemma(verb)) in CREDITING_CLASSES
            or cue_lemma(verb) in CLAIMING_VERBS
        )
    )


def _is_subhead(label: list[Token]) -> bool:
    """ "No Relief for Renters: ...", "Chart of the day: ...": a phrase with a preposition
    that names no one (no person, organisation, group or place, nor a word the article names
    one with) titles a section; a speaker's label with a preposition names the speaker ("Merkel
    on Migration: ...", "Mayor Ruiz to the council: ...")."""
    if len(label) < 2 or not any(t.pos_ == "ADP" for t in label):
        return False
    named = {t.lower_ for e in label[0].doc.ents if e.label_ in NAMED_ENTITIES for t in e}
    return not any(
        t.ent_type_ in NAMED_ENTITIES or (t.lower_ in named and not t.is_stop) for t in label
    )


def _titles_a_guide(label: list[Token], rest: list[Token]) -> bool:
    """ "Ten days in Lori: what each side claims", "Life under siege: how families cope": a
    phrase with a preposition before a question word titles an explainer, even where it names
    a place; a speaker's line after the colon is a statement ("Mayor Ruiz to the council: The
    budget holds")."""
    return rest[0].lower_ in QUESTION_WORDS and any(t.pos_ == "ADP" for t in label)


def _is_lead_in(label: list[Token]) -> bool:
    """ "One conclusion: It's a bad idea to ...", "Another challenge: Most states ...": a label
    headed by a noun that announces what follows, naming no one, is the writer's lead-in."""
    return label[-1].lower_ in LEAD_IN_NOUNS and not any(
        t.ent_type_ in NAMED_ENTITIES or t.pos_ == "PROPN" for t in label
    )


def _is_document_title(rest: list[Token], quotes: list[Quote]) -> bool:
    """ "Central African Republic: Situation Report No. 7": a verbless, unquoted phrase headed by
    a document's name ("report", "update", "briefing ... on the incident") titles the document
    the label's country or body issued; it states nothing."""
    if any(t.pos_ in {"VERB", "AUX"} or quote_at(quotes, t.idx) is not None for t in rest):
        return False
    head = [t for t in rest if t.text.isalpha()]
    for position, token in enumerate(head):
        if token.pos_ == "ADP" or token.lower_ in {"no", "number"}:
            head = head[:position]
            break
    return bool(head) and head[-1].lower_ in TITLE_NOUNS


def _is_roster(rest: list[Token]) -> bool:
    """ "Maine: Greg Pollard, Nina Castillo, Ray Dunmore, ...": a list of names after a label is a
    roster (a panel's members, a team, the dead), not a statement: it has no verb and most of
    its words are names between commas."""
    words = [t for t in rest if not t.is_punct]
    return (
        sum(t.text == "," for t in rest) >= 3
        and not any(t.pos_ in {"VERB", "AUX"} for t in rest)
        and sum(t.pos_ == "PROPN" for t in words) >= 0.7 * len(words)
    )


def _paragraph_end(text: str, end: int) -> int:
    """A speaker's turn ("PENCE: Well, look, ...") runs to the end of its paragraph, over the
    sentences the parser splits it into."""
    newline = text.find("\n", end)
    return strip_end(text, end, newline if newline >= 0 else len(text))
