#!/usr/bin/python3
"""Writes the THIRTEENTH held-out round of thread pages for `w3m -dump` text: 14 blog/news comment pages in systems no
earlier gold set covers, each with its dump in text/, scored on main before any rule for them (README.md): cnblogs
(Chinese), Sina Weibo (Chinese), Zhihu (Chinese), FC2 blog (Japanese), Ameba blog (Japanese, one comment), Over-blog
(French), Mediapart-like (French), a Sueddeutsche-like news forum (German), Tiki Wiki comments, PivotX, Chyrp (one
comment), CComment (Joomla), Micro.blog conversations and a Grav blog with no comment yet (form and sidebar only).
What the dumps stress: sidebars with month archives ("2026年11月(4)", "November 2026 (3)"), recent-comment boxes and
comment forms around the comments, "Name：text" on one line, the name under the text, "#n楼" floor numbers, "Name 回复
Parent" heads, "en réponse au commentaire de X", "@handle" openers, "Re: subject" titles and CSS-only nesting.
Helpers and gold format from ../heldout5's generator; another topic (a footbridge shut for repairs), names and seed.
Our own synthetic text. Usage: make_heldout13_text_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261213)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
LANG = {
    "en": dict(
        SUBJECTS=["the footbridge closure", "the ferry stopgap", "the detour by the gasworks", "the steel survey", "the repair bill",
                  "the school run", "the cycle ramp", "the temporary bridge", "the engineers' report", "the towpath", "the council's timetable"],
        VIEWS=["was flagged as rusting back in 2019", "adds twenty minutes to every walk into town", "would be cheaper as a full rebuild",
               "is being rushed to suit the developers", "needs a night ferry as well", "has been promised three times now",
               "cuts the east bank off from the station", "should have been funded from the harbour levy", "ought to be debated in public"],
        ASIDES=["I cross it twice a day with the pram.", "The old chain ferry ran until 1971.", "Yesterday the towpath was flooded again.",
                "My mother cannot manage the steps at the road bridge.", "The café on the quay has cut its hours already.",
                "Nobody at the council picks up the phone.", "The consultation closes on the fifteenth.", "I counted forty cyclists by eight."]),
    "de": dict(
        SUBJECTS=["die Sperrung der Brücke", "die Ersatzfähre", "die Umleitung am Gaswerk", "das Stahlgutachten", "die Reparaturkosten",
                  "der Schulweg", "die Radrampe", "die Behelfsbrücke", "der Bericht der Ingenieure", "der Treidelpfad", "der Zeitplan der Stadt"],
        VIEWS=["war schon 2019 als rostig gemeldet", "kostet jeden Fußweg zwanzig Minuten", "wäre als Neubau billiger",
               "wird für die Investoren durchgepeitscht", "braucht auch eine Nachtfähre", "wurde schon dreimal versprochen",
               "schneidet das Ostufer vom Bahnhof ab", "hätte aus der Hafenabgabe bezahlt werden müssen", "gehört öffentlich diskutiert"],
        ASIDES=["Ich gehe zweimal am Tag mit dem Kinderwagen darüber.", "Die alte Kettenfähre fuhr bis 1971.", "Gestern stand der Treidelpfad wieder unter Wasser.",
                "Meine Mutter schafft die Treppen an der Straßenbrücke nicht.", "Das Café am Kai hat seine Öffnungszeiten schon gekürzt.",
                "Bei der Stadt geht niemand ans Telefon.", "Die Anhörung endet am Fünfzehnten.", "Ich habe bis acht Uhr vierzig Radfahrer gezählt."]),
    "fr": dict(
        SUBJECTS=["la fermeture de la passerelle", "le bac provisoire", "la déviation par l'usine à gaz", "l'expertise de l'acier", "la facture des travaux",
                  "le trajet de l'école", "la rampe cyclable", "le pont provisoire", "le rapport des ingénieurs", "le chemin de halage", "le calendrier de la mairie"],
        VIEWS=["était signalée comme rouillée dès 2019", "rallonge chaque trajet de vingt minutes", "coûterait moins cher en reconstruction",
               "est bâclée pour plaire aux promoteurs", "demande aussi un bac de nuit", "a déjà été promise trois fois",
               "coupe la rive est de la gare", "aurait dû être payée par la taxe portuaire", "mérite un vrai débat public"],
        ASIDES=["Je la traverse deux fois par jour avec la poussette.", "L'ancien bac à chaîne a fonctionné jusqu'en 1971.", "Hier le chemin de halage était encore inondé.",
                "Ma mère ne peut pas monter les marches du pont routier.", "Le café du quai a déjà réduit ses horaires.",
                "Personne ne répond au téléphone à la mairie.", "La concertation se termine le quinze.", "J'ai compté quarante cyclistes avant huit heures."]),
    "zh": dict(
        SUBJECTS=["人行桥封闭", "临时渡船", "绕行煤气厂的路线", "钢结构检测", "维修费用", "上学的路", "自行车坡道", "临时便桥", "工程师的报告", "河边步道", "区政府的时间表"],
        VIEWS=["早在2019年就被报告生锈了", "让每次进城多走二十分钟", "不如直接重建更便宜", "是为了开发商赶工", "还需要一班夜间渡船",
               "已经承诺过三次了", "把东岸和车站隔开了", "本该用港口费来出钱", "应该公开讨论"],
        ASIDES=["我每天推着婴儿车过桥两次。", "老的链式渡船一直开到1971年。", "昨天河边步道又被淹了。", "我妈妈上不了公路桥的台阶。",
                "码头边的咖啡馆已经缩短了营业时间。", "区里的电话根本没人接。", "意见征集十五号截止。", "早上八点前我数了四十个骑车的人。"]),
    "ja": dict(
        SUBJECTS=["歩道橋の閉鎖", "臨時の渡し船", "ガス工場の迂回路", "鋼材の調査", "修理費用", "通学路", "自転車用スロープ", "仮設橋", "技術者の報告書", "川沿いの遊歩道", "市の工程表"],
        VIEWS=["は2019年にはもう錆びていると報告されていた", "で町まで毎回二十分余計にかかる", "は建て替えた方が安い", "は開発業者のために急いでいる",
               "には夜の便も必要だ", "はもう三回も約束された", "で東岸が駅から切り離される", "は港湾税で賄うべきだった", "は公開で議論すべきだ"],
        ASIDES=["毎日ベビーカーを押して二回渡っています。", "昔の鎖渡しは1971年まで動いていました。", "昨日も遊歩道が冠水していました。", "母は道路橋の階段を上れません。",
                "岸壁のカフェはもう営業時間を短くしました。", "市役所は電話に出ません。", "意見募集は十五日までです。", "朝八時までに自転車を四十台数えました。"]),
}
STARTS = {"en": ["As a resident", "Honestly", "Having crossed it for thirty years", "To be fair", "From the committee papers", "Oddly enough",
                 "Speaking as a café owner", "For what it's worth"],
          "de": ["Als Anwohnerin", "Ehrlich gesagt", "Nach dreißig Jahren auf dieser Brücke", "Fairerweise", "Laut Ausschussvorlage", "Seltsamerweise",
                 "Als Wirt am Kai", "Meiner Meinung nach"],
          "fr": ["En tant que riveraine", "Franchement", "Après trente ans sur cette passerelle", "Pour être juste", "D'après le compte rendu", "Bizarrement",
                 "Comme patron de café", "À mon avis"],
          "zh": ["作为本地居民", "说实话", "在这座桥上走了三十年", "公平地说", "根据会议纪要", "奇怪的是", "作为开咖啡馆的", "我觉得"],
          "ja": ["地元住民として", "正直なところ", "三十年この橋を渡ってきて", "公平に言えば", "委員会の資料によると", "不思議なことに", "カフェの店主として", "私見ですが"]}
NAMES = {"en": ["Marguerite Okonjo", "bridgewatcher", "Declan Farrow", "Suki Tanaka", "quayside_quentin", "Ingrid Halvorsen",
                "Femi", "towpath_tess", "Rashid Karim", "Elspeth Moir", "eastbank_ed", "Connor Vance"],
         "de": ["Jutta Brenner", "brueckenfan", "Malte Ohlsen", "Ayşe Demir", "kaiwirt", "Henrike Saal", "Olli", "treidel_tom",
                "Beate Lorenz", "Konstantin W.", "ostufer77", "Frieda"],
         "fr": ["Sylvie Marchand", "passerelle44", "Yannick Le Gall", "Amina Benali", "riverain_du_quai", "Thibault Roche", "Mathilde",
                "halage_hugo", "Gérard P.", "Claire Dumas", "rive_est", "Noé"],
         "zh": ["王晓梅", "过河的人", "李建国", "chen_yu", "码头老张", "刘思思", "小周", "东岸居民", "赵文博", "sunny_lin", "骑车上班族", "黄磊"],
         "ja": ["佐藤美咲", "はしわたり", "田中健一", "ゆうこ", "kawabe_taro", "鈴木一郎", "みーちゃん", "通学ママ", "高橋誠", "nao_1985", "東岸の住人", "山本"]}
WEEK_JA = "月火水木金土日"
NOW = dt.datetime(2026, 12, 13, 9, 0)
STORY = {
    "en": ("Riverside footbridge to stay shut until the summer",
           ["Engineers found corrosion in the main girders of the Quay Street footbridge, and the council says it will stay closed until July.",
            "A temporary ferry runs every twenty minutes in daytime; residents on the east bank say the walk round by the road bridge takes half an hour.",
            "The council's scrutiny committee discusses the repair bill on 15 December."]),
    "de": ("Fußgängerbrücke am Kai bleibt bis zum Sommer gesperrt",
           ["Gutachter haben Rost an den Hauptträgern der Brücke gefunden; die Stadt hält sie bis Juli gesperrt.",
            "Eine Ersatzfähre fährt tagsüber alle zwanzig Minuten, der Umweg über die Straßenbrücke dauert eine halbe Stunde.",
            "Der Bauausschuss berät am 15. Dezember über die Kosten."]),
    "fr": ("La passerelle du quai restera fermée jusqu'à l'été",
           ["Des experts ont trouvé de la corrosion dans les poutres de la passerelle ; la mairie la garde fermée jusqu'en juillet.",
            "Un bac provisoire passe toutes les vingt minutes en journée, et le détour par le pont routier prend une demi-heure.",
            "Le conseil municipal examinera la facture le 15 décembre."]),
    "zh": ("码头人行桥将封闭到明年夏天",
           ["检测人员在码头街人行桥的主梁上发现锈蚀，区政府表示桥将封闭到七月。", "白天每二十分钟有一班临时渡船，绕行公路桥要走半个小时。",
            "区人大将在12月15日讨论维修费用。"]),
    "ja": ("岸壁の歩道橋、夏まで通行止めに",
           ["主桁に腐食が見つかり、市は歩道橋を七月まで閉鎖すると発表した。", "昼間は二十分おきに臨時の渡し船が出るが、道路橋への迂回は三十分かかる。",
            "市議会の委員会は12月15日に修理費を審議する。"]),
}
CJK = {"zh", "ja"}


def lang(code):
    for k, v in LANG[code].items():
        getattr(base, k)[:] = v
    base.NAMES[:] = NAMES[code]

    def para():
        if code in CJK:
            return "%s%s%s%s。%s" % (R.choice(STARTS[code]), "、" if code == "ja" else "，", R.choice(base.SUBJECTS), R.choice(base.VIEWS), R.choice(base.ASIDES))
        s = "%s, %s %s. %s" % (R.choice(STARTS[code]), R.choice(base.SUBJECTS), R.choice(base.VIEWS), R.choice(base.ASIDES))
        return s[0].upper() + s[1:]
    base.para = para


esc, handle, mon, ampm, kids = base.esc, base.handle, base.mon, base.ampm, base.kids
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def paras(c, tag="p"):
    return "".join("<%s>%s</%s>" % (tag, esc(p), tag) for p in c["paras"])


def story(code, by):
    t, ps = STORY[code]
    return ("<article class=\"post\"><h1>%s</h1><p class=\"byline\">%s</p><div class=\"post-body\">%s</div></article>") % (
        esc(t), by, "".join("<p>%s</p>" % esc(p) for p in ps))


def site(title, body, code):
    return base.page_wrap(title, body).replace("lang=\"en\"", "lang=\"%s\"" % code)


def single(cs):
    """One paragraph per comment (micro-posts: Weibo, Zhihu, Micro.blog)."""
    for c in cs:
        c["paras"] = c["paras"][:1]
    return cs


def cnblogs(cs):
    """cnblogs (博客园): flat 'feedbackItem's: '#1楼 2026-11-20 09:12 Name' head with 回复 / 引用, text, '支持(3) 反对(0)';
    a reply opens with the '@Parent' link on a line of its own (kept as text); after the list a login notice in place of the form; the sidebar after
    the main column: 公告, 随笔档案 '2026年11月(4)', 最新评论 (recent-comment snippets) and 阅读排行榜."""
    items = []
    for n, c in enumerate(cs):
        t = c["time"]
        items.append(("<div class=\"feedbackItem\"><div class=\"feedbackListSubtitle\"><div class=\"feedbackManage\"><span class=\"comment_actions\"><a>回复</a> <a>引用</a></span></div>"
                      "<a class=\"layer\">#%d楼</a> <span class=\"comment_date\">%s</span> <a class=\"comment-author\">%s</a></div>"
                      "<div class=\"feedbackCon\"><div class=\"blog_comment_body\">%s</div><div class=\"comment_vote\"><a>支持(%d)</a> <a>反对(0)</a></div></div></div>") % (
            n + 1, t.strftime("%Y-%m-%d %H:%M"), esc(c["author"]), "<br>".join(esc(p) for p in c["paras"]).replace(" ", "<br>", 1 if c["parent"] is not None else 0), c["likes"]))
    recent = "".join("<li><a>%d. Re:码头人行桥将封闭到明年夏天</a></li><li>%s</li><li>--%s</li>" % (k + 1, esc(cs[-1 - k]["paras"][0][:18]), esc(cs[-1 - k]["author"])) for k in range(3))
    body = ("<div id=\"header\"><h1><a>河岸笔记</a></h1><div id=\"navigator\"><a>博客园</a> <a>首页</a> <a>新随笔</a> <a>联系</a> <a>订阅</a> <a>管理</a></div></div>"
            "<div id=\"main\"><div id=\"mainContent\">%s<div class=\"postDesc\">posted @ 2026-11-17 08:30 河岸笔记 阅读(1532) 评论(%d) 收藏 举报</div>"
            "<div id=\"blog-comments-placeholder\"><div class=\"feedback_area_title\">评论列表</div>%s</div>"
            "<div id=\"comment_form\"><div class=\"commentform\"><p>发表评论</p><p>登录后才能查看或发表评论，立即 <a>登录</a> 或者 <a>逛逛</a> 博客园首页</p></div></div></div></div>"
            "<div id=\"sideBar\"><div class=\"newsItem\"><h3>公告</h3>昵称：河岸笔记<br>园龄：7年2个月<br>粉丝：213<br>关注：18</div>"
            "<div class=\"catListPostArchive\"><h3>随笔档案</h3><ul><li><a>2026年11月(4)</a></li><li><a>2026年10月(7)</a></li><li><a>2026年9月(3)</a></li><li><a>2026年8月(5)</a></li></ul></div>"
            "<div id=\"sidebar_recentcomments\"><h3>最新评论</h3><ul>%s</ul></div>"
            "<div id=\"sidebar_topviewedposts\"><h3>阅读排行榜</h3><ol><li><a>1. 码头人行桥将封闭到明年夏天(1532)</a></li><li><a>2. 东岸的老渡口(871)</a></li></ol></div></div>"
            "<div id=\"footer\">Copyright &copy; 2026 河岸笔记<br>Powered by .NET 8 on Kubernetes</div>") % (
        story("zh", "河岸笔记 2026-11-17"), len(cs), "".join(items), recent)
    return site("码头人行桥将封闭到明年夏天 - 河岸笔记 - 博客园", body, "zh")


def weibo(cs):
    """Sina Weibo comments: 'Name：text' on one line, '11月20日 09:12' and '回复  赞 5' under it (赞 alone: 0); replies
    (楼中楼) in a CSS-indented box under the root (flat in the dump), a reply to a reply written 'Name 回复 @Parent：text';
    '共3条回复' at the end of a root's box."""
    def one(i, inner):
        c = cs[i]
        t = c["time"]
        who = "<a class=\"name\">%s</a>" % esc(c["author"])
        if inner and cs[c["parent"]]["parent"] is not None:
            who += " 回复 <a>@%s</a>" % esc(cs[c["parent"]]["author"])
        return ("<div class=\"list_li\"><div class=\"WB_face\"><img alt=\"\" src=\"/face.jpg\"></div><div class=\"list_con\"><div class=\"WB_text\">%s：%s</div>"
                "<div class=\"WB_func\"><div class=\"WB_from\">%d月%d日 %02d:%02d</div><ul><li><a>回复</a></li><li><a>赞%s</a></li></ul></div>") % (
            who, esc(c["paras"][0]), t.month, t.day, t.hour, t.minute, " %d" % c["likes"] if c["likes"] else "")

    out = []
    for i in kids(cs, None):
        sub = []

        def walk(j):
            for k in kids(cs, j):
                sub.append(one(k, True) + "</div></div>")
                walk(k)
        walk(i)
        inner = "<div class=\"list_box_in\">%s<div class=\"more\"><a>共%d条回复</a></div></div>" % ("".join(sub), len(sub)) if sub else ""
        out.append(one(i, False) + inner + "</div></div>")
    body = ("<div class=\"gn_header\"><a>微博</a> <a>首页</a> <a>视频</a> <a>发现</a> <a>游戏</a> <a>注册</a> <a>登录</a></div>"
            "<div class=\"WB_feed_detail\"><div class=\"WB_info\"><a>滨江日报</a></div><div class=\"WB_text\">【%s】%s</div>"
            "<div class=\"WB_from\">11月17日 08:30 来自 微博 weibo.com</div><ul class=\"WB_row\"><li>转发 58</li><li>评论 %d</li><li>赞 402</li></ul></div>"
            "<div class=\"repeat_list\"><div class=\"WB_feed_repeat\">按热度 按时间</div><div class=\"list_ul\">%s</div></div>"
            "<div class=\"WB_footer\">微博客服 意见反馈 &copy; 2026 微博</div>") % (
        esc(STORY["zh"][0]), esc(STORY["zh"][1][0]), len(cs), "".join(out))
    return site(STORY["zh"][0] + " - 微博", body, "zh")


