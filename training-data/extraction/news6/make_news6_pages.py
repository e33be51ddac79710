#!/usr/bin/env python3
"""Writes the sixth held-out round of news article pages (news6) with gold article text (headline + body).

Twelve pages in the markup of English-language publishers Google News linked in 2008-2010 (L3S-GN1's era) that none of
../news .. ../news5 or ../heldout4/news imitates: New York Times- (page 1 of 3), Washington Post-, Los Angeles Times-,
USA Today-, Wall Street Journal-, Christian Science Monitor- (page 1 of 2), Times Online-, Globe and Mail-, Seattle
P-I-, Slate- (page 1 of 3), Politico- and UPI-like pages.

Gold (see README.md): the headline and the story's own paragraphs and subheads, one per paragraph, as an
L3S-GN1-style annotation's "headline" and "full text", with what the newsroom writes into the text (datelines,
"X contributed to this report.", "Contributing: X", "With a report from ..."): not bylines, date lines, decks, captions, credits, related
links, pull quotes, "Story continues below" ads, tool and share bars, pagers, tags, author bios, corrections,
reporter contact lines, copyright lines, comments and comment teasers.
Fixed seed; our own sentences (fictional places and people). Run: python3 make_news6_pages.py
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES  # noqa: E402

R = random.Random(20090304)
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


def ps_with(ps, at, html_block, sub="<h3>%s</h3>", p="<p>%s</p>"):
    """The story's paragraphs with a block (related box, ad, pull quote) after paragraph `at`."""
    out = paras(ps, sub, p)
    return "".join(out[:at]) + html_block + "".join(out[at:])


# 0 ---------------------------------------------------------------- New York Times-like, 2008, page 1 of 3
def nytimes(title, ps):
    related = ('<div class="articleInline runaroundLeft"><div class="inlineRelated"><h6 class="kicker">Related</h6><ul>'
               + links(["Times Topics: Glass Industry", "Mill Towns Look for a Second Act (January 12, 2008)"], base="/2008/01/12/business/")
               + '</ul></div></div>')
    body = ps_with(ps[:5], 2, related)
    return head(title, "The New York Times") + f"""<body><div id="shell"><div id="masthead"><a href="http://www.nytimes.com/"><img src="/images/misc/nytlogo152x23.gif" alt="The New York Times"></a>
<div id="memberTools"><a href="#">Log In</a> - <a href="#">Register Now</a></div>{gpt("Top", "728x90")}</div>
<ul id="navigation"><li><a href="/pages/world/">World</a></li><li><a href="/pages/national/">U.S.</a></li><li><a href="/pages/business/">Business</a></li><li><a href="/pages/technology/">Technology</a></li><li><a href="/pages/opinion/">Opinion</a></li><li><a href="/pages/arts/">Arts</a></li></ul>
<div id="page"><div id="main"><div class="baseLayout"><div id="article"><div class="kicker">Second Acts</div>
<h1>{esc(title)}</h1><h6 class="byline">By <a href="/top/reference/timestopics/people/h/ruth_hollander/">RUTH HOLLANDER</a></h6>
<h6 class="dateline">Published: April 6, 2008</h6>
<div class="articleTools"><ul><li class="email"><a href="#">E-Mail</a></li><li class="print"><a href="#">Print</a></li><li class="singlePage"><a href="#">Single Page</a></li><li class="reprints"><a href="#">Reprints</a></li><li class="save"><a href="#">Save</a></li><li class="share"><a href="#">Share</a></li></ul></div>
<div class="image"><img src="/images/2008/04/06/business/06glass.600.jpg" width="600"><p class="credit">Jeff Sorensen for The New York Times</p><p class="caption">Dale Okonski, who once worked at the steel mill, now runs a forming machine at Keel Glassworks.</p></div>
<div id="articleBody">{body}</div>
<div id="pageLinks"><span class="pageNumber">Page 1 of 3</span> <ul><li>1</li><li><a href="?pagewanted=2">2</a></li><li><a href="?pagewanted=3">3</a></li><li class="next"><a href="?pagewanted=2">Next Page &#187;</a></li></ul></div>
<div class="articleCorrection"><p>Correction: April 9, 2008<br>An article on Sunday about a glass plant in Brannock, Pa., misstated the year the town's steel mill closed. It was 1989, not 1987.</p></div>
<div class="articleFooter"><p>A version of this article appeared in print on April 6, 2008, on page A16 of the New York edition.</p></div>
<div class="articleTools bottom"><a href="#">More Articles in Business &#187;</a></div></div></div>
<div id="aside">{gpt("Right1", "300x250")}<div class="mostPopular"><h4>Most Popular</h4><ol>{links(POPULAR[:5])}</ol></div></div></div></div>
<div id="footer"><a href="#">&#169; 2008 The New York Times Company</a> | <a href="#">Privacy Policy</a> | <a href="#">Search</a> | <a href="#">Corrections</a> | <a href="#">RSS</a> | <a href="#">Help</a> | <a href="#">Contact Us</a></div></div></body></html>"""


