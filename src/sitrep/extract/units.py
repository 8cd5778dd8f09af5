"""Units of measure and currencies as written after or before a number, with normal names.

Normal names follow SCHEMA.md: singular English names ("square mile", "kilometre"), ISO 4217
codes for money ("USD"), and "percent". Each unit also carries a kind, from which the quantity's
`measure` follows when no casualty verb says otherwise (area, money, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    name: str
    kind: str  # area, money, percent, length, mass, time, speed, ... ; "time" marks durations


# Surface forms (case-insensitive unless listed in CASE_SENSITIVE) -> (normal name, kind).
_UNITS: dict[str, tuple[str, str]] = {}


def _add(kind: str, name: str, *forms: str) -> None:
    for form in (name, *forms):
        _UNITS[form] = (name, kind)


_add("percent", "percent", "%", "per cent", "pct", "pc", "percentage", "percent-owned")
_add("percent", "percentage point", "percentage points", "percent points", "points of percentage")
_add("percent", "basis point", "basis points", "bps", "bp")
_add("area", "square mile", "square miles", "sq mi", "sq miles", "sq. miles", "mi²", "mi2")
_add("area", "square kilometre", "square kilometres", "square kilometers", "square kilometer",
     "sq km", "km²", "km2", "sq. km")  # fmt: skip
_add("area", "square metre", "square metres", "square meters", "square meter", "sq m", "m²", "m2")
_add("area", "square foot", "square feet", "sq ft", "sq. ft", "ft²")
_add("area", "hectare", "hectares", "ha")
_add("area", "acre", "acres")
_add("length", "kilometre", "kilometres", "kilometers", "kilometer", "km", "kms")
_add("length", "metre", "metres", "meters", "meter", "m")
_add("length", "centimetre", "centimetres", "centimeters", "centimeter", "cm")
_add("length", "millimetre", "millimetres", "millimeters", "millimeter", "mm")
_add("length", "micrometre", "micrometres", "micrometers", "micrometer", "μm", "µm", "microns")
_add("length", "nanometre", "nanometres", "nanometers", "nanometer", "nm")
_add("length", "mile", "miles", "mi")
_add("length", "nautical mile", "nautical miles")
_add("length", "yard", "yards", "yd", "yds")
_add("length", "foot", "feet", "ft")
_add("length", "inch", "inches", "″")
_add("volume", "cubic foot", "cubic feet", "cu ft")
_add("volume", "cubic metre", "cubic metres", "cubic meters", "m³")
_add("volume", "litre", "litres", "liters", "liter", "l")
_add("volume", "millilitre", "millilitres", "milliliters", "milliliter", "ml")
_add("volume", "gallon", "gallons", "gal")
_add("volume", "pint", "pints")
_add("volume", "quart", "quarts")
_add("volume", "barrel", "barrels", "bbl")
_add("volume", "barrel per day", "barrels per day", "barrels a day", "barrel-a-day", "bpd")
_add("mass", "kilogram", "kilograms", "kilos", "kilo", "kg", "kgs")
_add("mass", "gram", "grams", "g")
_add("mass", "milligram", "milligrams", "mg")
_add("mass", "tonne", "tonnes", "metric tons", "metric ton", "t")
_add("mass", "ton", "tons")
_add("mass", "pound", "pounds", "lb", "lbs")
_add("mass", "ounce", "ounces", "oz")
_add("speed", "mile per hour", "miles per hour", "mph", "miles an hour")
_add("speed", "kilometre per hour", "kilometres per hour", "kilometers per hour", "km/h",
     "kph", "km/hr", "kmh")  # fmt: skip
_add("speed", "knot", "knots")
_add("fuel", "mile per gallon", "miles per gallon", "mpg")
_add("temperature", "degree Celsius", "degrees celsius", "degree celsius", "celsius", "°c",
     "c", "C", "centigrade")  # fmt: skip
_add("temperature", "degree Fahrenheit", "degrees fahrenheit", "degree fahrenheit",
     "fahrenheit", "°f", "f")  # fmt: skip
_add("angle", "degree", "degrees", "°")
_add("power", "watt", "watts", "W")
_add("power", "kilowatt", "kilowatts", "kw")
_add("power", "megawatt", "megawatts", "mw")
_add("power", "gigawatt", "gigawatts", "gw")
_add("power", "horsepower", "hp", "bhp", "PS")
_add("energy", "kilowatt hour", "kilowatt hours", "kilowatt-hours", "kwh")
_add("energy", "megawatt hour", "megawatt hours", "mwh")
_add("energy", "gigawatt hour", "gigawatt hours", "gwh")
_add("energy", "terawatt hour", "terawatt hours", "twh")
_add("energy", "million British thermal unit", "million british thermal units", "mmbtu", "mmbtus")
_add("electric", "volt", "volts", "v")
_add("electric", "milliampere hour", "mah")
_add("frequency", "hertz", "hz")
_add("frequency", "megahertz", "mhz")
_add("frequency", "gigahertz", "ghz")
_add("frequency", "revolution per minute", "rpm")
_add("data", "gigabyte", "gigabytes", "gb")
_add("data", "terabyte", "terabytes", "tb")
_add("data", "megabyte", "megabytes", "mb")
_add("sound", "decibel", "decibels", "db")
_add("pressure", "gigapascal", "gigapascals", "gpa")
_add("concentration", "part per million", "parts per million", "ppm")
_add("concentration", "part per billion", "parts per billion", "ppb")
_add("torque", "newton metre", "newton metres", "Nm")
_add("torque", "pound-foot", "pound-feet", "lb-ft")
_add("other", "point", "points", "pts")
_add("time", "second", "seconds", "secs", "sec")
_add("time", "minute", "minutes", "mins", "min")
_add("time", "hour", "hours", "hrs", "hr")
_add("time", "day", "days")
_add("time", "week", "weeks")
_add("time", "month", "months")
_add("time", "year", "years", "yrs")
_add("time", "decade", "decades")
_add("time", "century", "centuries")
_add("money", "cent", "cents")
_add("money", "pence", "p")
_add("money", "sen")
_add("other", "times")
_add("money", "USD", "dollars", "dollar", "us dollars", "u.s. dollars", "usd")
_add("money", "AUD", "australian dollars", "australian dollar", "aud")
_add("money", "CAD", "canadian dollars", "canadian dollar", "cad")
_add("money", "HKD", "hong kong dollars", "hkd")
_add("money", "NZD", "new zealand dollars", "nzd")
_add("money", "EUR", "euros", "euro", "eur")
_add("money", "GBP", "pounds sterling", "sterling", "gbp")
_add("money", "JPY", "yen", "jpy")
_add("money", "CNY", "yuan", "renminbi", "cny", "rmb")
_add("money", "INR", "rupees", "rupee", "inr", "crore")
_add("money", "RUB", "roubles", "rubles", "rouble", "ruble", "rub")
_add("money", "UAH", "hryvnias", "hryvnia", "hryvnas", "hryvnya", "hryvnyas", "uah")
_add("money", "ILS", "shekels", "shekel", "new israeli shekels", "ils", "nis")
_add("money", "DKK", "danish crowns", "danish kroner", "danish krone", "dkk")
_add("money", "SEK", "swedish crowns", "swedish kronor", "swedish krona", "sek")
_add("money", "NOK", "norwegian crowns", "norwegian kroner", "norwegian krone", "nok")
_add("money", "CHF", "swiss francs", "swiss franc", "chf")
_add("money", "MYR", "ringgit", "myr")
_add("money", "HRK", "kuna", "kunas", "kn")
_add("money", "MXN", "mexican pesos", "mxn")
_add("money", "BRL", "reais", "brazilian reais", "brl")
_add("money", "KRW", "south korean won", "krw")
_add("money", "TRY", "lira", "liras", "turkish lira", "turkish liras")
# currencies of countries whose wars, ransoms and aid the wires report in the local unit
_add("money", "NGN", "naira")
_add("money", "GHS", "cedis", "cedi")
_add("money", "ETB", "birr")
_add("money", "MMK", "kyats", "kyat")
_add("money", "BDT", "taka")
_add("money", "PLN", "zlotys", "zloty", "złoty", "złotys", "zlotych", "złotych", "pln")
_add("money", "IRR", "iranian rials", "iranian rial", "irr")
_add("money", "YER", "yemeni rials", "yemeni rial", "yer")
_add("money", "AFN", "afghanis", "afghani", "afn")
_add("money", "ZAR", "rand", "south african rand", "zar")
_add("money", "KES", "kenyan shillings", "kenyan shilling", "kes")
_add("money", "UGX", "ugandan shillings", "ugandan shilling", "ugx")
_add("money", "TZS", "tanzanian shillings", "tanzanian shilling", "tzs")
_add("money", "SOS", "somali shillings", "somali shilling")
_add("money", "EGP", "egyptian pounds", "egyptian pound", "egp")
_add("money", "SDG", "sudanese pounds", "sudanese pound")
_add("money", "SSP", "south sudanese pounds", "south sudanese pound")
_add("money", "LBP", "lebanese pounds", "lebanese pound", "lebanese lira")
_add("money", "SYP", "syrian pounds", "syrian pound", "syrian lira")
# The CFA franc: West Africa's (XOF) unless named Central African; `quantity_cfa` picks XAF when
# the story is set in a Central African country.
_add("money", "XOF", "cfa francs", "cfa franc", "francs cfa", "fcfa", "west african cfa francs",
     "west african cfa franc", "xof")  # fmt: skip
_add("money", "XAF", "central african cfa francs", "central african cfa franc", "xaf")
_add("money", "CDF", "congolese francs", "congolese franc")
_add("money", "RWF", "rwandan francs", "rwandan franc", "rwandan frw")
_add("money", "BIF", "burundian francs", "burundian franc")
_add("money", "GNF", "guinean francs", "guinean franc")
_add("money", "SAR", "saudi riyals", "saudi riyal")
_add("money", "QAR", "qatari riyals", "qatari riyal")
_add("money", "AED", "uae dirhams", "emirati dirhams")
_add("money", "MAD", "moroccan dirhams", "moroccan dirham")
_add("money", "IQD", "iraqi dinars", "iraqi dinar")
_add("money", "LYD", "libyan dinars", "libyan dinar")
_add("money", "JOD", "jordanian dinars", "jordanian dinar")
_add("money", "KWD", "kuwaiti dinars", "kuwaiti dinar")
_add("money", "DZD", "algerian dinars", "algerian dinar")
_add("money", "TND", "tunisian dinars", "tunisian dinar")
_add("money", "RSD", "serbian dinars", "serbian dinar")
_add("money", "PKR", "pakistani rupees", "pakistani rupee")
_add("money", "LKR", "sri lankan rupees", "sri lankan rupee")
_add("money", "NPR", "nepalese rupees", "nepali rupees")
_add("money", "IDR", "indonesian rupiah", "rupiah")
_add("money", "PHP", "philippine pesos", "philippine peso")
_add("money", "ARS", "argentine pesos", "argentine peso")
_add("money", "COP", "colombian pesos", "colombian peso")
_add("money", "CLP", "chilean pesos", "chilean peso")
_add("money", "SGD", "singapore dollars", "singapore dollar")
_add("money", "TWD", "taiwan dollars", "new taiwan dollars")
_add("money", "HUF", "hungarian forints", "forints", "forint")
_add("money", "CZK", "czech crowns", "czech korunas", "czech koruna")
# A bare "lei" is Romania's unless the story is Moldovan (`quantity_currency_countries`).
_add("money", "RON", "romanian lei", "romanian leu", "lei", "leu")
_add("money", "MDL", "moldovan lei", "moldovan leu")
_add("money", "BGN", "bulgarian leva", "bulgarian lev", "leva", "lev")
_add("money", "GEL", "georgian lari", "lari", "laris")
_add("money", "AMD", "armenian drams", "armenian dram", "drams", "dram")
_add("money", "AZN", "azerbaijani manats", "azerbaijani manat", "manats", "manat")
_add("money", "TMT", "turkmen manats", "turkmen manat")
_add("money", "MKD", "macedonian denars", "denars", "denar")
_add("money", "ALL", "albanian leke", "albanian lek", "leke", "lek")
_add("money", "BAM", "convertible marks", "convertible mark")
_add("money", "TJS", "somoni", "somonis")
_add("money", "KZT", "kazakh tenge", "tenge", "tenges")
_add("money", "BYN", "belarusian rubles", "belarusian roubles")
_add("money", "VND", "vietnamese dong")
_add("money", "THB", "baht", "thai baht")
_add("money", "ZMW", "zambian kwacha")
_add("money", "MWK", "malawian kwacha")
_add("money", "SLL", "leones")
_add("money", "LRD", "liberian dollars", "liberian dollar")
_add("money", "ZWL", "zimbabwe dollars", "zimbabwean dollars")
_add("money", "HTG", "gourdes", "haitian gourdes")
# Several countries pay in shillings or rials: a bare one is money of no known country.
_add("money", "shilling", "shillings")
_add("money", "rial", "rials")

# Short forms that are ordinary words or letters in other cases must match case-exactly and be
# attached to the number or stand alone ("5 W", "12 C", "278kg", "37m"), never start a word.
CASE_SENSITIVE = frozenset({"m", "g", "t", "l", "v", "W", "c", "C", "f", "p", "ha", "nm", "Nm", "mi",
                            "PS", "gal", "min", "sec", "hr", "bp", "rand", "afghanis",
                            "afghani", "lei", "leu", "lev", "leva", "lek", "leke", "lari",
                            "dram", "drams", "manat", "denar"})  # fmt: skip
# "Afghanis" and "Rand" capitalised name people and a think tank; lower-case they are money; so
# do "Lev", "Lei", "Lari", "Lek" ("in 1869 Lev Tolstoy wrote"): a bare currency is lower-case.
# Words that are a unit only when glued to the digits ("5g", "2.5f"): spaced out they are words.
# A spaced "p" is still pence ("down 68 p at 1112 p") and a spaced capital "C" still Celsius
# ("12 C"); a spaced "F" is left out, as farads and Fahrenheit both write it.
ATTACHED_ONLY = frozenset({"m", "g", "t", "l", "v", "c", "f", "ha", "nm", "mi", "hr", "bp"})

# Currency written before the number ("$50", "US $58.24", "PS2.7m" is "£2.7m" after an
# encoding loss in scraped text, "Y=590" the same for "¥590").
PREFIX_CURRENCIES: dict[str, str] = {
    "US$": "USD", "US $": "USD", "$US": "USD", "$ US": "USD", "USD": "USD", "$": "USD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD",
    "CAD": "CAD", "NZ$": "NZD", "HK$": "HKD", "HK $": "HKD", "S$": "SGD", "£": "GBP",
    "GBP": "GBP", "PS": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "Y=": "JPY", "JPY": "JPY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "₽": "RUB", "₴": "UAH", "₪": "ILS", "RM": "MYR",
    "R$": "BRL", "CHF": "CHF", "₦": "NGN", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₫": "VND",
    "₵": "GHS", "฿": "THB", "₸": "KZT",
}  # fmt: skip
# Currency written right after the number with no space ("1,200€").
SUFFIX_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD"}


def _forms_pattern(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_FOLDED = [f for f in _UNITS if f not in CASE_SENSITIVE]
_EXACT = [f for f in _UNITS if f in CASE_SENSITIVE]
# A unit right after a number: folded forms end at a word edge; exact forms too.
UNIT_AFTER = re.compile(
    rf"(?P<sp>[\s-]?)(?:(?i:(?P<folded>{_forms_pattern(_FOLDED)}))|(?P<exact>{_forms_pattern(_EXACT)}))"
    r"(?![\w²³])"
)
CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![\w$])(?:{_forms_pattern([c for c in PREFIX_CURRENCIES if c[0].isalpha()])})"
    rf"|(?:{_forms_pattern([c for c in PREFIX_CURRENCIES if not c[0].isalpha()])}))\s?$"
)
PER_UNIT = re.compile(
    r"\s*(?:per|a|an|/)\s*(?P<unit>[a-zA-Z][\w-]*(?: [a-z]+ (?:foot|metre|meter|feet|mile|kilometre))?)"
)


def unit_at(text: str, pos: int) -> tuple[Unit, int] | None:
    """The unit that starts at `pos` (after optional space or hyphen) and where it ends."""
    match = UNIT_AFTER.match(text, pos)
    if not match:
        return None
    form = match.group("folded") or match.group("exact")
    if form in ATTACHED_ONLY and match.group("sp"):
        return None
    if form in CASE_SENSITIVE and match.group("sp") and text[match.end() : match.end() + 1] == "-":
        return None  # a letter that starts a compound ("5 p-values", "12 C-class"), not a unit
    key = form if form in _UNITS else form.lower()
    if key not in _UNITS:
        key = next((f for f in _UNITS if f.lower() == form.lower()), "")
    if not key:
        return None
    name, kind = _UNITS[key]
    if (
        name == "AFN"
        and key.startswith("afghani")
        and not _afghanis_are_money(text, pos, match.end())
    ):
        return None  # "three afghani soldiers": the people's, not the money's, adjective
    if name == "AMD" and key.startswith("dram") and re.match(r"\s+of\b", text[match.end() :]):
        return None  # "two drams of whisky": a measure of drink, not Armenian money
    if name == "pound" and pounds_are_money(text, pos, match.end()):
        return Unit("GBP", "money"), match.end()
    return Unit(name, kind), match.end()


# "1 million pounds", "2.5bn pounds": weights are rarely told in millions.
SCALE_BEFORE = re.compile(r"(?:\b(?:million|billion|trillion|mln|bln|bn)|\d(?:m|bn))\s*$", re.I)
# "... pounds ($1.3 million)", "... pounds (about €2m)": a money gloss restates the amount.
MONEY_GLOSS = re.compile(r"\s*\((?:about |around |nearly |some |roughly )?(?:US ?)?[$€¥]")
# "... pounds in aid", "... pounds in emergency funding": what money is given as.
MONEY_PURPOSE = re.compile(
    r"\s+(?:in|of|for|worth of)\s+(?:[a-z]+\s+){0,2}?(?:aid|funding|funds|support|assistance|"
    r"grants?|loans?|compensation|damages|fines?|investment|relief|donations|spending)\b",
    re.I,
)


# "cost 40", "was fined 500", "paid 2.5 million": a price verb just before the amount.
PRICE_BEFORE = re.compile(
    r"\b(?:costs?|costing|fined|fines?|paid|pays?|paying|charged?|charges|charging|priced(?: at)?|"
    r"worth|earns?|earned|earning|sold for|bought for|raised|raising|donated|pledged|owes?|owed)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|up to|at least|more "
    r"than|less than)\s+)*[\d.,]+(?:\s*(?:million|billion|thousand|m|bn|k))?\s*$",
    re.I,
)
# "weighed 3 million pounds", "carried 2 million pounds": a verb that tells a load's weight.
WEIGHT_VERBS = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|ship(?:s|ped|ping)?|haul(?:s|ed|ing)?|"
    r"load(?:s|ed|ing)?|lift(?:s|ed|ing)?|airlift(?:s|ed|ing)?|drop(?:s|ped|ping)?|"
    r"deliver(?:s|ed|ing)?|transport(?:s|ed|ing)?|tow(?:s|ed|ing)?)\b",
    re.I,
)
# "... pounds of food aid", "... pounds of relief supplies": goods, weighed.
GOODS_AFTER = re.compile(
    r"\s+of\s+(?:[a-z-]+\s+){0,2}?(?:food|supplies|flour|rice|wheat|grain|cargo|goods|"
    r"medicines?|equipment|explosives?|ammunition|fuel|meat|fish|seeds?|sugar|beans|meals|"
    r"rations|materials?|debris|waste|drugs|cocaine|heroin|cannabis|marijuana|gear|bombs|steel)\b",
    re.I,
)


def pounds_are_money(text: str, number_end: int, unit_end: int) -> bool:
    """ "pounds" as sterling rather than weight: after a price verb ("was fined 500 pounds"),
    after a scale word ("3 million pounds"), with a money gloss ("($3.8 million)") or followed
    by what it pays for ("in emergency aid"); but a load's weight when a weighing or carrying
    verb tells it ("shipped 2 million pounds") or goods follow ("of relief supplies")."""
    after = text[unit_end : unit_end + 60]
    clause = re.split(r"[.;!?]\s", text[max(0, number_end - 80) : number_end])[-1]
    if GOODS_AFTER.match(after):
        return False
    if PRICE_BEFORE.search(clause):
        return True
    if WEIGHT_VERBS.search(clause):
        return False
    scaled = bool(SCALE_BEFORE.search(text[max(0, number_end - 12) : number_end]))
    if re.match(r"\s+of\b", after):  # "2,000 pounds of aid" is a weight; "2 million ..." is not
        return scaled and bool(MONEY_PURPOSE.match(after))
    return scaled or bool(MONEY_GLOSS.match(after) or MONEY_PURPOSE.match(after))


# Words after "afghanis" that leave it the money: "5,000 afghanis a month", "afghanis in cash".
AFTER_MONEY = frozenset({
    "a", "an", "per", "each", "in", "for", "to", "from", "and", "or", "of", "on", "at", "was",
    "were", "is", "are", "as", "with", "by", "that", "which", "worth", "last", "this", "every",
})  # fmt: skip


def _afghanis_are_money(text: str, number_end: int, unit_end: int) -> bool:
    """ "2 million afghanis", "paid 500 afghanis a month" are money; "three afghani soldiers" are
    people: the word is money when no noun follows it, or after a scale word or a price verb."""
    start = max(0, number_end - 80)
    if SCALE_BEFORE.search(text[start:number_end]) or PRICE_BEFORE.search(text[start:number_end]):
        return True
    following = re.match(r"\s+([A-Za-z]+)", text[unit_end:])
    return following is None or following.group(1).lower() in AFTER_MONEY


def currency_before(text: str, pos: int) -> tuple[str, int] | None:
    """The ISO code of a currency written just before `pos`, and where that prefix starts."""
    window = text[max(0, pos - 6) : pos]
    match = CURRENCY_BEFORE.search(window)
    if not match:
        return None
    symbol = match.group().strip()
    code = PREFIX_CURRENCIES.get(symbol) or PREFIX_CURRENCIES.get(symbol.replace(" ", ""))
    if code is None:
        return None
    return code, pos - (len(window) - match.start())


def lookup_unit(word: str) -> Unit | None:
    """The unit a bare word names ("barrel", "gram"), for "per ..." denominators."""
    entry = _UNITS.get(word) or _UNITS.get(word.lower())
    return Unit(*entry) if entry else None
