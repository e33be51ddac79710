#!/usr/bin/python3
"""Writes the EIGHTH held-out round (HTML + w3m dumps): 10 thread pages in systems no earlier set covers, scored on
main 21f930c before any rule for them, an estimate for unseen systems: Muut, GraphComment, Remarkbox, JustComments,
FastComments, Commentics, a Brightspot-style news CMS (flat list, depth in a data attribute and a margin), Cackle,
Schnack and YAF.NET (forum). Helpers and gold format from ../heldout5's generator; another topic (a bus route cut),
names and seed. Each page's `w3m -dump` goes to text/.
Usage: make_heldout8_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261212)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
base.SUBJECTS[:] = ["the number 14 bus", "the Sunday timetable", "the route change", "the bus station", "the fare rise",
                    "the night service", "the park and ride", "the operator's contract", "the hospital stop", "the subsidy"]
base.VIEWS[:] = ["leaves the villages stranded", "was cut without a word to riders", "is cheaper than it looks", "could run every two hours instead",
                 "was losing money for years", "hits shift workers hardest", "should go back to the county", "is the wrong saving"]
base.ASIDES[:] = ["I take it to work at six.", "The consultation closed on a Friday.", "My mother has no other way into town.",
                  "The figures are in the cabinet papers.", "Half the stops have no shelter anyway.", "I drove buses for the old operator.", "Nobody checks the tickets."]
base.STARTS[:] = ["To be fair", "As a daily rider", "With respect", "From the village end", "Speaking as a driver", "Frankly", "Oddly enough"]
base.NAMES[:] = ["Agnes Whitlock", "route14_regular", "Tomasz Kowal", "nightowl_nell", "Bilal Hussain", "Greta M", "ticket_tom", "Rosalind Abara",
                 "Deepak S", "busstop_bob", "Ffion Jones", "Marek"]
esc, paras, handle, mon, ampm, ago, kids = base.esc, base.paras, base.handle, base.mon, base.ampm, base.ago, base.kids
NOW = dt.datetime(2026, 12, 4, 9, 0)
STORY_T = "Council ends subsidy for the number 14 bus to the villages"


def muut(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"m-post%s\" id=\"%s-%d\"><div class=\"m-meta\"><a class=\"m-user\" href=\"#!/@%s\"><img class=\"m-avatar\" src=\"/a/%d.png\"></a>"
                "<span class=\"m-name\">%s</span> <a class=\"m-time\" title=\"%s\">%s</a></div><div class=\"m-body\">%s</div>"
                "<div class=\"m-actions\"><a class=\"m-like\"><span class=\"m-like-count\">%s</span> likes</a> <a class=\"m-reply\">Reply</a></div>%s</li>") % (
            " m-reply-post" if c["parent"] is not None else "", "bus", c["id"], handle(c["author"]), c["id"] % 8, esc(c["author"]), t.strftime("%a %b %d %Y %H:%M"),
            ago(t, NOW), paras(c), c["likes"], "<ul class=\"m-replies\">%s</ul>" % sub if sub else "")
    body = base.story(STORY_T) + ("<div class=\"muut m-online\"><div class=\"m-header\"><h3>Talk about this</h3><span>%d posts</span></div>"
                                  "<div class=\"m-input\"><textarea placeholder=\"Say something\"></textarea></div><ul class=\"m-posts\">%s</ul></div>") % (
        len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def graphcomment(cs):
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        return ("<div class=\"gc-comment gc-level-%d\" data-gc-id=\"5f%x\"><div class=\"gc-comment-head\"><div class=\"gc-avatar\"><img src=\"/gc/%d.jpg\"></div>"
                "<div class=\"gc-user\"><span class=\"gc-username\">%s</span><span class=\"gc-badge\">Level %d</span></div><span class=\"gc-date\" data-date=\"%s\">%s</span></div>"
                "<div class=\"gc-comment-content\">%s</div><div class=\"gc-comment-foot\"><button class=\"gc-vote-up\">%d</button><button class=\"gc-vote-down\"></button>"
                "<button class=\"gc-reply-btn\">Reply</button><button class=\"gc-share\">Share</button></div>%s</div>") % (
            depth, c["id"] * 13, c["id"] % 5, esc(c["author"]), 1 + c["id"] % 4, t.strftime("%Y-%m-%dT%H:%M:00.000Z"), ago(t, NOW), paras(c), c["likes"],
            "<div class=\"gc-children\">%s</div>" % sub if sub else "")
    body = base.story(STORY_T) + ("<div id=\"graphcomment\" class=\"gc-thread\"><div class=\"gc-top\"><span>%d comments</span><span class=\"gc-sort\">Sort by: Best</span></div>"
                                  "<div class=\"gc-list\">%s</div><div class=\"gc-branding\">GraphComment</div></div>") % (len(cs), "".join(one(i, 0) for i in kids(cs, None)))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def remarkbox(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"node\" id=\"%08x-rb\"><div class=\"node-meta\"><a class=\"node-user\">%s</a> &middot; <a class=\"node-permalink\" href=\"#%08x-rb\">%s %d, %d at %s</a>"
                " &middot; <span class=\"node-votes\">%d points</span></div><div class=\"node-data\">%s</div>"
                "<div class=\"node-links\"><a>reply</a> <a>edit</a> <a>flag</a></div><div class=\"node-children\">%s</div></div>") % (
            c["id"] * 7919, esc(c["author"]), c["id"] * 7919, mon(t)[:3], t.day, t.year, ampm(t, "", True), c["likes"], paras(c), sub)
    body = base.story(STORY_T) + ("<iframe-content id=\"remarkbox-div\"><div class=\"rb-header\"><a>Remarkbox</a> &middot; <a>Log in</a></div>"
                                  "<form><textarea placeholder=\"Leave a remark\"></textarea><button>Post</button></form><div class=\"nodes\">%s</div></iframe-content>") % "".join(
        one(i) for i in kids(cs, None))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def justcomments(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"jcomments-comment\" data-id=\"jc%d\"><div class=\"jcomments-avatar\"><img src=\"/jc/%d.png\" alt=\"\"></div><div class=\"jcomments-main\">"
                "<div class=\"jcomments-head\"><b class=\"jcomments-username\">%s</b><span class=\"jcomments-date\">%02d.%02d.%d, %02d:%02d</span></div>"
                "<div class=\"jcomments-text\">%s</div><div class=\"jcomments-actions\"><a class=\"jcomments-reply\">Reply</a></div></div>"
                "%s</div>") % (c["id"], c["id"] % 6, esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute, paras(c),
                               "<div class=\"jcomments-replies\">%s</div>" % sub if sub else "")
    body = ("<div class=\"site\"><header><a href=\"/\">Rider's Log</a> <nav><a>Posts</a> <a>About</a></nav></header><main><article><h1>The 14 is going, and nobody asked us</h1>"
            "<p class=\"meta\">Agnes Whitlock, 28 November 2026</p><p>The council has ended its subsidy for the number 14, the only bus from the villages into town.</p>"
            "<p>Here is what the cabinet papers say, and what they leave out.</p></article><section class=\"comments\"><h2>Comments</h2>"
            "<div id=\"jc\" class=\"jcomments\"><div class=\"jcomments-form\"><input placeholder=\"Name\"><textarea placeholder=\"Your comment\"></textarea><button>Send</button></div>"
            "<div class=\"jcomments-list\">%s</div><div class=\"jcomments-footer\">Powered by JustComments</div></div></section></main><footer>&copy; Rider's Log</footer></div>") % "".join(
        one(i) for i in kids(cs, None))
    return base.page_wrap("The 14 is going, and nobody asked us - Rider's Log", body)


def fastcomments(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"comment\" id=\"comment-fc%d\"><div class=\"comment-header\"><div class=\"avatar-wrapper\"><img class=\"avatar\" src=\"/fc/%d.png\"></div>"
                "<div class=\"commenter-name\">%s</div><a class=\"comment-date\" href=\"#comment-fc%d\" title=\"%s\">%s</a></div>"
                "<div class=\"comment-text\">%s</div><div class=\"comment-toolbar\"><div class=\"votes\"><span class=\"vote-up\">&#9650; %d</span><span class=\"vote-down\">&#9660; 0</span></div>"
                "<a class=\"comment-reply-start\">Reply</a></div>%s</div>") % (
            c["id"], c["id"] % 7, esc(c["author"]), c["id"], t.strftime("%m/%d/%Y, %I:%M:%S %p"), ago(t, NOW), paras(c), c["likes"],
            "<div class=\"comment-children\">%s</div>" % sub if sub else "")
    body = base.story(STORY_T) + ("<div id=\"fastcomments-widget\" class=\"fast-comments\"><div class=\"comment-count\">%d Comments</div><div class=\"reply-form\"><textarea></textarea>"
                                  "<button>Submit</button></div><div class=\"comments\">%s</div></div>") % (len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def commentics(cs):
    def one(i, depth):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k, depth + 1) for k in kids(cs, i))
        return ("<section class=\"cmtx_comment_section\"><div class=\"cmtx_comment_box cmtx_clear\" data-cmtx-comment-id=\"%d\" data-cmtx-reply-depth=\"%d\">"
                "<div class=\"cmtx_content_area reply_indent_%d\"><div class=\"cmtx_user_and_rating_area\"><span class=\"cmtx_name\"><span class=\"cmtx_name_text\">%s</span></span>"
                "<span class=\"cmtx_location\">Wexcombe</span></div><div class=\"cmtx_comment_area\"><div class=\"cmtx_comment\">%s</div></div>"
                "<div class=\"cmtx_date_area\"><span class=\"cmtx_date\">%d/%d/%d</span> <span class=\"cmtx_time\">%s</span></div>"
                "<div class=\"cmtx_action_area\"><div class=\"cmtx_like_block\"><a class=\"cmtx_vote_link cmtx_like_link\" title=\"Like\"><span class=\"cmtx_icon cmtx_like_icon\"></span>"
                "<span class=\"cmtx_vote_count cmtx_like_count\">%d</span></a></div><div class=\"cmtx_reply_block\"><a class=\"cmtx_reply_link\">Reply</a></div></div></div>"
                "<div class=\"cmtx_reply_area\">%s</div></div></section>") % (
            c["id"], depth, depth, esc(c["author"]), "<br>".join(esc(x) for x in c["paras"]), t.day, t.month, t.year, ampm(t, "", True), c["likes"], sub)
    body = base.story(STORY_T) + ("<div id=\"commentics\" class=\"cmtx_container\"><h3 class=\"cmtx_comments_heading\">Comments</h3><div class=\"cmtx_comments_container\">%s</div>"
                                  "<div class=\"cmtx_form_container\"><h3>Add Comment</h3><textarea></textarea></div><div class=\"cmtx_powered_by\">Powered by Commentics</div></div>") % (
        "".join(one(i, 0) for i in kids(cs, None)))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def brightspot(cs):
    out = []
    for i, c in enumerate(cs):
        t = c["time"]
        out.append(("<div class=\"CommentItem\" data-comment-id=\"%d\" data-depth=\"%d\" style=\"margin-left:%dpx\"><div class=\"CommentItem-meta\">"
                    "<span class=\"CommentItem-authorName\">%s</span><span class=\"CommentItem-date\">%s %d, %d %s</span></div>"
                    "<div class=\"CommentItem-body RichTextBody\">%s</div><div class=\"CommentItem-actions\"><button class=\"CommentItem-respect\">Respect <span>%d</span></button>"
                    "<button class=\"CommentItem-reply\">Reply</button><button class=\"CommentItem-report\">Report</button></div></div>") % (
            c["id"], c["depth"], 32 * c["depth"], esc(c["author"]), mon(t)[:3] + ".", t.day, t.year, ampm(t, " ", True).replace("am", "a.m.").replace("pm", "p.m."),
            paras(c), c["likes"]))
    body = base.story(STORY_T) + ("<div class=\"CommentsModule\"><div class=\"CommentsModule-title\">Conversation</div><div class=\"CommentsModule-count\">%d comments</div>"
                                  "<div class=\"CommentsModule-items\">%s</div><div class=\"CommentsModule-guidelines\">Read our community guidelines.</div></div>") % (len(cs), "".join(out))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def cackle(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"mc-comment\" id=\"mc-comment-%d\"><div class=\"mc-comment-wrap\"><div class=\"mc-comment-avatar\"><img src=\"/mc/%d.png\"></div>"
                "<div class=\"mc-comment-body\"><div class=\"mc-comment-head\"><span class=\"mc-comment-author\">%s</span><span class=\"mc-comment-created\">%d %s %d, %02d:%02d</span></div>"
                "<div class=\"mc-comment-msg\">%s</div><div class=\"mc-comment-footer\"><a class=\"mc-comment-reply\">Reply</a>"
                "<span class=\"mc-comment-votes\"><a class=\"mc-comment-voteup\">+</a><span class=\"mc-comment-rating\">%s</span><a class=\"mc-comment-votedown\">&minus;</a></span></div></div></div>"
                "%s</div>") % (c["id"], c["id"] % 6, esc(c["author"]), t.day, mon(t), t.year, t.hour, t.minute, paras(c), ("+%d" % c["likes"]) if c["likes"] else "0",
                               "<div class=\"mc-comment-childs\">%s</div>" % sub if sub else "")
    body = base.story(STORY_T) + ("<div id=\"mc-container\"><div class=\"mc-header\"><span class=\"mc-count\">%d comments</span><a class=\"mc-login\">Log in</a></div>"
                                  "<div class=\"mc-form\"><textarea placeholder=\"Write a comment\"></textarea></div><div class=\"mc-comments\">%s</div>"
                                  "<a class=\"mc-copyright\">Cackle comments</a></div>") % (len(cs), "".join(one(i) for i in kids(cs, None)))
    return base.chrome(STORY_T + " | Wexcombe Gazette", body)


def schnack(cs):
    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li id=\"comment-%d\" data-id=\"%d\" class=\"schnack-comment\"><div class=\"schnack-dateline\"><span class=\"schnack-author\">%s</span>"
                "<span class=\"schnack-date\"><a href=\"#comment-%d\">%s %d, %d</a></span></div><blockquote class=\"schnack-body\">%s</blockquote>"
                "<button class=\"schnack-reply\" data-reply-to=\"%d\">reply</button>%s</li>") % (
            c["id"], c["id"], esc(c["author"]), c["id"], mon(t)[:3], t.day, t.year, paras(c), c["id"],
            "<ul class=\"schnack-comments\">%s</ul>" % sub if sub else "")
    body = ("<div class=\"blog\"><header><a href=\"/\">notes from the last stop</a></header><main><article><h1>Last bus from Eastfield</h1><p class=\"byline\">30 Nov 2026</p>"
            "<p>The number 14 runs for the last time in January. I rode it end to end on Saturday and talked to everyone who would talk back.</p>"
            "<p>Most of them had not heard it was going.</p></article><div class=\"comments-go-here\"><div class=\"schnack-above\"><a class=\"schnack-signin-github\">sign in with github</a></div>"
            "<ul class=\"schnack-comments\">%s</ul></div></main><footer><p>No tracking here.</p></footer></div>") % "".join(one(i) for i in kids(cs, None))
    return base.page_wrap("Last bus from Eastfield - notes from the last stop", body)


def yafnet(posts, subject):
    out = []
    for i, c in enumerate(posts):
        t = c["time"]
        quote = ""
        if c["quote"]:
            p = posts[c["parent"]]
            quote = ("<div class=\"card bg-light mb-3\"><div class=\"card-header\">Originally Posted by: <a href=\"/profile/%d-%s\">%s</a> <a href=\"#post%d\"><i class=\"fa fa-arrow-circle-up\"></i></a></div>"
                     "<div class=\"card-body\"><p class=\"card-text\">%s</p></div></div>") % (
                300 + base.NAMES.index(p["author"]), handle(p["author"]), esc(p["author"]), p["id"], esc(c["quote"]))
        out.append(("<div class=\"row\" id=\"post%d\"><div class=\"col\"><div class=\"card mb-3\"><div class=\"card-header\"><div class=\"d-flex\">"
                    "<a class=\"dropdown-toggle\" href=\"/profile/%d-%s\">%s</a><span class=\"badge bg-secondary ms-2\">%s</span>"
                    "<span class=\"ms-auto\"><a href=\"/Posts/m%d-%s#post%d\"><span class=\"popover-timeago\" title=\"%s\">%s %d, %d %s</span></a></span></div></div>"
                    "<div class=\"card-body\"><div class=\"message-body\">%s%s</div></div><div class=\"card-footer\"><div class=\"d-flex\"><span class=\"text-muted\">Joined: %s %d &middot; Posts: %d</span>"
                    "<div class=\"ms-auto\"><a class=\"btn btn-link\">Thank</a> <a class=\"btn btn-link\">Quote</a> <a class=\"btn btn-link\">Reply</a></div></div></div></div></div></div>") % (
            c["id"], 300 + base.NAMES.index(c["author"]), handle(c["author"]), esc(c["author"]), R.choice(["Newbie", "Advanced Member", "Rank: Member"]),
            c["id"], handle(subject), c["id"], t.strftime("%A, %B %d, %Y %I:%M:%S %p"), mon(t)[:3], t.day, t.year, ampm(t), quote,
            "<br><br>".join(esc(x) for x in c["paras"]), mon(t)[:3], 2015 + c["id"] % 9, R.randint(3, 2000)))
    body = ("<nav class=\"navbar\"><a class=\"navbar-brand\">Wexcombe Talk</a><a>Forums</a> <a>Active Topics</a> <a>Search</a> <a>Login</a> <a>Register</a></nav>"
            "<ol class=\"breadcrumb\"><li><a>Forum</a></li><li><a>Transport</a></li><li>%s</li></ol><h2>%s</h2>%s"
            "<div class=\"row\"><div class=\"col\"><small>Users browsing this topic: Guest (3)</small></div></div><footer class=\"footer\">Powered by YAF.NET</footer>") % (
        esc(subject), esc(subject), "".join(out))
    return base.page_wrap("%s - Wexcombe Talk" % subject, body)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "text"), exist_ok=True)
    written = []

    def write(name, html_, gold):
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"),
                              capture_output=True, check=True).stdout
        with open(os.path.join(OUT, "text", name + ".txt"), "wb") as f:
            f.write(dump)
        written.append(name)

    g = base.gold_of
    cs = base.thread(12, max_depth=2)
    write("muut", muut(cs), g("muut", "muut", cs, False, True, fetched=NOW, note="nested ul.m-replies; relative time with the full time in title; 'n likes'"))
    cs = base.thread(12, max_depth=3)
    write("graphcomment", graphcomment(cs), g("graphcomment", "graphcomment", cs, False, True, fetched=NOW,
          note="nested gc-children; ISO time in data-date, relative shown; 'Level n' badge is not the name; vote-up count"))
    cs = base.thread(11, max_depth=3)
    write("remarkbox", remarkbox(cs), g("remarkbox", "remarkbox", cs, False, True, note="nested node-children (empty when none); 'Nov 21, 2026 at 2:14pm'; 'n points'"))
    cs = base.thread(10, max_depth=2, likes=False)
    write("justcomments", justcomments(cs), g("justcomments", "justcomments", cs, False, False, note="nested jcomments-replies; '21.11.2026, 14:14'; no likes"))
    cs = base.thread(12, max_depth=2)
    write("fastcomments", fastcomments(cs), g("fastcomments", "fastcomments", cs, False, True, fetched=NOW,
          note="nested comment-children; relative time with a US time in title; up-vote count"))
    cs = base.thread(11, max_depth=2)
    write("commentics", commentics(cs), g("commentics", "commentics", cs, False, True,
          note="nested cmtx_reply_area; date after the text '21/11/2026' '2:14pm' (d/m/y); like count; location is not text"))
    cs = base.thread(13, max_depth=3)
    write("brightspot", brightspot(cs), g("brightspot", "brightspot", cs, False, True,
          note="FLAT list in page order; depth only in data-depth and margin-left; 'Nov. 21, 2026 2:14 p.m.'; 'Respect n'"))
    cs = base.thread(11, max_depth=2)
    write("cackle", cackle(cs), g("cackle", "cackle", cs, False, True, note="nested mc-comment-childs; '21 November 2026, 14:14'; rating '+n' (0 for none)"))
    cs = base.thread(10, max_depth=3, likes=False)
    write("schnack", schnack(cs), g("schnack", "schnack", cs, False, False, times="date", note="nested ul.schnack-comments; text in blockquote; date only"))
    posts = base.forum_thread(9, opener="Agnes Whitlock")
    write("yafnet", yafnet(posts, "Number 14 bus subsidy ends in January"), g("yafnet", "yafnet", posts, True, False,
          note="every post a comment, the first too; 'Originally Posted by: X' card is not text, the quoted post is the parent; rank badge and Joined/Posts line are not text"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
