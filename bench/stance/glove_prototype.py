#!/usr/bin/python3
"""GloVe features for the stance views, sklearn prototype on parley's exact splits (validation / CV only).

Usage: glove_prototype.py semeval|replies '[{"alpha": 0}, {"alpha": 0.05}]'   (one JSON line per setting)
Splits from `parley train stance --data ../shared/data/stance --export-splits $STANCE_SPLITS` (default
/tmp/stance-splits); GloVe 6B 100-d as $GLOVE_DIR/glove.npy + words.json (default /tmp/proto). Never commit either.
Measured results: bench/stance/experiments.md, "GloVe features".
"""
import csv, json, os, re, sys, time
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer, HashingVectorizer, ENGLISH_STOP_WORDS
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, accuracy_score
csv.field_size_limit(sys.maxsize)
D = os.environ.get('STANCE_SPLITS', '/tmp/stance-splits').rstrip('/') + '/'
G_DIR = os.environ.get('GLOVE_DIR', '/tmp/proto')
M = np.load(G_DIR + '/glove.npy'); WORDS = json.load(open(G_DIR + '/words.json'))
IDX = {w: i for i, w in enumerate(WORDS)}
URL = re.compile(r'(https?://|www\.)\S+'); MENTION = re.compile(r'@\w+')
HASHTAG = re.compile(r'#(\w+)')
CAMEL = re.compile(r'(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])|_')
TOK = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|n't|[?!]")
NEG = set("not no never n't nobody nothing none neither nor cannot without".split())
REF = set("fake fraud hoax false deny denies denied not despite nope doubt doubts bogus debunk debunked pranks retract lie lies liar wrong".split())
HEDGE = set("may might could possibly reportedly allegedly apparently perhaps maybe unconfirmed rumor rumour claims claim".split())
STOP = set(ENGLISH_STOP_WORDS) - NEG


def clean(t):
    t = URL.sub(' httpurl ', t); t = MENTION.sub(' atuser ', t)
    return t


def gtokens(text, camel=True):
    """Lower-cased words for GloVe lookup; camel-case hashtags split into words (StopHillary -> stop hillary)."""
    t = clean(text)
    if camel:
        t = HASHTAG.sub(lambda m: ' ' + ' '.join(CAMEL.split(m.group(1))) + ' ', t)
    t = t.replace('#', ' ').replace('\u2019', "'")
    return [w for w in TOK.findall(t.lower()) if w not in ('httpurl', 'atuser')]


def vecs(text, camel=True):
    toks = [w for w in gtokens(text, camel) if w not in STOP and w in IDX]
    if not toks:
        return np.zeros(100, np.float32), np.zeros(100, np.float32), 0
    E = M[[IDX[w] for w in toks]]
    return E.mean(0), E.max(0), len(toks)


def unit(v):
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(n, 1e-6)


def glove_block(texts, contexts, extras=None, kind='full', camel=True):
    """mean/max of the comment, mean of the context (and extra), cosines, elementwise products."""
    tm, tx, cm, em = [], [], [], []
    for i, t in enumerate(texts):
        a, b, _ = vecs(t, camel); tm.append(a); tx.append(b)
        cm.append(vecs(contexts[i], camel)[0])
        if extras is not None:
            em.append(vecs(extras[i] or '', camel)[0])
    tm, tx, cm = unit(np.array(tm)), np.array(tx) / 5.0, unit(np.array(cm))
    cols = [tm, tx] if kind != 'meanonly' else [tm]
    if kind in ('full', 'meanonly', 'nomax'):
        cols += [cm, tm * cm * 10, (tm * cm).sum(1, keepdims=True)]
    if extras is not None:
        em = unit(np.array(em))
        cols += [em, tm * em * 10, (tm * em).sum(1, keepdims=True)]
    if kind == 'nomax':
        cols = [c for c in cols if c is not tx]
    if kind == 'textonly':
        cols = [tm, tx]
    if kind == 'rel':
        # the comment's mean vector and its cosines to the context (and extra) only: no context vectors,
        # which name a target or an event rather than a stance
        cols = [tm, (tm * cm).sum(1, keepdims=True)] + ([(tm * em).sum(1, keepdims=True)] if extras is not None else [])
    return np.hstack(cols).astype(np.float32)


