"""Score the geoparser on GeoWebNews (GWN) and GeoVirus, each on its own terms.

Gold toponyms are those with coordinates. End to end, a predicted place is correct when it
overlaps a gold toponym and lies within 161 km of it; a prediction overlapping only an annotation
that has no coordinates (GWN's "Demonym", "Coercion" without a point) is neither right nor wrong;
any other prediction, resolved or not, is a false positive. GWN counts adjectival modifiers
("Irish immigrants") as toponyms, GeoVirus does not: demonym places are scored on GWN only.
Given gold spans, accuracy@161 km and feature-level accuracy (country / admin-1 / admin-2 /
populated place, where the gold GeoNames id is in the gazetteer) measure resolution alone, and
GWN's Metonymic type scores the actor role.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.places import extract_places, haversine_km, resolve_spans
from sitrep.model import Article, Place

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.extract.context import DocContext
    from sitrep.gazetteer import Gazetteer

THRESHOLD_KM = 161.0
NEUTRAL_TYPES = frozenset({"Demonym", "Coercion", "Mixed"})


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None
    type: str = "Literal"
    geonames_id: int | None = None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    gold: int = 0
    given_gold_correct: int = 0
    level_correct: int = 0
    level_known: int = 0
    actor_true: int = 0
    actor_predicted: int = 0
    metonymic_gold: int = 0
    seconds: float = 0.0
    extras: dict[str, int] = field(default_factory=dict)


def read_gwn(path: Path) -> list[GoldArticle]:
    """GeoWebNews: every annotated span, with its type, GeoNames id and point when given."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = tuple(_gwn_toponym(t) for t in article.iter("toponym"))
        articles.append(GoldArticle(article.findtext("text") or "", toponyms))
    return articles


def _gwn_toponym(node: ET.Element) -> GoldToponym:
    gid = (node.findtext("geonamesID") or "").strip()
    return GoldToponym(
        int(node.findtext("start") or 0),
        int(node.findtext("end") or 0),
        _float(node.findtext("latitude")),
        _float(node.findtext("longitude")),
        node.findtext("type") or "",
        int(gid) if gid.isdigit() else None,
    )


