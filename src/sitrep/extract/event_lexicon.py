"""The words that announce events, and the tables from sitrep's event types to ACLED and PLOVER.

The pipeline runs without a lemmatizer, so the lexicon is keyed by surface form: every verb base
is expanded to its inflections (regular ones generated, irregular ones listed). A trigger is
only a candidate; `sitrep.extract.events` checks its context (a deploy needs troops, a "hit"
needs a weapon or an armed actor) before it becomes an event.
"""

from __future__ import annotations

import re

# --- triggers -------------------------------------------------------------------------------

VERBS: dict[str, tuple[str, ...]] = {
    "attack": (
        "attack",
        "strike",
        "shell",
        "bomb",
        "bombard",
        "pound",
        "raid",
        "ambush",
        "storm",
        "assassinate",
        "massacre",
        "explode",
        "detonate",
        "stab",
        "behead",
        "target",
        "shoot",
        "gun",
        "hit",
        "kill",
        "fire",
        "loot",
        "vandalize",
        "vandalise",
        "torch",
        "ransack",
        "rape",
        "molest",
        "lynch",
        "torture",
        "execute",
        "assault",
        "blast",
        "burn",
        "destroy",
        "demolish",
        "gas",
        "poison",
    ),
    "armed_clash": ("clash", "fight", "battle", "skirmish", "repel", "repulse"),
    "seize_territory": ("seize", "capture", "take", "occupy", "overrun", "invade", "conquer"),
    "retake_territory": ("retake", "recapture", "regain", "liberate", "reclaim", "recover", "free"),
    "deploy": (
        "deploy",
        "redeploy",
        "send",
        "dispatch",
        "arrive",
        "station",
        "assemble",
        "mobilize",
        "mobilise",
        "reinforce",
        "mass",
        "position",
        "establish",
    ),
    "withdraw": ("withdraw", "retreat", "evacuate", "vacate", "abandon"),
    "train": ("train",),
    "aid": ("deliver", "provide", "loan", "pledge", "donate", "supply", "give", "grant"),
    "sanction": ("sanction", "expel", "embargo", "blacklist"),
    "agreement": ("agree", "sign", "surrender"),
    "protest": ("protest", "rally", "demonstrate", "march", "picket", "riot"),
    "arrest": ("arrest", "detain", "apprehend", "nab", "jail", "imprison"),
    "abduction": ("kidnap", "abduct"),
}

IRREGULAR: dict[str, tuple[str, ...]] = {
    "strike": ("struck", "stricken"),
    "shoot": ("shot",),
    "fight": ("fought",),
    "take": ("took", "taken"),
    "retake": ("retook", "retaken"),
    "overrun": ("overran",),
    "send": ("sent",),
    "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"),
    "hit": ("hitting",),
    "kidnap": ("kidnapped", "kidnapping"),
    "gun": ("gunned",),
    "nab": ("nabbed",),
    "burn": ("burnt",),
    "free": ("freed",),
    "abandon": ("abandoned",),
    "stab": ("stabbed",),
    "rally": ("rallied", "rallies", "rallying"),
    "supply": ("supplied", "supplies"),
    "occupy": ("occupied", "occupies"),
    "blow": ("blew", "blown"),
    "set": ("setting",),
    "pull": ("pulled",),
    "claw": ("clawed",),
    "open": ("opened",),
    "drive": ("drove", "driven"),
    "hold": ("held",),
    "say": ("said",),
    "tell": ("told",),
    "meet": ("met",),
    "find": ("found",),
    "seek": ("sought",),
}

# (verb base, particle or object) -> type: "claw back", "pull out", "blew up", "opened fire".
PHRASAL: dict[tuple[str, str], str] = {
    ("claw", "back"): "retake_territory",
    ("win", "back"): "retake_territory",
    ("take", "back"): "retake_territory",
    ("pull", "out"): "withdraw",
    ("pull", "back"): "withdraw",
    ("blow", "up"): "attack",
    ("open", "fire"): "attack",
    ("set", "fire"): "attack",
    ("set", "ablaze"): "attack",
    ("take", "over"): "seize_territory",
    ("take", "control"): "seize_territory",
    ("set", "up"): "deploy",
    ("round", "up"): "arrest",
    ("hold", "hostage"): "abduction",
    ("take", "hostage"): "abduction",
}

