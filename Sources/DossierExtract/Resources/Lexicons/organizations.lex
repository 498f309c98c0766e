@entities actor
# International organisations, state bodies, companies, armed groups, think tanks and media.
# Integration organisations (SCO, CSTO, EAEU, CIS, BRICS, ASEAN, OTS, CICA, ...) and intergovernmental organisations of
# member states (OSCE, WTO, African Union, Arab League, OIC, OAS, Council of Europe, OECD) live in frameworks.lex.
# Deliberately omitted: "Foreign Policy" and "Foreign Affairs" (magazines; too close to common phrases),
# the acronym CCTV (usually means surveillance cameras), the acronym IS (Islamic State; collides with "is").

# --- United Nations system and global bodies ---
United Nations	kind=organization	alias=the United Nations|U.N.	acronym=UN
UN Security Council	kind=organization	alias=United Nations Security Council|U.N. Security Council|Security Council	acronym=UNSC	affiliation=United Nations
UN General Assembly	kind=organization	alias=United Nations General Assembly|U.N. General Assembly|General Assembly	acronym=UNGA	affiliation=United Nations
UN Human Rights Council	kind=organization	alias=United Nations Human Rights Council|Human Rights Council	acronym=UNHRC	affiliation=United Nations
Office of the UN High Commissioner for Human Rights	kind=organization	alias=Office of the United Nations High Commissioner for Human Rights|UN Human Rights Office|UN human rights office|United Nations human rights office|UN rights office	acronym=OHCHR	affiliation=United Nations
UNHCR	kind=organization	alias=UN Refugee Agency|UN refugee agency|United Nations refugee agency|Office of the United Nations High Commissioner for Refugees|United Nations High Commissioner for Refugees	affiliation=United Nations
International Organization for Migration	kind=organization	acronym=IOM	alias=UN Migration Agency|UN migration agency
UN Development Programme	kind=organization	alias=United Nations Development Programme|UN Development Program|United Nations Development Program	acronym=UNDP	affiliation=United Nations
UN Environment Programme	kind=organization	alias=United Nations Environment Programme|UN Environment Program|United Nations Environment Program	acronym=UNEP	affiliation=United Nations
Food and Agriculture Organization	kind=organization	alias=Food and Agriculture Organisation|UN Food and Agriculture Organization	acronym=FAO	affiliation=United Nations
UN Conference on Trade and Development	kind=organization	alias=United Nations Conference on Trade and Development	acronym=UNCTAD	affiliation=United Nations
UNICEF	kind=organization	alias=United Nations Children's Fund|UN Children's Fund|UN children's agency	affiliation=United Nations
World Food Programme	kind=organization	alias=UN World Food Programme|World Food Program|UN food agency	acronym=WFP	affiliation=United Nations
UN Office on Drugs and Crime	kind=organization	alias=United Nations Office on Drugs and Crime	acronym=UNODC	affiliation=United Nations
UN Assistance Mission in Afghanistan	kind=organization	alias=United Nations Assistance Mission in Afghanistan	acronym=UNAMA	affiliation=United Nations
UN Regional Centre for Preventive Diplomacy for Central Asia	kind=organization	alias=United Nations Regional Centre for Preventive Diplomacy for Central Asia	acronym=UNRCCA	affiliation=United Nations
UNESCO	kind=organization	alias=United Nations Educational, Scientific and Cultural Organization	affiliation=United Nations
World Health Organization	kind=organization	alias=World Health Organisation|UN health agency	acronym=WHO	affiliation=United Nations
International Labour Organization	kind=organization	acronym=ILO	alias=International Labour Organisation|International Labor Organization
International Monetary Fund	kind=organization	acronym=IMF
World Bank	kind=organization	alias=World Bank Group|the World Bank
International Atomic Energy Agency	kind=organization	alias=UN nuclear watchdog	acronym=IAEA
IAEA Board of Governors	kind=organization	alias=International Atomic Energy Agency Board of Governors|IAEA board	affiliation=International Atomic Energy Agency
International Energy Agency	kind=organization	acronym=IEA
International Criminal Court	kind=organization	acronym=ICC
International Court of Justice	kind=organization	alias=World Court	acronym=ICJ
Financial Action Task Force	kind=organization	acronym=FATF
International Committee of the Red Cross	kind=organization	acronym=ICRC
SWIFT	kind=organization	alias=Society for Worldwide Interbank Financial Telecommunication

# --- Europe and the transatlantic space ---
European Union	kind=bloc	alias=the European Union|E.U.	acronym=EU	metonym=Brussels
European Commission	kind=organization	alias=the European Commission|EU Commission	affiliation=European Union
European Parliament	kind=organization	alias=the European Parliament	affiliation=European Union
European Council	kind=organization	affiliation=European Union
Council of the European Union	kind=organization	alias=Council of the EU|EU Council	affiliation=European Union
European External Action Service	kind=organization	acronym=EEAS	affiliation=European Union
European Investment Bank	kind=organization	acronym=EIB	affiliation=European Union
European Central Bank	kind=organization	acronym=ECB	affiliation=European Union
European Bank for Reconstruction and Development	kind=organization	acronym=EBRD
KfW	kind=organization	alias=KfW Development Bank|KfW Bankengruppe	affiliation=Germany
Interpol	kind=organization	alias=INTERPOL|International Criminal Police Organization
EULEX	kind=organization	alias=EU Rule of Law Mission in Kosovo	affiliation=European Union
Kosovo Force	kind=organization	acronym=KFOR
UNMIK	kind=organization	alias=UN Interim Administration Mission in Kosovo|United Nations Interim Administration Mission in Kosovo	affiliation=United Nations
Kosovo Police	kind=organization	affiliation=Kosovo
Assembly of Kosovo	kind=organization	alias=Kosovo Assembly	affiliation=Kosovo
Palestinian Authority	kind=organization	affiliation=Palestine
Aga Khan Development Network	kind=organization	acronym=AKDN
Jokargy Kenes	kind=organization	alias=Zhokargy Kenes|Jokargy Kenes of Karakalpakstan	affiliation=Uzbekistan

# --- Other regional bodies, blocs and development banks ---
African Union Peace and Security Council	kind=organization	alias=AU Peace and Security Council|Peace and Security Council	affiliation=African Union
G8	kind=bloc	alias=Group of Eight|G-8
E3	kind=bloc	alias=E3 countries|E3 states|European trio
Asian Development Bank	kind=organization	acronym=ADB
Asian Infrastructure Investment Bank	kind=organization	acronym=AIIB
New Development Bank	kind=organization	alias=BRICS bank|BRICS Bank	acronym=NDB
Eurasian Development Bank	kind=organization	acronym=EDB
Islamic Development Bank	kind=organization	acronym=IsDB
Eurasian Economic Commission	kind=organization	acronym=EEC	affiliation=Eurasian Economic Union
SCO Regional Anti-Terrorist Structure	kind=organization	alias=Regional Anti-Terrorist Structure	acronym=RATS	affiliation=Shanghai Cooperation Organisation
Paris Club	kind=organization
North American Aerospace Defense Command	kind=organization	acronym=NORAD	affiliation=United States
Pakistan Army	kind=organization	alias=Pakistani Army	affiliation=Pakistan
Pakistan Air Force	kind=organization	alias=Pakistani Air Force	acronym=PAF	affiliation=Pakistan
US Army	kind=organization	alias=U.S. Army|United States Army	affiliation=United States

# --- United States ---
US State Department	kind=organization	alias=State Department|U.S. State Department|US Department of State|U.S. Department of State|United States Department of State|Department of State	affiliation=United States	metonym=Foggy Bottom
US Department of Defense	kind=organization	alias=Pentagon|the Pentagon|Department of Defense|Defense Department|U.S. Department of Defense|US Defense Department|U.S. Defense Department|Department of War|War Department	acronym=DoD	affiliation=United States
US Treasury Department	kind=organization	alias=Treasury Department|US Treasury|U.S. Treasury|U.S. Treasury Department|Department of the Treasury|US Department of the Treasury|U.S. Department of the Treasury	affiliation=United States
Office of Foreign Assets Control	kind=organization	acronym=OFAC	affiliation=US Treasury Department
Central Intelligence Agency	kind=organization	acronym=CIA	affiliation=United States
US Congress	kind=organization	alias=Congress|U.S. Congress|United States Congress	affiliation=United States	metonym=Capitol Hill
US Senate	kind=organization	alias=U.S. Senate|United States Senate	affiliation=US Congress
US National Security Council	kind=organization	alias=White House National Security Council|U.S. National Security Council	affiliation=United States
USAID	kind=organization	alias=United States Agency for International Development|U.S. Agency for International Development|US Agency for International Development	affiliation=United States
US International Development Finance Corporation	kind=organization	alias=U.S. International Development Finance Corporation|International Development Finance Corporation|Development Finance Corporation	acronym=DFC	affiliation=United States

# --- Russia: state bodies ---
Rosaviatsia	kind=organization	alias=Federal Air Transport Agency	affiliation=Russia
Rossotrudnichestvo	kind=organization	alias=Russian House|Russian Houses	affiliation=Russia
Russian Ministry of Foreign Affairs	kind=organization	alias=Russian Foreign Ministry|MFA of Russia|Russian MFA|Ministry of Foreign Affairs of the Russian Federation|Ministry of Foreign Affairs of Russia	affiliation=Russia
Russian Ministry of Defence	kind=organization	alias=Russian Defence Ministry|Russian Defense Ministry|Russian Ministry of Defense|Ministry of Defence of the Russian Federation|Ministry of Defense of the Russian Federation	affiliation=Russia
Russian General Staff	kind=organization	alias=General Staff of the Russian Armed Forces|General Staff of the Armed Forces of the Russian Federation	affiliation=Russia
Security Council of Russia	kind=organization	alias=Russian Security Council|Russia's Security Council|Security Council of the Russian Federation	affiliation=Russia
Federal Security Service	kind=organization	alias=Federal Security Service of the Russian Federation|Russian Federal Security Service	acronym=FSB	affiliation=Russia
Russian Foreign Intelligence Service	kind=organization	alias=Foreign Intelligence Service of the Russian Federation	acronym=SVR	affiliation=Russia
GRU	kind=organization	alias=Main Intelligence Directorate|Main Directorate of the General Staff	affiliation=Russia
KGB	kind=organization	alias=Committee for State Security	affiliation=Soviet Union
State Duma	kind=organization	alias=Russian State Duma|Duma|the Duma	affiliation=Russia
Federation Council	kind=organization	alias=Russian Federation Council|Federation Council of Russia	affiliation=Russia
Bank of Russia	kind=organization	alias=Central Bank of Russia|Russian Central Bank	acronym=CBR	affiliation=Russia
Russian Direct Investment Fund	kind=organization	acronym=RDIF	affiliation=Russia
United Russia	kind=group	alias=United Russia party	affiliation=Russia
Wagner Group	kind=group	alias=Wagner|PMC Wagner|Wagner PMC|Wagner mercenary group	affiliation=Russia
Africa Corps	kind=group	alias=Russian Africa Corps	affiliation=Russia
Black Sea Fleet	kind=organization	alias=Russian Black Sea Fleet	affiliation=Russia
Northern Fleet	kind=organization	alias=Russian Northern Fleet	affiliation=Russia
Baltic Fleet	kind=organization	alias=Russian Baltic Fleet	affiliation=Russia
Caspian Flotilla	kind=organization	alias=Russian Caspian Flotilla	affiliation=Russia
Leningrad Military District	kind=organization	affiliation=Russia
Moscow Military District	kind=organization	affiliation=Russia
Southern Military District	kind=organization	affiliation=Russia
Central Military District	kind=organization	affiliation=Russia
Eastern Military District	kind=organization	affiliation=Russia
Western Military District	kind=organization	affiliation=Russia

# --- Russia: companies ---
Rusal	kind=company	alias=RusAl|United Company Rusal	affiliation=Russia
Rossiya Segodnya	kind=media	affiliation=Russia
Gazprom	kind=company	alias=PJSC Gazprom	affiliation=Russia
Gazprom Neft	kind=company	affiliation=Russia
Gazprombank	kind=company	affiliation=Russia
Rosneft	kind=company	affiliation=Russia
Lukoil	kind=company	alias=LUKOIL
Transneft	kind=company	affiliation=Russia
Novatek	kind=company	alias=NOVATEK
Rosatom	kind=company	alias=State Atomic Energy Corporation Rosatom	affiliation=Russia
Rostec	kind=company	alias=Rostec State Corporation	affiliation=Russia
Rosoboronexport	kind=company	affiliation=Russia
Russian Railways	kind=company	acronym=RZD	affiliation=Russia
Sberbank	kind=company	alias=Sber	affiliation=Russia
VTB	kind=company	alias=VTB Bank	affiliation=Russia
Sovcomflot	kind=company	affiliation=Russia

# --- China: party, state and military bodies ---
Chinese Communist Party	kind=organization	alias=Communist Party of China	acronym=CCP|CPC	affiliation=China
CCP Central Committee	kind=organization	alias=CPC Central Committee|Central Committee of the Communist Party of China|Central Committee of the CPC	affiliation=Chinese Communist Party
Politburo Standing Committee	kind=organization	alias=Standing Committee of the Politburo	acronym=PBSC	affiliation=Chinese Communist Party
Central Commission for Discipline Inspection	kind=organization	acronym=CCDI	affiliation=Chinese Communist Party
Central Foreign Affairs Commission	kind=organization	alias=Office of the Central Foreign Affairs Commission|Central Foreign Affairs Commission Office	affiliation=Chinese Communist Party
Central Military Commission	kind=organization	alias=China's Central Military Commission	acronym=CMC	affiliation=China
Workers' Party of Korea	kind=organization	alias=Workers’ Party of Korea|Korean Workers' Party|Korean Workers’ Party	acronym=WPK	affiliation=North Korea
Central Military Commission of the Workers' Party of Korea	kind=organization	alias=Central Military Commission of the Workers’ Party of Korea	affiliation=Workers' Party of Korea
Korean People's Army	kind=organization	alias=Korean People’s Army	acronym=KPA	affiliation=North Korea
State Council	kind=organization	alias=State Council of the People's Republic of China|Chinese State Council	affiliation=China
National People's Congress	kind=organization	acronym=NPC	affiliation=China
Chinese People's Political Consultative Conference	kind=organization	acronym=CPPCC	affiliation=China
Chinese Ministry of Foreign Affairs	kind=organization	alias=Chinese Foreign Ministry|Chinese MFA|Ministry of Foreign Affairs of the People's Republic of China|Ministry of Foreign Affairs of China	affiliation=China
Chinese Ministry of National Defense	kind=organization	alias=Chinese Defense Ministry|Chinese Defence Ministry|Chinese Ministry of Defense|Ministry of National Defense of the People's Republic of China	affiliation=China
Chinese Ministry of Commerce	kind=organization	alias=Ministry of Commerce of the People's Republic of China|Chinese Commerce Ministry	acronym=MOFCOM	affiliation=China
Ministry of State Security	kind=organization	alias=Chinese Ministry of State Security	acronym=MSS	affiliation=China
National Development and Reform Commission	kind=organization	acronym=NDRC	affiliation=China
China International Development Cooperation Agency	kind=organization	acronym=CIDCA	affiliation=China
People's Liberation Army	kind=organization	alias=Chinese People's Liberation Army|Chinese military	acronym=PLA	affiliation=China
People's Liberation Army Navy	kind=organization	alias=PLA Navy|Chinese navy	affiliation=People's Liberation Army
People's Bank of China	kind=organization	alias=Chinese central bank	acronym=PBOC|PBoC	affiliation=China
Federal Reserve	kind=organization	alias=US Federal Reserve|Federal Reserve Board|Federal Reserve System|the Fed	affiliation=United States
Bank of Japan	kind=organization	alias=Japanese central bank	acronym=BOJ|BoJ	affiliation=Japan
Reserve Bank of India	kind=organization	alias=Indian central bank	acronym=RBI	affiliation=India
State Bank of Pakistan	kind=organization	alias=Pakistani central bank	acronym=SBP	affiliation=Pakistan
Central Bank of Argentina	kind=organization	alias=Banco Central de la República Argentina|Argentine central bank|Argentina's central bank	acronym=BCRA	affiliation=Argentina
Bank of Mexico	kind=organization	alias=Banco de México|Mexican central bank	acronym=Banxico	affiliation=Mexico

