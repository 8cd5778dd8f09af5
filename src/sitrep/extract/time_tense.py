"""Clause-level tense and aspect: which way a bare "Friday" or "the quarter" points from the report.

A time expression takes its direction from the verb group that governs it, read off the
dependency parse: climb from the expression to the first verb above it, then read that verb's
morphology and auxiliaries.

* "will"/"shall"/"'ll", "would", "is going to", and "may/might/should/must" + verb: future;
* a verb under "plan/expect/schedule/due/set/intend/aim ... to" (or "planned ... on Saturday",
  "has scheduled a news conference Thursday"): future, unless the governor itself is pluperfect
  ("had been scheduled to expire Friday": past);
* a past tense (VBD), a perfect ("has" + VBN) or a modal perfect ("may have been"): past;
* a pluperfect ("had" + VBN), or a simple past the expression dates directly ("met in
  January"): past, and wholly before the report (`SETTLED_PAST`);
* a present tense (VBZ/VBP) or a present progressive ("is leaving Monday"): present, which news
  uses for scheduled events ("meets Monday");
* a to-infinitive or a bare participle takes the tense of the clause above it ("celebrations to
  mark ... on Friday" are past when the sentence is; "with the third departing from August 6"
  is ahead when the flights "will" start);
* a participle lasting "until" a day names a state, not a deed: the clause that holds it says
  whether it still runs ("has ordered schools closed until Monday": ahead; "kept them closed
  until Monday": back), found as `time_states` says;
* a time clause ("as soon as trading opened Monday") under a future clause is ahead, whatever
  tense reported speech gave it;
* a verb reached across a quotation mark is another utterance's: no tense ("Smith on Thursday:
  ``...is untrue''");
* a headline's present reports a deed done ("Missiles kill 12 in Odesa on Tuesday": past), but
  for verbs of scheduled activity ("Leaders meet on Thursday"), and its bare "to" + verb is a
  plan ("Rebels to attack the port on Thursday": ahead), see `time_headlines`;
* a day dating an attack that is the clause's subject, or a definite one, has passed ("the
  attack on Monday will be investigated": `time_unplanned`), and one dating a vote the story
  stands ahead of is still to come ("ahead of elections in September": `time_coming_events`).

Reported speech needs one special case: the climb stops at the embedded clause's verb, whose
tense is the one that counts, and reaches the reporting verb only when the expression hangs on it
("said Friday") or stands between it and the embedded clause's subject ("said on Tuesday it
would complain", which the parser often hangs on "complain"). Cue words before the expression
("by", "until", "next", "since") are handled by the caller, as tie-breakers when the parse gives
no clear reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import time_calendar as cal
from sitrep.extract.time_coming_events import dates_coming_event
from sitrep.extract.time_headlines import (
    announces_planned_deed,
    reports_coming_deed,
    reports_done_deed,
)
from sitrep.extract.time_past_forms import IRREGULAR_PAST
from sitrep.extract.time_reported import reported_since_stretch
from sitrep.extract.time_states import keeps_state, lasts_until, stand_in_tense
from sitrep.extract.time_unplanned import dates_unplanned_event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRESENT = "present"
PERFECT_TENSE = (
    "perfect"  # "has filed": past, but open to "until"/"by" ("has given them until Friday")
)
# A past the text has closed, so nothing it dates lies ahead of the report: a pluperfect ("had
# pulled back by December") or a simple past dated directly ("met in January"). Plain past
# narration may still name the coming weeks ("declared a dividend payable Dec. 7").
SETTLED_PAST = "settled past"
FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "ll", "would", "'d", "’d"})
# Modals that put an event ahead unless a perfect follows ("may have left" is past).
FUTURE_MODALS = frozenset({"may", "might", "should", "must", "can", "ought"})
PERFECT = frozenset({"have", "has", "had", "'ve", "’ve", "having"})
# Verbs and adjectives whose complement lies ahead: "plans to", "is expected to", "due to".
FUTURE_GOVERNORS = frozenset(
    [
        "expect",
        "expects",
        "expected",
        "expecting",
        "plan",
        "plans",
        "planned",
        "planning",
        "schedule",
        "schedules",
        "scheduled",
        "due",
        "set",
        "intend",
        "intends",
        "intended",
        "intending",
        "aim",
        "aims",
        "aimed",
        "aiming",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "going",
        "prepare",
        "prepares",
        "prepared",
        "preparing",
        "want",
        "wants",
        "wanted",
        "likely",
        "poised",
        "slate",
        "slated",
        "vow",
        "vows",
        "vowed",
        "promise",
        "promises",
        "promised",
        "propose",
        "proposes",
        "proposed",
        "agree",
        "agrees",
        "agreed",
        "threaten",
        "threatens",
        "threatened",
        "seek",
        "seeks",
        "sought",
        "about",
        "ready",
    ]
)
# Main verbs that put their object ahead: "planned a demonstration on Saturday", "snow is
# forecast for the weekend".
PLANNING_VERBS = frozenset(
    [
        "forecast",
        "forecasts",
        "plan",
        "plans",
        "planned",
        "planning",
        "schedule",
        "schedules",
        "scheduled",
        "slate",
        "slated",
        "expect",
        "expects",
        "expected",
        "due",
    ]
)
# Nouns that, like "plans to", announce something ahead: "a deadline Friday", "talks set for".
PLANNING_NOUNS = frozenset({"plan", "deadline", "schedule", "appointment", "date"})
# Events set for a day in advance: named by that day under a future verb, they are still to come
# ("Tuesday's vote will decide", "will face him in Sunday's final"), where "Monday's attack will
# be investigated" has happened. Fixtures and court dates are fixed ahead as elections are.
SCHEDULED_EVENTS = frozenset(
    [
        "election",
        "elections",
        "vote",
        "referendum",
        "runoff",
        "summit",
        "talks",
        "meeting",
        "debate",
        "final",
        "semifinal",
        "match",
        "game",
        "race",
        "hearing",
        "sentencing",
    ]
)
# Verbs whose past looks like their present: a VBP tag on them is often a misread past.
SAME_IN_PAST = frozenset(
    [
        "hurt",
        "put",
        "set",
        "cut",
        "hit",
        "let",
        "quit",
        "spread",
        "shut",
        "cost",
        "bid",
        "cast",
        "beat",
        "split",
        "read",
        "burst",
        "rid",
    ]
)
# A plan made in the past whose object is the event the day belongs to (not "expected a loss").
PLANNED = frozenset({"planned", "scheduled", "slated"})
# Words that open a time clause ("as soon as trading opened", "once the deal closes").
TIME_CLAUSE_MARKERS = frozenset({"when", "once", "until", "till", "before", "after", "as", "soon"})
QUOTE_MARKS = frozenset({"`", "``", "''", '"', "“", "”"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis", "csubj"})
# A verb under one of these takes its tense from the clause above it.
CLIMBING_DEPS = frozenset({"xcomp", "advcl", "acl", "relcl", "conj", "ccomp", "pcomp"})
MAX_CLIMB = 8


def infer_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense ("past", "settled past", "perfect", "present", "future") of the clause
    governing [start, end), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "poss" and root.head.pos_ in ("NOUN", "PROPN"):
        return _possessive_tense(root.head)
    if dates_unplanned_event(root):
        return cal.PAST
    if dates_coming_event(root):
        return cal.FUTURE  # "ahead of elections in September"
    verb = governing_verb(root)
    if verb is not None:
        verb = _reporting_verb_before_complement(span, verb)
    if verb is None or _across_quote(span, verb):
        return None
    if _plans_event(verb, span):
        return cal.FUTURE
    if _closes_a_period(root, verb):
        return SETTLED_PAST
    ahead = _future_main_clause(verb)
    tense = ahead if ahead is not None else clause_tense(verb)
    if tense == SETTLED_PAST and reported_since_stretch(root, verb):
        return cal.PAST  # "said they had detained 300 since the start of the year": still runs
    if tense == SETTLED_PAST and not _modifies_verb(root, verb):
        return cal.PAST  # "had talked about the visit in September": the visit's month
    if tense == cal.PAST and _dates_simple_past(root, verb):
        return SETTLED_PAST
    if tense == PRESENT and reports_done_deed(verb):
        return cal.PAST  # a headline: "Missiles kill 12 in Odesa on Tuesday"
    if tense == PRESENT and reports_coming_deed(verb):
        return cal.FUTURE  # a headline over "the launch was planned for the weekend"
    if tense is None and announces_planned_deed(verb) and _modifies_verb(root, verb):
        # a headline's plan: "Rebels to attack the port on Thursday"; not the day of a noun in
        # it, done before the plan ("Army to blame rebels for Monday attack")
        return cal.FUTURE
    return tense


def governing_verb(token: Token) -> Token | None:
    """The first verb (or copula-less predicate head) above `token` in the parse."""
    for _ in range(MAX_CLIMB):
        if token.head == token:
            return token if _is_verb(token) else None
        token = token.head
        if _is_verb(token):
            return token
    return None


def clause_tense(verb: Token) -> str | None:
    """The tense of `verb`'s verb group, climbing through infinitives and participles."""
    for _ in range(4):
        # a state the tagger read as a past ("The port, closed until Friday, ...") has none
        tense = None if verb.tag_ == "VBD" and lasts_until(verb) else _own_tense(verb)
        if tense is not None:
            return tense
        if verb.head == verb and lasts_until(verb):  # "The market, shut until Monday, reopened"
            return stand_in_tense(verb, _own_tense)
        if verb.head == verb or (verb.dep_ not in CLIMBING_DEPS and not keeps_state(verb)):
            return None
        if verb.dep_ in ("acl", "relcl") and verb.tag_ != "VB" and not lasts_until(verb):
            return _participle_tense(verb)
        head = verb.head
        if _is_governor(head) and verb.dep_ in ("xcomp", "advcl"):
            copula = head.head if not _is_verb(head) else head
            return cal.PAST if _is_pluperfect(head) or _is_pluperfect(copula) else cal.FUTURE
        governor = head if _is_verb(head) else governing_verb(head)
        if governor is None:  # a state on a noun the parser made the root
            return stand_in_tense(verb, _own_tense) if lasts_until(verb) else None
        verb = governor
    return None


