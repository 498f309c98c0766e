@entities actor
# States: all 193 UN member states, plus Taiwan, Kosovo, Palestine, Somaliland, the Holy See and the Soviet Union (historical).
# Canonical names are common English short names. Fields are TAB-separated; lists use `|`.
# Deliberate omissions to avoid cross-entry collisions:
#   - "Korean" (North/South), "Congo" and "Congolese" for the Republic of the Congo, "Dominican" for Dominica.
#   - Belgium has no capital= because "Brussels" is the metonym of the European Union.
#   - City-states whose capital has the state's own name (Singapore, Monaco, ...) have no capital=.

# --- Great powers and Eurasia ---
China	kind=state	alias=People's Republic of China|mainland China|Mainland China	acronym=PRC	demonym=Chinese|Sino	capital=Beijing	metonym=Zhongnanhai
Russia	kind=state	alias=Russian Federation	demonym=Russian|Russians	capital=Moscow	metonym=the Kremlin|Kremlin
United States	kind=state	alias=United States of America|the United States|America|USA|U.S.|U.S.A.	acronym=US	demonym=American|Americans	capital=Washington	metonym=the White House|White House
United Kingdom	kind=state	alias=United Kingdom of Great Britain and Northern Ireland|Britain|Great Britain|U.K.	acronym=UK	demonym=British|Briton|Britons	capital=London	metonym=Whitehall|Downing Street
France	kind=state	alias=French Republic	demonym=French	capital=Paris	metonym=the Elysée|the Élysée|the Elysee|Élysée Palace|Elysée Palace|Elysee Palace|Quai d'Orsay
Germany	kind=state	alias=Federal Republic of Germany	demonym=German|Germans	capital=Berlin
Japan	kind=state	demonym=Japanese	capital=Tokyo	metonym=Kantei|Kasumigaseki
India	kind=state	alias=Republic of India	demonym=Indian|Indians	capital=New Delhi	metonym=Delhi|South Block|Raisina Hill
Kazakhstan	kind=state	alias=Republic of Kazakhstan|Qazaqstan	demonym=Kazakhstani|Kazakh|Kazakhstanis|Kazakhs	capital=Astana	metonym=Ak Orda|Akorda|Nur-Sultan|Akmola
Uzbekistan	kind=state	alias=Republic of Uzbekistan	demonym=Uzbek|Uzbekistani|Uzbeks|Uzbekistanis	capital=Tashkent
Kyrgyzstan	kind=state	alias=Kyrgyz Republic|Kirgizia|Kyrgyzia	demonym=Kyrgyzstani|Kyrgyz|Kyrgyzstanis	capital=Bishkek
Tajikistan	kind=state	alias=Republic of Tajikistan	demonym=Tajik|Tajikistani|Tajiks|Tajikistanis	capital=Dushanbe
Turkmenistan	kind=state	demonym=Turkmen|Turkmenistani|Turkmens	capital=Ashgabat	metonym=Ashkhabad
Afghanistan	kind=state	alias=Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan	demonym=Afghan|Afghans	capital=Kabul
Mongolia	kind=state	demonym=Mongolian|Mongolians	capital=Ulaanbaatar	metonym=Ulan Bator
Azerbaijan	kind=state	alias=Republic of Azerbaijan	demonym=Azerbaijani|Azerbaijanis|Azeri|Azeris	capital=Baku
Armenia	kind=state	alias=Republic of Armenia	demonym=Armenian|Armenians	capital=Yerevan
Georgia	kind=state	demonym=Georgian|Georgians	capital=Tbilisi
Belarus	kind=state	alias=Republic of Belarus	demonym=Belarusian|Belarusians|Belarussian|Belarussians	capital=Minsk
Ukraine	kind=state	demonym=Ukrainian|Ukrainians	capital=Kyiv	metonym=Kiev|Bankova
Moldova	kind=state	alias=Republic of Moldova	demonym=Moldovan|Moldovans	capital=Chișinău	metonym=Chisinau|Kishinev
Turkey	kind=state	alias=Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey	demonym=Turkish|Turks	capital=Ankara	metonym=Beştepe
Iran	kind=state	alias=Islamic Republic of Iran|the Islamic Republic|Islamic Republic	demonym=Iranian|Iranians	capital=Tehran	metonym=Teheran
Pakistan	kind=state	alias=Islamic Republic of Pakistan	demonym=Pakistani|Pakistanis	capital=Islamabad
South Korea	kind=state	alias=Republic of Korea|Korea	acronym=ROK	demonym=South Korean|South Koreans|Korean|Koreans	capital=Seoul	metonym=Blue House
North Korea	kind=state	alias=Democratic People's Republic of Korea	acronym=DPRK	demonym=North Korean|North Koreans	capital=Pyongyang
Taiwan	kind=state	alias=Republic of China|Chinese Taipei	acronym=ROC	demonym=Taiwanese	capital=Taipei
Soviet Union	kind=state	alias=Union of Soviet Socialist Republics	acronym=USSR	demonym=Soviet|Soviets	adjectives=1
Russian Empire	kind=state	alias=Tsarist Russia|Imperial Russia
Ottoman Empire	kind=state	demonym=Ottoman|Ottomans
British Empire	kind=state
Austria-Hungary	kind=state	alias=Austro-Hungarian Empire|Habsburg Empire	demonym=Austro-Hungarian
Yugoslavia	kind=state	alias=Socialist Federal Republic of Yugoslavia	demonym=Yugoslav|Yugoslavs
Czechoslovakia	kind=state	demonym=Czechoslovak
East Germany	kind=state	alias=German Democratic Republic	acronym=GDR

