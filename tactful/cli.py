"""The ``tactful`` command: serve, worker, demo, createadmin, the pure tools, and Django's own.

``tactful sla …``, ``tactful policy …`` and ``tactful check …`` work without a database;
anything this module does not know (``tactful migrate``, ``tactful shell`` …) goes to
Django's management commands.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

PURE_TOOLS = ("tactful.sla.cli", "tactful.policy.cli", "tactful.protocol.cli",
              "tactful.protocol.native", "tactful.channels.email.cli")


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tactful.settings")
    import django

    django.setup()


def _check_database() -> None:
    from django.db import connection
    from django.db.utils import OperationalError

    from tactful.config.environment import SettingsError

    try:
        connection.ensure_connection()
    except OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SettingsError(
            f"The database could not be reached ({first}); check DATABASE_URL and that the "
            "server is running."
        ) from exc


def cmd_serve(args: argparse.Namespace) -> int:
    _django_setup()
    _check_database()
    import uvicorn

    from tactful.desk.worker import start_background_worker

    worker = None if args.no_worker else start_background_worker()
    print(f"Tactful is serving at http://{args.host}:{args.port}/ (Ctrl+C stops it)", flush=True)
    try:
        uvicorn.run("tactful.asgi:application", host=args.host, port=args.port,
                    log_level=args.log_level, lifespan="off", ws="websockets-sansio")
    finally:
        if worker is not None:
            worker.stop()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    _django_setup()
    _check_database()
    from tactful.desk.worker import Worker

    worker = Worker()
    print("Tactful worker running (Ctrl+C stops it)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        worker.run(once=args.once)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    _django_setup()
    _check_database()
    from tactful.desk.demo import DemoAlreadyLoaded, load_demo

    try:
        summary = load_demo(conversations=args.conversations, seed=args.seed,
                            only_if_empty=args.once)
    except DemoAlreadyLoaded as exc:
        print(f"tactful: {exc}", file=sys.stderr)
        return 2
    print(summary)
    return 0


def cmd_createadmin(args: argparse.Namespace) -> int:
    _django_setup()
    _check_database()
    import getpass

    from tactful.desk.errors import DeskError
    from tactful.desk.services.staff import create_staff_user

    password = args.password or os.environ.get("TACTFUL_ADMIN_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            print("tactful: give --password or TACTFUL_ADMIN_PASSWORD.", file=sys.stderr)
            return 2
        password = getpass.getpass("Password: ")
    try:
        create_staff_user(actor="cli", username=args.username, password=password, role="admin",
                          email=args.email or "")
    except DeskError as exc:
        print(f"tactful: {exc.message}", file=sys.stderr)
        return 2
    print(f"Administrator {args.username} created.")
    return 0


def build_parser() -> tuple[argparse.ArgumentParser, Any]:
    parser = argparse.ArgumentParser(prog="tactful", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser("serve", help="serve the desk (web, API, live updates, worker)")
    serve.add_argument("--host", default=os.environ.get("TACTFUL_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("TACTFUL_PORT", "8000")))
    serve.add_argument("--no-worker", action="store_true", help="do not run the worker inside")
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run background work (deadlines, outbox)")
    worker.add_argument("--once", action="store_true", help="do what is due now, then stop")
    worker.set_defaults(func=cmd_worker)

    demo = sub.add_parser("demo", help="load the demo organisation, staff and conversations")
    demo.add_argument("--conversations", type=int, default=300)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--once", action="store_true", help="do nothing if demo data exists")
    demo.set_defaults(func=cmd_demo)

    admin = sub.add_parser("createadmin", help="create an administrator")
    admin.add_argument("--username", default="admin")
    admin.add_argument("--password")
    admin.add_argument("--email")
    admin.set_defaults(func=cmd_createadmin)

    for module_name in PURE_TOOLS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module_name.startswith(exc.name):
                raise
            continue
        module.register(sub)
    return parser, sub


def main(argv: Sequence[str] | None = None) -> int:
    from tactful.config.environment import SettingsError

    args_list = list(sys.argv[1:] if argv is None else argv)
    parser, sub = build_parser()
    try:
        if args_list and args_list[0] not in sub.choices and not args_list[0].startswith("-"):
            _django_setup()
            from django.core.management import execute_from_command_line
            from django.db.utils import OperationalError

            try:
                execute_from_command_line(["tactful", *args_list])
            except OperationalError as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise SettingsError(
                    f"The database could not be reached ({first}); check DATABASE_URL and "
                    "that the server is running."
                ) from exc
            return 0
        args = parser.parse_args(args_list)
        if not getattr(args, "func", None):
            parser.print_help()
            return 0
        return int(args.func(args) or 0)
    except SettingsError as exc:
        print(f"tactful: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
