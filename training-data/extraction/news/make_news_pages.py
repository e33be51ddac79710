#!/usr/bin/env python3
"""Writes held-out news article pages with gold article text (headline + body) for the article-body benchmark.

Ten pages in the markup of news CMSs from 2008 to 2026 (table layouts with <font> and <br> paragraphs, early
div/p templates, WordPress, Drupal, AMP-style, hashed-class React renders, schema.org NewsArticle). Each page has
the chrome such pages carry (navigation, "most read", related links, share/print links, captions, bylines,
copyright lines, ad slots, newsletter boxes, some with reader comments). Gold = the headline and the story's own
paragraphs, subheads and in-story lists; not captions, bylines, datelines-only lines, related links, comments.
Fixed seed; sentences are written for this set (fictional towns and people). Run: python3 make_news_pages.py
"""
import html
import json
import os
import random

random.seed(20261206)
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)

STORIES = [
    ("Council approves new bridge over Marsh River after two-year dispute", [
        "The Harlow town council voted 7 to 2 on Tuesday night to build a new bridge over the Marsh River, ending a dispute that had divided the town since 2006.",
        "The bridge, estimated to cost $14 million, will replace a 1938 span that engineers closed to trucks last spring after finding cracks in two of its piers.",
        "\u201cWe have talked about this long enough,\u201d said council member Dana Orr, who voted in favour. \u201cPeople on the east side have been driving eleven miles around.\u201d",
        "Opponents argued that the town should repair the old bridge instead. Resident Walter Finch said the new design would bring heavy traffic through the historic district.",
        "State transportation officials have promised to pay 80 percent of the cost. Construction could begin as early as next summer.",
        "The council also approved a study of parking downtown.",
    ]),
    ("Drought forces farmers in Keel Valley to sell cattle early", [
        "Ranchers across Keel Valley are selling cattle months ahead of schedule as the worst drought in forty years dries up pastures and pushes hay prices to records.",
        "At the Millbrook auction yard, sales on Saturday were triple the usual number for August, according to yard manager Rosa Delgado.",
        "\u201cI have never seen a line of trailers like this,\u201d Delgado said.",
        "Hay that sold for $90 a ton a year ago now costs more than $200, and many growers have little to sell.",
        "Extension agent Paul Imre said families who sell now may struggle to rebuild their herds when rain returns, because young breeding cows will be expensive.",
        "Relief programs",
        "The county has applied for federal disaster status, which would make low-interest loans available. A decision is expected within three weeks.",
        "Meanwhile the valley's water district has asked residents to stop watering lawns on weekdays.",
    ]),
    ("Hospital opens night clinic to ease emergency room crowding", [
        "St. Brendan Regional Hospital will open a walk-in clinic from 6 p.m. to midnight starting Monday, hoping to divert patients with minor illnesses from its crowded emergency room.",
        "Emergency room visits have risen 22 percent in two years, and waits of five hours have become common on weekends, hospital officials said.",
        "The clinic will treat sprains, ear infections, minor cuts and similar problems. Patients with chest pain or trouble breathing should still go to the emergency room.",
        "Dr. Amara Lind, who will direct the clinic, said about a third of the people who come to the emergency room at night could be seen there instead.",
        "Visits will cost the same as a daytime appointment with a family doctor. Most insurance plans will be accepted.",
    ]),
    ("Robotics team from Cedar Falls High heads to national finals", [
        "A team of nine students from Cedar Falls High School has qualified for the national robotics finals in April after its machine won a regional tournament on Sunday.",
        "The robot, which the students named Otis, stacks plastic crates faster than any other entry in the region, according to the judges.",
        "Team captain Lena Ortiz, a junior, said the group worked most evenings since January. \u201cWe rebuilt the arm four times,\u201d she said.",
        "The trip to the finals will cost about $8,000. The team is raising money with a car wash and a pancake breakfast.",
        "Teacher Sam Okafor, the team's adviser, said several members have already been contacted by engineering programs.",
        "Last year the school did not have a robotics team.",
    ]),
    ("City to replace 4,000 lead water pipes by 2030", [
        "Northport will replace every known lead service line in the city by 2030 under a plan announced Thursday by Mayor Helen Voss.",
        "About 4,000 homes are still connected to the water system by lead pipes, most of them built before 1950, according to the water department.",
        "The work will cost an estimated $38 million. The city plans to cover most of it with a state loan and federal infrastructure money.",
        "Homeowners will not be charged for the replacement, Voss said.",
        "What residents should do",
        "Residents who are unsure whether their home has a lead line can look it up on the city's website or call the water department.",
        "Until their pipe is replaced, residents are advised to run the tap for two minutes before drinking and to use filters certified for lead.",
        "Crews will start in the Eastgate and Riverside neighbourhoods, where tests found the highest lead levels.",
    ]),
    ("Storm knocks out power to 60,000 homes across the coast", [
        "A fast-moving storm brought winds of up to 70 miles an hour to the coast on Wednesday evening, toppling trees and leaving about 60,000 homes without power.",
        "Utility crews from three states were working through the night, and the power company said most customers should have service back by Friday.",
        "No serious injuries were reported. In Port Adler, a tree fell on an empty school bus.",
        "The National Weather Service said the storm moved through in under an hour.",
        "Schools in four districts will be closed on Thursday.",
        "Officials asked drivers to treat dark traffic signals as four-way stops and to stay away from downed lines.",
    ]),
    ("Library's oldest book returns after restoration", [
        "A 1624 atlas, the oldest book in the Fenwick Public Library, went back on display Friday after eighteen months of restoration in a conservation studio.",
        "The atlas had been damaged by water in a 1950s flood, and many of its hand-coloured maps had begun to flake.",
        "Conservator Ingrid Holm said her team cleaned each page with soft brushes and repaired tears with Japanese paper.",
        "\u201cIt will never look new, and it should not,\u201d Holm said. \u201cBut it will last another few centuries.\u201d",
        "The work cost $42,000, paid for by a local family foundation.",
        "The atlas will be shown in a glass case in the reading room; visitors may see one page at a time, turned each month.",
    ]),
    ("Airport adds direct flights to three cities", [
        "Granton Regional Airport will add direct flights to Denver, Atlanta and Minneapolis in the spring, the airport authority said Monday.",
        "The new routes will be flown by two carriers starting in March.",
        "Airport director Luis Haddad said travellers now drive two hours to a larger airport for most trips.",
        "The authority offered the airlines a one-year waiver on landing fees.",
        "Business leaders welcomed the news.",
        "\u201cThis puts us on the map for companies that need to move people quickly,\u201d said chamber president Nora Blake.",
        "Tickets go on sale next week.",
    ]),
    ("Students plant 10,000 trees along highway", [
        "More than 600 students from eleven schools planted 10,000 oak and maple seedlings along a stretch of Route 9 over the weekend.",
        "The project, organized by the county's soil district, aims to reduce erosion on slopes cleared during road widening in 2019.",
        "Volunteers carried seedlings up the banks in buckets and set each one in a plastic sleeve to protect it from deer.",
        "Organizer Tess Whitford said about two-thirds of the seedlings are expected to survive.",
        "The district plans to hold a second planting in October.",
    ]),
    ("Museum receives collection of 19th-century railway photographs", [
        "The Halden Valley Museum has received more than 1,200 photographs of the region's railways taken between 1860 and 1899, the largest donation in its history.",
        "The glass-plate negatives were kept for decades in the attic of a farmhouse near Brill and were found by the owner's grandson during a renovation.",
        "Curator Mina Saito said the pictures show stations, bridges and workers that appear in no other record.",
        "Key findings so far:",
        "\u2022 a station at Oak Hollow that historians thought was never built",
        "\u2022 the only known picture of the 1871 Marsh River trestle",
        "\u2022 dozens of portraits of track crews, many with names written on the plates",
        "The museum will scan the collection over the next year and publish it online.",
    ]),
]