# --- China: companies and policy banks ---
China National Petroleum Corporation	kind=company	acronym=CNPC	affiliation=China
PetroChina	kind=company	affiliation=China
Sinopec	kind=company	alias=China Petroleum & Chemical Corporation|China Petrochemical Corporation	affiliation=China
China National Offshore Oil Corporation	kind=company	acronym=CNOOC	affiliation=China
China National Nuclear Corporation	kind=company	acronym=CNNC	affiliation=China
China General Nuclear Power Group	kind=company	alias=China General Nuclear	acronym=CGN	affiliation=China
China Development Bank	kind=organization	acronym=CDB	affiliation=China
Export-Import Bank of China	kind=organization	alias=Exim Bank of China|China Exim Bank|China Eximbank|China EXIM Bank|Chinese Exim Bank|Exim Bank|China's Export-Import Bank|China's Exim Bank	affiliation=China
Silk Road Fund	kind=organization	affiliation=China
China Investment Corporation	kind=organization	acronym=CIC	affiliation=China
Industrial and Commercial Bank of China	kind=company	acronym=ICBC	affiliation=China
Bank of China	kind=company	affiliation=China
State Grid Corporation of China	kind=company	alias=State Grid	affiliation=China
Huawei	kind=company	alias=Huawei Technologies	affiliation=China
ZTE	kind=company	alias=ZTE Corporation	affiliation=China
China Railway Construction Corporation	kind=company	acronym=CRCC	affiliation=China
China Communications Construction Company	kind=company	acronym=CCCC	affiliation=China
China Road and Bridge Corporation	kind=company	acronym=CRBC	affiliation=China
PowerChina	kind=company	alias=Power Construction Corporation of China	affiliation=China
COSCO Shipping	kind=company	alias=China COSCO Shipping|China Ocean Shipping Company	acronym=COSCO	affiliation=China
TBEA	kind=company	alias=TBEA Co.	affiliation=China

# --- Central Asia, the Caucasus and neighbours: state bodies and companies ---
Belaruskali	kind=company	affiliation=Belarus
Belarusian Potash Company	kind=company	acronym=BPC	affiliation=Belarus
Minsk Tractor Works	kind=company	acronym=MTZ	affiliation=Belarus
Minsk Automobile Plant	kind=company	acronym=MAZ	affiliation=Belarus
BelAZ	kind=company	affiliation=Belarus
Amkodor	kind=company	affiliation=Belarus
Gomselmash	kind=company	affiliation=Belarus
Belavia	kind=company	alias=Belavia Belarusian Airlines	affiliation=Belarus
Kazakh Ministry of Foreign Affairs	kind=organization	alias=Kazakh Foreign Ministry|Ministry of Foreign Affairs of Kazakhstan|Ministry of Foreign Affairs of the Republic of Kazakhstan	affiliation=Kazakhstan
Uzbek Ministry of Foreign Affairs	kind=organization	alias=Uzbek Foreign Ministry|Ministry of Foreign Affairs of Uzbekistan|Ministry of Foreign Affairs of the Republic of Uzbekistan	affiliation=Uzbekistan
Kyrgyz Ministry of Foreign Affairs	kind=organization	alias=Kyrgyz Foreign Ministry|Ministry of Foreign Affairs of Kyrgyzstan|Ministry of Foreign Affairs of the Kyrgyz Republic	affiliation=Kyrgyzstan
Tajik Ministry of Foreign Affairs	kind=organization	alias=Tajik Foreign Ministry|Ministry of Foreign Affairs of Tajikistan|Ministry of Foreign Affairs of the Republic of Tajikistan	affiliation=Tajikistan
Turkmen Ministry of Foreign Affairs	kind=organization	alias=Turkmen Foreign Ministry|Ministry of Foreign Affairs of Turkmenistan	affiliation=Turkmenistan
National Security Committee of Kazakhstan	kind=organization	alias=Kazakh National Security Committee	acronym=KNB	affiliation=Kazakhstan
State Committee for National Security of Kyrgyzstan	kind=organization	alias=Kyrgyz State Committee for National Security|State Committee for National Security	acronym=GKNB	affiliation=Kyrgyzstan
Mazhilis	kind=organization	alias=Majilis|Mazhilis of Kazakhstan	affiliation=Kazakhstan
Oliy Majlis	kind=organization	alias=Oliy Majlis of Uzbekistan	affiliation=Uzbekistan
Jogorku Kenesh	kind=organization	alias=Kyrgyz parliament	affiliation=Kyrgyzstan
Majlisi Oli	kind=organization	alias=Tajik parliament	affiliation=Tajikistan
Halk Maslahaty	kind=organization	alias=People's Council of Turkmenistan	affiliation=Turkmenistan
Amanat	kind=group	alias=Amanat party|Nur Otan	affiliation=Kazakhstan
Astana International Financial Centre	kind=organization	alias=Astana International Financial Center	acronym=AIFC	affiliation=Kazakhstan
KazMunayGas	kind=company	alias=KazMunaiGas|National Company KazMunayGas	acronym=KMG	affiliation=Kazakhstan
QazaqGaz	kind=company	alias=KazTransGas	affiliation=Kazakhstan
Kazatomprom	kind=company	affiliation=Kazakhstan
Samruk-Kazyna	kind=organization	alias=Samruk Kazyna	affiliation=Kazakhstan
Kazakhstan Temir Zholy	kind=company	alias=Kazakhstan Railways	acronym=KTZ	affiliation=Kazakhstan
Tengizchevroil	kind=company	acronym=TCO
North Caspian Operating Company	kind=company	acronym=NCOC
Uzbekneftegaz	kind=company	alias=Uzbekneftegas	affiliation=Uzbekistan
Turkmengaz	kind=company	alias=Turkmengas	affiliation=Turkmenistan
Kumtor Gold Company	kind=company	alias=Kumtor	affiliation=Kyrgyzstan
TALCO	kind=company	alias=Tajik Aluminium Company|Tajik Aluminum Company	affiliation=Tajikistan
SOCAR	kind=company	alias=State Oil Company of Azerbaijan Republic|State Oil Company of the Azerbaijan Republic	affiliation=Azerbaijan
Naftogaz	kind=company	alias=Naftogaz of Ukraine	affiliation=Ukraine
Georgian Dream	kind=group	alias=Georgian Dream party	affiliation=Georgia
Justice and Development Party	kind=group	alias=AK Party	acronym=AKP	affiliation=Turkey
Islamic Revolutionary Guard Corps	kind=organization	alias=Islamic Revolutionary Guards Corps|Revolutionary Guards|Revolutionary Guard	acronym=IRGC	affiliation=Iran
Inter-Services Intelligence	kind=organization	acronym=ISI	affiliation=Pakistan
Inter-Services Public Relations	kind=organization	acronym=ISPR	affiliation=Pakistan
BOTAŞ	kind=company	alias=BOTAS|Botaş|Petroleum Pipeline Corporation	affiliation=Turkey
Indian Ministry of External Affairs	kind=organization	alias=Ministry of External Affairs	affiliation=India
Foreign, Commonwealth and Development Office	kind=organization	alias=Foreign Office|British Foreign Office|UK Foreign Office	acronym=FCDO	affiliation=United Kingdom
German Federal Foreign Office	kind=organization	alias=Federal Foreign Office|German Foreign Office|Auswärtiges Amt	affiliation=Germany
Japan International Cooperation Agency	kind=organization	acronym=JICA	affiliation=Japan
State Great Khural	kind=organization	alias=Great State Khural|Mongolian parliament	affiliation=Mongolia
General Administration of Customs	kind=organization	acronym=GACC	affiliation=China

# --- Western energy majors active in the Caspian ---
ExxonMobil	kind=company	alias=Exxon Mobil|Exxon
Chevron	kind=company
Shell	kind=company	alias=Royal Dutch Shell
BP	kind=company	alias=British Petroleum
TotalEnergies	kind=company
Eni	kind=company
Webuild	kind=company	alias=Salini Impregilo	affiliation=Italy

# --- Nuclear power vendors ---
Korea Hydro & Nuclear Power	kind=company	acronym=KHNP	alias=Korea Hydro and Nuclear Power	affiliation=South Korea
Électricité de France	kind=company	acronym=EDF	alias=Electricite de France|Electricité de France	affiliation=France
Westinghouse Electric Company	kind=company	alias=Westinghouse	affiliation=United States
Uranium One	kind=company	affiliation=Russia
Framatome	kind=company	affiliation=France

# --- Armed and militant groups ---
Taliban	kind=organization	alias=the Taliban	affiliation=Afghanistan
Tehrik-i-Taliban Pakistan	kind=group	alias=Tehreek-e-Taliban Pakistan|Pakistani Taliban	acronym=TTP
Islamic State	kind=group	alias=Islamic State of Iraq and Syria|Islamic State of Iraq and the Levant|Daesh	acronym=ISIS|ISIL
Islamic State Khorasan Province	kind=group	alias=ISIS-K|IS-K|Islamic State-Khorasan|Islamic State Khorasan	acronym=ISKP
Islamic State Sahel Province	kind=group	alias=Islamic State in the Greater Sahara|Islamic State – Sahel Province|Islamic State-Sahel Province	acronym=ISSP|ISGS
Jama'at Nusrat al-Islam wal-Muslimin	kind=group	alias=Jama’at Nusrat al-Islam wal-Muslimin|Jamaat Nusrat al-Islam wal-Muslimin|Group for the Support of Islam and Muslims	acronym=JNIM
al-Qaeda	kind=group	alias=Al-Qaeda|al-Qaida|Al-Qaida|al Qaeda|Al Qaeda
East Turkestan Islamic Movement	kind=group	alias=Turkistan Islamic Party|East Turkistan Islamic Movement	acronym=ETIM
Islamic Movement of Uzbekistan	kind=group	acronym=IMU
Hizb ut-Tahrir	kind=group	alias=Hizb-ut-Tahrir
Balochistan Liberation Army	kind=group	acronym=BLA
Hamas	kind=group
Hezbollah	kind=group	alias=Hizbollah
Maersk	kind=company	alias=A.P. Moller-Maersk|A.P. Møller-Mærsk	affiliation=Denmark
APM Terminals	kind=company	affiliation=Denmark
DP World	kind=company	alias=Dubai Ports World	affiliation=United Arab Emirates
Houthis	kind=group	alias=the Houthis|Houthi|Ansar Allah|Ansarallah
Northern Alliance	kind=group	alias=United Islamic Front	affiliation=Afghanistan
Kurdistan Workers' Party	kind=group	alias=Kurdistan Workers’ Party	acronym=PKK
Hayat Tahrir al-Sham	kind=group	acronym=HTS	affiliation=Syria
People's Protection Units	kind=group	alias=People’s Protection Units	acronym=YPG	affiliation=Syria
Syrian Democratic Forces	kind=group	acronym=SDF	affiliation=Syria
Muslim Brotherhood	kind=group
Sudanese Armed Forces	kind=organization	acronym=SAF	affiliation=Sudan
Tigray People's Liberation Front	kind=organization	alias=Tigray People’s Liberation Front	acronym=TPLF	affiliation=Ethiopia
Arakan Army	kind=group	affiliation=Myanmar
Kachin Independence Army	kind=group	acronym=KIA	affiliation=Myanmar
Myanmar National Democratic Alliance Army	kind=group	acronym=MNDAA	affiliation=Myanmar
Ta'ang National Liberation Army	kind=group	alias=Ta’ang National Liberation Army	acronym=TNLA	affiliation=Myanmar
Three Brotherhood Alliance	kind=group	alias=Brotherhood Alliance	affiliation=Myanmar
Boko Haram	kind=group	alias=Jama'atu Ahlis Sunna Lidda'awati wal-Jihad
Islamic State West Africa Province	kind=group	alias=Islamic State in West Africa	acronym=ISWAP
al-Shabaab	kind=group	alias=Al-Shabaab|al-Shabab|Al-Shabab	affiliation=Somalia
M23	kind=group	alias=March 23 Movement|Mouvement du 23 mars	affiliation=Democratic Republic of the Congo
Tren de Aragua	kind=group	affiliation=Venezuela
Sinaloa Cartel	kind=group	alias=Sinaloa cartel	affiliation=Mexico
Jalisco New Generation Cartel	kind=group	acronym=CJNG	affiliation=Mexico
Revolutionary Armed Forces of Colombia	kind=group	acronym=FARC	affiliation=Colombia
National Liberation Army	kind=group	alias=Ejército de Liberación Nacional	acronym=ELN	affiliation=Colombia
Shining Path	kind=group	alias=Sendero Luminoso	affiliation=Peru
Los Choneros	kind=group	affiliation=Ecuador
Los Lobos	kind=group	affiliation=Ecuador

# --- Rights groups and press-freedom watchdogs ---
Committee to Protect Journalists	kind=organization	acronym=CPJ
Reporters Without Borders	kind=organization	acronym=RSF	alias=Reporters sans frontières
Open Society Foundations	kind=organization	acronym=OSF
Freedom House	kind=organization	affiliation=United States
Transparency International	kind=organization
Human Rights Watch	kind=organization	acronym=HRW
Viasna	kind=organization	alias=Viasna Human Rights Centre	affiliation=Belarus
Amnesty International	kind=organization	alias=Amnesty
Cotton Campaign	kind=organization

# --- Think tanks and universities ---
Carnegie Endowment for International Peace	kind=organization	alias=Carnegie Endowment|Carnegie
Carnegie Russia Eurasia Center	kind=organization	alias=Carnegie Russia Eurasia Centre|Carnegie Moscow Center|Carnegie Moscow Centre	affiliation=Carnegie Endowment for International Peace
Brookings Institution	kind=organization	alias=Brookings|the Brookings Institution
Chatham House	kind=organization	alias=Royal Institute of International Affairs
RAND Corporation	kind=organization	alias=RAND|Rand Corporation
Center for Strategic and International Studies	kind=organization	acronym=CSIS
Council on Foreign Relations	kind=organization	acronym=CFR
Atlantic Council	kind=organization
Heritage Foundation	kind=organization	alias=the Heritage Foundation
Wilson Center	kind=organization	alias=Woodrow Wilson International Center for Scholars|Woodrow Wilson Center
Kennan Institute	kind=organization	affiliation=Wilson Center
Jamestown Foundation	kind=organization
Foreign Policy Research Institute	kind=organization	acronym=FPRI
Hudson Institute	kind=organization
American Enterprise Institute	kind=organization	acronym=AEI
Center for a New American Security	kind=organization	acronym=CNAS
Institute for the Study of War	kind=organization	acronym=ISW
Quincy Institute for Responsible Statecraft	kind=organization	alias=Quincy Institute
Stimson Center	kind=organization	alias=Henry L. Stimson Center
German Marshall Fund	kind=organization	alias=German Marshall Fund of the United States	acronym=GMF
Eurasia Group	kind=company
Caspian Policy Center	kind=organization
Oxus Society for Central Asian Affairs	kind=organization	alias=Oxus Society
European Council on Foreign Relations	kind=organization	acronym=ECFR
International Institute for Strategic Studies	kind=organization	acronym=IISS
Royal United Services Institute	kind=organization	acronym=RUSI
Stockholm International Peace Research Institute	kind=organization	acronym=SIPRI
German Institute for International and Security Affairs	kind=organization	alias=Stiftung Wissenschaft und Politik	acronym=SWP
French Institute of International Relations	kind=organization	alias=Institut français des relations internationales	acronym=Ifri|IFRI
Mercator Institute for China Studies	kind=organization	acronym=MERICS
Lowy Institute	kind=organization
International Crisis Group	kind=organization	alias=Crisis Group	acronym=ICG
Observer Research Foundation	kind=organization	acronym=ORF
Valdai Discussion Club	kind=organization	alias=Valdai Club|Valdai	affiliation=Russia
Russian International Affairs Council	kind=organization	acronym=RIAC	affiliation=Russia
Russian Institute for Strategic Studies	kind=organization	acronym=RISS	affiliation=Russia
Institute of World Economy and International Relations	kind=organization	alias=Primakov Institute|Primakov National Research Institute of World Economy and International Relations	acronym=IMEMO	affiliation=Russia
Council on Foreign and Defense Policy	kind=organization	alias=Council for Foreign and Defense Policy	acronym=SVOP
MGIMO	kind=organization	alias=Moscow State Institute of International Relations|MGIMO University	affiliation=Russia
Higher School of Economics	kind=organization	alias=HSE University|National Research University Higher School of Economics
Chinese Academy of Social Sciences	kind=organization	acronym=CASS	affiliation=China
Shanghai Institutes for International Studies	kind=organization	alias=Shanghai Institute for International Studies	acronym=SIIS	affiliation=China
China Institute of International Studies	kind=organization	acronym=CIIS	affiliation=China
China Institutes of Contemporary International Relations	kind=organization	acronym=CICIR	affiliation=China
Kazakhstan Institute for Strategic Studies	kind=organization	alias=Kazakhstan Institute for Strategic Studies under the President of the Republic of Kazakhstan	acronym=KazISS	affiliation=Kazakhstan
# --- Shipping and insurance ---
Lloyd's of London	kind=company	alias=Lloyd’s of London|Lloyd's|Lloyd’s	affiliation=United Kingdom

# --- Defence industry ---
Baykar	kind=company	affiliation=Turkey
Turkish Aerospace	kind=company	alias=Turkish Aerospace Industries|TUSAŞ|TUSAS	affiliation=Turkey

