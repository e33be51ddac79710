#!/usr/bin/env python3
"""Writes the second held-out round of news article pages (news2) with gold article text (headline + body).

Eighteen pages in news-CMS markups that ../news and ../heldout4/news do not use: an Arc XP-like render, a WordPress
VIP newspaper theme, Brightspot, Drupal 9, Ghost, a wire-service page, an AP-like page, a TownNews BLOX-like local
paper, a BBC-like page, German, French and Spanish newspaper pages, a live blog, an opinion column, a paywalled
teaser, a photo story with a gallery, a story with embedded tweets and inline "Read more:" links, and a 2008-era
syndicated portal story. Each carries the chrome such pages have (navigation, consent bars, ad slots, "most read"
rails, newsletter and subscribe inserts, captions, bylines and dates in varied places, author bio boxes, related
links, tags, share bars, footers).

Gold (see README.md): the headline and the story's own paragraphs, subheads and list items, one per paragraph, as an
L3S-GN1-style annotation's "headline" and "full text": not bylines, datelines-only lines, captions, credits, pull
quotes, embedded tweets, related links, newsletter/subscribe/ad inserts, author bios, tags, comments.
Fixed seed; our own sentences (fictional places and people). Run: python3 make_news2_pages.py
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES  # noqa: E402

R = random.Random(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)

NAV = ["Home", "News", "Local", "Politics", "Business", "Sports", "Opinion", "Arts", "Food", "Obituaries", "Weather",
       "Jobs", "Real Estate"]
MOST_READ = ["Two hurt in crash on Route 14 near the county line", "Restaurant inspections: four kitchens fail",
             "Photos: the best of the homecoming parade", "High school scores and highlights from Friday night",
             "Letters: readers weigh in on the library hours", "Home sales for the week, by neighborhood",
             "Police blotter: stolen trailer found in a cornfield", "Obituary: longtime coach dies at 84"]
RELATED = ["Council sets date for a public hearing on the budget", "Editorial: the county needs a plan, not a study",
           "What we know about the new state rules", "Timeline: how the dispute unfolded",
           "Analysis: winners and losers in this year's vote"]
FOOT = ["About us", "Contact", "Advertise", "Careers", "Terms of Service", "Privacy Policy", "Cookie settings",
        "Accessibility", "Site map", "Corrections", "Newsletters", "Manage subscription"]


def esc(s):
    return html.escape(s, quote=False)


def links(items, tag="li", cls=None, base="/story"):
    c = ' class="%s"' % cls if cls else ""
    return "".join('<%s%s><a href="%s/%d-%s">%s</a></%s>' % (tag, c, base, k, t.split()[0].lower().strip(":,"), esc(t), tag)
                   for k, t in enumerate(items))


def is_sub(p):
    return len(p.split()) <= 4 and not p.endswith(".") and not p.startswith("•")


def paras_html(paras, p='<p>%s</p>', sub='<h2>%s</h2>'):
    return [(sub if is_sub(x) else p) % esc(x) for x in paras]


def page(name, fn):
    return name, fn


# ---------------------------------------------------------------- 0 Arc XP-like
def arc_xp(title, paras):
    ps = paras_html(paras, '<p class="c-paragraph b-article-body__paragraph" data-type="text">%s</p>',
                    '<h2 class="c-heading b-article-body__heading" data-type="header">%s</h2>')
    ps.insert(3, '<div class="c-interstitial-link" data-type="interstitial_link"><strong>Read more:</strong> <a href="/news/2023/01/08/bus-cuts/">'
              + esc(RELATED[3]) + '</a></div>')
    ps.insert(6, '<div class="b-ad-block b-ad-block--inline" data-type="ad"><span class="c-ad-label">ADVERTISEMENT</span><div id="arcad_inline1"></div></div>')
    ps.insert(8, '<div class="b-newsletter-signup" data-type="custom_embed"><h4>Get the Morning Briefing</h4><p>The top stories from Calder and beyond, in your inbox by 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} &#8211; The Calder Courant</title>
<meta property="og:title" content="{esc(title)}"><script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="courant";</script></head>
<body><div id="fusion-app" class="layout-section">
<div class="b-alert-bar"><a href="/breaking">BREAKING: Interstate closed at exit 12 after a crash</a></div>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="c-button">Sections</button><a class="b-header-nav-chain__logo" href="/">The Calder Courant</a><a class="c-button c-button--primary" href="/subscribe">Subscribe for $1</a><a href="/account/login">Sign In</a></div>
<nav class="b-links-bar">{links(NAV[:9], cls="b-links-bar__item")}</nav></header>
<main class="b-right-rail-advanced"><div class="b-right-rail-advanced__main">
<div class="c-overline"><a href="/news/transportation/">Transportation</a></div>
<h1 class="c-heading b-headline">{esc(title)}</h1>
<h2 class="c-heading b-subheadline">Routes 4, 11 and 27 will carry riders for free starting in March.</h2>
<div class="b-lead-art"><figure class="c-media-item"><img src="/resizer/bus.jpg" alt=""><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">A Route 11 bus waits at the downtown transfer center on Thursday.</span> <span class="c-media-item__credit">(Ana Ruiz / Courant)</span></figcaption></figure></div>
<div class="b-byline"><span class="c-attribution">By <a href="/people/tessa-hunt/">Tessa Hunt</a></span></div>
<div class="b-date"><time datetime="2023-01-12T22:41:00Z">Published Jan. 12, 2023 at 5:41 p.m.</time> | <span>Updated Jan. 13, 2023 at 8:02 a.m.</span></div>
<div class="b-social-share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a><a href="#">Gift this article</a></div>
<article class="b-article-body">{"".join(ps)}</article>
<div class="b-author-bio"><img src="/people/th.jpg" alt=""><div class="b-author-bio__text"><a href="/people/tessa-hunt/">Tessa Hunt</a><p>Tessa Hunt covers transportation and growth for the Courant. She joined the paper in 2019 after six years at a radio station.</p></div></div>
<div class="b-tag-list"><a href="/tags/buses/">Buses</a> <a href="/tags/transit/">Transit</a> <a href="/tags/calder/">Calder</a></div>
<div class="b-results-list"><h2>More from the Courant</h2>{links(RELATED, tag="div", cls="b-results-list__item")}</div>
</div><aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2>Most Read</h2><ol>{links(MOST_READ)}</ol></div><div class="b-ad-block"><span class="c-ad-label">ADVERTISEMENT</span></div></aside></main>
<footer class="b-footer"><div class="b-footer__links">{links(FOOT)}</div><p>&copy; 2023 The Calder Courant. All rights reserved.</p></footer></div></body></html>"""


