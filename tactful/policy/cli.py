"""``tactful policy check FILE`` and ``tactful policy render FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .errors import PolicyError
from .loader import check_policy, load_policy


def register(subparsers: Any) -> None:
    policy = subparsers.add_parser("policy", help="check or render a policy file")
    commands = policy.add_subparsers(dest="policy_command", metavar="COMMAND", required=True)
    check = commands.add_parser("check", help="validate a policy file")
    check.add_argument("file", type=Path)
    check.set_defaults(func=run_check)
    render = commands.add_parser("render", help="the policy as a document people read")
    render.add_argument("file", type=Path)
    render.add_argument("--format", choices=("html", "pdf", "md"), default="html")
    render.add_argument("--lang", choices=("en", "hu", "et", "ro", "zh-Hans", "zh-Hant"))
    render.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    render.set_defaults(func=run_render)
    reference = commands.add_parser("reference", help="print the policy reference page")
    reference.set_defaults(func=run_reference)


def run_check(args: argparse.Namespace) -> int:
    problems = check_policy(args.file)
    if problems:
        for problem in problems:
            print(problem)
        return 1
    policy = load_policy(args.file)
    print(f"{args.file}: OK — {policy.organisation.name}, version {policy.version_label}, "
          f"{len(policy.calendars)} calendar(s), last changed {policy.last_changed}, "
          f"review due {policy.review_due}")
    return 0


def run_render(args: argparse.Namespace) -> int:
    from .render import render_policy

    try:
        policy = load_policy(args.file)
    except PolicyError as exc:
        print(exc, file=sys.stderr)
        return 1
    document = render_policy(policy, args.format, args.lang)
    if args.output is not None:
        data = document if isinstance(document, bytes) else document.encode("utf-8")
        args.output.write_bytes(data)
    elif isinstance(document, bytes):
        sys.stdout.buffer.write(document)
    else:
        sys.stdout.write(document)
    return 0


def run_reference(args: argparse.Namespace) -> int:
    from .reference import render_reference

    sys.stdout.write(render_reference())
    return 0
