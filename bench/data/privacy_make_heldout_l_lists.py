"""Hand-written and pre-drawn lists for privacy_make_heldout_l.py (held-out privacy set L).

NAMES was drawn once from the PyPI package names-dataset 3.3.1 (NameDataset().get_top_names per country, first
names per gender and surnames), at ranks beyond those sets I and K declare, and partly at countries neither of them
names (first-name ranks / surname ranks, both inclusive):
    BE 761-960 / 1501-2100; NL 641-800 / 1301-1700; TR 331-420 / 481-600; PL 281-360 / 401-520;
    Algeria 201-300 / 301-450; Cameroon 151-250 / 201-330; Angola 101-180 / 151-260; Burkina Faso 101-170 / 151-250;
    Albania 151-230 / 201-300; Portugal 201-280 / 301-400; Italy 301-380 / 401-500; Spain 301-360 / 401-480;
    Egypt 201-280 / 301-400; Iraq 201-280 / 301-400; Serbia 151-220 / 201-300; Brazil 301-360 / 401-480;
    Philippines 201-260 / 301-380; Ghana 151-230 / 201-300; Nigeria 201-280 / 301-400; Russia 301-360 / 401-480;
    Morocco 381-480 / 801-950.
    (Set I's countries and set J's ranks are not stated in the docstrings this helper was allowed to read, so deep
    ranks were used everywhere; step 2 removes whatever overlaps anyway.)
Filtering, in this order:
    1. 6,700 names drawn; Latin script only, no token of one letter, no all-caps, at least one vowel, at least three
       characters, a name drawn twice (same kind) kept once: 5,755 names.
    2. Every name with a token (casefolded and accent-folded, particles van/de/den/der/ter/ten/vander/vanden/het/t/
       el/al/ben/bin/ould/abu/abou/bou/da/di/do/dos/das/du/del/della/la/le/von/y/e ignored) that occurs in a
       labelled person_name span of any earlier set bench/data/privacy_*.jsonl (A-K, dev and eval: 10,623 tokens) was
       dropped: 1,644 dropped, 4,111 kept.
    3. After reading every group: the Algerian, Burkinabe, Iraqi, Russian, Egyptian and Moroccan draws were dropped
       whole (696 names; mostly nicknames, cities, clubs, brands and words: Madrid, Skikda, Yamaha, Commissaire,
       Bonjour, Zaxo, ...), then every name of three characters or less (93) and a hand list of 318 junk entries
       (nicknames and diminutives such as Grzesiu, Tozé, Slobo, Jhing; words and places such as Verwijderd, Babcia,
       Belgique, Den Haag, Podgorica, Barcelona, Forgive; first names drawn as surnames such as Gladys, Lydia):
       3,004 names are stored here (first names per gender and surnames per country).
The lists are stored here so the set can be rebuilt without names-dataset.
Everything else in this module was written by hand for set L (no frame, sentence, street or organisation was taken
from an earlier set; street names occurring in an address span of an earlier set were removed from STREETS).
"""
# Pre-drawn names: country code -> '|'-joined names.
FIRST_M = {
    "AL": (
        "Cimi|Bora|Gazmir|Klodjan|Kevi|Florjan|Admir|Urim|Meti|Eris|Elidon|Krenar|Cuni|Rexhep|Kristjan|Ardjan|"
        "Tonin|Kreshnik|Ylber|Fation|Xhoi|Bardhi|Gjon|Gersi|Marjus|Gjovalin|Zamir|Gazmend|Hysni|Gani|Serxho|Ajet|"
        "Ersi|Kleo|Hekuran|Egli|Ledion|Orgest|Emiljan|Dionis|Bedri|Aqif|Asllan|Qazim|Bushi|Bardhyl|Skerdi|Xhemal|"
        "Elson|Gent|Ndricim|Eraldo|Xhevdet|Lenci|Koli|Albion|Alesio|Lefter|Erind|Nertil|Spartak|Pjeter|Danjel|"
        "Ilia|Kristo|Gzim|Sulejman|Rigers|Paulin"
    ),
    "AO": (
        "Bartolomeu|Eurico|Ivandro|Anacleto|Inacio|Ladislau|Adao|Benedito|Aldair|Jelson|Constantino|Lukeny|"
        "Graciano|Casimiro|Josimar|Nataniel|Valter|Amadeu|Zeferino|Bráulio|Dilson|Valdemiro|Edmar|Adérito|"
        "Estevão|Vanilson|Dinis|Valdimiro|Firmino|Vivaldo|Salomão|Abraão|Belmiro|Sílvio|Hernani|Elizandro|Esmael|"
        "Tonilson|Divaldo|Maurício|Stelvio"
    ),
    "BE": (
        "Niel|Ives|Lukasz|Kyllian|Marnick|Keano|Nihat|Jorne|Louka|Boubacar|Kristoff|Ewout|Reginald|Aurel|Enis|"
        "Ruddy|Liviu|Matisse|Marwane|Abdessamad|Yass|Iliass|Cyriel|Yenthe|Josse|Yoan|Haci|August|Livio|Adelin|"
        "Ringo|Kwinten|Marouan|Raffaele|Souleymane|Thierno|Siegfried|Pepijn|Ridvan|Piero|Hassane|Oguzhan|Steffen|"
        "Lillo|Krist|Vedat|Djamel|Gustave|Abdil|Youcef|Jerem|Jenthe|Nikos|Ersin|Cemil|Emeric|Jorgen|Florentin|"
        "Timon|Celal|Tjorven|Christos|Jordane|Nathanael|Atilla|Stein|Eliott|Zafer|Yordi|Damiano"
    ),
    "BR": (
        "Joelson|Darci|Heitor|Emanoel|Paulo Henrique|Jonatan|Elizeu|Genilson|Valdinei|Kaua|Damiao|Alexandro|"
        "Amauri|Irineu|Cleyton|Adailton|Adalberto|Jurandir|Valdemar|Marcello|Josiel|Jadson|Ewerton|Giovane|"
        "Cassio|Magno|Edimar|Darlan|Edivan|Caique|Silvano|Adenilson|Edison|Arlindo|Wallace|Gelson|Erivan|Nonato|"
        "Jailton|Maikon|Marciel"
    ),
    "CM": (
        "Bachirou|Mouhamadou|Innocent|Neba|Enow|Salomon|Alhadji|Aminou|Adama|Ngong|Gildas|Abdouraman|Yaouba|"
        "Souley|Celestine|Ashu|Sylvestre|Ambe|Ismaila|Souleymanou|Njoya|Mathurin|Serges|Janvier|Magloire|Fidele|"
        "Honore|Moïse|Rigobert|Theophile|Awah|Desmond|Yanick|Cabrel|Isidore|Gervais|Roméo|Eyong"
    ),
    "ES": (
        "Curro|Izan|Patxi|Camilo|Lluís|Emiliano|Cristóbal|Elia|Jeronimo|Juanjose|Bartolome|Ximo|Bernat|Moisés|"
        "Quim|Yago|Aritz|Serafin"
    ),
    "GH": (
        "Ansah|Ohene|Shaibu|Dickson|Eben|Nuhu|Hayford|Awal|Kyei|Baah|Darko|Inusah|Ofosu|Anane|Takyi|Bawa|Nartey|"
        "Jones|Kingsford|Hamidu|Adom|Yusif|Zakari|Atsu|Aminu|Dauda|Bashiru|Fosu|Fiifi|Tahiru|Acquah|Saviour|"
        "Elorm|Tawiah|Amankwah|Brah|Gyan|Kobina|Selorm|Issifu|Cephas|Annor|Festus|Bukari|Godsway|Alidu|Effah|"
        "Kumah|Amidu|Imoro|Reuben|Addae|Boadi|Narh|Kwarteng|Ayam|Awuah|Shatta"
    ),
    "IT": (
        "Adolfo|Savino|Sauro|Maicol|Girolamo|Piergiorgio|Raul|Bernardo|Tonio|Vanni|Rinaldo|Antimo|Ferruccio|"
        "Sabatino|Peppino|Onofrio|Nicolo|Nuccio|Sante|Pasqualino|Demetrio|Luigino|Giacinto|Nazzareno|Juri|Enea|"
        "Clemente|Serafino|Ruggiero|Arnaldo"
    ),
    "NG": (
        "Ayuba|Bolaji|Tope|Lukman|Ayodeji|Akinola|Ernest|Mathew|Nasir|Saidu|Chukwuemeka|Austine|Olusola|"
        "Babangida|Abayomi|Buhari|Tochukwu|Shola|Hammed|Ndubuisi|Elijah|Ebuka|Chukwuma|Rasheed|Lateef|Abdulazeez|"
        "Ikenna|Yemi|Olufemi|Oladele|Kunle|Jamiu|Auwalu|Chibuike|Tajudeen|Nurudeen|Adedeji|Chidiebere|Babalola|"
        "Tijani|Abdulsalam|Nwachukwu|Dahiru|Olumide|Wale|Pius|Fatai|Olamilekan|Lawan|Ishaq|Adeoye|Olaniyi|Salami|"
        "Ugwu|Fidelis|Ajibola|Bassey|Ejike|Oladimeji"
    ),
    "NL": (
        "Ezra|Sten|Elroy|Jermaine|Wolter|Ries|Gerco|Toby|Gijsbert|Denzel|Ferdy|Devin|Quint|Janwillem|Jorik|Boaz|"
        "Wieger|Arnout|Dyon|Duco|Rijk|Roald|Hielke|Teunis|Dinand|Indra|Thimo|Ewald|Darek|Przemek|Tommie|Ruurd|"
        "Lieuwe|Swen|Eelke|Elwin|Jonne|Kars|Arco|Antonie|Sybren|Wietze|Jarek|Lloyd|Temesgen|Frenk|Yoran|Hylke|"
        "Henrie|Dorus|Durk|Berrie|Giorgio|Joram|Koert|Jurian|Elmar|Emrah|Jacobus|Tiemen|Rowin|Sietze|Rienk|"
        "Valentino|Jeffry|Wally|Imre|Rosan|Sylvester"
    ),
    "PH": (
        "Marlo|Lyndon|Reymark|Resty|Jhona|Clyde|Mikko|Jobert|Cardo|Hermie|Dindo|Reynante|Aldwin|Romnick|Jomari|"
        "Clint|Alden|Jhong|Jomel|Rainier|Noriel|Rolan|Wendell|Raymart|Johnrey|Crisanto|Aljon|Jonard|Jethro|"
        "Jimboy|Reymart|Anjo|Reynald|Rhon|Erickson|Shayne|Jojie|Fernan|Isagani"
    ),
    "PL": (
        "Patrycjusz|Aleksy|Vladyslav|Jeremi|Miron|Oktawian|Bronislaw|Bogumil|Anatol|Jeremiasz|Leslaw|Ziemowit|"
        "Eliasz|Jaromir|Kryspin|Korneliusz|Vadym|Wincenty|Tytus"
    ),
    "PT": (
        "Armenio|Sebastiao|Emidio|Valentim|Nelio|Bento|Ulisses|Cristóvão|Justino|Nilton|Acacio|Herminio|Caio|"
        "Evandro|Aurélio|Albertino|Germano|Amândio|Silvestre|Elisio|Mamadu|Geraldo|Nicolau|Eliseu|Virgílio"
    ),
    "RS": (
        "Eldin|Slavoljub|Sreten|Stojan|Asmir|Velimir|Vojin|Siniša|Ermin|Blazo|Nedzad|Vladica|Drasko|Momir|Danko|"
        "Milivoje|Jovo|Borko|Miroljub|Svetislav|Muamer|Radoje|Marinko|Duško|Vojkan|Branimir|Žarko|Jugoslav|"
        "Cedomir|Djordjije|Krsto|Alija|Stevo|Milomir|Svetozar|Vukašin|Miladin|Mileta|Milija|Obrad|Relja|Ferid|"
        "Dzevad|Radenko|Zvezdan|Boško"
    ),
    "TR": (
        "Seyfettin|Fehmi|Şerif|Ender|Sefer|İlker|Zeynel|Erdinç|Metehan|Bahadır|Haluk|Ömür|Lokman|Ergin|Sadettin|"
        "Necmi|Berkan|Tevfik|Bedirhan|Serdal|Selman|Nusret|Tugay|Alaattin|Nazım|Rafet|Halim|Tufan|Beyhan|Necip|"
        "Utku|Ceyhun|Buğra|Günay|Çağrı|Kubilay|Kazim|Evren|Hüsnü|Eşref|Nail|Gazi|Galip|Rıfat|Mithat|Saim|Kürşat|"
        "Miraç|Tuna|Sabahattin|Faik|Emircan|Çağlar|Latif|Refik|Seyfi|Alihan|Celil"
    ),
}
FIRST_F = {
    "AL": (
        "Vasilika|Rimi|Marsi|Bosi|Fatjona|Loni|Malvina|Kela|Lume|Antoneta|Nikoll|Nexhi|Franci|Suada|Anxhi|Jola|"
        "Gledis|Xhulia|Ambra|Eleni|Parukeri|Rexhina|Lindi|Erinda|Eriselda|Ajla|Vitore|Nadire|Gena|Silvi|Lavdie|"
        "Evis|Ermelinda|Lani|Vjola|Hatixhe|Ardiana|Rozeta|Tori|Burbuqe|Eralda|Zhaneta|Shqiponja|Brisilda|Bleona|"
        "Dita|Valmira|Besjana|Flutra|Desara|Djana|Ledia|Fjori|Sanie|Sazan|Lirie|Elvi|Kimete|Sanije|Edona|Sadete|"
        "Vojsava|Dashuri|Reli|Raimonda"
    ),
    "AO": (
        "Marilia|Henriqueta|Anacleta|Noémia|Joelma|Alcina|Arleth|Glória|Belmira|Engrácia|Flávia|Nazaré|Graciana|"
        "Nzinga|Evalina|Nataniela|Preciosa|Pancha|Vanusa|Iracema|Dionisia|Jorgina|Elizangela|Arieth|Leonilde|"
        "Alexandrina|Gertrudes|Guiomar|Marieth|Niclette|Analtina|Edvânia|Felismina|Adélia|Graciete|Cátia|"
        "Leopoldina|Lucrécia|Serafina|Antonica|Elisandra|Bernadeth|Doroteia|Loide"
    ),
    "BE": (
        "Emel|Mélodie|Ysaline|Miek|Fernande|Janique|Naziha|Brigitta|Krystyna|Sirine|Madisson|Lindsy|Elsy|Reyhan|"
        "Herlinde|Kelsey|Johanne|Fauve|Oumou|Wivine|Carmelina|Belgin|Charlène|Kyana|Gonda|Selda|Paule|Jihane|"
        "Rukiye|Yildiz|Vivianne|Mariame|Jennyfer|Cansu|Gosia|Eugénie|Geertrui|Linsey|Lysiane|Henny|Katharina|"
        "Chantale|Nienke|Marilyne|Rolande|Prescillia|Sabien|Cloé|Bérengère|Lizette|Giusy|Frederiek|Lucrece|"
        "Dorina|Marte|Serife|Tsering|Mirte|Isabeau|Hedwige|Nassira|Shauny|Luce|Lauriane|Charis|Funda|Yeliz|"
        "Emmely|Liesl|Tuba|Yanni|Steffy|Gulcan|Laurane|Jeaninne|Laora|Sephora|Perle|Alicja|Alberte|Anaëlle|"
        "Soetkin|Fatna"
    ),
    "BR": (
        "Mariza|Nilza|Fabiane|Damiana|Lucimara|Adriane|Marinalva|Karoline|Francieli|Alexsandra|Marly|Camilla|"
        "Poliana|Cassia|Rosiane|Michelly|Sirlene|Leidiane|Toinha|Valquiria|Edileuza|Lívia|Rosy|Cilene|Stefany|"
        "Silvania|Elenice|Fabiola|Glaucia"
    ),
    "CM": (
        "Philomene|Pulcherie|Alima|Sama|Merline|Sidoine|Mabelle|Rosette|Hassana|Sanda|Seraphine|Carelle|Bibiche|"
        "Joseline|Laurentine|Gwladys|Dorette|Ramatou|Vanelle|Minette|Dorice|Haoua|Astride|Arielle|Hortence|"
        "Bibiane|Nchang|Maimouna|Ngono"
    ),
    "ES": (
        "Marimar|Rosalia|Carmina|Angelica|Natividad|Sagrario|Mirian|Encarnacion|Aina|Agustina|Mercè|Rakel|Gisela|"
        "Graciela|Angels|Candela|Nazaret|Idoia|Ascension|Meritxell|Imma|Davinia"
    ),
    "GH": (
        "Rahinatu|Achiaa|Dzifa|Abenaa|Favour|Hajara|Alimatu|Baaba|Nhyira|Owusuaa|Nanayaa|Ajara|Rachael|Nafisa|"
        "Kyeremaa|Armah|Memuna|Fuseina|Seyram|Ewura|Dinah|Efia|Oforiwaa|Ewurama|Esinam|Adoma|Yeboaa|Ohenewaa|"
        "Akosuah|Eyram|Owusua|Fauzia|Loretta|Becca|Pokuaa|Pomaa|Amma|Vicentia|Elisha|Rabiatu|Yayra|Nharna|"
        "Lordina|Getrude|Korkor|Lovia|Humu|Ewurabena|Awura|Anima|Mawusi|Ayishatu|Ephya|Roselyn|Kyeraa|Cecelia|"
        "Debrah"
    ),
    "IT": (
        "Carola|Betty|Licia|Gilda|Celeste|Danila|Giuseppa|Azzurra|Luisella|Marialuisa|Gessica|Lavinia|Pasqualina|"
        "Aurelia|Diletta|Moira|Ileana|Clarissa|Katiuscia|Fulvia|Clelia|Vilma|Brunella|Immacolata|Graziana|"
        "Natasha|Vanna|Erminia|Fiore|Norma|Palma|Isabel|Fabrizia|Fiorenza|Nuccia|Serenella|Violeta|Selene"
    ),
    "NG": (
        "Motunrayo|Ogechukwu|Aderonke|Adesola|Adejoke|Ummi|Adedoyin|Funmilola|Asmau|Chidera|Ajoke|Ronke|Ezinne|"
        "Aishatu|Omowumi|Eucharia|Chinaza|Uchechi|Abidemi|Maimuna|Odunayo|Folasade|Iyabo|Ifunanya|Busayo|Rukayya|"
        "Olufunke|Fatimah|Temitayo|Adaobi|Saadatu|Agatha|Ebele|Bella|Kafayat|Adewunmi|Mfon|Oyindamola|Ibukun|"
        "Omotola|Bosede|Aysha|Emmanuella|Idongesit|Safiya|Ukamaka|Dorathy"
    ),
    "NL": (
        "Leontine|Fieke|Atie|Nicolien|Sjan|Boukje|Tamar|Cornelia|Lobke|Marrit|Klaske|Myra|Sevda|Nicolle|Liane|"
        "Ebru|Aletta|Annemijn|Jantina|Arina|Marrie|Madelief|Berna|Josine|Rikie|Isis|Adrienne|Daniek|Benthe|"
        "Anique|Berber|Manja|Aleyna|Jeanny|Savannah|Diede|Marlie|Leni|Anika|Harriet|Xandra|Bettie|Ageeth|Frida|"
        "Heidy|Britney|Romee|Hinke|Jacquelien|Jannet|Liset|Bertine|Grada|Tirza|Anouschka|Hendrika|Carien|Janke|"
        "Geeske|Afke|Rieky|Marinka|Martje|Dieuwke|Anoek|Daantje|Lilly|Aimee|Denice|Mariella|Lysanne|Harmke|"
        "Meriam|Margareth|Femmy|Alinda|Jiska|Hettie|Alisha|Leida|Whitney|Klaasje|Nuri|Frances"
    ),
    "PH": (
        "Remedios|Minda|Ligaya|Menchie|Arianne|Scarlet|Gabby|Sharmaine|Jenn|Wheng|Antonette|Leonila|Chelle|"
        "Laarni|Joann|Jenalyn|Janelle|Charisse|Imee|Suzette|Glaiza|Shaira|Annaliza|Racquel|Anabelle|Marichu|"
        "Renalyn"
    ),
    "PL": (
        "Longina|Felicja|Justa|Zenobia|Dajana|Alfreda|Eryka|Konstancja|Otylia|Maryna|Alona|Franciszka|Wladyslawa|"
        "Kornela|Waleria|Natala|Inka|Krzysztofa|Wanessa|Bronislawa|Pelagia|Olha|Eunika|Wirginia|Ewela|Dżesika|"
        "Jagna|Mieczyslawa"
    ),
    "PT": (
        "Lisete|Milene|Zélia|Berta|Nélia|Florinda|Delfina|Antonieta|Arlete|Gorete|Susete|Herminia|Silvina|Neusa|"
        "Carminda|Salete|Cheila|Branca|Estrela|Dores|Guilhermina|Martinha|Natalina|Leandra|Neide"
    ),
    "RS": (
        "Miona|Merima|Adrijana|Radojka|Gabrijela|Smilja|Biserka|Bobana|Vjera|Ajsela|Andja|Mileva|Almina|Mersiha|"
        "Borka|Djina|Andjelija|Smiljana|Ajsa|Itana|Desanka|Katica|Stojanka|Suncica|Saška|Mersija|Zvezdana|Divna|"
        "Ermina|Arnela|Bisera|Eldina|Spomenka|Vinka|Visnja|Tatijana|Vedrana|Nikolija|Vasilisa|Minela|Bozana|"
        "Almasa|Ramiza|Azemina|Anamarija|Šejla|Ratka"
    ),
    "TR": (
        "Sabiha|Hasibe|Hatun|Jale|Ekin|Mihriban|Süreyya|Helin|Hale|Keziban|Aygül|Hüsniye|Rumeysa|Nisanur|Pakize|"
        "İlkay|Nursen|Semanur|Ümmü|Tugce|Pervin|Aysu|Naime|Sümeyra|Fahriye|Muazzez|Sıdıka|Hicran|Cansel|Nurhayat|"
        "Seren|Hümeyra|Selvi|Sezen|Elanur|Menekşe|Bahriye|Şaziye|Beyzanur|Nida|Beril|Yadigar|Gaye|Rüya|Sadiye|"
        "Necmiye|Selime|Gülnur|Yonca|Azime|Aydan|Nezaket|Hamiyet|Nesibe|Müjgan|Behiye"
    ),
}
SURNAMES = {
    "AL": (
        "Dibra|Pashaj|Hysi|Collaku|Lleshaj|Ramaj|Murataj|Likaj|Skenderi|Cami|Dashi|Tota|Bani|Paja|Xhani|Sefa|"
        "Jaku|Canaj|Bosi|Xhepa|Noka|Pali|Ajazi|Kalemi|Allushi|Kovaci|Kullolli|Mezini|Vogli|Bogdani|Muja|Buci|"
        "Koçi|Neziri|Dervishaj|Boci|Cullhaj|Shuli|Muco|Buzi|Sinanaj|Alushi|Saraci|Sokoli|Gjeci|Gjuzi|Frroku|"
        "Islamaj|Celaj|Dedej|Peposhi|Ymeri|Kapaj|Doku|Doka|Idrizi|Cenaj|Musaj|Tanushi|Zela|Kuqi|Dyrmishi|Lazri|"
        "Gjinaj|Duraku|Koni|Alliu|Lushi|Hima|Koleci|Xhelili|Demaj|Shkurti|Luli|Xhaferaj|Gjeta|Selimaj|Bicaku|"
        "Xhaferi|Baci|Dodaj|Hoxhallari|Luzi"
    ),
    "AO": (
        "Cassoma|Cristóvão|Bunga|Branco|Vunge|Cassule|Inácio|Sapalo|Paiva|Muhongo|Avelino|Narciso|Albino|"
        "Feliciano|Nelo|Luemba|Vasconcelos|Cordeiro|Camilo|Moniz|Ginga|Ndala|Semedo|Vemba|Zola|Pitra|Guedes|"
        "Nzinga|Celestino|Esteves|Nunda|Coimbra|Simões|Sumbo|Paixão|Teca|Evaristo|Martinho|Paim|Fortes|Kaba|"
        "Epalanga|Van-Dúnem|Lelo|Sambo|Adelino|Valentim|Ganga|Ngoma|Mauricio|Fragoso|Meury|Muanza|Cadete|Furtado|"
        "Mabiala|Cassinda|Trindade|Mavinga|Quissanga|Assis|Anjos"
    ),
    "BE": (
        "Roelandts|Provost|Kiekens|Van Brussel|Custers|Holemans|De Herdt|Jalloh|Bols|Detry|Leloup|Van Peteghem|"
        "Dejardin|Heyrman|Verniers|Van Doren|Huylebroeck|Heeren|Bamps|Clarysse|Sinnaeve|Boucher|Vandenbogaerde|"
        "Depraetere|Meers|Uyttendaele|Meskens|Philippart|Guiot|Oosterlinck|Van Keer|De Donder|Colle|Cardoen|"
        "Vancoppenolle|Picard|De Belder|Noens|Truyen|De Peuter|Vanhaeren|Fievet|Vanhooren|Flamand|De Vriese|"
        "Goffart|Boudart|Dauwe|Daneels|Boogaerts|Mignolet|De Kimpe|Van Doninck|Vangheluwe|Bral|Dreesen|Dussart|"
        "Maroc|Eloy|Altintas|Borms|Jansens|Van Gelder|Vanhoudt|Appeltans|Ruts|Rigaux|Biesemans|Delvigne|"
        "Van Cauwenberge|Putzeys|Luypaert|Soetens|Leurs|Bouchez|Vlieghe|Heyman|Brems|Van Rossem|Gorissen|"
        "Vandenhende|Mondelaers|Vanbelle|Nobels|Fonteyn|Vandemaele|Nizet|Schellens|Cisse|De Kegel|Staquet|"
        "Uyttersprot|Anthonissen|Dewez|Bourgois|De Loose|Lambot|Saey|Dufrasne|Van De Perre|Van Houtte|Frere|"
        "Van Wesemael|De Volder|Bormans|Geerinckx|Pierret|Stassen|Bens|Hendrick|Houbrechts|Haesevoets|Decloedt|"
        "Lenders|Herreman|Pletinckx|De Craene|Algoet|Witters|Dossche|Waterschoot|Wilmet|Strauven|Jennes|Ceusters|"
        "Peleman|Van Dorpe|De Rijck|Debecker|Dedecker|Leleux|Ostyn|Neyrinck|Crauwels|Gybels|Terryn|Stessens|"
        "Nuyens|Mellaerts|Oeyen|Lemaitre|Kavak|Van Eyck|Schouppe|Regnier|Vlaminck|Hollevoet|Druyts|Scheepers|"
        "Marcelis|Alaerts|Princen|Claessen|Cloots|De Saedeleer|Stoop|Tahri|Dirix|Blancquaert|Dessy|Vermassen|"
        "Beullens|Windey|Ingels|Gebruers|Roosens|Strubbe|Van Maele|Coremans|Legrain|Heyndrickx|De Maere|Teugels|"
        "Nachtergaele|Boel|Gosset|Rousseaux|Bonnet|Licata|Marichal|Van Huffel|Thielens|Schotte|Asselman|"
        "Robberechts|Buntinx|Allaert|Logghe|Goblet|Loots|Didden|Vermoesen|Vindevogel|Van Puyvelde|Lissens|Wilkin|"
        "Nuyttens|Geerinck|Otten|Vandebosch|Deraedt|Sergeant|Castelein|Beaujean|Popelier|Brys|Devaux|Paesen|"
        "Demanet|Roussel|Vandersteen|Graindorge|Tournay|Dupon|Lecluyse|Piessens|Sannen|Hamers|Goos|Nauwelaerts|"
        "Bataille|Piot|Van Gool|De Preter|Van Espen|Berben|Kerckhofs|Soetaert|Borgers|Fauconnier|Gryson|"
        "De Saeger|Dandois|Kinet|Decamps|Stragier|Vanassche|Vernimmen|Vonck|Van Cauteren|Deblaere|Vandenplas|"
        "Beyers|Jeurissen|Storme|Francq|Blondiau|Stassin|Colinet|Buyl|Moerenhout|Dony|Van Bouwel|Van Den Bulck|"
        "Naudts|Meire|Hubin|Stockmans|Degueldre|Brion|Latour|Verdickt|Paulissen|Quintens|Decuyper|Henrion|"
        "Cobbaert|Van Haute|Schrauwen|Francken|Vervecken|Putman|Haest|Hayen|Vandekerkhove|Meurant|De Grave|"
        "Deridder|Deryckere|Vaesen|Piens|Verbeken|Schroyen|Vandenheede|De Gendt|Coen|Gysels|Allemeersch|"
        "Schelstraete|Bollaert|Boelens|Catalano|Haentjens|De Bolle|Criel|Coosemans|Servaes|Coninx|Coppin|"
        "Verbinnen|Vermeeren|Kennis|Clauwaert|Van Echelpoel|De Meersman|De Vleeschouwer|Schelkens|Wuytack|"
        "Keersmaekers|Rifton|Corman|Soens|De Baerdemaeker|Dhaeseleer|Corthouts|Reekmans|Petre|Cekic|Lecoq|"
        "Paternoster|Braeckmans|Cornez|Roegiers|Ampe|Merken|Deschepper|Huberty|Van Hoeck|Schrooten|Bettens|"
        "De Jongh|Sierens|Uytterhoeven|Dewinter|Vanpoucke|Van Overloop|Tops|Wilmotte|Vandenborre|Vanthournout|"
        "Vanderhaeghe|Meynen|Stoffels|Cremer|De Vrieze|Van Vlasselaer|Verleysen|De Brabanter|Doumont|Fall|"
        "De Grande|Riga|Charpentier|Jovanovic|Cinar|Blondeau|Deneyer|Motmans|Quinet|Hannecart|Dewolf|Cassart|"
        "Vandierendonck|Van Hoorebeke|Van Cleemput|Moermans|Bultot|Levaux|Nouwen|De Keersmaecker|De Rop|Anthonis|"
        "Van De Poel|Palmans|Slock|Pardon|Lheureux|Kerstens|Gommers|Van Moer|De Coen|Blancke|Pauly|Vreys|"
        "Derudder|Dufrane|Debie|Schraepen|Corstjens|Casteels|Carion|Verschelden|Defour|Dutrieux|Willame|Lison|"
        "Defays|Francotte|Van De Weyer|Van Gastel|Smeulders|Saeys|Lathouwers|De Nil|Duchene|Grignard|Galand|"
        "Rifia|Knuts|Goyens|Masure|Sempels|Heynen|Stulens|Ronsse|Vandepitte|Geenens|Goffaux|Houtmeyers|Gysen|"
        "Otte|Kartal|Saglam|Vekeman|Duprez|Liege|Glineur|Durnez|Dens|Mievis|Brichard|Reyns|Verschoren|"
        "Van Hauwermeiren|Paredis|Leenaerts|Vanderbeken|Eelen|Doucet|Frederix"
    ),
    "BR": (
        "Gois|Cavalheiro|Noronha|Raimundo|Telles|Britto|Frota|Figueredo|Gadelha|Campelo|Severino|Castilho|"
        "Marcondes|Calixto|Quadros|Prestes|Venancio|Bessa|Vianna|Bernardino|Schmitt|Floriano|Gurgel|Claudino|"
        "Laurindo|Viera|Nery|Gonsalves|De Freitas|Tenorio|Fortunato|Lustosa|Pedrosa|Vilela|Rangel"
    ),
    "CM": (
        "Kenmogne|Aminou|Garba|Zambo|Fogang|Youssouf|Diffo|Zang|Abbo|Balla|Mouhamadou|Mbock|Souley|Mana|Bachirou|"
        "Boukar|Tchakounte|Ndzie|Samba|Dassi|Mbong|Happi|Enow|Yaouba|Tamo|Nkolo|Youssoufa|Mafo|Omgba|Medjo|"
        "Onguene|Wabo|Ngameni|Djoko|Mbella|Awono|Ngassam|Fossi|Tchio|Tchana|Monthe|Abega|Abessolo|Ndjock|Njoh|"
        "Ntolo|Nyamsi|Akamba|Fils|Lobe|Nkoa|Sama|Garga|Edimo|Sadou|Oyono|Essome|Ebongue|Ndong|Djuidje|Abdouraman|"
        "Essono|Mendouga|Noubissie|Alim|Signe"
    ),
    "ES": (
        "Marrero|Estrada|Dorado|Roig|Andreu|Olivares|Casanova|Carretero|Rosales|Ochoa|Sala|Carballo|Prado|Font|"
        "Saiz|Requena|Carvajal|Moran|Llorente|Lazaro|Velazquez|Espinoza|Fajardo|Moral|Ballester|Belmonte|Cantero|"
        "Navarrete|Miralles|Vergara|Esteve|Portillo|Osorio"
    ),
    "GH": (
        "Ampofo|Mumuni|Quayson|Mahama|Godfred|Tettey|Ackah|Sowah|Hayford|Ankomah|Sulemana|Donkoh|Poku|Blay|Anim|"
        "Annor|Mills|Aryee|Kwadwo|Twumasi|Atta|Boafo|Moro|Abban|Thompson|Debrah|Umar|Nortey|Odoom|Twum|Awudu|"
        "Essien|Aggrey|Dickson|Tagoe|Quainoo|Martey|Asiamah|Okai|Peprah|Nsiah|Bediako|Mintah|Allotey|Zakari|"
        "Awuku|Botchway|Adamu|Opare|Offei|Adusei|Adomako|Yankey|Biney|Baffoe|Anokye|Sakyi|Baffour|Shaibu|Sumaila|"
        "Bawa|Amuzu|Adom|Essuman|Nuhu"
    ),
    "IT": (
        "Castellano|Marrone|Magnani|Gennaro|Mori|Baldini|Somma|Sabatino|Tosi|Raimondi|Mariotti|Reale|Gambino|"
        "Ippolito|Florio|Grosso|Santangelo|Fumagalli|Bonanno|Giuffrida|Mazzola|Amoroso|Giunta|Bartolini|Scarpa|"
        "Marconi|Fedele|Fiorini|Usai|Ambrosio|Tortora|Salvi|Bono|Damiano|Nicoletti|Bove|Fiori|Siciliano|Savino|"
        "Innocenti|Piscopo|Pavan|Trotta|Petrucci|Iannone|Casella|Orsini|Campanella|Privitera|Coco|Campagna|"
        "Iodice|Paolini|Alessi|Fanelli|Sannino|Cataldo|Speranza|Lentini|Rocchi|Danna|Gueye|Longobardi|Drago|"
        "Mazzeo|Palladino|Valerio|Bonetti|Lamberti|Sansone|Ragusa|Giacalone|Baroni|Mazzoni|Martelli|Morello|"
        "Corti|Vassallo|Galasso|Nicolosi"
    ),
    "NG": (
        "Chidi|Chijioke|Olaniyi|Dahiru|Adenike|Elijah|Adebisi|Chukwudi|Omotayo|Olusegun|Okoh|Wasiu|Ebere|Popoola|"
        "Bolaji|Agbo|Akeem|Abdulsalam|Obasi|Adegoke|Seun|Ishaq|Abayomi|Inyang|Olayemi|Ajibola|Shittu|Magaji|Pius|"
        "Adesina|Dike|Festus|Jamiu|Uzoma|Olaitan|Onyeka|Chinenye|Oluwakemi|Kareem|Abosede|Ayobami|Olusola|"
        "Olayiwola|Tijjani|Hammed|Danladi|Ayoola|Asuquo|Olabisi|Lateef|Agboola|Suleman|Nnaji|Tony|Nasir|Omolara|"
        "Momoh|Chinonso|Tope|Olatunde|Akinyemi|Onyebuchi"
    ),
    "NL": (
        "Hurkmans|Karsten|Pieper|Beers|Hutten|Kaas|Sonneveld|Spruijt|Van Roosmalen|Huitema|Noorlander|Oosterbaan|"
        "Woudenberg|Beens|Kalkman|Meijs|Kootstra|Schuit|Van Eekelen|Molendijk|Straatman|Van Der Gaag|Van Opstal|"
        "Mathijssen|Frijters|Braat|Dassen|Krul|Van Der Zande|Lindeboom|Van Baal|Kraaijeveld|Haasnoot|Ammerlaan|"
        "Blonk|Nijdam|Berkers|Hegeman|De Roode|Mans|Raven|Niessen|Boeren|Bout|Huibers|Keulen|Quist|Schaafsma|"
        "Welling|Lemmen|Tuin|Buter|Hendrikse|Schreuders|Van Arkel|Hogervorst|Van Veenendaal|Van Stiphout|Lensen|"
        "Meulendijks|Hordijk|Kappert|Verkade|Welten|Van Goor|Hulleman|Blokzijl|Kreeft|Eshuis|Stienstra|"
        "Van Der Vlist|Batenburg|Sinke|Borsboom|De Wijs|Kouwenberg|Barendregt|Ketting|Vreugdenhil|Voogd|Beekmans|"
        "Van Dun|Van Broekhoven|Van Der Schoot|Dingemans|Ebbers|Van Bemmel|Smeenk|Meijering|Van Heugten|Steur|"
        "Den Besten|Miltenburg|Freriks|Kats|Kuster|Daemen|Penders|Van Tilborg|Rijken|Koper|Vedder|Klaasen|"
        "Berghuis|Van Der Made|Oonk|Huizenga|Egberts|Koevoets|Guijt|Gerritse|Alblas|Hoorn|Bijkerk|Broekhuis|"
        "Lenting|Kuijer|Van Den Biggelaar|Hulsman|Heesakkers|Vlaar|Vugts|Peelen|Koekkoek|Gijzen|Morsink|Smetsers|"
        "Lagerweij|Mentink|Veer|Pasman|Beer|Kowalski|Gort|Kuypers|Huls|Bertens|Goossen|Tabak|Nienhuis|Plat|"
        "Van Nunen|Middendorp|Van Gurp|Stuiver|Schokker|Beurskens|Van Oijen|Abbink|Vrielink|Romeijn|"
        "Van Der Pluijm|Horstman|Sengers|Budding|Jongejan|Hoeve|Hoff|Van Ginneken|Kempen|Dohmen|Kamstra|Osinga|"
        "Hekman|Bons|Wijnhoven|Van Wezel|Oostveen|Beltman|Leeflang|Spronk|Van Der Zalm|Colijn|Van Heusden|Voorn|"
        "Verwoert|Wijbenga|Nooijen|Broersma|Van Houwelingen|Lansink|Kiers|Wentink|Ketelaar|Van Der Lugt|Zandstra|"
        "Bode|Van Asten|Boumans|Verbakel|Mink|Dijkhuis|Zijlmans|Poort|Bolhuis|Van Der Vlugt|Louwers|Waanders|"
        "Suijkerbuijk|Van Delden|Stigter|Ruijs|Poel|Creemers|Gijsen|Stout|Pals|Kaspers|Boerman|Verduijn|Hamelink|"
        "Fokker|Breedveld|Vellinga|Jellema|Van Der Donk|Van Den Eijnden|Van Duren|Vernooij|Wagemakers|Smidt|"
        "Moors|Lambregts|Goes|Gerards|Roorda|Lindeman|Renes|Besseling|Van Gaalen|Buitendijk|Van Harten|"
        "Schuitemaker|Braaksma|Van Maurik|Eilander|Stoel|Moerland|Weeda|Huijsmans|Talsma|Diepeveen|Van Der Lans|"
        "Appelman|Oosterwijk|Van Thiel|Van Dinther|Verwoerd|Schrama|Van Genderen|Duijn|Loman|Star|Riemersma|Mols|"
        "Coumans|Sterken|Andriessen|Klinkenberg|Van Hooff|Korte|Borger|Voermans|Piek|Hengeveld|Kiewiet|Alkema|"
        "Nijholt|Fokkema|Wolthuis|Stokman|Doldersum|Van Der Haar|Huiskes|Van Veldhoven|Draaijer|Rebel|Reus|"
        "Dieleman|Van Balen|Mooren|Koop|Holtkamp|Brinks|Olsthoorn|Groenendaal|Volkers|Langerak|Roeleveld|"
        "Masselink|Slaats|Jongbloed|Adriaans|Commandeur|Leferink|Van Roekel|De Wildt|Klerks|De Wild|Mutsaers|"
        "Hoeksema|Van Beusekom|Litjens|Ligtvoet|Wildeboer|Bruining|Tukker|Ferwerda|Pierik|Romkes|Damhuis|Kieft|"
        "Bras|Hoffman|Meeuwissen|Hogendoorn|De Bruijne|Harteveld|Zwarts|Fokkens|Kruize|Gommans|Heijne|Haveman|"
        "Krikke|Van Schaijk|Schurink|Pruim|Harbers|Loeffen|Deelen|Witjes|Dijkshoorn"
    ),
    "PH": (
        "Barredo|Policarpio|Billones|Naval|Amante|Macatangay|Tagle|Tayag|Junio|Almario|Dumlao|Laurel|Viernes|"
        "Pasion|Manlapaz|Belarmino|Catacutan|Castor|Comia|Posadas|Locsin|De Dios|Regala|Balagtas|Arguelles|"
        "Veloso|Verzosa|Verano|Mijares|Puno|Ybañez|Chiong|Teodoro|Baluyot|Hermoso|Magat|Almazan|Magnaye|Alejo|"
        "Guanzon|Bermejo|Manahan|Buenafe|Carillo|Inocencio|Laxamana|Dela Vega|Ariola|Revilla|Ceniza|Mamaril|"
        "Tiongson|Bernales|De Guia|Alcala|Lanuza|Yambao|Cariaga|Agcaoili|Ricafort|Banaag|Marzan|Dayao|Francia|"
        "Pagaduan|Manlangit|Manalastas|Dacanay|Poblete|Pancho|Danao"
    ),
    "PL": (
        "Bujak|Rosiak|Tkaczyk|Rojek|Czapla|Matuszak|Długosz|Lipiński|Domańska|Piwowarczyk|Orzechowska|Wesołowski|"
        "Pasternak|Sobieraj|Sosnowski|Zielonka|Kulig|Cebula|Gaweł|Jankowiak|Dobrowolski|Guzik|Czerwiński|"
        "Frąckowiak|Wolak|Romanowska|Książek|Majcher|Pawelec|Sokół|Karpińska|Borowiec|Janowska|Lisowska|Orłowski|"
        "Małecka|Lasota|Bielecki|Wojtczak|Rogowska|Szwed|Zaręba|Jastrzębska|Krakowiak|Bukowska|Adamczak|Pałka|"
        "Bartosik|Bober|Jakubiak|Frączek|Śliwińska|Tomala|Dudziak|Stolarczyk|Koza|Wąsik|Cichy|Florek|Rogowski|"
        "Flis|Filipek|Sitek|Prokop|Knapik|Kwiatek|Misiak|Matuszewska|Sojka|Matuszewski|Sobolewska|Małecki|"
        "Stefańska|Skowronek|Cygan|Mroczek|Dąbek|Kaszuba|Jastrzębski|Pilch|Marcinkowski|Grzesik|Janiszewska|"
        "Wilczyńska|Ślusarczyk|Górniak|Milewski|Wojtowicz|Marcinkowska|Bednarska|Bielak|Jagiełło|Romanowski|"
        "Adamus|Cholewa|Płonka|Szyszka|Kita|Dziuba|Karaś|Rusin"
    ),
    "PT": (
        "Pessoa|Carrilho|Quintas|Leitao|Clemente|Gameiro|Ferro|Diniz|Barreira|Mata|Bettencourt|Nóbrega|Caldas|"
        "Crespo|Prata|Bernardes|Colaço|Malheiro|Barreiros|Frade|Brites|Queiros|Meira|Pascoal|Ornelas|Moita|Pita|"
        "Galvão|Estrela|Laranjeira|Duque|Tomas|Casimiro|Capela|Videira|Saldanha|Fraga|Vilaça|Batalha|Verissimo|"
        "Proença|Parente|Pardal|Mascarenhas|Lacerda|Vinagre|Sardinha|Rolo|Geraldes|Ferrão|Soeiro|Mourão|Souto|"
        "Vilhena|Mariano"
    ),
    "RS": (
        "Veselinovic|Ciric|Bulatović|Ignjatovic|Brankovic|Pantelic|Adzic|Lekovic|Bozic|Micic|Vukicevic|Terzic|"
        "Radojicic|Milić|Misic|Davidovic|Milivojevic|Vukadinovic|Simić|Avramovic|Korac|Mujevic|Tosic|Mugosa|"
        "Bubanja|Roganovic|Vujicic|Ratkovic|Kostić|Bulajic|Janjic|Dautovic|Krstić|Djokovic|Obradović|Omerovic|"
        "Panic|Bajic|Ristić|Vucetic|Matovic|Mijailovic|Bojic|Bojanic|Zekovic|Jovicevic|Despotovic|Lukovic|"
        "Đurović|Kalezic|Grbovic|Halilovic|Kuzmanovic|Rastoder|Mijovic|Zaric|Tomić|Rakovic|Zoric|Perović|"
        "Radulović|Kojic|Randjelovic|Andjelic|Sabotic|Bošković|Pejović|Brajovic|Babovic|Vujović|Medjedovic|"
        "Milovanović|Nedovic|Mehovic|Urosevic|Milinkovic|Vojvodic|Novovic|Bakic|Mladenović|Šćepanović|Lalic|Murić"
    ),
    "TR": (
        "Dere|Karademir|Sayın|Aşık|Köseoğlu|Inci|Dikmen|Kaymak|Bodur|Barut|Taşkıran|Beyaz|Vatansever|Çakir|Balci|"
        "Ekin|Başar|Zeybek|Kaynak|Yazar|Yakut|Akcan|İpek|Atak|Ergen|Canpolat|Çavuş|Kale|Aydogan|Atar|Tufan|"
        "Balaban|Kaçmaz|Uyanık|İnan|Çavdar|Serin|Şenel|Demirkol|Çalık|Bora|Taştan|Kızılkaya|Kalaycı|Yazici|Tatlı|"
        "Akkurt|Kasap|Akca|Düzgün|Bağcı|Göksu|Kiraz|Saka|Balkan|Subaşı|Arık|Colak|Arıcı|Ünver|Özyurt|Kayhan|"
        "Uludağ|Koçyiğit|Yağcı|Gülen|Gencer|Söylemez|Baykal|Kanat|Bedir|Civelek|Aldemir|Alemdar"
    ),
}
WORD_SURNAMES = """Kaas|Tuin|Koper|Stout|Star|Rebel|Beer|Plat|Bode|Poort|Veer|Stoel|Kreeft|Ketting|Tabak|Piek
|Reus|Koop|Goes|Boel|Storme|Stoop|Sergeant|Bataille|Latour|Kempen|Hoorn|Budding|Beyaz|Barut|Kaymak|Cebula|Koza|Kiraz
|Kale|Dikmen|Bonnet|Vinagre|Sardinha|Pardal|Batalha|Colle|Prata"""
COUNTRY_NL = {"BE": "België", "NL": "Nederland", "AL": "Albanië", "TR": "Turkije", "GH": "Ghana", "RS": "Servië",
              "NG": "Nigeria", "PL": "Polen", "IT": "Italië", "AO": "Angola", "PH": "de Filipijnen", "CM": "Kameroen",
              "PT": "Portugal", "BR": "Brazilië", "ES": "Spanje"}

