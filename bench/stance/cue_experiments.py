#!/usr/bin/python3
"""Unseen targets, eighth pass (issue 21, 2026-12-07, helper stance11; LOTO only, name only): general cues a tweet
gives about its side toward a NAMED target, beside the shipped head (P(about) x (sentiment + prototype lean)).

Parts:
  cues    stance words next to the target's name, in text and hashtags ("vote for X", "#StopX", "never X", "#XForPresident"),
          word lists written once from general knowledge (see PRO / ANTI below) before any F_avg of this script;
          a mention with a pro / anti word adds u to the direction logit and v to the about logit
  many    more name-only prototype templates (30 + 30, the 7 + 7 among them, fixed before any figure)
  retrieval  side sentences found among the training targets' tweets nearest the name's favour / against prototypes
  bearing stance-bearing words (and ! / ?) as P(about) inputs
  both    the none share and the cues together
  mention the direction scaled where the comment names its target, pulled toward against where it does not
  none    the none share: P(about) threshold chosen as a quantile of the target's own P(about) (no labels)

Same properly nested leave-one-target-out as unseen_experiments2/3.py (SemEval-2016 A train + trial, 2,914 tweets).

  PARLEY_BENCH_CACHE=/tmp/parley-bench-cache nice -n 10 /usr/bin/python3 bench/stance/cue_experiments.py [part ...]
"""
import itertools
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semeval_loto import about, about_x, AG, E, FAV, favg, lg, log, lr, nested_loto, next_t, P, sent, sig, tgt, TN, texts, y  # noqa: E402,F401
from encoder import embed  # noqa: E402

OUT = os.environ.get("CUE_OUT", os.path.join(os.path.dirname(__file__), "cue-results.json"))
THR = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
WTS = [0, 2, 4, 6]
NF, NA = len(FAV), len(AG)
DIR = P[:, :NF].mean(1) - P[:, NF:NF + NA].mean(1)

# --- cue word lists, written before any figure (general English stance markers around a named thing)
ANTI_BEFORE = ["stop", "no", "not", "never", "dump", "anti", "against", "ban", "impeach", "oppose", "reject", "hate",
               "fire", "boycott", "end", "down with", "notvotingfor", "not voting for", "won't vote for",
               "wont vote for", "don't vote for", "dont vote for", "never vote for", "liberty not", "nothing but",
               "say no to", "fuck", "screw", "shame on", "lock up", "jail", "dangerous", "fraud", "liar", "corrupt",
               "disgusting", "pathetic", "worst", "fake", "failed"]
ANTI_AFTER = ["must go", "must be stopped", "is a joke", "is a liar", "lies", "lied", "sucks", "is dangerous",
              "is wrong", "is evil", "is a disgrace", "is a fraud", "is corrupt", "fail", "is pathetic", "never",
              "is disgusting", "is a disaster", "is ruining", "destroys", "kills", "has to go", "out", "2016 no"]
PRO_BEFORE = ["vote for", "votefor", "voting for", "support", "supporting", "i support", "ready for", "readyfor",
              "stand with", "standwith", "i'm with", "im with", "imwith", "love", "yes to", "yes", "pro", "go",
              "proud of", "thank you", "thanks", "thank god for", "we need", "long live", "i stand with",
              "for president", "team", "elect", "re-elect", "defend", "celebrate", "viva", "hooray for", "respect"]
PRO_AFTER = ["forpresident", "for president", "2016", "2020", "is right", "rocks", "for the win", "ftw", "wins",
             "is the best", "is great", "is amazing", "strong", "is strong", "yes", "all the way", "is my hero",
             "is a hero", "matters", "is needed", "is awesome", "deserves", "is the answer", "now", "forever"]
STOP = set("the of is a an on and to in for real with from about that this are be".split())


def name_words(t):
    t = t.lower().replace("'s", "").replace("\u2019s", "")
    return [w for w in re.findall("[a-z]+", t) if len(w) >= 4 and w not in STOP]


def norm(text):
    """Lower case, hashtags and handles both as they are and with their # / @ dropped, punctuation to spaces."""
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"[#@]", " ", t)
    return " " + re.sub(r"[^a-z0-9' ]+", " ", t) + " "


def phrase_re(words):
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True)) + ")"


ANTI_B, ANTI_A = phrase_re(ANTI_BEFORE), phrase_re(ANTI_AFTER)
PRO_B, PRO_A = phrase_re(PRO_BEFORE), phrase_re(PRO_AFTER)


