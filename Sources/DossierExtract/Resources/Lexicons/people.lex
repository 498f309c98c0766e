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
Donald Trump Jr.	kind=person	affiliation=United States	role=businessman	alias=Donald Trump Jr|Trump Jr.	gender=male
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
Saparmurat Niyazov	kind=person	affiliation=Turkmenistan	role=former president	short=Niyazov
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
Abdulaziz bin Salman	kind=person	affiliation=Saudi Arabia	role=energy minister	title=Energy Minister|Prince	alias=Abdulaziz bin Salman Al Saud|Prince Abdulaziz bin Salman|Prince Abdulaziz
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
Igor Dodon	kind=person	affiliation=Moldova	role=former president	short=Dodon	gender=male
Ilan Shor	kind=person	affiliation=Moldova	role=opposition leader	short=Shor	gender=male
Evghenia Guțul	kind=person	affiliation=Moldova	role=governor	short=Guțul	alias=Evghenia Gutul|Yevgenia Gutsul	gender=female
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
Hassan Sheikh Mohamud	kind=person	alias=Hassan Sheikh	affiliation=Somalia	role=president	title=President	short=Mohamud	gender=male
Omar al-Bashir	kind=person	affiliation=Sudan	role=former president	short=Bashir|al-Bashir	gender=male
Abdel Fattah al-Burhan	kind=person	affiliation=Sudan	role=army chief	short=Burhan|al-Burhan	gender=male
Mohamed Hamdan Dagalo	kind=person	affiliation=Sudan	role=commander of the Rapid Support Forces	short=Hemedti	gender=male
Salman bin Abdulaziz Al Saud	kind=person	affiliation=Saudi Arabia	role=king	title=King	short=King Salman	alias=Salman bin Abdulaziz	gender=male
Mustafa al-Kadhimi	kind=person	affiliation=Iraq	role=former prime minister	short=Kadhimi|al-Kadhimi	gender=male
Mohammed Shia al-Sudani	kind=person	affiliation=Iraq	role=prime minister	title=Prime Minister	short=Sudani|al-Sudani	gender=male
Masrour Barzani	kind=person	affiliation=Iraq	role=prime minister of the Kurdistan Region	short=Masrour	gender=male
Nechirvan Barzani	kind=person	affiliation=Iraq	role=president of the Kurdistan Region	short=Nechirvan	gender=male
Masoud Barzani	kind=person	affiliation=Iraq	role=Kurdistan Democratic Party leader	gender=male
Abdul-Malik al-Houthi	kind=person	affiliation=Yemen	role=Houthi leader	short=al-Houthi	alias=Abdulmalik al-Houthi	gender=male
Hans Grundberg	kind=person	affiliation=United Nations	role=UN special envoy for Yemen	short=Grundberg	gender=male

# --- Malaysia, Japan's emperor, Hungary's opposition ---
Mahathir Mohamad	kind=person	affiliation=Malaysia	role=former prime minister	short=Mahathir	gender=male
Hishammuddin Hussein	kind=person	affiliation=Malaysia	role=former foreign minister	short=Hishammuddin	gender=male
Naruhito	kind=person	affiliation=Japan	role=emperor	title=Emperor	gender=male
Péter Magyar	kind=person	affiliation=Hungary	role=opposition leader	short=Magyar	alias=Peter Magyar	gender=male

# --- Heads of international organisations (2024-2025) ---
Christine Lagarde	kind=person	affiliation=European Central Bank	role=president	title=President	short=Lagarde	gender=female
Stéphane Séjourné	kind=person	affiliation=European Commission	role=executive vice-president	title=Executive Vice-President	short=Séjourné|Sejourne	alias=Stephane Sejourne	gender=male
Andrius Kubilius	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Kubilius	gender=male
Marta Kos	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	gender=female
Maroš Šefčovič	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Šefčovič|Sefcovic	alias=Maros Sefcovic	gender=male
Valdis Dombrovskis	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Dombrovskis	gender=male
Dubravka Šuica	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Šuica|Suica	alias=Dubravka Suica	gender=female
Jozef Síkela	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Síkela|Sikela	alias=Jozef Sikela	gender=male
Hadja Lahbib	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Lahbib	gender=female
Olivér Várhelyi	kind=person	affiliation=European Commission	role=commissioner	title=Commissioner	short=Várhelyi|Varhelyi	alias=Oliver Varhelyi	gender=male
Nadia Calviño	kind=person	affiliation=European Investment Bank	role=president	short=Calviño|Calvino	alias=Nadia Calvino	gender=female
Odile Renaud-Basso	kind=person	affiliation=European Bank for Reconstruction and Development	role=president	short=Renaud-Basso	gender=female
Gita Gopinath	kind=person	affiliation=International Monetary Fund	role=former first deputy managing director	short=Gopinath	gender=female
David Malpass	kind=person	affiliation=World Bank	role=former president	short=Malpass	gender=male
Amina J. Mohammed	kind=person	affiliation=United Nations	role=deputy secretary-general	title=Deputy Secretary-General	alias=Amina Mohammed	gender=female
Philemon Yang	kind=person	affiliation=United Nations	role=former president of the general assembly	gender=male
Tom Fletcher	kind=person	affiliation=United Nations	role=emergency relief coordinator	gender=male
Volker Türk	kind=person	affiliation=Office of the UN High Commissioner for Human Rights	role=high commissioner for human rights	title=High Commissioner	short=Türk	alias=Volker Turk	gender=male
Filippo Grandi	kind=person	affiliation=UNHCR	role=high commissioner for refugees	title=High Commissioner	short=Grandi	gender=male
Karim Khan	kind=person	affiliation=International Criminal Court	role=prosecutor	title=Prosecutor	alias=Karim A.A. Khan	gender=male
Kao Kim Hourn	kind=person	affiliation=Association of Southeast Asian Nations	role=secretary-general	title=Secretary-General|Secretary General	gender=male
Mahmoud Ali Youssouf	kind=person	affiliation=African Union	role=commission chairperson	short=Youssouf	gender=male
Moussa Faki Mahamat	kind=person	affiliation=African Union	role=former commission chairperson	short=Faki	alias=Moussa Faki	gender=male
Imangali Tasmagambetov	kind=person	affiliation=Collective Security Treaty Organization	role=secretary-general	title=Secretary-General|Secretary General	short=Tasmagambetov	gender=male
Bakytzhan Sagintayev	kind=person	affiliation=Eurasian Economic Commission	role=chairman	short=Sagintayev	alias=Bakytzhan Sagintaev	gender=male
Feridun Sinirlioğlu	kind=person	affiliation=Organization for Security and Co-operation in Europe	role=secretary-general	title=Secretary-General|Secretary General	short=Sinirlioğlu|Sinirlioglu	alias=Feridun Sinirlioglu	gender=male
Alain Berset	kind=person	affiliation=Council of Europe	role=secretary-general	title=Secretary-General|Secretary General	short=Berset	gender=male
Haitham al-Ghais	kind=person	affiliation=Organization of the Petroleum Exporting Countries	role=secretary-general	title=Secretary-General|Secretary General	short=al-Ghais|Al Ghais	alias=Haitham Al Ghais	gender=male
Jasem Mohamed Albudaiwi	kind=person	affiliation=Gulf Cooperation Council	role=secretary-general	title=Secretary-General|Secretary General	short=Albudaiwi	alias=Jasem Albudaiwi|Jassim Mohamed Al-Budaiwi	gender=male
Ahmed Aboul Gheit	kind=person	affiliation=Arab League	role=secretary-general	title=Secretary-General|Secretary General	short=Aboul Gheit	alias=Ahmed Abul Gheit	gender=male
Hissein Brahim Taha	kind=person	affiliation=Organisation of Islamic Cooperation	role=secretary-general	title=Secretary-General|Secretary General	gender=male
Christian Schmidt	kind=person	affiliation=Office of the High Representative	role=high representative	title=High Representative	gender=male

# --- United Kingdom, France, Italy, Iberia ---
Charles III	kind=person	affiliation=United Kingdom	role=king	title=King	alias=King Charles	gender=male
Grant Shapps	kind=person	affiliation=United Kingdom	role=former defence secretary	short=Shapps	gender=male
Gabriel Attal	kind=person	affiliation=France	role=former prime minister	short=Attal	gender=male
Élisabeth Borne	kind=person	affiliation=France	role=former prime minister	alias=Elisabeth Borne	gender=female
Catherine Colonna	kind=person	affiliation=France	role=former foreign minister	short=Colonna	gender=female
Catherine Vautrin	kind=person	affiliation=France	role=defence minister	title=Armed Forces Minister|Defence Minister|Defense Minister	short=Vautrin	gender=female
Sergio Mattarella	kind=person	affiliation=Italy	role=president	title=President	short=Mattarella	gender=male
Antonio Tajani	kind=person	affiliation=Italy	role=foreign minister	title=Foreign Minister|Deputy Prime Minister	short=Tajani	gender=male
Guido Crosetto	kind=person	affiliation=Italy	role=defence minister	title=Defence Minister|Defense Minister	short=Crosetto	gender=male
Pedro Sánchez	kind=person	affiliation=Spain	role=prime minister	title=Prime Minister	short=Sánchez|Sanchez	alias=Pedro Sanchez	gender=male
Felipe VI	kind=person	affiliation=Spain	role=king	title=King	alias=King Felipe	gender=male
José Manuel Albares	kind=person	affiliation=Spain	role=foreign minister	title=Foreign Minister	short=Albares	alias=Jose Manuel Albares	gender=male
Margarita Robles	kind=person	affiliation=Spain	role=defence minister	title=Defence Minister|Defense Minister	short=Robles	gender=female
Marcelo Rebelo de Sousa	kind=person	affiliation=Portugal	role=president	title=President	short=Rebelo de Sousa	gender=male
Luís Montenegro	kind=person	affiliation=Portugal	role=prime minister	title=Prime Minister	alias=Luis Montenegro	gender=male
Paulo Rangel	kind=person	affiliation=Portugal	role=foreign minister	title=Foreign Minister	short=Rangel	gender=male
Nuno Melo	kind=person	affiliation=Portugal	role=defence minister	title=Defence Minister|Defense Minister	gender=male

