"""Stories for make_news2_pages.py: headline, then the story's paragraphs as they stand in the gold.

Written for this set (fictional places, people and events). A paragraph of at most four words without a full stop is
a subhead; one starting with "\u2022 " is a list item. English unless the tuple's third element names the language.
"""

STORIES = [
    # 0 arc-xp
    ("Transit board backs fare-free buses on three routes for a year-long trial", [
        "The Calder Regional Transit board voted on Thursday to stop charging fares on three of its busiest bus routes for twelve months, a trial that supporters say could bring back riders lost during years of service cuts.",
        "Starting in March, passengers on the 4, 11 and 27 lines will board through any door without paying. The three routes carry about 18,000 trips on a typical weekday, roughly a quarter of the system's ridership.",
        "Board chair Ines Albrecht said the agency would track boardings, travel times and complaints every month and publish the figures. \u201cIf it does not work, we will know quickly and we will say so,\u201d she said.",
        "Fares on the three routes brought in about $3.1 million last year. The city has agreed to cover half of that amount from its climate budget, and the agency will take the rest from a reserve fund set aside for new buses.",
        "Drivers' union president Carl Mendez said his members welcomed the change because fare disputes are the most common cause of confrontations on buses. \u201cNobody becomes a driver to argue about a dollar,\u201d he said.",
        "Not everyone was convinced. Board member Ruth Okonkwo, who cast one of the two votes against, said the money would be better spent running buses more often. \u201cA free bus that comes every forty minutes is still a bus people avoid,\u201d she said.",
        "What riders can expect",
        "The agency said the routes will keep their current schedules during the trial. Fare boxes on the buses will be covered, and riders with monthly passes will be able to get a partial refund.",
        "Similar trials in other mid-sized cities have raised ridership by between 10 and 30 percent, according to a study the agency commissioned last year, though most of the new trips came from people who had walked or cycled before.",
        "The board will vote again next winter on whether to extend the program or end it.",
    ]),
    # 1 wpvip-newspaper
    ("Fire at Dunmore recycling plant sends smoke across the east side", [
        "A fire that broke out overnight at a recycling plant on Dunmore Road sent a thick column of smoke over the city's east side on Saturday, and officials told residents of several neighborhoods to keep their windows closed.",
        "Firefighters were called to the Greyline Materials yard shortly after 2 a.m. and found a pile of shredded plastic and cardboard burning across half an acre, fire chief Owen Brady said at a morning briefing.",
        "More than 80 firefighters from five departments worked through the night. By noon the fire was contained but still smouldering, and crews expected to stay at the site for at least two more days.",
        "No one was hurt. The plant was closed at the time, and the two workers on the night shift left the building as soon as an alarm sounded, according to the company.",
        "The county health department said air monitors near the plant showed elevated levels of fine particles through the morning. People with asthma or heart conditions were advised to stay indoors.",
        "\u201cIf you can smell it, limit your time outside,\u201d said health officer Dr. Priya Nandakumar.",
        "It is the second fire at the yard in three years. In 2019 a smaller blaze burned for a day before crews put it out, and the state fined the company $40,000 for storing too much material too close to the fence line.",
        "Greyline said in a statement that it was cooperating with investigators and that the cause was not yet known.",
        "Several residents said they were woken by the smell before any alarm. \u201cIt was like burning tyres in the bedroom,\u201d said Marta Kowal, who lives four blocks from the plant.",
    ]),
    # 2 brightspot
    ("State orders review of school bus contracts after drivers go unpaid", [
        "The state education department on Tuesday ordered every school district that hires private bus companies to review its contracts, after drivers for one of the largest operators said they had not been paid for six weeks.",
        "About 240 drivers who work for Bellmont Coach Lines in four counties have gone without paychecks since early October, according to their union. Many kept driving their routes anyway.",
        "\u201cWe did it for the kids, but we cannot keep doing it for free,\u201d said Annette Rowe, who has driven a route in Harlan County for eleven years.",
        "Education commissioner Victor Lam said in a letter to superintendents that districts must confirm by the end of the month that their contractors are meeting payroll, carrying insurance and keeping buses inspected.",
        "Bellmont's owner, Raymond Tuck, said the company had been hit by late payments from two districts and by rising fuel and insurance costs. He said drivers would be paid in full by Friday.",
        "Districts say they pay on time. A spokeswoman for the Harlan County schools said the district's last payment to Bellmont was made in September, as the contract requires, and showed a copy of the bank transfer.",
        "Parents in several districts said routes had been combined or cancelled without warning as drivers quit. In Pell Township, some children waited more than an hour on the first cold morning of November.",
        "The review comes as districts across the state struggle to hire drivers. A survey by the state school boards association found that three out of four districts were short of drivers this fall.",
        "Lawmakers on the House education committee said they would hold a hearing on school transport in January.",
    ]),
    # 3 drupal-news (correction at the end)
    ("Harbor dredging to start in spring after permit dispute is settled", [
        "Work to deepen the channel into Port Vell harbor will begin in April after the port authority and two environmental groups settled a dispute over where the dredged mud will go, the authority said on Wednesday.",
        "The agreement ends a legal fight that held up the $26 million project for nearly two years. Under its terms, the mud will be taken by barge to a licensed site offshore instead of being spread on the salt marsh north of the harbor.",
        "Port director Helena Sousa said the deeper channel will let larger cargo ships enter at low tide, which now forces some vessels to wait outside for as long as nine hours.",
        "\u201cEvery hour a ship waits costs somebody money, and in the end that is the people who buy what is on it,\u201d Sousa said.",
        "The Marsh Coalition and the Bay Anglers Club had argued that spreading the mud on the marsh would smother the beds where young fish feed. Both groups said they were satisfied with the settlement.",
        "The offshore disposal will add about $1.8 million to the cost. The port authority will pay for it from its own reserves.",
        "Dredging is expected to take about five months. Boat owners will be asked to avoid the main channel on weekdays while the work is under way.",
        "Correction: An earlier version of this story gave the wrong cost for the offshore disposal. It is $1.8 million, not $18 million.",
    ]),
    # 4 ghost
    ("A tiny bakery that sells out by nine every morning", [
        "At a quarter to six on a Tuesday, there is already a line outside the narrow shop on Wren Street. By nine, the shelves at Crumb & Kettle will be empty, and the sign on the door will be turned to closed.",
        "Owner Lotte Brandt bakes alone, starting at two in the morning. She makes four kinds of bread, a cardamom bun and, on Fridays, a rye loaf that customers reserve a week ahead.",
        "\u201cPeople ask why I do not make more,\u201d Brandt said, dusting flour off a wooden peel. \u201cThe answer is that there is one of me, and one oven.\u201d",
        "Brandt trained as a nurse and worked in hospitals for fifteen years before she started baking in her kitchen during a long strike. Friends bought the loaves, then friends of friends.",
        "She opened the shop three years ago with a loan from her brother and an oven bought from a restaurant that was closing. The space was a shoe repair shop for forty years, and the old sign is still in the window.",
        "Regulars have learned the rhythm. Retired teacher Hugo Marchetti comes at six every Saturday and takes two loaves, one for himself and one for a neighbour who cannot walk that far.",
        "Brandt says she has turned down offers to sell to cafes and supermarkets. \u201cThen I would be a factory,\u201d she said. \u201cI like knowing who eats the bread.\u201d",
        "She plans to close for all of August. The sign will say so, she said, and people will survive.",
    ]),
    # 5 reuters-wire
    ("Copper prices hit two-year high as mine strike enters third week", [
        "LONDON (Wire) - Copper prices rose to their highest in more than two years on Monday as a strike at one of the world's largest mines entered its third week and stockpiles in exchange warehouses fell.",
        "Benchmark copper for delivery in three months climbed 2.4 percent to $10,380 a tonne by late afternoon, after touching $10,425, its highest since March two years ago.",
        "Workers at the Sierra Alta mine in the Andes walked out on the first of the month after talks over wages and shift lengths broke down. The mine produced about 4 percent of the world's copper last year.",
        "\u201cThe market had assumed this would be settled in days. Now it is pricing a longer disruption,\u201d said Fiona Marsh, a metals analyst at Crossbridge Capital.",
        "Stocks of copper in warehouses monitored by the exchange fell to 96,000 tonnes, the lowest since last summer, adding to concerns about supply.",
        "Demand from makers of electric cars and power grids has kept buyers active even as growth in factory output has slowed in several large economies.",
        "The mine's owner said on Sunday that it had made a new offer to the union. Union leaders said they would put it to a vote on Wednesday.",
        "Other metals also gained. Aluminium rose 1.1 percent and zinc 0.8 percent, while nickel was little changed.",
        "Reporting by Tom Aldous; Editing by Sara Ruiz",
    ]),
    # 6 ap-like
    ("Floodwaters recede in river towns, leaving mud and questions", [
        "MARLOW FERRY (AP) \u2014 The river that swallowed the main street of this town of 2,000 people last week was back inside its banks on Sunday, leaving behind a line of brown mud on shop windows and a long list of repairs.",
        "Volunteers with shovels and pressure washers moved from house to house while county crews hauled ruined furniture to a field outside town. The smell of wet drywall hung over everything.",
        "\u201cWe have been through floods before, but never one that came up this fast,\u201d said Delia Harmon, who has run the hardware store on Front Street for 31 years. \u201cI moved the paint to the top shelf and it still was not high enough.\u201d",
        "The river crested at 31.6 feet on Tuesday, more than 9 feet above flood stage and the second-highest level on record, according to the National Weather Service.",
        "Four people died in the flooding across three counties, state officials said. Two of them were in a car swept off a low bridge.",
        "___",
        "Governor Ellen Marsh toured the town on Saturday and asked for a federal disaster declaration, which would open aid to homeowners and businesses. She said damage across the region would run to hundreds of millions of dollars.",
        "Many homeowners along the river do not have flood insurance, which is not covered by standard policies. Town clerk Benji Osei said fewer than one in five homes in the flood zone had a policy.",
        "Some residents said it may be time to leave. Others said they would rebuild. \u201cMy grandparents rebuilt in 1965,\u201d Harmon said. \u201cI guess it is my turn.\u201d",
        "___",
        "Associated Press writer Kim Reyes in Capitol City contributed to this report.",
    ]),
    # 7 blox-local (metered box mid-article)
    ("County fair returns with a bigger livestock barn and a new rodeo night", [
        "The Oakes County Fair opens Wednesday with a livestock barn twice the size of the old one, a second rodeo night and, for the first time in a decade, a demolition derby.",
        "The new barn, built over the winter with $1.2 million from a county bond and private donations, has room for 400 animals and fans to keep them cool during the hottest days of July.",
        "\u201cThe old barn was built for a fair a third this size,\u201d said fair board president Gail Sutter. \u201cKids were showing steers in a tent.\u201d",
        "About 350 members of 4-H and FFA clubs will show cattle, pigs, sheep, goats and rabbits over the five days. The youth livestock auction is Saturday at 1 p.m.",
        "The rodeo, which drew sellout crowds last year, adds a Thursday night performance. Tickets are $15 for adults and $8 for children.",
        "The demolition derby returns Sunday after the fair board found a sponsor to cover insurance. Drivers must register by Monday.",
        "Gate admission is $7, and children under six get in free. Parking is free at the high school, with shuttle buses every fifteen minutes.",
    ]),
    # 8 bbc-like
    ("Village shop saved after residents buy it together", [
        "The last shop in the village of Ashby Cross will stay open after more than 300 residents bought shares to take it over from its retiring owners.",
        "Brian and Carol Hale had run the shop and post office for 27 years and put it up for sale last spring. No buyer came forward.",
        "A group of residents then formed a community company and sold shares at \u00a320 each. They raised \u00a3186,000 in four months, enough to buy the building and stock it.",
        "\u201cThe shop is where you find out who is ill, who has had a baby and whose dog has got out,\u201d said Anna Pryce, who chairs the new company. \u201cWithout it the village would just be houses.\u201d",
        "Volunteers will staff the shop alongside one paid manager. The post office counter will open three mornings a week.",
        "Community shops",
        "There are now more than 400 community-owned shops in the country, according to the Plunkett-style support charity Village Trade. Almost all of those opened in the last twenty years are still trading.",
        "Mr Hale said he and his wife were delighted. \u201cWe were dreading turning the key for the last time,\u201d he said.",
    ]),
    # 9 german
    ("Stadtrat beschlie\u00dft neues Radwegenetz f\u00fcr die Innenstadt", [
        "Der Stadtrat von Lindenau hat am Donnerstagabend mit gro\u00dfer Mehrheit ein neues Radwegenetz f\u00fcr die Innenstadt beschlossen. Bis 2028 sollen auf vierzehn Stra\u00dfen getrennte Radspuren entstehen.",
        "Das Projekt kostet nach Angaben der Verwaltung rund 11 Millionen Euro. Etwa zwei Drittel davon sollen aus F\u00f6rdermitteln des Landes kommen.",
        "\u201eWir wollen, dass sich auch Kinder und \u00e4ltere Menschen auf dem Rad sicher f\u00fchlen\u201c, sagte Baub\u00fcrgermeisterin Katrin Vogt in der Sitzung. Viele Eltern h\u00e4tten sich \u00fcber gef\u00e4hrliche Kreuzungen auf dem Schulweg beschwert.",
        "F\u00fcr die neuen Spuren fallen nach den Pl\u00e4nen etwa 420 Parkpl\u00e4tze am Stra\u00dfenrand weg. Der Einzelhandelsverband hatte deshalb vor Umsatzeinbu\u00dfen gewarnt.",
        "Dessen Vorsitzender J\u00fcrgen Albers sagte nach der Abstimmung, man werde die Umsetzung kritisch begleiten. Die Stadt m\u00fcsse zugleich mehr Stellpl\u00e4tze in den Parkh\u00e4usern anbieten.",
        "Die Arbeiten sollen im kommenden Fr\u00fchjahr an der Bahnhofstra\u00dfe beginnen. Dort ereigneten sich in den vergangenen drei Jahren die meisten Unf\u00e4lle mit Radfahrern.",
        "Gegen den Beschluss stimmten sieben Ratsmitglieder. Sie forderten, zun\u00e4chst eine Teststrecke einzurichten.",
    ], "de"),
    # 10 french
    ("La ville de Saint-Aubin rouvre sa piscine municipale apr\u00e8s trois ans de travaux", [
        "Apr\u00e8s trois ans de chantier et de nombreux retards, la piscine municipale de Saint-Aubin a rouvert ses portes samedi matin. Plusieurs centaines de nageurs attendaient devant l\u2019entr\u00e9e d\u00e8s huit heures.",
        "Le b\u00e2timent, construit en 1972, avait \u00e9t\u00e9 ferm\u00e9 en 2021 \u00e0 cause de fuites dans le bassin principal et d\u2019une toiture jug\u00e9e dangereuse. La r\u00e9novation a co\u00fbt\u00e9 9,4 millions d\u2019euros, dont un tiers pay\u00e9 par la r\u00e9gion.",
        "\u00ab Les enfants de la ville n\u2019avaient plus d\u2019endroit pour apprendre \u00e0 nager \u00bb, a rappel\u00e9 la maire, Claire Dubois, lors de l\u2019inauguration. Les \u00e9coles devaient jusqu\u2019ici conduire les \u00e9l\u00e8ves en car jusqu\u2019\u00e0 la commune voisine.",
        "Le nouveau bassin compte huit lignes d\u2019eau. Un petit bassin chauff\u00e9 a \u00e9t\u00e9 ajout\u00e9 pour les b\u00e9b\u00e9s nageurs et les cours d\u2019aquagym.",
        "Les panneaux solaires install\u00e9s sur le toit doivent couvrir pr\u00e8s de la moiti\u00e9 des besoins en eau chaude, selon les services techniques.",
        "Les tarifs restent inchang\u00e9s : 3,50 euros l\u2019entr\u00e9e pour les adultes et 2 euros pour les moins de dix-huit ans.",
        "Certains habitants regrettent toutefois la disparition du plongeoir de cinq m\u00e8tres, supprim\u00e9 pour des raisons de s\u00e9curit\u00e9.",
    ], "fr"),
    # 11 spanish
    ("El Ayuntamiento de Valdeloma aprueba un plan para recuperar el casco antiguo", [
        "El pleno del Ayuntamiento de Valdeloma aprob\u00f3 el martes un plan de seis a\u00f1os para rehabilitar las viviendas vac\u00edas del casco antiguo, donde casi uno de cada tres edificios est\u00e1 deshabitado.",
        "El plan prev\u00e9 ayudas de hasta 30.000 euros por vivienda para los propietarios que reformen casas abandonadas y las alquilen a precios limitados durante al menos diez a\u00f1os.",
        "\u201cEl centro se est\u00e1 quedando sin vecinos y sin comercios\u201d, explic\u00f3 la concejala de Urbanismo, Marta Ib\u00e1\u00f1ez. \u201cSi no actuamos ahora, dentro de diez a\u00f1os ser\u00e1 un decorado para turistas.\u201d",
        "El Ayuntamiento destinar\u00e1 al programa 14 millones de euros, procedentes en parte de fondos europeos. Tambi\u00e9n se reformar\u00e1n tres plazas y se ampliar\u00e1 la zona peatonal.",
        "La oposici\u00f3n vot\u00f3 a favor, aunque pidi\u00f3 que una parte de las viviendas se reserve para j\u00f3venes menores de 35 a\u00f1os.",
        "Las asociaciones de vecinos recibieron la noticia con prudencia. Su portavoz, Andr\u00e9s Molina, record\u00f3 que un plan parecido se anunci\u00f3 en 2009 y nunca lleg\u00f3 a ejecutarse.",
        "Las primeras ayudas podr\u00e1n solicitarse a partir de marzo.",
    ], "es"),
    # 12 live blog
    ("Live: Election night in Marren County as votes are counted", [
        "Polls closed at 8 p.m. across Marren County, where voters are choosing a new county executive and deciding on a $95 million school bond. Follow along for results and reaction.",
        "First results show a close race",
        "Early returns from 12 of 64 precincts show Democrat Laura Pines with 51 percent and Republican Tom Haskell with 49 percent. Most of the counted votes are mail ballots, which have leaned toward Pines in past elections.",
        "Turnout appears high",
        "The county clerk's office said about 61 percent of registered voters had cast ballots by the time polls closed, well above the 48 percent in the last off-year election.",
        "School bond leading",
        "The school bond, which would pay for two new elementary schools and repairs to the high school roof, is passing with 57 percent of the vote so far. It needs a simple majority.",
        "Haskell speaks to supporters",
        "Tom Haskell told supporters at the Elks lodge that he was confident the remaining precincts would swing his way. \u201cThe night is young and our voters show up on Election Day,\u201d he said.",
        "Pines declares victory",
        "With all precincts reporting, Laura Pines leads by 2,140 votes. She told supporters the county had chosen \u201cschools, roads and a government that answers the phone.\u201d Haskell has not conceded.",
    ]),
    # 13 opinion column
    ("Our town's parking problem is really a planning problem", [
        "Every few years the town council in Westbury discovers, with fresh alarm, that there is nowhere to park on Main Street. A consultant is hired, a study is written, and a new garage is proposed. Then nothing happens.",
        "I have lived here for twenty-two years and have watched this cycle three times. Each time, the proposed garage gets more expensive and the argument for it gets weaker.",
        "The truth is that Main Street does not have a parking shortage. It has a shortage of reasons to walk. Most of the spaces that fill up by ten in the morning belong to people who work downtown and park all day.",
        "A garage would cost about $22 million, or roughly $45,000 per space. For that money the town could rebuild the sidewalks on every street within half a mile of the center and still have change left.",
        "Other towns our size have tried something simpler: charge a modest fee for the best spaces and let the price rise when they fill up. Drivers who want to stay all day move to the lots a few blocks away, and the spaces in front of shops open up for customers.",
        "Shop owners worry that any fee will drive customers to the mall. That fear is understandable, but the evidence from towns that have tried it points the other way. Customers come back when they can find a space.",
        "The council will take up the consultant's latest report next month. Before it votes to borrow for another garage, it should try the cheap thing first.",
    ]),
    # 14 paywall teaser: the page shows the lead only
    ("Regional hospital plans to close its maternity ward next year", [
        "Bayside General Hospital plans to stop delivering babies next June, leaving families in the southern part of the county with a drive of more than an hour to the nearest maternity ward.",
        "Hospital officials said on Monday that the unit, which delivered 212 babies last year, could no longer find enough nurses and doctors to staff it around the clock.",
        "\u201cThis is the hardest decision we have made in my time here,\u201d chief executive Lorna Whitcombe said in a letter to staff. \u201cWe cannot run a unit safely with the people we have.\u201d",
        "Expectant parents said they were alarmed. Jess Carver, who is due in May, said she had already started planning a route to the city hospital in case the closure comes early.",
    ]),
    # 15 photo story
    ("Fifty years of the Harrow Point lighthouse, in pictures", [
        "When the Harrow Point lighthouse was automated in 1974, its last keeper, Ewan Doyle, locked the door, handed the key to a coastguard officer and drove inland. He never went back.",
        "The tower was left to the weather for three decades. Its lamp room lost its glass, and gulls nested on the gallery. In 2006 a group of volunteers formed a trust to save it.",
        "The trust has since rebuilt the keeper's cottage, replaced the lamp room glass and opened the tower to visitors on summer weekends. More than 9,000 people climbed its 118 steps last year.",
        "This month the trust marks fifty years since automation with an exhibition of photographs lent by former keepers' families, many of them never shown in public.",
        "Among them are pictures of Doyle's children playing on the rocks below the tower, and of the winter of 1963, when the sea froze in the cove.",
        "The exhibition runs until the end of October in the cottage. Entry is free, though the trust asks for donations toward painting the tower next spring.",
    ]),
    # 16 embedded tweets and "Read more" links
    ("Rail operator cancels dozens of trains after signal cable theft", [
        "Commuters on the Eastline rail network faced a morning of cancellations and delays on Wednesday after thieves cut and stole about 300 metres of signal cable near Hollins Junction overnight.",
        "The operator, Eastline Rail, cancelled 64 trains before 10 a.m. and told passengers not to travel unless their journey was essential. Services between Hollins and the city centre were suspended until early afternoon.",
        "Engineers worked through the morning to lay new cable and test the signals. A spokesman said trains began running again at reduced speed just after 1 p.m.",
        "It is the fourth cable theft on the line this year. Copper cable can be sold for scrap, and thefts have risen as metal prices have climbed.",
        "Transport police said they were studying footage from cameras near the junction and asked anyone who saw a van parked near the tracks between midnight and 4 a.m. to contact them.",
        "Passengers vented their frustration on social media, many posting photos of crowded platforms.",
        "Eastline said season ticket holders could claim compensation for delays of more than 15 minutes through its website.",
        "The operator has begun fitting cable with forensic markings and alarms on the most vulnerable stretches, but says it cannot guard every mile of track.",
    ]),
    # 17 2008-era syndicated story (Google News-era portal)
    ("Senate panel approves farm bill with new limits on subsidies", [
        "WASHINGTON - A Senate committee approved a five-year farm bill on Wednesday that would lower the income limit for farmers who receive federal subsidies and expand food aid for low-income families.",
        "The Agriculture Committee voted 15-6 to send the $288 billion measure to the full Senate, where leaders hope to take it up before the end of the month.",
        "Under the bill, farmers with an adjusted gross income of more than $750,000 a year would no longer qualify for direct payments. The current limit is $2.5 million.",
        "Committee chairman Sen. Robert Hale said the change would close a loophole that let wealthy landowners collect payments meant for working farmers. \u201cThe public is right to ask why their tax dollars go to millionaires,\u201d he said.",
        "Farm groups were divided. The National Grain Growers Association said the lower limit would hurt family operations in high-cost regions, while a coalition of smaller farmers praised it.",
        "The bill would also raise the minimum monthly food stamp benefit for the first time in thirty years and set aside money for fruit and vegetable programs in schools.",
        "The White House has threatened to veto a bill that it says spends too much, but Senate aides said they expected enough votes to override a veto.",
        "The House passed its version of the farm bill in July.",
    ]),
]
