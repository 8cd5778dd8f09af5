"""The geoparser on the seed article and on short texts that exercise each rule."""

from __future__ import annotations

import json

import pytest

from sitrep.extract.place_candidates import Choice, Mention, _cues
from sitrep.extract.place_resolution import _town_sizes
from sitrep.extract.places import extract_places, haversine_km, is_metonymic, resolve_spans
from sitrep.gazetteer import Entry

pytestmark = pytest.mark.model


@pytest.fixture
def places(make_context, gazetteer):
    def run(text: str):
        ctx = make_context(text)
        return ctx, extract_places(ctx, gazetteer)

    return run


def _at(places_found, text, word, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return next(p for p in places_found if p.start == start)


def test_every_place_reads_back_from_the_text(places, seed_text):
    _, found = places(seed_text)
    assert found
    assert all(seed_text[p.start : p.end] == p.text for p in found)


def test_seed_gold_places_resolve_within_tolerance(places, seed_text, shared):
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    _, found = places(seed_text)
    for item in gold["places"]:
        start = seed_text.index(item["evidence"]) + item["evidence"].index(item["mention"])
        place = next(p for p in found if p.start == start)
        assert haversine_km(place.lat, place.lon, item["lat"], item["lon"]) <= item.get(
            "tolerance_km", 161
        ), place
        if item["level"] in ("ADM1", "PPL", "PPLC", "PCLI"):
            assert place.level[:3] == item["level"][:3], place


def test_seed_gold_metonyms_are_actors(places, seed_text, shared):
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    _, found = places(seed_text)
    actors = 0
    for item in gold["metonyms"]:
        start = seed_text.index(item["evidence"]) + item["evidence"].index(item["mention"])
        place = next(p for p in found if p.start == start)
        if place.role == "actor":
            actors += 1
            assert place.refers_to == item["refers_to"]
    assert actors >= 5


def test_province_cue_picks_the_admin_unit(places):
    text = "Troops arrived in Kursk, the western Russian province, on Friday."
    _, found = places(text)
    kursk = _at(found, text, "Kursk")
    assert kursk.level == "ADM1" and kursk.country == "RU"


def test_city_cue_picks_the_city(places):
    text = "Missiles struck the Ukrainian city of Dnipro overnight."
    _, found = places(text)
    assert _at(found, text, "Dnipro").level.startswith("PPL")


def test_village_inside_named_region(places):
    text = "They trained at a site in the village of Sergeyevka in the Russian Far East region."
    _, found = places(text)
    village = _at(found, text, "Sergeyevka")
    assert village.country == "RU" and village.level == "PPL"


def test_mislabelled_names_are_recovered(places):
    text = "A drone struck an apartment building in Kyiv on Friday evening."
    _, found = places(text)
    assert _at(found, text, "Kyiv").country == "UA"


def test_names_inside_organisations(places):
    text = "The Kursk Regional Administration said shelling continued."
    _, found = places(text)
    assert any(p.text == "Kursk" and p.country == "RU" for p in found)


def test_person_names_are_not_places(places):
    text = "Russian President Vladimir Putin met Volodymyr Zelensky."
    _, found = places(text)
    assert {p.text for p in found} <= {"Russian"}


def test_demonyms_are_flagged(places, make_context, gazetteer):
    text = "Russian troops moved toward the border."
    _, found = places(text)
    (russia,) = found
    assert russia.demonym and russia.country == "RU" and russia.text == "Russian"
    assert extract_places(make_context(text), gazetteer, include_demonyms=False) == []


@pytest.mark.parametrize(
    ("text", "word", "refers_to"),
    [
        ("Moscow has slowly but steadily advanced.", "Moscow", "Russia"),
        ("Russia set its sights on Kyiv's positions there.", "Kyiv", "Ukraine"),
        ("He condemned the use of Pyongyang's forces.", "Pyongyang", "North Korea"),
        ("Officials expect a counteroffensive by Moscow.", "Moscow", "Russia"),
        ("Washington said it would send more aid.", "Washington", "United States"),
    ],
)
def test_metonyms(places, text, word, refers_to):
    _, found = places(text)
    place = _at(found, text, word)
    assert place.role == "actor" and place.refers_to == refers_to


def test_literal_capital_stays_a_location(places):
    text = "A drone struck an apartment building in Kyiv."
    _, found = places(text)
    assert _at(found, text, "Kyiv").role == "location"


def test_unknown_name_is_placed_at_the_articles_locality_and_says_so(make_context, gazetteer):
    text = "Fighting reached Qwxzzyville and Kharkiv on Monday."
    ctx = make_context(text)
    unknown, kharkiv = resolve_spans(ctx, gazetteer, [(17, 28), (33, 40)])
    assert kharkiv.country == "UA" and kharkiv.lat is not None
    assert (unknown.lat, unknown.lon) == (kharkiv.lat, kharkiv.lon)
    assert unknown.name is None and unknown.confidence <= 0.3
    assert "not in the gazetteer" in (unknown.unresolved_reason or "")


def test_unknown_name_alone_stays_unresolved(make_context, gazetteer):
    ctx = make_context("Fighting reached Qwxzzyville on Monday.")
    (unknown,) = resolve_spans(ctx, gazetteer, [(17, 28)])
    assert unknown.lat is None and unknown.unresolved_reason


def test_unknown_building_takes_the_known_place_in_its_name(make_context, gazetteer):
    text = "She was taken to Colchester General Hospital in Essex."
    ctx = make_context(text)
    hospital, _ = resolve_spans(ctx, gazetteer, [(17, 44), (48, 53)])
    assert hospital.country == "GB" and hospital.name == "Colchester"


@pytest.mark.parametrize(
    ("text", "word", "country", "admin1"),
    [
        ("The shooting in Parkland, Florida shocked the nation.", "Parkland", "US", "Florida"),
        ("Police in Portland, Maine, said the road was closed.", "Portland", "US", "Maine"),
    ],
)
def test_comma_qualifier_picks_the_place_inside_it(places, text, word, country, admin1):
    _, found = places(text)
    place = _at(found, text, word)
    assert place.country == country and admin1 in (place.admin1 or ""), place


@pytest.mark.parametrize(
    "text",
    [
        "Senators in Valdosta met on Monday. Georgia, the former Soviet republic, sent envoys.",
        "Senators in Valdosta met on Monday. Georgia, a small country, sent envoys.",
    ],
)
def test_a_country_cue_picks_the_country_over_a_namesake_state(places, text):
    _, found = places(text)
    assert _at(found, text, "Georgia").level == "PCLI"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Bavaria, the country's largest state, voted on Sunday.", {"state"}),
        ("Bavaria, the nation’s richest state, voted on Sunday.", {"state"}),
        ("Bavaria, a small country, voted on Sunday.", {"country"}),
    ],
)
def test_an_owner_named_in_a_description_is_no_cue_of_the_places_type(make_context, text, cues):
    """ "the country's largest state" calls the place a state; the country is only its owner."""
    assert _cues(make_context(text), [Mention(0, len("Bavaria"), ())]) == cues


def test_a_republic_cue_still_allows_a_republic_inside_a_country(places):
    text = "Factories shut in Kazan, the capital of Tatarstan, a republic on the Volga."
    _, found = places(text)
    assert _at(found, text, "Tatarstan").level == "ADM1"


def test_korea_alone_is_the_south_and_the_korean_peninsula_is_the_peninsula(places):
    text = "Exports from Korea rose. Warships sailed near the Korean peninsula on Monday."
    _, found = places(text)
    assert _at(found, text, "Korea").country == "KR"
    peninsula = _at(found, text, "Korean peninsula")
    assert peninsula.level == "region" and peninsula.text == "Korean peninsula"


def test_article_focus_country_decides_a_shared_name(places):
    text = (
        "Britain's army buried the sergeant on Friday. He was born in Manchester and grew up "
        "in Leeds, and served with British forces for ten years."
    )
    _, found = places(text)
    assert _at(found, text, "Manchester").country == "GB"


def test_state_abbreviation_resolves_to_the_state(make_context, gazetteer):
    text = "The plant in Richmond, Va., closed."
    ctx = make_context(text)
    richmond, virginia = resolve_spans(ctx, gazetteer, [(13, 21), (23, 26)])
    assert virginia.level == "ADM1" and virginia.country == "US"
    assert richmond.admin1 == virginia.name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iran's exports to Europe fell last year.", "Iran"),
        ("Tamil Nadu wants the board set up at once.", "Tamil Nadu"),
        ("Britain accuses Russia of the poisoning.", "Russia"),
        ("The Bulldogs scored 21 points against Louisville in the game.", "Louisville"),
        ("An aide said Ottawa was deeply troubled by the verdict.", "Ottawa"),
        ("Madrid was alarmed by the reports and urged calm.", "Madrid"),
    ],
)
def test_broader_metonyms(places, text, word):
    _, found = places(text)
    assert _at(found, text, word).role == "actor"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya's coast was hit by floods.", "Kenya"),
        ("Chile's death toll from the earthquake rose to 300.", "Chile"),
        ("Peru's floods killed dozens of people.", "Peru"),
        ("Russia's embassy in London issued a statement.", "Russia"),
        ("HSBC Malta said profits rose.", "Malta"),
        ("A chef from a cafe in Spokane, Washington shares recipes online.", "Washington"),
    ],
)
def test_literal_and_modifier_uses_stay_locations(places, text, word):
    _, found = places(text)
    assert all(p.role == "location" for p in found if p.text == word)


