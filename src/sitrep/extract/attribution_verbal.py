"""Reporting verbs from the parse: the subject is the source, the complement or an adjacent
quote the claim. This module finds the speaker (climbing coordinated and controlled verbs,
passive agents, inverted credits); where the claim starts and stops is `claim_spans`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_adverb_names import name_read_as_adverb
from sitrep.extract.attribution_attempts import attempt_frames
from sitrep.extract.attribution_citing import apply_citing, set_off_reporter
from sitrep.extract.attribution_common import NAME_STOPS, Found, found_from, trim
from sitrep.extract.attribution_coordination import coordinated_above, coordinated_reporter
from sitrep.extract.attribution_depictions import depicted_speaker
from sitrep.extract.attribution_documents import authoring_clause
from sitrep.extract.attribution_evidence import evidence_statement
from sitrep.extract.attribution_favor import favored
from sitrep.extract.attribution_following import following_statement
from sitrep.extract.attribution_fronted import fronted_topic_speaker
from sitrep.extract.attribution_gerunds import gerund_clause, subject_before_adjunct
from sitrep.extract.attribution_happenings import happening_speaker_clause
from sitrep.extract.attribution_lengths import lengths_gone_to
from sitrep.extract.attribution_misplaced import misplaced_clause
from sitrep.extract.attribution_misread import misread_claim, misread_main_verb
from sitrep.extract.attribution_nonclaims import publication_notice, says_nothing
from sitrep.extract.attribution_opening_quotes import opening_quote
from sitrep.extract.attribution_participles import adjunct_clause, is_set_off
from sitrep.extract.attribution_passives import (
    continues_a_passive,
    is_second_passive,
    passive_agent,
)
from sitrep.extract.attribution_phrases import modified_np, source_tokens, stranded_subject
from sitrep.extract.attribution_reduced_passives import agent_participle
from sitrep.extract.attribution_refusals import refused_statement
from sitrep.extract.attribution_relative_claims import relative_subject_claim
from sitrep.extract.attribution_relative_verdicts import relative_verdict
from sitrep.extract.attribution_small_clauses import small_clause_speaker
from sitrep.extract.attribution_topics import topic_past_addressee
from sitrep.extract.attribution_verbless import verbless_subject
from sitrep.extract.claim_spans import (
    RELATIVE_PRONOUNS,
    answer,
    any_object,
    clause_after,
    colon_after,
    complement,
    fronted_clause,
    prep_content,
    quote_after,
    quote_before,
    subtree_span,
    that_clause,
)
from sitrep.extract.cue_clarity import clarified_clause
from sitrep.extract.cue_control import CONTROL_ADJECTIVES
from sitrep.extract.cue_evidence import is_evidence_verb_read_as_noun
from sitrep.extract.cue_families import CLARITY_VERBS
from sitrep.extract.cue_figures import FIGURE_VERBS, figure_stated
from sitrep.extract.cue_lexicon import PASSIVE_SPEAKER, VERB_CLASSES
from sitrep.extract.cues import cue_lemma, is_cue_verb, is_inverted_credit, is_mistagged_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# Links from a cue up to the verb whose subject also speaks for it.
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp", "acomp", "prep"})
# Verbs that frame what their subject goes on to say: "took to Twitter to say", "went on to
# call", "began by saying", "used the speech to call for", "tended to support", "managed to
# underscore", "joined the liberals to endorse".
FRAMING_VERBS = frozenset(
    {"take", "takes", "took", "taken", "taking", "go", "goes", "went", "going", "begin", "began"}
    | {"begins", "begun", "start", "started", "starts", "use", "used", "uses", "using", "appear"}
    | {"appeared", "appears", "tend", "tended", "tends", "choose", "chose", "chooses", "expected"}
    | {"proceed", "proceeded", "rush", "rushed", "continue", "continued", "continues", "manage"}
    | {"manages", "managed", "managing", "join", "joins", "joined", "joining"}
)
# Verbs that make their object do what the infinitive says: "forced the chief to admit", "led
# experts to suspect", "prompted Cooper to accuse" (the object speaks; "urged X to say" is only
# asked to).
CAUSING_VERBS = frozenset(
    {"force", "forces", "forced", "forcing", "lead", "leads", "led", "leading", "prompt"}
    | {"prompts", "prompted", "prompting", "compel", "compels", "compelled", "compelling"}
    | {"cause", "causes", "caused", "causing", "drive", "drives", "drove", "driven", "driving"}
)
# Verbs whose bare noun-phrase object is what was said ("said the same", "tweeted her thanks").
SAYING_OBJECT = frozenset({"say", "post", "call", "tweet", "quote", "answer", "state"})
# Words for a share of those polled ("half said so").
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
ADJUNCT_PREPS = frozenset({"by", "after", "before", "while", "upon", "when", "about"})


def verbal(
    token: Token, sentence: SpacySpan, quotes: list[Quote], media: dict[str, str]
) -> Found | None:
    """A reporting verb with a source (its subject) and a claim (complement or adjacent quote)."""
    if is_evidence_verb_read_as_noun(token):
        return evidence_statement(token, sentence)
    if is_mistagged_verb(token):
        return _headline_statement(token, sentence, quotes)
    if is_inverted_credit(token):
        return _inverted_credit(token, sentence, quotes)
    verb_class = VERB_CLASSES[cue_lemma(token)]
    if verb_class == "citing" and token.dep_ == "advcl" and token.tag_ == "VBG":
        return _citing(token, sentence, quotes, media)  # a main verb "cited" states its object
    if publication_notice(token):
        return None  # "This article was first published by X": furniture, said by no one
    by_agent = passive_agent(token, quotes) or agent_participle(token, quotes)
    if by_agent is not None:
        return by_agent
    if _is_hedge_use(token) or says_nothing(token, quotes):
        return None
    source = subject(token, quotes)
    if not source:
        return None
    if cue_lemma(token) in CLARITY_VERBS:
        clarified = clarified_clause(token)
        return found_from(clarified, source, token, scope=False) if clarified else None
    lemma = cue_lemma(token)
    claim = figure_stated(token, lemma) if lemma in FIGURE_VERBS else None
    claim = claim or refused_statement(token) or following_statement(token, sentence)
    claim = claim or misread_claim(token) or opening_quote(token, source, sentence, quotes)
    claim = claim or clause_after(token) or answer(token, quotes)
    claim = claim or quote_before(token, source, sentence, quotes)
    claim = claim or complement(token, verb_class)
    claim = claim or quote_after(token, source, sentence, quotes)
    claim = claim or favored(token) or prep_content(token) or colon_after(token, sentence)
    claim = claim or topic_past_addressee(token)
    claim = claim or (that_clause(token) if verb_class != "stance" else None)
    claim = claim or (any_object(token) if cue_lemma(token) in SAYING_OBJECT else None)
    claim = claim or relative_verdict(token)
    claim = claim or fronted_clause(token) or relative_subject_claim(token)
    claim = claim or misplaced_clause(token, sentence, quotes)
    if claim is None:
        return None
    found = found_from(claim, source, token, scope=False)
    apply_citing(found, token, media)
    return found


def _headline_statement(token: Token, sentence: SpacySpan, quotes: list[Quote]) -> Found | None:
    """A cue the tagger took for a noun ("Trump demands Ginsburg resign"): the parse around it is
    unreliable, so the name before is the source and the rest of the clause, up to a comma or a
    semicolon, the claim."""
    source = _preceding_np(token, quotes)
    stops = [t.i for t in sentence if t.i > token.i and t.text in {",", ";"}]
    rest = trim([t for t in sentence if token.i < t.i < min(stops, default=sentence.end)])
    claim = clause_after(token) or (run_bounds(rest) if rest else None)
    if not source or claim is None:
        return None
    return found_from(claim, source, token, scope=False)


def _inverted_credit(token: Token, sentence: SpacySpan, quotes: list[Quote]) -> Found | None:
    """ "Said Ellis: “...”": the words up to the colon are the source, what follows the claim."""
    colon = next(t for t in token.doc[token.i + 1 :] if t.text == ":")
    source = trim(list(token.doc[token.i + 1 : colon.i]))
    claim = colon_after(token, sentence) or quote_after(token, source, sentence, quotes)
    return found_from(claim, source, token, scope=False) if source and claim else None


def _citing(
    token: Token, sentence: SpacySpan, quotes: list[Quote], media: dict[str, str]
) -> Found | None:
    """ "X said ..., citing low growth": what is cited is X's own claim. Where X is an outlet
    reporting last ("..., state media reported, citing an official") the statement is the
    official's, relayed (`apply_citing`), and the outlet's own attribution, which a pattern
    found first, gives way to this longer chain over the same claim (another citer's trailing
    reporter takes its chain where `reporter_clauses` finds it)."""
    relayed = verbal(token.head, sentence, quotes, media) if is_cue_verb(token.head) else None
    outlet = relayed is not None and relayed.via and relayed.via[0].kind == "media"
    if relayed is not None and outlet and relayed.claim[1] <= token.head.idx:
        relayed.scope = True  # a trailing reporter, as `reporter_clauses` finds it
        return relayed
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not objects:
        return None
    source = subject(set_off_reporter(token) or token, quotes)
    if not source:
        return None
    return found_from(subtree_span(objects[0]), source, token, scope=False)


def _is_hedge_use(token: Token) -> bool:
    """ "are expected to assemble", "is believed to": a hedge on the sentence, not a statement."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    return passive and cue_lemma(token) not in PASSIVE_SPEAKER and not _contracted_has(token)


