"""Dropping candidate place names that the article itself shows to be something else: a
language ("translated into Japanese"), a person's surname or first name ("Cllr Morris", "Dewly
Nelson"), a common word the article also writes in lower case ("Luck"), a word inside a title,
the first word of a person's or company's name ("Hilliard Vantor"), a name after a title
("Queen Elizabeth"), a disease's name ("Marburg virus", then "Marburg" alone), or a word opening
a sentence as a kind of thing ("Mobile clinics" in a story on Africa). Many small
towns share their names with these words, so a gazetteer match alone is weak evidence; the
article's own usage decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.metonymy import BODY_NOUNS, LAND_NOUNS
from sitrep.extract.place_attack_targets import attack_target, person_struck, populated
from sitrep.extract.place_camps import names_a_camp
from sitrep.extract.place_candidates import (
    CITY_CUES,
    FEATURE_CUES,
    PASSAGE_WORDS,
    Mention,
    important,
)
from sitrep.extract.place_counts import place_count
from sitrep.extract.place_names import POSSESSIVES, after_place_cue, capitalised, lookup
from sitrep.extract.place_namesakes import named_outlet, river_named_like_a_unit
from sitrep.extract.place_office_titles import holds_an_office, known_town
from sitrep.extract.place_org_names import names_an_organisation
from sitrep.extract.place_person_uses import (
    countries_read,
    listed_with_a_place,
    only_antecedent_of_a_pronoun,
    only_far_aliases,
    referred_to_by_a_pronoun,
)
from sitrep.extract.place_sites import LOCAL_BODY_HEADS, LOCAL_SEAT_POPULATION, SITE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Entry, Gazetteer

NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
PERSON_TITLES = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "cllr", "sen.", "rep.", "gov.",
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "uncle",
        "aunt", "coach", "judge", "officer", "detective", "sgt.", "lt.", "capt.", "col.", "gen.",
        "councillor", "councilman", "councilwoman", "professor", "prof.", "st.", "saint",
        "queen", "king", "prince", "princess", "sir", "lady", "lord", "president", "pope",
        "agent",
    }
)  # fmt: skip
# Titles no place name takes, not even a country's ("Mr. Jordan"; "St. Lucia" is a country).
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
PERSON_PROOF_LEVELS = frozenset({"PCLI", "CONT", "region", "SEA", "OCN", "GULF"})
# Prepositions that take a person as often as a place ("according to Preston", "a letter from Ito")
PERSON_PREPOSITIONS = frozenset({"to", "from"})
# Words that make a place name before them part of a disease's name ("Marburg virus")
DISEASE_WORDS = frozenset({"virus", "viruses", "fever", "disease", "syndrome", "encephalitis"})
# ... and those that do so only when capitalised: "Hong Kong Flu", not "the Texas flu season"
DISEASE_NAME_WORDS = frozenset({"Flu", "Influenza"})
# Words that open an organisation's name before its cause: "National Unity", "Northern Unity",
# "Patriotic Salvation". A place's own name that starts with a direction ("Northern Ireland") is
# read whole, so the word after one is never a place here.
CAUSE_OPENERS = frozenset({
    "National", "Northern", "Southern", "Eastern", "Western", "Patriotic", "Popular",
    "Democratic", "Revolutionary",
})  # fmt: skip
# Words a number after them turns into a marker's name: "Mile 90", "Route 9", "Gate 4".
MARKER_WORDS = frozenset({
    "mile", "kilometre", "kilometer", "km", "route", "highway", "gate", "block", "sector", "zone",
    "camp", "hill", "post", "exit", "junction", "checkpoint", "base", "platform", "terminal",
})  # fmt: skip
# Services named after what they guard: "Coast Guard", "Border Police".
SERVICE_NAMES = frozenset(
    {("Coast", "Guard"), ("Border", "Guard"), ("Border", "Police"), ("National", "Guard")}
)
# Words after "Name, 43," that open an apposition ("a teacher", "who"), making the number a
# person's age, as a singular verb after it does ("said", "has"); "were" and "while" follow
# counts in a list.
APPOSITION_OPENERS = frozenset({"a", "an", "the", "who", "whose"})
SINGULAR_VERB_TAGS = frozenset({"VBD", "VBZ", "MD"})
# Prepositions that put something in a place rather than name a cause ("in Marburg").
WHERE_WORDS = frozenset({"in", "near", "at", "outside", "around", "inside"})


def drop_non_places(
    ctx: DocContext, gazetteer: Gazetteer, mentions: list[Mention]
) -> list[Mention]:
    """The mentions that the article's usage does not show to be a language, a person's name,
    a common word or the start of another name. News capitalises place names, so a name
    written all in lower case is a common word the tagger misread ("the dead swan")."""
    aged = _aged_names(ctx, gazetteer)
    people = _person_words(ctx, aged)
    surnames = _surnames(ctx, gazetteer, aged)
    common = {t.text for t in ctx.doc if t.is_alpha and t.text.islower()}
    diseases = _disease_names(ctx)
    ends = {m.end for m in mentions if not m.demonym}
    countries = _countries_named(ctx, mentions)
    read_countries = countries_read(ctx.text, mentions)
    return [
        m
        for m in mentions
        if not ctx.text[m.start : m.end].islower()
        and not (m.demonym and _language_name(ctx, m))
        and not _person_name(ctx, m, people, surnames, read_countries)
        and not _common_word(ctx, m, common)
        and not _first_of_a_name(ctx, m, gazetteer)
        and not _names_a_disease(ctx, m)
        and not _disease_again(ctx, m, diseases)
        and not _national_cause(ctx, m)
        and not _glued_to_a_name(ctx, m)
        and not _branch_of_a_group(ctx, m)
        and not _between_nations(ctx, m)
        and not _ethnic_group(ctx, m, ends)
        and not _numbered_label(ctx, m)
        and not _names_a_service(ctx, m)
        and not _opening_modifier(ctx, m, countries)
        and not named_outlet(ctx, m)
        and not names_an_organisation(ctx, m)
        and not river_named_like_a_unit(ctx, m)
    ]


def _language_name(ctx: DocContext, mention: Mention) -> bool:
    """A nationality word standing alone as a singular noun names a language ("translated into
    Japanese", "learning Italian"), not a place; "the Irish" and "a German" are people, and
    "Russian troops" a modifier."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].text.endswith("s"):
        return False
    word = span[0]
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    if following is not None and following.is_alpha and not following.is_stop:
        return False  # a modifier the parser took for a noun ("in Hungarian prisons")
    role = word
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    determined = any(c.dep_ == "det" for t in {word, role} for c in t.children)
    return role.dep_ in NOUN_ROLES and not determined


def _person_words(ctx: DocContext, aged: set[str]) -> set[str]:
    """Surnames of the article's full person names ("Dewly Nelson" -> nelson), names given an
    age ("Nelson, 43,") and names after an honorific ("Mr. Nelson"; of "Dr Sabah Hussein" the
    last, so that "shelling hit Sabah" keeps the state)."""
    words = aged | {_last_of_name(t).lower_ for t in ctx.doc[1:] if t.nbor(-1).lower_ in HONORIFICS}
    for ent in ctx.doc.ents:
        if (
            ent.label_ == "PERSON"
            and len(ent) > 1
            and capitalised(ent[-1])
            and ent[0].lower_ not in SITE_HEADS | CITY_CUES
        ):
            words.add(ent[-1].lower_)
    return words


def _last_of_name(token: Token) -> Token:
    """The last capitalised word of the name that starts at `token` ("Sabah Hussein" -> Hussein)."""
    doc = token.doc
    while token.i + 1 < len(doc) and capitalised(doc[token.i + 1]) and doc[token.i + 1].is_alpha:
        if doc[token.i + 1].ent_type_ in {"DATE", "TIME"}:  # "Mr. Hassan Tuesday said"
            break
        token = doc[token.i + 1]
    return token


def _surnames(ctx: DocContext, gazetteer: Gazetteer, aged: set[str]) -> set[str]:
    """Surnames that a person bears elsewhere in the article: given an age ("Lindqvist, 41,"),
    or ending a full name whose first word names no town ("Erik Lindqvist"; not "Arklow Feis",
    a town's festival that the tagger reads as a person)."""
    words = set(aged)
    for ent in ctx.doc.ents:
        person = ent.label_ == "PERSON" and len(ent) == 2 and capitalised(ent[1])
        if person and not any(known_town(e) for e in lookup(gazetteer, ent[0].text)):
            words.add(ent[1].lower_)
    return words


def _person_name(
    ctx: DocContext,
    mention: Mention,
    people: set[str],
    surnames: set[str],
    read_countries: dict[str, set[str]],
) -> bool:
    """A one-word name that the article uses for a person: part of a full name given elsewhere,
    right after a title ("Cllr Morris", "brother Tyler"), in an attack's slot with a pronoun
    that refers back to it, or borne only as an alias by far places and tagged as a person (or
    not tagged, nor cued as a place)."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym:
        return False
    token = span[0]
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    if previous in HONORIFICS:
        return True
    if any(e.level in PERSON_PROOF_LEVELS for e in mention.entries):
        return False
    if previous in PERSON_TITLES:
        return True
    if token.lower_ in people and not _firmly_placed(token):
        return True
    if _before_a_surname(token, surnames):
        return True
    far = only_far_aliases(token.text, mention.entries, read_countries)
    if far and token.ent_type_ == "PERSON":
        return True  # a given name that only a far city bears, as an old name
    if person_struck([token]) or (attack_target([token]) and only_antecedent_of_a_pronoun(token)):
        return True  # "the attack on Lenox, a local reporter" or "... by his family", tagged
    if token.ent_type_ in {"GPE", "LOC"} or after_place_cue(token) or _names_a_passage(token):
        return False
    if names_a_camp(token.doc, token.i + 1, person=True):
        return False  # "Kakuma refugee camp": no person's name is followed so
    if far and not token.ent_type_:
        return True  # the same, untagged and uncued ("rockets hit Nadir")
    if attack_target([token]) and populated(mention.entries):
        # "the attack on Kherson": the place struck, whatever the tagger says; not "the attack
        # on Ravi was condemned by his family"
        return referred_to_by_a_pronoun(token)
    if holds_an_office(token):
        return False  # "Bayford Mayor", tagged as one person
    # tagged PERSON and known only by a minor place's name or another place's alias ("Levi"),
    # a tiny unit's among them ("Paul", a county of Cape Verde)
    return (
        token.ent_type_ == "PERSON"
        and not listed_with_a_place(token)
        and not any(
            e.kind == 0 and (e.level == "ADM2" or (important(e) and not _tiny_unit(e)))
            for e in mention.entries
        )
    )


def _aged_names(ctx: DocContext, gazetteer: Gazetteer) -> set[str]:
    """The names the article gives an age, in lower case, found once for every filter."""
    return {t.lower_ for t in ctx.doc if _given_an_age(t) and not place_count(t, gazetteer)}


def _given_an_age(token: Token) -> bool:
    """A capitalised name with an age set off by commas before an apposition or a person's verb:
    "Nelson, 43, said", "Nelson, 43, a teacher", even where the tagger calls the name a place.
    A name after a place cue carries a count ("in Tamale, 12, in the north"), and so does one
    before other words ("Tamale, 12, while", "Tamale, 12, and Wa, 3, were")."""
    age = token.doc[token.i + 1 : token.i + 5]
    return (
        len(age) == 4
        and _opens_apposition_or_verb(age[3])
        and token.is_title
        and token.is_alpha
        and age[0].text == age[2].text == ","
        and age[1].text.isdigit()
        and 0 < int(age[1].text) < 120
        and not after_place_cue(token)
    )


def _opens_apposition_or_verb(token: Token) -> bool:
    return token.lower_ in APPOSITION_OPENERS or (
        token.tag_ in SINGULAR_VERB_TAGS and token.lower_ != "were"
    )


def _before_a_surname(token: Token, people: set[str]) -> bool:
    """A town's name right before a surname the article gives a person elsewhere is that
    person's first name ("Bayford Lindqvist" beside "Ana Lindqvist" or "Lindqvist, 41,"), even
    where the tagger reads the two as a firm, and even where the surname is also a title
    ("Bayford King, 30,")."""
    following = token.doc[token.i + 1 : token.i + 2]
    return (
        bool(following)
        and following[0].lower_ in people
        and following[0].is_title
        and bool(token.whitespace_)
    )


def _names_a_passage(token: Token) -> bool:
    """ "the Lachin checkpoint": a passage is named after a place, not a person."""
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].text in PASSAGE_WORDS


def _tiny_unit(entry: Entry) -> bool:
    return entry.level == "ADM1" and entry.population < LOCAL_SEAT_POPULATION


def _firmly_placed(token: Token) -> bool:
    """A word the article also uses as a surname is still a place after a locative cue that
    rarely takes a person ("in Preston", not "according to Preston" or "in Preston's name"), or
    with a comma qualifier ("Salem, Oregon")."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    if following[:1].text in POSSESSIVES:
        return False
    if len(following) == 2 and following[0].text == "," and following[1].ent_type_ == "GPE":
        return True
    return after_place_cue(token) and token.nbor(-1).lower_ not in PERSON_PREPOSITIONS


def _common_word(ctx: DocContext, mention: Mention, common: set[str]) -> bool:
    """A one-word name that the article also writes in lower case is a common word there
    ("Luck", "Tank", "Media"), unless the tagger or a cue makes it a place."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym:
        return False
    token = span[0]
    if token.ent_type_ in {"GPE", "LOC"}:
        return False
    if token.lower_ not in common and not (
        _inside_title(token)
        and not any(important(e) and (e.kind == 0 or token.text.isupper()) for e in mention.entries)
    ):
        return False
    if any(e.level in PERSON_PROOF_LEVELS for e in mention.entries):
        return False
    return not after_place_cue(token)


def _national_cause(ctx: DocContext, mention: Mention) -> bool:
    """A word after "National" or "Northern" inside an organisation's name is its cause, not a
    place: the "National Unity Government" is no government of Unity State, nor the "Northern
    Unity Movement" of it, nor the "National Liberty Party" of Liberty, Texas."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or mention.demonym:
        return False
    before = ctx.doc[span.start - 1]
    inside_organisation = before.ent_type_ == "ORG" and span[0].ent_type_ == "ORG"
    return before.text in CAUSE_OPENERS and inside_organisation


def _glued_to_a_name(ctx: DocContext, mention: Mention) -> bool:
    """A minor name hyphened to the capitalised word after it opens another name: "Al" in
    "Al-Qaeda" is no town in Norway."""
    after = ctx.text[mention.end : mention.end + 2]
    if len(after) < 2 or after[0] != "-" or not after[1].isupper():
        return False
    return not any(important(e) for e in mention.entries)


def _branch_of_a_group(ctx: DocContext, mention: Mention) -> bool:
    """ "Islamic State Sahel Province", "Islamic State West Africa Province": the region names a
    branch of the group, which acts as the group does, not as the region's government."""
    return ctx.text[max(0, mention.start - 14) : mention.start] == "Islamic State "


def _numbered_label(ctx: DocContext, mention: Mention) -> bool:
    """ "the post at Mile 90", "Route 9": a marker word a number counts off names a marker, not
    the town of that word (Mile in Ethiopia); "Rio de Janeiro 84" is still the city."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.end >= len(ctx.doc):
        return False
    number = ctx.doc[span.end]
    return span[0].lower_ in MARKER_WORDS and number.like_num and number.head.i == span.start


def _names_a_service(ctx: DocContext, mention: Mention) -> bool:
    """ "the Philippine Coast Guard", "the State Border Guard": a word that opens a service's name
    is no place of that name (Tanzania's Coast Region)."""
    name = ctx.text[mention.start : mention.end]
    after = ctx.text[mention.end : mention.end + 8]
    return any(
        name == first and after.startswith((f" {second}", f"-{second}"))
        for first, second in SERVICE_NAMES
    )


def _countries_named(ctx: DocContext, mentions: list[Mention]) -> dict[str, set[str]]:
    """The countries of the names that can lie in only one country, with those names."""
    named: dict[str, set[str]] = {}
    for mention in mentions:
        countries = {e.country or "" for e in mention.entries}
        if len(countries) == 1 and "" not in countries:
            name = ctx.text[mention.start : mention.end]
            named.setdefault(countries.pop(), set()).add(name)
    return named


def _opening_modifier(ctx: DocContext, mention: Mention, named: dict[str, set[str]]) -> bool:
    """ "Mobile clinics treated 900 patients": a capitalised word opening a sentence before the
    common noun it qualifies, which the tagger does not call a place, names a kind of thing,
    unless another name of the article lies in the country of one of its readings (Mobile,
    Alabama, in a story that names Montgomery)."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym:
        return False
    token = span[0]
    if not token.is_sent_start or token.ent_type_ in {"GPE", "LOC"} or token.i + 1 >= len(ctx.doc):
        return False
    noun = ctx.doc[token.i + 1]
    if token.head.i != noun.i or noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if noun.text in LAND_NOUNS | BODY_NOUNS or any(
        e.level.startswith("PCL") for e in mention.entries
    ):
        return False  # "Nelson residents", "Vatican spokesman": the place's own people
    return not any(named.get(e.country or "", set()) - {token.text} for e in mention.entries)


def _between_nations(ctx: DocContext, mention: Mention) -> bool:
    """ "the Inter-American Commission": a word for what lies between the nations of a
    continent names none of them."""
    return mention.demonym and ctx.text[max(0, mention.start - 6) : mention.start].lower() in (
        "inter-",
        "intra-",
    )


def _ethnic_group(ctx: DocContext, mention: Mention, ends: set[int]) -> bool:
    """ "ethnic Armenians", "Kosovo Serbs", "ethnic Armenian forces": a people named as an ethnic
    group, or by the land they live in (a place named right before), is no state and says
    nothing of where anything happened."""
    if not mention.demonym:
        return False
    before = ctx.text[max(0, mention.start - 7) : mention.start]
    by_land = mention.start - 1 in ends and before.endswith(" ")  # not "Nigeria-Ukrainian"
    return before.lower() == "ethnic " or by_land


def _first_of_a_name(ctx: DocContext, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A minor town's name right before another capitalised word that is no place begins a
    person's or a company's name ("Hilliard Vantor", "Wantagh Dayle"), unless the words after
    it name a local body or a site ("Wantagh Municipal District", "Ilford Women's Club")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or mention.demonym or not mention.entries:
        return False
    if any(important(e) for e in mention.entries) or span.end >= len(ctx.doc):
        return False
    following = ctx.doc[span.end]
    if not (following.is_alpha and following.is_title) or lookup(gazetteer, following.text):
        return False
    if holds_an_office(span[0]):
        return False  # "Bayford Mayor Ana Ruiz": the town's own official
    run = [following]
    for token in ctx.doc[span.end + 1 : span.end + 4]:
        if not (capitalised(token) or token.lower_ in POSSESSIVES):
            break
        run.append(token)
    return not any(t.lower_ in SITE_HEADS | LOCAL_BODY_HEADS | FEATURE_CUES for t in run)


def _names_a_disease(ctx: DocContext, mention: Mention) -> bool:
    """A place name before "virus" or "fever" names the disease first found there ("Marburg
    virus", "Reston ebolavirus", "Minamata disease"); the article's places are elsewhere."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.end < len(ctx.doc) and _disease_word(ctx.doc[span.end])


def _disease_word(token: Token) -> bool:
    return (
        token.lower_ in DISEASE_WORDS
        or token.text in DISEASE_NAME_WORDS
        or (token.is_lower and token.text.endswith("virus"))
    )


def _disease_names(ctx: DocContext) -> set[str]:
    """The one- and two-word names the article puts before a disease word."""
    doc = ctx.doc
    return {
        doc[max(i - size, 0) : i].text
        for i in range(1, len(doc))
        if _disease_word(doc[i])
        for size in (1, 2)
    }


def _disease_again(ctx: DocContext, mention: Mention, diseases: set[str]) -> bool:
    """Once an article names a disease after a place ("Marburg virus"), the bare name is the
    disease too ("died of Marburg", "Marburg spreads by contact"), unless the text puts
    something in or near it, or names its state ("flown to Reston, Virginia")."""
    if ctx.text[mention.start : mention.end] not in diseases:
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or ctx.doc[span.start - 1].lower_ in WHERE_WORDS:
        return False
    qualifier = ctx.doc[span.end : span.end + 2]
    return not (len(qualifier) == 2 and qualifier[0].text == "," and qualifier[1].pos_ == "PROPN")


def _inside_title(token: Token) -> bool:
    """A word well inside a run of capitalised words ("British Touring Car Championship", "All
    The Luck") belongs to a title or a company name, not a place of its own."""
    if token.i < 2:
        return False
    previous = token.nbor(-1)
    return (
        previous.is_alpha
        and previous.text[:1].isupper()
        and not previous.is_sent_start
        and previous.ent_type_ not in {"GPE", "LOC"}
    )
