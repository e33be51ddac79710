"""Stories for make_news4_pages.py: headline, then the story's paragraphs as they stand in the gold.

Written for this set (fictional places, people, companies and events, dated 2009-2011). A paragraph of at most four
words without a full stop is a subhead. Wire and release copy keeps its dateline ("HOLLIS, N.H. (AP) --",
"SAN JOSE, Calif.--(BUSINESS WIRE)--"), as the copy does; it is part of the text.
"""

STORIES = [
    # 0 IBSys TV station, short
    ("Fire destroys vacant warehouse near Riverside rail yard", [
        "A fire that started late Saturday destroyed a vacant warehouse near the Riverside rail yard, sending smoke over the east side of the city for most of the night.",
        "Firefighters were called to the building on Canal Street at about 11:40 p.m. By the time the first engine arrived, flames were coming through the roof, Battalion Chief Greg Salas said.",
        "No one was hurt. Investigators from the state fire marshal's office were at the scene Sunday morning, and Salas said the cause had not been determined.",
        "Neighbors said the warehouse, once used by a furniture maker, had been empty for at least five years and that people sometimes slept inside in the winter.",
    ]),
    # 1 Business Wire release
    ("Norvane Systems Reports Record Third Quarter Revenue of $48.2 Million", [
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Norvane Systems, Inc. (NASDAQ: NRVN), a maker of storage controllers for data centers, today reported revenue of $48.2 million for its third quarter ended September 30, 2010, up 31 percent from $36.8 million in the third quarter of 2009.",
        "Net income for the quarter was $5.1 million, or $0.21 per diluted share, compared with net income of $1.9 million, or $0.08 per diluted share, a year ago.",
        "\"Customers moved ahead with projects they had put off during the downturn, and our new controller line shipped on schedule,\" said Helen Marsh, chief executive officer of Norvane Systems. \"We are raising our outlook for the full year.\"",
        "Norvane expects fourth quarter revenue between $50 million and $52 million.",
        "Conference Call Information",
        "Norvane will hold a conference call today at 2:00 p.m. Pacific Time to discuss the results. A live webcast will be available on the investor relations section of the company's website.",
        "About Norvane Systems",
        "Norvane Systems, Inc. designs storage controllers and software used in more than 4,000 data centers worldwide. The company was founded in 1999 and is based in San Jose, California.",
        "Forward-Looking Statements: This release contains forward-looking statements about future revenue that involve risks and uncertainties. Actual results may differ materially.",
    ]),
    # 2 MarketWatch-like, tickers inline
    ("Retail stocks slide as holiday forecasts disappoint", [
        "NEW YORK (MarketWatch) -- Shares of department-store chains fell sharply Tuesday after two large retailers warned that holiday sales would come in below their earlier forecasts.",
        "Kellman Stores Inc. fell 7.4% after the chain said same-store sales in November rose just 0.8%, well short of the 3% analysts had expected. Bradford & Lowe Co. slid 5.1% after cutting its profit outlook for the fourth quarter.",
        "\"Shoppers are showing up for the doorbuster deals and then going home,\" said Alan Pryce, an analyst at Westfield Partners. \"That is good for traffic and bad for margins.\"",
        "The broader market held up better. The S&P Retail Index lost 2.2%, while the Dow Jones Industrial Average slipped 31 points.",
        "Online sellers were mixed. Shares of discount site CartPoint gained 1.9% after it reported record orders on the Monday after Thanksgiving.",
        "Retail sales figures for November from the Commerce Department are due next week.",
    ]),
    # 3 msnbc-like portal
    ("Small towns fight to keep their post offices open", [
        "GRANTHAM, Kan. -- For 112 years, the post office in Grantham has sat on the corner of Main and Second, and for most of the town's 340 residents it is the only place they see their neighbors on a weekday.",
        "Now the Postal Service has put it on a list of more than 3,000 offices it may close to save money, and residents are writing letters, signing petitions and driving to hearings two counties away.",
        "\"If they close it, the nearest one is 22 miles,\" said Martha Keene, 78, who has rented the same box since 1961. \"I do not drive at night anymore. I do not know how I would get my medicine.\"",
        "The Postal Service lost $8.5 billion in the last fiscal year, and officials say many rural offices handle only a few dozen transactions a day. A spokeswoman said customers could be served by rural carriers or by a counter in a local store.",
        "Small-town officials say the savings are small and the costs are hidden. In Grantham, the post office is also where people post notices about funerals, bake sales and lost dogs.",
        "Letters from Congress",
        "Lawmakers from rural states have asked the Postal Service to slow the closings, and a bill in the Senate would require a study of each office's effect on the community before it could be shut.",
        "A hearing on the Grantham office is set for next month.",
    ]),
    # 4 HuffPost-like blog post
    ("Why the Farm Bill Matters to People Who Have Never Seen a Farm", [
        "Most Americans will never read the farm bill, and I do not blame them. It runs to hundreds of pages, and most of those pages are about crop insurance formulas and commodity loan rates.",
        "But about three quarters of the money in the bill does not go to farmers at all. It goes to food assistance, the program that helps one in seven Americans buy groceries.",
        "When the debate in Washington turns to cutting the bill, that is where the big numbers are. A cut that sounds small in a press release can mean a family in Dayton or Fresno has twenty fewer dollars for food each month.",
        "There are real reforms worth making. Payments to large farms for crops they would have planted anyway are hard to defend. So is a sugar program that raises prices for every family that bakes a birthday cake.",
        "So call your representative, and ask a simple question: what does your version of the farm bill do for the people in our district who are hungry?",
    ]),
    # 5 Gawker-network gadget blog
    ("This Tiny Projector Fits on a Keychain and Is Surprisingly Bright", [
        "The Lumo Pico is about the size of a matchbox, weighs 40 grams and throws a 60-inch picture on a wall, which is more than I expected from something that hangs next to my car keys.",
        "It is not going to replace a real projector. The brightness is rated at 15 lumens, so you need a dark room, and the battery lasts about 70 minutes. But for showing photos in a hotel room, it works.",
        "It takes a micro-SD card or a cable from a phone, and it costs $229 when it goes on sale next month.",
    ]),
    # 6 MediaNews-like
    ("Aurora council approves light-rail station plan despite objections", [
        "The Aurora City Council voted 7-3 on Monday night to approve plans for a light-rail station and 400-space parking garage at Sable Boulevard, ending more than a year of debate over the project.",
        "Residents of the nearby Highpoint neighborhood had asked the council to move the garage a block east, away from their homes. Several told council members that traffic on Sable already backs up for half a mile at rush hour.",
        "\"We are not against the train,\" said Linda Choi, who has lived on Highpoint Drive for 19 years. \"We are against a parking garage in our back yards.\"",
        "Transit officials said the east site would cost an extra $6 million because it sits on a former landfill that would need cleanup.",
        "The station is part of a line scheduled to open in 2015. Construction on the garage is expected to start next spring.",
        "Staff writer Tom Reyes contributed to this report.",
    ]),
    # 7 Newsquest-like UK local
    ("Campaigners win fight to save village library", [
        "A village library that was due to close at the end of the month will stay open after campaigners raised enough money to run it for two years.",
        "Hartfield Library had been one of six branches listed for closure by the county council in its budget in February.",
        "Volunteers from the Friends of Hartfield Library collected more than 2,000 signatures and raised \u00a314,500 through quiz nights, a sponsored walk and donations from local businesses.",
        "Chairman Peter Walsh, 64, said: \"People said we were wasting our time. But this village turned out for it, and now the children here will still have somewhere to go after school.\"",
        "Under the agreement, volunteers will staff the library three days a week and the council will continue to supply books and computers.",
        "A county council spokesman said the authority welcomed the community's offer.",
    ]),
    # 8 Guardian-like
    ("Coastal councils warn they cannot afford to hold back the sea", [
        "Councils along England's east coast have warned that they cannot pay for the sea defences their towns need, after the government cut funding for flood and coastal protection by a quarter.",
        "In a letter to the environment secretary, leaders of eleven councils from Lincolnshire to Essex say that without help, some stretches of coast will have to be left to erode.",
        "\"We are being asked to choose which communities to protect and which to abandon,\" said Ruth Abbott, leader of Saltmarsh district council. \"That is not a decision a district council should be making alone.\"",
        "The Environment Agency estimates that about 5,000 homes on the east coast are at risk from erosion over the next 20 years.",
        "A new formula",
        "Under a new funding formula, schemes will get central money in proportion to the number of homes they protect, and councils will be expected to find the rest from local businesses and residents.",
        "Ministers say the change will make the money go further. Critics say it favours large towns over small villages, where a few dozen homes cannot raise millions of pounds.",
        "The Department for Environment said it would respond to the letter in due course.",
    ]),
    # 9 Telegraph-like (Escenic)
    ("Rail fares to rise by up to nine per cent in January", [
        "Rail passengers face fare increases of up to nine per cent in January, the third year running that prices will rise faster than inflation.",
        "Regulated fares, which include most season tickets, will go up by an average of 6.2 per cent, but train companies may raise some prices by more as long as the average stays within the cap.",
        "Passenger groups said commuters were being asked to pay more for trains that were already crowded and often late.",
        "\"A season ticket from Reading to London will cost more than many people pay in rent,\" said Anthony Gale of the Rail Users Alliance.",
        "The Department for Transport said the increases were needed to pay for new trains and longer platforms and to reduce the cost of the railway to taxpayers.",
    ]),
    # 10 AP hosted
    ("Maple syrup makers tap early after warm February", [
        "HOLLIS, N.H. (AP) -- Maple syrup producers across northern New England started tapping trees weeks earlier than usual this year after an unusually warm February got the sap running.",
        "Sap flows best when nights are below freezing and days are in the 40s. Several producers said the run started in the second week of February, instead of early March.",
        "\"My grandfather never tapped before town meeting day,\" said Carl Dube, who has about 3,000 taps on his family's farm. \"This year I was boiling on Valentine's Day.\"",
        "An early start does not always mean a good year. If the weather turns warm for good too soon, the trees bud and the sap turns bitter.",
        "Associated Press writer Lisa Rathke contributed to this report from Montpelier, Vt.",
    ]),
    # 11 Google-hosted AFP, very short
    ("Fishing boat crew rescued off Norway", [
        "OSLO (AFP) - Norwegian rescuers on Thursday plucked eleven crew members from the icy sea after their fishing vessel sank in a storm off the country's northern coast, the rescue service said.",
        "All eleven were picked up by helicopter within two hours and were being treated for hypothermia in Tromsoe, a spokesman said, adding that none was in a serious condition.",
    ]),
    # 12 TIME-like paged magazine
    ("The Quiet Comeback of the American Diner", [
        "At 6 a.m. on a Tuesday, every stool at the Silver Spoon in Ridley, Pa., is taken. The coffee is a dollar, the eggs come any way you like, and the waitress, a woman named Dot who has worked here since 1979, knows what most of the customers want before they sit down.",
        "For years, places like the Silver Spoon seemed headed the way of the drive-in theater. Chains with bigger menus and brighter signs moved in along the highways, and diner owners retired without anyone to take over.",
        "But something has changed. The number of independent diners in the Northeast, which fell by about a third between 1985 and 2005, has edged up in the past three years, according to a trade group for restaurant owners.",
        "Part of the reason is cost. A used diner car, the prefabricated building that gave the genre its look, can be bought and moved for less than the franchise fee for many chains.",
        "A new generation",
        "Part of it is the customers. Younger diners, raised on chains, have started seeking out places with a history and an owner behind the counter.",
        "\"People want to eat somewhere that is not the same as everywhere else,\" says Maria Kostas, 31, who bought a 1952 diner car in Delaware in 2008 and reopened it with her brother. \"We still make the pie ourselves. That matters to people.\"",
        "Not every revival lasts. Margins are thin, hours are long and breakfast does not pay the bills the way dinner does. Kostas says she works 80 hours a week.",
        "Back in Ridley, Dot refills a cup without being asked. \"They keep saying we are dying,\" she says. \"We keep being here.\"",
    ]),
    # 13 CNET-like tech news
    ("Start-up promises batteries that charge in five minutes", [
        "A Boston start-up says it has built a lithium battery for phones that can charge to 80 percent in five minutes, a claim that, if it holds up, would take on one of the most common complaints about smartphones.",
        "Voltaic Labs, founded by two former university researchers, showed the battery at a conference here on Wednesday. It uses a coating on the anode that lets ions move faster without damaging the cell.",
        "The company said its prototype cells kept 90 percent of their capacity after 1,000 charge cycles. Independent tests have not been published.",
        "Voltaic says it is talking to three phone makers, which it declined to name, and expects the first products to use the battery in 2013.",
        "Battery experts were cautious. Fast charging produces heat, and heat shortens battery life, said Robert Lim, an engineer who has consulted for several phone makers.",
    ]),
    # 14 Ars-like
    ("City's open data portal turns bus schedules into apps", [
        "When the transit authority in Brenton put its bus schedules and live vehicle locations online as open data last year, it expected a few hobbyists to take an interest. Within six months, developers had built eleven apps.",
        "The most popular, a free app called NextBus Brenton, is used by about 14,000 riders a week, more than the authority's own phone line.",
        "Fewer calls, better data",
        "Calls to the authority's information line have fallen by about 30 percent, which the authority says has saved it the cost of two full-time staff.",
        "Developers also found problems in the data. One spotted that three stops were listed at the wrong corner, and another noticed that a route's timetable did not match the buses' actual running times on Sundays.",
        "\"We thought we were giving something away,\" said data manager Priya Nair. \"It turned out we got a lot back.\"",
        "The authority plans to publish ridership figures by stop later this year.",
    ]),
    # 15 NPR-like
    ("A Town Where Everyone Plays In The Band", [
        "In Calder, Wis., population 900, the community band has 85 members. That is almost one in ten residents, and on summer Thursday nights most of the rest of the town sits on lawn chairs in the park to listen.",
        "The band was founded in 1889 by a group of German immigrants who worked at the cheese factory. It has played every summer since, including through two world wars and a flood in 1938 that washed away the bandstand.",
        "The youngest member this year is 12. The oldest, a tuba player named Harold Lentz, is 91 and has played for 74 summers.",
        "\"You do not have to be good,\" Lentz says. \"You have to show up. That is the rule in Calder.\"",
    ]),
    # 16 PRWeb release
    ("Greenleaf Pet Foods Opens New Plant in Ohio, Adding 120 Jobs", [
        "Toledo, OH (PRWEB) May 4, 2010 -- Greenleaf Pet Foods, a maker of natural dog and cat food, today opened a new production plant in Toledo that will employ 120 people by the end of the year.",
        "The 90,000-square-foot plant will make dry food for the company's Greenleaf and Trailhound brands, which are sold in more than 6,000 stores in the United States and Canada.",
        "\"Ohio has the farmers, the workers and the roads we need,\" said Greenleaf founder Dana Whitfield. \"We looked at four states and kept coming back here.\"",
        "The company received a tax credit from the state for the jobs, which pay an average of $16 an hour.",
        "About Greenleaf Pet Foods",
        "Greenleaf Pet Foods was founded in 2002 in Ann Arbor, Michigan, and makes pet foods from ingredients grown in the Midwest.",
    ]),
    # 17 Examiner-like
    ("How to keep your dog safe during fireworks season", [
        "More dogs go missing around the Fourth of July than at any other time of year, animal shelters say, because the noise of fireworks sends them running.",
        "A few simple steps can help. Keep your dog inside during fireworks, in a quiet room with the curtains closed and a radio or television on to mask the noise.",
        "Make sure your dog is wearing a collar with a current tag, and if your dog is microchipped, check that the contact details on file are up to date.",
        "If your dog is very anxious, talk to your veterinarian before the holiday. There are medications and wraps that help some dogs.",
        "And if your dog does get out, call local shelters right away and post a description online. Most lost dogs are found within a few miles of home.",
    ]),
    # 18 Patch-like hyperlocal
    ("Elm Street Bakery to Close After 41 Years", [
        "Elm Street Bakery, where three generations of Westbrook families have bought birthday cakes and Saturday morning doughnuts, will close at the end of the month, owner Frank Lisi said Thursday.",
        "Lisi, 67, said he wants to retire and none of his children want to take over the business his father opened in 1970.",
        "\"I have been getting up at 3 a.m. for 45 years,\" he said. \"My knees told me it was time.\"",
        "Lisi said he has had offers for the building and hopes another food business will move in. The bakery will be open regular hours until its last day, June 30.",
    ]),
    # 19 Times of India-like
    ("Metro work to shut two lanes on Ring Road for six months", [
        "NEW DELHI: Commuters on the Outer Ring Road should expect long delays from next week, as construction of the new metro line will close two lanes between Vikas Chowk and the Sunder Nagar flyover for about six months.",
        "Traffic police said diversions would be put in place and more than 100 extra personnel would be deployed at the busiest junctions during peak hours.",
        "Officials of the metro corporation said the work was needed to build the pillars for a 4.2 km elevated section of the line, which is due to open in 2012.",
        "Residents' welfare associations along the stretch have asked for the work to be carried out at night. \"The road is already choked in the evening. Losing two lanes will make it impossible,\" said R K Malhotra, president of one association.",
        "Metro officials said night work would be used where possible but heavy cranes could not operate on all parts of the road after dark.",
    ]),
]
