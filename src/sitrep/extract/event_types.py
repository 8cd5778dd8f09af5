"""ACLED sub-event types and PLOVER types for sitrep's event types, read off the trigger's context.

ACLED's codebook decides: an "Armed clash" has organised armed groups on both sides, an "Attack"
is one-sided violence on civilians; a protest's type depends on who used force (demonstrators:
"Violent demonstration"; security forces: "Protest with intervention", or "Excessive force against
protesters" when the harm is serious); territory changes by the actor being a state force or not,
or "Non-violent" when it was handed over or vacated with no fighting told.
"""

from __future__ import annotations

import re

from sitrep.extract.event_territory_sides import (
    NON_STATE,
    STATE,
    actor_side,
    pronoun_speaker,
    without_speakers,
)
from sitrep.extract.event_weapons import (
    CROWD_GEAR_WORDS,
    CROWDS_ONLY_GEAR_WORDS,
    without_crowd_gear,
)

# --- ACLED ----------------------------------------------------------------------------------


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


CHEMICAL = _rx(
    r"\b(chemical (weapon|attack|agent)s?|(poison(ous)?|toxic|mustard|nerve|chlorine)[ -]gas|chlorine|sarin|nerve agent|gas attack)"
)
SUICIDE = _rx(
    r"\b(suicide|kamikaze|blew (himself|herself|themselves) up|self-detonat|explosive (vest|belt))"
)
# GRENADE, ARTILLERY and EXPLOSIVE read a text with its crowd-control gear blanked out
# (`event_weapons.without_crowd_gear`): "stun grenades", "sound cannons" and "water cannon" used on
# a crowd are neither a grenade attack nor shelling.
GRENADE = _rx(r"\bgrenades?\b")
AIR = _rx(
    r"\b(air[ -]?strikes?|air[ -]?raids?|warplanes?|war ?jets?|fighter jets?|jets|(?<!anti-)aircraft|helicopters?|gunships?|drones?|uavs?|air force|aerial|bombers|air missiles?|(?<!passenger )(?<!cargo )planes?)\b"
)
ARTILLERY = _rx(
    r"\b(artillery|shell(s|ed|ing)?|missiles?|rockets?|mortars?|howitzers?|tanks?|katyushas?|projectiles?|anti-aircraft guns?|cannons?|ballistic)\b"
)
EXPLOSIVE = _rx(
    r"\b(ieds?|rcied|improvised explosive|roadside bomb|car bomb|bombs?|landmines?|mines?|explosive devices?|explosives?|booby[- ]trap|bombing|blast|explosion|exploded|detonat\w*|sticky bomb)\b"
)
EXCESSIVE = _rx(
    r"\b(excessive force|violently (dispers|suppress|crush|broke)\w*|brutal\w*|suppress\w*|serious injur\w*|injur\w*|die[sd]?|killing|killed|shot dead|live (bullets|rounds|ammunition)|opened fire|fired (on|at|into)|beat\w*)\b"
)
PROTESTERS = _rx(r"\b(protest\w*|demonstrat\w*|rall(y|ies)|marchers|sit-ins?|crowds?|strikers)\b")
# Means used on crowds: their target is a gathering even when no word names it. Gear used only on
# crowds (`event_weapons.CROWD_GEAR`), and "to disperse" people ("to disperse hundreds of
# people", "to disperse them"), not armed men ("to disperse the rebels").
CROWD_CONTROL = _rx(
    rf"\b({CROWDS_ONLY_GEAR_WORDS}|to disperse(?!( [\w-]+){{0,3}} (fighters|militants|gunmen|rebels|insurgents|troops|soldiers)\b))\b"
)
FORCE = _rx(
    r"\b(excessive force|opened fire|fired (on|at|into)|live (bullets|rounds|ammunition)|shot (dead|and killed)|killing|killed|dead|shot|beat\w*|batons?|brutal\w*|attacked)\b"
)
# Policing a gathering: its gear (`event_weapons.CROWD_GEAR`) or what officers did to it.
INTERVENTION = _rx(
    rf"\b({CROWD_GEAR_WORDS}|disperse\w*|arrest\w*|detain\w*|police (chase\w*|clash\w*|block\w*)|riot police|broke up|break up|cracked down|crackdown|forcefully|dispersal)\b"
)
VIOLENT_GENERIC = _rx(
    r"\b((?<!non-)violent|(?<!against )(?<!gun )violence|turned violent|riot(s|ing|ers|ed)?\b(?! police)|clash\w*)"
)
VIOLENT_PROTEST = _rx(
    r"\b(stones|rocks|bottles|smash\w*|debris|stone-throwing|(threw|throwing|hurled|hurling|pelted|pelting) (stones|rocks|bottles|petrol|molotov)|molotov|torch\w*|set (fire|ablaze)|vandali\w*|clash(ed|es)? with (police|security)|firecrackers|looted|stormed|rampage\w*|scuffles?|barricades?|block(ed|ing) (the |major |main )?(roads?|streets?|highways?|thoroughfares?|traffic)|shut down roads|pull(ed)? down|broke into|projectiles|pelt\w*|burn(ed|t|ing) (tyres|tires|cars|vehicles))\b"
)
SEXUAL = _rx(
    r"\b(rap(e|ed|es|ing)|gang-raped|sexual(ly)? (assault\w*|abus\w*|violence|harass\w*)|molest\w*)\b"
)
MOB = _rx(r"\b(mobs?|lynch\w*|vigilantes?|angry (crowd|residents|villagers))\b")
LOOTING = _rx(
    r"\b(loot\w*|vandali\w*|ransack\w*|torch(ed|ing)|set (on )?fire|set ablaze|arson|burn(ed|t) down|demolish\w*|destroy\w* (property|propert\w*|shops?|houses?|homes?))\b"
)
CLASH = _rx(
    r"\b(clash\w*|fighting|battle\w*|gunfight\w*|gun ?battles?|shoot-?outs?|firefight\w*|exchange of fire|exchanged fire|skirmish\w*|fierce|repel\w*|repuls\w*|pushed (them )?back|counter-?attack\w*)\b"
)
NON_VIOLENT_STRONG = _rx(
    r"\b(without (a fight|resistance|fighting|clashes)|not encountered any resistance|no resistance|handed over|hand(ed|s)? (it |them )?over|peacefully|uncontested|as part of (a|the) (peace )?(deal|agreement))\b"
)
FIGHTING = _rx(
    r"\b(bombard\w*|shell\w*|clash\w*|fight\w*|battle\w*|attack\w*|air ?strikes?|assault|offensive)\b"
)
NON_VIOLENT = _rx(
    r"\b(without (a fight|resistance|fighting|clashes)|withdr[ae]w\w*|withdrawal|vacated?|deserted|abandoned|handed over|hand over|pulled out|peacefully|uncontested|surrender\w*|left the)\b"
)
HQ = _rx(
    r"\b(set(ting)? up|establish\w*|built|build\w*|open(ed|s)?) (a |an |the |its |new |their |\w+ ){0,6}(observation )?(posts?|points?|bases?|headquarters|hq|camps?|outposts?|checkpoints?|positions?|barracks|garrisons?)\b"
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
    r"\b(accident\w*|leak\w*|collapsed?|collision|collided|crash\w*|derail\w*|short circuit|blaze|caught fire|factory fire|gas cylinder|cylinder blast|boiler|earthquake|flood\w*|landslides?|cyclone|hurricane|typhoon|storm|volcano|eruption|(chemical|industrial|power|fertili[sz]er|waste|treatment|gas) (plant|factory|facility)|industrial (area|estate|zone|park|site)|furnace|(storage|cold storage) (container|tank|bunker)|container exploded|gas (container|explosion|leak|pipeline)|cooking gas|fireworks?|solvents|wildfires?|tsunami|drought|torrential|heavy rains?|avalanche)\b"
)
CRIME = _rx(
    r"\b(robber\w*|robbed|smuggl\w*|traffick\w*|drugs?|narcotics|theft|thieves|stolen|burglar\w*|fraud|gangs?|gangsters?|pornography|extortion|cartel|heist|migrants?|illegal migration|counterfeit\w*|fake (currency|notes|money)|contraband)\b"
)
ATTRIBUTION = _rx(
    r"\b(claim(ed|s|ing)? (the )?responsibility|took credit|takes credit|blam(e|ed|es|ing)|accus(e|ed|es|ing|ations?)\b.* of|denied (his|its|their|the)? ?\w* ?(was|were)? ?responsib|responsib\w+ for)"
)
ARMED_TARGET = _rx(
    r"\b(checkpoints?|convoys?|patrols?|military (camps?|bases?|vehicles?)|bases manned|camps? hosting|army (units?|bases?|camps?)|security personnel|gendarmes|servicemen|militias?|military (base|post|positions?)|positions|outposts?|soldiers|troops|security forces|army|policemen|police (station|post)|barracks)\b"
)
# State forces named as the doer of a passive ("were killed by security forces").
FORCES_AS_DOERS = _rx(
    r"\bby (?:the )?(?:\w+ )?(?:security forces|soldiers|troops|army|police(?:men)?|gendarmes|"
    r"military|armed forces)\b"
)
ARMED_FOES = _rx(r"\b(militants?|rebels?|insurgents?|fighters|jihadists?|gunmen|combatants)\b")
OTHER = _rx(r"\b(mass graves?|fled|fleeing|displac\w*|residents return\w*)\b")
# Killing captives: an "Attack" on people who cannot fight back, even captured soldiers, not a clash.
# "Execute" counts only with people as its object: executing a raid or an assault is carrying it out.
_EXECUTED = (
    r"(captives?|prisoners?|hostages?|detainees?|soldiers?|troops|policem[ae]n|officers?|servicem[ae]n"
    r"|gendarmes?|civilians?|m[ae]n|wom[ae]n|people|persons?|fighters?|militiam[ae]n|villagers?"
    r"|workers?|him|her|them|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)"
)
_NOT_AN_OBJECT = r"(?!(on|against|at|in|near|into|across|targeting)\b)"  # "a raid on 3 posts"
EXECUTION = _rx(
    rf"\b(execut(e|es|ed|ing)|executions? of)\s+({_NOT_AN_OBJECT}\S+\s+){{0,3}}?{_EXECUTED}\b"
    rf"|\b{_EXECUTED}\s+(\S+\s+){{0,3}}?(was|were|been|being)\s+(summarily\s+)?executed\b"
    r"|\b(behead\w*|summar(il)?y (killed|killing|shot|executed))\b"
)

