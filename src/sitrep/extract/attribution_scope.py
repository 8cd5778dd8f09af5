"""Across sentences: quotes that go on after an attributed one, and reporters whose scope is
their paragraph (the outer link of the chains inside it). Coreference of sources is
`source_coreference`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import Found, cue_from
from sitrep.extract.attribution_questions import claim_floor
from sitrep.extract.attribution_relayed_quotes import continuations, relays_quote
from sitrep.extract.claim_openings import opens_on_contrast, tells_a_standing_state
from sitrep.extract.cue_lexicon import STATES_OF_MIND
from sitrep.extract.cues import cue_lemma
from sitrep.extract.quotes import Quote, quote_at, quoted_share
from sitrep.extract.sources import (
    classify_source,
    head_lemma,
    is_pronoun,
    normalise_media,
)
from sitrep.extract.token_positions import token_end, token_index_at
from sitrep.model import Via
from sitrep.quote_marks import DOUBLE_CLOSING, OPENING_QUOTES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext

# Cues of a state of mind: "X is considering a ban" reports no words of X's.
MENTAL_VERBS = frozenset({*STATES_OF_MIND, "learn", "recognize", "remember", "realize"})
# ", and at least 40 were killed": a further clause after an aside.
CONTINUING_CLAUSE = re.compile(r"\s*,\s*(?:and|but)\s")
# Auxiliaries of a statement still to come ("will say").
FUTURE = frozenset({"will", "'ll", "’ll"})
# Words a relative clause or a participle may describe.
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# "Most voters say X, a poll shows": what respondents say is the poll's finding as well, so the
# poll stays an attribution of its own beside theirs.
POLLS = frozenset({"poll", "survey"})

# --- across sentences -------------------------------------------------------------------------


def widen_to_quotes(claim: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """A claim that starts or ends inside a quote takes the whole quote."""
    start, end = claim
    first, last = quote_at(quotes, start), quote_at(quotes, max(start, end - 1))
    return (first.start if first else start, last.end if last else end)


def continued_quotes(
    ctx: DocContext, sentences: list[SpacySpan], found: list[Found], quotes: list[Quote]
) -> list[Found]:
    """A quoted sentence without a cue right after an attributed one: the same speaker goes on,
    named where the clause that closes the quote names them ("“...,” she went on.")."""
    extra: list[Found] = []
    by_sentence = _speaker_by_sentence(ctx.text, found)
    for index, sentence in enumerate(sentences):
        if index in by_sentence or index - 1 not in by_sentence:
            continue
        quote = quote_at(quotes, _first_char(sentence))
        previous = by_sentence[index - 1]
        if (
            quote is None
            or any(f.claim[0] < quote.end and quote.start < f.claim[1] for f in found)
            or previous.claim[1] > quote.start
            or not _speaker_continues(ctx.text, previous, quote)
            or _another_takes_over(previous)
        ):
            continue
        if quoted_share(quotes, sentence.start_char, sentence.end_char, ctx.text) < 0.8:
            continue
        item = Found(
            (quote.start, quote.end),
            previous.source,
            previous.cue,
            previous.verb_class,
            list(previous.via),
            sentence=index,
            cue_token=previous.cue_token,
        )
        closing = _closing_verb(ctx, quote)
        if closing is not None:
            item.source = [t for c in closing.children if c.dep_ == "nsubj" for t in c.subtree]
            item.cue = cue_from(closing)
            item.cue_token = closing
        by_sentence[index] = item
        extra.append(item)
    return extra


def _closing_verb(ctx: DocContext, quote: Quote) -> Token | None:
    """ "“...,” he went on.", "“...,” a resident shot back.": the verb of the short clause that
    closes a quote, whose subject names the quote's speaker, though it is no verb of speech."""
    closing = token_index_at(ctx.doc, quote.end - 1)
    if closing is None or closing + 3 >= len(ctx.doc) or ctx.doc[closing - 1].text != ",":
        return None  # "“We lost.” He went home.": a sentence of its own
    clause = ctx.doc[closing + 1 : min(closing + 9, len(ctx.doc))]
    verb = next((t for t in clause if t.pos_ == "VERB"), None)
    if verb is None or verb.i + 1 >= len(ctx.doc):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    rest = [t for t in ctx.doc[verb.i + 1 : verb.i + 3] if t.dep_ in {"prt", "advmod"}]
    after = ctx.doc[verb.i + 1 + len(rest) : verb.i + 2 + len(rest)]
    if (
        len(subjects) != 1
        or subjects[0].left_edge.i != closing + 1
        or subjects[0].pos_ not in {"PRON", "PROPN", "NOUN"}
        or after.text not in {".", "!", "?"}
    ):
        return None
    return verb


