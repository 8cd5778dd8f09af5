"""The gazetteer: built once per session from the packaged sources, queried, guarded."""

from __future__ import annotations

import pickle
import resource
import sqlite3
import time

import pytest

from sitrep.errors import GazetteerError
from sitrep.extract.place_distances import haversine_km
from sitrep.gazetteer import (
    GAZETTEER_VERSION,
    default_gazetteer_path,
    import_geonames_dump,
    open_gazetteer,
)
from sitrep.gazetteer.build import NAME_DERIVED, NAME_MAIN, PlaceRow, _Collector, read_regions
from sitrep.gazetteer.display_names import LOCAL_TYPE_WORDS, display_subdivision_name
from sitrep.gazetteer.names import (
    english_ending,
    folded,
    joined_first_part,
    subdivision_short_forms,
)
from sitrep.settings import Settings


@pytest.mark.parametrize(
    ("name", "country", "levels"),
    [
        ("Kursk", "RU", {"PPL", "ADM1"}),
        ("Kyiv", "UA", {"PPLC"}),
        ("Dnipro", "UA", {"PPL"}),
        ("Russian Far East", "RU", {"region"}),
        ("Donbas", "UA", {"region"}),
        ("West Coast", "US", {"region"}),
        ("Pacific Northwest", "US", {"region"}),
        ("Niger Delta", "NG", {"region"}),
        ("Lake Pontchartrain", "US", {"region"}),
        ("Sumatra", "ID", {"region"}),
        ("Rift Valley", "KE", {"region"}),
        ("West Midlands", "GB", {"region"}),
        ("Russia", "RU", {"PCLI"}),
        ("U.S.", "US", {"PCLI"}),
        ("Ingushetia", "RU", {"ADM1"}),  # GeoNames: Ingushetiya
        ("Kalmykia", "RU", {"ADM1"}),  # GeoNames: Kalmykiya
        ("Adygea", "RU", {"ADM1"}),  # GeoNames: Adygeya
        ("Oromia", "ET", {"ADM1"}),  # GeoNames: Oromiya
        ("North Ossetia", "RU", {"ADM1"}),  # GeoNames: North Ossetia–Alania, joined by a dash
        ("Texas", "US", {"ADM1"}),
        ("Qamishli", "SY", {"PPL"}),
        ("Maarat al-Numan", "SY", {"PPL"}),  # GeoNames: Ma'arrat an Nu'man
        ("Tal Rifaat", "SY", {"PPL"}),  # GeoNames: Tall Rif'at
        ("Oddar Meanchey", "KH", {"ADM1"}),
        ("Korea", "KR", {"PCLI"}),  # news says "North Korea" for the North
        ("Bosnia", "BA", {"PCLI"}),
        ("Zaire", "CD", {"PCLI"}),  # its name until 1997, kept by an Ebola species
        ("Gulf of Oman", None, {"GULF"}),
        ("Gambian", "GM", {"PCLI"}),
        ("Seychellois", "SC", {"PCLI"}),
        ("Liechtensteiner", "LI", {"PCLI"}),
        ("Merseyside", "GB", {"region"}),  # English counties with no council of their own
        ("Tyne and Wear", "GB", {"region"}),
        ("Bedfordshire", "GB", {"region"}),
    ],
)
def test_lookup_finds_news_names(gazetteer, name, country, levels):
    entries = gazetteer.lookup(name)
    assert any(e.country == country and e.level in levels and e.lat is not None for e in entries)


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (("ma'arrat an-nu'man", "maarat al numan", "ma'arat el-nu'man"), "marat al numan"),
        (("tall rif'at", "tal rifaat"), "tal rifat"),
        (("ar-raqqa", "al raqqa"), "al raqa"),
    ],
)
def test_transliterations_of_one_name_fold_to_one_key(spellings, key):
    assert {folded(s) for s in spellings} == {key}


@pytest.mark.parametrize(
    ("key", "spelling"),
    [
        ("udmurtiya", "udmurtia"),
        ("adygeya republic", "adygea republic"),
        ("kiya", "kiya"),  # too short to be a transliterated ending
        ("maya", "maya"),
    ],
)
def test_a_transliterated_iya_ending_is_spelt_as_english_does(key, spelling):
    assert english_ending(key) == spelling


def test_only_first_level_units_take_the_english_ending():
    assert "kareliya" in subdivision_short_forms("Kareliya Republic")
    assert "karelia" not in subdivision_short_forms("Kareliya Republic")
    assert "karelia" in subdivision_short_forms("Kareliya Republic", first_level=True)


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Vestmark–Ollanby", "vestmark"),  # en dash
        ("Vestmark — Ollanby", "vestmark"),  # em dash between spaces
        ("Upper Vestmark - Ollanby", "upper vestmark"),  # hyphen between spaces
        ("Vestmark-Ollanby", None),  # a plain hyphen joins the words of one name
        ("Republic of Vestmark–Ollanby", None),  # a type word before the names
        ("Vestmark – east", None),  # a direction, not a second name
        ("Vel–Ollanby", None),  # too short to stand alone
        ("Vestmark–Ollanby–Tarn", None),  # three names
    ],
)
def test_the_first_of_two_joined_names(name, first):
    assert joined_first_part(name) == first


