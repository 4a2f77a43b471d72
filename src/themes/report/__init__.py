"""The rode-draden report and the steering-group agenda: report models and one writer per format.

``build_report`` and ``build_agenda`` are pure functions returning records; ``write_report`` and
``write_agenda`` write the files atomically and return their paths.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from themes.report.agenda import build_agenda
from themes.report.build import build_report
from themes.report.charts import all_charts
from themes.report.content import Agenda, AgendaItem, MapPoint, MethodNotes, Report, SummarySentence, ThemeSection
from themes.report.docx_writer import agenda_docx, report_docx
from themes.report.html_writer import report_html
from themes.report.io import write_atomic
from themes.report.markdown_writer import agenda_markdown, report_markdown
from themes.report.xlsx import report_xlsx

REPORT_FILES = ("rode-draden.md", "rode-draden.html", "rode-draden.docx", "rode-draden.xlsx")
AGENDA_FILES = ("agenda.docx", "agenda.md")

__all__ = [
    "AGENDA_FILES", "REPORT_FILES", "Agenda", "AgendaItem", "MapPoint", "MethodNotes", "Report", "SummarySentence",
    "ThemeSection", "build_agenda", "build_report", "write_agenda", "write_report",
]


def write_report(report: Report, out_dir: Path) -> list[Path]:
    """Write rode-draden.md, .html, .docx and .xlsx into ``out_dir`` (created when missing), atomically.

    Returns:
        The paths written, in the order of ``REPORT_FILES``.
    """
    out_dir = Path(out_dir)
    charts = all_charts(report)
    payloads: Sequence[str | bytes] = (
        report_markdown(report), report_html(report, charts), report_docx(report, charts), report_xlsx(report),
    )
    return [write_atomic(out_dir / name, data) for name, data in zip(REPORT_FILES, payloads, strict=True)]


def write_agenda(agenda: Agenda, out_dir: Path) -> list[Path]:
    """Write agenda.docx and agenda.md into ``out_dir``, atomically.

    Returns:
        The paths written, in the order of ``AGENDA_FILES``.
    """
    out_dir = Path(out_dir)
    return [
        write_atomic(out_dir / "agenda.docx", agenda_docx(agenda)),
        write_atomic(out_dir / "agenda.md", agenda_markdown(agenda)),
    ]