def _another_takes_over(item: Found) -> bool:
    """ "“A,” she said, and her husband cut in. “B.”": a clause joined on to the reporting verb
    with a subject of its own brings in the next speaker; the quote after it is not hers."""
    cue = item.cue_token
    speakers = {t.i for t in item.source}
    return cue is not None and any(
        clause.dep_ == "conj"
        and clause.i > cue.i
        and any(c.dep_ == "nsubj" and c.i not in speakers for c in clause.children)
        for clause in cue.children
    )


def join_continuations(text: str, found: list[Found]) -> None:
    """One quote, one attribution: a quote with the same source and cue as the claim right before
    it joins it in one claim, from the first part's start to the last part's end. The quote may go
    on after its reporting clause ("“A,” she said. “B.”"), over the next paragraph (the news
    convention), or follow the colon of a summary that announces it. Nothing else may be
    attributed in between, and no more than one paragraph break may part them."""
    joined: list[Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and item.cue is not None
            and item.cue == previous.cue
            and [t.i for t in item.source] == [t.i for t in previous.source]
            and previous.claim[1] <= item.claim[0]
            and _paragraph_breaks(text, previous.claim[1], item.claim[0]) <= 1
            and _quoted(text, item.claim)
            and _leads_to_quote(text, previous.claim)
        ):
            previous.claim = (previous.claim[0], item.claim[1])
            continue
        joined.append(item)
    found[:] = joined


def _leads_to_quote(text: str, claim: tuple[int, int]) -> bool:
    """The claim is quoted, ends in a quote ("leaders “who understand ...,”") or ends in a colon
    that announces the quote after it. A summary ending in a full stop ("urging them to
    reconsider.") may be followed by a quote of another voice."""
    start, end = claim
    return (
        _quoted(text, claim)
        or text[start:end].rstrip().endswith(tuple(DOUBLE_CLOSING))
        or text[end : end + 3].lstrip().startswith(":")
    )


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    """Line ends, a blank line counting once (papers mark paragraphs either way)."""
    return len(re.findall(r"\n\s*", text[start:end]))


def _speaker_by_sentence(text: str, found: list[Found]) -> dict[int, Found]:
    """The attribution each sentence hands on to a quote that follows it: the speaker of its
    own quote where it has one ("“Fine,” she told Reuters when asked if ..."), else its last.
    A statement reported inside another's claim ("She added that the bank wants ...") hands
    nothing on: the one who goes on speaking is the reporter, unless the reporter only relays a
    quote (`relays_quote`: the quoted speaker goes on)."""
    by_sentence: dict[int, Found] = {}
    for item in found:
        held = by_sentence.get(item.sentence)
        if held is not None and None not in (item.cue, held.cue):
            if _within(item, held) and not relays_quote(text, item, held):
                continue
            if relays_quote(text, held, item):
                continue
        if held is None or not _quoted(text, held.claim) or _quoted(text, item.claim):
            by_sentence[item.sentence] = item
    return by_sentence


def _first_char(sentence: SpacySpan) -> int:
    stripped = sentence.text.lstrip()
    return sentence.start_char + len(sentence.text) - len(stripped)


def _speaker_continues(text: str, previous: Found, quote: Quote) -> bool:
    """No other paragraph in between: at most one paragraph break since the previous claim."""
    return (
        text.count("\n\n", previous.claim[1], quote.start)
        + text.count("\n", previous.claim[1], quote.start)
        <= 3
    )


