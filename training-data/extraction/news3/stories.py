"""Stories for make_news3_pages.py: headline, then the story's paragraphs as they stand in the gold.

Written for this set (fictional places, people and events, dated 2008). A paragraph of at most four words without a
full stop is a subhead. The first paragraph of a wire story carries its dateline ("MILLBROOK, Ohio (AP) --"), as
wire copy does; it is part of the text.
"""

STORIES = [
    # 0 local TV station (WorldNow-like), short
    ("Water main break closes part of Route 9 in Ashford", [
        "A 16-inch water main broke under Route 9 in Ashford early Tuesday, flooding two lanes and forcing police to close the road between Elm Street and the Wal-Mart plaza during the morning commute.",
        "Crews from the Ashford Water Department shut off the main just after 6 a.m. About 40 homes and a dozen businesses were without water for most of the day, and the town set up a tanker at the fire station for residents who needed it.",
        "Public works director Dennis Pratt said the pipe was installed in 1958 and had been on the list for replacement next year. He expected the road to reopen by Wednesday morning.",
    ]),
    # 1 Gannett-like newspaper, paginated, long
    ("County jail overcrowding forces inmates onto cots in gym", [
        "For the third time this year, the Harlan County Jail held more inmates than it has beds, and on Sunday night 62 men slept on cots set up in the building's gymnasium.",
        "Sheriff Tom Becker said the jail, built in 1991 for 310 inmates, held 388 people on Monday morning. Most are waiting for trial and cannot afford bail.",
        "\"We are not supposed to be a warehouse, but that is what we are turning into,\" Becker said. \"My officers are working double shifts to keep up.\"",
        "The county commission has debated an expansion for two years. A plan drawn up in 2006 would add 150 beds at a cost of about $24 million, but commissioners have balked at asking voters for a tax increase in a slowing economy.",
        "Commissioner Linda Farrow said Monday that she would ask the board to look again at alternatives, such as electronic monitoring for people charged with nonviolent crimes and a weekend court session to speed up bail hearings.",
        "Alternatives to building",
        "Public defender Mark Olsen said about a third of the inmates were held on charges such as driving with a suspended license or failing to pay fines. \"Many of these people would be home with an ankle bracelet in the next county over,\" he said.",
        "The state jail inspector cited the county in March for crowding and gave it until the end of the year to present a plan. Failing that, the state can cap the number of inmates the jail may hold, which would force the sheriff to send prisoners to other counties at about $55 a day each.",
        "Becker said he already sends about 20 inmates a week to neighboring Clay County. The bill for that came to $310,000 last year.",
        "Inmates on the cots have complained about the noise and the lack of privacy, according to letters forwarded to the newspaper by the local chapter of the American Civil Liberties Union.",
        "The commission meets next on Thursday at 7 p.m. in the courthouse annex.",
    ]),
    # 2 McClatchy-like, Print | Email | Digg this bar
    ("Farmers market moves downtown after 30 years at fairgrounds", [
        "The Saturday farmers market that has filled the Dell County fairgrounds every summer since 1978 will move to the courthouse square next season, market organizers decided Wednesday.",
        "The board of the Dell Growers Association voted 7-2 for the move after city officials offered free space, electricity and help with parking. Vendors had complained for years that the fairgrounds were hard to find for visitors.",
        "\"We have people who drive past us on the highway every week and never know we are there,\" said association president Joan Whitaker, who sells honey and beeswax candles.",
        "Some longtime vendors worry about losing the shade and the covered barns. Vegetable grower Sam Ortega said he would wait and see. \"The square gets hot in August,\" he said. \"Tomatoes do not like that and neither do I.\"",
        "Downtown merchants welcomed the news. The market draws about 2,500 shoppers on a typical Saturday, according to the association.",
    ]),
    # 3 Tribune-like, nested tables, related box in story
    ("School board approves four-day week for rural district", [
        "Students in the Pine Valley School District will go to class four days a week starting in August, after the school board voted 5-0 on Monday night to cut Fridays from the calendar to save on fuel and heating.",
        "Superintendent Carla Ruiz told the board the change would save about $180,000 a year, most of it from bus fuel. Diesel prices have risen by more than a third since last fall, and the district's buses cover more than 2,000 miles a day on gravel and county roads.",
        "Each of the four school days will be about 75 minutes longer, so students will spend the same number of hours in class over the year as the state requires.",
        "Parents at the meeting were divided. Several said they worried about child care on Fridays. Others said their children already missed many Fridays for sports and 4-H events.",
        "\"My kids are on the bus at 6:40 in the morning as it is,\" said Rhonda Kemp, a mother of three. \"Now they will get home after dark in the winter.\"",
        "The district plans to open the elementary school gym on Fridays for a supervised program at low cost, and some teachers have offered to tutor students who fall behind.",
        "At least a dozen other rural districts in the state have moved to a four-day week, most of them in the last five years.",
    ]),
    # 4 BBC 2008-like
    ("Fishermen protest over new catch limits", [
        "Hundreds of fishermen have blockaded three harbours on the north-east coast in protest at new limits on the amount of cod they can land.",
        "Boats were tied up across the harbour mouths at Kelbrook, Ardmouth and Skerne from dawn, stopping ferries and cargo vessels from leaving.",
        "The limits, agreed by ministers last month, cut the cod quota for the region's fleet by 18% for the coming year.",
        "Fishermen say the cut will put dozens of boats out of business. \"We have already tied up half the fleet in ten years. This finishes the rest,\" said skipper Alan Reid, whose family has fished from Kelbrook for four generations.",
        "Stocks recovering",
        "Scientists advising the government say cod stocks in the area are recovering but remain well below safe levels.",
        "A spokesman for the fisheries department said the limits were needed to protect the long-term future of the industry, and that a compensation scheme for those who decommission their boats would be announced soon.",
        "Police said the protest had been peaceful. Harbour masters expected the blockade to be lifted by the evening tide.",
    ]),
    # 5 CNN 2008-like with story highlights
    ("Tornado rips through small Kansas town, two killed", [
        "CALDWELL FALLS, Kansas (CNN) -- A tornado tore through this town of 1,800 people late Saturday, killing two people, injuring at least 30 and destroying dozens of homes, officials said.",
        "The storm struck shortly after 9 p.m., about 10 minutes after the National Weather Service issued a warning for the county. Sirens sounded across town, but many residents said they had little time to take cover.",
        "\"I heard it coming like a train and got the kids into the bathtub,\" said Donna Pike, whose house lost its roof. \"When we came out there was nothing left but the bathroom walls.\"",
        "The dead were an elderly couple whose mobile home was thrown across a road on the east edge of town, Sheriff Gary Lindholm said. Their names had not been released Sunday.",
        "Gov. Helen Marsh declared a state of emergency for the county and planned to tour the damage Sunday afternoon. National Guard troops were helping with search and cleanup.",
        "The high school, the grain elevator and the town's only grocery store were among the buildings damaged. The Red Cross opened a shelter at a church in a neighboring town.",
        "The weather service said the tornado was at least an EF3, with winds of up to 165 mph, and was on the ground for about 12 miles.",
        "CNN's Jim Hardy contributed to this report.",
    ]),
    # 6 Yahoo News 2008-like carrying an AP story
    ("Senate panel approves bill to raise fuel economy for trucks", [
        "WASHINGTON (AP) -- A Senate committee voted Thursday to require the first fuel economy standards for heavy trucks, a measure supporters said would cut oil use by hundreds of millions of barrels over two decades.",
        "The Commerce Committee approved the bill 15-8, with three Republicans joining Democrats. It directs the Transportation Department to set mileage rules for trucks weighing more than 10,000 pounds by 2011.",
        "Trucking groups said they supported the goal but warned that rules written too quickly could raise the cost of new rigs by thousands of dollars at a time when freight companies are struggling with high diesel prices.",
        "\"We are not against efficiency. Diesel is our biggest cost after drivers,\" said Bill Graves of the American Trucking Associations.",
        "The bill's sponsor, Sen. Maria Torres, said heavy trucks make up about 4 percent of vehicles on the road but burn about a fifth of the fuel used for transportation.",
        "The measure now goes to the full Senate. A similar bill has not moved in the House.",
    ]),
    # 7 newspaper blog (TypePad/Movable Type) with comments
    ("City hall notebook: parking meters get a reprieve", [
        "Good news for anyone who feeds the meters on Main Street: the plan to raise rates to $1 an hour is on hold, at least until after the holidays.",
        "Council member Gail Pruitt asked at Tuesday's work session to delay the vote after hearing from several shop owners who said higher rates would drive customers to the mall. Nobody objected.",
        "The city's parking fund is expected to run a deficit of about $90,000 this year, according to finance director Ron Hale, so the issue will be back in January.",
        "Also at the session: the council agreed to look at putting a public restroom in Riverside Park. Yes, really. It has been requested at every budget hearing for five years.",
    ]),
    # 8 press release (PR Newswire-like)
    ("Northfield Medical Center Opens New Cancer Treatment Wing", [
        "NORTHFIELD, Minn., Sept. 15 /PRNewswire/ -- Northfield Medical Center today opened the Harriet Lund Cancer Pavilion, a 42,000-square-foot addition that brings radiation therapy, chemotherapy and counseling services together under one roof for patients in the southern part of the state.",
        "The pavilion includes two linear accelerators, 24 private infusion suites, a resource library and a rooftop garden for patients and families. Before its opening, patients needing radiation had to travel more than 60 miles to the nearest treatment center.",
        "\"Cancer care should not require a two-hour drive,\" said Dr. Paul Engstrom, president and chief executive of Northfield Medical Center. \"This pavilion means our neighbors can get world-class treatment close to home.\"",
        "The $31 million project was funded in part by a $6 million gift from the Lund family and by more than 1,400 donors in the community.",
        "About Northfield Medical Center",
        "Northfield Medical Center is a 180-bed nonprofit hospital serving 12 counties in southern Minnesota. Founded in 1921, it employs more than 1,600 people.",
    ]),
    # 9 small-town weekly: font tags, center, br-separated paragraphs
    ("Lions Club pancake breakfast raises $4,200 for new ball field lights", [
        "The Orland Lions Club served more than 600 pancake breakfasts Saturday at the community center, raising about $4,200 toward new lights for the Little League field on Cedar Street.",
        "Club president Hank Dorsey said it was the best turnout in the 22 years the club has held the breakfast. Volunteers went through 40 pounds of sausage and ran out of orange juice by 9 a.m.",
        "The lights will cost about $18,000. The club hopes to raise the rest with a raffle this summer and have the lights up for next season, so games will no longer have to be called on account of darkness.",
        "Dorsey thanked the Orland Grocery and the Farm Bureau for donating supplies, and the high school band for playing on the front lawn.",
    ]),
    # 10 tech news site (CNET-like), blog post with tags and digg bar
    ("Start-up promises cheap laptops for rural schools", [
        "A Portland start-up called Lumen Devices says it can build a sturdy laptop for students in developing countries for $150, undercutting the best-known project of its kind by about a third.",
        "The company showed a prototype at a conference here on Tuesday. The machine runs Linux, weighs under three pounds and uses a screen that can be read in bright sunlight. Its battery, the company claims, lasts eight hours.",
        "Lumen co-founder Priya Raman said the savings come from using parts that are already made in huge numbers for cell phones rather than designing new ones. \"We did not invent anything,\" she said. \"We went shopping.\"",
        "Analysts were cautious. Similar promises have been made before, and the nonprofit One Laptop per Child project has struggled to get its price below $200 and to persuade governments to place large orders.",
        "Lumen says it has a pilot order for 5,000 machines from a school district in Peru and expects to begin shipping in the spring.",
    ]),
    # 11 regional paper with inline document.write ads and "Story continues below"
    ("Mill closing will cost 340 jobs in Granby", [
        "Westfield Paper Co. will close its Granby mill in March, ending 340 jobs and more than a century of papermaking in the town, the company announced Friday.",
        "The company blamed falling demand for the coated paper used in magazines and catalogs, and higher costs for energy and wood pulp. It said it would move some production to its plant in Wisconsin.",
        "Workers learned of the decision at a meeting in the mill's cafeteria Friday morning. Many said they had expected bad news since the company cut a shift last year, but not a full closing.",
        "\"My father worked here, and his father,\" said Ray Cloutier, a machine tender with 27 years at the mill. \"I thought I would be the one to retire from here. Now I do not know what I am going to do.\"",
        "The mill is the town's largest taxpayer. Town manager Ellen Burke said its closing would cut about 18 percent of Granby's property tax revenue. \"This is a hard day,\" she said. \"We will be meeting with the state on Monday about what can be done.\"",
        "The state labor department said it would set up a center in town to help workers with unemployment claims, job training and health insurance.",
        "Westfield said workers would receive severance based on their years of service. The union said it would begin negotiating over the terms next week.",
        "The company has closed three other mills in the past four years.",
    ]),
    # 12 UK tabloid 2008-like: one-sentence paragraphs, "Have your say"
    ("Pensioner, 81, passes driving test at first attempt", [
        "A GREAT-GRANDMOTHER has passed her driving test at the age of 81 - at the first attempt.",
        "Edna Gorman decided to learn after her husband Bill, who always did the driving, died last year.",
        "She took 40 lessons over eight months and sailed through the test in Harwick on Tuesday with just two minor faults.",
        "Edna, who has nine grandchildren and four great-grandchildren, said: \"Everyone told me I was mad. My son offered to drive me anywhere I wanted, but I did not want to ask every time I needed a pint of milk.\"",
        "Her instructor, Gary Platt, said: \"She was one of the most careful drivers I have ever taught. She never once went over the limit.\"",
        "Edna now plans to drive to Scotland to visit her sister.",
    ]),
    # 13 financial news (MarketWatch-like) with ticker links
    ("Retail sales fall for third straight month as gas prices bite", [
        "WASHINGTON -- U.S. retail sales fell 0.4% in June, the third monthly decline in a row, as record gasoline prices left consumers with less to spend on everything else, the Commerce Department reported Tuesday.",
        "Economists had expected a drop of 0.1%. Excluding sales at gas stations, retail sales fell 0.9%, the biggest drop since 2005.",
        "Sales at department stores fell 2.1%, and sales of furniture and electronics were also weak. Auto dealers reported a 3.3% decline as buyers avoided trucks and sport-utility vehicles.",
        "\"The consumer is finally cracking,\" said Nancy Weir, chief economist at Halvorsen Securities. \"The tax rebate checks gave a boost in May, but that is gone now.\"",
        "Shares of retailers fell after the report. Target Corp. and Macy's Inc. each lost more than 3% in morning trading.",
        "Separately, the Labor Department said wholesale prices rose 1.8% in June, driven by energy and food.",
    ]),
    # 14 Reuters site 2008-like, with editing sign-off
    ("Dockworkers strike halts shipping at two Baltic ports", [
        "GDANSK, Poland (Reuters) - Dockworkers at two of Poland's biggest ports walked off the job on Monday in a dispute over pay, halting container traffic and leaving dozens of ships waiting at anchor.",
        "The strike at Gdansk and Gdynia was called by the Port Workers' Union after talks with terminal operators broke down last week. The union is demanding a 15 percent raise, citing inflation that has risen above 4 percent.",
        "Operators have offered 6 percent. \"There is no room for more in this market,\" said a spokesman for one of the terminal companies, who declined to be named.",
        "The two ports handle about 60 percent of Poland's container trade. Shipping agents said some vessels were already being diverted to Hamburg and Rotterdam.",
        "(Reporting by Piotr Nowak; Editing by Simon Hart)",
    ]),
    # 15 printer-friendly page
    ("Library to stay open Sundays after all", [
        "The Brookfield Public Library will keep its Sunday hours this winter, reversing a decision made last month to close on Sundays to save money.",
        "Library director Amy Tran said an anonymous donor gave $12,000 to cover the cost of staff and heating for the 20 Sundays between November and March. The library board accepted the gift at a special meeting Thursday.",
        "\"Sunday afternoon is our busiest time for families,\" Tran said. \"We are very grateful.\"",
    ]),
    # 16 short brief with heavy chrome
    ("Police seek driver in hit-and-run that injured cyclist", [
        "Milford police are looking for the driver of a dark pickup truck that struck a bicyclist on Old County Road on Wednesday evening and drove off.",
        "The cyclist, a 34-year-old Milford man, was taken to Regional Medical Center with a broken leg and head injuries. Anyone with information is asked to call police at 555-0143.",
    ]),
    # 17 magazine-style multi-page feature, page 1
    ("The last drive-in on Highway 12", [
        "On a Friday night in July, the line of cars waiting to get into the Starlite Drive-In stretches a quarter of a mile down Highway 12, past the feed store and the boarded-up motel, almost to the railroad crossing.",
        "Inside the gate, Walt Henning, 71, takes the money himself, $6 a person and kids under 12 free, the way he has since 1974. He knows half the drivers by name. The other half he asks where they are from.",
        "\"We had a family from Denmark last week,\" he says. \"They had read about us on the computer. Came all this way to sit in a field and watch a cartoon.\"",
        "There were more than 4,000 drive-ins in the United States in the late 1950s. Fewer than 400 remain, and the Starlite is the last in this part of the state. Henning has turned down three offers from developers who want the land for houses.",
        "What keeps him going is partly stubbornness and partly the look of the place at dusk, when the sky over the screen turns orange and then purple and the children in pajamas stop running between the cars and climb back in to watch.",
        "The business is harder than it was. Studios now require theaters to show new films for weeks at a time, and the switch to digital projectors, which Henning says could cost $70,000, is coming whether he likes it or not.",
        "For now, the old projector still runs, tended by Henning's grandson Kyle, 19, who learned to splice film before he learned to drive.",
    ]),
    # 18 sports story 2008 (AP sports), with box score link and "AP Sports Writer"
    ("Hawks rally in ninth to beat Rivercats 5-4", [
        "DAYTON, Ohio (AP) -- Luis Ortega singled home the winning run with two outs in the bottom of the ninth inning, and the Dayton Hawks rallied for three runs to beat the Rivercats 5-4 on Sunday.",
        "Trailing 4-2, the Hawks loaded the bases against closer Matt Greene (2-3) on two walks and a bunt single. Pinch-hitter Dan Sullivan drove in two runs with a double to right-center, and Ortega followed with a grounder through the left side.",
        "\"I was just trying to put it in play,\" Ortega said. \"He had been getting me with the slider all day, so I sat on it.\"",
        "Rivercats starter Josh Kemp allowed two runs in seven innings and left with a lead. He struck out nine.",
        "Reliever Tony Baez (4-1) pitched a scoreless ninth for the win.",
        "Notes",
        "Hawks C Ryan Moss left in the fifth inning with a bruised hand after being hit by a foul tip. X-rays were negative. ... The Rivercats have lost six of their last eight games.",
    ]),
    # 19 Canadian paper (CanWest-like) with wire credit and related headlines box
    ("Province to spend $80 million on rural highways", [
        "The province will spend $80 million over the next three years to repave and widen rural highways, Transportation Minister Diane Keller announced Wednesday.",
        "The money will go to 14 projects, most of them in the north, where heavy trucks serving mines and logging operations have worn down roads built in the 1960s.",
        "\"People have been driving on these roads with their teeth clenched for too long,\" Keller said at a news conference in Prince Rupert.",
        "Opposition critic Tom Lavoie said the announcement was welcome but late. He said the province had cut highway maintenance budgets three years in a row.",
        "Work on the first projects will begin in the spring.",
    ]),
    # 20 local TV station (Broadcast-Interactive-like), weather/community, with video links and station promos
    ("Volunteers sandbag homes as river rises", [
        "Dozens of volunteers filled sandbags in Riverton on Thursday as the Cedar River climbed toward flood stage for the second time this spring.",
        "The National Weather Service expects the river to crest at about 19 feet on Saturday, two feet above flood stage. That would put water in the streets of the low-lying Northside neighborhood, where more than 100 homes flooded in 1993.",
        "Emergency management coordinator Beth Larkin said about 15,000 sandbags had been filled by Thursday afternoon. Sand and bags are available at the city garage on 4th Street for anyone who needs them.",
        "Residents of Northside were urged to move valuables to upper floors and to be ready to leave if the river rises faster than expected.",
    ]),
    # 21 newspaper group CMS (Media General / Morris-like) with "Comments (14)" and reader comments below, long
    ("Developer unveils plan for 600 homes on former dairy farm", [
        "A Charlotte developer wants to build about 600 homes, a shopping center and a school site on the former Ellison dairy farm east of Mooresburg, according to plans filed with the county this week.",
        "Crestline Communities bought the 410-acre farm last year for $9.2 million. Its plans call for single-family homes, townhouses and apartments built in phases over ten years, along with walking trails and a 12-acre park along Bell Creek.",
        "The project would need the county to rezone the land from agricultural to residential and to extend water and sewer lines about two miles from the town limits.",
        "Crestline vice president Jay Morrow said the company had designed the plan to keep much of the farm's character, including its stone barn, which would become a community center. \"This is not going to look like a cookie-cutter subdivision,\" he said.",
        "Neighbors are skeptical. More than 200 people have signed a petition asking the county to keep the land for farming, and several said they worried about traffic on two-lane Ellison Road, which already backs up at school times.",
        "\"We moved out here to get away from all that,\" said Peggy Hines, who lives across the road from the farm.",
        "The county planning board will hold a public hearing on the rezoning in October. The county commission would have the final say.",
        "If approved, the first homes could be built in 2010, Morrow said.",
    ]),
]