@pytest.mark.parametrize(
    ("level", "other", "answers"),
    [
        ("ADM1", None, True),
        ("ADM1", ("Vestmark", "PPL"), False),  # a town bears the first name: ambiguous
        ("ADM1", ("Vestmark–Dunmere", "ADM1"), False),  # two units open with it
        ("PPL", None, False),  # only first-level units are shortened so
    ],
)
def test_a_unit_of_two_joined_names_answers_to_the_first_where_unambiguous(level, other, answers):
    collector = _Collector()
    collector.add_place(PlaceRow(1, "Vestmark–Ollanby", "XX", None, None, level, 1.0, 1.0), [])
    collector.add_names(1, [("Vestmark–Ollanby", NAME_MAIN)])
    if other:
        collector.add_place(PlaceRow(2, other[0], "XX", None, None, other[1], 2.0, 2.0), [])
        collector.add_names(2, [(other[0], NAME_MAIN)])
    collector.add_first_parts()
    assert (collector.names.get(("vestmark", 1)) == NAME_DERIVED) is answers


def test_a_single_word_has_no_folded_key():
    """ "Bill" folded would be "bil", a village somewhere: one word must match as written."""
    assert folded("bill") is None


@pytest.mark.parametrize(
    ("name", "aliases", "shown"),
    [
        # an alias ending in an English type word
        (
            "Vestmarka, Respublika",
            "Vestmarka Republic|Vestmarka Respublikası",
            "Vestmarka Republic",
        ),
        ("Kanto", "Kanto State", "Kanto State"),
        # a transliteration with its type word: "<type> of <name>", or an English okrug
        (
            "Severnaya Ollana, Respublika",
            "North Ollana–Tarn|Republic of North Ollana–Tarn",
            "Republic of North Ollana–Tarn",
        ),
        ("Tarnskiy avtonomnyy okrug", "Tarn|Tarn Autonomous Okrug", "Tarn Autonomous Okrug"),
        # a name English already keeps its form
        (
            "Eastern Administrative Okrug",
            "Vostochny Administrative Okrug",
            "Eastern Administrative Okrug",
        ),
        ("Okrug", "Municipality of Okrug", "Okrug"),
        # a nickname or an old name as a republic is no display name
        ("Vestmark", "Vestmark Republic|Golden State|State of Vestmark", "Vestmark"),
        # ... but one spelling another alias of a transliterated name is
        (
            "Qarvıstan",
            "Karvistan|Karvistan Autonomous Republic|Qarvıstan Muxtar Respublikası",
            "Karvistan Autonomous Republic",
        ),
        # ... after one spelling the name itself
        ("Kemira", "Al Qamirah|Al Qamirah State|Kemira State", "Kemira State"),
        # aliases rank: "<name> <type>", "<type> of <name>", then a plain English alias
        (
            "Velora, Comunidad de",
            "Autonomous Region of Velora|Community of Velora|Comunidad de Velora|Velora",
            "Community of Velora",
        ),
        (
            "Castellana, Comunidad",
            "Comunidad Castellana|Region of Castella|Castellan Community",
            "Castellan Community",
        ),
        (
            "Orvarra, Comunidad Foral de",
            "Alta Orvarra|Autonomous Region of Orvarre|Nafurroa|Orvarra|Orvarre",
            "Orvarre",
        ),
        ("Brana, Hlavní město", "Hlavní město Brana|Branague|Brana", "Branague"),
        # ... with the English word of its type, which an alias may not lose
        ("Aqsora oblysy", "Aksorinskaya Oblast’|Aqsora|Aksora", "Aksora Region"),
        ("Vrodzienskaja voblasć", "Vrodnenskaya|Vrodno", "Vrodno Region"),
        ("Pelodar oblysy", "Pelodar|Pelodar Region", "Pelodar Region"),
        ("Vardo-Capitale, Région de", "Vardo|Vardo Capital|Vardo-Capitale", "Vardo Capital Region"),
        (
            "Región Metropolitana de Ostra",
            "Metropolitana|Ostra Metropolitan",
            "Ostra Metropolitan Region",
        ),
        (
            "Varko-Tasiyskiy avtonomnyy okrug",
            "Varko-Tasia|Varko-Tasi-Ugra|Xarko-Tasi",
            "Varko-Tasi Autonomous Okrug",
        ),
        (
            "Stânga Varului, unitatea teritorială din",
            "Units of the Left Bank of the Var|Stânga Varului|Trasilia|Transvaria",
            "Transvaria",
        ),
        # a local type word translated when no alias has the English one
        ("Lianxi Sheng", "Lianxi|Province of Lianxi", "Lianxi Province"),
        ("Huanbei Sheng", "Huanbei|Huanbei Province", "Huanbei Province"),
        # an English name inverted around its type, put back in order
        ("Kerrow, City of", "Caerkerrow|City of Kerrow|Kerrow", "City of Kerrow"),
        ("Kerrow, Vale of", "Caerkerrow", "Kerrow, Vale of"),
        # Baltic and Serbian local type words give way to the English unit's name ...
        ("Kervilas novads", "Kervila|Kervila Municipality", "Kervila Municipality"),
        ("Dreilas Novads", "Dreilas|North Dreila Municipality", "North Dreila Municipality"),
        ("Telvos miestas", "Telva|Telva City Municipality", "Telva City Municipality"),
        ("Kaltos miestas", "Kaltas|Kaltos miesto savivaldybė", "Kaltas City Municipality"),
        ("Dravski okrug", "Drava|Drava District", "Drava District"),
        ("Lomički okrug", "Lomica", "Lomica District"),
        ("Južnolomski okrug", "South Lomža", "South Lomža District"),
        ("Velnia", "Velnia District Municipality|Velnios rajonas", "Velnia District Municipality"),
        ("Velnia", "Velnia Municipality", "Velnia"),  # a plain name keeps its own form
        # ... but never to a local alias, nor to one that loses the type word
        ("Dravas novads", "Dravas Rajons", "Dravas novads"),
        ("Selvas novads", "", "Selvas novads"),
        # a capitalised "Okrug" titles a Russian transliteration, which keeps its form
        ("Tarovskiy Okrug", "Tarovsky District", "Tarovskiy Okrug"),
        # a Russian adjective is no region's name where another alias writes the name alone ...
        (
            "Tovieĺskaja voblasć",
            "Tovelskaya Oblast|Tovyelskaya Voblasts|Tovyel’ Voblasc’",
            "Tovel Region",
        ),
        # ... and the "sk" stays where it is the name's own
        ("Varskaja voblasć", "Varskaya Oblast", "Varskaya Oblast"),
    ],
)
def test_units_show_the_english_name_news_uses(name, aliases, shown):
    assert display_subdivision_name(name, aliases) == shown


