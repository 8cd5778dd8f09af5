"""Score the time extractor on TempEval-3-style gold: TimeBank+AQUAINT (TimeML) and MEANTIME.

Both sets give TIMEX3 spans with a normalised `value`, a `type` and the document creation time
(DCT), which stands in for the publication date. The scores are TempEval-3's: strict and relaxed
(any overlap) span P/R/F1, value F1 over relaxed matches, and type accuracy over relaxed matches.
Only the DCT *inside* a TimeML header is left out: it is metadata, not article text; a MEANTIME
dateline is text and counts like any other date.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.model import Article, TimeExpr

if TYPE_CHECKING:
    from spacy.language import Language

KIND_OF_TYPE = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str
    kind: str


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    dct: dt.date | None
    timexes: tuple[GoldTimex, ...]


# ---------------------------------------------------------------- readers

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def read_timeml(path: Path) -> GoldDoc:
    """One .tml file: the <TEXT> body with tags stripped, its TIMEX3s as offsets, and its DCT."""
    raw = path.read_text(encoding="utf-8")
    dct = _timeml_dct(raw)
    body = raw.split("<TEXT>", 1)[1].rsplit("</TEXT>", 1)[0]
    text, timexes = _strip_tags(body)
    return GoldDoc(id=path.stem, text=text, dct=dct, timexes=tuple(timexes))


def _timeml_dct(raw: str) -> dt.date | None:
    match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if not match:
        return None
    return parse_date(dict(ATTR.findall(match.group(0))).get("value", ""))


def _strip_tags(body: str) -> tuple[str, list[GoldTimex]]:
    """Text without markup, and each TIMEX3's character span in that text."""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    position = 0
    for match in TAG.finditer(body):
        chunk = html.unescape(body[position : match.start()])
        parts.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name = match.group(1), match.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTR.findall(match.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            timexes.append(_gold(start, length, text, attrs))
            open_timex = None
    parts.append(html.unescape(body[position:]))
    return "".join(parts), timexes


def _gold(start: int, end: int, text: str, attrs: dict[str, str]) -> GoldTimex:
    kind = KIND_OF_TYPE.get(attrs.get("type", "DATE"), "date")
    return GoldTimex(start=start, end=end, text=text, value=attrs.get("value", ""), kind=kind)


def read_meantime(path: Path) -> GoldDoc:
    """One MEANTIME file: tokens joined by spaces (a line per sentence) and token-anchored TIMEX3s.

    Only the annotated head of the article is kept (title, dateline and the first sentences).
    """
    root = ET.parse(path).getroot()
    last = _last_annotated_sentence(root)
    offsets: dict[str, tuple[int, int]] = {}
    pieces: list[str] = []
    length = 0
    sentence = None
    for token in root.iter("token"):
        if int(token.get("sentence", "0")) > last:
            break
        if pieces:
            separator = "\n" if token.get("sentence") != sentence else " "
            pieces.append(separator)
            length += 1
        sentence = token.get("sentence")
        word = token.text or ""
        offsets[token.get("t_id", "")] = (length, length + len(word))
        pieces.append(word)
        length += len(word)
    text = "".join(pieces)
    return GoldDoc(
        id=root.get("doc_id", path.stem),
        text=text,
        dct=_meantime_dct(root),
        timexes=tuple(_meantime_timexes(root, offsets, text)),
    )


def _last_annotated_sentence(root: ET.Element) -> int:
    """MEANTIME annotates only an article's first sentences; the rest must not count as misses."""
    sentence_of = {t.get("t_id"): int(t.get("sentence", "0")) for t in root.iter("token")}
    markables = root.find("Markables")
    anchors = [] if markables is None else list(markables.iter("token_anchor"))
    return max((sentence_of.get(a.get("t_id"), 0) for a in anchors), default=0)


def _meantime_dct(root: ET.Element) -> dt.date | None:
    """The CREATION_TIME value; where it is unmarked, the TIMEX3 the others are anchored to."""
    timexes = list(root.iter("TIMEX3"))
    for timex in timexes:
        if timex.get("functionInDocument") == "CREATION_TIME":
            return parse_date(timex.get("value", ""))
    anchors = Counter(t.get("anchorTimeID") for t in timexes if t.get("anchorTimeID"))
    by_id = {t.get("m_id"): t for t in timexes}
    for anchor_id, _ in anchors.most_common():
        if anchor_id in by_id:
            return parse_date(by_id[anchor_id].get("value", ""))
    return None


def _meantime_timexes(
    root: ET.Element, offsets: dict[str, tuple[int, int]], text: str
) -> Iterator[GoldTimex]:
    markables = root.find("Markables")
    if markables is None:
        return
    for timex in markables.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id", "")] for a in timex.iter("token_anchor")]
        if not anchors:
            continue  # a non-consuming (empty) TIMEX3
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        yield _gold(start, end, text[start:end], dict(timex.attrib))


def parse_date(value: str) -> dt.date | None:
    """The date that a DCT value names (`1998-01-08`, `19980108`, `1998-01-08T10:00`)."""
    digits = re.sub(r"\D", "", value[:10])
    if len(digits) < 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def load_corpus(data_dir: Path, name: str, limit: int | None = None) -> list[GoldDoc]:
    """The documents of `tbaq` or `meantime` under `data_dir` (the folder `time/`), sorted."""
    if name == "tbaq":
        paths = sorted((data_dir / "tbaq").rglob("*.tml"))
        reader = read_timeml
    else:
        paths = sorted((data_dir / "meantime").rglob("*.xml"))
        reader = read_meantime
    return [reader(p) for p in paths[:limit]]


# ---------------------------------------------------------------- scoring


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    kind: int = 0

    def add(self, system: Sequence[TimeExpr], gold: Sequence[GoldTimex]) -> None:
        """Match each gold TIMEX to the first unused overlapping system span, as TempEval-3 does."""
        self.system += len(system)
        self.gold += len(gold)
        used: set[int] = set()
        for g in gold:
            for i, s in enumerate(system):
                if i in used or not (s.start < g.end and g.start < s.end):
                    continue
                used.add(i)
                self.relaxed += 1
                self.strict += s.start == g.start and s.end == g.end
                self.value += (s.value or "") == g.value
                self.kind += s.kind == g.kind
                break

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, hits in (
            ("strict", self.strict),
            ("relaxed", self.relaxed),
            ("value", self.value),
        ):
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            out[f"{name}_p"], out[f"{name}_r"] = p, r
            out[f"{name}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        out["type_accuracy"] = self.kind / self.relaxed if self.relaxed else 0.0
        out["system"], out["gold"] = float(self.system), float(self.gold)
        return out


def evaluate_docs(docs: Sequence[GoldDoc], nlp: Language | None) -> dict[str, float]:
    """Scores of `extract_times` over gold documents; without `nlp` a blank English pipeline."""
    from sitrep.extract.context import build_context
    from sitrep.extract.times import extract_times

    if nlp is None:
        import spacy

        nlp = spacy.blank("en")
    counts = Counts()
    for doc in docs:
        ctx = build_context(nlp, Article(id=doc.id, text=doc.text, published=doc.dct))
        counts.add(extract_times(ctx), doc.timexes)
    return counts.scores()


def evaluate_timeml(
    data_dir: Path, nlp: Language | None, limit: int | None = None
) -> dict[str, dict[str, float]]:
    """TempEval-3 scores on `tbaq` and on `meantime`, separately.

    `data_dir` is the `time/` folder (or a folder above holding `data/time/`); `limit` caps the
    number of documents per set.
    """
    data_dir = _time_dir(Path(data_dir))
    return {
        name: evaluate_docs(load_corpus(data_dir, name, limit), nlp)
        for name in ("tbaq", "meantime")
        if (data_dir / name).is_dir()
    }


def _time_dir(path: Path) -> Path:
    for candidate in (path, path / "time", path / "data" / "time"):
        if (candidate / "tbaq").is_dir() or (candidate / "meantime").is_dir():
            return candidate
    return path
