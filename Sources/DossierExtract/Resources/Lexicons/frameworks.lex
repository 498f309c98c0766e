@entities framework
# Frameworks of Eurasian geopolitics: initiatives, integration organisations, agreements, pipelines,
# corridors, summit formats and concepts. Dashed names are listed with both en dash and hyphen.
# The acronym CPC is kept for the Chinese Communist Party (organizations.lex), so the Caspian Pipeline
# Consortium has no acronym here; an in-text definition "(CPC)" still takes priority.

# --- Chinese initiatives and concepts ---
Belt and Road Initiative	kind=initiative	acronym=BRI|OBOR	alias=Belt and Road|Belt & Road|Belt and Road initiative|One Belt, One Road|One Belt One Road|New Silk Road	sponsor=China	year=2013
Silk Road Economic Belt	kind=initiative	acronym=SREB	sponsor=China	year=2013
21st Century Maritime Silk Road	kind=initiative	alias=Maritime Silk Road|21st-Century Maritime Silk Road	acronym=MSR	sponsor=China	year=2013
Digital Silk Road	kind=initiative	acronym=DSR	sponsor=China	year=2015
Health Silk Road	kind=initiative	sponsor=China
Polar Silk Road	kind=initiative	sponsor=China	year=2018
Green Silk Road	kind=initiative	sponsor=China
Belt and Road Forum	kind=summit	alias=Belt and Road Forum for International Cooperation	sponsor=China	year=2017
Global Development Initiative	kind=initiative	acronym=GDI	sponsor=China	year=2021
Global Security Initiative	kind=initiative	acronym=GSI	sponsor=China	year=2022
Global Civilization Initiative	kind=initiative	alias=Global Civilisation Initiative	acronym=GCI	sponsor=China	year=2023
Global Governance Initiative	kind=initiative	sponsor=China	year=2025
Community of Common Destiny	kind=concept	alias=community with a shared future for mankind|community of common destiny|Community of Shared Future for Mankind|community with a shared future|community of shared future|Community of Common Destiny for Mankind	sponsor=China
Five Principles of Peaceful Coexistence	kind=concept	alias=Five Principles	sponsor=China|India	year=1954
One China principle	kind=concept	alias=one-China principle|One China policy|one-China policy	sponsor=China
Dual circulation	kind=concept	alias=dual circulation strategy|dual circulation|Dual Circulation Strategy	sponsor=China	year=2020
Made in China 2025	kind=initiative	sponsor=China	year=2015
Cross-Border Interbank Payment System	kind=institution	acronym=CIPS	sponsor=China	year=2015
SCO Plus	kind=summit	alias=SCO+|SCO Plus format|Shanghai Cooperation Organisation Plus	sponsor=Shanghai Cooperation Organisation
Shanghai spirit	kind=concept	alias=Shanghai Spirit	sponsor=Shanghai Cooperation Organisation
Three evils	kind=concept	alias=three evils|three evil forces	sponsor=Shanghai Cooperation Organisation
Nine-dash line	kind=concept	alias=nine-dash line|Nine-Dash Line|nine dash line	sponsor=China
Anti-Secession Law	kind=agreement	alias=Anti-Secession law	sponsor=China	year=2005
1992 Consensus	kind=concept	alias=1992 consensus	year=1992
Debt-trap diplomacy	kind=concept	alias=debt-trap diplomacy|debt trap diplomacy|debt trap|debt-trap
South-South cooperation	kind=concept	alias=South–South cooperation|South-South Cooperation|south-south cooperation
Sovereign internet	kind=concept	alias=sovereign internet|sovereign Internet|Sovereign Internet	sponsor=Russia	year=2019
China–Mongolia–Russia Economic Corridor	kind=corridor	alias=China-Mongolia-Russia Economic Corridor	sponsor=China|Mongolia|Russia	year=2016
China–Myanmar Economic Corridor	kind=corridor	alias=China-Myanmar Economic Corridor	acronym=CMEC	sponsor=China|Myanmar
Lancang–Mekong Cooperation	kind=initiative	alias=Lancang-Mekong Cooperation|Mekong–Lancang Cooperation|Mekong-Lancang Cooperation	acronym=LMC	sponsor=China	year=2016

# --- Eurasian integration organisations and formats ---
Shanghai Cooperation Organisation	kind=organization	alias=Shanghai Cooperation Organization	acronym=SCO	sponsor=China|Russia	year=2001
SCO Development Bank	kind=institution	alias=Shanghai Cooperation Organisation Development Bank|SCO development bank	sponsor=China
Shanghai Five	kind=organization	sponsor=China|Russia|Kazakhstan|Kyrgyzstan|Tajikistan	year=1996
Eurasian Economic Union	kind=organization	alias=Eurasian Union	acronym=EAEU|EEU	sponsor=Russia|Kazakhstan|Belarus	year=2015
Eurasian Customs Union	kind=organization	sponsor=Russia|Kazakhstan|Belarus	year=2010
Common Economic Space	kind=agreement	alias=Single Economic Space	sponsor=Russia|Kazakhstan|Belarus	year=2012
Supreme Eurasian Economic Council	kind=institution	sponsor=Eurasian Economic Union
Collective Security Treaty Organization	kind=organization	alias=Collective Security Treaty Organisation	acronym=CSTO	sponsor=Russia	year=2002
Collective Security Treaty	kind=agreement	alias=Tashkent Treaty	year=1992
Commonwealth of Independent States	kind=organization	acronym=CIS	sponsor=Russia	year=1991
CIS Plus	kind=summit	alias=CIS+|CIS Plus format	sponsor=Kazakhstan	year=2025
Union State	kind=organization	alias=Union State of Russia and Belarus	sponsor=Russia|Belarus	year=1999
Treaty on Security Guarantees within the Union State	kind=agreement	alias=Treaty on Security Guarantees	sponsor=Russia|Belarus	year=2024
BRICS	kind=organization	alias=BRICS+|BRICS Plus|BRIC	sponsor=Brazil|Russia|India|China|South Africa	year=2009
BRICS Pay	kind=initiative	sponsor=BRICS
G20	kind=organization	alias=Group of Twenty|G-20
G7	kind=organization	alias=Group of Seven|G-7
Organization of the Petroleum Exporting Countries	kind=organization	acronym=OPEC	alias=Organisation of the Petroleum Exporting Countries|Opec	year=1960
OPEC+	kind=organization	alias=OPEC Plus|Opec+|Opec Plus	sponsor=Saudi Arabia|Russia	year=2016
World Trade Organization	kind=organization	alias=World Trade Organisation	acronym=WTO
Organization for Security and Co-operation in Europe	kind=organization	alias=Organisation for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Cooperation in Europe	acronym=OSCE
Council of Europe	kind=organization
African Union	kind=organization	acronym=AU
Arab League	kind=organization	alias=League of Arab States
Organization of American States	kind=organization	alias=Organisation of American States	acronym=OAS
Organisation of Islamic Cooperation	kind=organization	alias=Organization of Islamic Cooperation	acronym=OIC
Organisation for Economic Co-operation and Development	kind=organization	acronym=OECD	alias=Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development
Association of Southeast Asian Nations	kind=organization	alias=Association of South-East Asian Nations	acronym=ASEAN	year=1967
Organization of Turkic States	kind=organization	alias=Organisation of Turkic States|Turkic Council|Cooperation Council of Turkic Speaking States|Cooperation Council of Turkic-Speaking States	acronym=OTS	sponsor=Turkey|Kazakhstan|Azerbaijan|Kyrgyzstan	year=2009
OTS Plus	kind=summit	alias=OTS+|OTS Plus format	sponsor=Organization of Turkic States	year=2025
International Organization for the Russian Language	kind=organization	alias=International Organisation for the Russian Language	sponsor=Kazakhstan	year=2023
Conference on Interaction and Confidence-Building Measures in Asia	kind=organization	alias=Conference on Interaction and Confidence Building Measures in Asia	acronym=CICA	sponsor=Kazakhstan	year=1992
Economic Cooperation Organization	kind=organization	alias=Economic Cooperation Organisation	acronym=ECO	sponsor=Iran|Pakistan|Turkey	year=1985
Central Asia Regional Economic Cooperation	kind=initiative	alias=CAREC Program|Central Asia Regional Economic Cooperation Program	acronym=CAREC	sponsor=Asian Development Bank
GUAM	kind=organization	alias=GUAM Organization for Democracy and Economic Development	sponsor=Georgia|Ukraine|Azerbaijan|Moldova	year=1997
Consultative Meeting of the Heads of State of Central Asia	kind=summit	alias=Consultative Meeting of Central Asian Heads of State|Consultative Meeting of the Heads of State of Central Asian countries|Consultative Meeting of Heads of State of Central Asia|Consultative Meeting of Heads of State|consultative meeting of Central Asian heads of state|consultative meeting of the heads of state of Central Asia|Consultative Meetings of Central Asian heads of state|Consultative Meetings of the Heads of State of Central Asia|Consultative Meeting of Central Asian leaders|consultative meeting of Central Asian leaders|Consultative Meeting|Consultative Meetings|Central Asian Consultative Meeting	year=2018
Eurasian security architecture	kind=concept	alias=Eurasian Security Architecture|Eurasian security system|architecture of Eurasian security	sponsor=Russia	year=2024
Greater Eurasian Partnership	kind=initiative	alias=Greater Eurasia Partnership|Greater Eurasia|Big Eurasian Partnership|Greater Eurasian partnership	sponsor=Russia	year=2016
Russia–Kazakhstan–Uzbekistan gas union	kind=initiative	alias=Russia-Kazakhstan-Uzbekistan gas union|trilateral gas union|gas union	sponsor=Russia	year=2022
Caspian Summit	kind=summit	alias=Caspian summit	year=2002
Convention on the Legal Status of the Caspian Sea	kind=agreement	alias=Caspian Convention|Aktau Convention	sponsor=Russia|Kazakhstan|Azerbaijan|Iran|Turkmenistan	year=2018
Tehran Convention	kind=agreement	alias=Framework Convention for the Protection of the Marine Environment of the Caspian Sea	sponsor=Russia|Kazakhstan|Azerbaijan|Iran|Turkmenistan	year=2003
Central Asian Nuclear-Weapon-Free Zone	kind=agreement	alias=Treaty on a Nuclear-Weapon-Free Zone in Central Asia|Semipalatinsk Treaty|Treaty of Semipalatinsk	acronym=CANWFZ	year=2006
Belovezha Accords	kind=agreement	alias=Belavezha Accords|Belovezh Accords	sponsor=Russia|Ukraine|Belarus	year=1991
Treaty on Good-Neighbourliness and Alliance in the 21st Century	kind=agreement	alias=Treaty on Good-Neighborliness and Alliance in the 21st Century|Treaty on Good-Neighbourliness and Alliance	sponsor=Russia|Kazakhstan	year=2013
Treaty of Good-Neighbourliness and Friendly Cooperation	kind=agreement	alias=Treaty of Good-Neighborliness and Friendly Cooperation|Sino-Russian Treaty of Friendship	sponsor=China|Russia	year=2001
Treaty of Permanent Good-Neighbourliness and Friendly Cooperation	kind=agreement	alias=Treaty of Permanent Good-Neighborliness and Friendly Cooperation|Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation|Treaty on Permanent Good-Neighborliness, Friendship and Cooperation	sponsor=China|Kazakhstan|Kyrgyzstan|Tajikistan|Turkmenistan|Uzbekistan	year=2025
No-limits partnership	kind=concept	alias=no-limits partnership|no limits partnership	sponsor=China|Russia	year=2022
Comprehensive Strategic Partnership	kind=concept
Comprehensive Strategic Partnership of Coordination	kind=concept	alias=comprehensive strategic partnership of coordination	sponsor=China|Russia
Multi-vector foreign policy	kind=concept	alias=multi-vector foreign policy|multi-vector policy|multivector foreign policy|multi-vectorism|multi-vector diplomacy|multi-vector approach|multi-vector	sponsor=Kazakhstan
Permanent neutrality	kind=concept	alias=permanent neutrality|positive neutrality|Positive Neutrality	sponsor=Turkmenistan	year=1995
Russian World	kind=concept	alias=Russkiy Mir|Russkiy mir|Russky Mir	sponsor=Russia
Near abroad	kind=concept	alias=near abroad|Near Abroad	sponsor=Russia
New Kazakhstan	kind=concept	alias=Jana Qazaqstan	sponsor=Kazakhstan	year=2022
Just Kazakhstan	kind=concept	alias=Fair Kazakhstan|Adiletti Qazaqstan|Just and Fair Kazakhstan	sponsor=Kazakhstan	year=2022
New Uzbekistan	kind=concept	sponsor=Uzbekistan
Development Strategy of New Uzbekistan	kind=initiative	alias=Development Strategy of New Uzbekistan for 2022–2026|Development Strategy of New Uzbekistan for 2022-2026|New Uzbekistan Development Strategy	sponsor=Uzbekistan	year=2022
Nurly Zhol	kind=initiative	alias=Nurly Zhol programme|Nurly Zhol program	sponsor=Kazakhstan	year=2014
Third Neighbor policy	kind=concept	alias=Third Neighbour policy|third neighbor policy|third neighbour policy|Third Neighbor Policy|third-neighbour policy|third-neighbor policy|Third-Neighbour Policy|Third Neighbour Policy	sponsor=Mongolia
Contingent Reserve Arrangement	kind=institution	alias=BRICS Contingent Reserve Arrangement	sponsor=BRICS	year=2014
Black Sea Economic Cooperation	kind=organization	alias=Organization of the Black Sea Economic Cooperation|Organisation of the Black Sea Economic Cooperation	acronym=BSEC	year=1992
Russia–India–China format	kind=summit	alias=Russia-India-China format|Russia–India–China trilateral|Russia-India-China trilateral|RIC format|RIC trilateral	sponsor=Russia
Russia–China Investment Fund	kind=institution	alias=Russia-China Investment Fund|Russian-Chinese Investment Fund	acronym=RCIF	sponsor=Russian Direct Investment Fund|China Investment Corporation	year=2012
Khorgos International Center for Boundary Cooperation	kind=institution	alias=Khorgos International Centre for Boundary Cooperation|International Center for Boundary Cooperation Khorgos|International Centre for Boundary Cooperation Khorgos|Khorgos ICBC	sponsor=Kazakhstan|China

