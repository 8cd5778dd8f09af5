"""The attribution cue lexicon: reporting verbs by class and the complements each takes.

Built from general verb classes (Levin's verbs of communication, cognition and judgement, and
the usual lists of reporting verbs); one block of common verbs was checked against how often
PolNeAR's train split marks them (a word list, no text; see the comment there). `cues` turns it
into word forms and decides, token by token, which verbs are cues.
"""

from __future__ import annotations

from sitrep.extract.cue_families import (
    AS_PREDICATE_VERBS,
    DISMISSING_PARTICLES,
    FAMILY_CLASSES,
    FAMILY_OBJECT_VERBS,
    FAMILY_PREP_CONTENT,
)

# Verbs of a state of mind ("believes", "wants"): claims of belief or intent, and (in
# `attribution_scope`) statements that report no words of the holder's.
STATES_OF_MIND = (
    "believe",
    "think",
    "feel",
    "fear",
    "hope",
    "worry",
    "know",
    "doubt",
    "suspect",
    "want",
    "wish",
    "understand",
    "assume",
    "consider",
)
# Verbs of urging and persuading, which tell someone something and take an infinitive claim.
URGING_VERBS = (
    "advise",
    "instruct",
    "counsel",
    "convince",
    "persuade",
    "implore",
    "beg",
    "exhort",
    "beseech",
)