def test_ambiguous_name_is_flagged_with_candidates(make_context, gazetteer):
    text = "The fair was held in Springfield."
    ctx = make_context(text)
    (place,) = resolve_spans(ctx, gazetteer, [(21, 32)])
    assert place.ambiguous and len(place.candidates) >= 2


def test_silent_spans_are_skipped(places):
    text = "Shelling hit Kharkiv on Monday.\nPhoto: Kyiv Post / Getty Images\n"
    ctx, found = places(text)
    assert all(not ctx.is_silent(p.start, p.end) for p in found)


def test_metonymy_rule_needs_a_parse(make_context):
    ctx = make_context("Moscow said it would respond.")
    assert is_metonymic(ctx.doc[0])


def test_empty_text(places):
    _, found = places(" ")
    assert found == []


@pytest.mark.parametrize(
    ("text", "word", "level"),
    [
        ("Police in New York arrested two men on Friday.", "New York", "PPL"),
        ("Farmers in upstate New York lost their crops.", "New York", "ADM1"),
        ("He flew from Albany, New York, to Boston.", "New York", "ADM1"),
        ("Mexico signed the treaty.", "Mexico", "PCLI"),
    ],
)
def test_big_city_named_like_its_state_is_the_city_unless_cued(places, text, word, level):
    _, found = places(text)
    assert _at(found, text, word).level == level


def test_demonym_beats_a_small_town_of_the_same_name(make_context, gazetteer):
    text = "He was poisoned in the English city of Salisbury."
    start = text.index("English")
    (place,) = resolve_spans(make_context(text), gazetteer, [(start, start + len("English"))])
    assert place.name == "England"


def test_site_head_word_alone_is_no_place(make_context, gazetteer):
    text = "Crowds gathered in Chicago. A man was hurt on Press Street on Friday."
    start = text.index("Press Street")
    (place,) = resolve_spans(make_context(text), gazetteer, [(start, start + len("Press Street"))])
    assert place.name != "Street"  # a tiny town elsewhere, not where the site lies


@pytest.mark.model
def test_names_inside_a_foreign_street_name_are_not_towns(make_context, gazetteer) -> None:
    from sitrep.extract.places import extract_places

    text = (
        "The explosion targeted a bakery on the central street Rue Victor Hugo in the city of Lyon."
    )
    places = extract_places(make_context(text), gazetteer)
    assert all("Victor" not in (p.name or "") for p in places), places
    assert any(p.name == "Lyon" for p in places)


def test_a_persons_surname_is_not_a_place(places):
    _, found = places(
        "The plan was backed by councillor John Nelson. Nelson says heating costs will fall in Denver."
    )
    assert [p.text for p in found] == ["Denver"]


def test_titled_surname_is_not_a_place(places):
    _, found = places("Reacting to the figures, Cllr Morris said developers were slow.")
    assert [p.text for p in found] == []
    # an honorific names a person even where the name is a country's ("Mr. Jordan")
    _, found = places("Mr. Jordan called Paris home.")
    assert [p.text for p in found] == ["Paris"]
    # an agent's name, or a code name given as one ("Agent Orange"), is no town
    _, found = places("Veterans exposed to Agent Orange sought care in Hanoi.")
    assert [p.text for p in found] == ["Hanoi"]


def test_washington_dc_is_one_name(places):
    _, found = places("Murals are spreading in Washington, D.C., and elsewhere.")
    assert [p.text for p in found] == ["Washington, D.C."]
    assert found[0].country == "US"


def test_degree_abbreviation_is_no_town(places):
    _, found = places("I hold a BA in Divinity from a college in Ohio.")
    assert "BA" not in {p.text for p in found}
    assert "Ohio" in {p.text for p in found}


def test_organisation_named_by_a_translated_alias_is_no_town(places):
    _, found = places("The White House press secretary spoke on Monday.")
    assert all(p.name != "Casablanca" for p in found)


def test_state_name_is_the_state_not_its_citys_short_form(places):
    _, found = places("Teachers in Oklahoma walked out over pay.")
    assert [(p.text, p.level) for p in found] == [("Oklahoma", "ADM1")]


def test_country_name_is_the_country_not_its_namesake_state(places):
    _, found = places("Migrants crossed from Mexico into Texas.")
    assert found[0].level == "PCLI"


def test_great_britain_is_the_country(places):
    text = "Great Britain said on Monday it would send more aid to the region."
    _, found = places(text)
    assert _at(found, text, "Great Britain").level == "PCLI"


def test_a_unit_suffix_picks_the_unit(make_context, gazetteer):
    text = "Gunmen attacked a village in Sokoto State on Monday."
    start = text.index("Sokoto State")
    (place,) = resolve_spans(make_context(text), gazetteer, [(start, start + len("Sokoto State"))])
    assert place.level == "ADM1"


def test_a_town_leading_a_local_body_is_a_place(places):
    text = "The Slidell Police Department said the boy drowned in a pool on Sunday."
    _, found = places(text)
    assert any(p.text == "Slidell" for p in found)


def test_a_word_inside_a_title_is_no_place(places):
    text = "He sang Some Guys Have All The Luck at the theatre last night."
    _, found = places(text)
    assert not any(p.text == "Luck" for p in found)


def test_country_code_inside_an_organisation_is_the_country(places):
    text = "The US Trade Department announced new tariffs on steel."
    _, found = places(text)
    assert _at(found, text, "US").country == "US"


def test_the_gulf_is_the_sea(places):
    text = "Tankers crossed the Gulf after talks in Qatar."
    _, found = places(text)
    assert _at(found, text, "Gulf").level == "GULF"


def test_a_big_city_is_not_displaced_by_a_small_namesake_in_a_named_state(places):
    text = "The governor of Ohio flew to Toronto on Sunday for trade talks."
    _, found = places(text)
    assert _at(found, text, "Toronto").country == "CA"


def test_comma_in_qualifier_places_the_town(places):
    text = "Floods hit Paris, in Lamar County, Texas, on Monday."
    _, found = places(text)
    assert _at(found, text, "Paris").admin1 == "Texas"


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Anne Preston spoke on Monday. According to Preston, the talks failed.",
        "Councillor Anne Preston spoke on Monday. The post was offered to Preston in May.",
    ],
)
def test_a_surname_after_to_is_the_person(places, text):
    _, found = places(text)
    assert [p.text for p in found] == []


def test_a_surname_placed_by_a_qualifier_stays_a_place(places):
    text = "Dr. Ann Salem spoke on Monday. The samples were shipped to Salem, Oregon."
    _, found = places(text)
    assert _at(found, text, "Salem", occurrence=1).admin1 == "Oregon"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She won the European Car of the Year award for the small hatchback.", "Car"),
        ("The Drug Enforcement Administration seized the cargo.", "Drug"),
        ("The Centre will send more funds to the states, the minister said.", "Centre"),
    ],
)
def test_words_that_only_look_like_places(places, text, word):
    _, found = places(text)
    assert word not in {p.text for p in found}


def test_a_foreign_alias_inside_an_organisation_is_no_town(places):
    text = "The Venice Film Festival opened on Wednesday."
    _, found = places(text)
    assert all(p.name != "Dayton" for p in found)


def test_washington_dc_is_the_capital_even_where_the_state_is_named(places):
    text = "She lived in Seattle and Spokane before moving to Washington, D.C., last year."
    _, found = places(text)
    assert _at(found, text, "Washington, D.C.").level == "PPLC"


@pytest.mark.parametrize(
    "text",
    [
        "The fund bought a stake in ZENTRA, a software maker.",
        "The money will be spent in Norvatek's new research centre.",
    ],
)
def test_unknown_acronyms_and_owners_after_a_cue_are_no_places(places, text):
    _, found = places(text)
    assert [p.text for p in found] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The manual was translated into Japanese last year.", "Japanese"),
        ("She is learning Italian at night school.", "Italian"),
    ],
)
def test_a_language_is_no_place(places, text, word):
    _, found = places(text)
    assert word not in {p.text for p in found}


def test_a_nationality_modifying_a_noun_stays_a_place(places):
    text = "Russian troops crossed the border at dawn."
    _, found = places(text)
    assert _at(found, text, "Russian").country == "RU"


