"""Irregular simple pasts, so a weekday on "retook" points back even when the tagger misses it.

The small tagger knows common irregular pasts ("took", "fled") but reads rarer ones ("retook",
"swam", "stank") as a present (VBP) or a base form (VB), and a present puts a bare "Tuesday"
ahead of the report. The forms listed are past whatever verb tag they get. Left out are those
that are also a present or a base form ("hit", "read", "lay", "bore", "wound", "shed") and
those that double as a noun the tagger may call a verb ("fed", "dove", "slew"): for them only
a VBD tag counts.
"""

from __future__ import annotations

from sitrep.extract.event_lexicon import split_words

IRREGULAR_PAST = frozenset(
    split_words(
        """
    arose ate awoke bade beheld began bent befell became bit bled blew bought bred broke brought
    built burnt caught chose clung came crept dealt drank drew dreamt drove dug dwelt fell felt
    fled flew flung forbade foresaw forgave forgot forsook fought found froze gave got grew
    heard held hid hung knelt knew laid leapt leant learnt led left lent lit lost made meant met
    misled mistook oversaw overcame overdrew overheard overpaid overran overrode overtook
    overthrew outdid outgrew outran outsold paid rang ran rebuilt redrew relit remade repaid
    reran resold retold retook rewrote rode rose said sang sank sat saw sent shook shone shot
    shrank slept slid slung sold sought spat sped spent spoke sprang spun stank stole stood
    strode strove struck strung stuck stung swam swept swore swung taught thought threw told took
    tore underwent undertook understood upheld wept went withdrew withheld withstood woke won
    wore wove wrote wrung
    """
    )
)
