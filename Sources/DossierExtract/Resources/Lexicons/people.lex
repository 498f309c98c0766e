@entities actor
# Leaders, officials and frequently quoted analysts (roughly 2000-2026).
# role= is left off where the person's current post was uncertain when this file was written.
# short= is given only once per surname: the more recent or better-known holder gets it
# (Li Qiang not Li Keqiang, Serdar not Gurbanguly Berdimuhamedov, Ilham not Heydar Aliyev,
# George W. Bush, Hillary not Bill Clinton, Kim Jong Un, Shehbaz not Nawaz Sharif).
# No short= for "Singh", "May", "Ban", "Abdullah", "Zhang", "Han", "Khan", "Umarov", "Karimova", "Park" or for
# secondary Chinese officials (Lin, Guo, Hua, Zhao, Wei, Ding): common surnames that other people in an
# article (analysts, scholars) often share.

# --- China ---
Xi Jinping	kind=person	affiliation=China	role=president	title=President|Chairman|General Secretary	short=Xi
Li Qiang	kind=person	affiliation=China	role=premier	title=Premier	short=Li
Wang Yi	kind=person	affiliation=China	role=foreign minister	title=Foreign Minister	short=Wang
Han Zheng	kind=person	affiliation=China	role=vice president	title=Vice President
Ding Xuexiang	kind=person	affiliation=China	role=vice premier	title=Vice Premier
He Lifeng	kind=person	affiliation=China	role=vice premier	title=Vice Premier
Zhao Leji	kind=person	affiliation=China	role=chairman	title=Chairman
Wang Huning	kind=person	affiliation=China	role=chairman	title=Chairman
Cai Qi	kind=person	affiliation=China
Dong Jun	kind=person	affiliation=China	role=defence minister	title=Defense Minister|Defence Minister|Admiral	short=Dong
Zhang Youxia	kind=person	affiliation=China	title=General
Hua Chunying	kind=person	affiliation=China	role=vice foreign minister	title=Vice Foreign Minister
Mao Ning	kind=person	affiliation=China	role=spokeswoman
Lin Jian	kind=person	affiliation=China	role=spokesman
Guo Jiakun	kind=person	affiliation=China	role=spokesman
Wang Wenbin	kind=person	affiliation=China
Zhao Lijian	kind=person	affiliation=China
Li Hui	kind=person	affiliation=China	role=special representative	title=Special Representative|Special Envoy
Xie Feng	kind=person	affiliation=China	role=ambassador	title=Ambassador
Zhang Hanhui	kind=person	affiliation=China	role=ambassador	title=Ambassador
Qin Gang	kind=person	affiliation=China	role=former foreign minister	title=Foreign Minister	short=Qin
Li Shangfu	kind=person	affiliation=China	role=former defence minister
Wei Fenghe	kind=person	affiliation=China	role=former defence minister
Li Keqiang	kind=person	affiliation=China	role=former premier	title=Premier
Wen Jiabao	kind=person	affiliation=China	role=former premier	title=Premier	short=Wen
Hu Jintao	kind=person	affiliation=China	role=former president	title=President	short=Hu
Jiang Zemin	kind=person	affiliation=China	role=former president	title=President	short=Jiang
Wang Qishan	kind=person	affiliation=China	role=former vice president
Deng Xiaoping	kind=person	affiliation=China	role=former leader	short=Deng
Mao Zedong	kind=person	affiliation=China	role=former chairman	title=Chairman	short=Mao	alias=Mao Tse-tung
Zhang Ming	kind=person	affiliation=Shanghai Cooperation Organisation	role=former secretary-general
Hu Xijin	kind=person	affiliation=Global Times	role=former editor-in-chief
Yan Xuetong	kind=person	role=scholar
Pan Guang	kind=person	affiliation=China	role=expert

