"""Hand-written and pre-drawn lists for privacy_make_heldout_i.py (held-out privacy set I).

NAMES was drawn once from the PyPI package names-dataset 3.3.1 (NameDataset().get_top_names per country,
top 200 first names per gender and 300 surnames for BE/NL, 80 and 100 for the other countries), cleaned
(Latin script only, no single letters, a hand-made junk list of nicknames, places and clubs) and then
stripped of every name with a token (casefolded and also accent-folded, particles such as van/de/el/ben
ignored) that occurs in a labelled person_name span of an earlier set bench/data/privacy_*.jsonl.
The lists are stored here so the set can be rebuilt without names-dataset.
Everything else in this module was written by hand.
"""

# country code -> {'M': male first names, 'F': female first names, 'S': surnames}
NAMES = {
    "BE": {
        "M": [
            "Christophe",
            "Chris",
            "Thierry",
            "Danny",
            "Tim",
            "Didier",
            "Anthony",
            "Steve",
            "Sven",
            "Jacques",
            "Xavier",
            "Serge",
            "Frederic",
            "François",
            "Frédéric",
            "Glenn",
            "Geoffrey",
            "Michiel",
            "Axel",
            "Jeremy",
            "Stef",
            "Stefaan",
            "Ludovic",
            "Dany",
            "Francois",
            "Fred",
            "Lorenzo",
            "Joeri",
            "Gino",
            "Salvatore",
            "Thibault",
            "Loïc",
            "Werner",
            "Thibaut",
            "Laurens",
            "Joachim",
            "Logan",
            "Gaetan",
            "Rob",
        ],
        "F": [
            "Carine",
            "Nicole",
            "Nadine",
            "Wendy",
            "Stephanie",
            "Fabienne",
            "Christel",
            "Sabrina",
            "Stéphanie",
            "Heidi",
            "Emilie",
            "Pauline",
            "Liliane",
            "Françoise",
            "Camille",
            "Sonja",
            "Sandrine",
            "Justine",
            "Laetitia",
            "Audrey",
            "Claudine",
            "Francine",
            "Cathy",
            "Elodie",
            "Liesbeth",
            "Fanny",
            "Muriel",
            "Petra",
            "Karine",
            "Diane",
            "Morgane",
            "Lucie",
            "Magali",
            "Evelyne",
            "Mélanie",
            "Natacha",
            "Francoise",
            "Daisy",
            "Chloé",
            "Cécile",
            "Kathy",
            "Saskia",
            "Angelique",
            "Margaux",
            "Lindsay",
            "Evy",
            "Joelle",
            "Katia",
            "Elien",
            "Conny",
            "Corinne",
            "Eveline",
            "Katleen",
            "Laure",
            "Suzanne",
            "Nicky",
            "Greta",
            "Ine",
            "Coralie",
            "Kristien",
            "Colette",
            "Axelle",
            "Jill",
            "Cecile",
            "Jeanne",
        ],
        "S": [
            "Leroy",
            "Wauters",
            "Petit",
            "Bertrand",
            "Christiaens",
            "Verbeke",
            "Vermeiren",
            "Bauwens",
            "Charlier",
            "Beckers",
            "Legrand",
            "Simons",
            "Collard",
            "Thiry",
            "Callens",
            "De Bruyn",
            "Van den Bergh",
            "Nys",
            "Vervoort",
            "Mortier",
            "Raes",
            "Peters",
            "Mahieu",
            "Matthys",
            "De Bruyne",
            "De Coster",
            "Verhulst",
            "Andries",
            "Van Hove",
            "De Bock",
            "Vercauteren",
            "De Decker",
            "Leemans",
            "Huysmans",
            "Coenen",
            "Deckers",
            "Servais",
            "De Clerck",
            "Smits",
            "Geens",
            "Engelen",
            "Descamps",
            "Van Goethem",
            "Collin",
            "Meeus",
            "Goffin",
            "De Boeck",
            "Reynders",
            "Goris",
            "De Waele",
            "Cornet",
            "Van den Bosch",
            "Lacroix",
            "Meert",
            "Bekaert",
            "Eeckhout",
            "Piette",
            "Vaes",
            "Daniels",
            "De Moor",
            "Dujardin",
            "Massart",
            "Vermeire",
            "Libert",
            "Decoster",
            "Bracke",
            "Van den Brande",
            "Michaux",
            "De Laet",
            "Dewaele",
            "Lambrecht",
            "Ooms",
            "Baeten",
            "Vranken",
            "Heymans",
            "Huyghe",
            "Meunier",
            "Vandenbroucke",
            "De Jonghe",
            "De Greef",
            "De Bie",
        ],
    },
    "NL": {
        "M": [
            "Henk",
            "Rob",
            "Mark",
            "Bas",
            "Martijn",
            "Tim",
            "Willem",
            "Kees",
            "Rick",
            "Mike",
            "Danny",
            "Chris",
            "Ron",
            "Ton",
            "Ruud",
            "Edwin",
            "Jaap",
            "Jeffrey",
            "Gerrit",
            "Harry",
            "Arjan",
            "Remco",
            "Leo",
            "Fred",
            "Cor",
            "Joop",
            "Wil",
            "Dick",
            "Roel",
            "Hennie",
            "Cees",
            "Michiel",
            "Klaas",
            "Arie",
            "Joey",
            "Jesse",
            "Sven",
            "Luuk",
            "Sjoerd",
            "Pim",
            "Matthijs",
            "Stephan",
            "Menno",
            "Sebastiaan",
            "Joep",
            "Arnold",
            "Damian",
            "Harm",
            "Maikel",
            "Frits",
            "Ger",
            "Laurens",
            "Arjen",
            "Stef",
            "Guus",
            "Sjaak",
            "Timo",
            "Koos",
            "Coen",
            "Rens",
            "Johnny",
            "Marijn",
            "Rutger",
            "Harrie",
            "Twan",
            "Adrie",
            "Wilco",
            "Evert",
            "Huub",
            "Hendrik",
            "Jim",
            "Tonny",
            "Christiaan",
            "Gerben",
            "Robbert",
            "Aad",
            "Glenn",
            "Freek",
            "Casper",
            "Ferry",
            "Ralph",
            "Harold",
            "Ahmet",
            "Jacco",
        ],
        "F": [
            "Linda",
            "Petra",
            "Wendy",
            "Wilma",
            "Miranda",
            "Carla",
            "Saskia",
            "Nicole",
            "Joyce",
            "Ineke",
            "Michelle",
            "Mirjam",
            "Henny",
            "Angelique",
            "Marja",
            "Ans",
            "Maaike",
            "Marjolein",
            "Thea",
            "Suzanne",
            "Mariska",
            "Corrie",
            "Sonja",
            "Janneke",
            "Loes",
            "Annemarie",
            "Jannie",
            "Nel",
            "Marjan",
            "Janny",
            "Rianne",
            "Melanie",
            "Liesbeth",
            "Fleur",
            "Hanneke",
            "Daphne",
            "Marloes",
            "Ina",
            "Nienke",
            "Truus",
            "Merel",
            "Natasja",
            "Stephanie",
            "Lisanne",
            "Riet",
            "Marga",
            "Tiny",
            "Gerrie",
            "Marlies",
            "Kirsten",
            "Annemieke",
            "Alie",
            "Annette",
            "Marielle",
            "Annet",
            "Tanja",
            "Marije",
            "Esmee",
            "Annemiek",
            "Maud",
            "Conny",
            "Margreet",
            "Priscilla",
            "Cynthia",
            "Heleen",
            "Nicky",
            "Kitty",
            "Carolien",
            "Lianne",
            "Nikki",
            "Corry",
            "Trudy",
            "Coby",
            "Susanne",
            "Daisy",
            "Gea",
            "Diny",
            "Bep",
            "Bea",
            "Lenie",
            "Janine",
            "Natascha",
            "Hetty",
            "Amy",
            "Debby",
            "Hannie",
            "Danique",
            "Lydia",
            "Pauline",
            "Eveline",
            "Marjo",
            "Kimberley",
            "Helma",
            "Jeanne",
        ],
        "S": [
            "De Vries",
            "Van Dijk",
            "Meijer",
            "Peters",
            "Smits",
            "Dijkstra",
            "Van der Meer",
            "Van der Linden",
            "Schouten",
            "Van den Broek",
            "Maas",
            "Hoekstra",
            "Van Vliet",
            "De Bruijn",
            "Huisman",
            "Kuipers",
            "Van der Heijden",
            "Veenstra",
            "De Jonge",
            "Scholten",
            "Van der Wal",
            "Gerritsen",
            "Postma",
            "De Ruiter",
            "Bosch",
            "Jonker",
            "Willemsen",
            "Van Wijk",
            "Evers",
            "Van Loon",
            "Driessen",
            "De Lange",
            "Sanders",
            "Hofman",
            "Van Doorn",
            "Wolters",
            "Verbeek",
            "Bosman",
            "Van der Laan",
            "Van de Ven",
            "Van Dongen",
            "Kroon",
            "Kuijpers",
            "Van den Bosch",
            "Van der Velden",
            "Verhagen",
            "Vonk",
            "Koopman",
            "Vermeer",
            "Groeneveld",
            "Pronk",
            "Gerrits",
            "Van der Meulen",
            "Snijders",
            "Boon",
            "Dekkers",
            "Versteeg",
            "Klaassen",
            "Zijlstra",
            "Simons",
            "Van Rijn",
            "De Rooij",
            "Bosma",
            "Damen",
            "Van Es",
            "Otten",
            "Aarts",
            "Cornelissen",
            "Bouwman",
            "Blok",
            "Rutten",
            "Franken",
            "Roelofs",
            "Bouman",
            "Derks",
            "Verhoef",
            "Verweij",
            "Van Schaik",
            "Teunissen",
            "Derksen",
            "Arts",
            "Faber",
            "Lammers",
            "Boersma",
            "Schuurman",
            "Thijssen",
            "Baas",
            "Geurts",
            "Joosten",
            "Van Eijk",
            "Venema",
            "Dijk",
            "Van Os",
            "Visscher",
            "Van der Heide",
            "Van Rooij",
            "Wessels",
            "Brouwers",
            "Baars",
            "Kersten",
            "Wiersma",
            "Timmerman",
            "Van Gils",
            "Kamphuis",
            "Vissers",
            "Arends",
            "Van Dalen",
            "Hartman",
            "Tromp",
            "Buijs",
            "Van den Akker",
            "Konings",
            "Rietveld",
            "Knol",
            "Brand",
            "Smulders",
            "Terpstra",
            "Pol",
            "Boonstra",
            "Van Lieshout",
            "Van Eck",
            "Van Essen",
            "Brands",
            "Ruiter",
            "Klomp",
            "Bijl",
            "Schut",
            "Van Rooijen",
            "Berends",
            "Hoogendoorn",
            "Bouma",
            "Koopmans",
            "Feenstra",
            "Kooistra",
            "Van Driel",
            "Boers",
            "Swinkels",
            "Van der Werf",
            "Veldman",
            "Van Zanten",
            "Heemskerk",
            "Stolk",
            "Nieuwenhuis",
            "De Jongh",
            "Albers",
            "Veldhuis",
            "Brinkman",
            "Nijland",
            "Bergsma",
            "Drost",
            "Nijenhuis",
            "Fransen",
            "De Waal",
            "Schutte",
            "Bouwmeester",
            "Theunissen",
            "Reinders",
            "Hoogeveen",
            "Van Rossum",
            "Nijhuis",
            "Van der Ploeg",
            "Keijzer",
            "Willemse",
            "Van Vugt",
            "den Hartog",
            "Schippers",
            "Heijnen",
            "Leenders",
            "Klaver",
            "De Ruijter",
            "Van Velzen",
            "Hendriksen",
            "Kool",
            "Schreurs",
            "Mulders",
            "Lamers",
            "Veerman",
            "Verschoor",
            "Wagenaar",
            "Jonkers",
            "Van de Pol",
            "Van der Zee",
            "Wijnen",
            "Verheijen",
            "Van Duijn",
            "Steenbergen",
            "Van der Linde",
            "Bruinsma",
            "Manders",
            "Kroes",
            "Lubbers",
            "De Laat",
            "Meijers",
            "Franssen",
            "Van Gelder",
        ],
    },
    "MA": {
        "M": [
            "Adil",
            "Mohamad",
            "Yassin",
            "Samir",
            "Abdellah",
            "Mostafa",
            "Imad",
            "Youness",
            "Walid",
            "Amin",
            "Morad",
            "Mourad",
            "Badr",
            "Anwar",
            "Hafid",
            "Yahya",
            "Issam",
            "Rida",
            "Marwan",
            "Otman",
            "Smail",
        ],
        "F": [
            "Malak",
            "Hanan",
            "Maryam",
            "Kawtar",
            "Aya",
            "Nada",
            "Laila",
            "Hind",
            "Sanae",
            "Ahlam",
            "Saida",
            "Jamila",
            "Nawal",
            "Iman",
            "Noura",
            "Manal",
            "Fadwa",
            "Khawla",
            "Aziza",
            "Nora",
            "Hassna",
            "Layla",
            "Hafida",
            "Asma",
            "Sana",
            "Meryam",
            "Meriem",
        ],
        "S": ["Tazi", "Alami", "Naji", "Salhi", "Sabir", "Saidi", "Zaki"],
    },
    "TN": {
        "M": [
            "Aymen",
            "Walid",
            "Adel",
            "Anis",
            "Mouhamed",
            "Bilel",
            "Kamel",
            "Lotfi",
            "Malek",
            "Mourad",
            "Zied",
            "Ramzi",
            "Fathi",
            "Saber",
            "Samir",
            "Houssem",
            "Rayen",
            "Marwen",
            "Hassen",
            "Ridha",
            "Imed",
            "Adem",
            "Saif",
            "Jamel",
            "Hichem",
            "Habib",
            "Hedi",
            "Hatem",
            "Achref",
            "Moez",
            "Wissem",
            "Riadh",
            "Chokri",
            "Wassim",
            "Amin",
            "Slim",
            "Bechir",
            "Bassem",
            "Kais",
            "Yassin",
            "Atef",
            "Mohsen",
            "Wajdi",
        ],
        "F": [
            "Imen",
            "Mariem",
            "Asma",
            "Ahlem",
            "Hanen",
            "Rim",
            "Sana",
            "Emna",
            "Eya",
            "Olfa",
            "Sarra",
            "Aya",
            "Rahma",
            "Maram",
            "Chaima",
            "Wafa",
            "Hajer",
            "Siwar",
            "Maryem",
            "Samia",
            "Ameni",
            "Monia",
            "Sirine",
            "Sihem",
            "Samar",
            "Hayet",
            "Yosra",
            "Saida",
            "Safa",
            "Sabrine",
            "Khouloud",
            "Basma",
            "Chayma",
            "Noura",
            "Nesrine",
            "Rihab",
            "Afef",
            "Najet",
            "Soumaya",
            "Nada",
            "Jihen",
            "Hela",
            "Jamila",
        ],
        "S": [
            "Ayari",
            "Dridi",
            "Trabelsi",
            "Abidi",
            "Mejri",
            "Hammami",
            "Saidi",
            "Jlassi",
            "Riahi",
            "Gharbi",
            "Amri",
            "Aloui",
            "Arfaoui",
            "Selmi",
            "Nasri",
            "Salhi",
            "Tlili",
            "Sassi",
            "Ben Amor",
            "Barhoumi",
            "Ayadi",
            "Ferchichi",
            "Chebbi",
            "Abid",
            "Mhamdi",
            "Cherni",
            "Bejaoui",
            "Mabrouk",
            "Ouni",
            "Soltani",
            "Rezgui",
            "Saidani",
            "Jbeli",
            "Guesmi",
            "Hamrouni",
            "Khlifi",
            "Missaoui",
            "Omri",
            "Bahri",
            "Kouki",
            "Ben Abdallah",
            "Jouini",
            "Mansour",
            "Nefzi",
            "Toumi",
            "Brahmi",
            "Amoula",
            "Manai",
            "Hosni",
            "Abdallah",
            "Farhat",
            "Labidi",
            "Ferjani",
            "Oueslati",
        ],
    },
    "TR": {
        "M": [
            "Ahmet",
            "Yusuf",
            "Ramazan",
            "Fatih",
            "Kadir",
            "Adem",
            "Metin",
            "Muhammet",
            "Mahmut",
            "Furkan",
            "Deniz",
            "Süleyman",
            "Yunus",
            "Salih",
            "Erkan",
            "Bayram",
            "Ayhan",
            "Emrah",
            "Serdar",
            "Samet",
            "Mesut",
            "Kenan",
            "Ferhat",
            "Sedat",
            "Erol",
            "Yaşar",
            "Yakup",
            "Ümit",
            "Engin",
            "Barış",
            "Bekir",
            "Eren",
            "Bülent",
            "Cemal",
            "Erhan",
            "Faruk",
            "Özgür",
        ],
        "F": [
            "Dilek",
            "Melek",
            "Gamze",
            "Ebru",
            "Leyla",
            "Arzu",
            "Aysel",
            "Aynur",
            "Kübra",
            "Seda",
            "Sevda",
            "Eda",
            "Sema",
            "Burcu",
            "Serpil",
            "Semra",
            "Canan",
            "Bahar",
            "Buse",
            "Esma",
            "Rabia",
            "Serap",
            "Duygu",
            "Cansu",
            "Melike",
            "Emel",
            "Hanife",
            "Meral",
            "Ece",
            "Yağmur",
            "Betül",
            "Ceren",
            "Çiğdem",
            "Özge",
            "Seher",
            "Neslihan",
            "Damla",
            "Fadime",
            "Gönül",
            "Nurten",
        ],
        "S": [
            "Acar",
            "Özcan",
            "Güler",
            "Şen",
            "Işık",
            "Karaca",
            "Taş",
            "Yalçın",
            "Özer",
            "Duman",
            "Avcı",
            "Köse",
            "Yaman",
            "Mutlu",
            "Kartal",
            "Çiçek",
            "Aksu",
            "Altun",
            "Güngör",
            "Genç",
            "Çakmak",
            "Çoban",
            "Akın",
            "Aydemir",
            "Gümüş",
            "Karaman",
            "Güzel",
            "Küçük",
            "Çalışkan",
            "Gündüz",
            "Güven",
        ],
    },
    "PL": {
        "M": [
            "Marcin",
            "Michał",
            "Andrzej",
            "Damian",
            "Patryk",
            "Tomek",
            "Janusz",
            "Kuba",
            "Bartosz",
            "Wojtek",
            "Arkadiusz",
            "Konrad",
            "Leszek",
            "Stanisław",
            "Mirosław",
            "Michal",
            "Henryk",
        ],
        "F": [
            "Joanna",
            "Karolina",
            "Aleksandra",
            "Justyna",
            "Ania",
            "Sylwia",
            "Krystyna",
            "Elżbieta",
            "Patrycja",
            "Aneta",
            "Alicja",
            "Dominika",
            "Kamila",
            "Izabela",
            "Edyta",
            "Martyna",
            "Weronika",
            "Wiktoria",
            "Mariola",
            "Zofia",
            "Daria",
            "Wioletta",
            "Lucyna",
            "Marlena",
            "Elzbieta",
        ],
        "S": [
            "Kowalski",
            "Kowalska",
            "Sikora",
            "Wróbel",
            "Lewandowski",
            "Szewczyk",
            "Wilk",
            "Dąbrowska",
            "Baran",
            "Jankowska",
            "Marciniak",
            "Kwiatkowska",
            "Duda",
            "Pietrzak",
            "Lis",
            "Wojciechowska",
            "Kwiatkowski",
            "Mazurek",
            "Piotrowska",
            "Włodarczyk",
            "Michalska",
            "Janik",
            "Kowal",
            "Szulc",
            "Nowakowska",
            "Kołodziej",
            "Nowicka",
            "Szymczak",
            "Kaźmierczak",
            "Grabowski",
            "Malinowska",
            "Kowalik",
            "Kozak",
            "Olszewska",
            "Szczepaniak",
            "Nowicki",
            "Ostrowska",
            "Mróz",
            "Jarosz",
            "Jaworski",
            "Pawłowski",
            "Błaszczyk",
            "Jabłońska",
            "Majewski",
            "Markiewicz",
        ],
    },
    "BG": {
        "M": [
            "Petar",
            "Atanas",
            "Vasil",
            "Kiril",
            "Borislav",
            "Ivailo",
            "Aleksandar",
            "Veselin",
            "Radoslav",
            "Mihail",
            "Svetoslav",
            "Rosen",
            "Pavel",
            "Simeon",
            "Petko",
            "Kostadin",
            "Konstantin",
            "Stanimir",
            "Evgeni",
            "Kalin",
        ],
        "F": [
            "Galina",
            "Krasimira",
            "Violeta",
            "Hristina",
            "Ivelina",
            "Mariya",
            "Ivanka",
            "Albena",
            "Petia",
            "Antoaneta",
            "Vania",
            "Veselina",
            "Miglena",
            "Plamena",
            "Vanya",
            "Stela",
            "Polina",
        ],
        "S": [
            "Petrov",
            "Nikolov",
            "Hristova",
            "Vasilev",
            "Ilieva",
            "Atanasov",
            "Koleva",
            "Stefanova",
            "Yordanov",
            "Borisov",
            "Asenov",
            "Popov",
            "Borisova",
            "Kostov",
            "Dimov",
            "Dimova",
            "Asenova",
            "Simeonov",
            "Pavlova",
            "Kostadinova",
            "Kostova",
            "Simeonova",
            "Aleksandrov",
            "Aleksandrova",
            "Mitev",
            "Miteva",
            "Mihailov",
            "Mehmedova",
            "Dobrev",
            "Ahmedov",
        ],
    },
    "MD": {
        "M": [
            "Sergiu",
            "Alexandru",
            "Serghei",
            "Mihail",
            "Petru",
            "Vitalie",
            "Iurie",
            "Veaceslav",
            "Nicolai",
            "Anatolie",
            "Andrian",
            "Grigore",
            "Nicu",
            "Anatol",
            "Iulian",
            "Ghenadie",
            "Octavian",
            "Eugeniu",
            "Artiom",
        ],
        "F": [
            "Aliona",
            "Ecaterina",
            "Oxana",
            "Olesea",
            "Nadejda",
            "Liudmila",
            "Iulia",
            "Doina",
            "Zinaida",
            "Iana",
            "Iuliana",
            "Parascovia",
            "Anisoara",
            "Nelea",
        ],
        "S": [
            "Ceban",
            "Rotaru",
            "Cebotari",
            "Ursu",
            "Sirbu",
            "Turcan",
            "Cojocaru",
            "Grosu",
            "Rotari",
            "Rosca",
            "Cojocari",
            "Turcanu",
            "Morari",
            "Melnic",
            "Cazacu",
            "Botnari",
            "Russu",
            "Gutu",
            "Negru",
            "Muntean",
            "Cretu",
            "Plesca",
            "Popovici",
            "Bivol",
            "Burlacu",
            "Rusnac",
            "Josan",
            "Plamadeala",
            "Chiriac",
            "Railean",
            "Cebanu",
            "Botnaru",
            "Oprea",
            "Musteata",
            "Buga",
            "Guzun",
            "Tataru",
            "Golban",
            "Istrati",
            "Pascari",
            "Bulat",
            "Darii",
            "Raileanu",
            "Vieru",
            "Lisnic",
            "Cernei",
            "Baciu",
            "Frunze",
            "Spinu",
            "Cristea",
            "Graur",
            "Mereuta",
            "Stratan",
            "Postica",
            "Crudu",
            "Arnaut",
            "Vicol",
            "Mardari",
            "Alexei",
            "Cucu",
            "Grecu",
            "Macovei",
            "Croitoru",
            "Codreanu",
            "Virlan",
            "Pruteanu",
            "Ursachi",
            "Negara",
            "Vlas",
            "Cazac",
        ],
    },
    "SY": {
        "M": ["Mohamad", "Mohammad", "Samer", "Amer"],
        "F": [
            "Aya",
            "Abeer",
            "Eman",
            "Samar",
            "Hanan",
            "Maha",
            "Heba",
            "Manal",
            "Mona",
            "Nada",
            "Marah",
            "Walaa",
            "Fatema",
            "Malak",
            "Lana",
        ],
        "S": ["Deeb", "Issa", "Alali", "Yousef", "Abbas"],
    },
    "AF": {
        "M": [
            "Omid",
            "Ajmal",
            "Fahim",
            "Rohullah",
            "Ramin",
            "Samiullah",
            "Sahil",
            "Samim",
            "Asadullah",
            "Noorullah",
            "Milad",
            "Arash",
            "Shahzada",
            "Mansoor",
            "Tamim",
            "Qais",
            "Safiullah",
            "Zabiullah",
            "Basir",
            "Ehsan",
            "Murtaza",
            "Naweed",
            "Wahidullah",
            "Waheed",
            "Jawed",
        ],
        "F": [
            "Bahar",
            "Sadaf",
            "Sanam",
            "Yalda",
            "Neda",
            "Mahsa",
            "Asra",
            "Dunya",
            "Shadokht",
            "Arezo",
            "Morsal",
            "Ferdaws",
            "Setayesh",
            "Asal",
            "Zohal",
            "Narges",
            "Mahnaz",
            "Khatera",
        ],
        "S": [
            "Ahmadi",
            "Tanha",
            "Rahmani",
            "Habibi",
            "Sediqi",
            "Hamdard",
            "Amini",
            "Momand",
            "Hamidi",
            "Shirzad",
            "Zazai",
            "Sarwari",
            "Muradi",
            "Arman",
            "Ahmady",
            "Haidary",
            "Nabizada",
            "Hashemi",
            "Ibrahimi",
            "Rasooli",
        ],
    },
    "ET": {
        "M": [
            "Seid",
            "Jemal",
            "Biruk",
            "Kedir",
            "Mesfin",
            "Habtamu",
            "Girma",
            "Eshetu",
            "Ashenafi",
            "Tilahun",
            "Desalegn",
            "Bekele",
            "Belete",
            "Belay",
            "Tariku",
            "Dereje",
            "Endris",
            "Zerihun",
            "Alemu",
            "Biniyam",
            "Melese",
            "Yimam",
            "Tadesse",
            "Abera",
            "Teshome",
            "Fikadu",
            "Birhanu",
            "Hailu",
            "Getahun",
            "Tamirat",
            "Adisu",
            "Tamrat",
            "Getu",
            "Anteneh",
            "Addisu",
            "Endale",
            "Awol",
            "Yimer",
            "Alemayehu",
            "Ayele",
            "Moges",
            "Demeke",
            "Guta",
            "Muluken",
            "Worku",
            "Asfaw",
            "Mengistu",
            "Kasahun",
            "Dejene",
            "Mebratu",
            "Selemon",
            "Melkamu",
            "Assefa",
            "Terefe",
            "Tesfahun",
            "Girum",
            "Legese",
            "Feyisa",
            "Abdisa",
            "Shemsu",
            "Seifu",
            "Mesfen",
            "Kaleab",
            "Kidus",
            "Shambel",
            "Tarekegn",
            "Yesuf",
            "Gadisa",
            "Diriba",
            "Abebaw",
        ],
        "F": [
            "Bizuayehu",
            "Misgana",
            "Bezawit",
            "Fantaye",
            "Woinshet",
            "Alemtsehay",
            "Asres",
            "Sintayew",
            "Siifaan",
            "Medanit",
            "Yabsira",
            "Nimona",
            "Barite",
            "Emabet",
            "Tegst",
            "Weynshet",
            "Tizta",
            "Tenagne",
            "Mitslal",
            "Seblework",
            "Billisummaa",
            "Yemisrach",
            "Metasebia",
            "Mehalet",
            "Nolawit",
            "Hlina",
            "Anley",
            "Menber",
            "Caaltu",
            "Eshet",
            "Redet",
            "Abersh",
            "Yemata",
            "Mitike",
            "Obsinet",
            "Lidet",
            "Adisalem",
            "Tirunesh",
            "Meskele",
            "Minalu",
            "Zeynya",
            "Mieraf",
            "Fileembar",
            "Dajane",
            "Zinashe",
            "Urji",
            "Nurelah",
            "Fisum",
            "Yemesrach",
            "Wagaye",
            "Merdia",
            "Bilise",
            "Tsehaynesh",
        ],
        "S": [
            "Awel",
            "Gashaw",
            "Arega",
            "Gemechu",
            "Gizaw",
            "Adugna",
            "Kassaw",
            "Dinku",
            "Bedru",
            "Werku",
            "Dagne",
            "Nigatu",
            "Tamene",
            "Kibret",
            "Kadiir",
            "Muhe",
            "Wondimu",
            "Mehammed",
            "Kumsa",
            "Shimelis",
            "Asnake",
            "Sorsa",
            "Negussie",
            "Degefa",
            "Desalew",
            "Hayilu",
            "Mathewos",
            "Abayneh",
            "Bedada",
            "Gemeda",
            "Edao",
            "Akmel",
            "Demise",
            "Tegene",
            "Esayas",
            "Kefyalew",
            "Fenta",
            "Goshu",
            "Tadesa",
            "Detamo",
            "Dessie",
            "Regasa",
            "Teshale",
            "Muhye",
            "Ejigu",
            "Fentaw",
            "Aliyi",
            "Demse",
            "Nigusse",
            "Endeshaw",
            "Jirra",
            "Hordofa",
            "Fsha",
            "Sherefa",
            "Girmaa",
            "Tassew",
            "Tibebu",
            "Tamire",
            "Abdurehman",
            "Bizuneh",
            "Gosaye",
            "Seyfu",
            "Chanie",
            "Gobena",
            "Gugsa",
            "Yigezu",
        ],
    },
    "FR": {
        "M": [
            "Christophe",
            "Thierry",
            "Anthony",
            "Franck",
            "Didier",
            "Sylvain",
            "Frederic",
            "Mickael",
            "Fabien",
            "Ludovic",
            "Jacques",
            "Cyril",
            "Jeremy",
            "François",
            "Clément",
            "Frédéric",
            "Xavier",
            "Yann",
            "Tony",
            "Serge",
            "Patrice",
            "Matthieu",
        ],
        "F": [
            "Sandrine",
            "Camille",
            "Audrey",
            "Elodie",
            "Emilie",
            "Pauline",
            "Corinne",
            "Laetitia",
            "Karine",
            "Stéphanie",
            "Léa",
            "Lucie",
            "Nicole",
            "Sabrina",
            "Stephanie",
            "Françoise",
            "Chloé",
            "Justine",
            "Mélanie",
            "Fanny",
            "Morgane",
            "Nadine",
            "Fabienne",
            "Cathy",
            "Cécile",
            "Laure",
        ],
        "S": [
            "Petit",
            "Durand",
            "Leroy",
            "Sanchez",
            "Bertrand",
            "Legrand",
            "Fernandes",
            "Fournier",
            "Roux",
            "Mercier",
            "Blanc",
            "Bonnet",
            "Garnier",
            "Duval",
            "Perrin",
            "Roussel",
            "Faure",
            "Morin",
            "Gautier",
            "Joly",
            "Dufour",
            "Ndiaye",
            "Guerin",
            "Meunier",
            "Leroux",
        ],
    },
    "DE": {
        "M": [
            "Markus",
            "Sven",
            "Uwe",
            "Ralf",
            "Klaus",
            "Wolfgang",
            "Bernd",
            "Jörg",
            "Sascha",
            "Christoph",
            "Stephan",
            "Steffen",
            "Tim",
            "Philipp",
            "Chris",
            "Torsten",
            "Manfred",
            "Heiko",
            "Maik",
            "Holger",
            "Manuel",
            "Kai",
            "Mike",
            "Thorsten",
            "Rainer",
            "Fabian",
            "Felix",
            "Carsten",
            "Werner",
            "Timo",
            "Volker",
        ],
        "F": [
            "Nicole",
            "Petra",
            "Claudia",
            "Melanie",
            "Kerstin",
            "Nadine",
            "Tanja",
            "Susanne",
            "Manuela",
            "Sabrina",
            "Birgit",
            "Michaela",
            "Katharina",
            "Sonja",
            "Jenny",
            "Steffi",
            "Kathrin",
            "Ute",
            "Lena",
            "Stephanie",
            "Ulrike",
            "Franziska",
            "Beate",
            "Michelle",
            "Heidi",
            "Janine",
            "Doris",
            "Jutta",
            "Antje",
            "Regina",
        ],
        "S": [
            "Weber",
            "Richter",
            "Koch",
            "Bauer",
            "Schröder",
            "Neumann",
            "Meier",
            "Schwarz",
            "Lange",
            "Braun",
            "Krause",
            "Lehmann",
            "Hartmann",
            "Schulze",
            "Hofmann",
            "Schmitt",
            "König",
            "Peters",
            "Maier",
            "Kaiser",
            "Herrmann",
            "Köhler",
            "Fuchs",
            "Mayer",
            "Scholz",
            "Berger",
            "Schmid",
            "Schubert",
            "Huber",
            "Weiß",
            "Winkler",
            "Lorenz",
            "Franke",
            "Hahn",
            "Keller",
            "Albrecht",
            "Baumann",
            "Ludwig",
            "Schumacher",
            "Schuster",
            "Brandt",
            "Heinrich",
            "Hansen",
            "Seidel",
            "Kraus",
            "Böhm",
            "Schreiber",
            "Voigt",
        ],
    },
    "IT": {
        "M": [
            "Andrea",
            "Paolo",
            "Salvatore",
            "Davide",
            "Daniele",
            "Lorenzo",
            "Claudio",
            "Domenico",
            "Franco",
            "Riccardo",
            "Carlo",
            "Pietro",
            "Federico",
            "Gabriele",
            "Gianluca",
            "Giorgio",
            "Gianni",
            "Fabrizio",
            "Enrico",
            "Mattia",
            "Emanuele",
            "Raffaele",
            "Sergio",
            "Filippo",
            "Giacomo",
            "Massimiliano",
            "Gaetano",
            "Dario",
            "Carmine",
            "Manuel",
            "Tommaso",
            "Piero",
            "Ciro",
            "Giancarlo",
            "Marcello",
            "Vittorio",
            "Valerio",
            "Giulio",
            "Gennaro",
            "Carmelo",
            "Rocco",
            "Antonino",
            "Gianfranco",
        ],
        "F": [
            "Antonella",
            "Giulia",
            "Chiara",
            "Paola",
            "Alessandra",
            "Federica",
            "Patrizia",
            "Alessia",
            "Giovanna",
            "Monica",
            "Claudia",
            "Michela",
            "Sabrina",
            "Ilaria",
            "Giorgia",
            "Tiziana",
            "Giusy",
            "Eleonora",
            "Veronica",
            "Carmela",
            "Caterina",
            "Luisa",
            "Emanuela",
            "Serena",
            "Manuela",
            "Carla",
            "Elisabetta",
            "Annamaria",
            "Silvana",
            "Rossella",
            "Rosanna",
            "Katia",
            "Grazia",
            "Arianna",
            "Annalisa",
            "Giada",
            "Antonietta",
            "Rosaria",
            "Marianna",
            "Margherita",
            "Adriana",
        ],
        "S": [
            "Rossi",
            "Russo",
            "Esposito",
            "Ferrari",
            "Marino",
            "Bianchi",
            "Greco",
            "Giordano",
            "Gallo",
            "Rizzo",
            "Ricci",
            "Caruso",
            "Ferrara",
            "Santoro",
            "Colombo",
            "Mancini",
            "Vitale",
            "Coppola",
            "Dangelo",
            "Conti",
            "Amato",
            "Conte",
            "Longo",
            "Messina",
            "Lombardo",
            "Gentile",
            "Parisi",
            "Fiore",
            "Bianco",
            "Palumbo",
            "Serra",
            "Rinaldi",
            "Fontana",
            "Ferraro",
            "Grasso",
            "Caputo",
            "Sorrentino",
            "Moretti",
            "Barone",
            "Carbone",
            "Basile",
            "Sanna",
            "Damico",
            "De Santis",
            "Romeo",
            "Pagano",
            "Orlando",
            "Martini",
            "Ruggiero",
            "Barbieri",
            "Mariani",
            "De Angelis",
            "Martinelli",
            "Piras",
            "Marini",
            "Fusco",
            "Ferri",
            "Morelli",
            "Dagostino",
            "Catalano",
            "Palmieri",
            "Garofalo",
            "Farina",
            "Calabrese",
            "Galli",
            "Mazza",
            "Napolitano",
            "Silvestri",
            "Pinna",
            "Cirillo",
            "Marchetti",
            "Battaglia",
            "Costanzo",
            "Valente",
        ],
    },
    "ES": {
        "M": [
            "Juan",
            "Manuel",
            "Carlos",
            "Sergio",
            "Jesus",
            "Pablo",
            "Paco",
            "Raul",
            "Victor",
            "Juan Carlos",
            "Javi",
            "Vicente",
            "Eduardo",
            "Andres",
            "Jaime",
            "Ricardo",
            "Jesús",
            "Emilio",
            "Santiago",
            "Joaquin",
            "Manolo",
            "Juan Manuel",
            "Salvador",
            "Josep",
            "Guillermo",
            "Gonzalo",
            "Ignacio",
        ],
        "F": [
            "Isabel",
            "Pilar",
            "Yolanda",
            "Mari",
            "Susana",
            "Antonia",
            "Loli",
            "Paqui",
            "Nuria",
            "Lola",
            "Montse",
            "Alicia",
            "Monica",
            "Noelia",
            "Maribel",
            "Angeles",
            "Amparo",
            "Gloria",
            "Carolina",
            "Claudia",
            "Marisa",
            "Maite",
            "Veronica",
            "Victoria",
            "Luisa",
            "Gema",
            "Nerea",
            "Belen",
            "Manuela",
            "Begoña",
        ],
        "S": [
            "Gonzalez",
            "Sanchez",
            "Ruiz",
            "Moreno",
            "Jimenez",
            "González",
            "Romero",
            "Alvarez",
            "Sánchez",
            "Alonso",
            "Gutierrez",
            "Morales",
            "Ramirez",
            "Molina",
            "Serrano",
            "Blanco",
            "Dominguez",
            "Ortega",
            "Ortiz",
            "Delgado",
            "Jiménez",
            "Medina",
            "Vazquez",
            "Suarez",
            "Sanz",
            "Guerrero",
            "Garrido",
            "Lozano",
            "Cortes",
            "Iglesias",
            "Santana",
            "Cano",
            "Mendez",
            "Gallego",
            "Nuñez",
            "Carrasco",
            "Vidal",
            "Caballero",
            "Montero",
            "Carmona",
            "Ferrer",
            "Nieto",
            "Lorenzo",
            "Rivera",
            "Gutiérrez",
        ],
    },
    "CM": {
        "M": [
            "Serge",
            "Franck",
            "Rodrigue",
            "Thierry",
            "Bertrand",
            "Francis",
            "Aboubakar",
            "Brice",
            "Oumarou",
            "Adamou",
            "Steve",
            "Yaya",
            "Martial",
            "Amadou",
            "Armand",
            "Hamadou",
            "Mohamadou",
            "Jacques",
            "Herve",
            "Patrice",
            "Romeo",
            "Ernest",
            "Armel",
            "Bouba",
            "François",
            "Ulrich",
            "Raoul",
            "Francois",
            "Abdoulaye",
            "Issa",
            "Donald",
            "Mahamat",
            "Simplice",
            "Augustin",
            "Aristide",
        ],
        "F": [
            "Sandrine",
            "Carine",
            "Solange",
            "Flore",
            "Nadine",
            "Laure",
            "Diane",
            "Pauline",
            "Jeanne",
            "Clarisse",
            "Edwige",
            "Suzanne",
            "Yolande",
            "Audrey",
            "Liliane",
            "Francine",
            "Kevine",
            "Lydie",
            "Sidonie",
            "Justine",
            "Fadimatou",
            "Germaine",
            "Pascaline",
            "Cecile",
            "Victorine",
            "Ariane",
            "Lucie",
            "Honorine",
            "Pelagie",
        ],
        "S": [
            "Ngono",
            "Nana",
            "Kengne",
            "Fotso",
            "Kenfack",
            "Dongmo",
            "Kamdem",
            "Kamga",
            "Atangana",
            "Njoya",
            "Tchinda",
            "Manga",
            "Mengue",
            "Talla",
            "Kenne",
            "Kameni",
            "Onana",
            "Mballa",
            "Ndongo",
            "Mbarga",
            "Amougou",
            "Mvondo",
            "Essomba",
            "Fokou",
            "Nsangou",
            "Oumar",
            "Tsafack",
            "Ngah",
            "Donfack",
            "Bello",
            "Fouda",
            "Wandji",
            "Meli",
            "Mba",
            "Mbida",
            "Owona",
            "Belinga",
            "Tsague",
            "Tagne",
            "Fotsing",
            "Ateba",
            "Ousmanou",
            "Eyenga",
            "Mbah",
            "Fosso",
            "Hamidou",
            "Etoundi",
            "Djomo",
            "Toukam",
            "Maffo",
            "Ayissi",
            "Kouam",
            "Ahmadou",
            "Kuete",
            "Ngassa",
            "Mvogo",
            "Takam",
            "Wamba",
            "Fopa",
            "Ndam",
            "Soh",
            "Biloa",
            "Tchoffo",
            "Nde",
            "Douanla",
            "Akono",
            "Ewane",
        ],
    },
    "BI": {
        "M": [
            "Egide",
            "Nshimirimana",
            "Hakizimana",
            "Ndayishimiye",
            "Nduwimana",
            "Niyonkuru",
            "Bigirimana",
            "Mugisha",
            "Ndikumana",
            "Janvier",
            "Donatien",
            "Pacifique",
            "Désiré",
            "Manirakiza",
            "Nizigiyimana",
            "Nkurunziza",
            "Claver",
            "Nzeyimana",
            "Niyonzima",
            "Fulgence",
            "Havyarimana",
            "Ndayisenga",
            "Nsabimana",
            "Nsengiyumva",
            "Anicet",
            "Aimable",
            "Sylvestre",
            "Philbert",
            "Reverien",
            "Salvator",
            "Parfait",
            "Evariste",
            "Manirambona",
            "Onesphore",
            "Bukuru",
            "Bizimana",
            "Ildephonse",
            "Niyongabo",
            "Audace",
            "Godefroid",
            "Athanase",
            "Ezechiel",
            "Nimubona",
            "Ndagijimana",
            "Chadrack",
            "Adolphe",
            "Cyriaque",
            "Tharcisse",
            "Appolinaire",
            "Didace",
            "Ndayizeye",
            "Habonimana",
            "Djuma",
            "Bonaventure",
            "Arcade",
            "Ndayiragije",
            "Nduwayo",
            "Melance",
            "Ndayisaba",
            "Amissi",
            "Minani",
            "Shabani",
            "Faustin",
            "Jérémie",
            "Aloys",
            "Cyprien",
            "Leonce",
        ],
        "F": [
            "Irakoze",
            "Joselyne",
            "Kwizera",
            "Esperance",
            "Uwimana",
            "Emelyne",
            "Belyse",
            "Nahimana",
            "Goreth",
            "Akimana",
            "Munezero",
            "Irankunda",
            "Iradukunda",
            "Kaneza",
            "Benigne",
            "Espérance",
            "Nininahazwe",
            "Mediatrice",
            "Adidja",
            "Ciza",
            "Donavine",
            "Igiraneza",
            "Vestine",
            "Floride",
            "Pascasie",
            "Christella",
            "Ingabire",
            "Nishimwe",
            "Hatungimana",
            "Kamikazi",
            "Felicite",
            "Kamariza",
            "Félicité",
            "Gloriose",
            "Ntakarutimana",
            "Niyongere",
            "Daphrose",
            "Ndayikeza",
            "Médiatrice",
            "Mpawenimana",
            "Kanyange",
            "Muhimpundu",
            "Noëlla",
            "Nicaise",
            "Concilie",
            "Amissa",
            "Anniella",
            "Mwajuma",
            "Nijimbere",
            "Miburo",
            "Consolate",
            "Esperence",
            "Uwamahoro",
            "Immaculée",
            "Speciose",
            "Iteriteka",
            "Annonciate",
            "Bélyse",
            "Josélyne",
            "Bénigne",
            "Mukeshimana",
            "Nitunga",
            "Nibigira",
            "Lyse",
            "Candide",
            "Uwase",
            "Suavis",
            "Menedore",
            "Kankindi",
            "Joyeuse",
            "Guillaine",
        ],
        "S": [
            "Ndihokubwayo",
            "Irambona",
            "Nkunzimana",
            "Niyomwungere",
            "Ntakirutimana",
            "Ishimwe",
            "Ndayikengurukiye",
            "Nimbona",
            "Butoyi",
            "Harerimana",
            "Niyonsaba",
            "Ndikuriyo",
            "Ngendakumana",
            "Arakaza",
            "Rukundo",
            "Nyandwi",
            "Dusabe",
            "Niyungeko",
            "Nduwayezu",
            "Bukeyeneza",
            "Habarugira",
            "Dushime",
            "Nzambimana",
            "Nkeshimana",
            "Niyuhire",
            "Nahayo",
            "Bimenyimana",
            "Niyonizigiye",
            "Sibomana",
            "Sindayigaya",
            "Ininahazwe",
            "Ntirampeba",
            "Niragira",
            "Gahimbare",
            "Bucumi",
            "Nzisabira",
            "Ahishakiye",
            "Ndereyimana",
            "Ngendakuriyo",
            "Iteka",
            "Ndizeye",
            "Nibitanga",
            "Inamahoro",
        ],
    },
    "DJ": {
        "M": [
            "Houssein",
            "Mahamoud",
            "Abdourahman",
            "Djama",
            "Yacin",
            "Houmed",
            "Awaleh",
            "Choukri",
            "Aboubaker",
            "Mouktar",
            "Robleh",
            "Souleiman",
            "Abdoulkader",
            "Yahye",
            "Gouled",
            "Ayanleh",
            "Abdirazak",
            "Abdilahi",
            "Bouh",
            "Warsama",
            "Abdourazak",
            "Khaireh",
            "Roble",
            "Eleyeh",
            "Abdisalam",
            "Ahadi",
            "Loukman",
            "Dabaleh",
            "Waberi",
            "Nassah",
            "Cilmi",
            "Hemeda",
            "Darar",
            "Hared",
            "Abdirachid",
            "Souheib",
            "Sougueh",
            "Yabeh",
            "Assoum",
            "Abiib",
            "Guelleh",
            "Barkad",
            "Abdichakour",
            "Souber",
            "Moustafe",
            "Abdourachid",
            "Merito",
            "Farxan",
            "Yarka",
            "Ediris",
            "Abdihakin",
            "Mouhyadine",
            "Nimcan",
            "Mahami",
            "Abchir",
            "Moursal",
            "Mudan",
            "Bouraleh",
            "Nawdar",
            "Absieh",
            "Idleh",
        ],
        "F": [
            "Fatouma",
            "Deka",
            "Neima",
            "Kadra",
            "Nasteho",
            "Bilan",
            "Saredo",
            "Habon",
            "Soumeya",
            "Oubah",
            "Fardoussa",
            "Araksan",
            "Kadiga",
            "Kafia",
            "Deksan",
            "Nimca",
            "Habone",
            "Marwo",
            "Fardousa",
            "Ayane",
            "Kaltoun",
            "Mahado",
            "Nagad",
            "Oumalkaire",
            "Roukia",
            "Degan",
            "Istahil",
            "Arafo",
            "Aragsan",
            "Malyoun",
            "Ilwad",
            "Moumina",
            "Barwaqo",
            "Raxma",
            "Souleika",
            "Fadxiya",
            "Xawa",
            "Raliya",
            "Ralia",
            "Xaawa",
            "Iftin",
            "Madino",
            "Anshaa",
            "Ilsan",
            "Sacada",
            "Fatouma Ayan",
            "Ladanita",
            "Roukiya",
            "Nafta",
            "Bilane",
            "Haweya",
            "Saada Siman",
            "Helane",
            "Soureya",
            "Souleka",
            "Kaltoune",
            "Amansan",
            "Bahsan",
            "Inab",
            "Habsan",
        ],
        "S": [
            "Youssouf",
            "Moumin",
            "Maxamad",
            "Waiss",
            "Bahdon",
            "Bogoreh",
            "Doualeh",
            "Assoweh",
            "Egueh",
            "Rayaleh",
            "Okieh",
            "Miguil",
            "Atteyeh",
            "Kayad",
            "Adaweh",
            "Arreh",
            "Iltireh",
            "Aouled",
            "Dirir",
            "Dirieh",
            "Adoyta",
            "Chireh",
            "Bileh",
            "Meraneh",
            "Douksieh",
            "Moumine",
            "Ateyeh",
            "Barreh",
            "Obsiye",
            "Houssein Robleh",
        ],
    },
    "AL": {
        "M": [
            "Andi",
            "Altin",
            "Klajdi",
            "Agim",
            "Fatmir",
            "Fatjon",
            "Ervis",
            "Ermal",
            "Arjan",
            "Astrit",
            "Erjon",
            "Erion",
            "Shpetim",
            "Saimir",
            "Bashkim",
            "Bledar",
            "Ardian",
            "Klevis",
            "Enea",
            "Indrit",
            "Erald",
            "Olsi",
            "Edison",
            "Aurel",
            "Armand",
            "Mariglen",
            "Jona",
            "Tani",
            "Flamur",
            "Klodian",
            "Aleks",
            "Fatos",
            "Emiljano",
            "Igli",
            "Redi",
            "Gerti",
            "Skender",
            "Landi",
            "Kastriot",
            "Fredi",
            "Mondi",
            "Lulzim",
            "Pellumb",
            "Genci",
        ],
        "F": [
            "Kristi",
            "Ina",
            "Anila",
            "Flori",
            "Anxhela",
            "Elona",
            "Anisa",
            "Shpresa",
            "Vjollca",
            "Majlinda",
            "Klea",
            "Luljeta",
            "Ornela",
            "Merita",
            "Megi",
            "Jonida",
            "Sonila",
            "Suela",
            "Aferdita",
            "Alda",
            "Era",
            "Dhurata",
            "Liljana",
            "Dorina",
            "Xheni",
            "Alketa",
            "Nertila",
            "Enxhi",
            "Jeta",
            "Entela",
            "Brunilda",
            "Edlira",
            "Marjo",
            "Ilda",
            "Visi",
            "Manjola",
            "Ermira",
            "Lori",
            "Mandi",
            "Marsela",
            "Suzana",
            "Migena",
            "Eda",
            "Etleva",
            "Pranvera",
            "Bardha",
            "Fatbardha",
            "Moza",
            "Keli",
        ],
        "S": [
            "Marku",
            "Cela",
            "Kola",
            "Muca",
            "Kurti",
            "Gjoka",
            "Lleshi",
            "Sula",
            "Hysa",
            "Gjoni",
            "Balla",
            "Elezi",
            "Lika",
            "Leka",
            "Koci",
            "Mema",
            "Hasa",
            "Cani",
            "Gjini",
            "Halili",
            "Sinani",
            "Prifti",
            "Duka",
            "Murati",
            "Hoxhaj",
            "Toska",
            "Spahiu",
            "Karaj",
            "Gega",
            "Deda",
            "Aliaj",
            "Bardhi",
            "Doda",
            "Bushi",
            "Zeneli",
            "Malaj",
            "Sina",
            "Tafa",
            "Domi",
            "Prenga",
            "Bregu",
            "Kodra",
            "Beqiri",
            "Xhafa",
            "Arapi",
            "Sulaj",
            "Hyka",
            "Nikolli",
            "Prendi",
            "Balliu",
            "Shehi",
            "Doci",
            "Kasa",
            "Ndoj",
            "Agolli",
            "Pjetri",
            "Tabaku",
            "Isufi",
            "Shabani",
            "Gjergji",
            "Shahini",
            "Stafa",
            "Ismaili",
            "Gjata",
            "Hyseni",
            "Pepa",
            "Koka",
            "Guri",
            "Dema",
            "Kuka",
            "Hidri",
            "Mucaj",
            "Ndreu",
            "Plaku",
            "Dani",
            "Lami",
            "Zefi",
            "Muka",
            "Shehaj",
        ],
    },
}

