"""The computer's time zone, as the rest of the process sees it.

Python's ``datetime.now().astimezone()``, Qt and the C library all take local
time from the C library, which reads TZ. The reminders are planned in the
zone returned here, so it must agree with them: a zone name that zoneinfo
knows is loaded from the time zone database; anything else the C library
accepts (POSIX TZ strings such as ``EST5EDT,M3.2.0,M11.1.0``, which zoneinfo
cannot read) is followed instant by instant through ``time.localtime``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# POSIX TZ: std offset [dst [offset] [,start[/time],end[/time]]], where a
# name is three or more letters, or anything like <+0530> in angle brackets.
_NAME = r"(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)"
_OFFSET = r"[+-]?\d{1,2}(?::\d{1,2}){0,2}"
_RULE = r"(?:J\d{1,3}|\d{1,3}|M\d{1,2}\.\d\.\d)(?:/[+-]?\d{1,3}(?::\d{1,2}){0,2})?"
_POSIX_TZ = re.compile(rf"{_NAME}{_OFFSET}(?:{_NAME}(?:{_OFFSET})?(?:,{_RULE},{_RULE})?)?")

_DAY_SECONDS = 24 * 60 * 60
_EPOCH = dt.datetime(1970, 1, 1)


def _zone_name(tz: str) -> str:
    # A leading colon means "implementation-defined"; glibc reads what follows
    # as a file under the zoneinfo folder, i.e. a zone name or a path.
    return tz[1:] if tz.startswith(":") else tz


def _loads_as_zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # ValueError: e.g. a path
        return None


def _is_known(tz: str) -> bool:
    name = _zone_name(tz)
    if not name:
        return False
    if Path(name).is_absolute():
        return Path(name).is_file()
    return _POSIX_TZ.fullmatch(name) is not None or _loads_as_zone(name) is not None


def usable_tz(tz: str) -> str | None:
    """The TZ value to use for ``tz``: itself when it names a zone (a zone
    name, a zone file, or a POSIX TZ string), without surrounding white space
    when only that was wrong, or None when it names no zone at all."""
    if _is_known(tz):
        return tz
    stripped = tz.strip()
    if stripped and _is_known(stripped):
        return stripped
    return None


def local_timezone() -> dt.tzinfo:
    """The computer's time zone, honouring TZ; never raises.

    Asked afresh each time (tzlocal caches), so a change of time zone while
    the app runs is seen when the reminders are next rebuilt.
    """
    import tzlocal

    tz = os.environ.get("TZ")
    if tz:
        name = _zone_name(tz)
        zone = _loads_as_zone(name)
        if zone is not None:
            return zone
        if Path(name).is_absolute():
            try:
                return tzlocal.reload_localzone()  # reads a zone file named by TZ
            except Exception:  # tzlocal raises several kinds for broken set-ups
                pass
        # A POSIX TZ string, or something only the C library makes sense of
        # (glibc reads an unknown name as UTC): do as it does.
        return LibcZone(tz)
    try:
        return tzlocal.reload_localzone()
    except Exception:  # tzlocal raises several kinds for broken set-ups
        return ZoneInfo("UTC")


def _whole_seconds(moment: dt.datetime) -> int:
    """A naive reading of ``moment`` as seconds since 1970 (fractions dropped:
    clock changes happen on whole seconds)."""
    return (moment.replace(tzinfo=None) - _EPOCH) // dt.timedelta(seconds=1)


class LibcZone(dt.tzinfo):
    """The zone the C library applies for TZ, asked one instant at a time.

    Follows PEP 495 like ZoneInfo: a wall time that happens twice is the
    earlier instant with fold=0 and the later with fold=1; a wall time that is
    skipped takes the offset from before the jump with fold=0 and from after
    it with fold=1. Assumes, like every real zone, that the clocks change at
    most once within two days.
    """

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def __repr__(self) -> str:
        return f"LibcZone({self.key!r})"

    def __str__(self) -> str:
        return self.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LibcZone) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    # -- asking the C library ---------------------------------------------------------

    @staticmethod
    def _local(instant: int) -> time.struct_time | None:
        try:
            return time.localtime(instant)
        except (OverflowError, OSError, ValueError):  # beyond what the platform handles
            return None

    def _offset_at(self, instant: int) -> int:
        local = self._local(instant)
        return local.tm_gmtoff if local is not None else -time.timezone

    def _instants_showing(self, wall: int) -> list[int]:
        """The instants (seconds since 1970) at which the clock shows ``wall``,
        earliest first: none if skipped, two if repeated."""
        # Offsets are within a day of UTC, so the offsets in force a day
        # either side are every offset that could apply to this wall time.
        offsets = {self._offset_at(wall - _DAY_SECONDS), self._offset_at(wall + _DAY_SECONDS)}
        return sorted(wall - o for o in offsets if self._offset_at(wall - o) == o)

    def _resolve(self, moment: dt.datetime) -> tuple[int, time.struct_time | None]:
        """The offset of a wall time (seconds east of UTC) and the C library's
        reading of the period it falls in."""
        wall = _whole_seconds(moment)
        shown = self._instants_showing(wall)
        if shown:
            instant = shown[-1] if moment.fold else shown[0]
            return wall - instant, self._local(instant)
        # Skipped by the clock: read as in the period before the jump or after it.
        local = self._local(wall + _DAY_SECONDS if moment.fold else wall - _DAY_SECONDS)
        return (local.tm_gmtoff if local is not None else -time.timezone), local

    # -- tzinfo -----------------------------------------------------------------------------

    def utcoffset(self, moment: dt.datetime | None) -> dt.timedelta | None:
        if moment is None:
            return None
        return dt.timedelta(seconds=self._resolve(moment)[0])

    def dst(self, moment: dt.datetime | None) -> dt.timedelta | None:
        if moment is None:
            return None
        offset, local = self._resolve(moment)
        if local is None or local.tm_isdst <= 0:
            return dt.timedelta(0)
        # The C library says whether summer time is in force, not by how much:
        # the difference from TZ's standard offset says.
        return dt.timedelta(seconds=offset + time.timezone)

    def tzname(self, moment: dt.datetime | None) -> str | None:
        if moment is None:
            return None  # as ZoneInfo; never "local", which APScheduler refuses
        local = self._resolve(moment)[1]
        return local.tm_zone if local is not None else None

    def fromutc(self, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        instant = _whole_seconds(moment)
        offset = self._offset_at(instant)
        local = moment + dt.timedelta(seconds=offset)
        # The later of two instants showing the same wall time is fold=1.
        shown = self._instants_showing(instant + offset)
        return local.replace(fold=1 if shown and shown[0] < instant else 0)