# --- Media ---
Kloop	kind=media	affiliation=Kyrgyzstan
Temirov Live	kind=media	affiliation=Kyrgyzstan
Xinhua	kind=media	alias=Xinhua News Agency	affiliation=China
People's Daily	kind=media	alias=Renmin Ribao	affiliation=Chinese Communist Party
Global Times	kind=media	alias=the Global Times	affiliation=China
China Daily	kind=media	affiliation=China
CGTN	kind=media	alias=China Global Television Network	affiliation=China
China Central Television	kind=media	affiliation=China
Caixin	kind=media	alias=Caixin Global
South China Morning Post	kind=media	acronym=SCMP
TASS	kind=media	alias=Tass	affiliation=Russia
RIA Novosti	kind=media	alias=RIA	affiliation=Russia
RT	kind=media	alias=Russia Today	affiliation=Russia
Sputnik	kind=media	alias=Sputnik News	affiliation=Russia
Interfax	kind=media
Kommersant	kind=media
Vedomosti	kind=media
Izvestia	kind=media	alias=Izvestiya
Rossiyskaya Gazeta	kind=media	affiliation=Russia
Meduza	kind=media
Novaya Gazeta	kind=media	alias=Novaya Gazeta Europe
The Moscow Times	kind=media	alias=Moscow Times
Reuters	kind=media
France 24	kind=media	affiliation=France
Dawn	kind=media	affiliation=Pakistan
The Express Tribune	kind=media	alias=Express Tribune	affiliation=Pakistan
Bloomberg	kind=media	alias=Bloomberg News
Associated Press	kind=media	acronym=AP
Agence France-Presse	kind=media	alias=Agence France Presse	acronym=AFP
Financial Times	kind=media	alias=the Financial Times	acronym=FT
The Economist	kind=media	alias=the Economist
The New York Times	kind=media	alias=New York Times	acronym=NYT
The Washington Post	kind=media	alias=Washington Post
The Wall Street Journal	kind=media	alias=Wall Street Journal	acronym=WSJ
The Guardian	kind=media	alias=Guardian
Politico	kind=media	alias=POLITICO
BBC	kind=media	alias=British Broadcasting Corporation|BBC News
CNN	kind=media
Al Jazeera	kind=media	alias=Al-Jazeera	affiliation=Qatar
Deutsche Welle	kind=media	acronym=DW	affiliation=Germany
Nikkei Asia	kind=media	alias=Nikkei|Nikkei Asian Review
Kyodo News	kind=media	alias=Kyodo
Yonhap	kind=media	alias=Yonhap News Agency
Korean Central News Agency	kind=media	acronym=KCNA	affiliation=North Korea
Anadolu Agency	kind=media	alias=Anadolu	affiliation=Turkey
Islamic Republic News Agency	kind=media	acronym=IRNA	affiliation=Iran
Press TV	kind=media	affiliation=Iran
Tasnim News Agency	kind=media	alias=Tasnim
The Diplomat	kind=media
Eurasianet	kind=media	alias=EurasiaNet
Radio Free Europe/Radio Liberty	kind=media	alias=Radio Free Europe|Radio Liberty|Azattyk|Radio Azattyk|Azattyq|Radio Azattyq|Ozodi|Radio Ozodi|Ozodlik|Radio Ozodlik|Azatlyk|Radio Azatlyk	acronym=RFE/RL	affiliation=United States
Voice of America	kind=media	acronym=VOA	affiliation=United States
The Times of Central Asia	kind=media	alias=Times of Central Asia
CABAR.asia	kind=media	alias=CABAR
Kazinform	kind=media	alias=Kazinform News Agency	affiliation=Kazakhstan
Tengrinews	kind=media	alias=Tengrinews.kz
Vlast.kz	kind=media
Kun.uz	kind=media
Gazeta.uz	kind=media
24.kg	kind=media
AKIpress	kind=media
Asia-Plus	kind=media	alias=Asia Plus
Trend News Agency	kind=media

# --- Global companies that supply chains, energy and finance stories name ---
Samsung	kind=company	alias=Samsung Electronics	affiliation=South Korea
Apple	kind=company	alias=Apple Inc.	affiliation=United States
Foxconn	kind=company	alias=Hon Hai	affiliation=Taiwan
Nvidia	kind=company	alias=NVIDIA	affiliation=United States
Intel	kind=company	affiliation=United States
TSMC	kind=company	alias=Taiwan Semiconductor Manufacturing Company	affiliation=Taiwan
Amkor	kind=company	alias=Amkor Technology	affiliation=United States
Microsoft	kind=company	affiliation=United States
Google	kind=company	alias=Alphabet	affiliation=United States
Tesla	kind=company	affiliation=United States
Boeing	kind=company	affiliation=United States
Airbus	kind=company
Siemens	kind=company	alias=Siemens Energy	affiliation=Germany
Hyundai	kind=company	alias=Hyundai Motor	affiliation=South Korea
Toyota	kind=company	affiliation=Japan
World Economic Forum	kind=organization	acronym=WEF
Trump Organization	kind=company	affiliation=United States
Nike	kind=company	affiliation=United States
Amazon	kind=company	alias=Amazon.com	affiliation=United States
Kia	kind=company	alias=Kia Motors	affiliation=South Korea
Honda	kind=company	alias=Honda Motor	affiliation=Japan
Hitachi	kind=company	affiliation=Japan
Mitsui & Co.	kind=company	alias=Mitsui	affiliation=Japan
POSCO	kind=company	alias=Posco|POSCO Holdings	affiliation=South Korea
Korea Zinc	kind=company	affiliation=South Korea
Sinohydro	kind=company	affiliation=China
Mitsubishi	kind=company	alias=Mitsubishi Corporation	affiliation=Japan
Sumitomo	kind=company	alias=Sumitomo Corporation	affiliation=Japan
Toyota Tsusho	kind=company	affiliation=Japan
Marubeni	kind=company	alias=Marubeni Corporation	affiliation=Japan
Itochu	kind=company	alias=ITOCHU|Itochu Corporation	affiliation=Japan
Sojitz	kind=company	alias=Sojitz Corporation	affiliation=Japan
Japan Bank for International Cooperation	kind=organization	acronym=JBIC	affiliation=Japan
Nippon Export and Investment Insurance	kind=organization	acronym=NEXI	affiliation=Japan
Hanwha	kind=company	alias=Hanwha Ocean	affiliation=South Korea
CATL	kind=company	affiliation=China
BYD	kind=company	affiliation=China
Alibaba	kind=company	affiliation=China
Tencent	kind=company	affiliation=China
Rio Tinto	kind=company
Glencore	kind=company	affiliation=Switzerland
BHP	kind=company	affiliation=Australia
Equinor	kind=company	affiliation=Norway
Orano	kind=company	affiliation=France
Vitol	kind=company
Trafigura	kind=company
Gunvor	kind=company
Saudi Aramco	kind=company	alias=Aramco	affiliation=Saudi Arabia
ACWA Power	kind=company	affiliation=Saudi Arabia
Masdar	kind=company	affiliation=United Arab Emirates
ADNOC	kind=company	alias=Abu Dhabi National Oil Company	affiliation=United Arab Emirates
Mubadala	kind=company	alias=Mubadala Investment Company	affiliation=United Arab Emirates
QatarEnergy	kind=company	affiliation=Qatar
Aselsan	kind=company	affiliation=Turkey
Fingrid	kind=company	affiliation=Finland
Elering	kind=company	affiliation=Estonia
Moldovagaz	kind=company	affiliation=Moldova
Energocom	kind=company	affiliation=Moldova
Inter RAO	kind=company	affiliation=Russia
Transgaz	kind=company	affiliation=Romania
Envision	kind=company	alias=Envision Energy	affiliation=China
Nhan Dan	kind=media	affiliation=Vietnam
VnExpress	kind=media	affiliation=Vietnam
Asia Maritime Transparency Initiative	kind=organization	acronym=AMTI	affiliation=United States
United Nations Economic Commission for Europe	kind=organization	acronym=UNECE
Awami League	kind=organization	affiliation=Bangladesh
Bangladesh Nationalist Party	kind=organization	acronym=BNP	affiliation=Bangladesh
Jamaat-e-Islami	kind=organization
Prothom Alo	kind=media	affiliation=Bangladesh
The Daily Star	kind=media	affiliation=Bangladesh
Stellantis	kind=company
Truth Social	kind=media	affiliation=United States
Addis Standard	kind=media	affiliation=Ethiopia
The Jakarta Post	kind=media	alias=Jakarta Post	affiliation=Indonesia
LG Energy Solution	kind=company	affiliation=South Korea
Huayou Cobalt	kind=company	affiliation=China
Rapid Support Forces	kind=organization	acronym=RSF	affiliation=Sudan
Petronas	kind=company	alias=Petroliam Nasional Berhad	affiliation=Malaysia
MVM	kind=company	alias=MVM Group	affiliation=Hungary
Slovenské elektrárne	kind=company	affiliation=Slovakia
Telex	kind=media	affiliation=Hungary
Tisza party	kind=organization	alias=Tisza	affiliation=Hungary
Fidesz	kind=organization	affiliation=Hungary
Mongolian Stock Exchange	kind=organization	acronym=MSE	affiliation=Mongolia

# --- International bodies named as affiliations ---
Office of the High Representative	kind=organization	acronym=OHR	alias=Office of the High Representative in Bosnia and Herzegovina

# --- Energy companies ---
Petróleos de Venezuela	kind=company	alias=Petroleos de Venezuela|Petróleos de Venezuela SA	acronym=PDVSA	affiliation=Venezuela
GAIL	kind=company	alias=GAIL (India) Limited|Gas Authority of India	affiliation=India
NHPC	kind=company	alias=NHPC Limited|National Hydroelectric Power Corporation	affiliation=India
SJVN	kind=company	alias=SJVN Limited|Satluj Jal Vidyut Nigam	affiliation=India
Vietsovpetro	kind=company	affiliation=Vietnam
Rusvietpetro	kind=company	affiliation=Russia
Navoiyuran	kind=company	alias=Navoiyuran State Enterprise	affiliation=Uzbekistan
Karpowership	kind=company	affiliation=Turkey
OKBM Afrikantov	kind=company	alias=Afrikantov OKBM	affiliation=Russia
Surgutneftegas	kind=company	alias=Surgutneftegaz	affiliation=Russia
Zarubezhneft	kind=company	affiliation=Russia
Tatneft	kind=company	affiliation=Russia
National Iranian Oil Company	kind=company	acronym=NIOC	affiliation=Iran
Kuwait Petroleum Corporation	kind=company	acronym=KPC	affiliation=Kuwait
State Organization for Marketing of Oil	kind=company	acronym=SOMO	alias=State Oil Marketing Organization|Iraqi State Oil Marketing Organization	affiliation=Iraq
Oil and Natural Gas Corporation	kind=company	acronym=ONGC	affiliation=India
ONGC Videsh	kind=company	alias=ONGC Videsh Ltd	affiliation=India
Indian Oil Corporation	kind=company	alias=IndianOil	affiliation=India
Reliance Industries	kind=company	alias=Reliance Industries Limited	affiliation=India
Adani Group	kind=company	affiliation=India
Pertamina	kind=company	affiliation=Indonesia
PetroVietnam	kind=company	alias=Vietnam Oil and Gas Group|Petrovietnam	affiliation=Vietnam
Turkish Petroleum Corporation	kind=company	acronym=TPAO	alias=Turkish Petroleum|Türkiye Petrolleri Anonim Ortaklığı	affiliation=Turkey
MOL Group	kind=company	acronym=MOL	affiliation=Hungary
Orlen	kind=company	alias=PKN Orlen|ORLEN	affiliation=Poland
OMV	kind=company	alias=OMV Group	affiliation=Austria
Repsol	kind=company	affiliation=Spain
ConocoPhillips	kind=company	affiliation=United States
Cheniere Energy	kind=company	alias=Cheniere	affiliation=United States
Uniper	kind=company	affiliation=Germany
RWE	kind=company	affiliation=Germany
Wintershall Dea	kind=company	alias=Wintershall	affiliation=Germany
Engie	kind=company	alias=ENGIE	affiliation=France
Ørsted	kind=company	alias=Orsted	affiliation=Denmark
Sonatrach	kind=company	affiliation=Algeria
Woodside Energy	kind=company	alias=Woodside	affiliation=Australia
Kosmos Energy	kind=company	alias=Kosmos	affiliation=United States
Petrosen	kind=company	alias=PETROSEN|Société des Pétroles du Sénégal	affiliation=Senegal
Société Mauritanienne des Hydrocarbures	kind=company	acronym=SMH	affiliation=Mauritania
Unipec	kind=company	affiliation=China
Nigerian National Petroleum Company	kind=company	acronym=NNPC	alias=NNPC Limited|Nigerian National Petroleum Corporation	affiliation=Nigeria
Inpex	kind=company	alias=INPEX	affiliation=Japan
JERA	kind=company	affiliation=Japan
Tokyo Gas	kind=company	affiliation=Japan
Japan Petroleum Exploration	kind=company	acronym=JAPEX	affiliation=Japan
Shein	kind=company	alias=SHEIN
Temu	kind=company	affiliation=China
Hisense	kind=company	affiliation=China
Haier	kind=company	affiliation=China
Midea	kind=company	alias=Midea Group	affiliation=China
MG Motor	kind=company	alias=MG	affiliation=China
Codelco	kind=company	alias=National Copper Corporation of Chile	affiliation=Chile
SQM	kind=company	alias=Sociedad Química y Minera	affiliation=Chile
Korea Gas Corporation	kind=company	acronym=KOGAS	affiliation=South Korea
Energoatom	kind=company	affiliation=Ukraine
Ukrenergo	kind=company	affiliation=Ukraine
Karachaganak Petroleum Operating	kind=company	acronym=KPO	affiliation=Kazakhstan
DEPA	kind=company	alias=Public Gas Corporation of Greece	affiliation=Greece
Edison	kind=company	alias=Edison SpA	affiliation=Italy
IGI Poseidon	kind=company	affiliation=Greece
NIS	kind=company	alias=Naftna Industrija Srbije	affiliation=Serbia
Elektroprivreda Srbije	kind=company	affiliation=Serbia
Pamir Energy	kind=company	affiliation=Tajikistan
China Southern Power Grid	kind=company	affiliation=China
Électricité du Laos	kind=company	alias=Electricite du Laos	acronym=EDL	affiliation=Laos
Svevind	kind=company	alias=Svevind Energy|Svevind Energy Group	affiliation=Germany

# --- Mining and metals ---
Norilsk Nickel	kind=company	alias=Nornickel|MMC Norilsk Nickel	affiliation=Russia
Alrosa	kind=company	alias=ALROSA	affiliation=Russia
Polyus	kind=company	alias=Polyus Gold	affiliation=Russia
Severstal	kind=company	affiliation=Russia
Vale	kind=company	alias=Vale S.A.	affiliation=Brazil
Newmont	kind=company	affiliation=United States
China Hongqiao Group	kind=company	alias=China Hongqiao|Hongqiao	affiliation=China
China Baowu Steel Group	kind=company	alias=China Baowu|Baowu|Baowu Steel	affiliation=China
Winning Consortium Simandou	kind=company	alias=Winning Consortium	acronym=WCS	affiliation=China
Fortescue	kind=company	alias=Fortescue Metals Group	affiliation=Australia
ArcelorMittal	kind=company	affiliation=Luxembourg
Aluminum Corporation of China	kind=company	alias=Chalco	affiliation=China
Eurasian Resources Group	kind=company	acronym=ERG	affiliation=Kazakhstan
Kazakhmys	kind=company	affiliation=Kazakhstan
KAZ Minerals	kind=company	affiliation=Kazakhstan
Kazzinc	kind=company	affiliation=Kazakhstan
Almalyk Mining and Metallurgical Complex	kind=company	acronym=AMMC	alias=Almalyk MMC	affiliation=Uzbekistan
Navoi Mining and Metallurgical Company	kind=company	acronym=NMMC	alias=Navoi Mining and Metallurgical Combinat|Navoi Mining	affiliation=Uzbekistan
Erdenes Mongol	kind=company	affiliation=Mongolia
Anglo American	kind=company	affiliation=United Kingdom
Freeport-McMoRan	kind=company	affiliation=United States
Albemarle	kind=company	affiliation=United States
Zijin Mining	kind=company	alias=Zijin Mining Group|Zijin	affiliation=China
CMOC	kind=company	alias=CMOC Group|China Molybdenum	affiliation=China
China Minmetals	kind=company	alias=Minmetals|China Minmetals Corporation	affiliation=China
Chinalco	kind=company	alias=Aluminum Corporation of China	affiliation=China
Tsingshan Holding Group	kind=company	alias=Tsingshan	affiliation=China
Ganfeng Lithium	kind=company	affiliation=China
Tianqi Lithium	kind=company	affiliation=China
Barrick Gold	kind=company	alias=Barrick|Barrick Mining	affiliation=Canada
Centerra Gold	kind=company	alias=Centerra	affiliation=Canada
Cameco	kind=company	affiliation=Canada
Ivanhoe Mines	kind=company	affiliation=Canada
Gécamines	kind=company	alias=Gecamines	affiliation=Democratic Republic of the Congo
Eramet	kind=company	affiliation=France
Metinvest	kind=company	affiliation=Ukraine
Emirates Global Aluminium	kind=company	acronym=EGA	affiliation=United Arab Emirates
Ma'aden	kind=company	alias=Maaden|Ma’aden|Saudi Arabian Mining Company	affiliation=Saudi Arabia
Tau-Ken Samruk	kind=company	affiliation=Kazakhstan
Tenex	kind=company	alias=Techsnabexport|TENEX	affiliation=Russia
Kyrgyzaltyn	kind=company	affiliation=Kyrgyzstan
KATCO	kind=company	alias=Katco	affiliation=Kazakhstan
Erdenes Oyu Tolgoi	kind=company	affiliation=Mongolia

