#!/usr/bin/env python3
"""Writes the fourth held-out round of news article pages (news4) with gold article text (headline + body).

Twenty pages in the markup of publishers and CMSs Google News linked in 2009-2011 (L3S-GN1's era and sources) that
none of ../news, ../news2, ../news3 imitates: an Internet Broadcasting (IBSys) TV station, a Business Wire release,
MarketWatch-, msnbc.com-, Huffington Post- and Gawker-network-like pages, a MediaNews Group paper, a Newsquest UK
local, Guardian- and Telegraph (Escenic)-like pages, an AP hosted story, a Google-hosted AFP story, a paged TIME-like
feature, CNET-, Ars Technica- and NPR-like pages, a PRWeb release, an Examiner.com-like content site, a Patch-like
hyperlocal and a Times of India-like page (br-separated paragraphs in one div).

Gold (see README.md): the headline and the story's own paragraphs and subheads, one per paragraph, as an
L3S-GN1-style annotation's "headline" and "full text": not bylines, date lines, decks, captions, credits, related
links, tool and share bars, ads, pagers, tags, author bios, contact lines, copyright lines, comments.
Fixed seed; our own sentences (fictional places and people). Run: python3 make_news4_pages.py
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES  # noqa: E402

R = random.Random(20100615)
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


# 0 ---------------------------------------------------------------- Internet Broadcasting (IBSys) TV station, 2009
def ibsys(title, ps):
    body = "".join(paras(ps))
    return head(title, "Riverside News - WRVT Channel 4") + f"""<body><div id="IBS-header"><a href="/"><img src="/2009/0101/logo.gif" alt="WRVT Channel 4"/></a>{gpt("leader", "728x90")}
<ul id="IBS-nav"><li><a href="/news/index.html">News</a></li><li><a href="/weather/index.html">Weather</a></li><li><a href="/sports/index.html">Sports</a></li><li><a href="/video/index.html">Video</a></li><li><a href="/money/index.html">Money</a></li><li><a href="/health/index.html">Health</a></li><li><a href="/station/index.html">Station</a></li></ul></div>
<div id="IBS-content"><div class="IBS-left"><div class="storyHead"><h1>{esc(title)}</h1><div class="storyDate">POSTED: 7:12 am EST February 14, 2009<br/>UPDATED: 11:48 am EST February 14, 2009</div></div>
<div class="storyTools"><a href="/email/1234/detail.html">Email</a> | <a href="/print/1234/detail.html">Print</a> | <a href="#">Share</a> | <a href="#">Text size: <b>A</b> A</a></div>
<div class="storyMedia"><div class="videoContainer"><img src="/video/still.jpg" alt=""/><p class="videoTitle">Video: Warehouse Fire Lights Up Sky</p></div></div>
<div class="textStoryBody">{body}
<p class="copyright"><i>Copyright 2009 by WRVT.com. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</i></p></div>
<div class="relatedToStory"><h4>Related To Story</h4><ul><li><a href="/news/18700/detail.html">Video: Firefighters Battle Flames</a></li><li><a href="/slideshow/news/18701/detail.html">Slideshow: Warehouse Fire</a></li><li><a href="/news/17102/detail.html">Previous Story: Fire Guts East Side Duplex</a></li></ul></div>
<div class="previousStories"><h4>Previous Stories:</h4><ul>{links(["February 13, 2009: Car Crashes Into Pharmacy", "February 12, 2009: Schools Close For Ice", "February 11, 2009: Police Seek Bank Robber"])}</ul></div></div>
<div class="IBS-right">{gpt("right", "300x250")}<div class="mostPopular"><h4>Most Popular Stories</h4><ol>{links(POPULAR[:5])}</ol></div><div class="weatherWidget"><h4>Weather</h4><p>Currently: 28&#176; Cloudy</p></div></div></div>
<div id="IBS-footer"><a href="/contact">Contact Us</a> | <a href="/jobs">Jobs at WRVT</a> | <a href="/eeo">EEO Report</a> | <a href="/privacy">Privacy Policy</a><br/>Copyright 2009 by Internet Broadcasting Systems and WRVT.com. All rights reserved.</div></body></html>"""


# 1 ---------------------------------------------------------------- Business Wire release, 2010
def businesswire(title, ps):
    body = "".join('<p><b>%s</b></p>' % esc(p) if is_sub(p) else '<p>%s</p>' % esc(p) for p in ps)
    return head(title, "Business Wire") + f"""<body><div id="bw-header"><a href="/portal/site/home/"><img src="/images/bw_logo.gif" alt="Business Wire"/></a><ul class="bw-topnav"><li><a href="#">News</a></li><li><a href="#">Services</a></li><li><a href="#">Newsroom</a></li><li><a href="#">Submit a Press Release</a></li></ul></div>
<div id="bw-main"><div class="bw-release-head"><p class="bw-release-timestamp">October 26, 2010 04:05 PM Eastern Daylight Time</p>
<h1 class="epi-fontLg">{esc(title)}</h1><h2 class="epi-fontMd">Revenue up 31 percent year over year; company raises full-year outlook</h2></div>
<div class="bw-release-tools"><a href="#">Print</a> <a href="#">Email</a> <a href="#">RSS</a> <a href="#">Share</a> <a href="#">Permalink</a></div>
<div class="bw-release-story">{body}
</div>
<div class="bw-release-contact"><h3>Contacts</h3><p>Norvane Systems, Inc.<br/>Investor Relations<br/>Jim Porter, 408-555-0142<br/>ir@norvane.example</p></div>
<div class="bw-release-tags"><h3>Industry:</h3><a href="#">Technology</a> <a href="#">Hardware</a> <a href="#">Data Management</a> <h3>Language:</h3> English</div></div>
<div id="bw-rail"><h3>More News From Norvane Systems</h3><ul>{links(["Norvane Systems to Present at Storage Summit", "Norvane Names New CFO"])}</ul>{gpt("rail", "160x600")}</div>
<div id="bw-footer">&#169; 2010 Business Wire, A Berkshire Hathaway Company. <a href="#">Privacy Statement</a> | <a href="#">Terms of Use</a></div></body></html>"""


# 2 ---------------------------------------------------------------- MarketWatch-like, 2010 (ticker spans inline)
TICKERS = {"Kellman Stores Inc.": ("KLMN", "-7.38%"), "Bradford & Lowe Co.": ("BLW", "-5.06%"), "CartPoint": ("CRTP", "+1.91%")}