# --- streets (own, hand-written; Flemish and Brussels) ---
STREETS = """
Kerkstraat
Molenstraat
Stationsstraat
Nieuwstraat
Dorpsstraat
Schoolstraat
Beukenlaan
Lindenlaan
Kastanjelaan
Brugsesteenweg
Gentsesteenweg
Antwerpsesteenweg
Mechelsesteenweg
Leuvensesteenweg
Kortrijksesteenweg
Marktplein
Sint-Pietersplein
Dambruggestraat
Kruidtuinlaan
Vlasmarkt
Koolkaai
Veldstraat
Ververijstraat
Brabantdam
Oudburg
Wondelgemstraat
Sleepstraat
Rabotstraat
Kolenhaven
Dokstraat
Kapelsesteenweg
Turnhoutsebaan
Carnotstraat
Diepestraat
Lange Beeldekensstraat
Pothoekstraat
Kiel
Abdijstraat
Sint-Bernardsesteenweg
Boomsesteenweg
Ringlaan
Heidestraat
Zandstraat
Bosstraat
Hoogstraat
Leopoldlaan
Groenstraat
Vijverdreef
Eikendreef
Berkenhof
Weverij
Spoorweglaan
Kanaalkaai
Vaartkaai
Havenlaan
Begijnenvest
Schapenvest
Hoeveweg
Broekweg
Meersweg
Kouterbaan
Liersebaan
Aarschotsesteenweg
Tiensestraat
Diestsevest
Naamsesteenweg
Bergstraat
Kloosterstraat
Smedenstraat
Wolvenpad
Jaagpad
Torenhof
Koningin Astridlaan
Albertlaan
Zuidlaan
Frans Van Cauwelaertlaan
Sint-Jansplein
Paleizenstraat
Rue de Ribaucourt
Chaussée de Gand
Rue Vandenpeereboom
Avenue Brugmann
Chaussée d'Helmet
Rue Gallait
Rue du Progrès
Sint-Jans-Molenbeekstraat
Ninoofsesteenweg
Haachtsesteenweg
Bergensesteenweg
Vooruitgangstraat
Gallaitstraat
Waterloosesteenweg
Lakenstraat
Hoogstraatje
Vismijn
Lange Lozanastraat
Muizenhof
Rozenpad
Kapellekensbaan
Herentalsebaan
Grote Markt
Vrijdagmarkt
Oude Vest
""".split("\n")

