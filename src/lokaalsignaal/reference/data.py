"""Starting values of the reference lists (themes, target groups, sectors, responsible levels). Municipalities can
extend them in the admin."""

THEMES = [
    "wonen en energie", "inkomen en schulden", "werk en sociale economie", "gezondheid en zorg",
    "geestelijke gezondheid", "onderwijs en kinderopvang", "vrije tijd en participatie", "mobiliteit",
    "digitalisering en digitale kloof", "voeding en basisbehoeften", "toegang tot rechten en dienstverlening",
    "veiligheid en justitie", "migratie en inburgering", "eenzaamheid en sociaal netwerk", "klimaat",
]
TARGET_GROUPS = [
    "kinderen", "jongeren", "gezinnen met kinderen", "alleenstaande ouders", "ouderen",
    "personen met een handicap", "personen met psychische kwetsbaarheid", "mensen in armoede",
    "dak- en thuislozen", "nieuwkomers", "mensen zonder wettig verblijf", "werkzoekenden", "mantelzorgers",
    "studenten",
]
SECTORS = [
    "lokaal bestuur/OCMW", "CAW", "gezondheidszorg", "thuiszorg", "geestelijke gezondheidszorg", "onderwijs",
    "jeugdwerk", "kinderopvang", "huisvesting", "werk en activering", "armoedeorganisatie",
    "vrijwilligersorganisatie", "justitie/politie", "andere",
]
RESPONSIBLE_LEVELS = ["lokaal", "bovenlokaal/regio", "Vlaams", "federaal", "Europees"]