# --- Benelux, Ireland, Austria, Switzerland ---
Dick Schoof	kind=person	affiliation=Netherlands	role=prime minister	title=Prime Minister	short=Schoof	gender=male
Caspar Veldkamp	kind=person	affiliation=Netherlands	role=former foreign minister	short=Veldkamp	gender=male
David van Weel	kind=person	affiliation=Netherlands	role=foreign minister	title=Foreign Minister	short=Van Weel|van Weel	gender=male
Ruben Brekelmans	kind=person	affiliation=Netherlands	role=defence minister	title=Defence Minister|Defense Minister	short=Brekelmans	gender=male
Kajsa Ollongren	kind=person	affiliation=Netherlands	role=former defence minister	short=Ollongren	gender=female
Willem-Alexander	kind=person	affiliation=Netherlands	role=king	title=King	gender=male
Bart De Wever	kind=person	affiliation=Belgium	role=prime minister	title=Prime Minister	short=De Wever	gender=male
Alexander De Croo	kind=person	affiliation=Belgium	role=former prime minister	short=De Croo	gender=male
Maxime Prévot	kind=person	affiliation=Belgium	role=foreign minister	title=Foreign Minister	short=Prévot|Prevot	alias=Maxime Prevot	gender=male
Theo Francken	kind=person	affiliation=Belgium	role=defence minister	title=Defence Minister|Defense Minister	short=Francken	gender=male
Luc Frieden	kind=person	affiliation=Luxembourg	role=prime minister	title=Prime Minister	short=Frieden	gender=male
Xavier Bettel	kind=person	affiliation=Luxembourg	role=foreign minister	title=Foreign Minister	short=Bettel	gender=male
Micheál Martin	kind=person	affiliation=Ireland	role=taoiseach	title=Taoiseach	alias=Micheal Martin	gender=male
Simon Harris	kind=person	affiliation=Ireland	role=tánaiste	title=Tánaiste|Tanaiste	gender=male
Leo Varadkar	kind=person	affiliation=Ireland	role=former taoiseach	short=Varadkar	gender=male
Catherine Connolly	kind=person	affiliation=Ireland	role=president	title=President	gender=female
Michael D. Higgins	kind=person	affiliation=Ireland	role=former president	alias=Michael D Higgins	gender=male
Alexander Van der Bellen	kind=person	affiliation=Austria	role=president	title=President	short=Van der Bellen	gender=male
Christian Stocker	kind=person	affiliation=Austria	role=chancellor	title=Chancellor	short=Stocker	gender=male
Karl Nehammer	kind=person	affiliation=Austria	role=former chancellor	short=Nehammer	gender=male
Beate Meinl-Reisinger	kind=person	affiliation=Austria	role=foreign minister	title=Foreign Minister	short=Meinl-Reisinger	gender=female
Alexander Schallenberg	kind=person	affiliation=Austria	role=former foreign minister	short=Schallenberg	gender=male
Klaudia Tanner	kind=person	affiliation=Austria	role=defence minister	title=Defence Minister|Defense Minister	gender=female
Ignazio Cassis	kind=person	affiliation=Switzerland	role=foreign minister	title=Foreign Minister|Federal Councillor	short=Cassis	gender=male
Karin Keller-Sutter	kind=person	affiliation=Switzerland	role=finance minister	title=Federal Councillor	short=Keller-Sutter	gender=female
Viola Amherd	kind=person	affiliation=Switzerland	role=former defence minister	short=Amherd	gender=female
Martin Pfister	kind=person	affiliation=Switzerland	role=defence minister	title=Defence Minister|Defense Minister|Federal Councillor	short=Pfister	gender=male

# --- Central Europe ---
Andrzej Duda	kind=person	affiliation=Poland	role=former president	short=Duda	gender=male
Karol Nawrocki	kind=person	affiliation=Poland	role=president	title=President	short=Nawrocki	gender=male
Radosław Sikorski	kind=person	affiliation=Poland	role=foreign minister	title=Foreign Minister|Deputy Prime Minister	short=Sikorski	alias=Radoslaw Sikorski|Radek Sikorski	gender=male
Władysław Kosiniak-Kamysz	kind=person	affiliation=Poland	role=defence minister	title=Defence Minister|Defense Minister|Deputy Prime Minister	short=Kosiniak-Kamysz	alias=Wladyslaw Kosiniak-Kamysz	gender=male
Mateusz Morawiecki	kind=person	affiliation=Poland	role=former prime minister	short=Morawiecki	gender=male
Petr Pavel	kind=person	affiliation=Czech Republic	role=president	title=President	gender=male
Andrej Babiš	kind=person	affiliation=Czech Republic	role=prime minister	title=Prime Minister	short=Babiš|Babis	alias=Andrej Babis	gender=male
Petr Fiala	kind=person	affiliation=Czech Republic	role=former prime minister	short=Fiala	gender=male
Jan Lipavský	kind=person	affiliation=Czech Republic	role=former foreign minister	short=Lipavský|Lipavsky	alias=Jan Lipavsky	gender=male
Jana Černochová	kind=person	affiliation=Czech Republic	role=former defence minister	short=Černochová|Cernochova	alias=Jana Cernochova	gender=female
Peter Pellegrini	kind=person	affiliation=Slovakia	role=president	title=President	short=Pellegrini	gender=male
Zuzana Čaputová	kind=person	affiliation=Slovakia	role=former president	short=Čaputová|Caputova	alias=Zuzana Caputova	gender=female
Juraj Blanár	kind=person	affiliation=Slovakia	role=foreign minister	title=Foreign Minister	short=Blanár|Blanar	alias=Juraj Blanar	gender=male
Robert Kaliňák	kind=person	affiliation=Slovakia	role=defence minister	title=Defence Minister|Defense Minister|Deputy Prime Minister	short=Kaliňák|Kalinak	alias=Robert Kalinak	gender=male
Tamás Sulyok	kind=person	affiliation=Hungary	role=president	title=President	short=Sulyok	alias=Tamas Sulyok	gender=male
Katalin Novák	kind=person	affiliation=Hungary	role=former president	alias=Katalin Novak	gender=female
Kristóf Szalay-Bobrovniczky	kind=person	affiliation=Hungary	role=defence minister	title=Defence Minister|Defense Minister	short=Szalay-Bobrovniczky	alias=Kristof Szalay-Bobrovniczky	gender=male

# --- South-eastern Europe ---
Klaus Iohannis	kind=person	affiliation=Romania	role=former president	short=Iohannis	alias=Klaus Johannis	gender=male
Nicușor Dan	kind=person	affiliation=Romania	role=president	title=President	alias=Nicusor Dan|Nicuşor Dan	gender=male
Ilie Bolojan	kind=person	affiliation=Romania	role=prime minister	title=Prime Minister	short=Bolojan	gender=male
Marcel Ciolacu	kind=person	affiliation=Romania	role=former prime minister	short=Ciolacu	gender=male
Călin Georgescu	kind=person	affiliation=Romania	short=Georgescu	alias=Calin Georgescu	gender=male
Oana Țoiu	kind=person	affiliation=Romania	role=foreign minister	title=Foreign Minister	short=Țoiu|Ţoiu|Toiu	alias=Oana Toiu|Oana Ţoiu	gender=female
Angel Tîlvăr	kind=person	affiliation=Romania	role=former defence minister	short=Tîlvăr|Tilvar	alias=Angel Tilvar	gender=male
Rumen Radev	kind=person	affiliation=Bulgaria	role=president	title=President	short=Radev	gender=male
Rosen Zhelyazkov	kind=person	affiliation=Bulgaria	role=prime minister	title=Prime Minister	short=Zhelyazkov	gender=male
Dimitar Glavchev	kind=person	affiliation=Bulgaria	role=former prime minister	short=Glavchev	gender=male
Georg Georgiev	kind=person	affiliation=Bulgaria	role=foreign minister	title=Foreign Minister	gender=male
Atanas Zapryanov	kind=person	affiliation=Bulgaria	role=defence minister	title=Defence Minister|Defense Minister	short=Zapryanov	gender=male
Kyriakos Mitsotakis	kind=person	affiliation=Greece	role=prime minister	title=Prime Minister	short=Mitsotakis	gender=male
Konstantinos Tasoulas	kind=person	affiliation=Greece	role=president	title=President	short=Tasoulas	gender=male
George Gerapetritis	kind=person	affiliation=Greece	role=foreign minister	title=Foreign Minister	short=Gerapetritis	alias=Giorgos Gerapetritis	gender=male
Nikos Dendias	kind=person	affiliation=Greece	role=defence minister	title=Defence Minister|Defense Minister	short=Dendias	gender=male
Nikos Christodoulides	kind=person	affiliation=Cyprus	role=president	title=President	short=Christodoulides	gender=male
Constantinos Kombos	kind=person	affiliation=Cyprus	role=foreign minister	title=Foreign Minister	short=Kombos	gender=male
Robert Abela	kind=person	affiliation=Malta	role=prime minister	title=Prime Minister	short=Abela	gender=male
Andrej Plenković	kind=person	affiliation=Croatia	role=prime minister	title=Prime Minister	short=Plenković|Plenkovic	alias=Andrej Plenkovic	gender=male
Zoran Milanović	kind=person	affiliation=Croatia	role=president	title=President	short=Milanović|Milanovic	alias=Zoran Milanovic	gender=male
Gordan Grlić Radman	kind=person	affiliation=Croatia	role=foreign minister	title=Foreign Minister	short=Grlić Radman|Grlic Radman	alias=Gordan Grlic Radman	gender=male
Ivan Anušić	kind=person	affiliation=Croatia	role=defence minister	title=Defence Minister|Defense Minister	short=Anušić|Anusic	alias=Ivan Anusic	gender=male
Robert Golob	kind=person	affiliation=Slovenia	role=prime minister	title=Prime Minister	short=Golob	gender=male
Nataša Pirc Musar	kind=person	affiliation=Slovenia	role=president	title=President	short=Pirc Musar	alias=Natasa Pirc Musar	gender=female
Tanja Fajon	kind=person	affiliation=Slovenia	role=foreign minister	title=Foreign Minister	short=Fajon	gender=female
Borut Sajovic	kind=person	affiliation=Slovenia	role=defence minister	title=Defence Minister|Defense Minister	short=Sajovic	gender=male

