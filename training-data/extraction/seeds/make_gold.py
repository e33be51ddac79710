# Writes the seed gold JSON from the seed texts with every editorial decision spelled out by hand.
# Independent of the Java extractor on purpose: the gold must not be produced by the code it judges.
# Run: python3 training-data/extraction/seeds/make_gold.py
import json, re
import os
S = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seeds") + "/"
def paras(name):
    t = open(S + name, encoding="utf-8").read().replace("\u00a0", " ")
    return [p for p in re.split(r"\n\s*\n", t)]
def art(title, published, paragraphs):
    return {"title": title, "byline": None, "published": published, "paragraphs": paragraphs, "language": "eng"}
def dump(name, article, comments):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name.replace(".txt", ".json")), "w", encoding="utf-8") as f:
        json.dump({"article": article, "comments": comments}, f, ensure_ascii=False, indent=2)
        f.write("\n")

# 000: first line is the title; every other paragraph is article text, kept verbatim.
p = [x.strip() for x in paras("000_edc440e1ab4e7119.txt") if x.strip()]
dump("000_edc440e1ab4e7119.txt", art(p[0], None, p[1:]), [])

# 001: no title line; "date 2022-01-10" is a metadata prefix -> published; pull quotes stay article text.
p = [x.strip() for x in paras("001_aa533c3f44658142.txt") if x.strip()]
assert p[0].startswith("date 2022-01-10 ")
p[0] = p[0][len("date 2022-01-10 "):]
dump("001_aa533c3f44658142.txt", art(None, "2022-01-10", p), [])

# 002: "Facebook Pixel" junk, the photo caption (twice) and the trailing "All News" nav link are boilerplate;
# the "Quote" label glued to pull quotes is an icon's alt text, not article text.
p = [x.strip() for x in paras("002_01127437180df8e4.txt") if x.strip()]
assert p[0] == "Facebook Pixel" and p[2] == p[3] and "Photo:" in p[2] and p[-1] == "All News"
body = [re.sub(r"^Quote(?=\")", "", x) for x in p[4:-1]]
dump("002_01127437180df8e4.txt", art(p[1], None, body), [])

# 003: hard-wrapped PDF-like dump: reflow lines, keep hyphens at line ends joined ("pro-Western"),
# each "–" bullet is its own paragraph (marker dropped); date line -> published; photo credit caption dropped.
t = open(S + "003_9a3295af6732858c.txt", encoding="utf-8").read()
blocks = [b for b in re.split(r"\n\s*\n", t) if b.strip()]
def reflow(lines):
    out = ""
    for l in lines:
        l = l.strip()
        if not l: continue
        if not out: out = l
        elif out.endswith("-"): out += l
        else: out += " " + l
    return out
ps = []
for b in blocks:
    cur = []
    for line in b.split("\n"):
        if line.strip().startswith("–") and cur:
            ps.append(reflow(cur)); cur = []
        cur.append(line)
    ps.append(reflow(cur))
ps = [re.sub(r"^– ", "", x) for x in ps]
# the date line sits in the title block: it is metadata, not part of the title
assert ps[0].endswith(" January 11, 2022"); ps[0:1] = [ps[0][:-len(" January 11, 2022")], "January 11, 2022"]
assert ps[0] == "U.S.-Russian Security Talks: What We Know" and ps[1] == "January 11, 2022" and "EPA" in ps[2]
dump("003_9a3295af6732858c.txt", art(ps[0], "2022-01-11", ps[3:]), [])

# 004: article ends before "(c) The Moscow Times"; then the comment thread.
t = open(S + "004_72e78a6f65c98bb3.txt", encoding="utf-8").read().replace("\u00a0", " ")
head, thread = t.split("(c) The Moscow Times")
ps = [re.sub(r"^– ", "", x.strip()) for x in re.split(r"\n\s*\n", head) if x.strip()]
article = art(ps[0], None, ps[1:])
paragraphs = ps[1:]
tb = [x for x in re.split(r"\n\s*\n", thread) if x.strip()]
def block(i): return "\n".join(l.strip() for l in tb[i].split("\n"))
assert tb[0].strip().startswith("1. Ryabkov denounced")
q1 = tb[0].strip()[3:]
pi = paragraphs.index(q1)
assert tb[3].strip() == "Liked by 4 people" and tb[4].strip().startswith("• The DT")
def unquote(s):
    # drop the quotation marks that enclose a whole copied comment, keep inner ones
    if s.count("“") < s.count("”") and s.endswith("”"): s = s[:-1]
    if s.startswith("“") and s.endswith("”") and "”" not in s[1:-1]: s = s[1:-1]
    return s
c1 = {"id": "c1", "parentId": None, "author": None, "postedAt": None, "likes": 4,
      "text": block(1) + "\n\n" + block(2),
      "quotes": [{"text": q1, "articleParagraph": pi}], "depth": 0}
own1 = tb[4].strip()[2:]
assert tb[5].strip().startswith("“Well DT") and tb[6].strip().startswith("Note the obligatory")
assert tb[7].strip() == "Reply from M Bilewycz:" and tb[9].strip().startswith("Reply from the same")
assert tb[11].strip() == "I replied to “Jackson”:" and tb[13].strip().startswith("Another reply of mine")
assert tb[15].strip() == "Liked by 4 people" and len(tb) == 16
quotes = [
    {"text": unquote(block(5)), "id": "c2-q1", "author": "David Jackson"},
    {"text": unquote(block(8)), "id": "c2-q2", "author": "M Bilewycz", "replyTo": "c2-q1"},
    {"text": unquote(block(10)), "id": "c2-q3", "author": "David Jackson", "replyTo": "c2-q2"},
    {"text": unquote(block(12)), "id": "c2-q4", "byCommenter": True, "replyTo": "c2-q3"},
    {"text": unquote(block(14)), "id": "c2-q5", "byCommenter": True, "replyTo": "c2-q3"},
]
c2 = {"id": "c2", "parentId": "c1", "author": None, "postedAt": None, "likes": 4,
      "text": own1 + "\n\n" + block(6), "quotes": quotes, "depth": 1}
dump("004_72e78a6f65c98bb3.txt", article, [c1, c2])
