"""``build_agenda``: a draft agenda for the steering group from the report.

Fixed opening items, then discussion items from the top unresolved flags and the growing or new themes
(each with a three-line summary, a question for the steering group and references), then the closing items.
"""

from __future__ import annotations

from themes.config import PipelineConfig
from themes.flags.tables import OPEN_STATUSES, ActionRow, DeferredItem
from themes.report import reporttables as T
from themes.report.content import Agenda, AgendaItem, Report, ThemeSection
from themes.text.dates import iso_date
from themes.text.fmt import capitalise, dutch_date, fragments, join_dutch, long_date, p_phrase, percent, shorten
from themes.types import PROCEDURAL_THEME_ID, Flag

OPENING = ("Opening en mededelingen", "Vaststellen verslag vorige vergadering", "Actielijst")
CLOSING = ("Rondvraag", "Sluiting")
RISING = ("groeiend", "nieuw")
LINE_CHARS = 220


def build_agenda(report: Report, meeting: str, date: str, config: PipelineConfig) -> Agenda:
    """Build the draft agenda.

    Args:
        report: the rode-draden report.
        meeting: name of the meeting (``Stuurgroep I&D``).
        date: meeting date, ``YYYY-MM-DD``.
        config: the pipeline config (``report.agenda_items`` discussion items at most).

    Raises:
        ValueError: the date is not an ISO date or the meeting name is empty.
    """
    iso_date(date)
    open_flags = [f for f in report.flags if f.status == "open"]
    actions = [f for f in open_flags if f.kind == "actie"]
    deferred_titles = {d.title.casefold() for d in report.deferred}
    flag_items = [
        f
        for f in open_flags
        if (f.kind != "actie" or f.times_raised > config.flags.min_times_raised)
        and T.flag_subject(f).casefold() not in deferred_titles
    ]
    covered = {report_theme_id(report, f) for f in flag_items}
    theme_items = [s for s in report.themes if _rising(s) and s.theme_id not in covered]
    chosen = _alternate(flag_items, theme_items, config.report.agenda_items)
    chosen_flags = [x for x in chosen if isinstance(x, Flag)]
    chosen_themes = [x for x in chosen if isinstance(x, ThemeSection)]

    items: list[AgendaItem] = []
    for title in OPENING:
        notes: tuple[str, ...] = ()
        if title == "Vaststellen verslag vorige vergadering":
            notes = _previous_minutes(report, date)
        if title == "Actielijst":
            notes = (
                _action_list(report, date)
                or tuple(_action_note(f) for f in actions)
                or ("Geen openstaande acties gevonden in de verslagen.",)
            )
        items.append(AgendaItem(len(items) + 1, title, notes=notes))
    for deferred in report.deferred:
        items.append(_deferred_item(len(items) + 1, deferred))
    for flag in chosen_flags:
        items.append(_flag_item(len(items) + 1, flag, report))
    for section in chosen_themes:
        items.append(_theme_item(len(items) + 1, section))
    for title in CLOSING:
        items.append(AgendaItem(len(items) + 1, title))
    period = f" ({dutch_date(report.period[0])} tot en met {dutch_date(report.period[1])})" if report.period else ""
    source = (f"Concept, opgesteld met themes uit {report.method.documents} documenten{period}. "
              "Bespreekpunten komen uit onopgeloste signalen en groeiende of nieuwe thema's.")
    return Agenda(meeting.strip(), date, long_date(date), tuple(items), source)


def _latest_minutes(report: Report, date: str) -> tuple[str, str] | None:
    """(date, title) of the latest minutes dated before the meeting; None when there are none."""
    minutes = [(d, title) for title, _name, kind, d, *_ in report.method.document_list if kind == "notulen" and d and d < date]
    return max(minutes) if minutes else None


def _previous_minutes(report: Report, date: str) -> tuple[str, ...]:
    """The latest minutes dated before the meeting, as a note; none when there are no minutes."""
    latest = _latest_minutes(report, date)
    return (f"Verslag van {dutch_date(latest[0])}: {latest[1]}",) if latest else ()


