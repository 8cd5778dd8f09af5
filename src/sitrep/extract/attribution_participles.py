"""Participles that report ("..., saying", "a group backing the senator"): whose words they are.

A participle right after a noun usually describes that noun, which then speaks ("a group
backing the senator"). Set off by a comma after the clause's object it is a free adjunct of the
whole clause instead, and the clause's subject speaks: "She rejected the notion, saying ...",
"Trump made a third attempt, writing on Twitter that ...". The parser often hangs such an
adjunct on the nearest noun, or on the clause a reporter reports ("Smith said he plans to go,
insisting ...": Smith insists), or on a clause of time under a reporter ("Ortega said so after
the senator won, adding ...": Ortega adds). It may also hang one on the main verb that belongs
to the relative clause right before it ("valued it at $3 billion, which Harlow called an insult,
blaming ...": Harlow blames)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_nonclaims import is_speech_asked_about
from sitrep.extract.attribution_relative_adjuncts import nearer_relative_clause
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma, is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

# Links from a noun up to the verb of its clause: objects, complements, prepositional phrases
# and the nouns coordinated with them ("called for a voice vote, and then a visual vote, ...").
OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "attr", "conj", "dative", "oprd", "appos"})

# Occasions and points in time a participle may hang on, though it says what the clause's
# subject did there: "she said at a news conference announcing ...", "at one point calling".
OCCASION_NOUNS = frozenset(
    {"conference", "conferences", "briefing", "briefings", "rally", "rallies", "interview"}
    | {"interviews", "speech", "speeches", "remarks", "event", "hearing", "meeting", "debate"}
    | {"forum", "session", "appearance", "point", "moment", "time", "record", "case", "cases"}
)
# Verbs of spending time, whose object a participle saying what the time went on follows.
SPENDING_VERBS = frozenset({"spend", "spends", "spent", "spending"})
# Cue classes of verbs that speak themselves, so that a participle on them continues them.
SPEECH_CLASSES = frozenset({"say", "tell"})
DASHES = frozenset({"-", "—", "–", "--"})
# Subordinators of a clause that tells of a finished event before or after the reporter spoke
# ("as" and "while" tell of one going on, with a speaker of its own: "she asks as a guard walks
# in, saying ...").
TIME_MARKS = frozenset({"after", "before", "since", "once", "until"})


def adjunct_clause(participle: Token) -> Token | None:
    """The verb whose subject speaks for a participle set off as an adjunct or hung on an
    occasion, or None where the parse already gives the right one."""
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "acl" and participle.head.lower_ in OCCASION_NOUNS:
        return _occasion_clause(participle.head)
    spent = _spending_clause(participle.head) if participle.dep_ == "acl" else None
    if spent is not None:
        return spent
    if participle.dep_ == "conj":
        return _adjunct_before_aside(participle)
    if not is_set_off(participle):
        return None
    if participle.dep_ == "acl" and participle.head.pos_ in {"NOUN", "PROPN"}:
        return _object_clause(participle.head)
    if participle.dep_ == "advcl":
        head = participle.head
        return (
            nearer_relative_clause(participle)
            or _reporting_clause(head)
            or _reported_occasion(head)
            or _relative_clause_owner(head)
            or _clause_of_its_own(head)
            or _noun_clause_owner(head)
        )
    return None


def _adjunct_before_aside(participle: Token) -> Token | None:
    """ "are hitting back, painting her as a friend of developers - 'She'll sell the city,' one
    mailer warned - or deriding her as a puppet": a participle the parser joins to the finite
    verb of an aside between dashes goes on the adjunct before the aside, whose speaker it
    shares."""
    verb, doc = participle.head, participle.doc
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i > participle.i:
        return None
    if not any(doc[i].text in DASHES for i in range(verb.i + 1, participle.i)):
        return None
    opening = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.text in DASHES), None)
    if opening is None:
        return None
    earlier = [
        t
        for t in doc[verb.sent.start : opening.i]
        if t.tag_ == "VBG" and t.dep_ == "advcl" and is_set_off(t)
    ]
    return earlier[-1] if earlier else None


def is_set_off(participle: Token) -> bool:
    """After a comma ("..., saying", with its adverbs: "..., forcefully denouncing"; or inside
    the closing quote mark of the clause it follows) or "while" ("while emphasizing it is no
    endorsement")."""
    start = participle.i
    while (
        start > 0
        and participle.doc[start - 1].dep_ == "advmod"
        and participle.doc[start - 1].head.i == participle.i
    ):
        start -= 1
    if start > 1 and participle.doc[start - 1].tag_ == "''" and participle.head.i < start:
        start -= 1  # a comma inside a closing quote mark: 'titled "The Tragedy," explaining'
    comma = start > 0 and participle.doc[start - 1].text == ","
    return comma or any(c.dep_ == "mark" and c.lower_ == "while" for c in participle.children)


def _reporting_clause(verb: Token) -> Token | None:
    """ "Smith said he plans to visit Libya, insisting that ...": an adjunct the parser hangs on
    the reported clause goes on reporting; the reporter, not the one reported on, speaks. Not
    where that clause is itself a speech reporting a clause of its own ("'...,' the source
    recalled, adding that ..."); "Moreno said the scandal reminds him of a play, explaining ..."
    tells of none, so Moreno explains."""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.i > verb.i or not is_cue_verb(reporter):
        return None
    if _evokes(verb) or _asked_about(verb):
        return reporter
    if is_cue_verb(verb) and VERB_CLASSES[cue_lemma(verb)] in SPEECH_CLASSES:
        return None
    return reporter


def _asked_about(verb: Token) -> bool:
    """ "Ortiz questioned why her husband did not speak, implying ...": a speech asked about or
    denied is none that goes on; its asker does."""
    return is_speech_asked_about(verb) or any(c.dep_ == "neg" for c in verb.children)


def _reported_occasion(verb: Token) -> Token | None:
    """ "Ortega said so after the senator won his primary, remarking ...": an adjunct the parser
    hangs on a clause of time under a speech verb goes on with the speech; the time clause, an
    event, not a speech, says nothing of its own."""
    reporter = verb.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "advcl" or not marks & TIME_MARKS or reporter.i > verb.i:
        return None
    if is_cue_verb(verb) or not is_cue_verb(reporter):
        return None
    return reporter if VERB_CLASSES[cue_lemma(reporter)] in SPEECH_CLASSES else None


def _evokes(verb: Token) -> bool:
    """ "the affair reminds him of a book": "remind ... of" calls something to mind, no speech."""
    return cue_lemma(verb) == "remind" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in verb.children
    )