def _contracted_has(verb: Token) -> bool:
    """ "he’s spoken out against the law", "who’s called for troops", "she’s predicted wins":
    the parser reads the "’s" of "has" as the "is" of a passive; an object, a clause, a particle
    or a "for" or "against" after the verb shows the active perfect."""
    marks = [c for c in verb.children if c.dep_ == "auxpass"]
    if not marks or any(c.lower_ not in {"'s", "’s"} for c in marks):
        return False
    return any(
        (c.dep_ in {"dobj", "ccomp", "prt"} and c.lower_ not in RELATIVE_PRONOUNS | {"what"})
        or (c.dep_ == "prep" and c.lower_ in {"for", "against"})
        for c in verb.children
        if c.i > verb.i
    )


def subject(token: Token, quotes: list[Quote]) -> list[Token]:
    """The speaker: the verb's subject, the subject of the reporting verb it continues, or for a
    finite verb the parser left without one (or gave one inside a quote), the noun phrase right
    before it (for a second verb, "X and Y call them wolves and describe ...", the one before
    the first). A participle set off as an adjunct speaks for its clause's subject
    (`adjunct_clause`), unless a small clause gives it its own ("with the host asking")."""
    speaker = small_clause_speaker(token) or depicted_speaker(token)
    if speaker:
        return speaker
    set_off = subject_before_adjunct(token)
    if set_off is not None:
        return source_tokens(set_off)  # "The chief, despite admitting ...,"
    clause = adjunct_clause(token) or gerund_clause(token) or happening_speaker_clause(token)
    clause = clause or lengths_gone_to(token)
    if clause is not None:
        return subject(clause, quotes)  # "She rejected the notion, saying ..."
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}:
        author = authoring_clause(token)  # "filed a lawsuit alleging fraud"
        authored = subject(author, quotes) if author is not None else []
        return authored or modified_np(token.head, token)  # "a group backing the senator"
    named = (
        _caused_speaker(token)
        or stranded_subject(token)
        or verbless_subject(token)
        or name_read_as_adverb(token)
    )
    if named:
        return named
    found = _climb_to_subject(token, quotes)
    if found or token.dep_ in {"relcl", "acl"}:
        return found or misread_main_verb(token)
    if token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"}:
        return subject(token.head, quotes)
    described = _described_subject(token)
    if described:
        return described
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and quote_at(quotes, c.idx) is None
        for c in token.children
    ):
        return []
    share = _share_of_people(token)
    if share or token.tag_ not in {"VBD", "VBZ", "VBP"}:
        return share
    return _first_verb_subject(token, quotes) or _preceding_np(token, quotes)


