"""The calibration recipe of issue 19 (bench/abuse/calibration-design.md), as plain functions so that the study of
Parley's model (calibration.py) and of the sklearn prototypes (mix_prototype.py) apply exactly the same steps.

1. Per label, Platt scaling p = sigmoid(a z + b) of the served logit z, fitted on the Jigsaw validation rows with
   stratum weights that undo the sample's toxic enrichment (the label's own, natural training distribution).
2. Prior shift to the stated real-world prior: b += logit(prior_news) - logit(prior_jigsaw_natural).
3. Hold when the expected harm of publishing beats the cost of holding a civil comment:
   severity_l * p_l >= COST * (1 - p_l), i.e. hold_l = COST / (severity_l + COST). Reject (no review) only where
   the calibrated probability itself is near certain.
4. Queue order by risk = max_l severity_l * p_l.
"""
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.isotonic import IsotonicRegression

from calib_data import LABELS, JIGSAW_NATURAL, PRIOR, logit, sigmoid

# Harm of publishing an abusive comment of each label, relative to toxicity (a comment that is only rude).
SEVERITY = {"toxicity": 1.0, "obscene": 1.0, "insult": 1.5, "identity_attack": 3.0, "severe_toxicity": 5.0,
            "threat": 10.0}
# Cost of holding a civil comment, in the same unit; chosen on the tuning half of the Dragnet stream (calibration.py).
COST = 0.35
# Reject without review only at these calibrated probabilities (measured precision in calibration-design.md).
REJECT = {"toxicity": 0.995, "obscene": 0.995, "insult": 0.99, "identity_attack": 0.9, "severe_toxicity": 0.9,
          "threat": 0.9}


def platt(z, y, w):
    """Weighted Platt scaling of one label's logits: returns (a, b)."""
    m = LogisticRegression(C=1e4, max_iter=1000).fit(np.asarray(z)[:, None], y, sample_weight=w)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def isotonic(z, y, w):
    m = IsotonicRegression(out_of_bounds="clip", y_min=1e-4, y_max=1 - 1e-4).fit(z, y, sample_weight=w)
    return m.predict


def offsets(prior=PRIOR):
    """Log-odds offset per label from the Jigsaw natural prior to the stated prior."""
    return np.array([logit(prior[l]) - logit(JIGSAW_NATURAL[l]) for l in LABELS])


class Calibrated:
    """Per-label (a, b) on the served logits, plus the prior offset: p = sigmoid(a z + b + offset)."""

    def __init__(self, a, b, off):
        self.a, self.b, self.off = np.asarray(a), np.asarray(b), np.asarray(off)

    @staticmethod
    def fit(z_jigsaw_val, y_jigsaw_val, w, prior=PRIOR):
        ab = [platt(z_jigsaw_val[:, h], y_jigsaw_val[:, h], w) for h in range(len(LABELS))]
        return Calibrated([x[0] for x in ab], [x[1] for x in ab], offsets(prior))

    def __call__(self, z):
        return sigmoid(self.a * z[:, :len(LABELS)] + self.b + self.off)

    def natural(self, z):
        """Calibrated for the Jigsaw natural prior (before the shift)."""
        return sigmoid(self.a * z[:, :len(LABELS)] + self.b)


def cost_for(P_civil, target, severity=SEVERITY):
    """The cost at which the holds flag `target` of the civil rows P_civil (bisection on log cost)."""
    from calib_data import flagged
    lo, hi = 1e-3, 1e3
    for _ in range(60):
        mid = (lo * hi) ** 0.5
        if flagged(P_civil, holds(mid, severity)).mean() > target:
            lo = mid
        else:
            hi = mid
    return hi


def holds(cost=COST, severity=SEVERITY):
    return {l: cost / (severity[l] + cost) for l in LABELS}


def risk(P, severity=SEVERITY):
    s = np.array([severity[l] for l in LABELS])
    return (P[:, :len(LABELS)] * s).max(axis=1)


def ece(p, y, w=None, bins=10):
    """Expected calibration error with equal-width bins (weighted)."""
    p, y = np.asarray(p, float), np.asarray(y, float)
    w = np.ones_like(p) if w is None else np.asarray(w, float)
    e, total = 0.0, w.sum()
    edges = np.linspace(0, 1, bins + 1)
    for i, (lo, hi) in enumerate(zip(edges[:-1], edges[1:])):
        m = (p >= lo) & ((p < hi) | (i == bins - 1))
        if m.any():
            e += w[m].sum() / total * abs(np.average(p[m], weights=w[m]) - np.average(y[m], weights=w[m]))
    return e


def logloss(p, y, w=None):
    p = np.clip(np.asarray(p, float), 1e-6, 1 - 1e-6)
    y = np.asarray(y, float)
    return float(-np.average(y * np.log(p) + (1 - y) * np.log(1 - p), weights=w))
