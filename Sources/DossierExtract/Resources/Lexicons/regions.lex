@entities actor
# Regions and informal blocs that act or are talked about as entities.
# kind=place marks geography (rivers, mountains, ports): recognised, not actors. kind=theatre marks seas, straits and
# valleys that analyses treat as theatres (South China Sea, Caspian, Fergana Valley): a place inside a longer name ("Red
# Sea Council"), a region wherever it stands alone. adjectives=N lets an article use
# only the adjective N times before the region counts as one of its actors (default 1). Provinces and territories with
# a political meaning of their own (Xinjiang, Kashmir, Balochistan, Crimea, Kaliningrad) are regions, which analysts list.
# "Caucasian" is deliberately not a demonym (too ambiguous); neither is "Uyghur" for Xinjiang (an ethnic group, not a demonym).

# --- Macro-regions and blocs ---
Eurasia	kind=region	demonym=Eurasian|Eurasians	adjectives=9	names=1
Central Asia	kind=region	alias=Central Asian region|Central Asian states|Central Asian countries	demonym=Central Asian|Central Asians
Central Eurasia	kind=region
the West	kind=region	alias=The West|West|Western countries|Western nations|Western powers|Western governments	demonym=Western|Westerners	adjectives=3
Global South	kind=bloc	alias=the Global South|The Global South
Global North	kind=bloc	alias=the Global North
Europe	kind=region	demonym=European|Europeans	adjectives=4
Western Europe	kind=region	demonym=Western European|Western Europeans
Eastern Europe	kind=region	demonym=Eastern European|Eastern Europeans
Central Europe	kind=region	demonym=Central European|Central Europeans
Central and Eastern Europe	kind=region	acronym=CEE
Scandinavia	kind=region	demonym=Scandinavian|Scandinavians
Nordic countries	kind=bloc	alias=the Nordics|Nordic states	demonym=Nordic
Baltic states	kind=bloc	alias=the Baltics|Baltics|Baltic countries|Baltic States|Baltic republics
Balkans	kind=region	alias=the Balkans|Balkan Peninsula	demonym=Balkan
Western Balkans	kind=region	alias=the Western Balkans
Asia	kind=region	demonym=Asian|Asians
East Asia	kind=region	demonym=East Asian|East Asians
Northeast Asia	kind=region	alias=North-East Asia|North East Asia	demonym=Northeast Asian
South Asia	kind=region	alias=Indian subcontinent	demonym=South Asian|South Asians
Southeast Asia	kind=region	alias=South-East Asia|South East Asia	demonym=Southeast Asian|Southeast Asians|South-East Asian
West Asia	kind=region	alias=Western Asia
Asia-Pacific	kind=region	alias=Asia Pacific|Asia-Pacific region
Indo-Pacific	kind=region	alias=Indo-Pacific region|Indo Pacific
Middle East	kind=region	alias=the Middle East|Near East|MENA region	acronym=MENA	demonym=Middle Eastern
Persian Gulf	kind=place	alias=Arabian Gulf
Gulf	kind=region	alias=the Gulf|Gulf region|Gulf states|Gulf monarchies|Arab Gulf states|Gulf countries
Levant	kind=region	alias=the Levant	demonym=Levantine
Arab world	kind=region	alias=the Arab world|Arab states|Arab States|Arab countries	demonym=Arab|Arabs	adjectives=3
Africa	kind=region	demonym=African|Africans
North Africa	kind=region	demonym=North African|North Africans
West Africa	kind=region	demonym=West African|West Africans
East Africa	kind=region	demonym=East African|East Africans
Sub-Saharan Africa	kind=region	alias=sub-Saharan Africa
Sahel	kind=region	alias=the Sahel	demonym=Sahelian
Horn of Africa	kind=region	alias=the Horn of Africa
Latin America	kind=region	demonym=Latin American|Latin Americans
South America	kind=region	demonym=South American|South Americans
Central America	kind=region	demonym=Central American|Central Americans
Caribbean	kind=region	alias=the Caribbean	demonym=Caribbean
North America	kind=region	demonym=North American|North Americans
Western Hemisphere	kind=region	alias=the Western Hemisphere|western hemisphere
Pacific Islands	kind=region	alias=Pacific Island countries|Pacific Island states	demonym=Pacific Islander|Pacific Islanders