NAV = ["Home", "News", "Local", "Sports", "Business", "Opinion", "Entertainment", "Obituaries", "Classifieds", "Weather"]
MOST_READ = ["Police seek driver in hit-and-run on Elm Street", "High school football scores for Friday",
             "Restaurant inspections: three places closed", "Letters: readers on the budget vote",
             "Recipe: apple cake from the county fair winner", "Real estate transactions for the week"]
RELATED = ["Council delays vote on downtown parking plan", "Editorial: time to decide on the bridge",
           "Photos: the week in pictures", "State budget leaves towns short on road money"]
COMMENTS = [("riverwatcher", "About time. My commute has been a nightmare for two years."),
            ("J. Pruitt", "Who is paying for this? Nobody ever answers that question."),
            ("oldtimer44", "I remember when the old one opened. Sad to see it go but it is not safe.")]


def esc(s):
    return html.escape(s, quote=False)


def links(items, tag="li"):
    return "".join('<%s><a href="/story/%d">%s</a></%s>' % (tag, k, esc(t), tag) for k, t in enumerate(items))


def body_p(paras, cls=None, sub="h3"):
    out = []
    for p in paras:
        c = ' class="%s"' % cls if cls else ""
        if len(p.split()) <= 3 and not p.endswith("."):
            out.append("<%s>%s</%s>" % (sub, esc(p), sub))
        elif p.startswith("\u2022"):
            out.append("<li>%s</li>" % esc(p[1:].strip()))
        else:
            out.append("<p%s>%s</p>" % (c, esc(p)))
    # wrap runs of li in ul
    s = "\n".join(out)
    return s.replace("</p>\n<li>", "</p>\n<ul><li>", 1).replace("</li>\n<p", "</li></ul>\n<p", 1) if "<li>" in s else s


