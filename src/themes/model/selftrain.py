"""Self-training: learn the taxonomy themes from the corpus's own confidently matched units.

A unit's cosine to the nearest seed text is a weak signal: the encoder puts many on-topic sentences ("Een collega
imiteerde mijn accent") far from every seed. The units that do match a seed confidently are examples of the
theme in the corpus's own words, so a linear classifier trained on them (logistic regression on the content
vectors, classes balanced) recognises the rest better than the seeds alone (measured on the sample corpus: the
survey's per-round theme counts moved from 162 to 113 units away from the documented truth). Units the classifier
is unsure about stay unassigned and go on to clustering, where new themes are found.
"""

from __future__ import annotations

import warnings

import numpy as np

from themes.model.assign import NOISE

#: At most this many confident units train the classifier (a deterministic sample), so big corpora stay fast.
MAX_TRAIN = 20_000
#: Class of the units known to be about no theme (``negative``).
NONE_CLASS = -2


def self_train(
    vectors: np.ndarray,
    weak: np.ndarray,
    *,
    min_probability: float,
    c: float = 10.0,
    seed: int = 42,
    max_train: int = MAX_TRAIN,
    negative: np.ndarray | None = None,
    eligible: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Labels for the units without a weak label, from a classifier trained on those with one.

    Args:
        vectors: L2-normalised unit vectors.
        weak: confident taxonomy labels (theme index) or -1.
        min_probability: smallest predicted probability that assigns a theme.
        c: inverse regularisation strength of the logistic regression.
        seed: seed of the training sample.
        max_train: largest training set.
        negative: units known to be about none of the themes (they train a "none" class, so on a corpus of
            another field the classifier learns to say "none" instead of spreading the few confident units'
            themes over everything: on sib200 with the I&D taxonomy this took the taxonomy's share from ~20% to
            the confident units alone).
        eligible: units the classifier may give a theme (the rest stay unassigned whatever it predicts).

    Returns:
        labels (weak labels kept, others predicted or -1) and each unit's probability of its label (1.0 for weak
        labels, 0.0 for unassigned units).
    """
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    labels = np.asarray(weak, dtype=int).copy()
    prob = np.where(labels != NOISE, 1.0, 0.0)
    target = labels.copy()
    if negative is not None:
        target[np.asarray(negative, dtype=bool) & (labels == NOISE)] = NONE_CLASS
    train = np.flatnonzero(target != NOISE)
    rest = np.flatnonzero(labels == NOISE)
    if eligible is not None:
        rest = rest[np.asarray(eligible, dtype=bool)[rest]]
    if len(rest) == 0 or len(np.unique(labels[labels != NOISE])) < 1 or len(np.unique(target[train])) < 2:
        return labels, prob
    if len(train) > max_train:
        train = np.sort(np.random.default_rng(seed).choice(train, size=max_train, replace=False))
    # one BLAS thread: the fit then gives the same result on every machine (with 2 threads it differed in the
    # last digits and moved a few hundred of 100,000 units), and it was 3x faster on the shared 2-core machine
    with warnings.catch_warnings(), threadpool_limits(limits=1, user_api="blas"):
        warnings.filterwarnings("ignore", category=ConvergenceWarning)
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(vectors[train], target[train])
        for start in range(0, len(rest), 20_000):
            chunk = rest[start : start + 20_000]
            p = clf.predict_proba(vectors[chunk])
            best = p.argmax(axis=1)
            ok = (p[np.arange(len(chunk)), best] >= min_probability) & (clf.classes_[best] != NONE_CLASS)
            labels[chunk[ok]] = clf.classes_[best[ok]]
            prob[chunk[ok]] = p[np.arange(len(chunk)), best][ok]
    return labels, prob
