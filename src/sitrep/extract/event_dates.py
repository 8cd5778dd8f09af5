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
from sitrep.extract.event_lexicon import LIGHT_VERBS, split_words
from sitrep.extract.event_policy import day_of_when_clause
from sitrep.extract.time_deadlines import looks_ahead
from sitrep.extract.token_positions import token_at
from sitrep.model import TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# "killed in a bombing", "wounded by a drone strike", "died during the shelling"
MEANS_PREPOSITIONS = frozenset({"in", "by", "during"})
# A gerund as subject, which the parser may call a clausal one: "In May 2021, fighting along the
# border killed 40": the fronted date is the killing's, so the fighting's.
GERUND_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
HAVE_FORMS = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
# Verbs whose object happens when they do: "launched an attack", "held a rally", and the defence
# that meets it, "repelled an attack", "foiled a plot".
CARRIED_OUT_BY = LIGHT_VERBS | frozenset(
    split_words(
        "repel repels repelled repelling repulse repulsed repulsing foil foiled foiling thwart "
        "thwarted thwarting fend fended fending fight fought fighting beat beaten beating"
    )
)

# Perceiving is at the time of what is perceived: "heard gunfire on Saturday night" dates the fire.
PERCEIVED_BY = frozenset(
    split_words(
        "hear hears heard hearing see sees saw seen seeing witness witnessed witnessing observe "
        "observed observing"
    )
)


def host_verbs(trigger: Token) -> set[int]:
    """The verb whose time also dates a noun event: the verb it is the subject of ("A ceasefire
    took effect early Wednesday"), the verb that carries it out or meets it ("repelled an attack
    on Friday"), perceives it ("heard gunfire on Saturday night") or the verb it is the means or
    setting of ("It killed 100 people in twin bombings in October 2022"). Another verb or preposition tells of a different occasion: "condemned the
    attack on Friday" gives the condemnation's day, and in "troops arrived after the bombing on
    Monday", Monday is the arrival's day."""
    gerund_subject = trigger.tag_ == "VBG" and trigger.dep_ in GERUND_SUBJECTS
    if gerund_subject:  # "Fighting between the two armies erupted in April 2023": a noun
        return {trigger.head.i}
    if not trigger.tag_.startswith("NN"):
        return set()
    if trigger.dep_ in ("nsubj", "nsubjpass") or (
        trigger.dep_ == "dobj" and trigger.head.lower_ in CARRIED_OUT_BY | PERCEIVED_BY
    ):
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
    ("KANO (Reuters) - Gunmen abducted 45 people from a village late on Saturday"), and the
    clause a "when" clause tells the moment of ("In 1996, China fired missiles during a crisis that
    ended when the United States sent two carriers": the carriers were sent in 1996)."""
    words: set[int] = set()
    for verb in host_verbs(trigger):
        words |= day_of_when_clause(trigger.doc[verb])
    if _participle_clause(trigger):
        words |= {t.i for t in trigger.head.subtree} - {t.i for t in trigger.subtree}
    if setting := _when_clause_setting(trigger):
        words |= {t.i for t in setting.subtree} - {t.i for t in trigger.subtree}
    dateline = next((a for a in trigger.ancestors if in_dateline(a)), None)
    if dateline is not None:
        words |= {t.i for t in dateline.subtree if not in_dateline(t)}
    return words


def _when_clause_setting(trigger: Token) -> Token | None:
    """The verb whose time a "when" clause shares: the clause it hangs on, and past a relative
    clause on a noun of setting ("during a crisis that ended when ...") the verb of that setting."""
    if trigger.dep_ != "advcl" or not any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in trigger.children
    ):
        return None
    setting = trigger.head
    while setting.dep_ == "relcl" and (verbs := host_verbs(setting.head)):
        setting = trigger.doc[min(verbs)]
    return setting


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
        and not _start_of_a_state(trigger, t)
        and not _deadline_of_what_is_asked(trigger, t)
    ]


def unresolved_times(times: Sequence[TimeExpr]) -> list[TimeExpr]:
    """Days and months told but not resolved ("in September that year" with no year to count
    from): one in the event's own clause leaves the event undated, for a date found further out
    would be another act's."""
    return [t for t in times if t.kind in ("date", "time") and not (t.value or t.anchored)]


def _deadline_of_what_is_asked(trigger: Token, time: TimeExpr) -> bool:
    """ "urged both sides to allow aid in by the end of March", "promised to rebuild the bridge by
    year-end": the deadline dates the act asked or promised (the verb below the trigger that
    governs it), not the urging or the promise, which was made before it."""
    word = token_at(trigger.doc, time.start)
    if word is None:
        return False
    governor = next((n for n in word.ancestors if n.pos_ in ("VERB", "AUX")), None)
    if governor is None or governor.i == trigger.i or trigger not in governor.ancestors:
        return False
    return looks_ahead(trigger.doc.text, time.start, time.end)  # the dearer test last