# --- Russia ---
Vladimir Putin	kind=person	affiliation=Russia	role=president	title=President	short=Putin	alias=Vladimir Vladimirovich Putin
Mikhail Mishustin	kind=person	affiliation=Russia	role=prime minister	title=Prime Minister|Premier	short=Mishustin
Sergei Lavrov	kind=person	affiliation=Russia	role=foreign minister	title=Foreign Minister	short=Lavrov	alias=Sergey Lavrov
Maria Zakharova	kind=person	affiliation=Russia	role=spokeswoman	short=Zakharova
Dmitry Peskov	kind=person	affiliation=Russia	role=spokesman	title=Kremlin Spokesman|Press Secretary	short=Peskov	alias=Dmitri Peskov
Sergei Shoigu	kind=person	affiliation=Russia	role=secretary of the security council	short=Shoigu	alias=Sergey Shoigu
Andrei Belousov	kind=person	affiliation=Russia	role=defence minister	title=Defense Minister|Defence Minister	short=Belousov	alias=Andrey Belousov
Dmitry Medvedev	kind=person	affiliation=Russia	role=deputy chairman of the security council	short=Medvedev	alias=Dmitri Medvedev
Valery Gerasimov	kind=person	affiliation=Russia	role=chief of the general staff	title=General	short=Gerasimov	alias=Valeriy Gerasimov
Nikolai Patrushev	kind=person	affiliation=Russia	role=presidential aide	short=Patrushev	alias=Nikolay Patrushev
Sergei Naryshkin	kind=person	affiliation=Russia	role=director	short=Naryshkin	alias=Sergey Naryshkin
Alexander Bortnikov	kind=person	affiliation=Russia	role=director	short=Bortnikov
Yuri Ushakov	kind=person	affiliation=Russia	role=presidential aide	short=Ushakov	alias=Yury Ushakov
Anton Vaino	kind=person	affiliation=Russia	role=chief of staff	short=Vaino
Sergei Kiriyenko	kind=person	affiliation=Russia	role=first deputy chief of staff	short=Kiriyenko	alias=Sergey Kiriyenko
Alexei Overchuk	kind=person	affiliation=Russia	role=deputy prime minister	title=Deputy Prime Minister	short=Overchuk	alias=Alexey Overchuk
Alexander Novak	kind=person	affiliation=Russia	role=deputy prime minister	title=Deputy Prime Minister	short=Novak
Sergei Ryabkov	kind=person	affiliation=Russia	role=deputy foreign minister	title=Deputy Foreign Minister	short=Ryabkov	alias=Sergey Ryabkov
Andrei Rudenko	kind=person	affiliation=Russia	role=deputy foreign minister	title=Deputy Foreign Minister	short=Rudenko	alias=Andrey Rudenko
Vasily Nebenzya	kind=person	affiliation=Russia	role=ambassador	title=Ambassador	short=Nebenzya	alias=Vassily Nebenzia
Elvira Nabiullina	kind=person	affiliation=Russia	role=governor	title=Governor	short=Nabiullina
Kirill Dmitriev	kind=person	affiliation=Russia	role=chief executive	short=Dmitriev
Vyacheslav Volodin	kind=person	affiliation=Russia	role=chairman	title=Speaker|Chairman	short=Volodin
Valentina Matviyenko	kind=person	affiliation=Russia	role=chair	short=Matviyenko	alias=Valentina Matvienko
Ramzan Kadyrov	kind=person	affiliation=Russia	role=head of chechnya	short=Kadyrov
Alexei Miller	kind=person	affiliation=Gazprom	role=chief executive
Igor Sechin	kind=person	affiliation=Rosneft	role=chief executive	short=Sechin
Alexei Likhachev	kind=person	affiliation=Rosatom	role=director-general	short=Likhachev	alias=Alexey Likhachev
Yevgeny Prigozhin	kind=person	affiliation=Wagner Group	role=founder	short=Prigozhin	alias=Evgeny Prigozhin|Yevgeniy Prigozhin
Alexei Navalny	kind=person	affiliation=Russia	role=opposition leader	short=Navalny	alias=Alexey Navalny|Aleksei Navalny
Yulia Navalnaya	kind=person	affiliation=Russia	short=Navalnaya
Boris Yeltsin	kind=person	affiliation=Russia	role=former president	title=President	short=Yeltsin
Mikhail Gorbachev	kind=person	affiliation=Soviet Union	role=former president	short=Gorbachev
Sergei Karaganov	kind=person	affiliation=Russia	role=political scientist	short=Karaganov	alias=Sergey Karaganov
Fyodor Lukyanov	kind=person	affiliation=Valdai Discussion Club	role=analyst	short=Lukyanov
Dmitri Trenin	kind=person	affiliation=Higher School of Economics	role=analyst	short=Trenin	alias=Dmitry Trenin
Alexander Dugin	kind=person	affiliation=Russia	role=philosopher	short=Dugin	alias=Aleksandr Dugin
Andrey Kortunov	kind=person	affiliation=Russian International Affairs Council	role=analyst	short=Kortunov	alias=Andrei Kortunov
Ivan Timofeev	kind=person	affiliation=Russian International Affairs Council	role=analyst	short=Timofeev
Alexander Gabuev	kind=person	affiliation=Carnegie Russia Eurasia Center	role=director	short=Gabuev
Temur Umarov	kind=person	affiliation=Carnegie Russia Eurasia Center	role=fellow
Tatiana Stanovaya	kind=person	affiliation=Carnegie Russia Eurasia Center	role=analyst	short=Stanovaya	alias=Tatyana Stanovaya
Andrei Kolesnikov	kind=person	role=analyst	short=Kolesnikov

# --- United States ---
Donald Trump	kind=person	affiliation=United States	role=president	title=President	short=Trump	alias=Donald J. Trump
JD Vance	kind=person	affiliation=United States	role=vice president	title=Vice President	short=Vance	alias=J.D. Vance|J. D. Vance
Marco Rubio	kind=person	affiliation=United States	role=secretary of state	title=Secretary of State|Secretary	short=Rubio
Pete Hegseth	kind=person	affiliation=United States	role=secretary of defense	title=Defense Secretary|Secretary of Defense|War Secretary|Secretary of War|Secretary	short=Hegseth
Scott Bessent	kind=person	affiliation=United States	role=treasury secretary	title=Treasury Secretary|Secretary	short=Bessent
Steve Witkoff	kind=person	affiliation=United States	role=special envoy	title=Special Envoy	short=Witkoff
Keith Kellogg	kind=person	affiliation=United States	short=Kellogg
Mike Waltz	kind=person	affiliation=United States	role=ambassador	title=Ambassador	short=Waltz
Tulsi Gabbard	kind=person	affiliation=United States	role=director of national intelligence	short=Gabbard
Sergio Gor	kind=person	affiliation=United States	role=ambassador	title=Ambassador
Joe Biden	kind=person	affiliation=United States	role=former president	title=President	short=Biden	alias=Joseph R. Biden|Joseph Biden
Kamala Harris	kind=person	affiliation=United States	role=former vice president	title=Vice President	short=Harris
Antony Blinken	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Blinken
Lloyd Austin	kind=person	affiliation=United States	role=former secretary of defense	title=Defense Secretary|Secretary of Defense	short=Austin
Jake Sullivan	kind=person	affiliation=United States	role=former national security adviser	short=Sullivan
Donald Lu	kind=person	affiliation=United States	role=former assistant secretary of state
Barack Obama	kind=person	affiliation=United States	role=former president	title=President	short=Obama
George W. Bush	kind=person	affiliation=United States	role=former president	title=President	short=Bush	alias=George W Bush
Bill Clinton	kind=person	affiliation=United States	role=former president	title=President
Hillary Clinton	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Clinton	alias=Hillary Rodham Clinton
John Kerry	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Kerry
Mike Pompeo	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Pompeo
Rex Tillerson	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Tillerson
Condoleezza Rice	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Rice
Colin Powell	kind=person	affiliation=United States	role=former secretary of state	title=Secretary of State	short=Powell
Henry Kissinger	kind=person	affiliation=United States	role=former secretary of state	short=Kissinger
Zbigniew Brzezinski	kind=person	affiliation=United States	role=former national security adviser	short=Brzezinski

