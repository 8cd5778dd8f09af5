"""Events in one article: triggers and types, ACLED and PLOVER codes, arguments, modality, captions."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.extract.actors import country_name, is_non_state, normalize_actor
from sitrep.extract.event_lexicon import verb_forms
from sitrep.extract.event_types import acled_subtype, plover_type
from sitrep.model import Place, Quantity, TimeExpr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drone", "Russia"),
        ("North Korean troops", "North Korea"),
        ("Kyiv’s positions", "Ukraine"),
        ("Moscow", "Russia"),
        ("The Group of Seven countries", "Group of Seven"),
        ("the G7", "Group of Seven"),
        ("Soldiers from an elite DPRK unit", "North Korea"),
        ("Islamic State militants", "Islamic State"),
        ("a man", None),
        ("soldiers", None),
        ("M23 rebels", "M23"),
        ("the Rwanda-backed M23 rebels", "M23"),
        ("Rwanda - backed M23 rebels", "M23"),  # tokens joined back with spaces
        ("the ship in support of the Palestinian people", None),  # for whom, not who
        ("Iran-backed militias", None),
        ("T-72 tanks", None),
        ("Chad's FACT rebels", "FACT"),  # a group named by its acronym is itself
        ("Chad's army", "Chad"),
        ("the Pakistani Taliban", "Pakistani Taliban"),  # not the Taliban ruling Afghanistan
        ("Tehreek-e-Taliban Pakistan, or TTP", "Pakistani Taliban"),
        ("TTP fighters", "Pakistani Taliban"),
        ("Afghan Taliban", "Taliban"),
        ("militants of the Baloch Liberation Army", "Baloch Liberation Army"),
        ("Militants of the Baloch Liberation Army", "Baloch Liberation Army"),
        ("Forces of Freedom and Change", "Forces of Freedom and Change"),  # a name, not members
        ("ethnic Georgian forces", None),  # a people, not the state of Georgia
        ("ethnic Serb militias", "Serb militias"),
    ],
)
def test_normalize_actor(text, expected):
    assert normalize_actor(text) == expected


def test_country_name_from_code():
    assert country_name("UA") == "Ukraine"
    assert country_name("zz") is None
    assert country_name(None) is None


def test_verb_forms_cover_regular_and_irregular_inflections():
    assert {"strike", "strikes", "struck", "striking"} <= verb_forms("strike")
    assert {"kidnap", "kidnapped", "kidnapping"} <= verb_forms("kidnap")
    assert {"rally", "rallied", "rallies"} <= verb_forms("rally")


@pytest.mark.parametrize(
    ("event_type", "context", "expected"),
    [
        ("attack", "A drone struck a building", "Air/drone strike"),
        ("attack", "Missile strikes hit the city", "Shelling/artillery/missile attack"),
        ("attack", "A roadside bomb exploded near a convoy", "Remote explosive/landmine/IED"),
        ("attack", "A suicide bomber blew himself up", "Suicide bomb"),
        ("attack", "Attackers hurled a grenade at a bar", "Grenade"),
        ("attack", "Gunmen shot dead four villagers", "Attack"),
        (
            "attack",
            "Police opened fire on protesters, killing two",
            "Excessive force against protesters",
        ),
        (  # rubber bullets are used on crowds, and a water cannon is no gun
            "attack",
            "Dozens were injured when police fired rubber bullets and water cannon in the square",
            "Excessive force against protesters",
        ),
        (  # rubber-coated bullets are rubber bullets: used on crowds, wherever the crowd stood
            "attack",
            "Police fired rubber-coated bullets at villagers in the market, injuring five",
            "Excessive force against protesters",
        ),
        ("attack", "Coast guard vessels fired water cannon at two supply boats", "Attack"),
        # the gear's own names (`event_weapons.CROWD_GEAR`) are no grenade and no cannon
        ("attack", "Coast guard ships turned sound cannons on a trawler off the cape", "Attack"),
        ("attack", "Officers hurled sound grenades into the crowd", "Protest with intervention"),
        ("attack", "Officers hurled stun grenades into the crowd", "Protest with intervention"),
        ("attack", "Officers hurled stun-grenades into the crowd", "Protest with intervention"),
        ("attack", "Officers fired tear gas canisters into the crowd", "Protest with intervention"),
        ("attack", "Officers fired teargas grenades into the crowd", "Protest with intervention"),
        ("attack", "Officers hurled smoke grenades into the crowd", "Protest with intervention"),
        (
            "attack",
            "Guards threw stun grenades and then hand grenades at the cell block",
            "Grenade",
        ),
        (
            "attack",
            "Army cannons pounded the hill fort for an hour",
            "Shelling/artillery/missile attack",
        ),
        ("armed_clash", "Guards fired sound grenades as the two gangs fought", "Armed clash"),
        (  # a passenger plane struck is no warplane
            "attack",
            "Shelling hit the airport and damaged two passenger planes",
            "Shelling/artillery/missile attack",
        ),
        ("protest", "Thousands of people rallied peacefully", "Peaceful protest"),
        ("protest", "Students marched against gun violence in three cities", "Peaceful protest"),
        (
            "protest",
            "Thousands of non-violent protesters marched in the capital",
            "Peaceful protest",
        ),
        ("protest", "Police used tear gas to disperse the protest", "Protest with intervention"),
        ("protest", "Police fired sound grenades at the sit-in", "Protest with intervention"),
        ("protest", "Protesters threw stones at police", "Violent demonstration"),
        ("arrest", "Police arrested ten opposition activists", "Arrests"),
        ("retake_territory", "The army recaptured the town", "Government regains territory"),
        ("seize_territory", "Militants seized the village", "Non-state actor overtakes territory"),
        (
            "deploy",
            "Turkish troops set up an observation post on the ridge",
            "Headquarters or base established",
        ),
        ("statement", "The minister said", None),
    ],
)
def test_acled_subtype(event_type, context, expected):
    assert acled_subtype(event_type, context) == expected


def test_plover_type_separates_fight_from_assault():
    assert plover_type("attack", ("missile",), "Shelling/artillery/missile attack") == "FIGHT"
    assert plover_type("attack", ("knife",), "Attack") == "ASSAULT"
    # "rebels shelled the city": no weapon word, but shelling is conventional force
    assert plover_type("attack", (), "Shelling/artillery/missile attack") == "FIGHT"
    assert plover_type("protest", (), "Peaceful protest") == "PROTEST"
    assert plover_type("deploy", (), None) == "MOBILIZE"


# --- on parsed sentences ------------------------------------------------------------------------


def events_of(make_context, text, **inputs):
    from sitrep.extract.events import extract_events

    return extract_events(make_context(text), **inputs)


def one_event(make_context, text, **inputs):
    events = [e for e in events_of(make_context, text, **inputs) if e.type != "statement"]
    assert events, f"no event in {text!r}"
    return events[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type", "actor", "weapon"),
    [
        (
            "A Russian drone struck an apartment building in Kharkiv on Friday.",
            "attack",
            "Russia",
            ("drone",),
        ),
        (
            "Israeli warplanes bombed targets in southern Lebanon.",
            "attack",
            "Israel",
            ("aircraft",),
        ),
        ("Syrian troops clashed with rebels near Idlib.", "armed_clash", "Syria", ()),
        (
            "Ukrainian forces seized three villages in the Kursk region.",
            "seize_territory",
            "Ukraine",
            (),
        ),
        (
            "The Iraqi army recaptured the town of Baiji from the militants.",
            "retake_territory",
            "Iraq",
            (),
        ),
        ("Russia deployed 3,000 troops to the border.", "deploy", "Russia", ()),
        ("Chinese forces withdrew from the disputed valley.", "withdraw", "China", ()),
        (
            "North Korean soldiers are training alongside Russian troops.",
            "train",
            "North Korea",
            (),
        ),
        ("Japan agreed to provide $5 billion in aid to Ukraine.", "aid", "Japan", ()),
        ("Thousands of people protested in Tbilisi against the new law.", "protest", None, ()),
        ("Police arrested 40 opposition activists in Dhaka.", "arrest", None, ()),
        (
            "Gunmen kidnapped 12 students from a school in Kaduna.",
            "abduction",
            "Unidentified Armed Group",
            ("firearm",),
        ),
        ("The two countries signed a peace agreement on Monday.", "agreement", None, ()),
    ],
)
def test_event_types_actors_and_weapons(make_context, text, event_type, actor, weapon):
    event = one_event(make_context, text)
    assert event.type == event_type
    assert event.actor == actor
    assert event.weapon == weapon


@pytest.mark.model
def test_statement_only_when_nothing_else(make_context):
    events = events_of(make_context, "The minister warned that the talks would collapse.")
    assert [(e.type, e.plover) for e in events] == [("statement", "THREATEN")]
    events = events_of(make_context, "The ministry said Russian missiles hit Kharkiv.")
    assert [e.type for e in events] == ["attack"]


@pytest.mark.model
def test_disaster_is_not_an_attack(make_context):
    events = events_of(
        make_context, "Heavy floods hit parts of Japan, and a gas cylinder explosion killed two."
    )
    assert all(e.type not in ("attack", "armed_clash") for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russian missiles hit Kharkiv on Monday.", "happened"),
        ("Up to 5,000 troops are expected to assemble in Kursk by Monday.", "expected"),
        ("The troops could be deployed to the battlefield as soon as Sunday.", "expected"),
        # a negated mention is dropped (event_policy); "denied" is for a denied claim
        ("Moscow denied that its forces struck Kharkiv on Monday.", "denied"),
        ("Japan agreed to deliver $5 billion in aid to Ukraine.", "planned"),
    ],
)
def test_modality(make_context, text, modality):
    assert one_event(make_context, text).modality == modality


@pytest.mark.model
def test_arguments_from_other_extractors(make_context):
    text = "A Russian drone struck an apartment building in Kyiv Friday evening, killing at least two and injuring five."
    kyiv = text.index("Kyiv")
    friday = text.index("Friday evening")
    killed = text.index("at least two")
    injured = text.index("injuring five")
    places = [
        Place(kyiv, kyiv + 4, "Kyiv", name="Kyiv", country="UA", level="PPLC", lat=50.45, lon=30.52)
    ]
    times = [TimeExpr(friday, friday + 14, "Friday evening", "2024-10-25")]
    quantities = [
        Quantity(killed, killed + 12, "at least two", 2, measure="killed", hedge="lower_bound"),
        Quantity(injured, injured + 13, "injuring five", 5, measure="injured"),
    ]
    event = one_event(make_context, text, places=places, times=times, quantities=quantities)
    assert (event.actor, event.target) == ("Russia", "Ukraine")
    assert event.place is not None and event.place.name == "Kyiv"
    assert event.date == "2024-10-25"
    assert (event.killed, event.killed_hedge, event.injured) == (2, "lower_bound", 5)
    assert event.acled == "Air/drone strike"
    assert set(event.quantities) <= {0, 1}


@pytest.mark.model
def test_date_of_the_event_not_of_the_statement(make_context):
    text = "Zelensky said on Friday that the troops could be deployed to Kursk as soon as Sunday."
    friday, sunday = text.index("Friday"), text.index("Sunday")
    times = [
        TimeExpr(friday, friday + 6, "Friday", "2024-10-25"),
        TimeExpr(sunday, sunday + 6, "Sunday", "2024-10-27"),
    ]
    assert one_event(make_context, text, times=times).date == "2024-10-27"


@pytest.mark.model
def test_an_offset_dates_the_event_by_the_day_it_points_to(make_context):
    """TimeML keeps "Two days earlier" a duration (P2D); the event takes the day it names."""
    text = "Two days earlier, a missile strike destroyed a school in Kherson."
    offset = TimeExpr(0, 16, "Two days earlier", "P2D", "duration", 0.9, "2024-03-30")
    assert one_event(make_context, text, times=[offset]).date == "2024-03-30"
    unanchored = TimeExpr(0, 16, "Two days earlier", "P2D", "duration", 0.9)
    assert one_event(make_context, text, times=[unanchored]).date is None


@pytest.mark.model
def test_caption_repeating_an_event_is_a_duplicate(make_context):
    text = (
        "Russian drones struck Kharkiv on Monday, killing three people.\n\n"
        "Russian drones struck Kharkiv on Monday. AFP via Getty Images\n\n"
        "Protesters rallied in Tbilisi on Sunday. AFP via Getty Images\n"
    )
    events = events_of(make_context, text)
    attacks = [e for e in events if e.type == "attack"]
    assert len(attacks) == 2
    assert attacks[0].duplicate_of is None
    assert attacks[1].duplicate_of == events.index(attacks[0])
    assert not [e for e in events if e.type == "protest"], "a caption never adds an event"


@pytest.mark.model
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ["struck", "troops", "Russian", "protest", "in", "Kyiv", ".", ",", "\n", "’s", "A"]
        )
        | st.text(max_size=8),
        max_size=40,
    ).map(" ".join)
)
def test_never_crashes_and_spans_lie_inside_the_text(make_context, text):
    for event in events_of(make_context, text):
        assert 0 <= event.start <= event.end <= len(text)
        assert event.duplicate_of is None or event.duplicate_of < len(text)


# --- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(shared):
    """The seed article and its gold; inputs of the other extractors built from the gold."""
    text = (shared / "seed" / "kursk-troops-2024-10-26.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    return text, gold


def gold_inputs(text, gold):
    """Places at every mention of a gold place name, and the gold times and quantities."""

    def where(item):
        start = text.index(item["mention"], text.index(item["evidence"]))
        return start, start + len(item["mention"])

    places = {}
    for p in gold["places"]:
        for found in re.finditer(rf"\b{re.escape(p['mention'])}\b", text):
            places[found.start()] = Place(
                found.start(),
                found.end(),
                p["mention"],
                name=p["name"],
                country=p["country"],
                level=p["level"],
                lat=p["lat"],
                lon=p["lon"],
            )
    for m in gold["metonyms"]:
        start, end = where(m)
        places[start] = Place(start, end, m["mention"], role="actor", refers_to=m["refers_to"])
    times = sorted(
        (TimeExpr(*where(t), t["mention"], t["value"]) for t in gold["times"]),
        key=lambda t: t.start,
    )
    quantities = []
    for q in gold["quantities"]:
        measure = q["unit"] if q["unit"] in ("killed", "injured") else None
        quantities.append(
            Quantity(
                *where(q),
                q["mention"],
                q.get("value"),
                low=q.get("low"),
                unit=q["unit"],
                measure=measure,
                hedge=q["hedge"],
            )
        )
    return (
        sorted(places.values(), key=lambda p: p.start),
        times,
        sorted(quantities, key=lambda q: q.start),
    )


def match_gold(events, text, gold_event):
    start = text.index(gold_event["evidence"])
    end = start + len(gold_event["evidence"])
    return [
        e
        for e in events
        if e.duplicate_of is None
        and e.type == gold_event["type"]
        and e.start < end
        and start < e.end
    ]


@pytest.mark.model
@pytest.mark.shared
def test_seed_gold_events(seed, make_context, seed_published):
    from sitrep.extract.events import extract_events

    text, gold = seed
    places, times, quantities = gold_inputs(text, gold)
    ctx = make_context(text, seed_published)
    events = extract_events(ctx, places=places, times=times, quantities=quantities)
    correct = 0
    for g in gold["events"]:
        found = match_gold(events, text, g)
        assert found, f"{g['id']} not found"
        e = found[0]
        ok = (
            e.actor == g.get("actor")
            and (g.get("target") is None or e.target == g["target"])
            and (e.place.name if e.place else None) == g.get("place")
            and e.date == g.get("date")
            and set(g.get("weapon", [])) <= set(e.weapon)
            and e.killed == g.get("killed", g.get("killed_at_least"))
            and e.injured == g.get("injured")
        )
        correct += ok
    assert correct >= 9


@pytest.mark.model
@pytest.mark.shared
def test_seed_captions_are_duplicates(seed, make_context, seed_published):
    from sitrep.extract.events import extract_events

    text, gold = seed
    places, times, quantities = gold_inputs(text, gold)
    events = extract_events(
        make_context(text, seed_published), places=places, times=times, quantities=quantities
    )
    ids = {g["id"]: g for g in gold["events"]}
    for dup in gold["duplicates"]:
        start = text.index(dup["evidence"])
        repeats = [
            e
            for e in events
            if start <= e.start < start + len(dup["evidence"])
            and e.type == ids[dup["same_as"]]["type"]
        ]
        assert repeats and repeats[0].duplicate_of is not None
        original = events[repeats[0].duplicate_of]
        assert match_gold([original], text, ids[dup["same_as"]])
    assert len([e for e in events if e.duplicate_of is None]) == len(
        {id(e) for e in events if e.duplicate_of is None}
    )


@pytest.mark.model
@pytest.mark.shared
def test_seed_with_the_other_extractors_when_present(seed, make_context, seed_published):
    """End to end with whatever extractors exist; only what does not depend on them is checked."""
    from sitrep.extract.events import extract_events

    text, gold = seed
    events = extract_events(make_context(text, seed_published))
    found = sum(bool(match_gold(events, text, g)) for g in gold["events"])
    assert found >= 9
    assert all(0 <= e.start <= e.end <= len(text) for e in events)


@pytest.mark.parametrize(
    ("event_type", "text", "expected"),
    [
        ("attack", "Gunmen attacked a military patrol south of the capital.", "Armed clash"),
        ("attack", "Gunmen attacked a wedding party, killing six.", "Attack"),
        (
            "protest",
            "Protesters shut down roads and blocked major thoroughfares on Sunday.",
            "Violent demonstration",
        ),
        (
            "protest",
            "Security forces violently dispersed a protest, injuring dozens.",
            "Excessive force against protesters",
        ),
        (
            "protest",
            "Police fired tear gas to disperse the demonstrators.",
            "Protest with intervention",
        ),
        (
            "seize_territory",
            "The army took the town after the rebels withdrew under heavy shelling.",
            "Government regains territory",
        ),
        (
            "seize_territory",
            "The town was handed over to the army as part of the peace deal.",
            "Non-violent transfer of territory",
        ),
        ("armed_clash", "A grenade was hurled as residents fought back.", "Grenade"),
    ],
)
def test_acled_codebook_rules(event_type, text, expected):
    actor = text.split(" took")[0] if " took" in text else ""
    assert acled_subtype(event_type, text, actor) == expected


def test_industrial_explosion_is_not_an_attack(nlp):
    from sitrep.extract.context import build_context
    from sitrep.extract.events import extract_events
    from sitrep.model import Article

    text = "A boiler at a steel plant exploded on Thursday, injuring ten workers."
    events = extract_events(build_context(nlp, Article(id="t", text=text)))
    assert not [e for e in events if e.type == "attack"]


# --- the event policy (sitrep.extract.event_policy) -------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # negated: a non-occurrence is not an event
        "The soldiers have not started fighting alongside the army.",
        "No attack was carried out on the town, officials said.",
        # open question or condition
        "The official said it was unclear whether more troops would be sent out to fight.",
        # purpose clause of another action, and a vague hypothetical
        "Rebels could attack.",
        # generic background activity
        "The incursion failed to divert Russian forces from fighting in the east.",
        # bare reporting clauses are not statements
        "Another video showed men standing around and smoking, the newspaper reported.",
        "Russian murderers have resumed their usual business, the president said in a post.",
        # aid needs a concrete object
        "Allies restrict Kyiv using weapons they have provided.",
        # a policy told in the present, and a running toll counted from a starting point
        "The air force says it targets only armed groups.",
        "More than 900 villagers have been killed by the militia since then.",
    ],
)
def test_policy_drops_mentions_that_are_not_events(make_context, text):
    assert events_of(make_context, text) == []


@pytest.mark.model
def test_purpose_clause_is_not_a_second_event(make_context):
    events = events_of(make_context, "Moscow sent troops to the border to fight the rebels.")
    assert [e.type for e in events] == ["deploy"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("As many as 5,000 troops are expected to assemble in Kursk by Monday.", "expected"),
        ("The troops could be deployed to the battlefield in Kursk as soon as Sunday.", "expected"),
        ("Moscow denied that its forces struck the hospital in Kharkiv on Monday.", "denied"),
        ("The G7 agreed to deliver a $50 billion loan package to Ukraine.", "planned"),
        ("Russia managed to claw back some 150 square miles of territory.", "happened"),
    ],
)
def test_policy_keeps_concrete_future_and_denied_events(make_context, text, modality):
    events = events_of(make_context, text)
    assert len(events) == 1
    assert events[0].modality == modality


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Oman has rejected a British request to question the prisoners, an official said.",
            "REJECT",
        ),
        ("Egypt said on Friday that Libya must return a seized tanker.", "DEMAND"),
        ("The unions said they would boycott every meeting with the ministry.", "THREATEN"),
        ("Iran said it would allow nuclear monitors back into the country.", "AGREE"),
        ("Jordan says it will not accept more migrants this year.", "REJECT"),
        ("Norway said on Monday it had expelled three envoys.", "SANCTION"),
        ("The foreign ministers held talks in Geneva on Tuesday.", "CONSULT"),
        ("Hundreds of people blocked roads in the capital on Sunday.", "PROTEST"),
        # one modal reading for statements and announced acts (`event_modals`)
        ("The minister said Norland will retaliate if attacked.", "THREATEN"),
        ("A spokesman said the army would respond with force.", "THREATEN"),
        ("The mayor said schools would stay closed and urged people to stay home.", "DEMAND"),
    ],
)
def test_statement_acts_get_their_plover_type(make_context, text, plover):
    events = events_of(make_context, text)
    assert events and events[0].plover == plover


@pytest.mark.model
def test_back_reference_in_a_relative_clause_is_a_restatement(make_context):
    text = (
        "Ukrainian forces seized 400 square miles of territory in Kursk in August. "
        "Ukraine has held on to most of the territory it seized."
    )
    events = events_of(make_context, text)
    seizures = [e for e in events if e.type == "seize_territory"]
    assert len(seizures) == 2
    assert seizures[1].duplicate_of == events.index(seizures[0])


def test_caption_places_match_when_one_lies_inside_the_other():
    from sitrep.extract.event_merge import same_places
    from sitrep.model import EventPlace

    oblast = EventPlace("Kursk Oblast", 51.5, 36.2, "ADM1", country="RU")
    russia = EventPlace("Russia", 60.0, 100.0, "PCLI", country="RU")
    kyiv = EventPlace("Kyiv", 50.45, 30.52, "PPLC", country="UA")
    assert same_places(oblast, russia) is True
    assert same_places(oblast, kyiv) is False
    assert same_places(oblast, None) is None


@pytest.mark.parametrize(
    ("first", "second", "km"),
    [
        ((None, None), (0.05, 0.05), None),  # no point: not "near" whatever lies at (0, 0)
        ((0.1, None), (0.1, 0.1), None),
        ((None, None), (None, None), None),
        ((0.1, 0.1), (0.1, 0.12), 2),
        ((0.1, 0.1), (0.1, 0.5), 44),
    ],
)
def test_a_place_without_a_point_is_at_no_known_distance(first, second, km):
    from sitrep.extract.place_distances import km_apart, within_km
    from sitrep.model import EventPlace

    a = EventPlace("Marrowby", *first, "PPL", country="XX")
    b = EventPlace("Quarrend", *second, "PPL", country="XX")
    distance = km_apart(a, b)
    assert (None if distance is None else round(distance)) == km
    assert within_km(a, b, 30.0) is (km is not None and km <= 30)


@pytest.mark.parametrize(
    ("lat", "lon", "where"),
    [(None, None, "Portmere"), (1.0, 1.0, "Bight of Corran"), (30.0, 30.0, "Portmere")],
)
def test_a_port_without_a_point_or_far_from_the_waters_named_keeps_its_name(lat, lon, where):
    from sitrep.extract.event_offshore import at_sea

    text = "A drone hit the tanker 30 nautical miles south of Portmere."
    start = text.index("Portmere")
    port = Place(start, start + 8, "Portmere", name="Portmere", level="PPL", lat=lat, lon=lon)
    bight = Place(0, 0, "Bight of Corran", name="Bight of Corran", level="GULF", lat=0.5, lon=0.5)
    assert [p.name for p in at_sea(text, [port], [bight])] == [where]


def test_two_front_line_towns_a_days_march_apart_are_two_places():
    from sitrep.extract.event_merge import same_places
    from sitrep.model import EventPlace

    town = EventPlace("Alderton", 48.28, 37.18, "PPL", country="UA")
    neighbour = EventPlace("Brookfield", 48.53, 37.70, "PPL", country="UA")  # about 45 km
    suburb = EventPlace("Cotterby", 48.31, 37.25, "PPL", country="UA")  # about 6 km
    region = EventPlace("Donetsk Oblast", 48.0, 37.8, "ADM1", country="UA")
    assert same_places(town, neighbour) is False
    assert same_places(town, suburb) is True
    assert same_places(town, region) is True


@pytest.mark.model
def test_caption_with_news_the_body_lacks_is_kept(make_context):
    text = (
        "Russian drones struck Kharkiv on Monday, killing three people.\n\n"
        "Ukrainian troops seized the village of Robotyne on Sunday. AFP via Getty Images\n"
    )
    events = events_of(make_context, text)
    assert [(e.type, e.duplicate_of) for e in events] == [
        ("attack", None),
        ("seize_territory", None),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead sentence's governing event, not its first mention
        (
            "As a result of a surprise attack, the army recovered the villages that rebels "
            "had taken over last month.",
            "Government regains territory",
        ),
        # the weapon told later decides a generic attack (ACLED: the weapon used)
        (
            "Coordinated attacks were launched in nine towns on Friday night. The attacks, "
            "mostly using grenades, wounded four soldiers.",
            "Grenade",
        ),
        # ground changing hands after a withdrawal, told in the next sentence
        (
            "Rebels took control of the border village on Monday. They entered the village "
            "following the withdrawal of government forces.",
            "Non-violent transfer of territory",
        ),
        # diplomacy about an attack is not the attack
        ("The country announced new sanctions in response to the chemical weapons attack.", None),
        # a claim of responsibility is the news, not the bombing
        (
            "The militia takes credit for the suicide bomb that killed nine people at the port.",
            None,
        ),
        # organised crime is not an ACLED event
        (
            "Border guards detained 30 migrants in a lorry. Police linked the case to a "
            "smuggling gang.",
            None,
        ),
    ],
)
def test_report_acled_reads_the_main_event(make_context, text, expected):
    from sitrep.extract.event_main import report_acled
    from sitrep.extract.events import extract_events

    ctx = make_context(text)
    assert report_acled(ctx, extract_events(ctx)) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said the rifles were found during a search of a lorry.",
            "Disrupted weapons use",
        ),
        ("Army engineers destroyed 300 landmines near the border.", "Disrupted weapons use"),
        ("Troops captured two rebel camps in the province.", "Government regains territory"),
        ("A helicopter dropped two barrel bombs on the village.", "Air/drone strike"),
        (
            "A swathe of territory was handed over by the army to the rebels.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_acled_rules_from_the_codebook(make_context, text, expected):
    from sitrep.extract.events import extract_events

    assert expected in [e.acled for e in extract_events(make_context(text))]


@pytest.mark.model
def test_seizing_goods_is_not_territory(make_context):
    from sitrep.extract.events import extract_events

    events = extract_events(make_context("Police seized counterfeit cosmetics in the city."))
    assert not [e for e in events if e.type in ("seize_territory", "retake_territory")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A bomb went off near a market in the town, killing three people.", "went"),
        (
            "Police said 12 people took part in the failed assassination plot.",
            "assassination",
        ),
        ("The bombs started to explode shortly after noon in the old town.", "explode"),
    ],
)
def test_kairos_attack_triggers(make_context, text, word):
    from sitrep.extract.event_triggers import find_triggers

    assert word in [t.text for t in find_triggers(make_context(text)) if t.type == "attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the paramilitary Rapid Support Forces", "Rapid Support Forces"),
        ("from the Rapid Support Forces", "Rapid Support Forces"),
        ("RSF fighters", "RSF"),
        ("the CEO", None),
        ("civilians in the Gaza Strip", None),
        ("head of the paramilitary Rapid Support Forces", None),
        ("the Blue River Army militia", "Blue River Army"),  # the force, not its members' word
        ("the Free Hills Front fighters", "Free Hills Front"),
    ],
)
def test_normalize_actor_reads_descriptors_prepositions_and_acronyms(text, expected):
    assert normalize_actor(text) == expected


def test_acronyms_are_spelled_out_from_the_article():
    from sitrep.extract.event_acronyms import spell_out, spelled_out

    text = "The Institute for the Study of War said rebel units still held the bridge."
    assert spell_out("ISW", text) == "Institute for the Study of War"
    assert spelled_out("ISW", text) == "Institute for the Study of War"
    assert spelled_out("KDP", text) == "KDP"  # not spelled out here: kept as written
    assert spelled_out("Hamas", text) == "Hamas"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran launched dozens of missiles at Israel on Tuesday night.", "attack"),
        ("The company launched a rocket carrying two satellites on Tuesday.", None),
        ("The rebels launched a new political party on Monday.", None),
    ],
)
def test_launching_weapons_at_a_target_is_an_attack(make_context, text, expected):
    found = [e.type for e in events_of(make_context, text) if e.type != "statement"]
    assert (found[0] if found else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan announced $50 million in humanitarian aid for Sudan on Monday.", "aid"),
        ("The bank approved a loan of 2 billion euros for Kenya on Friday.", "aid"),
        ("Aid groups called for more assistance for the displaced.", None),
    ],
)
def test_aid_nouns_count_when_the_aid_is_given(make_context, text, expected):
    found = [e.type for e in events_of(make_context, text) if e.type not in ("statement", "other")]
    assert (found[0] if found else None) == expected


@pytest.mark.model
def test_toll_in_the_next_sentence_belongs_to_the_attack():
    import sitrep

    text = (
        "Russian forces launched more than 30 drones at the city of Kharkiv overnight, "
        "officials said.\n\nAt least six people were killed and about 15 injured, the mayor said."
    )
    attacks = [e for e in sitrep.extract(text, published="2024-11-03").events if e.type == "attack"]
    assert len(attacks) == 1
    assert (attacks[0].killed, attacks[0].killed_hedge) == (6, "lower_bound")
    assert (attacks[0].injured, attacks[0].injured_hedge) == (15, "approximate")


@pytest.mark.model
def test_partitive_counts_take_the_casualty_of_their_verb():
    import sitrep

    result = sitrep.extract("The army said three of its soldiers were killed in clashes.")
    assert [q.measure for q in result.quantities] == ["killed"]
    assert result.events[0].killed == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hamas said its fighters had ambushed an Israeli convoy near Rafah.", "Hamas"),
        ("Sudan's army said it had recaptured the town of Sennar on Saturday.", "Sudan"),
    ],
)
def test_a_body_reporting_its_own_act_is_the_actor(text, actor):
    import sitrep

    events = [e for e in sitrep.extract(text, published="2024-11-03").events]
    assert events[0].actor == actor


@pytest.mark.model
def test_dateline_is_neither_actor_nor_event_text():
    import sitrep

    text = "KYIV, Ukraine — Russian forces launched drones at Kharkiv on Sunday, officials said."
    result = sitrep.extract(text, published="2024-11-03")
    kyiv = next(p for p in result.places if p.text == "KYIV")
    assert kyiv.role == "location"
    attack = next(e for e in result.events if e.type == "attack")
    assert attack.actor == "Russia"
    assert text[attack.start : attack.end].startswith("Russian forces")


@pytest.mark.model
def test_a_hyphenated_place_describes_a_party_not_where_it_happened():
    import sitrep

    text = "A London-based monitor said Iran-backed militias attacked a base on Sunday."
    attack = next(e for e in sitrep.extract(text, published="2024-11-03").events)
    assert attack.place is None or attack.place.name not in ("London", "Iran")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yemen's Houthi militants", "Houthis"),
        ("Iranian-backed Hezbollah fighters", "Hezbollah"),
        ("Russia's UN ambassador", "Russia"),
        ("in Red Sea", None),
    ],
)
def test_armed_groups_win_over_their_country_but_places_stay_places(text, expected):
    assert normalize_actor(text) == expected


@pytest.mark.model
def test_an_event_dating_the_news_is_not_news():
    import sitrep

    text = "At least 4,000 civilians have been killed by security forces since the takeover."
    assert not [e for e in sitrep.extract(text).events if e.type == "seize_territory"]


@pytest.mark.model
def test_a_running_total_in_the_next_sentence_is_not_the_attacks_toll():
    import sitrep

    text = (
        "Rebels fired about 40 rockets at the town of Kiryat Shmona on Sunday. "
        "More than 3,000 people have been killed since the war began."
    )
    attack = next(e for e in sitrep.extract(text, published="2024-11-27").events)
    assert attack.killed is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hours before the truce began, jets struck the port.",
        "Thousands have fled since the fighting began in October.",
    ],
)
def test_an_event_in_a_time_clause_only_dates_the_news(text):
    import sitrep

    types_found = {e.type for e in sitrep.extract(text, published="2024-11-27").events}
    assert not types_found & {"agreement", "armed_clash"}


@pytest.mark.model
def test_a_noun_event_takes_the_date_of_its_verb():
    import sitrep

    text = "A ceasefire between the two armies took effect early Wednesday."
    event = next(e for e in sitrep.extract(text, published="2024-11-27").events)
    assert (event.type, event.date) == ("agreement", "2024-11-27")


@pytest.mark.model
def test_the_area_does_not_point_back_to_the_dateline():
    import sitrep

    text = "BEIRUT (AP) — Soldiers will deploy in the area south of the river next week."
    event = next(e for e in sitrep.extract(text, published="2024-11-27").events)
    assert event.place is None


@pytest.mark.model
def test_with_two_violent_events_each_takes_the_toll_of_its_own_clause():
    import sitrep

    text = (
        "The army said it had struck about 50 rebel targets and that two of its soldiers "
        "were killed in fighting near the border."
    )
    events = {e.type: e for e in sitrep.extract(text, published="2024-06-11").events}
    assert events["attack"].killed is None
    assert events["armed_clash"].killed == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Shipping firms rerouted vessels to avoid the attacks.", "attack"),
        ("The envoy condemned the use of force against peaceful demonstrators.", "protest"),
        ('"We see the threat growing every day," the minister told reporters.', "statement"),
    ],
)
def test_averted_acts_objects_and_discussed_threats_are_no_events(make_context, text, unwanted):
    assert unwanted not in {e.type for e in events_of(make_context, text)}


@pytest.mark.model
def test_an_issued_warning_is_a_statement(make_context):
    events = events_of(make_context, "The ministry issued a warning to shipping companies.")
    assert [(e.type, e.plover) for e in events] == [("statement", "THREATEN")]


@pytest.mark.model
def test_a_toll_told_about_another_place_is_not_carried_back():
    import sitrep

    text = "Russian drones struck the city of Kharkiv overnight. In Odesa, two people were killed."
    attack = next(e for e in sitrep.extract(text, published="2024-11-03").events)
    assert attack.killed is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "actor"),
    [
        ("Two fighter jets then dropped bombs on a market in the town.", "Russia"),
        ("Helicopters then fired on survivors, a witness said.", "Russia"),
        ("Ukrainian jets then struck a bridge near the town.", "Ukraine"),
    ],
)
def test_an_attack_by_an_unnamed_aircraft_continues_the_side_before(second, actor):
    import sitrep

    text = f"Russian forces shelled the town of Kupiansk on Sunday. {second}"
    events = [e for e in sitrep.extract(text, published="2024-11-03").events if e.type == "attack"]
    assert events[-1].actor == actor


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manchester United attacked relentlessly in the second half but failed to score.", None),
        ("The senator attacked the bill as a waste of money during a hearing.", None),
        ("Gunmen attacked a police station in the north on Sunday.", "attack"),
        (
            "Thousands of students marched through Santiago on Thursday to demand free tuition.",
            "protest",
        ),
        ("The government announced a $2 billion aid package for farmers on Monday.", "aid"),
    ],
)
def test_words_of_sport_argument_protest_and_aid(make_context, text, expected):
    found = [e.type for e in events_of(make_context, text) if e.type not in ("statement", "other")]
    assert (found[0] if found else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers at the car plant went on strike on Monday.", "protest"),
        ("The central bank is fighting inflation with higher interest rates.", None),
        ("The former president suffered a heart attack at his home.", None),
        ("A heart attack killed the opposition leader in prison.", None),
        ("The opposition leader was killed by a heart attack, his lawyer said.", None),
        ("A drone attack killed five soldiers near the border.", "attack"),
        ("More than 2 million people received a booster shot last month.", None),
        ("The film bombed at the box office.", None),
        ("The striker shot wide in the 90th minute.", None),
        ("Police raided the offices of the company on Tuesday.", None),
        ("Protesters occupied the university library for three days.", "protest"),
        ("The two armies exchanged fire across the border overnight.", "armed_clash"),
    ],
)
def test_figurative_and_civil_senses_of_violent_words(make_context, text, expected):
    found = [e.type for e in events_of(make_context, text) if e.type not in ("statement", "other")]
    assert (found[0] if found else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces have besieged the city of Avdiivka for months.", "armed_clash"),
        ("Army helicopters evacuated the wounded overnight from the besieged city.", None),
        ("A state of siege has been declared in two northern provinces.", None),
        ("Armed men stormed a hotel in the capital late on Friday.", "attack"),
        ("Thousands of civilians were evacuated from the city on Monday.", None),
        ("Ukrainian troops withdrew from the town on Wednesday.", "withdraw"),
        ("The ceasefire collapsed on Monday.", None),
        ("The two sides agreed to a ceasefire on Monday.", "agreement"),
    ],
)
def test_sieges_evacuations_and_broken_truces(make_context, text, expected):
    found = [e.type for e in events_of(make_context, text) if e.type not in ("statement", "other")]
    assert (found[0] if found else None) == expected


@pytest.mark.model
def test_the_strikes_in_the_next_sentence_are_the_strikes_just_told(make_context):
    text = (
        "Rebels shelled the port on Sunday. Warplanes struck 13 rebel targets near the "
        "capital on Monday. The strikes hit storage sites and launchers, an official said."
    )
    events = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert [e.duplicate_of for e in events] == [None, None, 1]


@pytest.mark.model
def test_attacking_a_bill_is_a_criticism(make_context):
    events = events_of(make_context, "The senator attacked the bill as a waste of money.")
    assert [(e.type, e.plover) for e in events] == [("statement", "DISAPPROVE")]


@pytest.mark.model
def test_a_dateline_with_its_filing_date_is_neither_actor_nor_event_text():
    import sitrep

    text = "MOSCOW, Sept 1 (Reuters) - Ukraine launched drones at Russia overnight, officials said."
    result = sitrep.extract(text, published="2024-09-01")
    assert next(p for p in result.places if p.text == "MOSCOW").role == "location"
    attack = next(e for e in result.events if e.type == "attack")
    assert (attack.actor, attack.target) == ("Ukraine", "Russia")
    assert text[attack.start : attack.end].startswith("Ukraine")


@pytest.mark.model
def test_the_toll_and_place_of_a_clause_that_dates_the_news_are_not_its_own():
    import sitrep

    text = "The raids came two weeks after gunmen killed 12 villagers in Pahalgam."
    result = sitrep.extract(text, published="2024-09-01")
    raids = next(e for e in result.events if "raids" in text[e.start : e.end])
    assert (raids.killed, raids.place) == (None, None)


def _extracted(text, published="2024-09-01"):
    import sitrep

    return sitrep.extract(text, published=published)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army does not usually comment on individual strikes in the north.", None),
        ("Officials declined to comment on the strike, which killed five people.", "attack"),
        ("Teachers went on strike on Monday.", "protest"),
        ("Dock workers went on a general strike.", "protest"),
    ],
)
def test_on_strike_is_a_stoppage_and_comment_on_strikes_reports_none(text, expected):
    found = [e.type for e in _extracted(text).events if e.type not in ("statement", "other")]
    assert found[:1] == ([expected] if expected else [])


@pytest.mark.model
def test_the_dead_of_a_headline_passive_are_not_the_attackers():
    result = _extracted("Dozens of Malian soldiers killed in ambush near border")
    assert next(e for e in result.events if e.type == "attack").actor is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("New Delhi blamed the attack on Pakistan, which denied any role.", "Pakistan"),
        ("The government blamed the bombing on Islamic State militants.", "Islamic State"),
        ("Police blamed the attack on unknown gunmen.", None),
        ("Kyiv accused Moscow of shelling the plant.", "Russia"),
    ],
)
def test_the_side_blamed_is_the_actor_not_the_one_who_blames(text, actor):
    result = _extracted(text)
    assert next(e for e in result.events if e.type == "attack").actor == actor


@pytest.mark.model
def test_the_side_blamed_is_not_where_the_attack_happened():
    result = _extracted("New Delhi blamed the attack on Pakistan, which denied any role.")
    assert next(e for e in result.events if e.type == "attack").place is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting forced 5,000 people to flee towards Bukavu on Saturday.",
        "Warplanes fired missiles from the direction of Idlib overnight.",
    ],
)
def test_where_people_fled_to_or_fire_came_from_is_not_where_it_happened(text):
    event = next(e for e in _extracted(text).events if e.type in ("attack", "armed_clash"))
    assert event.place is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Aid convoys left the region a day after Sudan recaptured it in a swift offensive.",
        "Thousands of residents have fled the town since Sunday, as a queue of trucks stretched "
        "along the only road out of the valley a week after Ethiopia retook it.",
    ],
)
def test_a_country_read_as_the_object_of_after_is_the_subject_of_the_verb_after_it(text):
    """ "a week after Ethiopia retook it": the parser may take the country for the object of
    "after"; it is the side that retook the town, an actor, not where it happened."""
    result = _extracted(text)
    (event,) = result.events
    assert (event.actor, event.place) == (result.places[0].name, None)
    assert result.places[0].role == "actor"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rival gangs are fighting over smuggling routes along the coast.", []),
        ("Rival gangs fought over smuggling routes in the port on Monday.", ["armed_clash"]),
    ],
)
def test_a_present_rivalry_over_a_trade_is_no_clash(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_a_toll_told_on_the_events_own_noun_is_its_toll():
    """ "killed an officer ..., sparking a gunfight in which two attackers were killed": the
    gunfight's dead are the two its own clause tells, not the officer killed before it."""
    text = (
        "Armed men killed a police officer and barricaded themselves in a church on Sunday, "
        "sparking a day-long gunfight in which two of the attackers were killed, officials said."
    )
    (event,) = _extracted(text).events
    assert (event.type, event.killed) == ("armed_clash", 2)


