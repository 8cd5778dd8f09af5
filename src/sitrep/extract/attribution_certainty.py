"""How firmly a reported claim is made: asserted, hedged or denied. A hedge word in the claim
("may", "reportedly", "is believed to") or a cue of belief ("suspects", "wondered") hedges it; a
denying cue denies it; an answer not given ("did not confirm", "did not say", "declined to
confirm", "neither confirmed nor denied") leaves it open, hedged; rejecting a plan ("rejected
the budget") denies nothing. A reported "would" is often the past of a "will" that was said
("the ministry said it would send troops") and then hedges nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.attribution_refusals import possibility_kept_open
from sitrep.extract.cues import cue_lemma
from sitrep.extract.sources import base_form
from sitrep.extract.token_positions import token_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.model import Certainty, Offsets

# Cues that state a belief, a guess or a thought being weighed, not a fact: "suspects", "is
# mulling", "wondered whether".
HEDGING_CUES = frozenset(
    {
        "suggest",
        "believe",
        "think",
        "estimate",
        "suspect",
        "predict",
        "speculate",
        "guess",
        "wonder",
        "mull",
        "ponder",
        "contemplate",
        "surmise",
    }
)
# "suspected" hedges as a verb ("is suspected of", "suspected that"); before a noun it is the
# usual label ("killed three suspected militants"), and the killing is asserted. So is "believed
# to be" after a noun ("gunmen believed to be Boko Haram fighters killed ..."), while "are
# believed to be", "believed to have died" hedge. "may" hedges in lower case only: "until May"
# is the month.
HEDGES = re.compile(
    r"\b(?:could|(?-i:may)|might|would|possibly|perhaps|likely|unlikely|probably|reportedly|"
    r"expected to|(?:(?:is|are|was|were|been|be|being|widely|also|still)\s+)(?:not\s+)?believed to|"
    r"believed to(?!\s+be\b)|"
    r"appears? to|appeared to|seems? to|it (?:was|is) unclear|unclear|"
    r"not clear|allegedly|apparently|estimated|suspected(?= (?:of|to|that|by)\b))\b",
    re.I,
)
# A condition makes a reported "would" hypothetical: "would fall if", "unless", "were to".
CONDITIONS = re.compile(r"\b(?:if|unless|otherwise|were to|in case)\b", re.I)
# Determiners that make a "would" weigh a case rather than report a "will": "such an attack
# would kill thousands", "any delay would hurt". Not "a": "said a convoy would leave on Monday"
# reports a plan; nor "no": "said no ransom would be paid" reports a commitment.
WEIGHED_DETERMINERS = frozenset({"any", "such"})
# Adjectives that judge what a "would be" weighs ("a strike on the dam would be catastrophic"),
# where a plain state reports a plan ("said the road would be open on Friday").
EVALUATIVE_ADJECTIVES = frozenset(
    {
        "catastrophic",
        "costly",
        "disastrous",
        "devastating",
        "difficult",
        "hard",
        "impossible",
        "unlikely",
        "dangerous",
        "risky",
        "deadly",
        "fatal",
        "unacceptable",
        "unthinkable",
        "futile",
        "expensive",
        "tragic",
        "terrible",
        "counterproductive",
    }
)
# Nouns that judge what a "would be" weighs, as those adjectives do: "the strike would be a
# violation of the truce", "a pullout would be a mistake".
EVALUATIVE_NOUNS = frozenset(
    {"violation", "breach", "mistake", "error", "disaster", "catastrophe", "tragedy", "blow"}
    | {"setback", "victory", "defeat", "failure", "success", "crime", "provocation", "threat"}
    | {"betrayal", "insult", "escalation", "boost", "boon", "waste", "travesty"}
)
# "could not be ruled out", "could not exclude": a case left open, not an inability.
RULING_OUT = frozenset({"rule", "ruled", "exclude", "excluded"})
# Reporting verbs whose "would" may be the past of a said "will": "said", "has said", "saying".
REPORTING_TAGS = frozenset({"VBD", "VBN", "VBG"})
# A reported "would" weighed again ("would likely", "would be likely to") or a counterfactual
# ("would have killed").
WEIGHED = re.compile(r"\s+(?:likely|probably|possibly|be\s+likely|have)\b", re.I)
# Subjects that are people: what they "would be" is a role they take on, not a judgement.
PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})
# Not confirming, denying or mentioning leaves a claim open: "did not confirm the report" is no
# denial, and "did not mention casualties" asserts none.
UNCONFIRMING = frozenset({"confirm", "verify", "deny", "mention"})
# Not saying, admitting or denying a thing says nothing of it: "did not say the army would
# withdraw" is no denial (only "denied that ..." is), "did not dispute the figures" no assent.
UNSAYING = frozenset({"say", "confirm", "deny"})
# A refused answer leaves it open too: "declined to confirm the strike", "refused to comment".
REFUSALS = frozenset({"decline", "refuse"})
ANSWERS = frozenset({"confirm", "verify", "deny", "comment", "say", "discuss", "specify"})
# Rejecting denies only what was said: "rejected the allegation"; "rejected the budget" or "a
# proposal" refuses a plan, a stance asserted.
REJECTING = frozenset({"reject"})
STATEMENT_NOUNS = frozenset(
    {"claim", "report", "accusation", "allegation", "charge", "assertion", "account", "story"}
    | {"suggestion", "notion", "idea", "assessment", "characterization", "finding", "rumor"}
    | {"figure", "statement", "version", "narrative", "conclusion", "theory", "premise"}
    | {"characterisation", "rumour", "criticism", "speculation", "insinuation", "remark"}
    | {"comment", "portrayal", "depiction", "description", "interpretation", "label"}
    | {"estimate", "prediction", "forecast", "analysis", "contention", "implication"}
    | {"hypothesis", "thesis"}
)
# Conjunctions under which a negation or "neither" reaches the next verb: "did not confirm or
# deny", "neither confirmed nor denied" (not "but": "did not attend but said ...").
ALTERNATIVES = frozenset({"or", "nor"})


def certainty(
    text: str,
    claim: Offsets,
    verb_class: str | None,
    cue: Token | None,
    nobody: bool = False,
) -> Certainty:
    """How firmly the claim is made: "denied" by a denying verb, "hedged" by a hedge word, a cue
    of belief or guessing or one left unsaid ("did not confirm", "did not say", "nobody
    confirmed": `nobody` when the source is no one), else "asserted"."""
    negated = cue is not None and (nobody or _negated(cue))
    if cue is not None and (_left_open(cue, negated) or (negated and verb_class in UNSAYING)):
        return "hedged"
    if verb_class == "deny" and not _rejects_no_claim(cue):
        return "denied"
    words = text[claim.start : claim.end]
    doc = cue.doc if cue is not None else None
    hedges = [
        m
        for m in HEDGES.finditer(words)
        if not (
            cue is not None
            and _reported_will(m, words, cue)
            and not _weighed_would(token_at(cue.doc, claim.start + m.start()))
        )
        and not (doc is not None and _hedges_a_part(token_at(doc, claim.start + m.start()), claim))
    ]
    if hedges or (cue is not None and cue_lemma(cue) in HEDGING_CUES):
        return "hedged"
    return "asserted"


def _hedges_a_part(hedge: Token | None, claim: Offsets) -> bool:
    """A hedge that qualifies a part of the claim, not what it states: one inside a clause that
    describes a noun of the claim ("banned rigs that could be used by the navy"), or "could
    not" telling what someone was unable to do ("the rockets could not be stopped"), which is
    asserted (though "could not be ruled out" leaves the case open)."""
    if hedge is None:
        return False
    after = hedge.doc[hedge.i + 1 : hedge.i + 2]
    if hedge.lower_ == "could" and after.text.lower() in {"not", "n't"}:
        return hedge.head.lower_ not in RULING_OUT
    inside = [t for t in [hedge, *hedge.ancestors] if claim.start <= t.idx < claim.end]
    if not inside or inside[-1].pos_ not in {"VERB", "AUX"}:
        return False  # a claim headed by a noun: the parser may have put its verb in a relative
    return any(
        t.dep_ == "relcl" and t.head in inside and t.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
        for t in inside
    )


def _reported_will(hedge: re.Match[str], claim: str, cue: Token) -> bool:
    """ "The ministry said it would hold talks": after a reporting verb ("said", "has said",
    "saying"), an unquoted "would" is the tense of the "will" that was said ("We will hold
    talks" is asserted), not a hedge; a condition ("would fall if"), a quoted "would" ("“It
    would be a disaster,” he said") and "would likely" still hedge."""
    return (
        hedge.group().lower() == "would"
        and cue.tag_ in REPORTING_TAGS
        and not any(mark in claim[: hedge.start()] for mark in '"“”')
        and not CONDITIONS.search(claim)
        and not WEIGHED.match(claim, hedge.end())
    )


def _weighed_would(would: Token | None) -> bool:
    """A "would" that weighs what might happen, not what someone will do: "such an attack would
    kill thousands", "a strike on the dam would be catastrophic", "closing the plant would cost
    jobs". Its subject is general (any/such), an act named by a clause, or it is "would be" with
    an adjective or a noun that judges (`EVALUATIVE_ADJECTIVES`, `EVALUATIVE_NOUNS`: "the strike
    would be a violation of the truce"). "The army would protect the convoys", "a convoy would
    leave on Monday", "the road would be open", "Monday would be a day of mourning" and "she
    would be a candidate" report a "will" that was said."""
    if would is None:
        return True
    verb = would.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if verb.lower_ == "be" and any(
        (c.dep_ == "acomp" and c.lower_ in EVALUATIVE_ADJECTIVES)
        or (c.dep_ == "attr" and _judging_noun(c) and not _speaks_of_self(subjects))
        for c in verb.children
    ):
        return True
    if not subjects:
        return False
    head = subjects[0]
    return head.dep_ == "csubj" or any(
        c.lower_ in WEIGHED_DETERMINERS for c in head.children if c.dep_ in {"det", "predet"}
    )


def _judging_noun(noun: Token) -> bool:
    """ "would be a violation", "would be a major setback": a judgement of what might come; "would
    be the first victory" names which one it will be, a "will" that was said."""
    return noun.lower_ in EVALUATIVE_NOUNS and not any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children
    )