def page_table_2008(title, paras):
    brs = "<br><br>\n".join(esc(p) for p in paras)
    return f"""<html><head><title>{esc(title)} - The Harlow Courier</title></head>
<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/img/masthead.gif" alt="The Harlow Courier"></td></tr>
<tr><td width="150" valign="top" class="leftnav">{"<br>".join('<a href="/%s"><font size="2">%s</font></a>' % (n.lower(), n) for n in NAV)}<br><br><font size="1">Subscribe today! Call 555-0199</font></td>
<td valign="top" width="450"><font face="Arial" size="4"><b>{esc(title)}</b></font><br>
<font face="Arial" size="2">By Martin Kell<br>Courier Staff Writer<br>Published: Tuesday, March 11, 2008</font><br><br>
<font face="Arial" size="2">{brs}</font><br><br>
<font size="1"><a href="/print?id=4411">Print this story</a> | <a href="/email?id=4411">E-mail this story</a></font><br>
<font size="1">Copyright &copy; 2008 The Harlow Courier. All rights reserved.</font></td>
<td width="160" valign="top"><b>Most Read</b><br>{"<br>".join('<a href="/s/%d">%s</a>' % (k, esc(t)) for k, t in enumerate(MOST_READ))}<br><br><img src="/ads/160x600.gif"></td></tr>
<tr><td colspan="3" align="center"><font size="1"><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a></font></td></tr></table></body></html>"""


def page_cnn_2008(title, paras):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>{esc(title)} - KVN.com</title></head><body>
<div id="hdr"><ul id="nav">{links(NAV)}</ul><form><input name="q"><input type="submit" value="Search"></form></div>
<div id="cnnContentContainer"><div class="cnnStoryHead"><h1>{esc(title)}</h1><div class="cnnBlogByline">Story Highlights</div>
<ul class="cnnHiliteHeader"><li>Vote ends a long dispute</li><li>Costs shared with the state</li></ul></div>
<div class="cnnStoryPhotoBox"><img src="/p.jpg"><p class="cnnStoryPhotoCaption">The old span was closed to trucks last spring. (KVN photo)</p></div>
<p class="cnnByline">By Jo Reyes, KVN staff</p><p class="cnnDateline">March 12, 2008 -- Updated 1402 GMT</p>
{body_p(paras)}
<div class="cnnStoryToolsFooter"><a href="#">E-mail to a friend</a> | <a href="#">Print this</a> | <a href="#">Share</a></div>
<div class="cnnStoryContrib">All About <a href="/t/1">Bridges</a> &bull; <a href="/t/2">Local Government</a></div></div>
<div id="cnnRight"><h4>Most Popular</h4><ol>{links(MOST_READ)}</ol></div>
<div id="footer"><p>&copy; 2008 KVN Networks. All Rights Reserved. <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p></div></body></html>"""


def page_bbc_2008(title, paras):
    body = "\n".join("<p>%s</p>" % esc(p) if i else '<p><b>%s</b></p>' % esc(p) for i, p in enumerate(paras))
    return f"""<html><head><title>NEWS | Region | {esc(title)}</title><meta name="Headline" content="{esc(title)}"></head><body>
