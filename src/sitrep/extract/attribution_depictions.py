"""Participles on a person shown in a recording ("footage of the senator asking ...", "a video
showing the mayor promising ..."): the person shown speaks, not the one who shows them.

The parser often hangs such a participle on the verb that uses or releases the recording, whose
subject would then seem to speak: "The commercial replays footage of the senator asking, 'Where
were you?'" makes the commercial the asker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_phrases import source_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

# Recordings that show someone saying something: "footage of X asking".
RECORDING_NOUNS = frozenset(
    {"footage", "video", "videos", "clip", "clips", "recording", "recordings", "tape", "tapes"}
    | {"audio", "image", "images", "photo", "photos", "picture", "pictures"}
)
# Verbs of showing whose object a participle then describes: "a video showing X promising".
SHOWING_VERBS = frozenset(
    {"show", "shows", "showed", "shown", "showing", "depict", "depicts", "depicted", "depicting"}
    | {"feature", "features", "featured", "featuring", "capture", "captures", "captured"}
    | {"capturing"}
)


def depicted_speaker(participle: Token) -> list[Token]:
    """The person a recording shows, right before the participle that says what they say."""
    if participle.tag_ != "VBG" or participle.i == 0:
        return []
    before = participle.doc[participle.i - 1]
    if before.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    person = before
    while person.dep_ in {"compound", "flat"} and person.head.i > person.i:
        person = person.head
    holder = person.head
    in_recording = (
        person.dep_ == "pobj" and holder.lower_ == "of" and holder.head.lower_ in RECORDING_NOUNS
    )
    shown = person.dep_ == "dobj" and holder.lower_ in SHOWING_VERBS
    return source_tokens(person) if in_recording or shown else []