# postcode, municipality as people write it
PLACES = """
9000|Gent
9040|Sint-Amandsberg
9050|Gentbrugge
9030|Mariakerke
9032|Wondelgem
2000|Antwerpen
2060|Antwerpen
2100|Deurne
2140|Borgerhout
2660|Hoboken
2170|Merksem
2600|Berchem
2800|Mechelen
3000|Leuven
3010|Kessel-Lo
3500|Hasselt
3600|Genk
3580|Beringen
3900|Pelt
8000|Brugge
8200|Sint-Andries
8400|Oostende
8500|Kortrijk
8800|Roeselare
8900|Ieper
8700|Tielt
9100|Sint-Niklaas
9200|Dendermonde
9300|Aalst
9400|Ninove
9500|Geraardsbergen
9600|Ronse
9160|Lokeren
9900|Eeklo
9700|Oudenaarde
2300|Turnhout
2400|Mol
2200|Herentals
2500|Lier
2640|Mortsel
2900|Schoten
1800|Vilvoorde
1700|Dilbeek
1500|Halle
3300|Tienen
3200|Aarschot
3290|Diest
1000|Brussel
1080|Sint-Jans-Molenbeek
1030|Schaarbeek
1210|Sint-Joost-ten-Node
1070|Anderlecht
1081|Koekelberg
1190|Vorst
1020|Laken
1060|Sint-Gillis
1080|Molenbeek
""".split("\n")

