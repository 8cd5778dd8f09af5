"""A claim stops before a relative clause that reports on its own: in "Road spending will fall
to 0.8 percent of the budget, which she said would be its lowest ever", the relative clause
is a second statement with its own speaker and cue, attributed by itself; left inside the
first claim it would be claimed twice, once under a cue that never reported it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.token_positions import doc_text, token_end

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.attribution_common import Found

# Words that open a relative clause after a comma: ", which she said ...", ", both of which".
RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose"})
QUANTIFIERS = frozenset({"both", "some", "most", "all", "many", "one", "none", "each"})


def before_relative_reports(found: list[Found]) -> None:
    """End each claim before a trailing relative clause whose own speaker and cue another
    attribution holds (", which he said would be its lowest ever", ", most of which the union
    said were ..."). A relative clause the claim goes on after is left whole."""
    reports = [f for f in found if f.cue_token is not None and f.source]
    for item in found:
        for other in reports:
            cut = _relative_report_start(item, other)
            if cut is not None:
                item.claim = (item.claim[0], cut)
                break


def _relative_report_start(item: Found, other: Found) -> int | None:
    """Where the comma before `other`'s relative clause stands in `item`'s claim, when that
    clause, with `other`'s speaker inside it, runs to the claim's end."""
    cue = other.cue_token
    start, end = item.claim
    if other is item or cue is None or not start < cue.idx < end:
        return None
    opener = _opener(cue)
    if opener is None or _is_object_of(opener, cue):
        return None
    inside = range(opener.i, cue.right_edge.i + 1)
    if not all(t.i in inside for t in other.source) or other.source[0].i <= opener.i:
        return None
    comma = opener.doc[opener.i - 1] if opener.i > 0 else None
    text_end = token_end(cue.right_edge)
    if (
        comma is None
        or comma.text != ","
        or comma.idx <= start
        or text_end < _content_end(doc_text(cue.doc), item.claim)
    ):
        return None
    return comma.idx


def _opener(clause: Token) -> Token | None:
    """The first word of a relative clause: "which", or "both" of "both of which". The parser
    may take the clause for an adverbial one ("..., most of which the union said were ..."), so
    its first word decides, not its label."""
    first = clause.left_edge
    if first.lower_ in RELATIVE_OPENERS:
        return first
    following = first.doc[first.i + 1 : first.i + 3]
    if (
        first.lower_ in QUANTIFIERS
        and len(following) == 2
        and following[0].lower_ == "of"
        and following[1].lower_ in RELATIVE_OPENERS
    ):
        return first
    return None


def _is_object_of(opener: Token, cue: Token) -> bool:
    """ "the plan, which critics call a purge, aimed to ...": a relative word the cue takes as
    its object names what is described, not a statement; the parser may hang the rest of the
    claim inside such a clause, so it never ends the claim."""
    return opener.head.i == cue.i and opener.dep_ in {"dobj", "attr", "oprd", "dative"}


def _content_end(text: str, claim: tuple[int, int]) -> int:
    """The claim's end less closing punctuation and quote marks."""
    start, end = claim
    return start + len(text[start:end].rstrip(" .,;:”\"'’"))
