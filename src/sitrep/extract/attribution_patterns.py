"""Token patterns within a sentence: trailing and parenthetical reporters (", officials said"),
which the small parser often attaches to the wrong word; and "as X reported". "According to X"
(`attribution_according`), a line opened by a speaker and a colon (`attribution_colons`) and a
quote credited after a dash (`source_dash_credits`) have modules of their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import (
    NP_POS,
    NP_PUNCT,
    OBJECT_PRONOUNS,
    TAIL_POS,
    Found,
    cue_from,
    found_from,
    strip_end,
    trim,
)
from sitrep.extract.attribution_coordination import SPEECH_ACT_CLASSES
from sitrep.extract.attribution_figure_asides import compares_a_figure
from sitrep.extract.attribution_headline_clauses import is_headline_clause
from sitrep.extract.attribution_nonclaims import governed
from sitrep.extract.attribution_subject_asides import follows_own_subject
from sitrep.extract.attribution_tails import tail_end
from sitrep.extract.claim_writer_appositives import is_writers_appositive
from sitrep.extract.cue_lexicon import PREP_CONTENT, VERB_CLASSES
from sitrep.extract.cues import cue_lemma, is_cue_verb
from sitrep.extract.quotes import Quote, quote_at
from sitrep.extract.source_answers import subject_after_object
from sitrep.extract.source_descriptions import with_description
from sitrep.extract.token_positions import doc_text, run_bounds, token_end, token_index_at
from sitrep.quote_marks import CLOSING_QUOTES, OPENING_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Verbs whose object is the one spoken to: ", she told AFP", ", he assured voters".
ADDRESSEE_VERBS = frozenset({"tell", "ask", "assure", "inform", "remind", "urge", "brief"})
# Verbs whose object is the one spoken to or the thing named, never the speaker: ", told
# reporters", ", called the "Crossroads of America" by its citizens".
OBJECT_NOT_SPEAKER = ADDRESSEE_VERBS | {"call", "name", "dub"}
# Verb classes that can report in an "as" clause ("as the Journal reported", "as data show").
AS_REPORTER_CLASSES = frozenset({"say", "report", "show", "confirm", "warn", "estimate"})
# Verbs that news puts before their speaker (", said Smith", ", added a spokeswoman").
INVERTING_VERBS = frozenset(
    {"say", "add", "write", "ask", "note", "explain", "recall", "reply", "continue", "insist"}
    | {"argue", "declare", "report", "tweet", "remark", "state", "warn", "respond", "answer"}
    | {"conclude", "joke", "quip", "observe", "exclaim", "acknowledge", "admit", "concede"}
    | {"complain", "wonder", "recount"}
)
# Subordinators of a clause beside the reporter's: at the same time, or in contrast.
CONCURRENT_MARKS = frozenset({"as", "while", "though", "although", "whereas"})
# Marks of a clause that sets the scene after a reporter in mid-sentence (`_writers_setting`).
SETTING_MARKS = frozenset({"as", "while", "whereas"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Relative pronouns opening a description of the speaker after the reporter (", said Ana Ruiz,
# who heads a civil society group"): no part of the claim.
SPEAKER_RELATIVES = frozenset({"who", "whose", "whom"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def reporter_clauses(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ ", officials said." / ", The Times reported." / ", said Smith," after a comma or a quote.
    A verb of stance never reports what comes before it: ", voters backed him" is a clause."""
    found: list[Found] = []
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens[:-1]):
        following = tokens[position + 1]
        if (
            not _is_separator(token, tokens, position)
            or quote_at(quotes, following.idx) is not None
        ):
            continue
        match = _match_reporter(tokens, position + 1)
        if match is None or any(f.cue_token is match[1] for f in found):
            continue  # one reporter per cue: the first match holds the whole source phrase
        if VERB_CLASSES.get(cue_lemma(match[1])) == "stance" or governed(match[1]):
            continue  # ", Democrats vote in Ohio", ", all ruled by juntas,": no reporter
        if len(match[0]) == 1 and match[0][0].lower_ in {"who", "which", "that"}:
            continue  # "The mayor, who has called for more police, won": a relative clause
        source, cue, stop = match
        parts = _claim_around(sentence, tokens, position, stop)
        claim = (parts[0][0], parts[-1][1])
        if not _is_statement(tokens, claim, quotes):
            continue
        answering = subject_after_object(source, cue)
        for part in parts:
            item = found_from(part, answering or source, cue, scope=not answering)
            item.answers = bool(answering)
            found.append(item)
        going_on = _quote_going_on(tokens, stop, quotes)
        if going_on is not None and quote_at(quotes, claim[0]) is not None:
            found.append(found_from((going_on.start, going_on.end), source, cue, scope=False))
    return found