# --- Shipping, ports and logistics ---
IndiGo	kind=company	alias=InterGlobe Aviation	affiliation=India
Mediterranean Shipping Company	kind=company	affiliation=Switzerland
CMA CGM	kind=company	affiliation=France
Hapag-Lloyd	kind=company	affiliation=Germany
Evergreen Marine	kind=company	alias=Evergreen Marine Corporation	affiliation=Taiwan
Yang Ming Marine Transport	kind=company	alias=Yang Ming	affiliation=Taiwan
HMM	kind=company	alias=Hyundai Merchant Marine	affiliation=South Korea
Ocean Network Express	kind=company	affiliation=Japan
Mitsui O.S.K. Lines	kind=company	alias=Mitsui OSK Lines	affiliation=Japan
CK Hutchison	kind=company	alias=CK Hutchison Holdings
Hutchison Ports	kind=company	affiliation=CK Hutchison
China Merchants Group	kind=company	alias=China Merchants	affiliation=China
China Merchants Port Holdings	kind=company	alias=China Merchants Port	affiliation=China Merchants Group
AD Ports Group	kind=company	alias=Abu Dhabi Ports	affiliation=United Arab Emirates
Adani Ports and Special Economic Zone	kind=company	alias=Adani Ports	acronym=APSEZ	affiliation=Adani Group
Suez Canal Authority	kind=organization	affiliation=Egypt
Azerbaijan Caspian Shipping Company	kind=company	acronym=ASCO	affiliation=Azerbaijan
Port of Baku	kind=company	alias=Baku International Sea Trade Port	affiliation=Azerbaijan
Kazmortransflot	kind=company	affiliation=Kazakhstan
Novorossiysk Commercial Sea Port	kind=company	acronym=NCSP	affiliation=Russia
FESCO	kind=company	alias=Far Eastern Shipping Company|FESCO Transportation Group	affiliation=Russia
NewNew Shipping Line	kind=company	alias=NewNew Shipping	affiliation=China

# --- Railways and rolling stock ---
China State Railway Group	kind=company	alias=China Railway|China State Railway Group Company	affiliation=China
China Railway Group Limited	kind=company	acronym=CREC	alias=China Railway Engineering Corporation	affiliation=China
CRRC	kind=company	alias=CRRC Corporation	affiliation=China
Uzbekistan Railways	kind=company	alias=O'zbekiston Temir Yo'llari|Uzbek Railways	affiliation=Uzbekistan
Azerbaijan Railways	kind=company	acronym=ADY	affiliation=Azerbaijan
Georgian Railway	kind=company	alias=Georgian Railways	affiliation=Georgia
Kyrgyz Railways	kind=company	alias=Kyrgyz Temir Jolu	affiliation=Kyrgyzstan
Ukrzaliznytsia	kind=company	alias=Ukrainian Railways	affiliation=Ukraine
Belarusian Railway	kind=company	alias=Belarusian Railways	affiliation=Belarus
Turkish State Railways	kind=company	acronym=TCDD	affiliation=Turkey
Islamic Republic of Iran Railways	kind=company	alias=Iranian Railways	affiliation=Iran
Pakistan Railways	kind=company	affiliation=Pakistan
Indian Railways	kind=company	affiliation=India
Deutsche Bahn	kind=company	affiliation=Germany
Alstom	kind=company	affiliation=France
Stadler Rail	kind=company	alias=Stadler	affiliation=Switzerland
Talgo	kind=company	affiliation=Spain

# --- Defence industry (continued) ---
Sukhoi	kind=company	alias=Sukhoi Company	affiliation=Russia
Lockheed Martin	kind=company	affiliation=United States
RTX	kind=company	alias=RTX Corporation|Raytheon|Raytheon Technologies	affiliation=United States
Northrop Grumman	kind=company	affiliation=United States
Huntington Ingalls Industries	kind=company	acronym=HII	affiliation=United States
General Dynamics Electric Boat	kind=company	alias=Electric Boat	affiliation=General Dynamics
Austal	kind=company	affiliation=Australia
Embraer	kind=company	affiliation=Brazil
General Dynamics	kind=company	affiliation=United States
General Atomics	kind=company	affiliation=United States
L3Harris	kind=company	alias=L3Harris Technologies	affiliation=United States
Anduril	kind=company	alias=Anduril Industries	affiliation=United States
Palantir	kind=company	alias=Palantir Technologies	affiliation=United States
BAE Systems	kind=company	affiliation=United Kingdom
Rolls-Royce	kind=company	affiliation=United Kingdom
Rheinmetall	kind=company	affiliation=Germany
KNDS	kind=company
MBDA	kind=company
Thales	kind=company	alias=Thales Group	affiliation=France
Dassault Aviation	kind=company	alias=Dassault	affiliation=France
Naval Group	kind=company	affiliation=France
Safran	kind=company	affiliation=France
Leonardo S.p.A.	kind=company	alias=Leonardo SpA	affiliation=Italy
Fincantieri	kind=company	affiliation=Italy
Saab	kind=company	affiliation=Sweden
Kongsberg	kind=company	alias=Kongsberg Gruppen|Kongsberg Defence & Aerospace	affiliation=Norway
Nammo	kind=company	affiliation=Norway
Polish Armaments Group	kind=company	acronym=PGZ	alias=Polska Grupa Zbrojeniowa	affiliation=Poland
Czechoslovak Group	kind=company	acronym=CSG	affiliation=Czech Republic
Ukroboronprom	kind=company	alias=Ukrainian Defense Industry	affiliation=Ukraine
Antonov Company	kind=company	alias=Antonov State Enterprise	affiliation=Ukraine
Motor Sich	kind=company	affiliation=Ukraine
Hanwha Aerospace	kind=company	affiliation=South Korea
Hyundai Rotem	kind=company	affiliation=South Korea
Korea Aerospace Industries	kind=company	acronym=KAI	affiliation=South Korea
LIG Nex1	kind=company	affiliation=South Korea
Mitsubishi Heavy Industries	kind=company	acronym=MHI	affiliation=Japan
Kawasaki Heavy Industries	kind=company	affiliation=Japan
Elbit Systems	kind=company	alias=Elbit	affiliation=Israel
Israel Aerospace Industries	kind=company	affiliation=Israel
Rafael Advanced Defense Systems	kind=company	affiliation=Israel
Hindustan Aeronautics Limited	kind=company	acronym=HAL	alias=Hindustan Aeronautics	affiliation=India
Bharat Electronics	kind=company	alias=Bharat Electronics Limited	affiliation=India
BrahMos Aerospace	kind=company
Defence Research and Development Organisation	kind=organization	acronym=DRDO	alias=Defence Research and Development Organization	affiliation=India
Roketsan	kind=company	affiliation=Turkey
Havelsan	kind=company	affiliation=Turkey
Otokar	kind=company	affiliation=Turkey
Makine ve Kimya Endüstrisi	kind=company	acronym=MKE	alias=Mechanical and Chemical Industry Corporation	affiliation=Turkey
EDGE Group	kind=company	affiliation=United Arab Emirates
Saudi Arabian Military Industries	kind=company	acronym=SAMI	affiliation=Saudi Arabia
Almaz-Antey	kind=company	alias=Almaz-Antey Air and Space Defence Corporation	affiliation=Russia
United Aircraft Corporation	kind=company	acronym=UAC	affiliation=Russia
United Shipbuilding Corporation	kind=company	affiliation=Russia
Uralvagonzavod	kind=company	affiliation=Russia
Kalashnikov Concern	kind=company	alias=Kalashnikov Group	affiliation=Russia
Tactical Missiles Corporation	kind=company	alias=KTRV	affiliation=Russia
Aviation Industry Corporation of China	kind=company	acronym=AVIC	affiliation=China
NORINCO	kind=company	alias=Norinco|China North Industries Group|China North Industries Corporation	affiliation=China
China State Shipbuilding Corporation	kind=company	acronym=CSSC	affiliation=China
China Electronics Technology Group	kind=company	acronym=CETC	alias=China Electronics Technology Group Corporation	affiliation=China
China Aerospace Science and Industry Corporation	kind=company	acronym=CASIC	affiliation=China
China Aerospace Science and Technology Corporation	kind=company	acronym=CASC	affiliation=China
Mitsubishi Electric	kind=company	affiliation=Japan

# --- Technology and telecoms (continued) ---
ByteDance	kind=company	affiliation=China
TikTok	kind=company	affiliation=ByteDance
SMIC	kind=company	alias=Semiconductor Manufacturing International Corporation	affiliation=China
Xiaomi	kind=company	affiliation=China
Baidu	kind=company	affiliation=China
DeepSeek	kind=company	affiliation=China
Facebook	kind=company	affiliation=Meta Platforms
Instagram	kind=company	affiliation=Meta Platforms
WhatsApp	kind=company	affiliation=Meta Platforms
YouTube	kind=company	affiliation=Google
Viber	kind=company
Discord	kind=company	affiliation=United States
Viettel	kind=company	alias=Viettel Group	affiliation=Vietnam
FPT Corporation	kind=company	alias=FPT	affiliation=Vietnam
Vingroup	kind=company	affiliation=Vietnam
DJI	kind=company	affiliation=China
Hikvision	kind=company	affiliation=China
Lenovo	kind=company	affiliation=China
China Mobile	kind=company	affiliation=China
China Telecom	kind=company	affiliation=China
ASML	kind=company	affiliation=Netherlands
Infineon	kind=company	alias=Infineon Technologies	affiliation=Germany
SK Hynix	kind=company	alias=SK hynix	affiliation=South Korea
LG Electronics	kind=company	affiliation=South Korea
Sony	kind=company	affiliation=Japan
SoftBank	kind=company	alias=SoftBank Group	affiliation=Japan
Tokyo Electron	kind=company	affiliation=Japan
Rapidus	kind=company	affiliation=Japan
Qualcomm	kind=company	affiliation=United States
AMD	kind=company	alias=Advanced Micro Devices	affiliation=United States
Micron	kind=company	alias=Micron Technology	affiliation=United States
Meta Platforms	kind=company	alias=Meta	affiliation=United States
OpenAI	kind=company	affiliation=United States
SpaceX	kind=company	affiliation=United States
Starlink	kind=company	affiliation=SpaceX
Cisco	kind=company	alias=Cisco Systems	affiliation=United States
IBM	kind=company	affiliation=United States
Ericsson	kind=company	affiliation=Sweden
Nokia	kind=company	affiliation=Finland
Yandex	kind=company	affiliation=Russia
Kaspersky Lab	kind=company	alias=Kaspersky	affiliation=Russia
VK	kind=company	alias=VKontakte	affiliation=Russia
Mobile TeleSystems	kind=company	acronym=MTS	affiliation=Russia
Rostelecom	kind=company	affiliation=Russia
Wildberries	kind=company	affiliation=Russia
Ozon	kind=company	affiliation=Russia
VEON	kind=company	alias=Beeline
Kaspi.kz	kind=company	alias=Kaspi	affiliation=Kazakhstan
Kazakhtelecom	kind=company	affiliation=Kazakhstan
Tata Group	kind=company	alias=Tata	affiliation=India
Tata Consultancy Services	kind=company	acronym=TCS	affiliation=Tata Group
Infosys	kind=company	affiliation=India
G42	kind=company	affiliation=United Arab Emirates
Dahua	kind=company	alias=Dahua Technology	affiliation=China
Alibaba Cloud	kind=company	affiliation=China
Uzbektelecom	kind=company	affiliation=Uzbekistan
AzerTelecom	kind=company	affiliation=Azerbaijan
Tajiktelecom	kind=company	affiliation=Tajikistan
Turkmentelecom	kind=company	affiliation=Turkmenistan
Kyrgyztelecom	kind=company	affiliation=Kyrgyzstan
Transtelecom	kind=company	affiliation=Kazakhstan
Nexans	kind=company	affiliation=France
NXP Semiconductors	kind=company	alias=NXP	affiliation=Netherlands
Nexperia	kind=company	affiliation=Netherlands
Wingtech Technology	kind=company	alias=Wingtech	affiliation=China
STMicroelectronics	kind=company	alias=STMicro
Renesas Electronics	kind=company	alias=Renesas	affiliation=Japan
Texas Instruments	kind=company	affiliation=United States
onsemi	kind=company	alias=ON Semiconductor	affiliation=United States
Vishay Intertechnology	kind=company	alias=Vishay	affiliation=United States
GlobalFoundries	kind=company	affiliation=United States
Applied Materials	kind=company	affiliation=United States
Lam Research	kind=company	affiliation=United States
Broadcom	kind=company	affiliation=United States
MediaTek	kind=company	affiliation=Taiwan
Wolfspeed	kind=company	affiliation=United States
Bosch	kind=company	alias=Robert Bosch	affiliation=Germany
ZF Friedrichshafen	kind=company	alias=ZF	affiliation=Germany
Denso	kind=company	affiliation=Japan
Valeo	kind=company	affiliation=France
Carl Zeiss	kind=company	alias=Zeiss	affiliation=Germany

# --- Carmakers, airlines, banks and industrial groups that trade and sanctions stories name ---
Geely	kind=company	alias=Geely Auto|Zhejiang Geely Holding Group	affiliation=China
SAIC Motor	kind=company	alias=SAIC	affiliation=China
Great Wall Motor	kind=company	affiliation=China
Chery	kind=company	alias=Chery Automobile	affiliation=China
Volkswagen	kind=company	alias=Volkswagen Group	affiliation=Germany
BMW	kind=company	affiliation=Germany
Mercedes-Benz	kind=company	alias=Mercedes-Benz Group	affiliation=Germany
Renault	kind=company	alias=Renault Group	affiliation=France
Nissan	kind=company	affiliation=Japan
Ford	kind=company	alias=Ford Motor Company|Ford Motor	affiliation=United States
General Motors	kind=company	acronym=GM	affiliation=United States
Kamaz	kind=company	alias=KAMAZ	affiliation=Russia
Air China	kind=company	affiliation=China
Ryanair	kind=company	affiliation=Ireland
Aeroflot	kind=company	affiliation=Russia
Turkish Airlines	kind=company	affiliation=Turkey
Uzbekistan Airways	kind=company	affiliation=Uzbekistan
Ethiopian Airlines	kind=company	affiliation=Ethiopia
Ethio Telecom	kind=company	affiliation=Ethiopia
Qatar Airways	kind=company	affiliation=Qatar
Air India	kind=company	affiliation=India
Pakistan International Airlines	kind=company	acronym=PIA	affiliation=Pakistan
SriLankan Airlines	kind=company	affiliation=Sri Lanka
Air Astana	kind=company	affiliation=Kazakhstan
Euroclear	kind=company	affiliation=Belgium
Raiffeisen Bank International	kind=company	alias=Raiffeisen|Raiffeisen Bank	affiliation=Austria
UniCredit	kind=company	affiliation=Italy
HSBC	kind=company	affiliation=United Kingdom
Standard Chartered	kind=company	affiliation=United Kingdom
JPMorgan Chase	kind=company	alias=JPMorgan|JP Morgan	affiliation=United States
Goldman Sachs	kind=company	affiliation=United States
BlackRock	kind=company	affiliation=United States
Mastercard	kind=company	affiliation=United States
MP Materials	kind=company	affiliation=United States
Lynas Rare Earths	kind=company	alias=Lynas	affiliation=Australia
Shiseido	kind=company	affiliation=Japan
PT PAL	kind=company	alias=PT PAL Indonesia	affiliation=Indonesia
HD Hyundai Heavy Industries	kind=company	alias=HD Hyundai|Hyundai Heavy Industries	affiliation=South Korea
Doosan Enerbility	kind=company	alias=Doosan	affiliation=South Korea
Korea Electric Power Corporation	kind=company	acronym=KEPCO	affiliation=South Korea
Mota-Engil	kind=company	affiliation=Portugal
Afcons Infrastructure	kind=company	alias=Afcons	affiliation=India
Larsen & Toubro	kind=company	acronym=L&T	affiliation=India
China Three Gorges Corporation	kind=company	alias=China Three Gorges|Three Gorges Corporation	acronym=CTG	affiliation=China
China Energy Engineering Corporation	kind=company	alias=China Energy Engineering|Energy China	affiliation=China
State Power Investment Corporation	kind=company	acronym=SPIC	affiliation=China
China Harbour Engineering Company	kind=company	alias=China Harbour Engineering	acronym=CHEC	affiliation=China
Sinochem	kind=company	alias=Sinochem Group	affiliation=China
Sany	kind=company	alias=Sany Heavy Industry	affiliation=China
XCMG	kind=company	alias=Xuzhou Construction Machinery Group	affiliation=China