def zhihu(cs):
    """Zhihu answer comments: '12 条评论' and a sort switch; a root's replies in NestComment--child (CSS only, flat in the
    dump); a reply to a reply headed 'Name 回复 Parent'; date '2026-11-20' on the head line; '赞 12' and 回复 under the text."""
    def one(i):
        c = cs[i]
        reply = " <span class=\"reply\">回复</span> <a class=\"UserLink\">%s</a>" % esc(cs[c["parent"]]["author"]) if c["depth"] >= 2 else ""
        return ("<div class=\"CommentItemV2\"><div class=\"CommentItemV2-meta\"><a class=\"UserLink\">%s</a>%s <span class=\"CommentItemV2-time\">%s</span></div>"
                "<div class=\"CommentRichText\">%s</div><div class=\"CommentItemV2-footer\"><button>赞 %d</button> <button>回复</button></div></div>") % (
            esc(c["author"]), reply, c["time"].strftime("%Y-%m-%d"), esc(c["paras"][0]), c["likes"])

    out = []
    for i in kids(cs, None):
        sub = []

        def walk(j):
            for k in kids(cs, j):
                sub.append(one(k))
                walk(k)
        walk(i)
        out.append("<div class=\"NestComment\">%s%s</div>" % (one(i), "<div class=\"NestComment--child\">%s</div>" % "".join(sub) if sub else ""))
    body = ("<div class=\"AppHeader\"><a>知乎</a> <a>首页</a> <a>会员</a> <a>发现</a> <a>等你来答</a></div>"
            "<div class=\"QuestionHeader\"><h1>码头人行桥封闭半年，附近居民怎么过河？</h1></div>"
            "<div class=\"AnswerItem\"><div class=\"AuthorInfo\">滨江老王 城市规划从业者</div><div class=\"RichContent\">%s</div>"
            "<div class=\"ContentItem-time\">发布于 2026-11-17 08:30</div><div class=\"ContentItem-actions\">赞同 402 ​ 添加评论 分享 收藏</div></div>"
            "<div class=\"Comments-container\"><div class=\"Topbar\">%d 条评论 <span>默认</span> <span>时间</span></div>%s"
            "<div class=\"CommentEditor\">写下你的评论...</div></div><div class=\"Footer\">刘看山 知乎指南 知乎协议</div>") % (
        "".join("<p>%s</p>" % esc(p) for p in STORY["zh"][1]), len(cs), "".join(out))
    return site("码头人行桥封闭半年，附近居民怎么过河？ - 知乎", body, "zh")


