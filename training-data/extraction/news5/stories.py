"""Stories for make_news5_pages.py: headline, then the story's paragraphs as they stand in the gold.

Written for this set (fictional places, people, companies and events, dated 2008). A paragraph of at most four words
without a full stop is a subhead. Wire copy keeps its dateline ("BEIJING, Nov. 3 (Xinhua) --"), as the copy does.
"""

STORIES = [
    # 0 ABC News-like
    ("Flood Waters Force Hundreds From Homes in River Towns", [
        "Hundreds of families in three river towns spent Sunday night in school gyms and church halls after the Alder River rose more than six feet above flood stage, swamping streets and cutting off the only highway bridge.",
        "\"We had about forty minutes to get out,\" said Marla Jensen, who left her house in Dunmore with two children, a dog and a bag of clothes. \"By the time we got to the end of the street the water was up to the car doors.\"",
        "State emergency officials said no deaths had been reported, but two men were rescued by boat from the roof of a pickup truck near Caldwell on Sunday afternoon.",
        "The National Weather Service said the river was expected to crest Tuesday, and warned that levees downstream could be tested for the first time since 1993.",
        "Governor Ellen Park declared a state of emergency in four counties and asked for help from the National Guard.",
    ]),
    # 1 CBS News-like, short
    ("School Bus Driver Honored For Quick Thinking", [
        "(CBS) A school bus driver in Linwood, Ohio, was honored by the town council Monday for steering her bus full of children away from a car that had crossed into her lane on an icy road.",
        "Patricia Vance, 56, has driven the same route for eleven years. She said she saw the car sliding toward her and turned onto the shoulder, stopping the bus in a snowbank.",
        "None of the 31 children on board was hurt. The driver of the car was treated for minor injuries and cited for driving too fast for conditions, police said.",
    ]),
    # 2 Fox News-like
    ("Senate Panel Delays Vote on Port Security Bill", [
        "WASHINGTON -- A Senate committee on Thursday put off a vote on a bill that would require every shipping container bound for U.S. ports to be scanned before it is loaded overseas.",
        "Committee chairman Sen. Robert Haines said members needed more time to review a cost estimate released this week, which put the price of the scanning program at $16 billion over ten years.",
        "Supporters of the bill said the delay would leave ports exposed. \"Every month we wait is another month of containers coming in that nobody has looked inside,\" said Sen. Laura Whitfield, one of the bill's sponsors.",
        "Shipping companies and several trading partners have opposed the plan, arguing that the equipment does not yet exist to scan containers at the required speed without holding up trade.",
        "The committee is expected to take up the bill again after the August recess.",
        "The Associated Press contributed to this report.",
    ]),
    # 3 Bloomberg-like 2008
    ("Halvorsen Bank Profit Falls 38% on Mortgage Writedowns", [
        "Oct. 21 (Bloomberg) -- Halvorsen Bank ASA, Norway's third-largest lender, said third-quarter profit fell 38 percent after it wrote down the value of mortgage-backed securities bought in the U.S.",
        "Net income dropped to 1.2 billion kroner ($181 million) from 1.94 billion kroner a year earlier, the Bergen-based bank said today in a statement. Analysts surveyed by Bloomberg had estimated profit of 1.45 billion kroner.",
        "The bank took a charge of 640 million kroner on securities it bought in 2006 and 2007, Chief Executive Officer Knut Aasland said. He said the bank had no plans to raise new capital.",
        "\"We are well capitalized and our lending at home continues to grow,\" Aasland said on a conference call with reporters. \"The writedowns are on a portfolio we stopped adding to more than a year ago.\"",
        "Shares of Halvorsen fell 4.2 percent to 88.50 kroner in Oslo trading, extending their decline this year to 51 percent.",
        "Lending to Norwegian households rose 7 percent from a year earlier, while deposits increased 9 percent, the bank said.",
    ]),
    # 4 Forbes-like, paged
    ("The Quiet Billionaire Who Bought Half a Town", [
        "Walk down Front Street in Esterly, Mont., and you will pass a hardware store, a diner, a bank branch and a movie theater. All four belong to the same man, and most people in town have never seen him.",
        "Thomas Reinholt made his fortune in auto parts distribution, selling his company in 2005 for $2.3 billion. Since then, he has spent more than $60 million buying buildings, land and businesses in the town where his grandfather once ran a feed store.",
        "His plans are hard to read. He has not raised rents, and he has kept every employee of the businesses he bought. But he has also turned down offers from two chain stores that wanted to open on the edge of town.",
        "\"He told me he wants the town to look like it did when he was a boy,\" said Dale Kimura, the mayor. \"I don't know if that's possible, but nobody here is complaining about the paint jobs.\"",
        "A Family Business",
        "Reinholt, 67, rarely gives interviews. In a short statement to Forbes, he said he thought of the purchases as \"a family business that happens to be a town.\"",
        "Some residents are less comfortable. A few said privately that they worry about what happens when Reinholt is gone, and whether his children, who live in Chicago and Seattle, will want to keep the buildings.",
        "For now, the theater is showing first-run movies again for the first time since 1991, and tickets cost $4.",
    ]),
    # 5 BusinessWeek-like
    ("Why Small Airlines Are Dropping Small Cities", [
        "For three decades, regional carriers made a living flying 30-seat turboprops between small towns and big hubs. This year, with jet fuel above $3 a gallon, many of them have decided the math no longer works.",
        "At least 24 small cities have lost all scheduled air service since January, according to a count by the Regional Airline Council, and another 40 are down to one or two flights a day.",
        "The carriers say the smallest planes burn nearly as much fuel per seat as a larger jet, and that fares on thin routes cannot rise fast enough to cover the cost. \"You can't charge $900 to fly 200 miles,\" said Ray Oduya, chief executive of Lakeshore Air, which dropped six cities in June.",
        "For the towns, the loss is about more than convenience. Economic development officers say employers looking for new plant sites ask first about air service, and that a town without it rarely makes the short list.",
        "Some cities have offered revenue guarantees to keep flights, paying airlines the difference when planes fly half empty. Others are betting on a federal subsidy program whose budget Congress has not increased since 2006.",
    ]),
    # 6 SFGate/Chronicle-like
    ("Oakland council approves plan for waterfront park", [
        "The Oakland City Council voted 6-2 late Tuesday to turn a former rail yard on the estuary into a 14-acre park, ending a five-year fight over whether the land should instead be sold for housing.",
        "The plan calls for a lawn, a small boat launch, a playground and a path connecting to the existing waterfront trail. The city will pay for the first phase with $11 million from a 2002 bond measure.",
        "Councilwoman Teresa Amador, who represents the district, said residents of nearby neighborhoods had waited long enough for open space. \"This is the only part of the waterfront these families can walk to,\" she said.",
        "Opponents said the city could not afford to maintain another large park while it was cutting library hours. Councilman Peter Lowry said he supported the idea of a park but wanted the city to find a partner to pay for upkeep.",
        "Construction could begin next summer.",
        "Chronicle staff writer Kim Ostrander contributed to this report.",
    ]),
    # 7 Boston.com/Globe-like
    ("Harbor islands ferry service to expand next summer", [
        "More ferries will run to the Boston Harbor islands next summer, and for the first time visitors will be able to reach three of the outer islands without changing boats, park officials said yesterday.",
        "The new schedule, which adds 22 trips a week, follows a season in which ridership rose 18 percent despite a rainy July. Officials credited new camping sites on two islands and a lower fare for children.",
        "\"People are discovering that you can be on a beach forty minutes from downtown,\" said Andrea Lyle, superintendent of the island park. \"We want to make it easier for them to come back.\"",
        "The expansion will cost about $1.4 million a year, most of it paid by fares and by a grant from a private foundation that supports the park.",
        "Globe correspondent Sam Okafor contributed to this report.",
    ]),
    # 8 Sydney Morning Herald-like
    ("Commuters face months of delays as rail upgrade begins", [
        "Thousands of commuters on the western line will face longer trips for at least four months from next week, when work begins on new tracks between Granville and Lidcombe.",
        "RailCorp said trains would run less often during the middle of the day and buses would replace trains on six weekends before Christmas.",
        "The Transport Minister, Karen Doyle, said the work was overdue and would allow an extra four trains an hour in peak periods once it was finished in 2010.",
        "But the Opposition's transport spokesman, Neil Forde, said the timing was poor. \"They've had years to plan this and they've chosen the busiest months of the year,\" he said.",
        "Commuter groups have asked for more express services during the works.",
    ]),
    # 9 CBC-like
    ("Ferry operator cancels winter sailings after engine failure", [
        "A ferry that links two island communities with the mainland will stay out of service for most of the winter after a main engine failed during a crossing last week, the provincial ferry operator said Wednesday.",
        "About 1,100 people live on the two islands. The operator said it would charter a smaller vessel that can carry passengers and up to eight vehicles, but will run only four round trips a day instead of nine.",
        "Island residents said the reduced service would make it hard to get to work and medical appointments on the mainland. \"Some of us will have to leave at six in the morning and get back at eight at night,\" said Donna McLeod, who commutes to a hospital job.",
        "The operator said a replacement engine had been ordered from Germany and should arrive in February.",
        "With files from The Canadian Press",
    ]),
    # 10 Independent (UK)-like
    ("Councils told to publish every item of spending over £500", [
        "Local councils in England will be required to publish details of every item of spending over £500 from next year, under plans announced by the Government yesterday.",
        "Ministers said the move would let residents see how their council tax was spent and would help small firms compete for contracts now awarded to a handful of large companies.",
        "Council leaders said they supported openness but warned that the cost of preparing the data could run to several million pounds a year across the country. \"Nobody objects to people seeing the figures,\" said Margaret Holt, who chairs a group of county councils. \"But someone has to pay for the staff who put them together.\"",
        "The first lists are expected to appear in April.",
    ]),
    # 11 Xinhua English-like
    ("China, Kazakhstan sign agreement on cross-border railway", [
        "BEIJING, Nov. 3 (Xinhua) -- China and Kazakhstan signed an agreement here on Monday to build a second railway line across their border, officials said.",
        "The new line will link the Chinese city of Yining with a station in eastern Kazakhstan and is expected to carry 15 million tonnes of freight a year when completed in 2012, according to the agreement.",
        "The two sides also agreed to simplify customs procedures at border crossings and to set up a joint working group on transport, the statement said.",
        "Trade between the two countries reached 13.9 billion U.S. dollars in the first nine months of this year, up 47 percent year on year.",
    ]),
    # 12 Al Jazeera English-like
    ("Thousands rally over fuel prices", [
        "Thousands of people have marched through the capital to protest against a sharp rise in fuel prices, in the largest demonstration the country has seen in more than a decade.",
        "Protesters carried banners and chanted slogans against the government on Sunday as they walked from the main university campus to the parliament building, where police in riot gear formed lines around the entrance.",
        "The government raised the price of petrol by 30 per cent last week, saying it could no longer afford subsidies that cost more than two billion dollars a year.",
        "Government response",
        "A government spokesman said the increase was painful but necessary, and promised cash payments to the poorest families to help them cope.",
        "Opposition leaders said they would continue the protests until the increase was reversed.",
    ]),
    # 13 ESPN-like sports
    ("Hawks rally late to beat Bears, clinch playoff spot", [
        "PORTLAND, Ore. -- Devon Marsh scored 11 of his 27 points in the fourth quarter, and the Hawks rallied from a 14-point deficit to beat the Bears 101-96 on Saturday night and clinch a playoff spot.",
        "Marsh hit a 3-pointer with 1:12 left to give the Hawks their first lead since the opening minutes, and added four free throws in the final 30 seconds.",
        "\"We kept telling each other we'd get our chance,\" Marsh said. \"Nobody panicked.\"",
        "Luis Ortega had 19 points and 12 rebounds for the Bears, who have lost four of five. They shot 3 of 17 from the field in the fourth quarter.",
        "Information from The Associated Press was used in this report.",
    ]),
]