def test_a_minor_town_name_opening_a_company_name_is_no_place(places):
    text = "He later held roles at Lombard Odier and other banks."
    _, found = places(text)
    assert "Lombard" not in {p.text for p in found}


def test_a_town_owning_a_street_is_a_place_and_holds_the_street(places):
    text = "By a staff writer | Nairobi’s Fifth Avenue will be repaved next year."
    _, found = places(text)
    assert _at(found, text, "Nairobi").country == "KE"
    assert _at(found, text, "Fifth Avenue").country == "KE"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("WANTAGH, N.Y. – A local maker of pumps said on Monday it would expand.", "WANTAGH"),
        ("MONTPELIER – Police announced an arrest on Friday.", "MONTPELIER"),
    ],
)
def test_a_dateline_in_capitals_is_a_place(places, text, word):
    _, found = places(text)
    assert _at(found, text, word).country == "US"


def test_an_acronym_opening_a_sentence_with_a_clause_is_no_dateline(places):
    """ "NATO, whose ... said": a town called Nato is no dateline for an alliance."""
    text = "NATO, whose mission has 4,000 troops in the region, said it would send more."
    _, found = places(text)
    assert "NATO" not in {p.text for p in found}


def test_a_word_for_between_nations_names_none_of_them(places):
    text = "The Inter-American Court of Human Rights ruled against the state."
    _, found = places(text)
    assert found == []


def test_a_nationality_opening_a_sentence_is_a_place(places):
    text = "Guatemalan migrants waited at the border crossing."
    _, found = places(text)
    assert _at(found, text, "Guatemalan").country == "GT"


def test_a_first_name_that_is_only_a_tiny_unit_is_the_person(places):
    text = "Analysts Paul Weber and Michael Brandt outlined their plans."
    _, found = places(text)
    assert not {"Paul", "Michael"} & {p.text for p in found}


def test_a_town_by_its_own_name_beats_an_alias_of_a_bigger_one(places):
    text = "The fair was held in the town of Centralia on Saturday."
    _, found = places(text)
    assert _at(found, text, "Centralia").name == "Centralia"


def test_a_country_modifying_a_currency_is_a_place(places):
    text = "The contract is worth 40 million US dollars, officials said."
    _, found = places(text)
    assert _at(found, text, "US").country == "US"


def test_a_country_abbreviated_with_an_ampersand_is_the_country(places):
    text = "Officials said T&T would reopen the ferry route next week."
    _, found = places(text)
    assert _at(found, text, "T&T").country == "TT"


def test_a_small_town_qualified_by_its_state_is_a_place(places):
    text = "Workers at the Carrollton, Georgia plant walked out on Monday."
    _, found = places(text)
    assert _at(found, text, "Carrollton").admin1 == "Georgia"


def test_a_street_tagged_as_an_organisation_is_a_site(places):
    text = "The parade rolled down Magazine Street in New Orleans on Sunday."
    _, found = places(text)
    assert _at(found, text, "Magazine Street").admin1 == "Louisiana"


def test_a_street_is_not_placed_at_the_town_it_is_named_after(places):
    text = "The shop opened on Jefferson Avenue in Detroit last week."
    _, found = places(text)
    assert _at(found, text, "Jefferson Avenue").admin1 == "Michigan"


def test_an_unknown_name_takes_the_important_place_inside_it(make_context, gazetteer):
    text = "The Bank of Canada raised its key rate."
    start = text.index("Bank of Canada")
    end = start + len("Bank of Canada")
    (place,) = resolve_spans(make_context(text), gazetteer, [(start, end)])
    assert place.name == "Canada"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jane and Tom Ferris of Wantagh appeared on the show.", "Wantagh"),
        ("Mr Patel, of Ilford, was not hurt in the crash.", "Ilford"),
    ],
)
def test_where_a_person_is_from_is_a_place(places, text, word):
    _, found = places(text)
    assert word in {p.text for p in found}


def test_a_person_of_a_longer_name_is_no_residence(places):
    text = "The striker James Ward of Queens Park Rangers scored twice."
    _, found = places(text)
    assert "Queens Park" not in {p.text for p in found}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police closed Marlowe Drive after the crash.", "Marlowe Drive"),
        ("The victim lived on Alvarez Lane.", "Alvarez Lane"),
    ],
)
def test_a_site_tagged_as_a_person_is_a_site(places, text, word):
    _, found = places(text)
    assert word in {p.text for p in found}


@pytest.mark.parametrize(
    ("text", "country", "level"),
    [
        (
            "The Seattle company will open three stores on the West Coast, starting in Oregon.",
            "US",
            "region",
        ),
        (
            "Heavy rain closed the highway on the West Coast, and Greymouth residents left their "
            "homes, New Zealand police said.",
            "NZ",
            "ADM1",
        ),
    ],
)
def test_a_region_yields_to_a_namesake_in_the_only_country_named(places, text, country, level):
    _, found = places(text)
    west_coast = _at(found, text, "West Coast")
    assert (west_coast.country, west_coast.level) == (country, level)


def test_a_region_inside_an_organisation_name_beats_the_country_inside_it(places):
    text = "The governor met the head of the Niger Delta Development Commission on Monday."
    _, found = places(text)
    assert _at(found, text, "Niger Delta").level == "region"
    assert "Niger" not in {p.text for p in found}


def test_a_region_with_its_own_authorities_acts(places):
    text = "Crimea accused Kyiv of cutting off its water."
    _, found = places(text)
    assert _at(found, text, "Crimea").role == "actor"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The talks discussed giving Russia a fresh chance to sell grain.", "Russia"),
        ("He backed new sanctions against Iran on Tuesday.", "Iran"),
        ("The plan would strain the trade relationship between Mexico and Canada.", "Mexico"),
        ("Officials hope to forge a trade deal with China this year.", "China"),
        ("Iran is accused of every failure in the report.", "Iran"),
        ("The step was also taken by Latvia, Malta, Portugal and Slovenia.", "Portugal"),
        ("Armenia puts heavy pressure on Georgia and blocks the pipeline.", "Georgia"),
        ("The charity expects approval from Georgia to rebuild schools.", "Georgia"),
        ("She added that Iran is concerned over the delays.", "Iran"),
        ("The cases prompted Japan to consider importing beef.", "Japan"),
        ("The inquiry blamed the Iraqi government and Iran for the raids.", "Iran"),
        ("The summit pledged more support for Kyiv this winter.", "Kyiv"),
        ("Both sides prepared for the Russia-Ukraine talks in Istanbul.", "Russia"),
    ],
)
def test_recipients_targets_and_partners_are_actors(places, text, word):
    _, found = places(text)
    assert _at(found, text, word).role == "actor"


@pytest.mark.parametrize(
    "text",
    [
        "Doctors confirmed a case of Marburg virus in the capital.",
        "Tests showed antibodies against the Reston ebolavirus.",
        "Patients fell ill with Lassa fever last week.",
    ],
)
def test_a_place_in_a_diseases_name_is_no_place(places, text):
    _, found = places(text)
    assert not any(p.text in {"Marburg", "Reston", "Lassa"} for p in found)


def test_a_lower_case_word_is_no_place(places):
    text = "Samples taken from the dead swan were sent to a laboratory in Glasgow."
    _, found = places(text)
    assert [p.text for p in found] == ["Glasgow"]


def test_a_country_short_form_read_as_a_nationality_is_a_demonym(places):
    text = "Saudi authorities said four more people are in hospital in Riyadh."
    _, found = places(text)
    assert _at(found, text, "Saudi").demonym
    assert _at(found, text, "Riyadh").country == "SA"


def test_a_hyphenated_country_name_is_read_whole(places):
    text = "Cases were reported in Guinea, Guinea-Bissau, Liberia and Senegal."
    _, found = places(text)
    assert _at(found, text, "Guinea-Bissau").country == "GW"
    assert not any(p.text == "Bissau" for p in found)


def test_a_country_name_split_at_of_is_read_whole(places):
    text = "Polio cases rose in Angola, Chad, and Democratic Republic of the Congo."
    _, found = places(text)
    assert _at(found, text, "Democratic Republic of the Congo").country == "CD"


def test_a_village_does_not_take_its_units_support_from_a_namesake_unit(places):
    text = "Hospitals prepared for 48,000 deaths in Wales and in England during a pandemic."
    _, found = places(text)
    assert _at(found, text, "Wales").level == "ADM1"


@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        ("Heavy rain flooded roads across Yorkshire on Sunday.", "Yorkshire", "Yorkshire", "GB"),
        (
            "Fishermen on Lake Victoria reported a poor catch.",
            "Lake Victoria",
            "Lake Victoria",
            None,
        ),
        ("Typhoon winds battered northern Luzon overnight.", "Luzon", "Luzon", "PH"),
    ],
)
def test_natural_features_and_regions_are_read_as_regions(places, text, word, name, country):
    _, found = places(text)
    place = _at(found, text, word)
    assert (place.name, place.level, place.country) == (name, "region", country), place


