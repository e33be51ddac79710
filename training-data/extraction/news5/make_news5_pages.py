#!/usr/bin/env python3
"""Writes the fifth held-out round of news article pages (news5) with gold article text (headline + body).

Fourteen pages in the markup of publishers Google News linked in 2008 (L3S-GN1's year) that none of ../news,
../news2, ../news3, ../news4 or ../heldout4/news imitates: ABC News-, CBS News-, Fox News-, Bloomberg-, Forbes- (paged),
BusinessWeek-, SFGate-, Boston.com-, Sydney Morning Herald-, CBC-, Independent-, Xinhua English-, Al Jazeera English-
and ESPN-like pages.

Gold (see README.md): the headline and the story's own paragraphs and subheads, one per paragraph, as an
L3S-GN1-style annotation's "headline" and "full text", with what the newsroom writes into the text (datelines,
"X contributed to this report.", "With files from ..."): not bylines, date lines, decks, captions, credits, related
links, "Click here" promos, tool and share bars, ads, pagers, tags, reporter contact lines, copyright lines, comments.
Fixed seed; our own sentences (fictional places and people). Run: python3 make_news5_pages.py
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES  # noqa: E402

R = random.Random(20081021)
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)

POPULAR = ["Police: man stole 40 garden gnomes", "Photos: Fourth of July parade", "Restaurant scores for the week",
           "Two hurt in Route 30 crash", "High school graduation lists", "Weather: storms expected tonight",
           "Obituaries for Tuesday", "Mall anchor store to close", "Letters: readers on the tax vote",
           "Prep football: Eagles roll 42-7"]


def esc(s):
    return html.escape(s, quote=False)


def is_sub(p):
    return len(p.split()) <= 4 and not p.endswith(".") and not p.endswith(")")


def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:50]


def links(items, cls=None, base="/news/"):
    c = ' class="%s"' % cls if cls else ""
    return "".join('<li%s><a href="%s%s-%d">%s</a></li>' % (c, base, slug(t), R.randint(1000, 9999), esc(t)) for t in items)


def paras(ps, sub="<h3>%s</h3>", p="<p>%s</p>"):
    return [(sub if is_sub(x) else p) % esc(x) for x in ps]


def gpt(slot, size):
    return ('<div class="ad" id="ad-%s"><script type="text/javascript">GA_googleFillSlot("%s_%s");</script>'
            '<noscript><a href="http://ad.doubleclick.net/jump/site/%s;sz=%s"><img src="http://ad.doubleclick.net/ad/site/%s;sz=%s" alt=""></a></noscript></div>'
            % (slot, slot, size, slot, size, slot, size))


def head(title, site, extra=""):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>%s - %s</title><link rel="stylesheet" type="text/css" href="/css/main.css" />'
            '<script type="text/javascript" src="http://partner.googleadservices.com/gampad/google_service.js"></script>%s</head>\n'
            % (esc(title), site, extra))


def share_bar():
    return ('<div class="share"><a href="http://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="http://twitter.com/home?status=x">Twitter</a> '
            '<a href="http://digg.com/submit?url=x">Digg</a> <a href="http://www.stumbleupon.com/submit?url=x">StumbleUpon</a> '
            '<a href="http://www.linkedin.com/shareArticle?url=x">LinkedIn</a> <a href="mailto:?subject=x">Email</a></div>')


def head4(title, site, extra=""):
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s | %s</title><link rel="stylesheet" href="/css/site.css" type="text/css">%s</head>\n'
            % (esc(title), site, extra))


def docwrite_ad(size):
    return ('<script language="JavaScript">document.write(\'<scr\'+\'ipt src="http://ad.doubleclick.net/adj/site;sz=%s;ord=\'+ord+\'?"></scr\'+\'ipt>\');</script>'
            '<noscript><a href="http://ad.doubleclick.net/jump/site;sz=%s"><img src="http://ad.doubleclick.net/ad/site;sz=%s" border="0"></a></noscript>' % (size, size, size))


# 0 ---------------------------------------------------------------- ABC News-like, 2008
def abcnews(title, ps):
    body = "".join(paras(ps))
    return head4(title, "ABC News") + f"""<body><div id="hdr"><a href="/"><img src="/images/abcnews_logo.gif" alt="ABC News"></a>
