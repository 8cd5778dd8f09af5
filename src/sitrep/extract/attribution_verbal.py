"""Reporting verbs from the parse: the subject is the source, the complement or an adjacent
quote the claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import (
    CLOSING_QUOTES,
    Found,
    found_from,
    tokens_between,
    trim,
)
from sitrep.extract.cue_lexicon import (
    OBJECT_CONTENT,
    OBJECT_VERBS,
    PASSIVE_SPEAKER,
    PREP_CONTENT,
    VERB_CLASSES,
    XCOMP_CLAIMS,
)
from sitrep.extract.cues import cue_lemma, is_cue_verb, is_inverted_credit, is_mistagged_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.sources import (
    classify_source,
)
from sitrep.model import Via

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Links from a cue up to the verb whose subject also speaks for it.
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp", "acomp", "prep"})
# Verbs that frame what their subject goes on to say: "took to Twitter to say", "went on to
# call", "began by saying", "used the speech to call for", "tended to support".
FRAMING_VERBS = frozenset(
    {"take", "takes", "took", "taken", "taking", "go", "goes", "went", "going", "begin", "began"}
    | {"begins", "begun", "start", "started", "starts", "use", "used", "uses", "using", "appear"}
    | {"appeared", "appears", "tend", "tended", "tends", "choose", "chose", "chooses", "expected"}
    | {"proceed", "proceeded", "rush", "rushed", "continue", "continued", "continues"}
)
CONTROL_ADJECTIVES = frozenset({"likely", "unlikely", "quick", "eager", "careful", "willing"})
# Verbs whose bare noun-phrase object is what was said ("said the same", "tweeted her thanks").
SAYING_OBJECT = frozenset({"say", "post", "call", "tweet", "quote", "answer", "state"})
# Subordinators that, after a comma, open the writer's comment on a claim, not its content.
NARRATOR_SUBORDINATORS = frozenset({"although", "though", "as", "while", "whereas"})
# Dependents that give a verb a claim of its own, so it does not reach back for a quote.
OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "dative", "attr"})
ADJUNCT_PREPS = frozenset({"by", "after", "before", "while", "upon", "when"})

# --- reporting verbs from the parse -----------------------------------------------------------


def verbal(
    token: Token, sentence: SpacySpan, quotes: list[Quote], media: dict[str, str]
) -> Found | None:
    """A reporting verb with a source (its subject) and a claim (complement or adjacent quote)."""
    if is_mistagged_verb(token):
        return _headline_statement(token, sentence, quotes)
    if is_inverted_credit(token):
        return _inverted_credit(token, sentence, quotes)
    verb_class = VERB_CLASSES[cue_lemma(token)]
    if verb_class == "citing" and token.dep_ == "advcl" and token.tag_ == "VBG":
        return _citing(token, quotes)  # "cited the report" as a main verb states its object
    by_agent = _passive_agent(token, quotes)
    if by_agent is not None:
        return by_agent
    if _is_hedge_use(token):
        return None
    source = subject(token, quotes)
    if not source:
        return None
    claim = _clause_after(token)
    claim = claim or _quote_before(token, source, sentence, quotes)
    claim = claim or _complement(token, verb_class)
    claim = claim or _quote_after(token, source, sentence, quotes) or _answer(token)
    claim = claim or _prep_content(token) or colon_after(token, sentence)
    claim = claim or (_that_clause(token) if verb_class != "stance" else None)
    claim = claim or (_any_object(token) if cue_lemma(token) in SAYING_OBJECT else None)
    if claim is None:
        return None
    found = found_from(claim, source, token, scope=False)
    _apply_citing(found, token, media)
    return found


def _headline_statement(token: Token, sentence: SpacySpan, quotes: list[Quote]) -> Found | None:
    """A cue the tagger took for a noun ("Trump demands Ginsburg resign"): the parse around it is
    unreliable, so the name before is the source and the rest of the clause, up to a comma or a
    semicolon, the claim."""
    source = _preceding_np(token, quotes)
    stops = [t.i for t in sentence if t.i > token.i and t.text in {",", ";"}]
    rest = trim([t for t in sentence if token.i < t.i < min(stops, default=sentence.end)])
    claim = _clause_after(token) or (
        (rest[0].idx, rest[-1].idx + len(rest[-1].text)) if rest else None
    )
    if not source or claim is None:
        return None
    return found_from(claim, source, token, scope=False)


def _inverted_credit(token: Token, sentence: SpacySpan, quotes: list[Quote]) -> Found | None:
    """ "Said Ellis: “...”": the words up to the colon are the source, what follows the claim."""
    colon = next(t for t in token.doc[token.i + 1 :] if t.text == ":")
    source = trim(list(token.doc[token.i + 1 : colon.i]))
    claim = colon_after(token, sentence) or _quote_after(token, source, sentence, quotes)
    return found_from(claim, source, token, scope=False) if source and claim else None


def _citing(token: Token, quotes: list[Quote]) -> Found | None:
    """ "X said ..., citing low growth": what is cited is X's own claim (a cited source also
    becomes the via chain of the statement it backs, see `_apply_citing`)."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not objects:
        return None
    source = subject(token, quotes)
    if not source:
        return None
    return found_from(_subtree_span(objects[0]), source, token, scope=False)