def name_sources(found: list[Found], media: dict[str, str]) -> None:
    for item in found:
        if item.kind is None:
            item.kind, item.name = classify_source(item.source, media)
        item.via = [
            Via(normalise_media(v.text, media) if v.kind == "media" else v.text, v.kind)
            for v in item.via
        ]


def apply_scope(text: str, sentences: list[SpacySpan], found: list[Found]) -> None:
    """Reporters cover their sentence (and, paragraph-final, their paragraph) and chain inward.
    A reporter that only relays the statement inside it gives way to it, unless it is a poll
    (`POLLS`) or the statement is buried in a noun phrase of its claim (`_buried`), which then
    gives way to the reporter."""
    _stop_before_closing_reporters(text, found)
    by_sentence = _by_sentence(found)
    attributed = set(by_sentence)
    for outer in [f for f in found if f.scope]:
        inner = [f for f in by_sentence[outer.sentence] if f is not outer and _inside(f, outer)]
        for item in inner:
            for link in [item, *continuations(found, item)]:
                _chain(link, outer)
        if _relays(outer, _outermost(inner)):
            buried = [i for i in inner if _buried(i, outer)]
            polled = head_lemma(outer.source) in POLLS
            for item in buried or ([] if polled else [outer]):
                item.claim = (0, 0)
        elif (
            not inner
            and _trails(outer)
            and not _quoted(text, outer.claim)
            and _ends_paragraph(text, sentences[outer.sentence])
        ):
            outer.claim = _widen_to_paragraph(text, sentences, attributed, outer)
    found[:] = [f for f in found if f.claim[1] > f.claim[0]]


def _by_sentence(found: list[Found]) -> dict[int, list[Found]]:
    """The findings of each sentence, in order: a reporter covers only its own sentence's, and
    asking every finding for each reporter made a long article's cost grow with its square."""
    grouped: dict[int, list[Found]] = {}
    for item in found:
        grouped.setdefault(item.sentence, []).append(item)
    return grouped


def _relays(outer: Found, inner: list[Found]) -> bool:
    """The statements inside make up the reporter's claim, and each says something."""
    return (
        bool(inner)
        and all(_covers(i, outer) for i in inner)
        and all(i.kind not in {"video", "document"} for i in inner)
        and all(_states(i) for i in inner)
    )


def _outermost(inner: list[Found]) -> list[Found]:
    """The statements not reported inside another reporter's claim: in "The gang demanded a
    ransom, a resident told the BBC, according to the Daily Trust" the paper relays the
    resident, whose claim holds the gang's demand."""
    return [i for i in inner if not any(o.scope and _within(i, o) for o in inner)]


def _stop_before_closing_reporters(text: str, found: list[Found]) -> None:
    """ "X fled, according to U.N. figures, the monitoring group said": the reporter that closes
    the sentence speaks for all of it, the "according to" aside included, so the aside's claim
    stops where the reporter's does (before the aside, when the aside closes it or ", and ..."
    goes on to a further claim) and the figures are cited through the group, not the group
    through the figures.
    Only "according to" set off by a comma is such an aside ("ran exactly according to plan"
    is not); a verb's reporter clause has a claim of its own."""
    closing = _by_sentence([f for f in found if f.scope and f.cue and f.source and _trails(f)])
    for item in found:
        for reporter in closing.get(item.sentence, []):
            if (
                item is not reporter
                and item.verb_class == "according to"
                and item.cue
                and item.source
                and item.sentence == reporter.sentence
                and item.cue[1] <= reporter.claim[1]
                and item.claim[0] < reporter.source[0].idx < item.claim[1]
                and text[: item.cue[0]].rstrip().endswith(",")
            ):
                aside_end = token_end(item.source[-1])
                closes = not text[aside_end : reporter.claim[1]].strip(" ,")
                goes_on = CONTINUING_CLAUSE.match(text, aside_end, reporter.claim[1])
                comma = len(text[: item.cue[0]].rstrip()) - 1
                item.claim = (item.claim[0], comma if closes or goes_on else reporter.claim[1])