def tickerize(p):
    for name, (sym, chg) in TICKERS.items():
        if name in p:
            p = p.replace(esc(name), '%s <span class="ticker"><a href="/investing/stock/%s">%s</a> <span class="change">%s</span></span>' % (esc(name), sym.lower(), sym, chg), 1)
    return p


def gold_tickers(p):
    for name, (sym, chg) in TICKERS.items():
        p = p.replace(name, "%s %s %s" % (name, sym, chg), 1)
    return p


def marketwatch(title, ps):
    body = "".join('<p>%s</p>' % tickerize(esc(p)) for p in ps)
    return head(title, "MarketWatch") + f"""<body><div id="topchrome"><div class="logo"><a href="/">MarketWatch</a></div><ul class="mainnav"><li><a href="/">Home</a></li><li><a href="/news">News &amp; Commentary</a></li><li><a href="/markets">Markets</a></li><li><a href="/investing">Investing</a></li><li><a href="/personal-finance">Personal Finance</a></li><li><a href="/game">Virtual Stock Exchange</a></li></ul>
<div class="marketbar"><span>DJIA 11,245.12 -31.02</span> <span>Nasdaq 2,532.02 -0.4%</span> <span>S&amp;P 500 1,187.76 -0.2%</span></div></div>
<div id="maincontent"><div class="storycolumn"><div class="topictag"><a href="/topics/retail">Retail</a></div>
<h1 id="article-headline">{esc(title)}</h1><p class="deck">Kellman, Bradford &amp; Lowe warn; online sellers hold up</p>
<div id="byline">By <a href="/author/jsmith">Jenna Hartley</a>, MarketWatch</div><div id="published-timestamp">Last Update: 4:12 PM ET Dec 7, 2010</div>
<div class="tools"><a href="#">Print</a> <a href="#">E-mail</a> <a href="#">Reprints</a> <a href="#">Comments (14)</a> {share_bar()}</div>
<div id="article-body">{body}
<p class="author-contact">Jenna Hartley is a reporter for MarketWatch, based in New York.</p></div>
<div class="relatedtickers"><h4>Quotes in this story</h4><table><tr><td>KLMN</td><td>18.42</td><td>-1.47</td></tr><tr><td>BLW</td><td>33.10</td><td>-1.76</td></tr></table></div>
<div class="morefrom"><h4>More from MarketWatch</h4><ul>{links(["Stocks end lower on retail warnings", "Five things to watch in holiday sales", "Commentary: why cheap deals hurt margins"])}</ul></div></div>
<div class="rightrail">{gpt("r1", "300x250")}<div class="mostpopular"><h4>Most Popular</h4><ol>{links(["Ten stocks to own for 2011", "Gold tops $1,400", "Your retirement plan is wrong"])}</ol></div></div></div>
<div id="footer">Copyright &#169; 2010 MarketWatch, Inc. All rights reserved. By using this site you agree to the <a href="#">Terms of Service</a>, <a href="#">Privacy Policy</a>. Intraday Data provided by SIX Telekurs and subject to terms of use.</div></body></html>"""


# 3 ---------------------------------------------------------------- msnbc.com-like portal, 2009
def msnbc(title, ps):
    ps2 = paras(ps, sub="<p><strong>%s</strong></p>")
    ps2.insert(3, '<div class="w460 cb"><div class="abc"><span>Story continues below &#8595;</span></div><div class="ad">advertisement</div>' + gpt("inline", "300x250") + '</div>')
    return head(title, "msnbc.com") + f"""<body><div id="masthead"><a href="/"><img src="/i/msnbc_logo.gif" alt="msnbc.com"/></a><ul class="nav"><li>U.S. news</li><li>World news</li><li>Politics</li><li>Business</li><li>Sports</li><li>Entertainment</li><li>Health</li><li>Tech &amp; science</li><li>Travel</li><li>Weather</li></ul><form><input name="q"/><input type="submit" value="Search"/></form></div>
<div id="cnt"><div class="sectionhead">U.S. news / Life</div>
<div class="page1"><div class="txt"><h1>{esc(title)}</h1><div class="sub">Rural residents rally as Postal Service weighs closing 3,000 offices</div>
<div class="byline">By Ann Whitmore<br/>Reporter<br/>NBC News</div><div class="textSmallGrey">updated 8:14 a.m. ET, Mon., Aug. 3, 2009</div>
<div class="tools"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Font: + -</a></div>
{"".join(ps2)}
<p class="textSmallGrey">&#169; 2009 msnbc.com <a href="#">Reprints</a></p></div>
<div class="discuss"><a href="#">Discuss: 452 comments</a> <a href="#">Recommend (1,204)</a></div>
<div class="more"><h3>More on Postal Service</h3><ul>{links(["Postal Service posts $8.5 billion loss", "Saturday mail delivery may end", "Stamp prices going up again"])}</ul></div>
<div class="sponsored"><h3>Sponsored links</h3><p><a href="#">Mortgage rates at 4.5% - See if you qualify</a></p><p><a href="#">1 tip for a flat belly</a></p></div></div>
<div id="rightrail">{gpt("rr", "300x250")}<h3>Most viewed on msnbc.com</h3><ol>{links(["Man pulled from wreck alive", "Octomom's new reality show", "Obama's approval slips"])}</ol></div></div>
<div id="footer"><a href="#">About us</a> | <a href="#">Help</a> | <a href="#">Contact us</a> | <a href="#">Terms &amp; conditions</a> | <a href="#">Privacy</a><br/>&#169; 2009 msnbc.com. An MSNBC Interactive Network.</div></body></html>"""


