"""The layout rules: pure packages know nothing of Django; every write is in a service."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "tactful"
PURE = ("policy", "sla", "protocol")


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("package", PURE)
def test_pure_packages_import_nothing_from_django(package: str) -> None:
    folder = ROOT / package
    if not folder.exists():
        pytest.fail(f"tactful/{package} is missing")
    offenders = []
    for path in python_files(folder):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"django", "ninja", "channels"} or name.startswith(
                        ("tactful.desk", "tactful.api", "tactful.web")):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert offenders == []


def test_pure_packages_load_without_django_in_the_process() -> None:
    code = (
        "import sys\n"
        + "".join(f"import tactful.{p}\n" for p in PURE)
        + "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.')]\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == ""


WRITE = re.compile(r"\.objects\.(create|bulk_create|update_or_create|get_or_create)\(|"
                   r"\.save\(|\.delete\(\)|\.objects\.filter\([^)]*\)\.update\(")


def test_writes_happen_only_in_services_and_migrations() -> None:
    """Views, API, adapters and commands stay thin: every write goes through a service."""
    allowed = {"services", "migrations"}
    offenders = []
    for path in python_files(ROOT):
        rel = path.relative_to(ROOT)
        if allowed & set(rel.parts) or rel.parts[0] in PURE:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if WRITE.search(line) and "super()" not in line:
                offenders.append(f"{rel}:{number}: {line.strip()}")
    assert offenders == []