# --- Summit formats with Central Asia ---
C5+1	kind=summit	alias=C5 + 1|C5+1 format|C5+1 Diplomatic Platform	sponsor=United States	year=2015
Central Asia–China summit	kind=summit	alias=China-Central Asia summit|Central Asia-China summit|China–Central Asia summit|China–Central Asia Summit|China-Central Asia Summit|Xi'an summit|C+C5|C5+China	sponsor=China	year=2023
Central Asia–Russia summit	kind=summit	alias=Central Asia-Russia summit|Russia–Central Asia summit|Russia-Central Asia summit	sponsor=Russia	year=2022
Central Asia–EU summit	kind=summit	alias=EU-Central Asia summit|EU–Central Asia summit|EU-Central Asia Summit|Central Asia-EU summit	sponsor=European Union	year=2025
Central Asia plus Japan Dialogue	kind=summit	alias=Central Asia plus Japan|Central Asia + Japan Dialogue|Central Asia+Japan Dialogue|Central Asia + Japan|Central Asia+Japan	sponsor=Japan	year=2004
Central Asia–India Summit	kind=summit	alias=Central Asia-India Summit|India–Central Asia Summit|India-Central Asia Summit	sponsor=India	year=2022
Korea–Central Asia Cooperation Forum	kind=summit	alias=Korea-Central Asia Cooperation Forum	sponsor=South Korea	year=2007
K-Silk Road	kind=initiative	alias=K-Silk Road Initiative|K-Silk Road Cooperation Initiative|Korea–Central Asia K-Silk Road Cooperation Initiative|Korea-Central Asia K-Silk Road Cooperation Initiative	sponsor=South Korea	year=2024
EU Strategy on Central Asia	kind=initiative	alias=EU Central Asia Strategy	sponsor=European Union	year=2019
Enhanced Partnership and Cooperation Agreement	kind=agreement	acronym=EPCA	sponsor=European Union
GCC–Central Asia summit	kind=summit	alias=GCC-Central Asia summit|GCC–Central Asia Summit|GCC-Central Asia Summit|Central Asia–GCC summit|Central Asia-GCC summit	sponsor=Gulf Cooperation Council	year=2023
Connect Central Asia policy	kind=initiative	alias=Connect Central Asia|Connect Central Asia Policy	sponsor=India	year=2012

# --- Western and other initiatives ---
NATO	kind=organization	alias=North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato|the North Atlantic Alliance
Global Gateway	kind=initiative	sponsor=European Union	year=2021
Partnership for Global Infrastructure and Investment	kind=initiative	acronym=PGII	year=2022
Build Back Better World	kind=initiative	acronym=B3W	year=2021
Blue Dot Network	kind=initiative	sponsor=United States|Japan|Australia	year=2019
Eastern Partnership	kind=initiative	acronym=EaP	sponsor=European Union	year=2009
European Neighbourhood Policy	kind=initiative	alias=European Neighborhood Policy	acronym=ENP	sponsor=European Union	year=2004
Partnership for Peace	kind=initiative	acronym=PfP	sponsor=NATO	year=1994
Quadrilateral Security Dialogue	kind=organization	alias=Quad|the Quad	sponsor=United States|Japan|India|Australia	year=2007
AUKUS	kind=agreement	sponsor=Australia|United Kingdom|United States	year=2021
Squad	kind=organization	alias=the Squad	sponsor=United States|Japan|Australia|Philippines	year=2023
Indo-Pacific Economic Framework	kind=initiative	alias=Indo-Pacific Economic Framework for Prosperity	acronym=IPEF	sponsor=United States	year=2022
Regional Comprehensive Economic Partnership	kind=agreement	acronym=RCEP	year=2020
Comprehensive and Progressive Agreement for Trans-Pacific Partnership	kind=agreement	acronym=CPTPP	year=2018
Abraham Accords	kind=agreement	sponsor=United States	year=2020
India–Middle East–Europe Economic Corridor	kind=corridor	alias=India-Middle East-Europe Economic Corridor	acronym=IMEC	year=2023
Lobito Corridor	kind=corridor	sponsor=United States|European Union	year=2023
Economic Community of West African States	kind=organization	acronym=ECOWAS	year=1975
Alliance of Sahel States	kind=organization	acronym=AES	alias=Confederation of Sahel States	sponsor=Mali|Burkina Faso|Niger	year=2023
Russia–Africa summit	kind=summit	alias=Russia-Africa summit|Russia–Africa Summit|Russia-Africa Summit	sponsor=Russia	year=2019
Forum on China–Africa Cooperation	kind=summit	alias=Forum on China-Africa Cooperation|China–Africa summit|China-Africa summit	acronym=FOCAC	sponsor=China	year=2000
Oil price cap	kind=initiative	alias=oil price cap|G7 oil price cap|G7 price cap|price cap on Russian oil|price cap	sponsor=European Union	year=2022
System for Transfer of Financial Messages	kind=institution	acronym=SPFS	sponsor=Russia	year=2014
Mir payment system	kind=institution	alias=Mir card system|Mir cards|Mir card|Mir system|Mir	sponsor=Russia	year=2015
Shetab	kind=institution	alias=Shetab network|Shetab interbank network	sponsor=Iran	year=2002
REPowerEU	kind=initiative	alias=REPowerEU plan	sponsor=European Union	year=2022
Maximum pressure	kind=concept	alias=maximum pressure|maximum pressure campaign|maximum-pressure campaign|maximum pressure policy	sponsor=United States	year=2018
Monroe Doctrine	kind=concept	alias=Monroe doctrine|Donroe Doctrine	sponsor=United States	year=1823
Strategic ambiguity	kind=concept	alias=strategic ambiguity	sponsor=United States
First island chain	kind=concept	alias=first island chain|First Island Chain
Extended deterrence	kind=concept	alias=extended deterrence	sponsor=United States
Indivisible security	kind=concept	alias=indivisible security|principle of indivisible security	sponsor=Russia
Collective self-defence	kind=concept	alias=collective self-defence|collective self-defense|right of collective self-defence
Act East Policy	kind=initiative	alias=Act East policy	sponsor=India	year=2014
Neighbourhood First policy	kind=initiative	alias=Neighbourhood First Policy|Neighborhood First policy|Neighborhood First Policy|Neighbourhood First	sponsor=India
Security and Growth for All in the Region	kind=initiative	acronym=SAGAR	sponsor=India	year=2015
Free and Open Indo-Pacific	kind=concept	alias=free and open Indo-Pacific	acronym=FOIP	sponsor=Japan	year=2016
Pivot to Asia	kind=concept	alias=pivot to Asia|Rebalance to Asia|rebalance to Asia	sponsor=United States	year=2011
Zeitenwende	kind=concept	sponsor=Germany	year=2022
ASEAN Outlook on the Indo-Pacific	kind=concept	acronym=AOIP	sponsor=Association of Southeast Asian Nations	year=2019
Carbon Border Adjustment Mechanism	kind=initiative	acronym=CBAM	sponsor=European Union	year=2023
Critical Raw Materials Act	kind=initiative	acronym=CRMA	sponsor=European Union	year=2024
Price Cap Coalition	kind=initiative	sponsor=European Union	year=2022