@pytest.mark.parametrize(
    "text",
    [
        "Tanks entered Khan Younis on Monday.",
        "The army shelled positions east of Khan Younis.",
    ],
)
def test_a_town_the_tagger_takes_for_a_person_is_placed_by_its_verb_or_side(places, text):
    _, found = places(text)
    assert _at(found, text, "Khan Younis").country == "PS"


def test_a_person_after_a_capture_verb_stays_a_person(places):
    _, found = places("Police captured Ahmed Khan on Monday.")
    assert found == []


def test_a_dateline_capital_is_where_the_story_was_filed(places):
    text = "MOSCOW, Russia — Police detained dozens of protesters on Sunday."
    _, found = places(text)
    assert _at(found, text, "MOSCOW").role == "location"


@pytest.mark.parametrize(
    "text",
    [
        "Troops captured the village of Vyshneve in the Donetsk region on Sunday.",
        "Troops captured the village of Vyshneve in eastern Ukraine's Donetsk region.",
    ],
)
def test_a_namesake_outside_the_stated_region_is_not_taken(places, text):
    _, found = places(text)
    village = _at(found, text, "Vyshneve")
    assert village.admin1 == "Donetsk Oblast" and village.name is None
    assert "Donetsk Oblast" in (village.unresolved_reason or "")


def test_an_unknown_town_stays_in_the_region_its_country_owns_at_every_mention(places):
    """ "in South Sudan's Upper Nile state": the state, not the country and not the dateline's
    capital, is where the town the gazetteer lacks lies, however often it is named."""
    text = (
        "JUBA (Reuters) - Gunmen overran a post in the village of Kafunda in South Sudan's Upper "
        "Nile state on Monday. Troops later withdrew from Kafunda, officials in Juba said."
    )
    _, found = places(text)
    for occurrence in (0, 1):
        village = _at(found, text, "Kafunda", occurrence)
        assert (village.name, village.admin1) == (None, "Upper Nile State")


@pytest.mark.parametrize(
    ("text", "word", "country", "admin1"),
    [
        # a namesake abroad (Kaya of Burkina Faso) is no village in a Nigerian district
        (
            "Gunmen raided the village of Kaya in Maradun local government area on Saturday.",
            "Kaya",
            "NG",
            "Zamfara State",
        ),
        (
            "Pupils were taken from a school in Dunkolo, in neighbouring Kaduna state.",
            "Dunkolo",
            "NG",
            "Kaduna State",
        ),
        # "X lies in Y": where the gazetteer lacks X, not at the dateline's capital abroad
        (
            "BELGRADE (Reuters) - Police fired on gunmen near the village of Vrbanjska. Vrbanjska lies "
            "in Zvecan municipality, 15 km from the border.",
            "Vrbanjska",
            "XK",
            "Mitrovica",
        ),
    ],
)
def test_a_name_the_stated_area_lacks_stays_in_that_area(places, text, word, country, admin1):
    _, found = places(text)
    village = _at(found, text, word)
    assert (village.name, village.country, village.admin1) == (None, country, admin1)


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell in Stepanakert, which Baku calls Khankendi, on Tuesday. Families left "
        "Stepanakert by car.",
        "Shells fell around Stepanakert, the main city, also known as Khankendi.",
    ],
)
def test_a_name_the_gazetteer_lacks_is_the_place_its_other_name_is(places, text):
    """The other name given in the same breath says where the first one is, at every mention."""
    _, found = places(text)
    named = [p for p in found if p.text == "Stepanakert"]
    assert named and all((p.name, p.country) == ("Khankendi", "AZ") for p in named)


def test_a_town_inside_the_stated_region_resolves(places):
    text = "Shelling hit the town of Pokrovsk in the Donetsk region on Sunday."
    _, found = places(text)
    town = _at(found, text, "Pokrovsk")
    assert town.admin1 == "Donetsk Oblast" and town.level.startswith("PPL")


def test_small_towns_listed_beside_a_known_one_are_places(places):
    text = "Floods cut roads between Canberra, Parkes and Forbes on Monday."
    _, found = places(text)
    assert {"Canberra", "Parkes", "Forbes"} <= {p.text for p in found}
    assert all(p.country == "AU" for p in found if p.text in {"Parkes", "Forbes"})


def test_a_list_of_first_names_takes_no_towns_from_a_place_in_it(places):
    text = "Relatives of Helen, Clarence and Doris met in Madison."
    _, found = places(text)
    assert "Clarence" not in {p.text for p in found}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Leeds said it would appeal against the fine.", "Leeds"),
        ("Dallas won again after a loss to Denver on Friday.", "Denver"),
        ("Fans cheered the late goal against Burnley.", "Burnley"),
        ("The Wildcats outlasted Memphis in overtime.", "Memphis"),
    ],
)
def test_towns_acting_or_playing_are_actors(places, text, word):
    _, found = places(text)
    assert _at(found, text, word).role == "actor"


def test_a_body_named_after_a_place_does_not_make_the_place_act(make_context, gazetteer):
    text = "Ohio State University announced new fees."
    (university,) = resolve_spans(make_context(text), gazetteer, [(0, 21)])
    assert university.role == "location"


def test_a_disease_named_after_a_place_stays_a_disease_when_named_alone(places):
    text = "Doctors fear the Marburg virus. Patients with Marburg die within days."
    _, found = places(text)
    assert "Marburg" not in {p.text for p in found}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Fuel prices rose in Alabama and Georgia this week.", "Georgia", "US"),
        ("Flu spread from New Jersey to Ontario, Quebec and New Brunswick.", "New Brunswick", "CA"),
    ],
)
def test_a_name_listed_with_states_of_one_country_is_another_of_them(places, text, word, country):
    _, found = places(text)
    place = _at(found, text, word)
    assert (place.level, place.country) == ("ADM1", country)


def test_a_name_listed_with_countries_is_a_country(places):
    text = "Refugees from Nigeria reached Mali, Niger, and Chad."
    _, found = places(text)
    niger = _at(found, text, "Niger,")
    assert (niger.level, niger.country) == ("PCLI", "NE")


def test_a_foreign_alias_does_not_make_a_state_a_city_in_a_list(places):
    text = "The band toured Chicago and Florida last summer."
    _, found = places(text)
    florida = _at(found, text, "Florida")
    assert (florida.level, florida.country) == ("ADM1", "US")


def test_a_county_named_after_a_town_is_the_county(places):
    text = "The council met in Ipswich, Suffolk."
    _, found = places(text)
    suffolk = _at(found, text, "Suffolk")
    assert (suffolk.level, suffolk.country) == ("ADM2", "GB")


def test_a_town_named_like_a_queen_is_no_place_after_the_title(places):
    text = "He works at the Queen Elizabeth Hospital in Birmingham."
    _, found = places(text)
    assert "Elizabeth" not in {p.text for p in found}


def test_a_features_kind_word_is_not_the_unit_it_also_names(places):
    _, found = places("Oil washed ashore in Kestrel Bay on Sunday.")
    assert not any(p.level == "ADM1" for p in found)


def test_a_country_named_with_and_is_one_place(places):
    text = "The ambassador of Trinidad and Tobago left the talks early."
    _, found = places(text)
    assert [p.text for p in found] == ["Trinidad and Tobago"]


def test_a_small_namesake_in_the_focus_country_does_not_beat_a_far_larger_city(places):
    text = (
        "The US Army said the soldier, who served in Texas, Kentucky and Virginia, died in "
        "Syria. He was born in Manchester. His parents still live in the UK."
    )
    _, found = places(text)
    assert _at(found, text, "Manchester").country == "GB"


def test_a_big_citys_spelling_is_not_owned_by_a_small_namesake(places):
    text = (
        "Russia will expel 40 US diplomats, officials in Moscow said. Russia also told the "
        "US mission in St. Petersburg to shut, and Moscow and Kazan will hold talks."
    )
    _, found = places(text)
    assert _at(found, text, "St. Petersburg").country == "RU"


def test_a_country_code_inside_a_body_name_places_it(make_context, gazetteer):
    text = "The US Federal Reserve raised rates again."
    (reserve,) = resolve_spans(make_context(text), gazetteer, [(4, 22)])
    assert (reserve.level, reserve.country) == ("PCLI", "US")


