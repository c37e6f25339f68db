"""``tactful check``: the checker as a linter.

``tactful check [FILE|-] [--lang L] [--channel C] [--position P] [--policy FILE]
[--format text|json] [--transcript FILE]``. Exit status: 0 clean or only warnings/hints,
1 when an error-level finding is present, 2 on a usage or input error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from tactful.protocol.findings import Finding, Report
from tactful.protocol.org import OrgRules
from tactful.protocol.schema import LANGS, POSITIONS, RuleFileError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("check", help="check what an agent wrote or said (a linter)",
                              description=__doc__)
    p.add_argument("file", nargs="?", default="-", help="text file, or - for standard input")
    p.add_argument("--lang", default="auto", choices=("auto", *LANGS))
    p.add_argument("--channel", default=None, help="email, chat, phone, letter, ...")
    p.add_argument("--position", default="whole", choices=POSITIONS)
    p.add_argument("--policy", default=None, help="the organisation's policy file")
    p.add_argument("--format", default="text", choices=("text", "json"))
    p.add_argument("--transcript", default=None, help="a call or chat transcript (JSON)")
    p.add_argument("--customer", default=None, help="file with the customer's message")
    p.add_argument("--reader-lang", default="en", choices=LANGS)
    p.add_argument("--no-spelling", action="store_true")
    p.set_defaults(func=run)


def _load_org(path: str) -> OrgRules:
    """Map the policy file's checker section through the policy package, when it exists."""
    try:
        loader = importlib.import_module("tactful.policy.loader")
    except ImportError as exc:
        raise SystemExit(f"--policy needs the policy package (tactful.policy): {exc}") from exc
    policy = loader.load_policy(path)
    for mod_name, fn_name in (("tactful.policy.checker", "to_org_rules"),
                              ("tactful.policy.loader", "to_org_rules"),
                              ("tactful.policy.schema", "to_org_rules")):
        try:
            fn = getattr(importlib.import_module(mod_name), fn_name, None)
        except ImportError:
            fn = None
        if fn is not None:
            org = fn(policy)
            if isinstance(org, OrgRules):
                return org
    section = getattr(policy, "checker", None)
    if section is None and isinstance(policy, dict):
        section = policy.get("checker")
    if section is None:
        return OrgRules()
    if hasattr(section, "model_dump"):
        section = section.model_dump()
    known = set(OrgRules.__dataclass_fields__)
    return OrgRules.from_dict({k: v for k, v in dict(section).items() if k in known})


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def format_text(report: Report, text: str, name: str = "-") -> str:
    lines = []
    for f in report.findings:
        if f.turn is not None:
            where = f"turn {f.turn}:{f.start + 1}"
        else:
            line, col = _line_col(text, f.start)
            where = f"{line}:{col}"
        sug = f" ({f.suggestion})" if f.suggestion else ""
        lines.append(f"{where} {f.level} {f.rule_id} {f.message}{sug}")
    lines.append(f"{name}: {len(report.findings)} finding(s), score {report.score}, "
                 f"language {report.lang}")
    return "\n".join(lines)


def findings_json(findings: list[Finding]) -> list[dict[str, Any]]:
    """The stable JSON shape (docs/checker.md)."""
    return [{"rule_id": f.rule_id, "requirement": f.requirement, "level": f.level,
             "start": f.start, "end": f.end, "message": f.message, "suggestion": f.suggestion,
             "replacement": f.replacement, "turn": f.turn, "data": f.data} for f in findings]


def run(args: argparse.Namespace) -> int:
    from tactful.protocol.checker import check_text
    from tactful.protocol.transcript import TranscriptError, check_transcript

    try:
        org = _load_org(args.policy) if args.policy else None
        if args.transcript:
            raw = Path(args.transcript).read_text(encoding="utf-8")
            data = json.loads(raw)
            if args.lang != "auto" and isinstance(data, dict):
                data.setdefault("lang", args.lang)
            report = check_transcript(data, org=org, reader_lang=args.reader_lang,
                                      spelling=not args.no_spelling)
            text, name = "", args.transcript
        else:
            if args.file == "-":
                text, name = sys.stdin.read(), "-"
            else:
                text, name = Path(args.file).read_text(encoding="utf-8"), args.file
            customer = (Path(args.customer).read_text(encoding="utf-8")
                        if args.customer else None)
            report = check_text(text, lang=args.lang, channel=args.channel,
                                position=args.position, org=org, reader_lang=args.reader_lang,
                                customer_text=customer, spelling=not args.no_spelling,
                                suggest=True)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, TranscriptError, RuleFileError,
            ValueError) as exc:
        print(f"tactful check: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(findings_json(report.findings), ensure_ascii=False, indent=2))
    else:
        print(format_text(report, text, name))
    return 1 if report.has_errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tactful")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
