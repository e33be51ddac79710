"""Shared content and gold helpers for the sixteenth held-out round (heldout15/, heldout15-forums/ and heldout15-text/).

Our own synthetic text on a new topic (the town library closing on Sundays), a new pool of names, a
threat or insult now and then (as real threads have, for the classifier downstream), and gold in the format of
../heldout13: per comment id, parent, author, time, likes, text, in page order; `heldOut: true`."""
import datetime as dt
import html
import json
import os
import random
import subprocess

R = random.Random(20261207 + 16)
NOW = dt.datetime(2026, 12, 7, 10, 15)

SUBJECTS = ["the Sunday closure", "the mobile library bus", "the reading room", "the late opening on Thursdays",
            "the children's corner", "the volunteer rota", "the book budget", "the self-service machines",
            "the local history room", "the consultation survey", "the branch on Quarry Street", "the study desks",
            "the heating bill", "the e-book licences"]
VIEWS = ["was decided before the survey even closed", "hits students hardest in exam season",
         "would cost less than the new signage did", "only works if the volunteers keep turning up",
         "should be paid for out of the car park income", "was tried in the next borough and quietly reversed",
         "is fine on paper but nobody rides a bus to borrow one book", "needs the footfall figures published first",
         "is about the building's lease more than the books", "ought to be reviewed after six months",
         "is being blamed on the wrong committee", "has been on the cards since 2021"]
ASIDES = ["Sunday is the only day I can take my kids.", "The queue for the computers was out the door last week.",
          "My mother uses the large print shelf every weekend.", "The report puts the saving at 18,000 pounds.",
          "Half the study desks were empty on my last visit anyway.", "The bus stops outside the school twice a week.",
          "I filled in the survey and never heard back.", "The heating was off in the reading room in October.",
          "The volunteers run the coffee morning on Saturdays.", "The minutes are on page twelve of the agenda."]
STARTS = ["Honestly", "As a school librarian", "For what it's worth", "Speaking as a parent", "Living on Quarry Street",
          "To be fair to the trustees", "From the north side", "Having volunteered there for years", "Small point",
          "Strangely enough", "Call me a dinosaur, but", "If the numbers hold up"]
ABUSE = ["Whoever dreamed this up is a complete moron.", "The head of libraries deserves a slap for this.",
         "You are a spineless liar and everyone here knows it.", "Say that again and I'll be waiting outside your house.",
         "Shut your mouth, you ignorant clown.", "Councillor Pryce should be run out of town for this."]
NAMES = ["Orla Kennedy", "bookworm_bex", "Henrik Dahl", "quietcarrel", "Adaeze Okafor", "Piotr Nowak",
         "shelfmark", "Meera Iyer", "Jules Moreau", "readinggran", "Tobias Lindqvist", "Kit", "Farah Siddiqui",
         "old_codex", "Ewan McLeod", "ivy", "Svetlana Orlova", "Rashid Haddad", "latefine", "Beatriz S."]
STORY = ["The town library will close on Sundays from March and a mobile library bus will visit the outlying estates "
         "twice a week instead, the trustees announced on Tuesday.",
         "The trust says the change saves about 18,000 pounds a year and lets it keep the Thursday late opening.",
         "Parents and students, who make up most Sunday visitors, say the consultation survey closed after the decision was made."]
OPENER = ["The trustees have voted to close the library on Sundays from March and replace it with a bus to the estates. "
          "Does anyone know which stops the bus will use?",
          "The survey closed a week after the vote and nobody has seen the footfall figures. I study there every Sunday, "
          "so this matters to me."]


def esc(s):
    return html.escape(s, quote=True)


def handle(name):
    return name.replace(" ", "").replace(".", "").lower()


def para():
    s = "%s, %s %s. %s" % (R.choice(STARTS), R.choice(SUBJECTS), R.choice(VIEWS), R.choice(ASIDES))
    return s[0].upper() + s[1:]


def paras():
    ps = [para() for _ in range(R.choice([1, 1, 2, 2, 3]))]
    if R.random() < 0.12:
        ps[-1] = ps[-1] + " " + R.choice(ABUSE)
    return ps


