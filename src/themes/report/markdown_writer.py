"""The report and the agenda as Markdown."""

from __future__ import annotations

import re

from themes.report import reporttables as T
from themes.report.content import Agenda, Report, ThemeSection
from themes.text.fmt import long_date

_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def md_escape(text: str) -> str:
    """Escape a cell or line so that Markdown shows it literally (backslashes, pipes, asterisks, code, HTML)."""
    text = " ".join(str(text).split())
    for ch in ("\\", "|", "*", "`"):
        text = text.replace(ch, "\\" + ch)
    return _TAG_START.sub(r"\\<", text)


def md_table(table: T.Table) -> list[str]:
    """A table as Markdown lines (numbers right-aligned)."""
    if not table.rows:
        return ["_Geen gegevens._", ""]
    align = ["---:" if k != "text" else "---" for k in table.kinds]
    lines = ["| " + " | ".join(md_escape(h) for h in table.headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in table.text_rows()]
    return [*lines, ""]


def _theme(section: ThemeSection, report: Report) -> list[str]:
    out = [f"### {section.rank}. {md_escape(section.label)} ({section.theme_id})", ""]
    if section.summary:
        out += [" ".join(md_escape(s.text) for s in section.summary), ""]
    out.append(f"- Omvang: {md_escape(T.size_line(section))}")
    if section.keywords:
        out.append(f"- Trefwoorden: {md_escape(', '.join(section.keywords))}")
    out.append(f"- {md_escape(T.trend_line(section))}")
    for line in (T.sources_line(section), T.units_line(section)):
        if line:
            out.append(f"- {md_escape(line)}")
    out.append("")
    if section.per_round:
        out += ["| Ronde | Fragmenten | Aandeel |", "| --- | ---: | ---: |"]
        out += [f"| {md_escape(st.round)} | {T.cell_text(st.units, 'int')} | {T.cell_text(st.share, 'pct')} |"
                for st in section.per_round]
        out.append("")
    if section.quotes:
        out += ["**Citaten**", ""]
        for q in section.quotes:
            out += [f"> {md_escape(q.text)}", ">", f"> — {md_escape(T.quote_reference(q))}", ""]
    if section.status in T.SHIFTS and section.quotes_per_round:
        out += ["**Per ronde**", ""]
        for rnd, quotes in section.quotes_per_round:
            out += [f"_{md_escape(T.round_name(rnd))}_", ""]
            for q in quotes:
                out += [f"> {md_escape(q.text)}", ">", f"> — {md_escape(T.quote_reference(q))}", ""]
    if section.flag_ids:
        out += ["**Gerelateerde signalen**", ""]
        out += [f"- {md_escape(T.flag_title(report.flag(fid)))}" for fid in section.flag_ids]
        out.append("")
    return out


def report_markdown(report: Report) -> str:
    """The whole report as Markdown text (the first ``report.shown`` themes)."""
    report = report.for_reading()
    m = report.method
    out = [f"# {md_escape(report.title)}", "", md_escape(T.period_line(report)) + " " + md_escape(T.counts_line(report)), ""]
    out += ["## Overzicht", ""]
    out += md_table(T.overview_short_table(report))
    out += ["## Rode draden", ""]
    for section in report.themes:
        out += _theme(section, report)
    if m.omitted_themes:
        out += [f"_Nog {m.omitted_themes} kleinere thema's staan alleen in het Excel-bestand._", ""]
    out += ["## Verschuivingen tussen rondes", ""]
    if report.round_summary:
        out += [f"- {md_escape(s)}" for s in report.round_summary] + [""]
    if report.rounds:
        out += md_table(T.round_totals_table(report))
        out += md_table(T.rounds_table(report))
    else:
        out += ["_Geen rondes om te vergelijken._", ""]
    out += ["## Signalen: wat blijft terugkomen", ""]
    if report.flags:
        for flag in report.flags:
            out.append(f"### {md_escape(T.flag_title(flag))}")
            out += ["", md_escape(T.flag_history(flag))]
            theme = report.flag_theme(flag.flag_id)
            if theme:
                out += ["", f"Thema: {md_escape(theme)}"]
            out.append("")
            for q in flag.evidence:
                out += [f"> {md_escape(q.text)}", ">", f"> — {md_escape(T.quote_reference(q))}", ""]
    else:
        out += ["_Geen signalen gevonden._", ""]
    out += ["## Methode", "", "### Corpus", "", md_escape(T.counts_line(report)), ""]
    out += md_table(T.corpus_table(report))
    out += md_table(T.documents_table(report))
    out += ["### Eenheden", ""] + md_table(T.corpus_units_table(report))
    out += ["### Vervangen persoonsgegevens", "",
            "Aantallen per soort; de vervangen gegevens zelf staan nergens in de werkmap of de uitvoer.", ""]
    out += md_table(T.redaction_table(report))
    out += ["### Instellingen", ""] + md_table(T.settings_table(report))
    if m.empty_taxonomy:
        out += [f"Taxonomiethema's zonder fragmenten: {md_escape(', '.join(m.empty_taxonomy))}.", ""]
    if m.events:
        out += ["### Ontwikkeling van de thema's", ""] + md_table(T.events_table(report))
    return "\n".join(out).rstrip() + "\n"


def agenda_markdown(agenda: Agenda) -> str:
    """The agenda as Markdown text."""
    out = [f"# Agenda {md_escape(agenda.meeting)}", "", f"**Datum:** {long_date(agenda.date)}", ""]
    if agenda.source:
        out += [f"_{md_escape(agenda.source)}_", ""]
    for item in agenda.items:
        out += [f"## {item.number}. {md_escape(item.title)}", ""]
        for line in item.summary:
            out.append(f"- {md_escape(line)}")
        for line in item.notes:
            out.append(f"- {md_escape(line)}")
        if item.summary or item.notes:
            out.append("")
        if item.question:
            out += [f"**{md_escape(item.question)}**", ""]
        if item.references:
            out += ["Bronnen: " + "; ".join(md_escape(r) for r in item.references), ""]
    return "\n".join(out).rstrip() + "\n"
