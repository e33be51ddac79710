#!/usr/bin/env python3
"""Writes the third held-out round of news article pages (news3) with gold article text (headline + body).

Twenty-two pages in the markup of 2008, the year L3S-GN1's pages were collected from Google News: table layouts with
nested tables, font and center tags, spacer gifs, inline document.write ad scripts, "Print | Email | Digg this |
del.icio.us" tool bars, story pagination ("Page 1 2 3 Next"), AP/Reuters wire datelines, photo captions and credits,
"Related stories" boxes set into the story, most-popular lists, comment counts and old comment blocks, copyright
footers, breadcrumbs; local TV station sites, newspaper group CMSs (Gannett-, McClatchy-, Tribune-like), BBC-, CNN-
and Yahoo News-like pages, a newspaper's blog, a press release, a small-town weekly, a printer-friendly page.

Gold (see README.md): the headline and the story's own paragraphs and subheads, one per paragraph, as an
L3S-GN1-style annotation's "headline" and "full text": not bylines, date lines, captions, credits, story highlights,
related links, tool bars, ads, "Story continues below", pagers, tags, comments.
Fixed seed; our own sentences (fictional places and people). Run: python3 make_news3_pages.py
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES  # noqa: E402

R = random.Random(20081215)
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)

NAV = ["Home", "News", "Local", "Nation/World", "Business", "Sports", "Opinion", "Entertainment", "Life", "Obituaries",
       "Classifieds", "Jobs", "Cars", "Homes", "Weather", "Traffic"]
POPULAR = ["Man charged in string of car break-ins", "Photos: Friday night football", "Restaurant inspections for the week",
           "Obituary: retired teacher dies at 92", "Gas prices hit new record in the county",
           "Letters to the editor: readers sound off", "Police log: stolen lawn mowers", "Mall to add three stores",
           "Weekend events calendar", "Prep roundup: Lakers win in overtime"]
RELATED = ["Council weighs budget cuts", "Editorial: time for a plan", "Timeline: how we got here",
           "Q&A: what the change means for you", "Previous coverage: the 2006 vote"]
DOCWRITE = ('<script type="text/javascript">var ord=Math.random()*10000000000000000;'
            'document.write(\'<script language="JavaScript" src="http://ad.doubleclick.net/adj/news.site/%s;sz=%s;ord=\' + ord + \'?" type="text/javascript"><\\/script>\');</script>'
            '<noscript><a href="http://ad.doubleclick.net/jump/news.site/%s;sz=%s;ord=123456789?"><img src="http://ad.doubleclick.net/ad/news.site/%s;sz=%s;ord=123456789?" width="300" height="250" border="0"></a></noscript>')


def ad(slot="story", size="300x250"):
    return DOCWRITE % (slot, size, slot, size, slot, size)


def esc(s):
    return html.escape(s, quote=False)


def links(items, tag="li", cls=None, base="/apps/pbcs.dll/article?AID=/2008"):
    c = ' class="%s"' % cls if cls else ""
    return "".join('<%s%s><a href="%s%02d%d">%s</a></%s>' % (tag, c, base, k, R.randint(100, 999), esc(t), tag)
                   for k, t in enumerate(items))


def pipes(items):
    return " | ".join('<a href="/%s">%s</a>' % (t.lower().replace(" ", "").replace("/", ""), esc(t)) for t in items)


def is_sub(p):
    return len(p.split()) <= 4 and not p.endswith(".") and not p.endswith(")")


def spacer(w=1, h=10):
    return '<img src="/images/spacer.gif" width="%d" height="%d" border="0" alt="">' % (w, h)


def head(title, site, extra=""):
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><title>%s | %s</title>'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><link rel="stylesheet" href="/css/site.css">'
            '<script type="text/javascript" src="/js/common.js"></script>%s</head>' % (esc(title), site, extra))


def table_nav(items):
    return '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#003366"><tr>' + "".join(
        '<td class="navitem"><a href="/%s"><font color="#ffffff" size="1" face="Verdana">%s</font></a></td><td>%s</td>'
        % (t.lower().replace("/", ""), esc(t), spacer(8, 1)) for t in items) + "</tr></table>"


# ---------------------------------------------------------------- 0 local TV station, WorldNow-like
def tv_worldnow(title, paras):
    body = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "WKTV 7 News") + f"""<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/wktv_logo.gif" alt="WKTV 7 - Your Valley News Leader" border="0"></a></td><td align="right">{ad("leader", "728x90")}</td></tr></table>
{table_nav(["News", "Weather", "Sports", "Video", "Community", "Contests", "Station Info", "Contact Us", "Jobs"])}
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr valign="top">
<td width="160" class="leftnav"><div class="navhead">NEWS</div><a href="/local">Local News</a><br><a href="/state">State News</a><br><a href="/national">National</a><br><a href="/health">Health</a><br><a href="/money">Money</a><br><a href="/consumer">7 On Your Side</a><br><a href="/links">Links Mentioned On Air</a><br>{spacer(160, 20)}<div class="navhead">WEATHER</div><a href="/radar">Live Doppler 7</a><br><a href="/closings">School Closings</a></td>
<td width="{spacer(10,1)}"></td>
<td width="490"><div id="WNStoryHeader"><h1 id="WNStoryTitle" class="displayPageTitle">{esc(title)}</h1>
<div id="WNStoryRelatedBox" style="float:right;width:200px"><table class="wnDVStoryRelated" cellpadding="2"><tr><td><b>Video</b></td></tr><tr><td><a href="/video?clipId=2401">Watch: Crews work on the break</a></td></tr><tr><td><b>Related Links</b></td></tr><tr><td><a href="/story/8811">Ashford water rates to rise</a></td></tr></table></div>
<div class="byline"><span class="bylineName">By Staff Reports</span></div>
<div class="datestamp">Posted: Tuesday, April 15, 2008 7:12 AM EDT</div><div class="datestamp">Updated: Tuesday, April 15, 2008 5:45 PM EDT</div></div>
<div id="WNStoryTools"><a href="/email?s=8812">Email This Story</a> | <a href="/print?s=8812">Print This Story</a> | <a href="/global/story.asp?s=8812&ClientType=Printable">Printable Version</a></div>
<div id="WNStoryBody">{body}</div>
<div class="wnDisclaimer">All content &copy; Copyright 2000 - 2008 WorldNow and WKTV. All Rights Reserved. For more information on this site, please read our <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms of Service</a>.</div></td>
<td width="10">{spacer(10, 1)}</td>
<td width="300" class="rightcol">{ad("right", "300x250")}<div class="boxhead">Most Popular</div><ol>{links(POPULAR[:6])}</ol>
<div class="boxhead">7 Day Forecast</div><table><tr><td>Wed</td><td>62&deg;</td></tr><tr><td>Thu</td><td>58&deg;</td></tr></table></td></tr></table>
<table width="100%" bgcolor="#cccccc"><tr><td align="center"><font size="1">{pipes(["Advertise", "Contact Us", "EEO Report", "Closed Captioning", "Station Jobs"])}<br>Powered by WorldNow</font></td></tr></table>
</td></tr></table></body></html>"""


# ---------------------------------------------------------------- 1 Gannett-like newspaper with comments and pager
def gannett(title, paras):
    half = len(paras) // 2
    ps = ['<p>%s</p>' % esc(p) if not is_sub(p) else '<p><b>%s</b></p>' % esc(p) for p in paras]
    ps.insert(half, '<div class="ad-inline"><p class="adlabel">Advertisement</p>' + ad("inline") + '</div>')
    comments = "".join(f"""<div class="pluck-comm-single-comment-main"><div class="pluck-comm-comment-header"><a class="pluck-comm-username" href="/persona/{u}">{u}</a> wrote:</div>
<div class="pluck-comm-comment-body"><p>{esc(t)}</p></div><div class="pluck-comm-comment-footer">{d} <a href="#">Report Abuse</a> | <a href="#">Recommend</a> ({r})</div></div>""" for u, t, d, r in [
        ("taxpayer44", "Build it already. We will pay one way or another, and shipping inmates to Clay County is money down the drain.", "6/2/2008 8:14:22 AM", 4),
        ("justsaying", "Maybe stop locking people up for unpaid fines. That is a debtors prison and we outlawed those a long time ago.", "6/2/2008 9:02:10 AM", 11),
        ("HarlanMom", "My nephew sat in there 40 days on a suspended license charge. Lost his job. Now he really cannot pay the fines.", "6/2/2008 10:47:51 AM", 7)])
    return head(title, "The Harlan Gazette", '<meta name="Description" content="County jail overcrowding">') + f"""<body>