def fc2(cs):
    """FC2 blog (Japanese): flat; per comment a title ('Re: …' or 'No title'), the text, then the footer line
    '2026/11/20(金) 09:12:33 | URL | Name #aB3dEf [ 編集 ]' with the name UNDER the text; then the comment form
    (名前 / タイトル / メールアドレス / URL / 本文 / パスワード / 非公開コメント) and a sidebar with 月別アーカイブ and 最新コメント."""
    items = []
    for c in cs:
        t = c["time"]
        title = R.choice(["Re: 歩道橋", "No title", "閉鎖について", "Re: 夏まで"])
        items.append(("<div class=\"comment_block\"><h4 class=\"comment_title\">%s</h4><div class=\"comment_body\">%s</div>"
                      "<div class=\"comment_info\">%s(%s) %s | <a>URL</a> | %s #<a>%s</a>[ <a>編集</a> ]</div></div>") % (
            esc(title), "<br>".join(esc(p) for p in c["paras"]), t.strftime("%Y/%m/%d"), WEEK_JA[t.weekday()], t.strftime("%H:%M:%S"),
            esc(c["author"]), "".join(R.choice("abcdefghkmnpqrstuvwxyzABCDEFGH") for _ in range(6))))
    recent = "".join("<li><a>%s</a>:%s (%s)</li>" % (esc(c["author"]), "岸壁の歩道橋、夏まで通行止めに", c["time"].strftime("%m/%d")) for c in cs[-3:])
    body = ("<div id=\"header\"><h1><a>川べり日記</a></h1><p>港町の暮らしをつづります</p></div><div id=\"main\">%s"
            "<div class=\"entry_footer\">2026/11/17(火) 08:30:00 | 暮らし | コメント:%d | トラックバック:0</div>"
            "<div id=\"comment\"><h3>コメント</h3>%s</div>"
            "<div class=\"comment_form\"><h3>コメントの投稿</h3><form><p>名前 <input name=\"name\"></p><p>タイトル <input name=\"subject\"></p>"
            "<p>メールアドレス <input name=\"mail\"></p><p>URL <input name=\"url\"></p><p>本文 <textarea name=\"comment\"></textarea></p>"
            "<p>パスワード <input type=\"password\"></p><p>非公開コメント <input type=\"checkbox\"> 管理者にだけ表示を許可する</p><p><input type=\"submit\" value=\"送信\"></p></form></div></div>"
            "<div id=\"sidebar\"><h3>プロフィール</h3><p>かわべり</p><h3>最新コメント</h3><ul>%s</ul>"
            "<h3>月別アーカイブ</h3><ul><li><a>2026/11 (5)</a></li><li><a>2026/10 (8)</a></li><li><a>2026/09 (6)</a></li></ul>"
            "<h3>カテゴリ</h3><ul><li><a>暮らし (41)</a></li><li><a>未分類 (3)</a></li></ul></div>"
            "<div id=\"footer\">Copyright &copy; 川べり日記 All Rights Reserved. Powered By FC2ブログ</div>") % (
        story("ja", "2026/11/17"), len(cs), "".join(items), recent)
    return site(STORY["ja"][0] + " - 川べり日記", body, "ja")