def thread(n, nested=True, max_depth=3, likes=True, p_reply=0.5, spread=(4, 200), start=None, names=None):
    """n comments in depth-first page order: parent index (or None), depth, author, time, likes, paras."""
    names = names or NAMES
    out = []
    t = start or dt.datetime(2026, 11, R.randint(18, 27), R.randint(6, 12), R.randint(0, 59))
    for i in range(n):
        parent = None
        if nested and out and R.random() < p_reply:
            chain, j = [], len(out) - 1
            while j is not None:
                chain.append(j)
                j = out[j]["parent"]
            chain = [c for c in chain if out[c]["depth"] < max_depth]
            if chain:
                parent = R.choice(chain)
        t = t + dt.timedelta(minutes=R.randint(*spread))
        author = R.choice([a for a in names if not out or a != out[-1]["author"]])
        out.append({"parent": parent, "depth": 0 if parent is None else out[parent]["depth"] + 1, "author": author,
                    "time": t, "likes": R.randint(0, 40) if likes else None, "paras": paras(), "quote": None})
    order = []

    def visit(p):
        for j, c in enumerate(out):
            if c["parent"] == p:
                order.append(j)
                visit(j)
    visit(None)
    remap = {old: new for new, old in enumerate(order)}
    res = []
    for old in order:
        c = dict(out[old])
        c["parent"] = None if c["parent"] is None else remap[c["parent"]]
        c["id"] = 6300 + remap[old] * 13
        res.append(c)
    return res


def forum(n, likes=False, p_quote=0.35, names=None):
    """An opening post and n replies in time order; a reply quotes an earlier post (its parent) with p_quote."""
    names = names or NAMES
    cs = thread(n, nested=False, likes=likes, spread=(10, 400), names=names)
    first = {"parent": None, "depth": 0, "author": names[0], "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=41),
             "likes": R.randint(0, 40) if likes else None, "paras": list(OPENER), "quote": None, "id": 6287}
    cs = [first] + cs
    for i, c in enumerate(cs):
        if i > 1 and R.random() < p_quote:
            c["parent"] = R.randrange(i)
            c["quote"] = cs[c["parent"]]["paras"][0]
    return cs


def kids(cs, i):
    return [j for j, c in enumerate(cs) if c["parent"] == i]


def nest(cs, one):
    def rec(i):
        return one(i, "".join(rec(k) for k in kids(cs, i)))
    return "".join(rec(i) for i in kids(cs, None))


def gold_of(name, system, cs, forum, likes, times="minute", note=None, fetched=None, zero_shown=True):
    g = {"page": {"file": "pages/" + name + ".html"}, "system": system, "site": name + ".example", "forum": forum, "heldOut": True,
         "comments": [{"id": "g%d" % i, "parent": None if c["parent"] is None else "g%d" % c["parent"], "author": c["author"],
                       "time": c["time"].strftime("%Y-%m-%dT%H:%M") if times == "minute" else c["time"].strftime("%Y-%m-%d") if times == "date" else None,
                       "likes": c["likes"] if likes and (c["likes"] or zero_shown) else None,
                       "text": c.get("goldText") or "\n\n".join(c["paras"])} for i, c in enumerate(cs)]}
    if fetched:
        g["fetchedAt"] = fetched.strftime("%Y-%m-%dT%H:%M:00Z")
    if note:
        g["note"] = note
    return g


def writer(out):
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    os.makedirs(os.path.join(out, "text"), exist_ok=True)

    def write(name, html_, gold):
        with open(os.path.join(out, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(html_)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write("\n")
        dump = subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], input=html_.encode("utf-8"),
                              capture_output=True, check=True).stdout
        with open(os.path.join(out, "text", name + ".txt"), "wb") as f:
            f.write(dump)
        print(name, len(gold["comments"]))
    return write


def ago(t, short=False):
    d = NOW - t
    if d.days >= 14:
        return "%dw" % (d.days // 7) if short else "%d weeks ago" % (d.days // 7)
    if d.days >= 1:
        return "%dd" % d.days if short else ("%d days ago" % d.days if d.days > 1 else "1 day ago")
    return "%dh" % (d.seconds // 3600) if short else "%d hours ago" % (d.seconds // 3600)


def ampm(t):
    return "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
