"""``tactful sla due`` and ``tactful sla between``: business time from the command line."""

from __future__ import annotations

import argparse
import inspect
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .calendar import BusinessCalendar, CalendarError, build_calendar
from .duration import parse_duration


def register(subparsers: Any) -> None:
    sla = subparsers.add_parser("sla", help="business-time arithmetic on a policy's calendar")
    commands = sla.add_subparsers(dest="sla_command", metavar="COMMAND", required=True)

    due = commands.add_parser("due", help="the instant a duration after --from falls due")
    _calendar_options(due)
    due.add_argument("--from", dest="start", required=True, help="ISO 8601 with an offset")
    due.add_argument("--add", dest="duration", required=True, help="90m, 8h, 2d or 3wd")
    due.set_defaults(func=run_due)

    between = commands.add_parser("between", help="business seconds between two instants")
    _calendar_options(between)
    between.add_argument("--from", dest="start", required=True)
    between.add_argument("--to", dest="end", required=True)
    between.set_defaults(func=run_between)


def _calendar_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--policy", type=Path, help="a policy file")
    source.add_argument("--calendar-file", type=Path,
                        help="a YAML file with one calendar's fields (name, timezone, weekly…)")
    parser.add_argument("--calendar", help="the calendar's name in the policy")


class UsageError(Exception):
    """A mistake on the command line or in a calendar file; printed as one line."""


CALENDAR_FIELDS = frozenset(inspect.signature(build_calendar).parameters)


def load_calendar(args: argparse.Namespace) -> BusinessCalendar:
    if args.calendar_file is not None:
        import yaml

        try:
            data = yaml.safe_load(args.calendar_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise UsageError(f"{args.calendar_file}: cannot be read ({exc})") from exc
        if not isinstance(data, dict):
            raise UsageError(f"{args.calendar_file}: expected a mapping of calendar fields")
        data.setdefault("name", args.calendar or args.calendar_file.stem)
        unknown = sorted(set(data) - CALENDAR_FIELDS)
        if unknown:
            raise UsageError(f"{args.calendar_file}: unknown field(s) {', '.join(unknown)}; "
                             f"use {', '.join(sorted(CALENDAR_FIELDS))}")
        for key in ("closures", "special_hours"):
            if isinstance(data.get(key), dict):
                data[key] = {_as_date(key, k): v for k, v in data[key].items()}
        return build_calendar(**data)
    if not args.calendar:
        raise UsageError("--calendar NAME is needed with --policy")
    try:
        from tactful.policy.loader import load_policy
    except ImportError as exc:
        raise UsageError(f"policy files cannot be read here ({exc}); use --calendar-file"
                         ) from exc
    policy = load_policy(args.policy)
    try:
        return policy.calendar(args.calendar)
    except KeyError as exc:
        raise UsageError(f"{args.policy}: {exc.args[0] if exc.args else exc}") from exc


def _as_date(field: str, value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"{field}: {value!r} is not a date; write it like 2025-12-24"
                         ) from None


def _instant(text: str, option: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"{option} {text!r} is not ISO 8601 (2026-03-02T09:30:00+01:00)") from exc
    if value.tzinfo is None:
        raise UsageError(f"{option} {text!r} has no offset; add one, like +01:00 or Z")
    return value


def _run(args: argparse.Namespace, body: Any) -> int:
    try:
        print(body(load_calendar(args)))
        return 0
    except (UsageError, CalendarError, ValueError, OSError) as exc:
        # Policy errors are ValueErrors too; keep the report to one line.
        message = " ".join(str(exc).split())
        print(f"tactful sla: {message}", file=sys.stderr)
        return 2


def run_due(args: argparse.Namespace) -> int:
    def body(cal: BusinessCalendar) -> str:
        start = _instant(args.start, "--from")
        duration = parse_duration(args.duration)
        if duration.working_days is not None:
            return cal.add_working_days(start, duration.working_days).isoformat()
        assert duration.time is not None
        return cal.add(start, duration.time).isoformat()

    return _run(args, body)


def run_between(args: argparse.Namespace) -> int:
    def body(cal: BusinessCalendar) -> str:
        seconds = cal.between(_instant(args.start, "--from"), _instant(args.end, "--to"))
        return str(int(seconds.total_seconds()))

    return _run(args, body)