# --- United Kingdom, France, Germany ---
Keir Starmer	kind=person	affiliation=United Kingdom	role=prime minister	title=Prime Minister|Sir	short=Starmer
David Lammy	kind=person	affiliation=United Kingdom	role=deputy prime minister	title=Deputy Prime Minister	short=Lammy
Yvette Cooper	kind=person	affiliation=United Kingdom	role=foreign secretary	title=Foreign Secretary	short=Cooper
John Healey	kind=person	affiliation=United Kingdom	role=defence secretary	title=Defence Secretary	short=Healey
Rishi Sunak	kind=person	affiliation=United Kingdom	role=former prime minister	short=Sunak
Boris Johnson	kind=person	affiliation=United Kingdom	role=former prime minister	short=Johnson
Liz Truss	kind=person	affiliation=United Kingdom	role=former prime minister	short=Truss
Theresa May	kind=person	affiliation=United Kingdom	role=former prime minister
David Cameron	kind=person	affiliation=United Kingdom	role=former prime minister	short=Cameron
Tony Blair	kind=person	affiliation=United Kingdom	role=former prime minister	short=Blair
Emmanuel Macron	kind=person	affiliation=France	role=president	title=President	short=Macron
Sébastien Lecornu	kind=person	affiliation=France	role=prime minister	title=Prime Minister	short=Lecornu	alias=Sebastien Lecornu
Jean-Noël Barrot	kind=person	affiliation=France	role=foreign minister	title=Foreign Minister	short=Barrot	alias=Jean-Noel Barrot
François Bayrou	kind=person	affiliation=France	role=former prime minister	short=Bayrou	alias=Francois Bayrou
Michel Barnier	kind=person	affiliation=France	role=former prime minister	short=Barnier
François Hollande	kind=person	affiliation=France	role=former president	short=Hollande	alias=Francois Hollande
Nicolas Sarkozy	kind=person	affiliation=France	role=former president	short=Sarkozy
Friedrich Merz	kind=person	affiliation=Germany	role=chancellor	title=Chancellor	short=Merz
Johann Wadephul	kind=person	affiliation=Germany	role=foreign minister	title=Foreign Minister	short=Wadephul
Boris Pistorius	kind=person	affiliation=Germany	role=defence minister	title=Defence Minister|Defense Minister	short=Pistorius
Frank-Walter Steinmeier	kind=person	affiliation=Germany	role=president	title=President	short=Steinmeier
Olaf Scholz	kind=person	affiliation=Germany	role=former chancellor	title=Chancellor	short=Scholz
Angela Merkel	kind=person	affiliation=Germany	role=former chancellor	title=Chancellor	short=Merkel
Annalena Baerbock	kind=person	affiliation=United Nations	role=president	short=Baerbock

# --- European Union, NATO, United Nations and other international bodies ---
Ursula von der Leyen	kind=person	affiliation=European Union	role=president	title=President|Commission President	short=von der Leyen|Von der Leyen
Kaja Kallas	kind=person	affiliation=European Union	role=high representative	title=High Representative	short=Kallas
António Costa	kind=person	affiliation=European Union	role=president	title=President	short=Costa	alias=Antonio Costa
Roberta Metsola	kind=person	affiliation=European Union	role=president	title=President	short=Metsola
Josep Borrell	kind=person	affiliation=European Union	role=former high representative	title=High Representative	short=Borrell
Charles Michel	kind=person	affiliation=European Union	role=former president	short=Michel
Mark Rutte	kind=person	affiliation=NATO	role=secretary-general	title=Secretary-General|Secretary General	short=Rutte
Jens Stoltenberg	kind=person	affiliation=NATO	role=former secretary-general	short=Stoltenberg
Anders Fogh Rasmussen	kind=person	affiliation=NATO	role=former secretary-general	short=Rasmussen
Jaap de Hoop Scheffer	kind=person	affiliation=NATO	role=former secretary-general
António Guterres	kind=person	affiliation=United Nations	role=secretary-general	title=Secretary-General|Secretary General	short=Guterres	alias=Antonio Guterres
Ban Ki-moon	kind=person	affiliation=United Nations	role=former secretary-general	alias=Ban Ki Moon
Kofi Annan	kind=person	affiliation=United Nations	role=former secretary-general	short=Annan
Kristalina Georgieva	kind=person	affiliation=International Monetary Fund	role=managing director	title=Managing Director	short=Georgieva
Ajay Banga	kind=person	affiliation=World Bank	role=president	short=Banga
Ngozi Okonjo-Iweala	kind=person	affiliation=World Trade Organization	role=director-general	title=Director-General	short=Okonjo-Iweala
Rafael Grossi	kind=person	affiliation=International Atomic Energy Agency	role=director-general	title=Director-General	short=Grossi	alias=Rafael Mariano Grossi
Tedros Adhanom Ghebreyesus	kind=person	affiliation=World Health Organization	role=director-general	title=Director-General	short=Tedros
Nurlan Yermekbayev	kind=person	affiliation=Shanghai Cooperation Organisation	role=secretary-general	title=Secretary-General|Secretary General	short=Yermekbayev	alias=Nurlan Ermekbayev|Nurlan Yermekbaev
Kubanychbek Omuraliev	kind=person	affiliation=Organization of Turkic States	short=Omuraliev

