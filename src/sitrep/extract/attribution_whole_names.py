"""A speaker's name that the parser broke at an Arabic particle: in "Liwa al-Fajr said ..." the
small model makes each word of the name a subject of its own, and the one nearest the verb,
"Fajr", becomes the speaker. The article ("al-", "el-", "ad-"), the hyphen that joins it and the
kinship words ("bin", "ibn", "abu") never end or open a name in English text, so a source cut
next to one goes on over it: back over the capitalised words the particle follows ("Saraya
Awliya al-Dam", "Abu Hamza al-Masri"), forward over the rest ("Hamza bin Laden"). Where the
name so mended is the object of "for" or "of" after a noun that speaks ("a spokesman for Liwa
al-Fajr said"), that noun's phrase is the speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.attribution_common import NAME_STOPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The Arabic article as English text spells it before a hyphen: "al-Assad", "el-Sisi",
# "ad-Dawla", "ash-Sham", "ul-Haq".
ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ud", "ul", "ed", "es"}
)
# Words of kinship and the like that join the parts of one name: "bin Laden", "Abu Hamza".
PARTICLES = frozenset(
    {"bin", "ibn", "bint", "binti", "abu", "abou", "abi", "abd", "umm", "bani", "beni", "ould"}
)
HYPHENS = frozenset({"-", "‐", "‑"})
# The most capitalised words a particle is taken to follow within one name: "Hayat Tahrir
# al-Sham", "Asaib Ahl al-Haq".
LEADING_WORDS = 3
# Prepositions that tie a speaking noun to the group it speaks for.
SPEAKER_PREPS = frozenset({"for", "of"})


def whole_name(source: list[Token], cue: Token | None) -> list[Token]:
    """The source widened to the whole name it was cut from at a particle (see the module)."""
    if not source:
        return source
    doc = source[0].doc
    start, end = source[0].i, source[-1].i
    if source[0].is_title:
        start = _name_start(doc, start, cue)
    end = _name_end(doc, end, cue)
    if (start, end) == (source[0].i, source[-1].i):
        return source
    widened = list(doc[start : end + 1])
    return _speaking_noun(widened, cue) or widened


def _name_start(doc: Doc, start: int, cue: Token | None) -> int:
    """Back over "al-" (or "bin", "Abu") and the capitalised words before it."""
    crossed = False
    position = start
    while True:
        link = _particle_before(doc, position, cue)
        if link is None:
            break
        position, crossed = link, True
    if not crossed:
        return start
    words = 0
    while words < LEADING_WORDS and _leading_word(doc, position - 1, cue):
        position -= 1
        words += 1
    return position


def _particle_before(doc: Doc, position: int, cue: Token | None) -> int | None:
    """Where the name goes on back to, past an article and its hyphen ("al-") or a kinship
    word ("bin") right before `position`; None where none stands there."""
    if position >= 2 and _joined_hyphen(doc[position - 1]):
        article = doc[position - 2]
        if article.lower_ in ARTICLES and not article.whitespace_ and _usable(article, cue):
            return position - 2
        return None
    if position >= 1:
        word = doc[position - 1]
        if word.lower_ in PARTICLES and _usable(word, cue):
            return position - 1
    return None


def _joined_hyphen(token: Token) -> bool:
    return token.text in HYPHENS and not token.whitespace_ and not token.nbor(-1).whitespace_


def _leading_word(doc: Doc, position: int, cue: Token | None) -> bool:
    """A capitalised word of the same name, before its particle ("Liwa" in "Liwa al-Fajr")."""
    if position < 0:
        return False
    token = doc[position]
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ not in {"DATE", "TIME"}
        and _usable(token, cue)
    )


def _name_end(doc: Doc, end: int, cue: Token | None) -> int:
    """Forward over a particle and the capitalised word it joins ("bin" "Laden")."""
    position = end
    while position + 2 < len(doc):
        after = doc[position + 1]
        if after.lower_ in ARTICLES and not after.whitespace_:
            hyphen, word = doc[position + 2], doc[position + 3] if position + 3 < len(doc) else None
            if word is None or not _joined_hyphen(hyphen) or not _name_word(word, cue):
                break
            position += 3
        elif after.lower_ in PARTICLES and _name_word(doc[position + 2], cue):
            position += 2
        else:
            break
    return position


def _name_word(token: Token, cue: Token | None) -> bool:
    return token.is_title and token.pos_ == "PROPN" and _usable(token, cue)


def _usable(token: Token, cue: Token | None) -> bool:
    """Part of a name may stand there: not the cue, not a stop, in the cue's sentence."""
    if cue is not None and (token.i == cue.i or token.sent.start != cue.sent.start):
        return False
    return token.text not in NAME_STOPS


def _speaking_noun(name: list[Token], cue: Token | None) -> list[Token]:
    """ "A spokesman for Liwa al-Fajr said": the noun that speaks for the mended name, with its
    phrase, where that noun is the subject of the cue."""
    first = name[0]
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in SPEAKER_PREPS or prep.i != first.i - 1:
        return []
    noun = prep.head
    if cue is None or noun.head.i != cue.i or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    return list(first.doc[noun.left_edge.i : name[-1].i + 1])
