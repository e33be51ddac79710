#!/usr/bin/python3
"""Writes the SEVENTEENTH held-out round for the text path (folder heldout16-text; pages + w3m dumps): 6 pages whose dump
is what a reader gets, in formats no gold folder covers (checked against ../DATASHEET.md, every ../*/README.md, the
"system" fields and file names). Four are PLAIN TEXT wrapped in one <pre> (the evaluator's `w3m -dump` gives the text
back line for line): a Usenet thread saved from a newsreader (header blocks, 'In article <…>, X wrote:' attributions and
'> ' quotes, '-- ' signatures), a WhatsApp-style group chat export ('21/11/2026, 14:14 - Name: text', messages that run
on over several lines, '<Media omitted>' and 'This message was deleted' lines), an IRC log ('[14:14] <nick> text', joins
and parts) and a Slack channel copied and pasted ('Name  2:14 PM' heads, thread replies after '3 replies'). Two are
HTML: a Thread-Reader-like unrolled reply page and a Mailman-3-free Pipermail-like thread index with the messages
inlined. Content and gold from ../heldout16/h16.py (seed 20261224, continued). Usage: make_heldout16_text_pages.py [OUT_DIR]"""
import datetime as dt
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout16"))
import h16  # noqa: E402
from h16 import esc, handle, ago, R, NOW  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
SUBJ = "Ferry weekdays only from January"


def pre(title, text):
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head><body><pre>%s</pre></body></html>") % (esc(title), esc(text))


def usenet(posts):
    out = []
    for i, c in enumerate(posts):
        t = c["time"]
        mid = "<%x.%d@news.eastbank.example>" % (c["id"] * 7919, c["id"])
        c["mid"] = mid
        out += ["From: %s <%s@eastbank.example>" % (c["author"], handle(c["author"])), "Newsgroups: uk.local.estuary, uk.transport.ferries",
                "Subject: %s%s" % ("Re: " if i else "", SUBJ), "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"), "Message-ID: %s" % mid]
        if c["parent"] is not None:
            out.append("References: %s" % posts[c["parent"]]["mid"])
        out.append("")
        if c["parent"] is not None:
            p = posts[c["parent"]]
            out.append("In article %s," % p["mid"])
            out.append(" %s <%s@eastbank.example> wrote:" % (p["author"], handle(p["author"])))
            out += ["> " + x for x in textwrap.wrap(p["paras"][0], 70)]
            out.append("")
        for para in c["paras"]:
            out += textwrap.wrap(para, 72)
            out.append("")
        if c["id"] % 3 == 0:
            out += ["-- ", "%s, east bank, since 1987" % c["author"].split(" ")[0]]
        out += ["", "=" * 64, ""]
    head = ["Saved from: news.eastbank.example  Group: uk.local.estuary", "Thread: %s (%d articles)" % (SUBJ, len(posts)), "", "=" * 64, ""]
    return "\n".join(head + out) + "\n"


def whatsapp(msgs):
    out = ["%s - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them." %
           msgs[0]["time"].strftime("%d/%m/%Y, %H:%M"), "%s - Niamh Brennan created group \"East bank ferry users\"" % msgs[0]["time"].strftime("%d/%m/%Y, %H:%M")]
    for k, c in enumerate(msgs):
        ts = c["time"].strftime("%d/%m/%Y, %H:%M")
        if k == 3:
            out.append("%s - Anders Holm: <Media omitted>" % ts)
        if k == 6:
            out.append("%s - Bo: This message was deleted" % ts)
        lines = []
        for p in c["paras"]:
            lines.append(p)
        out.append("%s - %s: %s" % (ts, c["author"], lines[0]))
        out += lines[1:]
    return "\n".join(out) + "\n"


def irc(msgs):
    out = ["--- Log opened Sat Nov 21 00:00:00 2026", "14:02 -!- Topic for #eastbank: ferry timetable change | minutes: item 9, 18 Nov agenda"]
    for k, c in enumerate(msgs):
        if k % 4 == 1:
            out.append("%s -!- %s [~%s@host-%d.eastbank.example] has joined #eastbank" % ((c["time"] - dt.timedelta(minutes=1)).strftime("%H:%M"), c["author"], c["author"], k * 7))
        out.append("%s <%s> %s" % (c["time"].strftime("%H:%M"), c["author"], " ".join(c["paras"])))
        if k % 5 == 3:
            out.append("%s -!- %s [~%s@host.example] has quit [Ping timeout: 260 seconds]" % ((c["time"] + dt.timedelta(minutes=1)).strftime("%H:%M"), "gull_watcher", "gw"))
    out.append("--- Log closed Sun Nov 22 00:00:00 2026")
    return "\n".join(out) + "\n"


