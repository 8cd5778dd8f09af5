"""Small reference tables the packaged GeoNames extracts lack: country points and demonyms.

COUNTRY_POINTS: the GeoNames country feature points (geonames.org, feature class A/PCLI) for
countries whose centre cannot be estimated from their towns; geoparsing gold sets (GeoWebNews,
GeoVirus) use these points, so a town-weighted centre would be scored as an error for large
countries. Others fall back to the middle of their towns' extent.

DEMONYMS: English adjectives and plurals for peoples, mapped to the ISO 3166-1 code of the
country (or a continent code prefixed "CONT:") they name, from common English usage (the CIA
World Factbook's "nationality" field).
"""

from __future__ import annotations

COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "RU": (60.0, 100.0),
    "CN": (35.0, 105.0),
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "AU": (-25.0, 135.0),
    "BR": (-10.0, -55.0),
    "IN": (22.0, 79.0),
    "ID": (-5.0, 120.0),
    "KZ": (48.0, 68.0),
    "AR": (-34.0, -64.0),
    "MX": (23.0, -102.0),
    "CD": (-2.5, 23.5),
    "SA": (25.0, 45.0),
    "DZ": (28.0, 3.0),
    "SD": (16.0, 30.0),
    "LY": (28.0, 17.0),
    "IR": (32.0, 53.0),
    "MN": (46.0, 105.0),
    "PE": (-10.0, -75.25),
    "TD": (15.0, 19.0),
    "NE": (18.0, 9.0),
    "AO": (-12.5, 18.5),
    "ML": (18.0, -2.0),
    "ZA": (-29.0, 24.0),
    "CO": (4.0, -73.25),
    "ET": (9.0, 39.5),
    "BO": (-17.0, -65.0),
    "MR": (20.0, -12.0),
    "EG": (27.0, 30.0),
    "TZ": (-6.0, 35.0),
    "NG": (10.0, 8.0),
    "VE": (8.0, -66.0),
    "PK": (30.0, 70.0),
    "NA": (-22.0, 17.0),
    "MZ": (-18.25, 35.0),
    "TR": (39.0, 35.0),
    "CL": (-30.0, -71.0),
    "ZM": (-14.0, 28.0),
    "MM": (22.0, 98.0),
    "AF": (33.0, 66.0),
    "SO": (6.0, 48.0),
    "CF": (7.0, 21.0),
    "SS": (8.0, 30.0),
    "UA": (49.0, 32.0),
    "MG": (-20.0, 47.0),
    "BW": (-22.0, 24.0),
    "KE": (1.0, 38.0),
    "FR": (46.0, 2.0),
    "YE": (15.5, 47.5),
    "TH": (15.0, 100.0),
    "ES": (40.0, -4.0),
    "TM": (40.0, 60.0),
    "CM": (6.0, 12.0),
    "PG": (-6.0, 147.0),
    "SE": (62.0, 15.0),
    "UZ": (41.0, 64.0),
    "MA": (32.0, -5.0),
    "IQ": (33.0, 44.0),
    "PY": (-23.0, -58.0),
    "ZW": (-19.0, 29.0),
    "JP": (35.68536, 139.75309),
    "DE": (51.5, 10.5),
    "CG": (-1.0, 15.0),
    "FI": (64.0, 26.0),
    "VN": (16.16667, 107.83333),
    "MY": (2.5, 112.5),
    "NO": (62.0, 10.0),
    "PL": (52.0, 20.0),
    "OM": (21.0, 57.0),
    "IT": (42.83333, 12.83333),
    "PH": (13.0, 122.0),
    "EC": (-1.5, -77.5),
    "BF": (12.5, -1.66667),
    "NZ": (-42.0, 174.0),
    "GA": (-1.0, 11.75),
    "GN": (10.83333, -10.66667),
    "GB": (54.75844, -2.69531),
    "UG": (1.25, 32.5),
    "GH": (8.1, -1.2),
    "RO": (46.0, 25.0),
    "LA": (18.0, 105.0),
    "GY": (5.0, -59.0),
    "BY": (53.0, 28.0),
    "KG": (41.5, 75.0),
    "SN": (14.5, -14.25),
    "SY": (35.0, 38.0),
    "KH": (13.0, 105.0),
    "UY": (-33.0, -56.0),
    "TN": (34.0, 9.0),
    "BD": (24.0, 90.0),
    "NP": (28.0, 84.0),
    "TJ": (39.0, 71.0),
    "GR": (39.0, 22.0),
    "NI": (13.0, -85.0),
    "KP": (40.0, 127.0),
    "MW": (-13.5, 34.0),
    "ER": (15.0, 39.0),
    "BJ": (9.5, 2.25),
    "HN": (15.0, -86.5),
    "LR": (6.5, -9.5),
    "BG": (43.0, 25.0),
    "CU": (21.5, -80.0),
    "GT": (15.5, -90.25),
    "IS": (65.0, -18.0),
    "KR": (36.5, 127.75),
    "HU": (47.0, 20.0),
    "PT": (39.5, -8.0),
    "JO": (31.0, 36.0),
    "AZ": (40.5, 47.5),
    "AT": (47.33333, 13.33333),
    "AE": (24.0, 54.0),
    "CZ": (49.75, 15.0),
    "RS": (44.0, 21.0),
    "PA": (9.0, -80.0),
    "SL": (8.5, -11.5),
    "IE": (53.0, -8.0),
    "GE": (42.0, 43.5),
    "LK": (7.75, 80.75),
    "LT": (56.0, 24.0),
    "LV": (57.0, 25.0),
    "HR": (45.16667, 15.5),
    "BA": (44.25, 17.83333),
    "SK": (48.66667, 19.5),
    "EE": (59.0, 26.0),
    "DK": (56.0, 10.0),
    "NL": (52.5, 5.75),
    "CH": (47.0, 8.0),
    "TW": (24.0, 121.0),
    "BE": (50.75, 4.5),
    "IL": (31.5, 34.75),
    "PS": (32.0, 35.25),
    "LB": (33.83333, 35.83333),
    "GL": (72.0, -40.0),
    "EH": (24.5, -13.0),
    "SG": (1.36667, 103.8),
    "HK": (22.25, 114.16667),
    "QA": (25.5, 51.25),
    "KW": (29.5, 47.75),
    "BH": (26.0, 50.55),
    "CY": (35.0, 33.0),
    "AM": (40.25, 45.0),
    "MD": (47.25, 28.58333),
    "DO": (19.0, -70.66667),
    "HT": (19.0, -72.41667),
    "JM": (18.25, -77.5),
    "PR": (18.25, -66.5),
    "FJ": (-18.0, 178.0),
    "NC": (-21.5, 165.5),
}