def _trails(outer: Found) -> bool:
    """The reporter closes its sentence (", officials said."), so it may speak for the
    paragraph; a parenthetical one ("Voters, he said, must register") speaks for its sentence."""
    return outer.cue is None or outer.claim[1] <= outer.cue[0]


def _quoted(text: str, claim: tuple[int, int]) -> bool:
    """The claim is a direct quote ("“We won,” she said."): its speaker's own words."""
    return text.startswith(tuple(OPENING_QUOTES), claim[0])


def _states(item: Found) -> bool:
    """The inner party said something. A stance, a plan, a state of mind or a statement still
    to come reported by another ("The ministry is considering a ban, according to two
    officials", "X will propose ..., according to an aide") is the reporter's claim, so the
    reporter stays an attribution of its own beside the inner one."""
    token = item.cue_token
    if token is not None and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in token.children):
        return False
    return not _held(item)


def _held(item: Found) -> bool:
    """A stance, a plan or a state of mind ("backs", "plans to", "believes"): what the party
    holds, which another may report, not words of its own."""
    token = item.cue_token
    return item.verb_class == "stance" or (token is not None and cue_lemma(token) in MENTAL_VERBS)


def _inside(item: Found, outer: Found) -> bool:
    return (
        item.cue is not None
        and outer.claim[0] <= item.cue[0] < outer.claim[1]
        and item.sentence == outer.sentence
    )


def _covers(item: Found, outer: Found) -> bool:
    """The inner attribution is most of the outer claim (so the outer is only a link)."""
    start = min([item.claim[0]] + [t.idx for t in item.source])
    end = max([item.claim[1]] + ([item.cue[1]] if item.cue else []))
    if item.cue_token is not None and outer.cue is not None:
        # the inner cue's own phrase ("is heard in a clip shared by Vesna Media, an outlet")
        end = max([end] + [token_end(t) for t in item.cue_token.subtree if t.idx < outer.cue[0]])
    covered = max(0, min(end, outer.claim[1]) - max(start, outer.claim[0]))
    return covered >= 0.6 * (outer.claim[1] - outer.claim[0])


def _buried(item: Found, outer: Found) -> bool:
    """The inner cue lies in a clause that qualifies a noun of the outer claim ("Relatives, who
    asked to see the video, watched it, lawyers said"; "Sanders, a self-described socialist,
    leads, a poll shows"): the reporter states the whole sentence, the inner phrase is only part
    of it. Not a reporter of its own, and not ", saying ...", whatever noun the parser hung it on."""
    token = item.cue_token
    if token is None or item.scope:
        return False
    for ancestor in [token, *token.ancestors]:
        head = ancestor.head
        if not outer.claim[0] <= head.idx < outer.claim[1] or head.i == ancestor.i:
            return False
        if ancestor.pos_ == "VERB" and ancestor.tag_ != "VBG" and head.pos_ in NOMINAL_POS:
            return True
    return False


def _chain(item: Found, outer: Found) -> None:
    links = [] if outer.name == item.name else [Via(outer.name or "", outer.kind or "media")]
    for link in links + outer.via:
        if all(link.text != v.text for v in item.via) and link.text != item.name:
            item.via.append(link)


def _ends_paragraph(text: str, sentence: SpacySpan) -> bool:
    """Nothing but blanks follows the reporter's sentence on its line: it closes its paragraph."""
    end = sentence.start_char + len(sentence.text.rstrip())
    return not text[end:].split("\n", 1)[0].strip()


