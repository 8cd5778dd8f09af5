"""Acronyms of sides spelled out from the article: "RSF" in one sentence and "Rapid Support
Forces" in another are one actor in the ledger.
"""

from __future__ import annotations

import re

from sitrep.extract.actors import ACRONYM

_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)+")


def spell_out(acronym: str, text: str) -> str | None:
    """The name an acronym abbreviates in this text ("RSF" -> "Rapid Support Forces"): the first
    run of capitalised words whose initials spell it, glue words ("of", "for") not counted."""
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        capitals = [w for w in words if w[:1].isupper()]
        for start in range(len(capitals) - len(acronym) + 1):
            run = capitals[start : start + len(acronym)]
            if "".join(w[0] for w in run) == acronym:
                first = words.index(run[0])
                last = len(words) - 1 - words[::-1].index(run[-1])
                return " ".join(words[first : last + 1])
    return None


def spelled_out(name: str | None, text: str) -> str | None:
    """An actor name with its acronym spelled out when the article gives the full name, so that
    "RSF" in one sentence and "Rapid Support Forces" in another are one actor."""
    if name is None or not ACRONYM.fullmatch(name):
        return name
    return spell_out(name, text) or name
