"""The modal auxiliaries, one list for every reader of an event's modality.

`event_modals` (what a modal makes of an act), `event_senses` (a warning that foretells no act)
and `event_toll_rises` (a toll that "may rise") each kept a copy, and the copies drifted. This is
a leaf with no sitrep imports because `event_lexicon` imports `event_senses`: a list kept in
`event_lexicon`, or in any module importing it, would make an import cycle.
"""

from __future__ import annotations

# A duty or advice: "must withdraw", "should leave".
MUST = frozenset({"must", "should"})
# An act to come, or a reported "will": "will strike", "would respond", "won't" ("wo" + "n't").
WILL = frozenset({"will", "would", "'ll", "’ll", "shall", "wo"})
# A possibility: "may halt", "could rise".
MIGHT = frozenset({"may", "might", "could"})
# An ability: "can reach".
CAN = frozenset({"can"})
MODALS = MUST | WILL | MIGHT | CAN