def slack(cs):
    """Select-all on a Slack channel and paste: 'Name  2:14 PM' then the message; a thread's replies follow its parent after
    'n replies  Last reply today at 3:02 PM' with a 'Name  (reply)' head."""
    out = ["# eastbank-ferry", "42 members", "Ferry timetable change – add links to the council papers here", "", "Saturday, November 21st", ""]
    for i, c in enumerate(cs):
        t = c["time"]
        ind = "" if c["parent"] is None else "    "
        out.append("%s%s  %s" % (ind, c["author"], t.strftime("%-I:%M %p")))
        out += [ind + x for x in c["paras"]]
        if c["likes"]:
            out.append("%s:+1: %d" % (ind, c["likes"]))
        reps = [j for j in range(len(cs)) if cs[j]["parent"] == i]
        if c["parent"] is None and reps:
            out.append("%d repl%s  Last reply %s" % (len(reps), "y" if len(reps) == 1 else "ies", cs[reps[-1]]["time"].strftime("%b %-d at %-I:%M %p")))
        out.append("")
    out += ["Message #eastbank-ferry"]
    return "\n".join(out) + "\n"


def threadreader(cs):
    rows = []
    for i, c in enumerate(cs):
        t = c["time"]
        rows.append(("<div class=\"reply-card%s\" id=\"r%d\"><div class=\"reply-card__head\"><a class=\"reply-card__name\">%s</a> <span class=\"reply-card__handle\">@%s</span>"
                     " <a class=\"reply-card__time\" title=\"%s\">%s</a></div>%s<div class=\"reply-card__text\">%s</div>"
                     "<div class=\"reply-card__stats\"><span>%d likes</span> &middot; <span>%d reposts</span></div></div>") % (
            " reply-card--nested" if c["parent"] is not None else "", c["id"], esc(c["author"]), handle(c["author"]), t.strftime("%-I:%M %p · %b %-d, %Y"), t.strftime("%b %-d"),
            ("<div class=\"reply-card__to\">Replying to <a>@%s</a></div>" % handle(cs[c["parent"]]["author"])) if c["parent"] is not None else "",
            "<br><br>".join(esc(p) for p in c["paras"]), c["likes"], c["likes"] // 5))
    body = ("<header class=\"tr-header\"><a class=\"tr-logo\">Thread Reader-like</a><nav><a>Help</a> <a>Premium</a> <a>Log in</a></nav></header>"
            "<main class=\"tr-main\"><div class=\"tr-thread\"><div class=\"tr-author\"><b>East Bank Residents</b> @eastbankres</div><h1>Thread by @eastbankres on the ferry</h1>"
            "%s<p class=\"tr-unroll-note\">&bull; &bull; &bull;</p><div class=\"tr-save\"><a class=\"btn\">Save as PDF</a> <a class=\"btn\">Bookmark</a></div></div>"
            "<section class=\"tr-replies\"><h2>Top replies</h2>%s<a class=\"tr-more\">Show more replies</a></section></main>"
            "<footer>Did Thread Reader help you today? <a>Support us</a></footer>") % ("".join("<div class=\"tr-tweet\"><p>%s</p></div>" % esc(p) for p in h16.STORY), "".join(rows))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Thread by @eastbankres on Thread Reader-like</title></head><body>%s</body></html>") % body


def pipermail(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        q = ""
        if c["parent"] is not None:
            p = posts[c["parent"]]
            q = "On %s, %s wrote:\n%s\n\n" % (p["time"].strftime("%a %b %-d %H:%M:%S %Y"), p["author"], "\n".join("&gt; " + esc(x) for x in textwrap.wrap(p["paras"][0], 70)))
        rows.append(("<hr><a name=\"%d\"></a><h1>[Ferry-users] %s%s</h1><b>%s</b> <a href=\"mailto:ferry-users%%40lists.eastbank.example\" title=\"[Ferry-users] %s\">%s at lists.eastbank.example</a><br>"
                     "<i>%s</i><p><ul><li>Previous message: <a>[Ferry-users] %s</a></li><li><b>Messages sorted by:</b> <a>[ date ]</a> <a>[ thread ]</a> <a>[ subject ]</a> <a>[ author ]</a></li></ul>"
                     "<hr><!--beginarticle--><pre>%s%s</pre><!--endarticle-->") % (
            c["id"], "Re: " if i else "", esc(SUBJ), esc(c["author"]), esc(SUBJ), handle(c["author"]), t.strftime("%a %b %-d %H:%M:%S UTC %Y"), esc(SUBJ), q,
            "\n\n".join("\n".join(esc(x) for x in textwrap.wrap(p, 72)) for p in c["paras"])))
    body = ("<h2>Thread view: [Ferry-users] %s</h2><p>%d messages in this thread. <a>Ferry-users mailing list</a> archive, November 2026.</p>%s"
            "<hr><p>More information about the Ferry-users mailing list</p>") % (esc(SUBJ), len(posts), "".join(rows))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>[Ferry-users] %s</title></head><body bgcolor=\"#ffffff\">%s</body></html>") % (esc(SUBJ), body)


def chat(n, names):
    t = dt.datetime(2026, 11, 21, 14, 2)
    out = []
    for i in range(n):
        t = t + dt.timedelta(minutes=R.randint(1, 9))
        a = R.choice([x for x in names if not out or x != out[-1]["author"]])
        out.append({"parent": None, "depth": 0, "author": a, "time": t, "likes": None, "paras": [h16.para()] if R.random() < 0.7 else [h16.para(), h16.para()],
                    "quote": None, "id": 9100 + i})
    return out


def main():
    write = h16.writer(OUT)

    def g(name, cs, forum, likes, note, times="minute", zero_shown=True):
        return h16.gold_of(name, name, cs, forum, likes, times=times, note=note, zero_shown=zero_shown)

    posts = h16.forum(8, p_quote=0.8)
    posts[1]["parent"], posts[1]["quote"] = 0, posts[0]["paras"][0]
    write("usenet", pre("uk.local.estuary: " + SUBJ, usenet(posts)),
          g("usenet", posts, True, False, "Plain text (a <pre>): a Usenet thread saved from a newsreader: a header block per article (From, Newsgroups, Subject, Date, Message-ID, "
                                          "References), 'In article <id>, X wrote:' and '> ' lines are quotes (not text; parent the quoted article); '-- ' signatures not text; "
                                          "the author is the From name without the address"))
    msgs = chat(14, h16.NAMES[:8])
    write("whatsapp", pre("WhatsApp Chat with East bank ferry users.txt", whatsapp(msgs)),
          g("whatsapp", msgs, True, False, "Plain text (a <pre>): a WhatsApp-style group chat export, 'dd/mm/yyyy, HH:MM - Name: text', a message's later paragraphs on their own lines "
                                           "with no head; system lines, '<Media omitted>' and 'This message was deleted' are no messages; no replies (all top-level)"))
    msgs = chat(14, ["gull_watcher", "tidetable", "slipway7", "eastbanker", "wren", "old_salt"])
    for c in msgs:
        c["paras"] = [" ".join(c["paras"])]
    write("irc", pre("#eastbank.2026-11-21.log", irc(msgs)),
          g("irc", msgs, True, False, "Plain text (a <pre>): an irssi-style IRC log, 'HH:MM <nick> text', one line a message; joins, quits, topic and log open/close lines are no "
                                      "messages; no replies; the date is only in the 'Log opened' line"))
    cs = h16.thread(12, max_depth=1, likes=True, p_reply=0.5)
    for c in cs:
        c["time"] = c["time"].replace(month=11, day=21)
    cs.sort(key=lambda c: 0)  # depth-first order kept
    write("slack", pre("eastbank-ferry (Channel) - East Bank - Slack", slack(cs)),
          g("slack", cs, False, True, "Plain text (a <pre>): a Slack channel copied and pasted: 'Name  2:14 PM' heads over the message, ':+1: n' reactions (likes), "
                                      "'n replies  Last reply …' after a thread's parent, its replies following indented four spaces (children of that parent); the day only in 'Saturday, November 21st'",
            times=None, zero_shown=False))
    cs = h16.thread(11, max_depth=1, likes=True, p_reply=0.45)
    write("threadreader", threadreader(cs),
          g("threadreader", cs, False, True, "Thread-Reader-like page: the unrolled thread is the article; 'Top replies' reply cards, nested ones marked by a class and "
                                             "'Replying to @handle' (not text; one level, parent the top-level card above); 'n likes' is likes; 'Mon D' shown, full time in a title",
            times=None))
    posts = h16.forum(8, p_quote=0.7)
    write("pipermail", pipermail(posts),
          g("pipermail", posts, True, False, "Pipermail-like thread page with every message inlined: an h1 subject, the name in <b>, the obfuscated address, the date in <i>, "
                                             "navigation lists, the body in <pre> with 'On …, X wrote:' / '> ' quotes (not text; parent the quoted message)"))


if __name__ == "__main__":
    main()