# 1 ---------------------------------------------------------------- Washington Post-like, 2008 ("Story continues below")
def washpost(title, ps):
    ad = ('<div id="ArticleBody_ad" style="float:left;margin:6px"><div class="advertisement"><span class="adlabel">Story continues below</span>'
          + docwrite_ad("300x250") + '</div></div>')
    body = ps_with(ps, 3, ad)
    return head4(title, "washingtonpost.com") + f"""<body><div id="wrapper"><div id="header"><a href="/"><img src="/wp-srv/globaltools/images/wplogo.gif" alt="washingtonpost.com"></a>{docwrite_ad("728x90")}
<div id="nav"><a href="/wp-dyn/content/metro/">Metro</a> &gt; <a href="/wp-dyn/content/metro/virginia/">Virginia</a> &gt; <a href="#">Ashford County</a></div></div>
<div id="content"><div id="article_header"><h1>{esc(title)}</h1><h2 class="subhead">Commuters Lose Three-Year Fight; Homeowners Cheer</h2>
<div class="byline">By Thomas Eberly<br>Washington Post Staff Writer<br>Wednesday, March 12, 2008; Page B01</div></div>
<div class="article_tools"><ul><li><a href="#">E-mail</a></li><li><a href="#">Print</a></li><li><a href="#">Discuss</a></li><li><a href="#">Save/Share</a></li><li><a href="#">Yahoo! Buzz</a></li></ul></div>
<div id="article_body">{body}</div>
<div class="article_comments"><h3>Post a Comment</h3><p><a href="#">View all comments</a> that have been posted about this article.</p><p>You must be logged in to leave a comment. <a href="#">Login</a> | <a href="#">Register</a></p>
<p class="rules">Comments that include profanity or personal attacks or other inappropriate comments or material will be removed from the site.</p></div>
<div class="related"><h3>Related Articles</h3><ul>{links(["Route 9 Widening Plan Heads to Vote", "Va. Transportation Funds Shrink Again", "Commuters Weigh In on Route 9"], base="/wp-dyn/content/article/2008/03/")}</ul></div></div>
<div id="right_rail">{docwrite_ad("300x250")}<div class="most_viewed"><h3>Most Viewed Metro Articles</h3><ol>{links(POPULAR[3:8])}</ol></div></div>
<div id="footer"><a href="#">washingtonpost.com</a>: <a href="#">Help</a> | <a href="#">Contact Us</a> | <a href="#">Advertise</a> | <a href="#">Terms of Service</a> | <a href="#">Privacy Policy</a><br>&#169; 2008 The Washington Post Company</div></div></body></html>"""


