"""The compiled hot modules (tactful/protocol/native.py): a stale build never runs, the
switch forces pure Python, and both modes report the same findings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tactful.protocol import native

HOT = ("alpha", "sub.beta")
ROOT = Path(__file__).resolve().parents[2]
BUILT = native.check(env={}).mode == "native"  # this checkout has a fresh build


def _fake_build(here: Path) -> None:
    """Sources, 'compiled' files (empty) and a manifest as a build leaves them."""
    for name in HOT:
        src = native._source(name, here)
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(f"NAME = {name!r}\n", encoding="utf-8")
    for name in HOT:
        native._extension(name, here).write_bytes(b"")
    hashes = {name: native._digest(native._source(name, here)) for name in HOT}
    (here / native.MANIFEST.name).write_text(
        json.dumps({"tag": native._tag(), "modules": hashes}), encoding="utf-8")


def _age(path: Path, seconds: float) -> None:
    st = path.stat()
    os.utime(path, (st.st_atime - seconds, st.st_mtime - seconds))


def test_a_fresh_build_is_native(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    assert native.check(tmp_path, HOT, env={}).mode == "native"


def test_the_switch_forces_pure_python(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    st = native.check(tmp_path, HOT, env={"TACTFUL_PURE_PYTHON": "1"})
    assert st.mode == "pure" and "TACTFUL_PURE_PYTHON" in st.reason and not st.stale
    assert native.check(tmp_path, HOT, env={"TACTFUL_PURE_PYTHON": "0"}).mode == "native"


def test_a_touched_source_is_stale(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    for name in HOT:
        _age(native._source(name, tmp_path), 20)
        _age(native._extension(name, tmp_path), 10)
    assert native.check(tmp_path, HOT, env={}).mode == "native"
    os.utime(native._source("sub.beta", tmp_path))  # touch: newer than its compiled module
    st = native.check(tmp_path, HOT, env={})
    assert st.mode == "pure" and st.stale == ("sub.beta",) and "make native" in st.reason


def test_a_changed_source_is_stale_whatever_its_time(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    src = native._source("alpha", tmp_path)
    src.write_text("NAME = 'changed'\n", encoding="utf-8")
    _age(src, 3600)  # older than the compiled file, but not what was compiled
    st = native.check(tmp_path, HOT, env={})
    assert st.mode == "pure" and st.stale == ("alpha",)


def test_a_build_for_another_interpreter_or_module_set_is_stale(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    manifest = tmp_path / native.MANIFEST.name
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "tag": "cpython-27.so"}), encoding="utf-8")
    assert native.check(tmp_path, HOT, env={}).stale == HOT
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert native.check(tmp_path, (*HOT, "gamma"), env={}).mode == "pure"


def test_missing_pieces(tmp_path: Path) -> None:
    st = native.check(tmp_path, HOT, env={})
    assert st.mode == "pure" and not st.stale  # never built (NATIVE=0): no warning
    _fake_build(tmp_path)
    native._extension("alpha", tmp_path).unlink()
    assert native.check(tmp_path, HOT, env={}).stale == ("alpha",)
    (tmp_path / native.MANIFEST.name).unlink()  # an interrupted build
    assert native.check(tmp_path, HOT, env={}).stale == HOT


def test_the_finder_loads_the_source_beside_a_compiled_file(tmp_path: Path) -> None:
    pkg = tmp_path / "nativeprobe"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "mod.py").write_text("WHERE = 'source'\n", encoding="utf-8")
    (pkg / ("mod" + native.EXT_SUFFIX)).write_bytes(b"not an extension module")
    finder = native.SourceFinder("nativeprobe", pkg)
    sys.path.insert(0, str(tmp_path))
    sys.meta_path.insert(0, finder)
    try:
        import nativeprobe.mod  # type: ignore[import-not-found]

        assert nativeprobe.mod.WHERE == "source"
        finder.allowed = frozenset({"mod"})  # native mode: the extension would be imported
        assert finder.find_spec("nativeprobe.mod") is None
        assert finder.find_spec("other.mod") is None
    finally:
        sys.meta_path.remove(finder)
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("nativeprobe")]:
            del sys.modules[name]


def _run(code: str, pure: bool) -> str:
    env = dict(os.environ)
    env.pop("TACTFUL_PURE_PYTHON", None)
    if pure:
        env["TACTFUL_PURE_PYTHON"] = "1"
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return proc.stdout


_WHERE = ("import tactful.protocol as p, importlib\n"
          "mods = [importlib.import_module('tactful.protocol.' + m) for m in p.native.HOT]\n"
          "print(p.native.mode(), sorted({p.native.compiled(m) for m in mods}))")


def test_the_switch_in_a_process() -> None:
    assert _run(_WHERE, pure=True).split() == ["pure", "[False]"]


@pytest.mark.skipif(not BUILT, reason="the hot modules are not compiled (make native)")
def test_a_fresh_build_runs_compiled() -> None:
    assert _run(_WHERE, pure=False).split() == ["native", "[True]"]


@pytest.mark.slow
@pytest.mark.skipif(not BUILT, reason="the hot modules are not compiled (make native)")
def test_both_modes_report_the_same_findings() -> None:
    """A differential test on part of the bench corpus, the bench drafts and the dev2
    evaluation items (``python -m tests.protocol.fingerprint`` without ``--quick`` compares
    all of the corpus and dev, dev2, dev3)."""
    code = "import sys; from tests.protocol.fingerprint import main; main(['--quick'])"
    pure, compiled = _run(code, pure=True).splitlines(), _run(code, pure=False).splitlines()
    assert json.loads(pure[0]) == {"mode": "pure"}
    assert json.loads(compiled[0]) == {"mode": "native"}
    assert len(pure) > 2000
    diff = [(a, b) for a, b in zip(pure[1:], compiled[1:], strict=True) if a != b]
    assert not diff, diff[:3]


def test_compiled_modules_avoid_what_mypyc_changes() -> None:
    """Compiled, a ``functools.cached_property`` is a plain property (recomputed on every
    use); docs/checker.md, "Compiled modules (mypyc)", lists the other differences."""
    for name in native.HOT:
        source = native._source(name).read_text(encoding="utf-8")
        assert "@cached_property" not in source, f"{name}: compute the value once by hand"
