#!/usr/bin/python3
"""Writes the ELEVENTH held-out round, FORUM threads only (HTML + w3m dumps): 15 pages in forum, board and Q&A systems
or versions no earlier gold set covers (checked against ../DATASHEET.md, every ../*/README.md and the file names in
../*/), scored on main before any rule for them: phpBB 3.3 prosilver in German, phpBB 2 subSilver in French, phpBB 3.0
subsilver2 in Russian, Invision Community 5, Misago, django-machina, JForum 2, e107 v2, an Elgg group discussion,
a GitHub Discussions Q&A page, Tapatalk's web view, Piazza, UBB.classic, Apache Answer and Simple:Press (WordPress).
Every post is a comment, the first one too.

Messy as real pages: user cells beside or above the post (rank, post counts, join dates, location), signatures,
quotes of earlier posts with localized heads ("hat geschrieben", "a écrit", "писал(а)"), like counters, post
numbers, pagination and board chrome. Gold conventions as in ../heldout10-forums: quoted earlier text, quote heads,
signatures, edit notes and user cells are not a post's text; the quoted post is the parent; on a Q&A page the question
is the first post, answers are top-level and comments or replies under an answer are its children.
Helpers and gold format from ../heldout5's generator; another topic (an astronomy club's dark-sky site), names and seed.
Usage: make_heldout11_pages.py [OUT_DIR]"""
import datetime as dt
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout5"))
import make_heldout5_pages as base  # noqa: E402

R = random.Random(20261229)
base.R = R
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

LANG = {
    "en": dict(
        SUBJECTS=["the new observing field", "the Friday star party", "the club's 14-inch Dobsonian", "the red-light rule",
                  "the car park curfew", "the loan scope list", "the outreach nights", "the membership fee",
                  "the light pollution survey", "the winter schedule", "the imaging group", "the key holder rota"],
        VIEWS=["only works if the farmer keeps the gate open", "was agreed before half of us heard about it",
               "keeps beginners coming back", "needs a vote at the AGM", "is why the imagers stopped coming",
               "makes sense once the clocks change", "was never written down anywhere", "could alternate with the old site",
               "should wait for the survey results", "is fair if somebody actually checks the keys"],
        ASIDES=["I have observed from the old site since 2009.", "The sky there reads 21.4 on a good night.",
                "We had nine scopes out last month.", "Nobody brought a flask on the last night.",
                "My back prefers a chair at the eyepiece anyway.", "The minutes are on the club site.",
                "Half the imagers run everything from a laptop now.", "Dew was terrible in October."],
        STARTS=["For what it's worth", "Speaking as equipment officer", "As a newcomer", "Honestly", "From the back row",
                "Having run the outreach nights", "To be fair to the committee", "Quick thought"],
        OPENER=["The committee wants to move club observing from Hollow Lane to the new field at Carr Farm from January, "
                "because the lane now has two floodlit yards.",
                "Is that decided already? Carr Farm is forty minutes further for anyone north of the river, and the gate "
                "is locked after ten."]),
    "de": dict(
        SUBJECTS=["der neue Beobachtungsplatz", "der Freitagstreff", "das 14-Zoll-Dobson des Vereins", "die Rotlicht-Regel",
                  "die Sperrstunde am Parkplatz", "die Leihteleskop-Liste", "die Führungsabende", "der Mitgliedsbeitrag",
                  "die Lichtmessung", "der Winterplan", "die Fotogruppe", "der Schlüsseldienst"],
        VIEWS=["klappt nur, wenn der Bauer das Tor offen lässt", "wurde beschlossen, bevor die Hälfte davon wusste",
               "hält die Anfänger bei der Stange", "gehört in die Mitgliederversammlung", "ist der Grund, warum die Fotografen wegbleiben",
               "ergibt erst nach der Zeitumstellung Sinn", "stand nie irgendwo schriftlich", "könnte sich mit dem alten Platz abwechseln",
               "sollte auf die Messergebnisse warten", "ist fair, wenn jemand wirklich die Schlüssel prüft"],
        ASIDES=["Ich beobachte seit 2009 vom alten Platz aus.", "Das SQM zeigt dort in guten Nächten 21,4.",
                "Letzten Monat standen neun Teleskope auf der Wiese.", "Beim letzten Mal hatte niemand eine Thermoskanne dabei.",
                "Mein Rücken mag am Okular sowieso lieber einen Stuhl.", "Das Protokoll steht auf der Vereinsseite.",
                "Die Hälfte der Fotografen steuert inzwischen alles vom Laptop.", "Der Tau war im Oktober furchtbar."],
        STARTS=["Nur meine Meinung", "Als Gerätewart", "Als Neuling", "Ehrlich gesagt", "Von hinten betrachtet",
                "Nach vielen Führungsabenden", "Fairerweise", "Kurzer Gedanke"],
        OPENER=["Der Vorstand will die Vereinsbeobachtung ab Januar vom Hohlweg auf die neue Wiese am Karrhof verlegen, "
                "weil am Hohlweg jetzt zwei Höfe mit Flutlicht stehen.",
                "Ist das schon entschieden? Der Karrhof liegt für alle nördlich des Flusses vierzig Minuten weiter weg, "
                "und das Tor wird um zehn abgeschlossen."]),
    "fr": dict(
        SUBJECTS=["le nouveau terrain d'observation", "la soirée du vendredi", "le Dobson de 355 mm du club", "la règle de la lumière rouge",
                  "le couvre-feu du parking", "la liste des instruments prêtés", "les soirées publiques", "la cotisation",
                  "la mesure de la pollution lumineuse", "le planning d'hiver", "le groupe astrophoto", "le tour des clés"],
        VIEWS=["ne marche que si l'agriculteur laisse la barrière ouverte", "a été décidé avant que la moitié d'entre nous le sache",
               "fait revenir les débutants", "mérite un vote en assemblée générale", "explique pourquoi les astrophotographes ne viennent plus",
               "aura du sens après le changement d'heure", "n'a jamais été écrit nulle part", "pourrait alterner avec l'ancien site",
               "devrait attendre les résultats des mesures", "est juste si quelqu'un vérifie vraiment les clés"],
        ASIDES=["J'observe depuis l'ancien site depuis 2009.", "Le SQM y affiche 21,4 les bonnes nuits.",
                "Nous avions neuf instruments le mois dernier.", "Personne n'avait pris de thermos la dernière fois.",
                "Mon dos préfère une chaise à l'oculaire de toute façon.", "Le compte rendu est sur le site du club.",
                "La moitié des imageurs pilotent tout depuis un portable.", "La rosée était terrible en octobre."],
        STARTS=["Pour ce que ça vaut", "En tant que responsable du matériel", "En tant que nouveau", "Franchement", "Vu du fond de la salle",
                "Après des années de soirées publiques", "Pour être juste avec le bureau", "Petite remarque"],
        OPENER=["Le bureau veut déplacer les observations du club du chemin Creux vers le nouveau pré de la ferme Carré dès janvier, "
                "parce que le chemin a maintenant deux cours éclairées toute la nuit.",
                "Est-ce déjà décidé ? La ferme Carré est à quarante minutes de plus pour ceux du nord de la rivière, et la "
                "barrière est fermée après vingt-deux heures."]),
    "ru": dict(
        SUBJECTS=["новая площадка для наблюдений", "пятничная встреча", "клубный 14-дюймовый добсон", "правило красного света",
                  "ночной запрет на стоянке", "список телескопов напрокат", "открытые вечера", "членский взнос",
                  "замер засветки", "зимнее расписание", "группа астрофото", "дежурство с ключами"],
        VIEWS=["работает, только если фермер оставит ворота открытыми", "решили раньше, чем половина из нас узнала",
               "помогает новичкам не бросать", "надо ставить на общее собрание", "и есть причина, почему фотографы перестали ездить",
               "имеет смысл после перевода часов", "нигде не было записано", "можно чередовать со старой площадкой",
               "стоит отложить до результатов замеров", "честно, если кто-то действительно проверяет ключи"],
        ASIDES=["Я наблюдаю со старой площадки с 2009 года.", "Там SQM в хорошую ночь показывает 21,4.",
                "В прошлом месяце у нас было девять телескопов.", "В прошлый раз никто не взял термос.",
                "Моя спина всё равно предпочитает стул у окуляра.", "Протокол лежит на сайте клуба.",
                "Половина фотографов теперь всё делает с ноутбука.", "Роса в октябре была ужасная."],
        STARTS=["По моему скромному мнению", "Как ответственный за оборудование", "Как новичок", "Честно говоря", "С задних рядов",
                "После многих открытых вечеров", "Справедливости ради", "Короткая мысль"],
        OPENER=["Правление хочет с января перенести клубные наблюдения с Лощины на новое поле у фермы Карр, потому что "
                "у Лощины теперь два двора с прожекторами.",
                "Это уже решено? Ферма Карр на сорок минут дальше для всех, кто живёт к северу от реки, а ворота "
                "запирают после десяти."]),
}
NAMES = {
    "en": ["Helen Okafor", "dobsonian_dave", "Marek Zielinski", "Ayesha Khan", "faint_fuzzies", "Rory Callaghan", "nightowl_nina",
           "Tobias Lind", "Grace", "m42_mike", "Sunita Rao", "Pete H"],
    "de": ["Jürgen Kessler", "sternguckerin", "Anke Brandt", "Orion_1982", "Matthias W.", "Dunkelwolke", "Lena Vogt",
           "okularwechsel", "Frank Heise", "Sabine R.", "nebelfleck", "Tarek Aziz"],
    "fr": ["Claire Dubois", "nebuleuse_42", "Yannick Morel", "Amina B.", "ciel_profond", "Julien Roux", "Sophie Laurent",
           "oculaire_rouge", "Karim", "Hélène M.", "pleiades69", "Thierry V."],
    "ru": ["Андрей Ковалёв", "zvezdochet", "Ольга Смирнова", "Дмитрий_К", "tumannost", "Ирина Белова", "Сергей", "dobson_msk",
           "Наталья П.", "galaktika", "Виктор Орлов", "Лена_Астро"],
}
SUBJ = {"en": "Club observing moving to Carr Farm from January?", "de": "Vereinsbeobachtung ab Januar am Karrhof?",
        "fr": "Observations du club à la ferme Carré dès janvier ?", "ru": "Наблюдения клуба с января на ферме Карр?"}
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
    return [None, "Clear skies! 8\" SCT, 80ED, EQ6-R", None, "Bortle 6 and proud of it", None, "Visual only, no cameras", None, None,
            "Sent from my phone", None, "If it's cloudy it's Friday", None][k_of(c)]


def posts_n(c):
    return 20 + (k_of(c) * 137) % 1900


def joined(c):
    k = k_of(c)
    return dt.date(2010 + k % 12, 1 + k % 12, 3 + k)


