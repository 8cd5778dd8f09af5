"""Metonymy: a place name that stands for the government, forces, team or people it hosts.

GeoWebNews marks such uses "Metonymic": "Moscow said", "Turkey's army", "talks with Washington",
"Louisville beat Kentucky". A place gets the actor role when it is the subject of an acting verb
or of a stance ("Russia is concerned"), the possessor of an agentive noun, the agent of a
passive, the one acted on ("accuses Russia", "Russia is accused", "sanctions against Iran",
"giving Russia a chance"), a party to dealings ("pressure on Georgia", "permission from
Georgia", "support for Kyiv"), or one side of a sports fixture ("a loss to Denver"). A town or
county acts only as a subject ("Leeds said"). A name in an address ("Spokane, Washington"), a
dateline or a larger name ("Ohio State University") does not act.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.extract.datelines import in_dateline
from sitrep.extract.event_subjects import subject_read_as_object
from sitrep.extract.natural_hazards import DISASTERS
from sitrep.extract.place_candidates import (
    FEATURE_CUES,
    Mention,
    find_qualifiers,
    qualifier_bonus,
)
from sitrep.extract.token_positions import entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer
    from sitrep.model import Place

# Places that act through a government or authorities ("Gaza said", "the war with Karabakh").
ACTOR_LEVELS = frozenset({"PCLI", "PPLC", "ADM1", "CONT", "region"})
# Towns and counties act through their councils, people or teams, as subjects only.
LOCAL_ACTOR_LEVELS = frozenset({"PPL", "PPLC", "ADM2"})

# fmt: off
# Verbs whose subject, when a country or capital, is its government or forces.
ACTOR_VERBS = frozenset(
    {
        "say", "tell", "announce", "claim", "deny", "confirm", "warn", "accuse", "demand", "urge",
        "call", "insist", "threaten", "vow", "pledge", "promise", "decide", "agree", "refuse",
        "reject", "approve", "sign", "launch", "attack", "strike", "invade", "advance", "deploy",
        "send", "move", "respond", "retaliate", "condemn", "impose", "sanction", "recognize",
        "recognise", "support", "back", "oppose", "seek", "want", "plan", "try", "negotiate", "ask",
        "order", "ban", "expel", "offer", "provide", "supply", "arm", "fund", "help", "withdraw",
        "retake", "capture", "seize", "shell", "bomb", "target", "fire", "block", "veto", "use",
        "push", "step", "lose", "win", "boost", "hit", "kill", "build", "continue", "begin", "blame",
        "argue", "suggest", "believe", "hope", "fear", "expect", "intend", "aim", "consider",
        "allow", "pay", "buy", "sell", "export", "import", "host", "invite", "welcome", "accept",
        "join", "leave", "quit", "suspend", "cut", "raise", "increase", "reduce", "shoot", "defend",
        "protest", "criticize", "criticise", "denounce", "dismiss", "vote", "elect", "appoint",
        "arrest", "detain", "release", "report", "issue", "lead", "fight", "make", "take", "have",
        "set", "manage", "hold", "mount", "claw", "gain", "turn", "reach",
    }
)
ACTOR_NOUNS = frozenset(
    {
        "force", "forces", "troop", "troops", "army", "military", "soldier", "soldiers", "position",
        "positions", "government", "regime", "leadership", "leader", "use", "decision", "offensive",
        "counteroffensive", "attack", "attacks", "invasion", "war", "policy", "support", "ally",
        "allies", "ambassador", "envoy", "diplomat", "diplomats", "response", "strike", "strikes",
        "demand", "demands", "plan", "plans", "threat", "refusal", "assault", "campaign", "advance",
        "advances", "missile", "missiles", "drone", "drones", "weapons", "aggression", "backing",
        "intervention", "involvement", "claim", "claims", "stance", "sanctions", "proposal",
        "request", "move", "efforts", "effort", "approach", "strategy", "bid", "failure",
        "retaliation", "crackdown", "negotiators", "delegation", "officials", "intelligence",
    }
)
# fmt: on


def is_metonymic(token: Token) -> bool:
    """Subject of a verb of saying, deciding or acting, or of a stance; possessor of anything
    but its own land; object (or passive subject) of blame, pressure or support; recipient;
    target; partner in talks or trade; agent of a passive; a conjunct of any of these."""
    head = token.head
    if token.dep_ == "conj" and head.i < token.i:  # "the Syrian government and Russia"
        if head.ent_type_ in PLACE_ENTITY_TYPES:
            return is_metonymic(head)
        return head.lower_ in GOVERNMENT_NOUNS
    if token.dep_ == "nsubj":
        if _told_as_land(token):
            return False  # "Manipur, a state of 3.2 million people, has a long history of ..."
        return head.pos_ in {"VERB", "AUX"} and (_acting_verb(head) or _attitude(head))
    if token.dep_ == "compound" and _hyphened(token):  # "the US-China trade talks"
        return _dealing(_compound_head(token), PARTNER_WORDS)
    if token.dep_ == "poss":  # "Iran's exports"; not "Iran's coast", "sites" or "foreign minister"
        if head.lower_ in ACTOR_NOUNS or _sited_elsewhere(head):
            return True
        return head.pos_ == "NOUN" and head.lower_ not in OWNED_NOT_ACTING

    if token.dep_ == "nsubjpass" and head.lower_ in FEELING_PARTICIPLES:
        return True  # "Washington was deeply disturbed by the reports": its government's feeling
    if token.dep_ in {"dobj", "nsubjpass"}:  # "accuses Russia", "Russia is accused"
        return bool(_base_forms(head.lower_) & OBJECT_VERBS)
    if token.dep_ == "dative":  # "giving Russia a chance", "sold Qatar jets"
        return True
    if token.dep_ == "pobj" and head.lower_ == "by":
        return head.dep_ == "agent" or head.head.pos_ == "NOUN"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if subject_read_as_object(after) == token:  # "a week after Azerbaijan retook it"
        return _acting_verb(after)
    if token.dep_ == "pobj" and head.lower_ == "against":  # "sanctions against Iran"
        return True
    if token.dep_ == "pobj" and head.lower_ in {"with", "between"}:
        return _dealing(head.head, PARTNER_WORDS)
    if token.dep_ == "pobj" and head.lower_ in DEALING_PREPOSITIONS:
        return _dealing(head.head, DEALING_PREPOSITIONS[head.lower_])
    return False


def acts_as_subject(token: Token) -> bool:
    """The subject of an acting verb, or a conjunct of one: a town or county that "said",
    "won" or "can't afford" something is its council, people or team."""
    if token.dep_ == "conj" and token.head.i < token.i:
        return acts_as_subject(token.head)
    return (
        token.dep_ == "nsubj"
        and token.head.pos_ in {"VERB", "AUX"}
        and _acting_verb(token.head)
        and not _told_as_land(token)
    )


def _told_as_land(subject: Token) -> bool:
    """An apposition calls the subject a kind of place and its verb is one a land takes
    ("Manipur, a state of 3.2 million people, has a long history"): the land's, not a
    government's."""
    described = any(c.dep_ == "appos" and c.lower_ in LAND_KINDS for c in subject.children)
    verb = subject.head.lower_
    return described and (verb in IRREGULAR_LAND_VERBS or bool(_base_forms(verb) & PLACE_VERBS))