NOUNS: dict[str, str] = {
    **dict.fromkeys(
        (
            "attack",
            "attacks",
            "strike",
            "strikes",
            "airstrike",
            "airstrikes",
            "air-strike",
            "raid",
            "raids",
            "bombing",
            "bombings",
            "bombardment",
            "bombardments",
            "shelling",
            "shellings",
            "shooting",
            "shootings",
            "explosion",
            "explosions",
            "blast",
            "blasts",
            "massacre",
            "massacres",
            "ambush",
            "ambushes",
            "assault",
            "assaults",
            "assassination",
            "assassinations",
            "gunfire",
            "barrage",
            "barrages",
            "detonation",
            "killing",
            "killings",
            "rape",
            "rapes",
            "looting",
            "lootings",
            "arson",
            "lynching",
            "stabbing",
            "stabbings",
            "onslaught",
            "firing",
            "beheading",
            "car-bombing",
        ),
        "attack",
    ),
    **dict.fromkeys(
        (
            "clash",
            "clashes",
            "fighting",
            "battle",
            "battles",
            "firefight",
            "gunfight",
            "skirmish",
            "skirmishes",
            "hostilities",
            "combat",
        ),
        "armed_clash",
    ),
    **dict.fromkeys(
        ("capture", "seizure", "takeover", "invasion", "occupation"), "seize_territory"
    ),
    **dict.fromkeys(("recapture", "liberation"), "retake_territory"),
    **dict.fromkeys(("deployment", "deployments", "dispatch", "redeployment"), "deploy"),
    **dict.fromkeys(("withdrawal", "retreat", "pullout", "pull-out"), "withdraw"),
    **dict.fromkeys(("sanctions", "embargo", "expulsion"), "sanction"),
    **dict.fromkeys(
        (
            "ceasefire",
            "cease-fire",
            "truce",
            "armistice",
            "surrender",
            "swap",
            "accord",
            "treaty",
            "pact",
        ),
        "agreement",
    ),
    **dict.fromkeys(
        (
            "protest",
            "protests",
            "rally",
            "rallies",
            "demonstration",
            "demonstrations",
            "march",
            "marches",
            "sit-in",
            "sit-ins",
            "riot",
            "riots",
            "protesters",
            "protestors",
            "demonstrators",
            "rioters",
            "marchers",
            "walkout",
            "picket",
        ),
        "protest",
    ),
    **dict.fromkeys(("arrest", "arrests", "detention", "detentions", "custody"), "arrest"),
    **dict.fromkeys(
        (
            "kidnapping",
            "kidnappings",
            "abduction",
            "abductions",
            "hostage",
            "hostages",
            "hostage-taking",
            "disappearance",
            "disappearances",
        ),
        "abduction",
    ),
}

# Triggers that only count next to a sign of conflict (a weapon, an armed actor, a casualty).
WEAK_TRIGGERS = frozenset(
    {
        "hit",
        "kill",
        "fire",
        "target",
        "burn",
        "destroy",
        "execute",
        "gas",
        "poison",
        "firing",
        "killing",
        "killings",
        "take",
        "free",
        "recover",
        "mass",
        "position",
        "establish",
        "custody",
        "hold",
        "demolish",
        "march",
        "marches",
        "assault",
        "assaults",
        "strike",
        "strikes",
        "capture",
        "swap",
        "battle",
        "battles",
        "combat",
        "storm",
        "occupation",
        "retreat",
    }
)
# Triggers that yield to any other trigger of the sentence (kept only when alone).
LOW_PRIORITY = frozenset(
    {
        "kill",
        "killing",
        "killings",
        "protesters",
        "protestors",
        "demonstrators",
        "marchers",
        "custody",
        "hostilities",
        "combat",
        "occupation",
        "free",
        "destroy",
        "burn",
    }
)