def test_a_hyphenated_dateline_is_one_place(places):
    text = "PORT-AU-PRINCE, Oct 5 (AP) — Police sent reinforcements to the north on Friday."
    _, found = places(text)
    assert _at(found, text, "PORT-AU-PRINCE").name == "Port-au-Prince"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A fire broke out at a power plant in the Tver region.", "Tver", ("ADM1", "RU")),
        ("Drones hit a refinery in the Moscow region overnight.", "Moscow", ("ADM1", "RU")),
        ("Shelling hit the Kyiv region overnight.", "Kyiv", ("ADM1", "UA")),
    ],
)
def test_a_name_with_its_unit_word_after_it_is_the_unit(places, text, word, expected):
    _, found = places(text)
    place = _at(found, text, word)
    assert (place.level, place.country) == expected
    assert "Oblast" in place.name


def test_the_unit_word_settles_its_mention_whatever_the_name_reads_as_elsewhere(places):
    text = "MOSCOW, Sept 1 (Reuters) - Drones hit a refinery in the Moscow region, officials said."
    _, found = places(text)
    assert _at(found, text, "MOSCOW").role == "location"
    assert _at(found, text, "Moscow").name == "Moscow Oblast"


def test_a_capital_named_alone_stays_the_capital_beside_its_region(places):
    text = "Kyiv and Moscow swapped prisoners. Drones were downed over the Moscow region."
    _, found = places(text)
    first, second = (p for p in found if text[p.start : p.end] == "Moscow")
    assert (first.name, first.level) == ("Moscow", "PPLC")
    assert second.name == "Moscow Oblast"


def test_an_unknown_town_tagged_as_an_organisation_is_still_a_place(places):
    text = "Gunmen attacked the town of Pont-Lavande in Haiti's Artibonite region on Thursday."
    _, found = places(text)
    town = _at(found, text, "Pont-Lavande")
    assert (town.role, town.country) == ("location", "HT")


@pytest.mark.parametrize(
    ("text", "word", "level"),
    [
        ("Residents of Kidal said they heard explosions overnight.", "Kidal", "PPL"),
        ("Residents of Texas braced for the storm.", "Texas", "ADM1"),
    ],
)
def test_residents_of_a_place_name_the_town_unless_only_a_state_fits(places, text, word, level):
    _, found = places(text)
    assert _at(found, text, word).level == level


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels advanced on Goma, in eastern Congo, on Monday.", "CD"),
        ("Congo said the rebels had seized Bukavu, in South Kivu.", "CD"),
        ("Congo will play Ghana in the final.", "CD"),  # no place to choose by: wire style's
    ],
)
def test_congo_is_the_congo_the_other_places_lie_in(places, text, country):
    _, found = places(text)
    assert _at(found, text, "Congo").country == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Wounded were taken to Madina hospital in Mombasa, Kenyan police said.", "Madina", "KE"),
        ("Crowds had gathered at Lido beach, officials in Mogadishu said.", "Lido beach", "SO"),
        # a township is local even when a sizeable town abroad shares its name
        ("Troops burned homes in Kani township, in Myanmar's Sagaing region.", "Kani", "MM"),
        # a jail's name, not the province of Equatorial Guinea
        ("Inmates rioted in the Litoral penitentiary in Guayaquil, Ecuador.", "Litoral", "EC"),
    ],
)
def test_a_landmark_named_like_a_faraway_town_is_placed_in_the_story(places, text, word, country):
    _, found = places(text)
    landmark = _at(found, text, word)
    assert (landmark.name, landmark.country) == (None, country)
    assert landmark.unresolved_reason


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "Sewage closed the shore in Imperial Beach, near Tijuana, Mexico.",
            "Imperial",
            "Imperial Beach",
        ),
        ("Refugees from Pakistan flew out of Kabul airport on Monday.", "Kabul", "Kabul"),
    ],
)
def test_a_known_town_or_a_well_known_place_keeps_its_reading_by_a_landmark_word(
    places, text, word, name
):
    _, found = places(text)
    assert _at(found, text, word).name == name


def test_the_village_of_a_two_word_name_is_not_its_first_word(places):
    text = "Jets bombed the village of Kan Thar in Myanmar on Sunday, residents said."
    _, found = places(text)
    assert "Kan" not in {p.text for p in found}


def test_the_capital_of_a_name_makes_it_no_city(places):
    text = "Gunmen attacked a hotel in Brazzaville, the capital of Congo, on Monday."
    _, found = places(text)
    assert _at(found, text, "Congo").level == "PCLI"


@pytest.mark.parametrize(
    "text",
    [
        "The shadow National Unity Government said the army shelled villages near Mandalay.",
        "Fighters of the Southern Unity Front said the army shelled villages near Mandalay.",
    ],
)
def test_a_word_after_national_in_an_organisations_name_is_no_place(places, text):
    _, found = places(text)
    assert [text[p.start : p.end] for p in found] == ["Mandalay"]


@pytest.mark.parametrize(
    "text",
    [
        "A glide bomb struck a residential area of Kostiantynivka on Tuesday evening.",
        "A drone hit an industrial area of Druzhkivka overnight.",
    ],
)
def test_a_town_named_after_an_area_of_is_a_place(places, text):
    _, found = places(text)
    assert [p.country for p in found] == ["UA"]


def test_a_small_unit_named_with_its_unit_word_after_it_is_found(places):
    text = "A roadside bomb hit a police van in the Lakki Marwat district on Monday."
    _, found = places(text)
    assert [(p.name, p.level) for p in found] == [("Lakki Marwat District", "ADM2")]


def test_one_plural_unit_word_after_coordinated_names_makes_each_a_region(places):
    text = "Drones were shot down over the Belgorod and Kursk regions, officials said."
    _, found = places(text)
    assert [(p.name, p.level) for p in found] == [
        ("Belgorod Oblast", "ADM1"),
        ("Kursk Oblast", "ADM1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The army blamed groups linked to Al-Qaeda for the ambush.",
        "The Islamic State Sahel Province claimed the ambush on Friday.",
    ],
)
def test_a_word_of_an_armed_groups_name_is_no_place(places, text):
    _, found = places(text)
    assert found == []


def test_an_arabic_town_written_with_a_final_h_is_found(places):
    text = "The tanker was hit 50 nautical miles west of Hodeidah on Monday."
    _, found = places(text)
    assert [(p.name, p.country) for p in found] == [("Al Ḩudaydah", "YE")]


def test_a_name_placed_once_by_its_cue_is_a_place_when_named_again(places):
    text = (
        "Troops retook the town of Kavumbwe on Monday. Rebels had held Kavumbwe since March, "
        "officials said."
    )
    _, found = places(text)
    assert [text[p.start : p.end] for p in found] == ["Kavumbwe", "Kavumbwe"]


def test_a_town_said_to_be_nearby_is_not_a_namesake_far_away(places):
    text = "Families fled Jenin in the West Bank on foot for the nearby town of Burqin."
    _, found = places(text)
    town = _at(found, text, "Burqin")
    assert (town.name, town.country) == (None, "PS")
    assert town.unresolved_reason


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kenya patrolled the road between Witu and Kiunga on Monday.",
        "Police in Kenya patrolled the road between Kiunga and Witu on Monday.",
    ],
)
def test_a_town_paired_with_a_local_one_is_not_a_namesake_far_away(places, text):
    """The gazetteer's only Kiunga is in Papua New Guinea; the road runs from a Kenyan town."""
    _, found = places(text)
    town = _at(found, text, "Kiunga")
    assert (town.name, town.country) == (None, "KE")


def test_a_town_name_opening_a_sentence_as_a_modifier_is_no_place(places):
    """ "Mobile clinics" in a story on Africa: a kind of clinic, not Mobile, Alabama."""
    text = (
        "Food reached Bangui in the Central African Republic. Mobile clinics treated 900 patients."
    )
    _, found = places(text)
    assert "Mobile" not in [p.text for p in found]


def test_an_arabic_town_written_without_its_final_h_is_found(places):
    text = "Settlers set fire to cars in a village near Qalqilya on Monday."
    _, found = places(text)
    assert [(p.name, p.country) for p in found] == [("Qalqīlyah", "PS")]


def test_a_region_the_tagger_read_as_part_of_a_date_is_a_place(places):
    text = "The government declared a state of emergency in Amhara in August 2023."
    _, found = places(text)
    assert [(text[p.start : p.end], p.level, p.country) for p in found] == [
        ("Amhara", "ADM1", "ET")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessor picks the namesake: Iraq's region, not Iran's province of the name
        (
            "Drones struck Erbil in Iraq's Kurdistan region on Friday.",
            [("Erbil", "IQ"), ("Iraq", "IQ"), ("Kurdistan", None)],
        ),
        (
            "Protests spread across Iran's Kurdistan province on Friday.",
            [("Iran", "IR"), ("Kurdistan Province", "IR")],
        ),
    ],
)
def test_a_country_named_in_the_possessive_owns_the_place_after_it(places, text, expected):
    _, found = places(text)
    assert [(p.name, p.country) for p in found] == expected


