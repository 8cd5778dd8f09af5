"""Event scores on the public dev sets: CASE 2021 task 2, WikiEvents and the PLOVER gold records.

- CASE 2021: a snippet is labelled with its main event's type (the task's definition), so its
  label is the ACLED sub-type of its main event (`sitrep.extract.event_main`: the lead
  sentence's governing event, its sub-type checked against the whole snippet), none when no
  event has one; snippets of the five non-ACLED classes should get none. Macro F1 over the ACLED
  labels present in the gold, and accuracy over all snippets.
- WikiEvents: trigger identification and classification F1 for attack (Conflict.Attack.*),
  protest (Conflict.Demonstrate.*) and arrest (Justice.ArrestJailDetain.*), matched by offsets.
- PLOVER: the share of gold records whose first event has the gold PLOVER type.
"""

from __future__ import annotations

import ast
import csv
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.extract.context import build_context
from sitrep.extract.event_main import report_acled
from sitrep.extract.event_triggers import find_triggers
from sitrep.extract.events import extract_events
from sitrep.model import Article, Event

CASE_LABELS = {
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHEM_WEAP": "Chemical weapon",
    "GRENADE": "Grenade",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SUIC_BOMB": "Suicide bomb",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "SEX_VIOL": "Sexual violence",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
}
WIKIEVENTS_TYPES = {
    "Conflict.Attack": "attack",
    "Conflict.Demonstrate": "protest",
    "Justice.ArrestJailDetain": "arrest",
}
TRIGGER_TYPES = {
    "attack": "attack",
    "armed_clash": "attack",
    "protest": "protest",
    "arrest": "arrest",
}


def evaluate_events(
    data_dir: Path, nlp: Any, limit: int | None = None
) -> dict[str, dict[str, float]]:
    """Scores on the event dev sets under `data_dir` (the shared `data/` folder)."""
    events_dir = Path(data_dir) / "events"
    return {
        "case2021": score_case(events_dir / "case2021" / "task2-dev.tsv", nlp, limit),
        "wikievents": score_wikievents(events_dir / "wikievents" / "dev.jsonl", nlp, limit),
        "plover": score_plover(events_dir / "plover" / "PLOVER_GSR_CAMEO.txt", nlp, limit),
    }


def snippet_events(nlp: Any, text: str) -> list[Event]:
    """The events of a short text, with no other extractor (what the dev sets are scored on)."""
    return extract_events(build_context(nlp, Article(id="snippet", text=text)))


def score_case(path: Path, nlp: Any, limit: int | None = None) -> dict[str, float]:
    pairs: list[tuple[str | None, str | None]] = []
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:limit]
    for row in rows:
        gold = CASE_LABELS.get(row["SubType"])
        ctx = build_context(nlp, Article(id="snippet", text=row["EventSnippet"]))
        pairs.append((gold, report_acled(ctx, extract_events(ctx))))
    return classification_scores(pairs)


def classification_scores(pairs: list[tuple[str | None, str | None]]) -> dict[str, float]:
    """Accuracy, and macro F1 over the gold labels (None, "no ACLED event", is not a label)."""
    labels = sorted({g for g, _ in pairs if g is not None})
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    correct = sum(1 for g, p in pairs if g == p)
    return {
        "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "accuracy": correct / len(pairs) if pairs else 0.0,
        "n": float(len(pairs)),
    }


def _wikievents_docs(
    path: Path, limit: int | None
) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Each document as text rebuilt from its token offsets, with its gold triggers (start, end, type)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            doc = json.loads(line)
            sentences = _literal(doc["sentences"])
            tokens = [tok for sentence, _ in sentences for tok in sentence]
            chars = [" "] * (max(end for _, _, end in tokens) if tokens else 0)
            for word, start, end in tokens:
                chars[start:end] = word
            for sentence, _ in sentences[:-1]:  # keep sentences apart for the sentence splitter
                end = sentence[-1][2]
                if end < len(chars) and chars[end] == " ":
                    chars[end] = "\n"
            offsets = [(s[1], s[2]) for sentence, _ in sentences for s in sentence]
            gold = []
            for mention in _literal(doc["event_mentions"]):
                kind = WIKIEVENTS_TYPES.get(".".join(mention["event_type"].split(".")[:2]))
                if kind:
                    first = (
                        offsets[mention["trigger"]["start"]]
                        if mention["trigger"]["start"] < len(offsets)
                        else None
                    )
                    last = (
                        offsets[mention["trigger"]["end"] - 1]
                        if mention["trigger"]["end"] - 1 < len(offsets)
                        else None
                    )
                    if first and last:
                        gold.append((first[0], last[1], kind))
            yield "".join(chars), gold


def _literal(value: Any) -> Any:
    return ast.literal_eval(value) if isinstance(value, str) else value


def score_wikievents(path: Path, nlp: Any, limit: int | None = None) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for text, gold in _wikievents_docs(path, limit):
        ctx = build_context(nlp, Article(id="wikievents", text=text))
        predicted = [
            (t.start, t.end, TRIGGER_TYPES[t.type])
            for t in find_triggers(ctx)
            if t.type in TRIGGER_TYPES
        ]
        matched: set[int] = set()
        for start, end, kind in predicted:
            hit = next(
                (
                    i
                    for i, (gs, ge, gk) in enumerate(gold)
                    if i not in matched and gk == kind and gs < end and start < ge
                ),
                None,
            )
            counts[f"{kind}_tp" if hit is not None else f"{kind}_fp"] += 1
            if hit is not None:
                matched.add(hit)
        for i, (_, _, kind) in enumerate(gold):
            if i not in matched:
                counts[f"{kind}_fn"] += 1
    scores: dict[str, float] = {}
    for kind in ("attack", "protest", "arrest", "overall"):
        kinds = ("attack", "protest", "arrest") if kind == "overall" else (kind,)
        tp = sum(counts[f"{k}_tp"] for k in kinds)
        fp = sum(counts[f"{k}_fp"] for k in kinds)
        fn = sum(counts[f"{k}_fn"] for k in kinds)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores[f"{kind}_p"] = precision
        scores[f"{kind}_r"] = recall
        scores[f"{kind}_f1"] = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
    return scores


def score_plover(path: Path, nlp: Any, limit: int | None = None) -> dict[str, float]:
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")][:limit]
    correct = 0
    for record in records:
        events = snippet_events(nlp, record["text"])
        predicted = next((e.plover for e in events if e.plover), None)
        correct += predicted == record["event"]
    return {"accuracy": correct / len(records) if records else 0.0, "n": float(len(records))}
