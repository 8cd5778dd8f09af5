"""Which event mentions become ledger events (the precision policy of `sitrep.extract.events`).

A trigger word found by `find_triggers` is a *mention*; the ledger keeps only the mentions that
report something that happened, or a concrete announced/expected event. The rules, in order:

1. Negated mentions are dropped ("have not started fighting", "no attack was carried out"): a
   non-occurrence is not an event. Modality "denied" is kept for events that are *claimed and
   denied* (an attribution whose certainty is "denied": "Moscow denied that its forces struck the
   hospital"); those stay in the ledger because the disputed claim is itself news.
2. Open questions and conditions are dropped: a mention inside a "whether" / "if" / "unless"
   clause ("it was unclear whether troops would be sent").
3. Purpose clauses are dropped: an infinitive that gives the aim of another action ("sent out to
   fight", "deployed to repel incursions", "campaign aimed at driving out"). An infinitive that is
   the complement of a non-event verb is kept and typed by `event_modality`: "expected to assemble"
   (expected), "agreed to deliver" (planned), "managed to claw back" (happened).
4. Background activity is dropped: a gerund or noun trigger governed by "from" or "of"
   ("diverting forces from fighting in Donbas", "the cost of fighting") names an ongoing war, not
   an event. An act a pledge would stop ("vowed to halt strikes on the city") is dropped too:
   the pledge is the news (`event_cessations`).
5. Hypotheticals (modality "expected") are kept only when concrete: with a date or a place
   ("could be deployed to the battlefield in Kursk as soon as Sunday"); "Russia could escalate"
   with neither is dropped. A demand or a threat on a condition is news without either
   (`event_announcements.news_without_scene`; `event_ultimatums` when the condition holds the
   only act word).
6. Statements: only sentences whose main content is a statement act (warn, threaten, demand,
   urge, call for, condemn, accuse, reject, promise...) give a "statement" event; a bare reporting
   clause (", officials said", ", the paper reported") gives none, unless what it reports is itself
   a demand ("X must ..."), a refusal ("will not ..."), a threat or a promise ("will ..."), which
   `reported_act` types for PLOVER (`event_modals` reads the modal, as for acts announced).
7. Aid needs a concrete object: an amount, a named kind of aid (a loan, tanks, food) or a
   qualified one ("military aid"); "weapons they have provided" (a relative clause describing the
   weapons) is not an aid event.
8. Back-references ("the territory it seized during its incursion": a relative clause on a noun)
   are linked to the earlier event of the same type as restatements (`duplicate_of`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import event_habits as habits
from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_alternatives import not_taken
from sitrep.extract.event_beliefs import only_believed
from sitrep.extract.event_captives import captives_as_people
from sitrep.extract.event_cessations import pledged_to_stop
from sitrep.extract.event_conditions import awaited_condition
from sitrep.extract.event_continuations import ATTACKERS, carried_on_by_the_attackers
from sitrep.extract.event_ideals import attack_on_an_ideal
from sitrep.extract.event_inquiries import INQUIRY_NOUNS, inquiry_opened
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_modals import modal_act, remains_penalised
from sitrep.extract.event_negotiations import only_talked_about
from sitrep.extract.event_police_raids import police_raid as police_raid  # re-exported
from sitrep.extract.event_questions import asked
from sitrep.extract.event_source_asides import said_of_by_source
from sitrep.extract.event_unrealised import averted, unrealised

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

OPEN_MARKS = frozenset({"whether", "if", "unless"})
PURPOSE_HEADS = frozenset(_w("aimed aim aiming designed intended meant bid effort order"))
BACKGROUND_PREPS = frozenset({"from", "of"})
GENERIC_AID = frozenset(
    _w("aid assistance support weapons arms equipment supplies help money funds funding")
)
SPECIFIC_AID = (lex.AID_OBJECTS - GENERIC_AID) | frozenset(_w("$ billion million"))
MOVE_VERBS = frozenset(_w("send deploy dispatch train mobilize mobilise move bring fly ship"))


def _climb(token: Token, deps: frozenset[str]) -> list[Token]:
    chain = [token]
    while chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _noun_anchor_chain(token: Token) -> list[Token]:
    """A noun trigger with the verb that carries it ("did not launch an attack")."""
    if token.tag_.startswith("NN") and token.dep_ in ("dobj", "nsubjpass", "nsubj"):
        return [token, *_climb(token.head, frozenset({"xcomp"}))]
    return _climb(token, frozenset({"xcomp"}))


def negated(token: Token) -> bool:
    """The mention is negated in its own clause ("have not started fighting", "no attacks")."""
    for link in _noun_anchor_chain(token):
        if link is not token and _unclaimed_attack(token, link):
            break  # "the bombing has not been claimed": nobody owned it, it still happened
        if any(c.dep_ == "neg" for c in link.children):
            return True
    if token.tag_.startswith("NN"):
        return any(c.dep_ == "det" and c.text.lower() == "no" for c in token.children)
    return False


def _unclaimed_attack(token: Token, verb: Token) -> bool:
    """ "The bombing has not been claimed": an attack the passive claim is about, done whoever
    owns it; not "Kyiv has never claimed attacks" (denied) nor "the ceasefire has not been
    claimed as a victory" (no attack)."""
    return (
        verb.lower_ in lex.CLAIM_VERBS
        and token.dep_ == "nsubjpass"
        and token.head.i == verb.i
        and lex.NOUNS.get(token.lower_) == "attack"
    )