DE_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DE_MON = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
FR_DAYS = ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"]
FR_MON = ["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Aoû", "Sep", "Oct", "Nov", "Déc"]
RU_DAYS = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]
RU_MON = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def wrap(title, body, lang="en"):
    return ("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (lang, esc(title), body))


# ---------------------------------------------------------------- systems

def phpbb3de(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            pt = p["time"]
            q = ("<blockquote><div><cite><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\">%s</a> hat geschrieben: <a href=\"./viewtopic.php?p=%d#p%d\" data-post-id=\"%d\">&uarr;</a>"
                 "<span class=\"responsive-hide\">%s %d. %s %d, %02d:%02d</span></cite>%s</div></blockquote>") % (
                60 + k_of(p), esc(p["author"]), p["id"], p["id"], p["id"], DE_DAYS[pt.weekday()], pt.day, DE_MON[pt.month - 1], pt.year, pt.hour, pt.minute, esc(c["quote"]))
        s = sig(c)
        s = "<div id=\"sig%d\" class=\"signature\">%s</div>" % (c["id"], esc(s)) if s else ""
        ed = ("<div class=\"notice\">Zuletzt geändert von %s am %s %d. %s %d, %02d:%02d, insgesamt 1-mal geändert.</div>" % (
            esc(c["author"]), DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1], t.year, t.hour, (t.minute + 9) % 60)) if i % 4 == 2 else ""
        rows.append(("<div id=\"p%d\" class=\"post has-profile %s\"><div class=\"inner\"><dl class=\"postprofile\" id=\"profile%d\">"
                     "<dt class=\"has-profile-rank has-avatar\"><div class=\"avatar-container\"><a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"avatar\"><img class=\"avatar\" src=\"./download/file.php?avatar=%d.jpg\" width=\"90\" height=\"90\" alt=\"Benutzeravatar\"></a></div>"
                     "<a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></dt><dd class=\"profile-rank\">%s</dd>"
                     "<dd class=\"profile-posts\"><strong>Beiträge:</strong> <a href=\"./search.php?author_id=%d&amp;sr=posts\">%d</a></dd>"
                     "<dd class=\"profile-joined\"><strong>Registriert:</strong> %s</dd><dd class=\"profile-custom-field profile-phpbb_location\"><strong>Wohnort:</strong> %s</dd></dl>"
                     "<div class=\"postbody\"><div id=\"post_content%d\"><h3%s><a href=\"#p%d\">%s</a></h3>"
                     "<ul class=\"post-buttons\"><li><a href=\"./posting.php?mode=quote&amp;p=%d\" title=\"Mit Zitat antworten\" class=\"button button-icon-only\"><i class=\"icon fa-quote-left fa-fw\"></i><span>Zitieren</span></a></li></ul>"
                     "<p class=\"author\"><a class=\"unread\" href=\"./viewtopic.php?p=%d#p%d\" title=\"Beitrag\"><i class=\"icon fa-file fa-fw\"></i><span class=\"sr-only\">Beitrag</span></a> von <strong>"
                     "<a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\" class=\"username\">%s</a></strong> &raquo; <time datetime=\"%s+00:00\">%s %d. %s %d, %02d:%02d</time></p>"
                     "<div class=\"content\">%s%s</div>%s%s</div></div><div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Nach oben\"><i class=\"icon fa-chevron-circle-up\"></i><span class=\"sr-only\">Nach oben</span></a></div></div></div><hr class=\"divider\">") % (
            c["id"], "bg2" if i % 2 == 0 else "bg1", c["id"], 60 + k, 60 + k, 60 + k, esc(c["author"]), ["Neues Mitglied", "Mitglied", "Aktives Mitglied", "Moderator"][k % 4],
            60 + k, posts_n(c), joined(c).strftime("%d.%m.%Y"), ["Freiburg", "Kassel", "Rostock", "Ulm"][k % 4], c["id"], " class=\"first\"" if i == 0 else "", c["id"],
            esc(("Re: " if i else "") + subject()), c["id"], c["id"], c["id"], 60 + k, esc(c["author"]), t.strftime("%Y-%m-%dT%H:%M:00"),
            DE_DAYS[t.weekday()], t.day, DE_MON[t.month - 1], t.year, t.hour, t.minute, q, tx(c), ed, s))
    body = ("<div id=\"wrap\" class=\"wrap\"><div id=\"page-header\"><div class=\"headerbar\"><a id=\"logo\" class=\"logo\" href=\"./index.php\">Sternfreunde Hohlweg e.V.</a>"
            "<p>Forum der Sternfreunde</p></div><div class=\"navbar\"><ul><li><a>Schnellzugriff</a></li><li><a>FAQ</a></li><li><a>Anmelden</a></li><li><a>Registrieren</a></li></ul>"
            "<ul id=\"nav-breadcrumbs\"><li class=\"breadcrumbs\"><a>Foren-Übersicht</a> &lsaquo; <a>Vereinsleben</a></li></ul></div></div>"
            "<div id=\"page-body\" class=\"page-body\"><h2 class=\"topic-title\"><a>%s</a></h2><div class=\"action-bar bar-top\"><a class=\"button\">Antworten</a>"
            "<div class=\"search-box\"><input placeholder=\"Thema durchsuchen …\"></div><div class=\"pagination\">%d Beiträge &bull; Seite <strong>1</strong> von <strong>2</strong> <a>2</a> <a>Nächste</a></div></div>%s"
            "<div class=\"action-bar bar-bottom\"><div class=\"pagination\">%d Beiträge &bull; Seite <strong>1</strong> von <strong>2</strong></div></div>"
            "<div class=\"stat-block online-list\"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste</p></div></div>"
            "<div id=\"page-footer\" class=\"page-footer\"><p>Powered by phpBB&reg; Forum Software &copy; phpBB Limited</p><p>Deutsche Übersetzung durch phpBB.de</p><p><a>Datenschutz</a> | <a>Nutzungsbedingungen</a></p></div></div>") % (
        esc(subject()), len(posts), "".join(rows), len(posts))
    return wrap("%s - Sternfreunde Hohlweg e.V." % subject(), body, "de")


def phpbb2fr(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("</span><table width=\"90%%\" cellspacing=\"1\" cellpadding=\"3\" border=\"0\" align=\"center\"><tr><td><span class=\"genmed\"><b>%s a écrit:</b></span></td></tr>"
                 "<tr><td class=\"quote\">%s</td></tr></table><span class=\"postbody\">") % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<br>_________________<br>%s" % esc(s) if s else ""
        rows.append(("<tr><td width=\"150\" align=\"left\" valign=\"top\" class=\"%s\"><span class=\"name\"><a name=\"%d\"></a><b>%s</b></span><br>"
                     "<span class=\"postdetails\">%s<br><img src=\"templates/subSilver/images/rank%d.gif\" alt=\"%s\" title=\"%s\" border=\"0\"><br><br>Inscrit le: %s<br>Messages: %d<br>Localisation: %s</span><br></td>"
                     "<td class=\"%s\" width=\"100%%\" height=\"28\" valign=\"top\"><table width=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                     "<td width=\"100%%\"><a href=\"viewtopic.php?p=%d#%d\"><img src=\"templates/subSilver/images/icon_minipost.gif\" width=\"12\" height=\"9\" alt=\"Message\" title=\"Message\" border=\"0\"></a>"
                     "<span class=\"postdetails\">Posté le: %s %s %02d, %d %d:%02d %s<span class=\"gen\">&nbsp;</span>&nbsp; &nbsp;Sujet du message: %s</span></td>"
                     "<td valign=\"top\" nowrap=\"nowrap\"><a href=\"posting.php?mode=quote&amp;p=%d\"><img src=\"templates/subSilver/images/lang_french/icon_quote.gif\" alt=\"Répondre en citant\" title=\"Répondre en citant\" border=\"0\"></a></td></tr>"
                     "<tr><td colspan=\"2\"><hr></td></tr><tr><td colspan=\"2\"><span class=\"postbody\">%s%s%s</span><span class=\"gensmall\"></span></td></tr></table></td></tr>"
                     "<tr><td class=\"%s\" width=\"150\" align=\"left\" valign=\"middle\"><span class=\"nav\"><a href=\"#top\" class=\"nav\">Revenir en haut</a></span></td>"
                     "<td class=\"%s\" width=\"100%%\" height=\"28\" valign=\"bottom\" nowrap=\"nowrap\"><a href=\"profile.php?mode=viewprofile&amp;u=%d\"><img src=\"templates/subSilver/images/lang_french/icon_profile.gif\" alt=\"Voir le profil de l'utilisateur\" title=\"Voir le profil de l'utilisateur\" border=\"0\"></a> "
                     "<a href=\"privmsg.php?mode=post&amp;u=%d\"><img src=\"templates/subSilver/images/lang_french/icon_pm.gif\" alt=\"Envoyer un message privé\" title=\"Envoyer un message privé\" border=\"0\"></a></td></tr>"
                     "<tr><td class=\"spaceRow\" colspan=\"2\" height=\"1\"><img src=\"templates/subSilver/images/spacer.gif\" alt=\"\" width=\"1\" height=\"1\"></td></tr>") % (
            "row1" if i % 2 == 0 else "row2", c["id"], esc(c["author"]), ["Astronome amateur", "Membre", "Habitué", "Modérateur"][k % 4], 1 + k % 4,
            ["Astronome amateur", "Membre", "Habitué", "Modérateur"][k % 4], ["Astronome amateur", "Membre", "Habitué", "Modérateur"][k % 4],
            "%02d %s %d" % (joined(c).day, FR_MON[joined(c).month - 1], joined(c).year), posts_n(c), ["Lyon", "Besançon", "Nantes", "Lille"][k % 4],
            "row1" if i % 2 == 0 else "row2", c["id"], c["id"], FR_DAYS[t.weekday()], FR_MON[t.month - 1], t.day, t.year, t.hour % 12 or 12, t.minute, "am" if t.hour < 12 else "pm",
            esc(("Re: " if i else "") + subject()), c["id"], q, tx(c, "<br><br>"), s, "row1" if i % 2 == 0 else "row2", "row1" if i % 2 == 0 else "row2", 40 + k, 40 + k))
    body = ("<a name=\"top\"></a><table width=\"100%%\" cellspacing=\"0\" cellpadding=\"10\" border=\"0\" align=\"center\"><tr><td class=\"bodyline\">"
            "<table width=\"100%%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr><td><a href=\"index.php\"><img src=\"templates/subSilver/images/logo_phpBB.gif\" border=\"0\" alt=\"Forum des Astronomes du Chemin Creux\"></a></td>"
            "<td align=\"center\" width=\"100%%\" valign=\"middle\"><span class=\"maintitle\">Astronomes du Chemin Creux</span><br><span class=\"gen\">Le forum du club</span></td></tr></table>"
            "<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\"><tr><td align=\"center\" valign=\"top\" nowrap=\"nowrap\"><span class=\"mainmenu\"><a>FAQ</a> &nbsp; <a>Rechercher</a> &nbsp; <a>Liste des Membres</a> &nbsp; <a>Groupes d'utilisateurs</a> &nbsp; <a>S'enregistrer</a> &nbsp; <a>Connexion</a></span></td></tr></table>"
            "<table width=\"100%%\" cellspacing=\"2\" cellpadding=\"2\" border=\"0\"><tr><td align=\"left\" valign=\"bottom\" colspan=\"2\"><a class=\"maintitle\">%s</a><br><span class=\"gensmall\"><b>Aller à la page <b>1</b>, <a>2</a>&nbsp;&nbsp;<a>Suivante</a></b><br>&nbsp;</span></td></tr></table>"
            "<table class=\"forumline\" width=\"100%%\" cellspacing=\"1\" cellpadding=\"3\" border=\"0\"><tr><th class=\"thLeft\" width=\"150\" height=\"26\" nowrap=\"nowrap\">Auteur</th><th class=\"thRight\" nowrap=\"nowrap\">Message</th></tr>%s</table>"
            "<table width=\"100%%\" cellspacing=\"2\" border=\"0\" align=\"center\"><tr><td valign=\"top\" align=\"left\"><span class=\"gensmall\">Toutes les heures sont au format GMT + 1 Heure</span></td><td align=\"right\"><span class=\"nav\">Aller à la page <b>1</b>, <a>2</a></span></td></tr></table>"
            "<div align=\"center\"><span class=\"copyright\">Powered by <a>phpBB</a> &copy; 2001, 2005 phpBB Group<br>Traduction par : <a>phpBB-fr.com</a></span></div></td></tr></table>") % (esc(subject()), "".join(rows))
    return wrap("Astronomes du Chemin Creux :: Voir le sujet - %s" % subject(), body, "fr")


def phpbbru(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"quotetitle\">%s писал(а):</div><div class=\"quotecontent\">%s</div>" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<span class=\"postbody signature\"><br>_________________<br>%s</span>" % esc(s) if s else ""
        row = "row1" if i % 2 == 0 else "row2"
        rows.append(("<table class=\"tablebg\" width=\"100%%\" cellspacing=\"1\"><tr class=\"%s\"><td align=\"center\" valign=\"middle\"><a name=\"p%d\"></a><b class=\"postauthor\">%s</b></td>"
                     "<td width=\"100%%\" height=\"25\"><table width=\"100%%\" cellspacing=\"0\"><tr><td class=\"gensmall\" width=\"100%%\"><div style=\"float: left;\">&nbsp;<b>Заголовок сообщения:</b> <a href=\"#p%d\">%s</a></div>"
                     "<div style=\"float: right;\"><a href=\"./viewtopic.php?p=%d#p%d\"><img src=\"./styles/subsilver2/imageset/icon_post_target.gif\" width=\"12\" height=\"9\" alt=\"Сообщение\" title=\"Сообщение\"></a><b>Добавлено:</b> %s %s %02d, %d %02d:%02d&nbsp;</div></td></tr></table></td></tr>"
                     "<tr class=\"%s\"><td valign=\"top\" class=\"profile\"><table cellspacing=\"4\" align=\"center\" width=\"150\"><tr><td><img src=\"./download/file.php?avatar=%d.png\" width=\"80\" height=\"80\" alt=\"Аватара пользователя\"></td></tr>"
                     "<tr><td class=\"postdetails\">%s</td></tr></table><span class=\"postdetails\"><br><b>Зарегистрирован:</b> %s<br><b>Сообщения:</b> %d<br><b>Откуда:</b> %s</span></td>"
                     "<td valign=\"top\"><table width=\"100%%\" cellspacing=\"5\"><tr><td><div class=\"postbody\">%s%s</div><br clear=\"all\"><br></td></tr></table>%s</td></tr>"
                     "<tr class=\"%s\"><td class=\"profile\"><strong><a href=\"#wrapheader\">Вернуться к началу</a></strong></td><td><div class=\"gensmall\" style=\"float: left;\">&nbsp;"
                     "<a href=\"./memberlist.php?mode=viewprofile&amp;u=%d\"><img src=\"./styles/subsilver2/imageset/ru/icon_user_profile.gif\" alt=\"Профиль\" title=\"Профиль\"></a> &nbsp;</div>"
                     "<div class=\"gensmall\" style=\"float: right;\"><a href=\"./posting.php?mode=quote&amp;f=4&amp;p=%d\"><img src=\"./styles/subsilver2/imageset/ru/icon_post_quote.gif\" alt=\"Ответить с цитатой\" title=\"Ответить с цитатой\"></a>&nbsp;</div></td></tr>"
                     "<tr><td class=\"spacer\" colspan=\"2\" height=\"1\"><img src=\"images/spacer.gif\" alt=\"\" width=\"1\" height=\"1\"></td></tr></table>") % (
            row, c["id"], esc(c["author"]), c["id"], esc(("Re: " if i else "") + subject()), c["id"], c["id"], RU_DAYS[t.weekday()], RU_MON[t.month - 1], t.day, t.year, t.hour, t.minute,
            row, 70 + k, ["Новичок", "Участник", "Опытный участник", "Модератор"][k % 4], "%s %s %02d, %d" % (RU_DAYS[joined(c).weekday()], RU_MON[joined(c).month - 1], joined(c).day, joined(c).year),
            posts_n(c), ["Казань", "Тверь", "Пермь", "Самара"][k % 4], q, tx(c), s, row, 70 + k, c["id"]))
    body = ("<div id=\"wrapheader\"><div id=\"logodesc\"><table width=\"100%%\" cellspacing=\"0\"><tr><td><a href=\"./index.php\"><img src=\"./styles/subsilver2/imageset/site_logo.gif\" alt=\"\"></a></td>"
            "<td width=\"100%%\" align=\"center\"><h1>Астроклуб «Лощина»</h1><span class=\"gen\">Форум любителей астрономии</span></td></tr></table></div>"
            "<div id=\"menubar\"><table width=\"100%%\" cellspacing=\"0\"><tr><td class=\"genmed\"><a>FAQ</a> &nbsp; <a>Регистрация</a> &nbsp; <a>Вход</a></td><td class=\"genmed\" align=\"right\"><a>Поиск</a> &nbsp; <a>Пользователи</a></td></tr></table></div>"
            "<div id=\"datebar\"><table width=\"100%%\" cellspacing=\"0\"><tr><td class=\"gensmall\"></td><td class=\"gensmall\" align=\"right\">Текущее время: Вт дек 01, 2026 10:15<br></td></tr></table></div></div>"
            "<div id=\"wrapcentre\"><table class=\"tablebg\" width=\"100%%\" cellspacing=\"1\"><tr><td class=\"row1\"><p class=\"breadcrumbs\"><a>Список форумов</a> &#187; <a>Жизнь клуба</a></p></td></tr></table>"
            "<div id=\"pageheader\"><h2><a class=\"titles\">%s</a></h2></div><table width=\"100%%\" cellspacing=\"1\"><tr><td align=\"left\" valign=\"middle\" nowrap=\"nowrap\"><a><img src=\"./styles/subsilver2/imageset/ru/button_topic_reply.gif\" alt=\"Ответить на тему\"></a></td>"
            "<td class=\"nav\" valign=\"middle\" nowrap=\"nowrap\">&nbsp;Страница <strong>1</strong> из <strong>2</strong><br></td><td class=\"gensmall\" nowrap=\"nowrap\">&nbsp;[ Сообщений: %d ]&nbsp;</td>"
            "<td class=\"gensmall\" width=\"100%%\" align=\"right\" nowrap=\"nowrap\"><b><a>На страницу</a> <strong>1</strong>, <a>2</a> &nbsp;<a>След.</a></b></td></tr></table>"
            "<table class=\"tablebg\" width=\"100%%\" cellspacing=\"1\"><tr><td class=\"cat\"><table width=\"100%%\" cellspacing=\"0\"><tr><td class=\"nav\" nowrap=\"nowrap\">&nbsp;<a>Версия для печати</a></td>"
            "<td class=\"nav\" align=\"right\" nowrap=\"nowrap\"><a>Пред. тема</a> | <a>След. тема</a>&nbsp;</td></tr></table></td></tr></table>"
            "<table class=\"tablebg\" width=\"100%%\" cellspacing=\"1\"><tr><th>Автор</th><th>Сообщение</th></tr></table>%s"
            "<table width=\"100%%\" cellspacing=\"1\"><tr><td class=\"gensmall\" nowrap=\"nowrap\">&nbsp;[ Сообщений: %d ]&nbsp;</td><td class=\"gensmall\" align=\"right\"><b><a>На страницу</a> <strong>1</strong>, <a>2</a></b></td></tr></table></div>"
            "<div id=\"wrapfooter\"><span class=\"copyright\">Powered by <a>phpBB</a> &copy; 2000, 2002, 2005, 2007 phpBB Group<br>Русская поддержка phpBB</span></div>") % (
        esc(subject()), len(posts), "".join(rows), len(posts))
    return wrap("Астроклуб «Лощина» &bull; Просмотр темы - %s" % subject(), body, "ru")


def ipb5(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        slug = "%d-%s" % (200 + k, handle(c["author"]).replace("_", "-"))
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<blockquote class=\"ipsQuote\" data-ipsquote=\"\" data-ipsquote-contentapp=\"forums\" data-ipsquote-contentclass=\"forums_Topic\" data-ipsquote-contentcommentid=\"%d\" "
                 "data-ipsquote-contentid=\"5521\" data-ipsquote-contenttype=\"forums\" data-ipsquote-timestamp=\"%d\" data-ipsquote-userid=\"%d\" data-ipsquote-username=\"%s\">"
                 "<div class=\"ipsQuote_citation\">%s said:</div><div class=\"ipsQuote_contents\"><p>%s</p></div></blockquote>") % (
                p["id"], base.epoch(p["time"]), 200 + k_of(p), esc(p["author"]), esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div data-role=\"memberSignature\" class=\"ipsEntry__signature\"><div class=\"ipsRichText\"><p>%s</p></div></div>" % esc(s) if s else ""
        react = ("<div class=\"ipsReact ipsEntry__react\"><ul class=\"ipsReact_reactions\"><li class=\"ipsReact_reactCount\"><a href=\"?do=showReactionsComment&amp;comment=%d\"><img src=\"/uploads/reactions/react_like.png\" alt=\"Like\"><span>%d</span></a></li></ul></div>" % (c["id"], c["likes"])) if c["likes"] else ""
        rows.append(("<article id=\"elComment_%d\" class=\"ipsEntry js-ipsEntry ipsEntry--post%s\" data-ips-first-post=\"%s\"><aside class=\"ipsEntry__author-column\">"
                     "<div class=\"ipsAvatarStack\"><a href=\"https://stargazers.example/profile/%s/\" rel=\"nofollow\" class=\"ipsUserPhoto\" data-ipshover=\"\"><img src=\"/uploads/monthly_2026_11/%d.thumb.png\" alt=\"%s\" loading=\"lazy\"></a></div>"
                     "<h3 class=\"ipsEntry__username\"><a href=\"https://stargazers.example/profile/%s/\" rel=\"nofollow\" data-ipshover=\"\" class=\"ipsUsername\" title=\"Go to %s's profile\">%s</a></h3>"
                     "<div class=\"ipsEntry__group\">%s</div><ul class=\"ipsEntry__authorStats\"><li><span class=\"ipsEntry__authorStats-count\">%d</span> <span class=\"ipsEntry__authorStats-label\">posts</span></li>"
                     "<li><span class=\"ipsEntry__authorStats-label\">Joined</span> %s</li></ul></aside>"
                     "<div class=\"ipsEntry__main\"><div class=\"ipsEntry__header\"><div class=\"ipsEntry__header-align\"><div class=\"ipsPhotoPanel ipsPhotoPanel--inline\"><div class=\"ipsPhotoPanel__text\">"
                     "<div class=\"ipsPhotoPanel__secondary\"><a href=\"https://stargazers.example/topic/5521-club-observing/?do=findComment&amp;comment=%d\" class=\"ipsEntry__date\" rel=\"nofollow\">"
                     "<time datetime=\"%sZ\" title=\"%s\" data-short=\"1 wk\">%s %d, %d</time></a></div></div></div>"
                     "<ul class=\"ipsEntry__controls\"><li><a href=\"?do=findComment&amp;comment=%d\" data-ipsmenu=\"\">Share</a></li></ul></div></div>"
                     "<div class=\"ipsEntry__content js-ipsEntry__content\"><div class=\"ipsEntry__post\"><div class=\"ipsRichText ipsRichText--user\" data-role=\"commentContent\" data-controller=\"core.front.core.lightboxedImages\">%s%s</div></div>%s</div>"
                     "<div class=\"ipsEntry__footer\"><menu class=\"ipsEntry__controls\" data-role=\"commentControls\"><li data-ipsquote-editor=\"topic_comment\"><button class=\"ipsHide\" data-action=\"multiQuoteComment\">MultiQuote</button></li>"
                     "<li><a href=\"#\" data-action=\"quoteComment\">Quote</a></li></menu>%s</div></div></article>") % (
            c["id"], " ipsEntry--first" if i == 0 else "", "true" if i == 0 else "false", slug, 200 + k, esc(c["author"]), slug, esc(c["author"]), esc(c["author"]),
            ["Members", "Advanced Members", "Moderators", "Members"][k % 4], posts_n(c), joined(c).strftime("%B %d, %Y").replace(" 0", " "), c["id"],
            t.strftime("%Y-%m-%dT%H:%M:00"), t.strftime("%m/%d/%Y ") + ampm(t, " "), mon(t), t.day, t.year, c["id"], q, ps(c), s, react))
        if i == 0:
            rows.append("<div class=\"ipsBox ipsBox--adsense\" data-role=\"advertisement\"><span>Advertisement</span><a>Clear-sky weather alerts - try free</a></div>")
    body = ("<div class=\"ipsLayout__app\"><header class=\"ipsHeader\"><div class=\"ipsHeader__logo\"><a href=\"/\">Stargazers Club</a></div><nav class=\"ipsNav\"><ul><li><a>Browse</a></li><li><a>Activity</a></li><li><a>Leaderboard</a></li></ul></nav>"
            "<div class=\"ipsUserNav\"><a>Existing user? Sign In</a> <a class=\"ipsButton\">Sign Up</a></div></header>"
            "<nav class=\"ipsBreadcrumb\"><ol><li><a>Home</a></li><li><a>Club life</a></li><li><a>Observing sites</a></li></ol></nav>"
            "<main class=\"ipsLayout__main\"><header class=\"ipsPageHeader\"><h1 class=\"ipsPageHeader__title\">%s</h1><div class=\"ipsPageHeader__meta\">By <a>%s</a>, %s %d, %d in <a>Observing sites</a></div></header>"
            "<div class=\"ipsButtonBar\"><div class=\"ipsPagination\"><span>Page 1 of 2</span> <a>Next</a></div><a class=\"ipsButton\">Reply to this topic</a></div>"
            "<section class=\"ipsEntries ipsEntries--topic\" data-controller=\"core.front.core.commentsWrapper\">%s</section>"
            "<div class=\"ipsButtonBar\"><div class=\"ipsPagination\"><span>Page 1 of 2</span> <a>Next</a></div></div>"
            "<div class=\"ipsBox\"><h2>Create an account or sign in to comment</h2><p>You need to be a member in order to leave a comment</p></div>"
            "<div class=\"ipsBox ipsBox--similar\"><h3>Recently Browsing</h3><p>No registered users viewing this page.</p></div></main>"
            "<footer class=\"ipsFooter\"><p>Powered by Invision Community</p><ul><li><a>Theme</a></li><li><a>Privacy Policy</a></li><li><a>Contact Us</a></li></ul></footer></div>") % (
        esc(subject()), esc(posts[0]["author"]), mon(posts[0]["time"]), posts[0]["time"].day, posts[0]["time"].year, "".join(rows))
    return wrap("%s - Observing sites - Stargazers Club" % subject(), body)


def misago(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        url = "/u/%s/%d/" % (handle(c["author"]).replace("_", "-"), 300 + k)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<aside class=\"quote-block\"><div class=\"quote-heading\">@%s has written:</div><blockquote class=\"quote-body\"><p>%s</p></blockquote></aside>" % (
                esc(handle(p["author"])), esc(c["quote"]))
        like = "<button class=\"btn btn-default btn-sm btn-likes\" type=\"button\"><span class=\"material-icon\">favorite_border</span> %d likes</button>" % c["likes"] if c["likes"] else ""
        rows.append(("<li id=\"post-%d\" class=\"post\"><div class=\"panel panel-default panel-post\"><div class=\"panel-body\"><div class=\"post-side post-side-registered\">"
                     "<a href=\"%s\" class=\"btn btn-default btn-icon btn-user btn-block\"><img src=\"/user-avatar/100/%d.png\" alt=\"\" class=\"user-avatar\" width=\"100\" height=\"100\"></a>"
                     "<div class=\"user-card-small hidden-xs hidden-sm\"><span class=\"user-postcount\">%d posts</span></div></div>"
                     "<div class=\"panel-content\"><div class=\"post-heading\"><a href=\"%s\" class=\"btn btn-link item-title\">%s</a> "
                     "<span class=\"label label-default hidden-xs\">%s</span> <a href=\"/t/club-observing-moving-to-carr-farm/88/post/%d/\" class=\"btn btn-link posted-on hidden-xs\" title=\"%s\">%s %d, %d</a> "
                     "<span class=\"label label-post-number hidden-xs\">#%d</span></div><div class=\"post-body\"><article class=\"misago-markup\">%s%s</article></div>"
                     "<div class=\"post-footer\">%s<button class=\"btn btn-default btn-sm pull-right\" type=\"button\">Reply</button></div></div></div></div></li>") % (
            c["id"], url, 300 + k, posts_n(c), url, esc(handle(c["author"])), ["Member", "Moderator", "Member", "Team"][k % 4], c["id"], t.strftime("%B %d, %Y, %H:%M"),
            mon(t)[:3], t.day, t.year, i + 1, q, ps(c), like))
    body = ("<div id=\"misago-container\"><nav class=\"navbar navbar-misago navbar-default navbar-static-top\"><div class=\"container navbar-full\"><a href=\"/\" class=\"navbar-brand\">Stargazers</a>"
            "<ul class=\"nav navbar-nav\"><li><a>Threads</a></li><li><a>Categories</a></li><li><a>Users</a></li></ul><div class=\"nav navbar-nav navbar-right\"><a>Sign in</a> <a>Register</a></div></div></nav>"
            "<div class=\"page page-thread\"><div class=\"page-header-bg\"><div class=\"page-header\"><div class=\"container\"><ol class=\"breadcrumb\"><li><a>Club life</a></li></ol>"
            "<h1>%s</h1><ul class=\"list-inline page-header-details\"><li class=\"item-replies\">%d replies</li><li>Started by %s</li></ul></div></div></div>"
            "<div class=\"container page-container\"><div class=\"toolbar\"><div class=\"toolbar-section\"><ul class=\"misago-pagination\"><li><a>1</a></li><li><a>2</a></li><li><a>Next</a></li></ul></div></div>"
            "<ul class=\"posts-list ui-ready\">%s</ul><div class=\"toolbar\"><ul class=\"misago-pagination\"><li><a>1</a></li><li><a>2</a></li></ul></div></div></div>"
            "<footer class=\"misago-footer\"><p>Powered by Misago</p><ul><li><a>Terms of service</a></li><li><a>Privacy policy</a></li></ul></footer></div>") % (
        esc(subject()), len(posts) - 1, esc(handle(posts[0]["author"])), "".join(rows))
    return wrap("%s | Stargazers" % subject(), body)


def machina(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        prof = "/forum/member/profile/%d/" % (400 + k)
        s = sig(c)
        s = "<div class=\"post-signature\"><hr><small>%s</small></div>" % esc(s) if s else ""
        rows.append(("<div id=\"%d\" class=\"post card\"><div class=\"card-body\"><div class=\"row\"><div class=\"col-md-10 post-content-wrapper\">"
                     "<div class=\"float-right\"><a href=\"/forum/topic/%d/\" class=\"btn btn-sm btn-primary\" title=\"Quote\"><i class=\"fa fa-comment\"></i></a></div>"
                     "<h5 class=\"card-title\"><a href=\"/forum/forum/observing-sites-3/topic/club-observing-88/?post=%d#%d\">%s</a></h5>"
                     "<p><small class=\"text-muted\"><i class=\"fas fa-clock\"></i>&nbsp;By: <a href=\"%s\">%s</a> on %s</small></p>"
                     "<div class=\"post-content\">%s</div>%s</div>"
                     "<div class=\"col-md-2 post-sidebar d-none d-md-block\"><div class=\"avatar\"><img class=\"img-fluid rounded\" src=\"/media/machina/avatar_images/%d.png\" alt=\"\"></div>"
                     "<div class=\"username\"><a href=\"%s\"><b>%s</b></a></div><div class=\"text-muted\"><small>Posts: <a href=\"/forum/member/posts/%d/\">%d</a></small></div></div></div></div></div>") % (
            c["id"], 88, c["id"], c["id"], esc(("Re: " if i else "") + subject()), prof, esc(c["author"]),
            "%s. %d, %d, %d:%02d %s" % (mon(t)[:3], t.day, t.year, t.hour % 12 or 12, t.minute, "a.m." if t.hour < 12 else "p.m."),
            ps(c), s, 400 + k, prof, esc(c["author"]), 400 + k, posts_n(c)))
    body = ("<nav class=\"navbar navbar-expand-lg navbar-dark bg-dark\"><a class=\"navbar-brand\" href=\"/\">Stargazers forum</a><ul class=\"navbar-nav\"><li class=\"nav-item\"><a>Search</a></li><li><a>Log in</a></li><li><a>Sign up</a></li></ul></nav>"
            "<div class=\"container\" id=\"main_container\"><div class=\"row\"><div class=\"col-12\"><ol class=\"breadcrumb\"><li class=\"breadcrumb-item\"><a>Forum</a></li><li class=\"breadcrumb-item\"><a>Observing sites</a></li><li class=\"breadcrumb-item active\">%s</li></ol></div></div>"
            "<div class=\"row\"><div class=\"col-12\"><h1>%s</h1></div></div><div class=\"row\"><div class=\"col-12 col-md-4 topic-actions-block\"><a class=\"btn btn-primary btn-sm\">Post reply</a></div>"
            "<div class=\"col-12 col-md-8 pagination-block\"><ul class=\"pagination\"><li class=\"page-item active\"><a class=\"page-link\">1</a></li><li class=\"page-item\"><a class=\"page-link\">2</a></li></ul></div></div>"
            "<div class=\"row\"><div class=\"col-12\">%s</div></div><div class=\"row\"><div class=\"col-12 pagination-block\"><ul class=\"pagination\"><li class=\"page-item active\"><a class=\"page-link\">1</a></li><li class=\"page-item\"><a class=\"page-link\">2</a></li></ul></div></div></div>"
            "<footer class=\"footer\"><div class=\"container\"><p class=\"text-muted\">Stargazers Club &middot; powered by django-machina</p></div></footer>") % (
        esc(subject()), esc(subject()), "".join(rows))
    return wrap("%s | Stargazers forum" % subject(), body)


def jforum(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote><div><cite>%s wrote:</cite>%s</div></blockquote>" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<br><br><span class=\"gensmall\">_________________<br>%s</span>" % esc(s) if s else ""
        row = "row1" if i % 2 == 0 else "row2"
        rows.append(("<tr><td class=\"%s\" valign=\"top\" align=\"left\"><span class=\"name\"><a name=\"p%d\"></a><b>%s</b></span><br>"
                     "<span class=\"postdetails\"><img src=\"/templates/default/images/rank%d.gif\" alt=\"\"><br>%s<br><br><img src=\"/images/avatar/%d.png\" border=\"0\" alt=\"\"><br><br>"
                     "Joined: %s<br>Messages: %d<br>Location: %s<br><img src=\"/templates/default/images/en_US/icon_user_offline.gif\" alt=\"Offline\"><br></span><br></td>"
                     "<td class=\"%s\" valign=\"top\" width=\"100%%\" height=\"28\"><table width=\"100%%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                     "<td width=\"100%%\"><a href=\"/posts/preList/88/%d.page#p%d\"><img src=\"/templates/default/images/icon_minipost_new.gif\" alt=\"[Post New]\"></a>"
                     "<span class=\"postdetails\">posted&nbsp;%s&nbsp;&nbsp;&nbsp;&nbsp;</span></td>"
                     "<td valign=\"top\" nowrap=\"nowrap\"><a href=\"/posts/quote/0/%d.page\" rel=\"nofollow\"><img src=\"/templates/default/images/en_US/icon_quote.gif\" alt=\"[Quote]\"></a></td></tr>"
                     "<tr><td colspan=\"2\"><hr class=\"sep\"></td></tr><tr><td colspan=\"2\"><div class=\"postbody\">%s%s</div>%s</td></tr></table></td></tr>"
                     "<tr><td class=\"%s\" valign=\"middle\" align=\"center\">&nbsp;</td><td class=\"%s\" valign=\"bottom\" nowrap=\"nowrap\" height=\"28\" width=\"100%%\">"
                     "<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" height=\"18\"><tr><td valign=\"middle\" nowrap=\"nowrap\"><a href=\"/user/profile/%d.page\"><img src=\"/templates/default/images/en_US/icon_profile.gif\" alt=\"[Profile]\"></a> "
                     "<a href=\"/pm/sendTo/%d.page\"><img src=\"/templates/default/images/en_US/icon_pm.gif\" alt=\"[Send PM]\"></a></td></tr></table></td></tr>"
                     "<tr><td class=\"spacerow\" colspan=\"2\" height=\"1\"><img src=\"/templates/default/images/spacer.gif\" alt=\"\" width=\"1\" height=\"1\"></td></tr>") % (
            row, c["id"], esc(c["author"]), 1 + k % 4, ["Ranger", "Greenhorn", "Bartender", "Sheriff"][k % 4], 500 + k, joined(c).strftime("%d/%m/%Y %H:%M:%S").replace("00:00:00", "19:02:11"),
            posts_n(c), ["Leeds", "Hull", "York", "Derby"][k % 4], row, c["id"], c["id"], t.strftime("%d/%m/%Y %H:%M:%S"), c["id"], q, tx(c), s, row, row, 500 + k, 500 + k))
    body = ("<table width=\"100%%\" border=\"0\"><tr><td><a href=\"/forums/list.page\"><img src=\"/templates/default/images/logo.jpg\" alt=\"[Logo]\"></a></td>"
            "<td align=\"center\" width=\"100%%\"><span class=\"maintitle\">Stargazers Forum</span></td></tr></table>"
            "<table cellspacing=\"0\" cellpadding=\"0\" border=\"0\" align=\"center\"><tr><td class=\"mainmenu\"><a>Search</a> &nbsp; <a>Recent Topics</a> &nbsp; <a>Hottest Topics</a> &nbsp; <a>Member Listing</a> &nbsp; <a>Back to home page</a> &nbsp; <a>Register</a> &nbsp; <a>Login</a></td></tr></table>"
            "<table width=\"100%%\" cellspacing=\"2\" cellpadding=\"2\" border=\"0\"><tr><td valign=\"middle\" align=\"left\" colspan=\"2\"><a class=\"maintitle\">%s</a></td></tr>"
            "<tr><td class=\"nav\" align=\"left\"><a class=\"nav\">Forum Index</a> &raquo; <a class=\"nav\">Observing sites</a></td><td align=\"right\"><span class=\"gensmall\">Go to Page: <b>1</b>, <a>2</a> &nbsp;<a>Next</a></span></td></tr></table>"
            "<table class=\"forumline\" cellspacing=\"1\" cellpadding=\"3\" width=\"100%%\" border=\"0\"><tr><th class=\"thleft\" nowrap=\"nowrap\" width=\"150\" height=\"26\">Author</th><th class=\"thright\" nowrap=\"nowrap\" width=\"100%%\">Message</th></tr>%s</table>"
            "<table width=\"100%%\"><tr><td align=\"left\"><span class=\"gensmall\">All times are GMT</span></td><td align=\"right\"><span class=\"gensmall\">Go to Page: <b>1</b>, <a>2</a></span></td></tr></table>"
            "<div align=\"center\"><span class=\"copyright\">Powered by <a>JForum 2.7.0</a> &copy; 2020 JForum Team</span></div>") % (esc(subject()), "".join(rows))
    return wrap("Stargazers Forum - %s" % subject(), body)


def e107(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"indent\"><em>%s wrote ...</em><br>%s</div>" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"forum-thread-signature\"><hr><small>%s</small></div>" % esc(s) if s else ""
        rows.append(("<div id=\"post-%d\" class=\"row forum-thread-post%s\"><div class=\"col-xs-12 col-md-2 forum-thread-user text-center hidden-xs\">"
                     "<img class=\"img-rounded user-avatar\" src=\"/e107_media/avatars/%d.png\" alt=\"\" width=\"96\" height=\"96\">"
                     "<div class=\"forum-thread-username\"><a href=\"/user.php?id.%d\">%s</a></div><small class=\"text-muted\">%s</small>"
                     "<ul class=\"list-unstyled small forum-thread-userinfo\"><li>Joined: %s</li><li>Posts: %d</li></ul></div>"
                     "<div class=\"col-xs-12 col-md-10 forum-thread-text\"><div class=\"forum-thread-post-header clearfix\"><small><span class=\"glyphicon glyphicon-time\"></span> "
                     "<a href=\"/forum/post/?f=report&amp;id=%d\" class=\"forum-post-date\">%s</a><span class=\"visible-xs-inline\"> &middot; %s</span></small>"
                     "<span class=\"pull-right\"><a>#%d</a></span></div><div class=\"forum-thread-body\">%s%s</div>%s"
                     "<div class=\"forum-thread-post-options text-right\"><a class=\"btn btn-default btn-sm\">Quote</a> <a class=\"btn btn-default btn-sm\">Report</a></div></div></div>") % (
            c["id"], " forum-thread-first" if i == 0 else "", 600 + k, 600 + k, esc(c["author"]), ["Member", "Senior Member", "Moderator", "Member"][k % 4],
            joined(c).strftime("%d %b %Y"), posts_n(c), c["id"], t.strftime("%a %b %d %Y, %I:%M%p"), esc(c["author"]), i + 1, q, tx(c), s))
    body = ("<div id=\"header\"><nav class=\"navbar navbar-inverse\"><a class=\"navbar-brand\">Stargazers Club</a><ul class=\"nav navbar-nav\"><li><a>Home</a></li><li><a>Forum</a></li><li><a>Downloads</a></li><li><a>Contact</a></li></ul></nav></div>"
            "<div class=\"container\"><div class=\"row\"><div class=\"col-md-9\" id=\"content\"><ul class=\"breadcrumb\"><li><a>Forums</a></li><li><a>Club life</a></li><li><a>Observing sites</a></li></ul>"
            "<div class=\"row\"><div class=\"col-md-12\"><h3 class=\"forum-viewtopic-title\">%s</h3></div></div><div class=\"row\"><div class=\"col-md-6\"><ul class=\"pagination\"><li class=\"active\"><a>1</a></li><li><a>2</a></li></ul></div>"
            "<div class=\"col-md-6 text-right\"><a class=\"btn btn-primary\">Reply</a></div></div><div id=\"forum-viewtopic\">%s</div>"
            "<ul class=\"pagination\"><li class=\"active\"><a>1</a></li><li><a>2</a></li></ul></div>"
            "<div class=\"col-md-3\" id=\"sidebar\"><div class=\"panel panel-default\"><div class=\"panel-heading\">Login</div><div class=\"panel-body\"><form><input placeholder=\"Username\"><input placeholder=\"Password\"><button>Login</button></form></div></div>"
            "<div class=\"panel panel-default\"><div class=\"panel-heading\">Next meeting</div><div class=\"panel-body\">Friday, 8pm, Hollow Lane village hall</div></div></div></div></div>"
            "<footer><p>Proudly powered by e107 which is released under the terms of the GNU GPL License.</p></footer>") % (esc(subject()), "".join(rows))
    return wrap("%s - Forums - Stargazers Club" % subject(), body)


def elgg(posts):
    op = posts[0]
    t = op["time"]

    def who(c):
        return "/profile/%s" % handle(c["author"])
    reps = []
    for c in posts[1:]:
        tt = c["time"]
        likes = "<li class=\"elgg-menu-item-likes-count\"><a class=\"elgg-lightbox\">%d likes</a></li>" % c["likes"] if c["likes"] else ""
        reps.append(("<li class=\"elgg-item elgg-item-object elgg-item-object-discussion_reply\" id=\"elgg-object-%d\"><div class=\"elgg-image-block clearfix\">"
                     "<div class=\"elgg-image\"><div class=\"elgg-avatar elgg-avatar-tiny\"><a href=\"%s\"><img src=\"/serve-file/avatar/%s/tiny.jpg\" alt=\"%s\" title=\"%s\"></a></div></div>"
                     "<div class=\"elgg-body\"><ul class=\"elgg-menu elgg-menu-social elgg-menu-hz\"><li class=\"elgg-menu-item-likes\"><a>Like</a></li>%s</ul>"
                     "<div class=\"elgg-listing-summary-subtitle elgg-subtext\"><span class=\"elgg-listing-byline\"><a href=\"%s\">%s</a></span> "
                     "<span class=\"elgg-listing-time\"><time title=\"%s\" datetime=\"%s+00:00\">%s %d, %d</time></span></div>"
                     "<div class=\"elgg-output elgg-listing-summary-content\">%s</div></div></div></li>") % (
            c["id"], who(c), handle(c["author"]), esc(c["author"]), esc(c["author"]), likes, who(c), esc(c["author"]), tt.strftime("%d %B %Y @ ") + ampm(tt, ""),
            tt.strftime("%Y-%m-%dT%H:%M:00"), mon(tt), tt.day, tt.year, ps(c)))
    body = ("<div class=\"elgg-page elgg-page-default\"><div class=\"elgg-page-topbar\"><div class=\"elgg-inner\"><a class=\"elgg-heading-site\">Stargazers Network</a>"
            "<ul class=\"elgg-menu elgg-menu-topbar\"><li><a>Activity</a></li><li><a>Groups</a></li><li><a>Members</a></li><li><a>Log in</a></li></ul></div></div>"
            "<div class=\"elgg-page-body\"><div class=\"elgg-layout elgg-layout-one-sidebar\"><div class=\"elgg-main elgg-body\"><ul class=\"elgg-menu elgg-breadcrumbs\"><li><a>Groups</a></li><li><a>Hollow Lane observers</a></li><li><a>Discussions</a></li></ul>"
            "<div class=\"elgg-head clearfix\"><h2 class=\"elgg-heading-main\">%s</h2></div><div class=\"elgg-content\"><div class=\"elgg-listing-full elgg-discussion\">"
            "<div class=\"elgg-image-block clearfix elgg-listing-full-header\"><div class=\"elgg-image\"><div class=\"elgg-avatar elgg-avatar-small\"><a href=\"%s\"><img src=\"/serve-file/avatar/%s/small.jpg\" alt=\"%s\"></a></div></div>"
            "<div class=\"elgg-body\"><div class=\"elgg-listing-summary-subtitle elgg-subtext\"><span class=\"elgg-listing-byline\">By <a href=\"%s\">%s</a></span> "
            "<span class=\"elgg-listing-time\"><time title=\"%s\" datetime=\"%s+00:00\">%s %d, %d</time></span> <span class=\"elgg-listing-container\">in <a>Hollow Lane observers</a></span></div></div></div>"
            "<div class=\"elgg-listing-full-body\"><div class=\"elgg-output\">%s</div></div><div class=\"elgg-listing-full-footer\"><ul class=\"elgg-tags\"><li><a>dark sky</a></li><li><a>observing site</a></li></ul></div></div>"
            "<div id=\"group-replies\" class=\"elgg-comments\"><h3>%d replies</h3><ul class=\"elgg-list elgg-list-entity elgg-discussion-replies\">%s</ul>"
            "<ul class=\"elgg-pagination\"><li class=\"elgg-state-selected\"><span>1</span></li><li><a>2</a></li><li><a>Next &raquo;</a></li></ul>"
            "<form class=\"elgg-form elgg-form-discussion-reply-save\"><label>Reply</label><textarea></textarea><input type=\"submit\" value=\"Reply\"></form></div></div></div>"
            "<div class=\"elgg-sidebar\"><div class=\"elgg-module elgg-module-aside\"><div class=\"elgg-head\"><h3>Group members</h3></div><div class=\"elgg-body\">48 members</div></div></div></div></div>"
            "<div class=\"elgg-page-footer\"><ul><li><a>About</a></li><li><a>Terms</a></li><li><a>Privacy</a></li></ul><p>Powered by Elgg</p></div></div>") % (
        esc(subject()), who(op), handle(op["author"]), esc(op["author"]), who(op), esc(op["author"]), t.strftime("%d %B %Y @ ") + ampm(t, ""), t.strftime("%Y-%m-%dT%H:%M:00"),
        mon(t), t.day, t.year, ps(op), len(posts) - 1, "".join(reps))
    return wrap("%s : Hollow Lane observers : Stargazers Network" % subject(), body)


def ghdiscussions(cs):
    """Question, answers (top-level) with nested replies; handles as names."""
    def react(c):
        if not c["likes"]:
            return ""
        return ("<div class=\"comment-reactions\"><button type=\"button\" class=\"social-reaction-summary-item btn-link\" aria-label=\"%d people reacted with thumbs up\">"
                "<g-emoji alias=\"+1\">&#128077;</g-emoji> <span class=\"js-discussion-reaction-group-count\">%d</span></button></div>") % (c["likes"], c["likes"])

    def head(c, what):
        return ("<div class=\"timeline-comment-header\"><a class=\"d-inline-block\" data-hovercard-type=\"user\" href=\"/%s\"><img class=\"avatar avatar-user\" src=\"/avatars/%s\" width=\"20\" height=\"20\" alt=\"@%s\"></a> "
                "<h3 class=\"f5 text-normal\"><a class=\"author Link--primary text-bold\" data-hovercard-type=\"user\" href=\"/%s\">%s</a> %s</h3> "
                "<a href=\"#discussioncomment-%d\" class=\"Link--secondary\"><relative-time datetime=\"%s:00Z\" class=\"no-wrap\">%s %d, %d</relative-time></a></div>") % (
            c["author"], c["author"], c["author"], c["author"], c["author"], what, c["id"], c["time"].strftime("%Y-%m-%dT%H:%M"), mon(c["time"])[:3], c["time"].day, c["time"].year)
    items = []
    answered = None
    for i, c in enumerate(cs[1:], 1):
        if c["parent"] is None and answered is None and i > 2:
            answered = i
    for i, c in enumerate(cs[1:], 1):
        if c["parent"] is not None:
            continue
        replies = []
        for j in kids(cs, i):
            r = cs[j]
            replies.append(("<div class=\"discussion-nested-comment-timeline-item js-comment\" id=\"discussioncomment-%d\"><div class=\"timeline-comment-group\">%s"
                            "<div class=\"comment-body markdown-body js-comment-body\">%s</div>%s</div></div>") % (r["id"], head(r, ""), ps(r), react(r)))
        nrep = ("<div class=\"discussion-nested-comments-container\"><div class=\"discussion-nested-comments-header color-fg-muted\">%d replies</div>%s"
                "<div class=\"discussion-nested-comments-footer\"><button class=\"btn\">Write a reply</button></div></div>") % (len(replies), "".join(replies)) if replies else ""
        badge = "<span class=\"Label Label--success discussion-answer-badge\">Answer selected by %s</span>" % cs[0]["author"] if i == answered else ""
        items.append(("<div class=\"js-timeline-item discussion-timeline-item%s\" id=\"discussioncomment-%d\"><div class=\"timeline-comment\">%s%s"
                      "<div class=\"comment-body markdown-body js-comment-body\">%s</div>%s</div>%s</div>") % (
            " discussion-answer-selected" if i == answered else "", c["id"], badge, head(c, ""), ps(c), react(c), nrep))
    op = cs[0]
    body = ("<div class=\"application-main\"><header class=\"Header\"><a class=\"Header-link\">GitHub</a> <nav><a>Product</a> <a>Solutions</a> <a>Pricing</a></nav> <a>Sign in</a> <a>Sign up</a></header>"
            "<div class=\"repohead\"><strong><a>stargazers-club</a> / <a>observing</a></strong> <span class=\"Label\">Public</span><nav class=\"UnderlineNav\"><a>Code</a> <a>Issues 4</a> <a>Pull requests</a> <a class=\"selected\">Discussions</a> <a>Wiki</a></nav></div>"
            "<div class=\"container-xl\"><div class=\"gh-header\"><h1 class=\"gh-header-title\"><span class=\"js-issue-title\">%s</span> <span class=\"f1-light color-fg-muted\">#41</span></h1>"
            "<div class=\"gh-header-meta\"><span class=\"State State--open\">Answered</span> <a class=\"author\">%s</a> asked this question in <a>Q&amp;A</a></div></div>"
            "<div class=\"discussion-timeline js-discussion\"><div class=\"timeline-comment js-comment discussion-op\" id=\"discussion-%d\">%s"
            "<div class=\"comment-body markdown-body js-comment-body\">%s</div>%s</div>"
            "<div class=\"discussion-answers-header\"><h2>%d answers</h2><div class=\"select-menu\">Oldest &middot; Newest &middot; Top</div></div>%s</div>"
            "<div class=\"discussion-sidebar\"><div class=\"discussion-sidebar-item\"><h3>Category</h3><a>Q&amp;A</a></div><div class=\"discussion-sidebar-item\"><h3>Labels</h3>None yet</div>"
            "<div class=\"discussion-sidebar-item\"><h3>%d participants</h3></div></div></div><footer class=\"footer\"><p>&copy; 2026 GitHub, Inc.</p><ul><li><a>Terms</a></li><li><a>Privacy</a></li><li><a>Security</a></li></ul></footer></div>") % (
        esc(subject()), op["author"], op["id"], head(op, "asked this question in <a>Q&amp;A</a>"), ps(op), react(op), sum(1 for c in cs[1:] if c["parent"] is None), "".join(items),
        len(set(c["author"] for c in cs)))
    return wrap("%s · stargazers-club/observing · Discussion #41 · GitHub" % subject(), body)


def tapatalk(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<div class=\"bbcode-quote\"><div class=\"quote-title\"><span class=\"quote-user\">%s</span> wrote:</div><div class=\"quote-content\">%s</div></div>" % (esc(p["author"]), esc(c["quote"]))
        like = "<span class=\"post-like\"><i class=\"ttfont ttfont-like\"></i> <span class=\"like-count\">%d</span></span>" % c["likes"] if c["likes"] else ""
        rows.append(("<div class=\"post-item\" id=\"p%d\" data-postid=\"%d\"><div class=\"post-header\"><a class=\"post-avatar\" href=\"/groups/stargazers/memberlist.php?mode=viewprofile&amp;u=%d\">"
                     "<img src=\"https://avatar.tapatalk.example/%d.jpg\" alt=\"\"></a><div class=\"post-info\"><div class=\"post-author-line\"><a class=\"post-username\" href=\"/groups/stargazers/memberlist.php?mode=viewprofile&amp;u=%d\">%s</a>"
                     "<span class=\"user-rank\">%s</span></div><div class=\"post-meta\"><span class=\"post-time\">%s %d, %d %s</span> &middot; <span class=\"user-posts\">Posts: %d</span></div></div>"
                     "<span class=\"post-floor\">#%d</span></div><div class=\"post-body\"><div class=\"post-content\">%s%s</div></div>"
                     "<div class=\"post-footer\">%s<a class=\"post-action\">Reply</a> <a class=\"post-action\">Quote</a> <a class=\"post-action\">Share</a></div></div>") % (
            c["id"], c["id"], 700 + k, 700 + k, 700 + k, esc(c["author"]), ["Newbie", "Member", "Regular", "Admin"][k % 4], mon(t)[:3], t.day, t.year, ampm(t, " ", True),
            posts_n(c), i + 1, q, tx(c), like))
        if i == 2:
            rows.append("<div class=\"tapatalk-ad\"><span>Sponsored</span><a>Download the Tapatalk app for the best experience</a></div>")
    body = ("<div id=\"tapatalk-wrap\"><header class=\"tt-header\"><a class=\"tt-logo\">Tapatalk</a><div class=\"tt-group-name\">Stargazers Club</div><a class=\"tt-join\">Join</a> <a>Sign in</a></header>"
            "<div class=\"tt-breadcrumb\"><a>Stargazers Club</a> &rsaquo; <a>Observing sites</a></div><div class=\"topic-container\"><h1 class=\"topic-title\">%s</h1>"
            "<div class=\"topic-stats\">%d replies &middot; 511 views</div><div class=\"tt-pagination\">Page 1 of 2 <a>Next</a></div><div class=\"topic-post-list\">%s</div>"
            "<div class=\"tt-pagination\">Page 1 of 2 <a>Next</a></div></div><aside class=\"tt-sidebar\"><h3>Similar topics</h3><ul><li><a>Dew heaters - worth it?</a></li><li><a>Winter star party dates</a></li></ul></aside>"
            "<footer class=\"tt-footer\">&copy; 2026 Tapatalk Inc. <a>Privacy</a> <a>Terms</a></footer></div>") % (esc(subject()), len(posts) - 1, "".join(rows))
    return wrap("%s - Stargazers Club" % subject(), body)


def piazza(cs):
    """Question, the students' answer, the instructors' answer (top-level), then followup discussions (top-level) with replies (children)."""
    op = cs[0]

    def by(c):
        return "<span class=\"user_name\">%s</span>" % esc(c["author"])

    def when(c):
        return "<span class=\"post_time\" title=\"%s\">%s %d</span>" % (c["time"].strftime("%a %b %d %Y %H:%M:00"), mon(c["time"])[:3], c["time"].day)
    s_ans, i_ans = cs[1], cs[2]
    fus = []
    for i, c in enumerate(cs[3:], 3):
        if c["parent"] is not None:
            continue
        reps = "".join(("<div class=\"discussion_reply\" id=\"reply_%d\"><div class=\"reply_meta\"><img class=\"user_pic\" src=\"/img/default_user.png\" alt=\"\">%s %s</div>"
                        "<div class=\"reply_content render-html-content\">%s</div><div class=\"good_reply\"><a>helpful!</a> <span class=\"count\">%s</span></div></div>") % (
            cs[j]["id"], by(cs[j]), when(cs[j]), ps(cs[j]), cs[j]["likes"] or "") for j in kids(cs, i))
        fus.append(("<div class=\"clarifying_discussion\" id=\"followup_%d\"><div class=\"followup_meta\"><span class=\"resolved_label\">%s</span> <img class=\"user_pic\" src=\"/img/default_user.png\" alt=\"\">%s %s</div>"
                    "<div class=\"followup_content render-html-content\">%s</div><div class=\"good_reply\"><a>helpful!</a> <span class=\"count\">%s</span></div>"
                    "<div class=\"discussion_replies\">%s<div class=\"reply_box\"><input placeholder=\"Reply to this followup discussion\"></div></div></div>") % (
            c["id"], "Resolved" if i % 2 else "Unresolved", by(c), when(c), ps(c), c["likes"] or "", reps))
    for c in (s_ans, i_ans):
        c["parent"] = None

    def answer(c, cls, title, who_label):
        return ("<div id=\"%s\" class=\"post_region %s\"><div class=\"post_region_title\"><h3>%s</h3><span class=\"sub\">%s</span></div>"
                "<div class=\"post_region_content\"><div class=\"post_region_text render-html-content\" id=\"%s_content\">%s</div></div>"
                "<div class=\"post_region_actions\"><a class=\"good_answer\">thanks!</a> <span class=\"post_actions_number\">%s</span></div>"
                "<div class=\"post_region_footer\"><span class=\"updated\">Updated %s by %s</span></div></div>") % (
            cls, cls, title, who_label, cls, ps(c), c["likes"] or "", when(c), by(c))
    body = ("<div id=\"piazza\"><div id=\"topbar\"><a class=\"logo\">piazza</a> <span class=\"class_name\">ASTR 105 &middot; Field Observing</span> <nav><a>Q &amp; A</a> <a>Resources</a> <a>Statistics</a></nav></div>"
            "<div id=\"feed_panel\"><div class=\"feed_search\"><input placeholder=\"Search or add a post...\"></div><ul class=\"feed_items\"><li>Week 12 observing log</li><li>Telescope sign-out</li><li>Midterm room change</li></ul></div>"
            "<div id=\"main_panel\"><div id=\"question\" class=\"post_region question\"><div class=\"post_region_title\"><span class=\"post_type\">question</span> <span class=\"post_number\">@212</span>"
            "<h1 class=\"post_region_title_text\">%s</h1></div><div class=\"post_region_content\"><div class=\"post_region_text render-html-content\" id=\"question_content\">%s</div></div>"
            "<div class=\"post_region_actions\"><span class=\"folder\">logistics</span> <a class=\"good_question\">good question</a> <span class=\"post_actions_number\">%s</span></div>"
            "<div class=\"post_region_footer\"><span class=\"updated\">Updated %s by %s</span> <span class=\"views\">184 views</span></div></div>"
            "%s%s<div id=\"clarifying_discussion\" class=\"post_region\"><div class=\"post_region_title\"><h3>followup discussions</h3><span class=\"sub\">for lingering questions and comments</span></div>%s"
            "<div class=\"start_followup\"><input placeholder=\"Start a new followup discussion\"></div></div></div>"
            "<div id=\"footer\">piazza &copy; 2026 &middot; <a>Privacy</a> &middot; <a>Copyright Policy</a> &middot; <a>Terms of Use</a> &middot; <a>Blog</a></div></div>") % (
        esc(subject()), ps(op), op["likes"] or "", when(op), by(op),
        answer(s_ans, "s_answer", "the students' answer,", "where students collectively construct a single answer"),
        answer(i_ans, "i_answer", "the instructors' answer,", "where instructors collectively construct a single answer"), "".join(fus))
    return wrap("%s - Piazza" % subject(), body)


def ubbclassic(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = ("<blockquote><font size=\"1\" face=\"Verdana, Helvetica, sans-serif\">quote:</font><hr><font size=\"2\" face=\"Verdana, Helvetica, sans-serif\">Originally posted by %s:<br>"
                 "<b>%s</b></font><hr></blockquote>") % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<p>__________________________<br><font size=\"1\">%s</font>" % esc(s) if s else ""
        bg = "#F7F7F7" if i % 2 == 0 else "#DEDFDF"
        rows.append(("<tr bgcolor=\"%s\"><td valign=\"top\" nowrap width=\"18%%\"><a name=\"%06d\"></a><font size=\"2\" face=\"Verdana, Helvetica, sans-serif\"><b>%s</b></font><br>"
                     "<font size=\"1\" face=\"Verdana, Helvetica, sans-serif\">%s<br>Member # %d<br><br><font size=\"1\">Member Rated:</font><br><img src=\"/ubb/rating_%d.gif\" alt=\"\"></font></td>"
                     "<td valign=\"top\" width=\"82%%\"><img src=\"/ubb/icon1.gif\" border=\"0\" alt=\"Icon 1\"> <font size=\"1\" face=\"Verdana, Helvetica, sans-serif\">posted %s %d, %d %02d:%02d %s"
                     "&nbsp; &nbsp; &nbsp; &nbsp; <a href=\"/cgi-bin/ubbmisc.cgi?action=getbio&amp;UserName=%s\"><img src=\"/ubb/profile.gif\" border=\"0\" alt=\"Profile for %s\"></a> "
                     "<a href=\"/cgi-bin/ubbmisc.cgi?action=emailfriend\"><img src=\"/ubb/email.gif\" border=\"0\" alt=\"Send New Private Message\"></a> "
                     "<a href=\"/cgi-bin/ubbmisc.cgi?action=quote&amp;number=%d\"><img src=\"/ubb/quote.gif\" border=\"0\" alt=\"Reply With Quote\"></a></font>"
                     "<hr size=\"1\" color=\"#000000\"><font size=\"2\" face=\"Verdana, Helvetica, sans-serif\">%s%s</font>%s</td></tr>"
                     "<tr bgcolor=\"%s\"><td colspan=\"2\" valign=\"middle\"><font size=\"1\">Posts: %d | Registered: %s %s</font></td></tr>") % (
            bg, i, esc(c["author"]), ["Member", "Junior Member", "Moderator", "Member"][k % 4], 1200 + 37 * k, 1 + k % 5, mon(t), t.day, t.year, t.hour % 12 or 12, t.minute,
            "AM" if t.hour < 12 else "PM", esc(c["author"]).replace(" ", "%20"), esc(c["author"]), i, q, tx(c, "<p>"), s, bg, posts_n(c), mon(joined(c)), joined(c).year))
    body = ("<table border=\"0\" width=\"95%%\" align=\"center\"><tr><td><a href=\"/ubb/ultimatebb.php\"><img src=\"/ubb/ubb_logo.gif\" border=\"0\" alt=\"Stargazers Board\"></a></td>"
            "<td align=\"right\"><font size=\"1\" face=\"Verdana\"><a>my profile</a> | <a>register</a> | <a>search</a> | <a>faq</a> | <a>forum home</a></font></td></tr></table>"
            "<table border=\"0\" width=\"95%%\" align=\"center\"><tr><td><font size=\"2\" face=\"Verdana\"><b><a>Stargazers Board</a> &raquo; <a>Club life</a> &raquo; <a>Observing sites</a> &raquo; %s</b></font></td>"
            "<td align=\"right\"><font size=\"1\">Page 1 of 2: <b>1</b> <a>2</a></font></td></tr></table>"
            "<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"95%%\" align=\"center\"><tr bgcolor=\"#000000\"><td><table border=\"0\" width=\"100%%\" cellpadding=\"4\" cellspacing=\"1\">"
            "<tr bgcolor=\"#39659C\"><td nowrap><font size=\"1\" color=\"#FFFFFF\"><b>Author</b></font></td><td><font size=\"1\" color=\"#FFFFFF\"><b>Topic: %s</b></font></td></tr>%s</table></td></tr></table>"
            "<table width=\"95%%\" align=\"center\"><tr><td><font size=\"1\">All times are UK time</font></td><td align=\"right\"><font size=\"1\">Page 1 of 2: <b>1</b> <a>2</a></font></td></tr></table>"
            "<center><font size=\"1\" face=\"Verdana\"><a>Contact Us</a> | <a>Stargazers Club</a><br>Powered by UBB.classic&trade; 6.7.2</font></center>") % (esc(subject()), esc(subject()), "".join(rows))
    return wrap("%s - Stargazers Board" % subject(), body)


def apacheanswer(cs):
    def user(c, verb):
        return ("<div class=\"d-flex align-items-center small\"><a href=\"/users/%s\"><img src=\"/api/v1/user/avatar/%s\" width=\"40\" height=\"40\" class=\"rounded me-2\" alt=\"\"></a>"
                "<div><a href=\"/users/%s\" class=\"name-ellipsis\">%s</a><span class=\"text-secondary ms-1\" title=\"Reputation\">%d</span><br>"
                "<time class=\"text-secondary\" datetime=\"%s:00Z\" title=\"%s\">%s %s %d, %d</time></div></div>") % (
            handle(c["author"]), handle(c["author"]), handle(c["author"]), esc(c["author"]), 10 + posts_n(c), c["time"].strftime("%Y-%m-%dT%H:%M"),
            c["time"].strftime("%b %d, %Y at %H:%M"), verb, mon(c["time"])[:3], c["time"].day, c["time"].year)

    def comments(i):
        out = []
        for j in kids(cs, i):
            r = cs[j]
            out.append(("<div class=\"py-2 comment-item\" id=\"%d\"><div class=\"d-block\"><div class=\"fmt small text-break\">%s</div><div class=\"d-flex small\">"
                        "<a href=\"/users/%s\" class=\"me-1 text-nowrap\">%s</a><time class=\"me-3 text-secondary\" datetime=\"%s:00Z\">%s %d, %d</time>"
                        "<span class=\"me-3\">%s</span><a class=\"link-secondary\">Reply</a></div></div></div>") % (
                r["id"], ps(r), handle(r["author"]), esc(r["author"]), r["time"].strftime("%Y-%m-%dT%H:%M"), mon(r["time"])[:3], r["time"].day, r["time"].year,
                "<i class=\"bi-hand-thumbs-up-fill\"></i> %d" % r["likes"] if r["likes"] else ""))
        if not out:
            return "<div class=\"comments-wrap\"><a class=\"link-secondary small\">Add a comment</a></div>"
        return "<div class=\"comments-wrap\">%s<a class=\"link-secondary small\">Add a comment</a></div>" % "".join(out)

    def votes(c):
        return "<div class=\"btn-group\"><button class=\"btn btn-outline-secondary\"><i class=\"bi-hand-thumbs-up-fill\"></i></button><span class=\"btn btn-outline-secondary count\">%d</span><button class=\"btn btn-outline-secondary\"><i class=\"bi-hand-thumbs-down-fill\"></i></button></div>" % (c["likes"] or 0)
    op = cs[0]
    ans = []
    for i, c in enumerate(cs[1:], 1):
        if c["parent"] is not None:
            continue
        acc = i == 1
        ans.append(("<div id=\"10020000000000%03d\" class=\"answer-item py-4%s\">%s<article class=\"fmt text-break text-wrap mt-4\">%s</article>"
                    "<div class=\"d-block d-md-flex flex-wrap mt-4 mb-3\">%s<div class=\"mb-3 mb-md-0 me-4\"><a class=\"link-secondary\">Share</a> <a class=\"link-secondary\">Edit</a> <a class=\"link-secondary\">Report</a></div>"
                    "<div class=\"mb-3 mb-md-0 me-4\">%s</div></div>%s</div>") % (
            i, " accepted" if acc else "", "<div class=\"mb-3 text-success\"><i class=\"bi-check-circle-fill\"></i> Accepted</div>" if acc else "", ps(c), votes(c), user(c, "answered"), comments(i)))
    body = ("<div id=\"root\"><nav class=\"navbar navbar-expand-lg theme-colored\"><a class=\"navbar-brand\">Stargazers Answers</a><ul class=\"navbar-nav\"><li><a>Questions</a></li><li><a>Tags</a></li><li><a>Users</a></li><li><a>Badges</a></li></ul>"
            "<form><input placeholder=\"Search\"></form><a>Log in</a> <a>Sign up</a></nav><div class=\"container py-3\"><div class=\"row\"><div class=\"page-main flex-auto\">"
            "<div id=\"question\" class=\"mb-5\"><h1 class=\"h3 mb-3 text-wrap text-break\"><a class=\"link-dark\">%s</a></h1><div class=\"d-flex flex-wrap align-items-center small mb-3 text-secondary\">"
            "<span>Asked %s %d, %d</span><span class=\"ms-3\">Modified 3 days ago</span><span class=\"ms-3\">Viewed 206</span></div>"
            "<article class=\"fmt text-break text-wrap mt-4\">%s</article><div class=\"m-n1\"><a class=\"badge-tag rounded-1 m-1\">observing-sites</a><a class=\"badge-tag rounded-1 m-1\">club</a></div>"
            "<div class=\"d-block d-md-flex flex-wrap mt-4 mb-3\">%s<div class=\"mb-3 mb-md-0 me-4\">%s</div></div>%s</div>"
            "<div class=\"d-flex align-items-center justify-content-between mt-5 mb-3\" id=\"answerHeader\"><h5 class=\"mb-0\">%d Answers</h5><div class=\"btn-group\"><a>Active</a><a>Newest</a><a>Score</a></div></div>%s"
            "<div class=\"mt-5\"><h5>Your Answer</h5><textarea></textarea><button class=\"btn btn-primary\">Post your answer</button></div></div>"
            "<div class=\"page-right-side\"><div class=\"card\"><div class=\"card-header\">Related Questions</div><div class=\"card-body\"><a>Best dew shield for a 10-inch?</a><br><a>Moving the star party to October</a></div></div></div></div></div>"
            "<footer class=\"bg-light py-3\"><div class=\"container\">Powered by Apache Answer - the Q&amp;A platform software for teams at any scales.</div></footer></div>") % (
        esc(subject()), mon(op["time"])[:3], op["time"].day, op["time"].year, ps(op), votes(op), user(op, "asked"), comments(0), len(ans), "".join(ans))
    return wrap("%s - Stargazers Answers" % subject(), body)


def simplepress(posts):
    rows = []
    for i, c in enumerate(posts):
        t, k = c["time"], k_of(c)
        q = ""
        if c["quote"]:
            p = posts[c["parent"]]
            q = "<blockquote class=\"spPostEmbedQuote\"><strong>%s said</strong><p>%s</p></blockquote>" % (esc(p["author"]), esc(c["quote"]))
        s = sig(c)
        s = "<div class=\"spPostUserSignature\"><p>%s</p></div>" % esc(s) if s else ""
        rows.append(("<div id=\"post%d\" class=\"spTopicPostSection %s\"><div class=\"spPostUserSection spLeft\">"
                     "<div class=\"spPostUserAvatar\"><img class=\"spAvatar\" src=\"/wp-content/sp-resources/forum-avatars/%d.png\" alt=\"\"></div>"
                     "<div class=\"spPostUserName\">%s</div><div class=\"spPostUserLocation\">%s</div><div class=\"spPostUserRank\">%s</div>"
                     "<div class=\"spPostUserPosts\">Posts: %d</div><div class=\"spPostUserRegistered\">Member Since:<br>%s</div>"
                     "<div class=\"spPostUserStatus\"><span class=\"spOffline\">Offline</span></div></div>"
                     "<div class=\"spPostSection\"><div class=\"spPostActionLabels\"><span class=\"spPostIndex\">%d</span><span class=\"spPostUserDate\">%s %d, %d - %s</span>"
                     "<a class=\"spButton spQuotePost\">Quote</a> <a class=\"spButton spPostLink\" href=\"/forum/observing-sites/club-observing/#p%d\">Link</a></div>"
                     "<div class=\"spPostContentSection\"><div class=\"spPostContent\">%s%s</div>%s</div></div></div>") % (
            c["id"], "spOdd" if i % 2 == 0 else "spEven", 800 + k, esc(c["author"]), ["Sheffield", "Buxton", "Hope Valley", "Chesterfield"][k % 4],
            ["Member", "Trusted Member", "Moderator", "Member"][k % 4], posts_n(c), joined(c).strftime("%B %d, %Y").replace(" 0", " "), i + 1,
            mon(t), t.day, t.year, ampm(t, " ", True), c["id"], q, ps(c), s))
    body = ("<div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a>Stargazers Club</a></p><nav id=\"site-navigation\"><ul><li><a>Home</a></li><li><a>Events</a></li><li><a>Forum</a></li><li><a>Join</a></li></ul></nav></header>"
            "<div id=\"content\" class=\"site-content\"><div id=\"spMainContainer\"><div id=\"spBreadCrumbs\"><a>Forum</a> &raquo; <a>Observing sites</a> &raquo; %s</div>"
            "<div id=\"spLoginForm\"><a>Log In</a> <a>Register</a></div><div class=\"spHeadContainer\"><div class=\"spTitle\"><h1>%s</h1></div><div class=\"spPageLinks\">Page <b>1</b> <a>2</a></div></div>"
            "<div class=\"spTopicViewSection\">%s</div><div class=\"spPageLinks\">Page <b>1</b> <a>2</a></div>"
            "<div id=\"spStatsSection\">Currently Online: 3 Guest(s). Forum Stats: Groups: 3, Forums: 12, Topics: 318, Posts: 4,127</div></div></div>"
            "<footer id=\"colophon\" class=\"site-footer\"><p>&copy; 2026 Stargazers Club &middot; Forum by Simple:Press</p></footer></div>") % (esc(subject()), esc(subject()), "".join(rows))
    return wrap("%s &#8211; Stargazers Club" % subject(), body)


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

    def g(name, cs, likes, note, times="minute", zero_shown=True):
        return base.gold_of(name, name, cs, True, likes, times=times, note=note, zero_shown=zero_shown)

    use("de")
    posts = forum(10)
    write("phpbb3de", phpbb3de(posts), g("phpbb3de", posts, False, "phpBB 3.3 prosilver in German: postprofile (Rang, 'Beiträge:', 'Registriert:', 'Wohnort:') not text; "
                                         "'von X » Sa 21. Nov 2026, 14:14'; 'X hat geschrieben:' quotes not text, the quoted post is the parent; 'Zuletzt geändert von' notes and signatures not text"))
    use("fr")
    posts = forum(10)
    write("phpbb2fr", phpbb2fr(posts), g("phpbb2fr", posts, False, "phpBB 2 subSilver in French: user cell (rank, 'Inscrit le:', 'Messages:', 'Localisation:') not text; "
                                         "'Posté le: Sam Nov 21, 2026 2:14 pm  Sujet du message:'; 'X a écrit:' quote tables not text, the quoted post is the parent; signatures not text"))
    use("ru")
    posts = forum(9)
    write("phpbbru", phpbbru(posts), g("phpbbru", posts, False, "phpBB 3.0 subsilver2 in Russian: one table per post, the name row above the profile cell "
                                       "('Зарегистрирован:', 'Сообщения:', 'Откуда:') not text; 'Добавлено: Сб ноя 21, 2026 14:14'; 'X писал(а):' quotes not text, the quoted post is the parent"))
    use("en")
    posts = forum(10, likes=True)
    write("ipb5", ipb5(posts), g("ipb5", posts, True, "Invision Community 5: article.ipsEntry with an author column (group, 'n posts', Joined) not text; time[datetime]; "
                                 "ipsQuote 'X said:' not text, the quoted post is the parent; reaction count is likes (none for 0); an ad after the first post", zero_shown=False))
    posts = forum(9, likes=True)
    for c in posts:
        c["author"] = handle(c["author"])
    write("misago", misago(posts), g("misago", posts, True, "Misago: post-side avatar, post-heading (username, rank label, date, '#n'); '@x has written:' quote blocks not text, "
                                     "the quoted post is the parent; 'n likes' is likes (none for 0)", zero_shown=False))
    posts = forum(9, quotes=False)
    write("machina", machina(posts), g("machina", posts, False, "django-machina: card per post, 'By: X on Nov. 21, 2026, 2:14 p.m.' above the text, a sidebar with the name and "
                                       "'Posts: n' after it; signatures not text; flat"))
    posts = forum(10)
    write("jforum", jforum(posts), g("jforum", posts, False, "JForum 2: subSilver-like tables; user cell (rank, Joined, Messages, Location) not text; 'posted 21/11/2026 14:14:05'; "
                                     "'X wrote:' cites not text, the quoted post is the parent; '/user/profile/n.page' links; signatures not text"))
    posts = forum(9)
    write("e107", e107(posts), g("e107", posts, False, "e107 v2 forum: user column (name via 'user.php?id.n', rank, Joined, Posts) not text; 'Sat Nov 21 2026, 02:14PM'; "
                                 "'X wrote ...' indent quotes not text, the quoted post is the parent; signatures not text"))
    posts = forum(9, likes=True, quotes=False)
    write("elgg", elgg(posts), g("elgg", posts, True, "Elgg group discussion: the topic (full listing) and flat replies (elgg-item discussion_reply); 'n likes' is likes "
                                 "(none for 0); tags, reply form and sidebar not posts", zero_shown=False))
    cs = qa(10, likes=True, max_depth=1, p_reply=0.5)
    for c in cs:
        c["author"] = handle(c["author"])
    write("ghdiscussions", ghdiscussions(cs), g("ghdiscussions", cs, True, "GitHub Discussions Q&A: the question is the first post, answers top-level, replies in "
                                                "discussion-nested-comments-container are the answer's children; logins as names; thumbs-up count is likes (none for 0); "
                                                "'Answer selected by X' not text", zero_shown=False))
    posts = forum(9, likes=True)
    write("tapatalk", tapatalk(posts), g("tapatalk", posts, True, "Tapatalk web: post-item with a header (avatar, name, rank, 'Nov 21, 2026 2:14 pm', 'Posts: n', '#n'); "
                                         "'X wrote:' quotes not text, the quoted post is the parent; like count is likes (none for 0); a sponsored box between posts", zero_shown=False))
    use("en")
    cs = qa(9, likes=True, max_depth=1, p_reply=0.0)
    # Piazza: question, the students' answer, the instructors' answer, then followups with replies.
    fu = base.thread(7, max_depth=1, likes=True, p_reply=0.55, start=cs[2]["time"] + dt.timedelta(hours=3))
    cs = cs[:3] + [dict(c, parent=None if c["parent"] is None else c["parent"] + 3) for c in fu]
    for c in cs:
        c["likes"] = c["likes"] % 9 if c["likes"] is not None else None
    write("piazza", piazza(cs), g("piazza", cs, True, "Piazza: question, the students' answer and the instructors' answer (top-level; 'Updated <date> by X' BELOW), "
                                  "followup discussions top-level with their replies as children; 'thanks!'/'helpful!' counts are likes (none for 0); feed panel not posts",
                                  zero_shown=False))
    posts = forum(10)
    write("ubbclassic", ubbclassic(posts), g("ubbclassic", posts, False, "UBB.classic 6: font-tag rows; bold name over rank and 'Member # n' not text; 'posted November 21, 2026 02:14 PM'; "
                                             "'quote: Originally posted by X:' not text, the quoted post is the parent; 'Posts: n | Registered:' row and signatures not text"))
    cs = qa(9, likes=True, max_depth=1, p_reply=0.45)
    for c in cs:
        if c["parent"] is not None:
            c["likes"] = None
    write("apacheanswer", apacheanswer(cs), g("apacheanswer", cs, True, "Apache Answer: question and answers are posts (user card 'asked'/'answered <date>' BELOW the text), "
                                              "comments under an answer its children; vote count is likes; 'Accepted' not text", zero_shown=True))
    posts = forum(10)
    write("simplepress", simplepress(posts), g("simplepress", posts, False, "Simple:Press (WordPress): user section (name as plain text, location, rank, 'Posts: n', 'Member Since:') "
                                               "not text; 'November 21, 2026 - 2:14 pm'; 'X said' embed quotes not text, the quoted post is the parent; signatures not text"))
    print("\n".join(written))


if __name__ == "__main__":
    main()
