#!/usr/bin/python3
"""Writes the FIFTEENTH forum round (folder heldout14-forums; HTML + w3m dumps): 9 thread pages in forum engines no earlier
gold folder covers (checked against ../DATASHEET.md, every ../*/README.md, the "system" fields and file names in ../*/):
Ikonboard 3, ElkArte 1.1, esoTalk, MesDiscussions (HFR, French chrome), phpwind 9 (Chinese chrome), a Zulip public
archive topic, AcmlmBoard/Jul, Forumotion's AwesomeBB theme and a Naver-Cafe-like board (Korean chrome). Every post is
a comment, the first one too; quoted earlier text, quote heads, signatures, edit notes and user panes are not a post's
text; the quoted post is the parent. Content and gold from ../heldout14/h14.py (seed 20261221, continued).
Usage: make_heldout14_forum_pages.py [OUT_DIR]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout14"))
import h14  # noqa: E402
from h14 import esc, handle, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
SUBJ = "Street lights off after midnight from February"
SIGS = [None, "Night shift since 2009.", None, "-- Mill Lane Residents' Association", None, None, "Cycle lights save lives.", None,
        "Sent from my phone", None, None, "Dark skies, safe streets", None, None, None, None, None, None, None, None]


def k_of(c):
    return h14.NAMES.index(c["author"]) if c["author"] in h14.NAMES else 0


def sig(c):
    return SIGS[k_of(c)]


def posts_n(c):
    return 7 + (k_of(c) * 211) % 3100


def br(c):
    return "<br><br>".join(esc(p) for p in c["paras"])


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def wrap(title, body, lang="en"):
    return "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (lang, esc(title), body)


def ikonboard(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<table border=\"0\" align=\"center\" width=\"95%%\" cellpadding=\"3\" cellspacing=\"1\"><tr><td><font size=\"1\"><b>Quote</b> (%s @ %s)</font></td></tr>"
                 "<tr><td class=\"quote\" id=\"QUOTE\">%s</td></tr></table><br>") % (esc(p["author"]), p["time"].strftime("%b. %d %Y,%H:%M"), esc(c["quote"]))
        s = ("<br><br>--------------<br>%s" % esc(sig(c))) if sig(c) else ""
        rows.append(("<table width=\"95%%\" cellpadding=\"0\" cellspacing=\"1\" border=\"0\" bgcolor=\"#999999\" align=\"center\"><tr><td>"
                     "<table width=\"100%%\" cellpadding=\"4\" cellspacing=\"1\" border=\"0\"><tr><td bgcolor=\"#%s\" valign=\"top\" width=\"18%%\"><a name=\"entry%d\"></a>"
                     "<font face=\"Verdana\" size=\"2\"><b>%s</b></font><br><font face=\"Verdana\" size=\"1\">%s<br><img src=\"/iB_html/non-cgi/Skin/Default/images/pip.gif\" border=\"0\"><br><br>"
                     "Group: Members<br>Posts: %d<br>Joined: %s<br>Member No.: %d</font></td>"
                     "<td bgcolor=\"#%s\" valign=\"top\" width=\"100%%\"><table width=\"100%%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\"><tr>"
                     "<td width=\"100%%\" valign=\"top\"><font face=\"Verdana\" size=\"1\"><img src=\"/iB_html/non-cgi/Skin/Default/images/posticon.gif\" border=\"0\"> <b>Posted on:</b> %s</font></td>"
                     "<td nowrap=\"nowrap\" align=\"right\"><font size=\"1\"><a href=\"#\">Quote</a> | <a href=\"#\">Edit</a> | <a href=\"#\">Report</a></font></td></tr></table><hr size=\"1\" width=\"100%%\">"
                     "<font face=\"Verdana\" size=\"2\">%s%s%s</font></td></tr>"
                     "<tr><td bgcolor=\"#%s\" nowrap=\"nowrap\"><font size=\"1\"><a href=\"#top\">Back to top</a></font></td><td bgcolor=\"#%s\"><font size=\"1\"><a>Profile</a> <a>PM</a> <a>Email</a> <a>AOL</a></font></td></tr>"
                     "</table></td></tr></table><br>") % (
            "DEDFDF" if i % 2 == 0 else "EEF2F7", c["id"], esc(c["author"]), ["Newbie", "Member", "Advanced Member", "Moderator"][k % 4], posts_n(c),
            "%s %d" % (["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."][k % 12], 2003 + k % 9), 100 + k * 37,
            "DEDFDF" if i % 2 == 0 else "EEF2F7", t.strftime("%b. %d %Y,%H:%M"), q, br(c), s, "DEDFDF" if i % 2 == 0 else "EEF2F7", "DEDFDF" if i % 2 == 0 else "EEF2F7"))
    body = ("<table width=\"95%%\" align=\"center\"><tr><td><img src=\"/iB_html/non-cgi/Skin/Default/images/logo4.gif\" alt=\"Mill Lane Board\"></td></tr></table>"
            "<table width=\"95%%\" align=\"center\"><tr><td><font size=\"2\"><a>Mill Lane Board</a> -&gt; <a>Town matters</a> -&gt; %s</font></td></tr></table>"
            "<table width=\"95%%\" align=\"center\"><tr><td><font size=\"1\">Pages: (1) [1]</font></td><td align=\"right\"><a>Reply</a> <a>New topic</a> <a>New poll</a></td></tr></table>"
            "<table width=\"95%%\" align=\"center\" bgcolor=\"#336699\"><tr><td><font color=\"#FFFFFF\"><b>Topic: %s</b>, Has the council lost the plot?</font></td>"
            "<td align=\"right\"><font size=\"1\" color=\"#FFFFFF\"><a>Track this topic</a> | <a>Email this topic</a> | <a>Print this topic</a></font></td></tr></table>"
            "%s<table width=\"95%%\" align=\"center\"><tr><td><font size=\"1\">%d replies since %s</font></td></tr></table>"
            "<p align=\"center\"><font size=\"1\">Powered by Ikonboard 3.1.5 &copy; 2006 Ikonboard</font></p>") % (
        esc(SUBJ), esc(SUBJ), "".join(rows), len(posts) - 1, posts[0]["time"].strftime("%b. %d %Y,%H:%M"))
    return wrap("Mill Lane Board -> %s" % SUBJ, body)


def elkarte(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<div class=\"quoteheader\"><a href=\"index.php?topic=812.msg%d#msg%d\">Quote from: %s on %s</a></div><blockquote class=\"bbc_standard_quote\">%s</blockquote>") % (
                p["id"], p["id"], esc(p["author"]), p["time"].strftime("%B %d, %Y, %I:%M:%S %p"), esc(c["quote"]))
        s = "<div class=\"signature\">%s</div>" % esc(sig(c)) if sig(c) else ""
        ed = ("<span class=\"modified\" id=\"modified_%d\"><em>&#171; Last Edit: %s by %s &#187;</em></span>" % (c["id"], (t.replace(minute=(t.minute + 9) % 60)).strftime("%B %d, %Y, %I:%M:%S %p"), esc(c["author"]))) if i % 4 == 2 else ""
        rows.append(("<div class=\"post_wrapper %s\" id=\"msg%d\"><a class=\"post_anchor\" id=\"msg%d\"></a><div class=\"poster\"><ul>"
                     "<li class=\"listlevel1 subsections\" aria-haspopup=\"true\"><a class=\"linklevel1 name\" href=\"index.php?action=profile;u=%d\">%s</a></li>"
                     "<li class=\"listlevel1 membergroup\">%s</li><li class=\"listlevel1 poster_avatar\"><a class=\"linklevel1\"><img class=\"avatar\" src=\"avatars/%d.png\" alt=\"\"></a></li>"
                     "<li class=\"listlevel1 icons\"><img src=\"themes/default/images/star.png\" alt=\"*\"><img src=\"themes/default/images/star.png\" alt=\"*\"></li>"
                     "<li class=\"listlevel1 postcount\">Posts: %d</li></ul></div>"
                     "<div class=\"postarea\"><div class=\"keyinfo\"><h5 id=\"info_%d\"><a href=\"index.php?topic=812.msg%d#msg%d\" class=\"smalltext\" rel=\"nofollow\">%s</a> &ndash; %s</h5>"
                     "<span id=\"post_subject_%d\" class=\"post_subject\">%s</span><span class=\"messageicon\"><img src=\"xx.png\" alt=\"\"></span></div>"
                     "<div id=\"msg_%d\" class=\"messageContent inner\">%s%s</div>%s"
                     "<ul class=\"quickbuttons\"><li class=\"listlevel1\"><a class=\"linklevel1 quote_button\">Quote</a></li><li class=\"listlevel1\"><a class=\"linklevel1 like_button\">Like</a></li>"
                     "<li class=\"listlevel1\"><a class=\"linklevel1 report_button\">Report to moderator</a></li></ul><div class=\"attachments\"></div>%s</div></div><hr class=\"post_separator\">") % (
            "windowbg" if i % 2 == 0 else "windowbg2", c["id"], c["id"], 40 + k, esc(c["author"]), ["Newbie", "Jr. Member", "Full Member", "Global Moderator"][k % 4], 40 + k, posts_n(c),
            c["id"], c["id"], c["id"], "#%d" % (i + 1) if i else esc(SUBJ), t.strftime("%B %d, %Y, %I:%M:%S %p"), c["id"], esc(("Re: " if i else "") + SUBJ), c["id"], q, br(c), ed, s))
    body = ("<div id=\"top_section\"><h1 id=\"forumtitle\"><a>Valley Residents' Forum</a></h1></div><nav><ul id=\"main_menu\"><li><a>Home</a></li><li><a>Help</a></li><li><a>Search</a></li><li><a>Login</a></li><li><a>Register</a></li></ul></nav>"
            "<ul class=\"navigate_section\"><li><a>Valley Residents' Forum</a></li><li><a>Town &amp; council</a></li><li>%s</li></ul>"
            "<div id=\"forumposts\"><h2 class=\"category_header\"><span>Topic: %s</span> <span class=\"nextlinks\">(Read 1,204 times)</span></h2>"
            "<div class=\"pagesection\"><ul class=\"pagelinks\"><li class=\"linavPages\">Pages:</li><li class=\"current_page\">1</li></ul></div>"
            "<form id=\"quickModForm\"><div class=\"forumposts\">%s</div></form></div>"
            "<div id=\"footer_section\"><ul><li class=\"copyright\"><a>ElkArte &copy; 2012 - 2023</a></li><li><a>Simple Machines</a></li></ul></div>") % (esc(SUBJ), esc(SUBJ), "".join(rows))
    return wrap(SUBJ, body)


def esotalk(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote><p><a href=\"post/%d\" rel=\"post\" data-id=\"%d\" class=\"control-search postRef\">&#8593;</a> <cite>%s</cite> %s</p></blockquote>" % (p["id"], p["id"], esc(p["author"]), esc(c["quote"]))
        grp = ["", "<span class=\"group-Moderator\">Moderator</span>", "", "", "<span class=\"group-Administrator\">Administrator</span>"][k % 5]
        rows.append(("<li data-index=\"%d\"><div class=\"post hasControls%s\" id=\"p%d\" data-id=\"%d\" data-memberid=\"%d\"><div class=\"avatar\"><img src=\"uploads/avatars/%d.png\" alt=\"\" class=\"avatar \"></div>"
                     "<div class=\"postContent thing\"><div class=\"postHeader\"><div class=\"info\"><h3><a href=\"member/%d-%s\" class=\"name\" title=\"%s's profile\">%s</a></h3>"
                     "<a href=\"post/%d\" class=\"time\" title=\"%s\"><span>%s</span></a> %s</div><div class=\"controls\"><a href=\"#\" class=\"control-quote\" title=\"Quote\"><i class=\"icon-quote-left\"></i></a></div></div>"
                     "<div class=\"postBody\">%s%s</div></div></div></li>") % (
            i, " online" if k % 3 == 0 else "", c["id"], c["id"], 60 + k, 60 + k, 60 + k, handle(c["author"]), esc(c["author"]), esc(c["author"]), c["id"],
            t.strftime("%A, %-d %B %Y %H:%M:%S"), h14.ago(t), grp, q, ps(c)))
    body = ("<div id=\"hdr\"><div id=\"hdr-content\"><h1 id=\"forumTitle\"><a>Nightwalkers</a></h1><ul id=\"mainMenu\" class=\"menu\"><li><a>Search conversations</a></li></ul><ul id=\"userMenu\" class=\"menu\"><li><a>Sign Up</a></li><li><a>Log In</a></li></ul></div></div>"
            "<div id=\"body\"><div id=\"conversationHeader\" class=\"bodyHeader\"><h1 id=\"conversationTitle\"><a>%s</a></h1><ul class=\"channels\"><li><a class=\"channel channel-2\">Town</a></li></ul></div>"
            "<div id=\"conversationBody\"><div class=\"scrubberColumn\"><div class=\"scrubber\"><a class=\"scrubber-top\">Start</a><ul class=\"scrubber-content\"><li class=\"scrubber-2026-11\"><a>November 2026</a></li></ul><a class=\"scrubber-now\">Now</a></div></div>"
            "<div class=\"conversationContent\"><ol id=\"conversationPosts\" class=\"postList\">%s</ol><div id=\"conversationReply\"><form><div class=\"post\"><div class=\"postContent thing\"><textarea placeholder=\"Type a reply...\"></textarea></div></div></form></div></div></div></div>"
            "<div id=\"ftr\"><div id=\"ftr-content\"><ul class=\"menu\"><li id=\"goToTop\"><a>Go to top</a></li><li><a>Powered by esoTalk</a></li></ul></div></div>") % (esc(SUBJ), "".join(rows))
    return wrap(SUBJ + " - Nightwalkers", body)


def hfr(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<table class=\"citation\"><tr class=\"none\"><td><b class=\"s1\"><a href=\"#t%d\" class=\"Topic\">%s a écrit :</a></b><br><br><p>%s</p></td></tr></table>" % (p["id"], esc(p["author"]), esc(c["quote"]))
        s = "<span class=\"signature\">---------------<br>%s</span>" % esc(sig(c)) if sig(c) else ""
        ed = ("<div class=\"edited\">Message cité 1 fois<br>Message édité par %s le %s</div>" % (esc(c["author"]), t.strftime("%d-%m-%Y à %H:%M:%S"))) if i % 5 == 3 else ""
        rows.append(("<table class=\"messagetable\" cellspacing=\"0\" cellpadding=\"4\"><tr class=\"message cBackCouleurTab%d \"><td class=\"messCase1\" width=\"180\" valign=\"top\"><div><a name=\"t%d\"></a></div>"
                     "<div><b class=\"s2\">%s</b></div><div class=\"avatar_center\" style=\"clear:both\"><img src=\"https://forum-images.example/images/perso/%s.gif\" alt=\"%s\"></div>"
                     "<span class=\"MoodStatus\">%s</span></td><td class=\"messCase2\" valign=\"top\"><div class=\"toolbar\"><div class=\"left\">Posté le %s&nbsp;à&nbsp;%s&nbsp;&nbsp;"
                     "<a href=\"#t%d\"><img src=\"https://forum-images.example/themes_static/images/defaut/message.gif\" title=\"n°%d\" alt=\"n°%d\"></a></div>"
                     "<div class=\"right\"><a><img alt=\"answer\" title=\"Répondre\"></a> <a><img alt=\"quote\" title=\"Citer\"></a> <a><img alt=\"alert\" title=\"Signaler\"></a></div><div class=\"spacer\"></div></div>"
                     "<div id=\"para%d\">%s%s<div style=\"clear: both;\"> </div>%s%s</div></td></tr></table>") % (
            1 + i % 2, c["id"], esc(c["author"]), handle(c["author"]), esc(c["author"]), ["Profil : Membre", "Profil : Jeune membre", "Profil : Modérateur", "Profil : Membre"][k % 4],
            t.strftime("%d-%m-%Y"), t.strftime("%H:%M:%S"), c["id"], 61000000 + c["id"], 61000000 + c["id"], c["id"], q, "".join("<p>%s</p>" % esc(p) for p in c["paras"]), ed, s))
    body = ("<div id=\"mesdiscussions\" class=\"mesdiscussions\"><table class=\"none\"><tr><td class=\"cBackHeader\"><a>Forum Vallée</a> &gt; <a>Discussions</a> &gt; <a>Société</a> &gt; %s</td></tr></table>"
            "<table class=\"main\" cellspacing=\"0\" cellpadding=\"4\"><tr class=\"cBackHeader fondForum2PagesHaut\"><td colspan=\"2\"><div class=\"left\"><div class=\"pagepresuiv\">Page : 1</div></div>"
            "<div class=\"right\"><a>Répondre</a> <a>Nouveau sujet</a></div></td></tr><tr class=\"cBackHeader fondForum2Title\"><th>Auteur</th><th><h3>Sujet : %s</h3></th></tr></table>"
            "%s<table class=\"main\"><tr class=\"fondForum2PagesBas\"><td><div class=\"pagepresuiv\">Page : 1</div></td></tr></table>"
            "<div class=\"copyright\">Copyright &copy; 1997-2026 Forum Vallée (Powered by MesDiscussions)</div></div>") % (esc(SUBJ), esc(SUBJ), "".join(rows))
    return wrap("%s - Société - Discussions - Forum Vallée" % SUBJ, body, "fr")


def phpwind(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote class=\"blockquote\"><div class=\"quote_title\">引用 %s 的帖子：</div>%s</blockquote>" % (esc(p["author"]), esc(c["quote"]))
        floor = "楼主" if i == 0 else ("沙发" if i == 1 else ("板凳" if i == 2 else "%d楼" % i))
        s = "<div class=\"signature\"><div class=\"sig_text\">%s</div></div>" % esc(sig(c)) if sig(c) else ""
        rows.append(("<div class=\"floor cc\" id=\"read_%d\"><table width=\"100%%\" style=\"table-layout:fixed\"><tr><td rowspan=\"2\" class=\"floor_left\"><div class=\"floor_info\">"
                     "<div class=\"name\"><a href=\"u.php?uid=%d\" class=\"name_link\">%s</a></div><div class=\"face\"><img src=\"avatar/%d.jpg\" width=\"120\" height=\"120\"></div>"
                     "<div class=\"honor\">%s</div><ul class=\"info\"><li><em>UID</em>%d</li><li><em>帖子</em>%d</li><li><em>注册时间</em>%s</li><li><em>最后登录</em>2026-12-06</li></ul></div></td>"
                     "<td class=\"floor_right\"><div class=\"floor_top\"><div class=\"fr\"><a class=\"floor\">%s</a></div><span class=\"time\">发表于: %s</span> <span class=\"tool\"><a>只看该作者</a></span></div>"
                     "<div class=\"read_h1\">%s</div><div class=\"tpc_content\"><div class=\"f14\" id=\"read_tpc_%d\">%s%s</div></div>%s"
                     "<div class=\"floor_bottom\"><a class=\"reply\">回复</a> <a class=\"quote\">引用</a> <a class=\"report\">举报</a> <a class=\"like\">喜欢</a></div></td></tr></table></div>") % (
            c["id"], 300 + k, esc(c["author"]), 300 + k, ["新手上路", "中级会员", "高级会员", "版主"][k % 4], 300 + k, posts_n(c), "20%02d-%02d-%02d" % (10 + k % 9, 1 + k % 12, 3 + k),
            floor, t.strftime("%Y-%m-%d %H:%M"), esc(("Re:" if i else "") + SUBJ), c["id"], q, br(c), s))
    body = ("<div id=\"header\"><div class=\"logo\"><a>山谷论坛</a></div><ul class=\"nav\"><li><a>首页</a></li><li><a>论坛</a></li><li><a>搜索</a></li><li><a>登录</a></li><li><a>注册</a></li></ul></div>"
            "<div class=\"bread_crumb\"><a>山谷论坛</a> &raquo; <a>本地生活</a> &raquo; %s</div><div class=\"thread_page\"><div class=\"pages\"><a class=\"current\">1</a></div><a class=\"btn\">回复</a><a class=\"btn\">发帖</a></div>"
            "<div id=\"main\" class=\"read_main\"><h1 class=\"read_title\">%s</h1><div class=\"read_stat\">查看: 2371 | 回复: %d</div>%s</div>"
            "<div id=\"footer\">Powered by phpwind v9.0 &copy; 2003-2026 phpwind.com</div>") % (esc(SUBJ), esc(SUBJ), len(posts) - 1, "".join(rows))
    return wrap("%s - 本地生活 - 山谷论坛 - Powered by phpwind" % SUBJ, body, "zh")


def zulip(posts):
    rows = []
    last = None
    for i, c in enumerate(posts):
        t = c["time"]
        if last is None or t.date() != last.date():
            rows.append("<div class=\"date_row\"><span>%s</span></div>" % t.strftime("%b %d, %Y"))
        last = t
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<p><span class=\"user-mention silent\" data-user-id=\"%d\">%s</span> <a href=\"#narrow/stream/12-town/topic/street.20lights/near/%d\">said</a>:</p><blockquote><p>%s</p></blockquote>" % (
                300 + k_of(p), esc(p["author"]), p["id"], esc(c["quote"]))
        rows.append(("<div class=\"message_row\" id=\"%d\"><div class=\"messagebox\"><div class=\"message_top_line\"><span class=\"message_sender\"><img class=\"message_avatar\" src=\"/avatar/%d\" alt=\"\">"
                     "<span class=\"sender_name\">%s</span></span><a class=\"message_time\" href=\"#narrow/stream/12-town/topic/street.20lights/near/%d\" title=\"%s\">%s</a></div>"
                     "<div class=\"message_content rendered_markdown\">%s%s</div></div></div>") % (
            c["id"], 300 + k_of(c), esc(c["author"]), c["id"], t.strftime("%A, %B %-d, %Y at %-I:%M %p"), t.strftime("%H:%M"), q, ps(c)))
    body = ("<div class=\"app-main\"><div class=\"column-left\"><a>All messages</a><ul class=\"stream-list\"><li><a>#town</a></li><li><a>#transport</a></li><li><a>#general</a></li></ul></div>"
            "<div class=\"column-middle\"><div class=\"archive-heading\"><h2><a>#town</a> &gt; <a>street lights</a></h2><p>This is a public archive of a stream; you can <a>join the organization</a> to reply.</p></div>"
            "<div class=\"message_table\">%s</div><p class=\"archive-footer\"><a>Go to Zulip</a> &middot; Archive generated at 2026-12-07 10:15 UTC</p></div></div>") % "".join(rows)
    return wrap("#town > street lights - Valley Community - Zulip", body)


def acmlm(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"quote\"><div class=\"quotehead\">Posted by %s</div><div class=\"quotetext\">%s</div></div>" % (esc(p["author"]), esc(c["quote"]))
        s = "<br><br>____________________<br>%s" % esc(sig(c)) if sig(c) else ""
        rows.append(("<table class=\"table\" id=\"%d\"><tr><td class=\"tbl tdbg%d font\" valign=\"top\" style=\"width:200px!important\" rowspan=\"2\"><a href=\"profile.php?id=%d\"><span style=\"color:#97ACEF\">%s</span></a><br>"
                     "<span class=\"fonts\">%s<br><br><img src=\"userpic/%d\"><br><br>Level: %d<br>Posts: %d/%d<br>Since: %s<br><br>Last post: 1 hour ago<br>Last view: 4 min. ago</span></td>"
                     "<td class=\"tbl tdbg%d font\" height=\"17\"><table class=\"fonts\" width=\"100%%\"><tr><td>Posted on %s</td><td align=\"right\"><a>Link</a> | <a>Quote</a> | ID: %d</td></tr></table></td></tr>"
                     "<tr><td class=\"tbl tdbg%d font\" valign=\"top\" height=\"220\" id=\"post%d\">%s%s%s</td></tr></table><br>") % (
            c["id"], 1 + i % 2, 20 + k, esc(c["author"]), ["Red Paratroopa", "Koopa", "Goomba", "Hammer Bro"][k % 4], 20 + k, 10 + k * 3, posts_n(c), posts_n(c) + 40,
            "%02d-%02d-%02d" % (1 + k % 12, 1 + k, 5 + k % 14), 1 + i % 2, t.strftime("%m-%d-%y %I:%M:%S %p"), c["id"], 1 + i % 2, c["id"], q, br(c), s))
    body = ("<table class=\"table\"><tr><td class=\"tbl tdbgh center\"><img src=\"theme/logo.png\" alt=\"Valley Board\"><br><span class=\"fonts\">Views: 312,004 | <a>Main</a> - <a>Memberlist</a> - <a>Active users</a> - <a>Calendar</a> - <a>Online users</a></span></td></tr></table><br>"
            "<table width=\"100%%\"><tr><td class=\"font\"><a>Valley Board</a> - <a>General chat</a> - %s</td><td align=\"right\" class=\"fonts\"><a>Post reply</a></td></tr></table>%s"
            "<table class=\"table\"><tr><td class=\"tbl tdbg1 fonts center\">Valley Board AcmlmBoard 2.5.x &middot; Powered by Jul</td></tr></table>") % (esc(SUBJ), "".join(rows))
    return wrap("Valley Board - %s" % SUBJ, body)


def forumotion(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote><cite>%s a écrit:</cite>%s</blockquote>" % (esc(p["author"]), esc(c["quote"]))
        s = "<div class=\"post-signature\">%s</div>" % esc(sig(c)) if sig(c) else ""
        likes = c["likes"] or 0
        rows.append(("<div class=\"post post--%d\" id=\"p%d\"><div class=\"post-container\"><div class=\"post-aside\"><div class=\"post-author-avatar\"><img src=\"https://i.servimg.example/u/f%d/%d.png\" alt=\"%s\"></div>"
                     "<div class=\"post-author-name\"><a href=\"/u%d\"><strong>%s</strong></a></div><div class=\"post-author-rank\">%s</div>"
                     "<div class=\"post-author-details\"><div class=\"post-author-field\"><span class=\"label\">Messages</span> : %d</div><div class=\"post-author-field\"><span class=\"label\">Date d'inscription</span> : %s</div>"
                     "<div class=\"post-author-field\"><span class=\"label\">Localisation</span> : %s</div></div></div>"
                     "<div class=\"post-main\"><div class=\"post-header\"><a href=\"/t812-street-lights#%d\" class=\"post-date\">%s</a><div class=\"post-buttons\"><a class=\"btn\">Citer</a> <a class=\"btn\">Éditer</a></div></div>"
                     "<div class=\"post-content\"><div class=\"content\">%s<div>%s</div></div></div>%s"
                     "<div class=\"post-footer\"><div class=\"fa_like_div\"><button class=\"rep-button\">J'aime</button> <span class=\"fa_like_count\">%d</span> <button class=\"rep-button\">Je n'aime pas</button> <span class=\"fa_dislike_count\">0</span></div></div></div></div></div>") % (
            c["id"], c["id"], 11 + k, 40 + k, esc(c["author"]), 40 + k, esc(c["author"]), ["Nouveau", "Membre actif", "Modérateur", "Habitué"][k % 4], posts_n(c),
            "%02d/%02d/20%02d" % (1 + k, 1 + k % 12, 10 + k % 12), ["Centre-ville", "Mill Lane", "Est", "La gare"][k % 4], c["id"],
            "%s %d %s %d - %d:%02d" % (["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"][t.weekday()], t.day, ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Aoû", "Sep", "Oct", "Nov", "Déc"][t.month - 1], t.year, t.hour, t.minute),
            q, br(c), s, likes))
    body = ("<header class=\"header\"><a class=\"header-logo\">Forum de la Vallée</a><nav class=\"navbar\"><a>Accueil</a> <a>Rechercher</a> <a>Membres</a> <a>S'enregistrer</a> <a>Connexion</a></nav></header>"
            "<div class=\"breadcrumbs\"><a>Forum de la Vallée</a> &raquo; <a>Vie locale</a> &raquo; <h1 class=\"page-title\">%s</h1></div>"
            "<div class=\"topic-actions\"><a class=\"btn\">Nouveau sujet</a> <a class=\"btn\">Répondre</a><div class=\"pagination\">Page <strong>1</strong> sur <strong>1</strong></div></div>"
            "<div class=\"topic\">%s</div><div class=\"statistics\"><h3>Qui est en ligne ?</h3><p>Utilisateurs parcourant ce forum : Aucun</p></div>"
            "<footer class=\"footer\"><a>Forumactif.com</a> &copy; phpBB | <a>Forum gratuit</a> | <a>Signaler un abus</a></footer>") % (esc(SUBJ), "".join(rows))
    return wrap("%s" % SUBJ, body, "fr")


def navercafe(posts):
    article = posts[0]
    t0 = article["time"]
    art = ("<div class=\"ArticleContentBox\"><div class=\"article_header\"><div class=\"ArticleTitle\"><a class=\"link_board\">자유게시판</a><h3 class=\"title_text\">%s</h3></div>"
           "<div class=\"WriterInfo\"><div class=\"profile_area\"><div class=\"profile_info\"><div class=\"nick_box\"><button class=\"nickname\">%s</button></div><em class=\"nick_level\">새싹멤버</em></div>"
           "<div class=\"article_info\"><span class=\"date\">%s</span> <span class=\"count\">조회 1,482</span></div></div></div></div>"
           "<div class=\"article_container\"><div class=\"se-main-container\">%s</div></div>"
           "<div class=\"ReplyBox\"><a class=\"button_comment\">댓글 <strong class=\"num\">%d</strong></a> <a class=\"like_article\">좋아요 <em class=\"u_cnt _count\">%d</em></a></div></div>") % (
        esc(SUBJ), esc(article["author"]), t0.strftime("%Y.%m.%d. %H:%M"), "".join("<div class=\"se-module se-module-text\"><p class=\"se-text-paragraph\"><span>%s</span></p></div>" % esc(p) for p in article["paras"]),
        len(posts) - 1, article["likes"] or 0)
    items = []
    for i, c in enumerate(posts[1:], 1):
        t = c["time"]
        reply = c["parent"] is not None and c["parent"] != 0
        tag = ("<a class=\"text_nickname\">%s</a> " % esc(posts[c["parent"]]["author"])) if reply else ""
        if reply:
            c["goldText"] = "%s %s" % (posts[c["parent"]]["author"], "\n\n".join(c["paras"]))
        items.append(("<li id=\"%d\" class=\"CommentItem%s\"><div class=\"comment_area\"><a class=\"comment_thumb\"><img src=\"https://cafeptthumb.example/%d.png\" alt=\"프로필 사진\" width=\"36\" height=\"36\"></a>"
                      "<div class=\"comment_box\"><div class=\"comment_nick_box\"><div class=\"comment_nick_info\"><a class=\"comment_nickname\">%s</a>%s</div></div>"
                      "<div class=\"comment_text_box\"><p class=\"comment_text_view\">%s<span class=\"text_comment\">%s</span></p></div>"
                      "<div class=\"comment_info_box\"><span class=\"comment_info_date\">%s</span> <a class=\"comment_info_button\">답글쓰기</a></div></div></div></li>") % (
            c["id"], " CommentItem--reply" if reply else "", c["id"], esc(c["author"]), "<em class=\"LevelIcon\">작성자</em>" if c["author"] == article["author"] else "",
            tag, "<br>".join(esc(p) for p in c["paras"]), t.strftime("%Y.%m.%d. %H:%M")))
    body = ("<div id=\"cafe-menu\"><h2>밸리 주민 카페</h2><ul><li><a>전체글보기</a></li><li><a>자유게시판</a></li><li><a>공지사항</a></li></ul></div>"
            "<div id=\"app\" class=\"Article\">%s<div class=\"CommentBox\"><div class=\"comment_option\"><h3 class=\"comment_title\">댓글</h3><ul class=\"comment_tab\"><li><a>등록순</a></li><li><a>최신순</a></li></ul></div>"
            "<ul class=\"comment_list\">%s</ul><div class=\"CommentWriter\"><textarea placeholder=\"댓글을 남겨보세요\"></textarea><a class=\"button btn_register\">등록</a></div></div></div>") % (art, "".join(items))
    return wrap("%s : 네이버 카페" % SUBJ, body, "ko")


def main():
    R.seed(20261221 + 15)  # another stream than ../heldout14's pages
    write = h14.writer(OUT)

    def g(name, cs, likes, note, times="minute", zero_shown=True, fetched=None):
        return h14.gold_of(name, name, cs, True, likes, times=times, note=note, zero_shown=zero_shown, fetched=fetched)

    posts = h14.forum(9)
    write("ikonboard", ikonboard(posts), g("ikonboard", posts, False, "Ikonboard 3.1: a font-tag table per post, the user cell (rank, pip, Group/Posts/Joined/Member No.) beside 'Posted on: Nov. 21 2026,14:14'; "
                                          "'Quote (X @ date)' tables not text, the quoted post is the parent; '--------------' signatures not text"))
    posts = h14.forum(10)
    write("elkarte", elkarte(posts), g("elkarte", posts, False, "ElkArte 1.1: post_wrapper with poster list and keyinfo ('#n – November 21, 2026, 02:14:00 PM'); 'Quote from: X on date' heads and "
                                      "blockquotes not text; Last Edit notes and signatures not text"))
    posts = h14.forum(9)
    write("esotalk", esotalk(posts), g("esotalk", posts, False, "esoTalk: li > div.post with h3 name, a relative age whose title has the full date; a blockquote with cite X quotes X's post (not text)", fetched=NOW))
    posts = h14.forum(10)
    write("hfr", hfr(posts), g("hfr", posts, False, "MesDiscussions (HFR-like, French chrome): messagetable per post, messCase1 name cell, 'Posté le 21-11-2026 à 14:14:05'; 'X a écrit :' citation tables, "
                               "'Message édité par' notes and '---------------' signatures not text"))
    posts = h14.forum(10)
    write("phpwind", phpwind(posts), g("phpwind", posts, False, "phpwind 9 (Chinese chrome): floor boxes, user info list (UID, 帖子, 注册时间), '发表于: 2026-11-21 14:14', floor names 楼主/沙发/板凳/n楼; "
                                      "'引用 X 的帖子：' quotes not text; signatures not text"))
    posts = h14.forum(11, p_quote=0.3)
    write("zulip", zulip(posts), g("zulip", posts, False, "Zulip public archive topic: message_row boxes, sender_name, 'HH:MM' shown with the full date in a title and date rows; "
                                   "'X said:' plus a blockquote quotes X's message (not text)"))
    posts = h14.forum(9)
    write("acmlm", acmlm(posts), g("acmlm", posts, False, "AcmlmBoard/Jul: two-row tables, a long user cell (rank, Level, Posts, Since, Last post, Last view) beside 'Posted on 11-21-26 02:14:05 PM'; "
                                   "'Posted by X' quote boxes and '____' signatures not text"))
    posts = h14.forum(10, likes=True)
    write("forumotion", forumotion(posts), g("forumotion", posts, True, "Forumotion AwesomeBB (French chrome): post-aside user details, 'Sam 21 Nov 2026 - 14:14' dates, 'X a écrit:' blockquotes not text; "
                                            "the J'aime count is likes"))
    posts = h14.forum(11, likes=True, p_quote=0.0)
    for i, c in enumerate(posts):
        if i > 1 and R.random() < 0.35:
            c["parent"] = R.randrange(1, i)
    order = [0]
    for i in range(1, len(posts)):
        if posts[i]["parent"] is None:
            order.append(i)
            stack = [i]
            while stack:
                j = stack.pop(0)
                for k2 in range(1, len(posts)):
                    if posts[k2]["parent"] == j and k2 not in order:
                        order.append(k2)
                        stack.append(k2)
    remap = {old: new for new, old in enumerate(order)}
    new = []
    for old in order:
        c = dict(posts[old])
        p = posts[old]["parent"]
        # Naver Cafe shows one level: a reply to a reply sits under the top comment and names whom it answers
        c["parent"] = None if p is None else remap[p]
        c["likes"] = None
        new.append(c)
    new[0]["likes"] = posts[0]["likes"]
    write("navercafe", navercafe(new), g("navercafe", new, True, "Naver-Cafe-like board (Korean chrome): the article (nickname, '2026.11.21. 14:14', 좋아요 n) is the first post; comments in ul.comment_list; "
                                         "a reply (CommentItem--reply) names the commenter it answers before its text (kept), its parent that comment; no likes on comments", zero_shown=False))


if __name__ == "__main__":
    main()
