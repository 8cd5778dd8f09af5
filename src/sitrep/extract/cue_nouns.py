"""Nominal cues: "her support for the bill", "the senator's claim that ...", "his criticism of".

A noun of saying, believing or taking a stance whose possessor is the source and whose
complement (a "that" clause, an infinitive or a prepositional object) is the content. A person
or organisation named as a modifier holds the noun too ("a Reuters report that ..."), and "by
his own admission" or "in her view" credits the clause it opens. Without a holder the noun names
no source and is left alone.

Predicative adjectives of stance work the same way with the subject as the source
(`cue_adjectives`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_agents import AGENT_NOUNS, agent_noun
from sitrep.extract.attribution_common import Found, cue_from, trim
from sitrep.extract.attribution_verbal import subject
from sitrep.extract.claim_spans import colon_after, names_only_a_time
from sitrep.extract.cue_adjectives import EMPTY_SUBJECTS, adjective_cues
from sitrep.extract.cue_armed import is_armed_attack
from sitrep.extract.cue_calls import is_call_to_meet
from sitrep.extract.cue_case_made import case_made
from sitrep.extract.cue_endorsements import backing_won
from sitrep.extract.cue_givers import credited_by_phrase
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cue_positions import position_cues
from sitrep.extract.cues import cue_lemma
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds, tokens_among

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Noun -> the prepositions that introduce its content ("that" clauses and infinitives always do).
NOUN_CUES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["support", "backing", "endorsement", "praise", "enthusiasm", "sympathy", "love"],
        frozenset({"for", "of"}),
    ),
    **dict.fromkeys(
        ["opposition", "objection", "resistance", "hostility", "disapproval"],
        frozenset({"to", "of"}),
    ),
    # A campaign for something: "her push for more funding" (not "a push of the button").
    "push": frozenset({"for"}),
    # Jibes aimed at someone: "his swipe at the mayor", "her digs against the plan".
    **dict.fromkeys(
        ["swipe", "swipes", "dig", "digs", "jab", "jabs"], frozenset({"at", "against"})
    ),
    **dict.fromkeys(
        [
            "criticism",
            "critique",
            "attack",
            "attacks",
            "condemnation",
            "denunciation",
            "rejection",
            "dismissal",
            "endorsements",
            "description",
            "characterization",
            "assessment",
            "analysis",
            "account",
            "view",
            "views",
            "vision",
            "defense",
            "defence",
            "announcement",
            "disclosure",
            "admission",
            "acknowledgment",
            "acknowledgement",
            "denial",
            "estimate",
            "prediction",
            "warning",
            "message",
            "embrace",
        ],
        frozenset({"of", "on", "about"}),
    ),
    **dict.fromkeys(
        [
            "claim",
            "claims",
            "assertion",
            "allegation",
            "allegations",
            "accusation",
            "accusations",
            "declaration",
            "declarations",
            "assurance",
            "assurances",
            "argument",
            "belief",
            "insistence",
            "suggestion",
            "contention",
            "fear",
            "fears",
            "hope",
            "hopes",
            "concern",
            "concerns",
            "promise",
            "pledge",
            "vow",
            "threat",
            "call",
            "calls",
            "demand",
            "demands",
            "proposal",
            "plan",
            "doubts",
            "doubt",
            "worry",
            "stance",
            "opinion",
            "idea",
            "ideas",
            "theory",
            "expectation",
            "expectations",
            "advice",
            "conclusion",
            "complaint",
            "complaints",
            "determination",
            "reply",
            "answer",
            "estimates",
            "proposals",
            "arguments",
            # plurals of the above: "her promises to cut taxes", "his vows to stay"
            "promises",
            "pledges",
            "vows",
        ],
        frozenset({"for", "about", "on", "over", "of", "to"}),
    ),
    # What was said, and about what: "a statement to the AP" or "remarks for the record" names
    # the hearer or the occasion, not what was said.
    **dict.fromkeys(
        ["statement", "comment", "comments", "remark", "remarks"],
        frozenset({"about", "on", "over", "of"}),
    ),
    # Words a crowd chants: "their chants of “Ted! Ted!”".
    **dict.fromkeys(["chant", "chants"], frozenset({"of"})),
    # Doubts raised: "raised questions about the deal" (an answered one is the asker's, below).
    **dict.fromkeys(["question", "questions"], frozenset({"about", "over", "on"})),
    # Only with a "that" clause or an infinitive: "his report on jobs" is a topic, not a claim,
    # but "her point that" (or "made the observation that") states one.
    **dict.fromkeys(["report", "reports", "point", "observation"], frozenset()),
    # "made the case that ...", "her case for a tax cut": an argument once held ("the case
    # against him" is mostly a lawsuit).
    "case": frozenset({"for"}),
}
# Nouns that, possessed after "by" or "in", credit the clause they open to the possessor: "By
# his own admission, the plan failed", "In her view, the deal is dead".
VIEWPOINT_NOUNS = frozenset({"admission", "account", "estimate", "view", "reckoning", "opinion"})
# Entities that can hold a noun cue as a modifier: "a New York Times report that ...".
HOLDER_ENTITIES = frozenset({"PERSON", "ORG"})


# Idioms of saying built on a light verb, by noun: the verbs that carry it and the prepositions
# that introduce what was said ("took issue with the plan", "took aim at the bill", "drew a
# contrast with Trump", "made fun of the ratings").
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
_MAKE = frozenset({"make", "makes", "made", "making"})
_DRAW_OR_MAKE = _MAKE | {"draw", "draws", "drew", "drawn", "drawing"}
_CAST = frozenset({"cast", "casts", "casting"})
_OFFER_OR_MAKE = _MAKE | {"offer", "offers", "offered", "offering", "issue", "issued"}
SAYING_IDIOMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "issue": (_TAKE, frozenset({"with"})),
    **dict.fromkeys(["aim", "shot", "shots", "offense", "offence"], (_TAKE, frozenset({"at"}))),
    **dict.fromkeys(["swipe", "swipes", "jab", "jabs", "dig", "digs"], (_TAKE, frozenset({"at"}))),
    **dict.fromkeys(["fun", "light"], (_MAKE, frozenset({"of"}))),
    "plea": (_MAKE, frozenset({"for"})),
    # A telling omission or a passing word: "made no mention of the rival".
    "mention": (_MAKE, frozenset({"of"})),
    **dict.fromkeys(
        ["contrast", "contrasts", "distinction"], (_DRAW_OR_MAKE, frozenset({"with", "between"}))
    ),
    **dict.fromkeys(
        ["analogy", "comparison"], (_DRAW_OR_MAKE, frozenset({"to", "with", "between"}))
    ),
    # Credit claimed and apologies made or refused: "took credit for the deal", "makes no
    # apologies for his candor".
    "credit": (_TAKE | {"claim", "claims", "claimed", "claiming"}, frozenset({"for"})),
    **dict.fromkeys(["apology", "apologies"], (_OFFER_OR_MAKE, frozenset({"for"}))),
    # A vote cast, as "voted for" is: "delegates cast their votes for Kasich".
    **dict.fromkeys(["vote", "votes", "ballot", "ballots"], (_CAST, frozenset({"for", "against"}))),
}

# Every word `noun_cues` looks at closer: the sentence's other tokens are never built.
CUE_NOUN_WORDS = frozenset(NOUN_CUES.keys() | SAYING_IDIOMS.keys() | AGENT_NOUNS)


# Verbs whose object noun cue comes from someone else ("drew criticism from", "dodged questions
# about").
RECEIVING = frozenset(
    {"draw", "drew", "drawn", "draws", "receive", "received", "earn", "earned", "attract"}
    | {"attracted", "garner", "garnered", "win", "won", "wins", "face", "faced", "faces"}
    | {"answer", "answered", "answers", "answering", "field", "fielded", "fields", "fielding"}
    | {"dodge", "dodged", "dodges", "dodging", "deflect", "deflected", "deflects", "deflecting"}
)
# Verbs whose "with" phrase meets or hands over what others say ("dealt with criticism").
MET_WITH = frozenset(
    {"deal", "deals", "dealt", "dealing", "cope", "copes", "coped", "coping", "grapple"}
    | {"grapples", "grappled", "grappling", "provide", "provides", "provided", "providing"}
    | {"meet", "meets", "met", "meeting", "greet", "greets", "greeted", "greeting", "flood"}
    | {"floods", "flooded", "flooding", "face", "faces", "faced", "facing"}
)
RELATIVES = frozenset({"who", "which", "that", "whom"})
COPULAS = frozenset({"is", "was", "are", "were", "’s", "'s", "remains", "remained"})
# Verbs that change others' support rather than give one's own ("eroding support for X").
SWAYING = frozenset(
    {"erode", "erodes", "eroded", "eroding", "boost", "boosts", "boosted", "boosting", "lose"}
    | {"loses", "lost", "losing", "undermine", "undermines", "undermined", "undermining"}
    | {"weaken", "weakens", "weakened", "weakening", "sap", "saps", "sapped", "sapping"}
)
# Nouns of support whose givers a poll names with "among" or "from".
SUPPORT_NOUNS = frozenset({"support", "backing"})


def noun_cues(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """Every possessed noun cue of the sentence with a complement, every stance agent noun with
    the person or idea it stands for, every stance adjective (`adjective_cues`) and position
    taken (`position_cues`)."""
    found: list[Found] = []
    for token in tokens_among(sentence, CUE_NOUN_WORDS):
        if token.pos_ != "NOUN" or quote_at(quotes, token.idx) is not None:
            continue
        if token.lower_ in SAYING_IDIOMS:
            idiom = _saying_idiom(token, quotes)
            if idiom is not None:
                found.append(idiom)
                continue
        if token.lower_ in AGENT_NOUNS:
            item = agent_noun(token)
            if item is not None:
                found.append(item)
            continue
        if token.lower_ not in NOUN_CUES:
            continue
        if is_armed_attack(token) or is_call_to_meet(token):
            continue
        given = _support_among(token) or backing_won(token, quotes)
        if given is not None:
            found.append(given)
            continue
        owners = [c for c in token.children if c.dep_ == "poss" and c.i < token.i]
        owners = owners or _holder_modifier(token)
        if not owners:
            item = credited_by_phrase(token) or _light_verb_noun(token, quotes)
            item = item or case_made(token, quotes)
            if item is not None:
                found.append(item)
            continue
        content = _copular_clause(token) or _content(token) or _addressed_clause(token)
        content = content or _clause_credited(token)
        if content is None:
            continue
        source = trim([t for t in owners[0].subtree if t.dep_ != "case" or t.head.i != owners[0].i])
        if not source:
            continue
        found.append(Found(content, source, cue_from(token), "stance", cue_token=token))
    return found + adjective_cues(sentence, quotes) + position_cues(sentence, quotes)


def _saying_idiom(noun: Token, quotes: list[Quote]) -> Found | None:
    """ "Sanders took issue with the bill": the light verb's subject is the source, the object
    of the idiom's preposition (on the noun or, as the parser often has it, the verb) the claim."""
    verbs, prepositions = SAYING_IDIOMS[noun.lower_]
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in verbs:
        return None
    preps = [
        c
        for c in [*noun.children, *verb.children]
        if c.dep_ == "prep" and c.lower_ in prepositions and c.i > noun.i
    ]
    objects = [c for p in preps[:1] for c in p.children if c.dep_ in {"pobj", "pcomp"}]
    source = subject(verb, quotes)
    if not objects or not source:
        return None
    cue = cue_from(noun)
    return Found(run_bounds(_less_relatives(objects[0])), source, cue, "stance", cue_token=noun)


def _less_relatives(head: Token) -> list[Token]:
    """The phrase less its relative clauses: in "made no mention of Bush, who quit", what Bush
    said is his own claim, not part of what was left unsaid."""
    dropped = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    return trim([t for t in head.subtree if t.i not in dropped])


def _light_verb_noun(noun: Token, quotes: list[Quote]) -> Found | None:
    """ "made allegations against the NRA", "unleashed attacks against Rubio", "came out in
    support of Cruz", "opened with a call for a recount": the noun is the object of a verb whose
    subject is the source. With a verb of receiving ("drew criticism from X") the giver is the
    source and the subject the content."""
    verb = noun.head
    said_in = verb.lower_ == "in"
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and (said_in or _made_with(verb)):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"} or (
        noun.lower_ in SUPPORT_NOUNS and verb.lower_ in SWAYING
    ):
        return None
    holder = _holder(verb, quotes)
    if not holder:
        return None
    cue = cue_from(noun)
    if verb.lemma_.lower() in RECEIVING or verb.lower_ in RECEIVING:
        givers = [
            p
            for p in [*noun.children, *verb.children]
            if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i
        ]
        source = trim([t for t in givers[0].subtree if t.i != givers[0].i]) if givers else []
        claim = holder
        if not source or not claim:
            return None
        return Found(run_bounds(claim), source, cue, "stance", cue_token=noun)
    medium = said_in and VERB_CLASSES.get(cue_lemma(verb)) == "say"
    content = _content(noun, extra=frozenset({"against"}), medium=medium)
    content = content or _addressed_clause(noun)
    content = content or colon_after(noun, noun.sent)
    if content is None:
        return None
    return Found(content, holder, cue, "stance", cue_token=noun)


