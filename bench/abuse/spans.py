"""Toxicity spans of the model's span tagger, recomputed from the token probabilities bench/abuse/logits writes, so
that span gates keyed on other scores can be measured without changing the Java code (issue 19). Same rule as
SpanTagger.spans: no spans when the best token is under POST; inside, the bar rises with the best token (in logits,
RELATIVE x its logit); runs of tokens at or over the bar joined across whitespace. F1 as Metrics.spanF1 (code points)."""
import numpy as np

from baseline import utf16_to_cp, span_f1
from calib_data import logit, sigmoid


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
    """Span F1 of UTF-16 ranges, in code points (as Metrics.spanF1 and baseline.py)."""
    m = utf16_to_cp(text)
    cp = lambda rs: {i for a, b in rs for i in range(m.get(a, a), m.get(b, b))}
    return span_f1(cp(pred), cp(gold or []))
