"""Shared test set-up: Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (xcb under Xvfb),
and Parcours' data and settings folders are a scratch folder.

This folder is on sys.path (pytest puts a rootless conftest's folder there), so
tests import shared helpers such as `strategies` directly.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Recovery copies, crash reports and settings go to a throw-away folder, never the
# tester's own data folder (QStandardPaths reads these on every call).
_SCRATCH = tempfile.mkdtemp(prefix="parcours-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_SCRATCH, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SCRATCH, "config")

from hypothesis import settings  # noqa: E402 - after the environment is set

# Property tests check behaviour, not speed: no per-example deadline, so a busy
# CI machine cannot make them flaky.
settings.register_profile("parcours", deadline=None)
settings.load_profile("parcours")
