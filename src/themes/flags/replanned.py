"""An action planned for the next meeting and, at that meeting, planned again weeks later: postponed there.

"Voorstel is om een verdiepingssessie te houden in het volgend overleg" at one meeting, "Afspraak is dat er een
sessie komt over 3/4 weken" at the next: the session did not take place where it was planned, it moved on. Only
a mention without a status of its own is read, at the meeting just after one whose wording names only the next
meeting as the time of the action (``next_meeting_only``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from themes.flags.lexicon import DEFERRED
from themes.flags.tracks import Track
from themes.records.status import next_meeting_only
from themes.text.fmt import shorten
from themes.text.fold import fold

#: A later time counted from this meeting: "over 3/4 weken", "over twee weken", "over een maand".
_WEEKS_LATER = re.compile(
    r"\bover\s+(?:\d+(?:\s*[/-]\s*\d+)?|een|twee|drie|vier|zes|enkele|een\s+paar)\s+(?:weken|week|maanden|maand)\b"
)


def replanned(tracks: Sequence[Track]) -> list[Track]:
    """The tracks, each mention that re-plans weeks later what was planned for its meeting marked deferred."""
    out = []
    for track in tracks:
        mentions = list(track.mentions)
        for k in range(1, len(mentions)):
            mention, before = mentions[k], mentions[k - 1]
            if mention.status is not None or before.meeting.order != mention.meeting.order - 1:
                continue
            if not _WEEKS_LATER.search(fold(mention.evidence.text)) or not next_meeting_only(before.evidence.text):
                continue
            mentions[k] = replace(mention, status=DEFERRED, said=mention.said or shorten(mention.evidence.text, 300))
        out.append(Track(tuple(mentions)) if mentions != list(track.mentions) else track)
    return out
