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

# --- Rooms, halls and aircraft where leaders meet or speak: venues, not the offices or services their names sound like ---
Oval Office	kind=place
Cabinet Room	kind=place
Situation Room	kind=place
Air Force One	kind=place

# --- First-level divisions and historic regions of states, by country: analysts treat them as places where things happen ---
# --- Pakistan ---
Punjab	kind=region	alias=Punjab province|Punjab Province
Sindh	kind=region	alias=Sindh province|Sindh Province
Azad Kashmir	kind=region	alias=Azad Jammu and Kashmir|AJK|Pakistan-administered Kashmir|Pakistan-administered Jammu and Kashmir
Islamabad Capital Territory	kind=region
Federally Administered Tribal Areas	kind=region	alias=FATA|former FATA

# --- India ---
Andhra Pradesh	kind=region
Bihar	kind=region
Chhattisgarh	kind=region	alias=Chattisgarh
Goa	kind=region
Gujarat	kind=region
Haryana	kind=region
Himachal Pradesh	kind=region
Jharkhand	kind=region
Karnataka	kind=region
Kerala	kind=region
Madhya Pradesh	kind=region
Maharashtra	kind=region
Meghalaya	kind=region
Nagaland	kind=region
Odisha	kind=region	alias=Orissa
Rajasthan	kind=region
Tamil Nadu	kind=region
Telangana	kind=region
Tripura	kind=region
Uttar Pradesh	kind=region
Uttarakhand	kind=region	alias=Uttaranchal
Andaman and Nicobar Islands	kind=region	alias=Andaman and Nicobar|Andaman & Nicobar Islands
Lakshadweep	kind=region	alias=Lakshadweep Islands
Dadra and Nagar Haveli and Daman and Diu	kind=region
National Capital Territory of Delhi	kind=region	alias=NCT of Delhi
Aksai Chin	kind=region

# --- Bangladesh ---
Dhaka Division	kind=region
Chittagong Division	kind=region	alias=Chattogram Division
Khulna Division	kind=region
Rajshahi Division	kind=region
Barisal Division	kind=region	alias=Barishal Division
Sylhet Division	kind=region
Rangpur Division	kind=region
Mymensingh Division	kind=region
Chittagong Hill Tracts	kind=region

# --- Nepal ---
Koshi Province	kind=region
Madhesh Province	kind=region	alias=Madhesh
Bagmati Province	kind=region
Gandaki Province	kind=region
Lumbini Province	kind=region
Karnali Province	kind=region
Sudurpashchim Province	kind=region	alias=Sudurpaschim Province|Sudurpashchim
Terai	kind=region	alias=Tarai

# --- Sri Lanka ---
Northern Province	kind=region
Sabaragamuwa	kind=region	alias=Sabaragamuwa Province
Uva Province	kind=region
Jaffna Peninsula	kind=region

# --- Afghanistan ---
# --- Iran ---
Alborz province	kind=region	alias=Alborz Province
Ardabil province	kind=region	alias=Ardabil Province
Bushehr province	kind=region	alias=Bushehr Province
Chaharmahal and Bakhtiari	kind=region	alias=Chaharmahal and Bakhtiari province|Chahar Mahal and Bakhtiari
East Azerbaijan	kind=region	alias=East Azarbaijan|East Azerbaijan province
West Azerbaijan	kind=region	alias=West Azarbaijan|West Azerbaijan province
Iranian Azerbaijan	kind=region
Fars province	kind=region	alias=Fars Province
Gilan	kind=region	alias=Guilan|Gilan province
Golestan province	kind=region	alias=Golestan Province
Hamadan province	kind=region	alias=Hamadan Province
Hormozgan	kind=region	alias=Hormozgan province|Hormozgan Province
Ilam province	kind=region	alias=Ilam Province
Isfahan province	kind=region	alias=Isfahan Province
Kerman province	kind=region	alias=Kerman Province
Kermanshah province	kind=region	alias=Kermanshah Province
Khuzestan	kind=region	alias=Khuzestan province|Khuzestan Province|Khuzistan
Kohgiluyeh and Boyer-Ahmad	kind=region	alias=Kohgiluyeh and Boyer-Ahmad province
Kurdistan province	kind=region	alias=Kurdistan Province|Kordestan province
Lorestan	kind=region	alias=Luristan|Lorestan province
Markazi	kind=region	alias=Markazi province|Markazi Province
Mazandaran	kind=region	alias=Mazandaran province|Mazandaran Province
North Khorasan	kind=region	alias=North Khorasan province
Razavi Khorasan	kind=region	alias=Khorasan Razavi|Razavi Khorasan province
South Khorasan	kind=region	alias=South Khorasan province
Qazvin province	kind=region	alias=Qazvin Province
Qom province	kind=region	alias=Qom Province
Semnan province	kind=region	alias=Semnan Province
Tehran province	kind=region	alias=Tehran Province
Yazd province	kind=region	alias=Yazd Province
Zanjan province	kind=region	alias=Zanjan Province

# --- Iraq ---
Anbar	kind=region	alias=Anbar province|Anbar Province|Al Anbar|Al-Anbar
Babil	kind=region	alias=Babil province|Babylon province
Baghdad province	kind=region	alias=Baghdad governorate|Baghdad Governorate
Basra province	kind=region	alias=Basra governorate|Basra Governorate|Basrah province
Dhi Qar	kind=region	alias=Dhi Qar province|Thi Qar
Diyala	kind=region	alias=Diyala province|Diyala Province
Dohuk province	kind=region	alias=Duhok province|Duhok governorate|Dohuk governorate
Erbil province	kind=region	alias=Erbil governorate|Erbil Governorate
Halabja governorate	kind=region	alias=Halabja Governorate
Karbala province	kind=region	alias=Karbala governorate
Kirkuk province	kind=region	alias=Kirkuk governorate|Kirkuk Governorate
Maysan	kind=region	alias=Maysan province|Missan
Muthanna province	kind=region	alias=Al-Muthanna province|Muthanna governorate
Najaf province	kind=region	alias=Najaf governorate
Nineveh	kind=region	alias=Nineveh province|Nineveh Province|Nineveh governorate|Ninewa
Nineveh Plains	kind=region	alias=Nineveh Plain
Qadisiyah province	kind=region	alias=Al-Qadisiyah province|Qadisiyyah province|Diwaniyah province
Salahuddin province	kind=region	alias=Salah al-Din province|Saladin province|Salahuddin governorate|Salah al-Din governorate
Sulaymaniyah province	kind=region	alias=Sulaymaniyah governorate|Sulaimani province|Sulaimaniyah province
Wasit	kind=region	alias=Wasit province

