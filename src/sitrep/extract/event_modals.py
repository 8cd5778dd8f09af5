"""The act a modal makes of a verb: one reading for statements and for announced acts.

"must withdraw" is a demand (DEMAND), "will not sign" a refusal (REJECT), "will shell the camps" or
"may halt the talks if ..." a threat (THREATEN), "will give a loan" or "is ready to talk" a
commitment (AGREE). A reported clause (`event_policy.reported_act`), a statement verb
(`event_triggers`), an ultimatum (`event_ultimatums`) and an act announced for later
(`event_announcements`) all read it here, so they agree.

Only a commitment counts: what commentators foresee ("analysts said Valdor will retaliate if
attacked", "will likely strike"), infer ("must have left") or advise ("experts said it should
leave"), and past narration ("would later leave", "would raid it every night") are no act of
their own; nor is what one who does not speak for a party says it will do ("villagers said the
army would return": a forecast; "a spokesman said the army would respond": a threat).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import event_diplomacy as diplomacy
from sitrep.extract import event_lexicon as lex
from sitrep.extract.event_lexicon import split_words as _w
from sitrep.extract.event_modal_words import MIGHT, MUST, WILL
from sitrep.extract.event_plights import foretold_plight

if TYPE_CHECKING:
    from spacy.tokens import Token

THREAT_VERBS = frozenset(
    _w(
        "boycott blockade halt stop cut retaliate strike attack tighten extend impose "
        "punish destroy respond suspend end sever expel close withdraw quit"
    )
)
THREAT_FORMS = lex.forms(" ".join(THREAT_VERBS))
MARKING_FORMS = lex.forms("treat consider regard view deem")  # "treat X as targets"
READY = frozenset(_w("ready prepared willing committed determined"))
PULLOUT_FORMS = lex.forms("withdraw evacuate pull")
HOSTILE_TYPES = frozenset(
    _w("attack armed_clash seize_territory retake_territory arrest abduction sanction")
)
HEDGES = frozenset(_w("likely probably possibly perhaps presumably maybe"))
NARRATIVE = frozenset(_w("later eventually subsequently afterwards afterward thereafter"))
HABITUAL = frozenset(_w("often regularly usually routinely repeatedly frequently"))
BELIEVING = lex.forms(
    "expect predict forecast believe think fear anticipate reckon suspect estimate assume doubt "
    "speculate guess bet hope worry project"
) | frozenset(_w("thought bet"))
COMMENTATORS = frozenset(
    _w(
        "analyst analysts expert experts observer observers commentator commentators economist "
        "economists scholar scholars academic academics researcher researchers pundit pundits "
        "historian historians forecaster forecasters"
    )
)
AID_WORDS = lex.AID_OBJECTS | frozenset(_w("$ million billion"))
# Common nouns that name a party able to commit itself ("the army would respond"); not its
# equipment ("the jets would return" is no pledge) nor reinforcements sent ("would arrive").
EQUIPMENT = frozenset(_w("warships warship jets aircraft tanks reinforcements"))
PARTIES = (lex.MILITARY - EQUIPMENT) | frozenset(
    _w("government ministry authorities rebels militants")
)
# Who speaks for a party: its officials, or the party itself ("a spokesman said the army would").
SPOKESMEN = PARTIES | frozenset(
    _w(
        "official officials spokesman spokeswoman spokesperson minister ministers commander "
        "commanders general officer officers president leader leaders chief"
    )
)
STOPPING = lex.forms("stop halt end cease suspend") | frozenset(
    _w("cessation cessations suspension halt end")
)
REMAINING = lex.forms("remain stay") | {"stayed"}
SHUT = frozenset({"shut"})  # "will stay shut", as "will remain closed"
STATE_TYPES = frozenset(_w("GPE NORP"))  # "Amnesty International said": no government's voice
# What an attack is made with, not who makes it ("stop rocket attacks" is the doer's own).
MEANS = frozenset(
    _w("rocket rockets missile missiles drone drones air artillery mortar mortars bomb car gun")
)
HOSTILITIES = frozenset(_w("attack armed_clash"))
# Harm no doer's own act names: stopping it is the doer's own only as "its/their violence".
DIFFUSE_HARM = frozenset(_w("violence bloodshed insurgency"))
TALKS = frozenset(_w("talks negotiations treaty accord agreement deal pact alliance coalition"))


def modal_act(clause: Token) -> str | None:
    """DEMAND, REJECT, THREATEN or AGREE for a verb its doer is bound to or commits to ("must
    go", "will not sign", "will shell", "would allow", "is ready to talk"); None for a forecast,
    an inference, advice or past narration, and for a verb no modal governs."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & MUST:
        if "have" in aux or _commentator_speaks(clause):
            return None  # "must have left": an inference; "experts said it should": advice
        return "DEMAND"
    if not aux & (WILL | MIGHT):
        return _readiness(clause)
    if foretold_plight(clause):
        return None  # "would run out of food": befalls the subject, no commitment
    if _foreseen(clause, aux) or any(remains_penalised(c) for c in clause.children):
        return None  # "schools will remain closed, the ministry said": a state lasts, no act
    if any(c.dep_ == "neg" for c in clause.children):
        return "REJECT"
    if aux & WILL and _hostile(clause) and any(c.dep_ == "auxpass" for c in clause.children):
        return None  # "Kessa will be shelled": no doer commits itself
    if aux & WILL:
        own = own_commitment(clause)
        return promise_or_threat(clause, clause, own, own or not _third_party(clause))
    threat = _condition(clause) is not None or clause.lower_ in THREAT_FORMS
    return "THREATEN" if threat else None


def _readiness(clause: Token) -> str | None:
    """ "said it was ready", "is not prepared": AGREE, or REJECT when negated."""
    if not any(c.dep_ == "acomp" and c.lower_ in READY for c in clause.children):
        return None
    return "REJECT" if any(c.dep_ == "neg" for c in clause.children) else "AGREE"


def conditioned(clause: Token) -> bool:
    """ "will withdraw unless elections are held": an act made to hang on another's."""
    return any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in clause.children
    )