# --- Western Balkans ---
Ana Brnabić	kind=person	affiliation=Serbia	role=speaker	title=Speaker	short=Brnabić|Brnabic	alias=Ana Brnabic	gender=female
Miloš Vučević	kind=person	affiliation=Serbia	role=former prime minister	short=Vučević|Vucevic	alias=Milos Vucevic	gender=male
Đuro Macut	kind=person	affiliation=Serbia	role=prime minister	title=Prime Minister	short=Macut	alias=Djuro Macut|Duro Macut	gender=male
Marko Đurić	kind=person	affiliation=Serbia	role=foreign minister	title=Foreign Minister	short=Đurić|Djuric	alias=Marko Djuric|Marko Duric	gender=male
Bratislav Gašić	kind=person	affiliation=Serbia	role=defence minister	title=Defence Minister|Defense Minister	short=Gašić|Gasic	alias=Bratislav Gasic	gender=male
Ivica Dačić	kind=person	affiliation=Serbia	role=interior minister	title=Interior Minister|Deputy Prime Minister	short=Dačić|Dacic	alias=Ivica Dacic	gender=male
Jakov Milatović	kind=person	affiliation=Montenegro	role=president	title=President	short=Milatović|Milatovic	alias=Jakov Milatovic	gender=male
Milojko Spajić	kind=person	affiliation=Montenegro	role=prime minister	title=Prime Minister	short=Spajić|Spajic	alias=Milojko Spajic	gender=male
Ervin Ibrahimović	kind=person	affiliation=Montenegro	role=foreign minister	title=Foreign Minister	alias=Ervin Ibrahimovic	gender=male
Dragan Krapović	kind=person	affiliation=Montenegro	role=defence minister	title=Defence Minister|Defense Minister	short=Krapović|Krapovic	alias=Dragan Krapovic	gender=male
Milo Đukanović	kind=person	affiliation=Montenegro	role=former president	short=Đukanović|Djukanovic	alias=Milo Djukanovic|Milo Dukanovic	gender=male
Milorad Dodik	kind=person	affiliation=Republika Srpska	role=former president	short=Dodik	gender=male
Denis Bećirović	kind=person	affiliation=Bosnia and Herzegovina	role=member of the presidency	short=Bećirović|Becirovic	alias=Denis Becirovic	gender=male
Željka Cvijanović	kind=person	affiliation=Bosnia and Herzegovina	role=member of the presidency	short=Cvijanović|Cvijanovic	alias=Zeljka Cvijanovic	gender=female
Željko Komšić	kind=person	affiliation=Bosnia and Herzegovina	role=member of the presidency	short=Komšić|Komsic	alias=Zeljko Komsic	gender=male
Borjana Krišto	kind=person	affiliation=Bosnia and Herzegovina	role=chair of the council of ministers	short=Krišto|Kristo	alias=Borjana Kristo	gender=female
Elmedin Konaković	kind=person	affiliation=Bosnia and Herzegovina	role=foreign minister	title=Foreign Minister	short=Konaković|Konakovic	alias=Elmedin Konakovic	gender=male
Gordana Siljanovska-Davkova	kind=person	affiliation=North Macedonia	role=president	title=President	short=Siljanovska-Davkova	gender=female
Hristijan Mickoski	kind=person	affiliation=North Macedonia	role=prime minister	title=Prime Minister	short=Mickoski	gender=male
Timčo Mucunski	kind=person	affiliation=North Macedonia	role=foreign minister	title=Foreign Minister	short=Mucunski	alias=Timco Mucunski	gender=male
Vlado Misajlovski	kind=person	affiliation=North Macedonia	role=defence minister	title=Defence Minister|Defense Minister	short=Misajlovski	gender=male
Edi Rama	kind=person	affiliation=Albania	role=prime minister	title=Prime Minister	short=Rama	gender=male
Bajram Begaj	kind=person	affiliation=Albania	role=president	title=President	short=Begaj	gender=male
Igli Hasani	kind=person	affiliation=Albania	gender=male
Vjosa Osmani	kind=person	affiliation=Kosovo	role=president	title=President	short=Osmani	gender=female
Albin Kurti	kind=person	affiliation=Kosovo	role=prime minister	title=Prime Minister	short=Kurti	gender=male
Donika Gërvalla-Schwarz	kind=person	affiliation=Kosovo	role=foreign minister	title=Foreign Minister	short=Gërvalla|Gervalla	alias=Donika Gervalla-Schwarz|Donika Gërvalla|Donika Gervalla	gender=female
Ejup Maqedonci	kind=person	affiliation=Kosovo	role=defence minister	title=Defence Minister|Defense Minister	short=Maqedonci	gender=male

# --- Nordic and Baltic states (continued) ---
Margus Tsahkna	kind=person	affiliation=Estonia	role=foreign minister	title=Foreign Minister	short=Tsahkna	gender=male
Hanno Pevkur	kind=person	affiliation=Estonia	role=defence minister	title=Defence Minister|Defense Minister	short=Pevkur	gender=male
Edgars Rinkēvičs	kind=person	affiliation=Latvia	role=president	title=President	short=Rinkēvičs|Rinkevics	alias=Edgars Rinkevics	gender=male
Evika Siliņa	kind=person	affiliation=Latvia	role=prime minister	title=Prime Minister	short=Siliņa|Silina	alias=Evika Silina	gender=female
Baiba Braže	kind=person	affiliation=Latvia	role=foreign minister	title=Foreign Minister	short=Braže|Braze	alias=Baiba Braze	gender=female
Krišjānis Kariņš	kind=person	affiliation=Latvia	role=former foreign minister	short=Kariņš|Karins	alias=Krisjanis Karins	gender=male
Andris Sprūds	kind=person	affiliation=Latvia	short=Sprūds|Spruds	alias=Andris Spruds	gender=male
Gitanas Nausėda	kind=person	affiliation=Lithuania	role=president	title=President	short=Nausėda|Nauseda	alias=Gitanas Nauseda	gender=male
Inga Ruginienė	kind=person	affiliation=Lithuania	role=prime minister	title=Prime Minister	short=Ruginienė|Ruginiene	alias=Inga Ruginiene	gender=female
Gintautas Paluckas	kind=person	affiliation=Lithuania	role=former prime minister	short=Paluckas	gender=male
Ingrida Šimonytė	kind=person	affiliation=Lithuania	role=former prime minister	short=Šimonytė|Simonyte	alias=Ingrida Simonyte	gender=female
Kęstutis Budrys	kind=person	affiliation=Lithuania	role=foreign minister	title=Foreign Minister	short=Budrys	alias=Kestutis Budrys	gender=male
Gabrielius Landsbergis	kind=person	affiliation=Lithuania	role=former foreign minister	short=Landsbergis	gender=male
Dovilė Šakalienė	kind=person	affiliation=Lithuania	short=Šakalienė|Sakaliene	alias=Dovile Sakaliene	gender=female
Laurynas Kasčiūnas	kind=person	affiliation=Lithuania	role=former defence minister	short=Kasčiūnas|Kasciunas	alias=Laurynas Kasciunas	gender=male
Elina Valtonen	kind=person	affiliation=Finland	role=foreign minister	title=Foreign Minister	short=Valtonen	gender=female
Antti Häkkänen	kind=person	affiliation=Finland	role=defence minister	title=Defence Minister|Defense Minister	short=Häkkänen|Hakkanen	alias=Antti Hakkanen	gender=male
Sauli Niinistö	kind=person	affiliation=Finland	role=former president	short=Niinistö|Niinisto	alias=Sauli Niinisto	gender=male
Maria Malmer Stenergard	kind=person	affiliation=Sweden	role=foreign minister	title=Foreign Minister	short=Malmer Stenergard	gender=female
Tobias Billström	kind=person	affiliation=Sweden	role=former foreign minister	short=Billström|Billstrom	alias=Tobias Billstrom	gender=male
Pål Jonson	kind=person	affiliation=Sweden	role=defence minister	title=Defence Minister|Defense Minister	short=Jonson	alias=Pal Jonson	gender=male
Lars Løkke Rasmussen	kind=person	affiliation=Denmark	role=foreign minister	title=Foreign Minister	short=Løkke Rasmussen|Lokke Rasmussen|Løkke	alias=Lars Lokke Rasmussen	gender=male
Troels Lund Poulsen	kind=person	affiliation=Denmark	role=defence minister	title=Defence Minister|Defense Minister	short=Lund Poulsen	gender=male
Frederik X	kind=person	affiliation=Denmark	role=king	title=King	alias=King Frederik	gender=male
Jonas Gahr Støre	kind=person	affiliation=Norway	role=prime minister	title=Prime Minister	short=Støre	alias=Jonas Gahr Store	gender=male
Espen Barth Eide	kind=person	affiliation=Norway	role=foreign minister	title=Foreign Minister	short=Barth Eide|Eide	gender=male
Tore O. Sandvik	kind=person	affiliation=Norway	role=defence minister	title=Defence Minister|Defense Minister	alias=Tore Sandvik	gender=male
Bjørn Arild Gram	kind=person	affiliation=Norway	role=former defence minister	alias=Bjorn Arild Gram	gender=male
Kristrún Frostadóttir	kind=person	affiliation=Iceland	role=prime minister	title=Prime Minister	short=Frostadóttir|Frostadottir	alias=Kristrun Frostadottir	gender=female
Halla Tómasdóttir	kind=person	affiliation=Iceland	role=president	title=President	alias=Halla Tomasdottir	gender=female
Þorgerður Katrín Gunnarsdóttir	kind=person	affiliation=Iceland	role=foreign minister	title=Foreign Minister	alias=Thorgerdur Katrin Gunnarsdottir	gender=female