def _passive_agent(token: Token, quotes: list[Quote]) -> Found | None:
    """ "The move was first reported by MSNBC": the agent is the source, the passive subject
    (or clausal complement) the claim."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    agents = [c for c in token.children if c.dep_ == "agent" and c.i > token.i]
    objects = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
    if not objects or quote_at(quotes, objects[0].idx) is not None:
        return None
    source = _source_tokens(objects[0])
    claims = [c for c in token.children if c.dep_ in {"nsubjpass", "csubjpass"}]
    claims += [c for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.i > token.i]
    if not source or not claims or claims[0].lower_ in RELATIVE_PRONOUNS | {"it"}:
        return None
    return found_from(_subtree_span(claims[0]), source, token, scope=False)


def _answer(token: Token) -> tuple[int, int] | None:
    """A poll answer: "75 percent said yes", "half said so"."""
    for child in token.children:
        if (
            child.i > token.i
            and child.lower_ in {"yes", "no", "so"}
            and child.dep_ in {"intj", "advmod", "dobj", "ccomp"}
        ):
            return child.idx, child.idx + len(child.text)
    return None


def _is_hedge_use(token: Token) -> bool:
    """ "are expected to assemble", "is believed to": a hedge on the sentence, not a statement."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    return passive and cue_lemma(token) not in PASSIVE_SPEAKER


def subject(token: Token, quotes: list[Quote]) -> list[Token]:
    """The speaker: the verb's subject, the subject of the reporting verb it continues, or for a
    finite verb the parser left without one, the noun phrase right before it."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}:
        return _modified_np(token.head, token)  # "a group backing the senator"
    found = _climb_to_subject(token, quotes)
    if found or token.tag_ not in {"VBD", "VBZ", "VBP"} or token.dep_ in {"relcl", "acl"}:
        return found
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children):
        return found
    return _preceding_np(token, quotes)


def _modified_np(head: Token, clause: Token) -> list[Token]:
    """The noun phrase a participle or relative clause modifies, less that clause."""
    drop = {t.i for t in clause.subtree}
    return trim(_contiguous([t for t in _source_tokens(head) if t.i not in drop], head))


def _preceding_np(token: Token, quotes: list[Quote]) -> list[Token]:
    """ "former president Jane Doe said ...", with the name parsed as an apposition."""
    position = token.i - 1
    while position >= 0 and token.doc[position].pos_ in {"ADV", "AUX"}:
        position -= 1
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
        and token.doc[start - 1].text not in {",", "(", ")", "“", "”", '"', ":", ";"}
    ):
        start -= 1
    return trim(list(token.doc[start : head.i + 1]))


def _climb_to_subject(token: Token, quotes: list[Quote]) -> list[Token]:
    """The nearest subject up the chain of verbs. A passive subject speaks for a verb of hearing
    or quoting ("was quoted as saying") and for the infinitive a passive raises ("is expected to
    endorse", "was forced to admit")."""
    current: Token | None = token
    raised = False
    for _ in range(4):
        if current is None:
            return []
        for child in current.children:
            if (
                child.dep_ == "nsubj"
                or (child.dep_ == "nsubjpass" and (raised or cue_lemma(current) in PASSIVE_SPEAKER))
            ) and quote_at(quotes, child.idx) is None:
                if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return _modified_np(current.head, current)  # "voters who said ..."
                return _source_tokens(child)
        if current.dep_ not in CLIMB_DEPS or current.head is current:
            return []
        raised = current.dep_ == "xcomp" and _is_passive(current.head)
        current = _reporting_ancestor(current)
    return []


def _is_passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children)


def _reporting_ancestor(token: Token) -> Token | None:
    """For "warned X ... and called Y", the cue "called" continues: climb to the reporting verb."""
    if token.dep_ in {"prep", "acomp"}:
        return token.head if _carries_subject(token) else None
    head = token.head
    while (
        head.dep_ in {"conj", "ccomp", "xcomp"} and not is_cue_verb(head) and head.head is not head
    ):
        head = head.head
    if token.dep_ in {"conj", "advcl", "acl", "pcomp"} or is_cue_verb(head):
        return head
    if _carries_subject(token):
        return token.head  # "began by saying", "took to Twitter to say", "is likely to say"
    return None


