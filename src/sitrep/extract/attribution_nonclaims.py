"""Reporting verbs that report nothing: no answer ("did not respond to a request for comment"),
a question left open ("did not say whether anyone was hurt"), an answer refused ("declined to
comment on the report", `attribution_refusals`), no check ("could not verify the reports",
"hard to verify", "was not able to verify"), a request not to be named ("a resident who asked
not to be named"), a question put by nobody named ("Asked about the raid, the minister said",
`attribution_reduced_passives`), the terms or the outlet of speaking ("speaking on condition of
anonymity", "speaking on CNN"), ground claimed ("Moscow claims two villages"), acts planned
("planned an attack"), states declared ("declared a state of emergency"), thanks in the writer's
own voice ("We thank the residents for ..."), a case referred to a body, a notice of where
the piece was first published, and a release's formal wish ("wishes to state that
...", whose verb of saying reports instead) and a transcript's question turn ("Q: Beijing says
...", `attribution_questions`).
These say how a source behaved or may be cited, or what it holds, means to do or does by
saying so, not what it claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_reduced_passives import asked_unnamed
from sitrep.extract.attribution_refusals import REFUSAL_VERBS, refuses_comment
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.sources import is_media_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# Being named in print: "asked not to be named", "not be identified".
NAMING_PASSIVES = frozenset({"named", "identified", "quoted", "cited"})
# A name kept out of print: "asking that her name not be used", "that his identity not be
# disclosed".
IDENTITY_NOUNS = frozenset({"name", "names", "identity", "identities"})
WITHHELD_PASSIVES = frozenset({"used", "published", "disclosed", "revealed", "given", "printed"})
# Verbs of answering, checking and making public: negated ("did not respond", "could not
# verify", "does not publish its losses", "does not disclose its casualties"), they report
# that nothing was said ("did not mention X" is a telling omission, and is kept).
ANSWER_VERBS = frozenset(
    {"respond", "reply", "answer", "return", "comment", "verify", "publish", "disclose"}
)
# Checks that may be out of reach ("making it hard to verify reports", "unable to confirm").
CHECK_VERBS = frozenset({"verify", "confirm"})
HARDSHIPS = frozenset({"hard", "harder", "difficult", "impossible", "unable", "tough"})
# Verbs whose negation before a question leaves it open: "did not say whether", "did not
# specify how many".
TELLING_VERBS = frozenset({"say", "specify", "disclose"})
QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "who", "what", "when", "where", "which"})
# Refusals to answer: "declined to comment on the report", "refused to say whether". The
# answer verb under the refusal reports nothing itself, nor does the refusal unless it withholds
# a statement (`attribution_refusals`).
WITHHELD_ANSWERS = ANSWER_VERBS | {"say", "elaborate", "discuss", "confirm", "specify", "disclose"}
# Terms under which a source speaks: "on condition of anonymity", "on background".
SPEAKING_TERMS = frozenset({"condition", "background"})
# Words for the programme or medium a speaker was on ("on television", "on radio show X").
AIR_NOUNS = frozenset(
    {"television", "tv", "radio", "air", "show", "program", "programme", "podcast", "broadcast"}
    | {"channel", "network", "station", "camera", "livestream", "video"}
)
# Ground a side may claim to hold: "claims two villages", "claimed the town of X".
GROUND_NOUNS = frozenset(
    {"village", "villages", "town", "towns", "city", "cities", "settlement", "settlements"}
    | {"territory", "territories", "area", "areas", "region", "regions", "island", "islands"}
    | {"land", "lands", "district", "districts", "hamlet", "hamlets", "hill", "hills"}
)
# What a government or an institution declares as an act, not a claim: "a state of emergency",
# "hospitals declared an emergency", "a curfew", "a lockdown of all schools", "martial law",
# "declared independence in 1991", "declared a truce", "national mourning" ("declared war on
# X" is often a manifesto's message, and is kept).
DECLARED_ACTS = frozenset(
    {"curfew", "curfews", "lockdown", "lockdowns", "law", "emergency", "emergencies"}
    | {"independence", "sovereignty", "ceasefire", "truce", "mourning"}
)
# Spans an act declared may be given for: "three days of national mourning".
DECLARED_PERIODS = frozenset({"day", "days", "week", "weeks", "period"})
# Verbs that make a statement in the saying, after a release's "wishes to" or "would like to".
FORMAL_STATEMENTS = frozenset(
    {"state", "say", "announce", "report", "inform", "notify", "advise", "clarify", "declare"}
    | {"stress", "emphasize", "emphasise", "reiterate", "confirm", "deny", "note", "remind"}
    | {"assure", "reassure", "point"}
)
# Places by entity label.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def says_nothing(token: Token, quotes: list[Quote]) -> bool:
    """The reporting verb states no claim: a negated or refused answer, a question left open, a
    negated check, a plea for anonymity, or only the terms of speaking."""
    return (
        _no_answer(token)
        or _failed_check(token)
        or _hard_check(token)
        or _open_question(token)
        or is_speech_asked_about(token)
        or asked_unnamed(token)
        or _withheld_answer(token)
        or refuses_comment(token)
        or _asks_anonymity(token)
        or _terms_only(token)
        or _claims_ground(token)
        or _plans_an_act(token)
        or _declares_a_state(token)
        or _names_a_relays_source(token)
        or _retracted_version(token)
        or _writers_thanks(token, quotes)
        or _formal_wish(token)
        or governed(token)
        or _referred_onward(token)
        or publication_notice(token)
    )


# Verbs that tell where a piece of writing appeared, and the nouns for the piece itself.
PUBLISHING_VERBS = frozenset({"publish", "republish", "reprint", "post", "appear", "syndicate"})
PIECE_NOUNS = frozenset({"article", "story", "report", "piece", "column", "version", "interview"})


def _referred_onward(token: Token) -> bool:
    """ "could refer the case to the Security Council": a case handed on to a body is an act,
    not words about "the Security Council" ("referred to the raid as a massacre" is a claim)."""
    return cue_lemma(token) == "refer" and any(c.dep_ == "dobj" for c in token.children)


def publication_notice(token: Token) -> bool:
    """ "This article was originally published by X and is republished here with permission":
    where the piece itself first appeared is the page's furniture, not a claim by X."""
    if cue_lemma(token) not in PUBLISHING_VERBS:
        return False
    verb = token.head if token.dep_ == "conj" else token
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        s.lower_ in PIECE_NOUNS and any(d.lower_ in {"this", "the"} for d in s.children)
        for s in subjects
    )


