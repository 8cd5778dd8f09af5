"""Actor names: demonyms, capitals used as metonyms and country names, brought to one country name.

"Russian drone" -> Russia, "North Korean troops" -> North Korea, "Kyiv's positions" -> Ukraine,
"The Group of Seven countries" -> Group of Seven. The ledger uses `normalize_actor` to compare
actors across articles, so the canonical names here are the ones it stores. A people's forces
("Tigrayan forces") are `actor_peoples`, a commander's ("Haftar's forces") `actor_commanders`;
unnamed armed men's names are `actor_unnamed`.
"""

from __future__ import annotations

import re

from sitrep.extract.actor_acronyms import acronym_after_name
from sitrep.extract.actor_commanders import commanders_forces
from sitrep.extract.actor_peoples import peoples_side
from sitrep.extract.actor_state_guards import names_state_guard
from sitrep.extract.actor_unnamed import ARMED_MEN, ARMED_TRADES, UNNAMED_BY_WORD, UNNAMED_SIDES
from sitrep.extract.actor_unnamed import is_unnamed_side as is_unnamed_side  # for link/
from sitrep.extract.event_countries import COUNTRIES
from sitrep.extract.party_suffixes import PARTY_SUFFIXES as PARTY_SUFFIXES  # re-exported
from sitrep.extract.party_suffixes import describes_a_party as describes_a_party  # re-exported
from sitrep.extract.party_suffixes import sponsor

# Groups and alliances under their usual full names.
_GROUPS = {
    "g7": "Group of Seven",
    "group of seven": "Group of Seven",
    "g-7": "Group of Seven",
    "g20": "Group of Twenty",
    "g-20": "Group of Twenty",
    "nato": "NATO",
    "european union": "European Union",
    "eu": "European Union",
    "united nations": "United Nations",
    "un": "United Nations",
    "u.n.": "United Nations",
    "islamic state": "Islamic State",
    "isis": "Islamic State",
    "isil": "Islamic State",
    "daesh": "Islamic State",
    "taliban": "Taliban",
    # the Pakistani Taliban fight Pakistan's state, apart from the Taliban ruling Afghanistan
    "pakistani taliban": "Pakistani Taliban",
    "tehreek-e-taliban pakistan": "Pakistani Taliban",
    "tehrik-i-taliban pakistan": "Pakistani Taliban",
    "ttp": "Pakistani Taliban",
    "hamas": "Hamas",
    "hezbollah": "Hezbollah",
    "al-shabaab": "al-Shabaab",
    "al shabaab": "al-Shabaab",
    "al-shabab": "al-Shabaab",
    "boko haram": "Boko Haram",
    "al qaeda": "al-Qaeda",
    "al-qaeda": "al-Qaeda",
    "houthis": "Houthis",
    "houthi": "Houthis",
    "wagner": "Wagner Group",
    **{name.lower(): name for name in ("Syrian Democratic Forces", "Syrian National Army")},
    **{"free syrian army": "Free Syrian Army", "sdf": "Syrian Democratic Forces"},
    **UNNAMED_BY_WORD,  # "Unidentified Armed Group", "pirates" (`actor_unnamed`)
}

