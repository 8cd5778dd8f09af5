"""What the writer sets after a trailing reporter to rank or read the whole event: "..., police
said, the latest in a wave of kidnappings", "..., a monitor said, one of the deadliest attacks
in years", "..., officials said, a sign that talks have stalled", "..., residents said, in the
worst violence in the capital for a year". The source told what happened;
the writer tells the reader how it compares or what it means, so the claim ends at the reporter.
A clause with a verb of its own after the reporter (", advisers say, the president has grown
...") goes on with the claim, and so does a phrase that says more of what happened (", police
said, a man and his son"): only a ranking or a reading is the writer's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ARTICLES = frozenset({"the", "a", "an", "another"})
# Modifiers that rank an event among others of its kind ("the first", "the worst", "the latest").
RANKING_WORDS = frozenset({"first", "second", "third", "last", "latest", "only", "most", "least"})
# Nouns that read an event as a step in a story ("a sign of", "a blow to", "a new escalation").
READING_NOUNS = frozenset(
    {"sign", "signal", "indication", "reminder", "move", "step", "escalation", "setback", "blow"}
    | {"boost", "rebuke", "reversal", "shift", "turn", "milestone", "test", "departure"}
)
# Verbs whose complement such a phrase can be: "This marks the first time", "became the
# deadliest", "remains the only way".
LINKING_VERB_FORMS = frozenset(
    form
    for stem in ("mark", "represent", "remain", "constitute", "seem", "appear")
    for form in (stem, stem + "s", stem + "ed", stem + "ing")
) | {"become", "becomes", "became", "becoming", "prove", "proves", "proved", "proven"}


def is_writers_appositive(last_said: Token, rest: list[Token]) -> bool:
    """`rest`, the words after a reporter to the end of its sentence, is a noun phrase with no
    verb of its own that ranks or reads the event (`RANKING_WORDS`, a superlative,
    `READING_NOUNS`), opened by an article or by "one of the", perhaps after "in". Not when
    the words before the reporter end on a verb the phrase may complete (`_awaits_complement`)."""
    if rest and rest[0].lower_ == "in":
        rest = rest[1:]  # ", police said, in the worst violence in years", "in a sign that ..."
    if _awaits_complement(last_said) or not rest or rest[0].lower_ not in ARTICLES | {"one"}:
        return False
    ids = {t.i for t in rest}
    heads = [t for t in rest if t.head.i not in ids or t.head.i == t.i]
    if any(t.pos_ in {"VERB", "AUX"} for t in heads) or any(
        t.pos_ in {"VERB", "AUX"} and t.head.i in ids and t.dep_ in {"conj", "ccomp"} for t in rest
    ):
        return False
    head = heads[0]
    if head.lower_ == "one":
        return any(_ranks(t) for t in rest[:5])
    return head.lower_ in READING_NOUNS or any(_ranks(t) for t in rest if t.i <= head.i)


def _awaits_complement(verb: Token) -> bool:
    """A copula or a linking verb ending the words before the reporter ("It was, he said, the
    worst day", "This marks, they said, the first time"), which the phrase after it completes.
    Any other verb is complete ("12 people died, police said, the deadliest attack"), even where
    the parser hangs the phrase on it as an object."""
    return verb.pos_ == "AUX" or verb.lower_ in LINKING_VERB_FORMS


def _ranks(token: Token) -> bool:
    return token.tag_ in {"JJS", "RBS"} or token.lower_ in RANKING_WORDS
