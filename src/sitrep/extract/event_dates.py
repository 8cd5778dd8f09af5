"""Which of a sentence's time expressions may date an event.

An offset ("Two days earlier") dates the event by the day it points to; a reference left
unresolved dates nothing. A date inside a clause that describes another noun dates that noun:
in "he was suspending the talks, which began in 2022", 2022 is when the talks began, not when
they were suspended. A day told of the event's own subject is the exception when nothing else
dates the event: in "the president, who visited the town on Monday, promised ...", the promise was
made on that visit (`subject_clause_days`). When nothing in its own clause dates it, an event may
share the day of the words it leans on (`shared_day_words`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sitrep.extract.datelines import in_dateline
from sitrep.extract.event_policy import day_of_when_clause
from sitrep.extract.token_positions import token_at
from sitrep.model import TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# "killed in a bombing", "wounded by a drone strike", "died during the shelling"
MEANS_PREPOSITIONS = frozenset({"in", "by", "during"})


def host_verbs(trigger: Token) -> set[int]:
    """The verb whose time also dates a noun event: the verb it is the subject of ("A ceasefire
    took effect early Wednesday") or the verb it is the means or setting of ("It killed 100 people
    in twin bombings in October 2022"). Another preposition tells of a different occasion: in
    "troops arrived after the bombing on Monday", Monday is the arrival's day."""
    if not trigger.tag_.startswith("NN"):
        return set()
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        return {trigger.head.i}
    link = trigger.head
    if (
        trigger.dep_ == "pobj"
        and link.dep_ == "prep"
        and link.lower_ in MEANS_PREPOSITIONS
        and link.head.pos_ == "VERB"
    ):
        return {link.head.i}
    return set()


def shared_day_words(trigger: Token) -> set[int]:
    """Words outside the trigger's clause whose time is the event's too: the main clause of a
    participle ("launched the offensive on Sept. 19, shelling positions": the shelling began that
    day), the day a "when" clause hangs on for a noun that clause tells of ("since 2020, when the
    abduction of 300 pupils drew attention"), and the lead's words the parser hung on a dateline
    ("KANO (Reuters) - Gunmen abducted 45 people from a village late on Saturday")."""
    words: set[int] = set()
    for verb in host_verbs(trigger):
        words |= day_of_when_clause(trigger.doc[verb])
    if _participle_clause(trigger):
        words |= {t.i for t in trigger.head.subtree} - {t.i for t in trigger.subtree}
    dateline = next((a for a in trigger.ancestors if in_dateline(a)), None)
    if dateline is not None:
        words |= {t.i for t in dateline.subtree if not in_dateline(t)}
    return words


def _participle_clause(trigger: Token) -> bool:
    """ "..., shelling positions": a present participle with no subject or conjunction of its
    own, hung on the verb whose act it goes on with."""
    return (
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and trigger.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trigger.children)
    )


def usable_times(trigger: Token, times: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The resolved times that may date the event of `trigger`."""
    return [
        t
        for t in times
        if (t.anchored or (t.value and t.kind in ("date", "time") and not t.value.endswith("_REF")))
        and not _dates_another_noun(trigger, t)
    ]


def _dates_another_noun(trigger: Token, time: TimeExpr) -> bool:
    """The time lies in a relative clause on a noun that is not the trigger, and the trigger lies
    outside that clause. A participle or a clause with no relative word is not taken for one: the
    parser hangs the main verb's date on them too often ("shot down drones launched from Yemen
    later on Monday", "attacked civilians they accused of spying since Thursday")."""
    word = token_at(trigger.doc, time.start)
    if word is None:
        return False
    for node in (word, *word.ancestors):
        if node.i == trigger.i:
            return False
        if node.dep_ == "relcl" and node.head.tag_.startswith("NN") and _opened(node):
            inside = node.left_edge.i <= trigger.i <= node.right_edge.i
            return not inside and node.head.i != trigger.i
    return False


def _opened(clause: Token) -> bool:
    """The relative clause opens with a relative word: "which", "who", "that", "whose", "where"."""
    return any(t.tag_ in RELATIVE_TAGS for t in clause.subtree if t.i < clause.i)


def subject_clause_days(trigger: Token, times: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The days told in a relative clause on the event's own subject ("Nyusi, who visited Macomia
    on Monday, promised ..."): the occasion of the event when nothing else dates it. A month or a
    year there ("The junta that seized power in 2022 has promised ...") is the subject's past."""
    return [
        t
        for t in times
        if DAY_VALUE.match(t.anchored or t.value or "") and _on_the_subject(trigger, t)
    ]


def _on_the_subject(trigger: Token, time: TimeExpr) -> bool:
    word = token_at(trigger.doc, time.start)
    if word is None:
        return False
    clause = next((n for n in (word, *word.ancestors) if n.dep_ == "relcl"), None)
    return (
        clause is not None
        and clause.head.dep_ == "nsubj"
        and clause.head.head.i == trigger.i
        and _opened(clause)
    )


def by_sentence(times: Sequence[TimeExpr]) -> Callable[[Span], Sequence[TimeExpr]]:
    """The times told in a sentence, found by bisection. Only a sentence's own times can date its
    events, and a long article has thousands: trying each for each event was quadratic."""
    ordered = sorted(times, key=lambda t: t.start)
    starts = [t.start for t in ordered]

    def told_in(sent: Span) -> Sequence[TimeExpr]:
        return ordered[bisect_left(starts, sent.start_char) : bisect_left(starts, sent.end_char)]

    return told_in