<div id="header"><table width="100%"><tr><td><a href="/"><img src="/graphics/gazette_logo.gif" alt="The Harlan Gazette"></a></td><td align="right"><form action="/apps/pbcs.dll/search"><input name="q"> <input type="submit" value="Search"></form></td></tr></table></div>
<div id="topnav"><ul>{links(NAV[:12], cls="topnav-item", base="/section")}</ul></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/local">Local News</a></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td id="content-col">
<div class="article-tools-top"><a href="#comments">Comments (3)</a> | <a href="#">Recommend (12)</a> | <a href="/apps/pbcs.dll/article?AID=/20080602/NEWS01/806020301&template=printart">Print this page</a> | <a href="#">E-mail this article</a> | <a href="#">Share</a> | <a href="#">Increase text size</a></div>
<h1 class="article-headline">{esc(title)}</h1>
<div class="article-byline">By KAREN DOYLE<br>Gazette Staff Writer<br>June 2, 2008</div>
<table align="right" width="250" class="photo"><tr><td><img src="/graphics/jail.jpg" width="250"><div class="photo-caption">Inmates sleep on cots in the gymnasium of the Harlan County Jail on Sunday night.</div><div class="photo-credit">Gazette photo by Al Berg</div></td></tr></table>
<div class="article-body">{"".join(ps)}</div>
<div class="pagination">Page 1 of 1 &nbsp; <a href="#">Single page view</a></div>
<div class="article-tools-bottom"><b>Share this story:</b> <a href="http://digg.com/submit?url=x">Digg</a> <a href="http://del.icio.us/post?url=x">del.icio.us</a> <a href="http://www.facebook.com/share.php?u=x">Facebook</a> <a href="http://www.newsvine.com/_wine/save?u=x">Newsvine</a> <a href="http://reddit.com/submit?url=x">Reddit</a></div>
<div id="comments"><h3>Comments (3)</h3><p class="comments-rules">Comments are the opinions of readers. <a href="/rules">Read our rules</a>. <a href="#">Post a comment</a></p>{comments}</div>
</td><td width="300" id="rail">{ad("rail", "300x250")}<div class="mostpop"><h4>Most Popular</h4><div><a href="#">Most Viewed</a> | <a href="#">Most Commented</a> | <a href="#">Most Emailed</a></div><ol>{links(POPULAR)}</ol></div>
<div class="weather"><h4>Weather</h4><p>Harlan, 71&deg; Partly cloudy</p></div></td></tr></table>
<div id="footer">{pipes(["Contact Us", "Subscribe", "Place an Ad", "Site Map", "Privacy Policy", "Terms of Service"])}<br>Copyright &copy; 2008 The Harlan Gazette. All rights reserved. Users of this site agree to the <a href="/terms">Terms of Service</a> and <a href="/privacy">Privacy Policy/Your California Privacy Rights</a></div></body></html>"""


# ---------------------------------------------------------------- 2 McClatchy-like
def mcclatchy(title, paras):
    ps = "\n".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "Dell County Sentinel") + f"""<body>
<div id="masthead"><a href="/"><img src="/static/images/sentinel.gif" alt="Dell County Sentinel"></a> <span class="date">Thursday, May 22, 2008</span> {ad("masthead", "728x90")}</div>
<div id="nav">{pipes(NAV)}</div>
<div id="wide_main"><div id="story_header"><div class="kicker">Local</div>
<h1 class="title">{esc(title)}</h1>
<div class="byline">By BETH SORENSEN<br><span class="bytitle">bsorensen@dellsentinel.com</span></div>
<div class="story_pubdate">Last Modified: Wed, May. 21, 2008 11:49 PM</div></div>
<div id="story_tools_top"><ul><li><a href="/print">Print</a></li><li><a href="/email">Email</a></li><li><a href="http://digg.com/submit">Digg this</a></li><li><a href="http://del.icio.us/post">del.icio.us</a></li><li><a href="#">Newsvine</a></li><li><a href="#">Yahoo! Buzz</a></li><li><a href="#">Comments (0)</a></li></ul></div>
<div id="story_body">{ps}</div>
<div id="story_tools_bottom"><img src="/static/images/spacer.gif" width="1" height="1"><a href="/print">Print</a> | <a href="/email">Email</a> | <a href="http://digg.com/submit">Digg this</a> | <a href="http://del.icio.us/post">del.icio.us</a></div>
<div id="related_content"><h3>Related content</h3><ul>{links(RELATED[:3])}</ul></div>
<div class="comment_prompt"><b>Comments</b><p>Be the first to comment on this story. <a href="/login">Log in</a> or <a href="/register">register</a> to comment.</p></div></div>
<div id="right_rail">{ad("rr")}<div class="mostread"><h3>Most Read</h3><ol>{links(POPULAR[:8])}</ol></div><div class="jobs"><h3>Find a job</h3><form><input name="kw"><input type="submit" value="Go"></form></div></div>
<div id="footer"><p>{pipes(["About us", "Contact us", "Newspaper ads", "Subscriber services", "Privacy policy", "User agreement"])}</p><p>&copy; 2008 Dell County Sentinel and wire service sources. All Rights Reserved. http://www.dellsentinel.com</p></div></body></html>"""


# ---------------------------------------------------------------- 3 Tribune-like, nested tables, related box inside story
def tribune(title, paras):
    ps = ['<p>%s</p>' % esc(p) for p in paras]
    box = ('<table align="right" width="200" cellpadding="4" border="0" bgcolor="#eeeeee" class="relatedbox"><tr><td>'
           '<font face="Arial" size="2"><b>RELATED STORIES</b></font><br>' + "".join('<font size="1">&#149; <a href="/news/%d">%s</a></font><br>' % (k, esc(t)) for k, t in enumerate(RELATED[:4]))
           + '<br><font face="Arial" size="2"><b>PHOTOS</b></font><br><a href="/gallery/bus">Photo gallery: A day on the bus</a></td></tr></table>')
    ps.insert(2, box)
    return head(title, "chicagoland-tribune.com") + f"""<body bgcolor="#ffffff">
<table width="780" cellspacing="0" cellpadding="0" border="0"><tr><td colspan="3"><a href="/"><img src="/images/trib_logo.gif" border="0"></a>{ad("top", "728x90")}</td></tr>
<tr><td colspan="3">{table_nav(NAV[:10])}</td></tr>
<tr valign="top"><td width="140" bgcolor="#f0f0f0"><font face="Arial" size="1"><b>NEWS</b><br><a href="/news/local">Local</a><br><a href="/news/education">Education</a><br><a href="/news/politics">Politics</a><br><a href="/news/nationworld">Nation/World</a><br><br><b>SERVICES</b><br><a href="/services/subscribe">Subscribe</a><br><a href="/services/archives">Archives</a><br><a href="/services/rss">RSS</a></font></td>
<td width="480"><table width="100%" cellpadding="6" cellspacing="0" border="0"><tr><td>
<font face="Arial" size="1" color="#666666"><a href="/news">News</a> &gt; <a href="/news/education">Education</a></font><br>
<font face="Georgia" size="5"><b>{esc(title)}</b></font><br>
<font face="Arial" size="2">By Mike Hendricks</font><br><font face="Arial" size="1" color="#666666">Tribune staff reporter</font><br>
<font face="Arial" size="1" color="#666666">June 10, 2008</font>
<table width="100%"><tr><td><img src="/media/photo/2008-06/bus.jpg" width="460"><br><font face="Arial" size="1">A Pine Valley school bus on a county road east of town. (Tribune photo by Ann Kroll / June 9, 2008)</font></td></tr></table>
<font face="Georgia" size="3">{"".join(ps)}</font>
<p><font face="Arial" size="2"><i>mhendricks@tribune.example</i></font></p>
<font face="Arial" size="1">Copyright &copy; 2008, Chicagoland Tribune</font>
</td></tr></table>
<table width="100%" cellpadding="3"><tr><td bgcolor="#003366"><font color="#ffffff" face="Arial" size="2"><b>More Education news</b></font></td></tr><tr><td><font face="Arial" size="2">{"".join('&#149; <a href="/news/edu/%d">%s</a><br>' % (k, esc(t)) for k, t in enumerate(POPULAR[4:9]))}</font></td></tr></table></td>
<td width="160">{ad("sky", "160x600")}<font face="Arial" size="1"><b>MOST E-MAILED</b></font><ol>{links(POPULAR[:5])}</ol></td></tr>
<tr><td colspan="3" align="center"><font face="Arial" size="1">{pipes(["Home", "Contact Us", "Privacy Policy", "Terms of Service"])}<br>Copyright 2008 Chicagoland Tribune Company</font></td></tr></table></body></html>"""