# --- Belarus, Moldova, the South Caucasus, Central Asia (continued) ---
Alexander Turchin	kind=person	affiliation=Belarus	role=prime minister	title=Prime Minister	short=Turchin	alias=Aleksandr Turchin	gender=male
Roman Golovchenko	kind=person	affiliation=Belarus	role=former prime minister	short=Golovchenko	gender=male
Viktor Khrenin	kind=person	affiliation=Belarus	role=defence minister	title=Defence Minister|Defense Minister	short=Khrenin	gender=male
Sergei Aleinik	kind=person	affiliation=Belarus	role=former foreign minister	short=Aleinik	alias=Sergey Aleinik	gender=male
Mihai Popșoi	kind=person	affiliation=Moldova	role=foreign minister	title=Foreign Minister|Deputy Prime Minister	short=Popșoi|Popşoi|Popsoi	alias=Mihai Popsoi|Mihai Popşoi	gender=male
Anatolie Nosatîi	kind=person	affiliation=Moldova	short=Nosatîi|Nosatii	alias=Anatolie Nosatii	gender=male
Irakli Garibashvili	kind=person	affiliation=Georgia	role=former prime minister	short=Garibashvili	gender=male
Ilia Darchiashvili	kind=person	affiliation=Georgia	role=former foreign minister	short=Darchiashvili	gender=male
Irakli Chikovani	kind=person	affiliation=Georgia	short=Chikovani	gender=male
Suren Papikyan	kind=person	affiliation=Armenia	role=defence minister	title=Defence Minister|Defense Minister	short=Papikyan	gender=male
Zakir Hasanov	kind=person	affiliation=Azerbaijan	role=defence minister	title=Defence Minister|Defense Minister	alias=Zakir Gasanov	gender=male
Yermek Kosherbayev	kind=person	affiliation=Kazakhstan	short=Kosherbayev	alias=Ermek Kosherbayev|Yermek Kosherbaev	gender=male
Ruslan Zhaksylykov	kind=person	affiliation=Kazakhstan	short=Zhaksylykov	gender=male
Bakhodir Kurbanov	kind=person	affiliation=Uzbekistan	role=defence minister	title=Defence Minister|Defense Minister	alias=Bakhodir Kurbonov	gender=male

# --- Middle East and North Africa (continued) ---
Aziz Nasirzadeh	kind=person	affiliation=Iran	role=defence minister	title=Defence Minister|Defense Minister|Brigadier General	short=Nasirzadeh	gender=male
Mohammad Bagher Ghalibaf	kind=person	affiliation=Iran	role=speaker	title=Speaker	short=Ghalibaf|Qalibaf	alias=Mohammad Baqer Qalibaf|Mohammad Bagher Qalibaf|Mohammad Baqer Ghalibaf	gender=male
Abdul Latif Rashid	kind=person	affiliation=Iraq	role=president	title=President	alias=Abdul Latif Jamal Rashid	gender=male
Fuad Hussein	kind=person	affiliation=Iraq	role=foreign minister	title=Foreign Minister	gender=male
Thabit al-Abbasi	kind=person	affiliation=Iraq	role=defence minister	title=Defence Minister|Defense Minister	short=al-Abbasi	gender=male
Asaad al-Shaibani	kind=person	affiliation=Syria	role=foreign minister	title=Foreign Minister	short=al-Shaibani|Shaibani	alias=Asaad Hassan al-Shaibani|Asad al-Shaibani|Assad al-Shaibani	gender=male
Murhaf Abu Qasra	kind=person	affiliation=Syria	role=defence minister	title=Defence Minister|Defense Minister	short=Abu Qasra	gender=male
Faisal Mekdad	kind=person	affiliation=Syria	role=former foreign minister	short=Mekdad	alias=Faisal al-Mekdad|Faisal Miqdad	gender=male
Joseph Aoun	kind=person	affiliation=Lebanon	role=president	title=President|General	short=Aoun	gender=male
Nawaf Salam	kind=person	affiliation=Lebanon	role=prime minister	title=Prime Minister	gender=male
Najib Mikati	kind=person	affiliation=Lebanon	role=former prime minister	short=Mikati	gender=male
Youssef Rajji	kind=person	affiliation=Lebanon	role=foreign minister	title=Foreign Minister	short=Rajji	alias=Youssef Raggi	gender=male
Michel Menassa	kind=person	affiliation=Lebanon	role=defence minister	title=Defence Minister|Defense Minister	short=Menassa	gender=male
Nabih Berri	kind=person	affiliation=Lebanon	role=speaker	title=Speaker	short=Berri	gender=male
Abdullah II	kind=person	affiliation=Jordan	role=king	title=King	alias=King Abdullah|Abdullah II of Jordan	gender=male
Jafar Hassan	kind=person	affiliation=Jordan	role=prime minister	title=Prime Minister	gender=male
Ayman Safadi	kind=person	affiliation=Jordan	role=foreign minister	title=Foreign Minister|Deputy Prime Minister	short=Safadi	gender=male
Isaac Herzog	kind=person	affiliation=Israel	role=president	title=President	short=Herzog	gender=male
Israel Katz	kind=person	affiliation=Israel	role=defence minister	title=Defence Minister|Defense Minister	short=Katz	gender=male
Gideon Sa'ar	kind=person	affiliation=Israel	role=foreign minister	title=Foreign Minister	short=Sa'ar|Sa’ar|Saar	alias=Gideon Saar|Gideon Sa’ar	gender=male
Yoav Gallant	kind=person	affiliation=Israel	role=former defence minister	gender=male
Mahmoud Abbas	kind=person	affiliation=Palestine	role=president	title=President	alias=Abu Mazen	gender=male
Mohammad Mustafa	kind=person	affiliation=Palestine	role=prime minister	title=Prime Minister	gender=male
Khalid bin Salman	kind=person	affiliation=Saudi Arabia	role=defence minister	title=Defence Minister|Defense Minister|Prince	alias=Khalid bin Salman Al Saud	gender=male
Abdullah bin Zayed Al Nahyan	kind=person	affiliation=United Arab Emirates	role=foreign minister	title=Foreign Minister|Sheikh	alias=Abdullah bin Zayed	gender=male
Mohammed bin Rashid Al Maktoum	kind=person	affiliation=United Arab Emirates	role=prime minister	title=Prime Minister|Vice President|Sheikh	alias=Mohammed bin Rashid	gender=male
Tahnoun bin Zayed Al Nahyan	kind=person	affiliation=United Arab Emirates	role=national security adviser	title=Sheikh	alias=Tahnoun bin Zayed|Tahnoon bin Zayed|Tahnoon bin Zayed Al Nahyan	gender=male
Mohammed bin Abdulrahman Al Thani	kind=person	affiliation=Qatar	role=prime minister	title=Prime Minister|Sheikh	alias=Mohammed bin Abdulrahman|Mohammed bin Abdulrahman bin Jassim Al Thani	gender=male
Mishal Al-Ahmad Al-Jaber Al-Sabah	kind=person	affiliation=Kuwait	role=emir	title=Emir|Sheikh	alias=Mishal al-Ahmad al-Jaber al-Sabah|Meshal Al-Ahmad Al-Jaber Al-Sabah|Sheikh Mishal|Mishal al-Ahmad al-Sabah|Mishal Al-Ahmad Al-Sabah	gender=male
Hamad bin Isa Al Khalifa	kind=person	affiliation=Bahrain	role=king	title=King	alias=King Hamad|Hamad bin Isa	gender=male
Abdullatif bin Rashid Al Zayani	kind=person	affiliation=Bahrain	role=foreign minister	title=Foreign Minister	short=Al Zayani|Al-Zayani	alias=Abdullatif Al Zayani|Abdullatif al-Zayani	gender=male
Haitham bin Tariq	kind=person	affiliation=Oman	role=sultan	title=Sultan	alias=Haitham bin Tarik|Haitham bin Tariq Al Said	gender=male
Badr Albusaidi	kind=person	affiliation=Oman	role=foreign minister	title=Foreign Minister|Sayyid	short=Albusaidi|al-Busaidi	alias=Badr al-Busaidi|Badr bin Hamad Albusaidi	gender=male
Rashad al-Alimi	kind=person	affiliation=Yemen	role=chairman	title=Chairman|President	short=al-Alimi|Alimi	alias=Rashad Al-Alimi|Rashad Muhammad al-Alimi	gender=male
Mostafa Madbouly	kind=person	affiliation=Egypt	role=prime minister	title=Prime Minister	short=Madbouly	alias=Moustafa Madbouly|Mostafa Madbuly	gender=male
Badr Abdelatty	kind=person	affiliation=Egypt	role=foreign minister	title=Foreign Minister	short=Abdelatty	alias=Badr Abdel Aty|Badr Abdelaty	gender=male
Sameh Shoukry	kind=person	affiliation=Egypt	role=former foreign minister	short=Shoukry	alias=Sameh Shukri	gender=male
Abdel Majeed Saqr	kind=person	affiliation=Egypt	role=defence minister	title=Defence Minister|Defense Minister|General	short=Saqr	alias=Abdel Mageed Saqr	gender=male
Abdul Hamid Dbeibah	kind=person	affiliation=Libya	role=prime minister	title=Prime Minister	short=Dbeibah	alias=Abdul Hamid Dbeibeh|Abdulhamid Dbeibah|Abdelhamid Dbeibah	gender=male
Khalifa Haftar	kind=person	affiliation=Libya	role=commander	title=Field Marshal|General	short=Haftar	alias=Khalifa Hifter	gender=male
Mohamed al-Menfi	kind=person	affiliation=Libya	role=chairman	short=al-Menfi|Menfi	alias=Mohammed al-Menfi|Mohamed Menfi	gender=male
Abdelmadjid Tebboune	kind=person	affiliation=Algeria	role=president	title=President	short=Tebboune	alias=Abdelmadjid Teboune	gender=male
Ahmed Attaf	kind=person	affiliation=Algeria	role=foreign minister	title=Foreign Minister	short=Attaf	gender=male
Mohammed VI	kind=person	affiliation=Morocco	role=king	title=King	gender=male
Aziz Akhannouch	kind=person	affiliation=Morocco	role=prime minister	title=Prime Minister	short=Akhannouch	gender=male
Nasser Bourita	kind=person	affiliation=Morocco	role=foreign minister	title=Foreign Minister	short=Bourita	gender=male
Kais Saied	kind=person	affiliation=Tunisia	role=president	title=President	short=Saied	alias=Kaïs Saïed|Kais Saïed	gender=male