# Streets without a house number; the generator adds numbers, bus/bte and postcodes.
STREETS_VL = """Wevelgemstraat|Kapelleveldlaan|Oude Heerweg|Ter Kamerenplein|Klaverbladpad|Noorderring|Begijnenhof
|Kiezelvest
|Merellei|Schorredijk|Vestingwal|Zandbergbaan|Pottenbakkerssingel|Zilverberkplantsoen|Molenerf|Timmerwerf
|Ijzerenwegstraat|Bremveldlaan|Groenendaalweg|Paardenwedpad|Hospitaalring|Gasthuishof|Zoutkaai|Brugse Vest
|Markgravelei|Haverdijk|Stadswal|Sparrenplantsoen|Vlasserf|Zuidwerf|Kwakkelstraat|Vogelzanglaan|Hoge Akkerweg
|Kiekenmarkt|Oude Vismijn|Hazegras|Scheepsdalelaan|Ganzenveld|Rietdekkersstraat|Elzenlaan|Torhoutsesteenweg
|Zeemanshof|Boterhuis|Rozemarijnstraat|Stropkaai|Leopold de Waelplaats|Balansstraat|Ploegstraat|Vijverhoflaan
|Berchemlei|Hollebeekstraat|Zwaluwenpad|Valkenhof|Ekerse Dijk|Tichelrei|Hooiweg|Slachthuislaan|Broederminstraat
|Heistraat|Lijsterbesdreef|Kuipersplein|Vlamingveld|Koperslagersstraat|Laaglandlaan|Raapstraat|Dorpsakker
|Populierenring|Spinnerijkaai|Hopmarkt|Olmenhof|Molenweide|Boomgaardwerf|Kasteelerf|Roggeveld|Havermarkt
|Lakenmakersstraat|Zwingelaan|Herderinnepad|Klokkenberg|Wolvenhof|Kaasmarkt|Leeuwerkhof|Glasblazerslaan
|Pluimstraat|Zwijgerlaan|Kiekenstraat|Verloren Kost|Keistraat|Schapenweide|Meersdreef|Kievitring|Ringvaartweg
|Nieuwe Dokken|Kleine Vesting|Kolveniershof|Pelikaanstraat|Hekelweg|Bargiekaai"""
STREETS_BXL = """Rue Verte|Rue Rasson|Avenue Jean Dubrucq|Rue Ribaucourt|Rue Van Soust|Rue de l'Agrafe
|Avenue de Roodebeek
|Rue Malibran|Rue Piers|Quai de Willebroeck|Rue du Cheval Noir|Avenue Van Volxem|Rue de Moorslede
|Square Ambiorix|Rue Berthelot|Pletinckxstraat|Kolenmarkt|Vandenbrandenstraat|Rue de la Senne|Rue Jourdan
|Rue de Bosnie|Rue du Brochet|Kazernenstraat|Pieremansstraat|Spiegelstraat|Rue de la Poudrière
|Avenue de la Couronne|Rue Fernand Bernier|Place Bethléem|Rue de Fierlant"""
STREETS_NL = """Laan van Meerdervoort|Amsterdamsestraatweg|Kanaalweg|Vaartsche Rijn|Bilderdijkkade|Transvaalkade
|Oudedijk|Zaagmolenkade
|Burgemeester de Vlugtlaan|Mathenesserweg|Kerkrade-Westsingel|Teldersweg|Javastraat|Slotermeerlaan"""
# postcode, municipality (Flanders and Brussels), and Dutch postcode places
PLACES_VL = """8930 Menen|8560 Wevelgem|8400 Oostende|8000 Brugge|8200 Sint-Andries|8500 Kortrijk|8800 Roeselare
|8900 Ieper
|9000 Gent|9040 Sint-Amandsberg|9100 Sint-Niklaas|9200 Dendermonde|9300 Aalst|9400 Ninove|9500 Geraardsbergen|9600 Ronse
|9700 Oudenaarde|9900 Eeklo|2000 Antwerpen|2060 Antwerpen|2100 Deurne|2140 Borgerhout|2180 Ekeren|2200 Herentals
|2300 Turnhout|2400 Mol|2500 Lier|2610 Wilrijk|2800 Mechelen|2900 Schoten|3000 Leuven|3010 Kessel-Lo|3200 Aarschot
|3300 Tienen|3500 Hasselt|3600 Genk|3700 Tongeren|3800 Sint-Truiden|3900 Pelt|3920 Lommel|1800 Vilvoorde|1700 Dilbeek
|1500 Halle|1930 Zaventem|2830 Willebroek|3290 Diest|9160 Lokeren|8700 Tielt|8670 Koksijde|3630 Maasmechelen"""
PLACES_BXL = """1000 Brussel|1030 Schaarbeek|1060 Sint-Gillis|1070 Anderlecht|1080 Molenbeek|1081 Koekelberg|1140 Evere
|1190 Vorst|1210 Sint-Joost-ten-Node|1020 Laken|1120 Neder-Over-Heembeek|1083 Ganshoren"""
PLACES_NL = """3031 KV Rotterdam|2515 EB Den Haag|3572 AS Utrecht|1063 KM Amsterdam|4811 LJ Breda|5014 HD Tilburg
|4331 TW Middelburg|6411 GR Heerlen|4531 EM Terneuzen|4701 NR Roosendaal"""
ORGS = """OCMW|Sociaal Huis|CAW|het CLB|de woonmaatschappij|Huurdersbond|het JAC|VDAB|de mutualiteit|Kind en Gezin
|het Huis van het Kind
|de schuldbemiddelingsdienst|Agentschap Integratie en Inburgering|het buurtwerk|het dienstencentrum
|de thuiszorgdienst|het wijkgezondheidscentrum
|de jeugddienst|de voedselbank|het opvanginitiatief|de integratiedienst|het centrum algemeen welzijnswerk
|de sociale kruidenier|Vluchtelingenwerk"""
MAIL_DOMAINS_PRIV = """gmail.com|hotmail.com|outlook.be|telenet.be|skynet.be|yahoo.fr|live.nl|icloud.com|proton.me
|hotmail.be|gmx.net|ziggo.nl"""
MAIL_DOMAINS_ORG = """ocmw-wevelgem.be|sociaalhuis-menen.be|caw-zuidwest.be|clb-noord.be|buurtwerk-rabot.be
|wonenregiokortrijk.be
|dienstencentrum-deboomgaard.be|jac-oostende.be|thuiszorgmeander.be|opvangdebrug.be|schuldhulp-kempen.be
|wgcdeschakel.be"""