# --- Sovereign wealth funds, ratings agencies and market analysts ---
Public Investment Fund	kind=organization	acronym=PIF	affiliation=Saudi Arabia
Qatar Investment Authority	kind=organization	acronym=QIA	affiliation=Qatar
Abu Dhabi Investment Authority	kind=organization	acronym=ADIA	affiliation=United Arab Emirates
ADQ	kind=organization	affiliation=United Arab Emirates
Moody's	kind=company	alias=Moody’s|Moody's Investors Service|Moody's Ratings	affiliation=United States
Fitch Ratings	kind=company	alias=Fitch	affiliation=United States
S&P Global	kind=company	alias=S&P Global Ratings|S&P Global Commodity Insights|Standard & Poor's|Platts	affiliation=United States
Economist Intelligence Unit	kind=company	acronym=EIU	affiliation=United Kingdom
Capital Economics	kind=company	affiliation=United Kingdom
Oxford Economics	kind=company	affiliation=United Kingdom
Wood Mackenzie	kind=company	affiliation=United Kingdom
Rystad Energy	kind=company	affiliation=Norway
Kpler	kind=company
Vortexa	kind=company
Control Risks	kind=company	affiliation=United Kingdom

# --- Media (continued) ---
Le Monde	kind=media	affiliation=France
Berlingske	kind=media	affiliation=Denmark
Politiken	kind=media	affiliation=Denmark
Jyllands-Posten	kind=media	affiliation=Denmark
Sermitsiaq	kind=media	affiliation=Greenland
Le Figaro	kind=media	affiliation=France
Les Echos	kind=media	affiliation=France
Radio France Internationale	kind=media	acronym=RFI	affiliation=France
Der Spiegel	kind=media	alias=Spiegel	affiliation=Germany
Frankfurter Allgemeine Zeitung	kind=media	acronym=FAZ	alias=Frankfurter Allgemeine	affiliation=Germany
Süddeutsche Zeitung	kind=media	alias=Sueddeutsche Zeitung	affiliation=Germany
Handelsblatt	kind=media	affiliation=Germany
Die Welt	kind=media	affiliation=Germany
Die Zeit	kind=media	affiliation=Germany
Bild	kind=media	alias=Bild-Zeitung	affiliation=Germany
Deutsche Presse-Agentur	kind=media	acronym=dpa	affiliation=Germany
Neue Zürcher Zeitung	kind=media	acronym=NZZ	alias=Neue Zuercher Zeitung	affiliation=Switzerland
Corriere della Sera	kind=media	affiliation=Italy
La Repubblica	kind=media	affiliation=Italy
ANSA	kind=media	affiliation=Italy
El País	kind=media	alias=El Pais	affiliation=Spain
EFE	kind=media	alias=Agencia EFE	affiliation=Spain
Gazeta Wyborcza	kind=media	affiliation=Poland
Polish Press Agency	kind=media	affiliation=Poland
The Daily Telegraph	kind=media	alias=The Telegraph|Daily Telegraph	affiliation=United Kingdom
Sky News	kind=media	affiliation=United Kingdom
Euronews	kind=media
Euractiv	kind=media	alias=EURACTIV
Balkan Investigative Reporting Network	kind=media	acronym=BIRN
Balkan Insight	kind=media	affiliation=Balkan Investigative Reporting Network
Tanjug	kind=media	affiliation=Serbia
The Kyiv Independent	kind=media	alias=Kyiv Independent	affiliation=Ukraine
Ukrainska Pravda	kind=media	affiliation=Ukraine
Kyiv Post	kind=media	affiliation=Ukraine
Ukrinform	kind=media	affiliation=Ukraine
Hromadske	kind=media	affiliation=Ukraine
RBC	kind=media	alias=RBK|RBC Group	affiliation=Russia
Nezavisimaya Gazeta	kind=media	affiliation=Russia
Komsomolskaya Pravda	kind=media	affiliation=Russia
Lenta.ru	kind=media	affiliation=Russia
Gazeta.ru	kind=media	affiliation=Russia
Fontanka	kind=media	alias=Fontanka.ru	affiliation=Russia
Channel One Russia	kind=media	alias=Pervy Kanal	affiliation=Russia
Rybar	kind=media	affiliation=Russia
TV Rain	kind=media	alias=Dozhd
Mediazona	kind=media	alias=MediaZona
The Insider	kind=media
iStories	kind=media	alias=Important Stories
BelTA	kind=media	alias=Belarusian Telegraph Agency	affiliation=Belarus
Nasha Niva	kind=media	affiliation=Belarus
Belsat	kind=media	alias=Belsat TV
Civil Georgia	kind=media	alias=Civil.ge	affiliation=Georgia
Interpressnews	kind=media	affiliation=Georgia
Imedi TV	kind=media	affiliation=Georgia
OC Media	kind=media
JAMnews	kind=media
Caucasian Knot	kind=media
Armenpress	kind=media	affiliation=Armenia
CivilNet	kind=media	affiliation=Armenia
Azertac	kind=media	alias=AZERTAC|Azertag	affiliation=Azerbaijan
Orda.kz	kind=media	affiliation=Kazakhstan
Daryo	kind=media	affiliation=Uzbekistan
Podrobno.uz	kind=media	affiliation=Uzbekistan
Kabar	kind=media	alias=Kabar News Agency	affiliation=Kyrgyzstan
Khovar	kind=media	alias=Khovar News Agency	affiliation=Tajikistan
Turkmen.news	kind=media
Chronicles of Turkmenistan	kind=media
Fergana News Agency	kind=media	alias=Fergana News|Fergana.news|Fergana Agency
Montsame	kind=media	alias=Montsame News Agency	affiliation=Mongolia
Novastan	kind=media
bne IntelliNews	kind=media	alias=bne Intellinews|BNE IntelliNews
Hürriyet	kind=media	alias=Hurriyet	affiliation=Turkey
Hürriyet Daily News	kind=media	alias=Hurriyet Daily News	affiliation=Turkey
Daily Sabah	kind=media	affiliation=Turkey
Cumhuriyet	kind=media	affiliation=Turkey
Milliyet	kind=media	affiliation=Turkey
TRT	kind=media	alias=Turkish Radio and Television Corporation	affiliation=Turkey
TRT World	kind=media	affiliation=TRT
Bianet	kind=media	affiliation=Turkey
Fars News Agency	kind=media	alias=Fars News	affiliation=Iran
Mehr News Agency	kind=media	alias=Mehr News	affiliation=Iran
Iranian Students' News Agency	kind=media	acronym=ISNA	alias=Iranian Students’ News Agency	affiliation=Iran
Kayhan	kind=media	affiliation=Iran
Tehran Times	kind=media	affiliation=Iran
Islamic Republic of Iran Broadcasting	kind=media	acronym=IRIB	affiliation=Iran
Iran International	kind=media
Haaretz	kind=media	affiliation=Israel
The Times of Israel	kind=media	alias=Times of Israel	affiliation=Israel
The Jerusalem Post	kind=media	alias=Jerusalem Post	affiliation=Israel
Yedioth Ahronoth	kind=media	affiliation=Israel
Ynet	kind=media	alias=Ynetnews|Ynet News	affiliation=Israel
Israel Hayom	kind=media	affiliation=Israel
i24NEWS	kind=media	alias=i24 News	affiliation=Israel
Al Arabiya	kind=media	alias=Al-Arabiya	affiliation=Saudi Arabia
Asharq Al-Awsat	kind=media	alias=Asharq al-Awsat	affiliation=Saudi Arabia
Arab News	kind=media	affiliation=Saudi Arabia
Saudi Press Agency	kind=media	affiliation=Saudi Arabia
Gulf News	kind=media	affiliation=United Arab Emirates
Khaleej Times	kind=media	affiliation=United Arab Emirates
Emirates News Agency	kind=media	acronym=WAM	affiliation=United Arab Emirates
Qatar News Agency	kind=media	acronym=QNA	affiliation=Qatar
Kuwait News Agency	kind=media	acronym=KUNA	affiliation=Kuwait
Al-Ahram	kind=media	alias=Al Ahram|Ahram Online	affiliation=Egypt
Syrian Arab News Agency	kind=media	acronym=SANA	affiliation=Syria
Al Mayadeen	kind=media	alias=Al-Mayadeen	affiliation=Lebanon
Al-Manar	kind=media	alias=Al Manar	affiliation=Lebanon
L'Orient-Le Jour	kind=media	alias=L'Orient Today|L’Orient-Le Jour|L’Orient Today	affiliation=Lebanon
Rudaw	kind=media	affiliation=Iraq
Kurdistan24	kind=media	alias=Kurdistan 24	affiliation=Iraq
Shafaq News	kind=media	affiliation=Iraq
Al-Monitor	kind=media	alias=Al Monitor
Middle East Eye	kind=media
The New Arab	kind=media
Hindustan Times	kind=media	affiliation=India
The Times of India	kind=media	alias=Times of India	affiliation=India
The Indian Express	kind=media	alias=Indian Express	affiliation=India
The Economic Times	kind=media	alias=Economic Times	affiliation=India
Business Standard	kind=media	affiliation=India
NDTV	kind=media	affiliation=India
ThePrint	kind=media	affiliation=India
Press Trust of India	kind=media	affiliation=India
Asian News International	kind=media	acronym=ANI	affiliation=India
Geo News	kind=media	alias=Geo TV	affiliation=Pakistan
The News International	kind=media	affiliation=Pakistan
Associated Press of Pakistan	kind=media	affiliation=Pakistan
TOLOnews	kind=media	alias=Tolo News|TOLO News	affiliation=Afghanistan
Pajhwok Afghan News	kind=media	alias=Pajhwok	affiliation=Afghanistan
Amu TV	kind=media
KabulNow	kind=media	alias=Kabul Now
Afghanistan International	kind=media
Khaama Press	kind=media	affiliation=Afghanistan
The Kathmandu Post	kind=media	alias=Kathmandu Post	affiliation=Nepal
Dhaka Tribune	kind=media	affiliation=Bangladesh
bdnews24.com	kind=media	alias=bdnews24	affiliation=Bangladesh
NHK	kind=media	alias=Japan Broadcasting Corporation	affiliation=Japan
The Japan Times	kind=media	alias=Japan Times	affiliation=Japan
Asahi Shimbun	kind=media	alias=The Asahi Shimbun	affiliation=Japan
Yomiuri Shimbun	kind=media	alias=The Yomiuri Shimbun|Yomiuri	affiliation=Japan
Mainichi Shimbun	kind=media	alias=The Mainichi|Mainichi	affiliation=Japan
Sankei Shimbun	kind=media	alias=Sankei	affiliation=Japan
Jiji Press	kind=media	alias=Jiji	affiliation=Japan
The Korea Herald	kind=media	alias=Korea Herald	affiliation=South Korea
The Korea Times	kind=media	alias=Korea Times	affiliation=South Korea
JoongAng Ilbo	kind=media	alias=Korea JoongAng Daily	affiliation=South Korea
Chosun Ilbo	kind=media	alias=The Chosun Ilbo	affiliation=South Korea
Hankyoreh	kind=media	alias=The Hankyoreh	affiliation=South Korea
Korean Broadcasting System	kind=media	acronym=KBS	affiliation=South Korea
Taipei Times	kind=media	affiliation=Taiwan
Focus Taiwan	kind=media	affiliation=Taiwan
Central News Agency	kind=media	affiliation=Taiwan
Sixth Tone	kind=media	affiliation=China
Hong Kong Free Press	kind=media	acronym=HKFP
The Straits Times	kind=media	alias=Straits Times	affiliation=Singapore
Channel NewsAsia	kind=media	acronym=CNA	affiliation=Singapore
Bangkok Post	kind=media	affiliation=Thailand
Khmer Times	kind=media	affiliation=Cambodia
Vietnam News Agency	kind=media	acronym=VNA	affiliation=Vietnam
Tuoi Tre	kind=media	alias=Tuổi Trẻ	affiliation=Vietnam
Philippine Daily Inquirer	kind=media	alias=Inquirer.net	affiliation=Philippines
Rappler	kind=media	affiliation=Philippines
The Philippine Star	kind=media	alias=Philippine Star|Philstar	affiliation=Philippines
Philippine News Agency	kind=media	affiliation=Philippines
New Straits Times	kind=media	acronym=NST	affiliation=Malaysia
Malay Mail	kind=media	affiliation=Malaysia
Bernama	kind=media	affiliation=Malaysia
Malaysiakini	kind=media	affiliation=Malaysia
Antara	kind=media	alias=Antara News Agency	affiliation=Indonesia
Kompas	kind=media	affiliation=Indonesia
The Irrawaddy	kind=media
Myanmar Now	kind=media
Frontier Myanmar	kind=media	affiliation=Myanmar
Global New Light of Myanmar	kind=media	affiliation=Myanmar
Daily Maverick	kind=media	affiliation=South Africa
News24	kind=media	affiliation=South Africa
Mail & Guardian	kind=media	affiliation=South Africa
South African Broadcasting Corporation	kind=media	acronym=SABC	affiliation=South Africa
Nation Africa	kind=media	alias=Daily Nation	affiliation=Kenya
Premium Times	kind=media	affiliation=Nigeria
Jeune Afrique	kind=media	affiliation=France
The Africa Report	kind=media
Sudan Tribune	kind=media
Radio Dabanga	kind=media
Garowe Online	kind=media	affiliation=Somalia
Hiiraan Online	kind=media	affiliation=Somalia
Ethiopian News Agency	kind=media	affiliation=Ethiopia
Axios	kind=media	affiliation=United States
Newsweek	kind=media	affiliation=United States
Semafor	kind=media	affiliation=United States
NPR	kind=media	alias=National Public Radio	affiliation=United States
CBS News	kind=media	alias=CBS	affiliation=United States
NBC News	kind=media	alias=NBC	affiliation=United States
ABC News	kind=media	affiliation=United States
Fox News	kind=media	affiliation=United States
CNBC	kind=media	affiliation=United States
Forbes	kind=media	affiliation=United States
Business Insider	kind=media	affiliation=United States
Defense News	kind=media	affiliation=United States
Breaking Defense	kind=media	affiliation=United States
Janes	kind=media	alias=Jane's|Jane's Defence Weekly	affiliation=United Kingdom
War on the Rocks	kind=media
The National Interest	kind=media	affiliation=United States
Asia Times	kind=media
East Asia Forum	kind=media
Bellingcat	kind=media
Organized Crime and Corruption Reporting Project	kind=media	acronym=OCCRP
Radio Azattyk	kind=media	alias=Azattyk	affiliation=Radio Free Europe/Radio Liberty
Radio Azattyq	kind=media	alias=Azattyq	affiliation=Radio Free Europe/Radio Liberty
Radio Ozodi	kind=media	alias=Ozodi	affiliation=Radio Free Europe/Radio Liberty
Radio Ozodlik	kind=media	alias=Ozodlik	affiliation=Radio Free Europe/Radio Liberty
Radio Azatlyk	kind=media	alias=Azatlyk	affiliation=Radio Free Europe/Radio Liberty
Radio Azadi	kind=media	affiliation=Radio Free Europe/Radio Liberty
Radio Svoboda	kind=media	affiliation=Radio Free Europe/Radio Liberty
Current Time	kind=media	alias=Current Time TV	affiliation=Radio Free Europe/Radio Liberty
Kosovo Online	kind=media	affiliation=Serbia
Koha Ditore	kind=media	affiliation=Kosovo
Vientiane Times	kind=media	affiliation=Laos
Kathimerini	kind=media	alias=Ekathimerini	affiliation=Greece
Telegram	kind=media
Kursiv	kind=media	affiliation=Kazakhstan