# --- Security, arms control and conflict-settlement agreements ---
New START	kind=agreement	alias=New Strategic Arms Reduction Treaty	sponsor=United States|Russia	year=2010
Intermediate-Range Nuclear Forces Treaty	kind=agreement	alias=INF Treaty	sponsor=United States|Soviet Union	year=1987
Treaty on the Non-Proliferation of Nuclear Weapons	kind=agreement	alias=Non-Proliferation Treaty|Nuclear Non-Proliferation Treaty	acronym=NPT	year=1968
Comprehensive Nuclear-Test-Ban Treaty	kind=agreement	acronym=CTBT	year=1996
Joint Comprehensive Plan of Action	kind=agreement	alias=Iran nuclear deal|Iran nuclear agreement	acronym=JCPOA	year=2015
Paris Agreement	kind=agreement	alias=Paris climate agreement|Paris Climate Agreement|Paris accord	year=2015
Budapest Memorandum	kind=agreement	alias=Budapest Memorandum on Security Assurances	sponsor=United States|United Kingdom|Russia	year=1994
Minsk agreements	kind=agreement	alias=Minsk Agreements|Minsk accords|Minsk Accords|Minsk II|Minsk Protocol	sponsor=Russia|Ukraine|France|Germany	year=2015
Normandy format	kind=summit	alias=Normandy Format|Normandy Four	sponsor=France|Germany|Russia|Ukraine	year=2014
Astana format	kind=summit	alias=Astana process|Astana talks|Astana Format	sponsor=Russia|Turkey|Iran	year=2017
Moscow format	kind=summit	alias=Moscow Format|Moscow format consultations	sponsor=Russia	year=2017
Doha Agreement	kind=agreement	alias=Agreement for Bringing Peace to Afghanistan|Doha accord|US-Taliban deal|US–Taliban agreement	sponsor=United States|Taliban	year=2020
Istanbul Process	kind=initiative	alias=Heart of Asia–Istanbul Process|Heart of Asia-Istanbul Process|Heart of Asia	sponsor=Afghanistan|Turkey	year=2011
Black Sea Grain Initiative	kind=agreement	alias=grain deal|Black Sea grain deal	sponsor=United Nations|Turkey	year=2022
Montreux Convention	kind=agreement	alias=Montreux Convention Regarding the Regime of the Straits|Montreux convention	year=1936
Mine Countermeasures Naval Group in the Black Sea	kind=initiative	alias=MCM Black Sea|Black Sea Mine Countermeasures Task Group|Mine Countermeasures Naval Group	sponsor=Turkey|Romania|Bulgaria	year=2024
Crimea Platform	kind=initiative	alias=Crimean Platform	sponsor=Ukraine	year=2021
Ukraine Defense Contact Group	kind=summit	alias=Ramstein format|Ramstein group|Ukraine Defence Contact Group	acronym=UDCG	sponsor=United States	year=2022
Peace Formula	kind=initiative	alias=Ukrainian Peace Formula|peace formula	sponsor=Ukraine	year=2022
Helsinki Final Act	kind=agreement	alias=Helsinki Accords	year=1975
Summit on Peace in Ukraine	kind=summit	alias=Ukraine peace summit|Bürgenstock summit|Burgenstock summit|Ukraine Peace Summit	sponsor=Switzerland|Ukraine	year=2024
Ukraine Facility	kind=initiative	sponsor=European Union	year=2024
Extraordinary Revenue Acceleration loans	kind=initiative	alias=ERA loans|Extraordinary Revenue Acceleration Loans|Extraordinary Revenue Acceleration loan	year=2024
Solidarity Lanes	kind=corridor	alias=EU–Ukraine Solidarity Lanes|EU-Ukraine Solidarity Lanes	sponsor=European Union	year=2022
5+2 format	kind=summit	alias=5+2 talks|5+2 negotiations|5+2 Format	year=2005
Geneva International Discussions	kind=summit	year=2008
Association Agreement	kind=agreement	alias=Association Agreements|EU Association Agreement|EU–Ukraine Association Agreement|EU-Ukraine Association Agreement|EU–Moldova Association Agreement|EU-Moldova Association Agreement|EU–Georgia Association Agreement|EU-Georgia Association Agreement	sponsor=European Union	year=2014
Comprehensive and Enhanced Partnership Agreement	kind=agreement	alias=EU–Armenia Comprehensive and Enhanced Partnership Agreement|EU-Armenia Comprehensive and Enhanced Partnership Agreement	sponsor=European Union|Armenia	year=2017
Korean Armistice Agreement	kind=agreement	alias=Korean War Armistice Agreement|Korean Armistice	year=1953
Six-Party Talks	kind=summit	alias=Six-Party talks|six-party talks	year=2003
Agreed Framework	kind=agreement	alias=US–North Korea Agreed Framework|US-North Korea Agreed Framework	sponsor=United States|North Korea	year=1994
Shanghai Communiqué	kind=agreement	alias=Shanghai Communique	sponsor=United States|China	year=1972
Taiwan Relations Act	kind=agreement	acronym=TRA	sponsor=United States	year=1979
Simla Agreement	kind=agreement	alias=Shimla Agreement	sponsor=India|Pakistan	year=1972
Doha process	kind=summit	alias=Doha Process	sponsor=United Nations	year=2023

# --- Pipelines ---
Motihari–Amlekhgunj pipeline	kind=pipeline	alias=Motihari-Amlekhgunj pipeline|Motihari–Amlekhgunj petroleum pipeline|Motihari-Amlekhgunj petroleum pipeline	sponsor=India|Nepal	year=2019
Niger–Benin oil pipeline	kind=pipeline	alias=Niger-Benin oil pipeline|Niger–Benin pipeline|Niger-Benin pipeline|Niger-Benin Oil Pipeline	sponsor=China National Petroleum Corporation	year=2024
Power of Siberia	kind=pipeline	alias=Power of Siberia 1|Power of Siberia-1	sponsor=Gazprom|China National Petroleum Corporation	year=2019
Power of Siberia 2	kind=pipeline	alias=Power of Siberia-2|Power of Siberia II	sponsor=Gazprom|China National Petroleum Corporation
Central Asia–China gas pipeline	kind=pipeline	alias=Central Asia-China gas pipeline|Central Asia-China line|Central Asia–China line|Line A|Line B|Line C|Central Asia–China Gas Pipeline|Central Asia-China Gas Pipeline|Turkmenistan–China gas pipeline|Turkmenistan-China gas pipeline|Central Asia–China pipeline|Central Asia-China pipeline	sponsor=China National Petroleum Corporation|Turkmenistan	year=2009
Central Asia–China gas pipeline Line D	kind=pipeline	alias=Line D|line D|Central Asia-China gas pipeline Line D	sponsor=China National Petroleum Corporation|Turkmenistan
Far Eastern route	kind=pipeline	alias=Far Eastern Route|Far East route|Far East Route	sponsor=Gazprom|China National Petroleum Corporation	year=2022
Kazakhstan–China oil pipeline	kind=pipeline	alias=Kazakhstan-China oil pipeline|Kazakhstan–China pipeline|Kazakhstan-China pipeline|Atasu–Alashankou pipeline|Atasu-Alashankou pipeline	sponsor=Kazakhstan|China	year=2006
Central Asia-Center pipeline	kind=pipeline	alias=Central Asia-Center gas pipeline|Central Asia–Center system|Central Asia-Center system|Central Asia–Centre system|Central Asia-Centre system|Central Asia–Centre pipeline|Central Asia-Centre pipeline|Central Asia–Center pipeline|Central Asia–Center gas pipeline|Central Asia–Centre gas pipeline|Central Asia-Centre gas pipeline	acronym=CAC
TAPI pipeline	kind=pipeline	alias=Turkmenistan–Afghanistan–Pakistan–India pipeline|Turkmenistan-Afghanistan-Pakistan-India pipeline|Turkmenistan–Afghanistan–Pakistan–India gas pipeline|Turkmenistan-Afghanistan-Pakistan-India gas pipeline	acronym=TAPI	sponsor=Turkmenistan|Afghanistan|Pakistan|India	year=2015
Trans-Caspian Gas Pipeline	kind=pipeline	alias=Trans-Caspian gas pipeline|Trans-Caspian pipeline|Trans-Caspian Pipeline	acronym=TCGP
Caspian Pipeline Consortium	kind=pipeline	alias=CPC pipeline|Caspian Pipeline Consortium pipeline	sponsor=Kazakhstan|Russia	year=2001
Baku–Tbilisi–Ceyhan pipeline	kind=pipeline	alias=Baku-Tbilisi-Ceyhan pipeline|Baku–Tbilisi–Ceyhan oil pipeline|Baku-Tbilisi-Ceyhan oil pipeline	acronym=BTC	sponsor=Azerbaijan|Georgia|Turkey	year=2006
South Caucasus Pipeline	kind=pipeline	alias=Baku–Tbilisi–Erzurum pipeline|Baku-Tbilisi-Erzurum pipeline	acronym=SCP	sponsor=Azerbaijan|Georgia|Turkey	year=2006
Southern Gas Corridor	kind=corridor	acronym=SGC	sponsor=European Union|Azerbaijan	year=2018
Trans-Anatolian Natural Gas Pipeline	kind=pipeline	alias=Trans-Anatolian Pipeline|Trans-Anatolian gas pipeline	acronym=TANAP	sponsor=Azerbaijan|Turkey	year=2018
Trans Adriatic Pipeline	kind=pipeline	alias=Trans-Adriatic Pipeline	acronym=TAP	year=2020
Nord Stream	kind=pipeline	alias=Nord Stream 1|Nord Stream pipeline	sponsor=Gazprom	year=2011
Nord Stream 2	kind=pipeline	alias=Nord Stream II	sponsor=Gazprom	year=2021
TurkStream	kind=pipeline	alias=Turkish Stream|TurkStream pipeline	sponsor=Gazprom|Turkey	year=2020
Balkan Stream	kind=pipeline	alias=Balkan Stream pipeline	sponsor=Bulgaria|Serbia|Hungary	year=2021
Blue Stream	kind=pipeline	sponsor=Gazprom|Turkey	year=2003
Yamal–Europe pipeline	kind=pipeline	alias=Yamal-Europe pipeline|Yamal–Europe gas pipeline|Yamal-Europe gas pipeline	sponsor=Gazprom
Druzhba pipeline	kind=pipeline	alias=Druzhba|Druzhba oil pipeline|Friendship pipeline	sponsor=Soviet Union	year=1964
Eastern Siberia–Pacific Ocean oil pipeline	kind=pipeline	alias=Eastern Siberia-Pacific Ocean oil pipeline|Eastern Siberia–Pacific Ocean pipeline|Eastern Siberia-Pacific Ocean pipeline	acronym=ESPO	sponsor=Transneft
CASA-1000	kind=initiative	alias=CASA 1000|Central Asia–South Asia power project|Central Asia-South Asia power project	sponsor=Kyrgyzstan|Tajikistan|Afghanistan|Pakistan	year=2016
Nabucco pipeline	kind=pipeline	alias=Nabucco West|Nabucco gas pipeline
Urengoy–Pomary–Uzhhorod pipeline	kind=pipeline	alias=Urengoy-Pomary-Uzhhorod pipeline|Urengoy–Pomary–Uzhgorod pipeline|Urengoy-Pomary-Uzhgorod pipeline|Brotherhood pipeline|Bratstvo pipeline	sponsor=Soviet Union
Interconnector Greece–Bulgaria	kind=pipeline	alias=Interconnector Greece-Bulgaria|Greece–Bulgaria Interconnector|Greece-Bulgaria Interconnector|Greece–Bulgaria interconnector|Greece-Bulgaria interconnector	acronym=IGB	sponsor=Greece|Bulgaria	year=2022
Vertical Gas Corridor	kind=corridor	alias=Vertical Corridor
Baltic Pipe	kind=pipeline	alias=Baltic Pipe pipeline	sponsor=Poland|Denmark	year=2022
Gas Interconnection Poland–Lithuania	kind=pipeline	alias=Gas Interconnection Poland-Lithuania|Poland–Lithuania gas interconnector|Poland-Lithuania gas interconnector	acronym=GIPL	sponsor=Poland|Lithuania	year=2022
Balticconnector	kind=pipeline	alias=Balticconnector pipeline|Balticconnector gas pipeline	sponsor=Estonia|Finland
Iran–Pakistan gas pipeline	kind=pipeline	alias=Iran-Pakistan gas pipeline|Iran–Pakistan pipeline|Iran-Pakistan pipeline|Peace Pipeline|Peace pipeline	sponsor=Iran|Pakistan
Iran–Pakistan–India pipeline	kind=pipeline	alias=Iran-Pakistan-India pipeline|Iran–Pakistan–India gas pipeline|IPI pipeline	acronym=IPI	sponsor=Iran|Pakistan|India
Myanmar–China oil and gas pipelines	kind=pipeline	alias=Myanmar-China oil and gas pipelines|China–Myanmar oil and gas pipelines|China-Myanmar oil and gas pipelines|Myanmar–China pipelines|Myanmar-China pipelines|China–Myanmar pipelines|China-Myanmar pipelines|Myanmar–China pipeline|Myanmar-China pipeline|China–Myanmar pipeline|China-Myanmar pipeline	sponsor=China National Petroleum Corporation
East African Crude Oil Pipeline	kind=pipeline	alias=East Africa Crude Oil Pipeline	acronym=EACOP	sponsor=Uganda|Tanzania|TotalEnergies
Trans-Saharan Gas Pipeline	kind=pipeline	alias=Trans-Saharan gas pipeline|Trans-Saharan pipeline|Trans-Sahara Gas Pipeline	acronym=TSGP	sponsor=Nigeria|Niger|Algeria