def _caused_speaker(token: Token) -> list[Token]:
    """ "The senator forced the chief, who was under oath, to admit that ...": the one made to
    speak is the causing verb's object."""
    if token.dep_ != "xcomp" or token.head.lower_ not in CAUSING_VERBS:
        return []
    objects = [c for c in token.head.children if c.dep_ in {"dobj", "iobj"} and c.i < token.i]
    return source_tokens(objects[0]) if objects else []


def _described_subject(token: Token) -> list[Token]:
    """ "Voters in six states going to the polls on Tuesday said ...": the parser takes the
    participle for a clausal subject; the noun it describes speaks."""
    for child in token.children:
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < token.i:
            nouns = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if nouns:
                return source_tokens(nouns[0])
    return []


def _share_of_people(token: Token) -> list[Token]:
    """ "About 4 in 10 say ...", "half said so", "less than a third agreed": poll shares that the
    parser hangs on the verb as a modifier, not as its subject."""
    for child in token.children:
        if (
            child.i < token.i
            and child.dep_ in {"nummod", "npadvmod", "advmod"}
            and (child.like_num or child.lower_ in SHARE_WORDS)
        ):
            return trim(list(child.subtree))
    return []


def _first_verb_subject(token: Token, quotes: list[Quote]) -> list[Token]:
    """ "Smith offered him a job, then says he'll welcome advice": the parser makes the first
    verb a fronted complement of the second, which has no subject of its own; both share one."""
    for child in token.children:
        if child.dep_ == "ccomp" and child.i < token.i:
            nouns = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if nouns and quote_at(quotes, nouns[0].idx) is None:
                return source_tokens(nouns[0])
    return []