def _hyphened(token: Token) -> bool:
    """Joined by a hyphen to the name before or after it, as the parties to something are."""
    doc = token.doc
    before = token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    after = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    return before or after


def _compound_head(token: Token) -> Token:
    """The noun a run of compound modifiers modifies: "summit" of "DPRK-U.S. summit"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _dealing(word: Token, vocabulary: frozenset[str]) -> bool:
    """A word of the vocabulary, or a verb whose object is one ("forge a deal with China",
    "puts pressure on Georgia")."""
    objects = [c for c in word.children if c.dep_ == "dobj"] if word.pos_ == "VERB" else []
    return any(_base_forms(w.lower_) & vocabulary for w in [word, *objects])


def _attitude(verb: Token) -> bool:
    """A copula stating a stance or a will: "Russia is concerned", "Tunis is reliant on"."""
    return any(c.dep_ == "acomp" and c.lower_ in ATTITUDE_ADJECTIVES for c in verb.children)


def _acting_verb(verb: Token) -> bool:
    forms = _base_forms(verb.lower_)
    if forms & ACTOR_VERBS:
        return True
    return verb.pos_ == "VERB" and not forms & PLACE_VERBS


# fmt: off
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "NORP", "ORG"})
# A place joined to one of these is a government too ("the Trump administration and Russia").
GOVERNMENT_NOUNS = frozenset({"government", "administration", "regime", "authorities"})
# Kinds of place an apposition may call a name: "Manipur, a state of 3.2 million people".
LAND_KINDS = FEATURE_CUES | {"country", "island", "enclave", "territory"}
IRREGULAR_LAND_VERBS = frozenset({"has", "had", "is", "was"})
# Verbs whose subject is the land itself ("Texas lies", "Kenya has a coast", "Peru saw rain").
PLACE_VERBS = frozenset(
    {
        "be", "lie", "border", "sit", "stretch", "cover", "become", "remain", "see", "get",
        "experience", "suffer", "record", "receive", "have", "contain", "include", "rank", "stay",
        "range", "face", "feel", "grow", "look", "seem", "appear", "go", "come", "know", "mean",
        "account", "produce", "rise", "fall", "enter", "reach", "hit",
    }
)
# Adjectives of a stance or a will, said of a government ("Russia is concerned").
ATTITUDE_ADJECTIVES = frozenset(
    {
        "concerned", "responsible", "reliant", "willing", "unwilling", "ready", "determined",
        "prepared", "keen", "eager", "reluctant", "committed", "opposed", "adamant", "confident",
        "worried", "angry", "furious", "unhappy", "satisfied", "open", "firm",
    }
)
# A government's feelings, which the tagger reads as passives ("Paris was alarmed by").
FEELING_PARTICIPLES = frozenset(
    {
        "disturbed", "alarmed", "troubled", "dismayed", "shocked", "outraged", "angered",
        "saddened", "encouraged", "heartened", "pleased", "delighted", "disappointed",
        "frustrated", "appalled", "horrified", "relieved", "gratified",
    }
)
# What a place owns as land, not as an actor ("Russia's border", "Kenya's coast").
LAND_NOUNS = frozenset(
    {
        "border", "borders", "capital", "coast", "coastline", "city", "cities", "town", "towns",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "part", "parts", "territory", "soil", "region", "regions", "province", "provinces",
        "area", "areas", "land", "population", "largest", "biggest", "weather", "climate",
        "mountains", "river", "rivers", "airport", "streets", "state", "states", "county",
        "districts", "district", "countryside", "villages", "village", "landscape", "shores",
        "interior", "heartland", "outskirts", "centre", "center", "history", "residents",
        "people", "citizens", "inhabitants", "neighbourhoods", "neighborhoods",
        "suburbs", "suburb", "neighbourhood", "neighborhood", "port", "harbour", "harbor",
        "downtown", "old", "skies", "airspace", "waters", "squares", "square", "regency",
        "regencies", "municipality", "prefecture", "governorate", "oblast", "canton",
    }
)
# What befalls a land and its people, counted or suffered there ("China's death toll", "Turkey's
# earthquake"): the land, not its government, whose acts these are not.
MISHAP_NOUNS = DISASTERS | {
    "toll", "tolls", "famine", "outbreak", "epidemic", "epidemics", "casualties", "dead",
}
# Sites and works that stand in a land, where a strike on them lands ("Iran's nuclear sites",
# "Syria's air bases", "Ukraine's power plants"): the land, not its government.
SITE_NOUNS = frozenset(
    {
        "site", "sites", "facility", "facilities", "base", "bases", "airbase", "airbases",
        "airfield", "airfields", "plant", "plants", "installation", "installations", "reactor",
        "reactors", "refinery", "refineries", "depot", "depots", "infrastructure", "grid",
        "dams", "dam", "pipeline", "pipelines", "oilfields", "bridges", "bridge",
    }
)
# People, bodies and sectors a place has: GeoWebNews reads "Russia's embassy" as a modifier.
BODY_NOUNS = frozenset(
    {
        "embassy", "ministry", "minister", "ambassador", "senate", "parliament", "president",
        "premier", "ruler", "regulator", "party", "house", "department", "agency", "court",
        "senators", "teachers", "industry", "industries", "economy", "institutions", "officials",
        "chief", "leader", "king", "queen", "prince", "mayor", "governor", "service", "police",
        "station", "stadium", "suburb", "jails", "prisons", "restaurants", "hospitals", "schools",
        "university", "universities", "companies", "banks", "bank", "media", "press", "team",
        "teams", "guard", "army", "navy", "forces", "troops", "military", "rate", "market",
        "markets", "sector", "problem", "war", "crisis", "pollution", "capital",
    }
)
OWNED_NOT_ACTING = LAND_NOUNS | SITE_NOUNS | BODY_NOUNS | MISHAP_NOUNS
SITING_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "inside"})


def _sited_elsewhere(site: Token) -> bool:
    """ "Iran's bases in Syria": a site said to lie in another place is its owner's, and the strike
    lands where the site is; "Iran's nuclear sites" lie in Iran."""
    return site.lower_ in SITE_NOUNS and any(
        prep.dep_ == "prep"
        and prep.lower_ in SITING_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"} for o in prep.children)
        for prep in site.children
    )
# Verbs whose object, when a country or capital, is its government ("accuses Russia").
OBJECT_VERBS = frozenset(
    {
        "accuse", "blame", "urge", "ask", "order", "support", "sanction", "criticize",
        "criticise", "condemn", "pressure", "press", "warn", "tell", "call", "allow", "force",
        "persuade", "convince", "help", "give", "back", "oppose", "defeat", "beat", "thank",
        "praise", "invite", "appreciate", "join", "fight", "punish", "threaten", "trust",
        "recognize", "recognise", "engage", "lobby", "sue", "fine", "see", "want", "represent",
        "allege", "prompt", "spur", "encourage", "compel",
    }
)
# Nouns and verbs of dealings between parties ("cooperation with Russia", "talks with Iran").
PARTNER_WORDS = frozenset(
    {
        "cooperation", "cooperate", "talk", "talks", "trade", "deal", "agreement", "relation",
        "relations", "ties", "partnership", "negotiate", "negotiation", "negotiations", "meet",
        "meeting", "dispute", "tension", "tensions", "conflict", "war", "dialogue", "agree",
        "sign", "summit", "alliance", "friendship", "contract", "accord", "treaty", "row",
        "relationship", "engage", "deficit", "surplus", "solidarity", "work",
    }
)
# What a government gives, receives or bears, by the preposition before the place: "pressure
# on Georgia", "permission from Georgia", "weapons sold to Saudi Arabia", "support for Kyiv".
DEALING_PREPOSITIONS = {
    "on": frozenset({"pressure", "blame", "sanction", "sanctions", "war", "embargo", "tariff"}),
    "from": frozenset(
        {
            "permission", "backing", "support", "independence", "approval", "aid", "assistance",
            "recognition", "consent", "pressure",
        }
    ),
    "to": frozenset({"sell", "supply", "explain", "request", "lend", "appeal", "ultimatum"}),
    "for": frozenset({"support", "backing", "sympathy", "loan", "loans", "credit"}),
}
# fmt: on


def _base_forms(word: str) -> set[str]:
    """Possible base forms of an inflected word (the pipeline runs without a lemmatizer)."""
    forms = {word}
    for suffix, replacement in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + replacement)
    irregular = {
        "said": "say",
        "told": "tell",
        "sent": "send",
        "struck": "strike",
        "won": "win",
        "lost": "lose",
        "sought": "seek",
        "made": "make",
        "took": "take",
        "began": "begin",
        "shot": "shoot",
        "cut": "cut",
        "hit": "hit",
        "led": "lead",
        "fought": "fight",
        "bought": "buy",
        "sold": "sell",
        "paid": "pay",
        "left": "leave",
        "built": "build",
    }
    if word in irregular:
        forms.add(irregular[word])
    return forms


# fmt: off
SPORTS_WORDS = frozenset(
    {
        "game", "games", "match", "season", "points", "rebounds", "goals", "goal", "scored",
        "coach", "team", "league", "cup", "tournament", "playoff", "playoffs", "championship",
        "win", "won", "beat", "defeat", "defeated", "victory", "score", "overtime", "inning",
        "innings", "quarter", "half", "final", "semifinal", "draw", "striker", "seeded", "derby",
    }
)
FIXTURE_PREPOSITIONS = frozenset({"against", "vs", "vs.", "versus", "over"})
DEFEAT_VERBS = frozenset({"beat", "defeat", "outlast", "rout", "thrash", "outscore"})
FIXTURE_VERBS = frozenset(
    {"beat", "defeat", "outlast", "edge", "top", "rout", "upset", "face", "play", "trail"}
)
# Results and scores that name the opponent: "a goal against Burnley", "a loss to Denver".
RESULT_NOUNS = frozenset(
    {
        "game", "games", "match", "goal", "goals", "points", "win", "victory", "loss", "defeat",
        "draw", "title", "final", "semifinal",
    }
)
TEAM_NOUNS = frozenset({"coach", "players", "player", "squad", "fans", "manager", "quarterback"})
# fmt: on


def is_team_fixture(token: Token) -> bool:
    """A place standing for its sports team: "against Louisville", "Burton beat", "X coach",
    "a loss to Denver"."""
    head = token.head
    if token.dep_ == "compound" and head.lower_ in TEAM_NOUNS:
        return True
    if (
        token.dep_ == "pobj"
        and head.lower_ in FIXTURE_PREPOSITIONS | {"to"}
        and head.head.lower_ in RESULT_NOUNS
    ):
        return True
    if token.dep_ == "dobj" and _base_forms(head.lower_) & DEFEAT_VERBS:
        return True  # a town is beaten only as a team (or an army)
    if not _sporty(token):
        return False
    if token.dep_ == "pobj" and head.lower_ in FIXTURE_PREPOSITIONS:
        return True
    return token.dep_ in {"nsubj", "dobj"} and bool(_base_forms(head.lower_) & FIXTURE_VERBS)


def _sporty(token: Token) -> bool:
    """Two sports words in the sentence: one ("final", "win") is too common elsewhere."""
    return sum(t.lower_ in SPORTS_WORDS for t in token.sent) >= 2


def with_role(
    ctx: DocContext,
    gazetteer: Gazetteer,
    mention: Mention,
    place: Place,
    entry: Entry,
    addresses: set[int],
) -> Place:
    """Mark a place that stands for its government, forces or team. A name the gazetteer lacks,
    placed through a known name inside it ("Ohio State University", "Madras High Court"),
    is a body of its own: when it acts, the place inside it does not."""
    if mention.demonym or mention.head < 0 or not mention.entries:
        return place
    if not entry.country:  # a continent, a region or a union of countries
        return _speaking_union(ctx, mention, place, entry)
    if mention.start in addresses:
        return place  # "a cafe in Spokane, Washington shares recipes": an address does not act
    token = ctx.doc[mention.head]
    if _inside_larger_name(ctx, mention, token):
        return place  # "HSBC Malta", "Ohio State University": a name, not the place
    if in_dateline(token):
        return place  # "KYIV, Ukraine — Russian forces ...": where the story was filed
    if entry.level in ACTOR_LEVELS and is_metonymic(token):
        if entry.level != "PPLC":
            return replace(place, role="actor", refers_to=entry.name)
        country = gazetteer.country(entry.country)
        return replace(place, role="actor", refers_to=country.name if country else entry.name)
    if entry.level in LOCAL_ACTOR_LEVELS and acts_as_subject(token):
        return replace(place, role="actor", refers_to=entry.name)
    if is_team_fixture(token):
        return replace(place, role="actor", refers_to=f"{entry.name} team")
    return place


# Bodies of countries that the gazetteer files as regions; the verbs by which they speak. The
# African Union is no entry ("African" in its name reads as a demonym), so it is not here.
UNION_NAMES = frozenset({"European Union"})
UNION_SPEECH = frozenset({
    "say", "warn", "announce", "urge", "call", "demand", "condemn", "tell", "accuse", "threaten",
    "insist", "pledge", "promise", "vow", "deny", "confirm", "reject",
})  # fmt: skip


def _speaking_union(ctx: DocContext, mention: Mention, place: Place, entry: Entry) -> Place:
    """ "The EU warned Georgia": a union of countries that speaks is its institutions. Its
    other uses ("EU regulation", "the EU responded") stay as the place GeoWebNews reads them."""
    token = ctx.doc[mention.head]
    speaks = token.dep_ == "nsubj" and bool(_base_forms(token.head.lower_) & UNION_SPEECH)
    if entry.name in UNION_NAMES and speaks:
        return replace(place, role="actor", refers_to=entry.name)
    return place


def _inside_larger_name(ctx: DocContext, mention: Mention, token: Token) -> bool:
    if token.ent_type_ not in {"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT"}:
        return False
    entity = entity_of(token)
    return entity is not None and (
        entity.start_char < mention.start or entity.end_char > mention.end
    )


def comma_addresses(
    ctx: DocContext, mentions: list[Mention], chains: list[list[Mention]]
) -> set[int]:
    """The starts of the names in a "Spokane, Washington" pair outside any list: a town and the
    state or country a place of its name lies in, written as an address."""
    listed = {m.start for chain in chains for m in chain}
    ordered = sorted(mentions, key=lambda m: m.start)
    qualified = find_qualifiers(ordered, ctx.text)
    pairs = set()
    for town, larger in itertools.pairwise(ordered):
        if (
            town.start not in listed
            and ctx.text[town.end : larger.start] == ", "
            and any(qualifier_bonus(e, qualified.get(town.start, ())) > 0 for e in town.entries)
        ):
            pairs |= {town.start, larger.start}
    return pairs