# Words that may name an accident as well as an attack: never an attack in a disaster report.
EXPLOSION_WORDS = frozenset({"explode", "blast", "explosion", "explosions", "blasts", "detonation"})
# Themes that make a movement verb a deployment or a training.
MILITARY = frozenset(
    [
        "troops",
        "troop",
        "forces",
        "force",
        "soldiers",
        "soldier",
        "army",
        "armies",
        "units",
        "unit",
        "battalion",
        "battalions",
        "brigade",
        "brigades",
        "regiment",
        "regiments",
        "division",
        "divisions",
        "fighters",
        "marines",
        "sailors",
        "navy",
        "warships",
        "warship",
        "jets",
        "aircraft",
        "personnel",
        "paratroopers",
        "servicemen",
        "reservists",
        "reinforcements",
        "military",
        "militia",
        "militias",
        "militiamen",
        "mercenaries",
        "contingent",
        "peacekeepers",
        "tanks",
        "squadron",
        "commandos",
        "guard",
        "guards",
        "police",
        "policemen",
        "gendarmes",
        "recruits",
        "conscripts",
    ]
)
# Words that show an armed actor or a weapon in the sentence (what a weak trigger needs).
CONFLICT_CUES = MILITARY | frozenset(
    [
        "militants",
        "militant",
        "gunmen",
        "gunman",
        "rebels",
        "rebel",
        "insurgents",
        "insurgent",
        "terrorists",
        "terrorist",
        "jihadists",
        "jihadist",
        "attackers",
        "attacker",
        "assailants",
        "assailant",
        "extremists",
        "bandits",
        "bombers",
        "bomber",
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "artillery",
        "shell",
        "shells",
        "shelling",
        "mortar",
        "mortars",
        "bomb",
        "bombs",
        "grenade",
        "grenades",
        "ied",
        "explosive",
        "explosives",
        "airstrike",
        "airstrikes",
        "warplanes",
        "warplane",
        "helicopter",
        "helicopters",
        "gun",
        "guns",
        "rifle",
        "rifles",
        "bullets",
        "gunfire",
        "mine",
        "landmine",
        "suicide",
        "troops",
        "war",
        "offensive",
        "strike",
        "strikes",
        "raid",
        "attack",
        "attacks",
        "police",
        "mob",
        "hoodlums",
        "looters",
        "shot",
        "machete",
        "machetes",
        "knife",
        "weapons",
        "army",
        "militia",
    ]
)
# Objects that make "seize"/"capture" a disrupted weapons use rather than a territorial gain.
WEAPON_OBJECTS = frozenset(
    [
        "weapons",
        "weapon",
        "arms",
        "ammunition",
        "explosives",
        "explosive",
        "cache",
        "caches",
        "firearms",
        "firearm",
        "rifles",
        "rifle",
        "guns",
        "gun",
        "rounds",
        "grenades",
        "grenade",
        "bombs",
        "bomb",
        "ieds",
        "ied",
        "missiles",
        "rockets",
        "mines",
        "landmines",
        "packages",
        "package",
        "device",
        "devices",
        "drugs",
        "drones",
        "depot",
    ]
)
PERSON_OBJECTS = frozenset(
    [
        "people",
        "persons",
        "person",
        "members",
        "member",
        "militants",
        "militant",
        "suspects",
        "suspect",
        "men",
        "man",
        "women",
        "woman",
        "activists",
        "activist",
        "leader",
        "leaders",
        "commander",
        "commanders",
        "fighters",
        "soldiers",
        "civilians",
        "journalists",
        "journalist",
        "students",
        "student",
        "officials",
        "official",
        "insurgents",
        "rebels",
        "sailors",
        "crew",
        "crewmen",
        "hostages",
        "children",
        "child",
        "passengers",
        "workers",
        "worker",
    ]
)
TERRITORY = frozenset(
    [
        "territory",
        "territories",
        "town",
        "towns",
        "city",
        "cities",
        "village",
        "villages",
        "area",
        "areas",
        "region",
        "regions",
        "district",
        "districts",
        "province",
        "provinces",
        "base",
        "bases",
        "airport",
        "hill",
        "hills",
        "position",
        "positions",
        "crossing",
        "border",
        "neighbourhood",
        "neighborhood",
        "outskirts",
        "control",
        "land",
        "miles",
        "kilometers",
        "kilometres",
        "km",
        "square",
        "stronghold",
        "strongholds",
        "highway",
        "road",
        "port",
        "island",
        "islands",
        "country",
        "checkpoint",
        "checkpoints",
        "headquarters",
    ]
)
AID_OBJECTS = frozenset(
    [
        "aid",
        "assistance",
        "loan",
        "loans",
        "package",
        "packages",
        "funds",
        "money",
        "dollars",
        "euros",
        "weapons",
        "arms",
        "ammunition",
        "food",
        "medicine",
        "medicines",
        "supplies",
        "equipment",
        "grain",
        "tons",
        "tonnes",
        "vaccines",
        "doses",
        "$",
        "billion",
        "million",
        "support",
        "systems",
        "missiles",
        "tanks",
        "jets",
    ]
)
AGREEMENT_OBJECTS = frozenset(
    [
        "deal",
        "agreement",
        "accord",
        "treaty",
        "pact",
        "ceasefire",
        "truce",
        "memorandum",
        "contract",
        "protocol",
    ]
)
LIGHT_VERBS = frozenset(
    [
        "conduct",
        "conducted",
        "conducting",
        "conducts",
        "carry",
        "carried",
        "carrying",
        "carries",
        "launch",
        "launched",
        "launching",
        "launches",
        "stage",
        "staged",
        "staging",
        "stages",
        "mount",
        "mounted",
        "mounting",
        "mounts",
        "wage",
        "waged",
        "waging",
        "unleash",
        "unleashed",
        "make",
        "made",
        "hold",
        "held",
        "holding",
        "commit",
        "committed",
        "perpetrate",
        "perpetrated",
    ]
)
REPORTING_VERBS = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "told",
        "telling",
        "warn",
        "warned",
        "warns",
        "warning",
        "report",
        "reported",
        "reports",
        "reporting",
        "announce",
        "announced",
        "announces",
        "claim",
        "claimed",
        "claims",
        "state",
        "stated",
        "states",
        "add",
        "added",
        "estimate",
        "estimated",
        "predict",
        "predicted",
        "believe",
        "believed",
    ]
)
# Statements and other acts, coded only when a sentence has no other event: form -> PLOVER.
STATEMENT_VERBS: dict[str, tuple[str, str | None]] = {
    **{v: ("statement", None) for v in ("say", "tell", "announce", "state", "report", "add")},
    **{v: ("statement", "THREATEN") for v in ("warn", "threaten")},
    **{v: ("statement", "DEMAND") for v in ("demand", "urge", "order", "insist", "press", "ask")},
    **{
        v: ("statement", "REJECT")
        for v in (
            "reject",
            "refuse",
            "deny",
            "veto",
            "dismiss",
            "oppose",
            "decline",
            "block",
            "impose",
        )
    },
    **{
        v: ("statement", "DISAPPROVE")
        for v in (
            "accuse",
            "condemn",
            "criticize",
            "criticise",
            "denounce",
            "blame",
            "sue",
            "complain",
            "summon",
            "protest",
            "charge",
        )
    },
    **{
        v: ("statement", "SUPPORT")
        for v in (
            "praise",
            "welcome",
            "support",
            "endorse",
            "back",
            "defend",
            "recognize",
            "upgrade",
        )
    },
    **{v: ("statement", "AGREE") for v in ("promise", "offer", "pledge", "vow", "propose")},
    **{
        v: ("other", "CONSULT")
        for v in ("meet", "visit", "host", "telephone", "discuss", "negotiate", "talk")
    },
    **{v: ("other", "INVESTIGATE") for v in ("investigate", "probe", "inspect", "examine")},
    **{
        v: ("other", "CONCEDE")
        for v in (
            "concede",
            "allow",
            "lift",
            "ease",
            "cancel",
            "release",
            "pardon",
            "shorten",
            "permit",
        )
    },
    **{v: ("other", "COOPERATE") for v in ("cooperate", "share", "extradite", "exchange")},
    **{
        v: ("other", "COERCE")
        for v in (
            "confiscate",
            "ban",
            "outlaw",
            "prevent",
            "deport",
            "censor",
            "suspend",
            "close",
            "seal",
        )
    },
    **{v: ("other", "RETREAT") for v in ("resign", "step")},
    **{v: ("other", "MOBILIZE") for v in ("alert", "strengthen", "prepare")},
}


