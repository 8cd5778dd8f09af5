"""Which reporting verb a coordinated verb goes with. The parser often hangs the second of two
reporting verbs of one speaker ("said the plan was dead and accused the mayor of lying") on the
last verb inside the first claim; a clash of verb forms shows it belongs higher, and a match of
forms that a joined verb goes on with the reported clause ("says he met the mayor and asked him
to resign"). Shared by the claim rules (`claim_spans`, which end or extend the first claim
there) and the speaker rules (`attribution_verbal`, which give the second verb the first one's
subject)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.cues import VERB_CLASSES, cue_lemma, is_cue_verb
from sitrep.extract.token_positions import token_end
from sitrep.quote_marks import DOUBLE_CLOSING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Auxiliaries that, besides the modals, set the form of the verb they go with ("has" and "is"
# do not: a verb coordinated with "has called" shares the "has").
TENSE_AUXILIARIES = frozenset({"do", "does", "did", "to"})
# The "did" of "but did not suggest": it marks tense and negation, not a clause of its own.
DO_SUPPORT = frozenset({"do", "does", "did"})
# Classes of reporting verbs that are acts of speech, and the charges among the verbs of belief:
# joined to a plain verb inside a claim they are the reporter's next statement.
SPEECH_ACT_CLASSES = frozenset({"say", "tell", "warn", "deny", "confirm"})
CHARGING_VERBS = frozenset({"accuse", "allege", "charge", "condemn", "denounce", "blame"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# Verb tags by form: a past participle after "has" is often tagged as a past tense.
VERB_FORMS_ALIKE = {
    "VBD": "past",
    "VBN": "past",
    "VBZ": "present",
    "VBP": "present",
    "VBG": "-ing",
    "VB": "bare",
    "MD": "bare",
    "TO": "bare",
}


def coordinated_reporter(token: Token) -> Token | None:
    """ "was warning that the group could strike and implying that ...", "has called for
    strikes on the oil that funds them and proposed a safe zone": a verb without a subject or an
    auxiliary of its own that the parser coordinated with a verb of another form deep in a claim
    goes with the nearest reporting verb before it and above it of its own form, whose subject
    it shares."""
    head = token.head
    if (
        token.dep_ != "conj"
        or token.pos_ != "VERB"
        or head.pos_ not in {"VERB", "AUX"}
        or any(
            c.dep_ in {"nsubj", "nsubjpass", "auxpass"}
            or (c.dep_ == "aux" and c.lower_ not in DO_SUPPORT)
            for c in token.children
        )
    ):
        return None
    form = _verb_form(token)
    if form is None or (_verb_form(head) in {form, None} and not _speech_act_beside(token)):
        return None
    above = head
    while above.head.i != above.i:
        above = above.head
        if above.pos_ in {"VERB", "AUX"} and is_cue_verb(above):
            return above if above.i < token.i and _verb_form(above) == form else None
    return None


def _speech_act_beside(token: Token) -> bool:
    """ "said Washington had not known of it and urged all sides to ...": a verb that is itself
    an act of speech ("urged", "accused", "warned"), in the past or present, joined to the verb
    of a reported clause, is the reporter's next statement; a plain verb ("and found it
    costly"), a participle ("unanswered and dismissed") or a verb in a relative clause stays
    where it is."""
    lemma = cue_lemma(token)
    speech = VERB_CLASSES.get(lemma) in SPEECH_ACT_CLASSES or lemma in CHARGING_VERBS
    in_claim = token.head.dep_ == "ccomp" and is_cue_verb(token.head.head)
    return speech and in_claim and token.tag_ != "VBN" and is_cue_verb(token)


def _verb_form(verb: Token) -> str | None:
    """Past, present, -ing or bare, as its tag or an auxiliary that sets the form shows: "did
    know" is past, "would know" and "to know" bare; "has known" and "is knowing" keep the
    verb's own form, for a verb coordinated with them shares the auxiliary."""
    setting = [
        c
        for c in verb.children
        if c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in TENSE_AUXILIARIES)
    ]
    if setting:
        return VERB_FORMS_ALIKE.get(setting[0].tag_)
    return VERB_FORMS_ALIKE.get(verb.tag_)


def coordinated_above(token: Token) -> bool:
    """ "May said the country would declare its intention and suggested ...": a finite verb
    cannot be coordinated with the bare verb of "would declare", which the parser gave it as
    head; it goes with the reporting verb above."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ in {"VBD", "VBZ"}
        and head.tag_ == "VB"
        and head.dep_ in {"ccomp", "xcomp"}
    )


def continues_the_speaker(child: Token) -> bool:
    """ "said the plan is dead and called for talks", "said the plan is dead, adding that ...":
    a further statement of the same speaker, not part of the first claim. Not a verb of the
    reported clause's form where the reporter has another ("says he spoke to the mayor and
    asked him to resign": what he says he did)."""
    adjoined = child.dep_ == "advcl" and child.tag_ == "VBG"
    return (
        (child.dep_ == "conj" or adjoined)
        and is_cue_verb(child)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and not _reported_clause_goes_on(child)
    )


def _reported_clause_goes_on(verb: Token) -> bool:
    """The verb shares the form of the reported clause it is joined to, not the reporter's."""
    clause = verb.head
    reporter = clause.head
    form = _verb_form(verb)
    return (
        verb.dep_ == "conj"
        and clause.dep_ == "ccomp"
        and form is not None
        and _verb_form(clause) == form
        and _verb_form(reporter) not in {form, None}
    )


def reported_conjunct_end(reporter: Token, complement: Token) -> int:
    """ "Clinton says she hopes to win, but she knows that ...": a clause in the present, with a
    personal pronoun for subject, joined to a reporting verb in the present goes on with what is
    said (the parser hangs it on the reporting verb). The end of the last such clause, else 0.
    Not a second statement of its own ("I think ..., and I think ...", "and she says ...")."""
    end = 0
    if reporter.tag_ not in PRESENT_TAGS:
        return end
    for conj in reporter.children:
        subjects = [c for c in conj.children if c.dep_ == "nsubj"]
        if (
            conj.dep_ == "conj"
            and conj.i > complement.i
            and conj.tag_ in PRESENT_TAGS
            and subjects
            and subjects[0].lower_ in PERSONAL_PRONOUNS
            and cue_lemma(conj) != cue_lemma(reporter)
            and VERB_CLASSES.get(cue_lemma(conj)) not in SPEECH_ACT_CLASSES
        ):
            last = [t for t in conj.subtree if not t.is_punct or t.text in DOUBLE_CLOSING][-1]
            end = token_end(last)
    return end
