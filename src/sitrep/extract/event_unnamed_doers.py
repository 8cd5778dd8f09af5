"""The unnamed armed men who did an act, unless the article may name them elsewhere.

"Gunmen stormed a police post" names its doers by `actor_unnamed` ("Unidentified Armed Group").
But wire copy often tells the attack first and who did it later ("... The Sahel Front claimed
responsibility"), or names the group the gunmen belong to in a heading; the modules that link
such mentions (`event_responsibility`, `event_coreference`) fill only an empty actor, so where the
article names an armed group or a claimant the men are left unnamed for them. Only the doers of
an act told by a verb, or by "an attack by gunmen", are named: "ten attackers died in the
assault" tells the dead, not who assaulted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_unnamed import unnamed_side
from sitrep.extract.actors import names_an_armed_group
from sitrep.extract.event_lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLAIMS = verb_forms("claim")
_NAMES_A_GROUP = "sitrep_names_an_armed_group"  # the article's answer, kept on its Doc


def unnamed_doer(token: Token, act: Token) -> str | None:
    """The name of the unnamed armed side `token` (the subject of the verb `act`, or the "by"
    of a noun `act`) stands for, or None."""
    if not (act.tag_.startswith("VB") or token.dep_ in ("prep", "agent")):
        return None
    if _may_name_them(token.doc):
        return None
    return unnamed_side(token)


def _may_name_them(doc: Doc) -> bool:
    """Whether the article names an armed group or someone claiming an attack."""
    if _NAMES_A_GROUP not in doc.user_data:
        doc.user_data[_NAMES_A_GROUP] = names_an_armed_group(doc.text) or any(
            _claimant(token) is not None for token in doc if token.lower_ in _CLAIMS
        )
    return bool(doc.user_data[_NAMES_A_GROUP])


def _claimant(verb: Token) -> str | None:
    # imported here: `event_responsibility` reads subjects with `event_arguments`, which asks this
    from sitrep.extract.event_responsibility import claimant

    return claimant(verb)