# 2 ---------------------------------------------------------------- Los Angeles Times-like, 2008 (related box inside the story)
def latimes(title, ps):
    rel = ('<div class="storyrelated"><div class="header">Related Stories</div><ul>'
           + links(["Red flag warning issued for foothills", "Photos: Verdan Canyon fire", "Map: Evacuation zones"], base="/news/local/la-me-") + '</ul></div>')
    body = ps_with(ps, 2, rel)
    return head4(title, "Los Angeles Times") + f"""<body><div id="header"><a href="/"><img src="/images/latimes_logo.gif" alt="Los Angeles Times"></a><div class="sections"><a href="/news/local/">California | Local</a> <a href="/news/nationworld/">Nation</a> <a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/entertainment/">Entertainment</a></div>{docwrite_ad("728x90")}</div>
<div id="main"><div class="story"><div class="headline"><h1>{esc(title)}</h1></div><div class="subheadline"><h2>About 600 homes are cleared as Santa Ana winds push the blaze through dry chaparral.</h2></div>
<div class="byline">By Daniel Ferrante, Los Angeles Times Staff Writer<br><span class="dateline">October 21, 2008</span></div>
<div class="toolbar"><a href="#">E-mail</a> <a href="#">Print</a> <a href="#">Share</a> <a href="#">Digg</a> <a href="#">Facebook</a> <a href="#">Text size</a></div>
<div class="photo"><img src="/media/photo/2008-10/4311090.jpg" width="300"><div class="caption">SMOKE RISES: A firefighter watches the flames above Verdan Canyon on Tuesday.<span class="credit">Ricardo Lima / Los Angeles Times</span></div></div>
<div id="story-body-text">{body}
<p class="contact"><i>daniel.ferrante@latimes.com</i></p></div>
<div class="storycomments"><b>Comments (12)</b> <a href="#">Add a comment</a> | <a href="#">View comments</a></div>
<div class="copyright">Copyright &#169; 2008, The Los Angeles Times</div></div>
<div id="rightrail">{docwrite_ad("300x250")}<div class="mostviewed"><h3>Most Viewed</h3><ol>{links(POPULAR[1:6])}</ol></div></div></div>
<div id="footer"><a href="#">Terms of Service</a> | <a href="#">Privacy Policy</a> | <a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Site Map</a></div></body></html>"""


# 3 ---------------------------------------------------------------- USA Today-like, 2008
def usatoday(title, ps):
    body = "".join(paras(ps[:-1])) + '<p class="inside-copy"><b>Contributing:</b> %s</p>' % esc(ps[-1].split(": ", 1)[1])
    return head4(title, "USATODAY.com") + f"""<body><div id="header"><a href="/"><img src="/_common/_images/usatoday_logo.gif" alt="USA TODAY"></a>
<div class="nav"><a href="/news/">News</a> <a href="/travel/">Travel</a> <a href="/money/">Money</a> <a href="/sports/">Sports</a> <a href="/life/">Life</a> <a href="/tech/">Tech</a> <a href="/weather/">Weather</a></div>{docwrite_ad("728x90")}</div>
<div id="content"><div class="article"><h1>{esc(title)}</h1>
<div class="inside-head"><span class="updated">Updated 5/21/2008 11:42 PM</span> | <a href="#">Comment</a> | <a href="#">Recommend</a> | <a href="#">E-mail</a> | <a href="#">Save</a> | <a href="#">Print</a> | <a href="#">Reprints &amp; Permissions</a> | <a href="#">Subscribe to stories like this</a></div>
<div class="byline">By Dan Keller, USA TODAY</div>
<div class="photo"><img src="/money/_photos/2008/05/21/bagsx.jpg" width="300"><div class="cutline">Passengers wait to check bags in Denver on Wednesday. <a href="#">Enlarge</a></div><div class="credit">By Tom Aldana, AP</div></div>
<div class="inside-copy">{body}</div>
<div class="sharebar"><b>Share this story:</b> <a href="#">Digg</a> <a href="#">del.icio.us</a> <a href="#">Newsvine</a> <a href="#">Reddit</a> <a href="#">Facebook</a> <a href="#">What's this?</a></div>
<div class="topics"><b>Find this article at:</b> http://www.usatoday.com/travel/flights/2008-05-21-bag-fees_N.htm<br><b>Related topics:</b> <a href="#">Mercer Air</a>, <a href="#">Transcoastal</a>, <a href="#">Airlines</a>, <a href="#">Jet fuel</a></div>
<div class="corrections"><i>To report corrections and clarifications, contact Standards Editor Brent Jones. For publication consideration in the newspaper, send comments to letters@usatoday.com. Include name, phone number, city and state for verification.</i></div>
<div class="conversation"><h3>Conversation guidelines</h3><p>USATODAY.com welcomes your thoughts, stories and information related to this article. <a href="#">Post a comment</a> | <a href="#">Read comments (284)</a></p></div>
<div class="advertising"><b>Related Advertising Links</b><ul><li><a href="#">Cheap Flights - Compare 100s of airlines</a></li><li><a href="#">Luggage Sale - Free shipping</a></li></ul></div></div>
<div id="rail">{docwrite_ad("300x250")}<div class="mostpop"><h3>Most popular</h3><ol>{links(POPULAR[4:9])}</ol></div></div></div>
<div id="footer"><a href="#">Home</a> | <a href="#">News</a> | <a href="#">Terms of service</a> | <a href="#">Privacy Policy</a> | Copyright 2008 USA TODAY, a division of Gannett Co. Inc.</div></body></html>"""