<table width="770"><tr><td class="sitebanner" colspan="2"><a href="/">News Front Page</a></td></tr><tr>
<td class="lhsnav" width="133">{"".join('<div class="lhs"><a href="/%s">%s</a></div>' % (n.lower(), n) for n in NAV)}</td>
<td class="storybody" width="416"><!-- S BO -->
<div class="ds">Last Updated: Thursday, 13 March 2008, 09:12 GMT</div>
<div class="mxb"><h1>{esc(title)}</h1></div>
<!-- S IIMA --><table width="226" align="right"><tr><td><img src="/i.jpg"><div class="cap">Crews worked through the night</div></td></tr></table><!-- E IIMA -->
{body}
<!-- E BO -->
<div class="bo"><b>Has this story been useful?</b> <a href="/feedback">Tell us</a></div>
<div class="seealso"><h5>SEE ALSO</h5>{"".join('<div class="arr"><a href="/r/%d">%s</a></div>' % (k, esc(t)) for k, t in enumerate(RELATED))}</div>
<div class="rellinks"><h5>RELATED INTERNET LINKS</h5><div class="arr"><a href="http://weather.example">Weather service</a></div><p class="disclaim">The News is not responsible for the content of external internet sites</p></div></td></tr></table>
<div class="footer"><a href="/help">Help</a> | <a href="/privacy">Privacy and Cookies Policy</a></div></body></html>"""


def page_wordpress_2011(title, paras):
    comments = "".join(f'<li class="comment even depth-1" id="comment-{k}"><div class="comment-author vcard"><cite class="fn">{a}</cite> <span class="says">says:</span></div><div class="comment-meta"><a href="#c{k}">June 3, 2011 at {k+1}:15 pm</a></div><p>{esc(t)}</p><div class="reply"><a href="#">Reply</a></div></li>' for k, (a, t) in enumerate(COMMENTS))
    return f"""<!DOCTYPE html><html><head><title>{esc(title)} | Valley Voice</title></head><body class="single">
<div id="header"><h1 class="site-title"><a href="/">Valley Voice</a></h1><p class="site-description">News from the valley since 1998</p>
<ul class="menu">{links(NAV)}</ul></div><div id="main"><div id="content">
<div class="post type-post hentry"><h2 class="entry-title">{esc(title)}</h2>
<div class="entry-meta">Posted on <a href="#">June 3, 2011</a> by <a href="/author/ed">Ed Marsh</a></div>
<div class="entry-content">
<div class="wp-caption aligncenter"><img src="/f.jpg"><p class="wp-caption-text">Pastures near Millbrook in late July.</p></div>
{body_p(paras)}
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul></div>
</div><div class="entry-utility">This entry was posted in <a href="#">Local</a> and tagged <a href="#">drought</a>, <a href="#">farming</a>. Bookmark the <a href="#">permalink</a>.</div>
<div id="jp-relatedposts"><h3>Related</h3>{links(RELATED[:3])}</div></div>
<div id="comments"><h3 id="comments-title">3 Responses to <em>{esc(title)}</em></h3><ol class="commentlist">{comments}</ol>
<div id="respond"><h3>Leave a Reply</h3><form><p>Name <input></p><textarea></textarea></form></div></div></div>
<div id="sidebar"><h3 class="widget-title">Recent Posts</h3><ul>{links(MOST_READ)}</ul><h3 class="widget-title">Archives</h3><ul><li><a href="#">June 2011</a></li><li><a href="#">May 2011</a></li></ul></div></div>
<div id="footer">Proudly powered by WordPress</div></body></html>"""


def page_drupal_2014(title, paras):
    body = body_p(paras[:3]) + f'\n<aside class="pullquote"><p>{esc(paras[3][:60])}</p></aside>\n<p class="related-inline"><strong>Read more:</strong> <a href="/r/9">{esc(RELATED[1])}</a></p>\n' + body_p(paras[3:])
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | Northport Tribune</title><meta property="og:title" content="{esc(title)}"></head><body class="node-type-article">
<header id="header"><div class="region-header"><a href="/" class="logo">Northport Tribune</a><nav><ul class="menu">{links(NAV)}</ul></nav></div></header>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a> &raquo; <a href="/news/local">Local</a></div>
<div id="main"><article class="node node-article"><h1 class="page-title">{esc(title)}</h1>
<div class="field field-name-field-byline">By Clara Nguyen | Tribune staff writer</div><div class="submitted"><span class="date-display-single">April 24, 2014 - 5:31pm</span></div>
<div class="field field-name-field-image"><img src="/x.jpg"><div class="field-name-field-caption">A crew replaces a service line on Dock Street. (Tribune file photo)</div></div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">{body}</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><a href="/t/water">Water</a> <a href="/t/city">City Hall</a></div></article>
<section class="block block-views"><h2>More Local News</h2><ul>{links(RELATED)}</ul></section></div>
<aside class="sidebar"><div class="block"><h2>Most Popular</h2><ol>{links(MOST_READ)}</ol></div><div class="block-newsletter"><h2>Get the morning headlines</h2><p>Sign up for our free daily newsletter.</p><form><input type="email"><button>Sign up</button></form></div></aside>
<footer><p>Copyright 2014 Northport Tribune. All rights reserved.</p><ul>{links(["About", "Contact", "Advertise", "Terms of Use"])}</ul></footer></body></html>"""