# ---------------------------------------------------------------- 1 WordPress VIP newspaper
def wpvip(title, paras):
    ps = paras_html(paras)
    ps.insert(2, '<p><strong>READ MORE:</strong> <a href="https://dunmorepost.example/2024/03/02/greyline-fine/">' + esc(RELATED[1]) + "</a></p>")
    ps.insert(5, '<figure class="wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550"><p lang="en" dir="ltr">Heavy smoke over the east side this morning from the fire on Dunmore Rd. Keep windows shut if you are nearby. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Dunmore Fire Dept (@DunmoreFD) <a href="https://twitter.com/DunmoreFD/status/1">March 2, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>')
    ps.insert(8, '<div class="inline-module inline-module--newsletter"><p class="inline-module__title">Sign up for Post Alerts</p><p>Breaking news delivered to your inbox.</p><form><input type="email"><button>Sign Up</button></form></div>')
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{esc(title)} | Dunmore Post</title>
<link rel="stylesheet" href="/wp-content/themes/vip/dunmore/style.css"><script>var wpvip_ads = {{"slot":"story"}};</script></head>
<body class="post-template-default single single-post postid-88412 single-format-standard">
<div class="site-header"><div class="site-header__top"><a class="site-logo" href="/">Dunmore Post</a><a class="site-header__cta" href="/subscribe/">Subscribe</a></div>
<nav class="site-nav"><ul id="menu-primary" class="menu">{links(NAV, cls="menu-item")}</ul></nav>
<div class="trending-bar"><span>Trending:</span> <a href="/tag/budget/">Budget</a> <a href="/tag/schools/">Schools</a> <a href="/tag/weather/">Weather</a></div></div>
<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-88412" class="post-88412 post type-post status-publish">
<header class="entry-header"><div class="entry-category"><a href="/category/news/local/">Local News</a></div>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><div class="byline">By <span class="author vcard"><a class="url fn n" href="/author/gmoss/">Gina Moss</a></span></div>
<div class="posted-on"><time class="entry-date published" datetime="2024-03-02T09:15:00-05:00">Published March 2, 2024, 9:15 a.m. ET</time></div></div></header>
<figure class="featured-image wp-caption"><img src="/wp-content/uploads/2024/03/fire.jpg" class="attachment-large"><figcaption class="wp-caption-text">Smoke rises from the Greyline Materials yard on Dunmore Road on Saturday morning. <span class="credit">Dunmore Post photo/ Lee Park</span></figcaption></figure>
<div class="share-buttons"><a href="#" class="share-facebook">Share on Facebook</a><a href="#" class="share-twitter">Share on X</a><a href="#" class="share-email">Email</a></div>
<div class="entry-content entry-content-read-more">{"".join(ps)}</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/fire/" rel="tag">fire</a>, <a href="/tag/east-side/" rel="tag">east side</a>, <a href="/tag/recycling/" rel="tag">recycling</a></span></footer></article>
<section class="related-posts"><h2 class="related-posts__title">Related Articles</h2><ul>{links(RELATED[:4])}</ul></section>
<div id="comments" class="comments-area"><p class="comments-closed">Comments are closed for this story.</p></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_popular"><h2 class="widget-title">Most Popular</h2><ol>{links(MOST_READ)}</ol></section>
<section class="widget ad-widget"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-rail"></div></section></aside></div>
<footer class="site-footer"><ul class="footer-menu">{links(FOOT)}</ul><p class="site-info">&copy; 2024 Dunmore Post. Powered by WordPress VIP.</p></footer></body></html>"""


# ---------------------------------------------------------------- 2 Brightspot
def brightspot(title, paras):
    ps = paras_html(paras, '<p>%s</p>', '<h3>%s</h3>')
    ps.insert(2, '<div class="Enhancement" data-align-center><div class="Enhancement-item"><figure class="Figure"><img class="Image" src="/dims4/bus.jpg"><div class="Figure-content"><div class="Figure-caption"><p>Buses parked at the Bellmont Coach Lines depot in Harlan County.</p></div><div class="Figure-credit">Mark Ellis / State Press</div></div></figure></div></div>')
    ps.insert(6, '<div class="Enhancement"><div class="Enhancement-item"><div class="ListEnhancement"><div class="ListEnhancement-title">Related Stories</div><ul class="ListEnhancement-items">' + links(RELATED[:3]) + '</ul></div></div></div>')
    return f"""<!DOCTYPE html><html class="ArticlePage" lang="en"><head><meta charset="UTF-8"><title>{esc(title)} | State Press</title>