# --- Think tanks, research institutes and universities (continued) ---
Carnegie Europe	kind=organization	affiliation=Carnegie Endowment for International Peace
Carnegie Middle East Center	kind=organization	alias=Malcolm H. Kerr Carnegie Middle East Center	affiliation=Carnegie Endowment for International Peace
Carnegie India	kind=organization	affiliation=Carnegie Endowment for International Peace
Center for European Policy Analysis	kind=organization	affiliation=United States
European Policy Centre	kind=organization
Bruegel	kind=organization
Centre for European Reform	kind=organization	affiliation=United Kingdom
Clingendael	kind=organization	alias=Clingendael Institute|Netherlands Institute of International Relations Clingendael	affiliation=Netherlands
Egmont Institute	kind=organization	alias=Egmont – Royal Institute for International Relations	affiliation=Belgium
German Council on Foreign Relations	kind=organization	acronym=DGAP	affiliation=Germany
Konrad Adenauer Foundation	kind=organization	alias=Konrad-Adenauer-Stiftung	acronym=KAS	affiliation=Germany
Friedrich Ebert Foundation	kind=organization	alias=Friedrich-Ebert-Stiftung	acronym=FES	affiliation=Germany
Heinrich Böll Foundation	kind=organization	alias=Heinrich-Böll-Stiftung|Heinrich Boell Foundation	affiliation=Germany
Körber Foundation	kind=organization	alias=Körber-Stiftung|Koerber Foundation	affiliation=Germany
Kiel Institute for the World Economy	kind=organization	alias=Kiel Institute	affiliation=Germany
Italian Institute for International Political Studies	kind=organization	acronym=ISPI	affiliation=Italy
Istituto Affari Internazionali	kind=organization	affiliation=Italy
Elcano Royal Institute	kind=organization	alias=Real Instituto Elcano	affiliation=Spain
Polish Institute of International Affairs	kind=organization	acronym=PISM	affiliation=Poland
Centre for Eastern Studies	kind=organization	acronym=OSW	alias=Ośrodek Studiów Wschodnich	affiliation=Poland
GLOBSEC	kind=organization	affiliation=Slovakia
International Centre for Defence and Security	kind=organization	acronym=ICDS	affiliation=Estonia
Finnish Institute of International Affairs	kind=organization	acronym=FIIA	affiliation=Finland
Swedish Institute of International Affairs	kind=organization	affiliation=Sweden
Norwegian Institute of International Affairs	kind=organization	acronym=NUPI	affiliation=Norway
Danish Institute for International Studies	kind=organization	acronym=DIIS	affiliation=Denmark
Geneva Centre for Security Policy	kind=organization	acronym=GCSP	affiliation=Switzerland
Centre for Research on Energy and Clean Air	kind=organization	acronym=CREA	affiliation=Finland
Oxford Institute for Energy Studies	kind=organization	acronym=OIES	affiliation=United Kingdom
Razumkov Centre	kind=organization	alias=Razumkov Center	affiliation=Ukraine
Kyiv School of Economics	kind=organization	affiliation=Ukraine
New Europe Center	kind=organization	affiliation=Ukraine
Levada Center	kind=organization	alias=Levada Centre	affiliation=Russia
VTsIOM	kind=organization	alias=Russian Public Opinion Research Center	affiliation=Russia
Center of Analysis of International Relations	kind=organization	alias=AIR Center	affiliation=Azerbaijan
Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan	kind=organization	acronym=ISRS	affiliation=Uzbekistan
Nazarbayev University	kind=organization	affiliation=Kazakhstan
SETA Foundation	kind=organization	alias=Foundation for Political, Economic and Social Research	affiliation=Turkey
Centre for Economics and Foreign Policy Studies	kind=organization	acronym=EDAM	affiliation=Turkey
Institute for Political and International Studies	kind=organization	acronym=IPIS	affiliation=Iran
Institute for National Security Studies	kind=organization	acronym=INSS	affiliation=Israel
Begin-Sadat Center for Strategic Studies	kind=organization	alias=BESA Center	affiliation=Israel
King Faisal Center for Research and Islamic Studies	kind=organization	affiliation=Saudi Arabia
Gulf Research Center	kind=organization	affiliation=Saudi Arabia
Emirates Policy Center	kind=organization	affiliation=United Arab Emirates
Middle East Council on Global Affairs	kind=organization	affiliation=Qatar
Arab Center for Research and Policy Studies	kind=organization	affiliation=Qatar
Washington Institute for Near East Policy	kind=organization	alias=Washington Institute	affiliation=United States
Middle East Institute	kind=organization	acronym=MEI	affiliation=United States
Foundation for Defense of Democracies	kind=organization	acronym=FDD	affiliation=United States
Peterson Institute for International Economics	kind=organization	acronym=PIIE	affiliation=United States
Center for Global Development	kind=organization	affiliation=United States
Cato Institute	kind=organization	affiliation=United States
Belfer Center for Science and International Affairs	kind=organization	alias=Belfer Center	affiliation=United States
East-West Center	kind=organization	affiliation=United States
National Bureau of Asian Research	kind=organization	acronym=NBR	affiliation=United States
Arms Control Association	kind=organization	affiliation=United States
New Lines Institute	kind=organization	affiliation=United States
Africa Center for Strategic Studies	kind=organization	affiliation=United States
The Asia Foundation	kind=organization	alias=Asia Foundation	affiliation=United States
Armed Conflict Location & Event Data	kind=organization	acronym=ACLED	alias=Armed Conflict Location and Event Data Project|Armed Conflict Location & Event Data Project
Global Energy Monitor	kind=organization
AidData	kind=organization	affiliation=United States
Manohar Parrikar Institute for Defence Studies and Analyses	kind=organization	acronym=MP-IDSA|IDSA	alias=Institute for Defence Studies and Analyses	affiliation=India
Gateway House	kind=organization	alias=Gateway House: Indian Council on Global Relations	affiliation=India
Vivekananda International Foundation	kind=organization	acronym=VIF	affiliation=India
Indian Council of World Affairs	kind=organization	acronym=ICWA	affiliation=India
Institute of Strategic Studies Islamabad	kind=organization	acronym=ISSI	affiliation=Pakistan
Islamabad Policy Research Institute	kind=organization	acronym=IPRI	affiliation=Pakistan
Japan Institute of International Affairs	kind=organization	acronym=JIIA	affiliation=Japan
Sasakawa Peace Foundation	kind=organization	affiliation=Japan
Asan Institute for Policy Studies	kind=organization	alias=Asan Institute	affiliation=South Korea
Korea Institute for National Unification	kind=organization	acronym=KINU	affiliation=South Korea
Korea Institute for Defense Analyses	kind=organization	acronym=KIDA	affiliation=South Korea
Institute for National Defense and Security Research	kind=organization	acronym=INDSR	affiliation=Taiwan
Tsinghua University	kind=organization	affiliation=China
Peking University	kind=organization	affiliation=China
Fudan University	kind=organization	affiliation=China
Renmin University of China	kind=organization	alias=Renmin University	affiliation=China
Chongyang Institute for Financial Studies	kind=organization	alias=Chongyang Institute	affiliation=Renmin University of China
Center for China and Globalization	kind=organization	acronym=CCG	affiliation=China
ISEAS–Yusof Ishak Institute	kind=organization	alias=ISEAS-Yusof Ishak Institute|ISEAS	affiliation=Singapore
S. Rajaratnam School of International Studies	kind=organization	acronym=RSIS	alias=S Rajaratnam School of International Studies	affiliation=Singapore
Institute of Strategic and International Studies Malaysia	kind=organization	alias=ISIS Malaysia	affiliation=Malaysia
Australian Strategic Policy Institute	kind=organization	acronym=ASPI	affiliation=Australia
ISS Africa	kind=organization	alias=Institute for Security Studies Africa	affiliation=South Africa
South African Institute of International Affairs	kind=organization	acronym=SAIIA	affiliation=South Africa
Ports and Maritime Organization	kind=organization	alias=Ports and Maritime Organisation	affiliation=Iran

# --- Political parties (plain-word names no head-noun rule can find, and parties named like frameworks) ---
Patriots for Europe	kind=group	alias=Patriots for Europe group|PfE group	affiliation=European Parliament
European People's Party	kind=group	acronym=EPP	affiliation=European Parliament
Renew Europe	kind=group	affiliation=European Parliament
European Conservatives and Reformists	kind=group	acronym=ECR	affiliation=European Parliament
Europe of Sovereign Nations	kind=group	affiliation=European Parliament
Alliance of Independent Social Democrats	kind=organization	acronym=SNSD	affiliation=Bosnia and Herzegovina
Party of Democratic Action	kind=organization	acronym=SDA	affiliation=Bosnia and Herzegovina
Party of Action and Solidarity	kind=organization	acronym=PAS	affiliation=Moldova
Party of Socialists of the Republic of Moldova	kind=organization	alias=Party of Socialists	acronym=PSRM	affiliation=Moldova
Our Party	kind=organization	alias=Partidul Nostru	affiliation=Moldova
Heart of Moldova	kind=organization	affiliation=Moldova
Civil Contract	kind=organization	alias=Civil Contract party	affiliation=Armenia
United National Movement	kind=organization	acronym=UNM	affiliation=Georgia
Coalition for Change	kind=organization	affiliation=Georgia
Liberal Democratic Party of Russia	kind=organization	acronym=LDPR	affiliation=Russia
Communist Party of the Russian Federation	kind=organization	acronym=KPRF	affiliation=Russia
Bharatiya Janata Party	kind=organization	acronym=BJP	affiliation=India
Indian National Congress	kind=organization	alias=Congress party	affiliation=India
Pakistan Tehreek-e-Insaf	kind=organization	alias=Pakistan Tehreek-i-Insaf	acronym=PTI	affiliation=Pakistan
Pakistan Muslim League-Nawaz	kind=organization	alias=Pakistan Muslim League (Nawaz)	acronym=PML-N	affiliation=Pakistan
Nepali Congress	kind=organization	affiliation=Nepal
Communist Party of Nepal (Unified Marxist–Leninist)	kind=organization	alias=Communist Party of Nepal (Unified Marxist-Leninist)	acronym=CPN-UML	affiliation=Nepal
Serbian Progressive Party	kind=organization	acronym=SNS	affiliation=Serbia
Liberal Democratic Party of Japan	kind=organization	alias=Liberal Democratic Party	acronym=LDP	affiliation=Japan
Constitutional Democratic Party of Japan	kind=organization	alias=Constitutional Democratic Party	acronym=CDP	affiliation=Japan
Komeito	kind=organization	affiliation=Japan
Peoples' Equality and Democracy Party	kind=organization	alias=Peoples’ Equality and Democracy Party|DEM Party	affiliation=Turkey
Nationalist Movement Party	kind=organization	acronym=MHP	affiliation=Turkey
Republican People's Party	kind=organization	alias=Republican People’s Party	acronym=CHP	affiliation=Turkey
Kurdistan Democratic Party	kind=organization	acronym=KDP	affiliation=Iraq
Patriotic Union of Kurdistan	kind=organization	acronym=PUK	affiliation=Iraq
Mongolian People's Party	kind=organization	acronym=MPP	affiliation=Mongolia
Democratic Party of Mongolia	kind=organization	acronym=DP	affiliation=Mongolia
Law and Justice	kind=organization	alias=Law and Justice party	acronym=PiS	affiliation=Poland
Kuomintang	kind=organization	acronym=KMT	affiliation=Taiwan
Democratic Progressive Party	kind=organization	acronym=DPP	affiliation=Taiwan
Siumut	kind=organization	affiliation=Greenland
Inuit Ataqatigiit	kind=organization	acronym=IA	affiliation=Greenland
Demokraatit	kind=organization	affiliation=Greenland
Naleraq	kind=organization	affiliation=Greenland
Atassut	kind=organization	affiliation=Greenland
Vetëvendosje	kind=organization	alias=Vetevendosje|Self-Determination Movement	affiliation=Kosovo
Srpska Lista	kind=organization	alias=Serb List|Serbian List	affiliation=Kosovo
Alga Karakalpakstan	kind=organization
National People's Power	kind=organization	affiliation=Sri Lanka
Janatha Vimukthi Peramuna	kind=organization	acronym=JVP	affiliation=Sri Lanka
Sri Lanka Podujana Peramuna	kind=organization	acronym=SLPP	affiliation=Sri Lanka
Samagi Jana Balawegaya	kind=organization	acronym=SJB	affiliation=Sri Lanka
Aragalaya	kind=organization	affiliation=Sri Lanka
Likud	kind=organization	affiliation=Israel
Yesh Atid	kind=organization	affiliation=Israel
Pheu Thai	kind=organization	alias=Pheu Thai Party	affiliation=Thailand
Bhumjaithai	kind=organization	alias=Bhumjaithai Party	affiliation=Thailand
Move Forward	kind=organization	alias=Move Forward Party	affiliation=Thailand
Palang Pracharath	kind=organization	alias=Palang Pracharath Party	affiliation=Thailand
United Thai Nation	kind=organization	alias=United Thai Nation Party	affiliation=Thailand
United Malays National Organisation	kind=organization	alias=United Malays National Organization	acronym=UMNO	affiliation=Malaysia
Pakatan Harapan	kind=organization	affiliation=Malaysia
Barisan Nasional	kind=organization	affiliation=Malaysia
Perikatan Nasional	kind=organization	affiliation=Malaysia
Gerindra	kind=organization	alias=Gerindra Party	affiliation=Indonesia
Golkar	kind=organization	alias=Golkar Party	affiliation=Indonesia
National League for Democracy	kind=organization	acronym=NLD	affiliation=Myanmar
All India Trinamool Congress	kind=organization	alias=Trinamool Congress|Trinamool	acronym=TMC	affiliation=India
Smer	kind=organization	alias=Smer-SD	affiliation=Slovakia
Servant of the People	kind=organization	affiliation=Ukraine
A Just Russia	kind=organization	affiliation=Russia
Ak Zhol	kind=organization	alias=Ak Zhol party	affiliation=Kazakhstan
Ata-Meken	kind=organization	affiliation=Kyrgyzstan
Lelo	kind=organization	alias=Lelo for Georgia	affiliation=Georgia
Prosperous Armenia	kind=organization	affiliation=Armenia

# --- Parliaments known by a name of their own ---
Sejm	kind=organization	alias=Polish Sejm	affiliation=Poland
Storting	kind=organization	alias=Norwegian Storting	affiliation=Norway
National Diet	kind=organization	alias=Diet|Japanese Diet	affiliation=Japan
Knesset	kind=organization	alias=Israeli Knesset	affiliation=Israel
Bundestag	kind=organization	alias=German Bundestag	affiliation=Germany
Verkhovna Rada	kind=organization	alias=Rada|Ukrainian parliament	affiliation=Ukraine
Milli Majlis	kind=organization	alias=Milli Majlis of Azerbaijan	affiliation=Azerbaijan
Grand National Assembly of Turkey	kind=organization	alias=Grand National Assembly|Turkish Grand National Assembly	affiliation=Turkey
Lok Sabha	kind=organization	affiliation=India
Riigikogu	kind=organization	affiliation=Estonia
Saeima	kind=organization	affiliation=Latvia
Seimas	kind=organization	affiliation=Lithuania
Folketing	kind=organization	alias=Danish parliament	affiliation=Denmark
Riksdag	kind=organization	alias=Swedish Riksdag	affiliation=Sweden
Eduskunta	kind=organization	affiliation=Finland
Althing	kind=organization	affiliation=Iceland