def page_amp_2018(title, paras):
    mid = len(paras) // 2
    body = body_p(paras[:mid]) + '\n<div class="newsletter-inline"><h3>Sign up for Breaking News alerts</h3><p>Get the biggest stories as they happen.</p><a href="/signup">Subscribe</a></div>\n<p class="related"><strong>RELATED:</strong> <a href="/r/1">' + esc(RELATED[0]) + "</a></p>\n" + body_p(paras[mid:])
    return f"""<!doctype html><html amp lang="en"><head><title>{esc(title)}</title><script type="application/ld+json">{{"@type":"NewsArticle","headline":"{esc(title)}"}}</script></head><body>
<header class="amp-header"><a href="/">Coastline News</a><button>Menu</button></header><amp-sidebar><ul>{links(NAV)}</ul></amp-sidebar>
<main><article class="article"><header class="article-header"><span class="kicker">Weather</span><h1 class="headline">{esc(title)}</h1>
<div class="byline">By <a href="/staff/kt">Kim Tran</a> and <a href="/staff/rb">Rob Bell</a></div><time datetime="2018-10-11T08:14:00Z">Published 8:14 AM EDT Oct 11, 2018</time></header>
<figure><amp-img src="/s.jpg"></amp-img><figcaption>A tree rests on a school bus in Port Adler on Wednesday. <span class="credit">Photo: Coastline News</span></figcaption></figure>
<section class="article-body">{body}</section>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div></article>
<section class="trending"><h2>Trending</h2><ul>{links(MOST_READ)}</ul></section></main>
<footer><p>&copy; 2018 Coastline Broadcasting, Inc.</p></footer></body></html>"""


def page_react_2022(title, paras):
    ps = []
    for k, p in enumerate(paras):
        ps.append(f'<p class="css-1q2w3e evys1bk0">{esc(p)}</p>')
        if k == 1:
            ps.append('<div class="css-9k8j7h"><div class="ad-label">Advertisement</div><div id="ad-mid"></div></div>')
    return f"""<!DOCTYPE html><html><head><title>{esc(title)} - The Fenwick Ledger</title><meta property="og:title" content="{esc(title)}"></head><body><div id="__next">
<div class="css-a1b2c3"><nav class="css-x9y8z7">{"".join('<a class="css-l0m9n8" href="/%s">%s</a>' % (n.lower(), n) for n in NAV)}</nav></div>
<main class="css-q1w2e3"><div class="css-r4t5y6"><section class="css-u7i8o9"><p class="css-kicker">Arts</p><h1 class="css-h1x2y3" data-testid="headline">{esc(title)}</h1>
<div class="css-byl123"><span>By Oren Pike</span><time datetime="2022-02-18">Feb. 18, 2022</time></div></section>
<figure class="css-fig001"><img src="/atlas.jpg"><figcaption class="css-cap002"><span>The restored atlas in the reading room.</span><span class="css-cred003">Ledger photo</span></figcaption></figure>
<section name="articleBody" class="css-body004">{"".join('<div class="css-p005">%s</div>' % p for p in ps)}</section>
<div class="css-share006"><button>Share</button><button>Save</button></div></div>
<aside class="css-side007"><h2 class="css-side008">Most Popular</h2><ol>{"".join('<li class="css-side009"><a href="/%d">%s</a></li>' % (k, esc(t)) for k, t in enumerate(MOST_READ))}</ol></aside></main>
<footer class="css-foot010"><p>&copy; 2022 The Fenwick Ledger Company</p></footer></div></body></html>"""