# Harm done to people in someone's hands: one-sided whoever does it ("soldiers tortured prisoners",
# "guards beat the detainees"), so never a clash; "beat back an assault" is fighting.
ABUSE = _rx(r"\b(tortur\w*|beat(s|en|ing|ings)?\b(?! back| off)|flogg\w*|whipp\w*|bludgeon\w*)")


def acled_subtype(event_type: str, context: str, actor_text: str = "") -> str | None:
    """ACLED's sub-event type for an event of `event_type` whose sentence (or snippet) is `context`.

    `actor_text`, the words naming the actor, decides between government and non-state gains
    (`event_territory_sides`).
    """
    if event_type in ("deploy", "withdraw") and DISASTER.search(context):
        return None
    if event_type in ("seize_territory", "retake_territory"):
        return _acled_territory(event_type, context, actor_text)
    chooser = _ACLED_BY_TYPE.get(event_type)
    return chooser(context) if chooser else None


def _acled_attack(text: str) -> str | None:
    protest = PROTESTERS.search(text) or CROWD_CONTROL.search(text)
    arms = without_crowd_gear(text)
    if SEXUAL.search(text):
        return "Sexual violence"
    if CHEMICAL.search(text):
        return "Chemical weapon"
    if SUICIDE.search(text):
        return "Suicide bomb"
    if GRENADE.search(arms):
        return "Grenade"
    if (
        protest
        and not MOB.search(text)
        and (VIOLENT_PROTEST.search(text) or FORCE.search(text) or INTERVENTION.search(text))
        and _acled_protest(text) != "Peaceful protest"  # an attack on a crowd is no calm protest
    ):
        return _acled_protest(text)
    if AIR.search(text):
        return "Air/drone strike"
    if ARTILLERY.search(arms):
        return "Shelling/artillery/missile attack"
    if EXPLOSIVE.search(arms):
        return "Remote explosive/landmine/IED"
    if OTHER.search(text):
        return "Other"  # the news is the aftermath (mass graves, people fleeing), not the attack
    if MOB.search(text):
        return "Mob violence"
    if LOOTING.search(text):
        return "Looting/property destruction"
    if (EXECUTION.search(text) or ABUSE.search(text)) and not CLASH.search(text):
        return "Attack"
    # organised armed groups on both sides; "Attack" is on civilians. With the forces named as
    # the doers, their victims decide: "villagers killed by soldiers fighting militants" is an
    # attack on civilians, whatever fight the soldiers were in.
    fight_told = CLASH.search(text) and not FORCES_AS_DOERS.search(text)
    if fight_told or _armed_target(text):
        return "Armed clash"
    return "Attack"