# Words that may trail a group name without changing it ("the Group of Seven countries").
_TRAILING = {"countries", "nations", "members", "member", "states", "group", "leaders"}
_LEADING = {"the", "a", "an"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
_PREPOSITIONS = {"from", "against", "on", "at", "with", "by", "into", "to", "for", "alongside"}
# Words before a name that make it a place or a relation, not a descriptor ("in Red Sea").
_PLACE_PREPOSITIONS = _PREPOSITIONS | {
    "in",
    "near",
    "over",
    "across",
    "around",
    "outside",
    "inside",
    "within",
    "between",
    "toward",
    "towards",
    "through",
    "off",
    "along",
    "beyond",
    "under",
    "of",
}
# Armed groups named with the country they operate in ("Yemen's Houthi militants"): the group,
# not the country, is the actor.
_ARMED_GROUPS = frozenset(
    {
        "Islamic State",
        "Taliban",
        "Pakistani Taliban",
        "Hamas",
        "Hezbollah",
        "al-Shabaab",
        "Boko Haram",
        "al-Qaeda",
        "Houthis",
        "Wagner Group",
        *("Syrian Democratic Forces", "Syrian National Army", "Free Syrian Army"),
    }
)
# Armed groups whose war is with foreign states, fought from their own country: Hezbollah's
# rockets near a Lebanese village are aimed at Israeli soldiers, the Houthis' missiles off Yemen at
# ships, so the country their attacks fall in is not the side they hit. Insurgents at war with
# their own state (al-Shabaab, Boko Haram) are left out: Somalia is what al-Shabaab attacks.
_FOREIGN_WAR_HOMES = {"Hezbollah": "Lebanon", "Houthis": "Yemen", "Hamas": "Palestine"}
_GLUE = {"of", "the", "and", "for", "al", "el", "de"}


def _build_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    by_alias: dict[str, str] = {}
    by_code: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in COUNTRIES.strip().splitlines():
        country, code, aliases, capitals = line.split("|")
        by_code[code] = country
        names[country.lower()] = country
        for alias in [country, *aliases.split(","), *capitals.split(",")]:
            if alias.strip():
                by_alias[alias.strip().lower()] = country
    return by_alias, by_code, names


_BY_ALIAS, _BY_CODE, _COUNTRY_NAMES = _build_tables()
_LONGEST_ALIAS = max(len(a.split()) for a in _BY_ALIAS)
_NAMED_SIDES = frozenset(_BY_ALIAS) | frozenset(_GROUPS)  # no people's name ("Hamas-led")
_WORD = re.compile(r"[\w.'’-]+")


def country_name(code: str | None) -> str | None:
    """The country name for an ISO 3166-1 alpha-2 code ("UA" -> "Ukraine"), else None."""
    return _BY_CODE.get(code.upper()) if code else None


def country_of_word(text: str) -> str | None:
    """The country a single name, demonym or capital stands for ("Russian" -> Russia)."""
    key = text.strip().lower().replace("’", "'")
    if key.endswith("'s"):
        key = key[:-2]
    return _BY_ALIAS.get(key)


# The acronym spelled after a name, in brackets: "the Baloch Liberation Army (BLA)".
_SPELLED_ACRONYM = re.compile(r"(?<=[a-z])\s*\(\s*[A-Z]{2,6}\s*\)")
# Whom an act is done for, never who does it or suffers it.
# "ethnic Armenians", "ethnic Armenian forces": a people, not the state of the same name.
_ETHNIC_PEOPLE = re.compile(r"\bethnic\s+(?P<people>[A-Z][\w-]*)")


_FOR_WHOM = re.compile(r"\b(?:in support of|in solidarity with|on behalf of)\b", re.IGNORECASE)


def normalize_actor(text: str) -> str | None:
    """A canonical country or group name for an actor phrase, or None when none is recognised.

    The first demonym, country, capital or known group in the phrase wins, longest match first:
    "North Korean troops" -> North Korea, "Moscow's forces" -> Russia, "the G7" -> Group of Seven.
    An ethnic people names no state: "ethnic Armenian forces" are not Armenia's.
    """
    name = _actor_name(text)
    acronym = acronym_after_name(text) if name is None else None
    if acronym is not None:  # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a name not listed
        name = _actor_name(acronym)
    ethnic = _ETHNIC_PEOPLE.search(text)
    if ethnic is not None and name == _BY_ALIAS.get(ethnic.group("people").lower()):
        return None
    return name


def _actor_name(text: str) -> str | None:
    glued = re.sub(r"(?<=\w) - (?=\w)", "-", text)  # tokens joined back: "Rwanda - backed"
    glued = _FOR_WHOM.split(glued, maxsplit=1)[0]  # "the tanker, in support of Palestinians"
    glued = _SPELLED_ACRONYM.sub("", glued)  # "the Baloch Liberation Army (BLA)": one name
    words = _without_whereabouts([w.replace("’", "'") for w in _WORD.findall(glued)])
    lowered = [w.lower() for w in words]
    armed = (
        _armed_group(lowered, words)
        or _led_coalition(words)
        or _force_of_a_country(words)
        or _nationals(words)
        or peoples_side(words, _NAMED_SIDES)
    )
    if armed:
        return armed
    for start in range(len(words)):
        for size in range(min(_LONGEST_ALIAS, len(words) - start), 0, -1):
            key = " ".join(lowered[start : start + size])
            for variant in (key, key[:-2] if key.endswith("'s") else None):
                if variant in _GROUPS and not _ends_longer_name(words, start, _GROUPS[variant]):
                    return _GROUPS[variant]
                if variant in _BY_ALIAS and (size > 1 or words[start][:1].isupper()):
                    return _BY_ALIAS[variant]
    bare = [w[:-2] if w.lower().endswith("'s") else w for w in words]
    return _group_name(bare) or _side_before_role(bare) or commanders_forces(words)


# Who speaks or commands for a side; after the side's name they stand for it ("the RSF commander").
_ROLES = frozenset(
    _TRAILING
    | {"commander", "commanders", "spokesman", "spokeswoman", "spokesperson", "official"}
    | {"officials", "leader", "chief", "chiefs", "negotiator", "negotiators"}
)
_RANKS = frozenset({"deputy", "senior", "top", "acting"})
_NO_LONGER = frozenset({"former", "retired", "ex"})  # "a former RSF commander" speaks for none


def _side_before_role(words: list[str]) -> str | None:
    """ "the RSF commander", "an Arakan Army spokesman said": one who commands or speaks for an
    armed side named before the role names that side ("the Defence Ministry spokesman" no side)."""
    if any(w.lower() in _NO_LONGER or w.lower().startswith("ex-") for w in words):
        return None
    words = [w for w in words if w.lower() not in _RANKS]
    at = next((i for i, w in enumerate(words) if i and w.islower() and w in _ROLES), 0)
    name = _group_name(words[:at]) if at else None
    return name if name is not None and is_non_state(name) else None


def _without_whereabouts(words: list[str]) -> list[str]:
    """ "Separatist rebels in Indonesia's Papua region": where rebels, gunmen or a separatist
    group are says nothing of whose side they are; the country there is the one they fight."""
    for at, word in enumerate(words):
        if word.lower() in _WHEREABOUTS:
            head = {w.lower() for w in words[:at]}
            return words[:at] if head & (_NON_STATE | _ARMED_PEOPLE) else words
    return words


def _led_coalition(words: list[str]) -> str | None:
    """ "Saudi-led coalition aircraft": the coalition, under its leader's country name, acts as
    one side; its leader alone did not strike."""
    for at in range(len(words) - 1):
        leader, _, suffix = words[at].rpartition("-")
        country = _BY_ALIAS.get(leader.lower())
        if suffix.lower() == "led" and country and words[at + 1].lower() == "coalition":
            return f"{country}-led coalition"
    return None


def fights_from_home(actor: str | None, country: str) -> bool:
    """Whether `country` is the home of an armed group that fights foreign states from it
    ("Hezbollah fired rockets at soldiers near Khiam": Lebanon is no target)."""
    return actor is not None and _FOREIGN_WAR_HOMES.get(actor) == country


def is_armed_group(name: str | None) -> bool:
    """A non-state armed group the actor table knows ("Houthis", "Hamas")."""
    return name in _ARMED_GROUPS


def names_an_armed_group(text: str) -> bool:
    """Whether `text` names an armed group the actor table knows anywhere ("al Shabaab")."""
    words = [w.lower().replace("’", "'").rstrip(".'") for w in _WORD.findall(text)]
    return _armed_group(words) is not None


# Last words of a non-state armed group's own name ("Rapid Support Forces", "Arakan Army").
_ARMY_NAMES = frozenset(
    ["forces", "front", "army", "brigade", "brigades", "movement", "militia", "guard"]
)


def is_non_state(name: str) -> bool:
    """An armed side that is no country and no alliance: a known group ("Hamas"), an acronym
    ("M23") or a name that ends as armies are named ("Rapid Support Forces")."""
    if name in _ARMED_GROUPS or name in UNNAMED_SIDES:
        return True
    if name in _COUNTRY_NAMES.values() or name in _GROUPS.values():
        return False
    words = name.split()
    if names_state_guard(words):
        return False  # "National Guard", "Republican Guard": a state's forces
    return bool(_acronym(words)) or (
        len(words) > 1 and words[-1].lower() in _ARMY_NAMES | _NON_STATE_PEOPLE.keys()
    )


# Prepositions that tell where a side is ("gunmen in Zamfara state"), and the armed people
# whose whereabouts they tell (villagers "in Nigeria's Zamfara" are still Nigeria's people).
_ARMED_PEOPLE = ARMED_MEN | ARMED_TRADES | frozenset({
    "rebel", "rebels", "separatist", "separatists", "militia", "militias", "militiaman",
    "militiamen",
})  # fmt: skip
_WHEREABOUTS = frozenset({"in", "near", "across", "around"})


def _armed_group(lowered: list[str], words: list[str] | None = None) -> str | None:
    for start in range(len(lowered)):
        for size in range(min(_LONGEST_ALIAS, len(lowered) - start), 0, -1):
            group = _GROUPS.get(" ".join(lowered[start : start + size]))
            if group in _ARMED_GROUPS and not (words and _ends_longer_name(words, start, group)):
                return group
    return None


# Words before a group's name that describe it ("Shiite Hezbollah", "Suspected al Shabaab").
_CREEDS = frozenset(["shiite", "shia", "sunni", "islamist", "jihadist", "christian", "muslim", "suspected", "rival"])  # fmt: skip
_CALENDAR = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")  # fmt: skip


def _ends_longer_name(words: list[str], start: int, group: str) -> bool:
    """ "Kataib Hezbollah": an armed group's name closing a longer capitalised name is part of
    another group's ("Lebanese Hezbollah", "Iran-backed Hezbollah" or "Shiite Hezbollah" are it)."""
    before = words[start - 1] if start else ""
    return (
        group in _ARMED_GROUPS
        and before[:1].isupper()
        and "-" not in before
        and not _CALENDAR.match(before)
        and not before.lower().endswith("'s")
        and before.lower() not in _LEADING | _CREEDS | _BY_ALIAS.keys() | _GROUPS.keys()
    )


# Descriptors of a force that is not the state's own ("Sudan's paramilitary Rapid Support Forces").
_NON_STATE = frozenset(
    ["paramilitary", "rebel", "militant", "insurgent", "separatist", "jihadist", "opposition"]
)


# People named by a nationality who are not its state: "Israeli settlers" burning cars, "Syrian
# rebels" or "Serb militias" are sides of their own; only the state's soldiers, police and army
# stand for the country. Singular forms are folded so one side keeps one name.
_NON_STATE_PEOPLE = {
    "settler": "settlers",
    "colonist": "colonists",
    "vigilante": "vigilantes",
    "militia": "militias",
    "militiaman": "militiamen",
    "mob": "mobs",
    "resident": "residents",
    "villager": "villagers",
    "protester": "protesters",
    "demonstrator": "demonstrators",
    "rioter": "rioters",
    "rebel": "rebels",
    "separatist": "separatists",
    # armed men (`actor_unnamed`'s one list): "gunman" -> "gunmen", "pirate" -> "pirates"
    **{
        w: f"{w[:-3]}men" if w.endswith("man") else f"{w}s"
        for w in ARMED_MEN | ARMED_TRADES
        if not w.endswith(("s", "men"))
    },
}
_NON_STATE_PEOPLE |= {plural: plural for plural in _NON_STATE_PEOPLE.values()}


def _nationals(words: list[str]) -> str | None:
    """ "dozens of masked Israeli settlers" -> "Israeli settlers": a nationality before people who
    act on their own names a non-state side of that nationality, not the country."""
    for at in range(len(words) - 1):
        people = _NON_STATE_PEOPLE.get(words[at + 1].lower())
        for start in range(max(0, at + 1 - _LONGEST_ALIAS), at + 1) if people else ():
            nationality = words[start : at + 1]
            key = " ".join(nationality).lower()
            if key in _BY_ALIAS and nationality[0][:1].isupper():
                return f"{' '.join(nationality)} {people}"
    return None


def called_by(name: str, noun: str) -> bool:
    """Whether a bare group noun ("the rebels") may stand for the side `name`: a nationality's
    people ("Congolese militias") only by their own word ("the militias"), other sides by any."""
    nationality, _, people = name.rpartition(" ")
    if nationality.lower() not in _BY_ALIAS or people not in _NON_STATE_PEOPLE:
        return True
    return people == _NON_STATE_PEOPLE.get(noun.lower())


def _force_of_a_country(words: list[str]) -> str | None:
    """ "Sudan's paramilitary Rapid Support Forces" is that force, not Sudan's government; so is
    "Sudan's RSF": an organisation named by its acronym is itself, wherever it is based."""
    for at, word in enumerate(words[:-1]):
        if not word.lower().endswith("'s"):
            continue
        if words[at + 1].lower() in _NON_STATE and at < len(words) - 2:
            return _group_name(words[at + 1 :])
        if _acronym(words[at + 1 :]):
            return _acronym(words[at + 1 :])
    return None


def _group_name(words: list[str]) -> str | None:
    """A capitalised multi-word name ("The Group of Seven countries") without its frame words and
    descriptors ("the paramilitary Rapid Support Forces"), or an acronym ("RSF fighters")."""
    if words and words[0].lower() in _PLACE_PREPOSITIONS - _PREPOSITIONS:
        return None  # "In Tel Aviv, a missile hit ...": where, not who
    if words and words[0].lower() in _POSSESSIVE_PRONOUNS:
        return None  # "Its Defense Ministry said": whose ministry the sentence before tells
    if words and words[0].lower() in _PREPOSITIONS:
        words = words[1:]  # a target phrase read off its preposition ("from the RSF")
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    members = _members_of(words)
    if members:
        return _group_name(members)
    if (
        len(words) > 1
        and words[0].islower()
        and words[0] not in _GLUE | _PLACE_PREPOSITIONS
        and words[1][:1].isupper()
    ):
        words = words[1:]  # one descriptor before the name ("paramilitary Rapid Support Forces")
    if len(words) > 1 and sponsor(words[0]):
        words = words[1:]  # "the Rwanda-backed M23": the group, not its sponsor
    acronym = _acronym(words)
    if acronym:
        return acronym
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    if len(words) > 2 and words[-1] in _FORCE_WORDS:
        words = words[:-1]  # "the White Army militia": the named force, its members' word aside
    if len(words) < 2 or not all(_capitalised(w) or w.lower() in _GLUE for w in words):
        return None
    if not _capitalised(words[-1]):
        return None
    name = " ".join(words)
    return _GROUPS.get(name.lower(), name)


def _members_of(words: list[str]) -> list[str]:
    """ "militants of the Baloch Liberation Army": the words of the group its members belong to.
    A capitalised "Forces"/"Units" opening the phrase starts a name of its own ("Forces of
    Freedom and Change"); "Militants of ..." opening a sentence does not."""
    for at, word in enumerate(words[:-2]):
        name_like = word[:1].isupper() and (at > 0 or word.lower() in _NAME_FORMING)
        if word.lower() in _FORCE_WORDS and not name_like and words[at + 1] == "of":
            rest = words[at + 2 :]
            return rest[1:] if rest[0].lower() in _LEADING else rest
    return []


# An Arabic article glued to a capitalised name is part of it: "Hayat Tahrir al-Sham".
# The Arabic article's spellings in names (its sun-letter forms too), for actors and sides.
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az"})
_ARTICLE_PREFIX = re.compile(rf"(?:{'|'.join(sorted(ARABIC_ARTICLES))})-[A-Z]")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or _ARTICLE_PREFIX.match(word) is not None


# Words that may follow an acronym naming an armed group without changing it ("RSF fighters").
_FORCE_WORDS = frozenset(
    [
        "fighters",
        "forces",
        "troops",
        "militants",
        "rebels",
        "soldiers",
        "militia",
        "militiamen",
        "units",
        "gunmen",
        "guerrillas",
        "insurgents",
        "loyalists",
        "combatants",
    ]
)
# Members' words that, capitalised, begin names of their own ("Forces of Freedom and Change").
_NAME_FORMING = frozenset(["forces", "units", "militia", "troops"])
# After an acronym, the splinter of the organisation that kept fighting: a side apart from it.
_SPLINTER = "dissidents"
# Capitalised abbreviations that are titles, times or media formats, never an actor.
_NOT_ACRONYMS = frozenset(
    [
        "CEO",
        "CFO",
        "COO",
        "MP",
        "MPS",
        "PM",
        "AM",
        "TV",
        "GMT",
        "UTC",
        "EST",
        "EDT",
        "BST",
        "HQ",
        "ID",
        "OK",
    ]
)
ACRONYM = re.compile(r"[A-Z]{2,6}|[A-Z]\d{1,3}")  # "RSF", "M23"


def _acronym(words: list[str]) -> str | None:
    """ "RSF fighters" -> "RSF"; "FARC dissidents" -> "FARC dissidents", who broke away from it."""
    splinter = len(words) == 2 and words[-1].lower() == _SPLINTER
    while words and words[-1].lower() in _FORCE_WORDS | _TRAILING | {_SPLINTER}:
        words = words[:-1]
    if len(words) == 1 and ACRONYM.fullmatch(words[0]) and words[0] not in _NOT_ACRONYMS:
        return f"{words[0]} {_SPLINTER}" if splinter else words[0]
    return None