def _action_list(report: Report, date: str) -> tuple[str, ...]:
    """Every open action: first those of the latest minutes, then the older ones still open, each group with a lead.

    An action agreed long ago and never mentioned since is still listed (nothing closed it), but apart, so the
    meeting can ask whether it still stands.
    """
    open_rows = [a for a in report.actions if a.status in OPEN_STATUSES]
    if not open_rows:
        return ()
    latest = _latest_minutes(report, date)
    last_day = latest[0] if latest else max((a.last_seen for a in open_rows if a.last_seen), default=None)
    recent = [a for a in open_rows if last_day and a.last_seen and a.last_seen >= last_day]
    older = [a for a in open_rows if a not in recent]
    if not recent or not older:
        return tuple(_row_note(a) for a in open_rows)
    return (
        f"Uit het laatste verslag ({dutch_date(last_day)}): {_count(len(recent), 'actie', 'acties')}.",
        *(_row_note(a) for a in recent),
        f"Eerder afgesproken en nog niet afgerond: {_count(len(older), 'actie', 'acties')}, laatst genoemde eerst; "
        "nog actueel?",
        *(_row_note(a) for a in older),
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _rising(section: ThemeSection) -> bool:
    """Growing or new in the last round, or a new theme outside the taxonomy with enough data."""
    if section.theme_id == PROCEDURAL_THEME_ID:
        return False
    return section.status in RISING or (section.is_new and section.status != "te weinig data")


def report_theme_id(report: Report, flag: Flag) -> str | None:
    """Theme id of the theme a flag is linked to in the report, else None."""
    for section in report.themes:
        if flag.flag_id in section.flag_ids:
            return section.theme_id
    return flag.theme_id


def _alternate(flags: list[Flag], themes: list[ThemeSection], n: int) -> list[Flag | ThemeSection]:
    out: list[Flag | ThemeSection] = []
    fi = ti = 0
    while len(out) < n and (fi < len(flags) or ti < len(themes)):
        if fi < len(flags):
            out.append(flags[fi])
            fi += 1
        if len(out) < n and ti < len(themes):
            out.append(themes[ti])
            ti += 1
    return out


def _row_note(action: ActionRow) -> str:
    owner = f"eigenaar {action.owner}" if action.owner else "nog geen eigenaar"
    since = f"sinds {dutch_date(action.first_seen)}; " if action.first_seen else ""
    if action.last_seen and action.last_seen != action.first_seen:
        since += f"laatst genoemd op {dutch_date(action.last_seen)}; "
    times = f"{action.times_listed} keer genoemd; " if action.times_listed > 1 else ""
    due = f"; gereed: {action.due}" if action.due else ""
    return f"{capitalise(shorten(action.description, 160))} ({owner}; {times}{since}{action.status}{due})"


def _deferred_item(number_: int, item: DeferredItem) -> AgendaItem:
    return AgendaItem(
        number_, f"Uitgesteld agendapunt: {capitalise(item.title)}", kind="signaal",
        summary=(
            item.history,
            f"Uit het verslag: \u201c{shorten(item.evidence, LINE_CHARS)}\u201d",
            "Status: uitgesteld; nog geen besluit.",
        ),
        question=f"Vraag aan de stuurgroep: kan '{item.title}' nu worden besproken, of wat is er eerst nodig?",
        references=(),
    )


def _action_note(flag: Flag) -> str:
    owner = f"eigenaar {flag.owner}" if flag.owner else "nog geen eigenaar"
    return f"{T.flag_subject(flag)} ({owner}; {flag.times_raised} keer genoemd, laatst {dutch_date(flag.last_seen)})"


FLAG_TITLES = {
    "uitgesteld": "Uitgesteld besluit",
    "actie": "Actie blijft open",
    "terugkerend thema": "Terugkerend thema",
    "terugkerend punt": "Terugkerend punt",
}
FLAG_QUESTIONS = {
    "uitgesteld": "Vraag aan de stuurgroep: wanneer neemt u alsnog een besluit over '{d}', en wat is daarvoor nodig?",
    "actie": "Vraag aan de stuurgroep: wat staat de afronding van '{d}' in de weg, en wie zorgt dat de actie vóór de volgende vergadering klaar is?",
    "terugkerend thema": "Vraag aan de stuurgroep: wilt u '{d}' als vast agendapunt met een eigenaar en een concreet vervolg?",
    "terugkerend punt": "Vraag aan de stuurgroep: '{d}' komt steeds terug; wat is nodig om het af te ronden, en wie doet dat?",
}


def _flag_history(flag: Flag) -> str:
    """How often and when the flag was raised (the when as in the report: :func:`reporttables.flag_when`)."""
    times = f"{flag.times_raised} keer aan de orde geweest"
    if flag.kind == "terugkerend punt" and flag.times_raised == 1:
        times = "volgens het verslag eerder aan de orde geweest; in deze verslagen 1 keer genoemd"
    return f"{capitalise(T.flag_when(flag))}; {times}."


def _flag_item(number_: int, flag: Flag, report: Report) -> AgendaItem:
    line1 = _flag_history(flag)
    line2 = f"Status: {flag.status}; " + (f"eigenaar: {flag.owner}." if flag.owner else "nog geen eigenaar.")
    theme_id = report_theme_id(report, flag)
    section = next((s for s in report.themes if s.theme_id == theme_id), None)
    if section is not None:
        line3 = f"Hangt samen met het thema '{section.label}' ({fragments(section.weight)}; {_trend_word(section)})."
    elif flag.evidence:
        line3 = f"Uit het verslag: \u201c{shorten(flag.evidence[0].text, LINE_CHARS)}\u201d"
    else:
        line3 = f"Genoemd in {len(flag.documents)} documenten."
    references = tuple(dict.fromkeys(T.quote_reference(q) for q in flag.evidence)) or tuple(flag.documents)
    return AgendaItem(
        number_, f"{FLAG_TITLES[flag.kind]}: {capitalise(T.flag_subject(flag))}", kind="signaal",
        summary=(line1, line2, line3), question=FLAG_QUESTIONS[flag.kind].format(d=T.flag_subject(flag)),
        references=references,
    )


def _trend_word(section: ThemeSection) -> str:
    return f"trend {section.status}" if section.status else "geen trend bekend"


def _theme_item(number_: int, section: ThemeSection) -> AgendaItem:
    stats = [st for st in section.per_round if st.units or st.share]
    if section.status == "groeiend" and len(stats) >= 2:
        line1 = (f"Groeiend thema: van {percent(stats[0].share)} in {stats[0].round} naar {percent(stats[-1].share)} "
                 f"in {stats[-1].round} van de fragmenten ({T.cell_text(section.change, 'pp')}"
                 + (f", {p_phrase(section.p_value)}" if section.p_value is not None else "") + ").")
    elif section.status == "nieuw":
        where = f" in {stats[-1].round}" if stats else ""
        line1 = f"Nieuw thema{where}: {fragments(section.weight)} ({percent(section.share)} van het totaal)."
    elif section.is_new:
        line1 = (f"Nieuw thema buiten de taxonomie: {fragments(section.weight)} ({percent(section.share)} van het totaal); "
                 f"{_trend_word(section)}.")
    else:
        line1 = f"{fragments(section.weight)} ({percent(section.share)} van het totaal); {_trend_word(section)}."
    core = section.summary[0].text if section.summary else (section.quotes[0].text if section.quotes else section.label)
    line2 = f"Kern: {shorten(core, LINE_CHARS)}"
    parts = []
    if section.doc_types:
        parts.append("vooral genoemd in " + join_dutch([f"{t} ({n})" for t, n in section.doc_types[:3]]))
    known_units = [(u, n) for u, n in section.units if u != "onbekend"]
    if known_units:
        parts.append("door " + join_dutch([f"{u} ({n})" for u, n in known_units[:3]]))
    line3 = f"{capitalise('; '.join(parts))}." if parts else "Herkomst van de fragmenten onbekend."
    if section.status == "groeiend":
        question = (f"Vraag aan de stuurgroep: vraagt de groei van '{section.label}' om een maatregel, "
                    "en wie neemt daarin het initiatief?")
    else:
        question = (f"Vraag aan de stuurgroep: herkent u '{section.label}' als nieuw aandachtspunt, "
                    "en moet het een vaste plek krijgen in de monitoring?")
    references = tuple(dict.fromkeys(T.quote_reference(q) for q in section.quotes[:3]))
    status = "groeiend" if section.status == "groeiend" else "nieuw"
    return AgendaItem(
        number_, f"Thema: {capitalise(section.label)} ({status})", kind="thema",
        summary=(line1, line2, line3), question=question, references=references,
    )