# 4 ---------------------------------------------------------------- Huffington Post-like blog entry, 2010
def huffpost(title, ps):
    body = "".join('<p>%s</p>' % esc(p) for p in ps)
    return head(title, "The Huffington Post") + f"""<body><div id="header"><a href="/"><img src="/images/hp_logo.gif" alt="The Huffington Post"/></a><ul id="tabs"><li>Politics</li><li>Business</li><li>Entertainment</li><li>Media</li><li>Living</li><li>Green</li><li>Style</li><li>Tech</li><li>World</li><li>Comedy</li><li>Chicago</li><li>Local</li></ul><div class="breaking">BREAKING: Senate vote expected tonight</div></div>
<div id="content"><div class="entry_container"><div class="blogger_photo"><img src="/contributors/kate-owens.jpg" alt=""/></div>
<div class="blogger_name"><a href="/kate-owens">Kate Owens</a></div><div class="blogger_bio">Director, Midwest Food Policy Project</div>
<div class="blog_posted">Posted: July 14, 2010 02:31 PM</div>
<h1 class="title_overflow">{esc(title)}</h1>
<div class="share_bar"><a href="#">Share</a> <a href="#">Like</a> <span class="count">87</span> <a href="#">Tweet</a> <a href="#">Email</a> <a href="#">Comments (312)</a></div>
<div class="entry_body_text">{body}
<p><i>Follow Kate Owens on Twitter: <a href="http://www.twitter.com/kateowens">www.twitter.com/kateowens</a></i></p></div>
<div class="get_alerts"><b>Get Politics Alerts</b> <form><input value="Email Address"/><input type="submit" value="Sign Up"/></form></div>
<div class="read_more"><b>Read More:</b> <a href="/news/farm-bill">Farm Bill</a>, <a href="/news/food-stamps">Food Stamps</a>, <a href="/news/hunger">Hunger</a>, <a href="/news/agriculture">Agriculture</a>, <a href="/news/congress">Congress</a>, <a href="/news/politics-news">Politics News</a></div>
<div class="more_in"><h3>More in Politics...</h3><ul>{links(["Senate Democrats Unveil Energy Plan", "Poll: Voters Sour On Congress", "GOP Leader Defends Tax Cut Push"])}</ul></div>
<div id="comments"><h3>Comments</h3><p>312 Comments | <a href="#">Post Comment</a></p><p class="c_pending">HuffPost's Comment Policy: we value your comments but kindly request all posts are on topic, constructive and respectful.</p><div class="comment"><a class="commenter" href="#">plainsfarmer</a> <span>I see 1 Fan</span><p>The sugar program point is exactly right. Nobody in my county benefits from it.</p><span class="c_date">07:02 PM on 07/14/2010</span></div></div></div>
<div id="sidebar">{gpt("sb", "300x250")}<h3>Most Popular on HuffPost</h3><ol>{links(["What Happened At The Hearing", "PHOTOS: Best Beaches", "WATCH: Colbert Takes On Congress"])}</ol></div></div>
<div id="footer">Copyright &#169; 2010 TheHuffingtonPost.com, Inc. | <a href="#">User Agreement</a> | <a href="#">Privacy</a> | <a href="#">Comment Policy</a> | <a href="#">About Us</a></div></body></html>"""


# 5 ---------------------------------------------------------------- Gawker Media gadget blog, 2010
def gawker(title, ps):
    body = ('<p><a href="/photo/lumo.jpg"><img src="/assets/lumo-pico.jpg" width="500" alt=""/></a></p>'
            + "".join('<p>%s</p>' % esc(p) for p in ps)
            + '<p>[<a href="http://lumo.example">Lumo</a> via <a href="http://engadget.example">Engadget</a>]</p>')
    return head(title, "Gizmo Hub") + f"""<body><div id="top"><a href="/"><img src="/assets/logo.png" alt="Gizmo Hub"/></a><ul class="network"><li>Gawkr</li><li>Deadspin</li><li>Kotaku</li><li>Jezebel</li><li>io9</li><li>Jalopnik</li><li>Lifehacker</li></ul></div>
<div id="container"><div class="post"><div class="post_header"><h1 class="headline"><a href="/5512345/this-tiny-projector">{esc(title)}</a></h1>
<div class="author"><a href="/people/dwilkes/">Dan Wilkes</a> &#8212; <span class="date">Mar 10, 2010 3:40 PM</span></div>
<div class="views">4,812 views</div></div>
<div class="post_body">{body}</div>
<div class="post_tools"><a href="#">Share This</a> <a href="#">Email This</a> <span class="tags">Tags: <a href="/tag/projectors/">projectors</a>, <a href="/tag/pico/">pico</a>, <a href="/tag/gadgets/">gadgets</a>, <a href="/tag/top/">top</a></span></div>
<div class="comments_head"><a href="#">Discuss</a> <span class="count">23 comments</span></div>
<div id="comments"><div class="comment"><a class="name" href="#">projectorguy</a> <span class="time">03:52 PM</span><p>15 lumens is barely brighter than a phone screen. Pass.</p></div><div class="comment"><a class="name" href="#">keyfob</a> <span class="time">04:05 PM</span><p>@projectorguy: For a hotel wall it is fine. I had one of the older ones.</p></div></div></div>
<div id="sidebar">{gpt("sidebar", "300x250")}<h3>Top Stories</h3><ul>{links(["The iPad Launch Date Is Official", "Lifehacker: Fix Your Slow Wi-Fi"])}</ul></div></div>
<div id="footer">&#169; 2010 Gawker Media | <a href="#">Privacy</a> | <a href="#">Terms of Use</a> | <a href="#">Advertising</a> | <a href="#">Content Guidelines</a></div></body></html>"""


# 6 ---------------------------------------------------------------- MediaNews Group paper, 2009
def medianews(title, ps):
    body = "".join('<p>%s</p>' % esc(p) for p in ps)
    return head(title, "The Aurora Courier") + f"""<body><div id="masthead"><a href="/"><img src="/portlet/layout/html/logo.gif" alt="The Aurora Courier"/></a>{gpt("leader", "728x90")}</div>
<div id="navbar"><a href="/news">News</a> | <a href="/sports">Sports</a> | <a href="/business">Business</a> | <a href="/entertainment">Entertainment</a> | <a href="/opinion">Opinion</a> | <a href="/obituaries">Obituaries</a> | <a href="/classifieds">Classifieds</a> | <a href="/jobs">Jobs</a> | <a href="/homes">Homes</a></div>
<table width="100%" cellspacing="0" cellpadding="0"><tr valign="top"><td class="leftcolumn">
<div class="articleTitle"><h1>{esc(title)}</h1></div>
<div class="articleBylineArea"><span class="articleByline">By Maria Delgado</span><br/><span class="articleTeam">The Aurora Courier</span><br/><span class="articleDate">Posted: 06/09/2009 01:00:00 AM MDT</span></div>
<div class="articleTools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Font Resize</a> | <a href="#">Return to Top</a> | <a href="#">Share</a></div>
<table align="right" width="210"><tr><td><div class="photoBox"><img src="/ci_12543/station.jpg" width="200"/><div class="photoCaption">A rendering shows the planned Sable Boulevard station. (Regional Transit District)</div><div class="clickEnlarge">Click photo to enlarge</div></div>
<div class="relatedBox"><h4>Related</h4><ul><li><a href="#">Map: the Sable line</a></li><li><a href="#">Editorial: build the garage east</a></li></ul></div></td></tr></table>
<div class="articleBody">{body}
<p class="contact"><i>Maria Delgado: 303-555-1290 or mdelgado@courier.example</i></p></div>
<div class="reprint"><a href="#">Reprints</a> | <a href="#">Article Feedback</a></div>
<div class="adsby"><h4>Ads by Google</h4><p><a href="#">Aurora Homes For Sale</a> Find your dream home today</p></div></td>
<td class="rightcolumn">{gpt("right", "300x250")}<div class="mostemailed"><h4>Most Emailed</h4><ol>{links(POPULAR[3:8])}</ol></div></td></tr></table>
<div id="footer">Copyright 2009 The Aurora Courier. All Rights Reserved. <a href="#">Privacy Policy</a> | <a href="#">MNG Corporate Site Map</a> | <a href="#">Copyright</a></div></body></html>"""