# --- Kazakhstan ---
Kassym-Jomart Tokayev	kind=person	affiliation=Kazakhstan	role=president	title=President	short=Tokayev|Tokaev	alias=Kasym-Zhomart Tokayev|Kassym-Zhomart Tokayev|Kasym-Jomart Tokayev|Kassym-Jomart Tokaev|Qasym-Jomart Toqaev
Nursultan Nazarbayev	kind=person	affiliation=Kazakhstan	role=former president	title=President	short=Nazarbayev|Nazarbaev	alias=Nursultan Nazarbaev|Elbasy
Olzhas Bektenov	kind=person	affiliation=Kazakhstan	role=prime minister	title=Prime Minister	short=Bektenov
Murat Nurtleu	kind=person	affiliation=Kazakhstan	short=Nurtleu
Maulen Ashimbayev	kind=person	affiliation=Kazakhstan	role=chairman	short=Ashimbayev
Erlan Karin	kind=person	affiliation=Kazakhstan	role=state counsellor	title=State Counsellor	short=Karin
Karim Massimov	kind=person	affiliation=Kazakhstan	role=former prime minister	short=Massimov|Masimov	alias=Karim Masimov
Askar Mamin	kind=person	affiliation=Kazakhstan	role=former prime minister	short=Mamin
Alikhan Smailov	kind=person	affiliation=Kazakhstan	role=former prime minister	short=Smailov
Mukhtar Tileuberdi	kind=person	affiliation=Kazakhstan	role=former foreign minister	short=Tileuberdi
Dariga Nazarbayeva	kind=person	affiliation=Kazakhstan	short=Nazarbayeva
Timur Kulibayev	kind=person	affiliation=Kazakhstan	role=businessman	short=Kulibayev	alias=Timur Kulibaev
Dosym Satpayev	kind=person	affiliation=Kazakhstan	role=analyst	short=Satpayev	alias=Dosym Satpaev

# --- Uzbekistan ---
Shavkat Mirziyoyev	kind=person	affiliation=Uzbekistan	role=president	title=President	short=Mirziyoyev|Mirziyoev	alias=Shavkat Mirziyoev|Shavkat Mirziyaev
Abdulla Aripov	kind=person	affiliation=Uzbekistan	role=prime minister	title=Prime Minister	short=Aripov
Bakhtiyor Saidov	kind=person	affiliation=Uzbekistan	role=foreign minister	title=Foreign Minister	short=Saidov
Saida Mirziyoyeva	kind=person	affiliation=Uzbekistan	role=head of the presidential administration	short=Mirziyoyeva
Abdulaziz Kamilov	kind=person	affiliation=Uzbekistan	role=former foreign minister	short=Kamilov
Islam Karimov	kind=person	affiliation=Uzbekistan	role=former president	title=President	short=Karimov
Gulnara Karimova	kind=person	affiliation=Uzbekistan

# --- Kyrgyzstan ---
Sadyr Japarov	kind=person	affiliation=Kyrgyzstan	role=president	title=President	short=Japarov|Zhaparov	alias=Sadyr Zhaparov
Adylbek Kasymaliev	kind=person	affiliation=Kyrgyzstan	role=chairman of the cabinet of ministers	short=Kasymaliev
Akylbek Japarov	kind=person	affiliation=Kyrgyzstan	role=former chairman of the cabinet of ministers	alias=Akylbek Zhaparov
Kamchybek Tashiev	kind=person	affiliation=Kyrgyzstan	short=Tashiev
Jeenbek Kulubaev	kind=person	affiliation=Kyrgyzstan	role=foreign minister	title=Foreign Minister	short=Kulubaev
Almazbek Atambayev	kind=person	affiliation=Kyrgyzstan	role=former president	short=Atambayev|Atambaev	alias=Almazbek Atambaev
Sooronbay Jeenbekov	kind=person	affiliation=Kyrgyzstan	role=former president	short=Jeenbekov	alias=Sooronbai Jeenbekov
Kurmanbek Bakiyev	kind=person	affiliation=Kyrgyzstan	role=former president	short=Bakiyev	alias=Kurmanbek Bakiev
Askar Akayev	kind=person	affiliation=Kyrgyzstan	role=former president	short=Akayev	alias=Askar Akaev
Roza Otunbayeva	kind=person	affiliation=Kyrgyzstan	role=former president	short=Otunbayeva	alias=Roza Otunbaeva

# --- Tajikistan ---
Emomali Rahmon	kind=person	affiliation=Tajikistan	role=president	title=President	short=Rahmon	alias=Emomalii Rahmon|Emomali Rakhmon|Emomali Rahmonov
Rustam Emomali	kind=person	affiliation=Tajikistan	role=chairman
Kokhir Rasulzoda	kind=person	affiliation=Tajikistan	role=prime minister	title=Prime Minister	short=Rasulzoda	alias=Qohir Rasulzoda
Sirojiddin Muhriddin	kind=person	affiliation=Tajikistan	role=foreign minister	title=Foreign Minister	short=Muhriddin

# --- Turkmenistan ---
Serdar Berdimuhamedov	kind=person	affiliation=Turkmenistan	role=president	title=President	short=Berdimuhamedov|Berdymukhamedov	alias=Serdar Berdymukhamedov|Serdar Berdimuhammedov|Serdar Berdymukhammedov
Gurbanguly Berdimuhamedov	kind=person	affiliation=Turkmenistan	role=chairman	alias=Gurbanguly Berdymukhamedov|Gurbanguly Berdimuhammedov|Gurbanguly Berdymukhammedov
Saparmurat Niyazov	kind=person	affiliation=Turkmenistan	role=former president	short=Niyazov	alias=Turkmenbashi
Rashid Meredov	kind=person	affiliation=Turkmenistan	role=foreign minister	title=Foreign Minister	short=Meredov

