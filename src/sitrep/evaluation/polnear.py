"""Score attribution against PolNeAR (Newell et al. 2018): content, source and cue overlap F1.

PolNeAR annotates every attribution in US political news with brat standoff spans (Source, Cue,
Content, possibly discontinuous). We match predicted to gold attributions one to one by content
overlap (largest overlap first), the lenient "overlap" scheme quote attributors such as Citron
report. A matched pair also scores its source (when the predicted source span overlaps the gold
one) and its cue. Gold attributions without a source count for content and cue only.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.model import Article, Attribution, Offsets

if TYPE_CHECKING:
    from spacy.language import Language

BRAT_SPAN = re.compile(r"^(T\d+)\t(\w[\w-]*) ([\d ;]+)\t")
ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class GoldAttribution:
    content: tuple[int, int] | None
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    published: dt.date | None
    attributions: tuple[GoldAttribution, ...]


def load_split(data_dir: Path, split: str = "dev", limit: int | None = None) -> list[GoldArticle]:
    """The articles of one PolNeAR split with their attributions (one annotator per article)."""
    dates = _publication_dates(data_dir / "metadata.tsv")
    texts = sorted((data_dir / split / "text").glob("*.txt"))
    articles = []
    for path in texts[:limit] if limit is not None else texts:
        annotations = sorted((data_dir / split / "attributions").glob(f"{path.stem}_*.ann"))
        if not annotations:
            continue
        gold = tuple(parse_brat(annotations[0].read_text(encoding="utf-8")))
        text = path.read_text(encoding="utf-8")
        articles.append(GoldArticle(path.stem, text, dates.get(path.stem), gold))
    return articles


def _publication_dates(metadata: Path) -> dict[str, dt.date]:
    if not metadata.is_file():
        return {}
    with metadata.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {
            r["filename"]: dt.date.fromisoformat(r["publication_date"])
            for r in rows
            if _is_date(r.get("publication_date"))
        }


def _is_date(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or "") is not None


def parse_brat(annotation: str) -> Iterator[GoldAttribution]:
    """Attributions from brat standoff: T lines give spans (hull of fragments), E lines link them."""
    spans: dict[str, tuple[int, int]] = {}
    for line in annotation.splitlines():
        match = BRAT_SPAN.match(line)
        if match and match.group(2) in ROLES:
            numbers = [int(n) for n in re.findall(r"\d+", match.group(3))]
            spans[match.group(1)] = (min(numbers), max(numbers))
    for line in annotation.splitlines():
        if line.startswith("E") and "\t" in line:
            roles = dict(
                part.split(":", 1) for part in line.split("\t", 1)[1].split() if ":" in part
            )
            found = {role: spans.get(roles.get(role, "")) for role in ROLES}
            if found["Content"] or found["Cue"]:
                yield GoldAttribution(found["Content"], found["Source"], found["Cue"])


def predict(
    nlp: Language, articles: list[GoldArticle], batch_size: int = 16
) -> list[list[Attribution]]:
    """Run furniture marking, the parser (batched) and the attribution extractor."""
    from sitrep.clean import find_furniture
    from sitrep.extract.attribution import extract_attributions
    from sitrep.extract.context import DocContext
    from sitrep.nlp import make_doc

    furniture = [tuple(find_furniture(a.text)) for a in articles]
    docs = (make_doc(nlp, a.text, f) for a, f in zip(articles, furniture, strict=False))
    results = []
    for article, marks, doc in zip(
        articles, furniture, nlp.pipe(docs, batch_size=batch_size), strict=False
    ):
        record = Article(id=article.id, text=article.text, published=article.published)
        results.append(extract_attributions(DocContext(doc=doc, article=record, furniture=marks)))
    return results


def evaluate_polnear(
    data_dir: Path, nlp: Language, split: str = "dev", limit: int | None = None
) -> dict[str, float]:
    """Content, source and cue precision/recall/F1 on a PolNeAR split (overlap matching)."""
    articles = load_split(Path(data_dir), split, limit)
    counts = Counts()
    for article, predicted in zip(articles, predict(nlp, articles), strict=False):
        counts.add(article.attributions, predicted, article.text)
    return counts.scores() | {"articles": float(len(articles))}


@dataclass
class Counts:
    """Running totals over articles; `scores` turns them into P/R/F1."""

    predicted: int = 0
    predicted_cues: int = 0
    gold: int = 0
    gold_sources: int = 0
    gold_cues: int = 0
    content: int = 0
    source: int = 0
    cue: int = 0

    def add(
        self, gold: tuple[GoldAttribution, ...], predicted: list[Attribution], text: str = ""
    ) -> None:
        predicted = join_fragments(predicted, text)
        self.predicted += len(predicted)
        self.predicted_cues += sum(p.cue is not None for p in predicted)
        self.gold += sum(g.content is not None for g in gold)
        self.gold_sources += sum(g.source is not None and g.content is not None for g in gold)
        self.gold_cues += sum(g.cue is not None and g.content is not None for g in gold)
        for g, p in match(gold, predicted):
            self.content += 1
            self.source += source_hit(g.source, _source_span(p), text)
            self.cue += (
                g.cue is not None
                and p.cue is not None
                and _overlaps(g.cue, (p.cue.start, p.cue.end))
            )

    def scores(self) -> dict[str, float]:
        result: dict[str, float] = {}
        for name, hits, n_pred, n_gold in (
            ("content", self.content, self.predicted, self.gold),
            ("source", self.source, self.predicted, self.gold_sources),
            ("cue", self.cue, self.predicted_cues, self.gold_cues),
        ):
            precision = hits / n_pred if n_pred else 0.0
            recall = hits / n_gold if n_gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result |= {f"{name}_p": precision, f"{name}_r": recall, f"{name}_f1": f1}
        return result


def join_fragments(predicted: list[Attribution], text: str) -> list[Attribution]:
    """ "“A,” X said. “B.”": the extractor gives each part of a quote interrupted by its speaker
    its own claim, with the same source and cue. PolNeAR annotates that as one attribution with a
    discontinuous content (which `parse_brat` hulls), so consecutive claims of one source and one
    cue within a paragraph are scored as one prediction over their hull."""
    joined: list[Attribution] = []
    last: dict[tuple[int, int | None], int] = {}
    for p in sorted(predicted, key=lambda a: (a.claim.start, a.claim.end)):
        key = (p.cue.start, p.source.start) if p.cue is not None else None
        at = last.get(key) if key is not None else None
        if at is not None:
            before = joined[at]
            gap = text[before.claim.end : p.claim.start]
            if before.claim.end <= p.claim.start and "\n" not in gap and len(gap) < 160:
                hull = Offsets(before.claim.start, p.claim.end)
                joined[at] = dataclasses.replace(before, claim=hull, parts=())  # the whole hull
                continue
        if key is not None:
            last[key] = len(joined)
        joined.append(p)
    return joined


def match(
    gold: tuple[GoldAttribution, ...], predicted: list[Attribution]
) -> list[tuple[GoldAttribution, Attribution]]:
    """One-to-one pairs by content overlap, largest overlap first (greedy; each gold and each
    prediction used at most once; ties go to the earlier gold and prediction)."""
    candidates = []
    for gi, g in enumerate(gold):
        if g.content is None:
            continue
        for pi, p in enumerate(predicted):
            overlap = _overlap(g.content, (p.claim.start, p.claim.end))
            if overlap > 0:
                candidates.append((overlap, gi, pi))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


RELATIVE = re.compile(r"(?:who|whom|which|that)", re.I)


def source_hit(gold: tuple[int, int] | None, predicted: tuple[int, int] | None, text: str) -> bool:
    """The predicted source overlaps the gold one. PolNeAR often marks a relative pronoun as the
    source ("Smith, who said ..."); a prediction that names its antecedent, the noun phrase right
    before the pronoun, names the same source and counts as a hit."""
    if gold is None or predicted is None:
        return False
    if _overlaps(gold, predicted):
        return True
    return (
        RELATIVE.fullmatch(text[gold[0] : gold[1]]) is not None
        and predicted[1] <= gold[0]
        and re.fullmatch(r"[\s,]*", text[predicted[1] : gold[0]]) is not None
    )


def _source_span(attribution: Attribution) -> tuple[int, int] | None:
    source = attribution.source
    return (
        (source.start, source.end) if source.start is not None and source.end is not None else None
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and _overlap(a, b) > 0