def verb_forms(base: str) -> set[str]:
    """Inflections of a verb base; over-generation is harmless because the tag is checked too."""
    stem = base[:-1]
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        forms |= {stem + "ing"}
    if base.endswith("y"):
        forms |= {stem + "ies", stem + "ied"}
    if len(base) <= 4 and base[-1] not in "aeiouwy":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms | set(IRREGULAR.get(base, ()))


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for event_type, bases in table.items():
        for base in bases:
            for form in verb_forms(base):
                index.setdefault(form, (event_type, base))
    return index


VERB_INDEX = _index(VERBS)
PHRASAL_BASES: dict[str, str] = {form: base for base, _ in PHRASAL for form in verb_forms(base)}
STATEMENT_INDEX: dict[str, tuple[str, str | None, str]] = {
    form: (*kind, base) for base, kind in STATEMENT_VERBS.items() for form in verb_forms(base)
}

# --- weapons --------------------------------------------------------------------------------

WEAPONS: dict[str, str] = {
    **dict.fromkeys(("drone", "drones", "uav", "uavs", "kamikaze-drone"), "drone"),
    **dict.fromkeys(("missile", "missiles"), "missile"),
    **dict.fromkeys(("rocket", "rockets", "katyusha", "katyushas"), "rocket"),
    **dict.fromkeys(
        ("artillery", "shell", "shells", "shelling", "howitzer", "howitzers", "cannon"), "artillery"
    ),
    **dict.fromkeys(("mortar", "mortars"), "mortar"),
    **dict.fromkeys(("tank", "tanks"), "tank"),
    **dict.fromkeys(
        (
            "airstrike",
            "airstrikes",
            "warplane",
            "warplanes",
            "jet",
            "jets",
            "aircraft",
            "helicopter",
            "helicopters",
            "gunship",
            "gunships",
            "bomber",
            "bombers",
            "air-strike",
        ),
        "aircraft",
    ),
    **dict.fromkeys(("ied", "ieds", "rcied", "roadside"), "IED"),
    **dict.fromkeys(("bomb", "bombs", "explosive", "explosives", "dynamite"), "bomb"),
    **dict.fromkeys(("landmine", "landmines", "mine", "mines"), "landmine"),
    **dict.fromkeys(("grenade", "grenades"), "grenade"),
    **dict.fromkeys(
        (
            "gun",
            "guns",
            "rifle",
            "rifles",
            "gunfire",
            "bullets",
            "gunmen",
            "gunman",
            "pistol",
            "ak-47",
            "firearms",
        ),
        "firearm",
    ),
    **dict.fromkeys(("knife", "knives", "machete", "machetes", "axe", "sword"), "knife"),
    **dict.fromkeys(("chlorine", "sarin", "mustard", "chemical"), "chemical"),
}

