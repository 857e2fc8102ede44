"""Hand-written word lists for held-out set G (see ``privacy_make_heldout_g.py``); composed for this set."""
# ruff: noqa: E501  (long template strings are data)

from __future__ import annotations


def _s(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def _same(f: str, m: str, s: str) -> dict[str, list[str]]:
    sur = _s(s)
    return {"f": _s(f), "m": _s(m), "sf": sur, "sm": sur}


def _bg(stems: str) -> tuple[list[str], list[str]]:
    st = _s(stems)
    return [x + "a" for x in st], st


_BG_F, _BG_M = _bg(
    "Georgiev, Stoyanov, Hristov, Todorov, Kolev, Petkov, Yordanov, Angelov, Marinov, Iliev, Dimov, Kostadinov, "
    "Mladenov, Tsvetkov, Zhelyazkov, Ganchev, Rusev, Slavov, Vulchev, Kirilov, Bozhinov, Penchev, Tanev, Karaivanov, "
    "Ganev, Nedelchev, Bonev, Lazarov, Mitev, Parvanov, Shopov, Zahariev, Grozev, Tonchev, Velichkov"
)

HAND_NAMES: dict[str, dict[str, list[str]]] = {
    "flemish": _same(
        "Godelieve, Lutgardis, Mariette, Ghislaine, Rosine, Gilberte, Griet, Lieve, Veerle, Katrien, Kaat, Febe, "
        "Lien, Jessy, Brenda, Ilse, Annick, Bieke, Fien, Lore, Marthe, Roos, Marieke, Sien, Tine, Elke, Evi, Joke, "
        "Leen, Lies, Mieke, Peggy, Kristel, Yana, Zita, Trees, Josée, Julienne, Denise, Yvette, Raymonda, Emerence, "
        "Wivina, Amelberga, Renilde, Hermine, Clementine, Ingeborg, Machteld, Hadewych, Wannes, Lutgarde, Gerda, "
        "Rachelle, Nele, Tamara, Kimberly, Shana, Sharon, Cindy, Sandy, Jolien, Amber, Margot, Nore, Ode, Stien, "
        "Warda, Ellen, Hanne, Mira, Saartje, Jozefien, Paulien, Lotte, Romy, Femke, Leontien, Gilke, Bertha, Leonie, "
        "Irma, Christa, Gerlinde, Ria, Marleen, Micheline, Magda, Agnes, Odette, Rosa, Simonne, Bernadette, Gisèle",
        "Gust, Staf, Jef, Fons, Rik, Lode, Warre, Tuur, Seppe, Jarne, Wout, Bram, Joren, Stijn, Dries, Koen, Kris, "
        "Geert, Gert, Bart, Dirk, Eddy, Freddy, Marnix, Walter, Rudy, Glenn, Kenny, Dimitri, Jens, Jelle, Korneel, "
        "Lowie, Miel, Nand, Remi, Rune, Siebe, Tibo, Vic, Xander, Yorben, Zeno, Gilles, Cyriel, Achiel, Omer, "
        "Gaston, Hendrik, Jurgen, Filip, Wim, Ward, Lander, Brecht, Arne, Wietse, Kobe, Mathieu, Ruben, Sander, "
        "Steven, Tom, Yves, Marc, Luc, Guido, Herman, Germain, Roger, Ronny, Gunther, Bjorn, Kevin, Nico, Pieter, "
        "Willy, Etienne, Marcel, Gilbert, Florent, Norbert, Urbain, Cyrille, Valère, Hector, Prosper, Medard, "
        "Alfons, Theofiel, Irenée, Aloïs, Camiel, Gerolf, Rembert, Idesbald, Reinout, Joost, Lennert",
        "Vanhulle, Dekeyser, Vandeputte, Sercu, Pollet, Vanwynsberghe, Vanoverschelde, Dejonckheere, Maertens, "
        "Vanlangenhove, Verhamme, Verkinderen, Vandemoortele, Vanhee, Van Goethem, Ghijs, Delrue, Vlaeminck, "
        "Ghysels, Huyghe, Lybeer, Naert, Ollevier, Pype, Quaghebeur, Rosseel, Seynaeve, Tanghe, Uyttenhove, Wyffels, "
        "Ysebaert, Zwaenepoel, Beernaert, Dedeyne, Everaert, Feys, Geldhof, Hanssens, Inghelbrecht, Jonckheere, "
        "Knockaert, Lievens, Meersseman, Nollet, Onraet, Rammeloo, Steelandt, Taillieu, Vanmaele, Windels, "
        "Van Gucht, Van de Casteele, Vanthournout, Goemaere, Dumarey, Vanslembrouck, Vanheule, Decuypere, "
        "Vanoverberghe, Van Landschoot, Haentjens, Van Praet, Vlerick, Buyse, Lagae, Maddens, Casier, Delanghe, "
        "Verbrugghe, Van Besien, Van Mol, De Keukeleire, Van Poucke, Anseeuw, Bultinck, Cardoen, Desplenter, "
        "Eeckhout, Fonteyne, Grymonprez, Hoornaert, Iserbyt, Jacxsens, Kesteloot, Lanssens, Noppe, Opsomer, "
        "Strubbe, Termote, Vanbrabant, Wittevrongel, Craeynest, Van Oost, Ghesquiere, Nuytten, Cattoor, Devloo, "
        "Debaenst, Vandenhende, Dewaele, Lowagie, Vermaut, Deschacht, Spriet, Vanbillemont, Plovie, Mestdagh, "
        "Vandenbussche, Van Daele, Verhaeghe, Vanhoutte, Debrabandere, Vandamme, Vermeersch, Desmet, Declercq, "
        "Vanneste, Lannoo, Vandewalle, Verstraete, Devriendt, Ghekiere, Haesaert, Van Hecke, Vanden Berghe, "
        "De Coninck, Van de Velde, Van den Eynde, Verbeeck, Van Gorp, Van Looy, Vervloet, Geukens, Nuyts, Smolders, "
        "Van Roey, Luyten, Vanherck, Lemmens, Vandijck, Brouns, Meeuwis, Vanhoof, Cuypers, Bosmans, Van Dessel, "
        "Verlinden, Van der Veken, Van Thillo, Heylen, Van Ransbeeck, Vanbeselaere, Pattyn, Ryckaert, Vanparys, "
        "Ostyn, Roelandt, Degryse, Dewulf, Vyncke, Naessens, Tack, Coucke, Bruneel, D'hondt, D'haene, "
        "Van Wassenhove, Vander Elst, Vanderhaegen, Ver Eecke, Ooms, Schepens, Van Esbroeck, Demeulemeester, "
        "Callewaert, Vande Casteele, Haverbeke, Vercammen, Gevers, Van Ostaeyen, Leysen, Op de Beeck, Van Camp, "
        "Boeckx, Sels, Van Hoecke, Wuyts, Vanhaverbeke, Deleersnyder, Vanlerberghe, Decock, Vandecasteele, "
        "Soenens, Goethals, Bracke, Dhaenens, Van Hove, Verschueren, Scheerlinck, Van Steenkiste, Blondeel, "
        "Lagrou, Vanmarcke, Devos, Vandaele, Sabbe, Vanackere, Verhelst, Van Cauwenberghe, Vandenbroucke, "
        "Wybo, Allaert, Hoste, Dierickx, Cnockaert, Lefevere, Van Rompaey, Broeckx, Van Nuffel, Dams, Mariën",
    ),
    "maghreb": _same(
        "Ikram, Ilham, Hajar, Loubna, Najat, Touria, Zoubida, Fadoua, Ghizlane, Hanane, Kaoutar, Latifa, Mouna, "
        "Oumaima, Rajae, Siham, Soukaina, Wafae, Tiziri, Tanirt, Thilelli, Dihya, Tafsut, Itto, Tudert, Chaimae, "
        "Ibtissam, Hasna, Meryem, Nezha, Sanaa, Bouchra, Karima, Naima, Zineb, Hafsa, Ikhlas, Lamya, Rokaya",
        "Abdelkader, Abdelhak, Brahim, Driss, Hicham, Lahcen, Mbarek, Mustapha, Noureddine, Tarik, Younes, Anouar, "
        "Ilyas, Amazigh, Massinissa, Idir, Aksel, Yuba, Anir, Mohand, Moha, Abdeslam, Abdelilah, Boujemaa, Chafik, "
        "Elmahdi, Hamza, Jaouad, Lhoussaine, Mounir, Redouane, Soufiane, Taoufik, Zakaria, Othmane, Nabil",
        "El Amrani, Bouzid, Azzouzi, El Idrissi, Ouali, Boukhari, Chaouki, Daoudi, El Fassi, Haddouchi, "
        "Laaroussi, Naciri, Ouahabi, Rahmouni, Tahiri, Zerouali, Ait Ouarab, Ait Lahcen, Amghar, Aberkan, "
        "Boulahrouz, El Khattabi, Afellah, Ben Haddou, Aouragh, Touzani, Lamrabet, El Ouardi, Bakkali, Kaddouri, "
        "Ghailan, Essafi, Akhandaf, Ouardighi, Zeroual, Abouzahra, Benaissa, Boutaleb, El Mokhtari, Haddioui, "
        "Oulad Ali, Azdad, Bouharrou, Chakroun, Ezzahri, Fakhouri, Jebbari, Lachhab, Moussaoui, Ouchan, Rifi",
    ),
    "turkish": _same(
        "Sevgi, Songül, Gülten, Hatice, Emine, Nurcan, Şerife, Dilek, Özlem, Tuğba, Büşra, Merve, Esra, Gizem, "
        "Betül, Kübra, Sinem, Aysel, Fadime, Nazlı, Gülsüm, Hacer, Hülya, Leyla, Nesrin, Şükran, Yeliz",
        "Hüseyin, Ramazan, Erdal, Serkan, Orhan, Kemal, Cengiz, Volkan, Burak, Ömer, Tuncay, Selim, Erkan, Ferhat, "
        "Oğuz, Bayram, Ercan, Fikret, Gökhan, Levent, Muammer, Necati, Recep, Sadık, Tayfun, Yasin",
        "Yıldız, Çelik, Şahin, Doğan, Aydın, Özdemir, Arslan, Kılıç, Koç, Öztürk, Çetin, Yılmaz, Polat, Erdoğan, "
        "Güneş, Akbulut, Karakaya, Tekin, Uysal, Bozkurt, Yavuz, Ekinci, Bulut, Keskin, Ünal, Durmaz, Coşkun, "
        "Gündoğdu, Karataş, Korkmaz, Özkan, Sezer, Topçu, Uçar, Yüksel, Zengin",
    ),
    "kurdish": _same(
        "Rojda, Berfin, Dilan, Zozan, Hêvî, Nûdem, Rojin, Avesta, Jiyan, Berivan, Gulistan, Zelal, Şîrîn, Nêrgiz",
        "Baran, Rojhat, Serhat, Welat, Diyar, Agit, Rizgar, Hejar, Kawa, Azad, Şervan, Dilşad, Rêber, Ciwan",
        "Amedî, Zaxoyî, Botanî, Hesen, Elî, Mîro, Şêxmûs, Xelîl, Biro, Ebdo, Cizîrî, Silêman, Osê, Heco",
    ),
    "somali": _same(
        "Hodan, Sahra, Ubah, Ayaan, Faadumo, Hibaaq, Idil, Nimco, Sagal, Warsan, Ifrah, Kowsar, Ladan, Hamdi",
        "Abdirahman, Abdiweli, Guled, Mahad, Liban, Bashir, Jama, Khadar, Mohamud, Abdullahi, Abdikarim, Sharmarke",
        "Warsame, Farah, Hersi, Osman, Dahir, Egal, Aden, Gedi, Samatar, Duale, Elmi, Hirsi, Jibril, Abdille, Qorane",
    ),
    "afghan": _same(
        "Zarghona, Malalai, Palwasha, Mursal, Freshta, Shabnam, Nilofar, Mahbooba, Farishta, Khatera, Gulalai, "
        "Parwana, Shakila, Wazhma, Mina, Sodaba, Tamana, Zuhra",
        "Ahmadullah, Habibullah, Zabihullah, Najibullah, Shafiq, Wahid, Jawid, Samiullah, Naqibullah, Sayed, Qadir, "
        "Farhad, Mirwais, Rahmatullah, Ajmal, Nangyalai, Zalmai, Esmatullah, Hamidullah, Abdulwali",
        "Ahmadzai, Popalzai, Stanikzai, Sultani, Rahimi, Noorzai, Hotak, Wardak, Safi, Mohmand, Yousafzai, Niazi, "
        "Sadat, Hashimi, Mangal, Shinwari, Amiri, Haidari, Azimi, Kakar, Barakzai, Durani, Sherzad, Tokhi",
    ),
    "syrian": _same(
        "Razan, Rama, Ghalia, Hiba, Rasha, Dima, Rouba, Bayan, Duaa, Ruaa, Sidra, Shahd, Tasnim, Alaa, Asmaa, "
        "Hala, Wafaa, Rasha, Lama, Maysaa, Raghad, Yumna",
        "Anas, Bassel, Ghaith, Haitham, Maher, Majd, Moaz, Obada, Qusai, Ramez, Samer, Tamer, Wael, Yamen, Zaher, "
        "Fadi, Muhannad, Ammar, Nizar, Louay, Mouhannad, Rabie",
        "Al-Hallak, Kabbani, Attar, Haddad, Sabbagh, Al-Masri, Halabi, Darwish, Jaber, Khatib, Shami, Nasser, "
        "Al-Ahmad, Hamwi, Homsi, Idlibi, Sawaf, Zeitoun, Qassab, Najjar, Rifai, Dabbagh, Al-Jundi, Shaar",
    ),
    "eritrean": _same(
        "Senait, Saba, Luwam, Selam, Yordanos, Rahel, Semhar, Feven, Winta, Mebrat, Tsega, Hiwet, Medhanit, "
        "Abeba, Aster, Mahlet, Bisrat, Letebrhan, Ruta, Simret",
        "Yonas, Tesfay, Tekle, Habtom, Merhawi, Filmon, Dawit, Yohannes, Mehari, Ghebremedhin, Kibrom, Biniam, "
        "Tewelde, Amanuel, Natnael, Awet, Robel, Berhane, Okbay, Henok",
        "Tesfamariam, Ghebreyesus, Haile, Kidane, Woldemichael, Berhe, Gebremeskel, Tekeste, Asmerom, Mehreteab, "
        "Negash, Zerai, Andemariam, Habte, Weldu, Ogbazghi, Hagos, Kahsay, Tsegai, Abraha, Ghirmay, Yemane",
    ),
    "congolese": _same(
        "Grâce, Bijou, Merveille, Nadège, Prisca, Dorcas, Naomie, Exaucée, Divine, Bénédicte, Gloria, Plamedi, "
        "Ornella, Falone, Chancelle, Christelle, Jolie, Mamie, Nathalie, Sifa",
        "Dieudonné, Fiston, Patient, Héritier, Glody, Trésor, Blaise, Junior, Cédrick, Gédéon, Landry, Ruffin, "
        "Papy, Destin, Prince, Espoir, Jonathan, Fabrice, Thierry, Christian",
        "Mukendi, Kabongo, Tshibangu, Mbuyi, Kalala, Nsimba, Lukusa, Mulumba, Kasongo, Ngoy, Lumbala, Mputu, "
        "Makiese, Nkulu, Tshilombo, Kanku, Mayamba, Bolamba, Luzolo, Ngalula, Masengo, Lokwa, Bokanga, Kitenge, "
        "Mbala, Ndombe, Kazadi, Matondo, Mavungu",
    ),
    "roma": _same(
        "Esmeralda, Roksana, Florentina, Mirela, Sabina, Nicoleta, Loredana, Lăcrămioara, Ramona, Ioana, Alina, "
        "Andreea, Roxana, Mădălina, Georgiana, Oana, Cătălina, Larisa, Denisa, Alexandra",
        "Cristinel, Marian, Fănel, Ionuț, Costel, Gheorghiță, Viorel, Dorel, Bogdan, Ciprian, Cosmin, Dragoș, "
        "Florin, Ionel, Marius, Ovidiu, Răzvan, Vasile, Nelu, Sandu",
        "Stoica, Lăcătuș, Căldăraru, Rostaș, Zăvoianu, Ursaru, Lingurar, Buzatu, Pârvu, Bălașa, Ciurar, Fieraru, "
        "Munteanu, Moldovan, Lungu, Neagu, Mocanu, Ciobanu, Diaconu, Tudose, Cozma, Spoitoru, Argintaru",
    ),
    "bulgarian": {
        "f": _s(
            "Desislava, Tsvetelina, Radostina, Gergana, Kremena, Yordanka, Stanislava, Vesela, Zornitsa, "
            "Mariyana, Boryana, Petya, Neli, Ayshe, Fatme, Sevdalina, Ralitsa, Teodora"
        ),
        "m": _s(
            "Hristo, Stoyan, Todor, Plamen, Tsvetan, Lyubomir, Kiril, Dimitar, Anguel, Boyko, Rumen, Iliya, "
            "Asen, Yordan, Momchil, Sabri, Mehmed, Zhivko, Krasimir, Ognyan"
        ),
        "sf": _BG_F,
        "sm": _BG_M,
    },
    "ukrainian": _same(
        "Oksana, Olena, Iryna, Nataliia, Svitlana, Yuliia, Tetiana, Halyna, Liudmyla, Viktoriia, Khrystyna, "
        "Solomiia, Zoriana, Oleksandra, Daryna, Uliana, Yaryna, Vira, Nadiia, Mariia",
        "Oleksii, Bohdan, Taras, Mykola, Andrii, Dmytro, Serhii, Vasyl, Yurii, Volodymyr, Ostap, Petro, Maksym, "
        "Yaroslav, Ihor, Oleh, Vitalii, Mykhailo, Anatolii, Hryhorii",
        "Shevchuk, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Oliinyk, Melnyk, Boiko, Lysenko, Marchenko, "
        "Savchenko, Rudenko, Moroz, Pavlenko, Kushnir, Hnatiuk, Tymoshchuk, Didenko, Hrytsenko, Yatsenko, "
        "Polishchuk, Karpenko, Vasylenko, Zinchenko, Slobodian, Fedoriv, Humeniuk, Savchuk, Ostapchuk",
    ),
    "polish": {"f": [], "m": [], "sf": [], "sm": []},
}

NICKNAMES = _s(
    "Kevke, Jefke, Rikske, Fonske, Tuurke, Nandje, Gustje, Wardje, Lieske, Miekske, Jeanneke, Mitje, Staf, Sooike, "
    "Bertje, Zjos, Poekie, Toetie, Mo, Zizou, Jojo, Lulu, Sasa, Bibi, Dodo, Titi, Nono, Kiki, Mimi, Pipou"
)

STREET_FIRST = _s(
    "Linde, Meidoorn, Vlaszaad, Kapelle, Wilgen, Beuken, Hazelaar, Kiezel, Schapen, Koutermolen, Vijver, Duiven, "
    "Brem, Heide, Klaver, Vlier, Esdoorn, Pastorij, Kerkhof, Brouwerij, Smidse, Spinners, Wevers, Looiers, "
    "Zwaluw, Leeuwerik, Reiger, Kievit, Spoorweg, Station, Molenbeek, Zandberg, Broek, Velden, Mulder, "
    "Kloosterhof, Abdij, Begijnhof, Kasteel, Ooievaar, Hoogveld, Leemput, Kleiput, Torenhof, Bosbes, "
    "Kersen, Appelaar, Notelaar, Hop, Tarwe, Rogge, Gerst, Vlaanderen, Schelde, Leie, Dender, Nete, Demer, Zenne, "
    "Mandel, IJzer, Kempen, Peperstraat, Hoppe, Zilverberk, Lindeboom, Berken, Eiken, Populieren, Sparren"
)
STREET_FIRST = [x for x in STREET_FIRST if not x.endswith("straat")]
STREET_KIND = _s(
    "straat, straat, straat, laan, dreef, hof, weg, plein, lei, kaai, steenweg, pad, veld, dries, "
    "straat, laan, weg, hoek, gang"
)
STREET_PERSON = _s(
    "Pastoor {p}straat, Burgemeester {p}laan, Dokter {p}plein, Kapitein {p}straat, Meester {p}straat, "
    "Onderpastoor {p}dreef"
)
BXL_STREETS = _s(
    "rue des Coteaux, rue du Progrès, avenue des Arts, chaussée de Haecht, rue de la Poste, rue Gallait, "
    "avenue Rogier, rue Josaphat, chaussée d'Anvers, rue Heyvaert, rue de Liverpool, boulevard Léopold II, "
    "rue des Palais, avenue de la Reine, rue Vandenpeereboom, chaussée de Gand, rue Ropsy-Chaudron, "
    "rue de Mérode, avenue Clemenceau, rue Brogniez, rue du Midi, chaussée de Mons, rue Van Artevelde"
)

CLEAN_BITS: dict[str, list[str]] = {
    "org": _s(
        "vzw De Touter, Huis van het Kind, CAW Oost-Vlaanderen, vzw Het Open Poortje, Huis Marguerite, "
        "de Sint-Jozefsschool, Dienstencentrum Pater Damiaan, Project Mama Rosa, vzw Welzijnsschakels, "
        "Buurtwerk De Klaproos, Kinderopvang Jules en Marie, OCMW, het Sociaal Huis, het CLB, Kind en Gezin, "
        "JAC, de wijkagent, het Vredegerecht, de schuldbemiddelaar, Woonhaven, de sociale huisvestingsmaatschappij, "
        "Voedselbank Sint-Vincentius, Jeugdhuis Den Eglantier, Basisschool Sint-Lodewijk, het Rode Kruis, "
        "Kringwinkel, De Lijn, Fedasil, Opvanghuis Emmaüs, vzw Kras, Huis Jan Frans Willems, "
        "het Agentschap Integratie en Inburgering, Project Tante Net, Zorgboerderij De Hoeve van Fons"
    ),
}

# ---------------------------------------------------------------- templates
# Slots: P/Q/K = people (P full name, Pg given name, Ps surname, Pl lower-case full name, Pi surname-first,
# Ppos = possessive suffix for Pg, plain), Nick = nickname; A = address (As street + number, Apc postal code +
# municipality, Abx Brussels); B = adult birth date, Bk = child birth date, Bx = birth date in P's home language;
# T = Belgian phone, Tf = foreign phone; E/Eq = e-mail of P/Q; I = IBAN; N = national number, Nt = with a typo.
# Lower-case slots are unlabelled fillers. A template starting with "~" is typed hurriedly: lower case + typos.
TEMPLATES: dict[str, list[str]] = {
    "person_name": [
        "Op {wd} {date} om {time} schreef {P} <{E}>:\n> ik heb nog altijd geen antwoord van {org}\n> kunnen jullie iets doen?\n\nDag collega's, zie hieronder. Dit is de derde klacht over wachttijden deze maand.",
        'SMS ontvangen {time}\n"dag mevrouw, hier is {Pg}, mijn elektriciteit is afgesloten en ik heb 3 kinderen"\n-> doorgegeven aan {org}',
        "Signal · {date} · {P}\nik durf niet meer naar huis, de huisbaas komt elke dag aan de deur",
        "Aanmelder: {org}\nBetrokkene: {Pi}\nProbleem: geen geldige huurovereenkomst, kamer zonder venster",
        "Leerling {P} ({klas}) komt al drie weken zonder boterhammen naar school. Mama werkt 's nachts. Ik zie dit bij meer gezinnen in de wijk.",
        "CLB-verslag: {P} ({klas}) spijbelt sinds de verhuis; zus {Qg} past op de kleinsten.",
        "Betrokkene, genaamd {P}, verklaart dat zij met haar kinderen in de wagen slaapt sinds {date}.",
        "Sessie {n} – cliënt ({Pg}) vertelt dat de schulden haar slaap kosten; partner {Q} weet van niets.",
        "~vandaag bij {Pl} geweest, frigo leeg, kindjes ziek, geen budget voor dokter",
        "- {P}: wacht 14 maanden op sociale woning\n- {Q}: idem, 2 kinderen, vochtprobleem\n- nog 6 gezinnen in dezelfde blok",
        "• {Pi} – energiearmoede\n• {Qi} – idem, budgetmeter sinds {date}",
        "ons ma zegt dat den {Pg} van hiernaast al drie weken geen warm water heeft, en hij is 84",
        "{Pg}{Ppos} zoon kan niet mee op schoolreis, 45 euro is te veel. Dit is geen alleenstaand geval.",
        "{P} ({Nick}) komt elke dag naar het jeugdhuis omdat thuis de verwarming niet werkt.",
        "Gisteren belde mevrouw {Ps} opnieuw: de huurwaarborg van {amt} krijgt ze niet terug.",
        "Meneer {Ps} (72) zit zonder mantelzorg sinds zijn dochter verhuisde naar {town}.",
        "Namens de werkgroep: de familie {Ps} kan de schoolfactuur van {amt} niet betalen. Er zijn er meer.",
        "Ik volg {P} op sinds {date}. Ze heeft geen recht op leefloon door een administratieve fout bij de inschrijving.",
        "{Pg} en {Qg} (de tweeling van {Kg}) missen structureel de naschoolse opvang omdat de bus niet meer rijdt.",
        "Melding via onthaal: {P} heeft een brief van de deurwaarder gekregen, dossier {ref}.",
        "* {Pi}\n* {Qi}\nbeiden aangemeld voor budgetbegeleiding, wachtlijst {n} maanden",
        "~ik heb {Pgl} gisteren nog gezien aan de voedselbank, ze zei dat de huur omhoog gaat met {amt}",
        "Bij ons {Pg} (buurvrouw) lekt het dak al sinds de winter, en de verhuurder reageert niet",
        "Juf {Pg} meldt: leerling {Q} komt vaak te laat omdat ze haar broertjes eerst naar de opvang brengt.",
        "Gezin {Ps}, {Pg} – 5 kinderen in een appartement van 45 m²",
        "{Pg} haar dochter zit al een half jaar thuis, er is geen plaats in het buitengewoon onderwijs.",
        "Intake (tolk Tigrinya): {P}, alleenstaande minderjarige, verblijft bij een neef van wie we enkel de voornaam kennen ({Qg}).",
        "~kan iemand {Pgl} {Psl} terugbellen? ze heeft geen beltegoed",
        "Sessie {n} – {Pg} vertelt over haar zus {Q} die ook geen werk vindt door de taalvereisten.",
        "Van: {P}\nAan: onthaal\nOnderwerp: premie\n\nIk heb de aanvraag 2 keer ingediend maar hoor niets.",
        "Wijkagent meldt dat {P} (bijnaam {Nick}) 's nachts in het fietsenhok van het station slaapt.",
        "{Pg} is bang haar kinderen te verliezen als ze zegt dat ze geen eten heeft. Daarom vraag ik aandacht voor de drempel.",
        "Budgetmeter geplaatst bij {P} terwijl zij al een afbetalingsplan had bij {org}.",
        "Therapienota: {Pg} komt niet meer naar de sessies omdat het busabonnement {amt} kost.",
        "Op {date} kwam {P} met haar dochter {Kg} naar het spreekuur; ze woont in een garage.",
        "~{Pgl} zegt dat ze nie meer kan, te veel brieven, ik stuur dit door",
        "Het gaat niet alleen over {P}; in de hele blok aan de {street} zijn er schimmelproblemen.",
        "Gesprek met mama ({P}) en papa ({Q}): beiden werken interim, geen vaste uren, opvang onmogelijk.",
        "de {Pg} van de {Ps}'s heeft zijn job verloren en nu kunnen ze de lening niet meer betalen",
    ],
    "address": [
        "{P} woont in de {As} in een kelderwoning zonder ramen.",
        "Verblijfplaats: {A}\nSituatie: overbewoning (9 personen)",
        "~adres vd mama: {A}, zij is daar pas ingetrokken, nog geen gas",
        "De familie woont sinds {date} in {Apc}, maar de kinderen gaan nog naar school in {town}.",
        "Ze huurt een kamer op de {As}, {amt} per maand cash, geen contract.",
        "Huisbezoek {date}: {A}. Schimmel in de slaapkamer van de kinderen.",
        "Betrokkene, wonende {A}, werd door de huisbaas buitengezet.",
        "ons {Pg} woont nu op de {As}, boven de frituur, ge moet da zien",
        "Adres: {Abx}\nTaal: Frans/Lingala\nProbleem: huur {amt}, inkomen {amt2}",
        "Mevrouw {Ps} is verhuisd naar {A} maar haar post komt nog toe op het oude adres.",
        "- {As}: geen verwarming\n- {street}: straat zonder verlichting\n- {A}: dak lekt",
        "Gezin {Ps} ({A}) wacht al {n} jaar op een sociale woning.",
        "Hij staat ingeschreven op {A}, maar slaapt eigenlijk bij vrienden.",
        "Het appartement aan de {As} heeft geen werkende lift; de bewoner zit in een rolstoel.",
        "Contact ouder: {P}, {A}",
        "~zij woont in {Apc} nu, bij haar zus, tijdelijk",
        "Uit het PV: betrokkene verblijft op het adres {A} samen met 6 andere volwassenen.",
        "Referentieadres aangevraagd omdat {P} niet meer terecht kan op {As}.",
        "Wij vragen een woningcontrole voor {A}: lekkend dak en elektriciteit niet in orde.",
        "Sinds de brand op {date} logeert het gezin bij familie in {Apc}.",
        "De verhuurder van {Abx} weigert de waarborg terug te geven.",
        "Nieuwe verblijfplaats vanaf {date}: {As} ({town}).",
        "Wie woont er in de {As}? Daar staan elke avond kinderen alleen op straat.",
        "Domicilie van de kleine: {A}; papa woont in {Apc}.",
    ],
    "birth_date": [
        "Betrokkene, genaamd {P}, geboren te {town} op {B}, werd aangetroffen in een leegstaand pand.",
        "Kind: {Kg}, °{Bk}\nSchool: {school}\nProbleem: geen schoolmateriaal",
        "geb.datum {B} – alleenstaande moeder van 3",
        "~{Pgl} is geboren op {Bk} dus nog geen 18 bij de huurcontract, klopt dat?",
        "Zijn Turkse paspoort vermeldt {Btr}, de Belgische kids-ID een andere dag; dat geeft problemen bij het Groeipakket.",
        "{P} (°{B}) heeft geen recht op een uitkering omdat zij te laat werd ingeschreven.",
        "Dochter {Kg}, geboren {Bk}, staat nog niet ingeschreven in een school.",
        "Geboortedatum: {B}\nNationaliteit: onbekend\nVerblijfsstatus: in procedure",
        "dob {B} (volgens verklaring betrokkene)",
        "De jongste, {Kg}, werd geboren op {Bk} in het asielcentrum en heeft nog geen geboorteakte.",
        "den {Pg} is van {B}, die zijn pensioen is nog altijd nie in orde",
        "Vergadering van {date}: casus {Pi}, {B}, wacht op budgetbeheer.",
        "{P}, geboren {Bx}, kwam op {date} aan in België.",
        "Leerling {P} ({klas}), geb. {Bk}, is sinds {date} niet meer op school geweest.",
        "Op {date} hebben we het dossier van mevrouw {Ps} (geboren op {B}) besproken.",
        "Moeder: {P} – {B}\nKind: {Kg} – {Bk}",
        "Geboren: {Bk}\nOpvang: geen plaats tot {date}",
        "~zoon geboren {Bk}, mama weet nie hoe ze de crèche moet betalen",
        "Meneer is {B} geboren en woont al 40 jaar in dezelfde huurwoning, nu verkocht.",
        "Volgens haar Poolse documenten is ze geboren op {Bpl}; het rijksregister heeft een andere datum.",
        "In het verhoor verklaart {P}, geboren op {B} te {town}, dat hij al twee maanden geen loon kreeg.",
        "GGZ-nota: {Pg} ({B}) – depressieve klachten, schulden, geen huisarts.",
        "Baby {Kg} (geboren op {Bk}) slaapt in een wasmand omdat er geen bedje is.",
        "Op {B} geboren, vandaag {n} maanden dakloos: {P}.",
    ],
    "phone": [
        "{P} is bereikbaar op {T} (liefst na 17u).",
        'SMS ontvangen van {T} om {time}: "kunnen jullie mij helpen met de huur"',
        "~bel mama {Pgl} op {T}, ze spreekt beetje nederlands",
        "Contact ouder: {Pi}, gsm {T}",
        "Papa zit in {land}, nummer {Tf}, hij stuurt geen geld meer.",
        "Signal · {date}\n{T}: ik ben uit huis gezet, waar kan ik slapen?",
        "- tolk geregeld\n- mama: {T}\n- papa: {Tf}",
        "Mevrouw belde met een verborgen nummer maar liet {T} achter op de voicemail.",
        "Vraag aan de wijkwerker: contacteer {P} op {T}, zij wil getuigen over de huisjesmelker.",
        "bellen naar ons ma haar nummer, {T}, zij weet waar hij nu slaapt",
        "Oom in {land} ({Tf}) betaalt de huur soms, soms niet.",
        "Tel. {T} – enkel sms, geen beltegoed",
        "Nieuwe gsm van {Pg}: {T} (oude nummer werkt niet meer)",
    ],
    "email": [
        "Op {wd} {date} om {time} schreef onthaal:\n> kan de moeder haar bewijsstukken mailen?\n\nJa, ze stuurt ze naar ons vanaf {E}",
        "~mail naar {E} gestuurd maar nog geen antwoord",
        "E-mail ouder: {E}\nVoorkeurstaal: Frans",
        "- {E} (mama)\n- {Eq} (papa, woont apart)",
        "Hij heeft geen computer, maar zijn dochter leest haar mail ({E}) elke dag.",
        "De huurder stuurde de foto's van de schimmel vanaf {E}.",
        "Reactie van {P} ({E}): ze heeft de premie nooit ontvangen.",
        "Contact via {E} verloopt moeizaam; liever bellen.",
        "Graag de uitnodiging sturen naar {E} en naar mij in cc.",
        "> Van: {E}\n> mijn kind heeft geen plaats in de opvang\n\nDoorgestuurd naar de werkgroep kinderopvang.",
        "{E} — dit adres gebruikt de jongere voor alles, ook voor de VDAB",
    ],
    "iban": [
        "Huur wordt gestort op {I} (rekening van de verhuurder), maar de huurder kreeg geen kwitantie.",
        "~leefloon komt op {I}, maar de bank houdt alles in voor de schuld",
        "Rek. cliënt: {I}\nBudgetbeheer: ja, sinds {date}",
        "Storten op {I} t.n.v. {P}, mededeling: voorschot energie.",
        "Het Groeipakket wordt betaald op {I}, een rekening van de ex-partner.",
        "- IBAN mama: {I}\n- bedrag achterstal: {amt}",
        "Zijn Duitse Konto {I} is geblokkeerd; hij kan zijn loon niet afhalen.",
        "De deurwaarder heeft beslag gelegd op rekening {I}.",
        "Bewijs van betaling van {amt} vanaf {I} op {date}.",
        "Terugbetaling van de waarborg naar {I} werd nooit uitgevoerd.",
    ],
    "national_number": [
        "Rijksregisternummer {N} – geen domicilie sinds {date}",
        "~rrn {N}, kan iemand checken of ze nog ingeschreven is",
        "INSZ-nummer van het kind: {N}\nMutualiteit: niet in orde",
        "NISS {N} (carte de séjour expirée)",
        "Betrokkene {P}, nationaal nummer {N}, werd van ambtswege afgevoerd.",
        "- RR-nr: {N}\n- probleem: geen verhoogde tegemoetkoming",
        "Rijksregisternummer: {Nt} (zo overgenomen van de kopie van haar eID)",
        "In het aanvraagformulier staat als rijksregisternummer {Nt}; de berekening klopt niet, graag nakijken.",
        "Identificatienummer rijksregister {N}, aanvraag leefloon geweigerd.",
        "Het nummer {N} in haar dossier hoort bij haar zus, niet bij haar.",
        "Nationaal nr. {Nt} volgens de aanvraag van {date}",
    ],
}

CLEAN_SENT: list[str] = [
    "Sinds {date} zijn er {n} gezinnen meer aangemeld bij de voedselbank.",
    "De gemeenteraad van {date} besliste de huurpremie te verhogen tot {amt} per maand.",
    "Kinderen geboren na 1 januari 2019 hebben recht op het startbedrag van het Groeipakket; veel ouders weten dat niet.",
    "In de {street} staan {n} woningen leeg terwijl de wachtlijst blijft groeien.",
    "{org} meldt een stijging van {pct} % in het aantal aanvragen voor een huurwaarborg.",
    "Het project Mama Rosa zoekt vrijwilligers voor de huiswerkklas op woensdag.",
    "De Pater Damiaanzaal is van {date} tot eind juni gesloten voor renovatie.",
    "Signalen {ref} en {ref2} gaan over hetzelfde probleem: onbetaalbare schoolfacturen.",
    "Ondernemingsnummer van de verhuurder (KBO {kbo}) staat niet op het huurcontract.",
    "Jongeren die niet meer kunnen praten, verwijzen we door naar Awel (102) of Tele-Onthaal (106).",
    "Bij acute nood: 112. Zelfmoordlijn: 1813. Geweld, misbruik en kindermishandeling: 1712.",
    "De bus van lijn {n} stopt sinds {date} niet meer aan de halte bij het dienstencentrum.",
    "Er is één huisarts voor {n2} inwoners in de deelgemeente; patiënten worden geweigerd.",
    "De energieprijzen stegen met {pct} %; het aantal budgetmeters in {town} verdubbelde.",
    "Op {wd} {date} is er overleg met {org} over de wachtlijsten.",
    "Gemiddelde wachttijd voor een sociale woning in {town}: {n} jaar.",
    "Huis Marguerite kan vanaf {date} geen nieuwe moeders met baby's meer opvangen.",
    "De sociale kruidenier aan de {street} opent enkel nog op dinsdag van 9u tot 12u.",
    "Kosten voor een schooluitstap lopen op tot {amt} per kind per jaar.",
    "Uit onze telling: {n} van de {n2} gezinnen hebben geen internet thuis.",
    "Verschillende ouders vertellen dat de digitale inschrijving voor de kinderopvang niet lukt zonder itsme.",
    "Voorstel: een vast aanspreekpunt bij {org} voor dringende energievragen.",
    "Het Vredegerecht van {town} behandelde in 2025 meer uithuiszettingen dan ooit.",
    "Vraag van de werkgroep: kan de premie voor een eerste woning ook gelden voor huurders?",
    "De Sint-Jozefsschool en de Sint-Lodewijksschool delen sinds september één zorgcoördinator.",
    "Factuur {ref} van {amt} werd drie keer verstuurd; de meeste gezinnen betalen in schijven.",
    "Tussen {date} en {date2} kregen we {n} meldingen van vocht en schimmel.",
    "In {town} zijn er nog maar {n} plaatsen in de nachtopvang, en 's winters is dat te weinig.",
    "De stad plant een nieuw jeugdhuis aan de {street}, maar de buurt werd niet bevraagd.",
    "Vluchtelingen met een oranje kaart vinden zelden een huurwoning in {town}.",
    "Er is een lange wachtlijst voor schuldbemiddeling: gemiddeld {n} weken.",
    "Titel: Signaal Energiearmoede Oostwijk — Status: In Behandeling — Prioriteit: Hoog",
    "Verslag Werkgroep Wonen {date}. Aanwezig: OCMW, CAW, wijkwerker, huisvestingsambtenaar.",
    "Zorgboerderij De Hoeve van Fons zoekt een oplossing voor vervoer van jongeren uit {town}.",
    "Het Jan Frans Willemsfonds organiseert een infoavond over premies op {date}.",
    "De Koningin Astridlaan wordt heraangelegd; de bushalte verhuist tijdelijk.",
    "Bezoekuren van het Sociaal Huis: ma-vr 9u-12u, do ook 14u-19u.",
    "Huurprijzen in de regio stegen met {pct} % in drie jaar (bron: huurbarometer).",
    "Op {date} keurde het college het reglement voor de huurtoelage goed.",
    "Factuurnummer {ref} – betalingsherinnering voor de maaltijden op school.",
    "Meer dan de helft van de mensen aan de voedselbank werkt; ze verdienen te weinig.",
    "De wijkagent ziet steeds meer jongeren die 's nachts buiten rondhangen aan het station.",
    "Het Kind en Gezin-consultatiebureau in {town} sluit op vrijdag.",
    "Ouders vragen of de studietoelage vroeger kan worden uitbetaald, liefst voor {date}.",
    "Het OCMW-reglement van {date} beperkt de tussenkomst in medische kosten tot {amt}.",
    "De opvang voor kinderen onder 3 jaar kost in {town} gemiddeld {amt} per maand.",
    "Er zijn geen toegankelijke toiletten in het park aan de {street}.",
    "De huisjesmelker (bedrijf met KBO-nummer {kbo}) verhuurt {n} kamers zonder conformiteitsattest.",
    "We merken dat mensen uit Oekraïne, Syrië en Afghanistan hun weg niet vinden naar de sociale tarieven.",
    "Ramadan en de examens vallen samen; de studieruimte in de bib sluit al om 17u.",
    "Aan de Schepen van Welzijn. Beste Mevrouw de Schepen, hierbij het signaal van de werkgroep.",
    "Op Wereldarmoededag (17 oktober) staat de werkgroep met een stand op de Grote Markt.",
    "Het Vlaams Woningfonds en de huurdersbond geven tegenstrijdige informatie over de huurpremie.",
    "Een rit met de belbus kost {amt}; veel senioren in {town} kunnen dat niet betalen.",
    "Voor vragen over premies kan men gratis de Vlaamse Infolijn bellen op 1700.",
    "Projectnaam: Huis Jan Frans Willems — Stand Van Zaken Q3 — Volgende Stap: Evaluatie In {town}",
    "Op Sint-Elooisdag werd de nieuwe buurtkeuken aan de {street} geopend.",
    "Aantal leefloners in {town}: {n2} (jaarverslag 2025), waarvan {pct} % jonger dan 25 jaar.",
    "Dokters van de Wereld signaleert dat patiënten zonder papieren aan het onthaal worden weggestuurd.",
    "Het OCMW van {town} (KBO {kbo}) kreeg {amt} subsidie voor energiesnoeiers.",
    "De Kerkhofstraat en de Stationsstraat worden autovrij; de minder mobiele bewoners zijn ongerust.",
    "Tijdens de Ramadan en de Krokusvakantie is de huiswerkbegeleiding in Huis Marguerite gesloten.",
]

CLEAN_FRAMES: list[str] = [
    "Op {wd} {date} om {time} schreef de coördinator van {org}:\n> {s1}\n> {s2}\n\nDank je. {s3}",
    "~{s1} {s2}",
    "- {s1}\n- {s2}\n- {s3}",
    "• {s1}\n• {s2}",
    "{s1}",
    "{s1} {s2}",
    "Aanmelder: {org}\nThema: {thema}\nSignaal: {s1}\nReferentie: {ref}",
    "Verslag Overleg Kinderarmoede\n\n{s1} {s2} {s3}",
    'SMS ontvangen {time}\n"{s1}"',
    "ons ma zegt da ge in de {street} nie meer veilig kunt wandelen 's avonds. {s1}",
    "Sessie {n} – groepsaanbod: {s1}",
    "Uit het PV van {date}: geen verdachten. {s1}",
    "Signaal {ref}\n* {s1}\n* {s2}\n* {s3}\n* {s4}",
]
