#!/usr/bin/python3
"""Writes the TWELFTH held-out round, FORUM threads only (HTML + w3m dumps): 15 pages in forum, board and Q&A systems
or versions no earlier gold set covers (checked against ../DATASHEET.md, every ../*/README.md and the file names in
../*/), scored on main before any rule for them: PunBB 1.4, a Wikidot forum thread, Reddit's 2023 web components
(shreddit), GameFAQs boards, Baidu Tieba (Chinese, floors with in-floor replies), jeuxvideo.com forums (French), a
gutefrage.net-like Q&A (German), Mozilla support (Kitsune), Joomla EasyDiscuss, a uCoz forum (Russian), ZetaBoards,
Kaggle discussions (generated class names, relative ages), Mumsnet Talk, PHP-Fusion 9 and miniBB.
Every post is a comment, the first one too.

Messy as real pages: user cells beside or above the post (rank, post counts, join dates, karma, status), signatures,
quotes of earlier posts with localized heads ("a écrit :", "Цитата", "posted...", "said"), like and vote counters,
floor and post numbers, report/quote/reply links, edit notes, pagination and board chrome, relative ages beside a
machine-readable time. Gold conventions as in ../heldout11-forums: quoted earlier text, quote heads, signatures, edit
notes and user cells are not a post's text; the quoted post is the parent; on a Q&A page the question is the first
post, answers are top-level and comments under an answer are its children; Tieba's in-floor replies are the floor's
children.
Helpers and gold format from ../heldout5's generator; another topic (an allotment society's water charges), names and
seed. Usage: make_heldout12_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261207 + 12)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 12, 1, 10, 15)

LANG = {
    "en": dict(
        SUBJECTS=["the water meters", "the standpipe on the top path", "the plot rent", "the trough rota", "the hosepipe rule",
                  "the compost bays", "the waiting list", "the shed insurance", "the AGM vote", "the rainwater butts",
                  "the council lease", "the top gate padlock"],
        VIEWS=["only works if every plot gets its own tap", "was pushed through before the AGM", "punishes the people who grow the most",
               "should have been costed properly first", "is fair if the leaks get fixed", "makes the butts worth buying",
               "was never in the tenancy agreement", "could run as a trial on the lower half", "needs the council to pay for the pipes",
               "will empty the waiting list faster than anything"],
        ASIDES=["I have had plot 14 since 2008.", "Last summer the trough ran dry twice.", "We used 310 cubic metres in August.",
                "The old meter has not worked since the frost.", "My beans do fine on two cans a day.", "The minutes are on the noticeboard.",
                "Half the top path waters at dawn anyway.", "The leak by the shed cost us a fortune."],
        STARTS=["For what it's worth", "Speaking as treasurer", "As a new tenant", "Honestly", "From the bottom plots",
                "Having dug here twenty years", "To be fair to the committee", "Quick thought"],
        OPENER=["The committee wants to fit a water meter to every plot from March and charge by use instead of the flat 18 pounds, "
                "because the society's water bill doubled this year.",
                "Has anyone seen the figures? The top path shares one standpipe, so nobody can tell whose hose is whose, "
                "and the pipes there are older than the sheds."]),
    "de": dict(
        SUBJECTS=["die Wasseruhren", "der Hydrant am oberen Weg", "die Parzellenpacht", "der Gießplan", "die Schlauchregel",
                  "die Kompostplätze", "die Warteliste", "die Laubenversicherung", "die Abstimmung im Verein", "die Regentonnen",
                  "der Pachtvertrag mit der Stadt", "das Schloss am oberen Tor"],
        VIEWS=["klappt nur, wenn jede Parzelle einen eigenen Hahn bekommt", "wurde vor der Versammlung durchgedrückt",
               "bestraft die, die am meisten anbauen", "hätte vorher ordentlich durchgerechnet werden müssen",
               "ist fair, wenn die Lecks repariert werden", "macht Regentonnen endlich lohnend", "stand nie im Pachtvertrag",
               "könnte erst auf der unteren Hälfte getestet werden", "muss die Stadt für die Leitungen bezahlen lassen",
               "leert die Warteliste schneller als alles andere"],
        ASIDES=["Ich habe Parzelle 14 seit 2008.", "Letzten Sommer war der Trog zweimal leer.", "Im August haben wir 310 Kubikmeter verbraucht.",
                "Die alte Uhr läuft seit dem Frost nicht mehr.", "Meine Bohnen kommen mit zwei Kannen am Tag aus.",
                "Das Protokoll hängt im Schaukasten.", "Die Hälfte am oberen Weg gießt sowieso im Morgengrauen.",
                "Das Leck an der Laube hat uns ein Vermögen gekostet."],
        STARTS=["Nur meine Meinung", "Als Kassenwart", "Als neuer Pächter", "Ehrlich gesagt", "Von den unteren Beeten aus",
                "Nach zwanzig Jahren hier", "Fairerweise", "Kurzer Gedanke"],
        OPENER=["Der Vorstand will ab März an jeder Parzelle eine Wasseruhr einbauen und nach Verbrauch abrechnen statt pauschal 18 Euro, "
                "weil sich die Wasserrechnung des Vereins dieses Jahr verdoppelt hat.",
                "Hat jemand die Zahlen gesehen? Der obere Weg teilt sich einen Hydranten, niemand weiß, welcher Schlauch wem gehört, "
                "und die Leitungen dort sind älter als die Lauben."]),
    "fr": dict(
        SUBJECTS=["les compteurs d'eau", "la borne du chemin du haut", "le loyer des parcelles", "le tour d'arrosage", "la règle du tuyau",
                  "les bacs à compost", "la liste d'attente", "l'assurance des cabanes", "le vote de l'assemblée", "les récupérateurs d'eau",
                  "le bail avec la mairie", "le cadenas du portail"],
        VIEWS=["ne marche que si chaque parcelle a son robinet", "a été imposé avant l'assemblée", "pénalise ceux qui cultivent le plus",
               "aurait dû être chiffré sérieusement", "est juste si on répare les fuites", "rend enfin les récupérateurs rentables",
               "n'a jamais figuré dans le règlement", "pourrait être testé sur la moitié basse", "doit être payé par la mairie",
               "videra la liste d'attente plus vite que tout"],
        ASIDES=["J'ai la parcelle 14 depuis 2008.", "L'été dernier la cuve a été vide deux fois.", "Nous avons consommé 310 mètres cubes en août.",
                "L'ancien compteur ne marche plus depuis le gel.", "Mes haricots se contentent de deux arrosoirs par jour.",
                "Le compte rendu est affiché au local.", "La moitié du chemin du haut arrose à l'aube de toute façon.",
                "La fuite près de la cabane nous a coûté une fortune."],
        STARTS=["Pour ce que ça vaut", "En tant que trésorier", "En tant que nouveau jardinier", "Franchement", "Vu des parcelles du bas",
                "Après vingt ans ici", "Pour être juste avec le bureau", "Petite remarque"],
        OPENER=["Le bureau veut poser un compteur d'eau sur chaque parcelle dès mars et facturer à la consommation au lieu des 18 euros fixes, "
                "parce que la facture d'eau de l'association a doublé cette année.",
                "Quelqu'un a vu les chiffres ? Le chemin du haut partage une seule borne, personne ne sait quel tuyau est à qui, "
                "et les canalisations sont plus vieilles que les cabanes."]),
    "ru": dict(
        SUBJECTS=["счётчики воды", "колонка на верхней дорожке", "плата за участок", "график полива", "правило про шланги",
                  "компостные ящики", "очередь на участки", "страховка домиков", "голосование на собрании", "бочки для дождевой воды",
                  "аренда у города", "замок на верхних воротах"],
        VIEWS=["работает, только если у каждого участка свой кран", "протащили до общего собрания", "наказывает тех, кто больше всех сажает",
               "надо было сначала нормально посчитать", "честно, если починят протечки", "наконец делает бочки выгодными",
               "никогда не было в уставе", "можно сначала опробовать на нижней половине", "должен оплатить город",
               "разгрузит очередь быстрее всего"],
        ASIDES=["У меня участок 14 с 2008 года.", "Прошлым летом бак дважды пересыхал.", "В августе мы потратили 310 кубометров.",
                "Старый счётчик не работает с заморозков.", "Моей фасоли хватает двух леек в день.", "Протокол висит на доске объявлений.",
                "Половина верхней дорожки и так поливает на рассвете.", "Протечка у сарая обошлась нам в целое состояние."],
        STARTS=["По моему скромному мнению", "Как казначей", "Как новый садовод", "Честно говоря", "С нижних участков",
                "После двадцати лет здесь", "Справедливости ради", "Короткая мысль"],
        OPENER=["Правление хочет с марта поставить счётчик воды на каждый участок и брать плату по расходу вместо фиксированных 900 рублей, "
                "потому что счёт товарищества за воду в этом году удвоился.",
                "Кто-нибудь видел цифры? На верхней дорожке одна колонка на всех, никто не знает, чей шланг чей, "
                "а трубы там старше домиков."]),
    "zh": dict(
        SUBJECTS=["装水表的事", "上面那条路的水龙头", "地块租金", "浇水排班", "水管规定", "堆肥箱", "排队名单", "小屋保险",
                  "大会投票", "雨水桶", "跟街道签的租约", "上门的挂锁"],
        VIEWS=["只有每块地都有自己的龙头才行得通", "是开会之前就硬定下来的", "等于惩罚种得最多的人", "应该先认真算一算",
               "只要把漏水修好就算公平", "总算让雨水桶划算了", "租约里从来没写过", "可以先在下半片试一试", "应该让街道出钱换管子",
               "会比什么办法都更快清掉排队名单"],
        ASIDES=["我从2008年就种14号地。", "去年夏天水池干了两次。", "八月一共用了310吨水。", "旧水表从上次霜冻以后就不走了。",
                "我的豆角一天两壶水就够了。", "会议记录贴在公告栏上。", "上面那条路一半的人本来就是天亮就浇水。", "小屋旁边那处漏水花了我们一大笔钱。"],
        STARTS=["说句实话", "作为管账的", "作为新来的", "老实讲", "从下面几块地看", "在这里种了二十年", "替理事会说句公道话", "简单说一下"],
        OPENER=["理事会打算从三月开始给每块地装水表，按用量收费，不再一律收十八元，因为今年协会的水费翻了一倍。",
                "有人看过具体数字吗？上面那条路只有一个公用水龙头，谁也分不清哪根水管是谁的，而且那里的水管比小屋还老。"]),
}
NAMES = {
    "en": ["Margaret Oduya", "runner_bean_ron", "Kasia Wrobel", "Imran Siddiqui", "leafmould", "Declan Byrne", "courgette_carol",
           "Stig Berg", "Maureen", "plot14_paul", "Deepa Menon", "Alf T"],
    "de": ["Gisela Hartmann", "tomatenfee", "Uwe Brinkmann", "Parzelle_7", "Heike S.", "Regenwurm", "Jonas Pietsch",
           "kohlrabi_klaus", "Bernd Ostermann", "Petra L.", "beetnachbar", "Selin Kaya"],
    "fr": ["Martine Lefèvre", "potager_du_bas", "Rachid Benali", "Odile P.", "grelinette", "Bruno Marchand", "Nathalie Girard",
           "tomate_cerise", "Gaston", "Élodie V.", "radis_rose", "Pascal D."],
    "ru": ["Людмила Орлова", "ogorodnik", "Павел Гришин", "Зинаида_П", "kabachok", "Геннадий Носов", "Тамара", "rassada_spb",
           "Валентина К.", "gryadka", "Олег Фомин", "Нина_Сад"],
    "zh": ["菜园老王", "番茄小李", "张秀英", "浇水的阿强", "绿豆芽", "陈建国", "南瓜婆婆", "老周种菜", "小葱拌豆腐", "刘桂芳",
           "种地的猫", "赵师傅"],
}
SUBJ = {"en": "Water meters on every plot from March?", "de": "Ab März Wasseruhren an jeder Parzelle?",
        "fr": "Des compteurs d'eau sur chaque parcelle dès mars ?", "ru": "Счётчики воды на каждом участке с марта?",
        "zh": "三月起每块地装水表，大家怎么看？"}
esc, handle, mon, ampm, kids = base.esc, base.handle, base.mon, base.ampm, base.kids
CUR = {"lang": "en"}


def use(lang):
    CUR["lang"] = lang
    L = LANG[lang]
    for k in ("SUBJECTS", "VIEWS", "ASIDES", "STARTS"):
        getattr(base, k)[:] = L[k]
    base.NAMES[:] = NAMES[lang]


def names():
    return NAMES[CUR["lang"]]


def subject():
    return SUBJ[CUR["lang"]]


def zh_paras(cs):
    # base.para() joins with ", " and ". ": Chinese posts get their own punctuation.
    for c in cs:
        c["paras"] = [p.replace(", ", "，").replace(". ", "。") for p in c["paras"]]


def forum(n, likes=False, quotes=True):
    posts = base.forum_thread(n, likes=likes, opener=names()[0])
    posts[0]["paras"] = list(LANG[CUR["lang"]]["OPENER"])
    for c in posts:
        if c["quote"] is not None:
            if quotes:
                c["quote"] = posts[c["parent"]]["paras"][0]
            else:
                c["quote"], c["parent"] = None, None
    return posts


def qa(n, likes=True, max_depth=1, p_reply=0.45):
    cs = base.thread(n, max_depth=max_depth, likes=likes, p_reply=p_reply)
    first = {"parent": None, "depth": 0, "author": names()[0], "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=12),
             "likes": R.randint(0, 30) if likes else None, "paras": list(LANG[CUR["lang"]]["OPENER"]), "quote": None, "id": 4093}
    for c in cs:
        if c["parent"] is not None:
            c["parent"] += 1
    return [first] + cs


def tx(c, sep="<br><br>"):
    return sep.join(esc(p) for p in c["paras"])


def ps(c):
    return "".join("<p>%s</p>" % esc(p) for p in c["paras"])


def k_of(c):
    return names().index(c["author"]) if c["author"] in names() else 0


def sig(c):
    return [None, "Plot 14, top path. No dig gardening since 2015", None, "Grow your own!", None, "Runner beans > everything", None, None,
            "Sent from my shed", None, "Compost happens", None][k_of(c)]


def posts_n(c):
    return 11 + (k_of(c) * 173) % 2100


def joined(c):
    k = k_of(c)
    return dt.date(2009 + k % 13, 1 + (k * 5) % 12, 2 + k)


def ago(t):
    d = NOW - t
    if d.days >= 1:
        return "%dd ago" % d.days
    return "%dh ago" % (d.seconds // 3600)


FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
RU_DAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wrap(title, body, lang="en"):
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (lang, esc(title), body))


# ---------------------------------------------------------------- systems

def punbb14(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            q = "<div class=\"quotebox\"><cite>%s wrote:</cite><blockquote><p>%s</p></blockquote></div>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"sig-content\"><span class=\"sig-line\"><!-- --></span>%s</div>" % esc(s) if s else ""
        ed = "<p class=\"lastedit\"><em>Last edited by %s (%s)</em></p>" % (esc(c["author"]), (t + dt.timedelta(minutes=7)).strftime("%Y-%m-%d %H:%M:%S")) if i % 5 == 3 else ""
        rows.append(("<div id=\"p%d\" class=\"post %s%s\"><div class=\"posthead\"><h3 class=\"hn post-ident\"><span class=\"post-num\">%d</span> "
                     "<span class=\"post-byline\"><span>%s </span><strong>%s</strong></span> <span class=\"post-link\"><a class=\"permalink\" rel=\"bookmark\" title=\"Permanent link to this post\" href=\"viewtopic.php?pid=%d#p%d\">%s</a></span></h3></div>"
                     "<div class=\"postbody\"><div class=\"post-author\"><ul class=\"author-ident\"><li class=\"useravatar\"><img src=\"img/avatars/%d.png\" width=\"60\" height=\"60\" alt=\"\"></li>"
                     "<li class=\"username\"><strong>%s</strong></li><li class=\"usertitle\"><span>%s</span></li><li class=\"userstatus\"><span>Offline</span></li></ul>"
                     "<ul class=\"author-info\"><li><span>From: <strong>%s</strong></span></li><li><span>Registered: <strong>%s</strong></span></li><li><span>Posts: <strong>%d</strong></span></li></ul></div>"
                     "<div class=\"post-entry\"><h4 id=\"pc%d\" class=\"entry-title hn\">%s</h4><div class=\"entry-content\">%s%s%s</div>%s</div></div>"
                     "<div class=\"postfoot\"><div class=\"post-options\"><p class=\"post-contacts\"><span class=\"user-profile\"><a href=\"profile.php?id=%d\">Profile</a></span></p>"
                     "<p class=\"post-actions\"><span class=\"report-post\"><a href=\"misc.php?report=%d\">Report</a></span> <span class=\"quote-post\"><a href=\"post.php?tid=88&amp;qid=%d\">Quote</a></span></p></div></div></div>") % (
            c["id"], "odd" if i % 2 == 0 else "even", " firstpost topicpost" if i == 0 else " replypost", i + 1, "Topic by" if i == 0 else "Reply by", esc(c["author"]),
            c["id"], c["id"], t.strftime("%Y-%m-%d %H:%M:%S"), 30 + k, esc(c["author"]), ["Member", "Member", "New member", "Moderator"][k % 4],
            ["Leeds", "Otley", "Ilkley", "Pudsey"][k % 4], joined(c).strftime("%Y-%m-%d"), posts_n(c), c["id"], esc(("Re: " if i else "") + subject()),
            q, ps(c), s, ed, 30 + k, c["id"], c["id"]))
    body = ("<div id=\"brd-wrap\" class=\"brd\"><div id=\"brd-viewtopic\" class=\"brd-page paged-page\"><div id=\"brd-head\" class=\"gen-content\"><p id=\"brd-title\"><a href=\"index.php\">Hollins Lane Allotment Society</a></p>"
            "<p id=\"brd-desc\">Members' forum</p></div><div id=\"brd-navlinks\" class=\"gen-content\"><ul><li id=\"navindex\"><a>Index</a></li><li id=\"navuserlist\"><a>User list</a></li><li id=\"navrules\"><a>Rules</a></li><li id=\"navsearch\"><a>Search</a></li><li id=\"navregister\"><a>Register</a></li><li id=\"navlogin\"><a>Login</a></li></ul></div>"
            "<div id=\"brd-crumbs-top\" class=\"crumbs\"><p><span class=\"crumb crumbfirst\"><a>Hollins Lane Allotment Society</a></span> <span class=\"crumb\">&rarr;&#160;<a>Society business</a></span> <span class=\"crumb crumblast\">&rarr;&#160;<a>%s</a></span></p></div>"
            "<div id=\"brd-pagepost-top\" class=\"main-pagepost gen-content\"><p class=\"paging\"><span class=\"pages\">Pages</span> <strong class=\"first-item\">1</strong> <a>2</a> <a>Next</a></p><p class=\"posting\"><a class=\"newpost\">Post reply</a></p></div>"
            "<div class=\"main-head\"><p class=\"options\"><span class=\"feed first-item\"><a class=\"feed\">RSS topic feed</a></span></p><h2 class=\"hn\"><span><span class=\"item-info\">Posts: 1 to %d of %d</span>%s</span></h2></div>"
            "<div id=\"forum88\" class=\"main-content main-topic\">%s</div>"
            "<div id=\"brd-pagepost-end\" class=\"main-pagepost gen-content\"><p class=\"paging\"><span class=\"pages\">Pages</span> <strong class=\"first-item\">1</strong> <a>2</a> <a>Next</a></p></div>"
            "<div id=\"brd-about\" class=\"gen-content\"><p id=\"copyright\">Powered by <a>PunBB</a>, supported by <a>Informer Technologies, Inc</a>.</p></div></div></div>") % (
        esc(subject()), len(posts), len(posts) + 4, esc(subject()), "".join(rows))
    return wrap("%s (Page 1) &mdash; Society business &mdash; Hollins Lane Allotment Society" % subject(), body)


def wikidot(cs):
    def one(i):
        c = cs[i]
        t, k = c["time"], k_of(c)
        h = handle(c["author"]).replace("_", "-")
        s = sig(c)
        s = "<div class=\"signature\">%s</div>" % esc(s) if s else ""
        ch = "<div class=\"changes\">Last edited on %s by %s <a href=\"javascript:;\">Show more</a></div>" % (
            (t + dt.timedelta(minutes=12)).strftime("%d %b %Y, %H:%M"), esc(c["author"])) if i % 4 == 2 else ""
        inner = "".join(one(j) for j in kids(cs, i))
        return ("<div class=\"post-container\" id=\"fpc-%d\"><div class=\"post\" id=\"post-%d\"><div class=\"long\"><div class=\"head\">"
                "<div class=\"options\"><a href=\"javascript:;\" class=\"btn btn-default btn-xs\">Options</a></div><div class=\"title\" id=\"post-title-%d\">%s</div>"
                "<div class=\"info\"><span class=\"printuser avatarhover\"><a href=\"http://www.wikidot.com/user:info/%s\"><img class=\"small\" src=\"http://www.wikidot.com/avatar.php?userid=%d&amp;size=small\" alt=\"%s\" style=\"background-image:url(http://www.wikidot.com/userkarma.php?u=%d)\"></a>"
                "<a href=\"http://www.wikidot.com/user:info/%s\">%s</a></span> <span class=\"odate time_%d format_%%25e%%20%%25b%%20%%25Y%%2C%%20%%25H%%3A%%25M%%7Cagohover\">%s</span></div></div>"
                "<div class=\"content\" id=\"post-content-%d\">%s%s</div>%s<div class=\"options\"><strong><a href=\"javascript:;\">Reply</a></strong> | <a href=\"javascript:;\">Options</a></div></div></div>%s</div>") % (
            c["id"], c["id"], c["id"], esc(subject() if i == 0 else "Re: " + subject()), h, 5000 + k, esc(c["author"]), 5000 + k, h, esc(c["author"]),
            base.epoch(t), t.strftime("%d %b %Y %H:%M"), c["id"], ps(c), s, ch, inner)
    body = ("<div id=\"container-wrap\"><div id=\"container\"><div id=\"header\"><h1><a href=\"/\"><span>Hollins Lane Growers</span></a></h1><h2><span>plots, paths and paperwork</span></h2>"
            "<div id=\"search-top-box\"><input class=\"text\" type=\"text\" name=\"query\"> <input class=\"button\" type=\"submit\" value=\"\"></div><div id=\"login-status\"><a>Create account</a> or <a>Sign in</a></div></div>"
            "<div id=\"top-bar\"><ul><li><a>Start</a></li><li><a>Plots</a></li><li><a>Forum</a></li><li><a>Members</a></li></ul></div>"
            "<div id=\"content-wrap\"><div id=\"side-bar\"><div class=\"side-block\"><div class=\"heading\">Navigation</div><p><a>Start here</a></p><p><a>Recent posts</a></p><p><a>Rules</a></p></div></div>"
            "<div id=\"main-content\"><div id=\"page-title\">%s</div><div id=\"page-content\"><div class=\"forum-thread-box\"><div class=\"forum-breadcrumbs\"><a href=\"/forum/start\">Forum</a> &raquo; <a>Society / Committee</a> &raquo; %s</div>"
            "<div class=\"description-block well\"><div class=\"statistics\">Started by: <span class=\"printuser\"><a>%s</a></span><br>Date: <span class=\"odate\">%s</span><br>Number of posts: %d<br><span class=\"rss-icon\"><img src=\"/common--theme/base/images/feed/feed-icon-14x14.png\" alt=\"rss icon\"></span>RSS: <a>New posts</a></div>"
            "Summary: metering proposal for the March meeting</div><div class=\"options\"><a class=\"btn btn-default\">Unfold All</a> <a class=\"btn btn-default\">Fold All</a> <a class=\"btn btn-default\">More Options</a></div>"
            "<div class=\"pager\"><span class=\"pager-no\">page 1 of 2</span><span class=\"current\">1</span><span class=\"target\"><a>2</a></span><span class=\"target\"><a>next &raquo;</a></span></div>"
            "<div id=\"thread-container\" class=\"thread-container\"><div id=\"thread-container-posts\">%s</div></div>"
            "<div class=\"new-post\"><a href=\"javascript:;\">New Post</a></div></div></div>"
            "<div class=\"page-tags\"><span><a>committee</a> <a>water</a></span></div><div id=\"page-info\">page revision: 4, last edited: 30 Nov 2026 18:02</div></div></div>"
            "<div id=\"footer\"><div class=\"options\"><a>Help</a> | <a>Terms of Service</a> | <a>Privacy</a> | <a>Report a bug</a> | <a>Flag as objectionable</a></div>Powered by Wikidot.com</div>"
            "<div id=\"license-area\" class=\"license-area\">Unless otherwise stated, the content of this page is licensed under <a>Creative Commons Attribution-ShareAlike 3.0 License</a></div></div></div>") % (
        esc(subject()), esc(subject()), esc(cs[0]["author"]), cs[0]["time"].strftime("%d %b %Y %H:%M"), len(cs),
        "".join(one(i) for i, c in enumerate(cs) if c["parent"] is None))
    return wrap("%s - Hollins Lane Growers" % subject(), body)


def shreddit(cs):
    def meta(c):
        return ("<faceplate-hovercard><a href=\"/user/%s/\" class=\"font-bold text-neutral-content-strong\">%s</a></faceplate-hovercard><span class=\"inline-block my-0 created-separator\">&#8226;</span>"
                "<a href=\"/r/GardenCommons/comments/1h2k3/comment/%d/\"><faceplate-timeago ts=\"%s\" format=\"compact\"><time datetime=\"%s\" title=\"%s\">%s</time></faceplate-timeago></a>") % (
            esc(c["author"]), esc(c["author"]), c["id"], c["time"].strftime("%Y-%m-%dT%H:%M:05.000Z"), c["time"].strftime("%Y-%m-%dT%H:%M:05.000Z"),
            c["time"].strftime("%a, %b %d, %Y, %H:%M:05 %p").replace(" PM", "").replace(" AM", ""), ago(c["time"]))

    def one(i):
        c = cs[i]
        inner = "".join(one(j) for j in kids(cs, i))
        return ("<shreddit-comment author=\"%s\" thingid=\"t1_%x\" depth=\"%d\" permalink=\"/r/GardenCommons/comments/1h2k3/comment/%x/\" postid=\"t3_1h2k3\" score=\"%d\"%s>"
                "<div slot=\"commentAvatar\"><faceplate-tracker><a href=\"/user/%s/\"><span class=\"avatar\"><img src=\"https://styles.redditmedia.example/t5_%d/avatar.png\" alt=\"%s avatar\"></span></a></faceplate-tracker></div>"
                "<div slot=\"commentMeta\" class=\"flex flex-row items-center\">%s</div>"
                "<div slot=\"comment\"><div id=\"t1_%x-comment-rtjson-content\" class=\"md text-14\">%s</div></div>"
                "<shreddit-comment-action-row slot=\"actionRow\" score=\"%d\"><span class=\"vote\"><button aria-label=\"Upvote\">Upvote</button> <faceplate-number number=\"%d\">%d</faceplate-number> <button aria-label=\"Downvote\">Downvote</button></span> "
                "<button>Reply</button> <button>Award</button> <button>Share</button></shreddit-comment-action-row>%s</shreddit-comment>") % (
            esc(c["author"]), c["id"], c["depth"], c["id"], c["likes"], "" if c["parent"] is None or c["parent"] == 0 else " parentid=\"t1_%x\"" % cs[c["parent"]]["id"],
            esc(c["author"]), 800 + k_of(c), esc(c["author"]), meta(c), c["id"], ps(c), c["likes"], c["likes"], c["likes"], inner)
    p = cs[0]
    body = ("<shreddit-app><reddit-header-large><header><a href=\"/\">reddit</a> <input placeholder=\"Search in r/GardenCommons\"> <a>Get App</a> <a>Log In</a></header></reddit-header-large>"
            "<div class=\"main-container\"><main id=\"main-content\"><shreddit-post author=\"%s\" created-timestamp=\"%s\" id=\"t3_1h2k3\" post-title=\"%s\" score=\"%d\" comment-count=\"%d\" post-type=\"text\">"
            "<div slot=\"credit-bar\"><span class=\"subreddit\"><a href=\"/r/GardenCommons/\">r/GardenCommons</a></span> <span>&#8226;</span> <faceplate-timeago ts=\"%s\"><time datetime=\"%s\">%s</time></faceplate-timeago>"
            "<div class=\"author\"><faceplate-hovercard><a href=\"/user/%s/\">%s</a></faceplate-hovercard></div></div>"
            "<h1 slot=\"title\" id=\"post-title-t3_1h2k3\">%s</h1><div slot=\"post-flair\"><span class=\"flair\">Discussion</span></div>"
            "<div slot=\"text-body\"><div class=\"md\" id=\"t3_1h2k3-post-rtjson-content\">%s</div></div>"
            "<span slot=\"vote-count\"><faceplate-number number=\"%d\">%d</faceplate-number></span><span slot=\"comment-count\">%d comments</span><span slot=\"share\">Share</span></shreddit-post>"
            "<div class=\"comments-sort\">Sort by: <button>Best</button> <input placeholder=\"Search Comments\"></div>"
            "<shreddit-comment-tree id=\"comment-tree\" post-id=\"t3_1h2k3\" totalcomments=\"%d\">%s</shreddit-comment-tree>"
            "<faceplate-partial loading=\"action\"><button>View more comments</button></faceplate-partial></main>"
            "<aside id=\"right-sidebar\"><div class=\"community-info\"><h2>r/GardenCommons</h2><p>Allotments, community gardens and the politics of the water tap.</p><p>48K Members &#8226; 112 Online</p>"
            "<h3>Rules</h3><ol><li>Be civil</li><li>No selling</li></ol></div><div class=\"related\"><h3>Related posts</h3><a>Anyone else's society going to meters?</a> <a>Rainwater butt recommendations</a></div></aside></div>"
            "<footer><a>Reddit Rules</a> <a>Privacy Policy</a> <a>User Agreement</a> Reddit, Inc. &copy; 2026. All rights reserved.</footer></shreddit-app>") % (
        esc(p["author"]), p["time"].strftime("%Y-%m-%dT%H:%M:05.000000+0000"), esc(subject()), p["likes"], len(cs) - 1,
        p["time"].strftime("%Y-%m-%dT%H:%M:05.000Z"), p["time"].strftime("%Y-%m-%dT%H:%M:05.000Z"), ago(p["time"]), esc(p["author"]), esc(p["author"]),
        esc(subject()), ps(p), p["likes"], p["likes"], len(cs) - 1, len(cs) - 1, "".join(one(i) for i, c in enumerate(cs) if i > 0 and c["parent"] is None))
    return wrap("%s : r/GardenCommons" % subject(), body)


def gamefaqs(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            q = "<blockquote><cite>%s posted...</cite>%s</blockquote>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<br>---<br><span class=\"sig_text\">%s</span>" % esc(s) if s else ""
        stamp = "%d/%d/%d %s" % (t.month, t.day, t.year, ampm(t).replace(" ", ":%02d " % (7 + i)))
        rows.append(("<tr class=\"msg\"><td class=\"msg\"><div class=\"msg_infobox\"><div class=\"name\"><a class=\"name\" href=\"/community/%s\"><b>%s</b></a>%s</div>"
                     "<span class=\"post_time\" title=\"%s\">%s</span><div class=\"msg_below\"><a class=\"message_num\" name=\"%d\" href=\"/boards/9977-allotments/80512345/%d\">#%d</a> "
                     "<span class=\"options\"><a>Quote</a> | <a>Report</a> | <a>Message Detail</a></span></div></div>"
                     "<div class=\"msg_body_box\"><div class=\"msg_body newbeta\" name=\"%d\">%s%s%s</div></div></td></tr>") % (
            handle(c["author"]).replace("_", ""), esc(c["author"]), " <span class=\"tc\">(Topic Creator)</span>" if i and c["author"] == posts[0]["author"] else "",
            stamp, stamp, i + 1, c["id"], i + 1, c["id"], q, tx(c), s))
    body = ("<div id=\"wrapper\"><header class=\"top\"><a class=\"logo\" href=\"/\">GameFAQs</a><nav><a>Home</a> <a>Boards</a> <a>Answers</a> <a>Favorites</a> <a>Log In</a></nav></header>"
            "<div id=\"content\"><div class=\"page-header\"><h1 class=\"page-title\">%s</h1><div class=\"board_nav\"><a>Allotment Gardening &amp; Grow Your Own</a> &raquo; <a>Topic List</a></div></div>"
            "<div class=\"paginate\"><a class=\"first\">First</a> <span class=\"current\">Page 1 of 2</span> <a>Next</a> <a>Last</a></div>"
            "<div class=\"ad\"><span>Advertisement</span></div><table class=\"board message\"><tbody>%s</tbody></table>"
            "<div class=\"paginate\"><span class=\"current\">Page 1 of 2</span> <a>Next</a></div><div class=\"user_panel\">You must log in to post a message.</div>"
            "<div class=\"span4\"><h2 class=\"title\">Board Information</h2><p>Board Lurkers: 41</p><p>Top Active Topics</p></div></div>"
            "<footer><a>Help</a> | <a>Terms of Use</a> | <a>Privacy Policy</a> &copy; 2026 GAMESPOT, A FANDOM COMPANY. ALL RIGHTS RESERVED.</footer></div>") % (esc(subject()), "".join(rows))
    return wrap("%s - Allotment Gardening Board - GameFAQs" % subject(), body)


def tieba(cs):
    floors = [i for i, c in enumerate(cs) if c["parent"] is None]
    rows = []
    for n, i in enumerate(floors):
        c, k = cs[i], k_of(cs[i])
        t = c["time"]
        lz = []
        for j in kids(cs, i):
            r = cs[j]
            lz.append(("<li class=\"lzl_single_post j_lzl_s_p\" data-field='{&quot;spid&quot;:%d,&quot;showname&quot;:&quot;%s&quot;,&quot;user_name&quot;:&quot;%s&quot;}'>"
                       "<a class=\"j_user_card lzl_p_p\" href=\"/home/main?un=%d\"><img src=\"https://gss0.example/sys/portrait/item/%d\" width=\"32\" height=\"32\"></a>"
                       "<div class=\"lzl_cnt\"><a class=\"at j_user_card\" username=\"%s\" href=\"/home/main?un=%d\">%s</a>:<span class=\"lzl_content_main\">%s</span>"
                       "<div class=\"lzl_content_reply\"><span class=\"lzl_op_list j_lzl_o_l\"></span><span class=\"lzl_time\">%s</span><a href=\"#\" class=\"lzl_s_r\">回复</a></div></div></li>") % (
                r["id"], esc(r["author"]), esc(r["author"]), 900 + k_of(r), 900 + k_of(r), esc(r["author"]), 900 + k_of(r), esc(r["author"]),
                " ".join(esc(p) for p in r["paras"]), r["time"].strftime("%Y-%m-%d %H:%M")))
        lzl = ("<div class=\"j_lzl_container core_reply_wrapper\"><div class=\"j_lzl_c_b_a core_reply_content\"><ul class=\"j_lzl_m_w\">%s</ul>"
               "<div class=\"lzl_editor_container\"><a class=\"j_lzl_p\">我也说一句</a></div></div></div>") % "".join(lz) if lz else ""
        rows.append(("<div class=\"l_post l_post_bright j_l_post clearfix\" data-field='{&quot;author&quot;:{&quot;user_id&quot;:%d,&quot;user_name&quot;:&quot;%s&quot;},&quot;content&quot;:{&quot;post_id&quot;:%d,&quot;post_no&quot;:%d}}'>"
                     "<div class=\"d_author\"><ul class=\"p_author\"><li class=\"icon\"><div class=\"icon_relative j_user_card\"><a class=\"p_author_face\" href=\"/home/main?un=%d\"><img src=\"https://gss0.example/sys/portrait/item/%d\" width=\"80\" height=\"80\"></a></div></li>"
                     "<li class=\"d_name\"><a class=\"p_author_name j_user_card\" href=\"/home/main?un=%d\">%s</a></li>%s"
                     "<li class=\"l_badge\"><div class=\"p_badge\"><a class=\"user_badge d_badge_bright\"><div class=\"d_badge_title\">%s</div><div class=\"d_badge_lv\">%d</div></a></div></li></ul></div>"
                     "<div class=\"d_post_content_main\"><div class=\"p_content\"><cc><div class=\"d_post_content j_d_post_content\" id=\"post_content_%d\">%s</div><br></cc></div>"
                     "<div class=\"core_reply j_lzl_wrapper\"><div class=\"core_reply_tail\"><ul class=\"p_tail\"><li><span>%d楼</span></li><li><span>%s</span></li></ul>"
                     "<div class=\"post-tail-wrap\"><span class=\"tail-info\">来自%s</span><a class=\"lzl_link_unfold\">回复%s</a></div></div>%s</div></div></div>") % (
            900 + k, esc(c["author"]), c["id"], n + 1, 900 + k, 900 + k, 900 + k, esc(c["author"]), "<li class=\"louzhubiaoshi_wrap\"><div class=\"louzhubiaoshi\">楼主</div></li>" if n == 0 else "",
            ["吧友", "种菜达人", "资深菜农", "吧主"][k % 4], 3 + k % 9, c["id"], "<br>".join(esc(p) for p in c["paras"]), n + 1, t.strftime("%Y-%m-%d %H:%M"),
            ["Android客户端", "iPhone客户端", "电脑端", "Android客户端"][k % 4], "(%d)" % len(lz) if lz else "", lzl))
        if n == 0:
            rows.append("<div class=\"l_post ad_bottom_view\"><span class=\"label_text\">广告</span><a>有机肥料 限时特价</a></div>")
    body = ("<div id=\"com_userbar\"><a>百度首页</a> <a>登录</a> <a>注册</a></div><div class=\"wrap1\"><div class=\"wrap2\"><div id=\"head\"><div class=\"card_head\"><a class=\"card_title_fname\">菜园吧</a>"
            "<span class=\"card_menNum\">关注：128,044</span> <span class=\"card_infoNum\">贴子：2,305,117</span></div>"
            "<ul class=\"nav_list\"><li><a>看贴</a></li><li><a>图片</a></li><li><a>精品</a></li><li><a>视频</a></li></ul></div>"
            "<div class=\"content clearfix\"><div class=\"left_section\"><div class=\"core_title_wrap_bright clearfix\"><h3 class=\"core_title_txt pull-left text-overflow\" title=\"%s\">%s</h3>"
            "<ul class=\"core_title_btns pull-left\"><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>"
            "<div class=\"pb_footer\"><ul class=\"l_posts_num\"><li class=\"l_pager pager_theme_4\"><span class=\"tP\">1</span><a>2</a><a>下一页</a><a>尾页</a></li>"
            "<li class=\"l_reply_num\"><span class=\"red\">%d</span>回复贴，共<span class=\"red\">2</span>页</li></ul></div>"
            "<div class=\"p_postlist\" id=\"j_p_postlist\">%s</div>"
            "<div class=\"pb_footer\"><ul class=\"l_posts_num\"><li class=\"l_pager\"><span class=\"tP\">1</span><a>2</a><a>下一页</a></li></ul></div></div>"
            "<div class=\"right_section\"><div class=\"region_bright\"><h4>吧务</h4><p>吧主：赵师傅</p></div><div class=\"region_bright\"><h4>相关推荐</h4><a>阳台种菜心得</a></div></div></div>"
            "<div class=\"footer\">&copy;2026 Baidu 贴吧协议 | 隐私政策 | 吧主制度 | 意见反馈 | 网络谣言警示</div></div></div>") % (
        esc(subject()), esc(subject()), len(floors) - 1, "".join(rows))
    return wrap("%s_菜园吧_百度贴吧" % subject(), body, "zh-CN")


def jvc(posts):
    def fr(t, sec):
        return "%d %s %d à %02d:%02d:%02d" % (t.day, FR_MON[t.month - 1], t.year, t.hour, t.minute, sec)
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote class=\"blockquote-jv\"><p>Le %s :%s a écrit :</p><p>%s</p></blockquote>" % (fr(p["time"], 11), esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"signature-msg text-enrichi-forum\"><p>%s</p></div>" % esc(["", "Parcelle 14, côté talus", "", "Cultivez votre jardin", "", "Vive les haricots", "", "", "Envoyé de ma cabane", "", "Le compost, c'est la vie", ""][k]) if s else ""
        rows.append(("<div class=\"bloc-message-forum mx-2 mx-lg-0\" data-id=\"%d\"><div class=\"conteneur-message\"><div class=\"bloc-header\">"
                     "<img src=\"https://image.jeuxvideo.example/avatar-sm/%d.png\" class=\"user-avatar-msg js-lazy\" alt=\"%s\"><div class=\"bloc-pseudo-date\">"
                     "<span class=\"JvCare 1F4A text-user bloc-pseudo-msg\" target=\"_blank\">%s</span><div class=\"bloc-date-msg\"><span class=\"JvCare 2B3C lien-jv\" target=\"_blank\">%s</span></div></div>"
                     "<div class=\"bloc-options-msg\"><span class=\"picto-msg-exclam\" title=\"Signaler\"></span><span class=\"picto-msg-quote\" title=\"Citer\"></span><span class=\"picto-msg-croix\" title=\"Blacklister\"></span></div></div>"
                     "<div class=\"bloc-contenu\"><div class=\"txt-msg text-enrichi-forum\">%s%s</div>%s</div></div></div>") % (
            c["id"], 400 + k, esc(c["author"]), esc(c["author"]), fr(t, 5 + i), q, ps(c), s))
    body = ("<div id=\"page-top\"><header class=\"header-global\"><a class=\"logo-jv\">jeuxvideo.com</a><nav><a>Jeux</a> <a>Forums</a> <a>Vidéos</a> <a>Connexion</a></nav></header>"
            "<div class=\"layout__content\"><div class=\"titre-head-bloc\"><h1 class=\"highlight\">Forum Jardinage et potager</h1></div>"
            "<div class=\"bloc-pre-pagi-forum\"><div class=\"bloc-liste-num-page\"><span class=\"page-active\">1</span> <a class=\"lien-jv\">2</a> <a class=\"pagi-suivant-actif\">&raquo;</a></div></div>"
            "<div id=\"bloc-title-forum\">Sujet : %s</div><div class=\"conteneur-messages-pagi\">%s</div>"
            "<div class=\"bloc-pagi-default\"><span class=\"page-active\">1</span> <a class=\"lien-jv\">2</a></div>"
            "<div class=\"bloc-form-forum\"><h2>Répondre</h2><p>Vous devez être connecté pour poster un message.</p></div></div>"
            "<footer class=\"footer\"><a>CGU</a> <a>Charte</a> <a>Mentions légales</a> jeuxvideo.com &copy; 2026</footer></div>") % (esc(subject()), "".join(rows))
    return wrap("%s sur le forum Jardinage et potager - 21-11-2026 - jeuxvideo.com" % subject(), body, "fr")


def gutefrage(cs):
    def de(t):
        return t.strftime("%d.%m.%Y, %H:%M")
    q = cs[0]
    ans = []
    for i, c in enumerate(cs):
        if i == 0 or c["parent"] is not None:
            continue
        k = k_of(c)
        coms = "".join(("<div class=\"Comment\" id=\"comment-%d\"><div class=\"Comment-meta\"><a class=\"Comment-author\" href=\"/nutzer/%s\">%s</a> <span class=\"Comment-date\">%s</span></div>"
                        "<div class=\"Comment-body\">%s</div><div class=\"Comment-actions\"><a>Antworten</a> <a>Melden</a></div></div>") % (
            cs[j]["id"], handle(cs[j]["author"]), esc(cs[j]["author"]), de(cs[j]["time"]), ps(cs[j])) for j in kids(cs, i))
        ans.append(("<section class=\"AnswerListItem%s\" id=\"answer-%d\"><div class=\"ContentMeta\"><img class=\"Avatar\" src=\"/avatar/%d.png\" alt=\"\">"
                    "<div class=\"ContentMeta-info\"><span class=\"ContentMeta-label\">Antwort von</span> <a class=\"ContentMeta-author\" href=\"/nutzer/%s\">%s</a>%s</div>"
                    "<time class=\"ContentMeta-date\" datetime=\"%s\">%s</time></div>%s<div class=\"Answer-body\">%s</div>"
                    "<div class=\"Answer-actions\"><button class=\"Helpful\">Hilfreich (%d)</button> <a>Kommentieren</a> <a>Melden</a></div>"
                    "<div class=\"CommentList\">%s</div></section>") % (
            " AnswerListItem--most-helpful" if i == 1 else "", c["id"], 700 + k, handle(c["author"]), esc(c["author"]),
            " <span class=\"ContentMeta-rank\">Community-Experte</span> <span class=\"ContentMeta-topic\">Garten</span>" if k % 3 == 0 else "",
            c["time"].strftime("%Y-%m-%dT%H:%M:00"), de(c["time"]), "<div class=\"Badge\">Hilfreichste Antwort</div>" if i == 1 else "", ps(c), c["likes"], coms))
    body = ("<div class=\"Page\"><header class=\"Header\"><a class=\"Logo\">gutefrage</a><input placeholder=\"Frage stellen oder suchen\"> <a>Anmelden</a></header>"
            "<nav class=\"Breadcrumbs\"><a>Startseite</a> &rsaquo; <a>Garten</a> &rsaquo; <a>Schrebergarten</a></nav><main class=\"Main\">"
            "<article class=\"Question\" id=\"question\"><div class=\"ContentMeta\"><img class=\"Avatar\" src=\"/avatar/%d.png\" alt=\"\"><div class=\"ContentMeta-info\"><a class=\"ContentMeta-author\" href=\"/nutzer/%s\">%s</a></div>"
            "<time class=\"ContentMeta-date\" datetime=\"%s\">%s</time></div><h1 class=\"Question-title\">%s</h1><div class=\"Question-body\">%s</div>"
            "<div class=\"TagList\"><a>Garten</a> <a>Wasser</a> <a>Verein</a></div><div class=\"Question-actions\"><button>Antworten</button> <button>Hilfreich (%d)</button> <a>Melden</a></div></article>"
            "<div class=\"Ad\">Anzeige</div><h2 class=\"AnswerList-title\">%d Antworten</h2><div class=\"AnswerList\">%s</div>"
            "<aside class=\"Related\"><h3>Ähnliche Fragen</h3><a>Wer zahlt die Wasseruhr im Kleingarten?</a> <a>Regentonne im Schrebergarten erlaubt?</a></aside></main>"
            "<footer class=\"Footer\"><a>Impressum</a> <a>Datenschutz</a> <a>Richtlinien</a> &copy; gutefrage.net GmbH</footer></div>") % (
        700 + k_of(q), handle(q["author"]), esc(q["author"]), q["time"].strftime("%Y-%m-%dT%H:%M:00"), de(q["time"]), esc(subject()), ps(q), q["likes"],
        len(ans), "".join(ans))
    return wrap("%s (Garten, Schrebergarten) | gutefrage" % subject(), body, "de")


def sumo(posts):
    def us(t):
        return "%d/%d/%d, %s" % (t.month, t.day, t.year, ampm(t))
    q = posts[0]
    rows = []
    for i, c in enumerate(posts[1:], 1):
        k = k_of(c)
        qt = ""
        if c["quote"]:
            qt = "<p><em><a href=\"#answer-%d\">%s</a> said</em></p><blockquote>%s</blockquote>" % (posts[c["parent"]]["id"], esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        ed = "<p class=\"edit-note\">Modified <time datetime=\"%s\">%s</time> by %s</p>" % (
            c["time"].strftime("%Y-%m-%dT%H:%M:00"), us(c["time"] + dt.timedelta(minutes=6)), esc(c["author"])) if i % 4 == 1 else ""
        rows.append(("<div class=\"answer\" id=\"answer-%d\"><div class=\"avatar-details user-meta\"><div class=\"avatar\"><a href=\"/en-US/user/%s/\"><img src=\"/static/default-avatar.%d.png\" alt=\"\"></a></div>"
                     "<div class=\"user\"><div class=\"asked-by\"><a class=\"author-name\" href=\"/en-US/user/%s/\"><span class=\"display-name\">%s</span></a>%s</div>"
                     "<span class=\"user-title\">%d solutions %d answers</span></div>"
                     "<span class=\"asked-on\"><a href=\"#answer-%d\">%s</a></span></div><div class=\"main-content\"><div class=\"content\">%s%s</div>%s</div>"
                     "<div class=\"answer-tools\"><span class=\"helpful-label\">Helpful?</span> <button class=\"btn\">Yes</button> <button class=\"btn\">No</button> "
                     "<div class=\"mzp-c-menu-list\"><ul><li><a>Quote</a></li><li><a>Report abuse</a></li></ul></div></div></div>") % (
            c["id"], handle(c["author"]), k, handle(c["author"]), esc(c["author"]),
            " <span class=\"badge\">Top 10 Contributor</span>" if k % 4 == 1 else "", (k * 37) % 900, (k * 211) % 4000, c["id"], us(c["time"]), qt, ps(c), ed))
    body = ("<div class=\"sumo-page\"><header class=\"sumo-nav\"><a class=\"sumo-nav--logo\">Mozilla Support</a><nav><a>Explore Help Articles</a> <a>Community Forums</a> <a>Ask a Question</a> <a>Contribute</a> <a>Sign In/Up</a></nav></header>"
            "<nav class=\"breadcrumbs\"><ol><li><a>Support Forums</a></li><li><a>Thunderbird</a></li><li>%s</li></ol></nav>"
            "<div class=\"sumo-page-section question-masthead\"><span class=\"tag\">This thread was archived. Please ask a new question if you need help.</span></div>"
            "<article id=\"question-88120\" class=\"question\"><div class=\"question-meta user-meta\"><div class=\"avatar\"><img src=\"/static/default-avatar.0.png\" alt=\"\"></div>"
            "<div class=\"asked-by\"><a class=\"author-name\" href=\"/en-US/user/%s/\"><span class=\"display-name\">%s</span></a></div>"
            "<span class=\"asked-on\">Asked <time datetime=\"%s\">%s</time></span></div><h1 class=\"sumo-page-heading\">%s</h1><div class=\"main-content\"><div class=\"content\">%s</div></div>"
            "<div class=\"question-tools\"><p>I have this problem too (%d)</p><p>Is this question helpful?</p></div></article>"
            "<section id=\"more-solutions\"><h2 class=\"sumo-card-heading\">All Replies (%d)</h2>%s</section>"
            "<aside class=\"sidebar\"><h3>Question owner</h3><p>Chosen solution</p><h3>Related Articles</h3><a>Set up a shared calendar</a></aside>"
            "<footer class=\"sumo-footer\"><a>Mozilla</a> <a>Privacy</a> <a>Cookies</a> <a>Legal</a> Visit Mozilla Corporation's not-for-profit parent.</footer></div>") % (
        esc(subject()), handle(q["author"]), esc(q["author"]), q["time"].strftime("%Y-%m-%dT%H:%M:00"), us(q["time"]), esc(subject()), ps(q), 3, len(posts) - 1, "".join(rows))
    return wrap("%s | Thunderbird Support Forum | Mozilla Support" % subject(), body)


def easydiscuss(posts):
    def j(t):
        return "%s, %d %s %d %02d:%02d" % (DAYS[t.weekday()], t.day, mon(t), t.year, t.hour, t.minute)
    q = posts[0]
    rows = []
    for i, c in enumerate(posts[1:], 1):
        k = k_of(c)
        qt = ""
        if c["quote"]:
            qt = "<blockquote class=\"ed-quote\"><span class=\"ed-quote__author\">%s wrote:</span><p>%s</p></blockquote>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        like = "<a class=\"ed-likes\"><i class=\"fa fa-thumbs-up\"></i> %d</a>" % c["likes"] if c["likes"] else "<a class=\"ed-likes\"><i class=\"fa fa-thumbs-up\"></i> Like</a>"
        s = sig(c)
        s = "<div class=\"ed-signature\">%s</div>" % esc(s) if s else ""
        rows.append(("<div class=\"ed-reply-item%s\" data-ed-reply-item data-id=\"%d\"><div class=\"o-media o-media--top\"><div class=\"o-media__image\"><a class=\"o-avatar\" href=\"/forum/profile/%d-%s\"><img src=\"/media/com_easydiscuss/avatars/%d.png\" alt=\"\"></a></div>"
                     "<div class=\"o-media__body\"><div class=\"ed-reply-item__hd\"><a class=\"ed-user-name\" href=\"/forum/profile/%d-%s\">%s</a> <span class=\"ed-user-rank\">%s</span>"
                     "<div class=\"ed-reply-item__meta\">Posts: %d &middot; Karma: %d</div><span class=\"ed-reply-item__date\">replied <time datetime=\"%s\">%s</time></span></div>"
                     "<div class=\"ed-reply-content\">%s%s</div>%s<div class=\"ed-reply-item__ft\">%s <a>Quote</a> <a>Report</a> <a>Permalink</a></div></div></div></div>") % (
            " is-answer" if i == 2 else "", c["id"], 120 + k, handle(c["author"]), 120 + k, 120 + k, handle(c["author"]), esc(c["author"]),
            ["Fresh Boarder", "Junior Boarder", "Senior Boarder", "Moderator"][k % 4], posts_n(c), (k * 7) % 50, c["time"].strftime("%Y-%m-%dT%H:%M:00"), j(c["time"]),
            qt, ps(c), s, like))
        if i == 2:
            rows[-1] = rows[-1].replace("<div class=\"o-media__body\">", "<div class=\"o-media__body\"><div class=\"ed-answer-label\">Accepted Answer</div>", 1)
    body = ("<div id=\"ed\" class=\"ed-responsive\"><div class=\"site-header\"><a class=\"brand\">Hollins Lane Allotments</a><ul class=\"nav menu\"><li><a>Home</a></li><li><a>Forum</a></li><li><a>Plots</a></li><li><a>Contact</a></li></ul></div>"
            "<div class=\"ed-toolbar\"><a>Discussions</a> <a>Categories</a> <a>Tags</a> <a>Users</a> <a>Badges</a> <input placeholder=\"Search...\"></div>"
            "<div class=\"ed-entry\" data-ed-post-wrapper><div class=\"ed-entry-head\"><h1 class=\"ed-entry-title\">%s</h1>"
            "<div class=\"ed-entry-meta\"><span class=\"ed-post-status\">Resolved</span> Posted by <a class=\"ed-user-name\" href=\"/forum/profile/%d-%s\">%s</a> on <time datetime=\"%s\">%s</time> &middot; "
            "<span>Category: Committee</span> &middot; <span>Hits: 311</span></div></div><div class=\"ed-entry-body\"><div class=\"ed-editor-content\">%s</div></div>"
            "<div class=\"ed-entry-actions\"><a class=\"ed-likes\"><i class=\"fa fa-thumbs-up\"></i> %d</a> <a>Subscribe</a> <a>Report</a> <a>Print</a></div></div>"
            "<div class=\"ed-replies\"><div class=\"ed-replies__hd\"><h3>Replies (%d)</h3><div class=\"ed-sort\">Sort by: <a>Oldest</a> <a>Latest</a> <a>Most likes</a></div></div>%s</div>"
            "<div class=\"ed-reply-form\"><p>Please login first in order for you to submit comments</p></div>"
            "<div class=\"footer\">Powered by EasyDiscuss &middot; &copy; 2026 Hollins Lane Allotment Society</div></div>") % (
        esc(subject()), 120 + k_of(q), handle(q["author"]), esc(q["author"]), q["time"].strftime("%Y-%m-%dT%H:%M:00"), j(q["time"]), ps(q), q["likes"], len(posts) - 1, "".join(rows))
    return wrap("%s - Hollins Lane Allotments" % subject(), body)


def ucoz(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<!--uzquote--><div class=\"bbQuoteBlock\"><div class=\"bbQuoteName\" style=\"padding-left:5px;font-size:7pt\"><b>Цитата</b> <span class=\"qName\"><!--qn-->%s<!--/qn--></span> "
                 "(<span class=\"qAnchor\"><!--qa--><a href=\"/forum/4-88-%d-16-%d\"><img alt=\"\" style=\"margin-top:2px !important\" src=\"/.s/img/fr/ic/11/lastpost.gif\" title=\"Ссылка на цитируемый текст\"></a><!--/qa--></span>)</div>"
                 "<div class=\"quoteMessage\" style=\"border:1px inset;max-height:200px;overflow:auto;\"><!--uzq-->%s<!--/uzq--></div></div><!--/uzquote-->") % (
                esc(p["author"]), posts.index(p) + 1, base.epoch(p["time"]), esc(c["quote"]))
        s = sig(c)
        s = "<br><hr size=\"1\" width=\"150\" align=\"left\" class=\"signatureHr\"><span class=\"signatureView\">%s</span>" % esc(
            ["", "Участок 14, верхняя дорожка", "", "Сажайте своё!", "", "Фасоль лучше всего", "", "", "Отправлено из сарая", "", "Компост решает", ""][k]) if s else ""
        rows.append(("<table border=\"0\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"2\" class=\"postTable\"><tr><td width=\"23%%\" class=\"postTdTop\" align=\"center\">"
                     "<a class=\"postUser\" href=\"javascript://\" rel=\"nofollow\" onclick=\"emoticon('[b]%s[/b],');return false;\">%s</a></td>"
                     "<td class=\"postTdTop\">Дата: %s, %s, %02d:%02d | Сообщение # %d</td></tr>"
                     "<tr><td class=\"postTdInfo\" valign=\"top\"><img alt=\"\" title=\"%s\" class=\"userAvatar\" border=\"0\" src=\"/avatar/%02d/%d.jpg\">"
                     "<div class=\"postRankName\">Группа: %s</div><div class=\"postRankIco\"><img alt=\"\" border=\"0\" src=\"/.s/rnk/1/rank%d.gif\" title=\"Ранг %d\"></div>"
                     "<div class=\"numposts\">Сообщений: <span class=\"unum\">%d</span></div><div class=\"reputation\">Репутация: <a title=\"Смотреть историю репутации\" class=\"repHistory\" href=\"javascript://\"><b>%d</b></a></div>"
                     "<div class=\"statusBlock\">Статус: <span class=\"status%s\">%s</span></div></td>"
                     "<td class=\"posttdMessage\" valign=\"top\"><span class=\"ucoz-forum-post\" id=\"ucoz-forum-post-%d\" edit-url=\"\">%s%s</span>%s%s</td></tr>"
                     "<tr><td class=\"postBottom\" align=\"center\">&nbsp;</td><td class=\"postBottom\"><table border=\"0\" width=\"100%%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>"
                     "<a href=\"/index/8-%d\"><img alt=\"\" style=\"margin:0;padding:0;border:0;\" src=\"/.s/img/fr/bt/34/p_profile.gif\" title=\"Профиль пользователя\"></a></td>"
                     "<td align=\"right\" style=\"padding-right:15px;\"><a href=\"javascript://\" onclick=\"return false;\"><img alt=\"\" src=\"/.s/img/fr/bt/34/p_quote.gif\" title=\"Цитировать\"></a></td>"
                     "<td width=\"2%%\" nowrap align=\"right\"><a class=\"postNumberLink\" href=\"/forum/4-88-%d-16-%d\" onclick=\"prompt('Ссылка на сообщение', this.href);return false;\">#%d</a></td></tr></table></td></tr></table>") % (
            esc(c["author"]), esc(c["author"]), RU_DAYS[t.weekday()], t.strftime("%d.%m.%Y"), t.hour, t.minute, i + 1, esc(c["author"]), k, 500 + k,
            ["Пользователи", "Проверенные", "Друзья", "Модераторы"][k % 4], 1 + k % 5, 1 + k % 5, posts_n(c), (k * 3) % 40, "Offline" if k % 3 else "Online", "Offline" if k % 3 else "Online",
            i + 1, q, tx(c), s, "<br><span class=\"edited\">Сообщение отредактировал %s - %s, %s, %02d:%02d</span>" % (esc(c["author"]), RU_DAYS[t.weekday()], t.strftime("%d.%m.%Y"), t.hour, (t.minute + 5) % 60) if i % 4 == 3 else "",
            500 + k, i + 1, base.epoch(t), i + 1))
    body = ("<div id=\"contanier\"><div id=\"header\"><div id=\"site-logo\"><span class=\"site-l\"><span class=\"site-n\"><a href=\"/\">СНТ «Верхняя дорожка»</a></span></span></div>"
            "<div id=\"nav\"><ul><li><a>Главная</a></li><li><a>Форум</a></li><li><a>Новости</a></li><li><a>Фотоальбом</a></li></ul></div></div>"
            "<div id=\"content\"><table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%%\"><tr><td width=\"60%%\" style=\"font-size:8pt;\">Приветствую Вас <b>Гость</b> | <a>RSS</a></td>"
            "<td align=\"right\" style=\"white-space:nowrap;\">[ <a class=\"fNavLink\">Новые сообщения</a> &middot; <a class=\"fNavLink\">Участники</a> &middot; <a class=\"fNavLink\">Правила форума</a> &middot; <a class=\"fNavLink\">Поиск</a> &middot; <a class=\"fNavLink\">RSS</a> ]</td></tr></table>"
            "<table border=\"0\" width=\"100%%\" cellspacing=\"0\" cellpadding=\"0\" class=\"ThrTopButtonsTbl\"><tr><td class=\"forumNamesBar\"><a class=\"forumBar\">Форум садоводов</a> &raquo; <a class=\"forumBar\">Жизнь товарищества</a> &raquo; <a class=\"forumBarA\">%s</a></td>"
            "<td class=\"pagesInfo\">Страница <b>1</b> из <b>2</b> &middot; <span class=\"switchActive\">1</span> <a class=\"switchDigit\">2</a> <a class=\"switchNext\">&raquo;</a></td></tr></table>"
            "<table class=\"gTable\" border=\"0\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"0\"><tr><td class=\"gTableTop\"><div style=\"float:right\" class=\"gTopCornerRight\"></div><span class=\"forum-title\">%s</span></td></tr>"
            "<tr><td class=\"postSeparator\"></td></tr><tr><td class=\"postFirst\">%s</td></tr></table>"
            "<table border=\"0\" width=\"100%%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"pagesInfo\">Страница <b>1</b> из <b>2</b></td></tr></table>"
            "<div class=\"fFastLogin\">Войдите, чтобы ответить. <a>Регистрация</a></div></div>"
            "<div id=\"footer\">Copyright СНТ «Верхняя дорожка» &copy; 2026 | Хостинг от <a>uCoz</a></div></div>") % (esc(subject()), esc(subject()), "".join(rows))
    return wrap("%s - Форум садоводов" % subject(), body, "ru")


def zetaboards(posts):
    def zt(t):
        return "%s %d %d, %02d:%02d %s" % (mon(t)[:3], t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"quote_top\">Quote: %s @ %s</div><blockquote><div>%s</div></blockquote>" % (esc(p["author"]), zt(p["time"]), esc(c["quote"]))
        s = sig(c)
        s = "<tr><td class=\"c_sig\" colspan=\"2\"><div class=\"signature\">%s</div></td></tr>" % esc(s) if s else ""
        rows.append(("<tr id=\"post-%d\"><td class=\"c_username\"><a href=\"/hollins/profile/%d/\" class=\"member\">%s</a></td><td class=\"c_postinfo\"><span class=\"left\">%s</span>"
                     "<span class=\"right\"><a>Report Post</a> <a href=\"/hollins/single/?p=%d&amp;t=88\" onclick=\"prompt('Link to post',this.href);return false\">#%d</a></span></td></tr>"
                     "<tr><td class=\"c_user\"><div class=\"avatar\"><img src=\"/avatars/%d.png\" alt=\"\"></div><div class=\"user_info\"><dl class=\"user_info\"><dt>Group:</dt><dd>%s</dd>"
                     "<dt>Posts:</dt><dd>%d</dd><dt>Member</dt><dd>#%d</dd><dt>Joined:</dt><dd>%s</dd></dl></div></td><td class=\"c_post\">%s%s%s</td></tr>%s"
                     "<tr class=\"c_postfoot\"><td class=\"c_footicons\"><span class=\"left\"><a class=\"%s\">%s</a></span></td><td class=\"c_footicons\"><span class=\"right\"><a>Quote</a> <a>Reply</a> <a>Top</a></span></td></tr>"
                     "<tr><td class=\"c_sep\" colspan=\"2\"></td></tr>") % (
            c["id"], 1000 + k, esc(c["author"]), zt(t), c["id"], i + 1, k, ["Members", "Members", "Gardeners", "Admin"][k % 4], posts_n(c), 12 + k * 31,
            "%s %d, %d" % (mon(joined(c))[:3], joined(c).day, joined(c).year), q, tx(c),
            "<div class=\"editby\">Edited by %s, %s.</div>" % (esc(c["author"]), zt(t + dt.timedelta(minutes=8))) if i % 5 == 4 else "", s,
            "online" if k % 3 == 0 else "offline", "Online" if k % 3 == 0 else "Offline"))
    body = ("<div id=\"wrap\"><div id=\"top\"><a href=\"/hollins/\"><img src=\"/banner.png\" alt=\"Hollins Lane Plotholders\"></a></div><ul id=\"top_menu\"><li><a>Board Index</a></li><li><a>Members</a></li><li><a>Search</a></li><li><a>Register</a></li><li><a>Sign In</a></li></ul>"
            "<div id=\"top_info\"><strong>Welcome Guest</strong> [ <a>Log In</a> | <a>Register</a> ]</div><ul id=\"nav\"><li><a>Hollins Lane Plotholders</a></li><li>&middot; <a>Society Matters</a></li></ul>"
            "<div class=\"cat-pages\"><ul><li class=\"cat-pages\">Pages:</li><li><span>1</span></li><li><a>2</a></li></ul></div><a class=\"btn_fake\">Add Reply</a>"
            "<table class=\"topic\" cellspacing=\"0\"><thead><tr><th colspan=\"2\"><div class=\"left\">%s</div><div class=\"right\"><a>Track Topic</a> &middot; <a>Email Topic</a> &middot; <a>Print Topic</a></div></th></tr></thead><tbody>%s</tbody></table>"
            "<div class=\"cat-pages\"><ul><li class=\"cat-pages\">Pages:</li><li><span>1</span></li><li><a>2</a></li></ul></div><table class=\"forum\"><tr><th>Online Users</th></tr><tr><td>1 user reading this topic (1 Guest and 0 Anonymous)</td></tr></table>"
            "<div id=\"copyright\">Hosted for free by <a>zIFBoards</a> &middot; Privacy Policy<br>Skin by Hollins Lane</div></div>") % (esc(subject()), "".join(rows))
    return wrap("%s &middot; Society Matters &middot; Hollins Lane Plotholders" % subject(), body)


def kaggle(cs):
    def one(i, top):
        c = cs[i]
        k = k_of(c)
        inner = "".join(one(j, False) for j in kids(cs, i))
        return ("<div class=\"sc-jSFjdj %s\" data-testid=\"discussions-comment\" id=\"%d\"><div class=\"sc-hKgILt kDfAZy\"><a href=\"/%s\" class=\"sc-eCssSg\"><div class=\"sc-avatar\" aria-label=\"%s\"><img src=\"https://storage.kaggle.example/avatars/thumbnails/%d.jpg\" alt=\"\"></div></a></div>"
                "<div class=\"sc-gKsewC\"><div class=\"sc-iBPRYJ\"><a href=\"/%s\" class=\"sc-fubCfw gXUkIe\">%s</a><span class=\"sc-pFZIQ bDwNcE\"> &middot; <span title=\"%s\" aria-label=\"%s\">Posted %s</span></span>"
                "%s</div><div class=\"sc-jrAGrp markdown-converter__text--rendered\">%s</div>"
                "<div class=\"sc-kEjbxe\"><div class=\"sc-vote\"><button aria-label=\"Upvote\">arrow_drop_up</button><span class=\"sc-iqHYGH\">%d</span><button aria-label=\"Downvote\">arrow_drop_down</button></div>"
                "<button class=\"sc-crrsfI\">Reply</button> <button aria-label=\"more_horiz\">more_horiz</button></div></div>%s</div>") % (
            "bOQmrK" if top else "bOQmrK sc-reply", c["id"], handle(c["author"]).replace("_", ""), esc(c["author"]), 60000 + k, handle(c["author"]).replace("_", ""), esc(c["author"]),
            c["time"].strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)"), c["time"].strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)"),
            {0: "", 1: ""}.get(0) + base.ago(c["time"], NOW),
            " <span class=\"sc-jcFjpl\">&middot; %s</span>" % ["1st in this Competition", "Topic Author", "", "Posted on Version 3 of 4"][k % 4] if k % 4 in (0, 3) else "",
            ps(c), c["likes"], "<div class=\"sc-eJwWfJ fCIxjy\">%s</div>" % inner if inner else "")
    p = cs[0]
    body = ("<div id=\"site-container\"><div class=\"sc-site-nav\"><a>Create</a> <a>Home</a> <a>Competitions</a> <a>Datasets</a> <a>Models</a> <a>Code</a> <a>Discussions</a> <a>Learn</a> <a>More</a></div>"
            "<div id=\"site-content\"><div class=\"sc-header\"><a>Community Gardens Water Use</a> &middot; <span>Community Prediction Competition</span> &middot; <span>2 months to go</span></div>"
            "<div class=\"sc-tabs\"><a>Overview</a> <a>Data</a> <a>Code</a> <a>Models</a> <a class=\"active\">Discussion</a> <a>Leaderboard</a> <a>Rules</a></div>"
            "<div class=\"sc-topic\" data-testid=\"discussions-topic-header\"><h3 class=\"sc-title\">%s</h3></div>%s"
            "<div class=\"sc-comments-header\"><h2>%d Comments</h2> <span>Hotness</span></div><div class=\"sc-comment-list\">%s</div>"
            "<div class=\"sc-add-comment\"><p>Please sign in to reply to this topic.</p></div></div>"
            "<footer class=\"sc-footer\"><a>Terms</a> <a>Privacy</a> <a>Help</a> Kaggle &copy; 2026</footer></div>") % (
        esc(subject()), one(0, True), len(cs) - 1, "".join(one(i, True) for i, c in enumerate(cs) if i > 0 and c["parent"] is None))
    return wrap("%s | Kaggle" % subject(), body)


def mumsnet(posts):
    rows = []
    for i, c in enumerate(posts):
        t = c["time"]
        stamp = "%s %02d-%s-%s %02d:%02d:%02d" % (DAYS[t.weekday()][:3], t.day, mon(t)[:3], t.strftime("%y"), t.hour, t.minute, (13 * i) % 60)
        rows.append(("<div class=\"talk-post message%s\" id=\"post-%d\" data-post-id=\"%d\"><div class=\"talk-post-header\"><span class=\"nick\">%s</span>%s "
                     "<span class=\"post-date\">&middot; %s</span></div><div class=\"talk-post-message\">%s</div>"
                     "<div class=\"talk-post-actions\"><a>Add message</a> | <a>Report</a> | <a>Message poster</a> | <a>Quote</a> | <a>Save this post</a></div></div>") % (
            " op" if c["author"] == posts[0]["author"] else "", c["id"], c["id"], esc(c["author"]), " <span class=\"op-badge\">OP</span>" if c["author"] == posts[0]["author"] else "", stamp, ps(c)))
        if i == 2:
            rows.append("<div class=\"ad-slot\"><span>Advertisement</span><p>Grow your own: seed potatoes delivered</p></div>")
    body = ("<div class=\"page\"><header class=\"site-header\"><a class=\"logo\">mumsnet</a><nav><a>Talk</a> <a>Pregnancy</a> <a>Parenting</a> <a>Gardening</a> <a>Log in</a> <a>Sign up</a></nav></header>"
            "<div class=\"breadcrumb\"><a>Talk</a> &rsaquo; <a>Gardening</a></div><div class=\"thread-header\"><h1 class=\"thread-title\">%s</h1>"
            "<div class=\"thread-tools\"><a>Watch thread</a> <a>Find my posts</a> <a>Show OP posts only</a> <a>Print</a></div></div>"
            "<div class=\"notice\">Grow your own and green-fingered chat. Share your tips in our gardening forum.</div>"
            "<div class=\"pagination\">Page 1 of 2 <a>Next</a></div><div class=\"talk-posts\">%s</div><div class=\"pagination\">Page 1 of 2 <a>Next</a></div>"
            "<div class=\"reply-box\"><p>To comment on this thread you need to create a Mumsnet account.</p><a>Join Mumsnet</a> <a>Already have a Mumsnet account? Log in</a></div>"
            "<footer class=\"site-footer\"><a>About us</a> <a>Talk Guidelines</a> <a>Privacy</a> &copy; 2026 Mumsnet Limited. All rights reserved.</footer></div>") % (esc(subject()), "".join(rows))
    return wrap("%s | Mumsnet" % subject(), body)


def phpfusion(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            q = "<div class=\"quote extended\"><p class=\"citation\"><strong>%s wrote:</strong></p><blockquote>%s</blockquote></div>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"forum_sig\"><hr>%s</div>" % esc(s) if s else ""
        rows.append(("<div class=\"forum_thread_post clearfix\" id=\"post_%d\"><div class=\"forum_thread_user_info col-xs-12 col-sm-2\"><div class=\"forum_thread_avatar\"><img class=\"img-rounded\" src=\"../../images/avatars/%d.png\" alt=\"%s\"></div>"
                     "<div class=\"forum_thread_user_name\"><a class=\"profile-link\" href=\"../../profile.php?lookup=%d\">%s</a></div><div class=\"forum_thread_user_level\">%s</div>"
                     "<ul class=\"forum_thread_user_stats\"><li>Posts: %d</li><li>Joined: %s</li><li>%s</li></ul></div>"
                     "<div class=\"forum_thread_post_body col-xs-12 col-sm-10\"><div class=\"forum_thread_post_head\"><span class=\"forum_thread_post_date\">Posted on %s</span> "
                     "<a class=\"forum_thread_post_count pull-right\" href=\"viewthread.php?thread_id=88&amp;pid=%d#post_%d\">#%d</a></div>"
                     "<div class=\"forum_thread_post_message\">%s%s</div>%s"
                     "<div class=\"forum_thread_post_buttons\"><a class=\"btn btn-default btn-xs\">Quote</a> <a class=\"btn btn-default btn-xs\">Reply</a> <a class=\"btn btn-default btn-xs\">Report</a> "
                     "<span class=\"forum_thread_vote\"><a>+1</a> %d</span></div></div></div>") % (
            c["id"], k, esc(c["author"]), 40 + k, esc(c["author"]), ["Member", "Senior Member", "Veteran Member", "Super Administrator"][k % 4], posts_n(c),
            joined(c).strftime("%d.%m.%y"), "Location: Otley" if k % 3 == 0 else "", t.strftime("%d-%m-%Y %H:%M"), c["id"], c["id"], i + 1, q, ps(c), s, c["likes"] or 0))
    body = ("<div id=\"main\"><header class=\"header\"><div class=\"logo\"><a href=\"../../index.php\">Hollins Lane Allotment Society</a></div><nav class=\"navbar\"><ul><li><a>Home</a></li><li><a>Articles</a></li><li><a>Forum</a></li><li><a>Photo Gallery</a></li><li><a>Contact</a></li></ul></nav></header>"
            "<div class=\"container\"><ol class=\"breadcrumb\"><li><a>Home</a></li><li><a>Forum</a></li><li><a>Society Business</a></li><li>%s</li></ol>"
            "<div class=\"forum-title\"><h2>%s</h2><span class=\"thread-stats\">%d posts &middot; 412 views</span></div>"
            "<div class=\"pagenav\"><span>1</span> <a>2</a> <a>Next</a></div><div class=\"forum_thread\">%s</div><div class=\"pagenav\"><span>1</span> <a>2</a></div>"
            "<div class=\"forum_thread_info\"><p>Users viewing this thread: 2 Guests</p></div></div>"
            "<footer class=\"footer\">Powered by <a>PHP-Fusion</a> Copyright &copy; 2002 - 2026 by Nick Jones. Released as free software without warranties under GNU Affero GPL v3.</footer></div>") % (
        esc(subject()), esc(subject()), len(posts), "".join(rows))
    return wrap("Hollins Lane Allotment Society - Forum: %s" % subject(), body)


def minibb(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            q = "<div class=\"quote\"><div class=\"quoting\">Quoting: %s</div>%s</div><br>" % (esc(posts[c["parent"]]["author"]), esc(c["quote"]))
        rows.append(("<tr><td class=\"%s\" valign=\"top\" style=\"width:18%%\"><a name=\"msg%d\"></a><span class=\"username\"><b>%s</b></span><br>"
                     "<span class=\"txtSm\">%s<br>Posts: %d<br>Reg.: %s</span></td>"
                     "<td class=\"%s\" valign=\"top\"><span class=\"txtSm\">%s &nbsp;|&nbsp; <a href=\"#msg%d\">#%d</a> &nbsp;|&nbsp; <a>Reply</a> &nbsp;|&nbsp; <a>Quote</a>%s</span><hr class=\"hrSm\">"
                     "<div class=\"mbText\">%s%s</div>%s</td></tr>") % (
            "caption1" if i % 2 == 0 else "caption2", c["id"], esc(c["author"]), ["Member", "Active member", "Newbie", "Admin"][k % 4], posts_n(c), joined(c).strftime("%d %b %Y"),
            "caption1" if i % 2 == 0 else "caption2", t.strftime("%d %b %Y %H:%M"), c["id"], i + 1, " &nbsp;|&nbsp; <a>Edit</a>" if i % 3 == 1 else "",
            q, tx(c), "<div class=\"txtSm\"><em>Edited by %s at %s</em></div>" % (esc(c["author"]), (t + dt.timedelta(minutes=4)).strftime("%d %b %Y %H:%M")) if i % 4 == 2 else ""))
    body = ("<table class=\"forums\" style=\"width:100%%\"><tr><td class=\"tbTransparentCell\"><a href=\"index.php\"><img src=\"img/logo.gif\" alt=\"Hollins Lane Plot Talk\"></a></td>"
            "<td class=\"tbTransparentCell\" style=\"text-align:right\"><span class=\"txtNr\"><a>Forums</a> | <a>Search</a> | <a>Statistics</a> | <a>Manual</a> | <a>Register</a> | <a>Log in</a></span></td></tr></table>"
            "<table class=\"forums\" style=\"width:100%%\"><tr><td class=\"tbTransparentmb\"><span class=\"navCell\"><a>Hollins Lane Plot Talk</a> / <a>Society business</a> / %s</span></td>"
            "<td class=\"tbTransparentmb\" style=\"text-align:right\"><span class=\"txtSm\">Pages: <b>1</b> <a>2</a></span></td></tr></table>"
            "<table class=\"forumsmb\"><tr><td class=\"tbCel1\" colspan=\"2\"><b>%s</b> &nbsp; <span class=\"txtSm\">(%d posts, 512 views)</span></td></tr>%s</table>"
            "<table class=\"forums\" style=\"width:100%%\"><tr><td class=\"tbTransparentmb\" style=\"text-align:right\"><span class=\"txtSm\">Pages: <b>1</b> <a>2</a></span></td></tr></table>"
            "<form action=\"index.php\" method=\"post\"><table class=\"forums\"><tr><td class=\"caption3\">Reply</td></tr><tr><td><textarea name=\"postText\" rows=\"8\" cols=\"60\"></textarea><br><input type=\"submit\" value=\"Post\"></td></tr></table></form>"
            "<p class=\"txtSm\" style=\"text-align:center\">Powered by <a>miniBB</a> forum software &copy; 2001-2026</p>") % (
        esc(subject()), esc(subject()), len(posts), "".join(rows))
    return wrap("Hollins Lane Plot Talk / Society business / %s" % subject(), body)


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

    def g(name, cs, likes, note, times="minute", zero_shown=True, fetched=None):
        return base.gold_of(name, name, cs, True, likes, times=times, note=note, zero_shown=zero_shown, fetched=fetched)

    use("en")
    posts = forum(10)
    write("punbb14", punbb14(posts), g("punbb14", posts, False, "PunBB 1.4: 'n Topic by X' / 'n Reply by X' head with the permalink date; author-ident and author-info lists "
                                       "('From:', 'Registered:', 'Posts:') not text; 'X wrote:' quoteboxes not text, the quoted post is the parent; signatures and 'Last edited by' not text"))
    cs = qa(10, likes=False, max_depth=3, p_reply=0.55)
    write("wikidot", wikidot(cs), g("wikidot", cs, False, "Wikidot forum thread: nested post-containers (replies inside the replied post's container); printuser (avatar link + name link), "
                                    "odate '21 Nov 2026 14:14'; 'Last edited on … by X' and signatures not text; the thread's description block not a post"))
    cs = qa(11, likes=True, max_depth=3, p_reply=0.55)
    write("shreddit", shreddit(cs), g("shreddit", cs, True, "Reddit 2023 web components: shreddit-post (the first post) and nested shreddit-comment elements with author/depth/score "
                                      "attributes; compact ages ('3d ago') beside time[datetime]; score is likes; sidebar and related posts not posts", fetched=NOW))
    posts = forum(10)
    write("gamefaqs", gamefaqs(posts), g("gamefaqs", posts, False, "GameFAQs board: msg_infobox (name, '(Topic Creator)', '11/21/2026 2:14:07 PM', '#n', Quote | Report | Message Detail) "
                                         "above the body; 'X posted...' quotes not text, the quoted post is the parent; '---' signatures not text"))
    use("zh")
    cs = qa(10, likes=False, max_depth=1, p_reply=0.35)
    zh_paras(cs)
    write("tieba", tieba(cs), g("tieba", cs, False, "Baidu Tieba-like: floors (l_post) with the author column, the text, then '3楼' and the date in the tail; in-floor replies "
                                "(lzl_single_post, 'name:text' then the time) are the floor's children; a sponsored floor and the '楼主' badge not posts"))
    use("fr")
    posts = forum(10)
    write("jvc", jvc(posts), g("jvc", posts, False, "jeuxvideo.com forum: bloc-message-forum with pseudo and '21 novembre 2026 à 14:14:05' above the text; 'Le … :X a écrit :' "
                                "blockquotes not text, the quoted post is the parent; signatures not text"))
    use("de")
    cs = qa(10, likes=True, max_depth=1, p_reply=0.45)
    for c in cs:
        if c["parent"] is not None:
            c["likes"] = None
    write("gutefrage", gutefrage(cs), g("gutefrage", cs, True, "gutefrage.net-like Q&A: the question (name, '21.11.2026, 14:14') is the first post; answers ('Antwort von X', rank, date) "
                                        "top-level with 'Hilfreich (n)' as likes; comments under an answer its children; 'Hilfreichste Antwort' badge not text"))
    use("en")
    posts = forum(9)
    write("sumo", sumo(posts), g("sumo", posts, False, "Mozilla support (Kitsune): the question ('Asked <date>') then answers with the name, 'n solutions m answers' and the date above the text; "
                                 "'X said' quotes not text, the quoted post is the parent; 'Modified … by X' and 'Helpful? Yes No' not text"))
    posts = forum(9, likes=True)
    write("easydiscuss", easydiscuss(posts), g("easydiscuss", posts, True, "Joomla EasyDiscuss: the question ('Posted by X on Saturday, 21 November 2026 14:14'), replies with name, rank, "
                                               "'Posts: n · Karma: n', 'replied <date>'; 'X wrote:' quotes not text, the quoted post is the parent; like count is likes ('Like' for 0)",
                                               zero_shown=False))
    use("ru")
    posts = forum(10)
    write("ucoz", ucoz(posts), g("ucoz", posts, False, "uCoz forum (Russian): a table per post, name cell beside 'Дата: Суббота, 21.11.2026, 14:14 | Сообщение # n'; info cell "
                                 "('Группа:', 'Сообщений:', 'Репутация:', 'Статус:') not text; 'Цитата X' quote blocks not text, the quoted post is the parent; signatures and edit notes not text"))
    use("en")
    posts = forum(10)
    write("zetaboards", zetaboards(posts), g("zetaboards", posts, False, "ZetaBoards: c_username row (name; 'Nov 21 2026, 02:14 PM'; 'Report Post', '#n') above the user cell "
                                             "('Group:', 'Posts:', 'Member #', 'Joined:') and the post; 'Quote: X @ date' quotes not text, the quoted post is the parent; signatures, edit notes not text"))
    cs = qa(10, likes=True, max_depth=2, p_reply=0.5)
    write("kaggle", kaggle(cs), g("kaggle", cs, True, "Kaggle discussion: generated class names (sc-…); name then '· Posted 3 days ago' (exact time in a title attribute), "
                                  "badges ('1st in this Competition'); replies nested in the comment's box; vote count is likes", fetched=NOW))
    posts = forum(10, quotes=False)
    write("mumsnet", mumsnet(posts), g("mumsnet", posts, False, "Mumsnet Talk: flat posts, 'name OP · Sat 21-Nov-26 14:14:05' header, 'Add message | Report | Message poster | Quote' "
                                       "not text; an ad slot between posts"))
    posts = forum(10, likes=True)
    write("phpfusion", phpfusion(posts), g("phpfusion", posts, True, "PHP-Fusion 9 forum: user column (name, level, 'Posts: n', 'Joined:'), 'Posted on 21-11-2026 14:14' and '#n' "
                                           "above the text; 'X wrote:' quotes not text, the quoted post is the parent; '+1 n' votes are likes; signatures not text"))
    posts = forum(9)
    write("minibb", minibb(posts), g("minibb", posts, False, "miniBB: two-cell rows, name cell (rank, 'Posts: n', 'Reg.:') beside '21 Nov 2026 14:14 | #n | Reply | Quote' and the text; "
                                     "'Quoting: X' blocks not text, the quoted post is the parent; 'Edited by' notes not text"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