def cue_block(texts, contexts, tfidf):
    T, C = tfidf.transform(texts), tfidf.transform(contexts)
    cos = np.asarray(T.multiply(C).sum(1)).ravel()
    rows = []
    for t, c, k in zip(texts, contexts, cos):
        tt = TOK.findall(clean(t).lower().replace('#', ' ')); ct = set(TOK.findall(clean(c).lower().replace('#', ' ')))
        ts = set(w for w in tt if w not in STOP)
        sq = lambda n: 1 - 1 / (1 + n)
        rows.append([k, len(ts & ct) / max(1, len(ts)), sq(sum(w in NEG for w in tt)), sq(sum(w in REF for w in tt)),
                     sq(sum(w in HEDGE for w in tt)), sq(t.count('?')), sq(t.count('!')), np.log1p(len(tt)) / 8])
    return np.array(rows, np.float32)


def f_avg(gold, pred):
    return float(np.mean(f1_score(gold, pred, labels=['favor', 'against'], average=None)))


def cw(y, power):
    labs, n = np.unique(y, return_counts=True)
    w = (n.sum() / (len(labs) * n)) ** power
    return dict(zip(labs, w))


# ---------------------------------------------------------------- SemEval
def load_semeval(name):
    out = []
    with open(D + name, encoding='utf-8') as f:
        next(f)
        for line in f:
            p = line.rstrip('\n').split('\t')
            out.append((p[1], p[2], p[3].lower()))
    return out


class Sem:
    """Shared model over all targets: text word 1-2 + char 2-5 TF-IDF, target TF-IDF, hashed text x target
    word interactions, cues; optionally the GloVe block scaled by alpha."""

    def __init__(self, rows, alpha=0.0, C=1.0, kind='full', power=0.3, camel=True):
        self.alpha, self.kind, self.camel = alpha, kind, camel
        texts = [clean(t) for _, t, _ in rows]
        self.w = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=20000).fit(texts)
        self.c = TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=40000).fit(texts)
        self.t = TfidfVectorizer().fit([g for g, _, _ in rows] + texts)
        self.h = HashingVectorizer(n_features=2 ** 16, alternate_sign=False, norm='l2')
        X = self.X(rows, fit=True)
        y = [l for _, _, l in rows]
        self.clf = LogisticRegression(C=C, max_iter=3000, class_weight=cw(y, power)).fit(X, y)

    def X(self, rows, fit=False):
        texts = [clean(t) for _, t, _ in rows]; targets = [g for g, _, _ in rows]
        inter = [' '.join(f'{a}__{b}' for b in gtokens(g, False) if b not in STOP for a in set(gtokens(t)) if a not in STOP)
                 for g, t, _ in rows]
        parts = [self.w.transform(texts), self.c.transform(texts), self.t.transform(targets) * 0.5,
                 self.h.transform(inter) * 0.5, sp.csr_matrix(cue_block(texts, targets, self.t))]
        if self.alpha > 0:
            G = glove_block([t for _, t, _ in rows], targets, kind=self.kind, camel=self.camel)
            if fit:
                self.mu, self.sd = G.mean(0), G.std(0) + 1e-3
            parts.append(sp.csr_matrix((G - self.mu) / self.sd * self.alpha))
        return sp.hstack(parts).tocsr()

    def proba(self, rows):
        return self.clf.predict_proba(self.X(rows)), list(self.clf.classes_)


def shift_pred(P, classes, off):
    L = np.log(np.maximum(P, 1e-9)) + np.array([off.get(c, 0) for c in classes])
    return [classes[i] for i in L.argmax(1)]


def tune_offsets(P, classes, gold):
    best = (f_avg(gold, shift_pred(P, classes, {})), {})
    for a in np.arange(-1, 1.01, 0.2):
        for b in np.arange(-1, 1.01, 0.2):
            o = {'favor': a, 'against': b}
            s = f_avg(gold, shift_pred(P, classes, o))
            if s > best[0] + 1e-9:
                best = (s, o)
    return best