def test_a_town_named_with_a_unit_word_spelt_unlike_the_unit_is_that_unit(places):
    """ "Sulaimaniyah province": the gazetteer spells the unit "Sulaymaniyah Governorate"; the
    unit named after the town the name reads as is meant, not the town."""
    text = "A drone hit a gas field in Iraq's Sulaimaniyah province on Monday."
    _, found = places(text)
    unit = _at(found, text, "Sulaimaniyah")
    assert (unit.name, unit.country) == ("Sulaymaniyah Governorate", "IQ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot two policemen in the northwestern district of Bajaur on Wednesday.", "ADM2"),
        # no district of that name is known: a namesake town elsewhere is no reading of it
        ("Militants attacked a police post in the district of Karo on Monday.", None),
    ],
)
def test_a_name_after_district_of_is_read_as_a_district(places, text, expected):
    """ "the district of X", with X tagged as an organisation: a district, and only a district."""
    _, found = places(text)
    assert [p.level for p in found] == ([expected] if expected else [])


def test_a_city_that_stayed_shut_is_the_city_not_its_government(places):
    """ "schools in the capital Lima stayed shut": a state of the city, no act of Peru's."""
    text = "Officials said that gunmen set vehicles on fire and schools in the capital Lima stayed shut."
    _, found = places(text)
    assert [(p.name, p.role) for p in found] == [("Lima", "location")]


def test_a_checkpoint_is_named_after_a_place_not_a_person(places):
    """ "the Lachin checkpoint": the tagger may read the name as a person's; the passage says
    it is a place."""
    text = "Soldiers turned back two lorries at the Lachin checkpoint on Friday."
    _, found = places(text)
    assert _at(found, text, "Lachin").country == "AZ"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nagaland, a state of two million people, has a long history of insurgency.", "location"),
        ("Nagaland has banned the rally.", "actor"),
    ],
)
def test_a_name_told_as_a_kind_of_land_has_what_the_land_has(places, text, role):
    """ "Nagaland, a state of two million people, has a long history": the land's history, not
    what a government holds."""
    _, found = places(text)
    assert _at(found, text, "Nagaland").role == role


def test_a_name_a_town_shares_with_its_district_reads_as_the_kind_told_after_it(places):
    """ "Churachandpur district" and "Churachandpur town" in one story: each mention is the kind
    of place its own word says, not one reading for both."""
    text = "Curfew was imposed in Churachandpur district. Shops reopened in Churachandpur town."
    _, found = places(text)
    district, town = (p for p in found if p.text == "Churachandpur")
    assert (district.level, town.level) == ("ADM2", "PPL")


@pytest.mark.parametrize(
    "text",
    ["Thousands of ethnic Georgians fled the valley.", "The Kosovo Serbs boycotted the vote."],
)
def test_an_ethnic_people_names_no_state(places, text):
    """ "ethnic Georgians", "Kosovo Serbs": a people, not the state of the same name."""
    _, found = places(text)
    assert not [p for p in found if p.demonym]


def test_a_compass_region_is_the_region_of_that_name_in_the_articles_country(places):
    """ "Cameroon's Northwest region": North-West Province, not a city sector abroad that the
    gazetteer spells "Northwest"; a compass name alone points to no country."""
    text = (
        "Gunmen attacked a school in Cameroon's Northwest region. "
        "Fighting in the Northwest and Southwest regions has killed 600 people."
    )
    _, found = places(text)
    assert {(p.text, p.name, p.country) for p in found if p.text != "Cameroon"} == {
        ("Northwest", "North-West Province", "CM"),
        ("Southwest", "South-West Province", "CM"),
    }


def test_a_county_that_is_a_first_level_unit_is_the_county_not_its_town(places):
    """Kenya's counties are its first-level units: "Lamu county" is the county, not the town."""
    text = "A bomb hit a police vehicle in Kenya's coastal Lamu county on Monday."
    _, found = places(text)
    assert _at(found, text, "Lamu").level == "ADM1"


def test_a_village_the_gazetteer_lacks_lies_at_the_town_of_its_address(places):
    """ "the village of Norbaguin, Tipo-Tipo town, Basilan province": at Tipo-Tipo, not at the
    city the article names most."""
    text = (
        "ZAMBOANGA CITY - Troops clashed with militants in the village of Norbaguin, Tipo-Tipo "
        "town, Basilan province. Wounded soldiers were flown to Zamboanga City."
    )
    _, found = places(text)
    village = _at(found, text, "Norbaguin")
    assert village.unresolved_reason.endswith("placed at Tipo-Tipo")


def test_a_marker_word_a_number_counts_off_is_no_town(places):
    """ "the post at Mile 90": a marker on a road, not Mile in Ethiopia; the town after stands."""
    text = "Fighters attacked the army post at Mile 90 in Bamenda. Russia struck Kharkiv 15 times."
    _, found = places(text)
    assert [p.text for p in found] == ["Bamenda", "Russia", "Kharkiv"]


@pytest.mark.parametrize(
    ("service", "word"), [("Coast Guard", "Coast"), ("Border Police", "Border")]
)
def test_the_ground_a_service_guards_is_no_place(places, service, word):
    """ "the Coast Guard" is a service, not Tanzania's Coast Region."""
    _, found = places(f"The {service} said two boats were damaged off the island.")
    assert not any(p.text == word for p in found)


def test_a_name_before_a_unit_word_is_a_place_though_unknown(places):
    """ "X regency" names a unit the gazetteer may lack."""
    _, found = places("Rebels killed 14 workers in Nduga regency on Tuesday.")
    assert [p.name for p in found if p.text == "Nduga"] == [None]


@pytest.mark.parametrize(
    ("text", "near"),
    [
        # no region named: the unit lies at the article's town, not at the country's centre
        (
            "Cholera killed nine people in Nairobi, Kenya. A clinic in the Njoro Mashariki "
            "district of Nairobi reported more cases.",
            "Nairobi",
        ),
        # a region named: the unit lies there, not at the dateline's capital
        (
            "JAKARTA (Reuters) - Rebels in Papua killed 14 workers in Ndoga regency, "
            "officials in Papua said.",
            "Papua",
        ),
    ],
)
def test_an_unknown_unit_lies_in_the_region_named_else_at_the_town(places, gazetteer, text, near):
    _, found = places(text)
    (unit,) = [p for p in found if p.text in ("Njoro Mashariki", "Ndoga")]
    (named,) = {(p.lat, p.lon) for p in found if p.text == near}
    assert (unit.lat, unit.lon) == named


def test_a_unit_word_after_a_name_marks_its_mention_whatever_follows(make_context):
    """ "the Kiambu county government": the county's name, read once from the words."""
    from sitrep.extract.place_names import mention_of, unit_after

    ctx = make_context("Officials of the Kestrel county government met on Monday.")
    name = [t for t in ctx.doc if t.text == "Kestrel"]
    assert unit_after(ctx.doc, mention_of(name, ()))
    assert not unit_after(ctx.doc, mention_of([ctx.doc[0]], ()))


def test_a_unit_word_that_modifies_a_noun_names_no_place(places):
    _, found = places("The Apple district manager resigned on Monday.")
    assert found == []


def test_a_nationality_before_republic_starts_the_countrys_name(places):
    _, found = places("Central African Republic: Situation Report No. 7")
    assert [(p.text, p.level) for p in found] == [("Central African Republic", "PCLI")]


def test_the_place_index_belongs_to_its_document():
    """Two documents read at once (the web server's requests) each get their own places, and a
    list, which may change, is never taken for the one indexed before."""
    from types import SimpleNamespace

    from sitrep.extract.place_index import places_between
    from sitrep.model import Place

    first_doc, second_doc = SimpleNamespace(user_data={}), SimpleNamespace(user_data={})
    gao, mopti = (Place(10, 13, "Gao"),), (Place(12, 17, "Mopti"), Place(40, 43, "Ity"))
    assert places_between(first_doc, gao, 0, 20) == gao
    assert places_between(second_doc, mopti, 0, 20) == mopti[:1]
    assert places_between(first_doc, gao, 11, 20) == ()
    growing = [Place(5, 8, "Bol")]
    assert places_between(first_doc, growing, 0, 20) == tuple(growing)
    growing.append(Place(9, 12, "Mao"))
    assert places_between(first_doc, growing, 0, 20) == tuple(growing)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Drones hit Syria's air bases overnight.", "Syria"),
        ("Missiles struck Ukraine's power plants again.", "Ukraine"),
        ("Israel struck Iran's nuclear sites on Friday.", "Iran"),
    ],
)
def test_a_country_owning_a_struck_site_is_where_it_lies(places, text, word):
    _, found = places(text)
    owner = _at(found, text, word)
    assert owner.role == "location" and owner.level == "PCLI"


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Shelling in Samraong forced people from four Thai provinces on Friday.", "Thai", "TH"),
        ("Rockets fell on two Syrian villages, officials in Hatay said.", "Syrian", "SY"),
        ("Floods cut off dozens of Kenyan villages last week.", "Kenyan", "KE"),
    ],
)
def test_a_countrys_adjective_counting_its_units_places_them_there(
    make_context, gazetteer, text, word, country
):
    found = extract_places(make_context(text), gazetteer, include_demonyms=False)
    counted = _at(found, text, word)
    assert not counted.demonym and counted.country == country and counted.level == "PCLI"