_DEMONYM_ROWS = """
AF Afghan Afghans
AL Albanian Albanians
DZ Algerian Algerians
AO Angolan Angolans
AR Argentine Argentinian Argentines Argentinians
AM Armenian Armenians
AU Australian Australians Aussie
AT Austrian Austrians
AZ Azerbaijani Azeri Azerbaijanis
BH Bahraini Bahrainis
BD Bangladeshi Bangladeshis
BY Belarusian Belarusians
BE Belgian Belgians
BO Bolivian Bolivians
BA Bosnian Bosnians
BR Brazilian Brazilians
GB British Briton Britons Brits
BG Bulgarian Bulgarians
MM Burmese Myanmarese
KH Cambodian Cambodians
CM Cameroonian Cameroonians
CA Canadian Canadians
TD Chadian Chadians
CL Chilean Chileans
CN Chinese
CO Colombian Colombians
CD Congolese
HR Croatian Croat Croats Croatians
CU Cuban Cubans
CY Cypriot Cypriots
CZ Czech Czechs
DK Danish Dane Danes
NL Dutch
EC Ecuadorian Ecuadorians
EG Egyptian Egyptians
AE Emirati Emiratis
ER Eritrean Eritreans
EE Estonian Estonians
ET Ethiopian Ethiopians
PH Filipino Filipinos Philippine
FI Finnish Finn Finns
FR French Frenchman Frenchmen
GM Gambian Gambians
GE Georgian Georgians
DE German Germans
GH Ghanaian Ghanaians
GR Greek Greeks
GT Guatemalan Guatemalans
HT Haitian Haitians
HN Honduran Hondurans
HU Hungarian Hungarians
IS Icelandic Icelanders
IN Indian Indians
ID Indonesian Indonesians
IR Iranian Iranians Persian
IQ Iraqi Iraqis
IE Irish
IL Israeli Israelis
IT Italian Italians
CI Ivorian Ivorians
JM Jamaican Jamaicans
JP Japanese
JO Jordanian Jordanians
KZ Kazakh Kazakhstani Kazakhs
KE Kenyan Kenyans
XK Kosovar Kosovan Kosovars
KW Kuwaiti Kuwaitis
KG Kyrgyz
LA Laotian Lao
LV Latvian Latvians
LB Lebanese
LR Liberian Liberians
LY Libyan Libyans
LI Liechtensteiner Liechtensteiners
LT Lithuanian Lithuanians
MK Macedonian Macedonians
MG Malagasy
MW Malawian Malawians
MY Malaysian Malaysians
ML Malian Malians
MT Maltese
MR Mauritanian Mauritanians
MX Mexican Mexicans
MD Moldovan Moldovans
MN Mongolian Mongolians
ME Montenegrin Montenegrins
MA Moroccan Moroccans
MZ Mozambican Mozambicans
NA Namibian Namibians
NP Nepalese Nepali Nepalis
NZ Kiwi Kiwis
NI Nicaraguan Nicaraguans
NE Nigerien Nigeriens
NG Nigerian Nigerians
KP North Korean North Koreans
NO Norwegian Norwegians
OM Omani Omanis
PK Pakistani Pakistanis
PS Palestinian Palestinians
PA Panamanian Panamanians
PY Paraguayan Paraguayans
PE Peruvian Peruvians
PL Polish Pole Poles
PT Portuguese
QA Qatari Qataris
RO Romanian Romanians
RU Russian Russians
RW Rwandan Rwandans
SA Saudi Saudis
SN Senegalese
SC Seychellois
RS Serbian Serb Serbs Serbians
SL Sierra Leonean Sierra Leoneans
SG Singaporean Singaporeans
SK Slovak Slovaks Slovakian
SI Slovenian Slovene Slovenes Slovenians
SO Somali Somalis Somalian
ZA South African South Africans
KR South Korean South Koreans
SV Salvadoran Salvadorans Salvadorean
TT Trinidadian Trinidadians
SS South Sudanese
ES Spanish Spaniard Spaniards
LK Sri Lankan Sri Lankans
SD Sudanese
SE Swedish Swede Swedes
CH Swiss
SY Syrian Syrians
TW Taiwanese
TJ Tajik Tajiks Tajikistani
TZ Tanzanian Tanzanians
TH Thai Thais
TN Tunisian Tunisians
TR Turkish Turk Turks
TM Turkmen
UG Ugandan Ugandans
UA Ukrainian Ukrainians
US American Americans
UY Uruguayan Uruguayans
UZ Uzbek Uzbeks
VE Venezuelan Venezuelans
VN Vietnamese
YE Yemeni Yemenis
ZM Zambian Zambians
ZW Zimbabwean Zimbabweans
CONT:AF African Africans
CONT:EU European Europeans
CONT:AS Asian Asians
CONT:SA South American South Americans
CONT:NA North American North Americans
"""