# 7 ---------------------------------------------------------------- Newsquest-like UK local, 2011
def newsquest(title, ps):
    ps2 = paras(ps)
    ps2.insert(2, '<div class="inline-advert">' + gpt("mpu", "300x250") + '</div>')
    comments = "".join(f"""<li class="comment"><div class="comment-author"><a href="#">{u}</a> says...</div><div class="comment-date">{d}</div><div class="comment-text"><p>{esc(t)}</p></div><div class="comment-actions"><a href="#">Report this comment</a></div></li>""" for u, d, t in [
        ("hartfield_mum", "11:18am Sat 12 Mar 11", "Brilliant news. My two practically live in there after school."),
        ("RatepayerRob", "1:40pm Sat 12 Mar 11", "Good for them, but why should volunteers do a job the council is paid to do?")])
    return head(title, "This is Sussex Weald") + f"""<body><div id="header"><a href="/"><img src="/resources/images/logo.gif" alt="This is Sussex Weald"/></a><div class="weather">Hartfield 9&#176;C</div><ul class="primary-nav"><li>News</li><li>Sport</li><li>Leisure</li><li>Info</li><li>Jobs</li><li>Motors</li><li>Property</li><li>Announcements</li></ul></div>
<div id="content"><div class="breadcrumb"><a href="/">Home</a> &#187; <a href="/news/">News</a> &#187; <a href="/news/local/">Local News</a></div>
<div class="article"><h1>{esc(title)}</h1><div class="article-meta"><span class="count">2 Comments</span> <a href="#">Recommend</a> <a href="#">Print</a> <a href="#">Send to a friend</a></div>
<div class="article-image"><img src="/resources/images/library.jpg" alt=""/><p class="caption">Campaigners outside Hartfield Library</p></div>
<div class="article-byline">By Emma Clarke &#187;</div><div class="article-date">5:45pm Friday 11th March 2011 in News</div>
<div class="article-body">{"".join(ps2)}</div>
<div class="send-news"><p>Send us your news: <a href="#">Get in touch</a> with your stories, pictures and videos.</p></div>
<div class="newsletter"><h4>Sign up to our newsletter</h4><form><input/><input type="submit" value="Sign up"/></form></div>
<div id="comments"><h3>Comments (2)</h3><p>Please log in to enable comment sorting</p><ol>{comments}</ol><h4>Have your say</h4><p>Comments are closed on this article.</p></div></div>
<div id="sidebar">{gpt("side", "300x250")}<div class="most-read"><h3>Most read</h3><ol>{links(["Man denies assault outside pub", "Road closed after lorry sheds load", "School rated outstanding by Ofsted"])}</ol></div><div class="local-info"><h3>Local Information</h3><p>Find businesses near you</p></div></div></div>
<div id="footer"><p>This website and associated newspapers adhere to the Press Complaints Commission's Editors' Code of Practice.</p><p>&#169; Copyright 2001-2011 Newsquest Media Group</p></div></body></html>"""


# 8 ---------------------------------------------------------------- Guardian-like, 2010
def guardian(title, ps):
    ps2 = paras(ps, sub="<h2>%s</h2>")
    ps2.insert(3, '<aside class="related-inline"><h3>Related</h3><ul><li><a href="#">Flood defence budget cut by 27%</a></li><li><a href="#">Village left to the waves</a></li></ul></aside>')
    return head(title, "guardian.co.uk") + f"""<body><div id="header"><a href="/"><img src="/static/logo.gif" alt="guardian.co.uk"/></a><ul id="sections"><li>News</li><li>Sport</li><li>Comment</li><li>Culture</li><li>Business</li><li>Money</li><li>Life &amp; style</li><li>Travel</li><li>Environment</li><li>Blogs</li><li>Video</li><li>Jobs</li></ul>
<div id="breadcrumb"><a href="/uk">News</a> &gt; <a href="/environment">Environment</a> &gt; <a href="/environment/coastal-erosion">Coastal erosion</a></div></div>
<div id="content"><div id="main-article-info"><h1>{esc(title)}</h1><div id="stand-first">Eleven councils write to environment secretary after 25% cut in flood and coastal defence funding</div>
<ul class="article-attributes"><li class="byline"><a href="/profile/jameshenley">James Henley</a>, environment correspondent</li><li class="publication"><a href="/">guardian.co.uk</a>, Tuesday 19 October 2010 14.23 BST</li></ul>
<div class="share-links"><a href="#">Tweet this</a> (42) <a href="#">Buzz up</a> <a href="#">Article history</a></div></div>
<div id="article-wrapper"><div id="main-content-picture"><img src="/sys-images/coast.jpg" alt=""/><p class="caption">Cliffs at Saltmarsh, where homes have been lost to erosion. Photograph: Graham Turner for the Guardian</p></div>
<div id="article-body-blocks">{"".join(ps2)}</div>
<div id="article-info"><h3>About this article</h3><p>Close</p><p>This article was published on guardian.co.uk at 14.23 BST on Tuesday 19 October 2010. It was last modified at 16.05 BST on Tuesday 19 October 2010.</p></div>
<div class="comment-count"><a href="#">Comments (88)</a></div>
<div class="related-information"><h3>Related information</h3><ul><li><a href="#">Environment</a></li><li><a href="#">Flooding</a></li><li><a href="#">Local government</a></li></ul></div></div>
<div id="promo">{gpt("mpu", "300x250")}<h3>Most viewed</h3><ol>{links(["Wikileaks: the war logs", "Badger cull to go ahead", "Student fees: how they will work"])}</ol></div></div>
<div id="footer">&#169; 2010 Guardian News and Media Limited or its affiliated companies. All rights reserved.</div></body></html>"""