def _widen_to_paragraph(
    text: str, sentences: list[SpacySpan], attributed: set[int], outer: Found
) -> tuple[int, int]:
    """Take in the preceding sentences of the paragraph that carry no attribution of their own,
    up to one that opens with a pronoun taking up an attributed sentence before it ("..., according
    to the ministry. It does not count fighters."): that is a note on the earlier source. A claim
    that opens on something new ("A frigate shot down two drones, the army said") starts its
    own story: what comes before it is background, not the reporter's."""
    start = outer.claim[0]
    if _opens_on_a_newcomer(sentences[outer.sentence], start):
        return outer.claim
    floor = claim_floor(text, start) or 0  # an answer's claim never takes in its question
    for index in range(outer.sentence - 1, -1, -1):
        sentence = sentences[index]
        if (
            index in attributed
            or sentence.start_char < floor
            or (index - 1 in attributed and _opens_with_pronoun(sentence))
            or tells_a_standing_state(sentence, outer.claim, sentence.doc)
            or "\n" in text[sentence.end_char - 1 : start]
            or "\n" in sentence.text.strip()
        ):
            break
        start = _first_char(sentence)
    return start, outer.claim[1]


def _opens_on_a_newcomer(sentence: SpacySpan, start: int) -> bool:
    """ "A frigate shot down ...": a subject not met before, or "But only the army flies ...", a
    contrast with the sentence before, which is then not the reporter's (`claim_openings`)."""
    first = next((t for t in sentence if t.idx >= start and not t.is_space), None)
    if first is None:
        return False
    if first.lower_ in {"a", "an"} and first.dep_ == "det":
        return True
    return opens_on_contrast(first)


def _opens_with_pronoun(sentence: SpacySpan) -> bool:
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and is_pronoun([first]) and first.dep_ in {"nsubj", "nsubjpass"}


def drop_nested(found: list[Found]) -> None:
    """A statement reported inside another's claim ("X said Y believes Z") is part of that claim:
    keep the outer one only (not for the reporters that scope chains, which are links, nor for
    a reply to the statement, which stands beside it). A stance or a state of mind stays the
    reporter's claim whatever reports it ("The mayor plans to visit the port, an aide said": the
    aide says so, the mayor has said nothing), even in an adjunct ("..., with residents backing
    the plan")."""
    outers = sorted(
        (f for f in found if not f.answers and f.cue is not None), key=lambda f: f.claim[0]
    )
    starts = [o.claim[0] for o in outers]
    longest = max((o.claim[1] - o.claim[0] for o in outers), default=0)
    found[:] = [
        f
        for f in found
        if f.scope
        or f.cue is None
        or not any(
            _within(f, o) and (_held(f) or not (o.scope or _adjunct(f, o)))
            for o in _around(f, outers, starts, longest)
        )
    ]


def _around(inner: Found, outers: list[Found], starts: list[int], longest: int) -> list[Found]:
    """The outer claims (sorted by start) that may hold the inner cue and claim: those that start
    at or before both and no further back than the longest claim reaches. Comparing every pair
    made a long article's cost grow with its square."""
    latest = min(inner.cue[0], inner.claim[0])  # type: ignore[index]
    first = bisect_left(starts, inner.claim[1] - longest)
    return outers[first : bisect_right(starts, latest)]


def _within(inner: Found, outer: Found) -> bool:
    """The inner cue and claim lie inside the outer claim, and the outer cue outside the inner
    claim (where the inner claim holds the outer cue, the outer is the nested one)."""
    return (
        outer is not inner
        and outer.claim[0] <= inner.cue[0] < outer.claim[1]  # type: ignore[index]
        and outer.claim[0] <= inner.claim[0]
        and inner.claim[1] <= outer.claim[1]
        and not (inner.claim[0] <= outer.cue[0] < inner.claim[1])  # type: ignore[index]
    )


def _adjunct(inner: Found, outer: Found) -> bool:
    """ "warned that ..., with Kyiv estimating ...": an adjunct clause with a speaker of its own
    is its own statement ("said ..., citing the inquiry" goes on with the outer speaker and is
    part of the claim)."""
    token, stop = inner.cue_token, outer.cue_token
    if token is None or stop is None or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    for _ in range(8):
        if token.i == stop.i or token.head.i == token.i:
            return False
        if token.dep_ in {"pcomp", "pobj"} or (token.dep_ == "advcl" and token.tag_ == "VBG"):
            return True
        token = token.head
    return False
