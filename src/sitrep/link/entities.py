"""Names across articles: "Macron", "President Emmanuel Macron" and "the French president" as one entity."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.extract.actors import country_of_word
from sitrep.extract.source_lexicon import RANKS
from sitrep.link.records import Mention

PERSON_KINDS = frozenset({"named_person", "named_official"})


# Words that name a role rather than a person: stripped from names, kept as the role key; the
# ranks ("Brig. Gen.", "Sgt.") are the attribution's.
TITLE_WORDS = RANKS | frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "secretary",
        "gen",
        "lt",
        "col",
        "major",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "king",
        "queen",
        "prince",
        "crown",
        "governor",
        "gov",
        "gov.",
        "mayor",
        "senator",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "representative",
        "ambassador",
        "envoy",
        "commander",
        "chief",
        "head",
        "leader",
        "premier",
        "pope",
        "sheikh",
        "emir",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "deputy",
        "acting",
        "former",
        "top",
        "senior",
        "supreme",
        "opposition",
        "army",
        "military",
        "state",
        "minister's",
        "president's",
        "national",
        "security",
        "adviser",
        "advisor",
        "attorney",
        "justice",
        "police",
        "interim",
        "elect",
    ]
)


DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A spelling-tolerant key: no accents or case, doubled letters and -iy endings collapsed.

    Cached: a ledger rebuild folds the same few thousand names hundreds of thousands of times.
    """
    plain = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return " ".join(re.sub(r"(iy|yi|ii)$", "y", re.sub(r"(.)\1", r"\1", w)) for w in words)


@dataclass(frozen=True)
class NameParts:
    role: tuple[str, str]  # (country code or "", title words)
    name: str  # the personal or organisational name left after the role words


@functools.lru_cache(maxsize=65536)
def split_name(text: str) -> NameParts:
    """Role and name of a mention: "French President Emmanuel Macron" -> ((FR, president), ...).

    Cached, as `fold` is: a large store repeats a few thousand names in every article.
    """
    words = text.replace("’", "'").replace(",", " ").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    country = ""
    titles: list[str] = []
    rest: list[str] = []
    of_country = _of_country(words)
    if of_country:
        country, words = of_country
    for position, word in enumerate(words):
        low = word.lower().rstrip(".")
        if low.endswith("'s"):
            low = low[:-2]
        demonym = country_of_word(low) if word[:1].isupper() or low in TITLE_WORDS else None
        if rest:
            rest.append(word)
        elif low in TITLE_WORDS or low + "." in TITLE_WORDS:
            titles.append(low)
        elif titles and (
            low in ROLE_LINKS or (low in DETERMINERS and _after_link(words, position))
        ):
            continue  # "a spokesman for the Northern Unity Movement": the movement is the name
        elif demonym and not country and position + 1 < len(words):
            country = demonym
        else:
            rest.append(word)
    return NameParts((country or "", " ".join(titles)), _without_final_stop(" ".join(rest)))


# What joins a role to whom it serves: "a spokesman for X", "a leader of X".
ROLE_LINKS = frozenset({"for", "of"})


def _after_link(words: list[str], position: int) -> bool:
    return position > 0 and words[position - 1].lower() in ROLE_LINKS


def _without_final_stop(name: str) -> str:
    """The name without quotes and a sentence's full stop; an abbreviation keeps its own ("U.N.")."""
    name = name.strip(" '\"")
    last = name.rsplit(" ", 1)[-1]
    return name[:-1].rstrip() if name.endswith(".") and "." not in last[:-1] else name


def _of_country(words: list[str]) -> tuple[str, list[str]] | None:
    """ "president of Ukraine" -> (Ukraine, ["president"]) when the words end in "of <country>"."""
    for size in (2, 1):
        if len(words) > size + 1 and words[-size - 1].lower() == "of":
            country = country_of_word(" ".join(words[-size:]))
            if country:
                return country, words[: -size - 1]
    return None