def _own_tense(verb: Token) -> str | None:
    aux = _auxiliaries(verb)
    words = {a.lower_ for a in aux}
    lemma = _lemma(verb)
    if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return cal.PAST if words & PERFECT and "would" not in words else cal.FUTURE
    if words & FUTURE_MODALS or verb.lower_ in FUTURE_MODALS:
        return cal.PAST if words & PERFECT else cal.FUTURE
    if "could" in words or verb.lower_ == "could":
        return cal.PAST if words & PERFECT else None
    if (lemma in PLANNING_VERBS or verb.lower_ in PLANNING_VERBS) and _plans_ahead(verb, words):
        # "is scheduled Thursday", "planned a demonstration on Saturday", "is due Friday"
        return cal.PAST if _is_pluperfect(verb) else cal.FUTURE
    if lemma == "go" and verb.tag_ == "VBG" and any(c.lower_ == "to" for c in verb.children):
        return cal.FUTURE
    if "had" in words:
        # a plan made before the story's past ("had scheduled talks in December") may still
        # lie ahead of the report
        planning = lemma in FUTURE_GOVERNORS or verb.lower_ in FUTURE_GOVERNORS
        return cal.PAST if planning else SETTLED_PAST
    if "did" in words:
        return cal.PAST
    if words & PERFECT and verb.tag_ == "VBN":
        return PERFECT_TENSE
    if _is_simple_past(verb):
        return cal.PAST
    if verb.tag_ in ("VBZ", "VBP"):
        return None if verb.lower_ in SAME_IN_PAST else PRESENT
    finite = [a for a in aux if a.tag_ in ("VBD", "VBZ", "VBP")]
    if finite:
        first = finite[0]
        if first.tag_ == "VBD":
            return cal.PAST
        return PRESENT
    if verb.tag_ == "VBN" and verb.dep_ in CLAUSE_DEPS and not lasts_until(verb):
        return cal.PAST  # a reduced passive heading a clause: "troops deployed Friday"
    return None