VERB_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        [
            "say",
            "add",
            "note",
            "explain",
            "state",
            "write",
            "tweet",
            "post",
            "remark",
            "comment",
            "reply",
            "respond",
            "answer",
            "continue",
            "call",
            "describe",
            "recall",
            "stress",
            "emphasize",
            "emphasise",
            "declare",
            "announce",
            "testify",
            "ask",
            "mention",
            "speak",
            "quote",
            "hear",
            "urge",
            "promise",
            "vow",
            "pledge",
            "complain",
            "criticize",
            "criticise",
            "praise",
            "insist",
            "argue",
            "assert",
            "maintain",
            "contend",
            "boast",
            "joke",
            "suggest",
            "propose",
            "point",
            "observe",
            "recount",
            "characterize",
            "label",
            "describe",
            "reiterate",
            "repeat",
            "concede",
        ],
        "say",
    ),
    **dict.fromkeys(["tell", "inform", "brief"], "tell"),
    **dict.fromkeys(["report", "disclose", "publish"], "report"),
    **dict.fromkeys(["warn", "caution", "threaten", "alert"], "warn"),
    **dict.fromkeys(
        ["estimate", "predict", "forecast", "project", "expect", "calculate", "anticipate"],
        "estimate",
    ),
    **dict.fromkeys(
        ["claim", "allege", "accuse", "charge", *STATES_OF_MIND],
        "claim",
    ),
    **dict.fromkeys(["deny", "reject", "dismiss", "refute", "dispute", "rebut"], "deny"),
    **dict.fromkeys(["confirm", "acknowledge", "admit", "verify", "agree"], "confirm"),
    **dict.fromkeys(
        ["show", "reveal", "indicate", "depict", "demonstrate", "find", "suggest"], "show"
    ),
    **dict.fromkeys(["cite"], "citing"),
    # Stances: evaluation, preference and endorsement of a person, plan or idea (the object).
    **dict.fromkeys(
        [
            "support",
            "back",
            "endorse",
            "oppose",
            "favor",
            "favour",
            "prefer",
            "like",
            "dislike",
            "love",
            "hate",
            "applaud",
            "welcome",
            "hail",
            "commend",
            "thank",
            "congratulate",
            "blame",
            "condemn",
            "denounce",
            "slam",
            "blast",
            "mock",
            "ridicule",
            "decry",
            "lament",
            "bemoan",
            "tout",
            "champion",
            "defend",
            "question",
            "challenge",
            "disavow",
            "embrace",
            "advocate",
            "recommend",
            "demand",
            "request",
            "discuss",
            "highlight",
            "express",
            "voice",
        ],
        "stance",
    ),
}
# Classes whose noun-phrase object is the claim ("confirmed the strike", "showed men ...").
OBJECT_CONTENT = frozenset({"report", "show", "deny", "confirm", "estimate", "claim", "stance"})
# Reporting verbs whose object is what they report ("praised the plan", "described the deal").
OBJECT_VERBS = frozenset(
    [
        "praise",
        "criticize",
        "criticise",
        "describe",
        "characterize",
        "label",
        "recall",
        "reiterate",
        "repeat",
        "propose",
        "suggest",
        "announce",
        "promise",
        "pledge",
        "mention",
        "recount",
        "predict",
        "urge",
        "echo",
        "portray",
        "liken",
        "note",
        "declare",
        "voice",
        "express",
        "protest",  # "protested the ruling": the objection is the claim
        "cite",
        "highlight",
        # Verbs of stressing and explaining: "stressed the need for talks", "explains the delay".
        "stress",
        "emphasize",
        "emphasise",
        "explain",
        "clarify",
        "specify",
        "summarize",
        "assert",
        "affirm",
        "reaffirm",
        "confess",
        "signal",
        "retweet",
        "illustrate",
        "underscore",
        "underline",
    ]
)
# Cue verbs whose bare noun-phrase object is mostly another sense ("found a way", "found
# themselves in the thick of it", "assumed office"): only a clause, a predicate ("found that
# ...", "found him credible") or a count ("found 31 cases") makes them report a finding.
OBJECT_OTHER_SENSE = frozenset({"find", "assume"})
# Phrasal verbs whose object is what was said or promoted ("pointed out the gap", "talked up
# his record", "laid out her plan"), though the verb alone takes none.
PARTICLE_OBJECT = frozenset({("point", "out"), ("talk", "up"), ("lay", "out")})
# Verb and preposition whose object is the content ("called for a ban", "voted for him").
PREP_CONTENT = {
    "call": {"for"},
    "vote": {"for", "against"},
    "refer": {"to"},
    "talk": {"about", "of"},
    "speak": {"about", "of", "on", "against"},
    "ask": {"about", "for"},
    "warn": {"of", "about", "against"},
    "complain": {"about", "of"},
    "argue": {"for", "against"},
    "comment": {"on"},
    "worry": {"about"},
    "think": {"about", "of"},
    "push": {"for"},
    "press": {"for"},
    "campaign": {"for", "against"},
    "rail": {"against"},
    "lash": {"at"},
    "focus": {"on"},
    "insist": {"on"},
    "agree": {"with", "on"},
    "disagree": {"with", "on"},
    "object": {"to"},
    "plead": {"for"},
    "hope": {"for"},
    "wonder": {"about"},
    "care": {"about"},
    "boast": {"about", "of"},
    "joke": {"about"},
    "testify": {"about", "on"},
    "write": {"about", "of"},
    "tweet": {"about"},
    "respond": {"to", "with"},
    "reply": {"to"},
    "thank": {"for"},
    "praise": {"for"},
    "criticize": {"for"},
    "blame": {"for"},
    "react": {"to"},
    "apologize": {"for"},
    "balk": {"at"},
    "side": {"with"},
    "distance": {"from"},
    "point": {"to"},
    "hint": {"at"},
    "remind": {"of", "about"},
}
VERB_CLASSES |= {"refuse": "stance"}  # "refused to disavow the endorsement"
# General English reporting and stance vocabulary, chosen from the cue lemmas PolNeAR's train
# split marks at least three times (a lexicon, not documents): said aloud, concluded, learned,
# assailed, intended ("declined to", "plans to"). "attack" and "seek" were tried and cost more
# precision than they gave recall.
VERB_CLASSES |= dict.fromkeys(
    ["conclude", "chant", "shout", "yell", "exclaim", "interject", "imply", "signal", "hint"],
    "say",
)
# A court or an official states a finding: "the court ruled that the law was void".
VERB_CLASSES |= {"rule": "say"}
VERB_CLASSES |= dict.fromkeys(["remind", "encourage", "assure"], "tell")
VERB_CLASSES |= dict.fromkeys(
    ["learn", "recognize", "remember", "realize", "desire", "long", "yearn", "aspire"], "claim"
)
VERB_CLASSES |= dict.fromkeys(
    [
        "assail",
        "lambaste",
        "deride",
        "rebuke",
        "target",
        "echo",
        "portray",
        "liken",
        "decline",
        "plan",
        "decide",
        "intend",
        "pledge",
        "offer",
    ],
    "stance",
)
# Levin's verb classes of communication (say, manner of speaking, complain, advise), of
# conjecture and longing, and of judgement (praise and blame), as far as news uses them to report
# a statement, a belief or a verdict; readings that are mostly something else ("pronounced dead",
# "knocked on doors", "censured" as a formal act, "trust" funds, "grilled" food) stay out.
VERB_CLASSES |= dict.fromkeys(
    [
        "affirm",
        "reaffirm",
        "aver",
        "avow",
        "proclaim",
        "confess",
        "confide",
        "relate",
        "retort",
        "counter",
        "rejoin",
        "quip",
        "whisper",
        "mutter",
        "murmur",
        "scream",
        "cry",
        "grumble",
        "groan",
        "sigh",
        "gush",
        "rave",
        "rant",
        "blurt",
        "email",
        "text",
        "retweet",
        "opine",
        "theorize",
        "speculate",
        "posit",
        "hypothesize",
        "specify",
        "clarify",
        "elaborate",
        "summarize",
        "preach",
        "lecture",
        "reason",
        "muse",
        "marvel",
        "gripe",
        "grouse",
        "whine",
        "protest",
        "swear",
        "guarantee",
        "underscore",
        "underline",
        "illustrate",
    ],
    "say",
)
VERB_CLASSES |= dict.fromkeys(["notify", *URGING_VERBS], "tell")
VERB_CLASSES |= dict.fromkeys(
    [
        "guess",
        "reckon",
        "suppose",
        "imagine",
        "envision",
        "foresee",
        "wonder",
        "regard",
        "perceive",
        "admire",
        "mourn",
        "resent",
        "regret",
        "appreciate",
        "conjecture",
    ],
    "claim",
)
VERB_CLASSES |= dict.fromkeys(
    [
        "laud",
        "acclaim",
        "castigate",
        "chastise",
        "scold",
        "reprimand",
        "fault",
        "excoriate",
        "berate",
        "chide",
        "disparage",
        "belittle",
        "lampoon",
        "skewer",
        "vilify",
        "demonize",
        "smear",
        "insult",
        "taunt",
        "compliment",
        "salute",
        "upbraid",
        "reproach",
        "pillory",
        "bash",
        "trash",
        "pan",
    ],
    "stance",
)
# The cue families (`sitrep.extract.cue_families`), merged into the tables above.
VERB_CLASSES |= FAMILY_CLASSES
OBJECT_VERBS |= FAMILY_OBJECT_VERBS | AS_PREDICATE_VERBS
PREP_CONTENT |= FAMILY_PREP_CONTENT
PARTICLE_OBJECT |= frozenset(DISMISSING_PARTICLES.items())
PREP_VERBS = {lemma: "stance" for lemma in PREP_CONTENT if lemma not in VERB_CLASSES}
VERB_CLASSES |= PREP_VERBS

