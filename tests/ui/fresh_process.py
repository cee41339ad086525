"""Run a small script that starts Parcours in a fresh process, as a user's first launch:
a scratch home, English, Qt's offscreen platform unless the tests run on another."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_fresh(home: Path, script: str, *arguments: str, lang: str = "en_GB.UTF-8") -> list[str]:
    """The lines ``python -c script arguments`` printed, run with ``home`` as the user's
    home (settings and data in it) and the system language ``lang``; fails the test with
    its stderr if it failed."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(
        LANG=lang,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        HOME=str(home),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()
