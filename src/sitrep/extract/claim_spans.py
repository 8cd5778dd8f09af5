"""Where a reporting verb's claim starts and stops: its clausal complement, its object, the
preposition's object, what follows a colon, or an adjacent quote, less the writer's own comment
at the end. Kept apart from finding the speaker (`attribution_verbal`) because these rules read
the words after a cue, the speaker rules the words before it; the noun and adjective cues
(`cue_nouns`) share them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import CLOSING_QUOTES, doc_text, tokens_between, trim
from sitrep.extract.attribution_coordination import (
    continues_the_speaker,
    coordinated_above,
    coordinated_reporter,
    reported_conjunct_end,
)
from sitrep.extract.attribution_noun_complements import completes_the_object
from sitrep.extract.claim_adjacency import right_after
from sitrep.extract.claim_asides import is_narrator_clause
from sitrep.extract.claim_concessions import less_concession
from sitrep.extract.claim_contact_relatives import past_contact_relative
from sitrep.extract.claim_leading_statements import past_leading_statement
from sitrep.extract.claim_lists import list_end
from sitrep.extract.claim_other_reporters import reported_by_another
from sitrep.extract.claim_possessives import owned_after
from sitrep.extract.claim_relative_subjects import predicate_past_relative, speaker_with_relatives
from sitrep.extract.claim_scenes import depicted_end
from sitrep.extract.claim_second_speakers import before_second_speaker
from sitrep.extract.claim_settings import names_only_a_setting, names_only_a_time
from sitrep.extract.claim_standings import is_measure, poll_standing
from sitrep.extract.claim_subjects import stranded_subject_start
from sitrep.extract.claim_trailing_reporters import past_trailing_reporter
from sitrep.extract.cue_lexicon import (
    OBJECT_CONTENT,
    OBJECT_OTHER_SENSE,
    OBJECT_VERBS,
    PARTICLE_OBJECT,
    PREP_CONTENT,
    PREP_VERBS,
    URGING_VERBS,
    VERB_CLASSES,
    XCOMP_CLAIMS,
)
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.token_positions import run_bounds, token_end
from sitrep.quote_marks import APOSTROPHE, OPENING_QUOTES, SINGLE_OPENING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Dependents that give a verb a claim of its own, so it does not reach back for a quote.
OBJECT_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "dative", "attr"})
ANSWERS = frozenset({"yes", "no", "so"})
ANSWER_DEPS = frozenset({"intj", "advmod", "dobj", "ccomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# What comes right before a quoted title: a possessive or a preposition.
TITLE_LEAD = re.compile(r"(?:['’]s|\b(?:on|in|with|of))\s*$", re.I)
# Marks that may open a quote, a single one included ("‘Meet the Press’").
QUOTE_MARKS = OPENING_QUOTES | {SINGLE_OPENING, APOSTROPHE}
# Verbs whose claim is that the person addressed should act ("urged voters to wait").
ADDRESSEE_CLAIMS = frozenset(
    {"urge", "encourage", "ask", "remind", "press", "challenge", *URGING_VERBS}
)


def answer(token: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """A poll answer or a nod to what was said before: "75 percent said yes", "half said so",
    "the aide said as much". It beats a quote before the verb, which is then the question
    ("Asked whether she is “honest,” 60 percent said no")."""
    for child in token.children:
        if child.i < token.i or quote_at(quotes, child.idx) is not None:
            continue
        if child.lower_ in ANSWERS and child.dep_ in ANSWER_DEPS:
            return child.idx, token_end(child)
        degree = [c for c in child.children if c.lower_ == "as" and c.i == child.i - 1]
        if child.lower_ == "much" and degree:
            return degree[0].idx, token_end(child)
    return None


def clause_after(token: Token) -> tuple[int, int] | None:
    """The verb's own clausal complement: it beats a quote before the speaker, which is then a
    show's or a paper's title ("on “Meet the Press,” she said the deal was dead") or another
    verb's claim ("“...,” he said, adding that ...")."""
    for child in token.children:
        if (
            child.i > token.i
            and not _after_full_stop(token, child)
            and not _is_quoted_title(child)
            and (_is_claim_clause(token, child) or _is_misparsed_complement(token, child))
        ):
            child = past_contact_relative(token, past_trailing_reporter(token, child))
            start, end = subtree_span(child, exclude_cue_conj=True)
            start = _past_statement_time(token, child, start)
            end = max(end, _split_predicate_end(token, child), reported_conjunct_end(token, child))
            return _addressee_start(token, child, stranded_subject_start(token, child, start)), end
    return None