# 4 ---------------------------------------------------------------- Wall Street Journal-like, 2008
def wsj(title, ps):
    box = ('<div class="insetContent embedType-interactive insetCol3wide"><h4>Related Articles</h4><ul>'
           + links(["Food Makers Feel the Pinch (May 2)", "Heard on the Street: Snack Stocks", "Pell Weighs Options"], base="/article/SB1210") + '</ul></div>')
    body = ps_with(ps, 2, box)
    return head(title, "WSJ.com") + f"""<body><div id="wsj-header"><a href="/"><img src="/img/wsj_logo.gif" alt="THE WALL STREET JOURNAL."></a><div class="edition">U.S. EDITION</div>
<ul class="navbar"><li><a href="/home-page">Today's Paper</a></li><li><a href="/news/us">U.S.</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/markets">Markets</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/personal-finance">Personal Finance</a></li></ul>{gpt("Leader", "728x90")}</div>
<div id="article_story_body"><div class="articleHeadlineBox"><h2 class="subHed">Deals &amp; Deal Makers</h2><h1>{esc(title)}</h1>
<h2 class="subhead">Acquisition of Kettle-Chip Brand Extends Run of Consolidation in Packaged Foods</h2></div>
<div class="byline"><h3 class="byline">By <a href="#">ELLEN MARSH</a> and <a href="#">TOMAS GREER</a></h3><div class="cByline">June 2, 2008; Page B1</div></div>
<div class="articleTools"><ul><li><a href="#">Article</a></li><li><a href="#">Comments (7)</a></li><li><a href="#">Email</a></li><li><a href="#">Printer Friendly</a></li><li><a href="#">Save This</a></li><li><a href="#">Text Size</a></li></ul></div>
<div class="article story">{body}
<p class="author-contact"><i>Write to Ellen Marsh at ellen.marsh@wsj.com and Tomas Greer at tomas.greer@wsj.com</i></p></div>
<div class="correctionNote"><b>Corrections &amp; Amplifications:</b><p>Pell Brands is based in Akron, Ohio. An earlier version of this article incorrectly said the company was based in Columbus.</p></div>
<div class="printNote">Printed in The Wall Street Journal, page B1</div>
<div class="copyright">Copyright 2008 Dow Jones &amp; Company, Inc. All Rights Reserved</div>
<div class="moreIn"><h4>MORE IN DEALS</h4><ul>{links(["Private Equity Cools on Retail", "Bankers Brace for Slower Summer"], base="/article/SB1211")}</ul></div></div>
<div id="rightRail">{gpt("Right", "300x250")}<div class="mostPopular"><h4>Most Popular</h4><ol>{links(POPULAR[5:10])}</ol></div></div>
<div id="footer"><a href="#">Subscriber Agreement &amp; Terms of Use</a> | <a href="#">Privacy Policy</a> | <a href="#">Copyright Policy</a> | Copyright &#169;2008 Dow Jones &amp; Company, Inc.</div></body></html>"""