# --- Syria ---
Aleppo province	kind=region	alias=Aleppo governorate|Aleppo Governorate
Rif Dimashq	kind=region	alias=Rural Damascus|Damascus countryside
Daraa province	kind=region	alias=Daraa governorate|Deraa province|Dara'a province
Deir ez-Zor province	kind=region	alias=Deir ez-Zor governorate|Deir al-Zour province|Deir ez-Zor Governorate|Deir Ezzor province
Hama province	kind=region	alias=Hama governorate
Hasakah province	kind=region	alias=Al-Hasakah governorate|Hasakeh province|Hasakah governorate
Homs province	kind=region	alias=Homs governorate
Latakia province	kind=region	alias=Latakia governorate
Quneitra province	kind=region	alias=Quneitra governorate
Raqqa province	kind=region	alias=Raqqa governorate|Raqqa Governorate
Hauran	kind=region	alias=Houran

# --- Yemen ---
Abyan	kind=region	alias=Abyan governorate|Abyan province
Aden governorate	kind=region	alias=Aden Governorate
Al Bayda governorate	kind=region	alias=Bayda governorate|Al-Bayda governorate
Al Dhale governorate	kind=region	alias=Dhale governorate|Al-Dhalea governorate
Hodeidah governorate	kind=region	alias=Hodeidah province|Hudaydah governorate
Al-Jawf governorate	kind=region	alias=Al Jawf governorate
Al Mahrah	kind=region	alias=Al-Mahra|Mahra governorate|Al Mahrah governorate
Al Mahwit governorate	kind=region	alias=Mahwit governorate
Amran governorate	kind=region	alias=Amran province
Dhamar governorate	kind=region	alias=Dhamar province
Hadramawt	kind=region	alias=Hadramaut|Hadhramaut|Hadramout|Hadhramawt
Hajjah governorate	kind=region	alias=Hajjah province
Ibb governorate	kind=region	alias=Ibb province
Lahij governorate	kind=region	alias=Lahj governorate|Lahij province
Marib governorate	kind=region	alias=Marib province|Ma'rib governorate
Raymah	kind=region	alias=Raymah governorate
Saada governorate	kind=region	alias=Saada province|Sa'dah governorate|Saada Governorate
Sanaa governorate	kind=region	alias=Sana'a governorate
Shabwa	kind=region	alias=Shabwah|Shabwa governorate
Socotra	kind=region	alias=Socotra archipelago
Taiz governorate	kind=region	alias=Taiz province|Taiz Governorate

# --- Saudi Arabia ---
Eastern Province	kind=region
Northern Borders	kind=region	alias=Northern Borders Province|Northern Borders region
Qassim	kind=region	alias=Al-Qassim|Al Qassim|Qassim region|Qassim Province
Asir	kind=region	alias=Asir region|Aseer|Asir Province
Jazan region	kind=region	alias=Jizan region|Jazan province|Jazan Province
Najran region	kind=region	alias=Najran province|Najran Province
Al Jawf region	kind=region	alias=Al-Jawf region
Tabuk region	kind=region	alias=Tabuk province|Tabuk Province
Makkah region	kind=region	alias=Mecca region|Makkah Province
Najd	kind=region	alias=Nejd

# --- Oman ---
Dhofar	kind=region	alias=Dhofar governorate
Musandam	kind=region	alias=Musandam Peninsula|Musandam governorate

# --- Lebanon ---
Bekaa Valley	kind=region	alias=Bekaa|Beqaa Valley|Beqaa

# --- Turkey ---
Anatolia	kind=region	alias=Asia Minor
Eastern Anatolia	kind=region
Southeastern Anatolia	kind=region	alias=Southeast Anatolia
Central Anatolia	kind=region
Marmara region	kind=region	alias=Marmara Region
Thrace	kind=region
Eastern Thrace	kind=region
Hatay	kind=region	alias=Hatay province|Hatay Province
Kocaeli	kind=region	alias=Kocaeli province
Sakarya province	kind=region	alias=Sakarya Province