# --- Europe ---
Albania	kind=state	demonym=Albanian|Albanians	capital=Tirana
Andorra	kind=state	demonym=Andorran|Andorrans	capital=Andorra la Vella
Austria	kind=state	demonym=Austrian|Austrians	capital=Vienna
Belgium	kind=state	demonym=Belgian|Belgians
Bosnia and Herzegovina	kind=state	alias=Bosnia-Herzegovina|Bosnia	acronym=BiH	demonym=Bosnian|Bosnians	capital=Sarajevo
Bulgaria	kind=state	demonym=Bulgarian|Bulgarians	capital=Sofia
Croatia	kind=state	demonym=Croatian|Croatians|Croat|Croats	capital=Zagreb
Cyprus	kind=state	alias=Republic of Cyprus	demonym=Cypriot|Cypriots	capital=Nicosia
Czech Republic	kind=state	alias=Czechia	demonym=Czech|Czechs	capital=Prague
Denmark	kind=state	demonym=Danish|Dane|Danes	capital=Copenhagen
Estonia	kind=state	demonym=Estonian|Estonians	capital=Tallinn
Finland	kind=state	demonym=Finnish|Finn|Finns	capital=Helsinki
Greece	kind=state	demonym=Greek|Greeks	capital=Athens
Hungary	kind=state	demonym=Hungarian|Hungarians	capital=Budapest
Iceland	kind=state	demonym=Icelandic|Icelander|Icelanders	capital=Reykjavík	metonym=Reykjavik
Ireland	kind=state	alias=Republic of Ireland	demonym=Irish	capital=Dublin
Italy	kind=state	demonym=Italian|Italians	capital=Rome
Kosovo	kind=state	alias=Republic of Kosovo	demonym=Kosovar|Kosovars|Kosovan	capital=Pristina	metonym=Prishtina
Latvia	kind=state	demonym=Latvian|Latvians	capital=Riga
Liechtenstein	kind=state	demonym=Liechtensteiner|Liechtensteiners	capital=Vaduz
Lithuania	kind=state	demonym=Lithuanian|Lithuanians	capital=Vilnius
Luxembourg	kind=state	demonym=Luxembourgish|Luxembourger|Luxembourgers
Malta	kind=state	demonym=Maltese	capital=Valletta
Monaco	kind=state	demonym=Monégasque|Monegasque|Monacan
Montenegro	kind=state	demonym=Montenegrin|Montenegrins	capital=Podgorica
Netherlands	kind=state	alias=the Netherlands|Holland	demonym=Dutch	capital=Amsterdam|The Hague
North Macedonia	kind=state	alias=Republic of North Macedonia|Macedonia	demonym=Macedonian|Macedonians|North Macedonian|North Macedonians	capital=Skopje
Norway	kind=state	demonym=Norwegian|Norwegians	capital=Oslo
Poland	kind=state	demonym=Polish|Pole|Poles	capital=Warsaw
Portugal	kind=state	demonym=Portuguese	capital=Lisbon
Romania	kind=state	demonym=Romanian|Romanians	capital=Bucharest
San Marino	kind=state	demonym=Sammarinese
Serbia	kind=state	demonym=Serbian|Serbians|Serb|Serbs	capital=Belgrade
Slovakia	kind=state	alias=Slovak Republic	demonym=Slovak|Slovaks|Slovakian	capital=Bratislava
Slovenia	kind=state	demonym=Slovenian|Slovenians|Slovene|Slovenes	capital=Ljubljana
Spain	kind=state	demonym=Spanish|Spaniard|Spaniards	capital=Madrid
Sweden	kind=state	demonym=Swedish|Swede|Swedes	capital=Stockholm
Switzerland	kind=state	alias=Swiss Confederation	demonym=Swiss	capital=Bern
Holy See	kind=state	alias=Vatican|Vatican City|Vatican City State|the Vatican

