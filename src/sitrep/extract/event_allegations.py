"""Acts told only as what someone is accused, suspected or charged of: alleged, not told done.

"The colonel was accused of torturing detainees", "a militia commander suspected of shelling the
village", "two soldiers were charged with murdering a farmer", "rights groups accused the army of
shelling the market", "troops allegedly shelled the village": the report tells an accusation, so
the act's modality is "alleged". A court's finding ("convicted of", "found guilty of") is no
accusation and stays as told. "Reportedly" and "purportedly" only hedge a report (its
certainty), and "charged with" said of a unit or a body tells an accusation only beside a sign of
one (a suspect, a court, the police): "the unit was charged with guarding the pass" is a task.
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
# Who is tasked rather than accused when "charged with" something: units and bodies.
UNITS = frozenset(
    _w(
        "unit units battalion battalions brigade brigades regiment regiments division divisions "
        "company squad squads team teams force forces task mission corps army navy troops "
        "committee commission agency ministry"
    )
)
ACCUSED_OF = frozenset(_w("of with for"))
ALLEGEDLY = frozenset(_w("allegedly"))
CHARGING = frozenset(_w("charged charges charge"))
# Signs that "charged with" accuses rather than tasks: a suspect, a court, a prosecutor, the police.
ACCUSATION_SIGNS = frozenset(
    _w(
        "suspect suspects court courts prosecutor prosecutors prosecution police charges "
        "arrested trial judge"
    )
)


def alleged(trigger: Token) -> bool:
    """The act is what someone is accused, suspected or charged of, or allegedly did."""
    if any(c.dep_ == "advmod" and c.lower_ in ALLEGEDLY for c in trigger.children):
        return True
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ACCUSED_OF:
        holder = trigger.head.head
        if holder.lower_ in CHARGING and trigger.head.lower_ == "with" and _tasked(holder):
            return any(t.lower_ in ACCUSATION_SIGNS for t in trigger.sent if t.i != holder.i)
        return holder.lower_ in ACCUSING
    return False


def _tasked(charged: Token) -> bool:
    """ "the unit was charged with": one charged is a unit or a body, which may be a task."""
    return any(c.lower_ in UNITS for c in charged.children if c.dep_ in ("nsubjpass", "dobj"))