@pytest.mark.model
def test_an_ethnic_people_shelled_is_no_states_target():
    text = "Government troops shelled villages held by ethnic Uzbek fighters on Monday."
    (event,) = _extracted(text).events
    assert event.target is None


@pytest.mark.model
def test_where_the_story_was_filed_is_not_where_a_noun_event_happened():
    text = (
        "SKOPJE, May 3 (Reuters) - Police searched for the men behind a day-long gunfight in the "
        "north of the country."
    )
    (event,) = _extracted(text).events
    assert event.place is None


@pytest.mark.model
def test_where_someone_was_crossing_to_is_not_where_they_were_arrested():
    text = "Police in Batumi detained the smuggler as he tried to cross into Turkey on Monday."
    event = next(e for e in _extracted(text).events if e.type == "arrest")
    assert event.place is not None and event.place.name == "Batumi"


@pytest.mark.model
def test_a_sides_affiliation_is_not_where_the_strikes_fell():
    text = "Israeli jets struck targets linked to Iran in Syria on Monday."
    event = next(e for e in _extracted(text).events if e.type == "attack")
    assert event.place is not None and event.place.name == "Syria"


@pytest.mark.model
def test_the_town_points_back_to_the_town_not_its_province():
    text = (
        "Troops recaptured the town of Saraqib in Idlib province on Monday. "
        "Rebels had seized the town on Saturday."
    )
    seized = next(e for e in _extracted(text).events if e.type == "seize_territory")
    assert seized.place is not None and seized.place.name == "Saraqib"