def cue(text, target):
    """+1 pro, -1 anti, 0 none or both: a stance word right before or after a word of the target's name; words of a
    hashtag run together count too (#StopHillary2016, #NoHillary, #HillaryForPresident)."""
    t = norm(text)
    pro = anti = 0
    for w in name_words(target):
        stem = w[:max(4, len(w) - 2)]  # feminist / feminism / feminists, abortion / abortions
        nm = re.escape(stem) + r"[a-z]*"
        # before: "vote for hillary", "#stophillary" (run together), one optional word between ("stop the abortion")
        if re.search(r"(?<![a-z])" + ANTI_B + r"\s*(?:[a-z]+\s+)?" + nm, t):
            anti += 1
        if re.search(r"(?<![a-z])" + PRO_B + r"\s*(?:[a-z]+\s+)?" + nm, t):
            pro += 1
        if re.search(nm + r"\s*(?:[a-z]+\s+)?" + ANTI_A + r"(?![a-z])", t):
            anti += 1
        if re.search(nm + r"\s*(?:[a-z]+\s+)?" + PRO_A + r"(?![a-z])", t):
            pro += 1
    return float(np.sign(pro - anti)), float(pro + anti > 0)


CUES = {}
for k in range(len(TN)):
    idx = np.where(tgt == k)[0]
    CUES[k] = np.array([cue(texts[i], TN[k]) for i in idx])
SIGN = np.zeros(len(texts))
ANY = np.zeros(len(texts))
for k in range(len(TN)):
    idx = np.where(tgt == k)[0]
    SIGN[idx], ANY[idx] = CUES[k][:, 0], CUES[k][:, 1]


def coverage():
    out = {}
    for k in range(len(TN)):
        m = tgt == k
        s, a = SIGN[m], ANY[m]
        yy = y[m]
        out[TN[k]] = {"rows": int(m.sum()), "with a cue": int(a.sum()),
                      "pro": int((s > 0).sum()), "pro that are FAVOR": int(((s > 0) & (yy == 0)).sum()),
                      "pro that are AGAINST": int(((s > 0) & (yy == 1)).sum()),
                      "anti": int((s < 0).sum()), "anti that are AGAINST": int(((s < 0) & (yy == 1)).sum()),
                      "anti that are FAVOR": int(((s < 0) & (yy == 0)).sum()),
                      "cue rows that are NONE": int(((a > 0) & (yy == 2)).sum())}
        log(TN[k], out[TN[k]])
    return out


def parts(tr, te, sent_C=0.01):
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], sent_C)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([about_x(tr, tgt[tr], cm), about_x(tr, ot, cm)])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(about_x(te, tgt[te], cm))[:, 1]
    return cm, pa, q


def lean_of(tr, te, cm, D):
    al = ((E[tr] - cm) * D[tgt[tr]]).sum(1)
    return ((E[te] - cm) * D[tgt[te]]).sum(1) / al.std()


def combine(pa, q, lean, w, thr, cs=None, ca=None, u=0.0, v=0.0, up=None):
    """u: weight of an anti cue (and of a pro cue when up is None), up: of a pro cue, v: a cue's push toward a side."""
    za = lg(pa) - lg(np.full_like(pa, thr))
    zq = lg(q) + w * lean
    if cs is not None:
        za = za + v * ca
        zq = zq + np.where(cs > 0, u if up is None else up, u) * cs
    a, qq = sig(za), sig(zq)
    return np.column_stack([a * qq, a * (1 - qq), 1 - a])


results = {}


def record(name, r):
    results[name] = r
    log(f"{name:50s} nested {r['nested_mean']}  best {r['best_mean']} ({r['best_setting']}) {r['nested_per_target']}")
    json.dump(results, open(OUT, "w"), indent=1)


def shipped(tr, te):
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    return {(w, t): combine(pa, q, ln, w, t).argmax(1) for w, t in itertools.product(WTS, THR)}


def with_cues(tr, te):
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    cs, ca = SIGN[te], ANY[te]
    return {(w, t, u, v): combine(pa, q, ln, w, t, cs, ca, u, v).argmax(1)
            for w, t, u, v in itertools.product(WTS, THR, [0, 1, 2, 4, 8], [0, 1, 2, 4])}


def split_cues(tr, te):
    """Pro and anti cues weighted apart (a pro word next to a name is often sarcasm or a rival's slogan), nested."""
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    cs, ca = SIGN[te], ANY[te]
    return {(w, t, u, up, v): combine(pa, q, ln, w, t, cs, ca, u, v, up).argmax(1)
            for w, t, u, up, v in itertools.product(WTS, THR, [0, 1, 2, 4, 8], [0, 1, 2, 4], [0, 1, 2, 4])}


def fixed_cues(tr, te):
    """The cue at one fixed strength (u 4, v 2: 'a cue decides', chosen before any figure), only w and thr nested."""
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    cs, ca = SIGN[te], ANY[te]
    return {(w, t): combine(pa, q, ln, w, t, cs, ca, 4, 2).argmax(1) for w, t in itertools.product(WTS, THR)}