def _preceding_np(token: Token, quotes: list[Quote]) -> list[Token]:
    """ "former president Jane Doe said ...", with the name parsed as an apposition; the name
    may close an apposition with a comma ("her adviser, Jane Doe, said")."""
    position = token.i - 1
    while position >= 0 and token.doc[position].pos_ in {"ADV", "AUX"}:
        position -= 1
    if position > 0 and token.doc[position].text == ",":
        position -= 1
        if quote_at(quotes, token.doc[position].idx) is not None:
            return []
        if token.doc[position].pos_ != "PROPN":
            return _name_before_aside(token.doc[position], quotes)
        return _apposition_owner(token.doc[position])
    if position < 0 or quote_at(quotes, token.doc[position].idx) is not None:
        return []
    head = token.doc[position]
    if head.pos_ not in {"PROPN", "NOUN", "PRON"} or head.sent != token.sent:
        return []
    start = head.i
    while (
        start - 1 >= head.sent.start
        and token.doc[start - 1].dep_
        in {"compound", "amod", "det", "poss", "case", "nummod", "punct"}
        and token.doc[start - 1].text not in NAME_STOPS
    ):
        start -= 1
    return trim(list(token.doc[start : head.i + 1]))


def _name_before_aside(last: Token, quotes: list[Quote]) -> list[Token]:
    """ "Ramos, 58, told AFP", "Jan Brook, wearing a cowboy hat, said": a name, then an aside
    set off by commas (an age, a description, a participle or a relative clause) that the parser
    did not join to it."""
    doc, sentence = last.doc, last.sent
    opening = next(
        (t for t in reversed(doc[max(sentence.start, last.i - 25) : last.i]) if t.text == ","),
        None,
    )
    if opening is None or opening.i <= sentence.start:
        return []
    aside = doc[opening.i + 1 : last.i + 1]
    relative = aside[0].lower_ in RELATIVE_PRONOUNS
    if not relative and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in aside):
        return []
    name_end = doc[opening.i - 1]
    if name_end.pos_ != "PROPN" or quote_at(quotes, name_end.idx) is not None:
        return []
    start = name_end.i
    while start - 1 >= sentence.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return list(doc[start : name_end.i + 1])


def _apposition_owner(last: Token) -> list[Token]:
    """The name a comma-closed apposition before the verb describes ("Jane Doe, the head of the
    Urban League, told": Doe), or the name that closes it ("her adviser, Jane Doe, said"). A
    place in a participle or adjunct ("Doe, standing in Paris, said") speaks for no one."""
    owner = last
    while owner.dep_ != "appos":
        if owner.dep_ not in {"pobj", "prep", "compound"} or owner.head.i > owner.i:
            return source_tokens(last) if owner is last else []
        owner = owner.head
    return source_tokens(owner.head)


def _climb_to_subject(token: Token, quotes: list[Quote]) -> list[Token]:
    """The nearest subject up the chain of verbs. A passive subject speaks for a verb of hearing
    or quoting ("was quoted as saying"), for the infinitive a passive raises ("is expected to
    endorse", "was forced to admit"), for a verb coordinated with the passive ("was pressed
    and said") and for an adjunct ("was booed after telling them ...", "she's tacked left,
    calling for ...")."""
    current: Token | None = token
    raised = False
    for _ in range(4):
        if current is None:
            return []
        child = _nearest_subject(current, raised, quotes)
        if child is not None:
            if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return modified_np(current.head, current)  # "voters who said ..."
            return fronted_topic_speaker(child) or source_tokens(child)
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return []
        passive_head = current.dep_ == "xcomp" and _is_passive(current.head)
        shared = raised and is_second_passive(current)  # an adjunct's: "and shouted down after"
        adjunct = current.dep_ == "advcl" and current.tag_ == "VBG" and is_set_off(current)
        raised = current.dep_ == "prep" or passive_head or continues_a_passive(current) or shared
        raised = raised or adjunct
        current = _reporting_ancestor(current)
    return []