# --- Afghanistan ---
Hibatullah Akhundzada	kind=person	affiliation=Taliban	role=supreme leader	title=Supreme Leader|Mullah	short=Akhundzada	alias=Haibatullah Akhundzada|Hebatullah Akhundzada
Mohammad Hassan Akhund	kind=person	affiliation=Taliban	role=prime minister	short=Akhund	alias=Mullah Mohammad Hassan Akhund|Mohammad Hasan Akhund
Abdul Ghani Baradar	kind=person	affiliation=Taliban	role=deputy prime minister	short=Baradar	alias=Mullah Baradar|Mullah Abdul Ghani Baradar
Amir Khan Muttaqi	kind=person	affiliation=Taliban	role=foreign minister	title=Foreign Minister	short=Muttaqi
Sirajuddin Haqqani	kind=person	affiliation=Taliban	role=interior minister	short=Haqqani
Mohammad Yaqoob	kind=person	affiliation=Taliban	role=defence minister	short=Yaqoob	alias=Mullah Yaqoob|Mullah Mohammad Yaqoob|Mohammad Yaqub
Zabihullah Mujahid	kind=person	affiliation=Taliban	role=spokesman	short=Mujahid
Suhail Shaheen	kind=person	affiliation=Taliban	short=Shaheen
Mullah Omar	kind=person	affiliation=Taliban	role=founder	alias=Mohammed Omar|Mullah Mohammed Omar
Ashraf Ghani	kind=person	affiliation=Afghanistan	role=former president	short=Ghani
Hamid Karzai	kind=person	affiliation=Afghanistan	role=former president	short=Karzai
Abdullah Abdullah	kind=person	affiliation=Afghanistan

# --- Mongolia and the South Caucasus ---
Ukhnaagiin Khürelsükh	kind=person	affiliation=Mongolia	role=president	title=President	short=Khürelsükh|Khurelsukh	alias=Ukhnaagiin Khurelsukh|Khurelsukh Ukhnaa|Ukhnaa Khurelsukh
Luvsannamsrain Oyun-Erdene	kind=person	affiliation=Mongolia	role=former prime minister	short=Oyun-Erdene
Gombojavyn Zandanshatar	kind=person	affiliation=Mongolia	short=Zandanshatar
Ilham Aliyev	kind=person	affiliation=Azerbaijan	role=president	title=President	short=Aliyev
Heydar Aliyev	kind=person	affiliation=Azerbaijan	role=former president
Mehriban Aliyeva	kind=person	affiliation=Azerbaijan	role=first vice president	title=First Vice President	short=Aliyeva
Ali Asadov	kind=person	affiliation=Azerbaijan	role=prime minister	title=Prime Minister	short=Asadov
Jeyhun Bayramov	kind=person	affiliation=Azerbaijan	role=foreign minister	title=Foreign Minister	short=Bayramov
Hikmet Hajiyev	kind=person	affiliation=Azerbaijan	role=presidential aide	short=Hajiyev
Nikol Pashinyan	kind=person	affiliation=Armenia	role=prime minister	title=Prime Minister	short=Pashinyan
Ararat Mirzoyan	kind=person	affiliation=Armenia	role=foreign minister	title=Foreign Minister	short=Mirzoyan
Vahagn Khachaturyan	kind=person	affiliation=Armenia	role=president	title=President
Robert Kocharyan	kind=person	affiliation=Armenia	role=former president	short=Kocharyan
Serzh Sargsyan	kind=person	affiliation=Armenia	role=former president	short=Sargsyan	alias=Serzh Sarkisian
Irakli Kobakhidze	kind=person	affiliation=Georgia	role=prime minister	title=Prime Minister	short=Kobakhidze
Mikheil Kavelashvili	kind=person	affiliation=Georgia	role=president	title=President	short=Kavelashvili
Maka Botchorishvili	kind=person	affiliation=Georgia	role=foreign minister	title=Foreign Minister	short=Botchorishvili
Bidzina Ivanishvili	kind=person	affiliation=Georgia	role=founder	short=Ivanishvili
Salome Zourabichvili	kind=person	affiliation=Georgia	role=former president	short=Zourabichvili	alias=Salome Zurabishvili
Mikheil Saakashvili	kind=person	affiliation=Georgia	role=former president	short=Saakashvili	alias=Mikhail Saakashvili