def _is_statement(tokens: list[Token], claim: tuple[int, int], quotes: list[Quote]) -> bool:
    """A claim is a clause or a quote; a bare name before the comma makes the "reporter" its
    apposition ("Ana Ruiz, an adviser to the mayor, also questioned the plan"), though a
    headline's clause may hide its verb from the tagger (`attribution_headline_clauses`)."""
    words = [t for t in tokens if claim[0] <= t.idx < claim[1]]
    return (
        quote_at(quotes, claim[0]) is not None
        or any(t.pos_ in {"VERB", "AUX"} for t in words)
        or is_headline_clause(words)
    )


def _quote_going_on(tokens: list[Token], stop: int, quotes: list[Quote]) -> Quote | None:
    """ "“We lost,” she said. “We will be back.”": the quote opening right after the reporter's
    full stop, in a sentence the parser did not split off, goes on with the same speaker (after
    a paraphrase, "Prices will rise, she said. “...”", it is a statement of its own)."""
    if stop + 1 >= len(tokens) or tokens[stop].text not in {".", "!", "?"}:
        return None
    quote = next((q for q in quotes if q.start == tokens[stop + 1].idx), None)
    return None if quote is None or _closed_by_reporter(quote, tokens[stop]) else quote


def _closed_by_reporter(quote: Quote, token: Token) -> bool:
    """ "“A,” X said. “B,” he said.": a quote closed by a reporting clause of its own is that
    clause's statement, not more of the first."""
    closing = token_index_at(token.doc, quote.end - 1)
    if closing is None or closing < 1 or token.doc[closing - 1].text not in {",", "!", "?"}:
        return False
    after = [t for t in token.doc[closing + 1 : closing + 12] if not t.is_space]
    return _match_reporter(after, 0) is not None


def _is_separator(token: Token, tokens: list[Token], position: int) -> bool:
    if token.text == ",":
        return True
    return token.text in CLOSING_QUOTES and position > 0 and tokens[position - 1].is_punct


def _match_reporter(tokens: list[Token], start: int) -> tuple[list[Token], Token, int] | None:
    """Source NP then cue verb then a verbless tail to a comma or the end; or cue then NP."""
    if _inverted_cue(tokens, start):
        if _quote_follows(tokens, start) or follows_own_subject(tokens[start], tokens[start - 1]):
            return None  # ", said, “Even so, ...”": the quote is what is said, not a source
        cue = tokens[start]
        stop = tail_end(tokens, start + 1)
        source = trim(
            [t for t in tokens[start + 1 : stop] if not t.is_punct or t.text in {"'s", "’s"}]
        )
        if stop is not None and source and any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in source):
            if _object_not_speaker(cue, source):
                return None
            source, stop = with_description(tokens, source, stop)
            return source, cue, stop
        return None
    found = _source_then_verb(tokens, start, is_cue_verb)
    if found is None:
        return None
    source, position = found
    stop = tail_end(tokens, position + 1)
    cue = tokens[position]
    if stop is None or _takes_complement(cue, tokens[position + 1 : stop]) or _clause_follows(cue):
        return None
    if any(c.dep_ == "auxpass" for c in cue.children) or (cue.dep_, cue.tag_) == ("acl", "VBN"):
        return None  # ", a story told by the paper,", ", chemicals found in ...": no reporter
    if tokens[position - 1].text == "-":
        return None  # ", a self-described socialist,": a modifier of the noun after it
    if _quote_follows(tokens, position):
        return None  # "Doe, a friend, said, “Even so, ...”": the quote is what is said
    described = any(t.dep_ == "relcl" for t in tokens[start:position])
    if described and stop < len(tokens) and not tokens[stop].is_sent_end:
        return None  # "Ana Ruiz, a historian who was there, recalled, “...”": an apposition
    if tokens[position - 1].text == "," and _named_after(tokens, position):
        return None  # "said Ann Day, an activist, reports the Times": the Times reports
    return source, cue, stop


def _named_after(tokens: list[Token], cue: int) -> bool:
    """The cue after a comma names its own speaker after it (", reports the Times")."""
    match = _match_reporter(tokens, cue)
    if match is None or match[1].i != tokens[cue].i or match[0][0].pos_ == "ADP":
        return False  # ", said of RT": no speaker after the verb
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in match[0])


