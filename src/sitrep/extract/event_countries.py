"""The countries whose names, demonyms and capitals name the sides of an event.

"Haitian police" and "Port-au-Prince" both name Haiti; a country missing here can be neither an
event's actor nor its target, so the table lists the states news reports name as sides, not only
those at war. A state's army known by its own-language name is listed with its demonyms
("Tatmadaw", the name Myanmar's armed forces use for themselves). Capitals that are also common
words or part of other places' names ("Male", "Kingston", "Praia" in "Mocimboa da Praia") are left
out: read as metonyms they would name a side where none is meant.
"""

# country | ISO 3166-1 alpha-2 | demonyms and other names | capital(s) used as metonyms, if any
COUNTRIES = """
Afghanistan|AF|Afghan,Afghans,Afghani|Kabul
Albania|AL|Albanian,Albanians|Tirana
Algeria|DZ|Algerian,Algerians|Algiers
Angola|AO|Angolan,Angolans|Luanda
Argentina|AR|Argentine,Argentinian,Argentines|Buenos Aires
Armenia|AM|Armenian,Armenians|Yerevan
Australia|AU|Australian,Australians|Canberra
Austria|AT|Austrian,Austrians|Vienna
Azerbaijan|AZ|Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku
Bahamas|BS|Bahamian,Bahamians|
Bahrain|BH|Bahraini,Bahrainis|Manama
Bangladesh|BD|Bangladeshi,Bangladeshis|Dhaka
Barbados|BB|Barbadian,Barbadians|
Belarus|BY|Belarusian,Belarusians|Minsk
Belgium|BE|Belgian,Belgians|Brussels
Belize|BZ|Belizean,Belizeans|Belmopan
Benin|BJ|Beninese|Porto-Novo,Cotonou
Bhutan|BT|Bhutanese|Thimphu
Bolivia|BO|Bolivian,Bolivians|
Bosnia and Herzegovina|BA|Bosnian,Bosnians|Sarajevo
Botswana|BW|Motswana,Batswana|Gaborone
Brazil|BR|Brazilian,Brazilians|Brasilia
Brunei|BN|Bruneian,Bruneians|Bandar Seri Begawan
Bulgaria|BG|Bulgarian,Bulgarians|Sofia
Burkina Faso|BF|Burkinabe|Ouagadougou
Burundi|BI|Burundian,Burundians|Gitega
Cambodia|KH|Cambodian,Cambodians|Phnom Penh
Cameroon|CM|Cameroonian,Cameroonians|Yaounde
Canada|CA|Canadian,Canadians|Ottawa
Cape Verde|CV|Cape Verdean,Cape Verdeans,Cabo Verde|
Central African Republic|CF|Central African|Bangui
Chad|TD|Chadian,Chadians|N'Djamena
Chile|CL|Chilean,Chileans|Santiago
China|CN|Chinese,PRC|Beijing
Colombia|CO|Colombian,Colombians|Bogota
Comoros|KM|Comorian,Comorians|Moroni
Costa Rica|CR|Costa Rican,Costa Ricans|
Croatia|HR|Croatian,Croatians,Croat,Croats|Zagreb
Cuba|CU|Cuban,Cubans|Havana
Cyprus|CY|Cypriot,Cypriots|Nicosia
Czechia|CZ|Czech,Czechs,Czech Republic|Prague
Democratic Republic of the Congo|CD|Congolese,DR Congo,DRC|Kinshasa
Denmark|DK|Danish,Danes|Copenhagen
Djibouti|DJ|Djiboutian,Djiboutians|Djibouti
Dominican Republic|DO|Dominican,Dominicans|Santo Domingo
Ecuador|EC|Ecuadorian,Ecuadorians|Quito
Egypt|EG|Egyptian,Egyptians|Cairo
El Salvador|SV|Salvadoran,Salvadorans,Salvadorean|San Salvador
Equatorial Guinea|GQ|Equatoguinean,Equatorial Guinean|Malabo
Eritrea|ER|Eritrean,Eritreans|Asmara
Estonia|EE|Estonian,Estonians|Tallinn
Eswatini|SZ|Swaziland,Swazi|Mbabane
Ethiopia|ET|Ethiopian,Ethiopians|Addis Ababa
Fiji|FJ|Fijian,Fijians|Suva
Finland|FI|Finnish,Finns|Helsinki
France|FR|French|Paris
Gabon|GA|Gabonese|Libreville
Gambia|GM|Gambian,Gambians|Banjul
Georgia|GE|Georgian,Georgians|Tbilisi
Germany|DE|German,Germans|Berlin
Ghana|GH|Ghanaian,Ghanaians|Accra
Greece|GR|Greek,Greeks|Athens
Guatemala|GT|Guatemalan,Guatemalans|Guatemala City
Guinea|GN|Guinean,Guineans|Conakry
Guinea-Bissau|GW|Bissau-Guinean,Bissau-Guineans|Bissau
Guyana|GY|Guyanese|
Haiti|HT|Haitian,Haitians|Port-au-Prince
Honduras|HN|Honduran,Hondurans|Tegucigalpa
Hungary|HU|Hungarian,Hungarians|Budapest
Iceland|IS|Icelandic,Icelanders|Reykjavik
India|IN|Indian,Indians|New Delhi
Indonesia|ID|Indonesian,Indonesians|Jakarta
Iran|IR|Iranian,Iranians|Tehran
Iraq|IQ|Iraqi,Iraqis|Baghdad
Ireland|IE|Irish|Dublin
Israel|IL|Israeli,Israelis|Jerusalem
Italy|IT|Italian,Italians|Rome
Ivory Coast|CI|Ivorian,Ivorians,Cote d'Ivoire,Côte d'Ivoire|Yamoussoukro
Jamaica|JM|Jamaican,Jamaicans|
Japan|JP|Japanese|Tokyo
Jordan|JO|Jordanian,Jordanians|Amman
Kazakhstan|KZ|Kazakh,Kazakhs|Astana
Kenya|KE|Kenyan,Kenyans|Nairobi
Kosovo|XK|Kosovar,Kosovars|Pristina
Kuwait|KW|Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan|KG|Kyrgyz|Bishkek
Laos|LA|Laotian,Laotians|Vientiane
Latvia|LV|Latvian,Latvians|Riga
Lebanon|LB|Lebanese|Beirut
Lesotho|LS|Basotho|Maseru
Liberia|LR|Liberian,Liberians|Monrovia
Libya|LY|Libyan,Libyans|Tripoli
Lithuania|LT|Lithuanian,Lithuanians|Vilnius
Luxembourg|LU|Luxembourger,Luxembourgers|Luxembourg
Madagascar|MG|Malagasy|Antananarivo
Malawi|MW|Malawian,Malawians|Lilongwe
Malaysia|MY|Malaysian,Malaysians|Kuala Lumpur
Maldives|MV|Maldivian,Maldivians|
Mali|ML|Malian,Malians|Bamako
Malta|MT|Maltese|Valletta
Mauritania|MR|Mauritanian,Mauritanians|Nouakchott
Mauritius|MU|Mauritian,Mauritians|Port Louis
Mexico|MX|Mexican,Mexicans|Mexico City
Moldova|MD|Moldovan,Moldovans|Chisinau
Mongolia|MN|Mongolian,Mongolians|Ulaanbaatar
Montenegro|ME|Montenegrin,Montenegrins|Podgorica
Morocco|MA|Moroccan,Moroccans|Rabat
Mozambique|MZ|Mozambican,Mozambicans|Maputo
Myanmar|MM|Burmese,Burma,Tatmadaw|Naypyidaw
Namibia|NA|Namibian,Namibians|Windhoek
Nepal|NP|Nepali,Nepalese|Kathmandu
Netherlands|NL|Dutch,Holland|Amsterdam,The Hague
New Zealand|NZ|New Zealander,New Zealanders|Wellington
Nicaragua|NI|Nicaraguan,Nicaraguans|Managua
Niger|NE|Nigerien,Nigeriens|Niamey
Nigeria|NG|Nigerian,Nigerians|Abuja
North Korea|KP|North Korean,North Koreans,DPRK|Pyongyang
North Macedonia|MK|Macedonia|Skopje
Norway|NO|Norwegian,Norwegians|Oslo
Oman|OM|Omani,Omanis|Muscat
Pakistan|PK|Pakistani,Pakistanis|Islamabad
Palestine|PS|Palestinian,Palestinians,Palestinian Authority|Ramallah
Panama|PA|Panamanian,Panamanians|Panama City
Papua New Guinea|PG|Papua New Guinean,Papua New Guineans|Port Moresby
Paraguay|PY|Paraguayan,Paraguayans|Asuncion,Asunción
Peru|PE|Peruvian,Peruvians|Lima
Philippines|PH|Filipino,Filipinos,Philippine|Manila
Poland|PL|Polish,Poles|Warsaw
Portugal|PT|Portuguese|Lisbon
Qatar|QA|Qatari,Qataris|Doha
Republic of the Congo|CG|Congo-Brazzaville|Brazzaville
Romania|RO|Romanian,Romanians|Bucharest
Russia|RU|Russian,Russians,Russian Federation|Moscow,Kremlin
Rwanda|RW|Rwandan,Rwandans|Kigali
Saudi Arabia|SA|Saudi,Saudis|Riyadh
Senegal|SN|Senegalese|Dakar
Serbia|RS|Serbian,Serbians,Serb,Serbs|Belgrade
Sierra Leone|SL|Sierra Leonean,Sierra Leoneans|Freetown
Singapore|SG|Singaporean,Singaporeans|Singapore
Slovakia|SK|Slovak,Slovaks|Bratislava
Slovenia|SI|Slovenian,Slovenians,Slovene|Ljubljana
Somalia|SO|Somali,Somalis|Mogadishu
South Africa|ZA|South African,South Africans|Pretoria
South Korea|KR|South Korean,South Koreans,Republic of Korea|Seoul
South Sudan|SS|South Sudanese|Juba
Spain|ES|Spanish,Spaniards|Madrid
Sri Lanka|LK|Sri Lankan,Sri Lankans|Colombo
Sudan|SD|Sudanese|Khartoum
Suriname|SR|Surinamese|Paramaribo
Sweden|SE|Swedish,Swedes|Stockholm
Switzerland|CH|Swiss|Bern
Syria|SY|Syrian,Syrians|Damascus
Taiwan|TW|Taiwanese|Taipei
Tajikistan|TJ|Tajik,Tajiks|Dushanbe
Tanzania|TZ|Tanzanian,Tanzanians|Dodoma
Thailand|TH|Thai|Bangkok
Timor-Leste|TL|East Timor,Timorese|Dili
Togo|TG|Togolese|Lome,Lomé
Trinidad and Tobago|TT|Trinidadian,Trinidadians|Port of Spain
Tunisia|TN|Tunisian,Tunisians|Tunis
Turkey|TR|Turkish,Turks,Turkiye,Türkiye|Ankara
Turkmenistan|TM|Turkmen|Ashgabat
Uganda|UG|Ugandan,Ugandans|Kampala
Ukraine|UA|Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|AE|Emirati,Emiratis,UAE|Abu Dhabi
United Kingdom|GB|British,Briton,Britons,UK,U.K.,Britain,Great Britain|London,Downing Street,Whitehall
United States|US|American,Americans,US,U.S.,U.S.A.,USA,United States of America,America|Washington,White House,Pentagon
Uruguay|UY|Uruguayan,Uruguayans|Montevideo
Uzbekistan|UZ|Uzbek,Uzbeks|Tashkent
Venezuela|VE|Venezuelan,Venezuelans|Caracas
Vietnam|VN|Vietnamese|Hanoi
Yemen|YE|Yemeni,Yemenis|Sanaa
Zambia|ZM|Zambian,Zambians|Lusaka
Zimbabwe|ZW|Zimbabwean,Zimbabweans|Harare
"""