# First-level units that have no English alias keep their own name.
NO_ENGLISH_ALIAS = {
    "San Andrés, Providencia y Santa Catalina",
    "Atyraū oblysy",
    "Madonas novads",
    "Preiļu novads",
    "Saldus novads",
    "Talsu novads",
}


def test_no_first_level_unit_shows_an_inverted_or_local_name(gazetteer):
    """No comma ("Praha, Hlavní město") and no local type word ("Hebei Sheng")."""
    names = {row[0] for row in gazetteer.connection.execute(
        "SELECT name FROM places WHERE level = 'ADM1'"
    )}  # fmt: skip
    local = {n for n in names if "," in n or LOCAL_TYPE_WORDS & set(n.lower().split())}
    assert local <= NO_ENGLISH_ALIAS


def test_demonyms_point_at_their_country(gazetteer):
    (russia,) = gazetteer.lookup("Russian")
    assert russia.country == "RU" and russia.level == "PCLI" and russia.kind == 3
    assert not gazetteer.lookup("Korean")  # of either Korea ("the Korean People's Army")


def test_subdivisions_carry_english_names_and_points(gazetteer):
    oblast = next(e for e in gazetteer.lookup("Kursk Oblast") if e.level == "ADM1")
    assert oblast.name == "Kursk Oblast"
    assert oblast.gazetteer_id == "geonames:538555"
    assert abs(oblast.lat - 51.5) < 1 and abs(oblast.lon - 36.2) < 1


def test_state_abbreviations_and_nation_adjectives(gazetteer):
    assert any(e.level == "ADM1" and e.country == "US" for e in gazetteer.lookup("Calif."))
    assert any(e.level == "ADM1" and e.name == "England" for e in gazetteer.lookup("English"))
    assert any(e.level == "ADM1" and e.admin1 for e in gazetteer.lookup("D.C."))


def test_subdivision_points_lie_near_the_geonames_points(gazetteer):
    """The middle of a unit's towns' full extent, checked on GeoNames' own points."""
    for name, lat, lon in (("Texas", 31.25, -99.25), ("Manitoba", 55.0, -97.0)):
        (entry,) = [e for e in gazetteer.lookup(name) if e.level == "ADM1"]
        assert haversine_km(entry.lat, entry.lon, lat, lon) <= 161, entry