# many name-only templates (fixed before any figure): verbs and frames people use for and against a named thing
PRO_T = ["I support {}.", "I am in favor of {}.", "{} is good.", "I agree with {}.", "{} is right.", "I love {}.",
         "Yes to {}!", "I stand with {}.", "Vote for {}!", "{} for the win.", "We need more {}.", "Proud to back {}.",
         "{} deserves our support.", "Thank you, {}.", "{} is the future.", "Go {}!", "I'm with {}.",
         "{} makes things better.", "Defend {}.", "{} is the answer.", "Long live {}.", "I believe in {}.",
         "{} is a force for good.", "Everyone should support {}.", "{} has my vote.", "{} is great.",
         "Standing up for {} today.", "{} is what we need.", "So glad for {}.", "{} gives me hope."]
ANTI_T = ["I oppose {}.", "I am against {}.", "{} is bad.", "I disagree with {}.", "{} is wrong.", "I hate {}.",
          "No to {}!", "I stand against {}.", "Never vote for {}!", "Stop {}.", "We need less {}.", "Ashamed of {}.",
          "{} does not deserve support.", "Shame on {}.", "{} is a disaster.", "Down with {}!", "Not {}, never.",
          "{} makes things worse.", "Reject {}.", "{} is a lie.", "Enough of {}.", "I don't believe in {}.",
          "{} is dangerous.", "Nobody should support {}.", "{} will never get my vote.", "{} is terrible.",
          "Fighting against {} today.", "{} is the last thing we need.", "Sick of {}.", "{} is ruining everything."]


def many():
    PM = embed("protos-stance11-many", [tpl.format(t) for t in TN for tpl in PRO_T + ANTI_T]).reshape(
        len(TN), len(PRO_T) + len(ANTI_T), -1)
    D = PM[:, :len(PRO_T)].mean(1) - PM[:, len(PRO_T):].mean(1)

    def fn(tr, te):
        cm, pa, q = parts(tr, te)
        ln = lean_of(tr, te, cm, D)
        return {(w, t): combine(pa, q, ln, w, t).argmax(1) for w, t in itertools.product(WTS + [8, 12], THR)}
    return fn


def none_share(tr, te):
    """Threshold at a quantile r of the held-out target's own P(about) (its unlabelled comments), r nested."""
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    out = {}
    for w, r in itertools.product(WTS, [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]):
        thr = float(np.quantile(pa, r))
        out[(w, r)] = combine(pa, q, ln, w, thr).argmax(1)
    return out


def retrieved(tr, te, k, topic):
    """Side sentences found, not written: among the training targets' stance tweets (never the target's own), the k
    that lean most toward the target's favour prototypes and the k most toward its against prototypes (optionally only
    among the tweets nearest the target's name); D = their mean difference, read as the shipped lean reads D."""
    cand_all = tr[y[tr] != 2]
    Dk = np.zeros((len(TN), E.shape[1]))
    for t_ in set(tgt[tr]) | set(tgt[te]):
        cand = cand_all[tgt[cand_all] != t_]
        C = E[cand]
        if topic < 1.0:
            near = C @ P[t_, -1]
            cand, C = cand[near >= np.quantile(near, 1 - topic)], C[near >= np.quantile(near, 1 - topic)]
        sc = C @ DIR[t_]
        o = np.argsort(sc)
        Dk[t_] = C[o[-k:]].mean(0) - C[o[:k]].mean(0)
    return Dk


def retrieval(tr, te):
    cm, pa, q = parts(tr, te)
    out = {}
    for k, topic in itertools.product([10, 30, 100], [1.0, 0.3]):
        ln = lean_of(tr, te, cm, retrieved(tr, te, k, topic))
        ln0 = lean_of(tr, te, cm, DIR)
        for w, t, mix in itertools.product(WTS, THR, [0.5, 1.0]):
            out[(k, topic, w, t, mix)] = combine(pa, q, mix * ln + (1 - mix) * ln0, w, t).argmax(1)
    return out


def none_and_cues(tr, te):
    """The two small gains together: the none share by quantile and anti / pro cues weighted apart, all nested."""
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    cs, ca = SIGN[te], ANY[te]
    out = {}
    for w, r, u, up, v in itertools.product(WTS, [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5], [0, 2, 4, 8], [0, 2, 4], [0, 1, 2]):
        out[(w, r, u, up, v)] = combine(pa, q, ln, w, float(np.quantile(pa, r)), cs, ca, u, v, up).argmax(1)
    return out


# stance-bearing words whatever they are about (the cue lists above without the name, plus a few evaluative words)
BEARING = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(
    ANTI_BEFORE + PRO_BEFORE + ["should", "must", "need", "needs", "wrong", "right", "shame", "proud", "never",
                                "always", "believe", "disgrace", "hypocrite", "stupid", "idiot", "great", "best", "worst"]),
    key=len, reverse=True)) + r")(?![a-z])")