# --- Post-Soviet space ---
Post-Soviet space	kind=region	alias=post-Soviet space|former Soviet Union|post-Soviet region|post-Soviet states|post-Soviet countries|post-Soviet republics|former Soviet republics|former Soviet states	acronym=FSU
Caucasus	kind=region	alias=the Caucasus	names=1
South Caucasus	kind=region	alias=the South Caucasus|Transcaucasia|Southern Caucasus
North Caucasus	kind=region	alias=the North Caucasus|Northern Caucasus
Caspian region	kind=theatre	alias=Caspian Sea region|Caspian basin|Caspian Basin|Caspian Sea	names=1
Black Sea region	kind=place	alias=Black Sea|wider Black Sea region
Fergana Valley	kind=theatre	alias=Ferghana Valley|the Fergana Valley
Siberia	kind=place	demonym=Siberian|Siberians
Russian Far East	kind=theatre	alias=Far Eastern Federal District
Arctic	kind=theatre	alias=the Arctic|Arctic region|High North
Kaliningrad	kind=region	alias=Kaliningrad region|Kaliningrad Oblast
Chechnya	kind=region	alias=Chechen Republic	demonym=Chechen|Chechens
Crimea	kind=region	alias=Crimean Peninsula|Crimean peninsula	demonym=Crimean|Crimeans
Donbas	kind=region	alias=Donbass|the Donbas
Donetsk	kind=region	alias=Donetsk region|Donetsk Oblast|Donetsk People's Republic
Luhansk	kind=region	alias=Luhansk region|Luhansk Oblast|Lugansk|Luhansk People's Republic
Zaporizhzhia	kind=region	alias=Zaporizhzhia region|Zaporizhzhia Oblast|Zaporozhye
Kherson	kind=region	alias=Kherson region|Kherson Oblast
Gagauzia	kind=region	alias=Gagauz Autonomy|Gagauz Yeri	demonym=Gagauz
Transnistria	kind=region	alias=Transdniestria|Pridnestrovie	demonym=Transnistrian|Transnistrians	capital=Tiraspol
Abkhazia	kind=region	demonym=Abkhaz|Abkhazian|Abkhazians	capital=Sukhumi
South Ossetia	kind=region	demonym=South Ossetian|South Ossetians	capital=Tskhinvali
Nagorno-Karabakh	kind=region	alias=Karabakh|Nagorno Karabakh|Artsakh
Nakhchivan	kind=region	alias=Nakhchivan Autonomous Republic|Nakhichevan
Gorno-Badakhshan	kind=region	alias=Gorno-Badakhshan Autonomous Region	acronym=GBAO	demonym=Pamiri|Pamiris
Pamirs	kind=place	alias=the Pamirs|Pamir Mountains|Pamir
Karakalpakstan	kind=region	alias=Republic of Karakalpakstan	demonym=Karakalpak|Karakalpaks
Wakhan Corridor	kind=theatre	alias=Wakhan|the Wakhan Corridor
Siliguri Corridor	kind=theatre	alias=the Siliguri Corridor|Chicken's Neck
Turkmenbashi	kind=place	alias=Türkmenbaşy|Turkmenbashy

# --- China's periphery, South and East Asia ---
Xinjiang	kind=region	alias=Xinjiang Uyghur Autonomous Region|Xinjiang Uygur Autonomous Region|East Turkestan|East Turkistan
Tibet	kind=region	alias=Tibet Autonomous Region|Xizang	demonym=Tibetan|Tibetans
Inner Mongolia	kind=region	alias=Inner Mongolia Autonomous Region
Hong Kong	kind=region	alias=Hong Kong Special Administrative Region|Hong Kong SAR	demonym=Hongkonger|Hongkongers|Hong Konger|Hong Kongers
Macau	kind=region	alias=Macao|Macau SAR	demonym=Macanese
Kashmir	kind=region	alias=Jammu and Kashmir	demonym=Kashmiri|Kashmiris
Line of Actual Control	kind=place	acronym=LAC
Balochistan	kind=region	alias=Baluchistan
Khyber Pakhtunkhwa	kind=region	alias=Khyber-Pakhtunkhwa
Waziristan	kind=region	alias=North Waziristan|South Waziristan
Korean Peninsula	kind=theatre	alias=the Korean Peninsula|Korean peninsula
South China Sea	kind=theatre	alias=the South China Sea
West Philippine Sea	kind=theatre	alias=the West Philippine Sea
East China Sea	kind=theatre	alias=the East China Sea
Taiwan Strait	kind=theatre	alias=the Taiwan Strait|Taiwan Straits

