"""The words of the calendar file's events, for every front end.

The core (``core.ical``) says what each event is about; the words come from
here, each through the front end's ``translate``: the window's Qt translator,
or the command line's reading of the same catalogue. They are the words the
app's own reminders use, so a phone says what the desktop says.

No Qt here, and the planner is loaded only when the words are asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from stretch_coach.core.reminder_rules import ReminderKind
from stretch_coach.core.settings import format_clock

if TYPE_CHECKING:
    from stretch_coach.core.ical import EventFacts, EventText, Wording

Translate = Callable[[str], str]


def calendar_wording(translate: Translate) -> Wording:
    """Each event's summary and description, in ``translate``'s language."""
    from stretch_coach.core.ical import EventText

    def words(facts: EventFacts) -> EventText:
        if facts.kind is ReminderKind.STRETCH:
            body = translate(
                "Bedtime is at {time}. A few minutes of stretching before bed "
                "may help keep night cramps away."
            )
            bedtime = "" if facts.bedtime is None else format_clock(facts.bedtime)
            return EventText(translate("Time to stretch"), body.format(time=bedtime))
        return EventText(
            translate("Time for a glass of water"),
            translate(
                "Drinking earlier in the evening, and less in the last two hours "
                "before bed, means fewer trips to the bathroom at night."
            ),
        )

    return words