def _carries_subject(token: Token) -> bool:
    """The link passes the head's subject down: a controlled infinitive ("took to Twitter to
    say"), an adjective of likelihood ("are more likely to say"), a manner or time adjunct of a
    verb ("began by saying", "after praising"), whose subject English leaves unsaid."""
    head = token.head
    if token.dep_ == "xcomp":
        framing = head.lower_ in FRAMING_VERBS | CONTROL_ADJECTIVES or _is_passive(head)
        return framing and not _object_control(token)
    if token.dep_ == "acomp":
        return token.lower_ in CONTROL_ADJECTIVES
    if token.dep_ == "prep":
        cued = [c for c in token.children if c.dep_ == "pcomp" and is_cue_verb(c)]
        adjunct = token.lower_ in ADJUNCT_PREPS or (
            token.lower_ == "as" and cue_lemma(head) in PASSIVE_SPEAKER  # "quoted as saying"
        )
        return adjunct and head.pos_ in {"VERB", "AUX"} and bool(cued)
    return False


def _object_control(token: Token) -> bool:
    """ "urged voters to say": the object, not the subject, does the saying."""
    return token.dep_ == "xcomp" and any(
        c.dep_ in {"dobj", "iobj"}
        and c.i < token.i
        and (c.pos_ in {"PRON", "PROPN"} or c.ent_type_ in {"PERSON", "NORP", "ORG"})
        for c in token.head.children
    )


def _source_tokens(head: Token) -> list[Token]:
    """The subject's phrase, less trailing time phrases ("the minister on Friday") and relatives."""
    drop: set[int] = set()
    for child in head.children:
        if child.dep_ in {"relcl", "acl"} or (child.dep_ == "prep" and _is_time_phrase(child)):
            drop |= {t.i for t in child.subtree}
    tokens = [t for t in head.subtree if t.i not in drop]
    return trim(_contiguous(tokens, head))


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    ids = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in ids:
        start -= 1
    while end + 1 in ids:
        end += 1
    return [t for t in tokens if start <= t.i <= end]


def _is_time_phrase(prep: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def _clause_after(token: Token) -> tuple[int, int] | None:
    """The verb's own clausal complement: it beats a quote before the speaker, which is then a
    show's or a paper's title ("on “Meet the Press,” she said the deal was dead") or another
    verb's claim ("“...,” he said, adding that ...")."""
    for child in token.children:
        if child.i > token.i and (
            _is_claim_clause(token, child) or _is_misparsed_complement(token, child)
        ):
            return _subtree_span(child, exclude_cue_conj=True)
    return None


def _is_misparsed_complement(token: Token, child: Token) -> bool:
    """A complement the parser made an adverbial clause: a finite clause with its own subject
    and no subordinator ("said after the convention he would not accept", "tweeted that she
    was ..." with "that" read as an adverb), or the infinitive after a told person ("tells his
    supporters at the rally to go vote")."""
    if child.dep_ != "advcl":
        return False
    opener = [c for c in child.children if c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < child.i)]
    if any(c.lower_ != "that" for c in opener):
        return False
    finite = child.tag_ in {"VBD", "VBZ", "VBP"} or any(c.tag_ == "MD" for c in child.children)
    if finite and _has_subject(child):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    told = any(c.dep_ == "dobj" and c.i < child.i for c in token.children)
    return infinitive and told and VERB_CLASSES[cue_lemma(token)] == "tell"


def _complement(token: Token, verb_class: str) -> tuple[int, int] | None:
    """The claim as the verb's oprd or, for confirm/deny/show verbs, its object; else a fronted
    clausal complement ("Victory is vital, he said after the meeting")."""
    for child in token.children:
        if child.dep_ == "oprd":
            return _subtree_span(child)
    if verb_class in OBJECT_CONTENT or cue_lemma(token) in OBJECT_VERBS:
        objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
        if objects:
            last = max(token.children, key=_object_extent)
            start, _ = _subtree_span(objects[0])
            _, end = _subtree_span(last if last.i > objects[0].i else objects[0])
            return start, end
    fronted = [c for c in token.children if c.dep_ == "ccomp" and c.i < token.i]
    return _subtree_span(fronted[0]) if fronted else None