@pytest.mark.parametrize(
    "text",
    [
        "Four Thai soldiers were wounded near two border villages.",
        "Birds died in five Thai villages in Sisaket province.",  # the province says where
    ],
)
def test_a_nationality_of_people_stays_a_demonym(places, text):
    _, found = places(text)
    assert _at(found, text, "Thai").demonym


@pytest.mark.parametrize(
    "text",
    [
        "Fans in Texas watched the match between Witu and Kiunga on Sunday.",
        "Shares rose in Texas after the merger between Witu and Kiunga was announced.",
    ],
)
def test_sides_of_a_fixture_or_a_deal_are_not_paired_towns(places, text):
    """Teams and companies paired by "between" are not neighbouring places of the story."""
    _, found = places(text)
    side = _at(found, text, "Kiunga")
    assert side.name == "Kiunga" and side.country != "US"


@pytest.mark.parametrize(
    "text",
    [
        "Traffic was heavy in the Washington, D.C. region on Friday.",
        "Rain hit the Washington, D.C. state offices overnight.",
    ],
)
def test_a_unit_word_after_washington_dc_does_not_make_it_the_state(places, text):
    _, found = places(text)
    capital = _at(found, text, "Washington, D.C.")
    assert (capital.level, capital.admin1) == ("PPLC", "District of Columbia")


def test_a_place_said_to_lie_in_a_country_holding_none_of_its_namesakes_stays_there(
    make_context, gazetteer
):
    """The gazetteer's only Elbas are towns in Alabama and New York; the text puts the island in
    Italy."""
    text = "Wildfires swept the Italian island of Elba last week."
    start = text.index("Elba")
    (elba,) = resolve_spans(make_context(text), gazetteer, [(start, start + 4)])
    assert (elba.name, elba.country) == (None, "IT") and elba.unresolved_reason


def test_a_countrys_adjective_before_a_kind_of_place_picks_its_namesake(make_context, gazetteer):
    """The Indonesian city is far larger, but the text puts this one in France."""
    text = "Cyclists rode through the French village of Ambon on Sunday."
    start = text.index("Ambon")
    (ambon,) = resolve_spans(make_context(text), gazetteer, [(start, start + 5)])
    assert ambon.country == "FR"


def test_a_feature_named_after_a_small_town_abroad_does_not_lie_there(make_context, gazetteer):
    """The only Calder the gazetteer holds is a small town in Alberta, which nothing else in the
    story names: the valley's own name does not make Canada the story's country."""
    text = "Flood wardens patrolled the Calder Valley overnight, officials in the UK said."
    start = text.index("Calder Valley")
    (valley,) = resolve_spans(make_context(text), gazetteer, [(start, start + 13)])
    assert valley.country != "CA" and valley.unresolved_reason


def test_compass_words_inside_an_unknown_name_are_no_place_of_their_own(make_context, gazetteer):
    """ "North West" alone names regions of Botswana and Sierra Leone; inside the name it says
    which part of England is meant."""
    text = "Heavy snow closed schools across North West England on Monday."
    start = text.index("North West England")
    (region,) = resolve_spans(make_context(text), gazetteer, [(start, start + 18)])
    assert region.country == "GB"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Storms hit Atlanta and Savannah overnight, cutting power across Georgia.", "ADM1"),
        ("Police in Houston said the truck was bound for Georgia.", "ADM1"),
        ("Voters in Tbilisi and Batumi said Georgia must stay on course.", "PCLI"),
        ("Officials in Texas said Georgia agreed to talks in Tbilisi.", "PCLI"),
    ],
)
def test_a_country_named_like_a_state_of_the_storys_country_is_the_state(places, text, level):
    _, found = places(text)
    assert _at(found, text, "Georgia").level == level


def test_a_small_town_written_with_a_province_holding_none_of_its_namesakes_stays_there(
    make_context, gazetteer
):
    """The gazetteer's Tivertons are in England and Rhode Island; the address says Ontario."""
    text = "The truck was stopped on a highway in Tiverton, Ontario, on Monday."
    start = text.index("Tiverton")
    tiverton, ontario = resolve_spans(
        make_context(text), gazetteer, [(start, start + 8), (start + 10, start + 17)]
    )
    assert (tiverton.name, tiverton.country, tiverton.admin1) == (None, "CA", "Ontario")
    assert ontario.level == "ADM1"


def test_an_english_county_without_a_council_is_still_a_place(places):
    text = "Police in Merseyside and South Yorkshire closed roads on Monday."
    _, found = places(text)
    assert {p.text: p.country for p in found} == {"Merseyside": "GB", "South Yorkshire": "GB"}


def test_a_town_counts_the_province_that_answers_to_its_english_name():
    """ "Torino" answers to "Turin": the city is known abroad by more than its own size says;
    a county that only bears a town's name ("Turin County") adds nothing to the town."""
    city = Entry(1, "Turin", "IT", "Piemonte", 10, "PPL", 45.1, 7.7, 800_000)
    province = Entry(2, "Torino", "IT", "Piemonte", 10, "ADM2", 45.1, 7.7, 3_900_000, kind=1)
    town = Entry(3, "Turin", "US", "Ohio", 20, "PPL", 40.0, -83.0, 5_000)
    county = Entry(4, "Turin County", "US", "Ohio", 20, "ADM2", 40.0, -83.0, 90_000, kind=1)
    ranked = [Choice(entry, 0.0) for entry in (city, province, town, county)]
    assert _town_sizes(ranked) == {1: 3_900_000, 3: 5_000}


@pytest.mark.model
def test_a_country_adjective_opening_the_sentence_picks_its_namesake():
    """ "The French village of Ambon" at a sentence's start, capital T and all."""
    import sitrep

    extraction = sitrep.extract("The French village of Ambon was flooded on Sunday.")
    assert [p.country for p in extraction.places if p.text == "Ambon"] == ["FR"]


@pytest.mark.model
def test_a_countrys_sites_said_to_lie_elsewhere_are_its_not_where_they_lie():
    """ "Iran's nuclear sites" lie in Iran; "Iran's bases in Syria" lie in Syria, and Iran owns
    them: the strike lands in Syria."""
    import sitrep

    sites = sitrep.extract("Israeli jets struck Iran's nuclear sites, killing 10.")
    bases = sitrep.extract("Israeli jets struck Iran's bases in Syria, killing 10.")
    assert [p.role for p in sites.places if p.text == "Iran"] == ["location"]
    assert [p.role for p in bases.places if p.text == "Iran"] == ["actor"]
    assert [e.place.name for e in bases.events if e.place] == ["Syria"]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a single name puts America in the story: the far larger Italian city is meant
        ("A spokesman in Washington said the strike in Naples ended on Friday.", "Naples", "IT"),
        # ... unless the text places the name in Florida
        (
            "Officials in Washington said the ship docked at Naples, Florida, on Monday.",
            "Naples",
            "US",
        ),
        # ... or names it beside its neighbours there
        ("The storm flooded Fort Myers and Naples on Wednesday.", "Naples", "US"),
    ],
)
def test_a_far_larger_city_abroad_beats_a_small_namesake_in_a_country_named_once(
    places, text, word, country
):
    _, found = places(text)
    assert _at(found, text, word).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Central African Republic signed a ceasefire on Sunday.",
            "Central African Republic",
            "CF",
        ),
        ("The Solomon Islands voted against the motion.", "Solomon Islands", "SB"),
    ],
)
def test_a_countrys_name_cut_short_by_the_tagger_is_taken_whole(places, text, name, country):
    _, found = places(text)
    assert [(p.text, p.country) for p in found] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cambridge Datalytica harvested data from users in Texas.", "Cambridge"),  # two names
        ("The suit against Oxford Datalytica was filed in New York.", "Oxford"),  # one firm
    ],
)
def test_a_big_town_opening_a_firms_name_is_read_apart_from_the_story(places, text, word):
    """The firm is named after the English city, whatever American places the story names."""
    _, found = places(text)
    assert _at(found, text, word).country == "GB"


