"""The checker's hot modules compiled with mypyc, and the guard that keeps them honest.

``make setup`` (or ``tactful native-build``) compiles the modules in :data:`HOT` with mypyc
(it ships with mypy; needs gcc and the Python headers) into extension modules next to their
sources (``matcher.cpython-311-x86_64-linux-gnu.so`` beside ``matcher.py``, plus the shared
``_native__mypyc`` library; all git-ignored) and writes a manifest, ``_native.json``, with
the SHA-256 of every source it compiled.

Python would import an extension module in preference to the source next to it, whatever
its age. :func:`install` (run by ``tactful/protocol/__init__.py`` before any of them is
imported) therefore decides once per process:

* ``native``: every compiled module is there, the manifest was built for this interpreter
  and lists exactly :data:`HOT`, and each source still has its recorded hash and is not
  newer than its compiled module;
* ``pure`` otherwise, or when ``TACTFUL_PURE_PYTHON=1``: an import hook loads every module
  of the package from its ``.py`` file (a stale extension module is never run). A stale
  build says so in a warning with the command that rebuilds it; a missing build (``make
  NATIVE=0 setup``, no compiler) is silent.

The compiled modules are one unit (mypyc calls between them directly): one stale source
sends all of them back to pure Python. See docs/checker.md, "Compilation and speed".
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGE = "tactful.protocol"
HERE = Path(__file__).resolve().parent
# Modules compiled, relative to this package (chosen by profiling the bench; docs/checker.md).
HOT: tuple[str, ...] = (
    "matcher", "matches", "spans", "normalize", "checker", "spelling_scan", "spelling",
    "dates", "findings", "redaction",
    "kinds.base", "kinds.acronym", "kinds.address", "kinds.existence",
    "kinds.question_coverage", "kinds.readability", "kinds.required_parts", "kinds.script",
    "kinds.secret", "kinds.spelling", "kinds.substitution", "kinds.transcript",
)
MANIFEST = HERE / "_native.json"
GROUP = f"{PACKAGE}._native"  # the shared library: tactful/protocol/_native__mypyc*.so
ENV_PURE = "TACTFUL_PURE_PYTHON"
REBUILD = "make native (or: .venv/bin/tactful native-build)"
EXT_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
_ROOT = HERE.parent.parent  # the directory holding the tactful package


class NativeStaleWarning(RuntimeWarning):
    """A compiled module is older than its source: pure Python runs instead."""


@dataclass(frozen=True, slots=True)
class Status:
    mode: str  # "native" or "pure"
    reason: str  # why pure ("" when native)
    stale: tuple[str, ...] = ()  # modules whose compiled form is out of date


def _source(name: str, here: Path = HERE) -> Path:
    return here.joinpath(*name.split(".")).with_suffix(".py")


def _extension(name: str, here: Path = HERE) -> Path:
    parts = name.split(".")
    return here.joinpath(*parts[:-1], parts[-1] + EXT_SUFFIX)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tag() -> str:
    """What the compiled modules are bound to: this interpreter's ABI."""
    return f"{sys.implementation.cache_tag}{EXT_SUFFIX}"


def extensions_present(here: Path = HERE) -> list[Path]:
    """Compiled files inside the package (current build or left over)."""
    return sorted(p for p in here.rglob("*" + EXT_SUFFIX))


