"""Attribution cues: reporting verbs by class, their forms, and which complements they take.

The pipeline runs without a lemmatizer, so verb forms come from our own table: regular
inflections of every lemma plus the irregular ones.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.sources import IRREGULAR_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


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
        [
            "claim",
            "allege",
            "accuse",
            "charge",
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
        ],
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
# Past forms shared with source normalisation (one table, in sources.py), plus the irregular
# verbs only the cue lexicon uses.
IRREGULAR_FORMS = IRREGULAR_VERBS | {
    "swore": "swear",
    "sworn": "swear",
    "foresaw": "foresee",
    "foreseen": "foresee",
}


def _inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb: say/says/said is irregular, the rest follow the rules."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


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
# "knocked on doors", "censured" as a formal act, "trust" funds) stay out.
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
VERB_CLASSES |= dict.fromkeys(
    [
        "advise",
        "notify",
        "instruct",
        "counsel",
        "convince",
        "persuade",
        "implore",
        "beg",
        "exhort",
        "beseech",
    ],
    "tell",
)
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
PREP_VERBS = {lemma: "stance" for lemma in PREP_CONTENT if lemma not in VERB_CLASSES}
VERB_CLASSES |= PREP_VERBS
VERB_FORMS: dict[str, str] = {
    **{form: lemma for lemma in VERB_CLASSES for form in _inflections(lemma)},
    **IRREGULAR_FORMS,
}
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


def is_cue_verb(token: Token) -> bool:
    return (
        token.pos_ in {"VERB", "AUX"}
        and token.tag_ != "MD"
        and cue_lemma(token) in VERB_CLASSES
        and not is_naming_use(token)
    )


def is_naming_use(token: Token) -> bool:
    """A passive or participial naming construction ("referred to as", "known as", "dubbed"):
    the phrase names its noun, nobody states anything."""
    lemma = cue_lemma(token)
    if lemma not in NAMING_VERBS or token.tag_ not in {"VBN", "VBD"}:
        return False
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    as_follows = after[:1] == ["as"] or after == ["to", "as"]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    subject = any(c.dep_ in {"nsubj", "expl"} for c in token.children)
    before = doc[token.i - 1] if token.i > 0 else None
    participle = token.dep_ in {"acl", "relcl", "amod"} or (
        not subject
        and before is not None
        and (before.text in {",", "(", "-", "–", "—"} or before.pos_ in {"NOUN", "PROPN"})
    )
    if as_follows:
        return passive or participle or (token.tag_ == "VBN" and not _perfect(token))
    return lemma in NAMING_ONLY and (passive or participle)


def _perfect(token: Token) -> bool:
    """ "has described the plan as ...": an active perfect, a real statement."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "had", "having"} for c in token.children
    )


def cue_lemma(token: Token) -> str:
    """The verb's lemma from our own form table (the pipeline runs without a lemmatizer)."""
    return VERB_FORMS.get(token.lower_, token.lemma_.lower())
