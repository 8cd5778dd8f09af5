"""Past-tense verbs the tagger read as nouns ("A Ukrainian offensive retook/NN the town").

The small model tags a rare past form such as "retook" a noun while its parser still hangs a
subject and an object on it: the sentence is read as a verb's, only the tag is wrong. Every
trigger rule asks for a verb's tag, so the tag is set right once, before events are read, as
`event_campaigns.retag_campaign_nouns` does for the opposite slip. Only past forms that are no
noun in the event tables, and only with a subject of their own, are retagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_inflections import IRREGULAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_IRREGULAR_PASTS = frozenset(form for forms in IRREGULAR.values() for form in forms)


def retag_verbs_read_as_nouns(doc: Doc) -> None:
    """Tag as a past-tense verb each event verb's past form read as a noun with a subject."""
    for token in doc:
        if token.tag_ in ("NN", "NNS") and _past_verb_with_subject(token):
            token.tag_, token.pos_ = "VBD", "VERB"


def _past_verb_with_subject(token: Token) -> bool:
    low = token.lower_
    if low not in lex.VERB_INDEX or low in lex.NOUNS or low == lex.VERB_INDEX[low][1]:
        return False
    if not (low.endswith("ed") or low in _IRREGULAR_PASTS):
        return False
    return any(c.dep_ == "nsubj" for c in token.children)