# --- Armed and militant groups: South Asia (more) ---
Lashkar-e-Taiba	kind=group	alias=Lashkar-e-Tayyiba|Lashkar-e-Toiba|Lashkar-e-Tayyaba	acronym=LeT
Jamaat-ud-Dawa	kind=group	alias=Jamaat-ud-Dawah|Jamat-ud-Dawa	acronym=JuD	affiliation=Lashkar-e-Taiba
The Resistance Front	kind=group	acronym=TRF	affiliation=Lashkar-e-Taiba
Jaish-e-Mohammed	kind=group	alias=Jaish-e-Muhammad|Jaish-e-Mohammad|Jaish-i-Mohammed	acronym=JeM
People's Anti-Fascist Front	kind=group	acronym=PAFF	affiliation=Jaish-e-Mohammed
Kashmir Tigers	kind=group	affiliation=Jaish-e-Mohammed
Hizbul Mujahideen	kind=group	alias=Hizb-ul-Mujahideen|Hizbul Mujahidin
Harkat-ul-Mujahideen	kind=group	alias=Harkat ul-Mujahideen	acronym=HuM
Lashkar-e-Jhangvi	kind=group	alias=Lashkar-e-Jhangvi al-Alami	acronym=LeJ
Sipah-e-Sahaba Pakistan	kind=group
Ahle Sunnat Wal Jamaat	kind=group	acronym=ASWJ
Jamaat-ul-Ahrar	kind=group	acronym=JuA
Hafiz Gul Bahadur Group	kind=group	alias=Hafiz Gul Bahadur group
Haqqani Network	kind=group	alias=Haqqani network
Hezb-e-Islami	kind=group	alias=Hizb-e-Islami|Hezb-i-Islami
National Resistance Front of Afghanistan	kind=group	alias=National Resistance Front
Balochistan Liberation Front	kind=group	alias=Baloch Liberation Front	acronym=BLF
Baloch Republican Army	kind=group
Baloch Raaji Aajoi Sangar	kind=group	acronym=BRAS
Majeed Brigade	kind=group
Baloch Yakjehti Committee	kind=group	acronym=BYC
Pashtun Tahafuz Movement	kind=group	acronym=PTM
Jaish al-Adl	kind=group	alias=Jaish ul-Adl|Jaysh al-Adl
Communist Party of India (Maoist)	kind=group	alias=CPI (Maoist)|CPI(Maoist)
People's Liberation Guerrilla Army	kind=group	acronym=PLGA	affiliation=Communist Party of India (Maoist)
United Liberation Front of Asom	kind=group	alias=United Liberation Front of Assam|ULFA (Independent)	acronym=ULFA|ULFA-I
National Socialist Council of Nagaland (Isak-Muivah)	kind=group	alias=NSCN (I-M)	acronym=NSCN-IM
National Socialist Council of Nagaland (Khaplang)	kind=group	acronym=NSCN-K
United National Liberation Front	kind=group	acronym=UNLF
Kuki National Organisation	kind=group	alias=Kuki National Organization	acronym=KNO
Arambai Tenggol	kind=group
Babbar Khalsa International	kind=group	alias=Babbar Khalsa	acronym=BKI
Khalistan Tiger Force	kind=group	acronym=KTF
Sikhs for Justice	kind=group	acronym=SFJ
Liberation Tigers of Tamil Eelam	kind=group	alias=Tamil Tigers	acronym=LTTE
Jamaat-ul-Mujahideen Bangladesh	kind=group	acronym=JMB
Ansarullah Bangla Team	kind=group	alias=Ansar al-Islam Bangladesh
Kuki-Chin National Front	kind=group
Arakan Rohingya Salvation Army	kind=group	acronym=ARSA
Rohingya Solidarity Organisation	kind=group	alias=Rohingya Solidarity Organization
Tehreek-e-Labbaik Pakistan	kind=group	alias=Tehreek-i-Labbaik Pakistan|Tehrik-e-Labbaik Pakistan	acronym=TLP
Jamiat Ulema-e-Islam (F)	kind=group	alias=Jamiat Ulema-e-Islam-Fazl	acronym=JUI-F
Muttahida Qaumi Movement	kind=group	alias=Muttahida Qaumi Movement-Pakistan	acronym=MQM|MQM-P
Pakistan Peoples Party	kind=group	alias=Pakistan People's Party
All Parties Hurriyat Conference	kind=group	alias=Hurriyat Conference	acronym=APHC
Rashtriya Swayamsevak Sangh	kind=organization
Vishwa Hindu Parishad	kind=organization	acronym=VHP
Bajrang Dal	kind=group
Hefazat-e-Islam	kind=group	alias=Hefazat-e-Islam Bangladesh
Jatiya Party	kind=group
National Citizen Party	kind=group
# --- Armed and militant groups: Middle East and North Africa (more) ---
Kata'ib Hezbollah	kind=group	alias=Kataib Hezbollah|Kata'ib Hizballah|Kataib Hizbollah
Popular Mobilization Forces	kind=organization	alias=Popular Mobilisation Forces|Popular Mobilization Units|Popular Mobilisation Units|Hashd al-Shaabi|al-Hashd al-Shaabi	acronym=PMF	affiliation=Iraq
Asa'ib Ahl al-Haq	kind=group	alias=Asaib Ahl al-Haq|Asa’ib Ahl al-Haq
Harakat Hezbollah al-Nujaba	kind=group	alias=Harakat al-Nujaba|al-Nujaba
Kata'ib Sayyid al-Shuhada	kind=group	alias=Kataib Sayyid al-Shuhada
Badr Organization	kind=group	alias=Badr Organisation|Badr Corps
Islamic Resistance in Iraq	kind=group
Sadrist Movement	kind=group	alias=Sadrist movement|Shiite National Movement|National Shiite Movement
Saraya al-Salam	kind=group	affiliation=Sadrist Movement
Quds Force	kind=organization	alias=IRGC Quds Force|IRGC-Quds Force	affiliation=Iran
Basij	kind=organization	alias=Basij Resistance Force|Basij militia	affiliation=Iran
Fatemiyoun Division	kind=group	alias=Liwa Fatemiyoun|Fatemiyoun Brigade
Zainabiyoun Brigade	kind=group	alias=Liwa Zainabiyoun
Syrian National Army	kind=group	affiliation=Syria
Jabhat al-Nusra	kind=group	alias=al-Nusra Front|Nusra Front
Hurras al-Din	kind=group	alias=Hurras al-Deen
Ahrar al-Sham	kind=group
Women's Protection Units	kind=group	acronym=YPJ
Democratic Union Party	kind=group	acronym=PYD
Autonomous Administration of North and East Syria	kind=organization	acronym=AANES
Free Life Party of Kurdistan	kind=group	acronym=PJAK
Kurdistan Democratic Party of Iran	kind=group	acronym=KDPI|PDKI
Peshmerga	kind=organization
Fatah	kind=group
Palestinian Islamic Jihad	kind=group	acronym=PIJ	affiliation=Palestine
Al-Quds Brigades	kind=group	alias=al-Quds Brigades|Saraya al-Quds	affiliation=Palestinian Islamic Jihad
Izz ad-Din al-Qassam Brigades	kind=group	alias=Qassam Brigades|al-Qassam Brigades|Izz al-Din al-Qassam Brigades|Ezzedine al-Qassam Brigades	affiliation=Hamas
Al-Aqsa Martyrs' Brigades	kind=group	alias=al-Aqsa Martyrs Brigades	affiliation=Fatah
Popular Front for the Liberation of Palestine	kind=group	acronym=PFLP
Democratic Front for the Liberation of Palestine	kind=group	acronym=DFLP
Radwan Force	kind=group	alias=Radwan forces|Radwan unit	affiliation=Hezbollah
Amal Movement	kind=group
Free Patriotic Movement	kind=group	acronym=FPM
Southern Transitional Council	kind=group	acronym=STC
Al-Islah	kind=group	alias=Islah Party|Yemeni Congregation for Reform
Giants Brigades	kind=group	alias=Al-Amaliqa
Al-Qaeda in the Arabian Peninsula	kind=group	alias=al-Qaeda in the Arabian Peninsula	acronym=AQAP
Al-Qaeda in the Islamic Maghreb	kind=group	alias=al-Qaeda in the Islamic Maghreb	acronym=AQIM
Al-Qaeda in the Indian Subcontinent	kind=group	alias=al-Qaeda in the Indian Subcontinent	acronym=AQIS
Islamic State Sinai Province	kind=group	alias=Wilayat Sinai
Libyan National Army	kind=group	alias=Libyan Arab Armed Forces	acronym=LNA|LAAF	affiliation=Libya
Radaa Special Deterrence Force	kind=group	alias=Special Deterrence Force|Radaa
People's Mojahedin Organization of Iran	kind=group	alias=Mojahedin-e-Khalq|Mujahedin-e-Khalq|Mujahideen-e-Khalq	acronym=MEK|PMOI|MKO
National Council of Resistance of Iran	kind=group	acronym=NCRI
Gülen movement	kind=group	alias=Gulen movement|Hizmet movement|Fethullah Terrorist Organization	acronym=FETÖ|FETO
Polisario Front	kind=group	alias=Frente Polisario
# --- Armed and militant groups: Africa (more) ---
Allied Democratic Forces	kind=group
Islamic State Central Africa Province	kind=group	acronym=ISCAP
Islamic State Mozambique Province	kind=group
Islamic State Somalia Province	kind=group	alias=Islamic State in Somalia
Cooperative for the Development of Congo	kind=group	acronym=CODECO
Alliance Fleuve Congo	kind=group	alias=Congo River Alliance	acronym=AFC/M23
Wazalendo	kind=group
Democratic Forces for the Liberation of Rwanda	kind=group	acronym=FDLR
Coalition of Patriots for Change	kind=group
Lord's Resistance Army	kind=group	acronym=LRA
Sudan People's Liberation Movement-North	kind=group	acronym=SPLM-N
Sudan Liberation Movement	kind=group	alias=Sudan Liberation Army|Sudan Liberation Movement/Army	acronym=SLM
Justice and Equality Movement	kind=group
Sudan Founding Alliance	kind=group	alias=Tasis Alliance
Sudan People's Liberation Movement-in-Opposition	kind=group	alias=SPLM/A-IO	acronym=SPLM-IO
Sudan People's Liberation Movement	kind=group	acronym=SPLM
Fano	kind=group	alias=Fano militia|Amhara Fano
Oromo Liberation Army	kind=group	acronym=OLA
Oromo Liberation Front	kind=group	acronym=OLF
Tigray Defense Forces	kind=group	alias=Tigray Defence Forces
Ansaru	kind=group	alias=Jama'atu Ansarul Muslimina fi Biladis Sudan
Lakurawa	kind=group
Indigenous People of Biafra	kind=group	acronym=IPOB
Eastern Security Network	kind=group	acronym=ESN
Amotekun	kind=organization	alias=Western Nigeria Security Network
Miyetti Allah Cattle Breeders Association of Nigeria	kind=organization	acronym=MACBAN
Ambazonia Defence Forces	kind=group
Front for the Liberation of Azawad	kind=group	alias=Azawad Liberation Front
Coordination of Azawad Movements	kind=group
Katiba Macina	kind=group	alias=Macina Liberation Front
Ansar Dine	kind=group	alias=Ansar Eddine
Volunteers for the Defence of the Homeland	kind=group	acronym=VDP	affiliation=Burkina Faso
Front for Change and Concord in Chad	kind=group
# --- Armed and militant groups: Southeast and East Asia (more) ---
New People's Army	kind=group
Communist Party of the Philippines	kind=group	alias=Communist Party of the Philippines-New People's Army|CPP-NPA
National Democratic Front of the Philippines	kind=group	acronym=NDFP
Abu Sayyaf	kind=group	alias=Abu Sayyaf Group
Moro Islamic Liberation Front	kind=group	acronym=MILF
Moro National Liberation Front	kind=group	acronym=MNLF
Bangsamoro Islamic Freedom Fighters	kind=group	acronym=BIFF
Dawlah Islamiyah	kind=group	alias=Dawlah Islamiya
Maute Group	kind=group	alias=Maute group
Jemaah Islamiyah	kind=group
Jamaah Ansharut Daulah	kind=group
Free Papua Movement	kind=group	alias=Organisasi Papua Merdeka
West Papua National Liberation Army	kind=group	acronym=TPNPB
United Liberation Movement for West Papua	kind=group	acronym=ULMWP
Barisan Revolusi Nasional	kind=group	alias=Barisan Revolusi Nasional-Koordinasi	acronym=BRN
Kachin Independence Organization	kind=group	alias=Kachin Independence Organisation	acronym=KIO
United Wa State Army	kind=group	acronym=UWSA
United League of Arakan	kind=group
National Unity Government	kind=group	alias=National Unity Government of Myanmar	acronym=NUG
Committee Representing Pyidaungsu Hluttaw	kind=group	acronym=CRPH
Karen National Union	kind=group	acronym=KNU
Karen National Liberation Army	kind=group	acronym=KNLA
Karen National Army	kind=group	alias=Karen Border Guard Force
Democratic Karen Buddhist Army	kind=group	alias=Democratic Karen Benevolent Army	acronym=DKBA
Karenni National Progressive Party	kind=group	acronym=KNPP
Chin National Front	kind=group
Restoration Council of Shan State	kind=group	acronym=RCSS
Shan State Progress Party	kind=group	acronym=SSPP
Union Solidarity and Development Party	kind=group	acronym=USDP
Tatmadaw	kind=organization	alias=Myanmar Armed Forces	affiliation=Myanmar
Falun Gong	kind=group	alias=Falun Dafa
# --- Armed groups, cartels and gangs: Latin America and Caribbean (more) ---
Clan del Golfo	kind=group	alias=Gulf Clan|Autodefensas Gaitanistas de Colombia|Ejército Gaitanista de Colombia|Ejercito Gaitanista de Colombia	acronym=EGC
Estado Mayor Central	kind=group	alias=Central General Staff
Estado Mayor de Bloques y Frentes	kind=group	acronym=EMBF
Segunda Marquetalia	kind=group	alias=Second Marquetalia
Cartel de los Soles	kind=group	alias=Cartel of the Suns|Cártel de los Soles
Gulf Cartel	kind=group	alias=Cártel del Golfo
Los Zetas	kind=group
Cartel del Noreste	kind=group	alias=Cártel del Noreste|Northeast Cartel
La Familia Michoacana	kind=group
Cárteles Unidos	kind=group	alias=Carteles Unidos
Los Chapitos	kind=group	affiliation=Sinaloa Cartel
La Mayiza	kind=group	affiliation=Sinaloa Cartel
Beltrán-Leyva Organization	kind=group	alias=Beltran-Leyva Organization|Beltrán Leyva Cartel
Juárez Cartel	kind=group	alias=Juarez Cartel
Primeiro Comando da Capital	kind=group	alias=First Capital Command
Comando Vermelho	kind=group	alias=Red Command
Mara Salvatrucha	kind=group	alias=MS13	acronym=MS-13
Barrio 18	kind=group	alias=18th Street gang|Calle 18
Viv Ansanm	kind=group
400 Mawozo	kind=group
Gran Grif	kind=group
# --- Armed groups: Europe and Eurasia (more) ---
Russian Volunteer Corps	kind=group	acronym=RDK	affiliation=Russia
Freedom of Russia Legion	kind=group
Azov Brigade	kind=group	alias=Azov Regiment|Azov Battalion	affiliation=Ukraine
New IRA	kind=group	alias=New Irish Republican Army
# --- NGOs, humanitarian agencies and rights groups (more) ---
Médecins Sans Frontières	kind=organization	alias=Medecins Sans Frontieres|Doctors Without Borders	acronym=MSF
International Federation of Red Cross and Red Crescent Societies	kind=organization	acronym=IFRC
Norwegian Refugee Council	kind=organization	affiliation=Norway
Danish Refugee Council	kind=organization	affiliation=Denmark
International Rescue Committee	kind=organization
Mercy Corps	kind=organization
Save the Children	kind=organization
Oxfam	kind=organization	alias=Oxfam International
Refugees International	kind=organization
Internal Displacement Monitoring Centre	kind=organization	acronym=IDMC
International Federation for Human Rights	kind=organization	acronym=FIDH
Citizen Lab	kind=organization
NetBlocks	kind=organization
Global Witness	kind=organization
International Consortium of Investigative Journalists	kind=organization	acronym=ICIJ
The Sentry	kind=organization
C4ADS	kind=organization
Airwars	kind=organization
Small Arms Survey	kind=organization
Conflict Armament Research	kind=organization
Global Initiative Against Transnational Organized Crime	kind=organization	acronym=GI-TOC
InSight Crime	kind=organization
Uppsala Conflict Data Program	kind=organization	acronym=UCDP
Varieties of Democracy	kind=organization	alias=V-Dem Institute	acronym=V-Dem
International IDEA	kind=organization	alias=International Institute for Democracy and Electoral Assistance
Critical Threats	kind=organization	alias=Critical Threats Project
Counter Extremism Project	kind=organization
SITE Intelligence Group	kind=organization
The Soufan Center	kind=organization	alias=Soufan Center
Open Doors	kind=organization	alias=Open Doors International|Open Doors UK|Open Doors US
Christian Solidarity Worldwide	kind=organization
Aid to the Church in Need	kind=organization
International Christian Concern	kind=organization
United States Commission on International Religious Freedom	kind=organization	alias=U.S. Commission on International Religious Freedom|US Commission on International Religious Freedom	acronym=USCIRF	affiliation=United States
Intersociety	kind=organization	alias=International Society for Civil Liberties and Rule of Law
SBM Intelligence	kind=organization
Syrian Observatory for Human Rights	kind=organization	acronym=SOHR	affiliation=Syria
Syrian Network for Human Rights	kind=organization	acronym=SNHR	affiliation=Syria
B'Tselem	kind=organization	alias=B’Tselem
Peace Now	kind=organization
Al-Haq	kind=organization
Palestinian Centre for Human Rights	kind=organization	alias=Palestinian Center for Human Rights	acronym=PCHR	affiliation=Palestine
Euro-Med Human Rights Monitor	kind=organization	alias=Euro-Mediterranean Human Rights Monitor|Euro-Med Monitor
Iran Human Rights	kind=organization
Human Rights Activists News Agency	kind=organization	acronym=HRANA
Hengaw	kind=organization	alias=Hengaw Organization for Human Rights
Assistance Association for Political Prisoners	kind=organization	acronym=AAPP
Fortify Rights	kind=organization
Human Rights Commission of Pakistan	kind=organization	acronym=HRCP
OVD-Info	kind=organization
Memorial Human Rights Centre	kind=organization	alias=Memorial Human Rights Defence Centre|Memorial International
Carter Center	kind=organization	alias=The Carter Center
National Democratic Institute	kind=organization	acronym=NDI
International Republican Institute	kind=organization
National Endowment for Democracy	kind=organization	acronym=NED
International Foundation for Electoral Systems	kind=organization	acronym=IFES
International Peace Institute	kind=organization
Mo Ibrahim Foundation	kind=organization
Geneva Centre for Security Sector Governance	kind=organization	acronym=DCAF
International Centre for Counter-Terrorism	kind=organization	acronym=ICCT
Come Back Alive	kind=organization	alias=Come Back Alive Foundation
Anti-Defamation League	kind=organization	acronym=ADL
American Israel Public Affairs Committee	kind=organization	acronym=AIPAC	affiliation=United States
J Street	kind=organization
Middle East Media Research Institute	kind=organization	acronym=MEMRI
Nuclear Threat Initiative	kind=organization	acronym=NTI
Federation of American Scientists	kind=organization
# --- Pollsters and survey projects (more) ---
Pew Research Center	kind=organization	alias=Pew Research Centre|Pew Research
Gallup	kind=organization	alias=Gallup Inc.
Gallup Pakistan	kind=organization
Gallup Korea	kind=organization
Ipsos	kind=organization	alias=Ipsos MORI
YouGov	kind=organization
Afrobarometer	kind=organization
Arab Barometer	kind=organization
Latinobarómetro	kind=organization	alias=Latinobarometro|Latinobarometer
Eurobarometer	kind=organization
Public Opinion Foundation	kind=organization
Kyiv International Institute of Sociology	kind=organization	acronym=KIIS
Rating Sociological Group	kind=organization
Palestinian Center for Policy and Survey Research	kind=organization	acronym=PCPSR	affiliation=Palestine
Israel Democracy Institute	kind=organization
Realmeter	kind=organization
Social Weather Stations	kind=organization
Pulse Asia	kind=organization	alias=Pulse Asia Research
Lembaga Survei Indonesia	kind=organization	alias=Indonesian Survey Institute
Indikator Politik Indonesia	kind=organization	alias=Indikator Politik
Taiwanese Public Opinion Foundation	kind=organization	alias=Taiwan Public Opinion Foundation	affiliation=Taiwan
KONDA	kind=organization	alias=KONDA Research
MetroPOLL	kind=organization
Datafolha	kind=organization
AtlasIntel	kind=organization
# --- Religious institutions (more) ---
Roman Catholic Church	kind=organization	alias=Catholic Church
Russian Orthodox Church	kind=organization	alias=Moscow Patriarchate	affiliation=Russia
Ecumenical Patriarchate of Constantinople	kind=organization	alias=Ecumenical Patriarchate
Orthodox Church of Ukraine	kind=organization	acronym=OCU
Ukrainian Orthodox Church (Moscow Patriarchate)	kind=organization	alias=Ukrainian Orthodox Church	acronym=UOC|UOC-MP	affiliation=Ukraine
Ukrainian Greek Catholic Church	kind=organization	acronym=UGCC	affiliation=Ukraine
Serbian Orthodox Church	kind=organization	affiliation=Serbia
Georgian Orthodox Church	kind=organization	affiliation=Georgia
Armenian Apostolic Church	kind=organization	affiliation=Armenia
Coptic Orthodox Church	kind=organization
Maronite Church	kind=organization	alias=Maronite Catholic Church
Chaldean Catholic Church	kind=organization
Greek Orthodox Patriarchate of Jerusalem	kind=organization
Latin Patriarchate of Jerusalem	kind=organization
Church of England	kind=organization
World Council of Churches	kind=organization
Community of Sant'Egidio	kind=organization	alias=Sant'Egidio|Sant’Egidio|Community of Sant’Egidio
Chinese Patriotic Catholic Association	kind=organization	affiliation=China
Islamic Association of China	kind=organization
Central Tibetan Administration	kind=organization	alias=Tibetan government-in-exile
Al-Azhar	kind=organization	alias=al-Azhar|Al-Azhar University|Al-Azhar Mosque|Al Azhar	affiliation=Egypt
Muslim World League	kind=organization
Diyanet	kind=organization	alias=Presidency of Religious Affairs|Diyanet İşleri Başkanlığı	affiliation=Turkey
Darul Uloom Deoband	kind=organization	alias=Dar al-Ulum Deoband
Darul Uloom Haqqania	kind=organization	alias=Jamia Haqqania
Tablighi Jamaat	kind=organization
Jamiat Ulama-i-Hind	kind=organization	alias=Jamiat Ulema-e-Hind
All India Muslim Personal Law Board	kind=organization	acronym=AIMPLB
Shiromani Gurdwara Parbandhak Committee	kind=organization	acronym=SGPC
Akal Takht	kind=organization
Catholic Bishops' Conference of India	kind=organization	acronym=CBCI
Nahdlatul Ulama	kind=organization
Muhammadiyah	kind=organization
Indonesian Ulema Council	kind=organization	alias=Majelis Ulama Indonesia	acronym=MUI	affiliation=Indonesia
Christian Association of Nigeria	kind=organization
Catholic Bishops' Conference of Nigeria	kind=organization	acronym=CBCN
Jama'atu Nasril Islam	kind=organization	alias=Jama’atu Nasril Islam	acronym=JNI
Nigerian Supreme Council for Islamic Affairs	kind=organization	acronym=NSCIA	affiliation=Nigeria
Chief Rabbinate of Israel	kind=organization
Bahá'í International Community	kind=organization	alias=Baha'i International Community
Ahmadiyya Muslim Community	kind=organization
Jehovah's Witnesses	kind=organization
Unification Church	kind=organization	alias=Family Federation for World Peace and Unification
Ma Ba Tha	kind=organization
Bodu Bala Sena	kind=organization
# --- Think tanks and research institutes: South Asia (more) ---
Delhi Policy Group	kind=organization
Takshashila Institution	kind=organization
Indian Council for Research on International Economic Relations	kind=organization	acronym=ICRIER	affiliation=India
National Maritime Foundation	kind=organization
United Service Institution of India	kind=organization
Sustainable Development Policy Institute	kind=organization	acronym=SDPI
Jinnah Institute	kind=organization
Pakistan Institute of Legislative Development and Transparency	kind=organization	acronym=PILDAT
Pak Institute for Peace Studies	kind=organization	acronym=PIPS
Pakistan Institute for Conflict and Security Studies	kind=organization	acronym=PICSS
Bangladesh Institute of International and Strategic Studies	kind=organization	acronym=BIISS
Bangladesh Institute of Peace and Security Studies	kind=organization	acronym=BIPSS
Lakshman Kadirgamar Institute	kind=organization	alias=Lakshman Kadirgamar Institute of International Relations and Strategic Studies
Verité Research	kind=organization	alias=Verite Research
South Asia Terrorism Portal	kind=organization	acronym=SATP
# --- Think tanks and research institutes: East and Southeast Asia, Pacific (more) ---
China Center for International Economic Exchanges	kind=organization	acronym=CCIEE
Development Research Center of the State Council	kind=organization
National Institute for South China Sea Studies	kind=organization	acronym=NISCSS
Taiwan Foundation for Democracy	kind=organization
Research Institute for Democracy, Society and Emerging Technology	kind=organization	acronym=DSET
National Institute for Defense Studies	kind=organization	acronym=NIDS	affiliation=Japan
Genron NPO	kind=organization
Sejong Institute	kind=organization
East Asia Institute	kind=organization
CSIS Indonesia	kind=organization	alias=Centre for Strategic and International Studies Indonesia
Stratbase ADR Institute	kind=organization	alias=Stratbase Institute
Asia-Pacific Pathways to Progress Foundation	kind=organization
Diplomatic Academy of Vietnam	kind=organization
Singapore Institute of International Affairs	kind=organization	acronym=SIIA
United States Studies Centre	kind=organization
Perth USAsia Centre	kind=organization
# --- Think tanks and research institutes: Middle East, Turkey and Africa (more) ---
Emirates Center for Strategic Studies and Research	kind=organization	acronym=ECSSR
TRENDS Research & Advisory	kind=organization	alias=Trends Research and Advisory
Arab Gulf States Institute in Washington	kind=organization	acronym=AGSIW
Al Jazeera Centre for Studies	kind=organization
King Abdullah Petroleum Studies and Research Center	kind=organization	acronym=KAPSARC
Rasanah International Institute for Iranian Studies	kind=organization	alias=Rasanah
Jerusalem Institute for Strategy and Security	kind=organization	acronym=JISS
Misgav Institute for National Security and Zionist Strategy	kind=organization	alias=Misgav Institute
Mitvim	kind=organization	alias=Mitvim Institute
Alma Research and Education Center	kind=organization	alias=Alma Center
Jerusalem Center for Public Affairs	kind=organization	alias=Jerusalem Center for Security and Foreign Affairs	acronym=JCPA
Moshe Dayan Center	kind=organization	alias=Moshe Dayan Center for Middle Eastern and African Studies
Meir Amit Intelligence and Terrorism Information Center	kind=organization
Al-Shabaka	kind=organization	alias=Al-Shabaka: The Palestinian Policy Network
Arab Reform Initiative	kind=organization
Al-Bayan Center for Planning and Studies	kind=organization
Al-Ahram Center for Political and Strategic Studies	kind=organization	acronym=ACPSS
Egyptian Center for Strategic Studies	kind=organization	acronym=ECSS	affiliation=Egypt
Economic Policy Research Foundation of Turkey	kind=organization	acronym=TEPAV
ORSAM	kind=organization
Policy Center for the New South	kind=organization	acronym=PCNS
Nigerian Institute of International Affairs	kind=organization	acronym=NIIA	affiliation=Nigeria
Kofi Annan International Peacekeeping Training Centre	kind=organization	acronym=KAIPTC
HORN International Institute for Strategic Studies	kind=organization	alias=HORN Institute
Sahan Research	kind=organization
Heritage Institute for Policy Studies	kind=organization
Rift Valley Institute	kind=organization
Timbuktu Institute	kind=organization
Ghana Center for Democratic Development	kind=organization	alias=CDD-Ghana
# --- Think tanks and research institutes: Latin America (more) ---
Fundação Getulio Vargas	kind=organization	alias=Getulio Vargas Foundation|Fundação Getúlio Vargas	acronym=FGV
Brazilian Center for International Relations	kind=organization	acronym=CEBRI	affiliation=Brazil
Igarapé Institute	kind=organization	alias=Igarape Institute|Instituto Igarapé
Fundación Ideas para la Paz	kind=organization	alias=Ideas for Peace Foundation
Inter-American Dialogue	kind=organization
Americas Society/Council of the Americas	kind=organization	alias=Council of the Americas|Americas Society	acronym=AS/COA
# --- Think tanks and research institutes: Russia, Ukraine, Caucasus (more) ---
PIR Center	kind=organization
Gorchakov Fund	kind=organization	alias=Alexander Gorchakov Public Diplomacy Fund	affiliation=Russia
Russkiy Mir Foundation	kind=organization	alias=Russkiy Mir	affiliation=Russia
Ukrainian Prism	kind=organization	affiliation=Ukraine
Ilko Kucheriv Democratic Initiatives Foundation	kind=organization	alias=Democratic Initiatives Foundation
Caucasus Research Resource Centers	kind=organization
Georgian Institute of Politics	kind=organization	affiliation=Georgia
Topchubashov Center	kind=organization
# --- Think tanks and research institutes: Europe (more) ---
Jacques Delors Institute	kind=organization	alias=Institut Jacques Delors
Friends of Europe	kind=organization
Institut Montaigne	kind=organization
Fondation pour la recherche stratégique	kind=organization	alias=Foundation for Strategic Research
Institut de relations internationales et stratégiques	kind=organization	alias=French Institute for International and Strategic Affairs
Bertelsmann Stiftung	kind=organization	alias=Bertelsmann Foundation
Friedrich Naumann Foundation	kind=organization	alias=Friedrich Naumann Foundation for Freedom
Global Public Policy Institute	kind=organization	acronym=GPPi
Peace Research Institute Frankfurt	kind=organization	acronym=PRIF
German Institute for Global and Area Studies	kind=organization	acronym=GIGA	affiliation=Germany
Barcelona Centre for International Affairs	kind=organization	acronym=CIDOB
Peace Research Institute Oslo	kind=organization	acronym=PRIO
Swedish Defence Research Agency	kind=organization	affiliation=Sweden
Norwegian Defence Research Establishment	kind=organization	acronym=FFI	affiliation=Norway
Casimir Pulaski Foundation	kind=organization
European Values Center for Security Policy	kind=organization
Mathias Corvinus Collegium	kind=organization
Hague Centre for Strategic Studies	kind=organization	alias=The Hague Centre for Strategic Studies	acronym=HCSS
European Leadership Network	kind=organization
Tony Blair Institute for Global Change	kind=organization	alias=Tony Blair Institute
Policy Exchange	kind=organization
Henry Jackson Society	kind=organization
ODI Global	kind=organization	alias=Overseas Development Institute
# --- Think tanks and research institutes: North America (more) ---
Hoover Institution	kind=organization
Jewish Institute for National Security of America	kind=organization	acronym=JINSA
Middle East Forum	kind=organization
Arab Center Washington DC	kind=organization
Project 2049 Institute	kind=organization
James Martin Center for Nonproliferation Studies	kind=organization	alias=Middlebury Institute's James Martin Center for Nonproliferation Studies
Asia Society Policy Institute	kind=organization
Asia Society	kind=organization
Chicago Council on Global Affairs	kind=organization
Global Taiwan Institute	kind=organization
Rhodium Group	kind=company
United States Institute of Peace	kind=organization	alias=U.S. Institute of Peace|US Institute of Peace	acronym=USIP	affiliation=United States
Baker Institute for Public Policy	kind=organization	alias=Rice University's Baker Institute|Baker Institute
Migration Policy Institute	kind=organization
Macdonald-Laurier Institute	kind=organization
# --- News agencies (more) ---
Bangladesh Sangbad Sangstha	kind=media	acronym=BSS	affiliation=Bangladesh
Indo-Asian News Service	kind=media	acronym=IANS
WAFA	kind=media	alias=WAFA News Agency|Palestinian News and Information Agency|Palestine News and Information Agency
Middle East News Agency	kind=media	affiliation=Egypt
Agência Lusa	kind=media	alias=Lusa news agency|Lusa
UNIAN	kind=media	alias=Ukrainian Independent Information Agency
Interfax-Ukraine	kind=media
China News Service	kind=media
Iraqi News Agency	kind=media	affiliation=Iraq
Saba News Agency	kind=media	alias=Saba news agency
Jordan News Agency	kind=media	alias=Petra news agency
Maghreb Arabe Presse	kind=media
Algérie Presse Service	kind=media	alias=Algerie Presse Service|Algeria Press Service
Sudan News Agency	kind=media	acronym=SUNA
News Agency of Nigeria	kind=media	acronym=NAN
Prensa Latina	kind=media
# --- Newspapers, broadcasters and online outlets (more) ---
India Today	kind=media
Scroll.in	kind=media
Firstpost	kind=media
WION	kind=media
Doordarshan	kind=media	alias=DD News
Pakistan Television Corporation	kind=media	alias=PTV News
ARY News	kind=media
Dong-A Ilbo	kind=media	alias=Dong-a Ilbo|The Dong-A Ilbo
NK News	kind=media
Daily NK	kind=media
RTHK	kind=media	alias=Radio Television Hong Kong
ABS-CBN	kind=media	alias=ABS-CBN News
GMA News	kind=media	alias=GMA Network
Khaosod English	kind=media	alias=Khaosod
Thai PBS	kind=media	alias=Thai PBS World	affiliation=Thailand
Mizzima	kind=media
Democratic Voice of Burma	kind=media
Radio Free Asia	kind=media
Sydney Morning Herald	kind=media	alias=The Sydney Morning Herald
Al-Masirah	kind=media	alias=Al Masirah
Mada Masr	kind=media
Al-Quds Al-Arabi	kind=media
Enab Baladi	kind=media
Yeni Şafak	kind=media	alias=Yeni Safak
Suspilne	kind=media
Libération	kind=media
ZDF	kind=media
Helsingin Sanomat	kind=media
Yle	kind=media
Dagens Nyheter	kind=media
The Irish Times	kind=media	alias=Irish Times
EUobserver	kind=media
The Spectator	kind=media
Daily Mail	kind=media
The New Yorker	kind=media
PBS	kind=media	alias=PBS NewsHour
The Hill	kind=media
Defense One	kind=media
Los Angeles Times	kind=media
USA Today	kind=media
Long War Journal	kind=media	alias=FDD's Long War Journal
Naval News	kind=media
Bulletin of the Atomic Scientists	kind=media
38 North	kind=media
Lloyd's List	kind=media
Daily Trust	kind=media
Channels Television	kind=media	alias=Channels TV
Sahara Reporters	kind=media	alias=SaharaReporters
HumAngle	kind=media
TheCable	kind=media
The EastAfrican	kind=media
Radio Tamazuj	kind=media
Radio Okapi	kind=media
Africa Confidential	kind=media
Folha de S.Paulo	kind=media	alias=Folha de São Paulo|Folha
O Globo	kind=media
Estadão	kind=media	alias=O Estado de S. Paulo|Estadao
Clarín	kind=media	alias=Clarin
Infobae	kind=media
Animal Político	kind=media	alias=Animal Politico
El Faro	kind=media
teleSUR	kind=media	alias=TeleSUR|Telesur
Devex	kind=media
The New Humanitarian	kind=media	alias=IRIN News
