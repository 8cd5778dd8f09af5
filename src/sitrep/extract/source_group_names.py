"""Names shaped as a group's, which the small tagger often takes for a person's: "Ansar
Tawhid", "Jaish al-Nasr", "the Crescent Front", "Lions of Dawn Brigades". An Arabic name that
opens with the word for an army, supporters, a movement, a front or a party, or any name that
ends with a word for a fighting body, names an organisation, so "Jaish al-Nasr said" is a group
speaking and not one person. Arabic personal names with "al-" ("Omar al-Hadi") are left alone.
"""

from __future__ import annotations

import re

# First words of Arabic group names: army, supporters, movement, front, party, brigade(s),
# companies, people, assembly, liberation, free men, league, committee.
GROUP_NAME_LEADS = frozenset(
    {"jaish", "jaysh", "ansar", "ansaru", "hayat", "hay'at", "hayaat", "harakat", "harakah"}
    | {"jabhat", "hizb", "liwa", "liwaa", "kataib", "kata'ib", "katibat", "katiba", "saraya"}
    | {"asaib", "asa'ib", "jamaat", "jama'at", "jamaah", "tahrir", "ahrar", "rabitat", "lajnat"}
)
# Last words of a fighting body's name: "the Crescent Front", "Dawn Brigades".
GROUP_NAME_ENDS = frozenset(
    {"front", "brigade", "brigades", "battalion", "battalions", "legion", "militia", "militias"}
    | {"army", "forces", "movement", "mujahideen", "mujahidin", "fighters"}
)
WORD = re.compile(r"[\w']+")


def is_group_name(name: str) -> bool:
    """Whether a proper name is shaped as a group's name rather than a person's."""
    words = [w.lower() for w in WORD.findall(name.replace("’", "'"))]
    if words and words[0] in {"the", "al"} and len(words) > 1:
        words = words[1:]
    return len(words) >= 2 and (words[0] in GROUP_NAME_LEADS or words[-1] in GROUP_NAME_ENDS)
