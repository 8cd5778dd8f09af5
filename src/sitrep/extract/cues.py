"""Attribution cues: which tokens are reporting verbs, and their lemmas.

The lexicon lives in `cue_lexicon`. The pipeline runs without a lemmatizer, so verb forms come
from our own table: regular inflections of every lemma plus the irregular ones.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.attrs import LEMMA, LOWER

from sitrep.extract.actor_unnamed import ARMED_MEN, ARMED_TRADES
from sitrep.extract.attribution_piece_labels import in_piece_label
from sitrep.extract.cue_acts import is_act
from sitrep.extract.cue_armed import is_armed_targeting, is_death_toll
from sitrep.extract.cue_evidence import is_evidence_verb_read_as_noun
from sitrep.extract.cue_families import (
    AS_PREDICATE_VERBS,
    AT_ONLY_VERBS,
    CLARITY_VERBS,
    CONSTRUCTION_CUES,
    FINDING_VERBS,
    PARTICLE_CUES,
    PURSUIT_VERBS,
    VERBAL_ATTACK_VERBS,
)
from sitrep.extract.cue_figures import FIGURE_VERBS, figure_stated
from sitrep.extract.cue_headlines import is_headline_cue
from sitrep.extract.cue_lexicon import NAMING_ONLY, NAMING_VERBS, VERB_CLASSES
from sitrep.extract.cue_pursuits import chases_or_enforces, goes_after_in_words
from sitrep.extract.sources import IRREGULAR_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


# Past forms shared with source normalisation (one table, in sources.py), plus the irregular
# verbs only the cue lexicon uses.
IRREGULAR_FORMS = IRREGULAR_VERBS | {
    "swore": "swear",
    "sworn": "swear",
    "foresaw": "foresee",
    "foreseen": "foresee",
    "saw": "see",
    "seen": "see",
    "seeing": "see",
    "shot": "shoot",
    "laid": "lay",
    "made": "make",
    "went": "go",
    "gone": "go",
}


def _inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb: say/says/said is irregular, the rest follow the rules."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


# Verbs outside the cue lexicon that rules still compare through `cue_lemma` ("refused to give
# details", "did not return calls", "bore signs of torture"): with no lemmatizer in the pipeline a
# form missing from the table has no lemma at all, and the rule that names it never fires.
RULE_VERBS = frozenset(
    {"address", "give", "name", "provide", "return", "seek", "reassure", "deplore"}
    | {"appear", "seem", "choose", "publish", "republish", "reprint", "syndicate"}
    | {"bear", "display", "exhibit"}
)
RULE_IRREGULAR_FORMS = {
    "gave": "give",
    "given": "give",
    "sought": "seek",
    "bore": "bear",
    "borne": "bear",
    "chose": "choose",
    "chosen": "choose",
}
VERB_FORMS: dict[str, str] = {
    **{form: lemma for lemma in RULE_VERBS for form in _inflections(lemma)},
    **RULE_IRREGULAR_FORMS,
    **{form: lemma for lemma in VERB_CLASSES for form in _inflections(lemma)},
    **IRREGULAR_FORMS,
}


# Words that may stand between "made" and "clear": "made it clear", "made very clear".
CLARITY_FILLERS = frozenset({"it", "very", "quite", "abundantly", "crystal", "perfectly"})
# Third person present forms ("praises", "denies"), which the tagger takes for plural nouns.
# "rules" is left to the tagger: "Clean Air Act rules that ..." is far likelier a noun.
THIRD_PERSON_FORMS = frozenset(
    form
    for lemma in VERB_CLASSES.keys() - CONSTRUCTION_CUES
    for form in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
    if VERB_FORMS.get(form) == lemma
) - {"rules"}


REFLEXIVE_PRONOUNS = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
)

# Nouns that sum up a statement just reported: "..., a claim the rebels did not confirm".
SUMMING_NOUNS = frozenset(
    {"claim", "claims", "assertion", "allegation", "allegations", "account", "figure", "figures"}
    | {"charge", "charges"}
)


def is_cue_verb(token: Token) -> bool:
    """A reporting, stance or belief verb in a use that reports. Asked of every token, so the
    cheap test comes first: every cue, a mistagged or an inverted one too, is in the lexicon."""
    lemma = cue_lemma(token)
    if lemma not in VERB_CLASSES or in_piece_label(token):
        return False
    if is_mistagged_verb(token) or is_inverted_credit(token):
        return True
    if is_evidence_verb_read_as_noun(token):
        return True
    return (
        token.pos_ in {"VERB", "AUX"}
        and token.tag_ != "MD"
        and lemma in VERB_CLASSES
        and not is_naming_use(token)
        and not is_unanswered_claim(token)
        and _in_its_construction(token, lemma)
        and not is_act(token, lemma)
    )


def is_unanswered_claim(token: Token) -> bool:
    """ "The army said it shot down two drones, a claim the rebels did not confirm": the writer
    notes that no one answered the claim; the other side states nothing."""
    return (
        token.dep_ == "relcl"
        and token.head.lower_ in SUMMING_NOUNS
        and any(c.dep_ == "neg" for c in token.children)
    )


def _in_its_construction(token: Token, lemma: str) -> bool:
    """A verb of `CONSTRUCTION_CUES` reports only in its construction: an "as" predicate, words
    against someone, a jab "at" someone (not a finger jabbed at one), its particle ("weighed
    in", "shot back", "brushed off"), "clear" or a figure ("put the toll at 23"); "target"
    reports only when no weapon is aimed, "claim" only when it counts no dead (`cue_armed`), a
    finding only before "that"."""
    if lemma in CLARITY_VERBS:
        return makes_clear(token) is not None
    if lemma in AS_PREDICATE_VERBS:
        return has_as_predicate(token)
    if lemma in VERBAL_ATTACK_VERBS:
        return is_verbal_attack(token)
    if lemma in FIGURE_VERBS:
        return figure_stated(token, lemma) is not None
    if lemma in AT_ONLY_VERBS:
        deps = {(c.dep_, c.lower_) for c in token.children}
        return ("prep", "at") in deps and not any(dep == "dobj" for dep, _ in deps)
    if lemma in FINDING_VERBS:
        return _has_that_clause(token)
    if lemma in PURSUIT_VERBS:
        return goes_after_in_words(token)
    if lemma == "target":
        return not is_armed_targeting(token)
    if lemma == "claim":
        return not is_death_toll(token)
    if lemma == "find":
        return not _finds_oneself(token)
    if lemma in PARTICLE_CUES:
        particle = PARTICLE_CUES[lemma]
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in token.children)
    return True


def _has_that_clause(token: Token) -> bool:
    """ "determined (that) the fire was set": a clause with a subject, not opened by "whether",
    "if" or a question word, states the finding."""
    return any(
        c.dep_ == "ccomp"
        and any(s.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for s in c.children)
        and not any(
            w.lower_ in {"whether", "if"} or w.tag_ in {"WDT", "WP", "WRB"}
            for w in c.doc[token.i + 1 : c.i]
        )
        for c in token.children
    )


def _finds_oneself(token: Token) -> bool:
    """ "Voters are finding themselves alienated", "found herself in the minority": a reflexive
    object, or a reflexive subject of the small clause, tells where someone ended up, not a
    finding they report."""
    for child in token.children:
        if child.dep_ in {"dobj", "ccomp", "xcomp", "oprd"}:
            heads = [child, *(c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"})]
            if any(head.lower_ in REFLEXIVE_PRONOUNS for head in heads):
                return True
    return False


def makes_clear(token: Token) -> Token | None:
    """The "clear" of "made clear", "made it clear", "makes very clear", however the parser hung
    it (a predicate, a clause, or a modifier of the next word)."""
    for following in token.doc[token.i + 1 : token.i + 3]:
        if following.lower_ == "clear":
            return following
        if following.lower_ not in CLARITY_FILLERS:
            return None
    return None


def is_verbal_attack(token: Token) -> bool:
    """ "attacked Smith", "attacked the plan as a giveaway", "ripped her for her vote": words
    against a named person or with a reason given; "attacked the base" is an act of war and
    "attacked him with a knife" an assault. A bare name attacked by an armed force, a state or
    the police ("rebels attacked Kavumu", a town the tagger takes for a person) is attacked by
    force."""
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    if "with" in preps:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    return bool(objects) and (
        bool(preps & {"for", "as", "over"})
        or has_as_predicate(token)
        or (objects[0].ent_type_ == "PERSON" and not _attacked_by_force(token))
    )


SPEECH_SETTINGS = frozenset(
    {"statement", "interview", "speech", "post", "tweet", "remarks", "editorial", "broadcast"}
)


def _attacked_by_force(verb: Token) -> bool:
    """The verb's doer chases or fights ("gunmen", "bandits", "troops", "the army", "police"),
    unless the words are set in speech ("Ruritania attacked its neighbour's president in a statement")."""
    spoken = any(
        p.lower_ == "in" and any(o.lower_ in SPEECH_SETTINGS for o in p.children)
        for p in verb.children
        if p.dep_ == "prep"
    )
    return not spoken and any(
        c.dep_ == "nsubj" and (chases_or_enforces(c) or c.lower_ in ARMED_MEN | ARMED_TRADES)
        for c in verb.children
    )


def has_as_predicate(token: Token) -> bool:
    """ "sees the deal as a trap", "cast her rival as weak", "judged America a paper tiger": the
    object and what it is taken for make a verdict; without the predicate these verbs mostly
    perceive or act ("saw the rally", "cast a vote", "framed the photo")."""
    if any(c.dep_ == "oprd" for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    return any(
        _as_after(token, head) or any(_is_predicate_as(c) for c in head.children)
        for head in objects
    )


def _as_after(verb: Token, head: Token) -> bool:
    """An "as" right after the object, however the parser hung it ("see her as honest")."""
    after = head.right_edge.i + 1
    return (
        after < len(head.doc)
        and _is_predicate_as(head.doc[after])
        and verb.is_ancestor(head.doc[after])
    )


def _is_predicate_as(token: Token) -> bool:
    """ "as a trap", not the "as well as" that joins two objects."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ == "as" and token.dep_ != "cc" and following != "well"


def is_mistagged_verb(token: Token) -> bool:
    """A present-tense cue the tagger read as a noun, as it does in headlines: "Trump demands
    Ginsburg resign", "Senator Praises Rubio Plan". A name right before it can be its subject and
    the word after opens an object or an adverb ("that", a noun phrase, "more"; in a title, a
    capital), where a plural noun would go on with a verb or a preposition. After any noun, a
    direct object the parser hung on it gives the verb away. The headline has its own test
    (`cue_headlines`)."""
    if is_headline_cue(token, VERB_FORMS):
        return True
    doc = token.doc
    if (
        token.pos_ not in {"NOUN", "PROPN"}
        or token.lower_ not in THIRD_PERSON_FORMS
        or token.ent_iob_ == "I"  # "United States"
        or not 0 < token.i < len(doc) - 1
    ):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "dobj" for c in token.children):
        return True  # "The new ad slams Kasich": only a verb takes a direct object
    if before.pos_ not in {"NOUN", "PROPN"} or not before.text[:1].isupper():
        return False
    if token.text.islower():
        return (
            after.pos_ in {"PROPN", "DET", "PRON", "NOUN", "ADJ", "ADV"} or after.lower_ == "that"
        )
    return after.text[:1].isupper()


