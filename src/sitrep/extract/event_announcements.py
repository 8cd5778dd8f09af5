"""The PLOVER code of an act its doer announces for later: the promise or the threat is the news.

"Norland will give Ruritania a loan", "Norland vowed to pull its troops out": no loan is given and
no troop has moved yet; what happened is a commitment, which PLOVER codes AGREE. A hostile act
announced by its doer ("will shell the camps", "is ready to storm the town", "will arrest the
organisers") is a threat (THREATEN), as is any act made to hang on an "unless", or a sanction-like
one ("will recall its envoy": PLOVER lists withdrawing diplomats among threats). A pullout of
troops or staff announced is a step back (CAMEO's "intent to de-escalate"), and an "if" on it or on
a gift makes an offer, not a threat; another act hung on another's hostile one ("will send
warships if Valdor attacks") is deterrence, a threat. "Will not send troops", "refused to leave", "is unwilling to" are
refusals (REJECT); "must leave", "demanded that it leave", "urged it to leave" are demands (DEMAND).

Only a commitment counts: what commentators foresee ("analysts expect the militia will strike",
"will likely strike"), infer ("must have left") or advise ("experts said it should leave"), and
past narration ("would later leave", "would raid it every night"), and a hostile act told of
another party ("the minister said the enemy will attack") keep the act's own code. The event keeps its type and ACLED
sub-type; only the PLOVER code, which names what was done on the day, and the modality change.

A demanded act has not happened either: "the army must withdraw by Friday" keeps its event, with
modality "expected" (`demanded`), and the demand is the news (DEMAND) even with no place or date
named (`events`), as is a threat made on a condition ("will attack the garrison unless ...",
`news_without_scene`); the ceasefire of "must respect the ceasefire" is one in force, not one
demanded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from sitrep.extract import event_lexicon as lex
from sitrep.extract import event_policy as policy
from sitrep.extract.event_lexicon import split_words as _w

if TYPE_CHECKING:
    from spacy.tokens import Token


def _forms(bases: str) -> frozenset[str]:
    return frozenset().union(*(lex.verb_forms(b) for b in _w(bases)))


PULLOUT_FORMS = _forms("withdraw evacuate pull")
PLEDGING = _forms("pledge promise vow offer undertake") | frozenset(_w("swore sworn"))
DEMANDING = _forms("demand urge")
INSISTING = _forms("insist")
REFUSING = _forms("refuse decline")
UNREADY = frozenset(_w("unwilling reluctant loath loth hesitant"))
HOSTILE_TYPES = frozenset(
    _w("attack armed_clash seize_territory retake_territory arrest abduction sanction")
)
HEDGES = frozenset(_w("likely probably possibly perhaps presumably maybe"))
NARRATIVE = frozenset(_w("later eventually subsequently afterwards afterward thereafter"))
HABITUAL = frozenset(_w("often regularly usually routinely repeatedly frequently"))
BELIEVING = _forms(
    "expect predict forecast believe think fear anticipate reckon suspect estimate assume "
    "doubt speculate guess bet hope worry project"
) | frozenset(_w("thought bet"))
COMMENTATORS = frozenset(
    _w(
        "analyst analysts expert experts observer observers commentator commentators economist "
        "economists scholar scholars academic academics researcher researchers pundit pundits "
        "historian historians forecaster forecasters"
    )
)
AID_WORDS = lex.AID_OBJECTS | frozenset(_w("$ million billion"))
# Presences whose recall is pressure (diplomats, inspectors, monitors); not staff, aid workers or
# peacekeepers, whose withdrawal is an evacuation or a step back.
ENVOYS = frozenset(
    _w(
        "ambassador ambassadors envoy envoys diplomat diplomats embassy embassies inspectors "
        "observers monitors mission missions"
    )
)
TALKS = frozenset(_w("talks negotiations treaty accord agreement deal pact alliance coalition"))
Governed = Literal["pledge", "demand", "refuse", "ready", "unready"]


def announced_act(trigger: Token) -> str | None:
    """AGREE, THREATEN, REJECT or DEMAND for a verb its subject commits to or is bound to ("will
    give", "would not send", "is ready to withdraw", "vowed to storm", "must pull out"); None for
    an act done, foreseen by others or narrated ("the talks would go on", "would later leave")."""
    if not trigger.tag_.startswith("VB"):
        return None
    governed = _governor(trigger)
    if governed == "refuse" or governed == "unready":
        return "REJECT"
    if governed == "demand":
        return "DEMAND"
    if governed == "ready":
        if _unready(trigger):
            return "REJECT"
        return _promise_or_threat(trigger, trigger.head.head)  # "is willing to": the copula
    if governed == "pledge":
        return _promise_or_threat(trigger, trigger.head)
    if _pledged_aid(trigger):  # "pledged $40 million in aid": the pledge, not the gift
        return "AGREE"
    return _modal_act(trigger)


def announced_modality(trigger: Token) -> Literal["planned", "denied"] | None:
    """What a governing word says of the act: pledged, readied or demanded of another ("planned":
    not done, and not a vague hypothetical either), refused ("denied"); None where none governs."""
    if not trigger.tag_.startswith("VB"):
        return None
    governed = _governor(trigger)
    if governed in ("refuse", "unready") or (governed == "ready" and _unready(trigger)):
        return "denied"
    if governed in ("pledge", "ready", "demand") or _pledged_aid(trigger):
        return "planned"
    return None


def _governor(trigger: Token) -> Governed | None:
    """The word the act hangs on: "vowed to", "demanded that", "called on ... to", "is ready to"."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.dep_ == "acomp":
        if head.lower_ in policy.READY:
            return "ready"
        return "unready" if head.lower_ in UNREADY else None
    if trigger.dep_ not in ("xcomp", "ccomp") or head.i == trigger.i:
        return None
    word = head.lower_
    if word in PLEDGING and trigger.dep_ == "xcomp":
        return "pledge"
    if word in REFUSING and trigger.dep_ == "xcomp":
        return "refuse"
    called_on = word in lex.verb_forms("call") and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children
    )
    if word in INSISTING:  # "insisted that it withdraw", not "insisted that it had withdrawn"
        return "demand" if _subjunctive(trigger) else None
    return "demand" if word in DEMANDING or called_on else None


