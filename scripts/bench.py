"""Kept for old habits: the benchmark suite is now ``benchmarks/`` (``make bench``).

Usage: QT_QPA_PLATFORM=offscreen python scripts/bench.py [options of python -m benchmarks]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.__main__ import main  # after the path is set

if __name__ == "__main__":
    sys.exit(main())