def _start_of_a_state(trigger: Token, time: TimeExpr) -> bool:
    """The time is where a state still going began ("has displaced thousands since the 1960s",
    "have shelled the city since fighting began in 2011", "the worst defeat since 2016"), not
    the event's day: such an event is told as of the report's day, as "killed since the fighting
    began" is. An event told inside the "since" phrase is that beginning ("since 2020, when the
    abduction of 300 pupils ..."), and a simple past ("attacked villages since Thursday") tells
    of acts that began that day."""
    since = _phrase_around(trigger, time, _opens_since)
    return since is not None and _still_going(since.head)


def _opens_since(node: Token) -> bool:
    return (node.lower_ == "since" and node.dep_ == "prep") or any(
        c.dep_ == "mark" and c.lower_ == "since" for c in node.children
    )


def _phrase_around(trigger: Token, time: TimeExpr, opens: Callable[[Token], bool]) -> Token | None:
    """The first word on the time's way up the parse that `opens` a phrase holding the time,
    when the trigger lies outside that phrase; None when the way meets the trigger first."""
    word = token_at(trigger.doc, time.start)
    if word is None:
        return None
    for node in (word, *word.ancestors):
        if node.i == trigger.i:
            return None
        if opens(node):
            inside = node.left_edge.i <= trigger.i <= node.right_edge.i
            return None if inside else node
    return None


def _still_going(state: Token) -> bool:
    """What a "since" phrase hangs on is a state that lasts to the report: a perfect ("has
    displaced", "have been fighting"), a participle ("38 killed since June"), or a noun or an
    adjective ("the worst defeat since 2016", "ongoing since March")."""
    return (
        state.pos_ in ("NOUN", "PROPN", "ADJ")
        or state.tag_ == "VBN"
        or _perfect(state)
        or (state.dep_ == "conj" and not _has_aux(state) and _perfect(state.head))
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HAVE_FORMS for c in verb.children)


def _has_aux(verb: Token) -> bool:
    """A verb joined with no auxiliary of its own shares the first verb's: "had retaken the
    district and liberated 60 sq km" is a perfect twice, though the tagger may call the second
    a past."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _dates_another_noun(trigger: Token, time: TimeExpr) -> bool:
    """The time lies in a relative clause on a noun that is not the trigger, and the trigger lies
    outside that clause. A participle or a clause with no relative word is not taken for one: the
    parser hangs the main verb's date on them too often ("shot down drones launched from Yemen
    later on Monday", "attacked civilians they accused of spying since Thursday")."""
    clause = _phrase_around(trigger, time, _relative_on_a_noun)
    return clause is not None and clause.head.i != trigger.i


def _relative_on_a_noun(node: Token) -> bool:
    return (
        node.dep_ == "relcl"
        and node.head.tag_.startswith("NN")
        and (_opened(node) or _named_subject(node))
    )


def _named_subject(clause: Token) -> bool:
    """A relative clause with no relative word but a subject named by a noun ("retaken 60 square
    km, roughly the area enemy forces had seized in late February"): a clause of its own, which
    the parser does not mistake for a participle. A pronoun subject ("civilians they accused of
    spying since Thursday") is left: the parser hangs the main verb's date there too often."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_.startswith("NN") for c in clause.children
    )


def _opened(clause: Token) -> bool:
    """The relative clause opens with a relative word: "which", "who", "that", "whose", "where"."""
    return any(t.tag_ in RELATIVE_TAGS for t in clause.subtree if t.i < clause.i)


def subject_clause_days(trigger: Token, times: Sequence[TimeExpr]) -> list[TimeExpr]:
    """The days told in a relative clause on the event's own subject or object ("Nyusi, who
    visited Macomia on Monday, promised ...", "Police detained 12 protesters who tried to enter
    the base on Sunday"): the occasion of the event when nothing else dates it. A month or a year
    there ("The junta that seized power in 2022 has promised ...") is the participant's past."""
    return [
        t
        for t in times
        if DAY_VALUE.match(t.anchored or t.value or "") and _on_a_participant(trigger, t)
    ]


def _on_a_participant(trigger: Token, time: TimeExpr) -> bool:
    word = token_at(trigger.doc, time.start)
    if word is None:
        return False
    clause = next((n for n in (word, *word.ancestors) if n.dep_ == "relcl"), None)
    return (
        clause is not None
        and clause.head.dep_ in ("nsubj", "dobj")
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