# --- Middle East and North Africa ---
Algeria	kind=state	demonym=Algerian|Algerians	capital=Algiers
Bahrain	kind=state	demonym=Bahraini|Bahrainis	capital=Manama
Egypt	kind=state	alias=Arab Republic of Egypt	demonym=Egyptian|Egyptians	capital=Cairo
Iraq	kind=state	alias=Republic of Iraq	demonym=Iraqi|Iraqis	capital=Baghdad
Israel	kind=state	alias=State of Israel	demonym=Israeli|Israelis	capital=Jerusalem
Jordan	kind=state	alias=Hashemite Kingdom of Jordan	demonym=Jordanian|Jordanians	capital=Amman
Kuwait	kind=state	demonym=Kuwaiti|Kuwaitis	capital=Kuwait City
Lebanon	kind=state	demonym=Lebanese	capital=Beirut
Libya	kind=state	demonym=Libyan|Libyans	capital=Tripoli
Mauritania	kind=state	demonym=Mauritanian|Mauritanians	capital=Nouakchott
Morocco	kind=state	demonym=Moroccan|Moroccans	capital=Rabat
Oman	kind=state	alias=Sultanate of Oman	demonym=Omani|Omanis	capital=Muscat
Palestine	kind=state	alias=State of Palestine	demonym=Palestinian|Palestinians	metonym=Ramallah
Qatar	kind=state	demonym=Qatari|Qataris	capital=Doha
Saudi Arabia	kind=state	alias=Kingdom of Saudi Arabia	acronym=KSA	demonym=Saudi|Saudis|Saudi Arabian|Saudi Arabians	capital=Riyadh
Syria	kind=state	alias=Syrian Arab Republic	demonym=Syrian|Syrians	capital=Damascus
Tunisia	kind=state	demonym=Tunisian|Tunisians	capital=Tunis
United Arab Emirates	kind=state	alias=the Emirates	acronym=UAE	demonym=Emirati|Emiratis	capital=Abu Dhabi
Yemen	kind=state	demonym=Yemeni|Yemenis	capital=Sanaa	metonym=Sana'a