<meta name="brightspot.contentId" content="0000018b-aa11-dd4c-a5ff-ff77e0a10000"></head>
<body class="Page-body"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">State Press</a>
<div class="Page-header-navigation"><ul class="Navigation-items">{links(NAV, cls="Navigation-items-item")}</ul></div><a class="Page-header-donate" href="/donate">Donate</a></div></bsp-header>
<div class="Page-content"><main class="Page-main"><div class="ArticlePage-mainContent">
<div class="ArticlePage-breadcrumbs"><a href="/education">Education</a></div>
<h1 class="ArticlePage-headline">{esc(title)}</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName">By <a href="/people/dana-wright">Dana Wright</a></div><div class="ArticlePage-authorTitle">Education Reporter</div></div></div>
<div class="ArticlePage-datePublished">Published November 14, 2023 at 4:02 PM EST</div>
<div class="ArticlePage-actions"><ul class="ActionBar-items"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>
<div class="ArticlePage-lead"><figure class="Figure"><img src="/lead.jpg"><div class="Figure-content"><div class="Figure-caption">Annette Rowe at the wheel of her route bus on Monday.</div><div class="Figure-credit">Mark Ellis / State Press</div></div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">{"".join(ps)}</div></div>
<div class="ArticlePage-tags"><span class="ArticlePage-tags-label">Tags</span> <a href="/tags/education">Education</a> <a href="/tags/school-buses">School buses</a></div>
<div class="DonateModule"><h3>Reporting like this depends on you.</h3><p>State Press is a nonprofit newsroom. Your gift keeps this reporting free for everyone.</p><a href="/donate">Give now</a></div>
</div></main><aside class="Page-aside"><div class="List"><h2 class="List-title">Most Read</h2><ul>{links(MOST_READ)}</ul></div></aside></div>
<footer class="Page-footer"><div class="Page-footer-menu">{links(FOOT)}</div><p class="Page-footer-disclaimer">&copy; 2023 State Press</p></footer></body></html>"""


# ---------------------------------------------------------------- 3 Drupal 9 news (correction at the end)
def drupal9(title, paras):
    body = paras[:-1]
    ps = ['<div class="paragraph paragraph--type--text"><div class="field field--name-field-text clearfix"><p>%s</p></div></div>' % esc(p) for p in body]
    ps.insert(4, '<div class="paragraph paragraph--type--image"><div class="field field--name-field-media-image"><img src="/sites/default/files/harbor.jpg"></div><div class="field field--name-field-caption">A cargo ship waits outside Port Vell harbor for the tide. Photo by Jon Ek.</div></div>')
    ps.insert(2, '<div class="paragraph paragraph--type--related-content"><div class="field--label">Related</div><div class="field--item"><a href="/node/4411">Port authority raises fees for cruise ships</a></div></div>')
    return f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | Coast Ledger</title>
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">Coast Ledger</a></div>
<nav role="navigation" id="block-mainnavigation"><ul class="menu">{links(NAV, cls="menu-item")}</ul></nav></div></header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/maritime">Maritime</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>
<div class="node__meta"><span class="field field--name-uid"><span>Posted by <a href="/user/41">mreyes</a></span></span> on <span class="field field--name-created">Wed, 03/08/2023 - 14:20</span></div>
<div class="field field--name-field-summary">The deal sends the dredged mud offshore instead of onto the salt marsh.</div>
<div class="node__content"><div class="field field--name-field-paragraphs field--type-entity-reference-revisions">{"".join(ps)}</div>
<div class="field field--name-field-editor-note"><div class="field--label">Editor's note</div><p>{esc(paras[-1])}</p></div>
<div class="field field--name-field-tags"><div class="field--label">Tags</div><div class="field__items"><div class="field--item"><a href="/taxonomy/term/7">Port Vell</a></div><div class="field--item"><a href="/taxonomy/term/9">Environment</a></div></div></div>
<ul class="links inline"><li class="node-readmore"><a href="/print/node/9912">Printer-friendly version</a></li><li><a href="/forward?path=node/9912">Email this page</a></li></ul></div></article>
<div class="views-element-container"><h2>Latest Maritime News</h2><div class="view-content">{links(RELATED, tag="div", cls="views-row")}</div></div></div></main>
<footer role="contentinfo"><div class="region region-footer"><nav><ul class="menu">{links(FOOT)}</ul></nav><p>Copyright &copy; 2023 Coast Ledger Media Group</p></div></footer></div></body></html>"""