def test_unknown_name_has_no_entries(gazetteer):
    assert gazetteer.lookup("Qwxzzyville") == ()


def test_gazetteer_pickles_as_its_path(gazetteer):
    copy = pickle.loads(pickle.dumps(gazetteer))
    assert copy.path == gazetteer.path and copy.lookup("Kyiv")


def test_open_is_fast_and_small(gazetteer):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    fresh = open_gazetteer(gazetteer.path)
    fresh.lookup("Kyiv")
    assert time.perf_counter() - started < 2.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 400_000  # KiB
    assert gazetteer.path.stat().st_size < 150_000_000


def test_default_path_is_versioned(tmp_path):
    settings = Settings(cache_dir=tmp_path)
    assert default_gazetteer_path(settings) == tmp_path / f"gazetteer-{GAZETTEER_VERSION}.sqlite"
    assert (
        default_gazetteer_path(Settings(gazetteer=tmp_path / "g.sqlite")) == tmp_path / "g.sqlite"
    )


@pytest.mark.parametrize("content", [b"", b"this is not a database" * 100])
def test_empty_or_corrupt_file_names_the_rebuild_command(tmp_path, content):
    path = tmp_path / "gazetteer.sqlite"
    path.write_bytes(content)
    with pytest.raises(GazetteerError, match="sitrep gazetteer build"):
        open_gazetteer(path)


def test_missing_file_names_the_rebuild_command(tmp_path):
    with pytest.raises(GazetteerError, match="sitrep gazetteer build"):
        open_gazetteer(tmp_path / "absent.sqlite")


def test_wrong_version_names_the_rebuild_command(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('version', '0');"
            "CREATE TABLE names (key TEXT);"
        )
    with pytest.raises(GazetteerError, match="sitrep gazetteer build"):
        open_gazetteer(path)


def test_import_geonames_dump(tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    rows = [
        [
            "524901",
            "Moscow",
            "Moscow",
            "Moskva,Moskau",
            "55.75",
            "37.61",
            "P",
            "PPLC",
            "RU",
            "",
            "48",
            "",
            "",
            "",
            "10381222",
        ],
        [
            "538555",
            "Kursk Oblast",
            "Kursk Oblast",
            "",
            "51.5",
            "36.25",
            "A",
            "ADM1",
            "RU",
            "",
            "41",
            "",
            "",
            "",
            "1100000",
        ],
        [
            "2017370",
            "Russia",
            "Russia",
            "",
            "60",
            "100",
            "A",
            "PCLI",
            "RU",
            "",
            "00",
            "",
            "",
            "",
            "144478050",
        ],
        # an invented first-level unit of two joined names
        [
            "999001",
            "Vestmark–Ollanby",
            "Vestmark-Ollanby",
            "",
            "50",
            "30",
            "A",
            "ADM1",
            "RU",
            "",
            "42",
            "",
            "",
            "",
            "5000",
        ],
    ]
    (dump / "allCountries.txt").write_text("\n".join("\t".join(r + [""] * 4) for r in rows) + "\n")
    (dump / "admin1CodesASCII.txt").write_text("RU.41\tKursk Oblast\tKursk Oblast\t538555\n")
    stats = import_geonames_dump(tmp_path / "g.sqlite", dump)
    assert stats["places"] >= 3
    gazetteer = open_gazetteer(tmp_path / "g.sqlite")
    assert {e.level for e in gazetteer.lookup("Kursk")} == {"ADM1"}
    assert gazetteer.lookup("Moskau")[0].level == "PPLC"
    assert gazetteer.lookup("Russian")[0].country == "RU"
    assert [e.level for e in gazetteer.lookup("Vestmark")] == ["ADM1"]


def test_import_without_dump_says_where_to_get_it(tmp_path):
    with pytest.raises(GazetteerError, match="allCountries"):
        import_geonames_dump(tmp_path / "g.sqlite", tmp_path)


def test_regions_use_geonames_points_where_the_gold_sets_do(gazetteer):
    (middle_east,) = [e for e in gazetteer.lookup("Middle East") if e.level == "region"]
    assert haversine_km(middle_east.lat, middle_east.lon, 33.13906, 35.85869) < 5
    assert any(e.level == "CONT" for e in gazetteer.lookup("European Union"))
    assert any(e.country == "SV" for e in gazetteer.lookup("Salvadoran"))


def test_region_names_are_unique_and_their_points_lie_on_the_globe():
    regions = read_regions()
    assert len({region["name"] for region in regions}) == len(regions)
    assert all(
        -90 <= float(region["lat"]) <= 90 and -180 <= float(region["lon"]) <= 180
        for region in regions
    )


def test_every_region_says_where_its_point_comes_from():
    sources = {region["name"]: region["source"] for region in read_regions()}
    assert all(
        source.startswith(("https://", "approximate centre")) for source in sources.values()
    ), sources
