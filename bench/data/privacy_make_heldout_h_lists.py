"""Hand-written name lists for the held-out privacy set H (bench/data/privacy_heldout_h.jsonl).

Written by hand by an independent helper from general knowledge of the names that are common
among people living in Flanders and Brussels (Flemish/Dutch, Walloon/French, Moroccan/Berber,
Turkish, Kurdish, Syrian/Iraqi Arabic, Afghan, Eritrean, Somali, Congolese, Polish, Romanian,
Bulgarian, Ukrainian/Russian, Slovak Roma, Albanian/Kosovar, Portuguese/Brazilian, Indian/Nepali,
Chinese, Filipino). No name package or name-frequency file was used.

After writing, every name whose tokens (particles such as "van", "de", "El", "Abu", "da" aside)
occur as a whole word, case-insensitively, anywhere in the text of an earlier
bench/data/privacy_*.jsonl set was removed: 555 first names and 510 surnames
(listed in REMOVED_FIRST / REMOVED_SURNAMES for the record; they are not used).
What is left: 715 first names and 599 surnames.

FIRST_NAMES: whitespace-separated per origin. SURNAMES: "|"-separated per origin (they may
contain spaces, particles and hyphens).
"""

# Particles that are not counted as name tokens in the overlap check.
PARTICLES = frozenset(
    [
        "abu",
        "al",
        "aït",
        "ben",
        "da",
        "das",
        "de",
        "dela",
        "della",
        "den",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "la",
        "le",
        "op",
        "oulad",
        "ouled",
        "ten",
        "ter",
        "van",
        "vanden",
        "vander",
    ]
)

