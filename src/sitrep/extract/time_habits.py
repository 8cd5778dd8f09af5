"""Whether past narration around a weekday pair tells of a habit, not of particular days.

"Missiles hit the port on Friday and Saturday nights" names last week's two nights, but a
sentence that says the pair recurred keeps it a recurring set:

* a habit cue: "every week", "each", "weekly", "used to", "would", "throughout", "for months",
  a present perfect ("have gathered");
* a stretch longer than last week: "last year", "each summer", "in March" or "in 2019" when
  last week lay in another month or year.

Only the sentence around the pair is read: `before` and `after` are cut at its ends. Where the
text was parsed, a habit cue counts only in the clause that holds the pair, its verb's own
auxiliaries and adverbials (`clause_tells_habit`): "Police said each victim was hit on Saturday
and Sunday nights" names two particular nights, "Patrols would pass on Monday and Thursday
nights" a habit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_tense import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“A-Z]|\s*$)")
HABIT_CUE = re.compile(
    r"\b(?:every|each|weekly|nightly|usually|often|regularly|routinely|typically"
    r"|used\s+to|would|throughout"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:[a-z]+\s+)?(?:weeks|months|years|decades|year|month)"
    r"|ha(?:s|ve)\s+(?:[a-z]+ly\s+)?(?:been|[a-z]+ed))\b",
    re.IGNORECASE,
)
LONG_STRETCH = re.compile(
    r"\b(?:(?:last|this|that)\s+(?:year|month)"
    rf"|(?:this|last|that|each|every|in|during|over)\s+(?:the\s+)?(?:{'|'.join(cal.SEASONS)})"
    r"|(?:in|during|across|over|of|through)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?P<month>{'|'.join(m.capitalize() for m in cal.MONTHS)})|(?P<year>(?:19|20)\d\d)))\b",
)


# A verb's own words that may tell of a habit: its auxiliaries ("would", "have gathered") and
# adverbials ("every week", "for months", "throughout 2023"), not its subject or object.
OWN_WORDS = frozenset({"aux", "auxpass", "advmod", "npadvmod", "prep", "neg", "prt"})
# "used to meet", "kept coming": the verb a clause completes is part of its verb group.
COMPLETED_BY = frozenset({"xcomp"})
# "as they have done for weeks": a clause of comparison restates the habit.
COMPARING = frozenset({"as", "like"})
# "would" in reported speech ("said they would investigate") is a future seen from the past.
REPORTED_FUTURE = frozenset({"would", "'d", "’d"})


def tells_habit(
    before: str,
    after: str,
    days: tuple[dt.date, dt.date],
    clause_habit: Callable[[], bool | None] | None = None,
) -> bool:
    """Whether the sentence around a weekday pair (`before` and `after` it) tells of a habit
    rather than of `days`, the particular pair last week. `clause_habit` reads the cue from the
    parse when there is one (None where the parse finds no verb); the sentence's words do
    otherwise."""
    ends = list(SENTENCE_END.finditer(before))
    around = before[ends[-1].end() :] if ends else before
    end = SENTENCE_END.search(after)
    around += " " + (after[: end.start()] if end else after)
    habit = clause_habit() if clause_habit is not None else None
    if habit is None:
        habit = HABIT_CUE.search(around) is not None
    if habit:
        return True
    for found in LONG_STRETCH.finditer(around):
        if found["month"]:
            if cal.month_number(found["month"]) not in {d.month for d in days}:
                return True
        elif found["year"]:
            if int(found["year"]) not in {d.year for d in days}:
                return True
        else:
            return True
    return False


def clause_tells_habit(doc: Doc, start: int, end: int) -> bool | None:
    """Whether the clause holding the expression at [start, end) tells of a habit by its own
    verb group, or None where no verb governs it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None and len(span) else None
    return None if verb is None else bool(HABIT_CUE.search(verb_group_words(verb)))


def verb_group_words(verb: Token) -> str:
    """The words of `verb`'s group that may tell of a habit, in the text's order: the verb, its
    auxiliaries and adverbials (a clause of comparison among them: "as they have done for
    weeks"), and those of the verbs it completes ("used to meet"); not the "would" of reported
    speech."""
    words: dict[int, Token] = {}
    for _ in range(3):
        words[verb.i] = verb
        for child in verb.children:
            if _tells_of_verb(child, reported=verb.dep_ == "ccomp"):
                words.update((t.i, t) for t in child.subtree)
        if verb.dep_ not in COMPLETED_BY or verb.head == verb:
            break
        verb = verb.head
    return " ".join(words[i].text for i in sorted(words))


def _tells_of_verb(child: Token, reported: bool) -> bool:
    """Whether a verb's dependent is one of its own words that may tell of a habit."""
    if child.dep_ == "advcl":
        return any(m.lower_ in COMPARING for m in child.children)
    return child.dep_ in OWN_WORDS and not (reported and child.lower_ in REPORTED_FUTURE)
