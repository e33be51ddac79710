#!/usr/bin/python3
"""Writes a second set of the fifth text round (heldout5b-text), written after ../heldout5-text had been worked on,
when it turned out that the HTML round written at the same time (../heldout5) used seven of heldout5-text's nine
systems: six more comment and forum systems that no gold set covers (Mantis bug notes, Launchpad bug comments, a
Gitea issue, Phorum's flat view, Canvas LMS discussions, Commentics), measured before any rule was changed for them on
both main and the text5 branch, so that the branch's text path has an estimate on systems it never saw.
Helpers (thread shapes, sentences, page frame) come from ../heldout5-text's generator; its own seed here.
Usage: make_heldout5b_text_pages.py [OUT_DIR]"""
import datetime as dt
import importlib.util
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("h5", os.path.join(HERE, "..", "heldout5-text", "make_heldout5_text_pages.py"))
h5 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(h5)
h5.R = random.Random(20261209)
R = h5.R
esc, paras, handle, page, ago, STORY, TITLE = h5.esc, h5.paras, h5.handle, h5.page, h5.ago, h5.STORY, h5.TITLE
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE


def story_html():
    return "".join("<p>%s</p>" % esc(p) for p in STORY)


def mantis(cs):
    """Mantis bug tracker: bug notes in a table, each row the reporter cell (avatar, name, role, date, "~0009300"
    note link) beside the note; a note answering someone opens with "@name". Flat."""
    out = []
    for c in cs:
        mention = ("<a href=\"/view_user_page.php?id=%d\">@%s</a> " % (40 + c["parent"]["i"], esc(handle(c["parent"])))
                   if c["parent"] is not None else "")
        body = "<br><br>".join((mention if k == 0 else "") + esc(p) for k, p in enumerate(c["paras"]))
        out.append(("<tr class=\"bugnote\" id=\"c%d\"><td class=\"bugnote-meta\"><img class=\"avatar\" src=\"/av/%d.png\" alt=\"\">"
                    "<p class=\"compact\"><span class=\"small bold\"><a href=\"/view_user_page.php?id=%d\">%s</a></span> "
                    "<span class=\"small\">(developer)</span></p><p class=\"compact\"><i class=\"fa fa-clock-o\"></i> "
                    "<span class=\"small\">%s</span></p><p class=\"compact\"><a href=\"#c%d\" class=\"lighter small\">~%07d</a></p></td>"
                    "<td class=\"bugnote-note bugnote-public\">%s</td></tr><tr class=\"spacer\"><td colspan=\"2\"></td></tr>") % (
            c["i"], c["i"], 40 + c["i"], esc(handle(c)), c["time"].strftime("%Y-%m-%d %H:%M"), 9300 + c["i"], 9300 + c["i"], body))
    body = ("<div class=\"widget-box\"><h4>View Issue Details</h4><table class=\"table\"><tr><th>ID</th><th>Project</th><th>Category</th>"
            "<th>Date Submitted</th></tr><tr><td>0004410</td><td>Allotments</td><td>Water</td><td>2026-11-28 08:00</td></tr>"
            "<tr><th>Summary</th><td colspan=\"3\">0004410: %s</td></tr><tr><th>Description</th><td colspan=\"3\">%s</td></tr></table></div>"
            "<div class=\"widget-box\" id=\"bugnotes\"><h4>Activities</h4><table class=\"table table-bordered\">%s</table></div>"
            "<div class=\"widget-box\"><h4>Add Note</h4><textarea></textarea><input type=\"submit\" value=\"Add Note\"></div>") % (
        esc(TITLE), story_html(), "".join(out))
    head = "<div id=\"navbar\"><a class=\"navbar-brand\">MantisBT</a> <a>My View</a> <a>View Issues</a> <a>Report Issue</a> <a>Login</a></div>"
    foot = "<div class=\"footer\">Powered by Mantis Bug Tracker</div>"
    return page("0004410: " + TITLE + " - MantisBT", head, body, foot)