def _is_claim_clause(token: Token, child: Token) -> bool:
    """A clausal complement, a stance infinitive ("vowed to fight", not "agreed to deliver"), or
    a gerund, which names what was said or wanted ("proposed barring", "reported holding")."""
    if child.dep_ == "ccomp":
        return True
    return child.dep_ == "xcomp" and (cue_lemma(token) in XCOMP_CLAIMS or child.tag_ == "VBG")


def _any_object(token: Token) -> tuple[int, int] | None:
    """Last resort for any reporting verb: its noun-phrase object ("tweeted her thanks",
    "said the same of Sanders", "answering questions")."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not objects or objects[0].lower_ in RELATIVE_PRONOUNS - {"that"}:
        return None
    start, _ = _subtree_span(objects[0])
    _, end = _subtree_span(max(token.children, key=_object_extent))
    return start, max(end, _subtree_span(objects[0])[1])


def _object_extent(child: Token) -> int:
    """How far an object claim runs: through "accused X of Y", "praised X for Y", "described X
    as Y", but not into an adjoined reporting verb ("..., saying it was time"), which makes a
    statement of its own, nor into any coordinated verb ("promised a veto and tried to ...",
    "published the video, and lawyers released it"), which says what else happened."""
    if (child.dep_ == "advcl" and is_cue_verb(child)) or (
        child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}
    ):
        return -1
    if child.dep_ in {"dobj", "advcl", "conj", "acl"}:
        return child.i
    return child.i if child.dep_ == "prep" and child.lower_ in {"of", "for", "as"} else -1


def _prep_content(token: Token) -> tuple[int, int] | None:
    """ "called for a ban", "voted for him", "talked about the deal": the preposition's object."""
    wanted = PREP_CONTENT.get(cue_lemma(token))
    if not wanted:
        return None
    for child in token.children:
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in wanted]
        if child.dep_ == "advcl" and marks and marks[0].i == token.i + 1:
            tokens = [t for t in child.subtree if t.i > marks[0].i]
            return tokens[0].idx, _subtree_span(child)[1]  # "called for the US to act"
        if child.dep_ == "prep" and child.lower_ in wanted and child.i > token.i:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                start, end = _subtree_span(objects[0])
                later = [
                    c for c in token.children if c.i > child.i and c.dep_ in {"xcomp", "ccomp"}
                ]
                return start, max([end, *(_subtree_span(c)[1] for c in later[:1])])
    return None


def colon_after(token: Token, sentence: SpacySpan) -> tuple[int, int] | None:
    """ "said:" or "wrote on Twitter:" then what was said, to the end of the sentence, or the
    whole next paragraph when the colon closes its own ("She added:" over a block quote)."""
    doc = token.doc
    for position in range(token.i + 1, min(token.i + 8, sentence.end)):
        if doc[position].text == ":":
            rest = trim(list(doc[position + 1 : sentence.end]))
            if len(rest) > 2:
                return rest[0].idx, rest[-1].idx + len(rest[-1].text)
            return _paragraph_after(token, doc[position].idx + 1) if not rest else None
        if doc[position].pos_ in {"VERB", "AUX"} or doc[position].text in {".", ";"}:
            return None
    return None


def _paragraph_after(token: Token, colon_end: int) -> tuple[int, int] | None:
    """The paragraph on the lines after a colon that ends its own, when a verb or noun of saying
    introduces it (after "learned:" or "found:" comes a list, not what was said)."""
    text = token.doc.text
    line_end = text.find("\n", colon_end)
    if (
        line_end < 0
        or text[colon_end:line_end].strip()
        or VERB_CLASSES.get(cue_lemma(token), "say") not in {"say", "report", "tell", "warn"}
    ):
        return None
    start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    end = text.find("\n", start)
    end = len(text.rstrip()) if end < 0 else len(text[:end].rstrip())
    return (start, end) if end > start else None


def _that_clause(token: Token) -> tuple[int, int] | None:
    """ "said ... that he may wait", the clause misattached lower in the tree."""
    for descendant in token.subtree:
        if (
            descendant.i > token.i
            and descendant.dep_ == "mark"
            and descendant.lower_ == "that"
            and descendant.head.i > descendant.i
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in descendant.head.children)
        ):
            start = descendant.i
            tokens = trim([t for t in descendant.head.subtree if t.i >= start])
            return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text) + _closing_quote(tokens[-1])
    return None