def _relative_clause_owner(verb: Token) -> Token | None:
    """ "had a moment that could play big, denouncing ...": an adjunct hung on a relative clause
    goes with the clause of the noun it describes."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    owner = _object_clause(verb.head)
    return owner if owner is not None and _has_subject(owner) else None


def _clause_of_its_own(verb: Token) -> Token | None:
    """ "Groups say the rules are unfair, and the ACLU has sued, saying ...": an adjunct hung on
    a joined clause with a subject of its own goes with that subject, not the first clause's."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    if verb.dep_ != "conj" or not subjects:
        return None
    return verb if subjects[0].lower_ not in {"who", "which", "that"} else None


def _noun_clause_owner(verb: Token) -> Token | None:
    """ "Bennett denied the notion that a shakeup is coming, explaining that ...": an adjunct the
    parser hangs on a noun's "that" clause goes with the clause whose object the noun is, when
    the "that" clause is about a thing, which explains nothing. A name or a pronoun there may
    speak itself ("an admission that the US is bowing out, seeing a deal as ...")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "acl" or "that" not in marks or verb.head.pos_ != "NOUN":
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].pos_ != "NOUN" or subjects[0].ent_type_:
        return None
    owner = _object_clause(verb.head)
    return owner if owner is not None and _has_subject(owner) else None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _spending_clause(noun: Token) -> Token | None:
    """ "spent most of the week before the primary portraying her rival as weak": a participle
    after the time spent says what the spender did with it. Money "spent on ads attacking him"
    went to the ads, which attack."""
    spent = _object_clause(noun)
    if spent is None or spent.lower_ not in SPENDING_VERBS:
        return None
    between = [t for t in spent.subtree if t.dep_ == "prep" and spent.i <= t.head.i < noun.i]
    return None if any(t.lower_ in {"on", "for"} for t in between) else spent


def _occasion_clause(noun: Token) -> Token | None:
    """The verb the phrase naming the occasion ("at a news conference") hangs on."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    return preposition.head if preposition.head.pos_ in {"VERB", "AUX"} else None


def _object_clause(noun: Token) -> Token | None:
    """The verb of the clause whose object (or object's complement) a participle hangs on."""
    node = noun
    for _ in range(6):
        if node.dep_ not in OBJECT_DEPS or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None