# 9 ---------------------------------------------------------------- Telegraph (Escenic)-like, 2010
def telegraph(title, ps):
    ps2 = ['<p>%s</p>' % esc(p) for p in ps]
    ps2.insert(2, '<div class="related_links_inline"><h3>Related Articles</h3><ul><li><a href="#">Rail passengers face fare rises</a></li><li><a href="#">Season ticket costs compared</a></li><li><a href="#">Crowding worst on London routes</a></li></ul></div>')
    return head(title, "Telegraph") + f"""<body><div id="tmgMenu"><ul><li>Home</li><li>News</li><li>Sport</li><li>Finance</li><li>Comment</li><li>Culture</li><li>Travel</li><li>Life</li><li>Women</li><li>Fashion</li><li>Tech</li><li>Dating</li><li>Offers</li><li>Jobs</li></ul></div>
<div class="storyHead"><h1>{esc(title)}</h1><h2>Passengers will face increases of up to nine per cent in rail fares next year.</h2></div>
<div class="byline"><p class="bylineBody">By <a href="#">David Millward</a>, Transport Editor</p><p class="publishedDate">Published: 6:00AM BST 17 Aug 2010</p></div>
<div class="artIntro"><div class="tmgComments"><a href="#">Comments 136</a> | <a href="#">Comment</a></div></div>
<div class="storyBody"><div class="story"><div class="artImage"><img src="/multimedia/archive/01681/train_1681.jpg" alt=""/><p class="caption">Commuters at Reading station Photo: PA</p></div>
{"".join(ps2)}</div></div>
<div class="shareBar"><span>Share:</span> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Print</a> | <a href="#">Telegraph.co.uk Bookmark and Share</a></div>
<div class="moreIn"><h3>More in Transport</h3><ul>{links(["Motorists pay more for fuel", "Speed camera funding cut"])}</ul></div>
<div class="trail"><h3>Travel Deals</h3><p>Save up to 40% on rail breaks</p></div>
<div id="tmgFooter">&#169; Copyright of Telegraph Media Group Limited 2010 | <a href="#">Terms and Conditions</a> | <a href="#">Privacy and Cookie Policy</a></div></body></html>"""


# 10 ---------------------------------------------------------------- AP hosted (hosted.ap.org), 2010
def aphosted(title, ps):
    body = "".join('<p class="ap-story-p">%s</p>' % esc(p) for p in ps)
    return head(title, "Concord Monitor") + f"""<body><div id="hostHeader"><img src="/hosted/concordmonitor/logo.gif" alt="Concord Monitor"/><a href="http://www.concordmonitor.example/">Back to concordmonitor.com</a></div>
<div id="apHead"><table class="ap-nav"><tr><td><a href="#">Top News</a></td><td><a href="#">U.S.</a></td><td><a href="#">World</a></td><td><a href="#">Politics</a></td><td><a href="#">Business</a></td><td><a href="#">Sports</a></td><td><a href="#">Entertainment</a></td><td><a href="#">Technology</a></td></tr></table></div>
<div class="ap-story-table"><span class="headline entry-title">{esc(title)}</span>
<div class="ap-story-byline">By HOLLY RAMER<br/>Associated Press Writer</div><span class="updated">Mar 2, 2:51 PM EST</span>
<div class="entry-content">{body}
<p class="ap-copyright">&#169; 2010 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Learn more about our <a href="#">Privacy Policy</a>.</p></div></div>
<div class="ap-sidebar"><h4>Most Popular</h4><ol>{links(["Quake aftershock rattles Chile", "Toyota chief apologizes again"])}</ol><div class="apad">{gpt("ap", "300x250")}</div></div></body></html>"""


# 11 ---------------------------------------------------------------- Google-hosted AFP, 2010
def googleafp(title, ps):
    body = "".join('<p>%s</p>' % esc(p) for p in ps)
    return head(title, "Google News") + f"""<body><div id="gbar"><nobr><b>Web</b> <a href="#">Images</a> <a href="#">Videos</a> <a href="#">Maps</a> <a href="#">News</a> <a href="#">Shopping</a> <a href="#">Gmail</a> <a href="#">more &#9660;</a></nobr></div>
<div id="hn-header"><a href="/news"><img src="/images/news_logo.gif" alt="Google News"/></a><form><input name="q"/><input type="submit" value="Search News"/></form></div>
<div id="hn-content"><div class="g-section"><div class="hn-logo"><img src="/hostednews/img/afp_logo.gif" alt="AFP"/></div>
<div id="hn-headline"><h1>{esc(title)}</h1></div><p class="hn-byline"><span class="hn-date">(AFP) &#8211; 1 hour ago</span></p>
<div id="hn-content-body">{body}</div>
<div class="hn-footer"><span>Copyright &#169; 2010 AFP. All rights reserved. <a href="#">More &#187;</a></span></div></div>
<div class="g-section hn-related"><h2>Related articles</h2><ul>{links(["Trawler sinks in Barents Sea storm", "Norway coast guard on alert as storm hits north"])}</ul><p><a href="#">More coverage (3) &#187;</a></p></div>
<div class="hn-map"><h2>Map</h2><img src="http://maps.google.com/staticmap?center=Tromsoe" alt="Map"/></div></div>
<div id="footer">&#169;2010 Google - <a href="#">Google Home</a> - <a href="#">About Google News</a> - <a href="#">Terms of Use</a> - <a href="#">Privacy Policy</a></div></body></html>"""


