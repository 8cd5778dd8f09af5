"""The words that announce events, and the tables from sitrep's event types to ACLED and PLOVER.

The pipeline runs without a lemmatizer, so the lexicon is keyed by surface form: every verb base
is expanded to its inflections (`sitrep.extract.event_inflections`). A trigger is
only a candidate; `sitrep.extract.events` checks its context (a deploy needs troops, a "hit"
needs a weapon or an armed actor) before it becomes an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_inflections import IRREGULAR as IRREGULAR
from sitrep.extract.event_inflections import forms as forms
from sitrep.extract.event_inflections import split_words as split_words
from sitrep.extract.event_inflections import verb_forms as verb_forms
from sitrep.extract.event_senses import sense_entry

if TYPE_CHECKING:
    from spacy.tokens import Token


_w = split_words

# --- triggers -------------------------------------------------------------------------------

VERBS: dict[str, tuple[str, ...]] = {
    "attack": _w(
        "attack strike shell bomb bombard pound raid ambush storm "
        "assassinate massacre explode detonate stab behead target shoot gun "
        "hit kill fire loot vandalize vandalise torch ransack rape molest "
        "lynch torture execute assault blast burn destroy demolish gas "
        "poison hurl lob drop launch neutralise neutralize ram murder"
    ),
    "armed_clash": ("clash", "fight", "battle", "skirmish", "repel", "repulse", "besiege"),
    "seize_territory": _w("seize capture take occupy overrun invade conquer"),
    "retake_territory": ("retake", "recapture", "regain", "liberate", "reclaim", "recover", "free"),
    "deploy": _w(
        "deploy redeploy send dispatch arrive station assemble mobilize "
        "mobilise reinforce mass position establish defect disband regroup form move"
    ),
    "withdraw": ("withdraw", "retreat", "evacuate", "vacate", "abandon"),
    "train": ("train",),
    "aid": ("deliver", "provide", "loan", "lend", "pledge", "donate", "supply", "give", "grant"),
    "sanction": ("sanction", "expel", "embargo", "blacklist"),
    "agreement": ("agree", "sign", "surrender"),
    "protest": ("protest", "rally", "demonstrate", "march", "picket", "riot"),
    "arrest": ("arrest", "detain", "apprehend", "nab", "jail", "imprison"),
    "abduction": ("kidnap", "abduct"),
}


# (verb base, particle or object) -> type: "claw back", "pull out", "blew up", "opened fire".
PHRASAL: dict[tuple[str, str], str] = {
    ("claw", "back"): "retake_territory",
    ("win", "back"): "retake_territory",
    ("take", "back"): "retake_territory",
    ("pull", "out"): "withdraw",
    ("pull", "back"): "withdraw",
    ("blow", "up"): "attack",
    ("go", "off"): "attack",  # a bomb "went off"; needs a sign of conflict (alarms go off too)
    ("open", "fire"): "attack",
    ("exchange", "fire"): "armed_clash",
    ("exchange", "gunfire"): "armed_clash",
    ("trade", "fire"): "armed_clash",
    ("set", "fire"): "attack",
    ("set", "ablaze"): "attack",
    ("take", "over"): "seize_territory",
    ("take", "control"): "seize_territory",
    ("establish", "control"): "seize_territory",
    ("gain", "control"): "seize_territory",
    ("restore", "control"): "retake_territory",  # "restored full control over the town"
    ("set", "up"): "deploy",
    ("round", "up"): "arrest",
    ("hold", "hostage"): "abduction",
    ("take", "hostage"): "abduction",
    ("hand", "over"): "seize_territory",  # ground handed over: a non-violent transfer
    # "drove the rebels out of the town": ground won back, unless a rebel or a foreign army
    # does the driving (`event_ground`); the ground must be named
    ("drive", "out"): "retake_territory",
    ("push", "out"): "retake_territory",
    ("push", "into"): "seize_territory",  # "pushed deep into Aleppo": named ground, `event_ground`
    ("advance", "into"): "seize_territory",
}

NOUNS: dict[str, str] = {
    **dict.fromkeys(
        _w(
            "attack attacks strike strikes airstrike airstrikes air-strike raid raids "
            "bombing bombings bombardment bombardments shelling shellings shooting "
            "shootings explosion explosions blast blasts massacre massacres ambush "
            "ambushes assault assaults assassination assassinations gunfire barrage "
            "barrages detonation killing killings rape rapes looting lootings arson "
            "lynching stabbing stabbings onslaught firing beheading car-bombing murder "
            "murders mob mobs torture execution executions beating beatings offensive "
            "offensives counteroffensive counteroffensives counter-offensive "
            "counter-offensives counterattack counterattacks counter-attack counter-attacks "
            "sabotage cyberattack cyberattacks cyber-attack cyber-attacks"
        ),
        "attack",
    ),
    **dict.fromkeys(
        _w(
            "clash clashes fighting battle battles firefight gunfight skirmish siege sieges "
            "skirmishes hostilities combat gunfights firefights gunbattle gunbattles "
            "shootout shootouts"
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
        _w("ceasefire cease-fire truce armistice surrender swap accord treaty pact"),
        "agreement",
    ),
    **dict.fromkeys(
        _w(
            "protest protests rally rallies demonstration demonstrations march "
            "marches sit-in sit-ins riot riots protesters protestors demonstrators "
            "rioters marchers walkout picket"
        ),
        "protest",
    ),
    **dict.fromkeys(("arrest", "arrests", "detention", "detentions", "custody"), "arrest"),
    **dict.fromkeys(_w("aid assistance loan loans funding"), "aid"),
    **dict.fromkeys(
        _w(
            "kidnapping kidnappings abduction abductions hostage hostages "
            "hostage-taking disappearance disappearances"
        ),
        "abduction",
    ),
}

# Campaigns waged with words, not arms: "a charm offensive", "a diplomatic offensive".
UNARMED_CAMPAIGNS = frozenset(
    _w(
        "charm diplomatic diplomacy media propaganda publicity pr public-relations peace "
        "political legal trade marketing sales advertising lobbying verbal rhetorical "
        "information ideological cultural economic"
    )
)
FORESEEN_CAMPAIGNS = frozenset(
    _w("expected anticipated looming impending possible potential rumoured rumored long-awaited")
)
# Verbs that judge a campaign already told rather than tell one: "regarded the offensive as".
JUDGING_VERBS = frozenset(
    form
    for base in _w("regard call describe term label dub consider view condemn denounce")
    for form in verb_forms(base)
)
# Forms of "claim": a side claiming an attack ("JNIM claimed the attack") names its doer.
CLAIM_VERBS = verb_forms("claim")
CAMPAIGN_NOUNS = frozenset(
    _w(
        "offensive offensives counteroffensive counteroffensives counter-offensive counter-offensives"
    )
)

# Sanctions in force, not a new act: "despite sanctions", "evaded sanctions".
STANDING_PREPS = frozenset(_w("despite under amid against without"))
EVADING_VERBS = (
    verb_forms("evade")
    | verb_forms("circumvent")
    | verb_forms("bypass")
    | verb_forms("dodge")
    | verb_forms("skirt")
    | verb_forms("bust")
    | verb_forms("flout")
    | verb_forms("violate")
    | verb_forms("breach")
)

# Outcome, aim and participant words: kept for events, but not triggers of their own.
NON_EVENT_WORDS = frozenset(
    _w(
        "kill kills killed killing killings target targets targeted targeting protesters "
        "protestors demonstrators rioters marchers mob mobs"
    )
)

# Triggers that only count next to a sign of conflict (a weapon, an armed actor, a casualty).
WEAK_TRIGGERS = frozenset({"go off"}) | frozenset(
    _w(
        "hit kill fire target burn destroy execute gas poison firing killing killings "
        "take free recover mass position establish custody hold demolish march "
        "marches assault assaults strike strikes capture swap battle battles combat "
        "storm occupation retreat murder murders"
    )
)
# Triggers that yield to any other trigger of the sentence (kept only when alone).
LOW_PRIORITY = frozenset(
    _w(
        "kill killing killings protesters protestors demonstrators marchers custody "
        "hostilities combat occupation free destroy burn mob mobs"
    )
)

# Verbs that, done to weapons, are a disrupted weapons use ("explosives were seized").
DISRUPT_VERBS = frozenset(
    _w(
        "defuse defused defusing intercept intercepted intercepting thwart thwarted "
        "foil foiled seize seized seizing confiscate confiscated confiscating "
        "discover discovered discovering find found finding recover recovered "
        "dismantle dismantled shoot shot down downed neutralise neutralised "
        "neutralize neutralized destroy destroyed destroying clear cleared clearing"
    )
)
# Triggers that are attacks only when what they move is a weapon ("dropped barrel bombs").
WEAPON_MOVERS = frozenset(_w("hurl lob drop launch"))
# Launches count only when aimed at something ("launched 40 drones at Ukraine"): a rocket launched
# into orbit or a missile test is not an attack.
AIMING_PREPS = frozenset(_w("at on against toward towards"))
# Verbs after which "to" starts the event itself, not an aim ("the bombs began to explode").
ASPECTUAL = frozenset(_w("begin began begun begins start started starts continue continued"))
# Words that may name an accident as well as an attack: never an attack in a disaster report.
EXPLOSION_WORDS = frozenset({"explode", "blast", "explosion", "explosions", "blasts", "detonation"})
# Themes that make a movement verb a deployment or a training.
MILITARY = frozenset(
    _w(
        "troops troop forces force soldiers soldier army armies units unit battalion "
        "battalions brigade brigades regiment regiments division divisions fighters "
        "marines sailors navy warships warship jets aircraft personnel paratroopers "
        "servicemen reservists reinforcements military militia militias militiamen "
        "mercenaries contingent peacekeepers tanks squadron commandos guard guards "
        "police policemen gendarmes recruits conscripts"
    )
)
# Words that show an armed actor or a weapon in the sentence (what a weak trigger needs).
CONFLICT_CUES = MILITARY | frozenset(
    _w(
        "militants militant gunmen gunman rebels rebel insurgents insurgent "
        "terrorists terrorist jihadists jihadist attackers attacker assailants "
        "assailant extremists bandits bombers bomber drone drones missile missiles "
        "rocket rockets artillery shell shells shelling mortar mortars bomb bombs "
        "grenade grenades ied explosive explosives airstrike airstrikes warplanes "
        "warplane helicopter helicopters gun guns rifle rifles bullets gunfire mine "
        "landmine suicide troops war offensive strike strikes raid attack attacks armed "
        "police mob hoodlums looters shot machete machetes knife weapons army militia"
    )
)
# Objects that make "seize"/"capture" a disrupted weapons use rather than a territorial gain.
WEAPON_OBJECTS = frozenset(
    _w(
        "weapons weapon arms ammunition explosives explosive cache caches firearms "
        "firearm rifles rifle guns gun rounds grenades grenade bombs bomb ieds ied "
        "missiles rockets mines landmines packages package device devices "
        "drones depot pistol pistols stash stashes projectiles munitions ammo shells "
        "mortars detonators weaponry"
    )
)
PERSON_OBJECTS = frozenset(
    _w(
        "people persons person members member militants militant suspects suspect men "
        "man women woman activists activist leader leaders commander commanders "
        "fighters soldiers civilians journalists journalist students student "
        "officials official insurgents rebels sailors crew crewmen hostages children "
        "child passengers workers worker"
    )
)
TERRITORY = frozenset(
    _w(
        "territory territories town towns city cities village villages area areas "
        "region regions district districts province provinces base bases airport hill "
        "hills position positions crossing border neighbourhood neighborhood "
        "outskirts control land miles kilometers kilometres km square stronghold "
        "strongholds highway road port island islands country checkpoint checkpoints "
        "headquarters camp camps post posts outpost outposts"
    )
)
AID_OBJECTS = frozenset(
    _w(
        "aid assistance loan loans package packages funds money dollars euros weapons "
        "arms ammunition food medicine medicines supplies equipment grain tons tonnes "
        "vaccines doses $ billion million support systems missiles tanks jets asylum"
    )
)
# Nouns that hold aid: "an aid package", "aid shipments", "an aid convoy".
AID_CONTAINERS = frozenset(
    _w("package packages shipment shipments convoy convoys deliveries delivery flights tranche")
)
# Attack verbs that need something hit or an armed actor around them ("the film bombed", "the
# striker shot wide" are no attacks).
TARGETED_VERBS = frozenset({"attack", "bomb", "shoot", "raid", "assault"})
# What is fought without arms: "fighting inflation", "fought the blaze".
FOUGHT_ILLS = frozenset(
    _w(
        "inflation corruption poverty crime disease diseases cancer fire fires wildfire wildfires "
        "blaze flames pandemic epidemic outbreak outbreaks virus drugs hunger unemployment "
        "discrimination racism misinformation disinformation addiction climate obesity illiteracy"
    )
)
# People whose evacuation is a rescue, not a force's withdrawal: "civilians were evacuated".
EVACUEES = frozenset(
    _w(
        "civilians residents people families children patients villagers citizens nationals "
        "staff tourists passengers wounded"
    )
)
# Verbs that end an agreement: "the ceasefire collapsed" is no agreement.
ENDING_VERBS = frozenset(
    _w(
        "collapsed collapses collapse broke breaks broken failed fails expired expires ended "
        "ends crumbled unravelled unraveled violated violate violates violating breaking "
        "breach breached breaches breaching"
    )
)
# Words that are attacked in argument, not with arms: "attacked the bill".
ARGUMENT_OBJECTS = frozenset(
    _w(
        "bill bills plan plans policy policies proposal proposals decision decisions law laws "
        "measure measures remarks comments statement statements report reports move idea ideas "
        "record budget deal ruling approach stance claims rhetoric speech speeches media press "
        "article articles book critics criticism views position"
    )
)
# What is halted or reduced without any sanction: "failed to halt the violence".
VIOLENCE_HALTED = frozenset(
    _w(
        "violence fighting attacks attack advance offensive war bloodshed killings clashes "
        "hostilities insurgency"
    )
)
# Words that make a march a protest without any weapon in sight.
PROTEST_CUES = frozenset(
    _w(
        "demand demanding demanded protest protesting protesters demonstrators chanting chanted "
        "slogans placards banners rally against denounce denouncing calling"
    )
)
AGREEMENT_OBJECTS = frozenset(
    _w("deal agreement accord treaty pact ceasefire truce memorandum contract protocol")
)
LIGHT_VERBS = frozenset(
    _w(
        "conduct conducted conducting conducts carry carried carrying carries launch "
        "launched launching launches stage staged staging stages mount mounted "
        "mounting mounts wage waged waging unleash unleashed make made hold held "
        "holding commit committed perpetrate perpetrated"
    )
)
REPORTING_VERBS = frozenset(
    _w(
        "say says said saying tell told telling warn warned warns warning report "
        "reported reports reporting announce announced announces claim claimed claims "
        "state stated states add added estimate estimated predict predicted believe "
        "believed"
    )
)
# Statements and other acts, coded only when a sentence has no other event: form -> PLOVER.
STATEMENT_VERBS: dict[str, tuple[str, str | None]] = {
    **{v: ("statement", None) for v in ("say", "tell", "announce", "state", "report", "add")},
    **{v: ("statement", "THREATEN") for v in ("warn", "threaten")},
    **{v: ("statement", "DEMAND") for v in ("demand", "urge", "order", "insist", "press", "ask")},
    **{
        v: ("statement", "REJECT")
        for v in _w("reject refuse deny veto dismiss oppose decline block impose")
    },
    **{
        v: ("statement", "DISAPPROVE")
        for v in _w(
            "accuse condemn criticize criticise denounce blame sue complain summon protest charge "
            "attack"
        )
    },
    **{
        v: ("statement", "SUPPORT")
        for v in _w("praise welcome support endorse back defend recognize upgrade")
    },
    **{v: ("statement", "AGREE") for v in ("promise", "offer", "pledge", "vow", "propose")},
    **{v: ("agreement", "AGREE") for v in ("agree", "accept")},
    **{
        v: ("sanction", "SANCTION")
        for v in _w("expel prohibit suspend cancel sever recall reduce halt freeze downgrade")
    },
    **{
        v: ("other", "CONSULT")
        for v in ("meet", "visit", "host", "telephone", "discuss", "negotiate", "talk")
    },
    **{v: ("other", "INVESTIGATE") for v in ("investigate", "probe", "inspect", "examine")},
    **{
        v: ("other", "CONCEDE") for v in _w("concede allow lift ease release pardon shorten permit")
    },
    **{v: ("other", "COOPERATE") for v in ("cooperate", "share", "extradite", "exchange")},
    **{
        v: ("other", "COERCE")
        for v in _w("confiscate ban outlaw prevent deport censor close seal stop turn")
    },
    **{v: ("other", "RETREAT") for v in ("resign", "step")},
    **{v: ("other", "MOBILIZE") for v in ("alert", "strengthen", "prepare")},
}


# Verbs that report like "say" (their complement, not the verb, carries the act).
DECLARING_VERBS = frozenset(
    _w(
        "declare declared declares reiterate reiterated reiterates conclude concluded "
        "concludes confirm confirmed confirms indicate indicated indicates"
    )
)
ROAD_OBJECTS = frozenset(_w("road roads street streets highway highways bridge bridges traffic"))
# Nouns naming an act when the sentence has no event verb ("held talks", "on a visit").
ACT_NOUNS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        _w("talks meeting meetings visit negotiations mediation consultations summit"),
        ("other", "CONSULT"),
    ),
    **dict.fromkeys(_w("ultimatum reminder"), ("statement", "DEMAND")),
    **dict.fromkeys(_w("threat threats warning"), ("statement", "THREATEN")),
    **dict.fromkeys(
        _w("investigation investigations inquiry inquiries probe"), ("other", "INVESTIGATE")
    ),
}


# Verbs that commit their subject to an act ("vowed to", "pledged an end"); one list for all.
PLEDGING = forms("pledge promise vow offer undertake swear") | frozenset(split_words("swore sworn"))


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for event_type, bases in table.items():
        for base in bases:
            for form in verb_forms(base):
                index.setdefault(form, (event_type, base))
    return index


VERB_INDEX = _index(VERBS)
# Verbs that make an aid noun an event: the aid is given, promised or approved ("announced $100
# million in aid", "approved a loan of 35 billion euros"), not merely talked about.
AID_ACTS = frozenset(
    form
    for base in _w(
        "announce approve pledge unveil allocate earmark send deliver provide offer grant "
        "extend give disburse release commit authorize authorise sign"
    )
    for form in verb_forms(base)
)

PHRASAL_BASES: dict[str, str] = {form: base for base, _ in PHRASAL for form in verb_forms(base)}
STATEMENT_INDEX: dict[str, tuple[str, str | None, str]] = {
    form: (*kind, base) for base, kind in STATEMENT_VERBS.items() for form in verb_forms(base)
}


def statement_entry(verb: Token) -> tuple[str, str | None, str] | None:
    """The act a statement verb names; "stepped up attacks" is no stepping down."""
    stepped_up = verb.lower_.startswith("step") and any(c.lower_ == "up" for c in verb.children)
    return None if stepped_up else sense_entry(verb, STATEMENT_INDEX.get(verb.text.lower()))


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
        _w(
            "airstrike airstrikes warplane warplanes jet jets aircraft helicopter "
            "helicopters gunship gunships bomber bombers air-strike"
        ),
        "aircraft",
    ),
    **dict.fromkeys(("ied", "ieds", "rcied", "roadside"), "IED"),
    **dict.fromkeys(("bomb", "bombs", "explosive", "explosives", "dynamite"), "bomb"),
    **dict.fromkeys(("landmine", "landmines", "mine", "mines"), "landmine"),
    **dict.fromkeys(("grenade", "grenades"), "grenade"),
    **dict.fromkeys(
        _w("gun guns rifle rifles gunfire bullets gunmen gunman pistol ak-47 firearms"),
        "firearm",
    ),
    **dict.fromkeys(("knife", "knives", "machete", "machetes", "axe", "sword"), "knife"),
    **dict.fromkeys(_w("cyberattack cyberattacks cyber-attack cyber-attacks hackers"), "cyber"),
    **dict.fromkeys(("chlorine", "sarin", "mustard", "chemical"), "chemical"),
}