# --- Belarus, Ukraine, Moldova ---
Alexander Lukashenko	kind=person	affiliation=Belarus	role=president	title=President	short=Lukashenko|Lukashenka	alias=Aleksandr Lukashenko|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Alexander Lukashenka
Maxim Ryzhenkov	kind=person	affiliation=Belarus	role=foreign minister	title=Foreign Minister	short=Ryzhenkov	alias=Maksim Ryzhenkov
Sviatlana Tsikhanouskaya	kind=person	affiliation=Belarus	role=opposition leader	short=Tsikhanouskaya	alias=Svetlana Tikhanovskaya
Volodymyr Zelenskyy	kind=person	affiliation=Ukraine	role=president	title=President	short=Zelenskyy|Zelensky|Zelenskiy	alias=Volodymyr Zelensky|Volodymyr Zelenskiy|Vladimir Zelensky
Yulia Svyrydenko	kind=person	affiliation=Ukraine	role=prime minister	title=Prime Minister	short=Svyrydenko
Andrii Sybiha	kind=person	affiliation=Ukraine	role=foreign minister	title=Foreign Minister	short=Sybiha	alias=Andriy Sybiha
Oleksandr Syrskyi	kind=person	affiliation=Ukraine	role=commander-in-chief	title=General	short=Syrskyi|Syrsky	alias=Oleksandr Syrsky
Valerii Zaluzhnyi	kind=person	affiliation=Ukraine	role=ambassador	title=Ambassador|General	short=Zaluzhnyi|Zaluzhny	alias=Valery Zaluzhny|Valeriy Zaluzhnyi
Denys Shmyhal	kind=person	affiliation=Ukraine	short=Shmyhal
Rustem Umerov	kind=person	affiliation=Ukraine	short=Umerov
Andriy Yermak	kind=person	affiliation=Ukraine	short=Yermak	alias=Andrii Yermak
Kyrylo Budanov	kind=person	affiliation=Ukraine	short=Budanov
Dmytro Kuleba	kind=person	affiliation=Ukraine	role=former foreign minister	short=Kuleba
Petro Poroshenko	kind=person	affiliation=Ukraine	role=former president	short=Poroshenko
Viktor Yanukovych	kind=person	affiliation=Ukraine	role=former president	short=Yanukovych
Maia Sandu	kind=person	affiliation=Moldova	role=president	title=President	short=Sandu

# --- Turkey and Iran ---
Recep Tayyip Erdoğan	kind=person	affiliation=Turkey	role=president	title=President	short=Erdoğan|Erdogan	alias=Recep Tayyip Erdogan|Tayyip Erdoğan|Tayyip Erdogan
Hakan Fidan	kind=person	affiliation=Turkey	role=foreign minister	title=Foreign Minister	short=Fidan
Yaşar Güler	kind=person	affiliation=Turkey	role=defence minister	title=Defence Minister|Defense Minister	alias=Yasar Guler
Cevdet Yılmaz	kind=person	affiliation=Turkey	role=vice president	title=Vice President	alias=Cevdet Yilmaz
İbrahim Kalın	kind=person	affiliation=Turkey	role=intelligence chief	short=Kalın|Kalin	alias=Ibrahim Kalin
Mevlüt Çavuşoğlu	kind=person	affiliation=Turkey	role=former foreign minister	short=Çavuşoğlu|Cavusoglu	alias=Mevlut Cavusoglu
Ekrem İmamoğlu	kind=person	affiliation=Turkey	short=İmamoğlu|Imamoglu	alias=Ekrem Imamoglu
Ali Khamenei	kind=person	affiliation=Iran	role=supreme leader	title=Supreme Leader|Ayatollah	short=Khamenei	alias=Ali Hosseini Khamenei
Masoud Pezeshkian	kind=person	affiliation=Iran	role=president	title=President	short=Pezeshkian
Abbas Araghchi	kind=person	affiliation=Iran	role=foreign minister	title=Foreign Minister	short=Araghchi|Araqchi	alias=Abbas Araqchi
Ali Larijani	kind=person	affiliation=Iran	role=secretary of the supreme national security council	short=Larijani
Ebrahim Raisi	kind=person	affiliation=Iran	role=former president	short=Raisi	alias=Ebrahim Raeisi
Hossein Amir-Abdollahian	kind=person	affiliation=Iran	role=former foreign minister	short=Amir-Abdollahian	alias=Hossein Amirabdollahian
Hassan Rouhani	kind=person	affiliation=Iran	role=former president	short=Rouhani
Mohammad Javad Zarif	kind=person	affiliation=Iran	role=former foreign minister	short=Zarif	alias=Javad Zarif
Mahmoud Ahmadinejad	kind=person	affiliation=Iran	role=former president	short=Ahmadinejad
Ruhollah Khomeini	kind=person	affiliation=Iran	role=former supreme leader	title=Ayatollah	short=Khomeini

# --- South Asia ---
Narendra Modi	kind=person	affiliation=India	role=prime minister	title=Prime Minister	short=Modi
Subrahmanyam Jaishankar	kind=person	affiliation=India	role=foreign minister	title=External Affairs Minister|Foreign Minister	short=Jaishankar	alias=S. Jaishankar|S Jaishankar
Rajnath Singh	kind=person	affiliation=India	role=defence minister	title=Defence Minister|Defense Minister
Ajit Doval	kind=person	affiliation=India	role=national security adviser	short=Doval
Droupadi Murmu	kind=person	affiliation=India	role=president	title=President	short=Murmu
Manmohan Singh	kind=person	affiliation=India	role=former prime minister
Shehbaz Sharif	kind=person	affiliation=Pakistan	role=prime minister	title=Prime Minister	short=Sharif	alias=Shahbaz Sharif
Nawaz Sharif	kind=person	affiliation=Pakistan	role=former prime minister
Ishaq Dar	kind=person	affiliation=Pakistan	role=foreign minister	title=Foreign Minister|Deputy Prime Minister	short=Dar
Asif Ali Zardari	kind=person	affiliation=Pakistan	role=president	title=President	short=Zardari
Khawaja Asif	kind=person	affiliation=Pakistan	role=defence minister	title=Defence Minister|Defense Minister
Asim Munir	kind=person	affiliation=Pakistan	role=army chief	title=Field Marshal|General	short=Munir
Imran Khan	kind=person	affiliation=Pakistan	role=former prime minister
Bilawal Bhutto Zardari	kind=person	affiliation=Pakistan	role=former foreign minister	short=Bilawal