# 5 ---------------------------------------------------------------- Christian Science Monitor-like, 2008, page 1 of 2 (pull quote)
def csmonitor(title, ps):
    quote = ('<div class="pullquote"><span class="mark">&#8220;</span>It is the difference between hanging on and actually planning for next year.'
             '<span class="mark">&#8221;</span><div class="attrib">&#8211; Anna Morrow, farmer</div></div>')
    body = ps_with(ps[:4], 2, quote)
    return head4(title, "csmonitor.com") + f"""<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/csm_logo.gif" alt="The Christian Science Monitor"></a></td><td>{docwrite_ad("468x60")}</td></tr></table>
<div id="nav"><a href="/USA">USA</a> | <a href="/World">World</a> | <a href="/Commentary">Commentary</a> | <a href="/Environment">Environment</a> | <a href="/Innovation">Innovation</a> | <a href="/Money">Money</a></div>
<div id="main"><div class="sHeadline"><p class="kicker">USA &gt; Society</p><h1>{esc(title)}</h1><div class="sSubhead">More districts buy fresh produce from nearby growers, but tight budgets make it a struggle.</div></div>
<div class="sByline">By Karen Whitlow | Correspondent of The Christian Science Monitor<br>from the October 14, 2008 edition</div>
<div class="sTools"><a href="#">E-mail</a> | <a href="#">Print</a> | <a href="#">Letter to the Editor</a> | <a href="#">Republish</a> | <a href="#">del.icio.us</a> | <a href="#">digg</a></div>
<div class="sImage"><img src="/2008/1014/p01s01-ussc.jpg" width="200"><div class="sCaption">FRESH: Anna Morrow loads carrots for three schools.<br><i>Ann Hermes/Staff</i></div></div>
<div id="mainColumn">{body}
<div class="pagination"><span>Page 1 of 2</span> <a href="?page=2">next &#187;</a></div>
<div class="fullHtml"><a href="#">Full HTML version of this story which may include photos, graphics, and related links</a></div></div>
<div class="relatedStories"><b>Related stories:</b><ul>{links(["Cafeterias go local, one carrot at a time", "Farmers markets boom in hard times"], base="/2008/0612/")}</ul></div></div>
<div id="footer">www.csmonitor.com | Copyright &#169; 2008 The Christian Science Monitor. All rights reserved.</div></body></html>"""


# 6 ---------------------------------------------------------------- Times Online (UK)-like, 2008
def timesonline(title, ps):
    rel = ('<div class="related-links-box"><h3>Related Links</h3><ul>' + links(["Last orders for the village local", "Brewers sell off 1,000 pubs"], base="/tol/news/uk/article") + '</ul></div>')
    body = ps_with(ps, 3, rel)
    return head4(title, "Times Online") + f"""<body><div id="top-nav"><a href="/tol/">TIMESONLINE</a> <a href="/tol/news/">NEWS</a> <a href="/tol/comment/">COMMENT</a> <a href="/tol/business/">BUSINESS</a> <a href="/tol/sport/">SPORT</a> <a href="/tol/life_and_style/">LIFE &amp; STYLE</a> <a href="/tol/arts_and_entertainment/">ARTS &amp; ENTERTAINMENT</a></div>{docwrite_ad("728x90")}
<div id="breadcrumb"><a href="/tol/">Home</a> <a href="/tol/news/">News</a> <a href="/tol/news/uk/">UK News</a></div>
<div id="main-article-content"><div class="article-heading"><p class="section-heading">From The Times</p><p class="publish-date">May 17, 2008</p>
<h1 class="heading">{esc(title)}</h1><p class="byline"><span class="small-caps">Simon Ashcroft</span></p></div>
<div class="article-tools"><ul><li><a href="#">Print</a></li><li><a href="#">Email</a></li><li>Post to: <a href="#">Del.icio.us</a> <a href="#">Digg</a> <a href="#">Reddit</a> <a href="#">Newsvine</a></li><li><a href="#">What is this?</a></li></ul></div>
<div class="article-image"><img src="/multimedia/archive/00412/plough_412311a.jpg" width="380"><p class="caption">Margaret Ellery, centre, with members of the co-operative outside the Plough <span class="credit">(Tim Arkwright)</span></p></div>
<div id="related-article-links"><div class="article-content">{body}</div></div>
<div class="have-your-say"><h3>Have your say</h3><p><b>Tom, Oxford</b> wrote: Good on them. Our village lost its pub two years ago and nobody talks to anyone now.</p><p><a href="#">Add your comment</a> | <a href="#">Read all 41 comments</a></p></div>
<p class="contact-adv">Contact our advertising team for advertising and sponsorship in Times Online, The Times and The Sunday Times.</p>
<div class="copyright">Copyright 2008 Times Newspapers Ltd.</div></div>
<div id="right-column">{docwrite_ad("300x250")}<div class="most-read"><h3>Most Read</h3><ol>{links(POPULAR[:5])}</ol></div></div>
<div id="footer"><a href="#">Contact us</a> | <a href="#">Terms and Conditions</a> | <a href="#">Privacy Policy</a> | <a href="#">Site Map</a></div></body></html>"""