# ---------------------------------------------------------------- 4 BBC 2008-like
def bbc2008(title, paras):
    ps = []
    for k, p in enumerate(paras):
        if is_sub(p):
            ps.append('<span class="cross-head">%s</span><br>' % esc(p))
        elif k == 0:
            ps.append('<p class="first"><b>%s</b></p>' % esc(p))
        else:
            ps.append('<p>%s</p>' % esc(p))
    ps.insert(3, '<table cellspacing="0" align="right" width="226" border="0" cellpadding="0"><tr><td><div><img src="/media/images/44000000/jpg/_44001234_boats.jpg" width="226" height="170"><div class="cap">Boats tied up across the harbour mouth at Kelbrook</div></div></td></tr></table>')
    ps.insert(6, '<table cellspacing="0" align="right" width="231" border="0" cellpadding="0"><tr><td class="sibtbg"><div class="quote"><b>We have already tied up half the fleet in ten years</b></div><div class="quotename">Alan Reid, skipper</div></td></tr></table>')
    return head(title, "BBC NEWS | UK | England") + f"""<body marginwidth="0" marginheight="0" leftmargin="0" topmargin="0">
<table width="770" cellpadding="0" cellspacing="0" border="0"><tr><td class="banner"><a href="http://www.bbc.co.uk/"><img src="/nol/shared/img/v3/bbc_logo.gif" alt="BBC"></a> <a href="http://www.bbc.co.uk/">Home</a> <a href="/tv">TV</a> <a href="/radio">Radio</a> <a href="/talk">Talk</a> <a href="/where">Where I Live</a> <a href="/az">A-Z Index</a></td></tr></table>
<table width="770" cellpadding="0" cellspacing="0" border="0"><tr><td><img src="/nol/shared/img/v3/news_logo.gif" alt="BBC NEWS"></td><td class="lastupdated">Page last updated at 14:52 GMT, Monday, 3 March 2008</td></tr>
<tr><td colspan="2"><a href="/email">E-mail this to a friend</a> <a href="/print">Printable version</a></td></tr></table>
<table width="770" cellpadding="0" cellspacing="0" border="0"><tr valign="top"><td width="122" class="lhsnav"><div class="navsection"><a href="/1/hi/default.stm">News Front Page</a><br><a href="/1/hi/world/">World</a><br><a href="/1/hi/uk/">UK</a><br>&nbsp;&nbsp;<a href="/1/hi/england/">England</a><br>&nbsp;&nbsp;<a href="/1/hi/northern_ireland/">Northern Ireland</a><br>&nbsp;&nbsp;<a href="/1/hi/scotland/">Scotland</a><br>&nbsp;&nbsp;<a href="/1/hi/wales/">Wales</a><br><a href="/1/hi/business/">Business</a><br><a href="/1/hi/uk_politics/">Politics</a><br><a href="/1/hi/health/">Health</a><br><a href="/1/hi/education/">Education</a><br><a href="/1/hi/sci/tech/">Science/Nature</a><br><a href="/1/hi/technology/">Technology</a><br><a href="/1/hi/entertainment/">Entertainment</a><br><a href="/1/hi/talking_point/">Have Your Say</a><br><a href="/1/hi/in_pictures/">In Pictures</a></div></td>
<td width="416" class="storybody"><div class="mxb"><h1>{esc(title)}</h1></div>
<table cellspacing="0" align="right" width="226" border="0" cellpadding="0"><tr><td><img src="/media/images/44000000/jpg/_44001233_harbour.jpg" width="226"><div class="cap">Ferries were unable to leave Skerne harbour</div></td></tr></table>
{"".join(ps)}
<div class="seealso"><h4>SEE ALSO</h4><div class="arr"><a href="/1/hi/uk/7100.stm">Cod quota cut agreed by ministers</a><span class="date">12 Feb 08 | UK</span></div><div class="arr"><a href="/1/hi/uk/7101.stm">Fleet decommissioning scheme row</a><span class="date">05 Jan 08 | England</span></div></div>
<div class="bookmark"><b>Bookmark with:</b> <a href="#">Delicious</a> <a href="#">Digg</a> <a href="#">reddit</a> <a href="#">Facebook</a> <a href="#">StumbleUpon</a> <a href="#">What are these?</a></div>
<div class="emailprint"><a href="/email">E-mail this to a friend</a> <a href="/print">Printable version</a></div></td>
<td width="231" class="rhs"><div class="mpbox"><h4>MOST POPULAR STORIES NOW</h4><div>MOST E-MAILED | MOST READ</div><ol>{links(POPULAR[:5])}</ol></div><div class="features"><h4>FEATURES, VIEWS, ANALYSIS</h4>{links(RELATED[:3], tag="div")}</div></td></tr></table>
<table width="770"><tr><td class="footer"><a href="/help">Help</a> <a href="/privacy">Privacy and Cookies Policy</a> <a href="/news/sources">News sources</a> <a href="/about">About the BBC</a> <a href="/contact">Contact us</a><br>&copy; MMVIII</td></tr></table></body></html>"""


# ---------------------------------------------------------------- 5 CNN 2008-like
def cnn2008(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras[:-1])
    return head(title, "CNN.com") + f"""<body>
<div id="cnnHeader"><a href="/"><img src="/.element/img/2.0/global/header/hdr-main.gif" alt="CNN"></a><div class="cnnHeaderNav">{pipes(["Home", "World", "U.S.", "Politics", "Crime", "Entertainment", "Health", "Tech", "Travel", "Living", "Business", "Sports", "Time.com", "Video", "I-Report"])}</div></div>
<div id="cnnContentContainer"><div class="cnnStoryPageBox">
<div class="cnnStoryElementBox"><h1>{esc(title)}</h1></div>
<div class="cnnStoryBarTop"><div class="cnnStoryTimestamp">updated 11:04 a.m. EDT, Sun May 25, 2008</div><div class="cnnStoryTools"><a href="#">Email</a> | <a href="#">Save</a> | <a href="#">Print</a></div></div>
<div class="cnnStoryHighlights"><h2>STORY HIGHLIGHTS</h2><ul><li>NEW: Tornado strikes Kansas town of 1,800 late Saturday</li><li>Elderly couple killed when mobile home thrown across road</li><li>Governor declares state of emergency, National Guard helps cleanup</li></ul><div class="cnnStoryHighlightsBox"><a href="#">Next Article in U.S. &raquo;</a></div></div>
<div class="cnnStoryPhotoBox"><img src="/2008/US/05/25/kansas.tornado/art.tornado.jpg"><p class="cnnCaption">Residents sort through what is left of a house in Caldwell Falls on Sunday.</p></div>
<div class="cnnStoryContent">{ps}
<p class="cnnStoryBottom"><span class="cnnEmbeddedMosLnk"><b>All About</b> <a href="/topics/tornadoes">Tornadoes</a> &bull; <a href="/topics/kansas">Kansas</a></span></p>
<p><i>{esc(paras[-1])}</i></p></div>
<div class="cnnStoryBarBottom"><a href="#">Email to a friend</a> | <a href="#">Mixx it</a> | <a href="#">Share</a></div>
<div class="cnnRelatedBox"><h4>Don't Miss</h4><ul>{links(["Tornado season off to a deadly start", "iReport: Send your storm photos", "Map: Severe weather across the Plains"])}</ul></div>
<div class="cnnCopyright">Copyright 2008 CNN. All rights reserved.This material may not be published, broadcast, rewritten, or redistributed.</div></div>
<div class="cnnRightRail"><div class="cnnMostPopular"><h4>Most Popular</h4><ol>{links(POPULAR[:7])}</ol></div>{ad("rr")}</div></div>
<div id="cnnFooter">{pipes(["Home Page", "World", "U.S.", "Weather", "Business at CNNMoney", "Sports at SI.com", "Politics", "Law", "Tech", "Science", "Health", "Entertainment", "Offbeat", "Travel", "Education", "Video", "Specials", "Autos", "I-Reports"])}<br>&copy; 2008 Cable News Network. A Time Warner Company. All Rights Reserved. <a href="/interactive_legal.html">Terms</a> under which this service is provided to you. Read our <a href="/privacy.html">privacy guidelines</a>.</div></body></html>"""