# --- Hydropower, water and power projects ---
Black Sea submarine cable agreement	kind=agreement	alias=Black Sea submarine cable|Black Sea submarine electricity cable|Black Sea Submarine Cable|Black Sea undersea cable	sponsor=Azerbaijan|Georgia|Romania|Hungary	year=2022
Central Asia–Azerbaijan green energy corridor	kind=corridor	alias=Central Asia-Azerbaijan green energy corridor|Central Asia–Azerbaijan Green Energy Corridor|Central Asia-Azerbaijan Green Energy Corridor|Central Asia–Azerbaijan–Europe green energy corridor|Central Asia-Azerbaijan-Europe green energy corridor|Azerbaijan–Central Asia Green Energy Corridor|Azerbaijan-Central Asia Green Energy Corridor|Azerbaijan–Central Asia green energy corridor|Azerbaijan-Central Asia green energy corridor|Azerbaijan–Kazakhstan–Uzbekistan green energy corridor|Azerbaijan-Kazakhstan-Uzbekistan green energy corridor|Trans-Caspian green energy corridor|Caspian green energy corridor|Caspian Green Energy Corridor|green energy corridor	sponsor=Azerbaijan|Kazakhstan|Uzbekistan	year=2024
Rogun	kind=initiative	alias=Rogun Dam|Rogun dam|Rogun hydropower plant|Rogun Hydropower Plant|Rogun HPP|Rogun hydropower project	sponsor=Tajikistan
Kambarata-1	kind=initiative	alias=Kambarata-1 hydropower plant|Kambarata-1 HPP|Kambarata 1|Kambar-Ata-1	sponsor=Kyrgyzstan|Kazakhstan|Uzbekistan
Qosh Tepa canal	kind=initiative	alias=Qosh Tepa Canal|Qosh Tepa|Qush Tepa canal|Qush Tepa Canal	sponsor=Taliban	year=2022
Grand Ethiopian Renaissance Dam	kind=initiative	alias=Renaissance Dam|Grand Renaissance Dam	acronym=GERD	sponsor=Ethiopia	year=2011
Estlink 1	kind=initiative	alias=Estlink-1|EstLink 1	sponsor=Estonia|Finland	year=2006
Estlink 2	kind=initiative	alias=Estlink-2|EstLink 2	sponsor=Elering|Fingrid	year=2014
BRELL	kind=agreement	alias=BRELL ring|BRELL power ring|BRELL energy ring|BRELL grid	sponsor=Belarus|Russia|Estonia|Latvia|Lithuania	year=2001
NordBalt	kind=pipeline	alias=NordBalt cable|NordBalt interconnector|NordBalt link	sponsor=Lithuania|Sweden	year=2015
LitPol Link	kind=pipeline	alias=LitPol link|LitPol interconnector	sponsor=Lithuania|Poland	year=2015
Harmony Link	kind=pipeline	alias=Harmony Link interconnector|Harmony link	sponsor=Lithuania|Poland
Arun III	kind=initiative	alias=Arun-3|Arun 3|Arun III hydropower project|Arun-3 hydropower project	sponsor=India|Nepal
Upper Karnali hydropower project	kind=initiative	alias=Upper Karnali|Upper Karnali project	sponsor=India|Nepal
Pancheshwar Multipurpose Project	kind=initiative	alias=Pancheshwar project|Pancheshwar dam	sponsor=India|Nepal
Neptun Deep	kind=initiative	alias=Neptun Deep gas field|Neptun Deep field|Neptun Deep project	sponsor=Romania	year=2023
Sakarya gas field	kind=initiative	alias=Sakarya field|Sakarya Gas Field	sponsor=Turkey	year=2020