@pytest.mark.model
def test_a_country_holding_a_town_does_not_make_two_unclaimed_strikes_one():
    text = (
        "Israel has carried out hundreds of strikes on targets in Syria since the start of the "
        "war in 2011. On Monday, a strike destroyed a building in Damascus, killing seven people."
    )
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    assert [e.duplicate_of for e in attacks] == [None, None]
    assert attacks[0].killed is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Indian and Pakistani troops exchanged artillery fire overnight.", {"India", "Pakistan"}),
        (
            "Armenian and Azerbaijani forces clashed on the border on Monday.",
            {"Armenia", "Azerbaijan"},
        ),
    ],
)
def test_a_clash_between_two_sides_named_together(text, sides):
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert {clash.actor, clash.target} == sides
    assert clash.place is None  # neither demonym says where the fighting was


@pytest.mark.model
def test_a_country_that_only_locates_the_ambush_is_not_its_target():
    event = next(e for e in _extracted("Rebels ambushed a convoy near the Algerian border.").events)
    assert (event.type, event.target) == ("attack", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad's paramilitary Desert Shield Forces", "Desert Shield Forces"),
        ("Niger's rebel Liberation Front", "Liberation Front"),
        ("Chad's army", "Chad"),
    ],
)
def test_a_countrys_non_state_force_is_the_force(text, expected):
    assert normalize_actor(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Desert Shield Forces", True),
        ("M23", True),
        ("Hamas", True),
        ("Chad", False),
        ("NATO", False),
        ("Health Minister Ali Musa", False),
    ],
)
def test_is_non_state(name, expected):
    assert is_non_state(name) is expected


@pytest.mark.model
def test_a_toll_told_before_a_noun_attack_and_the_city_it_names():
    text = (
        "Chad's paramilitary Desert Shield Forces killed at least 30 people in an assault on "
        "the Kanem city of Mao, residents said."
    )
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.killed, attack.killed_hedge) == (
        "Desert Shield Forces",
        30,
        "lower_bound",
    )
    assert attack.place is not None and attack.place.name == "Mao"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The paramilitary Desert Shield Forces seized the town of Mao on Monday. "
            "Residents said the paramilitary shelled the market on Tuesday.",
            "Desert Shield Forces",
        ),
        (
            "Hamas fighters attacked a post on Monday. Hezbollah fired rockets on Tuesday. "
            "The U.N. called for calm. Witnesses said the group shelled a village.",
            None,  # two groups named before: "the group" is not guessed
        ),
    ],
)
def test_the_paramilitary_is_the_one_armed_group_named_before(text, actor):
    shelled = next(e for e in _extracted(text).events if "shelled" in text[e.start : e.end])
    assert shelled.actor == actor


@pytest.mark.model
def test_tensions_that_explode_into_fighting_are_no_blast():
    text = "In April, tensions between the two generals exploded into open fighting in the capital."
    assert [e.type for e in _extracted(text).events] == ["armed_clash"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The war between the army and the rebels erupted in 2021 and has killed 9,000 people.",
        "The war began two years ago. It has killed more than 9,000 people, the U.N. says.",
        "Fighting continued in the conflict, which has killed 9,000 people.",
    ],
)
def test_a_wars_running_toll_is_no_attack_but_stays_a_quantity(text):
    result = _extracted(text)
    assert not [e for e in result.events if e.killed is not None]
    assert "killed" in [q.measure for q in result.quantities]


@pytest.mark.model
def test_a_count_since_a_date_is_not_the_toll_of_the_fighting_beside_it():
    text = (
        "Thousands have fled the fighting in the north, and at least 900 civilians have been "
        "killed by soldiers since the coup, a rights group said."
    )
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert clash.killed is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen accused of killing 20 villagers as fighting spreads", None),
        ("Five civilians were killed as fighting raged in the town.", 5),
    ],
)
def test_a_killing_by_someone_is_not_the_toll_of_the_fighting_around_it(text, killed):
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert clash.killed == killed


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran behind drone strike on tanker, British officials say",
        "Iran was behind the drone strike on the tanker, two British officials said.",
    ],
)
def test_the_side_behind_an_attack_is_its_actor_and_the_sources_country_is_not_its_place(text):
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.place) == ("Iran", None)
    assert attack.target != "United Kingdom"


@pytest.mark.model
def test_a_statement_by_a_pronoun_takes_the_side_of_the_speaker_named_before():
    text = (
        "The shelling killed four people, Ukraine's Interior Minister Ihor Klymenko said on "
        "Monday. The toll could rise, he warned."
    )
    warned = next(e for e in _extracted(text).events if e.type == "statement")
    assert warned.actor == "Ukraine"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army declined to comment.",
        "The radios had been ordered from a company in Cyprus, the official said.",
    ],
)
def test_no_comment_and_goods_ordered_are_no_statements(text):
    assert [e.type for e in _extracted(text).events] == []


@pytest.mark.model
def test_strikes_on_rebel_positions_do_not_target_the_country_they_fell_in():
    text = "Army aircraft carried out strikes on rebel positions near Gao on Sunday."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.target is None


@pytest.mark.model
def test_the_attack_points_to_the_latest_attack_not_an_older_one_by_its_side():
    text = (
        "Pakistani troops shelled a border post on Monday. Indian jets struck camps in Pakistan "
        "on Wednesday. The strikes came two weeks after gunmen killed 26 tourists in Kashmir. "
        "New Delhi blamed the attack on Pakistan."
    )
    blamed = _extracted(text).events[-1]
    assert (blamed.actor, blamed.duplicate_of) == ("Pakistan", None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The rebels captured Bunia on Monday.",
        "Fighting around Bunia, which the rebels captured last month, killed about 300 people.",
    ],
)
def test_a_seized_town_counts_whatever_the_tagger_calls_its_name(text):
    seized = next(e for e in _extracted(text).events if e.type == "seize_territory")
    assert seized.place is not None and seized.place.name == "Bunia"


@pytest.mark.model
def test_a_gerund_subject_takes_the_toll_of_its_verb_beside_a_seizure():
    text = "Fighting around Bunia, which the rebels captured last month, killed about 300 people."
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert (clash.killed, clash.killed_hedge) == (300, "approximate")


@pytest.mark.model
def test_police_capturing_someone_is_no_seizure_of_ground():
    assert not [
        e
        for e in _extracted("Police captured Smith on Monday.").events
        if e.type == "seize_territory"
    ]


@pytest.mark.model
def test_an_attack_weighed_before_it_happens_is_expected():
    text = "An attack on Kharkiv would be devastating, the U.N. envoy said."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.modality == "expected"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian missiles struck a power plant in Kharkiv on Monday.", ["attack"]),
        ("A blast at a chemical plant killed five workers.", []),  # an industrial accident
    ],
)
def test_missiles_on_a_power_plant_are_an_attack_not_an_accident(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_the_attack_told_bare_sentences_later_is_the_attack_already_told():
    text = (
        "Russian missiles struck a power plant in Kharkiv on Monday. The mayor asked residents "
        "to save power. Analysts said the attack would deepen the energy crisis."
    )
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    assert [e.duplicate_of for e in attacks] == [None, 0]


@pytest.mark.model
def test_an_attack_that_killed_is_no_war_toll_after_a_sentence_on_the_war():
    text = "The war began in 2022. Russia launched an attack which killed 5 people in Kharkiv."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.killed == 5


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A rocket fired by Hamas militants hit a bus on Monday.", "Hamas"),
        ("A drone launched by Russian forces hit a school in Sumy.", "Russia"),
    ],
)
def test_a_weapon_fired_by_a_side_is_that_sides_act(text, actor):
    hit = next(e for e in _extracted(text).events if e.type == "attack")
    assert hit.actor == actor


@pytest.mark.model
def test_a_missile_fired_by_a_countrys_rebels_is_the_rebels_not_the_country():
    text = "A missile fired by Yemen's Houthi rebels struck a tanker on Monday."
    hit = next(e for e in _extracted(text).events if e.type == "attack")
    assert (hit.actor, hit.target) == ("Houthis", None)


@pytest.mark.model
def test_a_hyphenated_group_name_is_the_actor():
    text = "Al-Shabaab frequently carries out attacks in Mogadishu."
    assert _extracted(text).events[0].actor == "al-Shabaab"


@pytest.mark.model
def test_a_fronted_place_is_no_target():
    text = "In Tel Aviv, a missile hit a residential building on Sunday, injuring 22 people."
    hit = next(e for e in _extracted(text).events if e.type == "attack")
    assert hit.target != "In Tel Aviv"
    assert hit.injured == 22


@pytest.mark.model
def test_neutralising_fighters_is_a_killing():
    text = "The army said on Monday it had neutralised about 50 militants near Djibo."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.killed, attack.killed_hedge) == (50, "approximate")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fighting raged in Wau, in South Sudan. The rebels said they only responded to "
            "attacks by the army on Monday. Residents of Wau and Juba fled.",
            "South Sudan",
        ),
        (
            "Fighting raged in Wau, in South Sudan. Sudanese officials and Kenyan envoys met. "
            "The rebels said they only responded to attacks by the army on Monday.",
            None,  # other countries are parties here: "the army" is not guessed
        ),
    ],
)
def test_the_army_in_a_report_about_one_country_is_that_countrys(text, actor):
    attack = next(e for e in _extracted(text).events if "by the army" in text[e.start : e.end])
    assert attack.actor == actor


@pytest.mark.model
def test_the_police_act_for_the_reports_country_even_with_a_neighbour_named():
    text = (
        "Gunmen stormed a checkpoint in Quetta, in Pakistan, on Monday. Security forces killed "
        "three of the gunmen in Quetta, officials said. Islamabad accused Kabul of harbouring them."
    )
    attack = next(e for e in _extracted(text).events if "Security forces" in text[e.start : e.end])
    assert attack.actor == "Pakistan"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Chad's MPLF accused of killing dozens in border town", "MPLF"),
        ("The MPLF was accused of killing 20 villagers near Faya on Monday.", "MPLF"),
        ("Kyiv accused Moscow of killing 12 civilians in Kharkiv on Monday.", "Russia"),
    ],
)
def test_a_killing_a_side_is_accused_of_is_that_sides_attack(text, actor):
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.actor == actor


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A car bomb exploded near a market in Baidoa on Friday, killing 10 people. "
            "The extremist group al-Shabaab claimed responsibility in a statement.",
            "al-Shabaab",
        ),
        (
            "A car bomb exploded near a market in Baidoa on Friday, killing 10 people. "
            "No group has claimed responsibility.",
            None,
        ),
        (
            "Hamas fighters attacked a post on Friday, killing 10 soldiers. "
            "Islamic State militants later claimed responsibility.",
            "Hamas",  # a claim never overrides the side the report gave
        ),
    ],
)
def test_a_claim_of_responsibility_names_the_attacks_actor(text, actor):
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.actor == actor


@pytest.mark.model
def test_attackers_killed_by_the_response_are_not_the_attacks_toll():
    text = (
        "Police said 40 people were wounded in the attack at the hotel on Friday, and that "
        "security forces killed four attackers."
    )
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.killed, attack.injured) == (None, 40)


@pytest.mark.model
def test_the_side_that_lost_soldiers_was_hit():
    text = "Russia has lost 900 soldiers killed or wounded in the past day, Kyiv said."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.target, attack.killed) == (None, "Russia", None)


@pytest.mark.model
def test_bombs_on_an_industrial_site_are_an_attack_not_an_accident():
    text = "Two bombs struck an industrial facility in Zaporizhzhia on Wednesday."
    assert [e.type for e in _extracted(text).events] == ["attack"]


@pytest.mark.model
def test_attacks_said_to_continue_are_still_to_come():
    text = "The spokesman said the strikes would continue until the blockade ended."
    assert not [e for e in _extracted(text).events if e.modality == "happened"]


@pytest.mark.model
def test_a_place_word_opening_a_bodys_name_is_not_where_the_event_was():
    text = "Government troops, backed by African Union forces, recaptured three villages on Monday."
    event = next(e for e in _extracted(text).events if e.type == "retake_territory")
    assert event.place is None or event.place.name != "Africa"