# Filler sentences are composed of a subject (plural), a predicate and an optional tail, or taken whole from
# REMARKS; the generator lets no sentence occur in more than three texts. A subject's tags name the predicate groups
# that fit it: g general, a adults, p parents, w working people, c children and teenagers, n newcomers.
SUBJECTS = """gap:Steeds meer gezinnen in de wijk|gap:Alleenstaande moeders met jonge kinderen
|ga:Oudere huurders in de sociale woonblokken
|gaw:Jongeren die net 18 zijn geworden|gawpn:Nieuwkomers met een oranje kaart|ga:Mensen met een leefloon
|ga:Gepensioneerden met enkel een IGO
|gaw:Cursisten uit het volwassenenonderwijs|gap:Bewoners van de containerwoningen
|gap:Ouders van kinderen in het buitengewoon onderwijs
|gawn:Mensen zonder wettig verblijf|ga:Mantelzorgers van ouderen met dementie|gaw:Arbeiders met een interimcontract
|gap:Gezinnen in budgetbeheer
|ga:Huurders op de private markt|ga:Mensen met een chronische ziekte|gaw:Jongeren in de nachtopvang
|gapn:Bewoners van het asielcentrum
|gc:Kinderen uit kwetsbare gezinnen|ga:Ouderen zonder computer|gap:Vrouwen die uit een gewelddadige relatie vertrekken
|ga:Mensen met een verstandelijke beperking|ga:Zelfstandigen die failliet gingen|ga:Langdurig zieken
|gaw:Ex-gedetineerden
|gap:Gezinnen met een laag inkomen|gawpn:Erkende vluchtelingen|gc:Tieners van de jeugdwerking
|gap:Ouders die in ploegen werken
|ga:Mensen in collectieve schuldenregeling|gaw:Bewoners zonder auto in de deelgemeenten|ga:Slechthorende senioren
|ga:Cliënten van het dagcentrum|gp:Pleeggezinnen|gaw:Jonge werkzoekenden zonder diploma
|gp:Grootouders die voor hun kleinkinderen zorgen
|gc:Leerlingen van het deeltijds beroepsonderwijs|gc:Kleuters uit de nieuwkomersklassen|gaw:Seizoensarbeiders
|gap:Grote gezinnen"""
PREDICATES = """a:vinden geen betaalbare huurwoning meer|g:wachten maanden op een afspraak bij de psychiater
|a:raken niet meer aan een huisarts
|a:krijgen hun brieven enkel nog digitaal|a:betalen te veel voor hun energie door een oud contract
|g:vallen tussen twee systemen in
|a:verliezen hun uitkering bij de minste fout in een formulier|p:kunnen de schoolrekening niet op tijd betalen
|a:moeten voor elke aanvraag opnieuw dezelfde papieren binnenbrengen|g:hebben geen vervoer naar de dagopvang
|a:worden geweigerd bij bezichtigingen zodra ze het OCMW vermelden
|a:komen niet in aanmerking voor de premie door één euro te veel inkomen
|g:krijgen geen tolk bij het ziekenhuis|g:zitten vast op een wachtlijst van jaren
|g:durven geen hulp te vragen uit schaamte
|g:kennen hun rechten niet|a:vinden de weg niet in de digitale loketten|a:moeten kiezen tussen eten en medicatie
|a:krijgen een aanmaning voor facturen die ze nooit ontvingen|a:slapen bij vrienden op de zetel
|p:raken hun plaats in de kinderopvang kwijt
|g:worden van het kastje naar de muur gestuurd|a:krijgen geen bankrekening geopend|a:hebben schulden bij incassobureaus
|g:worden niet bereikt door de gemeentelijke informatie|p:missen de inschrijvingsperiode voor de school
|g:worden doorverwezen zonder opvolging
|w:verliezen hun job omdat de opvang te laat opent|a:kunnen de waarborg niet samenbrengen
|g:leven in een woning vol vocht
|c:kunnen niet mee op jeugdkamp door de kostprijs|g:hebben geen geld voor een bril of tandzorg
|a:worden geconfronteerd met discriminatie op de huurmarkt|n:krijgen hun verblijfsdocumenten pas na maanden
|g:missen afspraken omdat de brieven te laat komen|a:moeten hun medicatie zelf voorschieten
|g:raken geïsoleerd sinds de buurtwinkel dicht is
|a:kunnen niet zonder hulp hun belastingaangifte invullen|a:krijgen geen antwoord van het callcenter
|n:haken af in de inburgeringscursus
|a:verliezen hun recht op sociaal tarief na een herberekening|p:krijgen geen plek in de naschoolse opvang
|w:werken zonder contract
|c:hebben thuis geen rustige plek om te studeren|c:komen zonder lunch naar school
|c:missen de schooluitstappen omdat ze niet betaald zijn
|c:hebben geen laptop voor hun huiswerk|c:vallen uit na de eerste graad|c:zitten na school alleen thuis
|c:worden gepest omdat ze geen merkkleren hebben
|w:krijgen hun loon te laat of onvolledig|w:pendelen twee uur per dag zonder vervoerstegemoetkoming
|w:vinden geen werk door de taalvereiste
|p:betalen de opvang met geld dat voor de huur bedoeld is|p:krijgen het groeipakket pas maanden te laat"""
TAILS = """|, en dat zien we elke week|, zeker sinds de indexering|, vooral in de wintermaanden
|, en niemand voelt zich verantwoordelijk
|, al sinds de zomer|, terwijl de regels daar niet voor bedoeld zijn|, ook na herhaaldelijk aandringen
|, en dat wordt elk jaar erger
|, volgens verschillende partners|, vooral buiten het centrum|, omdat het aanbod veel te klein is
|, ook als ze recht hebben op hulp
|, zonder dat iemand het opmerkt|, ondanks alle beloftes van het beleid|, met alle gevolgen van dien
|, dat merken we in elke wijk"""
REMARKS = """Vorige week zaten er twintig mensen in de wachtzaal voor één maatschappelijk werker.
|De nieuwe woonwagen van het buurtwerk staat er maar op dinsdag.
|De mutualiteit heeft haar kantoor in de deelgemeente gesloten.
|Het sociaal verhuurkantoor neemt geen nieuwe kandidaten meer aan.
|De inloopuren van het CAW zijn teruggebracht naar twee voormiddagen.
|Bij de bank moet je nu een afspraak maken via een app.
|De schoolbus stopt niet meer aan het kruispunt, kinderen lopen langs de steenweg.
|De speeltuin is al een jaar afgesloten met nadarhekken.
|Het aanmeldingsformulier voor de kinderopvang telt elf pagina's.
|Tolken via de telefoon zijn pas na drie dagen beschikbaar.
|Op de wachtlijst voor budgetbegeleiding staan nu meer mensen dan vorig jaar.
|De huurwaarborg via het OCMW wordt door verhuurders niet aanvaard.
|De energiecoach kan maar vier huisbezoeken per week doen.|Het sociaal restaurant zit elke middag vol om half twaalf.
|De dienstencheques zijn voor veel ouderen te duur geworden.|In de nieuwe wijk is er geen enkele huisarts gevestigd.
|De fietsherstelplaats van de jeugdwerking is gesloten door een gebrek aan vrijwilligers.
|Het wijkgezondheidscentrum heeft een patiëntenstop.
|Mensen staan om zeven uur al aan te schuiven voor het loket.
|Het postkantoor in de deelgemeente is dicht, mensen moeten met de bus naar de stad.
|De nachtopvang stuurt elke avond mensen weg.|Niet iedereen kan met itsme werken, zeker ouderen niet.
|Huiswerkklassen zitten vol, er is een wachtlijst tot na de herfstvakantie.
|Jongeren hangen 's avonds rond omdat het jeugdhuis om acht uur sluit.
|Het busje van de minder mobielen centrale rijdt niet meer in het weekend.
|Mensen met een beperking vinden geen aangepaste woning op de private markt.
|De ziekenhuisfacturen worden meteen aan een incassobureau doorgegeven.
|De sociale kruidenier heeft te weinig verse groenten.
|Bij de inschrijving voor het kamp moet meteen het volle bedrag betaald worden.
|De brieven van de belastingdienst zijn voor niemand te begrijpen.
|Er is geen enkele kinderopvang die open is voor 6u30.
|Ouders durven niet naar het oudercontact omdat ze geen Nederlands spreken.
|Je moet drie keer bellen voor je iemand aan de lijn krijgt.
|Het aanbod voor 65-plussers verdwijnt stilaan uit de dorpen.
|Steeds meer mensen vragen een voedselpakket aan het einde van de maand.
|De kosten voor een identiteitskaart zijn voor sommigen al te hoog.
|Les familles ne comprennent pas les courriers en néerlandais.|Really, nobody knows who is responsible for this.
|Er zijn in de hele regio maar twee crisisbedden voor jongeren.
|Het woonloket is enkel nog open op afspraak, via de website.
|Graag dit signaal mee opnemen in het lokaal sociaal beleid.|Kan dit op de agenda van het volgende overleg?
|Dit is geen alleenstaand geval.|We horen dit van meerdere collega's.|Wie kan hier iets aan doen?
|Ik weet echt niet meer waar we naartoe kunnen.
|Misschien kan de stad hier een regeling voor uitwerken.|De partners zien hetzelfde patroon.
|Alvast bedankt om dit mee te nemen.
|Dit speelt al jaren.|Ik laat het hierbij, maar het blijft wringen.|Wij hebben geen budget om dit zelf op te lossen.
|Het probleem zit in de regelgeving, niet bij de mensen.|Is er iemand die een oplossing kent?
|Dringend, graag snel feedback.
|Zie ook het signaal van vorige maand.|Dit is het derde geval deze week.|Er moet structureel iets veranderen.
|De wachtlijsten worden alleen maar langer.|Zonder tolk lukt het gewoon niet.|Iedereen verwijst naar iemand anders.
|Het gaat hier om basisrechten.|De procedure is veel te complex.
|Er is geen enkele uitzondering mogelijk volgens de dienst.
|We proberen het informeel op te lossen, maar dat kan niet blijven duren.|Ik hoor dit ook van de scholen in de buurt.
|Dit staat ook in het jaarverslag van vorig jaar.|Niemand lijkt bevoegd.
|De huurprijzen stijgen sneller dan de uitkeringen.
|C'est vraiment la galère pour ces familles.|Honestly, this is not sustainable.|Bon, ik laat het aan jullie.
|Ik heb al gebeld, gemaild en een brief gestuurd.
|De stad heeft een mooi plan, maar op het terrein merken we er niks van.
|Kunnen we een werkgroep opstarten?|Op het terrein is het echt alle hens aan dek.|Mensen haken af voor ze hulp krijgen.
|Het formulier bestaat enkel in het Nederlands.|Er is geen loket meer waar je zonder afspraak terechtkan.
|Het aanbod is er wel, maar het bereikt de juiste mensen niet.|Die regel treft precies de zwaksten.
|Ik volg dit verder op.
|Meer info op aanvraag.|Dit mag niet blijven liggen.|Graag een reactie van de bevoegde schepen.
|De situatie is schrijnend.|Het is telkens hetzelfde verhaal.|De hulpverlening loopt vast op de regels.
|Voor veel mensen is dit een drempel te veel.|We merken dit sinds de nieuwe procedure.
|Zie bijlage voor meer context (niet meegestuurd).
|Sorry voor de lange mail.|Snel getypt tussen twee afspraken door, excuses voor de fouten.
|Vanuit ons team een duidelijke vraag tot actie.
|Kan het beleid hier eens naar kijken?|Het gevoel van onmacht is groot bij de collega's.
|Dit is echt een structureel probleem.
|We vragen een aanpassing van het reglement.|De regels zijn niet afgestemd op de realiteit.
|Iedereen weet het, maar niemand doet iets."""
# Short case-note problems for "Probleem:" lines: a problem and a qualifier.
ISSUES = """huurachterstand|geen warm water|schimmel in de slaapkamer|schulden bij de energieleverancier
|afsluiting water gepland
|geen huisarts|uitkering geschorst|leefloon stopgezet|geen plaats in de kinderopvang|geen recht op studietoelage
|deurwaarder aan de deur|afbetalingsplan geweigerd|geen verblijfsdocument|brieven van de RVA niet begrepen
|geen bankrekening
|kinderen niet ingeschreven in een school|verhuurder weigert herstellingen|geen aangepast vervoer
|zorgbudget niet aangevraagd
|tandzorg uitgesteld|dakloos na scheiding|geen internet thuis|domicilie geschrapt|huurwaarborg niet terugbetaald
|geen tolk bij het ziekenhuis|factuur ziekenhuis bij incassobureau|opzeg door de huisbaas|geen opvang na school"""
QUALIFIERS = """|, sinds maart|, al drie maanden|, opnieuw|, sinds de scheiding|, dringend|, na herberekening
|, sinds de verhuis
|, al voor de tweede keer|, sinds de zomer|, ondanks afspraken|, tweede aanmaning|, sinds de nieuwe regels"""
LEAD_INS = """We zien het wekelijks:|Opvallend:|Collega's melden hetzelfde:|Vanuit de praktijk:|Ook in onze werking:
|Nog altijd:
|Van verschillende kanten horen we het:|Kort samengevat:|Wat ons opvalt:|Al maanden hetzelfde beeld:
|Ook dit jaar weer:"""
OPENERS = """Dag collega's,|Hallo,|Beste,|Dag,|Hoi allemaal|Beste beleidsmedewerker,|Signaal:|Ter info:|Dag team,
|Goeiemiddag,|Hey,|Bonjour,"""
# Clean sentences with numbers and dates that are not personal data; the generator fills the slots.
CLEAN_TEMPLATES = """Sinds {date} is de huurpremie afgeschaft voor wie een inkomen boven € {amount} heeft.
|Vanaf {date} moet elke aanvraag via het e-loket, wat voor {pct}% van onze bezoekers onmogelijk is.
|Het reglement van {date} verhoogt de bijdrage voor de dagopvang tot € {small} per dag.
|Op {date} sluit het sociaal restaurant voor renovatie, voor minstens {num} maanden.
|Dossier {dossier} ligt al {num} maanden stil bij de dienst.
|Ref. {dossier}: beslissing uitgesteld tot na de gemeenteraad.
|Er staan {big} gezinnen op de wachtlijst voor een sociale woning, {pct}% meer dan vorig jaar.
|In {year} telden we {big} aanvragen voor voedselhulp.
|De energiefacturen stegen met gemiddeld € {amount} per jaar.
|De nieuwe maximumfactuur bedraagt € {amount} per schooljaar.
|{pct}% van de jongeren in onze werking heeft geen laptop thuis.
|De wachtlijst bij de thuisverpleging is {num} weken.
|Het mobiliteitsbudget van {year} is al opgebruikt in {month}.
|De bibliotheek aan {place} is sinds {date} op zaterdag gesloten.
|De bushalte aan {place} werd op {date} afgeschaft.
|Kinderen tussen {num} en {num2} jaar kunnen nergens terecht na school.
|Een gezin met {num} kinderen betaalt nu gemiddeld € {amount} per maand huur.
|De beslissing van het vast bureau van {date} is nog altijd niet uitgevoerd.
|Tussen {date} en {date2} was het loket dicht, dat gaf een enorme achterstand.
|Het gaat om ongeveer {big} huishoudens in de hele gemeente.
|Factuurnummer {dossier} werd twee keer aangerekend.
|De subsidie van € {amount} voor het project loopt af op {date}.
|Op de infoavond van {date} waren er {num} ouders, geen enkele tolk.
|De wachttijd voor een eerste gesprek bij het CGG is {num} maanden.
|Wie na {date} een aanvraag indiende, krijgt pas in {month} een antwoord.
|Een busabonnement kost nu € {small}, vroeger was het gratis voor 65-plussers.
|Aan {place} zijn de banken weggehaald, ouderen kunnen er nergens meer zitten.
|Het OCMW keurde in {year} slechts {pct}% van de aanvragen goed.
|De rusthuisfactuur stijgt naar € {amount} per maand.
|Het maandelijks leefloon voor een alleenstaande is € {amount}, de gemiddelde huur ligt hoger.
|Ticket {dossier} bij de helpdesk is nog niet behandeld.
|De mutualiteit betaalt sinds {date} de kinesist maar voor {num} beurten terug.
|In de wijk rond {place} zijn {num} handelszaken verdwenen.
|We schatten dat {pct}% van de gezinnen recht heeft op de toelage maar ze niet aanvraagt.
|Het stookoliefonds keert maximaal € {amount} uit, dat dekt nog geen halve tank.
|De gemeenteraad van {date} besliste de zitdagen te halveren.
|De leverancier vraagt bij elke vraag het klantnummer {ref10}, dat niemand terugvindt op de factuur.
|Voor de aanvraag van het sociaal tarief is de EAN-code {ean} nodig, die staat op geen enkele brief.
|De zaak bij de vrederechter heeft rolnummer {rol} en is al drie keer uitgesteld.
|Het ondernemingsnummer van de vzw is {kbo}, maar de bank blijft de rekening weigeren.
|Een man van {age} jaar moet nu zelf zijn medicatie gaan halen in de stad, want de apotheek in het dorp is dicht.
|Onze collega van het OCMW heeft {num} dossiers per week extra sinds {date}.
|De huisarts van de wijkpost kan maar {num} nieuwe patiënten per maand opnemen.
|Aanmaning met referentie {ref10} kwam toe na de vervaldag van {date}.
|De school vraagt voor de uitstap van {date} € {small} per kind, te betalen binnen de week.
|Een vrouw van {age} jaar vertelde dat ze de verwarming enkel nog in de keuken aanzet."""
PLACES_PUBLIC = """het Sint-Jansplein|het station|het Zuidpark|het Rabotpark|het Kerkplein|de markt|de sporthal
|het zwembad|het jeugdhuis
|het dienstencentrum|het wijkcentrum|het stadspark|het gemeentehuis|de kiosk|het Kaaiplein|het begijnhof
|het busstation|het jaagpad"""