# organisations and services (never labelled)
ORGS = """
het OCMW
het Sociaal Huis
CAW Oost-Vlaanderen
CAW Antwerpen
CAW Limburg
het CLB
Kind en Gezin
het Huis van het Kind
de voedselbank
het buurthuis
de wijkgezondheidsdienst
het wijkgezondheidscentrum
de sociale huisvestingsmaatschappij
het Vlaams Woningfonds
het energieloket
het OCMW-loket
de mutualiteit
de vakbond
de VDAB
de dienst schuldbemiddeling
Samenlevingsopbouw
het JAC
het straathoekwerk
het Rode Kruis
Sint-Vincentius
de Vincentiusvereniging
Huize Sint-Jozef
WZC Heilig Hart
het Digipunt
de bib
De Lijn
de dienst Welzijn
het Agentschap Integratie en Inburgering
Fedasil
de Dienst Vreemdelingenzaken
het Sociaal Verhuurkantoor
de huurdersbond
Fluvius
de netbeheerder
het lokaal bestuur
de stedelijke basisschool
het kinderdagverblijf
het inloopteam
Vluchtelingenwerk Vlaanderen
het Centrum Algemeen Welzijnswerk
de jeugddienst
het dagcentrum
de thuiszorgdienst
Wijk-Werken
het sociaal restaurant
""".split("\n")