# "An earlier version of this story said 40 were killed": the paper withdrawing what it printed.
EARLIER_WORDS = frozenset({"earlier", "previous", "original", "initial", "first", "prior"})


def _retracted_version(token: Token) -> bool:
    """What an earlier version of the story said is retracted by the correction telling it,
    no claim of anyone's."""
    return any(
        child.dep_ == "nsubj"
        and child.lower_ == "version"
        and any(c.lower_ in EARLIER_WORDS for c in child.children)
        for child in token.children
    )


def _writers_thanks(token: Token, quotes: list[Quote]) -> bool:
    """ "We thank the people of the village for ...", "We would like to thank our partners": a
    press release or a newsroom thanking in its own voice is a courtesy, not a claim (a quoted
    "we" is its speaker's, and "the army thanked residents for the tip" is reported; both are
    kept)."""
    if cue_lemma(token) == "thank":
        speaker_verb = token.head if token.dep_ == "xcomp" else token
    elif any(c.dep_ == "xcomp" and cue_lemma(c) == "thank" for c in token.children):
        speaker_verb = token
    else:
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ == "we" and quote_at(quotes, c.idx) is None
        for c in speaker_verb.children
    )


def _formal_wish(token: Token) -> bool:
    """ "The ministry wishes to state that ...", "We would like to announce that ...": the wish is
    the formula of a release, and the statement is made in the saying; the verb of saying under
    it reports the claim ("wants to tell voters that ..." is an intention, and is kept)."""
    performative = cue_lemma(token) == "wish" or (
        cue_lemma(token) == "like" and any(c.lower_ == "would" for c in token.children)
    )
    return performative and any(
        c.dep_ == "xcomp" and cue_lemma(c) in FORMAL_STATEMENTS for c in token.children
    )


def _plans_an_act(token: Token) -> bool:
    """ "two militants who had planned an attack", "planned a rally for Friday": planning an act
    states nothing ("plans to run" says what one means to do, and is kept)."""
    return cue_lemma(token) == "plan" and any(c.dep_ == "dobj" for c in token.children)


def _declares_a_state(token: Token) -> bool:
    """ "The government declared a state of emergency", "declared a curfew": the declaration is
    the act itself, not a statement of fact to report, and so is "declared three days of
    mourning" ("declared that the vote was rigged" and "declared the election void" are
    kept)."""
    return cue_lemma(token) == "declare" and any(
        c.dep_ == "dobj"
        and c.i > token.i
        and (
            (c.lower_ in {"state", "states"} and any(p.lower_ == "of" for p in c.children))
            or _declared_act(c)
            or (c.lower_ in DECLARED_PERIODS and any(_declared_act(o) for o in _of_objects(c)))
        )
        for c in token.children
    )


def _declared_act(noun: Token) -> bool:
    """A noun for an act done by declaring it; "law" only as martial law."""
    return noun.lower_ in DECLARED_ACTS and (noun.lower_ != "law" or _martial(noun))


def _of_objects(noun: Token) -> list[Token]:
    """ "days of mourning": the nouns after "of"."""
    return [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _names_a_relays_source(token: Token) -> bool:
    """ "according to the agency, which cited a local news site": the relative clause names where
    the agency had it from, a further link of the chain, not something the agency claims."""
    holder = token.head
    return (
        cue_lemma(token) == "cite"
        and token.dep_ == "relcl"
        and holder.dep_ == "pobj"
        and holder.head.lower_ == "to"
        and holder.head.head.lower_ == "according"
    )


def _martial(law: Token) -> bool:
    """ "martial law" is declared as an act; any other law is a subject of claims."""
    return any(c.lower_ == "martial" for c in law.children)


def _claims_ground(token: Token) -> bool:
    """ "Moscow claims two villages", "Russia claimed the town of X": a side claiming a place
    claims to hold it, which is no proposition to report ("claimed the capture of X" is)."""
    return cue_lemma(token) == "claim" and any(
        c.dep_ == "dobj"
        and c.i > token.i
        and (c.lower_ in GROUND_NOUNS or c.ent_type_ in PLACE_LABELS)
        for c in token.children
    )


def governed(token: Token) -> bool:
    """ "Niger and Mali, both ruled by juntas": a country ruled by someone is governed; a court
    or referee rules something ("was ruled unconstitutional by the court" keeps its verdict)."""
    return (
        cue_lemma(token) == "rule"
        and any(c.dep_ == "agent" for c in token.children)
        and not any(c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"} for c in token.children)
    )


def _no_answer(token: Token) -> bool:
    """ "did not immediately respond to a request for comment", "did not return calls", "could
    not independently verify the reports": saying nothing is no claim."""
    return cue_lemma(token) in ANSWER_VERBS and any(c.dep_ == "neg" for c in token.children)


def _failed_check(token: Token) -> bool:
    """ "Reuters could not independently confirm the toll": a check that could not be made
    neither confirms nor denies anything ("did not confirm the strike" may still be a refusal
    to confirm, and is kept)."""
    return (
        cue_lemma(token) == "confirm"
        and any(c.dep_ == "neg" for c in token.children)
        and any(c.dep_ == "aux" and c.lower_ in {"could", "can"} for c in token.children)
    )


def _hard_check(token: Token) -> bool:
    """ "making it hard to verify reports", "It was impossible to confirm the toll", "Reporters
    were unable to verify the claims": a check out of reach confirms nothing."""
    if cue_lemma(token) not in CHECK_VERBS or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False
    head = token.head
    return (
        head.lower_ in HARDSHIPS
        or any(c.dep_ == "acomp" and c.lower_ in HARDSHIPS for c in head.children)
        or _not_able(head)
    )


def _not_able(word: Token) -> bool:
    """ "was not able to verify": "able" negated on itself or on the verb it completes."""
    return word.lower_ == "able" and any(
        c.dep_ == "neg" for c in [*word.children, *word.head.children]
    )


def _open_question(token: Token) -> bool:
    """ "It did not say whether any soldiers were killed": a question left unanswered is neither
    a claim nor its denial."""
    return (
        cue_lemma(token) in TELLING_VERBS
        and any(c.dep_ == "neg" for c in token.children)
        and any(
            c.dep_ in {"ccomp", "advcl"} and c.i > token.i and c.left_edge.lower_ in QUESTION_WORDS
            for c in token.children
        )
    )


def is_speech_asked_about(token: Token) -> bool:
    """ "Ortiz asked why her husband did not speak", "wondered whether the mayor would speak": a
    speech an indirect question asks about is none that took place, and states nothing. A belief
    asked about ("asked which rival they believed would win") still tells what is believed."""
    return (
        token.dep_ == "ccomp"
        and VERB_CLASSES.get(cue_lemma(token)) in {"say", "tell"}
        and token.left_edge.lower_ in QUESTION_WORDS
        and is_cue_verb(token.head)
    )


def _withheld_answer(token: Token) -> bool:
    """ "declined to comment on the report": "comment" did not happen, so "the report" is no
    claim of the ministry's (nor is the refusal one, `attribution_refusals`)."""
    return (
        token.dep_ == "xcomp"
        and cue_lemma(token.head) in REFUSAL_VERBS
        and cue_lemma(token) in WITHHELD_ANSWERS
    )


def _terms_only(token: Token) -> bool:
    """ "three officials said, speaking on condition of anonymity", "The governor, speaking on
    CNN, said ...": the phrase gives the terms or the outlet of speaking, and the verb has no
    clause or object of its own to report ("speaking on the storm" keeps its topic, and so does
    "spoke on Fox News about the race")."""
    if any(c.dep_ in {"ccomp", "dobj", "xcomp", "attr"} for c in token.children):
        return False
    said_on = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if any(o.lower_ in SPEAKING_TERMS for o in said_on):
        return True
    topics = any(c.dep_ == "prep" and c.lower_ in {"about", "of"} for c in token.children)
    return cue_lemma(token) == "speak" and not topics and any(_names_an_outlet(o) for o in said_on)


def _names_an_outlet(noun: Token) -> bool:
    """ "on CNN", "on Fox News", "on state television", "on radio show X": an outlet by a media
    word or an outlet's name, for "speaking on NATO" and "speaking on Monday" name a topic and
    a time."""
    words = sorted([noun, *(c for c in noun.children if c.dep_ == "compound")], key=lambda t: t.i)
    if any(w.lower_ in AIR_NOUNS for w in words):
        return True
    return noun.ent_type_ == "ORG" and is_media_name(" ".join(w.text for w in words))


def _asks_anonymity(token: Token) -> bool:
    """ "a resident who asked not to be named", "requested anonymity", "asking that her name not
    be used": how the source may be cited, not what it says."""
    if cue_lemma(token) not in {"ask", "request", "seek", "demand"}:
        return False
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp", "dobj"} and child.i > token.i:
            heads = {child.lower_} | {c.lower_ for c in child.children}
            if heads & {"anonymity", "anonymous"} or (
                child.lower_ in NAMING_PASSIVES and "not" in heads
            ):
                return True
            if _name_withheld(child):
                return True
    return False


def _name_withheld(clause: Token) -> bool:
    """ "that her name not be used": a negated passive of printing whose subject is the name."""
    return (
        clause.lower_ in WITHHELD_PASSIVES
        and any(c.dep_ == "neg" for c in clause.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ in IDENTITY_NOUNS for c in clause.children)
    )
