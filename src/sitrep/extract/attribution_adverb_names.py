"""A speaker's name the tagger reads as an adverb for its "-ly" ending: "“We will rebuild,” said
Hartly, explaining the plan". The reporting verb is then left without a subject and the name
looks like a function word, so both the speaker search (`attribution_verbal.subject`) and the
test of a source's shape (`attribution_common.plausible_source`) ask here. A capitalised
adverb mid-sentence is rare; a name ending in "-ly" is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Tags of what opens a clause set off after a speaker's name: ", explaining ...", ", who ...".
CLAUSE_OPENING_TAGS = frozenset({"VBG", "VBN", "WP"})


def name_read_as_adverb(verb: Token) -> list[Token]:
    """The capitalised word tagged an adverb right after a verb that has no subject, when the
    entity tagger found a person there or a clause set off by a comma follows it."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    name = doc[verb.i + 1]
    if name.pos_ != "ADV" or not name.text.istitle() or name.is_sent_start:
        return []
    after = doc[name.i + 1 : name.i + 3]
    set_off = len(after) == 2 and after[0].text == "," and after[1].tag_ in CLAUSE_OPENING_TAGS
    return [name] if name.ent_type_ == "PERSON" or set_off else []


def is_name_read_as_adverb(token: Token) -> bool:
    """The token is such a name of the verb before it."""
    return token.i > 0 and name_read_as_adverb(token.doc[token.i - 1]) == [token]