<ul class="mainnav"><li><a href="/">Home</a></li><li><a href="/US">U.S.</a></li><li><a href="/International">World</a></li><li><a href="/Politics">Politics</a></li><li><a href="/Business">Money</a></li><li><a href="/Health">Health</a></li><li><a href="/Entertainment">Entertainment</a></li><li><a href="/Technology">Tech</a></li><li><a href="/Video">Video</a></li></ul>{docwrite_ad("728x90")}</div>
<div id="main"><div id="story"><div class="storyhead"><h1>{esc(title)}</h1><div class="sub">Residents Flee as River Rises; Crest Expected Tuesday</div>
<div class="byline">By CLAIRE DONOVAN<br>ABC NEWS</div><div class="date">June 9, 2008&#8212;</div></div>
<div class="tools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#comments">Comments (<b>37</b>)</a> | <a href="#">Share</a> | <a href="#">Text Size: <b>A A A</b></a></div>
<div class="pic"><img src="/images/US/flood_080609_ssh.jpg" width="240" alt=""><div class="caption">Residents of Dunmore wade through flooded streets on Sunday. (ABC News Photo Illustration)</div></div>
<div id="storyText">{body}
<div class="morelinks"><b>More From ABCNews.com:</b><ul>{links(["Photos: Midwest Flooding", "Flood Insurance: What You Need to Know", "How Levees Fail"])}</ul></div></div>
<div class="copyright">Copyright &#169; 2008 ABC News Internet Ventures</div>
<div id="comments"><h3>Comments (37)</h3><div class="cmt"><b>riverwatcher</b> wrote: <p>Praying for everyone in Dunmore. We went through this in 93.</p><span>Jun 9, 2008 11:02 AM</span></div><a href="#">Read all comments</a> | <a href="#">Post a comment</a></div></div>
<div id="rail">{docwrite_ad("300x250")}<div class="mostpop"><h4>Most Popular</h4><ol>{links(POPULAR[:5])}</ol></div></div></div>
<div id="ftr"><a href="#">Help</a> | <a href="#">Site Map</a> | <a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a> | <a href="#">Contact Us</a><br>Copyright &#169; 2008 ABC News Internet Ventures</div></body></html>"""


# 1 ---------------------------------------------------------------- CBS News-like, 2008
def cbsnews(title, ps):
    body = "".join(paras(ps))
    return head4(title, "CBS News") + f"""<body><table width="970" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="2"><a href="/"><img src="/images/cbsnews_logo.gif" alt="CBS News" border="0"></a>{docwrite_ad("728x90")}
<div class="nav"><a href="/sections/home/main100.shtml">Home</a> | <a href="/sections/national/main100.shtml">U.S.</a> | <a href="/sections/world/main202.shtml">World</a> | <a href="/sections/politics/main250.shtml">Politics</a> | <a href="/sections/eveningnews/main3420.shtml">Evening News</a> | <a href="/sections/60minutes/main3415.shtml">60 Minutes</a></div></td></tr>
<tr valign="top"><td width="620" class="storyCol"><div class="storyTitle"><h1>{esc(title)}</h1></div>
<div class="storyDek">Ohio Woman Steered Her Bus Into A Snowbank To Avoid Oncoming Car</div>
<div class="storyDate">LINWOOD, Ohio, Jan. 22, 2008</div>
<table align="right" width="210"><tr><td><img src="/images/2008/01/22/image3740021x.jpg" width="200"><div class="caption">Patricia Vance, right, receives a plaque from Linwood Mayor Tom Ruiz. (WOIO)</div><div class="vid"><a href="#">Watch CBS Videos Online</a></div></td></tr></table>
<div class="storyText">{body}</div>
<div class="copy">&#169; MMVIII, CBS Interactive Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed. The Associated Press contributed to this report.</div>
<div class="storytools"><a href="#">E-mail Story</a> &#8226; <a href="#">Printable Version</a> &#8226; <a href="#">Feedback</a> &#8226; <a href="#">Share This</a></div>
<div class="related"><b>MORE ON CBSNEWS.COM</b><ul>{links(["Winter Storm Slams Great Lakes", "Icy Roads Blamed For Pileup", "Hero Crossing Guard Saves Boy"])}</ul></div></td>
<td width="300">{docwrite_ad("300x250")}<div class="mostpop"><b>Most Popular</b><ol>{links(POPULAR[2:7])}</ol></div></td></tr></table>
<div class="footer"><a href="#">Terms of Service</a> | <a href="#">Privacy Policy</a> | <a href="#">CBS Corporation</a></div></body></html>"""


