"""Estonian spelling with Vabamorf, the morphological analyser inside estnltk (R-TALK-8).

Debian's Hunspell et_EE dictionary dates from 2003; Vabamorf's lexicon (2020) knows modern
Estonian and its inflection and compounding. Only two parts of the estnltk distribution are
used: the compiled SWIG extension ``estnltk/vabamorf/_vabamorf*.so`` and its standard
lexicon ``estnltk/vabamorf/dct/<date>_sp/et.dct`` (the ``_nosp`` variant adds slang and is
not meant for a speller). The extension is loaded straight from its file, so the estnltk
package itself is never imported: its ``__init__`` pulls in pandas, nltk, matplotlib and
more, none of which Tactful installs (``make setup`` installs estnltk with ``--no-deps``).

When the distribution is absent (a plain ``pip install tactful``, another platform),
:func:`load_engine` returns None and the caller falls back to Hunspell with a one-line note.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

#: where to look for the estnltk distribution (None: the interpreter's own sys.path)
SearchPath = Sequence[str] | None


def find_files(search_path: SearchPath = None) -> tuple[Path, Path, Path] | None:
    """(extension, analyser lexicon, disambiguator lexicon), or None when not installed."""
    spec = importlib.machinery.PathFinder.find_spec(
        "estnltk", list(search_path) if search_path is not None else None)
    if spec is None or not spec.submodule_search_locations:
        return None  # finding a package's spec does not run its __init__
    for root in spec.submodule_search_locations:
        folder = Path(root) / "vabamorf"
        ext = next((folder / f"_vabamorf{suffix}"
                    for suffix in importlib.machinery.EXTENSION_SUFFIXES
                    if (folder / f"_vabamorf{suffix}").is_file()), None)
        lexicons = sorted(p for p in (folder / "dct").glob("*_sp")
                          if (p / "et.dct").is_file() and (p / "et3.dct").is_file())
        if ext is not None and lexicons:
            return ext, lexicons[-1] / "et.dct", lexicons[-1] / "et3.dct"
    return None


def _load_extension(path: Path) -> ModuleType:
    # The module name must be the extension's own (its init function is PyInit__vabamorf);
    # it is registered under a private name so nothing else can import it by accident.
    loader = importlib.machinery.ExtensionFileLoader("_vabamorf", str(path))
    spec = importlib.util.spec_from_file_location("_vabamorf", str(path), loader=loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


class VabamorfEngine:
    """Is a word known, and suggestions, through one Vabamorf instance per process.

    Vabamorf keeps global state, so there is one instance per process (a forked worker
    makes its own on first use). Calls are batched: one call for all of a message's words
    the cache has not seen (about 10 µs a word; suggestions about 7 ms a word).
    """

    name = "vabamorf"

    def __init__(self, ext: Path, lexicon: Path, disambiguator: Path) -> None:
        self._module = _load_extension(ext)
        self._paths = (str(lexicon), str(disambiguator))
        self._pid = -1
        self._vm: Any = None
        self.lexicon = lexicon.parent.name

    def _instance(self) -> Any:
        if self._pid != os.getpid():
            self._vm = self._module.Vabamorf(*self._paths)
            self._pid = os.getpid()
        return self._vm

    def known_many(self, words: Sequence[str]) -> list[bool]:
        if not words:
            return []
        results = self._instance().spellcheck(self._module.StringVector(list(words)), False)
        by_word = [bool(r.spelling) for r in results]
        if len(by_word) == len(words):
            return by_word
        # Vabamorf may join tokens it knows as one name ("New York"); ask one at a time.
        return [self.known(w) for w in words]

    def known(self, word: str) -> bool:
        results = self._instance().spellcheck(self._module.StringVector([word]), False)
        return len(results) == 1 and bool(results[0].spelling)

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        results = self._instance().spellcheck(self._module.StringVector([word]), True)
        if len(results) != 1 or results[0].spelling:
            return []
        return [str(s) for s in results[0].suggestions][:limit]


def load_engine(search_path: SearchPath = None) -> VabamorfEngine | None:
    """The Vabamorf engine, or None when estnltk's Vabamorf files are not installed."""
    found = find_files(search_path)
    if found is None:
        return None
    try:
        return VabamorfEngine(*found)
    except (ImportError, OSError, RuntimeError):
        return None  # an extension built for another Python or platform
