"""Attacks by hacking: a cyberattack on a grid, a bank or a ministry's servers.

"A cyberattack on the electricity grid left 300,000 homes without power" reports an attack a
reader of the ledger wants (who claimed it, when, where the lights went out), so the nouns are
attack triggers (`event_lexicon.NOUNS`) and their weapon is "cyber" (`event_lexicon.WEAPONS`).
ACLED codes physical violence only, so a cyberattack has no ACLED type
(`sitrep.extract.events`). "Attack" is cyber when its own words say so ("a cyber attack", "a
denial-of-service attack"), when hackers, malware or ransomware are the sentence's means, or
when a bare "attack" in a sentence naming no arms follows a cyberattack told earlier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_inflections import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CYBER_NOUNS = frozenset(_w("cyberattack cyberattacks cyber-attack cyber-attacks cyberstrike"))
CYBER_WEAPON = "cyber"
# Words that make the sentence's attack a hacking one.
CYBER_WORDS = frozenset(
    _w(
        "cyber cyberattack cyberattacks cyber-attack cyber-attacks hacker hackers hacking "
        "hacked malware ransomware ddos denial-of-service phishing cyberstrike"
    )
)


def is_cyber(trigger: Token) -> bool:
    """Whether the attack at `trigger` was done by hacking, not with arms."""
    if trigger.lower_ in CYBER_NOUNS:
        return True
    if any(c.lower_ in CYBER_WORDS or c.lower_ == "service" for c in trigger.children):
        return True  # "a cyber attack", "a denial-of-service attack"
    if _names_arms(trigger.sent):
        return False  # "missiles struck Kyiv as hackers hit the banks": the strike is no hack
    if any(t.lower_ in CYBER_WORDS for t in trigger.sent):
        return True
    return _the_cyberattack_again(trigger)


def _names_arms(sent: Span) -> bool:
    return any(lex.WEAPONS.get(t.lower_, CYBER_WEAPON) != CYBER_WEAPON for t in sent)


def _the_cyberattack_again(trigger: Token) -> bool:
    """ "A cyberattack blacked out the capital. ... 'A deliberate attack,' the minister said": a
    bare "attack" after a cyberattack, in a sentence naming no arms, points back to it."""
    if trigger.lower_ not in ("attack", "attacks") or trigger.sent.start == 0:
        return False
    return any(t.lower_ in CYBER_NOUNS for t in trigger.doc[: trigger.sent.start])