def canonical_entity(name: str, index: EntityIndex | None = None) -> str:
    """The entity a name stands for; without an index, the name without its titles and roles."""
    if index is not None:
        return index.canonical(name)
    parts = split_name(name)
    return parts.name or name.strip()


@dataclass
class EntityIndex:
    """Names seen across articles, grouped: alias key -> canonical name."""

    by_key: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    def canonical(self, name: str) -> str:
        key = fold(name)
        if key in self.by_key:
            return self.by_key[key]
        parts = split_name(name)
        return self.resolve(parts) or parts.name or name.strip()

    def resolve(self, parts: NameParts) -> str | None:
        """The entity of a name without its titles, or of a role alone ("the Ukrainian president")."""
        if parts.name:
            return self.by_key.get(fold(parts.name))
        if parts.role[0] and parts.role[1]:
            return self.by_key.get(_role_key(parts.role))
        return None

    def aliases(self) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = defaultdict(list)
        for key, canonical in sorted(self.by_key.items()):
            grouped[canonical].append(key)
        return dict(grouped)


def link_entities(mentions: Iterable[Mention]) -> EntityIndex:
    """Group the mentions: full names, surnames of one full name, roles held by one person."""
    mentions = list(mentions)
    people: Counter[str] = Counter()
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    others: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        parts = _mention_parts(mention)
        is_person = mention.kind in PERSON_KINDS or bool(parts.role[1] and parts.name)
        if is_person and len(parts.name.split()) >= 2:
            people[parts.name] += 1
            if parts.role[0] and parts.role[1]:
                roles[parts.role].add(parts.name)
        elif mention.kind not in PERSON_KINDS and parts.name and not parts.role[1]:
            others[fold(parts.name)][parts.name] += 1
    index = EntityIndex()
    full_by_key = _full_names(people)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key, full in full_by_key.items():
        by_surname[key.split()[-1]].add(full)
    for key, full in full_by_key.items():
        index.by_key[key] = full
        index.kinds[full] = "person"
    for surname, fulls in by_surname.items():
        if len(fulls) == 1 and surname not in index.by_key:
            index.by_key[surname] = next(iter(fulls))
    for role, names in roles.items():
        fulls = {full_by_key[fold(n)] for n in names}
        if len(fulls) == 1:
            index.by_key.setdefault(_role_key(role), next(iter(fulls)))
    for key, forms in others.items():
        if key not in index.by_key:
            index.by_key[key] = sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            index.kinds.setdefault(index.by_key[key], "group")
    for mention in mentions:
        _add_alias(index, mention)
    return index


def _mention_parts(mention: Mention) -> NameParts:
    """The role from the text as written, the name from the normalised name when there is one."""
    parts = split_name(mention.text)
    if mention.name:
        parts = NameParts(parts.role, split_name(mention.name).name or parts.name)
    return parts


def _full_names(people: Counter[str]) -> dict[str, str]:
    """Fold key of each full name -> its display form (the most used spelling)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in people.items():
        forms[fold(name)][name] += count
    return {
        key: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for key, c in forms.items()
    }


def _describes(mention: Mention) -> bool:
    """A description ("the army") resolved to a name that it does not itself spell."""
    words = mention.text.split()
    return bool(
        words
        and words[0].lower() in DETERMINERS
        and mention.name
        and fold(mention.name) != fold(" ".join(words[1:]))
    )


def _role_key(role: tuple[str, str]) -> str:
    return "role:" + (role[0] or "") + ":" + fold(role[1])


def _add_alias(index: EntityIndex, mention: Mention) -> None:
    """Record the mention's own spelling as an alias of the entity it resolves to.

    A description that one article resolved ("the army", named South Sudan's army there) is no
    alias: in another article the army is another country's.
    """
    parts = _mention_parts(mention)
    target = index.resolve(parts)
    if target is not None:
        if not _describes(mention):
            index.by_key.setdefault(fold(mention.text), target)
        if mention.name:
            index.by_key.setdefault(fold(mention.name), target)
