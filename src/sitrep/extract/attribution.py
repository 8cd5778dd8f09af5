"""Claims and their sources: who said what, through whom, when, and how firmly.

News attributes almost every claim: "officials told The New York Times", "according to
officials", a sentence closed by ", The Times reported." For each reported statement we record
the claim span, the cue and its class, the source (span, normalised name, kind), the chain of
intermediaries (nearest first), whether the claim is quoted, its certainty (`attribution_certainty`)
and its date.

Stages, per sentence and then across the article:
1. trailing and parenthetical reporters (", The Journal reported.", "As the Journal reported,")
   by token pattern, because the small parser often attaches them to the wrong word
   (`attribution_patterns`);
2. "according to X", a poll's or report's finding ("In a new poll, X leads",
   `attribution_findings`), headline colons and a transcript's turns ("Senator: The deal is
   dead", "PENCE: Well, ...", `attribution_colons`), quotes credited after a dash ("“...” ―
   Ana Ruiz");
3. nominal cues with a possessor ("her claim that ...", "his support for ...", `cue_nouns`);
4. reporting, stance and belief verbs (`cues`) with a subject and a complement, an object, a
   prepositional object ("called for"), a colon or an adjacent quote (`attribution_verbal` finds
   the speaker, `claim_spans` where the claim starts and stops);
5. quotes that continue an attributed quote in the next sentence;
6. scope: a reporter covers its sentence and becomes the outer link of the chains inside it;
   a statement reported inside another's claim is part of it (`attribution_scope`);
7. coreference of "he", "the official", a surname to the earlier source;
8. one claim per quote: the parts of a quote that a reporting clause or a paragraph break
   interrupts, with one source and one cue, join (`attribution_scope.join_continuations`;
   within a sentence, `claim_interrupted_quotes`);
9. a denied or confirmed "that" claims the statement before it (`claim_demonstratives`).

A dateline ("WASHINGTON (AP) —") that the parser makes the subject of the first verb gives way
to the noun phrase after it, and no claim starts inside one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sitrep.extract.attribution_according import according_to
from sitrep.extract.attribution_certainty import certainty
from sitrep.extract.attribution_citing import apply_citing, cites_only_a_speaker
from sitrep.extract.attribution_colons import colon_statements
from sitrep.extract.attribution_common import (
    Found,
    body_start,
    past_dateline,
    past_issued_document,
    past_quote_end,
    plausible_source,
    plausible_via,
    without_dangling_conjunction,
    without_description,
    without_relative_clause,
)
from sitrep.extract.attribution_deeds import names_a_deed
from sitrep.extract.attribution_filter_permissions import without_leave
from sitrep.extract.attribution_findings import document_findings
from sitrep.extract.attribution_negative_sources import claimed_by_nobody, is_negative_source
from sitrep.extract.attribution_patterns import as_reporters, reporter_clauses
from sitrep.extract.attribution_possessors import possessor_as_subject
from sitrep.extract.attribution_questions import outside_question_turns
from sitrep.extract.attribution_scope import (
    apply_scope,
    continued_quotes,
    drop_nested,
    join_continuations,
    name_sources,
    widen_to_quotes,
)
from sitrep.extract.attribution_semicolons import within_semicolons
from sitrep.extract.attribution_verbal import subject, verbal
from sitrep.extract.attribution_whole_names import whole_name
from sitrep.extract.claim_answers import settle_answers
from sitrep.extract.claim_demonstratives import point_demonstratives
from sitrep.extract.claim_interrupted_quotes import across_reporting_clause
from sitrep.extract.claim_own_sources import without_own_source
from sitrep.extract.claim_parts import claim_parts, reporting_clause
from sitrep.extract.cue_lexicon import VERB_CLASSES
from sitrep.extract.cue_nouns import noun_cues
from sitrep.extract.cue_purposes import tells_a_motive
from sitrep.extract.cue_traits import shows_a_trait
from sitrep.extract.cues import cue_lemmas, is_cue_verb
from sitrep.extract.quotes import (
    Quote,
    find_quotes,
    quote_at,
    quoted_share,
)
from sitrep.extract.source_coreference import resolve_coreference
from sitrep.extract.source_dash_credits import dash_credits
from sitrep.extract.source_partitives import continued_verb, is_partitive_aside
from sitrep.extract.source_quote_marks import with_closing_quote
from sitrep.extract.source_relays import split_relay
from sitrep.extract.sources import (
    has_title,
    media_names,
    span_text,
)
from sitrep.extract.token_positions import doc_text, sentence_start, token_end
from sitrep.model import Attribution, Cue, Offsets, Source, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext

# Nouns for the form a statement takes: "said in a statement", "wrote in a message".
SPEECH_MEDIA = frozenset({"statement", "message", "remarks", "comments", "declaration"})
# A day, a month, an ISO week ("last week": "2024-W43") or a year.
ISO_DATE = re.compile(r"^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?")
# "said ..., the first such talks since late January": when a stretch began, never when the
# statement was made.
STRETCH_OPENINGS = frozenset({"since"})
TIME_PATH_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "npadvmod",
        "compound",
        "nmod",
        "appos",
        "advmod",
        "amod",
        "nummod",
        "det",
        "poss",
        "case",
    }
)


def extract_attributions(ctx: DocContext, times: Sequence[TimeExpr] = ()) -> list[Attribution]:
    """Every reported statement of the article, with its source, chain, cue, certainty and date."""
    quotes = find_quotes(ctx.text)
    media = media_names(ctx.doc)
    text = doc_text(ctx.doc)  # `Span.text` rebuilds each sentence from its tokens
    sentences = [s for s in ctx.sentences() if text[s.start_char : s.end_char].strip()]
    found: list[Found] = []
    for index, sentence in enumerate(sentences):
        found += _sentence_attributions(ctx, sentence, index, quotes, media)
    found = [f for f in found if plausible_source(f.source)]
    without_own_source(found, quotes)
    found += continued_quotes(ctx, sentences, found, quotes)
    found.sort(key=lambda f: (f.claim[0], f.cue[0] if f.cue else 0))
    name_sources(found, media)
    apply_scope(ctx.text, sentences, found)
    drop_nested(found)
    resolve_coreference(found)
    join_continuations(ctx.text, found)
    point_demonstratives(ctx.text, sentences, found, quotes)
    for item in found:
        item.via = [v for v in item.via if plausible_via(v.text)]
    dated = _index_times(ctx, times)
    return _dedupe([_build(ctx, f, quotes, dated) for f in found if _usable(ctx, f)])


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    """One claim span, one attribution per source: keep the most specific chain (the longest
    via), so a quote heard via an outlet is not also given to the outlet or the video alone, and
    the cue nearest the claim."""
    best: dict[tuple[int, int], int] = {}
    for a in attributions:
        key = (a.claim.start, a.claim.end)
        best[key] = max(best.get(key, 0), len(a.via))
    kept: dict[tuple[int, int, str | None], tuple[int, Attribution]] = {}
    for order, a in enumerate(attributions):
        named = (a.claim.start, a.claim.end, a.source.name)
        held = kept.get(named)
        if len(a.via) == best[(a.claim.start, a.claim.end)] and (
            held is None or _cue_distance(a) < _cue_distance(held[1])
        ):
            kept[named] = (held[0] if held else order, a)
    return [a for _, a in sorted(kept.values(), key=lambda item: item[0])]


def _cue_distance(attribution: Attribution) -> int:
    """How far the cue stands from the claim: of two cues of one speaker for one quote ("He
    agreed. “...,” he said."), the one beside it reports it."""
    cue, claim = attribution.cue, attribution.claim
    if cue is None:
        return 0
    return max(0, claim.start - cue.end, cue.start - claim.end)


# --- per sentence -----------------------------------------------------------------------------


def _sentence_attributions(
    ctx: DocContext, sentence: SpacySpan, index: int, quotes: list[Quote], media: dict[str, str]
) -> list[Found]:
    found = reporter_clauses(sentence, quotes)
    for reported in found:  # ", activists said, citing hospital sources."
        if reported.cue_token is not None and _cites_after_the_claim(reported):
            apply_citing(reported, reported.cue_token, media)
    found += as_reporters(sentence, quotes)
    found += according_to(sentence, quotes)
    found += document_findings(sentence, quotes)
    found += colon_statements(sentence, quotes)
    found += dash_credits(sentence, quotes)
    found += noun_cues(sentence, quotes)
    found = [f for f in found if plausible_source(f.source)]
    used = {f.cue_token.i for f in found if f.cue_token is not None}
    lemmas, doc = cue_lemmas(sentence.doc), sentence.doc
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in VERB_CLASSES:
            continue  # `is_cue_verb` refuses it at once; no Token need be built
        token = doc[i]
        if _reports_here(token, used, quotes):
            item = _past_partitive_aside(verbal(token, sentence, quotes, media), quotes)
            item = within_semicolons(item, sentence, quotes)
            if item is not None:
                found.append(item)
    found = [f for f in _less_media_of_verbs(found) if not cites_only_a_speaker(f, media)]
    found = outside_question_turns(found, ctx.text)
    body = body_start(sentence)
    for item in found:
        item.sentence = index
        item.claim = widen_to_quotes(item.claim, quotes)
        if sentence.start_char <= item.claim[0] < body < item.claim[1]:
            item.claim = (body, item.claim[1])
        item.source = possessor_as_subject(
            past_issued_document(
                past_dateline(
                    past_quote_end(
                        without_description(
                            without_relative_clause(without_dangling_conjunction(item.source))
                        ),
                        quotes,
                    )
                )
            )
        )
        item.source = with_closing_quote(whole_name(item.source, item.cue_token))
        item.source, relay = split_relay(item.source, media)
        item.via = [relay, *item.via] if relay else item.via
    for item in found:
        item.claim = across_reporting_clause(item, sentence, quotes, found)
    settle_answers(found)
    return [f for f in found if f.claim[1] > f.claim[0] and not claimed_by_nobody(f)]


def _reports_here(token: Token, used: set[int], quotes: list[Quote]) -> bool:
    """A reporting verb not yet read as a cue, outside any quote, that its speaker was free to
    use (`without_leave`)."""
    return (
        token.i not in used
        and is_cue_verb(token)
        and quote_at(quotes, token.idx) is None
        and not without_leave(token)
        and not tells_a_motive(token)
        and not shows_a_trait(token)
        and not names_a_deed(token)
    )


def _past_partitive_aside(item: Found | None, quotes: list[Quote]) -> Found | None:
    """ "..., most of them soldiers, and demanded ...": the verb's speaker is that of the verb it
    continues; with no such verb there is no speaker to name, and no attribution."""
    if item is None or item.cue_token is None or not is_partitive_aside(item.source):
        return item
    verb = continued_verb(item.cue_token)
    item.source = subject(verb, quotes) if verb is not None else []
    return item if item.source else None


def _less_media_of_verbs(found: list[Found]) -> list[Found]:
    """ "The group said in a statement that ...": the statement is the medium of the verb that
    reports, one cue with it, not a second report of the same claim (in "In a swipe at the
    governor, the mayor said ..." the swipe is a stance of its own)."""
    speakers = {
        f.cue_token.i: {t.i for t in f.source}
        for f in found
        if f.cue_token is not None and f.cue_token.pos_ == "VERB"
    }
    return [f for f in found if not _medium_of(f, speakers)]


def _medium_of(item: Found, speakers: dict[int, set[int]]) -> bool:
    noun = item.cue_token
    if noun is None or noun.lower_ not in SPEECH_MEDIA or noun.head.lower_ != "in":
        return False
    speaker = speakers.get(noun.head.head.i)
    if speaker is None:
        return False
    # "stressing in his remarks that ...": the possessive is the speaker of the verb
    possessive = len(item.source) == 1 and item.source[0].dep_ == "poss"
    return possessive or bool(speaker & {t.i for t in item.source})


# --- output -----------------------------------------------------------------------------------


def _usable(ctx: DocContext, item: Found) -> bool:
    """Never from a credit, byline or boilerplate, nor from a generic "you" (the reader: "you
    know", "you want to" say nothing about who said what)."""
    if len(item.source) == 1 and item.source[0].lower_ == "you":
        return False
    start, end = item.claim
    source_start = item.source[0].idx if item.source else start
    source_end = token_end(item.source[-1]) if item.source else end
    return not ctx.is_silent(start, end) and not ctx.is_silent(source_start, source_end)


def _build(ctx: DocContext, item: Found, quotes: list[Quote], times: _TimeIndex) -> Attribution:
    start, end = item.claim
    claim = Offsets(start, end)
    source_text = span_text(item.source)
    source = Source(
        item.source[0].idx if item.source else None,
        token_end(item.source[-1]) if item.source else None,
        source_text,
        item.kind or "anonymous_person",
        item.name or source_text,
    )
    cue = (
        Cue(item.cue[0], item.cue[1], ctx.text[item.cue[0] : item.cue[1]], item.verb_class)
        if item.cue
        else None
    )
    clause = reporting_clause(ctx.text, claim, source, cue, quotes)
    return Attribution(
        claim=claim,
        source=source,
        via=tuple(item.via),
        cue=cue,
        direct_quote=_direct(quotes, claim, clause, ctx.text),
        date=_statement_date(ctx, item, times),
        certainty=certainty(
            ctx.text, claim, item.verb_class, item.cue_token, is_negative_source(item.source)
        ),
        parts=claim_parts(ctx.text, claim, clause),
    )


def _direct(
    quotes: list[Quote], claim: Offsets, clause: tuple[int, int] | None, text: str
) -> bool | Literal["mixed"]:
    """How much of the claim is quoted. A claim joined over its own reporting clause ("“A,” she
    said on Monday. “B.”") is all quoted: the clause is not part of what was said."""
    start, end = claim.start, claim.end
    share = quoted_share(quotes, start, end, text)
    if clause is not None:
        words = sum(c.isalnum() for c in text[start:end])
        reporting = sum(c.isalnum() for c in text[clause[0] : clause[1]])
        share = share * words / max(1, words - reporting)
    if share >= 0.85:
        return True
    return "mixed" if share > 0.05 else False


@dataclass(frozen=True)
class _DatedTime:
    position: int  # in the order the times were given, which decides between two that fit
    time: TimeExpr
    span: SpacySpan | None


@dataclass(frozen=True)
class _TimeIndex:
    """The times with a calendar value, by start and by the sentence of their head word, so
    that dating a statement asks only the times that can be attached to it: going through every
    time of the article for each statement made a long article's cost grow with its square."""

    by_start: list[_DatedTime]
    starts: list[int]
    by_sentence: dict[int, list[_DatedTime]]


def _index_times(ctx: DocContext, times: Sequence[TimeExpr]) -> _TimeIndex:
    dated = [
        _DatedTime(position, time, ctx.doc.char_span(time.start, time.end, alignment_mode="expand"))
        for position, time in enumerate(times)
        if time.value and ISO_DATE.match(time.value)
    ]
    by_start = sorted(dated, key=lambda d: d.time.start)
    by_sentence: dict[int, list[_DatedTime]] = {}
    for item in dated:
        if item.span is not None:
            key = sentence_start(ctx.doc, item.span.root.i)
            by_sentence.setdefault(key, []).append(item)
    return _TimeIndex(by_start, [d.time.start for d in by_start], by_sentence)


def _statement_date(ctx: DocContext, item: Found, times: _TimeIndex) -> str | None:
    """A time phrase hanging on the cue or the source dates the statement ("said last week":
    the week), else publication; a date inside the claim dates what is claimed, never the
    statement."""
    owners = {t.i for t in item.source}
    if item.cue_token is not None:
        owners.add(item.cue_token.i)
        owners |= {t.i for t in subject(item.cue_token, []) if item.source}
    for dated in _candidate_times(ctx, item, times, owners):
        if _attached(dated, item, owners):
            return ISO_DATE.match(dated.time.value).group()[:10]  # type: ignore[arg-type, union-attr]
    published = ctx.article.published
    return published.isoformat() if published else None


def _candidate_times(
    ctx: DocContext, item: Found, times: _TimeIndex, owners: set[int]
) -> list[_DatedTime]:
    """The times that may date the statement, in their given order: those between the cue and
    the claim, and those whose head word shares a sentence with the cue or the source (parse
    links never cross sentences, so no other time is on a path to them)."""
    candidates = [
        dated
        for sentence in {sentence_start(ctx.doc, i) for i in owners}
        for dated in times.by_sentence.get(sentence, [])
    ]
    if item.cue:
        first = bisect_right(times.starts, item.cue[1])
        last = bisect_right(times.starts, item.claim[0])
        candidates += times.by_start[first:last]
    return sorted({d.position: d for d in candidates}.values(), key=lambda d: d.position)


def _attached(dated: _DatedTime, item: Found, owners: set[int]) -> bool:
    """On a path of time words up to the cue or the source, or between the cue and the claim
    ("said on Tuesday it would complain", which the parser hangs on the claim's verb)."""
    time, span, claim = dated.time, dated.span, item.claim
    if claim[0] <= time.start < claim[1]:
        return False
    if item.cue and item.cue[1] < time.start and time.end <= claim[0]:
        return True
    if span is None or not owners:
        return False
    token = span.root
    for _ in range(6):
        if token.i in owners:
            return True
        if (
            (token.dep_ not in TIME_PATH_DEPS and token.i not in {t.i for t in span})
            or token.head.i == token.i
            or token.lower_ in STRETCH_OPENINGS
        ):
            return False
        token = token.head
    return token.i in owners


__all__ = ["VERB_CLASSES", "extract_attributions", "has_title"]


def _cites_after_the_claim(reported: Found) -> bool:
    """ "..., activists said, citing hospital sources": the cited party follows the claim. In
    "The minister, citing intelligence sources, warned of an attack" it stands inside what a
    misparse took for the claim, and the minister stays the source."""
    cue = reported.cue_token
    citing = next((t for t in cue.subtree if t.lower_ == "citing"), None) if cue else None
    return citing is not None and citing.idx >= reported.claim[1]