# --- South Asia (continued) ---
Vikram Misri	kind=person	affiliation=India	role=foreign secretary	title=Foreign Secretary	short=Misri	gender=male
Anwaar-ul-Haq Kakar	kind=person	affiliation=Pakistan	role=former prime minister	short=Kakar	alias=Anwaar ul Haq Kakar|Anwar-ul-Haq Kakar	gender=male
Arif Alvi	kind=person	affiliation=Pakistan	role=former president	short=Alvi	gender=male
Sheikh Hasina	kind=person	affiliation=Bangladesh	role=former prime minister	short=Hasina	alias=Sheikh Hasina Wazed	gender=female
Mohammed Shahabuddin	kind=person	affiliation=Bangladesh	role=president	title=President	short=Shahabuddin	alias=Mohammed Shahabuddin Chuppu	gender=male
Touhid Hossain	kind=person	affiliation=Bangladesh	role=foreign adviser	title=Foreign Adviser	alias=Md Touhid Hossain|Md. Touhid Hossain|Mohammad Touhid Hossain	gender=male
Anura Kumara Dissanayake	kind=person	affiliation=Sri Lanka	role=president	title=President	short=Dissanayake	acronym=AKD	alias=Anura Kumara Dissanayaka	gender=male
Harini Amarasuriya	kind=person	affiliation=Sri Lanka	role=prime minister	title=Prime Minister	short=Amarasuriya	gender=female
Vijitha Herath	kind=person	affiliation=Sri Lanka	role=foreign minister	title=Foreign Minister	short=Herath	gender=male
Ranil Wickremesinghe	kind=person	affiliation=Sri Lanka	role=former president	short=Wickremesinghe	gender=male
Gotabaya Rajapaksa	kind=person	affiliation=Sri Lanka	role=former president	gender=male
Mahinda Rajapaksa	kind=person	affiliation=Sri Lanka	role=former president	gender=male
Nandalal Weerasinghe	kind=person	affiliation=Sri Lanka	role=central bank governor	short=Weerasinghe	gender=male
Ali Sabry	kind=person	affiliation=Sri Lanka	role=former foreign minister	short=Sabry	gender=male
K. P. Sharma Oli	kind=person	affiliation=Nepal	role=former prime minister	short=Oli	alias=KP Sharma Oli|K.P. Sharma Oli|Khadga Prasad Sharma Oli	gender=male
Sushila Karki	kind=person	affiliation=Nepal	role=prime minister	title=Prime Minister	short=Karki	gender=female
Pushpa Kamal Dahal	kind=person	affiliation=Nepal	role=former prime minister	short=Dahal|Prachanda	gender=male
Ram Chandra Poudel	kind=person	affiliation=Nepal	role=president	title=President	short=Poudel|Paudel	alias=Ram Chandra Paudel|Ramchandra Paudel	gender=male
Arzu Rana Deuba	kind=person	affiliation=Nepal	role=former foreign minister	alias=Arzu Deuba	gender=female
Tshering Tobgay	kind=person	affiliation=Bhutan	role=prime minister	title=Prime Minister	short=Tobgay	gender=male
Lotay Tshering	kind=person	affiliation=Bhutan	role=former prime minister	gender=male
Mohamed Muizzu	kind=person	affiliation=Maldives	role=president	title=President	short=Muizzu	alias=Mohammed Muizzu	gender=male
Ibrahim Mohamed Solih	kind=person	affiliation=Maldives	role=former president	short=Solih	gender=male

# --- Southeast Asia (continued) ---
Sjafrie Sjamsoeddin	kind=person	affiliation=Indonesia	role=defence minister	title=Defence Minister|Defense Minister	short=Sjafrie	alias=Sjafrie Syamsuddin	gender=male
Retno Marsudi	kind=person	affiliation=Indonesia	role=former foreign minister	short=Retno|Marsudi	alias=Retno L.P. Marsudi	gender=female
Gibran Rakabuming Raka	kind=person	affiliation=Indonesia	role=vice president	title=Vice President	short=Gibran	gender=male
Theresa Lazaro	kind=person	affiliation=Philippines	role=foreign secretary	title=Foreign Secretary	short=Lazaro	alias=Ma. Theresa Lazaro|Maria Theresa Lazaro	gender=female
Rodrigo Duterte	kind=person	affiliation=Philippines	role=former president	short=Duterte	gender=male
Sara Duterte	kind=person	affiliation=Philippines	role=vice president	title=Vice President	gender=female
Mohamad Hasan	kind=person	affiliation=Malaysia	role=foreign minister	title=Foreign Minister	alias=Mohamad Haji Hasan	gender=male
Mohamed Khaled Nordin	kind=person	affiliation=Malaysia	role=defence minister	title=Defence Minister|Defense Minister	short=Khaled Nordin	gender=male
Sultan Ibrahim	kind=person	affiliation=Malaysia	role=king	title=King	alias=Sultan Ibrahim Iskandar|Sultan Ibrahim ibni Almarhum Sultan Iskandar	gender=male
Lawrence Wong	kind=person	affiliation=Singapore	role=prime minister	title=Prime Minister	gender=male
Lee Hsien Loong	kind=person	affiliation=Singapore	role=former prime minister	gender=male
Vivian Balakrishnan	kind=person	affiliation=Singapore	role=foreign minister	title=Foreign Minister	short=Balakrishnan	gender=male
Chan Chun Sing	kind=person	affiliation=Singapore	role=defence minister	title=Defence Minister|Defense Minister	gender=male
Ng Eng Hen	kind=person	affiliation=Singapore	role=former defence minister	gender=male
Tharman Shanmugaratnam	kind=person	affiliation=Singapore	role=president	title=President	short=Tharman	gender=male
Anutin Charnvirakul	kind=person	affiliation=Thailand	role=prime minister	title=Prime Minister	short=Anutin	gender=male
Paetongtarn Shinawatra	kind=person	affiliation=Thailand	role=former prime minister	short=Paetongtarn	gender=female
Prayut Chan-o-cha	kind=person	affiliation=Thailand	role=former prime minister	short=Prayut	gender=male
Srettha Thavisin	kind=person	affiliation=Thailand	role=former prime minister	short=Srettha	gender=male
Thaksin Shinawatra	kind=person	affiliation=Thailand	role=former prime minister	short=Thaksin	gender=male
Sihasak Phuangketkeow	kind=person	affiliation=Thailand	role=foreign minister	title=Foreign Minister	short=Sihasak	gender=male
Maris Sangiampongsa	kind=person	affiliation=Thailand	role=former foreign minister	gender=male
Phumtham Wechayachai	kind=person	affiliation=Thailand	short=Phumtham	gender=male
Vajiralongkorn	kind=person	affiliation=Thailand	role=king	title=King	alias=Maha Vajiralongkorn|King Maha Vajiralongkorn|Rama X	gender=male
Hun Manet	kind=person	affiliation=Cambodia	role=prime minister	title=Prime Minister	gender=male
Hun Sen	kind=person	affiliation=Cambodia	role=senate president	gender=male
Prak Sokhonn	kind=person	affiliation=Cambodia	role=foreign minister	title=Foreign Minister|Deputy Prime Minister	gender=male
Tea Seiha	kind=person	affiliation=Cambodia	role=defence minister	title=Defence Minister|Defense Minister|Deputy Prime Minister	gender=male
Sonexay Siphandone	kind=person	affiliation=Laos	role=prime minister	title=Prime Minister	short=Sonexay	gender=male
Thongloun Sisoulith	kind=person	affiliation=Laos	role=president	title=President	short=Thongloun	gender=male
Min Aung Hlaing	kind=person	affiliation=Myanmar	role=junta leader	title=Senior General	gender=male
Aung San Suu Kyi	kind=person	affiliation=Myanmar	role=former state counsellor	short=Suu Kyi	alias=Daw Aung San Suu Kyi	gender=female
Hassanal Bolkiah	kind=person	affiliation=Brunei	role=sultan	title=Sultan	gender=male
José Ramos-Horta	kind=person	affiliation=Timor-Leste	role=president	title=President	short=Ramos-Horta	alias=Jose Ramos-Horta	gender=male
Xanana Gusmão	kind=person	affiliation=Timor-Leste	role=prime minister	title=Prime Minister	short=Xanana|Gusmão|Gusmao	alias=Xanana Gusmao|Kay Rala Xanana Gusmão	gender=male

