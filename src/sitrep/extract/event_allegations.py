"""Acts told only as what someone is accused, suspected or charged of: alleged, not told done.

"The colonel was accused of torturing detainees", "a militia commander suspected of shelling the
village", "two soldiers were charged with murdering a farmer", "rights groups accused the army of
shelling the market", "troops allegedly shelled the village": the report tells an accusation, so
the act's modality is "alleged". A court's finding ("convicted of", "found guilty of") is no
accusation and stays as told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token

ACCUSING = frozenset(
    _w(
        "accused accuses accuse accusing suspected suspect suspects charged charges charge "
        "indicted indicts indict"
    )
)
ACCUSED_OF = frozenset(_w("of with for"))
ALLEGEDLY = frozenset(_w("allegedly reportedly purportedly"))


def alleged(trigger: Token) -> bool:
    """The act is what someone is accused, suspected or charged of, or allegedly did."""
    if any(c.dep_ == "advmod" and c.lower_ in ALLEGEDLY for c in trigger.children):
        return True
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ACCUSED_OF:
        holder = trigger.head.head
        return holder.lower_ in ACCUSING
    return False
