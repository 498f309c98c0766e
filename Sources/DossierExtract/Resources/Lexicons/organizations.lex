@entities actor
# International organisations, state bodies, companies, armed groups, think tanks and media.
# Integration organisations of Eurasia (SCO, CSTO, EAEU, CIS, BRICS, ASEAN, OTS, CICA, ...) live in frameworks.lex.
# Deliberately omitted: "Foreign Policy" and "Foreign Affairs" (magazines; too close to common phrases),
# the acronym CCTV (usually means surveillance cameras), the acronym IS (Islamic State; collides with "is").

# --- United Nations system and global bodies ---
United Nations	kind=organization	alias=the United Nations|U.N.	acronym=UN
UN Security Council	kind=organization	alias=United Nations Security Council|U.N. Security Council|Security Council	acronym=UNSC	affiliation=United Nations
UN General Assembly	kind=organization	alias=United Nations General Assembly|U.N. General Assembly|General Assembly	acronym=UNGA	affiliation=United Nations
UN Human Rights Council	kind=organization	alias=United Nations Human Rights Council|Human Rights Council	acronym=UNHRC	affiliation=United Nations
Office of the UN High Commissioner for Human Rights	kind=organization	alias=Office of the United Nations High Commissioner for Human Rights|UN Human Rights Office	acronym=OHCHR	affiliation=United Nations
UNHCR	kind=organization	alias=UN Refugee Agency|Office of the United Nations High Commissioner for Refugees|United Nations High Commissioner for Refugees	affiliation=United Nations
International Organization for Migration	kind=organization	acronym=IOM	alias=UN Migration Agency
UN Development Programme	kind=organization	alias=United Nations Development Programme|UN Development Program|United Nations Development Program	acronym=UNDP	affiliation=United Nations
UNICEF	kind=organization	alias=United Nations Children's Fund|UN Children's Fund	affiliation=United Nations
World Food Programme	kind=organization	alias=UN World Food Programme|World Food Program	acronym=WFP	affiliation=United Nations
UN Office on Drugs and Crime	kind=organization	alias=United Nations Office on Drugs and Crime	acronym=UNODC	affiliation=United Nations
UN Assistance Mission in Afghanistan	kind=organization	alias=United Nations Assistance Mission in Afghanistan	acronym=UNAMA	affiliation=United Nations
UN Regional Centre for Preventive Diplomacy for Central Asia	kind=organization	alias=United Nations Regional Centre for Preventive Diplomacy for Central Asia	acronym=UNRCCA	affiliation=United Nations
UNESCO	kind=organization	alias=United Nations Educational, Scientific and Cultural Organization	affiliation=United Nations
World Health Organization	kind=organization	alias=World Health Organisation	acronym=WHO	affiliation=United Nations
International Labour Organization	kind=organization	acronym=ILO	alias=International Labour Organisation|International Labor Organization
International Monetary Fund	kind=organization	acronym=IMF
World Bank	kind=organization	alias=World Bank Group|the World Bank
World Trade Organization	kind=organization	alias=World Trade Organisation	acronym=WTO
International Atomic Energy Agency	kind=organization	alias=UN nuclear watchdog	acronym=IAEA
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
NATO	kind=organization	alias=North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato|the North Atlantic Alliance
Organization for Security and Co-operation in Europe	kind=organization	alias=Organisation for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Cooperation in Europe	acronym=OSCE
Council of Europe	kind=organization
European Bank for Reconstruction and Development	kind=organization	acronym=EBRD

# --- Other regional bodies, blocs and development banks ---
African Union	kind=organization	acronym=AU
Arab League	kind=organization	alias=League of Arab States
Organization of American States	kind=organization	alias=Organisation of American States	acronym=OAS
Organisation of Islamic Cooperation	kind=organization	alias=Organization of Islamic Cooperation	acronym=OIC
Gulf Cooperation Council	kind=bloc	alias=Cooperation Council for the Arab States of the Gulf|Gulf states|Gulf monarchies|Arab Gulf states	acronym=GCC	demonym=Gulf
G7	kind=bloc	alias=Group of Seven|G-7
G8	kind=bloc	alias=Group of Eight|G-8
Asian Development Bank	kind=organization	acronym=ADB
Asian Infrastructure Investment Bank	kind=organization	acronym=AIIB
New Development Bank	kind=organization	alias=BRICS bank|BRICS Bank	acronym=NDB
Eurasian Development Bank	kind=organization	acronym=EDB
Islamic Development Bank	kind=organization	acronym=IsDB
Eurasian Economic Commission	kind=organization	acronym=EEC	affiliation=Eurasian Economic Union
SCO Regional Anti-Terrorist Structure	kind=organization	alias=Regional Anti-Terrorist Structure	acronym=RATS	affiliation=Shanghai Cooperation Organisation

# --- United States ---
US State Department	kind=organization	alias=State Department|U.S. State Department|US Department of State|U.S. Department of State|United States Department of State|Department of State	affiliation=United States	metonym=Foggy Bottom
US Department of Defense	kind=organization	alias=Pentagon|the Pentagon|Department of Defense|Defense Department|U.S. Department of Defense|US Defense Department|U.S. Defense Department|Department of War|War Department	acronym=DoD	affiliation=United States
US Treasury Department	kind=organization	alias=Treasury Department|US Treasury|U.S. Treasury|U.S. Treasury Department|Department of the Treasury	affiliation=United States
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
Security Council of Russia	kind=organization	alias=Russian Security Council|Security Council of the Russian Federation	affiliation=Russia
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

# --- China: companies and policy banks ---
China National Petroleum Corporation	kind=company	acronym=CNPC	affiliation=China
PetroChina	kind=company	affiliation=China
Sinopec	kind=company	alias=China Petroleum & Chemical Corporation|China Petrochemical Corporation	affiliation=China
China National Offshore Oil Corporation	kind=company	acronym=CNOOC	affiliation=China
China National Nuclear Corporation	kind=company	acronym=CNNC	affiliation=China
China General Nuclear Power Group	kind=company	alias=China General Nuclear	acronym=CGN	affiliation=China
China Development Bank	kind=organization	acronym=CDB	affiliation=China
Export-Import Bank of China	kind=organization	alias=Exim Bank of China|China Exim Bank|China Eximbank|China EXIM Bank|Chinese Exim Bank	affiliation=China
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

# --- Rights groups and press-freedom watchdogs ---
Committee to Protect Journalists	kind=organization	acronym=CPJ
Reporters Without Borders	kind=organization	acronym=RSF	alias=Reporters sans frontières
Open Society Foundations	kind=organization	acronym=OSF
Freedom House	kind=organization	affiliation=United States
Transparency International	kind=organization
Human Rights Watch	kind=organization	acronym=HRW
Viasna	kind=organization	alias=Viasna Human Rights Centre	affiliation=Belarus
Amnesty International	kind=organization	alias=Amnesty

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
Mitsubishi	kind=company	alias=Mitsubishi Corporation	affiliation=Japan
Sumitomo	kind=company	alias=Sumitomo Corporation	affiliation=Japan
POSCO	kind=company	alias=POSCO Holdings	affiliation=South Korea
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
Organisation for Economic Co-operation and Development	kind=organization	acronym=OECD	alias=Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development
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