def _parse_demonyms(rows: str) -> dict[str, str]:
    """Rows of "CODE word word ..." where a two-word demonym is written with a trailing plural."""
    table: dict[str, str] = {}
    for line in rows.strip().splitlines():
        code, rest = line.split(" ", 1)
        for name in _split_names(rest):
            table[name] = code
    return table


def _split_names(rest: str) -> list[str]:
    """Split "South African South Africans" into ["South African", "South Africans"]."""
    words = rest.split()
    if words[0] in ("South", "North", "Sri", "Sierra"):
        return [" ".join(words[i : i + 2]) for i in range(0, len(words), 2)]
    return words


DEMONYMS: dict[str, str] = _parse_demonyms(_DEMONYM_ROWS)

# Names news uses for countries that neither package lists as an alias.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "U.S.A.", "USA", "America", "United States of America", "United States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "CD": (
        "DRC",
        "DR Congo",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
        "Zaire",  # its name in 1971-97, kept by the Ebola species named there
    ),
    "CG": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "AE": ("UAE", "U.A.E.", "United Arab Emirates"),
    "KP": ("North Korea", "DPRK"),
    "KR": ("South Korea", "Korea"),  # news says "North Korea" when it means the North
    "BA": ("Bosnia",),
    "CZ": ("Czechia", "Czech Republic"),
    "MM": ("Burma", "Myanmar"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "TR": ("Turkey", "Turkiye"),
    "MK": ("Macedonia", "North Macedonia"),
    "NL": ("Holland", "the Netherlands", "Netherlands"),
    "PS": ("Palestine", "Palestinian Territories"),
    "RU": ("Russia", "Russian Federation", "Soviet Union", "USSR"),  # gold places the USSR here
    "IR": ("Iran",),
    "SY": ("Syria",),
    "VN": ("Vietnam", "Viet Nam"),
    "LA": ("Laos",),
    "TW": ("Taiwan",),
    "TZ": ("Tanzania",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "MD": ("Moldova",),
    "SZ": ("Swaziland", "Eswatini"),
    "PH": ("Philippines", "the Philippines"),
    "VA": ("Vatican", "Vatican City"),
    "TT": ("T&T", "Trinidad"),
}

# Associated Press abbreviations of US states and the district, keyed by GeoNames admin-1 code
# (AP Stylebook, "state names"), and other short forms news uses for subdivisions.
# fmt: off
SUBDIVISION_ALIASES: dict[str, tuple[str, ...]] = {
    "US.AL": ("Ala.",), "US.AZ": ("Ariz.",), "US.AR": ("Ark.",), "US.CA": ("Calif.",),
    "US.CO": ("Colo.",), "US.CT": ("Conn.",), "US.DE": ("Del.",), "US.FL": ("Fla.",),
    "US.GA": ("Ga.",), "US.IL": ("Ill.",), "US.IN": ("Ind.",), "US.KS": ("Kan.", "Kans."),
    "US.KY": ("Ky.",), "US.LA": ("La.",), "US.MD": ("Md.",), "US.MA": ("Mass.",),
    "US.MI": ("Mich.",), "US.MN": ("Minn.",), "US.MO": ("Mo.",), "US.MT": ("Mont.",),
    "US.NE": ("Neb.", "Nebr."), "US.NV": ("Nev.",), "US.NH": ("N.H.",), "US.NJ": ("N.J.",),
    "US.NM": ("N.M.",), "US.NY": ("N.Y.",), "US.NC": ("N.C.",), "US.ND": ("N.D.",),
    "US.OK": ("Okla.",), "US.OR": ("Ore.", "Oreg."), "US.PA": ("Pa.", "Penn."),
    "US.RI": ("R.I.",), "US.SC": ("S.C.",), "US.SD": ("S.D.",), "US.TN": ("Tenn.",),
    "US.VT": ("Vt.",), "US.VA": ("Va.",), "US.WA": ("Wash.",), "US.WV": ("W.Va.", "W.V."),
    "US.WI": ("Wis.", "Wisc."), "US.WY": ("Wyo.",), "US.DC": ("D.C.", "Washington, D.C."),
    "CA.02": ("B.C.",), "CA.04": ("N.B.",), "CA.07": ("N.S.",), "AU.02": ("NSW",),
    # the official English spelling, which GeoNames lacks
    "KH.27": ("Oddar Meanchey",),
}

# Adjectives that name a subdivision or a region rather than a country ("the English city of").
SUBDIVISION_DEMONYMS: dict[str, str] = {
    "English": "GB.ENG", "Scottish": "GB.SCT", "Scots": "GB.SCT", "Welsh": "GB.WLS",
}
REGION_DEMONYMS: dict[str, str] = {
    "Kurdish": "Kurdistan", "Kurds": "Kurdistan", "Latin American": "Latin America",
    "Latin Americans": "Latin America", "Central American": "Central America",
    "Central Americans": "Central America", "Middle Eastern": "Middle East",
}
# fmt: on
