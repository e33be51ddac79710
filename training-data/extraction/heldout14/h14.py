"""Shared content and gold helpers for the fifteenth held-out round (heldout14/ and heldout14-forums/).

Our own synthetic text on a new topic (a council switching street lights off after midnight), a new pool of names, a
threat or insult now and then (as real threads have, for the classifier downstream), and gold in the format of
../heldout13: per comment id, parent, author, time, likes, text, in page order; `heldOut: true`."""
import datetime as dt
import html
import json
import os
import random
import subprocess

R = random.Random(20261207 + 14)
NOW = dt.datetime(2026, 12, 7, 10, 15)

SUBJECTS = ["the midnight switch-off", "the lights on Mill Lane", "the underpass by the station", "the LED upgrade",
            "the council's energy bill", "the bus stop on Church Road", "the park path", "the trial on the east side",
            "the sensor lamps", "the consultation", "the night buses", "the crime figures", "the school crossing",
            "the dimming plan"]
VIEWS = ["was settled before anyone asked us", "will leave shift workers walking home in the dark",
         "makes sense on empty lanes but not on main roads", "saves less than the new councillors' allowances",
         "should start with the car parks, not the footpaths", "worked fine in the next county over",
         "is a false economy if one person gets hurt", "ought to come with motion sensors at least",
         "is about the carbon target more than the money", "needs the police figures published first",
         "is being blamed on the wrong department", "has been talked about since 2019"]
ASIDES = ["I walk home from the late shift at half past one.", "The trial street had two break-ins in a month.",
          "My lamp post has been flickering since June.", "The report says 41,000 pounds a year.",
          "Half the lamps on our road were off anyway.", "You can still see the stars from the allotments.",
          "The bus drops me at the darkest corner in town.", "I asked my councillor and got no answer.",
          "Foxes are the only ones out at that hour.", "The minutes are on page nine of the agenda."]
STARTS = ["Honestly", "As a night nurse", "For the record", "Speaking as a cyclist", "Living on Mill Lane",
          "To be fair to the council", "From the east side", "Having sat on the residents' panel", "Quick point",
          "Oddly enough", "Call me old-fashioned, but", "If the figures are right"]
ABUSE = ["Anyone who voted for this is a brainless idiot.", "Whoever signed this off wants a good kicking.",
         "You are a pathetic troll and everyone here knows it.", "Keep talking like that and I'll find out where you live.",
         "Shut up, you clueless muppet.", "Councillor Hale should be dragged out of his house for this."]
NAMES = ["Annika Berglund", "lamplighter", "Tomasz Zielinski", "nightowl_nia", "Yusuf Demir", "Clodagh Byrne",
         "darkskies", "Ravi Kulkarni", "Bea Fontaine", "millane_mike", "Ines Carvalho", "Gus", "Halima Osei",
         "old_sparky", "Leopold Frank", "wren", "Dmitri Volkov", "Sunita Rao", "kerbside", "Marguerite L."]
STORY = ["The council will switch off most residential street lights between midnight and 5am from February, under a "
         "plan approved by the cabinet on Wednesday.",
         "Main roads, junctions and the town centre stay lit. The council says the change saves about 41,000 pounds a "
         "year and cuts its carbon output by an eighth.",
         "Residents on the east side, where a trial ran this autumn, say they were not told the results before the vote."]
OPENER = ["The cabinet has voted to switch off the residential street lights from midnight to 5am from February. Main "
          "roads stay lit. Does anyone know which streets count as main roads?",
          "The trial on the east side ran for ten weeks and nobody has seen the results. I work nights and walk home "
          "through the park path, so this matters to me."]


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
        c["id"] = 5200 + remap[old] * 13
        res.append(c)
    return res


def forum(n, likes=False, p_quote=0.35, names=None):
    """An opening post and n replies in time order; a reply quotes an earlier post (its parent) with p_quote."""
    names = names or NAMES
    cs = thread(n, nested=False, likes=likes, spread=(10, 400), names=names)
    first = {"parent": None, "depth": 0, "author": names[0], "time": cs[0]["time"] - dt.timedelta(hours=2, minutes=41),
             "likes": R.randint(0, 40) if likes else None, "paras": list(OPENER), "quote": None, "id": 5187}
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