def _subtree_span(head: Token, exclude_cue_conj: bool = False) -> tuple[int, int]:
    tokens = list(head.subtree)
    if exclude_cue_conj:
        cut = [c for c in head.children if _continues_the_speaker(c)]
        if cut:
            stop = min(t.i for t in cut[0].subtree)
            tokens = [t for t in tokens if t.i < stop and not (t.i == stop - 1 and t.dep_ == "cc")]
    tokens = _less_narrator_tail(tokens)
    tokens = trim([t for t in tokens if t.dep_ != "cc" or t is not tokens[-1]])
    while tokens and tokens[-1].dep_ == "cc":
        tokens = trim(tokens[:-1])
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text) + _closing_quote(tokens[-1])


def _less_narrator_tail(tokens: list[Token]) -> list[Token]:
    """Drop what the writer adds after a comma or a dash at the end of a claim: a non-restrictive
    relative clause ("cited criticism of Lauer, who took heat for ..."), a participle ("video
    shows X, contradicting the police"), a concessive or temporal clause ("claimed X, although
    he refused ...")."""
    ids = {t.i for t in tokens}
    last = tokens[-1].i if tokens else 0
    for token in tokens[1:]:
        opening = token.left_edge.i - 1
        if opening not in ids or token.doc[opening].text not in {",", "--", "—", "–"}:
            continue
        if token.right_edge.i >= last - 1 and _is_narrator_clause(token):
            return [t for t in tokens if t.i < opening]
    return tokens


def _is_narrator_clause(token: Token) -> bool:
    if token.dep_ == "relcl" or (token.dep_ in {"advcl", "acl"} and token.tag_ == "VBG"):
        return True
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    return token.dep_ == "advcl" and bool(NARRATOR_SUBORDINATORS.intersection(marks))


def _continues_the_speaker(child: Token) -> bool:
    """ "said the plan is dead and called for talks", "said the plan is dead, adding that ...":
    a further statement of the same speaker, not part of the first claim."""
    adjoined = child.dep_ == "advcl" and child.tag_ == "VBG"
    return (child.dep_ == "conj" or adjoined) and is_cue_verb(child) and not _has_subject(child)


def _closing_quote(token: Token) -> int:
    """Keep a closing quote mark that the parser left outside the complement."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return len(following.text) if following is not None and following.text in CLOSING_QUOTES else 0


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _quote_before(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """A quote just before the source and cue: "“...,” he said", or closing the sentence before
    a bare "“We won.” Smith said." that the parser split from it. Not for a verb with an object
    of its own (the quote is then a title: "on “Scandal,” she thanked Obama for ..."; a told
    person is no claim), nor for an adjoined participle ("said things “...,” referring to
    ..."), whose quote belongs to the statement it follows."""
    if _reaches_forward(token) or (token.dep_ == "advcl" and token.tag_ == "VBG"):
        return None
    skip = {t.i for t in source}
    text = token.doc.text
    bare = not any(c.dep_ in OBJECT_DEPS for c in token.children)
    before = [
        q
        for q in quotes
        if q.end <= token.idx
        and (
            q.end > sentence.start_char
            or (bare and not text[q.end : sentence.start_char].strip(" "))
        )
    ]
    if not before:
        return None
    quote = before[-1]
    between = [t for t in tokens_between(token.doc, quote.end, token.idx) if t.i not in skip]
    if all(t.is_punct or t.is_space or t.pos_ in {"ADV", "AUX", "PART"} for t in between):
        return quote.start, quote.end
    return None


def _reaches_forward(token: Token) -> bool:
    """The verb has an object or complement after it, other than the person told."""
    told = VERB_CLASSES[cue_lemma(token)] == "tell"
    return not told and any(c.dep_ in OBJECT_DEPS and c.i > token.i for c in token.children)


def _quote_after(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """A quote right after the cue ("said: “...”"), in the sentence or after a final colon."""
    skip = {t.i for t in source}
    ends_open = sentence.text.rstrip().endswith((":", ","))
    limit = sentence.end_char + (40 if ends_open else 0)
    after = [q for q in quotes if token.idx < q.start < limit]
    if not after:
        return None
    quote = after[0]
    between = [
        t
        for t in tokens_between(token.doc, token.idx + len(token), quote.start)
        if t.i not in skip and not t.is_space
    ]
    if len(between) <= 6 and (not between or between[-1].is_punct):
        return quote.start, quote.end
    return None


def _apply_citing(found: Found, verb: Token, media: dict[str, str]) -> None:
    """ "The Times, citing officials, reported": the officials speak, the outlet relays."""
    for child in verb.children:
        if child.lower_ in {"citing", "quoting"}:
            cited = [c for c in child.children if c.dep_ == "dobj"]
            kind, name = classify_source(found.source, media)
            if cited and kind == "media":
                found.via = [Via(name, "media"), *found.via]
                found.source = _source_tokens(cited[0])
