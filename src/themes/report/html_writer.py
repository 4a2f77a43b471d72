"""The report as one self-contained HTML file: inline CSS, charts as base64 PNG, no external resources.

A content security policy forbids loading anything from elsewhere. A small inline script marks every chart
image that decoded (``data-loaded="ja"``) and sets ``data-charts-loaded="n/m"`` on the body, so a headless
browser can check that the charts rendered.
"""

from __future__ import annotations

import base64
from html import escape

from themes.report import reporttables as T
from themes.report.charts import all_charts
from themes.report.content import Report, ThemeSection

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
CHART_TITLES = {
    "omvang": "Omvang van de thema's",
    "rondes": "Voorkomen per ronde",
    "kaart": "Themakaart: thema's die inhoudelijk op elkaar lijken staan dicht bij elkaar; de grootte van een bol is het aantal fragmenten; thema-id's zoals in het overzicht",
}
STYLE = """
body{font-family:"Segoe UI",Arial,Helvetica,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1{color:#1f5a96;border-bottom:3px solid #1f5a96;padding-bottom:.3rem}
h2{color:#1f5a96;margin-top:2.5rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
h3{margin-top:1.8rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}
th,td{border:1px solid #ccd;padding:.25rem .5rem;vertical-align:top}
th{background:#eef2f8;text-align:left}
td.n{text-align:right;white-space:nowrap}
blockquote{margin:.6rem 0;padding:.4rem .9rem;border-left:4px solid #d9822b;background:#fbf6f0}
blockquote footer{font-size:.85rem;color:#555}
.summary{font-size:1.02rem}
.meta{color:#444;font-size:.92rem}
.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;background:#e4ecf6;font-size:.8rem}
.badge.groeiend,.badge.nieuw{background:#fde3c8}
.badge.afnemend,.badge.verdwenen{background:#dfeedd}
figure{margin:1rem 0}
figure img{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#555}
nav ol{columns:2}
@media print{nav{display:none}}
"""
SCRIPT = """
(function () {
  function mark() {
    var imgs = document.querySelectorAll('img.chart'), ok = 0;
    for (var i = 0; i < imgs.length; i++) {
      var good = imgs[i].complete && imgs[i].naturalWidth > 0;
      imgs[i].setAttribute('data-loaded', good ? 'ja' : 'nee');
      if (good) { ok++; }
    }
    document.body.setAttribute('data-charts-loaded', ok + '/' + imgs.length);
  }
  window.addEventListener('load', mark);
})();
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def html_table(table: T.Table) -> str:
    """A table as HTML (numbers right-aligned)."""
    if not table.rows:
        return "<p><em>Geen gegevens.</em></p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="n">{_e(c)}</td>' if k != "text" else f"<td>{_e(c)}</td>"
            for c, k in zip(row, table.kinds, strict=True)
        ) + "</tr>"
        for row in table.text_rows()
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figure(name: str, png: bytes) -> str:
    data = base64.b64encode(png).decode("ascii")
    title = CHART_TITLES.get(name, name)
    return (
        f'<figure><img class="chart" data-chart="{_e(name)}" alt="{_e(title)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{_e(title)}</figcaption></figure>"
    )


def _quote(text: str, reference: str) -> str:
    return f"<blockquote><p>{_e(text)}</p><footer>— {_e(reference)}</footer></blockquote>"


def _theme(section: ThemeSection, report: Report) -> str:
    parts = [f'<section id="{_e(section.theme_id)}"><h3>{section.rank}. {_e(section.label)} '
             f'<span class="badge">{_e(section.theme_id)}</span>'
             + (f' <span class="badge {_e(section.status)}">{_e(section.status)}</span>' if section.status else "")
             + "</h3>"]
    if section.summary:
        parts.append(f'<p class="summary">{_e(" ".join(s.text for s in section.summary))}</p>')
    items = [T.size_line(section), T.trend_line(section), T.sources_line(section), T.units_line(section)]
    if section.keywords:
        items.insert(1, f"Trefwoorden: {', '.join(section.keywords)}")
    parts.append('<ul class="meta">' + "".join(f"<li>{_e(i)}</li>" for i in items if i) + "</ul>")
    if section.per_round:
        rows = tuple((st.round, st.units, st.share) for st in section.per_round)
        parts.append(html_table(T.Table("", ("Ronde", "Fragmenten", "Aandeel"), ("text", "int", "pct"), rows)))
    if section.quotes:
        parts.append("<h4>Citaten</h4>" + "".join(_quote(q.text, T.quote_reference(q)) for q in section.quotes))
    if section.status in T.SHIFTS and section.quotes_per_round:
        parts.append("<h4>Per ronde</h4>" + "".join(
            f"<h5>{_e(T.round_name(rnd))}</h5>" + "".join(_quote(q.text, T.quote_reference(q)) for q in quotes)
            for rnd, quotes in section.quotes_per_round
        ))
    if section.flag_ids:
        parts.append("<h4>Gerelateerde signalen</h4><ul>" + "".join(
            f'<li><a href="#{_e(fid)}">{_e(T.flag_title(report.flag(fid)))}</a></li>' for fid in section.flag_ids
        ) + "</ul>")
    return "".join(parts) + "</section>"


def report_html(report: Report, charts: dict[str, bytes] | None = None) -> str:
    """The whole report as a self-contained HTML page (charts drawn when not given; the first ``shown`` themes)."""
    report = report.for_reading()
    charts = all_charts(report) if charts is None else charts
    m = report.method
    body = [f"<h1>{_e(report.title)}</h1>", f'<p class="meta">{_e(T.period_line(report))} {_e(T.counts_line(report))}</p>']
    nav = "".join(f'<li><a href="#{_e(s.theme_id)}">{_e(s.label)}</a></li>' for s in report.themes)
    body.append(f"<nav><h2>Inhoud</h2><ol>{nav}</ol><p><a href=\"#signalen\">Signalen</a> · "
                f"<a href=\"#methode\">Methode</a></p></nav>")
    body.append("<h2>Overzicht</h2>")
    body.append(html_table(T.overview_short_table(report)))
    for name in ("omvang", "kaart"):
        if name in charts:
            body.append(_figure(name, charts[name]))
    body.append("<h2>Rode draden</h2>")
    body += [_theme(s, report) for s in report.themes]
    if m.omitted_themes:
        body.append(f"<p><em>Nog {m.omitted_themes} kleinere thema's staan alleen in het Excel-bestand.</em></p>")
    body.append("<h2>Verschuivingen tussen rondes</h2>")
    if report.round_summary:
        body.append("<ul>" + "".join(f"<li>{_e(s)}</li>" for s in report.round_summary) + "</ul>")
    if "rondes" in charts:
        body.append(_figure("rondes", charts["rondes"]))
    if report.rounds:
        body.append(html_table(T.round_totals_table(report)))
        body.append(html_table(T.rounds_table(report)))
    else:
        body.append("<p><em>Geen rondes om te vergelijken.</em></p>")
    body.append('<h2 id="signalen">Signalen: wat blijft terugkomen</h2>')
    if not report.flags:
        body.append("<p><em>Geen signalen gevonden.</em></p>")
    for flag in report.flags:
        theme = report.flag_theme(flag.flag_id)
        body.append(f'<section id="{_e(flag.flag_id)}"><h3>{_e(T.flag_title(flag))}</h3><p>{_e(T.flag_history(flag))}'
                    + (f" Thema: {_e(theme)}." if theme else "") + "</p>"
                    + "".join(_quote(q.text, T.quote_reference(q)) for q in flag.evidence) + "</section>")
    body.append('<h2 id="methode">Methode</h2><h3>Corpus</h3>')
    body.append(f"<p>{_e(T.counts_line(report))}</p>")
    body.append(html_table(T.corpus_table(report)))
    body.append(html_table(T.documents_table(report)))
    body.append("<h3>Eenheden</h3>" + html_table(T.corpus_units_table(report)))
    body.append("<h3>Vervangen persoonsgegevens</h3><p>Aantallen per soort; de vervangen gegevens zelf staan nergens "
                "in de werkmap of de uitvoer.</p>" + html_table(T.redaction_table(report)))
    body.append("<h3>Instellingen</h3>" + html_table(T.settings_table(report)))
    if m.empty_taxonomy:
        body.append(f"<p>Taxonomiethema's zonder fragmenten: {_e(', '.join(m.empty_taxonomy))}.</p>")
    if m.events:
        body.append("<h3>Ontwikkeling van de thema's</h3>" + html_table(T.events_table(report)))
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(report.title)}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{SCRIPT}</script>\n</body></html>\n"
    )