# --- Japan and the Koreas ---
Sanae Takaichi	kind=person	affiliation=Japan	role=prime minister	title=Prime Minister	short=Takaichi
Toshimitsu Motegi	kind=person	affiliation=Japan	role=foreign minister	title=Foreign Minister	short=Motegi
Shinjiro Koizumi	kind=person	affiliation=Japan	role=defence minister	title=Defense Minister|Defence Minister	short=Koizumi
Shigeru Ishiba	kind=person	affiliation=Japan	role=former prime minister	short=Ishiba
Fumio Kishida	kind=person	affiliation=Japan	role=former prime minister	short=Kishida
Yoshihide Suga	kind=person	affiliation=Japan	role=former prime minister	short=Suga
Shinzo Abe	kind=person	affiliation=Japan	role=former prime minister	short=Abe
Lee Jae-myung	kind=person	affiliation=South Korea	role=president	title=President	short=Lee	alias=Lee Jae Myung|Lee Jae-Myung
Kim Min-seok	kind=person	affiliation=South Korea	role=prime minister	title=Prime Minister
Cho Hyun	kind=person	affiliation=South Korea	role=foreign minister	title=Foreign Minister
Yoon Suk Yeol	kind=person	affiliation=South Korea	role=former president	short=Yoon	alias=Yoon Suk-yeol
Moon Jae-in	kind=person	affiliation=South Korea	role=former president	short=Moon	alias=Moon Jae In
Park Geun-hye	kind=person	affiliation=South Korea	role=former president
Kim Jong Un	kind=person	affiliation=North Korea	role=leader	title=Supreme Leader|Chairman|General Secretary	short=Kim	alias=Kim Jong-un|Kim Jong-Un
Kim Yo Jong	kind=person	affiliation=North Korea	alias=Kim Yo-jong
Choe Son Hui	kind=person	affiliation=North Korea	role=foreign minister	title=Foreign Minister	alias=Choe Son-hui
Kim Jong Il	kind=person	affiliation=North Korea	role=former leader	alias=Kim Jong-il
Kim Il Sung	kind=person	affiliation=North Korea	role=former leader	alias=Kim Il-sung

# --- Other leaders often cited ---
Benjamin Netanyahu	kind=person	affiliation=Israel	role=prime minister	title=Prime Minister	short=Netanyahu
Mohammed bin Salman	kind=person	affiliation=Saudi Arabia	role=crown prince	title=Crown Prince	acronym=MBS	alias=Mohammad bin Salman|Muhammad bin Salman
Faisal bin Farhan	kind=person	affiliation=Saudi Arabia	role=foreign minister	title=Foreign Minister|Prince	alias=Faisal bin Farhan Al Saud|Prince Faisal bin Farhan
Abdulaziz bin Salman	kind=person	affiliation=Saudi Arabia	role=energy minister	title=Energy Minister|Prince	alias=Abdulaziz bin Salman Al Saud|Prince Abdulaziz bin Salman
Mohamed bin Zayed Al Nahyan	kind=person	affiliation=United Arab Emirates	role=president	title=President|Sheikh	acronym=MBZ	alias=Mohamed bin Zayed|Mohammed bin Zayed
Tamim bin Hamad Al Thani	kind=person	affiliation=Qatar	role=emir	title=Emir|Sheikh	alias=Sheikh Tamim
Abdel Fattah el-Sisi	kind=person	affiliation=Egypt	role=president	title=President	short=Sisi|el-Sisi	alias=Abdel Fattah al-Sisi
Bashar al-Assad	kind=person	affiliation=Syria	role=former president	short=Assad	alias=Bashar Assad
Ahmed al-Sharaa	kind=person	affiliation=Syria	role=president	title=President	short=al-Sharaa|Sharaa	alias=Ahmad al-Sharaa|Abu Mohammed al-Jolani
Viktor Orbán	kind=person	affiliation=Hungary	role=prime minister	title=Prime Minister	short=Orbán|Orban	alias=Viktor Orban
Robert Fico	kind=person	affiliation=Slovakia	role=prime minister	title=Prime Minister	short=Fico
Donald Tusk	kind=person	affiliation=Poland	role=prime minister	title=Prime Minister	short=Tusk
Giorgia Meloni	kind=person	affiliation=Italy	role=prime minister	title=Prime Minister	short=Meloni
Alexander Stubb	kind=person	affiliation=Finland	role=president	title=President	short=Stubb
Aleksandar Vučić	kind=person	affiliation=Serbia	role=president	title=President	short=Vučić|Vucic	alias=Aleksandar Vucic
Mark Carney	kind=person	affiliation=Canada	role=prime minister	title=Prime Minister	short=Carney
Anthony Albanese	kind=person	affiliation=Australia	role=prime minister	title=Prime Minister	short=Albanese
Luiz Inácio Lula da Silva	kind=person	affiliation=Brazil	role=president	title=President	short=Lula	alias=Luiz Inacio Lula da Silva|Lula da Silva
Cyril Ramaphosa	kind=person	affiliation=South Africa	role=president	title=President	short=Ramaphosa
Prabowo Subianto	kind=person	affiliation=Indonesia	role=president	title=President	short=Prabowo
Ferdinand Marcos Jr.	kind=person	affiliation=Philippines	role=president	title=President	short=Marcos	alias=Ferdinand Marcos Jr|Ferdinand R. Marcos Jr.|Bongbong Marcos
Anwar Ibrahim	kind=person	affiliation=Malaysia	role=prime minister	title=Prime Minister	short=Anwar
Lai Ching-te	kind=person	affiliation=Taiwan	role=president	title=President	short=Lai	alias=William Lai
Tsai Ing-wen	kind=person	affiliation=Taiwan	role=former president	short=Tsai
Ma Ying-jeou	kind=person	affiliation=Taiwan	role=former president

