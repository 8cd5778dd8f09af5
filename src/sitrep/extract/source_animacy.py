"""Who speaks where the parse hands a verb an abstract noun as its subject.

A person, a group, an organisation, a government, an outlet, a document or a recording can say
or hold something; an event, a mood or a feeling cannot. In "The ruling did not change his
disapproval of the merger" the disapproval is his, not the ruling's; in "She foreshadowed the
theme that would carry her to office by urging a politics of renewal" the parser hangs "by
urging" on the relative clause, and it is she who urges. Where the source a stage found is such
an abstract noun, the holder of a stance noun or the nearest subject above the cue that can speak
names the speaker instead. With neither, the source is left as it was found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens
from sitrep.extract.source_lexicon import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    MEDIA_NOUNS,
    OFFICIAL_NOUNS,
    ORGANIZATION_NOUNS,
    TITLE_WORDS,
    VIDEO_NOUNS,
)
from sitrep.extract.sources import source_head

if TYPE_CHECKING:
    from spacy.tokens import Token

# Endings of nouns for acts, events, states and qualities ("revelation", "decision",
# "agreement", "preference", "fairness", "hostility").
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism")
# Nouns so ending that name people or bodies, who do speak ("the opposition", "the community").
SPEAKING_BODIES = frozenset(
    {"opposition", "delegation", "federation", "association", "foundation", "institution"}
    | {"organization", "organisation", "congregation", "nation", "population", "generation"}
    | {"majority", "minority", "community", "university", "authority", "audience", "conference"}
    | {"government", "parliament", "department", "movement", "establishment", "management"}
    | {"presidency", "constituency", "convention", "prosecution", "defence", "defense"}
    | {"publication", "station", "corporation", "confederation", "city", "municipality"}
    | {"administration", "commission", "coalition", "alliance", "intelligence", "celebrity"}
    | {"faction", "utility", "resistance", "regiment", "division", "legation", "detachment"}
    | {"formation", "entity", "fraternity", "personality", "garrison", "battalion"}
)
# Nouns so ending for what is said or written, which speaks as its document does ("a comment that
# described ...", "the agreement says").
SPEECH_NOUNS = frozenset(
    {"comment", "comments", "announcement", "agreement", "amendment", "judgment", "judgement"}
    | {"declaration", "proclamation", "legislation", "regulation", "regulations", "constitution"}
    | {"petition", "application", "presentation", "communication", "correspondence", "evidence"}
    | {"investigation", "prediction", "projection", "conclusion", "explanation", "observation"}
    | {"argument", "arguments", "testimony", "documentation", "advertisement"}
    | {"decision", "decisions", "opinion", "dissent"}  # a court's, which speak as rulings do
    | {"motion", "deposition", "caption", "submission", "recommendation", "ordinance", "edition"}
    | {"notification", "provision", "confession", "admission", "allegation", "allegations"}
)
# Abstract nouns without such an ending that the parser makes the subject of a stance verb.
ABSTRACT_NOUNS = frozenset(
    {"support", "backing", "fight", "attack", "attacks", "focus", "language", "wording", "theme"}
    | {"anger", "fear", "fears", "mood", "tone", "slaughter", "violence", "sentence", "timeline"}
    | {"outcome", "success", "failure", "collapse", "rise", "fall", "shift", "change", "changes"}
    | {"trend", "move", "step", "idea", "notion", "matter", "issue", "fact", "amount", "rate"}
    | {"level", "moment", "event", "events", "situation", "race", "position", "scandal", "crisis"}
    | {"setback", "controversy", "defeat", "victory", "verdict", "war", "talks", "summit"}
    | {"meeting", "vote", "deal", "ceasefire", "pandemic", "storm"}
    # where or when a speaker acts, which the parser may hang a participle on: "took turns
    # rebutting", "opened a rally blasting", "spent his speech defending", "the only time ..."
    | {"turn", "turns", "rally", "rallies", "speech", "speeches", "time", "times"}
)
# Words the speakers' lexicons list: officials, bodies, outlets, documents, recordings.
SPEAKER_NOUNS = (
    OFFICIAL_NOUNS
    | GOVERNMENT_NOUNS
    | DOCUMENT_NOUNS
    | VIDEO_NOUNS
    | MEDIA_NOUNS
    | BODY_NOUNS
    | ORGANIZATION_NOUNS
    | TITLE_WORDS
)
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Pronouns that stand for a speaker; "it", "this" and the relatives may stand for the abstract
# noun itself.
SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "his", "her", "their", "my", "our"})
# A cue verb that takes its subject from a clause above: a participle, an infinitive, a
# prepositional clause ("by urging"), a relative clause or a second verb.
BORROWING = frozenset({"advcl", "pcomp", "xcomp", "acl", "relcl", "conj"})
# Links climbed from such a cue to the clause whose subject does what the cue says, through the
# nouns that clauses hang on.
CLIMBED = frozenset({"advcl", "pcomp", "prep", "xcomp", "acl", "relcl", "conj", "dobj", "pobj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVES = frozenset({"that", "which", "who"})


def is_abstract(tokens: list[Token]) -> bool:
    """A phrase whose head is a common noun for an act, event, state or quality, not a person,
    a body, an outlet, a document or a recording, and not part of a name."""
    if not tokens:
        return False
    head = source_head(tokens)
    if head.pos_ != "NOUN" or not head.is_lower or head.ent_type_ in NAMED_TYPES:
        return False
    word = head.lower_
    single = word[:-1] if word.endswith("s") else word
    if {word, single} & (SPEAKER_NOUNS | SPEAKING_BODIES | SPEECH_NOUNS):
        return False
    ending = word if word.endswith("ness") else single  # "fairness" keeps its "s"
    return word in ABSTRACT_NOUNS or (len(ending) > 5 and ending.endswith(ABSTRACT_ENDINGS))


def can_speak(tokens: list[Token]) -> bool:
    """A phrase that may name a speaker: a speaking pronoun, a name, or a noun phrase whose head
    is no abstract noun."""
    if not tokens:
        return False
    head = source_head(tokens)
    if head.pos_ == "PRON" or head.tag_ in {"PRP", "PRP$", "WDT", "WP"}:
        return head.lower_ in SPEAKING_PRONOUNS
    return head.pos_ in {"PROPN", "NOUN"} and not is_abstract(tokens)


def speaker_for_abstract(source: list[Token], cue: Token | None) -> list[Token] | None:
    """The speaker to name instead of an abstract source: the holder of a stance noun cue ("his
    disapproval"), else the holder of the abstract source the cue hangs on ("the mayor's speech
    denouncing ..."), else the nearest subject above the cue that can speak; None where the source is no abstract
    noun or no such speaker is found."""
    if cue is None or not source:
        return None
    holder = _holder(cue) if cue.pos_ == "NOUN" else None
    if holder and (is_abstract(source) or _is_a_thing(source)):
        return holder
    if not is_abstract(source):
        return None
    if cue.pos_ != "VERB" or cue.dep_ not in BORROWING:
        return None
    on_source = cue.dep_ == "acl" and cue.head.i == source_head(source).i
    holder = _named_holder(source) if on_source else None
    return holder or _speaking_subject_above(cue, {t.i for t in source})


def _is_a_thing(source: list[Token]) -> bool:
    """ "The ruling did not change his disapproval": a document or a recording holds no
    one's stance, though it may state one."""
    head = source_head(source)
    return head.pos_ == "NOUN" and head.lower_ in DOCUMENT_NOUNS | VIDEO_NOUNS


def _named_holder(source: list[Token]) -> list[Token] | None:
    """ "the mayor's speech denouncing ...": a holder that names someone; a pronoun ("his
    speech") only points back, and the subject above names the one it points to."""
    holder = _holder(source_head(source))
    if not holder or source_head(holder).pos_ not in {"PROPN", "NOUN"}:
        return None
    return None if source_head(holder).ent_type_ in {"DATE", "TIME"} else holder


def _holder(noun: Token) -> list[Token] | None:
    """ "his disapproval", "Baker's disapproval": the possessor, less its "'s"."""
    for child in noun.children:
        if child.dep_ == "poss":
            tokens = [t for t in child.subtree if t.dep_ != "case"]
            return tokens if can_speak(tokens) else None
    return None


def _speaking_subject_above(cue: Token, source_ids: set[int]) -> list[Token] | None:
    """The subject of the cue, else of the first verb above it past the abstract source (the
    subject of "seems" does the feeling in "seems to feel"), that can speak; a relative pronoun
    speaks for the noun its clause hangs on ("a video that shows"). Where the abstract noun is
    the subject of the cue itself, or plainly that of a clause on the way ("the attacks happened
    ..., thus demonstrating"), it is what the cue is about and no speaker is sought above it."""
    token, passed = cue, cue.dep_ == "xcomp"
    for _ in range(6):
        passed = passed or any(t.i in source_ids for t in (token, *token.children))
        if token.pos_ in {"VERB", "AUX"} and (passed or token.i == cue.i):
            subjects = [c for c in token.children if c.dep_ in SUBJECTS]
            if any(_names_source(s, token.i == cue.i, source_ids) for s in subjects):
                return None
            speaker = _speaking_subject(subjects, source_ids)
            if speaker is not None:
                return speaker
        if token.dep_ not in CLIMBED or token.head.i == token.i:
            return None
        token = token.head
    return None


def _names_source(subject: Token, of_cue: bool, source_ids: set[int]) -> bool:
    """The subject is the abstract source: plainly, or for the cue's own clause through a
    relative pronoun ("a video that shows")."""
    if subject.i in source_ids:
        return True
    return of_cue and bool({t.i for t in source_tokens(_named_by(subject))} & source_ids)


def _named_by(subject: Token) -> Token:
    """The word a subject names: a relative pronoun names the noun its clause hangs on."""
    if subject.lower_ in RELATIVES and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _speaking_subject(subjects: list[Token], source_ids: set[int]) -> list[Token] | None:
    for subject in subjects:
        phrase = source_tokens(_named_by(subject))
        if can_speak(phrase) and not source_ids & {t.i for t in phrase}:
            return phrase
    return None