FIRST_NAMES = {
    "flemish_dutch": """
Roeland Sieglinde Lieselotte Ellemieke Ferre Klaartje Berlinde Ludwina Dirkje Floor Roosje
Fleur Welmoed Diederik Gijs Joris Koenraad Ghislain Ludo Sus Leentje Kaatje Tineke Jorinde Ebe
Cato Zeger Oscar Mil Daan Pieterjan Arno Yentl Marijke Godfried Everhard Alwin Hendrikje
Margriet""",
    "walloon_french": """
Amandine Apolline Clotilde Ysaline Maëlle Océane Gaëlle Séverine Bérénice Solène Perrine Romane
Marine Murielle Josiane Mireille Anatole Aurélien Bastien Corentin Florimond Gaspard Hugues
Médéric Régis Thibault Valentin Arnaud Benoît Cédric Damien Étienne Joël Lionel Pascal Raphaël
Yannick Adélaïde Blandine Colombe Delphine Édith Flavie Héloïse Marceline""",
    "moroccan_berber": """
Yassir Ilyass Abdelkarim Idriss Amine Achraf Ismaël Amayas Thiziri Fadma Naoual Asmae Nissrine""",
    "turkish": """
Ibrahim Murat Kemal Erdem Serkan Tolga Volkan Onur Oğuz Ercan Halil Levent Orhan Recep Selim
Taner Uğur Yavuz Alperen Eymen Kerem Doruk Çağan Fatma Sevgi Songül Özlem Pınar Şeyma Tuğba
Yasemin Dilek Büşra Gizem Merve Duru Nehir Havva Gülay Filiz""",
    "kurdish": """
Zelal Hêvî Nûjîn Delal Şirin Bêrîvan Kazhal Hawre Rebwar Soran Dilovan Şivan Serhildan Zinar
Berxwedan Rêzan Hejar Karwan Hemin Shwan Aram Bakhtiyar Saman Dildar Hogir""",
    "arabic_syria_iraq": """
Mahmoud Firas Hussam Iyad Jihad Majd Qusay Saleh Zaid Abdulrahman Abdullah Mohannad Ayham Reem
Dania Ghada Joud Maysa Ruba Shahad Tala Zeinab Duaa Israa Sajida Hawraa Zahraa Ruqaya Batool
Fadak Hadeel Sarab Suhad""",
    "afghan": """
Hamidullah Naqibullah Khalilullah Gulbuddin Shafiq Farid Rostam Nasrullah Mujtaba Shoaib Bilawal
Khushal Zalmay Wais Aimal Fawad Parwiz Nargis Zarghuna Roya Lailuma Zarmina Sohaila Marzia
Shukria Tahmina Gulnaz Setara""",
    "eritrean_tigrinya": """
Tesfalem Okbay Semere Mulugeta Amanuel Efrem Mussie Henok Medhanie Yodit Mebrat Meron Rahwa
Azieb Mizan Lidia Ruth Tsehay Almaz Akberet Nebiat""",
    "somali": """
Abdiwali Abdinasir Cabdi Mukhtar Shire Idil Deeqa Faadumo Nasteexo Shukri Filsan Fardowsa Maryan
Qamar Istar Xaliimo Ruqiya Asli""",
    "congolese": """
Kabeya Bienvenu Guylain Trésor Glody Exaucé Fortunée Rachidi Mado Neema Furaha Bahati Amani
Mputu Lusamba""",
    "polish": """
Grzegorz Zbigniew Wojciech Mieczysław Sławomir Bartłomiej Dariusz Mateusz Kacper Jakub
Stanisława Wiesława Beata Jolanta Iwona Żaneta Marzena Ewelina Kinga Zuzanna""",
    "romanian": """
Gheorghe Cătălin Lucian Dragoș Tudor Simona Corina Rodica Viorica Luminița""",
    "bulgarian": """
Nikolay Tsvetan Zhivko Yordan Anelia Vesela Gergana Rositsa Snezhana Yoana Kremena Galya Stanka""",
    "ukrainian_russian": """
Oleksandr Oleksiy Yevhen Vitaliy Serhiy Rostyslav Sergei Vladimir Nataliya Yulia Larysa Nadiya
Zoya Ekaterina Anastasia Lyudmila""",
    "slovak_roma": """
Ladislav Vojtech Koloman Zoltán Rastislav Ľubomír Kristián Erik Kvetoslava Magdaléna Ružena
Iveta Klaudia""",
    "albanian": """
Besnik Fatmir Gëzim Ilir Kujtim Mentor Naim Petrit Shkëlqim Valon Visar Ylli Agron Bujar Driton
Leutrim Arbër Granit Drilon Albana Arbëresha Dafina Flutura Gentiana Jehona Lindita Mimoza
Rrezarta Shqipe Teuta Vjosa Zana Ardita Donika""",
    "portuguese_brazilian": """
Gonçalo Rui Nuno Duarte Vasco Afonso Wellington Cleiton Wesley Jefferson Edson Rogério Graça
Fátima Rosário Inês Beatriz Mariana Raquel Débora Gabriele Aparecida""",
    "indian_nepali": """
Rajesh Suresh Ramesh Mahesh Dinesh Ganesh Prakash Vikram Arjun Rohan Sandeep Pradeep Anil Sunil
Manoj Deepak Bishnu Krishna Hari Bikash Sagar Dipendra Nabin Santosh Priya Anjali Sunita Kavita
Pooja Shreya Lakshmi Meena Sarita Radha Sita Gita Bimala Kamala Sabitri Pramila Sushila Rekha""",
    "chinese": """
Wei Hao Lei Tao Ming Qiang Jian Yong Peng Hui Xin Yu Li Fang Min Ling Xia Hong Ying Lan Qing
Xiaoming Jianguo Zhiwei Haoran Zihan Yutong Xinyi Ruoxi Mengyao Shuang""",
    "filipino": """
Jericho Rommel Rodel Ronaldo Arnel Danilo Efren Bong Jayson Jomar Lorna Marites Maricel Leonora
Teresita Jocelyn Lourdes Analyn Mylene Rowena Charmaine Jhoanna Cherry Joy Marilou Precious""",
    "mix": """
Bregje Sientje Berthe Mientje Trui Rozemarijn Wieske Servaas Fredegonde Aldegonde Sieger Wessel
Wiebe Haike Rutger Machiel Folkert Heleen Lonneke Ineke Eefje Floortje Dieuwke Tjeerd Brechtje
Emmerik Odilon Ernestine Philomène Augustine Léontine Gaétan Désiré Ouafae Nouhaila Rabab Sanae
Kenza Rim Sabrina Youssra Marouane Noureddine Mohcine Rida Ismail Tawfik Fatna Mimount Tlaytmas
Menad Aghilas Yidir Sifaw Yugurten Anzar Emirhan Batuhan Ahmet Enes Beyza Kübra Rümeysa Şule
Aslı Hilal Saadet Hediye Hevin Newroz Xezal Ciwan Berzan Heval Serdar Rojen Abdulaziz Muhammed
Hamoudi Jouri Lujain Aya Maram Sidra Nada Aseel Rahaf Gulzar Zarina Mahnaz Sadaf Farzana
Asadullah Sharifullah Atiqullah Mansoor Haroon Naveed Samiullah Ghebre Yikealo Mewael Milkias
Filimon Abel Senayt Adiam Elen Hermon Yordanos Arsema Rigat Mana Ugbaad Suldaan Xamza Cabdullahi
Maxamed Axmed Sucaad Muno Hawo Fardosa Kaltun Mbombo Mujinga Kanyinda Ngandu Héritier Béni
Precieuse Zdzisław Leszek Bartosz Ksenia Wioletta Renata Genowefa Bronisława Ionel Nicușor Gigel
Costică Petruța Anișoara Mioara Veta Ilinca Sânziana Svetoslav Kaloyan Boyko Veselin Mariela
Neli Stepan Hryhoriy Sofiia Ulyana Lesya Bohdana Zlata Matúš Zuzana Valentína Besart Edon Egzon
Jeton Kushtrim Arianit Shpresa Arjeta Mirlinda Qëndresa Lumturie Vlera Thalita Lucimar Cristiano
Rosângela Kleber Abhishek Sanjay Nirmala Chandra Laxmi Dipesh Sujata Ramila Yubraj Tej Xiaoli
Xiaoyan Guoqiang Lihua Chunhua Jianhua Meiling Zhen Yanmei Liwei Rosalinda Remedios Consolacion
Dionisio Melchor Crisanto Edgardo Wilfredo Honeylyn""",
}

