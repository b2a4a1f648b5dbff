"""Cutting generated routines down to the length a routine may have as written."""

from __future__ import annotations

from dataclasses import replace

from stretch_coach.core.exercises import Catalogue, load_catalogue
from stretch_coach.core.plan import build_plan, item_sides, work_seconds
from stretch_coach.core.routines import MAX_ROUTINE_MINUTES, Routine, RoutineItem


def within_length_cap(routine: Routine) -> Routine:
    """The routine cut down until it takes at most MAX_ROUTINE_MINUTES as written.

    The longest exercise loses half its sets, else half its hold or reps, else
    (when it is down to one set of 1) its place; so any field-by-field valid
    routine maps onto one that loads, often close to the cap.
    """
    catalogue = load_catalogue()
    while build_plan(routine).total_seconds > MAX_ROUTINE_MINUTES * 60:
        items = list(routine.items)
        index = max(range(len(items)), key=lambda i: item_seconds(items[i], catalogue))
        item = items[index]
        if item.sets > 1:
            items[index] = replace(item, sets=item.sets // 2)
        elif item.amount > 1:
            items[index] = replace(item, amount=item.amount // 2)
        else:
            del items[index]
        routine = replace(routine, items=tuple(items))
    return routine


def item_seconds(item: RoutineItem, catalogue: Catalogue) -> int:
    """Seconds the item takes over all its sides, without switches between them."""
    per_side = item.sets * work_seconds(item, catalogue) + (item.sets - 1) * item.rest_seconds
    return per_side * len(item_sides(item, catalogue))
