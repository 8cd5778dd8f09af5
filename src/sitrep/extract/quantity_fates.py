"""What happened to a counted group, read from the parse: "killed 32 people, including 11
children", "21 hostages were killed", "forced 40,000 people to flee", "41 bodies and more than
100 wounded".

A count is a casualty toll when the words that govern it (its verb, predicate or modifier) tell
of a casualty; the group's own noun ("hostages", "refugees") yields to a later fate the clause
tells, and a count shared by two fates ("killed or wounded") is neither's toll. Captives freed
are no count of the held, and people a captor holds are (`quantity_captives`). Some fates are
told without a casualty word: civilians who left a town, crossed a border or arrived from a camp
are displaced (`quantity_uprooted`), and people treated for a harm are injured
(`quantity_treated`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.quantity_captives import held_captive, released
from sitrep.extract.quantity_flight import fleeing_fighters
from sitrep.extract.quantity_roles import (
    did_it,
    did_it_in_clause,
    injuries_treated,
    listed_among,
    reported_fates,
)
from sitrep.extract.quantity_treated import treated_for_harm
from sitrep.extract.quantity_types import CASUALTY_WORDS, Draft, TokenIndex
from sitrep.extract.quantity_unrealised import kills_only_people, unrealised
from sitrep.extract.quantity_uprooted import (
    arrived_from_place,
    crossed_in_flight,
    crossed_in_relative,
    driven_from_home,
    left_home,
    left_place,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def casualty_of(tokens: TokenIndex, draft: Draft) -> str | None:
    """The casualty a count is tied to by the parse: its verb, predicate or modifier."""
    if draft.unit is not None:
        return None
    token = tokens.doc[draft.head] if draft.head is not None else tokens.at(draft.last.start)
    if token is None or released(token):
        return None
    if held_captive(token):
        return "detained"
    named = CASUALTY_WORDS.get(draft.counted.split()[-1]) if draft.counted else None
    if named in ("killed", "injured", "missing"):
        return named
    fate = _fate_from_parse(token)
    # "21 hostages were killed": a captive's later fate is what the count tells
    return fate if named is None or fate in ("killed", "injured", "missing") else named


def _fate_from_parse(token: Token) -> str | None:
    """The casualty the words governing a counted group tell of, if any."""
    while token.dep_ in ("quantmod", "compound", "det") and _number_word(token.head):
        token = token.head  # "more than a million", "about a dozen": the number, not its "a"
    if token.dep_ == "nummod" and token.head.lower_ in ("more", "others"):
        token = token.head  # "wounding about a dozen more": the count is the object
    named_after = _fate_named_after(token)
    if named_after:
        return named_after
    if token.dep_ == "dobj" and driven_from_home(token.head):
        return "displaced"
    if treated_for_harm(token):
        return "injured"
    if token.dep_ == "nsubj" and (left_home(token.head) or crossed_in_flight(token)):
        return "displaced"
    if _uprooted_group(token):
        return "displaced"
    first = _first_conjunct(token)  # "killed 15 civilians and five soldiers": the five too
    # "killed 32 people, including 11 children": the children were killed
    for holder in (token, first, _including_group(first)):
        if holder is None:
            continue
        fled = False  # "three gunmen fled" is a retreat; "killed 30 fleeing soldiers" a toll
        for word in _casualty_neighbours(holder):
            if _tells_casualty(word) and not _group_joined(holder, word):
                if unrealised(word) or kills_only_people(word, holder):
                    continue  # "threatened to kill 11 hostages", "executed 12 orders"
                fate = CASUALTY_WORDS[word.lower_]
                fled = fled or (fate == "displaced" and fleeing_fighters(token))
                if not fled or fate != "displaced":
                    return None if _either_fate(word) else fate
        if fled:
            return None
    return _fate_of_passive_after(token)


def _uprooted_group(token: Token) -> bool:
    """ "45,000 people had left Abu Shouk", "9,000 households, or some 45,000 people, had left",
    "people who crossed into Burundi", "2,500 people arrived from the camp"."""
    if crossed_in_relative(token):
        return True
    subject = _first_conjunct(token)
    if subject.dep_ != "nsubj":
        return False
    return left_place(subject) or arrived_from_place(subject)


PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being"})
PERFECT_AUXILIARIES = frozenset({"have", "has", "had"})
# Fates a group suffers with no one named as doing it: "13,000 people have fled", "have died".
INTRANSITIVE_FATES = frozenset({"fled", "died"})


def _fate_of_passive_after(noun: Token) -> str | None:
    """ "68 inmates were killed", "13,000 people have fled": the verb right after a counted group
    tells its fate, whatever the parser hung the group on (a dateline before it often takes it
    as an apposition)."""
    doc, at = noun.doc, noun.i + 1
    if noun.dep_ == "pobj":
        return None  # "None of its 23 crew members was hurt": the verb's subject is another
    perfect = at < len(doc) and doc[at].lower_ in PERFECT_AUXILIARIES
    if at >= len(doc) or doc[at].lower_ not in PASSIVE_AUXILIARIES | PERFECT_AUXILIARIES:
        return None
    while at < len(doc) and doc[at].lower_ in PASSIVE_AUXILIARIES | PERFECT_AUXILIARIES:
        at += 1
    if at >= len(doc) or doc[at].tag_ != "VBN" or not _tells_casualty(doc[at]):
        return None
    if perfect and doc[at].lower_ not in INTRANSITIVE_FATES and doc[at - 1].lower_ != "been":
        return None  # "30 gunmen have killed 12 villagers": the gunmen did it
    return None if _either_fate(doc[at]) else CASUALTY_WORDS[doc[at].lower_]


def _fate_named_after(number: Token) -> str | None:
    """ "41 bodies and more than 100 wounded": a bare number's fate may be the participle right
    after it, whatever the parser hung that word on."""
    if not _number_word(number) or number.i + 1 >= len(number.doc):
        return None
    after = number.doc[number.i + 1]
    if after.tag_ not in ("VBN", "JJ") or not _tells_casualty(after):
        return None
    return CASUALTY_WORDS[after.lower_]


def _tells_casualty(word: Token) -> bool:
    """A casualty word, but not the verb "lives": "who lives two streets away" lost no lives."""
    return word.lower_ in CASUALTY_WORDS and not (word.lower_ == "lives" and word.pos_ == "VERB")


def _group_joined(holder: Token, word: Token) -> bool:
    """ "21 hostages and four soldiers were killed": the hostages are a group of their own
    whose fate the verb tells, not the soldiers'."""
    return holder.dep_ == "conj" and word.i == holder.head.i and word.pos_ == "NOUN"


