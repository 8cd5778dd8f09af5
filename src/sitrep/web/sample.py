"""Hand-made extractions for the web page's tests, screenshot and latency benchmark.

They need neither the spaCy model nor the gazetteer: the findings are written out here, with
offsets computed from the texts, so the API and the page can be tested while the extractors
change. `synthetic_extractions(n)` makes many varied articles for the benchmark.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from importlib import resources

from sitrep.model import (
    Article,
    Attribution,
    Cue,
    Event,
    EventPlace,
    Extraction,
    Offsets,
    Place,
    Quantity,
    Source,
    TimeExpr,
)

VERSION = "sample-1"
KURSK = EventPlace("Kursk Oblast", 51.5, 36.0, "ADM1", "RU", "Kursk")
KYIV = EventPlace("Kyiv", 50.45, 30.52, "PPLC", "UA", "Kyiv City")
DNIPRO = EventPlace("Dnipro", 48.45, 34.98, "PPLA", "UA", "Dnipropetrovsk")


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `needle` in `text` (a ValueError when it is absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def place(text: str, needle: str, where: EventPlace, nth: int = 0) -> Place:
    start, end = span(text, needle, nth)
    return Place(
        start,
        end,
        needle,
        name=where.name,
        country=where.country,
        admin1=where.admin1,
        level=where.level,
        lat=where.lat,
        lon=where.lon,
        confidence=0.9,
    )


def when(text: str, needle: str, value: str, nth: int = 0) -> TimeExpr:
    start, end = span(text, needle, nth)
    return TimeExpr(start, end, needle, value, confidence=0.9)


def amount(
    text: str, needle: str, value: float, unit: str, measure: str, hedge: str = "exact"
) -> Quantity:
    start, end = span(text, needle)
    return Quantity(start, end, needle, value, unit=unit, measure=measure, hedge=hedge)  # type: ignore[arg-type]


def claim(
    text: str, said: str, source: str, kind: str, name: str, cue: str, date: str | None = None
) -> Attribution:
    claim_start, claim_end = span(text, said)
    source_start, source_end = span(text, source)
    cue_start, cue_end = span(text, cue)
    return Attribution(
        claim=Offsets(claim_start, claim_end),
        source=Source(source_start, source_end, source, kind, name),  # type: ignore[arg-type]
        cue=Cue(cue_start, cue_end, cue, "say"),
        date=date,
    )


def interrupted_quote(text: str, first: str, second: str, cue: str, date: str) -> Attribution:
    """A quote its reporting clause interrupts ("“A,” she said. “B.”"): one claim over both
    parts, and the parts without the clause, as the extractor gives them. The speaker is the
    name between the first part and the cue, known by the fuller name the text gives it."""
    parts = (Offsets(*span(text, first)), Offsets(*span(text, second)))
    cue_start, cue_end = span(text, cue, text.count(cue, 0, parts[0].end))
    source = text[parts[0].end : cue_start].strip()
    source_start = text.index(source, parts[0].end)
    fuller = re.search(rf"(?:[A-Z][\w'’-]+ )+{re.escape(source)}\b", text)
    name = " ".join(fuller.group(0).split()[-2:]) if fuller else source
    return Attribution(
        claim=Offsets(parts[0].start, parts[1].end),
        source=Source(source_start, source_start + len(source), source, "named_official", name),
        cue=Cue(cue_start, cue_end, cue, "say"),
        direct_quote=True,
        date=date,
        parts=parts,
    )


def kursk_example() -> Extraction:
    """The bundled example article, with the findings a good extractor should make."""
    text = (
        resources.files("sitrep")
        .joinpath("data/examples/kursk-troops-2024-10-26.txt")
        .read_text("utf-8")
    )
    article = Article(
        id="kursk-troops-2024-10-26",
        text=text,
        published=dt.date(2024, 10, 26),
        title="Thousands of North Korean troops arrive in Kursk",
        outlet="New York Post",
    )
    quantities = (
        amount(text, "as many as 12,000 troops", 12000, "troops", "personnel", "upper_bound"),
        amount(
            text, "as many as 5,000 North Korean troops", 5000, "troops", "personnel", "upper_bound"
        ),
        amount(text, "about 400 square miles", 400, "sq mi", "area", "approximate"),
        amount(text, "some 150 square miles", 150, "sq mi", "area", "approximate"),
        amount(text, "five", 5, "people", "injured"),
        amount(text, "at least five", 5, "people", "killed", "lower_bound"),
        amount(text, "21", 21, "people", "injured"),
    )
    attributions = (
        claim(
            text,
            "as many as 12,000 troops are involved",
            "Ukraine estimating",
            "government",
            "Ukraine",
            "estimating",
            "2024-10-26",
        ),
        claim(
            text,
            "as many as 5,000 North Korean troops are expected to assemble in Kursk by Monday",
            "One senior Ukrainian official",
            "anonymous_official",
            "Ukrainian official",
            "told",
            "2024-10-26",
        ),
        claim(
            text,
            "A Russian drone struck an apartment building in Kyiv Friday evening, sparking a fire that killed "
            "a 14-year-old girl and injured five",
            "officials",
            "anonymous_official",
            "Ukrainian officials",
            "according to",
        ),
        claim(
            text,
            "Russian missile strikes on the Ukrainian city of Dnipro hit several residential buildings and a "
            "hospital, killing at least five and injuring 21",
            "authorities",
            "government",
            "Ukrainian authorities",
            "said",
        ),
        interrupted_quote(
            text,
            "“Russian murderers have resumed their usual business,”",
            "“This proves once again that aggression cannot be stopped by words alone but only by "
            "decisive action in defense of the state and the people against whom this war is waged.”",
            "said",
            "2024-10-26",
        ),
    )
    drone = span(text, "A Russian drone struck an apartment building in Kyiv")
    missiles = span(text, "Russian missile strikes on the Ukrainian city of Dnipro hit")
    arrived = span(text, "Thousands of North Korean troops have arrived in Kursk")
    events = (
        Event(
            *arrived,
            "deploy",
            actor="North Korea",
            place=KURSK,
            date="2024-10-23",
            confidence=0.8,
            quantities=(0,),
            attributions=(0,),
        ),
        Event(
            *drone,
            "attack",
            acled="Air/drone strike",
            actor="Russia",
            target="civilians",
            place=KYIV,
            date="2024-10-25",
            weapon=("drone",),
            killed=1,
            injured=5,
            attributions=(2,),
            quantities=(4,),
            confidence=0.9,
        ),
        Event(
            *missiles,
            "attack",
            acled="Shelling/artillery/missile attack",
            actor="Russia",
            target="civilians",
            place=DNIPRO,
            date="2024-10-25",
            weapon=("missile",),
            killed=5,
            injured=21,
            attributions=(3, 4),
            quantities=(5, 6),
            confidence=0.9,
            killed_hedge="lower_bound",
        ),
    )
    places = (
        place(text, "Kursk", KURSK),
        place(text, "Kyiv", KYIV, 1),
        place(text, "Dnipro", DNIPRO),
    )
    times = (
        when(text, "Wednesday", "2024-10-23"),
        when(text, "Friday evening", "2024-10-25TEV"),
        when(text, "by Monday", "2024-10-28"),
    )
    return Extraction(
        article=article,
        places=places,
        times=times,
        quantities=quantities,
        attributions=attributions,
        events=events,
        pipeline_version=VERSION,
    )


def troop_estimate(
    published: dt.date, source: str, name: str, kind: str, value: int, outlet: str
) -> Extraction:
    """A short report of one troop estimate, for the claim tracker."""
    number = f"{value:,}"
    text = (
        f"{source} said on {published:%A} that about {number} North Korean troops were now in Kursk. "
        f"The deployment has drawn condemnation from Kyiv and Seoul."
    )
    said = f"about {number} North Korean troops were now in Kursk"
    arrived = span(text, said)
    return Extraction(
        article=Article(
            id=f"estimate-{published}-{name}",
            text=text,
            published=published,
            outlet=outlet,
            title=f"{source} puts North Korean troops in Kursk at {number}",
        ),
        places=(place(text, "Kursk", KURSK), place(text, "Kyiv", KYIV)),
        times=(when(text, published.strftime("%A"), published.isoformat()),),
        quantities=(
            amount(
                text,
                f"about {number} North Korean troops",
                value,
                "troops",
                "personnel",
                "approximate",
            ),
        ),
        attributions=(claim(text, said, source, kind, name, "said", published.isoformat()),),
        events=(
            Event(
                *arrived,
                "deploy",
                actor="North Korea",
                place=KURSK,
                date=published.isoformat(),
                quantities=(0,),
                attributions=(0,),
                confidence=0.7,
            ),
        ),
        pipeline_version=VERSION,
    )


def sample_extractions() -> list[Extraction]:
    """The example article plus a few troop estimates from different sources and dates."""
    return [
        kursk_example(),
        troop_estimate(
            dt.date(2024, 10, 28), "The Pentagon", "Pentagon", "government", 10000, "Reuters"
        ),
        troop_estimate(
            dt.date(2024, 11, 4),
            "Ukraine's defense intelligence",
            "Ukraine",
            "government",
            11000,
            "Kyiv Independent",
        ),
        troop_estimate(
            dt.date(2024, 11, 12), "The Pentagon", "Pentagon", "government", 11500, "AP"
        ),
        troop_estimate(
            dt.date(2024, 12, 2),
            "Ukraine's defense intelligence",
            "Ukraine",
            "government",
            12000,
            "Kyiv Independent",
        ),
        troop_estimate(
            dt.date(2024, 12, 16), "South Korea's spy agency", "NIS", "government", 11000, "Yonhap"
        ),
    ]


TOWNS = (
    ("Kharkiv", 49.99, 36.23, "UA"),
    ("Odesa", 46.48, 30.73, "UA"),
    ("Zaporizhzhia", 47.84, 35.14, "UA"),
    ("Kherson", 46.64, 32.61, "UA"),
    ("Pokrovsk", 48.28, 37.18, "UA"),
    ("Sumy", 50.91, 34.80, "UA"),
    ("Belgorod", 50.60, 36.59, "RU"),
    ("Kursk", 51.73, 36.19, "RU"),
    ("Gaza City", 31.50, 34.47, "PS"),
    ("Khan Younis", 31.34, 34.31, "PS"),
    ("Beirut", 33.89, 35.50, "LB"),
    ("Khartoum", 15.50, 32.56, "SD"),
    ("El Fasher", 13.63, 25.35, "SD"),
    ("Goma", -1.68, 29.22, "CD"),
    ("Sanaa", 15.37, 44.19, "YE"),
)
SOURCES = (
    ("officials", "anonymous_official"),
    ("the governor", "named_official"),
    ("the army", "government"),
    ("a local monitor", "organization"),
    ("witnesses", "anonymous_person"),
)


def synthetic_extractions(count: int, seed: int = 7) -> list[Extraction]:
    """`count` varied short reports (strikes, clashes, protests, troop estimates) for benchmarks."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    items = []
    for number in range(count):
        town, lat, lon, country = rng.choice(TOWNS)
        published = start + dt.timedelta(days=rng.randrange(700))
        source, kind = rng.choice(SOURCES)
        killed, injured, troops = (
            rng.randrange(0, 30),
            rng.randrange(0, 60),
            rng.randrange(1, 50) * 500,
        )
        event_type = rng.choice(("attack", "armed_clash", "protest", "arrest", "deploy"))
        text = (
            f"Report {number}: an {event_type.replace('_', ' ')} near {town} killed {killed} people and injured "
            f"{injured}, {source} said on {published:%A}. Some {troops:,} troops are massed in the area, "
            f"according to {source}. Residents described heavy damage across the district."
        )
        said = f"an {event_type.replace('_', ' ')} near {town} killed {killed} people and injured {injured}"
        where = EventPlace(
            town, lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05), "PPL", country
        )
        items.append(
            Extraction(
                article=Article(
                    id=f"synthetic-{number}",
                    text=text,
                    published=published,
                    outlet=rng.choice(("AP", "AFP", "Reuters")),
                    title=f"{event_type.replace('_', ' ').title()} near {town}",
                ),
                places=(place(text, town, where),),
                times=(when(text, published.strftime("%A"), published.isoformat()),),
                quantities=(
                    amount(text, f"killed {killed} people", killed, "people", "killed"),
                    amount(
                        text,
                        f"Some {troops:,} troops",
                        troops,
                        "troops",
                        "personnel",
                        "approximate",
                    ),
                ),
                attributions=(claim(text, said, source, kind, source, "said"),),
                events=(
                    Event(
                        *span(text, said),
                        event_type,
                        actor=rng.choice(("Russia", "Ukraine", "RSF", "M23")),
                        place=where,
                        date=published.isoformat(),
                        killed=killed,
                        injured=injured,
                        attributions=(0,),
                        quantities=(0,),
                        confidence=0.6,
                    ),
                ),
                pipeline_version=VERSION,
            )
        )
    return items