def launchpad(cs):
    """Launchpad bug comments: each 'Ann Lee (annlee) wrote on 2026-11-28: #3' over the text, a reply opening with
    'Replying to Ann Lee's comment #2:' style cue is rare; here replies quote the parent's first line with '> '. Flat."""
    out = []
    for c in cs:
        q = ""
        if c["parent"] is not None:
            p = c["parent"]
            q = "<span class=\"foldable-quoted\">&gt; %s<br></span><br>" % esc(p["paras"][0])
        out.append(("<div class=\"boardComment\" itemprop=\"comment\"><div class=\"boardCommentDetails\"><table><tr><td>"
                    "<a href=\"/~%s\" class=\"sprite person\">%s (%s)</a> wrote <span title=\"%s\">on %s</span>:</td>"
                    "<td class=\"bug-comment-index\"><a href=\"/bugs/4410/comments/%d\">#%d</a></td></tr></table></div>"
                    "<div class=\"boardCommentBody\" itemprop=\"commentText\"><div class=\"comment-text\">%s%s</div></div>"
                    "<div class=\"boardCommentFooter\"><a>Hide</a></div></div>") % (
            handle(c), esc(c["author"]), handle(c), c["time"].strftime("%Y-%m-%d %H:%M:%S UTC"), c["time"].strftime("%Y-%m-%d"),
            c["i"] + 1, c["i"] + 1, q, "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<div class=\"top-portlet\"><h1>Bug #4410 \u201c%s\u201d</h1><p>Reported by <a>Ruth Allbright</a> on 2026-11-28</p></div>"
            "<div id=\"maincontent\"><div class=\"report\"><h2>Bug Description</h2>%s</div>"
            "<table class=\"listing\"><tr><th>Affects</th><th>Status</th><th>Importance</th></tr><tr><td>Village allotments</td><td>Triaged</td><td>Medium</td></tr></table>"
            "<div id=\"comments\">%s</div><div><h2>To post a comment you must log in.</h2></div></div>") % (
        esc(TITLE), story_html(), "".join(out))
    head = "<div id=\"locationbar\"><a>Launchpad</a> <a>Log in / Register</a></div>"
    foot = "<div id=\"footer\"><a>&copy; 2004-2026 Canonical Ltd.</a> <a>Terms of use</a> <a>Data privacy</a></div>"
    return page("Bug #4410 \u201c" + TITLE + "\u201d : Bugs : Village allotments", head, body, foot)


def gitea(cs):
    """Gitea issue: timeline of comments, each header 'Ann commented 3 days ago' with a role badge and a '...' menu;
    a reply quotes its parent's first paragraph as a '> ' blockquote (rendered as a blockquote). Flat."""
    out = []
    for c in cs:
        q = ("<blockquote><p>%s</p></blockquote>" % esc(c["parent"]["paras"][0])) if c["parent"] is not None else ""
        out.append(("<div class=\"timeline-item comment\" id=\"issuecomment-%d\"><a class=\"timeline-avatar\"><img src=\"/a/%d.png\" alt=\"\"></a>"
                    "<div class=\"content comment-container\"><div class=\"ui top attached header comment-header\"><div class=\"comment-header-left\">"
                    "<span class=\"text grey\"><a class=\"author\" href=\"/%s\">%s</a> commented <span class=\"time-since\" title=\"%s\">%s</span></span></div>"
                    "<div class=\"comment-header-right\"><div class=\"ui basic label\">Member</div> <a class=\"context-menu\">&middot;&middot;&middot;</a></div></div>"
                    "<div class=\"ui attached segment comment-body\"><div class=\"render-content markup\">%s%s</div></div>"
                    "<div class=\"bottom-reactions\"><a class=\"ui label\">\U0001F44D %d</a></div></div></div>") % (
            8800 + c["i"], c["i"], handle(c), handle(c), c["time"].strftime("%a, %d %b %Y %H:%M:%S UTC"), ago(c["time"]),
            q, paras(c), c["likes"]))
    body = ("<div class=\"repository view issue\"><div class=\"issue-title\"><h1>%s <span class=\"index\">#318</span></h1></div>"
            "<div class=\"issue-title-meta\"><div class=\"ui green label\">Open</div> <a>ruth</a> opened this issue 8 days ago &middot; %d comments</div>"
            "<div class=\"timeline\"><div class=\"timeline-item comment first\"><div class=\"render-content markup\">%s</div></div>%s</div>"
            "<div class=\"ui warning message\">Sign in to join this conversation.</div></div>") % (
        esc(TITLE), len(cs), story_html(), "".join(out))
    head = "<div class=\"ui secondary menu\"><a>Explore</a> <a>Help</a> <a>Register</a> <a>Sign In</a></div>"
    foot = "<footer class=\"page-footer\">Powered by Gitea Version: 1.22.3 Page: 42ms Template: 6ms</footer>"
    return page(TITLE + " - village/allotments - Gitea", head, body, foot)


def phorum(ps):
    """Phorum flat view: each message a table with 'Re: Water charge from April', 'Posted by: Ann (IP logged)',
    'Date: November 28, 2026 03:12PM', the body, and a quote 'Quote\nAnn\n<words>' of the parent in a blockquote.
    Every post a comment."""
    out = []
    for c in ps:
        q = ""
        if c["parent"] is not None:
            p = c["parent"]
            q = "<blockquote class=\"bbcode\"><div><small>Quote<br></small><strong>%s</strong><br>%s</div></blockquote>" % (
                esc(p["author"]), esc(p["paras"][0]))
        out.append(("<div class=\"message\"><div class=\"generic\"><table border=\"0\" cellspacing=\"0\"><tr><td width=\"100%%\">"
                    "<div class=\"message-subject\"><a name=\"msg-%d\"></a>%s</div><div class=\"message-user\">Posted by: <a href=\"/profile.php?%d\">%s</a> (IP Logged)</div>"
                    "<div class=\"message-date\">Date: %s</div></td><td class=\"message-user-info\" nowrap=\"nowrap\">Registered: 3 years ago<br>Posts: %d</td></tr></table></div>"
                    "<div class=\"message-body\">%s%s</div><div class=\"message-options\"><a>Reply</a> <a>Quote</a> <a>Report</a></div></div>") % (
            5600 + c["i"], "Water charge from April" if c["i"] == 0 else "Re: Water charge from April", 30 + c["i"], esc(c["author"]),
            c["time"].strftime("%B %d, %Y %I:%M%p"), R.randint(3, 700), q, "<br><br>".join(esc(p) for p in c["paras"])))
    body = ("<div class=\"nav\"><a>Forum List</a> &raquo; <a>Allotments</a> &raquo; <a>Committee</a></div>"
            "<div class=\"nav\"><a>New Topic</a> <a>Flat View</a> <a>Threaded View</a></div>%s"
            "<div class=\"nav\"><a>Newer Topic</a> <a>Older Topic</a></div><p>Sorry, only registered users may post in this forum.</p>") % "".join(out)
    head = "<div id=\"phorum-logo\"><a>Mill Lane Forums</a></div><div class=\"nav\"><a>Log In</a> <a>Register</a> <a>Search</a></div>"
    foot = "<div id=\"footer-plug\">This forum powered by Phorum.</div>"
    return page("Water charge from April - Mill Lane Forums", head, body, foot)


def canvas(cs):
    """Canvas LMS discussion: the topic is the article; entries in nested ul.discussion-entries (w3m indents nested
    lists), each 'Ann Lee' author link, 'Nov 28, 2026 3:12pm' date, the message, 'Reply | 3 likes'."""
    def one(c):
        sub = ("<ul class=\"discussion-entries\">%s</ul>" % "".join(one(k) for k in c["kids"])) if c["kids"] else ""
        return ("<li class=\"entry\" id=\"entry-%d\"><article class=\"discussion_entry\"><div class=\"discussion-header\">"
                "<a class=\"avatar\"><span class=\"screenreader-only\">%s</span></a><h2 class=\"discussion-title\">"
                "<a class=\"author\" href=\"/courses/3/users/%d\">%s</a></h2><div class=\"discussion-header-right\">"
                "<span class=\"discussion-pubdate\">%s</span></div></div><div class=\"discussion-section message_wrapper\">"
                "<div class=\"message user_content\">%s</div></div><footer class=\"discussion-footer\"><a class=\"discussion-reply-action\">Reply</a>"
                " | <span class=\"discussion-rate-action\">%d likes</span></footer></article>%s</li>") % (
            7400 + c["i"], esc(c["author"]), 60 + c["i"], esc(c["author"]),
            c["time"].strftime("%b %-d, %Y %-I:%M%p").replace("AM", "am").replace("PM", "pm"), paras(c), c["likes"], sub)
    roots = [c for c in cs if c["parent"] is None]
    body = ("<div id=\"breadcrumbs\"><a>Allotment Committee</a> &gt; <a>Discussions</a> &gt; Water charge</div>"
            "<div id=\"discussion_topic\"><h1 class=\"discussion-title\">%s</h1><div class=\"discussion-pubdate\">Nov 28, 2026 8:00am</div>"
            "<div class=\"message user_content\">%s</div></div><div id=\"discussion_subentries\"><h2>Replies</h2>"
            "<ul class=\"discussion-entries\">%s</ul></div>") % (esc(TITLE), story_html(), "".join(one(c) for c in roots))
    head = "<header id=\"header\"><a class=\"ic-app-header__logomark\">Canvas</a> <a>Account</a> <a>Dashboard</a> <a>Courses</a> <a>Calendar</a></header>"
    foot = "<footer id=\"footer\"><a>Privacy policy</a> <a>Cookie notice</a> <a>Acceptable use policy</a></footer>"
    return page("Topic: " + TITLE, head, body, foot)


def commentics(cs):
    """Commentics (PHP comment script): flat list of comments with 'Ann Lee' name, location, date '28/11/2026
    15:12', text, 'Like 3 Dislike 0 Reply Share Flag'; replies nested in div.cmtx_reply_section (CSS indent only);
    a reply shows 'In reply to Ann Lee' under its name."""
    def one(c):
        sub = "".join(one(k) for k in c["kids"])
        irt = ("<div class=\"cmtx_reply_to\">In reply to <a href=\"#cmtx_perm_%d\">%s</a></div>" % (c["parent"]["i"], esc(c["parent"]["author"]))
               if c["parent"] is not None else "")
        return ("<div class=\"cmtx_comment_box%s\" id=\"cmtx_perm_%d\"><div class=\"cmtx_content_area\"><div class=\"cmtx_user_and_rating_area\">"
                "<span class=\"cmtx_name\"><span class=\"cmtx_name_text\">%s</span></span> <span class=\"cmtx_town\">Mill Lane</span></div>%s"
                "<div class=\"cmtx_date_area\"><span class=\"cmtx_date_text\">%s</span></div><div class=\"cmtx_comment_area\">%s</div>"
                "<div class=\"cmtx_action_area\"><div class=\"cmtx_like_area\"><a class=\"cmtx_vote_link\" title=\"Like\">Like %d</a></div>"
                "<div class=\"cmtx_dislike_area\"><a title=\"Dislike\">Dislike 0</a></div> <a class=\"cmtx_reply_link\">Reply</a> <a>Share</a> <a>Flag</a></div>"
                "</div></div>%s") % (
            " cmtx_reply_section" if c["parent"] is not None else "", c["i"], esc(c["author"]), irt,
            c["time"].strftime("%d/%m/%Y %H:%M"), paras(c), c["likes"], sub)
    roots = [c for c in cs if c["parent"] is None]
    body = ("<article><h1>%s</h1><p class=\"meta\">By Ruth Allbright, 28 November 2026</p>%s</article>"
            "<div id=\"cmtx_container\" class=\"cmtx_container\"><h2 class=\"cmtx_comments_heading\">Comments (%d)</h2>"
            "<div class=\"cmtx_comments_container\">%s</div><div class=\"cmtx_form_container\"><h3>Leave a Comment</h3>"
            "<form><input name=\"cmtx_name\" placeholder=\"Name\"><textarea></textarea><input type=\"submit\" value=\"Submit\"></form></div>"
            "<div class=\"cmtx_powered_by\">Powered by Commentics</div></div>") % (esc(TITLE), story_html(), len(cs), "".join(one(c) for c in roots))
    head = "<header><a class=\"logo\">Mill Lane Village News</a><nav><a>Home</a> <a>News</a> <a>Events</a> <a>Contact</a></nav></header>"
    foot = "<footer><p>&copy; 2026 Mill Lane Village News</p></footer>"
    return page(TITLE + " | Mill Lane Village News", head, body, foot)


def main():
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "text"), exist_ok=True)

    def write(name, html_, gold):
        gold["page"] = {"file": "pages/%s.html" % name}
        with open(os.path.join(OUT, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"),
                              capture_output=True, check=True).stdout
        with open(os.path.join(OUT, "text", name + ".txt"), "wb") as f:
            f.write(dump)

    cs = h5.flat(11, reply_rate=0.5, likes=False)
    for c in cs:
        c["author"] = handle(c)
    write("mantis", mantis(cs), h5.gold_of("mantis", "mantis", cs, False, likes=False,
          note="flat bug notes, the reporter cell beside each note; a reply opens with '@name' (not text)"))
    cs = h5.flat(10, reply_rate=0.5, likes=False)
    write("launchpad", launchpad(cs), h5.gold_of("launchpad", "launchpad", cs, False, likes=False, date_only=True,
          note="'Name (handle) wrote on <date>: #N'; a reply quotes its parent's first paragraph in '> ' (not text)"))
    cs = h5.flat(11, reply_rate=0.5)
    for c in cs:
        c["author"] = handle(c)
    write("gitea", gitea(cs), h5.gold_of("gitea", "gitea", cs, False, relative=True,
          note="'name commented 3 days ago'; a reply quotes its parent's first paragraph as a blockquote (not text); thumbs-up is likes"))
    ps = h5.flat(10, reply_rate=0.5, first_story=True, likes=False)
    write("phorum", phorum(ps), h5.gold_of("phorum", "phorum", ps, True, likes=False,
          note="every post a comment; 'Quote / Name / words' blockquote names the parent (not text)"))
    cs = h5.thread(13, max_depth=3, reply_rate=0.55)
    write("canvas", canvas(cs), h5.gold_of("canvas", "canvas", cs, False,
          note="nested ul of entries (w3m indents them); 'N likes' is likes"))
    cs = h5.thread(12, max_depth=2, reply_rate=0.5)
    write("commentics", commentics(cs), h5.gold_of("commentics", "commentics", cs, False,
          note="replies nested by CSS only, each with 'In reply to Name'; 'Like N' is likes; day-first dates"))


if __name__ == "__main__":
    main()
