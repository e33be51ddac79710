#!/usr/bin/python3
"""TF-IDF + logistic regression baselines (Debian python3-sklearn) on the exact splits parley trained on.

Usage: baseline.py SPLIT_DIR  -> one JSON line per task on stdout.
"""
import csv
import json
import sys
import time

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, accuracy_score

csv.field_size_limit(sys.maxsize)
d = sys.argv[1].rstrip('/') + '/'
SEED = 20160


def read_csv(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def cosine_rows(a, b):
    # rows of a and b are L2-normalised by TfidfVectorizer
    return np.asarray(a.multiply(b).sum(axis=1))


def fnc_score(gold, pred):
    score = best = 0.0
    for g, p in zip(gold, pred):
        if g == 'unrelated':
            best += 0.25
            score += 0.25 if p == 'unrelated' else 0
        else:
            best += 1.0
            if p != 'unrelated':
                score += 0.25 + (0.75 if p == g else 0)
    return 100 * score / best


def fnc():
    def load(prefix):
        bodies = {r['Body ID']: r['articleBody'] for r in read_csv(d + prefix + '_bodies.csv')}
        rows = read_csv(d + prefix + '_stances.csv')
        return [r['Headline'] for r in rows], [bodies[r['Body ID']] for r in rows], [r['Stance'] for r in rows]
    h, b, y = load('fnc1_train')
    th, tb, ty = load('fnc1_test')
    vec = TfidfVectorizer(max_features=5000, stop_words='english', sublinear_tf=True)
    vec.fit(h + list(set(b)))

    def feats(hs, bs):
        H, B = vec.transform(hs), vec.transform(bs)
        return sp.hstack([H, B, sp.csr_matrix(cosine_rows(H, B))]).tocsr()
    t0 = time.time()
    clf = LogisticRegression(max_iter=1000, random_state=SEED).fit(feats(h, b), y)
    train_s = time.time() - t0
    t0 = time.time()
    pred = clf.predict(feats(th, tb))
    secs = time.time() - t0
    labels = ['agree', 'disagree', 'discuss', 'unrelated']
    f1 = dict(zip(labels, f1_score(ty, pred, labels=labels, average=None)))
    return {"task": "fnc1", "rows": len(ty), "fnc_score": round(fnc_score(ty, pred), 4),
            "unrelated_f1": round(f1['unrelated'], 4), "disagree_f1": round(f1['disagree'], 4),
            "macro_f1": round(f1_score(ty, pred, labels=labels, average='macro'), 4),
            "train_seconds": round(train_s, 2), "rows_per_second": round(len(ty) / secs)}


def semeval():
    def load(path):
        out = []
        with open(path, encoding='utf-8') as f:
            next(f)
            for line in f:
                p = line.rstrip('\n').split('\t')
                out.append((p[1], p[2], p[3].lower()))
        return out
    tr, te = load(d + 'semeval2016_train.txt'), load(d + 'semeval2016_test.txt')
    gold, pred = [], []
    t0 = time.time()
    for target in sorted({t for t, _, _ in tr}):
        x = [tw for t, tw, _ in tr if t == target]
        y = [l for t, _, l in tr if t == target]
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        clf = LogisticRegression(max_iter=1000, random_state=SEED).fit(vec.fit_transform(x), y)
        tx = [tw for t, tw, _ in te if t == target]
        gold += [l for t, _, l in te if t == target]
        pred += list(clf.predict(vec.transform(tx)))
    secs = time.time() - t0
    f = f1_score(gold, pred, labels=['favor', 'against'], average=None)
    return {"task": "semeval2016", "rows": len(gold), "f_avg": round(float(np.mean(f)), 4),
            "macro_f1": round(f1_score(gold, pred, average='macro'), 4), "train_and_test_seconds": round(secs, 2)}


def replies():
    tr, te = read_csv(d + 'replies_train.csv'), read_csv(d + 'replies_test.csv')
    vec = TfidfVectorizer(max_features=5000, ngram_range=(1, 2), sublinear_tf=True)
    vec.fit([r['reply_text'] for r in tr] + list({r['source_text'] for r in tr}))

    def feats(rows):
        R = vec.transform([r['reply_text'] for r in rows])
        S = vec.transform([r['source_text'] for r in rows])
        return sp.hstack([R, S, sp.csr_matrix(cosine_rows(R, S))]).tocsr()
    clf = LogisticRegression(max_iter=1000, random_state=SEED).fit(feats(tr), [r['label'] for r in tr])
    gold = [r['label'] for r in te]
    t0 = time.time()
    pred = clf.predict(feats(te))
    secs = time.time() - t0
    labels = ['support', 'deny', 'query', 'comment']
    return {"task": "replies", "rows": len(gold), "accuracy": round(accuracy_score(gold, pred), 4),
            "macro_f1": round(f1_score(gold, pred, labels=labels, average='macro'), 4),
            "f1": {k: round(v, 4) for k, v in zip(labels, f1_score(gold, pred, labels=labels, average=None))},
            "rows_per_second": round(len(gold) / secs)}


for task in (fnc, semeval, replies):
    print(json.dumps(task()), flush=True)