def check(here: Path = HERE, hot: Sequence[str] = HOT,
          env: Mapping[str, str] | None = None) -> Status:
    """Whether the compiled modules of the package at ``here`` may run (computed afresh;
    :func:`status` is this process's, cached)."""
    env = os.environ if env is None else env
    if env.get(ENV_PURE, "") not in ("", "0"):
        return Status("pure", f"{ENV_PURE}={env[ENV_PURE]}")
    try:
        manifest = json.loads((here / MANIFEST.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        if any(_extension(m, here).exists() for m in hot):
            return Status("pure", "compiled modules without a manifest (an interrupted "
                                  f"build?); rebuild: {REBUILD}", tuple(hot))
        return Status("pure", f"not compiled (build: {REBUILD})")
    if not isinstance(manifest, dict) or manifest.get("tag") != _tag():
        return Status("pure", f"compiled for another interpreter; rebuild: {REBUILD}",
                      tuple(hot))
    hashes = manifest.get("modules")
    if not isinstance(hashes, dict) or sorted(hashes) != sorted(hot):
        return Status("pure", f"compiled set differs from this source's; rebuild: {REBUILD}",
                      tuple(hot))
    stale: list[str] = []
    for name in hot:
        src, ext = _source(name, here), _extension(name, here)
        try:
            fresh = (ext.stat().st_mtime >= src.stat().st_mtime
                     and hashes.get(name) == _digest(src))
        except OSError:
            fresh = False
        if not fresh:
            stale.append(name)
    if stale:
        return Status("pure", f"compiled modules older than their source ({', '.join(stale)});"
                              f" rebuild: {REBUILD}", tuple(stale))
    return Status("native", "")


_status: Status | None = None


def status() -> Status:
    """The mode this process runs in (decided at the first import of the package)."""
    global _status
    if _status is None:
        _status = check()
    return _status


def mode() -> str:
    return status().mode


class SourceFinder(importlib.abc.MetaPathFinder):
    """Loads the modules of ``package`` (at ``here``) from source even where an extension
    module sits next to the ``.py`` file, except the ``allowed`` ones (every compiled module
    in native mode, none in pure mode; a compiled file left over from another build is never
    loaded)."""

    def __init__(self, package: str = PACKAGE, here: Path = HERE) -> None:
        self.package = package
        self.here = here
        self.allowed: frozenset[str] = frozenset()

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.package + "."):
            return None
        rel = fullname[len(self.package) + 1:]
        if rel in self.allowed:
            return None
        src = _source(rel, self.here)
        if not src.is_file() or not _extension(rel, self.here).exists():
            return None  # nothing compiled here: the ordinary import is the source
        return importlib.util.spec_from_file_location(fullname, src)


_FINDER = SourceFinder()


def install() -> Status:
    """Decide the mode and make the package's imports follow it. Called once by the
    package's ``__init__``, before its other modules are imported."""
    st = status()
    if st.mode == "pure" and st.stale:
        warnings.warn(f"tactful.protocol runs in pure Python: {st.reason}",
                      NativeStaleWarning, stacklevel=3)
    _FINDER.allowed = frozenset(HOT) if st.mode == "native" else frozenset()
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    return st


def compiled(module: ModuleType) -> bool:
    """Whether ``module`` was loaded from an extension module."""
    return str(getattr(module, "__file__", "") or "").endswith(EXT_SUFFIX)


# -- building -------------------------------------------------------------------------------
_MYPY_INI = """[mypy]
python_version = 3.11
ignore_missing_imports = True
plugins = pydantic.mypy
"""


def build(*, if_stale: bool = False, quiet: bool = False) -> int:
    """Compile :data:`HOT` with mypyc; 0 on success (or nothing to do), 1 on failure, in
    which case pure Python is used and the message says why. The new extension modules
    replace the old ones by renaming (a running process keeps the files it loaded)."""
    if if_stale:
        os.environ.pop(ENV_PURE, None)
        current = check()
        if current.mode == "native":
            if not quiet:
                print("tactful.protocol: compiled modules are up to date")
            return 0
    started = time.monotonic()
    work = _ROOT / "var" / "native-build"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    hashes = {name: _digest(_source(name)) for name in HOT}  # the sources as compiled
    ini = work / "mypy.ini"
    ini.write_text(_MYPY_INI, encoding="utf-8")
    print(f"tactful.protocol: compiling {len(HOT)} modules with mypyc "
          f"({', '.join(HOT)}; a minute or more)...", flush=True)
    env = dict(os.environ, **{ENV_PURE: "1"})  # the builder never maps the old files
    cmd = [sys.executable, "-c", _BUILDER, str(work), str(ini), GROUP,
           *(str(_source(m).relative_to(_ROOT)) for m in HOT)]
    try:
        proc = subprocess.run(cmd, cwd=_ROOT, env=env, capture_output=True, text=True,
                              check=False)
    except OSError as exc:
        return _failed(f"could not run the compiler: {exc}")
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-25:])
        return _failed(f"mypyc failed:\n{tail}")
    lib = work / "lib"
    built = {p.relative_to(lib).as_posix(): p for p in lib.rglob("*" + EXT_SUFFIX)}
    wanted = [f"{PACKAGE.replace('.', '/')}/{m.replace('.', '/')}{EXT_SUFFIX}" for m in HOT]
    missing = [w for w in wanted if w not in built]
    if missing:
        return _failed(f"the build made no {', '.join(missing)}")
    MANIFEST.unlink(missing_ok=True)  # until the new files are all in place: pure
    for old in extensions_present():
        if old.relative_to(_ROOT).as_posix() not in built:
            old.unlink()  # a module no longer compiled
    for rel, path in built.items():
        dest = _ROOT / rel
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".native-", suffix=".tmp")
        os.close(fd)
        shutil.copyfile(path, tmp)
        os.replace(tmp, dest)
    MANIFEST.write_text(json.dumps({"tag": _tag(), "modules": hashes}, indent=1) + "\n",
                        encoding="utf-8")
    after = check()
    if after.mode != "native":
        return _failed(f"built, but {after.reason}")
    print(f"tactful.protocol: compiled in {time.monotonic() - started:.0f} s "
          f"(TACTFUL_PURE_PYTHON=1 runs pure Python)", flush=True)
    return 0