# ---------------------------------------------------------------- 4 Ghost
def ghost(title, paras):
    ps = paras_html(paras)
    ps.insert(2, '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2024/05/bread.jpg" class="kg-image" alt="" loading="lazy"><figcaption>Lotte Brandt shapes rye loaves at 3 a.m. Photo: Ida Fenn</figcaption></figure>')
    ps.insert(5, '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://wrenstreet.example/the-last-cobbler/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">The last cobbler on Wren Street</div><div class="kg-bookmark-description">Forty years of heels, soles and stories.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Wren Street Weekly</span></div></div></a></figure>')
    ps.insert(7, '<div class="kg-card kg-cta-card"><p>Enjoying this story? <a href="#/portal/signup">Become a free member</a> to get every new one by email.</p></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="generator" content="Ghost 5.82"><link rel="stylesheet" href="/assets/built/screen.css?v=8f2"></head>
<body class="post-template tag-food tag-people"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Wren Street Weekly</a></div>
<nav class="gh-head-menu"><ul class="nav">{links(["Home", "Neighbourhood", "Food", "People", "Events", "About"], cls="nav-item")}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-food featured"><header class="article-header gh-canvas">
<section class="article-tag"><a href="/tag/food/">Food</a></section><h1 class="article-title">{esc(title)}</h1>
<p class="article-excerpt">Lotte Brandt bakes alone, from two in the morning, and will not make more.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ida/" class="author-avatar"><img class="author-profile-image" src="/ida.jpg" alt="Ida Fenn"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ida/">Ida Fenn</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-05-14">May 14, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2024/05/shopfront.jpg"><figcaption>The old shoe repair sign is still in the window.</figcaption></figure></header>
<section class="gh-content gh-canvas">{"".join(ps)}</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>{"".join('<article class="post-card"><a class="post-card-image-link" href="/%d/"><img src="/c%d.jpg"></a><div class="post-card-content"><a href="/%d/"><h2 class="post-card-title">%s</h2></a><div class="post-card-excerpt">%s</div><footer class="post-card-meta"><time>May %d, 2024</time></footer></div></article>' % (k, k, k, esc(t), "A short teaser for another story in this issue.", k + 2) for k, t in enumerate(RELATED[:3]))}</div></aside></main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Wren Street Weekly</a> &copy; 2024</section><nav class="site-footer-nav"><ul>{links(["Sign up", "Privacy", "Contact"])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div></body></html>"""


# ---------------------------------------------------------------- 5 wire service
def wire(title, paras):
    ps = ['<p class="text__text body__paragraph" data-testid="paragraph-%d">%s</p>' % (k, esc(p)) for k, p in enumerate(paras[:-1])]
    ps.insert(4, '<div class="article-body__ad"><div data-testid="ResponsiveAdSlot">Advertisement · Scroll to continue</div></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | Wire</title></head><body>
<div id="fusion-app"><header class="site-header"><a href="/" class="site-header__logo">WIRE</a><nav>{links(["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "More"], tag="span")}</nav><a href="/account/register">Register</a></header>
<main class="regular-article-layout"><article class="article"><header class="article-header">
<nav aria-label="Tags" class="article-header__tags"><a href="/markets/commodities/">Commodities</a></nav>
<h1 data-testid="Heading" class="text__heading_2">{esc(title)}</h1>
<div class="article-header__byline"><div class="info-content__author"><span>By <a href="/authors/tom-aldous/" rel="author">Tom Aldous</a></span></div>
<time data-testid="Body" class="info-content__time"><span>March 18, 2024</span><span>4:52 PM GMT</span><span>Updated 3 hours ago</span></time></div></header>
<div class="article-body__content" data-testid="ArticleBody">{"".join(ps)}
<p class="text__text sign-off" data-testid="SignOff">{esc(paras[-1])}</p>
<div class="article-body__trust"><span><a href="/trust-principles/">Our Standards: The Wire Trust Principles.</a></span></div></div>
<div class="article-body__related"><h2>Read Next</h2><ul>{links(["Gold steadies as traders wait for central bank signal", "Miners' shares climb on supply worries", "Chile copper output falls for fourth month"])}</ul></div></article>
<aside><h2>Most Read</h2><ol>{links(MOST_READ[:5])}</ol></aside></main>
<footer class="site-footer"><ul>{links(FOOT)}</ul><p>All quotes delayed a minimum of 15 minutes. &copy; 2024 Wire. All rights reserved.</p></footer></div></body></html>"""


# ---------------------------------------------------------------- 6 AP-like
def ap_like(title, paras):
    ps = []
    for k, p in enumerate(paras):
        ps.append('<p>%s</p>' % esc(p) if p != "___" else '<p>___</p>')
        if k == 2:
            ps.append('<div class="Page-storyBody-gallery"><bsp-carousel class="Carousel"><div class="Carousel-slide"><figure class="Figure"><img src="/g1.jpg"><figcaption class="Figure-caption"><p>Volunteers shovel mud from a house on Front Street in Marlow Ferry on Sunday. (AP Photo/Lee Hart)</p></figcaption></figure></div><div class="Carousel-slide"><figure class="Figure"><img src="/g2.jpg"><figcaption class="Figure-caption"><p>Delia Harmon stands in her hardware store, where the water reached the top shelf. (AP Photo/Lee Hart)</p></figcaption></figure></div><div class="Carousel-slide"><figure class="Figure"><img src="/g3.jpg"><figcaption class="Figure-caption"><p>Ruined furniture is piled in a field outside town. (AP Photo/Lee Hart)</p></figcaption></figure></div></bsp-carousel><div class="Carousel-count">1 of 3</div></div>')
        if k == 5:
            ps.append('<div class="Advertisement"><div class="Advertisement-label">ADVERTISEMENT</div></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | AP-style News</title></head><body class="Page-body">
<bsp-header class="Page-header"><div class="Page-header-trending"><span>Trending News</span>{links(["Election results", "Floods", "Stocks", "Weather"], tag="span")}</div>
<nav class="Page-header-navigation">{links(["World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities", "Be Well"], tag="span")}</nav></bsp-header>
<main class="Page-main"><div class="Page-headline"><h1 class="Page-headline">{esc(title)}</h1></div>
<div class="Page-lead"><figure class="Figure"><img src="/lead.jpg"><figcaption class="Figure-caption"><p>A line of mud marks how high the water rose on a shop window on Front Street. (AP Photo/Lee Hart)</p></figcaption></figure></div>
<div class="Page-byline"><div class="Page-authors">By <a href="/author/ann-kole">ANN KOLE</a></div><div class="Page-dateModified">Updated 6:18 PM EDT, June 23, 2024</div>
<div class="Page-actions"><a href="#">Share</a><a href="#">Copy Link</a></div></div>
<div class="RichTextStoryBody RichTextBody">{"".join(ps)}</div>
<div class="Page-storyBody-related"><h3>Related Stories</h3>{links(RELATED[:3], tag="div", cls="PagePromo")}</div>
<div class="Page-ap-copyright">Copyright 2024 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.</div></main>
<aside class="Page-aside"><h2>Top Stories</h2>{links(MOST_READ, tag="div", cls="PagePromo")}</aside>
<footer class="Page-footer"><ul>{links(FOOT)}</ul></footer></body></html>"""


# ---------------------------------------------------------------- 7 BLOX-like local paper, metered box mid-article
def blox(title, paras):
    ps = paras_html(paras)
    ps.insert(3, '<div class="tnt-section-tag subscriber-only"><div class="subscriber-offer"><h4>Support local journalism</h4><p>You have read 3 of 5 free articles this month. Subscribe for as little as $1 a week to keep reading the Oakes County Record.</p><a class="btn" href="/subscribe">Subscribe</a> <a href="/users/login/">Log in</a></div></div>')
    ps.insert(6, '<div class="tncms-region" id="tncms-region-article_instory_middle"><div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | Local News | oakesrecord.example</title>
<meta name="tncms-access-version" content="1"><script>var __tnt = {{"asset":"e1c2"}};</script></head>
<body class="asset-article"><div id="site-container"><header id="site-header"><div id="main-header"><a href="/" id="site-logo">Oakes County Record</a><div id="weather-widget">72&deg; Sunny</div></div>
<nav id="main-navigation"><ul class="nav navbar-nav">{links(NAV + ["e-Edition", "Place an Ad"], cls="nav-item")}</ul></nav></header>
<div id="main-page-container"><div class="row"><div class="col-md-8"><div class="asset-masthead">
<div class="asset-breadcrumbs"><a href="/news/">News</a> / <a href="/news/local/">Local</a></div>
<header class="asset-header"><h1 class="headline"><span class="tnt-headline" itemprop="headline">{esc(title)}</span></h1>
<div class="asset-byline"><span class="tnt-byline">By Wes Harlan <a href="mailto:wharlan@oakesrecord.example">wharlan@oakesrecord.example</a></span></div>
<ul class="list-inline"><li><time datetime="2018-07-16T05:00:00-05:00" class="tnt-date asset-date">Jul 16, 2018</time></li><li>Updated 2 hrs ago</li></ul></header></div>
<div class="share-container"><span class="tnt-share">Facebook</span><span class="tnt-share">Twitter</span><span class="tnt-share">Email</span><span class="tnt-share">Print</span><span>Save</span></div>
<div class="asset-photo"><figure class="photo"><img src="/content/tncms/barn.jpg"><figcaption class="caption-text"><p>The new livestock barn at the Oakes County fairgrounds was finished in June.</p><span class="tnt-byline">Wes Harlan/Oakes County Record</span></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-preview">{"".join(ps)}</div></div>
<div class="asset-tags"><span>Tags</span> <a href="/search/?k=fair">Fair</a> <a href="/search/?k=rodeo">Rodeo</a> <a href="/search/?k=4-h">4-H</a></div>
<div class="asset-author-card"><img src="/wes.jpg"><div class="tnt-author-name">Wes Harlan</div><p>Reporter</p><p>Wes Harlan covers agriculture and county government.</p></div>
<div id="related-content"><h3>Related to this story</h3>{links(RELATED[:3], tag="div", cls="card")}</div></div>
<div class="col-md-4"><div class="tnt-most-popular"><h3>Most Popular</h3><ul>{links(MOST_READ)}</ul></div><div class="tnt-ads-container">Advertisement</div></div></div></div>
<footer id="site-footer"><ul>{links(FOOT)}</ul><p>&copy; Copyright 2018, Oakes County Record, 200 Main St. Powered by BLOX Content Management System from TownNews.com.</p></footer></div></body></html>"""


# ---------------------------------------------------------------- 8 BBC-like
def bbc_like(title, paras):
    blocks = []
    for k, p in enumerate(paras):
        if is_sub(p):
            blocks.append('<div data-component="subheadline-block" class="ssrcss-1a2b3c-StyledHeading"><h2 class="ssrcss-x1y2z3-StyledHeading">%s</h2></div>' % esc(p))
        else:
            blocks.append('<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">%s</p></div></div>' % (("<b>%s</b>" % esc(p)) if k == 0 else esc(p)))
        if k == 2:
            blocks.append('<div data-component="image-block" class="ssrcss-1d6t4-ComponentWrapper"><figure><img src="/news/shop.jpg" alt=""><figcaption class="ssrcss-1bl5-Caption">Volunteers stocking shelves on the first day under community ownership</figcaption></figure></div>')
    blocks.append('<div data-component="links-block" class="ssrcss-links"><h2>More on this story</h2><ul>' + links(["Rural post offices face closure", "Why village pubs are disappearing"]) + '</ul></div>')
    return f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><title>{esc(title)} - Regional News</title></head><body>
<header class="orb-banner"><a href="/">Regional Broadcasting</a> {links(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "Bitesize"], tag="span")}</header>
<nav class="ssrcss-nav">{links(["Home", "Election", "Cost of Living", "World", "UK", "Business", "Tech", "Science", "Health"], tag="span")}</nav>
<nav class="ssrcss-subnav">{links(["England", "N. Ireland", "Scotland", "Wales", "Local News"], tag="span")}</nav>
<div id="main-content"><article class="ssrcss-pv1rh6-ArticleWrapper">
<header data-component="headline-block"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{esc(title)}</h1></header>
<div data-component="byline-block"><div class="ssrcss-68pt20-Text"><time datetime="2024-04-09T06:12:44.000Z">9 April 2024</time></div><div class="ssrcss-contributor">By Megan Lloyd, BBC-style News, Ashby Cross</div></div>
<div data-component="image-block"><figure><img src="/news/lead.jpg" alt=""><span class="ssrcss-copyright">IMAGE SOURCE, ASHBY CROSS SHOP LTD</span><figcaption class="ssrcss-caption">Residents gathered outside the shop for the handover on Saturday</figcaption></figure></div>
{"".join(blocks)}
<section data-component="tag-list"><h2>Related Topics</h2><ul>{links(["Village life", "Shopping", "Community"])}</ul></section></article>
<section data-component="related-internet-links"><h2>Related Internet Links</h2><ul><li><a href="https://villagetrade.example">Village Trade</a></li></ul><p>The BBC-style News is not responsible for the content of external sites.</p></section>
<section class="ssrcss-most-read"><h2>Most read</h2><ol>{links(MOST_READ)}</ol></section></div>
<footer><ul>{links(["Terms of Use", "About us", "Privacy Policy", "Cookies", "Accessibility Help", "Parental Guidance", "Contact us", "Get Personalised Newsletters"])}</ul><p>Copyright 2024. The BBC-style News is not responsible for the content of external sites.</p></footer></body></html>"""


# ---------------------------------------------------------------- 9 German
def german(title, paras):
    ps = ['<p class="article__item">%s</p>' % esc(p) for p in paras]
    ps.insert(2, '<aside class="article__inline-teaser"><span class="article__inline-teaser-kicker">Lesen Sie auch:</span> <a href="/lokales/parkhaus-gebuehren">Parkhäuser in der Innenstadt werden teurer</a></aside>')
    ps.insert(5, '<div class="ad-container"><span class="ad-label">Anzeige</span><div id="ad-medrec-1"></div></div>')
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{esc(title)} | Lindenauer Rundschau</title></head><body>
<div class="consent-layer">Wir verwenden Cookies und ähnliche Technologien. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header class="site-header"><a class="logo" href="/">Lindenauer Rundschau</a><nav class="main-nav"><ul>{links(["Startseite", "Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Service", "E-Paper"])}</ul></nav>
<a class="abo-link" href="/abo">Jetzt abonnieren</a> <a href="/login">Anmelden</a></header>
<main><article class="article"><header class="article__header"><p class="article__kicker">Verkehr</p>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__intro">Vierzehn Straßen sollen bis 2028 getrennte Radspuren bekommen – rund 420 Parkplätze fallen weg.</p>
<div class="article__meta"><span class="article__author">Von Sabine Krüger</span> <time datetime="2023-09-22T06:00:00+02:00">22.09.2023, 06:00 Uhr</time> <span>3 Min. Lesezeit</span></div></header>
<figure class="article__figure"><img src="/bilder/radweg.jpg"><figcaption>Auf der Bahnhofstraße sollen die Arbeiten beginnen. <span class="copyright">Foto: Peter Lenz</span></figcaption></figure>
<div class="article__body">{"".join(ps)}</div>
<div class="article__share"><a href="#">Teilen</a> <a href="#">Drucken</a> <a href="#">Merken</a></div>
<section class="article__related"><h2>Mehr zum Thema</h2><ul>{links(["Unfallschwerpunkt Bahnhofstraße: Was die Stadt plant", "Kommentar: Mut zur Lücke", "So stimmten die Fraktionen ab"])}</ul></section></article>
<aside class="sidebar"><h2>Meistgelesen</h2><ol>{links(["Vollsperrung auf der B 27 am Wochenende", "Neues Café am Marktplatz eröffnet", "Polizeibericht: Einbruch in Kleingartenanlage", "Wetter: Spätsommer kehrt zurück"])}</ol></aside></main>
<footer><ul>{links(["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Abo-Service", "Cookie-Einstellungen"])}</ul><p>&copy; Lindenauer Rundschau 2023</p></footer></body></html>"""


# ---------------------------------------------------------------- 10 French
def french(title, paras):
    ps = ['<p class="article__paragraph">%s</p>' % esc(p) for p in paras]
    ps.insert(2, '<p class="article__paragraph article__paragraph--lire-aussi"><span class="lire-aussi">Lire aussi :</span> <a href="/local/piscines-fermees-region">Dans la région, une piscine sur cinq est fermée pour travaux</a></p>')
    ps.insert(5, '<section class="article__reserved"><p class="article__status">Article réservé aux abonnés</p><p>Abonnez-vous pour 1 € le premier mois et accédez à tous nos articles.</p><a href="/abonnement">S’abonner</a></section>')
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>
<div id="didomi-host"><p>Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button> <button>Continuer sans accepter</button></p></div>
<header class="Header"><a class="Header__logo" href="/">Le Courrier de l’Aubois</a><nav>{links(["Actualités", "Région", "Politique", "Économie", "Sports", "Culture", "Faits divers", "Annonces légales"], tag="span")}</nav><a href="/abonnement">S’abonner</a></header>
<main class="zone--article"><section class="article__header"><ul class="breadcrumb">{links(["Accueil", "Saint-Aubin", "Vie locale"])}</ul>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__desc">Fermé depuis 2021, l’équipement a coûté 9,4 millions d’euros.</p>
<p class="meta__publisher"><span class="author">Par Julien Marchand</span> – Publié le 11 juin 2021 à 18h05, mis à jour à 19h12</p></section>
<figure class="article__media"><img src="/photos/piscine.jpg"><figcaption class="article__legend">Le nouveau bassin de huit lignes, samedi matin. Photo J. M.</figcaption></figure>
<article class="article__content">{"".join(ps)}</article>
<section class="article__footer"><p class="article__share">Partager : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-mail</a></p>
<div class="services"><h3>Sur le même sujet</h3><ul>{links(["Les horaires d’été de la médiathèque", "Budget : la ville veut réduire sa dette", "Le marché de Noël change de place"])}</ul></div></section></main>
<footer><ul>{links(["Mentions légales", "Contact", "Publicité", "Politique de confidentialité", "Gestion des cookies", "CGU"])}</ul><p>© Le Courrier de l’Aubois 2021</p></footer></body></html>"""


# ---------------------------------------------------------------- 11 Spanish
def spanish(title, paras):
    ps = ['<p class="">%s</p>' % esc(p) for p in paras]
    ps.insert(3, '<aside class="a_rel"><h3>Más información</h3><ul>' + links(["Valdeloma pierde un 8% de habitantes en diez años", "El alquiler turístico se dispara en el centro"]) + '</ul></aside>')
    return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{esc(title)} | Diario de la Meseta</title></head><body>
<header class="_g"><a href="/" class="ep_l">Diario de la Meseta</a><nav>{links(["Portada", "Valdeloma", "Provincia", "España", "Economía", "Deportes", "Cultura", "Opinión", "Esquelas"], tag="span")}</nav><a href="/suscripciones">Suscríbete</a> <a href="/login">Iniciar sesión</a></header>
<main id="main-content"><article class="a _g _g-lg"><header class="a_e"><div class="a_k"><a href="/valdeloma/">Valdeloma</a></div>
<h1 class="a_t">{esc(title)}</h1><h2 class="a_st">Las ayudas para reformar viviendas vacías llegarán hasta 30.000 euros por casa</h2>
<figure class="a_m"><img src="/fotos/casco.jpg"><figcaption class="a_m_p"><span>Una calle del casco antiguo de Valdeloma, con varias viviendas vacías.</span><span class="a_m_m">Foto: Luis Ortega</span></figcaption></figure>
<div class="a_md"><div class="a_md_a"><a href="/autor/elena-prieto/">Elena Prieto</a></div><div class="a_md_f"><span>Valdeloma</span> - <time datetime="2020-02-11T14:20:00+01:00">11 feb 2020 - 14:20 CET</time></div></div>
<div class="a_sh"><a href="#">Compartir en Whatsapp</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div></header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">{"".join(ps)}</div>
<ul class="_df _ls a_tg">{links(["Valdeloma", "Vivienda", "Urbanismo", "Casco antiguo"])}</ul></article>
<section class="b-lo"><h2>Lo más visto</h2><ol>{links(["Cortes de tráfico por las obras de la avenida", "Horarios de farmacias de guardia", "El equipo asciende tras ganar en casa"])}</ol></section></main>
<footer><ul>{links(["Aviso legal", "Política de cookies", "Privacidad", "Contacto", "Publicidad", "Suscripciones"])}</ul><p>© Ediciones Meseta S.L.</p></footer></body></html>"""


# ---------------------------------------------------------------- 12 live blog
def liveblog(title, paras):
    lead, rest = paras[0], paras[1:]
    times = ["8:14 p.m.", "8:32 p.m.", "8:55 p.m.", "9:40 p.m.", "11:05 p.m."]
    entries = []
    for k in range(0, len(rest), 2):
        entries.append(f'<article class="live-entry" id="entry-{k // 2}"><header class="live-entry__header"><time class="live-entry__time" datetime="2025-11-04T{20 + k // 4}:{10 + k}:00-05:00">{times[k // 2]}</time><span class="live-entry__author">Posted by Nick Ames</span></header>'
                       f'<h2 class="live-entry__title">{esc(rest[k])}</h2><div class="live-entry__body"><p>{esc(rest[k + 1])}</p></div>'
                       f'<footer class="live-entry__share"><a href="#entry-{k // 2}">Link</a> <a href="#">Share</a></footer></article>')
    entries.reverse()  # newest first, as live blogs show them
    # gold keeps page order: newest entry first
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} - Marren Today</title></head><body>
<header class="masthead"><a href="/">Marren Today</a><nav>{links(NAV[:8], tag="span")}</nav></header>
<main class="live-layout"><div class="live-banner"><span class="live-badge">LIVE</span> <span>Updated 11:05 p.m.</span></div>
<h1 class="live-title">{esc(title)}</h1>
<div class="live-summary"><p>{esc(lead)}</p></div>
<div class="live-meta">By the Marren Today staff &middot; Nov. 4, 2025</div>
<div class="live-keyevents"><h3>Key events</h3><ul>{"".join('<li><a href="#entry-%d">%s</a></li>' % (4 - j, esc(rest[(4 - j) * 2])) for j in range(3))}</ul></div>
<div class="live-results-widget"><h3>Results</h3><table><tr><td>Pines (D)</td><td>50.6%</td></tr><tr><td>Haskell (R)</td><td>49.4%</td></tr></table><p>64 of 64 precincts reporting</p></div>
<section class="live-feed">{"".join(entries)}</section>
<div class="live-loadmore"><button>Load earlier updates</button></div></main>
<aside><h2>Election coverage</h2><ul>{links(["Voter guide: what is on the ballot", "Where to vote in Marren County", "The school bond, explained"])}</ul></aside>
<footer><ul>{links(FOOT[:8])}</ul><p>&copy; 2025 Marren Today</p></footer></body></html>"""


def liveblog_gold(title, paras):
    lead, rest = paras[0], paras[1:]
    pairs = [(rest[k], rest[k + 1]) for k in range(0, len(rest), 2)]
    out = [title, lead]
    for h, b in reversed(pairs):
        out += [h, b]
    return out


# ---------------------------------------------------------------- 13 opinion column
def opinion(title, paras):
    ps = paras_html(paras, '<p class="paragraph">%s</p>')
    ps.insert(3, '<aside class="pull-quote"><blockquote><p>Main Street does not have a parking shortage. It has a shortage of reasons to walk.</p></blockquote></aside>')
    ps.insert(6, '<aside class="pull-quote"><blockquote><p>Before it votes to borrow for another garage, it should try the cheap thing first.</p></blockquote></aside>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>Opinion | {esc(title)} - Westbury Sentinel</title></head><body class="opinion">
<header><a href="/">Westbury Sentinel</a><nav>{links(NAV, tag="span")}</nav><a href="/subscribe">Subscribe</a></header>
<main><article class="story story--opinion"><div class="story__label">Opinion</div><div class="story__section"><a href="/opinion/columns/">Columns</a></div>
<h1 class="story__headline">{esc(title)}</h1>
<div class="story__byline"><img class="story__avatar" src="/ck.jpg"><div><span class="story__author">By Colin Keane</span><span class="story__role">Guest columnist</span></div><time>Oct. 3, 2019</time></div>
<div class="story__body">{"".join(ps)}</div>
<div class="story__author-bio"><p><em>Colin Keane is a retired civil engineer who lives in Westbury. He served on the town's planning board from 2004 to 2012.</em></p></div>
<div class="story__disclaimer"><p>The views expressed in this column are the author's own and do not necessarily reflect those of the Sentinel. <a href="/opinion/submit">Submit a letter to the editor</a>.</p></div>
<div class="story__more"><h2>More Opinion</h2><ul>{links(["Letters: the school calendar needs a rethink", "Our view: keep the library open on Sundays", "Column: a farewell to the Elm Street diner"])}</ul></div></article></main>
<footer><ul>{links(FOOT)}</ul><p>&copy; 2019 Westbury Sentinel</p></footer></body></html>"""


# ---------------------------------------------------------------- 14 paywalled teaser
def paywall(title, paras):
    ps = paras_html(paras, '<p class="story-paragraph">%s</p>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} - Bayside Tribune</title><script type="application/ld+json">{{"@type":"NewsArticle","isAccessibleForFree":"False","hasPart":{{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}}}</script></head><body>
<header class="header"><a href="/">Bayside Tribune</a><nav>{links(NAV[:10], tag="span")}</nav><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></header>
<main><article><span class="section-label">Health</span><h1 class="story-headline">{esc(title)}</h1>
<div class="story-byline">By Priya Osei | Staff writer</div><div class="story-date">Nov. 21, 2022, 5:30 a.m.</div>
<figure><img src="/maternity.jpg"><figcaption>The maternity ward at Bayside General delivered 212 babies last year. (Tribune file photo)</figcaption></figure>
<div class="story-body">{"".join(ps)}
<div class="paywall"><div class="paywall__fade"></div><div class="paywall__box"><h3>This article is for subscribers</h3><p>Get unlimited access to local news you can trust. Just $1 for your first 3 months.</p><a class="paywall__cta" href="/subscribe">Subscribe now</a><p>Already a subscriber? <a href="/login">Log in</a></p></div></div></div></article>
<section class="recirc"><h2>Latest Health</h2><ul>{links(RELATED[:4])}</ul></section></main>
<footer><ul>{links(FOOT)}</ul><p>&copy; 2022 Bayside Tribune</p></footer></body></html>"""


# ---------------------------------------------------------------- 15 photo story with gallery
def photo_story(title, paras):
    caps = ["Keeper Ewan Doyle on the gallery in 1971. (Doyle family)",
            "The lamp room after the glass was lost, photographed in 1998. (Harrow Point Trust)",
            "Volunteers carry new glass up the tower in 2011. (Harrow Point Trust)",
            "Doyle's children on the rocks below the tower, about 1966. (Doyle family)",
            "The frozen cove in the winter of 1963. (Doyle family)",
            "Visitors on the 118 steps last summer. (Marta Quinn / Coast Weekly)"]
    ps = []
    for k, p in enumerate(paras):
        ps.append('<figure class="photo-block"><img src="/lh/%d.jpg" alt=""><figcaption><span class="photo-caption">%s</span></figcaption></figure>' % (k, esc(caps[k])))
        ps.append('<p>%s</p>' % esc(p))
    gallery = "".join('<li class="gallery__item"><a href="/gallery/lighthouse/%d"><img src="/lh/t%d.jpg"><span class="gallery__caption">%s</span></a></li>' % (k, k, esc(c)) for k, c in enumerate(
        ["The keeper's cottage before restoration", "The new lamp room glass", "A gull's nest on the gallery rail",
         "The 1974 logbook's last page", "Painting the tower in 2016", "The view north from the top"]))
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | Coast Weekly</title></head><body>
<header><a href="/">Coast Weekly</a><nav>{links(NAV[:9], tag="span")}</nav></header>
<main class="photo-story"><div class="hero"><img src="/lh/hero.jpg"><h1 class="hero__title">{esc(title)}</h1><p class="hero__credit">Photographs courtesy of the Harrow Point Trust and keepers' families</p></div>
<div class="meta">By Marta Quinn &middot; Aug. 24, 2017 &middot; <a href="#gallery">View the gallery (6 photos)</a></div>
<div class="photo-story__body">{"".join(ps)}</div>
<section id="gallery" class="gallery"><h2>Gallery: Harrow Point through the years</h2><ul>{gallery}</ul><p class="gallery__count">6 photos</p></section>
<div class="share">Share this story: <a href="#">Facebook</a> <a href="#">Pinterest</a> <a href="#">Email</a></div>
<section class="more-galleries"><h2>More photo galleries</h2><ul>{links(["Photos: the regatta in the rain", "Photos: 100 years of the harbour fair", "Photos: autumn on the coast road"])}</ul></section></main>
<footer><ul>{links(FOOT)}</ul><p>&copy; 2017 Coast Weekly</p></footer></body></html>"""


# ---------------------------------------------------------------- 16 embedded tweets, inline Read more links
def tweets(title, paras):
    tw = lambda text, who, handle, d: (f'<div class="embed embed--twitter"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(text)}</p>&mdash; {who} (@{handle}) <a href="https://twitter.com/{handle}/status/9">{d}</a></blockquote></div>')
    ps = paras_html(paras, '<p class="body-text">%s</p>')
    ps.insert(6, tw("Third week of this. Platform 2 at Hollins is shoulder to shoulder and the board just says CANCELLED all the way down.", "Ruth Bell", "ruthbell_", "May 15, 2020")
              + tw("Been standing here since 7:40. Not a single train. Working from the cafe across the road now I suppose.", "Sam Ortiz", "samo", "May 15, 2020"))
    ps.insert(4, '<p class="body-text"><strong>Read more:</strong> <a href="/news/copper-thefts-rise">Copper thieves target rail lines as scrap prices soar</a></p>')
    ps.insert(2, '<p class="body-text"><strong>Read more:</strong> <a href="/news/eastline-timetable">Eastline to cut evening services from June</a></p>')
    ps.insert(9, '<div class="signup-insert"><h3>Get the Commuter newsletter</h3><p>Delays, strikes and timetable changes every weekday at 6 a.m.</p><form><input type="email"><button>Sign me up</button></form><p class="small">By signing up you agree to our privacy policy.</p></div>')
    return f"""<!DOCTYPE html><html lang="en"><head><title>{esc(title)} | Eastern Evening Star</title></head><body>
<header class="site-head"><a href="/">Eastern Evening Star</a><nav>{links(NAV, tag="span")}</nav></header>
<div class="ticker"><span>Latest:</span> {links(MOST_READ[:3], tag="span")}</div>
<main><article class="article"><p class="article-kicker">Transport</p><h1 class="article-title">{esc(title)}</h1>
<p class="article-standfirst">Sixty-four trains cancelled before 10 a.m. after 300 metres of cable was cut near Hollins Junction.</p>
<div class="article-meta"><p class="article-author">Hannah Lowe, Transport correspondent</p><p class="article-date">15 May 2020 &bull; 2:17pm</p></div>
<div class="article-body">{"".join(ps)}</div>
<div class="article-topics">Topics: <a href="/t/rail">Rail</a>, <a href="/t/crime">Crime</a>, <a href="/t/commuting">Commuting</a></div></article>
<aside class="most-read"><h2>Most Read</h2><ol>{links(MOST_READ)}</ol></aside></main>
<footer><ul>{links(FOOT)}</ul><p>&copy; 2020 Eastern Evening Star</p></footer></body></html>"""


# ---------------------------------------------------------------- 17 2008 syndicated portal story
def portal_2008(title, paras):
    ps = "\n".join("<p>%s</p>" % esc(p) for p in paras)
    side = "".join('<li><a href="/s/%d">%s</a></li>' % (k, esc(t)) for k, t in enumerate(MOST_READ + RELATED))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><title>{esc(title)} - Portal News</title></head>
<body><div id="yn-head"><a href="/">Portal!</a> <a href="/mail">Mail</a> | <a href="/my">My Portal</a> | <a href="/news">News</a> | <a href="/finance">Finance</a> | <a href="/sports">Sports</a>
<form><input name="p"><input type="submit" value="Web Search"></form></div>
<div id="yn-nav"><ul>{links(["Top Stories", "U.S. National", "World", "Politics", "Elections", "Business", "Entertainment", "Sports", "Technology", "Science", "Health", "Most Popular", "Odd News", "Opinion"])}</ul></div>
<div id="yn-story"><div class="yn-story-related-media"><img src="/p.jpg"><p class="caption">Sen. Robert Hale speaks during a committee hearing on Wednesday. (AP Photo/J. Scott)</p></div>
<h1 class="yn-story-headline">{esc(title)}</h1>
<div class="yn-story-byline"><span class="byline">By MARY CLARKE, Associated Press Writer</span> <span class="timedate">Wed Apr 23, 6:41 PM ET</span></div>
<div class="yn-story-tools"><a href="#">Email Story</a> <a href="#">IM Story</a> <a href="#">Printable View</a> <a href="#">Recommend It:</a></div>
<div class="yn-story-content">{ps}
<p class="copyright">Copyright &copy; 2008 The Associated Press. All rights reserved. The information contained in the AP News report may not be published, broadcast, rewritten or redistributed without the prior written authority of The Associated Press.</p></div>
<div class="yn-story-related"><h3>Related Searches:</h3><ul>{links(["farm bill", "agriculture committee", "food stamps", "subsidies"])}</ul></div>
<div class="yn-mostemailed"><h3>Most Viewed - Politics</h3><ol>{side}</ol></div></div>
<div id="yn-rr"><div class="ad">ADVERTISEMENT</div><h3>Elections Coverage</h3><ul>{links(["Candidates", "Primaries", "Polls", "Campaign finance"])}</ul></div>
<div id="yn-foot">Copyright &copy; 2008 Portal! Inc. All rights reserved. {links(["Privacy Policy", "About Our Ads", "Terms of Service", "Copyright/IP Policy", "Send Feedback", "Help"], tag="span")}</div></body></html>"""


PAGES = [("arc-xp-2023", arc_xp), ("wpvip-newspaper-2024", wpvip), ("brightspot-2023", brightspot),
         ("drupal9-2023", drupal9), ("ghost-2024", ghost), ("wire-2024", wire), ("ap-like-2024", ap_like),
         ("blox-local-2018", blox), ("bbc-like-2024", bbc_like), ("german-2023", german), ("french-2021", french),
         ("spanish-2020", spanish), ("liveblog-2025", liveblog), ("opinion-2019", opinion),
         ("paywall-teaser-2022", paywall), ("photo-story-2017", photo_story), ("tweets-readmore-2020", tweets),
         ("portal-syndicated-2008", portal_2008)]

assert len(PAGES) == len(STORIES)
R.shuffle(MOST_READ)  # the rails' order differs from ../news; fixed by the seed
names = []
for (name, make), story in zip(PAGES, STORIES):
    title, paras = story[0], story[1]
    with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
        f.write(make(title, paras))
    gold = liveblog_gold(title, paras) if make is liveblog else [title] + [p.lstrip("• ") for p in paras]
    gold = [g for g in gold if any(ch.isalnum() for ch in g)]  # AP's "___" rules carry no words
    with open(os.path.join(HERE, "pages", name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(gold) + "\n")
    names.append(name)
with open(os.path.join(HERE, "pages.txt"), "w") as f:
    f.write("\n".join(names) + "\n")
print("wrote %d pages" % len(names))
