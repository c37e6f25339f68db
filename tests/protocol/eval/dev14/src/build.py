"""Build this set's JSONL from the writers' data files (see ``tests/protocol/eval/writers_build.py``).

Run: python3 src/build.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from writers_build import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(__file__).parent))
