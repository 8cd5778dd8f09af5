"""Trade bans and asset freezes: the economic sanctions one state lays on another.

"Banned exports of fertiliser to Belarus" or "restricted imports of steel from Belarus" is a
SANCTION on Belarus, not a ban at home (PLOVER COERCE, as "banned the opposition party" is);
`sitrep.extract.event_statements` asks here before the general statement lexicon. "Added 60 ships
to its sanctions list" is one too. "Froze the assets" is a sanction only when something is
frozen: "the river froze overnight" is weather.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.verb_objects import object_words

if TYPE_CHECKING:
    from spacy.tokens import Token

TRADE_OBJECTS = frozenset(
    lex.split_words(
        "export exports import imports trade sales sale shipments shipment purchases "
        "transfers deliveries assets funds accounts reserves"
    )
)
BAN_BASES = ("ban", "restrict", "curb", "block", "prohibit")
BAN_FORMS = {form: base for base in BAN_BASES for form in lex.verb_forms(base)}
FREEZING = lex.forms("freeze")
LISTING = lex.forms("add put place")
BLACKLISTS = frozenset(lex.split_words("sanctions blacklist"))


def sanction_entry(verb: Token) -> tuple[str, str, str] | None:
    """A trade ban, a block on assets or a listing for sanctions, as a statement entry."""
    return trade_ban_entry(verb) or listing_entry(verb)


def trade_ban_entry(verb: Token) -> tuple[str, str, str] | None:
    """("sanction", "SANCTION", base) for a verb that bans or curbs trade ("banned exports of") or
    blocks assets ("blocked 2 billion euros of Belarusian assets")."""
    base = BAN_FORMS.get(verb.lower_)
    if base is None or not verb.tag_.startswith("VB"):
        return None
    return ("sanction", "SANCTION", base) if object_words(verb) & TRADE_OBJECTS else None


def listing_entry(verb: Token) -> tuple[str, str, str] | None:
    """ "added 60 ships to its sanctions list", "put two banks on the blacklist": a sanction."""
    if verb.lower_ not in LISTING or not verb.tag_.startswith("VB"):
        return None
    lists = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")]
    listed = any(w.lower_ in BLACKLISTS for p in lists for w in p.subtree)
    return ("sanction", "SANCTION", "list") if listed else None


def nothing_frozen(verb: Token) -> bool:
    """ "the lake froze": a freezing verb with no object (active) or subject (passive) frozen."""
    if verb.lower_ not in FREEZING:
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
