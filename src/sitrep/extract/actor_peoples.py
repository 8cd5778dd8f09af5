"""Armed sides named by a people with no state of its own: "Tigrayan forces", "Druze fighters".

A nationality's troops are its state ("Russian troops" are Russia's, `actors`), but the forces of
an ethnic, religious or regional people ("Kurdish-led forces", "Baloch separatists", "Karen
rebels") are a side of their own: no state in the country table, and often at war with the
country they are in. Such a side keeps the people's name as written and one word for its members,
so that one side keeps one name across articles ("a Tigrayan fighter", "Tigrayan troops" and
"the Tigrayan militia" are all "Tigrayan forces").

Only one capitalised word from the list of peoples (`PEOPLES`) names the people, right before the
members' word, alone or after a nationality ("Syrian Kurdish forces" are the Kurds', not Syria's):
longer capitalised names are organisations (`actors._group_name`), and capitalised words that
describe rather than name ("Fresh troops", "Airborne forces", "Tatmadaw troops") are no people.
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
# Peoples with armed forces of their own: ethnic, religious and regional peoples and the
# movements named after them. A list, not "any capitalised word": the word before "troops" is
# more often a descriptor ("Fresh", "Airborne", "Fifteen"), a state's army ("Tatmadaw") or a
# ruler ("Assad"), none of them a people. Lowercased; demonyms of states are `actors`' own.
PEOPLES = frozenset(
    _w(
        "kurdish kurd kurds yazidi assyrian druze alawite sunni shia shiite sufi christian "
        "muslim hindu sikh buddhist bedouin tuareg touareg toubou tebu amazigh berber sahrawi "
        "polisario tigrayan tigray amhara oromo afar ogaden ogadeni fano benishangul gumuz "
        "sidama anuak nuer dinka shilluk murle masalit zaghawa fur misseriya rizeigat beja "
        "nuba fulani fula peul hausa yoruba igbo ijaw biafran ambazonian anglophone tiv "
        "berom jukun kanuri mbororo dogon bambara mossi dozo hema lendu banyamulenge tutsi "
        "hutu twa luba kasai mai-mai raia kamajor baloch baluch balochi pashtun tajik hazara "
        "uyghur uighur tibetan chechen ingush dagestani ossetian abkhaz abkhazian karabakh "
        "karen karenni kachin shan chin arakanese rakhine rohingya mon wa kokang ta'ang naga "
        "kuki meitei bodo tamil maoist naxal naxalite moro bangsamoro papuan acehnese "
        "zapatista mapuche basque catalan corsican"
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
        nationality = before.lower() in known  # "Syrian Kurdish forces": the people's own
        if _names_a_people(people, known) and (nationality or not before[:1].isupper()):
            return f"{people} {members}"
    return None


def _names_a_people(word: str, known: Container[str]) -> bool:
    root = word[: -len(_LED)] if word.lower().endswith(_LED) else word
    if not root[:1].isupper() or root.isupper():
        return False  # lowercase ("fresh troops"), an acronym ("RSF fighters")
    return root.lower() in PEOPLES and root.lower() not in known