# --- South, Southeast and East Asia, Oceania ---
Australia	kind=state	alias=Commonwealth of Australia	demonym=Australian|Australians	capital=Canberra
Bangladesh	kind=state	demonym=Bangladeshi|Bangladeshis	capital=Dhaka
Bhutan	kind=state	demonym=Bhutanese	capital=Thimphu
Brunei	kind=state	alias=Brunei Darussalam	demonym=Bruneian|Bruneians	capital=Bandar Seri Begawan
Cambodia	kind=state	demonym=Cambodian|Cambodians	capital=Phnom Penh
Fiji	kind=state	demonym=Fijian|Fijians	capital=Suva
Indonesia	kind=state	demonym=Indonesian|Indonesians	capital=Jakarta
Kiribati	kind=state	demonym=I-Kiribati	capital=South Tarawa
Laos	kind=state	alias=Lao People's Democratic Republic|Lao PDR	demonym=Lao|Laotian|Laotians	capital=Vientiane
Malaysia	kind=state	demonym=Malaysian|Malaysians	capital=Kuala Lumpur|Putrajaya
Maldives	kind=state	alias=the Maldives	demonym=Maldivian|Maldivians	capital=Malé	metonym=Male
Marshall Islands	kind=state	demonym=Marshallese	capital=Majuro
Micronesia	kind=state	alias=Federated States of Micronesia	demonym=Micronesian|Micronesians	capital=Palikir
Myanmar	kind=state	alias=Burma	demonym=Burmese	capital=Naypyidaw	metonym=Naypyitaw|Nay Pyi Taw
Nauru	kind=state	demonym=Nauruan|Nauruans	capital=Yaren
Nepal	kind=state	demonym=Nepali|Nepalese|Nepalis	capital=Kathmandu
New Zealand	kind=state	demonym=New Zealander|New Zealanders	capital=Wellington
Palau	kind=state	demonym=Palauan|Palauans	capital=Ngerulmud
Papua New Guinea	kind=state	acronym=PNG	demonym=Papua New Guinean|Papua New Guineans	capital=Port Moresby
Philippines	kind=state	alias=the Philippines	demonym=Philippine|Filipino|Filipinos	capital=Manila	metonym=Malacañang|Malacanang|Malacañang Palace
Samoa	kind=state	demonym=Samoan|Samoans	capital=Apia
Singapore	kind=state	alias=Republic of Singapore	demonym=Singaporean|Singaporeans
Solomon Islands	kind=state	demonym=Solomon Islander|Solomon Islanders	capital=Honiara
Sri Lanka	kind=state	demonym=Sri Lankan|Sri Lankans	capital=Sri Jayawardenepura Kotte	metonym=Colombo
Thailand	kind=state	demonym=Thai|Thais	capital=Bangkok
Timor-Leste	kind=state	alias=East Timor	demonym=Timorese	capital=Dili
Tonga	kind=state	demonym=Tongan|Tongans	capital=Nuku'alofa
Tuvalu	kind=state	demonym=Tuvaluan|Tuvaluans	capital=Funafuti
Vanuatu	kind=state	demonym=Ni-Vanuatu	capital=Port Vila
Vietnam	kind=state	alias=Viet Nam|Socialist Republic of Vietnam	demonym=Vietnamese	capital=Hanoi
# Self-governing states in free association with New Zealand, not UN members
Cook Islands	kind=state	demonym=Cook Islander|Cook Islanders	capital=Avarua
Niue	kind=state	demonym=Niuean|Niueans	capital=Alofi

