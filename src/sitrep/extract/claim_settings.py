"""When, where and through what something was said, which is never what was said: "spoke on
Tuesday", "spoke on the phone", "speaking on a radio show", "spoke on behalf of the
campaign". Kept apart from `claim_spans` so the preposition rules there stay about content."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that, after "on" or "against", name the channel, the stage or the side a speaker used
# ("on the phone", "on a radio show", "on behalf of", "against the backdrop of"), not a topic.
SETTING_NOUNS = frozenset(
    {
        "phone",
        "telephone",
        "call",
        "show",
        "radio",
        "television",
        "air",
        "program",
        "programme",
        "broadcast",
        "podcast",
        "stage",
        "floor",
        "backdrop",
        "behalf",
    }
)


def names_only_a_time(prep: Token) -> bool:
    """ "on Tuesday", "at noon": when it was said, never what."""
    return all(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree if t.i != prep.i)


def names_only_a_setting(prep: Token) -> bool:
    """ "on Tuesday", "on the phone", "on behalf of": when, through what or for whom it was
    said, so a verb of speaking ("spoke on ...") finds no topic in it."""
    if names_only_a_time(prep):
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in {"on", "against"} or not objects:
        return False
    heads = [objects[0], *(c for c in objects[0].children if c.dep_ == "compound")]
    return any(t.lower_ in SETTING_NOUNS for t in heads)
