"""Who wrote an article, as its own text says: the wire its dateline credits and the outlet a
republication notice names.

A wire story saved as text often carries its outlet only in its dateline ("TAWILA, Sudan (AP) -"),
and an outlet that reprints another's report says so in a notice ("This article was originally
published by Harbour Wire ..."). Metadata given with the article (a JSON record's `outlet`, a
page's site name) always wins: the text only fills what is missing. Each entry point applies
`with_text_provenance` once (`ingest.read_path` for every reader's articles, `api.extract` and
`api.extract_many` for texts), so `sitrep extract`, `sitrep ingest` and the API agree.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.clean import republished_from
from sitrep.extract.datelines import dateline_credit
from sitrep.model import Article


def with_text_provenance(article: Article) -> Article:
    """The article with its outlet taken from its dateline's credit when it has none, and the
    outlet it republishes (`republished_from`) when its text carries a republication notice."""
    outlet = article.outlet or dateline_credit(article.text)
    original = article.republished_from or republished_from(article.text)
    if original is not None and outlet is not None and original.casefold() == outlet.casefold():
        original = None  # an outlet's notice about its own report republishes nothing
    if outlet == article.outlet and original == article.republished_from:
        return article
    return replace(article, outlet=outlet, republished_from=original)