# --- Taiwan, Japan, South Korea, Australia, New Zealand (continued) ---
Cho Jung-tai	kind=person	affiliation=Taiwan	role=premier	title=Premier	alias=Cho Jung-Tai	gender=male
Lin Chia-lung	kind=person	affiliation=Taiwan	role=foreign minister	title=Foreign Minister	alias=Lin Chia-Lung	gender=male
Wellington Koo	kind=person	affiliation=Taiwan	role=defence minister	title=Defense Minister|Defence Minister	gender=male
Joseph Wu	kind=person	affiliation=Taiwan	role=national security council secretary-general	gender=male
Yoko Kamikawa	kind=person	affiliation=Japan	role=former foreign minister	short=Kamikawa	gender=female
Takeshi Iwaya	kind=person	affiliation=Japan	role=former foreign minister	short=Iwaya	gender=male
Gen Nakatani	kind=person	affiliation=Japan	role=former defence minister	short=Nakatani	gender=male
Minoru Kihara	kind=person	affiliation=Japan	role=chief cabinet secretary	title=Chief Cabinet Secretary	short=Kihara	gender=male
Han Duck-soo	kind=person	affiliation=South Korea	role=former prime minister	alias=Han Duck Soo	gender=male
Choi Sang-mok	kind=person	affiliation=South Korea	role=former acting president	alias=Choi Sang Mok	gender=male
Cho Tae-yul	kind=person	affiliation=South Korea	role=former foreign minister	alias=Cho Tae Yul	gender=male
Ahn Gyu-back	kind=person	affiliation=South Korea	role=defence minister	title=Defense Minister|Defence Minister	alias=Ahn Gyu Back	gender=male
Kim Yong-hyun	kind=person	affiliation=South Korea	role=former defence minister	alias=Kim Yong Hyun	gender=male
Shin Won-sik	kind=person	affiliation=South Korea	role=former defence minister	alias=Shin Won Sik	gender=male
Penny Wong	kind=person	affiliation=Australia	role=foreign minister	title=Foreign Minister|Foreign Affairs Minister	gender=female
Richard Marles	kind=person	affiliation=Australia	role=defence minister	title=Defence Minister|Defense Minister|Deputy Prime Minister	short=Marles	gender=male
Christopher Luxon	kind=person	affiliation=New Zealand	role=prime minister	title=Prime Minister	short=Luxon	gender=male
Sitiveni Rabuka	kind=person	affiliation=Fiji	role=prime minister	title=Prime Minister	short=Rabuka	gender=male
Taneti Maamau	kind=person	affiliation=Kiribati	role=president	title=President	short=Maamau	gender=male
Jeremiah Manele	kind=person	affiliation=Solomon Islands	role=prime minister	title=Prime Minister	short=Manele	gender=male
Manasseh Sogavare	kind=person	affiliation=Solomon Islands	role=former prime minister	short=Sogavare	gender=male
James Marape	kind=person	affiliation=Papua New Guinea	role=prime minister	title=Prime Minister	short=Marape	gender=male
Jotham Napat	kind=person	affiliation=Vanuatu	role=prime minister	title=Prime Minister	short=Napat	gender=male
Winston Peters	kind=person	affiliation=New Zealand	role=foreign minister	title=Foreign Minister	gender=male

# --- Sub-Saharan Africa ---
Mohamed Ould Ghazouani	kind=person	affiliation=Mauritania	role=president	title=President	short=Ghazouani	alias=Mohamed Ould Cheikh El Ghazouani|Mohamed Ould El-Ghazaouani	gender=male
Succès Masra	kind=person	affiliation=Chad	role=opposition leader	short=Masra	alias=Succes Masra	gender=male
Bola Tinubu	kind=person	affiliation=Nigeria	role=president	title=President	short=Tinubu	alias=Bola Ahmed Tinubu	gender=male
Ronald Lamola	kind=person	affiliation=South Africa	role=foreign minister	title=Foreign Minister|International Relations Minister	short=Lamola	gender=male
Naledi Pandor	kind=person	affiliation=South Africa	role=former foreign minister	short=Pandor	gender=female
Angie Motshekga	kind=person	affiliation=South Africa	role=defence minister	title=Defence Minister|Defense Minister	short=Motshekga	gender=female
Abiy Ahmed	kind=person	affiliation=Ethiopia	role=prime minister	title=Prime Minister	short=Abiy	alias=Abiy Ahmed Ali	gender=male
Taye Atske Selassie	kind=person	affiliation=Ethiopia	role=president	title=President	short=Taye	gender=male
Gedion Timothewos	kind=person	affiliation=Ethiopia	role=foreign minister	title=Foreign Minister	short=Gedion	gender=male
Sahle-Work Zewde	kind=person	affiliation=Ethiopia	role=former president	short=Sahle-Work	gender=female
William Ruto	kind=person	affiliation=Kenya	role=president	title=President	short=Ruto	gender=male
Musalia Mudavadi	kind=person	affiliation=Kenya	role=prime cabinet secretary	title=Prime Cabinet Secretary	short=Mudavadi	gender=male
Uhuru Kenyatta	kind=person	affiliation=Kenya	role=former president	short=Kenyatta	gender=male
Kamil Idris	kind=person	affiliation=Sudan	role=prime minister	title=Prime Minister	gender=male
Salva Kiir	kind=person	affiliation=South Sudan	role=president	title=President	short=Kiir	alias=Salva Kiir Mayardit	gender=male
Riek Machar	kind=person	affiliation=South Sudan	role=first vice president	title=First Vice President	short=Machar	gender=male
Hamza Abdi Barre	kind=person	affiliation=Somalia	role=prime minister	title=Prime Minister	gender=male
Abdirahman Mohamed Abdullahi	kind=person	affiliation=Somaliland	role=president	title=President	short=Irro	alias=Abdirahman Irro|Abdirahman Cirro	gender=male
Muse Bihi Abdi	kind=person	affiliation=Somaliland	role=former president	short=Bihi	gender=male
Isaias Afwerki	kind=person	affiliation=Eritrea	role=president	title=President	short=Isaias|Afwerki	alias=Isaias Afewerki	gender=male
Ismail Omar Guelleh	kind=person	affiliation=Djibouti	role=president	title=President	short=Guelleh	gender=male
Félix Tshisekedi	kind=person	affiliation=Democratic Republic of the Congo	role=president	title=President	short=Tshisekedi	alias=Felix Tshisekedi	gender=male
Judith Suminwa	kind=person	affiliation=Democratic Republic of the Congo	role=prime minister	title=Prime Minister	short=Suminwa	gender=female
Paul Kagame	kind=person	affiliation=Rwanda	role=president	title=President	short=Kagame	gender=male
Yoweri Museveni	kind=person	affiliation=Uganda	role=president	title=President	short=Museveni	gender=male
Samia Suluhu Hassan	kind=person	affiliation=Tanzania	role=president	title=President	short=Samia	alias=Samia Suluhu	gender=female
João Lourenço	kind=person	affiliation=Angola	role=president	title=President	short=Lourenço|Lourenco	alias=Joao Lourenco	gender=male
John Mahama	kind=person	affiliation=Ghana	role=president	title=President	short=Mahama	alias=John Dramani Mahama	gender=male
Nana Akufo-Addo	kind=person	affiliation=Ghana	role=former president	short=Akufo-Addo	alias=Nana Addo Dankwa Akufo-Addo	gender=male
Bassirou Diomaye Faye	kind=person	affiliation=Senegal	role=president	title=President	short=Diomaye Faye	gender=male
Ousmane Sonko	kind=person	affiliation=Senegal	role=prime minister	title=Prime Minister	short=Sonko	gender=male
Assimi Goïta	kind=person	affiliation=Mali	role=president	title=President|General|Colonel	short=Goïta|Goita	alias=Assimi Goita	gender=male
Ibrahim Traoré	kind=person	affiliation=Burkina Faso	role=president	title=President|Captain	short=Traoré|Traore	alias=Ibrahim Traore	gender=male
Abdourahamane Tiani	kind=person	affiliation=Niger	role=president	title=President|General	short=Tiani|Tchiani	alias=Abdourahamane Tchiani|Abdourahmane Tchiani	gender=male
Mahamat Idriss Déby	kind=person	affiliation=Chad	role=president	title=President	short=Déby|Deby	alias=Mahamat Idriss Deby|Mahamat Déby|Mahamat Idriss Déby Itno	gender=male
Alassane Ouattara	kind=person	affiliation=Ivory Coast	role=president	title=President	short=Ouattara	gender=male
Paul Biya	kind=person	affiliation=Cameroon	role=president	title=President	short=Biya	gender=male
Faustin-Archange Touadéra	kind=person	affiliation=Central African Republic	role=president	title=President	short=Touadéra|Touadera	alias=Faustin-Archange Touadera	gender=male
Emmerson Mnangagwa	kind=person	affiliation=Zimbabwe	role=president	title=President	short=Mnangagwa	gender=male
Daniel Chapo	kind=person	affiliation=Mozambique	role=president	title=President	short=Chapo	gender=male
Filipe Nyusi	kind=person	affiliation=Mozambique	role=former president	short=Nyusi	gender=male
Netumbo Nandi-Ndaitwah	kind=person	affiliation=Namibia	role=president	title=President	short=Nandi-Ndaitwah	gender=female
Hakainde Hichilema	kind=person	affiliation=Zambia	role=president	title=President	short=Hichilema	gender=male
Brice Oligui Nguema	kind=person	affiliation=Gabon	role=president	title=President|General	short=Oligui Nguema|Oligui	gender=male
Mamady Doumbouya	kind=person	affiliation=Guinea	role=president	title=President|General|Colonel	short=Doumbouya	gender=male
Andry Rajoelina	kind=person	affiliation=Madagascar	role=former president	short=Rajoelina	gender=male
Michael Randrianirina	kind=person	affiliation=Madagascar	role=president	title=President|Colonel	short=Randrianirina	gender=male

