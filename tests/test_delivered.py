"""The record of planned reminders already shown: small, and read leniently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from stretch_coach.core.clock import local_now
from stretch_coach.core.delivered import DeliveredReminders, Delivery
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.services.state_store import SavedState, StateStore

BERLIN = ZoneInfo("Europe/Berlin")
STRETCH, HYDRATION = ReminderKind.STRETCH, ReminderKind.HYDRATION


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def test_the_stretch_reminder_is_one_per_evening_water_one_per_planned_time() -> None:
    assert Delivery.of(STRETCH, at(27, 22)) == Delivery.of(STRETCH, at(28, 0, 30))
    assert Delivery.of(STRETCH, at(27, 22)) != Delivery.of(STRETCH, at(28, 22))
    assert Delivery.of(HYDRATION, at(27, 17)) != Delivery.of(HYDRATION, at(27, 18))
    same_instant = at(27, 17).astimezone(ZoneInfo("Asia/Tokyo"))
    assert Delivery.of(HYDRATION, at(27, 17)) == Delivery.of(HYDRATION, same_instant)


def test_only_the_last_two_evenings_are_kept() -> None:
    delivered = DeliveredReminders()
    for day in (25, 26, 27):
        delivered = delivered.add(Delivery.of(STRETCH, at(day, 22)))
        delivered = delivered.add(Delivery.of(HYDRATION, at(day, 17)))
    assert {d.evening.day for d in delivered.deliveries} == {26, 27}
    assert Delivery.of(STRETCH, at(26, 22)) in delivered
    assert Delivery.of(STRETCH, at(25, 22)) not in delivered


def test_saved_and_loaded(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json", now=local_now)
    delivered = DeliveredReminders().add(Delivery.of(STRETCH, at(27, 22)))
    delivered = delivered.add(Delivery.of(HYDRATION, at(27, 17)))
    store.save(SavedState(delivered=delivered))
    assert store.load().delivered == delivered


def test_a_damaged_file_forgets_only_what_makes_no_sense(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json", now=local_now)
    store.path.write_text('{"delivered": "not a list"}')
    assert store.load().delivered == DeliveredReminders()
    good = {"kind": "hydration", "evening": "2026-11-27", "planned": "2026-11-27T16:00:00+00:00"}
    store.path.write_text(
        '{"delivered": ['
        + ", ".join(
            [
                '{"kind": "stretch", "evening": "2026-11-27", "planned": null}',
                '{"kind": "bath", "evening": "2026-11-27", "planned": null}',
                '{"kind": "hydration", "evening": "2026-11-27", "planned": "2026-11-27T16:00"}',
                '{"kind": "hydration", "evening": "2026-11-27", "planned": null}',
                '{"kind": "stretch"}',
                "42",
                str(good).replace("'", '"'),
            ]
        )
        + "]}"
    )
    assert store.load().delivered.deliveries == {
        Delivery(STRETCH, dt.date(2026, 11, 27), None),
        Delivery(HYDRATION, dt.date(2026, 11, 27), at(27, 17).astimezone(dt.UTC)),
    }