# --- Russia ---
Adygea	kind=region	alias=Adygeya|Republic of Adygea
Altai Republic	kind=region	alias=Republic of Altai
Bashkortostan	kind=region	alias=Bashkiria|Republic of Bashkortostan
Buryatia	kind=region	alias=Buryatiya|Republic of Buryatia
Chuvashia	kind=region	alias=Chuvash Republic
Dagestan	kind=region	alias=Daghestan|Republic of Dagestan
Ingushetia	kind=region	alias=Ingushetiya|Republic of Ingushetia
Kabardino-Balkaria	kind=region	alias=Kabardino-Balkarian Republic
Kalmykia	kind=region	alias=Republic of Kalmykia
Karachay-Cherkessia	kind=region	alias=Karachayevo-Cherkessia|Karachay-Cherkess Republic
Karelia	kind=region	alias=Republic of Karelia
Khakassia	kind=region	alias=Khakasia|Republic of Khakassia
Komi Republic	kind=region	alias=Republic of Komi
Mari El	kind=region	alias=Mari El Republic
Mordovia	kind=region	alias=Republic of Mordovia
North Ossetia	kind=region	alias=North Ossetia-Alania|North Ossetia–Alania|Republic of North Ossetia-Alania
Sakha Republic	kind=region	alias=Yakutia|Republic of Sakha
Tuva	kind=region	alias=Tyva|Republic of Tuva
Udmurtia	kind=region	alias=Udmurt Republic
Altai Krai	kind=region	alias=Altai region
Kamchatka	kind=region	alias=Kamchatka Krai|Kamchatka region|Kamchatka Peninsula
Khabarovsk Krai	kind=region	alias=Khabarovsk region
Krasnodar Krai	kind=region	alias=Krasnodar region
Krasnoyarsk Krai	kind=region	alias=Krasnoyarsk region
Perm Krai	kind=region	alias=Perm region
Stavropol Krai	kind=region	alias=Stavropol region
Zabaykalsky Krai	kind=region	alias=Zabaikalsky Krai|Trans-Baikal Krai|Transbaikal region
Chukotka	kind=region	alias=Chukotka Autonomous Okrug
Khanty-Mansi Autonomous Okrug	kind=region	alias=Khanty-Mansiysk Autonomous Okrug|Khanty-Mansi|Yugra
Nenets Autonomous Okrug	kind=region	alias=Nenets Autonomous District
Yamalo-Nenets Autonomous Okrug	kind=region	alias=Yamal-Nenets Autonomous Okrug|Yamalo-Nenets|Yamal-Nenets
Jewish Autonomous Oblast	kind=region	alias=Jewish Autonomous Region
Arkhangelsk Oblast	kind=region	alias=Arkhangelsk oblast|Arkhangelsk region
Astrakhan Oblast	kind=region	alias=Astrakhan oblast|Astrakhan region
Bryansk Oblast	kind=region	alias=Bryansk oblast|Bryansk region
Chelyabinsk Oblast	kind=region	alias=Chelyabinsk oblast|Chelyabinsk region
Irkutsk Oblast	kind=region	alias=Irkutsk oblast|Irkutsk region
Ivanovo Oblast	kind=region	alias=Ivanovo oblast|Ivanovo region
Kaluga Oblast	kind=region	alias=Kaluga oblast|Kaluga region
Kemerovo Oblast	kind=region	alias=Kemerovo oblast|Kemerovo region|Kuzbass
Kirov Oblast	kind=region	alias=Kirov oblast|Kirov region
Kostroma Oblast	kind=region	alias=Kostroma oblast|Kostroma region
Kurgan Oblast	kind=region	alias=Kurgan oblast|Kurgan region
Lipetsk Oblast	kind=region	alias=Lipetsk oblast|Lipetsk region
Magadan Oblast	kind=region	alias=Magadan oblast|Magadan region
Murmansk Oblast	kind=region	alias=Murmansk oblast|Murmansk region
Nizhny Novgorod Oblast	kind=region	alias=Nizhny Novgorod oblast|Nizhny Novgorod region
Novgorod Oblast	kind=region	alias=Novgorod oblast|Novgorod region
Novosibirsk Oblast	kind=region	alias=Novosibirsk oblast|Novosibirsk region
Omsk Oblast	kind=region	alias=Omsk oblast|Omsk region
Orenburg Oblast	kind=region	alias=Orenburg oblast|Orenburg region
Oryol Oblast	kind=region	alias=Oryol oblast|Oryol region|Orel Oblast|Orel region
Penza Oblast	kind=region	alias=Penza oblast|Penza region
Pskov Oblast	kind=region	alias=Pskov oblast|Pskov region
Rostov Oblast	kind=region	alias=Rostov oblast|Rostov region
Ryazan Oblast	kind=region	alias=Ryazan oblast|Ryazan region
Sakhalin Oblast	kind=region	alias=Sakhalin oblast|Sakhalin region
Samara Oblast	kind=region	alias=Samara oblast|Samara region
Saratov Oblast	kind=region	alias=Saratov oblast|Saratov region
Smolensk Oblast	kind=region	alias=Smolensk oblast|Smolensk region
Sverdlovsk Oblast	kind=region	alias=Sverdlovsk oblast|Sverdlovsk region
Tambov Oblast	kind=region	alias=Tambov oblast|Tambov region
Tomsk Oblast	kind=region	alias=Tomsk oblast|Tomsk region
Tula Oblast	kind=region	alias=Tula oblast|Tula region
Tver Oblast	kind=region	alias=Tver oblast|Tver region
Tyumen Oblast	kind=region	alias=Tyumen oblast|Tyumen region
Ulyanovsk Oblast	kind=region	alias=Ulyanovsk oblast|Ulyanovsk region
Vladimir Oblast	kind=region	alias=Vladimir oblast|Vladimir region
Volgograd Oblast	kind=region	alias=Volgograd oblast|Volgograd region
Vologda Oblast	kind=region	alias=Vologda oblast|Vologda region
Voronezh Oblast	kind=region	alias=Voronezh oblast|Voronezh region
Yaroslavl Oblast	kind=region	alias=Yaroslavl oblast|Yaroslavl region
Kola Peninsula	kind=region
Volga region	kind=region

# --- Ukraine ---
Cherkasy Oblast	kind=region	alias=Cherkasy oblast|Cherkasy region|Cherkassy region
Chernihiv Oblast	kind=region	alias=Chernihiv oblast|Chernihiv region|Chernigov region
Chernivtsi Oblast	kind=region	alias=Chernivtsi oblast|Chernivtsi region
Dnipropetrovsk Oblast	kind=region	alias=Dnipropetrovsk oblast|Dnipropetrovsk region|Dnipro region
Ivano-Frankivsk Oblast	kind=region	alias=Ivano-Frankivsk oblast|Ivano-Frankivsk region
Kharkiv Oblast	kind=region	alias=Kharkiv oblast|Kharkiv region|Kharkov Oblast|Kharkov region
Khmelnytskyi Oblast	kind=region	alias=Khmelnytskyi oblast|Khmelnytskyi region|Khmelnytsky Oblast|Khmelnytsky region
Kirovohrad Oblast	kind=region	alias=Kirovohrad oblast|Kirovohrad region|Kirovograd region
Kyiv Oblast	kind=region	alias=Kyiv oblast|Kyiv region|Kiev Oblast|Kiev region
Lviv Oblast	kind=region	alias=Lviv oblast|Lviv region
Mykolaiv Oblast	kind=region	alias=Mykolaiv oblast|Mykolaiv region|Mykolayiv Oblast|Mykolayiv region
Odesa Oblast	kind=region	alias=Odesa oblast|Odesa region|Odessa Oblast|Odessa oblast|Odessa region
Poltava Oblast	kind=region	alias=Poltava oblast|Poltava region
Rivne Oblast	kind=region	alias=Rivne oblast|Rivne region
Sumy Oblast	kind=region	alias=Sumy oblast|Sumy region
Ternopil Oblast	kind=region	alias=Ternopil oblast|Ternopil region
Vinnytsia Oblast	kind=region	alias=Vinnytsia oblast|Vinnytsia region
Volyn Oblast	kind=region	alias=Volyn oblast|Volyn region
Zakarpattia Oblast	kind=region	alias=Zakarpattia oblast|Zakarpattia region|Zakarpattia|Transcarpathia|Transcarpathian region
Zhytomyr Oblast	kind=region	alias=Zhytomyr oblast|Zhytomyr region
Novorossiya	kind=region	alias=Novorossia
Bukovina	kind=region	alias=Bukovyna
Volhynia	kind=region