# 7 ---------------------------------------------------------------- Globe and Mail-like, 2009 (story continues below, recommend)
def globeandmail(title, ps):
    ad = ('<div class="ad-inarticle"><p class="continues">Story continues below ad</p>' + docwrite_ad("300x250") + '</div>')
    body = ps_with(ps[:-1], 2, ad) + '<p><i>%s</i></p>' % esc(ps[-1])
    return head(title, "The Globe and Mail") + f"""<body><div id="gam-header"><a href="/"><img src="/images/gam_logo.gif" alt="The Globe and Mail"></a>{gpt("Top", "728x90")}
<ul id="gam-nav"><li><a href="/news/">News</a></li><li><a href="/news/national/">National</a></li><li><a href="/report-on-business/">Report on Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/life/">Life</a></li></ul></div>
<div id="article"><div class="article-header"><h1>{esc(title)}</h1><p class="deck">Island residents say fewer sailings will make it harder to get to work and to the hospital</p>
<p class="byline">Jamie Lowell</p><p class="org">Victoria &#8212; Globe and Mail Update</p><p class="date">Published on Friday, Jun. 05, 2009 6:31PM EDT<br>Last updated on Friday, Jun. 05, 2009 9:12PM EDT</p></div>
<div class="article-tools"><a href="#">Recommend</a> <span class="count">(18)</span> | <a href="#comments">Comments (45)</a> | <a href="#">Print</a> | <a href="#">E-mail</a> | <a href="#">Share</a> | <a href="#">Text size</a></div>
<div class="photo"><img src="/v5/content/photos/ferry.jpg" width="460"><p class="caption">The ferry Arrow Queen leaves Port Selby. <span class="credit">DEBORAH BALDWIN/THE GLOBE AND MAIL</span></p></div>
<div class="entry-content">{body}</div>
<div class="report-error"><a href="#">Report an error</a> | <a href="#">Editorial code of conduct</a></div>
<div class="tags"><b>Topics:</b> <a href="#">Ferries</a>, <a href="#">Transportation</a>, <a href="#">British Columbia</a></div>
<div id="comments"><h3>Comments are closed</h3><p>Comments on this article have been closed. <a href="#">Read the 45 comments</a></p></div>
<div class="recommended"><h3>Recommended articles</h3><ul>{links(["Island schools brace for cuts", "Fuel surcharge for ferries rises again"], base="/news/national/article")}</ul></div></div>
<div id="footer">&#169; Copyright 2009 CTVglobemedia Publishing Inc. All Rights Reserved. <a href="#">Privacy Policy</a> | <a href="#">Terms &amp; Conditions</a></div></body></html>"""


# 8 ---------------------------------------------------------------- Seattle P-I-like, 2008 (reporter contact line, "Read more about")
def seattlepi(title, ps):
    body = "".join(paras(ps))
    return head4(title, "seattlepi.com") + f"""<body><table width="980" cellspacing="0" cellpadding="0" border="0"><tr><td colspan="3"><a href="/"><img src="/pi/images/logo.gif" alt="seattlepi.com"></a>{docwrite_ad("728x90")}</td></tr>
<tr><td colspan="3" class="nav"><a href="/local/">Local</a> | <a href="/national/">Nation/World</a> | <a href="/business/">Business</a> | <a href="/sports/">Sports</a> | <a href="/ae/">A&amp;E</a> | <a href="/opinion/">Opinion</a> | <a href="/blogs/">Blogs</a></td></tr>
<tr valign="top"><td width="160" class="leftnav"><ul>{links(["Local news", "Traffic", "Weather", "Obituaries", "Photos"], base="/local/")}</ul></td>
<td width="500"><div class="kicker">Outdoors</div><h1 class="headline">{esc(title)}</h1>
<div class="byline">By JOEL MARTENSEN<br>P-I REPORTER</div><div class="date">Last updated 10:12 p.m. PT, Thursday, July 24, 2008</div>
<div class="tools"><a href="#">Printable version</a> | <a href="#">E-mail this story</a> | <a href="#">Comments (8)</a></div>
<table align="left" width="230"><tr><td><img src="/dayart/20080724/salmon.jpg" width="220"><br><a href="#">Enlarge this photo</a><div class="caption">Sockeye move up the fish ladder at the Mercer Locks on Thursday.</div><div class="credit">Paul Dorsey/P-I</div></td></tr></table>
<div class="body">{body}
<p><i>P-I reporter Joel Martensen can be reached at 206-448-8000 or joelmartensen@seattlepi.com.</i></p></div>
<div class="readmore"><b>Read more about:</b> <a href="#">salmon</a>, <a href="#">Lake Vance</a>, <a href="#">fishing</a></div>
<div class="comments"><h3>Comments</h3><p><b>Posted by fishon at 7/24/08 11:40 p.m.</b></p><p>Finally some good news. Been waiting four years to get a line in that lake.</p><p><a href="#">Read all 8 comments</a> | <a href="#">Add a comment</a></p></div>
<div class="copy">&#169; 1998-2008 Seattle Post-Intelligencer</div></td>
<td width="300">{docwrite_ad("300x250")}<div class="mostread"><b>Most read</b><ol>{links(POPULAR[2:7])}</ol></div></td></tr></table>
<div class="footer"><a href="#">Contact Us</a> | <a href="#">Site Map</a> | <a href="#">Privacy Policy</a> | <a href="#">Terms of Service</a></div></body></html>"""


