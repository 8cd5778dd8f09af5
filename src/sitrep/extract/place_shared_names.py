"""Country names two countries share: "Congo" is either Congo.

The gazetteer files "Congo" under the Republic of the Congo (Brazzaville) only, yet news from
Goma, Kinshasa or the Kivus says "Congo" for the Democratic Republic of the Congo. The article's
other places choose: "Congo" is the country more of them lie in; with no such evidence (or a tie)
it is the country wire style means by the bare name (AP: "Congo" for the Democratic Republic,
"Republic of Congo" for the other), so that "rebels took a town in eastern Congo" is not placed
in Brazzaville's country when the town is one the gazetteer lacks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.gazetteer.names import normalize

if TYPE_CHECKING:
    from sitrep.extract.place_candidates import Mention
    from sitrep.gazetteer.query import Gazetteer

# A short name and the countries (ISO 3166-1 alpha-2) it stands for in news, the one a bare
# mention means when the article's other places do not choose first.
SHARED_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {"congo": ("CD", "CG")}


def with_shared_readings(gazetteer: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a shared country name read as the country the other places point to."""
    shared = {
        i: codes
        for i, m in enumerate(mentions)
        if (codes := SHARED_COUNTRY_NAMES.get(normalize(text[m.start : m.end])))
    }
    if not shared:
        return mentions
    votes = Counter(
        country
        for i, m in enumerate(mentions)
        if i not in shared
        for country in {e.country for e in m.entries}
    )
    found = list(mentions)
    for i, codes in shared.items():
        chosen = max(codes, key=lambda code: votes[code])  # the first listed on a tie
        found[i] = _as_country(gazetteer, mentions[i], chosen)
    return found


def _as_country(gazetteer: Gazetteer, mention: Mention, code: str) -> Mention:
    """The mention read as the country `code`, its other countries' readings dropped."""
    country = gazetteer.country(code)
    if country is None:
        return mention
    others = tuple(e for e in mention.entries if e.level != "PCLI")
    return replace(mention, entries=(replace(country, kind=1), *others))