@pytest.mark.model
def test_a_named_region_is_no_back_reference_to_the_last_place():
    text = (
        "Doctors at a clinic in Kismayo treated the wounded. The army said on Monday that it "
        "had recaptured several villages in the Lower Vashti region."
    )
    event = next(e for e in _extracted(text).events if e.type == "retake_territory")
    assert event.place is None or event.place.name != "Kismayo"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew abandoned the burning tanker on Monday.", []),
        ("Ukrainian troops abandoned their positions near Pokrovsk.", ["withdraw"]),
    ],
)
def test_a_crew_abandoning_ship_is_no_retreat(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_the_act_an_attack_answers_is_an_event_of_its_own():
    text = (
        "Rebel commanders said the raid was a response to Ruritanian airstrikes on Tuesday on "
        "camps near Kidal, which local officials said killed 14 people."
    )
    events = [e for e in _extracted(text, "2024-03-08").events if e.type == "attack"]
    answered = next(e for e in events if "airstrikes" in text[e.start : e.end])
    raid = next(e for e in events if e is not answered)
    assert (answered.killed, answered.place.name, answered.date) == (14, "Kidal", "2024-03-05")
    assert (raid.killed, raid.place) == (None, None)


@pytest.mark.model
def test_an_attack_told_in_detail_right_after_is_the_same_attack():
    text = (
        "Russian forces shelled the town of Kupiansk on Monday, killing four people, the governor "
        "said. Two shells struck a school and hit a market nearby, he said."
    )
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    detail = next(e for e in attacks if "Two shells" in text[e.start : e.end])
    assert detail.duplicate_of is not None
    assert attacks[detail.duplicate_of].killed == 4


@pytest.mark.model
def test_an_urging_after_a_denial_is_the_speakers_own_asserted_statement():
    text = (
        "French Foreign Minister Jean Durand, speaking in Geneva, said Paris had not known of "
        "the plan in advance and urged both sides to show restraint."
    )
    urging = next(e for e in _extracted(text).events if e.type == "statement")
    assert (urging.trigger, urging.actor, urging.modality) == ("urged", "France", "happened")


@pytest.mark.model
@pytest.mark.parametrize("verb", ["condemned", "praised"])
def test_who_judges_an_attack_is_not_its_attacker(verb):
    text = f"Gunmen stormed a checkpoint near Kidal. Prime Minister Anna Berg {verb} the attack."
    assert [e.actor for e in _extracted(text).events] == ["Unidentified Armed Group", None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's Defence Ministry said its forces had liberated two villages in the Donetsk "
            "region.",
            ("seize_territory", "Russia", "Ukraine"),
        ),
        (
            "Ukraine's army said its forces had liberated two villages in the Kharkiv region.",
            ("retake_territory", "Ukraine", None),
        ),
    ],
)
def test_a_liberation_on_another_states_ground_is_a_seizure(text, expected):
    gain = next(e for e in _extracted(text).events if "liberated" in text[e.start : e.end])
    assert (gain.type, gain.actor, gain.target) == expected


@pytest.mark.model
def test_an_attack_told_in_a_when_clause_on_its_day_is_an_event_of_its_own():
    text = (
        "Soldiers fired at gunmen who approached the convoy, the army said. The war began on "
        "Oct. 7, 2023, when militants attacked the town of Aguelhok, killing 300 people."
    )
    events = _extracted(text, "2024-03-08").events
    raid = next(e for e in events if "militants attacked" in text[e.start : e.end])
    assert (raid.duplicate_of, raid.date, raid.killed) == (None, "2023-10-07", 300)
    assert events[0].killed is None


@pytest.mark.model
def test_a_junta_strike_is_the_report_countrys_own_forces():
    text = (
        "Junta airstrike kills 12 in Mandalay village\n\n"
        "A fighter jet bombed a village in Myanmar's Mandalay region on Sunday, killing 12 "
        "people, residents of Mandalay said."
    )
    headline = _extracted(text).events[0]
    assert (headline.actor, headline.target) == ("Myanmar", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen attacked a police post in Pakistan's northwestern Khyber Pakhtunkhwa "
            "province on Monday.",
            "Khyber Pakhtunkhwa",
        ),
        (
            "Gunmen attacked a checkpoint in Nigeria's northeastern Borno state on Monday.",
            "Borno State",
        ),
    ],
)
def test_the_country_owning_a_named_province_is_not_where_it_happened(text, place):
    attack = _extracted(text).events[0]
    assert attack.place.name == place


@pytest.mark.model
def test_a_claim_for_the_attack_skips_the_police_answer_to_it():
    text = (
        "Gunmen stormed a police post near Peshawar on Monday, killing three officers. Police "
        "killed two of the attackers. Five officers were wounded. The Pakistani Taliban claimed "
        "responsibility for the attack."
    )
    events = [e for e in _extracted(text).events if e.type == "attack"]
    answer = next(e for e in events if "two of the attackers" in text[e.start : e.end])
    assert (events[0].actor, events[0].killed) == ("Pakistani Taliban", 3)
    assert (answer.actor, answer.injured) == ("Pakistan", None)  # the police of the country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen seized 12 hostages at a bank in Kidal on Friday.", "abduction"),
        ("Police captured five suspects in Kidal on Friday.", "arrest"),
    ],
)
def test_hostages_taken_are_an_abduction_not_an_arrest(text, expected):
    assert [e.type for e in _extracted(text).events] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He asked not to be named for security reasons.", []),
        ("She asked not to be identified because she feared reprisals.", []),
        ("The minister asked the court to delay the hearing.", ["statement"]),
    ],
)
def test_a_source_asking_not_to_be_named_makes_no_statement(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_one_shelling_told_after_a_count_of_attacks_is_not_that_count_again():
    text = (
        "Rebel fighters attacked 12 times near Goma over the past day, the army said. "
        "Rebel artillery later shelled the town of Goma, injuring a farmer, officials said."
    )
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    series = next(e for e in attacks if "12 times" in text[e.start : e.end])
    shelling = next(e for e in attacks if "shelled" in text[e.start : e.end])
    assert series.injured is None
    assert (shelling.duplicate_of, shelling.injured) == (None, 1)


@pytest.mark.model
def test_a_launch_aimed_at_a_country_after_a_list_of_weapons_is_an_attack():
    text = "Iran launched 30 drones and four missiles at Israel overnight, the army said."
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    assert [(e.actor, e.target) for e in attacks] == [("Iran", "Israel")]


@pytest.mark.model
def test_a_live_blog_time_stamp_is_no_actor():
    text = "14:05 GMT — A Russian missile struck the city of Dnipro, killing two people."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.killed) == ("Russia", 2)
    assert attack.date == "2024-09-01T14:05Z"  # nothing else dates it: the item's stamp does
    assert text[attack.start : attack.end].startswith("A Russian")


@pytest.mark.model
def test_the_city_a_story_is_filed_from_is_not_where_its_attack_happened():
    text = "NAIROBI (Reuters) - Somali pirates fired rockets at a cargo ship on Monday, officials said."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.place, attack.target) == (None, None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An airstrike on the town hall killed the governor and at least four other people.", 5),
        ("The mayor and two others were killed when a bomb exploded at the town hall.", 3),
        ("The strike killed five people and wounded 12 others.", 5),
    ],
)
def test_victims_named_before_a_count_of_others_add_to_the_toll(text, killed):
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.killed == killed


@pytest.mark.model
def test_the_strikes_point_back_to_the_last_strikes_not_to_a_launch_told_between():
    text = (
        "Coalition jets struck rebel camps near the port on Monday. The rebels said they had "
        "fired missiles at a cargo ship. Rebel television said the strikes hit two camps, "
        "killing one person."
    )
    events = [e for e in _extracted(text).events if e.type == "attack"]
    back = next(e for e in events if "the strikes hit" in text[e.start : e.end])
    assert back.duplicate_of == 0 and events[0].killed == 1


@pytest.mark.model
def test_a_bomb_on_one_town_does_not_restate_a_night_of_drones_and_missiles():
    text = (
        "Russia launched 80 drones and six missiles at Ukraine overnight, the air force said. "
        "Later, a Russian glide bomb struck the town of Kostiantynivka, killing a man."
    )
    night, bomb = [e for e in _extracted(text).events if e.type == "attack"]
    assert (night.killed, bomb.duplicate_of, bomb.killed) == (None, None, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of gunmen on motorbikes attacked the position at dawn.", "attack"),
        ("The opposition leader attacked the government's position on the war.", "statement"),
    ],
)
def test_a_position_attacked_by_armed_men_is_no_criticism(text, expected):
    assert [e.type for e in _extracted(text).events] == [expected]


@pytest.mark.model
def test_a_place_in_a_clause_joined_on_with_its_own_subject_is_not_the_attacks():
    text = (
        "The army said 40 militants were neutralised and that reinforcements had been sent from "
        "Ouallam."
    )
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.place is None


@pytest.mark.model
def test_a_killing_told_beside_weapons_seized_is_still_an_attack():
    text = "The rebels said their fighters had killed 12 soldiers and seized two trucks of weapons."
    types_found = sorted(e.type for e in _extracted(text).events)
    assert types_found == ["attack", "other"]


@pytest.mark.model
def test_the_town_points_back_to_the_town_not_to_the_one_it_is_measured_from():
    text = (
        "Rebels seized Sake, about 25 km west of Goma, in January. Militias entered the town on "
        "Sunday after heavy clashes."
    )
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert clash.place is not None and clash.place.name == "Sake"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops drove the rebels out of the town of Kitchanga on Monday.",
            ["retake_territory"],
        ),
        ("M23 rebels drove the army out of the town of Kitchanga on Monday.", ["seize_territory"]),
        ("The storm drove tourists out of the hotels on the coast.", []),
        # a non-state side's "liberated" is its word for a seizure; a state's is a regain
        ("The M23 said on Tuesday it had liberated the town of Kitchanga.", ["seize_territory"]),
        ("The Congolese army liberated the town of Kitchanga on Tuesday.", ["retake_territory"]),
    ],
)
def test_driving_fighters_out_of_a_town_gains_it(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_an_armed_group_capturing_a_known_town_is_a_seizure_without_other_war_words():
    text = "The M23 captured Goma in late January, officials said."
    seized = [e for e in _extracted(text).events if e.type == "seize_territory"]
    assert [(e.actor, e.place.name if e.place else None) for e in seized] == [("M23", "Goma")]


@pytest.mark.model
def test_a_country_named_before_a_warship_is_its_side_not_where_it_acted():
    text = "A U.S. destroyer shot down three drones over the Gulf of Aden on Monday."
    event = _extracted(text).events[0]
    assert event.actor == "United States"
    assert event.place is None or event.place.name != "United States"


@pytest.mark.model
def test_the_home_the_actors_own_name_gives_is_not_its_target():
    text = "Yemen's Houthi rebels fired two missiles at a tanker west of Hodeidah on Monday."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.target) == ("Houthis", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Hezbollah fired rockets at soldiers near the village of Khiam on Monday.",
            "Hezbollah",
            None,
        ),
        ("Houthis fired missiles at a ship off Yemen on Monday.", "Houthis", None),
        # insurgents at war with their own state do hit it
        (
            "Boko Haram fighters attacked soldiers near Maiduguri on Monday.",
            "Boko Haram",
            "Nigeria",
        ),
    ],
)
def test_a_group_fighting_foreign_states_does_not_hit_its_own_home(text, actor, target):
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.target) == (actor, target)


@pytest.mark.model
def test_places_between_which_something_runs_are_not_where_the_attacks_were():
    text = (
        "Rebels attacked ships near the strait on Monday. The attacks have added ten days to "
        "voyages between Asia and Europe."
    )
    back = next(e for e in _extracted(text).events if "The attacks" in text[e.start : e.end])
    assert back.place is None


@pytest.mark.model
def test_two_towns_seized_are_two_seizures_however_near():
    text = (
        "Rebels seized Sake in January, officials said. The rebels captured Goma in late January."
    )
    seized = [e for e in _extracted(text).events if e.type == "seize_territory"]
    assert [e.duplicate_of for e in seized] == [None, None]


@pytest.mark.model
def test_where_reinforcements_were_sent_from_is_not_where_the_town_was_retaken():
    text = "The rebels sent reinforcements from Sake and retook the town on Tuesday."
    retaken = next(e for e in _extracted(text).events if e.type == "retake_territory")
    assert retaken.place is None or retaken.place.name != "Sake"


@pytest.mark.model
def test_towns_struck_stand_for_their_country_as_the_target():
    text = "Drones hit Odesa and Kharkiv overnight, officials said."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.target == "Ukraine"


@pytest.mark.model
def test_drones_shot_down_or_jammed_are_a_disrupted_attack_not_one():
    text = "Air defences shot down or jammed 40 of the drones, the air force said."
    assert [(e.type, e.acled) for e in _extracted(text).events] == [
        ("other", "Disrupted weapons use")
    ]


@pytest.mark.model
def test_the_people_an_attack_is_done_for_are_not_its_target():
    text = 'Houthi fighters fired missiles at a tanker "in solidarity with the Palestinian people".'
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.target is None


@pytest.mark.model
def test_two_clauses_with_subjects_of_their_own_are_two_acts_of_one_type():
    text = (
        "Government troops drove the rebels out of the town of Kitchanga on Sunday, but the "
        "rebels recaptured it on Tuesday, residents said."
    )
    assert [e.type for e in _extracted(text).events] == ["retake_territory", "retake_territory"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta has failed to halt the violence in the north.", []),
        ("The government halted arms exports to Israel on Monday.", ["sanction"]),
    ],
)
def test_halting_violence_sanctions_no_one(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_a_strike_that_killed_fighters_does_not_target_the_country_it_fell_in():
    text = (
        "NIAMEY (AFP) - Soldiers were attacked near Ouallam in Niger on Sunday. The army said it "
        "had killed about 30 jihadists in an air strike on a camp near Abala."
    )
    strike = next(e for e in _extracted(text).events if "air strike" in text[e.start : e.end])
    assert strike.target is None


@pytest.mark.model
def test_the_town_is_not_where_forces_were_sent_from():
    text = (
        "The rebels sent reinforcements from Sake on Monday. At least 22 civilians were killed "
        "in the fighting for the town, officials said."
    )
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert clash.place is None


@pytest.mark.model
def test_a_town_retaken_does_not_make_its_country_the_target():
    retaken = _extracted("Government troops retook Sake on Monday.").events[0]
    assert (retaken.type, retaken.target) == ("retake_territory", None)


@pytest.mark.model
def test_token_positions_agree_with_the_document(make_context):
    """The bisection over token starts finds the token holding each character, None between."""
    from sitrep.extract.token_positions import token_index_at

    text = "KYIV, Ukraine —  Drones hit Odesa on Monday.\n\nTwo people were hurt, officials said."
    doc = make_context(text).doc
    for char in range(len(text) + 1):
        holder = next((t.i for t in doc if t.idx <= char < t.idx + len(t.text)), None)
        assert token_index_at(doc, char) == holder


@pytest.mark.model
def test_a_dateline_hung_on_the_subject_names_no_side():
    text = (
        "PEMBA, Kenland (AFP) - Islamist insurgents stormed the town of Tarimo on Friday, "
        "clashing with troops for two days, residents said."
    )
    events = _extracted(text).events
    assert [e.actor for e in events] == [None] * len(events)
    assert all(e.target != "PEMBA" for e in events)


@pytest.mark.model
def test_where_the_attackers_were_is_not_who_they_were():
    text = "Islamist militants overrun army base in northeast Nigeria, kill at least 18 soldiers"
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.actor is None


@pytest.mark.model
def test_a_killing_with_its_own_subject_beside_another_act_is_its_own_event():
    text = (
        "Last month, gunmen killed 12 farmers near the town of Konduga, and a roadside bomb hit "
        "a bus near Damboa, killing eight passengers."
    )
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    assert sorted(e.killed for e in attacks) == [8, 12]
    farmers = next(e for e in attacks if e.killed == 12)
    assert "bomb" not in text[farmers.start : farmers.end]  # the second act is not in its span
    assert farmers.acled == "Attack"  # nor is its roadside bomb in its ACLED type


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "An airstrike hit the market, killing 12 people.",
        "Gunmen stormed the village and killed 12 people.",
        "Police said 63 others were wounded in the attack, and that security forces killed five "
        "attackers.",
    ],
)
def test_a_killing_that_tells_an_attacks_outcome_stays_that_attack(text):
    assert [e.type for e in _extracted(text).events] == ["attack"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army expelled the militants from the town of Tarimo on Sunday.", "retake_territory"),
        ('Soldiers had "expelled the terrorists" from Tarimo on Sunday.', "retake_territory"),
        ("Niger expelled the French ambassador from the country.", "sanction"),
        ("Mali expelled French troops from the country.", "sanction"),
    ],
)
def test_armed_men_expelled_from_a_town_lost_ground(text, expected):
    assert [e.type for e in _extracted(text).events] == [expected]


@pytest.mark.model
def test_a_group_described_by_what_it_does_did_nothing_yet():
    text = "A leader of the local guard, a militia that fights alongside the army, spoke on Monday."
    assert [e.type for e in _extracted(text).events if e.type == "armed_clash"] == []


@pytest.mark.model
def test_the_victim_of_a_passive_clause_does_not_take_the_main_clauses_subject():
    text = (
        "The food agency said it had suspended deliveries to two districts after a truck driver "
        "was shot dead."
    )
    shooting = next(e for e in _extracted(text).events if "shot" in text[e.start : e.end])
    assert shooting.actor is None


@pytest.mark.model
def test_the_town_a_distance_is_measured_from_is_not_where_the_fighting_was():
    text = (
        "The militants attacked the base in Wajiroko, a town about 60 km southeast of the state "
        "capital Maiduguri, and fought troops for four hours, the sources said. Gunmen ambushed "
        "a convoy about 40 km south of Maiduguri on Monday."
    )
    events = _extracted(text).events
    clash = next(e for e in events if e.type == "armed_clash")
    ambush = next(e for e in events if "ambushed" in text[e.start : e.end])
    assert clash.place is not None and clash.place.name != "Maiduguri"
    assert ambush.place is not None and ambush.place.name == "Maiduguri"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the same period at least 29 soldiers have been killed in rebel attacks.", []),
        ("At least 29 soldiers have been killed in rebel attacks since 2023.", []),
        ("Two soldiers were killed in an attack on Monday.", ["attack"]),
    ],
)
def test_deaths_summed_over_a_period_are_no_attack_of_their_own(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_where_the_reporting_body_sits_is_not_where_the_event_was():
    text = (
        "Israeli troops raided Jenin on Tuesday. The health ministry in Ramallah said a boy was "
        "killed by army gunfire near a school on Wednesday."
    )
    killing = next(e for e in _extracted(text).events if "gunfire" in text[e.start : e.end])
    assert killing.place is None or killing.place.name != "Ramallah"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dozens of masked Israeli settlers", "Israeli settlers"),
        ("Syrian rebels", "Syrian rebels"),
        ("a Congolese militia", "Congolese militias"),
        ("South Sudanese rebels", "South Sudanese rebels"),
        ("Israeli soldiers", "Israel"),  # the state's own forces stand for it
        ("Colombian police", "Colombia"),
        ("rival FARC dissidents", "FARC dissidents"),  # a splinter, apart from the group
        ("ELN guerrillas", "ELN"),
    ],
)
def test_people_of_a_nationality_and_splinters_are_sides_of_their_own(text, expected):
    assert normalize_actor(text) == expected
    assert is_non_state(expected) == (expected not in ("Israel", "Colombia"))


def test_a_bare_group_noun_names_a_nationalitys_people_only_by_their_word():
    from sitrep.extract.actors import called_by

    assert called_by("Congolese militias", "militias")
    assert not called_by("Congolese militias", "rebels")
    assert called_by("South Sudanese militias", "militia")
    assert called_by("M23", "rebels")