# Frames: one block of a signal that carries personal data. Slots: {N} the main person's name (in a form the
# generator picks), {F} first name, {L} surname, {tit} a title fitting the person's gender (kept outside the span),
# {hij}/{Hij}/{zijn}/{Zijn} pronouns, {N2}/{F2} a second person, {W} the worker's name, {P} phone, {B} birth date,
# {A} address, {AP} postcode and municipality alone, {R} national number, {I} IBAN, {E} the main person's e-mail,
# {WE} the worker's e-mail.
FRAMES = {
    "person_name": [
        "{N} krijgt haar kinderbijslag op een rekening die door de ex geblokkeerd is.",
        "{N} staat al negen maanden op de wachtlijst voor een aangepaste woning, met rolstoel en al.",
        "Vandaag kwam {F} opnieuw langs: de energiefactuur is verdubbeld en {hij} durft de brief niet te openen.",
        "{tit} {L} heeft een attest van de huisarts, maar het OCMW vraagt een tweede advies van een specialist.",
        "ik heb {F} doorverwezen naar de tandarts van het wijkgezondheidscentrum, maar daar is een stop van 6 maanden",
        "{N} (schoolverlater, 17j) zit thuis sinds de kerstvakantie, geen enkele school wil hem nog inschrijven.",
        "Casus {N}: alleenstaande vader, werkt in de nachtploeg, vindt geen opvang voor zijn dochter van 2.",
        "{tit} {L} belde in paniek: de deurwaarder staat morgen aan de deur voor een boete van de Lijn.",
        "De buren van {N} melden al weken dat er water door het plafond komt, de verhuurder reageert niet.",
        "Op het overleg zei {N2} van de woonmaatschappij dat er dit jaar geen enkele grote woning vrijkomt.",
        "{F} en {F2} delen met vijf een studio, de kinderen doen hun huiswerk op het bed.",
        "Wij begeleiden {N} sinds maart; {hij} spreekt geen Nederlands en de brieven van de RVA zijn enkel in "
            "het Nederlands.",
        "Vraag van {tit} {L}: waarom moet ze elk jaar opnieuw bewijzen dat haar zoon een handicap heeft?",
        "{N} - nieuwkomer uit {land}, wacht al 5 maanden op een plaats in de NT2-les.",
        "Ik spreek {F} elke donderdag in de inloop, {hij} slaapt sinds twee weken in de auto.",
        "{tit} {L} kan de schoolrekening niet betalen en de school dreigt met een incassobureau.",
        "Mijn collega {N2} en ik zien steeds meer gepensioneerden aan de voedselbank, zoals {N} deze week.",
        "{N}, 82 jaar, woont alleen op de derde verdieping zonder lift en komt niet meer buiten.",
        "Dossier {N}: huurachterstand van drie maanden, vrederechter zitting in januari.",
        "{F} vertelde dat {hij} de bus niet meer neemt sinds de halte verplaatst is, en dus de dagopvang mist.",
        "Pour info: {N} a perdu son travail à cause du nouvel horaire de la crèche.",
        "fyi {N} got evicted last week, the landlord changed the locks during the day.",
        "Leerkracht meldt: {F} komt zonder ontbijt naar school, al sinds september.",
        "Ik heb {tit} {L} geholpen met de aanvraag voor de zorgpremie, het formulier is echt onbegonnen werk.",
        "{N} zou graag werken maar de VDAB-consulent zegt dat {zijn} diploma niet erkend is.",
        "Jeugdwerker {N2} merkt dat {F} niet meer naar de werking komt sinds het lidgeld verhoogd is.",
        "Deelnemers aan de praatgroep: {N}, {N2} en nog twee anderen, allemaal met hetzelfde probleem bij de "
            "huurwaarborg.",
        "{tit} {L} zit in een rolstoel en de nieuwe perrons zijn niet toegankelijk, {hij} kan niet meer naar het "
            "dagcentrum.",
        "Update over {F}: nog altijd geen beslissing van het Vlaams Agentschap voor Personen met een Handicap.",
        "Melding vanuit de wijkpolitie: {N} slaapt in het fietsenhok van het station.",
        "{N} werkt via een interimkantoor en krijgt elke week een ander contract, de huurder vindt geen woning zo.",
        "Kinderopvang: {tit} {L} moet haar plaats opgeven omdat het inkomenstarief plots verdubbeld is.",
        "{F} wil naar het middelbaar maar er is geen bus meer na 16u naar zijn dorp.",
        "Bij het huisbezoek bij {N} zagen we dat de ramen niet sluiten en er schimmel in de kinderkamer zit.",
        "Zorgcoach {N2} vraagt of we de situatie van {N} mee kunnen opnemen op het netwerkoverleg.",
        "ik zag {F} gisteren nog aan de bib, {hij} gebruikt de computers daar voor alle online aanvragen",
        "De huisarts van {tit} {L} weigert nog nieuwe patiënten, en de wachttijd elders is 4 maanden.",
        "{N} is sinds de fusie van de ziekenfondsen haar aanvullende verzekering kwijt zonder het te weten.",
        "Advocaat meester {L2} zegt dat de pro-Deo-vergoeding te laag is om de zaak van {F} verder te doen.",
        "Dokter {L2} van de wachtpost stuurt steeds meer mensen door zonder medische kaart, zoals {N}.",
        "{N} heeft de gratis busabonnementen voor 65+ gemist omdat de aanvraag enkel online kon.",
        "Naam: {N}\nProbleem: {issue}",
        "Vrijwilliger {N2} brengt {F} elke week naar de dialyse, want het aangepast vervoer rijdt niet meer op "
            "zaterdag.",
        "{tit} {L} ontvangt sinds de herberekening 240 euro minder per maand en niemand kan uitleggen waarom.",
        "De klasleerkracht van {F} merkt dat het meisje geen boeken heeft, de ouders wachten nog op de schooltoelage.",
        "chat met {F}: 'ik kan niet naar de afspraak, geen geld voor de trein' - heb het OCMW gebeld",
        "Gesprek met {N} en zijn huisgenoot {F2}: beiden werken in het zwart omdat hun verblijfsvergunning nog "
            "niet verlengd is.",
        "{N} is de mantelzorger van haar moeder en verliest haar premie omdat ze halftijds is gaan werken.",
        "Groetjes,\n{W}\nbuurtwerker",
        "{F} wil graag vrijwilligerswerk doen maar verliest dan volgens de RVA zijn uitkering.",
        "Mvg,\n{W} (maatschappelijk werker)",
    ],
    "birth_date": [
        "{N} (°{B}) krijgt geen verhoogde tegemoetkoming omdat het inkomen van haar inwonende zoon meetelt.",
        "Kind: {F}, geboren op {B}, staat op geen enkele wachtlijst voor kinderopvang.",
        "{N}, geb. {B}, heeft nog nooit een pensioenraming gekregen.",
        "Geboortedatum: {B}\nNaam: {N}\nVraag: {issue}",
        "{tit} {L} is van {B} en valt dus net buiten de leeftijdsgrens voor de seniorenpas.",
        "Op het inschrijvingsformulier van de school staat {B} maar op de kids-ID een ander jaar, de school "
            "weigert {F}.",
        "{N} ° {B} - geen mutualiteit, geen huisarts",
        "Le client, {N}, né(e) le {B}, n'a pas de titre de séjour valable.",
        "DOB: {B} ({N}) - needs urgent help with the rent guarantee.",
        "{F} is geboren op {B} en wordt dus volgend jaar meerderjarig, maar er is geen plan voor daarna.",
        "De jongste, {F} ({B}), heeft een diagnose autisme en geen plaats in het buitengewoon onderwijs.",
        "{N}, geboortedatum {B}, verblijft in de nachtopvang sinds haar ontslag uit het ziekenhuis.",
        "Aanmelding kinderopvang: {N}, °{B}, moeder werkt in ploegen.",
        "Betreft: {N} (geboren {B}) - aanvraag leefloon geweigerd wegens 'onvoldoende werkbereidheid'.",
        "Mama van {F} (geb. op {B}) wil een afbetalingsplan maar de leverancier weigert.",
        "{tit} {L} ({B}) mag volgens de pensioendienst pas volgend jaar met pensioen, maar is al twee jaar ziek.",
        "Inschrijving NT2: {N} — {B} — analfabeet in de moedertaal",
        "Zoontje {F}, geboren {B}, heeft geen Belgische nationaliteit en dus geen groeipakket volgens de uitbetaler.",
        "{N} {B} hospitalisatie zonder verzekering, factuur 4.800 euro",
        "Voor de aanvraag moet ik de geboortedatum van {F} doorgeven: {B}.",
        "{N}, °{B}, en haar partner {N2}, °{B2}, wonen sinds juni in een caravan.",
        "Leerling {N} (geboortedatum {B}) heeft al 40 halve dagen afwezigheid.",
    ],
    "address": [
        "{N} woont op {A} en daar is sinds oktober geen warm water.",
        "Het pand op {A} is opgedeeld in zeven kamers zonder brandladder.",
        "Huisbezoek {A}: vochtplekken in alle kamers, kind met astma.",
        "Adres: {A}\nBewoner: {N}\nProbleem: {issue}",
        "{tit} {L} is verhuisd naar {A}, maar haar post gaat nog naar het oude adres.",
        "Sinds de brand op {A} zitten drie gezinnen in een hotelkamer van de stad.",
        "woont in de {AS}, 3de verdiep, de lift staat al 5 weken stil",
        "Het gezin {L} woont op {A}, er zijn ratten in de kelder en de eigenaar doet niks.",
        "Nieuw adres van {F}: {A} - domicilie nog niet in orde, dus geen uitkering.",
        "L'adresse de {N}: {A}, le propriétaire refuse de faire les réparations.",
        "Referentieadres aangevraagd bij ons, {N} slaapt bij een vriend op {A}.",
        "Op {A} woont een oudere man alleen, {N}, zonder verwarming en zonder familie.",
        "{N} heeft de sleutel van {A} gekregen maar het appartement is niet bewoonbaar verklaard.",
        "Kan iemand van het woonloket langsgaan op {A}? De bewoonster, {N}, durft niet zelf te bellen.",
        "Uithuiszetting gepland op {A}, gezin {L} met 4 kinderen, geen alternatief.",
        "De kamer van {F} op {A} kost 550 euro en heeft geen raam.",
        "{N}\n{A}\n{issue}",
        "Postadres van {tit} {L}: {A} (bij zijn zus).",
        "Meerdere klachten uit hetzelfde gebouw, {A}, over de gemeenschappelijke verwarming.",
        "{N} is van {AP} naar hier verhuisd en verliest zo haar plaats in de dagopvang.",
        "De sociale woning van {N} ({A}) heeft nog enkele beglazing en een gaskachel.",
        "Opvang van {F} voorlopig bij de grootouders in {AP}, maar daar rijdt geen bus naar school.",
    ],
    "phone": [
        "{N} is enkel bereikbaar op {P}, bellen na 18u.",
        "Contact tante van {F}: {P}",
        "{tit} {L} heeft geen internet, maar wel een gsm: {P}.",
        "Tel. {P} ({N}) - wil graag terugbellen over de energiepremie.",
        "Kun je {F} terugbellen op {P}, want {hij} wacht al een week op antwoord van de dienst?",
        "{N} gsm {P} spreekt enkel Arabisch en wat Frans",
        "Het nummer van de tolk die {N2} ons gaf: {P}.",
        "Voor de opvang van {F} mag je de grootmoeder bellen: {P}",
        "Huisbaas van {tit} {L} is onbereikbaar, nummer {P} staat op voicemail.",
        "{N} (tel {P}) zou graag deelnemen aan het buurtoverleg maar werkt 's avonds.",
        "Neem gerust contact op: {W}, {P}",
        "Appeler {N} au {P}, elle ne parle pas néerlandais.",
        "{F} heeft een Nederlands nummer: {P}, want {hij} werkt in Zeeland.",
        "Bellen kan via {P}, dat is de gsm van de buurvrouw van {N}.",
        "{N} heeft enkel nog een buitenlands nummer ({P}) en kan dus niet inloggen met itsme.",
        "Vanwege de nieuwe wachtlijn van het OCMW hing {tit} {L} 50 minuten aan de lijn; terugbellen op {P}.",
        "Groeten,\n{W}\ngsm {P}",
        "Contactpersoon op school: {N2}, {P}",
        "Via WhatsApp {P} ({F}) stuurt ze foto's van de schimmel.",
        "Mama van {F}: {P} — vader: {P2}",
    ],
    "iban": [
        "{N} betaalt de huur via {I}, maar de huisbaas beweert dat er niks toekomt.",
        "Terugbetaling van de waarborg naar {I} (rekening van {N}) blijft uit.",
        "Rekeningnummer {F}: {I}",
        "De leefloonuitkering van {tit} {L} wordt gestort op {I}, een rekening waar de schuldeiser beslag op legt.",
        "Gift voor het noodfonds kan op {I} met vermelding 'winterhulp'.",
        "{N} heeft enkel nog een rekening in het buitenland: {I}, en kan daar geen Belgische domiciliëring op zetten.",
        "Betaling energiefactuur van {N} mislukt op {I}, nu komen er aanmaningskosten.",
        "IBAN {I} - {N} - budgetbeheer vanaf volgende maand",
        "Le loyer de {N} est versé sur {I}, un compte au nom du propriétaire.",
        "De schoolrekening van {F} kan gestort worden op {I}, maar de ouders hebben geen bankkaart.",
        "{N} kreeg een bericht dat {I} geblokkeerd is wegens 'verdachte activiteiten'.",
        "Zijn loon komt op {I}, maar {tit} {L} heeft de pincode nooit gekregen.",
        "Borg gestort door het OCMW op {I} voor {N}.",
        "Rekening van de bewindvoerder voor {N}: {I}",
        "Voorschot huurpremie {N} teruggevorderd, terug te betalen op {I}.",
    ],
    "email": [
        "{N} stuurt al haar vragen naar ons omdat ze {E} nooit kan openen op haar gsm.",
        "Mail van {N} ({E}) doorgestuurd: ze vraagt of de premie nog kan.",
        "Van: {N} <{E}>\nOnderwerp: {issue}",
        "{F} heeft geen e-mail, ik heb {E} voor {hem} aangemaakt maar {hij} vergeet het wachtwoord.",
        "Vragen? Mail mij: {WE}",
        "Reactie van de school via {WE}: ze kunnen het schoolgeld niet kwijtschelden.",
        "Het e-mailadres van {tit} {L} is {E}, maar ze leest het zelden.",
        "Mvg,\n{W}\n{WE}",
        "{N} schreef naar {E2}, het adres van de verhuurder, zonder antwoord.",
        "Doorgestuurd bericht\nVan: {W} <{WE}>\nAan: signalen",
        "Contact ouders van {F}: {E}",
        "Inschrijving werd bevestigd naar {E}, maar {N} heeft geen toegang meer tot die mailbox.",
        "{N} kan MyMinfin niet gebruiken, het account staat op {E} van haar overleden man.",
        "Contact : {N}, {E}, disponible le matin.",
        "Verslag naar {WE} sturen voor vrijdag aub.",
    ],
    "national_number": [
        "{N}, RRN {R}, heeft nog altijd geen elektronische identiteitskaart.",
        "Rijksregisternummer van {F}: {R} (zo staat het op de verblijfskaart).",
        "INSZ {R} - {N} - vraag tot referentieadres",
        "In de brief van de RVA staat {R}, maar het nummer van {tit} {L} is anders, dus alles wordt geweigerd.",
        "{N} ({R}) krijgt haar groeipakket niet omdat er twee dossiers op haar naam lopen.",
        "Het rijksregisternummer dat de school doorgaf voor {F} ({R}) klopt niet, dus geen schooltoelage.",
        "Identificatie: {N}, nr. {R}",
        "Numéro national de {N}: {R}, pas de réponse de la commune.",
        "Voor de aanvraag sociaal tarief: {N}, rijksregister {R}, leefloon sinds vorig jaar.",
        "{tit} {L} gaf aan de balie {R} op, het systeem vindt dat nummer niet.",
        "Rijksreg. {R} ({F}) - aanvraag tegemoetkoming hulp aan bejaarden loopt al 8 maanden",
        "Patiënt {N}, INSZ {R}, ontslagen zonder thuiszorg.",
        "Kind {F}, rijksregisternr. {R}, is niet ingeschreven bij een ziekenfonds.",
        "nn {R} voor {N}, graag checken of de verhoogde tegemoetkoming al loopt",
        "Voor het attest moet ik {R} en {R2} invullen, van {N} en haar dochter.",
    ],
}