# 2 ---------------------------------------------------------------- Fox News-like, 2008 ("Click here" promos inside the story)
def foxnews(title, ps):
    body = []
    for i, p in enumerate(ps):
        body.append("<p>%s</p>" % esc(p))
        if i == 1:
            body.append('<p><a href="/politics/elections/index.html">Click here for more on the port security debate.</a></p>')
        if i == 3:
            body.append('<p><b><a href="/politics/index.html">Click here to visit FOXNews.com\'s Politics Center.</a></b></p>')
    return head4(title, "FOXNews.com") + f"""<body><div id="top"><a href="/"><img src="/images/foxnews_logo.gif" alt="FOXNews.com"></a> <span class="date">Thursday, July 31, 2008</span>{docwrite_ad("728x90")}
<ul id="nav"><li><a href="/">Home</a></li><li><a href="/us">U.S.</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/business">Business</a></li><li><a href="/video">Video</a></li></ul></div>
<div id="content"><div class="article"><h1>{esc(title)}</h1>
<div class="byline">Thursday, July 31, 2008</div><div class="tools"><a href="#">E-Mail</a> <a href="#">Print</a> <a href="#">Share:</a> <a href="#">Digg</a> <a href="#">del.icio.us</a></div>
<div class="video"><a href="#"><img src="/images/video_ports.jpg" alt=""></a><span>VIDEO: Port security bill on hold</span></div>
<div class="article-text">{"".join(body)}<div class="adv">ADVERTISEMENT</div></div>
<div class="copyright">Copyright 2008 FOX News Network, LLC. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</div>
<div class="related"><h3>RELATED STORIES</h3><ul>{links(["Panel Grills Customs Chief", "Ports Brace for Holiday Rush", "Container Scanning: Q&A"])}</ul></div>
<div class="sharebox"><b>Share This Story</b> <a href="#">Email</a> <a href="#">Digg</a> <a href="#">Facebook</a></div></div>
<div id="rightcol">{docwrite_ad("300x250")}<div class="topstories"><h3>Top Stories</h3><ul>{links(POPULAR[4:9])}</ul></div></div></div>
<div id="footer"><a href="#">Terms of use</a> | <a href="#">Privacy Statement</a> | <a href="#">Advertise With Us</a><br>This material may not be published, broadcast, rewritten, or redistributed. &#169;2008 FOX News Network, LLC. All rights reserved.</div></body></html>"""


# 3 ---------------------------------------------------------------- Bloomberg-like, 2008 (font tags, contact lines)
def bloomberg(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps)
    return head4(title, "Bloomberg.com") + f"""<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/bloomberg_logo.gif" border="0" alt="Bloomberg"></a></td><td>{docwrite_ad("728x90")}</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td width="160" class="leftnav"><font size="1"><a href="/news/index.html">News</a><br><a href="/markets/index.html">Market Data</a><br><a href="/apps/news?pid=exclusive">Exclusive</a><br><a href="/apps/news?pid=worldwide">Worldwide</a><br><a href="/apps/news?pid=regions">Regions</a><br><a href="/apps/news?pid=columnists">Columnists</a><br><a href="/tvradio/index.html">TV and Radio</a></font></td>
<td width="500"><span class="news_story_title"><font size="4"><b>{esc(title)}</b></font></span><br><br>
<table cellpadding="0" cellspacing="0"><tr><td><font size="2"><a href="#">Email</a> | <a href="#">Print</a> | <a href="#">A A A</a></font></td></tr></table>
<font size="2"><p>By Ingrid Solberg</p>{body}
<p>To contact the reporter on this story: Ingrid Solberg in Oslo at isolberg@bloomberg.net</p>
<p>Last Updated: October 21, 2008 05:33 EDT</p></font>
<table><tr><td>{docwrite_ad("468x60")}</td></tr></table></td>
<td width="300">{docwrite_ad("300x250")}<div class="mostread"><b>Most E-Mailed</b><ol>{links(["Oil Falls for Third Day", "Yen Gains as Stocks Slide", "Treasuries Rise on Bank Concern"])}</ol></div></td></tr></table>
<div class="ftr"><font size="1"><a href="#">Terms of Service</a> | <a href="#">Privacy Policy</a> | <a href="#">Trademarks</a> | &#169;2008 BLOOMBERG L.P. ALL RIGHTS RESERVED.</font></div></body></html>"""