# 9 ---------------------------------------------------------------- Slate-like column, 2008, page 1 of 3 (bio box, pull quote)
def slate(title, ps):
    quote = '<blockquote class="pullquote">Users would rather fail three times than spend two minutes reading.</blockquote>'
    body = ps_with(ps[:5], 3, quote)
    return head4(title, "Slate Magazine") + f"""<body><div id="header"><a href="/"><img src="/media/slate_logo.gif" alt="Slate"></a><div class="nav"><a href="/id/2086/">News &amp; Politics</a> <a href="/id/2087/">Arts</a> <a href="/id/2088/">Life</a> <a href="/id/2089/">Business</a> <a href="/id/2090/">Technology</a> <a href="/id/2091/">Health &amp; Science</a></div>{docwrite_ad("728x90")}</div>
<div id="main"><div class="article"><div class="column-name"><a href="#">Design Notes</a>: The way things work, and don't.</div>
<h1 class="headline">{esc(title)}</h1><h2 class="deck">The surprising science of skipping the instructions.</h2>
<div class="byline">By Nathan Prewitt</div><div class="date">Posted Tuesday, Sept. 9, 2008, at 6:55 AM ET</div>
<div class="tools"><a href="#">E-MAIL</a> <a href="#">PRINT</a> <a href="#">DISCUSS</a> <a href="#">RSS</a> <a href="#">RECOMMEND...</a> <a href="#">SINGLE PAGE</a></div>
<div class="text">{body}</div>
<div class="pager"><span>Page 1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next</a></div>
<div class="bio"><i>Nathan Prewitt writes about design for Slate. He lives in Portland, Ore., and has never read a manual all the way through.</i></div>
<div class="fray"><b>Discuss this article in the Fray.</b> <a href="#">Join the conversation</a></div>
<div class="related-slate"><h3>Related in Slate</h3><ul>{links(["Why your remote has 54 buttons", "The tyranny of the blinking clock"], base="/id/21")}</ul></div></div>
<div id="rightcol">{docwrite_ad("300x250")}<div class="mostread"><h3>Most Read</h3><ol>{links(POPULAR[1:6])}</ol></div></div></div>
<div id="footer">Slate is published by The Slate Group, a Division of the Washington Post Company. All contents &#169; 2008 Washingtonpost.Newsweek Interactive Co. LLC</div></body></html>"""