# --- Kazakhstan ---
East Kazakhstan	kind=region	alias=East Kazakhstan Region|East Kazakhstan region
North Kazakhstan	kind=region	alias=North Kazakhstan Region|North Kazakhstan region
West Kazakhstan	kind=region	alias=West Kazakhstan Region|West Kazakhstan region

# --- Uzbekistan ---

# --- Kyrgyzstan ---

# --- Turkmenistan ---
Ahal Region	kind=region	alias=Ahal region|Akhal Region|Ahal province
Balkan Province	kind=region
Dashoguz Region	kind=region	alias=Daşoguz Region|Dashoguz region|Dashoguz province
Lebap	kind=region	alias=Lebap Region|Lebap region|Lebap province

# --- Mongolia ---
Arkhangai	kind=region	alias=Arkhangai Province
Bayan-Ölgii	kind=region	alias=Bayan-Olgii|Bayan-Ulgii|Bayan-Ölgii Province
Bayankhongor Province	kind=region
Bulgan Province	kind=region
Darkhan-Uul	kind=region	alias=Darkhan-Uul Province
Dornod	kind=region	alias=Dornod Province
Dornogovi	kind=region	alias=Dornogovi Province|Dornogobi
Dundgovi	kind=region	alias=Dundgovi Province
Govi-Altai	kind=region	alias=Govi-Altai Province|Gobi-Altai
Govisümber Province	kind=region	alias=Govisumber Province
Khentii Province	kind=region	alias=Khentii province
Khovd Province	kind=region	alias=Khovd province
Khövsgöl Province	kind=region	alias=Khuvsgul Province|Khovsgol Province
Orkhon Province	kind=region
Ömnögovi	kind=region	alias=Omnogovi|Umnugovi|Ömnögovi Province|South Gobi Province
Övörkhangai	kind=region	alias=Ovorkhangai|Uvurkhangai|Övörkhangai Province
Selenge Province	kind=region
Sükhbaatar Province	kind=region	alias=Sukhbaatar Province
Töv Province	kind=region	alias=Tov Province
Uvs Province	kind=region
Zavkhan Province	kind=region

# --- China ---
Anhui	kind=region	alias=Anhui province|Anhui Province
Fujian province	kind=region	alias=Fujian Province
Gansu	kind=region	alias=Gansu province|Gansu Province|Kansu
Guangdong	kind=region	alias=Guangdong province|Guangdong Province
Guizhou	kind=region	alias=Guizhou province|Guizhou Province
Hainan	kind=region	alias=Hainan province|Hainan Province|Hainan Island
Hebei	kind=region	alias=Hebei province|Hebei Province
Heilongjiang	kind=region	alias=Heilongjiang province|Heilongjiang Province
Henan	kind=region	alias=Henan province|Henan Province
Hubei	kind=region	alias=Hubei province|Hubei Province
Hunan	kind=region	alias=Hunan province|Hunan Province
Jiangsu	kind=region	alias=Jiangsu province|Jiangsu Province
Jiangxi	kind=region	alias=Jiangxi province|Jiangxi Province
Jilin province	kind=region	alias=Jilin Province
Liaoning province	kind=region	alias=Liaoning Province
Qinghai	kind=region	alias=Qinghai province|Qinghai Province
Shaanxi	kind=region	alias=Shaanxi province|Shaanxi Province
Shandong province	kind=region	alias=Shandong Province
Shanxi	kind=region	alias=Shanxi province|Shanxi Province
Sichuan	kind=region	alias=Sichuan province|Sichuan Province|Szechuan|Szechwan
Zhejiang	kind=region	alias=Zhejiang province|Zhejiang Province
Guangxi	kind=region	alias=Guangxi Zhuang Autonomous Region|Guangxi region
Ningxia	kind=region	alias=Ningxia Hui Autonomous Region|Ningxia region
Manchuria	kind=region

# --- Indonesia ---
Aceh	kind=region	alias=Aceh province|Nanggroe Aceh Darussalam
North Sumatra	kind=region	alias=North Sumatra province
West Sumatra	kind=region	alias=West Sumatra province
Riau	kind=region	alias=Riau province
Riau Islands	kind=region	alias=Kepulauan Riau
Jambi province	kind=region
Bengkulu province	kind=region
South Sumatra	kind=region	alias=South Sumatra province
Bangka Belitung	kind=region	alias=Bangka-Belitung|Bangka Belitung Islands
Lampung	kind=region	alias=Lampung province
Banten	kind=region	alias=Banten province
West Java	kind=region	alias=West Java province
Central Java	kind=region	alias=Central Java province
East Java	kind=region	alias=East Java province
Special Region of Yogyakarta	kind=region	alias=Yogyakarta Special Region
West Nusa Tenggara	kind=region
East Nusa Tenggara	kind=region
West Kalimantan	kind=region
Central Kalimantan	kind=region
South Kalimantan	kind=region
East Kalimantan	kind=region
North Kalimantan	kind=region
North Sulawesi	kind=region
Central Sulawesi	kind=region
South Sulawesi	kind=region
Southeast Sulawesi	kind=region
West Sulawesi	kind=region
Gorontalo province	kind=region
Maluku	kind=region	alias=Moluccas|Maluku province
North Maluku	kind=region
Papua	kind=region	alias=Papua province
West Papua	kind=region	alias=Papua Barat
Central Papua	kind=region
Highland Papua	kind=region	alias=Papua Pegunungan
South Papua	kind=region
Southwest Papua	kind=region
Sumatra	kind=region
Kalimantan	kind=region
Sulawesi	kind=region
Borneo	kind=region
Natuna Islands	kind=region	alias=Natunas
Halmahera	kind=region
West Timor	kind=region