# 4 ---------------------------------------------------------------- Forbes-like, 2008 (page 1 of 2)
def forbes(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps[:4])
    return head4(title, "Forbes.com") + f"""<body><div id="masthead"><a href="/"><img src="/media/logo_forbes.gif" alt="Forbes.com"></a>{docwrite_ad("728x90")}
<div id="channels"><a href="/business">Business</a> <a href="/technology">Tech</a> <a href="/markets">Markets</a> <a href="/entrepreneurs">Entrepreneurs</a> <a href="/leadership">Leadership</a> <a href="/lists">Lists</a> <a href="/forbeslife">ForbesLife</a></div></div>
<div id="storyBody"><div class="headline"><h1>{esc(title)}</h1></div><div class="deck">An auto parts fortune is rebuilding a Montana main street, one storefront at a time.</div>
<div class="byline">Nathan Pryor, 10.14.08, 6:00 PM ET</div>
<div class="toolbar"><a href="#">E-Mail</a> | <a href="#">Print</a> | <a href="#">Comments</a> | <a href="#">Request Reprint</a> | <a href="#">E-Mail Newsletters</a> | <a href="#">My Forbes</a> | <a href="#">Yahoo! Buzz</a></div>
<div class="inpictures"><a href="#"><img src="/media/2008/10/14/esterly_thumb.jpg"></a><a href="#">In Pictures: Small Towns, Big Money</a></div>
<div id="storyText">{body}</div>
<div class="pagination">Page 1 of 2 <a href="?partner=story&amp;page=2">Next page &gt;</a></div>
<div class="seealso"><b>See Also:</b><ul>{links(["The Richest People In Montana", "Billionaires Who Buy Ranches", "America's Best Small Towns"])}</ul></div>
<div class="sponsored"><b>Sponsored Links</b><p><a href="#">Free Credit Report</a> Check your score in minutes.</p></div></div>
<div id="rightRail">{docwrite_ad("300x250")}<div class="mostpop"><b>Most Popular Stories</b><ol>{links(POPULAR[1:6])}</ol></div></div>
<div id="footer"><a href="#">Forbes.com</a> | <a href="#">Advertising Information</a> | <a href="#">Privacy Statement</a> | <a href="#">Terms, Conditions and Notices</a><br>&#169;2008 Forbes.com LLC&#8482; All Rights Reserved</div></body></html>"""


# 5 ---------------------------------------------------------------- BusinessWeek-like, 2008
def businessweek(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps)
    return head4(title, "BusinessWeek") + f"""<body><div id="header"><a href="/"><img src="/images/bw_logo.gif" alt="BusinessWeek"></a>{docwrite_ad("728x90")}
<ul id="nav"><li><a href="/">Home</a></li><li><a href="/investor">Investing</a></li><li><a href="/technology">Technology</a></li><li><a href="/innovate">Innovation</a></li><li><a href="/managing">Managing</a></li><li><a href="/smallbiz">Small Business</a></li><li><a href="/bschools">B-Schools</a></li></ul></div>
<div id="content"><div class="storyHeader"><div class="kicker">Travel</div><h1>{esc(title)}</h1><h2 class="summary">With fuel costs soaring, regional carriers are pulling out of towns that have had air service for decades</h2>
<div class="byline">by Martin Greaves</div><div class="date">July 17, 2008, 5:00PM EST</div></div>
<div class="tools"><a href="#">Add to Business Exchange</a> | <a href="#">Digg</a> | <a href="#">Buzz up!</a> | <a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Reader Comments (14)</a></div>
<div id="storyBody">{body}</div>
<div class="authorbio"><i>Greaves is a correspondent in BusinessWeek's Chicago bureau.</i></div>
<div class="bizexchange"><b>Business Exchange: Read, save, and add content on BW's new Business Exchange site</b><ul>{links(["Airline Fuel Hedging", "Regional Jets", "Essential Air Service"])}</ul></div>
<div class="comments"><h3>Reader Comments</h3><div class="comment"><b>Pat K.</b> <span>July 18, 2008 9:14 AM</span><p>Our town lost its last flight in May. The nearest airport is now 140 miles away.</p></div><a href="#">Add a Comment</a></div></div>
<div id="sidebar">{docwrite_ad("300x250")}<div class="mostpop"><h3>Most Popular</h3><ol>{links(POPULAR[3:8])}</ol></div></div>
<div id="footer"><a href="#">Privacy Notice</a> | <a href="#">Terms of Use</a> | <a href="#">Contact Us</a><br>Copyright 2000-2008 by The McGraw-Hill Companies Inc. All rights reserved.</div></body></html>"""