def _object_not_speaker(cue: Token, source: list[Token]) -> bool:
    """ ", criticized Clinton's email use", ", declared bankruptcy": the noun phrase after a verb
    that news does not put before its speaker is its object. After "said", "added", "wrote" it is
    the speaker, whatever the parser makes of it."""
    if cue_lemma(cue) in INVERTING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.i in {t.i for t in source} for c in cue.children)


def _quote_follows(tokens: list[Token], cue: int) -> bool:
    """The cue verb opens a quote (", said, “...", ", said “..."): the quote is its claim."""
    after = tokens[cue + 1 : cue + 3]
    after = after[1:] if after and after[0].text == "," else after[:1]
    return bool(after) and after[0].text in OPENING_QUOTES


def _clause_follows(cue: Token) -> bool:
    """ "Meanwhile, the agency said some 1.9 million people, about 90 percent, had fled": the
    verb's clausal complement opens right after it, so that clause is what it reports, not the
    words before the comma ("The plan, she said, is dead" has its subject before; in "“A,” she
    said. “B.”" the parser's complement opens with a quote after a full stop)."""
    following = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return (
        following is not None
        and not following.is_punct
        and any(c.dep_ == "ccomp" and c.left_edge.i == following.i for c in cue.children)
    )


def _takes_complement(cue: Token, tail: list[Token]) -> bool:
    """ ", Bush called Trump 'unhinged'", "In contrast, Ham described Clinton as ...": a verb
    whose tail holds its own object or clause makes its own statement, as does one whose
    preposition opens its content ("To cheers, Day called for a recount"); the text before the
    comma is not what it reports. The one told ("told AFP") is no such object."""
    in_tail, content_preps = {t.i for t in tail}, PREP_CONTENT.get(cue_lemma(cue), ())
    return any(
        child.i in in_tail
        and (
            child.dep_ in {"ccomp", "xcomp", "oprd"}
            or (child.dep_ == "prep" and child.lower_ in content_preps)
            or (
                child.dep_ == "dobj"
                and child.lower_ not in OBJECT_PRONOUNS
                and cue_lemma(cue) not in ADDRESSEE_VERBS
            )
        )
        for child in cue.children
    )


def _source_then_verb(
    tokens: list[Token], start: int, is_verb: Callable[[Token], bool]
) -> tuple[list[Token], int] | None:
    """A noun phrase from `start`, perhaps an adverb or auxiliary, then a verb that `is_verb`
    accepts: the source and the verb's position."""
    position = start
    relative = None
    while position < len(tokens) and position - start <= 15 and _np_token(tokens[position]):
        if is_verb(tokens[position]):
            break
        if _lists_an_earlier_noun(tokens[position], tokens[start]):
            return None
        skip = _relative_clause_end(tokens, position)
        if skip is not None and relative is None:
            relative, position = position, skip
            continue
        position += 1
    while (
        position < len(tokens)
        and tokens[position].pos_ in {"ADV", "AUX"}
        and not is_verb(tokens[position])
    ):
        position += 1
    if position >= len(tokens) or not is_verb(tokens[position]):
        return None
    source = trim(tokens[start : relative if relative is not None else position])
    while source and source[-1].pos_ in {"ADV", "AUX"}:
        source = trim(source[:-1])
    if len(source) > 2 and source[-2].text == "," and source[-1].lower_ in PERSONAL_PRONOUNS:
        return None  # "It was, he said, a failure": the reporter opens at the last comma
    if not source or not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in source):
        return None
    return source, position


def _lists_an_earlier_noun(token: Token, first: Token) -> bool:
    """ "killing 70 people, including 10 women, the U.N. office said", "set fire to homes,
    churches and temples, police said": an "including" list or further items on a noun before
    the phrase belong to the claim; the source opens after them, as it does after a figure
    compared ("climbed to 9,000, up from 4,000, the agency said")."""
    if token.i == first.i and token.dep_ in {"conj", "advmod"} and token.head.i < first.i:
        return True
    if token.i == first.i and _compares_from(token):
        return True
    return token.lower_ == "including" and token.head.i < first.i


