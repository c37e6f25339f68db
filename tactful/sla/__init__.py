"""Business time: calendars of opening hours, working days and holidays, and clocks.

Pure code: nothing here knows Django or the database (see docs/business-time.md).
"""

from .calendar import BusinessCalendar, CalendarError, build_calendar
from .clock import Clock, ClockState
from .duration import Duration, parse_duration

__all__ = [
    "BusinessCalendar",
    "CalendarError",
    "Clock",
    "ClockState",
    "Duration",
    "build_calendar",
    "parse_duration",
]