SURNAMES = {
    "flemish_dutch": """
Verfaillie|Lamote|Van Eeckhoutte|Delbeke|Demeulemeester|De Keyser|Huysmans|Vanderhaegen|
Van Loock|Mortelmans|Dockx|Gijsbrechts|Boeckx|Schoofs|Vangronsveld|Vanhees|Ceyssens|
Jorissen|Vanderhoydonck|Pelgrims|Van Langenhove|Van der Schueren|Van de Walle|De Bruycker|
De Meulenaere|Van Overschelde|Cardoen|Dedeurwaerder|Vermandere|Callewaert|Deprez|Van
Isacker|Verbiest|Crabbé|Haverbeke|Specht|Paling|Spijker|Kleermaker|Haring|Peper|Baard|
Stok|Zomers|Hagelstein|Van Cauwenberghe|Schietse|Van Ooteghem|Vanhoucke|Deschacht|
Vanoverberghe|Boudry|Vandenabeele|Vanmassenhove|Verkinderen|Bouckaert|Vandaele|Coucke|
Vansteenkiste|Verlinde|Wyffels|Maddens|Vanhulle|Demolder|Ryckebusch|Devlieghere|
Vandevoorde|Lagrou|Huyghebaert|Verleye|Boussery|Ghyselinck|Van Wynsberghe|Van Parys|De
Busschere|De Clippel|Van Mieghem|Van der Meiren|Van Tichelen|De Schepper|Kleinhout|Smoor|
Mispelaere|Wynants|Vanwinckel|Hoebeke|Kenis|Proost|Vangeel|Bergmans|Verheyden|
Vanhaelen|Van Kerckhoven|Duerinck|Helsen|Vanstraelen|Geboers|Stas|Verachtert""",
    "walloon_french": """
Masson|Pirard|Lhoest|Delhaye|Noël|Dumont|Baudoux|Ghislain|Lecocq|Fontaine|Malherbe|
Delchambre|Fraipont|Georis|Dubuisson|Rasquin|Piret|Bourguignon|Delforge|Hanquet|Lahaye|
Jacquemin|Gérard|Lhomme|Beaupain|Pâques|Warnier|Tasiaux""",
    "moroccan_berber": """
Bouhout|Bouyaghroumni|Ammari|Dahbi|Elkaddouri|Ezzahraoui|Ghazouani|Jaafari|Kharbouch|
Lahlali|Mahjoubi|Marzouki|Mouhib|Nadori|Ouriaghli|Sabiri|Taouil|Zaouiya|Ahajjam|
Hamdouchi|Boujdaini|Boukhriss|Ouaali|Amrouch|Boudaa|Charrouti|Elbakkali|Elfarissi|
Ettahiri|Hammouchi|Aharouay|Azaaj|Chahboun|Lakhal|Mesbahi|Ouled Hadj|Afkir|Akouh|
Bouras|Chetouani|Ezzaouia|Hadoui|Maataoui|Ouaddouh|Zarrouk|Belkacemi|El Boujoufi|Ben
Zakour|Aït Lhaj""",
    "turkish": """
Kara|Şimşek|Karakaya|Taşkın|Ateş|Gündoğdu|Yavuzer|Karagöz|Toprak|Dursun|Altıntaş|
Ekinci|Karabulut|Kılınç|Aktaş|Baysal|Demirci|Eroğlu|Gezer|Kaymaz|Keskin|Oral|Sevim|
Tokgöz|Turan|Yalçınkaya|Yazıcı|Bayındır|Cebeci|Okumuş|Temizkan|Yeşilyurt""",
    "kurdish": """
Bamarni|Duski|Mizuri|Jaf|Dizayee|Berwari|Kurdi|Hakkari|Sorani|Talabani|Mukriyani|
Xoşnaw""",
    "arabic_syria_iraq": """
Al-Tamimi|Al-Obaidi|Al-Dulaimi|Al-Rubaie|Al-Zubaidi|Al-Ani|Nasrallah|Hamdan|Qassem|
Kanaan|Zoubi|Hourani|Abu Saleh|Abu Hamad|Abu Rashid|Abdulkarim|Almohammad|Alkhalaf|
Alrashed|Younis|Jabbar|Kadhim|Mahdi|Hamoudi""",
    "afghan": """
Durrani|Ghilzai|Noori|Hussaini|Rezai|Sharifi|Zadran|Samadi|Qaderi|Yousufzai|Andar""",
    "eritrean_tigrinya": """
Tewolde|Okubamichael|Fesshaye|Sebhatu|Gebrekidan""",
    "somali": """
Shire|Dualeh|Barre|Ismail|Geedi|Cabdulle|Dirie|Qalinle""",
    "congolese": """
Kabeya|Mputu|Lusamba|Bokele|Ekofo""",
    "polish": """
Kozłowska|Jankowski|Krawczyk|Piotrowski|Grabowska|Nowakowski|Pawłowska|Michalski|
Adamczyk|Dudek|Zając|Wieczorek|Jabłoński|Król|Majewska|Olszewski|Jaworska|Malinowski|
Pawlak|Witkowska|Walczak|Stępień|Górski|Rutkowska|Michalak""",
    "romanian": """
Constantin|Matei|Ciobanu|Mocanu|Zamfir|Bălan|Dobre|Tănase|Sârbu|Olaru|Căpraru|Vlăduț|
Ungureanu|Chirilă|Lazăr""",
    "bulgarian": """
Georgiev|Dimitrova|Todorov|Stoyanova|Atanasova|Yordanova|Stefanov|Marinova|Pavlov|
Mihaylova|Tsvetkov""",
    "ukrainian_russian": """
Koval|Boyko|Petrenko|Kovalchuk|Smirnova|Kuznetsov|Popova|Sokolov|Lebedeva|Kozlov|
Novikova|Morozov|Volkova|Solovyov""",
    "slovak_roma": """
Kováč|Baláž|Lakatoš|Oláh|Gažo|Tancoš|Giňa|Bandy|Červeňák|Pompa|Mižigár|Koky|Sivák|
Dužda|Demeter|Rigo|Šarközi|Grundza|Kalanin""",
    "albanian": """
Morina|Hasani|Ahmeti|Shehu|Kastrati|Thaqi|Sylaj|Haxhiu|Dervishi|Llapashtica|Behrami|
Maliqi|Islami|Ramadani""",
    "portuguese_brazilian": """
Martins|Alves|Pinto|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso""",
    "indian_nepali": """
Sharma|Verma|Gupta|Patel|Singh|Kumar|Reddy|Iyer|Nair|Menon|Chatterjee|Banerjee|
Mukherjee|Desai|Joshi|Kulkarni|Pillai|Thapa|Gurung|Tamang|Magar|Rai|Limbu|Shrestha|
Adhikari|Bhattarai|Pokharel|Khadka|Karki|Poudel""",
    "chinese": """
Wang|Zhang|Liu|Chen|Huang|Zhao|Zhou|Wu|Xu|Sun|Zhu|He|Lin|Luo|Gao|Zheng|Liang|
Tang|Han|Cao|Deng|Feng|Zeng|Peng|Lü""",
    "filipino": """
Ocampo|Mendoza|Torres|Andrada|Castillo|Villanueva|Aquino|Navarro|Salazar|Mercado|
Manalo|Dimaculangan|Macaraeg|Pangilinan|Magbanua|Dimagiba""",
    "afghan_eritrean_somali_congolese": """
Lodin|Achakzai|Sahak|Parwani|Kohistani|Mujahid|Ghebrehiwet|Tesfazghi|Mehretab|Habteab|
Zemichael|Russom|Weldemariam|Ghirmazion|Xirsi|Cawaale|Warfaa|Gulaid|Magan|Dhuule|
Caynaanshe|Mbembe|Tshiala|Kabamba|Mavungu|Nlandu|Bokungu|Likongo""",
    "eastern_europe": """
Szczepański|Kaczmarczyk|Chmielewska|Przybylski|Sobczak|Czarnecka|Sikorski|Kubiak|
Wróblewska|Stancu|Bratu|Enache|Pîrvu|Voicu|Ghiță|Surdu|Bucur|Kostadinov|Zhelyazkova|
Raychev|Bozhilov|Tymoshuk|Dovzhenko|Yakymenko|Fedorchuk|Holub|Bezuhla|Ferko|Tokár|
Kroták|Gunár|Billý""",
    "albanian_portuguese": """
Kurteshi|Sadiku|Qerimi|Mehmeti|Gjonbalaj|Hyseni|Ukshini|Rugova|Azevedo|Quintela|
Coutinho|Faria""",
    "asia": """
Bhandari|Ghimire|Dahal|Sapkota|Subedi|Acharya|Lamichhane|Bhatt|Chaudhary|Deshpande|
Raghavan|Srinivasan|Venkatesh|Kapoor|Malhotra|Saxena|Trivedi|Bhagat|Xiong|Qian|Jiang|
Dong|Pan|Yuan|Cai|Tian|Fu|Shen|Lacson|Sarmiento|Galang|Tolentino|Dizon|Lumibao|
Panganiban""",
    "with_particles": """
do Carmo|das Neves|da Graça|da Encarnação|da Veiga|da Ponte|El Morabit|El Yousfi|El
Bouazzati|El Hankouri|El Mokaddem|El Ghazaoui|El Baghdadi|El Fakiri|El Harchi|El Mahi|
Ben Salah|Ben Hamou|Ben Achour|Al-Khafaji|Al-Kubaisi|Al-Shammari|Al-Mousawi|van der
Velpen|van den Heuvel|van Leemput|Vanden Driessche|Vander Plaetsen|Van den Abeele|Van der
Stichelen|Van Herreweghe|Ten Berge|Van den Bulcke|de la Croix|du Bois|des Rosiers|Di
Marco|Di Stefano|Della Valle|Van Daele|De Wachter""",
}