# --- Transport corridors and railways ---
Kerung–Kathmandu railway	kind=corridor	alias=Kerung-Kathmandu railway|Kerung–Kathmandu Railway|Kerung-Kathmandu Railway|Kathmandu–Kerung railway|Kathmandu-Kerung railway	sponsor=China|Nepal
Trans-Himalayan Multi-dimensional Connectivity Network	kind=corridor	alias=Trans-Himalayan Multi-Dimensional Connectivity Network|Trans-Himalayan connectivity network	sponsor=China|Nepal	year=2019
Trans-Caspian International Transport Route	kind=corridor	alias=Middle Corridor|Trans-Caspian Transport Corridor|middle corridor|Trans-Caspian route	acronym=TITR	sponsor=Kazakhstan|Azerbaijan|Georgia|Turkey
International North-South Transport Corridor	kind=corridor	alias=International North–South Transport Corridor|North–South Transport Corridor|North-South Transport Corridor|North–South corridor|North-South corridor	acronym=INSTC	sponsor=Russia|Iran|India	year=2000
China–Pakistan Economic Corridor	kind=corridor	alias=China-Pakistan Economic Corridor	acronym=CPEC	sponsor=China|Pakistan	year=2013
China-Kyrgyzstan-Uzbekistan railway	kind=corridor	alias=China–Kyrgyzstan–Uzbekistan railway|China–Kyrgyzstan–Uzbekistan Railway|China-Kyrgyzstan-Uzbekistan Railway|CKU railway	acronym=CKU	sponsor=China|Kyrgyzstan|Uzbekistan	year=2024
Trans-Afghan Railway	kind=corridor	alias=Trans-Afghan railway|Uzbekistan–Afghanistan–Pakistan railway|Uzbekistan-Afghanistan-Pakistan railway|Uzbekistan–Afghanistan–Pakistan (UAP) railway|Uzbekistan-Afghanistan-Pakistan (UAP) railway|UAP railway	acronym=UAP	sponsor=Uzbekistan|Afghanistan|Pakistan
Rasht-Astara railway	kind=corridor	alias=Rasht–Astara railway|Rasht-Astara Railway|Rasht–Astara Railway	sponsor=Russia|Iran	year=2023
Lapis Lazuli Corridor	kind=corridor	sponsor=Afghanistan|Turkmenistan|Azerbaijan|Georgia|Turkey	year=2017
Baku-Tbilisi-Kars railway	kind=corridor	alias=Baku–Tbilisi–Kars railway|Baku–Tbilisi–Kars Railway|Baku-Tbilisi-Kars Railway	acronym=BTK	sponsor=Azerbaijan|Georgia|Turkey	year=2017
Anaklia deep-sea port	kind=initiative	alias=Anaklia port|Anaklia Port|port of Anaklia|Anaklia Deep Sea Port|Anaklia deep sea port|Anaklia	sponsor=Georgia
2020 Nagorno-Karabakh ceasefire agreement	kind=agreement	alias=November 2020 ceasefire statement|November 2020 trilateral statement|November 2020 ceasefire|2020 Nagorno-Karabakh ceasefire statement|2020 ceasefire statement|trilateral statement of 10 November 2020|10 November 2020 ceasefire statement	sponsor=Russia|Armenia|Azerbaijan	year=2020
Zangezur corridor	kind=corridor	alias=Zangezur Corridor	sponsor=Azerbaijan
Trump Route for International Peace and Prosperity	kind=corridor	alias=Trump Route	acronym=TRIPP	sponsor=United States|Armenia|Azerbaijan	year=2025
Crossroads of Peace	kind=initiative	sponsor=Armenia	year=2023
Doi Moi	kind=initiative	alias=Đổi Mới|Doi Moi reforms	sponsor=Vietnam	year=1986
Bamboo diplomacy	kind=concept	alias=bamboo diplomacy	sponsor=Vietnam
Nakhchivan Agreement	kind=agreement	alias=Nakhchivan agreement	sponsor=Turkey|Azerbaijan|Kazakhstan|Kyrgyzstan	year=2009
Northern Sea Route	kind=corridor	acronym=NSR	sponsor=Russia
Trans-Siberian Railway	kind=corridor	alias=Trans-Siberian railway|Trans-Siberian
Baikal–Amur Mainline	kind=corridor	alias=Baikal-Amur Mainline
China–Europe Railway Express	kind=corridor	alias=China-Europe Railway Express|China–Europe freight trains|China-Europe freight trains	sponsor=China	year=2011
Ashgabat Agreement	kind=agreement	alias=Ashgabat agreement	sponsor=Iran|Oman|Turkmenistan|Uzbekistan	year=2011
Transport Corridor Europe–Caucasus–Asia	kind=corridor	alias=Transport Corridor Europe-Caucasus-Asia	acronym=TRACECA	sponsor=European Union	year=1993
Karakoram Highway	kind=corridor	acronym=KKH	sponsor=China|Pakistan
Kartarpur Corridor	kind=corridor	alias=Kartarpur corridor	sponsor=India|Pakistan	year=2019
Kaladan Multi-Modal Transit Transport Project	kind=corridor	alias=Kaladan Multimodal Transit Transport Project|Kaladan project|Kaladan corridor|Kaladan Multi-Modal Transit Transport	sponsor=India|Myanmar	year=2008
China–Laos Railway	kind=corridor	alias=China-Laos Railway|China–Laos railway|China-Laos railway|Laos–China Railway|Laos-China Railway|Laos–China railway|Laos-China railway	sponsor=China|Laos	year=2021
Development Road	kind=corridor	alias=Development Road project|Iraq Development Road	sponsor=Iraq|Turkey	year=2023
LAPSSET Corridor	kind=corridor	alias=Lamu Port, South Sudan, Ethiopia Transport Corridor|Lamu Port–South Sudan–Ethiopia Transport Corridor|Lamu Port-South Sudan-Ethiopia Transport Corridor|LAPSSET corridor	acronym=LAPSSET	sponsor=Kenya|South Sudan|Ethiopia	year=2012
Mombasa–Nairobi Standard Gauge Railway	kind=corridor	alias=Mombasa-Nairobi Standard Gauge Railway|Mombasa–Nairobi SGR|Mombasa-Nairobi SGR|Mombasa–Nairobi railway|Mombasa-Nairobi railway	sponsor=Kenya|China	year=2017
Addis Ababa–Djibouti Railway	kind=corridor	alias=Addis Ababa-Djibouti Railway|Addis Ababa–Djibouti railway|Addis Ababa-Djibouti railway|Ethio-Djibouti Railway|Ethiopia–Djibouti railway|Ethiopia-Djibouti railway	sponsor=Ethiopia|Djibouti	year=2016
TAZARA Railway	kind=corridor	alias=Tanzania–Zambia Railway|Tanzania-Zambia Railway|TAZARA railway|Tazara railway|Tanzania–Zambia railway|Tanzania-Zambia railway	acronym=TAZARA	sponsor=China|Tanzania|Zambia	year=1975
Rail Baltica	kind=corridor	sponsor=Estonia|Latvia|Lithuania

# --- Forums and dialogues ---
St. Petersburg International Economic Forum	kind=summit	alias=St Petersburg International Economic Forum|Saint Petersburg International Economic Forum	acronym=SPIEF	sponsor=Russia	year=1997
Eastern Economic Forum	kind=summit	acronym=EEF	sponsor=Russia	year=2015
Astana International Forum	kind=summit	acronym=AIF	sponsor=Kazakhstan	year=2023
Tashkent International Investment Forum	kind=summit	sponsor=Uzbekistan
Boao Forum for Asia	kind=summit	alias=Boao Forum	sponsor=China	year=2001
Munich Security Conference	kind=summit	acronym=MSC	year=1963
Shangri-La Dialogue	kind=summit	year=2002
Raisina Dialogue	kind=summit	sponsor=India	year=2016
Beijing Xiangshan Forum	kind=summit	alias=Xiangshan Forum	sponsor=China	year=2006
Manama Dialogue	kind=summit	alias=IISS Manama Dialogue	year=2004
Nuclear Security Summit	kind=summit	alias=Nuclear Security Summits	sponsor=United States	year=2010
East Asia Summit	kind=summit	acronym=EAS	year=2005
ASEAN Regional Forum	kind=summit	acronym=ARF	year=1994
ADMM-Plus	kind=summit	alias=ADMM Plus|ASEAN Defence Ministers' Meeting-Plus|ASEAN Defence Ministers' Meeting Plus	year=2010
ASEAN Plus Three	kind=summit	alias=ASEAN+3|ASEAN + 3	year=1997
Tokyo International Conference on African Development	kind=summit	acronym=TICAD	sponsor=Japan	year=1993
European Political Community	kind=summit	year=2022
Arctic Circle Assembly	kind=summit	year=2013
Investors Forum for EU–Central Asia Transport Connectivity	kind=summit	alias=Global Gateway Investors Forum for EU–Central Asia Transport Connectivity|Global Gateway Investors Forum for EU-Central Asia Transport Connectivity|EU–Central Asia Investors Forum on Transport Connectivity|EU-Central Asia Investors Forum on Transport Connectivity|Investors Forum for EU-Central Asia Transport Connectivity|EU–Central Asia Investors Forum|EU-Central Asia Investors Forum	sponsor=European Union	year=2024
KazanForum	kind=summit	alias=Kazan Forum|Russia–Islamic World: KazanForum|Russia-Islamic World: KazanForum	sponsor=Russia	year=2009

# --- Maritime Asia ---
United Nations Convention on the Law of the Sea	kind=agreement	acronym=UNCLOS	alias=Law of the Sea Convention|UN Convention on the Law of the Sea	year=1982
Declaration on the Conduct of Parties in the South China Sea	kind=agreement	alias=Declaration on the Conduct of Parties	acronym=DOC	sponsor=Association of Southeast Asian Nations|China	year=2002
Code of Conduct in the South China Sea	kind=agreement	acronym=COC	alias=South China Sea code of conduct|code of conduct in the South China Sea	sponsor=Association of Southeast Asian Nations|China
Five Power Defence Arrangements	kind=agreement	alias=Five Power Defense Arrangements	acronym=FPDA	sponsor=United Kingdom|Australia|New Zealand|Malaysia|Singapore	year=1971
ANZUS Treaty	kind=agreement	alias=Australia, New Zealand and United States Security Treaty|ANZUS Pact	acronym=ANZUS	sponsor=Australia|New Zealand|United States	year=1951
US–Japan Security Treaty	kind=agreement	alias=US-Japan Security Treaty|U.S.-Japan Security Treaty|Japan–US Security Treaty|Japan-US Security Treaty|Japan-U.S. Security Treaty|Treaty of Mutual Cooperation and Security between the United States and Japan	sponsor=United States|Japan	year=1960

# --- South Caucasus ---
OSCE Minsk Group	kind=institution	alias=Minsk Group|Minsk process	year=1992
3+3 format	kind=summit	alias=3+3 platform|3+3 Format|3+3 regional platform	sponsor=Russia|Turkey|Iran	year=2021

# --- The Arctic and the Pacific ---
Arctic Council	kind=organization	year=1996
Ottawa Declaration	kind=agreement	alias=Declaration on the Establishment of the Arctic Council	year=1996
Chennai–Vladivostok maritime corridor	kind=corridor	alias=Chennai-Vladivostok maritime corridor|Eastern Maritime Corridor|Chennai–Vladivostok Maritime Corridor|Chennai-Vladivostok Maritime Corridor	sponsor=India|Russia
China–Pacific Island Countries Common Development Vision	kind=initiative	alias=China-Pacific Island Countries Common Development Vision	sponsor=China	year=2022
2050 Strategy for the Blue Pacific Continent	kind=initiative	alias=Blue Pacific 2050 Strategy	year=2022
Ilulissat Declaration	kind=agreement	sponsor=United States|Russia|Canada|Norway|Denmark	year=2008
Svalbard Treaty	kind=agreement	alias=Spitsbergen Treaty|Treaty of Spitsbergen|Treaty concerning Spitsbergen	year=1920
Polar Code	kind=agreement	alias=International Code for Ships Operating in Polar Waters
Barents Euro-Arctic Council	kind=organization	alias=Barents Euro–Arctic Council	acronym=BEAC	year=1993
Pacific Islands Forum	kind=organization	alias=South Pacific Forum	year=1971
China–Solomon Islands security agreement	kind=agreement	alias=China-Solomon Islands security agreement|China–Solomon Islands security pact|China-Solomon Islands security pact|Solomon Islands–China security agreement|Solomon Islands-China security agreement	sponsor=China|Solomon Islands	year=2022

