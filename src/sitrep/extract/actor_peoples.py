"""Armed sides named by a people with no state of its own: "Tigrayan forces", "Druze fighters".

A nationality's troops are its state ("Russian troops" are Russia's, `actors`), but the forces of
an ethnic, religious or regional people ("Kurdish-led forces", "Baloch separatists", "Karen
rebels") are a side of their own: no state in the country table, and often at war with the
country they are in. Such a side keeps the people's name as written and one word for its members,
so that one side keeps one name across articles ("a Tigrayan fighter", "Tigrayan troops" and
"the Tigrayan militia" are all "Tigrayan forces").

Only one capitalised word names the people, right before the members' word: longer capitalised
names are organisations (`actors._group_name`), and capitalised words that describe rather than
name ("Government forces", "Special Forces", "Allied troops" opening a sentence) are no people.
"""

from __future__ import annotations

from collections.abc import Container

from sitrep.extract.event_lexicon import split_words as _w

# The members' word, singular or plural, by the plural the side is named with. Words for armed
# men at large are one ("Fano fighters" and "the Fano militia" are one side: "Fano forces");
# words that tell what they fight for keep theirs ("Baloch separatists", "Karen rebels").
_FORCES = _w("forces fighters troops soldiers combatants guerrillas militias")
_CAUSES = _w("rebels insurgents separatists militants")
_MEMBERS = {
    **{word: "forces" for plural in _FORCES for word in (plural, plural[:-1])},
    **{word: "forces" for word in ("militiaman", "militiamen")},
    **{word: plural for plural in _CAUSES for word in (plural, plural[:-1])},
}
# Capitalised words before the members' word that describe them (a state's, an ally's, an
# unnamed group's), most often because the sentence opens with them.
_DESCRIPTORS = frozenset(
    _w(
        "government security special opposition coalition allied federal regime enemy foreign "
        "local tribal armed unknown unidentified rebel loyalist western eastern northern southern "
        "central elite border naval air ground junta state national interim transitional "
        "paramilitary masked suspected several many some other these those both all more most "
        "peacekeeping peace army police military defence defense regular reserve royal "
        "republican presidential revolutionary interior international multinational joint "
        "combined friendly hostile rival volunteer mercenary irregular militia insurgent "
        "separatist jihadist militant terrorist islamist extremist radical heavily "
        "retreating advancing invading occupying fleeing remaining surviving few dozens hundreds "
        "thousands scores the a an his her their its our my your no any each every one two three "
        "four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozen"
    )
)
_LED = "-led"


def peoples_side(words: list[str], known: Container[str]) -> str | None:
    """ "the Tigrayan forces" -> "Tigrayan forces", "Kurdish-led forces" -> "Kurdish-led
    forces"; None when the word before the members is a side already `known` (lowercased
    countries, demonyms and groups), an acronym, a number or a descriptor, or follows a name."""
    for at in range(1, len(words)):
        members = _MEMBERS.get(words[at].lower())
        if members is None:
            continue
        people = words[at - 1]
        before = words[at - 2] if at > 1 else ""
        if _names_a_people(people, known) and not before[:1].isupper():
            return f"{people} {members}"
    return None


def _names_a_people(word: str, known: Container[str]) -> bool:
    root = word[: -len(_LED)] if word.lower().endswith(_LED) else word
    if not root[:1].isupper() or root.isupper() or not root.replace("-", "").isalpha():
        return False  # lowercase, an acronym ("RSF fighters"), a possessive ("Assad's")
    if "-" in root or root.lower().endswith(("ing", "ed")):
        return False  # "Iran-backed", "Pro-Russian", "Retreating"
    return root.lower() not in _DESCRIPTORS and root.lower() not in known