# --- Business figures whom policy writing cites ---
Elon Musk	kind=person	affiliation=United States	role=businessman	short=Musk	gender=male
Gautam Adani	kind=person	affiliation=India	role=businessman	gender=male
Sultan Ahmed bin Sulayem	kind=person	affiliation=DP World	role=chairman	alias=Ahmed bin Sulayem|Sultan bin Sulayem	short=Bin Sulayem|bin Sulayem	gender=male
Jakob Stausholm	kind=person	affiliation=Rio Tinto	role=chief executive	short=Stausholm	gender=male
Beny Steinmetz	kind=person	affiliation=Israel	role=businessman	short=Steinmetz	gender=male

# --- The Americas ---
Jimmy Carter	kind=person	affiliation=United States	role=former president	gender=male
Andrés Manuel López Obrador	kind=person	affiliation=Mexico	role=former president	acronym=AMLO	short=López Obrador	alias=Andres Manuel Lopez Obrador	gender=male
Claudia Sheinbaum	kind=person	affiliation=Mexico	role=president	title=President	short=Sheinbaum	gender=female
José Raúl Mulino	kind=person	affiliation=Panama	role=president	title=President	short=Mulino	alias=Jose Raul Mulino	gender=male
Nicolás Maduro	kind=person	affiliation=Venezuela	role=president	title=President	short=Maduro	alias=Nicolas Maduro	gender=male
Irfaan Ali	kind=person	affiliation=Guyana	role=president	title=President	alias=Mohamed Irfaan Ali	gender=male
Javier Milei	kind=person	affiliation=Argentina	role=president	title=President	short=Milei	gender=male
Gabriel Boric	kind=person	affiliation=Chile	role=president	title=President	short=Boric	gender=male
Santiago Peña	kind=person	affiliation=Paraguay	role=president	title=President	short=Peña	alias=Santiago Pena	gender=male
Yamandú Orsi	kind=person	affiliation=Uruguay	role=president	title=President	short=Orsi	alias=Yamandu Orsi	gender=male
Luis Arce	kind=person	affiliation=Bolivia	role=president	title=President	short=Arce	gender=male
Evo Morales	kind=person	affiliation=Bolivia	role=former president	short=Morales	gender=male
Gustavo Petro	kind=person	affiliation=Colombia	role=president	title=President	short=Petro	gender=male
Dina Boluarte	kind=person	affiliation=Peru	role=president	title=President	short=Boluarte	gender=female
Daniel Noboa	kind=person	affiliation=Ecuador	role=president	title=President	short=Noboa	gender=male
Guillermo Lasso	kind=person	affiliation=Ecuador	role=former president	short=Lasso	gender=male
Rafael Correa	kind=person	affiliation=Ecuador	role=former president	short=Correa	gender=male
Luisa González	kind=person	affiliation=Ecuador	role=opposition leader	alias=Luisa Gonzalez	gender=female
Daniel Ortega	kind=person	affiliation=Nicaragua	role=president	title=President|Co-President	gender=male
Rosario Murillo	kind=person	affiliation=Nicaragua	role=co-president	title=Co-President|Vice-President|Vice President	gender=female
Bernardo Arévalo	kind=person	affiliation=Guatemala	role=president	title=President	short=Arévalo	alias=Bernardo Arevalo	gender=male
Rodrigo Paz	kind=person	affiliation=Bolivia	role=president	title=President	alias=Rodrigo Paz Pereira	gender=male
Nayib Bukele	kind=person	affiliation=El Salvador	role=president	title=President	short=Bukele	gender=male

# --- Historical leaders whom analysis cites for background ---
Joseph Stalin	kind=person	affiliation=Soviet Union	role=former leader	short=Stalin	alias=Josef Stalin	gender=male
Vladimir Lenin	kind=person	affiliation=Soviet Union	role=former leader	short=Lenin	gender=male
Nikita Khrushchev	kind=person	affiliation=Soviet Union	role=former leader	short=Khrushchev	gender=male
Leonid Brezhnev	kind=person	affiliation=Soviet Union	role=former leader	short=Brezhnev	gender=male
Yuri Andropov	kind=person	affiliation=Soviet Union	role=former leader	short=Andropov	gender=male
Eduard Shevardnadze	kind=person	affiliation=Georgia	role=former president	short=Shevardnadze	gender=male
Leonid Kuchma	kind=person	affiliation=Ukraine	role=former president	short=Kuchma	gender=male
Levon Ter-Petrosyan	kind=person	affiliation=Armenia	role=former president	short=Ter-Petrosyan	gender=male
Mustafa Kemal Atatürk	kind=person	affiliation=Turkey	role=founder	short=Atatürk	alias=Mustafa Kemal Ataturk|Kemal Atatürk|Ataturk	gender=male
Zhou Enlai	kind=person	affiliation=China	role=former premier	gender=male
Chiang Kai-shek	kind=person	affiliation=Taiwan	role=former leader	gender=male
Jawaharlal Nehru	kind=person	affiliation=India	role=former prime minister	short=Nehru	gender=male
Indira Gandhi	kind=person	affiliation=India	role=former prime minister	gender=female
Muhammad Ali Jinnah	kind=person	affiliation=Pakistan	role=founder	short=Jinnah	gender=male
Muhammad Zia-ul-Haq	kind=person	affiliation=Pakistan	role=former president	short=Zia-ul-Haq	alias=Zia ul-Haq	gender=male
Sukarno	kind=person	affiliation=Indonesia	role=former president	gender=male
Suharto	kind=person	affiliation=Indonesia	role=former president	gender=male
Park Chung-hee	kind=person	affiliation=South Korea	role=former president	alias=Park Chung Hee	gender=male
Josip Broz Tito	kind=person	role=former leader	short=Tito	gender=male
Slobodan Milošević	kind=person	affiliation=Serbia	role=former president	short=Milošević	alias=Slobodan Milosevic|Milosevic	gender=male
Saddam Hussein	kind=person	affiliation=Iraq	role=former president	gender=male
Muammar Gaddafi	kind=person	affiliation=Libya	role=former leader	short=Gaddafi	alias=Muammar Qaddafi|Qaddafi	gender=male
Hosni Mubarak	kind=person	affiliation=Egypt	role=former president	gender=male
Franklin D. Roosevelt	kind=person	affiliation=United States	role=former president	short=Roosevelt	alias=Franklin Roosevelt|FDR	gender=male
Richard Nixon	kind=person	affiliation=United States	role=former president	short=Nixon	gender=male
Ronald Reagan	kind=person	affiliation=United States	role=former president	short=Reagan	gender=male
Winston Churchill	kind=person	affiliation=United Kingdom	role=former prime minister	short=Churchill	gender=male
Margaret Thatcher	kind=person	affiliation=United Kingdom	role=former prime minister	short=Thatcher	gender=female
Kim Dae-jung	kind=person	affiliation=South Korea	role=former president	alias=Kim Dae Jung	gender=male
Roh Moo-hyun	kind=person	affiliation=South Korea	role=former president	alias=Roh Moo Hyun	gender=male
Keizo Obuchi	kind=person	affiliation=Japan	role=former prime minister	short=Obuchi	gender=male
Junichiro Koizumi	kind=person	affiliation=Japan	role=former prime minister	short=Koizumi	gender=male
Tomiichi Murayama	kind=person	affiliation=Japan	role=former prime minister	short=Murayama	gender=male
Benazir Bhutto	kind=person	affiliation=Pakistan	role=former prime minister	gender=female
Khaleda Zia	kind=person	affiliation=Bangladesh	role=former prime minister	gender=female