# --- Sub-Saharan Africa ---
Angola	kind=state	demonym=Angolan|Angolans	capital=Luanda
Benin	kind=state	demonym=Beninese	capital=Porto-Novo	metonym=Cotonou
Botswana	kind=state	demonym=Motswana|Batswana	capital=Gaborone
Burkina Faso	kind=state	demonym=Burkinabè|Burkinabe	capital=Ouagadougou
Burundi	kind=state	demonym=Burundian|Burundians	capital=Gitega
Cameroon	kind=state	demonym=Cameroonian|Cameroonians	capital=Yaoundé	metonym=Yaounde
Cape Verde	kind=state	alias=Cabo Verde	demonym=Cape Verdean|Cape Verdeans	capital=Praia
Central African Republic	kind=state	demonym=Central African|Central Africans	capital=Bangui
Chad	kind=state	demonym=Chadian|Chadians	capital=N'Djamena
Comoros	kind=state	demonym=Comorian|Comorians	capital=Moroni
Democratic Republic of the Congo	kind=state	alias=DR Congo|Congo-Kinshasa|Democratic Republic of Congo	acronym=DRC	demonym=Congolese	capital=Kinshasa
Republic of the Congo	kind=state	alias=Congo-Brazzaville|Congo Republic|Republic of Congo	capital=Brazzaville
Djibouti	kind=state	demonym=Djiboutian|Djiboutians
Equatorial Guinea	kind=state	demonym=Equatorial Guinean|Equatoguinean|Equatorial Guineans	capital=Malabo
Eritrea	kind=state	demonym=Eritrean|Eritreans	capital=Asmara
Eswatini	kind=state	alias=Swaziland	demonym=Swazi|Swazis	capital=Mbabane
Ethiopia	kind=state	demonym=Ethiopian|Ethiopians	capital=Addis Ababa
Gabon	kind=state	demonym=Gabonese	capital=Libreville
Gambia	kind=state	alias=the Gambia|The Gambia	demonym=Gambian|Gambians	capital=Banjul
Ghana	kind=state	demonym=Ghanaian|Ghanaians	capital=Accra
Guinea	kind=state	demonym=Guinean|Guineans	capital=Conakry
Guinea-Bissau	kind=state	demonym=Bissau-Guinean|Bissau-Guineans	capital=Bissau
Ivory Coast	kind=state	alias=Côte d'Ivoire|Cote d'Ivoire	demonym=Ivorian|Ivorians	capital=Yamoussoukro	metonym=Abidjan
Kenya	kind=state	demonym=Kenyan|Kenyans	capital=Nairobi
Lesotho	kind=state	demonym=Basotho|Mosotho	capital=Maseru
Liberia	kind=state	demonym=Liberian|Liberians	capital=Monrovia
Madagascar	kind=state	demonym=Malagasy	capital=Antananarivo
Malawi	kind=state	demonym=Malawian|Malawians	capital=Lilongwe
Mali	kind=state	demonym=Malian|Malians	capital=Bamako
Mauritius	kind=state	demonym=Mauritian|Mauritians	capital=Port Louis
Mozambique	kind=state	demonym=Mozambican|Mozambicans	capital=Maputo
Namibia	kind=state	demonym=Namibian|Namibians	capital=Windhoek
Niger	kind=state	demonym=Nigerien|Nigeriens	capital=Niamey
Nigeria	kind=state	demonym=Nigerian|Nigerians	capital=Abuja	metonym=Aso Rock|Aso Villa
Rwanda	kind=state	demonym=Rwandan|Rwandans	capital=Kigali
Sao Tome and Principe	kind=state	alias=São Tomé and Príncipe	demonym=São Toméan|Sao Tomean	capital=São Tomé	metonym=Sao Tome
Senegal	kind=state	demonym=Senegalese	capital=Dakar
Seychelles	kind=state	demonym=Seychellois	capital=Victoria
Sierra Leone	kind=state	demonym=Sierra Leonean|Sierra Leoneans	capital=Freetown
Somalia	kind=state	demonym=Somali|Somalis|Somalian	capital=Mogadishu
Somaliland	kind=state	alias=Republic of Somaliland	demonym=Somalilander|Somalilanders	capital=Hargeisa
South Africa	kind=state	alias=Republic of South Africa	demonym=South African|South Africans	capital=Pretoria
South Sudan	kind=state	demonym=South Sudanese	capital=Juba
Sudan	kind=state	demonym=Sudanese	capital=Khartoum
Tanzania	kind=state	alias=United Republic of Tanzania	demonym=Tanzanian|Tanzanians	capital=Dodoma	metonym=Dar es Salaam
Togo	kind=state	demonym=Togolese	capital=Lomé	metonym=Lome
Uganda	kind=state	demonym=Ugandan|Ugandans	capital=Kampala
Zambia	kind=state	demonym=Zambian|Zambians	capital=Lusaka
Zimbabwe	kind=state	demonym=Zimbabwean|Zimbabweans	capital=Harare

