"""Common Flemish organisations, services and acronyms of the privacy guard (split from ``lexicon``, round 3)."""

#: Common Flemish organisations, services and acronyms (lower-cased phrases). Tokens inside one
#: of these phrases are never part of a person name. ``scan(allow=...)`` adds more.
ORGANISATIONS = tuple(
    line.strip()
    for line in """
    ocmw
    caw
    vdab
    cm
    solidaris
    kind en gezin
    opgroeien
    de lijn
    fedasil
    huis van het kind
    wit-gele kruis
    i-mens
    familiehulp
    vlaams agentschap
    agentschap integratie en inburgering
    agentschap opgroeien
    agentschap zorg en gezondheid
    ldc
    jac
    cgg
    dmw
    clb
    vaph
    riziv
    rva
    rsz
    fod
    fod financiën
    fod sociale zekerheid
    dienst vreemdelingenzaken
    dvz
    cgvs
    sociaal huis
    rode kruis
    croix-rouge
    welzijnsschakels
    vierdewereldgroep
    voedselbank
    sint-vincentius
    vincentius
    vincentiusvereniging
    poverello
    samenlevingsopbouw
    buurtwerk
    wonen vlaanderen
    vmsw
    svk
    sociaal verhuurkantoor
    huurdersbond
    huurpunt
    woonhaven
    woonpunt
    woonzorgcentrum
    dienstencentrum
    lokaal dienstencentrum
    helan
    partena
    liantis
    acerta
    securex
    mutualiteit
    liberale mutualiteit
    neutraal ziekenfonds
    onafhankelijk ziekenfonds
    hulpkas
    hziv
    vlaamse sociale bescherming
    zorgkas
    fons
    infino
    kids@
    fluvius
    engie
    luminus
    farys
    de watergroep
    water-link
    proximus
    telenet
    orange
    mobile vikings
    delhaize
    colruyt
    aldi
    lidl
    carrefour
    kringwinkel
    de kringwinkel
    oxfam
    vluchtelingenwerk vlaanderen
    dokters van de wereld
    artsen zonder grenzen
    médecins du monde
    samusocial
    kom op tegen kanker
    uz gent
    uz leuven
    uza
    az sint-jan
    az jan palfijn
    jan palfijn
    az maria middelares
    maria middelares
    az groeninge
    az delta
    jan yperman
    az jan portaels
    jan portaels
    ziekenhuis oost-limburg
    zol
    jessa
    gza
    zna
    stuivenberg
    middelheim
    az sint-maarten
    az sint-lucas
    az monica
    az vesalius
    az klina
    az rivierenland
    az alma
    az zeno
    sint-jozef
    sint-elisabeth
    dr. guislain
    guislain
    ku leuven
    ugent
    universiteit gent
    artevelde
    arteveldehogeschool
    hogent
    karel de grote
    karel de grote hogeschool
    thomas more
    odisee
    vives
    ucll
    pxl
    howest
    don bosco
    jeugdhulp
    tejo
    jongerenwelzijn
    vertrouwenscentrum kindermishandeling
    tele-onthaal
    zelfmoordlijn
    cad
    free clinic
    msoc
    de sleutel
    kompas
    ariadne
    thuisverpleging
    thuiszorg
    thuishulp
    ferm
    gezinsbond
    vief
    okra
    s-plus
    vormingplus
    stad gent
    stad antwerpen
    stad brussel
    stad leuven
    stad mechelen
    stad brugge
    stad aalst
    stad genk
    stad hasselt
    stad kortrijk
    stad oostende
    stad sint-niklaas
    gemeente
    politie
    lokale politie
    parket
    vredegerecht
    vrederechter
    arbeidsrechtbank
    jeugdrechtbank
    justitiehuis
    bijzondere jeugdzorg
    ocj
    sdj
    vlaamse ombudsdienst
    kinderrechtencommissariaat
    unia
    myria
    netwerk tegen armoede
    welzijnszorg
    decenniumdoelen
    vlaams woningfonds
    woningfonds
    vreg
    energiehuis
    budgetmeter
    schuldbemiddeling
    collectieve schuldenregeling
    bureau voor juridische bijstand
    bjb
    pro deo
    kruispuntbank
    sociale kaart
    wijkgezondheidscentrum
    wgc
    medisch huis
    huisartsenwachtpost
    brugfiguur
    brugfiguren
    buurtsport
    kinderopvang
    kinderdagverblijf
    onthaalouder
    inloopteam
    opvoedingswinkel
    opvoedingsondersteuning
    het huis
    de vesting
    lejo
    arktos
    alba
    pagadder
    vzw
    asbl
    cpas
    forem
    actiris
    onem
    inami
    mloz
    ziekenfonds
    mutualité chrétienne
    mutualité socialiste
    sint-lucas
    sint-jan
    sint-pieter
    sint-vincent
    sint-niklaas
    go!
    katholiek onderwijs vlaanderen
    basisschool
    atheneum
    college
    instituut
    lyceum
    the village
    de link
    de tinten
    de overstap
    de schakel
    de brug
    de sprong
    de kiem
    de keeting
    ter kaai
    de vlaspit
    vlaspit
    het anker
    emmaüs
    emmaus
    bond zonder naam
    caritas
    caritas international
    leger des heils
    armen tekort
    t'antwoord
    wijkteam
    wijkpost
    wijkcentrum
    awel
    tele-onthaal
    teleonthaal
    tele onthaal
    samana
    femma
    kazou
    ligo
    infor jeugd
    idewe
    medex
    aquafin
    pidpa
    de watergroep
    mutas
    capac
    hulpkas
    famiris
    federale pensioendienst
    pensioendienst
    xerius
    jeugdwerknet
    chiro
    ksa
    scouts en gidsen vlaanderen
    kruidvat
    zalando
    vinted
    netflix
    spotify
    kbc
    cbc
    belfius
    bnp paribas fortis
    argenta
    crelan
    beobank
    keytrade
    bpost bank
    vdk bank
    triodos
    nagelmackers
    hello bank
    revolut
    bunq
    n26
    """.strip().splitlines()
    if line.strip()
)