def ameba(cs):
    """Ameba blog (Japanese), one comment: 'コメント(1)' heading; the name and '2026-11-20 09:12:33' over the text, a
    返信する link; around it 'いいね！', the login-to-comment box, プロフィール, 最新の記事 (dated entries) and 月別 archive lines."""
    c = cs[0]
    t = c["time"]
    item = ("<li class=\"skin-comment\"><div class=\"skin-commentHeader\"><a class=\"skin-commentName\">%s</a> <time>%s</time></div>"
            "<div class=\"skin-commentBody\">%s</div><div class=\"skin-commentFooter\"><a>返信する</a></div></li>") % (
        esc(c["author"]), t.strftime("%Y-%m-%d %H:%M:%S"), "<br>".join(esc(p) for p in c["paras"]))
    body = ("<div class=\"skin-header\"><a>港のママ日記</a> <a>Ameba</a> <a>ブログを書く</a> <a>ログイン</a></div><div class=\"skin-main\">%s"
            "<div class=\"skin-reaction\">いいね！(23) <a>リブログ</a></div>"
            "<div class=\"skin-comments\"><h3>コメント(%d)</h3><ul>%s</ul><div class=\"skin-commentForm\"><p>コメント投稿</p><p>ログインするとコメントできます <a>ログイン</a></p></div></div></div>"
            "<div class=\"skin-side\"><h3>プロフィール</h3><p>みなと 二児の母です</p><h3>最新の記事</h3><ul><li><a>歩道橋のこと</a> 2026-11-17</li>"
            "<li><a>秋の遠足</a> 2026-11-02</li><li><a>渡し船に乗ってみた</a> 2026-10-28</li></ul><h3>月別</h3><ul><li><a>2026年11月(6)</a></li><li><a>2026年10月(9)</a></li></ul></div>"
            "<div class=\"skin-footer\">Powered by Ameba &copy; CyberAgent</div>") % (story("ja", "2026-11-17 08:30:00 テーマ：暮らし"), len(cs), item)
    return site("歩道橋のこと | 港のママ日記", body, "ja")