@pytest.mark.model
def test_the_target_is_the_armed_group_the_object_names_before_what_follows():
    text = "ELN fighters attacked rival FARC dissidents and civilians they accused of helping them."
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert (attack.actor, attack.target) == ("ELN", "FARC dissidents")


@pytest.mark.model
def test_militias_driving_rebels_out_win_the_town_back():
    text = (
        "Local militias allied to the army drove the rebels out of the town of Kavumbwe on Sunday."
    )
    event = next(e for e in _extracted(text).events if "drove" in text[e.start : e.end])
    assert event.type == "retake_territory"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gas project near the port has been suspended since an attack in 2021.", []),
        ("The airline suspended flights to the capital after the shelling.", []),
        ("Russia suspended flights to Georgia on Monday.", ["sanction"]),
        ("The world athletics championships were cancelled.", []),
        ("Organisers cancelled the tournament because of the war.", []),
        ("Major airlines cancelled flights to the region.", []),
        ("Russia cancelled the joint military exercises with Armenia.", ["sanction"]),
    ],
)
def test_a_halted_undertaking_with_no_state_behind_it_is_no_sanction(text, expected):
    assert [e.type for e in _extracted(text).events if e.type == "sanction"] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed groups have fought for control of the valley since the army left in 2016.", []),
        ("Rebels have attacked the town since 2016.", []),
        ("The rebels have attacked the town twice since Sunday.", ["attack"]),
    ],
)
def test_fighting_counted_from_a_year_is_a_state_not_an_event(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
def test_a_date_in_a_relative_clause_on_another_noun_does_not_date_the_event():
    text = "Rebels attacked the base, which was built in 2019, killing two guards."
    attack = next(e for e in _extracted(text, published="2024-09-02").events)
    assert attack.date != "2019"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victims included two guards who had signed the 2019 truce, police said.", []),
        ("The town, which rebels had seized in 2020, was retaken by troops.", ["retake_territory"]),
        (
            "The rebels, who had stormed the town on Sunday, withdrew on Monday.",
            ["attack", "withdraw"],
        ),
        ("Villagers buried six farmers who had been killed by gunmen.", ["attack"]),
    ],
)
def test_a_past_perfect_describing_a_noun_is_background_not_news(text, expected):
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor, who visited the town on Monday, promised to rebuild the market.",
            "2024-08-26",
        ),
        ("The council that took power in 2021 has promised to hold elections.", None),
    ],
)
def test_a_day_told_on_the_event_subject_dates_the_event(text, expected):
    assert [e.date for e in _extracted(text).events] == [expected]


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ((11, "exact"), (183, "lower_bound"), False),  # a month's toll, not Tuesday's strike
        ((11, "exact"), (12, "exact"), False),
        ((32, "lower_bound"), (12, "vague"), True),  # "dozens" agrees with "at least 32"
        ((12, "vague"), (183, "lower_bound"), False),  # "dozens" were not "at least 183"
        ((100, "vague"), (350, "exact"), True),  # "hundreds" may be 350
        ((7, "lower_bound"), (9, "exact"), True),
    ],
)
def test_two_reports_whose_tolls_cannot_agree_are_two_events(first, second, linked):
    from sitrep.extract.event_merge import Draft, merge_restatements
    from sitrep.model import Event, EventPlace

    region = EventPlace(name="Northern Region", lat=10.0, lon=38.0, level="ADM1", country="ET")
    drafts = [
        Draft(
            Event(0, 5, "attack", place=region, killed=killed, killed_hedge=hedge),
            caption=False,
            trigger_start=0,
        )
        for killed, hedge in (first, second)
    ]
    assert (merge_restatements(drafts)[1].duplicate_of == 0) == linked


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuela fired rockets at Guyana overnight. The government closed all schools. "
            "In Georgetown, a rocket hit a market, wounding five people.",
            "Venezuela",
        ),
        (
            "Officials said Venezuela fired 40 rockets at Guyana overnight. Most of the rockets "
            "were shot down, and fewer than five struck open fields near Georgetown.",
            "Venezuela",
        ),
        (  # two sides fired missiles: whose this one was is not told
            "Armenia fired missiles at Azerbaijan on Monday, and Azerbaijan fired missiles at "
            "Armenia. A missile hit a school, wounding five children.",
            None,
        ),
        (  # another country than the one the drones were sent to
            "Ukrainian drones hit a refinery in Russia on Monday. A drone hit an apartment block "
            "in Kharkiv, wounding five people.",
            None,
        ),
        (  # a bomb is planted, not fired: someone was on the scene
            "M23 rebels attacked the town with bombs on Monday. The army sent troops. "
            "A bomb hit a bus, killing four people.",
            None,
        ),
    ],
)
def test_a_fired_weapon_striking_on_its_own_is_the_side_that_fired_it(text, expected):
    last = [e for e in _extracted(text).events if e.type == "attack"][-1]
    assert last.actor == expected


@pytest.mark.parametrize(
    ("second_type", "actor", "pointed", "linked"),
    [
        ("attack", "M23", {"base"}, True),  # "overran a base ... attacked the base"
        ("attack", "M23", {"market"}, False),  # another thing attacked
        ("attack", "ADF", {"base"}, False),  # another side's attack on it
        ("armed_clash", "M23", {"base"}, False),  # fighting at a base is no capture told again
    ],
)
def test_an_attack_on_the_base_a_capture_took_is_that_capture_told_again(
    second_type, actor, pointed, linked
):
    from sitrep.extract.event_merge import Draft, merge_restatements
    from sitrep.model import Event

    drafts = [
        Draft(
            Event(0, 5, "seize_territory", actor="M23", date="2024-09-02"),
            caption=False,
            trigger_start=0,
            objects=frozenset({"base"}),
        ),
        Draft(
            Event(10, 15, second_type, actor=actor),
            caption=False,
            trigger_start=10,
            pointed=frozenset(pointed),
        ),
    ]
    assert (merge_restatements(drafts)[1].duplicate_of == 0) == linked


@pytest.mark.model
def test_the_base_attacked_after_the_lead_told_it_overrun_is_the_same_event():
    text = (
        "M23 rebels overran an army base in North Kivu on Monday, killing ten soldiers. "
        "The rebels attacked the base at dusk, residents said."
    )
    events = _extracted(text).events
    assert [(e.type, e.duplicate_of) for e in events] == [("seize_territory", None), ("attack", 0)]


@pytest.mark.parametrize(
    ("restated_at", "refined"),
    [
        (("Alderton", "PPL", "Northern Region"), True),  # a town of the region first named
        (("Brookfield", "PPL", "Southern Region"), False),  # a town of another region
        (("Eastern District", "ADM2", "Northern Region"), False),  # a district is no finer spot
    ],
)
def test_a_restatement_names_the_town_in_the_region_first_reported(restated_at, refined):
    from sitrep.extract.event_merge import Draft, merge_restatements
    from sitrep.model import Event, EventPlace

    region = EventPlace("Northern Region", 10.0, 38.0, "ADM1", country="ET")
    name, level, admin1 = restated_at
    spot = EventPlace(name, 10.1, 38.1, level, country="ET", admin1=admin1)
    drafts = [
        Draft(Event(0, 5, "attack", actor="M23", place=place), caption=False, trigger_start=start)
        for start, place in ((0, region), (10, spot))
    ]
    first, second = merge_restatements(drafts)
    assert second.duplicate_of == 0
    assert first.place == (spot if refined else region)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group killed 40 people in a bombing at a market in March 2021.", "2021-03"),
        ("Two soldiers were wounded by a drone strike on Tuesday.", "2024-08-27"),
    ],
)
def test_the_date_of_the_verb_a_noun_event_is_the_means_of_dates_it(text, expected):
    dates = [e.date for e in _extracted(text).events]
    assert dates == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a participle goes on with the act of its verb, on its day
        (
            "Rebel forces launched what they called a final push on Aug. 12, shelling army "
            "positions around the town.",
            "shelling",
            "2024-08-12",
        ),
        # a noun told in a "when" clause on a year happened that year
        (
            "Militias have raided farms in the valley since 2019, when the abduction of 80 "
            "herders from a market drew outrage.",
            "abduction",
            "2019",
        ),
        # the lead's words that the parser hung on the dateline still date its verb
        (
            "JOS, Nigeria, Aug. 30 (Reuters) - Gunmen on motorcycles abducted at least 20 "
            "people, most of them farmers, from a village in Plateau state late on Tuesday, "
            "police said.",
            "abducted",
            "2024-08-27",
        ),
    ],
)
def test_an_event_shares_the_day_of_the_words_it_leans_on(text, trigger, expected):
    event = next(e for e in _extracted(text).events if trigger in text[e.start : e.end])
    assert event.date == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela fired rockets at Guyana on Monday.", "Guyana"),
        ("Senegalese troops shelled positions held by Gambian soldiers.", "Gambia"),
        ("Houthi rebels fired missiles at a Liberian-flagged tanker off Yemen.", None),
    ],
)
def test_the_country_fired_at_is_the_target_but_a_ship_flag_is_not(text, expected):
    assert [e.target for e in _extracted(text).events] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The government closed the border with its neighbour on Monday.",
        "The government closed all schools in the capital on Monday.",
    ],
)
def test_a_government_closing_borders_or_schools_restricts_and_is_coded_coerce(text):
    """PLOVER's COERCE covers restrictions a state imposes (curfews, bans, closures); the act has
    no type of sitrep's own, so it stays `other` with that PLOVER code."""
    assert [(e.type, e.plover) for e in _extracted(text).events] == [("other", "COERCE")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a backer is no launcher: the forces it backed did the act
        ("Government forces backed by foreign air power recaptured the town in May.", None),
        # members of a group are the group: "militants of the ..."
        (
            "Militants of the Northern Liberation Front blew up a bridge on Monday.",
            "Northern Liberation Front",
        ),
    ],
)
def test_the_actor_is_the_force_that_acted_not_its_backer(text, expected):
    assert [e.actor for e in _extracted(text).events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Arabic article inside a name keeps the name whole
        ("Jaish al-Nasr", "Jaish al-Nasr"),
        ("fighters of Jaish al-Nasr", "Jaish al-Nasr"),
        # the acronym spelled out after the name is no part of it
        ("the Northern Liberation Front (NLF)", "Northern Liberation Front"),
        ("gunmen of the Northern Liberation Front (NLF)", "Northern Liberation Front"),
    ],
)
def test_a_groups_name_is_read_whole_without_its_members_or_acronym(text, expected):
    assert normalize_actor(text) == expected


@pytest.mark.model
def test_a_landmark_named_by_a_nations_mission_is_neither_place_nor_target():
    """ "near the U.S. consulate in Erbil": the consulate's country is no side struck, and the
    strike happened in Erbil."""
    events = _extracted("Rockets hit a street near the U.S. consulate in Erbil on Monday.").events
    assert [(e.target, e.place and e.place.name) for e in events] == [("Iraq", "Erbil")]


@pytest.mark.model
def test_an_act_whose_subject_is_negated_by_no_did_not_happen():
    events = _extracted("No military facilities were hit, the army said.").events
    assert [e.modality for e in events] == ["denied"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Six hostages were killed when troops stormed the building on Monday.",
        "Six hostages and two guards died in the fire on Monday.",
    ],
)
def test_hostages_named_as_people_are_no_abduction(text):
    assert "abduction" not in [e.type for e in _extracted(text).events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a bus travelling from Kandahar to Kabul in Zabul province.", "Zabul"),
        ("Gunmen attacked a bus travelling from Kandahar to Kabul.", None),
    ],
)
def test_a_vehicles_route_is_not_where_it_was_attacked(text, place):
    """ "a train carrying passengers from A to B": where it came from or was going, not the
    scene."""
    events = _extracted(text).events
    assert [e.place and e.place.name.split()[0] for e in events] == [place]


@pytest.mark.model
def test_a_diplomatic_act_told_beside_a_blast_does_not_place_it():
    """ "after which the government recalled its ambassador from Nairobi": where the envoy was,
    not where the blast went off or the clashes were fought."""
    text = (
        "The clashes followed a roadside bomb blast on Monday that wounded four soldiers, "
        "after which the government recalled its ambassador from Nairobi."
    )
    events = _extracted(text).events
    assert [(e.type, e.place, e.target) for e in events] == [
        ("armed_clash", None, None),
        ("attack", None, None),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The navy said it had sent fighter jets to strike three rebel camps on Sunday.", "attack"),
        ("The army sent troops to the border on Sunday.", "deploy"),
    ],
)
def test_aircraft_sent_to_strike_are_an_air_strike(text, event_type):
    """Sending jets to strike targets is how an air strike is told; sending troops deploys them."""
    assert [e.type for e in _extracted(text).events] == [event_type]


def test_an_arabic_article_cut_off_by_the_parse_stays_in_the_name():
    """The parser hung "al - Sham" on the verb: the side is still "Jaish Nour al-Sham"."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitrep.extract.event_phrases import side_phrase

    words = ["led", "by", "Jaish", "Nour", "al", "-", "Sham", "seized", "it"]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[True, True, True, True, False, False, True, True, False],
        heads=[7, 0, 3, 1, 7, 7, 7, 7, 7],
        deps=["advcl", "agent", "compound", "pobj", "nsubj", "punct", "nsubj", "ROOT", "dobj"],
        pos=["VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PRON"],
    )
    assert side_phrase(doc[3]) == "Jaish Nour al-Sham"
    assert side_phrase(doc[8]) == "it"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Militias backed by Iran attacked the base on Monday.", None),
        ("Forces loyal to Moscow attacked the base on Monday.", "Russia"),
    ],
)
def test_a_sides_backer_is_not_the_side(text, actor):
    """ "Militias backed by Iran": the militias acted; Iran is named only as their backer."""
    assert [e.actor for e in _extracted(text).events] == [actor]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "The ministry said it regarded the offensive as an attack on the country's sovereignty.",
            [],
        ),
        ("Rebels launched an attack on the base on Monday.", ["attack"]),
    ],
)
def test_an_attack_on_an_ideal_is_no_second_attack(text, types):
    """ "an attack on the country's sovereignty" is a charge made about the raid, not a strike."""
    assert [e.type for e in _extracted(text).events] == types


@pytest.mark.model
def test_a_bomber_from_the_group_is_the_group_named_before_with_a_bomb():
    """ "a suicide bomber from the group": the one armed group the article named, and a man
    carrying a bomb, not a warplane."""
    text = (
        "Fighters of the Free Hills Front ambushed a convoy on Monday. The governor said schools "
        "would stay open. In November, a suicide bomber from the group killed 12 people at a "
        "market in Quetta."
    )
    bombing = _extracted(text).events[-1]
    assert (bombing.actor, bombing.weapon) == ("Free Hills Front", ("bomb",))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Free Hills Front, which is fighting for the independence of the province, "
            "has stepped up attacks on police over the past year.",
            [],
        ),
        ("Rebels fought for control of the town on Monday.", ["armed_clash"]),
        ("The army has stepped up attacks on rebel positions since Sunday.", ["attack"]),
    ],
)
def test_a_cause_fought_for_and_a_years_trend_are_no_events(text, expected):
    """Fighting for independence is a cause, and attacks stepped up over a year a trend; fighting
    for a town is a battle, and attacks stepped up since Sunday are this week's news."""
    assert [e.type for e in _extracted(text).events] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Washington has responded with air strikes on militia camps near the border.",
            "United States",
        ),
        # what a side responds to is the other side's act
        ("Kenya responded to the attacks on its posts near the border.", None),
    ],
)
def test_who_responded_with_strikes_struck(text, actor):
    assert [e.actor for e in _extracted(text).events] == [actor]


@pytest.mark.model
@pytest.mark.parametrize(
    "recalled",
    [
        "The ministry summoned the charge d'affaires in Baghdad on Tuesday.",
        "The strike came in response to a bombing in the city of Kerman.",
    ],
)
def test_the_city_points_back_past_an_envoys_post_and_an_answered_act(recalled):
    """ "across the city" is the city struck, not where an envoy serves nor the city of the
    attack the strike answered."""
    text = (
        f"Missiles hit a house in Erbil on Monday. {recalled} Residents said the blasts shook "
        "windows across the city shortly before midnight."
    )
    blasts = _extracted(text).events[-1]
    assert blasts.place is not None and blasts.place.name == "Erbil"


@pytest.mark.model
def test_a_weapon_capitalised_only_by_the_sentence_start_names_no_side():
    """ "Several missiles hit": "Several" is no side, so the one side that fired missiles did."""
    text = (
        "Iran fired missiles at a base in Erbil on Monday. "
        "Several missiles hit a residential area near the airport, officials said."
    )
    assert [e.actor for e in _extracted(text).events] == ["Iran", "Iran"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Rebels push into Aleppo as army pulls back, monitor says", ["seize_territory"]),
        ("Troops advanced into the town of Kharkiv on Sunday.", ["seize_territory"]),
        ("Rising prices pushed millions into poverty, the bank said.", []),
        ("Police pushed protesters into a side street near the army base.", []),
    ],
)
def test_an_advance_into_named_ground_gains_it(text, types):
    """Rebels who push into a city gain ground; pushing people into poverty or a street, no."""
    assert [e.type for e in _extracted(text).events if e.type != "withdraw"] == types


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Talks stalled after a roadside blast on Monday that wounded four Kenyan soldiers.",
            "Kenya",
        ),
        ("Talks stalled after a roadside blast on Monday that wounded four people.", None),
    ],
)
def test_a_blasts_victims_told_after_it_are_the_side_struck(text, target):
    """ "a blast that wounded four Kenyan soldiers": the soldiers' side is the one struck."""
    blast = next(e for e in _extracted(text).events if e.type == "attack")
    assert blast.target == target


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 20 people have been killed in the province since two gangs began fighting "
            "last week, officials said.",
            20,
        ),
        (
            "At least 20 people have been killed in the province since the election, and two "
            "gangs clashed near the port on Monday.",
            None,
        ),
    ],
)
def test_a_total_counted_from_the_fighting_is_its_toll(text, killed):
    """ "killed since the gangs began fighting" counts the fighting's dead; a total since an
    election sums other deaths, not Monday's clash."""
    fighting = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert fighting.killed == killed


@pytest.mark.model
def test_an_attack_told_inside_the_since_clause_keeps_its_own_toll():
    """ "killed since the war began in May, when rebels attacked the capital, killing about 40":
    the war's total is not the attack's."""
    text = (
        "More than 500 people have been killed since the war began in May, when rebels attacked "
        "the capital, killing about 40 people."
    )
    attack = next(e for e in _extracted(text).events if e.type == "attack")
    assert attack.killed == 40


@pytest.mark.model
@pytest.mark.parametrize(
    ("named_later", "actor"),
    [
        (
            "Officials said the Blue River Army militia had attacked the post at dawn.",
            "Blue River Army",
        ),
        # two groups named: the lede's militia stays unnamed rather than guessed
        (
            "Officials said the Blue River Army militia had attacked the post at dawn. The Red "
            "Hills Front militia attacked a convoy near the border on Monday.",
            None,
        ),
    ],
)
def test_a_ledes_nameless_militia_is_the_one_named_later(named_later, actor):
    """ "A militia overran a post ... the Blue River Army militia had attacked": one group."""
    text = f"An armed militia overran an army post in the north on Tuesday. {named_later}"
    assert _extracted(text).events[0].actor == actor