def _subjunctive(clause: Token) -> bool:
    """ "that the army withdraw", "that it should withdraw": a bare verb or a "should"."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return "should" in aux or (clause.tag_ == "VB" and not aux)


def _unready(trigger: Token) -> bool:
    """ "is not ready to withdraw": the copula above the readiness word is negated."""
    return any(c.dep_ == "neg" for c in trigger.head.head.children)


def _pledged_aid(trigger: Token) -> bool:
    """ "pledged $40 million in aid": aid promised, not given (the promise itself, "vowed to
    rebuild", is a statement that happened)."""
    if trigger.lower_ not in PLEDGING:
        return False
    clauses = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    if any(lex.VERB_INDEX.get(c.lower_, ("",))[0] != "aid" for c in clauses):
        return False  # "pledged to give" is aid; "vowed to rebuild" is not
    return any(t.lower_ in AID_WORDS for t in trigger.subtree)


def _modal_act(clause: Token) -> str | None:
    """The act a modal makes of the verb ("will", "would not", "must"), if its doer commits."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & policy.MUST:
        if "have" in aux or _commentator_speaks(clause):
            return None  # "must have left": an inference; "experts said it should": advice
        return "DEMAND"
    if not aux & (policy.WILL | {"may", "might", "could"}) or _foreseen(clause, aux):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return "REJECT"
    if aux & policy.WILL and _hostile(clause) and any(c.dep_ == "auxpass" for c in clause.children):
        return None  # "Kessa will be shelled": no doer commits itself
    if aux & policy.WILL:
        own = policy.own_commitment(clause)
        return _promise_or_threat(clause, clause, own, own or not _third_party(clause))
    threat = _condition(clause) is not None or clause.lower_ in policy.THREAT_FORMS
    return "THREATEN" if threat else None


def _promise_or_threat(
    trigger: Token, clause: Token, own: bool = True, doer_speaks: bool = True
) -> str | None:
    condition, cause = _condition(clause) or _condition(trigger) or (None, None)
    hostile = _hostile(trigger) or trigger.lower_ in policy.THREAT_FORMS
    if condition == "unless":
        return "THREATEN"
    offer = _gift(trigger) or trigger.lower_ in PULLOUT_FORMS
    if condition == "negated if" and not offer:  # "will block the road if the tax is not dropped"
        return "THREATEN"
    if trigger.lower_ in PULLOUT_FORMS:  # troops step back; envoys recalled, talks quit: threats
        return "AGREE" if _troop_pullout(trigger) else "THREATEN"
    if hostile:  # "the minister said the enemy will attack": a forecast of another's act
        return "THREATEN" if doer_speaks else None
    if condition == "if" and cause is not None and _hostile(cause) and not _gift(trigger):
        return "THREATEN"  # "will send warships if Iran attacks": deterrence, not an offer
    return "AGREE" if own else None


def _gift(trigger: Token) -> bool:
    return lex.VERB_INDEX.get(trigger.lower_, ("",))[0] == "aid" or any(
        t.lower_ in AID_WORDS for t in trigger.subtree
    )


def _condition(clause: Token) -> tuple[str, Token] | None:
    """ "if" or "unless", and the verb of the condition, when the act is made to hang on
    another's; "if ... not" ("will block the road if the tax is not withdrawn") is an "unless"
    but for a gift or a pullout ("will give aid if the junta does not block it" stays an offer)."""
    for child in clause.children:
        if child.dep_ == "advcl":
            marks = {m.lower_ for m in child.children} & {"if", "unless"}
            negated = any(m.dep_ == "neg" for m in child.children)
            if marks:
                if "unless" in marks:
                    return "unless", child
                return ("negated if" if negated else "if"), child
    return None


def _hostile(trigger: Token) -> bool:
    entry = lex.VERB_INDEX.get(trigger.lower_)
    return entry is not None and entry[0] in HOSTILE_TYPES


def _troop_pullout(trigger: Token) -> bool:
    """ "will withdraw its troops", "will evacuate its staff"; not "will withdraw its envoy,
    its monitors" or "will pull out of the talks" (PLOVER: threats to cut ties or presence)."""
    objects = [t for c in trigger.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    if any(o.lower_ in ENVOYS for o in objects):
        return False
    return not any(t.lower_ in TALKS and t.head.lower_ in ("from", "of") for t in trigger.subtree)


def _foreseen(clause: Token, aux: set[str]) -> bool:
    """A forecast, not a commitment: hedged ("will likely"), believed or expected by someone
    ("analysts expect ... will"), said by commentators, or past narration ("would later")."""
    adverbs = {c.lower_ for c in clause.children if c.dep_ == "advmod"}
    if adverbs & HEDGES or _commentator_speaks(clause):
        return True
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lower_ in BELIEVING:
        return True
    if "would" in aux and _habitual(clause, adverbs):
        return True  # "said the militia would raid the village every night": past habit
    unreported = clause.dep_ not in ("ccomp", "parataxis") and not _reporters(clause)
    return "would" in aux and bool(adverbs & NARRATIVE) and unreported


def _habitual(clause: Token, adverbs: set[str]) -> bool:
    """ "would often raid", "would raid it every night": a habit told, not a commitment."""
    every = any(
        c.dep_ in ("npadvmod", "advmod") and any(d.lower_ == "every" for d in c.children)
        for c in clause.children
    )
    return every or bool(adverbs & HABITUAL)


def _third_party(clause: Token) -> bool:
    """ "the minister said the enemy will attack", "according to X, ...": told by another."""
    return bool(_reporters(clause)) or _according_to(clause) is not None


def _according_to(clause: Token) -> Token | None:
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for source in to.children:
                    if source.dep_ == "pobj":
                        return source
    return None


def _reporters(clause: Token) -> list[Token]:
    """The reporting verbs around a clause: the one above it, or one hung on it (", he said")."""
    above = [clause.head] if clause.dep_ in ("ccomp", "parataxis") else []
    below = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis")]
    return [v for v in above + below if v.lower_ in lex.REPORTING_VERBS]


def _commentator_speaks(clause: Token) -> bool:
    source = _according_to(clause)
    if source is not None and source.lower_ in COMMENTATORS:
        return True  # "according to analysts, it will strike"
    return any(
        s.lower_ in COMMENTATORS
        for verb in _reporters(clause)
        for s in verb.children
        if s.dep_ == "nsubj"
    )


def demanded(verb: Token) -> bool:
    """ "must withdraw", "must hand over the airport": an act someone is bound to do, not done;
    not "must have fled", a past deed inferred."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return "must" in aux and "have" not in aux


def news_without_scene(trigger: Token) -> bool:
    """A demand ("must withdraw") or an ultimatum ("will attack unless ...") is news with no place
    or date named: it is what happened on the day. A bare "rebels could attack" is a vague
    hypothetical (`event_policy` rule 5)."""
    act = announced_act(trigger)
    return act == "DEMAND" or (act == "THREATEN" and policy.conditioned(trigger))
