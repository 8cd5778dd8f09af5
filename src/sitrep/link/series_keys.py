"""Whose figure a claimed value is, the one rule for every claim series: the tracker's lines,
the contradictions counted between sources and a source's own corrections.

Its own module, importing nothing, so that `sitrep.link.corrections` (which `sitrep.link.claims`
imports) can use it as well as `sitrep.link.claim_readings` and the web API.
"""

from __future__ import annotations


def series_key(
    source: str | None, outlet: str | None, article_id: str, title: str | None = None
) -> str:
    """The source named, else the outlet that printed the value, else its own report (by title
    when known): two unsourced reports are two voices, not one "unattributed" source revising
    its figure."""
    if source or outlet:
        return str(source or outlet)
    return f"unattributed: {title}" if title else f"unattributed ({article_id})"