def open_question(token: Token) -> bool:
    """Inside a "whether"/"if"/"unless" clause ("unclear whether troops would be sent")."""
    for link in _climb(token, frozenset({"xcomp", "advcl", "conj", "dobj", "pobj", "prep"})):
        if any(c.dep_ == "mark" and c.text.lower() in OPEN_MARKS for c in link.children):
            return True
    return False


def purpose_clause(token: Token) -> bool:
    """An infinitive or gerund giving the aim of another action ("sent out to fight")."""
    head = token.head
    infinitive = token.tag_ == "VB" and any(c.tag_ == "TO" for c in token.children)
    if infinitive and token.dep_ in ("advcl", "acl"):
        return True
    if infinitive and token.dep_ == "xcomp" and head.lemma_.lower() in MOVE_VERBS:
        return True  # "troops trained to fight", "sent to attack"
    return token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.text.lower() in PURPOSE_HEADS


def background(token: Token) -> bool:
    """A gerund or noun naming ongoing activity ("diverting forces from fighting in Donbas")."""
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    prep = token.head
    if prep.text.lower() not in BACKGROUND_PREPS:
        return False
    if any(c.dep_ in ("nsubj", "poss") for c in token.children):
        return False  # "of their attacking the convoy" has its own participant
    if token.tag_ != "VBG":
        return False  # "died from shelling": the shelling is the event
    return prep.text.lower() == "from" or prep.head.tag_.startswith("NN")


def drop_reason(token: Token) -> str | None:
    """Why the mention at `token` is not a ledger event, or None when it is one."""
    return next((reason for reason, rule in DROP_RULES if rule(token)), None)


COMMENT_VERBS = lex.verb_forms("comment")


def comment_topic(token: Token) -> bool:
    """ "does not comment on individual strikes": what someone comments on, or declines to, is
    referred to, not reported; its own report, if any, is elsewhere in the story."""
    return (
        token.tag_.startswith("NN")
        and token.dep_ == "pobj"
        and token.head.lower_ == "on"
        and token.head.head.lower_ in COMMENT_VERBS
    )


PARTICIPANT_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "rioters"})
HELD_OR_HURT = frozenset(
    _w("detained arrested jailed imprisoned held convicted released freed injured wounded dead")
)


def bystander_participants(token: Token) -> bool:
    """Protesters named as the object of someone else's act ("force against peaceful
    demonstrators", "police dispersed the protesters") make no protest event of their own; the
    act, if any, is the event."""
    if token.text.lower() not in PARTICIPANT_NOUNS:
        return False
    if any(c.dep_ in ("amod", "acl") and c.lower_ in HELD_OR_HURT for c in token.children):
        return True  # "the release of detained protesters": people held, not a protest
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "dobj":
        return True
    return token.dep_ == "pobj" and token.head.text.lower() not in ("of", "by", "among")