def semeval(configs):
    tr, va, te = load_semeval('semeval2016_train.txt'), load_semeval('semeval2016_validation.txt'), load_semeval('semeval2016_test.txt')
    pool = tr + va
    rng = np.random.RandomState(20161)
    by = {}
    for i, r in enumerate(pool):
        by.setdefault(r[0], []).append(i)
    fold = np.zeros(len(pool), int)
    for g, ids in sorted(by.items()):
        ids = list(ids); rng.shuffle(ids)
        for k, i in enumerate(ids):
            fold[i] = k % 4
    ZS = 'Climate Change is a Real Concern'
    zs_train = [r for r in pool if r[0] != ZS]
    zs_held = [r for r in tr + va + te if r[0] == ZS]
    for name, kw in configs:
        t0 = time.time()
        m = Sem(tr, **kw); P, cl = m.proba(va)
        v = f_avg([l for *_, l in va], [cl[i] for i in P.argmax(1)])
        # 4-fold CV over train + validation
        Pcv = np.zeros((len(pool), 3)); gold = [l for *_, l in pool]
        for k in range(4):
            trk = [pool[i] for i in range(len(pool)) if fold[i] != k]
            hk = [i for i in range(len(pool)) if fold[i] == k]
            mk = Sem(trk, **kw); p, cl = mk.proba([pool[i] for i in hk]); Pcv[hk] = p
        cv = f_avg(gold, [cl[i] for i in Pcv.argmax(1)]); cvo, off = tune_offsets(Pcv, cl, gold)
        mz = Sem(zs_train, **kw); Pz, clz = mz.proba(zs_held)
        zs = f_avg([l for *_, l in zs_held], [clz[i] for i in Pz.argmax(1)])
        Pt, cl = m.proba(te)
        tst = f_avg([l for *_, l in te], [cl[i] for i in Pt.argmax(1)])
        print(json.dumps({'semeval': name, 'val_favg': round(v, 4), 'cv4_favg': round(cv, 4), 'cv4_offsets': round(cvo, 4),
                          'zeroshot_favg': round(zs, 4), 'test_favg(ref)': round(tst, 4), 'secs': round(time.time() - t0)}), flush=True)


# ---------------------------------------------------------------- RumourEval
def load_replies(name):
    with open(D + name, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


RL = ['support', 'deny', 'query', 'comment']


class Rum:
    def __init__(self, rows, alpha=0.0, C=1.0, kind='full', power=0.75):
        self.alpha, self.kind = alpha, kind
        texts = [clean(r['reply_text']) for r in rows]
        self.w = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=20000).fit(texts)
        self.c = TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=30000).fit(texts)
        self.s = TfidfVectorizer(sublinear_tf=True, min_df=2, max_features=5000).fit(texts + list({clean(r['source_text']) for r in rows}))
        X = self.X(rows, fit=True); y = [r['label'] for r in rows]
        self.clf = LogisticRegression(C=C, max_iter=3000, class_weight=cw(y, power)).fit(X, y)

    def X(self, rows, fit=False):
        texts = [clean(r['reply_text']) for r in rows]
        src = [clean(r['source_text']) for r in rows]
        par = [clean(r['parent_text'] or r['source_text']) for r in rows]
        parts = [self.w.transform(texts), self.c.transform(texts), self.s.transform(src) * 0.3,
                 sp.csr_matrix(cue_block(texts, src, self.s)), sp.csr_matrix(cue_block(texts, par, self.s)[:, :2])]
        if self.alpha > 0:
            G = glove_block([r['reply_text'] for r in rows], [r['source_text'] for r in rows],
                            [r['parent_text'] or r['source_text'] for r in rows], kind=self.kind)
            if fit:
                self.mu, self.sd = G.mean(0), G.std(0) + 1e-3
            parts.append(sp.csr_matrix((G - self.mu) / self.sd * self.alpha))
        return sp.hstack(parts).tocsr()

    def pred(self, rows):
        return list(self.clf.predict(self.X(rows)))


def rum_scores(gold, pred):
    return round(accuracy_score(gold, pred), 4), round(f1_score(gold, pred, labels=RL, average='macro'), 4)


def replies(configs):
    tr, va, te = load_replies('replies_train.csv'), load_replies('replies_validation.csv'), load_replies('replies_test.csv')
    pool = tr + va
    events = sorted({r['event'] for r in pool})
    for name, kw in configs:
        t0 = time.time()
        m = Rum(tr, **kw)
        v = rum_scores([r['label'] for r in va], m.pred(va))
        gold, pred = [], []
        for e in events:
            me = Rum([r for r in pool if r['event'] != e], **kw)
            held = [r for r in pool if r['event'] == e]
            gold += [r['label'] for r in held]; pred += me.pred(held)
        lo = rum_scores(gold, pred)
        t = rum_scores([r['label'] for r in te], m.pred(te))
        print(json.dumps({'replies': name, 'val_acc_f1': v, 'loeo_acc_f1': lo, 'test_acc_f1(ref)': t,
                          'secs': round(time.time() - t0)}), flush=True)


if __name__ == '__main__':
    which = sys.argv[1]
    cfgs = json.loads(sys.argv[2])
    (semeval if which == 'semeval' else replies)([(json.dumps(c), c) for c in cfgs])