def _past_statement_time(token: Token, child: Token, start: int) -> int:
    """ "said on Tuesday it would complain": a time phrase right after the verb, before the
    complement's subject, says when it was said (the parser hangs it on the complement), so the
    claim starts after it and the statement takes its date."""
    subjects = [c.i for c in child.children if c.dep_ in SUBJECT_DEPS]
    for lead in child.children:
        if lead.i > min(subjects, default=child.i):
            break
        if lead.left_edge.i == token.i + 1 and _is_time_phrase(lead):
            after = token.doc[lead.right_edge.i + 1 :]
            rest = [t for t in after if not t.is_punct]
            return rest[0].idx if rest else start
    return start


def _is_time_phrase(token: Token) -> bool:
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" for c in token.children) and names_only_a_time(token)
    return token.dep_ == "npadvmod" and all(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)


def _split_predicate_end(token: Token, child: Token) -> int:
    """ "said that Indian missile strikes on six sites had killed 31 people": the parser read
    "strikes" as a verb and hung "had killed ..." on the cue as a second complement with no
    subject; it is the rest of the same clause, right after it, so the claim runs on. A
    reporting verb there ("said X and Y accused ...", "said X but said ...") is a statement of
    its own."""
    rest = [
        c
        for c in token.children
        if c.dep_ == "ccomp"
        and c.left_edge.i == child.right_edge.i + 1
        and not is_cue_verb(c)
        and not any(g.dep_ in SUBJECT_DEPS | {"expl", "mark"} for g in c.children)
    ]
    return subtree_span(rest[0])[1] if rest else 0


def _addressee_start(token: Token, child: Token, start: int) -> int:
    """ "urged voters to stay home": what is urged is that the voters stay home, so the claim
    starts at the person addressed (who would otherwise be left out of it)."""
    if cue_lemma(token) not in ADDRESSEE_CLAIMS or child.dep_ == "ccomp":
        return start
    addressed = [c for c in token.children if c.dep_ == "dobj" and token.i < c.i < child.i]
    return subtree_span(addressed[0])[0] if addressed else start


def _is_quoted_title(child: Token) -> bool:
    """ "said on NBC's ''Meet the Press'' that ...": a quote opened right after a possessive or a
    preposition names a show or a paper that the parser took for a clause."""
    first = child.left_edge
    if first.text not in QUOTE_MARKS and first.i > 0 and first.nbor(-1).text in QUOTE_MARKS:
        first = first.nbor(-1)
    return first.text in QUOTE_MARKS and _title_follows(doc_text(child.doc), first.idx)


def _after_full_stop(token: Token, child: Token) -> bool:
    """A clause after a full stop is the next sentence, which the parser ran on ("say, ''Poor
    Mexico.'' Facing ...")."""
    return any(t.tag_ == "." for t in token.doc[token.i + 1 : child.left_edge.i])


def _is_misparsed_complement(token: Token, child: Token) -> bool:
    """A complement the parser made an adverbial clause: a finite clause with its own subject
    and no subordinator ("said after the convention he would not accept", "tweeted that she
    was ..." with "that" read as an adverb), or the infinitive after a told person ("tells his
    supporters at the rally to go vote", "pressed the agency to act")."""
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
    lemma = cue_lemma(token)
    return infinitive and told and (VERB_CLASSES[lemma] == "tell" or lemma in ADDRESSEE_CLAIMS)


def complement(token: Token, verb_class: str) -> tuple[int, int] | None:
    """The claim as the verb's predicate (`_predicate_claim`), a poll's standing
    (`poll_standing`) or, for confirm/deny/show verbs, its object. A verb that reports only
    through its preposition ("pushed for", "focused on") states nothing by a bare
    object ("pushed the button", "focused resources on Ohio"), nor does "found a way"
    (`OBJECT_OTHER_SENSE`); a particle may make the object the claim ("pointed out the gap")."""
    for child in token.children:
        if child.dep_ == "oprd":
            return _predicate_claim(token, child)
    if standing := poll_standing(token):
        return standing
    lemma = cue_lemma(token)
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    particles = {(lemma, c.lower_) for c in token.children if c.dep_ == "prt"}
    reports_object = (
        lemma in OBJECT_VERBS
        or bool(particles & PARTICLE_OBJECT)
        or (
            verb_class in OBJECT_CONTENT
            and lemma not in PREP_VERBS
            and (lemma not in OBJECT_OTHER_SENSE or any(is_measure(o) for o in objects))
        )
    )
    if not objects or not reports_object:
        return None
    last = max(_before_coordinated_verb(token), key=_object_extent)
    start, _ = subtree_span(objects[0])
    _, end = subtree_span(last if last.i > objects[0].i else objects[0], exclude_cue_conj=True)
    return start, depicted_end(token, objects[0], end)


