"""Ground named only by its name, and gains told by the campaign that won them.

"Capture", "take" and "seize" take people and goods as well as ground, so `event_triggers` reads
a gain of ground only when the object is ground: a territory word or a place the tagger knows. A
small town missing from the gazetteer, tagged an organisation or a person ("M23 rebels captured
Kamanyola"), is ground too when an armed group took it: such a side takes towns, and a person it
seized is told with a full name or a person's word (`event_people_seized`). A surname alone looks
like a town's name ("ISWAP fighters captured Shettima"), so the name is ground only where the report
tells it is: "took control of X", a town or a village in the sentence, a mapped place in the clause,
the name told as ground elsewhere ("the town of X", "near X") or "the town" opening the next
sentence; never with a person's pronoun after it ("seized Okafor as he left"). The event keeps the
name as its place, not on the map, as the place extractor keeps "the town of X" it cannot find.

A campaign of arms as the subject ("A Ukrainian counteroffensive recaptured Kherson") tells one
act, the gain, by its verb; the campaign is its means and its owner the side that gained
(`event_campaigns.no_campaign_fought` drops the campaign noun as an event of its own). It stands
in for the armed side only: the object must still name ground ("the offensive took two years",
"the raid seized weapons" gain none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_lexicon as lex
from sitrep.extract.actor_unnamed import unnamed_side
from sitrep.extract.actors import is_non_state, normalize_actor
from sitrep.extract.event_people_seized import is_person
from sitrep.model import EventPlace

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Campaigns of arms whose subject-verb tells the ground they won ("the assault captured ...").
GAINING_CAMPAIGNS = lex.CAMPAIGN_NOUNS | frozenset(
    lex.split_words(
        "assault assaults push advance advances operation incursion counterattack "
        "counter-attack blitz"
    )
)
GAIN_TYPES = frozenset({"seize_territory", "retake_territory"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words that tell a lone name is a settlement ("the town", "a village in the north").
_SETTLEMENTS = frozenset(
    lex.split_words(
        "town towns city cities village villages district districts region province locality "
        "hamlet settlement"
    )
)
_WHEREABOUTS = frozenset(lex.split_words("in near around outside into towards toward"))
_PERSONAL = frozenset(lex.split_words("he she him her his"))  # "seized Okafor as he left"
# Verbs of gain that take people and goods as well ("took two years", "seized weapons").
_TAKING_ANYTHING = lex.WEAK_TRIGGERS | frozenset(lex.split_words("seize free recover"))
_HOLDING = frozenset({"control", "hold"})  # "took control of X": X is the ground
_NAME_PARTS = frozenset({"compound", "punct"})  # "Bulo Marer", "Kfar-Aza": one name


def gaining_campaign(verb: Token) -> Token | None:
    """The campaign noun that is the subject of a verb of gain ("the offensive retook ...")."""
    subject = _subject(verb)
    if subject is None or subject.lower_ not in GAINING_CAMPAIGNS:
        return None
    return subject if lex.VERB_INDEX.get(verb.lower_, ("",))[0] in GAIN_TYPES else None


def campaign_took_ground(verb: Token) -> bool:
    """ "A Russian assault captured Avdiivka": a campaign of arms as the subject of a verb of
    gain whose object names ground (a territory word, a mapped place or an unlisted town's name);
    not "the offensive took two years", "the raid seized weapons". A verb that only ever tells a
    gain ("retook", "recaptured") needs no such object."""
    if gaining_campaign(verb) is None:
        return False
    if _gains_only(verb):
        return True
    objects = [_held(c) for c in verb.children if c.dep_ == "dobj"]
    # a campaign takes no person: a lone name it took is ground even when the tagger reads it
    # a person's ("A Russian assault captured Avdiivka/PERSON")
    return any(
        o.lower_ in lex.TERRITORY or o.ent_type_ in _PLACE_LABELS or _bare_name(o) for o in objects
    )


def unlisted_ground(verb: Token) -> Token | None:
    """The lone proper name an armed side or a campaign took ("captured Kamanyola"), or None."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    objects = [_held(c) for c in dobjs]
    if len(objects) != 1 or not _lone_name(objects[0]) or not _taken_by_arms(verb):
        return None
    held = objects[0] is not dobjs[0]  # "took control of Kamanyola"
    campaign = gaining_campaign(verb) is not None  # a campaign takes no person
    told = held or campaign or _gains_only(verb) or _told_as_ground(verb, objects[0])
    return objects[0] if told else None


def _gains_only(verb: Token) -> bool:
    """A verb that only ever tells a gain of ground ("retook", "recaptured")."""
    return lex.VERB_INDEX.get(verb.lower_, ("", "take"))[1] not in _TAKING_ANYTHING


def _told_as_ground(verb: Token, name: Token) -> bool:
    """Whether the report tells that the lone name taken is ground, not a person told by surname
    ("ISWAP fighters captured Shettima") nor a company ("Rebels captured Reuters")."""
    sent = verb.sent
    if any(t.lower_ in _PERSONAL for t in sent if t.i > name.i):
        return False  # "Gunmen seized Okafor as he left the mosque"
    if any(t.lower_ in _SETTLEMENTS for t in sent):
        return True  # "captured Kamanyola, a town in South Kivu"
    subject = _subject(verb)
    taker = set() if subject is None else {t.i for t in subject.subtree}
    if any(
        t.ent_type_ in _PLACE_LABELS and t.i not in taker and t.i != name.i for t in verb.subtree
    ):
        return True  # "captured Kamanyola in South Kivu"
    return _ground_elsewhere(name) or _next_sentence_names_a_settlement(sent)


def _ground_elsewhere(name: Token) -> bool:
    """ "the town of Kamanyola", "Kamanyola, a town ...", "fighting near Kamanyola" elsewhere in
    the article: the same name told as ground."""
    for other in name.doc:
        if other.i == name.i or other.text != name.text:
            continue
        if other.dep_ == "pobj" and other.head.lower_ in _WHEREABOUTS:
            return True
        if other.dep_ == "pobj" and other.head.head.lower_ in _SETTLEMENTS:
            return True  # "the town of Kamanyola"
        if any(c.dep_ == "appos" and c.lower_ in _SETTLEMENTS for c in other.children):
            return True
    return False


def _next_sentence_names_a_settlement(sent: Span) -> bool:
    """ "... captured Kamanyola on Monday. The town lies on the road to Uvira." """
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    opening = doc[sent.end : min(sent.end + 2, len(doc))]
    return len(opening) == 2 and opening[0].lower_ == "the" and opening[1].lower_ in _SETTLEMENTS


def _held(noun: Token) -> Token:
    """The ground of "took control of Kamanyola", or the object itself."""
    if noun.lower_ not in _HOLDING:
        return noun
    held = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return held[0] if len(held) == 1 else noun


def unlisted_ground_place(verb: Token) -> EventPlace | None:
    """The place of a gain whose ground only its name tells, unplaced on the map."""
    ground = unlisted_ground(verb)
    if ground is None:
        return None
    return EventPlace(name=_name(ground), lat=None, lon=None, level=None)


def _subject(verb: Token) -> Token | None:
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "captured Goma ... and seized Bukavu": the first verb's subject
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _lone_name(noun: Token) -> bool:
    """A proper name with nothing before it but its own parts: no article ("the Pentagon"), no
    name the tagger gives a person ("captured Mbeki"), no known side ("captured Hamas"). Names
    joined by "and" are each such a name ("captured Kamanyola and Luvungi")."""
    if noun.ent_type_ == "PERSON" or is_person(noun):
        return False
    return _bare_name(noun)


def _bare_name(noun: Token) -> bool:
    """A proper name with nothing before it but its own parts, naming no known side."""
    if noun.tag_ != "NNP":
        return False
    parts = [c for c in noun.children if c.dep_ in _NAME_PARTS]
    joined = [c for c in noun.children if c.dep_ in ("cc", "conj")]
    told = [c for c in noun.children if c.dep_ == "appos" and c.lower_ in _SETTLEMENTS]
    if len(parts) + len(joined) + len(told) != len(list(noun.children)):
        return False
    if any(w.tag_ != "NNP" and w.dep_ != "punct" for p in parts for w in p.subtree):
        return False
    if not all(_bare_name(c) for c in joined if c.dep_ == "conj"):
        return False
    return normalize_actor(_name(noun)) is None


def _name(noun: Token) -> str:
    """The name's own words ("Bulo Marer", "Kfar-Aza"), without the names joined to it."""
    parts = [c for c in noun.children if c.dep_ in _NAME_PARTS and c.text != ","]
    words = [w for c in parts for w in c.subtree] + [noun]
    text = " ".join(w.text for w in sorted(words, key=lambda w: w.i))
    return text.replace(" - ", "-")


def _taken_by_arms(verb: Token) -> bool:
    """Whether the subject is a campaign of arms, a named non-state group or unnamed armed men."""
    subject = _subject(verb)
    if subject is None:
        return False
    if gaining_campaign(verb) is not None:
        return True  # the campaign stands in for the armed side; the object must be ground
    name = normalize_actor(" ".join(t.text for t in subject.subtree))
    return (name is not None and is_non_state(name)) or unnamed_side(subject) is not None
