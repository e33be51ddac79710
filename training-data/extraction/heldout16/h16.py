"""Shared content and gold helpers for the seventeenth held-out round (heldout16/, heldout16-forums/ and heldout16-text/).

Our own synthetic text on a new topic (the estuary ferry cut to weekdays), a new pool of names, a
threat or insult now and then (as real threads have, for the classifier downstream), and gold in the format of
../heldout13: per comment id, parent, author, time, likes, text, in page order; `heldOut: true`."""
import datetime as dt
import html
import json
import os
import random
import subprocess

R = random.Random(20261207 + 17)
NOW = dt.datetime(2026, 12, 7, 10, 15)

SUBJECTS = ["the weekday-only timetable", "the estuary ferry", "the 7.40 crossing", "the fare rise",
            "the new bridge plan", "the harbour car park", "the bike racks on deck", "the winter timetable",
            "the ferry trust's accounts", "the bus link from the landing", "the season ticket", "the Saturday market crowd",
            "the slipway repairs", "the council's consultation"]
VIEWS = ["was signed off before anyone on the east bank was asked", "hits shift workers hardest",
         "would cost less than the last dredging contract did", "only works if the bus actually waits for the boat",
         "should come out of the harbour dues", "was tried in 2019 and dropped within a month",
         "looks fine on a spreadsheet but nobody drives forty minutes round by the bridge", "needs the passenger counts published",
         "is really about the slipway lease", "ought to be reviewed after the summer",
         "is being pinned on the wrong department", "has been coming since the 2021 budget"]
ASIDES = ["I have crossed at 7.40 every weekday since March 2014.", "The queue at the landing on Saturday was past the chip shop.",
          "My neighbour Mrs Ellery relies on it for her hospital visits.", "The report puts the saving at 42,000 pounds a year.",
          "On 3 October the boat ran half empty, to be fair.", "The bus from the landing leaves two minutes before the ferry docks.",
          "I wrote to Councillor Abara on 12 November and got a form letter back.", "The kiosk has been shut since Easter.",
          "The volunteers at the heritage centre count passengers on Sundays.", "The minutes are item 9 on the 18 November agenda."]
STARTS = ["Honestly", "As a nurse on early shifts", "For what it's worth", "Speaking as a parent", "Living by the landing",
          "To be fair to the council", "From the east bank", "Having crewed on her for years", "Small point",
          "Oddly enough", "Call me old-fashioned, but", "If the figures are right"]
ABUSE = ["Whoever signed this off is a complete idiot.", "The harbour master deserves a good kicking for this.",
         "You are a lying coward and everyone on this page knows it.", "Keep talking and I'll be waiting at the landing for you.",
         "Shut up, you clueless halfwit.", "Councillor Dunmore should be thrown off the pier for this."]
NAMES = ["Niamh Brennan", "deckhand_dave", "Lars Eriksen", "eastbanker", "Chiamaka Eze", "Tomasz Wrobel",
         "tidetable", "Priya Raman", "Camille Roux", "gull_watcher", "Anders Holm", "Bo", "Yasmin Haddad",
         "old_salt", "Callum Fraser", "wren", "Irina Petrova", "Omar Khalil", "slipway7", "Lucia M."]
STORY = ["The estuary ferry will run on weekdays only from January, and the Saturday and Sunday crossings will be replaced "
         "by a shuttle bus round by the bridge, the council announced on Monday.",
         "The council says the change saves about 42,000 pounds a year and keeps the early 7.40 crossing for shift workers.",
         "Residents on the east bank, who make up most weekend passengers, say the consultation closed after the decision was taken."]
OPENER = ["The council has voted to stop the weekend ferry crossings from January and run a shuttle bus round by the bridge instead. "
          "Does anyone know the bus times yet?",
          "The consultation closed a week after the vote and nobody has seen the passenger counts. I cross every Saturday for the market, "
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
        c["id"] = 7300 + remap[old] * 13
        res.append(c)
    return res


def forum(n, likes=False, p_quote=0.35, names=None):
    """An opening post and n replies in time order; a reply quotes an earlier post (its parent) with p_quote."""
    names = names or NAMES
    cs = thread(n, nested=False, likes=likes, spread=(10, 400), names=names)
    first = {"parent": None, "depth": 0, "author": names[0], "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=41),
             "likes": R.randint(0, 40) if likes else None, "paras": list(OPENER), "quote": None, "id": 7287}
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