# ---------------------------------------------------------------- 6 Yahoo News 2008-like, AP story
def yahoo2008(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "Yahoo! News") + f"""<body class="yui-skin-sam"><div id="doc2">
<div id="ygunav"><a href="http://www.yahoo.com/">Yahoo!</a> <a href="http://my.yahoo.com/">My Yahoo!</a> <a href="http://mail.yahoo.com/">Mail</a> <span>Welcome, Guest [<a href="/login">Sign In</a>]</span> <a href="/help">Help</a></div>
<div id="ynmasthead"><a href="/"><img src="/us.i1.yimg.com/news.gif" alt="Yahoo! News"></a><form><input name="p"> <input type="submit" value="Search"></form></div>
<div id="ynnav"><ul>{links(["Front Page", "U.S. National", "World", "Politics", "Elections", "Business", "Entertainment", "Sports", "Technology", "Science", "Health", "Travel", "Most Popular", "Odd News", "Opinion"], base="/i/")}</ul></div>
<div id="ynmain"><div id="ynstory"><div class="ynstory-hd"><span class="provider"><img src="/ap_logo.gif" alt="AP"></span>
<h1>{esc(title)}</h1>
<div class="byline"><cite>By KEN THOMAS, Associated Press Writer</cite> <abbr title="2008-06-12T17:43:00Z">Thu Jun 12, 5:43 PM ET</abbr></div></div>
<div class="ynstory-tools"><a href="#">Email Story</a> <a href="#">IM Story</a> <a href="#">Printable View</a> <span>Recommend It: <img src="/stars.gif"> Average (37 votes)</span></div>
<div class="ynstory-bd"><div id="storyImg"><img src="/photo/ap/truck.jpg"><p class="caption">Tractor-trailers wait in line at a truck stop in Breezewood, Pa. on June 9. (AP Photo/Carolyn Kaster)</p></div>
{ps}
<p class="copyright">Copyright &copy; 2008 The Associated Press. All rights reserved. The information contained in the AP News report may not be published, broadcast, rewritten or redistributed without the prior written authority of The Associated Press.</p></div>
<div class="ynstory-related"><h3>Related Searches:</h3><ul>{links(["fuel economy", "trucking industry", "senate commerce committee"], base="/search?p=")}</ul><h3>Ads by Yahoo!</h3><ul><li><a href="#">Cheap Truck Insurance - Compare Quotes</a></li><li><a href="#">Fuel Saver Devices - Save 30%</a></li></ul></div>
<div class="ynstory-mostpop"><h3>Most Viewed - Politics</h3><ol>{links(POPULAR[:8])}</ol></div></div></div>
<div id="ynrr">{ad("yahoo_rr")}<h3>Elections '08</h3><ul>{links(["Delegate scorecard", "Candidates", "Dashboard", "Polls"])}</ul></div>
<div id="ynfooter">Copyright &copy; 2008 Yahoo! Inc. All rights reserved. {pipes(["Questions or Comments", "Privacy Policy", "About Our Ads", "Terms of Service", "Copyright/IP Policy"])}</div></div></body></html>"""