def _nearest_subject(verb: Token, raised: bool, quotes: list[Quote]) -> Token | None:
    """The verb's subject outside quotes. Where the parser gives it two, the one nearest before
    the verb speaks: the other is a place or a name in a fronted phrase ("In Berea, Ohio, after
    the vote, Gov. Smith said") or the relative pronoun of "who many feel"."""
    subjects = [
        child
        for child in verb.children
        if (
            child.dep_ == "nsubj"
            or (
                child.dep_ == "nsubjpass"
                and (raised or cue_lemma(verb) in PASSIVE_SPEAKER or _contracted_has(verb))
            )
        )
        and quote_at(quotes, child.idx) is None
    ]
    before = [child for child in subjects if child.i < verb.i]
    if len(before) > 1 and _is_apposition_of(before[-1], before[-2]):
        return before[-2]  # "Jane Doe, the head of the league, said": the name speaks
    if len(before) > 1 and before[-1].lower_ in {"both", "all", "each"}:
        return before[-2]  # "Party leaders — rivals for years — both said"
    return before[-1] if before else next(iter(subjects), None)


def _is_apposition_of(later: Token, earlier: Token) -> bool:
    """Two subjects split only by a comma, a name then a description: one phrase the parser
    broke up. A name after a comma is no description ("in Salem, New Hampshire, Trump said")."""
    doc = later.doc
    comma = later.left_edge.i - 1
    return (
        earlier.pos_ == "PROPN"
        and later.pos_ == "NOUN"
        and doc[comma].text == ","
        and earlier.right_edge.i == comma - 1
    )


def _is_passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children)


def _reporting_ancestor(token: Token) -> Token | None:
    """For "warned X ... and called Y", the cue "called" continues: climb to the reporting verb."""
    if token.dep_ in {"prep", "acomp"}:
        return token.head if _carries_subject(token) else None
    reporter = coordinated_reporter(token)
    if reporter is not None:
        return reporter
    head = token.head
    if coordinated_above(token):
        head = head.head
    while (
        head.dep_ in {"conj", "ccomp", "xcomp"}
        and not is_cue_verb(head)
        and head.head.i != head.i
        and not _has_own_subject(head)
    ):
        head = head.head
    if token.dep_ in {"conj", "advcl", "acl", "pcomp"} or is_cue_verb(head):
        return head
    if _carries_subject(token):
        return token.head  # "began by saying", "took to Twitter to say", "is likely to say"
    return None


def _has_own_subject(verb: Token) -> bool:
    """ "Protesters rallied to demand an end to the fighting, a rights group said": a claim
    before its reporter, with a subject of its own, hands that subject, not the reporter's, to
    the verbs under it."""
    fronted = verb.dep_ == "ccomp" and verb.i < verb.head.i
    return fronted and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children)


def _carries_subject(token: Token) -> bool:
    """The link passes the head's subject down: a controlled infinitive ("took to Twitter to
    say"), an adjective of likelihood ("are more likely to say"), a manner or time adjunct of a
    verb ("began by saying", "set about persuading"), whose subject English leaves unsaid; an
    attempt's infinitive that frames the statement ("tried to calm them by saying")."""
    head = token.head
    if token.dep_ == "xcomp":
        framing = head.lower_ in FRAMING_VERBS | CONTROL_ADJECTIVES or _is_passive(head)
        framing = framing or attempt_frames(token)
        return framing and not _object_control(token)
    if token.dep_ == "acomp":
        return token.lower_ in CONTROL_ADJECTIVES
    if token.dep_ == "prep":
        cued = [c for c in token.children if c.dep_ == "pcomp" and is_cue_verb(c)]
        bare = not any(c.dep_ == "pobj" for c in token.children)  # not "about a rival running"
        adjunct = token.lower_ in ADJUNCT_PREPS or (
            token.lower_ == "as" and cue_lemma(head) in PASSIVE_SPEAKER  # "quoted as saying"
        )
        return adjunct and bare and head.pos_ in {"VERB", "AUX"} and bool(cued)
    return False


def _object_control(token: Token) -> bool:
    """ "urged voters to say": the object, not the subject, does the saying."""
    return token.dep_ == "xcomp" and any(
        c.dep_ in {"dobj", "iobj"}
        and c.i < token.i
        and (c.pos_ in {"PRON", "PROPN"} or c.ent_type_ in {"PERSON", "NORP", "ORG"})
        for c in token.head.children
    )