# --- Western Balkans ---
Berlin Process	kind=initiative	sponsor=Germany	year=2014
Open Balkan	kind=initiative	alias=Open Balkans|mini-Schengen|Mini-Schengen	sponsor=Serbia|Albania|North Macedonia	year=2019
Common Regional Market	kind=initiative	acronym=CRM	sponsor=Albania|Bosnia and Herzegovina|Kosovo|Montenegro|North Macedonia|Serbia	year=2020
Growth Plan for the Western Balkans	kind=initiative	alias=New Growth Plan for the Western Balkans	sponsor=European Commission	year=2023
Reform and Growth Facility	kind=initiative	alias=Reform and Growth Facility for the Western Balkans	sponsor=European Commission	year=2024
Stabilisation and Association Agreement	kind=agreement	alias=Stabilization and Association Agreement|Stabilisation and Association Agreements|Stabilization and Association Agreements	acronym=SAA	sponsor=European Union	year=2001
Stabilisation and Association Process	kind=initiative	alias=Stabilization and Association Process	sponsor=European Union	year=1999
Central European Free Trade Agreement	kind=agreement	acronym=CEFTA	year=1992
European Free Trade Association	kind=organization	acronym=EFTA	sponsor=Iceland|Liechtenstein|Norway|Switzerland	year=1960
Agreement on the Path to Normalisation	kind=agreement	alias=Agreement on the Path to Normalization|Agreement on the Path to Normalisation between Kosovo and Serbia|Agreement on the Path to Normalization between Kosovo and Serbia	sponsor=Serbia|Kosovo	year=2023
Brussels Agreement	kind=agreement	alias=First Agreement of Principles Governing the Normalisation of Relations	sponsor=Serbia|Kosovo	year=2013
Prespa Agreement	kind=agreement	sponsor=Greece|North Macedonia	year=2018
Dayton Agreement	kind=agreement	alias=Dayton Accords|Dayton Peace Agreement|General Framework Agreement for Peace in Bosnia and Herzegovina	year=1995
EUFOR Althea	kind=initiative	alias=Operation Althea	sponsor=European Union	year=2004

# --- Latin America and the Caribbean ---
Community of Latin American and Caribbean States	kind=organization	acronym=CELAC	year=2011
China–CELAC Forum	kind=summit	alias=China-CELAC Forum|China–CELAC forum|China-CELAC forum	sponsor=China	year=2015
Mercosur	kind=organization	alias=Mercosul|Southern Common Market	sponsor=Argentina|Brazil|Paraguay|Uruguay	year=1991
EU–Mercosur agreement	kind=agreement	alias=EU-Mercosur agreement|EU–Mercosur trade agreement|EU-Mercosur trade agreement|EU–Mercosur deal|EU-Mercosur deal|Mercosur deal	sponsor=European Union|Mercosur	year=2024
Pacific Alliance	kind=organization	sponsor=Chile|Colombia|Mexico|Peru	year=2011
Bolivarian Alliance for the Peoples of Our America	kind=organization	acronym=ALBA	alias=ALBA–TCP|ALBA-TCP	sponsor=Venezuela|Cuba	year=2004
Union of South American Nations	kind=organization	acronym=UNASUR	alias=Unasur	year=2008
Lima Group	kind=summit	alias=the Lima Group	year=2017
Andean Community	kind=organization	year=1969
Asia-Pacific Economic Cooperation	kind=organization	alias=Asia–Pacific Economic Cooperation	acronym=APEC	year=1989

# --- Africa, the Horn and the Red Sea ---
Intergovernmental Authority on Development	kind=organization	acronym=IGAD	year=1996
East African Community	kind=organization	year=2000
Southern African Development Community	kind=organization	acronym=SADC	year=1992
African Continental Free Trade Area	kind=agreement	acronym=AfCFTA	alias=African Continental Free Trade Agreement	sponsor=African Union	year=2018
Ankara Declaration	kind=agreement	sponsor=Turkey|Ethiopia|Somalia	year=2024
African Union Support and Stabilization Mission in Somalia	kind=initiative	acronym=AUSSOM	alias=African Union Support and Stabilisation Mission in Somalia	sponsor=African Union	year=2025
African Union Transition Mission in Somalia	kind=initiative	acronym=ATMIS	sponsor=African Union	year=2022
African Union Mission to Somalia	kind=initiative	acronym=AMISOM	alias=African Union Mission in Somalia	sponsor=African Union	year=2007
Operation Prosperity Guardian	kind=initiative	sponsor=United States	year=2023
EUNAVFOR Aspides	kind=initiative	alias=Operation Aspides|EU Naval Force Aspides|EUNAVFOR ASPIDES	sponsor=European Union	year=2024
EUNAVFOR Atalanta	kind=initiative	alias=Operation Atalanta|EU Naval Force Atalanta|EUNAVFOR Somalia	sponsor=European Union	year=2008
Djibouti Code of Conduct	kind=agreement	alias=Jeddah Amendment to the Djibouti Code of Conduct	acronym=DCoC	year=2009
Agenda 2063	kind=initiative	sponsor=African Union	year=2013
African Growth and Opportunity Act	kind=agreement	acronym=AGOA	sponsor=United States	year=2000
Mattei Plan	kind=initiative	alias=Mattei Plan for Africa	sponsor=Italy
Nile Basin Initiative	kind=initiative	acronym=NBI	year=1999
G5 Sahel	kind=organization	alias=G5 Sahel Joint Force|G5 Sahel group	sponsor=Mali|Burkina Faso|Niger|Chad|Mauritania	year=2014
Operation Barkhane	kind=initiative	alias=Barkhane|Barkhane force	sponsor=France	year=2014

# --- South Asia and the Bay of Bengal ---
South Asian Association for Regional Cooperation	kind=organization	acronym=SAARC	year=1985
Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation	kind=organization	acronym=BIMSTEC	year=1997
Developing Eight	kind=organization	acronym=D-8	alias=D-8 Organization for Economic Cooperation|Developing-8	year=1997
Ganges Water Treaty	kind=agreement	alias=Ganges water-sharing treaty|Ganga Water Treaty|Ganges treaty	sponsor=India|Bangladesh	year=1996
Indus Waters Treaty	kind=agreement	sponsor=India|Pakistan	year=1960
Indian Ocean Rim Association	kind=organization	acronym=IORA	year=1997
India–United States Civil Nuclear Agreement	kind=agreement	alias=India-United States Civil Nuclear Agreement|US–India civil nuclear deal|US-India civil nuclear deal|India–US civil nuclear deal|India-US civil nuclear deal|Indo-US nuclear deal|Indo-US civil nuclear deal|US–India nuclear deal|US-India nuclear deal|India–US nuclear deal|India-US nuclear deal	sponsor=India|United States	year=2008
International Security Assistance Force	kind=initiative	acronym=ISAF	sponsor=NATO	year=2001
Resolute Support Mission	kind=initiative	alias=Resolute Support|Operation Resolute Support	sponsor=NATO	year=2015
Northern Distribution Network	kind=corridor	sponsor=United States	year=2009

# --- Central Asian water bodies and conventions ---
Interstate Commission for Water Coordination	kind=organization	acronym=ICWC	year=1992
International Fund for Saving the Aral Sea	kind=organization	acronym=IFAS	year=1993
UN Watercourses Convention	kind=agreement	alias=Convention on the Law of the Non-navigational Uses of International Watercourses|UN Watercourses Convention of 1997	year=1997
UNECE Water Convention	kind=agreement	alias=Water Convention|Convention on the Protection and Use of Transboundary Watercourses and International Lakes	year=1992

# --- Indo-Pacific defence agreements ---
Reciprocal Access Agreement	kind=agreement	acronym=RAA	alias=Japan–Philippines Reciprocal Access Agreement
Enhanced Defense Cooperation Agreement	kind=agreement	acronym=EDCA	alias=Enhanced Defence Cooperation Agreement	sponsor=United States|Philippines	year=2014
Visiting Forces Agreement	kind=agreement	acronym=VFA
Mutual Defense Treaty	kind=agreement	acronym=MDT	alias=Mutual Defence Treaty
Official Security Assistance	kind=initiative	acronym=OSA	sponsor=Japan	year=2023
Luzon Economic Corridor	kind=corridor	sponsor=United States|Japan|Philippines	year=2024
Asian NATO	kind=concept	alias=an Asian NATO
ACFTA 3.0	kind=agreement	alias=ASEAN–China Free Trade Area 3.0|ASEAN-China Free Trade Area 3.0|China–ASEAN Free Trade Area 3.0|China-ASEAN Free Trade Area 3.0|CAFTA 3.0	sponsor=China	year=2025
Legislation for Peace and Security	kind=initiative	sponsor=Japan	year=2015
Three Principles on Transfer of Defense Equipment and Technology	kind=concept	alias=Three Principles on Transfer of Defence Equipment and Technology	sponsor=Japan	year=2014

# --- Middle East and the Mediterranean ---
Gulf Cooperation Council	kind=organization	alias=Cooperation Council for the Arab States of the Gulf	acronym=GCC	year=1981
China–Iran 25-year cooperation agreement	kind=agreement	alias=China-Iran 25-year cooperation agreement|Iran–China 25-year cooperation agreement|Iran-China 25-year cooperation agreement|China–Iran 25-year agreement|China-Iran 25-year agreement|25-year Comprehensive Cooperation Agreement|Comprehensive Cooperation Agreement between Iran and China	sponsor=China|Iran	year=2021
Saudi Vision 2030	kind=initiative	sponsor=Saudi Arabia	year=2016
Camp David Accords	kind=agreement	sponsor=United States|Egypt|Israel	year=1978
Egypt–Israel peace treaty	kind=agreement	alias=Egypt-Israel peace treaty|Egyptian–Israeli peace treaty|Egyptian-Israeli peace treaty	sponsor=Egypt|Israel	year=1979
Oslo Accords	kind=agreement	alias=Oslo Accord|Oslo accords|Oslo I Accord	year=1993
Arab Peace Initiative	kind=initiative	sponsor=Saudi Arabia	year=2002
Two-state solution	kind=concept	alias=two-state solution|two state solution
Adana Agreement	kind=agreement	alias=Adana agreement	sponsor=Turkey|Syria	year=1998
UN Security Council Resolution 2231	kind=agreement	alias=Resolution 2231|UNSC Resolution 2231	year=2015
UN Security Council Resolution 1701	kind=agreement	alias=Resolution 1701|UNSC Resolution 1701	year=2006
Snapback mechanism	kind=concept	alias=snapback mechanism|snap-back mechanism|snapback sanctions|snapback provision|snapback|Snapback|snap-back	year=2015
Kirkuk–Ceyhan pipeline	kind=pipeline	alias=Kirkuk-Ceyhan pipeline|Kirkuk–Ceyhan oil pipeline|Kirkuk-Ceyhan oil pipeline|Iraq–Turkey pipeline|Iraq-Turkey pipeline	sponsor=Iraq|Turkey	year=1977
EastMed pipeline	kind=pipeline	alias=EastMed gas pipeline|EastMed Pipeline|Eastern Mediterranean pipeline	sponsor=Greece|Cyprus|Israel
Union for the Mediterranean	kind=organization	acronym=UfM	year=2008
East Mediterranean Gas Forum	kind=organization	alias=Eastern Mediterranean Gas Forum|EastMed Gas Forum	acronym=EMGF	year=2019