def overblog(cs):
    """Over-blog (French): 'Commentaire n°1 posté par Name le 20/11/2026 à 09h12' heads; the author's and readers' replies
    in nested ul (bullets in the dump) headed 'Posté par Name le …'; then 'Ajouter un commentaire' (Nom / Email / Site
    internet / Commentaire / Publier) and a sidebar of Articles récents and Archives ('2026 Novembre (4)')."""
    num = [0]

    def one(i):
        c = cs[i]
        t = c["time"]
        when = "%02d/%02d/%d à %02dh%02d" % (t.day, t.month, t.year, t.hour, t.minute)
        if c["parent"] is None:
            num[0] += 1
            head = "Commentaire n°%d posté par <span class=\"ob-name\">%s</span> le %s" % (num[0], esc(c["author"]), when)
        else:
            head = "Posté par <span class=\"ob-name\">%s</span> le %s" % (esc(c["author"]), when)
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"ob-comment\"><p class=\"ob-info\">%s</p><div class=\"ob-message\">%s</div><p class=\"ob-reply\"><a>Répondre</a></p>%s</div>") % (
            head, paras(c), "<ul class=\"ob-comment-answers\">%s</ul>" % "".join("<li>%s</li>" % one(k) for k in kids(cs, i)) if sub else "")
    body = ("<div class=\"ob-header\"><a>Au fil du quai</a> <a>Accueil</a> <a>Contact</a></div><div class=\"ob-main\">%s"
            "<p class=\"ob-share\">Partager cet article <a>Facebook</a> <a>X</a> <a>Email</a></p>"
            "<div class=\"ob-comments\"><h3 class=\"ob-title\">Commentaires</h3>%s</div>"
            "<div class=\"ob-form\"><h3>Ajouter un commentaire</h3><form><p>Nom <input></p><p>Email <input></p><p>Site internet <input></p>"
            "<p>Commentaire <textarea></textarea></p><p><button>Publier</button></p></form></div></div>"
            "<div class=\"ob-sidebar\"><h3>Articles récents</h3><ul><li><a>La passerelle restera fermée</a></li><li><a>Marché de Noël sur le quai</a></li></ul>"
            "<h3>Archives</h3><ul><li><a>2026 Novembre (4)</a></li><li><a>2026 Octobre (6)</a></li><li><a>2026 Septembre (2)</a></li></ul></div>"
            "<div class=\"ob-footer\">Blog créé avec Overblog</div>") % (story("fr", "Publié le 17 novembre 2026 par Au fil du quai"), "".join(one(i) for i in kids(cs, None)))
    return site(STORY["fr"][0] + " - Au fil du quai", body, "fr")


def mediapart(cs):
    """Mediapart-like (French): flat list in page order with CSS margins only; 'Name' and 'Le 20/11/2026 à 09:12' head; a
    reply's body opens with 'en réponse au commentaire de Parent le 20/11/2026 à 08:40'; '12 recommandés' / Répondre /
    Alerter under the text (0: 'Recommander')."""
    out = []
    for c in cs:
        t = c["time"]
        rep = ""
        if c["parent"] is not None:
            p = cs[c["parent"]]
            pt = p["time"]
            rep = "<div class=\"answer-to\">en réponse au commentaire de <a>%s</a> le %02d/%02d/%d à %02d:%02d</div>" % (esc(p["author"]), pt.day, pt.month, pt.year, pt.hour, pt.minute)
        out.append(("<div class=\"comment depth-%d\" style=\"margin-left:%dpx\"><div class=\"comment-meta\"><a class=\"author\">%s</a> <time>Le %02d/%02d/%d à %02d:%02d</time></div>%s"
                    "<div class=\"comment-body\">%s</div><div class=\"actions\"><a>%s</a> <a>Répondre</a> <a>Alerter</a></div></div>") % (
            c["depth"], 30 * c["depth"], esc(c["author"]), t.day, t.month, t.year, t.hour, t.minute, rep, paras(c),
            "%d recommandés" % c["likes"] if c["likes"] else "Recommander"))
    body = ("<div class=\"header\"><a>Le Journal du Quai</a> <a>Politique</a> <a>Économie</a> <a>Le Club</a> <a>S'abonner</a></div>%s"
            "<div class=\"comments\"><h2>%d commentaires</h2><div class=\"sort\">Trier par : <a>plus récents</a> <a>plus recommandés</a></div>%s</div>"
            "<div class=\"footer\">&copy; Le Journal du Quai &middot; Mentions légales &middot; Charte de participation</div>") % (
        story("fr", "Par Hélène Guérin 17 novembre 2026"), len(cs), "".join(out))
    return site(STORY["fr"][0] + " | Le Journal du Quai", body, "fr")


