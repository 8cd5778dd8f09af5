"""Acts that did not happen because they were only warded off, refused, demanded or threatened.

"Rerouted ships to avoid the attacks" and "to deter strikes" name attacks that did not happen. So do
"Pakistan refused to deploy peacekeepers", "Beirut rejected an appeal for deploying troops", "the
militia opposed any deployment of Kenyan police", "the governor urged the government to send more
troops", "the opposition demanded a full withdrawal of Russian units", "the council called for the
withdrawal of troops" (`event_calls`) and "the rebels threatened to shell the capital": the
refusal, demand or threat is the news (a statement: PLOVER REJECT, DEMAND, THREATEN), and the act
is not an event. The act is what the verb takes, directly or through the proposal it answers ("a
call for forces to be deployed", "the idea of an invasion"), never an act in a phrase that points
back to a deed ("demanded an investigation into the shelling", "opposed the army after the
massacre": the shelling and the massacre happened), nor a claim about the past: "rejected claims
that its troops shelled the town" is a denied claim, which the ledger keeps
(`sitrep.extract.event_policy`, rule 1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_calls import called_for_through, calls_for
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

AVERTING_VERBS = frozenset(
    form
    for base in ("avoid", "prevent", "deter", "forestall", "avert", "thwart", "foil")
    for form in lex.verb_forms(base)
)
# Verbs whose object or infinitive is an act not done: refused, demanded or threatened.
UNREALISING_VERBS = frozenset(
    form
    for base in (
        *("reject", "refuse", "oppose", "veto", "decline", "rebuff"),
        *("demand", "urge", "threaten"),
    )
    for form in lex.verb_forms(base)
)
# Links from such an act up to the verb: its object, its infinitive, a proposal's "for" phrase
# ("rejected an appeal for deploying troops").
PROPOSAL_LINKS = frozenset({"dobj", "xcomp", "prep", "pobj", "pcomp"})
# Prepositions that point back to an act that happened: "demanded an investigation into the
# shelling", "opposed the army after the massacre", "rejected the ceasefire despite the raids". Any
# other phrase ("the idea of an invasion", "funding for airstrikes") carries the act put forward.
PAST_ACT_PREPOSITIONS = frozenset(_w("into after over following since despite"))
# Nouns for what is said about a deed: "rejected reports of an airstrike" denies a claim, which the
# ledger keeps (`sitrep.extract.event_policy`, rule 1), as it does "rejected claims that ...".
CLAIM_NOUNS = frozenset(
    _w("report reports claim claims accusation accusations allegation allegations charge charges")
)
# Nouns whose "for" phrase with a gerund is the act put forward ("an appeal for deploying troops");
# after any other noun it tells a deed done ("demanded compensation for losing their homes").
PROPOSAL_NOUNS = frozenset(
    _w("call calls appeal appeals demand demands request requests plan plans proposal proposals")
)
# Help asked or refused for an act to come, told by a gerund: "demanded help in regaining
# control", "demanded support from the assembly in regaining control".
AID_NOUNS = frozenset(_w("support help assistance aid backing"))
PROPOSAL_DEPTH = 6  # enough for "rejected a call for Kenyan troops to be deployed"


def averted(token: Token) -> bool:
    """ "rerouted ships to avoid the attacks", "to deter strikes": what is warded off did not
    happen."""
    return (
        token.tag_.startswith("NN")
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.text.lower() in AVERTING_VERBS
    )


def unrealised(token: Token) -> bool:
    """ "refused to deploy peacekeepers", "opposed the deployment", "demanded the withdrawal",
    "threatened to shell the towns": an act refused, demanded or threatened is not done."""
    if called_for_through(token.head, token):
        return True  # "called for troops to be withdrawn"
    current = token
    for _ in range(PROPOSAL_DEPTH):
        if current.dep_ not in PROPOSAL_LINKS and not _proposed_act(current):
            return False
        if current.dep_ == "prep" and not _proposal_for(current):
            return False
        step, current = current, current.head
        if _unrealising(current, step):
            return True
    return False


def _unrealising(verb: Token, step: Token) -> bool:
    """A verb that refuses, demands or threatens what hangs on it; "called for" and "calls for"
    demand what their "for" phrase names (`event_calls`)."""
    if called_for_through(verb, step):
        return True
    return verb.tag_.startswith("VB") and verb.lower_ in UNREALISING_VERBS


def _proposal_for(preposition: Token) -> bool:
    """ "the idea of an invasion", "a call for troops", "support in regaining control": the
    phrases through which a refused or demanded act is reached; not one that points back to a
    deed ("after the massacre", "compensation for losing their homes") or tells a claim about one
    ("reports of an airstrike")."""
    if preposition.lower_ in PAST_ACT_PREPOSITIONS or preposition.head.lower_ in CLAIM_NOUNS:
        return False
    gerund = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)
    if preposition.lower_ != "for" or not gerund:
        return True
    head = preposition.head
    return head.lower_ in PROPOSAL_NOUNS | AID_NOUNS or (
        head.lower_ in UNREALISING_VERBS and any(c.lower_ in AID_NOUNS for c in head.children)
    )


def _proposed_act(token: Token) -> bool:
    """An infinitive hung on a noun ("a call for forces to be deployed", "a demand to withdraw"):
    an act put forward, not one told as done."""
    return token.dep_ in ("acl", "relcl") and any(c.tag_ == "TO" for c in token.children)


def told_beside(act: Token, verb: Token) -> bool:
    """ "opposed the army after the massacre", "demanded an inquiry into the shelling", "called
    for a truce after rebels shelled the town", "rebels shelled the town, and the UN called for
    a truce": the act hangs on the refusing or demanding verb through a phrase or clause that
    points back to a deed, or stands in a clause of its own, so both the act and the refusal or
    demand are news."""
    if not (verb.tag_.startswith("VB") and (verb.lower_ in UNREALISING_VERBS or calls_for(verb))):
        return False
    if not any(a.i == verb.i for a in act.ancestors):
        return (
            verb.dep_ in ("conj", "parataxis") and act.i < verb.i
        )  # "X shelled ..., and Y called"
    path: list[Token] = [act]
    for ancestor in act.ancestors:
        if ancestor.i == verb.i:
            return any(t.dep_ == "prep" and not _proposal_for(t) for t in path[1:]) or (
                _clause_beside(path[-1])
            )
        path.append(ancestor)
    return False


def _clause_beside(clause: Token) -> bool:
    """ "called for a truce after rebels shelled the town": a clause of its own on the verb."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    return clause.dep_ in ("advcl", "conj") and bool(marks) and not marks & {"for", "if", "unless"}