# Removed because a token occurs in an earlier set (spaces shown as "_"); kept for the record.
REMOVED_FIRST = (
    "Jozefien Wardje Lowie Fien Wannes Jolien Siebe Griet Warre Mathijs Korneel Rembert Lutgard "
    "Godelieve Nand Mauro Jitse Lander Staf Door Hannelore Jarne Seppe Brent Bavo Wietse Toon "
    "Gerolf Aster Marthe Walter Rik Gust Miel Fons Trees Mieke Anouk Femke Lotte Ilse Lieve "
    "Veerle Wendelien Machteld Janne Mira Elke Bert Tijl Ward Remi Jef Stijn Thijs Jelle Geert "
    "Wout Joost Sander Gilles Bram Niels Ruben Kobe Jens Hilde Greet Gisela Reinout Leontien "
    "Wilhelmina Ghislaine Capucine Noémie Aurore Ludivine Fabienne Nathalie Gisèle Maryse Yvette "
    "Odette Jérôme Grégoire Gauthier Lambert Sylvain Fabrice Quentin Anouar Mounir Zakaria "
    "Soufiane Hamza Bilal Tarik Redouane Abdelhak Mustapha Driss Lahcen Brahim Nabil Othmane "
    "Younes Ayoub Saïd Hakim Jamal Khalid Rachid Aziz Mimoun Massinissa Amazigh Yuba Idir Aksel "
    "Anir Tiziri Tanirt Dihya Tafsut Siham Hanane Ikram Loubna Meryem Nadia Najat Samira Zineb "
    "Houda Ghizlane Latifa Malika Itto Touria Zahra Wafae Hafsa Salma Chaimae Oumaima Kaoutar "
    "Soukaina Imane Ilham Btissam Khadija Rajae Fatiha Hajar Mehmet Mustafa Hüseyin Hasan Osman "
    "Yusuf Burak Emre Cengiz Gökhan Kadir Berkay Ayşe Emine Hatice Zeynep Elif Gülsüm Hülya "
    "Nurcan Esra Ecrin Zehra Hacer Sibel Rojda Berivan Avesta Dilan Jiyan Ronahî Shirin Azad "
    "Baran Kawa Rizgar Rojhat Welat Ahmad Khaled Omar Ammar Bashar Ghassan Haitham Kinan Louay "
    "Mazen Muhannad Nizar Rami Tamer Wael Yamen Alaa Raghad Rama Razan Hala Lama Bayan Hiba Lina "
    "Nour Rasha Rawan Yara Asmaa Marwa Ahmadullah Zabihullah Rahmatullah Habibullah Sayed "
    "Mirwais Jawad Sohrab Wahid Najibullah Farhad Jamshid Nazanin Shabnam Mursal Fereshta "
    "Mahbooba Palwasha Gulalai Malalai Freshta Parwana Tesfay Habtom Yonas Kidane Mehari Berhane "
    "Filmon Samuel Tekle Ghirmay Biniam Yemane Dawit Robel Natnael Kibrom Tsegay Senait Selam "
    "Helen Saba Luwam Feven Eden Tsega Winta Hiwet Elsa Hanna Abdirahman Abdikarim Mohamud Farah "
    "Guled Hassan Liban Bashir Warsame Said Hirsi Jama Hodan Ifrah Ayaan Hibaaq Ubah Sahra Ladan "
    "Sagal Hamdi Mbuyi Ilunga Tshibangu Mukendi Lukusa Kalala Kazadi Ngoy Kasongo Mpiana "
    "Dieudonné Fiston Jonathan Patient Espoir Merveille Christelle Grâce Gloire Divine Prisca "
    "Bijou Chancelle Ornella Sifa Nsimba Makiese Nzuzi Krzysztof Przemysław Tadeusz Jarosław "
    "Wiesław Bogdan Łukasz Szymon Wiktor Radosław Małgorzata Agnieszka Katarzyna Bożena Grażyna "
    "Jadwiga Halina Danuta Urszula Dorota Oliwia Ionuț Mihai Vasile Costel Florin Marian Ciprian "
    "Dorin Sorin Viorel Răzvan Ovidiu Cosmin Adrian Ioana Mihaela Florentina Gabriela Loredana "
    "Roxana Daniela Cristina Elena Georgiana Alexandra Nicoleta Lăcrămioara Mirela Andreea "
    "Stoyan Hristo Dimitar Todor Georgi Plamen Rumen Krasimir Lyubomir Ognyan Desislava "
    "Radostina Tsvetelina Milena Boryana Petya Volodymyr Taras Bohdan Mykola Andriy Dmytro "
    "Yaroslav Vasyl Ihor Dmitri Nikolai Aleksei Oksana Olena Iryna Tetiana Halyna Svitlana "
    "Liudmyla Khrystyna Solomiia Viktoriia Tatiana Valentina Dezider Rudolf Milan Štefan Dušan "
    "Marek Jozef Denis Renáta Irena Marcela Monika Veronika Denisa Nikola Vanesa Sabina Arben "
    "Dritan Luan Florent Lirim Blerim Blerta Drita Fatjona Hana Valbona Besarta João Tiago "
    "Rodrigo Leandro Thiago Anderson Washington Joaquim Conceição Luzia Joana Thaís Luana "
    "Jéssica Francisca Leonor Vitória Ram Anita Jun Bo Jie Gang Jing Na Yan Juan Mei Jojo "
    "Rogelio Nestor Jun-Jun Marvin Mark Rosalie Kristel Brecht Wout-Jan Lodewijk Valère Aimé "
    "Amal Ayman Ilias Mohssine Anass Hicham Abdeslam Abdelilah Jaouad Fouad Bouchra Souad Karima "
    "Leila Saadia Naima Tudert Yiğit Berat Furkan Umut Sena İrem Derya Nermin Berfin Rojin "
    "Dilşad Moaz Obada Tarek Anas Fatima-Zahra Khatera Nilofar Obaidullah Awet Natan Nimco "
    "Tshilanda Kapinga Ngalula Kalonji Masengo Dorcas Sarah-Grâce Witold Ryszard Kazimierz Jacek "
    "Paweł Dawid Teodor Marius Fănel Yana Zornitsa Mykhailo Oleh Petro Kateryna Daryna Mariia "
    "Dominik Patrik Silvia Alžbeta Mária Bruna Larissa Fernanda Imelda"
)