# Plural counts the tagger calls nouns and the recogniser may miss, e.g. inside quotation marks.
COUNT_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})


def _count_word(token: Token) -> bool:
    return token.tag_ == "CD" or token.ent_type_ == "CARDINAL" or token.lower_ in COUNT_NOUNS


def _number_word(token: Token) -> bool:
    return token.tag_ == "CD" or token.ent_type_ == "CARDINAL"


def _either_fate(word: Token) -> bool:
    """ "1,850 soldiers killed or wounded": one count over two fates is neither's toll."""
    first = _first_conjunct(word)
    if first.dep_ not in ("acl", "amod"):
        return False  # "killed 15 and wounded 30": two clauses, two counts
    joined = [c for c in first.children if c.dep_ == "conj"] + [first]
    fate = CASUALTY_WORDS[word.lower_]
    return any(CASUALTY_WORDS.get(j.lower_, fate) != fate for j in joined)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _including_group(token: Token) -> Token | None:
    """The group a count is part of: "32 people, including 11 children" -> people."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("including", "among"):
        return None
    group = token.head.head
    return group if group.pos_ in ("NOUN", "PROPN", "NUM") and group.i != token.i else None


def _casualty_neighbours(token: Token) -> list[Token]:
    """Words that can say what happened to a counted group: its governing verb or predicate."""
    neighbours = [
        c
        for c in token.children
        if c.dep_ in ("acl", "amod", "relcl", "advcl") and not did_it_in_clause(c)
    ]
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos", "attr", "pobj", "npadvmod"):
        if not did_it(token):
            neighbours.append(head)
        neighbours.extend(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd", "advmod"))
    if token.dep_ == "nsubjpass":  # "12 people were treated for injuries"
        neighbours.extend(injuries_treated(head))
        neighbours.extend(reported_fates(head))  # "two were believed to have been hurt"
    if token.dep_ in ("nsubj", "attr"):  # "Among the dead were seven soldiers"
        neighbours.extend(listed_among(head))
    if token.dep_ == "dobj":  # "forced 40,000 people to flee": what they were made to do
        neighbours.extend(c for c in head.children if c.dep_ == "xcomp")
        if head.dep_ == "pcomp" and head.head.lower_ == "of":  # "scores of fleeing fighters"
            neighbours.extend(_casualty_neighbours(head.head.head))
    if token.dep_ == "pobj" and head.head is not None:
        neighbours.append(head.head)
        count = _count_word(head.head)  # "dozens of", "scores of"
        if head.lower_ == "of" and count and head.head.i != token.i:
            neighbours.extend(_casualty_neighbours(head.head))  # "two of its soldiers were killed"
        if head.lower_ == "than":  # "displaced more than a million", "more" read as an adverb
            neighbours.append(head.head.head)
    return neighbours