def _failed(why: str) -> int:
    after = check(env={})
    then = ("the compiled modules already there are still up to date and stay in use"
            if after.mode == "native" else "the checker runs in pure Python")
    print(f"tactful.protocol: native build failed; {then}.\n{why}", file=sys.stderr,
          flush=True)
    return 1


def clean() -> None:
    """Remove the compiled modules and the manifest (pure Python from then on)."""
    MANIFEST.unlink(missing_ok=True)
    for path in extensions_present():
        path.unlink()


# Run in a subprocess (``python -c``): mypyc, then setuptools' build_ext into work/lib
# (not in place: the files are moved in by rename). Not setup(): that would read
# pyproject.toml's project table.
_BUILDER = """
import sys
from setuptools import Distribution
from setuptools.command.build_ext import build_ext
from mypyc.build import mypycify
work, ini, group, *paths = sys.argv[1:]
exts = mypycify(["--config-file", ini, *paths], opt_level="3", group_name=group,
                target_dir=work + "/c")
dist = Distribution({"name": "tactful-native", "ext_modules": exts})
cmd = build_ext(dist)
cmd.build_lib = work + "/lib"
cmd.build_temp = work + "/tmp"
cmd.ensure_finalized()
cmd.run()
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("native-build", help="compile the checker's hot modules (mypyc)",
                              description=(__doc__ or "").splitlines()[0])
    p.add_argument("--if-stale", action="store_true",
                   help="only when the compiled modules are missing or out of date")
    p.add_argument("--status", action="store_true", help="print the mode and why, then stop")
    p.add_argument("--clean", action="store_true", help="remove the compiled modules")
    p.set_defaults(func=_cli)


def _cli(args: argparse.Namespace) -> int:
    if args.status:
        st = check()
        print(st.mode + (f": {st.reason}" if st.reason else ""))
        return 0
    if args.clean:
        clean()
        print("tactful.protocol: compiled modules removed (pure Python)")
        return 0
    return build(if_stale=args.if_stale)


def main(argv: Sequence[str] | None = None) -> int:
    """``make native`` and ``make native-clean`` run this (``tactful native-build`` too)."""
    parser = argparse.ArgumentParser(prog="tactful")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["native-build", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args))