# --- clean signal sentences per theme (no personal data). Lines starting with a space continue the entry above. ---
# sections: "== theme/part" where part is problem (the structural issue), case (an anonymous example), ask (a request)
CLEAN_SENTENCES = """
== wonen/problem
We zien steeds meer gezinnen die meer dan de helft van hun inkomen aan huur kwijt zijn.
De wachtlijst voor een sociale woning in {gem} loopt intussen op tot meer dan {jaren} jaar.
Verhuurders vragen bij bezichtigingen vaak meteen naar loonfiches, wie een leefloon heeft valt zo af.
In de wijk rond de {straat} staan verschillende panden te koop die als kamerwoning verhuurd worden, vaak in slechte
 staat.
Schimmel en vocht blijven een groot probleem in oudere huurwoningen, ook bij gezinnen met jonge kinderen.
Er is geen enkele noodwoning meer vrij in {gem}, mensen die uit huis gezet worden kunnen nergens terecht.
De huurpremie wordt pas uitbetaald na jaren op de wachtlijst, terwijl de nood nu is.
Sinds {datum} krijgen we meer vragen van huurders die een opzeg kregen omdat de eigenaar wil renoveren.
Het aantal uithuiszettingen dat bij ons gemeld wordt, is dit jaar bijna verdubbeld.
== wonen/case
Vorige week meldde zich een mama met drie kinderen die al twee maanden op de bank bij een vriendin slaapt.
Een oudere man in ons dossier woont in een huis zonder werkende verwarming, de eigenaar reageert niet meer.
We begeleiden een gezin van {n} personen dat in een studio van 30 m² woont.
Een jonge twintiger die uit de jeugdhulp kwam, vindt geen enkele verhuurder die hem wil.
Een koppel met een baby kreeg na een brandje geen herhuisvesting, ze zitten nu in een hotel op kosten van het OCMW.
== wonen/ask
Kan de stad bekijken of er meer doorgangswoningen kunnen komen?
Graag een overleg met de woonwinkel en de sociale huisvestingsmaatschappij hierover.
Kan de conformiteitscontrole strenger en sneller ingezet worden bij klachten over schimmel?
== energie/problem
De voorschotfacturen voor gas en elektriciteit blijven voor veel gezinnen onbetaalbaar, ook nu de prijzen wat gezakt
 zijn.
Steeds meer mensen krijgen een budgetmeter zonder dat iemand hen uitlegt hoe die werkt.
Het sociaal tarief wordt niet automatisch toegekend aan iedereen die er recht op heeft.
We zien mensen die in de winter in één kamer leven om de verwarming te sparen.
De eindafrekening valt soms honderden euro hoger uit dan verwacht, mensen schrikken zich een hoedje.
Energiescans komen er vooral bij eigenaars, huurders met een slecht geïsoleerde woning vallen uit de boot.
== energie/case
Een alleenstaande man met een invaliditeitsuitkering kreeg een eindafrekening van {bedrag:600-3200} en weet niet
 hoe hij dat
 moet betalen.
Een gezin in ons dossier zit al drie weken zonder gas omdat de budgetmeter niet opgeladen raakte.
Een oudere dame durft de verwarming niet meer aan te zetten uit schrik voor de factuur.
== energie/ask
Kan het OCMW de stookoliepremie breder bekendmaken?
Graag aandacht voor een vast aanspreekpunt bij de netbeheerder voor hulpverleners.
== schulden/problem
Incassobureaus rekenen voor een factuur van een paar tientjes soms honderden euro aan kosten.
De wachttijd voor schuldbemiddeling bij het OCMW is opgelopen tot {n} maanden.
Mensen in collectieve schuldenregeling houden na alle afhoudingen amper leefgeld over.
We zien jonge mensen die schulden maken via 'koop nu, betaal later' apps zonder het goed te beseffen.
Gerechtsdeurwaarders komen langs voor schulden bij de school of de kinderopvang, dat loopt snel op.
Veel mensen openen brieven van schuldeisers niet meer uit schrik, en zo worden kleine schulden grote schulden.
== schulden/case
Een jonge vader had een schuld van {bedrag:300-2400} bij een telecomoperator die door kosten en intresten
 verdrievoudigd is.
Een gepensioneerde vrouw betaalt al jaren af op een lening die ze aanging voor haar zoon.
We begeleiden een gezin waarvan het loon voor een groot deel in beslag genomen wordt, er blijft te weinig over voor
 eten.
== schulden/ask
Kan de stad afspraken maken met de incassobureaus waarmee ze zelf samenwerkt?
Graag een signaal naar Vlaanderen over de kosten die op kleine schulden aangerekend worden.
Het zou helpen als er een laagdrempelig spreekuur rond schulden komt in het buurthuis.
== onderwijs/problem
De schoolfacturen lopen in het secundair op tot honderden euro per jaar, vooral in technische richtingen.
Ouders die geen Nederlands spreken, missen veel informatie omdat de school alles via een app communiceert.
Steeds meer leerlingen komen zonder ontbijt naar school.
Schoolreizen en uitstappen worden niet betaald, waardoor kinderen thuisblijven op die dagen.
Het inschrijvingssysteem voor het secundair is voor veel ouders te ingewikkeld, ze missen de deadlines.
De wachtlijsten voor het buitengewoon onderwijs zijn lang, kinderen blijven maandenlang thuis.
Leerlingen zonder laptop kunnen hun taken niet maken nu bijna alles online moet.
== onderwijs/case
Een leerling van het vierde middelbaar blijft al weken thuis omdat de ouders de werkkledij voor de stage niet kunnen
 betalen.
Een meisje van {kleeft} jaar mist regelmatig de eerste lesuren omdat ze haar broertjes naar school moet brengen.
Een gezin kreeg een aangetekende brief van een incassobureau voor een schoolfactuur van {bedrag:90-700}.
== onderwijs/ask
Kan er op niveau van de scholengemeenschap een maximumfactuur komen voor het secundair?
Graag overleg met de scholen over hoe ze ouders bereiken die geen smartphone hebben.
== kinderopvang/problem
Er is in {gem} bijna geen opvang met een inkomenstarief meer vrij.
Ouders die een opleiding willen volgen, vinden geen opvang en moeten de opleiding dan laten schieten.
De kinderopvang vraagt een voorschot bij inschrijving, voor gezinnen met een laag inkomen is dat een drempel.
Flexibele opvang voor ouders met wisselende uren of nachtwerk bestaat bijna niet.
Sinds de nieuwe inschrijvingsregels krijgen werkende ouders voorrang, gezinnen in armoede vallen vaker uit de boot.
== kinderopvang/case
Een alleenstaande mama kon een job als poetshulp niet aannemen omdat ze geen opvang vond voor haar dochtertje van
 één jaar.
Een gezin staat al sinds de zwangerschap op de wachtlijst bij drie kinderdagverblijven.
== kinderopvang/ask
Kan het Huis van het Kind een aantal plaatsen reserveren voor urgente situaties?
Graag een overzicht van de plaatsen met inkomenstarief per deelgemeente.
== gezondheid/problem
Steeds meer huisartsenpraktijken in {gem} nemen geen nieuwe patiënten meer aan.
De wachttijd bij het CGG is opgelopen tot {n} maanden, ook voor jongeren in crisis.
Tandzorg wordt uitgesteld omdat mensen het remgeld niet kunnen voorschieten.
Mensen zonder mutualiteit kunnen nergens terecht behalve op spoed.
Medicatie die niet terugbetaald wordt, laten mensen gewoon liggen bij de apotheek.
Na een ziekenhuisopname worden kwetsbare mensen naar huis gestuurd zonder dat er thuiszorg geregeld is.
Psychologische hulp via de eerstelijnspsycholoog is goedkoop, maar bijna niemand kent het.
== gezondheid/case
Een man van {leeftijd} met diabetes stopte met zijn insuline omdat hij die niet meer kon betalen.
Een jonge vrouw met zware psychische klachten staat op drie wachtlijsten en krijgt nergens hulp.
Een kind in ons aanbod heeft al een half jaar kiespijn, de ouders vinden geen tandarts die hen wil helpen.
== gezondheid/ask
Kan de stad een overzicht maken van de huisartsen die nog nieuwe patiënten aannemen?
Graag aandacht voor de derdebetalersregeling bij tandartsen in onze regio.
== mobiliteit/problem
Sinds De Lijn de lijn naar het industrieterrein heeft ingekort, raken mensen zonder auto niet meer op hun werk.
Vanuit de deelgemeenten is er 's avonds en in het weekend nauwelijks openbaar vervoer.
Het Vervoer op Maat is moeilijk te boeken, je moet een dag op voorhand bellen en de lijn is vaak bezet.
Voor mensen met een rolstoel zijn veel haltes in {gem} niet toegankelijk.
Een busabonnement is voor jongeren vanaf 25 jaar te duur, ze gaan dan zwartrijden en krijgen boetes.
== mobiliteit/case
Een jonge vrouw moest een job in ploegendienst weigeren omdat er om vijf uur 's ochtends geen bus rijdt.
Een oudere man mist zijn afspraken in het ziekenhuis omdat de belbus vol zit.
== mobiliteit/ask
Kan de vervoerregio bekijken of er een avondverbinding kan komen vanuit de deelgemeenten?
Graag een aanspreekpunt voor hulpverleners bij de Mobipunt-werking.
== digitaal/problem
Sinds de bank het kantoor in {gem} gesloten heeft, kunnen oudere mensen nergens meer geld afhalen of
 overschrijvingen doen.
Veel diensten werken alleen nog op afspraak via een website, wie geen computer heeft staat buiten.
Itsme is voor veel van onze bezoekers een grote drempel, zonder smartphone lukt het niet.
Het Digipunt is maar twee voormiddagen per week open, dat is te weinig.
Mensen krijgen hun post van de overheid in de eBox en zien belangrijke brieven niet.
Formulieren voor de studietoelage en de groeipakketten zijn bijna alleen nog online in te vullen.
== digitaal/case
Een oudere vrouw miste een huurpremie omdat de brief in haar digitale brievenbus zat en ze daar niet aan kan.
Een vader met beperkte schrijfvaardigheid vraagt ons wekelijks om zijn mails van de VDAB te lezen.
== digitaal/ask
Kan er aan elk loket een papieren alternatief blijven?
Graag ruimere openingsuren voor het Digipunt, bijvoorbeeld ook op een avond.
== verblijf/problem
De wachttijden bij de Dienst Vreemdelingenzaken zijn zo lang dat mensen hun job verliezen omdat hun verblijfskaart
 vervallen is.
Mensen zonder wettig verblijf durven niet naar de dokter uit schrik om opgepakt te worden.
Dringende medische hulp aanvragen via het OCMW duurt weken, terwijl de zorg dringend is.
Gezinnen met een lopende aanvraag gezinshereniging zitten maanden zonder inkomen.
Er zijn te weinig plaatsen in de lessen Nederlands als tweede taal, de wachtlijst bij het Huis van het Nederlands is
 lang.
Erkende vluchtelingen moeten het opvangcentrum binnen twee maanden verlaten, maar vinden in die tijd geen woning.
== verblijf/case
Een man met een oranje kaart kreeg zijn contract niet verlengd omdat zijn verblijfsdocument nog niet vernieuwd was.
Een gezin dat na de erkenning het opvangcentrum moest verlaten, slaapt nu bij landgenoten op de grond.
Een vrouw zonder papieren werkt als huishoudhulp voor {bedrag:80-250} per week en durft niet te klagen.
== verblijf/ask
Kan het lokaal bestuur een vaste contactpersoon bij het loket vreemdelingenzaken voorzien voor hulpverleners?
Graag meer plaatsen NT2 met kinderopvang erbij.
== werk/problem
Interimcontracten per dag of per week maken het onmogelijk om een woning te huren.
Mensen met een leefloon die een paar uur gaan werken, verliezen meteen een deel van hun uitkering en houden er
 weinig aan over.
Werkgevers vragen een rijbewijs ook voor jobs waar je dat niet nodig hebt.
De VDAB schrapt mensen als ze een afspraak missen, ook als de uitnodiging in een taal was die ze niet begrijpen.
Veel arbeidsmigranten werken via onderaannemers en weten niet wie hun werkgever eigenlijk is.
== werk/case
Een man uit ons buurtwerk werkte maanden op een bouwwerf en kreeg zijn laatste drie lonen nooit.
Een vrouw van {wleeft} met rugproblemen wordt verplicht om te solliciteren voor jobs die ze fysiek niet aankan.
== werk/ask
Kan de stad bij eigen aanbestedingen beter controleren op sociale dumping?
Graag een gesprek met de VDAB over hoe ze communiceren met anderstaligen.
== eenzaamheid/problem
Veel ouderen in de sociale flats komen dagenlang niemand tegen.
Sinds het dienstencentrum in {gem} dicht is, is er geen plek meer waar ouderen samen kunnen eten.
Na het overlijden van een partner vallen mensen vaak in een zwart gat, niemand belt nog.
Mannen van middelbare leeftijd die alleen wonen, bereiken we bijna niet.
Het aantal mensen dat bij ons enkel komt om even te praten, stijgt elk jaar.
== eenzaamheid/case
Een oudere man vertelde dat wij de enigen zijn die hij die week gesproken heeft.
Een vrouw van in de tachtig ging maandenlang niet buiten omdat de lift in haar blok stuk was.
== eenzaamheid/ask
Kan er terug een ontmoetingsplek komen in de wijk, ook op zondag?
Graag ondersteuning voor vrijwilligers die huisbezoeken doen bij alleenstaande ouderen.
== jeugd/problem
Jongeren hangen rond op het plein aan de {straat} omdat er in de wijk geen enkele plek voor hen is.
Het jeugdhuis is sinds de zomer dicht en er is nog geen alternatief.
We zien meer jongeren die na hun achttiende uit de jeugdhulp vallen en nergens terechtkunnen.
Jongeren worden in de buurt geronseld om drugs te verkopen, soms al vanaf twaalf jaar.
Sportclubs vragen lidgelden van honderden euro, kinderen uit kwetsbare gezinnen sporten daardoor niet.
De wachtlijst voor een begeleiding bij het JAC is opgelopen tot {n} weken.
== jeugd/case
Een jongen van {kleeft} slaapt afwisselend bij vrienden omdat hij thuis weg moest.
Een groep meisjes vertelde ons dat ze zich 's avonds niet veilig voelen aan het station.
== jeugd/ask
Kan de jeugddienst bekijken of het jeugdhuis tijdelijk in een ander gebouw kan?
Graag een verlaagd tarief voor sportclubs via de vrijetijdspas.
== handicap/problem
Mensen met een handicap wachten jaren op een persoonsvolgend budget.
De aanvraag voor een integratietegemoetkoming duurt vaak langer dan een half jaar.
Aangepaste sociale woningen zijn er amper, rolstoelgebruikers blijven in een te kleine woning.
Dagbesteding voor jongvolwassenen met een beperking is in onze regio volzet.
Veel mantelzorgers van volwassen kinderen met een beperking zijn uitgeput.
== handicap/case
Een mama zorgt al jaren alleen voor haar zoon van {kleeft} met een zware beperking en heeft geen enkele respijtzorg.
Een man in een rolstoel kan zijn appartement op de tweede verdieping niet meer verlaten sinds de lift stuk is.
== handicap/ask
Kan het lokaal bestuur bij nieuwe sociale projecten een vast aandeel aangepaste woningen voorzien?
Graag meer kortverblijf voor jongvolwassenen met een beperking.
== voedsel/problem
Bij de voedselbank kwamen er dit jaar {pct} procent meer gezinnen bij.
Steeds meer werkende mensen doen een beroep op voedselhulp.
Verse groenten en fruit zijn er bij de voedselbank bijna nooit genoeg.
De voedselbank is alleen op dinsdagvoormiddag open, mensen die werken kunnen dan niet komen.
Het sociaal restaurant in {gem} heeft een wachtlijst, dat zagen we vroeger nooit.
Voor mensen met een dieet of allergie is er in het voedselpakket bijna niets.
== voedsel/case
Een mama vertelde dat ze zelf overslaat zodat haar kinderen 's avonds kunnen eten.
Een student die op kot zit en geen steun van thuis krijgt, komt elke week een pakket halen.
== voedsel/ask
Kan de stad meer ruimte voorzien zodat de voedselbank ook een avond open kan?
Graag steun voor een sociale kruidenier in de wijk.
"""