# 6 ---------------------------------------------------------------- SFGate/Chronicle-like, 2008 (e-mail line, page line)
def sfgate(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps)
    return head4(title, "SFGate") + f"""<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/chronicle/pictures/sfgate_logo.gif" alt="SFGate.com" border="0"></a></td><td align="right">{docwrite_ad("728x90")}</td></tr>
<tr><td colspan="2" class="nav"><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/business/">Business</a> | <a href="/entertainment/">Entertainment</a> | <a href="/food/">Food</a> | <a href="/travel/">Travel</a> | <a href="/cars/">Cars</a> | <a href="/jobs/">Jobs</a> | <a href="/realestate/">Real Estate</a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td width="640">
<font face="Arial, Helvetica" size="4"><b>{esc(title)}</b></font><br>
<font size="2"><b>Matthai Ferris, Chronicle Staff Writer</b><br>Wednesday, September 17, 2008</font><br>
<div class="articletools"><a href="#">E-mail</a> | <a href="#">Print</a> | <a href="#">Comments (64)</a> | <a href="#">Font | Size: &#8211; +</a></div>
<table align="right" width="302"><tr><td><img src="/c/pictures/2008/09/17/ba-park17_0171_ga.jpg" width="300"><br><font size="1">The former rail yard along the Oakland estuary. Chronicle photo by Lea Ortiz</font></td></tr></table>
<font size="3">{body}
<p>E-mail Matthai Ferris at mferris@sfchronicle.com.</p>
<p>http://sfgate.com/cgi-bin/article.cgi?f=/c/a/2008/09/17/BAF012ABCD.DTL</p>
<p>This article appeared on page <b>B - 1</b> of the San Francisco Chronicle</p></font>
<div class="ads"><b>Ads by Google</b> <a href="#">Oakland Lofts For Sale</a> <a href="#">Bay Area Parks Guide</a></div>
<div class="comments"><b>Reader comments (64)</b> <a href="#">View comments</a> | <a href="#">Add your comment</a></div></td>
<td width="300">{docwrite_ad("300x250")}<div class="mostread"><b>Most Read</b><ol>{links(POPULAR[5:10])}</ol></div></td></tr></table>
<div class="footer"><font size="1"><a href="#">Contact Us</a> | <a href="#">Privacy Policy</a> | <a href="#">Terms of Service</a> | &#169; 2008 Hearst Communications Inc.</font></div></body></html>"""


# 7 ---------------------------------------------------------------- Boston.com/Globe-like, 2008
def bostoncom(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps)
    return head4(title, "The Boston Globe") + f"""<body><div id="bcom_header"><a href="/"><img src="/images/bcom_logo.gif" alt="Boston.com"></a><div class="globe">The Boston Globe</div>{docwrite_ad("728x90")}
<ul class="nav"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Business</a></li><li><a href="/ae">A&amp;E</a></li><li><a href="/things">Things To Do</a></li><li><a href="/travel">Travel</a></li><li><a href="/yourtown">Your Town</a></li></ul></div>
<div id="Col1"><div id="headTools"><a href="#">E-mail</a>|<a href="#">Print</a>|<a href="#">Single page</a>|<a href="#">Yahoo! Buzz</a>|<a href="#">ShareThis</a> <span class="textsize">Text size &#8211; +</span></div>
<h1 class="mainHed">{esc(title)}</h1><h2 class="subHead">Added trips will link three outer islands</h2>
<div class="byline">By Ellen Barrow<br>Globe Staff / November 12, 2008</div>
<div class="inlineimage"><img src="/bonzai-fba/Globe_Photo/2008/11/12/ferry__1226461.jpg" width="260"><p class="caption">A ferry leaves Long Wharf for the harbor islands. (Globe Staff Photo / Joe Marino)</p></div>
{body}
<div id="articleFooter"><p>&#169; Copyright 2008 Globe Newspaper Company.</p></div>
<div class="pagination">1 | <a href="#">2</a> | <a href="#">Next &#187;</a></div>
<div class="moreStories"><h3>More articles</h3><ul>{links(["Spectacle Island beach reopens", "Water taxis add stops", "Harbor cleanup ahead of schedule"])}</ul></div>
<div class="comments"><h3>Comments</h3><p>12 comments so far... <a href="#">Read them</a> | <a href="#">Add your comment</a></p></div></div>
<div id="Col2">{docwrite_ad("300x250")}<div class="mostemailed"><h3>Most E-mailed</h3><ol>{links(POPULAR[0:5])}</ol></div></div>
<div id="footer"><a href="#">Contact Boston.com</a> | <a href="#">Help</a> | <a href="#">Advertise</a> | <a href="#">Privacy policy</a> | &#169; 2008 NY Times Co.</div></body></html>"""


