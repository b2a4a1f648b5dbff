"""The "Is it helping?" report in plain words, for the History window.

The core's report holds counts and averages; these sentences turn it into
words through the translator: counts always, numbers only where there are
enough nights, and always the reminder that this is a personal record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from stretch_coach.core.insights import PERSONAL_RECORD_NOTE, HelpingReport, NightGroup
from stretch_coach.counted import CountTranslate
from stretch_coach.ui.texts import tr, tr_n

# Counted with the translator's plural rules: not every language makes a
# plural with "s", and Polish has two plurals.


def _nights(n: int, translate_n: CountTranslate) -> str:
    return translate_n("%n night(s)", n)


def _rated_nights(n: int, translate_n: CountTranslate) -> str:
    return translate_n("%n rated night(s)", n)


def _diary_nights(n: int, translate_n: CountTranslate) -> str:
    return translate_n("%n diary night(s)", n)


def _number(value: float | None, translate: Callable[[str], str]) -> str:
    # Callers only ask for numbers they checked are shown; the dash is a safe fallback.
    if value is None:
        return "-"
    whole, tenth = f"{value:.1f}".split(".")
    # A template rather than a bare "." so a translation can use a decimal comma.
    return translate("{whole}.{tenth}").format(whole=whole, tenth=tenth)


def _month(day: dt.date, translate: Callable[[str], str]) -> str:
    # Spelled out rather than strftime("%b"), whose names follow the C library's
    # locale instead of the language the sentences are shown in.
    names = (
        translate("Jan"),
        translate("Feb"),
        translate("Mar"),
        translate("Apr"),
        translate("May"),
        translate("Jun"),
        translate("Jul"),
        translate("Aug"),
        translate("Sep"),
        translate("Oct"),
        translate("Nov"),
        translate("Dec"),
    )
    return names[day.month - 1]


def one_decimal(value: float) -> str:
    """A number with one decimal, in the UI's language ("5.5", "5,5")."""
    return _number(value, tr)


def short_month(day: dt.date) -> str:
    """The day's month, abbreviated, in the UI's language."""
    return _month(day, tr)


def _span(group: NightGroup, translate: Callable[[str], str]) -> str:
    first, last = group.first_night, group.last_night
    if first is None or last is None:
        return ""
    if first == last:
        text = translate("({day} {month} {year})").format(
            day=first.day, month=_month(first, translate), year=first.year
        )
    elif first.year == last.year:
        text = translate("({first_day} {first_month} to {last_day} {last_month} {year})").format(
            first_day=first.day,
            first_month=_month(first, translate),
            last_day=last.day,
            last_month=_month(last, translate),
            year=last.year,
        )
    else:
        text = translate(
            "({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})"
        ).format(
            first_day=first.day,
            first_month=_month(first, translate),
            first_year=first.year,
            last_day=last.day,
            last_month=_month(last, translate),
            last_year=last.year,
        )
    return " " + text


def _routine_sentences(
    report: HelpingReport, translate: Callable[[str], str], translate_n: CountTranslate
) -> list[str]:
    after, without, least = report.after_routine, report.without_routine, report.min_nights
    if not (after.enough and without.enough):
        return [
            translate(
                "It is too early to compare nights with and without a routine before them: "
                "your diary has {after} after a finished routine and {without} without, "
                "and each needs at least {least}."
            ).format(
                after=_nights(after.nights, translate_n),
                without=_nights(without.nights, translate_n),
                least=least,
            )
        ]
    sentences = [
        translate(
            "On the {after} after you finished a routine you noted {after_rate} cramps a "
            "night on average; on the {without} after evenings without one, {without_rate} "
            "a night."
        ).format(
            after=_nights(after.nights, translate_n),
            after_rate=_number(after.cramps_per_night, translate),
            without=_nights(without.nights, translate_n),
            without_rate=_number(without.cramps_per_night, translate),
        )
    ]
    if after.severity_enough and without.severity_enough:
        sentences.append(
            translate(
                "When cramps came, the worst one averaged {after_severity} out of 10 after a "
                "routine ({after_rated}) and {without_severity} without ({without_rated})."
            ).format(
                after_severity=_number(after.mean_severity, translate),
                after_rated=_rated_nights(after.rated_nights, translate_n),
                without_severity=_number(without.mean_severity, translate),
                without_rated=_rated_nights(without.rated_nights, translate_n),
            )
        )
    else:
        sentences.append(
            translate(
                "There are too few nights with a rated cramp to compare how bad the cramps "
                "were: {after} after a routine and {without} without, and each needs at "
                "least {least}."
            ).format(after=after.rated_nights, without=without.rated_nights, least=least)
        )
    return sentences


def _progress_sentences(
    report: HelpingReport, translate: Callable[[str], str], translate_n: CountTranslate
) -> list[str]:
    first, latest, window = report.first_nights, report.latest_nights, report.window
    total = first.nights + latest.nights
    if not (first.enough and latest.enough):
        needed = window + report.min_nights
        return [
            translate(
                "Your first {window} diary nights can be set against your latest ones once "
                "the diary has at least {needed} nights; it has {total} so far."
            ).format(window=window, needed=needed, total=total)
        ]
    sentences = [
        translate(
            "Your first {first}{first_span} averaged {first_rate} cramps a night; your "
            "latest {latest}{latest_span} averaged {latest_rate}."
        ).format(
            first=_diary_nights(first.nights, translate_n),
            first_span=_span(first, translate),
            first_rate=_number(first.cramps_per_night, translate),
            latest=latest.nights,
            latest_span=_span(latest, translate),
            latest_rate=_number(latest.cramps_per_night, translate),
        )
    ]
    if first.severity_enough and latest.severity_enough:
        sentences.append(
            translate(
                "The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) "
                "and {latest_severity} lately ({latest_rated})."
            ).format(
                first_severity=_number(first.mean_severity, translate),
                first_rated=_rated_nights(first.rated_nights, translate_n),
                latest_severity=_number(latest.mean_severity, translate),
                latest_rated=_rated_nights(latest.rated_nights, translate_n),
            )
        )
    else:
        sentences.append(
            translate(
                "There are too few nights with a rated cramp to compare how bad they were "
                "then and now: {first} at first and {latest} lately, and each needs at "
                "least {least}."
            ).format(first=first.rated_nights, latest=latest.rated_nights, least=report.min_nights)
        )
    return sentences


def helping_sentences(
    report: HelpingReport,
    translate: Callable[[str], str] = tr,
    translate_n: CountTranslate = tr_n,
) -> list[str]:
    """The report in plain words: counts always, numbers only where there are enough
    nights, and always the reminder that this is a personal record, not proof.

    ``translate`` is applied to every sentence template before its numbers are
    filled in, ``translate_n`` to the counted ones ("%n night(s)"): Qt's
    translator, unless a test asks for the English source.
    """
    return [
        *_routine_sentences(report, translate, translate_n),
        *_progress_sentences(report, translate, translate_n),
        translate(PERSONAL_RECORD_NOTE),
    ]