# --- ACLED ----------------------------------------------------------------------------------


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


CHEMICAL = _rx(
    r"\b(chemical (weapon|attack|agent)s?|(poison(ous)?|toxic|mustard|nerve|chlorine)[ -]gas|chlorine|sarin|nerve agent|gas attack)"
)
SUICIDE = _rx(
    r"\b(suicide|kamikaze|blew (himself|herself|themselves) up|self-detonat|explosive (vest|belt))"
)
GRENADE = _rx(r"\bgrenades?\b")
AIR = _rx(
    r"\b(air[ -]?strikes?|air[ -]?raids?|warplanes?|war ?jets?|fighter jets?|jets|aircraft|helicopters?|gunships?|drones?|uavs?|air force|aerial|bombers|air missiles?|planes?)\b"
)
ARTILLERY = _rx(
    r"\b(artillery|shell(s|ed|ing)?|missiles?|rockets?|mortars?|howitzers?|tanks?|katyushas?|projectiles?|anti-aircraft guns?|cannons?|ballistic)\b"
)
EXPLOSIVE = _rx(
    r"\b(ieds?|rcied|improvised explosive|roadside bomb|car bomb|bombs?|landmines?|mines?|explosive devices?|explosives?|booby[- ]trap|bombing|blast|explosion|exploded|detonat\w*|sticky bomb)\b"
)
PROTESTERS = _rx(r"\b(protest\w*|demonstrat\w*|rall(y|ies)|marchers|sit-ins?|crowds?|strikers)\b")
FORCE = _rx(
    r"\b(opened fire|fired (on|at|into)|live (bullets|rounds|ammunition)|shot (dead|and killed)|killing|killed|dead|shot|beat\w*|batons?|brutal\w*|attacked)\b"
)
INTERVENTION = _rx(
    r"\b(tear ?gas|water ?cannons?|disperse\w*|arrest\w*|detain\w*|rubber bullets|pepper[- ]spray\w*|police (chase\w*|clash\w*|block\w*)|riot police|broke up|break up|cracked down|crackdown|stun grenades?|forcefully|dispersal)\b"
)
VIOLENT_PROTEST = _rx(
    r"\b(violen\w*|riot\w*|clash\w*|stones|rocks|bottles|smash\w*|debris|stone-throwing|(threw|throwing|hurled|hurling|pelted|pelting) (stones|rocks|bottles|petrol|molotov)|molotov|torch\w*|set (fire|ablaze)|vandali\w*|clash(ed|es)? with (police|security)|firecrackers|looted|stormed|rampage\w*|burn(ed|t|ing) (tyres|tires|cars|vehicles))\b"
)
SEXUAL = _rx(
    r"\b(rap(e|ed|es|ing)|gang-raped|sexual(ly)? (assault\w*|abus\w*|violence|harass\w*)|molest\w*)\b"
)
MOB = _rx(r"\b(mobs?|lynch\w*|vigilantes?|angry (crowd|residents|villagers))\b")
LOOTING = _rx(
    r"\b(loot\w*|vandali\w*|ransack\w*|torch(ed|ing)|set (on )?fire|set ablaze|arson|burn(ed|t) down|demolish\w*|destroy\w* (property|propert\w*|shops?|houses?|homes?))\b"
)
CLASH = _rx(
    r"\b(clash\w*|fighting|battle\w*|gunfight\w*|firefight\w*|exchange of fire|exchanged fire|skirmish\w*|fierce|repel\w*|repuls\w*|pushed (them )?back|counter-?attack\w*)\b"
)
NON_STATE = _rx(
    r"\b(militants?|rebels?|insurgents?|jihadists?|terrorists?|extremists?|islamic state|isis|isil|daesh|al[- ]shabaa?b|taliban|boko haram|al[- ]qaeda|hezbollah|houthis?|armed groups?|militias?|fighters|guerrillas?|separatists?|ypg|sdf|pkk|hts|opposition forces|insurgency)\b"
)
STATE = _rx(
    r"\b(army|government|regime|security forces|troops|military|soldiers|forces|police|national guard|marines)\b"
)
NON_VIOLENT = _rx(
    r"\b(without (a fight|resistance|fighting|clashes)|withdr[ae]w\w*|withdrawal|vacated?|deserted|abandoned|handed over|hand over|pulled out|peacefully|uncontested|surrender\w*|left the)\b"
)
HQ = _rx(
    r"\b(set(ting)? up|establish\w*|built|build\w*|open(ed|s)?) (a |an |the |its |new |their |\w+ ){0,4}(observation )?(posts?|points?|bases?|headquarters|hq|camps?|outposts?|checkpoints?|positions?)\b"
)
GROUP_CHANGE = _rx(
    r"\b(formed|merged|merger|disband\w*|split|splinter|rename\w*|mobiliz\w*|mobilis\w*|recruit\w*|defect\w*|joined forces|pull(ed|s|ing)? back|regroup\w*|relocat\w*|redeploy\w*|deploy\w*|stationed|reinforce\w*|new (group|faction|unit|leader))\b"
)
DISRUPTED = _rx(
    r"\b(defus\w*|intercept\w*|thwart\w*|foil\w*|seiz\w*|confiscat\w*|discover\w*|found|recover\w*|dismantl\w*|cache|caches|depot|shot down|downed|neutrali[sz]\w*|disarm\w*)\b"
)
ABDUCTION = _rx(
    r"\b(kidnap\w*|abduct\w*|hostages?|taken captive|held captive|forced(ly)? disappear\w*|went missing|disappeared)\b"
)
ARREST = _rx(r"\b(arrest\w*|detain\w*|apprehend\w*|custody|rounded up|nabbed|jailed|imprisoned)\b")
AGREEMENT = _rx(
    r"\b(agree\w*|ceasefire|cease-fire|truce|peace (deal|accord|agreement|treaty)|surrender\w*|swap|prisoner exchange|signed|accord|pact)\b"
)
DISASTER = _rx(
    r"\b(accident\w*|leak\w*|collapsed?|collision|collided|crash\w*|derail\w*|short circuit|blaze|caught fire|factory fire|gas cylinder|cylinder blast|boiler|earthquake|flood\w*|landslides?|cyclone|hurricane|typhoon|storm|volcano|eruption|wildfires?|tsunami|drought|torrential|heavy rains?|avalanche)\b"
)
CRIME = _rx(
    r"\b(robber\w*|robbed|smuggl\w*|traffick\w*|drugs?|narcotics|theft|thieves|stolen|burglar\w*|fraud|gangs?|gangsters?|pornography|extortion|cartel|heist|migrants?)\b"
)
ATTRIBUTION = _rx(
    r"\b(claim(ed|s|ing)? (the )?responsibility|took credit|takes credit|blam(e|ed|es|ing)|accus(e|ed|es|ing)\b.* of|denied (his|its|their|the)? ?\w* ?(was|were)? ?responsib|responsib\w+ for)"
)
ARMED_TARGET = _rx(
    r"\b(checkpoints?|convoys?|military (base|post|positions?)|positions|outposts?|soldiers|troops|security forces|army|policemen|police (station|post)|barracks)\b"
)
OTHER = _rx(r"\b(mass graves?|fled|fleeing|displac\w*|refugees)\b")


