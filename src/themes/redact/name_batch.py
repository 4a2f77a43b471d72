"""Name detection over a batch of texts, skipping the token-by-token pass for texts that cannot hold a name.

Most survey answers hold no name. A text is skipped (no mentions; its rest is all its words in lower case)
only when :meth:`NameDetector.detect_with_rest` would give exactly that: the text has no initials, is not
written in capitals, has no ``Aanwezig:``-style list line, and none of its words can score
(:meth:`NameDetector.can_score`, answered once per distinct word of the batch; some words only
after a role, and then only texts without a role are skipped). Every other text goes
through the full detector.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from themes.redact.names import _INITIALS_HINT, _LIST_LINE, WORD_RE, NameDetector, NameMention, _fold_caps


def detect_names(
    detector: NameDetector,
    texts: Sequence[str],
    extra: Callable[[str], bool],
    allow: Collection[str] = (),
) -> list[tuple[list[NameMention], frozenset[str]]]:
    """``detector.detect_with_rest(text, extra, allow)`` for every text, with the same results.

    Args:
        detector: the name detector.
        texts: the texts.
        extra: says whether a lower-case token is a known name; must not change during the call.
        allow: lower-case words never part of a name.
    """
    # word -> (where it can score: ``NameDetector.can_score`` for this ``extra``; the word in lower case, one
    # string object per word, so the rests of a batch share their strings and pickle small)
    scoring: dict[str, tuple[int, str]] = {}
    openers = detector.lexicon.list_openers
    out: list[tuple[list[NameMention], frozenset[str]]] = []
    for text in texts:
        rest = None
        if detector.min_score > 0 and not _INITIALS_HINT.search(text) and _fold_caps(text) is text and not (
            ":" in text and any(m.group("opener").lower() in openers for m in _LIST_LINE.finditer(text))
        ):
            rest = _quiet_rest(detector, WORD_RE.findall(text), extra, scoring)
        out.append(([], rest) if rest is not None else detector.detect_with_rest(text, extra, allow))
    return out


def _quiet_rest(
    detector: NameDetector, words: list[str], extra: Callable[[str], bool], scoring: dict[str, tuple[int, str]]
) -> frozenset[str] | None:
    """The words in lower case when none of them can score, else None."""
    after_role = False
    lowers = []
    for word in words:
        known = scoring.get(word)
        if known is None:
            known = scoring[word] = (detector.can_score(word, extra), word.lower())
        if known[0]:
            if known[0] == 2:
                return None
            after_role = True
        lowers.append(known[1])
    rest = frozenset(lowers)
    if after_role and not rest.isdisjoint(detector.lexicon.roles):
        return None
    return rest