# 8 ---------------------------------------------------------------- Sydney Morning Herald-like, 2008 (ad in the middle)
def smh(title, ps):
    body = []
    for i, p in enumerate(ps):
        body.append("<p>%s</p>" % esc(p))
        if i == 1:
            body.append('<div class="ad adSpotIsland"><div class="adLabel">Advertisement</div>%s</div>' % docwrite_ad("300x250"))
    return head4(title, "National | smh.com.au") + f"""<body><div id="header"><a href="/"><img src="/img/smh_logo.gif" alt="The Sydney Morning Herald"></a><span class="date">Saturday, October 4, 2008</span>{docwrite_ad("728x90")}
<ul id="nav"><li><a href="/">Home</a></li><li><a href="/national">National</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/business">Business</a></li><li><a href="/technology">Technology</a></li><li><a href="/sport">Sport</a></li><li><a href="/entertainment">Entertainment</a></li></ul></div>
<div id="content"><div class="cT-storyDetails"><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/national">National</a> &gt; Article</div>
<h2>{esc(title)}</h2><cite><span class="byline">Clara Mendes Transport Reporter</span> <span class="timestamp">October 4, 2008 - 11:42AM</span></cite>
<ul class="cT-articleTools"><li><a href="#">Print</a></li><li><a href="#">Email</a></li><li><a href="#">Normal font</a></li><li><a href="#">Large font</a></li></ul>
<div class="cT-imageLandscape"><img src="/ffximage/2008/10/04/train_wideweb.jpg" alt=""><p>Commuters at Granville station. <cite>Photo: Ben Hale</cite></p></div>
{"".join(body)}</div>
<div class="cT-relatedContent"><h3>Related Articles</h3><ul>{links(["Rail fares to rise 5 per cent", "Bus lanes for western suburbs", "CityRail on-time record slips"])}</ul></div>
<div class="adsbygoogle"><b>Ads by Google</b> <a href="#">Cheap Flights Sydney</a></div>
<div class="cT-comments"><h3>Your say</h3><p>Comments are now closed.</p></div></div>
<div id="sidebar">{docwrite_ad("300x250")}<div class="mostviewed"><h3>Most viewed</h3><ol>{links(POPULAR[4:9])}</ol></div></div>
<div id="footer"><a href="#">Fairfax Digital</a> | <a href="#">Privacy</a> | <a href="#">Conditions of use</a> | Copyright &#169; 2008. The Sydney Morning Herald.</div></body></html>"""


# 9 ---------------------------------------------------------------- CBC-like, 2008 (italic "With files from")
def cbc(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps[:-1]) + "<p><em>%s</em></p>" % esc(ps[-1])
    return head4(title, "CBC News") + f"""<body><div id="cbcheader"><a href="/"><img src="/includes/gfx/cbc_logo.gif" alt="CBC.ca"></a>
<ul id="topnav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/arts/">Arts</a></li><li><a href="/kids/">Kids</a></li><li><a href="/radio/">Radio</a></li><li><a href="/tv/">TV</a></li></ul>
<div class="regions">Canada: <a href="#">B.C.</a> <a href="#">Nova Scotia</a> <a href="#">P.E.I.</a> <a href="#">Newfoundland &amp; Labrador</a></div>{docwrite_ad("728x90")}</div>
<div id="storybody"><div class="storyhead"><h1>{esc(title)}</h1>
<div class="lastupdate">Last Updated: Wednesday, December 10, 2008 | 4:12 PM AT</div><div class="commentsline"><a href="#comments">Comments</a>58 <a href="#">Recommend</a>42</div>
<div class="source">CBC News</div></div>
<div class="photo"><img src="/gfx/images/news/photos/2008/12/10/ferry-081210.jpg" width="300"><div class="caption">The ferry has been tied up since its engine failed last Thursday. <span class="credit">(CBC)</span></div></div>
{body}
<div class="rellinks"><h3>RELATED</h3><p><b>External Links</b></p><ul>{links(["Provincial ferry schedules", "Island community association"])}</ul><p class="disclaimer">(Note: CBC does not endorse and is not responsible for the content of external links.)</p></div>
<div id="comments"><h3>Comments</h3><p>Comments are closed. <a href="#">Read 58 comments</a></p><p class="rules"><a href="#">Submission Policy</a> Note: The CBC does not necessarily endorse any of the views posted.</p></div></div>
<div id="rightrail">{docwrite_ad("300x250")}<div class="topstories"><h3>Top Stories</h3><ul>{links(POPULAR[0:4])}</ul></div></div>
<div id="footer"><a href="#">Terms of Use</a> | <a href="#">Privacy</a> | <a href="#">Contact CBC</a> | Copyright &#169; CBC 2008</div></body></html>"""