# --- Philippines ---
Bangsamoro	kind=region	alias=BARMM|Bangsamoro Autonomous Region in Muslim Mindanao|Bangsamoro region
Cordillera Administrative Region	kind=region
Ilocos Region	kind=region	alias=Ilocos
Cagayan Valley	kind=region
Central Luzon	kind=region
Calabarzon	kind=region	alias=CALABARZON
Mimaropa	kind=region	alias=MIMAROPA
Bicol Region	kind=region	alias=Bicol
Western Visayas	kind=region
Central Visayas	kind=region
Eastern Visayas	kind=region
Zamboanga Peninsula	kind=region
Northern Mindanao	kind=region
Davao Region	kind=region
Soccsksargen	kind=region	alias=SOCCSKSARGEN
Caraga Region	kind=region
Metro Manila	kind=region
Negros Island Region	kind=region
Visayas	kind=region
Mindanao	kind=region
Palawan	kind=region
Sulu Archipelago	kind=region	alias=Sulu archipelago|Sulu province
Basilan	kind=region
Tawi-Tawi	kind=region
Batanes	kind=region
Mindoro	kind=region
Leyte	kind=region
Panay	kind=region

# --- Malaysia ---
Johor	kind=region	alias=Johore
Kedah	kind=region
Kelantan	kind=region
Negeri Sembilan	kind=region
Pahang	kind=region
Penang	kind=region
Perak	kind=region
Perlis	kind=region
Selangor	kind=region
Terengganu	kind=region	alias=Trengganu
Sabah state	kind=region
East Malaysia	kind=region
Peninsular Malaysia	kind=region

# --- Myanmar ---
Kayin State	kind=region	alias=Karen State
Kayah State	kind=region	alias=Karenni State
Mon State	kind=region
Magway Region	kind=region	alias=Magwe Region|Magway region
Mandalay Region	kind=region	alias=Mandalay region
Bago Region	kind=region	alias=Bago region
Yangon Region	kind=region	alias=Yangon region
Ayeyarwady Region	kind=region	alias=Ayeyarwady region|Irrawaddy Region
Tanintharyi Region	kind=region	alias=Tanintharyi region

# --- Thailand ---
Pattani province	kind=region	alias=Pattani Province
Yala province	kind=region	alias=Yala Province
Narathiwat province	kind=region	alias=Narathiwat Province
Songkhla province	kind=region	alias=Songkhla Province
Isan	kind=region	alias=Isaan

# --- Vietnam ---
Mekong Delta	kind=region

# --- Japan ---
Hokkaido	kind=region
Okinawa	kind=region	alias=Okinawa Prefecture|Okinawa prefecture
Kyushu	kind=region
Honshu	kind=region
Shikoku	kind=region
Ryukyu Islands	kind=region	alias=Ryukyus|Nansei Islands
Kansai region	kind=region
Kanto region	kind=region
Tohoku region	kind=region
Fukushima Prefecture	kind=region	alias=Fukushima prefecture

# --- South Korea ---
Jeju	kind=region	alias=Jeju Island|Jeju Province|Jeju-do
Gyeonggi	kind=region	alias=Gyeonggi Province|Gyeonggi-do
Gangwon Province	kind=region	alias=Gangwon-do

# --- Nigeria ---
Abia State	kind=region	alias=Abia
Adamawa State	kind=region	alias=Adamawa
Akwa Ibom State	kind=region	alias=Akwa Ibom
Anambra State	kind=region	alias=Anambra
Bauchi State	kind=region
Bayelsa State	kind=region	alias=Bayelsa
Benue State	kind=region	alias=Benue
Borno State	kind=region	alias=Borno
Cross River State	kind=region	alias=Cross River
Delta State	kind=region
Ebonyi State	kind=region	alias=Ebonyi
Edo State	kind=region
Ekiti State	kind=region	alias=Ekiti
Enugu State	kind=region
Gombe State	kind=region
Imo State	kind=region
Jigawa State	kind=region	alias=Jigawa
Kaduna State	kind=region
Kano State	kind=region
Katsina State	kind=region
Kebbi State	kind=region	alias=Kebbi
Kogi State	kind=region	alias=Kogi
Kwara State	kind=region	alias=Kwara
Lagos State	kind=region
Nasarawa State	kind=region
Niger State	kind=region
Ogun State	kind=region	alias=Ogun
Ondo State	kind=region
Osun State	kind=region	alias=Osun
Oyo State	kind=region
Plateau State	kind=region
Rivers State	kind=region
Sokoto State	kind=region
Taraba State	kind=region	alias=Taraba
Yobe State	kind=region	alias=Yobe
Zamfara State	kind=region	alias=Zamfara
Federal Capital Territory	kind=region	alias=FCT
Niger Delta	kind=region
Middle Belt	kind=region
Ogoniland	kind=region
Biafra	kind=region

# --- Ethiopia ---
Afar Region	kind=region	alias=Afar region
Benishangul-Gumuz	kind=region	alias=Benishangul-Gumuz Region|Benishangul Gumuz
Gambela Region	kind=region	alias=Gambela region|Gambella Region|Gambella region
Harari Region	kind=region
Somali Region	kind=region	alias=Ethiopian Somali Region|Somali Regional State
Sidama Region	kind=region	alias=Sidama region
South West Ethiopia Peoples' Region	kind=region	alias=South West Ethiopia Region|Southwest Ethiopia Region
Southern Nations, Nationalities, and Peoples' Region	kind=region	alias=SNNPR|SNNP Region
Central Ethiopia Region	kind=region
South Ethiopia Region	kind=region
Ogaden	kind=region

# --- Somalia ---
Jubaland	kind=region	alias=Jubbaland
South West State	kind=region	alias=South West State of Somalia
Hirshabelle	kind=region
Galmudug	kind=region
Puntland	kind=region
Banadir	kind=region	alias=Benadir|Banadir region|Benadir region
SSC-Khatumo	kind=region	alias=SSC-Khaatumo
Lower Shabelle	kind=region
Middle Shabelle	kind=region
Lower Juba	kind=region
Middle Juba	kind=region
Gedo	kind=region
Bakool	kind=region
Hiiraan	kind=region	alias=Hiran region
Mudug	kind=region
Galguduud	kind=region
Sool	kind=region
Sanaag	kind=region
Awdal	kind=region
Togdheer	kind=region
Nugal	kind=region	alias=Nugaal

# --- Sudan ---
North Darfur	kind=region
South Darfur	kind=region
West Darfur	kind=region
Central Darfur	kind=region
East Darfur	kind=region
West Kordofan	kind=region
Blue Nile State	kind=region	alias=Blue Nile state
White Nile State	kind=region	alias=White Nile state
Gezira State	kind=region	alias=Gezira|Gezira state|Al Jazirah State|El Gezira
Kassala State	kind=region	alias=Kassala state
Gedaref State	kind=region	alias=Gedaref state|Al Qadarif State
Sennar State	kind=region	alias=Sennar state
Red Sea State	kind=region
River Nile State	kind=region	alias=River Nile state
Khartoum State	kind=region	alias=Khartoum state
Nuba Mountains	kind=region
Abyei	kind=region	alias=Abyei Area
Halaib Triangle	kind=region	alias=Hala'ib Triangle