@pytest.mark.model
def test_those_killed_points_back_to_the_act_told_before():
    """ "how many of those killed were fighters": the dead of the raid, not a new killing."""
    text = (
        "Troops raided the camp on Monday. It did not say how many of those killed were fighters."
    )
    told = [e.trigger for e in _extracted(text).events if e.duplicate_of is None]
    assert told == ["raided"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Gunmen attacked the town on Monday, killing about 30 people and taking some 50 "
            "hostages.",
            {"attack": 30, "abduction": None},
        ),
        (
            "The army said its troops had killed 10 militants, arrested 20 wanted people and "
            "destroyed explosives planted under roads.",
            {"arrest": None, "other": None},
        ),
    ],
)
def test_an_act_beside_a_killing_leaves_it_the_toll(text, tolls):
    """Hostages taken, explosives destroyed: neither act killed the dead its sentence counts."""
    assert {e.type: e.killed for e in _extracted(text).events} == tolls


@pytest.mark.model
def test_a_noun_attack_that_kills_keeps_its_toll_beside_other_fighting():
    """ "A drone strike killed four ... as fighting raged": the four are the strike's."""
    text = (
        "A drone strike killed four people at a market on Monday, officials said, "
        "as fighting raged near the city."
    )
    strike = next(e for e in _extracted(text).events if e.type == "attack")
    assert strike.killed == 4


@pytest.mark.model
def test_a_restatement_adds_the_wounded_the_first_report_did_not_count():
    text = (
        "A drone strike killed four people at a market in Kharkiv on Monday. "
        "The strike on the market also wounded nine people, police said."
    )
    first = _extracted(text).events[0]
    assert (first.killed, first.injured) == (4, 9)


@pytest.mark.model
def test_forces_that_were_killed_are_the_side_struck_not_the_attacker():
    """ "Four Turkish peacekeepers were killed": the dead are no actor, whatever their army."""
    text = "Four Turkish peacekeepers were killed on Monday when their patrol came under fire."
    (killing,) = [e for e in _extracted(text).events if e.type == "attack"]
    assert (killing.actor, killing.target, killing.killed) == (None, "Turkey", 4)


@pytest.mark.model
def test_an_act_of_another_kind_with_its_own_time_is_no_restatement():
    """An undated shelling, then "late on Monday, a fuel depot exploded" in the same town: two
    acts; the depot's dead are not the shelling's."""
    text = (
        "Troops fired artillery shells at positions around the city of Kherson, the ministry "
        "said.\n\n"
        "Late on Monday, a fuel depot exploded near Kherson, killing at least 20 people."
    )
    shelling, blast = _extracted(text, published="2023-09-26").events
    assert (shelling.killed, blast.duplicate_of, blast.killed) == (None, None, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen kidnap dozens of farmers in Nigeria's Benue", "Benue State"),
        ("Jets bombed a village in Myanmar's Sagaing region on Monday.", "Sagaing Region"),
    ],
)
def test_a_country_owning_the_scene_is_not_the_scene(text, place):
    """ "in Nigeria's Benue": the state, not the country its possessive names first."""
    (event,) = _extracted(text).events
    assert event.place is not None and event.place.name == place


@pytest.mark.model
@pytest.mark.parametrize(
    "lead",
    [
        "",  # "the abduction" read as pointing back
        # ... or as the lead's kidnapping told again
        "Gunmen abducted at least 45 people from a village in Zamfara state late on Saturday, "
        "police said.\n\n",
    ],
)
def test_a_town_in_another_state_does_not_restate_the_states_event(lead):
    """A kidnapping "in Nigeria's Zamfara", then a school raid "from Kankara in Katsina" told as
    background: Kankara lies in Katsina state, so the raid is an event of its own."""
    text = (
        "Gunmen abduct dozens of farmers in Nigeria's Zamfara\n\n"
        + lead
        + "Bandits have kidnapped thousands of people since 2020, when the abduction of more than "
        "300 pupils from Kankara in Katsina drew world attention."
    )
    events = _extracted(text, published="2024-03-12").events
    first, background = events[0], events[-1]
    assert (first.place.name, background.place.name) == ("Zamfara State", "Kankara")
    assert background.duplicate_of is None


@pytest.mark.model
def test_a_country_naming_the_site_of_a_riot_is_not_the_rioter():
    """ "Peru prison riot": the riot was in a Peruvian prison; Peru did not riot."""
    (riot,) = _extracted("Dozens killed in new Peru prison riot").events
    assert riot.actor is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Separatist rebels in Indonesia's Papua region", None),
        ("gunmen in Nigeria's Zamfara state", None),
        ("Syrian rebels in Idlib", "Syrian rebels"),
        ("Police in Kenya's Lamu county", "Kenya"),
    ],
)
def test_where_a_non_state_side_is_does_not_name_it(text, expected):
    """Rebels "in Indonesia's Papua region" fight Indonesia; police there are Kenya's own."""
    assert normalize_actor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi-led coalition aircraft", "Saudi Arabia-led coalition"),
        ("the U.S.-led coalition", "United States-led coalition"),
        ("Saudi aircraft", "Saudi Arabia"),
    ],
)
def test_a_coalition_led_by_a_country_is_a_side_of_its_own(text, expected):
    """ "Saudi-led coalition aircraft" struck as the coalition, not as Saudi Arabia alone."""
    assert normalize_actor(text) == expected


@pytest.mark.model
def test_a_question_tells_no_event(make_context):
    """A briefing's question asks about an act; it does not report one."""
    text = "Q: Will the army send troops to the border? A: Gunmen killed five villagers on Monday."
    assert [e.trigger for e in events_of(make_context, text)] == ["killed"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who bombed the market in the town on Monday?", ["bombed"]),
        ("Why did the army shell the village near the border?", ["shell"]),
        ("Did the army shell the village near the border?", []),
        ("Who will attack the town next?", []),
        ("Could rebels seize the airport this week?", []),
    ],
)
def test_a_wh_question_in_the_past_takes_its_act_as_given(make_context, text, expected):
    """ "Who bombed the market?" asks who, not whether: the bombing took place."""
    assert [e.trigger for e in events_of(make_context, text) if e.type != "statement"] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A tanker packed with explosives exploded at a checkpoint on Monday, killing 12 people.",
        "An ammunition depot exploded after a drone strike near the town on Monday.",
    ],
)
def test_a_store_that_is_the_bomb_or_follows_a_strike_is_one_attack(make_context, text):
    """The store is the weapon, or the strike set it off: one attack, no unexplained blast."""
    assert [e.type for e in events_of(make_context, text)] == ["attack"]


@pytest.mark.model
def test_a_store_that_blows_up_is_an_explosion_not_an_attack(make_context):
    """No attacker and no weapon named: the blast is an explosion; "the blast" points back to it."""
    text = (
        "A fuel depot exploded near the town on Monday, killing 20 people. "
        "The cause of the blast was not clear."
    )
    depot, blast = events_of(make_context, text)
    assert (depot.type, depot.acled) == ("other", None)
    assert blast.duplicate_of == 0
    bomb = one_event(make_context, "A car bomb exploded near a checkpoint, killing five soldiers.")
    assert bomb.type == "attack"


@pytest.mark.model
def test_fighting_an_outbreak_is_no_clash(make_context):
    assert events_of(make_context, "Health workers fought an Ebola outbreak near the border.") == []


@pytest.mark.model
def test_a_village_named_with_of_points_back_to_no_earlier_town(make_context):
    """ "the village of X" names its own place: the town of the line before is not it."""
    from sitrep.extract.places import extract_places
    from sitrep.gazetteer import ensure_gazetteer
    from sitrep.settings import Settings

    text = (
        "June 15, 2014 - Gunmen kill about 60 people in Mpeketoni town.\n"
        "Jan. 2, 2022 - Six people are killed in a raid on the village of Widhu."
    )
    ctx = make_context(text)
    places = extract_places(ctx, ensure_gazetteer(Settings.from_env()))
    raid = next(e for e in events_of(make_context, text, places=places) if e.trigger == "raid")
    assert raid.place is None or raid.place.name != "Mpeketoni"


@pytest.mark.model
def test_what_a_place_has_been_the_scene_of_for_years_is_no_event(make_context):
    text = "The border region has for years been the scene of attacks by armed groups."
    assert events_of(make_context, text) == []


def test_a_place_the_gazetteer_puts_in_a_region_is_inside_it():
    """ "a village in Sagaing region" and "Sagaing region" can be one event's place."""
    from sitrep.extract.event_merge import same_places
    from sitrep.model import EventPlace

    region = EventPlace("Kestrel Region", 10.0, 20.0, "ADM1", "XX", "Kestrel Region", None)
    town = EventPlace("Varna Falls", 11.5, 21.5, "PPL", "XX", "Kestrel Region", None)
    elsewhere = EventPlace("Ostrov", 11.5, 21.5, "PPL", "XX", "Other Region", None)
    assert same_places(town, region) is True
    assert same_places(region, town) is True
    assert same_places(elsewhere, region) is False


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The blockade would begin with inspections of ships rather than with missile strikes.",
        "Police used tear gas instead of live fire.",
    ],
)
def test_the_act_not_taken_is_no_event(make_context, text):
    """ "rather than with missile strikes": the act weighed and set aside did not happen."""
    assert [e for e in events_of(make_context, text) if e.type == "attack"] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mostly civilians rather than fighters were killed in the town on Monday.", "attack"),
        ("Women instead of men were abducted by gunmen in the village.", "abduction"),
    ],
)
def test_who_was_set_aside_leaves_the_act_told(make_context, text, expected):
    """ "civilians rather than fighters were killed": the fighters are the road not taken, the
    killing is not."""
    assert [e.type for e in events_of(make_context, text)] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ruling party rammed the bill through parliament on Monday.",
        "The government rammed through a pension reform last week.",
    ],
)
def test_a_law_rammed_through_is_no_attack(make_context, text):
    assert [e for e in events_of(make_context, text) if e.type == "attack"] == []


@pytest.mark.model
def test_a_truck_that_rams_through_a_gate_attacks(make_context):
    event = one_event(make_context, "A truck rammed through the gate of the army base on Monday.")
    assert event.type == "attack"


@pytest.mark.model
def test_a_vessel_that_rams_a_boat_attacks_it(make_context):
    event = one_event(make_context, "A patrol ship rammed a fishing boat near the shoal on Monday.")
    assert (event.type, event.trigger) == ("attack", "rammed")


@pytest.mark.model
def test_a_nationality_naming_the_dead_is_no_place_of_the_attack(make_context):
    """ "killing three Americans" in Kenya: the victims' nationality, not where they died."""
    from sitrep.extract.places import extract_places
    from sitrep.gazetteer import ensure_gazetteer
    from sitrep.settings import Settings

    text = "Militants attacked a military base on Sunday, killing three Americans."
    places = extract_places(make_context(text), ensure_gazetteer(Settings.from_env()))
    event = one_event(make_context, text, places=places)
    assert event.place is None


@pytest.mark.model
def test_who_repels_an_attack_by_others_is_not_its_attacker(make_context):
    text = "Peacekeepers repelled an attack by armed men on their base on Friday."
    assert one_event(make_context, text).actor == "Unidentified Armed Group"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Each side accused the other of firing first.",
        "The two armies accused one another of shelling the villages.",
    ],
)
def test_sides_accusing_each_other_tell_no_attack(make_context, text):
    """Who fired first is disputed: the accusation is the news, not an act by either side."""
    assert [e.type for e in events_of(make_context, text)] == ["statement"]


@pytest.mark.model
def test_an_accusation_of_one_side_still_reports_its_act(make_context):
    event = one_event(make_context, "Kyiv accused Moscow of shelling the power plant.")
    assert event.type == "attack"


@pytest.mark.model
def test_an_accusation_of_another_group_still_reports_its_act(make_context):
    """ "Another militia" is a third party, not the accuser's side blamed back."""
    text = "The army accused another militia of shelling the market in the town."
    assert one_event(make_context, text).type == "attack"


@pytest.mark.model
def test_an_attack_measured_at_sea_from_a_port_lies_in_the_waters_named(make_context):
    """Miles at sea from a port put the act in the gulf the report names, not in the port, so
    it is the attack the lede placed in that gulf told again."""
    from sitrep.extract.places import extract_places
    from sitrep.gazetteer import ensure_gazetteer
    from sitrep.settings import Settings

    text = (
        "Rebels fired a missile at a cargo ship in the Gulf of Aden on Monday. "
        "The missile hit the ship about 40 nautical miles east of Aden, the navy said."
    )
    places = extract_places(make_context(text), ensure_gazetteer(Settings.from_env()))
    events = [e for e in events_of(make_context, text, places=places) if e.type == "attack"]
    assert [e.place.name for e in events] == ["Gulf of Aden", "Gulf of Aden"]
    assert events[1].duplicate_of == 0


@pytest.mark.model
def test_a_count_of_those_hurt_in_attacks_over_weeks_is_the_attacks_toll(make_context):
    """A verbless bullet counts the dead of the attacks it names, though they ran for weeks."""
    from sitrep.model import Quantity

    text = "• 12 villagers killed and 20 injured in attacks around the town since early May"
    killed, injured = text.index("12 villagers"), text.index("20 injured")
    quantities = [
        Quantity(killed, killed + 12, "12 villagers", 12, unit="villagers", measure="killed"),
        Quantity(injured, injured + 2, "20", 20, unit="people", measure="injured"),
    ]
    event = one_event(make_context, text, quantities=quantities)
    assert (event.killed, event.injured) == (12, 20)


@pytest.mark.model
def test_one_sides_act_told_twice_without_a_place_is_one_event(make_context):
    """A headline and its lede name the same side's launch and no place: one event."""
    from sitrep.extract.places import extract_places
    from sitrep.gazetteer import ensure_gazetteer
    from sitrep.settings import Settings

    text = "Iran fires ballistic missile in test\n\nIran fired a ballistic missile on Monday."
    places = extract_places(make_context(text), ensure_gazetteer(Settings.from_env()))
    events = [e for e in events_of(make_context, text, places=places) if e.type == "attack"]
    assert [e.duplicate_of for e in events] == [None, 0]


@pytest.mark.model
def test_a_blast_timed_to_the_hour_is_the_bombing_of_that_day_told_again(make_context):
    from sitrep.model import TimeExpr

    text = (
        "Militants killed four soldiers with a roadside bomb in the north on Monday. "
        "The soldiers were on patrol when the blast struck at about 10 a.m., the army said."
    )
    monday, ten = text.index("Monday"), text.index("about 10 a.m.")
    times = [
        TimeExpr(monday, monday + 6, "Monday", "2025-01-06"),
        TimeExpr(ten, ten + 13, "about 10 a.m.", "2025-01-06T10:00"),
    ]
    events = [e for e in events_of(make_context, text, times=times) if e.type == "attack"]
    assert [e.duplicate_of for e in events] == [None, 0]


@pytest.mark.model
def test_a_running_total_of_strikes_is_no_restatement_of_the_strike_just_told():
    text = (
        "Russian warplanes struck a fuel depot near Kharkiv on Monday, killing three guards. "
        "Russia has carried out hundreds of strikes in Ukraine since the start of the war."
    )
    attacks = [e for e in _extracted(text).events if e.type == "attack"]
    total = next(e for e in attacks if e.start > text.index("hundreds"))
    assert total.duplicate_of is None


@pytest.mark.model
def test_the_attackers_then_opening_fire_carry_on_the_attack_just_told(make_context):
    text = (
        "Militants killed four police officers with a roadside bomb near the border on Monday. "
        "Two other officers were injured. "
        "Police said the attackers then opened fire on the damaged vehicle before fleeing."
    )
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert [e.duplicate_of for e in attacks] == [None, 0]


@pytest.mark.model
def test_the_attackers_then_striking_a_new_target_tell_a_new_attack(make_context):
    """A second village struck is a second attack, with its own place and toll."""
    text = (
        "Gunmen killed ten villagers in a raid on a farming village on Monday. "
        "The gunmen then attacked a second village, killing five more."
    )
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert [e.duplicate_of for e in attacks] == [None, None]


@pytest.mark.model
def test_an_undated_kind_of_act_does_not_absorb_a_dated_strike():
    """ "a response to Russian attacks on Ukraine's power grid" names a kind of act; the strike on
    Kharkiv on Friday is an event of its own and keeps its day and its toll."""
    extraction = _extracted(
        "Kyiv says its strikes on Russian energy facilities are a response to Russian attacks on "
        "Ukraine's power grid.\n\nRussia fired at least 10 missiles at the city of Kharkiv on "
        "Friday, killing seven people, Ukrainian officials said.",
        published="2024-09-01",
    )
    strike = next(e for e in extraction.events if e.trigger == "fired")
    assert strike.duplicate_of is None
    assert strike.place is not None
    assert (strike.date, strike.killed, strike.place.name) == ("2024-08-30", 7, "Kharkiv")


@pytest.mark.model
def test_the_strikes_a_toll_was_taken_in_are_the_days_strike_told_again():
    """Undated but with a toll: "killed in airstrikes on the city" and the strike on a school there
    that killed as many are one event, not a kind of act."""
    extraction = _extracted(
        "Five people were killed in airstrikes on Gaza City, officials said. Israeli jets struck "
        "a school in Gaza City, killing five."
    )
    assert [e.duplicate_of for e in extraction.events if e.type == "attack"] == [None, 0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway struck Sweden's nuclear sites on Friday.", ("attack", "Norway")),
        ("Chile struck rebel positions near the border.", ("attack", "Chile")),
        ("The M23 struck army positions near the lake.", ("attack", "M23")),
        ("Dock workers strike at nuclear sites across the country.", None),
        ("Norway struck a deal with Sweden on Friday.", None),
    ],
)
def test_a_state_striking_a_place_is_an_attack(make_context, text, expected):
    """A country or armed group striking sites or positions attacks them with no weapon named;
    workers striking and a deal struck are no attack."""
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert (attacks[0].type, attacks[0].actor) == expected if expected else not attacks


@pytest.mark.model
def test_a_riot_of_inmates_is_a_clash_not_a_protest(make_context):
    text = (
        "At least 30 inmates were killed in a riot at a prison in the port city on Friday. "
        "The riot began when a gang leader was moved to another wing."
    )
    riots = [e for e in events_of(make_context, text) if e.trigger == "riot"]
    assert [e.type for e in riots] == ["armed_clash", "armed_clash"]
    assert riots[0].acled == "Armed clash"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Protesters rioted in the capital on Friday, smashing shop windows.",
        "Inmates rioted at the prison on Friday to protest overcrowding.",
        "Prisoners rioted at the jail on Monday, setting fire to their mattresses.",
    ],
)
def test_a_riot_with_a_demand_stays_a_protest(make_context, text):
    assert one_event(make_context, text).type == "protest"