def acled_subtype(event_type: str, context: str, actor_text: str = "") -> str | None:
    """ACLED's sub-event type for an event of `event_type` whose sentence (or snippet) is `context`.

    `actor_text`, the words naming the actor, decides between government and non-state gains.
    """
    if event_type in ("deploy", "withdraw") and DISASTER.search(context):
        return None
    if event_type in ("seize_territory", "retake_territory") and actor_text:
        if NON_VIOLENT.search(context):
            return "Non-violent transfer of territory"
        if NON_STATE.search(actor_text):
            return "Non-state actor overtakes territory"
        if STATE.search(actor_text) or event_type == "retake_territory":
            return "Government regains territory"
    chooser = _ACLED_BY_TYPE.get(event_type)
    return chooser(context) if chooser else None


def _acled_attack(text: str) -> str | None:
    protest = PROTESTERS.search(text)
    if SEXUAL.search(text):
        return "Sexual violence"
    if CHEMICAL.search(text):
        return "Chemical weapon"
    if SUICIDE.search(text):
        return "Suicide bomb"
    if GRENADE.search(text):
        return "Grenade"
    if protest and VIOLENT_PROTEST.search(text):
        return "Violent demonstration"
    if protest and FORCE.search(text) and not MOB.search(text):
        return "Excessive force against protesters"
    if protest and INTERVENTION.search(text):
        return "Protest with intervention"
    if AIR.search(text):
        return "Air/drone strike"
    if ARTILLERY.search(text):
        return "Shelling/artillery/missile attack"
    if EXPLOSIVE.search(text):
        return "Remote explosive/landmine/IED"
    if MOB.search(text):
        return "Mob violence"
    if LOOTING.search(text):
        return "Looting/property destruction"
    if CLASH.search(text) or (NON_STATE.search(text) and ARMED_TARGET.search(text)):
        return "Armed clash"
    return "Attack"


