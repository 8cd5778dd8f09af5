"""Participles on a piece of writing someone puts out ("filed a lawsuit alleging fraud"): the
one who puts it out speaks through it.

A participle right after a noun usually describes that noun, which then speaks ("a group
backing the senator"). A letter, an ad or a lawsuit says nothing of itself: "The union filed a
lawsuit alleging fraud", "She made three short statements affirming the truce", "The agency
planted articles claiming the virus was made in a lab" tell what the union, she and the agency
allege, affirm and claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Writings and utterances whose words are their author's.
WRITINGS = frozenset(
    {"statement", "statements", "letter", "letters", "article", "articles", "paper", "papers"}
    | {"ad", "ads", "advertisement", "advertisements", "message", "messages", "memo", "memos"}
    | {"op-ed", "column", "editorial", "essay", "essays", "post", "posts", "tweet", "tweets"}
    | {"petition", "resolution", "resolutions", "lawsuit", "lawsuits", "suit", "complaint"}
    | {"complaints", "motion", "brief", "filing", "note", "notes", "book", "speech", "remarks"}
    | {"pitch", "appeal", "plea"}
)
# Verbs of putting a writing out under one's name, in the forms a clause uses them (the
# pipeline runs without a lemmatizer).
AUTHORING_VERBS = frozenset(
    {"make", "makes", "made", "making", "issue", "issues", "issued", "issuing", "send", "sends"}
    | {"sent", "sending", "write", "writes", "wrote", "written", "writing", "authored"}
    | {"co-authored", "publish", "publishes", "published", "publishing", "plant", "planted"}
    | {"post", "posts", "posted", "posting", "release", "releases", "released", "releasing"}
    | {"draft", "drafted", "sign", "signs", "signed", "signing", "circulate", "circulated"}
    | {"file", "files", "filed", "filing", "pen", "penned", "deliver", "delivers", "delivered"}
    | {"run", "runs", "ran", "running", "air", "aired", "airing", "launch", "launched"}
    | {"introduce", "introduced", "submit", "submitted", "unveil", "unveiled", "tweet"}
    | {"tweeted", "distribute", "distributed", "give", "gives", "gave", "given", "giving"}
)


def authoring_clause(participle: Token) -> Token | None:
    """The verb that puts out the writing a reporting participle describes, whose subject
    speaks, or None where the participle hangs on anything else."""
    writing = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    if writing.lower_ not in WRITINGS:
        return _sent_to(writing)
    while writing.dep_ == "conj" and writing.head.pos_ == "NOUN":
        writing = writing.head  # "issued a statement and a letter urging"
    verb = writing.head
    return verb if writing.dep_ == "dobj" and verb.lower_ in AUTHORING_VERBS else None


def _sent_to(recipient: Token) -> Token | None:
    """ "sent a joint letter to council members opposing the curfew", "is making a final pitch to
    rural voters saying ...": the parser hangs the participle on the last noun, the one the
    writing or the pitch goes to; the writing, not its reader, opposes."""
    preposition = recipient.head
    if recipient.dep_ != "pobj" or preposition.lower_ != "to":
        return None
    if preposition.head.lower_ in WRITINGS and preposition.head.dep_ == "dobj":
        preposition = preposition.head  # "making a final pitch to rural voters saying"
    verb = preposition.head
    if verb.lower_ not in AUTHORING_VERBS or verb.i > preposition.i:
        return None
    writings = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in WRITINGS]
    return verb if writings and writings[0].i < preposition.i else None