# ---------------------------------------------------------------- 7 newspaper blog (Movable Type), with comments
def mt_blog(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    cmts = "".join(f"""<div class="comment" id="c{k}"><div class="comment-content"><p>{esc(t)}</p></div><p class="comment-footer">Posted by: {u} | <a href="#c{k}">December 3, 2008 at {tm}</a></p></div>""" for k, (u, t, tm) in enumerate([
        ("Main St merchant", "Thank you Gail. A dollar an hour would have killed the lunch crowd. Most of my customers are in and out in 30 minutes.", "11:52 AM"),
        ("Bob K.", "The deficit does not go away because we wait until January. Somebody has to pay for the meters and the enforcement.", "01:15 PM"),
        ("Riverside walker", "Finally on the restroom! My kids and I have had to cut short so many afternoons at that park.", "03:40 PM")]))
    return head(title, "City Hall Notebook - Mooresburg Herald blogs") + f"""<body class="layout-two-column-right">
<div id="container"><div id="banner"><h1 id="banner-header"><a href="http://blogs.mooresburgherald.example/cityhall/">City Hall Notebook</a></h1><h2 id="banner-description">Notes from the council chambers and the corridors of Mooresburg government, by Herald reporter Dan Pickett</h2></div>
<div id="herald-nav"><a href="http://www.mooresburgherald.example/">Herald Home</a> | <a href="/blogs">All Herald blogs</a> | <a href="/news">News</a> | <a href="/sports">Sports</a> | <a href="/opinion">Opinion</a></div>
<div id="pagebody"><div id="alpha"><div class="entry" id="entry-55410931">
<h2 class="date-header">December 03, 2008</h2>
<h3 class="entry-header">{esc(title)}</h3>
<div class="entry-content"><div class="entry-body">{ps}</div></div>
<p class="entry-footer"><span class="post-footers">Posted by Dan Pickett at 10:32 AM in <a href="/cityhall/council/">Council</a></span> <span class="separator">|</span> <a class="permalink" href="/cityhall/2008/12/parking.html">Permalink</a></p>
<div class="trackbacks"><h3 class="trackbacks-header">TrackBack</h3><p>TrackBack URL for this entry:<br>http://www.typepad.example/services/trackback/6a00d8341c</p></div>
<div class="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3><div class="comments-content">{cmts}</div></div>
<form class="comments-open" id="comment-form"><h2 class="comments-open-header">Post a comment</h2><p>Comments are moderated, and will not appear until the author has approved them.</p><label>Name:</label><input id="comment-author"><label>Email Address:</label><input id="comment-email"><textarea id="comment-text"></textarea><input type="submit" value="Post"></form>
</div></div>
<div id="beta"><div class="module-about module"><h2 class="module-header">About this blog</h2><div class="module-content">Dan Pickett has covered Mooresburg city government for the Herald since 2004. Reach him at 555-0199.</div></div>
<div class="module-archives module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{links(["Budget hearing set for Dec. 16", "Who wants to be mayor?", "Snow plow contract goes to Dorsey", "Quick notes from Tuesday"])}</ul></div></div>
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">{links(["December 2008", "November 2008", "October 2008", "September 2008"])}</ul></div></div>
<div class="module-syndicate module"><div class="module-content"><a href="/atom.xml">Subscribe to this blog's feed</a></div></div></div></div>
<div id="footer">&copy; Copyright 2008 Mooresburg Herald. All rights reserved. Powered by <a href="http://www.typepad.com/">TypePad</a></div></div></body></html>"""


# ---------------------------------------------------------------- 8 press release, PR Newswire-like
def prnewswire(title, paras):
    ps = "".join('<p><b>%s</b></p>' % esc(p) if is_sub(p) else '<p>%s</p>' % esc(p) for p in paras)
    return head(title, "PR Newswire") + f"""<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/prn_logo.gif" alt="PR Newswire"></a></td><td align="right"><a href="/login">Member Login</a> | <a href="/register">Register</a> | <a href="/sendrelease">Send a Release</a></td></tr></table>
{table_nav(["News Releases", "Multimedia Gallery", "Resources", "Products & Services", "For Journalists", "For Bloggers"])}
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td width="180" class="leftnav"><b>Browse News by</b><br><a href="#">Industry</a><br><a href="#">Subject</a><br><a href="#">Company</a><br><a href="#">Geography</a><br><br><b>View News Releases</b><br><a href="#">Health Care/Hospitals</a><br><a href="#">Medical/Pharmaceuticals</a></td>
<td class="newsrelease"><table width="100%"><tr><td class="news_type">News Release</td><td align="right"><a href="#">Printer Friendly</a> | <a href="#">Email</a> | <a href="#">RSS</a></td></tr></table>
<h1>{esc(title)}</h1>
<h3 class="subhead"><i>State-of-the-art pavilion ends 120-mile round trips for radiation treatment</i></h3>
<div class="date">Sep 15, 2008 09:00 ET</div>
<div id="release_body">{ps}
<p>Contact:<br>Lisa Berg<br>Northfield Medical Center<br>(507) 555-0100<br>lberg@northfieldmed.example</p>
<p>SOURCE Northfield Medical Center</p></div>
<div class="related_links"><b>Related links:</b><br><a href="http://www.northfieldmed.example">http://www.northfieldmed.example</a></div>
<div class="company_news"><b>More news from this company:</b><ul>{links(["Northfield Medical Center Names New Chief Nursing Officer", "Northfield Medical Center Earns Top Safety Grade"])}</ul></div></td></tr></table>
<div class="footer">{pipes(["About PR Newswire", "Contact PR Newswire", "Terms of Use", "Privacy Policy", "Site Map"])}<br>Copyright &copy; 1996-2008 PR Newswire Association LLC. All Rights Reserved. A United Business Media company.</div></body></html>"""


# ---------------------------------------------------------------- 9 small-town weekly: font, center, br paragraphs
def weekly(title, paras):
    body = "<br><br>\n".join(esc(p) for p in paras)
    return head(title, "The Orland Press-Journal") + f"""<body bgcolor="#FFFFF0" link="#000080">
<center><img src="/images/pj_masthead.jpg" width="760" height="110" alt="The Orland Press-Journal - Serving Orland since 1889"><br>
<font face="Times New Roman" size="2">{pipes(["Home", "News", "Sports", "Obituaries", "Classifieds", "Legal Notices", "Subscribe", "Contact Us"])}</font></center>
<table width="760" align="center" border="0" cellpadding="0" cellspacing="0"><tr valign="top">
<td width="150" bgcolor="#E0E0D0"><font face="Arial" size="2"><b>This Week</b><br>{"".join('<a href="/news/%d.html">%s</a><br><br>' % (k, esc(t)) for k, t in enumerate(["Council OKs sewer rate hike", "Hornets fall in regional final", "Library book sale April 12", "Obituaries"]))}</font>{spacer(150, 1)}
<center><a href="http://www.orlandgrocery.example"><img src="/ads/grocery.gif" width="120" height="240" border="0"></a></center></td>
<td width="10">{spacer(10, 1)}</td>
<td width="600"><font face="Times New Roman" size="3">
<center><font size="5"><b>{esc(title)}</b></font></center><br>
<font size="2"><i>By Marge Ellison, Press-Journal Correspondent</i></font><br>
<font size="2">Published April 2, 2008</font><br><br>
<center><img src="/photos/2008/pancakes.jpg" width="400"><br><font size="2"><i>Lions Club volunteers flip pancakes at the community center Saturday. Photo by Marge Ellison.</i></font></center><br>
{body}
<br><br><center><font size="2"><a href="/news/">&lt;&lt; Back to News</a> | <a href="javascript:window.print()">Print this story</a> | <a href="mailto:?subject=Story">E-mail to a friend</a></font></center>
</font></td></tr></table>
<center><hr width="760"><font face="Arial" size="1">The Orland Press-Journal &middot; 112 Main Street &middot; Orland, IA 50000 &middot; (641) 555-0122<br>All material copyright &copy; 2008 Orland Publishing Co. Site designed by <a href="http://www.webdesign.example">Prairie Web Design</a></font></center></body></html>"""


# ---------------------------------------------------------------- 10 tech news site, CNET-like
def tech2008(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "TechWire News") + f"""<body>
<div id="siteHead"><a href="/">TechWire</a> <span>{pipes(["Reviews", "News", "Downloads", "Video", "Blogs", "Forums", "Shopping"])}</span> <form><input name="q"><input type="submit" value="Go"></form></div>
<div id="contentMain"><div class="postHead"><div class="crumb"><a href="/news">News</a> &rsaquo; <a href="/news/hardware">Hardware</a></div>
<h1>{esc(title)}</h1>
<div class="postMeta">Posted by <a href="/profile/nina">Nina Park</a> | <span class="date">October 21, 2008 4:00 PM PDT</span> | <a href="#comments">12 comments</a></div>
<div class="shareBar"><a href="http://digg.com/submit">Digg</a> <a href="http://del.icio.us/post">del.icio.us</a> <a href="http://reddit.com/submit">Reddit</a> <a href="http://slashdot.org/bookmark.pl">Slashdot</a> <a href="http://www.stumbleupon.com/submit">StumbleUpon</a> <a href="#">Print</a> <a href="#">E-mail</a></div></div>
<div class="postBody txtWrap"><div class="imageBox"><img src="/i/2008/10/lumen.jpg"><span class="caption">The Lumen prototype shown Tuesday.</span><span class="credit">(Credit: Nina Park/TechWire)</span></div>
{ps}</div>
<div class="postTags"><b>Tags:</b> <a href="/tags/laptops">laptops</a>, <a href="/tags/education">education</a>, <a href="/tags/olpc">OLPC</a>, <a href="/tags/linux">Linux</a></div>
<div class="authorBio"><img src="/profile/nina.jpg"><p>Nina Park covers hardware and the business of consumer electronics. She is a member of the TechWire Blog Network. <a href="/profile/nina">Full profile</a> | <a href="mailto:nina@techwire.example">E-mail Nina</a></p></div>
<div class="relatedStories"><h3>Related stories</h3><ul>{links(["OLPC cuts staff as orders lag", "Intel's Classmate PC gets a touch screen", "Netbooks: the year's surprise hit"])}</ul></div>
<div id="comments"><h3>12 comments</h3><div class="commentItem"><div class="commentMeta">by <a href="/u/gearhead">gearhead</a> October 21, 2008 4:22 PM PDT</div><p>Eight hours in real use? I will believe it when I see it.</p></div><div class="commentItem"><div class="commentMeta">by <a href="/u/teachtech">teachtech</a> October 21, 2008 5:10 PM PDT</div><p>The screen matters more than anything. Our classroom has windows on three sides and nothing is readable after lunch.</p></div><div class="commentNav"><a href="#">View all 12 comments</a> | <a href="#">Add your comment</a></div></div></div>
<div id="contentAside">{ad("tw_rr")}<div class="mostPopular"><h3>Most popular</h3><ol>{links(["Apple's new notebooks: first look", "Windows 7 beta date leaks", "Google Android phone goes on sale", "Best Buy cuts forecast"])}</ol></div></div>
<div id="siteFoot">&copy; 2008 TechWire Networks, Inc. All rights reserved. {pipes(["Privacy Policy", "Terms of Use", "Advertise", "Help Center"])}</div></body></html>"""


# ---------------------------------------------------------------- 11 regional paper with "Story continues below" and document.write ads
def regional(title, paras):
    ps = ['<p>%s</p>' % esc(p) for p in paras]
    ps.insert(3, '<div class="storyad"><span class="adtext">Story continues below</span>' + ad("story", "300x250") + '</div>')
    ps.insert(7, '<table class="factbox" align="right" width="220" border="1" cellpadding="5"><tr><td><b>WESTFIELD IN GRANBY</b><br>Opened: 1903<br>Workers: 340<br>Products: coated paper for magazines and catalogs<br>Closing: March 2009</td></tr></table>')
    return head(title, "Granby Daily Register") + f"""<body onload="initPage();">
<div id="wrapper"><div id="topbar"><script type="text/javascript">document.write('<a href="/weather">' + wxTemp + '&deg;F Granby</a>');</script> | <a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a> | <a href="/login">Log in</a></div>
<div id="logo"><a href="/"><img src="/images/register_logo.gif" alt="Granby Daily Register"></a>{ad("banner", "728x90")}</div>
<div id="mainnav">{"".join('<a class="mn" href="/%s">%s</a>' % (t.lower(), esc(t)) for t in NAV[:10])}</div>
<div id="subnav"><a href="/news/local">Local</a> <a href="/news/state">State</a> <a href="/news/business">Business</a> <a href="/news/police">Police &amp; Courts</a></div>
<div id="leftcol"><div class="storyhead"><div class="section-label">Business</div>
<h1>{esc(title)}</h1>
<div class="author">By Tom Lacasse<br>Register Staff</div>
<div class="pubdate">Published: Saturday, November 8, 2008 2:55 AM EST</div></div>
<div class="storytools"><a href="#">Comments (27)</a> <a href="#">Print</a> <a href="#">Email</a> <a href="#">Font Size: <b>A</b> <b>A</b></a></div>
<div class="photoholder"><img src="/photos/mill.jpg" width="300"><p class="photocap">The Westfield Paper Co. mill on the Granby riverfront.</p><p class="photocred">TOM LACASSE/Register</p></div>
<div class="storybody">{"".join(ps)}</div>
<div class="storytools"><a href="#">Comments (27)</a> <a href="#">Print</a> <a href="#">Email</a></div>
<div class="relatedarts"><b>Related Articles:</b><ul>{links(["Westfield cuts shift at Granby mill (Oct. 2007)", "Paper prices slide as ad pages shrink", "Town budget relies on mill taxes"])}</ul></div></div>
<div id="rightcol">{ad("rr", "300x250")}<div class="popbox"><h3>Most Viewed</h3><ol>{links(POPULAR[:6])}</ol></div><div class="popbox"><h3>Obituaries</h3>{links(["Gerard Pelletier, 88", "Mary Ann Roy, 74", "Henry Dubois, 90"], tag="div")}</div></div>
<div id="footer">{pipes(["Contact Us", "Advertise", "Place a Classified", "Archives", "Privacy Policy"])}<br>Copyright &copy; 2008 Granby Daily Register. All rights reserved.</div></div>
<script type="text/javascript">var _gaq=_gaq||[];document.write(unescape("%3Cscript src='http://www.google-analytics.com/urchin.js'%3E%3C/script%3E"));</script></body></html>"""


# ---------------------------------------------------------------- 12 UK tabloid 2008-like
def tabloid(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    hys = "".join('<div class="hys-comment"><p>%s</p><p class="hys-name">- %s</p></div>' % (esc(t), n) for t, n in [
        ("Good on you Edna! Some of the younger ones could learn a thing or two.", "Jackie, Harwick"),
        ("Fair play to her but I hope she keeps getting her eyes tested.", "Dave, Leeds"),
        ("Brilliant. My nan gave up at 60. Never too late!", "Sophie, Harwick")])
    return head(title, "The Daily Star-Herald") + f"""<body><div id="page">
<div id="top"><a href="/"><img src="/img/logo.gif" alt="Daily Star-Herald"></a><span class="dateline">Wednesday, 16 April 2008</span></div>
<div id="nav">{"".join('<a href="/%s">%s</a>' % (t.lower(), t) for t in ["News", "Sport", "TV &amp; Showbiz", "Femail", "Money", "Health", "Travel", "Motoring", "Puzzles", "Dating"])}</div>
<div id="article"><div class="article-breadcrumb"><a href="/news">News</a> &gt; <a href="/news/uk">UK</a></div>
<h1>{esc(title)}</h1>
<div class="artsubhead"><b>Great-gran, 81, sails through test with just two minor faults</b></div>
<p class="byline">By LUCY WATTS<br>Last updated at 10:12 AM on 16th April 2008</p>
<div class="tools"><a href="#">Comments (23)</a> | <a href="#">Add to My Stories</a> | <a href="#">Print</a> | <a href="#">Email</a></div>
<div class="artimg"><img src="/i/pix/2008/04/edna.jpg" width="468"><p class="imageCaption">Proud: Edna Gorman with her instructor Gary Platt and her pass certificate</p></div>
<div class="articlebody">{ps}</div>
<div id="hys"><h3>Have your say</h3><p class="hys-intro">Here is a selection of your comments, the views expressed are those of the readers and not necessarily those of the Star-Herald.</p>{hys}<a href="#">Add your comment</a> <a href="#">See all 23 comments</a></div>
<div class="mostread"><h3>MOST READ NEWS</h3><ol>{links(["Soap star in pub brawl", "Heatwave on the way, say forecasters", "Cat survives 12-storey fall", "Lottery winner buys village pub", "Council bans hanging baskets"])}</ol></div></div>
<div id="rhs">{ad("dm_rhs", "300x600")}<div class="puff"><a href="#"><img src="/puffs/diet.jpg"><b>Lose a stone in a month - the celebrity secret</b></a></div></div>
<div id="footer">Published by Star-Herald Newspapers Ltd. {pipes(["Terms", "Privacy policy", "Advertise with us", "Contact us", "Work for us", "RSS"])} &copy; 2008 Star-Herald Newspapers Ltd</div></div></body></html>"""


# ---------------------------------------------------------------- 13 financial news, MarketWatch-like, ticker links
def finance(title, paras):
    ps = []
    for p in paras:
        t = esc(p)
        t = t.replace("Target Corp.", 'Target Corp. (<a href="/quote/tgt" class="qcLink">TGT</a> <span class="neg">-3.2%</span>)')
        t = t.replace("Macy's Inc.", 'Macy\'s Inc. (<a href="/quote/m" class="qcLink">M</a> <span class="neg">-3.5%</span>)')
        ps.append('<p>%s</p>' % t)
    return head(title, "MarketWire") + f"""<body><div id="mwTop"><div id="tickerbar"><span>DJIA 11,055.19 -92.65</span> <span>NASDAQ 2,215.71 -23.41</span> <span>S&amp;P 500 1,215.69 -13.41</span> <span>10-Yr 3.87%</span> <span>Oil $145.18</span></div>
<a href="/"><img src="/img/mw.gif" alt="MarketWire"></a><div id="mwNav">{pipes(["Home", "News & Commentary", "Markets", "Personal Finance", "Investing", "Tools", "Video", "Portfolio"])}</div></div>
<div id="mwMain"><div id="article"><div class="kicker">ECONOMIC REPORT</div>
<h1>{esc(title)}</h1>
<h2 class="deck">Drop in June deeper than expected; spending at department stores falls 2.1%</h2>
<p class="byline">By <a href="/bios/rmartin">Rex Martin</a>, MarketWire</p><p class="timestamp">Last update: 11:21 a.m. EDT July 15, 2008</p>
<div class="articletools"><a href="#">Print</a> | <a href="#">E-mail</a> | <a href="#">Subscribe to RSS</a> | <a href="#">Disable Live Quotes</a></div>
<div class="articlePage">{"".join(ps)}</div>
<p class="contact"><i>Rex Martin is a reporter for MarketWire in Washington.</i></p>
<div class="relatedlinks"><h4>Related Stories</h4><ul>{links(["Consumer prices jump 1.1% in June", "Bernanke: economy faces numerous difficulties", "Gas prices keep shoppers home"])}</ul></div>
<div class="copyright">Copyright &copy; 2008 MarketWire, Inc. All rights reserved. Intraday data provided by Interactive Data Real Time Services and subject to terms of use. Historical and current end-of-day data provided by Interactive Data Pricing and Reference Data. Intraday data delayed 15 minutes for Nasdaq, and 20 minutes for other exchanges.</div></div>
<div id="mwRail">{ad("mw_rr")}<div class="module"><h4>Most Popular</h4><ol>{links(["Stocks fall as oil climbs", "Fannie, Freddie shares plunge", "Five ways to cut your grocery bill", "Why the dollar keeps falling"])}</ol></div></div></div>
<div id="mwFooter">{pipes(["Site Index", "Topics", "Help", "Feedback", "Newsroom Contacts", "Advertising", "Privacy Policy", "Terms of Use"])}</div></body></html>"""


# ---------------------------------------------------------------- 14 Reuters 2008-like site
def reuters2008(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "Reuters") + f"""<body><div id="wrapper"><div id="header"><a href="/"><img src="/resources/images/logo.gif" alt="Reuters"></a><div id="editionSwitcher">Edition: <b>U.K.</b> <a href="#">U.S.</a> <a href="#">India</a></div></div>
<div id="nav">{pipes(["Home", "Business", "Investing", "News", "Technology", "Sport", "Lifestyle", "Environment", "Video", "Pictures", "Blogs"])}</div>
<div id="content"><div class="article primaryContent"><div class="topicTag"><a href="/news/worldNews">World News</a></div>
<h1>{esc(title)}</h1>
<div class="timestampHeader">Mon Sep 8, 2008 1:12pm BST</div>
<div class="articleTools"><a href="#">Email</a> | <a href="#">Print</a> | <a href="#">Share</a> | <a href="#">Reprints</a> | <a href="#">Single Page</a><span class="ratingStars">[-] Text [+]</span></div>
<div id="resizeableText"><div class="image"><img src="/resources/r/gdansk.jpg"><div class="photoCaption">Container cranes stand idle at the port of Gdansk September 8, 2008. REUTERS/Kacper Pempel</div></div>
<span class="focusParagraph">{ps}</span>
<p>&copy; Thomson Reuters 2008 All rights reserved</p></div>
<div class="relatedTopics"><h3>Related News</h3><ul>{links(["Polish inflation hits 4.8 percent in August", "Baltic shipping rates slide", "Gdansk shipyard sale talks stall"])}</ul></div>
<div class="linebreak"></div><div class="mostPopular"><h3>Most Viewed Articles</h3><ol>{links(POPULAR[:5])}</ol></div></div>
<div class="sidebar">{ad("rtr_rr")}<div class="module"><h3>Reuters Pictures</h3><a href="#">Editor's choice</a></div></div></div>
<div id="footer">{pipes(["Reuters.com", "Business & Finance", "News", "Sport", "Help", "Contact Us", "Advertise With Us", "Mobile", "Newsletters", "RSS"])}<br>Thomson Reuters is the world's largest international multimedia news agency, providing investing news, world news, business news, technology news, headline news, small business news, news alerts, personal finance, stock market, and mutual funds information available on Reuters.com, video, mobile, and interactive television platforms. Thomson Reuters journalists are subject to an Editorial Handbook which requires fair presentation and disclosure of relevant interests.<br>&copy; Thomson Reuters 2008. All rights reserved. Users may download and print extracts of content from this website for their own personal and non-commercial use only.</div></div></body></html>"""


# ---------------------------------------------------------------- 15 printer-friendly page
def printer(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "Brookfield Courier - Printer-friendly") + f"""<body onload="window.print()" bgcolor="#ffffff">
<table width="600"><tr><td><img src="/images/courier_print.gif" alt="Brookfield Courier"></td><td align="right"><a href="javascript:window.close()">Close Window</a> | <a href="javascript:window.print()">Print</a></td></tr></table><hr>
<div class="printheadline"><b><font size="4">{esc(title)}</font></b></div>
<div class="printbyline"><font size="2">By Jill Cote, Courier staff<br>Friday, October 24, 2008</font></div><br>
<div class="printbody"><font size="3">{ps}</font></div>
<hr><font size="1">URL: http://www.brookfieldcourier.example/news/local/x1193411/Library-to-stay-open-Sundays-after-all<br>Copyright &copy; 2008 Brookfield Courier and GateHouse Media, Inc. Some Rights Reserved.<br>Original content available for non-commercial use under a Creative Commons license, except where noted.</font></body></html>"""


# ---------------------------------------------------------------- 16 short brief, heavy chrome (GateHouse-like)
def brief(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    more = ["Milford budget hearing set", "Two arrested after fight at bar", "Milford High honor roll", "Church plans fall fair",
            "Selectmen approve road work", "Fire destroys barn on Route 16", "Milford man charged with OUI", "Senior center trips for November"]
    return head(title, "Milford Daily News") + f"""<body><div id="gh-header"><div class="gh-top"><a href="/">Milford Daily News</a> <span>Milford, MA | 44&deg;F | Fair</span> <a href="/subscribe">Subscribe</a> | <a href="/login">Login</a> | <a href="/register">Register</a></div>
{ad("top", "728x90")}<div id="gh-nav"><ul>{links(NAV, base="/section/")}</ul></div>
<div id="gh-subnav"><ul>{links(["Milford", "Hopedale", "Mendon", "Upton", "Bellingham", "Holliston", "Medway", "Franklin"], base="/town/")}</ul></div></div>
<div id="gh-main"><div id="gh-content"><div class="story">
<div class="story_crumbs"><a href="/">Home</a> &raquo; <a href="/news">News</a> &raquo; <a href="/news/police_and_fire">Police and Fire</a></div>
<h1 class="story_headline">{esc(title)}</h1>
<div class="story_byline">Daily News staff<br>Posted Oct 30, 2008 @ 08:27 AM</div>
<div class="story_tools"><a href="#">Email</a> | <a href="#">Print</a> | <a href="#">Comments (2)</a> | <a href="#">Recommend (0)</a> | <span>Text size: <a href="#">+</a> <a href="#">-</a></span> | <a href="#">Share</a></div>
<div class="story_body">{ps}</div>
<div class="story_comments"><h4>Comments (2)</h4><div class="cmt"><div class="cmtMeta"><b>concerned_mom</b> 1 day ago</div><p>That road has no shoulder at all. Someone was going to get hurt.</p><a href="#">Report Abuse</a></div><div class="cmt"><div class="cmtMeta"><b>rider1980</b> 1 day ago</div><p>Hope he recovers fast. Check the body shops for a pickup with front damage.</p><a href="#">Report Abuse</a></div><p><a href="#">Log in to comment</a></p></div>
<div class="more_headlines"><h3>More Local News</h3><ul>{links(more)}</ul></div></div></div>
<div id="gh-rail">{ad("rail1")}<div class="mostpop"><h3>Most Popular</h3><div class="tabs"><a href="#">Viewed</a> <a href="#">Emailed</a> <a href="#">Commented</a></div><ol>{links(POPULAR)}</ol></div>
<div class="classifieds"><h3>Local Classifieds</h3>{links(["2004 Honda Civic, 60K, $9,500", "Apartment for rent, 2BR, $1,100", "Help wanted: line cook", "Yard sale Saturday 9-2", "Firewood, seasoned, $200/cord"], tag="div")}</div>
<div class="deals"><h3>Deals &amp; Coupons</h3>{links(["Pizza Palace: 2 large for $15", "Oil change $19.95 at Milford Auto", "Free estimate on gutters"], tag="div")}</div>{ad("rail2")}</div></div>
<div id="gh-footer">{pipes(["Contact Us", "Advertise", "Subscribe", "Privacy Policy", "Terms of Service", "Site Map", "Jobs", "Real Estate", "Cars", "Apartments"])}<br>Copyright &copy; 2006-2008 GateHouse Media, Inc. Some Rights Reserved. Original content available for non-commercial use under a Creative Commons license, except where noted.</div></body></html>"""


# ---------------------------------------------------------------- 17 magazine feature, page 1 of 3, pager
def feature_paged(title, paras):
    ps = ['<p>%s</p>' % esc(p) for p in paras]
    ps[0] = '<p><span class="dropcap">O</span>%s</p>' % esc(paras[0][1:])
    return head(title, "Prairie Living Magazine") + f"""<body><table width="900" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div id="mag-head"><a href="/"><img src="/img/prairieliving.gif" alt="Prairie Living"></a> {pipes(["Current Issue", "Travel", "Food", "People", "Home & Garden", "Events", "Subscribe", "Archives"])}</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr valign="top"><td width="600">
<div class="feature-label">FEATURE &middot; July/August 2008</div>
<h1 class="feature-title">{esc(title)}</h1>
<div class="feature-dek">For 34 summers, Walt Henning has kept the Starlite's screen lit. How much longer can he hold out?</div>
<div class="feature-byline">Story by Carol Dunn &middot; Photographs by Lee Ortiz</div>
<div class="feature-img"><img src="/2008/07/starlite.jpg" width="600"><div class="feature-cap">Dusk at the Starlite Drive-In on Highway 12. Photo by Lee Ortiz</div></div>
<div class="feature-body">{"".join(ps)}</div>
<div class="pager"><span class="pagerlabel">Page</span> <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next &raquo;</a></div>
<div class="feature-tools"><a href="#">Print this article</a> | <a href="#">Email to a friend</a> | <a href="#">Digg this</a> | <a href="#">del.icio.us</a></div>
<div class="morefeatures"><h3>More from this issue</h3>{links(["The pie ladies of Fulton County", "A weekend on the Platte", "Ten small-town parades worth the drive"], tag="div")}</div></td>
<td width="20">{spacer(20, 1)}</td><td width="280">{ad("mag_rr")}<div class="subscribe-box"><h3>Subscribe to Prairie Living</h3><p>Six issues for just $14.95. That is 50% off the cover price!</p><a href="/subscribe">Subscribe now</a> | <a href="/gift">Give a gift</a></div></td></tr></table>
<div id="mag-foot">&copy; 2008 Prairie Living Magazine. All rights reserved. {pipes(["Advertise", "Contact", "Privacy", "Writers' guidelines"])}</div></td></tr></table></body></html>"""


# ---------------------------------------------------------------- 18 AP sports story on a newspaper sports page, box score link
def sports(title, paras):
    ps = "".join('<p class="sportsbody"><b>%s</b></p>' % esc(p) if is_sub(p) else '<p class="sportsbody">%s</p>' % esc(p) for p in paras)
    scores = "".join('<tr><td>%s</td><td>%d</td><td>%s</td><td>%d</td><td>%s</td></tr>' % (a, x, b, y, s) for a, x, b, y, s in [
        ("Hawks", 5, "Rivercats", 4, "Final"), ("Bears", 2, "Lynx", 7, "Final"), ("Owls", 3, "Pilots", 3, "Top 8th"), ("Miners", 0, "Storm", 1, "Bot 6th")])
    return head(title, "Dayton Courier Sports") + f"""<body><div id="hdr"><a href="/"><img src="/img/courier.gif"></a>{ad("sports_top", "728x90")}</div>
<div id="nav">{pipes(["News", "Sports", "Business", "Entertainment", "Life", "Opinion", "Obits", "Classifieds"])}</div>
<div id="sportsnav">{pipes(["Hawks", "Reds", "Bengals", "Buckeyes", "Flyers", "High Schools", "Golf", "Outdoors", "Scoreboard"])}</div>
<table width="100%"><tr valign="top"><td><div id="storyhead"><h1>{esc(title)}</h1>
<p class="byline">By RICK GANNON<br>AP Sports Writer</p><p class="date">Sunday, August 17, 2008 | 5:31 PM</p>
<p class="links"><a href="/boxscore/080817hawks">Box score</a> | <a href="/recap">Game recap</a> | <a href="/photos/hawks">Photos</a></p></div>
<table align="left" width="200" class="photo"><tr><td><img src="/ap/photos/ortega.jpg" width="200"><br><span class="cutline">Dayton's Luis Ortega celebrates after his game-winning single in the ninth inning Sunday. (AP Photo/Skip Peterson)</span></td></tr></table>
{ps}
<p class="apcopy">Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
<div class="moresports"><h3>More Hawks coverage</h3><ul>{links(["Hawks call up reliever from Triple-A", "Notebook: Moss day-to-day", "Standings and schedule"])}</ul></div></td>
<td width="300"><div class="scoreboard"><h3>Scoreboard</h3><table>{scores}</table></div>{ad("sports_rr")}<div class="mostpop"><h3>Most Read Sports</h3><ol>{links(["Buckeyes QB battle heats up", "Bengals cut veteran lineman", "Prep football preview: the top 25"])}</ol></div></td></tr></table>
<div id="ftr">&copy; 2008 Dayton Courier. {pipes(["Contact", "Subscribe", "Advertise", "Privacy"])}</div></body></html>"""


# ---------------------------------------------------------------- 19 Canadian paper, CanWest-like
def canwest(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "The Northern Sun") + f"""<body><div id="canwest_header"><div class="cw-top"><a href="http://www.canada.example">canada.com network</a>: {pipes(["Victoria", "Vancouver", "Edmonton", "Calgary", "Regina", "Saskatoon", "Winnipeg", "Ottawa", "Montreal"])}</div>
<a href="/"><img src="/images/northernsun.gif" alt="The Northern Sun"></a><div class="cw-nav">{pipes(["News", "Opinion", "Business", "Sports", "Entertainment", "Life", "Health", "Technology", "Travel", "Driving", "Jobs", "Classifieds"])}</div></div>
<div id="storyContent"><div class="storyheader"><div class="storysection"><a href="/news/bc">B.C. &amp; Yukon</a></div>
<h1 class="storyheadline">{esc(title)}</h1>
<div class="storybyline">Andrea Wong<br>Canwest News Service</div><div class="storydate">Thursday, March 13, 2008</div></div>
<div class="storytools"><a href="#">Story Tools</a>: <a href="#">E-mail</a> | <a href="#">Print</a> | <a href="#">Font:</a> <a href="#">*</a> <a href="#">**</a> <a href="#">***</a> | <a href="#">Licensing</a></div>
<div class="storyimage"><img src="/images/highway16.jpg" width="300"><div class="storyimagecaption">A logging truck on Highway 16 east of Terrace.</div><div class="storyimagecredit">Photograph by : Andrea Wong, Canwest News Service</div></div>
<div id="storybody">{ps}</div>
<div class="storytrailer"><b>awong@canwest.example</b><br>&copy; The Northern Sun 2008</div>
<div class="relatedheadlines"><h3>Related Headlines</h3>{links(["Highway 37 upgrade finished early", "Truckers say rural roads a hazard", "Budget 2008: what it means for the north"], tag="div")}</div>
<div class="poweredby">Copyright &copy; 2008 Canwest Interactive, a division of Canwest MediaWorks Publications, Inc.. All rights reserved. Canwest Interactive, a division of Canwest MediaWorks Publications, Inc.. All rights reserved.</div></div>
<div id="sidebar">{ad("cw_bb")}<div class="mostpop"><h3>Most Popular</h3><ol>{links(POPULAR[:5])}</ol></div></div></body></html>"""


# ---------------------------------------------------------------- 20 local TV station, Broadcast Interactive-like, video links
def tv_bimedia(title, paras):
    ps = "".join('<p>%s</p>' % esc(p) for p in paras)
    return head(title, "KCRG-TV9") + f"""<body><div id="container"><div id="header"><a href="/"><img src="/images/tv9.gif" alt="TV9"></a><div id="wx"><a href="/weather">Currently 48&deg; Rain</a></div>{ad("hdr", "728x90")}</div>
<div id="menu"><ul>{links(["News", "Weather", "Sports", "Video", "Traffic", "Community", "Contests", "Programming", "About Us"], base="/m/")}</ul></div>
<div id="alertbar"><b>Weather Alert:</b> <a href="/weather/alerts">Flood Warning for Linn County until Saturday evening</a></div>
<div id="main"><div id="story"><h1>{esc(title)}</h1>
<div class="story-date">Posted: Thu 4:51 PM, May 29, 2008</div><div class="story-reporter">Reporter: Jen Marks</div><div class="story-email">Email Address: <a href="mailto:jmarks@tv9.example">jmarks@tv9.example</a></div>
<div class="story-video"><a href="/video/sandbag.wmv"><img src="/video/thumbs/sandbag.jpg"><br>Watch the story</a> <a href="/video/sandbag_hi.wmv">High</a> | <a href="/video/sandbag_lo.wmv">Low</a> bandwidth</div>
<div class="story-text">{ps}</div>
<div class="story-links"><b>Related Links:</b><ul><li><a href="/weather/river">River levels</a></li><li><a href="/closings">Closings and cancellations</a></li><li><a href="/sandbag-sites">List of sandbag sites</a></li></ul></div>
<div class="story-feedback"><a href="/feedback">Send us your feedback</a> | <a href="/ureport">Send us your flood photos and video</a></div></div>
<div id="sidebar"><div class="box"><h3>Top Stories</h3>{links(["Crews check levees along the Cedar", "Storms expected again Friday night", "Schools close early for flooding"], tag="div")}</div><div class="box"><h3>TV9 Video</h3>{links(["Aerial view of the rising river", "Sandbagging in Riverton", "Forecast: more rain on the way"], tag="div")}</div>{ad("side")}</div></div>
<div id="footer">{pipes(["Contact Us", "Jobs at TV9", "FCC Public File", "EEO", "Privacy Policy"])}<br>Copyright &copy; 2002-2008 - Designed by Broadcast Interactive Media</div></div></body></html>"""


# ---------------------------------------------------------------- 21 Morris-/Media General-like CMS with reader comments and "Story continues" across pages
def morris(title, paras):
    ps = ['<p>%s</p>' % esc(p) for p in paras]
    ps.insert(4, '<div class="inline_related"><h4>Related</h4><ul><li><a href="/news/2007/ellison-farm-sold">Ellison farm sold to Charlotte builder</a></li><li><a href="/news/2008/county-growth">County grew 11 percent since 2000</a></li></ul></div>')
    comments = "".join(f"""<li class="comment"><div class="comment_head"><span class="comment_author">{u}</span> <span class="comment_date">{d}</span></div><div class="comment_text">{esc(t)}</div><div class="comment_actions"><a href="#">Suggest removal</a></div></li>""" for u, d, t in [
        ("countryroads", "Sept. 11, 2008 at 7:02 a.m.", "Ellison Road cannot handle the traffic it has now. Six hundred homes means twelve hundred more cars twice a day."),
        ("mooresburg_native", "Sept. 11, 2008 at 8:45 a.m.", "The Ellisons could not make a living milking cows anymore. Nobody complained when the dairy was losing money."),
        ("planner_not", "Sept. 11, 2008 at 9:30 a.m.", "Keep the barn, sure. But who pays for the new school? Not the developer.")])
    return head(title, "Mooresburg Herald") + f"""<body><div id="page"><div id="masthead"><a href="/"><img src="/img/herald.gif" alt="Mooresburg Herald"></a><div class="mast-date">Thursday, September 11, 2008</div>{ad("mast", "728x90")}</div>
<ul id="navigation">{links(NAV[:12], base="/section/")}</ul>
<div id="main-column"><div class="article"><p class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/local">Local</a></p>
<h2 class="headline">{esc(title)}</h2>
<p class="byline">By Sarah Gupta | Herald staff writer</p><p class="dateline">Wednesday, September 10, 2008</p>
<p class="article_tools"><a href="#comments">Comments (3)</a> | <a href="#">Print</a> | <a href="#">E-mail</a> | <a href="#">Reprint</a> | <a href="#">Bookmark: <img src="/img/digg.gif" alt="Digg"> <img src="/img/delicious.gif" alt="del.icio.us"> <img src="/img/facebook.gif" alt="Facebook"></a></p>
<div class="photo"><img src="/photos/2008/09/ellison.jpg" width="400"><p class="caption">The stone barn on the Ellison farm would become a community center under the plan. <span class="photographer">Herald file photo</span></p></div>
<div class="article_text">{"".join(ps)}</div>
<div class="contact">Reach Sarah Gupta at 555-0188 or sgupta@herald.example.</div>
<div id="comments"><h3>Reader comments (3)</h3><p class="disclaimer">Comments are moderated. Read our <a href="#">guidelines</a>.</p><ol class="commentlist">{comments}</ol><p><a href="#">Log in</a> to post a comment.</p></div></div></div>
<div id="right-column">{ad("r1")}<div class="mostviewed"><h3>Most Viewed</h3><ol>{links(POPULAR[:7])}</ol></div><div class="poll"><h3>Today's Poll</h3><p>Should the county approve the rezoning?</p><form><input type="radio" name="p"> Yes<br><input type="radio" name="p"> No<br><input type="radio" name="p"> Not sure<br><input type="submit" value="Vote"></form></div></div>
<div id="footer">{pipes(["About Us", "Contact", "Advertise", "Subscribe", "Terms of Use", "Privacy"])}<br>&copy; 2008 Mooresburg Herald. A Morris Communications newspaper.</div></div></body></html>"""


PAGES = [("tv-worldnow-2008", tv_worldnow), ("gannett-like-2008", gannett), ("mcclatchy-like-2008", mcclatchy),
         ("tribune-tables-2008", tribune), ("bbc-like-2008", bbc2008), ("cnn-like-2008", cnn2008),
         ("yahoo-ap-2008", yahoo2008), ("paper-blog-2008", mt_blog), ("press-release-2008", prnewswire),
         ("weekly-font-2008", weekly), ("tech-news-2008", tech2008), ("regional-docwrite-2008", regional),
         ("uk-tabloid-2008", tabloid), ("finance-tickers-2008", finance), ("reuters-like-2008", reuters2008),
         ("printer-friendly-2008", printer), ("brief-heavy-chrome-2008", brief), ("feature-paged-2008", feature_paged),
         ("ap-sports-2008", sports), ("canwest-like-2008", canwest), ("tv-bim-2008", tv_bimedia),
         ("morris-comments-2008", morris)]

assert len(PAGES) == len(STORIES)
R.shuffle(POPULAR)  # the rails' order differs from ../news and ../news2; fixed by the seed
names = []
for (name, make), story in zip(PAGES, STORIES):
    title, paras = story[0], story[1]
    with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
        f.write(make(title, paras))
    if make is finance:  # the quote links stand inside the story's sentences, so the gold has them as the page shows them
        paras = [p.replace("Target Corp.", "Target Corp. (TGT -3.2%)").replace("Macy's Inc.", "Macy's Inc. (M -3.5%)") for p in paras]
    with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join([title] + paras) + "\n")
    names.append(name)
with open(os.path.join(HERE, "pages.txt"), "w") as f:
    f.write("\n".join(names) + "\n")
print("wrote %d pages" % len(names))