@pytest.mark.model
def test_a_toll_names_the_source_that_gave_it():
    """The group tells the strikes; the 40 dead are the officials' figure, and the strikes are
    not the officials' side's act."""
    text = (
        "Hezbollah said the rocket fire answered Israeli strikes on Friday on military sites in "
        "Tyre and Sidon, which Lebanese officials said killed 40 people."
    )
    extraction = _extracted(text)
    strike = next(e for e in extraction.events if e.trigger == "strikes")
    sources = {extraction.attributions[i].source.text for i in strike.attributions}
    assert strike.killed == 40
    assert "Lebanese officials" in sources
    assert strike.actor == "Israel"


@pytest.mark.model
def test_the_city_points_back_to_the_city_named_earlier_in_its_sentence():
    text = (
        "Fighting broke out in Mosul and the nearby town of Tal Afar on Monday.\n\n"
        "The last time rebels held parts of Mosul was in 2017, when government forces "
        "recaptured the west of the city after a long siege."
    )
    retaking = next(e for e in _extracted(text).events if e.trigger == "recaptured")
    assert retaking.place is not None and retaking.place.name == "Mosul"


@pytest.mark.model
def test_government_forces_are_the_home_state_even_with_a_foreign_ally():
    text = (
        "Insurgents attacked Pemba and Montepuez in Mozambique on Monday. "
        "Rwandan troops arrived in Pemba in July and helped government forces retake the town "
        "of Montepuez a month later."
    )
    retaking = next(e for e in _extracted(text, "2024-05-14").events if e.trigger == "retake")
    assert retaking.actor == "Mozambique"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway struck Oslo overnight.", ("attack", "Norway")),
        ("Several sites were struck by Norway overnight.", ("attack", "Norway")),
        ("Chile struck rebel targets near the border.", ("attack", "Chile")),
        ("Chile struck military targets near the border.", ("attack", "Chile")),
        ("Norway struck ships from its sanctions list on Monday.", None),
        ("Britain struck two firms off the register.", None),
        ("Chile struck the target twice in the first half.", None),
    ],
)
def test_a_state_striking_a_named_place_or_a_military_target(make_context, text, expected):
    """A named place struck, or struck "by" a state, is hit; ships struck "from" a list are
    removed from it, and "the target" a team struck is a goal."""
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert (attacks[0].type, attacks[0].actor) == expected if expected else not attacks


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rival gangs rioted at the prison on Sunday.", "armed_clash"),
        ("Inmates killed each other in a riot at the jail on Sunday.", "armed_clash"),
        (
            "Riots erupted outside the prison in the capital where the opposition leader is "
            "held, and two people were killed.",
            "protest",
        ),
        ("Inmates rioted at the prison over overcrowding; two inmates were killed.", "protest"),
    ],
)
def test_a_prison_riot_is_a_clash_only_when_inmates_fight_each_other(make_context, text, expected):
    """Inside the prison and fought among inmates is a clash; a riot outside its walls, or one
    over the inmates' conditions, is a protest however many die."""
    riots = [e for e in events_of(make_context, text) if e.trigger.lower().startswith("riot")]
    assert riots[0].type == expected


@pytest.mark.model
def test_the_riot_points_back_no_further_than_ten_sentences(make_context):
    """ "The riot" a dozen sentences on is not the prison riot told at the top."""
    text = (
        "At least 30 inmates were killed in a riot at a prison in the port city on Friday. "
        + " ".join(f"The minister opened school number {n} on Saturday." for n in range(12))
        + " The riot in the city centre was the first in years."
    )
    riots = [e for e in events_of(make_context, text) if e.trigger == "riot"]
    assert [e.type for e in riots] == ["armed_clash", "protest"]


@pytest.mark.model
def test_government_forces_placed_in_another_country_are_not_the_home_state():
    text = (
        "Fighting raged in Khartoum and Omdurman in Sudan on Monday as the RSF shelled El Fasher "
        "in Sudan. Government forces in Chad attacked a camp at the border on Tuesday. "
        "Government forces backed by Russian jets attacked the RSF in Omdurman on Wednesday."
    )
    events = _extracted(text, "2024-05-14").events
    assert next(e for e in events if e.trigger == "attacked").actor is None
    assert [e.actor for e in events if e.trigger == "attacked"][1] == "Sudan"


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "The attackers then shot the driver.",
        "The gunmen then killed two guards.",
        "The attackers then torched the trucks.",
    ],
)
def test_the_attackers_then_harming_a_victim_carry_on_the_attack(make_context, second):
    """The driver shot and the guards killed are more of the ambush's victims, not a second
    attack with a toll of its own."""
    text = (
        "Gunmen ambushed an army convoy near the town on Monday, killing four soldiers. " + second
    )
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert [e.duplicate_of for e in attacks][1:] == [0]


@pytest.mark.model
def test_the_attackers_then_striking_a_target_marked_new_tell_a_new_attack(make_context):
    text = (
        "Gunmen ambushed an army patrol on Monday, killing six soldiers. "
        "The gunmen then ambushed a second patrol, killing four more."
    )
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert [e.duplicate_of for e in attacks] == [None, None]


@pytest.mark.model
def test_a_same_number_in_another_claim_is_not_the_toll_source(nlp):
    """The officials gave the five dead; the police's five suspects share the number only."""
    from sitrep.extract.event_toll_sources import vouching_attributions
    from sitrep.extract.event_triggers import Trigger
    from sitrep.model import Attribution, Offsets, Source

    text = "Officials said the blast killed five people, while police said five suspects were held."
    sent = next(nlp(text).sents)
    at = text.index
    dead = Quantity(at("five people"), at(", while"), "five people", 5.0, measure="killed")
    held = Quantity(at("five suspects"), at(" were"), "five suspects", 5.0, unit="suspects")
    officials = Attribution(
        Offsets(at("the blast"), at(", while")), Source(0, 9, "Officials", "anonymous_official")
    )
    police = Attribution(
        Offsets(at("five suspects"), len(text)),
        Source(at("police"), at(" said five"), "police", "anonymous_official"),
    )
    blast = Trigger("attack", at("blast"), at(" killed"), "blast", "blast", 3)
    assert vouching_attributions([officials, police], blast, sent, [dead, held]) == (0,)


@pytest.mark.model
def test_one_sides_strikes_on_two_named_things_are_two_events_without_a_place(make_context):
    text = (
        "Russian warplanes struck a fuel depot on Monday. Russian warplanes also struck a bridge."
    )
    attacks = [e for e in events_of(make_context, text) if e.type == "attack"]
    assert [e.duplicate_of for e in attacks] == [None, None]


@pytest.mark.model
def test_a_coordinated_subject_names_its_actor_through_its_first_member(make_context):
    text = "Chadian and Sudanese troops attacked the camp on Monday."
    assert one_event(make_context, text).actor == "Chad"


@pytest.mark.model
def test_bare_soldiers_beside_a_foreign_ally_are_the_report_countrys():
    text = (
        "Insurgents attacked Pemba in Mozambique on Friday. Soldiers and Rwandan troops "
        "expelled the insurgents from Pemba on Sunday."
    )
    expulsion = next(e for e in _extracted(text).events if e.type == "retake_territory")
    assert expulsion.actor == "Mozambique"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "acled"),
    [
        ("Inmates armed with rifles and explosives attacked a wing of the prison.", "Attack"),
        (  # the verb says the carried explosives were used
            "Militants armed with explosives blew up a bridge near the town.",
            "Remote explosive/landmine/IED",
        ),
        (  # chemical weapons struck at, and the chemical attack answered, are not the means
            "Warplanes struck two chemical weapons depots in the north on Monday.",
            "Air/drone strike",
        ),
        (
            "Warplanes struck rebel positions in retaliation for a chlorine gas attack.",
            "Air/drone strike",
        ),
        ("Warplanes dropped chlorine bombs on the town on Monday.", "Chemical weapon"),
    ],
)
def test_arms_only_carried_are_not_the_means_of_the_attack(make_context, text, acled):
    assert one_event(make_context, text).acled == acled


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "weapon", "plover"),
    [
        ("Gunmen armed with grenades attacked a mosque in the town.", ("firearm",), "ASSAULT"),
        ("Warplanes struck two chemical weapons depots in the north.", ("aircraft",), "FIGHT"),
    ],
)
def test_arms_not_used_are_no_weapon_of_the_event(make_context, text, weapon, plover):
    # the weapons, the ACLED sub-type and the PLOVER type read the same words
    event = one_event(make_context, text)
    assert (event.weapon, event.plover) == (weapon, plover)


@pytest.mark.model
def test_the_chemical_attack_a_strike_answered_keeps_its_means(make_context):
    text = "Warplanes struck the town in retaliation for a chlorine gas attack."
    answered = next(e for e in events_of(make_context, text) if e.trigger == "attack")
    assert (answered.acled, answered.weapon) == ("Chemical weapon", ("chemical",))


@pytest.mark.model
def test_carried_arms_are_blanked_unless_their_own_sentence_tells_them_used(make_context):
    from sitrep.extract.event_main import report_acled
    from sitrep.extract.events import extract_events

    text = (
        "Gunmen armed with grenades attacked a mosque in the town on Tuesday. "
        "The attack set off a manhunt across the province."
    )
    ctx = make_context(text)
    attack = next(e for e in extract_events(ctx) if e.trigger == "attacked")
    assert report_acled(ctx, [attack]) == "Attack"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "acled"),
    [
        (
            "The army shelled rebel positions near the town to disperse the fighters, killing four.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Soldiers opened fire to disperse the mourners, killing two.",
            "Excessive force against protesters",
        ),
        (
            "Police fired live rounds to disperse hundreds of people, killing two.",
            "Excessive force against protesters",
        ),
        ("Police opened fire to disperse them, killing two.", "Excessive force against protesters"),
        (
            "Troops fired mortars to disperse the gunmen near the town, killing four.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_only_people_gathered_are_dispersed_as_a_crowd(make_context, text, acled):
    assert one_event(make_context, text).acled == acled


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The assembly refused to send soldiers to the border towns.",
        "The government rejected an appeal for deploying troops along the border.",
        "The militia rejected a call for Kenyan troops to be deployed in the valley.",
        "The militia opposed any deployment of Kenyan police to the valley.",
        "The minister rejected the idea of a ground invasion of the island.",
        "The assembly rejected funding for airstrikes on the rebel towns.",
        "The senator opposed the prospect of airstrikes on the capital.",
    ],
)
def test_an_act_refused_is_no_event_and_the_refusal_is_coded(make_context, text):
    events = events_of(make_context, text)
    assert [(e.type, e.plover) for e in events] == [("statement", "REJECT")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The opposition demanded a full withdrawal of Russian units.", "DEMAND"),
        ("The governor urged the government to send more troops to the area.", "DEMAND"),
        ("The rebels threatened to shell the capital.", "THREATEN"),
        ("The mayors demanded help from the province in retaking the district.", "DEMAND"),
    ],
)
def test_an_act_demanded_or_threatened_is_no_event(make_context, text, plover):
    events = events_of(make_context, text)
    assert [(e.type, e.plover) for e in events] == [("statement", plover)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Villagers opposed the militia after the massacre of twelve farmers near the river.",
        "The council demanded an inquiry into the bombing of the bus station on Friday.",
        "Officials urged people to stay home after the shelling of a clinic in the town.",
        "Farmers refused to leave despite the shelling of their fields on Sunday.",
        "Families demanded compensation for losing their homes in the bombing of the market.",
    ],
)
def test_an_act_told_beside_a_refusal_or_demand_happened(make_context, text):
    # only the act the verb takes or a phrase that carries it forward is refused or demanded
    assert "attack" in [e.type for e in events_of(make_context, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Villagers opposed the militia after the massacre of twelve farmers.", "REJECT"),
        ("The council demanded an inquiry into the bombing of the bus station.", "DEMAND"),
        ("The ministry rejected reports of an airstrike on the bus station.", "REJECT"),
    ],
)
def test_a_refusal_or_demand_about_a_deed_is_news_beside_it(make_context, text, plover):
    events = events_of(make_context, text)
    assert sorted(e.type for e in events) == ["attack", "statement"]
    assert next(e.plover for e in events if e.type == "statement") == plover


@pytest.mark.model
def test_a_claim_rejected_keeps_its_act(make_context):
    """The claim about the past is disputed, not refused: the ledger keeps the shelling."""
    event = one_event(make_context, "Officials rejected claims that soldiers shelled the town.")
    assert event.type == "attack"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Coast guard ships fired water cannon at a supply boat near the reef on Monday.",
        "Riot police fired rubber bullets and stun grenades at the marchers on Monday.",
        "Police fired tear gas shells at the crowd outside the ministry on Monday.",
        "Police fired stun grenades and rubber-coated bullets at the marchers on Monday.",
    ],
)
def test_crowd_control_gear_is_no_weapon_of_war(make_context, text):
    """A weapon's word made gear for crowds by its modifier: no artillery, firearm or grenade."""
    event = one_event(make_context, text)
    assert event.weapon == ()
    assert event.acled != "Grenade"


@pytest.mark.model
@pytest.mark.parametrize("bullets", ["rubber bullets", "rubber-coated bullets"])
def test_troops_firing_rubber_bullets_at_protesters_intervene_in_a_protest(make_context, bullets):
    text = f"Troops fired {bullets} at protesters in the capital on Monday."
    assert one_event(make_context, text).acled == "Protest with intervention"


@pytest.mark.model
def test_a_weapon_beside_crowd_control_gear_is_still_read(make_context):
    text = "Rebels fired artillery shells at the town on Monday."
    assert one_event(make_context, text).weapon == ("artillery",)


def test_a_sentences_quantities_keep_their_document_index_and_order():
    import spacy

    from sitrep.extract.event_sentence_quantities import quantities_by_sentence

    doc = spacy.blank("en")("Two died in May . Five died and nine fled in June .")
    for token in doc:
        token.is_sent_start = token.i in (0, 5)
    first, second = list(doc.sents)
    quantities = [  # listed out of reading order, as extractors may
        Quantity(32, 36, "nine", 9),
        Quantity(0, 3, "Two", 2),
        Quantity(18, 22, "Five", 5),
    ]
    told_in = quantities_by_sentence(quantities)
    assert [i for i, _ in told_in(first)] == [1]
    assert [(i, q.text) for i, q in told_in(second)] == [(0, "nine"), (2, "Five")]


@pytest.mark.model
def test_each_event_takes_its_own_sentences_toll(make_context):
    text = "Gunmen killed three villagers on Monday. Gunmen killed seven herders on Friday."
    three, seven = text.index("three"), text.index("seven")
    quantities = [  # the later count first: an event indexes the list it was given
        Quantity(seven, seven + 5, "seven", 7, measure="killed"),
        Quantity(three, three + 5, "three", 3, measure="killed"),
    ]
    attacks = [e for e in events_of(make_context, text, quantities=quantities) if e.killed]
    assert [(e.killed, e.quantities) for e in attacks] == [(3, (1,)), (7, (0,))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed four gunmen in a gunbattle near the market.",
        "Two policemen died in gunfights with smugglers along the border.",
        # a shootout is an exchange of fire: armed men on both sides, whoever fell
        "Police killed four robbers in a shootout near the market on Friday.",
        "Two smugglers died in a shootout with border guards on Sunday.",
        "A ranger was wounded in shootouts with poachers in the park.",
        # no weapon named: people on both sides and the fallen make it a gunfight
        "Two guards were injured in a shootout with smugglers in Tarno on Friday.",
        "Six people died in a shootout between rival gangs in Tarno on Friday.",
        "The shootout left three dead in Tarno on Friday.",
    ],
)
def test_a_gunbattle_is_an_armed_clash(make_context, text):
    event = one_event(make_context, text)
    assert (event.type, event.acled, event.plover) == ("armed_clash", "Armed clash", "FIGHT")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [  # no weapon, no armed side: a shootout in sport or politics is no gunfight
        "The cup final was settled by a penalty shootout in Quarrend on Sunday.",
        "Valdor won the shootout 5-4 after a goalless draw.",
        "The mayoral race turned into a shootout between two rivals.",
        "Valdor won the penalty shootout in Quarrend on Sunday.",
        "The poll became a shootout between the two front-runners in Quarrend.",
    ],
)
def test_a_shootout_without_arms_is_no_clash(make_context, text):
    assert events_of(make_context, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        # a hostile act announced by its doer is a threat, whatever the verb or the readiness word
        ("Valdor will bomb the militia camps near Quarrend.", "THREATEN", "expected"),
        ("Valdor will invade Marrowby next month.", "THREATEN", "expected"),
        ("Troops are ready to attack the town of Quarrend.", "THREATEN", "planned"),
        ("The army is determined to retake the town of Quarrend.", "THREATEN", "planned"),
        ("The government is ready to arrest the strike leaders.", "THREATEN", "planned"),
        ("The militia said it would kidnap foreign engineers in Quarrend.", "THREATEN", "expected"),
        # foreseen, advised, inferred or narrated: no one commits, the act keeps its own code
        ("Experts said Valdor will likely attack Quarrend next month.", "ASSAULT", "expected"),
        ("Analysts expect the militia will attack Quarrend next month.", "FIGHT", "expected"),
        ("Analysts said Valdor should withdraw its soldiers from Quarrend.", "RETREAT", None),
        ("The militia must have withdrawn from Quarrend overnight.", "RETREAT", None),
        ("Valdor would later withdraw its soldiers from Quarrend in 2019.", "RETREAT", None),
        ("The port of Quarrend will be shelled on Friday.", "FIGHT", "expected"),
        # a hostile act forecast of another party: the act's own code (a habit told, "would
        # raid the farms every night", is no event at all: `test_event_tour_kinds`)
        ("The minister said the enemy will attack Quarrend in the spring.", "ASSAULT", None),
        ("According to analysts, Valdor will attack Quarrend next month.", "ASSAULT", None),
        # "pressed on", "insisted that ... had": no demand
        ("Troops pressed ahead to capture the town of Tarno.", "FIGHT", "happened"),
        ("The army pressed on to retake the town of Tarno on Monday.", "FIGHT", "happened"),
        (
            "The ministry insisted that the militia had shelled the clinic in Tarno.",
            "FIGHT",
            "happened",
        ),
        ("Valdor insisted that Marrowby withdraw its soldiers from Quarrend.", "DEMAND", "planned"),
        # unwillingness is a refusal; a pullout of troops is a step back, an "if" on it an offer
        ("Valdor is unwilling to withdraw its soldiers from Quarrend.", "REJECT", "denied"),
        ("Valdor is reluctant to pull its soldiers out of Quarrend.", "REJECT", "denied"),
        ("Valdor is not willing to withdraw its soldiers from Quarrend.", "REJECT", "denied"),
        ("Valdor is not ready to attack Quarrend.", "REJECT", "denied"),
        ("Valdor will withdraw its soldiers from Quarrend next week.", "AGREE", "expected"),
        (
            "Valdor said it would withdraw its soldiers from Quarrend next week if Marrowby "
            "agreed to a truce.",
            "AGREE",
            "expected",
        ),
        (
            "Valdor said it would give Marrowby $25 million in aid next year if the militia "
            "disarmed.",
            "AGREE",
            "expected",
        ),
        # staff, aid workers, peacekeepers: an evacuation or a step back, not a threat
        ("The charity will withdraw its staff from Quarrend next week.", "AGREE", None),
        ("The mission will withdraw its peacekeepers from Tarno by June.", "AGREE", None),
        # "if" another attacks: deterrence; "if ... not" on a gift stays an offer
        ("Valdor will send troops to Quarrend if Marrowby attacks.", "THREATEN", "expected"),
        ("Norland will send warships to the strait if Valdor attacks shipping.", "THREATEN", None),
        (
            "Valdor will give Marrowby $20 million in aid next year if the junta does not block "
            "deliveries.",
            "AGREE",
            "expected",
        ),
        (
            "Valdor said it would withdraw its soldiers from Quarrend next week unless Marrowby "
            "agreed to a truce.",
            "THREATEN",
            "expected",
        ),
        (  # what the army is told to do has not happened
            "The ministry said the army must withdraw from the town of Kessa by Friday.",
            "DEMAND",
            "expected",
        ),
        (
            "The council said the militia must hand over the airport to the government within a week.",
            "DEMAND",
            "expected",
        ),
        (  # the demand is the news even with no place or date named
            "The mediator said both factions must agree to a truce.",
            "DEMAND",
            "expected",
        ),
        ("The minister said the militia should withdraw from the hills.", "DEMAND", "expected"),
        (  # "must have": a deed inferred, not one demanded
            "Villagers said the bridge must have been shelled from the hills near Tarno.",
            "FIGHT",
            "happened",
        ),
        # recalling an envoy or quitting talks is a threat to cut ties (PLOVER THREATEN)
        ("Valdor will withdraw its ambassador from Marrowby.", "THREATEN", "expected"),
        ("Valdor will pull out of the talks in Quarrend.", "THREATEN", "expected"),
        # the governing verb commits, demands or refuses
        ("Valdor vowed to withdraw its soldiers from Quarrend.", "AGREE", "planned"),
        ("Valdor offered to evacuate its outposts near Quarrend.", "AGREE", "planned"),
        ("Valdor pledged to give Marrowby $25 million in aid.", "AGREE", "planned"),
        ("Valdor demanded that Marrowby withdraw its soldiers from Quarrend.", "DEMAND", "planned"),
        ("Valdor called on Marrowby to withdraw its soldiers from Quarrend.", "DEMAND", "planned"),
        # done, not announced
        ("Valdor gave Marrowby a loan of $25 million on Monday.", "AID", "happened"),
        ("Valdor has withdrawn its soldiers from Quarrend.", "RETREAT", "happened"),
    ],
)
def test_an_act_announced_for_later_is_coded_as_its_promise_or_threat(
    make_context, text, plover, modality
):
    event = one_event(make_context, text)
    assert event.plover == plover
    assert modality in (None, event.modality)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"We must defend Tarno at any cost," the general said.',
        '"We must defend our homeland to the end," the colonel told reporters.',
    ],
)
def test_a_demand_spoken_is_a_statement_that_happened(make_context, text):
    statements = [e for e in events_of(make_context, text) if e.type == "statement"]
    assert [(e.plover, e.modality) for e in statements] == [("DEMAND", "happened")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plovers"),
    [
        (
            "The ministry launched an investigation into the collapse of the bridge.",
            ["INVESTIGATE"],
        ),
        ("The court opened an inquiry into the deaths of three inmates.", ["INVESTIGATE"]),
        ("The former mayor was placed under formal investigation for fraud.", ["INVESTIGATE"]),
        ("The collapse of the bridge is under investigation, the ministry said.", []),
        ("Police carried out an investigation into the collapse of the bridge.", ["INVESTIGATE"]),
        ("The council set up an inquiry into the collapse of the bridge.", ["INVESTIGATE"]),
        ("The weekly carried an investigation into the collapse of the bridge.", []),
    ],
)
def test_an_inquiry_opened_is_an_investigation(make_context, text, plovers):
    assert [e.plover for e in events_of(make_context, text)] == plovers