# --- LNG and nuclear power projects ---
Arctic LNG 2	kind=initiative	alias=Arctic LNG-2|Arctic LNG 2 project	sponsor=Novatek
Sakhalin-2	kind=initiative	alias=Sakhalin 2|Sakhalin-2 project	sponsor=Gazprom
Sakhalin-1	kind=initiative	alias=Sakhalin 1|Sakhalin-1 project
Akkuyu Nuclear Power Plant	kind=initiative	alias=Akkuyu nuclear power plant|Akkuyu NPP|Akkuyu nuclear plant|Akkuyu	sponsor=Rosatom|Turkey
El Dabaa Nuclear Power Plant	kind=initiative	alias=El Dabaa nuclear power plant|El Dabaa NPP|El Dabaa|El-Dabaa	sponsor=Rosatom|Egypt
Rooppur Nuclear Power Plant	kind=initiative	alias=Rooppur nuclear power plant|Rooppur NPP|Rooppur	sponsor=Rosatom|Bangladesh
Kudankulam Nuclear Power Plant	kind=initiative	alias=Kudankulam nuclear power plant|Kudankulam NPP|Kudankulam	sponsor=Rosatom|India
Belarusian Nuclear Power Plant	kind=initiative	alias=Belarusian nuclear power plant|Ostrovets nuclear power plant|Astravets nuclear power plant|Ostrovets nuclear plant|Astravets nuclear plant|Ostrovets|Astravets	sponsor=Rosatom|Belarus
Dukovany expansion	kind=initiative	alias=Dukovany nuclear power plant|Dukovany	sponsor=Czech Republic
Paks II	kind=initiative	alias=Paks II nuclear power plant|Paks 2|Paks II expansion	sponsor=Rosatom|Hungary

# --- Nuclear security, non-proliferation and arms control ---
Project Sapphire	kind=initiative	sponsor=United States|Kazakhstan	year=1994
Cooperative Threat Reduction program	kind=initiative	alias=Nunn–Lugar Cooperative Threat Reduction program|Nunn-Lugar Cooperative Threat Reduction program|Nunn–Lugar program|Nunn-Lugar program|Nunn–Lugar Act|Nunn-Lugar Act|Cooperative Threat Reduction Program|Cooperative Threat Reduction programme|Cooperative Threat Reduction	sponsor=United States	year=1991
IAEA Low Enriched Uranium Bank	kind=institution	alias=IAEA LEU Bank|Low Enriched Uranium Bank|Low-Enriched Uranium Bank|IAEA Low-Enriched Uranium Bank|LEU Bank|low-enriched uranium bank	sponsor=International Atomic Energy Agency|Kazakhstan	year=2017
Integrated Nuclear Infrastructure Review	kind=initiative	alias=Integrated Nuclear Infrastructure Review mission	acronym=INIR	sponsor=International Atomic Energy Agency
Proliferation Security Initiative	kind=initiative	acronym=PSI	sponsor=United States	year=2003
Treaty on the Prohibition of Nuclear Weapons	kind=agreement	alias=Nuclear Ban Treaty|nuclear ban treaty|Nuclear Weapons Ban Treaty|nuclear weapons ban treaty	acronym=TPNW	year=2017
Chemical Weapons Convention	kind=agreement	acronym=CWC	year=1993
Biological Weapons Convention	kind=agreement	alias=Biological and Toxin Weapons Convention	acronym=BWC	year=1972
Strategic Arms Reduction Treaty	kind=agreement	alias=START I|START I Treaty	sponsor=United States|Soviet Union	year=1991
Anti-Ballistic Missile Treaty	kind=agreement	alias=ABM Treaty	sponsor=United States|Soviet Union	year=1972
Treaty on Conventional Armed Forces in Europe	kind=agreement	alias=CFE Treaty|Conventional Armed Forces in Europe Treaty	year=1990
Treaty on Open Skies	kind=agreement	alias=Open Skies Treaty	year=1992
Ottawa Treaty	kind=agreement	alias=Mine Ban Treaty|Anti-Personnel Mine Ban Convention|Ottawa Convention	year=1997

# --- Export-control and sanctions regimes ---
Nuclear Suppliers Group	kind=organization	acronym=NSG
Missile Technology Control Regime	kind=agreement	acronym=MTCR	year=1987
Wassenaar Arrangement	kind=agreement	year=1996
Countering America's Adversaries Through Sanctions Act	kind=initiative	acronym=CAATSA	sponsor=United States	year=2017
Caesar Act	kind=initiative	alias=Caesar Syria Civilian Protection Act|Caesar Act sanctions	sponsor=United States	year=2019
Magnitsky Act	kind=initiative	alias=Sergei Magnitsky Rule of Law Accountability Act	sponsor=United States	year=2012
Uyghur Forced Labor Prevention Act	kind=initiative	acronym=UFLPA	sponsor=United States	year=2021
Entity List	kind=institution	alias=US Entity List|U.S. Entity List	sponsor=United States
Specially Designated Nationals list	kind=institution	alias=Specially Designated Nationals and Blocked Persons List|SDN list|SDN List	sponsor=Office of Foreign Assets Control
State Sponsors of Terrorism list	kind=institution	alias=State Sponsors of Terrorism|state sponsors of terrorism list	sponsor=United States
Section 301 investigation	kind=initiative	alias=Section 301|Section 301 tariffs	sponsor=United States
Liberation Day tariffs	kind=initiative	alias=Liberation Day|Liberation Day tariff|"Liberation Day" tariffs	sponsor=United States	year=2025
Inflation Reduction Act	kind=initiative	sponsor=United States	year=2022
War Powers Resolution	kind=agreement	alias=War Powers Act	sponsor=United States	year=1973

# --- Transatlantic and European security ---
North Atlantic Treaty	kind=agreement	alias=Washington Treaty	year=1949
NATO–Russia Founding Act	kind=agreement	alias=NATO-Russia Founding Act|Founding Act on Mutual Relations, Cooperation and Security between NATO and the Russian Federation	sponsor=NATO|Russia	year=1997
NATO Strategic Concept	kind=concept	alias=Strategic Concept	sponsor=NATO
Coalition of the Willing	kind=initiative	alias=coalition of the willing	sponsor=United Kingdom|France	year=2025
Reparations Loan	kind=initiative	alias=reparations loan	sponsor=European Union	year=2025
Enhanced Forward Presence	kind=initiative	alias=enhanced Forward Presence	acronym=eFP	sponsor=NATO	year=2016
Baltic Sentry	kind=initiative	sponsor=NATO	year=2025
European Deterrence Initiative	kind=initiative	alias=European Reassurance Initiative	acronym=EDI	sponsor=United States	year=2014
Permanent Structured Cooperation	kind=initiative	acronym=PESCO	sponsor=European Union	year=2017
European Peace Facility	kind=institution	acronym=EPF	sponsor=European Union	year=2021
Strategic Compass	kind=initiative	alias=Strategic Compass for Security and Defence	sponsor=European Union	year=2022
ReArm Europe	kind=initiative	alias=ReArm Europe Plan|ReArm Europe plan|Readiness 2030	sponsor=European Union	year=2025
European Sky Shield Initiative	kind=initiative	alias=European Sky Shield	acronym=ESSI	sponsor=Germany	year=2022
Joint Expeditionary Force	kind=initiative	acronym=JEF	sponsor=United Kingdom	year=2014
Weimar Triangle	kind=summit	sponsor=France|Germany|Poland	year=1991
Bucharest Nine	kind=summit	alias=Bucharest Format|Bucharest Nine format	acronym=B9	sponsor=Poland|Romania	year=2015
Visegrád Group	kind=organization	alias=Visegrad Group|Visegrád Four|Visegrad Four	acronym=V4	sponsor=Poland|Hungary|Czech Republic|Slovakia	year=1991
Three Seas Initiative	kind=initiative	alias=Three Seas|Three Seas initiative	acronym=3SI	sponsor=Poland|Croatia	year=2016
Schengen Area	kind=agreement	alias=Schengen area|Schengen zone|Schengen Agreement|Schengen	year=1985

# --- Military exercises that recur by name (numbered editions, "Zapad-2025", are found by rule) ---
Cobra Gold	kind=initiative	alias=Cobra Gold exercise	sponsor=United States|Thailand	year=1982
Balikatan	kind=initiative	alias=Balikatan exercises|Balikatan exercise	sponsor=United States|Philippines	year=1991
Malabar	kind=initiative	alias=Malabar exercise|Malabar exercises	sponsor=India|United States|Japan|Australia	year=1992
RIMPAC	kind=initiative	alias=Rim of the Pacific Exercise|Rim of the Pacific	sponsor=United States	year=1971
Talisman Sabre	kind=initiative	alias=Talisman Sabre exercise|Talisman Saber	sponsor=Australia|United States	year=2005
Peace Mission	kind=initiative	alias=Peace Mission exercise|Peace Mission exercises	sponsor=Shanghai Cooperation Organisation	year=2005

