"""Whose figure a claimed value is, the one rule for every claim series: the tracker's lines,
the contradictions counted between sources and a source's own corrections.

A voice is the source named; but "officials", "police" or "witnesses" with nothing naming whose
are each outlet's own (three outlets' "officials said" are three voices, not one revising its
figure), and a value with no source is its outlet's, else its own article's. The key holds the
article id, never the title: two outlet-less reports with one title (wire updates) are two
voices, and `series_label` shows the title in its place.

Its own module, importing nothing, so that `sitrep.link.corrections` (which `sitrep.link.claims`
imports) can use it as well as `sitrep.link.claim_readings` and the web API.
"""

from __future__ import annotations

# fmt: off
# The heads of sources that name no one in particular; the words of an anonymous kind of source.
_GENERIC_HEADS = frozenset([
    "official", "officials", "police", "policeman", "policemen", "officer", "officers", "witness",
    "witnesses", "eyewitness", "eyewitnesses", "resident", "residents", "source", "sources",
    "authorities", "medic", "medics", "doctor", "doctors", "rescuer", "rescuers", "activist",
    "activists", "villager", "villagers", "locals", "survivors", "spokesman", "spokeswoman",
    "spokesperson",
])
# Words a generic source may open with at the start of a sentence ("Two officials said").
_OPENERS = frozenset([
    "the", "a", "an", "some", "several", "many", "two", "three", "four", "five", "six", "local",
    "senior", "other", "unnamed", "security", "military", "government", "health", "hospital",
    "medical", "intelligence",
])
# fmt: on
_CLAUSE_WORDS = frozenset(["in", "of", "from", "at", "near", "on", "with", "who", "familiar"])


def generic_source(source: str) -> bool:
    """Whether `source` names no one in particular ("officials", "Two police officers", "a
    police spokesman", "witnesses in the town"), unlike "Kenyan police", "UN officials" or "police
    spokesman John Doe": a capitalised word before any "in"/"of" clause says whose they are."""
    words = source.replace(",", " ").split()
    cut = next((i for i, word in enumerate(words) if word in _CLAUSE_WORDS), len(words))
    own = words[:cut]
    named = any(
        word[:1].isupper() and not (i == 0 and word.lower() in _OPENERS | _GENERIC_HEADS)
        for i, word in enumerate(own)
    )
    return not named and any(word.lower() in _GENERIC_HEADS for word in own)


def series_key(source: str | None, outlet: str | None, article_id: str) -> str:
    """The source named, each outlet's own for a generic one ("officials (Daily Courier)"), else
    the outlet that printed the value, else its own report: two unsourced reports are two
    voices, not one "unattributed" source revising its figure."""
    if source and not generic_source(source):
        return source
    if source:
        return f"{source} ({outlet or article_id})"
    return outlet or f"unattributed ({article_id})"


def series_label(
    source: str | None, outlet: str | None, article_id: str, title: str | None = None
) -> str:
    """`series_key` as a reader is shown it: a report's title, when known, for its id."""
    key = series_key(source, outlet, article_id)
    if not title or outlet or (source and not generic_source(source)):
        return key
    return f"{source} ({title})" if source else f"unattributed: {title}"