# --- South Sudan ---
Central Equatoria	kind=region
Eastern Equatoria	kind=region
Western Equatoria	kind=region
Equatoria	kind=region
Jonglei	kind=region	alias=Jonglei State
Lakes State	kind=region
Unity State	kind=region
Upper Nile State	kind=region	alias=Upper Nile
Warrap	kind=region	alias=Warrap State
Northern Bahr el Ghazal	kind=region
Western Bahr el Ghazal	kind=region
Bahr el Ghazal	kind=region	alias=Bahr al-Ghazal
Greater Pibor Administrative Area	kind=region
Ruweng Administrative Area	kind=region

# --- DR Congo ---
Kongo Central	kind=region
Kwango	kind=region
Kwilu	kind=region
Mai-Ndombe	kind=region
Kasai	kind=region	alias=Kasaï|Kasai province
Kasai-Central	kind=region	alias=Kasaï-Central|Kasai Central
Kasai-Oriental	kind=region	alias=Kasaï-Oriental|Kasai Oriental
Lomami	kind=region
Sankuru	kind=region
Maniema	kind=region
North Kivu	kind=region
South Kivu	kind=region
Kivu	kind=region	alias=Kivus
Ituri	kind=region
Haut-Uélé	kind=region	alias=Haut-Uele
Bas-Uélé	kind=region	alias=Bas-Uele
Tshopo	kind=region
Nord-Ubangi	kind=region
Sud-Ubangi	kind=region
Mongala	kind=region
Équateur	kind=region	alias=Equateur|Équateur province
Tshuapa	kind=region
Tanganyika province	kind=region
Haut-Lomami	kind=region
Lualaba	kind=region
Haut-Katanga	kind=region
Katanga	kind=region

# --- Mozambique ---
Cabo Delgado	kind=region	alias=Cabo Delgado province
Niassa	kind=region	alias=Niassa province
Nampula province	kind=region
Zambezia	kind=region	alias=Zambézia|Zambezia province
Sofala	kind=region	alias=Sofala province
Tete province	kind=region
Manica province	kind=region
Inhambane province	kind=region
Maputo Province	kind=region

# --- Cameroon ---
North-West Region	kind=region
South-West Region	kind=region
Far North Region	kind=region
Adamawa Region	kind=region
Ambazonia	kind=region
Southern Cameroons	kind=region

# --- Mali ---
Kidal region	kind=region	alias=Kidal Region
Gao region	kind=region	alias=Gao Region
Timbuktu region	kind=region	alias=Timbuktu Region|Tombouctou region
Mopti region	kind=region	alias=Mopti Region
Ménaka region	kind=region	alias=Menaka region|Ménaka Region
Ségou region	kind=region	alias=Segou region|Ségou Region
Sikasso region	kind=region	alias=Sikasso Region
Kayes region	kind=region	alias=Kayes Region
Koulikoro region	kind=region	alias=Koulikoro Region
Taoudénit region	kind=region	alias=Taoudeni region
Azawad	kind=region
Liptako-Gourma	kind=region

# --- Niger ---
Agadez region	kind=region	alias=Agadez Region
Diffa region	kind=region	alias=Diffa Region
Tillabéri region	kind=region	alias=Tillaberi region|Tillabéri Region|Tillabery region
Tahoua region	kind=region	alias=Tahoua Region
Maradi region	kind=region	alias=Maradi Region
Zinder region	kind=region	alias=Zinder Region
Dosso region	kind=region	alias=Dosso Region

# --- Burkina Faso ---
Boucle du Mouhoun	kind=region
Hauts-Bassins	kind=region
Centre-Nord	kind=region
Centre-Est	kind=region
Centre-Ouest	kind=region
Centre-Sud	kind=region
Plateau-Central	kind=region

# --- Libya ---
Fezzan	kind=region	alias=Fazzan
Tripolitania	kind=region

# --- Morocco / Western Sahara / Algeria ---
Rif	kind=region	alias=Rif region
Souss-Massa	kind=region
Tanger-Tétouan-Al Hoceïma	kind=region	alias=Tangier-Tetouan-Al Hoceima
Laâyoune-Sakia El Hamra	kind=region	alias=Laayoune-Sakia El Hamra
Dakhla-Oued Ed-Dahab	kind=region	alias=Dakhla-Oued Eddahab
Saguia el-Hamra	kind=region	alias=Sakia El Hamra|Saguia el Hamra
Río de Oro	kind=region	alias=Rio de Oro
Kabylie	kind=region	alias=Kabylia

# --- Egypt ---
Sinai	kind=region	alias=Sinai Peninsula
North Sinai	kind=region
South Sinai	kind=region
Upper Egypt	kind=region
Nile Delta	kind=region

# --- South Africa ---
Eastern Cape	kind=region
Western Cape	kind=region
Northern Cape	kind=region
Free State province	kind=region
Gauteng	kind=region
KwaZulu-Natal	kind=region	alias=KZN|Kwazulu-Natal
Limpopo	kind=region	alias=Limpopo province
Mpumalanga	kind=region

# --- Other Africa ---
Zanzibar	kind=region
Casamance	kind=region
Cabinda province	kind=region	alias=Cabinda exclave
Karamoja	kind=region
Matabeleland	kind=region

# --- Brazil ---
Alagoas	kind=region
Amapá	kind=region	alias=Amapa
Amazonas	kind=region	alias=Amazonas state
Bahia	kind=region	alias=Bahia state
Ceará	kind=region	alias=Ceara
Espírito Santo	kind=region	alias=Espirito Santo
Goiás	kind=region	alias=Goias
Maranhão	kind=region	alias=Maranhao
Mato Grosso	kind=region
Mato Grosso do Sul	kind=region
Minas Gerais	kind=region
Pará	kind=region	alias=Pará state|Para state
Paraíba	kind=region	alias=Paraiba
Paraná state	kind=region	alias=Parana state
Pernambuco	kind=region
Piauí	kind=region	alias=Piaui
Rio de Janeiro state	kind=region
Rio Grande do Norte	kind=region
Rio Grande do Sul	kind=region
Rondônia	kind=region	alias=Rondonia
Santa Catarina state	kind=region
São Paulo state	kind=region	alias=Sao Paulo state
Sergipe	kind=region
Tocantins	kind=region

