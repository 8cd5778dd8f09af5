"""A nameless group the lede brings in with "a"/"an", named further down the article.

Wire copy often opens with "An armed youth militia overran an army garrison" and names the group
a paragraph later ("the White Army militia had attacked the base"). The lede's group is that one
when the article's violent events name exactly one armed group by the same noun; with two or
none it stays unnamed rather than guessed.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sitrep.extract.actors import called_by
from sitrep.extract.event_arguments import VIOLENT_TYPES, _subject_token
from sitrep.extract.event_coreference import BARE_GROUP_NOUNS, named_armed_groups
from sitrep.extract.token_positions import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.model import Event


# The nouns of a group that has no name yet.
INDEFINITE_GROUP_NOUNS = BARE_GROUP_NOUNS | frozenset(["gunmen", "fighters", "insurgent"])


def with_groups_named_later(events: list[Event], doc: Doc) -> list[Event]:
    """ "An armed youth militia overran a garrison ... the White Army militia had attacked the
    base": a nameless group brought in with "a"/"an" is the one armed group the article names
    by that noun, if there is exactly one."""
    groups = named_armed_groups(events, doc_text(doc))
    if not groups:
        return events
    return [_named_later(event, doc, groups) for event in events]


def _named_later(event: Event, doc: Doc, groups: set[str]) -> Event:
    if event.actor is not None or event.type not in VIOLENT_TYPES or not event.trigger:
        return event
    at = doc_text(doc).find(event.trigger, event.start, event.end)
    trigger = doc.char_span(at, at + len(event.trigger)) if at >= 0 else None
    noun = _indefinite_group(trigger.root) if trigger is not None else None
    if noun is None:
        return event
    named = {group for group in groups if called_by(group, noun.lower_)}
    if len(named) != 1:
        return event
    actor = named.pop()
    return dataclasses.replace(
        event, actor=actor, target=None if event.target == actor else event.target
    )


def _indefinite_group(trigger: Token) -> Token | None:
    """The subject "a militia", "an armed youth militia": a group noun with "a"/"an" and no
    name of its own (no capitalised word before it)."""
    subject = _subject_token(trigger)
    if subject is None or subject.lower_ not in INDEFINITE_GROUP_NOUNS:
        return None
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    capitalised = any(
        c.i < subject.i and c.dep_ != "det" and c.text[:1].isupper() for c in subject.subtree
    )
    return subject if determiners in (["a"], ["an"]) and not capitalised else None
