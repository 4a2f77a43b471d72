"""``themes status``: documents, rounds, units and redaction counts of a workspace."""

from __future__ import annotations

from collections import Counter

from themes.cli.common import WorkspaceOption, open_workspace, reports_errors, say
from themes.state import load_state


@reports_errors
def command(workspace: WorkspaceOption = None) -> None:
    """Toon documenten, rondes, aantallen eenheden en vervangen persoonsgegevens (alleen aantallen)."""
    with open_workspace(workspace) as ws:
        state = load_state(ws)
        say(f"Werkmap: {ws.path}")
    segments = state.segments
    units = sum(1 for s in segments if not s.trivial)
    trivial = sum(s.count for s in segments if s.trivial)
    say(f"Documenten: {len(state.documents)}   Eenheden: {units} (plus {trivial} korte antwoorden zoals 'geen', apart gehouden)")
    by_type = Counter(d.doc_type for d in state.documents)
    say("Per soort: " + (", ".join(f"{t} {n}" for t, n in sorted(by_type.items())) or "-"))
    rounds = Counter(s.round or "(geen ronde)" for s in segments if not s.trivial)
    say("Per ronde: " + (", ".join(f"{r} {n}" for r, n in sorted(rounds.items())) or "-"))
    say("")
    say(f"{'document':<48} {'soort':<13} {'datum':<10} {'ronde':<10} {'eenh.':>6}  vervangen")
    per_doc = Counter(s.doc_id for s in segments)
    for doc in state.documents:
        counts = state.span_counts.get(doc.doc_id, {})
        red = ", ".join(f"{label} {n}" for label, n in sorted(counts.items())) or "-"
        name = doc.source_path.rsplit("/", 1)[-1]
        say(f"{name[:48]:<48} {doc.doc_type:<13} {doc.date or '-':<10} {(doc.round or '-')[:10]:<10} {per_doc[doc.doc_id]:>6}  {red}")
    total = Counter()
    for counts in state.span_counts.values():
        total.update(counts)
    say("")
    say("Vervangen persoonsgegevens in totaal: " + (", ".join(f"{k} {v}" for k, v in sorted(total.items())) or "geen"))
    if state.analysed:
        say(f"Thema's: {len(state.themes)} (analyse aanwezig)")
    else:
        say("Thema's: nog niet geanalyseerd (themes analyse)")