def _acled_clash(text: str) -> str | None:
    if PROTESTERS.search(text) and VIOLENT_PROTEST.search(text):
        return "Violent demonstration"
    if CHEMICAL.search(text):
        return "Chemical weapon"
    return "Armed clash"


def _acled_territory(event_type: str, text: str) -> str:
    if NON_VIOLENT.search(text):
        return "Non-violent transfer of territory"
    if event_type == "retake_territory" and not NON_STATE.search(text):
        return "Government regains territory"
    if NON_STATE.search(text) or not STATE.search(text):
        return "Non-state actor overtakes territory"
    return "Government regains territory"


def _acled_protest(text: str) -> str:
    if FORCE.search(text) and re.search(
        r"\b(police|security|forces|troops|soldiers|officers)\b", text, re.I
    ):
        if re.search(
            r"\b(kill\w*|dead|died|live (bullets|rounds|ammunition)|opened fire|fired (on|at|into)|shot)\b",
            text,
            re.I,
        ):
            return "Excessive force against protesters"
    if VIOLENT_PROTEST.search(text):
        return "Violent demonstration"
    if INTERVENTION.search(text):
        return "Protest with intervention"
    if MOB.search(text):
        return "Mob violence"
    return "Peaceful protest"


def _acled_arrest(text: str) -> str | None:
    if PROTESTERS.search(text):
        return "Protest with intervention"
    if CRIME.search(text):
        return None
    return "Arrests"