def szlike(cs):
    """Sueddeutsche-like news forum (German): nested ul (bullets, indent in the dump); 'Name' over '20. November 2026, 9:12
    Uhr'; a reply's head adds 'Antwort auf Parent'; 'Empfehlen (12)' and Antworten under the text; the 'Leserdiskussion'
    header with netiquette note and a 'Kommentar schreiben' box."""
    def one(i):
        c = cs[i]
        t = c["time"]
        rep = "<div class=\"reply-to\">Antwort auf <a>%s</a></div>" % esc(cs[c["parent"]]["author"]) if c["parent"] is not None else ""
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"forum-post\"><div class=\"post-head\"><b>%s</b></div><div class=\"post-date\">%d. %s %d, %d:%02d Uhr</div>%s<div class=\"post-text\">%s</div>"
                "<div class=\"post-tools\"><a>Empfehlen (%d)</a> <a>Antworten</a> <a>Melden</a></div>%s</li>") % (
            esc(c["author"]), t.day, DE_MONTHS[t.month - 1], t.year, t.hour, t.minute, rep, paras(c), c["likes"], "<ul>%s</ul>" % sub if sub else "")
    body = ("<div class=\"header\"><a>Kaistädter Zeitung</a> <a>Politik</a> <a>Wirtschaft</a> <a>Stadt</a> <a>Abo</a></div>%s"
            "<div class=\"forum\"><h2>Leserdiskussion (%d Beiträge)</h2><p class=\"netiquette\">Bitte beachten Sie unsere Netiquette.</p>"
            "<div class=\"write\">Kommentar schreiben <a>Anmelden</a></div><ul class=\"forum-list\">%s</ul></div>"
            "<div class=\"footer\">&copy; Kaistädter Zeitung GmbH &middot; Impressum &middot; Datenschutz</div>") % (
        story("de", "Von Jana Kühn &middot; 17. November 2026, 8:30 Uhr"), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site(STORY["de"][0] + " - Kaistädter Zeitung", body, "de")


def tiki(cs):
    """Tiki Wiki comments: every comment a titled box ('Re: …' for replies), 'posted by Name on Fri 20 of Nov, 2026 09:12
    UTC' under the title; replies in a sub_comment_area with a CSS margin (flat in the dump); Reply / Edit / Delete."""
    def title(i):
        c = cs[i]
        if c["parent"] is None:
            return " ".join(c["paras"][0].split(", ")[1].split(" ")[:4]).capitalize()
        return "Re: " + title(c["parent"]).replace("Re: ", "")

    def one(i):
        c = cs[i]
        t = c["time"]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<div class=\"comment\"><div class=\"comment-header\"><h6 class=\"comment-title\">%s</h6><div class=\"comment-author\">posted by <a>%s</a> on %s %d of %s, %d %02d:%02d UTC</div></div>"
                "<div class=\"comment-content\">%s</div><div class=\"buttons\"><a>Reply</a> <a>Edit</a> <a>Delete</a></div>%s</div>") % (
            esc(title(i)), esc(c["author"]), t.strftime("%a"), t.day, t.strftime("%b"), t.year, t.hour, t.minute, paras(c),
            "<div class=\"sub_comment_area\" style=\"margin-left:20px\">%s</div>" % sub if sub else "")
    body = ("<div id=\"top_modules\"><a>Eastbank Residents Wiki</a> <a>HomePage</a> <a>Recent changes</a> <a>Log in</a></div>"
            "<div id=\"col1\"><div class=\"wikitext\"><h1>Footbridge closure 2026</h1>%s</div><div class=\"editdate\">Page last modified on Tuesday 17 November 2026 08:30:00 UTC</div>"
            "<div id=\"comment-container\"><h3>Comments (%d)</h3>%s<form class=\"comment-form\"><h4>Post new comment</h4><p>Title <input></p><p><textarea></textarea></p><p><button>Post</button> <button>Preview</button></p></form></div></div>"
            "<div id=\"col2\"><h3>Menu</h3><ul><li><a>Meetings</a></li><li><a>Ferry times</a></li><li><a>Contacts</a></li></ul></div>"
            "<div id=\"footer\">Powered by Tiki Wiki CMS Groupware</div>") % ("".join("<p>%s</p>" % esc(p) for p in STORY["en"][1]), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site("Footbridge closure 2026 | Eastbank Residents Wiki", body, "en")


def pivotx(cs):
    """PivotX blog: flat; each comment's text first, then 'Name - 20 November '26 - 09:12' in a cite UNDER it; a sidebar
    BEFORE the entry with archives ('November 2026', 'October 2026') and links; after the comments 'Leave a reply' with
    Name / Email / URL / Comment / 'Remember my info' / Post Comment."""
    out = []
    for c in cs:
        t = c["time"]
        out.append("<div class=\"comment\">%s<cite><strong>%s</strong> - %d %s '%02d - %02d:%02d</cite></div>" % (
            paras(c), esc(c["author"]), t.day, mon(t), t.year % 100, t.hour, t.minute))
    body = ("<div id=\"header\"><h1>Quayside Notes</h1></div><div id=\"sidebar\"><h4>Archives</h4><ul><li><a>November 2026</a></li><li><a>October 2026</a></li>"
            "<li><a>September 2026</a></li></ul><h4>Links</h4><ul><li><a>River Trust</a></li><li><a>Ferry timetable</a></li></ul></div><div id=\"content\">%s"
            "<p class=\"entryfooter\">Tuesday 17 November 2026 at 08:30 &middot; Filed under Town &middot; %d comments</p><h3>Comments</h3>%s"
            "<h3>Leave a reply</h3><form><p>Name <input></p><p>Email <input></p><p>URL <input></p><p>Comment <textarea></textarea></p>"
            "<p><input type=\"checkbox\"> Remember my info</p><p><button>Post Comment</button></p></form></div><div id=\"footer\">Powered by PivotX</div>") % (
        story("en", "Posted by Ros on 17 November 2026"), len(cs), "".join(out))
    return site("Riverside footbridge to stay shut until the summer - Quayside Notes", body, "en")


def chyrp(cs):
    """Chyrp blog, one comment: '1 Comment' heading, 'Name said, on November 20, 2026 at 9:12 am' over the text; around it
    the 'Archive' sidebar (month lines with counts), Tags, and the 'Add a comment' form."""
    c = cs[0]
    t = c["time"]
    item = "<li class=\"comment\"><h4><a>%s</a> said, on <a>%s %d, %d at %s</a></h4><div class=\"comment-body\">%s</div></li>" % (
        esc(c["author"]), mon(t), t.day, t.year, ampm(t, " ", True), paras(c))
    body = ("<div id=\"header\"><h1>east of the bridge</h1><p>notes from a river town</p></div><div id=\"content\">%s"
            "<div class=\"post-footer\">Posted November 17, 2026 &middot; Tags: <a>bridge</a>, <a>council</a></div>"
            "<div id=\"comments\"><h3>1 Comment</h3><ol class=\"comments\">%s</ol></div>"
            "<form id=\"add_comment\"><h3>Add a comment</h3><p>Name <input></p><p>Email <input></p><p>Website <input></p><p><textarea></textarea></p><p><button>Speak</button></p></form></div>"
            "<div id=\"sidebar\"><h3>Archive</h3><ul><li><a>November 2026</a> (3)</li><li><a>October 2026</a> (5)</li><li><a>August 2026</a> (2)</li></ul>"
            "<h3>Tags</h3><p><a>bridge</a> <a>ferry</a> <a>council</a> <a>walking</a></p></div><div id=\"footer\">Powered by Chyrp</div>") % (
        story("en", "by Wren &middot; November 17, 2026"), item)
    return site("Riverside footbridge to stay shut until the summer | east of the bridge", body, "en")


def ccomment(cs):
    """CComment (Joomla): nested ul (bullets, indent in the dump); head '#3 Name 2026-11-20 09:12'; text; '+4 | -0 Reply
    Quote'; the 'Comments (12)' bar with Subscribe / RSS and the form after the list."""
    num = [0]

    def one(i):
        c = cs[i]
        num[0] += 1
        n = num[0]
        sub = "".join(one(k) for k in kids(cs, i))
        return ("<li class=\"ccomment-comment\"><div class=\"ccomment-meta\"><a class=\"ccomment-permalink\">#%d</a> <span class=\"ccomment-author\">%s</span> "
                "<span class=\"ccomment-created\">%s</span></div><div class=\"ccomment-content\">%s</div><div class=\"ccomment-actions\"><span>+%d</span> | <span>-0</span> "
                "<a>Reply</a> <a>Quote</a></div>%s</li>") % (
            n, esc(c["author"]), c["time"].strftime("%Y-%m-%d %H:%M"), paras(c), c["likes"], "<ul class=\"ccomment-replies\">%s</ul>" % sub if sub else "")
    body = ("<div class=\"navbar\"><a>Eastbank Community Council</a> <a>Home</a> <a>News</a> <a>Events</a> <a>Contact</a></div><div class=\"item-page\">%s</div>"
            "<div class=\"ccomment\"><div class=\"ccomment-menu\">Comments (%d) <a>Subscribe</a> <a>RSS</a></div><ul class=\"ccomment-comments-list\">%s</ul>"
            "<div class=\"ccomment-form\"><h4>Add comment</h4><p>Name <input></p><p>Email <input></p><p><textarea></textarea></p><p><button>Send</button></p></div></div>"
            "<div class=\"footer\">&copy; 2026 Eastbank Community Council</div>") % (story("en", "Written by Admin &middot; 17 November 2026"), len(cs), "".join(one(i) for i in kids(cs, None)))
    return site("Riverside footbridge to stay shut until the summer - Eastbank Community Council", body, "en")


def microblog(cs):
    """Micro.blog conversation: flat, time order; 'Name @handle' over the text, which opens with the '@handle' of the
    person replied to (the post's author for a top-level reply); 'Nov 20, 2026 at 9:12 am' link under the text."""
    out = []
    for c in cs:
        t = c["time"]
        out.append(("<div class=\"reply\"><img class=\"avatar\" alt=\"\" src=\"/a.jpg\"><div class=\"reply-head\"><a class=\"name\">%s</a> <a class=\"handle\">@%s</a></div>"
                    "<div class=\"reply-text\">%s</div><div class=\"reply-date\"><a>%s %d, %d at %s</a></div></div>") % (
            esc(c["author"]), handle(c["author"]), paras(c), mon(t)[:3], t.day, t.year, ampm(t, " ", True)))
    body = ("<div class=\"nav\"><a>Micro.blog</a> <a>Timeline</a> <a>Discover</a></div><div class=\"post\"><div class=\"post-head\"><a>Quay Street Diary</a> <a>@quaydiary</a></div>"
            "<div class=\"post-text\"><p>%s</p><p>%s</p></div><div class=\"post-date\"><a>Nov 17, 2026 at 8:30 am</a></div></div>"
            "<div class=\"conversation\"><h3>%d replies</h3>%s</div>") % (esc(STORY["en"][1][0]), esc(STORY["en"][1][1]), len(cs), "".join(out))
    return site("Quay Street Diary on Micro.blog", body, "en")


def grav(cs):
    """Grav blog with the comments plugin and no comment yet: 'Add a Comment' form (Name / Email / Message / Submit) and
    an empty 'Comments' heading; a sidebar with Popular Tags and Archives ('November 2026 (3)')."""
    body = ("<header><a>Riverbank Rambles</a> <a>Home</a> <a>Blog</a> <a>About</a></header><section id=\"body\"><div class=\"content\">%s"
            "<p class=\"tags\"><a>#bridge</a> <a>#walking</a></p><h3>Add a Comment</h3><form class=\"comments-form\"><p>Name <input></p><p>Email <input></p>"
            "<p>Message <textarea></textarea></p><p><button>Submit</button></p></form><h3>Comments</h3><div class=\"comments\"></div></div>"
            "<div class=\"sidebar\"><h4>Popular Tags</h4><p><a>bridge (3)</a> <a>walking (7)</a> <a>ferry (2)</a></p><h4>Archives</h4><ul>"
            "<li><a>November 2026 (3)</a></li><li><a>October 2026 (4)</a></li><li><a>September 2026 (1)</a></li></ul></div></section>"
            "<footer>Built with Grav &middot; Theme Quark</footer>") % story("en", "Posted 17 November 2026")
    return site("Riverside footbridge to stay shut until the summer | Riverbank Rambles", body, "en")


def mention(cs, key=lambda c: "@" + handle(c["author"]), top=None):
    """Opens each reply's first paragraph with the parent's mention (kept as text: a real reply's first word); a top-level
    one, when top is given, half the time with the post author's mention."""
    for c in cs:
        if c["parent"] is not None:
            c["paras"][0] = "%s %s" % (key(cs[c["parent"]]), c["paras"][0])
        elif top and R.random() < 0.5:
            c["paras"][0] = "%s %s" % (top, c["paras"][0])


def write_all():
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
    lang("zh")
    cs = base.chronological(12, p_reply=0.45)
    mention(cs, key=lambda c: "@" + c["author"])
    write("cnblogs", cnblogs(cs), g("cnblogs", "cnblogs", cs, False, True,
          note="Chinese; flat '#n楼 date Name' heads; a reply opens with '@Parent' (kept as text; the nearest comment above by that author); '支持(n)' is likes; sidebar archive '2026年11月(4)' and recent-comment snippets are not comments"))
    cs = single(base.thread(12, max_depth=2, p_reply=0.6))
    write("weibo", weibo(cs), g("weibo", "weibo", cs, False, True, zero_shown=False,
          note="Chinese; 'Name：text' on one line; '11月20日 09:12' (the page's year); replies CSS-indented only, a reply to a reply 'Name 回复 @Parent：'; '赞 n' is likes ('赞' alone: 0, not scored)"))
    cs = single(base.thread(12, max_depth=3, p_reply=0.6))
    write("zhihu", zhihu(cs), g("zhihu", "zhihu", cs, False, True, times="date",
          note="Chinese; a root's replies in one CSS-indented box (flat in the dump); a reply to a reply headed 'Name 回复 Parent'; date only; '赞 n' is likes"))
    lang("ja")
    cs = base.chronological(10, likes=False, p_reply=0.0)
    write("fc2", fc2(cs), g("fc2", "fc2-blog", cs, False, False,
          note="Japanese; flat; title line (not text), text, then 'yyyy/mm/dd(曜) HH:MM:SS | URL | Name #id [ 編集 ]' UNDER the text; the comment form and sidebar (最新コメント, 月別アーカイブ) are not comments"))
    cs = base.thread(1, likes=False)
    write("ameba", ameba(cs), g("ameba", "ameba-blog", cs, False, False,
          note="Japanese; ONE comment; 'Name 2026-11-20 09:12:33' over the text; sidebar 最新の記事 (dated) and 月別 archive lines are not comments"))
    lang("fr")
    cs = base.thread(12, max_depth=2, likes=False, p_reply=0.55)
    write("overblog", overblog(cs), g("overblog", "over-blog", cs, False, False,
          note="French; 'Commentaire n°k posté par X le dd/mm/yyyy à HHhMM' (top level) and 'Posté par X le …' (replies, nested ul); form and Archives sidebar around"))
    cs = base.thread(12, max_depth=3, p_reply=0.55)
    write("mediapart", mediapart(cs), g("mediapart", "mediapart-like", cs, False, True,
          note="French; CSS margins only (flat in the dump); a reply opens with 'en réponse au commentaire de X le …' (not text; names the parent); 'n recommandés' is likes ('Recommander': 0)"))
    lang("de")
    cs = base.thread(12, max_depth=3, p_reply=0.6)
    write("szlike", szlike(cs), g("szlike", "sueddeutsche-like", cs, False, True,
          note="German; nested ul; name line over '20. November 2026, 9:12 Uhr'; 'Antwort auf X' (not text); 'Empfehlen (n)' is likes"))
    lang("en")
    cs = base.thread(11, max_depth=3, likes=False, p_reply=0.55)
    write("tiki", tiki(cs), g("tiki", "tiki-wiki", cs, False, False,
          note="CSS margin only (flat in the dump); 'Re: title' titles (not text) and 'posted by X on Fri 20 of Nov, 2026 09:12 UTC'"))
    cs = base.chronological(9, likes=False, p_reply=0.0)
    write("pivotx", pivotx(cs), g("pivotx", "pivotx", cs, False, False,
          note="flat; 'Name - 20 November '26 - 09:12' UNDER the text; archive sidebar before the entry, reply form after the comments"))
    cs = base.thread(1, likes=False)
    write("chyrp", chyrp(cs), g("chyrp", "chyrp", cs, False, False,
          note="ONE comment: 'Name said, on November 20, 2026 at 9:12 am' over the text; Archive month lines with counts and the form are not comments"))
    cs = base.thread(12, max_depth=3, p_reply=0.6)
    write("ccomment", ccomment(cs), g("ccomment", "ccomment-joomla", cs, False, True,
          note="nested ul; '#n Name yyyy-mm-dd HH:MM' head; '+n | -0' is likes"))
    cs = base.chronological(11, likes=False, p_reply=0.5)
    mention(cs, top="@quaydiary")
    write("microblog", microblog(cs), g("microblog", "micro-blog", cs, False, False,
          note="flat, time order; a reply's text opens with the parent author's '@handle' (kept as text); '@quaydiary' (the post's author) at a top-level reply's start"))
    write("grav", grav([]), g("grav", "grav-comments", [], False, False,
          note="NO comment: the comment form, an empty 'Comments' heading and archive lines 'November 2026 (3)' must not become comments"))
    print("\n".join(written))


if __name__ == "__main__":
    write_all()
