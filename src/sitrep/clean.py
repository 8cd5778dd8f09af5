"""Page furniture: photo captions and credits, bylines, boilerplate and "In other news" items.

Text copied from a news page carries more than the story. Credits ("KCNA VIA KNS/AFP via Getty
Images") and bylines must never become sources or actors; boilerplate ("Comments are closed.",
a notice that the report is another outlet's, republished) must feed nothing; a caption restates the body and must not become a second event; the items of
an "In other news" round-up are real news, kept as separate items. This module only marks spans:
the text itself is never changed, so every offset still points into what the user gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitrep.extract.time_calendar import MONTHS, WEEKDAYS
from sitrep.model import Span

AGENCIES = (
    r"Getty Images|AFP|AP Photo|AP|Associated Press|Reuters|EPA(?:-EFE)?|Shutterstock|Alamy|"
    r"Bloomberg|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Sipa(?: USA)?|ZUMA(?: Press)?|"
    r"Xinhua|TASS|Sputnik|Imago|dpa|picture alliance|Pool|Handout|Instagram|X|Twitter|Facebook|"
    r"Telegram|YouTube|Courtesy[\w .]*|File Photo"
)
# Words a credit may carry besides capitalised names: "KNS/AFP via Getty Images", "Photo by ...".
CREDIT_GLUE = {"via", "for", "and", "by", "of", "the", "photo", "photos", "/", "&", "|", "-", "–"}
CREDIT_TAIL = re.compile(
    rf"(?:(?:^|(?<=[.!?”\"’)]))[ \t\u00a0]+|^)(?P<credit>[^\n.!?]{{0,160}}?\b(?:{AGENCIES}))[ \t\u00a0]*$"
)
PHOTO_PREFIX = re.compile(
    r"^(?:Photo|Photograph|Image|Picture|Credit)s?\s*(?:by|:)\s*[^\n]{1,120}$", re.IGNORECASE
)
# A caption in brackets: "(Photo: Rescuers at a site in Odesa, March 12. AFP/Jo Lane)".
BRACKETED_CAPTION = re.compile(
    r"^[(\[](?:Photo|Photograph|Image|Picture|Video)s?\s*:\s*[^\n]{1,400}[)\]]$", re.IGNORECASE
)
# A wire credit written agency first, in any case: "REUTERS/Tom Hale", "AFP/Jo Lane".
AGENCY_FIRST = re.compile(
    rf"(?:^|(?<=[.!?”\"’]))[ \t\u00a0]*(?P<credit>(?i:{AGENCIES})(?: Photo)?/"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[)\]]?[ \t\u00a0]*$"
)

BYLINE = re.compile(
    r"^(?:By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
    r"(?:,? [A-Z][\w ]{0,40})?|With [\w ]{1,30} wires\.?|(?:Additional )?[Rr]eporting by [^\n]{1,200}"
    r"|\((?:Reporting|Writing|Editing) by [^\n]{1,300}\)|[\w ]{1,40} contributed (?:to )?(?:this )?report(?:ing)?\.?"
    r"|(?:Written|Edited) by [^\n]{1,100})[ \t\u00a0]*$",
    re.MULTILINE,
)
BOILERPLATE = re.compile(
    r"^[ \t\u00a0]*(?:Comments are closed\.?|Advertisement|ADVERTISEMENT|Sign up[^\n]{0,200}|Subscribe[^\n]{0,200}"
    r"|Share this (?:article|story)[^\n]{0,100}|Read more:?[^\n]{0,200}|Related:?[^\n]{0,200}"
    r"|(?:Copyright|©)[^\n]{0,200}|All rights reserved\.?[^\n]{0,100}|Click here[^\n]{0,200}"
    r"|Follow (?:us|[\w ]{1,40}) on[^\n]{0,200}|Skip to (?:content|main content)|Loading\.\.\.|Newsletter[^\n]{0,100}"
    r"|(?:In )?[Oo]ther news:?|More (?:news|stories):?|What we know:?)[ \t\u00a0]*$",
    re.MULTILINE,
)
OTHER_NEWS_HEADER = re.compile(
    r"^[ \t\u00a0]*(?:In )?[Oo]ther (?:news|headlines)[^\n]{0,20}:?[ \t\u00a0]*$", re.MULTILINE
)
# A republication notice: the text is another outlet's report, printed again ("This article was
# originally published by Harbour Wire and is republished here with permission.", "This story
# first appeared in The Lakeside Courier.", "Republished with permission from Delta Daily."). It
# states no news; the outlet it names wrote the report (`republished_from`). The notice ends at
# the outlet's name, but for a few fixed tails: a paragraph that goes on ("First published in
# 2020, a report warned ...", "Originally posted on Telegram by the governor, the video ...") is
# news about publishing, and must feed the extractors.
#
# A word of the outlet's name: an initialism keeps its stops ("U.S. Farm Report"), any other word
# ends at one ("The Conversation. Read the original.").
OUTLET_WORD = r"(?:[A-Z]\.){2,}|[A-Z0-9][\w'’&-]*(?:\.[\w'’&-]+)*"
# Names that stand where an outlet's would and are none: "originally published on Monday",
# "first published in March 2020".
CALENDAR_ABBREVIATIONS = (
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun"
)
CALENDAR_NAME = "|".join(
    (*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow", *CALENDAR_ABBREVIATIONS.split())
)
OUTLET_NAME = (
    rf"(?!(?i:{CALENDAR_NAME})\b)(?=[A-Z])(?:{OUTLET_WORD})"
    rf"(?:(?: (?:of|for|&|de|du|the|al))* (?:{OUTLET_WORD}))*"
)
# The day a notice may add: "on June 3", "on 3 June 2024".
DAY_NAME = rf"(?:{CALENDAR_NAME.title()})\.?"
NOTICE_DATE = rf"(?:{DAY_NAME} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {DAY_NAME}(?:,? \d{{4}})?)"
# The few words a notice may add after the outlet's name.
NOTICE_TAIL = (
    r"(?:,? and (?:is|has been|was) (?:republished|reprinted|reproduced|shared)(?: here)?"
    r"(?: with (?:the )?permission)?"
    r"|,? (?:with|by) (?:kind )?permission"
    r"|,? under (?:a|the) Creative Commons (?:licen[cs]e|[\w .-]{1,40}licen[cs]e)"
    rf"|,? (?:on|in) {NOTICE_DATE})*"
)
READ_THE_ORIGINAL = r"(?: Read the original(?: article| story| post| piece)?(?: here)?[.!]?)?"
REPUBLICATION = re.compile(
    r"^[ \t\u00a0]*(?:"
    r"(?:This|The following) (?:article|story|piece|post|column|op-ed|feature|interview|content)"
    r" (?:was|is|has been) (?:originally |first )?"
    r"(?:published|posted|appeared|republished|reprinted)"
    r"|(?:This|The following) (?:article|story|piece|post|column|op-ed|feature|interview|content)"
    r" (?:originally|first) appeared"
    r"|(?:Originally|First) (?:published|posted|appeared)"
    r"|Republished(?: here)?(?: with (?:the )?permission)?"
    r"|Reprinted(?: here)?(?: with (?:the )?permission)?"
    r")(?: here)?(?: with (?:the )?permission)?(?: (?:by|in|on|at|from|of))+ (?:the )?"
    rf"(?P<outlet>{OUTLET_NAME}){NOTICE_TAIL}[.!]?{READ_THE_ORIGINAL}[ \t\u00a0]*$",
    re.MULTILINE,
)
PARAGRAPH = re.compile(r"[^\n]+")
BULLET = re.compile(r"[ \t\u00a0]*[•·▪●◦‣*–-][ \t\u00a0]+")


def find_furniture(text: str) -> list[Span]:
    """All furniture spans of `text`, sorted by start; the text is not modified."""
    spans = [*_credits_and_captions(text), *_line_matches(text, BYLINE, "byline")]
    spans += _line_matches(text, BOILERPLATE, "boilerplate")
    spans += [notice for notice, _ in republication_notices(text)]
    spans += _other_news_items(text, spans)
    return sorted(_drop_overlaps(spans), key=lambda s: (s.start, s.end))


def republication_notices(text: str) -> list[tuple[Span, str]]:
    """Each republication notice in `text` (boilerplate) with the outlet it names: one search
    that both the furniture and the article's `republished_from` read."""
    return [
        (notice, match.group("outlet"))
        for match in REPUBLICATION.finditer(text)
        for notice in _stripped_span(match, "boilerplate")
    ]