def _reporting_verb_before_complement(span: Span, verb: Token) -> Token:
    """ "Damascus said on Tuesday it would complain": a time phrase between a verb and the
    subject of the clause that verb introduces dates the introducing verb, whatever the parse
    says; only after "that" ("said that on Tuesday it would") or the subject does it belong to
    the complement."""
    head = verb.head
    if verb.dep_ != "ccomp" or head == verb or not _is_verb(head) or head.i >= span.start:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or subjects[0].left_edge.i < span.end:
        return verb
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return verb
    return head


def _dates_simple_past(token: Token, verb: Token) -> bool:
    """ "met in January", "struck on Dec. 2", "was arrested on Jan. 5": a simple past, active or
    passive, that the expression dates itself. A copula is left out: reported speech shifts "is"
    back ("said the vote was in December")."""
    simple = _is_simple_past(verb) and verb.lower_ not in ("was", "were")
    passive = verb.tag_ == "VBN" and [a.lower_ for a in _auxiliaries(verb)] in (["was"], ["were"])
    return (
        (simple or passive)
        and token.head.lower_ in ("in", "on", "during")
        and _modifies_verb(token, verb)
    )


def _closes_a_period(token: Token, verb: Token) -> bool:
    """ "the quarter ended Sept. 30", "the year ended on March 31": the day a period closed is
    behind the report, even days before it ("ending" may still lie ahead)."""
    return verb.lower_ == "ended" and (
        token.head == verb or (token.head.lower_ == "on" and token.head.head == verb)
    )


# Parts of a stretch that date as the stretch does: "by the end of June", "since the start of
# the year".
STRETCH_PARTS = frozenset({"start", "beginning", "end", "middle", "turn", "rest", "remainder"})