# 12 ---------------------------------------------------------------- TIME-like paged feature, 2010 (page 1 of 2 shown in full on one page view)
def timemag(title, ps):
    half = len(ps) // 2 + 1
    p1 = "".join(paras(ps[:half], sub="<h3>%s</h3>"))
    p2 = "".join(paras(ps[half:], sub="<h3>%s</h3>"))
    return head(title, "TIME") + f"""<body><div id="header"><a href="/time/"><img src="/time/images/logo.gif" alt="TIME"/></a><ul id="nav"><li>U.S.</li><li>Politics</li><li>World</li><li>Business</li><li>Tech</li><li>Health</li><li>Science</li><li>Entertainment</li><li>Photos</li><li>Videos</li><li>Specials</li><li>Magazine</li></ul></div>
<div id="tout"><div class="artTxt"><div class="byline"><span class="by">By</span> <a href="#">Claire Novak</a> / Ridley, Pa. <span class="date">Monday, Sep. 20, 2010</span></div>
<h1>{esc(title)}</h1>
<div class="artTools"><a href="#">Print</a> <a href="#">Email</a> <a href="#">Share</a> <a href="#">Reprints</a> <a href="#">Related</a> <a href="#">Add TIME News to your Google homepage</a></div>
<div class="image"><img src="/time/photos/diner.jpg" alt=""/><p class="caption">Dot Ferraro pours coffee at the Silver Spoon in Ridley, Pa. <span class="credit">Mark Hollis for TIME</span></p></div>
{p1}
<div class="pages"><span>Page</span> <b>1</b> <a href="#">2</a> <a href="#">Next Page &#187;</a></div>
<div class="oneview"><a href="#">View this article on one page</a></div>
{p2}
<div class="relatedStories"><h3>Related Stories</h3><ul>{links(["Hungry for history: the diner cars of New Jersey", "The 10 best road food stops", "Can mom-and-pop stores survive?"])}</ul></div></div>
<div class="rightCol">{gpt("mpu", "300x250")}<div class="mostPop"><h3>Most Popular</h3><ol>{links(["10 questions for the governor", "Why you should not skip breakfast", "Top 10 everything of 2010"])}</ol></div></div></div>
<div id="footer">&#169; 2010 Time Inc. All rights reserved. Reproduction in whole or in part without permission is prohibited. <a href="#">Privacy Policy</a> <a href="#">Terms of Use</a></div></body></html>"""


# 13 ---------------------------------------------------------------- CNET News-like, 2010
def cnet(title, ps):
    ps2 = ['<p>%s</p>' % esc(p) for p in ps]
    ps2.insert(3, '<div class="relatedLinks"><h4>Related stories:</h4><ul><li><a href="#">Researchers crack faster lithium charging</a></li><li><a href="#">Why your phone battery dies so fast</a></li></ul></div>')
    return head(title, "CNET News") + f"""<body><div id="globalHead"><a href="/"><img src="/i/cnet_logo.gif" alt="CNET"/></a><ul><li>Reviews</li><li>News</li><li>Downloads</li><li>Video</li><li>How To</li></ul><form><input name="query"/><input type="submit" value="Go"/></form></div>
<div id="contentMain"><div class="postHeader"><h1>{esc(title)}</h1><div class="postMeta">by <a href="#" rel="author">Martin Cole</a> <span class="datestamp">June 16, 2010 4:00 AM PDT</span></div>
<div class="postTalkback"><a href="#">Comments</a> <span>(11)</span> | <a href="#">Share</a> | <a href="#">Print</a> | <a href="#">Email</a> | <span class="fbLike">Like 34</span> <span class="tweetCount">Tweet 19</span></div></div>
<div class="postBody txtWrap"><div class="image-inline"><img src="/i/bto/voltaic-cell.jpg" alt=""/><p class="caption">A Voltaic Labs test cell. (Credit: Voltaic Labs)</p></div>
<p><strong>BOSTON</strong>--{ps2[0][3:-4]}</p>{"".join(ps2[1:])}</div>
<div class="authorBio"><img src="/i/author/mcole.jpg" alt=""/><p><a href="#">Martin Cole</a> covers mobile hardware for CNET News. He is a member of the CNET Blog Network, and is not an employee of CNET. <a href="#">Disclosure</a>.</p></div>
<div class="postTags"><b>Topics:</b> <a href="#">Mobile</a> <b>Tags:</b> <a href="#">battery</a>, <a href="#">Voltaic Labs</a>, <a href="#">smartphones</a></div>
<div class="talkback"><h3>Add a Comment (Log in or register) <span>11 comments</span></h3></div></div>
<div id="rail">{gpt("rail", "300x250")}<h3>Popular on CNET</h3><ol>{links(["iPhone 4 antenna: what you need to know", "Best laptops under $500"])}</ol></div>
<div id="footer">&#169; 2010 CBS Interactive. All rights reserved. | <a href="#">Privacy Policy</a> | <a href="#">Ad Choice</a> | <a href="#">Terms of Use</a> | <a href="#">Mobile User Agreement</a></div></body></html>"""


# 14 ---------------------------------------------------------------- Ars Technica-like, 2011
def ars(title, ps):
    ps2 = paras(ps, sub="<h2>%s</h2>")
    ps2.insert(2, '<aside class="further-reading"><h3>Further reading</h3><ul><li><a href="#">Open data: who uses it, and why</a></li></ul></aside>')
    return head(title, "Ars Technica") + f"""<body><header id="masthead"><a href="/"><img src="/wp-content/themes/ars/images/logo.png" alt="Ars Technica"/></a><nav><ul><li>Main Menu</li><li>My Stories: 25</li><li>Forums</li><li>Subscribe</li><li>Jobs</li></ul><ul class="sections"><li>Tech</li><li>Science</li><li>Policy</li><li>Cars</li><li>Gaming &amp; Culture</li></ul></nav></header>
<div id="main"><article class="standalone"><header><h4 class="post-upperdek">Open Data</h4><h1 class="heading">{esc(title)}</h1><h2 class="excerpt">Transit agency finds that giving away data brings back fixes.</h2>
<div class="post-meta"><p class="byline">by <a href="#" rel="author"><span>Nate Holloway</span></a> - <span class="date">Apr 4, 2011 11:30 am UTC</span></p><a class="comment-count" href="#comments"><span>27</span></a></div></header>
<div class="article-content"><figure class="intro-image"><img src="/wp-content/uploads/2011/04/bus.jpg" alt=""/><figcaption><p class="caption-text">A Brenton Transit bus on Route 4.</p><p class="caption-credit">Photograph by Brenton Transit Authority</p></figcaption></figure>
{"".join(ps2)}</div>
<div class="share-links"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<div class="author-bio"><p><b>Nate Holloway</b> / Nate is a contributing writer at Ars Technica covering civic technology.</p></div>
<div class="read-comments"><a href="#">Reader comments 27</a></div></article>
<aside id="sidebar">{gpt("sb", "300x250")}<h3>Latest Feature Story</h3><p><a href="#">The rise and fall of the netbook</a></p></aside></div>
<footer>&#169; 2011 Cond&#233; Nast Digital. All rights reserved. Use of this Site constitutes acceptance of our <a href="#">User Agreement</a> and <a href="#">Privacy Policy</a>.</footer></body></html>"""