# --- Militant, religious and other leaders named beside their groups and institutions ---
Hafiz Saeed	kind=person	alias=Hafiz Muhammad Saeed	role=militant leader	affiliation=Lashkar-e-Taiba
Masood Azhar	kind=person	alias=Maulana Masood Azhar	role=militant leader	affiliation=Jaish-e-Mohammed
Syed Salahuddin	kind=person	role=militant leader	affiliation=Hizbul Mujahideen
Noor Wali Mehsud	kind=person	role=militant leader	affiliation=Tehrik-i-Taliban Pakistan
Bashir Zeb Baloch	kind=person	alias=Bashir Zeb	role=militant leader
Mahrang Baloch	kind=person	role=activist	affiliation=Baloch Yakjehti Committee
Fazl-ur-Rehman	kind=person	alias=Maulana Fazlur Rehman|Fazlur Rehman|Maulana Fazl-ur-Rehman	role=party leader	affiliation=Jamiat Ulema-e-Islam (F)
Saad Hussain Rizvi	kind=person	alias=Saad Rizvi	role=party leader	affiliation=Tehreek-e-Labbaik Pakistan
Mohan Bhagwat	kind=person	role=organisation chief	affiliation=Rashtriya Swayamsevak Sangh	short=Bhagwat
Ahmad Massoud	kind=person	role=resistance leader	affiliation=National Resistance Front of Afghanistan
Gulbuddin Hekmatyar	kind=person	role=party leader	affiliation=Hezb-e-Islami	short=Hekmatyar
Naim Qassem	kind=person	alias=Naim Kassem|Sheikh Naim Qassem	role=secretary-general	affiliation=Hezbollah
Khalil al-Hayya	kind=person	role=militant leader	affiliation=Hamas
Ziyad al-Nakhalah	kind=person	alias=Ziad al-Nakhalah	role=secretary-general	affiliation=Palestinian Islamic Jihad
Qais al-Khazali	kind=person	alias=Qais Khazali	role=militia leader	affiliation=Asa'ib Ahl al-Haq	short=Khazali
Hadi al-Amiri	kind=person	role=militia leader	affiliation=Badr Organization
Faleh al-Fayyadh	kind=person	alias=Falih al-Fayyadh	role=chairman	affiliation=Popular Mobilization Forces
Abu Fadak al-Mohammadawi	kind=person	role=chief of staff	affiliation=Popular Mobilization Forces
Moqtada al-Sadr	kind=person	alias=Muqtada al-Sadr	role=cleric	affiliation=Sadrist Movement
Ismail Qaani	kind=person	alias=Esmail Qaani|Esmail Ghaani	role=commander	affiliation=Quds Force
Mazloum Abdi	kind=person	alias=Mazloum Kobani	role=commander	affiliation=Syrian Democratic Forces
Abdullah Öcalan	kind=person	alias=Abdullah Ocalan	role=militant leader	short=Öcalan
Maryam Rajavi	kind=person	role=opposition leader	affiliation=National Council of Resistance of Iran
Reza Pahlavi	kind=person	role=opposition figure
Hikmat al-Hijri	kind=person	alias=Sheikh Hikmat al-Hijri	role=cleric
Sultan Makenga	kind=person	role=rebel commander	affiliation=M23	short=Makenga
Corneille Nangaa	kind=person	role=rebel leader	affiliation=Alliance Fleuve Congo	short=Nangaa
Bertrand Bisimwa	kind=person	role=rebel leader	affiliation=M23	short=Bisimwa
Joseph Kony	kind=person	role=rebel leader	affiliation=Lord's Resistance Army	short=Kony
Abdelaziz al-Hilu	kind=person	alias=Abdel Aziz al-Hilu	role=rebel leader	affiliation=Sudan People's Liberation Movement-North
Abdel Wahid al-Nur	kind=person	alias=Abdel Wahid Mohamed al-Nur	role=rebel leader	affiliation=Sudan Liberation Movement
Minni Minnawi	kind=person	alias=Minni Arko Minnawi	role=rebel leader	short=Minnawi
Jibril Ibrahim	kind=person	role=politician	affiliation=Justice and Equality Movement
Abdul Rahim Dagalo	kind=person	alias=Abdelrahim Dagalo	role=deputy commander	affiliation=Rapid Support Forces
Debretsion Gebremichael	kind=person	role=party leader	affiliation=Tigray People's Liberation Front	short=Debretsion
Jaal Marroo	kind=person	alias=Kumsa Diriba	role=rebel leader	affiliation=Oromo Liberation Army
Amadou Koufa	kind=person	role=militant leader	affiliation=Katiba Macina	short=Koufa
Iyad Ag Ghaly	kind=person	alias=Iyad ag Ghali	role=militant leader	affiliation=Jama'at Nusrat al-Islam wal-Muslimin
Nnamdi Kanu	kind=person	role=separatist leader	affiliation=Indigenous People of Biafra
Bello Turji	kind=person	role=bandit leader	short=Turji
Ahmed Diriye	kind=person	role=militant leader	affiliation=al-Shabaab
Twan Mrat Naing	kind=person	role=commander-in-chief	affiliation=Arakan Army
Duwa Lashi La	kind=person	role=acting president	affiliation=National Unity Government
Nemesio Oseguera	kind=person	alias=Nemesio Oseguera Cervantes|El Mencho	role=cartel leader
Joaquín Guzmán	kind=person	alias=Joaquín Guzmán Loera|Joaquin Guzman|El Chapo|El Chapo Guzmán	role=cartel leader
Ismael Zambada	kind=person	alias=Ismael Zambada García|El Mayo Zambada|El Mayo	role=cartel leader
Ovidio Guzmán	kind=person	alias=Ovidio Guzmán López	role=cartel figure	affiliation=Los Chapitos
Iván Mordisco	kind=person	alias=Ivan Mordisco|Néstor Gregorio Vera Fernández	role=guerrilla commander	affiliation=Estado Mayor Central
Jimmy Chérizier	kind=person	alias=Jimmy Cherizier	role=gang leader	affiliation=Viv Ansanm	short=Chérizier
Pope Leo XIV	kind=person	alias=Leo XIV|Robert Francis Prevost|Robert Prevost	role=pope	title=Pope	affiliation=Holy See
Pope Francis	kind=person	alias=Jorge Mario Bergoglio	role=pope	title=Pope	affiliation=Holy See
Pope Benedict XVI	kind=person	alias=Benedict XVI|Joseph Ratzinger	role=pope	title=Pope	affiliation=Holy See
Pope John Paul II	kind=person	alias=John Paul II	role=pope	title=Pope	affiliation=Holy See
Pietro Parolin	kind=person	role=cardinal	title=Cardinal	affiliation=Holy See	short=Parolin
Matteo Zuppi	kind=person	role=cardinal	title=Cardinal	short=Zuppi
Pierbattista Pizzaballa	kind=person	role=patriarch	title=Cardinal|Patriarch	affiliation=Latin Patriarchate of Jerusalem	short=Pizzaballa
Louis Raphaël Sako	kind=person	alias=Louis Raphael Sako|Louis Sako	role=patriarch	title=Cardinal|Patriarch	affiliation=Chaldean Catholic Church
Bechara Boutros al-Rai	kind=person	alias=Bechara al-Rai|Bechara Rai	role=patriarch	title=Cardinal|Patriarch	affiliation=Maronite Church
Ecumenical Patriarch Bartholomew	kind=person	alias=Patriarch Bartholomew|Bartholomew I	role=patriarch	title=Ecumenical Patriarch|Patriarch	affiliation=Ecumenical Patriarchate of Constantinople
Patriarch Kirill	kind=person	alias=Patriarch Kirill of Moscow|Kirill Gundyayev|Vladimir Gundyayev	role=patriarch	title=Patriarch	affiliation=Russian Orthodox Church
Metropolitan Epiphanius	kind=person	alias=Epiphanius I|Metropolitan Epifaniy	role=metropolitan	title=Metropolitan	affiliation=Orthodox Church of Ukraine
Metropolitan Onufriy	kind=person	alias=Metropolitan Onuphrius	role=metropolitan	title=Metropolitan	affiliation=Ukrainian Orthodox Church (Moscow Patriarchate)
Sviatoslav Shevchuk	kind=person	role=major archbishop	title=Major Archbishop|Archbishop	affiliation=Ukrainian Greek Catholic Church	short=Shevchuk
Patriarch Porfirije	kind=person	role=patriarch	title=Patriarch	affiliation=Serbian Orthodox Church
Ilia II	kind=person	alias=Patriarch Ilia II|Catholicos-Patriarch Ilia II	role=patriarch	title=Catholicos-Patriarch|Patriarch	affiliation=Georgian Orthodox Church
Karekin II	kind=person	alias=Catholicos Karekin II	role=catholicos	title=Catholicos	affiliation=Armenian Apostolic Church
Pope Tawadros II	kind=person	alias=Tawadros II	role=pope	title=Pope	affiliation=Coptic Orthodox Church
Sarah Mullally	kind=person	role=archbishop	title=Archbishop|Bishop	affiliation=Church of England
Matthew Hassan Kukah	kind=person	alias=Matthew Kukah	role=bishop	title=Bishop	short=Kukah
Dalai Lama	kind=person	alias=Tenzin Gyatso|14th Dalai Lama	role=spiritual leader
Ahmed el-Tayeb	kind=person	alias=Ahmed al-Tayeb|Ahmad al-Tayyeb|Ahmed al-Tayyeb	role=grand imam	title=Grand Imam|Sheikh	affiliation=Al-Azhar
Ali al-Sistani	kind=person	alias=Ali Sistani|Grand Ayatollah Ali al-Sistani	role=grand ayatollah	title=Grand Ayatollah|Ayatollah	short=Sistani
Mohammed al-Issa	kind=person	alias=Mohammed bin Abdulkarim al-Issa|Muhammad al-Issa	role=secretary-general	title=Sheikh	affiliation=Muslim World League
Mahmoud Dicko	kind=person	alias=Imam Mahmoud Dicko	role=imam	title=Imam	short=Dicko
Aga Khan V	kind=person	alias=Prince Rahim Aga Khan|Rahim Aga Khan	role=imam
Fethullah Gülen	kind=person	alias=Fethullah Gulen	role=cleric	affiliation=Gülen movement
