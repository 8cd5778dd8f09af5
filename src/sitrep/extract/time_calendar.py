"""Calendar arithmetic behind time normalisation: TimeML values from an anchor date and a tense.

News conventions decide what a bare name means: a weekday or month in past narration is the most
recent one (the anchor itself when it matches); in future contexts it is the next one. Every
function here is pure and returns a TimeML TIMEX3 value string.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
}
# Unit words -> (TimeML duration letter, multiplier, is a time unit "PT").
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "weekend": ("D", 2, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
}
FUTURE = "future"
PAST = "past"


def unit_of(word: str) -> str:
    """The singular unit for a unit word ("centuries" -> "century", "years" -> "year")."""
    word = word.lower().rstrip(".")
    if word == "centuries":
        return "century"
    if word == "millennia":
        return "millennium"
    if word.endswith("s") and word[:-1] in UNITS:
        return word[:-1]
    return word


def month_number(word: str) -> int | None:
    """1-12 for a month name or its usual abbreviation ("Sept.", "Dec"), else None."""
    key = word.lower().rstrip(".")[:3]
    for i, name in enumerate(MONTHS, start=1):
        if name.startswith(key) and len(key) == 3:
            return i
    return None


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 (Sunday) for a weekday name, else None."""
    word = word.lower().rstrip("s'’")
    return WEEKDAYS.index(word) if word in WEEKDAYS else None


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """The ISO week holding `day`, as TimeML writes it (`2024-W43`)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def resolve_weekday(anchor: dt.date, weekday: int, tense: str | None) -> dt.date:
    """The weekday meant in a news report dated `anchor`.

    Future contexts ("by Monday", "as soon as Sunday") mean the next one (the anchor itself
    when the names match, as in news written on the day); past
    and present narration the most recent one, the anchor itself when the names match.
    """
    if tense == FUTURE:
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back)


# How far a month or a date named without a year may lie against the tense: past narration
# still names the coming weeks ("payable Dec. 7", "expire Nov. 21"), future clauses the days
# just gone ("the Jan. 14 deadline"). Beyond these, the tense decides.
MONTHS_AGAINST_TENSE = 2
DAYS_AGAINST_TENSE = 75
# A future clause may name the month just gone ("will publish its January figures" in February)
# but no earlier one: "will take effect in January", said in March, is next January.
MONTHS_BACK_IN_FUTURE = 1


def resolve_month(
    anchor: dt.date, month: int, tense: str | None, margin: int = MONTHS_AGAINST_TENSE
) -> int:
    """The year of a month named without one: the nearest such month, unless the tense says
    otherwise and the nearest lies more than `margin` months the other way (no margin at all
    where the text looks only back: "since January", "had pulled back by December").
    """
    diff = (month - anchor.month + 6) % 12 - 6  # -6 .. 5: the nearest occurrence
    if tense == PAST and diff > margin:
        diff -= 12
    elif tense == FUTURE and diff < -min(margin, MONTHS_BACK_IN_FUTURE):
        diff += 12
    return (anchor.year * 12 + anchor.month - 1 + diff) // 12


def resolve_month_day(
    anchor: dt.date, month: int, day: int, tense: str | None, margin: int = DAYS_AGAINST_TENSE
) -> dt.date | None:
    """The date of "Oct. 25" without a year: the nearest one, the tense deciding past a margin.

    With no tense ("the Oct. 23 slaying") a date months away is one reported, not one awaited.
    """
    found = [
        c for c in (safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if c is not None
    ]
    if not found:
        return None
    nearest = min(found, key=lambda c: abs((c - anchor).days))
    gap = (nearest - anchor).days
    if tense in (PAST, None) and gap > margin:
        return max((c for c in found if c <= anchor), default=nearest)
    if tense == FUTURE and gap < -margin:
        return min((c for c in found if c >= anchor), default=nearest)
    return nearest


def resolve_quarter(
    anchor: dt.date, quarter: int, tense: str | None, looking_back: bool = False
) -> str:
    """The year of "the third quarter": the latest one begun, unless a later one lies ahead.

    Reports name results of quarters already begun far more often than ones a year away, so a
    future tense keeps a later quarter in the anchor's year; so does the very next quarter,
    weeks away while its namesake ended half a year back ("closures during the fourth quarter",
    written in August), unless the text looks only back. A future clause means the quarter just
    ended (whose results are still to come: "will report fourth-quarter results", in January)
    or else the next one of that name.
    """
    year, current = quarter_of(anchor)
    if tense == FUTURE:
        if quarter == (current - 2) % 4 + 1:  # just ended: "will report fourth-quarter results"
            return quarter_value(year - 1 if quarter > current else year, quarter)
        # "is expected to close in the first quarter", said in December
        return quarter_value(year + 1 if quarter < current else year, quarter)
    next_one = quarter == current + 1 and not looking_back
    if quarter > current and not next_one:
        year -= 1
    return quarter_value(year, quarter)


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def resolve_season(anchor: dt.date, season: str, tense: str | None) -> str:
    """The year of a season named without one ("in the spring", "the winter").

    Past narration means the latest season already begun, a future clause the first one not yet
    over ("elections are expected in the spring", written in November, are next year's); without
    a tense, the nearest.
    """
    start_month = SEASON_START[season]
    if tense not in (PAST, FUTURE):
        return f"{resolve_month(anchor, start_month, tense):04d}-{season}"
    starts = [dt.date(anchor.year + k, start_month, 1) for k in (-1, 0, 1)]
    if tense == PAST:
        year = max(start for start in starts if start <= anchor).year
    else:
        month_now = (anchor.year, anchor.month)
        year = min(start for start in starts if add_months(start, 3) > month_now).year
    return f"{year:04d}-{season}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def shift(anchor: dt.date, unit: str, amount: int) -> str | None:
    """The value `amount` units away from the anchor, at that unit's granularity.

    "two days ago" is a day, "last week" an ISO week, "a year ago" a year, "a decade ago" a year.
    """
    if unit in ("day", "night"):
        return day_value(anchor + dt.timedelta(days=amount))
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return week_value(anchor + dt.timedelta(weeks=weeks))
    if unit == "weekend":
        return week_value(anchor + dt.timedelta(weeks=amount)) + "-WE"
    if unit == "month":
        return month_value(*add_months(anchor, amount))
    if unit == "quarter":
        year, month = add_months(anchor, 3 * amount)
        return quarter_value(year, (month - 1) // 3 + 1)
    if unit in ("year", "decade", "century", "millennium"):
        return f"{anchor.year + amount * UNITS[unit][1]:04d}"
    return None


def current(anchor: dt.date, unit: str) -> str | None:
    """The unit holding the anchor: "this week" -> its ISO week, "this month" -> its month."""
    if unit == "decade":
        return f"{anchor.year // 10:03d}"
    if unit == "century":
        return f"{anchor.year // 100:02d}"
    return shift(anchor, unit, 0)


def weekend_value(anchor: dt.date, tense: str | None) -> str:
    """ "The weekend": the one just gone in past narration, the coming one ahead."""
    if tense == FUTURE or anchor.weekday() >= 5:
        return week_value(anchor) + "-WE"
    return week_value(anchor - dt.timedelta(weeks=1)) + "-WE"


def duration_value(amount: float | None, unit: str) -> str | None:
    """A TimeML duration: (3, "year") -> "P3Y", (None, "day") -> "PXD", (16, "hour") -> "PT16H"."""
    spec = UNITS.get(unit)
    if spec is None:
        return None
    letter, multiplier, is_time = spec
    prefix = "PT" if is_time else "P"
    if amount is None:
        letter = {"century": "C"}.get(unit, letter)
        return f"{prefix}X{letter}"
    total = amount * multiplier
    if float(total).is_integer():
        return f"{prefix}{int(total)}{letter}"
    return _with_smaller_unit(total, letter, is_time) or f"{prefix}{total:g}{letter}"


# A fraction of these units is a whole number of the next smaller one: "2 1/2 years" is P2Y6M,
# "half an hour" PT30M, as TimeBank writes them. Weeks and months have no such exact split.
SMALLER_UNIT = {
    ("Y", False): ("M", 12),
    ("D", False): ("H", 24),
    ("H", True): ("M", 60),
    ("M", True): ("S", 60),
}


def _with_smaller_unit(total: float, letter: str, is_time: bool) -> str | None:
    """ "P2Y6M", "PT5H30M", "P1DT12H": a fractional amount in whole units, or None."""
    smaller = SMALLER_UNIT.get((letter, is_time))
    if smaller is None:
        return None
    whole, rest = int(total), (total - int(total)) * smaller[1]
    if not float(rest).is_integer():
        return None
    head = f"{whole}{letter}" if whole else ""
    tail = f"{int(rest)}{smaller[0]}"
    if is_time:
        return f"PT{head}{tail}"
    return f"P{head}T{tail}" if letter == "D" else f"P{head}{tail}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n=4, Thursday, November: US Thanksgiving)."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Days named for their place around Easter or Thanksgiving, counted in days from it.
FROM_EASTER = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "holy thursday": -3,
    "good friday": -2,
    "holy saturday": -1,
    "easter monday": 1,
}
FROM_THANKSGIVING = {"black friday": 1, "cyber monday": 4}


def last_monday_of_may(year: int) -> dt.date:
    last = dt.date(year, 5, 31)
    return last - dt.timedelta(days=last.weekday())


# US holidays kept on a Monday, so they move with the calendar.
MONDAY_HOLIDAYS = {
    "martin luther king": lambda year: nth_weekday(year, 1, 0, 3),
    "martin luther king jr.": lambda year: nth_weekday(year, 1, 0, 3),
    "presidents": lambda year: nth_weekday(year, 2, 0, 3),
    "presidents'": lambda year: nth_weekday(year, 2, 0, 3),
    "memorial": last_monday_of_may,
    "labor": lambda year: nth_weekday(year, 9, 0, 1),
    "columbus": lambda year: nth_weekday(year, 10, 0, 2),
}


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a fixed or computed holiday in `year`, or None for a name we do not know."""
    # "New Year's Eve", "New Years Day", "Valentine's Day" -> "new year eve", "new year", "valentine"
    name = re.sub(r"'s?\b|(?<=year)s\b", "", name.lower().replace("’", "'"))
    name = re.sub(r"\s+day$", "", " ".join(name.split()))
    fixed = {
        "christmas": (12, 25),
        "christmas eve": (12, 24),
        "may": (5, 1),
        "new year": (1, 1),
        "new year eve": (12, 31),
        "independence": (7, 4),
        "valentine": (2, 14),
        "halloween": (10, 31),
        "boxing": (12, 26),
        "veterans": (11, 11),
        "veterans'": (11, 11),
        "remembrance": (11, 11),
        "st. patrick": (3, 17),
        "juneteenth": (6, 19),
        "canada": (7, 1),
        "bastille": (7, 14),
        "anzac": (4, 25),
    }
    for key, (month, day) in fixed.items():
        if name == key:
            return dt.date(year, month, day)
    if name in FROM_EASTER:
        return easter(year) + dt.timedelta(days=FROM_EASTER[name])
    if name in FROM_THANKSGIVING:
        return nth_weekday(year, 11, 3, 4) + dt.timedelta(days=FROM_THANKSGIVING[name])
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return easter(year)
    if name.startswith("election"):
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    return MONDAY_HOLIDAYS[name](year) if name in MONDAY_HOLIDAYS else None