# --- Frontier and contested provinces that analyses name as places where things happen ---
Syunik	kind=region	alias=Syunik province|Syunik region|Syunik Province
Tavush	kind=region	alias=Tavush province|Tavush region
Kursk region	kind=region	alias=Kursk Oblast|Kursk oblast
Belgorod region	kind=region	alias=Belgorod Oblast|Belgorod oblast
Sughd	kind=region	alias=Sughd region|Sughd province|Sogd region
Khatlon	kind=region	alias=Khatlon region|Khatlon province
Batken region	kind=region	alias=Batken province|Batken oblast
Jalal-Abad region	kind=region	alias=Jalal-Abad province|Jalal-Abad oblast
Issyk-Kul region	kind=region	alias=Issyk-Kul province|Issyk-Kul oblast
Mangystau	kind=region	alias=Mangystau region|Mangistau|Mangistau region
Gilgit-Baltistan	kind=region
Paktika	kind=region	alias=Paktika province
Khost	kind=region	alias=Khost province
Kurram	kind=region	alias=Kurram district|Kurram agency
Nangarhar	kind=region	alias=Nangarhar province
Assam	kind=region
West Bengal	kind=region
Manipur	kind=region
Mizoram	kind=region
Ladakh	kind=region
Arunachal Pradesh	kind=region	alias=Zangnan|South Tibet
Sikkim	kind=region
Yunnan	kind=region	alias=Yunnan province
Primorye	kind=region	alias=Primorsky Krai|Primorsky region
Amur region	kind=region	alias=Amur Oblast|Amur oblast
Sarawak	kind=region
Chin State	kind=region
Kachin State	kind=region
Sagaing	kind=region	alias=Sagaing region|Sagaing Region
Amhara	kind=region	alias=Amhara region
Oromia	kind=region	alias=Oromia region
Essequibo	kind=region	alias=Essequibo region
Roraima	kind=region	alias=Roraima state
Copperbelt	kind=region	alias=Copperbelt province|Copperbelt Province
New Caledonia	kind=region
Sweida	kind=region	alias=Suwayda|As-Suwayda
Idlib	kind=region	alias=Idlib province
Cyrenaica	kind=region
Sistan-Baluchestan	kind=region	alias=Sistan and Baluchestan|Sistan-Baluchistan

# --- Maritime theatres: seas, straits and features contested or watched as such, with the names each claimant uses ---
Second Thomas Shoal	kind=theatre	alias=Ayungin Shoal|Ayungin|Ren'ai Reef|Ren'ai Jiao
Scarborough Shoal	kind=theatre	alias=Bajo de Masinloc|Panatag Shoal|Huangyan Island|Huangyan Dao
Sabina Shoal	kind=theatre	alias=Escoda Shoal|Xianbin Reef
Spratly Islands	kind=theatre	alias=the Spratlys|Spratlys|Nansha Islands|Truong Sa|Kalayaan Island Group
Paracel Islands	kind=theatre	alias=the Paracels|Paracels|Xisha Islands|Hoang Sa
Senkaku Islands	kind=theatre	alias=Senkakus|Diaoyu Islands|Diaoyutai Islands
Kuril Islands	kind=theatre	alias=Kurils|Kuriles|Kurile Islands|Northern Territories
Strait of Hormuz	kind=theatre	alias=Hormuz Strait
Strait of Malacca	kind=theatre	alias=Malacca Strait|Straits of Malacca
Red Sea	kind=theatre
Baltic Sea	kind=theatre
Sea of Azov	kind=theatre	alias=Azov Sea
Kerch Strait	kind=theatre
Arabian Sea	kind=place
Aral Sea	kind=place

# --- Other contested territories ---
Gaza	kind=region	alias=Gaza Strip|the Gaza Strip	demonym=Gazan|Gazans
Western Sahara	kind=region	demonym=Sahrawi|Sahrawis
West Bank	kind=region	alias=the West Bank
Greenland	kind=region	demonym=Greenlandic|Greenlander|Greenlanders
Kurdistan Region	kind=region	alias=Kurdistan Region of Iraq|Iraqi Kurdistan|Kurdistan Regional Government	acronym=KRG
Darfur	kind=region
Kordofan	kind=region	alias=South Kordofan|North Kordofan
Rakhine	kind=region	alias=Rakhine State
Shan State	kind=region
Tigray	kind=region	demonym=Tigrayan|Tigrayans
Faroe Islands	kind=region	alias=the Faroe Islands|Faroes	demonym=Faroese
Republika Srpska	kind=region	alias=Serb Republic	capital=Banja Luka
Northern Cyprus	kind=region	alias=Turkish Republic of Northern Cyprus|North Cyprus	acronym=TRNC	demonym=Turkish Cypriot|Turkish Cypriots	capital=North Nicosia

# --- Rivers whose names read like people's ("Darya" is also a given name) or that stand alone in the text ---
Amu Darya	kind=place	alias=Amudarya|Amu-Darya|Amu Darya river|Oxus
Syr Darya	kind=place	alias=Syrdarya|Syr-Darya|Syr Darya river
Tumen River	kind=place	alias=Tumen river
Durand Line	kind=place	alias=Durand line
Demilitarized Zone	kind=place	alias=Demilitarised Zone|Korean Demilitarized Zone|Korean Demilitarised Zone

# --- Rooms and halls where leaders meet: venues, not the offices their names sound like ---
Oval Office	kind=place
Cabinet Room	kind=place
Situation Room	kind=place
