"""Words that say what kind of source a phrase names: outlets, media, officials' titles,
government bodies, documents and recordings. General English and general outlet names; used by
`sources.classify_source` and the attribution stages."""

from __future__ import annotations

# General outlet names; an ORG whose last word is a MEDIA_WORD also counts as media.
KNOWN_OUTLETS = (
    "The New York Times",
    "The Wall Street Journal",
    "The Washington Post",
    "The Guardian",
    "The Times",
    "The Financial Times",
    "The Economist",
    "The Telegraph",
    "The Independent",
    "The Associated Press",
    "Associated Press",
    "Reuters",
    "Agence France-Presse",
    "AFP",
    "Bloomberg",
    "Bloomberg News",
    "CNN",
    "BBC",
    "NBC",
    "NBC News",
    "ABC",
    "ABC News",
    "CBS",
    "CBS News",
    "Fox News",
    "MSNBC",
    "NPR",
    "Politico",
    "Axios",
    "Al Jazeera",
    "Al Arabiya",
    "Asharq Al-Awsat",
    "Anadolu",
    "Anadolu Agency",
    "IRNA",
    "Tasnim",
    "SANA",
    "WAFA",
    "Sky News",
    "France 24",
    "Deutsche Welle",
    "Der Spiegel",
    "Le Monde",
    "Interfax",
    "TASS",
    "RIA Novosti",
    "Ukrainska Pravda",
    "Kyiv Independent",
    "Yonhap",
    "Xinhua",
    "Kyodo",
    "Haaretz",
    "The Huffington Post",
    "HuffPost",
    "Breitbart",
    "Breitbart News",
    "USA Today",
    "The Hill",
    "Newsweek",
    "Time",
    "Vox",
    "BuzzFeed",
    "The Daily Beast",
    "The Atlantic",
    "The New Yorker",
    "Los Angeles Times",
    "Chicago Tribune",
    "The Boston Globe",
    "New York Post",
    "The Post",
    "The Journal",
    "CNBC",
    "C-SPAN",
)
MEDIA_WORDS = frozenset(
    {
        "times",
        "post",
        "journal",
        "news",
        "herald",
        "tribune",
        "telegraph",
        "guardian",
        "gazette",
        "globe",
        "daily",
        "magazine",
        "newspaper",
        "agency",
        "tv",
        "television",
        "radio",
        "press",
        "channel",
        "wire",
        "outlet",
        "network",
        "broadcaster",
        "pravda",
        "izvestia",
        "observer",
    }
)
MEDIA_NOUNS = frozenset(
    {
        "newspaper",
        "outlet",
        "broadcaster",
        "channel",
        "network",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "correspondent",
        "agency",
        "media",
        "paper",
        "tabloid",
        "magazine",
        "television",
        "radio",
    }
)
# Officers a state names to hear complaints ("the human rights ombudswoman, Ana Diaz").
OMBUDSMEN = frozenset({"ombudsman", "ombudswoman", "ombudsperson", "commissioner"})
OFFICIAL_NOUNS = OMBUDSMEN | frozenset(
    {
        "official",
        "authority",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "diplomat",
        "minister",
        "ministry",
        "source",
        "aide",
        "officer",
        "commander",
        "adviser",
        "advisor",
        "administration",
        "police",
        "military",
        "army",
        "prosecutor",
        "investigator",
        "governor",
        "mayor",
        "president",
        "lawmaker",
        "senator",
        "representative",
        "agency",
        "department",
        "secretary",
        "general",
        "intelligence",
        "staff",
        "command",
        "force",
        "service",
        "ambassador",
        "envoy",
        "leader",
        "chief",
        "head",
        "director",
        "regulator",
        "negotiator",
        "legislator",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "monarch",
    }
)
# Abbreviated ranks the English tokenizer splits from their stop ("Gen.", "Sen.", "Dr." it keeps):
# "said Brig. Gen. Ana Ruiz" then ends a sentence at "Brig." and the speaker is "Brig". The
# pipeline keeps them whole (`sitrep.nlp.load_pipeline`); listed here, away from spaCy, so that
# the linker and the store can read the ranks without loading it.
RANK_ABBREVIATIONS = (
    *("Brig", "Lt", "Lieut", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Spc"),
    *("Cmdr", "Cdr", "Comdr", "Cmdt", "Supt", "Insp", "Det"),
)
# Military and police ranks, written out and abbreviated as wire copy does ("Brig. Gen.", "Sgt.");
# the abbreviations are the ones the tokenizer keeps whole, plus "Gen." and "Adm." it keeps on its
# own, so a rank it keeps is a rank here too. "major" and "private" are left out: they open names
# and phrases that hold no rank ("Major League Baseball", "a private company").
RANKS = frozenset(
    {rank.lower() + "." for rank in RANK_ABBREVIATIONS}
    | {"gen.", "adm.", "brigadier", "captain", "lieutenant", "sergeant", "corporal"}
    | {"superintendent", "inspector", "general", "colonel", "admiral", "marshal"}
)
TITLE_WORDS = (
    RANKS
    | OMBUDSMEN
    | frozenset(
        {
            "president",
            "minister",
            "prime",
            "secretary",
            "sen.",
            "senator",
            "rep.",
            "representative",
            "gov.",
            "governor",
            "mayor",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "ambassador",
            "chancellor",
            "king",
            "queen",
            "prince",
            "emir",
            "sultan",
            "commander",
            "chief",
            "director",
            "official",
            "judge",
            "justice",
            "speaker",
            "leader",
            "envoy",
            "deputy",
            "vice",
            "adviser",
            "advisor",
            "head",
            "chairman",
            "chairwoman",
            "chair",
            "attorney",
            "prosecutor",
            "lawmaker",
            "diplomat",
            "sheriff",
            "councilman",
            "pope",
            "premier",
            "foreign",
            "defense",
            "defence",
            "interior",
            "nominee",
            "candidate",
        }
    )
)
# Titles that stand right before a person's name ("Governor Igor Rudenya", "army spokesman
# Sylvain Ekenge"), unlike the words that also open a body's name ("Foreign Ministry").
PERSON_TITLES = RANKS | frozenset(
    {"president", "minister", "secretary", "sen.", "senator", "rep.", "gov.", "governor"}
    | {"mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chancellor"}
    | {"king", "queen", "prince", "commander", "judge", "justice", "leader", "envoy"}
    | {"chairman", "chairwoman", "prosecutor", "lawmaker", "diplomat", "sheriff", "pope"}
    | {"premier", "emir", "sultan"}
    | OMBUDSMEN
)
GOVERNMENT_NOUNS = frozenset(
    {
        "government",
        "kremlin",
        "pentagon",
        "cabinet",
        "parliament",
        "ministry",
        "state",
        "administration",
        "congress",
        "senate",
        "white house",
        "regime",
        "junta",
        "presidency",
        "embassy",
    }
)
DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "statement",
        "document",
        "documents",
        "study",
        "survey",
        "poll",
        "letter",
        "filing",
        "memo",
        "data",
        "record",
        "records",
        "analysis",
        "assessment",
        "research",
        "estimate",
        "figures",
        "tally",
        "tallies",
        "count",
        "counts",
        "statistics",
        "release",
        "transcript",
        "indictment",
        "complaint",
        "ruling",
        "lawsuit",
        "map",
        "maps",
        "website",
        "audit",
        "review",
        "paper",
        "order",
        "resolution",
        "book",
        "memoir",
        "diary",
        "transcripts",
        "cable",
        "message",
        "messages",
        "journal",
        "gazette",
        "list",
        "notice",
        "log",
        "logs",
    }
)
# Document nouns that, in an organisation's name, are a body: "the Geological Survey of Valdor".
SURVEYING_BODIES = frozenset({"survey"})
VIDEO_NOUNS = frozenset(
    {
        "video",
        "videos",
        "clip",
        "clips",
        "footage",
        "image",
        "images",
        "photo",
        "photos",
        "photograph",
        "picture",
        "pictures",
        "imagery",
        "post",
        "posts",
        "tweet",
        "recording",
        "audio",
        "broadcast",
        "livestream",
    }
)
# A state's armed forces, military bodies and police: government when the state is named
# ("Sudan's army", "the U.S. Central Command", "Haiti's National Police") or the body is a
# proper name ("the Air Force"); a bare "police said" stays anonymous officials.
MILITARY_BODIES = frozenset(
    {"military", "army", "navy", "force", "command", "staff", "guard", "police"}
)
# Words that mark armed forces as no state's ("rebel forces", "the paramilitary force").
NON_STATE_WORDS = frozenset(
    {"rebel", "rebels", "insurgent", "insurgents", "paramilitary", "militant", "militia"}
)
# Offices and agencies of an organisation: a state's are government, an international
# organisation's ("the U.N. migration agency") are an organization.
BODY_NOUNS = frozenset(
    {"office", "agency", "programme", "program", "commission", "council", "mission"}
    | {"committee", "fund", "body", "panel"}
)
# Counts a state keeps: "according to Israeli tallies" cites the Israeli authorities.
STATE_COUNT_NOUNS = frozenset({"figures", "tally", "tallies", "statistics", "count", "counts"})
# Holders of public office whose office speaks for the state ("the regional prosecutor's office",
# "the governor's office"), unlike a company chairman's. A monarch is a head of state ("the
# emir's office", "Crown Prince Ali's office"); a secretary holds one only in a cabinet ("the
# Foreign Secretary's office"), not as a party's or the U.N.'s secretary general
# (`is_public_office`).
PUBLIC_OFFICE_HOLDERS = frozenset(
    {"prosecutor", "governor", "mayor", "president", "premier", "minister", "chancellor"}
    | {"sheriff", "ombudsman", "attorney", "secretary", "king", "queen", "emir", "sultan"}
    | {"monarch", "crown"}
)
# A monarch's word is a title only as a common noun or before a name ("the emir", "Queen
# Amira"), never as a surname ("Peter King", `source_office_holders`).
MONARCH_WORDS = frozenset({"king", "queen", "emir", "sultan", "monarch"})
# A secretary holds public office only in a cabinet ("the Foreign Secretary", "the Secretary
# of State"), not a party's, a union's, a company's or the U.N.'s secretary (general).
CABINET_WORDS = frozenset(
    {"foreign", "home", "interior", "defence", "defense", "state", "treasury", "cabinet"}
)