REMOVED_SURNAMES = (
    "De_Smet Bakker Vos Wolf Koning Bril Kok Vanhaverbeke Vandenbulcke Dewulf Vanneste Declercq "
    "Vandamme Verhaeghe Vanhoutte Goethals Ryckaert Van_de_Velde Haesaert Verstraete Van_Hecke "
    "Coppens Van_den_Bossche Vermeulen Van_Ranst Verbist Wuyts Van_Gorp Verhoeven Mertens "
    "Van_Hoof Van_Dyck Aerts Luyten Claessens Van_Acker Bogaerts Verschueren Smolders Moons Nuyts "
    "Sels Hendrickx Lenaerts Liekens Swinnen Van_der_Auwera Vanden_Berghe Vander_Elst Op_de_Beeck "
    "Ter_Haegen Ten_Kate Van_Steenkiste De_Vlieger Dierickx Snauwaert Vandekerckhove Vanlerberghe "
    "Hoste Snoek Valk Zwaan Hamer Kuiper Schoenmaker Molenaar Timmerman Brouwer Smid De_Haan "
    "Honing De_Wever De_Bakker De_Kok De_Vos De_Wolf De_Koning Ridder Bisschop Hertog Keizer "
    "Pauwels Winters Bruggeman Dethier Lambotte Hardy Delvaux Renard Lejeune Collignon Gillet "
    "Wathelet Hubert Marchal Leclercq Bodart Gilson Thirion Jadoul Mathieu Lemaire Moreau "
    "Rousseau Dessart El_Amrani El_Idrissi El_Ouardi El_Hamdaoui El_Ouazzani Ben_Haddou "
    "Ben_Moussa Ben_Abdellah Bouzidi Boukhari Azzouzi Ouahabi Aït_Ouali Aït_Benali Amezian "
    "Akhandaf Tahiri Zeroual Benhaddou Lamrabet Khattabi Ouchan Essaidi Bakkali Ziani Belhaj "
    "Bennani Chakir Chaouki Fikri Hajji Haddouchi Laaroussi Oulad_Ali Rifi Touzani Yahyaoui "
    "Amghar Bouazza Boulaich Mokhtari Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın "
    "Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Kurt Özkan Polat Korkmaz Tekin Erdoğan Güneş "
    "Aksoy Bulut Kaplan Uysal Bozkurt Karataş Sarıkaya Akbulut Kocabaş Coşkun Barzani Hawrami "
    "Zebari Sindi Goran Rekani Amedi Botani Al-Hassan Al-Ahmad Al-Khatib Al-Masri Al-Halabi "
    "Al-Shami Al-Najjar Al-Jubouri Al-Saadi Haddad Khoury Darwish Barakat Sabbagh Shalabi Kabbani "
    "Mardini Abu_Zeid Alhamwi Alhussein Ahmadzai Popalzai Barakzai Hotak Karimi Sultani Rahimi "
    "Hakimi Sadat Hashimi Mohammadi Azizi Stanikzai Safi Mangal Wardak Jalali Amiri Haidari "
    "Rasuli Niazi Faizi Kakar Shinwari Tesfamariam Ghebremedhin Habtemariam Woldemichael "
    "Gebremeskel Kidane Teklehaimanot Berhe Haile Mehreteab Asmerom Zerai Ghebreyesus Andemariam "
    "Yohannes Weldu Abraha Negash Tsegai Hagos Warsame Farah Hirsi Jama Egal Abdi Guled Osman Nur "
    "Ali_Mohamed Hussein Mohamud Yusuf Aden Samatar Elmi Omar_Haji Mbuyi Ilunga Tshibangu Mukendi "
    "Lukusa Kalala Kazadi Ngoy Kasongo Mpiana Tshisekedi Kabongo Mulumba Nsimba Makiese Nzuzi "
    "Matondo Kiala Nkulu Mwamba Kanku Tshimanga Mbala Lokwa Bolamba Kowalczyk Wiśniewski Wójcik "
    "Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski Mazur Popescu Ionescu Popa Stan "
    "Dumitru Dinu Stoica Gheorghiu Rusu Munteanu Moldovan Lungu Nistor Marin Filip Ivanov Petrova "
    "Hristov Nikolova Angelov Iliev Kolev Petkov Vasileva Shevchenko Kovalenko Bondarenko "
    "Tkachenko Kravchenko Oliynyk Shevchuk Polishchuk Moroz Lysenko Rudenko Savchenko Melnyk "
    "Marchenko Ponomarenko Hrytsenko Horváth Krasniqi Gashi Berisha Shala Hoxha Kelmendi Bytyqi "
    "Rexhepi Mustafa Zeqiri Osmani da_Silva dos_Santos Ferreira Pereira Oliveira Costa Rodrigues "
    "Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Almeida Ribeiro Carvalho Teixeira "
    "Moreira Correia Rocha de_Sousa_Lima Nascimento Araújo Barbosa Cavalcanti Yang Ma Hu Guo Xie "
    "Dela_Cruz Santos Reyes Bautista Garcia Tomas Flores Ramos Aguilar Debruyne Verhelst "
    "Vandewalle Devriendt Degryse Ghekiere Lievens Casteleyn Tanghe Cnockaert Lowagie Dumoulin "
    "Demuynck Decock Vermeersch Deconinck Vanhaecke Desmedt Rotsaert Vanacker Opsomer Van_Hove "
    "Van_den_Eynde Ter_Beke Geukens Bollen Ooms Daems Schepens Luyckx Bosmans Borremans "
    "Verschaeve Lambrechts Meeusen Cools Sterckx Vanlommel Govaerts Thys Hermans Azdad Bouchtaoui "
    "Zouggari Rahmouni El_Khayari Akgül Çakır Karaca Soylu Uçar Zengin Dikmen Gürbüz Kahraman "
    "Sönmez Zazai Mohmand Tokhi Nuristani Ogbazghi Kahsay Nkongolo Kitenge Lumbala Mayamba Baran "
    "Neagu Manole Slavova Hnatiuk Savchuk Zinchenko Kushnir Bajrami Figueiredo Magalhães Sampaio "
    "Brandão Guimarães Pacheco Pascual Cabrera da_Cunha da_Fonseca da_Mota dos_Reis da_Conceição "
    "dos_Anjos da_Piedade El_Kaddouri Ben_Yahia Ben_Ammar Ben_Taleb Ben_Ali Ben_Lahcen Abu_Khalil "
    "Abu_Ghazaleh Abu_Jaber Abu_Shanab van_der_Linden Van_de_Casteele Van_Wassenhove Van_Damme "
    "De_Coninck De_Meyer Van_Nieuwenhuyse Vanden_Eynde Van_der_Elst De_Ridder De_Paepe De_Sutter "
    "De_Wilde Ait_Ouaziz Ait_Moha "
)