def _armed_target(text: str) -> bool:
    """Armed men on the receiving end: "killed by security forces" names the doer, so its
    victims ("11 of its supporters"), told before it, must be armed themselves for a clash; the
    forces' own foes told after ("soldiers fighting militants") are not the victims."""
    doers = FORCES_AS_DOERS.search(text)
    if doers is None:
        return bool(ARMED_TARGET.search(text))
    victims_side = text[: doers.start()]
    return bool(ARMED_TARGET.search(victims_side) or ARMED_FOES.search(victims_side))


def _acled_clash(text: str) -> str | None:
    if SUICIDE.search(text):
        return "Suicide bomb"
    if GRENADE.search(without_crowd_gear(text)):
        return "Grenade"
    if PROTESTERS.search(text) and (VIOLENT_PROTEST.search(text) or VIOLENT_GENERIC.search(text)):
        return "Violent demonstration"
    if CHEMICAL.search(text):
        return "Chemical weapon"
    return "Armed clash"


def non_violent(text: str) -> bool:
    """Territory changing hands without a fight: handed over, or vacated with no fighting told."""
    return bool(NON_VIOLENT_STRONG.search(text)) or (
        bool(NON_VIOLENT.search(text)) and not FIGHTING.search(text)
    )


def _acled_territory(event_type: str, text: str, actor_text: str = "") -> str | None:
    """Handed over or vacated: non-violent; else the actor's side decides (a pronoun's is its
    speaker's first, then its own words: none for "they" if the speaker names none), and only an
    actor whose words name no side leaves it to the sentence, its speakers left out."""
    if non_violent(text):
        return "Non-violent transfer of territory"
    speaker = pronoun_speaker(actor_text, text)
    side = (actor_side(speaker) if speaker is not None else None) or actor_side(actor_text)
    if side is None and speaker is not None:
        return None  # "Witnesses said they had taken the town": whose side is not told
    if side is None and actor_text.strip() and event_type == "retake_territory":
        side = "state"  # "it recaptured the town": a regain, its doer unnamed
    if side is None:
        told = without_speakers(text)
        retaken = event_type == "retake_territory" and not NON_STATE.search(told)
        side = "state" if retaken or (STATE.search(told) and not NON_STATE.search(told)) else None
    if side == "state":
        return "Government regains territory"
    return "Non-state actor overtakes territory"