def _predicate_claim(token: Token, predicate: Token) -> tuple[int, int]:
    """ "called the mayor a loser": what is called and what it is called; a quoted predicate
    ("called the move a “clear escalation”") is the speaker's own words, the claim by itself."""
    start, end = subtree_span(predicate)
    named = [c for c in token.children if c.dep_ == "dobj" and token.i < c.i < predicate.i]
    quoted = any(t.text in QUOTE_MARKS for t in predicate.subtree) or (
        predicate.left_edge.i > 0 and predicate.left_edge.nbor(-1).text in QUOTE_MARKS
    )
    return (subtree_span(named[0])[0], end) if named and not quoted else (start, end)


def fronted_clause(token: Token) -> tuple[int, int] | None:
    """A clausal complement before the verb ("Victory is vital, he said after the meeting"). The
    last resort: what the verb takes after it comes first, for the parser also hangs the sentence
    before a colon on the verb after it ("The term is vague: it refers to the jobless")."""
    has_object = any(c.dep_ == "dobj" and c.i > token.i for c in token.children)
    if has_object and VERB_CLASSES[cue_lemma(token)] != "tell":
        return None  # "assumed office": no clause before it (a hearer, "told reporters", is)
    fronted = [c for c in token.children if c.dep_ == "ccomp" and c.i < token.i]
    return subtree_span(fronted[0]) if fronted else None


def _is_claim_clause(token: Token, child: Token) -> bool:
    """A clausal complement, a stance infinitive ("vowed to fight", not "agreed to deliver"), or
    a gerund, which names what was said or wanted ("proposed barring", "reported holding")."""
    if child.dep_ == "ccomp":
        return True
    return child.dep_ == "xcomp" and (cue_lemma(token) in XCOMP_CLAIMS or child.tag_ == "VBG")


