"""Cue families added from the attributions news marks and a verb-class lexicon missed: verdicts
in words, feelings and deliberation, mentions and comparisons, manners of speaking, verdicts
through an "as" predicate, verbal attacks, phrasal verbs of speaking, dismissals, written words
and figures put on a count. Each family was kept only where it added attributions at high
precision on every split measured; `sitrep.extract.cue_lexicon` merges them into its tables,
and `sitrep.extract.cues` checks the constructions some of them need.
"""

from __future__ import annotations

from sitrep.extract.cue_figures import FIGURE_VERBS

# Judgement in words (Levin's praise and blame verbs): "hammered Bush", "downplayed the risk".
FAMILY_CLASSES: dict[str, str] = dict.fromkeys(
    ["hammer", "savage", "heckle", "downplay", "herald", "trumpet", "extol", "rubbish"], "stance"
)
# Feelings and deliberation about a person or a plan: "despises him", "is mulling a run".
FAMILY_CLASSES |= dict.fromkeys(
    ["despise", "seethe", "relish", "mull", "ponder", "contemplate"], "claim"
)
# Mentions and comparisons, whose object is what was said ("referenced the tariffs", "compared
# the talks to a root canal"); a record kept ("the study documented 31 cases"); an aim ("aims to
# block the merger").
FAMILY_CLASSES |= dict.fromkeys(["reference", "compare", "contrast"], "say")
FAMILY_CLASSES |= {"document": "report", "aim": "stance"}
FAMILY_OBJECT_VERBS = frozenset({"reference", "compare", "contrast"})
# Setting out a plan, an account or a creed in words, whose object is what was set out:
# "outlined her plan", "detailed the spending", "recited a passage", "professed his innocence",
# "propounded views", "proclaimed a goal of peace", "vowed revenge".
SETTING_OUT_VERBS = frozenset({"outline", "detail", "recite", "profess", "propound"})
FAMILY_CLASSES |= dict.fromkeys(SETTING_OUT_VERBS, "say")
FAMILY_OBJECT_VERBS |= SETTING_OUT_VERBS | {"proclaim", "vow"}
# Mentioning and vouching through a preposition: "alluded to her failings", "touched on the deal",
# "zeroed in on his record", "vouched for the aide"; scoffing at an idea.
FAMILY_PREP_CONTENT: dict[str, set[str]] = {
    "allude": {"to"},
    "touch": {"on"},
    "zero": {"on"},
    "vouch": {"for"},
    "scoff": {"at"},
    "sneer": {"at"},
    "snipe": {"at"},
    # Credit given, as praise or blame is: "credited the mayor with cutting crime" (a sum
    # "credited to the account" is bookkeeping, and a bare object says nothing).
    "credit": {"with", "for"},
}
# Jabs in words, cues only with their "at": "Okafor swipes at Mendez over tariffs", "jabbed at
# her rival's record" ("swiped a card", "jabbed him in the ribs" say nothing); `cues.is_cue_verb`.
AT_ONLY_VERBS = frozenset({"swipe", "jab"})
FAMILY_CLASSES |= dict.fromkeys(AT_ONLY_VERBS, "stance")
FAMILY_PREP_CONTENT |= {verb: {"at"} for verb in AT_ONLY_VERBS}
# Going after someone in words, a cue only with "after" and a person gone after: "Okafor went
# after Mendez over his taxes", "has gone after her record" ("police went after the gunmen", "left
# after the meeting" state nothing); `cue_pursuits.goes_after_in_words`.
PURSUIT_VERBS = frozenset({"go"})
FAMILY_CLASSES |= dict.fromkeys(PURSUIT_VERBS, "stance")
FAMILY_PREP_CONTENT |= {verb: {"after"} for verb in PURSUIT_VERBS}
# Findings reached, cues only before a "that" clause: "investigators determined that the fire
# was set", "the inquiry established that ..." ("determine whether", "determined to run" and
# "established a fund" report nothing); `cues.is_cue_verb`.
FINDING_VERBS = frozenset({"determine", "establish"})
FAMILY_CLASSES |= dict.fromkeys(FINDING_VERBS, "say")
# Manner of speaking and feeling aloud: "bragged about his debates", "fumed over the vote",
# "bristled at the suggestion", "marveled at the turnout".
FAMILY_CLASSES |= dict.fromkeys(["brag", "gloat", "vent", "fume"], "say")
# Speaking loud, curt, beaming or without a sound, guessing and demurring, cues through their
# quote or clause: "then boomed: “...”", "“Go back,” he barked", "“Fantastic!” beamed a fan",
# "mouthing “thank you”", "the pollster surmised", "he demurred: “...”" ("the economy boomed",
# "the dog barked" and "murals beam down from walls" have nothing to report).
FAMILY_CLASSES |= dict.fromkeys(["boom", "bark", "bellow", "beam", "mouth", "demur"], "say")
FAMILY_CLASSES |= {"surmise": "claim"}
FAMILY_PREP_CONTENT |= {
    "brag": {"about", "of"},
    "gloat": {"about", "over"},
    "fume": {"about", "over"},
    "bristle": {"at"},
    "chafe": {"at", "against"},
    "marvel": {"at", "over"},
}
# Views and wishes through a preposition: "mused about quitting", "opined on the ruling",
# "believes in the voters' good sense", "yearn for a comeback".
FAMILY_PREP_CONTENT |= {
    "muse": {"about", "on"},
    "opine": {"on", "about", "against"},
    "believe": {"in"},
    "yearn": {"for"},
}
# Speaking up for or against a course: "advocates for tougher rules", "cautioned against
# reading too much into the vote" (a warning, as "warned against" is).
FAMILY_PREP_CONTENT |= {"advocate": {"for", "against"}, "caution": {"against"}}
# Verdicts through an "as" predicate or a second object, and only so (`cues.has_as_predicate`):
# a belief ("voters see her as honest", "rated the claim false", "identified China as the
# culprit") or a characterisation ("cast himself as an outsider"); "saw the rally", "cast a
# vote" and "framed the photo" say nothing ("named him as chief executive" appoints: left out).
AS_PREDICATE_VERBS = frozenset(
    {"see", "view", "cast", "paint", "frame", "rate", "judge", "brand", "bill", "identify", "list"}
)
FAMILY_CLASSES |= dict.fromkeys(["see", "view", "judge", "rate", "identify", "list"], "claim")
FAMILY_CLASSES |= dict.fromkeys(["cast", "paint", "frame", "brand", "bill"], "say")
# A name given in scorn or praise ("Mendez, whom he dubbed “the junior mayor”"); a passive or
# participle only names ("the project, dubbed ...": `cues.is_naming_use`).
FAMILY_CLASSES |= {"dub": "say"}
# "attacked", "ripped", "trashed" and "grilled" are verdicts or questioning in words only against
# a named person or with a reason ("attacked Smith", "attacked the plan as a giveaway", "ripped
# her for her vote", "grilled the chief over the scandal"), not acts of war or force, wrecking or
# cooking ("trashed the hotel room", "grilled the burgers"); `cues.is_verbal_attack`.
VERBAL_ATTACK_VERBS = frozenset({"attack", "rip", "trash", "grill"})
FAMILY_CLASSES |= dict.fromkeys(VERBAL_ATTACK_VERBS, "stance")
# Phrasal verbs of speaking, cues only with their particle: "weighed in on the deal", "chimed
# in", "shot back", "fired back", "hit back", "sounded off on", "doubled down on", "laid out
# her plan" ("weighed the bags", "shot the deer", "hit the wall" say nothing); `cues.is_cue_verb`.
SPEAKING_PARTICLES = dict(
    weigh="in", chime="in", shoot="back", fire="back", hit="back", sound="off", double="down"
) | {"lay": "out"}
FAMILY_CLASSES |= dict.fromkeys(SPEAKING_PARTICLES, "say")
FAMILY_PREP_CONTENT |= {"weigh": {"on", "about"}, "sound": {"on", "about"}, "double": {"on"}}
# Dismissal, whose object is what was dismissed: "brushed off the concerns", "shrugged off
# the report" ("brushed her hair", "waved to the crowd" say nothing).
DISMISSING_PARTICLES = {"brush": "off", "shrug": "off", "wave": "off"}
PARTICLE_CUES = SPEAKING_PARTICLES | DISMISSING_PARTICLES
FAMILY_CLASSES |= dict.fromkeys(DISMISSING_PARTICLES, "deny")
# Making a stance plain: "made clear that he would run", "made it clear she disagreed"; "made a
# clear choice" and "made the path clear" say nothing (`cues.makes_clear`).
CLARITY_VERBS = frozenset({"make"})
FAMILY_CLASSES |= dict.fromkeys(CLARITY_VERBS, "say")
# Written words credited to what carries them: "the sign read “Farmers 4 Okafor”", "an ad
# titled “Scam”".
FAMILY_CLASSES |= dict.fromkeys(["read", "title"], "say")
# A figure put on a count, stated: "put the death toll at 23" (`cue_figures`); "as she put it"
# stays a saying.
FAMILY_CLASSES |= dict.fromkeys(FIGURE_VERBS, "say")

# Verbs that are cues only in one construction ("sees X as", "attacked X for", "swiped at",
# "weighed in", "made clear", "put the toll at", "determined that"), which a headline read as a
# noun does not show.
CONSTRUCTION_CUES = (
    AS_PREDICATE_VERBS
    | VERBAL_ATTACK_VERBS
    | PARTICLE_CUES.keys()
    | CLARITY_VERBS
    | AT_ONLY_VERBS
    | PURSUIT_VERBS
    | FIGURE_VERBS
    | FINDING_VERBS
)