# --- Vietnam ---
To Lam	kind=person	affiliation=Vietnam	role=general secretary	title=General Secretary	short=Lam	gender=male
Luong Cuong	kind=person	affiliation=Vietnam	role=president	title=President	gender=male
Pham Minh Chinh	kind=person	affiliation=Vietnam	role=prime minister	title=Prime Minister	short=Chinh	gender=male
Nguyen Phu Trong	kind=person	affiliation=Vietnam	role=former general secretary	short=Trong	gender=male
Vo Van Thuong	kind=person	affiliation=Vietnam	role=former president	gender=male
Bui Thanh Son	kind=person	affiliation=Vietnam	role=foreign minister	title=Foreign Minister	gender=male
Phan Van Giang	kind=person	affiliation=Vietnam	role=defence minister	title=Defence Minister	gender=male

# --- Moldova and Transnistria ---
Dorin Recean	kind=person	affiliation=Moldova	role=prime minister	title=Prime Minister	short=Recean	gender=male
Oleg Serebrian	kind=person	affiliation=Moldova	role=deputy prime minister	title=Deputy Prime Minister	short=Serebrian	gender=male
Vadim Krasnoselsky	kind=person	affiliation=Transnistria	role=leader	short=Krasnoselsky	gender=male

# --- Nordic and Baltic states, Hungary ---
Alar Karis	kind=person	affiliation=Estonia	role=president	title=President	short=Karis	gender=male
Kristen Michal	kind=person	affiliation=Estonia	role=prime minister	title=Prime Minister	short=Michal	gender=male
Petteri Orpo	kind=person	affiliation=Finland	role=prime minister	title=Prime Minister	short=Orpo	gender=male
Ulf Kristersson	kind=person	affiliation=Sweden	role=prime minister	title=Prime Minister	short=Kristersson	gender=male
Mette Frederiksen	kind=person	affiliation=Denmark	role=prime minister	title=Prime Minister	short=Frederiksen	gender=female
Péter Szijjártó	kind=person	affiliation=Hungary	role=foreign minister	title=Foreign Minister	short=Szijjártó|Szijjarto	alias=Peter Szijjarto	gender=male

# --- Gulf ---
Sultan Al Jaber	kind=person	affiliation=United Arab Emirates	role=minister of industry	short=Al Jaber	alias=Sultan al-Jaber	gender=male

# --- Bangladesh, the Philippines ---
Muhammad Yunus	kind=person	affiliation=Bangladesh	role=chief adviser	title=Chief Adviser	short=Yunus	gender=male
Tarique Rahman	kind=person	affiliation=Bangladesh	role=acting chairman of the BNP	short=Tarique	gender=male
Himanta Biswa Sarma	kind=person	affiliation=India	role=chief minister of Assam	short=Sarma	gender=male
Gilberto Teodoro	kind=person	affiliation=Philippines	role=defense secretary	title=Defense Secretary	short=Teodoro	alias=Gilberto Teodoro Jr.	gender=male
Enrique Manalo	kind=person	affiliation=Philippines	role=foreign secretary	title=Foreign Secretary	short=Manalo	gender=male

# --- Indonesia ---
Joko Widodo	kind=person	affiliation=Indonesia	role=former president	short=Widodo	alias=Jokowi	gender=male
Sugiono	kind=person	affiliation=Indonesia	role=foreign minister	title=Foreign Minister	gender=male
Bahlil Lahadalia	kind=person	affiliation=Indonesia	role=energy minister	title=Energy Minister	short=Bahlil	gender=male
Airlangga Hartarto	kind=person	affiliation=Indonesia	role=coordinating minister for economic affairs	short=Airlangga	gender=male
Luhut Binsar Pandjaitan	kind=person	affiliation=Indonesia	role=chair of the National Economic Council	short=Luhut	alias=Luhut Pandjaitan	gender=male

# --- Horn of Africa, Sudan, Gulf and Iraq ---
Hassan Sheikh Mohamud	kind=person	affiliation=Somalia	role=president	title=President	short=Mohamud	gender=male
Omar al-Bashir	kind=person	affiliation=Sudan	role=former president	short=Bashir|al-Bashir	gender=male
Abdel Fattah al-Burhan	kind=person	affiliation=Sudan	role=army chief	short=Burhan|al-Burhan	gender=male
Mohamed Hamdan Dagalo	kind=person	affiliation=Sudan	role=commander of the Rapid Support Forces	short=Hemedti	gender=male
Salman bin Abdulaziz Al Saud	kind=person	affiliation=Saudi Arabia	role=king	title=King	short=King Salman	alias=Salman bin Abdulaziz	gender=male
Mustafa al-Kadhimi	kind=person	affiliation=Iraq	role=former prime minister	short=Kadhimi|al-Kadhimi	gender=male
Mohammed Shia al-Sudani	kind=person	affiliation=Iraq	role=prime minister	title=Prime Minister	short=Sudani|al-Sudani	gender=male
Abdul-Malik al-Houthi	kind=person	affiliation=Yemen	role=Houthi leader	short=al-Houthi	alias=Abdulmalik al-Houthi	gender=male
Hans Grundberg	kind=person	affiliation=United Nations	role=UN special envoy for Yemen	short=Grundberg	gender=male

# --- Malaysia, Japan's emperor, Hungary's opposition ---
Mahathir Mohamad	kind=person	affiliation=Malaysia	role=former prime minister	short=Mahathir	gender=male
Hishammuddin Hussein	kind=person	affiliation=Malaysia	role=former foreign minister	short=Hishammuddin	gender=male
Naruhito	kind=person	affiliation=Japan	role=emperor	title=Emperor	gender=male
Péter Magyar	kind=person	affiliation=Hungary	role=opposition leader	short=Magyar	alias=Peter Magyar	gender=male