def republished_from(text: str) -> str | None:
    """The outlet the first republication notice in `text` names as the report's publisher."""
    return next((outlet for _, outlet in republication_notices(text)), None)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in PARAGRAPH.finditer(text):
        start = match.start()
        stripped = match.group().strip(" \t\u00a0")
        if stripped:
            offset = match.group().index(stripped[0])
            yield start + offset, start + offset + len(stripped)


def _is_credit(candidate: str) -> bool:
    words = re.split(r"[ \t\u00a0]+|(?<=/)|(?=/)", candidate.strip())
    if not words or len(words) > 14:
        return False
    for word in words:
        bare = word.strip("()[],:;")
        if not bare or bare.lower() in CREDIT_GLUE or bare[:1].isupper() or bare[:1].isdigit():
            continue
        return False
    return True


def _credits_and_captions(text: str) -> Iterator[Span]:
    for start, end in _paragraphs(text):
        paragraph = text[start:end]
        if PHOTO_PREFIX.match(paragraph):
            yield Span(start, end, "credit")
            continue
        if BRACKETED_CAPTION.match(paragraph) and not AGENCY_FIRST.search(paragraph):
            yield Span(start, end, "caption")
            continue
        match = AGENCY_FIRST.search(paragraph) or CREDIT_TAIL.search(paragraph)
        if not match or not _is_credit(match.group("credit")):
            continue
        credit_start = start + match.start("credit")
        yield Span(credit_start, end, "credit")
        caption = text[start:credit_start].rstrip(" \t\u00a0")
        if caption:
            yield Span(start, start + len(caption), "caption")


def _line_matches(text: str, pattern: re.Pattern[str], kind: str) -> Iterator[Span]:
    for match in pattern.finditer(text):
        yield from _stripped_span(match, kind)


def _stripped_span(match: re.Match[str], kind: str) -> Iterator[Span]:
    """The span of a matched line without its surrounding blanks, if it holds anything else."""
    stripped = match.group().strip(" \t\u00a0")
    if stripped:
        start = match.start() + match.group().index(stripped[0])
        yield Span(start, start + len(stripped), kind)  # type: ignore[arg-type]


def _other_news_items(text: str, marked: list[Span]) -> list[Span]:
    """The paragraphs after an "In other news" header, up to the next byline or boilerplate."""
    items: list[Span] = []
    for header in OTHER_NEWS_HEADER.finditer(text):
        stop = min(
            (s.start for s in marked if s.start > header.end() and s.kind != "caption"),
            default=len(text),
        )
        for start, end in _paragraphs(text[header.end() : stop]):
            begin, finish = header.end() + start, header.end() + end
            bullet = BULLET.match(text, begin)
            items.append(Span(bullet.end() if bullet else begin, finish, "other_news"))
    return items


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the first-found span where two overlap (credits win over what they sit inside)."""
    kept: list[Span] = []
    for span in spans:
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return kept