def any_object(token: Token) -> tuple[int, int] | None:
    """Last resort for any reporting verb: its noun-phrase object ("tweeted her thanks",
    "said the same of Sanders", "answering questions")."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not objects or objects[0].lower_ in RELATIVE_PRONOUNS - {"that"}:
        return None
    start, _ = subtree_span(objects[0])
    _, end = subtree_span(
        max(_before_coordinated_verb(token), key=_object_extent), exclude_cue_conj=True
    )
    return predicate_past_relative(objects[0]) or (start, max(end, subtree_span(objects[0])[1]))


def _before_coordinated_verb(token: Token) -> list[Token]:
    """The verb's dependents up to a verb coordinated with it: one after it ("voiced support
    and called himself pro-choice, stances he has disavowed") belongs to that verb, whatever
    the parser hung on the first."""
    verbs = [c.i for c in token.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    return [c for c in token.children if c.i < min(verbs, default=len(token.doc))]


def _object_extent(child: Token) -> int:
    """How far an object claim runs: through "accused X of Y", "praised X for Y", "described X
    as Y", "demanded an end to Y", but not into an adjoined reporting verb ("..., saying it was time"), which makes a
    statement of its own, nor into any coordinated verb ("promised a veto and tried to ...",
    "published the video, and lawyers released it"), which says what else happened."""
    if (child.dep_ == "advcl" and is_cue_verb(child)) or (
        child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}
    ):
        return -1
    if child.dep_ in {"dobj", "advcl", "conj", "acl"}:
        return child.i
    of_for_as = child.dep_ == "prep" and child.lower_ in {"of", "for", "as"}
    return child.i if of_for_as or completes_the_object(child) else -1


def prep_content(token: Token) -> tuple[int, int] | None:
    """ "called for a ban", "voted for him", "talked about the deal": the preposition's object.
    "About" names the topic wherever it stands ("spoke on Tuesday about the deal"); a time or a
    channel is never the content ("spoke on Tuesday", "spoke on the phone")."""
    wanted = PREP_CONTENT.get(cue_lemma(token))
    if not wanted:
        return None
    for child in token.children:
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in wanted]
        if child.dep_ == "advcl" and marks and right_after(token, marks[0]):
            tokens = [t for t in child.subtree if t.i > marks[0].i]
            return tokens[0].idx, subtree_span(child)[1]  # "called for the US to act"
    preps = [
        c
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in wanted and c.i > token.i and not names_only_a_setting(c)
    ]
    for child in sorted(preps, key=lambda c: c.lower_ != "about"):
        objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if objects:  # the parser may cut "about Jones’ absence" after "Jones" (or in two)
            last = owned_after(objects[-1]) or objects[-1]
            start, end = subtree_span(objects[0])[0], subtree_span(last)[1]
            later = [c for c in token.children if c.i > child.i and c.dep_ in {"xcomp", "ccomp"}]
            return start, max([end, *(subtree_span(c)[1] for c in later[:1])])
    return None


def colon_after(token: Token, sentence: SpacySpan) -> tuple[int, int] | None:
    """ "said:", "wrote on Twitter:" or "said about its plan for the state:" (no verb between)
    then what was said, to the end of the sentence, or the whole next paragraph when the colon
    closes its own ("She added:" over a block quote)."""
    doc = token.doc
    for position in range(token.i + 1, min(token.i + 25, sentence.end)):
        if doc[position].text == ":":
            rest = trim(list(doc[position + 1 : sentence.end]))
            if len(rest) > 2:
                return run_bounds(rest)
            return _paragraph_after(token, doc[position].idx + 1) if not rest else None
        if doc[position].pos_ in {"VERB", "AUX"} or doc[position].text in {".", ";"}:
            return None
    return None


def _paragraph_after(token: Token, colon_end: int) -> tuple[int, int] | None:
    """The paragraph on the lines after a colon that ends its own, when a verb or noun of saying
    introduces it (after "learned:" or "found:" comes a list, not what was said); a numbered or
    bulleted list there is taken whole."""
    text = doc_text(token.doc)
    line_end = text.find("\n", colon_end)
    if (
        line_end < 0
        or text[colon_end:line_end].strip()
        or VERB_CLASSES.get(cue_lemma(token), "say") not in {"say", "report", "tell", "warn"}
    ):
        return None
    start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    end = text.find("\n", start)
    end = list_end(text, start, len(text.rstrip()) if end < 0 else len(text[:end].rstrip()))
    return (start, end) if end > start else None


def that_clause(token: Token) -> tuple[int, int] | None:
    """ "said ... that he may wait", the clause misattached lower in the tree."""
    for descendant in token.subtree:
        if (
            descendant.i > token.i
            and descendant.dep_ == "mark"
            and descendant.lower_ == "that"
            and descendant.head.i > descendant.i
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in descendant.head.children)
            and not reported_by_another(descendant.head, token)
        ):
            start = descendant.i
            tokens = [t for t in descendant.head.subtree if t.i >= start]
            tokens = trim(_less_further_statement(tokens, []))
            return tokens[0].idx, token_end(tokens[-1]) + _closing_quote(tokens[-1])
    return None


def subtree_span(head: Token, exclude_cue_conj: bool = False) -> tuple[int, int]:
    """The character span of a claim headed by `head`, less a trailing conjunction and the
    writer's comment, and with `exclude_cue_conj` less a further statement of the speaker."""
    tokens = _unbroken_around(list(head.subtree), head)
    if exclude_cue_conj:
        cut = [c for c in head.children if continues_the_speaker(c)]
        tokens = _less_further_statement(*past_leading_statement(tokens, cut))
    tokens = before_second_speaker(_less_narrator_tail(tokens))
    tokens = less_concession(tokens)
    tokens = trim([t for t in tokens if t.dep_ != "cc" or t.i != tokens[-1].i])
    while tokens and tokens[-1].dep_ == "cc":
        tokens = trim(tokens[:-1])
    if not tokens:
        return 0, 0
    return tokens[0].idx, token_end(tokens[-1]) + _closing_quote(tokens[-1])


def _unbroken_around(tokens: list[Token], head: Token) -> list[Token]:
    """ "which officials said killed 78 people": a subtree broken by the verb it hangs on (its
    relative pronoun moved before the speaker) gives the side of the head as the claim."""
    verb = head.head
    if verb.i == head.i or not tokens[0].i < verb.i < tokens[-1].i:
        return tokens
    return [t for t in tokens if (t.i > verb.i) == (head.i > verb.i)]