def test_a_big_town_before_its_own_site_is_still_read_in_context(places):
    text = "Flooding closed Cambridge Hospital in Massachusetts, near Boston."
    _, found = places(text)
    assert _at(found, text, "Cambridge").admin1 == "Massachusetts"


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Wakefield Councillor Tom Hart said the bridge was unsafe.", "Wakefield", "GB"),
        ("Cork Bishop Liam Doyle said a prayer for the victims.", "Cork", "IE"),
        ("Jackson Councilwoman Ana Ruiz said the water plant had failed.", "Jackson", "US"),
    ],
)
def test_a_town_before_its_officials_title_is_a_place(places, text, town, country):
    """The tagger reads "Wakefield Councillor" as one person; the title makes the town a place."""
    _, found = places(text)
    assert [(p.text, p.country) for p in found] == [(town, country)]


@pytest.mark.parametrize(("state", "admin1"), [("Illinois", "Illinois"), ("Colorado", "Colorado")])
def test_a_town_before_its_officials_title_is_read_in_context(places, state, admin1):
    text = f"Aurora Mayor Ana Ruiz said roads across {state} were closed."
    _, found = places(text)
    assert _at(found, text, "Aurora").admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "House Speaker Tom Hart said the vote would be held on Monday.",  # a hamlet named House
        "Deputy Mayor Tom Hart said the talks would resume.",
        # a title ending the name is the surname: no official's name follows it
        "Florence Bishop, a nurse, said the ward was full.",
        "Georgia King told reporters the road was shut.",
        "Sydney Prince said the fire had spread.",
        "Austin Leader said the vote was delayed.",
        "Savannah Marshal said the bridge was closed.",
        "Dallas King, 30, was shot outside his home.",
    ],
)
def test_a_title_after_a_word_that_is_no_town_makes_no_place(places, text):
    _, found = places(text)
    assert found == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the surname given an age: the town before it is a first name, the surname no town
        ("Paris Wexley said she would attend the gala. Wexley, 43, arrived on Friday.", []),
        ("Dallas Okafor scored twice in Leeds. Okafor, 23, joined the club in June.", ["Leeds"]),
        # the surname of a full name given elsewhere
        (
            "Paris Lindqvist arrived in Monaco. Her brother Erik Lindqvist stayed in Paris.",
            ["Monaco", "Paris"],
        ),
        # no person: the town stays, and so do towns with counts in a list
        ("Paris officials said the metro would close. Paris Mayor Ana Ruiz agreed.", ["Paris"] * 2),
        ("Cases rose: Lagos, 12, and Abuja, 3.", ["Lagos", "Abuja"]),
        ("Lagos, 12, and Abuja, 3, were the worst hit.", ["Lagos", "Abuja"]),
        ("Paris Hilton, 43, said she was safe.", []),
        ("Tyler, 51, was arrested in Tyler, Texas.", ["Tyler", "Texas"]),
        # a city's count before words of damage is no age; before a person's verb it still is
        ("Ibadan, 14, was the worst hit, rescuers said.", ["Ibadan"]),
        ("Warri, 6, was badly damaged by the storm.", ["Warri"]),
        ("Ibadan, 14, was arrested on Monday.", []),
        ("Warri, 6, was hit by a car on Monday.", []),
        # feelings and agents are a person's: "devastated by the news", "badly hit by a car"
        ("Paris, 25, was devastated by the news. Paris later moved to Lyon.", ["Lyon"]),
        ("Dallas, 41, was badly hit by a car on Monday.", []),
        ("Sydney, 30, was devastated by the verdict, her lawyer said.", []),
        ("Sydney Marsh, 62, a retired nurse, said the ward in Sydney was full.", ["Sydney"]),
        # a count after a place, not an age: the place stays all through the article
        (
            "Attacks hit Kano, 12, in the north, and Lagos, 4, in the south. Kano was calm.",
            ["Kano", "Lagos", "Kano"],
        ),
        (
            "The toll by state: Borno, 40, while Yobe reported 9. Borno is under curfew.",
            ["Borno", "Yobe", "Borno"],
        ),
        (
            "Strikes killed people in Kharkiv, 11, in Sumy, 4, and in Odesa, 2. Kharkiv was hit.",
            ["Kharkiv", "Sumy", "Odesa", "Kharkiv"],
        ),
        (
            "Shelling hit hospitals in Aleppo, 30, according to the ministry. Aleppo has few beds.",
            ["Aleppo", "Aleppo"],
        ),
        # "Kent Motorsport" tagged as a person: a town's team, so "Motorsport" is no surname
        ("He raced for Dorset Motorsport after two seasons with Kent Motorsport.", ["Dorset"]),
    ],
)
def test_a_town_opening_a_persons_name_is_no_place(places, text, kept):
    _, found = places(text)
    assert [p.text for p in found] == kept


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Cattle in Nebraska fell ill. The Jefferson County Health Department said tests "
            "were positive.",
            "Nebraska",
        ),
        ("Drought hit Kentucky. The Warren County Board met on Friday.", "Kentucky"),
        # the state named outright, not the state of a city named in passing
        (
            "Floods hit Minnesota, and a lab in St. Louis ran the tests. Roads in Clay County "
            "were shut.",
            "Minnesota",
        ),
    ],
)
def test_a_county_lies_in_the_state_the_article_names(places, text, state):
    """ "<Name> County", alone or opening an office's name, is a unit whatever its size: the one
    of the state the article names, not the most populous county of that name."""
    _, found = places(text)
    county = next(p for p in found if p.text.endswith("County"))
    assert (county.level, county.country, county.admin1) == ("ADM2", "US", state)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # the place an attack struck, tagged as a person or not tagged at all
        ("Kharkiv was hit by three missiles on Wednesday.", "Kharkiv", "Kharkiv"),
        ("Shelling hit Kherson this morning.", "Kherson", "Kherson"),
        ("No one was hurt in the attack on Kherson.", "Kherson", "Kherson"),
        ("Israeli airstrikes on Khan Younis killed 20 people.", "Khan Younis", "Khān Yūnis"),
        ("A drone hit Tokmak overnight, the governor said.", "Tokmak", "Tokmak"),
    ],
)
def test_the_place_an_attack_struck_is_a_place(places, text, word, name):
    _, found = places(text)
    assert _at(found, text, word).name == name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what an attack or a hit took that is no place: a person, an owner, a car's victim
        ("Gunmen carried out an attack on Trump at a rally.", "Trump"),
        ("The raid on Smith's home came at dawn.", "Smith"),
        ("The car hit Jones as he crossed the road.", "Jones"),
        # a person struck: a small namesake town, a title, a person's appositive
        ("The attack on Omar stunned the region.", "Omar"),
        ("The airstrike targeted President Carson.", "Carson"),
        ("The airstrike targeted Carson, the group's commander.", "Carson"),
        ("The attack on Carson, a local journalist, drew protests.", "Carson"),
        # an outlet named like a hamlet, a river named like its state
        ("Rescuers in Kabul searched for survivors.\n\nChina offered 30 million yuan in help, "
         "state news agency Xinhua reported.\n\nIndia sent tents.", "Xinhua"),
        ("Soldiers cleared the main bridge over the Blue Nile near Sennar.", "Blue Nile"),
        ("Refugees crossed the Blue Nile on foot.", "Blue Nile"),
    ],
)  # fmt: skip
def test_names_in_place_like_slots_that_are_no_places(places, text, word):
    _, found = places(text)
    assert all(p.text != word for p in found)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Fighting spread across Blue Nile state last week.", "Blue Nile", "Blue Nile State"),
        # "over the X" is land held unless a crossing precedes; a unit noun keeps the unit
        (
            "Militias tightened their hold over the South Kivu province.",
            "South Kivu",
            "South Kivu Province",
        ),
        ("The army regained control over the Blue Nile region.", "Blue Nile", "Blue Nile State"),
        ("The airstrike targeted Carson on Monday.", "Carson", "Carson"),
        ("The agency opened an office in Kabul.", "Kabul", "Kabul"),
    ],
)
def test_a_state_and_a_town_after_those_slots_stay_places(places, text, word, name):
    _, found = places(text)
    assert _at(found, text, word).name == name


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        # a union of countries that speaks is its institutions
        ("The EU warned Georgia on Tuesday.", "EU", "actor"),
        ("The European Union said it would send observers.", "European Union", "actor"),
        # its land, its rules and a continent stay locations
        ("Flights to the EU resumed on Monday.", "EU", "location"),
        ("The EU rules took effect in May.", "EU", "location"),
        ("Europe said nothing.", "Europe", "location"),
    ],
)
def test_a_union_of_countries_that_speaks_is_an_actor(places, text, word, role):
    _, found = places(text)
    assert _at(found, text, word).role == role


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels took the town of Kabunde in eastern Congo on Saturday.", "CD"),
        ("Fighting near Goma in eastern Congo displaced thousands.", "CD"),
        ("Protesters marched in Brazzaville, the capital of Congo, on Monday.", "CG"),
    ],
)
def test_a_bare_congo_is_read_from_the_article(places, text, country):
    _, found = places(text)
    assert _at(found, text, "Congo").country == country