# --- Other named projects and partnerships ---
Plan Colombia	kind=initiative	sponsor=United States	year=2000
Luban Workshop	kind=initiative	alias=Luban Workshops	sponsor=China	year=2016
Bolashak	kind=initiative	alias=Bolashak scholarships|Bolashak programme|Bolashak scholarship	sponsor=Kazakhstan	year=1993
Erasmus+	kind=initiative	alias=Erasmus Plus	sponsor=European Union
Türkiye Scholarships	kind=initiative	alias=Turkiye Scholarships|Türkiye Burslari	sponsor=Turkey
Everything But Arms	kind=initiative	acronym=EBA	sponsor=European Union	year=2001
EU Forced Labour Regulation	kind=initiative	alias=Forced Labour Regulation|Forced Labor Regulation|EU Forced Labor Regulation	sponsor=European Union	year=2024
EU–Turkey Customs Union	kind=agreement	alias=EU-Turkey Customs Union|EU–Turkey customs union|EU-Turkey customs union	sponsor=European Union|Turkey	year=1995
Mes Aynak	kind=initiative	alias=Mes Aynak copper project|Mes Aynak copper deposit|Mes Aynak concession	sponsor=Afghanistan|China	year=2008
Black Sea Maritime Security Hub	kind=initiative	sponsor=European Union	year=2025
Resilience and Growth Plan for Armenia	kind=initiative	alias=Resilience and Growth Plan	sponsor=European Union	year=2024
Baku to Belém Roadmap to 1.3T	kind=initiative	alias=Baku to Belém Roadmap|Baku-to-Belém Roadmap|Baku to Belem Roadmap	year=2025
Team Europe	kind=initiative	alias=Team Europe approach|Team Europe Initiative|Team Europe initiatives	sponsor=European Union	year=2020
Funan Techo Canal	kind=corridor	alias=Funan Techo canal|Funan Techo	sponsor=Cambodia	year=2024
Soyuz Vostok	kind=pipeline	alias=Soyuz Vostok pipeline|Soyuz Vostok gas pipeline	sponsor=Gazprom|Mongolia	year=2019
Jackson–Vanik amendment	kind=initiative	alias=Jackson-Vanik amendment|Jackson–Vanik Amendment|Jackson-Vanik Amendment|Jackson–Vanik|Jackson-Vanik	sponsor=United States	year=1974
Congress of Leaders of World and Traditional Religions	kind=summit	alias=Congress of World and Traditional Religions	sponsor=Kazakhstan	year=2003
Mavi Vatan	kind=concept	alias=Blue Homeland	sponsor=Turkey	year=2006
SORM	kind=initiative	sponsor=Russia
Digital CASA	kind=initiative	sponsor=World Bank
H2Global	kind=initiative	sponsor=Germany	year=2021
Hyrasia One	kind=initiative	sponsor=Kazakhstan
Sergek	kind=initiative	sponsor=Kazakhstan
Trans-Caspian Fibre Optic	kind=corridor	alias=Trans-Caspian Fiber Optic|Trans-Caspian Fibre Optic cable|Trans-Caspian fibre-optic cable	acronym=TCFO
Digital Silk Way	kind=initiative	sponsor=Azerbaijan
Great Sea Interconnector	kind=corridor	alias=EuroAsia Interconnector
Ohrid Implementation Annex	kind=agreement	sponsor=Serbia|Kosovo	year=2023
Treaty of Amity and Cooperation in Southeast Asia	kind=agreement	alias=Treaty of Amity and Cooperation	acronym=TAC	year=1976
Zone of Peace, Freedom and Neutrality	kind=concept	acronym=ZOPFAN	year=1971
Global Magnitsky sanctions programme	kind=initiative	alias=Global Magnitsky|Global Magnitsky Act|Global Magnitsky sanctions|Global Magnitsky programme	sponsor=United States	year=2016

# --- European defence on the eastern flank ---
East Shield	kind=initiative	alias=Tarcza Wschód|Eastern Shield|East Shield programme	sponsor=Poland	year=2024
Baltic Defence Line	kind=initiative	alias=Baltic Defense Line	sponsor=Estonia|Latvia|Lithuania	year=2024
Eastern Flank Watch	kind=initiative	sponsor=European Union	year=2025
Eastern Sentry	kind=initiative	sponsor=NATO	year=2025
Security Action for Europe	kind=initiative	acronym=SAFE	alias=SAFE instrument	sponsor=European Union	year=2025

# --- Migration regimes ---
Register of controlled persons	kind=initiative	alias=register of controlled persons|controlled persons register|registry of controlled persons	sponsor=Russia	year=2025
CSTO Targeted Interstate Programme for the Tajik–Afghan border	kind=initiative	alias=Interstate Targeted Programme to Strengthen the Tajik-Afghan Border|Interstate Targeted Programme to Strengthen the Tajik–Afghan Border|CSTO Targeted Interstate Programme to Strengthen the Tajik–Afghan Border|CSTO Targeted Interstate Programme to Strengthen the Tajik-Afghan Border|Interstate Targeted Programme|CSTO Targeted Interstate Programme for the Tajik-Afghan border|targeted interstate programme|Targeted Interstate Programme|CSTO targeted programme|CSTO Targeted Interstate Programme	sponsor=Tajikistan	year=2024

# --- Trade regimes and sanctions tools ---
GSP+	kind=initiative	alias=GSP Plus|Generalised Scheme of Preferences Plus|Generalized Scheme of Preferences Plus	sponsor=European Union	year=2014
Anti-circumvention tool	kind=initiative	alias=anti-circumvention tool|anti-circumvention instrument	sponsor=European Union	year=2023
Common High Priority List	kind=initiative	alias=common high priority list|Common High Priority Items List	acronym=CHPL	sponsor=European Union	year=2023
A7A5	kind=initiative	alias=A7A5 stablecoin	year=2025

# --- Cold War alliances still cited ---
Southeast Asia Treaty Organization	kind=organization	alias=South-East Asia Treaty Organisation|Southeast Asia Treaty Organisation	acronym=SEATO	sponsor=United States	year=1954
Central Treaty Organization	kind=organization	alias=Central Treaty Organisation|Baghdad Pact	acronym=CENTO	sponsor=United Kingdom	year=1955

# --- South Asian projects and pilgrimages ---
Medog hydropower project	kind=initiative	alias=Medog hydropower station|Motuo hydropower station|Yarlung Tsangpo hydropower project|lower Yarlung Tsangpo hydropower project|Yarlung Tsangpo lower reaches hydropower project	sponsor=China	year=2025
Kailash Mansarovar Yatra	kind=initiative	alias=Kailash Manasarovar Yatra|Kailash-Mansarovar Yatra	sponsor=India|China

# --- Further formats and agreements named again and again ---
China–Afghanistan–Pakistan trilateral foreign ministers' dialogue	kind=summit	alias=China-Afghanistan-Pakistan trilateral foreign ministers' dialogue|China–Afghanistan–Pakistan Foreign Ministers' Dialogue|China-Afghanistan-Pakistan Foreign Ministers' Dialogue|trilateral foreign ministers' dialogue	sponsor=China	year=2017
Deep and Comprehensive Free Trade Area	kind=agreement	alias=Deep and Comprehensive Free Trade Agreement	acronym=DCFTA	sponsor=European Union	year=2014
Black Sea Synergy	kind=initiative	sponsor=European Union	year=2007
Moldova Support Platform	kind=summit	sponsor=Germany|France|Romania	year=2022
Yamal LNG	kind=initiative	sponsor=Novatek	year=2017
Murmansk LNG	kind=initiative	sponsor=Novatek

# --- Doctrines, slogans and legal concepts analysts cite by their set wording ---
Global War Party	kind=concept	alias=global war party
Near-Arctic state	kind=concept	alias=near-Arctic state|near-Arctic State	sponsor=China	year=2018
Era of national rise	kind=concept	alias=era of national rise|Era of National Rise|era of rising	sponsor=Vietnam	year=2024
Survival-threatening situation	kind=concept	alias=survival-threatening situation	sponsor=Japan	year=2015
Mutually beneficial relationship based on common strategic interests	kind=concept	alias=mutually beneficial relationship based on common strategic interests|strategic mutually beneficial relationship	sponsor=Japan|China	year=2006
One nation, two states	kind=concept	alias=one nation, two states|One Nation, Two States	sponsor=Turkey|Azerbaijan
Fundamentals cluster	kind=concept	alias=fundamentals cluster	sponsor=European Union
Common Turkic Alphabet	kind=initiative	alias=common Turkic alphabet	sponsor=Organization of Turkic States	year=2024
De-risking	kind=concept	alias=de-risking	sponsor=European Union	year=2023
Reciprocal tariffs	kind=initiative	alias=reciprocal tariffs	sponsor=United States	year=2025
Tumen River road bridge	kind=corridor	alias=Tumen River Road Bridge|Tumen road bridge	sponsor=Russia|North Korea	year=2024
Pivot to the East	kind=concept	alias=pivot to the East|pivot to the east|turn to the East|pivot east	sponsor=Russia
Military neutrality	kind=concept	alias=military neutrality	sponsor=Serbia	year=2007
Colour revolution	kind=concept	alias=colour revolution|colour revolutions|color revolution|color revolutions|Colour revolutions
Pragmatic diplomacy	kind=concept	alias=pragmatic diplomacy
Non-alignment	kind=concept	alias=non-alignment|Non-Alignment
Official Development Assistance	kind=initiative	alias=official development assistance	acronym=ODA

# --- Korean Peninsula, Mekong and maritime Southeast Asia ---
Audacious Initiative	kind=initiative	alias=audacious initiative	sponsor=South Korea	year=2022
8.15 Unification Doctrine	kind=concept	alias=August 15 Unification Doctrine|Unification Doctrine	sponsor=South Korea	year=2024
Global Pivotal State	kind=concept	alias=global pivotal state	sponsor=South Korea	year=2022
Nordpolitik	kind=concept	sponsor=South Korea	year=1988
Panmunjom Declaration	kind=agreement	alias=Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula	sponsor=South Korea|North Korea	year=2018
Terminal High Altitude Area Defense	kind=initiative	acronym=THAAD	alias=Terminal High Altitude Area Defence|THAAD system|THAAD battery	sponsor=United States	year=2017
Golden Dome	kind=initiative	alias=Golden Dome for America|Golden Dome missile defence shield|Golden Dome missile-defence system	sponsor=United States	year=2025
Comprehensive Military Agreement	kind=agreement	alias=September 19 military agreement|inter-Korean military agreement	sponsor=South Korea|North Korea	year=2018
Multilateral Sanctions Monitoring Team	kind=initiative	acronym=MSMT	year=2024
Ulaanbaatar Dialogue on Northeast Asian Security	kind=summit	alias=Ulaanbaatar Dialogue	sponsor=Mongolia	year=2014
Mekong River Commission	kind=organization	acronym=MRC	year=1995
Mekong–US Partnership	kind=initiative	alias=Mekong-US Partnership|Mekong–U.S. Partnership	sponsor=United States	year=2020
Greater Mekong Subregion	kind=initiative	alias=Greater Mekong Subregion Economic Cooperation Program	acronym=GMS	year=1992
Kyaukphyu deep-sea port	kind=initiative	alias=Kyaukphyu port|Kyaukphyu deep-sea port project|Kyaukphyu Special Economic Zone	sponsor=China|Myanmar	year=2018
Global Maritime Fulcrum	kind=concept	alias=Global Maritime Axis|World Maritime Axis	sponsor=Indonesia	year=2014
Minerals Security Partnership	kind=initiative	acronym=MSP	sponsor=United States	year=2022
Kyoto Protocol	kind=agreement	year=1997
String of Pearls	kind=concept