def _less_further_statement(tokens: list[Token], cut: list[Token]) -> list[Token]:
    """Stop the claim before the first further statement of its speaker: one of `cut`, or a
    reporting verb the parser hung deep inside the claim (`_continues_the_reporter`)."""
    cut = cut + [t for t in tokens if t.i > tokens[0].i and _continues_the_reporter(t)]
    if not cut:
        return tokens
    stop = min(t.left_edge.i for t in cut)
    return [t for t in tokens if t.i < stop and not (t.i == stop - 1 and t.dep_ == "cc")]


def _less_narrator_tail(tokens: list[Token]) -> list[Token]:
    """Drop what the writer adds after a comma or a dash at the end of a claim (`claim_asides`)."""
    ids = {t.i for t in tokens}
    last = tokens[-1].i if tokens else 0
    for token in tokens[1:]:
        opening = token.left_edge.i - 1
        if opening not in ids or token.doc[opening].text not in {",", "--", "—", "–"}:
            continue
        if token.right_edge.i >= last - 1 and is_narrator_clause(token):
            return [t for t in tokens if t.i < opening]
    return tokens


def _continues_the_reporter(token: Token) -> bool:
    """ "said the leader did not know the facts and accused aides of lying": a reporting verb
    the parser coordinated with a verb deep inside the claim, which goes with the reporting
    verb above (`coordinated_above`), so it states something of its own."""
    return (
        (coordinated_above(token) or coordinated_reporter(token) is not None)
        and is_cue_verb(token)
        and not _has_subject(token)
    )


def _closing_quote(token: Token) -> int:
    """Keep a closing quote mark that the parser left outside the complement."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return len(following.text) if following is not None and following.text in CLOSING_QUOTES else 0


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def quote_before(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """A quote just before the source and cue: "“...,” he said", or closing the sentence before
    a bare "“We won.” Smith said." that the parser split from it. Not for a verb with an object
    of its own (the quote is then a title: "on “Scandal,” she thanked Obama for ..."; a told
    person is no claim), nor for an adjoined participle ("said things “...,” referring to
    ..."), whose quote belongs to the statement it follows."""
    if _reaches_forward(token) or (token.dep_ == "advcl" and token.tag_ == "VBG"):
        return None
    skip = speaker_with_relatives(source, token)
    text = doc_text(token.doc)
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
    if not before or _is_title(text, before[-1]):
        return None
    quote = before[-1]
    between = [t for t in tokens_between(token.doc, quote.end, token.idx) if t.i not in skip]
    if all(t.is_punct or t.is_space or t.pos_ in {"ADV", "AUX", "PART"} for t in between):
        return quote.start, quote.end
    return None


def _is_title(text: str, quote: Quote) -> bool:
    """ "on NBC's “Meet the Press,”", "in charge of “Today”", "Clinton's “genuine empathy”": a
    short quote after a possessive or a preposition names a show, a paper or a phrase that is
    talked about; it is not what the speaker says."""
    return len(text[quote.start : quote.end].split()) <= 6 and _title_follows(text, quote.start)


def _title_follows(text: str, start: int) -> bool:
    return TITLE_LEAD.search(text[max(0, start - 12) : start]) is not None


def _reaches_forward(token: Token) -> bool:
    """The verb has an object or complement after it, other than the person told."""
    told = VERB_CLASSES[cue_lemma(token)] == "tell"
    return not told and any(c.dep_ in OBJECT_DEPS and c.i > token.i for c in token.children)


def quote_after(
    token: Token, source: list[Token], sentence: SpacySpan, quotes: list[Quote]
) -> tuple[int, int] | None:
    """A quote right after the cue ("said: “...”"), in the sentence or after a final colon."""
    skip = {t.i for t in source}
    ends_open = sentence.text.rstrip().endswith((":", ","))
    limit = sentence.end_char + (40 if ends_open else 0)
    after = [q for q in quotes if token.idx < q.start < limit]
    if not after or _is_title(doc_text(token.doc), after[0]):
        return None
    quote = after[0]
    between = [
        t
        for t in tokens_between(token.doc, token_end(token), quote.start)
        if t.i not in skip and not t.is_space
    ]
    if len(between) <= 6 and (not between or between[-1].is_punct):
        return quote.start, quote.end
    return None