TIME_ANCHOR_MARKS = frozenset({"since", "before", "after", "until", "till"})


def time_anchor(token: Token) -> bool:
    """ "displaced since the invasion", "hours before the truce began", "killed since the
    fighting began": an earlier or later event used to date the news, not news itself."""
    if not token.tag_.startswith("NN"):
        return False
    if token.dep_ == "pobj":
        return token.head.text.lower() == "since"
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
        return any(c.dep_ == "mark" and c.text.lower() in TIME_ANCHOR_MARKS for c in verb.children)
    return False


def time_anchor_clauses(sent: SpacySpan, triggers: set[int]) -> set[int]:
    """The tokens of the clauses that date the news against another event ("two weeks after
    gunmen killed 26 men") and hold none of its triggers: their counts are that event's toll."""
    found: set[int] = set()
    for token in sent:
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_ANCHOR_MARKS for c in token.children
        ):
            subtree = {t.i for t in token.subtree}
            if not subtree & triggers:
                found |= subtree
    return found


def definite_mention(token: Token) -> bool:
    """ "The strikes hit storage sites", "The attack killed two": an event noun with "the",
    "this" or "these" (itself or as the subject of the verb), told right after an event of its
    type, is that event again."""
    nouns = (
        [token]
        if token.tag_.startswith("NN")
        else [
            c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lex.NOUNS
        ]
    )
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
        for noun in nouns
        for c in noun.children
    )


def back_reference(token: Token) -> bool:
    """A past event named in a relative clause on a noun ("the territory it seized") or on a
    standalone "those" ("how many of those killed were fighters"); a clause on a day or a place
    ("on Oct. 7, when militants attacked") tells an event of its own; "the attackers then opened
    fire" carries on the attack told (`event_continuations`)."""
    return carried_on_by_the_attackers(token) or (
        token.dep_ in ("relcl", "acl")
        and token.tag_ in ("VBD", "VBN")
        and (token.head.tag_.startswith("NN") or token.head.lower_ == "those")
        and not any(c.tag_ == "WRB" for c in token.children)
    )


def strikes_back_at_the_attackers(token: Token) -> bool:
    """ "Security forces killed four of the attackers": the answer to the attack just told, never
    what a later "the attack" points back to."""
    return any(
        t.lower_ in ATTACKERS and any(c.lower_ == "the" for c in t.children)
        for c in token.children
        if c.dep_ == "dobj"
        for t in c.subtree
    )


def day_of_when_clause(token: Token) -> set[int]:
    """The words of the day a "when" clause hangs on ("on Oct. 7, when militants attacked"):
    they date the clause's event."""
    if token.dep_ != "relcl" or not any(c.lower_ == "when" for c in token.children):
        return set()
    return {t.i for t in token.head.subtree} - {t.i for t in token.subtree}


def concrete_aid(token: Token, objects: set[str], sentence: str) -> bool:
    """An aid verb with a concrete object: an amount, a named kind of aid, or a qualified one."""
    if token.dep_ in ("relcl", "acl") and token.head.text.lower() in GENERIC_AID:
        return False  # "weapons they have provided": a description of the weapons
    if objects & SPECIFIC_AID or ("$" in sentence and objects):
        return True
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.text.lower() in lex.AID_OBJECTS:
            return any(
                c.dep_ in ("amod", "compound", "nummod") or c.like_num for c in child.subtree
            )
    return "$" in sentence or _kind_of_an_amount(token)