# --- Mexico ---
Baja California	kind=region
Baja California Sur	kind=region
Chiapas	kind=region
Chihuahua state	kind=region
Coahuila	kind=region
Guerrero state	kind=region
Hidalgo state	kind=region
Jalisco	kind=region
State of Mexico	kind=region	alias=Estado de México|Mexico State
Michoacán	kind=region	alias=Michoacan
Morelos state	kind=region
Nayarit	kind=region
Nuevo León	kind=region	alias=Nuevo Leon
Oaxaca state	kind=region
Puebla state	kind=region
Querétaro state	kind=region	alias=Queretaro state
Quintana Roo	kind=region
San Luis Potosí state	kind=region
Sinaloa	kind=region
Sonora	kind=region
Tabasco state	kind=region
Tamaulipas	kind=region
Tlaxcala state	kind=region
Veracruz state	kind=region
Yucatán	kind=region	alias=Yucatan
Zacatecas state	kind=region
Guanajuato state	kind=region
Durango state	kind=region
Colima state	kind=region
Campeche state	kind=region
Aguascalientes state	kind=region

# --- Colombia ---
Antioquia	kind=region
Cauca	kind=region
Valle del Cauca	kind=region
Nariño department	kind=region	alias=Narino department
Chocó	kind=region
Putumayo	kind=region
Caquetá	kind=region	alias=Caqueta
Guaviare	kind=region
Meta department	kind=region
Arauca department	kind=region
Norte de Santander	kind=region
Catatumbo	kind=region
La Guajira	kind=region	alias=Guajira
Vichada	kind=region
Casanare	kind=region
Boyacá	kind=region	alias=Boyaca
Cundinamarca	kind=region
Huila	kind=region
Tolima	kind=region
Risaralda	kind=region
Quindío	kind=region	alias=Quindio
Vaupés	kind=region	alias=Vaupes
Guainía	kind=region	alias=Guainia

# --- Venezuela ---
Zulia	kind=region
Apure	kind=region
Táchira	kind=region	alias=Tachira
Yaracuy	kind=region
Carabobo	kind=region
Aragua	kind=region
Anzoátegui	kind=region	alias=Anzoategui
Monagas	kind=region
Nueva Esparta	kind=region
Delta Amacuro	kind=region
Guárico	kind=region	alias=Guarico
Cojedes	kind=region
Bolívar state	kind=region	alias=Bolivar state

# --- Argentina ---
Buenos Aires Province	kind=region	alias=Buenos Aires province
Chubut	kind=region
Chaco province	kind=region
Entre Ríos	kind=region	alias=Entre Rios
La Pampa	kind=region
La Rioja province	kind=region	alias=La Rioja region
Misiones	kind=region
Neuquén province	kind=region	alias=Neuquen province
Río Negro province	kind=region	alias=Rio Negro province
Tierra del Fuego	kind=region
Jujuy province	kind=region
Catamarca province	kind=region
Mendoza province	kind=region
Salta province	kind=region
Santa Fe province	kind=region
Córdoba province	kind=region	alias=Cordoba province
Corrientes province	kind=region
Tucumán province	kind=region	alias=Tucuman province
Santa Cruz province	kind=region
Patagonia	kind=region

# --- Chile ---
Arica y Parinacota	kind=region
Tarapacá	kind=region	alias=Tarapaca
Antofagasta Region	kind=region
Atacama Region	kind=region
Coquimbo Region	kind=region
Valparaíso Region	kind=region	alias=Valparaiso Region
Santiago Metropolitan Region	kind=region
O'Higgins Region	kind=region
Maule	kind=region	alias=Maule Region
Ñuble Region	kind=region	alias=Nuble Region
Biobío Region	kind=region	alias=Bío Bío Region|Biobio Region
Araucanía	kind=region	alias=Araucania|La Araucanía|Araucanía Region
Los Ríos Region	kind=region	alias=Los Rios Region
Los Lagos Region	kind=region
Aysén	kind=region	alias=Aysen|Aysén Region
Magallanes Region	kind=region

# --- Peru ---
Áncash	kind=region	alias=Ancash
Apurímac	kind=region	alias=Apurimac
Junín region	kind=region	alias=Junin region
La Libertad region	kind=region
Madre de Dios	kind=region
Ucayali	kind=region
Loreto region	kind=region
Cusco region	kind=region	alias=Cuzco region
Puno region	kind=region
Arequipa region	kind=region
Ayacucho region	kind=region
Cajamarca region	kind=region
Piura region	kind=region
Huancavelica region	kind=region
VRAEM	kind=region

# --- Bolivia ---
Chuquisaca	kind=region
Beni department	kind=region
Pando department	kind=region
Santa Cruz department	kind=region
Cochabamba department	kind=region
La Paz department	kind=region
Oruro department	kind=region
Potosí department	kind=region	alias=Potosi department
Tarija department	kind=region

# --- Canada ---
Alberta	kind=region
British Columbia	kind=region
Manitoba	kind=region
New Brunswick	kind=region
Newfoundland and Labrador	kind=region	alias=Newfoundland
Nova Scotia	kind=region
Ontario	kind=region
Prince Edward Island	kind=region
Quebec	kind=region	alias=Québec
Saskatchewan	kind=region
Northwest Territories	kind=region
Nunavut	kind=region
Yukon	kind=region

# --- Australia ---
New South Wales	kind=region	alias=NSW
Queensland	kind=region
South Australia	kind=region
Tasmania	kind=region
Western Australia	kind=region
Northern Territory	kind=region
Australian Capital Territory	kind=region

# --- Germany ---
Baden-Württemberg	kind=region	alias=Baden-Wurttemberg|Baden-Wuerttemberg
Bavaria	kind=region
State of Brandenburg	kind=region
Hessen	kind=region
Lower Saxony	kind=region
Mecklenburg-Western Pomerania	kind=region	alias=Mecklenburg-Vorpommern|Mecklenburg-West Pomerania
North Rhine-Westphalia	kind=region	alias=North Rhine Westphalia|NRW
Rhineland-Palatinate	kind=region	alias=Rheinland-Pfalz
Saarland	kind=region
Saxony	kind=region
Saxony-Anhalt	kind=region
Schleswig-Holstein	kind=region
Thuringia	kind=region	alias=Thüringen
Ruhr	kind=region	alias=Ruhr Valley|Ruhr area

