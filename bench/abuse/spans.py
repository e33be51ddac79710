"""Toxicity spans of the model's span tagger, recomputed from the token probabilities bench/abuse/logits writes, so
that span gates keyed on other scores can be measured without changing the Java code (issue 19). Same rule as
SpanTagger.spans: no spans when the best token is under POST; inside, the bar rises with the best token (in logits,
RELATIVE x its logit); runs of tokens at or over the bar joined across whitespace. F1 as Metrics.spanF1 (code points)."""
import numpy as np

from calib_data import logit, sigmoid


def utf16_to_cp(text):
    m, u = {}, 0
    for i, ch in enumerate(text):
        m[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    m[u] = len(text)
    return m


def tagger_spans(text, tokens, token_threshold=0.25, post=0.3, relative=0.6, shift=0.0):
    """tokens: [[start, stop, p]] in UTF-16 offsets, p = -1 for tokens that are no words. shift: added to every
    token's logit (how a different comment-toxicity input moves the linear tagger). Returns UTF-16 ranges."""
    p = np.array([t[2] for t in tokens], dtype=float)
    word = p >= 0
    if shift and word.any():
        p[word] = sigmoid(logit(p[word]) + shift)
    if not word.any() or p[word].max() < post:
        return []
    best = p[word].max()
    bar = float(sigmoid(logit(token_threshold) + relative * logit(best))) if relative else token_threshold
    out, t, n = [], 0, len(tokens)
    while t < n:
        if not (word[t] and p[t] >= bar):
            t += 1
            continue
        start, end, u = tokens[t][0], tokens[t][1], t + 1
        while u < n and word[u] and p[u] >= bar and text[end:tokens[u][0]].strip() == "" \
                and all(ch.isspace() for ch in text[end:tokens[u][0]]):
            end = tokens[u][1]
            u += 1
        out.append((start, end))
        t = u
    return out


def f1(text, pred, gold):
    m = utf16_to_cp(text)
    cp = lambda rs: {i for a, b in rs for i in range(m.get(a, a), m.get(b, b))}
    P, G = cp(pred), cp(gold or [])
    if not P and not G:
        return 1.0
    if not P or not G:
        return 0.0
    tp = len(P & G)
    if tp == 0:
        return 0.0
    pr, rc = tp / len(P), tp / len(G)
    return 2 * pr * rc / (pr + rc)
