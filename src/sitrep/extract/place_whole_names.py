"""Taking a place name whole where the tagger cut it short.

The small model often ends a place entity inside a longer name: at a hyphen, an "of" or an "and"
("Guinea" of "Guinea-Bissau", "Democratic Republic" of "Democratic Republic of the Congo",
"Trinidad" of "Trinidad and Tobago"), or before the name's last word ("Central African" of
"Central African Republic", "Solomon" of "Solomon Islands"). The whole name is taken when the
gazetteer knows it, so the part is not read as a place of its own (Africa, for "African").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.place_candidates import IMPORTANT_LEVELS
from sitrep.extract.place_names import capitalised, lookup, span_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.gazetteer import Gazetteer


def with_tail(tokens: list[Token], gazetteer: Gazetteer) -> list[Token]:
    """The entity's tokens, with the rest of a longer known name that runs on after them."""
    if not tokens:
        return tokens
    doc, end = tokens[0].doc, tokens[-1].i + 1
    following = doc[end : end + 4]
    for size in (4, 3, 2):
        tail = list(following[:size])
        if len(tail) == size and _joins_a_name(tail, size) and capitalised(tail[-1]):
            longer = [*tokens, *tail]
            if lookup(gazetteer, span_text(longer)):
                return longer
    return _with_last_words(tokens, gazetteer)


def _joins_a_name(tail: list[Token], size: int) -> bool:
    """ "-Bissau" written solid, "of Congo", "of the Congo", or "and Tobago"."""
    if tail[0].text == "-":
        return size == 2 and not tail[0].whitespace_ and not tail[0].nbor(-1).whitespace_
    return tail[0].lower_ in {"of", "and"} and all(
        capitalised(t) or t.lower_ == "the" for t in tail[1:]
    )


def _with_last_words(tokens: list[Token], gazetteer: Gazetteer) -> list[Token]:
    """ "Central African" + "Republic": one or two capitalised words right after the entity that
    complete the name of a country, a first-level unit or a region. Only such names: a town's
    name run on ("Paris Hilton") is more often a person's or a firm's."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    for size in (2, 1):
        tail = list(doc[end : end + size])
        if len(tail) < size or not all(capitalised(t) and not t.ent_type_ for t in tail):
            continue
        entries = lookup(gazetteer, span_text([*tokens, *tail]))
        if any(e.level in IMPORTANT_LEVELS and e.level != "PPLC" for e in entries):
            return [*tokens, *tail]
    return tokens
