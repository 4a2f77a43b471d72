"""``redact_parallel``: ``Redactor.redact_batch`` on several cores, with exactly the same results.

``redact_batch`` has three steps; two of them work text by text and run here in forked worker processes:

1. (workers) detect names in every text on its own;
2. (parent) collect the name tokens found anywhere in the batch;
   (workers) detect again in the texts holding one of those tokens, now as known names (propagation);
3. (parent) the optional spaCy pass; (workers) pattern detectors and span resolution per text, only for texts
   with a name or a pattern match (step 1 says which); (parent) number the persons of the whole batch in one
   pass (the person registry), replace the spans and record the name hashes.

Workers are forked after the redactor and its lexicon are loaded and inherit them copy-on-write. Each
step's inputs are set before its pool is forked, so only indices travel to the workers; little travels back
(the words outside names as one string per text, the spans of the texts that have any). Without ``fork``,
for small batches or when a worker dies, everything runs in this process (``redact_batch``).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Collection, Sequence

from themes.progress import terminal_progress
from themes.redact.names import thing_words, without_things
from themes.redact.patterns import find_patterns
from themes.redact.redactor import Dates, Groups, RedactionResult, Redactor, dedupe, propagated
from themes.redact.wordlists import load_lexicon

#: Fewer unique texts than this are redacted in this process.
MIN_PARALLEL_TEXTS = 2000

_JOB: tuple | None = None  # (function, arguments) the forked workers run on index ranges


def redact_parallel(redactor: Redactor, texts: Sequence[str], workers: int | None = None,
                    groups: Groups | None = None, dates: Dates | None = None, absent: Collection[str] = ()
                    ) -> list[RedactionResult]:
    """Redact ``texts`` like ``redactor.redact_batch(texts, groups)``, spreading the per-text work over processes.

    Args:
        redactor: A redactor (loaded here if needed); its name hashes are updated as by ``redact_batch``.
        texts: The batch; a name found in any text is redacted in all of them.
        workers: Processes; None: the usable cores, at most 4.
        groups: Per text, the documents it belongs to (see ``Redactor.redact_batch``).
        dates: Per document, its date (see ``Redactor.redact_batch``).
        absent: Texts under a heading of those absent (see ``Redactor.redact_batch``).

    Returns:
        One ``RedactionResult`` per text, in order, equal to what ``redact_batch`` gives.
    """
    from themes.workers import default_workers, fork_available

    texts = list(texts)
    unique, unique_groups = dedupe(texts, groups)
    workers = default_workers() if workers is None else max(1, workers)
    if workers < 2 or len(unique) < MIN_PARALLEL_TEXTS or not fork_available():
        return redactor.redact_batch(texts, groups, dates, absent)
    if len(unique) < len(texts):
        done = dict(zip(unique, redact_parallel(redactor, unique, workers, unique_groups, dates, absent), strict=True))
        return [done[t] for t in texts]
    try:
        return _redact(redactor, texts, workers, groups, dates, absent)
    except _WorkerDied as exc:
        print(f"waarschuwing: parallel redigeren mislukt ({exc}); opnieuw in één proces", file=sys.stderr)
        return redactor.redact_batch(texts, groups, dates, absent)


class _WorkerDied(Exception):
    pass


def _redact(redactor: Redactor, texts: list[str], workers: int, groups: Groups | None,
            dates: Dates | None = None, absent: Collection[str] = ()) -> list[RedactionResult]:
    redactor.load()
    allow = redactor.batch_allow(texts)  # the whole batch's domain words, as in redact_batch
    first = _map(workers, _detect, (redactor, texts, allow), len(texts), desc="Redigeren 1/3 (namen zoeken)")
    things = thing_words(texts, load_lexicon())  # as in redact_batch: of the whole batch
    mentions = [without_things(m, things) for m, _, _ in first]
    rests = [rest for _, rest, _ in first]  # each the words outside names, joined by spaces (pickles small)
    patterned = [p for _, _, p in first]
    del first
    found = propagated(mentions, [set(rest.split(" ")) for rest in rests])
    if found:
        for i, per_text in _map(workers, _redetect, (redactor, texts, rests, found, allow), len(texts),
                                desc="Redigeren 2/3 (gevonden namen overal)"):
            mentions[i] = without_things(per_text, things)
    del rests
    spacy = redactor._spacy
    spacy_spans = spacy.detect_batch(texts) if spacy is not None else [[] for _ in texts]
    # a text without name mentions, pattern matches or extra spans stays as it is: only the others are searched
    todo = [i for i in range(len(texts)) if mentions[i] or patterned[i] or spacy_spans[i]] \
        if redactor._deny_re is None else list(range(len(texts)))
    found_spans: list = [()] * len(texts)
    spans_of = _map(workers, _find, (redactor, [texts[i] for i in todo], [mentions[i] for i in todo],
                                     [spacy_spans[i] for i in todo]), len(todo),
                    desc="Redigeren 3/3 (vervangen)")
    for i, f in zip(todo, spans_of, strict=True):
        found_spans[i] = f
    del spans_of
    plans = redactor.resolve_persons(texts, found_spans, groups, dates, absent)  # one pass over the batch: independent of the workers
    results = [redactor._apply(text, f, plan) for text, f, plan in zip(texts, found_spans, plans, strict=True)]
    redactor.remember(mentions, found)
    return results


def _detect(redactor: Redactor, texts: list[str], allow: frozenset[str], lo: int, hi: int
            ) -> list[tuple[list, str, bool]]:
    """Step 1 for texts ``lo:hi``.

    Per text: name mentions, the other words (joined by spaces: words hold none), whether a pattern matches.
    """
    part = texts[lo:hi]
    return [(m, " ".join(rest), bool(find_patterns(text)))
            for text, (m, rest) in zip(part, redactor._detect_names(part, set(), allow), strict=True)]


def _redetect(redactor: Redactor, texts, rests, found: set[str], allow: frozenset[str], lo: int, hi: int
              ) -> list[tuple[int, list]]:
    """Step 2 for texts ``lo:hi``: again, with the batch's names, where another word is one of them."""
    redo = [i for i in range(lo, hi) if not found.isdisjoint(rests[i].split(" "))]
    again = redactor._detect_names([texts[i] for i in redo], found, allow)
    return [(i, per_text) for i, (per_text, _) in zip(redo, again, strict=True)]