CLEAN_OPENERS = """
*|Signaal vanuit ons team.
*|Ik wil graag iets melden dat we de laatste maanden vaak zien.
*|Vanuit de permanentie komen we dit steeds vaker tegen.
*|Dit kwam ter sprake op ons teamoverleg van {dag}.
*|Wat ons in de wijk opvalt:
voedsel,schulden,eenzaamheid|Als vrijwilliger bij de voedselbank wil ik dit doorgeven.
kinderopvang,gezondheid,wonen,verblijf|Vanuit de huisbezoeken bij gezinnen met jonge kinderen:
jeugd,verblijf,wonen,werk|Korte melding van de straathoekwerkers.
onderwijs,jeugd,digitaal,kinderopvang|Ik werk als zorgcoördinator op een school in {gem} en zie het volgende.
schulden,energie|Vanuit onze schuldbemiddeling een terugkerend probleem.
*|Op het spreekuur in het buurthuis kwam dit al {n} keer ter sprake.
wonen,energie,eenzaamheid,handicap|Signaal van het woonbegeleidingsteam.
gezondheid,handicap,eenzaamheid|Vanuit de thuisverpleging zien we dit:
digitaal,eenzaamheid|Vanuit het Digipunt in de bib:
""".split("\n")

CLEAN_CLOSERS = """
Dit is geen alleenstaand geval.
We hebben dit intussen in {n} dossiers gezien.
Meer info kan via ons team, we volgen dit verder op.
Graag bespreking op het volgende lokaal overleg armoede.
Bedankt om dit mee te nemen.
We horen graag wat de stad hiermee doet.
Het probleem speelt vooral in {gem} en de deelgemeenten.
Wij merken dit sinds {datum}.
Ik denk dat dit structureel opgelost moet worden en niet geval per geval.
Met het 1712-nummer kwamen we niet verder, daar verwezen ze ons terug naar het OCMW.
Ons spreekuur is op woensdag van 9u tot 12u, daar komen deze vragen het vaakst.
Het gaat in totaal om ongeveer {n} gezinnen.
We hebben dit al aangekaart bij {orgw}, zonder resultaat.
Ook {orgw} ziet dit probleem steeds vaker.
""".split("\n")