def is_inverted_credit(token: Token) -> bool:
    """ "Said Ellis: ...", "Added the senator: ...": a past-tense cue opening its sentence, then
    the speaker and a colon (the tagger often reads the capitalised verb as part of a name)."""
    sentence_start = token.i == 0 or token.is_sent_start or token.doc[token.i - 1].is_space
    lemma = cue_lemma(token)
    # "Made Simple: ..." titles a guide and "Gone Girl: ..." a film: a verb that reports only in
    # its construction ("made clear", "went after") credits no one here.
    if (
        not sentence_start
        or not token.is_title
        or lemma not in VERB_CLASSES.keys() - CONSTRUCTION_CUES
    ):
        return False
    if token.lower_ == lemma or token.lower_ in THIRD_PERSON_FORMS:
        return False  # "Say", "Says": a present tense is a headline, not a credit
    for following in token.doc[token.i + 1 : token.i + 7]:
        if following.text == ":":
            return following.i > token.i + 1
        if following.pos_ not in {"PROPN", "NOUN", "DET", "ADJ"} and following.text != ".":
            return False
    return False


# Verbs that give a name ("calls itself Dawn Front"); "describes himself as" characterises.
SELF_NAMING_VERBS = NAMING_ONLY | {"call", "name", "bill"}


def is_naming_use(token: Token) -> bool:
    """A passive or participial naming construction ("referred to as", "known as", "dubbed"):
    the phrase names its noun, nobody states anything. A relative clause with a subject of its
    own ("the blast, which the mayor described as an attack") is that subject's verdict. A
    group "calling itself" or "which calls itself" a name gives itself a name, in any tense."""
    lemma = cue_lemma(token)
    if lemma in SELF_NAMING_VERBS and _names_itself(token):
        return True
    if lemma not in NAMING_VERBS or token.tag_ not in {"VBN", "VBD"}:
        return False
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    as_follows = after[:1] == ["as"] or after == ["to", "as"]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    subject = any(c.dep_ in {"nsubj", "expl"} for c in token.children)
    before = doc[token.i - 1] if token.i > 0 else None
    participle = (token.dep_ in {"acl", "relcl", "amod"} and not subject) or (
        not subject
        and before is not None
        and (before.text in {",", "(", "-", "–", "—"} or before.pos_ in {"NOUN", "PROPN"})
    )
    if as_follows:
        return passive or participle or (token.tag_ == "VBN" and not _perfect(token))
    return lemma in NAMING_ONLY and (passive or participle)