def own_commitment(clause: Token) -> bool:
    """ "said it would allow", "Portugal will support ..., the president said", "said the army
    would respond": a commitment of the speaker, of a named party or of a force, not a forecast
    about things ("said the talks would continue")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_named(s) for s in subjects):
        return True
    return any(s.lower_ in PARTIES for s in subjects) and not _outsider_reports(clause)


def _named(word: Token) -> bool:
    return word.tag_ in ("PRP", "NNP", "NNPS") or word.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


def _outsider_reports(clause: Token) -> bool:
    """ "Residents said the army would return": one who does not speak for the party tells of
    it, a forecast; its own spokesman or minister ("the minister said the army would") commits."""
    speakers = [s for v in _reporters(clause) for s in v.children if s.dep_ == "nsubj"]
    source = _according_to(clause)
    speakers += [source] if source is not None else []
    return any(
        s.lower_ not in SPOKESMEN
        and (s.tag_ in ("NN", "NNS") or not _named(s) or s.ent_type_ == "ORG")
        for s in speakers
    )  # "Farmers said": a common noun, whatever entity the parser made of it; "Amnesty said"


def foretold_only(clause: Token) -> bool:
    """A penalty or a hostile act a modal puts in the future with no party committing to it
    ("classes would remain suspended", "analysts say it would halt the talks"): no act is done
    and none is threatened. A measure a government or its official announces ("the border will be
    closed, the ministry said") is its own and stays."""
    if remains_penalised(clause):
        return True
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    punitive = clause.lower_ in THREAT_FORMS or _hostile(clause)
    if not (punitive and aux & (WILL | MIGHT)) or modal_act(clause) is not None:
        return False
    return not _state_reports(clause)


def remains_penalised(word: Token) -> bool:
    """ "classes would remain suspended", "will stay closed": a state foretold to last (the modal
    sits on "remain" or "stay"), no act done on the day and none threatened."""
    if not (word.lower_ in THREAT_FORMS | SHUT or _hostile(word)):
        return False
    stays = [c for c in word.children if c.dep_ == "auxpass" and c.lower_ in REMAINING]
    if word.dep_ in ("acomp", "oprd", "xcomp") and word.head.lower_ in REMAINING:
        stays.append(word.head)
    return any(
        a.dep_ == "aux" and a.lower_ in WILL | MIGHT for s in stays for a in s.children
    ) or any(a.dep_ == "aux" and a.lower_ in WILL | MIGHT for a in word.children if stays)


def _state_reports(clause: Token) -> bool:
    """ "..., the ministry said", "Norland said ...": a government or its official tells it."""
    speakers = [s for v in _reporters(clause) for s in v.children if s.dep_ == "nsubj"]
    return any(
        s.lower_ in SPOKESMEN or (s.tag_ not in ("NN", "NNS") and s.ent_type_ in STATE_TYPES)
        for s in speakers
    )


def promise_or_threat(
    trigger: Token, clause: Token, own: bool = True, doer_speaks: bool = True
) -> str | None:
    """AGREE for a promise or an offer, THREATEN for a hostile act or one made to hang on an
    "unless"; `clause` is the verb the condition may hang on ("vowed", "is ready")."""
    condition, cause = _condition(clause) or _condition(trigger) or (None, None)
    hostile = _hostile(trigger) or trigger.lower_ in THREAT_FORMS or marked_as_target(trigger)
    if condition == "unless":
        return "THREATEN"
    offer = gift(trigger) or trigger.lower_ in PULLOUT_FORMS
    if condition == "negated if" and not offer:  # "will block the road if the tax is not dropped"
        return "THREATEN"
    if trigger.lower_ in PULLOUT_FORMS:  # troops step back; envoys recalled, talks quit: threats
        return "AGREE" if _troop_pullout(trigger) else "THREATEN"
    if stops_hostilities(trigger):  # "will stop attacking convoys": a step back, as a pullout
        return "AGREE" if own else None
    if hostile:  # "the minister said the enemy will attack": a forecast of another's act
        return "THREATEN" if doer_speaks else None
    if condition == "if" and cause is not None and _hostile(cause) and not gift(trigger):
        return "THREATEN"  # "will send warships if Iran attacks": deterrence, not an offer
    return "AGREE" if own else None


def marked_as_target(verb: Token) -> bool:
    """ "would treat the shipments as legitimate targets", "will consider the ships targets": a
    warning that what is named will be struck, a threat however the verb reads."""
    if verb.lower_ not in MARKING_FORMS:
        return False
    named = [t for c in verb.children if c.dep_ in ("prep", "oprd", "xcomp") for t in c.subtree]
    # "treat any ships heading to the port as targets": the parser may hang "as" in the object
    named += [
        t
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.subtree
        if a.lower_ == "as" and a.dep_ == "prep"
        for t in a.subtree
    ]
    return any(t.lower_ in ("target", "targets") for t in named)


def stops_hostilities(verb: Token) -> bool:
    """ "will stop attacking convoys", "would halt its airstrikes": a stop of the doer's own
    fighting, a step back (AGREE) where another stop ("will halt fuel exports") is a threat and a
    stop of another's violence ("will stop the rebel attacks", "stop the looting") is no pledge to
    de-escalate."""
    if verb.lower_ not in STOPPING or not verb.tag_.startswith("VB"):
        return False
    return any(own_hostility(c, via_to=False) for c in verb.children if c.dep_ in ("dobj", "xcomp"))


def own_hostility(word: Token, via_to: bool) -> bool:
    """Fighting the subject itself does: a gerund ("stop attacking"), "its raids", "their
    shelling", "their violence", or a fighting noun with no other actor named ("the rebel
    attacks", "the militia's raids", "attacks by the rebels"): after "an end to" ("an end to
    airstrikes") or, as an object, bare ("halt strikes on the city", "stop rocket attacks"; "stop
    the looting" is another's, and so is bare "violence": "police vowed to stop violence")."""
    if not _hostility(word):
        return False
    if word.tag_.startswith("VB"):
        return word.dep_ == "xcomp"
    owners = [c for c in word.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in owners):
        return True
    if word.lower_ in DIFFUSE_HARM:
        return False  # "police vowed to stop violence": others' violence, no stand-down
    others = [
        c
        for c in owners
        if (c.dep_ != "amod" or c.ent_type_ in ("NORP", "GPE"))
        and not (c.dep_ == "compound" and c.lower_ in MEANS)
    ]
    by = any(c.dep_ == "prep" and c.lower_ == "by" for c in word.children)
    bare = not any(c.dep_ == "det" for c in word.children)
    return (via_to or bare) and not others and not by


def _hostility(word: Token) -> bool:
    entry = lex.VERB_INDEX.get(word.lower_) if word.tag_.startswith("VB") else None
    kind = entry[0] if entry else lex.NOUNS.get(word.lower_)
    return kind in HOSTILITIES or word.lower_ in lex.VIOLENCE_HALTED


def gift(trigger: Token) -> bool:
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
    if any(o.lower_ in diplomacy.RECALLED | diplomacy.POSTS for o in objects):
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


def reported(clause: Token) -> bool:
    """ "said it would ...", "..., he said": a reporting verb tells the clause."""
    return bool(_reporters(clause))


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