def _kind_of_an_amount(noun: Token) -> bool:
    """ "2.5 million euros in humanitarian funding": the aid noun names what a counted sum is."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "of"):
        return False
    return any(c.dep_ == "nummod" or c.like_num for c in noun.head.head.children)


# What makes "funding" help given: "in humanitarian funding", "emergency funding for Tonga".
AID_QUALIFIERS = frozenset(_w("humanitarian emergency relief aid development military"))
RECIPIENTS = frozenset({"GPE", "ORG", "NORP"})


def funding_as_aid(noun: Token) -> bool:
    """ "Funding" names aid only with an aid word or a country or agency it goes to: "12
    million euros in funding for road repairs" is a budget spent at home."""
    if noun.lower_ != "funding":
        return True
    if any(c.lower_ in AID_QUALIFIERS for c in noun.children):
        return True
    holders = [noun, noun.head.head] if noun.dep_ == "pobj" else [noun]
    holders.append(holders[-1].head)  # "announced ... in funding for Sudan": the verb's "for"
    return any(
        o.ent_type_ in RECIPIENTS
        for h in holders
        for p in h.children
        if p.lower_ in ("for", "to")
        for o in p.children
    )


def aid_given(noun: Token) -> bool:
    """An aid noun that is what a verb gives, promises or approves: its object ("approved a loan"),
    or the kind of an amount that is ("announced $100 million in aid", "a package of aid")."""
    current = noun
    if current.dep_ == "pobj" and current.head.text.lower() in ("in", "of"):
        current = current.head.head
    return current.dep_ in ("dobj", "nsubjpass") and current.head.text.lower() in lex.AID_ACTS


def reported_act(verb: Token) -> str | None:
    """The PLOVER type of what a reporting verb reports, from its complement's modality.

    "said Sudan must return" DEMAND; "said it would not accept" REJECT; "said they would
    boycott" / "may halt ... if" THREATEN; "said it would allow", "is ready to" AGREE.
    """
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.text.lower() not in lex.REPORTING_VERBS:
        complements.append(verb.head)  # "X must go, the minister said" (said hangs on "go")
    for clause in complements:
        if any(c.dep_ == "mark" and c.text.lower() in OPEN_MARKS for c in clause.children):
            continue
        act = modal_act(clause)
        if act:
            return act
    return None


# Heads that keep a compound noun an event ("an assassination attempt", "a bombing campaign").
EVENT_HEADS = frozenset({"attempt", "attempts", "plot", "plots", "campaign", "campaigns"})
AID_HEADS = frozenset({"aid", "assistance"})  # "an aid package" names the aid it gives


def not_modifier(token: Token) -> bool:
    """A noun that names the event, not one that modifies another noun ("bombing suspect")."""
    if token.dep_ != "compound" or token.head.text.lower() in EVENT_HEADS:
        return True
    return token.lower_ in AID_HEADS and token.head.lower_ in lex.AID_CONTAINERS


LABOUR_WORDS = frozenset(
    {"general", "hunger", "labor", "labour", "workers", "worker", "teachers", "nationwide", "rail"}
)
NOT_VIOLENCE = frozenset({"heart", "panic", "asthma", "anxiety", "shark", "dog", "bear", "bee"})


def labour_strike(token: Token) -> bool:
    """ "went on strike", "a general strike", "a hunger strike": a stoppage, which ACLED codes as
    a protest, not an air or missile strike ("to comment on individual strikes")."""
    on_strike = token.dep_ == "pobj" and token.head.text.lower() == "on"
    if on_strike and token.lower_ == "strike" and not any(c.dep_ == "det" for c in token.children):
        return True
    return any(
        c.text.lower() in LABOUR_WORDS for c in token.children if c.dep_ in ("amod", "compound")
    )


def not_violence(token: Token) -> bool:
    """ "a heart attack", "a shark attack": an attack by the body or an animal (or on an ideal)."""
    by_body = any(c.text.lower() in NOT_VIOLENCE for c in token.children if c.dep_ == "compound")
    return by_body or attack_on_an_ideal(token)


# Subjects that "explode" only in a figure of speech ("tensions exploded into open fighting").
FIGURATIVE_BURSTS = frozenset(
    _w(
        "tension tensions anger fury frustration rivalry feud dispute row rift crisis conflict "
        "war violence unrest protests standoff scandal debate"
    )
)