def _holder(verb: Token, quotes: list[Quote]) -> list[Token]:
    """The light verb's subject; for a participle set off as an adjunct ("..., delivering a
    blistering critique of"), the subject of the clause it continues."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if subjects:
        empty = subjects[0].lower_ in EMPTY_SUBJECTS | RELATIVES
        return [] if empty else trim(list(subjects[0].subtree))
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    found = subject(verb, quotes)
    return [] if not found or found[0].lower_ in EMPTY_SUBJECTS | RELATIVES else found


def _made_with(preposition: Token) -> bool:
    """ "entered the debate with an argument that ...", "opened with a call for ...": the noun
    is what the subject brings; not where the subject meets or is handed it ("dealt with
    criticism", "was greeted with calls to resign", "provided them with a message")."""
    verb = preposition.head
    return (
        preposition.lower_ == "with"
        and verb.i < preposition.i
        and verb.lower_ not in MET_WITH
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _addressed_clause(noun: Token) -> tuple[int, int] | None:
    """ "made the case to voters that he can win", "her warning to Iran that ...": after the
    addressee the parser hangs the "that" clause on whatever word is near; with only the
    addressee between, it is still the noun's content."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "to":
        return None
    for token in doc[noun.i + 2 : min(noun.i + 14, noun.sent.end)]:
        if token.lower_ == "that" and token.dep_ == "mark":
            clause = token.head
            if not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children):
                return None
            tokens = trim([t for t in clause.subtree if t.i >= token.i])
            return run_bounds(tokens) if tokens else None
        if token.is_punct or token.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return None
    return None


def _clause_credited(noun: Token) -> tuple[int, int] | None:
    """ "By his own admission, the plan failed": the clause the phrase modifies, without it."""
    phrase = noun.head
    if (
        noun.lower_ not in VIEWPOINT_NOUNS
        or noun.dep_ != "pobj"
        or phrase.lower_ not in {"by", "in"}
        or phrase.i != phrase.head.left_edge.i
        or phrase.head.pos_ not in {"VERB", "AUX"}
    ):
        return None
    aside = {t.i for t in phrase.subtree}
    clause = trim([t for t in phrase.head.subtree if t.i not in aside and t.i > phrase.i])
    if not clause:
        return None
    return run_bounds(clause)


def _copular_clause(noun: Token) -> tuple[int, int] | None:
    """ "Her argument is that voters want change", "My advice is, stay home", "Her advice to
    recruits is to listen": the clause the copula equates with the possessed noun, which says
    more than a phrase on the noun (the recruits are only those advised)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lower_ not in COPULAS:
        return None
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
    tokens = trim(list(clauses[0].subtree)) if clauses else []
    return run_bounds(tokens) if tokens else None


def _holder_modifier(noun: Token) -> list[Token]:
    """ "a New York Times report that ...", "the White House statement that ...": a person or
    organisation named as the noun's modifier holds it as plainly as a possessor does; so does
    a party or a people ("renewed Republican calls for ...", "Russian denials that ...")."""
    names = [
        c
        for c in noun.children
        if c.i < noun.i
        and (
            (c.dep_ == "compound" and c.ent_type_ in HOLDER_ENTITIES)
            or (c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" and c.text[:1].isupper())
        )
    ]
    return names[-1:]


def _support_among(noun: Token) -> Found | None:
    """ "Clinton enjoys strong support among black voters", "her support among young voters":
    the group among (or from) whom the support comes is the source, the one supported (the
    possessor, or the subject of the verb holding the noun) the content."""
    if noun.lower_ not in SUPPORT_NOUNS:
        return None
    holder = noun.head if noun.dep_ == "dobj" else None
    places = [*noun.children, *(holder.children if holder is not None else [])]
    givers = [p for p in places if p.dep_ == "prep" and p.lower_ in {"among", "from"}]
    givers = [p for p in givers if p.i > noun.i]
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i < noun.i]
    if holder is not None and not owners:
        owners = [c for c in holder.children if c.dep_ == "nsubj" and c.i < holder.i]
    if not givers or not owners:
        return None
    source = trim([t for t in givers[0].subtree if t.i != givers[0].i])
    content = trim(list(owners[0].subtree))
    if not source or not content or content[0].lower_ in EMPTY_SUBJECTS | RELATIVES:
        return None
    cue = cue_from(noun)
    return Found(run_bounds(content), source, cue, "stance", cue_token=noun)


def _content(
    noun: Token, extra: frozenset[str] = frozenset(), medium: bool = False
) -> tuple[int, int] | None:
    """The noun's complement: a "that" clause, an infinitive, a prepositional object, or a clause
    opened by a preposition ("a call for the US to act", parsed as an adverbial clause). Where
    the noun is only the vessel of a saying verb ("said in a statement on X", "in a message on
    its channels"), its "on" names the medium, not what was said."""
    preps = (NOUN_CUES[noun.lower_] | extra) - ({"on"} if medium else frozenset())
    for child in noun.children:
        if child.i < noun.i:
            continue
        opener = [c for c in child.children if c.dep_ == "mark" and c.i == noun.i + 1]
        if child.dep_ in {"acl", "ccomp", "relcl"} and _is_complement_clause(child):
            tokens = trim(list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ in preps and not names_only_a_time(child):
            tokens = trim([t for t in child.subtree if t.i != child.i])
        elif child.dep_ == "advcl" and opener and opener[0].lower_ in preps:
            tokens = trim([t for t in child.subtree if t.i > opener[0].i])
        else:
            continue
        if tokens:
            return run_bounds(tokens)
    return None


def _is_complement_clause(clause: Token) -> bool:
    """ "that the deal is dead" or "to repeal the law", not a relative clause ("that he made")."""
    marks = [c for c in clause.children if c.dep_ in {"mark", "aux"} and c.i < clause.i]
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children)
    return any(m.lower_ == "to" for m in marks) or (
        any(m.lower_ == "that" for m in marks) and has_subject
    )