def page_schema_2026(title, paras):
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | Granton Daily</title></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><nav aria-label="Sections"><ul>{links(NAV)}</ul></nav></header>
<main id="main"><article itemscope itemtype="https://schema.org/NewsArticle"><p class="eyebrow"><a href="/business">Business</a></p>
<h1 itemprop="headline">{esc(title)}</h1><p class="dek" itemprop="description">Service starts in March.</p>
<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="name" href="/p/ls">Lia Serrano</a></span> &middot; <time itemprop="datePublished" datetime="2026-01-12T10:00:00-05:00">Jan. 12, 2026</time> &middot; 2 min read</div>
<div itemprop="articleBody" class="article-body">{body_p(paras)}</div>
<div class="article-tags"><span>Topics:</span> <a href="/t/air">Air travel</a> <a href="/t/eco">Economy</a></div></article>
<section class="more"><h2>More from Granton Daily</h2>{"".join('<article class="card"><h3><a href="/%d">%s</a></h3><p>%s</p></article>' % (k, esc(t), "Short teaser for this story.") for k, t in enumerate(RELATED))}</section></main>
<footer><p>&copy; 2026 Granton Daily Media. All rights reserved.</p></footer></body></html>"""


def page_regional_div_br(title, paras):
    comments = "".join(f'<div class="cmt"><b>{a}</b> wrote on 9/14/2009:<br>{esc(t)}</div>' for a, t in COMMENTS[:2])
    return f"""<html><head><title>Route 9 Gazette :: {esc(title)}</title></head><body>
<div id="top"><img src="/logo.gif"><div id="menu">{" | ".join('<a href="/%s">%s</a>' % (n.lower(), n) for n in NAV)}</div></div>
<div id="left"><div class="box"><b>Headlines</b><br>{"<br>".join('<a href="/h/%d">%s</a>' % (k, esc(t)) for k, t in enumerate(MOST_READ))}</div></div>
<div id="story"><span class="headline">{esc(title)}</span><br><span class="byline">Submitted by the Soil District</span><br><br>
{"<br><br>".join(esc(p) for p in paras)}
<br><br><a href="/print">Printer friendly</a> &middot; <a href="/mail">Email to a friend</a>
<div id="comments"><b>Reader comments (2)</b>{comments}</div></div>
<div id="bottom">Route 9 Gazette &copy; 2009. Site by LocalWeb.</div></body></html>"""


def page_press_2016(title, paras):
    return f"""<!DOCTYPE html><html><head><title>{esc(title)} - Halden Valley Herald</title><meta property="og:title" content="{esc(title)}"></head><body>
<div class="top-bar"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div><div class="nav-wrap"><ul class="nav">{links(NAV)}</ul></div>
<div class="container"><div class="col-md-8"><div class="story"><h1 class="story-title">{esc(title)}</h1>
<p class="story-byline">Herald staff report</p><p class="story-date">Posted Nov 2, 2016 at 3:00 AM</p>
<div class="story-text">{body_p(paras)}</div>
<div class="story-footer"><p>Contact the newsroom at news@herald.example.</p></div></div>
<div class="taboola"><h4>Around the web</h4>{"".join('<div class="tb-item"><a href="http://ads.example/%d">%s</a><span>Sponsored</span></div>' % (k, t) for k, t in enumerate(["Doctors stunned by this trick", "The car deal dealers hate", "You won't believe these photos"]))}</div></div>
<div class="col-md-4"><div class="widget"><h3>Most Read</h3><ul>{links(MOST_READ)}</ul></div></div></div>
<div class="footer">&copy; 2016 Halden Valley Herald. All rights reserved. | <a href="/privacy">Privacy</a></div></body></html>"""


PAGES = [("table-font-br-2008", page_table_2008), ("cnn-style-2008", page_cnn_2008), ("bbc-style-2008", page_bbc_2008),
         ("wordpress-2011", page_wordpress_2011), ("drupal-2014", page_drupal_2014), ("amp-2018", page_amp_2018),
         ("react-hashed-2022", page_react_2022), ("schema-newsarticle-2026", page_schema_2026),
         ("regional-div-br-2009", page_regional_div_br), ("bootstrap-2016", page_press_2016)]

manifest = []
for (name, make), (title, paras) in zip(PAGES, STORIES):
    with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
        f.write(make(title, paras))
    gold = title + "\n\n" + "\n\n".join(p.lstrip("\u2022 ").strip() for p in paras) + "\n"
    with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
        f.write(gold)
    manifest.append(name)
with open(os.path.join(HERE, "pages.txt"), "w") as f:
    f.write("\n".join(manifest) + "\n")
print("wrote %d pages" % len(manifest))