def _find(redactor: Redactor, texts, mentions, spacy_spans, lo: int, hi: int) -> list:
    """Step 3 for texts ``lo:hi``: the spans to replace and their persons' names (``Redactor._find_spans``).

    Replacing is left to the parent, after it has numbered the persons of the whole batch.
    """
    return [redactor._find_spans(text, per_text, extra_spans)
            for text, per_text, extra_spans in zip(texts[lo:hi], mentions[lo:hi], spacy_spans[lo:hi], strict=True)]


def _run(lo: int, hi: int) -> list:
    function, args = _JOB  # type: ignore[misc]
    return function(*args, lo, hi)


def _map(workers: int, function: Callable, args: tuple, n: int, tasks_per_worker: int = 4,
         desc: str = "Redigeren") -> list:
    """``function(*args, lo, hi)`` over ``range(n)`` in forked workers, concatenated in order.

    In a terminal a progress bar (``desc``, texts per second, time left) follows the finished parts.
    """
    global _JOB
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if n == 0:
        return []
    step = max(1, -(-n // (workers * tasks_per_worker)))
    bounds = [(lo, min(lo + step, n)) for lo in range(0, n, step)]
    _JOB = (function, args)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = []
            with terminal_progress(n, desc, " teksten") as bar:
                for (lo, hi), part in zip(bounds, pool.map(_run, *zip(*bounds, strict=True)), strict=True):
                    parts.append(part)
                    bar.update(hi - lo)
    except (BrokenProcessPool, OSError, AssertionError, RuntimeError) as exc:  # e.g. no children in a daemon
        raise _WorkerDied(f"{type(exc).__name__}: {exc}") from exc
    finally:
        _JOB = None
    return [x for part in parts for x in part]