# --- France ---
Corsica	kind=region	alias=Corse
French Guiana	kind=region	alias=Guyane
Guadeloupe	kind=region
Martinique	kind=region
Mayotte	kind=region
Réunion	kind=region	alias=La Réunion
French Polynesia	kind=region
Saint Pierre and Miquelon	kind=region	alias=Saint-Pierre-et-Miquelon
Wallis and Futuna	kind=region
Saint Barthélemy	kind=region	alias=Saint-Barthélemy
Alsace	kind=region
Île-de-France	kind=region	alias=Ile-de-France
Provence	kind=region	alias=Provence-Alpes-Côte d'Azur
Occitania	kind=region	alias=Occitanie
Nouvelle-Aquitaine	kind=region
Auvergne-Rhône-Alpes	kind=region
Hauts-de-France	kind=region
Grand Est	kind=region
Bourgogne-Franche-Comté	kind=region
Pays de la Loire	kind=region
Centre-Val de Loire	kind=region

# --- Spain ---
Andalusia	kind=region	alias=Andalucía
Aragon	kind=region	alias=Aragón
Asturias	kind=region
Balearic Islands	kind=region	alias=Balearics
Basque Country	kind=region	alias=Euskadi
Canary Islands	kind=region
Cantabria	kind=region
Castile and León	kind=region	alias=Castilla y León|Castile and Leon
Castilla-La Mancha	kind=region	alias=Castile-La Mancha
Catalonia	kind=region	alias=Catalunya|Cataluña
Extremadura	kind=region
Galicia	kind=region
Navarre	kind=region	alias=Navarra
Valencian Community	kind=region	alias=Valencia region
Region of Murcia	kind=region	alias=Murcia region
Community of Madrid	kind=region	alias=Madrid region

# --- Portugal ---
Azores	kind=region
Madeira	kind=region

# --- Italy ---
Abruzzo	kind=region
Aosta Valley	kind=region	alias=Valle d'Aosta
Apulia	kind=region	alias=Puglia
Basilicata	kind=region
Calabria	kind=region
Campania	kind=region
Emilia-Romagna	kind=region
Friuli-Venezia Giulia	kind=region	alias=Friuli Venezia Giulia
Lazio	kind=region
Liguria	kind=region
Lombardy	kind=region	alias=Lombardia
Marche region	kind=region	alias=Le Marche
Molise	kind=region
Piedmont	kind=region	alias=Piemonte
Sardinia	kind=region	alias=Sardegna
Sicily	kind=region	alias=Sicilia
Trentino-Alto Adige	kind=region	alias=Trentino-South Tyrol
South Tyrol	kind=region	alias=Alto Adige
Tuscany	kind=region	alias=Toscana
Umbria	kind=region
Veneto	kind=region

# --- United States: states, kept as places (gold files list 5 of 28 mentions as actors). Georgia and Washington
# are left out: the state and the capital's metonym own those names. ---
Alabama	kind=place
Alaska	kind=place
Arizona	kind=place
Arkansas	kind=place
California	kind=place
Colorado	kind=place
Connecticut	kind=place
Delaware	kind=place
Florida	kind=place
Hawaii	kind=place
Idaho	kind=place
Illinois	kind=place
Indiana	kind=place
Iowa	kind=place
Kansas	kind=place
Kentucky	kind=place
Louisiana	kind=place
Maine	kind=place
Maryland	kind=place
Massachusetts	kind=place
Michigan	kind=place
Minnesota	kind=place
Mississippi	kind=place
Missouri	kind=place
Montana	kind=place
Nebraska	kind=place
Nevada	kind=place
New Hampshire	kind=place
New Jersey	kind=place
New Mexico	kind=place
North Carolina	kind=place
North Dakota	kind=place
Ohio	kind=place
Oklahoma	kind=place
Oregon	kind=place
Pennsylvania	kind=place
Rhode Island	kind=place
South Carolina	kind=place
South Dakota	kind=place
Tennessee	kind=place
Texas	kind=place
Utah	kind=place
Vermont	kind=place
Virginia	kind=place
West Virginia	kind=place
Wisconsin	kind=place
Wyoming	kind=place

# --- United Kingdom ---
Scotland	kind=region
Wales	kind=region
Northern Ireland	kind=region

# --- Belgium ---
Flanders	kind=region
Wallonia	kind=region
Brussels-Capital Region	kind=region	alias=Brussels Capital Region

# --- Nordic ---
Åland Islands	kind=region	alias=Åland|Aland Islands
Svalbard	kind=region
Gotland	kind=region

# --- Central and Eastern Europe ---
Transylvania	kind=region
Silesia	kind=region
Bessarabia	kind=region

# --- Georgia ---
Adjara	kind=region	alias=Ajara|Adjaria|Autonomous Republic of Adjara
Samtskhe-Javakheti	kind=region
Javakheti	kind=region	alias=Javakhk
Kvemo Kartli	kind=region
Shida Kartli	kind=region
Mtskheta-Mtianeti	kind=region
Kakheti	kind=region
Imereti	kind=region
Guria	kind=region
Samegrelo-Zemo Svaneti	kind=region	alias=Samegrelo|Mingrelia
Racha-Lechkhumi and Kvemo Svaneti	kind=region
Svaneti	kind=region	alias=Svanetia
Pankisi Gorge	kind=region	alias=Pankisi Valley|Pankisi

# --- Azerbaijan ---
East Zangezur	kind=region
Absheron Peninsula	kind=region

# --- Armenia ---
Aragatsotn	kind=region
Ararat Province	kind=region
Armavir Province	kind=region
Gegharkunik	kind=region
Kotayk	kind=region
Lori Province	kind=region
Shirak	kind=region
Vayots Dzor	kind=region
Zangezur	kind=region

# --- Serbia ---
Vojvodina	kind=region
Sandžak	kind=region	alias=Sandzak
Preševo Valley	kind=region	alias=Presevo Valley

# --- Bosnia and Herzegovina ---
Federation of Bosnia and Herzegovina	kind=region	alias=Bosniak-Croat Federation
Brčko District	kind=region	alias=Brcko District

# --- Papua New Guinea ---
Bougainville	kind=region	alias=Autonomous Region of Bougainville