# 15 ---------------------------------------------------------------- NPR-like, 2011
def npr(title, ps):
    body = "".join('<p>%s</p>' % esc(p) for p in ps)
    return head(title, "NPR") + f"""<body><div id="globalheader"><a href="/"><img src="/images/npr_logo.gif" alt="NPR"/></a><ul class="nav"><li>News</li><li>Arts &amp; Life</li><li>Music</li><li>Programs</li><li>Listen</li></ul></div>
<div id="storybody"><div class="storytitle"><h1>{esc(title)}</h1></div>
<div class="dateblock"><span class="date">August 12, 2011</span></div>
<div class="audioplayer"><a href="#">Listen to the Story</a> <span>All Things Considered [4 min 12 sec]</span> <a href="#">Add to Download Playlist</a> <a href="#">Download</a></div>
<div class="bucketwrap"><div class="image"><img src="/assets/img/2011/08/calder-band.jpg" alt=""/><div class="enlarge"><a href="#">Enlarge</a> this image</div><div class="credit">Amy Lund/NPR</div><div class="caption"><p>The Calder Community Band on a Thursday night in the park. <a class="hide-caption" href="#">hide caption</a></p><p><a class="toggle-caption" href="#">toggle caption</a></p></div></div></div>
<div class="byline"><span>by</span> <a href="#">Amy Lund</a></div>
<div id="storytext" class="storytext">{body}</div>
<div class="storytools"><a href="#">Share</a> <a href="#">Comments (18)</a> <a href="#">Recommend (42)</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="related"><h3>Related NPR Stories</h3><ul>{links(["The Last Of The Town Bands", "A Tuba Player's Long Goodbye"])}</ul></div>
<div class="copyright">Copyright 2011 National Public Radio. To see more, visit <a href="http://www.npr.org/">http://www.npr.org/</a>.</div></div>
<div id="sidebar">{gpt("sb", "300x250")}<h3>Most Popular</h3><ol>{links(["Why Your Cat Stares At You", "Book Review: A Summer Read"])}</ol></div>
<div id="footer"><a href="#">About NPR</a> | <a href="#">Contact</a> | <a href="#">Help</a> | <a href="#">Terms of Use</a> | <a href="#">Privacy</a><br/>&#169; 2011 npr</div></body></html>"""


# 16 ---------------------------------------------------------------- PRWeb release, 2010
def prweb(title, ps):
    body = "".join('<p><b>%s</b></p>' % esc(p) if is_sub(p) else '<p>%s</p>' % esc(p) for p in ps)
    return head(title, "PRWeb") + f"""<body><div id="header"><a href="/"><img src="/images/prweb_logo.gif" alt="PRWeb"/></a><div class="tagline">Online Visibility from Vocus</div><ul class="nav"><li>News Center</li><li>Submit a Release</li><li>Pricing</li><li>Login</li></ul></div>
<div id="content"><div class="release"><h1 class="title">{esc(title)}</h1><h2 class="subtitle">Natural pet food maker chose Toledo over three other states for its second plant.</h2>
<div class="share-tools"><a href="#">Printer Friendly</a> <a href="#">Email</a> <a href="#">Share</a> <a href="#">Twitter</a> <a href="#">Facebook</a></div>
<div class="release-body">{body}
<p class="hash">###</p></div>
<div class="contact"><h3>Contact Information</h3><p>Rachel Simms<br/>Greenleaf Pet Foods<br/>http://www.greenleafpet.example<br/>419-555-0170</p></div>
<div class="online-visibility"><p>Online Web 2.0 Version: You can read the online version of this press release <a href="#">here</a>.</p></div></div>
<div class="sidebar"><h3>Related News</h3><ul>{links(["Pet Industry Sales Hit $45 Billion", "Ohio Adds Manufacturing Jobs in April"])}</ul>{gpt("side", "160x600")}</div></div>
<div id="footer">&#169; Copyright 1997-2010, Vocus PRW Holdings, LLC. Vocus, PRWeb, and Publicity Wire are trademarks or registered trademarks of Vocus, Inc. or Vocus PRW Holdings, LLC.</div></body></html>"""


# 17 ---------------------------------------------------------------- Examiner.com-like, 2011
def examiner(title, ps):
    body = "".join('<p>%s</p>' % esc(p) for p in ps)
    return head(title, "Examiner.com") + f"""<body><div id="header"><a href="/"><img src="/sites/all/themes/examiner/logo.png" alt="Examiner.com"/></a><div class="city">Nashville</div><ul class="channels"><li>News</li><li>Arts &amp; Entertainment</li><li>Food &amp; Drink</li><li>Home &amp; Living</li><li>Pets</li><li>Sports</li><li>Travel</li></ul></div>
<div id="main"><div class="node"><h1 class="title">{esc(title)}</h1>
<div class="examiner-byline"><img src="/images/author/jlane.jpg" alt=""/><div class="name"><a href="#">Julie Lane</a>, Nashville Pets Examiner</div><div class="date">June 28, 2011 - Like this? <a href="#">Subscribe</a> to get instant updates.</div></div>
<div class="social"><a href="#">Facebook</a> <span>Like 12</span> <a href="#">Tweet</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Subscribe</a></div>
<div class="article-image"><img src="/images/dog-fireworks.jpg" alt=""/><p class="caption">A dog hides under a bed during fireworks. Credit: Flickr/petlover</p></div>
<div class="article-content">{body}
<div class="continue">Continue reading on Examiner.com <a href="#">How to keep your dog safe during fireworks season - Nashville Pets | Examiner.com</a></div></div>
<div class="related-topics"><b>Related topics</b> <a href="#">dogs</a> <a href="#">fireworks</a> <a href="#">Fourth of July</a> <a href="#">pet safety</a></div>
<div class="subscribe-box"><b>Subscribe</b> Receive email alerts when Julie Lane publishes new articles. <form><input/><input type="submit" value="Subscribe"/></form></div>
<div class="author-about"><h3>About the Author</h3><p>Julie Lane is a Nashville Pets Examiner. She has fostered more than 50 dogs and volunteers with a local rescue. <a href="#">Read more</a></p></div>
<div class="more-from"><h3>More From Examiner</h3><ul>{links(["Adoptable pet of the week: Buster", "Heat safety tips for cats", "Free rabies shots Saturday"])}</ul></div></div>
<div id="rightcol">{gpt("r1", "300x250")}<div class="sponsored"><h3>Sponsored Content</h3><p><a href="#">Vets hate this one trick</a></p></div></div></div>
<div id="footer">&#169; 2006-2011 Clarity Digital Group LLC d/b/a Examiner.com. All rights reserved. <a href="#">Terms of Use</a> | <a href="#">Privacy Policy</a></div></body></html>"""


