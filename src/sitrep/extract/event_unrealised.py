"""Acts that did not happen because they were only warded off, refused, demanded or threatened.

"Rerouted ships to avoid the attacks" and "to deter strikes" name attacks that did not happen. So do
"Pakistan refused to deploy peacekeepers", "Beirut rejected an appeal for deploying troops", "the
militia opposed any deployment of Kenyan police", "the governor urged the government to send more
troops", "the opposition demanded a full withdrawal of Russian units" and "the rebels threatened to
shell the capital": the refusal, demand or threat is the news (a statement: PLOVER REJECT, DEMAND,
THREATEN), and the act is not an event. The act is what the verb takes, directly or through the
proposal it answers ("a call for forces to be deployed"), never an act in another phrase of the
verb or its object ("demanded an investigation into the shelling", "opposed the army after the
massacre": the shelling and the massacre happened), nor a claim about the past: "rejected
claims that its troops shelled the town" is a denied claim, which the ledger keeps
(`sitrep.extract.event_policy`, rule 1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
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
# Nouns whose "for" phrase is the act put forward; any other phrase ("demanded an investigation
# into the shelling", "opposed the army after the massacre") tells an act that happened.
PROPOSAL_NOUNS = frozenset(
    _w("call calls appeal appeals demand demands request requests plan plans proposal proposals")
)
# Help asked or refused for an act to come, told by a gerund: "demanded help in regaining
# control", "demanded support from the assembly in regaining control" ("demanded compensation for
# losing their homes" tells a loss that happened).
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
    current = token
    for _ in range(PROPOSAL_DEPTH):
        if current.dep_ not in PROPOSAL_LINKS and not _proposed_act(current):
            return False
        if current.dep_ == "prep" and not _proposal_for(current):
            return False
        current = current.head
        if current.lower_ in UNREALISING_VERBS and current.tag_.startswith("VB"):
            return True
    return False


def _proposal_for(preposition: Token) -> bool:
    """ "a call for troops", "support in regaining control": the phrases through which a refused
    or demanded act is reached."""
    head = preposition.head
    if preposition.lower_ == "for" and head.lower_ in PROPOSAL_NOUNS:
        return True
    gerund = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)
    aid_asked = head.lower_ in AID_NOUNS or (
        head.lower_ in UNREALISING_VERBS and any(c.lower_ in AID_NOUNS for c in head.children)
    )
    return gerund and aid_asked


def _proposed_act(token: Token) -> bool:
    """An infinitive hung on a noun ("a call for forces to be deployed", "a demand to withdraw"):
    an act put forward, not one told as done."""
    return token.dep_ in ("acl", "relcl") and any(c.tag_ == "TO" for c in token.children)
