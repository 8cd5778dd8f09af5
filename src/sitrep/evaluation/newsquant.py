"""Score the quantity extractor on NewsQuant (Almasian et al., EMNLP 2023).

NewsQuant annotates, per news sentence, each quantity's value (a number or "low-high"), its unit,
a normalised unit and one label among `=`, `~`, `>`, `<` (exact, approximate, more than, less
than) or `up`, `down` (a change). Its conventions differ from ours in ways this module maps rather
than the extractor imitates:

- unit names: ours are ISO codes and singular names ("USD", "percent", "square mile"); theirs
  are words ("dollar", "percentage"); `UNIT_NAMES` maps ours to theirs, one name for one thing
  ("USD" is "dollar", "percent" is "percentage", "times" is their "count" of repetitions), never
  two different things (our "pence" is not their "point", "USD" not "pound sterling");
- counted nouns: ours is the head noun ("moments", "barrel", "snaps"), theirs the concept with
  its modifiers and what is measured ("proud moment life", "barrel of oil", "snap man coverage");
  ours matches when its words, singular, all occur in theirs in order; their last word alone
  matching ours ("first-team players" / "player") also counts. A rate never matches a count:
  where theirs has "per" and ours has not (or the other way round), the units differ, and an
  area or volume ("square mile") never matches a length ("mile");
- acronyms: they spell them out ("win above replacement"); our unit written as an upper-case
  acronym ("WAR") matches a name whose words' initials spell it;
- vague amounts: "dozens" is 12-120 and "thousands" 1000-10000 there; ours keep only the lower
  end (`low`), so a vague quantity is compared as [low, 10 * low];
- "from 4.8 to 4.7" is one range there; we give the two levels, so a gold range also matches a
  pair of our values equal to its two ends;
- ages ("a 50 year-old man") are quantities there and not for sitrep; the `*_no_age` figures
  score without them, the plain figures with them.

Hedge accuracy is over matched quantities whose gold label is `=`, `~`, `>` or `<`; `>` is "more
than" (a lower bound) and `<` "less than, up to" (an upper bound). Change accuracy is over all
matched quantities: gold `up`/`down` against our `change`, anything else against None.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.model import Article, Quantity

if TYPE_CHECKING:
    from spacy.language import Language

HEDGE_LABELS = {"exact": "=", "range": "=", "vague": "=", "approximate": "~",
                "lower_bound": ">", "upper_bound": "<"}  # fmt: skip
AGE_UNITS = frozenset({"year of age", "month of age", "age", "week of age", "day of age"})
UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("dollar", "united states dollar"), "AUD": ("australian dollar",),
    "CAD": ("canadian dollar",), "HKD": ("hong kong dollar",), "NZD": ("new zealand dollar",),
    "EUR": ("euro",), "GBP": ("pound sterling",), "JPY": ("japanese yen",), "CNY": ("yuan",),
    "INR": ("indian rupee",), "ILS": ("shekel",), "DKK": ("danish krone",),
    "MYR": ("malaysian ringgit",), "HRK": ("croatian kuna",), "RUB": ("russian ruble",),
    "percent": ("percentage",), "pound": ("pound-mass",), "pence": ("penny", "pence"),
    "degree Celsius": ("celsius",), "degree Fahrenheit": ("fahrenheit",),
    "milliampere hour": ("milliampere-hour",), "part per billion": ("parts-per-billion",),
    "part per million": ("parts-per-million",), "revolution per minute": ("revolutions per minute",),
    "pound-foot": ("pound-foot", "foot pound-force"), "times": ("count",),
}  # fmt: skip


@dataclass(frozen=True)
class Amount:
    """A value or a [low, high] pair, with the unit and label needed for scoring."""

    low: float
    high: float
    unit: str | None
    label: str | None  # gold: = ~ > < up down; ours: the hedge's label
    change: str | None
    quantity: Quantity | None = None


def evaluate_newsquant(path: Path, nlp: Language, limit: int | None = None) -> dict[str, float]:
    """Value and value+unit precision, recall and F1, hedge and change accuracy, on a file."""
    from sitrep.extract.context import build_context
    from sitrep.extract.quantities import extract_quantities

    sentences = json.loads(Path(path).read_text(encoding="utf-8"))[:limit]
    tally = Tally()
    seconds = 0.0
    for number, item in enumerate(sentences):
        context = build_context(nlp, Article(id=f"newsquant-{number}", text=item["text"]))
        started = time.perf_counter()
        predicted = [our_amount(q) for q in extract_quantities(context)]
        seconds += time.perf_counter() - started
        gold = [g for g in (gold_amount(q) for q in item["quantities"]) if g is not None]
        tally.add(gold, predicted)
    return {**tally.scores(), "sentences": float(len(sentences)), "extract_seconds": seconds}


def gold_amount(item: dict[str, Any]) -> Amount | None:
    """A NewsQuant quantity; None where its value is not a number or a range of two."""
    bounds = parse_gold_value(str(item["value"]))
    if bounds is None:
        return None
    unit = item.get("normalized_unit") or "-"
    return Amount(bounds[0], bounds[1], None if unit == "-" else unit, item["change"],
                  item["change"] if item["change"] in ("up", "down") else None)  # fmt: skip


def parse_gold_value(value: str) -> tuple[float, float] | None:
    """ "12.0" -> (12, 12); "252.0-287.0" and "3.0 - 4.0" -> their ends; junk -> None."""
    try:
        number = float(value)
        return number, number
    except ValueError:
        pass
    match = re.fullmatch(
        r"\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*", value
    )
    if not match:
        return None
    try:
        return float(match.group(1)), float(match.group(2))
    except ValueError:
        return None


def our_amount(quantity: Quantity) -> Amount:
    """Our quantity as a comparable amount (vague ones as [low, 10 * low])."""
    if quantity.hedge == "range" and quantity.low is not None and quantity.high is not None:
        low, high = quantity.low, quantity.high
    elif quantity.hedge == "vague" and quantity.low is not None:
        low, high = quantity.low, quantity.high or quantity.low * 10
    else:
        value = quantity.value if quantity.value is not None else (quantity.low or quantity.high)
        low = high = float(value or 0.0)
    return Amount(low, high, quantity.unit, HEDGE_LABELS[quantity.hedge], quantity.change, quantity)


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def same_unit(ours: str | None, gold: str | None) -> bool:
    """Our unit name against NewsQuant's normalised one: `UNIT_NAMES`, head nouns, acronyms."""
    if ours is None or gold is None:
        return ours is None and gold is None
    gold_norm = canonical(gold)
    names = UNIT_NAMES.get(ours, ())
    if gold_norm in {canonical(n) for n in names}:
        return True
    ours_norm = canonical(_translate_compound(ours))
    if ours_norm == gold_norm:
        return True
    if ("per" in ours_norm.split()) != ("per" in gold_norm.split()):
        return False  # a rate ("test per day") is not a count ("test")
    if any(w in gold_norm.split() and w not in ours_norm.split() for w in ("square", "cubic")):
        return False  # a mile is not a square mile
    if ours_norm.split()[-1:] == gold_norm.split()[-1:] or _contained(ours_norm, gold_norm):
        return True
    return _is_acronym_of(ours, gold_norm)


