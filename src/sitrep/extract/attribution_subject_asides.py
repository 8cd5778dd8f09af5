"""A comma that closes an aside within a verb's own subject ("Israel's defense minister, Israel
Katz, said the operation ..."): the verb after it follows its subject, so it is no reporter
set after its claim (", said Smith"). Kept apart from `attribution_patterns`, which matches the
reporters."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def follows_own_subject(cue: Token, comma: Token) -> bool:
    """ "Israel's defense minister, Israel Katz, said the operation ...", "mining companies,
    including Patriot, declared bankruptcy": the comma closes an aside set off within the verb's
    own subject, so what follows the verb is what was said (in "The contrast, said Doyle, would
    be clear" the words before the comma are the claim's; in ", said Ann Day, an activist,
    reports the Times" the subject is another verb's speaker)."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.i < comma.i <= c.right_edge.i + 1
        and any(t.text == "," for t in cue.doc[c.i + 1 : comma.i])
        and not _inverted_before(c)
        for c in cue.children
    )


def _inverted_before(subject: Token) -> bool:
    """The subject comes right after a verb set after a comma or a quote (", said Ann Day")."""
    verb = subject.left_edge.i - 1
    return verb > 0 and subject.doc[verb].pos_ == "VERB" and subject.doc[verb - 1].is_punct