# Verbs whose infinitive complement is a stance, not an action ("agreed to deliver" is not).
XCOMP_CLAIMS = frozenset(
    [
        "want",
        "wish",
        "hope",
        "expect",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "claim",
        "deny",
        "urge",
        "ask",
        "tell",
        "warn",
        "predict",
        "estimate",
        "call",
        "appear",
        "seem",
        "refuse",
        "decline",
        "plan",
        "decide",
        "intend",
        "aim",
        "encourage",
        "remind",
        "vote",
        "choose",
        # Desire and offer: "would like to see", "longs to return", "offered to resign".
        "like",
        "love",
        "prefer",
        "hate",
        "desire",
        "long",
        "yearn",
        "aspire",
        "propose",
        "offer",
        # Urging and persuading: "exhorted Republicans to vote", "persuaded them to wait",
        # "pressed the allies to act", "challenged him to prove it".
        *URGING_VERBS,
        "press",
        "challenge",
    ]
)
# Verbs whose passive subject is the speaker ("a man's voice is heard").
PASSIVE_SPEAKER = frozenset({"hear", "quote"})


# Participles that name rather than report: "men, referred to as North Koreans", "a group known
# as X", "what was described as a drill", "dubbed the Iron Lady".
NAMING_VERBS = frozenset(
    {"refer", "know", "describe", "identify", "dub", "call", "name", "label", "term", "brand"}
    | {"nickname", "bill", "style", "characterize", "characterise", "list", "classify"}
)
NAMING_ONLY = frozenset({"dub", "nickname", "term", "brand", "style"})