# --- frames with personal data. "kind|theme|template"; lines starting with a space continue the entry above.
# Person slots: p1..p3 adults, k1..k2 children, w1..w2 workers or colleagues (private persons too).
# A slot may carry a gender letter (p1f, k1m). Attributes: see render_slot() in the generator.
FRAMES = r"""
person_name|wonen|{p1.full} woont met {p1.haar} {n} kinderen in een studio boven een café, de eigenaar weigert de
 schimmel aan te pakken.
person_name|wonen|Mevr. {p1f.sur} krijgt al maanden geen antwoord van haar verhuurder over de kapotte
 verwarmingsketel.
person_name|wonen|den {p1m.first} slaapt sinds vorige week in zijn auto aan het station, hij kreeg zijn opzeg omdat
 de eigenaar wil verkopen.
person_name|wonen|De mama van {k1.first} belde ons in paniek: de deurwaarder komt donderdag de woning ontruimen.
person_name|wonen|We hebben een gezin (fam. {p1.sur}) dat al {jaren} jaar op de wachtlijst staat en nu met 5 in 2
 kamers woont.
person_name|wonen|{p1.first} en {p2.first} {p1.sur} moesten hun woning verlaten na een conformiteitsonderzoek, maar
 de stad heeft geen noodwoning vrij.
person_name|wonen|bij {p1f.low} komt het water door het plafond, eigenaar zegt dat het haar eigen schuld is omdat ze
 te weinig verlucht
person_name|energie|{p1.tfull} heeft sinds januari een budgetmeter en zit elke maand een week zonder stroom.
person_name|energie|Ik heb vandaag {p1.first} gezien, {p1.zij} zit met de kinderen in de kou want de gasmeter is
 leeg en het OCMW-loket was dicht.
person_name|energie|Dhr. {p1m.sur} ({leeftijd} j.) kreeg een eindafrekening van {bedrag:600-3200} van Engie. Hij
 heeft enkel
 een IGO.
person_name|schulden|{p1.full} heeft schulden bij {n} verschillende incassobureaus, voor een oorspronkelijke factuur
 van nog geen 100 euro.
person_name|schulden|Casus: {p1.adm}, alleenstaand, leefloon. Loonbeslag door deurwaarder voor een oude
 ziekenhuisfactuur. Blijft {bedrag:150-600} per maand over.
person_name|schulden|{p1f.first} zegt dat ze de brieven van de deurwaarder gewoon niet meer opendoet, ze ligt er
 wakker van.
person_name|onderwijs|{k1.full} uit het 3de leerjaar komt al weken zonder boterhammen naar school, de mama werkt 's
 nachts.
person_name|onderwijs|Leerling {k1.adm} (4 BSO) mist de stage omdat de werkschoenen en de overall {bedrag:90-260}
 kosten.
person_name|onderwijs|de zus van {k1.first} {k1.sur} moest thuisblijven om op de kleinste te letten, al de derde
 keer deze maand
person_name|onderwijs|Ik ben zorgcoördinator en volg {k1.first} op, {k1.zij} heeft geen laptop thuis en kan
 Smartschool niet openen.
person_name|kinderopvang|{p1f.first} kan de job bij de poetsfirma niet aannemen zolang er geen opvang is voor
 {k1.first}.
person_name|kinderopvang|Gezin {p1.sur}: beide ouders volgen NT2, geen opvangplaats gevonden in {gem}, de lessen
 vallen nu weg.
person_name|gezondheid|{p1.tsur} loopt al een half jaar met een ontstoken tand rond, geen enkele tandarts in de
 buurt neemt nog nieuwe patiënten.
person_name|gezondheid|We hebben {p1m.full} naar spoed gebracht, hij had al dagen zijn medicatie niet meer genomen
 omdat hij ze niet kon betalen.
person_name|gezondheid|{p1.first} heeft geen mutualiteit meer sinds {p1.haar} ontslag en durft niet naar de dokter.
person_name|mobiliteit|{p1m.full} moest zijn nieuwe job bij de veiling opgeven: de eerste bus vertrekt pas om 6u12
 en hij moet om 6u beginnen.
person_name|mobiliteit|Voor {p1f.tfull} (rolstoel) is de halte aan de {straat} niet bereikbaar, ze mist zo haar kine.
person_name|digitaal|{p1f.first} {p1.sur} is 78 en heeft geen smartphone. Sinds de bank in {gem} dicht is, kan ze
 haar huur niet meer overschrijven.
person_name|digitaal|Ik help wekelijks {p1m.low} met de mails van de VDAB want hij kan niet goed lezen.
person_name|verblijf|{p1m.full} heeft een oranje kaart die vervalt op het einde van de maand, zijn werkgever wil het
 contract dan stopzetten.
person_name|verblijf|Madame {p1f.sur} n'a plus de carte de séjour valable, elle ne peut plus travailler. Afspraak
 bij DVZ pas binnen {n} maanden.
person_name|verblijf|{p1.first} en {p2.first} zijn als erkende vluchtelingen uit het opvangcentrum vertrokken en
 slapen nu bij een neef.
person_name|werk|{p1.full} werkte 3 maanden op een werf in Antwerpen via een onderaannemer en kreeg nooit betaald.
person_name|werk|Volgens {p1m.first} moest hij op het interimkantoor zijn identiteitskaart afgeven "als waarborg".
person_name|eenzaamheid|{p1f.tfull} woont sinds de dood van haar man alleen op de 9de verdieping en komt niet meer
 buiten.
person_name|eenzaamheid|Onze vrijwilliger {w1.first} gaat elke dinsdag bij {p1m.first} langs, verder ziet die man
 niemand.
person_name|jeugd|{k1m.first} ({kleeft}) slaapt afwisselend bij vrienden, zijn stiefvader zette hem buiten.
person_name|jeugd|We zien {k1m.first}, {k2m.first} en nog een paar jongens elke avond op het plein aan de {straat}. Er
 is geen jeugdhuis meer.
person_name|handicap|{p1f.full} zorgt alleen voor haar zoon {k1m.first} met een zware beperking, ze staat al {jaren}
 jaar op de wachtlijst voor een PVB.
person_name|handicap|Dhr {p1m.sur} zit in een rolstoel en woont op de 3de verdieping zonder lift, aanvraag
 aangepaste woning loopt sinds {jaar}.
person_name|voedsel|{p1f.full} komt sinds kort naar de voedselbank, ze werkt halftijds maar na de huur blijft er
 niets over.
person_name|voedsel|Een vrijwilliger zag dat {p1.first} het pakket voor {p1.haar} buurvrouw meenam, die zelf niet
 meer tot hier geraakt.
person_name|wonen|Kan iemand contact opnemen met {w1f.full} van het SVK? Zij volgt het dossier van de familie
 {p1.sur} op.
person_name|schulden|Dossier besproken met collega {w1.full} (schuldbemiddeling). {p1.first} {p1.sur} wil een
 collectieve schuldenregeling aanvragen.
person_name|gezondheid|Voorbeeld: {p1.ini}, 54 jaar, kankerpatiënt, kan de supplementen van de chemo niet betalen.
person_name|verblijf|Namen van het gezin: {p1.full}, {p2.full} en de kinderen {k1.first} en {k2.first}. Ze slapen in
 een kerk in {gem}.
person_name|energie|- {p1.full}: budgetmeter, 2 kinderen\n- {p2.full}: afsluiting gas aangekondigd\n- {p3.full}:
 eindafrekening niet te betalen
person_name|onderwijs|Mail van de juf van {k1.full}: "{k1.first} zegt dat er thuis geen eten is in het weekend."
person_name|jeugd|Op de jeugdbeweging kan {k1.first} {k1.sur} niet mee op kamp: {bedrag:90-240} is te veel voor de
 mama.
person_name|werk|{p1m.first} {p1.sur} en zijn broer {p2m.first} werken via een Pools interimbureau, ze wonen met 8
 in één huis.
person_name|eenzaamheid|Buurvrouw {p1f.first} belde ons: de oude meneer naast haar, {p2m.full}, heeft al een week de
 rolluiken niet opengedaan.
person_name|digitaal|Mevrouw {p1f.sur} kwam naar het Digipunt omdat ze haar studietoelage moest aanvragen via itsme,
 maar ze heeft geen bankkaart meer.
person_name|kinderopvang|De kinderopvang heeft {k1.first} uitgeschreven omdat de ouders, {p1.full} en {p2.full},
 twee maanden achterstand hadden.
person_name|handicap|Mevr {p1f.full} wacht al 8 maanden op de beslissing over haar integratietegemoetkoming, ze
 leeft van haar spaarcenten.
person_name|voedsel|Student {p1f.full} (kot in {gem}) komt elke week een pakket halen, haar ouders kunnen niets
 bijdragen.
person_name|mobiliteit|Onze collega {w1.first} rijdt cliënten nu zelf met de eigen auto naar het ziekenhuis omdat de
 belbus vol zit.
person_name|wonen|Bij {p1.tfull} heeft de huisbaas de deur op slot gedaan terwijl {p1.zij} op het werk was, alles
 staat nog binnen.
address|wonen|Het gaat om een woning in de {p1.street}, de eigenaar verhuurt er 6 kamers zonder conformiteitsattest.
address|wonen|{p1.full} woont op {p1.addr}. Het dak lekt, de elektriciteit is niet in orde en er zijn muizen.
address|wonen|Adres: {p1.addr}. Kelderwoning, geen ramen die open kunnen, schimmel in de slaapkamer van de kinderen.
address|wonen|Ik ging op huisbezoek bij {p1.first} op de {p1.street} en schrok van de toestand van de woning.
address|wonen|Het pand {p1.street} wordt opgedeeld in studio's van 15m², elk verhuurd voor {bedrag:420-720}.
address|energie|In de blok op {p1.addr} zitten minstens {n} gezinnen met een budgetmeter, de verwarming valt daar
 elke winter uit.
address|energie|Gezin {p1.sur} woont in {p1.pcgem} en heeft al 10 dagen geen warm water.
address|schulden|De deurwaarder stond gisteren op {p1.addr} voor een schuld van {bedrag:150-1400} aan de school.
address|onderwijs|De leerling woont in {p1.pcgem}, dat is een uur met de bus, en de eerste bus komt te laat voor het
 eerste lesuur.
address|gezondheid|{p1.full}, {p1.addr}: kan niet meer naar de huisarts want de praktijk in de wijk is gesloten.
address|mobiliteit|Sinds de halte verplaatst werd, raken mensen uit de wijk niet meer in het centrum.
 {p1.first} van {p1.street} moet nu twintig minuten stappen met de rollator.
address|verblijf|Het gezin verblijft tijdelijk bij een kennis op {p1.addr}, maar kan zich daar niet inschrijven.
address|verblijf|Ils habitent chez un cousin, {p1.frstreet}, avec les trois enfants. Pas de domicile officiel.
address|eenzaamheid|Aandacht voor {p1.tsur}, {p1.addr}. Woont alleen, zeer slecht te been, geen familie in de buurt.
address|jeugd|Jongeren verzamelen zich 's avonds in de garage achter {p1.street}, een van hen ({k1m.first}) vertelde
 dat hij daar soms slaapt.
address|handicap|Mevrouw woont op het 2de verdiep op {p1.addr}, zonder lift, met een rolstoel. Al {jaren} jaar
 aanvraag bij de huisvestingsmaatschappij.
address|voedsel|Kan de voedselbank leveren bij {p1.full}? {p1.Zij} woont op {p1.addr} en kan niet meer zelf komen.
address|wonen|{p1.full}\n{p1.street}\n{p1.pcgem}\nVraag: noodwoning, uithuiszetting gepland op {dag}.
address|wonen|Woonachtig te {p1.addr} – huur {bedrag:480-950} voor een woning zonder verwarming.
address|energie|de familie van {p1.den} op {p1.street} zit zonder gas sinds maandag
address|werk|De arbeiders van de onderaannemer slapen met 12 in één huis op {p1.addr}.
address|wonen|Klopt het dat {p1.street} van de stad is? Daar woont {p1.full} al maanden met een kapotte ketel.
address|kinderopvang|Mama woont in {p1.pcgem} en vindt daar nergens opvang met inkomenstarief.
address|schulden|Brief van het incassobureau kwam toe op {p1.addr}, terwijl {p1.full} daar al een jaar niet meer
 woont.
birth_date|wonen|{p1.full} (°{p1.bd}) staat sinds {jaar} op de wachtlijst voor een sociale woning.
birth_date|schulden|{p1.adm} - geb. {p1.bd} - CSR sinds {jaar}, leefgeld {bedrag:60-160}/week.
birth_date|onderwijs|Het gaat over {k1.full}, geboren op {k1.bd}, die sinds de krokusvakantie niet meer naar school
 komt.
birth_date|kinderopvang|Voor {k1.first} ({k1.bd}) zoekt de mama opvang vanaf september.
birth_date|gezondheid|Patiënt: {p1.full}\nGeb.: {p1.bd}\nProbleem: geen mutualiteit, medicatie niet betaalbaar.
birth_date|verblijf|{p1.full}, né(e) le {p1.bd}, attend depuis 14 mois une réponse de l'Office des Étrangers.
birth_date|verblijf|{p1.first} is geboren op {p1.bd} en woont hier al sinds {jaar}, maar heeft
 nog altijd geen verblijfsvergunning.
birth_date|jeugd|{k1.full} ({k1.bd}) woont sinds de zomer bij een tante omdat thuis niet meer gaat.
birth_date|handicap|Zoon {k1m.first} {k1.sur}, geboren {k1.bd}, heeft een autismespectrumstoornis en vindt geen
 plaats in het buitengewoon onderwijs.
birth_date|eenzaamheid|{p1.tfull}, geboren op {p1.bd}, alleenwonend, weigert thuiszorg maar kan zich niet meer wassen.
birth_date|werk|{p1.full} °{p1.bd} - al 2 jaar werkloos, kan geen rijbewijs halen door de kosten.
birth_date|voedsel|Aanvraag voedselpakket: {p1.full}, {p1.bd}, 3 kinderen (geb. {k1.bd} en {k2.bd} + een baby).
birth_date|digitaal|Mevr. {p1f.sur} ({p1.bd}) kwam voor de derde keer langs omdat de website van de
 huisvestingsmaatschappij haar geboortedatum niet aanvaardt.
birth_date|energie|Klant {p1.full}, geboortedatum {p1.bd}, heeft recht op het sociaal tarief maar krijgt het niet.
birth_date|wonen|Het gezin: papa {p1m.first} ({p1.bd}), mama {p2f.first} ({p2.bd}) en 4 kinderen. Nu al 3 weken in
 een caravan.
birth_date|mobiliteit|{p1f.full} (geb {p1.bd}) mag geen Omnipas meer aanvragen volgens het loket, terwijl ze een
 verhoogde tegemoetkoming heeft.
birth_date|onderwijs|{k1.first} ° {k1.bd} – bijna elke maandag afwezig, ook op de dagen met zwemles.
birth_date|gezondheid|De baby van {p1.first}, geboren {k1.bd}, werd nog niet ingeënt omdat de ouders geen
 verzekering hebben.
phone|wonen|{p1.full} is bereikbaar op {p1.mobile} als jullie vragen hebben over de woning.
phone|energie|Contact cliënt: {p1.phone} (best na 17u, {p1.zij} werkt overdag).
phone|schulden|Kan de schuldbemiddelaar {p1.first} terugbellen? Nummer: {p1.mobile}.
phone|onderwijs|Mama van {k1.first}: {p1.mobile}. Spreekt enkel Arabisch, liefst met tolk.
phone|kinderopvang|{p1f.tfull} ({p1.mobile}) zoekt dringend opvang voor haar tweeling.
phone|gezondheid|Huisarts gecontacteerd, zijn assistente {w1f.first} vroeg om de familie te laten bellen op
 {w1.wphone}.
phone|verblijf|Il a un nouveau numéro: {p1.mobile}. Hij woont nu in {gem} maar heeft er nog geen adres.
phone|werk|De arbeiders hebben één telefoon samen, {p1.mobile}, die van {p1.first}.
phone|eenzaamheid|Als jullie mevrouw willen bezoeken, bel eerst haar dochter {p2f.first} op {p2.phone}.
phone|jeugd|{k1m.first} heeft geen gsm meer, je kan hem bereiken via zijn vriend op {p1.mobile}.
phone|handicap|Voor vragen: mantelzorger {p1.full}, tel. {p1.phone}.
phone|voedsel|Contactpersoon voedselbank: {w1.full}, {w1.mobile}.
phone|digitaal|Meneer {p1m.sur} heeft geen e-mail, enkel een vaste lijn: {p1.fixed}.
phone|mobiliteit|Wie dit wil opvolgen mag me bellen: {w1.first}, {w1.wphone}.
phone|wonen|Groeten,\n{w1.full}\nWoonbegeleider\n{w1.wphone} | {w1.mobile}
phone|schulden|Bel me gerust op {w1.mobile}, ik ben er alleen op maandag en donderdag.
phone|wonen|de verhuurder ({p1.full}, {p1.mobile}) wil geen herstellingen doen zolang de huur niet volledig betaald is
phone|gezondheid|Zoon van mevrouw belt ons dagelijks ({p1.mobile}), hij woont in Frankrijk en kan niet komen.
phone|verblijf|Number of the family: {p1.mobile}. They only speak English and Tigrinya.
phone|energie|Fluvius gaf een nummer door van hun sociale cel, maar dat werkt niet. De cliënt zelf: {p1.phone}.
email|wonen|Kan je de verhuurder mailen op {p1.email}? Hij reageert niet op brieven.
email|schulden|Zie mail hieronder:\n-----\nVan: {p1.full} <{p1.email}>\nOnderwerp: deurwaarder\nIk weet niet meer
 wat ik moet doen.
email|onderwijs|De mama heeft een mailadres dat ze zelf niet meer kan openen ({p1f.email}), waardoor ze alle
 berichten van school mist.
email|kinderopvang|Aanvraag opvang doorgestuurd naar {w1.wmail}, nog geen antwoord na 3 weken.
email|gezondheid|Voor verdere info: {w1.full}, {w1.wmail}.
email|verblijf|Son avocat est Me {p2.sur}, mais le client écrit lui-même à partir de {p1m.email}.
email|werk|{p1m.first} stuurde zijn cv van op {p1.email}, maar de VDAB-consulent zei dat dat adres 'onprofessioneel'
 is.
email|digitaal|We hebben voor {p1f.tfull} een e-mailadres aangemaakt ({p1.email}) maar ze vergeet telkens het
 wachtwoord.
email|energie|Mailverkeer met de leverancier loopt via {w1.wmail}, cliënt heeft zelf geen e-mail.
email|voedsel|Wie wil helpen bij de bedeling op zaterdag, mag mailen naar {w1.email}.
email|jeugd|Groetjes,\n{w1.first}\njeugdwerker\n{w1.wmail}
email|handicap|Graag contact met mij ({w1.full}, {w1.wmail}) als er een overleg komt over de wachtlijsten.
email|eenzaamheid|Zijn dochter vroeg om haar op de hoogte te houden via {p2f.email}.
email|mobiliteit|Reactie van De Lijn kwam op het adres van de cliënt ({p1.email}), maar die kan geen Nederlands lezen.
email|wonen|Ik zet {w1f.wmail} in cc, zij volgt het woondossier van {p1.first} op.
email|schulden|cliënt mailt vanop {p1.email} (ook voor de deurwaarder), gsm is afgesloten
iban|schulden|De terugbetalingen gebeuren op rekening {p1.iban} op naam van {p1.full}.
iban|wonen|Huur wordt gestort op {p1.iban} (eigenaar), maar er zit geen huurcontract bij.
iban|voedsel|Bijdrage van 5 euro per pakket, maar {p1f.first} vroeg of ze het via overschrijving kon doen van haar
 rekening {p1.iban}.
iban|energie|Voorschot energie wordt betaald vanop {p1.iban}, maar de domiciliëring werd geweigerd wegens
 onvoldoende saldo.
iban|schulden|Rekeningnummer cliënt: {p1.iban}\nBudgetbeheer sinds {jaar}.
iban|onderwijs|De school vraagt om de factuur te betalen op hun rekening met mededeling {ref}. Mama betaalde wel,
 van op {p1f.iban}, maar zonder mededeling.
iban|verblijf|Il n'a pas de compte en banque à son nom, le leefloon wordt gestort op de rekening van zijn broer
 {p2m.first} ({p2.iban}).
iban|werk|Loon werd gestort op {p1.iban}, maar de werkgever hield {bedrag:150-500} in voor 'huisvesting'.
iban|gezondheid|De huisarts wil het remgeld laten overschrijven naar {w1f.iban} op naam van haar praktijk, maar de
 patiënt kan dat niet.
iban|handicap|De tegemoetkoming wordt gestort op het rekeningnummer van de bewindvoerder ({p1.iban}).
iban|jeugd|De vakantiejob van {k1m.first} werd betaald op de rekening van zijn moeder, {p1f.iban}, die het geld
 gebruikte voor de huur.
iban|digitaal|{p1.first} kan geen online bankieren; we schreven samen een overschrijving vanaf {p1.iban}.
iban|kinderopvang|Opvangkosten worden afgehouden van {p1.iban}, ook in de maanden dat {k1.first} ziek thuis was.
iban|schulden|Gegevens:\nNaam: {p1.adm}\nRek: {p1.iban}\nSchuld: {bedrag:200-2600} (Proximus, via incasso)
national_number|verblijf|{p1f.full} heeft een rijksregisternummer ({p1.nrn}) maar nog geen kaart, daardoor kan ze
 geen rekening openen.
national_number|schulden|RRN {p1.nrn} - dossier CSR bij de rechtbank in {gem}.
national_number|gezondheid|Patiënt {p1.full}, INSZ {p1.nrn}, is niet in orde met de mutualiteit.
national_number|energie|Voor de aanvraag sociaal tarief hebben we het rijksregisternummer nodig: {p1.nrn}.
national_number|wonen|Kandidaat-huurder {p1.adm}\nRijksregisternr.: {p1.nrn}\nInschrijving wachtlijst sinds {jaar}.
national_number|onderwijs|Het CLB vroeg het rijksregisternummer van {k1.first} ({k1.nrn}) maar de ouders hebben geen
 kids-ID.
national_number|werk|Interimkantoor kopieerde zijn identiteitskaart, nummer {p1m.nrn}, en hield die bij.
national_number|handicap|Aanvraag IT bij de FOD: {p1.full} ({p1.nrn}), nog steeds geen beslissing.
national_number|kinderopvang|Bij de inschrijving in het kinderdagverblijf werd het rijksregisternummer van de mama
 gevraagd ({p1f.nrn}).
national_number|digitaal|Ze kon zich niet aanmelden met itsme, dus hebben we aan het loket haar rijksregisternr
 {p1f.nrn} doorgegeven.
national_number|voedsel|Lijst doorgegeven aan de voedselbank met naam en rijksregisternummer: {p1.full} {p1.nrn}.
national_number|eenzaamheid|Melding aan de thuiszorg: {p1.tfull}, nr. {p1.nrn}, woont alleen en eet niet meer.
national_number|jeugd|Rijksregisternummer jongere: {k1.nrn} (nodig voor aanvraag leefloon als student).
"""
