"""What nature does to people and their works, named once for every rule that asks.

Three rules read these words and used to keep three lists that disagreed: a death by lightning or
cholera is no attack (`event_ailments`), a cable cut by a storm is no sabotage (`event_sabotage`),
and "Turkey's earthquake" befalls the land, not its government (`metonymy`). A leaf module, so
that each of them can import it without importing the others.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string (keeps the tables compact)."""
    return frozenset(text.split())


# Weather and earth that kill and wreck by themselves. Not "fire" or "rain": a fire may be set,
# and rain only sets the scene; a wildfire is told as nature's even when someone lit it.
DISASTERS = _words(
    "lightning thunderbolt thunderbolts thunderstorm thunderstorms storm storms flood floods "
    "flooding floodwaters flashflood flashfloods heatwave heatwaves avalanche avalanches "
    "landslide landslides mudslide mudslides earthquake earthquakes quake quakes tremor "
    "tremors tsunami tsunamis cyclone cyclones hurricane hurricanes typhoon typhoons tornado "
    "tornadoes blizzard blizzards drought droughts wildfire wildfires"
)
# Weather that kills the exposed, yet wrecks nothing and befalls no land by name.
HARSH_WEATHER = _words("heat cold frost")
# Illnesses that kill in numbers. Not "outbreak": an outbreak of fighting is people's doing.
DISEASES = _words(
    "disease diseases cholera malaria measles typhoid dengue ebola virus covid epidemic epidemics"
)
# Whatever kills with no one's intent.
NATURAL_CAUSES = DISASTERS | HARSH_WEATHER | DISEASES