BEAR = np.array([[len(BEARING.findall(norm(t))), t.count("!") > 0, t.count("?") > 0] for t in texts], dtype=float)


def bearing(tr, te):
    """P(about) also reads how many stance-bearing words the comment has, and ! / ?, fitted on the training targets."""
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], 0.01)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([np.column_stack([about_x(tr, tgt[tr], cm), BEAR[tr]]), np.column_stack([about_x(tr, ot, cm), BEAR[tr]])])
    pa = lr(A, np.concatenate([about[tr], np.zeros(len(tr), int)]), 1.0)(np.column_stack([about_x(te, tgt[te], cm), BEAR[te]]))[:, 1]
    ln = lean_of(tr, te, cm, DIR)
    return {(w, t): combine(pa, q, ln, w, t).argmax(1) for w, t in itertools.product(WTS, THR)}


def bearing_stance(tr, te):
    """As bearing, but the about LR is taught 'takes a side on its target' (stance != none): the words say a side is
    taken, the 'Opinion towards' label says what about."""
    cm = E[tr].mean(0)
    ps = lr(E[tr], sent[tr], 0.01)(E[te])
    q = ps[:, 0] / (ps[:, 0] + ps[:, 1])
    ts = sorted(set(tgt[tr]))
    ot = next_t(tgt[tr], ts)
    A = np.vstack([np.column_stack([about_x(tr, tgt[tr], cm), BEAR[tr]]), np.column_stack([about_x(tr, ot, cm), BEAR[tr]])])
    lab = np.concatenate([(y[tr] != 2).astype(int), np.zeros(len(tr), int)])
    pa = lr(A, lab, 1.0)(np.column_stack([about_x(te, tgt[te], cm), BEAR[te]]))[:, 1]
    ln = lean_of(tr, te, cm, DIR)
    return {(w, t): combine(pa, q, ln, w, t).argmax(1) for w, t in itertools.product(WTS, THR + [0.55, 0.6, 0.65, 0.7])}


def mentions(idx):
    """Whether the comment names its target (any word of the name, as the about inputs' mention feature reads it)."""
    out = []
    for i in idx:
        ws = name_words(TN[tgt[i]])
        out.append(any(re.search(r"(?<![a-z])" + re.escape(w[:max(4, len(w) - 2)]), texts[i].lower()) for w in ws))
    return np.array(out, dtype=float)


def by_mention(tr, te):
    """The direction trusted more where the comment names the target (g scales it there) and pulled by b toward
    against where it does not (an opinion about something else), g and b nested."""
    cm, pa, q = parts(tr, te)
    ln = lean_of(tr, te, cm, DIR)
    m = mentions(te)
    za0 = None
    out = {}
    for w, t, g, b in itertools.product(WTS, THR, [0.5, 1.0, 1.5, 2.0], [0.0, -0.5, -1.0, -2.0]):
        za = lg(pa) - lg(np.full_like(pa, t))
        zq = (lg(q) + w * ln) * np.where(m > 0, g, 1.0) + np.where(m > 0, 0.0, b)
        a, qq = sig(za), sig(zq)
        out[(w, t, g, b)] = np.column_stack([a * qq, a * (1 - qq), 1 - a]).argmax(1)
    return out


if __name__ == "__main__":
    what = sys.argv[1:] or ["coverage", "shipped", "cues"]
    if "coverage" in what:
        results["coverage"] = coverage()
    if "shipped" in what:
        record("shipped head (re-run)", nested_loto(shipped))
    if "cues" in what:
        record("+ name cues, u and v nested", nested_loto(with_cues))
        record("+ name cues, fixed u 4 v 2", nested_loto(fixed_cues))
        record("+ name cues, pro / anti weights apart, nested", nested_loto(split_cues))
    if "many" in what:
        record("30 + 30 name templates", nested_loto(many()))
    if "retrieval" in what:
        record("sides retrieved from other targets' tweets", nested_loto(retrieval))
    if "both" in what:
        record("none share by quantile + cues apart", nested_loto(none_and_cues))
    if "bearing" in what:
        log("stance-bearing words per row, by label (favor / against / none):",
            [round(float(BEAR[y == k, 0].mean()), 3) for k in range(3)])
        record("P(about) + stance-bearing word count, ! and ?", nested_loto(bearing))
        record("the same, about taught stance != none", nested_loto(bearing_stance))
    if "mention" in what:
        log("rows naming their target:", [round(float(mentions(np.where(tgt == k)[0]).mean()), 3) for k in range(5)])
        record("direction by whether the target is named", nested_loto(by_mention))
    if "none" in what:
        record("none share by quantile", nested_loto(none_share))