def _names_itself(token: Token) -> bool:
    """ "a group calling itself the Dawn Front": a reflexive object and a proper name after it
    give a name; "calling himself a moderate" characterises, which is a claim."""
    reflexive = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in token.children)
    named = any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in token.children)
    return reflexive and named


def _perfect(token: Token) -> bool:
    """ "has described the plan as ...": an active perfect, a real statement."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "had", "having"} for c in token.children
    )


def cue_lemma(token: Token) -> str:
    """The verb's lemma from our own form table (the pipeline runs without a lemmatizer); the
    parser's lemma is read only for a form the table lacks, as it is asked of every token."""
    lemma = VERB_FORMS.get(token.lower_)
    return lemma if lemma is not None else token.lemma_.lower()


_LEMMAS_KEY = "sitrep.cue_lemmas"


def cue_lemmas(doc: Any) -> list[str]:
    """`cue_lemma` of every token of the document, computed once and kept in `doc.user_data`:
    the per-sentence pass that asks it of every token need not build a Token for each word."""
    lemmas: list[str] | None = doc.user_data.get(_LEMMAS_KEY)
    if lemmas is None or len(lemmas) != len(doc):
        strings = doc.vocab.strings
        lemmas = []
        for lower, lemma in doc.to_array([LOWER, LEMMA]).tolist():
            form = VERB_FORMS.get(strings[lower])
            lemmas.append(form if form is not None else strings[lemma].lower())
        doc.user_data[_LEMMAS_KEY] = lemmas
    return lemmas