def _speaks_of_self(subjects: list[Token]) -> bool:
    """ "she said she would be a candidate": a person's own role to come is a commitment."""
    return any(s.lower_ in PERSONAL_PRONOUNS or s.ent_type_ == "PERSON" for s in subjects)


def _rejects_no_claim(cue: Token | None) -> bool:
    """ "rejected the budget", "rejected a plan to ...": a rejected thing that
    was not said (`STATEMENT_NOUNS`); "rejected the claim", "rejected that it fired" deny."""
    if cue is None or cue_lemma(cue) not in REJECTING:
        return False
    objects = [c for c in cue.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and not any(noun_forms(o) & STATEMENT_NOUNS for o in objects)


def noun_forms(noun: Token) -> set[str]:
    """The forms a noun may be listed under: as written, its lemma, and the singular of a Greek
    plural, which the verb-minded lemma misses ("analyses" -> "analysis", not "analyse")."""
    forms = {noun.lower_, base_form(noun)}
    if noun.lower_.endswith("ses") and noun.tag_ in {"NNS", "NNPS"}:
        forms.add(noun.lower_[:-2] + "is")
    return forms


def _negated(cue: Token) -> bool:
    """ "did not deny", and a verb joined by "or"/"nor" to a negated one or under "neither":
    "did not confirm or deny", "would neither confirm nor deny"."""
    if _negates(cue):
        return True
    head = cue.head
    return (
        cue.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ in ALTERNATIVES for c in head.children)
        and _negates(head)
    )


def _negates(verb: Token) -> bool:
    """A "not" or a "neither" on the verb."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither") for c in verb.children
    )


def _left_open(cue: Token, negated: bool) -> bool:
    """An answer not given: "did not confirm", "did not mention", "declined to confirm"."""
    if negated:
        return cue_lemma(cue) in UNCONFIRMING
    return cue_lemma(cue) in REFUSALS and any(
        c.dep_ == "xcomp" and (cue_lemma(c) in ANSWERS or possibility_kept_open(c) is not None)
        for c in cue.children
    )