# 10 ---------------------------------------------------------------- Independent (UK)-like, 2008
def independent(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps)
    return head4(title, "The Independent") + f"""<body><div id="masthead"><a href="/"><img src="/independent_logo.gif" alt="The Independent"></a> <span>Saturday, 13 December 2008</span>{docwrite_ad("728x90")}</div>
<div id="topNav"><a href="/news">News</a> <a href="/opinion">Opinion</a> <a href="/environment">Environment</a> <a href="/sport">Sport</a> <a href="/life-style">Life &amp; Style</a> <a href="/arts-entertainment">Arts &amp; Ents</a> <a href="/travel">Travel</a><div class="sub"><a href="/news/uk">UK</a> <a href="/news/uk/politics">Politics</a> <a href="/news/uk/home-news">Home News</a></div></div>
<div id="main"><div class="articleHeader"><h1>{esc(title)}</h1><h3 class="info">By Tom Aldridge, Local Government Correspondent</h3><p class="date">Saturday, 13 December 2008</p></div>
<div class="articleTools"><a href="#">Print</a> <a href="#">Email</a> <a href="#">Share</a> <a href="#">Reuse this content</a> <span>Sponsored by:</span> <img src="/spons.gif" alt=""></div>
<div class="articleContent"><div class="byline-picture"><img src="/migration_catalog/article5366.jpg"><p>Town halls will have to list payments to suppliers</p><p class="credit">PA</p></div>
{body}</div>
<div class="prevnext"><a href="#">Previous article</a> | <a href="#">Next article</a></div>
<div class="advertiserlinks"><h4>Advertiser Links</h4><ul><li><a href="#">Council tax reduction: check if you can pay less</a></li></ul></div>
<div class="mostviewed"><h4>Most Viewed</h4><ol>{links(POPULAR[2:6])}</ol></div>
<div class="comments"><h4>Have your say</h4><p>Comments on this article are now closed.</p></div></div>
<div id="footer"><a href="#">Contact Us</a> | <a href="#">Jobs</a> | <a href="#">Subscribe</a> | <a href="#">Syndication</a> | &#169; 2008 Independent News and Media Limited</div></body></html>"""


# 11 ---------------------------------------------------------------- Xinhua English-like, 2008 (font tags, editor line)
def xinhua(title, ps):
    body = "".join("<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>" % esc(p) for p in ps)
    return head4(title, "Xinhua - English") + f"""<body topmargin="0"><table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/english/images/logo.gif" width="778" height="80"></td></tr>
<tr><td bgcolor="#003399"><font color="#ffffff" size="2"><a href="/english/china/"><font color="#ffffff">China</font></a> | <a href="/english/world/"><font color="#ffffff">World</font></a> | <a href="/english/business/"><font color="#ffffff">Business</font></a> | <a href="/english/sports/"><font color="#ffffff">Sports</font></a> | <a href="/english/sci/"><font color="#ffffff">Sci-Tech</font></a> | <a href="/english/photo/"><font color="#ffffff">Photos</font></a></font></td></tr></table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0"><tr valign="top"><td width="570">
<table width="100%"><tr><td align="center"><font size="4"><b>{esc(title)}</b></font></td></tr>
<tr><td align="center"><font size="1" color="#666666">www.chinaview.cn 2008-11-03 22:41:06</font> <font size="1"><a href="#">Print</a> <a href="#">Comment</a></font></td></tr></table>
<table width="100%"><tr><td id="Content"><font size="2">{body}</font></td></tr>
<tr><td align="right"><font size="1">Editor: Mu Xuequan</font></td></tr></table>
<table width="100%"><tr><td><font size="2"><b>Related Stories:</b></font><ul>{links(["Chinese premier meets Kazakh PM", "China-Central Asia trade rises"])}</ul></td></tr></table>
<table><tr><td><font size="2"><b>Comment</b></font><form><textarea name="c" cols="40"></textarea><br><input type="submit" value="Submit"></form></td></tr></table></td>
<td width="200" bgcolor="#eef3fa"><font size="2"><b>Top News</b></font><ul>{links(["Hu meets visiting leaders", "China's CPI rises 4 pct", "Shenzhou-7 crew returns"])}</ul></td></tr></table>
<table width="778" align="center"><tr><td align="center"><font size="1">Copyright &#169; 2000 - 2008 Xinhua News Agency. All rights reserved.</font></td></tr></table></body></html>"""