def _compares_from(token: Token) -> bool:
    """ "up from 3,000", "down from a year earlier", "higher than": a figure weighed against
    another, however the parser hangs it, is no speaker."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADV" and after is not None and after.lower_ in {"from", "than"}


def _relative_clause_end(tokens: list[Token], position: int) -> int | None:
    """ ", a resident who asked not to be named told The AP": the index after a relative clause
    that opens at `position` on the noun before it; the source is the noun phrase without it."""
    token = tokens[position]
    clause = token.head
    if (
        token.lower_ not in {"who", "which", "that"}
        or position == 0
        or clause.dep_ != "relcl"
        or clause.head.i != tokens[position - 1].i
    ):
        return None
    after = clause.right_edge.i + 1
    return next((k for k in range(position, len(tokens)) if tokens[k].i == after), None)


def as_reporters(sentence: SpacySpan, quotes: list[Quote]) -> list[Found]:
    """ "As The Journal reported, ...", "..., as one adviser put it.": a reporter clause opened
    by "as", whose verb takes no object of its own (else "as she called for a vote" is a time
    clause, not a reporter)."""
    found: list[Found] = []
    tokens = [t for t in sentence if not t.is_space]
    for position, token in enumerate(tokens[:-2]):
        if token.lower_ != "as":
            continue  # before the lead test, which walks every token ahead of this one
        leads = all(t.is_punct or t.pos_ in {"CCONJ", "ADV"} for t in tokens[:position])
        if quote_at(quotes, token.idx) is not None or not (
            leads or tokens[position - 1].text in {",", "(", "—", "--"}
        ):
            continue
        match = _source_then_verb(tokens, position + 1, _reporting_verb)
        if match is None:
            continue
        source, verb = match
        stop = _as_clause_end(tokens, verb)
        if stop is None:
            continue
        if leads:
            rest = trim(tokens[stop : _next_start(tokens, stop)])
            parts = [run_bounds(rest) if rest else (0, 0)]
        else:
            parts = _claim_around(sentence, tokens, position - 1, stop)
        cue = tokens[verb]
        found += [
            Found(
                part,
                source,
                cue_from(cue),
                VERB_CLASSES.get(cue_lemma(cue), "say"),
                scope=True,
                cue_token=cue,
            )
            for part in parts
        ]
    return found


def _reporting_verb(token: Token) -> bool:
    """A verb of saying, reporting or showing, active ("as he was known" names, "as she
    campaigned" times), or the idiom "put it" ("as one adviser put it")."""
    if any(c.dep_ == "auxpass" for c in token.children):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.lower_ in {"put", "puts"}:
        return following is not None and following.lower_ == "it"
    return is_cue_verb(token) and VERB_CLASSES.get(cue_lemma(token)) in AS_REPORTER_CLASSES


def _as_clause_end(tokens: list[Token], verb: int) -> int | None:
    """The index of the comma or colon closing an "as" reporter clause, or of the sentence end;
    None when the verb has an object or a clause of its own. A prepositional phrase on the verb
    may hold any word ("as one user pointed out with a telling side-by-side,")."""
    cue = tokens[verb]
    if any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} and c.lower_ != "it" for c in cue.children
    ):
        return None
    adjuncts = {t.i for c in cue.children if c.dep_ == "prep" for t in c.subtree}
    position = verb + 1
    while position < len(tokens):
        token = tokens[position]
        if token.text in {",", ":"} or token.is_sent_end:
            return position
        if token.pos_ not in TAIL_POS and token.lower_ != "it" and token.i not in adjuncts:
            return None
        position += 1
    return position


def _inverted_cue(tokens: list[Token], start: int) -> bool:
    """ ", said Smith", ", say experts": a cue verb before its source, which is its subject, not
    its object (a plural speaker only after the verbs news inverts: ", feel this way" is no
    reporter)."""
    if start >= len(tokens) or not is_cue_verb(tokens[start]):
        return False
    lemma = cue_lemma(tokens[start])
    plural = tokens[start].tag_ == "VBP" and lemma in INVERTING_VERBS
    return (tokens[start].tag_ in {"VBD", "VBZ"} or plural) and lemma not in OBJECT_NOT_SPEAKER


def _np_token(token: Token) -> bool:
    """A word of a source noun phrase ("many experts, including Ana Ruiz,", "the bespectacled
    envoy", however tagged)."""
    if token.pos_ == "PUNCT":
        return token.text in NP_PUNCT
    if token.lower_ == "including":
        return token.dep_ == "prep"
    if token.pos_ == "ADP":
        return token.lower_ in {"of", "for", "at", "in", "from", "to"}
    amod = token.dep_ == "amod" and token.head.i > token.i and _opens_phrase(token)
    return token.pos_ in NP_POS or token.pos_ in {"ADV", "AUX"} or amod