SECURITY = _rx(r"\b(police|security|forces|troops|soldiers|officers|authorities|crackdown)\b")


def _acled_protest(text: str) -> str:
    """Who used force decides: demonstrators (violent), or security forces (with what harm)."""
    if VIOLENT_PROTEST.search(text):
        return "Violent demonstration"
    if SECURITY.search(text) and (EXCESSIVE.search(text) or FORCE.search(text)):
        return "Excessive force against protesters"
    if VIOLENT_GENERIC.search(text):
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
        r"\b(seiz\w*|took|taken|control\w*|captur\w*|overr[au]n|entered|allow\w*)\b", text, re.I
    ):
        return "Non-violent transfer of territory"
    return "Change to group/activity"


_ACLED_BY_TYPE = {
    "attack": _acled_attack,
    "armed_clash": _acled_clash,
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
CONVENTIONAL_ACLED = frozenset(
    {"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"}
)
COERCIVE_ACLED = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def plover_type(event_type: str, weapons: tuple[str, ...], acled: str | None) -> str | None:
    """The PLOVER event type for a sitrep event type, its weapons and its ACLED sub-type."""
    if acled in COERCIVE_ACLED:
        return "COERCE"
    if acled in CONVENTIONAL_ACLED:
        return "FIGHT"  # "rebels shelled the city": the sub-type names the weapon the words do not
    if event_type == "attack":
        return "FIGHT" if CONVENTIONAL_WEAPONS.intersection(weapons) else "ASSAULT"
    return PLOVER_BY_TYPE.get(event_type)