# --- The Americas ---
Antigua and Barbuda	kind=state	demonym=Antiguan|Antiguans	capital=St. John's
Argentina	kind=state	demonym=Argentine|Argentines|Argentinian|Argentinians	capital=Buenos Aires	metonym=Casa Rosada
Bahamas	kind=state	alias=the Bahamas|The Bahamas	demonym=Bahamian|Bahamians	capital=Nassau
Barbados	kind=state	demonym=Barbadian|Barbadians|Bajan	capital=Bridgetown
Belize	kind=state	demonym=Belizean|Belizeans	capital=Belmopan
Bolivia	kind=state	alias=Plurinational State of Bolivia	demonym=Bolivian|Bolivians	capital=Sucre|La Paz
Brazil	kind=state	alias=Federative Republic of Brazil	demonym=Brazilian|Brazilians	capital=Brasília	metonym=Brasilia|Planalto|Itamaraty
Canada	kind=state	demonym=Canadian|Canadians	capital=Ottawa
Chile	kind=state	demonym=Chilean|Chileans	capital=Santiago
Colombia	kind=state	demonym=Colombian|Colombians	capital=Bogotá	metonym=Bogota
Costa Rica	kind=state	demonym=Costa Rican|Costa Ricans	capital=San José	metonym=San Jose
Cuba	kind=state	demonym=Cuban|Cubans	capital=Havana
Dominica	kind=state	alias=Commonwealth of Dominica	capital=Roseau
Dominican Republic	kind=state	demonym=Dominican|Dominicans	capital=Santo Domingo
Ecuador	kind=state	demonym=Ecuadorian|Ecuadorians|Ecuadorean	capital=Quito
El Salvador	kind=state	demonym=Salvadoran|Salvadorans|Salvadorean	capital=San Salvador
Grenada	kind=state	demonym=Grenadian|Grenadians	capital=St. George's
Guatemala	kind=state	demonym=Guatemalan|Guatemalans	capital=Guatemala City
Guyana	kind=state	demonym=Guyanese	capital=Georgetown
Haiti	kind=state	demonym=Haitian|Haitians	capital=Port-au-Prince
Honduras	kind=state	demonym=Honduran|Hondurans	capital=Tegucigalpa
Jamaica	kind=state	demonym=Jamaican|Jamaicans	capital=Kingston
Mexico	kind=state	alias=United Mexican States	demonym=Mexican|Mexicans	capital=Mexico City	metonym=Palacio Nacional
Nicaragua	kind=state	demonym=Nicaraguan|Nicaraguans	capital=Managua
Panama	kind=state	demonym=Panamanian|Panamanians	capital=Panama City
Paraguay	kind=state	demonym=Paraguayan|Paraguayans	capital=Asunción	metonym=Asuncion
Peru	kind=state	demonym=Peruvian|Peruvians	capital=Lima
Saint Kitts and Nevis	kind=state	alias=St. Kitts and Nevis|St Kitts and Nevis	demonym=Kittitian|Nevisian	capital=Basseterre
Saint Lucia	kind=state	alias=St. Lucia|St Lucia	demonym=Saint Lucian|Saint Lucians	capital=Castries
Saint Vincent and the Grenadines	kind=state	alias=St. Vincent and the Grenadines|St Vincent and the Grenadines	demonym=Vincentian|Vincentians	capital=Kingstown
Suriname	kind=state	demonym=Surinamese	capital=Paramaribo
Trinidad and Tobago	kind=state	demonym=Trinidadian|Trinidadians|Tobagonian	capital=Port of Spain
Uruguay	kind=state	demonym=Uruguayan|Uruguayans	capital=Montevideo
Venezuela	kind=state	alias=Bolivarian Republic of Venezuela	demonym=Venezuelan|Venezuelans	capital=Caracas	metonym=Miraflores|Miraflores Palace