def _modifies_verb(token: Token, verb: Token) -> bool:
    """Whether `token` hangs on `verb` itself, directly or through a preposition ("had pulled
    back by June") or a part of it ("had arrested 300 since the start of the year"), rather than
    on a noun the verb governs ("the visit in September")."""
    while token.head != verb:
        head = token.head
        part = head.lower_ in STRETCH_PARTS and token.dep_ == "prep" and token.lower_ == "of"
        preposition = head.pos_ == "ADP" or head.dep_ == "prep"  # "since" may be tagged SCONJ
        if head == token or not (preposition or part):
            return False
        token = head
    return True


def _across_quote(span: Span, verb: Token) -> bool:
    """A verb reached across a quotation mark belongs to another utterance: the parse has run a
    heading ("Wechsler on Thursday: ``...'' ") into the quote it introduces. A phrase quoted
    whole between them ("ready to handle "a sharp rise" in traffic over the winter") opens and
    closes there, and crosses nothing."""
    doc = span.doc
    between = doc[span.end : verb.i] if verb.i >= span.end else doc[verb.i + 1 : span.start]
    marks = [t.i for t in between if t.text in QUOTE_MARKS]
    runs = [i for i in marks if i - 1 not in marks]  # "`" "`" split from "``" is one mark
    return len(runs) % 2 == 1


def _plans_event(verb: Token, span: Span) -> bool:
    """ "Protesters planned a large demonstration on Saturday": the day is the planned event's,
    and a plan looks ahead, though "planned" is past."""
    if verb.tag_ != "VBD" or verb.lower_ not in PLANNED or _is_pluperfect(verb):
        return False
    return any(c.dep_ == "dobj" and c.i < span.start for c in verb.children)


def _future_main_clause(verb: Token) -> str | None:
    """ "likely to buy as soon as trading opened Monday": a time clause ("when", "as soon as",
    "once", "until", "before", "after") takes its direction from the clause it hangs on, whose
    tense reported speech has shifted back; a future main clause puts it ahead."""
    if verb.dep_ != "advcl" or verb.head == verb:
        return None
    if not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKERS for c in verb.children
    ):
        return None
    head = verb.head if _is_verb(verb.head) else governing_verb(verb.head)
    if head is None or clause_tense(head) != cal.FUTURE:
        return None
    return cal.FUTURE


def _participle_tense(verb: Token) -> str | None:
    """ "the shares issued July 1": a past participle on a noun names a done deed, unless it is a
    plan ("the talks scheduled for Friday"); other participles carry no tense of their own."""
    if verb.tag_ != "VBN" or _lemma(verb) in PLANNING_VERBS or verb.lower_ in FUTURE_GOVERNORS:
        return None
    return cal.PAST


def _possessive_tense(noun: Token) -> str | None:
    """ "Wednesday's ruling": a definite event named by its day has mostly happened."""
    verb = governing_verb(noun)
    if verb is not None and (_lemma(verb) in PLANNING_VERBS or verb.lower_ in PLANNING_VERBS):
        return cal.FUTURE
    if _lemma(noun) in PLANNING_NOUNS:
        return cal.FUTURE
    if noun.lower_ in SCHEDULED_EVENTS and verb is not None and clause_tense(verb) == cal.FUTURE:
        return cal.FUTURE  # "Tuesday's election will decide the presidency"
    return cal.PAST


def _plans_ahead(verb: Token, words: set[str]) -> bool:
    """ "has scheduled a news conference Thursday", "is planned for Saturday", "plans": ahead;
    a bare past "planned" or a participle modifying a noun ("the service planned for Saturday
    was canceled") says nothing by itself."""
    if verb.dep_ in ("acl", "amod") or verb.tag_ == "VBG":
        return False
    return verb.tag_ in ("VBZ", "VBP", "VB", "JJ") or bool(words - {"had", "'d", "’d"})


def _is_governor(head: Token) -> bool:
    """ "plans to", "is expected to", "is to" (a plan: "is to resume trading Tuesday")."""
    if _lemma(head) in FUTURE_GOVERNORS or head.lower_ in FUTURE_GOVERNORS:
        return True
    return head.lower_ in ("is", "are", "was", "were") and head.dep_ != "aux"


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _is_simple_past(verb: Token) -> bool:
    """A simple past by its tag, or by its form where the tagger slipped."""
    return verb.tag_ == "VBD" or _is_misread_past(verb)


def _is_misread_past(token: Token) -> bool:
    """An irregular past the tagger read as a present, a base form or, when it has a subject, a
    noun ("the town the rebels retook on Tuesday")."""
    if token.lower_ not in IRREGULAR_PAST or _auxiliaries(token):
        return False
    if token.tag_ in ("VB", "VBP", "VBZ"):
        return True
    return token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)


def _is_pluperfect(verb: Token) -> bool:
    return any(a.lower_ in ("had", "'d", "’d") for a in _auxiliaries(verb))


def _is_verb(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD":
        return True
    return _is_misread_past(token)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()
