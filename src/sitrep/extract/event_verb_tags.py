"""Past-tense verbs the tagger read as nouns ("A Ukrainian offensive retook/NN the town").

The small model tags a rare past form such as "retook" a noun while its parser still hangs a
subject and an object on it: the sentence is read as a verb's, only the tag is wrong. Every
trigger rule asks for a verb's tag, so the tag is set right once, before events are read, as
`event_campaigns.retag_campaign_nouns` does for the opposite slip. Only past forms that are no
noun in the event tables, and only with a subject of their own (or a campaign noun the parser
took for their compound), are retagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_inflections import IRREGULAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_IRREGULAR_PASTS = frozenset(form for forms in IRREGULAR.values() for form in forms)


def retag_verbs_read_as_nouns(doc: Doc) -> None:
    """Tag as a past-tense verb each event verb's past form read as a noun with a subject, and
    make its subject the campaign noun the parser hung on it as a compound ("The offensive/compound
    retook/NN Kamanyola/dobj")."""
    for token in doc:
        if token.tag_ not in ("NN", "NNS") or not _past_form(token):
            continue
        campaign = _campaign_read_as_compound(token)
        if campaign is not None:
            campaign.dep_ = "nsubj"
        if campaign is not None or any(c.dep_ == "nsubj" for c in token.children):
            token.tag_, token.pos_ = "VBD", "VERB"


def _past_form(token: Token) -> bool:
    """An event verb's past form that is no noun in the event tables ("retook", "shelled")."""
    low = token.lower_
    if low not in lex.VERB_INDEX or low in lex.NOUNS or low == lex.VERB_INDEX[low][1]:
        return False
    return low.endswith("ed") or low in _IRREGULAR_PASTS


def _campaign_read_as_compound(token: Token) -> Token | None:
    """The campaign noun right before a past form with an object, read as its compound."""
    if not any(c.dep_ == "dobj" for c in token.children) or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    named = before.head.i == token.i and before.dep_ == "compound"
    return before if named and before.lower_ in lex.CAMPAIGN_NOUNS else None