# 18 ---------------------------------------------------------------- Patch-like hyperlocal, 2011
def patch(title, ps):
    body = "".join('<p>%s</p>' % esc(p) for p in ps)
    return head(title, "Westbrook Patch") + f"""<body><div id="patch-header"><a href="/"><img src="/images/patch-logo.png" alt="Westbrook Patch"/></a><ul class="nav"><li>Home</li><li>News</li><li>Events</li><li>Directory</li><li>Announcements</li><li>Real Estate</li><li>Q&amp;A</li></ul><div class="weather">Westbrook 74&#176; Sunny</div></div>
<div id="main"><div class="article"><div class="article-tags"><a href="#">Business</a></div><h1 class="title">{esc(title)}</h1><p class="subtitle">Frank Lisi says his knees told him it was time to retire.</p>
<div class="byline">By <a href="#">Kelly Nowak</a> | <span class="date">June 2, 2011</span> <span class="comments-count"><a href="#">5 Comments</a></span></div>
<div class="share"><a href="#">Like</a> <span>47</span> <a href="#">Tweet</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="photo"><img src="/photos/bakery.jpg" alt=""/><p class="caption">Frank Lisi behind the counter of Elm Street Bakery. Credit Kelly Nowak</p></div>
<div class="body">{body}
<p><i>Keep up with everything happening in Westbrook: <a href="#">sign up for our free daily newsletter</a>, like us on <a href="#">Facebook</a> and follow us on <a href="#">Twitter</a>.</i></p>
<p><i>Tell us: What is your favorite Elm Street Bakery memory? Let us know in the comments.</i></p></div>
<div class="related-topics"><b>Related Topics:</b> <a href="#">Elm Street Bakery</a>, <a href="#">Frank Lisi</a>, <a href="#">Retirement</a>, <a href="#">Small Business</a></div>
<div id="comments"><h3>5 Comments</h3><div class="comment"><a class="user" href="#">Jen M.</a> <span class="date">June 2, 2011 at 10:14 am</span><p>Every birthday cake I had as a kid came from there. Thank you Frank!</p></div><div class="comment"><a class="user" href="#">Bob Tierney</a> <span class="date">June 2, 2011 at 11:30 am</span><p>Best crullers in the county. Enjoy your retirement.</p></div></div></div>
<div id="sidebar"><div class="local-ads"><h3>Local Businesses</h3><p><a href="#">Westbrook Dental Care</a></p><p><a href="#">Pinewood Realty</a></p></div>{gpt("sb", "300x250")}<div class="events"><h3>Upcoming Events</h3><ul><li>Farmers Market - Sat 8am</li><li>Library Story Time - Tue 10am</li></ul></div></div></div>
<div id="footer">&#169; 2011 Patch. All rights reserved. <a href="#">Terms of Use</a> | <a href="#">Privacy Policy</a> | <a href="#">Community Guidelines</a></div></body></html>"""


# 19 ---------------------------------------------------------------- Times of India-like, 2010 (br-separated paragraphs in one div)
def toi(title, ps):
    body = "<br/><br/>".join(esc(p) for p in ps)
    return head(title, "The Times of India") + f"""<body><div id="toiheader"><a href="/"><img src="/photo/logo.cms" alt="The Times of India"/></a><div class="datetime">TOI Home &gt; City &gt; Delhi</div>{gpt("top", "728x90")}</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td width="660">
<div class="tabsintro"><h1>{esc(title)}</h1><span class="byline">TNN, Jun 15, 2010, 02.14am IST</span></div>
<div class="tools"><a href="#">Tags:</a> <a href="#">Delhi Metro</a> | <a href="#">Ring Road</a> | <a href="#">Traffic</a></div>
<div class="flL_pos"><a href="#">Read more: Metro | Traffic | Ring Road</a> <a href="#">Comments (9)</a> <a href="#">Post a comment</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a> <a href="#">A+ A-</a></div>
<div class="Normal">{body}</div>
<div class="relatedstories"><h3>Stories you might be interested in</h3><ul>{links(["Metro phase III tenders floated", "Flyover to be ready before Games", "Commuters stuck for hours on NH-8"])}</ul></div>
<div class="comments"><h3>Readers' opinions (9)</h3><div class="cmtbox"><b>Rajesh, Delhi</b> says: <span>Work at night please. The road is a nightmare already.</span> <span class="agree">Agree (14)</span> <span class="disagree">Disagree (2)</span> <span class="recommend">Recommend (5)</span> <a href="#">Offensive?</a></div></div></td>
<td width="300">{gpt("rhs", "300x250")}<div class="mostread"><h3>Most Read</h3><ol>{links(["Delhi weather: monsoon by month end", "Games village flats sold", "Police bust fake ticket racket"])}</ol></div></td></tr></table>
<div id="toifooter"><a href="#">About us</a> | <a href="#">Advertise with us</a> | <a href="#">Terms of Use and Grievance Redressal Policy</a> | <a href="#">Privacy policy</a> | <a href="#">Feedback</a><br/>Copyright &#169; 2010 Bennett, Coleman &amp; Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service</div></body></html>"""


PAGES = [("ibsys-tv-2009", ibsys), ("businesswire-2010", businesswire), ("marketwatch-2010", marketwatch),
         ("msnbc-portal-2009", msnbc), ("huffpost-blog-2010", huffpost), ("gawker-network-2010", gawker),
         ("medianews-2009", medianews), ("newsquest-uk-2011", newsquest), ("guardian-like-2010", guardian),
         ("telegraph-escenic-2010", telegraph), ("ap-hosted-2010", aphosted), ("google-hosted-afp-2010", googleafp),
         ("time-paged-2010", timemag), ("cnet-like-2010", cnet), ("ars-like-2011", ars), ("npr-like-2011", npr),
         ("prweb-2010", prweb), ("examiner-2011", examiner), ("patch-hyperlocal-2011", patch),
         ("toi-india-2010", toi)]

assert len(PAGES) == len(STORIES)
R.shuffle(POPULAR)
names = []
for (name, make), story in zip(PAGES, STORIES):
    title, ps = story[0], story[1]
    with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
        f.write(make(title, ps))
    if make is marketwatch:  # the quote links stand inside the story's sentences, so the gold has them as the page shows them
        ps = [gold_tickers(p) for p in ps]
    if make is cnet:  # CNET set its dateline in bold before the first paragraph; it is part of the text
        ps = ["BOSTON--" + ps[0]] + ps[1:]
    with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join([title] + ps) + "\n")
    names.append(name)
with open(os.path.join(HERE, "pages.txt"), "w") as f:
    f.write("\n".join(names) + "\n")
print("wrote %d pages" % len(names))