# 10 ---------------------------------------------------------------- Politico-like, 2009 (author bio box, tags)
def politico(title, ps):
    body = "".join(paras(ps))
    return head(title, "POLITICO.com") + f"""<body><div id="masthead"><a href="/"><img src="/global/images/politico_logo.gif" alt="POLITICO"></a>
<ul class="nav"><li><a href="/congress/">Congress</a></li><li><a href="/whitehouse/">White House</a></li><li><a href="/politics/">Politics</a></li><li><a href="/arena/">The Arena</a></li><li><a href="/blogs/">Blogs</a></li></ul>{gpt("Leader", "728x90")}</div>
<div id="widecolumn"><div class="story-head"><h1>{esc(title)}</h1>
<p class="byline">By <a href="/reporters/SeanBreck.html">SEAN BRECK</a> | 1/27/09 4:55 AM EST</p>
<div class="tools"><a href="#">Text Size</a> <a href="#">Print</a> <a href="#">Email</a> <a href="#">Reprints</a> <a href="#">Share</a></div></div>
<div class="story-text">{body}</div>
<div class="byline-bio"><img src="/global/images/breck_sean.jpg" width="60"><p>Sean Breck covers the House for POLITICO. Before joining POLITICO in 2007, he covered transportation for a newspaper in Ohio.</p><p><a href="#">More stories by Sean Breck</a> | <a href="#">E-mail the author</a></p></div>
<div class="tags"><b>TAGS:</b> <a href="#">Stimulus</a> <a href="#">House Democrats</a> <a href="#">Transportation</a> <a href="#">Dana Whitfield</a></div>
<div class="comments-teaser"><h3>Reader comments (62)</h3><p><a href="#">View all comments</a> | <a href="#">Add your comment</a></p></div>
<div class="moreon"><h3>More on Congress</h3><ul>{links(["Senate GOP plots stimulus counteroffer", "Pelosi: Bill on track for Friday"], base="/news/stories/0109/")}</ul></div></div>
<div id="sidebar">{gpt("Right", "300x250")}<div class="mostpop"><h3>Most Popular</h3><ol>{links(POPULAR[3:8])}</ol></div></div>
<div id="footer">&#169; 2009 Capitol News Company, LLC | <a href="#">About Us</a> | <a href="#">Advertising</a> | <a href="#">Privacy Policy</a> | <a href="#">Terms of Service</a></div></body></html>"""


# 11 ---------------------------------------------------------------- UPI-like wire story, 2009 ("Odd News")
def upi(title, ps):
    body = "".join(paras(ps))
    return head4(title, "UPI.com") + f"""<body><div id="hdr"><a href="/"><img src="/img/upi_logo.gif" alt="UPI.com"></a>{docwrite_ad("728x90")}
<div class="nav"><a href="/Top_News/">Top News</a> <a href="/Business_News/">Business</a> <a href="/Science_News/">Science</a> <a href="/Health_News/">Health</a> <a href="/Sports_News/">Sports</a> <a href="/Odd_News/">Odd News</a> <a href="/Photos/">Photos</a></div></div>
<div id="cnt"><div class="bc"><a href="/">Home</a> / <a href="/Odd_News/">Odd News</a></div>
<div class="story"><h1>{esc(title)}</h1><div class="dt">Published: March 4, 2009 at 3:15 PM</div>
<div class="st_tools"><a href="#">Comments</a> | <a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Share</a></div>
<div class="st_text">{body}</div>
<div class="copyright">Copyright 2009 by United Press International. All Rights Reserved.</div>
<div class="related"><h3>Related UPI Stories</h3><ul>{links(["Town paints tower like a teapot", "Corn maze honors local team", "Water tower climber arrested"], base="/Odd_News/2009/")}</ul></div>
<div class="cmts"><h3>Comments</h3><p>Comments are moderated. <a href="#">Log in</a> or <a href="#">Register</a> to comment.</p></div></div>
<div class="rail">{docwrite_ad("300x250")}<div class="mv"><h3>Most Viewed</h3><ol>{links(POPULAR[:5])}</ol></div></div></div>
<div id="ftr">&#169; 2009 United Press International, Inc. All Rights Reserved. <a href="#">Terms of Use</a> | <a href="#">Privacy Policy</a></div></body></html>"""


PAGES = [("nytimes-paged-2008", nytimes), ("washpost-2008", washpost), ("latimes-2008", latimes), ("usatoday-2008", usatoday),
         ("wsj-2008", wsj), ("csmonitor-paged-2008", csmonitor), ("timesonline-uk-2008", timesonline),
         ("globeandmail-2009", globeandmail), ("seattlepi-2008", seattlepi), ("slate-paged-2008", slate),
         ("politico-2009", politico), ("upi-odd-2009", upi)]
FIRST_PAGE = {nytimes: 5, csmonitor: 4, slate: 5}  # paged stories: the page holds only these first paragraphs

assert len(PAGES) == len(STORIES)
R.shuffle(POPULAR)
names = []
for (name, make), story in zip(PAGES, STORIES):
    title, ps = story[0], story[1]
    with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
        f.write(make(title, ps))
    if make in FIRST_PAGE:
        ps = ps[:FIRST_PAGE[make]]
    with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join([title] + ps) + "\n")
    names.append(name)
with open(os.path.join(HERE, "pages.txt"), "w") as f:
    f.write("\n".join(names) + "\n")
print("wrote %d pages" % len(names))