def _contained(ours: str, gold: str) -> bool:
    """Every word of ours occurs in theirs, in order ("barrel" in "barrel oil")."""
    words = iter(gold.split())
    return all(word in words for word in ours.split())


def _is_acronym_of(ours: str, gold: str) -> bool:
    """ "WAR" and "win above replacement": an upper-case acronym and the words it abbreviates."""
    if not (ours.isalpha() and ours.isupper() and 2 <= len(ours) <= 6):
        return False
    return "".join(word[0] for word in gold.split()) == ours.lower()


def _translate_compound(unit: str) -> str:
    """ "USD per barrel" -> "dollar per barrel": map each side of a "per"."""
    parts = unit.split(" per ")
    return " per ".join(UNIT_NAMES.get(p, (p,))[0] for p in parts)


def canonical(unit: str) -> str:
    """Lower case, singular words, no "of": enough to compare unit names across conventions."""
    words = re.sub(r"\bof\b", " ", unit.lower()).replace("-", " ").split()
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    irregular = {"people": "people", "feet": "foot", "men": "man", "women": "woman",
                 "children": "child", "fishermen": "fisherman", "sales": "sale", "series": "series"}  # fmt: skip
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


class Tally:
    """Counts over sentences: matched pairs, their units, labels and changes."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(
            ["gold", "predicted", "value_tp", "unit_tp", "gold_no_age", "value_tp_no_age",
             "unit_tp_no_age", "hedge_n", "hedge_ok", "change_n", "change_ok"], 0)  # fmt: skip

    def add(self, gold: list[Amount], predicted: list[Amount]) -> None:
        c = self.counts
        c["gold"] += len(gold)
        c["gold_no_age"] += sum(1 for g in gold if g.unit not in AGE_UNITS)
        c["predicted"] += len(predicted)
        pairs = match(gold, predicted)
        for g, ours in pairs:
            unit_ok = all(same_unit(o.unit, g.unit) for o in ours)
            age = g.unit in AGE_UNITS
            c["value_tp"] += 1
            c["unit_tp"] += unit_ok
            c["value_tp_no_age"] += not age
            c["unit_tp_no_age"] += unit_ok and not age
            self._labels(g, ours[0])
        # a gold range matched by two of ours uses both: count the second as a true positive too
        c["predicted"] -= sum(len(ours) - 1 for _, ours in pairs)

    def _labels(self, gold: Amount, ours: Amount) -> None:
        c = self.counts
        if gold.label in ("=", "~", ">", "<"):
            c["hedge_n"] += 1
            c["hedge_ok"] += gold.label == ours.label
        c["change_n"] += 1
        c["change_ok"] += gold.change == ours.change

    def scores(self) -> dict[str, float]:
        c = self.counts
        out: dict[str, float] = {}
        for name, tp, gold in (("value", "value_tp", "gold"), ("value_unit", "unit_tp", "gold"),
                               ("value_no_age", "value_tp_no_age", "gold_no_age"),
                               ("value_unit_no_age", "unit_tp_no_age", "gold_no_age")):  # fmt: skip
            out.update(prf(name, c[tp], c["predicted"], c[gold]))
        out["hedge_accuracy"] = c["hedge_ok"] / c["hedge_n"] if c["hedge_n"] else 0.0
        out["change_accuracy"] = c["change_ok"] / c["change_n"] if c["change_n"] else 0.0
        out.update({k: float(v) for k, v in c.items()})
        return out


def prf(name: str, tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{name}_precision": precision, f"{name}_recall": recall, f"{name}_f1": f1}


def match(gold: list[Amount], predicted: list[Amount]) -> list[tuple[Amount, list[Amount]]]:
    """Pair gold and ours by value, preferring pairs whose units agree; each used once."""
    pairs: list[tuple[Amount, list[Amount]]] = []
    free = list(predicted)
    open_gold = list(gold)
    for need_unit in (True, False):
        for g in list(open_gold):
            found = _find(g, free, need_unit)
            if found:
                pairs.append((g, found))
                open_gold.remove(g)
                for o in found:
                    free.remove(o)
    return pairs


def _find(g: Amount, free: Iterable[Amount], need_unit: bool) -> list[Amount] | None:
    candidates = [o for o in free if not need_unit or same_unit(o.unit, g.unit)]
    for o in candidates:
        if same_value(o.low, g.low) and same_value(o.high, g.high):
            return [o]
    if g.low != g.high:
        low = next((o for o in candidates if o.low == o.high and same_value(o.low, g.low)), None)
        high = next((o for o in candidates if o.low == o.high and same_value(o.low, g.high)), None)
        if low is not None and high is not None and low is not high:
            return [low, high]
    return None
