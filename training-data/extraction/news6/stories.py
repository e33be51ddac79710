"""Stories for make_news6_pages.py: headline, then the story's paragraphs as they stand in the gold.

Written for this set (fictional places, people, companies and events, dated 2008-2009). A paragraph of at most four
words without a full stop is a subhead. Wire copy keeps its dateline ("HOLLIS, Ind., March 4 (UPI) --"), as the copy does.
"""

STORIES = [
    # 0 New York Times-like, page 1 of 3 (the page holds the first five paragraphs)
    ("In a Mill Town, a Bet on Glass Instead of Steel", [
        "BRANNOCK, Pa. \u2014 For most of a century the furnaces along the Tessel River made rails and beams, and for most of the last twenty years they made nothing at all. This spring, the long brick shed at the end of Foundry Street is warm again, and it is making bottles.",
        "The company behind the venture, Keel Glassworks, bought the shuttered plant for $1.2 million last fall and has hired 140 workers, many of whom had not held a full-time job since the steel mill closed in 1989.",
        "\u201cMy father poured steel in this building,\u201d said Dale Okonski, 52, who now runs a forming machine on the night shift. \u201cI never thought I would punch a clock here. I thought they would tear it down and put up a parking lot.\u201d",
        "The revival is small by the standards of the old mill, which employed more than 4,000 people at its peak, but town officials say it has already filled the two diners on Main Street at shift change and persuaded a hardware store to stay open.",
        "Not everyone is convinced. Glass plants use enormous amounts of natural gas, and the price of gas has nearly doubled in two years. Keel\u2019s owners say they locked in a supply contract before the increase, but the contract runs out in 2011.",
        "Mayor Lois Grabowski said the borough had offered the company a ten-year break on property taxes, a decision that split the council four to three.",
        "\u201cWe are betting on them,\u201d she said. \u201cWe had better be right.\u201d",
    ]),
    # 1 Washington Post-like
    ("County Board Rejects Plan to Widen Route 9", [
        "The Ashford County Board of Supervisors voted 5 to 4 last night against a plan to widen a seven-mile stretch of Route 9, ending a three-year fight that pitted commuters against homeowners along one of the region's most crowded roads.",
        "The $310 million project would have added a lane in each direction between Millbrook and the Carrow Creek bridge, and would have required the state to take parts of 212 properties, including the front yards of dozens of houses built in the 1950s.",
        "Supervisor Janet Ruiz (Millbrook), who cast the deciding vote, said the county could not justify the cost when the state had not promised to pay more than half of it.",
        "\"Every one of us has sat in that traffic,\" Ruiz said before the vote. \"But I am not going to put a $150 million hole in our budget and tell people it was free.\"",
        "Business groups had pressed hard for the widening, arguing that the road's congestion was keeping employers from moving to the western end of the county. The Ashford Chamber of Commerce said in a statement that it was \"deeply disappointed.\"",
        "Opponents, many wearing green \"Save Our Street\" buttons, filled the board room and cheered when the vote was announced.",
        "Board Chairman Harold Benn said staff would study cheaper ways to ease traffic, including timed signals and a bus lane.",
        "Staff writer Megan Cho contributed to this report.",
    ]),
    # 2 Los Angeles Times-like
    ("Brush fire near Verdan Canyon forces evacuations", [
        "A fast-moving brush fire driven by gusty Santa Ana winds burned more than 2,000 acres in the hills above Verdan Canyon on Tuesday, forcing the evacuation of about 600 homes and closing a section of the Foothill Highway.",
        "Fire officials said the blaze started shortly after 11 a.m. near a utility access road and spread quickly through chaparral that had not burned in more than thirty years. By evening it was 10% contained.",
        "No injuries were reported, but at least two outbuildings and a barn were destroyed, said county fire Capt. Luis Arredondo.",
        "\"The wind is doing whatever it wants,\" Arredondo said. \"We are putting crews in front of the homes and letting the aircraft work the ridges.\"",
        "Evacuation centers were opened at Verdan High School and the Los Pinos community center. Residents with horses were directed to the county fairgrounds.",
        "Times staff writer Ana Whitcomb contributed to this report.",
    ]),
    # 3 USA Today-like
    ("Airlines add fees for checked bags as fuel costs climb", [
        "Travelers who check a suitcase this summer will pay more to do it on three of the nation's largest airlines, which announced new fees Wednesday as jet fuel prices hit another record.",
        "Mercer Air and Transcoastal said they would charge $15 for the first checked bag and $25 for the second on domestic flights, starting July 1. Bluewing, a smaller carrier, said it would begin charging $10 for the first bag next month.",
        "The airlines said the fees were needed to offset fuel costs that have risen more than 70% in a year. Fuel is now the largest single expense for most carriers.",
        "Consumer groups called the fees a fare increase in disguise. \"The price on the screen is not the price you pay anymore,\" said Gail Ostrander of the Traveler Rights Project.",
        "Passengers with elite status in frequent-flier programs and those flying in first class will be exempt.",
        "Contributing: Paul Reyes",
    ]),
    # 4 Wall Street Journal-like
    ("Harlow Foods Agrees to Buy Snack Maker Pell for $2.1 Billion", [
        "Harlow Foods Inc. agreed to buy snack maker Pell Brands Co. for about $2.1 billion in cash, the latest in a string of deals among packaged-food companies looking for growth as grocery sales slow.",
        "Harlow, based in Minneapolis, will pay $34 a share, a 28% premium to Pell's closing price Friday. The deal, which has been approved by both boards, is expected to close in the third quarter.",
        "Pell, known for its Crinkle kettle chips and Sunny Bar granola bars, has struggled to raise prices as the cost of corn, oil and packaging has climbed. Its shares have fallen 19% this year.",
        "Harlow Chief Executive Martin Voss said in an interview that the company expects to save $90 million a year by combining distribution and buying.",
        "Analysts said the price was reasonable. \"They are paying for a brand that has not been managed well, and they know how to fix that,\" said Irene Kobayashi, an analyst at Ferris Securities.",
    ]),
    # 5 Christian Science Monitor-like, page 1 of 2 (the page holds the first four paragraphs)
    ("Small farms find a lifeline in school lunch programs", [
        "Ridgefield, Vt. \u2013 At 6 a.m. on a gray Tuesday, Anna Morrow loads twelve crates of carrots into the back of a borrowed van. By lunchtime, they will be on the trays of 800 children in three elementary schools.",
        "Two years ago, Ms. Morrow's farm sold almost everything it grew at a weekend market an hour's drive away. Now, nearly a third of her income comes from the Ridgefield school district, which has set a goal of buying a quarter of its produce within fifty miles.",
        "\"It is the difference between hanging on and actually planning for next year,\" she says.",
        "Farm-to-school programs have spread quickly in the past five years, and advocates say they offer small growers something farmers markets cannot: a steady buyer that orders in the winter.",
        "But the economics are hard. School districts receive about $2.57 from the federal government for each free lunch they serve, and that money has to cover food, labor and equipment.",
        "Kitchen staff in Ridgefield say whole vegetables take far longer to prepare than the frozen, precut food they used to receive.",
    ]),
    # 6 Times Online (UK)-like
    ("Village pub saved by regulars who bought it for \u00a3400,000", [
        "A village pub that was due to be turned into flats has been saved by 230 of its regulars, who each put in at least \u00a3500 to buy it from a brewery.",
        "The Plough at Little Haddon, Northamptonshire, closed in January after the brewery said that it was no longer profitable. Planning permission to convert it into three homes was granted in March.",
        "Villagers formed a co-operative within a week. \"We lost the post office in 2003 and the shop in 2006,\" said Margaret Ellery, 67, the co-operative's secretary. \"The pub was the last thing left. We were not going to let it go.\"",
        "The co-operative raised \u00a3412,000, including a loan from a rural development fund, and completed the purchase on Friday. The pub will reopen next month with a part-time manager and volunteer bar staff.",
        "Campaigners say that more than 30 pubs are closing each week in Britain.",
    ]),
    # 7 Globe and Mail-like
    ("Ferry service to Arrow Island cut as fuel costs bite", [
        "The province will cut the number of daily sailings to Arrow Island from six to four starting next month, a move residents say will make it harder to get to work and to medical appointments on the mainland.",
        "Transportation Minister Colin Reade said the ferry system lost $14-million last year and that fuel costs alone had risen by 40 per cent since 2007.",
        "\"We are not talking about luxury trips,\" said Doreen Makwa, who chairs the island's community council. \"We are talking about dialysis patients and nurses who work at the hospital in Port Selby.\"",
        "About 2,300 people live on Arrow Island year round. The population roughly triples in July and August.",
        "The minister said the schedule would be reviewed in the fall and that an early-morning sailing for commuters would be kept.",
        "With a report from The Canadian Press",
    ]),
    # 8 Seattle Post-Intelligencer-like
    ("Lake Vance salmon run strongest in a decade", [
        "The sockeye salmon returning to Lake Vance this summer are the most numerous in at least ten years, state biologists said Thursday, raising hopes that a long effort to restore the run is finally working.",
        "More than 210,000 fish had been counted at the Mercer Locks fish ladder as of Wednesday, compared with about 90,000 at the same point last year.",
        "Biologist Karen Lindqvist of the state Department of Fish and Wildlife said cooler ocean conditions two years ago, when this year's fish went to sea, probably deserve most of the credit.",
        "If the count passes 350,000, the state will open the lake to sport fishing for the first time since 2004. Lindqvist said that decision could come as soon as next week.",
        "Tribal fishermen, who have a separate allocation, began setting nets on Monday.",
    ]),
    # 9 Slate-like column, page 1 of 3 (the page holds the first five paragraphs)
    ("Why Nobody Reads the Instruction Manual", [
        "Last month I bought a coffee maker that came with a 48-page manual in four languages. I read none of it. I suspect you would not have either, and I suspect the company that printed it knows that.",
        "There is a small, earnest field of research on why people skip instructions, and the findings are not flattering to anyone. Users, it turns out, would rather fail three times than spend two minutes reading.",
        "In one study at Torvald University, researchers gave volunteers a new kind of thermostat and a clearly written one-page guide. Fewer than one in five looked at the guide before pressing buttons.",
        "The people who did read it were faster in the end. That did not seem to matter to anyone else.",
        "Designers have drawn the obvious lesson: If nobody reads the manual, the product has to explain itself.",
        "That is easier said than done.",
    ]),
    # 10 Politico-like
    ("House Democrats split over stimulus spending for rail", [
        "House Democrats are divided over how much of the economic stimulus package should go to passenger rail, with a group of Midwestern members pushing to double the $4 billion set aside in the current draft.",
        "Rep. Dana Whitfield of Ohio, who is leading the push, said Tuesday that rail projects were \"shovel ready\" and would put people to work faster than many of the road projects in the bill.",
        "Leaders are wary of reopening the bill. A senior Democratic aide said that any increase for rail would have to come out of highway money, which would anger members from rural districts.",
        "\"Everybody wants their piece, and the pie is the size it is,\" the aide said.",
        "The Appropriations Committee is expected to take up the bill Wednesday.",
    ]),
    # 11 UPI-like wire story
    ("Indiana town's water tower to get a new coat of paint", [
        "HOLLIS, Ind., March 4 (UPI) -- Residents of a small Indiana town have voted to paint their water tower to look like a giant ear of corn, town officials said.",
        "The Hollis Town Council put the question to voters in a non-binding poll after a local artist offered to do the work for the cost of materials, the Hollis Gazette reported Wednesday.",
        "The corn design won with 312 votes, ahead of a plain white tower with the town's name, which received 241 votes, and a basketball, which got 98.",
        "Council President Ray Dunning said the painting would begin in May and take about six weeks.",
    ]),
]