def read_geovirus(path: Path) -> list[GoldArticle]:
    """GeoVirus: locations with offsets and points."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms = tuple(
            GoldToponym(
                *_realign(text, loc), _float(loc.findtext("lat")), _float(loc.findtext("lon"))
            )
            for loc in article.iter("location")
        )
        articles.append(GoldArticle(text, toponyms))
    return articles


def _realign(text: str, node: ET.Element) -> tuple[int, int]:
    """GeoVirus offsets are sometimes a character or two off; move them onto the name."""
    start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
    name = node.findtext("name") or ""
    if not name or text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift : start + shift + len(name)] == name:
            return start + shift, start + shift + len(name)
    return start, end


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def evaluate_geo(
    data_dir: Path, nlp: Language, gazetteer: Gazetteer, limit: int | None = None
) -> dict[str, dict[str, float]]:
    """Scores per set ("gwn", "geovirus"); `data_dir` is the folder holding GWN.xml, GeoVirus.xml."""
    data_dir = Path(data_dir)
    if (data_dir / "geo").is_dir():
        data_dir = data_dir / "geo"
    sets = {
        "gwn": (read_gwn(data_dir / "GWN.xml"), True),
        "geovirus": (read_geovirus(data_dir / "GeoVirus.xml"), False),
    }
    return {
        name: score_articles(articles[:limit], nlp, gazetteer, demonyms)
        for name, (articles, demonyms) in sets.items()
    }


def score_articles(
    articles: list[GoldArticle], nlp: Language, gazetteer: Gazetteer, demonyms: bool
) -> dict[str, float]:
    """Run the geoparser over the articles and compare it with the gold toponyms."""
    import time

    tally = _Tally()
    started = time.perf_counter()
    for gold, ctx in zip(articles, _contexts(nlp, articles), strict=True):
        predicted = extract_places(ctx, gazetteer, include_demonyms=demonyms)
        _score_end_to_end(tally, gold, predicted)
        located = [t for t in gold.toponyms if t.located]
        resolved = resolve_spans(ctx, gazetteer, [(t.start, t.end) for t in located])
        _score_given_gold(tally, gazetteer, located, resolved)
    tally.seconds = time.perf_counter() - started
    return _summary(tally)


def _contexts(nlp: Language, articles: list[GoldArticle]) -> Iterator[DocContext]:
    """Parse in batches, marking furniture first, as the pipeline does."""
    from sitrep.clean import find_furniture
    from sitrep.extract.context import DocContext
    from sitrep.nlp import make_doc

    items = [
        (Article(id=str(i), text=a.text), tuple(find_furniture(a.text)))
        for i, a in enumerate(articles)
    ]
    docs = nlp.pipe((make_doc(nlp, art.text, furn) for art, furn in items), batch_size=16)
    for (article, furniture), doc in zip(items, docs, strict=True):
        yield DocContext(doc=doc, article=article, furniture=furniture)


def _score_end_to_end(tally: _Tally, gold: GoldArticle, predicted: list[Place]) -> None:
    located = [t for t in gold.toponyms if t.located]
    neutral = [t for t in gold.toponyms if not t.located and t.type in NEUTRAL_TYPES]
    tally.gold += len(located)
    matched: set[int] = set()
    for place in predicted:
        hit = next(
            (i for i, t in enumerate(located) if i not in matched and _overlap(place, t)), None
        )
        if hit is None:
            if not any(_overlap(place, t) for t in neutral):
                tally.fp += 1
            continue
        matched.add(hit)
        if _within(place, located[hit]):
            tally.tp += 1
        else:
            tally.fp += 1


def _score_given_gold(
    tally: _Tally, gazetteer: Gazetteer, located: list[GoldToponym], resolved: list[Place]
) -> None:
    for toponym, place in zip(located, resolved, strict=True):
        tally.given_gold_correct += _within(place, toponym)
        gold_level = _gold_level(gazetteer, toponym)
        if gold_level is not None:
            tally.level_known += 1
            tally.level_correct += _level_class(place.level) == gold_level
        if toponym.type == "Mixed":
            continue
        metonymic = toponym.type == "Metonymic"
        tally.metonymic_gold += metonymic
        tally.actor_predicted += place.role == "actor"
        tally.actor_true += place.role == "actor" and metonymic


def _gold_level(gazetteer: Gazetteer, toponym: GoldToponym) -> str | None:
    if toponym.geonames_id is None:
        return None
    entry = gazetteer.get(toponym.geonames_id)
    return _level_class(entry.level) if entry else None


def _level_class(level: str | None) -> str:
    """Coarse feature type: what users filter by (a country, a province, a district, a town)."""
    if level is None:
        return "none"
    if level.startswith("PCL"):
        return "country"
    if level.startswith("PPL"):
        return "populated place"
    return level if level in {"ADM1", "ADM2", "CONT"} else "other"


def _overlap(place: Place, toponym: GoldToponym) -> bool:
    return place.start < toponym.end and toponym.start < place.end


def _within(place: Place, toponym: GoldToponym) -> bool:
    if place.lat is None or place.lon is None or toponym.lat is None or toponym.lon is None:
        return False
    return haversine_km(place.lat, place.lon, toponym.lat, toponym.lon) <= THRESHOLD_KM


def _summary(t: _Tally) -> dict[str, float]:
    precision = t.tp / (t.tp + t.fp) if t.tp + t.fp else 0.0
    recall = t.tp / t.gold if t.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy_at_161_given_gold": t.given_gold_correct / t.gold if t.gold else 0.0,
        "gold_toponyms": float(t.gold),
        "seconds": t.seconds,
    }
    if t.level_known:
        scores["level_accuracy"] = t.level_correct / t.level_known
    if t.metonymic_gold:
        scores["metonymy_precision"] = (
            t.actor_true / t.actor_predicted if t.actor_predicted else 0.0
        )
        scores["metonymy_recall"] = t.actor_true / t.metonymic_gold
    return {k: round(v, 4) for k, v in scores.items()}
