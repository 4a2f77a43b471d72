"""``line_role``: what one line of minutes does, or whether it is content.

A line records an action, a decision, a deferral, a recurrence or meeting logistics. Theme building keeps action,
deferral and logistics lines out of content themes; the meeting record reads them.
"""

from __future__ import annotations

from themes.records import lexicon
from themes.records.actions import labelled_action
from themes.records.status import decision, deferral, recurrence

ACTION = "actie"
DECISION = "besluit"
DEFERRED = "uitgesteld"
RECURRING = "terugkerend"
LOGISTICS = "procedureel"
CONTENT = "inhoud"
ROLES: tuple[str, ...] = (ACTION, DECISION, DEFERRED, RECURRING, LOGISTICS, CONTENT)
#: A longer unit that mentions a deferral or an action marker is mostly about something else.
MAX_ROLE_WORDS = 30


def line_role(text: str) -> str:
    """The role of one line or short unit of minutes (one of ``ROLES``).

    Only explicit signals count: an action label or marker ("Actie [X]: …", "… (actie [Y])"), a deferral phrase,
    a logistics phrase; a commitment in running text ("[X] zal …") or a to-do line stays content here, as its
    words are the subject of the discussion.
    """
    if lexicon.says(lexicon.PROCEDURAL, text):
        return LOGISTICS
    if labelled_action(text):
        return ACTION
    if len(text.split()) > MAX_ROLE_WORDS:
        return CONTENT
    if deferral(text):
        return DEFERRED
    if decision(text):
        return DECISION
    if recurrence(text):
        return RECURRING
    return CONTENT
