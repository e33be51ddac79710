#!/usr/bin/python3
"""Writes the SEVENTH held-out round (HTML): 5 pages scored on branch html5's final code before any rule for them, an
estimate for unseen systems: Phorum 5 (forum, flat view), a Kinja-style discussion (replies in a following list, the
name in a data attribute), a Vuukle-style widget (hashed-ish classes, "Reply to X" lines), a Hashnode-style React
list (utility classes, aria-labels), a Misskey-style note thread (replies in a nested div, "@handle" beside the name).
Helpers and gold format from ../heldout5's generator; another topic (a school crossing patrol cut), names and seed.
Usage: make_heldout7_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261211)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the crossing patrol", "the lollipop lady", "the 20 mph zone", "the school gates", "the zebra crossing",
                    "the parking ban", "the walking bus", "the speed camera", "the council's budget", "the road markings"]
base.VIEWS[:] = ["is a false economy", "will end in an accident", "was always going to be cut first", "could be paid for by the school",
                 "needs volunteers, not money", "makes the morning chaos worse", "is the council passing the buck", "was fine for twenty years"]
base.ASIDES[:] = ["My two walk that road every day.", "The petition is at the post office.", "I taught at that school for years.",
                  "Cars do forty past the gates.", "The budget papers are online.", "Nobody asked the parents.", "I drive the school bus."]
base.STARTS[:] = ["Honestly", "As a parent", "Fair point, but", "Living on that road", "As a governor", "Realistically", "Sadly"]
base.NAMES[:] = ["Harriet Cole", "mum_of_three", "Yusuf Ali", "gatewatch", "Petra Novak", "Callum B", "zebra_stripes", "Ines Duarte",
                 "Ollie T", "roadsafe_rachel", "Winston P", "Mairead"]
esc, paras, handle, mon, ampm, ago, kids = base.esc, base.paras, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 3, 8, 30)


def phorum(posts, subject):
    out = []
    for i, c in enumerate(posts):
        t = c["time"]
        quote = ""
        if c["quote"]:
            p = posts[c["parent"]]
            quote = "<blockquote class=\"bbcode\"><div><small>Quote<br><strong>%s</strong><br></small><strong><br></strong>%s</div></blockquote>" % (esc(p["author"]), esc(c["quote"]))
        out.append(("<a name=\"msg-%d\"></a><div class=\"message\"><div class=\"generic\"><table border=\"0\" cellspacing=\"0\"><tr><td width=\"100%%\">"
                    "<div class=\"message-author icon-user\"><a href=\"/profile.php?1,%d\">%s</a></div><div class=\"message-subject\">%s</div>"
                    "<div class=\"message-date\">%s %d, %d %02d:%02d</div></td><td class=\"message-user-info\" nowrap=\"nowrap\">Registered: %d years ago<br>Posts: %d</td></tr></table></div>"
                    "<div class=\"message-body\">%s%s</div><div class=\"message-options\"><a class=\"icon icon-comment-add\">Reply</a> <a class=\"icon icon-comment-edit\">Quote</a> <a class=\"icon icon-exclamation\">Report</a></div></div>") % (
            c["id"], 200 + base.NAMES.index(c["author"]), esc(c["author"]), esc(subject if i == 0 else "Re: " + subject), mon(t)[:3], t.day, t.year, t.hour, t.minute,
            R.randint(1, 12), R.randint(5, 900), quote, "<br><br>".join(esc(x) for x in c["paras"])))
    body = ("<div id=\"phorum\"><div id=\"user-info\" class=\"logged-out\"><a class=\"icon icon-key-go\">Log In</a> <a class=\"icon icon-user-add\">Create A New Account</a></div>"
            "<div id=\"breadcrumb\"><a>Home</a> &gt; <a>Parents' Forum</a> &gt; <span>%s</span></div><div id=\"page-info\"><h1>%s</h1></div>"
            "<div class=\"nav\"><a class=\"icon icon-comment-add\">New Topic</a> <a class=\"icon icon-folder\">Go to Topic</a></div>%s"
            "<div class=\"nav\"><a class=\"icon icon-prev\">Previous</a> <a class=\"icon icon-next\">Next</a></div><div id=\"footer-plug\">This forum is powered by <a href=\"https://www.phorum.org/\">Phorum</a>.</div></div>") % (
        esc(subject), esc(subject), "".join(out))
    return base.page_wrap("%s - Parents' Forum" % subject, body)


def kinja(cs):
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        stars = "<button class=\"js_star\" aria-label=\"%d stars\"><svg></svg><span>%d</span></button>" % (c["likes"], c["likes"]) if c["likes"] else "<button class=\"js_star\" aria-label=\"Star\"><svg></svg></button>"
        return ("<li class=\"reply-item\" data-reply-id=\"%d\" data-author-name=\"%s\"><article class=\"js_reply reply reply--level-%d\"><header class=\"reply__header\">"
                "<div class=\"avatar-wrapper\"><img class=\"avatar\" src=\"/img/%d.jpg\" alt=\"\"></div><div class=\"reply__byline\"><a class=\"js_link\" href=\"/people/%s\">%s</a>"
                "<span class=\"reply__time\"><a href=\"/%d\"><time datetime=\"%s:00-05:00\">%d/%d/%02d %d:%02d%s</time></a></span></div></header>"
                "<div class=\"reply__content js_reply-content\">%s</div><footer class=\"reply__footer\">%s<button class=\"js_reply-to-selected-post\">Reply</button></footer></article>"
                "%s</li>") % (
            c["id"], esc(c["author"]), depth, c["id"] % 20, handle(c["author"]), esc(c["author"]), c["id"], t.strftime("%Y-%m-%dT%H:%M"), t.month, t.day, t.year % 100,
            t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm", paras(c), stars, "<ul class=\"replies\">%s</ul>" % sub if sub else "")
    body = base.story("Council cuts school crossing patrols to save 90,000 pounds") + (
        "<section class=\"js_comments-iframe discussion-region\"><h3 class=\"discussion-header\">Discussion</h3><div class=\"js_discussion-tabs\"><a>All replies</a> <a>Following</a></div>"
        "<ul class=\"js_reply-list reply-list\">%s</ul><button class=\"js_load-more\">Show more replies</button></section>") % "".join(one(i, 0) for i in kids(cs, None))
    return base.chrome("Council cuts school crossing patrols to save 90,000 pounds | Wexcombe Gazette", body)


def vuukle(cs):
    out = []
    def one(i):
        c = cs[i]
        t = c["time"]
        reply_to = ("<div class=\"v-comment__reply-to\">Reply to <span>%s</span></div>" % esc(cs[c["parent"]]["author"])) if c["parent"] is not None else ""
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"v-comment\" id=\"vk-%d\"><div class=\"v-comment__inner\"><div class=\"v-avatar\"><span class=\"v-avatar__initials\">%s</span></div>"
                "<div class=\"v-comment__main\"><div class=\"v-comment__top\"><span class=\"v-comment__name\">%s</span><span class=\"v-comment__dot\">&bull;</span>"
                "<span class=\"v-comment__ago\" title=\"%s\">%s</span></div>%s<div class=\"v-comment__text\">%s</div>"
                "<div class=\"v-comment__actions\"><button class=\"v-btn v-btn--up\" aria-label=\"Upvote\"><span>%d</span></button><button class=\"v-btn v-btn--down\" aria-label=\"Downvote\"><span>0</span></button>"
                "<button class=\"v-btn v-btn--reply\">Reply</button><button class=\"v-btn v-btn--share\">Share</button></div></div></div>"
                "%s</div>") % (
            c["id"], esc(c["author"][0].upper()), esc(c["author"]), t.strftime("%d %b %Y, %H:%M"), ago(t, NOW), reply_to, paras(c), c["likes"],
            "<div class=\"v-comment__replies\">%s</div>" % sub if sub else "")
    body = base.story("Parents fight plan to scrap lollipop patrols") + (
        "<div id=\"vuukle-comments\" class=\"vuukle-comments\"><div class=\"v-emotes\"><span>What is your reaction?</span><span>Happy 2</span><span>Angry 31</span></div>"
        "<div class=\"v-header\"><span class=\"v-header__count\">%d Comments</span><div class=\"v-sort\"><button>Best</button><button>Newest</button></div></div>"
        "<div class=\"v-editor\"><textarea placeholder=\"Write a comment...\"></textarea><button>Post</button></div><div class=\"v-list\">%s</div>"
        "<div class=\"v-powered\">Powered by <a>Vuukle</a></div></div>") % (len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.chrome("Parents fight plan to scrap lollipop patrols | Wexcombe Gazette", body)


def hashnode(cs):
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        likes = "<button aria-label=\"Like this comment\" class=\"flex items-center gap-1 text-slate-500\"><svg class=\"h-4 w-4\"></svg><span>%d</span></button>" % c["likes"] if c["likes"] else "<button aria-label=\"Like this comment\" class=\"flex items-center gap-1 text-slate-500\"><svg class=\"h-4 w-4\"></svg></button>"
        return ("<div class=\"flex flex-col gap-2 %s\" data-comment-id=\"%x\"><div class=\"flex flex-row items-center gap-3\"><a href=\"/@%s\" aria-label=\"%s's profile\" class=\"block h-8 w-8 rounded-full\"><img src=\"/u/%d.png\" alt=\"\" class=\"rounded-full\"></a>"
                "<div class=\"flex flex-col\"><a href=\"/@%s\" class=\"font-semibold text-slate-900\">%s</a><a href=\"#comment-%x\" class=\"text-sm text-slate-500\"><span>%s %d, %d</span></a></div></div>"
                "<div class=\"prose prose-slate max-w-none\">%s</div><div class=\"flex flex-row items-center gap-3\">%s<button class=\"text-sm text-slate-500\">Reply</button></div>"
                "%s</div>") % (
            "ml-8 border-l pl-4" if depth else "border-b py-4", c["id"] * 31, handle(c["author"]), esc(c["author"]), c["id"] % 9, handle(c["author"]), esc(c["author"]),
            c["id"] * 31, mon(t)[:3], t.day, t.year, paras(c), likes, "<div class=\"flex flex-col gap-4\">%s</div>" % sub if sub else "")
    body = ("<div class=\"blog-container\"><header class=\"border-b\"><a class=\"text-xl font-bold\" href=\"/\">School Run Notes</a><nav><a>Home</a> <a>Newsletter</a></nav></header>"
            "<main class=\"mx-auto max-w-3xl\"><article><h1 class=\"text-4xl font-extrabold\">Why the crossing patrol matters more than the budget line</h1><div class=\"text-slate-500\">Harriet Cole &middot; Nov 28, 2026 &middot; 3 min read</div>"
            "<div class=\"prose prose-lg\">%s</div></article><section id=\"comments\" class=\"mt-10\"><h3 class=\"text-xl font-bold\">Comments (%d)</h3>"
            "<div class=\"rounded-lg border p-4\"><textarea placeholder=\"Write a comment\"></textarea></div><div class=\"flex flex-col gap-6\">%s</div></section></main>"
            "<footer class=\"border-t\"><p>&copy; 2026 School Run Notes</p><p>Powered by Hashnode</p></footer></div>") % (
        "".join("<p>%s</p>" % esc(x) for x in ["The council wants to cut the school crossing patrols from April to save 90,000 pounds a year.",
                                                "Here is what that means at our gates, and why volunteers cannot simply fill the gap."]),
        len(cs), "".join(one(i, 0) for i in kids(cs, None)))
    return base.page_wrap("Why the crossing patrol matters more than the budget line", body)


def misskey(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"_panel xcSej\" tabindex=\"-1\"><article class=\"x5yeR\"><a class=\"xr3Cn _avatar\" href=\"/@%s\"><img class=\"xoUkF\" src=\"/proxy/avatar/%d.webp\" alt=\"\"></a>"
                "<div class=\"xfYzW\"><header class=\"xnV1m\"><a class=\"xjFcG\" href=\"/@%s\"><span class=\"xmdmN\">%s</span></a><span class=\"xhGqX\">@%s</span>"
                "<div class=\"xhmNs\"><a href=\"/notes/%x\"><time title=\"%s\">%s</time></a></div></header>"
                "<div class=\"xbj8T\"><div class=\"xxnhE\"><span>%s</span></div></div>"
                "<footer class=\"xpxNl\"><button class=\"_button\"><i class=\"ti ti-arrow-back-up\"></i></button><button class=\"_button\"><i class=\"ti ti-repeat\"></i></button>"
                "<button class=\"_button\"><i class=\"ti ti-plus\"></i>%s</button></footer></div></article>%s</div>") % (
            handle(c["author"]), c["id"] % 11, handle(c["author"]), esc(c["author"]), handle(c["author"]), c["id"] * 97, t.strftime("%Y/%m/%d %H:%M:%S"), base.ago(t, NOW).replace(" ago", " ago"),
            "<br><br>".join(esc(x) for x in c["paras"]), "<span class=\"xcount\">%d</span>" % c["likes"] if c["likes"] else "",
            "<div class=\"xwJ6q\">%s</div>" % sub if sub else "")
    body = ("<div id=\"misskey_app\"><div class=\"xnavbar\"><a class=\"xinstance\">town.social</a><a>Timeline</a><a>Notifications</a><a>Explore</a></div><main class=\"xmain\">"
            "<div class=\"_panel xnote-main\"><article><header><span>Harriet Cole</span> <span>@harrietcole</span></header><div>The council wants to cut the school crossing patrols from April. Parents, what do you think? #schoolrun</div></article></div>"
            "<div class=\"xreplies\">%s</div></main><div class=\"xwidgets\"><div class=\"_panel\"><h3>Trending</h3><p>#schoolrun #budget</p></div></div></div>") % "".join(one(i) for i in kids(cs, None))
    return base.page_wrap("Harriet Cole: \"The council wants to cut the school crossing patrols...\" | town.social", body)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        written.append(name)

    g = base.gold_of
    posts = base.forum_thread(9, opener="Harriet Cole")
    write("phorum", phorum(posts, "Crossing patrol cut from April"), g("phorum", "phorum", posts, True, False,
          note="every post a comment, the first too; 'Quote / <strong>X</strong>' boxes are not text, the quoted post is the parent; the user-info cell is not text"))
    cs = base.thread(12, max_depth=2)
    write("kinja", kinja(cs), g("kinja", "kinja", cs, False, True, zero_shown=False, note="nested ul.replies; data-author-name; '11/21/26 2:14pm' with datetime; star counts (none for 0)"))
    cs = base.thread(12, max_depth=2)
    write("vuukle", vuukle(cs), g("vuukle", "vuukle", cs, False, True, fetched=NOW, note="nested v-comment__replies; 'Reply to X' line is not text; relative times with the full time in title; upvote count (0 shown)"))
    cs = base.thread(11, max_depth=2)
    write("hashnode", hashnode(cs), g("hashnode", "hashnode", cs, False, True, times="date", zero_shown=False, note="utility classes only; nested flex-col; 'Nov 21, 2026'; like count (none for 0)"))
    cs = base.thread(11, max_depth=3)
    write("misskey", misskey(cs), g("misskey", "misskey", cs, False, True, zero_shown=False, fetched=NOW,
          note="hashed classes; the opening note is the article; nested replies; display name beside '@handle'; relative time with the full time in title; reaction count (none for 0)"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