@pytest.mark.model
def test_granted_asylum_is_aid(make_context):
    event = one_event(make_context, "Kenya granted asylum to 40 refugees on Monday.")
    assert (event.type, event.plover, event.actor) == ("aid", "AID", "Kenya")


@pytest.mark.model
@pytest.mark.parametrize("fight", ["gunfight", "shootout"])
def test_who_killed_in_a_gunfight_is_a_side_of_it(fight):
    text = (
        f"Troops freed six hostages in Borno state on Sunday and killed two gunmen in a {fight} "
        "near the town of Damboa."
    )
    clash = next(e for e in _extracted(text).events if e.type == "armed_clash")
    assert (clash.actor, clash.killed) == ("Nigeria", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army lost three soldiers in an ambush near Kano, Nigerian officials said.",
        "Soldiers suffered heavy casualties in an ambush near Kano, Nigerian officials said.",
    ],
)
def test_a_force_that_lost_men_in_an_ambush_is_not_its_doer(text):
    ambush = next(e for e in _extracted(text).events if e.type == "attack")
    assert (ambush.actor, ambush.target) == (None, "Nigeria")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers' union will boycott the talks unless the governor resigns.",
            [("statement", "THREATEN")],
        ),
        (
            "Farmers will block the coastal highway if the fuel tax is not withdrawn.",
            [("statement", "THREATEN")],
        ),
        (
            "Norland will not sign the treaty unless Ruritania frees the prisoners.",
            [("statement", "REJECT")],
        ),
        ("Ruritania will retaliate if its ships are seized again.", [("statement", "THREATEN")]),
        (  # the act threatened keeps its event, coded as the threat, with no place named
            "The insurgents will attack the garrison unless the governor frees their commander.",
            [("attack", "THREATEN")],
        ),
        ("The talks will resume next week if the weather allows.", []),  # a forecast, no threat
        ("It will snow on the pass if the wind turns.", []),
    ],
)
def test_a_threat_whose_only_act_word_is_its_condition_is_a_statement(make_context, text, expected):
    assert [(e.type, e.plover) for e in events_of(make_context, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "plovers"),
    [
        ("The ministry said the raiders must cross back over the border before dawn.", ["DEMAND"]),
        ("The ministry said the raiders must have crossed the border before dawn.", []),
        ("Officials said the gunmen must have fled across the river overnight.", []),
    ],
)
def test_must_have_infers_a_deed_and_demands_nothing(make_context, text, plovers):
    assert [e.plover for e in events_of(make_context, text)] == plovers


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Norland will retaliate if attacked.",
        "Observers said the militia will likely strike again.",
    ],
)
def test_a_forecast_or_advice_of_commentators_is_no_statement_act(make_context, text):
    assert events_of(make_context, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The assembly called for the withdrawal of Norland's troops from Pellow.", "DEMAND"),
        ("The bishop appealed for an end to the shelling of Dravik.", "DEMAND"),
        ("The envoy called for a halt to the fighting around Kessa.", "DEMAND"),
        ("The council called for an immediate ceasefire in Pellow.", "DEMAND"),
        ("The families demanded the release of the detainees.", "DEMAND"),
    ],
)
def test_an_act_called_for_by_its_noun_is_a_demand_not_the_act(make_context, text, expected):
    assert [(e.type, e.plover) for e in events_of(make_context, text)] == [("statement", expected)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed the call points back to is news beside the call
        (
            "The union called for an inquiry into the shelling of Dravik.",
            [("statement", "DEMAND"), ("attack", "FIGHT")],
        ),
        ("The mayor called the raid on Dravik a crime.", [("attack", "ASSAULT")]),
    ],
)
def test_a_call_names_without_demanding_what_it_does_not_call_for(make_context, text, expected):
    assert [(e.type, e.plover) for e in events_of(make_context, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels pledged to stop attacking convoys near Dravik.", [("statement", "AGREE")]),
        ("The army vowed to halt its airstrikes on Pellow.", [("statement", "AGREE")]),
        ("The militia promised to end its raids on the villages.", [("statement", "AGREE")]),
        ("The army pledged an end to airstrikes on Pellow.", [("statement", "AGREE")]),
        ("The militia agreed to stop shelling the port.", [("agreement", "AGREE")]),
        # a stop its doer commits to with "will" is a step back; another stop is a threat
        (
            "The rebels will stop attacking convoys, their commander said.",
            [("statement", "AGREE")],
        ),
        (
            "Norland said it would end its raids on the border villages.",
            [("statement", "AGREE")],
        ),
        ("Norland will halt fuel exports to Ruritania.", [("statement", "THREATEN")]),
        # a stop done is no pledge: the attacks it ends were told
        ("The rebels stopped attacking convoys near Dravik last week.", [("attack", "FIGHT")]),
    ],
)
def test_a_pledge_to_stop_attacks_is_a_promise_not_a_planned_attack(make_context, text, expected):
    assert [(e.type, e.plover) for e in events_of(make_context, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norland recalled its ambassador from Pellow.", ("sanction", "SANCTION")),
        ("Norland withdrew its ambassador from Pellow on Monday.", ("sanction", "SANCTION")),
        ("Norland closed its embassy in Pellow.", ("sanction", "SANCTION")),
        ("Norland shut its consulate in Dravik.", ("sanction", "SANCTION")),
        ("Norland severed diplomatic ties with Ruritania.", ("sanction", "SANCTION")),
        ("Norland cut diplomatic relations with Ruritania on Tuesday.", ("sanction", "SANCTION")),
        ("Norland broke off relations with Ruritania.", ("sanction", "SANCTION")),
        ("Norland expelled four Ruritanian diplomats.", ("sanction", "SANCTION")),
        # troops withdrawn and roads closed cut no ties
        ("Norland withdrew its troops from Pellow.", ("withdraw", "RETREAT")),
        ("Police closed the main road into Dravik.", ("other", "COERCE")),
    ],
)
def test_diplomatic_ties_cut_are_a_sanction(make_context, text, expected):
    assert [(e.type, e.plover) for e in events_of(make_context, text)] == [expected]


def readings_of(make_context, text):
    """(type, PLOVER) of every event of an invented sentence published on 2025-03-14."""
    import datetime as dt

    from sitrep.extract.events import extract_events

    events = extract_events(make_context(text, dt.date(2025, 3, 14)))
    return [(e.type, e.plover) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one who does not speak for the party only forecasts what it will do
        ("Villagers said the government would rebuild the school.", []),
        ("Witnesses said the jets would come back after dark.", []),
        ("Farmers said the rebels would stop attacking the markets.", []),
        ("Officials said reinforcements would reach Kessa on Friday.", []),
        ("Aid groups said the government would lift the blockade.", [("other", "CONCEDE")]),
        # the party itself or its spokesman commits it
        ("A spokeswoman said the army would respond with force.", [("statement", "THREATEN")]),
        ("Valdor said it would rebuild the bridge.", [("statement", "AGREE")]),
        (
            "The militia will stop shelling the markets, its commander said.",
            [("statement", "AGREE")],
        ),
    ],
)
def test_a_party_commits_only_in_its_own_voice(make_context, text, expected):
    assert readings_of(make_context, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date set, a thing that "calls for", a call with an object or a particle, a visit
        ("Elections were called for June in Valdor.", []),
        ("A referendum was called for Sunday.", []),
        ("The summit was called for Thursday.", [("other", "CONSULT")]),
        ("The proposal calls for the deployment of 3,000 soldiers to Kessa.", []),
        ("The situation in Tarno calls for calm.", []),
        ("Governor Ana Ruiz called on the widows of the miners in Kessa.", []),
        ("The militia called off its assault on Tarno.", [("attack", "FIGHT")]),
        ("The lawyer appealed to the high court on Friday.", []),
        (
            "Valdor's premier called Marrowby's president on Friday for talks.",
            [("other", "CONSULT")],
        ),
        # a force asking for help in its fight: no political demand
        ("The encircled garrison in Kessa called for air support.", []),
        ("The commander in Tarno called for reinforcements.", []),
        (
            "Valdor's army called for artillery strikes on militia positions near Kessa.",
            [("attack", "FIGHT")],
        ),
        # a party calling in its own voice demands
        (
            "The synod called for the withdrawal of Valdor's troops from Tarno.",
            [("statement", "DEMAND")],
        ),
        ("The council called on the militia to leave Tarno.", [("statement", "DEMAND")]),
        ("The mayor of Kessa called for more police.", [("statement", "DEMAND")]),
        (
            "The agency said it was alarmed by the deaths and called on both sides to negotiate.",
            [("statement", "DEMAND")],
        ),
        (
            "The office said it was shocked by the reports and called for those responsible to be "
            "punished.",
            [("statement", "DEMAND")],
        ),
        # what is called for did not happen, however the call is put
        ("The council called for soldiers to be withdrawn from Tarno.", [("statement", "DEMAND")]),
        ("Calls for the withdrawal of the soldiers grew louder in Valdor.", []),
        ("The militia answered the call for a truce by shelling Kessa.", [("attack", "FIGHT")]),
        # a deed told beside the call is news beside it
        (
            "The council called for a truce after the militia shelled Kessa on Friday.",
            [("statement", "DEMAND"), ("attack", "FIGHT")],
        ),
        (
            "The militia shelled Kessa on Friday, and the council called for the withdrawal of all "
            "gunmen.",
            [("attack", "FIGHT"), ("statement", "DEMAND")],
        ),
    ],
)
def test_only_a_party_calling_for_an_act_demands_it(make_context, text, expected):
    assert readings_of(make_context, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone else's envoy pulled from danger, or envoys beside troops: no ties cut
        ("Firefighters pulled the ambassador from the burning car.", []),
        ("Bandits pulled the diplomat from his vehicle and shot him.", [("attack", "ASSAULT")]),
        ("Valdor withdrew its soldiers and its envoy from Tarno.", [("withdraw", "RETREAT")]),
        ("Valdor pulled its ambassador out of Marrowby.", [("sanction", "SANCTION")]),
        ("Valdor recalled its envoy from Marrowby.", [("sanction", "SANCTION")]),
        # monitors recalled are pressure whether done or announced
        ("Valdor withdrew its monitors from Tarno.", [("sanction", "SANCTION")]),
        ("Valdor will withdraw its monitors from Tarno.", [("sanction", "THREATEN")]),
        # ties are a state's, and diplomatic; a post shut after an attack on it is no sanction
        ("The firm cut ties with the contractor.", []),
        ("The two states ended relations in 1987.", []),
        ("Valdor froze relations with Marrowby.", [("sanction", "SANCTION")]),
        ("The consulate was closed after rioters stormed it.", [("other", "COERCE")]),
        (
            "The militia closed the consulate after seizing the town.",
            [("seize_territory", "FIGHT")],
        ),
        # a measure its government announces is its own; a state foretold to last is no act
        (
            "Valdor's foreign ministry said its consulate in Kessa would close on Friday.",
            [("sanction", "SANCTION")],
        ),
        ("The crossing will be closed from Friday, the ministry said.", [("other", "COERCE")]),
        ("The negotiations would be suspended, the ministry said.", [("sanction", "SANCTION")]),
        ("Schools would remain suspended until Monday.", []),
    ],
)
def test_ties_cut_are_a_states_own(make_context, text, expected):
    assert readings_of(make_context, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop of another's violence, or one the act is only an adjunct of, is no pledge
        (
            "The minister said the army will stop the militia attacks on Tarno.",
            [("attack", "FIGHT")],
        ),
        ("The governor said police would stop the looting in Kessa.", [("attack", "COERCE")]),
        ("The army promised to stop the militia with airstrikes on Kessa.", [("attack", "FIGHT")]),
        (
            "After a pause in the fighting near Kessa, the militia vowed to resume its raids.",
            [("armed_clash", "FIGHT"), ("attack", "ASSAULT")],
        ),
        # a stop of its own fighting its doer commits to is a promise, with or without a speaker
        ("The militia will stop shelling the villages near Tarno.", [("statement", "AGREE")]),
        (
            "The militia will stop shelling the villages near Tarno if the army leaves Tarno.",
            [("statement", "AGREE")],
        ),
    ],
)
def test_only_a_stop_of_ones_own_fighting_is_a_promise(make_context, text, expected):
    assert readings_of(make_context, text) == expected


def moded_readings_of(make_context, text):
    """(type, PLOVER, modality) of every event of an invented sentence published 2025-03-14."""
    import datetime as dt

    from sitrep.extract.events import extract_events

    events = extract_events(make_context(text, dt.date(2025, 3, 14)))
    return [(e.type, e.plover, e.modality) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy recalled in protest, even after an attack, is a sanction; "for their safety"
        # or "amid fighting" an evacuation; "pull" with "its" needs no "out"
        (
            "Norland withdrew its ambassador from Ostravia in protest at the shelling.",
            [
                ("sanction", "SANCTION", "happened"),
                ("protest", "PROTEST", "happened"),
                ("attack", "FIGHT", "happened"),
            ],
        ),
        (
            "Norland withdrew its envoy after the attacks on its mission in Tarno.",
            [("sanction", "SANCTION", "happened"), ("attack", "ASSAULT", "happened")],
        ),
        ("Norland pulled its ambassador from Ostravia.", [("sanction", "SANCTION", "happened")]),
        ("The rescuers pulled the ambassador from his car.", []),
        # diplomats evacuated for their safety: no retreat of forces, no sanction
        ("Norland pulled its diplomats out for their safety.", []),
        # a post closed for a reason of state is a sanction; one shut on an attack on it is not
        (
            "Ostravia closed its consulate in Tarno because Norland refused to renew its lease.",
            [("sanction", "SANCTION", "happened")],
        ),
        ("The embassy was closed after rioters stormed it.", [("other", "COERCE", "happened")]),
        # ties cut with a named state, whatever entity the parser made of an unknown one
        ("Marrowick cut off relations with Tessaly.", [("sanction", "SANCTION", "happened")]),
        ("The bakery cut ties with the miller.", []),
        # a pledge to stop bare attacks is the doer's own; "the looting" or "militia attacks" not
        ("The militia vowed to halt strikes on the port.", [("statement", "AGREE", "happened")]),
        (
            "The insurgents promised to stop drone attacks on Tarno.",
            [("statement", "AGREE", "happened")],
        ),
        (
            "The army agreed to halt airstrikes on Kessa.",
            [("agreement", "AGREE", "happened")],
        ),
        (
            "The insurgents said they would end attacks on shipping.",
            [("statement", "AGREE", "happened")],
        ),
        (
            "The governor said police would stop the looting in Kessa.",
            [("attack", "COERCE", "expected")],
        ),
        # a call for backing is a demand; only fire support is a force's own request
        (
            "The commanders called for support for the truce.",
            [("statement", "DEMAND", "happened")],
        ),
        ("The commander called for air support near Tarno.", []),
        # an NGO is no government's voice
        ("The crossing will be closed, the Norland Refugee Council said.", []),
        ("The Norland Refugee Council said the army would retaliate.", []),
        (
            "The Norland Defence Ministry said the army would retaliate.",
            [("statement", "THREATEN", "happened")],
        ),
        ("The crossing will be closed, the ministry said.", [("other", "COERCE", "expected")]),
    ],
)
def test_review_mends_keep_sanctions_pledges_and_demands(make_context, text, expected):
    assert moded_readings_of(make_context, text) == expected