def _acled_deploy(text: str) -> str:
    return "Headquarters or base established" if HQ.search(text) else "Change to group/activity"


def _acled_withdraw(text: str) -> str:
    if re.search(
        r"\b(seiz\w*|took|taken|control|captur\w*|overr[au]n|entered|allow\w*)\b", text, re.I
    ):
        return "Non-violent transfer of territory"
    return "Change to group/activity"


_ACLED_BY_TYPE = {
    "attack": _acled_attack,
    "armed_clash": _acled_clash,
    "seize_territory": lambda text: _acled_territory("seize_territory", text),
    "retake_territory": lambda text: _acled_territory("retake_territory", text),
    "protest": _acled_protest,
    "arrest": _acled_arrest,
    "abduction": lambda text: "Abduction/forced disappearance",
    "agreement": lambda text: "Agreement",
    "deploy": _acled_deploy,
    "withdraw": _acled_withdraw,
    "other": lambda text: None,
}

# --- PLOVER ---------------------------------------------------------------------------------

PLOVER_BY_TYPE: dict[str, str | None] = {
    "armed_clash": "FIGHT",
    "seize_territory": "FIGHT",
    "retake_territory": "FIGHT",
    "deploy": "MOBILIZE",
    "withdraw": "RETREAT",
    "train": "MOBILIZE",
    "aid": "AID",
    "sanction": "SANCTION",
    "agreement": "AGREE",
    "protest": "PROTEST",
    "arrest": "COERCE",
    "abduction": "ASSAULT",
    "statement": None,
    "other": None,
}
# Conventional, organised violence is FIGHT in PLOVER; the rest (bombs, knives, beatings) ASSAULT.
CONVENTIONAL_WEAPONS = frozenset(
    {"drone", "missile", "rocket", "artillery", "mortar", "tank", "aircraft"}
)
COERCIVE_ACLED = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def plover_type(event_type: str, weapons: tuple[str, ...], acled: str | None) -> str | None:
    """The PLOVER event type for a sitrep event type, its weapons and its ACLED sub-type."""
    if acled in COERCIVE_ACLED:
        return "COERCE"
    if acled == "Armed clash":
        return "FIGHT"
    if event_type == "attack":
        return "FIGHT" if CONVENTIONAL_WEAPONS.intersection(weapons) else "ASSAULT"
    return PLOVER_BY_TYPE.get(event_type)