# 12 ---------------------------------------------------------------- Al Jazeera English-like, 2008 (source line)
def aljazeera(title, ps):
    body = "".join(("<p><strong>%s</strong></p>" if is_sub(p) else "<p>%s</p>") % esc(p) for p in ps)
    return head4(title, "Al Jazeera English") + f"""<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/english/images/aje_logo.gif" alt="Al Jazeera English" border="0"></a></td><td align="right">{docwrite_ad("728x90")}</td></tr>
<tr><td colspan="2" class="nav"><a href="/news/">News</a> | <a href="/news/africa/">Africa</a> | <a href="/news/americas/">Americas</a> | <a href="/news/asia-pacific/">Asia-Pacific</a> | <a href="/news/europe/">Europe</a> | <a href="/news/middleeast/">Middle East</a> | <a href="/programmes/">Programmes</a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td width="600"><table width="100%"><tr><td class="DetailedTitle">{esc(title)}</td></tr>
<tr><td class="DetailedSummary">Protesters march on parliament after 30 per cent rise in petrol prices.</td></tr>
<tr><td><img src="/mritems/images/2008/6/1/protest_200.jpg" width="200" align="left"><span class="caption">Police formed lines around parliament as the march arrived [AFP]</span></td></tr>
<tr><td class="ArticleDate">Last Modified: 01 Jun 2008 15:41 GMT</td></tr>
<tr><td class="Detailedbody">{body}</td></tr>
<tr><td class="Source"><b>Source:</b> Al Jazeera and agencies</td></tr></table>
<table width="100%"><tr><td><a href="#">Send your comments</a> | <a href="#">Print article</a> | <a href="#">Send to a friend</a> | <a href="#">Bookmark</a></td></tr></table>
<div class="related"><b>Related:</b><ul>{links(["Subsidy cuts spark unrest", "Profile: the opposition alliance"])}</ul></div></td>
<td width="300">{docwrite_ad("300x250")}<div class="mostviewed"><b>Most Viewed</b><ol>{links(POPULAR[1:5])}</ol></div></td></tr></table>
<div class="footer"><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Terms of use</a> | &#169; 2008 Al Jazeera English</div></body></html>"""


# 13 ---------------------------------------------------------------- ESPN-like sports recap, 2008
def espn(title, ps):
    body = "".join("<p>%s</p>" % esc(p) for p in ps[:-1]) + "<p><i>%s</i></p>" % esc(ps[-1])
    return head4(title, "ESPN") + f"""<body><div id="espnheader"><a href="/"><img src="/i/espn_logo.gif" alt="ESPN"></a>{docwrite_ad("728x90")}
<ul id="nav"><li><a href="/nfl/">NFL</a></li><li><a href="/mlb/">MLB</a></li><li><a href="/nba/">NBA</a></li><li><a href="/nhl/">NHL</a></li><li><a href="/ncf/">NCAAF</a></li><li><a href="/ncb/">NCAAM</a></li><li><a href="/fantasy/">Fantasy</a></li></ul>
<div class="scores"><b>Scores</b> HAWKS 101 BEARS 96 Final | LIONS 88 WOLVES 91 Final | STARS 104 KINGS 99 Final</div></div>
<div id="content"><div class="gamelinks"><a href="#">Box Score</a> | <a href="#">Recap</a> | <a href="#">Photos</a> | <a href="#">Conversation</a></div>
<div class="mod-article"><h1>{esc(title)}</h1><p class="source">ESPN.com news services</p>
<div class="tools"><a href="#">Email</a> <a href="#">Print</a> <a href="#">Comments (21)</a></div>
<table class="linescore"><tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th><th>T</th></tr><tr><td>Bears</td><td>28</td><td>25</td><td>27</td><td>16</td><td>96</td></tr><tr><td>Hawks</td><td>22</td><td>21</td><td>23</td><td>35</td><td>101</td></tr></table>
{body}
<p class="copyright">Copyright 2008 by ESPN Internet Ventures.</p></div>
<div class="conversation"><h3>Conversation</h3><p><a href="#">Sign in</a> to comment. 21 comments.</p></div></div>
<div id="sidebar">{docwrite_ad("300x250")}<div class="headlines"><h3>Headlines</h3><ul>{links(["Trade deadline: who is moving?", "Power rankings: Week 20", "Injury report roundup"])}</ul></div></div>
<div id="footer"><a href="#">ESPN.com: Help</a> | <a href="#">Press</a> | <a href="#">Advertise</a> | <a href="#">Privacy Policy</a> | &#169;2008 ESPN Internet Ventures.</div></body></html>"""


PAGES = [("abcnews-2008", abcnews), ("cbsnews-2008", cbsnews), ("foxnews-2008", foxnews), ("bloomberg-2008", bloomberg),
         ("forbes-paged-2008", forbes), ("businessweek-2008", businessweek), ("sfgate-2008", sfgate),
         ("bostoncom-2008", bostoncom), ("smh-2008", smh), ("cbc-2008", cbc), ("independent-uk-2008", independent),
         ("xinhua-2008", xinhua), ("aljazeera-2008", aljazeera), ("espn-recap-2008", espn)]

assert len(PAGES) == len(STORIES)
R.shuffle(POPULAR)
names = []
for (name, make), story in zip(PAGES, STORIES):
    title, ps = story[0], story[1]
    with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
        f.write(make(title, ps))
    if make is forbes:  # page 1 of 2: the page holds the first four paragraphs only
        ps = ps[:4]
    with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join([title] + ps) + "\n")
    names.append(name)
with open(os.path.join(HERE, "pages.txt"), "w") as f:
    f.write("\n".join(names) + "\n")
print("wrote %d pages" % len(names))