def _opens_phrase(token: Token) -> bool:
    """A participle right after a determiner or a quote ("the retired judge"); one inside a
    phrase ("its own, locally made drones") may be the claim's own noun phrase."""
    before = token.nbor(-1) if token.i > 0 else None
    return before is None or before.pos_ == "DET" or before.text in CLOSING_QUOTES


def _claim_around(
    sentence: SpacySpan, tokens: list[Token], separator: int, stop: int
) -> list[tuple[int, int]]:
    """The sentence less the reporter clause: before it, or around it when parenthetical; where
    the reporter ends a clause and another is joined on after it (", officials said, and many
    ..."), the two clauses apart, without the "and" that joins them."""
    starts = _missed_sentence_starts(tokens)
    first = max([i for i in starts if i <= separator], default=None)
    start = tokens[first].idx if first is not None else sentence.start_char
    before_end = tokens[separator].idx + (
        len(tokens[separator].text) if tokens[separator].text != "," else 0
    )
    rest = trim(tokens[stop : _next_start(tokens, stop)])
    if (
        rest
        and stop < len(tokens)
        and any(not t.is_punct for t in rest)
        and rest[0].tag_ != "VBG"
        and rest[0].lower_ not in SPEAKER_RELATIVES
        and not _opens_a_statement(rest)
        and not is_writers_appositive(tokens[separator - 1], rest)
        and not compares_a_figure(tokens[separator - 1], rest)
        and tokens[separator].text not in CLOSING_QUOTES
    ):
        if rest[0].pos_ != "CCONJ" or len(rest) < 2:
            return [(start, token_end(rest[-1]))]
        return [
            (start, strip_end(doc_text(sentence.doc), start, before_end)),
            (rest[1].idx, token_end(rest[-1])),
        ]
    return [(start, strip_end(doc_text(sentence.doc), start, before_end))]


def _opens_a_statement(rest: list[Token]) -> bool:
    """ "..., activists said, as the U.N. warned that ...": a clause of time or contrast after
    the reporter with a speaker and a verb of speech of its own is a separate statement, not
    more of the claim (unlike "because she understands ...", a reason given); so is a clause
    joined on (", officials said, and the army said ...")."""
    first, verb = rest[0], rest[0].head
    if _writers_setting(first):
        return True
    if first.pos_ == "CCONJ" and len(rest) > 1:
        subjects = [t for t in rest if t.dep_ in SUBJECT_DEPS and t.left_edge.i == rest[1].i]
        verb = subjects[0].head if subjects else first
    return (
        ((first.dep_ == "mark" and first.lower_ in CONCURRENT_MARKS) or first.pos_ == "CCONJ")
        and is_cue_verb(verb)
        and VERB_CLASSES.get(cue_lemma(verb)) in SPEECH_ACT_CLASSES | {"claim"}
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _writers_setting(first: Token) -> bool:
    """ "Rebels shelled the town, officials said, as talks resumed in Lusaka": a clause of time
    or contrast with a subject of its own, after a reporter in mid-sentence, sets the scene in
    the writer's voice; the claim ends at the reporter."""
    clause = first.head
    return (
        first.dep_ == "mark"
        and first.lower_ in SETTING_MARKS
        and clause.dep_ == "advcl"
        and clause.head.tag_ in FINITE_TAGS
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and _narrated(clause)
    )


def _narrated(clause: Token) -> bool:
    """Told in the past, as the writer narrates ("as talks resumed"); a present clause ("as the
    currency weakens") is the speaker's reason, part of what was said."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in clause.children
    )


def _missed_sentence_starts(tokens: list[Token]) -> list[int]:
    """Where a sentence the parser did not split off begins: terminal punctuation, perhaps a
    closing quote, then a capital ("... selling houses.'' But he operates ..., he said.")."""
    starts = []
    for position, token in enumerate(tokens[:-1]):
        if token.text not in {".", "!", "?"}:
            continue
        after = position + 1
        while after < len(tokens) - 1 and tokens[after].text in CLOSING_QUOTES:
            after += 1
        if tokens[after].text[:1].isupper():
            starts.append(after)
    return starts


def _next_start(tokens: list[Token], after: int) -> int:
    """Where the next sentence the parser missed begins after `after`, or the end."""
    return min([i for i in _missed_sentence_starts(tokens) if i > after], default=len(tokens))