# What leaders lead when they hold no public office ("business leaders", "community leaders").
CIVIL_LEADER_MODIFIERS = frozenset(
    {"business", "community", "religious", "church", "civic", "student", "industry", "labor"}
    | {"labour", "faith", "civil", "society", "youth", "trade"}
)
# International organisations, by the canonical names of `actors.normalize_actor`.
INTERNATIONAL_ORGANIZATIONS = frozenset(
    {"United Nations", "European Union", "NATO", "Group of Seven", "Group of Twenty"}
)
# Nouns that name an organisation ("his party", "a rights group"), not a person.
ORGANIZATION_NOUNS = frozenset(
    {"party", "group", "organization", "organisation", "association", "union", "coalition"}
    | {"alliance", "movement", "charity", "foundation", "institute", "federation", "league"}
    | {"society", "ngo", "nonprofit", "watchdog", "monitor", "consortium", "company", "firm"}
    | {"militia"}
)
# Trade words that end a firm's name ("Poseidon Maritime", "Gulf Shipping", "Atlas Holdings"),
# which the tagger may take for a person's.
COMPANY_WORDS = frozenset(
    {"maritime", "shipping", "holdings", "logistics", "airlines", "airways", "energy", "corp"}
    | {"inc", "ltd", "llc", "plc", "tankers", "lines", "navigation", "petroleum", "mining"}
)
# Institutions that speak as a body ("the clinic said", "the city morgue recorded"): an
# organisation, not an unnamed person.
INSTITUTION_NOUNS = frozenset(
    {"hospital", "clinic", "morgue", "mortuary", "infirmary", "school", "university", "college"}
    | {"church", "diocese", "mosque", "bank", "airline", "museum", "orphanage", "shelter"}
    | {"campaign"}  # "the opposition candidate's campaign said": the candidate's staff
)
# What an organisation is called once named ("the group", "the militia", "the force").
GROUP_DESCRIPTIONS = ORGANIZATION_NOUNS | {"force", "paramilitary"}
# News agencies are media; other agencies are bodies of a state or an organisation.
NEWS_WORDS = frozenset({"news", "press", "wire"})
# Sites that are outlets when they say so ("the news website"), documents otherwise.
NEWS_SITES = frozenset({"website", "site", "portal"})


def is_public_office(title: set[str]) -> bool:
    """Whether the words of a title (lower case) name a public office: "attorney general", "home
    secretary", "crown prince"; not "secretary general" or "the party secretary"."""
    holders = title & PUBLIC_OFFICE_HOLDERS
    return bool(holders) and (holders != {"secretary"} or bool(title & CABINET_WORDS))