def figurative_explosion(token: Token) -> bool:
    """ "tensions exploded into open fighting": a bursting mood, not a blast (the fighting it
    turned into is an event of its own)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIGURATIVE_BURSTS for c in token.children
    )


def purchase_order(token: Token) -> bool:
    """ "the devices had been ordered from a Taiwanese company": goods bought, not a command."""
    return token.lower_ in lex.verb_forms("order") and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in token.children
    )


DECLINING = lex.verb_forms("decline") | lex.verb_forms("refuse")


def no_comment(token: Token) -> bool:
    """ "Israel's military declined to comment": the absence of a statement, not an act."""
    return token.lower_ in DECLINING and any(
        c.dep_ == "xcomp" and c.lower_ in COMMENT_VERBS for c in token.children
    )


UNNAMED = frozenset({"named", "identified", "quoted"})


def anonymity_request(token: Token) -> bool:
    """ "He asked not to be named for security reasons": how the source is shielded, no act."""
    return any(
        c.dep_ == "xcomp"
        and c.lower_ in UNNAMED
        and any(g.dep_ == "neg" for g in [*c.children, *token.children])
        for c in token.children
    )


THREAT_NOUNS = frozenset({"threat", "threats", "warning", "ultimatum", "reminder"})
DELIVERING_VERBS = frozenset(
    form
    for base in ("issue", "deliver", "send", "give", "repeat", "renew", "make", "post", "voice")
    for form in lex.verb_forms(base)
) | frozenset({"made"})


def act_noun_used(noun: Token) -> bool:
    """A threat or warning is an act when someone issues it ("issued a warning", "a warning was
    sent"), not when it is seen or discussed ("we see the threat growing"); an inquiry when it is
    opened (`event_inquiries`)."""
    if noun.text.lower() in INQUIRY_NOUNS:
        return inquiry_opened(noun)
    if noun.text.lower() not in THREAT_NOUNS:
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.text.lower() in DELIVERING_VERBS


WAR_NOUNS = frozenset(_w("war wars conflict insurgency uprising revolution"))
RELATIVE_SUBJECTS = frozenset(_w("which that"))


def war_toll(token: Token) -> bool:
    """ "The war ... has killed more than 20,000 people", "the conflict, which has killed ...",
    "It has killed more than 14,000" after "The war began ...": a war's running toll sums many
    events and is none itself (the number stays a quantity)."""
    if not token.tag_.startswith("VB"):
        return False
    verb = token
    while verb.dep_ == "conj" and not _subjects(verb) and verb.head.i != verb.i:
        verb = verb.head  # "erupted in April 2023 and has killed ..."
    words = {s.lower_ for s in _subjects(verb)}
    if words & WAR_NOUNS:
        return True
    if words & RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        return verb.head.lower_ in WAR_NOUNS
    if "it" not in words or token.sent.start == 0:
        return False
    before = token.doc[token.sent.start - 1].sent.root
    return any(s.lower_ in WAR_NOUNS for s in _subjects(before))


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


# The rules `drop_reason` applies, in order, each with the reason it gives.
DROP_RULES: tuple[tuple[str, Callable[[Token], bool]], ...] = (
    ("negated", negated),
    ("open question", open_question),
    ("awaited condition", awaited_condition),
    ("said of by the source", said_of_by_source),
    ("asked", asked),
    ("purpose", purpose_clause),
    ("background", background),
    ("time anchor", time_anchor),
    ("averted", averted),
    ("only believed", only_believed),
    ("only talked about", only_talked_about),
    ("refused, demanded or threatened", unrealised),
    ("pledged to stop", pledged_to_stop),
    ("foretold to remain", remains_penalised),
    ("not taken", not_taken),
    ("comment topic", comment_topic),
    ("participants only", bystander_participants),
    ("captives named", captives_as_people),
    ("war toll", war_toll),
    ("running toll", habits.running_toll),
    ("policy", habits.policy_present),
    ("habit", habits.described_habit),
    ("recurring", habits.recurring),
    ("cause", habits.fights_for_a_cause),
    ("rivalry", habits.rivalry_over_stakes),
    ("state since", habits.state_since),
    ("scene for years", habits.scene_for_years),
    ("trend", habits.trend_over_period),
    ("background past", habits.background_pluperfect),
)


def to_go_on(token: Token) -> bool:
    """ "He said the strikes would continue": attacks said to go on or start are to come."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.lower_ in lex.ASPECTUAL | {"resume"}
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )
